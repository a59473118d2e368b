//! The messages between the shell (the page, `shell/`) and the engine (the web worker,
//! `src/bin/notawijzer-engine.rs`, over `crate::engine::worker`). Both programs compile this module; on
//! the way each message is serde's compact binary form (postcard: its decoder costs the page a
//! fraction of a JSON one), starting with [`VERSION`] and the request's id. A file's bytes travel
//! beside the message as their own buffers (in the order of [`Open::files`]), never inside it.
//!
//! The shell asks ([`Request`]) and renders what the engine answers ([`Answer`]) as it is: a
//! [`ViewModel`] holds every sentence about a nota, already in the asked language. The shell's
//! own words (headings, buttons) stay in the shell (`crate::words::labels`).

use serde::{Deserialize, Serialize};

pub use crate::read::picture::PictureProblem;
use crate::words::lang::Lang;

/// Raised when a message changes shape; an engine answers a request of another version with
/// [`Answer::Failed`], so a page and a worker from different builds never misread each other.
pub const VERSION: u32 = 3;

/// Lines of a nota shown at first, and added by each "show more": 100 explained lines are built
/// in well under 50 ms on a slow phone (200 took about 50 ms on the test machine).
pub const PAGE: u32 = 100;

/// Findings shown at first per nota: a statement with thousands of them stays readable and fast.
pub const FINDINGS_SHOWN: usize = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub version: u32,
    /// Counts the shell's requests; the answer carries it, so an answer to an older request is
    /// dropped.
    pub id: u32,
    pub ask: Ask,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Ask {
    /// Read and check these files (replacing what was open) and answer with the view.
    Open(Open),
    /// One of the built-in examples.
    Example(Example, Settings),
    /// A partner page's `notawijzer:open` message, as JSON text (`embed::protocol::parse` checks
    /// it): read its nota, in its language if it names one.
    Partner(String, Settings),
    /// The view of what is open again, with other settings (the language, more lines): the
    /// engine keeps the files it read.
    Render(Settings),
    /// Forget the files (the patient closed the nota); answers with the view of nothing.
    Clear(Settings),
    /// A message about getting a nota (a portal that did not answer, a PDF that cannot be read),
    /// in words: the engine holds them (`crate::engine::notices`).
    Say(Notice, Lang),
    /// The lines rebuilt from a PDF's text runs (the JSON of assets/pdf-text.js).
    Pdf(String),
    /// The lines rebuilt from the words recognised in a photo or a scan (the JSON of
    /// assets/picture-text.js). The engine keeps where each line came from, for the file of
    /// that text when it is opened.
    Picture(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Open {
    /// The files as the patient gave them (their bytes beside the message, in this order).
    pub files: Vec<FileMeta>,
    pub settings: Settings,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileMeta {
    pub name: String,
    /// The full size; larger than the bytes sent when only the first part of a too large file was
    /// read.
    pub size: usize,
    /// For a PDF: its number of pages, and the bytes are the text rebuilt from it.
    pub pdf_pages: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Example {
    /// The NZa's "Meneer Henk" (2017 pilot) with his DBC statement.
    Henk,
    /// A zorgprestatiemodel nota of May 2025.
    Zpm,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Lang,
    /// The patient's today, `YYYY-MM-DD` (the engine uses the clock when it is not a date).
    pub today: String,
    /// Per nota, how many of its lines to show (at least [`PAGE`]).
    #[serde(default)]
    pub lines_shown: Vec<u32>,
    /// Every finding, not only the first [`FINDINGS_SHOWN`] per nota.
    #[serde(default)]
    pub all_findings: bool,
    /// What the patient typed into "Wat betaalt u?" (kept in the page's memory only).
    #[serde(default)]
    pub payment: PaymentForm,
}

/// The payment inputs as typed: the engine reads them (`payment::parse_percent`, `parse_used`) and
/// says at the field what does not read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentForm {
    /// The provider has no contract with the patient's insurer.
    pub no_contract: bool,
    /// The policy's percentage for care without a contract.
    pub percent: String,
    /// Per calendar year, the eigen risico already used.
    pub used: Vec<(i32, String)>,
    /// The patient's insurer, for its payout list (`crate::tariffs::table::payout`).
    #[serde(default)]
    pub insurer: String,
}

/// A field of the payment form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    /// The "no contract" box: ticked is "1".
    NoContract,
    Percent,
    Used(i32),
    Insurer,
}

impl PaymentForm {
    /// What is typed in a field.
    pub fn value(&self, field: Field) -> &str {
        match field {
            Field::NoContract => {
                if self.no_contract {
                    "1"
                } else {
                    ""
                }
            }
            Field::Percent => &self.percent,
            Field::Insurer => &self.insurer,
            Field::Used(year) => self.used.iter().find(|(y, _)| *y == year).map_or("", |(_, v)| v),
        }
    }

    /// The same form with this field typed.
    pub fn set(&mut self, field: Field, value: String) {
        match field {
            Field::NoContract => self.no_contract = !value.is_empty(),
            Field::Percent => self.percent = value,
            Field::Insurer => self.insurer = value,
            Field::Used(year) => {
                self.used.retain(|(y, _)| *y != year);
                self.used.push((year, value));
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub version: u32,
    /// The request this answers.
    pub id: u32,
    pub answer: Answer,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    View(Box<ViewModel>),
    /// The text rebuilt from a PDF and its number of pages; `None` when it holds no text (a scan).
    Pdf(Option<(String, u32)>),
    /// The text rebuilt from a picture and the same text with every BSN masked (for the text box
    /// the patient corrects it in), or why no text could be read.
    Picture(Result<(String, String), PictureProblem>),
    /// A notice in words.
    Said(String),
    /// A partner's message was not a `notawijzer:open` NotaWijzer reads, and why.
    Refused(String),
    /// The request could not be answered (another version, a message that is not one).
    Failed(String),
}

/// A message about getting a nota that is not about its content, for the open panel. The shell
/// says the short ones itself (`shell::notice`); the engine words the rest (`crate::engine::notices`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// `?src=` names an origin that is not a partner of this NotaWijzer.
    SrcRefused { origin: String },
    /// No answer (offline, blocked, or the server does not allow NotaWijzer to read it).
    SrcNetwork,
    /// 401 or 403: not (or no longer) logged in.
    SrcUnauthorized,
    /// 404 or 410.
    SrcNotFound,
    /// The server says the nota is larger than NotaWijzer reads.
    SrcTooLarge,
    /// Any other HTTP error.
    SrcHttp(u16),
    /// Loading the nota from the portal.
    SrcLoading,
    /// Reading a PDF: page `page` of `pages` (0 of 0 while its reader loads).
    PdfReading { page: u32, pages: u32 },
    /// A PDF NotaWijzer cannot read, and why.
    PdfFailed { name: String, problem: PdfProblem },
    /// The PDF reader itself could not be loaded.
    PdfUnavailable,
    /// Reading a picture: `step` 0 preparing it, 1 loading the recogniser, 2 recognising the
    /// text, `done` percent of that step; `page` of `pages` for a scanned PDF.
    PictureReading { step: u8, done: u8, page: u32, pages: u32 },
    /// A picture NotaWijzer cannot read, and why.
    PictureFailed { name: String, problem: PictureProblem },
    /// The words of this language could not be fetched: the page stays in the language it had.
    LanguageFailed(Lang),
}

/// Why a PDF cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PdfProblem {
    /// No text, only pictures: a scan or a photo.
    Scan,
    Password,
    Damaged,
    TooLarge,
}

/// Everything the views show about the open notas, laid out by the engine (`crate::engine::markup`) as
/// a tree of [`Node`]s the shell renders as it is (`shell::components::nodes`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewModel {
    pub lang: Lang,
    /// Files were read (with or without a nota in them).
    pub read: bool,
    /// How many notas were read.
    pub notas: usize,
    /// The first nota is a zorgprestatiemodel nota (the views name a zorgvraagtype).
    pub zpm: bool,
    /// The overview after the open panel: what could not be read, at a glance, the PDF's text,
    /// what looks wrong.
    pub overview: Vec<Node>,
    /// Every line explained (empty: no nota).
    pub lines: Vec<Node>,
    pub cluster: Vec<Node>,
    pub comparison: Vec<Node>,
    /// `notawijzer:summary` for a partner that sent the nota (JSON text: no names, no lines).
    pub partner_summary: String,
}

/// A piece of a view: text, or an element of a kind the shell knows with attributes it knows.
/// Never HTML: text is always a text node, whatever it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Node {
    Text(String),
    El(Tag, Vec<(Attr, String)>, Vec<Node>),
    /// A button the shell wires to what it does.
    Button(Action, String),
    /// The ready text to copy, with its label, hint and copy button (the shell's, with its state).
    Letter(String),
    /// A field of the payment form (a text field, or the "no contract" box), with its id and the
    /// ids of what describes it, and whether what was typed does not read. Its label, hint and
    /// message are nodes around it. Its value is the shell's (what the patient typed), never an
    /// answer that arrives later.
    Input(Field, String, String, bool),
    /// The strip of the picture a line was read from: page (from 0), its box in the prepared
    /// page's pixels, and the text that describes it. The shell draws it from the picture it keeps.
    Strip(u16, [u32; 4], String),
}

/// What a button in a view does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Show more lines of the nota with this index.
    MoreLines(u32),
    /// Show every finding.
    AllFindings,
}

