//! NotaWijzer's static pages, in every language it speaks: how NotaWijzer checks a nota (every
//! check with its source, what it checks and what not, and the coverage of its tables), what
//! happens to a nota (privacy), and the accessibility statement in the form of the Dutch model
//! statement. Their words are messages (`page-*`, `about-*` in messages/<lang>.ftl).
//!
//! They are plain HTML next to index.html (`pages/`), written from this module and the data tables
//! themselves, so a table and its page cannot drift apart: `tests/pages.rs` fails when a committed
//! page differs from what this module writes (`UPDATE_PAGES=1 cargo test --test pages` writes
//! them). Being separate pages, they cost the app's first paint nothing.

use crate::rules::checks::CODES;
use crate::tariffs::table::Table;
use crate::tariffs::{eigen_risico, gbggz, zpm};
use crate::words::format::{money, money_alone};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// The file name of each page, by language: `(checks, privacy, accessibility)`.
pub fn file_names(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Nl => ["controles.html", "privacy.html", "toegankelijkheid.html"],
        Lang::En => ["checks.html", "privacy-en.html", "accessibility.html"],
        Lang::Tr => ["checks-tr.html", "privacy-tr.html", "accessibility-tr.html"],
        Lang::Ar => ["checks-ar.html", "privacy-ar.html", "accessibility-ar.html"],
        Lang::Pl => ["checks-pl.html", "privacy-pl.html", "accessibility-pl.html"],
        Lang::Uk => ["checks-uk.html", "privacy-uk.html", "accessibility-uk.html"],
    }
}

/// Every page: `(file name, html)`; the checks pages list the tariff tables `tables` (those of the
/// `tariffs/` folder beside `pages/`).
pub fn all(tables: &[Table]) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let [c, p, a] = file_names(lang);
        out.push((c, checks(lang, tables)));
        out.push((p, privacy(lang)));
        out.push((a, accessibility(lang)));
    }
    out
}

/// The checks page in every language, listing `tables`: what `notawijzer tariffs import` writes
/// again into a built app's `pages/` when it adds a table beside it.
pub fn checks_pages(tables: &[Table]) -> Vec<(&'static str, String)> {
    Lang::ALL.into_iter().map(|lang| (file_names(lang)[0], checks(lang, tables))).collect()
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A page: the same frame for all, with a way back to NotaWijzer and to the same page in every
/// other language (each named in its own language). `which` is the page's place in [`file_names`].
fn page(lang: Lang, title: &str, which: usize, body: &str) -> String {
    let code = lang.code();
    let home = if lang == Lang::Nl { "../".to_string() } else { format!("../?lang={code}") };
    let [c, p, a] = file_names(lang);
    let others: Vec<String> = Lang::ALL
        .into_iter()
        .filter(|&o| o != lang)
        .map(|o| {
            format!(
                "<a href=\"{}\" lang=\"{}\" hreflang=\"{}\" dir=\"{}\">{}</a>",
                file_names(o)[which],
                o.code(),
                o.code(),
                o.dir(),
                o.own_name()
            )
        })
        .collect();
    let review = if crate::words::messages::reviewed(lang) {
        String::new()
    } else {
        format!("<p class=\"not-reviewed\">{}</p>\n", esc(&m::app_not_reviewed(lang)))
    };
    format!(
        "<!doctype html>\n<html lang=\"{code}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n<title>{plain} — NotaWijzer ggz</title>\n<link rel=\"icon\" href=\"favicon.svg\">\n<link rel=\"stylesheet\" href=\"pages.css\">\n</head>\n<body>\n\
<header><p><a href=\"{home}\">{}</a></p>\n<nav aria-label=\"{}\"><p class=\"languages\">{}</p></nav></header>\n\
<main>\n<h1>{title}</h1>\n{review}{body}</main>\n\
<footer><nav aria-label=\"NotaWijzer\"><ul><li><a href=\"{c}\">{}</a></li><li><a href=\"{p}\">{}</a></li><li><a href=\"{a}\">{}</a></li></ul></nav></footer>\n\
</body>\n</html>\n",
        lang.dir(),
        esc(&m::page_back(lang)),
        esc(&m::page_languages(lang)),
        others.join(" · "),
        esc(&m::app_page_checks(lang)),
        esc(&m::app_page_privacy(lang)),
        esc(&m::app_page_accessibility(lang)),
        plain = title.replace('\u{ad}', "")
    )
}

/// One check: its source, what NotaWijzer checks, and what it does not.
pub struct About {
    pub source: String,
    pub checked: String,
    pub not_checked: String,
}

/// "Bron · wat NotaWijzer nagaat · wat niet" for every finding code (`checks::CODES`).
pub fn about(code: &str, lang: Lang) -> Option<About> {
    CODES.contains(&code).then(|| About {
        source: m::about_source(lang, code),
        checked: m::about_checked(lang, code),
        not_checked: m::about_not_checked(lang, code),
    })
}

/// Every check's explanation as text lines for the app (the deferred module sends them): first the
/// headings, then per code `code\tsource\tchecked\tnot checked`, each starting with a capital.
pub fn about_text(lang: Lang) -> String {
    let mut out = format!("\t{}\t{}\t{}\n", m::page_source(lang), m::page_checked(lang), m::page_not_checked(lang));
    for code in CODES {
        if let Some(a) = about(code, lang) {
            out.push_str(&format!(
                "{code}\t{}\t{}\t{}\n",
                capital(&a.source),
                capital(&a.checked),
                capital(&a.not_checked)
            ));
        }
    }
    out
}

/// One check's explanation from [`about_text`]: `[heading, text]` three times.
pub fn about_from_text<'a>(text: &'a str, code: &str) -> Option<[(&'a str, &'a str); 3]> {
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next()?.split('\t').skip(1).collect();
    let line = lines.find(|l| l.split('\t').next() == Some(code))?;
    let parts: Vec<&str> = line.split('\t').skip(1).collect();
    match (head.as_slice(), parts.as_slice()) {
        ([h1, h2, h3], [a, b, c]) => Some([(h1, a), (h2, b), (h3, c)]),
        _ => None,
    }
}

