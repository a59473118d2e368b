//! The shell: the page, the open panel and the views (Yew), with its own words
//! (`crate::words::labels`). It reads and checks nothing: the engine, a web worker fetched once the page
//! has painted (`engine`, `crate::engine::protocol`), answers every load with a view model the views render
//! as it is. State and its reducer in [`state`], the browser in [`browser`], embedding in
//! [`embedding`], views in [`route`], one component per file in [`components`]. It holds no
//! parsing rule and no sentence about a document: those are the engine's.

pub mod browser;
pub mod components;
pub mod crash;
pub mod embedding;
pub mod engine;
pub mod messages;
pub mod notice;
pub mod pdf;
pub mod route;
pub mod shared;
pub mod state;

use std::cell::Cell;

use yew::prelude::*;

use crate::engine::embed;
use crate::engine::protocol::{Answer, Ask, ViewModel};
use crate::words::labels::labels;
use crate::words::lang::Lang;

use components::lang_switch::LangSwitch;
use components::nav::Nav;
use components::nodes::{Ctx, render as nodes};
use components::open::{Open, drop_handlers};
use embedding::ReplyTo;
use notice::Notice;
use route::{View, use_view};
use shared::Shared;
use state::{Action, EngineState, Load, State};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A view the engine worked out (the server-side render tests: there is no worker natively).
    #[prop_or_default]
    pub view: Option<ViewModel>,
    /// Build every view, not only the chosen one (server-side render tests).
    #[prop_or_default]
    pub all_views: bool,
    /// The language the address named, whose words could not be fetched: the page is Dutch and
    /// says so.
    #[prop_or_default]
    pub language_failed: Option<Lang>,
}

