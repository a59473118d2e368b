//! The insurer's documents about claims (`insurer-overviews.md`): the declaration overview, the
//! bill for the eigen risico, the settlement of instalments. Read as notas are: by the column
//! titles and by what each cell holds, never by one insurer's layout; a table of rows, or a card
//! of "title value" lines per claim (a portal's page copied as text).
//!
//! The insured's name, initials, policy number and address are read past and never kept; a birth
//! date is kept only to know whether the eigen risico applies. On a family overview each person's
//! rows are grouped by place ("Verzekerde 1", "Verzekerde 2"), never by name.
//!
//! [`columns`] (titles and cells), [`fields`] (dates, periods, amounts, status, kind of care),
//! [`statements`] (the lines that are no rows), [`rows`] (a row from its cells).

mod columns;
mod fields;
pub mod json;
mod rows;
mod statements;

use columns::{Col, keyed, split, titles};
use rows::Draft;
use statements::{Statement, statement, year_in};

use super::error::{Position, Problem, ReadError};
use super::limits::{MAX_ITEMS_PER_NOTA as MAX_ITEMS, MAX_LINE_CHARS, MAX_LINES};
use super::text::lines;
use crate::model::overview::{Overview, OverviewKind, Person, Section, StatedYear, Status};
use crate::util::fold::fold;

/// Words only an insurer's document about claims uses (its title, its tables).
const TITLE_WORDS: [&str; 12] = [
    "mijn declaraties",
    "uw declaraties",
    "declaratieoverzicht",
    "zorgkostenoverzicht",
    "zorgkostenfactuur",
    "zorggebruik",
    "eindafrekening eigen risico",
    "overzicht eigen risico",
    "overzicht verplicht eigen risico",
    "rekening eigen risico",
    "stand verplicht eigen risico",
    "uitgekeerde nota",
];

/// How far down a text [`is_overview`] looks.
const SCAN_LINES: usize = 400;

/// True when the text is an insurer's overview or bill: a column-title line with what an insurer
/// paid or charged ("Vergoed", "Eigen risico"), two or more card lines of such amounts, or a
/// title only such a document has.
pub fn is_overview(text: &str) -> bool {
    let mut cards = 0;
    // a provider's nota may say what the insurer paid and the eigen risico in its summary; its own
    // fields (a zorgvraagtype, a trajectory) say it is a nota
    let mut nota_fields = false;
    // an overview says what it is near its top (its title, its column titles, its first claims):
    // a long nota is not scanned to its end for it
    for line in lines(text).take(SCAN_LINES).filter(|l| l.len() <= MAX_LINE_CHARS) {
        if titles(&split(line)).is_some() {
            return true;
        }
        if let Some((col, value)) = keyed(line) {
            cards += usize::from(col.is_insurer_amount() && fields::is_amount(value));
        }
        let f = fold(line);
        nota_fields |=
            fields::any_of(&f, &["zorgvraagtyp", "zorgtrajectnummer", "startdatum zorgtraject", "zorgtraject:"], true);
        if fields::any_of(&f, &TITLE_WORDS, true) || (f.starts_with("eindafrekening") && f.contains("eigen risico")) {
            return true;
        }
    }
    cards >= 2 && !nota_fields
}

struct Reader {
    ov: Overview,
    cols: Option<Vec<Col>>,
    status: Option<Status>,
    section: Section,
    stand_year: Option<i32>,
    /// The persons' names as read, to tell them apart (dropped with the reader).
    names: Vec<String>,
    person: usize,
    card: Option<(usize, Draft)>,
    /// A title line whose titles wrapped onto the next lines ("Gedeclareerd | Vergoed | Eigen",
    /// then "bedrag | basisverzekering | risico-", then "bedrag"), and how many lines it took.
    wrapped: Option<(Vec<(usize, String)>, usize)>,
    drafts: Vec<Draft>,
    errors: Vec<ReadError>,
    bill: bool,
    settlement: bool,
}

