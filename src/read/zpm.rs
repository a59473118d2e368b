//! The zorgprestatiemodel nota (`zpm-nota-format.md`): keyed header lines in any order, then one
//! line per prestatie holding a date, a prestatiecode, a description and an amount in any order.
//!
//! No layout is assumed. A file is read in one of two ways, chosen from its prestatie lines:
//! - **cells**: a separator (`;`, tab, `|`, or `,` with quoted fields) splits each line into cells;
//!   a column-title line, where there is one, says which cell is which, and otherwise each cell's
//!   content does (a code, a date, an amount; the longest other text is the description);
//! - **words**: aligned columns or text copied out of a PDF (single spaces between columns): the
//!   code, the date and the amount are found among the words, and the words left are the
//!   description.
//!
//! Page headers and footers, a repeated column-title line and payment details are not prestaties;
//! a description wrapped onto the next line is joined to its line. A line with an amount that
//! NotaWijzer cannot place is still counted, with an error at its place.

use rust_decimal::Decimal;

use super::amount::{currency_len, parse_amount};
use super::date::{PartialDate, on_or_after, on_or_before, parse_date};
use super::error::{AmountProblem, DateProblem, Position, Problem, ReadError, excerpt};
use super::header::{is_rule, match_key};
use super::limits::{MAX_EXCERPT_CHARS, MAX_ITEMS_PER_NOTA, MAX_LINE_CHARS, MAX_LINES, MAX_NOTAS};
use super::prestatie::{classify, is_code, is_credit_marker};
use super::text::{lines, place};
use crate::fold::fold;
use crate::model::{Line, Located, Nota, Profile};

/// True when the text is a zorgprestatiemodel nota: a line holds a prestatiecode, or a field only
/// such a nota has (`Zorgvraagtype`, `Factuurnummer`, …).
pub fn is_zpm(text: &str) -> bool {
    lines(text).take(MAX_LINES).any(|line| {
        line.len() <= MAX_LINE_CHARS * 4
            && (words_of(line, true).into_iter().any(|(_, t)| is_code(t))
                || matches!(key(line), Some((Key::Zorgvraagtype | Key::InvoiceNumber | Key::Trajectory, _))))
    })
}

/// The words of a line with their byte offsets: split at white space, and with `cells` also at
/// the cell separators (`;`, `|`, `,`, `"`). One plain loop for every caller.
fn words_of(line: &str, cells: bool) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        let split = c.is_whitespace() || (cells && matches!(c, ';' | '|' | ',' | '"'));
        match (split, start) {
            (true, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// The header keys of a ZPM nota (`zpm-nota-format.md`, "Header fields"), any case, with or
/// without a colon. Longer keys first: a key must be followed by a word boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    InvoiceNumber,
    InvoiceDate,
    Provider,
    Patient,
    BirthDate,
    Trajectory,
    Start,
    Zorgvraagtype,
    Diagnosis,
    Privacy,
    Profile,
    Review,
    Total,
    /// A subtotal (per page): not the nota's total.
    Subtotal,
    /// Read and not kept: BSN, verzekerdennummer, AGB-codes, UZOVI, referral, practitioner.
    Ignored,
}

const KEYS: &[(&[&str], Key)] = &[
    (&["factuurnummer", "factuurnr", "factuur nr", "notanummer", "notanr", "nota nummer"], Key::InvoiceNumber),
    (&["factuurdatum", "notadatum", "datum nota", "datum factuur"], Key::InvoiceDate),
    (&["zorgaanbieder", "praktijk", "instelling"], Key::Provider),
    (&["naam verzekerde", "client", "patient", "naam", "verzekerde"], Key::Patient),
    (&["geboortedatum"], Key::BirthDate),
    (&["zorgtrajectnummer", "zorgtraject nummer", "trajectnummer", "zorgtraject"], Key::Trajectory),
    (
        &["startdatum zorgtraject", "start zorgtraject", "begindatum zorgtraject", "startdatum", "begindatum"],
        Key::Start,
    ),
    (&["zorgvraagtypering", "zorgvraagtype", "zvt"], Key::Zorgvraagtype),
    (&["hoofddiagnose", "dsm-hoofdgroep", "dsm hoofdgroep", "diagnose"], Key::Diagnosis),
    (&["privacyverklaring"], Key::Privacy),
    (&["gb-ggz profiel", "gb ggz profiel", "prestatieprofiel", "profiel"], Key::Profile),
    (&["reviewdatum", "review uiterlijk", "review", "hertypering", "herbeoordeling"], Key::Review),
    (&["subtotaal"], Key::Subtotal),
    (&["totaal te betalen", "totaalbedrag", "totaal factuur", "totaal", "te betalen"], Key::Total),
    (
        &[
            "bsn",
            "burgerservicenummer",
            "verzekerdennummer",
            "verzekerdenummer",
            "uzovi",
            "agb-code",
            "agb code",
            "agb",
            "verwijstype",
            "verwijzer",
            "type verwijzing",
            "regiebehandelaar",
            "behandelaar",
            "adres",
            "iban",
        ],
        Key::Ignored,
    ),
];

/// The key of a keyed line and the byte offset of its value.
fn key(line: &str) -> Option<(Key, usize)> {
    KEYS.iter().find_map(|(keys, k)| match_key(line, keys).map(|at| (*k, at)))
}

/// What a column holds, from its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Date,
    Code,
    Description,
    Amount,
    Practitioner,
    Other,
}

