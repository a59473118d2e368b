//! The ready text to copy for the insurer or provider (the engine wrote it: no name, BSN or
//! medical detail), with its label, hint and a copy button that says whether it worked.

use yew::prelude::*;

use crate::shell::browser;
use crate::words::labels::Labels;

#[derive(Properties, PartialEq)]
pub struct LetterProps {
    pub letter: String,
    pub labels: &'static Labels,
}

#[component]
pub fn Letter(props: &LetterProps) -> Html {
    let l = props.labels;
    let copied = use_state(|| None::<bool>);
    let oncopy = {
        let (copied, letter) = (copied.clone(), props.letter.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, letter) = (copied.clone(), letter.clone());
            yew::platform::spawn_local(async move { copied.set(Some(browser::copy(letter).await)) });
        })
    };
    html! {
        <>
            <label for="letter">{ l.letter_label() }</label>
            <p id="letter-hint" class="hint">{ l.letter_hint() }</p>
            <textarea id="letter" data-testid="letter" lang="nl" dir="ltr" readonly=true rows="10" aria-describedby="letter-hint" value={props.letter.clone()} />
            <div class="actions no-print">
                <button type="button" onclick={oncopy}>{ l.copy_button() }</button>
                <span role="status" aria-live="polite">
                    { match *copied { Some(true) => l.copied(), Some(false) => l.copy_failed(), None => "" } }
                </span>
            </div>
        </>
    }
}
