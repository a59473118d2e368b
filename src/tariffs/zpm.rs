//! NZa maximum tariffs of the zorgprestatiemodel, by prestatiecode and year (2022–2025): the
//! verified rows of `zpm-reference.md` §2.4, each amount with the source it was read from.
//!
//! No official machine-readable NZa table was available; every amount was published by a provider
//! quoting the NZa maximum tariff (status V* in the reference). Where two sources disagree the
//! table takes the one that names its year ([C], explicitly 2023) over the one whose label is
//! probably wrong ([D], labelled 2024 but carrying the 2023 amounts): CO0692 2023 is 211,34 [C]
//! (not 210,34 [D]) and CO0757 2023 is 187,76 [C] (not 187,96 [D]). A code or year that is not
//! here is unknown: NotaWijzer says so and never guesses (not even from the numbering pattern of
//! §2.3, which is only a sanity check).

use rust_decimal::Decimal;

use crate::model::{ConsultKind, Prestatie, PrestatieKind, Profession};

pub use super::source::Source;

pub const A: Source = Source {
    key: "A",
    url: "https://www.psychotherapiepraktijkclaessen.nl/ggz-behandeling-diagnostiek/praktische-informatie/ggz-tarieven",
    note: "codes and descriptions; year 2022 inferred (amounts equal [B])",
};
pub const B: Source = Source {
    key: "B",
    url: "https://praktijkvreede.nl/tarieven-en-vergoedingen-2022/",
    note: "NZa tariffs 2022 without codes; mapped to the GZ-psycholoog codes (inferred)",
};
pub const C: Source =
    Source { key: "C", url: "https://marrittigchelaar.nl/kosten/tarieven/", note: "2023, with codes" };
pub const D: Source = Source {
    key: "D",
    url: "https://www.hildegroenewegen.nl/kosten-en-vergoedingen",
    note: "labelled 2024, amounts equal 2023 (year inferred)",
};
pub const E: Source = Source { key: "E", url: "https://ppja.nl/tarieven/", note: "NZa tarief 2024" };
pub const F: Source = Source {
    key: "F",
    url: "https://psychezwangerschap.nl/en/clients/rates-and-insurers/",
    note: "NZa rates 2025, gz-psycholoog (maximum)",
};
pub const G: Source = Source {
    key: "G",
    url: "https://psycholoogplus.nl/tarieven-en-vergoeding/",
    note: "2024, klinisch (neuro)psycholoog",
};
pub const H: Source =
    Source { key: "H", url: "https://www.nwpsychologie.nl/vergoedingen", note: "2024, klinisch (neuro)psycholoog" };
pub const J: Source = Source {
    key: "J",
    url: "http://psychotherapiepraktijkdelange.nl/Tarieven-en-vergoedingen",
    note: "Behandeltarieven 2024, psychotherapeut, kwaliteitsstatuut sectie II",
};

/// `zpm-reference.md` §7.2 (V-nc): the page states amount, profession, consult type and duration but
/// no code; the code follows from the numbering of §2.3 (checked by a test below).
pub const K: Source = Source {
    key: "K",
    url: "https://www.praktijkneuman.nl/tarieven-en-vergoeding",
    note: "NZa-tarief 2025, psychotherapeut; codes from the numbering (V-nc)",
};

/// Every source, for the page that lists them.
pub const SOURCES: [&Source; 10] = [&A, &B, &C, &D, &E, &F, &G, &H, &J, &K];

/// The first and last year the table has columns for.
pub const FIRST_YEAR: i32 = 2022;
pub const LAST_YEAR: i32 = 2025;

/// One amount: whole cents (0: not known) and its source, an index into [`SOURCES`]. Eight bytes
/// a cell keeps the table small in the download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub cents: u32,
    pub source: u8,
}

/// What a code is, and its maximum tariff per year 2022–2025 (`None`: not known).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub code: &'static str,
    /// What the code is (setting 1 = ambulant, kwaliteitsstatuut sectie II; `None` where the code
    /// has no setting).
    pub prestatie: Prestatie,
    pub years: [Cell; 4],
}

