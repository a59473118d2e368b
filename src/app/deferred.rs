//! The app's side of the deferred module (`crate::deferred`): a web worker started on first need,
//! sent the files, answering with the comparison. Natively (render tests) there is no worker: the
//! answer never comes, and the view says it is being worked out.

use yew::Callback;

use super::state::Source;
use crate::deferred::Answer;

/// What came back: the answer, `Ok(None)` when there is nothing to compare, `Err` when the worker
/// could not be started or failed.
pub type Outcome = Result<Option<Answer>, ()>;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{MessageEvent, Worker};

    use super::*;
    use crate::deferred::Comparison;

    /// The worker's loader (assets/deferred-loader.js), next to index.html.
    const LOADER: &str = "deferred-loader.js";

    /// The handlers of a request: its answer, and the worker failing.
    type Handlers = (Closure<dyn Fn(MessageEvent)>, Closure<dyn Fn(JsValue)>);

    thread_local! {
        static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
        /// The handlers of the latest request (kept alive while the worker may call them).
        static HANDLERS: RefCell<Option<Handlers>> = const { RefCell::new(None) };
    }

    pub fn ask(sources: &[Source], id: u32, done: Callback<(u32, Outcome)>) {
        let worker = WORKER.with_borrow_mut(|w| {
            if w.is_none() {
                *w = Worker::new(LOADER).ok();
            }
            w.clone()
        });
        let Some(worker) = worker else {
            done.emit((id, Err(())));
            return;
        };
        let (on_answer, failed) = (done.clone(), done.clone());
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let data = Array::from(&event.data());
            let Some(answer_id) = data.get(0).as_f64() else { return };
            let answer = match (data.get(1).as_string(), data.get(2).as_string()) {
                (Some(nl), Some(en)) => Some(Answer { nl: Comparison::from_text(&nl), en: Comparison::from_text(&en) }),
                _ => None,
            };
            on_answer.emit((answer_id as u32, Ok(answer)));
        });
        let on_error = Closure::<dyn Fn(JsValue)>::new(move |_| {
            // a worker that failed once is started afresh on the next request
            WORKER.with_borrow_mut(|w| *w = None);
            done.emit((id, Err(())));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        HANDLERS.with_borrow_mut(|h| *h = Some((on_message, on_error)));
        let message = Array::of1(&JsValue::from(id));
        for source in sources {
            message.push(&JsValue::from_str(&source.name));
            message.push(&Uint8Array::from(source.bytes.as_slice()));
        }
        if worker.post_message(&message).is_err() {
            failed.emit((id, Err(())));
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    pub fn ask(_sources: &[Source], _id: u32, _done: Callback<(u32, Outcome)>) {}
}

pub use imp::ask;
