//! An insurer's document about claims (`insurer-overviews.md`): the declaration overview ("Mijn
//! declaraties", "Zorgkostenoverzicht"), a bill for the eigen risico ("Zorgkostenfactuur",
//! "rekening eigen risico"), or the settlement of eigen risico paid in instalments
//! ("eindafrekening"). Read past and never kept: the insured's name, initials and policy number;
//! a birth date is kept only as [`Person::birth_date`], to know whether the eigen risico applies.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Which of the insurer's documents it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OverviewKind {
    /// A list of claims and what happened to them: no bill.
    #[default]
    Declarations,
    /// A bill for the eigen risico or an eigen bijdrage (or an announced debit).
    EigenRisicoBill,
    /// The year's settlement of eigen risico paid in instalments.
    Settlement,
}

impl OverviewKind {
    pub fn code(self) -> &'static str {
        match self {
            OverviewKind::Declarations => "declarations",
            OverviewKind::EigenRisicoBill => "eigen_risico_bill",
            OverviewKind::Settlement => "settlement",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [OverviewKind::Declarations, OverviewKind::EigenRisicoBill, OverviewKind::Settlement]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// Mental health care, or other care (a GP, a pharmacy, a hospital), listed in a word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Care {
    Ggz,
    #[default]
    Other,
}

impl Care {
    pub fn code(self) -> &'static str {
        match self {
            Care::Ggz => "ggz",
            Care::Other => "other",
        }
    }
}

/// Where a claim stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Processed,
    Pending,
    Rejected,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Processed => "processed",
            Status::Pending => "pending",
            Status::Rejected => "rejected",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Status::Processed, Status::Pending, Status::Rejected].into_iter().find(|s| s.code() == code)
    }
}

/// Which table of a bill a row was listed under.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    #[default]
    None,
    /// "U moet nu betalen": the rows this bill asks for.
    ToPay,
    /// "U heeft al betaald": charged before.
    Paid,
}

/// One row of an overview: one claim (one or more visits, dated by the first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OverviewRow {
    /// The line of the file the row is on (for the JSON form: its place in the list, from 1).
    pub row_no: usize,
    pub date: Option<NaiveDate>,
    /// The last day of a period ("01-02-2026 t/m 28-02-2026").
    pub end_date: Option<NaiveDate>,
    pub provider: Option<String>,
    /// The description or the kind of care, as written.
    pub description: String,
    pub care: Care,
    /// A prestatiecode or other code, where the overview prints one.
    pub code: Option<String>,
    pub declared: Option<Decimal>,
    pub reimbursed: Option<Decimal>,
    pub eigen_risico: Option<Decimal>,
    pub eigen_bijdrage: Option<Decimal>,
    pub rejected: Option<Decimal>,
    pub status: Status,
    /// Why a claim was rejected, in the insurer's words.
    pub reason: Option<String>,
    /// The claim or nota number.
    pub claim: Option<String>,
    /// The insured person the row is for (0 on an overview of one person).
    pub person: usize,
    pub section: Section,
}

/// An insured person on a family overview: known by place only, never by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Person {
    /// Read to know whether the eigen risico applies (none under 18); never shown.
    pub birth_date: Option<NaiveDate>,
}

/// What the overview says of a year's eigen risico ("Stand verplicht eigen risico 2026").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatedYear {
    pub year: i32,
    /// The person it is for (0 on an overview of one person).
    pub person: usize,
    pub line_no: usize,
    /// The year's compulsory eigen risico as printed.
    pub amount: Option<Decimal>,
    /// "Verbruikt", "Gebruikt": used so far.
    pub used: Option<Decimal>,
    /// "Resterend", "Nog over", "Nog niet verbruikt".
    pub remaining: Option<Decimal>,
    /// The voluntary eigen risico, where printed.
    pub voluntary: Option<Decimal>,
}

/// One overview as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overview {
    pub first_line: usize,
    pub kind: OverviewKind,
    /// The insurer's name, where the document names one from the catalogue of words it knows
    /// ("zorgverzekeraar" lines); `None` when not read.
    pub insurer: Option<String>,
    pub rows: Vec<OverviewRow>,
    /// The persons the rows are for (one, or more on a family overview).
    pub persons: Vec<Person>,
    pub stated: Vec<StatedYear>,
    /// "Totaal te betalen", "U moet nu betalen": what the bill asks.
    pub stated_to_pay: Option<Decimal>,
    /// "U krijgt terug", "Te ontvangen": what a settlement pays back.
    pub stated_refund: Option<Decimal>,
    /// "Betaald in termijnen", "Voorschot": what was paid in instalments.
    pub instalments: Option<Decimal>,
    /// The year a settlement or bill is about, where it says one ("Eindafrekening eigen risico 2025").
    pub year: Option<i32>,
    /// "Betalen vóór", "Wij schrijven af op": the day to pay by or the day of the debit.
    pub due_date: Option<NaiveDate>,
}
