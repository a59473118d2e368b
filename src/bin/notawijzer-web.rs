//! The web app's entry point (built by Trunk for wasm32 with the `csr` feature).

/// A smaller allocator than the standard one (dlmalloc): 2.5 KB less first paint. Talc's WASM
/// setup: one thread, memory grown from the WebAssembly heap as needed.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    // A panic shows a readable page (shell::crash), not a dead app.
    yew::set_custom_panic_hook(Box::new(|info| notawijzer::shell::crash::show(&info.to_string())));
    // A page in another language than Dutch shows in it once its words are here (the loader
    // fetches them beside the WebAssembly); if they did not come, it shows in Dutch and says so.
    yew::platform::spawn_local(async {
        let lang = notawijzer::shell::browser::url_lang();
        let props = notawijzer::shell::AppProps {
            language_failed: (!notawijzer::shell::messages::load(lang).await).then_some(lang),
            ..Default::default()
        };
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
        match root {
            Some(root) => yew::Renderer::<notawijzer::shell::App>::with_root_and_props(root, props).render(),
            None => yew::Renderer::<notawijzer::shell::App>::with_props(props).render(),
        };
    });
}
