//! The few things the app asks of the browser, each in one place. Natively (server-side render
//! tests) they answer with defaults, so components render without a browser.

use crate::words::lang::Lang;

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use wasm_bindgen::JsCast;

    /// Today on the patient's clock, `YYYY-MM-DD`.
    pub fn today() -> String {
        let now = js_sys::Date::new_0();
        format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
    }

    /// Runs `f` once the page is idle after its first paint (never competing with it): after the
    /// `load` event, in an idle period (`requestIdleCallback`, at most 2 s away), or a moment
    /// later where the browser has none.
    pub fn when_idle(f: impl FnOnce() + 'static) {
        let Some(w) = web_sys::window() else { return };
        let f = std::cell::Cell::new(Some(f));
        let run = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(f) = f.take() {
                f()
            }
        });
        let idle = run.clone();
        let schedule = wasm_bindgen::closure::Closure::once_into_js(move || {
            let Some(w) = web_sys::window() else { return };
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
            let request = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            match request {
                Some(request) => {
                    let _ = request.call2(&w, &idle, &options);
                }
                None => {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(idle.unchecked_ref(), 50);
                }
            }
        });
        let complete = w.document().is_some_and(|d| d.ready_state() == "complete");
        if complete {
            let _ = schedule.unchecked_ref::<js_sys::Function>().call0(&wasm_bindgen::JsValue::NULL);
        } else {
            let _ = w.add_event_listener_with_callback("load", schedule.unchecked_ref());
        }
    }

    fn search_params() -> Option<web_sys::UrlSearchParams> {
        let search = web_sys::window()?.location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search).ok()
    }

    pub fn url_param(name: &str) -> Option<String> {
        search_params()?.get(name)
    }

    pub fn set_url_lang(lang: Lang) {
        let Some(window) = web_sys::window() else { return };
        let Ok(href) = window.location().href() else { return };
        let Ok(url) = web_sys::Url::new(&href) else { return };
        match lang {
            Lang::Nl => url.search_params().delete("lang"),
            other => url.search_params().set("lang", other.code()),
        }
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
        }
    }

    pub fn location_hash() -> String {
        web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
    }

    pub fn warn(message: &str) {
        web_sys::console::warn_1(&message.into());
    }

    pub fn set_document_lang(lang: Lang) {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.code());
            let _ = root.set_attribute("dir", lang.dir());
        }
    }

    pub fn print() {
        open_all_details();
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    }

    /// Opens every `<details>`, so a printout has every section.
    pub fn open_all_details() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Ok(list) = document.query_selector_all("details") else { return };
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.set_attribute("open", "");
            }
        }
    }

    /// Copies text to the clipboard; `false` when the browser refused.
    pub async fn copy(text: String) -> bool {
        let Some(window) = web_sys::window() else { return false };
        let promise = window.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
    }

    /// A `performance.mark`, for measuring from the outside (Playwright) how long things take.
    /// Adds a style sheet of NotaWijzer's own to the page (once per call: call it once).
    pub fn add_stylesheet(href: &str) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) else { return };
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", href);
        let _ = head.append_child(&link);
    }

    pub fn mark(name: &str) {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(name);
        }
    }

    /// A mark once the next frame is painted (`requestAnimationFrame`, then a task).
    pub fn mark_after_paint(name: &'static str) {
        let Some(window) = web_sys::window() else { return };
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let later = wasm_bindgen::closure::Closure::once_into_js(move || mark(name));
                let _ = window.set_timeout_with_callback(later.unchecked_ref());
            }
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    }

    pub fn focus(id: &str) {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    pub fn today() -> String {
        chrono::Local::now().date_naive().to_string()
    }
    pub fn when_idle(_f: impl FnOnce() + 'static) {}
    pub fn url_param(_name: &str) -> Option<String> {
        None
    }
    pub fn set_url_lang(_lang: Lang) {}
    pub fn location_hash() -> String {
        String::new()
    }
    pub fn warn(message: &str) {
        eprintln!("{message}");
    }
    pub fn set_document_lang(_lang: Lang) {}
    pub fn print() {}
    pub fn open_all_details() {}
    pub async fn copy(_text: String) -> bool {
        false
    }
    pub fn focus(_id: &str) {}
    pub fn mark(_name: &str) {}
    pub fn mark_after_paint(_name: &'static str) {}
}

pub use imp::*;

/// The language the URL asks for (`?lang=en`), else Dutch.
pub fn url_lang() -> Lang {
    url_param("lang").and_then(|l| Lang::from_code(&l)).unwrap_or_default()
}
