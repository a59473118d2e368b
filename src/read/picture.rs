//! Lines of text rebuilt from the words recognised in a photo or a scan: what the paper nota said,
//! as the text a text file would hold, so the same readers, checks and explanations apply.
//!
//! The browser prepares the picture and recognises its words (`assets/picture-text.js`, with
//! Tesseract); each word comes with its box, its baseline, the height of its line and how sure
//! the recogniser was. Here:
//!
//! 1. a page is measured in points as if it were A4 wide (595 points), so the PDF rebuilding's
//!    tolerances (a gap of a space, a column within 3 points) hold for any picture size;
//! 2. stray marks (a paper edge read as "|", a speck read as "."), read with little confidence and
//!    holding no letter or digit, are set aside;
//! 3. the words are laid out into lines with the PDF rebuilding (`crate::read::pdf::lay_out`): by
//!    baseline, with column gaps, wrapped descriptions joined, repeated headers kept once;
//! 4. the recogniser's known confusions are undone where the result is certain to be meant: a
//!    prestatiecode with an O read as a zero or the reverse (`C00627`, `GCO110`) becomes the code
//!    when the tariff table knows it, "sectie Il" becomes "sectie II", and the letters O and l in
//!    an amount (`1l2,5O`) become digits; each such word is marked as read with doubt;
//! 5. each line keeps where it stood on its page (for the strip of the picture shown beside it) and
//!    which of its words were read with doubt.
//!
//! When no text could be read, the measurements of the picture say why: too dark, too blurred, or
//! no text at all.

use serde::{Deserialize, Serialize};

use crate::read::pdf::{Placed, lay_out};

/// A word read with less confidence than this (Tesseract's 0–100) is shown as uncertain.
pub const UNSURE_BELOW: f64 = 70.0;

/// Why no text could be read from a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PictureProblem {
    /// Not a picture this browser can open.
    Unreadable,
    /// A HEIC photo (an iPhone's) this browser cannot open.
    Heic,
    /// The text recogniser did not load.
    Unavailable,
    /// Larger than NotaWijzer reads (10 MB).
    TooLarge,
    TooDark,
    Blurred,
    /// No text in it.
    NoText,
}

/// A word with no letter or digit read with less confidence than this is a stray mark.
const STRAY_BELOW: f64 = 60.0;

/// A line none of whose words was read with more confidence than this is noise (a shadow, the
/// table's grain).
const DOUBTFUL_LINE: f64 = 50.0;

/// Fewer readable words than this on all pages together: no text was found.
const MIN_WORDS: usize = 6;

/// Mean brightness of the page (0–255) below which a picture is too dark.
const DARK_BELOW: f64 = 70.0;

/// Sharpness (0–100, `assets/picture-prep.js`) below which a picture is too blurred to read.
/// Print in focus measures 30–60; the fixture far out of focus measures under 10.
const BLURRED_BELOW: f64 = 12.0;

/// What the browser recognised: `{ pages: [{ width, height, light, sharp, angle, turned, words }] }`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Read {
    pub pages: Vec<Page>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    #[serde(default = "bright")]
    pub light: f64,
    #[serde(default = "sharp")]
    pub sharp: f64,
    #[serde(default)]
    pub angle: f64,
    #[serde(default)]
    pub turned: bool,
    pub words: Vec<Word>,
}

fn bright() -> f64 {
    255.0
}

fn sharp() -> f64 {
    100.0
}

/// `[text, confidence, x0, y0, x1, y1, baseline, line height]`, in the prepared page's pixels.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Word(pub String, pub f64, pub f64, pub f64, pub f64, pub f64, pub f64, pub f64);

/// Where a rebuilt line came from: its page (from 0) and its box there, in the prepared page's
/// pixels, and its words read with doubt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub page: u16,
    pub x0: u32,
    pub y0: u32,
    pub x1: u32,
    pub y1: u32,
    pub unsure: Vec<String>,
}

/// A picture's text as the engine keeps it beside the file: how many pages, where each line of
/// the text came from (`lines[n - 1]` for line `n`; `None` for the blank line after a page), and
/// whether text ran to the edge of the picture (part of the nota may be outside it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Picture {
    pub pages: u32,
    pub lines: Vec<Option<Origin>>,
    pub cut: bool,
}

