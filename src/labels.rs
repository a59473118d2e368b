//! The app's own words (headings, buttons, hints) in Dutch and English. Sentences about the nota
//! itself come from the core (`crate::explain`).

use crate::lang::Lang;

pub struct Labels {
    pub title: &'static str,
    pub tagline: &'static str,
    pub skip_link: &'static str,
    pub lang_switch: &'static str,
    pub open_heading: &'static str,
    pub privacy: &'static str,
    pub choose_files: &'static str,
    pub file_hint: &'static str,
    /// The camera button (phones open the camera; elsewhere it chooses a picture).
    pub take_photo: &'static str,
    pub drop_here: &'static str,
    pub paste_summary: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_button: &'static str,
    pub example_button: &'static str,
    pub clear_button: &'static str,
    pub print_button: &'static str,
    pub reading: &'static str,
    /// The static pages (pages/, src/pages.rs): how NotaWijzer checks, privacy, accessibility;
    /// each `(link text, address)`. The checks page also holds whom to ask ("#vragen").
    pub page_links: [(&'static str, &'static str); 4],
    /// The open panel, folded once a nota is shown.
    pub open_again: &'static str,
    pub letter_label: &'static str,
    pub letter_hint: &'static str,
    pub copy_button: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub lines_heading: &'static str,
    pub cluster_heading: &'static str,
    pub comparison_heading: &'static str,
    pub footer_privacy: &'static str,
    pub footer_sources: &'static str,
    pub footer_disclaimer: &'static str,
    pub cluster_intro: &'static str,
    pub comparison_intro: &'static str,
    /// A nota chosen before the engine (reading, checking) arrived.
    pub engine_loading: &'static str,
    /// The engine could not be loaded: what happened, and that the nota is kept.
    pub engine_failed: &'static str,
    pub retry_button: &'static str,
    pub lines_empty: &'static str,
    pub example_zpm_button: &'static str,
}

pub const NL: Labels = Labels {
    title: "NotaWijzer ggz",
    tagline: "Begrijp uw zorgnota voor geestelijke gezondheidszorg",
    skip_link: "Ga direct naar de inhoud",
    lang_switch: "Taal",
    open_heading: "Open uw nota",
    privacy: "Uw nota blijft op uw eigen apparaat. NotaWijzer stuurt niets door en bewaart niets.",
    choose_files: "Kies een of meer bestanden",
    file_hint: "De PDF van uw nota of een foto ervan (tot 10 MB), of een tekst-, CSV- of JSON-bestand (tot 4 MB); ook meer tegelijk.",
    take_photo: "Maak een foto van uw nota",
    drop_here: "U kunt de bestanden ook hierheen slepen.",
    paste_summary: "Of plak de tekst van uw nota",
    paste_label: "Tekst van de nota",
    paste_hint: "Kopieer de tekst uit uw nota (bijvoorbeeld uit een e-mail of PDF) en plak die hier.",
    paste_button: "Lees deze tekst",
    example_button: "Bekijk het voorbeeld (Meneer Henk)",
    clear_button: "Begin opnieuw",
    print_button: "Afdrukken",
    reading: "Bezig met lezen…",
    page_links: [
        ("Klopt er iets niet?", "pages/controles.html#vragen"),
        ("Hoe NotaWijzer controleert", "pages/controles.html"),
        ("Privacy", "pages/privacy.html"),
        ("Toegankelijkheid", "pages/toegankelijkheid.html"),
    ],
    open_again: "Andere nota openen",
    letter_label: "Tekst om te versturen (zonder BSN of medische gegevens)",
    letter_hint: "U kunt deze tekst kopiëren en in een e-mail of op het contactformulier van uw zorgverzekeraar plakken.",
    copy_button: "Kopieer de tekst",
    copied: "De tekst is gekopieerd.",
    copy_failed: "Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.",
    lines_heading: "Alle regels uitgelegd",
    cluster_heading: "Uw zorgcluster",
    comparison_heading: "Vergelijking met het oude DBC-model",
    footer_privacy: "NotaWijzer werkt helemaal in uw browser: uw nota gaat nergens heen.",
    footer_sources: "Bronnen: NZa, presentatie zorgclustermodel (2017); Kamerbrief 2 maart 2020; de Engelse Mental Health Clustering Tool (clusters en reviewtermijnen).",
    footer_disclaimer: "NotaWijzer legt uit; het is geen advies. Twijfelt u? Vraag het uw zorgverzekeraar.",
    cluster_intro: "In het zorgclustermodel hoort elke patiënt bij een van 21 zorgclusters, op basis van een vragenlijst (HoNOS+). Elk cluster hoort bij een groep en een supercluster, en heeft een vaste termijn waarbinnen de zorg opnieuw bekeken wordt (review). Open uw nota om uw eigen cluster te zien.",
    engine_loading: "NotaWijzer wordt geladen…",
    engine_failed: "Het deel van NotaWijzer dat nota's leest, laadde niet. Misschien is de verbinding weggevallen. Uw nota is bewaard: probeer het opnieuw.",
    retry_button: "Opnieuw proberen",
    comparison_intro: "Tot 2022 werd ggz betaald met DBC's: één bedrag voor het hele behandeltraject, gekozen op de diagnosegroep en het aantal behandelminuten, plus de dagen in de kliniek. In het zorgclustermodel komt er elke maand een nota.",
    lines_empty: "Open eerst een nota. Dan staat hier elke regel uitgelegd.",
    example_zpm_button: "Bekijk een voorbeeld van nu (2025)",
};

