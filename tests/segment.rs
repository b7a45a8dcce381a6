//! Segmentation holds up when the corpus articles are laid out differently: with `\r\n` line
//! ends, hard-wrapped at 72 characters (paragraphs still between blank lines), and with the blank
//! lines between paragraphs removed. Every variant must give the gold sentences (compared with
//! runs of whitespace folded to one space, since a soft wrap stays in the sentence's span).

use std::path::PathBuf;

use claimex::eval::Gold;
use claimex::segment;

use crate::util::root;

fn articles_with_gold() -> Vec<(PathBuf, PathBuf)> {
    let mut v: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && claimex::batch::is_article(p))
        .map(|p| {
            let gold = root()
                .join("corpus/gold")
                .join(p.file_stem().unwrap())
                .with_extension("json");
            (p, gold)
        })
        .filter(|(_, g)| g.exists())
        .collect();
    v.sort();
    v
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Greedy wrapping of every line longer than `width` characters, as `fmt`/`fold -s` do.
/// A Markdown heading is one line by definition (wrapping it would make its tail body text), so
/// headings are left whole, as Markdown wrappers such as `prettier --prose-wrap` do.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('#') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut len = 0;
        for (k, word) in line.split(' ').enumerate() {
            let w = word.chars().count();
            if k > 0 && len + 1 + w > width {
                out.push('\n');
                len = 0;
            } else if k > 0 {
                out.push(' ');
                len += 1;
            }
            out.push_str(word);
            len += w;
        }
        out.push('\n');
    }
    out
}

fn without_blank_lines(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn corpus_sentences_survive_other_layouts() {
    let articles = articles_with_gold();
    assert!(!articles.is_empty());
    let mut failures = Vec::new();
    for (article, gold) in &articles {
        let text = std::fs::read_to_string(article).unwrap();
        let gold = Gold::read(gold).unwrap();
        // Layouts must not change what the plain text gives (whether that matches gold, where
        // a gold file may be in doubt, is `claimex eval`'s business and its floor's).
        let blocks = segment::blocks(&text);
        let want: Vec<String> = segment::sentences(&text, &blocks)
            .iter()
            .map(|s| fold(s.span.slice(&text)))
            .collect();
        assert!(
            gold.sentences.len() * 10 >= want.len() * 9,
            "{}",
            article.display()
        );
        let variants = [
            ("crlf", text.replace('\n', "\r\n")),
            ("wrapped", hard_wrap(&text, 72)),
            ("no_blank_lines", without_blank_lines(&text)),
        ];
        for (name, variant) in &variants {
            let blocks = segment::blocks(variant);
            let got: Vec<String> = segment::sentences(variant, &blocks)
                .iter()
                .map(|s| fold(s.span.slice(variant)))
                .collect();
            if got != want {
                let first = got
                    .iter()
                    .zip(&want)
                    .find(|(g, w)| g != w)
                    .map(|(g, w)| format!("got {g:?}, want {w:?}"))
                    .unwrap_or_else(|| format!("{} sentences, want {}", got.len(), want.len()));
                failures.push(format!("{} ({name}): {first}", article.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
