//! Comparing two runs: which facts were added, removed or changed in each article.
//!
//! Records are read as `extract` writes them (a `.json` file holding one record or an array, a
//! `.jsonl` file of one record per line, or folders of those). Articles are matched by `source`;
//! within an article, facts of the same kind are matched by their span. A matched fact whose
//! fields differ (a claim whose value, unit or qualifier moved; a quote whose speaker changed; an
//! entity whose type or canonical name changed) is a change.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, ErrorKind};
use crate::record::{Claim, Mention, Quote, Record};

/// Extensions of record files, when walking a folder.
pub const RECORD_EXTENSIONS: &[&str] = &["json", "jsonl"];

/// Reads every record under `paths` (files, or folders walked in sorted order, hidden entries
/// skipped). JSON Lines error lines (`{"source", "error"}`, written for a failed article) are
/// skipped: there is no record to compare.
pub fn read_records(paths: &[PathBuf]) -> Result<Vec<Record>, Error> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let walk = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                });
            for entry in walk {
                let entry = entry.map_err(|e| {
                    let p = e.path().unwrap_or(path).to_path_buf();
                    Error::io(
                        p,
                        e.into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("cannot walk")),
                    )
                })?;
                if entry.file_type().is_file() && is_record_file(entry.path()) {
                    read_file(entry.path(), &mut out)?;
                }
            }
        } else {
            read_file(path, &mut out)?;
        }
    }
    Ok(out)
}

fn is_record_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| RECORD_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Reads the records of one file: JSON Lines when it ends in `.jsonl`, else one JSON value (a
/// record or an array of them).
pub fn read_file(path: &Path, out: &mut Vec<Record>) -> Result<(), Error> {
    let json_err = |at: PathBuf, err| Error::new(ErrorKind::Json { path: at, err });
    let is_jsonl = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
    if is_jsonl {
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| Error::io(path, e))?;
            if line.trim().is_empty() {
                continue;
            }
            let at = PathBuf::from(format!("{}:{}", path.display(), i + 1));
            let v: Value = serde_json::from_str(&line).map_err(|e| json_err(at.clone(), e))?;
            push_value(v, &at, out)?;
        }
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let v: Value = serde_json::from_str(&text).map_err(|e| json_err(path.to_path_buf(), e))?;
        match v {
            Value::Array(items) => {
                for item in items {
                    push_value(item, path, out)?;
                }
            }
            one => push_value(one, path, out)?,
        }
    }
    Ok(())
}

fn push_value(v: Value, at: &Path, out: &mut Vec<Record>) -> Result<(), Error> {
    if v.get("error").is_some() && v.get("sentences").is_none() {
        return Ok(());
    }
    let record = serde_json::from_value(v).map_err(|err| {
        Error::new(ErrorKind::Json {
            path: at.to_path_buf(),
            err,
        })
    })?;
    out.push(record);
    Ok(())
}

/// One fact of a record.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "fact", rename_all = "lowercase")]
pub enum Fact {
    /// An entity mention.
    Entity(Mention),
    /// A numeric claim.
    Claim(Claim),
    /// A direct quotation.
    Quote(Quote),
}

impl Fact {
    /// `entity`, `claim` or `quote`.
    pub fn kind(&self) -> &'static str {
        match self {
            Fact::Entity(_) => "entity",
            Fact::Claim(_) => "claim",
            Fact::Quote(_) => "quote",
        }
    }

    /// Its span's start and end.
    pub fn span(&self) -> (usize, usize) {
        match self {
            Fact::Entity(m) => (m.start, m.end),
            Fact::Claim(c) => (c.start, c.end),
            Fact::Quote(q) => (q.start, q.end),
        }
    }

    /// Its text as written (a quote's quoted words).
    pub fn text(&self) -> &str {
        match self {
            Fact::Entity(m) => &m.text,
            Fact::Claim(c) => &c.text,
            Fact::Quote(q) => &q.text,
        }
    }

    /// The fields a change is reported on, by name, in a stable order.
    fn fields(&self) -> Vec<(&'static str, Value)> {
        match self {
            Fact::Entity(m) => vec![
                ("text", m.text.clone().into()),
                ("type", m.kind.clone().into()),
                ("canonical", m.canonical.clone().into()),
            ],
            Fact::Claim(c) => vec![
                ("text", c.text.clone().into()),
                ("value", number(c.value)),
                ("high", number(c.high)),
                ("unit", c.unit.clone().into()),
                ("qualifier", c.qualifier.clone().into()),
                ("kind", c.kind.clone().into()),
                ("subject", c.subject.clone().into()),
                ("time", c.time.as_ref().map(|t| t.text.clone()).into()),
            ],
            Fact::Quote(q) => vec![
                ("text", q.text.clone().into()),
                ("speaker", q.speaker.clone().into()),
                ("speaker_title", q.speaker_title.clone().into()),
            ],
        }
    }
}

