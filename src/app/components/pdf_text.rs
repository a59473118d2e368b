//! "Zo heeft NotaWijzer uw PDF gelezen": the text rebuilt from the first PDF, numbered as messages
//! number its lines (the engine numbers it and masks a BSN), so a patient can check what was read.
//! Shown as text only. A plain function, not a component: a component of its own cost the first
//! paint 1.8 KB.

use yew::prelude::*;

use crate::labels::Labels;
use crate::protocol::PdfText;

pub fn pdf_text(pdf: Option<&PdfText>, l: &Labels) -> Html {
    let Some(p) = pdf else { return Html::default() };
    html! {
        <details class="pdf-text" data-testid="pdf-text">
            <summary>{ format!("{} ({}, {} {})", l.pdf_read, p.name, p.pages, if p.pages == 1 { l.page } else { l.pages }) }</summary>
            <p class="note">{ l.pdf_read_note }</p>
            <pre class="pdf-lines">{ &p.text }</pre>
        </details>
    }
}