impl Picture {
    /// Where line `n` (from 1) of the text came from.
    pub fn origin(&self, n: usize) -> Option<&Origin> {
        self.lines.get(n.checked_sub(1)?)?.as_ref()
    }
}

/// The type of a picture by its first bytes (JPEG, PNG, WebP, GIF, HEIC), else by the type the
/// browser gave it; `None` for anything else.
pub fn picture_type(bytes: &[u8], mime: &str) -> Option<String> {
    let at = |i: usize, magic: &[u8]| bytes.get(i..i + magic.len()) == Some(magic);
    let known = if at(0, b"\xFF\xD8\xFF") {
        "image/jpeg"
    } else if at(0, b"\x89PNG") {
        "image/png"
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        "image/webp"
    } else if at(0, b"GIF8") {
        "image/gif"
    } else if at(4, b"ftyp") && [&b"heic"[..], b"heix", b"mif1", b"msf1", b"hevc"].iter().any(|b| at(8, b)) {
        "image/heic"
    } else if mime.starts_with("image/") {
        mime
    } else {
        return None;
    };
    Some(known.to_string())
}

/// Reads the JSON of `assets/picture-text.js`.
pub fn from_json(json: &str) -> Result<Read, serde_json::Error> {
    serde_json::from_str(json)
}

fn finite(v: f64) -> f64 {
    if v.is_finite() { v.clamp(-1e7, 1e7) } else { 0.0 }
}

/// A mark that is no text: nothing but rules and specks ("|", "_"), or no letter or digit and
/// read with little confidence.
fn stray(word: &Word) -> bool {
    !word.0.chars().any(char::is_alphanumeric)
        && (word.1 < STRAY_BELOW || word.0.chars().all(|c| "|¦_[]{}!'\"`~^".contains(c)))
}

/// A word that counts as read: some confidence, and a letter or digit in it.
fn readable(word: &Word) -> bool {
    word.1 >= 50.0 && word.0.chars().filter(|c| c.is_alphanumeric()).count() >= 2
}

/// The word as meant, when it is one of the recogniser's known confusions (see the module's
/// notes); `prev` is the word before it on its line.
fn repair(word: &str, prev: Option<&str>) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    // a prestatiecode: two capitals and four digits, or one character too many ("COO0432")
    if chars.len() == 7
        && let Some(code) = (1..4).find_map(|skip| {
            let shorter: String = chars.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| c).collect();
            if crate::read::prestatie::is_code(&shorter) && crate::tariffs::zpm::row(&shorter).is_some() {
                Some(shorter)
            } else {
                repair(&shorter, prev).filter(|c| crate::read::prestatie::is_code(c))
            }
        })
    {
        return Some(code);
    }
    if chars.len() == 6 && !crate::read::prestatie::is_code(word) {
        let letter = |c: char| match c {
            '0' => 'O',
            '(' => 'C',
            '1' => 'I',
            '5' => 'S',
            '8' => 'B',
            c => c.to_ascii_uppercase(),
        };
        let code: String = chars[..2].iter().map(|&c| letter(c)).chain(chars[2..].iter().map(|&c| digit(c))).collect();
        if crate::read::prestatie::is_code(&code) && crate::tariffs::zpm::row(&code).is_some() {
            return Some(code);
        }
    }
    // "sectie II" or "III" of the kwaliteitsstatuut
    if prev.is_some_and(|p| p.eq_ignore_ascii_case("sectie"))
        && (2..=3).contains(&chars.len())
        && chars.iter().all(|c| matches!(c, 'I' | 'l' | '1' | '|'))
        && word != "II"
        && word != "III"
    {
        return Some("I".repeat(chars.len()));
    }
    // an amount: digits, then a comma and two digits at the end ("€" and a sign may stand before)
    let tail: String = chars.iter().rev().take(3).rev().collect();
    let body = word.trim_start_matches(['€', '-', '−']);
    if tail.starts_with(',')
        && body.chars().filter(char::is_ascii_digit).count() >= 2
        && body.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'O' | 'o' | 'l' | 'I'))
        && body.chars().any(|c| matches!(c, 'O' | 'o' | 'l' | 'I'))
    {
        let fixed: String = body.chars().map(digit).collect();
        return Some(format!("{}{fixed}", &word[..word.len() - body.len()]));
    }
    None
}

