//! Folding text for matching: lower case, accents removed, runs of space made one.
//!
//! Only the letters Dutch uses are folded (ASCII and the accented Latin letters); other letters
//! are kept as they are. That is all matching needs (keys, month names, cluster names, activity
//! words), and it keeps Unicode's case tables out of the download.
//!
//! Used wherever the reader or the cluster catalogue compares words ("Patiënt" = "patient",
//! "Zorgcoördinatie" = "zorgcoordinatie"). Never used on text that is shown.

/// Lower-cases, removes accents from Latin letters, turns tabs and runs of spaces into one space
/// and trims.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(fold_char(c));
    }
    out
}

/// One character folded: lower case, without accent (ASCII and accented Latin letters).
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    strip_accent(c).unwrap_or(c)
}

/// The unaccented lower-case letter for the accented Latin letters Dutch and its loan words use.
fn strip_accent(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'æ' | 'Æ' => 'a',
        'ø' | 'Ø' => 'o',
        'ß' => 's',
        _ => return None,
    })
}

/// The folded words of a text, split on anything that is not a letter or digit.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_space() {
        assert_eq!(fold("  Patiënt:\tMeneer   Henk "), "patient: meneer henk");
        assert_eq!(fold("Zorgcoördinatie"), "zorgcoordinatie");
        assert_eq!(fold("PSYCHISCHE AANDOENING ÉRNSTIG"), "psychische aandoening ernstig");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn splits_words() {
        assert_eq!(words("Consult behandeling-groep (x)"), ["consult", "behandeling", "groep", "x"]);
    }
}
