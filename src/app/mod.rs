//! The Yew app: thin components over the core. State and its reducer in [`state`], the browser in
//! [`browser`], words in [`labels`], one component per file in [`components`].

pub mod browser;
pub mod components;
pub mod labels;
pub mod shared;
pub mod state;

use yew::prelude::*;

use components::cluster::ClusterView;
use components::comparison::ComparisonView;
use components::findings::Findings;
use components::lang_switch::LangSwitch;
use components::lines::Lines;
use components::open::{Open, drop_handlers};
use components::read_errors::ReadErrors;
use components::summary::Summary;
use labels::labels;
use state::{Action, Source, State};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Sources to read at start (tests; an embedding page).
    #[prop_or_default]
    pub preload: Vec<Source>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let preload = props.preload.clone();
        use_reducer(move || {
            let state = std::rc::Rc::new(State::new(browser::url_lang(), browser::today()));
            if preload.is_empty() {
                (*state).clone()
            } else {
                (*yew::Reducible::reduce(state, Action::Load(preload))).clone()
            }
        })
    };
    let lang = state.lang;
    let l = labels(lang);

    use_effect_with(lang, |lang| {
        browser::set_document_lang(*lang);
        browser::set_url_lang(*lang);
    });
    use_effect_with(state.generation, |generation| {
        if *generation > 0 {
            browser::focus("glance-heading");
        }
    });
    use_effect_with((), |_| {
        let listener = web_sys::window()
            .map(|w| gloo::events::EventListener::new(&w, "beforeprint", |_| browser::open_all_details()));
        move || drop(listener)
    });

    let dispatch = |make: fn(()) -> Action| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(make(())))
    };
    let on_busy = dispatch(|_| Action::Busy);
    let on_clear = dispatch(|_| Action::Clear);
    let on_load = {
        let state = state.clone();
        Callback::from(move |sources: Vec<Source>| state.dispatch(Action::Load(sources)))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang| state.dispatch(Action::SetLang(lang)))
    };
    let (ondragover, ondrop) = drop_handlers(on_busy.clone(), on_load.clone());
    let onprint = Callback::from(|_: MouseEvent| browser::print());

    html! {
        <div class="app" {ondragover} {ondrop}>
            <a class="skip" href="#main">{ l.skip_link }</a>
            <header class="top">
                <div class="brand">
                    <h1>{ l.title }</h1>
                    <p class="tagline">{ l.tagline }</p>
                </div>
                <LangSwitch lang={lang} label={l.lang_switch} on_change={on_lang} />
            </header>
            <main id="main" tabindex="-1">
                <Open labels={l} busy={state.busy} has_report={state.report.is_some()}
                      on_load={on_load} on_busy={on_busy} on_clear={on_clear} />
                if let Some(report) = &state.report {
                    <ReadErrors report={report.clone()} sources={state.sources.clone()} lang={lang} labels={l} />
                    <Summary report={report.clone()} lang={lang} labels={l} />
                    <Findings report={report.clone()} lang={lang} labels={l} />
                    <Lines report={report.clone()} lang={lang} labels={l} />
                    <ClusterView report={report.clone()} lang={lang} labels={l} />
                    <ComparisonView report={report.clone()} lang={lang} labels={l} />
                    if !report.notas.is_empty() {
                        <p class="no-print"><button type="button" onclick={onprint}>{ l.print_button }</button></p>
                    }
                }
            </main>
            <footer class="bottom">
                <p>{ l.footer_privacy }</p>
                <p>{ l.footer_disclaimer }</p>
                <p class="sources">{ l.footer_sources }</p>
            </footer>
        </div>
    }
}
