//! Every line explained: date with weekday, what it was, the amount; stay days as periods. A
//! long statement is shown a page at a time (the engine sends the lines asked for), so 20,000
//! lines never become 20,000 rows at once.

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::labels::Labels;
use crate::protocol::{LineView, ViewModel};

#[derive(Properties, PartialEq)]
pub struct LinesProps {
    pub view: Shared<ViewModel>,
    pub labels: &'static Labels,
    /// "Toon meer" for the nota with this index.
    pub on_more: Callback<usize>,
}

#[component]
pub fn Lines(props: &LinesProps) -> Html {
    let l = props.labels;
    if props.view.lines.is_empty() {
        return html! {};
    }
    html! {
        <section class="lines" aria-labelledby="lines-heading" data-testid="lines">
            <h2 id="lines-heading">{ l.lines_heading }</h2>
            { for props.view.lines.iter().enumerate().map(|(i, n)| {
                let heading_id = format!("nota-{i}");
                let more = props.on_more.reform(move |_: MouseEvent| i);
                html! {
                    <article key={i} class="nota" aria-labelledby={heading_id.clone()}>
                        <h3 id={heading_id}>{ &n.title }<span class="file">{ format!(" — {}", n.file) }</span></h3>
                        if let Some(patient) = &n.patient {
                            <p class="patient">{ format!("{}: {patient}", l.patient) }</p>
                        }
                        if !n.stays.is_empty() {
                            <div class="stays">
                                <h4>{ l.stays_heading }</h4>
                                <ul>{ for n.stays.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                            </div>
                        }
                        <ol class="line-list">{ for n.lines.iter().map(|line| line_item(line, l)) }</ol>
                        if n.total > n.lines.len() {
                            <p class="more no-print">
                                { format!("{} {} {}. ", n.lines.len(), l.shown_of, n.total) }
                                <button type="button" onclick={more}>{ l.show_more }</button>
                            </p>
                        }
                    </article>
                }
            }) }
        </section>
    }
}

fn line_item(line: &LineView, l: &Labels) -> Html {
    html! {
        <li class="line" data-line={line.line_no.to_string()}>
            <p class="line-head" aria-hidden="true">
                <span class="line-date">{ &line.head }</span>
                <span class="line-what">
                    if let Some(code) = &line.code { <span class="line-code">{ code }</span>{ " " } }
                    { &line.description }
                </span>
                <span class="line-amount">{ &line.amount }</span>
            </p>
            <p class="line-text">{ &line.text }</p>
            <p class="line-no">{ format!("{} {}", l.line_word, line.line_no) }</p>
        </li>
    }
}
