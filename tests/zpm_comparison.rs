//! What the old DBC model would have billed for a ZPM trajectory, and the eigen risico under each
//! model, pinned to the cent against the samples and small trajectories built from verified codes.

mod common;

use common::{dec, ymd};
use notawijzer::engine::export::to_json;
use notawijzer::rules::analysis::{Report, analyse, analyse_text};
use notawijzer::rules::dbc::estimate::{Missing, Outcome, YearShare};
use notawijzer::{Lang, words::explain};

const PRAKTIJK: &str = include_str!("fixtures/zpm-2024-03-praktijk.txt");
const EXPORT: &str = include_str!("fixtures/zpm-2023-12-2024-01-export.csv");
const NOORDERLICHT: &str = include_str!("fixtures/zpm-2025-05-noorderlicht.txt");

fn json(report: &Report) -> serde_json::Value {
    serde_json::to_value(to_json(report, Lang::Nl)).unwrap()
}

fn share(year: i32, amount: &str, at_most: &str) -> YearShare {
    YearShare { year, amount: dec(amount), at_most: Some(dec(at_most)) }
}

fn said(report: &Report, part: &str) -> bool {
    explain::counterfactual(&report.counterfactual().unwrap(), Lang::Nl).iter().any(|s| s.contains(part))
}

#[test]
fn noorderlicht_profile_middel_against_gbggz_middel_2021() {
    let report = analyse_text("n.txt", NOORDERLICHT, ymd(2025, 6, 10));
    let c = &report.counterfactual().unwrap();
    assert!(matches!(c.outcome, Outcome::Gbggz { .. }));
    assert_eq!(c.zpm_total, dec("377.58"));
    assert_eq!(c.dbc_total(), Some(dec("885.01")));
    assert_eq!(c.difference(), Some(dec("-507.43")));
    assert_eq!(c.tariff_year(), Some(2021));
    // care outside the basic package (138,15) does not count toward the eigen risico
    assert_eq!(c.eigen_risico_zpm, [share(2025, "239.43", "239.43")]);
    assert_eq!(c.eigen_risico_dbc, Some(dec("385.00")));
    let v = json(&report);
    let cmp = &v["comparison"];
    assert_eq!(cmp["basis"], "gbggz");
    assert_eq!(cmp["dbc_product"], "GB-ggz Middel");
    assert_eq!(cmp["tariff_year"], 2021);
    assert_eq!(cmp["estimate"], true);
    assert_eq!(cmp["dbc_total"], "885.01");
    assert_eq!(cmp["difference"], "-507.43");
    assert_eq!(cmp["trajectory_total"], "377.58");
    assert_eq!(cmp["eigen_risico_dbc"], "385.00");
    assert_eq!(cmp["eigen_risico_zpm"], "239.43");
    assert!(said(
        &report,
        "naar schatting € 885,01 kosten: het product GB-ggz Middel, tegen het maximumtarief van 2021."
    ));
    assert!(said(&report, "elke maand een nota"));
}

#[test]
fn export_across_new_year_counts_two_years_and_names_what_is_missing() {
    let report = analyse_text("e.csv", EXPORT, ymd(2024, 2, 5));
    assert_eq!(report.notas[0].eigen_risico(), [share(2023, "409.30", "385.00"), share(2024, "271.78", "271.78")]);
    let c = &report.counterfactual().unwrap();
    assert_eq!(c.outcome, Outcome::None(Missing::ProfileAndDiagnosis));
    assert_eq!(c.eigen_risico_zpm_total(), Some(dec("656.78")));
    assert_eq!(c.eigen_risico_dbc, Some(dec("385.00")));
    let v = json(&report);
    assert_eq!(v["notas"][0]["eigen_risico"][0]["year"], 2023);
    assert_eq!(v["notas"][0]["eigen_risico"][0]["amount"], "409.30");
    assert_eq!(v["notas"][0]["eigen_risico"][0]["patient_pays_at_most"], "385.00");
    assert_eq!(v["notas"][0]["eigen_risico"][1]["patient_pays_at_most"], "271.78");
    let cmp = &v["comparison"];
    assert_eq!(cmp["dbc_total"], serde_json::Value::Null);
    assert_eq!(cmp["estimate"], false);
    assert!(cmp["explanation"].as_array().unwrap().iter().any(|s| s.as_str().unwrap().contains("basis-ggz-profiel")));
    assert!(said(&report, "Daarom maakt NotaWijzer geen schatting."));
    assert!(said(&report, "tot € 271,78 meer eigen risico betalen dan met het DBC-model"));
}

#[test]
fn specialist_with_a_band_in_the_2018_table_and_the_band_with_indirect_time() {
    let report = analyse_text("p.txt", PRAKTIJK, ymd(2024, 4, 10));
    let c = &report.counterfactual().unwrap();
    // 45 + 60 + 45 + 45 minutes of consults: "Behandeling kort" 100–199
    assert_eq!(c.minutes, 195);
    match &c.outcome {
        Outcome::Specialist { group, band, price, with_indirect } => {
            assert_eq!((*group, band.from, band.to), ("Behandeling kort", 100, Some(199)));
            assert_eq!(*price, dec("379.79"));
            let (g, b, p) = with_indirect.unwrap();
            assert_eq!((g, b.from, b.to, p), ("Depressie", 250, Some(799), Some(dec("1379.29"))));
        }
        other => panic!("{other:?}"),
    }
    let v = json(&report);
    assert_eq!(v["comparison"]["basis"], "dbc_estimate");
    assert_eq!(v["comparison"]["dbc_product"], "Behandeling kort 100-199");
    assert_eq!(v["comparison"]["tariff_year"], 2018);
    assert_eq!(v["comparison"]["difference"], "260.18");
    assert!(said(&report, "Dan wordt het product Depressie 250-799: € 1.379,29."));
}

