//! Messages about getting a nota, in words (`protocol::Notice`): a portal that did not answer, a
//! PDF that cannot be read. Each says what happened and what the patient can do. The engine says
//! them (`Ask::Say`); the shell says only the short progress messages itself (`app::notice`).

use crate::lang::Lang;
use crate::protocol::{Notice, PdfProblem, PictureProblem};

/// Why a PDF cannot be read, in words.
fn pdf_problem(problem: PdfProblem, lang: Lang) -> &'static str {
    match (problem, lang) {
        (PdfProblem::Scan, Lang::Nl) => {
            "NotaWijzer vond geen tekst in deze PDF. Download de nota als PDF bij uw zorgaanbieder of verzekeraar, maak een foto van de papieren nota, of typ de regels over bij „Of plak de tekst van uw nota”."
        }
        (PdfProblem::Scan, Lang::En) => {
            "NotaWijzer found no text in this PDF. Download the statement as a PDF from your provider or insurer, take a photo of the paper statement, or type the lines under “Or paste the text of your statement”."
        }
        (PdfProblem::Password, Lang::Nl) => {
            "deze PDF is beveiligd met een wachtwoord. NotaWijzer vraagt nooit om wachtwoorden. Open de PDF in uw PDF-lezer, sla hem op zonder wachtwoord (of druk hem af als PDF) en open dat bestand hier."
        }
        (PdfProblem::Password, Lang::En) => {
            "this PDF is protected by a password. NotaWijzer never asks for passwords. Open the PDF in your PDF reader, save it without a password (or print it to PDF) and open that file here."
        }
        (PdfProblem::Damaged, Lang::Nl) => {
            "deze PDF is beschadigd of geen echte PDF: NotaWijzer kan hem niet openen. Download de nota opnieuw en probeer het nog eens."
        }
        (PdfProblem::Damaged, Lang::En) => {
            "this PDF is damaged or not a real PDF: NotaWijzer cannot open it. Download the statement again and try once more."
        }
        (PdfProblem::TooLarge, Lang::Nl) => {
            "deze PDF is groter dan 10 MB, groter dan NotaWijzer leest. Een nota is meestal veel kleiner; misschien zitten er foto's in. Vraag uw zorgaanbieder of verzekeraar om de nota zelf."
        }
        (PdfProblem::TooLarge, Lang::En) => {
            "this PDF is larger than 10 MB, larger than NotaWijzer reads. A statement is usually much smaller; perhaps it holds photos. Ask your provider or insurer for the statement itself."
        }
    }
}

/// What to try when a photo cannot be read.
fn picture_tips(lang: Lang) -> &'static str {
    lang.pick(
        "Wat u kunt proberen: leg de nota plat neer op een plek met veel licht (zonder flits die spiegelt). Houd de telefoon recht boven de nota, zodat de hele nota op de foto staat. Tik op het scherm om scherp te stellen en houd de telefoon stil. Heeft u de nota ook als PDF? Open dan die: die leest NotaWijzer zeker.",
        "What you can try: lay the statement flat in a place with plenty of light (no flash that reflects). Hold the phone straight above the statement, so the whole statement is in the photo. Tap the screen to focus and hold the phone still. Do you also have the statement as a PDF? Then open that: NotaWijzer reads it for sure.",
    )
}