/// A number as the record writes it: whole numbers without a fractional part.
fn number(x: Option<f64>) -> Value {
    match x {
        Some(v) if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 => (v as i64).into(),
        Some(v) => serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        None => Value::Null,
    }
}

/// One field that differs between the old and the new fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field's name in the record (`value`, `unit`, `speaker`, ...).
    pub field: &'static str,
    /// Its old value.
    pub old: Value,
    /// Its new value.
    pub new: Value,
}

/// A fact found at the same span in both runs, with fields that differ.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// `entity`, `claim` or `quote`.
    pub fact: &'static str,
    /// Byte offset of the span's start.
    pub start: usize,
    /// Byte offset of the span's end.
    pub end: usize,
    /// The new fact's text.
    pub text: String,
    /// The fields that differ.
    pub fields: Vec<FieldChange>,
}

/// Whether an article is in both runs or only one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// In both runs.
    Both,
    /// Only in the new run: every fact is added.
    OnlyNew,
    /// Only in the old run: every fact is removed.
    OnlyOld,
}

/// What changed in one article, each list in text order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleDiff {
    /// The article's `source`.
    pub source: String,
    /// In which runs the article is.
    pub presence: Presence,
    /// Facts only in the new run.
    pub added: Vec<Fact>,
    /// Facts only in the old run.
    pub removed: Vec<Fact>,
    /// Facts in both whose fields differ.
    pub changed: Vec<Change>,
}

impl ArticleDiff {
    /// True when nothing differs.
    pub fn is_empty(&self) -> bool {
        self.presence == Presence::Both
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
    }
}

/// Counts of added, removed and changed facts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Facts only in the new run.
    pub added: usize,
    /// Facts only in the old run.
    pub removed: usize,
    /// Facts in both with differing fields.
    pub changed: usize,
}

/// The summary of a comparison.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Articles in either run.
    pub articles: usize,
    /// Articles with any difference (including those in one run only).
    pub articles_changed: usize,
    /// Articles only in the new run.
    pub articles_added: usize,
    /// Articles only in the old run.
    pub articles_removed: usize,
    /// All facts.
    pub facts: Counts,
    /// Per kind: `entity`, `claim`, `quote`.
    pub by_kind: BTreeMap<&'static str, Counts>,
}

/// The comparison of two runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diff {
    /// The totals.
    pub summary: Summary,
    /// Only the articles that differ, in the order of the new run (then the old run's leftovers).
    pub articles: Vec<ArticleDiff>,
}

impl Diff {
    /// True when the two runs agree on every fact of every article.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }
}

/// The key an article is matched by: its source without leading `./`, so runs made as
/// `extract corpus/` and `extract ./corpus/` still line up.
fn source_key(source: &str) -> &str {
    let mut s = source;
    while let Some(rest) = s.strip_prefix("./") {
        s = rest.trim_start_matches('/');
    }
    s
}

