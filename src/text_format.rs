//! Listings for people at a terminal: the facts of a record (`extract --format text`) and the
//! differences between two runs (`diff`), colored when color is on.
//!
//! Article text can hold anything, escape sequences included, so every piece of it is cleaned
//! (whitespace folded, control characters escaped) before it reaches the terminal.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use claimex::diff::{ArticleDiff, Diff, Fact, Presence};
use claimex::record::{Claim, Record};
use claimex::review::{format_number, format_value};

/// When to color output, as `--color` says.
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal, `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
    Auto,
    /// Always, even into a pipe.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Decides, given whether the output stream is a terminal.
    pub fn resolve(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty())
                    && std::env::var_os("TERM").map_or(true, |t| t != "dumb")
            }
        }
    }
}

/// The styles of a listing; all plain when color is off.
#[derive(Clone, Copy)]
struct Styles {
    head: Style,
    dim: Style,
    claim: Style,
    quote: Style,
    entity: Style,
    added: Style,
    removed: Style,
    changed: Style,
}

impl Styles {
    fn new(color: bool) -> Styles {
        if !color {
            let p = Style::new();
            return Styles {
                head: p,
                dim: p,
                claim: p,
                quote: p,
                entity: p,
                added: p,
                removed: p,
                changed: p,
            };
        }
        let fg = |c: AnsiColor| Style::new().fg_color(Some(c.into()));
        Styles {
            head: Style::new().bold(),
            dim: Style::new().dimmed(),
            claim: fg(AnsiColor::Blue).bold(),
            quote: fg(AnsiColor::Yellow),
            entity: fg(AnsiColor::Magenta).bold(),
            added: fg(AnsiColor::Green),
            removed: fg(AnsiColor::Red),
            changed: fg(AnsiColor::Yellow),
        }
    }
}

/// `text` made safe and compact for one terminal line: whitespace runs become one space, control
/// characters are escaped, and it is cut to `max` characters.
pub fn clean(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4));
    let mut n = 0;
    let mut space = false;
    for c in text.trim().chars() {
        if n >= max {
            out.push('…');
            break;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            n += 1;
            space = false;
        }
        if c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}') {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
        n += 1;
    }
    out
}

/// `n` and the noun, singular for one (`1 quote`, `2 quotes`): listings are read by people.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The facts of one record as a listing: claims, quotes, then entities grouped by name.
pub fn record(record: &Record, color: bool) -> String {
    let s = Styles::new(color);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{h}{}{h:#}  {d}{}, {}, {}, {}{d:#}",
        clean(&record.source, 200),
        count(record.sentences.len(), "sentence", "sentences"),
        count(record.claims.len(), "claim", "claims"),
        count(record.quotes.len(), "quote", "quotes"),
        count(record.entities.len(), "entity mention", "entity mentions"),
        h = s.head,
        d = s.dim,
    );
    if !record.claims.is_empty() {
        let _ = writeln!(out, "{h}Claims{h:#}", h = s.head);
        for c in &record.claims {
            claim_line(&mut out, c, &s);
        }
    }
    if !record.quotes.is_empty() {
        let _ = writeln!(out, "{h}Quotes{h:#}", h = s.head);
        for q in &record.quotes {
            let speaker = match (&q.speaker, &q.speaker_title) {
                (Some(sp), Some(t)) => format!("{}, {}", clean(sp, 60), clean(t, 60)),
                (Some(sp), None) => clean(sp, 60),
                (None, _) => "(speaker unknown)".to_string(),
            };
            let _ = writeln!(
                out,
                "  {d}{:>13}{d:#}  {qs}“{}”{qs:#} — {e}{}{e:#}",
                format!("[{}..{}]", q.start, q.end),
                clean(&q.text, 100),
                speaker,
                d = s.dim,
                qs = s.quote,
                e = s.entity,
            );
        }
    }
    if !record.entities.is_empty() {
        let _ = writeln!(out, "{h}Entities{h:#}", h = s.head);
        // One line per name, in order of first mention, with the forms it was written in.
        let mut rows: Vec<(&str, &str, usize, Vec<&str>)> = Vec::new();
        let mut row_of: std::collections::HashMap<(&str, &str), usize> = Default::default();
        for m in &record.entities {
            let key = (m.canonical.as_str(), m.kind.as_str());
            match row_of.get(&key) {
                Some(&i) => {
                    let r = &mut rows[i];
                    r.2 += 1;
                    if !r.3.contains(&m.text.as_str()) {
                        r.3.push(&m.text);
                    }
                }
                None => {
                    row_of.insert(key, rows.len());
                    rows.push((key.0, key.1, 1, vec![&m.text]));
                }
            }
        }
        for (name, kind, n, forms) in rows {
            let others: Vec<String> = forms
                .iter()
                .filter(|f| **f != name)
                .map(|f| clean(f, 60))
                .collect();
            let _ = write!(
                out,
                "  {d}{:<8}{d:#} {e}{}{e:#} ×{n}",
                clean(kind, 8),
                clean(name, 80),
                d = s.dim,
                e = s.entity,
            );
            if !others.is_empty() {
                let _ = write!(out, " {d}(also {}){d:#}", others.join(", "), d = s.dim);
            }
            out.push('\n');
        }
    }
    out
}

fn claim_line(out: &mut String, c: &Claim, s: &Styles) {
    let _ = write!(
        out,
        "  {d}{:>13}{d:#}  {cs}{}{cs:#}  = {} {}",
        format!("[{}..{}]", c.start, c.end),
        clean(&c.text, 60),
        format_value(c),
        clean(c.unit.as_deref().unwrap_or("(no unit)"), 40),
        d = s.dim,
        cs = s.claim,
    );
    if c.qualifier != "exact" {
        let _ = write!(out, " ({})", clean(&c.qualifier, 20));
    }
    if let Some(subject) = &c.subject {
        let _ = write!(out, "  {d}subject{d:#} {}", clean(subject, 60), d = s.dim);
    }
    if let Some(t) = &c.time {
        let _ = write!(out, "  {d}time{d:#} {}", clean(&t.text, 40), d = s.dim);
    }
    if let Some(cmp) = &c.compared_to {
        let ids: Vec<String> = cmp.ids.iter().map(|i| format!("#{i}")).collect();
        let _ = write!(
            out,
            "  {d}{} from{d:#} {}",
            clean(&cmp.direction, 20),
            ids.join(", "),
            d = s.dim
        );
    }
    out.push('\n');
}

/// The differences between two runs, article by article, then the summary.
pub fn diff(diff: &Diff, color: bool) -> String {
    let s = Styles::new(color);
    let mut out = String::new();
    for a in &diff.articles {
        article_diff(&mut out, a, &s);
    }
    let sum = &diff.summary;
    if diff.is_empty() {
        let _ = writeln!(out, "no differences in {} articles", sum.articles);
        return out;
    }
    let kinds: Vec<String> = sum
        .by_kind
        .iter()
        .map(|(k, c)| format!("{k} +{} -{} ~{}", c.added, c.removed, c.changed))
        .collect();
    let _ = writeln!(
        out,
        "{h}{} of {} articles differ{h:#}: {a}{} added{a:#}, {r}{} removed{r:#}, {c}{} changed{c:#} ({})",
        sum.articles_changed,
        sum.articles,
        sum.facts.added,
        sum.facts.removed,
        sum.facts.changed,
        kinds.join("; "),
        h = s.head,
        a = s.added,
        r = s.removed,
        c = s.changed,
    );
    out
}

fn article_diff(out: &mut String, a: &ArticleDiff, s: &Styles) {
    let note = match a.presence {
        Presence::Both => "",
        Presence::OnlyNew => " (only in NEW)",
        Presence::OnlyOld => " (only in OLD)",
    };
    let _ = writeln!(out, "{h}{}{h:#}{}", clean(&a.source, 200), note, h = s.head);
    // One list in text order, so a reader can follow the article.
    let mut lines: Vec<((usize, usize), String)> = Vec::new();
    for f in &a.added {
        lines.push((f.span(), fact_line('+', f, s.added)));
    }
    for f in &a.removed {
        lines.push((f.span(), fact_line('-', f, s.removed)));
    }
    for c in &a.changed {
        let fields: Vec<String> = c
            .fields
            .iter()
            .map(|f| {
                format!(
                    "{} {} → {}",
                    f.field,
                    show_value(&f.old),
                    show_value(&f.new)
                )
            })
            .collect();
        lines.push((
            (c.start, c.end),
            format!(
                "  {st}~ {} “{}”{st:#} [{}..{}]: {}",
                c.fact,
                clean(&c.text, 60),
                c.start,
                c.end,
                fields.join(", "),
                st = s.changed,
            ),
        ));
    }
    lines.sort_by_key(|l| l.0);
    for (_, l) in lines {
        out.push_str(&l);
        out.push('\n');
    }
}

fn fact_line(sign: char, f: &Fact, st: Style) -> String {
    let (start, end) = f.span();
    let detail = match f {
        Fact::Entity(m) => format!("{} → {}", clean(&m.kind, 10), clean(&m.canonical, 60)),
        Fact::Claim(c) => {
            let mut d = format!(
                "{} {}",
                format_value(c),
                clean(c.unit.as_deref().unwrap_or(""), 30)
            );
            if c.qualifier != "exact" {
                let _ = write!(d, " ({})", clean(&c.qualifier, 20));
            }
            d
        }
        Fact::Quote(q) => format!(
            "speaker {}",
            q.speaker
                .as_deref()
                .map_or("unknown".to_string(), |sp| clean(sp, 60))
        ),
    };
    format!(
        "  {st}{sign} {} “{}”{st:#} [{start}..{end}] {}",
        f.kind(),
        clean(f.text(), 60),
        detail.trim_end(),
    )
}

fn show_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "null".into(),
        serde_json::Value::String(s) => format!("“{}”", clean(s, 60)),
        serde_json::Value::Number(n) => n.as_f64().map_or(n.to_string(), format_number),
        other => clean(&other.to_string(), 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_escapes_control_characters_and_folds_space() {
        assert_eq!(clean(" a\n\n b\x1b[31m ", 50), "a b\\u{1b}[31m");
        assert_eq!(clean("abcdef", 3), "abc…");
    }

    #[test]
    fn counts_are_singular_for_one() {
        assert_eq!(count(1, "quote", "quotes"), "1 quote");
        assert_eq!(count(0, "quote", "quotes"), "0 quotes");
        assert_eq!(count(2, "entity", "entities"), "2 entities");
    }

    #[test]
    fn color_choice_resolves() {
        assert!(ColorChoice::Always.resolve(false));
        assert!(!ColorChoice::Never.resolve(true));
        assert!(!ColorChoice::Auto.resolve(false));
    }

    #[test]
    fn plain_listing_has_no_escape_codes_and_colored_one_does() {
        let text = "Acme sold 5 cars.";
        let mut r = claimex::extract("a.txt", text);
        r.entities.clear();
        r.entities.push(claimex::record::Mention {
            text: "Acme\x1b]0;x\x07".into(),
            kind: "ORG".into(),
            canonical: "Acme".into(),
            start: 0,
            end: 4,
        });
        let plain = record(&r, false);
        assert!(!plain.contains('\x1b'), "{plain:?}");
        assert!(plain.contains("ORG      Acme ×1"), "{plain}");
        let colored = record(&r, true);
        assert!(colored.contains("\x1b["));
        // Color adds only styles: without them, the listing is the plain one.
        let strip = regex::Regex::new("\x1b\\[[0-9;]*m").unwrap();
        assert_eq!(strip.replace_all(&colored, ""), plain);
        // The escape in the mention text is shown, not sent.
        assert!(colored.contains("\\u{1b}]0;x\\u{7}"));
    }
}
