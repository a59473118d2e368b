//! `notawijzer explain FILE... [--json] [--lang nl|en|tr|ar|pl|uk] [--today YYYY-MM-DD] [--policy-percent N]
//! [--eigen-risico-used YEAR=AMOUNT]... [--tariffs DIR [--insurer NAME]]` (`--insurer`: that insurer's payout list)
//! `notawijzer tariffs import FILE --year YYYY --source URL [--decision TEXT] [--out DIR] [--skip-bad-rows]
//! [--kind payout --insurer NAME]` (a host, once a year: the NZa's tariff list into a table file)`
//!
//! The messages are in the chosen language (messages/<lang>.ftl); the JSON keys stay English.
//! Mistakes in the arguments themselves are said in Dutch and English: the language is not known yet.
//!
//! Exit status: 0 when every file was read (findings and line errors included), 1 when a file
//! could not be read at all, 2 for bad usage.

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use notawijzer::engine::export::to_json_with;
use notawijzer::rules::analysis::{Input, Report, analyse};
use notawijzer::words::explain;
use notawijzer::words::format::{date_long, money};
use notawijzer::words::labels;
use notawijzer::words::lang::Lang;
use notawijzer::words::messages::m;

const USAGE: &str = "Gebruik / usage: notawijzer explain FILE... [--json] [--lang nl|en|tr|ar|pl|uk] [--today YYYY-MM-DD] [--policy-percent N] [--eigen-risico-used YEAR=AMOUNT]... [--tariffs DIR [--insurer NAME]]\n       notawijzer tariffs import FILE --year YYYY --source URL [--decision TEXT] [--out DIR] [--skip-bad-rows] [--kind payout --insurer NAME]";

struct Args {
    files: Vec<String>,
    json: bool,
    lang: Lang,
    today: Option<NaiveDate>,
    /// The policy percentage and the eigen risico used (`notawijzer::rules::payment`).
    payment: notawijzer::rules::payment::Inputs,
    /// A folder of tariff tables (`notawijzer tariffs import`).
    tariffs: Option<String>,
}

