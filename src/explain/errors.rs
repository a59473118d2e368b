//! What went wrong while reading, in words a patient understands, with where it is.

use crate::lang::Lang;
use crate::read::{AmountProblem, DateProblem, Position, Problem, ReadError};

/// "Regel 12, kolom 5" / "Line 12, column 5"; "Het bestand" / "The file" for the file as a whole.
pub fn position(at: Position, lang: Lang) -> String {
    match (at.line, lang) {
        (0, Lang::Nl) => "Het bestand".to_string(),
        (0, Lang::En) => "The file".to_string(),
        (line, Lang::Nl) => format!("Regel {line}, kolom {}", at.column),
        (line, Lang::En) => format!("Line {line}, column {}", at.column),
    }
}

/// The message with its place: "Regel 9, kolom 18: …".
pub fn read_error_with_place(error: &ReadError, lang: Lang) -> String {
    format!("{}: {}", position(error.at, lang), read_error(error, lang))
}

/// The message alone.
pub fn read_error(error: &ReadError, lang: Lang) -> String {
    let n = |v: usize| crate::format::number(u32::try_from(v).unwrap_or(u32::MAX), lang);
    match &error.problem {
        Problem::Empty => lang.pick("Het bestand is leeg.", "The file is empty.").to_string(),
        Problem::NotANota => lang
            .pick(
                "Dit lijkt geen zorgnota. NotaWijzer zocht regels met zorg: een datum, een prestatiecode (zoals CO0497) of een soort zorg (zoals een consult), en een bedrag. Zulke regels staan niet in dit bestand. NotaWijzer heeft dus niets gecontroleerd. Is het toch uw nota? Open dan de PDF die u van uw zorgaanbieder kreeg, of kopieer de tekst van de nota zelf en plak die in het tekstvak.",
                "This does not look like a care bill (zorgnota). NotaWijzer looked for lines of care: a date, a prestatie code (such as CO0497) or a kind of care (such as a consultation), and an amount. This file has no such lines. So NotaWijzer has checked nothing. Is it your bill after all? Then open the PDF your care provider sent you, or copy the text of the bill itself and paste it into the text box.",
            )
            .to_string(),
        Problem::NotText { looks_like } => {
            let what = match (looks_like, lang) {
                (Some("pdf"), Lang::Nl) => "Dit is een PDF-bestand. ",
                (Some("pdf"), Lang::En) => "This is a PDF file. ",
                (Some("image"), Lang::Nl) => "Dit is een afbeelding. ",
                (Some("image"), Lang::En) => "This is an image. ",
                (Some("office"), Lang::Nl) => "Dit is een Word- of Excel-bestand (of een zip). ",
                (Some("office"), Lang::En) => "This is a Word or Excel file (or a zip). ",
                (Some("rtf"), Lang::Nl) => "Dit is een opgemaakt tekstbestand (RTF). ",
                (Some("rtf"), Lang::En) => "This is a formatted text file (RTF). ",
                _ => "",
            };
            lang.pick(
                format!("{what}NotaWijzer kan alleen gewone tekst lezen. Kopieer de tekst van uw nota en plak die in het tekstvak."),
                format!("{what}NotaWijzer can only read plain text. Copy the text of your statement and paste it into the text box."),
            )
        }
        Problem::FileTooLarge { size, limit } => lang.pick(
            format!(
                "Het bestand is te groot ({} MB; het maximum is {} MB). Alleen het begin is gelezen.",
                mb(*size),
                mb(*limit)
            ),
            format!(
                "The file is too large ({} MB; the maximum is {} MB). Only the beginning was read.",
                mb(*size),
                mb(*limit)
            ),
        ),
        Problem::LineTooLong { chars, limit } => lang.pick(
            format!(
                "Deze regel is te lang ({} tekens; het maximum is {}). De regel is overgeslagen.",
                n(*chars),
                n(*limit)
            ),
            format!(
                "This line is too long ({} characters; the maximum is {}). The line was skipped.",
                n(*chars),
                n(*limit)
            ),
        ),
        Problem::TooManyLines { limit } => lang.pick(
            format!("Het bestand heeft meer dan {} regels. De regels daarna zijn niet gelezen.", n(*limit)),
            format!("The file has more than {} lines. The lines after that were not read.", n(*limit)),
        ),
        Problem::TooManyNotas { limit } => lang.pick(
            format!("Het bestand heeft meer dan {} nota's. De nota's daarna zijn niet gelezen.", n(*limit)),
            format!("The file holds more than {} statements. The statements after that were not read.", n(*limit)),
        ),
        Problem::TooManyItems { limit } => lang.pick(
            format!("Deze nota heeft meer dan {} regels met bedragen. De regels daarna zijn niet gelezen.", n(*limit)),
            format!(
                "This statement has more than {} lines with amounts. The lines after that were not read.",
                n(*limit)
            ),
        ),
        Problem::TooManyFiles { limit } => lang.pick(
            format!("U kunt tot {limit} bestanden tegelijk openen. Dit bestand is niet gelezen."),
            format!("You can open up to {limit} files at once. This file was not read."),
        ),
        Problem::TooLargeToAdd => lang
            .pick(
                "De bedragen van deze nota zijn samen te groot om precies op te tellen.",
                "The amounts of this statement are together too large to add up exactly.",
            )
            .to_string(),
        Problem::NotUnderstood { text } => lang.pick(
            format!("NotaWijzer begrijpt deze regel niet: „{text}”. De rest van de nota is wel gelezen."),
            format!("NotaWijzer does not understand this line: “{text}”. The rest of the statement was read."),
        ),
        Problem::MissingDate => lang
            .pick(
                "Op deze regel staat geen datum. NotaWijzer telt het bedrag mee, maar kan niet zeggen wanneer de zorg was.",
                "This line has no date. NotaWijzer counts the amount, but cannot say when the care took place.",
            )
            .to_string(),
        Problem::MissingCode => lang
            .pick(
                "Op deze regel staat een bedrag, maar geen prestatiecode (zoals CO0497). NotaWijzer telt het bedrag mee, maar weet niet wat voor zorg het is. Vraag het uw zorgaanbieder.",
                "This line has an amount but no prestatie code (such as CO0497). NotaWijzer counts the amount, but does not know what kind of care it is. Ask your care provider.",
            )
            .to_string(),
        Problem::MissingAmount => lang
            .pick(
                "Hier hoort een bedrag te staan, zoals € 100,00, maar er staat niets.",
                "An amount such as € 100,00 belongs here, but there is none.",
            )
            .to_string(),
        Problem::BadAmount { text, problem } => amount(text, *problem, lang),
        Problem::BadDate { text, problem } => date(text, *problem, lang),
        Problem::BadMonth { text } => lang.pick(
            format!("NotaWijzer herkent de maand niet in „{text}”. Schrijf bijvoorbeeld: Declaratie februari 2017."),
            format!(
                "NotaWijzer does not recognise the month in “{text}”. Write, for example: Declaratie februari 2017."
            ),
        ),
        Problem::BadSequence { text } => lang.pick(
            format!("Het volgnummer „{text}” is geen heel getal."),
            format!("The sequence number “{text}” is not a whole number."),
        ),
        Problem::DuplicateHeader { key } => lang.pick(
            format!("„{key}” staat twee keer op de nota, met een andere waarde. NotaWijzer gebruikt de eerste."),
            format!("“{key}” is on the statement twice, with a different value. NotaWijzer uses the first one."),
        ),
        // serde_json's own (English, technical) words are not shown: a sentence per kind of fault.
        Problem::JsonSyntax { ends_early: true } => lang
            .pick(
                "Dit JSON-bestand houdt te vroeg op: er ontbreekt iets aan het einde, zoals een haakje. NotaWijzer kon het niet lezen.",
                "This JSON file stops too early: something is missing at the end, such as a bracket. NotaWijzer could not read it.",
            )
            .to_string(),
        Problem::JsonSyntax { ends_early: false } => lang
            .pick(
                "Dit JSON-bestand is niet goed opgebouwd: hier staat een teken dat er niet hoort, of er ontbreekt een komma, haakje of aanhalingsteken. Vanaf hier kon NotaWijzer niets lezen.",
                "This JSON file is not well formed: a character here does not belong, or a comma, bracket or quotation mark is missing. NotaWijzer could not read anything from here on.",
            )
            .to_string(),
        Problem::JsonField { field, expected } => {
            let what = match (*expected, lang) {
                ("amount", Lang::Nl) => "een bedrag met een punt en hoogstens twee decimalen, zoals \"100.00\"",
                ("amount", Lang::En) => "an amount with a dot and at most two decimals, such as \"100.00\"",
                ("date", Lang::Nl) => "een datum, zoals \"2017-02-15\"",
                ("date", Lang::En) => "a date, such as \"2017-02-15\"",
                ("month", Lang::Nl) => "een maand, zoals \"2017-02\"",
                ("month", Lang::En) => "a month, such as \"2017-02\"",
                ("minutes", Lang::Nl) => "een band van minuten, zoals \"3000-5999\"",
                ("minutes", Lang::En) => "a band of minutes, such as \"3000-5999\"",
                ("whole_number", Lang::Nl) => "een heel getal",
                ("whole_number", Lang::En) => "a whole number",
                ("cluster", Lang::Nl) => "een clusternummer of -naam",
                ("cluster", Lang::En) => "a cluster number or name",
                ("object", Lang::Nl) => "een object { … }",
                ("object", Lang::En) => "an object { … }",
                ("array", Lang::Nl) => "een lijst [ … ]",
                ("array", Lang::En) => "a list [ … ]",
                (_, Lang::Nl) => "tekst",
                (_, Lang::En) => "text",
            };
            lang.pick(
                format!("Het veld „{field}” moet {what} zijn. Dit veld is overgeslagen."),
                format!("The field “{field}” must be {what}. This field was skipped."),
            )
        }
        Problem::JsonUnknownField { field } => lang.pick(
            format!("NotaWijzer kent het veld „{field}” niet en heeft het overgeslagen."),
            format!("NotaWijzer does not know the field “{field}” and skipped it."),
        ),
    }
}