pub const EN: Labels = Labels {
    title: "NotaWijzer ggz",
    tagline: "Understand your Dutch mental-health-care statement",
    skip_link: "Skip to the content",
    lang_switch: "Language",
    open_heading: "Open your statement",
    privacy: "Your statement stays on your own device. NotaWijzer sends nothing anywhere and keeps nothing.",
    choose_files: "Choose one or more files",
    file_hint: "The PDF of your statement or a photo of it (up to 10 MB), or a text, CSV or JSON file (up to 4 MB); several at once too.",
    take_photo: "Take a photo of your statement",
    drop_here: "You can also drag the files here.",
    paste_summary: "Or paste the text of your statement",
    paste_label: "Text of the statement",
    paste_hint: "Copy the text from your statement (for example from an e-mail or PDF) and paste it here.",
    paste_button: "Read this text",
    example_button: "See the example (Meneer Henk)",
    clear_button: "Start again",
    print_button: "Print",
    reading: "Reading…",
    page_links: [
        ("Does something look wrong?", "pages/checks.html#vragen"),
        ("How NotaWijzer checks", "pages/checks.html"),
        ("Privacy", "pages/privacy-en.html"),
        ("Accessibility", "pages/accessibility.html"),
    ],
    open_again: "Open another statement",
    letter_label: "Text to send (without citizen service number or medical details)",
    letter_hint: "You can copy this text and paste it into an e-mail or your insurer's contact form.",
    copy_button: "Copy the text",
    copied: "The text has been copied.",
    copy_failed: "Copying did not work. Select the text and copy it yourself.",
    lines_heading: "Every line explained",
    cluster_heading: "Your care cluster",
    comparison_heading: "Comparison with the old DBC model",
    footer_privacy: "NotaWijzer works entirely in your browser: your statement goes nowhere.",
    footer_sources: "Sources: NZa, care cluster model presentation (2017); letter to parliament of 2 March 2020; the English Mental Health Clustering Tool (clusters and review periods).",
    footer_disclaimer: "NotaWijzer explains; it does not advise. In doubt? Ask your health insurer.",
    cluster_intro: "In the care cluster model every patient belongs to one of 21 care clusters, based on a questionnaire (HoNOS+). Each cluster belongs to a group and a supercluster, and has a fixed period within which care is looked at again (review). Open your statement to see your own cluster.",
    engine_loading: "NotaWijzer is loading…",
    engine_failed: "The part of NotaWijzer that reads statements did not load. Perhaps the connection dropped. Your statement has been kept: please try again.",
    retry_button: "Try again",
    comparison_intro: "Until 2022 mental health care in the Netherlands was paid through DBCs: one amount for the whole course of treatment, chosen by diagnosis group and minutes of treatment, plus the days in the clinic. Under the care cluster model a statement comes every month.",
    lines_empty: "Open a statement first. Then every line is explained here.",
    example_zpm_button: "See a current example (2025)",
};

