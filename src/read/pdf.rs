//! Lines of text rebuilt from a PDF's positioned text runs: what a patient's PDF nota said, as the
//! text a text file would hold, so the same readers, checks and explanations apply.
//!
//! A PDF has no lines, only runs of text placed at positions (pdf.js `getTextContent`: a string, a
//! transform, a width; `mozilla/pdf.js` #9732). The browser extracts them (`assets/pdf-text.js`)
//! and the deferred module rebuilds the lines here:
//!
//! 1. every run is put in the page's view space (top left, y down), turned as the page's /Rotate
//!    says, so a rotated page reads like any other; runs not written left to right (a vertical
//!    margin note) are set aside;
//! 2. runs are grouped into lines by their baseline, tolerant of small differences (a third of the
//!    font size), and ordered by x;
//! 3. a gap of about a space becomes a space, a wider one a column gap (four spaces), which the
//!    readers treat as a separator;
//! 4. a line of one cell that starts under a later column of the line before, right below it, is a
//!    description that wrapped: it is joined to that cell;
//! 5. on a nota of several pages, lines repeated at the top or bottom of every page (the provider's
//!    name, "Pagina 1 van 2") are kept once.
//!
//! Coordinates are whole hundredths of a point from here on (no float arithmetic past the input).

use serde::Deserialize;

/// One page as extracted: `[rotate, x0, y0, x1, y1, runs]` (the page's /Rotate and its view box).
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Page(pub i32, pub f64, pub f64, pub f64, pub f64, pub Vec<Run>);

/// One text run: `[text, a, b, c, d, e, f, width, height]`, the transform in PDF user space.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Run(pub String, pub f64, pub f64, pub f64, pub f64, pub f64, pub f64, pub f64, pub f64);

/// A PDF by its content: `%PDF-` within the first 1,024 bytes (where readers look for it).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-")
}

/// Reads the extractor's JSON (`[[rotate, x0, y0, x1, y1, [[text, a, b, c, d, e, f, w, h], …]], …]`).
pub fn pages_from_json(json: &str) -> Result<Vec<Page>, serde_json::Error> {
    serde_json::from_str(json)
}

/// The text of a PDF, rebuilt; `None` when no page has any text (a scan or a photo).
pub fn rebuild(pages: &[Page]) -> Option<String> {
    let placed = pages
        .iter()
        .map(|Page(rotate, x0, y0, x1, y1, runs)| {
            runs.iter()
                .filter(|r| !r.0.trim().is_empty())
                .filter_map(|r| place(r, *rotate, [*x0, *y0, *x1, *y1]))
                .collect()
        })
        .collect();
    let mut out = String::new();
    for page in lay_out(placed)? {
        for line in page {
            out.push_str(&line.text);
            out.push('\n');
        }
        out.push('\n');
    }
    Some(out)
}

/// A rebuilt line: its text, where it stood on its page (a box, in hundredths of a point, y
/// down) and its words that were read with doubt (from a picture).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Laid {
    pub text: String,
    pub x0: i64,
    pub y0: i64,
    pub x1: i64,
    pub y1: i64,
    pub unsure: Vec<String>,
}

/// The lines of each page, from its runs in view space: grouped, joined, wrapped descriptions
/// joined to their cell, and the headers and footers repeated on every page kept once. `None`
/// when no page has any text.
pub(crate) fn lay_out(pages: Vec<Vec<Placed>>) -> Option<Vec<Vec<Laid>>> {
    let laid: Vec<Vec<Line>> = pages.into_iter().map(page_lines).collect();
    if laid.iter().all(|p| p.iter().all(|l| l.text().trim().is_empty())) {
        return None;
    }
    let repeated = repeated_edges(&laid);
    let mut out = Vec::with_capacity(laid.len());
    for (p, lines) in laid.iter().enumerate() {
        let mut page = Vec::with_capacity(lines.len());
        for (i, line) in lines.iter().enumerate() {
            let text = line.text();
            if p > 0 && is_edge(i, lines.len()) && repeated.iter().any(|r| same_edge(r, &(shape(&text), line.y))) {
                continue;
            }
            page.push(Laid {
                text: text.trim_end().to_string(),
                x0: line.cells.iter().map(|c| c.x).min().unwrap_or(0),
                y0: line.top,
                x1: line.cells.iter().map(|c| c.end).max().unwrap_or(0),
                y1: line.bottom,
                unsure: line.cells.iter().flat_map(|c| c.unsure.iter().cloned()).collect(),
            });
        }
        out.push(page);
    }
    Some(out)
}