impl Row {
    /// The maximum tariff in `year`, where the table has it.
    pub fn in_year(&self, year: i32) -> Option<(Decimal, &'static Source)> {
        let index = usize::try_from(year.checked_sub(FIRST_YEAR)?).ok()?;
        let cell = *self.years.get(index)?;
        (cell.cents > 0).then(|| (Decimal::new(i64::from(cell.cents), 2), SOURCES[usize::from(cell.source)]))
    }
}

const fn t(cents: u32, source: &Source) -> Cell {
    // the source's place in SOURCES, found from its key
    let key = source.key.as_bytes()[0];
    let mut i = 0;
    while SOURCES[i].key.as_bytes()[0] != key {
        i += 1;
    }
    Cell { cents, source: i as u8 }
}
const N: Cell = Cell { cents: 0, source: 0 };

use ConsultKind::{Behandeling as Beh, Diagnostiek as Dia};
use Profession::{GzPsycholoog as Gz, KlinischPsycholoog as Kp, Psychotherapeut as Pt};

const fn co(code: &'static str, p: Profession, c: ConsultKind, minutes: u16, years: [Cell; 4]) -> Row {
    let prestatie = Prestatie {
        kind: PrestatieKind::Consult,
        consult: Some(c),
        minutes: Some(minutes),
        profession: Some(p),
        setting: Some(1),
        group_size: None,
    };
    Row { code, prestatie, years }
}

const fn other(code: &'static str, kind: PrestatieKind, setting: Option<u8>, years: [Cell; 4]) -> Row {
    let prestatie = Prestatie { kind, consult: None, minutes: None, profession: None, setting, group_size: None };
    Row { code, prestatie, years }
}

const fn group(code: &'static str, size: u8, years: [Cell; 4]) -> Row {
    let prestatie = Prestatie {
        kind: PrestatieKind::GroupConsult,
        consult: None,
        minutes: None,
        profession: Some(Gz),
        setting: None,
        group_size: Some(size),
    };
    Row { code, prestatie, years }
}

