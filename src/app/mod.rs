//! The Yew app: thin components over the core. State and its reducer in [`state`], the browser in
//! [`browser`], embedding in [`embedding`], views in [`route`], words in [`labels`], one
//! component per file in [`components`].

pub mod browser;
pub mod components;
pub mod crash;
pub mod deferred;
pub mod embedding;
pub mod labels;
pub mod notice;
pub mod pdf;
pub mod route;
pub mod shared;
pub mod state;

use yew::prelude::*;

use crate::{analysis, embed};

use components::cluster::ClusterView;
use components::comparison::ComparisonView;
use components::findings::Findings;
use components::lang_switch::LangSwitch;
use components::lines::Lines;
use components::nav::Nav;
use components::open::{Open, drop_handlers};
use components::pdf_text::pdf_text;
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
    /// Build every view, not only the chosen one (server-side render tests).
    #[prop_or_default]
    pub all_views: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = use_memo((), |_| embedding::config());
    let state = {
        let preload = props.preload.clone();
        // `?example=1`: the built-in example in the very first render (a demo link; what
        // Lighthouse measures), so nothing moves once the page is shown
        let example = config.example;
        use_reducer(move || {
            let preload = if preload.is_empty() && example { state::example() } else { preload };
            let state = std::rc::Rc::new(State::new(browser::url_lang(), browser::today()));
            if preload.is_empty() {
                (*state).clone()
            } else {
                (*yew::Reducible::reduce(state, Action::Load(preload))).clone()
            }
        })
    };
    let view = use_view();
    let reply_to = use_mut_ref(|| None::<ReplyTo>);
    // Only the chosen view is built; printing builds them all (see the print listener below).
    let print_all = use_state(|| false);
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
                // the ZPM comparison, for this load (an answer for an older one is dropped)
                #[cfg(target_arch = "wasm32")]
                if state.deferred == Some(state::Deferred::Waiting) {
                    let (state, generation) = (state.clone(), *generation);
                    yew::platform::spawn_local(async move {
                        let outcome = deferred::compare(&state.sources).await;
                        state.dispatch(Action::Deferred(generation, Box::new(outcome)));
                    });
                }
                // what each check rests on, for the findings (once: it does not change)
                #[cfg(target_arch = "wasm32")]
                if state.abouts.is_none() && state.report.as_ref().is_some_and(|r| r.findings().next().is_some()) {
                    let state = state.clone();
                    yew::platform::spawn_local(async move {
                        if let Ok((nl, en)) = deferred::abouts().await {
                            state.dispatch(Action::Abouts(nl, en));
                        }
                    });
                }
                browser::focus("glance-heading");
                browser::mark_after_paint("nw:painted");
            }
        });
    }
    {
        // Once: print listener, embedding (theme, partner messages, height), and `?src=`.
        let (state, config, reply_to) = (state.clone(), config.clone(), reply_to.clone());
        let print_all = print_all.clone();
        use_effect_with((), move |_| {
            if browser::url_param("selftest").as_deref() == Some("panic") {
                panic!("self-test: ?selftest=panic shows the page a patient sees if NotaWijzer fails");
            }
            let print = web_sys::window().map(|w| {
                let (before, after) = (print_all.clone(), print_all.clone());
                (
                    gloo::events::EventListener::new(&w, "beforeprint", move |_| {
                        before.set(true);
                        browser::open_all_details();
                        // and those the re-render builds: this runs after it (both are microtasks)
                        yew::platform::spawn_local(async { browser::open_all_details() });
                    }),
                    gloo::events::EventListener::new(&w, "afterprint", move |_| after.set(false)),
                )
            });
            embedding::apply_page_settings(&config);
            let on_open = {
                let state = state.clone();
                Callback::from(move |(message, reply): (embed::protocol::Incoming, ReplyTo)| {
                    let embed::protocol::Incoming::Open { nota, name, lang } = message;
                    *reply_to.borrow_mut() = Some(reply);
                    if let Some(lang) = lang {
                        state.dispatch(Action::SetLang(lang));
                    }
                    analyse_in_steps(state.clone(), vec![Source::text(&name, &nota)]);
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
                            Ok(source) => analyse_in_steps(state.clone(), vec![source]),
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
        Callback::from(move |sources: Vec<Source>| analyse_in_steps(state.clone(), sources))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang| state.dispatch(Action::SetLang(lang)))
    };
    let (ondragover, ondrop) = drop_handlers(on_busy.clone(), on_load.clone());
    let onprint = {
        let print_all = print_all.clone();
        Callback::from(move |_: MouseEvent| {
            // build every view first, print in the next task
            print_all.set(true);
            yew::platform::spawn_local(async {
                gloo::timers::future::TimeoutFuture::new(0).await;
                browser::print();
            });
        })
    };
    let report = state.report.clone();
    let zpm = report.as_ref().and_then(|r| r.primary()).is_some_and(|n| n.model == crate::model::Model::Zpm);
    // The chosen view is built; the others only when printing (then hidden on screen, printed all
    // the same). The first paint builds a third of the page.
    let build = |v: View| v == view || *print_all || props.all_views;
    let pane = |v: View, content: Html| {
        html! {
            <div id={v.id()} class={classes!("view", (v != view).then_some("view-hidden"))} tabindex="-1">
                if build(v) { { content } }
            </div>
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
            <Nav view={view} lang={lang} zpm={zpm} />
            <main id="main" tabindex="-1">
                { pane(View::Overview, html! {
                    <>
                        <Open labels={l} lang={lang} busy={state.busy} has_report={report.is_some()} fold={report.as_ref().is_some_and(|r| !r.notas.is_empty())} notice={state.notice.clone()}
                              on_load={on_load} on_busy={on_busy} on_clear={on_clear} />
                        if let Some(report) = &report {
                            <ReadErrors report={report.clone()} sources={state.sources.clone()} lang={lang} labels={l} />
                            <Summary report={report.clone()} deferred={state.deferred.clone()} lang={lang} labels={l} />
                            { pdf_text(&state.sources, l) }
                            <Findings report={report.clone()} abouts={state.abouts.clone()} lang={lang} labels={l} />
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
                { pane(View::Comparison, html! { <ComparisonView report={report.clone()} deferred={state.deferred.clone()} lang={lang} labels={l} /> }) }
                if report.as_ref().is_some_and(|r| !r.notas.is_empty()) {
                    <p class="no-print"><button type="button" onclick={onprint}>{ l.print_button }</button></p>
                }
            </main>
            <footer class="bottom">
                // the same help, in the same place, on every view (WCAG 2.2, 3.2.6); new tabs keep the nota open
                <nav aria-label={l.page_links[1].0}>
                    <ul class="page-links">
                        { for l.page_links.iter().map(|(text, href)| html! { <li><a href={*href} target="_blank" rel="noopener">{ *text }</a></li> }) }
                    </ul>
                </nav>
                <p>{ l.footer_privacy }</p>
                <p>{ l.footer_disclaimer }</p>
                <p class="sources">{ l.footer_sources }</p>
            </footer>
        </div>
    }
}

/// Reads and checks sources without freezing the page: "busy" is painted first, then reading,
/// checking and rendering each run in a task of their own. A 20,000-line statement is then three
/// tasks, each well under 200 ms, instead of one.
fn analyse_in_steps(state: UseReducerHandle<State>, sources: Vec<Source>) {
    state.dispatch(Action::Busy);
    yew::platform::spawn_local(async move {
        let next_task = || gloo::timers::future::TimeoutFuture::new(0);
        #[cfg(target_arch = "wasm32")]
        let Some(sources) = open_pdfs(&state, sources).await else { return };
        next_task().await;
        browser::mark("nw:analyse");
        let read = state::read_sources(&sources);
        next_task().await;
        let report = analysis::analyse_read(read, state.today);
        browser::mark("nw:analysed");
        next_task().await;
        state.dispatch(Action::Loaded(sources, Box::new(report)));
    });
}

/// Every PDF among the sources replaced by the text NotaWijzer rebuilt from it (`pdf`), with its
/// progress shown page by page; `None` when a PDF cannot be read (its notice is shown instead).
#[cfg(target_arch = "wasm32")]
async fn open_pdfs(state: &UseReducerHandle<State>, sources: Vec<Source>) -> Option<Vec<Source>> {
    let mut out = Vec::with_capacity(sources.len());
    for source in sources {
        if source.pdf_pages > 0 || !crate::pdf::is_pdf(&source.bytes) {
            out.push(source);
            continue;
        }
        state.dispatch(Action::Notice(Notice::PdfReading { page: 0, pages: 0 }));
        let progress = state.clone();
        let read = pdf::open(&source, move |page, pages| {
            progress.dispatch(Action::Notice(Notice::PdfReading { page, pages }))
        });
        match read.await {
            Ok(text) => out.push(text),
            Err(notice) => {
                state.dispatch(Action::Notice(notice));
                return None;
            }
        }
    }
    Some(out)
}
