//! The messages between the shell and the engine (`notawijzer::protocol`): every message is
//! encoded and decoded back unchanged, the engine answers each request (and a bad one with a
//! message, never a panic), and keeps what it read for the next request.

mod common;

use common::{DBC, FEB};
use notawijzer::Lang;
use notawijzer::engine::{Engine, example_files};
use notawijzer::protocol::*;

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
    ] {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let meta = FileMeta { name: name.into(), size: bytes.len(), pdf_pages: 0 };
        let request = Request::new(3, Ask::Open(Open { files: vec![meta], settings: settings(Lang::Nl) }));
        views.push(view(engine.handle(request, vec![bytes])));
    }
    assert_eq!(views.len(), 9);
    // each part of the view model is filled somewhere, so each is round-tripped for real
    assert!(views.iter().any(|v| v.errors.as_ref().is_some_and(|e| e.not_a_nota)));
    assert!(views.iter().any(|v| v.glance.as_ref().is_some_and(|g| g.so_far.is_some() && g.comparison.is_some())));
    assert!(views.iter().any(|v| v.findings.as_ref().is_some_and(|f| !f.groups.is_empty())));
    assert!(views.iter().any(|v| v.comparison.eigen_risico.as_ref().is_some_and(|e| e.chart.is_some())));
    assert!(views.iter().any(|v| v.cluster.about.as_ref().is_some_and(|a| !a.tree.is_empty())));
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
    assert_eq!(nl.glance.as_ref().unwrap().asks, "€ 1.300,00");
    // a language switch sends no file again
    let en = view(engine.handle(Request::new(8, Ask::Render(settings(Lang::En))), Vec::new()));
    assert_eq!(en.glance.as_ref().unwrap().asks, "€1,300.00");
    assert_ne!(en.comparison.sentences, nl.comparison.sentences);
    assert!(en.comparison.sentences.iter().any(|s| s.contains("€350.00 less")), "{:?}", en.comparison.sentences);
    // closing the nota forgets it
    let cleared = view(engine.handle(Request::new(9, Ask::Clear(settings(Lang::Nl))), Vec::new()));
    assert!(!cleared.read && cleared.glance.is_none() && cleared.lines.is_empty());
    assert_eq!(
        cleared.cluster.catalogue.len(),
        notawijzer::clusters::CLUSTERS.len(),
        "the catalogue is there without a nota"
    );
    assert_eq!(cleared.cluster.catalogue[0].number, "0");
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
    assert_eq!((first.lines[0].lines.len(), first.lines[0].total), (200, 1_000));
    let more = Settings { lines_shown: vec![400], ..settings(Lang::Nl) };
    let second = view(engine.handle(Request::new(2, Ask::Render(more)), Vec::new()));
    assert_eq!(second.lines[0].lines.len(), 400);
    assert_eq!(second.lines[0].lines[399].line_no, 401, "line 1 is the header");
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
    let group = &some.findings.as_ref().unwrap().groups[0];
    assert_eq!(group.items.len(), FINDINGS_SHOWN);
    assert_eq!(group.more.as_deref(), Some("Dit zijn de eerste 20 van 99 punten. "));
    let all = view(
        engine.handle(Request::new(2, Ask::Render(Settings { all_findings: true, ..settings(Lang::Nl) })), Vec::new()),
    );
    assert_eq!(all.findings.as_ref().unwrap().groups[0].items.len(), 99);
    assert_eq!(all.findings.unwrap().groups[0].more, None);
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
    assert!(matches!(&reply.answer, Answer::Failed(m) if m.contains("protocol 2")), "{:?}", reply.answer);
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
    for bsn in bsns(&text) {
        assert!(!json.contains(&bsn), "BSN {bsn} in the view");
    }
    assert!(v.partner_summary.contains("notawijzer:summary"));
    if let Some(patient) = v.lines.first().and_then(|n| n.patient.clone()) {
        assert!(!v.partner_summary.contains(&patient));
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
