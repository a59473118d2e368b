//! The engine: what the web worker (`src/bin/notawijzer-engine.rs`) does with each message of the
//! shell (`crate::engine::protocol`). It reads the files, checks them, keeps them for the next request
//! (a language switch, more lines) and answers with the view model (`crate::engine::view`). Plain Rust:
//! tested natively, and the shell's render tests and its in-page test engine call it directly.

use chrono::NaiveDate;

use crate::engine::protocol::{Answer, Ask, Example, FileMeta, Reply, Request, Settings, VERSION};
use crate::engine::view::{self, FileText};
use crate::rules::analysis::{Input, Report, analyse};
use crate::tariffs::table::Index;

/// The files of the last `Open` or `Example`, and what was read from them; and the last pictures
/// read (their text, and where each line came from), for when their text is opened.
#[derive(Default)]
pub struct Engine {
    files: Vec<FileText>,
    report: Option<Report>,
    pictures: Vec<(String, std::rc::Rc<crate::read::picture::Picture>)>,
    /// The settings of the last request that had them (what the tables wanted depend on).
    settings: Settings,
    /// The host's tables (`tariffs/index.json`) once asked for (empty when there is none), the
    /// files asked for already (found or not: each once), and the insurer a portal passed on.
    index: Option<Index>,
    asked: Vec<String>,
    portal_insurer: Option<String>,
}

/// What the engine wants of the host's tables before its answer is complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// `tariffs/index.json`, to know what the host put there.
    Index,
    /// These files of `tariffs/`, each named in the index.
    Files(Vec<String>),
    Nothing,
}

/// Pictures kept: the last few a patient opened together.
const PICTURES_KEPT: usize = 8;

/// The built-in examples, as files.
pub fn example_files(example: Example) -> Vec<(FileMeta, Vec<u8>)> {
    let file = |name: &str, text: &str| {
        (FileMeta { name: name.to_string(), size: text.len(), pdf_pages: 0 }, text.as_bytes().to_vec())
    };
    match example {
        Example::Henk => vec![
            file("henk-2017-02-zorgcluster.txt", include_str!("../../tests/fixtures/henk-2017-02-zorgcluster.txt")),
            file("henk-2017-02-dbc.txt", include_str!("../../tests/fixtures/henk-2017-02-dbc.txt")),
        ],
        Example::Zpm => {
            vec![file(
                "zpm-2025-05-noorderlicht.txt",
                include_str!("../../tests/fixtures/zpm-2025-05-noorderlicht.txt"),
            )]
        }
    }
}

/// `YYYY-MM-DD`, else the clock (natively) or 1 January 2000.
fn today(settings: &Settings) -> NaiveDate {
    let mut parts = settings.today.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let parsed = match (parts.next().flatten(), parts.next().flatten(), parts.next().flatten()) {
        (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d),
        _ => None,
    };
    parsed.unwrap_or_else(clock_today)
}

#[cfg(not(target_arch = "wasm32"))]
fn clock_today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(target_arch = "wasm32")]
fn clock_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
}

impl Engine {
    /// Answers one request; `bytes` are the files' contents beside it (for `Open`).
    pub fn handle(&mut self, request: Request, bytes: Vec<Vec<u8>>) -> Reply {
        let answer = if request.version != VERSION {
            Answer::Failed(format!("the page speaks protocol {}, this engine {VERSION}", request.version))
        } else {
            match request.ask {
                Ask::Open(open) => {
                    self.portal_insurer = None;
                    self.open(open.files.into_iter().zip(bytes).collect(), &open.settings)
                }
                Ask::Example(example, settings) => {
                    self.portal_insurer = None;
                    self.open(example_files(example), &settings)
                }
                Ask::Partner(json, settings) => match crate::engine::embed::protocol::parse(&json) {
                    Ok(crate::engine::embed::protocol::Incoming::Open { nota, name, lang, insurer }) => {
                        let settings = Settings { lang: lang.unwrap_or(settings.lang), ..settings };
                        let meta = FileMeta { name, size: nota.len(), pdf_pages: 0 };
                        self.portal_insurer = insurer;
                        self.open(vec![(meta, nota.into_bytes())], &settings)
                    }
                    Err(why) => Answer::Refused(why.to_string()),
                },
                Ask::Render(settings) => {
                    self.settings = settings.clone();
                    Answer::View(Box::new(self.view(&settings)))
                }
                Ask::Clear(settings) => {
                    // what the host's folder holds stays known; the nota and what a portal said go
                    let (index, asked) = (self.index.take(), std::mem::take(&mut self.asked));
                    *self = Engine { index, asked, ..Engine::default() };
                    Answer::View(Box::new(self.view(&settings)))
                }
                Ask::Say(notice, lang) => Answer::Said(crate::engine::notices::text(&notice, lang)),
                Ask::Pdf(runs) => {
                    let pages = crate::read::pdf::pages_from_json(&runs).ok();
                    let n = pages.as_ref().map_or(0, Vec::len) as u32;
                    Answer::Pdf(pages.as_deref().and_then(crate::read::pdf::rebuild).map(|text| (text, n)))
                }
                Ask::Picture(json) => Answer::Picture(self.picture(&json)),
            }
        };
        Reply { version: VERSION, id: request.id, answer }
    }