thread_local! {
    /// Counts loads: the answer to a load that a newer one replaced is dropped.
    static LOADS: Cell<u32> = const { Cell::new(0) };
    /// The partner page whose nota is being read or was just read: its summary goes back there,
    /// and only for its own nota.
    static REPLY_TO: std::cell::RefCell<Option<ReplyTo>> = const { std::cell::RefCell::new(None) };
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = use_memo((), |_| embedding::config());
    let state = {
        let (view, language_failed) = (props.view.clone(), props.language_failed);
        use_reducer(move || {
            let lang = if language_failed.is_some() { Lang::Nl } else { browser::url_lang() };
            let mut state = State::new(lang, browser::today());
            // the page says itself that the address's language did not come
            state.notice = language_failed.map(Notice::LanguageFailed);
            match view {
                Some(view) => state.with_view(view),
                None => state,
            }
        })
    };
    let view = use_view();
    // Only the chosen view is built; printing builds them all (see the print listener below).
    let print_all = use_state(|| false);
    let lang = state.lang;
    let l = labels(lang);

    use_effect_with(lang, |lang| {
        browser::set_document_lang(*lang);
        browser::set_url_lang(*lang);
    });
    {
        let state = state.clone();
        use_effect_with(state.generation, move |generation| {
            if *generation > 0 {
                if let (Some(reply), Some(view)) = (REPLY_TO.with_borrow_mut(Option::take), &state.view) {
                    reply.send_summary(&view.partner_summary);
                }
                browser::focus("glance-heading");
                browser::mark_after_paint("nw:painted");
            }
        });
    }
    {
        // another language, more lines or every finding: the engine renders what is open again
        // (not on the first render: the engine is fetched once the page is idle, below)
        let state = state.clone();
        let first = use_mut_ref(|| true);
        use_effect_with((lang, state.lines_shown.clone(), state.all_findings, state.payment.clone()), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) && state.engine != EngineState::Failed {
                render(state.clone(), Ask::Render(state.settings()));
                if let Some(notice) = state.notice.clone() {
                    notify(&state, notice);
                }
            }
        });
    }
    {
        // Once: print listener, embedding (theme, partner messages, height), and `?src=`.
        let (state, config) = (state.clone(), config.clone());
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
                Callback::from(move |(message, reply): (String, ReplyTo)| {
                    open_from_partner(state.clone(), message, reply);
                })
            };
            let messages = embedding::listen(config.partners.clone(), on_open);
            embedding::announce_ready(&config.partners);
            if config.embedded {
                embedding::report_height(&config.partners);
            }
            match config.src.clone() {
                // the nota from the portal (it starts the engine)
                Some(src) if config.partners.allows_url(&src) => {
                    state.dispatch(Action::Notice(Notice::SrcLoading));
                    let state = state.clone();
                    yew::platform::spawn_local(async move {
                        match embedding::fetch_src(&src).await {
                            Ok(source) => load(state.clone(), Load::Files(Shared::new(vec![source]))),
                            Err(notice) => notify(&state, notice),
                        }
                    });
                }
                // `?example=1`: a demo link opens the example as soon as the engine answers
                None if config.example => load(state.clone(), Load::Example(crate::engine::protocol::Example::Henk)),
                refused => {
                    if let Some(src) = refused {
                        let origin =
                            embed::partners::url_origin(&src).unwrap_or_else(|| src.chars().take(80).collect());
                        notify(&state, Notice::SrcRefused { origin });
                    }
                    // fetch the engine once the page is idle after its first paint; its first
                    // answer, the view of nothing, fills the catalogue and the models explained
                    let state = state.clone();
                    browser::when_idle(move || render(state.clone(), Ask::Render(state.settings())));
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
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: ()| {
            LOADS.set(LOADS.get().wrapping_add(1));
            #[cfg(target_arch = "wasm32")]
            pdf::forget();
            state.dispatch(Action::Clear);
            render(state.clone(), Ask::Clear(state.settings()));
        })
    };
    let on_load = {
        let state = state.clone();
        Callback::from(move |what: Load| load(state.clone(), what))
    };
    let on_retry = {
        let state = state.clone();
        Callback::from(move |_: ()| {
            state.dispatch(Action::Retry);
            match state.pending.clone() {
                Some(what) => load(state.clone(), what),
                None => render(state.clone(), Ask::Render(state.settings())),
            }
        })
    };
    // the buttons in the engine's views
    let ctx = {
        let on_action = state.clone();
        let on_action = Callback::from(move |action: crate::engine::protocol::Action| {
            let state = &on_action;
            state.dispatch(match action {
                crate::engine::protocol::Action::MoreLines(index) => Action::MoreLines(index as usize),
                crate::engine::protocol::Action::AllFindings => Action::AllFindings,
            })
        });
        let on_typed = {
            let state = state.clone();
            Callback::from(move |(field, value)| state.dispatch(Action::Typed(field, value)))
        };
        Ctx { labels: l, on_action, payment: state.payment.clone(), on_typed }
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| {
            let state = state.clone();
            // another language's words are fetched first; the page changes once they are here
            yew::platform::spawn_local(async move {
                if messages::load(lang).await {
                    state.dispatch(Action::SetLang(lang));
                } else {
                    notify(&state, Notice::LanguageFailed(lang));
                }
            });
        })
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
    let shown = state.view.clone().filter(|v| v.read);
    let zpm = shown.as_ref().is_some_and(|v| v.zpm);
    let has_notas = state.has_notas();
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
            <a class="skip" href="#main">{ l.skip_link() }</a>
            <header class="top">
                <div class="brand">
                    <h1>{ l.title() }</h1>
                    <p class="tagline">{ l.tagline() }</p>
                </div>
                <LangSwitch lang={lang} label={l.lang_switch()} on_change={on_lang} />
                if !crate::words::messages::reviewed(lang) {
                    <p class="not-reviewed" data-testid="not-reviewed">{ l.not_reviewed() }</p>
                }
            </header>
            <Nav view={view} lang={lang} zpm={zpm} />
            <main id="main" tabindex="-1">
                { pane(View::Overview, html! {
                    <>
                        <Open labels={l} lang={lang} busy={state.busy} has_report={shown.is_some()} fold={has_notas} notice={state.notice.clone()} notice_text={state.notice_text.clone()}
                              recognised={state.recognised.clone()} engine={state.engine} on_load={on_load} on_busy={on_busy} on_clear={on_clear} on_retry={on_retry} />
                        if let Some(view) = &shown { { nodes(&view.overview, &ctx) } }
                    </>
                }) }
                { pane(View::Lines, match &shown {
                    Some(view) if !view.lines.is_empty() => nodes(&view.lines, &ctx),
                    _ => html! {
                        <section aria-labelledby="lines-heading">
                            <h2 id="lines-heading">{ l.lines_heading() }</h2>
                            <p>{ l.lines_empty() }{ " " }<a href={View::Overview.hash()}>{ View::Overview.label(lang) }</a></p>
                        </section>
                    },
                }) }
                // before the engine answered: what the view is about, and that it is loading
                { pane(View::Cluster, match &state.view {
                    Some(view) => nodes(&view.cluster, &ctx),
                    None => loading("cluster", l.cluster_heading(), l.engine_loading()),
                }) }
                { pane(View::Comparison, match &state.view {
                    Some(view) => nodes(&view.comparison, &ctx),
                    None => loading("comparison", l.comparison_heading(), l.engine_loading()),
                }) }
                if has_notas {
                    <p class="no-print"><button type="button" onclick={onprint}>{ l.print_button() }</button></p>
                }
            </main>
            <footer class="bottom">
                // the same help, in the same place, on every view (WCAG 2.2, 3.2.6); new tabs keep the nota open
                <nav aria-label={l.page_links()[1].0}>
                    <ul class="page-links">
                        { for l.page_links().iter().map(|(text, href)| html! { <li><a href={*href} target="_blank" rel="noopener">{ *text }</a></li> }) }
                    </ul>
                </nav>
                <p>{ l.footer_privacy() }</p>
                <p>{ l.footer_disclaimer() }</p>
                <p class="sources">{ l.footer_sources() }</p>
            </footer>
        </div>
    }
}

