//! Writes a [`Nota`] in the text layout, so that reading it back gives the same nota (checked by a
//! property test). Dates are written with their year and amounts in Dutch notation, so nothing
//! depends on the reader's year rules.

use chrono::NaiveDate;

use crate::model::{LineKind, Nota};
use crate::words::format::{date_plain, money};
use crate::words::lang::Lang;

/// The nota in the text layout, ending with a line end.
pub fn write(nota: &Nota) -> String {
    let mut out = String::from("Zorgnota\n");
    if let Some(n) = nota.sequence {
        out.push_str(&format!("(volgnummer {n})\n"));
    }
    out.push('\n');
    if let Some(p) = &nota.patient {
        out.push_str(&format!("Patiënt: {p}\n"));
    }
    if let Some(m) = nota.billing_month {
        out.push_str(&format!("Declaratie {}\n", crate::words::format::month(m, Lang::Nl)));
    }
    if let Some(c) = &nota.cluster {
        out.push_str(&format!("Zorgcluster: {}\n", c.value));
    }
    let date = |d: NaiveDate| date_plain(d, Lang::Nl);
    if let Some(d) = nota.start_date {
        out.push_str(&format!("Start datum: {}\n", date(d)));
    }
    if let Some(d) = nota.end_date {
        out.push_str(&format!("Einde datum: {}\n", date(d)));
    }
    if let Some(a) = nota.previously_billed {
        out.push_str(&format!("Eerder gedeclareerd: {}\n", money(a, Lang::Nl)));
    }
    if let Some(r) = &nota.review_date {
        out.push_str(&format!("Review uiterlijk {}\n", date(r.value)));
    }
    out.push('\n');
    for line in &nota.lines {
        let when = match (&line.kind, line.date) {
            (LineKind::DbcProduct { band, .. }, _) => match band.to {
                Some(to) => format!("{}-{to}", band.from),
                None => format!("{}+", band.from),
            },
            (_, Some(d)) => d.format("%-d-%-m-%Y").to_string(),
            (_, None) => String::new(),
        };
        out.push_str(&format!("{} ({when}) : {}\n", line.description, money(line.amount, Lang::Nl)));
    }
    if let Some(total) = &nota.stated_total {
        out.push_str("                ---- +\n");
        out.push_str(&format!("Totaal: {}\n", money(total.value, Lang::Nl)));
    }
    out
}

/// A zorgprestatiemodel nota as a provider prints it: keyed header lines, a column-title line and
/// one line per prestatie, in aligned columns (`csv` false) or as a semicolon CSV export.
pub fn write_zpm(nota: &Nota, csv: bool) -> String {
    let mut out = String::new();
    let key = |out: &mut String, k: &str, v: &str| {
        out.push_str(k);
        out.push_str(if csv { ";" } else { ": " });
        out.push_str(v);
        out.push('\n');
    };
    let date = |d: NaiveDate| d.format("%d-%m-%Y").to_string();
    if let Some(p) = &nota.provider {
        out.push_str(p);
        out.push('\n');
    }
    if let Some(v) = &nota.invoice_number {
        key(&mut out, "Factuurnummer", v);
    }
    if let Some(d) = &nota.invoice_date {
        key(&mut out, "Factuurdatum", &date(d.value));
    }
    if let Some(v) = &nota.patient {
        key(&mut out, "Cliënt", v);
    }
    if let Some(v) = &nota.trajectory_number {
        key(&mut out, "Zorgtrajectnummer", v);
    }
    if let Some(d) = nota.start_date {
        key(&mut out, "Startdatum zorgtraject", &date(d));
    }
    if let Some(c) = &nota.cluster {
        key(&mut out, "Zorgvraagtype", &c.value);
    }
    if let Some(v) = &nota.diagnosis {
        key(&mut out, "Hoofddiagnose", v);
    }
    if let Some(p) = nota.profile {
        key(&mut out, "GB-ggz profiel", p.code());
    }
    if let Some(r) = &nota.review_date {
        key(&mut out, "Reviewdatum", &date(r.value));
    }
    out.push('\n');
    out.push_str(if csv {
        "Datum;Prestatiecode;Omschrijving;Bedrag\n"
    } else {
        "Datum       Code    Omschrijving    Bedrag\n"
    });
    for line in &nota.lines {
        let when = line.date.map(date).unwrap_or_default();
        let code = line.code.as_deref().unwrap_or("");
        if csv {
            let description = line.description.replace('"', "\"\"");
            out.push_str(&format!("{when};{code};\"{description}\";{}\n", money(line.amount, Lang::Nl)));
        } else {
            out.push_str(&format!("{when}  {code}  {}  {}\n", line.description, money(line.amount, Lang::Nl)));
        }
    }
    if let Some(total) = &nota.stated_total {
        key(&mut out, "Totaal", &money(total.value, Lang::Nl));
    }
    out
}

/// A month statement with `lines` item lines (consults, stays, other activities; every date in
/// February 2017; no two lines alike), in the text layout: the large input for benchmarks and the
/// browser timing.
pub fn generated(lines: usize) -> String {
    const KINDS: [(&str, u32); 6] = [
        ("Consult behandeling individueel", 100),
        ("Verblijf", 400),
        ("Consult diagnostiek", 120),
        ("MDO", 75),
        ("Verblijf dagklinisch", 250),
        ("Consult behandeling groep", 60),
    ];
    let mut out = String::with_capacity(lines * 48 + 300);
    out.push_str("Zorgnota\n(volgnummer 4)\n\nMeneer Henk\n\nDeclaratie februari 2017\nZorgcluster: 4\n");
    out.push_str("Start datum: 1 november 2016\nEerder gedeclareerd: € 7.400\nReview uiterlijk 1 mei\n\n");
    let mut cents: u64 = 0;
    for i in 0..lines {
        let (what, euros) = KINDS[i % KINDS.len()];
        let day = i % 28 + 1;
        // (day, amount) differs on every line, so the statement has no duplicate lines
        let amount = u64::from(euros) * 100 + (i / 28) as u64;
        out.push_str(&format!("{what} ({day}-2) : € {},{:02}\n", amount / 100, amount % 100));
        cents += amount;
    }
    out.push_str("                ---- +\n");
    out.push_str(&format!("Totaal februari: € {},{:02}\n", cents / 100, cents % 100));
    out
}

/// The factoring company's nota (`tests/fixtures/real/factoring-2024-05.txt`: letterhead, Aantal |
/// Tarief | Bedrag, summary lines, payment terms) with its care lines repeated to `lines` lines in
/// all, for the benchmark and the browser timing.
pub fn factoring(lines: usize) -> String {
    let text = include_str!("../../tests/fixtures/real/factoring-2024-05.txt");
    let start = text.find("09-04-2024").unwrap_or(0);
    let (head, rest) = text.split_at(start);
    let (care, tail) = rest.split_at(rest.find("\n\n").unwrap_or(rest.len()));
    let care: Vec<&str> = care.lines().collect();
    let mut out = String::from(head);
    for i in 0..lines.saturating_sub(head.lines().count() + tail.lines().count()) {
        if let Some(line) = care.get(i % care.len().max(1)) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str(tail);
    out
}
