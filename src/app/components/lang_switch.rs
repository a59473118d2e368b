//! Nederlands / English. The choice lives in the URL (`?lang=en`), never in storage.

use yew::prelude::*;

use crate::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub label: &'static str,
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let button = |lang: Lang, text: &'static str| {
        let on_change = props.on_change.clone();
        let pressed = props.lang == lang;
        html! {
            <button type="button" lang={lang.code()} aria-pressed={if pressed { "true" } else { "false" }}
                data-testid={format!("lang-{}", lang.code())}
                onclick={Callback::from(move |_: MouseEvent| on_change.emit(lang))}>{ text }</button>
        }
    };
    html! {
        <div class="lang-switch no-print" role="group" aria-label={props.label}>
            { button(Lang::Nl, "Nederlands") }
            { button(Lang::En, "English") }
        </div>
    }
}
