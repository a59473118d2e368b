//! NotaWijzer's static pages, in Dutch and English: how NotaWijzer checks a nota (every check with
//! its source, what it checks and what not, and the coverage of its tables), what happens to a nota
//! (privacy), and the accessibility statement in the form of the Dutch model statement.
//!
//! They are plain HTML next to index.html (`pages/`), written from this module and the data tables
//! themselves, so a table and its page cannot drift apart: `tests/pages.rs` fails when a committed
//! page differs from what this module writes (`UPDATE_PAGES=1 cargo test --test pages` writes
//! them). Being separate pages, they cost the app's first paint nothing.

use crate::checks::CODES;
use crate::format::money;
use crate::lang::Lang;
use crate::tariffs::{eigen_risico, gbggz, zpm};

/// The file name of each page, by language: `(checks, privacy, accessibility)`.
pub fn file_names(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Nl => ["controles.html", "privacy.html", "toegankelijkheid.html"],
        Lang::En => ["checks.html", "privacy-en.html", "accessibility.html"],
    }
}

/// Every page: `(file name, html)`.
pub fn all() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        let [c, p, a] = file_names(lang);
        out.push((c, checks(lang)));
        out.push((p, privacy(lang)));
        out.push((a, accessibility(lang)));
    }
    out
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A page: the same frame for all, with a way back to NotaWijzer and to the other language.
fn page(lang: Lang, title: &str, other: &str, body: &str) -> String {
    let (code, back, other_lang, other_name) = match lang {
        Lang::Nl => ("nl", "Terug naar NotaWijzer", "en", "English"),
        Lang::En => ("en", "Back to NotaWijzer", "nl", "Nederlands"),
    };
    let home = if lang == Lang::En { "../?lang=en" } else { "../" };
    let [c, p, a] = file_names(lang);
    let nav = match lang {
        Lang::Nl => ["Hoe NotaWijzer controleert", "Privacy", "Toegankelijkheid"],
        Lang::En => ["How NotaWijzer checks", "Privacy", "Accessibility"],
    };
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n<title>{plain} — NotaWijzer ggz</title>\n<link rel=\"icon\" href=\"favicon.svg\">\n<link rel=\"stylesheet\" href=\"pages.css\">\n</head>\n<body>\n\
<header><p><a href=\"{home}\">{back}</a> · <a href=\"{other}\" lang=\"{other_lang}\" hreflang=\"{other_lang}\">{other_name}</a></p></header>\n\
<main>\n<h1>{title}</h1>\n{body}</main>\n\
<footer><nav aria-label=\"NotaWijzer\"><ul><li><a href=\"{c}\">{}</a></li><li><a href=\"{p}\">{}</a></li><li><a href=\"{a}\">{}</a></li></ul></nav></footer>\n\
</body>\n</html>\n",
        nav[0],
        nav[1],
        nav[2],
        plain = title.replace('\u{ad}', "")
    )
}

/// One check: its source, what NotaWijzer checks, and what it does not.
pub struct About {
    pub source: &'static str,
    pub checked: &'static str,
    pub not_checked: &'static str,
}