fn title_role(cell: &str) -> Option<Role> {
    Some(match fold(cell).trim_end_matches(':') {
        "datum" | "uitvoeringsdatum" | "behandeldatum" | "datum behandeling" | "date" => Role::Date,
        "code" | "prestatiecode" | "prestatie code" | "declaratiecode" => Role::Code,
        "omschrijving"
        | "prestatie"
        | "prestatieomschrijving"
        | "prestatie omschrijving"
        | "behandeling"
        | "description" => Role::Description,
        "bedrag" | "tarief" | "prijs" | "declaratiebedrag" | "bedrag (eur)" | "bedrag (€)" | "amount" => Role::Amount,
        "zorgverlener" | "behandelaar" | "uitgevoerd door" => Role::Practitioner,
        "aantal" | "agb" | "agb-code" | "koppelnummer" | "prestatiekoppelnummer" => Role::Other,
        _ => return None,
    })
}

/// How the prestatie lines of a file are split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    Cells(char),
    Words,
}

fn layout(all: &[&str]) -> Layout {
    let coded: Vec<&str> =
        all.iter().copied().filter(|l| words_of(l, true).into_iter().any(|(_, t)| is_code(t))).take(200).collect();
    for sep in [';', '\t', '|'] {
        let with = coded.iter().filter(|l| l.contains(sep)).count();
        if with > 0 && with * 2 >= coded.len() {
            return Layout::Cells(sep);
        }
    }
    let comma = coded.iter().filter(|l| cells(l, ',').iter().any(|(_, c)| is_code(c.trim()))).count();
    if comma > 0 && comma * 2 >= coded.len() {
        return Layout::Cells(',');
    }
    Layout::Words
}

/// The cells of a line split at `sep`, with the byte offset where each starts; a field in double
/// quotes may hold the separator (`""` is a quote inside).
fn cells(line: &str, sep: char) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut start = 0;
    let mut quoted = false;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek().is_some_and(|(_, n)| *n == '"') {
                    cell.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
        } else if c == '"' && cell.trim().is_empty() {
            cell.clear();
            quoted = true;
        } else if c == sep {
            out.push((start, std::mem::take(&mut cell)));
            start = i + c.len_utf8();
        } else {
            cell.push(c);
        }
    }
    out.push((start, cell));
    out
}

/// A prestatie line as read, before its date has a year and its kind is worked out.
struct RawLine {
    line_no: usize,
    code: Option<String>,
    description: String,
    context: String,
    date: Option<(PartialDate, Position)>,
    /// `None` while the amount has not been seen: in text copied out of a PDF it may stand on a
    /// line of its own below a wrapped description. A line still without one when the next
    /// prestatie starts is an error at `missing_at`, and is not counted.
    amount: Option<Decimal>,
    missing_at: Position,
}

