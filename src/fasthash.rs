//! A fast hasher for the maps and sets of words the stages look words up in.
//!
//! The keys are short words, hashed millions of times per megabyte of text. SipHash (the
//! standard library's default) resists keys crafted to collide, which buys nothing here: the
//! sets are our own word lists, and a per-article map holding crafted keys only degrades to a
//! slower look-up, never a wrong one. This is the multiply-rotate hash of `rustc-hash` (FxHash),
//! which takes eight bytes at a time.

use std::borrow::Borrow;
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

/// A word's bytes packed into two machine words: with its length, they tell it from every
/// other word of up to [`INLINE`] bytes, so a look-up compares two integers and a length where a
/// string key would call `memcmp`.
///
/// From 8 bytes on, the first eight and the last eight (overlapping below 16); from 4, the first
/// four and the last four; below, the first, middle and last byte. Each covers every byte of the
/// word, so no two words of one length share a packing.
#[inline]
fn pack(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    if let (Some((head, _)), Some((_, tail))) =
        (b.split_first_chunk::<8>(), b.split_last_chunk::<8>())
    {
        (u64::from_le_bytes(*head), u64::from_le_bytes(*tail))
    } else if let (Some((head, _)), Some((_, tail))) =
        (b.split_first_chunk::<4>(), b.split_last_chunk::<4>())
    {
        let (head, tail) = (u32::from_le_bytes(*head), u32::from_le_bytes(*tail));
        (u64::from(head) | u64::from(tail) << 32, 0)
    } else if n > 0 {
        let w = u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16;
        (w, 0)
    } else {
        (0, 0)
    }
}

/// The longest word [`pack`] tells apart alone.
const INLINE: usize = 16;

/// The high bit of every byte of a machine word.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// One in every byte of a machine word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The packed bytes of an ASCII word (no byte's high bit set) in lower case, eight at a time:
/// a byte from `A` to `Z` gains 0x20. The sums stay below 0x100 in each byte (ASCII plus at most
/// 0x3f), so no carry crosses into the next byte.
#[inline]
fn lower_ascii(x: u64) -> u64 {
    let from_a = x.wrapping_add((0x80 - u64::from(b'A')) * ONES);
    let past_z = x.wrapping_add((0x80 - u64::from(b'Z') - 1) * ONES);
    x | ((from_a & !past_z & HIGH) >> 2)
}

/// The hash of a packed word: one folded 128-bit multiply (as `foldhash` and `ahash` do), which
/// mixes both machine words into the high bits hashbrown tags a slot with and the low bits it
/// picks the slot by. A word longer than [`INLINE`] bytes is hashed whole.
#[inline]
fn packed_hash(w0: u64, w1: u64, n: usize, b: &[u8]) -> u64 {
    // Both constants hold bytes above 0x7f, so no ASCII word packs to either (a zero factor).
    const K0: u64 = 0x243f_6a88_85a3_08d3;
    const K1: u64 = 0x1319_8a2e_0370_7344 ^ HIGH;
    if n > INLINE {
        let mut h = FxHasher::default();
        h.write(b);
        return h.finish();
    }
    let m = u128::from(w0 ^ K0) * u128::from(w1 ^ K1 ^ n as u64);
    (m as u64) ^ ((m >> 64) as u64)
}

/// One word of a [`WordSet`], with its packed bytes.
#[derive(Clone)]
pub(crate) struct Entry<K> {
    w0: u64,
    w1: u64,
    key: K,
}

/// A set of words (or a word list's entries) for look-ups by `&str`.
///
/// The stages look words up in their lists some 1.5 million times a megabyte of text, and a
/// `HashSet<&str>` spends some 78 instructions on each: the hash of every byte, then a `memcmp`
/// call on a hit. Here each word is kept with its bytes packed into two machine words
/// ([`pack`]), so a look-up of a word of up to 16 bytes hashes and compares integers; longer
/// words are hashed and compared whole. The table is hashbrown's `HashTable`, the one behind the
/// standard library's maps.
#[derive(Clone)]
pub(crate) struct WordSet<K = &'static str> {
    table: hashbrown::HashTable<Entry<K>>,
}

impl<K> Default for WordSet<K> {
    fn default() -> Self {
        WordSet {
            table: hashbrown::HashTable::new(),
        }
    }
}

