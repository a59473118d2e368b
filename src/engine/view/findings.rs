//! The findings in words, grouped per nota, the most important first.

use super::lines::nota_title;
use super::parts::*;
use crate::engine::protocol::{FINDINGS_SHOWN, Settings};
use crate::rules::analysis::{NotaReport, Report};
use crate::words::explain;
use crate::words::lang::Lang;
use crate::words::messages::m;

/// A finding in words. A total that does not add up, on a nota read from a picture, adds that a
/// digit may have been misread.
pub(super) fn finding_text(f: &crate::rules::checks::Finding, pictured: bool, lang: Lang) -> String {
    let mut text = explain::finding(f, lang);
    if pictured && matches!(f, crate::rules::checks::Finding::TotalMismatch { .. }) {
        text.push(' ');
        text.push_str(&m::view_picture_misread(lang));
    }
    text
}

pub(super) fn findings(report: &Report, settings: &Settings, pictured: bool) -> Option<FindingsView> {
    let lang = settings.lang;
    report.findings().next()?;
    let abouts = crate::engine::pages::about_text(lang);
    let shown = if settings.all_findings { usize::MAX } else { FINDINGS_SHOWN };
    // per nota, the findings of one kind (what may be wrong, or what is worth knowing)
    let groups = |information: bool| -> Vec<FindingGroup> {
        fn of(n: &NotaReport, information: bool) -> Vec<&crate::rules::checks::Finding> {
            n.findings.iter().filter(|f| f.is_information() == information).collect()
        }
        let several = report.notas.iter().filter(|n| !of(n, information).is_empty()).count() > 1;
        report
            .notas
            .iter()
            .map(|n| (n, of(n, information)))
            .filter(|(_, found)| !found.is_empty())
            .map(|(n, found)| FindingGroup {
                title: several.then(|| nota_title(n, lang)),
                items: found
                    .iter()
                    .take(shown)
                    .map(|f| Finding {
                        code: f.code().to_string(),
                        text: finding_text(f, pictured, lang),
                        about: crate::engine::pages::about_from_text(&abouts, f.code())
                            .map(|a| a.iter().map(|(h, t)| (h.to_string(), t.to_string())).collect())
                            .unwrap_or_default(),
                    })
                    .collect(),
                more: (found.len() > shown).then(|| {
                    m::view_findings_first(
                        lang,
                        m::ViewFindingsFirst { shown: &FINDINGS_SHOWN.to_string(), count: &found.len().to_string() },
                    )
                }),
            })
            .collect()
    };
    let (problems, notes) = (groups(false), groups(true));
    Some(FindingsView {
        nothing_wrong: problems.is_empty().then(|| explain::findings_count(0, lang)),
        asks: explain::letter_asks(report),
        groups: problems,
        notes,
        whom: explain::whom_to_ask(lang).iter().map(|s| s.to_string()).collect(),
        // the letter goes to the insurer in Dutch; the patient reads it in their language beside it
        letter: explain::letter(report, Lang::Nl),
        letter_translated: (lang != Lang::Nl).then(|| explain::letter(report, lang)),
    })
}
