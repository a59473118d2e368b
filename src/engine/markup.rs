//! How the views are laid out: the worked-out parts (`crate::engine::view`) as a tree of elements the
//! shell renders as it is (`crate::engine::protocol::Node`). Headings, landmarks, `data-testid`s and ARIA
//! are chosen here once, so the page holds one small renderer instead of a component per view.
//! Every text is a text node; a link goes only to a view or to NotaWijzer's own pages.

use crate::engine::chart::Chart;
use crate::engine::protocol::{Action, Attr, Node, Tag};
use crate::engine::view::{
    ClusterAbout, ClusterView, ComparisonView, Errors, ExcerptLine, FindingsView, Glance, InsurerView, LinePicture,
    NotaLines, Parts, PaymentView, PdfText, Review,
};
use crate::words::labels::{View, ViewLabels as Labels, view_labels as labels};
use crate::words::lang::Lang;
use crate::words::messages::m;

/// An element being built.
struct E(Tag, Vec<(Attr, String)>, Vec<Node>);

fn e(tag: Tag) -> E {
    E(tag, Vec::new(), Vec::new())
}

fn t(text: impl Into<String>) -> Node {
    Node::Text(text.into())
}

impl E {
    fn a(mut self, attr: Attr, value: impl Into<String>) -> Self {
        self.1.push((attr, value.into()));
        self
    }
    fn class(self, class: &str) -> Self {
        self.a(Attr::Class, class)
    }
    fn id(self, id: &str) -> Self {
        self.a(Attr::Id, id)
    }
    fn tid(self, id: &str) -> Self {
        self.a(Attr::TestId, id)
    }
    /// Classes, those that are `Some`; no attribute when none is.
    fn classes(self, classes: &[Option<&str>]) -> Self {
        let joined: Vec<&str> = classes.iter().flatten().copied().collect();
        if joined.is_empty() { self } else { self.a(Attr::Class, joined.join(" ")) }
    }
    fn t(mut self, text: impl Into<String>) -> Self {
        self.2.push(t(text));
        self
    }
    fn k(mut self, kid: impl Into<Node>) -> Self {
        self.2.push(kid.into());
        self
    }
    fn ks<N: Into<Node>>(mut self, kids: impl IntoIterator<Item = N>) -> Self {
        self.2.extend(kids.into_iter().map(Into::into));
        self
    }
}

impl From<E> for Node {
    fn from(e: E) -> Node {
        Node::El(e.0, e.1, e.2)
    }
}

/// A section with its heading (`h2`, by id).
fn section(class: &str, heading_id: &str, testid: &str, heading: &str) -> E {
    e(Tag::Section).class(class).a(Attr::AriaLabelledby, heading_id).tid(testid).k(e(Tag::H2).id(heading_id).t(heading))
}

/// The view model of the worked-out parts, in their language.
pub fn view_model(parts: &Parts, lang: Lang, partner_summary: String) -> crate::engine::protocol::ViewModel {
    crate::engine::protocol::ViewModel {
        lang,
        read: parts.read,
        notas: parts.notas,
        zpm: parts.zpm,
        overview: overview(parts, lang),
        lines: lines(parts, lang),
        cluster: cluster(&parts.cluster, lang),
        comparison: comparison(&parts.comparison, lang),
        partner_summary,
    }
}

/// The overview after the open panel.
pub fn overview(parts: &Parts, lang: Lang) -> Vec<Node> {
    let l = labels(lang);
    let mut out = Vec::new();
    // first: it explains what could not be read
    if parts.picture_cut {
        out.push(
            e(Tag::P).class("note picture-cut").tid("picture-cut").a(Attr::Role, "status").t(l.picture_cut).into(),
        );
    }
    out.extend(parts.errors.as_ref().map(|x| errors(x, l, lang)));
    out.extend(parts.insurer.as_ref().map(|x| insurer(x, l, lang)));
    out.extend(parts.glance.as_ref().map(|g| glance(g, parts.zpm, l, lang)));
    out.extend(parts.payment.as_ref().map(|p| payment(p, l, lang)));
    out.extend(parts.pdf.as_ref().map(|p| pdf_text(p, l)));
    out.extend(parts.findings.as_ref().map(|f| findings(f, l)));
    out
}