impl<K: Borrow<str>> std::fmt::Debug for WordSet<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set()
            .entries(self.iter().map(Borrow::borrow))
            .finish()
    }
}

impl<K: Borrow<str>> WordSet<K> {
    /// An empty set with room for `capacity` words.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        WordSet {
            table: hashbrown::HashTable::with_capacity(capacity),
        }
    }

    /// The entry equal to the word packed as `w0`, `w1`, of `n` bytes (`b` itself when longer
    /// than [`INLINE`]).
    ///
    /// Inlined at every call: as a function of its own, saving and restoring the registers the
    /// probe needs cost a quarter of a look-up.
    #[inline(always)]
    fn find(&self, w0: u64, w1: u64, b: &[u8]) -> Option<&K> {
        let n = b.len();
        if n > INLINE {
            return self.find_long(b);
        }
        let hash = packed_hash(w0, w1, n, b);
        let entry = self.table.find(hash, |e| {
            e.w0 == w0 && e.w1 == w1 && e.key.borrow().len() == n
        });
        entry.map(|e| &e.key)
    }

    /// [`WordSet::find`] for a word longer than [`INLINE`] bytes, hashed and compared whole.
    #[inline(never)]
    fn find_long(&self, b: &[u8]) -> Option<&K> {
        let (w0, w1) = pack(b);
        let hash = packed_hash(w0, w1, b.len(), b);
        let entry = self.table.find(hash, |e| e.key.borrow().as_bytes() == b);
        entry.map(|e| &e.key)
    }

    /// Adds `key`; false if the set held it already (and keeps the first).
    pub(crate) fn insert(&mut self, key: K) -> bool {
        let b = key.borrow().as_bytes();
        let (w0, w1) = pack(b);
        let hash = packed_hash(w0, w1, b.len(), b);
        // One probe finds the word or the slot for it (the set-up hashes some 300,000 words).
        let entry = self.table.entry(
            hash,
            |e| e.w0 == w0 && e.w1 == w1 && e.key.borrow().as_bytes() == b,
            |e| {
                let b = e.key.borrow().as_bytes();
                packed_hash(e.w0, e.w1, b.len(), b)
            },
        );
        match entry {
            hashbrown::hash_table::Entry::Occupied(_) => false,
            hashbrown::hash_table::Entry::Vacant(slot) => {
                slot.insert(Entry { w0, w1, key });
                true
            }
        }
    }

    /// Whether the set holds `word`.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The set's own copy of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&K> {
        let b = word.as_bytes();
        let (w0, w1) = pack(b);
        self.find(w0, w1, b)
    }

    /// Whether the set holds `word` in lower case (as `str::to_lowercase` writes it): an ASCII
    /// word of up to 16 bytes is lowered in its packed form, eight bytes at a time, without a
    /// copy of the word.
    #[inline]
    pub(crate) fn contains_lower(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if b.len() <= INLINE {
            let (w0, w1) = pack(b);
            if (w0 | w1) & HIGH == 0 {
                return self.find(lower_ascii(w0), lower_ascii(w1), b).is_some();
            }
        }
        crate::lexicon::with_lower(word, |l| self.contains(l))
    }

    /// How many words the set holds.
    pub(crate) fn len(&self) -> usize {
        self.table.len()
    }

    /// The words, in no order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &K> {
        self.table.iter().map(|e| &e.key)
    }
}

impl<K: Borrow<str>> Extend<K> for WordSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for key in iter {
            self.insert(key);
        }
    }
}

impl<K: Borrow<str>> FromIterator<K> for WordSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let iter = iter.into_iter();
        let mut set = WordSet::with_capacity(iter.size_hint().0);
        set.extend(iter);
        set
    }
}

impl<K> IntoIterator for WordSet<K> {
    type Item = K;
    type IntoIter = std::iter::Map<hashbrown::hash_table::IntoIter<Entry<K>>, fn(Entry<K>) -> K>;

    fn into_iter(self) -> Self::IntoIter {
        self.table.into_iter().map(|e| e.key)
    }
}

/// The lengths and first bytes of a small set's words, to rule out most words before hashing
/// them: a word whose length or first byte no word of the set has is not in it. Worth it where
/// a scan asks a small set about every word of a text (most of them miss).
pub(crate) struct Shape {
    /// Bit `n`: some word is `n` bytes long (bit 63: 63 bytes or more).
    lens: u64,
    /// `first[b]`: some word starts with byte `b`.
    first: [bool; 256],
}