/// Compares two runs: records are matched by `source`, facts by kind and span.
pub fn diff(old: &[Record], new: &[Record]) -> Diff {
    let mut old_by_source: HashMap<&str, &Record> = HashMap::new();
    for r in old {
        old_by_source.entry(source_key(&r.source)).or_insert(r);
    }
    let mut seen: std::collections::HashSet<&str> = Default::default();
    let mut out = Diff::default();
    for n in new {
        if !seen.insert(source_key(&n.source)) {
            continue;
        }
        let d = match old_by_source.get(source_key(&n.source)) {
            Some(o) => compare(o, n),
            None => ArticleDiff {
                source: n.source.clone(),
                presence: Presence::OnlyNew,
                added: facts(n),
                removed: Vec::new(),
                changed: Vec::new(),
            },
        };
        push(&mut out, d);
    }
    for o in old {
        if seen.insert(source_key(&o.source)) {
            push(
                &mut out,
                ArticleDiff {
                    source: o.source.clone(),
                    presence: Presence::OnlyOld,
                    added: Vec::new(),
                    removed: facts(o),
                    changed: Vec::new(),
                },
            );
        }
    }
    out.summary.articles = seen.len();
    for kind in ["entity", "claim", "quote"] {
        out.summary.by_kind.entry(kind).or_default();
    }
    out
}

fn push(out: &mut Diff, d: ArticleDiff) {
    if d.is_empty() {
        return;
    }
    let s = &mut out.summary;
    s.articles_changed += 1;
    match d.presence {
        Presence::OnlyNew => s.articles_added += 1,
        Presence::OnlyOld => s.articles_removed += 1,
        Presence::Both => {}
    }
    for f in &d.added {
        s.facts.added += 1;
        s.by_kind.entry(f.kind()).or_default().added += 1;
    }
    for f in &d.removed {
        s.facts.removed += 1;
        s.by_kind.entry(f.kind()).or_default().removed += 1;
    }
    for c in &d.changed {
        s.facts.changed += 1;
        s.by_kind.entry(c.fact).or_default().changed += 1;
    }
    out.articles.push(d);
}

/// Every fact of a record: entities, then claims, then quotes, each in text order.
fn facts(r: &Record) -> Vec<Fact> {
    let mut v: Vec<Fact> = r.entities.iter().cloned().map(Fact::Entity).collect();
    v.extend(r.claims.iter().cloned().map(Fact::Claim));
    v.extend(r.quotes.iter().cloned().map(Fact::Quote));
    v.sort_by_key(|f| f.span());
    v
}

