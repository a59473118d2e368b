//! What could not be read: each problem with its place, and the user's own text around it, so
//! nothing is lost and the line is easy to find. Text is shown as text, never as HTML.

use yew::prelude::*;

use crate::analysis::{FileError, Report};
use crate::app::labels::Labels;
use crate::app::shared::Shared;
use crate::app::state::Source;
use crate::explain;
use crate::lang::Lang;
use crate::read::decode::decode;

/// At most this many problems are listed per file (the count says how many there are).
const MAX_SHOWN: usize = 100;

#[derive(Properties, PartialEq)]
pub struct ReadErrorsProps {
    pub report: Shared<Report>,
    pub sources: Shared<Vec<Source>>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn ReadErrors(props: &ReadErrorsProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    // Each source's text, decoded once per set of sources (not again on every render, such as a
    // change of language).
    let texts = use_memo(props.sources.clone(), |sources| {
        sources.iter().map(|s| decode(&s.bytes).ok().map(|d| d.text)).collect::<Vec<_>>()
    });
    if props.report.errors.is_empty() {
        return html! {};
    }
    // no care line anywhere: one clear message under its own heading, not a list of problems
    let no_nota = props.report.notas.is_empty()
        && props.report.errors.iter().all(|e| e.error.problem == crate::read::Problem::NotANota);
    html! {
        <section class="read-errors" aria-labelledby="errors-heading" data-testid={if no_nota { "not-a-nota" } else { "read-errors" }}>
            <h2 id="errors-heading">{ if no_nota { lang.pick("Geen zorgnota gevonden", "No care bill found") } else { l.errors_heading } }</h2>
            if !no_nota { <p>{ l.errors_intro }</p> }
            { for props.sources.iter().zip(texts.iter()).map(|(source, text)| {
                let errors: Vec<&FileError> = props.report.errors.iter().filter(|e| e.file == source.name).collect();
                if errors.is_empty() {
                    return html! {};
                }
                let unreadable = props.report.files.iter().any(|f| f.name == source.name && f.unreadable());
                html! {
                    <article class="file-errors">
                        <h3>{ &source.name }</h3>
                        if unreadable && !no_nota { <p><strong>{ l.unreadable_file }</strong></p> }
                        <ul class="error-list">
                            { for errors.iter().take(MAX_SHOWN).map(|e| html! {
                                <li data-code={e.error.code()}>{
                                    if no_nota { explain::read_error(&e.error, lang) } else { explain::read_error_with_place(&e.error, lang) }
                                }</li>
                            }) }
                            if errors.len() > MAX_SHOWN {
                                <li>{ lang.pick(format!("… en nog {} meer.", errors.len() - MAX_SHOWN), format!("… and {} more.", errors.len() - MAX_SHOWN)) }</li>
                            }
                        </ul>
                        { excerpt(text.as_deref(), &errors, l) }
                    </article>
                }
            }) }
        </section>
    }
}

/// The lines with problems and one line either side, numbered, the problem's column marked.
fn excerpt(text: Option<&str>, errors: &[&FileError], l: &Labels) -> Html {
    let Some(text) = text else { return html! {} };
    // split as the reader splits, so line numbers agree (old Mac files end lines with a lone \r)
    let lines: Vec<&str> = crate::read::text::lines(text).collect();
    let mut wanted: Vec<usize> = errors
        .iter()
        .take(MAX_SHOWN)
        .filter(|e| e.error.at.line > 0)
        .flat_map(|e| e.error.at.line.saturating_sub(1).max(1)..=(e.error.at.line + 1).min(lines.len()))
        .collect();
    crate::order::sort_by_key(&mut wanted, |&n| n as u64);
    wanted.dedup();
    if wanted.is_empty() {
        return html! {};
    }
    let mut previous = 0;
    html! {
        <div class="source">
            <p class="source-label">{ l.source_label }</p>
            <ol class="source-lines">
                { for wanted.into_iter().map(|no| {
                    let gap = previous != 0 && no > previous + 1;
                    previous = no;
                    // the patient's own text, a BSN masked
                    let text: String = crate::privacy::mask(lines.get(no - 1).copied().unwrap_or("")).chars().take(200).collect();
                    let column = errors.iter().find(|e| e.error.at.line == no).map(|e| e.error.at.column);
                    html! {
                        <li value={no.to_string()} class={classes!(column.is_some().then_some("bad"), gap.then_some("gap"))}>
                            <span class="ln" aria-hidden="true">{ no }</span>
                            <code>{ mark(&text, column) }</code>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}

/// The line with the character at `column` (1-based) marked.
fn mark(text: &str, column: Option<usize>) -> Html {
    let Some(col) = column.filter(|&c| c >= 1) else { return html! { { text.to_string() } } };
    let chars: Vec<char> = text.chars().collect();
    let at = (col - 1).min(chars.len());
    let before: String = chars[..at].iter().collect();
    let here: String = chars.get(at).map_or(" ".to_string(), |c| c.to_string());
    let after: String = chars.iter().skip(at + 1).collect();
    html! { <>{ before }<mark>{ here }</mark>{ after }</> }
}
