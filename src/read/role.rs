//! The role of every line of a document (`real-nota-layouts.md`): a care line, a header field, a
//! summary line, or plain text. Plain text (an address, payment terms, an IBAN, a phone line, page
//! furniture) is kept quietly: it is no care and no error.

use crate::util::fold::fold;

/// What a line of a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineRole {
    /// Empty, or a rule of dashes.
    Blank,
    /// A care line (a prestatie, a missed appointment, a fee) or a part of one (its description
    /// wrapped onto the next line, its amount on a line of its own).
    Care,
    /// A header field (invoice number, zorgvraagtype, …) or a column-title line.
    Header,
    /// A summary line: subtotal, VAT, total, already paid, balance.
    Summary,
    /// Anything else: kept, shown where the patient looks at the text read, never an error.
    Text,
}

impl LineRole {
    /// The stable code ("care", "header", "summary", "text", "blank").
    pub fn code(self) -> &'static str {
        match self {
            LineRole::Blank => "blank",
            LineRole::Care => "care",
            LineRole::Header => "header",
            LineRole::Summary => "summary",
            LineRole::Text => "text",
        }
    }
}

/// Page furniture: `Pagina 1 van 2`, `Page 2 of 3`, `- 2 -`, `1/2`.
pub fn is_page_noise(text: &str) -> bool {
    // the longest is "Pagina 100 van 100": no need to fold a longer line into words
    if text.len() > 32 {
        return false;
    }
    let words = crate::util::fold::words(text);
    let numbers = words.iter().filter(|w| w.bytes().all(|b| b.is_ascii_digit())).count();
    match words.first().map(String::as_str) {
        Some("pagina" | "page" | "blad" | "pag") => numbers >= 1 && words.len() <= 4,
        _ => numbers == words.len() && numbers <= 2 && text.chars().all(|c| c.is_ascii_digit() || " /-–".contains(c)),
    }
}

/// Payment terms, contact and bank details, an address: plain text that never continues a care
/// line's description.
pub fn is_plain_text(text: &str) -> bool {
    let f = fold(text);
    const WORDS: [&str; 24] = [
        "betaling",
        "betalen binnen",
        "betaal ",
        "gelieve",
        "iban",
        "o.v.v",
        "rekeningnummer",
        "bankrekening",
        "vervaldatum",
        "termijn",
        "namens uw zorgverlener",
        "vragen over",
        "telefoon",
        "tel.",
        "e-mail",
        "www.",
        "http",
        "postbus",
        "kvk",
        "please pay",
        "payment",
        "bank account",
        "questions",
        "debiteurnummer",
    ];
    WORDS.iter().any(|w| f.contains(w)) || f.contains('@') || has_postcode(text) || has_iban(text)
}

/// A name (a practice, an institution), not a sentence, a greeting or a line of prose: at most
/// eight words, no sentence's end, no greeting first, and in more than three words no "wij", "u" or
/// "uw" ("Praktijk Zijn" and "Praktijk U & Ik" are names; "Wij sturen u de nota" is prose).
pub fn looks_like_name(text: &str) -> bool {
    let words = crate::util::fold::words(text);
    const GREETINGS: [&str; 5] = ["beste", "geachte", "dear", "hallo", "hi"];
    const PROSE: [&str; 16] = [
        "wij", "we", "u", "uw", "je", "jij", "ons", "onze", "sturen", "stuurt", "ontvangt", "heeft", "hebben", "you",
        "your", "our",
    ];
    let t = text.trim();
    let sentence_end = t.ends_with(['.', '!', '?', ','])
        && !t.rsplit(char::is_whitespace).next().is_some_and(|w| w.len() <= 5 && w.matches('.').count() >= 2);
    let greeting = words.first().is_some_and(|w| GREETINGS.contains(&w.as_str()));
    let prose = words.len() > 3 && words.iter().any(|w| PROSE.contains(&w.as_str()));
    !words.is_empty() && words.len() <= 8 && !sentence_end && !greeting && !prose
}

#[cfg(test)]
mod name_tests {
    use super::looks_like_name;

    #[test]
    fn names_and_prose() {
        for name in [
            "Praktijk Zijn",
            "Praktijk U & Ik",
            "Praktijk Boomgaard, psychotherapie",
            "NotaFactuur B.V.",
            "GGZ Rivierenland",
        ] {
            assert!(looks_like_name(name), "{name}");
        }
        for prose in [
            "Beste mevrouw De Vries,",
            "Namens uw zorgverlener Praktijk Lichtpunt sturen wij u de nota voor uw behandeling.",
            "Wij sturen u hierbij de nota",
            "Heeft u vragen over deze nota",
        ] {
            assert!(!looks_like_name(prose), "{prose}");
        }
    }
}

/// A Dutch postcode: four digits (not starting with 0), a space or none, two capital letters
/// (`1234 AB`), standing as words of their own.
fn has_postcode(text: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let digits = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && !w.starts_with('0');
    let letters = |w: &str| w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    words.windows(2).any(|p| digits(p[0]) && letters(p[1]))
        || words.iter().any(|w| w.len() == 6 && w.is_ascii() && digits(&w[..4]) && letters(&w[4..]))
}

/// An IBAN: two capital letters and two digits, then letters and digits (`NL91ABNA0417164300`,
/// also written in groups of four).
fn has_iban(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let b = compact.as_bytes();
    (0..b.len().saturating_sub(15)).any(|i| {
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b[i..i + 2].iter().all(u8::is_ascii_uppercase)
            && b[i + 2..i + 4].iter().all(u8::is_ascii_digit)
            && b[i + 4..i + 8].iter().all(u8::is_ascii_uppercase)
            && b[i + 8..i + 16].iter().all(u8::is_ascii_digit)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_noise() {
        assert!(is_page_noise("Pagina 1 van 2") && is_page_noise("Page 2 of 3") && is_page_noise("- 2 -"));
        assert!(!is_page_noise("Pagina's met uitleg over uw behandeling en meer"));
    }

    #[test]
    fn plain_text() {
        for t in [
            "Betaling binnen 30 dagen op NL00 BANK 0123 4567 89 o.v.v. het factuurnummer.",
            "NL91 ABNA 0417 1643 00",
            "Dorpsstraat 12, 3511 AB Utrecht",
            "Vragen? Bel 030 - 123 45 67 of mail naar info@example.nl",
            "Wij verzoeken u het bedrag binnen 14 dagen over te maken. Gelieve het betalingskenmerk te vermelden.",
            "Please pay within 30 days to the bank account below.",
        ] {
            assert!(is_plain_text(t), "{t}");
        }
        for t in ["Behandeling 45 minuten", "Ambulant - kwaliteitsstatuut sectie II", "Toeslag reistijd"] {
            assert!(!is_plain_text(t), "{t}");
        }
    }
}
