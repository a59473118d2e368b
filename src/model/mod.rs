//! The data a zorgnota holds, as read from a file: no reading rules and no UI here.
//!
//! Money is always [`Decimal`] (never a float; its rules in [`money`]) and dates are [`NaiveDate`].
//! It knows nothing of reading, rules, words or a screen.

pub mod money;
pub mod overview;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// A calendar month, such as the month a statement bills ("Declaratie februari 2017").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    /// 1 = January … 12 = December.
    pub month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|_| Self { year, month })
    }

    pub fn of(date: NaiveDate) -> Self {
        Self { year: date.year(), month: date.month() }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("YearMonth is valid by construction")
    }

    pub fn last_day(self) -> NaiveDate {
        let next = if self.month == 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, self.month + 1, 1)
        };
        next.and_then(|d| d.pred_opt()).unwrap_or_else(|| self.first_day())
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        Self::of(date) == self
    }

    /// "2017-02", the form the JSON uses.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// Which billing system a statement belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Model {
    /// The zorgclustermodel: billed month by month, consult by consult.
    Zorgcluster,
    /// The old DBC ggz model: one product for the whole trajectory, billed at its end.
    Dbc,
    /// The zorgprestatiemodel (2022 on): one line per prestatie with its NZa code, billed monthly.
    Zpm,
}

impl Model {
    pub fn code(self) -> &'static str {
        match self {
            Model::Zorgcluster => "zorgcluster",
            Model::Dbc => "dbc",
            Model::Zpm => "zpm",
        }
    }
}

/// The kind of a consult, when the description names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConsultKind {
    Diagnostiek,
    Behandeling,
    Farmacotherapeutisch,
}

/// The form of a consult, when the description names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConsultForm {
    Individueel,
    Groep,
    Blended,
    Outreachend,
}

/// A day in the clinic: with the night (klinisch) or only in the daytime (dagklinisch / deeltijd).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StayKind {
    Klinisch,
    Dagklinisch,
}

/// The other activity types the NZa pilot lists (seed: "Behandeling binnen een zorgcluster").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activity {
    Zorgcoordinatie,
    Mdo,
    Verslaglegging,
    Ect,
    Dbs,
    Rtms,
    Testdiagnostiek,
    SomatischOnderzoek,
    Screening,
}

impl Activity {
    pub const ALL: [Activity; 9] = [
        Activity::Zorgcoordinatie,
        Activity::Mdo,
        Activity::Verslaglegging,
        Activity::Ect,
        Activity::Dbs,
        Activity::Rtms,
        Activity::Testdiagnostiek,
        Activity::SomatischOnderzoek,
        Activity::Screening,
    ];
}

/// A band of treatment minutes on a DBC product line, e.g. `3000-5999`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MinuteBand {
    pub from: u32,
    /// `None` for an open band ("vanaf 400", "28000+").
    pub to: Option<u32>,
}

/// What kind of prestatie a zorgprestatiemodel line is (`zpm-reference.md` §2.1, §2.2, §3.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrestatieKind {
    /// `CO`: a consult with one patient (or with naasten).
    Consult,
    /// `GC`: a group consult, billed per patient per 30-minute block.
    GroupConsult,
    /// A day in the clinic (verblijfsdag); its code prefix is not verified, so it is known by its words.
    Stay,
    /// `TC`: a surcharge (toeslag) on a consult, such as travel time.
    Surcharge,
    /// `OV`: another service (intercollegiaal overleg, ECT, rTMS, a report, …).
    OtherService,
    /// Care outside the basic package (`OV0012` niet-basispakketzorg consult, or verblijf): the patient pays.
    NonInsured,
}

impl PrestatieKind {
    /// The stable code used in JSON output.
    pub fn code(self) -> &'static str {
        match self {
            PrestatieKind::Consult => "consult",
            PrestatieKind::GroupConsult => "group_consult",
            PrestatieKind::Stay => "stay",
            PrestatieKind::Surcharge => "surcharge",
            PrestatieKind::OtherService => "other_service",
            PrestatieKind::NonInsured => "non_insured",
        }
    }
}