fn digit(c: char) -> char {
    match c {
        'O' | 'o' | 'D' | 'Q' => '0',
        'I' | 'l' | '|' => '1',
        'S' => '5',
        'B' => '8',
        c => c,
    }
}

/// A page's words in hundredths of a point (`k` per pixel), stray marks and lines of nothing but
/// doubtful words set aside. The size the layout measures gaps by is twice the line's mean
/// character width: a space is under 1.6 characters wide in any font (a monospaced one's is 1),
/// a gap between columns wider.
fn place(page: &Page, k: f64) -> Vec<Placed> {
    // Tesseract's lines (the words that share a baseline and a height): the width and count of
    // their characters, their best confidence, their strokes ("|")
    let line_of = |w: &Word| (finite(w.6).round() as i64, finite(w.7).round() as i64);
    let mut lines: std::collections::BTreeMap<(i64, i64), LineStats> = std::collections::BTreeMap::new();
    for w in &page.words {
        let stats = lines.entry(line_of(w)).or_default();
        let chars = w.0.chars().count();
        if w.0.chars().any(char::is_alphanumeric) && chars >= 2 {
            stats.width += finite(w.4 - w.2).max(0.0);
            stats.chars += chars;
        }
        stats.best = stats.best.max(finite(w.1));
        stats.strokes += usize::from(w.0 == "|");
    }
    // a stroke stands for a quantity of one only where it is its line's one stroke (a text that
    // separates its columns with "|" has several)
    let words = &page.words;
    let next_on_line = |i: usize| {
        let w = &words[i];
        words
            .iter()
            .filter(|n| line_of(n) == line_of(w) && n.2 >= w.4 && lines[&line_of(w)].strokes <= 1)
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .map(|n| n.0.as_str())
    };
    let kept: Vec<(&Word, Option<&str>)> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            !w.0.trim().is_empty()
                && (!stray(w) || quantity(&w.0, next_on_line(*i)).is_some())
                && lines[&line_of(w)].best >= DOUBTFUL_LINE
        })
        .map(|(i, w)| (w, next_on_line(i)))
        .collect();
    kept.iter()
        .enumerate()
        .map(|(i, &(w, next))| {
            let Word(text, conf, x0, y0, x1, y1, base, size) = w;
            let prev = i.checked_sub(1).map(|j| kept[j].0).filter(|p| line_of(p) == line_of(w)).map(|p| p.0.as_str());
            let repaired = repair(text, prev).or_else(|| quantity(text, next));
            let at = |v: &f64| (finite(*v) * k).round() as i64;
            let LineStats { width, chars, .. } = lines[&line_of(w)];
            // no word to measure by: the character width of a line's height (a font's is about half)
            let char_width = if chars > 0 { width / chars as f64 } else { finite(size.max(y1 - y0)) * 0.45 };
            Placed {
                unsure: *conf < UNSURE_BELOW || repaired.is_some(),
                text: repaired.unwrap_or_else(|| text.clone()),
                x: at(x0),
                y: at(base),
                width: at(x1) - at(x0),
                size: ((2.0 * char_width * k).round() as i64).max(100),
                top: at(y0),
                bottom: at(y1),
            }
        })
        .collect()
}

#[derive(Clone, Copy, Default)]
struct LineStats {
    width: f64,
    chars: usize,
    best: f64,
    strokes: usize,
}

/// A quantity of one read as a stroke ("|", "l", "i") in a column of its own, before an amount.
fn quantity(word: &str, next: Option<&str>) -> Option<String> {
    let amount = next.is_some_and(|n| n.starts_with('€') || looks_like_amount(n));
    (amount && matches!(word, "|" | "l" | "I" | "i" | "]")).then(|| "1".to_string())
}

