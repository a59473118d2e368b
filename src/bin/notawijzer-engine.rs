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
//! Nothing leaves the browser.

use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static ENGINE: RefCell<notawijzer::engine::worker::Engine> = RefCell::new(notawijzer::engine::worker::Engine::default());
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
        let bytes: Vec<Vec<u8>> = (1..data.length()).map(|i| Uint8Array::new(&data.get(i)).to_vec()).collect();
        let reply = ENGINE.with_borrow_mut(|engine| engine.handle_bytes(&request, bytes));
        let _ = reply_to.post_message(&Uint8Array::from(reply.as_slice()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}