/// A run in view space, in hundredths of a point: `x` its left edge, `y` its baseline (down),
/// `top` and `bottom` how far its letters reach; `unsure` when it was recognised with doubt.
#[derive(Clone, Debug)]
pub(crate) struct Placed {
    pub text: String,
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub size: i64,
    pub top: i64,
    pub bottom: i64,
    pub unsure: bool,
}

/// A cell: runs close enough to be one piece of text, from `x` to `end`.
#[derive(Clone, Debug)]
struct Cell {
    x: i64,
    end: i64,
    text: String,
    unsure: Vec<String>,
}

#[derive(Clone, Debug)]
struct Line {
    y: i64,
    size: i64,
    top: i64,
    bottom: i64,
    cells: Vec<Cell>,
}

impl Line {
    fn text(&self) -> String {
        self.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(COLUMN_GAP)
    }
}

/// What stands between two columns in the rebuilt text.
const COLUMN_GAP: &str = "    ";
/// How many lines at the top and at the bottom of a page count as its header and footer.
const EDGE_LINES: usize = 4;

fn hundredths(v: f64) -> i64 {
    if v.is_finite() { (v * 100.0).round().clamp(-1e12, 1e12) as i64 } else { 0 }
}

/// The run in the page's view space (what pdf.js's viewport does at scale 1), or `None` when it
/// is not written left to right there.
fn place(run: &Run, rotate: i32, [x0, y0, x1, y1]: [f64; 4]) -> Option<Placed> {
    let Run(text, a, b, c, d, e, f, width, _) = run;
    // the origin, and the direction of writing, turned with the page
    let ((x, y), (dx, dy)) = match rotate.rem_euclid(360) {
        90 => ((f - y0, e - x0), (*b, *a)),
        180 => ((x1 - e, f - y0), (-a, *b)),
        270 => ((y1 - f, x1 - e), (-b, -a)),
        _ => ((e - x0, y1 - f), (*a, -b)),
    };
    if !(dx > 0.0 && dx.abs() > 4.0 * dy.abs()) {
        return None;
    }
    let size = hundredths(c.hypot(*d).max(a.hypot(*b))).max(100);
    let y = hundredths(y);
    Some(Placed {
        text: text.clone(),
        x: hundredths(x),
        y,
        width: hundredths(*width),
        size,
        top: y - size,
        bottom: y + size / 4,
        unsure: false,
    })
}

fn page_lines(mut placed: Vec<Placed>) -> Vec<Line> {
    placed.sort_by_key(|p| (p.y, p.x));
    // group by baseline: a run joins the line when its baseline is within a third of the font size
    let mut groups: Vec<Vec<Placed>> = Vec::new();
    for run in placed {
        match groups.last_mut() {
            Some(g) if (run.y - g[0].y).abs() * 3 <= g[0].size.max(run.size) => g.push(run),
            _ => groups.push(vec![run]),
        }
    }
    let mut lines: Vec<Line> = Vec::new();
    for mut g in groups {
        g.sort_by_key(|p| p.x);
        let size = g.iter().map(|p| p.size).max().unwrap_or(100);
        let top = g.iter().map(|p| p.top).min().unwrap_or(0);
        let bottom = g.iter().map(|p| p.bottom).max().unwrap_or(0);
        let line = Line { y: g[0].y, size, top, bottom, cells: cells(&g) };
        if let Some(prev) = lines.last_mut()
            && let Some(into) = continues(prev, &line)
        {
            for (cell, &at) in line.cells.iter().zip(&into) {
                let above = &mut prev.cells[at];
                // "13-05-" + "2025)": a date broken at its hyphen joins without a space
                let broken = above.text.ends_with('-')
                    && above.text[..above.text.len() - 1].ends_with(|c: char| c.is_ascii_digit());
                if !broken {
                    above.text.push(' ');
                }
                above.text.push_str(&cell.text);
                above.end = above.end.max(cell.end);
                above.unsure.extend(cell.unsure.iter().cloned());
            }
            prev.bottom = prev.bottom.max(line.bottom);
            // a further wrapped line is measured from this one
            prev.y = line.y;
            continue;
        }
        lines.push(line);
    }
    lines
}