/// The table, sorted by code. Columns: 2022, 2023, 2024, 2025.
pub const ROWS: [Row; 53] = [
    co("CO0018", Kp, Dia, 5, [t(4699, &A), N, N, N]),
    co("CO0042", Gz, Dia, 5, [t(3556, &A), t(3787, &C), N, N]),
    co("CO0050", Pt, Dia, 5, [N, N, t(4293, &J), N]),
    co("CO0083", Kp, Beh, 5, [t(3672, &A), N, N, N]),
    co("CO0107", Gz, Beh, 5, [t(2791, &A), t(2968, &C), N, N]),
    co("CO0115", Pt, Beh, 5, [N, N, t(3453, &J), N]),
    co("CO0148", Kp, Dia, 15, [t(8102, &A), N, N, N]),
    co("CO0172", Gz, Dia, 15, [t(6131, &A), t(6519, &C), N, N]),
    co("CO0180", Pt, Dia, 15, [N, N, t(7541, &J), N]),
    co("CO0213", Kp, Beh, 15, [t(6560, &A), N, N, N]),
    co("CO0237", Gz, Beh, 15, [t(4989, &A), t(5299, &C), N, N]),
    co("CO0245", Pt, Beh, 15, [N, N, t(6265, &J), N]),
    co("CO0302", Gz, Dia, 30, [t(10178, &B), t(10804, &C), N, N]),
    co("CO0310", Pt, Dia, 30, [N, N, t(12932, &J), N]),
    co("CO0367", Gz, Beh, 30, [t(8516, &B), t(9036, &C), N, N]),
    co("CO0375", Pt, Beh, 30, [N, N, t(10937, &J), N]),
    co("CO0408", Kp, Dia, 45, [N, N, t(21244, &G), N]),
    co("CO0432", Gz, Dia, 45, [t(14231, &B), t(15107, &C), t(15970, &E), N]),
    co("CO0440", Pt, Dia, 45, [N, N, t(18307, &J), N]),
    co("CO0473", Kp, Beh, 45, [N, N, t(17924, &G), N]),
    co("CO0497", Gz, Beh, 45, [t(12099, &B), t(12840, &C), t(13589, &E), N]),
    co("CO0505", Pt, Beh, 45, [N, N, t(15672, &J), t(16424, &K)]),
    co("CO0538", Kp, Dia, 60, [N, N, t(24266, &G), N]),
    co("CO0562", Gz, Dia, 60, [t(16337, &B), t(17340, &C), t(18344, &E), t(19088, &F)]),
    co("CO0570", Pt, Dia, 60, [N, N, t(21106, &J), t(21998, &K)]),
    co("CO0603", Kp, Beh, 60, [N, N, t(21200, &G), N]),
    co("CO0627", Gz, Beh, 60, [t(14371, &B), t(15250, &C), t(16146, &E), t(16894, &F)]),
    co("CO0635", Pt, Beh, 60, [N, N, t(18680, &J), t(19571, &K)]),
    co("CO0692", Gz, Dia, 75, [t(19903, &B), t(21134, &C), N, t(23271, &F)]),
    co("CO0700", Pt, Dia, 75, [N, N, t(25787, &J), N]),
    co("CO0757", Gz, Beh, 75, [t(17688, &B), t(18776, &C), N, t(20796, &F)]),
    co("CO0765", Pt, Beh, 75, [N, N, t(23038, &J), N]),
    co("CO0798", Kp, Dia, 90, [N, N, t(36223, &G), N]),
    co("CO0822", Gz, Dia, 90, [t(24407, &B), t(25901, &C), N, t(28528, &F)]),
    co("CO0830", Pt, Dia, 90, [N, N, t(31590, &J), t(32925, &K)]),
    co("CO0863", Kp, Beh, 90, [N, N, t(31856, &H), N]),
    co("CO0887", Gz, Beh, 90, [t(21611, &B), t(22930, &C), N, t(25406, &F)]),
    co("CO0895", Pt, Beh, 90, [N, N, t(28127, &J), N]),
    co("CO0952", Gz, Dia, 120, [t(35155, &B), t(37308, &C), N, t(39559, &F)]),
    co("CO0960", Pt, Dia, 120, [N, N, t(44015, &J), N]),
    co("CO1017", Gz, Beh, 120, [t(31773, &B), t(33714, &C), N, t(36179, &F)]),
    co("CO1025", Pt, Beh, 120, [N, N, t(40266, &J), N]),
    group("GC0110", 6, [N, N, N, t(1209, &F)]),
    group("GC0118", 7, [N, N, N, t(1036, &F)]),
    group("GC0126", 8, [N, N, N, t(907, &F)]),
    group("GC0134", 9, [N, N, N, t(806, &F)]),
    group("GC0142", 10, [N, N, N, t(725, &F)]),
    // Intercollegiaal overleg: 2022 from [B] (code inferred), 2023 from [D] (year inferred).
    other("OV0007", PrestatieKind::OtherService, Some(1), [t(2207, &B), t(2358, &D), t(2505, &E), t(3099, &F)]),
    other("OV0008", PrestatieKind::OtherService, Some(1), [t(6729, &B), t(7188, &D), t(7535, &E), t(8924, &F)]),
    other("OV0012", PrestatieKind::NonInsured, None, [N, N, t(13182, &E), t(13815, &F)]),
    other("TC0009", PrestatieKind::Surcharge, None, [N, N, N, t(3646, &F)]),
    other("TC0010", PrestatieKind::Surcharge, None, [N, N, N, t(9385, &F)]),
    // A consult code whose description is truncated in the source: no amount, only what it is.
    co("CO0278", Kp, Dia, 30, [N, N, N, N]),
];

/// The row of a code (`CO0497`, any case).
pub fn row(code: &str) -> Option<&'static Row> {
    ROWS.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// The maximum tariff of `code` in `year`, with its source: from a loaded NZa table of that year
/// where there is one (`crate::tariffs::table`; it wins where it and a built-in row differ), else
/// from the built-in rows; `None` when neither has it.
pub fn maximum(code: &str, year: i32) -> Option<(Decimal, &'static Source)> {
    super::table::nza_maximum(code, year).or_else(|| row(code)?.in_year(year))
}