/// "Bron · wat NotaWijzer nagaat · wat niet" for every finding code (`checks::CODES`).
pub fn about(code: &str, lang: Lang) -> Option<About> {
    let a = |source, checked, not_checked| Some(About { source, checked, not_checked });
    match (code, lang) {
        ("above_max_tariff", Lang::Nl) => a(
            "het maximumtarief van de NZa voor deze prestatiecode in het jaar van de datum (de tarieventabel hieronder, met de bron van elk bedrag).",
            "of het bedrag boven dat maximumtarief ligt. Tot 10% erboven mag als de zorgaanbieder een contract met uw verzekeraar heeft; NotaWijzer zegt dat er dan bij.",
            "of uw verzekeraar een contract met de zorgaanbieder heeft, en codes of jaren die niet in de tabel staan (dat zegt NotaWijzer dan).",
        ),
        ("above_max_tariff", Lang::En) => a(
            "the NZa maximum tariff of this prestatie code in the year of its date (the tariff table below, with the source of every amount).",
            "whether the amount is above that maximum tariff. Up to 10% above is allowed when the provider has a contract with your insurer; NotaWijzer then says so.",
            "whether your insurer has a contract with the provider, and codes or years the table does not hold (NotaWijzer then says so).",
        ),
        ("cluster_conflict", Lang::Nl) => a(
            "de lijst van zorgclusters uit de proef van de NZa (2017).",
            "of het nummer en de naam van het zorgcluster op de nota hetzelfde cluster aanwijzen.",
            "welke van de twee juist is, en of het cluster bij u past.",
        ),
        ("cluster_conflict", Lang::En) => a(
            "the list of care clusters of the NZa pilot (2017).",
            "whether the care cluster's number and name on the statement point to the same cluster.",
            "which of the two is right, and whether the cluster fits you.",
        ),
        ("date_after_invoice", Lang::Nl) => a(
            "de notadatum op de nota.",
            "of een regel een datum na de notadatum heeft: zorg kan pas gedeclareerd worden als die gegeven is.",
            "of de notadatum zelf klopt.",
        ),
        ("date_after_invoice", Lang::En) => a(
            "the invoice date on the statement.",
            "whether a line is dated after the invoice date: care can only be billed once it has been given.",
            "whether the invoice date itself is right.",
        ),
        ("date_outside_month", Lang::Nl) => a(
            "de maand die de nota declareert (een zorgclusternota declareert één maand).",
            "of elke regel een datum in die maand heeft.",
            "of de zorg op die datum echt gegeven is.",
        ),
        ("date_outside_month", Lang::En) => a(
            "the month the statement bills (a care-cluster statement bills one month).",
            "whether every line is dated in that month.",
            "whether the care was really given on that date.",
        ),
        ("date_outside_trajectory", Lang::Nl) => a(
            "de start- en einddatum van het traject op de nota.",
            "of een regel vóór de start of na het einde van het traject valt.",
            "of de start- en einddatum zelf kloppen.",
        ),
        ("date_outside_trajectory", Lang::En) => a(
            "the start and end date of the course of care on the statement.",
            "whether a line falls before the start or after the end of the course.",
            "whether the start and end dates themselves are right.",
        ),
        ("duplicate_line", Lang::Nl) => a(
            "de nota zelf.",
            "of dezelfde regel (dezelfde omschrijving of code, datum en bedrag) twee keer op de nota staat.",
            "of het twee keer echt gebeurd is: twee gesprekken op één dag kunnen terecht zijn.",
        ),
        ("duplicate_line", Lang::En) => a(
            "the statement itself.",
            "whether the same line (the same description or code, date and amount) is on the statement twice.",
            "whether it really happened twice: two sessions on one day can be right.",
        ),
        ("non_insured", Lang::Nl) => a(
            "de omschrijving en de code van de regel.",
            "of een regel zorg buiten het basispakket is. Dat is geen fout: die zorg betaalt u zelf.",
            "of uw aanvullende verzekering het vergoedt.",
        ),
        ("non_insured", Lang::En) => a(
            "the line's description and code.",
            "whether a line is care outside the basic package. That is not an error: you pay for that care yourself.",
            "whether your supplementary insurance pays for it.",
        ),
        ("review_beyond_interval", Lang::Nl) => a(
            "de reviewtermijn per zorgcluster uit de proef van de NZa (2017).",
            "of de reviewdatum op de nota later ligt dan de termijn van het cluster toestaat.",
            "of uw behandelaar een reden had voor een latere review.",
        ),
        ("review_beyond_interval", Lang::En) => a(
            "the review interval per care cluster of the NZa pilot (2017).",
            "whether the review date on the statement is later than the cluster's interval allows.",
            "whether your practitioner had a reason for a later review.",
        ),
        ("review_overdue", Lang::Nl) => a(
            "de reviewtermijn per zorgcluster (proef van de NZa, 2017); voor een zorgvraagtype de regel dat het minstens één keer per jaar opnieuw bepaald wordt.",
            "of de reviewdatum voorbij is terwijl uw zorg doorliep.",
            "of de review of de nieuwe bepaling wel gebeurd is: dat staat niet op de nota. Vraag het uw behandelaar.",
        ),
        ("review_overdue", Lang::En) => a(
            "the review interval per care cluster (NZa pilot, 2017); for a zorgvraagtype, the rule that it is assessed again at least once a year.",
            "whether the review date has passed while your care went on.",
            "whether the review or the new assessment did take place: that is not on the statement. Ask your practitioner.",
        ),
        ("surcharge_without_consult", Lang::Nl) => a(
            "de nota zelf.",
            "of er bij een toeslag (zoals reistijd) een consult op dezelfde dag op de nota staat.",
            "het koppelnummer van de prestatie (NotaWijzer leest dat niet), en consulten op een andere nota.",
        ),
        ("surcharge_without_consult", Lang::En) => a(
            "the statement itself.",
            "whether a surcharge (such as travel time) has a consultation on the same day on the statement.",
            "the prestatie's link number (NotaWijzer does not read it), and consultations on another statement.",
        ),
        ("code_description_mismatch", Lang::Nl) => a(
            "de codes van het zorgprestatiemodel: elke consultcode hoort bij één soort consult, één duur en één beroep (zpm-reference §2.3, §2.4).",
            "of de omschrijving op de regel een andere duur, een ander soort consult of een ander beroep noemt dan de code. De code bepaalt het tarief.",
            "welke van de twee klopt met de zorg die u kreeg.",
        ),
        ("code_description_mismatch", Lang::En) => a(
            "the codes of the zorgprestatiemodel: every consult code stands for one kind of consultation, one duration and one profession.",
            "whether the line's description names another duration, kind of consultation or profession than its code. The code sets the tariff.",
            "which of the two matches the care you received.",
        ),
        ("quantity_mismatch", Lang::Nl) => a(
            "de nota zelf: het aantal, het tarief en het bedrag op een regel.",
            "of het aantal keer het tarief, tot op de cent, het bedrag van de regel geeft.",
            "of het aantal klopt met de zorg die u kreeg.",
        ),
        ("quantity_mismatch", Lang::En) => a(
            "the statement itself: the count, the rate and the amount on a line.",
            "whether the count times the rate gives the line's amount, to the cent.",
            "whether the count matches the care you received.",
        ),
        ("total_mismatch", Lang::Nl) => a(
            "de nota zelf: het totaal en de regels.",
            "of de regels bij elkaar opgeteld, tot op de cent, het totaal op de nota geven.",
            "of de regels zelf kloppen met de zorg die u kreeg.",
        ),
        ("total_mismatch", Lang::En) => a(
            "the statement itself: the total and the lines.",
            "whether the lines add up, to the cent, to the total on the statement.",
            "whether the lines themselves match the care you received.",
        ),
        ("unknown_cluster", Lang::Nl) => a(
            "de lijst van zorgclusters (proef 2017) en de zorgvraagtypen 1 tot en met 21 (zonder 9).",
            "of het nummer of de naam op de nota in die lijst staat.",
            "of het cluster of zorgvraagtype bij u past.",
        ),
        ("unknown_cluster", Lang::En) => a(
            "the list of care clusters (2017 pilot) and the zorgvraagtypen 1 to 21 (without 9).",
            "whether the number or name on the statement is on that list.",
            "whether the cluster or zorgvraagtype fits you.",
        ),
        _ => None,
    }
}

