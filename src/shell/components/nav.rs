//! The views as links (`#/overzicht`, `#/uitleg`, `#/cluster`, `#/vergelijking`): deep links that
//! a portal or association can point at.

use yew::prelude::*;

use crate::shell::route::View;
use crate::words::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub view: View,
    pub lang: Lang,
    /// The open nota is a zorgprestatiemodel nota.
    #[prop_or_default]
    pub zpm: bool,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    html! {
        <nav class="views no-print" aria-label={crate::words::labels::labels(props.lang).view_sections()}>
            <ul>
                { for View::ALL.iter().map(|v| html! {
                    <li>
                        <a href={v.hash()} aria-current={(*v == props.view).then_some("page")}
                           data-testid={format!("nav-{}", &v.hash()[2..])}>{ v.label_for(props.lang, props.zpm) }</a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
