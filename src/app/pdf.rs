//! Opening a PDF: its text runs extracted in the browser by pdf.js (loaded only now: `js/pdf.js`
//! imports `assets/pdf-text.js`), its lines rebuilt by the engine (`crate::pdf`), and the
//! result handed on as text, so every reader, check and explanation applies. A scan, a password,
//! a damaged or a too large PDF ends in a message, never a blank page or a frozen tab.

//! A photo or a scan (a PDF without text) is recognised in the browser (`assets/picture-text.js`,
//! loaded only now), its lines rebuilt by the engine (`crate::picture`), and handed on the same way.

/// A PDF or a picture by its name or type (before reading it: such a file is read whole, up to
/// its own limit).
pub fn named_pdf(name: &str, mime: &str) -> bool {
    mime == "application/pdf" || mime.starts_with("image/") || name.to_ascii_lowercase().ends_with(".pdf")
}

/// The type of a picture by its first bytes (JPEG, PNG, WebP, GIF, HEIC), else by the type the
/// browser gave it; `None` for anything else.
pub fn picture_type(bytes: &[u8], mime: &str) -> Option<String> {
    let at = |i: usize, magic: &[u8]| bytes.get(i..i + magic.len()) == Some(magic);
    let known = if at(0, b"\xFF\xD8\xFF") {
        "image/jpeg"
    } else if at(0, b"\x89PNG") {
        "image/png"
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        "image/webp"
    } else if at(0, b"GIF8") {
        "image/gif"
    } else if at(4, b"ftyp") && [&b"heic"[..], b"heix", b"mif1", b"msf1", b"hevc"].iter().any(|b| at(8, b)) {
        "image/heic"
    } else if mime.starts_with("image/") {
        mime
    } else {
        return None;
    };
    Some(known.to_string())
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

    use crate::app::notice::{Notice, PdfProblem};
    use crate::app::state::Source;
    use crate::protocol::{Answer, Ask, PictureProblem};
    use crate::read::limits::MAX_PDF_BYTES;

    // js/pdf.js, the only piece of PDF reading in the first-paint download (one line: it is served
    // as written, and every byte is paid at first paint) imports NotaWijzer's extractor,
    // pdf-text.js next to index.html, and pdf.js with it, when a patient opens a PDF. It always
    // resolves: with the runs as JSON, or with "!" and what went wrong: "!Unavailable" when the
    // reader did not load, else pdf.js's name ("!PasswordException", "!InvalidPDFException", …).
    #[wasm_bindgen(module = "/js/pdf.js")]
    extern "C" {
        /// Resolves with the runs as JSON, or "!" and the name of what went wrong.
        #[wasm_bindgen(js_name = readPdf)]
        fn read_pdf(bytes: &Uint8Array, on_page: &Function) -> js_sys::Promise;
        /// Resolves with the recognised words as JSON, or "!" and what went wrong.
        #[wasm_bindgen(js_name = readPicture)]
        fn read_picture(bytes: &Uint8Array, kind: &str, on_step: &Function) -> js_sys::Promise;
        #[wasm_bindgen(js_name = readScan)]
        fn read_scan(bytes: &Uint8Array, on_step: &Function) -> js_sys::Promise;
        /// The strip of the last picture a line was read from, as a `data:` URL.
        pub fn strip(page: u16, x0: u32, y0: u32, x1: u32, y1: u32) -> String;
        /// Forgets the last picture.
        pub fn forget();
    }

    /// The text of one PDF source, or the notice that says why there is none. `progress` is told
    /// each page as it is read.
    pub async fn open(source: &Source, progress: impl Fn(u32, u32) + 'static) -> Result<Source, Notice> {
        let name = source.name.clone();
        if source.size > MAX_PDF_BYTES || source.bytes.len() < source.size {
            return Err(Notice::PdfFailed { name, problem: PdfProblem::TooLarge });
        }
        let on_page = Closure::<dyn Fn(u32, u32)>::new(progress);
        let bytes = Uint8Array::from(source.bytes.as_slice());
        let read = wasm_bindgen_futures::JsFuture::from(read_pdf(&bytes, on_page.as_ref().unchecked_ref())).await;
        let runs = read.ok().and_then(|r| r.as_string()).unwrap_or_default();
        if let Some(error) = runs.strip_prefix('!') {
            return Err(match error {
                "PasswordException" => Notice::PdfFailed { name, problem: PdfProblem::Password },
                "Unavailable" => Notice::PdfUnavailable,
                _ => Notice::PdfFailed { name, problem: PdfProblem::Damaged },
            });
        }
        let rebuilt = crate::app::engine::ask(crate::protocol::Ask::Pdf(runs), Vec::new()).await.map(|r| r.answer);
        match rebuilt {
            Ok(crate::protocol::Answer::Pdf(Some((text, pages)))) => Ok(Source {
                name: source.name.clone(),
                size: text.len(),
                bytes: Rc::new(text.into_bytes()),
                pdf_pages: pages,
            }),
            Ok(crate::protocol::Answer::Pdf(None)) => Err(Notice::PdfFailed { name, problem: PdfProblem::Scan }),
            _ => Err(Notice::PdfUnavailable),
        }
    }

    /// The text recognised in a picture (`kind` its type) or in a scanned PDF (`kind` `None`),
    /// or the notice that says why there is none, with the text with its BSN masked (for the
    /// text box the patient corrects it in). `progress` is told each step.
    pub async fn recognise(
        source: &Source,
        kind: Option<&str>,
        progress: impl Fn(u8, u8, u32, u32) + 'static,
    ) -> Result<(Source, String), Notice> {
        let name = source.name.clone();
        let failed = |problem| Notice::PictureFailed { name: name.clone(), problem };
        if source.bytes.len() < source.size {
            return Err(Notice::PdfFailed { name: name.clone(), problem: PdfProblem::TooLarge });
        }
        let on_step =
            Closure::<dyn Fn(String, u32, u32, u32)>::new(move |step: String, done: u32, page: u32, pages: u32| {
                let step = match step.as_str() {
                    "prepare" => 0,
                    "load" => 1,
                    _ => 2,
                };
                progress(step, done.min(100) as u8, page, pages)
            });
        let bytes = Uint8Array::from(source.bytes.as_slice());
        let promise = match kind {
            Some(kind) => read_picture(&bytes, kind, on_step.as_ref().unchecked_ref()),
            None => read_scan(&bytes, on_step.as_ref().unchecked_ref()),
        };
        let read = wasm_bindgen_futures::JsFuture::from(promise).await;
        let words = read.ok().and_then(|r| r.as_string()).unwrap_or_default();
        match words.strip_prefix('!') {
            Some("Unreadable") if kind == Some("image/heic") => return Err(failed(PictureProblem::Heic)),
            Some("Unreadable") => return Err(failed(PictureProblem::Unreadable)),
            Some("PasswordException") => return Err(Notice::PdfFailed { name, problem: PdfProblem::Password }),
            Some(_) => return Err(failed(PictureProblem::Unavailable)),
            None => {}
        }
        match crate::app::engine::ask(Ask::Picture(words), Vec::new()).await.map(|r| r.answer) {
            Ok(Answer::Picture(Ok((text, masked)))) => Ok((
                Source { name: source.name.clone(), size: text.len(), bytes: Rc::new(text.into_bytes()), pdf_pages: 0 },
                masked,
            )),
            Ok(Answer::Picture(Err(problem))) => Err(failed(problem)),
            _ => Err(failed(PictureProblem::Unavailable)),
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use imp::{forget, open, recognise, strip};
