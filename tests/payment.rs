//! What the patient pays and what may come back (`notawijzer::rules::payment`, issue "What do I pay"),
//! pinned to the cent on the fixtures: a missed appointment, a fee and care outside the basic
//! package; a balance after a part payment; a trajectory across New Year with the eigen risico used
//! in one year; policy percentages 0, 60, 75 and 100; an under-18 patient; a year whose eigen risico
//! is not known; and the command line's flags.

mod common;

use common::{dec, run_cli as cli, ymd};
use notawijzer::rules::analysis::{Input, Report, analyse};
use notawijzer::rules::payment::{Inputs, Payment, payment};

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn report(text: &str) -> Report {
    analyse(&[Input::new("nota.txt", text.as_bytes())], ymd(2026, 12, 1))
}

fn pay(r: &Report, percent: Option<&str>, used: &[(i32, &str)]) -> Payment {
    let inputs = Inputs {
        policy_percent: percent.map(dec),
        eigen_risico_used: used.iter().map(|(y, a)| (*y, dec(a))).collect(),
        insurer: None,
    };
    let n = &r.notas[0];
    payment(&n.nota, n.month_total, &inputs)
}

fn money(v: Option<rust_decimal::Decimal>) -> Option<String> {
    v.map(|v| format!("{v:.2}"))
}

#[test]
fn never_reimbursed_lines_and_a_part_payment() {
    let r = report(&fixture("real/praktijk-2025-11-noshow.txt"));
    let p = pay(&r, None, &[]);
    assert_eq!(p.to_pay, dec("364.59"), "the balance after € 168,94 paid");
    assert_eq!(p.insured, dec("337.88"));
    let lines: Vec<_> = p.not_reimbursed.iter().map(|l| (l.line_no, l.amount.to_string(), l.reason.code())).collect();
    assert_eq!(
        lines,
        [(13, "50.00".into(), "no_show"), (15, "138.15".into(), "non_insured"), (16, "7.50".into(), "fee")]
    );
    // no eigen risico used given: the whole year's € 385 counts as still open
    assert_eq!((p.years[0].year, p.years[0].open, p.years[0].used_given), (2025, Some(dec("385")), false));
    assert_eq!(p.years[0].under_eigen_risico, Some(dec("337.88")));
    assert_eq!((p.reimbursement_at_most, p.patient_pays_at_least), (None, None), "no percentage, no figure");
    // 75 %: per line € 126,71 (168,94 × 0,75 = 126,705), so € 253,42, less € 85,00 still open
    let p = pay(&r, Some("75"), &[(2025, "300")]);
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("168.42"));
    assert_eq!(money(p.patient_pays_at_least).as_deref(), Some("365.11"));
}

#[test]
fn after_a_part_payment_the_insured_care_is_that_of_the_whole_nota() {
    use notawijzer::Lang;
    use notawijzer::words::explain::payment as sentences;
    let first = |text: &str, lang| {
        let r = report(text);
        sentences(&pay(&r, None, &[]), &Inputs::default(), lang).remove(0)
    };
    // € 567,37 of care, € 159,70 paid: "of this € 567,37" would be more than the € 407,67 to pay
    let factoring = fixture("real/factoring-2024-05.txt");
    assert_eq!(
        first(&factoring, Lang::Nl),
        "U betaalt nu € 407,67. Van de hele nota (€ 567,37) is € 567,37 verzekerde zorg."
    );
    assert_eq!(
        first(&factoring, Lang::En),
        "You pay €407.67 now. Of the whole statement (€567.37), €567.37 is insured care."
    );
    // € 533,53 with € 168,94 paid: the € 337,88 insured care is not a part of the € 364,59 still due
    assert_eq!(
        first(&fixture("real/praktijk-2025-11-noshow.txt"), Lang::Nl),
        "U betaalt nu € 364,59. Van de hele nota (€ 533,53) is € 337,88 verzekerde zorg."
    );
    // nothing paid yet: the insured care is part of what is paid now (190,88 + 168,94 + 36,46 +
    // 12,09 − 168,94 credited; the € 138,15 outside the basic package is not)
    assert_eq!(
        first(&fixture("zpm-2025-05-noorderlicht.txt"), Lang::Nl),
        "U betaalt nu € 377,58. Daarvan is € 239,43 verzekerde zorg."
    );
}

