//! Messages about getting a nota that are not about its content (`protocol::Notice`): the shell
//! says the short progress messages itself, so they show at once; the engine words the others
//! (`crate::notices`, asked with `Ask::Say`).

use crate::lang::Lang;
pub use crate::protocol::{Notice, PdfProblem};

/// An error (said as an alert), not progress.
pub fn is_error(notice: &Notice) -> bool {
    !matches!(notice, Notice::SrcLoading | Notice::PdfReading { .. } | Notice::PictureReading { .. })
}

/// The shell's own words for a notice; `None` for those the engine words.
pub fn shell_text(notice: &Notice, lang: Lang) -> Option<String> {
    Some(match (notice, lang) {
        (Notice::SrcLoading, Lang::Nl) => "De nota wordt opgehaald…".to_string(),
        (Notice::SrcLoading, Lang::En) => "Fetching the statement…".to_string(),
        (Notice::PdfReading { page: 0, .. }, Lang::Nl) => "NotaWijzer opent uw PDF…".to_string(),
        (Notice::PdfReading { page: 0, .. }, Lang::En) => "NotaWijzer is opening your PDF…".to_string(),
        (Notice::PdfReading { page, pages }, Lang::Nl) => {
            format!("NotaWijzer leest uw PDF: pagina {page} van {pages}…")
        }
        (Notice::PdfReading { page, pages }, Lang::En) => {
            format!("NotaWijzer is reading your PDF: page {page} of {pages}…")
        }
        (Notice::PdfUnavailable, Lang::Nl) => {
            "De PDF-lezer van NotaWijzer laadde niet. Laad de pagina opnieuw en open de PDF nog eens.".to_string()
        }
        (Notice::PdfUnavailable, Lang::En) => {
            "NotaWijzer's PDF reader did not load. Reload the page and open the PDF once more.".to_string()
        }
        (Notice::PictureReading { step, done, page, pages }, lang) => {
            let nl = matches!(lang, Lang::Nl);
            let mut text = match (step, nl) {
                (0, true) => "NotaWijzer maakt de foto klaar om te lezen…".to_string(),
                (0, false) => "NotaWijzer is preparing the photo for reading…".to_string(),
                (1, true) => format!("Tekstherkenning laden… {done} %"),
                (1, false) => format!("Loading text recognition… {done} %"),
                (_, true) => format!("Tekst herkennen… {done} %"),
                (_, false) => format!("Recognising text… {done} %"),
            };
            if *pages > 1 {
                text.push_str(&if nl {
                    format!(" (pagina {page} van {pages})")
                } else {
                    format!(" (page {page} of {pages})")
                });
            }
            text
        }
        _ => return None,
    })
}