/// The message for a payment input that does not read.
fn input_problem(flag: &str, value: &str, problem: notawijzer::rules::payment::InputProblem) -> String {
    use notawijzer::rules::payment::InputProblem::*;
    let what = match problem {
        NotANumber => "geen getal / not a number",
        PercentOutOfRange => "een percentage van 0 tot en met 100 / a percentage from 0 to 100",
        AmountOutOfRange => "geen negatief bedrag / no negative amount",
        BadYear => "een jaar als 2025 / a year such as 2025",
    };
    format!("{flag}: {what}, niet/not {value}")
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut iter = args.iter();
    match iter.next().map(String::as_str) {
        Some("explain") => {}
        Some("-h") | Some("--help") | None => return Err(String::new()),
        Some(other) => return Err(format!("onbekende opdracht / unknown command: {other}")),
    }
    let mut parsed = Args {
        files: Vec::new(),
        json: false,
        lang: Lang::Nl,
        today: None,
        payment: Default::default(),
        tariffs: None,
    };
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--json" => parsed.json = true,
            "--tariffs" => {
                parsed.tariffs = Some(iter.next().ok_or("--tariffs heeft een map nodig / needs a folder")?.clone());
            }
            "--lang" => {
                let value =
                    iter.next().ok_or("--lang heeft een waarde nodig / needs a value: nl, en, tr, ar, pl or uk")?;
                parsed.lang =
                    Lang::from_code(value).ok_or(format!("--lang: nl, en, tr, ar, pl of/or uk, niet/not {value}"))?;
            }
            "--today" => {
                let value = iter.next().ok_or("--today heeft een datum nodig / needs a date: YYYY-MM-DD")?;
                parsed.today = Some(
                    NaiveDate::parse_from_str(value, "%Y-%m-%d")
                        .map_err(|_| format!("--today: YYYY-MM-DD, niet/not {value}"))?,
                );
            }
            "--policy-percent" => {
                let value =
                    iter.next().ok_or("--policy-percent heeft een percentage nodig / needs a percentage: 0-100")?;
                let percent = notawijzer::rules::payment::parse_percent(value)
                    .map_err(|p| input_problem("--policy-percent", value, p))?;
                parsed.payment.policy_percent = Some(percent);
            }
            "--insurer" => {
                let value = iter.next().ok_or("--insurer heeft een naam nodig / needs a name")?;
                parsed.payment.insurer = Some(value.clone());
            }
            "--eigen-risico-used" => {
                let value = iter.next().ok_or("--eigen-risico-used heeft YEAR=AMOUNT nodig / needs YEAR=AMOUNT")?;
                let used = notawijzer::rules::payment::parse_year_used(value)
                    .map_err(|p| input_problem("--eigen-risico-used", value, p))?;
                parsed.payment.eigen_risico_used.retain(|(y, _)| *y != used.0);
                parsed.payment.eigen_risico_used.push(used);
            }
            flag if flag.starts_with("--") => return Err(format!("onbekende optie / unknown option: {flag}")),
            file => parsed.files.push(file.to_string()),
        }
    }
    if parsed.files.is_empty() {
        return Err("geen bestand genoemd / no file given".to_string());
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.first().map(String::as_str) == Some("tariffs") {
        return tariffs(&raw[1..]);
    }
    let args = match parse_args(&raw) {
        Ok(args) => args,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("notawijzer: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut contents = Vec::new();
    let mut unreadable = false;
    for name in &args.files {
        match std::fs::read(name) {
            Ok(bytes) => {
                // The PDF text extraction is pdf.js in the browser; the command line has no second
                // implementation of it, and says so.
                if notawijzer::read::pdf::is_pdf(&bytes) {
                    eprintln!("notawijzer: {name}: {}", m::cli_pdf(args.lang));
                } else if notawijzer::read::picture::picture_type(&bytes, "").is_some() {
                    eprintln!("notawijzer: {name}: {}", m::cli_picture(args.lang));
                }
                contents.push((name.clone(), bytes));
            }
            Err(e) => {
                eprintln!("notawijzer: {name}: {}", m::cli_cannot_open(args.lang));
                eprintln!("  ({e})");
                unreadable = true;
            }
        }
    }
    if let Some(dir) = &args.tariffs {
        load_tariffs(dir);
    }
    let inputs: Vec<Input> = contents.iter().map(|(name, bytes)| Input::new(name, bytes)).collect();
    let today = args.today.unwrap_or_else(local_today);
    let report = analyse(&inputs, today);
    unreadable |= report.files.iter().any(|f| f.unreadable());

    let output = if args.json {
        match serde_json::to_string_pretty(&to_json_with(&report, args.lang, &args.payment)) {
            Ok(text) => text + "\n",
            Err(e) => {
                eprintln!("notawijzer: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        text(&report, args.lang, &args.payment)
    };
    // `notawijzer explain … | head`: a reader that stops reading is no error; end quietly.
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("notawijzer: {e}");
            return ExitCode::from(1);
        }
        Ok(()) => {}
    }
    if unreadable { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

#[cfg(not(target_arch = "wasm32"))]
/// Loads every table file in `dir` (`nza-YYYY.json`, `payout-<insurer>-YYYY.json`); one that does
/// not read is said on stderr and left out.
fn load_tariffs(dir: &str) {
    let tables = match notawijzer::tariffs::table::read_folder(std::path::Path::new(dir)) {
        Ok(tables) => tables,
        Err(e) => {
            eprintln!("notawijzer: --tariffs {dir}: map niet te lezen / folder cannot be read ({e})");
            return;
        }
    };
    for table in tables {
        let loaded = table.and_then(|t| {
            let file = t.file_name();
            notawijzer::tariffs::table::load(t).map_err(|p| (file, format!("{p:?}")))
        });
        if let Err((file, why)) = loaded {
            eprintln!("notawijzer: {dir}/{file}: geen tarieventabel / not a tariff table ({why})");
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Writes the checks pages (in every language) into `pages`, listing the tables in `tariffs`;
/// returns how many pages were written.
fn write_checks_pages(tariffs: &std::path::Path, pages: &std::path::Path) -> std::io::Result<usize> {
    let tables: Vec<_> = notawijzer::tariffs::table::read_folder(tariffs)?.into_iter().filter_map(Result::ok).collect();
    let mut n = 0;
    for (name, html) in notawijzer::engine::pages::checks_pages(&tables) {
        std::fs::write(pages.join(name), html)?;
        n += 1;
    }
    Ok(n)
}

#[cfg(not(target_arch = "wasm32"))]
/// `notawijzer tariffs import FILE --year YYYY --source URL [--decision TEXT] [--out DIR]
/// [--skip-bad-rows] [--kind payout --insurer NAME]`: the list as published, checked row by row,
/// into a table file. Nothing is written when a row is wrong, unless `--skip-bad-rows` (then every
/// skipped row is listed). Exit 0 written, 1 not written, 2 bad usage.
fn tariffs(args: &[String]) -> ExitCode {
    use sha2::Digest;
    let usage = |message: &str| {
        eprintln!("notawijzer: {message}");
        eprintln!("{USAGE}");
        ExitCode::from(2)
    };
    let mut iter = args.iter();
    if iter.next().map(String::as_str) != Some("import") {
        return usage("tariffs: alleen / only `import`");
    }
    let (mut file, mut year, mut source, mut decision, mut out, mut skip, mut kind, mut insurer) =
        (None, None, None, None, ".".to_string(), false, "nza".to_string(), None);
    while let Some(arg) = iter.next() {
        let mut value =
            |flag: &str| iter.next().cloned().ok_or(format!("{flag} heeft een waarde nodig / needs a value"));
        let result = match arg.as_str() {
            "--year" => value("--year").and_then(|v| {
                v.parse::<i32>()
                    .ok()
                    .filter(|y| (2000..=2100).contains(y))
                    .map(|y| year = Some(y))
                    .ok_or(format!("--year: YYYY, niet/not {v}"))
            }),
            "--source" => value("--source").map(|v| source = Some(v)),
            "--decision" => value("--decision").map(|v| decision = Some(v)),
            "--out" => value("--out").map(|v| out = v),
            "--skip-bad-rows" => {
                skip = true;
                Ok(())
            }
            "--kind" => value("--kind").and_then(|v| {
                if v == "nza" || v == "payout" {
                    kind = v;
                    Ok(())
                } else {
                    Err(format!("--kind: nza of/or payout, niet/not {v}"))
                }
            }),
            "--insurer" => value("--insurer").map(|v| insurer = Some(v)),
            flag if flag.starts_with("--") => Err(format!("onbekende optie / unknown option: {flag}")),
            name if file.is_none() => {
                file = Some(name.to_string());
                Ok(())
            }
            name => Err(format!("één bestand / one file, niet/not also {name}")),
        };
        if let Err(message) = result {
            return usage(&message);
        }
    }
    let (Some(file), Some(year), Some(source)) = (file, year, source) else {
        return usage("tariffs import: FILE, --year en/and --source zijn nodig / are needed");
    };
    if !(source.starts_with("https://") || source.starts_with("http://")) {
        return usage(&format!("--source: een adres / an address (https://…), niet/not {source}"));
    }
    if kind == "payout" && insurer.is_none() {
        return usage("--kind payout: --insurer NAME is nodig / is needed");
    }
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("notawijzer: {file}: {} ({e})", m::cli_cannot_open(Lang::Nl));
            return ExitCode::from(1);
        }
    };
    use notawijzer::read::tariff_list::{Import, import, sheet_from_csv, sheet_from_xlsx};
    let xlsx = bytes.starts_with(b"PK\x03\x04") || file.to_ascii_lowercase().ends_with(".xlsx");
    let sheet = if xlsx {
        match sheet_from_xlsx(&bytes) {
            Ok(sheet) => sheet,
            Err(p) => {
                eprintln!("notawijzer: {file}: {}", p.message());
                return ExitCode::from(1);
            }
        }
    } else {
        match notawijzer::read::decode::decode(&bytes) {
            Ok(decoded) => sheet_from_csv(&decoded.text),
            Err(e) => {
                eprintln!("notawijzer: {file}: {}", notawijzer::words::explain::read_error(&e, Lang::Nl));
                return ExitCode::from(1);
            }
        }
    };
    let sha256: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    let name = std::path::Path::new(&file).file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
    let imported = local_today().to_string();
    let opts = Import {
        year,
        source: &source,
        decision: decision.as_deref(),
        kind: &kind,
        insurer: insurer.as_deref(),
        imported: &imported,
        file: &name,
        sha256: &sha256,
    };
    let (table, problems) = import(&sheet, &opts);
    for p in &problems {
        eprintln!("notawijzer: {name}: {}", p.message());
    }
    let fatal = table.rows.is_empty() || problems.iter().any(|p| p.row == 0);
    if fatal || (!problems.is_empty() && !skip) {
        eprintln!(
            "notawijzer: niets geschreven / nothing written{}",
            if fatal { "" } else { " (--skip-bad-rows slaat deze rijen over / skips these rows)" }
        );
        return ExitCode::from(1);
    }
    let path = std::path::Path::new(&out).join(table.file_name());
    let json = match serde_json::to_string_pretty(&table) {
        Ok(json) => json + "\n",
        Err(e) => {
            eprintln!("notawijzer: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out).and_then(|()| std::fs::write(&path, json)) {
        eprintln!("notawijzer: {}: {e}", path.display());
        return ExitCode::from(1);
    }
    // the folder's index, which the web app reads before it asks for a year's table
    let index_path = std::path::Path::new(&out).join("index.json");
    let mut index = std::fs::read_to_string(&index_path)
        .ok()
        .and_then(|j| notawijzer::tariffs::table::Index::parse(&j))
        .unwrap_or_else(notawijzer::tariffs::table::Index::empty);
    index.put(&table);
    let written = serde_json::to_string_pretty(&index)
        .map_err(|e| e.to_string())
        .and_then(|j| std::fs::write(&index_path, j + "\n").map_err(|e| e.to_string()));
    if let Err(e) = written {
        eprintln!("notawijzer: {}: {e}", index_path.display());
        return ExitCode::from(1);
    }
    println!(
        "{}: {} rijen / rows{}",
        path.display(),
        table.rows.len(),
        if problems.is_empty() { String::new() } else { format!(", {} overgeslagen / skipped", problems.len()) }
    );
    // a built app's checks pages beside the folder (dist/pages/ beside dist/tariffs/) list the
    // tables it holds: written again with this one
    let pages = std::path::Path::new(&out).join("../pages");
    if pages.join("controles.html").is_file() {
        match write_checks_pages(std::path::Path::new(&out), &pages) {
            Ok(n) => println!("{}: {n} controlepagina's / checks pages", pages.display()),
            Err(e) => {
                eprintln!("notawijzer: {}: {e}", pages.display());
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}

/// The importer and the tables are native (see [`local_today`] for why this is built for wasm32 at all).
#[cfg(target_arch = "wasm32")]
fn tariffs(_: &[String]) -> ExitCode {
    ExitCode::from(2)
}

#[cfg(target_arch = "wasm32")]
fn load_tariffs(_: &str) {}

#[cfg(not(target_arch = "wasm32"))]
fn local_today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The command line is a native program; built for wasm32 (as `cargo test` does for every
/// binary) it has no clock and needs `--today`.
#[cfg(target_arch = "wasm32")]
fn local_today() -> NaiveDate {
    NaiveDate::default()
}

/// The report as plain text for a terminal.
fn text(report: &Report, lang: Lang, inputs: &notawijzer::rules::payment::Inputs) -> String {
    let mut out = String::new();
    let mut push = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    for n in &report.notas {
        let kind = match n.model {
            notawijzer::model::Model::Dbc => "dbc",
            notawijzer::model::Model::Zpm => "zpm",
            _ => "cluster",
        };
        push(format!(
            "== {} ==",
            m::cli_nota_heading(lang, m::CliNotaHeading { kind, file: &n.file, line: &n.nota.first_line.to_string() })
        ));
        push(explain::month_total(n, lang));
        if let Some(to_pay) = explain::still_to_pay(n, lang) {
            push(to_pay);
        }
        if n.model == notawijzer::model::Model::Zorgcluster {
            push(explain::cumulative(n, lang));
        }
        if n.uninsured_only() {
            push(m::view_zvt_uninsured(lang));
        } else if n.model == notawijzer::model::Model::Zpm {
            if let Some(c) = n.cluster() {
                push(explain::zorgvraagtype_sentence(c, lang));
            }
            push(explain::zorgvraagtype_review_note(lang).to_string());
        } else if let Some(c) = n.cluster() {
            push(explain::cluster_sentence(c, lang));
            push(explain::indicative_period(c, lang));
            push(explain::review_interval(c, lang));
        }
        if n.model != notawijzer::model::Model::Dbc && !n.uninsured_only() {
            push(explain::review_sentence(n, lang));
        }
        push(String::new());
        for (i, line) in n.nota.lines.iter().enumerate() {
            push(format!("  {:>4}  {}", line.line_no, explain::line_with(line, &n.context(i), lang)));
        }
        for period in n.stay_periods.iter().filter(|p| p.days > 1) {
            push(format!("        {}", explain::stay_period(period, lang)));
        }
        push(String::new());
        // what may be wrong; then, apart, what is only worth knowing
        let (problems, notes): (Vec<_>, Vec<_>) = n.findings.iter().partition(|f| !f.is_information());
        push(explain::findings_count(problems.len(), lang));
        for f in problems {
            push(format!("  ! [{}] {}", f.code(), explain::finding(f, lang)));
        }
        if !notes.is_empty() {
            push(format!("{}:", labels::view_labels(lang).notes_heading));
            for f in notes {
                push(format!("  i [{}] {}", f.code(), explain::finding(f, lang)));
            }
        }
        push(String::new());
        if n.model == notawijzer::model::Model::Zpm {
            push(format!("-- {} --", labels::view_labels(lang).payment_heading));
            let p = notawijzer::rules::payment::payment(&n.nota, n.month_total, inputs);
            for sentence in explain::payment(&p, inputs, lang) {
                push(sentence);
            }
            push(String::new());
        }
    }
    // the insurer's overviews, bills and settlements
    for o in &report.overviews {
        use notawijzer::words::explain::insurer;
        push(format!("== {} ({}) ==", m::ov_heading(lang), o.file));
        for sentence in insurer::headline(o, lang) {
            push(sentence);
        }
        for y in &o.years {
            push(insurer::year(o, y, lang));
        }
        push(String::new());
        for (i, r) in o.overview.rows.iter().enumerate() {
            let person = if o.family() { format!("{}: ", insurer::person(r.person, lang)) } else { String::new() };
            let date = r.date.map(|d| date_long(d, lang)).unwrap_or_default();
            let amount = r.declared.or(r.eigen_risico).map(|a| money(a, lang)).unwrap_or_default();
            push(format!(
                "  {:>4}  {person}{date}  {}  {}  {amount}  [{}]",
                r.row_no,
                r.provider.as_deref().unwrap_or(""),
                r.description,
                m::ov_status(lang, r.status.code())
            ));
            push(format!("        {}", insurer::row(r, o.max_tariffs.get(i).copied().flatten(), lang)));
        }
        push(String::new());
        push(insurer::verdict(o, lang));
        for f in &o.findings {
            push(format!("  ! [{}] {}", f.code(), insurer::finding(o, f, lang)));
        }
        let notes: Vec<(&str, String)> =
            o.notes.iter().filter_map(|n| insurer::note(o, n, lang).map(|t| (n.code(), t))).collect();
        if !notes.is_empty() {
            push(format!("{}:", labels::view_labels(lang).notes_heading));
            for (code, text) in notes {
                push(format!("  i [{code}] {text}"));
            }
        }
        push(String::new());
    }
    if let Some(mt) = &report.matching {
        push(format!("== {} ==", m::match_heading(lang)));
        for sentence in notawijzer::words::explain::insurer::matching(report, mt, lang) {
            push(sentence);
        }
        push(String::new());
    }
    if let (None, Some(c)) = (&report.comparison, &report.counterfactual()) {
        push(format!("== {} ==", m::cli_comparison_heading(lang)));
        for sentence in explain::counterfactual(c, lang) {
            push(sentence);
        }
        push(String::new());
    }
    if let Some(c) = &report.comparison {
        push(format!("== {} ==", m::cli_comparison_heading(lang)));
        for sentence in explain::comparison(c, lang) {
            push(sentence);
        }
        push(format!(
            "  {}",
            m::cli_comparison_totals(
                lang,
                m::CliComparisonTotals { cluster: &money(c.cluster_total, lang), dbc: &money(c.dbc_total, lang) }
            )
        ));
        push(String::new());
    }
    if !report.errors.is_empty() {
        push(format!("== {} ==", m::cli_not_read(lang)));
        for e in &report.errors {
            push(format!("  {}: {}", e.file, explain::read_error_with_place(&e.error, lang)));
        }
        push(String::new());
    }
    push(format!("({})", m::cli_today(lang, &date_long(report.today, lang))));
    out
}