/// Shows a notice; one the shell does not word itself is worded by the engine (in the page's
/// language), and shown once it answers.
fn notify(state: &UseReducerHandle<State>, notice: Notice) {
    state.dispatch(Action::Notice(notice.clone()));
    if notice::shell_text(&notice, state.lang).is_none() {
        let (state, lang) = (state.clone(), state.lang);
        yew::platform::spawn_local(async move {
            if let Ok(Answer::Said(text)) =
                engine::ask(Ask::Say(notice.clone(), lang), Vec::new()).await.map(|r| r.answer)
            {
                state.dispatch(Action::NoticeText(notice, text));
            }
        });
    }
}

/// A view's section before the engine answered.
/// (The view's introduction comes with the engine: its words are not in the first paint.)
fn loading(id: &'static str, heading: &'static str, status: &'static str) -> Html {
    html! {
        <section class={id} aria-labelledby={format!("{id}-heading")} data-testid={id}>
            <h2 id={format!("{id}-heading")}>{ heading }</h2>
            <p role="status">{ status }</p>
        </section>
    }
}

/// Sends a load to the engine (a PDF's text rebuilt first) and shows its answer; a load that a
/// newer one replaced is dropped. The main thread only sends and renders: reading and checking
/// happen in the worker.
fn load(state: UseReducerHandle<State>, what: Load) {
    let seq = LOADS.get().wrapping_add(1);
    LOADS.set(seq);
    // the patient's own nota never goes back to a partner (a partner's load sets it again)
    let partner = matches!(what, Load::Partner(_));
    if !partner {
        REPLY_TO.set(None);
    }
    state.dispatch(Action::Load(what.clone()));
    yew::platform::spawn_local(async move {
        #[cfg(target_arch = "wasm32")]
        let what = match what {
            Load::Files(sources) => {
                let Some(sources) = open_pdfs(&state, sources.to_vec()).await else { return };
                Load::Files(Shared::new(sources))
            }
            other => other,
        };
        browser::mark("nw:analyse");
        let (ask, files) = state.ask_for(&what);
        let reply = engine::ask(ask, files).await;
        if LOADS.get() != seq {
            return;
        }
        match reply.map(|r| r.answer) {
            Ok(Answer::View(view)) => {
                browser::mark("nw:analysed");
                state.dispatch(Action::Loaded(view, partner));
            }
            Ok(Answer::Refused(why)) => {
                if let Some(reply) = REPLY_TO.with_borrow_mut(Option::take) {
                    reply.refused(&why);
                }
                state.dispatch(Action::Refused);
            }
            _ => state.dispatch(Action::EngineFailed),
        }
    });
}