#[test]
fn across_new_year_with_the_eigen_risico_used_in_one_year() {
    let r = report(&fixture("zpm-2023-12-2024-01-export.csv"));
    let p = pay(&r, None, &[(2023, "300")]);
    let years: Vec<_> =
        p.years.iter().map(|y| (y.year, y.insured, y.open, y.under_eigen_risico, y.used_given)).collect();
    assert_eq!(
        years,
        [
            (2023, dec("409.30"), Some(dec("85")), Some(dec("85")), true),
            (2024, dec("271.78"), Some(dec("385")), Some(dec("271.78")), false),
        ]
    );
    // the policy's percentage, per line to the cent, per year less what is still open
    for (percent, back, least) in
        [("0", "0.00", "681.08"), ("60", "160.58", "520.50"), ("75", "221.98", "459.10"), ("100", "324.30", "356.78")]
    {
        let p = pay(&r, Some(percent), &[(2023, "300")]);
        assert_eq!(money(p.reimbursement_at_most).as_deref(), Some(back), "{percent} %");
        assert_eq!(money(p.patient_pays_at_least).as_deref(), Some(least), "{percent} %");
    }
    // more used than the year's eigen risico: nothing open, never negative
    let p = pay(&r, Some("100"), &[(2023, "500"), (2024, "385")]);
    assert_eq!((p.years[0].open, p.years[1].open), (Some(dec("0")), Some(dec("0"))));
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("681.08"));
}

#[test]
fn under_18_no_eigen_risico() {
    let young = fixture("real/praktijk-2025-11-noshow.txt").replace("17-09-1984", "17-09-2010");
    let p = pay(&report(&young), Some("100"), &[]);
    assert!(p.under_18);
    assert_eq!(p.years[0].under_eigen_risico, Some(dec("0")));
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("337.88"));
    assert_eq!(money(p.patient_pays_at_least).as_deref(), Some("195.65"), "the lines never reimbursed");
    let text = notawijzer::words::explain::payment(&p, &Inputs::default(), notawijzer::Lang::Nl).join("\n");
    assert!(text.contains("U was jonger dan 18: u heeft in 2025 geen eigen risico."), "{text}");
}

#[test]
fn a_year_whose_eigen_risico_is_not_known() {
    let text = "Factuurnummer: X1\nFactuurdatum: 03-02-2028\n12-01-2028  CO0627  Behandeling 60 minuten  € 168,94\n";
    let r = analyse(&[Input::new("x.txt", text.as_bytes())], ymd(2028, 2, 3));
    let p = pay(&r, Some("75"), &[]);
    assert_eq!((p.years[0].year, p.years[0].open, p.years[0].under_eigen_risico), (2028, None, None));
    assert_eq!(p.reimbursement_at_most, None, "never a figure on an eigen risico that is not known");
    let said = notawijzer::words::explain::payment(&p, &Inputs::default(), notawijzer::Lang::Nl).join("\n");
    assert!(said.contains("Het eigen risico van 2028 is nog niet bekend."), "{said}");
}

