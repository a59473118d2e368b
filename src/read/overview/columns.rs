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

/// Every title NotaWijzer knows, folded, and its column.
const TITLES: [(&str, Col); 95] = [
    ("behandeldatum", Col::Date),
    ("datum", Col::Date),
    ("datum behandeling", Col::Date),
    ("zorgdatum", Col::Date),
    ("datum zorg", Col::Date),
    ("datum van behandeling", Col::Date),
    ("startdatum", Col::Date),
    ("begindatum", Col::Date),
    ("start-/einddatum", Col::Period),
    ("start/einddatum", Col::Period),
    ("start- en einddatum", Col::Period),
    ("periode", Col::Period),
    ("behandelperiode", Col::Period),
    ("zorgverlener", Col::Provider),
    ("naam zorgverlener", Col::Provider),
    ("zorgaanbieder", Col::Provider),
    ("aanbieder", Col::Provider),
    ("behandelaar", Col::Provider),
    ("zorginstelling", Col::Provider),
    ("soort zorg", Col::Kind),
    ("zorgsoort", Col::Kind),
    ("zorgsoort/specialisme", Col::Kind),
    ("zorgsoort / specialisme", Col::Kind),
    ("specialisme", Col::Kind),
    ("type zorg", Col::Kind),
    ("zorgcategorie", Col::Kind),
    ("omschrijving", Col::Description),
    ("behandeling", Col::Description),
    ("prestatie", Col::Description),
    ("zorgomschrijving", Col::Description),
    ("omschrijving zorg", Col::Description),
    ("zorgproduct", Col::Code),
    ("zorgproductcode", Col::Code),
    ("zorgproduct(code)", Col::Code),
    ("code", Col::Code),
    ("prestatiecode", Col::Code),
    ("zorgelement", Col::Code),
    ("declaratiecode", Col::Code),
    ("gedeclareerd", Col::Declared),
    ("gedeclareerd bedrag", Col::Declared),
    ("declaratiebedrag", Col::Declared),
    ("bedrag gedeclareerd", Col::Declared),
    ("kosten behandeling", Col::Declared),
    ("kosten", Col::Declared),
    ("ingediend bedrag", Col::Declared),
    ("ingediend", Col::Declared),
    ("nota bedrag", Col::Declared),
    ("notabedrag", Col::Declared),
    ("vergoed", Col::Reimbursed),
    ("vergoed basisverzekering", Col::Reimbursed),
    ("vergoeding", Col::Reimbursed),
    ("vergoed bedrag", Col::Reimbursed),
    ("uitbetaald", Col::Reimbursed),
    ("uitgekeerd", Col::Reimbursed),
    ("betaald door verzekeraar", Col::Reimbursed),
    ("ten laste van de verzekering", Col::Reimbursed),
    ("vergoed door ons", Col::Reimbursed),
    ("wij betalen", Col::Reimbursed),
    ("eigen risico", Col::EigenRisico),
    ("eigen risico-bedrag", Col::EigenRisico),
    ("eigen risicobedrag", Col::EigenRisico),
    ("eigen risico bedrag", Col::EigenRisico),
    ("bedrag eigen risico", Col::EigenRisico),
    ("verrekend eigen risico", Col::EigenRisico),
    ("ten laste van eigen risico", Col::EigenRisico),
    ("ten laste van uw eigen risico", Col::EigenRisico),
    ("eigen bijdrage", Col::EigenBijdrage),
    ("bedrag bijdrage", Col::EigenBijdrage),
    ("bedrag eigen bijdrage", Col::EigenBijdrage),
    ("afgewezen", Col::Rejected),
    ("afgewezen bedrag", Col::Rejected),
    ("niet vergoed", Col::Rejected),
    ("bedrag", Col::Amount),
    ("u betaalt", Col::Amount),
    ("te betalen", Col::Amount),
    ("status", Col::Status),
    ("stand van zaken", Col::Status),
    ("reden", Col::Reason),
    ("toelichting", Col::Reason),
    ("reden afwijzing", Col::Reason),
    ("opmerking", Col::Reason),
    ("declaratienummer", Col::Claim),
    ("notanummer", Col::Claim),
    ("factuurnummer", Col::Claim),
    ("declaratie", Col::Claim),
    ("kenmerk", Col::Claim),
    ("verzekerde", Col::Person),
    ("naam verzekerde", Col::Person),
    ("naam", Col::Person),
    ("diagnose", Col::Other),
    ("ontvangen op", Col::Other),
    ("ontvangstdatum", Col::Other),
    ("datum ontvangst", Col::Other),
    ("verwerkt op", Col::Other),
    ("betaald op", Col::Other),
];

/// The column a title names (folded, a colon at its end allowed).
pub(super) fn col(title: &str) -> Option<Col> {
    let t = fold(title);
    let t = t.trim_end_matches(':').trim();
    let t =
        t.strip_suffix(" in eur").or_else(|| t.strip_suffix(" (eur)")).or_else(|| t.strip_suffix(" (€)")).unwrap_or(t);
    TITLES.iter().find(|(w, _)| *w == t).map(|(_, c)| *c)
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

/// A title line whose last titles may go on below: no digit, a date column and at least three
/// titles known, but not all of them.
pub(super) fn partly_titles(cells: &[(usize, String)]) -> bool {
    if cells.len() < 4 || cells.iter().any(|(_, c)| c.bytes().any(|b| b.is_ascii_digit())) {
        return false;
    }
    let cols: Vec<Option<Col>> = cells.iter().map(|(_, c)| col(c)).collect();
    let known = cols.iter().filter(|c| c.is_some()).count();
    known >= 3 && known < cols.len() && cols.iter().any(|c| matches!(c, Some(Col::Date | Col::Period)))
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
