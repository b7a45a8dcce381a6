//! A fast hasher for the maps and sets of words the stages look words up in.
//!
//! The keys are short words, hashed millions of times per megabyte of text. SipHash (the
//! standard library's default) resists keys crafted to collide, which buys nothing here: the
//! sets are our own word lists, and a per-article map holding crafted keys only degrades to a
//! slower look-up, never a wrong one. This is the multiply-rotate hash of `rustc-hash` (FxHash),
//! which takes eight bytes at a time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: a rotate, xor and multiply per machine word.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while let Some((head, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*head));
            rest = tail;
        }
        if let Some((head, tail)) = rest.split_first_chunk::<4>() {
            self.add(u64::from(u32::from_le_bytes(*head)));
            rest = tail;
        }
        if let Some((head, tail)) = rest.split_first_chunk::<2>() {
            self.add(u64::from(u16::from_le_bytes(*head)));
            rest = tail;
        }
        if let Some(&b) = rest.first() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// Builds [`FxHasher`]s.
pub(crate) type FastBuild = BuildHasherDefault<FxHasher>;
/// A hash set with the fast hasher.
pub(crate) type FastSet<T> = HashSet<T, FastBuild>;
/// A hash map with the fast hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, FastBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_every_length_are_found_and_told_apart() {
        let words: Vec<String> = (0..40).map(|n| "ab".repeat(n) + &n.to_string()).collect();
        let set: FastSet<&str> = words.iter().map(String::as_str).collect();
        assert_eq!(set.len(), words.len());
        assert!(words.iter().all(|w| set.contains(w.as_str())));
        assert!(!set.contains("ab"));
        // A prefix hashes differently from the whole word.
        let h = |s: &str| {
            let mut h = FxHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(h("abcdefgh"), h("abcdefghi"));
    }
}
