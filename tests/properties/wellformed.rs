//! What every record must satisfy whatever the input: the offset contract of FACT-RECORD.md.
//!
//! Shared by the property tests, the pathological tests and the fuzz targets (which include this
//! file by path), so that all three hold the pipeline to the same rules. Depends only on
//! `claimex` and `std`.

use claimex::numbers::Number;
use claimex::Record;

/// Checks that `[start, end)` is a non-empty-or-empty range inside `text` on char boundaries.
fn span_ok(text: &str, what: &str, start: usize, end: usize) -> Result<(), String> {
    if start > end {
        return Err(format!("{what}: start {start} after end {end}"));
    }
    if end > text.len() {
        return Err(format!("{what}: end {end} past the text ({})", text.len()));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{what}: [{start}, {end}) not on char boundaries"));
    }
    Ok(())
}

/// Checks that spans are in text order: starts never go backwards.
fn ordered(what: &str, starts: impl Iterator<Item = usize>) -> Result<(), String> {
    let mut last = 0;
    for (i, s) in starts.enumerate() {
        if s < last {
            return Err(format!(
                "{what}[{i}] starts at {s}, before the one ahead ({last})"
            ));
        }
        last = s;
    }
    Ok(())
}

/// Every rule of the offset contract a record of `text` must keep; the first broken one, named.
pub fn check_record(text: &str, r: &Record) -> Result<(), String> {
    let mut prev_end = 0;
    for (i, p) in r.paragraphs.iter().enumerate() {
        span_ok(text, &format!("paragraphs[{i}]"), p.start, p.end)?;
        if p.start < prev_end {
            return Err(format!("paragraphs[{i}] overlaps the one before it"));
        }
        if p.start == p.end {
            return Err(format!("paragraphs[{i}] is empty"));
        }
        prev_end = p.end;
    }
    let mut prev_end = 0;
    for (i, s) in r.sentences.iter().enumerate() {
        let what = format!("sentences[{i}]");
        span_ok(text, &what, s.start, s.end)?;
        if s.start == s.end {
            return Err(format!("{what} is empty"));
        }
        if s.start < prev_end {
            return Err(format!(
                "{what} starts at {} inside the one before it",
                s.start
            ));
        }
        prev_end = s.end;
        if text[s.start..s.end] != s.text {
            return Err(format!("{what}.text is not text[start..end]"));
        }
        if s.text.trim() != s.text {
            return Err(format!("{what} has surrounding whitespace"));
        }
        let Some(p) = r.paragraphs.get(s.paragraph) else {
            return Err(format!("{what}.paragraph {} out of range", s.paragraph));
        };
        if s.start < p.start || s.end > p.end {
            return Err(format!(
                "{what} is not inside its paragraph {}",
                s.paragraph
            ));
        }
    }
    for (i, m) in r.entities.iter().enumerate() {
        let what = format!("entities[{i}]");
        span_ok(text, &what, m.start, m.end)?;
        if text[m.start..m.end] != m.text {
            return Err(format!("{what}.text {:?} is not text[start..end]", m.text));
        }
    }
    ordered("entities", r.entities.iter().map(|m| m.start))?;
    for (i, q) in r.quotes.iter().enumerate() {
        let what = format!("quotes[{i}]");
        span_ok(text, &what, q.start, q.end)?;
        for (j, part) in q.parts.iter().enumerate() {
            span_ok(text, &format!("{what}.parts[{j}]"), part.start, part.end)?;
            if part.start < q.start || part.end > q.end {
                return Err(format!("{what}.parts[{j}] outside the quote"));
            }
        }
        if let Some(s) = q.speaker_span {
            span_ok(text, &format!("{what}.speaker_span"), s.start, s.end)?;
        }
    }
    ordered("quotes", r.quotes.iter().map(|q| q.start))?;
    for (i, c) in r.claims.iter().enumerate() {
        let what = format!("claims[{i}]");
        span_ok(text, &what, c.start, c.end)?;
        if text[c.start..c.end] != c.text {
            return Err(format!("{what}.text {:?} is not text[start..end]", c.text));
        }
        if c.id != i {
            return Err(format!("{what}.id is {}", c.id));
        }
        let Some(s) = r.sentences.get(c.sentence) else {
            return Err(format!("{what}.sentence {} out of range", c.sentence));
        };
        if c.start < s.start || c.end > s.end {
            return Err(format!("{what} is not inside its sentence {}", c.sentence));
        }
        if let Some(t) = &c.time {
            span_ok(text, &format!("{what}.time"), t.start, t.end)?;
            if text[t.start..t.end] != t.text {
                return Err(format!("{what}.time.text is not text[start..end]"));
            }
        }
        if let Some(cmp) = &c.compared_to {
            if let Some(bad) = cmp.ids.iter().find(|&&id| id >= r.claims.len()) {
                return Err(format!(
                    "{what}.compared_to names claim {bad}, which is not there"
                ));
            }
        }
    }
    ordered("claims", r.claims.iter().map(|c| c.start))?;
    Ok(())
}

/// The recognizer's contract: every number lies on char boundaries inside the text, reads as
/// written, and the list is in text order.
pub fn check_numbers(text: &str, numbers: &[Number]) -> Result<(), String> {
    for (i, n) in numbers.iter().enumerate() {
        let what = format!("numbers[{i}]");
        span_ok(text, &what, n.start, n.end)?;
        if text[n.start..n.end] != n.text {
            return Err(format!("{what}.text {:?} is not text[start..end]", n.text));
        }
        if n.value.is_nan() {
            return Err(format!("{what}.value is NaN for {:?}", n.text));
        }
    }
    ordered("numbers", numbers.iter().map(|n| n.start))
}

/// The longest prefix of `data` that is UTF-8: bytes that are not never reach the pipeline (batch
/// input rejects them), so a fuzz input is cut to its valid prefix rather than thrown away.
pub fn utf8_prefix(data: &[u8]) -> &str {
    match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap_or_default(),
    }
}
