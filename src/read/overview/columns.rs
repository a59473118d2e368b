//! The columns of an insurer's overview, by their titles (`insurer-overviews.md`: Salland's
//! "Behandeldatum · Soort zorg · Zorgverlener · Omschrijving", the generic list "Naam zorgverlener ·
//! Zorgsoort/specialisme · … · Gedeclareerd bedrag · Vergoed basisverzekering · Eigen risico-bedrag").
//! No insurer's layout is assumed: a title is known by its words, in any order, and a card of
//! "title value" lines is read with the same words.

use crate::util::fold::fold;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Col {
    Date,
    /// "Start-/Einddatum", "Periode": a date or a period.
    Period,
    Provider,
    /// "Soort zorg", "Zorgsoort/specialisme": the kind of care in a word.
    Kind,
    Description,
    Code,
    Declared,
    Reimbursed,
    EigenRisico,
    EigenBijdrage,
    Rejected,
    /// "Bedrag": an amount the other columns do not name (the eigen risico on a bill).
    Amount,
    Status,
    Reason,
    Claim,
    /// "Verzekerde": the person (read past).
    Person,
    /// Read past: a diagnosis, a received date, a column NotaWijzer does not use.
    Other,
}

impl Col {
    pub(super) fn is_amount(self) -> bool {
        matches!(
            self,
            Col::Declared | Col::Reimbursed | Col::EigenRisico | Col::EigenBijdrage | Col::Rejected | Col::Amount
        )
    }

    /// A column only an insurer's document has: what was paid, charged or rejected.
    pub(super) fn is_insurer_amount(self) -> bool {
        matches!(self, Col::Reimbursed | Col::EigenRisico | Col::EigenBijdrage | Col::Rejected)
    }
}

/// The column a title names (folded, a colon at its end allowed).
pub(super) fn col(title: &str) -> Option<Col> {
    let t = fold(title);
    let t = t.trim_end_matches(':').trim();
    let t =
        t.strip_suffix(" in eur").or_else(|| t.strip_suffix(" (eur)")).or_else(|| t.strip_suffix(" (€)")).unwrap_or(t);
    Some(match t {
        "behandeldatum"
        | "datum"
        | "datum behandeling"
        | "zorgdatum"
        | "datum zorg"
        | "datum van behandeling"
        | "startdatum"
        | "begindatum" => Col::Date,
        "start-/einddatum" | "start/einddatum" | "start- en einddatum" | "periode" | "behandelperiode" => Col::Period,
        "zorgverlener" | "naam zorgverlener" | "zorgaanbieder" | "aanbieder" | "behandelaar" | "zorginstelling" => {
            Col::Provider
        }
        "soort zorg"
        | "zorgsoort"
        | "zorgsoort/specialisme"
        | "zorgsoort / specialisme"
        | "specialisme"
        | "type zorg"
        | "zorgcategorie" => Col::Kind,
        "omschrijving" | "behandeling" | "prestatie" | "zorgomschrijving" | "omschrijving zorg" => Col::Description,
        "zorgproduct" | "zorgproductcode" | "zorgproduct(code)" | "code" | "prestatiecode" | "zorgelement"
        | "declaratiecode" => Col::Code,
        "gedeclareerd"
        | "gedeclareerd bedrag"
        | "declaratiebedrag"
        | "bedrag gedeclareerd"
        | "kosten behandeling"
        | "kosten"
        | "ingediend bedrag"
        | "ingediend"
        | "nota bedrag"
        | "notabedrag" => Col::Declared,
        "vergoed"
        | "vergoed basisverzekering"
        | "vergoeding"
        | "vergoed bedrag"
        | "uitbetaald"
        | "uitgekeerd"
        | "betaald door verzekeraar"
        | "ten laste van de verzekering"
        | "vergoed door ons"
        | "wij betalen" => Col::Reimbursed,
        "eigen risico"
        | "eigen risico-bedrag"
        | "eigen risicobedrag"
        | "eigen risico bedrag"
        | "bedrag eigen risico"
        | "verrekend eigen risico"
        | "ten laste van eigen risico"
        | "ten laste van uw eigen risico" => Col::EigenRisico,
        "eigen bijdrage" | "bedrag bijdrage" | "bedrag eigen bijdrage" => Col::EigenBijdrage,
        "afgewezen" | "afgewezen bedrag" | "niet vergoed" => Col::Rejected,
        "bedrag" | "u betaalt" | "te betalen" => Col::Amount,
        "status" | "stand van zaken" => Col::Status,
        "reden" | "toelichting" | "reden afwijzing" | "opmerking" => Col::Reason,
        "declaratienummer" | "notanummer" | "factuurnummer" | "declaratie" | "kenmerk" => Col::Claim,
        "verzekerde" | "naam verzekerde" | "naam" => Col::Person,
        "diagnose" | "ontvangen op" | "ontvangstdatum" | "datum ontvangst" | "verwerkt op" | "betaald op" => Col::Other,
        _ => return None,
    })
}

