//! What could not be read: each problem with its place, and the user's own text around it, so
//! nothing is lost and the line is easy to find (the engine chose the lines and masked a BSN).
//! Text is shown as text, never as HTML.

use yew::prelude::*;

use crate::labels::Labels;
use crate::lang::Lang;
use crate::protocol::{Errors, ExcerptLine};

#[derive(Properties, PartialEq)]
pub struct ReadErrorsProps {
    pub errors: Errors,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn ReadErrors(props: &ReadErrorsProps) -> Html {
    let (l, lang, no_nota) = (props.labels, props.lang, props.errors.not_a_nota);
    html! {
        <section class="read-errors" aria-labelledby="errors-heading" data-testid={if no_nota { "not-a-nota" } else { "read-errors" }}>
            <h2 id="errors-heading">{ if no_nota { lang.pick("Geen zorgnota gevonden", "No care bill found") } else { l.errors_heading } }</h2>
            if !no_nota { <p>{ l.errors_intro }</p> }
            { for props.errors.files.iter().map(|file| html! {
                <article class="file-errors">
                    <h3>{ &file.name }</h3>
                    if file.unreadable && !no_nota { <p><strong>{ l.unreadable_file }</strong></p> }
                    <ul class="error-list">
                        { for file.problems.iter().map(|e| html! { <li data-code={e.code.clone()}>{ &e.text }</li> }) }
                        if let Some(more) = &file.more { <li>{ more }</li> }
                    </ul>
                    if !file.excerpt.is_empty() {
                        <div class="source">
                            <p class="source-label">{ l.source_label }</p>
                            <ol class="source-lines">{ for file.excerpt.iter().map(line) }</ol>
                        </div>
                    }
                </article>
            }) }
        </section>
    }
}

/// One line of the patient's text, numbered, the character a problem points at marked.
fn line(e: &ExcerptLine) -> Html {
    html! {
        <li value={e.no.to_string()} class={classes!(e.here.is_some().then_some("bad"), e.gap.then_some("gap"))}>
            <span class="ln" aria-hidden="true">{ e.no }</span>
            <code>
                { &e.before }
                if let Some(here) = &e.here { <mark>{ here }</mark>{ &e.after } }
            </code>
        </li>
    }
}
