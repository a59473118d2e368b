//! If anything panics in the browser, the patient sees a readable page instead of a dead app:
//! what happened, that their nota went nowhere, and a link to start again. Built with DOM text
//! nodes (never HTML from the message), in the language the URL asks for.
//!
//! `?selftest=panic` makes the app panic on purpose, so a deployer (and the end-to-end tests) can
//! see this page.

use crate::words::lang::Lang;
use crate::words::messages::app;

/// The words of the crash page: title, explanation, what to do, the link text, the details' title
/// (the page's own words: they are there whatever failed).
pub fn texts(lang: Lang) -> [&'static str; 5] {
    let p = crate::words::messages::shell(lang);
    [
        p[app::APP_CRASH_TITLE],
        p[app::APP_CRASH_TEXT],
        p[app::APP_CRASH_DO],
        p[app::APP_CRASH_AGAIN],
        p[app::APP_CRASH_DETAILS],
    ]
}

/// Shows the crash page in place of the app (wasm only; natively this does nothing).
pub fn show(detail: &str) {
    imp::show(detail);
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::texts;

    pub fn show(detail: &str) {
        let Some(window) = web_sys::window() else { return };
        let Some(document) = window.document() else { return };
        let lang = crate::shell::browser::url_lang();
        let [title, body, action, link, details_title] = texts(lang);
        let element = |tag: &str, text: &str| {
            let el = document.create_element(tag).ok()?;
            el.set_text_content(Some(text));
            Some(el)
        };
        let Some(page) = document.create_element("div").ok() else { return };
        page.set_class_name("crash");
        let _ = page.set_attribute("role", "alert");
        let _ = page.set_attribute("data-testid", "crash");
        for (tag, text) in [("h1", title), ("p", body), ("p", action)] {
            if let Some(el) = element(tag, text) {
                let _ = page.append_child(&el);
            }
        }
        // Start again: the same address without the self-test switch.
        let href = window
            .location()
            .href()
            .ok()
            .and_then(|h| web_sys::Url::new(&h).ok())
            .map(|url| {
                url.search_params().delete("selftest");
                url.href()
            })
            .unwrap_or_default();
        if let Some(a) = element("a", link) {
            let _ = a.set_attribute("href", &href);
            let _ = a.set_attribute("class", "crash-again");
            if let Some(p) = element("p", "") {
                let _ = p.append_child(&a);
                let _ = page.append_child(&p);
            }
        }
        if let (Some(details), Some(summary), Some(pre)) =
            (element("details", ""), element("summary", details_title), element("pre", detail))
        {
            let _ = details.append_child(&summary);
            let _ = details.append_child(&pre);
            let _ = page.append_child(&details);
        }
        let target = document.get_element_by_id("app").or_else(|| document.body().map(Into::into));
        if let Some(target) = target {
            target.set_text_content(None);
            let _ = target.append_child(&page);
        }
        web_sys::console::error_1(&format!("NotaWijzer stopped: {detail}").into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn show(_detail: &str) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_say_the_nota_went_nowhere() {
        assert!(texts(Lang::Nl)[1].contains("Uw nota is niet verstuurd"));
        assert!(texts(Lang::En)[1].contains("was not sent anywhere"));
    }
}
