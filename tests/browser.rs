//! The shell mounted in a real DOM, in headless Chromium (wasm-bindgen-test). The engine answers in
//! the page (feature `inline-engine`), through the same encoded messages as the worker.
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use notawijzer::shell::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh mount point for one test, in a page the loader prepared: `assets/boot.js` sets the
/// PDF and picture reader's globals before the shell starts; here they read nothing (these tests
/// open text), as the loader's do before a PDF or a picture is opened.
fn mount() -> Element {
    let global = js_sys::global();
    for (name, body) in
        [("nwRead", "return Promise.resolve('!Unavailable')"), ("nwStrip", "return ''"), ("nwForget", "")]
    {
        let _ = js_sys::Reflect::set(&global, &name.into(), &js_sys::Function::new_no_args(body));
    }
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::default()).render();
    root
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn by_test_id<T: JsCast>(root: &Element, id: &str) -> T {
    root.query_selector(&format!("[data-testid={id}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no {id}"))
        .dyn_into::<T>()
        .unwrap()
}

/// A language's button in the language list (each is named by its language's own name and marked
/// with its `lang`).
fn lang_button(root: &Element, code: &str) -> HtmlButtonElement {
    root.query_selector(&format!(".lang-switch button[lang={code}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no button for {code}"))
        .dyn_into()
        .unwrap()
}

/// Opens a view by its deep link, as a patient following a link would.
fn go(hash: &str) {
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
}

/// Waits (up to about 5 s) until the text appears; file reading in the browser is asynchronous.
async fn wait_for(root: &Element, needle: &str) {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if text(root).contains(needle) {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    panic!("{needle:?} never appeared in: {}", text(root));
}

#[wasm_bindgen_test]
async fn the_example_button_shows_the_numbers() {
    let root = mount();
    yew::scheduler::flush().await;
    by_test_id::<HtmlButtonElement>(&root, "example-button").click();
    wait_for(&root, "€ 8.700,00").await;
    assert!(text(&root).contains("€ 1.300,00"));
    // focus moves to the results, so a screen reader user hears them
    yew::scheduler::flush().await;
    let focused = document().active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(focused, "glance-heading");
    go("#/vergelijking");
    wait_for(&root, "€ 350,00 minder").await;
    assert!(text(&root).contains("€ 9.050,00"));
    go("#/cluster");
    wait_for(&root, "Psychische aandoening ernstig").await;
    assert!(text(&root).contains("1 mei 2017"));
    go("");
    root.remove();
}

#[wasm_bindgen_test]
async fn files_chosen_in_the_file_input_are_read() {
    let root = mount();
    yew::scheduler::flush().await;
    let transfer = web_sys::DataTransfer::new().unwrap();
    for (name, body) in [
        ("henk-2017-02-zorgcluster.txt", include_str!("fixtures/henk-2017-02-zorgcluster.txt")),
        ("henk-2017-02-dbc.txt", include_str!("fixtures/henk-2017-02-dbc.txt")),
    ] {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
        let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
        transfer.items().add_with_file(&file).unwrap();
    }
    let input: HtmlInputElement = by_test_id(&root, "file-input");
    input.set_files(transfer.files().as_ref());
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    wait_for(&root, "€ 8.700,00").await;
    go("#/vergelijking");
    wait_for(&root, "€ 350,00 minder").await;
    go("");
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_changes_the_page_and_the_url() {
    let root = mount();
    yew::scheduler::flush().await;
    by_test_id::<HtmlButtonElement>(&root, "example-button").click();
    wait_for(&root, "€ 8.700,00").await;
    lang_button(&root, "en").click();
    // the shell's own words first (a language's words may have to arrive); the nota's once the
    // engine rendered it again
    wait_for(&root, "Line by line").await;
    wait_for(&root, "€8,700.00").await;
    assert!(!text(&root).contains("€ 8.700,00"));
    go("#/cluster");
    wait_for(&root, "Your care cluster").await;
    go("");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("lang=en"), "{search}");
    lang_button(&root, "nl").click();
    wait_for(&root, "Uitleg per regel").await;
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("nl"));
    root.remove();
}

#[wasm_bindgen_test]
async fn pasted_hostile_text_stays_text() {
    let root = mount();
    yew::scheduler::flush().await;
    let area: web_sys::HtmlTextAreaElement = by_test_id(&root, "paste-text");
    area.set_value(
        "Zorgnota\n<img src=x onerror=\"window.__pwned=1\">\nDeclaratie februari 2017\nConsult (15-2): € 100\n",
    );
    by_test_id::<HtmlButtonElement>(&root, "paste-button").click();
    wait_for(&root, "€ 100,00").await;
    go("#/uitleg");
    wait_for(&root, "<img src=x").await;
    assert!(root.query_selector("img").unwrap().is_none(), "no element was made from the text");
    go("");
    assert!(js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap().is_undefined());
    root.remove();
}

#[wasm_bindgen_test]
fn the_crash_page_shows_the_detail_as_text() {
    let app = document().create_element("div").unwrap();
    app.set_id("app");
    document().body().unwrap().append_child(&app).unwrap();
    notawijzer::shell::crash::show("<img src=x onerror=\"window.__crashed=1\">");
    let crash = app.query_selector("[data-testid=crash]").unwrap().expect("the crash page");
    assert!(text(&crash).contains("Er ging iets mis in NotaWijzer"));
    assert!(text(&crash).contains("<img src=x"), "the detail is shown as characters");
    assert!(crash.query_selector("img").unwrap().is_none());
    assert_eq!(crash.get_attribute("role").as_deref(), Some("alert"));
    app.remove();
}
