//! Opening a PDF or a picture, in the browser, loaded only now (the loader's `nwRead`, `assets/boot.js`, imports
//! `assets/picture-text.js`): a PDF's text runs extracted by pdf.js (`assets/pdf-text.js`) and
//! its lines rebuilt by the engine (`crate::read::pdf`); a photo, or a scan (a PDF without text),
//! recognised by Tesseract and its lines rebuilt by the engine (`crate::read::picture`). The result is
//! handed on as text, so every reader, check and explanation applies. A password, a damaged, a
//! too large or an unreadable file ends in a message, never a blank page or a frozen tab.

/// A PDF or a picture by its name or type (before reading it: such a file is read whole, up to
/// its own limit).
pub fn read_whole(name: &str, mime: &str) -> bool {
    mime == "application/pdf" || mime.starts_with("image/") || name.to_ascii_lowercase().ends_with(".pdf")
}

/// The strip of the last picture a line was read from, as a `data:` URL (empty when there is none).
#[cfg(not(target_arch = "wasm32"))]
pub fn strip(_page: u16, _x0: u32, _y0: u32, _x1: u32, _y1: u32) -> String {
    String::new()
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::rc::Rc;

    use js_sys::{Function, Uint8Array};
    use wasm_bindgen::prelude::*;

    use crate::engine::protocol::{Answer, Ask, PictureProblem};
    use crate::read::limits::MAX_PDF_BYTES;
    use crate::shell::notice::{Notice, PdfProblem};
    use crate::shell::state::Source;

    // The loader's `nwRead` (assets/boot.js: the only piece of PDF and picture reading in the
    // first-paint download, and no module of its own, which would cost a phone a round trip
    // before the page shows) imports NotaWijzer's reader, picture-text.js next to index.html,
    // when a patient opens a PDF or a picture: it
    // takes a PDF's text with pdf.js (pdf-text.js), and recognises a picture's, or a scanned
    // PDF's, with Tesseract. It always resolves: "P" and a PDF's runs as JSON, "W" and the
    // recognised words as JSON, or "!" and what went wrong ("!Unavailable" when the reader did not
    // load, "!Unreadable" for a picture the browser cannot open, else pdf.js's name:
    // "!PasswordException", "!InvalidPDFException", …).
    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = globalThis, js_name = nwRead)]
        fn read(bytes: &Uint8Array, kind: &str, on_step: &Function) -> js_sys::Promise;
        /// The strip of the last picture a line was read from, as a `data:` URL.
        #[wasm_bindgen(js_namespace = globalThis, js_name = nwStrip)]
        pub fn strip(page: u16, x0: u32, y0: u32, x1: u32, y1: u32) -> String;
        /// Forgets the last picture.
        #[wasm_bindgen(js_namespace = globalThis, js_name = nwForget)]
        pub fn forget();
    }

    /// The text of a PDF or a picture (`kind` its type), or the notice that says why there is
    /// none; for a picture, also the text with its BSN masked (for the text box the patient
    /// corrects it in). `progress` is told each page and step.
    pub async fn open(
        source: &Source,
        kind: &str,
        progress: impl Fn(Notice) + 'static,
    ) -> Result<(Source, Option<String>), Notice> {
        let name = source.name.clone();
        let pdf = kind == "application/pdf";
        let picture = |problem| Notice::PictureFailed { name: name.clone(), problem };
        let pdf_failed = |problem| Notice::PdfFailed { name: name.clone(), problem };
        if source.size > MAX_PDF_BYTES || source.bytes.len() < source.size {
            return Err(if pdf { pdf_failed(PdfProblem::TooLarge) } else { picture(PictureProblem::TooLarge) });
        }
        let on_step = Closure::<dyn Fn(String, u32, u32, u32)>::new(move |step: String, done: u32, page, pages| {
            progress(match step.as_str() {
                "pdf" => Notice::PdfReading { page, pages },
                step => Notice::PictureReading {
                    step: match step {
                        "prepare" => 0,
                        "load" => 1,
                        _ => 2,
                    },
                    done: done.min(100) as u8,
                    page,
                    pages,
                },
            })
        });
        let bytes = Uint8Array::from(source.bytes.as_slice());
        let read = wasm_bindgen_futures::JsFuture::from(read(&bytes, kind, on_step.as_ref().unchecked_ref())).await;
        let read = read.ok().and_then(|r| r.as_string()).unwrap_or_default();
        let text = |text: String, pdf_pages| Source {
            name: name.clone(),
            size: text.len(),
            bytes: Rc::new(text.into_bytes()),
            pdf_pages,
        };
        let ask = match read.split_at_checked(1) {
            Some(("P", runs)) => Ask::Pdf(runs.to_string()),
            Some(("W", words)) => Ask::Picture(words.to_string()),
            Some((_, error)) => {
                return Err(match error {
                    "PasswordException" => pdf_failed(PdfProblem::Password),
                    "Unreadable" if kind == "image/heic" => picture(PictureProblem::Heic),
                    "Unreadable" => picture(PictureProblem::Unreadable),
                    "Unavailable" if pdf => Notice::PdfUnavailable,
                    "Unavailable" => picture(PictureProblem::Unavailable),
                    _ => pdf_failed(PdfProblem::Damaged),
                });
            }
            None => return Err(Notice::PdfUnavailable),
        };
        match crate::shell::engine::ask(ask, Vec::new()).await.map(|r| r.answer) {
            Ok(Answer::Pdf(Some((runs, pages)))) => Ok((text(runs, pages), None)),
            Ok(Answer::Pdf(None)) => Err(pdf_failed(PdfProblem::Scan)),
            Ok(Answer::Picture(Ok((words, masked)))) => Ok((text(words, 0), Some(masked))),
            Ok(Answer::Picture(Err(problem))) => Err(picture(problem)),
            _ => Err(if pdf { Notice::PdfUnavailable } else { picture(PictureProblem::Unavailable) }),
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use imp::{forget, open, strip};
