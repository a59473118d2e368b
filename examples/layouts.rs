//! The share of renderings read right, per variant family of the layout generator
//! (`tests/generator/mod.rs`): `cargo run --release --example layouts [COUNT] [--show N]`.
//! With `--show N` it prints the first N renderings that are not read right, with why.
//! With `--html DIR` it writes `<seed>.html`, the same truths as a practice's billing tool prints
//! them, for `tests/fixtures/layouts/record.mjs` to print to PDF (`tests/layouts_pdf.rs`).

#[path = "../tests/generator/mod.rs"]
mod generator;

use std::collections::BTreeMap;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let show: usize = args.iter().position(|a| a == "--show").and_then(|i| args.get(i + 1)?.parse().ok()).unwrap_or(0);
    let from: u64 = args.iter().position(|a| a == "--from").and_then(|i| args.get(i + 1)?.parse().ok()).unwrap_or(0);
    if let Some(dir) = args.iter().position(|a| a == "--html").and_then(|i| args.get(i + 1)) {
        std::fs::create_dir_all(dir).unwrap();
        for seed in from..from + count {
            let mut rng = generator::Rng::new(seed);
            let truth = generator::Truth::generate(&mut rng);
            let html = generator::render_html(&truth, &mut generator::Rng::new(seed ^ 0x5044_4600));
            std::fs::write(format!("{dir}/{seed}.html"), html).unwrap();
        }
        return;
    }
    let today = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let mut families: BTreeMap<(&str, &str), (u64, u64)> = BTreeMap::new();
    let (mut right, mut shown) = (0, 0);
    for seed in from..from + count {
        let mut rng = generator::Rng::new(seed);
        let truth = generator::Truth::generate(&mut rng);
        let (text, variant) = generator::render(&truth, &mut rng);
        let report = notawijzer::analyse_text("nota.txt", &text, today);
        let wrong = generator::differences(&truth, &report);
        right += u64::from(wrong.is_empty());
        for family in variant.families() {
            let e = families.entry(family).or_default();
            e.0 += u64::from(wrong.is_empty());
            e.1 += 1;
        }
        if !wrong.is_empty() && shown < show {
            shown += 1;
            println!("--- seed {seed}: {}\n{text}", wrong.join("; "));
        }
    }
    println!("| family | variant | read right |");
    println!("|---|---|---|");
    for ((family, variant), (ok, all)) in &families {
        println!("| {family} | {variant} | {ok} of {all} ({:.1} %) |", *ok as f64 * 100.0 / *all as f64);
    }
    println!("\nall: {right} of {count} renderings read right ({:.1} %)", right as f64 * 100.0 / count as f64);
}