/// The cells of a line of an overview, with the byte offset where each starts: at tabs (a table
/// copied from a page), `;` or `|` (an export), else at gaps of two spaces or more (a PDF's columns,
/// aligned text).
pub(super) fn split(line: &str) -> Vec<(usize, String)> {
    for sep in ['\t', ';', '|'] {
        if line.contains(sep) {
            return crate::read::zpm::cells(line, sep);
        }
    }
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let (mut i, mut start) = (0, None::<usize>);
    while i < bytes.len() {
        if bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ') {
            if let Some(s) = start.take() {
                out.push((s, line[s..i].to_string()));
            }
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            continue;
        }
        if start.is_none() && bytes[i] != b' ' {
            start = Some(i);
        }
        i += 1;
    }
    if let Some(s) = start {
        out.push((s, line[s..].trim_end().to_string()));
    }
    out
}

/// The columns of a title line: every non-empty cell a known title, a date among them and an
/// amount only an insurer's document has ("Vergoed", "Eigen risico"), or a date, the kind of
/// care and an amount.
pub(super) fn titles(cells: &[(usize, String)]) -> Option<Vec<Col>> {
    if cells.len() < 3 || cells.iter().any(|(_, c)| c.bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let cols: Vec<Col> = cells
        .iter()
        .map(|(_, c)| if c.trim().is_empty() { Some(Col::Other) } else { col(c) })
        .collect::<Option<_>>()?;
    let dated = cols.iter().any(|c| matches!(c, Col::Date | Col::Period));
    let insurer = cols.iter().any(|c| c.is_insurer_amount());
    // a plain "Bedrag" beside "Soort zorg": a provider's nota has no kind-of-care column
    let plain = cols.contains(&Col::Amount) && cols.contains(&Col::Kind);
    (dated && (insurer || plain)).then_some(cols)
}

/// A "title value" line of a card ("Behandeldatum 10-11-2026", "Eigen risico: € 100,00"): the column
/// and the value as written. The title is the first one to four words.
pub(super) fn keyed(line: &str) -> Option<(Col, &str)> {
    let words: Vec<(usize, &str)> =
        line.split_whitespace().map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w)).collect();
    for n in (1..=4.min(words.len().saturating_sub(1))).rev() {
        let end = words[n - 1].0 + words[n - 1].1.len();
        if let Some(c) = col(&line[..end]) {
            let value = line[end..].trim_start_matches([':', ' ', '\t']).trim();
            if !value.is_empty() {
                return Some((c, value));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_of_the_documented_layouts() {
        let generic = "Naam zorgverlener\tZorgsoort/specialisme\tDiagnose\tBehandeldatum\tStart-/Einddatum\tZorgproduct\tGedeclareerd bedrag\tVergoed basisverzekering\tEigen risico-bedrag";
        let cols = titles(&split(generic)).unwrap();
        assert_eq!(cols.len(), 9);
        assert_eq!(cols[4], Col::Period);
        assert_eq!(cols[8], Col::EigenRisico);
        let salland = "Behandeldatum    Soort zorg    Zorgverlener    Omschrijving    Bedrag";
        assert_eq!(
            titles(&split(salland)).unwrap(),
            [Col::Date, Col::Kind, Col::Provider, Col::Description, Col::Amount]
        );
        // a provider's nota is no overview: no insurer's amount, no provider column
        assert_eq!(titles(&split("Datum | Code | Omschrijving | Bedrag")), None);
        assert_eq!(keyed("Eigen risico: € 100,00"), Some((Col::EigenRisico, "€ 100,00")));
        assert_eq!(keyed("Behandeldatum 10-11-2026"), Some((Col::Date, "10-11-2026")));
        assert_eq!(keyed("Eigen risico"), None);
    }
}
