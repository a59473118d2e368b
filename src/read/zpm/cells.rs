//! A care line split into cells (`;`, tab, `|`, `,` with quotes): each cell's role from the
//! column titles where there are any, else from what it holds.

use super::keys::Key;
use super::money::{looks_like_money, read_money};
use super::quantity::read_quantity;
use super::raw::RawLine;
use super::reader::Reader;
use super::titles::Role;
use crate::read::date::parse_date;
use crate::read::error::{AmountProblem, Position, Problem, excerpt};
use crate::read::limits::MAX_EXCERPT_CHARS;
use crate::read::prestatie::is_code;
use crate::read::text::place;

impl Reader {
    pub(super) fn prestatie_cells(&mut self, line_no: usize, line: &str, cells: &[(usize, String)]) -> Option<RawLine> {
        let roles = self.roles.clone().filter(|r| r.len() == cells.len());
        let role_of = |i: usize, cell: &str| -> Role {
            let cell = cell.trim();
            match &roles {
                // a title line names the columns; a cell that is plainly a code is one anyway
                Some(r) if !(is_code(cell) && r[i] != Role::Code) => r[i],
                _ if is_code(cell) => Role::Code,
                // "25,08" is an amount, though it could be read as 25 August
                _ if looks_like_money(cell) && !cell.contains(['-', '/']) => Role::Amount,
                _ if parse_date(cell).is_ok() && cell.bytes().any(|b| b.is_ascii_digit()) => Role::Date,
                _ if looks_like_money(cell) => Role::Amount,
                _ => Role::Description,
            }
        };
        let (mut code, mut date, mut amount, mut texts, mut context) = (None, None, None, Vec::new(), Vec::new());
        let (mut quantity, mut price) = (None, None);
        let mut fields = Vec::new();
        for (i, (at, cell)) in cells.iter().enumerate() {
            let value = cell.trim();
            if value.is_empty() {
                continue;
            }
            let pos = place(line_no, line, *at + cell.len() - cell.trim_start().len());
            match role_of(i, cell) {
                Role::Code if code.is_none() && is_code(value) => code = Some(value.to_string()),
                Role::Date if date.is_none() => match parse_date(value) {
                    Ok(d) => date = Some((d, pos)),
                    Err(problem) => {
                        self.error(pos, Problem::BadDate { text: excerpt(value, MAX_EXCERPT_CHARS), problem })
                    }
                },
                // without titles, of two amounts the first is the unit price
                Role::Amount => price = amount.replace((value, pos)).map(|(v, _)| v).or(price),
                Role::Price => price = Some(value),
                Role::Quantity => quantity = Some(value),
                Role::Practitioner | Role::Other => context.push(value),
                Role::Field(key) => fields.push((key, value, *at + cell.len() - cell.trim_start().len())),
                // a bare count beside an amount, with no titles: the quantity
                Role::Description
                    if roles.is_none() && value.len() <= 3 && value.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    quantity = Some(value)
                }
                _ => texts.push(value),
            }
        }
        // The description is the longest text; other text (a practitioner) is context.
        let longest = texts.iter().enumerate().max_by_key(|(_, t)| t.chars().count()).map(|(i, _)| i);
        let description = longest.map(|i| texts.remove(i).to_string()).unwrap_or_default();
        context.extend(texts);
        let Some((amount_text, amount_pos)) = amount else {
            self.error(Position::new(line_no, line.chars().count() + 1), Problem::MissingAmount);
            return None;
        };
        let amount = match read_money(amount_text, true, self.notation) {
            Ok(a) => a,
            Err((problem, offset)) => {
                let problem = match problem {
                    AmountProblem::Missing => Problem::MissingAmount,
                    p => Problem::BadAmount { text: excerpt(amount_text, MAX_EXCERPT_CHARS), problem: p },
                };
                self.error(Position::new(line_no, amount_pos.column + offset), problem);
                return None;
            }
        };
        // the row's own header fields: a new invoice number starts a new nota (an export of several)
        for (key, value, at) in fields {
            let c = &self.current;
            let new = match key {
                Key::InvoiceNumber => c.invoice_number.as_deref() != Some(value),
                Key::InvoiceDate => c.invoice_date.is_none(),
                Key::Zorgvraagtype => c.zorgvraagtype.is_none(),
                Key::Trajectory => c.trajectory.is_none(),
                Key::Start => c.start.is_none(),
                Key::Diagnosis => c.diagnosis.is_none(),
                Key::Provider => c.provider.is_none(),
                _ => false,
            };
            if new {
                self.header(line_no, line, key, value, at)?;
            }
        }
        let missing_at = Position::new(line_no, 1);
        Some(RawLine {
            line_no,
            code,
            description,
            context: context.join(" "),
            date,
            amount: Some(amount),
            quantity: quantity.and_then(read_quantity),
            unit_price: price.and_then(|p| read_money(p, true, self.notation).ok()),
            missing_at,
        })
    }
}