/// The runs of one line, joined into cells: no space for a gap of under a tenth of the font size
/// (a word split in two), a space up to 0.8 of it (a space is about 0.28), a new cell beyond.
fn cells(runs: &[Placed]) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::new();
    for run in runs {
        let text = run.text.trim_end();
        let end = run.x + run.width;
        match out.last_mut() {
            Some(cell) if (run.x - cell.end) * 10 <= run.size * 8 => {
                let gap = run.x - cell.end;
                let spaced = cell.text.ends_with(' ') || run.text.starts_with(' ');
                if gap * 10 > run.size && !spaced {
                    cell.text.push(' ');
                }
                cell.text.push_str(if cell.text.ends_with(' ') { text.trim_start() } else { text });
                cell.end = cell.end.max(end);
                if run.unsure {
                    cell.unsure.push(text.trim().to_string());
                }
            }
            _ => out.push(Cell {
                x: run.x,
                end,
                text: text.trim_start().to_string(),
                unsure: if run.unsure { vec![text.trim().to_string()] } else { Vec::new() },
            }),
        }
    }
    out
}

/// If `line` holds cells of the row above that wrapped onto the next line of their columns (a
/// description; in a narrow column a date broken at its hyphen or before its year, an amount
/// under its euro sign): for each of its cells, the cell of `prev` it continues. The line is right
/// below `prev` (at most 1.6 line heights), each of its cells starts where a cell of `prev`
/// starts (within 3 points), and `prev` is a row of a table (three cells or more, one of them an
/// amount or a date) while `line` does not start with a date (a new row), holds no prestatiecode,
/// and puts an amount only under a cell that has none ("€" above "110,23"). A header of three
/// cells ("NotaFactuur B.V.  ·  Postbus 1234") is not a row: the lines under it stay lines.
fn continues(prev: &Line, line: &Line) -> Option<Vec<usize>> {
    // the tail of a label that wrapped in the first column ("Startdatum" over "zorgtraject:")
    let label_tail = line.cells[0].text.ends_with(':')
        && !prev.cells[0].text.ends_with(':')
        && (line.cells[0].x - prev.cells[0].x).abs() <= 300;
    if prev.cells.len() < if label_tail { 2 } else { 3 } || line.y - prev.y > prev.size * 16 / 10 {
        return None;
    }
    let row = prev.cells.iter().any(|c| {
        c.text.contains('€')
            || looks_like_amount(&c.text)
            || c.text.split_whitespace().any(|w| looks_like_date(w) || crate::read::prestatie::is_code(w))
    });
    // a table of fields ("Factuurdatum:  17-7-" … ) whose narrow cells wrapped: never under its
    // first column, where the next row starts
    let fields = label_tail || prev.cells.iter().any(|c| c.text.ends_with(':'));
    let several = line.cells.len() > 1;
    let starts_a_row = line.cells[0].text.split_whitespace().next().is_some_and(looks_like_date);
    let mut into = Vec::with_capacity(line.cells.len());
    for cell in &line.cells {
        // under the cell's start, or under its end (a right-aligned amount)
        let at = prev.cells.iter().position(|c| (c.x - cell.x).abs() <= 300 || (c.end - cell.end).abs() <= 300)?;
        let money = cell.text.contains('€') || looks_like_amount(&cell.text);
        let above_has_digits = prev.cells[at].text.bytes().any(|b| b.is_ascii_digit());
        let code = cell.text.split_whitespace().any(crate::read::prestatie::is_code);
        if into.last().is_some_and(|&last| at <= last) || code {
            return None;
        }
        let care_row = row
            && !starts_a_row
            && !(money && (!several || above_has_digits))
            && !(several && (line.cells.len() >= prev.cells.len() || cell.text.ends_with(':')));
        // under the first column only where the label above is not whole yet ("Startdatum" over
        // "zorgtraject:"); a whole label ("Factuurdatum:") there starts the next row
        let new_row = at == 0 && prev.cells[0].text.ends_with(':');
        let field_table = fields && !new_row && (line.cells.len() < prev.cells.len() || label_tail) && !money;
        if !(care_row || field_table) {
            return None;
        }
        into.push(at);
    }
    Some(into)
}