fn checks(lang: Lang, tables: &[Table]) -> String {
    let mut b = format!("<p>{}</p>\n", esc(&m::page_checks_intro(lang)));
    let (s, c, n) = (esc(&m::page_source(lang)), esc(&m::page_checked(lang)), esc(&m::page_not_checked(lang)));
    for code in CODES {
        let Some(about) = about(code, lang) else { continue };
        b.push_str(&format!(
            "<section id=\"{code}\">\n<h2>{}</h2>\n<dl>\n<dt>{s}</dt><dd>{}</dd>\n<dt>{c}</dt><dd>{}</dd>\n<dt>{n}</dt><dd>{}</dd>\n</dl>\n<p class=\"code\">{}: <code>{code}</code></p>\n</section>\n",
            esc(&m::about_title(lang, code)),
            esc(&capital(&about.source)),
            esc(&capital(&about.checked)),
            esc(&capital(&about.not_checked)),
            esc(&m::page_json_code(lang)),
        ));
    }
    b.push_str(&paying(lang));
    // whom to ask: the same route the app gives
    b.push_str(&format!("<section id=\"vragen\">\n<h2>{}</h2>\n<ol>\n", esc(&m::app_page_ask(lang))));
    for step in crate::words::explain::whom_to_ask(lang) {
        b.push_str(&format!("<li>{}</li>\n", esc(&step)));
    }
    b.push_str("</ol>\n</section>\n");
    b.push_str(&coverage(lang, tables));
    page(lang, &esc(&m::app_page_checks(lang)), 0, &b)
}