/// The latest year before `year` the table has a maximum for `code` in: information for a line
/// whose own year is not known (all of 2026 today), never a maximum to check that line against.
pub fn last_known_before(code: &str, year: i32) -> Option<(i32, Decimal, &'static Source)> {
    let row = row(code)?;
    (FIRST_YEAR..year.min(LAST_YEAR + 1)).rev().find_map(|y| row.in_year(y).map(|(amount, source)| (y, amount, source)))
}

/// Where the NZa publishes its tariff decisions (prestatie- en tariefbeschikkingen), for a year the
/// table does not hold (an NZa beschikking published there: https://puc.overheid.nl/nza/doc/PUC_712627_22/1/).
pub const NZA_TARIFFS: &str = "https://puc.overheid.nl/nza/";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        for (i, r) in ROWS.iter().enumerate() {
            assert_eq!(r.code.len(), 6, "{}", r.code);
            assert!(
                r.code[..2].bytes().all(|b| b.is_ascii_uppercase()) && r.code[2..].bytes().all(|b| b.is_ascii_digit())
            );
            assert!(ROWS[i + 1..].iter().all(|o| o.code != r.code), "{} twice", r.code);
        }
    }

    #[test]
    fn setting_one_consult_codes_fit_the_numbering_pattern() {
        // zpm-reference §2.3: base(beroep) + 130 × duration index + 65 for behandeling. A check on
        // the data entry, not a source of codes.
        const CLASSES: [u16; 8] = [5, 15, 30, 45, 60, 75, 90, 120];
        for row in ROWS.iter().filter(|r| r.prestatie.kind == PrestatieKind::Consult) {
            let (code, r) = (row.code, &row.prestatie);
            let base = match r.profession.unwrap() {
                Kp => 18,
                Gz => 42,
                Pt => 50,
                other => panic!("{other:?}"),
            };
            let d = CLASSES.iter().position(|&m| Some(m) == r.minutes).unwrap() as u32;
            let b = if r.consult == Some(Beh) { 65 } else { 0 };
            assert_eq!(code[2..].parse::<u32>().unwrap(), base + 130 * d + b, "{code}");
        }
    }

    #[test]
    fn pinned_amounts_and_disagreements() {
        let m = |code: &str, year: i32| maximum(code, year).map(|(a, s)| (a.to_string(), s.key));
        assert_eq!(m("CO0497", 2024), Some(("135.89".into(), "E")));
        assert_eq!(m("co0497", 2023), Some(("128.40".into(), "C")));
        assert_eq!(m("CO0692", 2023), Some(("211.34".into(), "C")));
        assert_eq!(m("CO0757", 2023), Some(("187.76".into(), "C")));
        assert_eq!(m("TC0009", 2025), Some(("36.46".into(), "F")));
        assert_eq!(m("CO0497", 2025), None);
        assert_eq!(m("CO0497", 2021), None);
        assert_eq!(m("CO0278", 2024), None);
        assert_eq!(m("XX0001", 2024), None);
    }

    #[test]
    fn psychotherapeut_2025_and_the_last_known_year() {
        // zpm-reference §7.2: behandeling 45 / 60 min, diagnostiek 60 / 90 min (codes by numbering)
        let m = |code: &str| maximum(code, 2025).map(|(a, s)| (a.to_string(), s.key));
        assert_eq!(m("CO0505"), Some(("164.24".into(), "K")));
        assert_eq!(m("CO0635"), Some(("195.71".into(), "K")));
        assert_eq!(m("CO0570"), Some(("219.98".into(), "K")));
        assert_eq!(m("CO0830"), Some(("329.25".into(), "K")));
        // 2026 is not known: the last known year is information only
        assert_eq!(maximum("CO0627", 2026), None);
        let last = |code: &str, year: i32| last_known_before(code, year).map(|(y, a, _)| (y, a.to_string()));
        assert_eq!(last("CO0627", 2026), Some((2025, "168.94".into())));
        assert_eq!(last("CO0497", 2026), Some((2024, "135.89".into())));
        assert_eq!(last("CO0497", 2022), None);
        assert_eq!(last("CO0278", 2026), None);
    }
}
