//! A layout generator: one nota's truth (its lines, header fields and summary lines), rendered as
//! real makers do — practice software printing aligned columns, a billing tool's CSV, a table
//! copied out of an e-mail, text copied out of a PDF, a word processor, a factoring company —
//! combining independently: which columns exist and in what order, separators, number, sign and
//! date forms, header labels and how they stand, summary wordings, and page furniture.
//!
//! The layouts are made up from the forms `shared/domain/real-nota-layouts.md` and
//! `zpm-nota-format.md` describe; no maker's layout is copied. Codes and amounts are those of the
//! tariff table (`notawijzer::tariffs::zpm`), at 80–100 % of the NZa maximum where the table has
//! one (a contracted amount lies below it), so a correct nota carries no finding but what is
//! worth knowing (care outside the basic package, a talk billed per 15 minutes, a
//! privacyverklaring).
//!
//! Used by `tests/layouts.rs` (property tests) and `examples/layouts.rs` (the report of the share
//! read right per variant family).
#![allow(dead_code)]

use chrono::{Datelike, Duration, NaiveDate};
use notawijzer::model::{ConsultKind, PrestatieKind, Profession};
use notawijzer::read::names::{MONTHS_EN, MONTHS_NL, WEEKDAYS_NL};
use notawijzer::tariffs::zpm::{ROWS, Row};
use rust_decimal::Decimal;

/// A small deterministic generator (splitmix64): the same seed gives the same nota and layout.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn range(&mut self, from: i64, to: i64) -> i64 {
        from + (self.next() % (to - from + 1) as u64) as i64
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn one<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// A care line as it truly is.
#[derive(Clone, Debug)]
pub struct TLine {
    pub date: NaiveDate,
    pub code: &'static str,
    pub description: String,
    pub amount: Decimal,
    pub profession: Option<Profession>,
    /// A row of a talk billed per 15 minutes (OV0012 since 2026).
    pub quarter: bool,
}

/// What the nota says about its zorgvraagtype.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zvt {
    Number(u8),
    /// "niet vermeld i.v.m. privacyverklaring"
    Privacy,
    /// Not on the nota at all.
    Absent,
    /// "n.v.t.", "-", "onbekend": written, and none.
    NotGiven,
}

/// One nota's truth.
#[derive(Clone, Debug)]
pub struct Truth {
    pub provider: &'static str,
    pub invoice_number: String,
    pub invoice_date: NaiveDate,
    pub trajectory: String,
    pub start: NaiveDate,
    pub zvt: Zvt,
    pub lines: Vec<TLine>,
    pub total: Decimal,
    /// (already paid, balance due)
    pub paid: Option<(Decimal, Decimal)>,
    pub due: Option<NaiveDate>,
    pub english: bool,
}

impl Truth {
    /// The information findings a correct nota of this truth carries, in the checks' line order
    /// (their codes only; what may be wrong: none).
    pub fn information(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut seen: Vec<NaiveDate> = Vec::new();
        for l in &self.lines {
            if l.code != "OV0012" || l.amount.is_sign_negative() {
                continue;
            }
            if l.quarter {
                if seen.contains(&l.date) {
                    continue;
                }
                seen.push(l.date);
                // two rows or more are one talk, said once (with what it costs); one row alone is a line
                if self.lines.iter().filter(|m| m.quarter && m.date == l.date).count() > 1 {
                    out.push("quarter_hours");
                } else {
                    out.push("non_insured");
                }
            } else {
                out.push("non_insured");
            }
        }
        if self.zvt == Zvt::Privacy {
            out.push("privacy_statement");
        }
        out
    }
}

const PROVIDERS: [&str; 8] = [
    "Praktijk De Linde",
    "Psychologenpraktijk Het Anker",
    "GGZ Rivierenland",
    "Praktijk Zeezicht psychotherapie",
    "Harbour Psychology Practice",
    "Psychologiepraktijk Noorderlicht",
    "Praktijk Kompas",
    "Centrum Veerkracht",
];

fn profession_words(p: Profession, english: bool) -> &'static str {
    match (p, english) {
        (Profession::GzPsycholoog, _) => "gz-psycholoog",
        (Profession::KlinischPsycholoog, false) => "klinisch psycholoog",
        (Profession::KlinischPsycholoog, true) => "clinical psychologist",
        (Profession::Psychotherapeut, false) => "psychotherapeut",
        (Profession::Psychotherapeut, true) => "psychotherapist",
        _ => "behandelaar",
    }
}

fn nza_profession(p: Profession) -> &'static str {
    match p {
        Profession::KlinischPsycholoog => "Klinisch psycholoog (Wet Big artikel 14)",
        Profession::Psychotherapeut => "Psychotherapeut (Wet Big artikel 3)",
        _ => "Gezondheidszorgpsycholoog (Wet Big artikel 3)",
    }
}