fn mb(bytes: usize) -> String {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    format!("{},{}", tenths / 10, tenths % 10)
}

fn amount(text: &str, problem: AmountProblem, lang: Lang) -> String {
    let why = match (problem, lang) {
        (AmountProblem::DotAsDecimal, Lang::Nl) => {
            "In het Nederlands scheidt de punt duizendtallen en de komma de centen. Bedoelt u centen? Schrijf dan bijvoorbeeld 100,50."
        }
        (AmountProblem::DotAsDecimal, Lang::En) => {
            "In Dutch the dot separates thousands and the comma the cents. Do you mean cents? Then write, for example, 100,50."
        }
        (AmountProblem::TooManyDecimals, Lang::Nl) => "Na de komma horen hoogstens twee cijfers (de centen).",
        (AmountProblem::TooManyDecimals, Lang::En) => "At most two digits (the cents) belong after the comma.",
        (AmountProblem::BadGrouping, Lang::Nl) => {
            "De punten staan niet op de goede plaats: een punt staat steeds voor drie cijfers, zoals in 1.300."
        }
        (AmountProblem::BadGrouping, Lang::En) => {
            "The dots are in the wrong place: a dot always comes before three digits, as in 1.300."
        }
        (AmountProblem::TooLarge, Lang::Nl) => {
            "Dit bedrag is groter dan een nota kan hebben (meer dan € 99.999.999,99)."
        }
        (AmountProblem::TooLarge, Lang::En) => {
            "This amount is larger than a statement can hold (over € 99,999,999.99)."
        }
        (_, Lang::Nl) => "Schrijf een bedrag zoals € 100 of € 1.300,50.",
        (_, Lang::En) => "Write an amount such as € 100 or € 1.300,50.",
    };
    lang.pick(
        format!("NotaWijzer kan het bedrag „{text}” niet lezen. {why}"),
        format!("NotaWijzer cannot read the amount “{text}”. {why}"),
    )
}

