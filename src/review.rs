//! Review reports: one self-contained HTML page showing articles with their facts highlighted in
//! place, for a person to check the extraction by reading.
//!
//! The page carries its own CSS and JavaScript and loads nothing, so it works from `file://` and
//! offline. Each article's text is shown as written (whitespace kept), with every entity mention,
//! claim and quote wrapped in exactly one highlight element (`data-kind`, `data-fact`), colored by
//! kind and entity type as displaCy does; a quote's speaker, where the text names them, links to
//! the quote. Beside the text a table lists the article's facts; clicking a row scrolls to the fact
//! and shows its full record. Every piece of article text and every record value is HTML-escaped,
//! so an article containing markup shows that markup as text.
//!
//! Opening the page with `#selftest` runs a check of the page in the browser (highlight counts,
//! clicking a row, errors) and writes the verdict as JSON into `<pre id="selftest-result">`; the
//! test suite reads it with a headless browser.

use std::fmt::Write;

use crate::record::{Claim, Record};

/// One article to show: its record and the text the record's offsets refer to.
#[derive(Clone, Copy, Debug)]
pub struct Article<'a> {
    /// The fact record.
    pub record: &'a Record,
    /// The article text the record's offsets refer to.
    pub text: &'a str,
}

/// Entity types with a color of their own; any other type gets the neutral one.
const ENTITY_TYPES: [&str; 5] = ["PERSON", "ORG", "PLACE", "PRODUCT", "EVENT"];

/// Renders the review page of `articles` as one HTML document.
pub fn render(articles: &[Article], title: &str) -> String {
    let mut out = String::with_capacity(
        articles.iter().map(|a| a.text.len() * 3).sum::<usize>() + CSS.len() + JS.len() + 4096,
    );
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Nothing is ever fetched: the page must work offline, and a stray URL in an article could not
    // reach the network even if escaping failed.
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    // Errors are caught from the first moment, before the page's own script runs.
    out.push_str("<script>");
    out.push_str(ERROR_TRAP);
    out.push_str("</script>\n<style>");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    toolbar(&mut out, articles, title);
    // The articles scroll inside <main> under a fixed toolbar: the page itself never scrolls.
    out.push_str("<main id=\"main\">\n");
    if articles.len() > 1 {
        index(&mut out, articles);
    }
    if articles.is_empty() {
        out.push_str("<p class=\"empty\">No articles.</p>\n");
    }
    for (ai, a) in articles.iter().enumerate() {
        article(&mut out, ai, a);
    }
    out.push_str("</main>\n<pre id=\"selftest-result\" hidden></pre>\n");
    out.push_str("<script type=\"application/json\" id=\"facts\">");
    out.push_str(&facts_json(articles));
    out.push_str("</script>\n<script>");
    out.push_str(JS);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut out, s);
    out
}

fn push_escaped(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

fn toolbar(out: &mut String, articles: &[Article], title: &str) {
    let (mut e, mut c, mut q) = (0, 0, 0);
    for a in articles {
        e += a.record.entities.len();
        c += a.record.claims.len();
        q += a.record.quotes.len();
    }
    let _ = write!(
        out,
        "<header id=\"toolbar\"><h1>{}</h1><span class=\"totals\">{} article{}: {c} claims, {q} quotes, \
         {e} entity mentions</span><span class=\"filters\">Show:",
        escape(title),
        articles.len(),
        if articles.len() == 1 { "" } else { "s" },
    );
    for (kind, label) in [
        ("claim", "claims"),
        ("quote", "quotes"),
        ("entity", "entities"),
    ] {
        let _ = write!(
            out,
            " <label class=\"chip {kind}\"><input type=\"checkbox\" checked data-filter=\"{kind}\"> {label}</label>"
        );
    }
    for t in ENTITY_TYPES {
        let _ = write!(
            out,
            " <label class=\"chip ent-{t}\"><input type=\"checkbox\" checked data-filter=\"{t}\"> {t}</label>"
        );
    }
    out.push_str("</span></header>\n");
}

fn index(out: &mut String, articles: &[Article]) {
    out.push_str(
        "<nav id=\"index\"><h2>Articles</h2><table><thead><tr><th>article</th><th>sentences</th>\
         <th>claims</th><th>quotes</th><th>entities</th></tr></thead><tbody>\n",
    );
    for (ai, a) in articles.iter().enumerate() {
        let r = a.record;
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#a{ai}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&r.source),
            r.sentences.len(),
            r.claims.len(),
            r.quotes.len(),
            r.entities.len()
        );
    }
    out.push_str("</tbody></table></nav>\n");
}

