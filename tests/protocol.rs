//! The messages between the shell and the engine (`notawijzer::engine::protocol`): every message is
//! encoded and decoded back unchanged, the engine answers each request (and a bad one with a
//! message, never a panic), and keeps what it read for the next request.

mod common;

use common::{DBC, FEB};
use notawijzer::Lang;
use notawijzer::engine::protocol::*;
use notawijzer::engine::worker::{Engine, example_files};

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(message: &T) {
    let bytes = encode(message);
    assert!(!bytes.is_empty());
    let back: T = decode(&bytes).unwrap_or_else(|e| panic!("{e}: {message:?}"));
    assert_eq!(&back, message);
    // the version and the id come first, for routing and for a page of another build
    assert_eq!(version_and_id(&bytes).map(|(v, _)| v), Some(VERSION));
}

fn settings(lang: Lang) -> Settings {
    Settings { lang, today: "2025-06-10".into(), ..Default::default() }
}

fn open(files: &[(&str, &str)], settings: Settings) -> (Request, Vec<Vec<u8>>) {
    let metas =
        files.iter().map(|(name, text)| FileMeta { name: name.to_string(), size: text.len(), pdf_pages: 0 }).collect();
    (
        Request::new(7, Ask::Open(Open { files: metas, settings })),
        files.iter().map(|(_, t)| t.as_bytes().to_vec()).collect(),
    )
}

fn view(reply: Reply) -> ViewModel {
    match reply.answer {
        Answer::View(view) => *view,
        other => panic!("not a view: {other:?}"),
    }
}