    /// Answers an encoded request with its files' bytes; a message that is not one gets
    /// [`Answer::Failed`] (with its id when that can be read), never a panic.
    pub fn handle_bytes(&mut self, message: &[u8], bytes: Vec<Vec<u8>>) -> Vec<u8> {
        let reply = match crate::engine::protocol::decode::<Request>(message) {
            Ok(request) => self.handle(request, bytes),
            Err(e) => {
                let (version, id) = crate::engine::protocol::version_and_id(message).unwrap_or((VERSION, 0));
                let why = if version == VERSION {
                    e.to_string()
                } else {
                    format!("the page speaks protocol {version}, this engine {VERSION}")
                };
                Reply { version: VERSION, id, answer: Answer::Failed(why) }
            }
        };
        crate::engine::protocol::encode(&reply)
    }

    /// A picture's words laid out as text; the text is kept with where its lines came from.
    fn picture(&mut self, json: &str) -> Result<(String, String), crate::engine::protocol::PictureProblem> {
        let read =
            crate::read::picture::from_json(json).map_err(|_| crate::engine::protocol::PictureProblem::Unavailable)?;
        let (text, picture) = crate::read::picture::rebuild(&read)?;
        let masked: Vec<String> = text.lines().map(crate::read::privacy::mask).collect();
        self.pictures.retain(|(t, _)| *t != text);
        if self.pictures.len() >= PICTURES_KEPT {
            self.pictures.remove(0);
        }
        self.pictures.push((text.clone(), std::rc::Rc::new(picture)));
        Ok((text, masked.join("\n") + "\n"))
    }

    fn open(&mut self, files: Vec<(FileMeta, Vec<u8>)>, settings: &Settings) -> Answer {
        self.settings = settings.clone();
        let inputs: Vec<Input> =
            files.iter().map(|(meta, bytes)| Input { name: &meta.name, bytes, size: meta.size }).collect();
        let report = analyse(&inputs, today(settings));
        // the text is kept only where a view quotes it: around a problem, and a PDF's rebuilt text
        // (the readers decoded it already; a file read without a problem is not decoded again)
        self.files = files
            .iter()
            .map(|(meta, bytes)| {
                let picture =
                    self.pictures.iter().find(|(t, _)| t.as_bytes() == bytes.as_slice()).map(|(_, p)| p.clone());
                let quoted =
                    meta.pdf_pages > 0 || picture.is_some() || report.errors.iter().any(|e| e.file == meta.name);
                FileText {
                    name: meta.name.clone(),
                    text: quoted.then(|| crate::read::decode::decode(bytes).ok().map(|d| d.text)).flatten(),
                    pdf_pages: meta.pdf_pages,
                    picture,
                }
            })
            .collect();
        self.report = Some(report);
        Answer::View(Box::new(self.view(settings)))
    }

