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
        Notice::PictureReading { step, done, page, pages } => {
            let several = *pages > 1;
            let (done, page, pages) = (&done.to_string(), &page.to_string(), &pages.to_string());
            match (step, several) {
                (0, false) => m::app_notice_picture_prepare(lang),
                (0, true) => m::app_notice_picture_prepare_page(lang, m::AppNoticePicturePreparePage { page, pages }),
                (1, false) => m::app_notice_picture_load(lang, done),
                (1, true) => m::app_notice_picture_load_page(lang, m::AppNoticePictureLoadPage { done, page, pages }),
                (_, false) => m::app_notice_picture_read(lang, done),
                (_, true) => m::app_notice_picture_read_page(lang, m::AppNoticePictureReadPage { done, page, pages }),
            }
        }
        Notice::LanguageFailed(other) => m::app_notice_lang_failed(lang, other.own_name()),
        _ => return None,
    })
}
