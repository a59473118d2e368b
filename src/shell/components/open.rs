//! Opening a nota: a real file input with its label (keyboard and screen reader first), dropping
//! files anywhere on the app, pasting text, or the built-in example.

use std::rc::Rc;

use web_sys::{DragEvent, Event, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::engine::protocol::Example;
use crate::read::limits::{MAX_FILE_BYTES, MAX_FILES, MAX_PDF_BYTES};
use crate::shell::notice::{Notice, is_error, shell_text};
use crate::shell::shared::Shared;
use crate::shell::state::{EngineState, Load, Source};
use crate::words::labels::Labels;
use crate::words::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct OpenProps {
    pub labels: &'static Labels,
    pub busy: bool,
    pub has_report: bool,
    /// Fold the panel into one line ("Andere nota openen"): a nota is shown.
    #[prop_or_default]
    pub fold: bool,
    pub lang: Lang,
    #[prop_or_default]
    pub notice: Option<Notice>,
    /// The engine's words for the notice (the shell words the short progress ones itself).
    #[prop_or_default]
    pub notice_text: Option<String>,
    /// The text recognised in a picture: the text box holds it, open, for the patient to correct.
    #[prop_or_default]
    pub recognised: Option<Rc<str>>,
    /// Where the engine stands: loading ("NotaWijzer wordt geladen…" while a nota waits for it),
    /// or failed (a message and a retry button).
    #[prop_or_default]
    pub engine: EngineState,
    pub on_load: Callback<Load>,
    pub on_retry: Callback<()>,
    pub on_busy: Callback<()>,
    pub on_clear: Callback<()>,
}

/// Reads the chosen or dropped files (only the first 4 MB of a larger file) and hands them over.
pub fn read_files(list: web_sys::FileList, on_busy: Callback<()>, on_load: Callback<Load>) {
    let files: Vec<gloo::file::File> = gloo::file::FileList::from(list).iter().take(MAX_FILES + 1).cloned().collect();
    if files.is_empty() {
        return;
    }
    crate::shell::browser::mark("nw:input");
    on_busy.emit(());
    yew::platform::spawn_local(async move {
        let mut sources = Vec::with_capacity(files.len());
        for file in files {
            let size = usize::try_from(file.size()).unwrap_or(usize::MAX);
            let whole: &gloo::file::Blob = &file;
            // a PDF or a picture is read whole up to its own limit (a cut one is a broken one)
            let limit = if crate::shell::pdf::read_whole(&file.name(), &file.raw_mime_type()) {
                MAX_PDF_BYTES
            } else {
                MAX_FILE_BYTES
            };
            let part = if size > limit { whole.slice(0, MAX_FILE_BYTES as u64) } else { whole.clone() };
            let bytes = gloo::file::futures::read_as_bytes(&part).await.unwrap_or_default();
            sources.push(Source { name: file.name(), bytes: Rc::new(bytes), size, pdf_pages: 0 });
        }
        on_load.emit(Load::Files(Shared::new(sources)));
    });
}

/// Handlers that let a drop anywhere on the app read the files (and never navigate away).
pub fn drop_handlers(on_busy: Callback<()>, on_load: Callback<Load>) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            read_files(files, on_busy.clone(), on_load.clone());
        }
    });
    (ondragover, ondrop)
}

#[component]
pub fn Open(props: &OpenProps) -> Html {
    let l = props.labels;
    let paste_ref = use_node_ref();
    let onchange = {
        let (on_busy, on_load) = (props.on_busy.clone(), props.on_load.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                read_files(files, on_busy.clone(), on_load.clone());
            }
            // choosing the same file again must read it again
            input.set_value("");
        })
    };
    let onpaste = {
        let (paste_ref, on_load) = (paste_ref.clone(), props.on_load.clone());
        let name = l.paste_label();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = paste_ref.cast::<HtmlTextAreaElement>() {
                crate::shell::browser::mark("nw:input");
                on_load.emit(Load::Files(Shared::new(vec![Source::text(name, &area.value())])));
            }
        })
    };
    let onexample = {
        let on_load = props.on_load.clone();
        Callback::from(move |_: MouseEvent| {
            crate::shell::browser::mark("nw:input");
            on_load.emit(Load::Example(Example::Henk))
        })
    };
    let onexample_zpm = {
        let on_load = props.on_load.clone();
        Callback::from(move |_: MouseEvent| {
            crate::shell::browser::mark("nw:input");
            on_load.emit(Load::Example(Example::Zpm))
        })
    };
    let onclear = props.on_clear.reform(|_: MouseEvent| ());
    let body = html! {
        <>
            <p class="privacy">{ l.privacy() }</p>
            <div class="dropzone">
                <label for="file-input" class="file-label">{ l.choose_files() }</label>
                <input id="file-input" data-testid="file-input" type="file" multiple=true
                    accept=".pdf,.txt,.csv,.json,application/pdf,text/plain,text/csv,application/json,image/*,.heic" aria-describedby="file-hint" onchange={onchange.clone()} />
                <label for="camera-input" class="file-label camera-label">{ l.take_photo() }</label>
                <input id="camera-input" data-testid="camera-input" type="file" accept="image/*" capture="environment"
                    aria-describedby="file-hint" {onchange} />
                <p id="file-hint" class="hint">{ l.file_hint() }{ " " }{ l.drop_here() }</p>
            </div>
            <details class="paste" open={props.recognised.is_some()}>
                <summary>{ l.paste_summary() }</summary>
                <label for="paste-text">{ l.paste_label() }</label>
                <p id="paste-hint" class="hint">{ l.paste_hint() }</p>
                <textarea id="paste-text" data-testid="paste-text" ref={paste_ref} rows="8" spellcheck="false"
                    aria-describedby="paste-hint" value={props.recognised.as_deref().map(str::to_string)} />
                <button type="button" data-testid="paste-button" onclick={onpaste}>{ l.paste_button() }</button>
            </details>
            <div class="actions">
                <button type="button" data-testid="example-zpm-button" onclick={onexample_zpm}>{ l.example_zpm_button() }</button>
                <button type="button" data-testid="example-button" onclick={onexample}>{ l.example_button() }</button>
                if props.has_report {
                    <button type="button" class="secondary" onclick={onclear}>{ l.clear_button() }</button>
                }
            </div>
        </>
    };
    html! {
        <section class="open no-print" aria-labelledby="open-heading">
            // once a nota is shown, the panel folds into one line: the nota comes first
            if props.fold {
                <details class="open-again" data-testid="open-again">
                    <summary id="open-heading">{ l.open_again() }</summary>
                    { body }
                </details>
            } else {
                <h2 id="open-heading">{ l.open_heading() }</h2>
                { body }
            }
            <p class="status" role="status" aria-live="polite" data-testid="status">
                if props.busy && props.notice.is_none() {
                    { if props.engine == EngineState::Loading { l.engine_loading() } else { l.reading() } }
                }
            </p>
            if props.engine == EngineState::Failed {
                <div class="notice notice-error" role="alert" data-testid="engine-failed">
                    <p>{ l.engine_failed() }</p>
                    <button type="button" data-testid="retry-button" onclick={props.on_retry.reform(|_: MouseEvent| ())}>{ l.retry_button() }</button>
                </div>
            }
            if let Some(notice) = &props.notice {
                if let Some(text) = shell_text(notice, props.lang).or(props.notice_text.as_deref()) {
                    <p class={classes!("notice", is_error(notice).then_some("notice-error"))} role={if is_error(notice) { "alert" } else { "status" }}
                       data-testid="notice">{ text }</p>
                }
            }
        </section>
    }
}