/// A specialist trajectory of `n` 45-minute treatment consults in March 2024 with a diagnosis.
fn specialist(diagnosis: &str, n: usize) -> Report {
    let mut text = format!(
        "Factuurnummer: S1\nFactuurdatum: 2 april 2024\nStartdatum zorgtraject: 1 maart 2024\nHoofddiagnose: {diagnosis}\n"
    );
    for day in 1..=n {
        text.push_str(&format!("{day:02}-03-2024  CO0497  Behandeling 45 minuten  € 135,89\n"));
    }
    analyse_text("s.txt", &text, ymd(2024, 4, 10))
}

#[test]
fn specialist_whose_band_is_not_in_the_table_gets_no_estimate() {
    // 6 × 45 = 270 minutes: Angststoornissen 250–799, a row the partial 2018 table does not have
    let report = specialist("angststoornissen", 6);
    let c = &report.counterfactual().unwrap();
    assert!(matches!(c.outcome, Outcome::None(Missing::NotInTable { group: "Angststoornissen", .. })));
    assert_eq!(c.dbc_total(), None);
    assert_eq!(json(&report)["comparison"]["dbc_total"], serde_json::Value::Null);
    assert!(said(&report, "NotaWijzer verzint geen bedrag"));
    // the same minutes with depression: in the table
    let report = specialist("depressie", 6);
    assert_eq!(report.counterfactual().unwrap().dbc_total(), Some(dec("1379.29")));
}

#[test]
fn several_notas_of_one_trajectory_add_up_in_date_order() {
    let feb = "Factuurnummer: B\nFactuurdatum: 29-02-2024\nZorgtrajectnummer: 7\nGB-ggz profiel: kort\n06-02-2024;CO0497;Behandeling 45 minuten;135,89\n";
    let jan = "Factuurnummer: A\nFactuurdatum: 31-01-2024\nZorgtrajectnummer: 7\n09-01-2024;CO0497;Behandeling 45 minuten;135,89\n16-01-2024;CO0497;Behandeling 45 minuten;135,89\n";
    let other = "Factuurnummer: X\nFactuurdatum: 31-01-2024\nZorgtrajectnummer: 8\n09-01-2024;CO0497;Behandeling 45 minuten;135,89\n";
    let inputs = [
        notawijzer::rules::analysis::Input::new("feb.csv", feb.as_bytes()),
        notawijzer::rules::analysis::Input::new("jan.csv", jan.as_bytes()),
        notawijzer::rules::analysis::Input::new("other.csv", other.as_bytes()),
    ];
    let report = analyse(&inputs, ymd(2024, 3, 1));
    let c = &report.counterfactual().unwrap();
    assert_eq!(c.notas, [1, 0], "January before February; trajectory 8 is another one");
    assert_eq!(c.zpm_total, dec("407.67"));
    assert_eq!(c.dbc_total(), Some(dec("522.13")), "GB-ggz Kort 2021");
    assert_eq!(c.first, Some(ymd(2024, 1, 9)));
}

#[test]
fn under_18_pays_no_eigen_risico() {
    let text = "Geboortedatum: 1-1-2010\nFactuurnummer: J\n09-01-2024;CO0497;Behandeling 45 minuten;135,89\n";
    let report = analyse_text("j.csv", text, ymd(2024, 2, 1));
    assert_eq!(report.notas[0].eigen_risico(), [share(2024, "135.89", "0")]);
    let c = &report.counterfactual().unwrap();
    assert!(c.under_18);
    assert_eq!(c.eigen_risico_dbc, Some(dec("0")));
    assert!(said(&report, "Wie jonger is dan 18, betaalt geen eigen risico."));
    // 18 on the day before: pays
    let text = "Geboortedatum: 8-1-2006\nFactuurnummer: J\n09-01-2024;CO0497;Behandeling 45 minuten;135,89\n";
    assert!(!analyse_text("j.csv", text, ymd(2024, 2, 1)).counterfactual().unwrap().under_18);
}

#[test]
fn henk_is_unchanged_and_compared_with_his_own_dbc_nota() {
    let report = common::report(&[("feb.txt", common::FEB), ("dbc.txt", common::DBC)]);
    assert!(report.counterfactual().is_none());
    let v = json(&report);
    let cmp = &v["comparison"];
    assert_eq!(cmp["basis"], "dbc_nota");
    assert_eq!(cmp["cluster_total"], "8700.00");
    assert_eq!(cmp["dbc_total"], "9050.00");
    assert_eq!(cmp["difference"], "-350.00");
    assert_eq!(cmp["estimate"], false);
    assert_eq!(cmp["dbc_product"], "Depressie 3000-5999");
    // a pilot nota has its eigen risico per year too
    assert_eq!(v["notas"][0]["eigen_risico"][0]["year"], 2017);
    assert_eq!(v["notas"][0]["eigen_risico"][0]["amount"], "1300.00");
    assert_eq!(v["notas"][0]["eigen_risico"][0]["patient_pays_at_most"], "385.00");
}
