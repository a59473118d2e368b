//! Another language's words, fetched when a patient chooses it (or the address names it): the
//! page's own (`messages/app.<lang>.txt`, small: the first screen waits for them) and the engine's
//! (`messages/<lang>.txt`), which go to the engine before its next answer
//! (`app::engine::give_messages`). The fetching is the loader's (`assets/boot.js`: `nwTexts`; the
//! address's language is fetched beside the WebAssembly). Dutch is in the programs; in the browser
//! tests every language is.

use crate::lang::Lang;
use crate::messages::{Table, has, install_shell};

/// Takes the words the loader fetched for the address's language, before the page first shows;
/// `false` when that language's words did not come (the page is Dutch, and says so).
pub fn take_early(lang: Lang) -> bool {
    has(lang, Table::Shell) || imp::early(lang.code()).is_some_and(|(shell, engine)| take(lang, shell, engine))
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
    install_shell(lang, shell) && {
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
        /// `[shell table, engine table]` for a language fetched already (the address's), else a
        /// promise of it (`null` when it did not come).
        #[wasm_bindgen(js_namespace = globalThis, js_name = nwTexts, catch)]
        fn nw_texts(code: &str) -> Result<JsValue, JsValue>;
    }

    fn pair(value: &JsValue) -> Option<(String, String)> {
        let a = value.dyn_ref::<Array>()?;
        Some((a.get(0).as_string()?, a.get(1).as_string()?))
    }

    /// The words the loader fetched beside the WebAssembly.
    pub fn early(code: &str) -> Option<(String, String)> {
        pair(&nw_texts(code).ok()?)
    }

    pub async fn texts(code: &str) -> Option<(String, String)> {
        let fetched = nw_texts(code).ok()?;
        let fetched = match fetched.dyn_into::<Promise>() {
            Ok(promise) => JsFuture::from(promise).await.ok()?,
            Err(ready) => ready,
        };
        pair(&fetched)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn early(_code: &str) -> Option<(String, String)> {
        None
    }

    pub async fn texts(_code: &str) -> Option<(String, String)> {
        None
    }
}