/// Reads an overview. Never panics; a row that does not read is an error at its line.
pub fn read_overview(text: &str) -> (Vec<Overview>, Vec<ReadError>) {
    let mut r = Reader {
        ov: Overview::default(),
        cols: None,
        status: None,
        section: Section::None,
        stand_year: None,
        names: Vec::new(),
        person: 0,
        card: None,
        wrapped: None,
        drafts: Vec::new(),
        errors: Vec::new(),
        bill: false,
        settlement: false,
    };
    for (i, line) in lines(text).enumerate().take(MAX_LINES) {
        let line_no = i + 1;
        if line.chars().count() > MAX_LINE_CHARS {
            r.errors.push(ReadError::new(
                Position::new(line_no, MAX_LINE_CHARS + 1),
                Problem::LineTooLong { chars: line.chars().count(), limit: MAX_LINE_CHARS },
            ));
            continue;
        }
        r.line(line_no, line);
        if r.drafts.len() > MAX_ITEMS {
            r.errors.push(ReadError::new(Position::new(line_no, 1), Problem::TooManyItems { limit: MAX_ITEMS }));
            break;
        }
    }
    r.flush();
    let Reader { mut ov, drafts, errors, bill, settlement, .. } = r;
    ov.kind = if settlement || ov.instalments.is_some() {
        OverviewKind::Settlement
    } else if bill || ov.stated_to_pay.is_some_and(|a| a > rust_decimal::Decimal::ZERO) {
        OverviewKind::EigenRisicoBill
    } else {
        OverviewKind::Declarations
    };
    ov.persons.resize(ov.persons.len().max(1), Person::default());
    for d in drafts {
        let mut row = d.row;
        if let Some(plain) = d.plain {
            // a plain "Bedrag" is the eigen risico on a bill or a settlement, else what was declared
            if ov.kind == OverviewKind::Declarations {
                row.declared = row.declared.or(Some(plain));
            } else {
                row.eigen_risico = row.eigen_risico.or(Some(plain));
            }
        }
        if row.description.is_empty() {
            row.description = d.kind.clone().unwrap_or_default();
        }
        // a code written in the description ("CO0497 Behandeling 45 minuten")
        if row.code.is_none() {
            row.code =
                row.description.split_whitespace().find(|w| crate::read::prestatie::is_code(w)).map(str::to_string);
        }
        let texts = [d.kind.as_deref().unwrap_or(""), &row.description, row.provider.as_deref().unwrap_or("")];
        row.care = fields::care(row.code.as_deref(), &texts);
        if row.status == Status::Rejected && row.rejected.is_none() {
            row.rejected = row.declared;
        }
        ov.rows.push(row);
    }
    if ov.rows.is_empty() && ov.stated.is_empty() && ov.stated_to_pay.is_none() && ov.stated_refund.is_none() {
        return (Vec::new(), errors);
    }
    (vec![ov], errors)
}

