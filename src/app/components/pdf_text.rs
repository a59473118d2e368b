//! "Zo heeft NotaWijzer uw PDF gelezen": the text rebuilt from each PDF, numbered as messages
//! number its lines, so a patient can check what was read. Shown as text only. A plain function,
//! not a component: a component of its own cost the first paint 1.8 KB.

use std::fmt::Write;

use yew::prelude::*;

use crate::app::labels::Labels;
use crate::app::state::Source;

/// The first PDF among the sources, as read (nothing when none is a PDF).
pub fn pdf_text(sources: &[Source], l: &Labels) -> Html {
    let Some(s) = sources.iter().find(|s| s.pdf_pages > 0) else { return Html::default() };
    let mut numbered = String::new();
    for (i, line) in String::from_utf8_lossy(&s.bytes).lines().enumerate() {
        let _ = writeln!(numbered, "{:>4}  {}", i + 1, crate::privacy::mask(line));
    }
    html! {
        <details class="pdf-text" data-testid="pdf-text">
            <summary>{ format!("{} ({}, {} {})", l.pdf_read, s.name, s.pdf_pages, if s.pdf_pages == 1 { l.page } else { l.pages }) }</summary>
            <p class="note">{ l.pdf_read_note }</p>
            <pre class="pdf-lines">{ numbered }</pre>
        </details>
    }
}