/// A consult's description, as practices write them: short, the full NZa name, or English.
fn consult_description(row: &Row, rng: &mut Rng, english: bool) -> String {
    let p = row.prestatie;
    let minutes = p.minutes.unwrap_or(45);
    let prof = p.profession.unwrap_or(Profession::GzPsycholoog);
    let dia = p.consult == Some(ConsultKind::Diagnostiek);
    if english {
        let kind = if dia { "assessment" } else { "treatment" };
        return format!("Session: {kind}, {minutes} minutes ({})", profession_words(prof, true));
    }
    let kind = if dia { "Diagnostiek" } else { "Behandeling" };
    match rng.below(3) {
        0 => format!("{kind} {minutes} minuten {}", profession_words(prof, false)),
        1 => format!("Ambulant - kwaliteitsstatuut sectie II {} {kind} {minutes} minuten", nza_profession(prof)),
        _ => format!("Consult {} {minutes} min., {}", kind.to_lowercase(), profession_words(prof, false)),
    }
}

/// An amount a contracted practice bills: 80–100 % of the maximum where the table has one.
fn amount_for(row: &Row, year: i32, rng: &mut Rng) -> Decimal {
    match row.in_year(year) {
        Some((max, _)) => {
            let cents = (max * Decimal::from(100)).trunc();
            let pct = rng.range(80, 100);
            (cents * Decimal::from(pct) / Decimal::from(100)).trunc() / Decimal::from(100)
        }
        None => Decimal::new(rng.range(9_000, 24_000), 2),
    }
}

impl Truth {
    pub fn generate(rng: &mut Rng) -> Truth {
        let english = rng.chance(15);
        let year = rng.one(&[2023, 2024, 2025, 2025, 2026, 2026, 2027]);
        let month = if year == 2027 { 1 } else { rng.range(1, 12) as u32 };
        let prof = rng.one(&[Profession::GzPsycholoog, Profession::Psychotherapeut, Profession::KlinischPsycholoog]);
        let consults: Vec<&Row> = ROWS
            .iter()
            .filter(|r| r.prestatie.kind == PrestatieKind::Consult && r.prestatie.profession == Some(prof))
            .filter(|r| r.code != "CO0278")
            .collect();
        let count = rng.range(1, 6) as usize;
        let mut days: Vec<u32> = (1..=28).collect();
        rng.shuffle(&mut days);
        let mut days: Vec<u32> = days.into_iter().take(count + 2).collect();
        days.sort_unstable();
        let date = |d: u32| NaiveDate::from_ymd_opt(year, month, d).unwrap();
        let mut lines = Vec::new();
        for &d in days.iter().take(count) {
            let row = rng.one(&consults);
            lines.push(TLine {
                date: date(d),
                code: row.code,
                description: consult_description(row, rng, english),
                amount: amount_for(row, year, rng),
                profession: Some(prof),
                quarter: false,
            });
        }
        // care outside the basic package: since 2026 per 15 minutes, one row a quarter of an hour
        if rng.chance(20) {
            let d = date(days[count]);
            let ov = notawijzer::tariffs::zpm::row("OV0012").unwrap();
            if year >= 2026 {
                let quarters = rng.range(2, 4) as usize;
                let amount = Decimal::new(rng.range(2_500, 4_500), 2);
                for _ in 0..quarters {
                    let description = if english {
                        "Care outside the basic package, per 15 minutes".to_string()
                    } else {
                        "Niet-basispakketzorg (overig product), per 15 minuten".to_string()
                    };
                    lines.push(TLine { date: d, code: "OV0012", description, amount, profession: None, quarter: true });
                }
            } else {
                let description = if english {
                    "Care outside the basic package, 60 minutes".to_string()
                } else {
                    "Niet-basispakketzorg consult 60 minuten (overig product)".to_string()
                };
                lines.push(TLine {
                    date: d,
                    code: "OV0012",
                    description,
                    amount: amount_for(ov, year, rng),
                    profession: None,
                    quarter: false,
                });
            }
        }
        // a credit of an earlier consult, on that consult's day
        if rng.chance(12) && !lines.is_empty() {
            let first = lines[0].clone();
            let description = if english {
                format!("Credit: {}", first.description)
            } else {
                format!("Creditering {}", first.description.to_lowercase())
            };
            lines.push(TLine { description, amount: -first.amount, ..first });
        }
        let last = lines.iter().map(|l| l.date).max().unwrap();
        let first = lines.iter().map(|l| l.date).min().unwrap();
        let invoice_date = last + Duration::days(rng.range(1, 14));
        let start = first - Duration::days(rng.range(0, 60));
        let total: Decimal = lines.iter().map(|l| l.amount).sum();
        let paid = (rng.chance(20) && total > Decimal::from(100)).then(|| {
            let paid = lines[0].amount.abs();
            (paid, total - paid)
        });
        let zvt = match rng.below(10) {
            0 | 1 => Zvt::Privacy,
            2 => Zvt::Absent,
            3 if rng.chance(50) => Zvt::NotGiven,
            _ => Zvt::Number(rng.one(&[1u8, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16, 18, 20, 21])),
        };
        let invoice_number = match rng.below(4) {
            0 => format!("{year}-{:04}", rng.range(1, 9999)),
            1 => format!("NF-{year}-{:06}", rng.range(1, 999_999)),
            2 => format!("{:05}", rng.range(10_000, 99_999)),
            _ => format!("INV{}{:03}", year % 100, rng.range(1, 999)),
        };
        let trajectory = match rng.below(3) {
            0 => format!("ZT-{year}-{:03}", rng.range(1, 999)),
            1 => format!("{}-{:03}", start.year(), rng.range(1, 999)),
            _ => format!("T{:06}", rng.range(1, 999_999)),
        };
        let provider: &'static str = PROVIDERS[rng.below(PROVIDERS.len())];
        Truth {
            provider,
            invoice_number,
            invoice_date,
            trajectory,
            start,
            zvt,
            lines,
            total,
            paid,
            due: rng.chance(30).then(|| invoice_date + Duration::days(rng.one(&[14, 30]))),
            english,
        }
    }
}

