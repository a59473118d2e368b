//! Which role a line of a ZPM nota has — blank, page furniture, column titles, a header field, a
//! summary amount, care, or text — and the reader's step for each.

use super::header::names_privacy;
use super::keys::{Key, key};
use super::layout::{Layout, cells, words_of};
use super::money::find_amount;
use super::reader::Reader;
use super::titles::titles;
use crate::read::date::parse_date;
use crate::read::error::{Position, excerpt};
use crate::read::header::is_rule;
use crate::read::prestatie::is_code;
use crate::read::role::{LineRole, is_page_noise, is_plain_text, looks_like_name};
use crate::read::text::place;
use crate::util::fold::fold;

/// Words that make a line with an amount look like care even without a code or a date.
pub(super) fn care_words(folded: &str) -> bool {
    ["consult", "behandel", "sessie", "session", "gesprek", "diagnostiek", "intake", "therapie", "therapy"]
        .iter()
        .any(|w| folded.contains(w))
}

impl Reader {
    /// Reads one line and gives its role; `None` when reading must stop. Two key/value tables
    /// side by side ("Factuurnummer: 7        Zorgtrajectnummer: ZT-44") are read as two lines,
    /// each at its own columns; a line of a comma-separated file that is no row of it (a summary
    /// "Totaal   € 241,66", whose comma is the cents') is read as words.
    pub(super) fn line(&mut self, line_no: usize, line: &str) -> Option<LineRole> {
        if let Layout::Cells(sep) = self.layout
            && !is_row(line, sep)
        {
            self.layout = Layout::Words;
            let role = self.line(line_no, line);
            self.layout = Layout::Cells(sep);
            return role;
        }
        if self.layout == Layout::Words
            && let Some(split) = side_by_side(line)
        {
            let role = self.line_as_laid_out(line_no, &line[..split]);
            // the right half keeps its columns: the left half as spaces
            let right = " ".repeat(line[..split].chars().count()) + &line[split..];
            return role.and_then(|role| self.line(line_no, &right).map(|_| role));
        }
        self.line_as_laid_out(line_no, line)
    }

