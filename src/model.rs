//! The data a zorgnota holds, as read from a file: no reading rules and no UI here.
//!
//! Money is always [`Decimal`] (never a float) and dates are [`NaiveDate`].

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
}

impl Model {
    pub fn code(self) -> &'static str {
        match self {
            Model::Zorgcluster => "zorgcluster",
            Model::Dbc => "dbc",
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

/// What an item line is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LineKind {
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
    pub kind: LineKind,
    /// The date of the activity; a DBC product line has none.
    pub date: Option<NaiveDate>,
    pub amount: Decimal,
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
}

impl Nota {
    /// A statement with a DBC product line is a DBC statement; every other one bills under the
    /// zorgclustermodel.
    pub fn model(&self) -> Model {
        if self.lines.iter().any(|l| matches!(l.kind, LineKind::DbcProduct { .. })) {
            Model::Dbc
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
    }
}