fn date(text: &str, problem: DateProblem, lang: Lang) -> String {
    match (problem, lang) {
        (DateProblem::NoSuchDay, Lang::Nl) => format!("De datum „{text}” bestaat niet."),
        (DateProblem::NoSuchDay, Lang::En) => format!("The date “{text}” does not exist."),
        (DateProblem::UnlikelyYear, Lang::Nl) => format!("Het jaar in „{text}” klopt niet."),
        (DateProblem::UnlikelyYear, Lang::En) => format!("The year in “{text}” is not right."),
        (DateProblem::NoYear, Lang::Nl) => format!(
            "Bij „{text}” staat geen jaar, en de nota noemt geen maand (zoals „Declaratie februari 2017”) om het jaar uit te halen."
        ),
        (DateProblem::NoYear, Lang::En) => format!(
            "“{text}” has no year, and the statement names no month (such as “Declaratie februari 2017”) to take the year from."
        ),
        (DateProblem::Unreadable, Lang::Nl) => {
            format!("NotaWijzer kan de datum „{text}” niet lezen. Schrijf bijvoorbeeld 15-2-2017.")
        }
        (DateProblem::Unreadable, Lang::En) => {
            format!("NotaWijzer cannot read the date “{text}”. Write, for example, 15-2-2017.")
        }
    }
}
