//! claimex reads news articles and turns them into structured, reviewable fact records: the
//! article's sentences and paragraphs, its numeric claims, its direct quotes with their speakers,
//! and its named entities, every one with byte offsets into the unchanged text.
//!
//! # Example
//! ```
//! let text = "Acme Corp. sold 1.2 million widgets. \"It was a good year,\" said Jane Roe.";
//! let record = claimex::extract("-", text);
//! assert_eq!(record.sentences.len(), 2);
//! assert_eq!(record.sentences[0].text, "Acme Corp. sold 1.2 million widgets.");
//! ```
//!
//! # The pipeline
//! Each stage is a module that takes what it needs as arguments and returns spans into the text:
//! [`segment`] (blocks, sentences, words) -> [`numbers`] (every number) -> [`entities`] (mentions,
//! linked) -> [`quotes`] (quotations, speakers) -> [`claims`] (quantities with subject, time and
//! comparison) -> [`record`] (the output contract). [`batch`] reads inputs; [`eval`] scores records
//! against gold annotations.

#![deny(missing_docs)]

pub mod batch;
pub mod claims;
pub mod diff;
pub mod entities;
pub mod error;
pub mod eval;
mod fasthash;
pub mod html;
pub mod lexicon;
pub mod numbers;
pub mod quotes;
pub mod record;
pub mod review;
pub mod segment;
pub mod span;

pub use error::{Error, ErrorKind};
pub use record::Record;
pub use span::Span;

use std::path::Path;

/// Runs the pipeline, holding the configuration that outlives one article (the lexicon).
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    lexicon: entities::Lexicon,
}

impl Extractor {
    /// An extractor with the built-in lexicon.
    pub fn new() -> Extractor {
        Extractor {
            lexicon: entities::Lexicon::builtin(),
        }
    }

    /// An extractor with the given lexicon.
    pub fn with_lexicon(lexicon: entities::Lexicon) -> Extractor {
        Extractor { lexicon }
    }

    /// Extracts the fact record of one article. `source` names it in the record.
    pub fn extract(&self, source: &str, text: &str) -> Record {
        self.extract_as(
            source,
            text,
            batch::Format::of_path(Path::new(source)).as_str(),
        )
    }

    /// Extracts the record of an article read by [`batch`]; an HTML article's record carries the
    /// text its offsets refer to.
    pub fn extract_article(&self, article: &batch::Article) -> Record {
        let mut record = self.extract_as(&article.source, &article.text, article.format.as_str());
        if article.format == batch::Format::Html {
            record.text = Some(article.text.clone());
        }
        record
    }

    /// Like [`Extractor::extract`], saying what format the text was read as.
    pub fn extract_as(&self, source: &str, text: &str, format: &str) -> Record {
        let blocks = segment::blocks(text);
        let sentences = segment::sentences(text, &blocks);
        let numbers = numbers::recognize(text);
        let mentions = entities::extract(text, &blocks, &sentences, &self.lexicon);
        let quotes = quotes::extract(text, &blocks, &sentences, &mentions);
        let claims = claims::extract(text, &sentences, &numbers, &mentions);
        Record {
            schema_version: record::SCHEMA_VERSION,
            source: source.to_string(),
            format: format.to_string(),
            text: None,
            paragraphs: blocks
                .iter()
                .map(|b| record::Paragraph {
                    start: b.span.start,
                    end: b.span.end,
                    kind: b.kind.as_str().to_string(),
                })
                .collect(),
            sentences: sentences
                .iter()
                .map(|s| record::Sentence {
                    start: s.span.start,
                    end: s.span.end,
                    paragraph: s.block,
                    text: s.span.slice(text).to_string(),
                })
                .collect(),
            entities: mentions,
            quotes,
            claims,
        }
    }

    /// Reads the article at `path` and extracts its record; `source` is the path as given.
    pub fn extract_path(&self, path: &Path) -> Result<Record, Error> {
        Ok(self.extract_article(&batch::read_path(path)?))
    }
}

/// Extracts the fact record of one article with the built-in lexicon.
pub fn extract(source: &str, text: &str) -> Record {
    Extractor::new().extract(source, text)
}

/// Reads the article at `path` and extracts its record with the built-in lexicon.
pub fn extract_path(path: impl AsRef<Path>) -> Result<Record, Error> {
    Extractor::new().extract_path(path.as_ref())
}
