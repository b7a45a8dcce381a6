//! Numeric claims: the numbers that state a quantity, normalized and attributed.
//!
//! (First cut: none. The claims issue builds this stage.)

use crate::numbers::Number;
use crate::record::{Claim, Mention};
use crate::segment::Sentence;

/// The claims of an article, in text order.
pub fn extract(
    _text: &str,
    _sentences: &[Sentence],
    _numbers: &[Number],
    _mentions: &[Mention],
) -> Vec<Claim> {
    Vec::new()
}
