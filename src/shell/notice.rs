//! Messages about getting a nota that are not about its content (`protocol::Notice`): the shell
//! says the few it needs before the engine is there itself; the engine words the others
//! (`crate::engine::notices`, asked with `Ask::Say`).

pub use crate::engine::protocol::{Notice, PdfProblem};
use crate::words::lang::Lang;
use crate::words::messages::app;

/// Progress of getting a nota (said as a status): fetching it, reading a PDF or a picture.
pub fn is_progress(notice: &Notice) -> bool {
    matches!(notice, Notice::SrcLoading | Notice::PdfReading { .. } | Notice::PictureReading { .. })
}

/// An error (said as an alert), not progress.
pub fn is_error(notice: &Notice) -> bool {
    !is_progress(notice)
}

/// The shell's own words for a notice; `None` for those the engine words (the progress of reading
/// a PDF or a picture too: the engine reads them, so it is there, and its words stay out of the
/// first paint).
pub fn shell_text(notice: &Notice, lang: Lang) -> Option<&'static str> {
    let p = crate::words::messages::shell(lang);
    Some(match notice {
        Notice::SrcLoading => p[app::APP_NOTICE_SRC_LOADING],
        Notice::PdfUnavailable => p[app::APP_NOTICE_PDF_UNAVAILABLE],
        Notice::LanguageFailed(_) => p[app::APP_NOTICE_LANG_FAILED],
        _ => return None,
    })
}
