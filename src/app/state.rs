//! The app's state and its one reducer: every change goes through an [`Action`]. Reading and
//! checking happen here, through the core's `analyse`; components only show the result.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::Reducible;

use super::notice::Notice;
use super::shared::Shared;
use crate::analysis::{Input, ReadFile, Report, analyse, read_all};
use crate::lang::Lang;

/// A file or pasted text, as the user gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub bytes: Rc<Vec<u8>>,
    /// The full size; larger than `bytes` when only the first part of a too large file was read.
    pub size: usize,
    /// For a PDF: its number of pages, and `bytes` is the text NotaWijzer rebuilt from it.
    pub pdf_pages: u32,
}

impl Source {
    pub fn text(name: &str, text: &str) -> Self {
        Source { name: name.to_string(), bytes: Rc::new(text.as_bytes().to_vec()), size: text.len(), pdf_pages: 0 }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub today: NaiveDate,
    pub sources: Shared<Vec<Source>>,
    pub report: Option<Shared<Report>>,
    pub busy: bool,
    /// Counts loads, so a component can tell "new results" from a re-render (focus, paging).
    pub generation: u32,
    /// A message about getting a nota (a `?src=` that failed), if any.
    pub notice: Option<Notice>,
    /// The ZPM comparison from the deferred module (`None` when the report needs none).
    pub deferred: Option<Deferred>,
    /// Every check explained (Dutch, English), from the deferred module once a finding is shown.
    pub abouts: Option<Shared<(String, String)>>,
}

/// Where the deferred module's comparison stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Deferred {
    /// Asked; the worker is loading or working.
    Waiting,
    Ready(Shared<crate::deferred::Answer>),
    /// The worker found nothing to compare.
    Nothing,
    /// The worker could not be loaded or failed.
    Failed,
}

impl State {
    pub fn new(lang: Lang, today: NaiveDate) -> Self {
        Self {
            lang,
            today,
            sources: Shared::new(Vec::new()),
            report: None,
            busy: false,
            generation: 0,
            notice: None,
            deferred: None,
            abouts: None,
        }
    }
}

pub enum Action {
    /// Files are being read.
    Busy,
    /// Read and check these sources (replacing what was there).
    Load(Vec<Source>),
    /// These sources, already read and checked (see `analyse_in_steps`).
    Loaded(Vec<Source>, Box<Report>),
    SetLang(Lang),
    /// Say something about getting a nota.
    Notice(Notice),
    /// Every check explained (Dutch, English).
    Abouts(String, String),
    /// The deferred module's answer for the load with this generation.
    /// (`Err`: the worker could not be started or failed; `Ok(None)`: nothing to compare.)
    Deferred(u32, Box<Result<Option<crate::deferred::Answer>, ()>>),
    Clear,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Busy => next.busy = true,
            Action::Load(sources) => {
                let report = analyse_sources(&sources, self.today);
                return self.reduce(Action::Loaded(sources, Box::new(report)));
            }
            Action::Loaded(sources, report) => {
                next.deferred = crate::deferred::wanted(&report).then_some(Deferred::Waiting);
                next.report = Some(Shared::new(*report));
                next.sources = Shared::new(sources);
                next.busy = false;
                next.notice = None;
                next.generation = self.generation.wrapping_add(1);
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Abouts(nl, en) => next.abouts = Some(Shared::new((nl, en))),
            Action::Deferred(generation, outcome) => {
                if generation != self.generation || self.deferred.is_none() {
                    return self;
                }
                next.deferred = Some(match *outcome {
                    Ok(Some(answer)) => Deferred::Ready(Shared::new(answer)),
                    Ok(None) => Deferred::Nothing,
                    Err(()) => Deferred::Failed,
                });
            }
            Action::Notice(notice) => {
                next.busy = matches!(notice, Notice::SrcLoading | Notice::PdfReading { .. });
                next.notice = Some(notice);
            }
            Action::Clear => {
                next.report = None;
                next.deferred = None;
                next.sources = Shared::new(Vec::new());
                next.busy = false;
                next.notice = None;
            }
        }
        Rc::new(next)
    }
}

fn inputs(sources: &[Source]) -> Vec<Input<'_>> {
    sources.iter().map(|s| Input { name: &s.name, bytes: &s.bytes, size: s.size }).collect()
}

/// Reads and checks the sources (the core's `analyse`).
pub fn analyse_sources(sources: &[Source], today: NaiveDate) -> Report {
    analyse(&inputs(sources), today)
}

/// The first of the two steps of [`analyse_sources`]: reading.
pub fn read_sources(sources: &[Source]) -> Vec<ReadFile> {
    read_all(&inputs(sources))
}

/// The built-in example of a nota of today: a zorgprestatiemodel nota of May 2025 (a consult, a
/// surcharge, a group consult, care outside the basic package and a credit line; `tests/fixtures`).
pub fn example_zpm() -> Vec<Source> {
    vec![Source::text(
        "zpm-2025-05-noorderlicht.txt",
        include_str!("../../tests/fixtures/zpm-2025-05-noorderlicht.txt"),
    )]
}

/// The built-in example: the NZa's "Meneer Henk", his February statement under the
/// zorgclustermodel and the same trajectory under DBC (samples in `tests/fixtures`).
pub fn example() -> Vec<Source> {
    vec![
        Source::text("henk-2017-02-zorgcluster.txt", include_str!("../../tests/fixtures/henk-2017-02-zorgcluster.txt")),
        Source::text("henk-2017-02-dbc.txt", include_str!("../../tests/fixtures/henk-2017-02-dbc.txt")),
    ]
}
