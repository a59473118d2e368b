//! Tariffs from their source (issue 29): a synthetic NZa tariff list in the NZa's layout
//! (`Prestatie_code`, `Naam`, `Maximum-tarief (in Euro)`), made here as `.csv` and `.xlsx` with
//! real codes and the verified 2025 rows' amounts under a made-up year (2031), imported by the
//! command line into a table file and used by `explain --tariffs`; broken lists each with their
//! message, and nothing written when a row is wrong.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::run_cli;

const YEAR: &str = "2031";
const SOURCE: &str = "https://www.zorgprestatiemodel.nl/tarievenlijst-2031-voorbeeld";

/// The rows: the verified 2025 rows of `src/tariffs/zpm.rs` (code, the NZa's name, amount).
const ROWS: [(&str, &str, &str); 5] = [
    (
        "CO0562",
        "Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Diagnostiek 60 minuten",
        "190,88",
    ),
    (
        "CO0627",
        "Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 60 minuten",
        "168,94",
    ),
    (
        "CO0505",
        "Ambulant - kwaliteitsstatuut sectie II Psychotherapeut (Wet Big artikel 3) Behandeling 45 minuten",
        "164,24",
    ),
    ("GC0110", "Groepsconsult Gezondheidszorgpsycholoog (Wet Big artikel 3), groepsgrootte 6", "12,09"),
    ("TC0009", "Toeslag reistijd tot 25 minuten", "36,46"),
];

fn dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("notawijzer-tariffs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn csv(rows: &[(&str, &str, &str)]) -> String {
    let mut out = String::from("Prestatie_code;Naam;Maximum-tarief (in Euro)\n");
    for (code, name, amount) in rows {
        out.push_str(&format!("{code};\"{name}\";{amount}\n"));
    }
    out
}