impl Shape {
    /// The shape of the words of `set`.
    pub(crate) fn of<K: Borrow<str>>(set: &WordSet<K>) -> Shape {
        let mut shape = Shape {
            lens: 0,
            first: [false; 256],
        };
        for w in set.iter() {
            let b = w.borrow().as_bytes();
            shape.lens |= 1 << b.len().min(63);
            if let Some(&c) = b.first() {
                shape.first[usize::from(c)] = true;
            }
        }
        shape
    }

    /// False when `word` is surely not in the set; true when it may be.
    #[inline]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        if self.lens >> b.len().min(63) & 1 == 0 {
            return false;
        }
        match b.first() {
            Some(&c) => self.first[usize::from(c)],
            None => true,
        }
    }
}

/// A word and its value, as a [`WordMap`] keeps them: borrowed as the word, so that a
/// [`WordSet`] of them finds an entry by its word.
#[derive(Clone)]
pub(crate) struct Keyed<V> {
    key: &'static str,
    value: V,
}

impl<V> Borrow<str> for Keyed<V> {
    fn borrow(&self) -> &str {
        self.key
    }
}

/// A map from words to values with the look-up of a [`WordSet`]: each word packed into two
/// machine words, hashed and compared as integers, where a `FastMap<&str, V>` hashes every
/// byte with Fx and calls `memcmp` on a hit. For the tables looked up on every word of a text.
#[derive(Clone)]
pub(crate) struct WordMap<V> {
    set: WordSet<Keyed<V>>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            set: WordSet::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        self.set.get(word).map(|e| &e.value)
    }

    /// Whether the map has a value for `word`.
    #[inline]
    pub(crate) fn contains_key(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// The words, in no order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.set.iter().map(|e| e.key)
    }
}

