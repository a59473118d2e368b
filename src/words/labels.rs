//! The app's own words (headings, buttons, hints), from the messages (`app-*`, `view-*`). Sentences about the nota
//! itself come from the core (`crate::words::explain`).

use crate::words::lang::Lang;
use crate::words::messages::{Table, app, m};

/// The page's words in one language: each is a message without values (`app-<name>`), read
/// from the language's table where it is used.
pub struct Labels {
    p: &'static crate::words::messages::Shell,
    /// The static pages' addresses (pages/, `crate::engine::pages`), in the order of [`Labels::page_links`].
    pages: &'static [&'static str; 4],
}

impl Labels {
    pub fn title(&self) -> &'static str {
        self.p[app::APP_TITLE]
    }

    pub fn tagline(&self) -> &'static str {
        self.p[app::APP_TAGLINE]
    }

    pub fn skip_link(&self) -> &'static str {
        self.p[app::APP_SKIP_LINK]
    }

    pub fn lang_switch(&self) -> &'static str {
        self.p[app::APP_LANG_SWITCH]
    }

    pub fn open_heading(&self) -> &'static str {
        self.p[app::APP_OPEN_HEADING]
    }

    pub fn privacy(&self) -> &'static str {
        self.p[app::APP_PRIVACY]
    }

    pub fn choose_files(&self) -> &'static str {
        self.p[app::APP_CHOOSE_FILES]
    }

    pub fn file_hint(&self) -> &'static str {
        self.p[app::APP_FILE_HINT]
    }

    /// The camera button (phones open the camera; elsewhere it chooses a picture).
    pub fn take_photo(&self) -> &'static str {
        self.p[app::APP_TAKE_PHOTO]
    }

    pub fn drop_here(&self) -> &'static str {
        self.p[app::APP_DROP_HERE]
    }

    pub fn paste_summary(&self) -> &'static str {
        self.p[app::APP_PASTE_SUMMARY]
    }

    pub fn paste_label(&self) -> &'static str {
        self.p[app::APP_PASTE_LABEL]
    }

    pub fn paste_hint(&self) -> &'static str {
        self.p[app::APP_PASTE_HINT]
    }

    pub fn paste_button(&self) -> &'static str {
        self.p[app::APP_PASTE_BUTTON]
    }

    pub fn example_button(&self) -> &'static str {
        self.p[app::APP_EXAMPLE_BUTTON]
    }

    pub fn clear_button(&self) -> &'static str {
        self.p[app::APP_CLEAR_BUTTON]
    }

    pub fn print_button(&self) -> &'static str {
        self.p[app::APP_PRINT_BUTTON]
    }

    pub fn reading(&self) -> &'static str {
        self.p[app::APP_READING]
    }

    /// The static pages (pages/, src/engine/pages.rs): how NotaWijzer checks, privacy, accessibility;
    /// each `(link text, address)`. The checks page also holds whom to ask ("#vragen").
    pub fn page_links(&self) -> [(&'static str, &'static str); 4] {
        let (p, a) = (self.p, self.pages);
        [
            (p[app::APP_PAGE_ASK], a[0]),
            (p[app::APP_PAGE_CHECKS], a[1]),
            (p[app::APP_PAGE_PRIVACY], a[2]),
            (p[app::APP_PAGE_ACCESSIBILITY], a[3]),
        ]
    }

    /// The open panel, folded once a nota is shown.
    pub fn open_again(&self) -> &'static str {
        self.p[app::APP_OPEN_AGAIN]
    }

    pub fn letter_label(&self) -> &'static str {
        self.p[app::APP_LETTER_LABEL]
    }

    pub fn letter_hint(&self) -> &'static str {
        self.p[app::APP_LETTER_HINT]
    }

    pub fn copy_button(&self) -> &'static str {
        self.p[app::APP_COPY_BUTTON]
    }

    pub fn copied(&self) -> &'static str {
        self.p[app::APP_COPIED]
    }

    pub fn copy_failed(&self) -> &'static str {
        self.p[app::APP_COPY_FAILED]
    }

    pub fn lines_heading(&self) -> &'static str {
        self.p[app::APP_LINES_HEADING]
    }

    pub fn cluster_heading(&self) -> &'static str {
        self.p[app::APP_CLUSTER_HEADING]
    }

    pub fn comparison_heading(&self) -> &'static str {
        self.p[app::APP_COMPARISON_HEADING]
    }

    pub fn footer_privacy(&self) -> &'static str {
        self.p[app::APP_FOOTER_PRIVACY]
    }

    pub fn footer_sources(&self) -> &'static str {
        self.p[app::APP_FOOTER_SOURCES]
    }

    pub fn footer_disclaimer(&self) -> &'static str {
        self.p[app::APP_FOOTER_DISCLAIMER]
    }

    /// A nota chosen before the engine (reading, checking) arrived.
    pub fn engine_loading(&self) -> &'static str {
        self.p[app::APP_ENGINE_LOADING]
    }

    /// The engine could not be loaded: what happened, and that the nota is kept.
    pub fn engine_failed(&self) -> &'static str {
        self.p[app::APP_ENGINE_FAILED]
    }

    pub fn retry_button(&self) -> &'static str {
        self.p[app::APP_RETRY_BUTTON]
    }

    pub fn lines_empty(&self) -> &'static str {
        self.p[app::APP_LINES_EMPTY]
    }

    pub fn example_zpm_button(&self) -> &'static str {
        self.p[app::APP_EXAMPLE_ZPM_BUTTON]
    }

    /// The views' names (the navigation), and the navigation's own.
    pub fn view_overview(&self) -> &'static str {
        self.p[app::APP_VIEW_OVERVIEW]
    }

    pub fn view_lines(&self) -> &'static str {
        self.p[app::APP_VIEW_LINES]
    }

    pub fn view_zvt(&self) -> &'static str {
        self.p[app::APP_VIEW_ZVT]
    }

    pub fn view_cluster(&self) -> &'static str {
        self.p[app::APP_VIEW_CLUSTER]
    }

    pub fn view_comparison(&self) -> &'static str {
        self.p[app::APP_VIEW_COMPARISON]
    }

    pub fn view_sections(&self) -> &'static str {
        self.p[app::APP_VIEW_SECTIONS]
    }

    /// A language whose words no native speaker working in care has checked yet says so.
    pub fn not_reviewed(&self) -> &'static str {
        self.p[app::APP_NOT_REVIEWED]
    }
}

