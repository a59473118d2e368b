//! Opening a PDF: its text runs extracted in the browser by pdf.js (loaded only now: `js/pdf.js`
//! imports `assets/pdf-text.js`), its lines rebuilt by the engine (`crate::pdf`), and the
//! result handed on as text, so every reader, check and explanation applies. A scan, a password,
//! a damaged or a too large PDF ends in a message, never a blank page or a frozen tab.

/// A PDF by its name or type (before reading it: a PDF is read whole, up to its own limit).
pub fn named_pdf(name: &str, mime: &str) -> bool {
    mime == "application/pdf" || name.to_ascii_lowercase().ends_with(".pdf")
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::rc::Rc;

    use js_sys::{Function, Uint8Array};
    use wasm_bindgen::prelude::*;

    use crate::app::notice::{Notice, PdfProblem};
    use crate::app::state::Source;
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
}

#[cfg(target_arch = "wasm32")]
pub use imp::open;
