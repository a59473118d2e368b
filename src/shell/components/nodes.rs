//! The views of a nota as the engine laid them out (`protocol::Node`, `crate::engine::markup`): one small
//! renderer instead of a component per view. An element is made only of a kind the protocol names
//! with attributes it names; text is always a text node; a link that would leave NotaWijzer (not
//! `#…` or `pages/…`) loses its address. Buttons are wired to the shell's actions.

use yew::prelude::*;
use yew::virtual_dom::VTag;

use crate::engine::protocol::{Action, Attr, Field, Node, PaymentForm};
use crate::words::labels::Labels;

/// What the buttons and fields in a view do, what was typed in them, and the shell's words for
/// the letter.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub labels: &'static Labels,
    pub on_action: Callback<Action>,
    pub payment: PaymentForm,
    /// A field typed in, or the box (un)ticked ("1" or "").
    pub on_typed: Callback<(Field, String)>,
}

/// Several nodes.
pub fn render(nodes: &[Node], ctx: &Ctx) -> Html {
    nodes.iter().map(|n| node(n, ctx)).collect()
}

/// A link stays in NotaWijzer: a view (`#…`) or one of its pages (`pages/…`).
pub fn safe_href(href: &str) -> bool {
    (href.starts_with('#') || href.starts_with("pages/")) && !href.contains(':')
}

fn node(n: &Node, ctx: &Ctx) -> Html {
    match n {
        Node::Text(text) => Html::from(text.clone()),
        Node::El(tag, attrs, kids) => {
            let mut el = VTag::new(tag.name());
            for (attr, value) in attrs {
                if *attr != Attr::Href || safe_href(value) {
                    el.add_attribute(attr.name(), value.clone());
                }
            }
            el.add_children(kids.iter().map(|k| node(k, ctx)));
            el.into()
        }
        Node::Button(action, text) => {
            let action = *action;
            let onclick = ctx.on_action.reform(move |_: MouseEvent| action);
            html! { <button type="button" {onclick}>{ text }</button> }
        }
        Node::Strip(page, [x0, y0, x1, y1], alt) => {
            let mut img = VTag::new("img");
            img.add_attribute("class", "strip");
            img.add_attribute("alt", alt.clone());
            img.add_attribute("src", crate::shell::pdf::strip(*page, *x0, *y0, *x1, *y1));
            img.into()
        }
        Node::Letter(letter) => html! { <super::letter::Letter letter={letter.clone()} labels={ctx.labels} /> },
        Node::Input(field, id, described, invalid) => {
            let (field, checkbox) = (*field, *field == Field::NoContract);
            let oninput = ctx.on_typed.reform(move |e: InputEvent| {
                let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
                let value = if !checkbox {
                    input.value()
                } else if input.checked() {
                    "1".into()
                } else {
                    String::new()
                };
                (field, value)
            });
            html! {
                <input id={id.clone()} data-testid={id.clone()} type={if checkbox { "checkbox" } else { "text" }}
                    inputmode={(!checkbox && field != Field::Insurer).then_some("decimal")} autocomplete="off"
                    aria-describedby={(!described.is_empty()).then(|| described.clone())} aria-invalid={invalid.then_some("true")}
                    value={ctx.payment.value(field).to_string()} checked={checkbox && ctx.payment.no_contract} {oninput} />
            }
        }
    }
}
