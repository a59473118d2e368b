//! The app's side of the deferred module (`crate::deferred`): a web worker started on first need.
//! It answers three questions: the ZPM comparison for the files, the text of a PDF from its text
//! runs (`crate::pdf`), and what every check rests on. Natively (render tests) there is no worker:
//! no answer comes, and the view says it is being worked out.
//!
//! Messages: `["compare", names and bytes]` → `["compare", dutch, english]` (or without the texts:
//! nothing to compare); `["pdf", runs]` → `["pdf", text, pages]` (or `["pdf"]`: no text);
//! `["about"]` → `["about", dutch, english]` (every check explained, `pages::about_text`). The
//! worker answers in the order it is asked, so each answer goes to the first who waits for its kind.

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;

    use futures_channel::oneshot;
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{MessageEvent, Worker};

    use crate::app::state::Source;
    use crate::deferred::{Answer, Comparison};

    /// The worker's loader (assets/deferred-loader.js), next to index.html.
    const LOADER: &str = "deferred-loader.js";

    /// The worker, with the handlers that must live as long as it does.
    struct Running {
        worker: Worker,
        _on_message: Closure<dyn Fn(MessageEvent)>,
        _on_error: Closure<dyn Fn(JsValue)>,
    }

    thread_local! {
        static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
        /// Who waits for an answer, by the answer's kind, in the order they asked.
        static WAITING: RefCell<Vec<(String, oneshot::Sender<Array>)>> = const { RefCell::new(Vec::new()) };
    }

    fn fail_all() {
        // a worker that failed is started afresh on the next request
        WORKER.with_borrow_mut(|w| *w = None);
        // dropping the senders tells whoever waits that the worker failed
        WAITING.with_borrow_mut(Vec::clear);
    }

    fn on_message(event: MessageEvent) {
        let data = Array::from(&event.data());
        let Some(kind) = data.get(0).as_string() else { return };
        let waiting = WAITING.with_borrow_mut(|w| w.iter().position(|(k, _)| *k == kind).map(|i| w.remove(i)));
        if let Some((_, answer)) = waiting {
            let _ = answer.send(data);
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

    /// Asks the worker `[kind, …]` and waits for its answer; `Err` when it failed.
    async fn question(message: Array) -> Result<Array, ()> {
        let kind = message.get(0).as_string().unwrap_or_default();
        let (answer, reply) = oneshot::channel();
        WAITING.with_borrow_mut(|w| w.push((kind.clone(), answer)));
        if !post(&message) {
            WAITING.with_borrow_mut(|w| w.retain(|(k, _)| *k != kind));
            return Err(());
        }
        reply.await.map_err(|_| ())
    }

    /// The ZPM comparison for the files: `Ok(None)` when there is nothing to compare, `Err` when
    /// the worker could not be started or failed.
    pub async fn compare(sources: &[Source]) -> Result<Option<Answer>, ()> {
        let message = Array::of1(&JsValue::from_str("compare"));
        for source in sources {
            message.push(&JsValue::from_str(&source.name));
            message.push(&Uint8Array::from(source.bytes.as_slice()));
        }
        let a = question(message).await?;
        Ok(match (a.get(1).as_string(), a.get(2).as_string()) {
            (Some(nl), Some(en)) => Some(Answer { nl: Comparison::from_text(&nl), en: Comparison::from_text(&en) }),
            _ => None,
        })
    }

    /// The text rebuilt from a PDF's runs (JSON from assets/pdf-text.js) and its number of pages:
    /// `Ok(None)` when the PDF has no text, `Err` when the worker failed.
    pub async fn pdf_text(runs: JsValue) -> Result<Option<(String, u32)>, ()> {
        let a = question(Array::of2(&JsValue::from_str("pdf"), &runs)).await?;
        Ok(a.get(1).as_string().map(|text| (text, a.get(2).as_f64().unwrap_or(0.0) as u32)))
    }

    /// Every check explained, Dutch and English (`pages::about_text`).
    pub async fn abouts() -> Result<(String, String), ()> {
        let a = question(Array::of1(&JsValue::from_str("about"))).await?;
        Ok((a.get(1).as_string().unwrap_or_default(), a.get(2).as_string().unwrap_or_default()))
    }
}

#[cfg(target_arch = "wasm32")]
pub use imp::*;
