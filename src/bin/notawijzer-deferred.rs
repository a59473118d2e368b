//! NotaWijzer's second WebAssembly module, run as a web worker (Trunk `data-type="worker"`): the
//! app starts it once a zorgprestatiemodel nota, a PDF or a finding is shown, so none of this is in
//! the first-paint download (`src/deferred.rs`).
//!
//! Messages in and out:
//! - `["compare", name, bytes, name, bytes, …]` (the files as the patient gave them: the same
//!   readers read them again) → `["compare", dutch, english]`, each a `deferred::Comparison` as
//!   text, or `["compare"]` when there is nothing to compare;
//! - `["pdf", runs]` (the JSON of assets/pdf-text.js) → `["pdf", text, pages]`, the lines rebuilt
//!   (`notawijzer::pdf`) and the number of pages, or `["pdf"]` when the PDF holds no text (a scan);
//! - `["about"]` → `["about", dutch, english]`: what every check rests on, checks and does not
//!   (`notawijzer::pages::about_text`), shown with each finding.
//!
//! Nothing leaves the browser.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = Array::from(&event.data());
        let reply = match data.get(0).as_string().as_deref() {
            Some("compare") => compare(&data),
            Some("pdf") => {
                let pages = data.get(1).as_string().and_then(|json| notawijzer::pdf::pages_from_json(&json).ok());
                let n = pages.as_ref().map_or(0, Vec::len);
                match pages.as_deref().and_then(notawijzer::pdf::rebuild) {
                    Some(text) => Array::of3(&"pdf".into(), &text.into(), &JsValue::from(n as u32)),
                    None => Array::of1(&"pdf".into()),
                }
            }
            Some("about") => Array::of3(
                &"about".into(),
                &notawijzer::pages::about_text(notawijzer::Lang::Nl).into(),
                &notawijzer::pages::about_text(notawijzer::Lang::En).into(),
            ),
            _ => return,
        };
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

fn compare(data: &Array) -> Array {
    let files: Vec<(String, Vec<u8>)> = (1..data.length())
        .step_by(2)
        .map(|i| (data.get(i).as_string().unwrap_or_default(), Uint8Array::new(&data.get(i + 1)).to_vec()))
        .collect();
    let inputs: Vec<notawijzer::Input> =
        files.iter().map(|(name, bytes)| notawijzer::Input::new(name, bytes)).collect();
    // The comparison does not depend on today's date (only the review does, which the app itself
    // shows), so any fixed day will do.
    let today = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let report = notawijzer::analyse(&inputs, today);
    match notawijzer::deferred::answer(&report) {
        Some(a) => Array::of3(&"compare".into(), &a.nl.to_text().into(), &a.en.to_text().into()),
        None => Array::of1(&"compare".into()),
    }
}
