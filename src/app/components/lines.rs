//! Every line explained: date with weekday, what it was, the amount; stay days as periods. A
//! long statement is shown a page at a time, so 20,000 lines never become 20,000 rows at once.

use yew::prelude::*;

use crate::analysis::{NotaReport, Report};
use crate::app::labels::Labels;
use crate::app::shared::Shared;
use crate::explain;
use crate::format::{date_long, money, month};
use crate::lang::Lang;
use crate::model::{Line, LineKind, Model};

/// Lines shown at first, and added by each "show more".
pub const PAGE: usize = 200;

/// "Zorgclusternota februari 2017 (volgnummer 4)".
pub fn nota_title(n: &NotaReport, l: &Labels, lang: Lang) -> String {
    let kind = match n.model {
        Model::Zorgcluster => l.statement_cluster,
        Model::Dbc => l.statement_dbc,
        Model::Zpm => l.statement_zpm,
    };
    let mut title = kind.to_string();
    if let Some(number) = &n.nota.invoice_number {
        title.push(' ');
        title.push_str(number);
    }
    if let Some(d) = &n.nota.invoice_date {
        title.push_str(&format!(" ({})", crate::format::date_plain(d.value, lang)));
    }
    if let Some(m) = n.nota.billing_month {
        title.push(' ');
        title.push_str(&month(m, lang));
    }
    if let Some(s) = n.nota.sequence {
        title.push_str(&format!(" ({} {s})", l.sequence));
    }
    title
}

#[derive(Properties, PartialEq)]
pub struct LinesProps {
    pub report: Shared<Report>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn Lines(props: &LinesProps) -> Html {
    let l = props.labels;
    if props.report.notas.is_empty() {
        return html! {};
    }
    html! {
        <section class="lines" aria-labelledby="lines-heading" data-testid="lines">
            <h2 id="lines-heading">{ l.lines_heading }</h2>
            { for props.report.notas.iter().enumerate().map(|(i, _)| html! {
                <NotaLines key={i} report={props.report.clone()} index={i} lang={props.lang} labels={l} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct NotaLinesProps {
    report: Shared<Report>,
    index: usize,
    lang: Lang,
    labels: &'static Labels,
}

#[component]
fn NotaLines(props: &NotaLinesProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let shown = use_state(|| PAGE);
    let Some(n) = props.report.notas.get(props.index) else { return html! {} };
    let total = n.nota.lines.len();
    let heading_id = format!("nota-{}", props.index);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let periods: Vec<_> = n.stay_periods.iter().filter(|p| p.days > 1).collect();
    html! {
        <article class="nota" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ nota_title(n, l, lang) }<span class="file">{ format!(" — {}", n.file) }</span></h3>
            if let Some(patient) = &n.nota.patient {
                <p class="patient">{ format!("{}: {patient}", l.patient) }</p>
            }
            if !periods.is_empty() {
                <div class="stays">
                    <h4>{ l.stays_heading }</h4>
                    <ul>{ for periods.iter().map(|p| html! { <li>{ explain::stay_period(p, lang) }</li> }) }</ul>
                </div>
            }
            <ol class="line-list">
                { for n.nota.lines.iter().enumerate().take(*shown).map(|(i, line)| line_item(line, &n.context(i), l, lang)) }
            </ol>
            if total > *shown {
                <p class="more no-print">
                    { format!("{} {} {}. ", (*shown).min(total), l.shown_of, total) }
                    <button type="button" onclick={more}>{ l.show_more }</button>
                </p>
            }
        </article>
    }
}

fn line_item(line: &Line, context: &explain::LineContext, l: &Labels, lang: Lang) -> Html {
    let head = match (&line.kind, line.date) {
        (LineKind::DbcProduct { group, .. }, _) => group.clone(),
        (_, Some(d)) => date_long(d, lang),
        (_, None) => String::new(),
    };
    html! {
        <li class="line" data-line={line.line_no.to_string()}>
            <p class="line-head" aria-hidden="true">
                <span class="line-date">{ head }</span>
                <span class="line-what">
                    if let Some(code) = &line.code { <span class="line-code">{ code }</span>{ " " } }
                    { &line.description }
                </span>
                <span class="line-amount">{ money(line.amount, lang) }</span>
            </p>
            <p class="line-text">{ explain::line_with(line, context, lang) }</p>
            <p class="line-no">{ format!("{} {}", l.line_word, line.line_no) }</p>
        </li>
    }
}