/// "05-03-2024", "2023-12-05", "5.3.2024": digits in three groups.
fn looks_like_date(word: &str) -> bool {
    let groups: Vec<&str> = word.split(['-', '/', '.']).collect();
    groups.len() == 3 && groups.iter().all(|g| !g.is_empty() && g.len() <= 4 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// "123,45" or "1.234,56" at the end: an amount, whatever the currency sign.
fn looks_like_amount(text: &str) -> bool {
    let t = text.trim_end();
    let b = t.as_bytes();
    b.len() >= 4 && b[b.len() - 3] == b',' && b[b.len() - 2..].iter().all(u8::is_ascii_digit)
}

/// A line with its digits masked, so "Pagina 1 van 2" and "Pagina 2 van 2" are the same line.
fn shape(text: &str) -> String {
    text.trim().chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

/// The lines at the top or bottom of every page, by shape and height on the page (within 2
/// points), so a table row that happens to look like one on another page is not taken for a header.
fn repeated_edges(pages: &[Vec<Line>]) -> Vec<(String, i64)> {
    if pages.len() < 2 {
        return Vec::new();
    }
    let edges = |lines: &Vec<Line>| -> Vec<(String, i64)> {
        let n = lines.len();
        lines
            .iter()
            .enumerate()
            .filter(|(i, _)| is_edge(*i, n))
            .map(|(_, l)| (shape(&l.text()), l.y))
            .filter(|(s, _)| !s.is_empty())
            .collect()
    };
    let first = edges(&pages[0]);
    let rest: Vec<Vec<(String, i64)>> = pages[1..].iter().map(edges).collect();
    first.into_iter().filter(|e| rest.iter().all(|r| r.iter().any(|o| same_edge(o, e)))).collect()
}

/// Line `i` of `n` is among a page's first or last [`EDGE_LINES`]: its header or footer.
fn is_edge(i: usize, n: usize) -> bool {
    i < EDGE_LINES || i + EDGE_LINES >= n
}

fn same_edge(a: &(String, i64), b: &(String, i64)) -> bool {
    a.0 == b.0 && (a.1 - b.1).abs() <= 200
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, x: f64, y: f64, w: f64) -> Run {
        Run(text.to_string(), 10.0, 0.0, 0.0, 10.0, x, y, w, 10.0)
    }

    fn a4(runs: Vec<Run>) -> Page {
        Page(0, 0.0, 0.0, 595.0, 842.0, runs)
    }

    #[test]
    fn lines_by_baseline_words_by_gap_columns_by_wide_gap() {
        let page = a4(vec![
            // given out of order, with a baseline 1 point off
            run("€ 135,89", 500.0, 700.0, 40.0),
            run("Behandeling", 150.0, 701.0, 55.0),
            run("45 minuten", 208.0, 700.0, 50.0),
            run("CO0497", 80.0, 700.0, 35.0),
            run("19-03-2024", 20.0, 700.0, 50.0),
            run("Totaal", 20.0, 680.0, 30.0),
            run("€ 135,89", 500.0, 680.0, 40.0),
        ]);
        let text = rebuild(&[page]).unwrap();
        assert_eq!(text, "19-03-2024    CO0497    Behandeling 45 minuten    € 135,89\nTotaal    € 135,89\n\n");
    }

    #[test]
    fn a_word_split_into_runs_is_joined_without_a_space() {
        let text =
            rebuild(&[a4(vec![run("Gezondheids", 20.0, 700.0, 60.0), run("zorgpsycholoog", 80.2, 700.0, 70.0)])]);
        assert_eq!(text.unwrap(), "Gezondheidszorgpsycholoog\n\n");
    }

    #[test]
    fn a_wrapped_description_joins_its_cell() {
        let page = a4(vec![
            run("05-03-2024", 20.0, 700.0, 50.0),
            run("CO0432", 80.0, 700.0, 35.0),
            run("Ambulant Gezondheidszorgpsycholoog (Wet Big", 150.0, 700.0, 200.0),
            run("€ 159,70", 500.0, 700.0, 40.0),
            run("artikel 3) Diagnostiek 45 minuten", 150.0, 688.0, 150.0),
            run("12-03-2024", 20.0, 676.0, 50.0),
        ]);
        let text = rebuild(&[page]).unwrap();
        assert_eq!(
            text,
            "05-03-2024    CO0432    Ambulant Gezondheidszorgpsycholoog (Wet Big artikel 3) Diagnostiek 45 minuten    € 159,70\n12-03-2024\n\n"
        );
    }

    #[test]
    fn a_rotated_page_reads_as_upright() {
        // the text drawn as on an upright page of 842 × 595 whose /Rotate is 90: in user space the
        // writing runs up the page (a = 0, b = 10), the first word lower on the page
        let turned = |text: &str, along: f64, across: f64, w: f64| {
            Run(text.into(), 0.0, 10.0, -10.0, 0.0, across, along, w, 10.0)
        };
        let page = Page(
            90,
            0.0,
            0.0,
            595.0,
            842.0,
            vec![turned("Totaal", 20.0, 100.0, 30.0), turned("€ 639,97", 400.0, 100.0, 40.0)],
        );
        assert_eq!(rebuild(&[page]).unwrap(), "Totaal    € 639,97\n\n");
    }

    #[test]
    fn vertical_margin_text_is_set_aside() {
        let page = a4(vec![
            run("Totaal", 20.0, 700.0, 30.0),
            Run("verticaal".into(), 0.0, 10.0, -10.0, 0.0, 580.0, 300.0, 40.0, 10.0),
        ]);
        assert_eq!(rebuild(&[page]).unwrap(), "Totaal\n\n");
    }

    #[test]
    fn headers_and_footers_repeated_on_every_page_are_kept_once() {
        let page = |n: f64, line: &str| {
            a4(vec![
                run("GGZ Praktijk Noorderlicht", 20.0, 800.0, 120.0),
                run(line, 20.0, 700.0, 120.0),
                run(&format!("Pagina {n} van 2"), 20.0, 40.0, 60.0),
            ])
        };
        let text = rebuild(&[page(1.0, "eerste"), page(2.0, "tweede")]).unwrap();
        assert_eq!(text, "GGZ Praktijk Noorderlicht\neerste\nPagina 1 van 2\n\ntweede\n\n");
    }

    #[test]
    fn a_pdf_without_text_is_none() {
        assert_eq!(rebuild(&[a4(vec![]), a4(vec![run(" ", 1.0, 1.0, 1.0)])]), None);
    }

    #[test]
    fn json_of_the_extractor_reads() {
        let pages = pages_from_json(r#"[[0,0,0,595,842,[["Totaal",10,0,0,10,20,700,30,10]]]]"#).unwrap();
        assert_eq!(rebuild(&pages).unwrap(), "Totaal\n\n");
        assert!(pages_from_json("[[0,0").is_err());
    }
}
