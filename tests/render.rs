//! The shell's components rendered natively with yew's server renderer, on the view models the
//! engine works out (`notawijzer::engine::worker`, called directly: natively there is no worker): what a
//! patient sees, without a browser.
#![cfg(all(feature = "web", not(target_arch = "wasm32")))]

mod common;
use common::*;

use notawijzer::Lang;
use notawijzer::engine::protocol::{Answer, Ask, Example, FileMeta, Open, Request, Settings, ViewModel};
use notawijzer::engine::worker::{Engine, example_files};
use notawijzer::shell::{App, AppProps};
use yew::LocalServerRenderer;

/// A file as the shell sends it: its name and bytes.
struct Source {
    name: String,
    bytes: Vec<u8>,
}

impl Source {
    fn text(name: &str, text: &str) -> Self {
        Source { name: name.to_string(), bytes: text.as_bytes().to_vec() }
    }
}

fn example() -> Vec<Source> {
    from_example(Example::Henk)
}

fn example_zpm() -> Vec<Source> {
    from_example(Example::Zpm)
}

fn from_example(example: Example) -> Vec<Source> {
    example_files(example).into_iter().map(|(meta, bytes)| Source { name: meta.name, bytes }).collect()
}

/// The engine's view of these files, through the JSON the worker would send.
fn view_of(sources: &[Source], lang: Lang) -> ViewModel {
    let settings = Settings { lang, today: today().to_string(), ..Default::default() };
    let files = sources.iter().map(|s| FileMeta { name: s.name.clone(), size: s.bytes.len(), pdf_pages: 0 }).collect();
    let request = notawijzer::engine::protocol::encode(&Request::new(1, Ask::Open(Open { files, settings })));
    let reply = Engine::default().handle_bytes(&request, sources.iter().map(|s| s.bytes.clone()).collect());
    match notawijzer::engine::protocol::decode::<notawijzer::engine::protocol::Reply>(&reply).unwrap().answer {
        Answer::View(view) => *view,
        other => panic!("{other:?}"),
    }
}

async fn page(sources: Vec<Source>) -> String {
    page_in(sources, Lang::Nl).await
}

async fn page_in(sources: Vec<Source>, lang: Lang) -> String {
    let view = Some(view_of(&sources, lang)).filter(|_| !sources.is_empty());
    LocalServerRenderer::<App>::with_props(AppProps { view, all_views: true, ..Default::default() })
        .hydratable(false)
        .render()
        .await
}