/// The choices one rendering made, by family (for the report).
#[derive(Clone, Debug, Default)]
pub struct Variant {
    pub separator: &'static str,
    pub numbers: &'static str,
    pub dates: &'static str,
    pub header: &'static str,
    pub summary: &'static str,
    pub furniture: &'static str,
    pub columns: &'static str,
}

impl Variant {
    /// (family, variant) pairs.
    pub fn families(&self) -> [(&'static str, &'static str); 7] {
        [
            ("separator", self.separator),
            ("numbers", self.numbers),
            ("dates", self.dates),
            ("header", self.header),
            ("summary", self.summary),
            ("furniture", self.furniture),
            ("columns", self.columns),
        ]
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Col {
    Date,
    Code,
    Description,
    Amount,
    Profession,
    Performer,
    Koppel,
    Quantity,
    Price,
}

#[derive(Clone, Copy)]
enum DateForm {
    Dashes,
    ShortDashes,
    Slashes,
    Iso,
    DutchWords,
    EnglishWords,
    /// "di 13-05-2025"
    ShortWeekday,
    /// "dinsdag 13 mei 2025"
    LongWeekday,
}

fn write_date(d: NaiveDate, form: DateForm) -> String {
    match form {
        DateForm::Dashes => d.format("%d-%m-%Y").to_string(),
        DateForm::ShortDashes => format!("{}-{}-{}", d.day(), d.month(), d.year()),
        DateForm::Slashes => d.format("%d/%m/%Y").to_string(),
        DateForm::Iso => d.format("%Y-%m-%d").to_string(),
        DateForm::DutchWords => format!("{} {} {}", d.day(), MONTHS_NL[d.month0() as usize], d.year()),
        DateForm::EnglishWords => format!("{} {} {}", d.day(), MONTHS_EN[d.month0() as usize], d.year()),
        DateForm::ShortWeekday => {
            format!("{} {}", &WEEKDAYS_NL[d.weekday().num_days_from_monday() as usize][..2], d.format("%d-%m-%Y"))
        }
        DateForm::LongWeekday => format!(
            "{} {} {} {}",
            WEEKDAYS_NL[d.weekday().num_days_from_monday() as usize],
            d.day(),
            MONTHS_NL[d.month0() as usize],
            d.year()
        ),
    }
}

#[derive(Clone, Copy)]
struct Money {
    english: bool,
    currency: &'static str,
    /// 0: "-€ 1,00", 1: "€ -1,00", 2: "- € 1,00", 3: "1,00-"
    sign: u8,
}

fn write_money(amount: Decimal, m: Money) -> String {
    let cents = (amount.abs() * Decimal::from(100)).trunc().to_string().parse::<u64>().unwrap();
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(if m.english { ',' } else { '.' });
        }
        grouped.push(c);
    }
    let number = format!("{grouped}{}{frac:02}", if m.english { '.' } else { ',' });
    let c = m.currency;
    if !amount.is_sign_negative() || amount.is_zero() {
        return format!("{c}{number}");
    }
    match m.sign {
        0 if !c.is_empty() => format!("-{c}{number}"),
        1 if !c.is_empty() => format!("{c}-{number}"),
        2 if !c.is_empty() => format!("- {c}{number}"),
        3 if !m.english => format!("{c}{number}-"),
        _ => format!("-{c}{number}"),
    }
}