/// The insurer's overviews: per document the headline, the verdict, what may be wrong and what is
/// worth knowing, the eigen risico per year, the rows as a list (a card per row: no table wider than
/// a phone), then a nota matched to them, whom to ask and the letter.
fn insurer(x: &InsurerView, l: &Labels, lang: Lang) -> Node {
    let coded = |class: &str, tid: &str, items: &[crate::engine::view::Coded]| {
        e(Tag::Ul).class(class).tid(tid).ks(items.iter().map(|f| e(Tag::Li).a(Attr::DataCode, &f.code).t(&f.text)))
    };
    let mut s = section("insurer", "insurer-heading", "insurer", &m::ov_heading(lang));
    for (i, d) in x.docs.iter().enumerate() {
        let mut a = e(Tag::Article).class("insurer-doc").tid("insurer-doc");
        if let Some(title) = &d.title {
            a = a.k(e(Tag::H3).t(title));
        }
        let (first, rest) = d.headline.split_first().map_or((None, &[][..]), |(f, r)| (Some(f), r));
        a = a
            .ks(first.map(|f| e(Tag::P).t(f)))
            .k(e(Tag::Div)
                .class("figure-text insurer-headline")
                .tid("insurer-headline")
                // what it asks or pays back now, strong; by when, plain
                .ks(rest.iter().enumerate().map(|(i, h)| {
                    if i == 0 { e(Tag::P).k(e(Tag::Strong).t(h)) } else { e(Tag::P).class("figure-for").t(h) }
                })))
            .ks((!d.years.is_empty()).then(|| {
                e(Tag::Ul).class("insurer-years").tid("insurer-years").ks(d.years.iter().map(|y| e(Tag::Li).t(y)))
            }))
            .k(e(Tag::P)
                .classes(&[Some("verdict"), (!d.findings.is_empty()).then_some("has-findings")])
                .tid("insurer-verdict")
                .t(&d.verdict));
        if !d.findings.is_empty() {
            a = a.k(coded("top-findings", "insurer-findings", &d.findings));
        }
        if !d.notes.is_empty() {
            a = a.k(e(Tag::H3).t(l.notes_heading)).k(coded("glance-notes", "insurer-notes", &d.notes));
        }
        for (j, g) in d.groups.iter().enumerate() {
            let heading = g.label.clone().unwrap_or_else(|| m::ov_rows_heading(lang));
            let id = format!("insurer-rows-{i}-{j}");
            a = a.k(e(Tag::H3).id(&id).t(heading)).k(e(Tag::Ol)
                .class("insurer-rows")
                .tid("insurer-rows")
                .a(Attr::AriaLabelledby, &id)
                .ks(g.rows.iter().map(|r| {
                    // label and value; the overview's own words (Dutch) marked as such
                    let dl = e(Tag::Dl).ks(r.fields.iter().flat_map(|(label, value, dutch)| {
                        let dd = e(Tag::Dd).t(value);
                        [e(Tag::Dt).t(label), if *dutch { dd.a(Attr::Lang, "nl") } else { dd }]
                    }));
                    e(Tag::Li)
                        .classes(&[Some("insurer-row"), r.ggz.then_some("ggz")])
                        .k(dl)
                        .k(e(Tag::P).class("row-explanation").t(&r.explanation))
                })));
        }
        s = s.k(a);
    }
    if !x.matching.is_empty() {
        s = s
            .k(e(Tag::H3).t(m::match_heading(lang)))
            .k(e(Tag::Div).tid("matching").ks(x.matching.iter().map(|p| e(Tag::P).t(p))));
    }
    let Some(letter) = &x.letter else { return s.into() };
    s.k(e(Tag::H3).id("insurer-ask-heading").t(l.ask_heading))
        .k(e(Tag::Ol).class("whom").ks(x.whom.iter().map(|w| e(Tag::Li).t(w))))
        .k(Node::Letter(letter.clone()))
        .ks(x.letter_translated.as_ref().map(|t| letter_translated(t, lang)))
        .into()
}