/// The elements a view may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tag {
    Section,
    Article,
    Div,
    P,
    H2,
    H3,
    H4,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Span,
    Strong,
    Mark,
    Code,
    A,
    Details,
    Summary,
    Figure,
    Figcaption,
    Table,
    Caption,
    Thead,
    Tbody,
    Tr,
    Th,
    Td,
    Pre,
    Svg,
    Rect,
    Title,
    Label,
}

impl Tag {
    pub fn name(self) -> &'static str {
        use Tag::*;
        match self {
            Section => "section",
            Article => "article",
            Div => "div",
            P => "p",
            H2 => "h2",
            H3 => "h3",
            H4 => "h4",
            Ul => "ul",
            Ol => "ol",
            Li => "li",
            Dl => "dl",
            Dt => "dt",
            Dd => "dd",
            Span => "span",
            Strong => "strong",
            Mark => "mark",
            Code => "code",
            A => "a",
            Details => "details",
            Summary => "summary",
            Figure => "figure",
            Figcaption => "figcaption",
            Table => "table",
            Caption => "caption",
            Thead => "thead",
            Tbody => "tbody",
            Tr => "tr",
            Th => "th",
            Td => "td",
            Pre => "pre",
            Svg => "svg",
            Rect => "rect",
            Title => "title",
            Label => "label",
        }
    }
}