/// Pads every row's cells to the widest in its column, two spaces apart (aligned columns).
fn align(rows: &[Vec<String>]) -> Vec<String> {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> =
        (0..cols).map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0)).collect();
    rows.iter()
        .map(|r| {
            let mut line = String::new();
            for (c, cell) in r.iter().enumerate() {
                line.push_str(cell);
                if c + 1 < r.len() {
                    line.push_str(&" ".repeat(width[c] - cell.chars().count() + 3));
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

/// Renders the truth as one maker might: the text of the document, and the choices made.
pub fn render(t: &Truth, rng: &mut Rng) -> (String, Variant) {
    let mut v = Variant::default();
    let english = t.english;
    // numbers: an English document writes English amounts more often than not
    let money = Money {
        english: if english { rng.chance(75) } else { rng.chance(10) },
        currency: ["€ ", "€", "EUR ", "", "€ "][rng.below(5)],
        sign: rng.below(4) as u8,
    };
    v.numbers = match (money.english, money.currency) {
        (true, "") => "english, no sign",
        (true, _) => "english",
        (false, "") => "dutch, no sign",
        (false, "EUR ") => "dutch, EUR",
        (false, _) => "dutch",
    };
    let date_form = if english {
        rng.one(&[DateForm::EnglishWords, DateForm::Dashes, DateForm::Iso, DateForm::Slashes])
    } else {
        rng.one(&[
            DateForm::Dashes,
            DateForm::ShortDashes,
            DateForm::Slashes,
            DateForm::Iso,
            DateForm::DutchWords,
            DateForm::Dashes,
            DateForm::ShortWeekday,
            DateForm::LongWeekday,
        ])
    };
    v.dates = match date_form {
        DateForm::Dashes => "dd-mm-yyyy",
        DateForm::ShortDashes => "d-m-yyyy",
        DateForm::Slashes => "dd/mm/yyyy",
        DateForm::Iso => "yyyy-mm-dd",
        DateForm::DutchWords => "d maand yyyy",
        DateForm::EnglishWords => "d Month yyyy",
        DateForm::ShortWeekday => "di dd-mm-yyyy",
        DateForm::LongWeekday => "dinsdag d maand yyyy",
    };
    let date = |d: NaiveDate| write_date(d, date_form);
    let mon = |a: Decimal| write_money(a, money);

    // the care table
    let sep: &'static str = rng.one(&["words", "words", "single", "tab", "pipe", "semicolon", "comma"]);
    v.separator = sep;
    let mut cols = vec![Col::Date, Col::Code, Col::Description, Col::Amount];
    rng.shuffle(&mut cols);
    // the amount stands last in most tables
    if rng.chance(70) {
        cols.retain(|c| *c != Col::Amount);
        cols.push(Col::Amount);
    }
    let mut extra = Vec::new();
    if rng.chance(20) {
        extra.push(Col::Profession);
    }
    if rng.chance(15) && sep != "single" {
        extra.push(Col::Performer);
    }
    if rng.chance(10) && sep != "single" {
        extra.push(Col::Koppel);
    }
    let quantity = rng.chance(15);
    for c in extra {
        let at = rng.below(cols.len());
        cols.insert(at, c);
    }
    if quantity {
        let at = cols.iter().position(|c| *c == Col::Amount).unwrap();
        cols.insert(at, Col::Price);
        cols.insert(at, Col::Quantity);
    }
    v.columns = match (cols.len(), quantity) {
        (4, _) => "date, code, description, amount",
        (_, true) => "with quantity and unit price",
        _ => "with profession, performer or koppelnummer",
    };
    let titles = sep == "single" && rng.chance(30) || sep != "single" && rng.chance(75);
    let title = |c: Col| -> &'static str {
        match (c, english) {
            (Col::Date, false) => "Datum",
            (Col::Date, true) => "Date",
            (Col::Code, false) => "Code",
            (Col::Code, true) => "Code",
            (Col::Description, false) => "Omschrijving",
            (Col::Description, true) => "Description",
            (Col::Amount, false) => "Bedrag",
            (Col::Amount, true) => "Amount",
            (Col::Profession, false) => "Behandelaar",
            (Col::Profession, true) => "Practitioner",
            (Col::Performer, _) => "AGB-code",
            (Col::Koppel, _) => "Koppelnummer",
            (Col::Quantity, false) => "Aantal",
            (Col::Quantity, true) => "Qty",
            (Col::Price, false) => "Tarief",
            (Col::Price, true) => "Unit price",
        }
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    if titles {
        rows.push(cols.iter().map(|c| title(*c).to_string()).collect());
    }
    for (i, l) in t.lines.iter().enumerate() {
        rows.push(
            cols.iter()
                .map(|c| match c {
                    Col::Date => date(l.date),
                    Col::Code => l.code.to_string(),
                    Col::Description => l.description.clone(),
                    Col::Amount => mon(l.amount),
                    Col::Profession => l.profession.map(|p| profession_words(p, english)).unwrap_or("").to_string(),
                    Col::Performer => format!("{}", 10_000_000 + (i as u64 * 7919) % 89_999_999),
                    Col::Koppel => format!("{}", 1000 + i),
                    Col::Quantity => "1".to_string(),
                    Col::Price => mon(l.amount),
                })
                .collect(),
        );
    }
    let table: Vec<String> = match sep {
        "words" => align(&rows),
        "single" => {
            rows.iter().map(|r| r.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" ")).collect()
        }
        "tab" => rows.iter().map(|r| r.join("\t")).collect(),
        "pipe" => rows.iter().map(|r| r.join(" | ")).collect(),
        "semicolon" => rows.iter().map(|r| r.join(";")).collect(),
        _ => rows
            .iter()
            .map(|r| r.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(","))
            .collect(),
    };

    // the header
    let zvt_value = match t.zvt {
        Zvt::Number(n) => Some(match rng.below(4) {
            0 => format!("{n}"),
            1 => format!("{n:02}"),
            2 => format!("ZT{n:02}"),
            _ => format!("ZVT {n:02}"),
        }),
        Zvt::Privacy => Some(
            rng.pick(&[
                "niet vermeld i.v.m. privacyverklaring",
                "n.v.t. (privacyverklaring)",
                "niet vermeld (privacyverklaring getekend)",
            ])
            .to_string(),
        ),
        Zvt::NotGiven => Some(rng.one(&["n.v.t.", "-", "onbekend", "niet van toepassing"]).to_string()),
        Zvt::Absent => None,
    };
    let k = |nl: &'static [&'static str], en: &'static [&'static str], rng: &mut Rng| -> &'static str {
        if english { rng.one(en) } else { rng.one(nl) }
    };
    let mut fields: Vec<(&'static str, String)> = Vec::new();
    let heading_number = rng.chance(15);
    // the number in a heading, and often in the fields again
    if !heading_number || rng.chance(50) {
        fields.push((
            k(&["Factuurnummer", "Notanummer", "Factuurnr.", "Nota nr"], &["Invoice number", "Invoice no."], rng),
            t.invoice_number.clone(),
        ));
    }
    fields.push((
        k(&["Factuurdatum", "Notadatum", "Datum nota"], &["Invoice date", "Date of invoice"], rng),
        date(t.invoice_date),
    ));
    if rng.chance(60) {
        fields.push((
            k(&["Naam cliënt", "Cliënt", "Nota voor"], &["Client", "Client name"], rng),
            "Mw. A. de Vries".into(),
        ));
    }
    if rng.chance(40) {
        fields.push((
            k(&["Geboortedatum"], &["Date of birth"], rng),
            date(NaiveDate::from_ymd_opt(1984, 9, 17).unwrap()),
        ));
    }
    if rng.chance(30) {
        fields.push((k(&["BSN", "Verzekerdennummer"], &["BSN"], rng), "123456782".into()));
    }
    fields.push((
        k(&["Zorgtrajectnummer", "Trajectnummer"], &["Care trajectory", "Treatment trajectory"], rng),
        t.trajectory.clone(),
    ));
    fields.push((
        k(&["Startdatum zorgtraject", "Startdatum", "Begindatum zorgtraject"], &["Start date"], rng),
        date(t.start),
    ));
    if let Some(z) = &zvt_value {
        fields.push((rng.one(&["Zorgvraagtype", "Zorgvraagtypering", "Gekozen zorgvraagtype"]), z.clone()));
        if t.zvt == Zvt::Privacy && rng.chance(50) {
            fields.push(("Diagnose", "niet vermeld i.v.m. privacyverklaring".into()));
        }
    }
    let header_form = rng.below(5);
    let header: Vec<String> = match header_form {
        // one per line, with a colon
        0 => fields.iter().map(|(k, v)| format!("{k}: {v}")).collect(),
        // aligned, the colons in a column
        1 => {
            let w = fields.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
            fields.iter().map(|(k, v)| format!("{k}:{}{v}", " ".repeat(w - k.chars().count() + 2))).collect()
        }
        // dotted leaders
        2 => {
            let w = fields.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0) + 4;
            fields.iter().map(|(k, v)| format!("{k} {} {v}", ".".repeat(w - k.chars().count()))).collect()
        }
        // two key/value tables side by side
        3 => fields
            .chunks(2)
            .map(|pair| match pair {
                [(k1, v1), (k2, v2)] => {
                    let left = format!("{k1}: {v1}");
                    format!("{left}{}{k2}: {v2}", " ".repeat(44usize.saturating_sub(left.chars().count()).max(4)))
                }
                [(k, v)] => format!("{k}: {v}"),
                _ => String::new(),
            })
            .collect(),
        // a block of labels, then a block of values (text copied out of a PDF in run order)
        _ => fields.iter().map(|(k, _)| format!("{k}:")).chain(fields.iter().map(|(_, v)| v.clone())).collect(),
    };
    v.header = ["one per line", "aligned", "dotted leaders", "side by side", "labels then values"][header_form];

    // the summary
    let mut summary = Vec::new();
    if rng.chance(25) {
        summary.push((k(&["Subtotaal"], &["Subtotal"], rng).into(), mon(t.total)));
        summary.push(if english {
            ("VAT (exempt)".into(), mon(Decimal::ZERO))
        } else {
            (rng.one(&["BTW vrijgesteld", "BTW (vrijgesteld)"]).into(), mon(Decimal::ZERO))
        });
    }
    let total_label =
        k(&["Totaal", "Totaalbedrag", "Totaal te betalen", "Totaal nota"], &["Total", "Invoice total"], rng);
    summary.push((total_label.to_string(), mon(t.total)));
    if let Some((paid, balance)) = t.paid {
        summary.push((
            k(&["Reeds voldaan", "Betaald", "Reeds ontvangen"], &["Already paid", "Amount paid"], rng).into(),
            mon(-paid),
        ));
        summary.push((
            k(&["Openstaand saldo", "Nog te betalen", "Te betalen"], &["Balance due", "Amount due"], rng).into(),
            mon(balance),
        ));
    }
    if let Some(due) = t.due {
        let (label, value) = match (english, rng.below(3)) {
            (true, _) => ("Due date".to_string(), date(due)),
            (false, 0) => ("Vervaldatum".to_string(), date(due)),
            (false, 1) => ("Te betalen vóór".to_string(), date(due)),
            (false, _) => ("Uiterste betaaldatum".to_string(), date(due)),
        };
        summary.push((label, value));
    }
    let summary_form = rng.below(3);
    v.summary = match (t.paid.is_some(), t.due.is_some()) {
        (true, _) => "total, paid, balance",
        (false, true) => "total and a due date",
        _ => "total",
    };
    let summary: Vec<String> = match summary_form {
        0 => summary.iter().map(|(k, v)| format!("{k}: {v}")).collect(),
        1 => align(&summary.iter().map(|(k, v)| vec![k.clone(), v.clone()]).collect::<Vec<_>>()),
        _ => summary.iter().map(|(k, v)| format!("{}{k}{}{v}", " ".repeat(40), " ".repeat(6))).collect(),
    };

    // furniture
    let mut doc: Vec<String> = Vec::new();
    let mail = rng.chance(15);
    if mail {
        doc.push("Van: Zorgincasso Nederland <noreply@zorgincasso.example>".into());
        doc.push("Aan: a.devries@mail.example".into());
        doc.push(format!("Onderwerp: Uw nota van {}", t.provider));
        doc.push(format!("Datum: {}", date(t.invoice_date)));
        doc.push(String::new());
        doc.push("Beste mevrouw De Vries,".into());
        doc.push(String::new());
        doc.push(format!("Namens uw zorgverlener {} sturen wij u de nota voor uw behandeling.", t.provider));
        doc.push(String::new());
        doc.push(format!("Zorgverlener: {}", t.provider));
    } else {
        doc.push(t.provider.to_string());
        if rng.chance(70) {
            doc.push(
                rng.pick(&[
                    "Kerkstraat 12, 3511 AB Utrecht",
                    "Havenweg 3  ·  8011 AA Zwolle",
                    "Postbus 1234, 3500 AA Utrecht",
                ])
                .to_string(),
            );
        }
        if rng.chance(40) {
            doc.push("Tel. 030 - 123 45 67  ·  info@praktijk.example  ·  www.praktijk.example".into());
        }
    }
    doc.push(String::new());
    if heading_number {
        doc.push(format!(
            "{}{} {}",
            " ".repeat(rng.below(30)),
            if english { "INVOICE" } else { "FACTUUR" },
            t.invoice_number
        ));
    } else if rng.chance(40) {
        doc.push(if english { "INVOICE".into() } else { "NOTA".into() });
    }
    doc.push(String::new());
    doc.extend(header);
    doc.push(String::new());
    doc.extend(table);
    doc.push(String::new());
    doc.extend(summary);
    doc.push(String::new());
    let prose = rng.chance(60);
    if prose {
        doc.push(
            if english {
                "Please pay within 30 days to NL91 ABNA 0417 1643 00, stating the invoice number."
            } else {
                "Wij verzoeken u het bedrag binnen 30 dagen over te maken op NL91 ABNA 0417 1643 00 o.v.v. het factuurnummer."
            }
            .to_string(),
        );
    }
    let footer = rng.chance(40);
    if footer {
        doc.push(if english { "Page 1 of 1".into() } else { "Pagina 1 van 1".into() });
    }
    v.furniture = match (mail, prose || footer) {
        (true, _) => "a mail header",
        (false, true) => "letterhead, payment prose, footer",
        _ => "letterhead only",
    };
    let mut text = doc.join("\n") + "\n";
    if rng.chance(15) {
        text = text.replace('\n', "\r\n");
    }
    if rng.chance(10) {
        text.insert(0, '\u{FEFF}');
    }
    (text, v)
}