/// 2027: € 400 as the 2027 budget has it, said so wherever it is used; a nota across New Year
/// 2026–2027 (the word processor's nota of `tests/fixtures/new-user/`) takes each year's own.
#[test]
fn the_eigen_risico_of_2027_is_the_budget_figure_and_says_so() {
    let text = include_str!("fixtures/new-user/wordprocessor-2027.txt");
    let r = analyse(&[Input::new("boomgaard.txt", text.as_bytes())], ymd(2027, 1, 20));
    let p = pay(&r, Some("75"), &[]);
    let years: Vec<_> = p.years.iter().map(|y| (y.year, money(y.open), money(y.under_eigen_risico))).collect();
    assert_eq!(
        years,
        [
            (2026, Some("385.00".to_string()), Some("385.00".to_string())),
            (2027, Some("400.00".to_string()), Some("195.71".to_string())),
        ]
    );
    // 75 % of each line: 2026 146.78 + 146.78 - 385.00 open -> 0; 2027 146.78 - 195.71 -> 0
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("0.00"));
    let budget = "Voor 2027 rekent NotaWijzer met een eigen risico van € 400,00: het bedrag uit de begroting voor 2027";
    let said = notawijzer::words::explain::payment(&p, &Inputs::default(), notawijzer::Lang::Nl).join("\n");
    assert!(said.contains(budget), "{said}");
    // the comparison and the glance say it too
    let c = r.counterfactual().unwrap();
    let er: Vec<_> =
        c.eigen_risico_zpm.iter().map(|y| (y.year, money(Some(y.amount)).unwrap(), money(y.at_most))).collect();
    assert_eq!(er, [(2026, "391.42".into(), Some("385.00".into())), (2027, "195.71".into(), Some("195.71".into()))]);
    assert!(notawijzer::words::explain::eigen_risico(&c, notawijzer::Lang::Nl, true).join(" ").contains(budget));
    let glance = notawijzer::engine::compare::for_lang(&r, notawijzer::Lang::Nl).unwrap().glance_eigen_risico;
    assert!(glance.contains(budget), "{glance}");
    let en = notawijzer::words::explain::payment(&p, &Inputs::default(), notawijzer::Lang::En).join("\n");
    assert!(
        en.contains(
            "For 2027 NotaWijzer counts with an eigen risico (deductible) of €400.00: the figure of the 2027 budget"
        ),
        "{en}"
    );
    // a nota of 2026 alone says nothing of it
    let r26 = analyse(&[Input::new("x.txt", text.replace("05-01-2027", "29-12-2026").as_bytes())], ymd(2027, 1, 20));
    let said26 =
        notawijzer::words::explain::payment(&pay(&r26, None, &[]), &Inputs::default(), notawijzer::Lang::Nl).join("\n");
    assert!(!said26.contains("begroting"), "{said26}");
}

#[test]
fn a_2026_line_is_never_checked_against_another_year() {
    let text = "Factuurnummer: X2\nFactuurdatum: 30-01-2026\n13-01-2026  CO0627  Behandeling 60 minuten  € 190,00\n";
    let r = analyse(&[Input::new("x.txt", text.as_bytes())], ymd(2026, 12, 1));
    let n = &r.notas[0];
    assert!(n.findings.iter().all(|f| f.code() != "above_max_tariff"), "{:?}", n.findings);
    let said = notawijzer::words::explain::line_with(&n.nota.lines[0], &n.context(0), notawijzer::Lang::Nl);
    assert!(
        said.contains("NotaWijzer kent het maximumtarief van CO0627 in 2026 niet, en gokt er niet naar."),
        "{said}"
    );
    assert!(said.contains("Ter informatie: in 2025 was het maximum € 168,94. Dat zegt niets over 2026"), "{said}");
    assert!(said.contains("https://puc.overheid.nl/nza/"), "{said}");
}