    /// [`Reader::line`] in the document's layout.
    fn line_as_laid_out(&mut self, line_no: usize, line: &str) -> Option<LineRole> {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        if self.broken_field.is_some() && !trimmed.is_empty() && self.settle_broken_field(Some(trimmed)) {
            return Some(LineRole::Header);
        }
        // "(privacyverklaring)" anywhere: no diagnosis or zorgvraagtype is written, and none missing
        if (trimmed.contains("rivacy") || trimmed.contains("RIVACY")) && names_privacy(trimmed) {
            self.current.privacy = true;
        }
        let cells: Vec<(usize, String)> = match self.layout {
            Layout::Cells(sep) => cells(line, sep),
            Layout::Words => vec![(0, line.to_string())],
        };
        let filled: Vec<&(usize, String)> = cells.iter().filter(|(_, c)| !c.trim().is_empty()).collect();
        let waiting = self.waiting();
        if trimmed.is_empty() || filled.is_empty() || is_rule(trimmed) {
            // a page break in the middle of a line keeps it open
            self.current.open_line &= waiting;
            return Some(LineRole::Blank);
        }
        if self.layout == Layout::Words
            && self.labels.is_empty()
            && let Some(role) = self.date_in_parts(line_no, line, trimmed)
        {
            return Some(role);
        }
        // (a bare number is a value while a label waits for one: "3311" after "UZOVI:")
        if is_page_noise(trimmed) && self.labels.is_empty() {
            return Some(LineRole::Text);
        }
        if !self.current.used {
            self.current.first_line = line_no;
        }
        // A column-title line: remember which column is which (again on every page).
        if let Some(roles) = titles(self.layout, &cells) {
            self.roles = Some(roles);
            // the table starts: a label still without a value has none
            self.labels.clear();
            self.current.open_line &= waiting;
            return Some(LineRole::Header);
        }
        let has_code = match self.layout {
            Layout::Cells(_) => filled.iter().any(|(_, c)| is_code(c.trim())),
            Layout::Words => {
                words_of(line, true).into_iter().any(|(_, t)| is_code(t.trim_end_matches([':', '.', ')', ','])))
            }
        };
        // The key is the first cell in a CSV; on a text line, the start of the line. A keyed line
        // is a header unless it also holds a code and an amount ("Factuurnummer: AA0000" is not
        // a prestatie).
        let (first_at, first) = (filled[0].0, filled[0].1.as_str());
        let keyed = key(first);
        // the line's words, split once for every look at them below
        let words = words_of(line, false);
        let amount = find_amount(self.layout, self.notation, line, &cells, &words);
        if has_code && (keyed.is_none() || amount.is_some()) {
            return self.prestatie(line_no, line, &cells, amount, &words).then_some(LineRole::Care);
        }
        let text = filled.iter().map(|(_, c)| c.trim()).collect::<Vec<_>>().join(" ");
        // Repeated page headers (the provider's name on every page) are not prestaties.
        if self.page_header.contains(&text) && self.current.lines.len() + self.notas.len() > 0 {
            return Some(LineRole::Text);
        }
        // While a prestatie waits for its amount, text lines are its description ("Datum: …
        // Tijd: …", the NZa name over three lines, "Uitvoerder: …").
        if waiting && amount.is_none() && !keyed.is_some_and(|(k, _)| k.is_money()) && !is_plain_text(&text) {
            let last = self.current.lines.last_mut().expect("waiting implies a line");
            last.description.push(' ');
            last.description.push_str(&text);
            return Some(LineRole::Care);
        }
        // Only a line with an amount can be care without a code: its date and care words are
        // looked for then, not on every line.
        let (dated, names_care) = match amount {
            Some(_) => (self.find_date_words(line_no, line, &words, &[]).is_some(), care_words(&fold(&text))),
            None => (false, false),
        };
        // "Praktijk De Meerpaal" (no colon) is a name, and a provider's
        let keyed = match keyed {
            Some((Key::Provider, _)) if !first.contains(':') => Some((Key::Provider, 0)),
            k => k,
        };
        if let Some((key, at)) = keyed
            && !(amount.is_some() && !key.is_money() && key != Key::Ignored && (dated || names_care))
        {
            // ("Datum: 12-03-2024 Consult € 135,89" is care, not a header)
            return self.keyed(line_no, line, key, (first_at, first, at), &filled);
        }
        // A heading with the invoice number ("FACTUUR 2027-0009"), a letter's place and date
        // ("Apeldoorn, 8 januari 2027") above the care lines: fields, not text.
        if !has_code && amount.is_none() {
            if let Some(number) = heading_number(&text) {
                let at = line.find(number).unwrap_or(0);
                return self.header(line_no, line, Key::InvoiceNumber, number, at);
            }
            if self.current.invoice_date.is_none()
                && self.current.lines.is_empty()
                && let Some(date) = letter_date(&text)
            {
                let at = line.find(date).unwrap_or(0);
                return self.header(line_no, line, Key::InvoiceDate, date, at);
            }
        }
        // A value from a block of values, for the oldest label still waiting.
        if !self.labels.is_empty() && !waiting && !has_code {
            let key = self.labels.remove(0);
            let at = filled[0].0 + (filled[0].1.len() - filled[0].1.trim_start().len());
            return self.field_value(line_no, line, key, &text, at);
        }
        if is_plain_text(&text) {
            self.current.open_line = false;
            return Some(LineRole::Text);
        }
        // A line with an amount and no code: the amount of the prestatie above it, when that one
        // has none yet; else a care line (it has a date, or names care, a missed appointment or
        // a fee) shown and counted; else plain text.
        if let Some(found) = amount {
            return self.uncoded(line_no, line, found, &words, (waiting, dated, names_care));
        }
        // A description wrapped onto the next line.
        if self.current.open_line
            && let Some(last) = self.current.lines.last_mut()
        {
            last.description.push(' ');
            last.description.push_str(&text);
            return Some(LineRole::Care);
        }
        if self.current.lines.is_empty() && self.notas.is_empty() {
            self.page_header.push(text.clone());
            // The first free line of a nota names the provider.
            if self.current.provider.is_none()
                && self.current.invoice_number.is_none()
                && !text.contains(':')
                && looks_like_name(&text)
            {
                self.current.provider = Some(excerpt(&text, 100));
                self.current.used = true;
            }
        }
        Some(LineRole::Text)
    }
}

/// "FACTUUR 2027-0009", "Nota 2025/118", "INVOICE INV-0093": a heading of one word for an invoice
/// and one token with a digit that is no date: the number.
fn heading_number(text: &str) -> Option<&str> {
    let mut words = text.split_whitespace();
    let (head, number, rest) = (words.next()?, words.next()?, words.next());
    let head = fold(head.trim_end_matches(':'));
    let heading = matches!(head.as_str(), "factuur" | "nota" | "zorgnota" | "invoice" | "rekening");
    let number_like = number.bytes().any(|b| b.is_ascii_digit()) && number.len() <= 30 && parse_date(number).is_err();
    (heading && number_like && rest.is_none()).then_some(number)
}

/// "Apeldoorn, 8 januari 2027": a place (one to three words) and a whole date: the date.
fn letter_date(text: &str) -> Option<&str> {
    let (place, date) = text.split_once(", ")?;
    let words: Vec<&str> = place.split_whitespace().collect();
    let place_like = (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\''));
    let date = date.trim();
    let whole = parse_date(date).is_ok_and(|d| d.complete().is_some());
    (place_like && whole).then_some(date)
}

