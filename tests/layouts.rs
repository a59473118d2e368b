//! One nota, a thousand layouts, one answer: every rendering the layout generator makes of a
//! nota's truth (`tests/generator/mod.rs`) reads back to that truth — every line's code, date, amount
//! and kind; the totals, what was paid and what is due; the zorgvraagtype (or none, or a
//! privacyverklaring); the invoice number and date — with no read error and no finding the truth
//! does not carry.
//!
//! Proptest with a fixed seed, 2,000 renderings; a failure is kept in
//! `tests/layouts.proptest-regressions` and run first from then on. The share read right per
//! variant family: `cargo run --release --example layouts`.

mod generator;

use generator::{Rng, Truth, differences, render};
use proptest::test_runner::{Config, FileFailurePersistence, RngSeed, TestCaseError, TestRunner};

fn check(seed: u64) -> Result<(), String> {
    let mut rng = Rng::new(seed);
    let truth = Truth::generate(&mut rng);
    let (text, variant) = render(&truth, &mut rng);
    let report = notawijzer::analyse_text("nota.txt", &text, chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap());
    let wrong = differences(&truth, &report);
    if wrong.is_empty() { Ok(()) } else { Err(format!("seed {seed} ({variant:?}): {}\n{text}", wrong.join("; "))) }
}

#[test]
fn every_rendering_reads_to_the_same_truth_with_no_false_alarm() {
    let config = Config {
        cases: 2000,
        rng_seed: RngSeed::Fixed(20_261_207),
        failure_persistence: Some(Box::new(FileFailurePersistence::SourceParallel("proptest-regressions"))),
        source_file: Some(file!()),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&proptest::num::u64::ANY, |seed| check(seed).map_err(TestCaseError::fail));
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// The generator is no stub: its renderings differ in every family, and a misreading is caught.
#[test]
fn the_generator_varies_every_family_and_its_check_can_fail() {
    let mut seen: std::collections::BTreeSet<(&str, &str)> = std::collections::BTreeSet::new();
    for seed in 0..400 {
        let mut rng = Rng::new(seed);
        let truth = Truth::generate(&mut rng);
        seen.extend(render(&truth, &mut rng).1.families());
    }
    for family in ["separator", "numbers", "dates", "header", "summary", "furniture", "columns"] {
        let variants = seen.iter().filter(|(f, _)| *f == family).count();
        assert!(variants >= 3, "{family}: {variants} variants");
    }
    // a truth one cent off its rendering, or one line short, is not what the rendering reads to
    let mut rng = Rng::new(7);
    let truth = Truth::generate(&mut rng);
    let (text, _) = render(&truth, &mut rng);
    let report = notawijzer::analyse_text("nota.txt", &text, chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap());
    assert!(differences(&truth, &report).is_empty());
    let mut off = truth.clone();
    off.lines[0].amount += rust_decimal::Decimal::new(1, 2);
    assert!(!differences(&off, &report).is_empty());
    let mut short = truth.clone();
    short.lines.pop();
    assert!(!differences(&short, &report).is_empty());
}