fn article(out: &mut String, ai: usize, a: &Article) {
    let r = a.record;
    let _ = writeln!(
        out,
        "<section class=\"article\" id=\"a{ai}\" data-article=\"{ai}\">\n<h2 class=\"source\">{}</h2>\n<div class=\"cols\">",
        escape(&r.source)
    );
    out.push_str("<div class=\"text\">");
    highlight(out, ai, a);
    out.push_str("</div>\n<div class=\"side\">");
    let _ = write!(
        out,
        "<pre class=\"detail\" id=\"detail-{ai}\">Click a fact, in the text or below, to see its full record.</pre>"
    );
    claims_table(out, ai, &r.claims);
    quotes_table(out, ai, r);
    entities_table(out, ai, r);
    out.push_str("</div>\n</div>\n</section>\n");
}

/// One element to open over a stretch of text.
struct Layer {
    start: usize,
    end: usize,
    /// Nesting rank for equal spans: lower ranks go outside.
    rank: u8,
    /// The tag name.
    tag: &'static str,
    /// The attributes of the first piece, which carries the fact's identity.
    attrs: String,
    /// The attributes of any later piece, when a crossing span splits it.
    cont_attrs: String,
}

fn highlight(out: &mut String, ai: usize, a: &Article) {
    let text = a.text;
    let r = a.record;
    let mut layers: Vec<Layer> = Vec::with_capacity(r.entities.len() + r.claims.len() * 2);
    // Words naming a speaker, each once, with the quotes they speak (one name often attributes
    // two quotes: `"...," she said. "..."`).
    let mut speakers: Vec<((usize, usize), Vec<String>)> = Vec::new();
    for (i, q) in r.quotes.iter().enumerate() {
        let id = format!("a{ai}-q{i}");
        let title = match &q.speaker {
            Some(s) => format!("quote {i}: {s}"),
            None => format!("quote {i}: speaker unknown"),
        };
        layers.push(layer(
            text,
            q.start,
            q.end,
            0,
            "mark",
            format!(
                "class=\"f quote\" id=\"{id}\" data-kind=\"quote\" data-fact=\"q{i}\" title=\"{}\"",
                escape(&title)
            ),
            format!("class=\"f quote cont\" data-cont=\"{id}\""),
        ));
        if let Some(sp) = q.speaker_span {
            match speakers.iter_mut().find(|s| s.0 == (sp.start, sp.end)) {
                Some(s) => s.1.push(id),
                None => speakers.push(((sp.start, sp.end), vec![id])),
            }
        }
    }
    // A span, not a link: speaker spans may nest or repeat, and links cannot nest.
    for ((start, end), ids) in speakers {
        let ids = ids.join(" ");
        layers.push(layer(
            text,
            start,
            end,
            2,
            "span",
            format!(
                "class=\"speaker\" role=\"link\" tabindex=\"0\" data-quote=\"{ids}\" title=\"speaker of {ids}\""
            ),
            format!("class=\"speaker cont\" data-quote=\"{ids}\""),
        ));
    }
    for (i, c) in r.claims.iter().enumerate() {
        let id = format!("a{ai}-c{i}");
        let title = format!("claim {i}: {}", claim_summary(c));
        layers.push(layer(
            text,
            c.start,
            c.end,
            1,
            "mark",
            format!(
                "class=\"f claim\" id=\"{id}\" data-kind=\"claim\" data-fact=\"c{i}\" title=\"{}\"",
                escape(&title)
            ),
            format!("class=\"f claim cont\" data-cont=\"{id}\""),
        ));
    }
    for (i, m) in r.entities.iter().enumerate() {
        let id = format!("a{ai}-e{i}");
        let t = entity_class(&m.kind);
        let title = format!("{} {}: {}", m.kind, i, m.canonical);
        layers.push(layer(
            text,
            m.start,
            m.end,
            3,
            "mark",
            format!(
                "class=\"f entity ent-{t}\" id=\"{id}\" data-kind=\"entity\" data-type=\"{t}\" data-fact=\"e{i}\" data-label=\"{}\" title=\"{}\"",
                escape(&m.kind),
                escape(&title)
            ),
            format!("class=\"f entity ent-{t} cont\" data-cont=\"{id}\""),
        ));
    }
    nest(out, text, layers);
}