#[derive(Default)]
struct RawNota {
    first_line: usize,
    used: bool,
    provider: Option<String>,
    patient: Option<String>,
    invoice_number: Option<String>,
    invoice_date: Option<(PartialDate, Position)>,
    birth_date: Option<(PartialDate, Position)>,
    trajectory: Option<String>,
    start: Option<(PartialDate, Position)>,
    review: Option<(PartialDate, Position)>,
    zorgvraagtype: Option<Located<String>>,
    diagnosis: Option<String>,
    profile: Option<Profile>,
    total: Option<Located<Decimal>>,
    lines: Vec<RawLine>,
    /// The last line read was a prestatie: a text-only line after it continues its description.
    open_line: bool,
}

struct Reader {
    layout: Layout,
    roles: Option<Vec<Role>>,
    current: RawNota,
    notas: Vec<Nota>,
    errors: Vec<ReadError>,
    /// Lines seen before the first prestatie of the file: a repeat later is a page header.
    page_header: Vec<String>,
}

/// Reads every ZPM nota in a text. Never panics; every problem is a [`ReadError`] at its place.
pub fn read_zpm(text: &str) -> (Vec<Nota>, Vec<ReadError>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let all: Vec<&str> = lines(text).collect();
    let mut reader = Reader {
        layout: layout(&all),
        roles: None,
        current: RawNota::default(),
        notas: Vec::new(),
        errors: Vec::new(),
        page_header: Vec::new(),
    };
    for (index, line) in all.into_iter().enumerate() {
        let line_no = index + 1;
        if line_no > MAX_LINES {
            reader.error(Position::new(line_no, 1), Problem::TooManyLines { limit: MAX_LINES });
            break;
        }
        if line.len() > MAX_LINE_CHARS && line.chars().count() > MAX_LINE_CHARS {
            let chars = line.chars().count();
            reader.error(
                Position::new(line_no, MAX_LINE_CHARS + 1),
                Problem::LineTooLong { chars, limit: MAX_LINE_CHARS },
            );
            reader.current.open_line = false;
            continue;
        }
        if !reader.line(line_no, line) {
            break;
        }
    }
    reader.finish()
}

/// A line of page furniture: `Pagina 1 van 2`, `Page 2 of 3`, `- 2 -`, `1/2`.
fn is_page_noise(text: &str) -> bool {
    let words = crate::fold::words(text);
    let numbers = words.iter().filter(|w| w.bytes().all(|b| b.is_ascii_digit())).count();
    match words.first().map(String::as_str) {
        Some("pagina" | "page" | "blad" | "pag") => numbers >= 1 && words.len() <= 4,
        _ => numbers == words.len() && numbers <= 2 && text.chars().all(|c| c.is_ascii_digit() || " /-–".contains(c)),
    }
}

/// Payment details and other closing text: not a prestatie, not an error.
fn is_payment_text(text: &str) -> bool {
    let f = fold(text);
    ["betaling", "betalen binnen", "iban", "o.v.v", "rekeningnummer", "bankrekening", "vervaldatum", "termijn"]
        .iter()
        .any(|w| f.contains(w))
}

impl Reader {
    fn error(&mut self, at: Position, problem: Problem) {
        self.errors.push(ReadError::new(at, problem));
    }