fn errors(x: &Errors, l: &Labels, lang: Lang) -> Node {
    let no_nota = x.not_a_nota;
    let not_a_nota = m::view_not_a_nota_heading(lang);
    let heading = if no_nota { not_a_nota.as_str() } else { l.errors_heading };
    let mut s = section("read-errors", "errors-heading", if no_nota { "not-a-nota" } else { "read-errors" }, heading);
    if !no_nota {
        s = s.k(e(Tag::P).t(l.errors_intro));
    }
    s.ks(x.files.iter().map(|file| {
        let mut a = e(Tag::Article).class("file-errors").k(e(Tag::H3).t(&file.name));
        if file.unreadable && !no_nota {
            a = a.k(e(Tag::P).k(e(Tag::Strong).t(l.unreadable_file)));
        }
        let list = e(Tag::Ul)
            .class("error-list")
            .ks(file.problems.iter().map(|p| e(Tag::Li).a(Attr::DataCode, &p.code).t(&p.text)))
            .ks(file.more.iter().map(|m| e(Tag::Li).t(m)));
        a = a.k(list);
        if !file.excerpt.is_empty() {
            a = a.k(e(Tag::Div).class("source").k(e(Tag::P).class("source-label").t(l.source_label)).k(e(Tag::Ol)
                .class("source-lines")
                .a(Attr::Lang, "nl")
                .a(Attr::Dir, "ltr")
                .ks(file.excerpt.iter().map(excerpt_line))));
        }
        a
    }))
    .into()
}

/// One line of the patient's text, numbered, the character a problem points at marked.
fn excerpt_line(x: &ExcerptLine) -> E {
    let mut code = e(Tag::Code).t(&x.before);
    if let Some(here) = &x.here {
        code = code.k(e(Tag::Mark).t(here)).t(&x.after);
    }
    e(Tag::Li)
        .a(Attr::Value, x.no.to_string())
        .classes(&[x.here.is_some().then_some("bad"), x.gap.then_some("gap")])
        .k(e(Tag::Span).class("ln").a(Attr::AriaHidden, "true").t(x.no.to_string()))
        .k(code)
}

fn glance(g: &Glance, zpm: bool, l: &Labels, lang: Lang) -> Node {
    let link = |v: View| e(Tag::A).class("figure-label").a(Attr::Href, v.hash()).t(v.label_for(lang, zpm));
    let mut asks = e(Tag::Div)
        .class("figure")
        .k(e(Tag::A).class("figure-label").a(Attr::Href, View::Lines.hash()).t(l.asks))
        .k(e(Tag::P).class("figure-amount").tid("month-total").t(&g.asks))
        .k(e(Tag::P).class("figure-for").t(&g.asks_for));
    if let Some(to_pay) = &g.still_to_pay {
        asks = asks.k(e(Tag::P).class("figure-for").tid("still-to-pay").k(e(Tag::Strong).t(to_pay)));
    }
    let mut figures = e(Tag::Div).class("figures").k(asks);
    if let Some((amount, sentence)) = &g.so_far {
        figures = figures.k(e(Tag::Div)
            .class("figure")
            .k(e(Tag::P).class("figure-label").t(l.so_far))
            .k(e(Tag::P).class("figure-amount").tid("cumulative").t(amount))
            .k(e(Tag::P).t(sentence)));
    }
    if let Some((name, review)) = &g.cluster {
        figures = figures.k(e(Tag::Div)
            .class("figure")
            .k(link(View::Cluster))
            .k(e(Tag::P)
                .class("figure-amount figure-text")
                .tid(if zpm { "zorgvraagtype" } else { "zorgcluster" })
                .t(name))
            .k(e(Tag::P).tid(if zpm { "retype-due" } else { "review-due" }).t(review)));
    }
    if let Some((glance, eigen_risico)) = &g.comparison {
        let mut figure = e(Tag::Div)
            .class("figure")
            .k(link(View::Comparison))
            .k(e(Tag::P).class("figure-text").tid("comparison-glance").t(glance));
        if !eigen_risico.is_empty() {
            figure = figure.k(e(Tag::P).tid("eigen-risico-glance").t(eigen_risico));
        }
        figures = figures.k(figure);
    }
    let mut s = e(Tag::Section)
        .class("glance")
        .a(Attr::AriaLabelledby, "glance-heading")
        .tid("summary")
        .k(e(Tag::H2).id("glance-heading").a(Attr::Tabindex, "-1").t(l.glance_heading))
        .k(figures)
        .k(e(Tag::P).classes(&[Some("verdict"), (g.count > 0).then_some("has-findings")]).tid("verdict").t(&g.verdict));
    if g.count > 0 {
        s = s
            .k(e(Tag::Ol)
                .class("top-findings")
                .tid("top-findings")
                .ks(g.top.iter().map(|f| e(Tag::Li).a(Attr::DataCode, &f.code).t(&f.text))))
            .k(e(Tag::P).k(e(Tag::A).a(Attr::Href, "#findings-heading").t(l.findings_heading)));
    }
    // what is worth knowing, apart from what may be wrong
    if !g.notes.is_empty() {
        s = s.k(e(Tag::H3).t(l.notes_heading)).k(e(Tag::Ul)
            .class("glance-notes")
            .tid("glance-notes")
            .ks(g.notes.iter().map(|f| e(Tag::Li).a(Attr::DataCode, &f.code).t(&f.text))));
        if g.count == 0 {
            s = s.k(e(Tag::P).k(e(Tag::A).a(Attr::Href, "#notes-heading").t(l.more_notes)));
        }
    }
    s.into()
}