#[test]
fn every_request_round_trips() {
    let (opened, _) = open(&[("feb.txt", FEB)], settings(Lang::En));
    for request in [
        opened,
        Request::new(1, Ask::Example(Example::Henk, settings(Lang::Nl))),
        Request::new(
            2,
            Ask::Example(
                Example::Zpm,
                Settings { lines_shown: vec![400, 200], all_findings: true, ..settings(Lang::En) },
            ),
        ),
        Request::new(3, Ask::Render(settings(Lang::En))),
        Request::new(4, Ask::Clear(settings(Lang::Nl))),
        Request::new(5, Ask::Pdf(r#"[{"w":595,"h":842,"items":[]}]"#.into())),
    ] {
        round_trip(&request);
    }
}

#[test]
fn every_answer_round_trips_with_the_view_of_every_sample() {
    let mut engine = Engine::default();
    let mut views = vec![view(engine.handle(Request::new(1, Ask::Render(settings(Lang::Nl))), Vec::new()))];
    for example in [Example::Henk, Example::Zpm] {
        for lang in [Lang::Nl, Lang::En] {
            views.push(view(engine.handle(Request::new(2, Ask::Example(example, settings(lang))), Vec::new())));
        }
    }
    for name in [
        "zpm-2023-12-2024-01-export.csv",
        "real/factoring-2024-05.txt",
        "real/boodschappen.txt",
        "pdf/sportclub-reportlab.pdf",
        "pdf/zonnehof-chromium.select-all.txt",
    ] {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // the text the shell sends for a PDF is the text rebuilt from it, with its pages
        let pdf_pages = u32::from(name.ends_with(".select-all.txt"));
        let meta = FileMeta { name: name.into(), size: bytes.len(), pdf_pages };
        let request = Request::new(3, Ask::Open(Open { files: vec![meta], settings: settings(Lang::Nl) }));
        views.push(view(engine.handle(request, vec![bytes])));
    }
    assert_eq!(views.len(), 10);
    // each kind of node is in some view, so each is round-tripped for real
    let has = |attr: Attr, value: &str| {
        views.iter().any(|v| {
            !find(&v.overview, attr, value).is_empty()
                || !find(&v.comparison, attr, value).is_empty()
                || !find(&v.cluster, attr, value).is_empty()
        })
    };
    for (attr, value) in [
        (Attr::TestId, "not-a-nota"),
        (Attr::TestId, "read-errors"),
        (Attr::TestId, "cumulative"),
        (Attr::TestId, "comparison-glance"),
        (Attr::TestId, "findings"),
        (Attr::TestId, "chart"),
        (Attr::TestId, "eigen-risico-table"),
        (Attr::TestId, "cluster-tree"),
        (Attr::TestId, "pdf-text"),
    ] {
        assert!(has(attr, value), "no view has {value}");
    }
    for v in &views {
        let reply = Reply { version: VERSION, id: 9, answer: Answer::View(Box::new(v.clone())) };
        round_trip(&reply);
    }
    for answer in [Answer::Pdf(Some(("Zorgnota\nregel 2".into(), 2))), Answer::Pdf(None), Answer::Failed("x".into())] {
        round_trip(&Reply { version: VERSION, id: 1, answer });
    }
}

#[test]
fn the_engine_keeps_the_files_for_the_next_request() {
    let mut engine = Engine::default();
    let (request, bytes) = open(&[("feb.txt", FEB), ("dbc.txt", DBC)], settings(Lang::Nl));
    let reply = engine.handle(request, bytes);
    assert_eq!(reply.id, 7, "the answer names its request");
    let nl = view(reply);
    assert_eq!(nl.notas, 2);
    assert_eq!(texts(&find(&nl.overview, Attr::TestId, "month-total")), "€ 1.300,00");
    // a language switch sends no file again
    let en = view(engine.handle(Request::new(8, Ask::Render(settings(Lang::En))), Vec::new()));
    assert_eq!(texts(&find(&en.overview, Attr::TestId, "month-total")), "€1,300.00");
    assert!(text_of(&en.comparison).contains("€350.00 less"), "{}", text_of(&en.comparison));
    assert!(text_of(&nl.comparison).contains("€ 350,00 minder"), "{}", text_of(&nl.comparison));
    // closing the nota forgets it
    let cleared = view(engine.handle(Request::new(9, Ask::Clear(settings(Lang::Nl))), Vec::new()));
    assert!(!cleared.read && cleared.overview.is_empty() && cleared.lines.is_empty());
    // the catalogue is there without a nota: a row per cluster
    let rows = text_of(&cleared.cluster);
    for c in &notawijzer::rules::clusters::CLUSTERS {
        assert!(rows.contains(&notawijzer::words::explain::cluster_name(c, Lang::Nl)), "{}", c.number);
    }
    let after = view(engine.handle(Request::new(10, Ask::Render(settings(Lang::En))), Vec::new()));
    assert!(!after.read);
}

#[test]
fn lines_come_a_page_at_a_time() {
    let mut nota = String::from("Declaratie februari 2017\n");
    for i in 0..1_000 {
        nota.push_str(&format!("Consult ({}-2): € {}\n", i % 28 + 1, i % 90 + 10));
    }
    let mut engine = Engine::default();
    let (request, bytes) = open(&[("big.txt", &nota)], settings(Lang::Nl));
    let first = view(engine.handle(request, bytes));
    let lines = |v: &ViewModel| v.lines.iter().map(|n| count(n, Attr::DataLine)).sum::<usize>();
    assert_eq!(lines(&first), 100);
    assert!(text_of(&first.lines).contains("100 regels getoond van de 1000"));
    let more = Settings { lines_shown: vec![200], ..settings(Lang::Nl) };
    let second = view(engine.handle(Request::new(2, Ask::Render(more)), Vec::new()));
    assert_eq!(lines(&second), 200);
    assert_eq!(find(&second.lines, Attr::DataLine, "201").len(), 1, "line 1 is the header");
    assert!(find(&second.lines, Attr::DataLine, "202").is_empty());
}

#[test]
fn findings_come_twenty_at_a_time_unless_all_are_asked() {
    let mut nota = String::from("Declaratie februari 2017\n");
    for _ in 0..100 {
        nota.push_str("Consult (15-2): € 100\n");
    }
    let mut engine = Engine::default();
    let (request, bytes) = open(&[("dup.txt", &nota)], settings(Lang::Nl));
    let some = view(engine.handle(request, bytes));
    let listed = |v: &ViewModel| {
        find(&v.overview, Attr::Class, "finding-list").iter().map(|l| count(l, Attr::DataCode)).sum::<usize>()
    };
    assert_eq!(listed(&some), FINDINGS_SHOWN);
    assert!(text_of(&some.overview).contains("Dit zijn de eerste 20 van 99 punten. "));
    assert!(some.overview.iter().any(|n| has_button(n, Action::AllFindings)));
    let all = view(
        engine.handle(Request::new(2, Ask::Render(Settings { all_findings: true, ..settings(Lang::Nl) })), Vec::new()),
    );
    assert_eq!(listed(&all), 99);
    assert!(!text_of(&all.overview).contains("Dit zijn de eerste"));
    assert!(!all.overview.iter().any(|n| has_button(n, Action::AllFindings)));
}

#[test]
fn a_bad_message_gets_an_answer_not_a_panic() {
    let mut engine = Engine::default();
    let good = encode(&Request::new(3, Ask::Render(settings(Lang::Nl))));
    for bytes in
        [Vec::new(), vec![0xff; 3], good[..good.len() - 1].to_vec(), vec![1, 3, 99, 0, 0], b"{\"version\":1}".to_vec()]
    {
        let reply: Reply = decode(&engine.handle_bytes(&bytes, Vec::new())).unwrap();
        assert!(matches!(reply.answer, Answer::Failed(_)), "{bytes:?}: {reply:?}");
    }
    // a page and an engine from different builds never misread each other
    let newer = encode(&Request { version: VERSION + 1, id: 4, ask: Ask::Render(settings(Lang::Nl)) });
    let reply: Reply = decode(&engine.handle_bytes(&newer, Vec::new())).unwrap();
    assert_eq!(reply.id, 4);
    assert!(matches!(reply.answer, Answer::Failed(m) if m.contains("protocol")));
    // ... even when the rest of its message has another shape
    let other = encode(&(VERSION + 1, 5u32, "a message of the future"));
    let reply: Reply = decode(&engine.handle_bytes(&other, Vec::new())).unwrap();
    assert_eq!(reply.id, 5);
    assert!(
        matches!(&reply.answer, Answer::Failed(m) if m.contains(&format!("protocol {}", VERSION + 1))),
        "{:?}",
        reply.answer
    );
    // an Open with fewer buffers than files reads what came
    let (request, _) = open(&[("feb.txt", FEB), ("dbc.txt", DBC)], settings(Lang::Nl));
    let v = view(engine.handle(request, vec![FEB.as_bytes().to_vec()]));
    assert_eq!(v.notas, 1);
}

#[test]
fn the_view_holds_no_bsn_and_the_partner_summary_no_names() {
    let path = format!("{}/tests/fixtures/real/factoring-2024-05.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let mut engine = Engine::default();
    let (request, bytes) = open(&[("f.txt", &text)], settings(Lang::Nl));
    let v = view(engine.handle(request, bytes));
    let json = serde_json::to_string(&v).unwrap();
    assert_eq!(bsns(&text), ["123456782"], "the fixture holds a BSN");
    for bsn in bsns(&text) {
        assert!(!json.contains(&bsn), "BSN {bsn} in the view");
    }
    assert!(v.partner_summary.contains("notawijzer:summary"));
    // a nota that names its patient: the name is in the view, never in the partner's summary
    let (request, bytes) = open(&[("feb.txt", FEB)], settings(Lang::Nl));
    let v = view(engine.handle(request, bytes));
    let patient = texts(&find(&v.lines, Attr::Class, "patient"));
    assert_eq!(patient, "Voor: Meneer Henk");
    assert!(!v.partner_summary.contains("Henk"), "{}", v.partner_summary);
    assert!(v.partner_summary.contains("\"month_total\":\"1300.00\""), "{}", v.partner_summary);
}

/// The elements with this attribute value, in several nodes.
fn find<'a>(nodes: &'a [Node], attr: Attr, value: &str) -> Vec<&'a Node> {
    let mut found = Vec::new();
    nodes.iter().for_each(|n| n.find(attr, value, &mut found));
    found
}

fn texts(nodes: &[&Node]) -> String {
    nodes.iter().map(|n| n.text()).collect::<Vec<_>>().join(" ")
}

/// How many elements inside carry this attribute.
fn count(node: &Node, attr: Attr) -> usize {
    match node {
        Node::El(_, attrs, kids) => {
            usize::from(attrs.iter().any(|(a, _)| *a == attr)) + kids.iter().map(|k| count(k, attr)).sum::<usize>()
        }
        _ => 0,
    }
}

fn has_button(node: &Node, action: Action) -> bool {
    match node {
        Node::Button(a, _) => *a == action,
        Node::El(_, _, kids) => kids.iter().any(|k| has_button(k, action)),
        _ => false,
    }
}

/// Nine-digit numbers that pass the BSN eleven test.
fn bsns(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 9)
        .filter(|w| {
            let d: Vec<i64> = w.bytes().map(|b| i64::from(b - b'0')).collect();
            let sum: i64 = (0..8).map(|i| d[i] * (9 - i as i64)).sum::<i64>() - d[8];
            sum % 11 == 0
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn the_examples_are_the_fixtures() {
    let henk = example_files(Example::Henk);
    assert_eq!(henk.len(), 2);
    assert_eq!(henk[0].1, FEB.as_bytes());
}
