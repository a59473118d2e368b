#![cfg(not(target_arch = "wasm32"))]
//! Property: a generated nota, written out in the text layout, reads back equal.

use chrono::NaiveDate;
use notawijzer::model::{Line, LineKind, Located, MinuteBand, Nota, YearMonth};
use notawijzer::read::kind::classify;
use notawijzer::read::read_str;
use notawijzer::write::write;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn date() -> impl Strategy<Value = NaiveDate> {
    (2008i32..=2030, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn amount() -> impl Strategy<Value = Decimal> {
    (-1_000_000i64..=9_999_999_999).prop_map(|cents| Decimal::new(cents, 2))
}

/// Descriptions from the seed's activity list, with an optional extra word.
fn description() -> impl Strategy<Value = String> {
    let base = prop::sample::select(vec![
        "Consult",
        "Consult behandeling groep",
        "Consult diagnostiek individueel",
        "Consult farmacotherapeutisch blended",
        "Verblijf",
        "Verblijf dagklinisch",
        "Deeltijd",
        "Zorgcoördinatie",
        "MDO",
        "Verslaglegging",
        "ECT",
        "DBS",
        "rTMS",
        "Testdiagnostiek",
        "Somatisch onderzoek",
        "Screening",
        "Telefoongesprek",
        "Reiskosten",
    ]);
    (base, prop::option::of("[a-zé]{3,10}")).prop_map(|(b, extra)| match extra {
        Some(word) => format!("{b} {word}"),
        None => b.to_string(),
    })
}

fn line() -> impl Strategy<Value = Line> {
    let dated = (description(), date(), amount()).prop_map(|(description, date, amount)| Line {
        line_no: 0,
        kind: classify(&description),
        description,
        code: None,
        date: Some(date),
        amount,
    });
    let product = (
        prop::sample::select(vec!["Depressie", "Alcohol", "Angststoornissen", "Behandeling kort", "Diagnostiek"]),
        0u32..30_000,
        prop::option::of(0u32..30_000),
        amount(),
    )
        .prop_filter_map("a band runs upwards and is no date", |(group, from, span, amount)| {
            let band = MinuteBand { from, to: span.map(|s| from + s) };
            let looks_like_date = (1..=31).contains(&band.from) && band.to.is_some_and(|t| (1..=12).contains(&t));
            (!looks_like_date).then(|| Line {
                line_no: 0,
                description: group.to_string(),
                code: None,
                kind: LineKind::DbcProduct { group: group.to_string(), band },
                date: None,
                amount,
            })
        });
    prop_oneof![4 => dated, 1 => product]
}

fn nota() -> impl Strategy<Value = Nota> {
    (
        prop::option::of(0u32..10_000),
        prop::option::of("(Meneer|Mevrouw) [A-Z][a-zë]{1,12}( [a-z]{2,3} [A-Z][a-z]{2,10})?"),
        prop::option::of((2008i32..=2030, 1u32..=12)),
        prop::option::of(prop::sample::select(vec![
            "4",
            "Psychische aandoening ernstig",
            "14 - Psychotische crisis",
            "Onbekend",
        ])),
        (prop::option::of(date()), prop::option::of(date()), prop::option::of(amount()), prop::option::of(date())),
        prop::collection::vec(line(), 0..25),
        prop::option::of(amount()),
    )
        .prop_map(|(sequence, patient, month, cluster, (start, end, previously, review), lines, total)| Nota {
            first_line: 0,
            sequence,
            patient,
            billing_month: month.and_then(|(y, m)| YearMonth::new(y, m)),
            cluster: cluster.map(|c| Located::new(c.to_string(), 0)),
            start_date: start,
            end_date: end,
            previously_billed: previously,
            review_date: review.map(|r| Located::new(r, 0)),
            lines,
            stated_total: total.map(|t| Located::new(t, 0)),
            ..Nota::default()
        })
        // a "Zorgnota" line with nothing under it is not a nota (see `empty_nota_is_not_a_nota`)
        .prop_filter("a nota holds something", |n| !n.is_empty())
}

#[test]
fn empty_nota_is_not_a_nota() {
    assert!(read_str(&write(&Nota::default())).notas.is_empty());
}

/// The same nota with every place (line number) blanked: places depend on the layout.
fn without_places(mut nota: Nota) -> Nota {
    nota.first_line = 0;
    nota.cluster.iter_mut().for_each(|c| c.line_no = 0);
    nota.review_date.iter_mut().for_each(|c| c.line_no = 0);
    nota.stated_total.iter_mut().for_each(|c| c.line_no = 0);
    nota.lines.iter_mut().for_each(|l| l.line_no = 0);
    nota
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn written_nota_reads_back_equal(n in nota()) {
        let text = write(&n);
        let outcome = read_str(&text);
        prop_assert!(outcome.errors.is_empty(), "{:?}\n{}", outcome.errors, text);
        prop_assert_eq!(outcome.notas.len(), 1, "{}", text);
        let back = without_places(outcome.notas.into_iter().next().unwrap());
        prop_assert_eq!(back, without_places(n), "{}", text);
    }

    #[test]
    fn several_notas_in_one_file_read_back_equal(notas in prop::collection::vec(nota(), 1..5)) {
        let text: String = notas.iter().map(write).collect::<Vec<_>>().join("\n");
        let outcome = read_str(&text);
        prop_assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
        let back: Vec<Nota> = outcome.notas.into_iter().map(without_places).collect();
        let expected: Vec<Nota> = notas.into_iter().map(without_places).collect();
        prop_assert_eq!(back, expected);
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,400}") {
        let _ = read_str(&text);
    }

    #[test]
    fn reading_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = notawijzer::read::read(&bytes);
    }
}
