//! The views a deep link can open: `#/overzicht` (the default), `#/uitleg`, `#/cluster`,
//! `#/vergelijking`. The hash names a view, never data: nothing about a nota goes into a URL.

use yew::prelude::*;

use crate::lang::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Overview,
    Lines,
    Cluster,
    Comparison,
}

impl View {
    pub const ALL: [View; 4] = [View::Overview, View::Lines, View::Cluster, View::Comparison];

    /// From `location.hash`; anything unknown is the overview.
    pub fn from_hash(hash: &str) -> View {
        match hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/') {
            "uitleg" | "explanation" => View::Lines,
            "cluster" => View::Cluster,
            "vergelijking" | "comparison" => View::Comparison,
            _ => View::Overview,
        }
    }

    pub fn hash(self) -> &'static str {
        match self {
            View::Overview => "#/overzicht",
            View::Lines => "#/uitleg",
            View::Cluster => "#/cluster",
            View::Comparison => "#/vergelijking",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "view-overzicht",
            View::Lines => "view-uitleg",
            View::Cluster => "view-cluster",
            View::Comparison => "view-vergelijking",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        self.label_for(lang, false)
    }

    /// The label; on a zorgprestatiemodel nota (`zpm`) the cluster view is the zorgvraagtype's.
    pub fn label_for(self, lang: Lang, zpm: bool) -> &'static str {
        match self {
            View::Overview => lang.pick("Overzicht", "Overview"),
            View::Lines => lang.pick("Uitleg per regel", "Line by line"),
            View::Cluster if zpm => lang.pick("Zorgvraagtype", "Care-need type"),
            View::Cluster => lang.pick("Zorgcluster", "Care cluster"),
            View::Comparison => lang.pick("Vergelijking DBC", "DBC comparison"),
        }
    }
}

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