/// The profession categories of the zorgprestatiemodel (`zpm-reference.md` §2.1, beroepscategorieën).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profession {
    Arts,
    ArtsSpecialist,
    GzPsycholoog,
    KlinischPsycholoog,
    Psychotherapeut,
    VerpleegkundigSpecialist,
    Verpleegkundige,
    Overig,
}

impl Profession {
    /// The stable code used in JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Profession::Arts => "arts",
            Profession::ArtsSpecialist => "arts_specialist",
            Profession::GzPsycholoog => "gz_psycholoog",
            Profession::KlinischPsycholoog => "klinisch_psycholoog",
            Profession::Psychotherapeut => "psychotherapeut",
            Profession::VerpleegkundigSpecialist => "verpleegkundig_specialist",
            Profession::Verpleegkundige => "verpleegkundige",
            Profession::Overig => "overig",
        }
    }
}

/// What NotaWijzer knows of one prestatie: from its code and its description.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Prestatie {
    pub kind: PrestatieKind,
    /// Diagnostiek or behandeling, for a consult.
    pub consult: Option<ConsultKind>,
    /// The duration class ("vanaf" 5, 15, 30, 45, 60, 75, 90 or 120 minutes).
    pub minutes: Option<u16>,
    pub profession: Option<Profession>,
    /// The setting, 1–8 (`zpm-reference.md` §2.1).
    pub setting: Option<u8>,
    /// The number of patients in a group consult.
    pub group_size: Option<u8>,
}

/// The basis-ggz profile a ZPM nota may name (the old GB-ggz products).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    Kort,
    Middel,
    Intensief,
    Chronisch,
}

impl Profile {
    pub const ALL: [Profile; 4] = [Profile::Kort, Profile::Middel, Profile::Intensief, Profile::Chronisch];

    /// The word on a nota and in JSON: "kort", "middel", "intensief", "chronisch".
    pub fn code(self) -> &'static str {
        match self {
            Profile::Kort => "kort",
            Profile::Middel => "middel",
            Profile::Intensief => "intensief",
            Profile::Chronisch => "chronisch",
        }
    }

    /// From the word on a nota ("middel", "GB-ggz Middel", "Profiel kort").
    pub fn from_text(text: &str) -> Option<Profile> {
        let words = crate::util::fold::words(text);
        Profile::ALL.into_iter().find(|p| words.iter().any(|w| w == p.code()))
    }
}

/// What an item line is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// A prestatie of the zorgprestatiemodel.
    Prestatie(Prestatie),
    Consult {
        kind: Option<ConsultKind>,
        form: Option<ConsultForm>,
    },
    Stay(StayKind),
    Activity(Activity),
    /// One DBC product: a diagnosis group (as written) and a band of minutes.
    DbcProduct {
        group: String,
        band: MinuteBand,
    },
    /// A missed appointment ("niet nagekomen afspraak", "no-show", "te laat afgezegd"): not an NZa
    /// prestatie, billed under the provider's own terms, never reimbursed.
    NoShow,
    /// Another fee of the provider's own (administration, a report for a third party, a copy of
    /// the file): not an NZa prestatie, never reimbursed.
    Fee,
    /// A line NotaWijzer does not know; it is shown and counted, never hidden.
    Other,
}

impl LineKind {
    /// The stable code used in JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            LineKind::Consult { .. } => "consult",
            LineKind::Stay(StayKind::Klinisch) => "stay",
            LineKind::Stay(StayKind::Dagklinisch) => "day_stay",
            LineKind::Activity(_) => "activity",
            LineKind::DbcProduct { .. } => "dbc_product",
            LineKind::Prestatie(p) => p.kind.code(),
            LineKind::NoShow => "no_show",
            LineKind::Fee => "fee",
            LineKind::Other => "other",
        }
    }
}