/// "Wat betaalt u?": what the nota asks now, what is never paid back, the eigen risico per year,
/// and what comes back without a contract; the fields that change those figures.
fn payment(p: &PaymentView, l: &Labels, lang: Lang) -> Node {
    use crate::engine::protocol::Field;
    // a field: its label, its hint, the field, and what does not read in it. Always the same
    // elements (the message empty when there is none, a field not asked for hidden): the shell
    // then keeps the very input the patient is typing in (and its focus) when the answer comes.
    let field = |field: Field, id: &str, label: String, hint: &str, error: Option<&String>, shown: bool| {
        let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
        let described = if error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
        let div = e(Tag::Div).class("field");
        let div = if shown { div } else { div.a(Attr::Hidden, "") };
        div.k(e(Tag::Label).a(Attr::For, id).t(label))
            .k(e(Tag::P).id(&hint_id).class("hint").t(hint))
            .k(Node::Input(field, id.to_string(), described, error.is_some()))
            .k(e(Tag::P).id(&error_id).class("field-error").t(error.cloned().unwrap_or_default()))
    };
    let mut form =
        e(Tag::Div).class("payment-form no-print").k(e(Tag::P).class("hint").t(l.payment_private)).k(e(Tag::P)
            .class("field check")
            .k(Node::Input(Field::NoContract, "pay-no-contract".into(), String::new(), false))
            .k(e(Tag::Label).a(Attr::For, "pay-no-contract").t(l.no_contract)));
    form = form.k(field(
        Field::Percent,
        "pay-percent",
        l.percent_label.to_string(),
        l.percent_hint,
        p.percent_error.as_ref(),
        p.no_contract,
    ));
    if let Some((hint, error)) = &p.insurer {
        let label = m::view_insurer_label(lang);
        form = form.k(field(Field::Insurer, "pay-insurer", label, hint, error.as_ref(), p.no_contract));
    }
    for (year, error) in &p.years {
        let label = m::view_used_label(lang, &year.to_string());
        form = form.k(field(Field::Used(*year), &format!("pay-used-{year}"), label, l.used_hint, error.as_ref(), true));
    }
    // the figures, then the fields that change them, then what holds for every policy (the last
    // two sentences: no legal minimum, and what a contract means)
    let split = p.sentences.len().saturating_sub(2);
    let (figures, rules) = p.sentences.split_at(split);
    section("payment", "payment-heading", "payment", l.payment_heading)
        .k(e(Tag::Div).tid("payment-sentences").ks(figures.iter().map(|x| e(Tag::P).t(x))))
        .k(form)
        .k(e(Tag::Div).tid("payment-rules").ks(rules.iter().map(|x| e(Tag::P).t(x))))
        .into()
}