/// The static pages' addresses per language (pages/, `crate::engine::pages`).
const PAGES: [[&str; 4]; 6] = [
    ["pages/controles.html#vragen", "pages/controles.html", "pages/privacy.html", "pages/toegankelijkheid.html"],
    ["pages/checks.html#vragen", "pages/checks.html", "pages/privacy-en.html", "pages/accessibility.html"],
    ["pages/checks-tr.html#vragen", "pages/checks-tr.html", "pages/privacy-tr.html", "pages/accessibility-tr.html"],
    ["pages/checks-ar.html#vragen", "pages/checks-ar.html", "pages/privacy-ar.html", "pages/accessibility-ar.html"],
    ["pages/checks-pl.html#vragen", "pages/checks-pl.html", "pages/privacy-pl.html", "pages/accessibility-pl.html"],
    ["pages/checks-uk.html#vragen", "pages/checks-uk.html", "pages/privacy-uk.html", "pages/accessibility-uk.html"],
];

/// A label lives as long as the page: each language's labels are made once.
fn leak(s: String) -> &'static str {
    s.leak()
}

/// The Dutch labels, worked out when compiling.
static NL_LABELS: Labels = Labels { p: crate::words::messages::NL_SHELL, pages: &PAGES[0] };

/// Labels are constants: two are equal when they are the same table.
impl PartialEq for Labels {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

thread_local! {
    static MADE: std::cell::RefCell<[Option<&'static Labels>; 6]> = const { std::cell::RefCell::new([None; 6]) };
    static MADE_VIEWS: std::cell::RefCell<[Option<&'static ViewLabels>; 6]> = const { std::cell::RefCell::new([None; 6]) };
}

/// The page's words in `lang` (Dutch until that language's messages have arrived).
pub fn labels(lang: Lang) -> &'static Labels {
    if lang == Lang::Nl || !crate::words::messages::has(lang, Table::Shell) {
        return &NL_LABELS;
    }
    MADE.with_borrow_mut(|made| {
        *made[lang.index()].get_or_insert_with(|| {
            Box::leak(Box::new(Labels { p: crate::words::messages::shell(lang), pages: &PAGES[lang.index()] }))
        })
    })
}

/// The views a deep link can open (`shell::route` follows the hash); the engine links to them too.
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
            View::Overview => labels(lang).view_overview(),
            View::Lines => labels(lang).view_lines(),
            View::Cluster if zpm => labels(lang).view_zvt(),
            View::Cluster => labels(lang).view_cluster(),
            View::Comparison => labels(lang).view_comparison(),
        }
    }
}