/// One item line of a nota.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the file (for the JSON form: the line the item starts on).
    pub line_no: usize,
    /// The description as written (e.g. "Consult behandeling groep").
    pub description: String,
    /// The NZa prestatiecode on a zorgprestatiemodel line (`CO0497`).
    pub code: Option<String>,
    pub kind: LineKind,
    /// The date of the activity; a DBC product line has none.
    pub date: Option<NaiveDate>,
    pub amount: Decimal,
    /// The count of an "Aantal | Tarief | Bedrag" line, where the nota gives one.
    pub quantity: Option<Decimal>,
    /// The unit price of such a line (quantity × unit price should be the amount).
    pub unit_price: Option<Decimal>,
}

impl Line {
    /// A line with only what every nota has: no quantity or unit price.
    pub fn new(
        line_no: usize,
        description: String,
        code: Option<String>,
        kind: LineKind,
        date: Option<NaiveDate>,
        amount: Decimal,
    ) -> Self {
        Self { line_no, description, code, kind, date, amount, quantity: None, unit_price: None }
    }

    /// Not an NZa prestatie and never reimbursed: a missed appointment or a fee of the provider's own.
    pub fn is_fee(&self) -> bool {
        matches!(self.kind, LineKind::NoShow | LineKind::Fee)
    }
}

/// A value read from a keyed header line, with the line it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub line_no: usize,
}

impl<T> Located<T> {
    pub fn new(value: T, line_no: usize) -> Self {
        Self { value, line_no }
    }
}

/// One statement (zorgnota) as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Nota {
    /// The line where the nota starts in its file.
    pub first_line: usize,
    pub sequence: Option<u32>,
    pub patient: Option<String>,
    pub billing_month: Option<YearMonth>,
    /// The `Zorgcluster:` text as written ("4", "Psychische aandoening ernstig", …).
    pub cluster: Option<Located<String>>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub previously_billed: Option<Decimal>,
    pub review_date: Option<Located<NaiveDate>>,
    pub lines: Vec<Line>,
    pub stated_total: Option<Located<Decimal>>,
    /// "Reeds ontvangen", "Reeds voldaan", "Already paid": what the patient has paid already.
    pub already_paid: Option<Located<Decimal>>,
    /// "Openstaand saldo", "Te betalen", "Balance due": what is still to pay, as the nota states it.
    pub balance_due: Option<Located<Decimal>>,
    /// Read as a zorgprestatiemodel nota (its layout, or a field only such a nota has).
    pub zpm: bool,
    pub provider: Option<String>,
    pub invoice_number: Option<String>,
    pub invoice_date: Option<Located<NaiveDate>>,
    pub trajectory_number: Option<String>,
    /// The main diagnosis (DSM-hoofdgroep) as written; absent with a privacy statement.
    pub diagnosis: Option<String>,
    pub profile: Option<Profile>,
    /// Read so NotaWijzer knows whether the eigen risico applies; never shown back.
    pub birth_date: Option<NaiveDate>,
    /// "Vervaldatum", "Te betalen vóór …": the day the nota asks to be paid by.
    pub due_date: Option<NaiveDate>,
    /// The nota says a privacyverklaring keeps the diagnosis and the zorgvraagtype off it (which the
    /// patient may ask for): there is none to read, and none is missing.
    pub privacy_statement: bool,
}

impl Nota {
    /// A statement with a DBC product line is a DBC statement; one read as a zorgprestatiemodel
    /// nota, or with a prestatiecode on a line, bills under the ZPM; every other one bills under the
    /// zorgclustermodel.
    pub fn model(&self) -> Model {
        if self.lines.iter().any(|l| matches!(l.kind, LineKind::DbcProduct { .. })) {
            Model::Dbc
        } else if self.zpm || self.lines.iter().any(|l| l.code.is_some()) {
            Model::Zpm
        } else {
            Model::Zorgcluster
        }
    }

    /// True when nothing at all was read into this nota.
    pub fn is_empty(&self) -> bool {
        self.sequence.is_none()
            && self.patient.is_none()
            && self.billing_month.is_none()
            && self.cluster.is_none()
            && self.start_date.is_none()
            && self.end_date.is_none()
            && self.previously_billed.is_none()
            && self.review_date.is_none()
            && self.lines.is_empty()
            && self.stated_total.is_none()
            && self.invoice_number.is_none()
            && self.invoice_date.is_none()
            && self.trajectory_number.is_none()
    }
}
