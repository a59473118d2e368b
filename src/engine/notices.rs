//! Messages about getting a nota, in words (`protocol::Notice`): a portal that did not answer, a
//! PDF that cannot be read. Each says what happened and what the patient can do. The engine says
//! them (`Ask::Say`); the shell says only the short progress messages itself (`shell::notice`).

use crate::engine::protocol::{Notice, PdfProblem, PictureProblem};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// The notice in words (empty for those the shell says itself).
pub fn text(notice: &Notice, lang: Lang) -> String {
    match notice {
        Notice::SrcRefused { origin } => m::notice_src_refused(lang, origin),
        Notice::SrcNetwork => m::notice_src_network(lang),
        Notice::SrcUnauthorized => m::notice_src_unauthorized(lang),
        Notice::SrcNotFound => m::notice_src_not_found(lang),
        Notice::SrcTooLarge => m::notice_src_too_large(lang),
        Notice::SrcHttp(code) => m::notice_src_http(lang, &code.to_string()),
        Notice::PdfReading { page: 0, .. } => m::notice_pdf_opening(lang),
        Notice::PdfReading { page, pages } => {
            m::notice_pdf_reading(lang, m::NoticePdfReading { page: &page.to_string(), pages: &pages.to_string() })
        }
        Notice::PictureReading { step, done, page, pages } => m::notice_picture(
            lang,
            m::NoticePicture {
                step: &step.to_string(),
                done: &done.to_string(),
                page: &page.to_string(),
                pages: &pages.to_string(),
            },
        ),
        Notice::PdfFailed { name, problem } => m::notice_pdf_failed(
            lang,
            m::NoticePdfFailed {
                name,
                problem: match problem {
                    PdfProblem::Scan => "scan",
                    PdfProblem::Password => "password",
                    PdfProblem::Damaged => "damaged",
                    PdfProblem::TooLarge => "large",
                },
            },
        ),
        Notice::PictureFailed { name, problem } => {
            let (key, tips) = match problem {
                PictureProblem::Unreadable => ("unreadable", false),
                PictureProblem::Heic => ("heic", false),
                PictureProblem::Unavailable => ("unavailable", false),
                PictureProblem::TooLarge => ("large", false),
                PictureProblem::TooDark => ("dark", true),
                PictureProblem::Blurred => ("blurred", true),
                PictureProblem::NoText => ("no-text", true),
            };
            let text = m::notice_picture_failed(lang, m::NoticePictureFailed { name, problem: key });
            if tips { format!("{text} {}", m::notice_picture_tips(lang)) } else { text }
        }
        _ => String::new(),
    }
}
