//! The message files (messages/<lang>.ftl): every language has every message of the Dutch source
//! and no other, uses only the values the code gives, plural forms of its own language, and says
//! whether a native speaker working in care has checked it. The code cannot ask for a message that
//! does not exist: build.rs makes one function per Dutch message, so it would not compile.

use notawijzer::Lang;
use notawijzer::words::messages::ftl;

fn file(lang: &str) -> ftl::File {
    let path = format!("{}/messages/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    ftl::parse(&format!("{lang}.ftl"), &text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_language_has_every_message_with_the_values_the_code_gives() {
    let source = file("nl");
    assert!(source.messages.len() > 350, "{} messages", source.messages.len());
    for lang in ftl::LANGS {
        let problems = ftl::check(lang, &file(lang), &source);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

#[test]
fn the_checks_catch_what_a_translator_may_get_wrong() {
    let source =
        ftl::parse("nl.ftl", "a = Regel { $line }\nb = { $n ->\n    [one] één\n   *[other] { $n }\n}\n").unwrap();
    let bad = ftl::parse(
        "tr.ftl",
        "### reviewed: maybe\na = Satır { $regel }\nb = { $n ->\n    [few] az\n   *[other] { $n }\n}\nc = fazla\n",
    )
    .unwrap();
    let problems = ftl::check("tr", &bad, &source).join("\n");
    assert!(problems.contains("reviewed: no"), "{problems}");
    assert!(problems.contains("`a` uses $regel, which the code does not give"), "{problems}");
    assert!(problems.contains("[few] is not a plural form of this language"), "{problems}");
    assert!(problems.contains("`c` is not in nl.ftl"), "{problems}");
    let missing = ftl::parse("pl.ftl", "### reviewed: no\na = Wiersz { $line }\n").unwrap();
    assert!(ftl::check("pl", &missing, &source).iter().any(|p| p == "pl.ftl lacks `b`"));
    // a broken file names its line
    let err = ftl::parse("uk.ftl", "a = x\nb = { $n ->\n    [one] x\n}\n").unwrap_err();
    assert!(err.starts_with("uk.ftl:") && err.contains("default variant"), "{err}");
}

#[test]
fn only_dutch_and_english_are_marked_reviewed_until_someone_has_checked_them() {
    for lang in Lang::ALL {
        let reviewed = notawijzer::words::messages::reviewed(lang);
        assert_eq!(reviewed, matches!(lang, Lang::Nl | Lang::En), "{lang:?}");
        let flag = file(lang.code()).meta.get("reviewed").cloned();
        assert_eq!(flag.as_deref(), Some(if reviewed { "yes" } else { "no" }), "{lang:?}");
    }
}

#[test]
fn a_right_to_left_file_says_so_and_keeps_its_literals_left_to_right() {
    for lang in Lang::ALL {
        assert_eq!(
            ftl::rtl(&file(lang.code())),
            lang.rtl(),
            "{}.ftl: `### direction: rtl` exactly when the page is",
            lang.code()
        );
    }
    let source = ftl::parse("nl.ftl", "a = Schrijf een bedrag zoals € 100,00.\nb = x{\" \"}y\n").unwrap();
    let ar = ftl::parse("ar.ftl", "### direction: rtl\na = اكتب مبلغًا مثل { \"€ 100,00\" }.\nb = x{\" \"}y\n").unwrap();
    let table = ftl::compile(&ar, &source, false).unwrap();
    assert_eq!(
        table,
        format!("اكتب مبلغًا مثل \u{2068}€ 100,00\u{2069}.{}x y", ftl::RS),
        "a blank literal is not isolated"
    );
    let tr = ftl::parse("tr.ftl", "a = { \"€ 100,00\" } gibi bir tutar yazın.\nb = x{\" \"}y\n").unwrap();
    assert!(ftl::compile(&tr, &source, false).unwrap().starts_with("€ 100,00 gibi"), "left to right: as written");
}

/// A message is Dutch left standing when it is the Dutch text word for word (a few are the same
/// in every language: names, codes, addresses).
#[test]
fn no_translation_leaves_a_dutch_sentence_standing() {
    let source = file("nl");
    let same_everywhere = [
        "app-title",
        "position",
        "error-with-place",
        "page-code",
        "cli-comparison-totals",
        "app-page-privacy",
        "view-review-heading",
        "compare-chart-nota",
        "view-supercluster",
        "page-a11y-contact-heading",
    ];
    for lang in ["en", "tr", "ar", "pl", "uk"] {
        let other = file(lang);
        let mut dutch = Vec::new();
        for (id, _, nl) in &source.messages {
            if same_everywhere.contains(&id.as_str()) {
                continue;
            }
            if other.get(id) == Some(nl) {
                dutch.push(id.clone());
            }
        }
        assert!(dutch.is_empty(), "{lang}.ftl keeps the Dutch text of: {}", dutch.join(", "));
    }
}

#[test]
fn every_new_language_has_a_glossary_of_the_dutch_terms() {
    let terms = [
        "nota",
        "prestatie",
        "zorgvraagtype",
        "eigen risico",
        "zorgverzekeraar",
        "verwijzing",
        "zorgaanbieder",
        "basispakket",
    ];
    for lang in ["tr", "ar", "pl", "uk"] {
        let path = format!("{}/messages/glossary-{lang}.md", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for term in terms {
            assert!(text.contains(&format!("| {term} |")), "{lang}: {term}");
        }
    }
}

#[test]
fn plural_forms_follow_each_language() {
    use notawijzer::words::format::days;
    let forms = |lang: Lang| [1, 2, 5, 11, 21, 22, 100].map(|n| days(n, lang));
    assert_eq!(forms(Lang::Nl), ["1 dag", "2 dagen", "5 dagen", "11 dagen", "21 dagen", "22 dagen", "100 dagen"]);
    assert_eq!(forms(Lang::Pl), ["1 dzień", "2 dni", "5 dni", "11 dni", "21 dni", "22 dni", "100 dni"]);
    assert_eq!(forms(Lang::Uk), ["1 день", "2 дні", "5 днів", "11 днів", "21 день", "22 дні", "100 днів"]);
    let iso = |n: &str| format!("\u{2068}{n}\u{2069}");
    assert_eq!(
        forms(Lang::Ar),
        [
            "يوم واحد".to_string(),
            "يومان".to_string(),
            format!("{} أيام", iso("5")),
            format!("{} يومًا", iso("11")),
            format!("{} يومًا", iso("21")),
            format!("{} يومًا", iso("22")),
            format!("{} يوم", iso("100")),
        ]
    );
    assert_eq!(forms(Lang::Tr)[2], "5 gün");
    // findings: "1 punt" / "3 sprawy" / "5 spraw" / "21 питання"
    use notawijzer::words::explain::findings_count;
    assert_eq!(findings_count(1, Lang::Nl), "NotaWijzer vond 1 punt om na te vragen.");
    assert_eq!(findings_count(3, Lang::Pl), "NotaWijzer znalazł 3 sprawy do wyjaśnienia.");
    assert_eq!(findings_count(5, Lang::Pl), "NotaWijzer znalazł 5 spraw do wyjaśnienia.");
    assert_eq!(findings_count(2, Lang::Ar), "وجد NotaWijzer نقطتين للاستفسار عنهما.");
    assert_eq!(findings_count(0, Lang::Uk), "NotaWijzer не знайшов нічого, що виглядає неправильно.");
}

#[test]
fn the_dutch_and_english_cluster_names_are_those_of_the_data_table() {
    for c in notawijzer::rules::clusters::CLUSTERS.iter() {
        assert_eq!(notawijzer::words::explain::cluster_name(c, Lang::Nl), c.nl, "{}", c.number);
        assert_eq!(notawijzer::words::explain::cluster_name(c, Lang::En), c.en, "{}", c.number);
        for lang in [Lang::Tr, Lang::Ar, Lang::Pl, Lang::Uk] {
            assert_ne!(notawijzer::words::explain::cluster_name(c, lang), c.nl, "{lang:?} {}", c.number);
        }
    }
}
