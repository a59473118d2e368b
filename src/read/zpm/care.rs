//! A care line (prestatie) of a ZPM nota: read as cells or as words, kept until no more of it can
//! follow (a wrapped description, an amount on a line of its own), then settled.

use rust_decimal::Decimal;

use super::description::{clean, description_parts};
use super::layout::Layout;
use super::raw::RawLine;
use super::reader::Reader;
use crate::read::date::parse_date;
use crate::read::error::{Position, Problem};
use crate::read::limits::MAX_ITEMS_PER_NOTA;
use crate::read::prestatie::fee_of;
use crate::read::role::LineRole;
use crate::read::text::place;

impl Reader {
    /// `amount`: the line's amount as [`Reader::find_amount`] found it (read once per line).
    pub(super) fn prestatie(
        &mut self,
        line_no: usize,
        line: &str,
        cells: &[(usize, String)],
        amount: Option<(Decimal, usize, usize)>,
        words: &[(usize, &str)],
    ) -> bool {
        if self.current.lines.len() >= MAX_ITEMS_PER_NOTA {
            self.error(Position::new(line_no, 1), Problem::TooManyItems { limit: MAX_ITEMS_PER_NOTA });
            return false;
        }
        let read = match self.layout {
            Layout::Cells(_) => self.prestatie_cells(line_no, line, cells),
            Layout::Words => self.prestatie_words(line_no, line, amount, words),
        };
        // a date on the line(s) just before: its column wrapped
        let before = self.date_before.take().filter(|(_, until, _)| *until + 1 == line_no);
        let read = read.map(|mut raw| {
            if raw.date.is_none()
                && let Some((text, _, at)) = before
                && let Ok(date) = parse_date(&text)
            {
                raw.date = Some((date, at));
            }
            raw
        });
        match read {
            Some(raw) => {
                self.push_line(raw);
                self.current.open_line = true;
                // the table has started: a label still without a value has none
                self.labels.clear();
            }
            None => self.current.open_line = false,
        }
        true
    }

    pub(super) fn push_line(&mut self, raw: RawLine) {
        self.settle_last();
        self.current.lines.push(raw);
        self.current.used = true;
    }

    /// The last line, now that no more of it can follow: still without an amount it is an error
    /// and is not counted; its description gives up what was read out of it (a date written as
    /// "Datum: …", a time, the performer's AGB code); without a date it is counted with an error.
    pub(super) fn settle_last(&mut self) {
        let Some(last) = self.current.lines.last_mut() else { return };
        if last.amount.is_none() {
            let at = last.missing_at;
            self.current.lines.pop();
            self.error(at, Problem::MissingAmount);
            return;
        }
        let (description, date) = description_parts(&last.description);
        last.description = description;
        if last.date.is_none() {
            last.date = date.map(|d| (d, Position::new(last.line_no, 1)));
        }
        // (a line without a code has its own message already)
        if last.date.is_none() && last.code.is_some() {
            let at = Position::new(last.line_no, 1);
            self.error(at, Problem::MissingDate);
        }
    }

    /// A line with an amount and no code: the amount of the prestatie above it, when that one has
    /// none yet; else a care line (it has a date, or names care, a missed appointment or a fee)
    /// shown and counted; else plain text.
    pub(super) fn uncoded(
        &mut self,
        line_no: usize,
        line: &str,
        (amount, amount_at, amount_end): (Decimal, usize, usize),
        words: &[(usize, &str)],
        (waiting, dated, names_care): (bool, bool, bool),
    ) -> Option<LineRole> {
        let mut description = line[..amount_at].to_string();
        description.push(' ');
        description.push_str(&line[amount_end.min(line.len())..]);
        let description = clean(&description);
        if waiting && let Some(last) = self.current.lines.last_mut() {
            last.amount = Some(amount);
            if !description.is_empty() {
                last.description.push(' ');
                last.description.push_str(&description);
            }
            return Some(LineRole::Care);
        }
        let fee = fee_of(&description).is_some();
        if description.chars().any(char::is_alphabetic) && (dated || fee || names_care) {
            if self.current.lines.len() >= MAX_ITEMS_PER_NOTA {
                self.error(Position::new(line_no, 1), Problem::TooManyItems { limit: MAX_ITEMS_PER_NOTA });
                return None;
            }
            if !fee {
                self.error(place(line_no, line, 0), Problem::MissingCode);
            }
            let found = self.find_date_words(line_no, line, words, &[(amount_at, amount_end)]);
            let description = match found {
                // the date and the amount taken out, whichever comes first
                Some((_, _, from, to)) => {
                    let mut cut = [(from, to), (amount_at, amount_end.min(line.len()))];
                    cut.sort_unstable();
                    let mut rest = String::with_capacity(line.len());
                    let mut at = 0;
                    for (from, to) in cut {
                        if from >= at {
                            rest.push_str(&line[at..from]);
                            rest.push(' ');
                        }
                        at = at.max(to);
                    }
                    rest.push_str(&line[at..]);
                    clean(&rest)
                }
                None => description,
            };
            let date = found.map(|(d, at, _, _)| (d, at));
            let missing_at = Position::new(line_no, 1);
            self.push_line(RawLine {
                line_no,
                code: None,
                description,
                context: String::new(),
                date,
                amount: Some(amount),
                quantity: None,
                unit_price: None,
                missing_at,
            });
            self.current.open_line = false;
            return Some(LineRole::Care);
        }
        self.current.open_line = false;
        Some(LineRole::Text)
    }
}
