//! Another language's words, fetched when a patient chooses it (or the address names it): the
//! page's own (`messages/app.<lang>.txt`, small: the first screen waits for them) and the engine's
//! (`messages/<lang>.txt`), which go to the engine before its next answer
//! (`app::engine::give_messages`). Dutch is in the programs; in the browser tests every language is.

use crate::lang::Lang;
use crate::messages::{Table, has, install};

/// Makes the words of `lang` ready; `false` when they could not be fetched (the page says so and
/// stays in the language it had).
pub async fn load(lang: Lang) -> bool {
    if has(lang, Table::Shell) {
        return true;
    }
    let code = lang.code();
    let (shell, engine) = imp::texts(&format!("messages/app.{code}.txt"), &format!("messages/{code}.txt")).await;
    let (Some(shell), Some(engine)) = (shell, engine) else { return false };
    if !install(lang, Table::Shell, &shell) {
        return false;
    }
    crate::app::engine::give_messages(lang, shell.into(), engine.into());
    true
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// The texts at two addresses (same origin), fetched at the same time; `None` for one that
    /// did not come.
    pub async fn texts(a: &str, b: &str) -> (Option<String>, Option<String>) {
        let Some(window) = web_sys::window() else { return (None, None) };
        let (a, b) = (JsFuture::from(window.fetch_with_str(a)), JsFuture::from(window.fetch_with_str(b)));
        (text(a).await, text(b).await)
    }

    async fn text(fetched: JsFuture) -> Option<String> {
        let response: web_sys::Response = fetched.await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?).await.ok()?.as_string()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub async fn texts(_a: &str, _b: &str) -> (Option<String>, Option<String>) {
        (None, None)
    }
}
