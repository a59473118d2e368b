//! The insurer's overviews, bills and settlements: the headline, what may be wrong and what is
//! worth knowing, the eigen risico per year, the rows per person (never by name), a nota matched
//! to them, whom to ask and the letter.

use super::parts::*;
use crate::engine::protocol::Settings;
use crate::rules::analysis::Report;
use crate::words::explain::{self, insurer};
use crate::words::format::{date_long, money};
use crate::words::lang::Lang;
use crate::words::messages::m;

pub(super) fn insurer_view(report: &Report, settings: &Settings, letter_elsewhere: bool) -> Option<InsurerView> {
    if report.overviews.is_empty() {
        return None;
    }
    let lang = settings.lang;
    let several = report.overviews.len() > 1;
    let docs = report
        .overviews
        .iter()
        .map(|o| {
            let persons = o.overview.persons.len().max(1);
            let groups = (0..persons)
                .map(|p| RowGroup {
                    label: o.family().then(|| insurer::person(p, lang)),
                    rows: o
                        .overview
                        .rows
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| r.person == p)
                        .map(|(i, r)| row(r, o.max_tariffs.get(i).copied().flatten(), lang))
                        .collect(),
                })
                .filter(|g| !g.rows.is_empty())
                .collect();
            InsurerDoc {
                title: several.then(|| o.file.clone()),
                headline: insurer::headline(o, lang),
                verdict: insurer::verdict(o, lang),
                findings: o
                    .findings
                    .iter()
                    .map(|f| Coded { code: f.code().to_string(), text: insurer::finding(o, f, lang) })
                    .collect(),
                notes: o
                    .notes
                    .iter()
                    .filter_map(|n| insurer::note(o, n, lang).map(|text| Coded { code: n.code().to_string(), text }))
                    .collect(),
                years: o.years.iter().map(|y| insurer::year(o, y, lang)).collect(),
                groups,
            }
        })
        .collect();
    let asks = !letter_elsewhere;
    Some(InsurerView {
        docs,
        matching: report.matching.as_ref().map(|mt| insurer::matching(report, mt, lang)).unwrap_or_default(),
        whom: insurer::whom(lang),
        letter: asks.then(|| explain::letter(report, Lang::Nl)),
        letter_translated: (asks && lang != Lang::Nl).then(|| explain::letter(report, lang)),
    })
}

fn row(r: &crate::model::overview::OverviewRow, max: Option<crate::rules::context::MaxTariff>, lang: Lang) -> RowView {
    let col = |c: &str| m::ov_col(lang, c);
    let mut date = r.date.map(|d| date_long(d, lang)).unwrap_or_default();
    if let Some(end) = r.end_date {
        date = format!("{date} – {}", date_long(end, lang));
    }
    let mut fields = vec![
        (col("date"), date, false),
        (col("provider"), r.provider.clone().unwrap_or_default(), true),
        (col("care"), r.description.clone(), true),
    ];
    for (name, value) in
        [("declared", r.declared), ("reimbursed", r.reimbursed), ("eigen-risico", r.eigen_risico.or(r.eigen_bijdrage))]
    {
        if let Some(v) = value {
            fields.push((col(name), money(v, lang), false));
        }
    }
    // on a bill, the table a row is in: on this bill, or paid before
    let status = match r.section {
        crate::model::overview::Section::ToPay => "to-pay",
        crate::model::overview::Section::Paid => "paid",
        crate::model::overview::Section::None => r.status.code(),
    };
    fields.push((col("status"), m::ov_status(lang, status), false));
    RowView { fields, ggz: r.care == crate::model::overview::Care::Ggz, explanation: insurer::row(r, max, lang) }
}