/// The attributes a view may set. A link's address must stay in NotaWijzer (`#…` or `pages/…`):
/// the shell drops any other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Attr {
    Class,
    Id,
    TestId,
    DataCode,
    DataLine,
    Href,
    Target,
    Rel,
    Role,
    AriaLabel,
    AriaLabelledby,
    AriaCurrent,
    AriaHidden,
    Tabindex,
    Value,
    Scope,
    ViewBox,
    PreserveAspectRatio,
    X,
    Y,
    Width,
    Height,
    For,
    Hidden,
    /// The language of a part in another language than the page (the nota's own Dutch text).
    Lang,
    Dir,
}

impl Attr {
    pub fn name(self) -> &'static str {
        use Attr::*;
        match self {
            Class => "class",
            Id => "id",
            TestId => "data-testid",
            DataCode => "data-code",
            DataLine => "data-line",
            Href => "href",
            Target => "target",
            Rel => "rel",
            Role => "role",
            AriaLabel => "aria-label",
            AriaLabelledby => "aria-labelledby",
            AriaCurrent => "aria-current",
            AriaHidden => "aria-hidden",
            Tabindex => "tabindex",
            Value => "value",
            Scope => "scope",
            ViewBox => "viewBox",
            PreserveAspectRatio => "preserveAspectRatio",
            X => "x",
            Y => "y",
            Width => "width",
            Height => "height",
            For => "for",
            Hidden => "hidden",
            Lang => "lang",
            Dir => "dir",
        }
    }
}

impl Node {
    /// The text a reader gets, the elements' texts joined (tests, and what a screen reader reads).
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        match self {
            Node::Text(t) | Node::Button(_, t) | Node::Letter(t) => out.push_str(t),
            Node::Input(..) | Node::Strip(..) => {}
            Node::El(_, _, kids) => kids.iter().for_each(|k| k.push_text(out)),
        }
    }

    /// Every element (this one and those inside) with this attribute value.
    pub fn find<'a>(&'a self, attr: Attr, value: &str, found: &mut Vec<&'a Node>) {
        if let Node::El(_, attrs, kids) = self {
            if attrs.iter().any(|(a, v)| *a == attr && v == value) {
                found.push(self);
            }
            kids.iter().for_each(|k| k.find(attr, value, found));
        }
    }
}

/// The text of several nodes.
pub fn text_of(nodes: &[Node]) -> String {
    nodes.iter().map(Node::text).collect::<Vec<_>>().join(" ")
}

impl Request {
    pub fn new(id: u32, ask: Ask) -> Self {
        Request { version: VERSION, id, ask }
    }
}

/// A message as bytes (postcard cannot fail on these types: no map keys, no unknown lengths).
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    postcard::to_allocvec(message).unwrap_or_default()
}

/// A message from bytes (the error names what went wrong: `to_string` it where that is said; the
/// page does not, so it carries none of the error texts).
pub fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// The version and id at the start of a request or reply, read even when the rest is of another
/// version.
pub fn version_and_id(bytes: &[u8]) -> Option<(u32, u32)> {
    postcard::take_from_bytes::<(u32, u32)>(bytes).ok().map(|(v, _)| v)
}