/// The words of the views the engine lays out (`crate::engine::markup`): headings, labels of facts and
/// charts. Apart from the shell's [`Labels`], so the page does not carry them.
pub struct ViewLabels {
    /// The language these words are in.
    pub lang: Lang,
    /// What the cluster and the comparison views are about.
    pub cluster_intro: &'static str,
    pub comparison_intro: &'static str,
    /// "Wat betaalt u?" and its form.
    pub payment_heading: &'static str,
    pub payment_private: &'static str,
    pub no_contract: &'static str,
    pub percent_label: &'static str,
    pub percent_hint: &'static str,
    pub used_hint: &'static str,
    /// The shell's words the views use too (headings of views, the pages' addresses).
    pub shell: &'static Labels,
    pub glance_heading: &'static str,
    /// After each finding: where its check is explained (opens in a new tab, the nota stays).
    pub how_checked: &'static str,
    pub asks: &'static str,
    pub so_far: &'static str,
    pub findings_heading: &'static str,
    /// "Goed om te weten": what is no error but worth knowing.
    pub notes_heading: &'static str,
    /// The glance's link to what is worth knowing, with what NotaWijzer checks and what not.
    pub more_notes: &'static str,
    pub ask_heading: &'static str,
    pub pdf_read_note: &'static str,
    pub picture_read_note: &'static str,
    pub picture_correct: &'static str,
    /// Text ran to the edge of the picture.
    pub picture_cut: &'static str,
    /// Beside a line read from a picture: the strip's description, and its uncertain words.
    pub strip_alt: &'static str,
    pub from_picture: &'static str,
    pub unsure: &'static str,
    pub stays_heading: &'static str,
    pub show_more: &'static str,
    pub cluster_none: &'static str,
    pub tree_label: &'static str,
    pub your_cluster: &'static str,
    pub catalogue_summary: &'static str,
    pub review_heading: &'static str,
    pub review_date: &'static str,
    pub review_status: &'static str,
    pub review_interval: &'static str,
    pub review_latest: &'static str,
    pub chart_title: &'static str,
    pub dbc_model: &'static str,
    pub before: &'static str,
    pub this_month: &'static str,
    pub product: &'static str,
    pub stays: &'static str,
    pub other: &'static str,
    pub errors_heading: &'static str,
    pub errors_intro: &'static str,
    pub source_label: &'static str,
    pub unreadable_file: &'static str,
    pub number: &'static str,
    pub name: &'static str,
    pub group: &'static str,
    pub supercluster: &'static str,
    pub period: &'static str,
    /// Under the first findings of many: show them all.
    pub show_all_findings: &'static str,
    pub zvt_heading: &'static str,
    pub zvt_none: &'static str,
    pub zvt_tree: &'static str,
    pub zvt_yours: &'static str,
    pub retype_heading: &'static str,
    pub retype_due: &'static str,
}

