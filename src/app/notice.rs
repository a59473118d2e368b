//! Messages about getting a nota that are not about its content (`protocol::Notice`): the shell
//! says the short progress messages itself, so they show at once; the engine words the others
//! (`crate::notices`, asked with `Ask::Say`).

use crate::lang::Lang;
use crate::messages::m;
pub use crate::protocol::{Notice, PdfProblem};

/// An error (said as an alert), not progress.
pub fn is_error(notice: &Notice) -> bool {
    !matches!(notice, Notice::SrcLoading | Notice::PdfReading { .. } | Notice::PictureReading { .. })
}

/// The shell's own words for a notice; `None` for those the engine words.
pub fn shell_text(notice: &Notice, lang: Lang) -> Option<String> {
    Some(match notice {
        Notice::SrcLoading => m::app_notice_src_loading(lang),
        Notice::PdfReading { page: 0, .. } => m::app_notice_pdf_opening(lang),
        Notice::PdfReading { page, pages } => m::app_notice_pdf_reading(
            lang,
            m::AppNoticePdfReading { page: &page.to_string(), pages: &pages.to_string() },
        ),
        Notice::PdfUnavailable => m::app_notice_pdf_unavailable(lang),
        Notice::PictureReading { step, done, page, pages } => m::app_notice_picture(
            lang,
            m::AppNoticePicture {
                step: &step.to_string(),
                done: &done.to_string(),
                page: &page.to_string(),
                pages: &pages.to_string(),
            },
        ),
        Notice::LanguageFailed(other) => m::app_notice_lang_failed(lang, other.own_name()),
        _ => return None,
    })
}
