//! The web app's entry point (built by Trunk for wasm32 with the `csr` feature).

fn main() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<notawijzer::app::App>::with_root(root).render(),
        None => yew::Renderer::<notawijzer::app::App>::new().render(),
    };
}