/// "Zo heeft NotaWijzer uw PDF gelezen": the text rebuilt from the first PDF, numbered.
fn pdf_text(p: &PdfText, l: &Labels) -> Node {
    e(Tag::Details)
        .class("pdf-text")
        .tid("pdf-text")
        .k(e(Tag::Summary).t(m::view_read_summary(
            l.lang,
            m::ViewReadSummary {
                kind: if p.picture { "picture" } else { "pdf" },
                name: &p.name,
                pages: &p.pages.to_string(),
            },
        )))
        .k(e(Tag::P).class("note").t(if p.picture { l.picture_read_note } else { l.pdf_read_note }))
        .ks(p.picture.then(|| e(Tag::P).class("note").k(e(Tag::A).a(Attr::Href, "#paste-text").t(l.picture_correct))))
        .k(e(Tag::Pre).class("pdf-lines").a(Attr::Lang, "nl").a(Attr::Dir, "ltr").t(&p.text))
        .into()
}

fn findings(f: &FindingsView, l: &Labels) -> Node {
    let mut s = section("findings", "findings-heading", "findings", l.findings_heading);
    if let Some(nothing) = &f.nothing_wrong {
        s = s.k(e(Tag::P).tid("nothing-wrong").t(nothing));
    }
    s = finding_groups(s, &f.groups, l);
    if !f.notes.is_empty() {
        s = finding_groups(s.k(e(Tag::H3).id("notes-heading").t(l.notes_heading)), &f.notes, l);
    }
    // whom to ask and the letter: for what may be wrong, and the lines never paid back
    if !f.asks {
        return s.into();
    }
    s.k(e(Tag::H3).id("ask-heading").t(l.ask_heading))
        .k(e(Tag::Ol).class("whom").ks(f.whom.iter().map(|w| e(Tag::Li).t(w))))
        .k(Node::Letter(f.letter.clone()))
        .ks(f.letter_translated.as_ref().map(|t| letter_translated(t, l.lang)))
        .into()
}

/// The findings per nota, each with what it rests on and a link to how NotaWijzer checks it.
fn finding_groups(mut s: E, groups: &[crate::engine::view::FindingGroup], l: &Labels) -> E {
    for g in groups {
        if let Some(title) = &g.title {
            s = s.k(e(Tag::H3).t(title));
        }
        s = s.k(e(Tag::Ul).class("finding-list").ks(g.items.iter().map(|item| {
            let mut li = e(Tag::Li).a(Attr::DataCode, &item.code).t(&item.text);
            // Bron · wat NotaWijzer nagaat · wat niet: for every finding
            if !item.about.is_empty() {
                li = li.k(e(Tag::Dl)
                    .class("about")
                    .tid("about")
                    .ks(item.about.iter().flat_map(|(h, t)| [e(Tag::Dt).t(h), e(Tag::Dd).t(t)])));
            }
            li.k(e(Tag::A)
                .class("no-print")
                .a(Attr::Href, format!("{}#{}", l.shell.page_links()[1].1, item.code))
                .a(Attr::Target, "_blank")
                .a(Attr::Rel, "noopener")
                .t(l.how_checked))
        })));
        if let Some(more) = &g.more {
            s = s.k(e(Tag::P)
                .class("no-print")
                .t(more)
                .t(" ")
                .k(Node::Button(Action::AllFindings, l.show_all_findings.to_string())));
        }
    }
    s
}

/// The letter in the patient's language, beside the Dutch one they send.
fn letter_translated(text: &str, lang: Lang) -> Node {
    e(Tag::Div)
        .class("letter-translated")
        .tid("letter-translated")
        .k(e(Tag::H4).t(m::view_letter_translated_heading(lang)))
        .k(e(Tag::P).class("hint").t(m::view_letter_dutch_note(lang)))
        .ks(text.split("\n").filter(|l| !l.trim().is_empty()).map(|line| e(Tag::P).t(line)))
        .into()
}

/// Every line explained (nothing when no nota was read: the shell says to open one).
pub fn lines(parts: &Parts, lang: Lang) -> Vec<Node> {
    let l = labels(lang);
    if parts.lines.is_empty() {
        return Vec::new();
    }
    vec![
        section("lines", "lines-heading", "lines", l.shell.lines_heading())
            .ks(parts.lines.iter().enumerate().map(|(i, n)| nota_lines(i, n, l)))
            .into(),
    ]
}

