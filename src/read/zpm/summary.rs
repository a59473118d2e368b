//! Summary lines of a ZPM nota: total, subtotal, VAT, already paid, balance due — fields with an
//! amount, never care (which of them is the stated total: `resolve`).

use super::keys::Key;
use super::layout::Layout;
use super::money::{last_amount_text, read_money};
use super::reader::Reader;
use crate::model::Located;
use crate::read::error::{AmountProblem, Position, Problem, excerpt};
use crate::read::limits::MAX_EXCERPT_CHARS;
use crate::read::role::LineRole;
use crate::util::fold::fold;

impl Reader {
    /// A summary line's amount, kept in its field.
    pub(super) fn summary(&mut self, line_no: usize, line: &str, key: Key, value: &str, pos: Position) -> LineRole {
        let text = value.trim();
        // "BTW vrijgesteld", "Te betalen binnen 14 dagen": no amount, so plain text
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return LineRole::Text;
        }
        let text = last_amount_text(text);
        let amount = match read_money(text, matches!(self.layout, Layout::Cells(_)), self.notation) {
            Ok(amount) => amount,
            Err((problem, _)) => {
                let problem = match problem {
                    AmountProblem::Missing => Problem::MissingAmount,
                    p => Problem::BadAmount { text: excerpt(text, MAX_EXCERPT_CHARS), problem: p },
                };
                self.error(pos, problem);
                return LineRole::Summary;
            }
        };
        let at = Located::new(amount, line_no);
        let folded = fold(line);
        let c = &mut self.current;
        match key {
            // before VAT where both are given: a total "incl." does not replace one read
            Key::Total if folded.contains("incl") && c.total.is_some() => {}
            Key::Total => c.total = Some(at),
            Key::Subtotal => c.subtotal = Some(at),
            Key::Vat => c.vat = Some(amount),
            // "Reeds voldaan - € 148,95": what was paid, whatever its sign
            Key::AlreadyPaid => c.already_paid = Some(Located::new(amount.abs(), line_no)),
            _ => c.balance = Some(at),
        }
        self.current.used = true;
        LineRole::Summary
    }
}