/// A layer with its offsets moved onto character boundaries inside the text, so a record whose
/// offsets do not fit the text still gets its one element.
fn layer(
    text: &str,
    start: usize,
    end: usize,
    rank: u8,
    tag: &'static str,
    attrs: String,
    cont_attrs: String,
) -> Layer {
    let start = floor_boundary(text, start);
    let end = floor_boundary(text, end).max(start);
    Layer {
        start,
        end,
        rank,
        tag,
        attrs,
        cont_attrs,
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Writes `text` escaped, with the layers as nested elements. Properly nested spans nest; when
/// two spans cross, the inner elements are closed at the outer one's end and reopened after it as
/// continuation pieces (`data-cont`), so each layer still has exactly one element with its id.
fn nest(out: &mut String, text: &str, mut layers: Vec<Layer>) {
    layers.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.rank.cmp(&b.rank))
    });
    let mut stack: Vec<usize> = Vec::new();
    let mut pos = 0;
    let mut next = 0;
    loop {
        // The next position where something opens or closes.
        let open_at = layers.get(next).map(|l| l.start);
        let close_at = stack.iter().map(|&i| layers[i].end).min();
        let p = match (open_at, close_at) {
            (Some(o), Some(c)) => o.min(c),
            (Some(o), None) => o,
            (None, Some(c)) => c,
            (None, None) => break,
        };
        push_escaped(out, &text[pos..p]);
        pos = p;
        // Close everything ending here, reopening whatever was stacked above it and goes on.
        while let Some(k) = stack.iter().position(|&i| layers[i].end <= pos) {
            for &j in stack[k..].iter().rev() {
                let _ = write!(out, "</{}>", layers[j].tag);
            }
            let reopen: Vec<usize> = stack[k + 1..]
                .iter()
                .copied()
                .filter(|&j| layers[j].end > pos)
                .collect();
            stack.truncate(k);
            for j in reopen {
                let _ = write!(out, "<{} {}>", layers[j].tag, layers[j].cont_attrs);
                stack.push(j);
            }
        }
        while next < layers.len() && layers[next].start == pos {
            let l = &layers[next];
            let _ = write!(out, "<{} {}>", l.tag, l.attrs);
            if l.end == pos {
                let _ = write!(out, "</{}>", l.tag);
            } else {
                stack.push(next);
            }
            next += 1;
        }
    }
    push_escaped(out, &text[pos..]);
}

/// The CSS class suffix of an entity type: the type itself when it has a color, else `OTHER`.
fn entity_class(kind: &str) -> &'static str {
    ENTITY_TYPES
        .iter()
        .find(|t| **t == kind)
        .copied()
        .unwrap_or("OTHER")
}

/// A claim's value as a person writes it: `1,200,000,000`, `4.5`, `30–40`, or `?`.
pub fn format_value(claim: &Claim) -> String {
    match (claim.value, claim.high) {
        (Some(v), Some(h)) => format!("{}–{}", format_number(v), format_number(h)),
        (Some(v), None) => format_number(v),
        (None, _) => "?".to_string(),
    }
}

