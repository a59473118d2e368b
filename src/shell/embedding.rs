//! The browser side of embedding and linking (EMBEDDING.md): embed mode, theme, the postMessage
//! protocol with partner pages, the height report, and `?src=`. The rules themselves (which
//! origins, which message shapes, which colours) are in the core, `crate::engine::embed`.

use crate::engine::embed::Partners;
use crate::engine::embed::partners::BUILD_TIME;

/// How this page was opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub partners: Partners,
    /// `?embed=1`: no page chrome, fits its container, reports its height.
    pub embedded: bool,
    /// `?src=URL`: fetch the nota from a partner.
    pub src: Option<String>,
    /// `?example=1` (without `src`): open the built-in example at once.
    pub example: bool,
}

/// Reads the configuration once: the partner list from the deployment's
/// `<meta name="notawijzer-partners">` and from the build, and the URL's parameters.
pub fn config() -> Config {
    let deployed = imp::meta("notawijzer-partners").unwrap_or_default();
    let partners = Partners::parse(&deployed).with(Partners::parse(BUILD_TIME.unwrap_or("")));
    let param = super::browser::url_param;
    let src = param("src").filter(|s| !s.trim().is_empty());
    Config {
        partners,
        embedded: param("embed").is_some_and(|v| v == "1" || v == "true"),
        example: src.is_none() && param("example").is_some_and(|v| v == "1"),
        src,
    }
}

