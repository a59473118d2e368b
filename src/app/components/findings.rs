//! What looks wrong, in plain words; whom to ask; and a ready text to copy (no BSN, no medical
//! detail). The engine wrote every sentence (`protocol::Findings`).

use yew::prelude::*;

use crate::app::browser;
use crate::app::shared::Shared;
use crate::labels::Labels;
use crate::lang::Lang;
use crate::protocol::ViewModel;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub view: Shared<ViewModel>,
    pub lang: Lang,
    pub labels: &'static Labels,
    /// "Toon alle punten".
    pub on_all: Callback<()>,
}

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let copied = use_state(|| None::<bool>);
    let Some(f) = &props.view.findings else { return html! {} };
    let oncopy = {
        let (copied, letter) = (copied.clone(), f.letter.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, letter) = (copied.clone(), letter.clone());
            yew::platform::spawn_local(async move { copied.set(Some(browser::copy(letter).await)) });
        })
    };
    let on_all = props.on_all.reform(|_: MouseEvent| ());
    html! {
        <section class="findings" aria-labelledby="findings-heading" data-testid="findings">
            <h2 id="findings-heading">{ l.findings_heading }</h2>
            { for f.groups.iter().map(|g| html! {
                <>
                    if let Some(title) = &g.title { <h3>{ title }</h3> }
                    <ul class="finding-list">
                        { for g.items.iter().map(|item| html! {
                            <li data-code={item.code.clone()}>
                                { &item.text }
                                // Bron · wat NotaWijzer nagaat · wat niet: for every finding
                                if !item.about.is_empty() {
                                    <dl class="about" data-testid="about">
                                        { for item.about.iter().map(|(h, t)| html! { <><dt>{ h }</dt><dd>{ t }</dd></> }) }
                                    </dl>
                                }
                                <a class="no-print" href={format!("{}#{}", l.page_links[1].1, item.code)} target="_blank" rel="noopener">{ l.how_checked }</a>
                            </li>
                        }) }
                    </ul>
                    if let Some(more) = &g.more {
                        <p class="no-print">
                            { more }
                            <button type="button" onclick={on_all.clone()}>{ lang.pick("Toon alle punten", "Show all points") }</button>
                        </p>
                    }
                </>
            }) }
            <h3 id="ask-heading">{ l.ask_heading }</h3>
            <ol class="whom">{ for f.whom.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
            <label for="letter">{ l.letter_label }</label>
            <p id="letter-hint" class="hint">{ l.letter_hint }</p>
            <textarea id="letter" data-testid="letter" readonly=true rows="10" aria-describedby="letter-hint" value={f.letter.clone()} />
            <div class="actions no-print">
                <button type="button" onclick={oncopy}>{ l.copy_button }</button>
                <span role="status" aria-live="polite">
                    { match *copied { Some(true) => l.copied, Some(false) => l.copy_failed, None => "" } }
                </span>
            </div>
        </section>
    }
}