/// Why a reading differs from the truth (empty: read right).
pub fn differences(t: &Truth, report: &notawijzer::rules::analysis::Report) -> Vec<String> {
    let mut out = Vec::new();
    if !report.errors.is_empty() {
        out.push(format!(
            "read errors: {:?}",
            report.errors.iter().map(|e| (e.error.at, e.error.code())).collect::<Vec<_>>()
        ));
    }
    let [n] = report.notas.as_slice() else {
        out.push(format!("{} notas", report.notas.len()));
        return out;
    };
    let read: Vec<(Option<NaiveDate>, Option<&str>, Decimal)> =
        n.nota.lines.iter().map(|l| (l.date, l.code.as_deref(), l.amount)).collect();
    let truth: Vec<(Option<NaiveDate>, Option<&str>, Decimal)> =
        t.lines.iter().map(|l| (Some(l.date), Some(l.code), l.amount)).collect();
    if read != truth {
        out.push(format!("lines: read {read:?}, truth {truth:?}"));
    }
    for (l, tl) in n.nota.lines.iter().zip(&t.lines) {
        let non_insured =
            matches!(&l.kind, notawijzer::model::LineKind::Prestatie(p) if p.kind == PrestatieKind::NonInsured);
        if non_insured != (tl.code == "OV0012") {
            out.push(format!("line {}: kind {:?}", l.line_no, l.kind));
        }
    }
    if n.lines_total != t.total {
        out.push(format!("lines total {} != {}", n.lines_total, t.total));
    }
    if n.nota.stated_total.as_ref().map(|s| s.value) != Some(t.total) {
        out.push(format!("stated total {:?}", n.nota.stated_total.as_ref().map(|s| s.value)));
    }
    let paid = n.nota.already_paid.as_ref().map(|p| p.value);
    let balance = n.nota.balance_due.as_ref().map(|p| p.value);
    if (paid, balance) != (t.paid.map(|p| p.0), t.paid.map(|p| p.1)) {
        out.push(format!("paid {paid:?} balance {balance:?}, truth {:?}", t.paid));
    }
    if n.nota.invoice_number.as_deref() != Some(t.invoice_number.as_str()) {
        out.push(format!("invoice number {:?}", n.nota.invoice_number));
    }
    if n.nota.invoice_date.as_ref().map(|d| d.value) != Some(t.invoice_date) {
        out.push(format!("invoice date {:?}", n.nota.invoice_date.as_ref().map(|d| d.value)));
    }
    if n.nota.start_date != Some(t.start) {
        out.push(format!("start {:?}", n.nota.start_date));
    }
    if n.nota.due_date != t.due {
        out.push(format!("due date {:?}, truth {:?}", n.nota.due_date, t.due));
    }
    let zvt = match t.zvt {
        Zvt::Number(z) => Some(z),
        _ => None,
    };
    if n.cluster().map(|c| c.number) != zvt || (zvt.is_none() && n.nota.cluster.is_some()) {
        out.push(format!("zorgvraagtype {:?}, truth {:?}", n.nota.cluster, t.zvt));
    }
    if (t.zvt == Zvt::Privacy) != n.nota.privacy_statement {
        out.push(format!("privacy {}", n.nota.privacy_statement));
    }
    if n.nota.diagnosis.is_some() {
        out.push(format!("diagnosis {:?}", n.nota.diagnosis));
    }
    if n.nota.provider.as_deref() != Some(t.provider) {
        out.push(format!("provider {:?}", n.nota.provider));
    }
    // no finding the truth does not carry: nothing that may be wrong, only what it is worth knowing
    let found: Vec<&str> = n.findings.iter().map(|f| f.code()).collect();
    let mut expected = t.information();
    let mut sorted = found.clone();
    sorted.sort_unstable();
    expected.sort_unstable();
    if sorted != expected {
        out.push(format!("findings {found:?}, truth {expected:?}"));
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The same truth as a practice's billing tool prints it: an HTML page (letterhead, a table of
/// header fields, the care table, the summary) that a browser prints to PDF. Fonts, widths and
/// the table's columns vary; numbers and dates follow the same choices as [`render`].
pub fn render_html(t: &Truth, rng: &mut Rng) -> String {
    let english = t.english;
    let money = Money {
        english: if english { rng.chance(75) } else { rng.chance(10) },
        currency: ["€ ", "€", "EUR ", "€ "][rng.below(4)],
        sign: rng.below(3) as u8,
    };
    let form = if english {
        rng.one(&[DateForm::EnglishWords, DateForm::Dashes, DateForm::Iso])
    } else {
        rng.one(&[DateForm::Dashes, DateForm::DutchWords, DateForm::Slashes, DateForm::ShortDashes])
    };
    let date = |d: NaiveDate| write_date(d, form);
    let mon = |a: Decimal| write_money(a, money);
    let font =
        rng.one(&["Arial, sans-serif", "Georgia, serif", "'DejaVu Sans', sans-serif", "'Liberation Serif', serif"]);
    let size = rng.one(&[9, 10, 11]);
    let mut h = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><style>body{{font-family:{font};font-size:{size}pt;margin:18mm}}\
         table{{border-collapse:collapse}} td,th{{padding:2pt 8pt;text-align:left;vertical-align:top}} .r{{text-align:right}}\
         .care{{width:100%;margin-top:12pt}} .care th{{border-bottom:1px solid #000}} h1{{font-size:14pt}}</style></head><body>"
    );
    h.push_str(&format!("<div><strong>{}</strong></div>", esc(t.provider)));
    if rng.chance(60) {
        h.push_str("<div>Kerkstraat 12, 3511 AB Utrecht</div>");
    }
    let heading = rng.chance(20);
    if heading {
        h.push_str(&format!("<h1>{} {}</h1>", if english { "INVOICE" } else { "FACTUUR" }, esc(&t.invoice_number)));
    } else {
        h.push_str(&format!("<h1>{}</h1>", if english { "Invoice" } else { "Nota" }));
    }
    let mut fields: Vec<(&str, String)> = Vec::new();
    if !heading {
        fields.push((if english { "Invoice number:" } else { "Factuurnummer:" }, t.invoice_number.clone()));
    }
    fields.push((if english { "Invoice date:" } else { "Factuurdatum:" }, date(t.invoice_date)));
    fields.push((if english { "Care trajectory:" } else { "Zorgtrajectnummer:" }, t.trajectory.clone()));
    fields.push((if english { "Start date:" } else { "Startdatum zorgtraject:" }, date(t.start)));
    match t.zvt {
        Zvt::Number(n) => fields.push(("Zorgvraagtype:", format!("{n}"))),
        Zvt::Privacy => fields.push(("Zorgvraagtype:", "niet vermeld i.v.m. privacyverklaring".into())),
        Zvt::NotGiven => fields.push(("Zorgvraagtype:", "n.v.t.".into())),
        Zvt::Absent => {}
    }
    let pairs = rng.chance(40);
    h.push_str("<table>");
    if pairs {
        for pair in fields.chunks(2) {
            h.push_str("<tr>");
            for (k, v) in pair {
                h.push_str(&format!("<td>{}</td><td>{}</td><td style=\"width:24pt\"></td>", esc(k), esc(v)));
            }
            h.push_str("</tr>");
        }
    } else {
        for (k, v) in &fields {
            h.push_str(&format!("<tr><td>{}</td><td>{}</td></tr>", esc(k), esc(v)));
        }
    }
    h.push_str("</table>");
    let mut cols = vec!["date", "code", "description", "amount"];
    if rng.chance(50) {
        cols.swap(0, 1);
    }
    let title = |c: &str| match (c, english) {
        ("date", false) => "Datum",
        ("date", true) => "Date",
        ("code", _) => "Code",
        ("description", false) => "Omschrijving",
        ("description", true) => "Description",
        (_, false) => "Bedrag",
        (_, true) => "Amount",
    };
    h.push_str("<table class=\"care\"><thead><tr>");
    for c in &cols {
        h.push_str(&format!("<th{}>{}</th>", if *c == "amount" { " class=\"r\"" } else { "" }, title(c)));
    }
    h.push_str("</tr></thead><tbody>");
    for l in &t.lines {
        h.push_str("<tr>");
        for c in &cols {
            let (class, v) = match *c {
                "date" => ("", date(l.date)),
                "code" => ("", l.code.to_string()),
                "description" => ("", l.description.clone()),
                _ => (" class=\"r\"", mon(l.amount)),
            };
            h.push_str(&format!("<td{class}>{}</td>", esc(&v)));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table><table style=\"margin-left:auto;margin-top:10pt\">");
    let mut summary = vec![(if english { "Total" } else { "Totaal" }, mon(t.total))];
    if let Some((paid, balance)) = t.paid {
        summary.push((if english { "Already paid" } else { "Reeds voldaan" }, mon(-paid)));
        summary.push((if english { "Balance due" } else { "Openstaand saldo" }, mon(balance)));
    }
    if let Some(due) = t.due {
        summary.push((if english { "Due date" } else { "Vervaldatum" }, date(due)));
    }
    for (k, v) in summary {
        h.push_str(&format!("<tr><td>{k}</td><td class=\"r\">{}</td></tr>", esc(&v)));
    }
    h.push_str("</table>");
    if rng.chance(60) {
        h.push_str(if english {
            "<p>Please pay within 30 days to NL91 ABNA 0417 1643 00, stating the invoice number.</p>"
        } else {
            "<p>Wij verzoeken u het bedrag binnen 30 dagen over te maken op NL91 ABNA 0417 1643 00 o.v.v. het factuurnummer.</p>"
        });
    }
    h.push_str("</body></html>\n");
    h
}
