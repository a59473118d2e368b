//! The views a deep link can open: `#/overzicht` (the default), `#/uitleg`, `#/cluster`,
//! `#/vergelijking`. The hash names a view, never data: nothing about a nota goes into a URL.

use yew::prelude::*;

pub use crate::words::labels::View;

/// The view in the URL's hash, following `hashchange`.
#[hook]
pub fn use_view() -> View {
    let view = use_state(|| View::from_hash(&super::browser::location_hash()));
    {
        let view = view.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "hashchange", move |_| {
                    let next = View::from_hash(&super::browser::location_hash());
                    view.set(next);
                    super::browser::focus(next.id());
                })
            });
            move || drop(listener)
        });
    }
    *view
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes() {
        for view in View::ALL {
            assert_eq!(View::from_hash(view.hash()), view);
        }
        assert_eq!(View::from_hash(""), View::Overview);
        assert_eq!(View::from_hash("#/uitleg/"), View::Lines);
        assert_eq!(View::from_hash("#/onbekend"), View::Overview);
        assert_eq!(View::from_hash("#vergelijking"), View::Comparison);
    }
}
