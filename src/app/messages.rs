//! Another language's words, fetched when a patient chooses it (or the address names it): the
//! page's own (`messages/app.<lang>.txt`, small: the first screen waits for them) and the engine's
//! (`messages/<lang>.txt`), which go to the engine before its next answer
//! (`app::engine::give_messages`). The fetching is the loader's (`assets/boot.js`: `nwTexts`,
//! and `nwEarly` for the language of the address, fetched beside the WebAssembly). Dutch is in
//! the programs; in the browser tests every language is.

use crate::lang::Lang;
use crate::messages::{Table, has, install};

/// Takes the words the loader fetched for the address's language, before the page first shows;
/// `false` when that language's words did not come (the page is Dutch, and says so).
pub fn take_early(lang: Lang) -> bool {
    has(lang, Table::Shell) || imp::early().is_some_and(|(code, shell, engine)| code == lang.code() && take(lang, shell, engine))
}

/// Makes the words of `lang` ready; `false` when they could not be fetched (the page says so and
/// stays in the language it had).
pub async fn load(lang: Lang) -> bool {
    if has(lang, Table::Shell) {
        return true;
    }
    match imp::texts(lang.code()).await {
        Some((shell, engine)) => take(lang, shell, engine),
        None => false,
    }
}

/// The page's table and the engine's (given to the engine as it is).
fn take(lang: Lang, shell: String, engine: String) -> bool {
    install(lang, Table::Shell, &shell) && {
        crate::app::engine::give_messages(lang, engine);
        true
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::{Array, Promise};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = globalThis, js_name = nwTexts, catch)]
        fn nw_texts(code: &str) -> Result<Promise, JsValue>;
        #[wasm_bindgen(thread_local_v2, js_namespace = globalThis, js_name = nwEarly)]
        static NW_EARLY: JsValue;
    }

    fn pair(value: &JsValue) -> Option<(String, String)> {
        let a = value.dyn_ref::<Array>()?;
        Some((a.get(0).as_string()?, a.get(1).as_string()?))
    }

    /// `[code, [shell table, engine table]]`, as the loader left it.
    pub fn early() -> Option<(String, String, String)> {
        NW_EARLY.with(|v| {
            let a = v.dyn_ref::<Array>()?;
            let (shell, engine) = pair(&a.get(1))?;
            Some((a.get(0).as_string()?, shell, engine))
        })
    }

    pub async fn texts(code: &str) -> Option<(String, String)> {
        let fetched = JsFuture::from(nw_texts(code).ok()?).await.ok()?;
        pair(&fetched)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn early() -> Option<(String, String, String)> {
        None
    }

    pub async fn texts(_code: &str) -> Option<(String, String)> {
        None
    }
}