fn nota_lines(i: usize, n: &NotaLines, l: &Labels) -> E {
    let heading_id = format!("nota-{i}");
    let mut a = e(Tag::Article)
        .class("nota")
        .a(Attr::AriaLabelledby, &heading_id)
        .k(e(Tag::H3).id(&heading_id).t(&n.title).k(e(Tag::Span).class("file").t(format!(" — {}", n.file))));
    if let Some(patient) = &n.patient {
        a = a.k(e(Tag::P).class("patient").t(m::view_patient(l.lang, patient)));
    }
    if !n.stays.is_empty() {
        a = a.k(e(Tag::Div)
            .class("stays")
            .k(e(Tag::H4).t(l.stays_heading))
            .k(e(Tag::Ul).ks(n.stays.iter().map(|s| e(Tag::Li).t(s)))));
    }
    a = a.k(e(Tag::Ol).class("line-list").ks(n.lines.iter().map(|line| {
        // the code and the description as the nota has them: Dutch, left to right
        let mut what = e(Tag::Span).class("line-what").a(Attr::Lang, "nl").a(Attr::Dir, "ltr");
        if let Some(code) = &line.code {
            what = what.k(e(Tag::Span).class("line-code").t(code)).t(" ");
        }
        e(Tag::Li)
            .class("line")
            .a(Attr::DataLine, line.line_no.to_string())
            .k(e(Tag::P)
                .class("line-head")
                .a(Attr::AriaHidden, "true")
                .k(e(Tag::Span).class("line-date").t(&line.head))
                .k(what.t(&line.description))
                .k(e(Tag::Span).class("line-amount").t(&line.amount)))
            .ks(line.picture.as_ref().map(|p| picture_strip(p, l)))
            .k(e(Tag::P).class("line-text").t(&line.text))
            .k(e(Tag::P).class("line-no").t(m::view_line_no(l.lang, &line.line_no.to_string())))
    })));
    if n.total > n.lines.len() {
        a = a.k(e(Tag::P)
            .class("more no-print")
            .t(m::view_shown(l.lang, m::ViewShown { shown: &n.lines.len().to_string(), total: &n.total.to_string() }))
            .t(" ")
            .k(Node::Button(Action::MoreLines(i as u32), l.show_more.to_string())));
    }
    a
}

/// Beside a line read from a picture: the strip it was read from, and its words read with doubt.
fn picture_strip(p: &LinePicture, l: &Labels) -> E {
    let mut figure = e(Tag::Figure)
        .class("line-picture")
        .tid("line-picture")
        .k(e(Tag::Div)
            .class("strip-box")
            .a(Attr::Tabindex, "0")
            .a(Attr::Role, "group")
            .a(Attr::AriaLabel, l.strip_alt)
            .k(Node::Strip(p.page, p.bbox, l.strip_alt.to_string())))
        .k(e(Tag::Figcaption).t(l.from_picture));
    if !p.unsure.is_empty() {
        let mut unsure = e(Tag::P).class("unsure").tid("unsure").t(l.unsure);
        for word in &p.unsure {
            unsure = unsure.t(" ").k(e(Tag::Mark).t(word));
        }
        figure = figure.k(unsure);
    }
    figure
}

