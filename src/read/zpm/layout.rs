//! Which layout a ZPM nota's care lines have (cells split at a separator, or words), and how a
//! line splits into cells or words.

use crate::read::prestatie::is_code;

/// The words of a line with their byte offsets: split at white space, and with `cells` also at
/// the cell separators (`;`, `|`, `,`, `"`). One plain loop for every caller.
pub(super) fn words_of(line: &str, cells: bool) -> Vec<(usize, &str)> {
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

/// How the prestatie lines of a file are split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Layout {
    Cells(char),
    Words,
}

pub(super) fn layout(all: &[&str]) -> Layout {
    let coded: Vec<&str> =
        all.iter().copied().filter(|l| words_of(l, true).into_iter().any(|(_, t)| is_code(t))).take(200).collect();
    for sep in [';', '\t', '|'] {
        let with = coded.iter().filter(|l| l.contains(sep)).count();
        if with > 0 && with * 2 >= coded.len() {
            return Layout::Cells(sep);
        }
    }
    let comma =
        coded.iter().filter(|l| l.contains(',') && cells(l, ',').iter().any(|(_, c)| is_code(c.trim()))).count();
    if comma > 0 && comma * 2 >= coded.len() {
        return Layout::Cells(',');
    }
    Layout::Words
}

/// The cells of a line split at `sep`, with the byte offset where each starts; a field in double
/// quotes may hold the separator (`""` is a quote inside).
pub(crate) fn cells(line: &str, sep: char) -> Vec<(usize, String)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_keep_quoted_separators() {
        let c = cells("2024-03-19,CO0497,\"Behandeling, 45 minuten\",\"135,89\"", ',');
        let values: Vec<&str> = c.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["2024-03-19", "CO0497", "Behandeling, 45 minuten", "135,89"]);
        assert_eq!(c[2].0, 18);
    }
}
