//! The shell's state and its one reducer: every change goes through an [`Action`]. The shell reads
//! and checks nothing: it sends files and settings to the engine (`shell::engine`) and keeps the
//! view model it answers with; components only show it.

use std::rc::Rc;

use yew::Reducible;

use super::notice::{Notice, is_progress};
use super::shared::Shared;
use crate::engine::protocol::{Ask, Field, FileMeta, Open, PAGE, PaymentForm, Settings, ViewModel};
use crate::words::lang::Lang;

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

/// What to read: files, or a built-in example.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Files(Shared<Vec<Source>>),
    Example(crate::engine::protocol::Example),
    /// A partner page's `notawijzer:open` message (JSON text).
    Partner(String),
}

/// Where the engine stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EngineState {
    /// Not answered yet (being fetched, or not asked yet).
    #[default]
    Loading,
    Ready,
    /// It could not be loaded, or stopped: a message and a retry button.
    Failed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The patient's today, `YYYY-MM-DD`.
    pub today: String,
    /// The engine's latest view (`None` until it answered).
    pub view: Option<Shared<ViewModel>>,
    pub engine: EngineState,
    /// A load was asked and is not answered yet: kept until it is, so nothing is lost when the
    /// engine fails (the retry sends it again).
    pub pending: Option<Load>,
    pub busy: bool,
    /// Counts answered loads, so the app can tell new results from a re-render (focus).
    pub generation: u32,
    /// A message about getting a nota (a `?src=` that failed, a PDF), if any, and its words when
    /// the engine words it.
    pub notice: Option<Notice>,
    pub notice_text: Option<String>,
    /// Per nota, how many lines are shown.
    pub lines_shown: Vec<u32>,
    pub all_findings: bool,
    /// "Wat betaalt u?" as typed: in memory only (never in the URL, storage or to a partner).
    pub payment: PaymentForm,
    /// The text last recognised in a picture (its BSN masked), for the text box the patient
    /// corrects it in: in memory only, forgotten by "Begin opnieuw".
    pub recognised: Option<Rc<str>>,
}

impl State {
    pub fn new(lang: Lang, today: String) -> Self {
        Self {
            lang,
            today,
            view: None,
            engine: EngineState::Loading,
            pending: None,
            busy: false,
            generation: 0,
            notice: None,
            notice_text: None,
            lines_shown: Vec::new(),
            all_findings: false,
            payment: PaymentForm::default(),
            recognised: None,
        }
    }

    /// A view the engine worked out elsewhere (the server-side render tests).
    pub fn with_view(mut self, view: ViewModel) -> Self {
        self.view = Some(Shared::new(view));
        self.engine = EngineState::Ready;
        self
    }

    pub fn settings(&self) -> Settings {
        Settings {
            lang: self.lang,
            today: self.today.clone(),
            lines_shown: self.lines_shown.clone(),
            all_findings: self.all_findings,
            payment: self.payment.clone(),
        }
    }

    /// The question for a load, with the files' bytes to send beside it.
    pub fn ask_for(&self, load: &Load) -> (Ask, Vec<Rc<Vec<u8>>>) {
        match load {
            Load::Files(sources) => (
                Ask::Open(Open {
                    files: sources
                        .iter()
                        .map(|s| FileMeta { name: s.name.clone(), size: s.size, pdf_pages: s.pdf_pages })
                        .collect(),
                    settings: self.settings(),
                }),
                sources.iter().map(|s| s.bytes.clone()).collect(),
            ),
            Load::Example(example) => (Ask::Example(*example, self.settings()), Vec::new()),
            Load::Partner(json) => (Ask::Partner(json.clone(), self.settings()), Vec::new()),
        }
    }

    /// A nota is shown.
    pub fn has_notas(&self) -> bool {
        self.view.as_ref().is_some_and(|v| v.notas > 0)
    }
}

pub enum Action {
    /// Files are being opened (a PDF read, a portal asked).
    Busy,
    /// Read this (replacing what was there); the app sends it to the engine.
    Load(Load),
    /// The engine answered a load with this view (`true`: a partner's, whose language it takes).
    Loaded(Box<ViewModel>, bool),
    /// The engine answered with a view of what was already open (another language, more lines).
    Rendered(Box<ViewModel>),
    /// The engine could not be loaded, or stopped.
    EngineFailed,
    /// The engine refused a partner's message (nothing else changes).
    Refused,
    /// The engine is asked again (the retry button).
    Retry,
    SetLang(Lang),
    /// Show more lines of the nota with this index.
    MoreLines(usize),
    AllFindings,
    /// A payment field typed in, or the "no contract" box (un)ticked.
    Typed(Field, String),
    /// Say something about getting a nota.
    Notice(Notice),
    /// The engine's words for this notice.
    NoticeText(Notice, String),
    /// A picture's text was recognised.
    Recognised(Rc<str>),
    Clear,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Busy => next.busy = true,
            Action::Load(load) => {
                next.pending = Some(load);
                next.busy = true;
                next.notice = None;
                next.notice_text = None;
                next.lines_shown = Vec::new();
                next.all_findings = false;
                if next.engine == EngineState::Failed {
                    next.engine = EngineState::Loading;
                }
            }
            Action::Loaded(view, partner) => {
                // a partner's message may name the language
                if partner {
                    next.lang = view.lang;
                }
                next.view = Some(Shared::new(*view));
                next.engine = EngineState::Ready;
                next.pending = None;
                next.busy = false;
                next.notice = None;
                next.notice_text = None;
                next.generation = self.generation.wrapping_add(1);
            }
            Action::Rendered(view) => {
                // a view of nothing (the engine's first answer) never hides a load on its way
                next.view = Some(Shared::new(*view));
                next.engine = EngineState::Ready;
            }
            Action::Refused => {
                next.pending = None;
                next.busy = false;
            }
            Action::EngineFailed => {
                next.engine = EngineState::Failed;
                next.busy = false;
            }
            Action::Retry => {
                next.engine = EngineState::Loading;
                next.busy = next.pending.is_some();
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::MoreLines(index) => {
                if next.lines_shown.len() <= index {
                    next.lines_shown.resize(index + 1, PAGE);
                }
                next.lines_shown[index] += PAGE;
            }
            Action::AllFindings => next.all_findings = true,
            Action::Typed(field, value) => next.payment.set(field, value),
            Action::Notice(notice) => {
                let progress = is_progress(&notice);
                next.busy = progress;
                // the engine words the progress of reading: the last words stay until the next
                // arrive, so the message does not blink
                let still = progress && next.notice.as_ref().is_some_and(is_progress);
                if next.notice.as_ref() != Some(&notice) && !still {
                    next.notice_text = None;
                }
                next.notice = Some(notice);
            }
            Action::NoticeText(notice, text) => {
                // progress moves on while its words come: the latest words of a progress notice
                // show until the next arrive
                let current = next.notice.as_ref();
                if current == Some(&notice) || (is_progress(&notice) && current.is_some_and(is_progress)) {
                    next.notice_text = Some(text);
                }
            }
            Action::Recognised(text) => next.recognised = Some(text),
            Action::Clear => {
                // the app asks the engine to forget the files too (`Ask::Clear`)
                next.view = None;
                next.recognised = None;
                next.payment = PaymentForm::default();
                next.pending = None;
                next.busy = false;
                next.notice = None;
                next.notice_text = None;
            }
        }
        Rc::new(next)
    }
}