    /// Reads one line; false when reading must stop.
    fn line(&mut self, line_no: usize, line: &str) -> bool {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let cells: Vec<(usize, String)> = match self.layout {
            Layout::Cells(sep) => cells(line, sep),
            Layout::Words => vec![(0, line.to_string())],
        };
        let filled: Vec<&(usize, String)> = cells.iter().filter(|(_, c)| !c.trim().is_empty()).collect();
        if trimmed.is_empty() || filled.is_empty() || is_rule(trimmed) {
            self.current.open_line = false;
            return true;
        }
        if is_page_noise(trimmed) {
            return true;
        }
        if !self.current.used {
            self.current.first_line = line_no;
        }
        // A column-title line: remember which column is which (again on every page).
        if let Some(roles) = self.titles(&cells) {
            self.roles = Some(roles);
            self.current.open_line = false;
            return true;
        }
        let has_code = match self.layout {
            Layout::Cells(_) => filled.iter().any(|(_, c)| is_code(c.trim())),
            Layout::Words => {
                words_of(line, true).into_iter().any(|(_, t)| is_code(t.trim_end_matches([':', '.', ')'])))
            }
        };
        // The key is the first cell in a CSV; on a text line, the start of the line. A keyed line
        // is a header unless it also holds a code and an amount ("Factuurnummer: AA0000" is not
        // a prestatie).
        let (first_at, first) = (filled[0].0, filled[0].1.as_str());
        let keyed = key(first);
        if has_code && (keyed.is_none() || self.find_amount(line, &cells).is_some()) {
            return self.prestatie(line_no, line, &cells);
        }
        if let Some((key, at)) = keyed {
            let value: String = match self.layout {
                Layout::Cells(_) => {
                    let mut parts: Vec<&str> = vec![first[at..].trim()];
                    parts.extend(filled[1..].iter().map(|(_, c)| c.trim()));
                    parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
                }
                Layout::Words => first[at..].trim().to_string(),
            };
            let value_at = match self.layout {
                Layout::Cells(_) if first[at..].trim().is_empty() => filled.get(1).map_or(first_at + at, |(o, _)| *o),
                _ => first_at + at,
            };
            return self.header(line_no, line, key, value.trim_start_matches(['.', ':']).trim(), value_at);
        }
        let text = filled.iter().map(|(_, c)| c.trim()).collect::<Vec<_>>().join(" ");
        // Repeated page headers (the provider's name on every page) are not prestaties.
        if self.page_header.contains(&text) && self.current.lines.len() + self.notas.len() > 0 {
            self.current.open_line = false;
            return true;
        }
        if is_payment_text(&text) {
            self.current.open_line = false;
            return true;
        }
        // A line with an amount and no code: the amount of the prestatie above it, when that one
        // has none yet; else shown and counted, with an error at its place.
        if let Some((amount, amount_at, amount_end)) = self.find_amount(line, &cells) {
            let mut description = line[..amount_at].to_string();
            description.push(' ');
            description.push_str(&line[amount_end.min(line.len())..]);
            let description = clean(&description);
            if self.current.open_line
                && let Some(last) = self.current.lines.last_mut()
                && last.amount.is_none()
            {
                last.amount = Some(amount);
                if !description.is_empty() {
                    last.description.push(' ');
                    last.description.push_str(&description);
                }
                return true;
            }
            if description.chars().any(char::is_alphabetic) {
                self.error(place(line_no, line, 0), Problem::MissingCode);
                let date = self.find_date_words(line_no, line, &[]).map(|(d, at, _, _)| (d, at));
                let missing_at = Position::new(line_no, 1);
                self.push_line(RawLine {
                    line_no,
                    code: None,
                    description,
                    context: String::new(),
                    date,
                    amount: Some(amount),
                    missing_at,
                });
                self.current.open_line = false;
                return true;
            }
        }
        // A description wrapped onto the next line.
        if self.current.open_line
            && let Some(last) = self.current.lines.last_mut()
        {
            last.description.push(' ');
            last.description.push_str(&text);
            return true;
        }
        if self.current.lines.is_empty() && self.notas.is_empty() {
            self.page_header.push(text.clone());
            // The first free line of a nota names the provider.
            if self.current.provider.is_none() && self.current.invoice_number.is_none() && !text.contains(':') {
                self.current.provider = Some(excerpt(&text, 100));
                self.current.used = true;
            }
            return true;
        }
        // "Key: value" lines NotaWijzer does not use (an address, a phone number) are not errors.
        if text.contains(':') && !text.starts_with(':') {
            return true;
        }
        self.error(
            place(line_no, line, filled[0].0),
            Problem::NotUnderstood { text: excerpt(&text, MAX_EXCERPT_CHARS) },
        );
        true
    }

    /// The roles of a column-title line (at least two known titles, no code, no amount).
    /// In a text layout the roles are not used (words are placed by what they hold), only the
    /// fact that the line is a title line.
    fn titles(&self, cells: &[(usize, String)]) -> Option<Vec<Role>> {
        let parts: Vec<&str> = match self.layout {
            Layout::Cells(_) => cells.iter().map(|(_, c)| c.trim()).collect(),
            Layout::Words => words_of(&cells[0].1, false).into_iter().map(|(_, w)| w).collect(),
        };
        let mut known = 0;
        let mut roles = Vec::with_capacity(parts.len());
        for part in parts {
            let role = if part.is_empty() { Role::Other } else { title_role(part)? };
            known += usize::from(!part.is_empty());
            roles.push(role);
        }
        (known >= 2).then_some(roles)
    }

