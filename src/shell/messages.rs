//! Another language's words, fetched when a patient chooses it (or the address names it): the
//! page's own (`messages/app.<lang>.txt`, small: the first screen waits for them) and the engine's
//! (`messages/<lang>.txt`), which go to the engine before its next answer
//! (`shell::engine::give_messages`). The fetching is the loader's (`assets/boot.js`: `nwTexts`; the
//! address's language is fetched beside the WebAssembly). Dutch is in the programs; in the browser
//! tests every language is.

use crate::words::lang::Lang;
use crate::words::messages::{Table, has};

/// Makes the words of `lang` ready; `false` when they could not be fetched (the page says so and
/// stays in the language it had, or shows in Dutch when the address named it).
/// (One future, boxed: the page's start and the language list share its code.)
pub fn load(lang: Lang) -> std::pin::Pin<Box<dyn Future<Output = bool>>> {
    Box::pin(async move { has(lang, Table::Shell) || imp::load(lang).await })
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::{Array, Promise};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    use crate::words::lang::Lang;

    #[wasm_bindgen]
    extern "C" {
        /// The promise of `[the page's table, the message for the engine]`, rejected when the words
        /// did not come (asked again, they are fetched again).
        #[wasm_bindgen(js_namespace = globalThis, js_name = nwTexts, catch)]
        fn nw_texts(code: &str) -> Result<Promise, JsValue>;
    }

    /// The page's table is taken here; the engine's goes to the engine as it came.
    pub async fn load(lang: Lang) -> bool {
        let Ok(promise) = nw_texts(lang.code()) else { return false };
        let Ok(words) = JsFuture::from(promise).await else { return false };
        let words: Array = words.unchecked_into();
        words.get(0).as_string().is_some_and(|shell| crate::words::messages::install_shell(lang, shell)) && {
            crate::shell::engine::give_messages(words.get(1));
            true
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub async fn load(_lang: crate::words::lang::Lang) -> bool {
        false
    }
}
