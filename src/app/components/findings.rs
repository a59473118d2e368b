//! What looks wrong, in plain words; whom to ask; and a ready text to copy (no BSN, no medical
//! detail).

use yew::prelude::*;

use crate::analysis::Report;
use crate::app::browser;
use crate::app::labels::Labels;
use crate::app::shared::Shared;
use crate::explain;
use crate::lang::Lang;

/// Findings shown at first per nota: a statement with thousands of them stays readable and fast.
const SHOWN: usize = 20;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub report: Shared<Report>,
    /// Every check explained (Dutch, English), once the deferred module has sent it.
    #[prop_or_default]
    pub abouts: Option<Shared<(String, String)>>,
    pub lang: Lang,
    pub labels: &'static Labels,
}

#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let (l, lang) = (props.labels, props.lang);
    let copied = use_state(|| None::<bool>);
    let show_all = use_state(|| false);
    let report = &props.report;
    if report.findings().next().is_none() {
        return html! {};
    }
    let several = report.notas.iter().filter(|n| !n.findings.is_empty()).count() > 1;
    let letter = explain::letter(report, lang);
    let oncopy = {
        let (copied, letter) = (copied.clone(), letter.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, letter) = (copied.clone(), letter.clone());
            yew::platform::spawn_local(async move { copied.set(Some(browser::copy(letter).await)) });
        })
    };
    html! {
        <section class="findings" aria-labelledby="findings-heading" data-testid="findings">
            <h2 id="findings-heading">{ l.findings_heading }</h2>
            { for report.notas.iter().filter(|n| !n.findings.is_empty()).map(|n| html! {
                <>
                    if several { <h3>{ super::lines::nota_title(n, l, lang) }</h3> }
                    <ul class="finding-list">
                        { for n.findings.iter().take(if *show_all { usize::MAX } else { SHOWN }).map(|f| html! {
                            <li data-code={f.code()}>
                                { explain::finding(f, lang) }
                                // Bron · wat NotaWijzer nagaat · wat niet: for every finding
                                if let Some(about) = props.abouts.as_ref().and_then(|a| crate::pages::about_from_text(lang.pick(a.0.0.as_str(), a.0.1.as_str()), f.code())) {
                                    <dl class="about" data-testid="about">
                                        { for about.iter().map(|(h, t)| html! { <><dt>{ *h }</dt><dd>{ *t }</dd></> }) }
                                    </dl>
                                }
                                <a class="no-print" href={format!("{}#{}", l.page_links[1].1, f.code())} target="_blank" rel="noopener">{ l.how_checked }</a>
                            </li>
                        }) }
                    </ul>
                    if n.findings.len() > SHOWN && !*show_all {
                        <p class="no-print">
                            { lang.pick(format!("Dit zijn de eerste {SHOWN} van {} punten. ", n.findings.len()), format!("These are the first {SHOWN} of {} points. ", n.findings.len())) }
                            <button type="button" onclick={let show_all = show_all.clone(); Callback::from(move |_: MouseEvent| show_all.set(true))}>
                                { lang.pick("Toon alle punten", "Show all points") }
                            </button>
                        </p>
                    }
                </>
            }) }
            <h3 id="ask-heading">{ l.ask_heading }</h3>
            <ol class="whom">
                { for explain::whom_to_ask(lang).iter().map(|s| html! { <li>{ *s }</li> }) }
            </ol>
            <label for="letter">{ l.letter_label }</label>
            <p id="letter-hint" class="hint">{ l.letter_hint }</p>
            <textarea id="letter" data-testid="letter" readonly=true rows="10" aria-describedby="letter-hint" value={letter} />
            <div class="actions no-print">
                <button type="button" onclick={oncopy}>{ l.copy_button }</button>
                <span role="status" aria-live="polite">
                    { match *copied { Some(true) => l.copied, Some(false) => l.copy_failed, None => "" } }
                </span>
            </div>
        </section>
    }
}