impl<V> FromIterator<(&'static str, V)> for WordMap<V> {
    /// Of a word given twice, the first value is kept: build from a map (or deduplicated
    /// pairs) where later values should win.
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(iter: I) -> Self {
        WordMap {
            set: iter
                .into_iter()
                .map(|(key, value)| Keyed { key, value })
                .collect(),
        }
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
    fn a_shape_rules_out_only_words_not_in_the_set() {
        let long = "x".repeat(70);
        let words = ["", "goal", "wickets", "éclair", "a", long.as_str()];
        let set: WordSet<&str> = words.iter().copied().collect();
        let shape = Shape::of(&set);
        let probes = [
            "",
            "goal",
            "goals",
            "wickets",
            "wicket",
            "éclair",
            "eclair",
            "a",
            "b",
            "gaol",
            "w",
            "zzzz",
            "x",
            "ab",
            &long,
            &"x".repeat(64),
            &"y".repeat(70),
            "Goal",
            "gool",
        ];
        for w in probes {
            if set.contains(w) {
                assert!(shape.may_hold(w), "{w}");
            }
        }
        // Other lengths and first bytes are ruled out.
        for w in ["goals", "wicket", "b", "zzzz", "Goal", &"y".repeat(70)] {
            assert!(!shape.may_hold(w), "{w}");
        }
        // The same length and first byte may be.
        assert!(shape.may_hold("gool"));
        let empty = Shape::of(&WordSet::<&str>::default());
        assert!(probes.iter().all(|w| !empty.may_hold(w)));
    }

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

    /// Words of every length from 0 to 40, ASCII and not, that share beginnings, endings and
    /// packed bytes with each other.
    fn tricky_words() -> Vec<String> {
        let mut words = vec![String::new()];
        for stem in [
            "a",
            "ab",
            "ba",
            "Zé",
            "é",
            "ž",
            "aé",
            "\u{2019}s",
            "x\u{1F600}",
            "AbC",
        ] {
            for n in 1..=40 {
                let w: String = stem.chars().cycle().take(n).collect();
                words.push(w.clone());
                words.push(format!("{w}-"));
                words.push(format!("-{w}"));
                words.push(w.to_uppercase());
            }
        }
        for w in [
            "Kuala Lumpur",
            "Santa Cruz de Tenerife",
            "San José",
            "O'Brien",
            "ʻOkina",
        ] {
            words.push(w.to_string());
            words.push(w.to_lowercase());
        }
        // Bytes the SWAR lowering must leave alone: just outside `A`..`Z`, and controls.
        for b in [b'@', b'[', b'`', b'{', 0u8, 0x7f, b'A', b'Z', b'a', b'z'] {
            for n in 1..=17 {
                words.push(String::from_utf8(vec![b; n]).unwrap());
            }
        }
        words
    }

    #[test]
    fn word_set_agrees_with_a_hash_set() {
        let words = tricky_words();
        // Every other word in the set, the rest asked about only.
        let kept: Vec<&str> = words.iter().step_by(2).map(String::as_str).collect();
        let set: WordSet = kept
            .iter()
            .map(|w| -> &'static str { Box::leak(w.to_string().into_boxed_str()) })
            .collect();
        let std: HashSet<&str> = kept.iter().copied().collect();
        assert_eq!(set.len(), std.len());
        for w in &words {
            assert_eq!(set.contains(w), std.contains(w.as_str()), "{w:?}");
            assert_eq!(set.get(w).copied(), std.get(w.as_str()).copied(), "{w:?}");
            let lower = w.to_lowercase();
            assert_eq!(set.contains_lower(w), std.contains(lower.as_str()), "{w:?}");
        }
        let mut all: Vec<&str> = set.iter().copied().collect();
        all.sort_unstable();
        let mut want: Vec<&str> = std.into_iter().collect();
        want.sort_unstable();
        assert_eq!(all, want);
    }

    #[test]
    fn word_set_holds_the_empty_word_only_when_given_it() {
        let mut set: WordSet<String> = WordSet::default();
        assert!(set.len() == 0 && !set.contains("") && !set.contains_lower(""));
        assert!(set.insert("a".to_string()));
        assert!(!set.contains(""));
        assert!(set.insert(String::new()));
        assert!(!set.insert(String::new()));
        assert!(set.contains("") && set.contains_lower("") && set.len() == 2);
    }

    #[test]
    fn word_set_tells_apart_words_with_one_packing_but_other_lengths() {
        // `a`, `aa` and `aaa` all pack their first, middle and last byte as `aaa`.
        let set: WordSet = ["aa"].into_iter().collect();
        assert!(set.contains("aa") && !set.contains("a") && !set.contains("aaa"));
        let set: WordSet = ["abcdabcd"].into_iter().collect();
        assert!(!set.contains("abcdabcdabcd") && !set.contains("abcd"));
        assert!(set.contains_lower("ABCDabcd") && !set.contains("ABCDabcd"));
    }

    #[test]
    fn word_map_agrees_with_a_hash_map() {
        let words = tricky_words();
        let kept: Vec<&'static str> = words
            .iter()
            .step_by(2)
            .map(|w| -> &'static str { Box::leak(w.clone().into_boxed_str()) })
            .collect();
        let std: HashMap<&str, usize> = kept.iter().enumerate().map(|(i, &w)| (w, i)).collect();
        // Deduplicated through the standard map first, as its later values win.
        let map: WordMap<usize> = std.iter().map(|(&w, &i)| (w, i)).collect();
        assert_eq!(map.keys().count(), std.len());
        for w in &words {
            assert_eq!(map.get(w), std.get(w.as_str()), "{w:?}");
            assert_eq!(map.contains_key(w), std.contains_key(w.as_str()), "{w:?}");
        }
        let mut keys: Vec<&str> = map.keys().collect();
        keys.sort_unstable();
        let mut want: Vec<&str> = std.keys().copied().collect();
        want.sort_unstable();
        assert_eq!(keys, want);
        // The first of a repeated word's values stays.
        let map: WordMap<u8> = [("a", 1), ("a", 2)].into_iter().collect();
        assert_eq!((map.get("a"), map.keys().count()), (Some(&1), 1));
    }

    #[test]
    fn lowering_packed_bytes_matches_ascii_lowering() {
        for b in 0..0x80u8 {
            let x = u64::from_le_bytes([b, b'A', b'Z', b'@', b'[', b, 0, b'm']);
            let mut want = x.to_le_bytes();
            want.make_ascii_lowercase();
            assert_eq!(lower_ascii(x), u64::from_le_bytes(want), "{b}");
        }
    }
}