/// Where a second key/value pair starts on a line of two side by side: after a space or a tab, a
/// header key with its colon and a value, the first key having a value of its own
/// ("Factuurnummer: 2025-8266 Factuurdatum: 30-05-2025", also with the wide gap of aligned columns).
fn side_by_side(line: &str) -> Option<usize> {
    // (cheap first: two colons, before any key is looked up)
    if line.bytes().filter(|b| *b == b':').count() < 2 {
        return None;
    }
    let (_, first_value) = key(line)?;
    let mut prev_space = false;
    for (i, c) in line.char_indices() {
        let space = c.is_whitespace();
        if prev_space && !space && i > first_value && !line[first_value..i].trim().is_empty() {
            let rest = &line[i..];
            if let Some((_, at)) = key(rest)
                && rest[..at].trim_end().ends_with(':')
                && !rest[at..].trim().is_empty()
            {
                return Some(i);
            }
        }
        prev_space = space;
    }
    None
}

/// A line of a file whose rows are split at `sep` that is a row of it: it holds a code, or the
/// separator (a comma only as one: in quotes, or not the cents of an amount).
fn is_row(line: &str, sep: char) -> bool {
    if words_of(line, true).into_iter().any(|(_, w)| is_code(w)) {
        return true;
    }
    match sep {
        // a comma between digits is a number's ("241,66", "1,206.31"), not a separator
        ',' => line.contains('"') || comma_outside_numbers(line),
        _ => line.contains(sep),
    }
}

/// A comma that is not between two digits: a separator of cells.
fn comma_outside_numbers(line: &str) -> bool {
    let b = line.as_bytes();
    b.iter().enumerate().any(|(i, c)| {
        *c == b',' && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

impl Reader {
    /// A date in parts, as text copied out of a PDF whose narrow date column wrapped: "01-01-" and
    /// "2023" on lines of their own just before the code's line (kept for that line), or "2027"
    /// under "CO0765  2 januari" (the year of that line's date). `None`: the line is no such part.
    fn date_in_parts(&mut self, line_no: usize, line: &str, trimmed: &str) -> Option<LineRole> {
        // (cheap first: a short line that starts with a digit)
        if trimmed.len() > 24 || !trimmed.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let year = trimmed.len() == 4
            && trimmed.bytes().all(|b| b.is_ascii_digit())
            && (1990..=2100).contains(&trimmed.parse::<i32>().unwrap_or(0));
        // "CO0180 2023-04-" then "05": the rest of the date the care line above ends with
        let digits = (1..=4).contains(&trimmed.len()) && trimmed.bytes().all(|b| b.is_ascii_digit());
        // "2024-10-" then "01" on lines of their own, before the code's line
        if digits
            && !year
            && let Some((text, until, _)) =
                self.date_before.as_mut().filter(|(text, until, _)| *until + 1 == line_no && text.ends_with('-'))
        {
            text.push_str(trimmed);
            *until = line_no;
            return Some(LineRole::Care);
        }
        if digits
            && self.current.open_line
            && let Some(last) = self.current.lines.last_mut()
            && last.date.is_none()
            && let Some(start) = date_fragment_at_end(&last.description)
            && let Ok(date) = parse_date(&format!("{}{trimmed}", &last.description[start..]))
        {
            last.date = Some((date, Position::new(last.line_no, 1)));
            last.description.truncate(start);
            last.description.truncate(last.description.trim_end().len());
            return Some(LineRole::Care);
        }
        if year {
            let y = trimmed.parse::<i32>().ok()?;
            if self.current.open_line
                && let Some(last) = self.current.lines.last_mut()
                && let Some((date, _)) = last.date.as_mut().filter(|(d, _)| d.year.is_none())
            {
                date.year = Some(y);
                return Some(LineRole::Care);
            }
            let (text, until, _) = self.date_before.as_mut().filter(|(_, until, _)| *until + 1 == line_no)?;
            if parse_date(text).is_ok_and(|d| d.year.is_some()) {
                return None;
            }
            if !text.ends_with('-') {
                text.push(' ');
            }
            text.push_str(trimmed);
            *until = line_no;
            return Some(LineRole::Care);
        }
        // "01-01-", "2 januari", "01-01-2023" alone (not "1/2", a page number)
        let fragment = date_fragment_at_end(trimmed) == Some(0);
        let alone = parse_date(trimmed).is_ok_and(|d| d.year.is_some() || trimmed.contains(char::is_alphabetic))
            && trimmed.split_whitespace().count() <= 3
            && !self.waiting();
        if !(fragment || alone) || key(trimmed).is_some() {
            return None;
        }
        let at = line.len() - line.trim_start().len();
        self.date_before = Some((trimmed.to_string(), line_no, place(line_no, line, at)));
        Some(LineRole::Care)
    }
}

/// Where a date broken at its hyphen ends a text ("… 2023-04-", "17-7-"): the byte offset of its
/// start.
fn date_fragment_at_end(text: &str) -> Option<usize> {
    let word = text.trim_end().rsplit(char::is_whitespace).next()?;
    let parts: Vec<&str> = word.strip_suffix('-')?.split('-').collect();
    let ok =
        parts.len() == 2 && parts.iter().all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    ok.then(|| text.trim_end().len() - word.len())
}
