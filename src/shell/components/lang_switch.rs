//! The languages, each by its own name. The choice lives in the URL (`?lang=tr`), never in
//! storage; another language's words are fetched when it is chosen (`shell::messages`).

use yew::prelude::*;

use crate::words::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub label: &'static str,
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let button = |lang: Lang| {
        let on_change = props.on_change.clone();
        let pressed = props.lang == lang;
        html! {
            <button type="button" lang={lang.code()} dir={lang.dir()} aria-pressed={if pressed { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| on_change.emit(lang))}>{ lang.own_name() }</button>
        }
    };
    html! {
        <div class="lang-switch no-print" role="group" aria-label={props.label}>
            { for Lang::ALL.into_iter().map(button) }
        </div>
    }
}