fn looks_like_amount(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4 && b[b.len() - 3] == b',' && b[b.len() - 2..].iter().all(u8::is_ascii_digit)
}

/// The text of the picture with where each line came from, or why there is none.
pub fn rebuild(read: &Read) -> Result<(String, Picture), PictureProblem> {
    let readable_words = read.pages.iter().flat_map(|p| &p.words).filter(|w| readable(w)).count();
    let sharpness = read.pages.iter().map(|p| finite(p.sharp)).fold(f64::INFINITY, f64::min);
    if readable_words < MIN_WORDS {
        let light = read.pages.iter().map(|p| finite(p.light)).fold(f64::INFINITY, f64::min);
        return Err(if light < DARK_BELOW {
            PictureProblem::TooDark
        } else if sharpness < BLURRED_BELOW {
            PictureProblem::Blurred
        } else {
            PictureProblem::NoText
        });
    }
    if sharpness < BLURRED_BELOW && readable_words < 4 * MIN_WORDS {
        return Err(PictureProblem::Blurred);
    }
    // pixels to hundredths of a point, the page taken as A4 wide
    let scales: Vec<f64> = read.pages.iter().map(|p| 59_500.0 / finite(p.width).max(1.0)).collect();
    let placed: Vec<Vec<Placed>> = read.pages.iter().zip(&scales).map(|(page, &k)| place(page, k)).collect();
    let laid = lay_out(placed).ok_or(PictureProblem::NoText)?;
    let mut text = String::new();
    let mut lines = Vec::new();
    for (p, page) in laid.iter().enumerate() {
        let k = scales[p];
        let px = |v: i64| (v as f64 / k).round().max(0.0) as u32;
        for line in page {
            text.push_str(&line.text);
            text.push('\n');
            lines.push(Some(Origin {
                page: p as u16,
                x0: px(line.x0),
                y0: px(line.y0),
                x1: px(line.x1),
                y1: px(line.y1),
                unsure: line.unsure.clone(),
            }));
        }
        text.push('\n');
        lines.push(None);
    }
    let cut = read.pages.iter().any(|p| {
        let (w, h) = (finite(p.width), finite(p.height));
        let near = |v: f64, edge: f64| (v - edge).abs() <= 0.004 * w.max(h);
        p.words
            .iter()
            .filter(|w| readable(w))
            .filter(|Word(_, _, x0, y0, x1, y1, ..)| near(*x0, 0.0) || near(*y0, 0.0) || near(*x1, w) || near(*y1, h))
            .count()
            >= 2
    });
    Ok((text, Picture { pages: read.pages.len() as u32, lines, cut }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, conf: f64, x: f64, y: f64, w: f64) -> Word {
        Word(text.into(), conf, x, y - 30.0, x + w, y + 6.0, y, 40.0)
    }

    fn page(words: Vec<Word>) -> Page {
        Page { width: 2380.0, height: 3368.0, light: 200.0, sharp: 40.0, angle: 0.0, turned: false, words }
    }

    #[test]
    fn words_become_lines_with_columns_and_their_origin() {
        let read = Read {
            pages: vec![page(vec![
                word("Notanummer:", 97.0, 100.0, 700.0, 260.0),
                word("N25-0412", 96.0, 380.0, 700.0, 200.0),
                word("Totaal", 96.0, 100.0, 900.0, 150.0),
                word("€", 91.0, 1800.0, 902.0, 30.0),
                word("639,97", 93.0, 1840.0, 901.0, 140.0),
                word("05-03-2024", 95.0, 100.0, 800.0, 250.0),
                word("CO0432", 62.0, 400.0, 800.0, 160.0),
                word("|", 20.0, 2300.0, 800.0, 8.0),
                word("€", 90.0, 1800.0, 800.0, 30.0),
                word("159,70", 94.0, 1840.0, 800.0, 140.0),
            ])],
        };
        let (text, picture) = rebuild(&read).unwrap();
        assert_eq!(text, "Notanummer: N25-0412\n05-03-2024    CO0432    € 159,70\nTotaal    € 639,97\n\n");
        let first = picture.origin(2).unwrap();
        assert_eq!((first.page, first.x0, first.y0, first.x1, first.y1), (0, 100, 770, 1980, 806));
        assert_eq!(first.unsure, vec!["CO0432".to_string()]);
        assert!(picture.origin(3).unwrap().unsure.is_empty());
        assert_eq!(picture.origin(4), None);
        assert!(!picture.cut);
    }

    #[test]
    fn known_confusions_are_undone() {
        assert_eq!(repair("C00627", None).as_deref(), Some("CO0627"));
        assert_eq!(repair("GCO110", None).as_deref(), Some("GC0110"));
        assert_eq!(repair("CO0627", None), None);
        // not a code the tariff table knows: left as read
        assert_eq!(repair("ZZ0O00", None), None);
        assert_eq!(repair("Il", Some("sectie")).as_deref(), Some("II"));
        assert_eq!(repair("Il", Some("artikel")), None);
        assert_eq!(repair("1l2,5O", None).as_deref(), Some("112,50"));
        assert_eq!(repair("€1O9,95", None).as_deref(), Some("€109,95"));
        assert_eq!(repair("-16O,00", None).as_deref(), Some("-160,00"));
        assert_eq!(repair("COO0432", None).as_deref(), Some("CO0432"));
        assert_eq!(repair("GCO0110", None).as_deref(), Some("GC0110"));
        assert_eq!(repair("(00497", None).as_deref(), Some("CO0497"));
        assert_eq!(repair("Ovo012", None).as_deref(), Some("OV0012"));
        assert_eq!(repair("Totaal", None), None);
        assert_eq!(repair("Notanum", None), None);
        assert_eq!(repair("159,70", None), None);
    }

    #[test]
    fn no_words_say_why() {
        let mut dark = page(vec![word("zz", 30.0, 10.0, 10.0, 20.0)]);
        dark.light = 40.0;
        assert_eq!(rebuild(&Read { pages: vec![dark] }), Err(PictureProblem::TooDark));
        let mut blurred = page(vec![]);
        blurred.sharp = 4.0;
        assert_eq!(rebuild(&Read { pages: vec![blurred] }), Err(PictureProblem::Blurred));
        assert_eq!(rebuild(&Read { pages: vec![page(vec![])] }), Err(PictureProblem::NoText));
        assert_eq!(rebuild(&Read::default()), Err(PictureProblem::NoText));
    }

    #[test]
    fn text_at_the_edge_is_cut() {
        let words =
            (0..8).map(|i| word("Behandeling", 90.0, 2380.0 - 300.0, 200.0 + 60.0 * f64::from(i), 300.0)).collect();
        let (_, picture) = rebuild(&Read { pages: vec![page(words)] }).unwrap();
        assert!(picture.cut);
    }

    #[test]
    fn pictures_by_their_first_bytes() {
        assert_eq!(picture_type(b"\xFF\xD8\xFF\xE1rest", "").as_deref(), Some("image/jpeg"));
        assert_eq!(picture_type(b"\x89PNG\r\n", "").as_deref(), Some("image/png"));
        assert_eq!(picture_type(b"RIFF\0\0\0\0WEBPVP8 ", "").as_deref(), Some("image/webp"));
        assert_eq!(picture_type(b"\0\0\0\x18ftypheic\0\0", "").as_deref(), Some("image/heic"));
        assert_eq!(picture_type(b"%PDF-1.7", ""), None);
        assert_eq!(picture_type(b"Totaal", "text/plain"), None);
        assert_eq!(picture_type(b"????", "image/avif").as_deref(), Some("image/avif"));
    }

    #[test]
    fn json_reads_and_bad_json_does_not() {
        let read =
            from_json(r#"{"pages":[{"width":100,"height":100,"words":[["Totaal",90,1,1,20,10,9,12]]}]}"#).unwrap();
        assert_eq!(read.pages[0].words[0].0, "Totaal");
        assert_eq!(read.pages[0].light, 255.0);
        assert!(from_json("{\"pages\":[{").is_err());
        assert!(from_json(r#"{"pages":[{"width":"x"}]}"#).is_err());
    }
}
