//! The line rebuilding from recognised words (`notawijzer::read::picture`) on what the browser recognised
//! in each picture fixture (tests/fixtures/picture: made by make.py from the PDF fixtures and a
//! three-page factoring nota, photographed and scanned with Pillow; recorded by record.mjs with
//! Tesseract in Chromium). A picture of a nota must read like the text it was made from: the same
//! lines, codes, dates and amounts, to the cent, with the words read with doubt marked.

mod common;

use common::{figures, ymd};
use notawijzer::engine::protocol::PictureProblem;
use notawijzer::read::picture::{Picture, from_json, rebuild};
use notawijzer::rules::analysis::analyse_text;

fn fixture(path: &str) -> String {
    let path = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> Result<(String, Picture), PictureProblem> {
    rebuild(&from_json(&fixture(&format!("picture/{name}.words.json"))).expect("the recorded words read"))
}

fn text(name: &str) -> String {
    read(name).unwrap_or_else(|p| panic!("{name}: {p:?}")).0
}

fn same_as_text(picture: &str, text_fixture: &str, today: chrono::NaiveDate) {
    let from_picture = analyse_text(picture, &text(picture), today);
    let from_text = analyse_text(text_fixture, &fixture(text_fixture), today);
    assert_eq!(figures(&from_picture), figures(&from_text), "{picture}:\n{}", text(picture));
}

#[test]
fn a_phone_photo_of_a_browser_printed_nota_reads_as_its_text() {
    // turned 3°, a slight perspective, light falling off, a little blur, JPEG
    same_as_text("photo-noorderlicht", "zpm-2025-05-noorderlicht.txt", ymd(2025, 6, 10));
    let r = analyse_text("photo", &text("photo-noorderlicht"), ymd(2025, 6, 10));
    assert_eq!(r.notas[0].month_total.to_string(), "377.58");
}

#[test]
fn held_upside_down_it_reads_the_same() {
    same_as_text("photo-upside-down", "zpm-2025-05-noorderlicht.txt", ymd(2025, 6, 10));
}

#[test]
fn a_dark_photo_is_evened_out_and_read() {
    same_as_text("photo-dark", "zpm-2025-05-noorderlicht.txt", ymd(2025, 6, 10));
}

#[test]
fn a_twelve_megapixel_photo_stored_sideways_reads_as_its_text() {
    same_as_text("photo-praktijk-12mp", "zpm-2024-03-praktijk.txt", ymd(2024, 4, 10));
}

#[test]
fn an_english_nota_photographed_reads_as_its_text() {
    same_as_text("photo-english", "real/english-2025-07.txt", ymd(2025, 7, 10));
}

#[test]
fn a_flat_scan_reads_as_its_text() {
    same_as_text("scan-praktijk-200dpi", "zpm-2024-03-praktijk.txt", ymd(2024, 4, 10));
}

#[test]
fn a_three_page_scanned_pdf_reads_as_its_text() {
    same_as_text("scan-factoring-3-pages", "picture/factoring-3-pages.txt", ymd(2025, 1, 5));
    let r = analyse_text("scan", &text("scan-factoring-3-pages"), ymd(2025, 1, 5));
    assert_eq!(r.notas[0].nota.lines.len(), 39);
    assert_eq!(r.notas[0].month_total.to_string(), "5323.52");
    let (text, picture) = read("scan-factoring-3-pages").unwrap();
    assert_eq!(picture.pages, 3);
    // each page's lines come after the one before: the last row of page 2, then page 3's first
    let row = |date: &str| text.find(date).unwrap_or_else(|| panic!("{date}: {text}"));
    assert!(row("01-10-2024") < row("Pagina 2 van 3") && row("Pagina 2 van 3") < row("08-10-2024"));
    assert_eq!(picture.origin(text[..row("08-10-2024")].lines().count() + 1).map(|o| o.page), Some(2));
}

#[test]
fn one_page_of_three_photographed_reads_its_lines() {
    let r = analyse_text("photo", &text("photo-factoring"), ymd(2025, 1, 5));
    let from_text = analyse_text("text", &fixture("picture/factoring-3-pages.txt"), ymd(2025, 1, 5));
    assert_eq!(r.notas[0].nota.lines.len(), 12);
    for (a, b) in r.notas[0].nota.lines.iter().zip(&from_text.notas[0].nota.lines) {
        assert_eq!((&a.code, a.date, a.amount), (&b.code, b.date, b.amount));
    }
}

#[test]
fn each_line_knows_where_it_was_read_and_what_was_doubtful() {
    let (text, picture) = read("photo-noorderlicht").unwrap();
    let (no, line) = text.lines().enumerate().find(|(_, l)| l.contains("TC0009")).unwrap();
    let origin = picture.origin(no + 1).unwrap();
    assert_eq!(origin.page, 0);
    // a strip of one line: far wider than high, on the page
    let (w, h) = (origin.x1 - origin.x0, origin.y1 - origin.y0);
    assert!(w > 10 * h && h > 10 && h < 120, "{line}: {origin:?}");
    // a code the recogniser confused and that was set right is marked as doubtful
    let all: Vec<&String> = picture.lines.iter().flatten().flat_map(|o| &o.unsure).collect();
    assert!(all.iter().any(|w| w.as_str() == "GC0110"), "{all:?}");
}

#[test]
fn a_photo_held_too_close_says_part_of_the_nota_is_outside_it() {
    let (text, picture) = read("photo-partial").unwrap();
    assert!(picture.cut, "{text}");
    assert!(!read("photo-noorderlicht").unwrap().1.cut);
    assert!(!read("scan-factoring-3-pages").unwrap().1.cut);
}

#[test]
fn a_blurred_photo_says_so() {
    assert_eq!(read("photo-blurred").map(|_| ()), Err(PictureProblem::Blurred));
}

#[test]
fn a_photo_of_a_shopping_list_reads_but_is_no_nota() {
    let text = text("photo-boodschappen");
    assert!(text.contains("Boodschappen zaterdag"), "{text}");
    let r = analyse_text("photo", &text, ymd(2025, 6, 10));
    assert!(r.notas.is_empty());
    assert!(r.errors.iter().any(|e| e.error.code() == "not_a_nota"), "{:?}", common::error_codes(&r));
}

mod through_the_engine {
    //! The engine keeps where each line of a picture's text came from, and the views show it.
    use notawijzer::engine::protocol::{Answer, Ask, FileMeta, Node, Open, Request, Settings, ViewModel};
    use notawijzer::engine::worker::Engine;
    use notawijzer::words::lang::Lang;

    fn settings() -> Settings {
        Settings { lang: Lang::Nl, today: "2025-06-10".into(), ..Default::default() }
    }

    fn recognised(engine: &mut Engine, name: &str) -> (String, String) {
        let json = super::fixture(&format!("picture/{name}.words.json"));
        match engine.handle(Request::new(1, Ask::Picture(json)), Vec::new()).answer {
            Answer::Picture(Ok(texts)) => texts,
            other => panic!("{other:?}"),
        }
    }

    fn opened(engine: &mut Engine, name: &str, text: &str) -> ViewModel {
        let meta = FileMeta { name: name.into(), size: text.len(), pdf_pages: 0 };
        let ask = Ask::Open(Open { files: vec![meta], settings: settings() });
        match engine.handle(Request::new(2, ask), vec![text.as_bytes().to_vec()]).answer {
            Answer::View(view) => *view,
            other => panic!("{other:?}"),
        }
    }

    fn strips(nodes: &[Node]) -> Vec<(u16, [u32; 4], String)> {
        fn walk(n: &Node, out: &mut Vec<(u16, [u32; 4], String)>) {
            match n {
                Node::Strip(page, bbox, alt) => out.push((*page, *bbox, alt.clone())),
                Node::El(_, _, kids) => kids.iter().for_each(|k| walk(k, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        nodes.iter().for_each(|n| walk(n, &mut out));
        out
    }

    #[test]
    fn every_care_line_gets_its_strip_and_the_text_is_shown() {
        let mut engine = Engine::default();
        let (text, masked) = recognised(&mut engine, "photo-noorderlicht");
        assert_eq!(text, masked, "no BSN on this nota: nothing to mask");
        let view = opened(&mut engine, "foto.jpg", &text);
        let shown = strips(&view.lines);
        assert_eq!(shown.len(), 6, "one strip per care line");
        assert!(shown.iter().all(|(page, [x0, y0, x1, y1], alt)| *page == 0
            && x1 > x0
            && y1 > y0
            && alt == "Stukje van de foto waar deze regel staat"));
        let overview = notawijzer::engine::protocol::text_of(&view.overview);
        assert!(overview.contains("Zo heeft NotaWijzer uw foto gelezen (foto.jpg, 1 pagina)"), "{overview}");
        let lines = notawijzer::engine::protocol::text_of(&view.lines);
        assert!(lines.contains("Niet zeker gelezen, kijk dit na op de foto: GC0110"), "{lines}");
        // the same text typed in (corrected): a text like any other, no strips
        let view = opened(&mut engine, "Geplakte tekst", &text.replace("€ 36,46", "€ 46,46"));
        assert!(strips(&view.lines).is_empty());
    }

    #[test]
    fn the_text_box_gets_the_bsn_masked() {
        let mut engine = Engine::default();
        let (text, masked) = recognised(&mut engine, "photo-factoring");
        assert!(text.contains("123456782"));
        assert!(!masked.contains("123456782") && masked.contains("6782"), "{masked}");
        assert_eq!(text.lines().count(), masked.lines().count());
    }

    #[test]
    fn lines_that_do_not_add_up_on_a_picture_may_hold_a_misread_digit() {
        let mut engine = Engine::default();
        let (text, _) = recognised(&mut engine, "scan");
        let view = opened(&mut engine, "scan.pdf", &text);
        let overview = notawijzer::engine::protocol::text_of(&view.overview);
        assert!(overview.contains("is niet gelijk aan de regels bij elkaar opgeteld"), "{overview}");
        assert!(overview.contains("misschien is een cijfer verkeerd herkend"), "{overview}");
        // the same lines as a text file: the total check alone
        let mut plain = Engine::default();
        let overview = notawijzer::engine::protocol::text_of(&opened(&mut plain, "scan.txt", &text).overview);
        assert!(overview.contains("is niet gelijk aan") && !overview.contains("verkeerd herkend"));
    }

    #[test]
    fn a_photo_held_too_close_says_so_on_the_overview() {
        let mut engine = Engine::default();
        let (text, _) = recognised(&mut engine, "photo-partial");
        let overview = notawijzer::engine::protocol::text_of(&opened(&mut engine, "foto.jpg", &text).overview);
        assert_eq!(overview.matches("Misschien viel een deel van de nota buiten de foto").count(), 1, "{overview}");
        assert!(!overview.contains("NotaWijzer vond niets wat niet lijkt te kloppen"), "{overview}");
    }

    #[test]
    fn a_blurred_picture_answers_why() {
        let mut engine = Engine::default();
        let json = super::fixture("picture/photo-blurred.words.json");
        let answer = engine.handle(Request::new(1, Ask::Picture(json)), Vec::new()).answer;
        assert_eq!(answer, Answer::Picture(Err(notawijzer::engine::protocol::PictureProblem::Blurred)));
        let answer = engine.handle(Request::new(1, Ask::Picture("{".into())), Vec::new()).answer;
        assert!(matches!(answer, Answer::Picture(Err(_))));
    }
}
