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
use super::prestatie::{classify, fee_of, is_code, is_credit_marker};
use super::role::{LineRole, is_page_noise, is_plain_text};
use super::text::{lines, place};
use crate::model::{Line, Located, Nota, Profile};
use crate::util::fold::fold;

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

/// The header keys of a ZPM nota (`zpm-nota-format.md`, "Header fields"; the variants of
/// `real-nota-layouts.md`), any case, with or without a colon, Dutch and English. Within a group
/// longer keys come first: a key must be followed by a word boundary. The groups are tried in
/// order, so "BTW-nummer" is read past before "BTW" is taken for a VAT line and "Nota voor" is the
/// patient before anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    InvoiceNumber,
    InvoiceDate,
    /// A bare "Datum:" / "Date:" in the header: the invoice date, when no other is given.
    Date,
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
    /// The summary lines (`real-nota-layouts.md`): fields, never care.
    Total,
    /// A subtotal (per page, or before VAT).
    Subtotal,
    Vat,
    AlreadyPaid,
    Balance,
    /// Read and not kept: BSN, verzekerdennummer, AGB-codes, UZOVI, referral, practitioner,
    /// address, contact and payment details.
    Ignored,
}

impl Key {
    /// A summary line: its value is an amount.
    fn is_money(self) -> bool {
        matches!(self, Key::Total | Key::Subtotal | Key::Vat | Key::AlreadyPaid | Key::Balance)
    }
}