/// The care cluster or zorgvraagtype.
pub fn cluster(c: &ClusterView, lang: Lang) -> Vec<Node> {
    let l = labels(lang);
    let pick = |pilot: &'static str, type_: &'static str| if c.zpm { type_ } else { pilot };
    let mut s = section("cluster", "cluster-heading", "cluster", pick(l.shell.cluster_heading(), l.zvt_heading));
    if !c.nota {
        s = s.k(e(Tag::P).t(l.cluster_intro));
    }
    if let Some(about) = &c.about {
        s = s.ks(cluster_about(about, c.zpm, l));
    }
    if let Some(unknown) = &c.unknown {
        s = s.k(e(Tag::P).t(unknown));
    }
    if let Some(review) = &c.review {
        s = s.k(review_view(review, c.zpm, l));
    }
    if !c.catalogue.is_empty() {
        let head = [l.number, l.name, l.group, l.review_interval];
        s = s.k(e(Tag::Details)
            .class("catalogue")
            .k(e(Tag::Summary).t(l.catalogue_summary))
            .k(e(Tag::Table)
                .k(e(Tag::Caption).t(l.catalogue_summary))
                .k(e(Tag::Thead).k(e(Tag::Tr).ks(head.iter().map(|h| e(Tag::Th).a(Attr::Scope, "col").t(*h)))))
                .k(e(Tag::Tbody).ks(c.catalogue.iter().map(|row| {
                    e(Tag::Tr)
                        .classes(&[row.current.then_some("current")])
                        .k(e(Tag::Td).t(&row.number))
                        .k(e(Tag::Td).t(&row.name))
                        .k(e(Tag::Td).t(&row.group))
                        .k(e(Tag::Td).t(&row.interval))
                }))))
            .k(e(Tag::P).class("note").t(&c.catalogue_note)));
    }
    vec![s.into()]
}

fn cluster_about(a: &ClusterAbout, zpm: bool, l: &Labels) -> Vec<Node> {
    let (caption, yours) = if zpm { (l.zvt_tree, l.zvt_yours) } else { (l.tree_label, l.your_cluster) };
    let fact = |dt: &str, dd: &str| [e(Tag::Dt).t(dt), e(Tag::Dd).t(dd)];
    let mut facts = e(Tag::Dl)
        .class("facts")
        .ks(fact(l.number, &a.number))
        .k(e(Tag::Dt).t(l.name))
        .k(e(Tag::Dd).tid("cluster-name").t(&a.name))
        .ks(fact(l.group, &a.group))
        .ks(fact(l.supercluster, &a.supercluster));
    if let Some((period, interval)) = &a.period {
        facts = facts.ks(fact(l.period, period)).ks(fact(l.review_interval, interval));
    }
    // the path from supercluster to cluster, with the siblings along it; the patient's cluster is
    // marked with `aria-current` and a visible "your cluster"
    let tree = e(Tag::Ul).class("tree").a(Attr::AriaLabelledby, "tree-caption").tid("cluster-tree").ks(a
        .tree
        .iter()
        .map(|s| {
            let mut li = e(Tag::Li)
                .classes(&[Some("super"), s.here.then_some("on-path")])
                .k(e(Tag::Span).class("node").t(&s.label));
            if s.here {
                li = li.k(e(Tag::Ul).ks(s.groups.iter().map(|g| {
                    let mut gl = e(Tag::Li)
                        .classes(&[Some("group"), g.here.then_some("on-path")])
                        .k(e(Tag::Span).class("node").t(&g.label));
                    if g.here {
                        gl = gl.k(e(Tag::Ul).ks(g.leaves.iter().map(|(label, mine)| {
                            let mut leaf = e(Tag::Li).classes(&[Some("leaf"), mine.then_some("current")]);
                            if *mine {
                                leaf = leaf.a(Attr::AriaCurrent, "true");
                            }
                            leaf = leaf.k(e(Tag::Span).class("node").t(label));
                            if *mine {
                                leaf = leaf.k(e(Tag::Strong).class("you").t(format!(" ← {yours}")));
                            }
                            leaf
                        })));
                    }
                    gl
                })));
            }
            li
        }));
    let mut out: Vec<Node> = vec![
        e(Tag::P).t(&a.sentence).into(),
        facts.into(),
        e(Tag::Figure).class("tree-figure").k(e(Tag::Figcaption).id("tree-caption").t(caption)).k(tree).into(),
    ];
    out.extend(a.note.iter().map(|n| e(Tag::P).class("note").t(n).into()));
    out
}

