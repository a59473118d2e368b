//! The ZPM comparison with the DBC model (`notawijzer::engine::compare`) as the views show it, pinned
//! against the samples.

mod common;

use common::ymd;
use notawijzer::Lang;
use notawijzer::analyse_text;
use notawijzer::engine::compare::{Comparison, for_lang};

const EXPORT: &str = include_str!("fixtures/zpm-2023-12-2024-01-export.csv");
const NOORDERLICHT: &str = include_str!("fixtures/zpm-2025-05-noorderlicht.txt");
const PRAKTIJK: &str = include_str!("fixtures/zpm-2024-03-praktijk.txt");
const HENK_FEB: &str = include_str!("fixtures/henk-2017-02-zorgcluster.txt");
const HENK_DBC: &str = include_str!("fixtures/henk-2017-02-dbc.txt");

/// The comparison in both languages.
struct Both {
    nl: Comparison,
    en: Comparison,
}

fn answer_for(name: &str, text: &str) -> Both {
    let report = analyse_text(name, text, ymd(2025, 6, 10));
    assert!(report.comparison.is_none(), "a ZPM trajectory has no DBC nota beside it");
    let c = |lang| for_lang(&report, lang).expect("a ZPM trajectory");
    Both { nl: c(Lang::Nl), en: c(Lang::En) }
}

fn widths(c: &notawijzer::engine::chart::Chart) -> Vec<Vec<i64>> {
    c.bars.iter().map(|b| b.segments.iter().map(|s| s.width).collect()).collect()
}

#[test]
fn noorderlicht_in_words_table_and_charts() {
    let a = answer_for("n.txt", NOORDERLICHT);
    let nl = &a.nl;
    assert_eq!(
        nl.sentences[1],
        "Met het oude DBC-model zou hetzelfde traject naar schatting € 885,01 kosten: het product GB-ggz Middel, tegen het maximumtarief van 2021."
    );
    assert_eq!(nl.sentences[2], "Met het zorgprestatiemodel is dat tot nu toe € 507,43 minder.");
    // one calendar year: no "together" row
    assert_eq!(nl.table.rows, [["2025", "€ 239,43", "€ 239,43", "€ 385,00"]]);
    assert_eq!(nl.table.head.len(), 4);
    let cost = nl.cost_chart.as_ref().unwrap();
    assert_eq!(cost.bars[0].label, "Zorgprestatiemodel (t/m 27 mei 2025): € 377,58");
    assert_eq!(cost.bars[1].label, "DBC-model, schatting met het tarief van 2021: € 885,01");
    // 377,58 / 885,01 of 600 units = 255.98…, rounded down
    assert_eq!(widths(cost), [vec![255], vec![600]]);
    let er = nl.eigen_risico_chart.as_ref().unwrap();
    assert_eq!(er.bars[0].label, "Zorgprestatiemodel: hoogstens € 239,43");
    assert_eq!(er.bars[1].segments[0].label, "DBC-model 2025: € 385,00");
    assert_eq!(widths(er), [vec![373], vec![600]]);
    assert_eq!(a.en.sentences[2], "Under the zorgprestatiemodel that is €507.43 less so far.");
    assert_eq!(a.en.table.rows, [["2025", "€239.43", "€239.43", "€385.00"]]);
}

#[test]
fn export_across_new_year_has_two_years_a_total_and_no_cost_chart() {
    let a = answer_for("e.csv", EXPORT);
    let nl = &a.nl;
    assert_eq!(
        nl.table.rows,
        [
            ["2023", "€ 409,30", "€ 385,00", "€ 385,00"],
            ["2024", "€ 271,78", "€ 271,78", "€ 0,00"],
            ["Samen", "€ 681,08", "€ 656,78", "€ 385,00"],
        ]
    );
    // no profile and no diagnosis: no DBC figure, so no cost chart; said in words
    assert_eq!(nl.cost_chart, None);
    assert!(nl.sentences.iter().any(|s| s.contains("Daarom maakt NotaWijzer geen schatting.")));
    let er = nl.eigen_risico_chart.as_ref().unwrap();
    assert_eq!(
        er.bars[0].segments.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(),
        ["2023: € 385,00", "2024: € 271,78"]
    );
    // 656,78 fills the width; 385,00 of it is 351.7… units
    assert_eq!(widths(er), [vec![351, 248], vec![351]]);
    assert!(nl.eigen_risico.iter().any(|s| s.contains("tot € 271,78 meer eigen risico")));
}

#[test]
fn every_language_of_every_sample_reaches_the_view_whole() {
    use notawijzer::engine::protocol::{
        Answer, Ask, FileMeta, Open, Reply, Request, Settings, decode, encode, text_of,
    };
    for (name, text) in [("n.txt", NOORDERLICHT), ("e.csv", EXPORT), ("p.txt", PRAKTIJK)] {
        let a = answer_for(name, text);
        for (lang, c) in [(Lang::Nl, &a.nl), (Lang::En, &a.en)] {
            // what the shell gets, through the encoded messages
            let settings = Settings { lang, today: "2025-06-10".into(), ..Default::default() };
            let meta = FileMeta { name: name.into(), size: text.len(), pdf_pages: 0 };
            let request = encode(&Request::new(1, Ask::Open(Open { files: vec![meta], settings })));
            let reply: Reply = decode(
                &notawijzer::engine::worker::Engine::default().handle_bytes(&request, vec![text.as_bytes().to_vec()]),
            )
            .unwrap();
            let Answer::View(view) = reply.answer else { panic!("{name}") };
            let shown = text_of(&view.comparison);
            for s in c.sentences.iter().chain(&c.eigen_risico).chain(c.table.rows.iter().flatten()) {
                assert!(shown.contains(s.as_str()), "{name}: {s:?} not in {shown}");
            }
            assert!(text_of(&view.overview).contains(&c.glance), "{name}");
        }
    }
}

#[test]
fn the_pilot_needs_no_estimate() {
    let report = notawijzer::analyse(
        &[
            notawijzer::Input::new("feb.txt", HENK_FEB.as_bytes()),
            notawijzer::Input::new("dbc.txt", HENK_DBC.as_bytes()),
        ],
        ymd(2017, 3, 1),
    );
    assert!(report.comparison.is_some());
    assert!(for_lang(&report, Lang::Nl).is_none(), "no estimate beside the pilot's own DBC nota");
}