/// A partner page's message: the engine checks it; a malformed one gets a console warning and
/// changes nothing (not even a load on its way), a good one is read as a load of its own.
fn open_from_partner(state: UseReducerHandle<State>, message: String, reply: ReplyTo) {
    yew::platform::spawn_local(async move {
        match engine::ask(Ask::Partner(message.clone(), state.settings()), Vec::new()).await.map(|r| r.answer) {
            Ok(Answer::Refused(why)) => reply.refused(&why),
            Ok(Answer::View(mut view)) => {
                // it replaces whatever was on its way
                LOADS.set(LOADS.get().wrapping_add(1));
                REPLY_TO.set(Some(reply));
                // a language the partner names shows once its words are here (the page fetches
                // them when the partner names it in the address, `?lang=`: EMBEDDING.md)
                if !crate::words::messages::has(view.lang, crate::words::messages::Table::Shell) {
                    view.lang = Lang::Nl;
                }
                state.dispatch(Action::Loaded(view, true));
            }
            _ => {
                // kept, so the retry button reads it, and its summary still goes back
                REPLY_TO.set(Some(reply));
                state.dispatch(Action::Load(Load::Partner(message)));
                state.dispatch(Action::EngineFailed);
            }
        }
    });
}

/// Asks the engine for a view of what is open (or forgets it, `Ask::Clear`); a load sent since
/// wins over its answer.
fn render(state: UseReducerHandle<State>, ask: Ask) {
    let seq = LOADS.get();
    yew::platform::spawn_local(async move {
        let reply = engine::ask(ask, Vec::new()).await;
        if LOADS.get() != seq {
            return;
        }
        match reply.map(|r| r.answer) {
            Ok(Answer::View(view)) => {
                browser::mark("nw:engine");
                state.dispatch(Action::Rendered(view));
            }
            _ => state.dispatch(Action::EngineFailed),
        }
    });
}

/// Every PDF and picture among the sources replaced by the text NotaWijzer rebuilt or recognised
/// in it (`pdf`), with its progress shown page by page and step by step; `None` when one cannot be
/// read (its notice is shown instead). A PDF without text (a scan) is recognised as pictures.
#[cfg(target_arch = "wasm32")]
async fn open_pdfs(state: &UseReducerHandle<State>, sources: Vec<state::Source>) -> Option<Vec<state::Source>> {
    let mut out = Vec::with_capacity(sources.len());
    pdf::forget();
    for source in sources {
        let kind = match crate::read::picture::picture_type(&source.bytes, "") {
            Some(kind) => kind,
            None if source.pdf_pages == 0 && crate::read::pdf::is_pdf(&source.bytes) => "application/pdf".to_string(),
            None => {
                out.push(source);
                continue;
            }
        };
        notify(
            state,
            if kind.starts_with("image/") {
                Notice::PictureReading { step: 0, done: 0, page: 1, pages: 1 }
            } else {
                Notice::PdfReading { page: 0, pages: 0 }
            },
        );
        let progress = state.clone();
        match pdf::open(&source, &kind, move |notice| notify(&progress, notice)).await {
            Ok((text, masked)) => {
                if let Some(masked) = masked {
                    state.dispatch(Action::Recognised(masked.into()));
                }
                out.push(text)
            }
            Err(notice) => {
                notify(state, notice);
                return None;
            }
        }
    }
    Some(out)
}