impl Reader {
    fn line(&mut self, line_no: usize, line: &str) {
        if line.trim().is_empty() {
            self.flush_if_whole();
            return;
        }
        if self.ov.first_line == 0 {
            self.ov.first_line = line_no;
        }
        let f = fold(line);
        if f.starts_with("eindafrekening") {
            self.settlement = true;
            self.ov.year = self.ov.year.or(year_in(&f));
        }
        if [
            "zorgkostenfactuur",
            "rekening eigen risico",
            "factuur eigen risico",
            "overzicht verplicht eigen risico",
            "u moet nu betalen",
        ]
        .iter()
        .any(|w| f.starts_with(w))
        {
            self.bill = true;
        }
        let cells = split(line);
        if let Some(cols) = titles(&cells) {
            self.flush();
            self.cols = Some(cols);
            self.wrapped = None;
            return;
        }
        // titles wrapped in a narrow column (a PDF, a phone): the words below finish the titles
        // at the right-hand end, where the narrow amount columns are
        if let Some((mut head, lines)) = self.wrapped.take() {
            let words_only =
                cells.iter().all(|(_, c)| !c.bytes().any(|b| b.is_ascii_digit()) && c.split_whitespace().count() <= 3);
            if words_only && !cells.is_empty() && cells.len() <= head.len() {
                let offset = head.len() - cells.len();
                for (k, (_, more)) in cells.iter().enumerate() {
                    let cell = &mut head[offset + k].1;
                    if !cell.ends_with('-') {
                        cell.push(' ');
                    }
                    cell.push_str(more.trim());
                }
                if let Some(cols) = titles(&head) {
                    self.flush();
                    self.cols = Some(cols);
                    return;
                }
                if lines < 2 {
                    self.wrapped = Some((head, lines + 1));
                    return;
                }
            }
        }
        if columns::partly_titles(&cells) {
            self.wrapped = Some((cells, 0));
            return;
        }
        match statement(line) {
            Some(Statement::Private) | Some(Statement::Skip) => return,
            Some(Statement::Person { name, birth }) => {
                self.flush();
                self.person(name);
                if birth.is_some() {
                    self.ov.persons[self.person].birth_date = birth;
                }
                return;
            }
            Some(Statement::Insurer(name)) => {
                self.ov.insurer.get_or_insert(name);
                return;
            }
            Some(Statement::Heading { status, section }) => {
                self.flush();
                self.status = status;
                self.section = section;
                return;
            }
            Some(Statement::Stand { year, amount, used, remaining, voluntary }) => {
                self.flush();
                if amount.is_none() && used.is_none() && remaining.is_none() && voluntary.is_none() {
                    self.stand_year = year;
                    return;
                }
                let year = year.or(self.stand_year).or(self.ov.year);
                let Some(year) = year.or_else(|| {
                    self.drafts.iter().filter_map(|d| d.row.date).map(|d| chrono::Datelike::year(&d)).max()
                }) else {
                    return;
                };
                let person = self.person;
                let stated = match self.ov.stated.iter_mut().find(|s| s.year == year && s.person == person) {
                    Some(s) => s,
                    None => {
                        self.ov.stated.push(StatedYear { year, person, line_no, ..Default::default() });
                        self.ov.stated.last_mut().expect("just pushed")
                    }
                };
                stated.amount = stated.amount.or(amount);
                stated.used = stated.used.or(used);
                stated.remaining = stated.remaining.or(remaining);
                stated.voluntary = stated.voluntary.or(voluntary);
                return;
            }
            Some(Statement::ToPay(a)) => {
                self.flush();
                self.ov.stated_to_pay = Some(a);
                return;
            }
            Some(Statement::Refund(a)) => {
                self.ov.stated_refund = Some(a);
                return;
            }
            Some(Statement::Instalments(a)) => {
                self.ov.instalments = Some(a);
                return;
            }
            Some(Statement::Due(d)) => {
                self.ov.due_date = Some(d);
                return;
            }
            None => {}
        }
        // a card: "Behandeldatum 10-11-2026", "Eigen risico € 100,00" (one field a line)
        if cells.len() <= 2
            && let Some((col, value)) = keyed(line).or_else(|| {
                (cells.len() == 2).then(|| columns::col(&cells[0].1).map(|c| (c, cells[1].1.as_str()))).flatten()
            })
        {
            let starts_new = matches!(col, Col::Date | Col::Claim)
                && self
                    .card
                    .as_ref()
                    .is_some_and(|(_, d)| d.row.date.is_some() && (col == Col::Date || d.has_amount()));
            if starts_new {
                self.flush();
            }
            let (_, draft) = self.card.get_or_insert_with(|| (line_no, Draft::default()));
            if !draft.set(col, value) && col.is_amount() {
                let column = line.find(value).map_or(1, |b| line[..b].chars().count() + 1);
                self.errors.push(ReadError::new(
                    Position::new(line_no, column),
                    Problem::BadAmount {
                        text: crate::read::error::excerpt(value, crate::read::limits::MAX_EXCERPT_CHARS),
                        problem: crate::read::error::AmountProblem::Unexpected,
                    },
                ));
            }
            return;
        }
        if let Some(mut d) = rows::row(&cells, self.cols.as_deref()) {
            self.flush();
            d.row.row_no = line_no;
            self.finish(&mut d);
            self.drafts.push(d);
        } else if let ([(_, cell)], Some(last)) = (&cells[..], self.drafts.last_mut())
            && let Some(end) = fields::date(cell)
            && last.row.end_date.is_none()
            && last.row.date.is_some_and(|d| end >= d)
        {
            // the end of a period that wrapped below its row ("22-10-2026 t/m" / "22-10-2026")
            last.row.end_date = (Some(end) != last.row.date).then_some(end);
        } else if self.cols.is_some()
            && cells.iter().any(|(_, c)| fields::period(c).is_some())
            && !cells.iter().any(|(_, c)| fields::is_amount(c))
        {
            // a dated line under the titles without any amount: said, not dropped
            self.errors.push(ReadError::new(Position::new(line_no, line.chars().count() + 1), Problem::MissingAmount));
        }
    }

    /// The person a line names: a new one for a name not seen before.
    fn person(&mut self, name: Option<String>) {
        let Some(name) = name else {
            if self.ov.persons.is_empty() {
                self.ov.persons.push(Person::default());
            }
            return;
        };
        self.person = match self.names.iter().position(|n| *n == name) {
            Some(i) => i,
            None => {
                self.names.push(name);
                self.names.len() - 1
            }
        };
        if self.ov.persons.len() <= self.person {
            self.ov.persons.resize(self.person + 1, Person::default());
        }
    }

    /// The row's person, its status and part of a bill from the table it is in.
    fn finish(&mut self, d: &mut Draft) {
        if let Some(name) = d.person.take() {
            self.person(Some(name));
        }
        if self.ov.persons.is_empty() {
            self.ov.persons.push(Person::default());
        }
        d.row.person = self.person;
        d.row.section = self.section;
        if let Some(s) = self.status
            && d.row.status == Status::Processed
        {
            d.row.status = s;
        }
    }

    fn flush_if_whole(&mut self) {
        if self.card.as_ref().is_some_and(|(_, d)| d.whole()) {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let Some((line_no, mut d)) = self.card.take() else { return };
        if d.whole() {
            d.row.row_no = line_no;
            self.finish(&mut d);
            self.drafts.push(d);
        } else if d.row.date.is_some() && d.fields >= 3 {
            // a claim without an amount is said, not dropped (a card of only a date is the
            // document's own date)
            self.errors.push(ReadError::new(Position::new(line_no, 1), Problem::MissingAmount));
        }
    }
}