/// What is never reimbursed and why, the reimbursement rule, and where to complain
/// (`shared/domain/paying.md`, with its sources; the same figures as `crate::rules::payment`).
fn paying(lang: Lang) -> String {
    let items =
        [m::page_pay_no_show(lang), m::page_pay_fee(lang), m::page_pay_non_insured(lang), m::page_pay_referral(lang)];
    let mut b = format!("<section id=\"betalen\">\n<h2>{}</h2>\n<ul>\n", esc(&m::page_pay_heading(lang)));
    for item in items {
        b.push_str(&format!("<li>{}</li>\n", esc(&item)));
    }
    b.push_str(&format!(
        "</ul>\n<p>{}</p>\n<p>{}</p>\n",
        esc(&m::page_pay_rule(lang)),
        esc(&m::page_pay_complain(lang))
    ));
    b.push_str(&format!(
        "<p class=\"sources\">{}: https://psycar.nl/praktische-informatie/no-show-beleid.html · https://psyhart.nl/kosten/onverzekerd-product/ · https://www.cz.nl/service-en-contact/vergoeding-niet-gecontracteerde-zorgverleners · {} · {} · https://www.fitz.nl/blog/wat-verandert-er-in-2026-voor-ggz-en-fz-nieuwe-regels-uitgelegd</p>\n</section>\n",
        esc(&m::page_sources(lang)),
        crate::words::explain::payment_sources::RANGE,
        crate::words::explain::payment_sources::HINDERPAAL,
    ));
    b
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// What the tables hold: the maximum tariffs per code and year with their sources, the eigen
/// risico per year, the GB-ggz tariffs; and what they do not.
fn coverage(lang: Lang, tables: &[Table]) -> String {
    let mut b = format!(
        "<section id=\"tabellen\">\n<h2>{}</h2>\n<p>{}</p>\n",
        esc(&m::page_tables_heading(lang)),
        esc(&m::page_tables_intro(lang)),
    );
    b.push_str(&format!(
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"tariff-caption\"><table>\n<caption id=\"tariff-caption\">{} ({}–{})</caption>\n<thead><tr><th scope=\"col\">{}</th>",
        esc(&m::page_tariffs_caption(lang)),
        zpm::FIRST_YEAR,
        zpm::LAST_YEAR,
        esc(&m::page_code(lang))
    ));
    for year in zpm::FIRST_YEAR..=zpm::LAST_YEAR {
        b.push_str(&format!("<th scope=\"col\">{year}</th>"));
    }
    b.push_str("</tr></thead>\n<tbody>\n");
    for row in &zpm::ROWS {
        b.push_str(&format!("<tr><th scope=\"row\">{}</th>", row.code));
        for year in zpm::FIRST_YEAR..=zpm::LAST_YEAR {
            match row.in_year(year) {
                Some((amount, source)) => {
                    b.push_str(&format!("<td>{} <sup>{}</sup></td>", esc(&money_alone(amount, lang)), source.key))
                }
                None => b.push_str("<td>—</td>"),
            }
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</tbody>\n</table></div>\n<h3>");
    b.push_str(&esc(&m::page_tariff_sources(lang)));
    b.push_str("</h3>\n<ul>\n");
    for s in zpm::SOURCES {
        b.push_str(&format!("<li><sup>{}</sup> {} ({})</li>\n", s.key, esc(s.url), esc(s.note)));
    }
    b.push_str("</ul>\n");
    let er = eigen_risico::amount(eigen_risico::LAST_YEAR).map(|a| money(a, lang)).unwrap_or_default();
    b.push_str(&format!(
        "<p>{}</p>\n",
        esc(&m::page_eigen_risico(
            lang,
            m::PageEigenRisico {
                first: &eigen_risico::FIRST_YEAR.to_string(),
                last: &eigen_risico::LAST_YEAR.to_string(),
                amount: &er,
                source: eigen_risico::SOURCE
            }
        ))
    ));
    let products = [&gbggz::KORT, &gbggz::MIDDEL, &gbggz::INTENSIEF, &gbggz::CHRONISCH, &gbggz::ONVOLLEDIG];
    let list: Vec<String> = products
        .iter()
        .filter_map(|p| Some(format!("{} {}", p.name, money(p.tariff(gbggz::LAST_DBC_YEAR)?, lang))))
        .collect();
    b.push_str(&format!(
        "<p>{}</p>\n",
        esc(&m::page_gbggz(
            lang,
            m::PageGbggz {
                year: &gbggz::LAST_DBC_YEAR.to_string(),
                source: gbggz::SOURCE_2021,
                list: &list.join(", ")
            }
        ))
    ));
    b.push_str(&format!("<p>{}</p>\n", esc(&m::page_specialist(lang))));
    b.push_str(&loaded(lang, tables));
    b.push_str("</section>\n");
    b
}

/// The tables this site loaded (`notawijzer tariffs import`): year, kind, source, decision, the
/// day imported and the rows of each; and where an NZa list differs from a built-in row (the
/// list is what is used, `crate::tariffs::zpm::maximum`).
fn loaded(lang: Lang, tables: &[Table]) -> String {
    let mut b = format!("<h3 id=\"geladen\">{}</h3>\n", esc(&m::page_loaded_heading(lang)));
    if tables.is_empty() {
        b.push_str(&format!("<p>{}</p>\n", esc(&m::page_loaded_none(lang))));
        return b;
    }
    b.push_str(&format!(
        "<p>{}</p>\n<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"loaded-caption\"><table>\n<caption id=\"loaded-caption\">{}</caption>\n<thead><tr>",
        esc(&m::page_loaded_intro(lang)),
        esc(&m::page_loaded_heading(lang)),
    ));
    for head in ["year", "kind", "source", "decision", "imported", "rows"] {
        b.push_str(&format!("<th scope=\"col\">{}</th>", esc(&m::page_loaded_column(lang, head))));
    }
    b.push_str("</tr></thead>\n<tbody>\n");
    let mut differences = Vec::new();
    for t in tables {
        let kind = match &t.insurer {
            Some(insurer) if t.kind == "payout" => m::page_loaded_payout(lang, insurer),
            _ => m::page_loaded_nza(lang),
        };
        b.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            t.year,
            esc(&kind),
            esc(&t.source),
            esc(t.decision.as_deref().unwrap_or("—")),
            esc(&t.imported),
            t.rows.len()
        ));
        if t.kind != "nza" {
            continue;
        }
        for row in &t.rows {
            let built = zpm::row(&row.code).and_then(|r| r.in_year(t.year));
            let listed = crate::model::money::parse_canonical(&row.amount);
            if let (Some((built, source)), Some(listed)) = (built, listed)
                && built != listed
            {
                differences.push(m::page_loaded_differs(
                    lang,
                    m::PageLoadedDiffers {
                        code: &row.code,
                        year: &t.year.to_string(),
                        built: &format!("{} ({})", money(built, lang), source.url),
                        loaded: &money(listed, lang),
                    },
                ));
            }
        }
    }
    b.push_str("</tbody>\n</table></div>\n");
    if !differences.is_empty() {
        b.push_str(&format!("<p>{}</p>\n<ul>\n", esc(&m::page_loaded_differences(lang))));
        for d in differences {
            b.push_str(&format!("<li>{}</li>\n", esc(&d)));
        }
        b.push_str("</ul>\n");
    }
    b
}

fn privacy(lang: Lang) -> String {
    let points = [
        (m::page_privacy_device_lead(lang), m::page_privacy_device(lang)),
        (m::page_privacy_store_lead(lang), m::page_privacy_store(lang)),
        (m::page_privacy_counters_lead(lang), m::page_privacy_counters(lang)),
        (m::page_privacy_csp_lead(lang), m::page_privacy_csp(lang)),
        (m::page_privacy_exception_lead(lang), m::page_privacy_exception(lang)),
    ];
    let mut b = format!("<p>{}</p>\n<ul>\n", esc(&m::page_privacy_intro(lang)));
    for (lead, text) in points {
        b.push_str(&format!("<li><strong>{}</strong> {}</li>\n", esc(&lead), esc(&text)));
    }
    b.push_str(&format!("</ul>\n<h2>{}</h2>\n<ol>\n", esc(&m::page_privacy_check_heading(lang))));
    for step in [
        m::page_privacy_step_1(lang),
        m::page_privacy_step_2(lang),
        m::page_privacy_step_3(lang),
        m::page_privacy_step_4(lang),
    ] {
        b.push_str(&format!("<li>{}</li>\n", esc(&step)));
    }
    b.push_str("</ol>\n");
    page(lang, &esc(&m::page_privacy_title(lang)), 1, &b)
}

fn accessibility(lang: Lang) -> String {
    let mut b = format!("<p>{}</p>\n", esc(&m::page_a11y_intro(lang)));
    let mut section = |heading: String, paragraphs: Vec<String>, list: bool| {
        b.push_str(&format!("<h2>{}</h2>\n", esc(&heading)));
        if list {
            b.push_str("<ul>\n");
            for p in paragraphs {
                b.push_str(&format!("<li>{}</li>\n", esc(&p)));
            }
            b.push_str("</ul>\n");
        } else {
            for p in paragraphs {
                b.push_str(&format!("<p>{}</p>\n", esc(&p)));
            }
        }
    };
    section(m::page_a11y_standard_heading(lang), vec![m::page_a11y_standard(lang)], false);
    section(m::page_a11y_status_heading(lang), vec![m::page_a11y_status(lang)], false);
    section(
        m::page_a11y_tested_heading(lang),
        vec![
            m::page_a11y_tested_axe(lang),
            m::page_a11y_tested_lighthouse(lang),
            m::page_a11y_tested_snapshots(lang),
            m::page_a11y_tested_hand(lang),
            m::page_a11y_tested_drag(lang),
        ],
        true,
    );
    section(
        m::page_a11y_not_heading(lang),
        vec![m::page_a11y_not_photo(lang), m::page_a11y_not_charts(lang), m::page_a11y_not_readers(lang)],
        true,
    );
    section(m::page_a11y_contact_heading(lang), vec![m::page_a11y_contact(lang), m::page_a11y_date(lang)], false);
    page(lang, &esc(&m::page_a11y_title(lang)), 2, &b)
}