const KEYS: &[(&[&str], Key)] = &[
    (&["btw-nummer", "btw nummer", "btw nr", "btw-nr", "btw-id", "vat number", "vat no"], Key::Ignored),
    (
        &[
            "nota voor",
            "factuur voor",
            "invoice to",
            "bill to",
            "naam verzekerde",
            "naam client",
            "naam patient",
            "client name",
            "patient name",
            "client",
            "patient",
            "naam",
            "verzekerde",
        ],
        Key::Patient,
    ),
    (
        &[
            "factuurdatum",
            "factuur datum",
            "notadatum",
            "nota datum",
            "datum nota",
            "datum factuur",
            "invoice date",
            "date of invoice",
        ],
        Key::InvoiceDate,
    ),
    (
        &[
            "factuurnummer",
            "factuur nummer",
            "factuurnr",
            "factuur nr",
            "notanummer",
            "notanr",
            "nota nummer",
            "nota nr",
            "invoice number",
            "invoice no",
            "invoice nr",
        ],
        Key::InvoiceNumber,
    ),
    (
        &["namens uw zorgverlener", "namens uw zorgaanbieder", "zorgaanbieder", "praktijk", "instelling", "provider"],
        Key::Provider,
    ),
    (&["geboortedatum", "date of birth", "birth date"], Key::BirthDate),
    (
        &[
            "zorgtrajectnummer",
            "zorgtraject nummer",
            "trajectnummer",
            "zorgtraject",
            "traject",
            "treatment trajectory",
            "care trajectory",
        ],
        Key::Trajectory,
    ),
    (
        &[
            "startdatum zorgtraject",
            "start zorgtraject",
            "begindatum zorgtraject",
            "startdatum behandeling",
            "startdatum",
            "begindatum",
            "start date",
        ],
        Key::Start,
    ),
    (&["gekozen zorgvraagtype", "zorgvraagtypering", "zorgvraagtype", "zvt"], Key::Zorgvraagtype),
    // after "Date of birth", "Date of invoice"
    (&["datum", "date"], Key::Date),
    (&["hoofddiagnose", "dsm-hoofdgroep", "dsm hoofdgroep", "diagnose"], Key::Diagnosis),
    (&["privacyverklaring"], Key::Privacy),
    (&["gb-ggz profiel", "gb ggz profiel", "prestatieprofiel", "profiel"], Key::Profile),
    (&["reviewdatum", "review uiterlijk", "review", "hertypering", "herbeoordeling"], Key::Review),
    (&["subtotaal", "sub-totaal", "subtotal"], Key::Subtotal),
    (&["btw", "vat"], Key::Vat),
    (
        &[
            "reeds ontvangen",
            "reeds voldaan",
            "reeds betaald",
            "al betaald",
            "eerder betaald",
            "al voldaan",
            "ontvangen betaling",
            "already paid",
            "amount paid",
            "paid",
        ],
        Key::AlreadyPaid,
    ),
    (
        &[
            "totaal te betalen",
            "totaalbedrag",
            "totaal factuur",
            "totaal nota",
            "totaal",
            "invoice total",
            "total amount",
            "total",
        ],
        Key::Total,
    ),
    (
        &[
            "openstaand saldo",
            "openstaand bedrag",
            "openstaand",
            "nog te betalen",
            "te betalen",
            "te voldoen",
            "saldo",
            "balance due",
            "amount due",
            "balance",
        ],
        Key::Balance,
    ),
    (
        &[
            "bsn",
            "burgerservicenummer",
            "verzekerdennummer",
            "verzekerdenummer",
            "polisnummer",
            "uzovi",
            "agb-code",
            "agb code",
            "agb",
            "verwijstype",
            "verwijzer",
            "type verwijzing",
            "regiebehandelaar",
            "behandelaar",
            "uitvoerder",
            "adres",
            "postadres",
            "bezoekadres",
            "iban",
            "bic",
            "debiteurnummer",
            "debiteur",
            "klantnummer",
            "betalingskenmerk",
            "betaalkenmerk",
            "kenmerk",
            "telefoon",
            "tel",
            "e-mail",
            "email",
            "website",
            "kvk",
            "zorgverzekeraar",
            "verzekeraar",
            "vervaldatum",
            "due date",
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
    /// "Aantal": the count of an "Aantal | Tarief | Bedrag" line.
    Quantity,
    /// "Tarief" beside a "Bedrag" column: the unit price (alone, "Tarief" is the amount).
    Price,
    Practitioner,
    Other,
}

fn title_role(cell: &str) -> Option<Role> {
    Some(match fold(cell).trim_end_matches(':') {
        "datum" | "uitvoeringsdatum" | "behandeldatum" | "datum behandeling" | "date" | "session date" => Role::Date,
        "code" | "prestatiecode" | "prestatie code" | "declaratiecode" => Role::Code,
        "omschrijving"
        | "prestatie"
        | "prestatieomschrijving"
        | "prestatie omschrijving"
        | "behandeling"
        | "description"
        | "service" => Role::Description,
        "bedrag" | "declaratiebedrag" | "bedrag (eur)" | "bedrag (€)" | "amount" | "totaal" | "total" => Role::Amount,
        "tarief" | "prijs" | "stukprijs" | "eenheidsprijs" | "tarief (€)" | "rate" | "price" | "unit price" => {
            Role::Price
        }
        "aantal" | "qty" | "quantity" | "units" => Role::Quantity,
        "zorgverlener" | "behandelaar" | "uitgevoerd door" | "uitvoerder" | "practitioner" => Role::Practitioner,
        "agb" | "agb-code" | "koppelnummer" | "prestatiekoppelnummer" => Role::Other,
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
    quantity: Option<Decimal>,
    unit_price: Option<Decimal>,
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
    subtotal: Option<Located<Decimal>>,
    vat: Option<Decimal>,
    already_paid: Option<Located<Decimal>>,
    balance: Option<Located<Decimal>>,
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
    /// Labels read without a value ("Factuurnummer:" alone on its line), waiting for their values:
    /// text copied out of a PDF in run order gives a block of labels, then a block of values.
    labels: Vec<Key>,
    /// The role of every line read, in order.
    line_roles: Vec<LineRole>,
}

/// Reads every ZPM nota in a text. Never panics; every problem is a [`ReadError`] at its place.
pub fn read_zpm(text: &str) -> (Vec<Nota>, Vec<ReadError>) {
    let (notas, errors, _) = read_zpm_roles(text);
    (notas, errors)
}

/// [`read_zpm`], with the role of every line of the text (one per line read).
pub fn read_zpm_roles(text: &str) -> (Vec<Nota>, Vec<ReadError>, Vec<LineRole>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let all: Vec<&str> = lines(text).collect();
    let mut reader = Reader {
        layout: layout(&all),
        roles: None,
        current: RawNota::default(),
        notas: Vec::new(),
        errors: Vec::new(),
        page_header: Vec::new(),
        labels: Vec::new(),
        line_roles: Vec::with_capacity(all.len().min(MAX_LINES)),
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
            reader.line_roles.push(LineRole::Text);
            continue;
        }
        match reader.line(line_no, line) {
            Some(role) => reader.line_roles.push(role),
            None => break,
        }
    }
    let roles = std::mem::take(&mut reader.line_roles);
    let (notas, errors) = reader.finish();
    (notas, errors, roles)
}

/// Words that make a line with an amount look like care even without a code or a date.
fn care_words(folded: &str) -> bool {
    ["consult", "behandel", "sessie", "session", "gesprek", "diagnostiek", "intake", "therapie", "therapy"]
        .iter()
        .any(|w| folded.contains(w))
}

impl Reader {
    fn error(&mut self, at: Position, problem: Problem) {
        self.errors.push(ReadError::new(at, problem));
    }

    /// True while the last prestatie still waits for its amount (text copied out of a PDF in run
    /// order: code, description lines, amount, each on a line of its own).
    fn waiting(&self) -> bool {
        self.current.open_line && self.current.lines.last().is_some_and(|l| l.amount.is_none())
    }

    /// Reads one line and gives its role; `None` when reading must stop.
    fn line(&mut self, line_no: usize, line: &str) -> Option<LineRole> {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
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
        // (a bare number is a value while a label waits for one: "3311" after "UZOVI:")
        if is_page_noise(trimmed) && self.labels.is_empty() {
            return Some(LineRole::Text);
        }
        if !self.current.used {
            self.current.first_line = line_no;
        }
        // A column-title line: remember which column is which (again on every page).
        if let Some(roles) = self.titles(&cells) {
            self.roles = Some(roles);
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
        let amount = self.find_amount(line, &cells, &words);
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
        if let Some((key, at)) = keyed {
            // "Datum: 12-03-2024 Consult € 135,89" is care, not a header
            let care = amount.is_some() && !key.is_money() && key != Key::Ignored && (dated || names_care);
            if !care {
                let value: String = match self.layout {
                    Layout::Cells(_) => {
                        let mut parts: Vec<&str> = vec![first[at..].trim()];
                        parts.extend(filled[1..].iter().map(|(_, c)| c.trim()));
                        parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
                    }
                    Layout::Words => first[at..].trim().to_string(),
                };
                let value_at = match self.layout {
                    Layout::Cells(_) if first[at..].trim().is_empty() => {
                        filled.get(1).map_or(first_at + at, |(o, _)| *o)
                    }
                    _ => first_at + at,
                };
                let value = value.trim_start_matches(['.', ':']).trim();
                // "AGB-code verwijzer:" alone is a label too
                let label = value.ends_with(':') && !value.bytes().any(|b| b.is_ascii_digit());
                if value.is_empty() || label {
                    // a label alone: its value comes later (run order), or never
                    self.labels.push(key);
                    self.current.open_line = false;
                    return Some(if key.is_money() { LineRole::Summary } else { LineRole::Header });
                }
                return self.header(line_no, line, key, value, value_at);
            }
        }
        // A value from a block of values, for the oldest label still waiting.
        if !self.labels.is_empty() && !waiting && !has_code {
            let key = self.labels.remove(0);
            let at = filled[0].0 + (filled[0].1.len() - filled[0].1.trim_start().len());
            return self.header(line_no, line, key, &text, at);
        }
        if is_plain_text(&text) {
            self.current.open_line = false;
            return Some(LineRole::Text);
        }
        // A line with an amount and no code: the amount of the prestatie above it, when that one
        // has none yet; else a care line (it has a date, or names care, a missed appointment or
        // a fee) shown and counted; else plain text.
        if let Some((amount, amount_at, amount_end)) = amount {
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
                let found = self.find_date_words(line_no, line, &words, &[(amount_at, amount_end)]);
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
            return Some(LineRole::Text);
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
            if self.current.provider.is_none() && self.current.invoice_number.is_none() && !text.contains(':') {
                self.current.provider = Some(excerpt(&text, 100));
                self.current.used = true;
            }
        }
        Some(LineRole::Text)
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
        // "Tarief" is the unit price only beside an amount column ("Aantal | Tarief | Bedrag")
        if !roles.contains(&Role::Amount)
            && let Some(i) = roles.iter().rposition(|r| *r == Role::Price)
        {
            roles[i] = Role::Amount;
        }
        (known >= 2).then_some(roles)
    }

    fn header(&mut self, line_no: usize, line: &str, key: Key, value: &str, value_at: usize) -> Option<LineRole> {
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
        let some = |v: &str| (!v.is_empty()).then(|| excerpt(v, 100));
        match key {
            Key::InvoiceNumber => {
                if value.is_empty() {
                    return Some(LineRole::Header);
                }
                // A second invoice number after prestaties (or after the first one) starts a new nota.
                if self.current.invoice_number.is_some() || !self.current.lines.is_empty() {
                    if self.notas.len() + 1 >= MAX_NOTAS {
                        self.error(pos, Problem::TooManyNotas { limit: MAX_NOTAS });
                        return None;
                    }
                    self.close_current();
                    self.current.first_line = line_no;
                }
                self.current.invoice_number = Some(excerpt(value, 60));
            }
            Key::InvoiceDate => self.current.invoice_date = date(self),
            // a bare "Datum:" is the invoice date only in the header, and only as a date
            Key::Date => match parse_date(value) {
                Ok(d) if self.current.invoice_date.is_none() && self.current.lines.is_empty() => {
                    self.current.invoice_date = Some((d, pos));
                }
                _ => return Some(LineRole::Text),
            },
            Key::Provider => self.current.provider = some(value).or(self.current.provider.take()),
            Key::Patient => self.current.patient = some(value).or(self.current.patient.take()),
            Key::BirthDate => self.current.birth_date = date(self),
            Key::Trajectory => {
                // "Zorgtraject ZT 2025-044, gestart op 06-05-2025": the number, and its start
                let (number, start) = split_trajectory(value);
                if let Some((d, at)) = start
                    && self.current.start.is_none()
                {
                    self.current.start = Some((d, place(line_no, line, value_at + at)));
                }
                if !number.is_empty() {
                    self.current.trajectory = Some(excerpt(number, 60));
                }
            }
            Key::Start => self.current.start = date(self),
            Key::Review => self.current.review = date(self),
            Key::Zorgvraagtype => {
                if !value.is_empty() {
                    self.current.zorgvraagtype = Some(Located::new(excerpt(value, 100), line_no));
                }
            }
            Key::Diagnosis => self.current.diagnosis = some(value).or(self.current.diagnosis.take()),
            Key::Privacy => self.current.diagnosis = None,
            Key::Profile => match Profile::from_text(value) {
                Some(p) => self.current.profile = Some(p),
                None => self.error(pos, Problem::NotUnderstood { text: excerpt(value, MAX_EXCERPT_CHARS) }),
            },
            Key::Total | Key::Subtotal | Key::Vat | Key::AlreadyPaid | Key::Balance => {
                let text = value.trim();
                // "BTW vrijgesteld", "Te betalen binnen 14 dagen": no amount, so plain text
                if !text.bytes().any(|b| b.is_ascii_digit()) {
                    return Some(LineRole::Text);
                }
                let text = last_amount_text(text);
                let amount = match read_money(text, matches!(self.layout, Layout::Cells(_))) {
                    Ok(amount) => amount,
                    Err((problem, _)) => {
                        let problem = match problem {
                            AmountProblem::Missing => Problem::MissingAmount,
                            p => Problem::BadAmount { text: excerpt(text, MAX_EXCERPT_CHARS), problem: p },
                        };
                        self.error(pos, problem);
                        return Some(LineRole::Summary);
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
                return Some(LineRole::Summary);
            }
            Key::Ignored => {}
        }
        self.current.used = true;
        Some(LineRole::Header)
    }

    /// `amount`: the line's amount as [`Reader::find_amount`] found it (read once per line).
    fn prestatie(
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

    fn push_line(&mut self, raw: RawLine) {
        self.settle_last();
        self.current.lines.push(raw);
        self.current.used = true;
    }

    /// The last line, now that no more of it can follow: still without an amount it is an error
    /// and is not counted; its description gives up what was read out of it (a date written as
    /// "Datum: …", a time, the performer's AGB code); without a date it is counted with an error.
    fn settle_last(&mut self) {
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
        let (mut quantity, mut price) = (None, None);
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
        let missing_at = Position::new(line_no, 1);
        Some(RawLine {
            line_no,
            code,
            description,
            context: context.join(" "),
            date,
            amount: Some(amount),
            quantity: quantity.and_then(read_quantity),
            unit_price: price.and_then(|p| read_money(p, true).ok()),
            missing_at,
        })
    }

    fn prestatie_words(
        &mut self,
        line_no: usize,
        line: &str,
        found: Option<(Decimal, usize, usize)>,
        words: &[(usize, &str)],
    ) -> Option<RawLine> {
        let code_index = words.iter().position(|(_, w)| is_code(w.trim_end_matches([':', '.', ')', ','])));
        let code = code_index.map(|i| words[i].1.trim_end_matches([':', '.', ')', ',']).to_string());
        if found.is_none()
            && let Some((text, problem, at)) = amount_problem(words)
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
                match amount_in(line, &words[..words.iter().take_while(|(at, _)| *at < from).count()]) {
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
    fn find_date_words(
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

    /// The amount of a line read word by word: the last amount-like word (with a currency sign
    /// and a minus in front of it taken along). Returns the amount and its byte range.
    /// In a CSV, the last cell that holds an amount; else the words of the line ([`amount_in`]).
    fn find_amount(
        &self,
        line: &str,
        cells: &[(usize, String)],
        words: &[(usize, &str)],
    ) -> Option<(Decimal, usize, usize)> {
        if !cells.is_empty() && matches!(self.layout, Layout::Cells(_)) {
            let (at, cell) = cells.iter().rev().find(|(_, c)| looks_like_money(c.trim()))?;
            let amount = read_money(cell.trim(), true).ok()?;
            return Some((amount, *at, *at + cell.len()));
        }
        amount_in(line, words)
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

/// "ZT 2025-044, gestart op 06-05-2025": the trajectory number, and the start date written after
/// it with the byte offset of the date in `value`.
fn split_trajectory(value: &str) -> (&str, Option<(PartialDate, usize)>) {
    let folded = value.to_ascii_lowercase();
    for marker in ["gestart op", "gestart", "start op", "startdatum", "sinds", "vanaf", "started"] {
        if let Some(at) = folded.find(marker)
            && value.is_char_boundary(at)
            && value.is_char_boundary(at + marker.len())
        {
            let rest = &value[at + marker.len()..];
            let date_at = at + marker.len() + (rest.len() - rest.trim_start_matches([' ', ':']).len());
            let date = parse_date(rest.trim_matches(|c: char| c == ':' || c == ')' || c.is_whitespace())).ok();
            let number = value[..at].trim_end_matches(|c: char| c == ',' || c == '(' || c.is_whitespace());
            return (number, date.map(|d| (d, date_at)));
        }
    }
    (value, None)
}

/// The amount in a summary value: the last amount-like part ("€ 148,95", "(vrijgesteld) € 0,00").
fn last_amount_text(text: &str) -> &str {
    let words = words_of(text, false);
    let Some(i) = words.iter().rposition(|(_, w)| looks_like_money(w)) else { return text };
    &text[words[amount_start(&words, i)].0..words[i].0 + words[i].1.len()]
}

/// The amount among a line's words (`words_of(line, false)`): the last amount-like word, with a
/// currency sign and a minus in front of it taken along. Returns the amount and its byte range.
fn amount_in(line: &str, words: &[(usize, &str)]) -> Option<(Decimal, usize, usize)> {
    let i = words.iter().rposition(|(_, w)| looks_like_money(w) && money_digits(w))?;
    let from = words[amount_start(words, i)].0;
    let to = words[i].0 + words[i].1.len();
    let amount = read_money(&line[from..to], false).ok()?;
    Some((amount, from, to))
}

/// When a prestatie line has an amount-like word that does not read: the word, the problem and
/// its byte offset.
fn amount_problem(words: &[(usize, &str)]) -> Option<(String, AmountProblem, usize)> {
    let (at, word) = words.iter().rev().find(|(_, w)| {
        w.bytes().any(|b| b.is_ascii_digit()) && (w.contains(',') || w.contains('.')) && !w.contains(['-', '/'])
    })?;
    let problem = read_money(word, false).err()?.0;
    Some((excerpt(word, MAX_EXCERPT_CHARS), problem, *at))
}

/// Where the amount whose digits are word `i` starts: a currency sign and a minus written as words
/// of their own in front of it are taken along (`- € 135,89`).
fn amount_start(words: &[(usize, &str)], i: usize) -> usize {
    let mut start = i;
    while start > 0 {
        let w = words[start - 1].1;
        if currency_len(w).is_some_and(|len| len == w.len()) || matches!(w, "-" | "−" | "–") {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// A count: a whole number from 1 to 999, or a decimal one ("1,5").
fn read_quantity(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() || t.len() > 6 || !t.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return None;
    }
    let q = parse_amount(&t.replacen('.', ",", 1)).ok()?;
    (q > Decimal::ZERO && q < Decimal::from(1000)).then_some(q.normalize())
}

/// What a description gives up once read (`real-nota-layouts.md`): "Datum: 14-11-2023" (the date,
/// returned), "Tijd: 10:00", "Uitvoerder: 12345678" (the performer's AGB code) are taken out, so
/// the description shown is the prestatie's name alone.
fn description_parts(description: &str) -> (String, Option<PartialDate>) {
    let words: Vec<&str> = description.split_whitespace().collect();
    // a label word, with its colon where `colon` asks for one
    let label = |w: &str, names: &[&str], colon: bool| {
        (!colon || w.ends_with(':')) && names.contains(&fold(w.trim_end_matches([':', '.'])).as_str())
    };
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut date = None;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if label(w, &["datum", "date"], true) {
            i += 1;
            for n in [3usize, 1] {
                if i + n <= words.len()
                    && let Ok(d) = parse_date(words[i..i + n].join(" ").trim_end_matches(['.', ',']))
                {
                    date = date.or(Some(d));
                    i += n;
                    break;
                }
            }
            continue;
        }
        if label(w, &["tijd", "time"], true) {
            i += 1;
            if words.get(i).is_some_and(|t| t.len() <= 6 && t.bytes().any(|b| b.is_ascii_digit())) {
                i += 1;
            }
            if words.get(i).is_some_and(|t| fold(t.trim_end_matches('.')) == "uur") {
                i += 1;
            }
            continue;
        }
        if label(w, &["uitvoerder", "performer", "agb", "agb-code"], false) {
            i += 1;
            if words.get(i).is_some_and(|t| t.trim_end_matches(['.', ',']).bytes().all(|b| b.is_ascii_digit())) {
                i += 1;
            }
            if let Some(last) = kept.last_mut() {
                *last = last.trim_end_matches(['.', ',']);
            }
            continue;
        }
        kept.push(w);
        i += 1;
    }
    if kept.len() == words.len() {
        return (description.to_string(), None);
    }
    (clean(&kept.join(" ")), date)
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
            let (quantity, unit_price) = (l.quantity, l.unit_price);
            Line {
                line_no: l.line_no,
                description: l.description,
                code: l.code,
                kind,
                date,
                amount,
                quantity,
                unit_price,
            }
        })
        .collect();
    // The stated total: before VAT where a VAT amount is given with a subtotal; "Te betalen" alone
    // (nothing paid yet) is the total too.
    let total = match (raw.total, raw.subtotal, raw.vat) {
        (_, Some(sub), Some(vat)) if !vat.is_zero() => Some(sub),
        (Some(total), ..) => Some(total),
        _ if raw.already_paid.is_none() => raw.balance.clone(),
        _ => None,
    };
    let nota = Nota {
        first_line: raw.first_line.max(1),
        patient: raw.patient,
        cluster: raw.zorgvraagtype,
        start_date,
        review_date: review.zip(review_line).map(|(d, l)| Located::new(d, l)),
        lines,
        stated_total: total,
        already_paid: raw.already_paid,
        balance_due: raw.balance,
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
}