    fn header(&mut self, line_no: usize, line: &str, key: Key, value: &str, value_at: usize) -> bool {
        let pos = place(line_no, line, value_at);
        self.current.open_line = false;
        let date = |reader: &mut Reader| -> Option<(PartialDate, Position)> {
            match parse_date(value) {
                Ok(d) => Some((d, pos)),
                Err(problem) => {
                    reader.error(pos, Problem::BadDate { text: excerpt(value, MAX_EXCERPT_CHARS), problem });
                    None
                }
            }
        };
        match key {
            Key::InvoiceNumber => {
                if value.is_empty() {
                    return true;
                }
                // A second invoice number after prestaties (or after the first one) starts a new nota.
                if self.current.invoice_number.is_some() || !self.current.lines.is_empty() {
                    if self.notas.len() + 1 >= MAX_NOTAS {
                        self.error(pos, Problem::TooManyNotas { limit: MAX_NOTAS });
                        return false;
                    }
                    self.close_current();
                    self.current.first_line = line_no;
                }
                self.current.invoice_number = Some(excerpt(value, 60));
            }
            Key::InvoiceDate => self.current.invoice_date = date(self),
            Key::Provider => {
                if !value.is_empty() {
                    self.current.provider = Some(excerpt(value, 100));
                }
            }
            Key::Patient => {
                if !value.is_empty() {
                    self.current.patient = Some(excerpt(value, 100));
                }
            }
            Key::BirthDate => self.current.birth_date = date(self),
            Key::Trajectory => {
                if !value.is_empty() {
                    self.current.trajectory = Some(excerpt(value, 60));
                }
            }
            Key::Start => self.current.start = date(self),
            Key::Review => self.current.review = date(self),
            Key::Zorgvraagtype => {
                if !value.is_empty() {
                    self.current.zorgvraagtype = Some(Located::new(excerpt(value, 100), line_no));
                }
            }
            Key::Diagnosis => {
                if !value.is_empty() {
                    self.current.diagnosis = Some(excerpt(value, 100));
                }
            }
            Key::Privacy => self.current.diagnosis = None,
            Key::Profile => match Profile::from_text(value) {
                Some(p) => self.current.profile = Some(p),
                None => self.error(pos, Problem::NotUnderstood { text: excerpt(value, MAX_EXCERPT_CHARS) }),
            },
            Key::Total => {
                let text = value.trim();
                match read_money(text, matches!(self.layout, Layout::Cells(_))) {
                    Ok(amount) => self.current.total = Some(Located::new(amount, line_no)),
                    Err((problem, _)) => {
                        let problem = match problem {
                            AmountProblem::Missing => Problem::MissingAmount,
                            p => Problem::BadAmount { text: excerpt(text, MAX_EXCERPT_CHARS), problem: p },
                        };
                        self.error(pos, problem);
                    }
                }
            }
            Key::Subtotal | Key::Ignored => {}
        }
        self.current.used = true;
        true
    }

    fn prestatie(&mut self, line_no: usize, line: &str, cells: &[(usize, String)]) -> bool {
        if self.current.lines.len() >= MAX_ITEMS_PER_NOTA {
            self.error(Position::new(line_no, 1), Problem::TooManyItems { limit: MAX_ITEMS_PER_NOTA });
            return false;
        }
        let read = match self.layout {
            Layout::Cells(_) => self.prestatie_cells(line_no, line, cells),
            Layout::Words => self.prestatie_words(line_no, line),
        };
        match read {
            Some(raw) => {
                self.push_line(raw);
                self.current.open_line = true;
            }
            None => self.current.open_line = false,
        }
        true
    }

    fn push_line(&mut self, raw: RawLine) {
        self.settle_last();
        self.current.lines.push(raw);
        self.current.used = true;
    }

