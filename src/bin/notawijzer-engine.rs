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
//! - a table a host put beside the app (`tariffs/nza-YYYY.json`, named in `tariffs/index.json`;
//!   `crate::tariffs::table`): fetched from the app's own origin, once per year, only when a nota has
//!   a line of a year whose maximum no table here holds and the index names that year's table; the
//!   answer then waits for it.
//!
//! Nothing leaves the browser.

use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static ENGINE: RefCell<notawijzer::engine::worker::Engine> = RefCell::new(notawijzer::engine::worker::Engine::default());
    /// The years a table was asked for already (found or not): each once.
    static ASKED: RefCell<Vec<i32>> = const { RefCell::new(Vec::new()) };
    /// The tables the host put beside the app (`tariffs/index.json`), once it was fetched.
    static INDEX: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
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

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = Array::from(&event.data());
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
        let files = |data: &Array| -> Vec<Vec<u8>> {
            (1..data.length()).map(|i| Uint8Array::new(&data.get(i)).to_vec()).collect()
        };
        let reply = ENGINE.with_borrow_mut(|engine| engine.handle_bytes(&request, files(&data)));
        // a year no table here holds: the host's table for it, once, then the same request again
        let years: Vec<i32> = ENGINE.with_borrow(|engine| engine.tariff_years_missing());
        let years: Vec<i32> = ASKED.with_borrow_mut(|asked| {
            let new: Vec<i32> = years.into_iter().filter(|y| !asked.contains(y)).collect();
            asked.extend(&new);
            new
        });
        if years.is_empty() {
            let _ = reply_to.post_message(&Uint8Array::from(reply.as_slice()));
            return;
        }
        let (scope, reply_to) = (reply_to.clone(), reply_to.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let mut loaded = false;
            if INDEX.with_borrow(Option::is_none) {
                let index = fetch_text(&scope, "tariffs/index.json")
                    .await
                    .and_then(|j| notawijzer::tariffs::table::Index::parse(&j));
                INDEX.with_borrow_mut(|i| *i = Some(index.map(|i| i.tables).unwrap_or_default()));
            }
            for year in years {
                let name = format!("nza-{year}.json");
                if !INDEX.with_borrow(|i| i.as_ref().is_some_and(|t| t.contains(&name))) {
                    continue;
                }
                let Some(json) = fetch_text(&scope, &format!("tariffs/{name}")).await else { continue };
                if let Ok(table) = notawijzer::tariffs::table::parse(&json) {
                    loaded |= table.year == year && notawijzer::tariffs::table::load(table).is_ok();
                }
            }
            let reply = if loaded {
                ENGINE.with_borrow_mut(|engine| engine.handle_bytes(&request, files(&data)))
            } else {
                reply
            };
            let _ = reply_to.post_message(&Uint8Array::from(reply.as_slice()));
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}