/// Compares the facts of one article in two runs.
pub fn compare(old: &Record, new: &Record) -> ArticleDiff {
    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut changed = Vec::new();
    let old_facts = facts(old);
    let new_facts = facts(new);
    // Old facts by kind and span; several at one span pair up in order.
    let mut pending: HashMap<(&str, (usize, usize)), std::collections::VecDeque<&Fact>> =
        HashMap::new();
    for f in &old_facts {
        pending
            .entry((f.kind(), f.span()))
            .or_default()
            .push_back(f);
    }
    for f in &new_facts {
        match pending
            .get_mut(&(f.kind(), f.span()))
            .and_then(|q| q.pop_front())
        {
            Some(o) => {
                let fields: Vec<FieldChange> = o
                    .fields()
                    .into_iter()
                    .zip(f.fields())
                    .filter(|((_, a), (_, b))| a != b)
                    .map(|((field, a), (_, b))| FieldChange {
                        field,
                        old: a,
                        new: b,
                    })
                    .collect();
                if !fields.is_empty() {
                    let (start, end) = f.span();
                    changed.push(Change {
                        fact: f.kind(),
                        start,
                        end,
                        text: f.text().to_string(),
                        fields,
                    });
                }
            }
            None => added.push(f.clone()),
        }
    }
    for f in &old_facts {
        if let Some(q) = pending.get_mut(&(f.kind(), f.span())) {
            if let Some(pos) = q.iter().position(|x| std::ptr::eq(*x, f)) {
                q.remove(pos);
                removed.push(f.clone());
            }
        }
    }
    ArticleDiff {
        source: new.source.clone(),
        presence: Presence::Both,
        added,
        removed,
        changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Record {
        let text = "Acme sold 5 cars. \"Fine,\" said Bo Li.";
        let mut r = crate::extract("a.txt", text);
        r.entities = vec![Mention {
            text: "Acme".into(),
            kind: "ORG".into(),
            canonical: "Acme".into(),
            start: 0,
            end: 4,
        }];
        r.claims = vec![Claim {
            id: 0,
            text: "5 cars".into(),
            value: Some(5.0),
            high: None,
            unit: Some("cars".into()),
            kind: "count".into(),
            qualifier: "exact".into(),
            qualifier_text: None,
            start: 10,
            end: 16,
            sentence: 0,
            subject: Some("Acme".into()),
            time: None,
            compared_to: None,
            minor_unit: None,
        }];
        r.quotes = vec![Quote {
            text: "Fine,".into(),
            speaker: Some("Bo Li".into()),
            speaker_title: None,
            speaker_span: None,
            start: 18,
            end: 25,
            parts: vec![],
            unclosed: false,
        }];
        r
    }

    #[test]
    fn identical_runs_do_not_differ() {
        let d = diff(&[base()], &[base()]);
        assert!(d.is_empty());
        assert_eq!(d.summary.articles, 1);
        assert_eq!(d.summary.facts, Counts::default());
    }

    #[test]
    fn added_removed_and_changed_facts_are_told_apart() {
        let old = base();
        let mut new = base();
        new.claims[0].value = Some(6.0);
        new.claims[0].qualifier = "approx".into();
        new.quotes[0].speaker = None;
        new.entities[0].start = 31;
        new.entities[0].end = 36;
        let d = diff(&[old], &[new]);
        assert_eq!(d.articles.len(), 1);
        let a = &d.articles[0];
        assert_eq!(a.added.len(), 1);
        assert_eq!(a.removed.len(), 1);
        assert_eq!(a.changed.len(), 2);
        let claim = &a.changed[0];
        assert_eq!(claim.fact, "claim");
        assert_eq!(
            claim.fields.iter().map(|f| f.field).collect::<Vec<_>>(),
            ["value", "qualifier"]
        );
        assert_eq!(claim.fields[0].old, serde_json::json!(5));
        assert_eq!(claim.fields[0].new, serde_json::json!(6));
        assert_eq!(a.changed[1].fields[0].field, "speaker");
        assert_eq!(a.changed[1].fields[0].new, Value::Null);
        assert_eq!(d.summary.facts.changed, 2);
        assert_eq!(d.summary.by_kind["entity"].added, 1);
        assert_eq!(d.summary.by_kind["entity"].removed, 1);
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["articles"][0]["added"][0]["fact"], "entity");
        assert_eq!(json["articles"][0]["added"][0]["type"], "ORG");
    }

    #[test]
    fn sources_match_with_or_without_a_leading_dot_slash() {
        let mut dotted = base();
        dotted.source = "./a.txt".into();
        assert!(diff(&[base()], &[dotted]).is_empty());
    }

    #[test]
    fn articles_in_one_run_only_count_all_their_facts() {
        let mut other = base();
        other.source = "b.txt".into();
        let d = diff(&[base()], &[other]);
        assert_eq!(d.summary.articles, 2);
        assert_eq!(d.summary.articles_added, 1);
        assert_eq!(d.summary.articles_removed, 1);
        assert_eq!(d.summary.facts.added, 3);
        assert_eq!(d.summary.facts.removed, 3);
        assert_eq!(d.articles[0].presence, Presence::OnlyNew);
    }

    #[test]
    fn records_are_read_from_json_arrays_jsonl_and_folders() {
        let dir = tempfile::tempdir().unwrap();
        let r = serde_json::to_string(&base()).unwrap();
        let mut b = base();
        b.source = "b.txt".into();
        let b = serde_json::to_string(&b).unwrap();
        std::fs::create_dir_all(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/one.json"), &r).unwrap();
        std::fs::write(dir.path().join("all.json"), format!("[{r},{b}]")).unwrap();
        std::fs::write(
            dir.path().join("lines.jsonl"),
            format!("{r}\n\n{{\"source\":\"x\",\"error\":\"bad\"}}\n{b}\n"),
        )
        .unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a record").unwrap();
        let got = read_records(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(got.len(), 5);
        std::fs::write(dir.path().join("bad.jsonl"), "{\"source\": 1}\n").unwrap();
        let err = read_records(&[dir.path().join("bad.jsonl")]).unwrap_err();
        assert!(err.to_string().contains("bad.jsonl:1"), "{err}");
    }
}