    /// The last line still without an amount is an error and is not counted.
    fn settle_last(&mut self) {
        if let Some(last) = self.current.lines.last()
            && last.amount.is_none()
        {
            let at = last.missing_at;
            self.current.lines.pop();
            self.error(at, Problem::MissingAmount);
        }
    }

    fn prestatie_cells(&mut self, line_no: usize, line: &str, cells: &[(usize, String)]) -> Option<RawLine> {
        let roles = self.roles.clone().filter(|r| r.len() == cells.len());
        let role_of = |i: usize, cell: &str| -> Role {
            let cell = cell.trim();
            match &roles {
                // a title line names the columns; a cell that is plainly a code is one anyway
                Some(r) if !(is_code(cell) && r[i] != Role::Code) => r[i],
                _ if is_code(cell) => Role::Code,
                _ if parse_date(cell).is_ok() && cell.bytes().any(|b| b.is_ascii_digit()) => Role::Date,
                _ if looks_like_money(cell) => Role::Amount,
                _ => Role::Description,
            }
        };
        let (mut code, mut date, mut amount, mut texts, mut context) = (None, None, None, Vec::new(), Vec::new());
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
                Role::Amount => amount = Some((value, pos)),
                Role::Practitioner | Role::Other => context.push(value),
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
        let amount = match read_money(amount_text, true) {
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
        if date.is_none() {
            self.error(Position::new(line_no, 1), Problem::MissingDate);
        }
        let missing_at = Position::new(line_no, 1);
        Some(RawLine { line_no, code, description, context: context.join(" "), date, amount: Some(amount), missing_at })
    }

    fn prestatie_words(&mut self, line_no: usize, line: &str) -> Option<RawLine> {
        let words: Vec<(usize, &str)> = words_of(line, false);
        let code_index = words.iter().position(|(_, w)| is_code(w.trim_end_matches([':', '.', ')', ','])));
        let code = code_index.map(|i| words[i].1.trim_end_matches([':', '.', ')', ',']).to_string());
        let found = self.find_amount(line, &[]);
        if found.is_none()
            && let Some((text, problem, at)) = self.amount_problem(line)
        {
            self.error(place(line_no, line, at), Problem::BadAmount { text, problem });
            return None;
        }
        let mut skip: Vec<(usize, usize)> = found.map(|(_, from, to)| (from, to)).into_iter().collect();
        if let Some(i) = code_index {
            skip.push((words[i].0, words[i].0 + words[i].1.len()));
        }
        let date = self.find_date_words(line_no, line, &skip);
        if let Some((_, _, from, to)) = date {
            skip.push((from, to));
        }
        let mut description = String::new();
        for (at, word) in &words {
            if skip.iter().any(|(from, to)| *at >= *from && *at < *to) {
                continue;
            }
            if !description.is_empty() {
                description.push(' ');
            }
            description.push_str(word);
        }
        if date.is_none() {
            self.error(Position::new(line_no, 1), Problem::MissingDate);
        }
        Some(RawLine {
            line_no,
            code,
            description: clean(&description),
            context: String::new(),
            date: date.map(|(d, at, _, _)| (d, at)),
            amount: found.map(|(amount, _, _)| amount),
            missing_at: Position::new(line_no, line.chars().count() + 1),
        })
    }

    /// The first date among the words outside parentheses and outside `skip`: one word
    /// (`12-03-2024`) or three (`12 maart 2024`) or two (`12 maart`). Returns the date, its place
    /// and its byte range.
    fn find_date_words(
        &self,
        line_no: usize,
        line: &str,
        skip: &[(usize, usize)],
    ) -> Option<(PartialDate, Position, usize, usize)> {
        let words: Vec<(usize, &str)> = words_of(line, false);
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

    /// The amount of a line read word by word: the last amount-like word (with a currency sign
    /// and a minus in front of it taken along). Returns the amount and its byte range.
    fn find_amount(&self, line: &str, cells: &[(usize, String)]) -> Option<(Decimal, usize, usize)> {
        if !cells.is_empty() && matches!(self.layout, Layout::Cells(_)) {
            let (at, cell) = cells.iter().rev().find(|(_, c)| looks_like_money(c.trim()))?;
            let amount = read_money(cell.trim(), true).ok()?;
            return Some((amount, *at, *at + cell.len()));
        }
        let words: Vec<(usize, &str)> = words_of(line, false);
        let i = words.iter().rposition(|(_, w)| looks_like_money(w) && money_digits(w))?;
        let mut start = i;
        while start > 0 {
            let w = words[start - 1].1;
            if currency_len(w).is_some_and(|len| len == w.len()) || matches!(w, "-" | "−" | "–") {
                start -= 1;
            } else {
                break;
            }
        }
        let from = words[start].0;
        let to = words[i].0 + words[i].1.len();
        let amount = read_money(&line[from..to], false).ok()?;
        Some((amount, from, to))
    }

    /// When a prestatie line has an amount-like word that does not read: the word, the problem and
    /// its byte offset.
    fn amount_problem(&self, line: &str) -> Option<(String, AmountProblem, usize)> {
        let words: Vec<(usize, &str)> = words_of(line, false);
        let (at, word) = words.iter().rev().find(|(_, w)| {
            w.bytes().any(|b| b.is_ascii_digit()) && (w.contains(',') || w.contains('.')) && !w.contains(['-', '/'])
        })?;
        let problem = read_money(word, false).err()?.0;
        Some((excerpt(word, MAX_EXCERPT_CHARS), problem, *at))
    }

    /// Closes the current nota (its last line settled first).
    fn close_current(&mut self) {
        self.settle_last();
        let raw = std::mem::take(&mut self.current);
        if raw.used {
            let (nota, errors) = resolve(raw);
            self.notas.push(nota);
            self.errors.extend(errors);
        }
    }

    fn finish(mut self) -> (Vec<Nota>, Vec<ReadError>) {
        self.close_current();
        super::error::sort_by_place(&mut self.errors);
        (self.notas, self.errors)
    }
}

/// Spaces folded, and the separators left at the ends of a description taken off.
fn clean(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | ';' | ',' | '/')).to_string()
}