/// Every check's explanation as text lines for the app (the deferred module sends them): first the
/// headings, then per code `code\tsource\tchecked\tnot checked`, each starting with a capital.
pub fn about_text(lang: Lang) -> String {
    let mut out = format!(
        "\t{}\t{}\t{}\n",
        lang.pick("Bron", "Source"),
        lang.pick("Wat NotaWijzer nagaat", "What NotaWijzer checks"),
        lang.pick("Wat niet", "What not")
    );
    for code in CODES {
        if let Some(a) = about(code, lang) {
            out.push_str(&format!(
                "{code}\t{}\t{}\t{}\n",
                capital(a.source),
                capital(a.checked),
                capital(a.not_checked)
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

fn checks(lang: Lang) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut b = String::new();
    b.push_str(&format!(
        "<p>{}</p>\n",
        t(
            "NotaWijzer legt uw nota uit en kijkt of er iets niet lijkt te kloppen. Hieronder staat per controle waar NotaWijzer op let, op welke bron dat steunt, en wat NotaWijzer niet kan nagaan. NotaWijzer geeft geen oordeel: twijfelt u, vraag het dan na.",
            "NotaWijzer explains your statement and looks for anything that does not seem right. For each check below: what NotaWijzer looks at, the source it rests on, and what NotaWijzer cannot check. NotaWijzer gives no verdict: if in doubt, ask.",
        )
    ));
    let (s, c, n) =
        (t("Bron", "Source"), t("Wat NotaWijzer nagaat", "What NotaWijzer checks"), t("Wat niet", "What not"));
    for code in CODES {
        let Some(about) = about(code, lang) else { continue };
        b.push_str(&format!(
            "<section id=\"{code}\">\n<h2>{}</h2>\n<dl>\n<dt>{s}</dt><dd>{}</dd>\n<dt>{c}</dt><dd>{}</dd>\n<dt>{n}</dt><dd>{}</dd>\n</dl>\n<p class=\"code\">{}: <code>{code}</code></p>\n</section>\n",
            esc(&title(code, lang)),
            esc(capital(about.source).as_str()),
            esc(capital(about.checked).as_str()),
            esc(capital(about.not_checked).as_str()),
            t("Code in de JSON-uitvoer", "Code in the JSON output"),
        ));
    }
    b.push_str(&paying(lang));
    // whom to ask: the same route the app gives
    b.push_str(&format!(
        "<section id=\"vragen\">\n<h2>{}</h2>\n<ol>\n",
        t("Klopt er iets niet?", "Does something look wrong?")
    ));
    for step in crate::explain::whom_to_ask(lang) {
        b.push_str(&format!("<li>{}</li>\n", esc(step)));
    }
    b.push_str("</ol>\n</section>\n");
    b.push_str(&coverage(lang));
    page(lang, t("Hoe NotaWijzer controleert", "How NotaWijzer checks"), file_names(lang.other())[0], &b)
}

/// What is never reimbursed and why, the reimbursement rule, and where to complain
/// (`shared/domain/paying.md`, with its sources; the same figures as `crate::payment`).
fn paying(lang: Lang) -> String {
    let (h, items, rule, complain) = match lang {
        Lang::Nl => (
            "Wat u betaalt, en wat u terugkrijgt",
            [
                "Een afspraak die niet doorging (niet nagekomen, te laat afgezegd): geen prestatie van de NZa. De zorgaanbieder rekent het volgens uw behandelovereenkomst. Uw zorgverzekeraar betaalt het nooit terug, en het telt niet mee voor het eigen risico.",
                "Andere kosten van de zorgaanbieder zelf (administratie, een verslag voor derden, een kopie van uw dossier): ook geen prestatie, nooit vergoed.",
                "Zorg buiten het basispakket (OV0012, 'overig product'): die betaalt u zelf, of uw aanvullende verzekering als die het vergoedt. Vanaf 2026 wordt OV0012 per 15 minuten gedeclareerd.",
                "Zorg zonder geldige verwijzing van vóór de intake.",
            ],
            "Heeft uw zorgaanbieder een contract met uw zorgverzekeraar? Dan stuurt hij de nota naar uw verzekeraar en betaalt u alleen eigen risico (€ 385 per jaar in 2016–2026; onder 18 jaar geen; per kalenderjaar van de zorg; dat van 2027 is nog niet bekend). Zonder contract betaalt uw verzekeraar per regel hoogstens het percentage van uw polis (in 2026 meestal 60 % tot 85 %), en niet meer dan dat percentage van zijn eigen gemiddelde tarief met contract; daarna gaat het eigen risico dat nog open staat eraf. NotaWijzer rekent dat uit als u het percentage opgeeft, en zegt dat het een maximum is. Er is geen wettelijk minimum voor het percentage: de vergoeding mag alleen niet zo laag zijn dat die u tegenhoudt (het hinderpaalcriterium, artikel 13 Zorgverzekeringswet). Sommige verzekeraars willen vooraf toestemming.",
            "Klopt de vergoeding niet? Vraag het eerst uw zorgverzekeraar. Komt u er samen niet uit, dan kunt u naar de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ, https://www.skgz.nl). Een probleem dat vaker voorkomt, kunt u melden bij de NZa (https://www.nza.nl/contact/meldpunt).",
        ),
        Lang::En => (
            "What you pay, and what you get back",
            [
                "An appointment that did not take place (missed, cancelled too late): not an NZa prestatie. The provider charges it under your treatment agreement. Your health insurer never pays it back, and it does not count towards the eigen risico (deductible).",
                "Other charges of the provider's own (administration, a report for a third party, a copy of your file): not a prestatie either, never reimbursed.",
                "Care outside the basic package (OV0012, 'overig product'): you pay it yourself, or your supplementary insurance if it covers it. From 2026, OV0012 is billed per 15 minutes.",
                "Care without a valid referral dated before the intake.",
            ],
            "Does your care provider have a contract with your health insurer? Then it sends the bill to your insurer and you pay only the eigen risico (€ 385 a year in 2016–2026; none under 18; per calendar year of the care; that of 2027 is not yet known). Without a contract your insurer pays per line at most your policy's percentage (in 2026 mostly 60 % to 85 %), and no more than that percentage of its own average contracted tariff; then the eigen risico still open is taken off. NotaWijzer works that out when you give the percentage, and says it is a maximum. There is no legal minimum percentage: the payout may only not be so low that it stops you (the hinderpaal criterion, article 13 of the Zorgverzekeringswet). Some insurers require consent in advance.",
            "Is the payout wrong? Ask your health insurer first. If you cannot agree, you can go to the Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ, https://www.skgz.nl). A problem that happens more often can be reported to the NZa (https://www.nza.nl/contact/meldpunt).",
        ),
    };
    let mut b = format!("<section id=\"betalen\">\n<h2>{}</h2>\n<ul>\n", esc(h));
    for item in items {
        b.push_str(&format!("<li>{}</li>\n", esc(item)));
    }
    b.push_str(&format!("</ul>\n<p>{}</p>\n<p>{}</p>\n", esc(rule), esc(complain)));
    b.push_str(&format!(
        "<p class=\"sources\">{}: https://psycar.nl/praktische-informatie/no-show-beleid.html · https://psyhart.nl/kosten/onverzekerd-product/ · https://www.cz.nl/service-en-contact/vergoeding-niet-gecontracteerde-zorgverleners · {} · {} · https://www.fitz.nl/blog/wat-verandert-er-in-2026-voor-ggz-en-fz-nieuwe-regels-uitgelegd</p>\n</section>\n",
        lang.pick("Bronnen", "Sources"),
        crate::explain::payment_sources::RANGE,
        crate::explain::payment_sources::HINDERPAAL,
    ));
    b
}

fn title(code: &str, lang: Lang) -> String {
    let nl = match code {
        "above_max_tariff" => "Boven het maximumtarief",
        "cluster_conflict" => "Nummer en naam van het zorgcluster verschillen",
        "date_after_invoice" => "Datum na de notadatum",
        "date_outside_month" => "Datum buiten de gedeclareerde maand",
        "date_outside_trajectory" => "Datum buiten het traject",
        "duplicate_line" => "Dezelfde regel twee keer",
        "non_insured" => "Zorg buiten het basispakket",
        "review_beyond_interval" => "Reviewdatum later dan toegestaan",
        "review_overdue" => "Review of nieuwe bepaling te laat",
        "surcharge_without_consult" => "Toeslag zonder consult",
        "quantity_mismatch" => "Aantal keer tarief is niet het bedrag",
        "code_description_mismatch" => "Omschrijving past niet bij de code",
        "total_mismatch" => "Totaal klopt niet met de regels",
        "unknown_cluster" => "Onbekend zorgcluster of zorgvraagtype",
        _ => code,
    };
    let en = match code {
        "above_max_tariff" => "Above the maximum tariff",
        "cluster_conflict" => "The care cluster's number and name differ",
        "date_after_invoice" => "Dated after the invoice date",
        "date_outside_month" => "Dated outside the billed month",
        "date_outside_trajectory" => "Dated outside the course of care",
        "duplicate_line" => "The same line twice",
        "non_insured" => "Care outside the basic package",
        "review_beyond_interval" => "Review date later than allowed",
        "review_overdue" => "Review or new assessment overdue",
        "surcharge_without_consult" => "Surcharge without a consultation",
        "quantity_mismatch" => "Count times rate is not the amount",
        "code_description_mismatch" => "Description does not match the code",
        "total_mismatch" => "Total does not match the lines",
        "unknown_cluster" => "Unknown care cluster or zorgvraagtype",
        _ => code,
    };
    lang.pick(nl, en).to_string()
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// What the tables hold: the maximum tariffs per code and year with their sources, the eigen
/// risico per year, the GB-ggz tariffs; and what they do not.
fn coverage(lang: Lang) -> String {
    let t = |nl: &'static str, en: &'static str| lang.pick(nl, en);
    let mut b = format!(
        "<section id=\"tabellen\">\n<h2>{}</h2>\n<p>{}</p>\n",
        t("Wat de tabellen van NotaWijzer bevatten", "What NotaWijzer's tables hold"),
        t(
            "NotaWijzer kent alleen bedragen die het met een bron kan onderbouwen. Staat een code of jaar hier niet, dan zegt NotaWijzer dat het het maximumtarief niet kent; het verzint geen bedrag.",
            "NotaWijzer only knows amounts it can back with a source. Where a code or year is not here, NotaWijzer says it does not know the maximum tariff; it never invents an amount.",
        )
    );
    b.push_str(&format!(
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"tariff-caption\"><table>\n<caption id=\"tariff-caption\">{} ({}–{})</caption>\n<thead><tr><th scope=\"col\">{}</th>",
        t("Maximumtarieven per prestatiecode", "Maximum tariffs per prestatie code"),
        zpm::FIRST_YEAR,
        zpm::LAST_YEAR,
        t("Code", "Code")
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
                    b.push_str(&format!("<td>{} <sup>{}</sup></td>", esc(&money(amount, lang)), source.key))
                }
                None => b.push_str("<td>—</td>"),
            }
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</tbody>\n</table></div>\n<h3>");
    b.push_str(t("Bronnen van de tarieven", "Sources of the tariffs"));
    b.push_str("</h3>\n<ul>\n");
    for s in zpm::SOURCES {
        b.push_str(&format!("<li><sup>{}</sup> {} ({})</li>\n", s.key, esc(s.url), esc(s.note)));
    }
    b.push_str("</ul>\n");
    let er = eigen_risico::amount(eigen_risico::LAST_YEAR).map(|a| money(a, lang)).unwrap_or_default();
    b.push_str(&format!(
        "<p>{} {}–{}: {} {} ({}: {}).</p>\n",
        t("Eigen risico", "Eigen risico (deductible)"),
        eigen_risico::FIRST_YEAR,
        eigen_risico::LAST_YEAR,
        esc(&er),
        t("per jaar", "a year"),
        t("bron", "source"),
        esc(eigen_risico::SOURCE)
    ));
    let products = [&gbggz::KORT, &gbggz::MIDDEL, &gbggz::INTENSIEF, &gbggz::CHRONISCH, &gbggz::ONVOLLEDIG];
    let list: Vec<String> = products
        .iter()
        .filter_map(|p| Some(format!("{} {}", p.name, money(p.tariff(gbggz::LAST_DBC_YEAR)?, lang))))
        .collect();
    b.push_str(&format!(
        "<p>{} {} ({}: {}): {}.</p>\n",
        t("GB-ggz-producten, tarief", "GB-ggz products, tariff"),
        gbggz::LAST_DBC_YEAR,
        t("bron", "source"),
        esc(gbggz::SOURCE_2021),
        esc(&list.join(", "))
    ));
    b.push_str(&format!(
        "<p>{}</p>\n</section>\n",
        t(
            "Specialistische ggz in het DBC-model: NotaWijzer heeft een deel van de maximumtarieven van 2018. Valt een traject in een product dat daar niet in staat, dan maakt NotaWijzer geen schatting en zegt het waarom.",
            "Specialist mental health care under the DBC model: NotaWijzer holds part of the 2018 maximum tariffs. Where a course falls in a product that is not there, NotaWijzer makes no estimate and says why.",
        )
    ));
    b
}

fn privacy(lang: Lang) -> String {
    let body = match lang {
        Lang::Nl => {
            "<p>Uw nota bevat gegevens over uw gezondheid. Daarom werkt NotaWijzer zo:</p>\n<ul>\n\
<li><strong>Uw nota blijft op uw eigen apparaat.</strong> NotaWijzer leest en controleert de nota in uw browser. Er gaat niets naar een server: niet de nota, niet de uitleg, niet wat u aanklikt.</li>\n\
<li><strong>NotaWijzer bewaart niets.</strong> Geen cookies, geen opslag in de browser. Sluit u de pagina, dan is alles weg.</li>\n\
<li><strong>Geen tellers, geen advertenties.</strong> NotaWijzer gebruikt geen statistieken of diensten van anderen. Alle onderdelen, ook de PDF-lezer, komen van dezelfde website als NotaWijzer zelf.</li>\n\
<li><strong>De browser houdt NotaWijzer aan die belofte.</strong> De pagina heeft een beveiligingsregel (Content-Security-Policy) die de browser laat weigeren om iets naar een andere website te sturen of van een andere website te laden.</li>\n\
<li><strong>Eén uitzondering.</strong> Opent u NotaWijzer vanaf de website van uw verzekeraar of patiëntenvereniging met een link naar uw nota, dan haalt NotaWijzer die ene nota op bij die website. Alleen websites die in NotaWijzer als partner staan, mogen dat.</li>\n</ul>\n\
<h2>Zelf nagaan</h2>\n<ol>\n<li>Open NotaWijzer op een computer en druk op F12 (of kies in het menu van de browser: Meer hulpprogramma's → Hulpprogramma's voor ontwikkelaars).</li>\n\
<li>Kies het tabblad Netwerk.</li>\n<li>Open uw nota in NotaWijzer.</li>\n\
<li>U ziet alleen bestanden van NotaWijzer zelf die worden opgehaald, en geen enkel verzoek dat uw nota verstuurt.</li>\n</ol>\n"
        }
        Lang::En => {
            "<p>Your statement holds details about your health. So this is how NotaWijzer works:</p>\n<ul>\n\
<li><strong>Your statement stays on your own device.</strong> NotaWijzer reads and checks it in your browser. Nothing goes to a server: not the statement, not the explanation, not what you click.</li>\n\
<li><strong>NotaWijzer stores nothing.</strong> No cookies, no storage in the browser. Close the page and everything is gone.</li>\n\
<li><strong>No counters, no ads.</strong> NotaWijzer uses no statistics or services of others. Every part, the PDF reader too, comes from the same website as NotaWijzer itself.</li>\n\
<li><strong>The browser holds NotaWijzer to that promise.</strong> The page has a security rule (Content-Security-Policy) that makes the browser refuse to send anything to, or load anything from, another website.</li>\n\
<li><strong>One exception.</strong> If you open NotaWijzer from your insurer's or patient association's website with a link to your statement, NotaWijzer fetches that one statement from that website. Only websites listed in NotaWijzer as partners may do so.</li>\n</ul>\n\
<h2>Check it yourself</h2>\n<ol>\n<li>Open NotaWijzer on a computer and press F12 (or choose in the browser's menu: More tools → Developer tools).</li>\n\
<li>Choose the Network tab.</li>\n<li>Open your statement in NotaWijzer.</li>\n\
<li>You see only NotaWijzer's own files being fetched, and not a single request that sends your statement.</li>\n</ol>\n"
        }
    };
    page(
        lang,
        lang.pick("Privacy: wat er met uw nota gebeurt", "Privacy: what happens to your statement"),
        file_names(lang.other())[1],
        body,
    )
}

fn accessibility(lang: Lang) -> String {
    let body = match lang {
        Lang::Nl => {
            "<p>NotaWijzer wil dat iedereen zijn zorgnota kan begrijpen, ook wie slechtziend of blind is, alleen een toetsenbord gebruikt, of minder goed Nederlands leest. Deze verklaring volgt de opbouw van het modelformulier voor toegankelijkheidsverklaringen van de Nederlandse overheid.</p>\n\
<h2>Standaard</h2>\n<p>NotaWijzer streeft naar WCAG 2.2 op niveau AA, de norm achter EN 301 549.</p>\n\
<h2>Status: voldoet gedeeltelijk</h2>\n<p>NotaWijzer is met automatische en handmatige controles getest (hieronder). Er is nog geen onderzoek door een onafhankelijke deskundige en nog geen test met mensen die een schermlezer gebruiken. Tot dat gebeurd is, noemen we de status eerlijk: voldoet gedeeltelijk.</p>\n\
<h2>Hoe is getest</h2>\n<ul>\n<li>Automatisch, bij elke wijziging: axe-core met de regels voor WCAG 2.0, 2.1 en 2.2 op A- en AA-niveau (ook de minimale grootte van 24 bij 24 pixels voor klikdoelen), op elke toestand die de tests bereiken: lege pagina, voorbeelden, eigen bestanden, PDF's, foutmeldingen, elk tabblad, Nederlands en Engels.</li>\n\
<li>Lighthouse: toegankelijkheid 100.</li>\n<li>Vastgelegde toegankelijkheidsboom (ARIA-snapshots) van elk tabblad, zodat elke verandering in koppen, landmarks en namen zichtbaar wordt.</li>\n\
<li>Handmatig: de hele weg met alleen het toetsenbord (voorbeeld openen, elk tabblad, de punten om na te vragen, afdrukken), met zichtbare focus bij elke stap; schermbreedtes van 320, 375 en 1280 pixels, met schermafbeeldingen die zijn bekeken.</li>\n\
<li>Slepen is nooit nodig: een bestand dat u op de pagina kunt slepen, kunt u ook kiezen met de knop. Niets op de pagina blijft vast in beeld staan, dus de focus verdwijnt nooit achter iets anders. Hulp (\u{201c}Klopt er iets niet?\u{201d}) staat op elke pagina op dezelfde plek, onderaan.</li>\n</ul>\n\
<h2>Wat (nog) niet voldoet</h2>\n<ul>\n<li>Een foto of scan van een nota leest NotaWijzer met tekstherkenning, en dat gaat niet altijd goed. Naast elke regel staat het stukje foto waar die regel vandaan komt, als afbeelding met een beschrijving; woorden die NotaWijzer niet zeker las, staan gemarkeerd in de tekst erbij. Wie de foto niet kan zien, kan de herkende tekst lezen en verbeteren in het tekstvak. Vergelijk de bedragen ook met de nota zelf.</li>\n\
<li>De grafieken in de vergelijking zijn afbeeldingen met een tekstbeschrijving; dezelfde bedragen staan in de tekst en de tabel. Het kleurverschil tussen de delen van een balk is niet de enige aanwijzing, maar de kleuren zijn niet voor alle vormen van kleurenblindheid getest.</li>\n\
<li>Niet getest met echte gebruikers van schermlezers (NVDA, JAWS, VoiceOver, TalkBack).</li>\n</ul>\n\
<h2>Contact</h2>\n<p>Loopt u tegen iets aan dat niet werkt? Meld het bij de organisatie op wier website u NotaWijzer gebruikt (uw patiëntenvereniging of zorgverzekeraar); zij geven het aan ons door. NotaWijzer zelf verzamelt geen gegevens en heeft daarom geen formulier in de pagina.</p>\n\
<p>Deze verklaring is opgesteld op 24 november 2026.</p>\n"
        }
        Lang::En => {
            "<p>NotaWijzer wants everyone to understand their care statement, also those who are visually impaired or blind, use only a keyboard, or read Dutch less well. This statement follows the structure of the Dutch government's model accessibility statement.</p>\n\
<h2>Standard</h2>\n<p>NotaWijzer aims at WCAG 2.2 level AA, the standard behind EN 301 549.</p>\n\
<h2>Status: partially compliant</h2>\n<p>NotaWijzer has been tested with automated and manual checks (below). There has not yet been an audit by an independent expert, nor a test with people who use a screen reader. Until then we state the status honestly: partially compliant.</p>\n\
<h2>How it was tested</h2>\n<ul>\n<li>Automatically, on every change: axe-core with the rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA (including the minimum target size of 24 by 24 pixels), on every state the tests reach: empty page, examples, own files, PDFs, messages, every tab, Dutch and English.</li>\n\
<li>Lighthouse: accessibility 100.</li>\n<li>Recorded accessibility trees (ARIA snapshots) of every tab, so every change to headings, landmarks and names shows.</li>\n\
<li>By hand: the whole way with the keyboard only (open the example, every tab, the findings, print), with visible focus at every step; screen widths of 320, 375 and 1280 pixels, with screenshots that were looked at.</li>\n\
<li>Dragging is never needed: a file you can drag onto the page you can also choose with the button. Nothing on the page stays fixed on screen, so the focus is never hidden behind anything. Help (\u{201c}Does something look wrong?\u{201d}) is in the same place on every page, at the bottom.</li>\n</ul>\n\
<h2>What does not (yet) comply</h2>\n<ul>\n<li>NotaWijzer reads a photo or scan of a statement with text recognition, and that does not always go right. Beside each line is the strip of the photo it came from, as an image with a description; words NotaWijzer did not read with certainty are marked in the text beside it. Whoever cannot see the photo can read the recognised text and correct it in the text box. Compare the amounts with the statement itself too.</li>\n\
<li>The charts in the comparison are images with a text description; the same amounts are in the text and the table. Colour is not the only cue between the parts of a bar, but the colours have not been tested for every kind of colour blindness.</li>\n\
<li>Not tested with real users of screen readers (NVDA, JAWS, VoiceOver, TalkBack).</li>\n</ul>\n\
<h2>Contact</h2>\n<p>Did you run into something that does not work? Report it to the organisation on whose website you use NotaWijzer (your patient association or health insurer); they pass it on to us. NotaWijzer itself collects no data, and so has no form in the page.</p>\n\
<p>This statement was drawn up on 24 November 2026.</p>\n"
        }
    };
    // a soft hyphen lets a phone break the long Dutch word where Dutch does
    page(
        lang,
        lang.pick("Toegankelijkheids\u{ad}verklaring", "Accessibility statement"),
        file_names(lang.other())[2],
        body,
    )
}