/// The views' words in `lang`, from its messages (`view-*`).
fn build_views(lang: Lang) -> ViewLabels {
    ViewLabels {
        lang,
        cluster_intro: leak(m::view_cluster_intro(lang)),
        comparison_intro: leak(m::view_comparison_intro(lang)),
        payment_heading: leak(m::view_payment_heading(lang)),
        payment_private: leak(m::view_payment_private(lang)),
        no_contract: leak(m::view_no_contract(lang)),
        percent_label: leak(m::view_percent_label(lang)),
        percent_hint: leak(m::view_percent_hint(lang)),
        used_hint: leak(m::view_used_hint(lang)),
        shell: labels(lang),
        glance_heading: leak(m::view_glance_heading(lang)),
        how_checked: leak(m::view_how_checked(lang)),
        asks: leak(m::view_asks(lang)),
        so_far: leak(m::view_so_far(lang)),
        findings_heading: leak(m::view_findings_heading(lang)),
        notes_heading: leak(m::view_notes_heading(lang)),
        more_notes: leak(m::view_notes_more(lang)),
        ask_heading: leak(m::view_ask_heading(lang)),
        pdf_read_note: leak(m::view_pdf_read_note(lang)),
        picture_read_note: leak(m::view_picture_read_note(lang)),
        picture_correct: leak(m::view_picture_correct(lang)),
        picture_cut: leak(m::view_picture_cut(lang)),
        strip_alt: leak(m::view_strip_alt(lang)),
        from_picture: leak(m::view_from_picture(lang)),
        unsure: leak(m::view_unsure(lang)),
        stays_heading: leak(m::view_stays_heading(lang)),
        show_more: leak(m::view_show_more(lang)),
        cluster_none: leak(m::view_cluster_none(lang)),
        tree_label: leak(m::view_tree_label(lang)),
        your_cluster: leak(m::view_your_cluster(lang)),
        catalogue_summary: leak(m::view_catalogue_summary(lang)),
        review_heading: leak(m::view_review_heading(lang)),
        review_date: leak(m::view_review_date(lang)),
        review_status: leak(m::view_review_status(lang)),
        review_interval: leak(m::view_review_interval(lang)),
        review_latest: leak(m::view_review_latest(lang)),
        chart_title: leak(m::view_chart_title(lang)),
        dbc_model: leak(m::view_dbc_model(lang)),
        before: leak(m::view_before(lang)),
        this_month: leak(m::view_this_month(lang)),
        product: leak(m::view_product(lang)),
        stays: leak(m::view_stays(lang)),
        other: leak(m::view_other(lang)),
        errors_heading: leak(m::view_errors_heading(lang)),
        errors_intro: leak(m::view_errors_intro(lang)),
        source_label: leak(m::view_source_label(lang)),
        unreadable_file: leak(m::view_unreadable_file(lang)),
        number: leak(m::view_number(lang)),
        name: leak(m::view_name(lang)),
        group: leak(m::view_group(lang)),
        supercluster: leak(m::view_supercluster(lang)),
        period: leak(m::view_period(lang)),
        show_all_findings: leak(m::view_show_all_findings(lang)),
        zvt_heading: leak(m::view_zvt_heading(lang)),
        zvt_none: leak(m::view_zvt_none(lang)),
        zvt_tree: leak(m::view_zvt_tree(lang)),
        zvt_yours: leak(m::view_zvt_yours(lang)),
        retype_heading: leak(m::view_retype_heading(lang)),
        retype_due: leak(m::view_retype_due(lang)),
    }
}

/// The views' words in `lang` (Dutch until that language's messages have arrived).
pub fn view_labels(lang: Lang) -> &'static ViewLabels {
    let lang = if crate::words::messages::has(lang, Table::Engine) { lang } else { Lang::Nl };
    MADE_VIEWS.with_borrow_mut(|made| *made[lang.index()].get_or_insert_with(|| Box::leak(Box::new(build_views(lang)))))
}
