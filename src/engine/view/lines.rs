//! Every line of a nota explained, a page at a time, with the strip of the picture it was read
//! from; and a nota's title.

use super::parts::*;
use crate::model::{Line, LineKind, Model};
use crate::rules::analysis::NotaReport;
use crate::words::explain;
use crate::words::explain::NONE;
use crate::words::format::{date_long, date_plain, money_alone, month};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// "Zorgclusternota februari 2017 (volgnummer 4)".
pub fn nota_title(n: &NotaReport, lang: Lang) -> String {
    let kind = match n.model {
        Model::Zorgcluster => "cluster",
        Model::Dbc => "dbc",
        Model::Zpm => "zpm",
    };
    let or_none = |v: Option<String>| v.unwrap_or_else(|| NONE.to_string());
    m::view_nota_title(
        lang,
        m::ViewNotaTitle {
            kind,
            number: n.nota.invoice_number.as_deref().unwrap_or(NONE),
            date: &or_none(n.nota.invoice_date.as_ref().map(|d| date_plain(d.value, lang))),
            month: &or_none(n.nota.billing_month.map(|mo| month(mo, lang))),
            sequence: &or_none(n.nota.sequence.map(|s| s.to_string())),
        },
    )
}

pub(super) fn nota_lines(
    n: &NotaReport,
    shown: u32,
    picture: Option<&crate::read::picture::Picture>,
    lang: Lang,
) -> NotaLines {
    NotaLines {
        title: nota_title(n, lang),
        file: n.file.clone(),
        patient: n.nota.patient.clone(),
        stays: n.stay_periods.iter().filter(|p| p.days > 1).map(|p| explain::stay_period(p, lang)).collect(),
        lines: n
            .nota
            .lines
            .iter()
            .enumerate()
            .take(shown as usize)
            .map(|(i, line)| {
                let mut view = line_view(line, &n.context(i), lang);
                view.picture = picture.and_then(|p| p.origin(line.line_no)).map(|o| LinePicture {
                    page: o.page,
                    bbox: [o.x0, o.y0, o.x1, o.y1],
                    unsure: o.unsure.clone(),
                });
                view
            })
            .collect(),
        total: n.nota.lines.len(),
    }
}

pub(super) fn line_view(line: &Line, context: &crate::rules::context::LineContext, lang: Lang) -> LineView {
    let head = match (&line.kind, line.date) {
        (LineKind::DbcProduct { group, .. }, _) => group.clone(),
        (_, Some(d)) => date_long(d, lang),
        (_, None) => String::new(),
    };
    LineView {
        line_no: line.line_no,
        head,
        code: line.code.clone(),
        description: line.description.clone(),
        amount: money_alone(line.amount, lang),
        text: explain::line_with(line, context, lang),
        picture: None,
    }
}
