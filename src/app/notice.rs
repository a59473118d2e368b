//! Messages about getting a nota that are not about its content: a `?src=` that was refused or
//! failed. Each says what happened and what the patient can do.

use crate::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `?src=` names an origin that is not a partner of this NotaWijzer.
    SrcRefused { origin: String },
    /// No answer (offline, blocked, or the server does not allow NotaWijzer to read it).
    SrcNetwork,
    /// 401 or 403: not (or no longer) logged in.
    SrcUnauthorized,
    /// 404 or 410.
    SrcNotFound,
    /// The server says the nota is larger than NotaWijzer reads.
    SrcTooLarge,
    /// Any other HTTP error.
    SrcHttp(u16),
    /// Loading the nota from the portal.
    SrcLoading,
}

impl Notice {
    pub fn is_error(&self) -> bool {
        !matches!(self, Notice::SrcLoading)
    }

    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
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
            (Notice::SrcLoading, Lang::Nl) => "De nota wordt opgehaald…".to_string(),
            (Notice::SrcLoading, Lang::En) => "Fetching the statement…".to_string(),
        }
    }
}
