//! The command line, run as a program.

mod common;
use common::run_cli as run;

const FEB: &str = "tests/fixtures/henk-2017-02-zorgcluster.txt";
const DBC: &str = "tests/fixtures/henk-2017-02-dbc.txt";

#[test]
fn json_for_the_seed_example() {
    let (code, out, err) = run(&["explain", FEB, DBC, "--json", "--today", "2017-02-25"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let cluster = &v["notas"][0];
    assert_eq!(cluster["model"], "zorgcluster");
    assert_eq!(cluster["patient"], "Meneer Henk");
    assert_eq!(cluster["sequence"], 4);
    assert_eq!(cluster["billing_month"], "2017-02");
    assert_eq!(cluster["cluster"]["number"], 4);
    assert_eq!(cluster["cluster"]["name"], "Psychische aandoening ernstig");
    assert_eq!(cluster["cluster"]["group"], "I.a Licht/matig/ernstig");
    assert_eq!(cluster["cluster"]["supercluster"], "Zorgvraag zonder verontrustende psychotische symptomen of wanen");
    assert_eq!(cluster["start_date"], "2016-11-01");
    assert_eq!(cluster["end_date"], "2017-02-21");
    assert_eq!(cluster["review_date"], "2017-05-01");
    assert_eq!(cluster["previously_billed"], "7400.00");
    assert_eq!(cluster["lines_total"], "1300.00");
    assert_eq!(cluster["stated_total"], "1300.00");
    assert_eq!(cluster["cumulative"], "8700.00");
    assert_eq!(cluster["lines"][0]["line_no"], 13);
    assert_eq!(cluster["lines"][0]["kind"], "consult");
    assert_eq!(cluster["lines"][0]["date"], "2017-02-15");
    assert_eq!(cluster["lines"][0]["amount"], "100.00");
    assert!(cluster["lines"][0]["explanation"].as_str().unwrap().starts_with("Op woensdag 15 februari 2017"));
    assert_eq!(cluster["findings"], serde_json::json!([]));
    let dbc = &v["notas"][1];
    assert_eq!(dbc["model"], "dbc");
    assert_eq!(dbc["cumulative"], "9050.00");
    assert_eq!(dbc["lines"][0]["kind"], "dbc_product");
    assert_eq!(dbc["lines"][0]["date"], serde_json::Value::Null);
    assert_eq!(v["comparison"]["cluster_total"], "8700.00");
    assert_eq!(v["comparison"]["dbc_total"], "9050.00");
    assert_eq!(v["comparison"]["difference"], "-350.00");
    assert_eq!(v["errors"], serde_json::json!([]));
}

#[test]
fn english_text_output() {
    let (code, out, _) = run(&["explain", FEB, "--lang", "en", "--today", "2017-02-25"]);
    assert_eq!(code, 0);
    assert!(out.contains("This statement asks €1,300.00 for February 2017."), "{out}");
    assert!(out.contains("On Wednesday 15 February 2017 you had a consultation"), "{out}");
}

#[test]
fn findings_and_errors_in_json() {
    let dir = std::env::temp_dir().join(format!("nw-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.txt");
    std::fs::write(
        &file,
        "Declaratie februari 2017\nZorgcluster: 9\nConsult (15-2): € 100\nConsult (15-2): € 100.50\nTotaal: € 300\n",
    )
    .unwrap();
    let (code, out, _) = run(&["explain", file.to_str().unwrap(), "--json", "--today", "2017-02-25"]);
    assert_eq!(code, 0, "a file with bad lines was still read");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let codes: Vec<&str> =
        v["notas"][0]["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["unknown_cluster", "total_mismatch"]);
    assert_eq!(v["errors"][0]["line_no"], 4);
    assert_eq!(v["errors"][0]["column"], 19);
    assert_eq!(v["errors"][0]["code"], "bad_amount");
    assert!(v["comparison"].is_null());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn exit_codes() {
    assert_eq!(run(&[]).0, 2);
    assert_eq!(run(&["explain"]).0, 2);
    assert_eq!(run(&["explain", FEB, "--lang", "fr"]).0, 2);
    assert_eq!(run(&["explain", FEB, "--today", "gisteren"]).0, 2);
    assert_eq!(run(&["frobnicate", FEB]).0, 2);
    let (code, _, err) = run(&["explain", "does/not/exist.txt"]);
    assert_eq!(code, 1);
    assert!(err.contains("kan het bestand niet openen"));
    // a binary file cannot be read at all
    assert_eq!(run(&["explain", "Cargo.lock", env!("CARGO_BIN_EXE_notawijzer")]).0, 1);
}

#[test]
fn json_for_a_zpm_nota() {
    let (code, out, err) =
        run(&["explain", "tests/fixtures/zpm-2025-05-noorderlicht.txt", "--json", "--today", "2025-06-10"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let n = &v["notas"][0];
    assert_eq!(n["model"], "zpm");
    assert_eq!(n["invoice_number"], "N25-0412");
    assert_eq!(n["invoice_date"], "2025-06-03");
    assert_eq!(n["trajectory_number"], "2025-118");
    assert_eq!(n["cluster"]["number"], 2);
    assert_eq!(n["cluster"]["kind"], "zorgvraagtype");
    assert_eq!(n["profile"], "middel");
    assert_eq!(n["review_due"], "2026-04-14");
    assert_eq!(n["lines_total"], "377.58");
    let consult = &n["lines"][1];
    assert_eq!(consult["code"], "CO0627");
    assert_eq!(consult["kind"], "consult");
    assert_eq!(consult["consult_type"], "behandeling");
    assert_eq!(consult["duration_minutes"], 60);
    assert_eq!(consult["profession"], "gz_psycholoog");
    assert_eq!(consult["setting"], 1);
    assert_eq!(consult["credit"], false);
    assert_eq!(consult["max_tariff"]["year"], 2025);
    assert_eq!(consult["max_tariff"]["amount"], "168.94");
    let kinds: Vec<&str> = n["lines"].as_array().unwrap().iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["consult", "consult", "surcharge", "group_consult", "non_insured", "consult"]);
    assert_eq!(n["lines"][5]["credit"], true);
    assert_eq!(n["lines"][5]["amount"], "-168.94");
    assert_eq!(n["lines"][2]["duration_minutes"], serde_json::Value::Null);
    let findings: Vec<&str> = n["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(findings, ["non_insured"]);
    // the pilot's notas gain review_due too
    let (_, out, _) = run(&["explain", FEB, DBC, "--json", "--today", "2017-02-25"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["notas"][0]["review_due"], "2017-05-01");
    assert_eq!(v["notas"][0]["lines"][0]["code"], serde_json::Value::Null);
}

#[test]
fn text_for_a_zpm_nota() {
    let (code, out, err) = run(&["explain", "tests/fixtures/zpm-2024-03-praktijk.txt", "--today", "2024-04-10"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("== Zorgnota (zorgprestatiemodel)"), "{out}");
    assert!(out.contains("Uw zorgvraagtype is 3"), "{out}");
    assert!(out.contains("Het maximumtarief van de NZa voor deze code in 2024 is € 135,89 (bron: ppja.nl)."), "{out}");
    assert!(!out.contains("minstens elke 6 maanden"), "the pilot's review interval is not the ZPM's: {out}");
}

#[test]
fn a_pdf_is_sent_to_the_browser_with_a_clear_message() {
    let pdf = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pdf/praktijk-reportlab.pdf");
    let (code, _out, err) = run(&["explain", pdf]);
    assert_eq!(code, 1, "a file the command line cannot read");
    assert!(err.contains("dit is een PDF. PDF's leest NotaWijzer in de browser"), "{err}");
    let (_, _, err) = run(&["explain", pdf, "--lang", "en"]);
    assert!(err.contains("NotaWijzer reads PDFs in the browser"), "{err}");
}

#[test]
fn a_photo_is_sent_to_the_browser_with_a_clear_message() {
    let photo = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/picture/photo-noorderlicht.jpg");
    let (code, _out, err) = run(&["explain", photo]);
    assert_ne!(code, 0);
    assert!(err.contains("dit is een foto of afbeelding. Foto's leest NotaWijzer in de browser"), "{err}");
    let (_, _, err) = run(&["explain", photo, "--lang", "en"]);
    assert!(err.contains("NotaWijzer reads photos in the browser"), "{err}");
}

#[test]
fn every_language_on_the_command_line_with_the_json_keys_in_english() {
    let zpm = "tests/fixtures/zpm-2025-05-noorderlicht.txt";
    let text = |lang: &str| {
        let (code, out, err) = run(&["explain", zpm, "--lang", lang, "--today", "2025-06-10"]);
        assert_eq!(code, 0, "{lang}: {err}");
        out
    };
    let tr = text("tr");
    assert!(tr.contains("== Sağlık faturası (zorgprestatiemodel)"), "{tr}");
    assert!(tr.contains("6 Mayıs 2025 Salı tarihinde muayene için bir görüşmeniz (consult, diagnostiek) oldu"), "{tr}");
    assert!(tr.contains("Bunun tutarı 190,88 €."), "{tr}");
    let pl = text("pl");
    assert!(pl.contains("wtorek, 6 maja 2025: mieli Państwo konsultację diagnostyczną"), "{pl}");
    assert!(pl.contains("Kosztuje to 190,88 €."), "{pl}");
    let uk = text("uk");
    assert!(uk.contains("вівторок, 6 травня 2025 р.: у Вас була діагностична консультація"), "{uk}");
    let ar = text("ar");
    assert!(ar.contains("\u{2068}الثلاثاء 6 مايو 2025\u{2069}"), "{ar}");
    assert!(ar.contains("التكلفة \u{2068}190,88 €\u{2069}."), "{ar}");
    // no Dutch sentence left on the other languages' output: the Dutch sentence openings are gone
    for (lang, out) in [("tr", &tr), ("pl", &pl), ("uk", &uk), ("ar", &ar)] {
        for dutch in ["Op dinsdag", "Dit kost", "is de prestatiecode", "Het maximumtarief", "NotaWijzer vond"] {
            assert!(!out.contains(dutch), "{lang}: {dutch}\n{out}");
        }
    }
    // JSON: the keys stay English, the explanations change
    let (_, out, _) = run(&["explain", zpm, "--json", "--lang", "uk", "--today", "2025-06-10"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let line = &v["notas"][0]["lines"][0];
    assert_eq!(line["kind"], "consult");
    assert_eq!(line["amount"], "190.88");
    assert!(line["explanation"].as_str().unwrap().contains("діагностична консультація"), "{line}");
    assert_eq!(run(&["explain", zpm, "--lang", "de"]).0, 2);
}

/// `notawijzer explain … | head`: the reader stops reading, the command line ends quietly (no
/// panic, exit 0), whatever it still had to write.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("notawijzer-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("large.txt");
    // far more than a pipe holds (64 KiB), so the program is still writing when the pipe closes
    std::fs::write(&file, notawijzer::engine::write::generated(3000)).unwrap();
    for json in [false, true] {
        let mut args = vec!["explain", file.to_str().unwrap(), "--today", "2017-02-25"];
        if json {
            args.push("--json");
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_notawijzer"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0u8; 100];
        child.stdout.as_mut().unwrap().read_exact(&mut head).unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
        assert_eq!(out.status.code(), Some(0), "json {json}: {stderr}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