fn xlsx(path: &std::path::Path, rows: &[(&str, &str, &str)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    // the NZa's sheet: a title above the table, then the column titles
    sheet.write_string(0, 0, "Tarievenlijst 2031, bijlage 1 bij de tariefbeschikking ggz en fz (voorbeeld)").unwrap();
    for (c, title) in ["Prestatie_code", "Naam", "Maximum-tarief (in Euro)"].iter().enumerate() {
        sheet.write_string(2, c as u16, *title).unwrap();
    }
    for (r, (code, name, amount)) in rows.iter().enumerate() {
        let r = r as u32 + 3;
        sheet.write_string(r, 0, *code).unwrap();
        sheet.write_string(r, 1, *name).unwrap();
        let value: f64 = amount.replace(',', ".").parse().unwrap();
        sheet.write_number(r, 2, value).unwrap();
    }
    book.save(path).unwrap();
}

fn import(file: &std::path::Path, out: &std::path::Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "tariffs",
        "import",
        file.to_str().unwrap(),
        "--year",
        YEAR,
        "--source",
        SOURCE,
        "--decision",
        "TB/REG-31000-01 (voorbeeld)",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run_cli(&args)
}

fn nota(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("nota-2031.txt");
    std::fs::write(
        &path,
        "Praktijk Voorbeeld\nFactuurnummer: V31-001\nFactuurdatum: 3 februari 2031\n\nDatum | Code | Omschrijving | Bedrag\n13-01-2031 | CO0627 | Behandeling 60 minuten, gezondheidszorgpsycholoog | € 168,94\n20-01-2031 | CO0627 | Behandeling 60 minuten, gezondheidszorgpsycholoog | € 199,00\n",
    )
    .unwrap();
    path
}

#[test]
fn a_csv_and_an_xlsx_list_import_to_the_same_table_and_explain_uses_it() {
    let d = dir("ok");
    let (csv_file, xlsx_file) = (d.join("tarievenlijst-2031.csv"), d.join("tarievenlijst-2031.xlsx"));
    std::fs::write(&csv_file, csv(&ROWS)).unwrap();
    xlsx(&xlsx_file, &ROWS);
    let (out_csv, out_xlsx) = (d.join("from-csv"), d.join("from-xlsx"));
    let (code, stdout, stderr) = import(&csv_file, &out_csv, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("nza-2031.json: 5 rijen / rows"), "{stdout}");
    let (code, _, stderr) = import(&xlsx_file, &out_xlsx, &[]);
    assert_eq!(code, 0, "{stderr}");
    let read = |p: std::path::PathBuf| notawijzer::tariffs::table::parse(&std::fs::read_to_string(p).unwrap()).unwrap();
    let (a, b) = (read(out_csv.join("nza-2031.json")), read(out_xlsx.join("nza-2031.json")));
    assert_eq!(a.rows, b.rows, "the same rows from either form");
    assert_eq!(a.rows[1].code, "CO0627");
    assert_eq!(a.rows[1].amount, "168.94");
    assert_eq!((a.year, a.kind.as_str(), a.source.as_str()), (2031, "nza", SOURCE));
    assert_eq!(a.decision.as_deref(), Some("TB/REG-31000-01 (voorbeeld)"));
    assert_eq!(a.sha256.len(), 64);
    assert_ne!(a.sha256, b.sha256, "each table names the file it came from");
    // the folder's index names the table (the web app asks only for what it names)
    let index =
        notawijzer::tariffs::table::Index::parse(&std::fs::read_to_string(out_xlsx.join("index.json")).unwrap())
            .unwrap();
    let files: Vec<&str> = index.tables.iter().map(|t| t.file.as_str()).collect();
    assert_eq!(files, ["nza-2031.json"]);
    assert_eq!((index.tables[0].year, index.tables[0].rows), (2031, 5));

    // without the table a 2031 line's maximum is unknown; with it, known, and a line above it found
    let nota = nota(&d);
    let (_, without, _) = run_cli(&["explain", nota.to_str().unwrap(), "--json", "--today", "2031-02-10"]);
    let without: serde_json::Value = serde_json::from_str(&without).unwrap();
    assert_eq!(without["notas"][0]["lines"][0]["max_tariff"], serde_json::Value::Null);
    let (code, with, stderr) = run_cli(&[
        "explain",
        nota.to_str().unwrap(),
        "--json",
        "--today",
        "2031-02-10",
        "--tariffs",
        out_xlsx.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let with: serde_json::Value = serde_json::from_str(&with).unwrap();
    let line = &with["notas"][0]["lines"][0];
    assert_eq!(line["max_tariff"]["amount"], "168.94");
    assert_eq!(line["max_tariff"]["year"], 2031);
    assert_eq!(line["max_tariff"]["source"], SOURCE);
    let codes: Vec<&str> =
        with["notas"][0]["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["above_max_tariff"], "the line of € 199,00 is above € 168,94");
}

fn broken(name: &str, content: &[u8], expected: &str) {
    let d = dir(name);
    let file = d.join(name);
    std::fs::write(&file, content).unwrap();
    let out = d.join("out");
    let (code, _, stderr) = import(&file, &out, &[]);
    assert_eq!(code, 1, "{name}: {stderr}");
    assert!(stderr.contains(expected), "{name}: {stderr}");
    assert!(!out.join("nza-2031.json").exists(), "{name}: nothing is written");
}

#[test]
fn a_broken_list_names_its_row_and_column_and_writes_nothing() {
    broken(
        "missing-column.csv",
        b"Prestatie_code;Naam\nCO0562;Diagnostiek 60 minuten\n",
        "geen kolom met een titel voor het bedrag",
    );
    let text = csv(&[ROWS[0], ("CO0627", ROWS[1].1, "n.v.t.")]);
    broken("text-amount.csv", text.as_bytes(), "rij/row 3, kolom/column C: geen bedrag / not an amount: \"n.v.t.\"");
    let text = csv(&[ROWS[0], ROWS[1], ("CO0627", ROWS[1].1, "168,94")]);
    broken("twice.csv", text.as_bytes(), "rij/row 4, kolom/column A: CO0627 staat ook op rij 3");
    let text = csv(&[(
        "CO0562",
        "Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten",
        "190,88",
    )]);
    broken("contradicts.csv", text.as_bytes(), "rij/row 2, kolom/column B: de naam past niet bij CO0562");
    let text = csv(&[("C0562", ROWS[0].1, "190,88")]);
    broken("bad-code.csv", text.as_bytes(), "rij/row 2, kolom/column A: geen prestatiecode");
    broken("empty.csv", b"", "Het bestand is leeg.");
    broken("only-blank-lines.csv", b"\n;;\n", "geen blad met rijen / no sheet with rows");
    let d = dir("empty-book");
    let book = d.join("empty.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.add_worksheet();
    workbook.save(&book).unwrap();
    broken("empty.xlsx", &std::fs::read(&book).unwrap(), "geen blad met rijen / no sheet with rows");
    // a workbook saved with a password is an encrypted compound file, not a zip; a damaged one is
    // a zip that ends early
    broken("password.xlsx", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 EncryptedPackage", "het bestand is niet te lezen");
    broken("damaged.xlsx", b"PK\x03\x04\x14\x00\x00\x00 cut short", "het bestand is niet te lezen");
}

#[test]
fn skip_bad_rows_writes_the_good_ones_and_lists_each_skipped_row() {
    let d = dir("skip");
    let file = d.join("list.csv");
    std::fs::write(&file, csv(&[ROWS[0], ("CO0627", ROWS[1].1, "n.v.t."), ROWS[2]])).unwrap();
    let out = d.join("out");
    let (code, stdout, stderr) = import(&file, &out, &["--skip-bad-rows"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("rij/row 3, kolom/column C"), "{stderr}");
    assert!(stdout.contains("2 rijen / rows, 1 overgeslagen / skipped"), "{stdout}");
    let table =
        notawijzer::tariffs::table::parse(&std::fs::read_to_string(out.join("nza-2031.json")).unwrap()).unwrap();
    assert_eq!(table.rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), ["CO0562", "CO0505"]);
}

#[test]
fn a_payout_list_is_written_under_its_insurer() {
    let d = dir("payout");
    let file = d.join("vgz.csv");
    std::fs::write(&file, "Prestatiecode,Maximale vergoeding\nCO0627,\"126,71\"\n").unwrap();
    let out = d.join("out");
    let (code, stdout, stderr) = import(&file, &out, &["--kind", "payout", "--insurer", "Voorbeeld Zorg"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("payout-voorbeeld-zorg-2031.json"), "{stdout}");
    let table = notawijzer::tariffs::table::parse(
        &std::fs::read_to_string(out.join("payout-voorbeeld-zorg-2031.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        (table.kind.as_str(), table.insurer.as_deref(), table.rows[0].amount.as_str()),
        ("payout", Some("Voorbeeld Zorg"), "126.71")
    );
}

/// Into a built app (`dist/tariffs/` beside `dist/pages/`): the checks pages are written again and
/// list the table; the index names it with what the pages and the web app need.
#[test]
fn an_import_into_a_built_app_lists_the_table_on_its_checks_pages() {
    let d = dir("built");
    let (tariffs, pages) = (d.join("dist/tariffs"), d.join("dist/pages"));
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::write(pages.join("controles.html"), "old").unwrap();
    let file = d.join("tarievenlijst-2031.csv");
    std::fs::write(&file, csv(&ROWS)).unwrap();
    let (code, stdout, stderr) = import(&file, &tariffs, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("6 controlepagina's / checks pages"), "{stdout}");
    let nl = std::fs::read_to_string(pages.join("controles.html")).unwrap();
    assert!(
        nl.contains(&format!("<tr><th scope=\"row\">2031</th><td>NZa-tarievenlijst (maximumtarieven)</td><td>{SOURCE}</td><td>TB/REG-31000-01 (voorbeeld)</td>")),
        "{nl}"
    );
    assert!(std::fs::read_to_string(pages.join("checks.html")).unwrap().contains("Tariff lists on this site"));
    // without pages beside it (the repository's tariffs/ before a build), none are written
    let (code, stdout, _) = import(&file, &d.join("elsewhere"), &[]);
    assert_eq!(code, 0);
    assert!(!stdout.contains("checks pages"), "{stdout}");
}
