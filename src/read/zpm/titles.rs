//! A column-title line: which column holds what ("Datum | Code | Omschrijving | Bedrag").

use super::keys::{Key, key};
use super::layout::{Layout, words_of};
use crate::util::fold::fold;

/// What a column holds, from its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    Date,
    Code,
    Description,
    Amount,
    /// "Aantal": the count of an "Aantal | Tarief | Bedrag" line.
    Quantity,
    /// "Tarief" beside a "Bedrag" column: the unit price (alone, "Tarief" is the amount).
    Price,
    Practitioner,
    /// A header field written on every row of an export (invoice number, invoice date,
    /// zorgvraagtype, trajectory, …): the column is titled with one of the header keys.
    Field(Key),
    Other,
}

pub(super) fn title_role(cell: &str) -> Option<Role> {
    Some(match fold(cell).trim_end_matches(':') {
        "datum" | "uitvoeringsdatum" | "behandeldatum" | "datum behandeling" | "date" | "session date" => Role::Date,
        "code" | "prestatiecode" | "prestatie code" | "declaratiecode" => Role::Code,
        "omschrijving"
        | "prestatie"
        | "prestatieomschrijving"
        | "prestatie omschrijving"
        | "behandeling"
        | "description"
        | "service" => Role::Description,
        "bedrag" | "declaratiebedrag" | "bedrag (eur)" | "bedrag (€)" | "amount" | "totaal" | "total" => Role::Amount,
        "tarief" | "prijs" | "stukprijs" | "eenheidsprijs" | "tarief (€)" | "rate" | "price" | "unit price" => {
            Role::Price
        }
        "aantal" | "qty" | "quantity" | "units" => Role::Quantity,
        "zorgverlener" | "behandelaar" | "uitgevoerd door" | "uitvoerder" | "practitioner" => Role::Practitioner,
        "agb" | "agb-code" | "koppelnummer" | "prestatiekoppelnummer" => Role::Other,
        // a column titled with a header key ("Factuurdatum", "Zorgvraagtype", "BSN"): that field
        // on every row; a bare "Datum" is the care date (above)
        title => match key(title) {
            Some((k, at)) if title[at..].trim().is_empty() && k != Key::Date && !k.is_money() => Role::Field(k),
            _ => return None,
        },
    })
}

/// The roles of a column-title line (at least two titles of care columns — a date, a code, a
/// description, an amount — and no other text: no code, no amount). A line of header keys alone
/// ("Startdatum zorgtraject:") is no title line.
/// In a text layout the roles are not used (words are placed by what they hold), only the
/// fact that the line is a title line.
pub(super) fn titles(layout: Layout, cells: &[(usize, String)]) -> Option<Vec<Role>> {
    // a column title holds no digit: a care line is no title line (decided before any title is
    // looked up)
    if cells.iter().any(|(_, c)| c.bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let parts: Vec<&str> = match layout {
        Layout::Cells(_) => cells.iter().map(|(_, c)| c.trim()).collect(),
        // aligned columns: titles apart by two spaces or more ("Unit price", "Datum behandeling");
        // else word by word
        Layout::Words => {
            let line = cells[0].1.trim();
            let wide: Vec<&str> = line.split("  ").map(str::trim).filter(|p| !p.is_empty()).collect();
            if wide.len() >= 2 && wide.iter().all(|p| title_role(p).is_some()) {
                wide
            } else {
                words_of(&cells[0].1, false).into_iter().map(|(_, w)| w).collect()
            }
        }
    };
    let mut known = 0;
    let mut roles = Vec::with_capacity(parts.len());
    for part in parts {
        let role = if part.is_empty() { Role::Other } else { title_role(part)? };
        known += usize::from(!matches!(role, Role::Field(_) | Role::Other));
        roles.push(role);
    }
    // "Tarief" is the unit price only beside an amount column ("Aantal | Tarief | Bedrag")
    if !roles.contains(&Role::Amount)
        && let Some(i) = roles.iter().rposition(|r| *r == Role::Price)
    {
        roles[i] = Role::Amount;
    }
    (known >= 2).then_some(roles)
}
