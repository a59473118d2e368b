//! The header keys of a ZPM nota and every variant of each that a nota is known to use.

use crate::read::header::match_key;

/// The header keys of a ZPM nota (`zpm-nota-format.md`, "Header fields"; the variants of
/// `real-nota-layouts.md`), any case, with or without a colon, Dutch and English. Within a group
/// longer keys come first: a key must be followed by a word boundary. The groups are tried in
/// order, so "BTW-nummer" is read past before "BTW" is taken for a VAT line and "Nota voor" is the
/// patient before anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Key {
    InvoiceNumber,
    InvoiceDate,
    /// A bare "Datum:" / "Date:" in the header: the invoice date, when no other is given.
    Date,
    Provider,
    Patient,
    BirthDate,
    Trajectory,
    Start,
    Zorgvraagtype,
    Diagnosis,
    Privacy,
    Profile,
    Review,
    /// The summary lines (`real-nota-layouts.md`): fields, never care.
    Total,
    /// A subtotal (per page, or before VAT).
    Subtotal,
    Vat,
    AlreadyPaid,
    Balance,
    /// "Vervaldatum", "Te betalen vóór": the day to pay by (a date, not an amount).
    DueDate,
    /// Read and not kept: BSN, verzekerdennummer, AGB-codes, UZOVI, referral, practitioner,
    /// address, contact and payment details.
    Ignored,
}

impl Key {
    /// A summary line: its value is an amount.
    pub(super) fn is_money(self) -> bool {
        matches!(self, Key::Total | Key::Subtotal | Key::Vat | Key::AlreadyPaid | Key::Balance)
    }
}

pub(super) const KEYS: &[(&[&str], Key)] = &[
    (&["btw-nummer", "btw nummer", "btw nr", "btw-nr", "btw-id", "vat number", "vat no"], Key::Ignored),
    (
        &[
            "nota voor",
            "factuur voor",
            "invoice to",
            "bill to",
            "naam verzekerde",
            "naam client",
            "naam patient",
            "client name",
            "patient name",
            "client",
            "patient",
            "naam",
            "verzekerde",
        ],
        Key::Patient,
    ),
    (
        &[
            "factuurdatum",
            "factuur datum",
            "notadatum",
            "nota datum",
            "datum nota",
            "datum factuur",
            "invoice date",
            "date of invoice",
        ],
        Key::InvoiceDate,
    ),
    (
        &[
            "factuurnummer",
            "factuur nummer",
            "factuurnr",
            "factuur nr",
            "notanummer",
            "notanr",
            "nota nummer",
            "nota nr",
            "invoice number",
            "invoice no",
            "invoice nr",
        ],
        Key::InvoiceNumber,
    ),
    (
        &[
            "namens uw zorgverlener",
            "namens uw zorgaanbieder",
            "zorgaanbieder",
            "zorgverlener",
            "praktijk",
            "instelling",
            "provider",
        ],
        Key::Provider,
    ),
    (&["geboortedatum", "date of birth", "birth date"], Key::BirthDate),
    (
        &[
            "zorgtrajectnummer",
            "zorgtraject nummer",
            "trajectnummer",
            "zorgtraject",
            "traject",
            "treatment trajectory",
            "care trajectory",
        ],
        Key::Trajectory,
    ),
    (
        &[
            "startdatum zorgtraject",
            "start zorgtraject",
            "begindatum zorgtraject",
            "startdatum behandeling",
            "startdatum",
            "begindatum",
            "start date",
        ],
        Key::Start,
    ),
    (&["gekozen zorgvraagtype", "zorgvraagtypering", "zorgvraagtype", "zvt"], Key::Zorgvraagtype),
    // after "Date of birth", "Date of invoice"
    (&["datum", "date"], Key::Date),
    (&["hoofddiagnose", "dsm-hoofdgroep", "dsm hoofdgroep", "diagnose"], Key::Diagnosis),
    (&["privacyverklaring"], Key::Privacy),
    (&["gb-ggz profiel", "gb ggz profiel", "prestatieprofiel", "profiel"], Key::Profile),
    (&["reviewdatum", "review uiterlijk", "review", "hertypering", "herbeoordeling"], Key::Review),
    (&["subtotaal", "sub-totaal", "subtotal"], Key::Subtotal),
    (&["btw", "vat"], Key::Vat),
    (
        &[
            "reeds ontvangen",
            "reeds voldaan",
            "reeds betaald",
            "al betaald",
            "eerder betaald",
            "al voldaan",
            "ontvangen betaling",
            "already paid",
            "amount paid",
            "paid",
            "betaald",
            "voldaan",
        ],
        Key::AlreadyPaid,
    ),
    (
        &[
            "totaal te betalen",
            "totaalbedrag",
            "totaal factuur",
            "totaal nota",
            "totaal",
            "invoice total",
            "total amount",
            "total",
        ],
        Key::Total,
    ),
    (
        &[
            "te betalen voor",
            "te betalen uiterlijk",
            "te voldoen voor",
            "uiterlijk te betalen",
            "betalen voor",
            "uiterste betaaldatum",
            "vervaldatum",
            "due date",
            "payment due",
            "pay before",
        ],
        Key::DueDate,
    ),
    (
        &[
            "openstaand saldo",
            "openstaand bedrag",
            "openstaand",
            "nog te betalen",
            "te betalen",
            "te voldoen",
            "saldo",
            "balance due",
            "amount due",
            "balance",
        ],
        Key::Balance,
    ),
    (
        &[
            "bsn",
            "burgerservicenummer",
            "verzekerdennummer",
            "verzekerdenummer",
            "polisnummer",
            "uzovi",
            "agb-code",
            "agb code",
            "agb",
            "verwijstype",
            "verwijzer",
            "type verwijzing",
            "regiebehandelaar",
            "behandelaar",
            "uitvoerder",
            "adres",
            "postadres",
            "bezoekadres",
            "iban",
            "bic",
            "debiteurnummer",
            "debiteur",
            "klantnummer",
            "betalingskenmerk",
            "betaalkenmerk",
            "kenmerk",
            "telefoon",
            "tel",
            "e-mail",
            "email",
            "website",
            "kvk",
            "zorgverzekeraar",
            "verzekeraar",
        ],
        Key::Ignored,
    ),
];

/// The key of a keyed line and the byte offset of its value.
pub(super) fn key(line: &str) -> Option<(Key, usize)> {
    KEYS.iter().find_map(|(keys, k)| match_key(line, keys).map(|at| (*k, at)))
}
