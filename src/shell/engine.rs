//! The shell's side of the engine (`crate::engine::worker`, in a web worker): [`start`] takes its worker (the loader starts it, assets/boot.js; the app
//! calls it once the page is idle after its first paint), [`ask`] sends one request
//! (`crate::engine::protocol`) and waits for its reply. The worker answers in the order it is asked; each
//! reply carries the id of its request. When the worker cannot be loaded or stops, every waiting
//! request gets `Err`, and the next request starts it afresh (the retry button).
//!
//! With the `inline-engine` feature (the browser tests) the engine answers in the page, through
//! the same encoded messages. Natively (the server-side render tests) there is no engine: a view is
//! given to the app.

use std::rc::Rc;

use crate::engine::protocol::{Ask, Reply, Request};

#[cfg(all(target_arch = "wasm32", not(feature = "inline-engine")))]
mod imp {
    use std::cell::RefCell;
    use std::rc::Rc;

    use futures_channel::oneshot;
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{MessageEvent, Worker};

    #[wasm_bindgen]
    extern "C" {
        /// The engine's worker (assets/boot.js: started, with its WebAssembly compiling, as soon as
        /// the page's own WebAssembly is in; a new one after a failure).
        #[wasm_bindgen(js_namespace = globalThis, js_name = nwWorker, catch)]
        fn new_worker() -> Result<Worker, JsValue>;
    }
    /// The views' style sheet (styles/views.css), fetched with the engine: nothing in the first
    /// paint uses it.
    const VIEWS_CSS: &str = "views.css";

    /// The worker, with the handlers that must live as long as it does.
    struct Running {
        worker: Worker,
        _on_message: Closure<dyn Fn(MessageEvent)>,
        _on_error: Closure<dyn Fn(JsValue)>,
    }

    thread_local! {
        static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
        /// The words of the languages fetched (`shell::messages`): a new worker gets them before
        /// anything else.
        static LANGUAGES: RefCell<Vec<JsValue>> = const { RefCell::new(Vec::new()) };
        /// Who waits for a reply, by request id.
        static WAITING: RefCell<Vec<(u32, oneshot::Sender<Vec<u8>>)>> = const { RefCell::new(Vec::new()) };
    }

    fn fail_all() {
        // a worker that failed is started afresh on the next request
        WORKER.with_borrow_mut(|w| *w = None);
        // dropping the senders tells whoever waits that the worker failed
        WAITING.with_borrow_mut(Vec::clear);
    }

    fn on_message(event: MessageEvent) {
        let reply = Uint8Array::new(&event.data()).to_vec();
        let Some((_, id)) = crate::engine::protocol::version_and_id(&reply) else { return };
        let waiting = WAITING.with_borrow_mut(|w| w.iter().position(|(i, _)| *i == id).map(|i| w.remove(i)));
        if let Some((_, answer)) = waiting {
            let _ = answer.send(reply);
        }
    }

    /// Fetches the worker, if it is not running.
    pub fn start() -> bool {
        WORKER.with_borrow_mut(|w| {
            if w.is_none() {
                let Ok(worker) = new_worker() else { return false };
                crate::shell::browser::add_stylesheet(VIEWS_CSS);
                let on_message = Closure::<dyn Fn(MessageEvent)>::new(on_message);
                // the handler runs outside this borrow: the browser calls it later
                let on_error = Closure::<dyn Fn(JsValue)>::new(|_| fail_all());
                worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                LANGUAGES.with_borrow(|l| l.iter().for_each(|m| drop(worker.post_message(m))));
                *w = Some(Running { worker, _on_message: on_message, _on_error: on_error });
            }
            true
        })
    }

    /// A language's words for the engine (`[code, table]`, as the loader made it; no answer). The
    /// worker takes its messages in order, so every later request is answered in that language.
    pub fn give(message: JsValue) {
        WORKER.with_borrow(|w| {
            if let Some(r) = w {
                let _ = r.worker.post_message(&message);
            }
        });
        LANGUAGES.with_borrow_mut(|l| l.push(message));
    }

    /// Posts the request and the files' bytes; waits for the reply (`Err`: the worker failed).
    pub async fn exchange(id: u32, request: Vec<u8>, files: Vec<Rc<Vec<u8>>>) -> Result<Vec<u8>, ()> {
        if !start() {
            return Err(());
        }
        let message = Array::of1(&Uint8Array::from(request.as_slice()));
        for bytes in &files {
            message.push(&Uint8Array::from(bytes.as_slice()));
        }
        let (answer, reply) = oneshot::channel();
        WAITING.with_borrow_mut(|w| w.push((id, answer)));
        let posted = WORKER.with_borrow(|w| w.as_ref().is_some_and(|r| r.worker.post_message(&message).is_ok()));
        if !posted {
            WAITING.with_borrow_mut(|w| w.retain(|(i, _)| *i != id));
            return Err(());
        }
        reply.await.map_err(|_| ())
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "inline-engine"))]
mod imp {
    use std::cell::RefCell;
    use std::rc::Rc;

    thread_local! {
        static ENGINE: RefCell<crate::engine::worker::Engine> = RefCell::new(crate::engine::worker::Engine::default());
    }

    pub fn start() -> bool {
        true
    }

    /// In the page the engine has every language already.
    #[cfg(target_arch = "wasm32")]
    pub fn give(_message: wasm_bindgen::JsValue) {}

    /// The engine in this page, in a task of its own, through the same encoded messages.
    pub async fn exchange(_id: u32, request: Vec<u8>, files: Vec<Rc<Vec<u8>>>) -> Result<Vec<u8>, ()> {
        #[cfg(target_arch = "wasm32")]
        gloo::timers::future::TimeoutFuture::new(0).await;
        let bytes = files.iter().map(|b| b.to_vec()).collect();
        Ok(ENGINE.with_borrow_mut(|e| e.handle_bytes(&request, bytes)))
    }
}

pub use imp::start;

thread_local! {
    /// The id of the next request.
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// Gives the engine a fetched language's words (`shell::messages`: `[code, table]`, as the loader
/// made it): to the running worker, and to any worker started later.
#[cfg(target_arch = "wasm32")]
pub fn give_messages(message: wasm_bindgen::JsValue) {
    imp::give(message);
}

/// Asks the engine and waits for its reply; `Err` when it could not be loaded or stopped.
pub async fn ask(ask: Ask, files: Vec<Rc<Vec<u8>>>) -> Result<Reply, ()> {
    let id = NEXT_ID.replace(NEXT_ID.get().wrapping_add(1));
    let reply = imp::exchange(id, crate::engine::protocol::encode(&Request::new(id, ask)), files).await?;
    crate::engine::protocol::decode::<Reply>(&reply).map_err(|_| ())
}