/// The part of the page from `from` to the end of its element (`tag`).
fn part<'a>(html: &'a str, from: &str, tag: &str) -> &'a str {
    let start = html.find(from).unwrap_or_else(|| panic!("no {from}"));
    let close = format!("</{tag}>");
    let end = html[start..].find(&close).map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// The visible text, roughly: tags removed, entities kept.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn the_empty_page_offers_every_way_in() {
    let html = page(Vec::new()).await;
    assert!(html.contains(r#"<input id="file-input""#) || html.contains("id=\"file-input\""));
    assert!(html.contains(r#"<label for="file-input""#), "the file input has a real label");
    assert!(html.contains("multiple"));
    assert!(html.contains("paste-text"));
    assert!(html.contains("Bekijk het voorbeeld (Meneer Henk)"));
    assert!(text(&html).contains("Uw nota blijft op uw eigen apparaat"));
    assert!(!html.contains("glance-heading"), "no results before a nota is opened");
}

#[tokio::test]
async fn the_example_shows_the_numbers_the_cluster_and_the_review() {
    let t = text(&page(example()).await);
    for expected in [
        "€ 1.300,00",
        "€ 8.700,00",
        "€ 9.050,00",
        "€ 350,00 minder",
        "Psychische aandoening ernstig",
        "maandag 1 mei 2017",
        "niet meer nodig",
        "Op woensdag 15 februari 2017 had u een consult",
        "Van zondag 19 februari 2017 tot en met dinsdag 21 februari 2017 was u 3 dagen opgenomen in de kliniek",
        "NotaWijzer vond niets wat niet lijkt te kloppen.",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in\n{t}");
    }
    // the order a patient reads: month total, then the trajectory so far, then findings
    let (month, so_far, verdict) =
        (t.find("€ 1.300,00").unwrap(), t.find("€ 8.700,00").unwrap(), t.find("NotaWijzer vond").unwrap());
    assert!(month < so_far && so_far < verdict);
}

#[tokio::test]
async fn the_cluster_is_highlighted_in_the_tree() {
    let html = page(example()).await;
    let current = html.find(r#"aria-current="true""#).expect("the patient's cluster is marked");
    let after = &html[current..];
    assert!(after[..after.find("</li>").unwrap()].contains("4 Psychische aandoening ernstig"));
    assert_eq!(html.matches(r#"aria-current="true""#).count(), 1);
}

#[tokio::test]
async fn hostile_content_is_text_not_html() {
    let nota = "Zorgnota\n<script>alert(1)</script>\nDeclaratie februari 2017\nConsult <img src=x onerror=alert(2)> (15-2): € 100\nVerblijf (16-2): <b>400</b>\n";
    let html = page(vec![Source::text("hostile.txt", nota)]).await;
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains("<b>400"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("&lt;b&gt;400&lt;/b&gt;"), "the bad line is shown as the user's own text");
}

#[tokio::test]
async fn a_bad_file_points_at_the_line_and_keeps_the_text() {
    let nota = "Declaratie februari 2017\nConsult (15-2): € 100\nConsult (16-2): € 100.50\nVerblijf (19-2): € 400\n";
    let html = page(vec![Source::text("nota.txt", nota)]).await;
    let t = text(&html);
    assert!(t.contains("Wat NotaWijzer niet kon lezen"), "{t}");
    assert!(t.contains("Regel 3, kolom 19: NotaWijzer kan het bedrag „€ 100.50” niet lezen."), "{t}");
    // the original line is on screen, the problem's column marked
    assert!(html.contains("Consult (16-2): € <mark>1</mark>00.50"), "{html}");
    assert!(t.contains("€ 500,00"), "the rest was read: {t}");
}

#[tokio::test]
async fn a_binary_file_gets_a_message_not_a_blank_page() {
    // natively there is no PDF reader (the browser has pdf.js): the reader says what the file is
    let source = Source { name: "scan.pdf".into(), bytes: b"%PDF-1.7\n\x00\x01".to_vec() };
    let t = text(&page(vec![source]).await);
    assert!(t.contains("Dit is een PDF-bestand. NotaWijzer kan alleen gewone tekst lezen."), "{t}");
    assert!(t.contains("Uit dit bestand kon NotaWijzer niets lezen."));
}

#[tokio::test]
async fn findings_come_with_whom_to_ask_and_a_letter() {
    let nota = FEB.replace("€1.300", "€1.400").replace("Verblijf (20-2)", "Verblijf (19-2)");
    let html = page(vec![Source::text("feb.txt", &nota)]).await;
    let t = text(&html);
    assert!(t.contains("NotaWijzer vond 2 punten om na te vragen."), "{t}");
    assert!(t.contains("Vraag het eerst aan uw zorgverzekeraar."));
    assert!(t.contains("Meld het bij de Nederlandse Zorgautoriteit (NZa)"));
    assert!(html.contains(r#"data-code="total_mismatch""#));
    assert!(html.contains(r#"data-code="duplicate_line""#));
    let letter_at = html.find(r#"id="letter""#).unwrap();
    let letter = &html[letter_at..html[letter_at..].find("</textarea>").map_or(html.len(), |e| letter_at + e)];
    assert!(!letter.contains("Henk") && !letter.contains("Psychische"), "no name, no medical detail: {letter}");
}

#[tokio::test]
async fn english_components() {
    let html = page_in(vec![Source::text("feb.txt", FEB)], Lang::En).await;
    let html = part(&html, r#"data-testid="summary""#, "section");
    let t = text(html);
    assert!(t.contains("This statement asks €1,300.00"), "{t}");
    assert!(t.contains("€8,700.00"));
    assert!(t.contains("for February 2017 (sequence number 4)"));
}

#[tokio::test]
async fn a_long_statement_renders_a_page_of_lines_not_all() {
    let mut nota = String::from("Declaratie februari 2017\n");
    for i in 0..5_000 {
        nota.push_str(&format!("Consult ({}-2): € {}\n", i % 28 + 1, i % 90 + 10));
    }
    let html = page(vec![Source::text("big.txt", &nota)]).await;
    assert_eq!(html.matches(r#"class="line""#).count(), notawijzer::engine::protocol::PAGE as usize);
    assert!(text(&html).contains("100 regels getoond van de 5000"));
}

#[tokio::test]
async fn thousands_of_findings_stay_readable() {
    let mut nota = String::from("Declaratie februari 2017\n");
    for _ in 0..3_000 {
        nota.push_str("Consult (15-2): € 100\n");
    }
    let html = page(vec![Source::text("dup.txt", &nota)]).await;
    assert!(text(&html).contains("NotaWijzer vond 2999 punten om na te vragen."));
    assert_eq!(
        html.matches(r#"data-code="duplicate_line""#).count(),
        3 + 20,
        "three at a glance; the first 20 below, with a button for the rest"
    );
    assert!(text(&html).contains("Dit zijn de eerste 20 van 2999 punten."));
    assert!(text(&html).contains("en nog 2949 punten zoals deze."), "the letter lists 50");
}

#[tokio::test]
async fn only_the_chosen_view_is_built() {
    let view = Some(view_of(&example(), Lang::Nl));
    let html = LocalServerRenderer::<App>::with_props(AppProps { view, all_views: false, ..Default::default() })
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("glance-heading"), "the overview is built");
    assert!(!html.contains("cluster-tree"), "the cluster view is not");
    assert!(!html.contains(r#"data-testid="chart""#), "nor the comparison");
}

#[tokio::test]
async fn the_excerpt_numbers_lines_as_the_reader_does_even_with_old_mac_line_ends() {
    let nota = "Declaratie februari 2017\rConsult (15-2): € 100\rConsult (16-2): € 100.50\rVerblijf (19-2): € 400\r";
    let html = page(vec![Source::text("mac.txt", nota)]).await;
    assert!(text(&html).contains("Regel 3, kolom 19"), "{}", text(&html));
    assert!(html.contains(r#"<li value="3" class="bad">"#), "{html}");
    assert!(html.contains("Consult (16-2): € <mark>1</mark>00.50"));
}

#[tokio::test]
async fn the_2025_example_renders_every_zpm_view() {
    let html = page(example_zpm()).await;
    let t = text(&html);
    for expected in [
        "€ 377,58",
        "voor zorg van 6 mei 2025 tot en met 27 mei 2025 (nota N25-0412)",
        "2 · Psychische aandoening licht, grotere zorgbehoefte",
        "Uw zorgvraagtype",
        "bepaalt niet de prijs",
        "dinsdag 14 april 2026",
        "CO0627",
        "Het maximumtarief van de NZa voor deze code in 2025 is € 168,94 (bron: psychezwangerschap.nl).",
        "Deze toeslag hoort bij het consult van 13 mei 2025.",
        "Deze regel is een creditering",
        // the comparison with the DBC model, worked out in the same answer
        "€ 507,43 minder dan met het DBC-model (schatting: € 885,01).",
        "Zorgnota N25-0412 (3 juni 2025)",
    ] {
        assert!(t.contains(expected), "{expected}\n{t}");
    }
    // the pilot's per-cluster facts are not shown for a zorgvraagtype
    assert!(!t.contains("Review minstens elke"), "{t}");
    assert!(html.contains(r#"accept=".pdf,.txt,.csv,.json"#));
}

#[tokio::test]
async fn the_zpm_comparison_is_shown_as_text_table_and_charts() {
    let nl = page(example_zpm()).await;
    let html = part(&nl, r#"data-testid="comparison""#, "section");
    let t = text(html);
    assert!(t.contains("naar schatting € 885,01 kosten"), "{t}");
    assert!(html.contains(r#"<th scope="row">2025</th><td>€ 239,43</td><td>€ 239,43</td><td>€ 385,00</td>"#), "{html}");
    assert_eq!(html.matches(r#"data-testid="chart""#).count(), 2);
    assert!(
        html.contains(
            r#"aria-label="DBC-model, schatting met het tarief van 2021: € 885,01 (GB-ggz Middel: € 885,01)""#
        ),
        "{html}"
    );
    // the order a reader meets: totals, cost chart, eigen risico heading, its first sentence, table
    let order = ["Wat uw traject kost", "<h3>Eigen risico</h3>", "Eigen risico met het zorgprestatiemodel", "<table"];
    let at: Vec<usize> = order.iter().map(|s| html.find(s).unwrap_or_else(|| panic!("{s}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    let en = page_in(example_zpm(), Lang::En).await;
    let en = text(part(&en, r#"data-testid="comparison""#, "section"));
    assert!(en.contains("Under the zorgprestatiemodel that is €507.43 less so far."), "{en}");
    // before the engine answered: the view's heading, and that NotaWijzer is loading (the view's
    // introduction comes with the engine, out of the first paint)
    let empty = page(Vec::new()).await;
    let loading = text(part(&empty, r#"data-testid="comparison""#, "section"));
    assert!(
        loading.contains("NotaWijzer wordt geladen…") && loading.contains("Vergelijking met het oude DBC-model"),
        "{loading}"
    );
}

fn overview_fixture(name: &str) -> Source {
    let path = format!("{}/tests/fixtures/overviews/{name}", env!("CARGO_MANIFEST_DIR"));
    Source::text(name, &std::fs::read_to_string(path).unwrap())
}

#[tokio::test]
async fn an_insurers_family_overview_shows_its_rows_per_person_and_never_a_name() {
    for lang in [Lang::Nl, Lang::Ar] {
        let html = page_in(vec![overview_fixture("family-overview.txt")], lang).await;
        let insurer = text(part(&html, "data-testid=\"insurer\"", "section"));
        // a person by place, never by name (in Arabic the number is isolated)
        let person = if lang == Lang::Nl { "Verzekerde 2" } else { "المؤمَّن عليه \u{2068}2\u{2069}" };
        assert!(insurer.contains(person), "{insurer}");
        for private in ["Bakker", "21-06-1984", "09-08-2011", "1984", "2011"] {
            assert!(!html.contains(private), "{lang:?}: the page shows {private}");
        }
        assert!(!html.contains("data-testid=\"not-a-nota\""), "an overview is no 'not a nota'");
    }
    let html = page(vec![overview_fixture("family-overview.txt")]).await;
    let insurer = text(part(&html, "data-testid=\"insurer\"", "section"));
    assert!(insurer.contains("Dit overzicht is geen rekening"), "{insurer}");
    assert!(insurer.contains("Eigen risico 2026: € 285,58 gebruikt, nog € 99,42 over van € 385,00."), "{insurer}");
    assert!(
        insurer.contains("NotaWijzer las 5 regels van dit overzicht en vond niets wat niet lijkt te kloppen."),
        "{insurer}"
    );
}

#[tokio::test]
async fn a_bill_says_what_to_pay_now_and_a_nota_with_its_overview_is_matched() {
    let html = page(vec![overview_fixture("salland-style-eigen-risico.txt")]).await;
    let insurer = text(part(&html, "data-testid=\"insurer\"", "section"));
    assert!(insurer.contains("U moet uw zorgverzekeraar € 194,04 betalen, voor zorg in 2026."), "{insurer}");
    assert!(insurer.contains("maandag 30 november 2026"), "{insurer}");
    assert!(html.contains("data-testid=\"letter\""), "a ready letter");
    let html = page(vec![
        overview_fixture("pair/nota-praktijk-horizon.txt"),
        overview_fixture("pair/overview-declaraties.txt"),
    ])
    .await;
    let matching = text(part(&html, "data-testid=\"matching\"", "div"));
    assert!(matching.contains("2 regels van de nota heeft uw zorgverzekeraar verwerkt."), "{matching}");
    assert!(matching.contains("tot nu toe kost die u € 376,88"), "{matching}");
    assert_eq!(html.matches("<textarea id=\"letter\"").count(), 1, "one letter on the page");
}