/// A number with thousands separators, and no fractional part when it is whole.
pub fn format_number(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x.fract() != 0.0 || x.abs() >= 1e15 {
        return format!("{x}");
    }
    let digits = format!("{}", x.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if x < 0.0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

fn claim_summary(c: &Claim) -> String {
    let mut s = format!("{} {}", format_value(c), c.unit.as_deref().unwrap_or(""));
    if c.qualifier != "exact" {
        let _ = write!(s, " ({})", c.qualifier);
    }
    s.trim().to_string()
}

fn claims_table(out: &mut String, ai: usize, claims: &[Claim]) {
    let _ = write!(
        out,
        "<table class=\"facts claims\"><caption>Claims ({})</caption><thead><tr><th>claim</th>\
         <th>value</th><th>unit</th><th>qualifier</th><th>subject</th><th>time</th></tr></thead><tbody>",
        claims.len()
    );
    for (i, c) in claims.iter().enumerate() {
        let _ = write!(
            out,
            "<tr class=\"row claim\" data-kind=\"claim\" data-target=\"a{ai}-c{i}\" data-index=\"{i}\" tabindex=\"0\">\
             <td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&c.text),
            escape(&format_value(c)).replace('–', "–<wbr>"),
            escape(c.unit.as_deref().unwrap_or("")),
            escape(&c.qualifier),
            escape(c.subject.as_deref().unwrap_or("")),
            escape(c.time.as_ref().map_or("", |t| t.text.as_str())),
        );
    }
    out.push_str("</tbody></table>");
}

fn quotes_table(out: &mut String, ai: usize, r: &Record) {
    let _ = write!(
        out,
        "<table class=\"facts quotes\"><caption>Quotes ({})</caption><thead><tr><th>quote</th>\
         <th>speaker</th></tr></thead><tbody>",
        r.quotes.len()
    );
    for (i, q) in r.quotes.iter().enumerate() {
        let mut shown: String = q.text.chars().take(90).collect();
        if shown.len() < q.text.len() {
            shown.push('…');
        }
        let speaker = match (&q.speaker, &q.speaker_title) {
            (Some(s), Some(t)) => format!("{s} ({t})"),
            (Some(s), None) => s.clone(),
            (None, _) => String::new(),
        };
        let _ = write!(
            out,
            "<tr class=\"row quote\" data-kind=\"quote\" data-target=\"a{ai}-q{i}\" data-index=\"{i}\" tabindex=\"0\">\
             <td>{}</td><td>{}</td></tr>",
            escape(&shown),
            if speaker.is_empty() {
                "<em>unknown</em>".to_string()
            } else {
                escape(&speaker)
            }
        );
    }
    out.push_str("</tbody></table>");
}

fn entities_table(out: &mut String, ai: usize, r: &Record) {
    // One row per entity (canonical name and type), in order of first mention.
    let mut rows: Vec<(&str, &str, Vec<usize>)> = Vec::new();
    let mut seen: std::collections::HashMap<(&str, &str), usize> = Default::default();
    for (i, m) in r.entities.iter().enumerate() {
        let key = (m.canonical.as_str(), m.kind.as_str());
        match seen.get(&key) {
            Some(&row) => rows[row].2.push(i),
            None => {
                seen.insert(key, rows.len());
                rows.push((key.0, key.1, vec![i]));
            }
        }
    }
    let _ = write!(
        out,
        "<table class=\"facts entities\"><caption>Entities ({} names, {} mentions)</caption><thead><tr>\
         <th>canonical name</th><th>type</th><th>mentions</th></tr></thead><tbody>",
        rows.len(),
        r.entities.len()
    );
    for (name, kind, mentions) in rows {
        let t = entity_class(kind);
        let targets: Vec<String> = mentions.iter().map(|i| format!("a{ai}-e{i}")).collect();
        let _ = write!(
            out,
            "<tr class=\"row entity ent-{t}\" data-kind=\"entity\" data-type=\"{t}\" data-target=\"{}\" \
             data-index=\"{}\" tabindex=\"0\"><td>{}</td><td><span class=\"tag ent-{t}\">{}</span></td>\
             <td class=\"num\">{}</td></tr>",
            targets.join(" "),
            mentions[0],
            escape(name),
            escape(kind),
            mentions.len()
        );
    }
    out.push_str("</tbody></table>");
}

/// The facts of every article as JSON for the page's script, safe inside a `<script>` element:
/// every `<` is written as `\u003c`, so no `</script>` or `<!--` can occur.
fn facts_json(articles: &[Article]) -> String {
    let v: Vec<serde_json::Value> = articles
        .iter()
        .map(|a| {
            serde_json::json!({
                "source": a.record.source,
                "entities": a.record.entities,
                "claims": a.record.claims,
                "quotes": a.record.quotes,
            })
        })
        .collect();
    serde_json::to_string(&v)
        .unwrap_or_else(|_| "[]".into())
        .replace('<', "\\u003c")
}

/// Collects errors from the first moment: uncaught exceptions, failed loads, rejected promises,
/// console errors and warnings, and security policy violations.
const ERROR_TRAP: &str = r#"
window.__reviewErrors = [];
(function () {
  var note = function (what) { window.__reviewErrors.push(String(what)); };
  window.addEventListener('error', function (e) {
    note(e.message || ('failed to load ' + ((e.target && (e.target.src || e.target.href)) || 'a resource')));
  }, true);
  window.addEventListener('unhandledrejection', function (e) { note('unhandled rejection: ' + e.reason); });
  document.addEventListener('securitypolicyviolation', function (e) { note('blocked by policy: ' + e.violatedDirective); });
  ['error', 'warn'].forEach(function (level) {
    var orig = console[level];
    console[level] = function () {
      note('console.' + level + ': ' + Array.prototype.join.call(arguments, ' '));
      return orig.apply(console, arguments);
    };
  });
})();
"#;

const CSS: &str = r#"
:root { --PERSON: #aa9cfc; --ORG: #7aecec; --PLACE: #feca74; --PRODUCT: #bfeeb7; --EVENT: #ffeb80; --OTHER: #ddd;
        --claim: #1f6feb; --quote: #f4e6c8; --quote-edge: #b07d12; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; background: #fafafa;
       display: flex; flex-direction: column; overflow: hidden; }
#toolbar { flex: none; background: #fff; border-bottom: 1px solid #ddd; padding: 6px 16px;
           display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }
#main { flex: 1; overflow: auto; }
#selftest-result { flex: none; max-height: 6em; overflow: auto; margin: 0; font-size: 11px; }
#toolbar h1 { font-size: 17px; margin: 0; }
.totals { color: #555; }
.chip { border-radius: 4px; padding: 1px 6px; font-size: 13px; cursor: pointer; white-space: nowrap; }
.chip.claim { box-shadow: inset 0 -3px var(--claim); }
.chip.quote { background: var(--quote); }
.chip.entity { background: #eee; }
#index { margin: 12px 16px; background: #fff; border: 1px solid #ddd; padding: 8px 12px; }
#index h2 { margin: 0 0 6px; font-size: 16px; }
#index td:not(:first-child), #index th:not(:first-child) { text-align: right; padding-left: 14px; }
#index th:first-child { text-align: left; }
.article { margin: 12px 16px 28px; background: #fff; border: 1px solid #ddd; }
.source { font-size: 15px; margin: 0; padding: 8px 12px; background: #f0f0f0; border-bottom: 1px solid #ddd; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.cols { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 4fr); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; padding: 12px 16px; line-height: 2.1; font-size: 16px; }
.side { border-left: 1px solid #ddd; padding: 8px 12px; position: sticky; top: 0; max-height: calc(100vh - 60px); overflow: auto; align-self: start; }
.detail { background: #f6f8fa; border: 1px solid #ddd; padding: 6px 8px; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 14em; overflow: auto; margin: 0 0 8px; }
table.facts { border-collapse: collapse; width: 100%; margin-bottom: 12px; font-size: 13px; }
table.facts caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.facts th { text-align: left; border-bottom: 1px solid #ccc; font-weight: 600; color: #555; }
table.facts td { border-bottom: 1px solid #eee; padding: 2px 4px; vertical-align: top; }
table.facts td.num { text-align: right; }
tr.row { cursor: pointer; }
tr.row:hover, tr.row:focus { background: #eef4ff; outline: none; }
tr.row.current { background: #dde9ff; }
.tag { border-radius: 3px; padding: 0 4px; font-size: 11px; font-weight: 600; }
mark.f { color: inherit; background: none; border-radius: 3px; cursor: pointer; }
mark.entity { padding: 0.15em 0.25em; }
mark.entity:not(.cont)::after { content: attr(data-label); font-size: 9px; font-weight: 700; margin-left: 3px; vertical-align: middle; opacity: 0.75; }
.ent-PERSON { background: var(--PERSON) !important; } .ent-ORG { background: var(--ORG) !important; }
.ent-PLACE { background: var(--PLACE) !important; } .ent-PRODUCT { background: var(--PRODUCT) !important; }
.ent-EVENT { background: var(--EVENT) !important; } .ent-OTHER { background: var(--OTHER) !important; }
tr.row.entity { background: none !important; }
mark.claim { box-shadow: inset 0 -3px var(--claim); background: #e8f0fe; }
mark.quote { background: var(--quote); border-bottom: 1px dashed var(--quote-edge); border-radius: 0; }
.speaker { text-decoration: underline dotted var(--quote-edge) 2px; text-underline-offset: 4px; cursor: pointer; }
.speaker.lit, mark.quote.lit { outline: 2px solid var(--quote-edge); }
mark.selected, mark.selected + .cont { outline: 3px solid #e5534b; outline-offset: 1px; }
body.hide-claim mark.claim { box-shadow: none; background: none; }
body.hide-quote mark.quote { background: none; border-bottom: none; }
body.hide-entity mark.entity, body.hide-PERSON mark.ent-PERSON, body.hide-ORG mark.ent-ORG, body.hide-PLACE mark.ent-PLACE,
body.hide-PRODUCT mark.ent-PRODUCT, body.hide-EVENT mark.ent-EVENT { background: none !important; padding: 0; }
body.hide-entity mark.entity::after, body.hide-PERSON mark.ent-PERSON::after, body.hide-ORG mark.ent-ORG::after,
body.hide-PLACE mark.ent-PLACE::after, body.hide-PRODUCT mark.ent-PRODUCT::after, body.hide-EVENT mark.ent-EVENT::after { content: none; }
body.hide-claim table.claims, body.hide-quote table.quotes, body.hide-entity table.entities,
body.hide-PERSON tr.ent-PERSON, body.hide-ORG tr.ent-ORG, body.hide-PLACE tr.ent-PLACE, body.hide-PRODUCT tr.ent-PRODUCT,
body.hide-EVENT tr.ent-EVENT { display: none; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } .side { position: static; max-height: none; border-left: none; border-top: 1px solid #ddd; } }
"#;

const JS: &str = r#"
(function () {
  'use strict';
  var FACTS = JSON.parse(document.getElementById('facts').textContent);
  var KEY = { claim: 'claims', quote: 'quotes', entity: 'entities' };
  var selected = null;

  function show(article, kind, index, el) {
    var rec = FACTS[article] && FACTS[article][KEY[kind]] && FACTS[article][KEY[kind]][index];
    var detail = document.getElementById('detail-' + article);
    if (detail && rec) { detail.textContent = kind + ' ' + index + '\n' + JSON.stringify(rec, null, 2); }
    if (selected) { selected.classList.remove('selected'); }
    selected = el || null;
    if (selected) { selected.classList.add('selected'); }
  }

  function goTo(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    return el;
  }

  // Rows: scroll to the fact and show its record; an entity row steps through its mentions.
  document.querySelectorAll('tr.row').forEach(function (row) {
    var step = 0;
    function activate() {
      var targets = row.getAttribute('data-target').split(' ');
      var id = targets[step % targets.length];
      step += 1;
      var el = goTo(id);
      var section = row.closest('section');
      document.querySelectorAll('tr.row.current').forEach(function (r) { r.classList.remove('current'); });
      row.classList.add('current');
      if (el && section) {
        show(section.getAttribute('data-article'), row.getAttribute('data-kind'), Number(el.getAttribute('data-fact').slice(1)), el);
      }
      return el;
    }
    row.addEventListener('click', activate);
    row.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); } });
    row.activate = activate;
  });

  // Highlights: clicking the innermost one shows its record.
  document.querySelectorAll('mark.f').forEach(function (m) {
    m.addEventListener('click', function (e) {
      var sp = e.target.closest('.speaker');
      if (sp && m.contains(sp)) { return; }
      e.stopPropagation();
      var el = m.hasAttribute('data-cont') ? document.getElementById(m.getAttribute('data-cont')) : m;
      if (!el) { return; }
      var section = el.closest('section');
      show(section.getAttribute('data-article'), el.getAttribute('data-kind'), Number(el.getAttribute('data-fact').slice(1)), el);
    });
  });

  // A speaker and their quotes light up together; clicking the speaker steps through the quotes.
  document.querySelectorAll('.speaker').forEach(function (a) {
    var quotes = a.getAttribute('data-quote').split(' ').map(function (id) { return document.getElementById(id); })
      .filter(function (q) { return q !== null; });
    var step = 0;
    function lit(on) {
      a.classList.toggle('lit', on);
      quotes.forEach(function (q) { q.classList.toggle('lit', on); });
    }
    function follow(e) {
      e.preventDefault();
      e.stopPropagation();
      if (!quotes.length) { return; }
      var quote = quotes[step % quotes.length];
      step += 1;
      goTo(quote.id);
      show(quote.closest('section').getAttribute('data-article'), 'quote', Number(quote.getAttribute('data-fact').slice(1)), quote);
    }
    a.addEventListener('mouseenter', function () { lit(true); });
    a.addEventListener('mouseleave', function () { lit(false); });
    a.addEventListener('click', follow);
    a.addEventListener('keydown', function (e) { if (e.key === 'Enter') { follow(e); } });
  });

  // Filters: a class on <body> per hidden kind or entity type.
  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked);
    });
  });

  function selftest() {
    var verdict = { errors: window.__reviewErrors.slice(), highlights: {}, records: {}, continuations: 0 };
    ['claim', 'quote', 'entity'].forEach(function (kind) {
      verdict.highlights[kind] = document.querySelectorAll('[data-fact][data-kind="' + kind + '"]').length;
      verdict.records[kind] = FACTS.reduce(function (n, a) { return n + a[KEY[kind]].length; }, 0);
    });
    verdict.continuations = document.querySelectorAll('[data-cont]').length;
    verdict.ids_unique = new Set(Array.prototype.map.call(document.querySelectorAll('[data-fact]'), function (e) { return e.id; })).size ===
      document.querySelectorAll('[data-fact]').length;
    verdict.elements_in_text = Array.prototype.map.call(document.querySelectorAll('.text *'), function (e) { return e.tagName.toLowerCase(); })
      .filter(function (t, i, all) { return all.indexOf(t) === i; }).sort();
    verdict.title = document.title;
    verdict.pwned = document.body.getAttribute('data-pwned');
    // Click the last row of the last article that has one: the page must scroll to reach it.
    var rows = document.querySelectorAll('tr.row');
    var row = null;
    ['claim', 'quote', 'entity'].some(function (kind) {
      var rs = document.querySelectorAll('tr.row[data-kind="' + kind + '"]');
      row = rs.length ? rs[rs.length - 1] : null;
      return row !== null;
    });
    verdict.rows = rows.length;
    var main = document.getElementById('main');
    if (row) {
      main.scrollTop = 0;
      var before = main.scrollTop;
      row.click();
      var target = document.getElementById(row.getAttribute('data-target').split(' ')[0]);
      var rect = target.getBoundingClientRect();
      var box = main.getBoundingClientRect();
      var detail = target.closest('section').querySelector('.detail').textContent;
      verdict.click = {
        kind: row.getAttribute('data-kind'),
        target: target.id,
        target_text: target.textContent,
        selected: target.classList.contains('selected'),
        in_view: rect.top >= box.top && rect.bottom <= box.bottom && rect.height > 0,
        scrolled_from: before,
        scrolled_to: main.scrollTop,
        page_height: main.scrollHeight,
        viewport_height: main.clientHeight,
        detail: detail.slice(0, 400)
      };
    }
    // Clicking a speaker goes to their quote.
    var speaker = document.querySelector('.speaker:not(.cont)');
    if (speaker) {
      main.scrollTop = 0;
      speaker.click();
      var quote = document.getElementById(speaker.getAttribute('data-quote').split(' ')[0]);
      var qr = quote.getBoundingClientRect();
      var mb = main.getBoundingClientRect();
      verdict.speaker = {
        name: speaker.textContent,
        quote: quote.id,
        selected: quote.classList.contains('selected'),
        in_view: qr.bottom > mb.top && qr.top < mb.bottom
      };
    }
    verdict.errors = window.__reviewErrors.slice();
    var out = document.getElementById('selftest-result');
    out.textContent = JSON.stringify(verdict);
    out.hidden = false;
  }

  if (location.hash === '#selftest') {
    window.addEventListener('load', selftest);
  }
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Mention, Quote};
    use crate::Span;

    fn mention(text: &str, s: &str, kind: &str, canonical: &str) -> Mention {
        let start = text.find(s).unwrap();
        Mention {
            text: s.into(),
            kind: kind.into(),
            canonical: canonical.into(),
            start,
            end: start + s.len(),
        }
    }

    /// The record of `text` with no facts: each test adds the ones it is about.
    fn record(text: &str) -> Record {
        let mut r = crate::extract("t.txt", text);
        r.entities.clear();
        r.claims.clear();
        r.quotes.clear();
        r
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("<a href=\"x\" onclick='y'>&</a>"),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn nested_spans_nest_and_crossing_spans_split() {
        let text = "Acme said \"we sold 5 cars\" today.";
        let mut r = record(text);
        r.entities = vec![mention(text, "Acme", "ORG", "Acme Corp")];
        let q = text.find('"').unwrap();
        r.quotes = vec![Quote {
            text: "we sold 5 cars".into(),
            speaker: Some("Acme Corp".into()),
            speaker_title: None,
            speaker_span: Some(Span::new(0, 4)),
            start: q,
            end: q + 16,
            parts: vec![Span::new(q + 1, q + 15)],
            unclosed: false,
        }];
        // A claim that crosses the quote's end: "5 cars\" today".
        let c = text.find('5').unwrap();
        r.claims = vec![Claim {
            id: 0,
            text: "5 cars\" today".into(),
            value: Some(5.0),
            high: None,
            unit: Some("cars".into()),
            kind: "count".into(),
            qualifier: "exact".into(),
            qualifier_text: None,
            start: c,
            end: text.find(" today").unwrap() + 6,
            sentence: 0,
            subject: Some("Acme Corp".into()),
            time: None,
            compared_to: None,
            minor_unit: None,
        }];
        let mut out = String::new();
        highlight(&mut out, 0, &Article { record: &r, text });
        assert_eq!(out.matches("data-fact=").count(), 3, "{out}");
        assert_eq!(out.matches("data-cont=").count(), 1, "{out}");
        // The entity sits inside the speaker link; the claim's second piece follows the quote.
        assert!(
            out.starts_with(
                "<span class=\"speaker\" role=\"link\" tabindex=\"0\" data-quote=\"a0-q0\""
            ),
            "{out}"
        );
        assert!(out.contains("data-fact=\"e0\""));
        assert!(
            out.contains("cars&quot;</mark></mark><mark class=\"f claim cont\" data-cont=\"a0-c0\"> today</mark>"),
            "{out}"
        );
        // Tags balance.
        assert_eq!(out.matches("<mark").count(), out.matches("</mark>").count());
        assert_eq!(
            out.matches("<span ").count(),
            out.matches("</span>").count()
        );
        // The text survives: strip tags and compare.
        let stripped = regex::Regex::new("<[^>]*>").unwrap().replace_all(&out, "");
        assert_eq!(stripped, escape(text));
    }

    #[test]
    fn a_name_speaking_two_quotes_is_one_element() {
        let text = "\"One,\" she said. \"Two.\"";
        let mut r = record(text);
        let quote = |start: usize, end: usize| Quote {
            text: text[start + 1..end - 1].into(),
            speaker: Some("she".into()),
            speaker_title: None,
            speaker_span: Some(Span::new(7, 10)),
            start,
            end,
            parts: vec![Span::new(start + 1, end - 1)],
            unclosed: false,
        };
        r.quotes = vec![quote(0, 6), quote(17, 23)];
        let mut out = String::new();
        highlight(&mut out, 0, &Article { record: &r, text });
        assert_eq!(out.matches("class=\"speaker\"").count(), 1, "{out}");
        assert!(out.contains("data-quote=\"a0-q0 a0-q1\""), "{out}");
        assert_eq!(out.matches("data-kind=\"quote\"").count(), 2);
    }

    #[test]
    fn bad_offsets_still_give_one_element_each() {
        let text = "héllo wörld";
        let mut r = record(text);
        r.entities = vec![
            Mention {
                text: "x".into(),
                kind: "WEIRD".into(),
                canonical: "x".into(),
                start: 2, // inside "é"
                end: 500,
            },
            Mention {
                text: "".into(),
                kind: "ORG".into(),
                canonical: "".into(),
                start: 9,
                end: 3,
            },
        ];
        let page = render(&[Article { record: &r, text }], "t");
        assert_eq!(page.matches("data-fact=\"e").count(), 2);
        assert!(page.contains("ent-OTHER"));
    }

    #[test]
    fn article_markup_is_text_and_json_cannot_close_the_script() {
        let text = "Hi <script>alert(1)</script> and <img src=x onerror=alert(2)>. </script><!--";
        let mut r = record(text);
        r.entities = vec![mention(
            text,
            "<script>alert(1)</script>",
            "PRODUCT",
            "</script><b>",
        )];
        let page = render(&[Article { record: &r, text }], "<b>title</b>");
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("<title>&lt;b&gt;title&lt;/b&gt;</title>"));
        let json_start = page.find("id=\"facts\">").unwrap();
        let json_end = json_start + page[json_start..].find("</script>").unwrap();
        let json = &page[json_start + "id=\"facts\">".len()..json_end];
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v[0]["entities"][0]["canonical"], "</script><b>");
        // The page's own scripts are the only ones: error trap, facts, behaviour.
        assert_eq!(page.matches("<script").count(), 3);
    }

    #[test]
    fn several_articles_get_an_index_and_one_does_not() {
        let r1 = record("One sentence.");
        let r2 = record("Another one.");
        let one = render(
            &[Article {
                record: &r1,
                text: "One sentence.",
            }],
            "x",
        );
        assert!(!one.contains("id=\"index\""));
        let two = render(
            &[
                Article {
                    record: &r1,
                    text: "One sentence.",
                },
                Article {
                    record: &r2,
                    text: "Another one.",
                },
            ],
            "x",
        );
        assert!(two.contains("id=\"index\""));
        assert!(two.contains("href=\"#a1\""));
    }

    #[test]
    fn random_overlapping_spans_keep_text_and_balance() {
        let text = "Ünïcode “quotes” and 12% of 3 cars — 😀 end.\n\nSecond <b>para</b> & more.";
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % (n as u64 + 1)) as usize
        };
        let tag = regex::Regex::new("<[^>]*>").unwrap();
        for _ in 0..200 {
            let mut r = record(text);
            for i in 0..next(12) {
                let (a, b) = (next(text.len() + 4), next(text.len() + 4));
                r.entities.push(Mention {
                    text: String::new(),
                    kind: ["PERSON", "ORG", "X"][i % 3].into(),
                    canonical: "c".into(),
                    start: a.min(b),
                    end: a.max(b),
                });
            }
            for _ in 0..next(4) {
                let (a, b) = (next(text.len()), next(text.len()));
                r.quotes.push(Quote {
                    text: String::new(),
                    speaker: None,
                    speaker_title: None,
                    speaker_span: Some(Span::new(a.min(b), a.max(b))),
                    start: b.min(a),
                    end: b.max(a),
                    parts: vec![],
                    unclosed: false,
                });
            }
            let mut out = String::new();
            highlight(&mut out, 0, &Article { record: &r, text });
            let n = r.entities.len() + r.quotes.len();
            assert_eq!(out.matches("data-fact=").count(), n, "{out}");
            assert_eq!(out.matches("<mark").count(), out.matches("</mark>").count());
            assert_eq!(out.matches("<span").count(), out.matches("</span>").count());
            assert_eq!(tag.replace_all(&out, ""), escape(text));
        }
    }

    #[test]
    fn values_read_as_written() {
        assert_eq!(format_number(1.2e9), "1,200,000,000");
        assert_eq!(format_number(-4500.0), "-4,500");
        assert_eq!(format_number(12.5), "12.5");
        assert_eq!(format_number(999.0), "999");
    }
}