fn review_view(r: &Review, zpm: bool, l: &Labels) -> E {
    let mut d = e(Tag::Div)
        .class("review")
        .tid("review")
        .k(e(Tag::H3).t(if zpm { l.retype_heading } else { l.review_heading }))
        .k(e(Tag::P).t(&r.sentence));
    if let Some((due, status)) = &r.due {
        let mut facts = e(Tag::Dl)
            .class("facts")
            .k(e(Tag::Dt).t(if zpm { l.retype_due } else { l.review_date }))
            .k(e(Tag::Dd).tid("review-date").t(due))
            .k(e(Tag::Dt).t(l.review_status))
            .k(e(Tag::Dd).k(e(Tag::Span).class("badge").tid("review-status").t(status)));
        if let Some(latest) = &r.latest {
            facts = facts.k(e(Tag::Dt).t(l.review_latest)).k(e(Tag::Dd).t(latest));
        }
        d = d.k(facts);
    }
    if let Some(note) = &r.note {
        d = d.k(e(Tag::P).class("note").t(note));
    }
    d
}

/// The comparison with the DBC model (nothing when there is none to make).
pub fn comparison(c: &ComparisonView, lang: Lang) -> Vec<Node> {
    let l = labels(lang);
    let s = section("comparison", "comparison-heading", "comparison", l.shell.comparison_heading());
    let paragraphs = |sentences: &[String]| sentences.iter().map(|x| e(Tag::P).t(x)).collect::<Vec<_>>();
    if let Some(intro) = &c.intro {
        return vec![s.k(e(Tag::P).t(l.comparison_intro)).k(e(Tag::P).t(intro)).into()];
    }
    if c.sentences.is_empty() && c.eigen_risico.is_none() {
        return Vec::new();
    }
    let mut s = s.ks(paragraphs(&c.sentences)).ks(c.charts.iter().map(chart));
    if let Some(er) = &c.eigen_risico {
        let t = &er.table;
        let table = e(Tag::Div).class("table-scroll").k(e(Tag::Table)
            .class("amounts")
            .tid("eigen-risico-table")
            .k(e(Tag::Caption).t(&t.caption))
            .k(e(Tag::Thead).k(e(Tag::Tr).ks(t.head.iter().map(|h| e(Tag::Th).a(Attr::Scope, "col").t(h)))))
            .k(e(Tag::Tbody).ks(t.rows.iter().map(|row| {
                e(Tag::Tr).ks(row.iter().enumerate().map(|(i, cell)| {
                    if i == 0 { e(Tag::Th).a(Attr::Scope, "row").t(cell) } else { e(Tag::Td).t(cell) }
                }))
            }))));
        s = s
            .k(e(Tag::H3).t(&er.heading))
            .ks(er.sentences.first().map(|x| e(Tag::P).t(x)))
            .k(table)
            .ks(er.chart.iter().map(chart))
            .ks(paragraphs(er.sentences.get(1..).unwrap_or_default()));
    }
    vec![s.into()]
}

/// A chart: per bar its label as text, the bar as an image named by the same words (inline SVG,
/// one scale for every bar, no style attribute), and a legend.
fn chart(c: &Chart) -> Node {
    let mut f = e(Tag::Figure).class("chart").tid("chart").k(e(Tag::Figcaption).class("chart-title").t(&c.title));
    for bar in &c.bars {
        let parts = bar.segments.iter().map(|s| s.label.as_str()).collect::<Vec<_>>().join(", ");
        let mut x = 0;
        let svg = e(Tag::Svg)
            .a(Attr::ViewBox, "0 0 600 44")
            .a(Attr::Role, "img")
            .a(Attr::AriaLabel, format!("{} ({parts})", bar.label))
            .a(Attr::PreserveAspectRatio, "none")
            .ks(bar.segments.iter().map(|s| {
                let rect = e(Tag::Rect)
                    .a(Attr::X, x.to_string())
                    .a(Attr::Y, "0")
                    .a(Attr::Width, s.width.to_string())
                    .a(Attr::Height, "44")
                    .class(&s.class)
                    .k(e(Tag::Title).t(&s.label));
                x += s.width;
                rect
            }));
        f = f.k(e(Tag::P).class("bar-label").t(&bar.label)).k(svg);
    }
    f.k(e(Tag::Ul).class("legend").ks(c.bars.iter().flat_map(|b| b.segments.iter()).map(|s| {
        e(Tag::Li).k(e(Tag::Span).class(&format!("swatch {}", s.class)).a(Attr::AriaHidden, "true")).t(&s.label)
    })))
    .into()
}
