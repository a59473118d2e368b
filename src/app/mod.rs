//! The Yew app: thin components over the core. State and its reducer in [`state`], the browser in
//! [`browser`], embedding in [`embedding`], views in [`route`], words in [`labels`], one
//! component per file in [`components`].

pub mod browser;
pub mod components;
pub mod embedding;
pub mod labels;
pub mod notice;
pub mod route;
pub mod shared;
pub mod state;

use yew::prelude::*;

use components::cluster::ClusterView;
use components::comparison::ComparisonView;
use components::findings::Findings;
use components::lang_switch::LangSwitch;
use components::lines::Lines;
use components::nav::Nav;
use components::open::{Open, drop_handlers};
use components::read_errors::ReadErrors;
use components::summary::Summary;
use embedding::ReplyTo;
use labels::labels;
use notice::Notice;
use route::{View, use_view};
use state::{Action, Source, State};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Sources to read at start (tests).
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
    let config = use_memo((), |_| embedding::config());
    let view = use_view();
    let reply_to = use_mut_ref(|| None::<ReplyTo>);
    let lang = state.lang;
    let l = labels(lang);

    use_effect_with(lang, |lang| {
        browser::set_document_lang(*lang);
        browser::set_url_lang(*lang);
    });
    {
        let (state, reply_to) = (state.clone(), reply_to.clone());
        use_effect_with(state.generation, move |generation| {
            if *generation > 0 {
                if let (Some(reply), Some(report)) = (reply_to.borrow_mut().take(), &state.report) {
                    reply.send_summary(report);
                }
                browser::focus("glance-heading");
            }
        });
    }
    {
        // Once: print listener, embedding (theme, partner messages, height), and `?src=`.
        let (state, config, reply_to) = (state.clone(), config.clone(), reply_to.clone());
        use_effect_with((), move |_| {
            let print = web_sys::window()
                .map(|w| gloo::events::EventListener::new(&w, "beforeprint", |_| browser::open_all_details()));
            embedding::apply_page_settings(&config);
            let on_open = {
                let state = state.clone();
                Callback::from(move |(message, reply): (embed::protocol::Incoming, ReplyTo)| {
                    let embed::protocol::Incoming::Open { nota, name, lang } = message;
                    *reply_to.borrow_mut() = Some(reply);
                    if let Some(lang) = lang {
                        state.dispatch(Action::SetLang(lang));
                    }
                    state.dispatch(Action::Load(vec![Source::text(&name, &nota)]));
                })
            };
            let messages = embedding::listen(config.partners.clone(), on_open);
            embedding::announce_ready(&config.partners);
            if config.embedded {
                embedding::report_height(&config.partners);
            }
            if let Some(src) = config.src.clone() {
                if config.partners.allows_url(&src) {
                    state.dispatch(Action::Notice(Notice::SrcLoading));
                    yew::platform::spawn_local(async move {
                        match embedding::fetch_src(&src).await {
                            Ok(source) => state.dispatch(Action::Load(vec![source])),
                            Err(notice) => state.dispatch(Action::Notice(notice)),
                        }
                    });
                } else {
                    let origin = embed::partners::url_origin(&src).unwrap_or_else(|| src.chars().take(80).collect());
                    state.dispatch(Action::Notice(Notice::SrcRefused { origin }));
                }
            }
            move || {
                drop(print);
                drop(messages);
            }
        });
    }

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
    let report = state.report.clone();
    // Every view is rendered; the ones not chosen are hidden on screen and printed all the same.
    let pane = |v: View, content: Html| {
        html! {
            <div id={v.id()} class={classes!("view", (v != view).then_some("view-hidden"))} tabindex="-1">{ content }</div>
        }
    };

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
            <Nav view={view} lang={lang} />
            <main id="main" tabindex="-1">
                { pane(View::Overview, html! {
                    <>
                        <Open labels={l} lang={lang} busy={state.busy} has_report={report.is_some()} notice={state.notice.clone()}
                              on_load={on_load} on_busy={on_busy} on_clear={on_clear} />
                        if let Some(report) = &report {
                            <ReadErrors report={report.clone()} sources={state.sources.clone()} lang={lang} labels={l} />
                            <Summary report={report.clone()} lang={lang} labels={l} />
                            <Findings report={report.clone()} lang={lang} labels={l} />
                        }
                    </>
                }) }
                { pane(View::Lines, match &report {
                    Some(report) => html! { <Lines report={report.clone()} lang={lang} labels={l} /> },
                    None => html! {
                        <section aria-labelledby="lines-heading">
                            <h2 id="lines-heading">{ l.lines_heading }</h2>
                            <p>{ l.lines_empty }{ " " }<a href={View::Overview.hash()}>{ View::Overview.label(lang) }</a></p>
                        </section>
                    },
                }) }
                { pane(View::Cluster, html! { <ClusterView report={report.clone()} lang={lang} labels={l} /> }) }
                { pane(View::Comparison, html! { <ComparisonView report={report.clone()} lang={lang} labels={l} /> }) }
                if report.as_ref().is_some_and(|r| !r.notas.is_empty()) {
                    <p class="no-print"><button type="button" onclick={onprint}>{ l.print_button }</button></p>
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

use crate::embed;