/// Why a picture cannot be read, in words, with what to try.
fn picture_problem(problem: PictureProblem, lang: Lang) -> String {
    let (nl, en, tips) = match problem {
        PictureProblem::Unreadable => (
            "NotaWijzer kan deze afbeelding niet openen. Open een foto als JPEG, PNG of WebP, of de PDF van de nota.",
            "NotaWijzer cannot open this image. Open a photo as JPEG, PNG or WebP, or the statement's PDF.",
            false,
        ),
        PictureProblem::Heic => (
            "dit is een HEIC-foto (zo slaat een iPhone foto's op), en deze browser kan die niet openen. Stuur de foto als JPEG: op de iPhone kiest u bij Instellingen > Camera > Formaten voor „Meest compatibel” en maakt u de foto opnieuw. Of maak een schermafbeelding van de foto en open die hier.",
            "this is a HEIC photo (how an iPhone stores photos), and this browser cannot open it. Send the photo as JPEG: on the iPhone, choose Settings > Camera > Formats > “Most Compatible” and take the photo again. Or take a screenshot of the photo and open that here.",
            false,
        ),
        PictureProblem::Unavailable => (
            "de tekstherkenning van NotaWijzer laadde niet. Laad de pagina opnieuw en open de foto nog eens.",
            "NotaWijzer's text recognition did not load. Reload the page and open the photo once more.",
            false,
        ),
        PictureProblem::TooLarge => (
            "deze foto is groter dan 10 MB, groter dan NotaWijzer leest. Maak de foto nog eens met een gewone camera-instelling, of maak een schermafbeelding van de foto en open die hier.",
            "this photo is larger than 10 MB, larger than NotaWijzer reads. Take the photo again with an ordinary camera setting, or take a screenshot of the photo and open that here.",
            false,
        ),
        PictureProblem::TooDark => (
            "de foto is te donker: NotaWijzer kan de tekst niet lezen.",
            "the photo is too dark: NotaWijzer cannot read the text.",
            true,
        ),
        PictureProblem::Blurred => (
            "de foto is te wazig: NotaWijzer kan de tekst niet lezen.",
            "the photo is too blurred: NotaWijzer cannot read the text.",
            true,
        ),
        PictureProblem::NoText => {
            ("NotaWijzer vond geen tekst op deze foto.", "NotaWijzer found no text in this photo.", true)
        }
    };
    let mut out = lang.pick(nl, en).to_string();
    if tips {
        out.push(' ');
        out.push_str(picture_tips(lang));
    }
    out
}

/// The notice in words (empty for those the shell says itself).
pub fn text(notice: &Notice, lang: Lang) -> String {
    match (notice, lang) {
            (Notice::SrcRefused { origin }, Lang::Nl) => format!(
                "NotaWijzer opent geen nota van {origin}: die website staat niet op de lijst van partners van deze NotaWijzer. Download de nota en open het bestand hier zelf."
            ),
            (Notice::SrcRefused { origin }, Lang::En) => format!(
                "NotaWijzer does not open a statement from {origin}: that website is not on this NotaWijzer's list of partners. Download the statement and open the file here yourself."
            ),
            (Notice::SrcNetwork, Lang::Nl) => "NotaWijzer kon de nota niet ophalen. Is uw internetverbinding in orde? Probeer het later opnieuw, of download de nota en open het bestand hier.".to_string(),
            (Notice::SrcNetwork, Lang::En) => "NotaWijzer could not fetch the statement. Is your internet connection working? Try again later, or download the statement and open the file here.".to_string(),
            (Notice::SrcUnauthorized, Lang::Nl) => "U bent niet (meer) ingelogd bij de website waar de nota staat. Log opnieuw in en open de nota dan nog eens.".to_string(),
            (Notice::SrcUnauthorized, Lang::En) => "You are not (or no longer) logged in to the website that holds the statement. Log in again, then open the statement once more.".to_string(),
            (Notice::SrcNotFound, Lang::Nl) => "De nota is niet gevonden. Misschien is de link verlopen. Open de nota opnieuw vanaf de website van uw verzekeraar.".to_string(),
            (Notice::SrcNotFound, Lang::En) => "The statement was not found. Perhaps the link has expired. Open it again from your insurer's website.".to_string(),
            (Notice::SrcTooLarge, Lang::Nl) => "Deze nota is groter dan NotaWijzer kan lezen (meer dan 4 MB). Vraag uw verzekeraar om de nota per maand.".to_string(),
            (Notice::SrcTooLarge, Lang::En) => "This statement is larger than NotaWijzer can read (over 4 MB). Ask your insurer for the statement month by month.".to_string(),
            (Notice::SrcHttp(code), Lang::Nl) => format!("De website met de nota gaf een fout (code {code}). Probeer het later opnieuw."),
            (Notice::SrcHttp(code), Lang::En) => format!("The website with the statement returned an error (code {code}). Please try again later."),
            (Notice::PdfFailed { name, problem }, lang) => format!("{name}: {}", pdf_problem(*problem, lang)),
            (Notice::PictureFailed { name, problem }, lang) => format!("{name}: {}", picture_problem(*problem, lang)),
        _ => String::new(),
    }
}