#[test]
fn the_command_line_flags() {
    let file = format!("{}/tests/fixtures/zpm-2023-12-2024-01-export.csv", env!("CARGO_MANIFEST_DIR"));
    let args = [
        "explain",
        &file,
        "--json",
        "--today",
        "2026-12-01",
        "--policy-percent",
        "60",
        "--eigen-risico-used",
        "2023=300",
    ];
    let (code, out, _) = cli(&args);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let p = &json["notas"][0]["payment"];
    assert_eq!(p["to_pay"], "681.08");
    assert_eq!(p["insured"], "681.08");
    assert_eq!(p["reimbursement_at_most"], "160.58");
    assert_eq!(p["patient_pays_at_least"], "520.50");
    assert_eq!(p["eigen_risico_remaining"][0]["year"], 2023);
    assert_eq!(p["eigen_risico_remaining"][0]["amount"], "85.00");
    assert_eq!(p["eigen_risico_remaining"][1]["amount"], "271.78");
    assert_eq!(p["not_reimbursed"], serde_json::json!([]));
    // without a percentage: null
    let (_, out, _) = cli(&["explain", &file, "--json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json["notas"][0]["payment"]["reimbursement_at_most"].is_null());
    // a bad value is a usage error with a message
    for (flag, value, says) in [
        ("--policy-percent", "120", "0 tot en met 100"),
        ("--policy-percent", "veel", "geen getal"),
        ("--eigen-risico-used", "2023=-5", "geen negatief bedrag"),
        ("--eigen-risico-used", "23=5", "een jaar als 2025"),
    ] {
        let (code, _, err) = cli(&["explain", &file, flag, value]);
        assert_eq!(code, 2, "{flag} {value}");
        assert!(err.contains(says), "{err}");
    }
    // the text says the same figures
    let (_, out, _) =
        cli(&["explain", &file, "--today", "2026-12-01", "--policy-percent", "60", "--eigen-risico-used", "2023=300"]);
    assert!(
        out.contains("Dan betaalt uw verzekeraar u hoogstens € 160,58 terug. U betaalt dus minstens € 520,50 zelf."),
        "{out}"
    );
    assert!(out.contains("Er is geen wettelijk minimum voor dat percentage."), "{out}");
}

/// The web form's answer (the engine's view) for what was typed: the same sentences as the
/// command line's, and a message at a field whose value does not read (which then changes no figure).
#[test]
fn the_web_form_says_what_the_command_line_says_and_checks_each_field() {
    use notawijzer::engine::protocol::{Answer, Ask, Attr, FileMeta, Node, Open, PaymentForm, Request, Settings};
    use notawijzer::engine::worker::Engine;
    let text = include_str!("fixtures/real/praktijk-2025-11-noshow.txt");
    let view = |form: PaymentForm| {
        let settings = Settings { today: "2025-12-01".into(), payment: form, ..Default::default() };
        let meta = FileMeta { name: "noshow.txt".into(), size: text.len(), pdf_pages: 0 };
        let request = Request::new(1, Ask::Open(Open { files: vec![meta], settings }));
        match Engine::default().handle(request, vec![text.as_bytes().to_vec()]).answer {
            Answer::View(v) => *v,
            other => panic!("{other:?}"),
        }
    };
    // the figures above the fields, and what holds for every policy below them
    let find = |v: &notawijzer::engine::protocol::ViewModel, _id: &str| {
        let mut found = Vec::new();
        v.overview.iter().for_each(|n| n.find(Attr::TestId, "payment-sentences", &mut found));
        v.overview.iter().for_each(|n| n.find(Attr::TestId, "payment-rules", &mut found));
        found.iter().map(|n| n.text()).collect::<Vec<_>>().concat()
    };
    let inputs = |v: &notawijzer::engine::protocol::ViewModel| {
        fn walk(n: &Node, out: &mut Vec<(String, bool)>) {
            match n {
                Node::Input(_, id, _, invalid) => out.push((id.clone(), *invalid)),
                Node::El(_, _, kids) => kids.iter().for_each(|k| walk(k, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        v.overview.iter().for_each(|n| walk(n, &mut out));
        out
    };
    let cli = |flags: &[&str]| {
        let mut args = vec!["explain", "tests/fixtures/real/praktijk-2025-11-noshow.txt", "--today", "2025-12-01"];
        args.extend_from_slice(flags);
        let (code, out, _) = common::run_cli(&args);
        assert_eq!(code, 0);
        let start = out.find("-- Wat betaalt u? --").unwrap();
        out[start..].lines().skip(1).take_while(|l| !l.trim().is_empty()).collect::<Vec<_>>().concat()
    };
    // nothing typed: one field per calendar year (the box unticked, no percentage field)
    let empty = view(PaymentForm::default());
    assert_eq!(find(&empty, "payment-sentences"), cli(&[]));
    // (the percentage's field is there, hidden, so the page keeps its elements as the box is ticked)
    assert_eq!(
        inputs(&empty),
        [
            ("pay-no-contract".to_string(), false),
            ("pay-percent".to_string(), false),
            ("pay-used-2025".to_string(), false)
        ]
    );
    // no contract, 75 %, € 300 used in 2025: to the cent
    let typed =
        PaymentForm { no_contract: true, percent: "75".into(), used: vec![(2025, "300".into())], ..Default::default() };
    let v = view(typed);
    assert_eq!(find(&v, "payment-sentences"), cli(&["--policy-percent", "75", "--eigen-risico-used", "2025=300"]));
    assert!(find(&v, "payment-sentences").contains("hoogstens € 168,42 terug. U betaalt dus minstens € 365,11 zelf."));
    assert_eq!(inputs(&v).len(), 3);
    // 150 % and a negative amount: a message at each field, and the figures of nothing typed
    let bad = view(PaymentForm {
        no_contract: true,
        percent: "150".into(),
        used: vec![(2025, "-20".into())],
        ..Default::default()
    });
    assert_eq!(find(&bad, "payment-sentences"), cli(&[]));
    assert_eq!(inputs(&bad)[1..], [("pay-percent".to_string(), true), ("pay-used-2025".to_string(), true)]);
    let words = notawijzer::engine::protocol::text_of(&bad.overview);
    assert!(words.contains("Vul een percentage in van 0 tot en met 100."), "{words}");
    assert!(words.contains("Vul een bedrag in van 0 of meer."), "{words}");
    // nor does any of it reach a partner
    assert!(!bad.partner_summary.contains("150") && !v.partner_summary.contains("300"), "{}", v.partner_summary);
}

/// The letter says what "Wat betaalt u?" says: the lines never paid back, each with its reason.
#[test]
fn the_letter_names_the_lines_never_paid_back() {
    let text = include_str!("fixtures/real/praktijk-2025-11-noshow.txt");
    let report = notawijzer::analyse_text("noshow.txt", text, common::ymd(2025, 12, 1));
    let nl = notawijzer::words::explain::letter(&report, notawijzer::Lang::Nl);
    assert!(
        nl.contains("- Deze regels betaalt mijn zorgverzekeraar nooit terug: regel 13 (€ 50,00: een afspraak die niet doorging); regel 15 (€ 138,15: zorg buiten het basispakket); regel 16 (€ 7,50: een kostenpost van de zorgaanbieder zelf). Klopt het dat ik die zelf betaal?"),
        "{nl}"
    );
    let en = notawijzer::words::explain::letter(&report, notawijzer::Lang::En);
    assert!(en.contains("line 13 (€50.00: an appointment that did not take place)"), "{en}");
    // a pilot nota has no such line
    let henk = notawijzer::analyse_text("feb.txt", &common::FEB.replace("€1.300", "€1.400"), common::today());
    assert!(!notawijzer::words::explain::letter(&henk, notawijzer::Lang::Nl).contains("nooit terug"));
}

/// The 2026 rules, on the lines of 2026 they apply to: an orthopedagoog-generalist bills as a
/// gz-psycholoog; OV0012 per 15 minutes. Not on a line of 2025.
#[test]
fn the_2026_rules_are_said_on_the_lines_of_2026() {
    let nota = |year: u32| {
        format!(
            "Zorgnota\nNotanummer: N{year}-01\nNotadatum: 30-01-{year}\nPatiënt: Testpersoon\nZorgvraagtype: 3\n\
             Datum | Code | Omschrijving | Bedrag\n\
             14-01-{year} | CO0311 | Consult behandeling 45 min orthopedagoog-generalist (beroepscategorie gz-psycholoog) | € 150,00\n\
             21-01-{year} | OV0012 | Zorg buiten het basispakket 45 minuten | € 120,00\n\
             Totaal | | | € 270,00\n"
        )
    };
    let lines = |year: u32| {
        let report = notawijzer::analyse_text("n.txt", &nota(year), common::ymd(2026, 12, 1));
        let n = &report.notas[0];
        assert_eq!(n.nota.lines.len(), 2, "{:?}", report.errors);
        (0..2)
            .map(|i| notawijzer::words::explain::line_with(&n.nota.lines[i], &n.context(i), notawijzer::Lang::Nl))
            .collect::<Vec<_>>()
    };
    let now = lines(2026);
    assert!(
        now[0]
            .contains("Sinds 2026 declareert een orthopedagoog-generalist in de beroepscategorie van de gz-psycholoog"),
        "{}",
        now[0]
    );
    assert!(
        now[1].contains("Sinds 2026 wordt deze zorg buiten het basispakket per 15 minuten gedeclareerd"),
        "{}",
        now[1]
    );
    assert!(!now[1].contains("orthopedagoog"));
    let before = lines(2025);
    assert!(before.iter().all(|l| !l.contains("Sinds 2026")), "{before:?}");
}

/// A maximum of 2022 or 2023 is shown with the CBB's ruling that the NZa must set it anew; one of
/// 2024 without.
#[test]
fn a_2022_or_2023_maximum_says_the_court_ordered_it_set_anew() {
    let explain = |text: &str| {
        let report = notawijzer::analyse_text("n.csv", text, common::ymd(2026, 12, 1));
        let n = &report.notas[0];
        notawijzer::words::explain::line_with(&n.nota.lines[0], &n.context(0), notawijzer::Lang::Nl)
    };
    let export = include_str!("fixtures/zpm-2023-12-2024-01-export.csv");
    let first = explain(export);
    assert!(first.contains("in 2023 is € 128,40"), "{first}");
    assert!(first.contains("de rechter (CBB, 22 augustus 2024) heeft de NZa opgedragen de tarieven van 2022 en 2023 opnieuw vast te stellen"), "{first}");
    let praktijk = explain(include_str!("fixtures/zpm-2024-03-praktijk.txt"));
    assert!(praktijk.contains("in 2024 is"), "{praktijk}");
    assert!(!praktijk.contains("CBB"), "{praktijk}");
}

/// An insurer's payout list (`notawijzer tariffs import --kind payout`): per line the most that
/// comes back is the list's amount, never more than the line's, and never more than the policy's
/// percentage where that is given too; a line the list does not hold, or a year it has no list
/// for, is said, and no total is made up for it. (A made-up insurer and made-up amounts: no
/// insurer's list is public in a form a test may copy.)
#[test]
fn an_insurers_payout_list_bounds_what_comes_back_per_line() {
    use notawijzer::Lang;
    use notawijzer::tariffs::table::{Table, TableRow, load};
    use notawijzer::words::explain::payment as sentences;
    let list = |year: i32, rows: &[(&str, &str)]| Table {
        format: "notawijzer-tariffs".into(),
        version: 1,
        kind: "payout".into(),
        year,
        insurer: Some("Voorbeeld Zorg".into()),
        source: "https://example.org/voorbeeld-zorg-maximale-vergoedingen.xlsx".into(),
        decision: None,
        imported: "2026-12-07".into(),
        file: "vergoedingen.xlsx".into(),
        sha256: "0".repeat(64),
        rows: rows.iter().map(|(c, a)| TableRow { code: c.to_string(), name: None, amount: a.to_string() }).collect(),
    };
    let r = report(&fixture("real/praktijk-2025-11-noshow.txt"));
    let n = &r.notas[0];
    let with = |insurer: &str, percent: Option<&str>| {
        let inputs = Inputs {
            policy_percent: percent.map(dec),
            eigen_risico_used: vec![(2025, dec("300"))],
            insurer: Some(insurer.into()),
        };
        let p = payment(&n.nota, n.month_total, &inputs);
        let said = sentences(&p, &inputs, Lang::Nl);
        (p, said)
    };

    // no list loaded for 2025: said, and the percentage is what is left to ask for
    load(list(2026, &[("CO0627", "120.00")])).unwrap();
    let (p, said) = with("Voorbeeld Zorg", None);
    assert_eq!(p.reimbursement_at_most, None);
    assert_eq!(p.payout.as_ref().unwrap().no_list, [2025]);
    assert!(said.contains(&"Deze site heeft geen lijst van Voorbeeld Zorg voor 2025.".to_string()), "{said:#?}");

    // the list of 2025: two lines of CO0627 at most € 120,00 each, € 240,00 less € 85,00 still open
    load(list(2025, &[("CO0627", "120.00"), ("CO0562", "150.00")])).unwrap();
    let (p, said) = with("voorbeeld zorg", None);
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("155.00"), "the name in any case");
    assert_eq!(money(p.patient_pays_at_least).as_deref(), Some("378.53"));
    assert!(
        said.contains(&"Volgens de lijst van uw zorgverzekeraar betaalt die voor deze nota hoogstens € 155,00 terug (na uw eigen risico). U betaalt dus minstens € 378,53 zelf. Bron: Voorbeeld Zorg, lijst maximale vergoedingen 2025, op deze site gezet op 2026-12-07, https://example.org/voorbeeld-zorg-maximale-vergoedingen.xlsx.".to_string()),
        "{said:#?}"
    );
    assert!(!said.iter().any(|s| s.contains("gemiddelde tarief")), "the list is the bound: no unknown average");
    // with a policy percentage too: the lower of the two per line (60 %: € 101,36 a line)
    let (p, _) = with("Voorbeeld Zorg", Some("60"));
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("117.72"));
    let (p, _) = with("Voorbeeld Zorg", Some("80"));
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("155.00"), "80 % is € 135,15: the list's € 120,00");

    // a list amount above the line's: the line's (two × € 168,94 − € 85,00)
    load(list(2025, &[("CO0627", "200.00")])).unwrap();
    let (p, _) = with("Voorbeeld Zorg", None);
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("252.88"));

    // a list without the nota's code: the lines named, no total without a percentage
    load(list(2025, &[("CO0562", "150.00")])).unwrap();
    let (p, said) = with("Voorbeeld Zorg", None);
    assert_eq!(p.reimbursement_at_most, None);
    assert_eq!(p.payout.as_ref().unwrap().missing, [(12, Some("CO0627".into())), (14, Some("CO0627".into()))]);
    assert!(said.contains(&"Niet op die lijst: regel 12 (CO0627), regel 14 (CO0627).".to_string()), "{said:#?}");
    assert!(said.iter().any(|s| s.starts_with("Hoeveel u daarvoor terugkrijgt, weet NotaWijzer niet.")), "{said:#?}");
    // … and with one, those lines at the percentage (75 %: € 126,71 each, less € 85,00)
    let (p, said) = with("Voorbeeld Zorg", Some("75"));
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("168.42"));
    assert!(said.contains(&"Daarvoor rekent NotaWijzer met het percentage van uw polis.".to_string()), "{said:#?}");

    // another insurer: no list of it
    let (p, _) = with("Ander", Some("75"));
    assert_eq!(p.payout.as_ref().unwrap().no_list, [2025]);
    assert_eq!(money(p.reimbursement_at_most).as_deref(), Some("168.42"), "the percentage alone");
}

/// The web form: the insurers whose lists the host's index names are offered (the field says
/// which), the chosen one's list of the nota's year is wanted once, and the figures then are the
/// command line's with `--insurer`; an insurer without a list is said at the field; a portal's
/// insurer (`notawijzer:open`) is used when the patient typed none.
#[test]
fn the_web_form_offers_the_hosts_lists_and_uses_the_chosen_one() {
    use notawijzer::engine::protocol::{
        Answer, Ask, FileMeta, Open, PaymentForm, Request, Settings, ViewModel, text_of,
    };
    use notawijzer::engine::worker::{Engine, Wanted};
    let text = include_str!("fixtures/real/praktijk-2025-11-noshow.txt");
    let table = r#"{"format": "notawijzer-tariffs", "version": 1, "kind": "payout", "year": 2025,
        "insurer": "Voorbeeld Zorg", "source": "https://example.org/vergoedingen-2025.xlsx", "decision": null,
        "imported": "2026-12-07", "file": "vergoedingen.xlsx", "sha256": "0000",
        "rows": [{"code": "CO0627", "name": null, "amount": "120.00"}]}"#;
    let index = r#"{"format": "notawijzer-tariff-index", "version": 1, "tables": [{"file": "payout-voorbeeld-zorg-2025.json",
        "kind": "payout", "year": 2025, "insurer": "Voorbeeld Zorg", "source": "https://example.org/vergoedingen-2025.xlsx",
        "decision": null, "imported": "2026-12-07", "rows": 1}]}"#;
    let settings = |insurer: &str| Settings {
        today: "2025-12-01".into(),
        payment: PaymentForm {
            no_contract: true,
            used: vec![(2025, "300".into())],
            insurer: insurer.into(),
            ..Default::default()
        },
        ..Default::default()
    };
    let view = |engine: &mut Engine, ask: Ask| match engine
        .handle(Request::new(1, ask), vec![text.as_bytes().to_vec()])
        .answer
    {
        Answer::View(v) => *v,
        other => panic!("{other:?}"),
    };
    let words = |v: &ViewModel| text_of(&v.overview);
    let meta = FileMeta { name: "noshow.txt".into(), size: text.len(), pdf_pages: 0 };

    let mut engine = Engine::default();
    let v = view(&mut engine, Ask::Open(Open { files: vec![meta.clone()], settings: settings("") }));
    assert!(!words(&v).contains("Uw zorgverzekeraar"), "no field before the site offers a list");
    assert_eq!(engine.tables_wanted(), Wanted::Nothing, "every maximum known: the answer waits for nothing");
    assert!(engine.index_fetched(Some(index)), "the site offers a list");
    assert!(!engine.index_fetched(None), "the first index counts");
    let v = view(&mut engine, Ask::Render(settings("")));
    assert!(words(&v).contains(
        "Van deze verzekeraars heeft deze site een lijst van wat ze hoogstens terugbetalen: Voorbeeld Zorg."
    ));

    // chosen (in another case): its 2025 list wanted, once
    let _ = view(&mut engine, Ask::Render(settings("voorbeeld zorg")));
    assert_eq!(engine.tables_wanted(), Wanted::Files(vec!["payout-voorbeeld-zorg-2025.json".into()]));
    assert!(
        !engine.table_fetched("payout-voorbeeld-zorg-2025.json", Some(&table.replace("2025,", "2024,"))),
        "a file holds its own year"
    );
    assert_eq!(engine.tables_wanted(), Wanted::Nothing, "asked once, found or not");
    let mut engine2 = Engine::default();
    let _ = view(&mut engine2, Ask::Open(Open { files: vec![meta.clone()], settings: settings("Voorbeeld Zorg") }));
    engine2.index_fetched(Some(index));
    assert!(engine2.table_fetched("payout-voorbeeld-zorg-2025.json", Some(table)));
    let v = view(&mut engine2, Ask::Render(settings("Voorbeeld Zorg")));
    assert!(
        words(&v).contains("hoogstens € 155,00 terug (na uw eigen risico). U betaalt dus minstens € 378,53 zelf."),
        "{}",
        words(&v)
    );

    // the command line says the same with the list in a folder
    let dir = std::env::temp_dir().join(format!("notawijzer-payout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("payout-voorbeeld-zorg-2025.json"), table).unwrap();
    let (code, out, err) = common::run_cli(&[
        "explain",
        "tests/fixtures/real/praktijk-2025-11-noshow.txt",
        "--today",
        "2025-12-01",
        "--eigen-risico-used",
        "2025=300",
        "--tariffs",
        dir.to_str().unwrap(),
        "--insurer",
        "Voorbeeld Zorg",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("hoogstens € 155,00 terug (na uw eigen risico). U betaalt dus minstens € 378,53 zelf. Bron: Voorbeeld Zorg, lijst maximale vergoedingen 2025"), "{out}");

    // an insurer the site has no list of: said at the field, the figures without a list
    let v = view(&mut engine2, Ask::Render(settings("Ander")));
    assert!(words(&v).contains("Van die verzekeraar heeft deze site geen lijst. Kies uit: Voorbeeld Zorg."));
    assert!(!words(&v).contains("€ 155,00"));

    // a portal's insurer, used while the patient typed none
    let json = serde_json::json!({"type": "notawijzer:open", "version": 1, "nota": text, "insurer": "Voorbeeld Zorg"})
        .to_string();
    let v = view(&mut engine2, Ask::Partner(json, settings("")));
    assert!(words(&v).contains("Uw zorgverzekeraar gaf door: Voorbeeld Zorg."), "{}", words(&v));
    assert!(words(&v).contains("hoogstens € 155,00 terug"));
    let _ = std::fs::remove_dir_all(&dir);
}