    /// The calendar years of lines with a prestatiecode whose NZa maximum no table here holds
    /// (neither built in nor loaded): the years a host's table (`dist/tariffs/nza-YYYY.json`) may
    /// answer. Sorted, each once.
    pub fn tariff_years_missing(&self) -> Vec<i32> {
        let Some(report) = &self.report else { return Vec::new() };
        // the analysis looked up every line's and row's maximum already (`max_tariff`)
        let lines = report.notas.iter().flat_map(|n| {
            n.nota.lines.iter().enumerate().map(|(i, l)| (l.code.as_deref(), l.date, n.context(i).max_tariff.is_some()))
        });
        let rows = report.overviews.iter().flat_map(|o| {
            o.overview
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| (r.code.as_deref(), r.date, o.max_tariffs.get(i).is_some_and(Option::is_some)))
        });
        let mut years: Vec<i32> = lines
            .chain(rows)
            .filter_map(|(code, date, known)| {
                (!known && crate::read::prestatie::is_code(code?)).then_some(chrono::Datelike::year(&date?))
            })
            .collect();
        crate::util::order::sort_by_key(&mut years, |y| *y as u32 as u64);
        years.dedup();
        years
    }

    /// What of the host's tables the last answer lacks: the index, before anything else, when a
    /// line's maximum is not known here (the worker asks for it when it starts, for the insurers
    /// whose lists "Wat betaalt u?" offers, and the answer never waits for that alone); then the NZa table of each year a line lacks its maximum for, and the chosen insurer's list
    /// of each year of the nota's care, each only when the index names it and only once.
    pub fn tables_wanted(&self) -> Wanted {
        let Some(report) = &self.report else { return Wanted::Nothing };
        let missing = self.tariff_years_missing();
        let zpm = report.primary().filter(|n| n.model == crate::model::Model::Zpm);
        let Some(index) = &self.index else {
            return if missing.is_empty() { Wanted::Nothing } else { Wanted::Index };
        };
        let mut files: Vec<String> = missing.iter().map(|y| format!("nza-{y}.json")).collect();
        let form = &self.settings.payment;
        let insurer = self.host().chosen(&form.insurer).ok().flatten();
        if let (Some(nota), Some(insurer), true) = (zpm, insurer, form.no_contract) {
            for line in &nota.nota.lines {
                let year = crate::rules::payment::care_year(&nota.nota, line);
                if let Some(file) = year.and_then(|y| index.payout_file(&insurer, y)) {
                    files.push(file.to_string());
                }
            }
        }
        files.retain(|f| index.has(f) && !self.asked.contains(f));
        files.dedup();
        if files.is_empty() { Wanted::Nothing } else { Wanted::Files(files) }
    }

    /// The host's index as fetched (`None`: there is none, or it does not read); the first one
    /// counts. Returns whether the view changes (the site offers an insurer's list).
    pub fn index_fetched(&mut self, json: Option<&str>) -> bool {
        if self.index.is_some() {
            return false;
        }
        let index = json.and_then(Index::parse).unwrap_or_else(Index::empty);
        let offered = !index.insurers().is_empty();
        self.index = Some(index);
        offered
    }

    /// A table file as fetched (`None`: it did not come). Returns whether it was loaded: the
    /// answer then changes. A file is used only under its own name (`nza-2026.json` holds 2026).
    pub fn table_fetched(&mut self, file: &str, json: Option<&str>) -> bool {
        self.asked.push(file.to_string());
        let table = json.and_then(|j| crate::tariffs::table::parse(j).ok()).filter(|t| t.file_name() == file);
        table.is_some_and(|t| crate::tariffs::table::load(t).is_ok())
    }

    /// What the site and a portal add to a view: the insurers the host's index offers lists of, and
    /// the insurer a portal passed on.
    fn host(&self) -> view::Host {
        view::Host {
            insurers: self.index.as_ref().map(Index::insurers).unwrap_or_default(),
            portal_insurer: self.portal_insurer.clone(),
        }
    }

    /// The view of what is open, or of nothing.
    pub fn view(&self, settings: &Settings) -> crate::engine::protocol::ViewModel {
        crate::engine::markup::view_model(
            &self.parts(settings),
            settings.lang,
            self.report.as_ref().map(crate::engine::embed::protocol::summary).unwrap_or_default(),
        )
    }

    /// What the views show, worked out (before it is laid out).
    pub fn parts(&self, settings: &Settings) -> view::Parts {
        match &self.report {
            Some(report) => view::build(report, &self.files, settings, &self.host()),
            None => view::empty(settings.lang),
        }
    }
}
