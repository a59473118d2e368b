//! The static pages (pages/: how NotaWijzer checks, privacy, the accessibility statement, in Dutch
//! and English) are written from `notawijzer::engine::pages` and the data tables. This fails when a
//! committed page differs from what they write now; `UPDATE_PAGES=1 cargo test --test pages`
//! writes them again.

use notawijzer::Lang;
use notawijzer::engine::pages::{about, checks_pages};
use notawijzer::rules::checks::CODES;
use notawijzer::tariffs::table::{Table, TableRow};

/// Every page, listing the tables of the repository's `tariffs/` folder (copied beside `pages/`).
fn all() -> Vec<(&'static str, String)> {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tariffs"));
    let tables: Vec<Table> =
        notawijzer::tariffs::table::read_folder(dir).unwrap().into_iter().map(Result::unwrap).collect();
    notawijzer::engine::pages::all(&tables)
}

/// The checks page lists every table present, and where an NZa list differs from a built-in row
/// it says so, with both amounts; without a table it says none was loaded.
#[test]
fn the_checks_page_lists_the_tables_a_host_loaded() {
    let table = |kind: &str, year: i32, insurer: Option<&str>, rows: &[(&str, &str)]| Table {
        format: "notawijzer-tariffs".into(),
        version: 1,
        kind: kind.into(),
        year,
        insurer: insurer.map(Into::into),
        source: format!("https://example.org/{kind}-{year}.xlsx"),
        decision: (kind == "nza").then(|| "TB/REG-25000-01 (voorbeeld)".into()),
        imported: "2026-12-07".into(),
        file: "lijst.xlsx".into(),
        sha256: "0".repeat(64),
        rows: rows.iter().map(|(c, a)| TableRow { code: c.to_string(), name: None, amount: a.to_string() }).collect(),
    };
    // CO0627 2025 is built in at 168,94 (source F): a list with 170,00 differs, CO0562 190,88 agrees
    let tables = [
        table("nza", 2025, None, &[("CO0627", "170.00"), ("CO0562", "190.88")]),
        table("payout", 2026, Some("Voorbeeld Zorg"), &[("CO0627", "126.71")]),
    ];
    let pages = checks_pages(&tables);
    let (name, nl) = &pages[0];
    assert_eq!(*name, "controles.html");
    assert!(nl.contains("<h3 id=\"geladen\">Tarievenlijsten op deze site</h3>"), "{nl}");
    assert!(nl.contains("<tr><th scope=\"row\">2025</th><td>NZa-tarievenlijst (maximumtarieven)</td><td>https://example.org/nza-2025.xlsx</td><td>TB/REG-25000-01 (voorbeeld)</td><td>2026-12-07</td><td>2</td></tr>"), "{nl}");
    assert!(nl.contains("<tr><th scope=\"row\">2026</th><td>Wat Voorbeeld Zorg hoogstens terugbetaalt zonder contract</td><td>https://example.org/payout-2026.xlsx</td><td>—</td><td>2026-12-07</td><td>1</td></tr>"), "{nl}");
    assert!(nl.contains("<li>CO0627 in 2025: ingebouwd € 168,94 (https://psychezwangerschap.nl/en/clients/rates-and-insurers/), geladen lijst € 170,00.</li>"), "{nl}");
    assert!(!nl.contains("CO0562 in 2025"), "the same amount is no difference");
    let en = &pages.iter().find(|(n, _)| *n == "checks.html").unwrap().1;
    assert!(en.contains("Here a loaded NZa list differs from the built-in table. NotaWijzer uses the loaded list."));
    let none = &checks_pages(&[])[0].1;
    assert!(none.contains("Deze site heeft geen tarievenlijst van de NZa of van een zorgverzekeraar geladen."));
    assert!(!none.contains("loaded-caption"));
}

#[test]
fn the_committed_pages_are_what_the_tables_write() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/pages");
    for (name, html) in all() {
        let path = format!("{dir}/{name}");
        if std::env::var_os("UPDATE_PAGES").is_some() {
            std::fs::write(&path, &html).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == html, "{name} is out of date: UPDATE_PAGES=1 cargo test --test pages");
    }
}

