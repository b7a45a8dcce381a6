//! HTML articles: the article's own text, taken from the page with an HTML5 parser.
//!
//! Pages carry far more than the article: navigation, footers, related links, ads, scripts. As
//! readability does, each block of paragraph text scores its parent and grandparent, the best
//! scoring container (discounted by how much of it is link text) is taken as the article, and its
//! headings, paragraphs, block quotes and list items become the blocks of a plain text, separated
//! by blank lines. Offsets in the record then refer to that text, which the record carries.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "svg",
    "iframe", "select", "header", "menu", "figure",
];

/// Elements that hold one block of text each.
const BLOCKS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "blockquote",
    "pre",
];

/// Class or id words of page furniture (ads, share buttons, related stories, comments).
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(ad|ads|advert\w*|banner|breadcrumbs?|comments?|cookie\w*|footer|masthead|menu|nav\w*|newsletter|outbrain|popup|promo\w*|related|share|sharing|sidebar|social|sponsor\w*|subscribe|taboola|tags?|widget)\b",
    )
    .unwrap()
});

/// The article text of an HTML page: headline, then the main content block's paragraphs.
pub fn article_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let root = doc.root_element();
    let main = main_content(root).unwrap_or(root);
    let mut blocks: Vec<String> = Vec::new();
    // The headline usually sits outside the content block, in the page's first <h1> or <title>.
    let headline = first_text(root, "h1").or_else(|| first_text(root, "title"));
    collect_blocks(main, &mut blocks);
    if let Some(h) = headline {
        if !blocks.contains(&h) {
            blocks.insert(0, h);
        }
    }
    blocks.join("\n\n")
}

fn is_skipped(el: ElementRef) -> bool {
    let v = el.value();
    if SKIPPED.contains(&v.name()) {
        return true;
    }
    let marks = format!(
        "{} {}",
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or("")
    );
    v.attr("hidden").is_some()
        || v.attr("aria-hidden") == Some("true")
        || (!marks.trim().is_empty() && FURNITURE.is_match(&marks))
}

/// Text of an element with whitespace folded, skipping furniture inside it.
fn text_of(el: ElementRef) -> String {
    let mut out = String::new();
    push_text(el, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn push_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                if let Some(c) = ElementRef::wrap(child) {
                    if !is_skipped(c) {
                        if e.name() == "br" {
                            out.push(' ');
                        }
                        push_text(c, out);
                    }
                }
            }
            _ => {}
        }
    }
}

fn first_text(root: ElementRef, name: &str) -> Option<String> {
    descendants(root)
        .find(|e| e.value().name() == name)
        .map(text_of)
        .filter(|t| !t.is_empty())
}

/// Elements below `root` (itself included), not entering skipped subtrees.
fn descendants(root: ElementRef) -> impl Iterator<Item = ElementRef> {
    let mut stack = vec![root];
    std::iter::from_fn(move || {
        let el = stack.pop()?;
        let kids: Vec<ElementRef> = el
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| !is_skipped(*c))
            .collect();
        stack.extend(kids.into_iter().rev());
        Some(el)
    })
}

/// The container with the most paragraph text, discounted by its link density.
fn main_content(root: ElementRef) -> Option<ElementRef> {
    let mut scores: HashMap<ego_tree::NodeId, (ElementRef, f64)> = HashMap::new();
    for p in descendants(root).filter(|e| matches!(e.value().name(), "p" | "pre" | "blockquote")) {
        let text = text_of(p);
        let len = text.chars().count();
        if len < 25 {
            continue;
        }
        let score = 1.0 + text.matches(',').count() as f64 + (len as f64 / 100.0).min(3.0);
        let mut ancestor = p.parent().and_then(ElementRef::wrap);
        for share in [1.0, 0.5] {
            let Some(a) = ancestor else { break };
            scores.entry(a.id()).or_insert((a, 0.0)).1 += score * share;
            ancestor = a.parent().and_then(ElementRef::wrap);
        }
    }
    scores
        .into_values()
        .map(|(el, s)| (el, s * (1.0 - link_density(el))))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(el, _)| el)
}

/// Share of an element's text that sits inside links.
fn link_density(el: ElementRef) -> f64 {
    let all = text_of(el).len();
    if all == 0 {
        return 0.0;
    }
    let links: usize = descendants(el)
        .filter(|e| e.value().name() == "a")
        .map(|a| text_of(a).len())
        .sum();
    links as f64 / all as f64
}

/// Pushes the text blocks under `el` in document order; a block is not split by nested blocks
/// (a `<blockquote>` holding `<p>`s gives one block per `<p>`).
fn collect_blocks(el: ElementRef, out: &mut Vec<String>) {
    for child in el.children().filter_map(ElementRef::wrap) {
        if is_skipped(child) {
            continue;
        }
        let name = child.value().name();
        let has_inner_blocks = descendants(child)
            .skip(1)
            .any(|d| BLOCKS.contains(&d.value().name()));
        if BLOCKS.contains(&name) && !has_inner_blocks {
            let t = text_of(child);
            if !t.is_empty() {
                out.push(if name == "li" { format!("- {t}") } else { t });
            }
        } else {
            collect_blocks(child, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_article_and_leaves_the_furniture() {
        let html = r##"<html><head><title>Site | Budget passes</title><script>var x = "Skip me.";</script></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="sidebar"><p>Subscribe to our newsletter for more stories like this one today.</p></div>
        <article><h1>Budget passes after long night</h1>
        <p>The council approved a budget of $4.2 million on Tuesday, after a debate that ran past midnight.</p>
        <blockquote><p>"We did it," said Mayor Ana Ruiz, smiling at the crowd.</p></blockquote>
        <p>Spending on parks rises by 12%, the largest increase in a decade, officials said.</p>
        <div class="share-buttons"><a href="/s">Share</a></div></article>
        <footer><p>Copyright 2026 The Daily Example, all rights reserved worldwide.</p></footer></body></html>"##;
        let text = article_text(html);
        assert_eq!(
            text,
            "Budget passes after long night\n\n\
             The council approved a budget of $4.2 million on Tuesday, after a debate that ran past midnight.\n\n\
             \"We did it,\" said Mayor Ana Ruiz, smiling at the crowd.\n\n\
             Spending on parks rises by 12%, the largest increase in a decade, officials said."
        );
    }

    #[test]
    fn script_text_never_reaches_the_article() {
        let text = article_text(
            "<p>Hello there, this is the only paragraph of text.</p><script>alert(1)</script>",
        );
        assert_eq!(text, "Hello there, this is the only paragraph of text.");
    }
}
