//! The money rules hold in the source itself: one rounding rule (never a bare `round_dp`, which
//! rounds half to even), and no floats anywhere money is read, added, compared or written.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files
        .into_iter()
        .map(|p| (p.strip_prefix(&root).unwrap().display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

#[test]
fn no_bare_round_dp() {
    for (file, text) in sources() {
        // money.rs's own test shows banker's rounding differs; everything else must not use it
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            assert!(!line.contains(".round_dp("), "{file}:{}: use money::to_cents (half away from zero)", n + 1);
        }
    }
}

#[test]
fn no_floats_where_money_is() {
    // Every room where an amount is read, worked out or written. Not: the positions of text on a
    // PDF page or in a photo (read/pdf.rs, read/picture.rs), a colour contrast (engine/embed/theme.rs),
    // a chart's geometry (engine/chart.rs).
    let money_modules = [
        "model/",
        "tariffs/",
        "read/",
        "rules/",
        "words/format.rs",
        "words/explain/",
        "engine/export.rs",
        "engine/write.rs",
    ];
    let not_money = ["read/pdf.rs", "read/picture.rs"];
    for (file, text) in sources() {
        if !money_modules.iter().any(|m| file.starts_with(m)) || not_money.contains(&file.as_str()) {
            continue;
        }
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            for float in ["f32", "f64", "to_f64", "from_f64"] {
                let found = line.match_indices(float).any(|(i, _)| {
                    let before = line[..i].chars().last().is_none_or(|c| !c.is_alphanumeric() && c != '_');
                    let after = line[i + float.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '_');
                    before && after
                });
                assert!(!found, "{file}:{}: a float ({float}) where money is", n + 1);
            }
        }
    }
}

#[test]
fn a_sum_that_would_overflow_is_none_not_a_panic() {
    use rust_decimal::Decimal;
    assert_eq!(notawijzer::model::money::sum([Decimal::MAX, Decimal::ONE]), None);
    assert_eq!(notawijzer::model::money::sum(vec![Decimal::MAX / Decimal::TWO; 3]), None);
    // the largest nota the limits allow adds up without overflow
    let line = notawijzer::model::money::MAX_AMOUNT;
    let n = notawijzer::read::limits::MAX_ITEMS_PER_NOTA;
    assert_eq!(notawijzer::model::money::sum(vec![line; n]), Some(line * Decimal::from(n)));
}