#[test]
fn every_check_explains_itself_in_both_languages() {
    for code in CODES {
        for lang in [Lang::Nl, Lang::En] {
            let a = about(code, lang).unwrap_or_else(|| panic!("{code} has no explanation"));
            assert!(!a.source.is_empty() && !a.checked.is_empty() && !a.not_checked.is_empty(), "{code}");
        }
    }
}

#[test]
fn the_checks_page_holds_every_check_and_the_tariff_table() {
    let pages = all();
    let checks = &pages.iter().find(|(n, _)| *n == "controles.html").unwrap().1;
    for code in CODES {
        assert!(checks.contains(&format!("<section id=\"{code}\">")), "{code}");
    }
    // a tariff of the table, with its source key: CO0497 in 2024 (zpm-reference.md §2.4)
    assert!(checks.contains("<tr><th scope=\"row\">CO0497</th>"));
    assert!(checks.contains("€ 135,89 <sup>"), "{checks}");
    // what is never reimbursed, the reimbursement rule and where to complain, in both languages
    for (name, never, rule) in [
        ("controles.html", "Een afspraak die niet doorging", "Er is geen wettelijk minimum voor het percentage"),
        ("checks.html", "An appointment that did not take place", "There is no legal minimum percentage"),
    ] {
        let html = &pages.iter().find(|(n, _)| *n == name).unwrap().1;
        assert!(html.contains("<section id=\"betalen\">") && html.contains(never) && html.contains(rule), "{name}");
        assert!(html.contains("https://www.skgz.nl") && html.contains("https://www.nza.nl/contact/meldpunt"), "{name}");
    }
    // the pages hold no script, and their CSP allows none
    for (name, html) in &pages {
        assert!(!html.contains("<script"), "{name}");
        assert!(html.contains("default-src 'none'"), "{name}");
    }
}

#[test]
fn the_app_gets_every_check_explained_through_the_deferred_module() {
    use notawijzer::engine::pages::{about_from_text, about_text};
    for lang in [Lang::Nl, Lang::En] {
        let text = about_text(lang);
        for code in CODES {
            let [(h1, source), (h2, checked), (h3, not)] =
                about_from_text(&text, code).unwrap_or_else(|| panic!("{code}"));
            let a = about(code, lang).unwrap();
            assert!(
                source.ends_with(a.source.get(1..).unwrap()) && checked.ends_with(a.checked.get(1..).unwrap()),
                "{code}"
            );
            assert!(not.ends_with(a.not_checked.get(1..).unwrap()), "{code}");
            assert_eq!(
                [h1, h2, h3],
                if lang == Lang::Nl {
                    ["Bron", "Wat NotaWijzer nagaat", "Wat niet"]
                } else {
                    ["Source", "What NotaWijzer checks", "What not"]
                }
            );
        }
    }
    let nl = about_text(Lang::Nl);
    let [(_, source), ..] = about_from_text(&nl, "above_max_tariff").unwrap();
    assert!(source.starts_with("Het maximumtarief van de NZa voor deze prestatiecode"), "{source}");
    assert_eq!(about_from_text(&nl, "no_such_check"), None);
}

/// The app's footer and finding links (labels, kept as plain constants for the first paint) name
/// the files and anchors `notawijzer::engine::pages` writes: one cannot be renamed without the other.
#[cfg(feature = "web")]
#[test]
fn the_app_links_to_pages_that_exist() {
    let pages = all();
    for lang in Lang::ALL {
        let links = notawijzer::words::labels::labels(lang).page_links();
        for (_, href) in links {
            let (file, anchor) = href
                .strip_prefix("pages/")
                .expect("under pages/")
                .split_once('#')
                .unwrap_or((href.strip_prefix("pages/").unwrap(), ""));
            let html = &pages.iter().find(|(n, _)| *n == file).unwrap_or_else(|| panic!("{href}")).1;
            assert!(anchor.is_empty() || html.contains(&format!("id=\"{anchor}\"")), "{href}");
            assert!(
                html.contains(&format!("<html lang=\"{}\" dir=\"{}\">", lang.code(), lang.dir())),
                "{href} is in the page's language"
            );
        }
        // each finding links to its own check on the checks page
        let checks = &pages.iter().find(|(n, _)| format!("pages/{n}") == links[1].1).unwrap().1;
        for code in CODES {
            assert!(checks.contains(&format!("id=\"{code}\"")), "{code}");
        }
    }
}
