//! The app's side of the deferred module (`crate::deferred`): a web worker started on first need.
//! It answers two questions: the ZPM comparison for the files, and the text of a PDF from its
//! text runs (`crate::pdf`). Natively (render tests) there is no worker: no answer comes, and the
//! view says it is being worked out.
//!
//! Messages: `["compare", id, name, bytes, …]` → `["compare", id, dutch, english]` (or without
//! the texts: nothing to compare); `["pdf", runs]` → `["pdf", text]` (or `["pdf"]`: no text);
//! `["about"]` → `["about", dutch, english]` (every check explained, `pages::about_text`).

use yew::Callback;

use super::state::Source;
use crate::deferred::Answer;

/// What came back: the answer, `Ok(None)` when there is nothing to compare, `Err` when the worker
/// could not be started or failed.
pub type Outcome = Result<Option<Answer>, ()>;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use futures_channel::oneshot;
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{MessageEvent, Worker};

    use super::*;
    use crate::deferred::Comparison;

    /// The worker's loader (assets/deferred-loader.js), next to index.html.
    const LOADER: &str = "deferred-loader.js";

    /// The worker, with the handlers that must live as long as it does.
    struct Running {
        worker: Worker,
        _on_message: Closure<dyn Fn(MessageEvent)>,
        _on_error: Closure<dyn Fn(JsValue)>,
    }

    /// The id of the comparison asked for, and who waits for it.
    type Waiting = (u32, Callback<(u32, Outcome)>);

    thread_local! {
        static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
        /// Who waits for the comparison (with its id), and who for a PDF's text.
        static COMPARE: RefCell<Option<Waiting>> = const { RefCell::new(None) };
        /// Who waits for a PDF's text, or for the checks explained: by the answer's kind.
        static WAITING: RefCell<Vec<(String, oneshot::Sender<Array>)>> = const { RefCell::new(Vec::new()) };
    }

    fn fail_all() {
        // a worker that failed is started afresh on the next request
        WORKER.with_borrow_mut(|w| *w = None);
        if let Some((id, done)) = COMPARE.with_borrow_mut(Option::take) {
            done.emit((id, Err(())));
        }
        // dropping the senders tells whoever waits that the worker failed
        WAITING.with_borrow_mut(Vec::clear);
    }

    fn on_message(event: MessageEvent) {
        let data = Array::from(&event.data());
        match data.get(0).as_string().as_deref() {
            Some("compare") => {
                let Some(id) = data.get(1).as_f64() else { return };
                let answer = match (data.get(2).as_string(), data.get(3).as_string()) {
                    (Some(nl), Some(en)) => {
                        Some(Answer { nl: Comparison::from_text(&nl), en: Comparison::from_text(&en) })
                    }
                    _ => None,
                };
                if let Some((_, done)) = COMPARE.with_borrow_mut(Option::take) {
                    done.emit((id as u32, Ok(answer)));
                }
            }
            Some(kind) => {
                let waiting = WAITING.with_borrow_mut(|w| w.iter().position(|(k, _)| k == kind).map(|i| w.remove(i)));
                if let Some((_, answer)) = waiting {
                    let _ = answer.send(data);
                }
            }
            _ => {}
        }
    }

    /// Posts to the worker, starting it first if need be; `false` when it cannot be started.
    fn post(message: &Array) -> bool {
        WORKER.with_borrow_mut(|w| {
            if w.is_none() {
                let Ok(worker) = Worker::new(LOADER) else { return false };
                let on_message = Closure::<dyn Fn(MessageEvent)>::new(on_message);
                // the handler runs outside this borrow: the browser calls it later
                let on_error = Closure::<dyn Fn(JsValue)>::new(|_| fail_all());
                worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                *w = Some(Running { worker, _on_message: on_message, _on_error: on_error });
            }
            w.as_ref().is_some_and(|r| r.worker.post_message(message).is_ok())
        })
    }

    pub fn ask(sources: &[Source], id: u32, done: Callback<(u32, Outcome)>) {
        let message = Array::of2(&JsValue::from_str("compare"), &JsValue::from(id));
        for source in sources {
            message.push(&JsValue::from_str(&source.name));
            message.push(&Uint8Array::from(source.bytes.as_slice()));
        }
        COMPARE.with_borrow_mut(|c| *c = Some((id, done.clone())));
        if !post(&message) {
            COMPARE.with_borrow_mut(|c| *c = None);
            done.emit((id, Err(())));
        }
    }

    /// Asks the worker `[kind, payload]` and waits for its answer; `Err` when it failed.
    async fn question(kind: &str, payload: &JsValue) -> Result<Array, ()> {
        let (answer, reply) = oneshot::channel();
        WAITING.with_borrow_mut(|w| w.push((kind.to_string(), answer)));
        if !post(&Array::of2(&JsValue::from_str(kind), payload)) {
            WAITING.with_borrow_mut(|w| w.retain(|(k, _)| k != kind));
            return Err(());
        }
        reply.await.map_err(|_| ())
    }

    /// The text rebuilt from a PDF's runs (JSON from assets/pdf-text.js): `Ok(None)` when the PDF
    /// has no text, `Err` when the worker failed.
    pub async fn pdf_text(runs: JsValue) -> Result<Option<String>, ()> {
        Ok(question("pdf", &runs).await?.get(1).as_string())
    }

    /// Every check explained, Dutch and English (`pages::about_text`).
    pub async fn abouts() -> Result<(String, String), ()> {
        let a = question("about", &JsValue::NULL).await?;
        Ok((a.get(1).as_string().unwrap_or_default(), a.get(2).as_string().unwrap_or_default()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    pub fn ask(_sources: &[Source], _id: u32, _done: Callback<(u32, Outcome)>) {}
}

pub use imp::*;
