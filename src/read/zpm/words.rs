//! A care line read word by word (aligned columns, text copied out of a PDF): the code, the date,
//! the amount (with a unit price and a count before it) found among the words; the rest is the
//! description.

use rust_decimal::Decimal;

use super::description::clean;
use super::money::{amount_in, amount_problem};
use super::quantity::read_quantity;
use super::raw::RawLine;
use super::reader::Reader;
use crate::read::date::PartialDate;
use crate::read::date::parse_date;
use crate::read::error::{Position, Problem};
use crate::read::prestatie::is_code;
use crate::read::text::place;

impl Reader {
    pub(super) fn prestatie_words(
        &mut self,
        line_no: usize,
        line: &str,
        found: Option<(Decimal, usize, usize)>,
        words: &[(usize, &str)],
    ) -> Option<RawLine> {
        let code_index = words.iter().position(|(_, w)| is_code(w.trim_end_matches([':', '.', ')', ','])));
        let code = code_index.map(|i| words[i].1.trim_end_matches([':', '.', ')', ',']).to_string());
        if found.is_none()
            && let Some((text, problem, at)) = amount_problem(words, self.notation)
        {
            self.error(place(line_no, line, at), Problem::BadAmount { text, problem });
            return None;
        }
        let mut skip: Vec<(usize, usize)> = found.map(|(_, from, to)| (from, to)).into_iter().collect();
        // "1 € 135,89 € 135,89" (Aantal | Tarief | Bedrag): a unit price before the amount, and a
        // count before that
        let (quantity, unit_price) = match found {
            // the words before the amount
            Some((_, from, _)) => {
                match amount_in(line, &words[..words.iter().take_while(|(at, _)| *at < from).count()], self.notation) {
                    Some((price, p_from, p_to)) if line[p_to..from].trim().is_empty() => {
                        skip.push((p_from, p_to));
                        let before = line[..p_from].trim_end();
                        let count_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
                        let quantity = read_quantity(count_word.trim_end_matches(['x', '×']));
                        if quantity.is_some() {
                            let c_from = before.len() - count_word.len();
                            skip.push((c_from, before.len()));
                        }
                        (quantity, Some(price))
                    }
                    _ => (None, None),
                }
            }
            None => (None, None),
        };
        if let Some(i) = code_index {
            skip.push((words[i].0, words[i].0 + words[i].1.len()));
        }
        let date = self.find_date_words(line_no, line, words, &skip);
        if let Some((_, _, from, to)) = date {
            skip.push((from, to));
        }
        let mut description = String::new();
        for (at, word) in words {
            if skip.iter().any(|(from, to)| *at >= *from && *at < *to) {
                continue;
            }
            if !description.is_empty() {
                description.push(' ');
            }
            description.push_str(word);
        }
        Some(RawLine {
            line_no,
            code,
            description: clean(&description),
            context: String::new(),
            date: date.map(|(d, at, _, _)| (d, at)),
            amount: found.map(|(amount, _, _)| amount),
            quantity,
            unit_price,
            missing_at: Position::new(line_no, line.chars().count() + 1),
        })
    }

    /// The first date among the words outside parentheses and outside `skip`: one word
    /// (`12-03-2024`) or three (`12 maart 2024`) or two (`12 maart`). Returns the date, its place
    /// and its byte range.
    pub(super) fn find_date_words(
        &self,
        line_no: usize,
        line: &str,
        words: &[(usize, &str)],
        skip: &[(usize, usize)],
    ) -> Option<(PartialDate, Position, usize, usize)> {
        let mut depth = 0i32;
        for i in 0..words.len() {
            let (at, word) = words[i];
            let inside = depth > 0 || word.starts_with('(');
            depth += word.matches('(').count() as i32 - word.matches(')').count() as i32;
            if inside || skip.iter().any(|(from, to)| at >= *from && at < *to) {
                continue;
            }
            if !word.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            for n in [3usize, 2, 1] {
                if i + n > words.len() {
                    continue;
                }
                let end = words[i + n - 1].0 + words[i + n - 1].1.len();
                let text = &line[at..end];
                let one_word_needs_separator = n > 1 || text.contains(['-', '/']);
                if one_word_needs_separator && let Ok(d) = parse_date(text) {
                    return Some((d, place(line_no, line, at), at, end));
                }
            }
        }
        None
    }
}
