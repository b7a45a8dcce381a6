//! Named entities: people, organizations, places, products and events, linked within an article.
//!
//! (First cut: none. The entities issue builds this stage.)

use std::path::Path;

use crate::error::Error;
use crate::record::Mention;
use crate::segment::{Block, Sentence};

/// The names claimex knows before reading an article: built-in lists plus a user's own.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    extra: Vec<(String, String, String)>,
}

impl Lexicon {
    /// The lexicon shipped in the crate.
    pub fn builtin() -> Lexicon {
        Lexicon::default()
    }

    /// Adds the entries of a TSV file (`surface<TAB>type<TAB>canonical`), overriding built-ins.
    pub fn extend_from_file(&mut self, path: &Path) -> Result<(), Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        for line in crate::lexicon::entries(&text) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() == 3 {
                self.extra.push((f[0].into(), f[1].into(), f[2].into()));
            }
        }
        Ok(())
    }
}

/// The entity mentions of an article, in text order.
pub fn extract(
    _text: &str,
    _blocks: &[Block],
    _sentences: &[Sentence],
    _lexicon: &Lexicon,
) -> Vec<Mention> {
    Vec::new()
}
