//! NotaWijzer's engine, run as a web worker (Trunk `data-type="worker"`): reading, checking and
//! every sentence about a nota (`notawijzer::engine::worker`). The page (the shell, `src/app/`) fetches it
//! once it has painted, and talks to it in the messages of `notawijzer::engine::protocol`:
//!
//! - in: `[request, bytes, bytes, …]` (each a `Uint8Array`), the bytes of each file of an `Open`
//!   beside the encoded request;
//! - out: the encoded reply, with the id of the request it answers;
//! - in, without reply: `[code, words]` (strings), another language's words as the page fetched
//!   them (the page's table, messages/app.<lang>.txt, then U+001D, then the engine's,
//!   messages/<lang>.txt; `assets/boot.js`, `shell::engine::give_messages`); later requests are
//!   answered in it.
//!
//! - the tables a host put beside the app (`tariffs/`, named in `tariffs/index.json`;
//!   `crate::tariffs::table`): fetched from the app's own origin, each once, only as
//!   `Engine::tables_wanted` asks (the index when a line's maximum is not known here or a ZPM nota
//!   may use an insurer's list; an NZa table for a year a line lacks; the chosen insurer's list of a
//!   year of the care); the answer then waits for them.
//!
//! Nothing leaves the browser.

use js_sys::{Array, Uint8Array};
use notawijzer::engine::worker::Wanted;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static ENGINE: RefCell<notawijzer::engine::worker::Engine> = RefCell::new(notawijzer::engine::worker::Engine::default());
    /// A request waits for the host's tables; the messages that came meanwhile, in order.
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static QUEUE: RefCell<std::collections::VecDeque<Array>> = const { RefCell::new(std::collections::VecDeque::new()) };
    /// The one request for `tariffs/index.json` (its text, or null), which every use awaits.
    static INDEX: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// The host's index, asked for once: at the start, and awaited again by an answer that needs it.
async fn index(scope: &DedicatedWorkerGlobalScope) -> bool {
    let promise = INDEX.with_borrow_mut(|p| {
        p.get_or_insert_with(|| {
            let scope = scope.clone();
            wasm_bindgen_futures::future_to_promise(async move {
                Ok(fetch_text(&scope, "tariffs/index.json").await.map_or(JsValue::NULL, JsValue::from))
            })
        })
        .clone()
    });
    let json = wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|j| j.as_string());
    ENGINE.with_borrow_mut(|engine| engine.index_fetched(json.as_deref()))
}

/// The text at `url` on the app's own origin, when it answers 200.
async fn fetch_text(scope: &DedicatedWorkerGlobalScope, url: &str) -> Option<String> {
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(scope.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Takes one message: a language's words, or a request, answered; when the answer lacks the
/// host's tables, they are fetched first and the request answered again, and the messages that
/// arrive meanwhile wait (`QUEUE`), so that every answer comes in the order it was asked and each
/// table is asked for once.
fn take(scope: &DedicatedWorkerGlobalScope, data: Array) {
    if let Some(lang) = data.get(0).as_string().and_then(|c| notawijzer::Lang::from_code(&c)) {
        use notawijzer::words::messages::{Table, install};
        let text = data.get(1).as_string().unwrap_or_default();
        let (shell, engine) = text.split_once('\u{1d}').unwrap_or_default();
        // words that do not fit this engine (an old file) are left: it answers in Dutch
        let _ = install(lang, Table::Shell, shell) && install(lang, Table::Engine, engine);
        return;
    }
    let request = Uint8Array::new(&data.get(0)).to_vec();
    // the files' bytes, copied out of the message (again only when the request is answered anew)
    let files =
        |data: &Array| -> Vec<Vec<u8>> { (1..data.length()).map(|i| Uint8Array::new(&data.get(i)).to_vec()).collect() };
    let reply = ENGINE.with_borrow_mut(|engine| engine.handle_bytes(&request, files(&data)));
    if ENGINE.with_borrow(|engine| engine.tables_wanted()) == Wanted::Nothing {
        let _ = scope.post_message(&Uint8Array::from(reply.as_slice()));
        return;
    }
    BUSY.set(true);
    let scope = scope.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut changed = false;
        loop {
            match ENGINE.with_borrow(|engine| engine.tables_wanted()) {
                Wanted::Nothing => break,
                Wanted::Index => changed |= index(&scope).await,
                Wanted::Files(names) => {
                    for name in names {
                        let json = fetch_text(&scope, &format!("tariffs/{name}")).await;
                        changed |= ENGINE.with_borrow_mut(|engine| engine.table_fetched(&name, json.as_deref()));
                    }
                }
            }
        }
        let reply =
            if changed { ENGINE.with_borrow_mut(|engine| engine.handle_bytes(&request, files(&data))) } else { reply };
        let _ = scope.post_message(&Uint8Array::from(reply.as_slice()));
        BUSY.set(false);
        // what came meanwhile, in order (until one of them waits for a table in its turn)
        while !BUSY.get() {
            let Some(next) = QUEUE.with_borrow_mut(std::collections::VecDeque::pop_front) else { break };
            take(&scope, next);
        }
    });
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = Array::from(&event.data());
        if BUSY.get() {
            QUEUE.with_borrow_mut(|q| q.push_back(data));
        } else {
            take(&reply_to, data);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // what the host put beside the app, asked for while the patient chooses a file
    wasm_bindgen_futures::spawn_local(async move {
        index(&scope).await;
    });
}
