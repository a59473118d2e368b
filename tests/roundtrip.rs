#![cfg(not(target_arch = "wasm32"))]
//! Property: a generated nota, written out in the text layout, reads back equal.

use chrono::NaiveDate;
use notawijzer::engine::write::{write, write_zpm};
use notawijzer::model::{Line, LineKind, Located, MinuteBand, Nota, Profile, YearMonth};
use notawijzer::read::kind::classify;
use notawijzer::read::prestatie;
use notawijzer::read::read_str;
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
        quantity: None,
        unit_price: None,
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
                quantity: None,
                unit_price: None,
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
        prop::collection::vec(line(), 1..25),
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

/// ZPM descriptions as the NZa writes them and as providers shorten them (no credit marker: a
/// credit is written with a minus).
fn zpm_description() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Ambulant - kwaliteitsstatuut sectie II Gezondheidszorgpsycholoog (Wet Big artikel 3) Behandeling 45 minuten",
        "Ambulant - kwaliteitsstatuut sectie II Psychotherapeut (Wet Big artikel 3) Diagnostiek 120 minuten",
        "Behandeling 60 min, GZ-psycholoog",
        "Consult",
        "Groepsconsult Gezondheidszorgpsycholoog (Wet Big artikel 3), groepsgrootte 6",
        "Toeslag reistijd tot 25 minuten",
        "Intercollegiaal overleg kort, setting ambulant kwaliteitsstatuut sectie II",
        "Niet-basispakketzorg consult",
        "Verblijfsdag categorie A",
        "Iets anders",
    ])
    .prop_map(String::from)
}

fn zpm_line() -> impl Strategy<Value = Line> {
    let code = prop_oneof![
        prop::sample::select(notawijzer::tariffs::zpm::ROWS.iter().map(|r| r.code.to_string()).collect::<Vec<_>>()),
        "(CO|GC|TC|OV|VB)[0-9]{4}",
    ];
    (code, zpm_description(), (2022i32..=2026, 1u32..=12, 1u32..=28), amount()).prop_map(
        |(code, description, (y, m, d), amount)| Line {
            line_no: 0,
            kind: prestatie::classify(Some(&code), &description, ""),
            description,
            code: Some(code),
            date: NaiveDate::from_ymd_opt(y, m, d),
            amount,
            quantity: None,
            unit_price: None,
        },
    )
}

fn zpm_nota() -> impl Strategy<Value = Nota> {
    (
        prop::option::of("[A-Z]{0,2}[0-9]{1,4}(-[0-9]{2,4})?"),
        prop::option::of(date()),
        prop::option::of("(Mw\\.|Dhr\\.) [A-Z]\\. [A-Z][a-z]{2,10}"),
        prop::option::of("[0-9]{3,8}"),
        prop::option::of(date()),
        prop::option::of(prop::sample::select(vec!["3", "03", "ZT04", "ZT3", "2 - lichte problematiek", "9"])),
        (prop::option::of("[a-z]{4,12}( [a-z]{3,12})?"), prop::option::of(prop::sample::select(Profile::ALL.to_vec()))),
        prop::collection::vec(zpm_line(), 1..20),
        prop::option::of(amount()),
    )
        .prop_map(
            |(invoice, invoice_date, patient, trajectory, start, zvt, (diagnosis, profile), lines, total)| Nota {
                patient,
                cluster: zvt.map(|z| Located::new(z.to_string(), 0)),
                start_date: start,
                lines,
                stated_total: total.map(|t| Located::new(t, 0)),
                zpm: true,
                invoice_number: invoice,
                invoice_date: invoice_date.map(|d| Located::new(d, 0)),
                trajectory_number: trajectory,
                diagnosis,
                profile,
                ..Nota::default()
            },
        )
}

fn without_zpm_places(mut nota: Nota) -> Nota {
    nota.invoice_date.iter_mut().for_each(|c| c.line_no = 0);
    without_places(nota)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn written_zpm_nota_reads_back_equal(n in zpm_nota(), csv in any::<bool>()) {
        let text = write_zpm(&n, csv);
        let outcome = read_str(&text);
        prop_assert!(outcome.errors.is_empty(), "{:?}\n{}", outcome.errors, text);
        prop_assert_eq!(outcome.notas.len(), 1, "{}", text);
        let back = without_zpm_places(outcome.notas.into_iter().next().unwrap());
        prop_assert_eq!(back, without_zpm_places(n), "{}", text);
    }

    #[test]
    fn zpm_json_output_reads_back_equal(n in zpm_nota()) {
        // the command line's JSON of a ZPM nota is the JSON input form
        let report = notawijzer::analyse_text("x.csv", &write_zpm(&n, true), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        let json = serde_json::to_string(&notawijzer::engine::export::to_json(&report, notawijzer::Lang::Nl)).unwrap();
        let outcome = read_str(&json);
        prop_assert!(outcome.errors.is_empty(), "{:?}\n{}", outcome.errors, json);
        let mut back = without_zpm_places(outcome.notas.into_iter().next().unwrap());
        let mut expected = without_zpm_places(report.notas[0].nota.clone());
        // the JSON names the zorgvraagtype by number and catalogue name, and leaves out the birth date
        back.cluster = None;
        expected.cluster = None;
        expected.birth_date = None;
        prop_assert_eq!(back, expected);
    }

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