/// A word or cell that looks like an amount: digits with a comma and cents (`135,89`, `1.234,56`,
/// `€135,89`, `-135,89`, `135,89-`, `1234.56` in a CSV, `135,-`), or a currency sign with digits.
fn looks_like_money(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let body = t.trim_start_matches(['-', '−', '–', ' ']);
    let (has_currency, body) = match currency_len(body) {
        Some(len) => (true, body[len..].trim_start_matches(['-', '−', '–', ' '])),
        None => (false, body),
    };
    let body = body.strip_suffix('-').filter(|b| !b.ends_with(',')).unwrap_or(body).trim_end();
    if !body.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',' || b == b'-') || body.is_empty() {
        return false;
    }
    if has_currency {
        return true;
    }
    match body.rfind([',', '.']) {
        Some(i) => {
            let after = &body[i + 1..];
            (after.len() == 2 && after.bytes().all(|b| b.is_ascii_digit()))
                || (after == "-" && body.as_bytes()[i] == b',')
        }
        None => false,
    }
}

/// True unless the word is a date-like run of digits and dashes (`12-03-2024`).
fn money_digits(word: &str) -> bool {
    word.matches('-').count() <= 1 || word.ends_with(",-")
}

/// Reads an amount as a ZPM nota writes it: what the pilot layout reads, plus a minus at the end
/// (`135,89-`) and, in a CSV cell, a dot for the cents (`1234.56`).
fn read_money(text: &str, cell: bool) -> Result<Decimal, (AmountProblem, usize)> {
    let t = text.trim();
    let (t, trailing_minus) = match t.strip_suffix('-') {
        Some(rest) if rest.ends_with(|c: char| c.is_ascii_digit()) => (rest.trim_end(), true),
        _ => (t, false),
    };
    let dotted;
    let t = if cell && !t.contains(',') && dot_cents(t) {
        dotted = t.replacen('.', ",", 1);
        dotted.as_str()
    } else {
        t
    };
    let amount = parse_amount(t)?;
    Ok(if trailing_minus { -amount } else { amount })
}

/// `1234.56` or `€ 1234.5`: a single dot followed by one or two digits at the end.
fn dot_cents(text: &str) -> bool {
    let digits_and_dots: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    digits_and_dots.matches('.').count() == 1
        && digits_and_dots.rsplit('.').next().is_some_and(|c| (1..=2).contains(&c.len()))
}