/// Labels are constants: two are equal when they are the same table.
impl PartialEq for Labels {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The views a deep link can open (`app::route` follows the hash); the engine links to them too.
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

/// The words of the views the engine lays out (`crate::markup`): headings, labels of facts and
/// charts. Apart from the shell's [`Labels`], so the page does not carry them.
pub struct ViewLabels {
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
    pub ask_heading: &'static str,
    /// The text NotaWijzer rebuilt from a PDF, to look at.
    pub pdf_read: &'static str,
    pub pdf_read_note: &'static str,
    /// The text recognised in a photo or a scan, to look at and correct.
    pub picture_read: &'static str,
    pub picture_read_note: &'static str,
    pub picture_correct: &'static str,
    /// Text ran to the edge of the picture.
    pub picture_cut: &'static str,
    /// Beside a line read from a picture: the strip's description, and its uncertain words.
    pub strip_alt: &'static str,
    pub from_picture: &'static str,
    pub unsure: &'static str,
    pub pages: &'static str,
    /// One page: "pagina", "page".
    pub page: &'static str,
    pub line_word: &'static str,
    pub stays_heading: &'static str,
    pub show_more: &'static str,
    pub shown_of: &'static str,
    pub cluster_none: &'static str,
    pub cluster_unknown: &'static str,
    pub tree_label: &'static str,
    pub your_cluster: &'static str,
    pub catalogue_summary: &'static str,
    pub review_heading: &'static str,
    pub review_date: &'static str,
    pub review_status: &'static str,
    pub review_interval: &'static str,
    pub review_latest: &'static str,
    pub chart_title: &'static str,
    pub cluster_model: &'static str,
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
    pub statement_cluster: &'static str,
    pub statement_dbc: &'static str,
    pub statement_zpm: &'static str,
    pub sequence: &'static str,
    pub number: &'static str,
    pub name: &'static str,
    pub group: &'static str,
    pub supercluster: &'static str,
    pub period: &'static str,
    pub patient: &'static str,
    /// Under the first findings of many: show them all.
    pub show_all_findings: &'static str,
    pub zvt_heading: &'static str,
    pub zvt_none: &'static str,
    pub zvt_unknown: &'static str,
    pub zvt_tree: &'static str,
    pub zvt_yours: &'static str,
    pub retype_heading: &'static str,
    pub retype_due: &'static str,
}

pub const VIEW_NL: ViewLabels = ViewLabels {
    payment_heading: "Wat betaalt u?",
    payment_private: "Wat u hieronder invult, blijft in deze pagina: het staat niet in de link, wordt niet bewaard en gaat nergens heen. Met „Begin opnieuw” is het weg.",
    no_contract: "Mijn zorgaanbieder heeft geen contract met mijn zorgverzekeraar",
    percent_label: "Welk percentage vergoedt uw polis bij zorg zonder contract?",
    percent_hint: "Dit staat in uw polisvoorwaarden, bij ‘niet-gecontracteerde zorg’. Een getal van 0 tot en met 100.",
    used_hint: "Dit ziet u op de website of in de app van uw zorgverzekeraar. Leeg: NotaWijzer rekent alsof u nog niets betaalde.",
    shell: &NL,
    glance_heading: "In het kort",
    how_checked: "Zo controleert NotaWijzer dit (opent in een nieuw tabblad)",
    asks: "Deze nota vraagt",
    so_far: "Het traject kostte tot nu toe",
    findings_heading: "Wat niet lijkt te kloppen",
    ask_heading: "Klopt er iets niet?",
    pdf_read: "Zo heeft NotaWijzer uw PDF gelezen",
    pdf_read_note: "De tekst die NotaWijzer uit uw PDF haalde, met de regelnummers die meldingen noemen. Klopt een bedrag niet met uw PDF? Hier ziet u waar het misging.",
    picture_read: "Zo heeft NotaWijzer uw foto gelezen",
    picture_read_note: "De tekst die NotaWijzer op de foto herkende, met de regelnummers die meldingen noemen. Een foto lezen gaat niet altijd goed: vergelijk de bedragen, datums en codes met uw nota. Bij „Alle regels” staat naast elke regel het stukje foto waar hij vandaan komt.",
    picture_correct: "Staat er iets anders op uw nota? De herkende tekst staat ook in het vak bij „Of plak de tekst van uw nota”. Verbeter hem daar en kies „Lees deze tekst”.",
    picture_cut: "Een deel van de tekst staat tegen de rand van de foto. Misschien viel een deel van de nota buiten de foto. Maak de foto nog eens, met de hele nota erop.",
    strip_alt: "Stukje van de foto waar deze regel staat",
    from_picture: "Gelezen van de foto",
    unsure: "Niet zeker gelezen, kijk dit na op de foto:",
    pages: "pagina's",
    page: "pagina",
    line_word: "Regel",
    stays_heading: "Dagen in de kliniek",
    show_more: "Toon meer regels",
    shown_of: "regels getoond van de",
    cluster_none: "Deze nota noemt geen zorgcluster.",
    cluster_unknown: "NotaWijzer kent dit zorgcluster niet:",
    tree_label: "Plaats van uw zorgcluster in het zorgclustermodel",
    your_cluster: "uw cluster",
    catalogue_summary: "Toon alle 21 zorgclusters",
    review_heading: "Review",
    review_date: "Reviewdatum",
    review_status: "Stand",
    review_interval: "Review minstens elke",
    review_latest: "Uiterlijk volgens de regels",
    chart_title: "Kosten van het traject: zorgclustermodel en DBC-model naast elkaar",
    cluster_model: "Zorgclustermodel",
    dbc_model: "DBC-model",
    before: "eerder",
    this_month: "deze nota",
    product: "DBC-product",
    stays: "verblijf",
    other: "overig",
    errors_heading: "Wat NotaWijzer niet kon lezen",
    errors_intro: "Deze regels zijn niet (helemaal) gelezen. De rest is wel gelezen. Hieronder staat uw eigen tekst, met de plaats van het probleem.",
    source_label: "Uw tekst",
    unreadable_file: "Uit dit bestand kon NotaWijzer niets lezen.",
    statement_cluster: "Zorgclusternota",
    statement_dbc: "DBC-nota",
    statement_zpm: "Zorgnota",
    sequence: "volgnummer",
    number: "Nummer",
    name: "Naam",
    group: "Groep",
    supercluster: "Supercluster",
    period: "Hoe lang de zorg meestal duurt",
    patient: "Voor",
    show_all_findings: "Toon alle punten",
    zvt_heading: "Uw zorgvraagtype",
    zvt_none: "Deze nota noemt geen zorgvraagtype. Met een privacyverklaring mag dat.",
    zvt_unknown: "NotaWijzer kent dit zorgvraagtype niet:",
    zvt_tree: "Plaats van uw zorgvraagtype in het model",
    zvt_yours: "uw zorgvraagtype",
    retype_heading: "Opnieuw bepalen",
    retype_due: "Uiterlijk opnieuw bepalen op",
};

pub const VIEW_EN: ViewLabels = ViewLabels {
    payment_heading: "What do you pay?",
    payment_private: "What you fill in below stays in this page: it is not in the link, not stored and sent nowhere. “Start again” clears it.",
    no_contract: "My care provider has no contract with my health insurer",
    percent_label: "What percentage does your policy pay for care without a contract?",
    percent_hint: "Your policy conditions say so, under ‘non-contracted care’. A number from 0 to 100.",
    used_hint: "Your health insurer's website or app shows this. Empty: NotaWijzer counts as if you paid none yet.",
    shell: &EN,
    glance_heading: "At a glance",
    how_checked: "How NotaWijzer checks this (opens in a new tab)",
    asks: "This statement asks",
    so_far: "The course of treatment has cost so far",
    findings_heading: "What looks wrong",
    ask_heading: "Something not right?",
    pdf_read: "How NotaWijzer read your PDF",
    pdf_read_note: "The text NotaWijzer took from your PDF, with the line numbers messages use. Does an amount not match your PDF? Here you see where it went wrong.",
    picture_read: "How NotaWijzer read your photo",
    picture_read_note: "The text NotaWijzer recognised in the photo, with the line numbers messages use. Reading a photo does not always go right: compare the amounts, dates and codes with your statement. Under “All lines”, each line has the strip of the photo it came from beside it.",
    picture_correct: "Does your statement say something else? The recognised text is also in the box under “Or paste the text of your statement”. Correct it there and choose “Read this text”.",
    picture_cut: "Some of the text touches the edge of the photo. Perhaps part of the statement was outside the photo. Take the photo again, with the whole statement in it.",
    strip_alt: "Strip of the photo this line is on",
    from_picture: "Read from the photo",
    unsure: "Not read with certainty, check this on the photo:",
    pages: "pages",
    page: "page",
    line_word: "Line",
    stays_heading: "Days in the clinic",
    show_more: "Show more lines",
    shown_of: "lines shown of",
    cluster_none: "This statement names no care cluster.",
    cluster_unknown: "NotaWijzer does not know this care cluster:",
    tree_label: "Where your care cluster sits in the care cluster model",
    your_cluster: "your cluster",
    catalogue_summary: "Show all 21 care clusters",
    review_heading: "Review",
    review_date: "Review date",
    review_status: "Status",
    review_interval: "Review at least every",
    review_latest: "Latest by the rules",
    chart_title: "Cost of the course of treatment: care cluster model and DBC model side by side",
    cluster_model: "Care cluster model",
    dbc_model: "DBC model",
    before: "before",
    this_month: "this statement",
    product: "DBC product",
    stays: "stays",
    other: "other",
    errors_heading: "What NotaWijzer could not read",
    errors_intro: "These lines were not (fully) read. The rest was read. Below is your own text, with the place of the problem.",
    source_label: "Your text",
    unreadable_file: "NotaWijzer could not read anything from this file.",
    statement_cluster: "Care cluster statement",
    statement_dbc: "DBC statement",
    statement_zpm: "Care statement",
    sequence: "sequence number",
    number: "Number",
    name: "Name",
    group: "Group",
    supercluster: "Supercluster",
    period: "How long care usually takes",
    patient: "For",
    show_all_findings: "Show all points",
    zvt_heading: "Your zorgvraagtype (care-need type)",
    zvt_none: "This statement gives no zorgvraagtype. With a privacy statement that is allowed.",
    zvt_unknown: "NotaWijzer does not know this zorgvraagtype:",
    zvt_tree: "Place of your zorgvraagtype in the model",
    zvt_yours: "your zorgvraagtype",
    retype_heading: "Assessed again",
    retype_due: "To be assessed again by",
};

pub fn view_labels(lang: Lang) -> &'static ViewLabels {
    match lang {
        Lang::Nl => &VIEW_NL,
        Lang::En => &VIEW_EN,
    }
}