pub use imp::*;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use yew::Callback;

    use super::Config;
    use crate::engine::embed::protocol;
    use crate::engine::embed::{Partners, theme};
    use crate::read::limits::MAX_FILE_BYTES;
    use crate::shell::browser::{url_param, warn};
    use crate::shell::notice::Notice;
    use crate::shell::state::Source;

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    pub fn meta(name: &str) -> Option<String> {
        let document = window()?.document()?;
        document.query_selector(&format!("meta[name=\"{name}\"]")).ok()??.get_attribute("content")
    }

    /// Embed mode and theme: a class on `<html>` and CSS custom properties set through the CSSOM
    /// (the CSP forbids style attributes in markup; values are checked by `embed::theme`).
    pub fn apply_page_settings(config: &Config) {
        let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
        if config.embedded {
            let _ = root.class_list().add_1("embed");
        }
        let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
        let style = root.style();
        if let Some(value) = url_param("accent") {
            match theme::accent(&value) {
                Some(colour) => {
                    let _ = style.set_property("--accent", &colour);
                }
                None => warn(&format!(
                    "NotaWijzer ignored accent=“{value}”: not a hex colour dark enough for white text (4.5:1)"
                )),
            }
        }
        if let Some(value) = url_param("font") {
            match theme::font(&value) {
                Some(stack) => {
                    let _ = style.set_property("--font", stack);
                }
                None => warn(&format!(
                    "NotaWijzer ignored font=“{value}”: choose one of system, sans, serif, verdana, atkinson"
                )),
            }
        }
    }

    /// The window that framed or opened this one, if any.
    fn counterpart() -> Option<web_sys::Window> {
        let me = window()?;
        if let Ok(Some(parent)) = me.parent()
            && !js_sys::Object::is(&parent, &me)
        {
            return Some(parent);
        }
        me.opener().ok().filter(|o| !o.is_null() && !o.is_undefined()).map(|o| o.unchecked_into())
    }

    /// The counterpart's origin, from `location.ancestorOrigins` or the referrer, when it is a
    /// partner. Messages are posted to this exact origin, never to `'*'`.
    fn counterpart_origin(partners: &Partners) -> Option<String> {
        let me = window()?;
        let ancestors = js_sys::Reflect::get(&me.location(), &"ancestorOrigins".into())
            .ok()
            .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
            .and_then(|first| first.as_string());
        let referrer = me.document().map(|d| d.referrer()).and_then(|r| crate::engine::embed::partners::url_origin(&r));
        ancestors.into_iter().chain(referrer).find(|o| partners.allows(o))
    }

    fn post(to: &web_sys::Window, message: &str, origin: &str) {
        if let Ok(value) = js_sys::JSON::parse(message) {
            let _ = to.post_message(&value, origin);
        }
    }

    /// Tells a partner page that framed or opened this one that NotaWijzer listens.
    pub fn announce_ready(partners: &Partners) {
        if let (Some(to), Some(origin)) = (counterpart(), counterpart_origin(partners)) {
            post(&to, &protocol::ready(), &origin);
        }
    }

    /// Where the summary of a nota sent by a partner goes back to.
    #[derive(Clone)]
    pub struct ReplyTo {
        to: web_sys::Window,
        origin: String,
    }

    impl ReplyTo {
        /// A message the engine refused: said in the console, nothing else changes.
        pub fn refused(&self, reason: &str) {
            warn(&format!("NotaWijzer ignored a malformed message from {}: {reason}", self.origin));
        }

        /// `notawijzer:summary` (JSON text from the engine: `embed::protocol::summary`).
        pub fn send_summary(&self, summary: &str) {
            post(&self.to, summary, &self.origin);
        }
    }

    /// Listens for `notawijzer:open` from partner pages: a message from a partner, from the window
    /// that framed or opened this one, is handed on as JSON text (the engine checks its shape:
    /// `embed::protocol::parse`; a malformed one is ignored with a console warning). Messages
    /// from other origins, or from another window, are ignored without a word.
    pub fn listen(partners: Partners, on_open: Callback<(String, ReplyTo)>) -> Option<gloo::events::EventListener> {
        let me = window()?;
        Some(gloo::events::EventListener::new(&me, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let origin = event.origin();
            if !partners.allows(&origin) {
                return;
            }
            let Some(source) = event.source() else { return };
            let from_counterpart = counterpart().is_some_and(|c| js_sys::Object::is(&c, &source));
            if !from_counterpart {
                warn(&format!(
                    "NotaWijzer ignored a message from {origin}: it did not come from the page that opened NotaWijzer"
                ));
                return;
            }
            match js_sys::JSON::stringify(&event.data()).ok().and_then(|s| s.as_string()) {
                Some(json) => on_open.emit((json, ReplyTo { to: source.unchecked_into(), origin })),
                None => {
                    warn(&format!("NotaWijzer ignored a malformed message from {origin}: the message is not JSON data"))
                }
            }
        }))
    }

    /// Posts the page's height to the partner page that framed it, whenever it changes.
    pub fn report_height(partners: &Partners) {
        let Some(me) = window() else { return };
        let framed = me.parent().ok().flatten().is_some_and(|p| !js_sys::Object::is(&p, &me));
        let (Some(origin), true) = (counterpart_origin(partners), framed) else { return };
        let Some(body) = me.document().and_then(|d| d.body()) else { return };
        let last = Rc::new(std::cell::Cell::new(0u32));
        let send = Closure::<dyn FnMut()>::new(move || {
            // The body's own height: the document's would never shrink below the frame's.
            let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) else { return };
            let height = u32::try_from(body.offset_height()).unwrap_or(0);
            if height != last.get() {
                last.set(height);
                if let Some(parent) = counterpart() {
                    post(&parent, &protocol::height(height), &origin);
                }
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
            observer.observe(&body);
            // The observer and its callback live as long as the page.
            std::mem::forget(observer);
        }
        send.forget();
    }

    /// Fetches `?src=` from a partner, with the patient's session (credentials, CORS).
    pub async fn fetch_src(url: &str) -> Result<Source, Notice> {
        use wasm_bindgen_futures::JsFuture;
        let me = window().ok_or(Notice::SrcNetwork)?;
        let init = web_sys::RequestInit::new();
        init.set_method("GET");
        init.set_credentials(web_sys::RequestCredentials::Include);
        init.set_mode(web_sys::RequestMode::Cors);
        // A redirect could lead to an origin that is not a partner.
        init.set_redirect(web_sys::RequestRedirect::Error);
        let response: web_sys::Response = JsFuture::from(me.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|_| Notice::SrcNetwork)?
            .dyn_into()
            .map_err(|_| Notice::SrcNetwork)?;
        match response.status() {
            200..=299 => {}
            401 | 403 => return Err(Notice::SrcUnauthorized),
            404 | 410 => return Err(Notice::SrcNotFound),
            413 => return Err(Notice::SrcTooLarge),
            other => return Err(Notice::SrcHttp(other)),
        }
        let declared =
            response.headers().get("content-length").ok().flatten().and_then(|v| v.trim().parse::<usize>().ok());
        if declared.is_some_and(|n| n > MAX_FILE_BYTES) {
            return Err(Notice::SrcTooLarge);
        }
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| Notice::SrcNetwork)?)
            .await
            .map_err(|_| Notice::SrcNetwork)?;
        let mut bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let size = bytes.len();
        bytes.truncate(MAX_FILE_BYTES);
        let name =
            url.split(['?', '#']).next().and_then(|p| p.rsplit('/').next()).filter(|n| !n.is_empty()).unwrap_or("nota");
        Ok(Source { name: name.chars().take(100).collect(), bytes: Rc::new(bytes), size, pdf_pages: 0 })
    }
}

/// Natively (server-side render tests) there is no page to embed in.
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use yew::Callback;

    use super::Config;
    use crate::engine::embed::Partners;
    use crate::shell::notice::Notice;
    use crate::shell::state::Source;

    pub fn meta(_name: &str) -> Option<String> {
        None
    }
    pub fn apply_page_settings(_config: &Config) {}
    pub fn announce_ready(_partners: &Partners) {}
    #[derive(Clone)]
    pub struct ReplyTo;
    impl ReplyTo {
        pub fn send_summary(&self, _summary: &str) {}
        pub fn refused(&self, _reason: &str) {}
    }
    pub fn listen(_partners: Partners, _on_open: Callback<(String, ReplyTo)>) -> Option<gloo::events::EventListener> {
        None
    }
    pub fn report_height(_partners: &Partners) {}
    pub async fn fetch_src(_url: &str) -> Result<Source, Notice> {
        Err(Notice::SrcNetwork)
    }
}