/// Gives every date its year and every line its kind, now the whole nota is read.
fn resolve(raw: RawNota) -> (Nota, Vec<ReadError>) {
    let mut errors = Vec::new();
    let mut complete = |d: &Option<(PartialDate, Position)>| -> Option<chrono::NaiveDate> {
        let (date, at) = d.as_ref()?;
        let found = date.complete();
        if found.is_none() {
            let text = date.day_month();
            errors.push(ReadError::new(*at, Problem::BadDate { text, problem: DateProblem::NoYear }));
        }
        found
    };
    let invoice_date = complete(&raw.invoice_date);
    let start_date = complete(&raw.start);
    let birth_date = complete(&raw.birth_date);
    let review = complete(&raw.review);
    let invoice_line = raw.invoice_date.as_ref().map(|(_, at)| at.line);
    let review_line = raw.review.as_ref().map(|(_, at)| at.line);
    let lines = raw
        .lines
        .into_iter()
        .filter(|l| l.amount.is_some())
        .map(|l| {
            let date = l.date.as_ref().and_then(|(d, at)| {
                let found = d
                    .complete()
                    .or_else(|| invoice_date.and_then(|until| on_or_before(*d, until)))
                    .or_else(|| start_date.and_then(|from| on_or_after(*d, from)));
                if found.is_none() {
                    let text = d.day_month();
                    errors.push(ReadError::new(*at, Problem::BadDate { text, problem: DateProblem::NoYear }));
                }
                found
            });
            let kind = classify(l.code.as_deref(), &l.description, &l.context);
            let amount = l.amount.unwrap_or_default();
            let credit = is_credit_marker(&l.description) && amount.is_sign_positive() && !amount.is_zero();
            let amount = if credit { -amount } else { amount };
            Line { line_no: l.line_no, description: l.description, code: l.code, kind, date, amount }
        })
        .collect();
    let nota = Nota {
        first_line: raw.first_line.max(1),
        patient: raw.patient,
        cluster: raw.zorgvraagtype,
        start_date,
        review_date: review.zip(review_line).map(|(d, l)| Located::new(d, l)),
        lines,
        stated_total: raw.total,
        zpm: true,
        provider: raw.provider,
        invoice_number: raw.invoice_number,
        invoice_date: invoice_date.zip(invoice_line).map(|(d, l)| Located::new(d, l)),
        trajectory_number: raw.trajectory,
        diagnosis: raw.diagnosis,
        profile: raw.profile,
        birth_date,
        ..Nota::default()
    };
    (nota, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_forms() {
        for (text, cell, value) in [
            ("€ 135,89", false, "135.89"),
            ("-135,89", false, "-135.89"),
            ("€ -135,89", false, "-135.89"),
            ("- € 135,89", false, "-135.89"),
            ("135,89-", false, "-135.89"),
            ("1234.56", true, "1234.56"),
            ("1.234,56", true, "1234.56"),
            ("EUR 1.234,56", false, "1234.56"),
        ] {
            assert_eq!(read_money(text, cell), Ok(dec(value)), "{text}");
        }
        assert!(read_money("1234.56", false).is_err(), "a dot for cents only in a CSV cell");
        assert!(looks_like_money("135,89-") && looks_like_money("€135,89") && looks_like_money("128,40"));
        assert!(!looks_like_money("12-03-2024") && !looks_like_money("CO0497") && !looks_like_money("45"));
    }

    #[test]
    fn csv_cells_keep_quoted_separators() {
        let c = cells("2024-03-19,CO0497,\"Behandeling, 45 minuten\",\"135,89\"", ',');
        let values: Vec<&str> = c.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2024-03-19", "CO0497", "Behandeling, 45 minuten", "135,89"]);
        assert_eq!(c[2].0, 18);
    }

    #[test]
    fn page_noise() {
        assert!(is_page_noise("Pagina 1 van 2") && is_page_noise("Page 2 of 3") && is_page_noise("- 2 -"));
        assert!(!is_page_noise("Pagina's met uitleg over uw behandeling en meer"));
    }
}
