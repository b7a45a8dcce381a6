//! Direct quotations and their speakers.
//!
//! (First cut: none. The quotes issue builds this stage.)

use crate::record::{Mention, Quote};
use crate::segment::{Block, Sentence};

/// The direct quotations of an article, in text order.
pub fn extract(
    _text: &str,
    _blocks: &[Block],
    _sentences: &[Sentence],
    _mentions: &[Mention],
) -> Vec<Quote> {
    Vec::new()
}
