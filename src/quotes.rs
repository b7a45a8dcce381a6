//! Direct quotations and their speakers.
//!
//! The stage works in four steps, each linear in the text:
//! 1. **Marks.** One pass over each paragraph classifies every quote mark as opening, closing or
//!    either (straight `"`), telling apostrophes (`don’t`, `players’`, `’90s`) apart by context.
//! 2. **Pairing.** A small stack pairs the marks of a paragraph: a quotation nested in another
//!    stays inside it (and is kept as a row of its own), a mark left open ends at its paragraph's
//!    end (`unclosed`), and a quotation whose next paragraph reopens it runs on into it.
//! 3. **Attribution.** The few words after the closing mark (`"…," said X`, `"…," X said`), before
//!    the opening one (`X said: "…"`, a paragraph ending `X said,`) and between the parts of an
//!    interrupted quotation are read for a cue verb (`src/data/cue_verbs.txt`) and the speaker
//!    phrase next to it: a name with its title, a pronoun, a title alone (`the mayor`), an
//!    organization noun (`the airline`) or a description (`a spokesperson for the agency`).
//! 4. **Resolution.** Names become canonical (an entity mention's canonical, else the earlier
//!    full name with that surname), titles the person the article gave that title, pronouns by
//!    the follow-up policy below. Short phrases with no speaker are scare quotes or titles and are
//!    left out.
//!
//! **Gender** comes from the text as much as from given-name lists: an honorific (`Ms`), a
//! title or a noun in apposition (`chairwoman`, `Ana Ruiz, a mother of two,`), a pronoun right
//! after the person's cue verb (`Kaya said his shop…`), and the pronoun that was resolved to them
//! (a later `he` must agree with an earlier one).
//!
//! **The follow-up policy** (`Known::follow_up`, the one place that decides what `"…," she
//! said` refers to): read the sentences before the pronoun latest first, back to about the
//! paragraph before the last. In each sentence the subject comes first: the speaker of a
//! quotation in it, else the subject of its first cue verb outside quotations (a name, an unnamed
//! description, a title alone resolved to its holder, a second verb after `and`/`but` taking the
//! sentence's subject), else a person opening the sentence (after a fronted phrase and its comma),
//! else a person described with `a`/`an` opening it before its first verb (`A spokeswoman for
//! the agency rejected the claim.`).
//! A subject that fits (agrees in gender or its gender is untold; never an organization) is the
//! one meant. A subject that is a pronoun of the same gender means someone earlier: go on to the
//! sentence before. Otherwise the latest other person the sentence names who fits is meant, so a
//! person reported on (`Chan replied that Tsang…`) loses to the one reporting, and a new
//! paragraph's bare `he said` goes to the person the text before was about, not merely the last
//! speaker. A question verb's object answers (`Lee asked Chan why…` then `"…," he said` is
//! Chan's) unless the quotation itself is asked. Only when no sentence in reach names anyone
//! fitting does the pronoun fall back to the latest speaker of its gender, then to the person the
//! article names most.

use crate::fasthash::FastMap;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::LazyLock;

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::{Anchored, Input};

use crate::entities;
use crate::lexicon;
use crate::record::{Mention, Quote};
use crate::segment::{Block, Sentence};
use crate::span::Span;

/// Cue words and phrases, by their first word (lower case), as word sequences.
static CUES: LazyLock<PhraseIndex> =
    LazyLock::new(|| phrase_index(include_str!("data/cue_verbs.txt")));
/// The most words of a phrase in [`CUES`].
static LONGEST_CUE: LazyLock<usize> =
    LazyLock::new(|| CUES.values().flatten().map(Vec::len).max().unwrap_or(1));
/// Words before a cue word that make it a noun (`the claims`) or a passive (`was asked`).
static CUE_BLOCKERS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/cue_blockers.txt")));
/// Words before a quoted phrase that make it a name or scare quote.
static SCARE_CUES: LazyLock<PhraseIndex> =
    LazyLock::new(|| phrase_index(include_str!("data/scare_cues.txt")));
static ADVERBS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/cue_adverbs.txt")));
static PRONOUNS: LazyLock<WordMap<Gender>> =
    LazyLock::new(|| gender_map(include_str!("data/pronouns.tsv")));
/// Possessive pronouns (`his`, `her`): after a cue they tell the gender of its subject
/// (`Naidoo said his workers…`).
static POSSESSIVES: LazyLock<WordMap<Gender>> =
    LazyLock::new(|| gender_map(include_str!("data/possessive_pronouns.tsv")));
/// Cue verbs whose object is the person addressed (`told her`).
static ADDRESSING_CUES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/addressing_cues.txt")));
/// Words naming a new holder of a title (`the new chief executive`).
static SUCCESSION: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/succession_words.txt")));
/// Cue verbs that ask: their object answers (`Lee asked Chan why…`).
static QUESTION_CUES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/question_cues.txt")));
/// Nouns that tell a described speaker's gender (`spokeswoman`).
static NOUN_GENDER: LazyLock<WordMap<Gender>> =
    LazyLock::new(|| gender_map(include_str!("data/gendered_nouns.tsv")));
static HONORIFIC_GENDER: LazyLock<WordMap<Gender>> =
    LazyLock::new(|| gender_map(include_str!("data/honorific_gender.tsv")));
/// Given names and the gender they mark: the table, then the entity stage's longer lists (a
/// name on both lists marks neither, but is still a given name).
static GIVEN_NAMES: LazyLock<WordMap<Gender>> = LazyLock::new(|| {
    let mut map = gender_map(include_str!("data/given_names.tsv"));
    // Fx-hashed like the map they fill (the standard hasher cost twice as much here, at
    // start-up).
    let female = word_set(include_str!("data/given_names_female.txt"));
    let male = word_set(include_str!("data/given_names_male.txt"));
    map.reserve(female.len() + male.len());
    for (list, other, gender) in [
        (&female, &male, Gender::Female),
        (&male, &female, Gender::Male),
    ] {
        for name in list.iter() {
            let gender = if other.contains(name) {
                Gender::Any
            } else {
                gender
            };
            map.entry(name.to_string()).or_insert(gender);
        }
    }
    map
});
static HONORIFICS: LazyLock<WordSet> = LazyLock::new(|| {
    let mut set = word_set(include_str!("data/honorifics.txt"));
    set.extend(HONORIFIC_GENDER.keys().cloned());
    set
});
/// Family names written before the given name (`Han Ji-woo`, `Park Ji-hoon`): a first word that
/// is one says nothing of the gender, though a list of given names may hold it (`Han`, `Kim`).
static FAMILY_FIRST: LazyLock<WordSet> = LazyLock::new(|| {
    let mut set = word_set(include_str!("data/korean_surnames.txt"));
    set.extend(word_set(include_str!("data/family_first.txt")));
    set
});
/// Courtesy titles that are no part of a speaker's full name (`Madam Rosalind Pereira`).
static COURTESY_TITLES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/courtesy_titles.txt")));
/// Endings of adverbs made from adjectives (`-ally`, `-edly`).
static ADVERB_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("data/adverb_endings.txt")).collect());
/// Endings of nationality words that as a noun name a whole people (`the British`, `the
/// Chinese`): no one person such a word refers back to.
static COLLECTIVE_DEMONYM_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::entries(include_str!("data/collective_demonym_endings.txt")).collect()
});
/// Nouns that refer back to an organization of any kind (`the group said`).
static UMBRELLA_ORG_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/umbrella_org_nouns.txt")));
static ABBREVIATIONS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/abbreviations.txt")));
static TITLES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/speaker_titles.txt")));
/// Words that close a title right after another title word (`Director General`).
static TITLE_FOLLOWERS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/speaker_title_followers.txt")));
/// Words opening a relative clause, which ends a title given in apposition (`who`).
static RELATIVE_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/relative_words.txt")));
/// Words a title does not end with (`... Sciences and`), dropped where a long title is cut.
static TITLE_CUT_ENDERS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/title_cut_enders.txt")));
/// Nouns naming a work (`memoir`, `album`): a title-case quotation after one is its title.
static WORK_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/work_nouns.txt")));
/// Nouns naming a document someone issues (`statement`, `judgment`): as a speaker, its issuer.
static DOCUMENT_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/document_nouns.txt")));
/// Title words that refer back to holders of another title (`the minister` -> `Transport
/// Secretary`).
static TITLE_KIN: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/title_kin.tsv"))
        .into_iter()
        .collect()
});
/// Nouns that after `the` refer back to a person just named (`the teenager`).
static PERSON_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/person_nouns.txt")));
/// Nouns that head a description of a person though they are no title (`an official at the
/// weather office`): such a description opening a sentence may be its subject.
/// Family words (`son`, `aunt`): a relation told with the owner's pronoun (`his son`).
static KIN_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/kin_nouns.txt")));
static PERSON_HEADS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/person_heads.txt")));
/// Demonyms: `the Scot said` refers back to a person just named.
static NATIONALITIES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/nationalities.txt")));
/// Demonyms whose country's name starts otherwise (`dane` -> `denmark`, `danish`), all in lower
/// case: the words that may introduce a person `the Dane` refers back to.
static DEMONYM_COUNTRIES: LazyLock<WordMap<Vec<String>>> = LazyLock::new(|| {
    lexicon::map(include_str!("data/demonym_countries.tsv"))
        .into_iter()
        .map(|(d, c)| {
            let words = c.split_whitespace().map(str::to_lowercase).collect();
            (d.to_lowercase(), words)
        })
        .collect()
});
static ORG_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/org_nouns.txt")));
static ORG_SUFFIXES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/speaker_org_suffixes.txt")));
/// Endings of job nouns (`-er`, `-ist`): see [`job_before_name`].
static JOB_SUFFIXES: LazyLock<Vec<String>> = LazyLock::new(|| {
    lexicon::entries(include_str!("data/job_suffixes.txt"))
        .map(str::to_lowercase)
        .collect()
});
/// Organizations the entities stage knows by name (`Morgan Stanley`): never a person, though
/// their names have a person's shape.
static NAME_SUFFIXES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/name_suffixes.txt")));
static NAME_PARTICLES: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/name_particles.txt")));
/// The most bytes of a word in [`NAME_PARTICLES`].
static LONGEST_PARTICLE: LazyLock<usize> =
    LazyLock::new(|| NAME_PARTICLES.iter().map(String::len).max().unwrap_or(0));
/// Auxiliary and linking verbs: a phrase after a cue that holds one is reported speech.
static FINITE_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/finite_verbs.txt")));
/// Words that end a road's name (`Highway`, `Street`): such a run is a place.
static STREET_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/street_words.txt")));
/// Legal forms after a company's name (`d.o.o.`, `SA`), as written, longest first.
static LEGAL_FORMS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut forms: Vec<&str> =
        lexicon::entries(include_str!("data/speaker_legal_forms.txt")).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms
});
/// Which bytes a form in [`LEGAL_FORMS`] starts with.
static LEGAL_FORM_STARTS: LazyLock<[bool; 256]> =
    LazyLock::new(|| legal_form_bytes(|f| f.as_bytes().first().copied()));
/// Which bytes a form in [`LEGAL_FORMS`] ends with.
static LEGAL_FORM_ENDS: LazyLock<[bool; 256]> =
    LazyLock::new(|| legal_form_bytes(|f| f.as_bytes().last().copied()));

/// A table of the bytes `byte` picks out of the legal forms: a form is compared only where the
/// text's byte is in it.
fn legal_form_bytes(byte: impl Fn(&str) -> Option<u8>) -> [bool; 256] {
    let mut table = [false; 256];
    for b in LEGAL_FORMS.iter().filter_map(|f| byte(f)) {
        table[usize::from(b)] = true;
    }
    table
}
static NAME_STOPWORDS: LazyLock<WordSet> =
    LazyLock::new(|| word_set(include_str!("data/name_stopwords.txt")));

/// A fixed word list, lower case.
type WordSet = crate::fasthash::WordSet<String>;
/// A fixed word list with a value per word.
type WordMap<V> = FastMap<String, V>;
/// Phrases by their first word, as word sequences.
type PhraseIndex = WordMap<Vec<Vec<String>>>;

fn word_set(src: &str) -> WordSet {
    lexicon::entries(src).map(str::to_lowercase).collect()
}

/// Capitalized word runs, the candidates for people named anywhere in the article. Searched only
/// anchored, at the places a run can start (see [`capitalized_runs`]): a forward lazy DFA alone
/// finds such a match (its start is where the search starts), so the reverse automaton and the
/// other engines a `Regex` builds are not compiled, and a search does not pass through them.
static CAPITALIZED_RUN: LazyLock<DFA> = LazyLock::new(|| {
    DFA::builder()
        // No capture groups are asked for: the automaton needs no states for them.
        .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
        .build(&capitalized_run_pattern())
        .expect("valid regex")
});

/// The pattern of [`CAPITALIZED_RUN`].
fn capitalized_run_pattern() -> String {
    let particles: Vec<String> = lexicon::entries(include_str!("data/name_particles.txt"))
        .map(regex::escape)
        .collect();
    // Words whose full stop does not end the run: honorifics and abbreviations (`Ms.`, `St.`).
    let mut dotted: Vec<String> = HONORIFICS
        .iter()
        .chain(ABBREVIATIONS.iter())
        .filter(|w| w.chars().all(char::is_alphabetic))
        .map(|w| {
            let mut c = w.chars();
            let first = c.next().map(|f| f.to_uppercase().collect::<String>());
            regex::escape(&(first.unwrap_or_default() + c.as_str()))
        })
        .collect();
    dotted.sort();
    format!(
        r"(?x)
        # a word: an initial or a capitalized honorific with its stop, or a capitalized word
        (?: (?:\p{{Lu}} | {dotted} )\. | \p{{Lu}}[\p{{L}}\p{{M}}'’\-]* )
        # more of them, each after one space, maybe after particles (`Luis de la Cruz`)
        (?: \x20 (?:(?:{particles})\x20)*
            (?: (?:\p{{Lu}} | {dotted} )\. | \p{{Lu}}[\p{{L}}\p{{M}}'’\-]* ) )*",
        dotted = dotted.join("|"),
        particles = particles.join("|")
    )
}

/// The matches of [`CAPITALIZED_RUN`] in `hay`, as `find_iter` gives them, found faster.
///
/// Every match starts with an upper-case letter, so the search only tries the places where one
/// can start (an ASCII capital, or any non-ASCII character) with an anchored forward search:
/// the leftmost match is the first place that matches. An unanchored search would scan forward
/// for the match's end, then backward for its start, over every lower-case word in between.
fn capitalized_runs(hay: &str) -> Vec<Span> {
    thread_local! {
        // The lazy DFA's states, kept from article to article as `regex::Regex` keeps them.
        static CACHE: std::cell::RefCell<DfaCache> =
            std::cell::RefCell::new(CAPITALIZED_RUN.create_cache());
    }
    CACHE.with_borrow_mut(|cache| {
        let bytes = hay.as_bytes();
        let mut runs = Vec::new();
        let mut pos = 0;
        loop {
            pos = next_run_start(bytes, pos);
            if pos == bytes.len() {
                break;
            }
            match run_end(cache, hay, pos) {
                // The pattern matches no empty string: a match ends past its start.
                Some(end) if end > pos => {
                    runs.push(Span::new(pos, end));
                    pos = end;
                }
                _ => pos += 1,
            }
        }
        runs
    })
}

/// Whether a capitalized run can start at byte `b`: an ASCII capital, or the lead byte of a
/// non-ASCII character. ASCII other than a capital, or the middle of a character, starts none.
fn may_start_run(b: u8) -> bool {
    b.is_ascii_uppercase() || b >= 0xC0
}

/// The first place at or after `from` where [`may_start_run`] holds, or `bytes.len()`.
///
/// Reads eight bytes at a time: most of an article is lower-case text that starts no run, and a
/// test per byte was most of the cost of finding the runs.
fn next_run_start(bytes: &[u8], mut from: usize) -> usize {
    // One copy of a byte in every lane of a word.
    const LANES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * LANES;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Each lane's low seven bits: sums and differences of them never carry into the next.
        let low = x & !HIGH;
        // A lane's high bit is set when its byte is below 0x80 and in `A..=Z`: `0xDA - low`
        // reaches 0x80 when `low <= b'Z'`, `low + 0x3F` when `low >= b'A'`.
        let capital = (0xDA * LANES - low) & (low + 0x3F * LANES) & !x & HIGH;
        // A lead byte of a non-ASCII character has both of its top bits set.
        let lead = x & (x << 1) & HIGH;
        let hits = capital | lead;
        if hits != 0 {
            // The bytes are read little-end first: the lowest lane set is the first byte.
            return from + (hits.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    bytes[from..]
        .iter()
        .position(|&b| may_start_run(b))
        .map_or(bytes.len(), |i| from + i)
}

/// The end of the leftmost-first match of [`CAPITALIZED_RUN`] anchored at `pos`, as
/// `try_search_fwd` finds it, by stepping the DFA's states by hand: most runs are a word or
/// two, and the search routine's set-up costs several times the few bytes it then reads.
fn run_end(cache: &mut DfaCache, hay: &str, pos: usize) -> Option<usize> {
    let dfa = &*CAPITALIZED_RUN;
    let input = Input::new(hay).range(pos..).anchored(Anchored::Yes);
    // The DFA has no quit bytes and never gives up (no minimum cache clear count), the only
    // errors its steps can return.
    const NEVER: &str = "no quit bytes, never gives up";
    let mut sid = dfa.start_state_forward(cache, &input).expect(NEVER);
    let mut end = None;
    for (at, &b) in hay.as_bytes().iter().enumerate().skip(pos) {
        sid = dfa.next_state(cache, sid, b).expect(NEVER);
        // Matches are delayed by a byte: a match state entered on the byte at `at` is a
        // match ending before it.
        if sid.is_match() {
            end = Some(at);
        } else if sid.is_dead() {
            return end;
        }
    }
    sid = dfa.next_eoi_state(cache, sid).expect(NEVER);
    if sid.is_match() {
        end = Some(hay.len());
    }
    end
}

/// The most tokens of a long organization name in a speaker's description (`the Association
/// of Small-Scale Fishers and Rock Lobster Divers`), commas of its listed fields counted
/// (`the Chamber of Commerce, Industry, Agriculture, Mines and Crafts`).
const LONG_NAME_WORDS: usize = 14;

/// Determiners that open a description or title phrase (`a spokesperson`, `the mayor`).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "one", "another",
];
/// Prepositions that tie a description to its complement (`a spokesperson for the agency`).
const PREPOSITIONS: &[&str] = &["for", "of", "at", "from", "with", "in", "on", "to"];
/// How many lower-case words may describe a speaker before the name (`general secretary`).
const MAX_ROLE_WORDS: usize = 3;
/// A short quotation (in words) is a scare quote or title unless someone says it.
const SHORT_QUOTE_WORDS: usize = 5;
/// How far (in bytes) attribution windows reach before or after a quotation.
const WINDOW_BYTES: usize = 320;
/// Tokens [`read_after`] reads past the stop of an attribution (the phrase readers look at most
/// a token or two beyond the words they are given).
const READ_AFTER_MARGIN: usize = 3;
/// Most bytes between two quoted phrases of one sentence that share a speaker.
const SAME_SENTENCE_GAP: usize = 100;
/// How far (bytes) a pronoun looks back to the speaker of the quotation before it, in an
/// earlier paragraph: a paragraph or two.
const PREVIOUS_REACH: usize = 1200;

/// How far (bytes) `the official` looks back for `an official` whom the article left unnamed.
const DESCRIBED_REACH: usize = 800;

/// How far (bytes) a title nobody was given (`the new chief executive`) reaches back to the
/// person the text was about.
const TITLE_FOLLOW_REACH: usize = 400;
/// How many sentences a pronoun looks back over for whom it follows up.
const FOLLOW_SENTENCES: usize = 12;
/// How many earlier people a pronoun or surname looks back over.
const LOOKBACK: usize = 400;
/// How far back, in bytes, the paragraph before a quotation is read for its speaking subject.
const PARAGRAPH_REACH: usize = 1500;

/// The direct quotations of an article, in text order.
pub fn extract(
    text: &str,
    blocks: &[Block],
    sentences: &[Sentence],
    mentions: &[Mention],
) -> Vec<Quote> {
    let raws = pair_marks(text, blocks);
    if raws.is_empty() {
        return Vec::new();
    }
    let mut groups = group(&raws);
    merge_interruptions(text, blocks, &raws, &mut groups);
    // People named after the last quotation's paragraph speak in none of them.
    let last_block = raws.iter().map(|r| r.block).max().unwrap_or(0);
    let reach = blocks
        .get(last_block + 1)
        .map_or(text.len(), |b| b.span.end);
    let known = Known::gather(text, reach, &raws, mentions, sentences);
    attribute(text, blocks, &groups, &raws, mentions, known)
}

// ---------------------------------------------------------------------------------------------
// Step 1 and 2: quote marks and their pairing.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight double quote: opens or closes as the state asks.
    Either,
    /// `’` or `'` after a word: closes an open single quotation, else is an apostrophe.
    CloseOrApostrophe,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    pos: usize,
    len: usize,
    kind: Kind,
    role: Role,
    /// For [`Role::CloseOrApostrophe`] after an `s` and before a space (`players’ union`): an
    /// apostrophe rather than a closing mark when another closing candidate follows.
    plural_possessive: bool,
}

/// One quoted stretch between a pair of marks (or a mark and its paragraph's end).
#[derive(Clone, Copy, Debug)]
struct Raw {
    /// Offset of the opening mark.
    open: usize,
    /// Length of the opening mark.
    open_len: usize,
    /// One past the closing mark, or the end of the text inside when unclosed.
    end: usize,
    /// The words inside, trimmed.
    content: Span,
    unclosed: bool,
    /// 0 for an outer quotation, 1 for one nested in it, and so on.
    depth: usize,
    /// Index of the raw quotation this one is nested in.
    parent: Option<usize>,
    block: usize,
    /// True when this opens a paragraph that continues the previous paragraph's open quotation,
    /// or reopens, in the same paragraph, an outer one left unclosed after a full sentence.
    continues: bool,
}

/// The positions in `bytes` of `"`, `'`, 0xE2 and 0xC2 (the bytes a quote mark can start
/// with), in order: found by `memchr`, many bytes at a time, rather than by testing each byte.
fn quote_mark_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut a = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    let mut b = memchr::memchr_iter(0xC2, bytes).peekable();
    // Merge the two ascending lists (no position is in both).
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(&x), Some(&y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// Classifies the quote marks of one block.
fn marks(text: &str, block: Span) -> Vec<Mark> {
    let s = block.slice(text);
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    // Only these bytes can start a quote mark: `"`, `'`, and the lead bytes of `“”‘’„` (0xE2)
    // and `«»` (0xC2). Everything else is skipped without decoding.
    for i in quote_mark_starts(bytes) {
        let Some(c) = s[i..].chars().next().filter(|&c| is_quote_char(c)) else {
            continue;
        };
        let before = &s[..i];
        let mut back = before.chars().rev();
        let prev = back.next();
        let prev2 = back.next();
        let next = s[i + c.len_utf8()..].chars().next();
        // One letter between two apostrophes is an elision: rock ’n’ roll.
        if matches!(c, '’' | '\'') && matches!(prev2, Some('’' | '\'')) {
            continue;
        }
        let role = match c {
            '“' | '„' | '«' => Some((Kind::Double, Role::Open)),
            '»' => Some((Kind::Double, Role::Close)),
            '”' => Some((
                Kind::Double,
                // A right mark typed where a left one belongs: `”Hello`.
                if prev.map_or(true, char::is_whitespace) && next.is_some_and(char::is_alphanumeric)
                {
                    Role::Open
                } else {
                    Role::Close
                },
            )),
            '"' => Some((Kind::Double, straight_role(prev, next))),
            _ => single_role(c, prev, next).map(|r| (Kind::Single, r)),
        };
        if let Some((kind, role)) = role {
            out.push(Mark {
                pos: block.start + i,
                len: c.len_utf8(),
                kind,
                role,
                plural_possessive: role == Role::CloseOrApostrophe
                    && matches!(prev, Some('s' | 'S'))
                    && next.is_some_and(char::is_whitespace),
            });
        }
    }
    out
}

fn opens_after(c: Option<char>) -> bool {
    c.map_or(true, |c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/')
    })
}

fn straight_role(prev: Option<char>, next: Option<char>) -> Role {
    let next_space = next.map_or(true, char::is_whitespace);
    if opens_after(prev) && !next_space {
        Role::Open
    } else if !opens_after(prev) && (next_space || next.is_some_and(|n| ",.;:!?)]—–".contains(n)))
    {
        Role::Close
    } else {
        Role::Either
    }
}

/// The role of a single mark, or `None` for an apostrophe.
fn single_role(c: char, prev: Option<char>, next: Option<char>) -> Option<Role> {
    let prev_alnum = prev.is_some_and(char::is_alphanumeric);
    let next_alnum = next.is_some_and(char::is_alphanumeric);
    if prev_alnum && next_alnum {
        // don’t, O’Brien, rock’n’roll
        return None;
    }
    if next.is_some_and(|n| n.is_ascii_digit()) && !prev_alnum {
        // ’90s
        return None;
    }
    if opens_after(prev) && next_alnum {
        if c == '’' {
            // ’em, ’n’: a right mark before a word is an elision, not an opening.
            return None;
        }
        return Some(Role::Open);
    }
    if opens_after(prev) && next.is_some_and(|n| "“\"".contains(n)) {
        return Some(Role::Open);
    }
    if !opens_after(prev) {
        if c == '‘' {
            return None;
        }
        return Some(Role::CloseOrApostrophe);
    }
    None
}

/// Pairs the marks of every block into quoted stretches, in order of their opening marks.
fn pair_marks(text: &str, blocks: &[Block]) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    // The kind of an outer quotation left open at the end of the previous block.
    let mut pending: Option<Kind> = None;
    for (b, block) in blocks.iter().enumerate() {
        let marks = marks(text, block.span);
        // later_single[i]: a single closing candidate comes after mark i in this block.
        let mut later_single = vec![false; marks.len() + 1];
        for i in (0..marks.len()).rev() {
            later_single[i] = later_single[i + 1]
                || (marks[i].kind == Kind::Single
                    && matches!(marks[i].role, Role::Close | Role::CloseOrApostrophe));
        }
        // Open quotations: (kind, index into `out`).
        let mut stack: Vec<(Kind, usize)> = Vec::new();
        let carried = pending.take();
        for (mi, m) in marks.iter().enumerate() {
            let open_at = stack.iter().rposition(|&(k, _)| k == m.kind);
            // An outer quotation reopened after a full sentence, its closing mark never given:
            // a repeated opening mark, as when a quotation runs on into a new paragraph.
            let mut reopens = false;
            let close = match m.role {
                Role::Open => {
                    if let Some(at) = open_at {
                        let open = out[stack[at].1].open + out[stack[at].1].open_len;
                        reopens = at == 0
                            && text
                                .get(open..m.pos)
                                .is_some_and(|s| s.trim_end().ends_with(['.', '!', '?']));
                        // The same kind opened again: what was open never closed.
                        end_unclosed(text, &mut out, &mut stack, at, m.pos);
                    }
                    false
                }
                Role::Close => {
                    if open_at.is_none() {
                        continue; // a stray closing mark
                    }
                    true
                }
                Role::Either => open_at.is_some(),
                Role::CloseOrApostrophe => {
                    if open_at.is_none() || (m.plural_possessive && later_single[mi + 1]) {
                        continue; // an apostrophe
                    }
                    true
                }
            };
            if close {
                let at = open_at.expect("closing needs an open quotation");
                if at + 1 < stack.len() {
                    end_unclosed(text, &mut out, &mut stack, at + 1, m.pos);
                }
                let (_, idx) = stack.pop().expect("stack holds the open quotation");
                let raw = &mut out[idx];
                raw.content = Span::new(raw.open + raw.open_len, m.pos).trim(text);
                raw.end = m.pos + m.len;
                raw.unclosed = false;
            } else if stack.len() < 4 {
                let parent = stack.last().map(|&(_, i)| i);
                stack.push((m.kind, out.len()));
                out.push(Raw {
                    open: m.pos,
                    open_len: m.len,
                    end: block.span.end,
                    content: Span::new(m.pos + m.len, block.span.end).trim(text),
                    unclosed: true,
                    depth: stack.len() - 1,
                    parent,
                    block: b,
                    continues: parent.is_none()
                        && (reopens || (m.pos == block.span.start && carried == Some(m.kind))),
                });
            }
        }
        // Whatever is still open ends with the block; an outer quotation may run on into the
        // next block if that one opens with the same mark.
        if let Some(&(kind, idx)) = stack.first() {
            if out[idx].depth == 0 {
                pending = Some(kind);
            }
        }
    }
    out.sort_by_key(|r| r.open);
    // Nested quotations point at their parent by index; sorting by opening keeps a parent before
    // its children but moves indices, so rebuild the links from containment.
    relink_parents(&mut out);
    out
}

/// Closes the open quotations from `stack[at..]` as unclosed, ending just before `pos`.
fn end_unclosed(
    text: &str,
    out: &mut [Raw],
    stack: &mut Vec<(Kind, usize)>,
    at: usize,
    pos: usize,
) {
    for &(_, idx) in &stack[at..] {
        let raw = &mut out[idx];
        raw.content = Span::new(raw.open + raw.open_len, pos).trim(text);
        raw.end = raw.content.end;
        raw.unclosed = true;
    }
    stack.truncate(at);
}

fn relink_parents(raws: &mut [Raw]) {
    let mut open: Vec<usize> = Vec::new();
    for i in 0..raws.len() {
        while let Some(&top) = open.last() {
            if raws[top].end <= raws[i].open || raws[top].block != raws[i].block {
                open.pop();
            } else {
                break;
            }
        }
        raws[i].parent = open.last().copied();
        raws[i].depth = open.len();
        open.push(i);
    }
}

/// A quotation: one or more quoted parts read as one.
#[derive(Clone, Debug)]
struct Group {
    /// Indices into the raw quotations.
    parts: Vec<usize>,
    /// For a nested quotation: the content of the quotation around it.
    within: Option<Span>,
    /// The attribution found between interrupted parts.
    between: Option<Attr>,
    /// The attribution after the last part, when [`merge_interruptions`] already read it (with
    /// the same window [`attribute`] reads): `Some(None)` when it found none.
    after: Option<Option<Attr>>,
}

/// Joins the outer quotations that run over several paragraphs; nested ones stand alone.
fn group(raws: &[Raw]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut last_outer: Option<usize> = None;
    for (i, r) in raws.iter().enumerate() {
        if r.depth > 0 {
            out.push(Group {
                parts: vec![i],
                within: r.parent.map(|p| raws[p].content),
                between: None,
                after: None,
            });
            continue;
        }
        match last_outer {
            Some(g) if r.continues && raws[*out[g].parts.last().unwrap()].unclosed => {
                out[g].parts.push(i)
            }
            _ => {
                last_outer = Some(out.len());
                out.push(Group {
                    parts: vec![i],
                    within: None,
                    between: None,
                    after: None,
                });
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Step 3: attribution windows.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    Any,
    /// `I`, `we`: inside a quotation, the one quoted.
    Own,
    /// `it`: an organization, never a person.
    Thing,
}

fn gender_map(src: &str) -> WordMap<Gender> {
    lexicon::rows(src)
        .filter(|r| r.len() >= 2)
        .map(|r| {
            let g = match r[1] {
                "m" => Gender::Male,
                "f" => Gender::Female,
                "s" => Gender::Own,
                "o" => Gender::Thing,
                _ => Gender::Any,
            };
            (r[0].to_lowercase(), g)
        })
        .collect()
}

fn phrase_index(src: &str) -> PhraseIndex {
    let mut map = PhraseIndex::default();
    for e in lexicon::entries(src) {
        let words: Vec<String> = e.split_whitespace().map(str::to_lowercase).collect();
        if let Some(first) = words.first() {
            map.entry(first.clone()).or_default().push(words);
        }
    }
    for seqs in map.values_mut() {
        // Longest first, so that `according to` wins over a shorter phrase.
        seqs.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
    map
}

/// A token of an attribution window: a word or one punctuation character.
#[derive(Clone, Copy, Debug)]
struct Tok {
    span: Span,
    word: bool,
    /// Where its lower-case form stands in [`Toks::lowered`], when it differs from the text
    /// (the word has a capital); `None` when the text is its own lower case.
    low: Option<(u32, u32)>,
}

/// A window's tokens with their lower-case forms.
struct Toks<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    /// The lower-case forms of the words with a capital, one after another: one buffer per
    /// window instead of a string per capitalized word.
    lowered: String,
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'')
}

/// The character at byte `i` of `s` (a character boundary), read without decoding for ASCII.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

/// Reads the tokens of `range` one at a time, so that a caller can look at the first before
/// reading the rest: a word (letters and digits, joined by an inner apostrophe, hyphen, stop or
/// ampersand, with the full stop of an initial, honorific or abbreviation), or any other
/// character that is not white space.
struct Lexer<'t> {
    s: &'t str,
    base: usize,
    pos: usize,
}

impl<'t> Lexer<'t> {
    fn new(text: &'t str, range: Span) -> Lexer<'t> {
        Lexer {
            s: range.slice(text),
            base: range.start,
            pos: 0,
        }
    }

    /// The next token's span, whether it is a word, and whether it has an upper-case letter.
    fn next_tok(&mut self) -> Option<(Span, bool, bool)> {
        let s = self.s;
        let c = loop {
            let c = char_at(s, self.pos)?;
            if !c.is_whitespace() {
                break c;
            }
            self.pos += c.len_utf8();
        };
        let i = self.pos;
        let mut end = i + c.len_utf8();
        self.pos = end;
        if !c.is_alphanumeric() {
            return Some((Span::new(self.base + i, self.base + end), false, false));
        }
        let mut upper = c.is_uppercase();
        while let Some(d) = char_at(s, end) {
            let after = end + d.len_utf8();
            // Read only when `d` is no letter or digit itself (most characters are).
            // A thousands separator joins digits too (`400,000`): a comma inside a number is no
            // clause boundary.
            let joins = || {
                (matches!(d, '\'' | '’' | '-' | '.' | '&')
                    && char_at(s, after).is_some_and(char::is_alphanumeric))
                    || (d == ','
                        && s.as_bytes()[end - 1].is_ascii_digit()
                        && s.as_bytes().get(after).is_some_and(u8::is_ascii_digit))
            };
            if d.is_alphanumeric() {
                upper |= d.is_uppercase();
                end = after;
            } else if joins() {
                end = after;
            } else {
                break;
            }
        }
        // A full stop that belongs to the word: `Ms.`, `J.`, `U.S.`, `Inc.`.
        if s.as_bytes().get(end) == Some(&b'.') {
            let w = &s[i..end];
            let initial = w.len() == c.len_utf8() && c.is_uppercase();
            if initial
                || w.contains('.')
                || with_ascii_lower(w, |w| HONORIFICS.contains(w) || ABBREVIATIONS.contains(w))
            {
                end += 1;
            }
        }
        self.pos = end;
        Some((Span::new(self.base + i, self.base + end), true, upper))
    }
}

/// Calls `f` with `w` with its ASCII letters in lower case (as `str::to_ascii_lowercase` writes
/// it), without allocating for a short word.
fn with_ascii_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(w);
    }
    let mut buf = [0u8; 40];
    match buf.get_mut(..w.len()) {
        Some(b) => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            // ASCII lower-casing keeps the bytes valid UTF-8.
            f(std::str::from_utf8(b).unwrap_or(w))
        }
        None => f(&w.to_ascii_lowercase()),
    }
}

/// A window's tokens read on demand: a caller that needs only the words up to some stop reads
/// no further (the tokens it holds are the first ones [`Toks::tokenize`] gives).
struct Reader<'t> {
    toks: Toks<'t>,
    lexer: Lexer<'t>,
    range: Span,
    stop_at_quote: bool,
    /// The window is read to its end (or to the quote mark that stops it).
    done: bool,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str, range: Span, stop_at_quote: bool) -> Reader<'t> {
        Reader {
            toks: Toks {
                text,
                // About one token per five bytes; capped, as a read may stop early.
                toks: Vec::with_capacity((range.len() / 4).min(1024)),
                // Sized for the whole range at once: a run of names lowers nearly every byte.
                lowered: String::with_capacity(range.len().min(1024)),
            },
            lexer: Lexer::new(text, range),
            range,
            stop_at_quote,
            done: false,
        }
    }

    /// Reads on until token `k` is read or the window ends: true when token `k` exists.
    fn fill(&mut self, k: usize) -> bool {
        while self.toks.toks.len() <= k && !self.done {
            self.step();
        }
        k < self.toks.toks.len()
    }

    /// Reads one token (or finds the window ended).
    fn step(&mut self) {
        let text = self.toks.text;
        let Some((span, word, upper)) = self.lexer.next_tok() else {
            self.done = true;
            return;
        };
        let w = span.slice(text);
        // `Governor Ramon "Bong" Alvarado-Ting told`: a nickname inside a name neither stops
        // the read nor splits the name; its span still covers it, as the entity's does.
        if !word && w.starts_with(['"', '“']) {
            let is_given = |g: &str| given_name(&g.to_lowercase()).is_some();
            if let Some(len) = entities::nickname_len(text, span.start, is_given)
                .filter(|&len| span.start + len <= self.range.end)
            {
                self.lexer.pos = span.start + len - self.lexer.base;
                return;
            }
        }
        let lowered = &mut self.toks.lowered;
        let low = upper.then(|| {
            let a = lowered.len();
            if w.is_ascii() {
                lowered.push_str(w);
                lowered[a..].make_ascii_lowercase();
            } else {
                lowered.push_str(&w.to_lowercase());
            }
            (a as u32, lowered.len() as u32)
        });
        self.toks.toks.push(Tok { span, word, low });
        if self.stop_at_quote && !word && w.chars().next().is_some_and(is_quote_char) {
            self.done = true;
        }
    }
}

impl<'t> Toks<'t> {
    fn new(text: &'t str, range: Span) -> Toks<'t> {
        Toks::tokenize(text, range, false)
    }

    /// The tokens of `range`; with `stop_at_quote`, up to and including the first quote mark
    /// that is not an apostrophe.
    fn tokenize(text: &'t str, range: Span, stop_at_quote: bool) -> Toks<'t> {
        let mut reader = Reader::new(text, range, stop_at_quote);
        reader.fill(usize::MAX);
        reader.toks
    }

    /// Reads `range` into these tokens' buffers, as [`Toks::new`] of it would: a caller that
    /// reads many short windows in turn allocates once.
    fn retokenize(&mut self, range: Span) {
        let mut toks = std::mem::take(&mut self.toks);
        let mut lowered = std::mem::take(&mut self.lowered);
        toks.clear();
        lowered.clear();
        let mut reader = Reader {
            toks: Toks {
                text: self.text,
                toks,
                lowered,
            },
            lexer: Lexer::new(self.text, range),
            range,
            stop_at_quote: false,
            done: false,
        };
        reader.fill(usize::MAX);
        *self = reader.toks;
    }

    /// The lower-case form of token `i`.
    fn low(&self, i: usize) -> &str {
        let t = &self.toks[i];
        match t.low {
            Some((a, b)) => &self.lowered[a as usize..b as usize],
            None => t.span.slice(self.text),
        }
    }

    fn len(&self) -> usize {
        self.toks.len()
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks[i].word
    }

    fn punct(&self, i: usize) -> Option<char> {
        if self.toks[i].word {
            None
        } else {
            self.toks[i].span.slice(self.text).chars().next()
        }
    }

    /// A pronoun's gender, also in a contraction (`They’ve`, `she’d`).
    fn pronoun(&self, i: usize) -> Option<Gender> {
        if !self.is_word(i) {
            return None;
        }
        let w = self.low(i);
        let stem = w.split(['’', '\'']).next().unwrap_or(w);
        PRONOUNS.get(stem).copied()
    }

    /// The word without a final full stop or possessive `’s`.
    fn bare(&self, i: usize) -> &str {
        let w = self.low(i).trim_end_matches('.');
        w.strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .unwrap_or(w)
    }

    fn is_cap(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.toks[i].span.slice(self.text);
        let mut chars = w.chars();
        match chars.next() {
            Some(c) if c.is_uppercase() => true,
            // `al-Rashid`, `el-Sisi`: a particle joined to a capitalized name.
            Some(c) if c.is_lowercase() => w
                .get(..w.len().min(5))
                .and_then(|h| h.find('-'))
                .is_some_and(|d| {
                    NAME_PARTICLES.contains(&w[..d])
                        && w[d + 1..].chars().next().is_some_and(char::is_uppercase)
                }),
            _ => false,
        }
    }

    fn is_honorific(&self, i: usize) -> bool {
        self.is_word(i) && HONORIFICS.contains(self.bare(i))
    }

    fn is_title(&self, i: usize) -> bool {
        self.is_word(i)
            && (TITLES.contains(self.bare(i))
                || (i > 0
                    && TITLE_FOLLOWERS.contains(self.bare(i))
                    && self.is_word(i - 1)
                    && TITLES.contains(self.bare(i - 1))))
    }

    fn is_stopword(&self, i: usize) -> bool {
        NAME_STOPWORDS.contains(self.bare(i))
    }

    /// The length in tokens of the phrase from `map` that starts at `i`.
    fn phrase_at(&self, i: usize, map: &PhraseIndex) -> Option<usize> {
        self.phrase_of(i, map.get(self.low(i))?)
    }

    /// The length of the first of `seqs` (phrases opening with token `i`'s word) that the
    /// tokens from `i` spell.
    fn phrase_of(&self, i: usize, seqs: &[Vec<String>]) -> Option<usize> {
        seqs.iter()
            .find(|seq| {
                i + seq.len() <= self.len()
                    && seq
                        .iter()
                        .enumerate()
                        .all(|(k, w)| self.is_word(i + k) && self.low(i + k) == w.as_str())
            })
            .map(Vec::len)
    }

    fn cue_at(&self, i: usize) -> Option<usize> {
        if !self.is_word(i) {
            return None;
        }
        // Nearly every word opens no cue phrase: the one look-up rules it out before the
        // words around it are read.
        let seqs = CUES.get(self.low(i))?;
        if i > 0 && self.is_word(i - 1) && CUE_BLOCKERS.contains(self.low(i - 1)) {
            return None;
        }
        // `the company's claims on PDVSA`: a possessive makes a noun of the cue word.
        if i > 0 && self.is_word(i - 1) && possessive(self, i - 1) {
            return None;
        }
        // `the United States under the brand`: a capitalized cue word after a capitalized
        // word, before a lower-case word or a comma, ends a name (a title-case headline, `Lee
        // Says Rates Will Rise`, capitalizes the word after it too).
        if i > 0
            && self.is_cap(i)
            && self.is_word(i - 1)
            && self.is_cap(i - 1)
            && i + 1 < self.len()
            && ((self.is_word(i + 1) && !self.is_cap(i + 1)) || self.punct(i + 1) == Some(','))
        {
            return None;
        }
        self.phrase_of(i, seqs)
    }

    /// The text from token `a` to token `b` inclusive.
    fn text_of(&self, a: usize, b: usize) -> &'t str {
        Span::new(self.toks[a].span.start, self.toks[b].span.end).slice(self.text)
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b].span.end)
    }
}

/// Who a speaker phrase names, before resolution.
#[derive(Clone, Debug, PartialEq)]
enum Who {
    /// A name as written, without honorific or title.
    Name { name: String, gender: Gender },
    /// `he`, `she`, `they`.
    Pronoun(Gender),
    /// `the mayor`: the head title word, and the phrase as written.
    Title { head: String, phrase: String },
    /// `the airline`: the phrase as written. Unless `any_org`, only a name ending in the noun
    /// fits (`the observatory` -> `Alpine Ice Observatory`).
    Org { phrase: String, any_org: bool },
    /// `a spokesperson for the transit agency`.
    Description(String),
    /// `the 23-year-old`: a person named before, whoever fits.
    Someone { phrase: String },
}

/// A speaker phrase found next to a cue.
#[derive(Clone, Debug, PartialEq)]
struct Attr {
    who: Who,
    /// The words naming the speaker.
    span: Span,
    /// A title given with the name (`Chief Product Officer`).
    title: Option<String>,
}

/// Reads the speaker phrase that ends just before token `j` (a cue verb), not before `lo`.
/// Returns the phrase and the index of its first token.
fn backward_np(t: &Toks, lo: usize, j: usize) -> Option<(Attr, usize)> {
    // `Dame Philippa Okafor-Rhys, a former chief midwife, who said a "culture of denial"`:
    // `, who` before the cue speaks for the name it follows, with or without its apposition.
    if j > lo + 1 && t.is_word(j - 1) && t.low(j - 1) == "who" && t.punct(j - 2) == Some(',') {
        return backward_np(t, lo, j - 1).or_else(|| backward_np(t, lo, j - 2));
    }
    // `…, who asked not to be named, said`: a relative pronoun is no speaker.
    if j > lo && t.is_word(j - 1) && matches!(t.low(j - 1), "who" | "which" | "that") {
        return None;
    }
    let mut k = j;
    while k > lo && t.is_word(k - 1) && ADVERBS.contains(t.low(k - 1)) {
        k -= 1;
    }
    // `The Department for Education (DfE) said`: the bracketed short form names the same speaker.
    if k > lo + 2 && t.punct(k - 1) == Some(')') {
        let open = (k.saturating_sub(5).max(lo + 1)..k - 1)
            .rev()
            .find(|&p| t.punct(p) == Some('('));
        if let Some(p) = open.filter(|&p| p + 1 < k - 1 && (p + 1..k - 1).all(|i| t.is_word(i))) {
            k = p;
        }
    }
    if k == lo {
        return None;
    }
    // `The bank has repaid its customers and said…`, `A spokeswoman … declined to comment, but
    // said…`: a second verb of the sentence's subject.
    if t.is_word(k - 1) && matches!(t.low(k - 1), "and" | "but") {
        return coordinated_subject(t, lo, k - 1);
    }
    let last = k - 1;
    if t.punct(last) == Some(',') {
        // `X, the chief executive, said`, `X, who won 19 games, added`
        let mut m = (lo..last)
            .rev()
            .take(16)
            .find(|&m| t.punct(m) == Some(','))?;
        // `A spokesman for Reelhouse Cinemas, which runs screens in Leeds, York and Hull,
        // said`: the commas of a list that ends the relative clause are the list's; the
        // apposition opens at the comma before `which`.
        let relative =
            |c: usize| t.punct(c) == Some(',') && matches!(t.low(c + 1), "who" | "whose" | "which");
        let list_end = (m + 1..last).any(|i| t.is_word(i) && matches!(t.low(i), "and" | "or"));
        // `Ana Ruiz, who heads a section of the OGBL, the country's largest union, told`: an
        // apposition with no name in it, after a relative clause, describes the clause's
        // object; the apposition of the subject opens at `who`.
        let nested = m + 2 < last
            && matches!(t.low(m + 1), "the" | "a" | "an")
            && (m + 1..last).all(|i| t.is_word(i) && !t.is_cap(i));
        if list_end || nested {
            let opener = (lo..m)
                .rev()
                .take(24)
                .take_while(|&c| t.is_word(c) || matches!(t.punct(c), Some(',' | '\'' | '’')))
                .filter(|&c| relative(c))
                .last();
            m = opener.unwrap_or(m);
        }
        // `Mehdi Rostami-Nejad, the governor of Baft county, which includes Rabor, told`: a
        // relative clause after an apposition says more of the apposition's last noun; the
        // apposition opens at the comma before it, after the name.
        let mut app_end = last;
        if t.is_word(m + 1) && t.low(m + 1) == "which" {
            let earlier = (lo + 1..m)
                .rev()
                .take(12)
                .take_while(|&c| t.is_word(c) || t.punct(c) == Some(','))
                .find(|&c| t.punct(c) == Some(','))
                .filter(|&c| {
                    // `Karim Haddad, managing director of Sahel Huiles, which …`: a title
                    // may open the apposition without an article.
                    let opens = matches!(t.low(c + 1), "the" | "a" | "an")
                        || (t.is_word(c + 1) && !t.is_cap(c + 1));
                    t.is_cap(c - 1) && opens && c + 2 < m
                });
            if let Some(c) = earlier {
                app_end = m;
                m = c;
            }
        }
        // `Lena Hofer, 34, whose children…, said`: an age between commas after the name.
        if m >= lo + 3 && age_before(t, m) && t.is_cap(m - 3) {
            m -= 2;
        }
        if m > lo && last > m + 1 && !t.is_cap(m - 1) && t.is_cap(last - 1) {
            // `another resident, Mark Evans, said`: a description, then the name.
            let r = cap_run_back(t, m + 1, last);
            if r == m + 1 {
                let mut attr = name_attr(t, r, last)?;
                let mut d = m;
                while d > lo && t.is_word(d - 1) && m - d < 8 {
                    d -= 1;
                }
                if attr.title.is_none() && (d..m).any(|i| t.is_title(i)) {
                    attr.title = Some(appositive_title(t, d, m));
                }
                return Some((attr, d));
            }
        }
        if m == lo {
            return None;
        }
        if !t.is_cap(m - 1) {
            // `A second passenger, who did not want to be named, said`, `A spokeswoman for the
            // port, a veteran of the strike, said`: a description before the clause or the
            // apposition between commas.
            // `The company, which sells fruit in Europe, said`: `which` for a body.
            let between = matches!(t.low(m + 1), "who" | "whose" | "which" | "a" | "an" | "the");
            // `A spokesman for the Norland Bureau of Standards (NBS), which certifies exports,
            // said`: the short form in brackets closes the description.
            let head = if t.punct(m - 1) == Some(')') {
                (m.saturating_sub(6).max(lo + 1)..m - 1)
                    .rev()
                    .find(|&p| t.punct(p) == Some('('))
                    .filter(|&p| p + 1 < m - 1 && (p + 1..m - 1).all(|i| t.is_word(i)))
                    .unwrap_or(m)
            } else {
                m
            };
            let between = between || (head < m && t.low(m + 1) == "which");
            if !(t.is_word(head - 1) && between) {
                return None;
            }
            let described = description_back(t, lo, head);
            // `Cllr Aoife Tansey-Burke (Ind), who voted against, said`: a party or short form
            // in brackets after a name, then the relative clause; the name is the subject.
            if described.is_none() && head < m && t.is_cap(head - 1) {
                let r = cap_run_back(t, lo, head);
                return name_attr(t, r, head)
                    .filter(|a| matches!(a.who, Who::Name { .. }))
                    .map(|a| (a, r));
            }
            return described;
        }
        // `the coordinator for Somalia, George Ibe, said`: a description ending in a name,
        // then the person's name between commas.
        if m > lo && last > m + 1 && t.is_cap(m - 1) && cap_run_back(t, m + 1, last) == m + 1 {
            let mut r = cap_run_back(t, lo, m);
            // `the Minister of State for Nature, Heritage and Electoral Reform, Ana Ruiz,
            // said`: the fields of a title listed with commas and `and`.
            let mut hops = 0;
            while hops < 4
                && r > lo + 1
                && (matches!(t.low(r - 1), "and" | "of") || t.punct(r - 1) == Some(','))
                && t.is_cap(r - 2)
            {
                r = cap_run_back(t, lo, r - 1);
                hops += 1;
            }
            let prep = |i: usize| t.is_word(i) && PREPOSITIONS.contains(&t.low(i));
            let det = |i: usize| t.is_word(i) && DETERMINERS.contains(&t.low(i));
            // ... also with an article before the complement's name: `The Mayor of the County
            // of Cork, Cllr Ana Ruiz, said`.
            if (r > lo + 1 && prep(r - 1)) || (r > lo + 2 && det(r - 1) && prep(r - 2)) {
                if let Some((desc, d)) = description_back(t, lo, m) {
                    if let Some(mut attr) = name_attr(t, m + 1, last)
                        .filter(|a| matches!(a.who, Who::Name { .. }))
                        .filter(|_| matches!(desc.who, Who::Title { .. } | Who::Description(_)))
                    {
                        attr.title = attr.title.or(desc.title);
                        return Some((attr, d));
                    }
                }
            }
            // `the Minister of Agriculture, Fisheries and Food, Jafry Ariffin, said`,
            // `Sabah's Minister of …`: a capitalized title opening the run, its portfolio's
            // fields joined to it, then the holder's name between commas.
            let h = (r..m).find(|&i| !t.is_stopword(i) && !owner_name(t, i));
            let opens = r == lo || (t.is_word(r - 1) && DETERMINERS.contains(&t.low(r - 1)));
            if let Some(h) = h.filter(|&h| hops > 0 && opens && t.is_cap(h) && t.is_title(h)) {
                if let Some(mut attr) =
                    name_attr(t, m + 1, last).filter(|a| matches!(a.who, Who::Name { .. }))
                {
                    attr.title = attr.title.or_else(|| Some(t.text_of(h, m - 1).to_string()));
                    return Some((attr, if r > lo { r - 1 } else { r }));
                }
            }
        }
        let r = cap_run_back(t, lo, m);
        // `a spokeswoman for Acme, the smaller operator, said`: the description, not the
        // organization it names.
        let prep = |i: usize| t.is_word(i) && PREPOSITIONS.contains(&t.low(i));
        let det = |i: usize| t.is_word(i) && DETERMINERS.contains(&t.low(i));
        let described = described_complement(t, lo, r);
        if (r > lo && prep(r - 1)) || (r > lo + 1 && det(r - 1) && prep(r - 2)) || described {
            if let Some((desc, d)) = description_back(t, lo, m) {
                // `Mariama Faye, an oceans campaigner for Greenpeace Africa, whose ship …,
                // called`: the description stands in apposition to the name before it.
                // `Gulnara Rakhimova, 38, a teacher in Chimbay, said`: an age between commas
                // may stand between them.
                let e = if d > lo + 3 && age_before(t, d - 1) {
                    d - 2
                } else {
                    d
                };
                if e > lo + 1 && t.punct(e - 1) == Some(',') && t.is_cap(e - 2) {
                    let r2 = cap_run_back(t, lo, e - 1);
                    if let Some(mut attr) =
                        name_attr(t, r2, e - 1).filter(|a| matches!(a.who, Who::Name { .. }))
                    {
                        if attr.title.is_none() && (d..m).any(|i| t.is_title(i)) {
                            attr.title = Some(appositive_title(t, d, m));
                        }
                        return Some((attr, r2));
                    }
                }
                return Some((desc, d));
            }
            // `analyst Joanna Byrne at Halden Partners, a consultancy, said`, `Katarzyna Mroz
            // of the University of Rzeszow, speaking at…, said`: the name before where they
            // work, not the workplace the apposition describes.
            let mut p = if prep(r - 1) { r - 1 } else { r - 2 };
            // `Seaspan Shipyards in North Vancouver, which bid for the work, said`: the body
            // or person before `in` speaks, not the place where it is.
            if p == r - 1 && p > lo && t.low(p) == "in" && t.is_cap(p - 1) {
                let r2 = cap_run_back(t, lo, p);
                if let Some(attr) =
                    name_attr(t, r2, p).filter(|a| matches!(a.who, Who::Name { .. }))
                {
                    return Some((attr, r2));
                }
            }
            // Two hops at most: the workplace's own `of` (`the University of Rzeszow`).
            for _ in 0..2 {
                if !(p > lo && t.is_cap(p - 1) && matches!(t.low(p), "of" | "from" | "at")) {
                    break;
                }
                let r2 = cap_run_back(t, lo, p);
                let person = |a: &Attr| matches!(&a.who, Who::Name { name, .. } if !org_like(name));
                if let Some(mut attr) = name_attr(t, r2, p).filter(person) {
                    let s = lower_titles_back(t, lo, r2);
                    if s < r2 && attr.title.is_none() {
                        attr.title = Some(t.text_of(s, r2 - 1).to_string());
                    }
                    return Some((attr, s.min(r2)));
                }
                if r2 < lo + 2 || !det(r2 - 1) {
                    break;
                }
                p = r2 - 2;
            }
        }
        let mut attr = name_attr(t, r, m)?;
        let relative = matches!(t.low(m + 1), "who" | "whose" | "which");
        if !relative && (m + 1..app_end.min(m + 5)).any(|i| t.is_title(i)) {
            attr.title = Some(appositive_title(t, m + 1, app_end));
        }
        // `jury president Wisit Thanarat, the Thai filmmaker, told`: lower-case title words
        // before the name open the phrase, as they do with no apposition.
        // A surname's particles (`van der Linde`) are no title.
        let s = lower_titles_back(t, lo, r);
        if s < r && matches!(attr.who, Who::Name { .. }) && !(s..r).any(|x| is_particle(t, x)) {
            attr.title = attr.title.or_else(|| Some(t.text_of(s, r - 1).to_string()));
            return Some((attr, s));
        }
        return Some((attr, r));
    }
    if !t.is_word(last) {
        return None;
    }
    if let Some(g) = t.pronoun(last) {
        return Some((
            Attr {
                who: Who::Pronoun(g),
                span: t.toks[last].span,
                title: None,
            },
            last,
        ));
    }
    if t.is_cap(last) {
        let r = cap_run_back(t, lo, k);
        let prep = |i: usize| t.is_word(i) && PREPOSITIONS.contains(&t.low(i));
        let det = |i: usize| t.is_word(i) && DETERMINERS.contains(&t.low(i));
        let described = described_complement(t, lo, r);
        if (r > lo && prep(r - 1)) || (r > lo + 1 && det(r - 1) && prep(r - 2)) || described {
            // `a spokesperson for Acme said`, `a spokesperson for the FDA said`
            let found = description_back(t, lo, k);
            if found.is_some() {
                return found;
            }
            // `Rovers president of football operations Ana Ruiz said`: no description, but a
            // lower-case title and the field it heads, joined by `of`, before a person's name.
            let s = lower_titles_back(t, lo, r);
            let f = field_title_back(t, lo, s, r);
            if f < s {
                let person = |a: &Attr| matches!(&a.who, Who::Name { name, .. } if !org_like(name));
                if let Some(mut attr) = name_attr(t, r, k).filter(person) {
                    attr.title = attr.title.or_else(|| Some(t.text_of(f, r - 1).to_string()));
                    let mut from = cap_run_back(t, lo, f);
                    if from > lo && t.low(from - 1) == "the" {
                        from -= 1;
                    }
                    return Some((attr, from));
                }
            }
            // `Lin Zhang of Burwood Council said`: a name, then where they are from.
            let p = if prep(r - 1) { r - 1 } else { r - 2 };
            if p > lo && t.is_cap(p - 1) && matches!(t.low(p), "of" | "from" | "at") {
                let r2 = cap_run_back(t, lo, p);
                // `Mayor of Bresk Ivana Kovačić said`: a title alone before `of`, then its
                // place and the holder's name in one run.
                if t.low(p) == "of" && (r2..p).all(|i| t.is_title(i)) {
                    let s = field_name_start(t, r, k)?;
                    let mut attr = name_attr(t, s, k)?;
                    attr.title = attr
                        .title
                        .or_else(|| Some(t.text_of(r2, s - 1).to_string()));
                    return matches!(attr.who, Who::Name { .. }).then_some((attr, r2));
                }
                let attr = name_attr(t, r2, p)?;
                return matches!(attr.who, Who::Name { .. }).then_some((attr, r2));
            }
            return None;
        }
        // `the Scot added`: a demonym alone refers back to a person just named.
        if r > lo && k - r == 1 && t.low(r - 1) == "the" && !t.low(r).ends_with('s') {
            let w = t.text_of(r, r);
            if NATIONALITIES.contains(&w.to_lowercase()) {
                let span = t.span_of(r - 1, r);
                let phrase = span.slice(t.text).to_lowercase();
                return Some((
                    Attr {
                        who: Who::Someone { phrase },
                        span,
                        title: None,
                    },
                    r - 1,
                ));
            }
        }
        // `the Schools Minister said`: a capitalized title alone refers back to its holder.
        if r > lo && k - r <= MAX_ROLE_WORDS && t.low(r - 1) == "the" && t.is_title(k - 1) {
            return Some((classify_phrase(t, r - 1, k), r - 1));
        }
        let mut attr = name_attr(t, r, k)?;
        let mut from = r;
        // `Rovers manager Pieter van der Sloot said`, `Local 13 president Ana Ruiz said`
        let s = lower_titles_back(t, lo, r);
        if s < r {
            attr.title = Some(t.text_of(s, r - 1).to_string());
            from = if s > lo + 1 && numbered_name(t, s - 1) {
                cap_run_back(t, lo, s - 1)
            } else {
                cap_run_back(t, lo, s)
            };
        }
        // `President and Chief Executive Officer Ana Ruiz said`, `Energy and Petroleum Cabinet
        // Secretary Halima Noor said`: two titles, or two fields of one portfolio, joined by
        // `and` before the holder's name (not `Smith and Mayor Ana Ruiz`, two people).
        if attr.title.is_some() && from == r && from > lo + 1 && t.low(from - 1) == "and" {
            let r0 = cap_run_back(t, lo, from - 1);
            let titles = r0 < from - 1 && (r0..from - 1).all(|i| t.is_title(i));
            let field = !t.is_title(r) && !t.is_honorific(r);
            let holder = (r..k).find(|&i| t.toks[i].span.start == attr.span.start);
            if let Some(h) = holder.filter(|_| (titles || field) && from - 1 - r0 <= 3) {
                if r0 < from - 1 && h > r {
                    attr.title = Some(t.text_of(r0, h - 1).to_string());
                    from = r0;
                    // `Minister of Tourism and Sport Ana Ruiz said`: the portfolio's fields
                    // follow the title's `of`.
                    if field && from > lo + 1 && t.low(from - 1) == "of" {
                        let r1 = cap_run_back(t, lo, from - 1);
                        if r1 < from - 1 && (r1..from - 1).all(|i| t.is_title(i)) {
                            attr.title = Some(t.text_of(r1, h - 1).to_string());
                            from = r1;
                        }
                    }
                }
            } else if r0 == from - 1 && t.is_title(r) && holder.is_some_and(|h| h > r) {
                // `Acme president and CEO Ana Ruiz said`: a lower-case title joined to the
                // capitalized one, its owner's name before it.
                let s0 = lower_titles_back(t, lo, from - 1);
                if s0 < from - 1 && t.is_title(from - 2) {
                    let h = holder.unwrap_or(r);
                    attr.title = Some(t.text_of(s0, h - 1).to_string());
                    from = cap_run_back(t, lo, s0);
                }
            }
        }
        // `Minister of Tourism and Sport Ana Ruiz said`: a title, its `of` and a portfolio of
        // two fields joined by `and`, the last field run into the holder's name.
        if attr.title.is_none() && from == r && from > lo + 3 && t.low(from - 1) == "and" {
            let r0 = cap_run_back(t, lo, from - 1);
            let r1 = if r0 > lo + 1 && r0 < from - 1 && t.low(r0 - 1) == "of" {
                cap_run_back(t, lo, r0 - 1)
            } else {
                r0
            };
            if r1 < r0 && (r1..r0 - 1).all(|i| t.is_title(i)) {
                let holder = field_name_start(t, r, k).and_then(|s| Some((s, name_attr(t, s, k)?)));
                if let Some((s, mut a)) = holder.filter(|(_, a)| matches!(a.who, Who::Name { .. }))
                {
                    a.title = a.title.or_else(|| Some(t.text_of(r1, s - 1).to_string()));
                    attr = a;
                    from = r1;
                }
            }
        }
        // `the World Food Programme said`
        if from > lo && t.low(from - 1) == "the" {
            from -= 1;
        }
        // `Meta Chief Product Officer, Chris Cox said`
        if attr.title.is_none() && r >= lo + 2 && t.punct(r - 1) == Some(',') && t.is_cap(r - 2) {
            let r2 = cap_run_back(t, lo, r - 1);
            if let Some(title) = title_of_run(t, r2, r - 1) {
                attr.title = Some(title);
                from = r2;
            }
        }
        return Some((attr, from));
    }
    description_back(t, lo, k)
}

/// True when a title and its `of` end right before `pos` (`Mayor of ` before `Bresk Ivana
/// Kovačić`).
fn after_title_field(text: &str, pos: usize) -> bool {
    let Some(before) = text.get(..pos).and_then(|b| b.strip_suffix(" of ")) else {
        return false;
    };
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    word.chars().next().is_some_and(char::is_uppercase) && TITLES.contains_lower(bare_str(word))
}

/// The holder's name in a name that follows a title and its `of` (`Bresk Ivana Kovačić` after
/// `Mayor of`): the words from a known given name after the first, else the last two; the
/// whole of a name of fewer than three words.
fn field_cut(name: &str) -> &str {
    let words: Vec<(usize, &str)> = name.match_indices(' ').collect();
    if words.len() < 2 || !name.split(' ').all(|w| w.starts_with(char::is_uppercase)) {
        return name;
    }
    let starts: Vec<usize> = std::iter::once(0)
        .chain(words.iter().map(|(i, _)| i + 1))
        .collect();
    let n = starts.len();
    let word = |i: usize| name[starts[i]..].split(' ').next().unwrap_or_default();
    let s = (1..n - 1)
        .find(|&i| given_name(&word(i).to_lowercase()).is_some())
        .unwrap_or(n - 2);
    &name[starts[s]..]
}

/// Where the holder's name starts in the capitalized run `[r, k)` that follows a title and its
/// `of` (`Mayor of Bresk Ivana Kovačić`): at a known given name after the run's first word,
/// else at its last two words; `None` when the run is too short to hold a place and a name.
fn field_name_start(t: &Toks, r: usize, k: usize) -> Option<usize> {
    if k < r + 3 || (r..k).any(|i| !t.is_word(i) || !t.is_cap(i)) {
        return None;
    }
    Some(
        (r + 1..k - 1)
            .find(|&i| given_name(t.bare(i)).is_some())
            .unwrap_or(k - 2),
    )
}

/// True when the capitalized run at token `r` ends a description's complement of a longer
/// shape than `for X` or `for the X`: `a spokesman for the state logistics company Perum
/// Bulog`, `… for the Spanish fishing confederation Cepesca` (common words, or a nationality,
/// between the determiner and the name), `a spokeswoman for shipping group Tallvik Lines` (no
/// determiner at all), `a spokeswoman for the Association of Fishers and Rock Lobster Divers`
/// (one long name whose `of` and `and` split its capitalized run).
fn described_complement(t: &Toks, lo: usize, r: usize) -> bool {
    // `a stop late in the game that O'Halloran described as`: a relative word before the name
    // makes it the clause's subject, not a complement of what comes before.
    if r > lo && t.is_word(r - 1) && RELATIVE_WORDS.contains(t.low(r - 1)) {
        return false;
    }
    let prep = |i: usize| t.is_word(i) && PREPOSITIONS.contains(&t.low(i));
    let det = |i: usize| t.is_word(i) && DETERMINERS.contains(&t.low(i));
    let common = |i: usize| t.is_word(i) && (!t.is_cap(i) || NATIONALITIES.contains(t.bare(i)));
    // `for the Hamburg retailer Hansa Heimwaren`: a place's name may stand before the common
    // noun that ends right before the name.
    let placed = |d: usize| {
        r > d + 1
            && t.is_word(r - 1)
            && !t.is_cap(r - 1)
            && (d + 1..r).all(|i| t.is_word(i))
            && (d + 1..r).filter(|&i| t.is_cap(i)).count() <= 2
    };
    let after_det = (r.saturating_sub(5).max(lo + 1)..r)
        .rev()
        .any(|d| det(d) && prep(d - 1) && ((d + 1..r).all(common) || placed(d)));
    let bare = (r.saturating_sub(4).max(lo + 1)..r.saturating_sub(1))
        .rev()
        .any(|p| prep(p) && (p + 1..r).all(common));
    let within = |i: usize| {
        t.is_word(i)
            && (t.is_cap(i)
                // `the Delegation of the European Union to Malawi`: `to` and a `the` before a
                // capitalized word join a long body's name too.
                || matches!(t.low(i), "of" | "and" | "for" | "to")
                || (t.low(i) == "the" && i + 1 < r && t.is_cap(i + 1))
                // Connecting words of other languages (`des`, `de la`), as the entities stage
                // reads them: `a spokeswoman for the Comité Régional des Pêches`.
                || entities::is_foreign_connector(t.low(i)))
    };
    let long_name = (r.saturating_sub(LONG_NAME_WORDS).max(lo + 1)..r.saturating_sub(1))
        .rev()
        .take_while(|&d| within(d) || det(d) || listed_in_name(t, lo, d))
        .any(|d| {
            det(d)
                && prep(d - 1)
                && t.is_cap(d + 1)
                && (d + 1..r).all(|i| within(i) || listed_in_name(t, lo, i))
        });
    // `a spokeswoman for Marine and Safety Tasmania`: no determiner before a long name, right
    // after the preposition that follows the description's head.
    let long_bare = (r.saturating_sub(LONG_NAME_WORDS).max(lo + 1)..r.saturating_sub(1))
        .rev()
        .take_while(|&d| within(d))
        .any(|d| {
            prep(d)
                && t.is_word(d - 1)
                && !t.is_cap(d - 1)
                && t.is_cap(d + 1)
                && (d + 1..r).all(within)
                && (d + 1..r).any(|i| !t.is_cap(i))
        });
    after_det || bare || long_name || long_bare
}

/// The subject of a sentence whose cue verb follows `and` or `but` at token `conj`: the phrase
/// that opens the clause at `lo` and ends before its first verb (a finite verb, a word in
/// `-ed`, a cue), read as [`backward_np`] reads one before a cue.
fn coordinated_subject(t: &Toks, lo: usize, conj: usize) -> Option<(Attr, usize)> {
    // `Germany's best finisher was Marlene Ruiz, who was 11th and said`: a relative clause
    // left open up to the conjunction holds the second verb; its antecedent speaks.
    let relative = (lo + 2..conj)
        .rev()
        .take(24)
        .take_while(|&i| t.punct(i) != Some(','))
        .find(|&i| t.is_word(i) && t.low(i) == "who" && t.punct(i - 1) == Some(','));
    if let Some(who) = relative {
        return backward_np(t, lo, who + 1);
    }
    // `In a statement, chief executive Ana Ruiz put the loss at … and said`: a fronted phrase
    // (a preposition first) and its comma come before the subject.
    let lo = match (lo + 1..conj.min(lo + 6)).find(|&i| t.punct(i) == Some(',')) {
        Some(c) if t.is_word(lo) && PREPOSITIONS.contains(&t.low(lo)) && c + 1 < conj => c + 1,
        _ => lo,
    };
    let verb = (lo + 1..conj.min(lo + 16)).find(|&v| {
        t.is_word(v)
            && !t.is_cap(v)
            && (FINITE_VERBS.contains(t.low(v))
                || t.low(v).ends_with("ed")
                || t.cue_at(v).is_some())
    });
    let subject = |v: usize| backward_np(t, lo, v).filter(|&(_, start)| start == lo);
    verb.and_then(subject).or_else(|| {
        // `Lee cut his target … and wrote`: a verb of no known form (`cut`, `set`, `sold`) is
        // the lower-case word right after the name or pronoun the sentence opens with.
        let k = if t.pronoun(lo).is_some() {
            lo + 1
        } else {
            // `chief executive Ana Ruiz put`: lower-case title words before the name.
            let titled = lower_titles_forward(t, lo, conj);
            let name = if titled > lo && titled < conj && t.is_cap(titled) {
                titled
            } else {
                lo
            };
            cap_run_forward(t, name, conj)
        };
        (k > lo && k < conj && t.is_word(k) && !t.is_cap(k))
            .then_some(k)
            .and_then(subject)
    })
}

/// `A spokeswoman for the Comité Régional des Pêches rejected the accusation.`: a person
/// described with `a` or `an` (its head noun a title, a gendered noun or a person noun) opening
/// a sentence with no cue, as an unnamed person of the gender the head tells.
fn described_opener(t: &Toks) -> Option<Person> {
    described_person(described_subject(t, 0, t.len())?)
}

/// The unnamed person a description attributes to (`a spokeswoman for the union`), of the
/// gender its head tells, remembered weakly (a pronoun may refer back to it, a title never).
fn described_person(attr: Attr) -> Option<Person> {
    let Who::Description(d) = attr.who else {
        return None;
    };
    Some(Person {
        gender: description_gender(&d),
        name: d,
        title: None,
        pos: attr.span.start,
        org: false,
        weak: true,
    })
}

/// A person described with `a` or `an` opening the tokens `[lo, end)`, up to its first verb:
/// a finite verb, a word in `-ed`, a word before `it` (`A spokesman for the union put it
/// plainly:`) or a cue verb. Its head noun must be a title, a gendered noun or a person noun.
fn described_subject(t: &Toks, lo: usize, end: usize) -> Option<Attr> {
    if end < lo + 3 || !t.is_word(lo) || !matches!(t.low(lo), "a" | "an") {
        return None;
    }
    let verb = |v: &usize| {
        let v = *v;
        let w = t.low(v);
        t.is_word(v)
            && !t.is_cap(v)
            && (FINITE_VERBS.contains(w)
                || w.ends_with("ed")
                || (v + 1 < end && t.low(v + 1) == "it" && !PREPOSITIONS.contains(&w))
                // `A Scottish Government spokeswoman said ministers had asked…`: a cue verb
                // ends the description before a later cue of the sentence.
                || t.cue_at(v).is_some())
    };
    // The first verb that leaves a description before it: one inside a relative clause
    // between commas (`An official, who asked not to be named, offered`) leaves none.
    let reach = end.min(lo + 2 + 6 + LONG_NAME_WORDS + 8);
    (lo + 2..reach).filter(verb).take(6).find_map(|v| {
        let (attr, start) = backward_np(t, lo, v)?;
        let Who::Description(d) = &attr.who else {
            return None;
        };
        let head = d
            .split(' ')
            .take_while(|w| !PREPOSITIONS.contains(w) && !matches!(*w, "who" | "whose" | "that"))
            .last()
            .map(|w| lexicon::lower(bare_str(w)).into_owned())
            .unwrap_or_default();
        let person = TITLES.contains(&head)
            || NOUN_GENDER.contains_key(&head)
            || PERSON_NOUNS.contains(&head)
            || PERSON_HEADS.contains(&head);
        (start == lo && person).then_some(attr)
    })
}

/// A lower-case speaker phrase ending before token `k`: back to its determiner, past
/// prepositional complements (`a spokesperson for the transit agency`).
fn description_back(t: &Toks, lo: usize, k: usize) -> Option<(Attr, usize)> {
    let mut m = k;
    let mut start = None;
    while m > lo
        && k - m < 6 + LONG_NAME_WORDS
        && (t.is_word(m - 1) && t.cue_at(m - 1).is_none()
            || possessive_in_name(t, m - 1)
            || listed_in_name(t, lo, m - 1))
        // `… 42 phones linked to accounts that investigators say`: the cue's subject stands
        // after a relative pronoun, not before it.
        && !matches!(t.low(m - 1), "that" | "which" | "whom")
    {
        m -= 1;
        // `Kenya's health minister said`: an owner's name stands for the determiner.
        if m + 1 < k && owner_name(t, m) && (m + 1..k).all(|i| t.is_word(i) && !t.is_cap(i)) {
            let s = cap_run_back(t, lo, m + 1).min(m);
            return Some((classify_phrase(t, s, k), s));
        }
        if DETERMINERS.contains(&t.low(m)) {
            let continues = m > lo && t.is_word(m - 1) && PREPOSITIONS.contains(&t.low(m - 1));
            if !continues {
                start = Some(m);
                break;
            }
        }
    }
    // `Analysts at Morgan Stanley wrote`: a bare plural with its complement.
    let plural_head = m + 1 < k
        && t.low(m).ends_with('s')
        && !t.is_stopword(m)
        && PREPOSITIONS.contains(&t.low(m + 1));
    let start = match start {
        Some(s) => s,
        None if plural_head => m,
        None => {
            // No determiner: a bare plural like `officials` or `police`, one or two words.
            let mut s = k;
            while s > lo && k - s < 2 && t.is_word(s - 1) && !t.is_cap(s - 1) {
                s -= 1;
            }
            let nouns = (s..k).all(|i| {
                !t.is_stopword(i) && !PRONOUNS.contains_key(t.bare(i)) && t.bare(i).len() > 2
            });
            if s == k || (s > lo && t.is_word(s - 1)) || !nouns {
                return None;
            }
            s
        }
    };
    Some((classify_phrase(t, start, place_cut(t, start, k)), start))
}

/// The end of a description `[a, k)` without a place after its complement: `a spokeswoman
/// for the WFP in Lilongwe` is `a spokeswoman for the WFP`, the body being what describes her;
/// a place is `in` and capitalized words ending the phrase, after a complement ending in a
/// name. A description with no other complement keeps it (`a farmer in Kasungu`).
fn place_cut(t: &Toks, a: usize, k: usize) -> usize {
    let Some(i) = (a + 2..k.saturating_sub(1))
        .rev()
        .find(|&i| t.low(i) == "in")
    else {
        return k;
    };
    let place = (i + 1..k).all(|j| t.is_word(j) && t.is_cap(j));
    let complement = (a + 1..i).any(|j| t.is_word(j) && matches!(t.low(j), "for" | "at" | "of"));
    // `the Association of Banks in Lebanon` is a name: the head must be in lower case.
    let described = t.is_word(a + 1) && !t.is_cap(a + 1);
    if place && complement && described && t.is_cap(i - 1) {
        i
    } else {
        k
    }
}

/// True when token `i` is a comma between two capitalized words of one name that lists what
/// it covers (`the Textile, Apparel, Footwear and Travel Goods Association`), not before `lo`.
fn listed_in_name(t: &Toks, lo: usize, i: usize) -> bool {
    t.punct(i) == Some(',') && i > lo && i + 1 < t.len() && t.is_cap(i - 1) && t.is_cap(i + 1)
}

/// True when token `i` is a word in the possessive (`party's`, `Apple’s`).
fn possessive(t: &Toks, i: usize) -> bool {
    let w = t.low(i);
    w.ends_with("'s") || w.ends_with("’s")
}

/// True when token `i` is a capitalized name in the possessive (`Kenya's`, `Apple’s`).
fn owner_name(t: &Toks, i: usize) -> bool {
    t.is_word(i) && t.is_cap(i) && possessive(t, i)
}

/// True when the comma at token `c` closes an age between commas (`Lena Hofer, 34,`).
fn age_before(t: &Toks, c: usize) -> bool {
    c >= 2
        && t.punct(c) == Some(',')
        && t.is_word(c - 1)
        && t.low(c - 1).bytes().all(|b| b.is_ascii_digit())
        && t.punct(c - 2) == Some(',')
}

/// True when lower-case `w` is a demonym naming one person (`dane`, `australian`, `swiss`), not
/// a plural (`danes`) or an adjective that as a noun names a whole people (`the British`, `the
/// Chinese`, `the French`).
fn singular_demonym(w: &str) -> bool {
    let plural = w
        .strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with('s') && NATIONALITIES.contains(stem));
    NATIONALITIES.contains(w)
        && !plural
        && !COLLECTIVE_DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Classifies a lower-case speaker phrase `[a, b)`.
fn classify_phrase(t: &Toks, a: usize, b: usize) -> Attr {
    let span = t.span_of(a, b - 1);
    let mut phrase = t.text_of(a, b - 1).to_string();
    // A sentence-initial `A spokesperson` is the same description as `a spokesperson`.
    if let Some(first) = phrase.get(..1) {
        if DETERMINERS.contains(&t.low(a)) && first != first.to_lowercase() {
            phrase = first.to_lowercase() + &phrase[1..];
        }
    }
    let words = b - a;
    let first = t.low(a);
    // `the 33-year-old from Durban`: where someone comes from only describes them further, so
    // the words before `from` are read alone.
    let hometown = (a + 2..b.saturating_sub(1))
        .find(|&i| t.is_word(i) && t.low(i) == "from")
        .filter(|&i| (i + 1..b).all(|j| t.is_word(j) && t.is_cap(j)));
    let head_end = hometown.unwrap_or(b);
    // `the Dane`, `the Australian`: a demonym for one person refers back to them too.
    let demonym = head_end - a == 2 && t.is_cap(a + 1) && singular_demonym(t.bare(a + 1));
    if first == "the"
        && (2..=3).contains(&(head_end - a))
        && (t.low(a + 1).ends_with("-year-old")
            || PERSON_NOUNS.contains(t.bare(head_end - 1))
            || demonym)
    {
        return Attr {
            who: Who::Someone { phrase },
            span,
            title: None,
        };
    }
    if first == "the" && words == 2 && !t.is_title(a + 1) {
        return Attr {
            who: Who::Org {
                phrase,
                any_org: ORG_NOUNS.contains(t.bare(a + 1)),
            },
            span,
            title: None,
        };
    }
    // `her daughter said`: a relation, looked up like a title among those named with one.
    if matches!(first, "his" | "her" | "their")
        && words == 2
        && NOUN_GENDER.contains_key(t.bare(a + 1))
    {
        return Attr {
            who: Who::Title {
                head: t.bare(a + 1).to_string(),
                phrase: phrase.clone(),
            },
            span,
            title: Some(t.text_of(a + 1, a + 1).to_string()),
        };
    }
    // `South Africa's health minister`: the owner's name ends where the title words begin.
    let owner = (a..b.min(a + 4))
        .take_while(|&i| t.is_cap(i))
        .find(|&i| owner_name(t, i));
    if matches!(first, "the" | "its" | "their") || owner.is_some() {
        let a = owner.unwrap_or(a);
        let title_words: Vec<usize> = (a + 1..b.min(a + 5)).filter(|&i| t.is_title(i)).collect();
        if let Some(&last) = title_words.last() {
            return Attr {
                who: Who::Title {
                    head: t.bare(last).to_string(),
                    phrase: phrase.clone(),
                },
                span,
                title: Some(t.text_of(title_words[0], last).to_string()),
            };
        }
    }
    Attr {
        who: Who::Description(phrase),
        span,
        title: None,
    }
}

/// The start of the run of capitalized words (with particles and initials) ending before `k`.
fn cap_run_back(t: &Toks, lo: usize, k: usize) -> usize {
    let mut r = k;
    loop {
        if r > lo && (t.is_cap(r - 1) || is_particle(t, r - 1)) {
            r -= 1;
        } else if r > lo + 1
            && r < k
            && matches!(t.punct(r - 1), Some('\'' | '’'))
            && t.is_cap(r - 2)
            && t.low(r - 2).ends_with('s')
        {
            // A plural possessive inside a name: `Supporters' Trust`.
            r -= 2;
        } else {
            break;
        }
    }
    // A run never starts with a particle.
    while r < k && !t.is_cap(r) {
        r += 1;
    }
    r
}

/// The end of the run of capitalized words (with particles and initials) starting at `i`.
fn cap_run_forward(t: &Toks, i: usize, n: usize) -> usize {
    let mut k = i;
    while k < n && (t.is_cap(k) || is_particle(t, k)) {
        k += 1;
    }
    // A run never ends with a particle.
    while k > i && !t.is_cap(k - 1) {
        k -= 1;
    }
    k
}

/// True when token `i` is a number of one to three digits closing the capitalized name before
/// it (`Local 13`, `District 9`, `Unit 731`); four digits would be a year (`March 2024`).
fn numbered_name(t: &Toks, i: usize) -> bool {
    let w = t.low(i);
    i > 0
        && t.is_word(i)
        && (1..=3).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit())
        && t.is_cap(i - 1)
}

/// The canonical name of a PERSON mention that is `name` after one title word, when `name` is a
/// regnal name (a given name and a Roman numeral: `Leo XIV`, `Charles III`): a pope or monarch
/// is named with the title (`Pope Leo XIV`). Scans the mentions only for such a name.
fn regnal_canonical(name: &str, mentions: &[Mention]) -> Option<String> {
    let (_, numeral) = name.split_once(' ')?;
    let roman = !numeral.is_empty()
        && numeral.len() <= 6
        && numeral
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'));
    if !roman {
        return None;
    }
    mentions
        .iter()
        .filter(|m| m.kind == "PERSON")
        .find(|m| {
            m.canonical
                .split_once(' ')
                .is_some_and(|(title, rest)| rest == name && TITLES.contains_lower(title))
        })
        .map(|m| m.canonical.clone())
}

/// `de`, `van`, `bin` inside a name.
fn is_particle(t: &Toks, i: usize) -> bool {
    t.is_word(i) && NAME_PARTICLES.contains(t.low(i))
}

/// Lower-case title words ending before `r` (`Rovers manager` before a name): their first index.
fn lower_titles_back(t: &Toks, lo: usize, r: usize) -> usize {
    let mut s = r;
    while s > lo && r - s < MAX_ROLE_WORDS && is_role_word(t, s - 1) {
        s -= 1;
    }
    s
}

/// The start of a lower-case title heading a field (`president of basketball operations`)
/// when the field's role words `[s, r)` follow its `of`; else `s`.
fn field_title_back(t: &Toks, lo: usize, s: usize, r: usize) -> usize {
    if s == r || s < lo + 2 || !t.is_word(s - 1) || t.low(s - 1) != "of" {
        return s;
    }
    let head = s - 2;
    if t.is_cap(head) || !t.is_title(head) {
        return s;
    }
    lower_titles_back(t, lo, s - 1)
}

/// The end of the lower-case role words starting at `i` (`general secretary`, `commuter`).
/// One word more when the run ends in a title (`levee district executive director`): an
/// office's field and its title read as one role.
fn lower_titles_forward(t: &Toks, i: usize, n: usize) -> usize {
    let mut e = i;
    while e < n && e - i < MAX_ROLE_WORDS + 1 && is_role_word(t, e) {
        e += 1;
    }
    if e - i > MAX_ROLE_WORDS && !t.is_title(e - 1) {
        e = i + MAX_ROLE_WORDS;
    }
    e
}

/// A lower-case content word that can describe the person named next to it: not a function
/// word, pronoun, cue or adverb (`coach`, `commuter`, `general secretary`).
fn is_role_word(t: &Toks, i: usize) -> bool {
    let w = t.low(i);
    t.is_word(i)
        && !t.is_cap(i)
        && !t.is_stopword(i)
        && !PREPOSITIONS.contains(&w)
        && !DETERMINERS.contains(&w)
        && !ADVERBS.contains(w)
        && !PRONOUNS.contains_key(w)
        && !FINITE_VERBS.contains(w)
        && t.cue_at(i).is_none()
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Reads the capitalized run `[r, k)`: leading sentence words dropped, an honorific and a title
/// split off, the rest the name.
fn name_attr(t: &Toks, r: usize, k: usize) -> Option<Attr> {
    let mut a = r;
    while a < k && t.is_stopword(a) {
        a += 1;
    }
    if a == k {
        return None;
    }
    // `Turkey's Emre Aydın`: an owner before a given name and a surname is no part of the name.
    if let Some(o) = (a..k.saturating_sub(2)).rev().find(|&i| possessive(t, i)) {
        if k - o > 2 && name_gender(t.bare(o + 1)) != Gender::Any {
            a = o + 1;
        }
    }
    let mut gender = Gender::Any;
    let mut title = None;
    // Titles and honorifics end at the last one that still leaves a name after it: `State Sen.
    // Harold P. Byers`, `Meta Chief Product Officer Chris Cox`, `Ms. Ana Ruiz`.
    // A title word that is also a given name (`Dean Walsh`), with one word after it, is the
    // given name.
    let given = |i: usize| i == a && k - a == 2 && given_name(t.bare(i)).is_some();
    let titled = |i: usize| (t.is_title(i) && !given(i)) || t.is_honorific(i);
    if let Some(last) = (a..k - 1).rev().find(|&i| titled(i)) {
        // A gendered honorific (`Mr.`) is no title; `Sen.` and `Mayor` are.
        let proper = |i: usize| titled(i) && !HONORIFIC_GENDER.contains_key(t.bare(i));
        if let Some(first) = (a..=last).find(|&i| proper(i)) {
            let end = (first..=last).rev().find(|&i| proper(i)).unwrap_or(first);
            title = Some(t.text_of(first, end).to_string());
        }
        if let Some(g) = (a..=last).find_map(|i| HONORIFIC_GENDER.get(t.bare(i))) {
            gender = *g;
        }
        a = last + 1;
    }
    // `Ms de Vries said`: a surname may open with its particle after an honorific.
    let particle_led = a + 1 < k && is_particle(t, a) && t.is_cap(a + 1);
    if a == k || !(t.is_cap(a) || particle_led) {
        return None;
    }
    // `Greengrocer Sukru Yildirim`: a job noun before a given name and a surname; `Sheikh
    // Tamal Rashidi`: a title the entities stage drops.
    if title.is_none()
        && k - a >= 3
        && (job_before_name(t.bare(a), t.bare(a + 1)) || name_title(t.text_of(a, k - 1)))
    {
        title = Some(t.text_of(a, a).to_string());
        a += 1;
    }
    // `Siobhan de Vries SC`, `Tom Hale KC`: a barrister's or an honour's letters after a name
    // that opens with a given name are no part of it.
    let k = if k >= a + 3
        && entities::is_post_nominal(t.text_of(k - 1, k - 1).trim_end_matches('.'))
        && given_name(t.bare(a)).is_some()
    {
        k - 1
    } else {
        k
    };
    if (a..k).all(|i| t.is_title(i)) {
        // A title alone, capitalized: `Mayor said` is rare, `the Mayor` is a title reference.
        return None;
    }
    let mut span = t.span_of(a, k - 1);
    let mut name = span.slice(t.text).to_string();
    // `Han Ji-woo`: a family name written first tells no gender; the given name may.
    if gender == Gender::Any {
        gender = family_first_gender(&name)
            .unwrap_or_else(|| mixed_names(&name, name_gender(t.bare(a))));
    }
    for suffix in ["’s", "'s"] {
        if let Some(s) = name.strip_suffix(suffix) {
            name = s.to_string();
            span.end -= suffix.len();
        }
    }
    Some(Attr {
        who: Who::Name { name, gender },
        span,
        title,
    })
}

/// The title in a capitalized run `[r, k)` that stands before a name (`Meta Chief Product
/// Officer`): from its first title word to its end, which must be a title word.
fn title_of_run(t: &Toks, r: usize, k: usize) -> Option<String> {
    if k == r || !t.is_title(k - 1) {
        return None;
    }
    let first = (r..k).find(|&i| t.is_title(i))?;
    Some(t.text_of(first, k - 1).to_string())
}

/// An appositive title `[a, b)` without its determiner (`the chief executive` -> `chief
/// executive`).
fn appositive_title(t: &Toks, a: usize, b: usize) -> String {
    let a = if a < b && DETERMINERS.contains(&t.low(a)) {
        a + 1
    } else {
        a
    };
    // An age is no part of the title: `a 67-year-old retired teacher`.
    let a = if a + 1 < b
        && t.low(a).ends_with("-old")
        && t.low(a).starts_with(|c: char| c.is_ascii_digit())
    {
        a + 1
    } else {
        a
    };
    // A relative clause (`a farmer who grows maize`) says more of the person, not the title.
    let b = (a..b)
        .find(|&k| t.is_word(k) && RELATIVE_WORDS.contains(t.low(k)))
        .unwrap_or(b);
    if a >= b {
        return String::new();
    }
    t.text_of(a, b - 1).to_string()
}

/// Reads the speaker phrase that starts at token `i` (after a cue verb), up to `n`.
fn forward_np(t: &Toks, i: usize, n: usize) -> Option<Attr> {
    if i >= n || !t.is_word(i) {
        return None;
    }
    if let Some(g) = t.pronoun(i) {
        return Some(Attr {
            who: Who::Pronoun(g),
            span: t.toks[i].span,
            title: None,
        });
    }
    // `said producer Marcus Beaulieu-Grant`, `said Caledon chief executive Fiona MacAulay`
    let mut lead = i;
    if t.is_cap(lead) {
        let mut k = cap_run_forward(t, lead, n);
        // `said Local 13 president Ana Ruiz`: a number closes the owner's name.
        if k + 1 < n && numbered_name(t, k) {
            k += 1;
        }
        if k < n && is_role_word(t, k) {
            lead = k;
        }
    }
    let mut title_end = lower_titles_forward(t, lead, n);
    // `said Smith's lawyer, Paul Grant`: the name after an owner's role.
    let owned = lead > i && possessive(t, lead - 1);
    if owned && title_end > lead && title_end + 1 < n && t.punct(title_end) == Some(',') {
        if t.is_cap(title_end + 1) {
            let k = cap_run_forward(t, title_end + 1, n);
            let mut attr = name_attr(t, title_end + 1, k)?;
            attr.title = Some(t.text_of(i, title_end - 1).to_string());
            return Some(attr);
        }
        title_end = lead;
    }
    if !t.is_cap(lead)
        && title_end > lead
        && title_end < n
        && t.is_cap(title_end)
        && !t.is_stopword(title_end)
    {
        let k = cap_run_forward(t, title_end, n);
        let mut attr = name_attr(t, title_end, k)?;
        attr.title = Some(t.text_of(lead, title_end - 1).to_string());
        return Some(attr);
    }
    if t.is_cap(i) {
        let k = cap_run_forward(t, i, n);
        // `said Assistant Commissioner of Police Joseph Okello`: a title, its field and the
        // holder's name in one run after `of`.
        if k + 1 < n && k > i && t.low(k) == "of" && t.is_title(k - 1) {
            let e = cap_run_forward(t, k + 1, n);
            let holder = field_name_start(t, k + 1, e).and_then(|s| {
                let mut a = name_attr(t, s, e)?;
                a.title = a.title.or_else(|| Some(t.text_of(i, s - 1).to_string()));
                Some(a)
            });
            if let Some(attr) = holder.filter(|a| matches!(a.who, Who::Name { .. })) {
                return Some(attr);
            }
        }
        let mut attr = name_attr(t, i, k)?;
        // `said X, the chief executive.`
        if k + 1 < n && t.punct(k) == Some(',') {
            let end = (k + 1..n).find(|&e| !t.is_word(e)).unwrap_or(n);
            if end > k + 1 && (k + 1..end.min(k + 5)).any(|e| t.is_title(e)) {
                attr.title = Some(appositive_title(t, k + 1, end));
            }
        }
        return Some(attr);
    }
    let end = (i..n.min(i + 10))
        .find(|&e| !t.is_word(e))
        .unwrap_or(n.min(i + 10));
    if !DETERMINERS.contains(&t.low(i)) {
        // `say parents`, `said officials`: a bare plural.
        let e = lower_titles_forward(t, i, n);
        let plural = e > i && (t.low(e - 1).ends_with('s') || ORG_NOUNS.contains(t.bare(e - 1)));
        // `said businesses on the quays had been given "…"`: a finite verb after the plural
        // makes it the subject of the reported clause, not the speaker.
        let clause = (e..end).any(|e| FINITE_VERBS.contains(t.low(e)));
        if plural && (e == n || !t.is_cap(e)) && !clause {
            return Some(classify_phrase(t, i, e));
        }
        return None;
    }
    // `said his lawyer, Ana Ruiz, "…"`: a role, then the name it gives in apposition.
    if end > i + 1 && end - i <= 4 && end + 1 < n && t.punct(end) == Some(',') && t.is_cap(end + 1)
    {
        let role = classify_phrase(t, i, end);
        let k = cap_run_forward(t, end + 1, n);
        let closed = k == n || matches!(t.punct(k), Some(',' | '.'));
        // `the party's energy spokesman, Tomas Kerrow`: an owner may open the role.
        let owner = |e: usize| e == i + 1 && possessive(t, e);
        let roles =
            (i + 1..end).all(|e| is_role_word(t, e) || (t.is_title(e) && !t.is_cap(e)) || owner(e));
        // `said the rider, Brian Langat, 27`: a lower-case noun no organization is called by,
        // named in apposition.
        let noun =
            end == i + 2 && !t.is_cap(i + 1) && matches!(role.who, Who::Org { any_org: false, .. });
        if closed && ((roles && !matches!(role.who, Who::Org { .. } | Who::Someone { .. })) || noun)
        {
            if let Some(mut attr) = name_attr(t, end + 1, k) {
                if matches!(attr.who, Who::Name { .. }) {
                    attr.title = attr
                        .title
                        .or_else(|| Some(t.text_of(i + 1, end - 1).to_string()));
                    return Some(attr);
                }
            }
        }
    }
    // `said the past month had been "…"`: a clause, not a speaker; `a woman who had lost`
    // is one.
    let clause = (i..end)
        .take_while(|&e| !matches!(t.low(e), "who" | "whose" | "that"))
        .any(|e| FINITE_VERBS.contains(t.low(e)));
    if clause {
        return None;
    }
    Some(classify_phrase(t, i, end))
}

/// Where an attribution was found, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    /// Between the parts of an interrupted quotation.
    Between,
    /// Introducing the quotation: `X said: "…"`.
    Intro,
    /// Right after it: `"…," X said`.
    After,
    /// Elsewhere in the sentence before it: `she warned it would "…"`.
    Loose,
}

/// What follows a quotation's attribution: another quotation part after a comma (an
/// interruption) or something else.
struct After {
    attr: Option<Attr>,
    /// The opening mark that follows `, ` after the attribution, when it does.
    resumes_at: Option<usize>,
}

/// Snaps `pos` down to a character boundary.
fn floor_boundary(text: &str, mut pos: usize) -> usize {
    pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

fn ceil_boundary(text: &str, mut pos: usize) -> usize {
    pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

/// Reads the words after a closing mark at `from`, up to `limit`, for `"…," said X` or
/// `"…," X said`.
///
/// When the quotation ended its sentence (`."`) and a capitalized word follows, the words after
/// it are a new sentence: they attribute the quotation only if the cue ends them (`"…." Smith
/// said.`), not if it starts a statement of its own (`Smith said the plan…`).
fn read_after(text: &str, from: usize, limit: usize, sentence_ended: bool) -> After {
    let end = floor_boundary(text, limit.min(from + WINDOW_BYTES)).max(from);
    // Read only as far as the attribution goes (the words after its stop are no part of it):
    // the window runs on to the next quote mark, often a sentence or more later.
    let mut reader = Reader::new(text, Span::new(from, end), true);
    // The attribution stops at a sentence end, a colon or semicolon, or a quote mark. A short
    // aside in parentheses (`president of the Freight Association (FA), "…"`) does not stop it.
    let stops = |c: char| ".!?;:()".contains(c) || is_quote_char(c);
    let mut stop = 0;
    while reader.fill(stop) {
        match reader.toks.punct(stop) {
            Some('(') => {
                reader.fill(stop + 7);
                let t = &reader.toks;
                let close = (stop + 1..t.len().min(stop + 8))
                    .find(|&e| t.punct(e).is_some_and(stops))
                    .filter(|&e| t.punct(e) == Some(')'));
                match close {
                    Some(e) => stop = e + 1,
                    None => break,
                }
            }
            Some(c) if stops(c) => break,
            _ => stop += 1,
        }
    }
    // What follows reads the tokens before the stop, the stop, and at most a token or two
    // after a phrase's last word: a margin past the stop keeps every such read as it was.
    reader.fill(stop + READ_AFTER_MARGIN);
    let t = reader.toks;
    // `"…," he said, "…"`, or with a dash when the words resume in lower case (`"…," he
    // said — "not even close."`).
    let lower_next = || {
        text.get(t.toks[stop].span.end..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase)
    };
    let resumes_at = (stop < t.len()
        && stop > 0
        && t.punct(stop).is_some_and(is_quote_char)
        && (t.punct(stop - 1) == Some(',')
            || (matches!(t.punct(stop - 1), Some('—' | '–')) && lower_next())))
    .then(|| t.toks[stop].span.start);
    let mut i = 0;
    while i < stop && t.punct(i).is_some_and(|c| ",—–-".contains(c)) {
        i += 1;
    }
    let mut attr = None;
    if i < stop {
        if let Some(len) = t.cue_at(i) {
            attr = forward_np(&t, i + len, stop);
        } else if let Some(j) =
            (i + 1..stop.min(i + cue_reach(&t, i, stop))).find(|&j| t.cue_at(j).is_some())
        {
            let after_cue = j + t.cue_at(j).unwrap_or(1);
            let ends = after_cue >= stop
                || !t.is_word(after_cue)
                || PREPOSITIONS.contains(&t.low(after_cue))
                || t.low(after_cue) == "reporters";
            if !(sentence_ended && t.is_cap(i)) || ends {
                if let Some((mut a, first)) = backward_np(&t, i, j) {
                    // `"…," van der Linde, the chief technology officer, said`: a surname
                    // opening with its particles right after the quotation.
                    if first > i && (i..first).all(|x| is_particle(&t, x)) {
                        if let Who::Name { name, .. } = &mut a.who {
                            if a.span.start == t.toks[first].span.start {
                                a.span.start = t.toks[i].span.start;
                                *name = a.span.slice(t.text).to_string();
                                attr = Some(a);
                            }
                        }
                    } else if first == i {
                        attr = Some(a);
                    }
                }
            }
        }
    }
    After {
        resumes_at: resumes_at.filter(|_| attr.is_some()),
        attr,
    }
}

/// How many tokens after `i` the cue of a `"…," X said` attribution may stand: a short
/// name-and-title phrase, or further when a relative clause in commas follows the name
/// (`"…," Ana Ruiz, who remains chief executive and holds about 31% of the shares, said`).
fn cue_reach(t: &Toks, i: usize, stop: usize) -> usize {
    let relative = (i + 1..stop.min(i + 6)).any(|c| {
        c + 1 < stop && t.punct(c) == Some(',') && matches!(t.low(c + 1), "who" | "whose")
    });
    if relative {
        24
    } else {
        14
    }
}

/// The tokens from `from` (within a window) to `to` and the index of the first token of the
/// last sentence among them: the sentence a quotation opening at `to` follows or opens in.
fn last_sentence(text: &str, from: usize, to: usize) -> Option<(Toks<'_>, usize)> {
    let mut from = ceil_boundary(text, from.max(to.saturating_sub(WINDOW_BYTES)));
    if from >= to {
        return None;
    }
    // Nothing before a double quote mark belongs to this quotation's sentence.
    if let Some(end) = last_double_quote_end(&text.as_bytes()[from..to]) {
        from += end;
    }
    // Only the sentence the quotation opens in. Its first token follows the window's last stop
    // token, so the window is read from the chunk (the text after a space) that holds the last
    // byte that may be one, and from further back only when no stop is found there: the
    // tokens read are the last ones of the whole window (no token holds white space, and the
    // window holds no double quote mark, the only mark a nickname opens with), and whether a
    // token is a stop depends on it and its neighbours alone, which are the same.
    let bytes = text.as_bytes();
    let mut upto = to;
    for _ in 0..LAST_SENTENCE_TRIES {
        let Some(c) = (from..upto)
            .rev()
            .find(|&p| may_end_sentence(bytes, from, to, p))
        else {
            break;
        };
        let c = c - from;
        let chunk = bytes[from..from + c]
            .iter()
            .rposition(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
            .map_or(from, |w| from + w + 1);
        let tail = Toks::new(text, Span::new(chunk, to));
        if let Some(i) = last_stop(&tail) {
            return (i + 1 < tail.len()).then_some((tail, i + 1));
        }
        if chunk == from {
            // The whole window, with no stop in it.
            return (tail.len() > 0).then_some((tail, 0));
        }
        upto = chunk;
    }
    let all = Toks::new(text, Span::new(from, to));
    let lo = last_stop(&all).map_or(0, |i| i + 1);
    if lo >= all.len() {
        return None;
    }
    Some((all, lo))
}

/// The end (the byte after it) of the last double quote mark (`"`, `“`, `”`, `„`, `«`, `»`)
/// in `b`, a whole run of UTF-8 characters. A byte scan: each of those marks is `"` or starts
/// with the byte `0xE2` or `0xC2`, which `memrchr3` finds without decoding a character, and
/// those lead bytes are rare in a window of text.
fn last_double_quote_end(b: &[u8]) -> Option<usize> {
    let mut end = b.len();
    while let Some(p) = memchr::memrchr3(b'"', 0xE2, 0xC2, &b[..end]) {
        let len = match b[p] {
            b'"' => 1,
            0xE2 if b.get(p + 1) == Some(&0x80) && matches!(b.get(p + 2), Some(0x9C..=0x9E)) => 3,
            0xC2 if matches!(b.get(p + 1), Some(0xAB | 0xBB)) => 2,
            _ => 0,
        };
        if len > 0 {
            return Some(p + len);
        }
        end = p;
    }
    None
}

/// How many chunks [`last_sentence`] reads back to its window's last stop before it reads the
/// whole window (an abbreviation's or a possessive's mark is no stop, and a window with many
/// would be read again and again).
const LAST_SENTENCE_TRIES: usize = 3;

/// The index of the last token of `t` that ends a sentence or clause (a full stop, `!`, `?`,
/// `;`, or a quote mark other than a possessive's).
fn last_stop(t: &Toks) -> Option<usize> {
    (0..t.len()).rev().find(|&i| {
        t.punct(i)
            .is_some_and(|c| ".!?;".contains(c) || is_quote_char(c))
            && !possessive_in_name(t, i)
            && !plural_possessive(t, i)
    })
}

/// True when byte `p` of the window `[from, to)` (which holds no double quote mark) may be
/// (the last byte of) a token [`last_stop`] finds: `.`, `!`, `?`, `;`, `'`, or the last byte
/// of `‘` or `’` (or of another character ending in that byte, which only costs a read). A
/// stop or apostrophe (not `‘`) between two ASCII letters or digits (`U.S`, `3.5`, `don't`,
/// `Smith’s`) joins them into one word, as the lexer reads it, and is none.
fn may_end_sentence(bytes: &[u8], from: usize, to: usize, p: usize) -> bool {
    let inside = |a: usize, b: usize| {
        a > from
            && b + 1 < to
            && bytes[a - 1].is_ascii_alphanumeric()
            && bytes[b + 1].is_ascii_alphanumeric()
    };
    match bytes[p] {
        b'.' | b'\'' => !inside(p, p),
        b'!' | b'?' | b';' | 0x98 => true,
        0x99 => {
            !(p >= from + 2 && bytes[p - 2] == 0xE2 && bytes[p - 1] == 0x80 && inside(p - 2, p))
        }
        _ => false,
    }
}

/// The description of an unnamed speaker (`A spokesman for the bureau`) that is the subject
/// of a cue verb in the sentence ending right before `to`, in `[from, to)`, when it may be of
/// gender `g`.
fn described_before(text: &str, from: usize, to: usize, g: Gender) -> Option<Attr> {
    let body = text.get(from..to)?.trim_end();
    if body.len() < 2 || !body.ends_with('.') || body.ends_with("...") {
        return None;
    }
    let stop = from + body.len() - 1;
    let (all, lo) = last_sentence(text, from, stop)?;
    let (attr, _) = before_in(&all, lo)?;
    // The sentence's subject: it opens the sentence (not `…, which officials say`).
    if all.toks[lo].span.start != attr.span.start {
        return None;
    }
    match &attr.who {
        Who::Description(d)
            if matches!(description_gender(d), Gender::Any) || description_gender(d) == g =>
        {
            Some(attr)
        }
        _ => None,
    }
}

/// The person named as the subject of a sentence with no cue word (the tokens `all` from
/// index `lo`, as [`last_sentence`] gives them):
/// `Arben Dushku, a fishing guide, watched the ruling on his phone.` before a quotation that
/// opens the next sentence of the paragraph, which is theirs.
fn named_subject(all: &Toks, lo: usize) -> Option<Attr> {
    let n = all.len();
    if (lo..n).any(|j| all.cue_at(j).is_some()) {
        return None;
    }
    colon_subject(all, lo, n).filter(|a| matches!(a.who, Who::Name { .. }))
}

/// Reads the words before an opening mark, `[from, to)`, for `X said: "…"` (intro) or a cue
/// earlier in the sentence (loose).
fn read_before(text: &str, from: usize, to: usize) -> Option<(Attr, Source)> {
    let (all, lo) = last_sentence(text, from, to)?;
    before_in(&all, lo)
}

/// [`read_before`] on a sentence already read: the tokens `all` and the index `lo` of the
/// sentence's first token, as [`last_sentence`] gives them (so a caller that asks more of the
/// same sentence reads it once).
fn before_in(all: &Toks, lo: usize) -> Option<(Attr, Source)> {
    let n = all.len();
    let intro = matches!(all.punct(n - 1), Some(':' | ',' | '—' | '–'));
    let mut cues = (lo..n).rev().filter(|&j| all.cue_at(j).is_some());
    let Some(cue) = cues.next() else {
        return if all.punct(n - 1) == Some(':') {
            colon_subject(all, lo, n - 1).map(|a| (a, Source::Intro))
        } else {
            None
        };
    };
    let end = if intro { n - 1 } else { n };
    // A cue word that names nobody (`compensation claims had doubled`) leaves the one before
    // it: `A spokeswoman said compensation claims had doubled and that "…"`.
    std::iter::once(cue)
        .chain(cues.take(2))
        .find_map(|cue| cue_speaker(all, lo, cue, end, intro))
        // `Speaking to residents in the gym, he struck a cautious note:`: a cue that names
        // nobody leaves the sentence's subject to introduce the quotation.
        .or_else(|| {
            (all.punct(n - 1) == Some(':'))
                .then(|| colon_subject(all, lo, n - 1))
                .flatten()
                .map(|a| (a, Source::Intro))
        })
}

/// The speaker a cue word at token `cue` names, in the sentence from token `lo` to `end`, for
/// [`read_before`].
fn cue_speaker(
    all: &Toks,
    lo: usize,
    cue: usize,
    end: usize,
    intro: bool,
) -> Option<(Attr, Source)> {
    let n = all.len();
    let len = all.cue_at(cue).unwrap_or(1);
    // A colon introduces what follows however long the clause (`He described the arrangement in
    // a sermon last year:`); a comma only right after the cue and its object.
    let colon = all.punct(n - 1) == Some(':');
    let source = if intro && (colon || end - (cue + len) <= 5) {
        Source::Intro
    } else {
        Source::Loose
    };
    // `A spokesman …, said sales were up, calling it "…"`: a participle after a comma shares
    // the subject of the clause's verb; an earlier cue of the sentence names it.
    if cue > lo
        && all.punct(cue - 1) == Some(',')
        && all.low(cue).ends_with("ing")
        && (lo..cue - 1).any(|j| all.cue_at(j).is_some())
    {
        return None;
    }
    if all.low(cue) == "according" {
        let stop = (cue + len..end).find(|&i| !all.is_word(i)).unwrap_or(end);
        return forward_np(all, cue + len, stop).map(|a| (a, source));
    }
    if let Some((a, _)) = backward_np(all, lo, cue) {
        return Some((a, source));
    }
    // `Tomas Rell, 41, a driver who was pulled from the water, described the final minutes:`:
    // a long apposition hides the subject from the cue, but the sentence opens with it; what
    // follows the verb is its object, not a speaker.
    if let Some(a) = colon_subject(all, lo, cue) {
        return Some((a, source));
    }
    // A speaker after the cue only where the clause opens with it (`Said the mayor:`, `…,
    // added Ruiz:`); after a subject the cue has (`it had asked Chinese companies to "…"`) the
    // words after it are its object.
    let opens = cue == lo || all.punct(cue - 1).is_some();
    opens
        .then(|| forward_np(all, cue + len, end))
        .flatten()
        .map(|a| (a, source))
}

/// True when token `i` is the apostrophe of a plural possessive inside a name (`Supporters'
/// Trust`), not a quote mark.
/// True when the mark at `i` makes a plural possessive in running text (`the traders'
/// association`): it follows a word ending in `s` and comes before a noun, not a cue or pronoun
/// as a closing quote mark would (`… the jobs' he said`).
fn plural_possessive(t: &Toks, i: usize) -> bool {
    matches!(t.punct(i), Some('\'' | '’'))
        && i > 0
        && i + 1 < t.len()
        && t.is_word(i - 1)
        && t.low(i - 1).ends_with('s')
        && t.toks[i - 1].span.end == t.toks[i].span.start
        && t.is_word(i + 1)
        && !t.is_cap(i + 1)
        && t.pronoun(i + 1).is_none()
        && t.cue_at(i + 1).is_none()
}

fn possessive_in_name(t: &Toks, i: usize) -> bool {
    matches!(t.punct(i), Some('\'' | '’'))
        && i > 0
        && i + 1 < t.len()
        && t.is_cap(i - 1)
        && t.low(i - 1).ends_with('s')
        && t.is_cap(i + 1)
        && t.toks[i - 1].span.end == t.toks[i].span.start
}

/// The subject of a sentence that introduces a quotation with a colon but no cue verb
/// (`Byers put it bluntly: "…"`): a name or pronoun opening the sentence, before a verb.
fn colon_subject(t: &Toks, lo: usize, end: usize) -> Option<Attr> {
    // `In his words:`, `In her own words:`: the owner speaks; `In the words of Ana Ruiz:`.
    if end > lo + 2 && t.low(lo) == "in" && t.low(end - 1) == "words" {
        let mid = (lo + 1..end - 1).filter(|&i| t.low(i) != "own");
        if let (1, Some(i)) = (mid.clone().count(), mid.clone().next()) {
            if let Some(&g) = POSSESSIVES.get(t.low(i)) {
                return Some(Attr {
                    who: Who::Pronoun(g),
                    span: t.toks[i].span,
                    title: None,
                });
            }
        }
    }
    if end > lo + 4
        && t.low(lo) == "in"
        && t.low(lo + 1) == "the"
        && t.low(lo + 2) == "words"
        && t.low(lo + 3) == "of"
        && cap_run_forward(t, lo + 4, end) == end
    {
        return name_attr(t, lo + 4, end);
    }
    // `A spokesman for the union put it plainly:`
    if let Some(attr) = described_subject(t, lo, end) {
        return Some(attr);
    }
    // `Speaking to residents in the gym, he struck a cautious note:`: a fronted phrase (a
    // participle or a preposition first) and its comma come before the subject.
    if lo < end && t.is_word(lo) {
        let w = t.low(lo);
        // A participle goes on in lower case (`Speaking to`, `Asked about`); a name ending
        // the same way does not (`Ahmed, the driver,`, `Manning Clark`).
        let participle = (w.ends_with("ing") || w.ends_with("ed"))
            && lo + 1 < end
            && t.is_word(lo + 1)
            && !t.is_cap(lo + 1)
            && given_name(w).is_none();
        let fronted = participle || PREPOSITIONS.contains(&w) || t.is_stopword(lo);
        if let Some(c) = (lo + 1..end)
            .find(|&i| t.punct(i) == Some(','))
            .filter(|_| fronted)
        {
            // The subject after the comma is in lower case when it is a pronoun.
            let a = c + 1;
            if let Some(g) = (a < end).then(|| t.pronoun(a)).flatten() {
                return (a + 1 < end && t.is_word(a + 1) && !t.is_cap(a + 1)).then(|| Attr {
                    who: Who::Pronoun(g),
                    span: t.toks[a].span,
                    title: None,
                });
            }
            return colon_subject(t, a, end);
        }
    }
    let mut a = lo;
    // `Asked about it, the minister was cautious:`: after a fronted phrase the subject's
    // article is in lower case.
    let the = lo < end && t.low(lo) == "the";
    while a < end && t.is_word(a) && !t.is_cap(a) && !the {
        a += 1; // lower-case words can only come before a capitalized subject in a fragment
    }
    if a != lo || a >= end {
        return None;
    }
    // `Its general secretary, Fiona Drummond, made the point in a statement:`, `Trnava's
    // mayor, Ivan Lipták, put it bluntly:`: a title, then the name between commas, then the
    // predicate.
    let owner = owner_name(t, a);
    if owner || matches!(t.low(a), "its" | "his" | "her" | "their" | "our" | "the") {
        let c = (a + 1..end.min(a + 7)).find(|&i| !t.is_word(i));
        if let Some(c) = c.filter(|&c| t.punct(c) == Some(',') && (a + 1..c).any(|i| t.is_title(i)))
        {
            let k = cap_run_forward(t, c + 1, end);
            if k > c + 1
                && k + 1 < end
                && t.punct(k) == Some(',')
                && t.is_word(k + 1)
                && !t.is_cap(k + 1)
            {
                let mut attr = name_attr(t, c + 1, k)?;
                // The owner's name is part of the title (`Trnava's mayor`), a pronoun is not.
                let from = if owner { a } else { a + 1 };
                attr.title = attr
                    .title
                    .or_else(|| Some(t.text_of(from, c - 1).to_string()));
                return Some(attr);
            }
        }
    }
    // `The Wigan chairman's statement read:`, `The premier's office said in a statement:`
    if t.low(a) == "the" {
        let h = (a + 1..end.min(a + 4))
            .take_while(|&i| t.is_word(i))
            .find(|&i| !t.is_cap(i))
            .filter(|&h| t.is_title(h) && (a + 1..h).all(|i| t.is_cap(i)));
        if let Some(h) = h {
            if possessive(t, h) && h + 1 < end && ORG_NOUNS.contains(t.bare(h + 1)) {
                return Some(classify_phrase(t, a, h + 2));
            }
        }
    }
    // `The governor was blunt:`
    if t.low(a) == "the" && a + 2 < end && (t.is_title(a + 1) || ORG_NOUNS.contains(t.bare(a + 1)))
    {
        return Some(classify_phrase(t, a, a + 2));
    }
    if t.low(a) == "the" {
        let h = (a + 1..end.min(a + 4))
            .take_while(|&i| t.is_word(i))
            .find(|&i| !t.is_cap(i))
            .filter(|&h| h > a + 1 && t.is_title(h) && (a + 1..h).all(|i| t.is_cap(i)));
        if let Some(h) = h {
            let mut attr = classify_phrase(t, a, h + 1);
            if let Who::Title { phrase, .. } = &mut attr.who {
                let bare = bare_str(phrase).len();
                phrase.truncate(bare);
            }
            return Some(attr);
        }
    }
    // `Her voice cracked as she spoke to the crowd:`: the owner speaks.
    if let Some(&g) = POSSESSIVES.get(t.low(a)) {
        return (a + 1 < end && t.is_word(a + 1) && !t.is_cap(a + 1)).then(|| Attr {
            who: Who::Pronoun(g),
            span: t.toks[a].span,
            title: None,
        });
    }
    if let Some(g) = t.pronoun(a) {
        return (a + 1 < end && t.is_word(a + 1) && !t.is_cap(a + 1)).then(|| Attr {
            who: Who::Pronoun(g),
            span: t.toks[a].span,
            title: None,
        });
    }
    let k = cap_run_forward(t, a, end);
    // `Club captain Jason Kerr's message was simple:`: a title before the name.
    if k < end && is_role_word(t, k) {
        let s = lower_titles_forward(t, k, end);
        if s < end && t.is_cap(s) && (k..s).any(|i| t.is_title(i)) {
            let e = cap_run_forward(t, s, end);
            let mut attr = name_attr(t, s, e)?;
            attr.title = attr.title.or_else(|| Some(t.text_of(a, s - 1).to_string()));
            return Some(attr);
        }
    }
    // `Minister of Energy and Mines Senait Habte spoke to workers:`: a title, its field, then
    // the holder's name, whose words no field is named in.
    if k == a + 1 && k < end && t.is_title(a) && matches!(t.low(k), "of" | "for") {
        let mut e = k + 1;
        while e < end && t.is_word(e) && (t.is_cap(e) || matches!(t.low(e), "and" | "of" | "the")) {
            e += 1;
        }
        let mut s = e;
        while s > k + 2 && t.is_cap(s - 1) && !entities::is_portfolio_field(t.bare(s - 1)) {
            s -= 1;
        }
        let verb_after = e < end && t.is_word(e) && !t.is_cap(e);
        if (2..=4).contains(&(e - s)) && verb_after && t.is_cap(s) {
            let mut attr = name_attr(t, s, e)?;
            attr.title = attr.title.or_else(|| Some(t.text_of(a, s - 1).to_string()));
            return Some(attr);
        }
    }
    // `Energy and Petroleum Cabinet Secretary Halima Abdi Noor defended the review, saying`: a
    // portfolio of two fields joined by `and`, then the title and its holder; the first field
    // alone is no subject.
    if k < end && t.low(k) == "and" {
        let e = cap_run_forward(t, k + 1, end);
        if e > k + 2 && (k + 1..e - 1).any(|i| t.is_title(i)) {
            if let Some(mut attr) = name_attr(t, k + 1, e) {
                if let Some(s) = (k + 1..e).find(|&i| t.toks[i].span.start == attr.span.start) {
                    if s > k + 1 && t.is_title(s - 1) {
                        attr.title = Some(t.text_of(a, s - 1).to_string());
                        return Some(attr);
                    }
                }
            }
        }
    }
    // A headline's `Minister:`: a title alone, its holder named in the text.
    if k == a + 1 && k == end && t.is_title(a) {
        let head = t.bare(a).to_string();
        return Some(Attr {
            who: Who::Title {
                phrase: head.clone(),
                head,
            },
            span: t.toks[a].span,
            title: Some(t.text_of(a, a).to_string()),
        });
    }
    // `Byers put it bluntly:`, or a headline's `Musk:`
    let followed =
        k == end || (k < end && (t.punct(k) == Some(',') || (t.is_word(k) && !t.is_cap(k))));
    if k == a || !followed {
        return None;
    }
    name_attr(t, a, k)
}

/// Joins quotations interrupted by an attribution (`"…," said X, "…"`) into one.
fn merge_interruptions(text: &str, blocks: &[Block], raws: &[Raw], groups: &mut Vec<Group>) {
    let mut out: Vec<Group> = Vec::with_capacity(groups.len());
    // The last outer group, which a following part may join.
    let mut last_outer: Option<usize> = None;
    for g in groups.drain(..) {
        if g.within.is_none() {
            if let Some(p) = last_outer {
                let prev = &out[p];
                let last = &raws[*prev.parts.last().expect("a group has parts")];
                let first = &raws[g.parts[0]];
                // A part that ends its sentence (`."`) is not interrupted: what follows is new.
                let ended = last.content.slice(text).ends_with(['.', '!', '?']);
                if !last.unclosed && !ended && last.block == first.block {
                    let after = read_after(
                        text,
                        last.end,
                        blocks[last.block].span.end,
                        ends_sentence(last.content.slice(text)),
                    );
                    if after.resumes_at == Some(first.open) {
                        let prev = &mut out[p];
                        if prev.between.is_none() {
                            prev.between = after.attr;
                        }
                        prev.parts.extend(g.parts.iter().copied());
                        continue;
                    }
                    // Not joined: the part stays its group's last (the next group becomes the
                    // one a later part may join), and `attribute` reads this same window.
                    out[p].after = Some(after.attr);
                }
            }
            last_outer = Some(out.len());
        }
        out.push(g);
    }
    *groups = out;
}

// ---------------------------------------------------------------------------------------------
// Step 4: who is who.

/// The subject of a sentence, as [`Known::follow_up`] reads it.
enum Subject {
    /// A person or an unnamed described one, with the one a question verb addresses.
    Person(Person, Option<Person>),
    /// A pronoun of that gender: someone named before.
    Pronoun(Gender),
    /// An organization, or nobody the rules can read.
    Other,
}

/// A person or organization the article names, with where it is named.
#[derive(Clone, Debug)]
struct Person {
    name: String,
    title: Option<String>,
    gender: Gender,
    pos: usize,
    org: bool,
    /// Named only by a run of capitalized words that looks like a personal name.
    weak: bool,
}

impl Person {
    /// An organization named at `pos`: it speaks as a body does, with no title or gender.
    fn body(name: String, pos: usize) -> Person {
        Person {
            name,
            title: None,
            gender: Gender::Any,
            pos,
            org: true,
            weak: false,
        }
    }
}

/// What the article tells about its people: those named with a title, an honorific or a known
/// given name (or found by the entities stage), and the speakers resolved so far.
struct Known<'t> {
    /// The article.
    text: &'t str,
    /// Sorted by position.
    people: Vec<Person>,
    /// In the order they were resolved, which is text order.
    speakers: Vec<Person>,
    /// Names of two or more words by their last word (lower case), with where they stand.
    surnames: FastMap<String, Vec<(usize, String)>>,
    /// Names of three or four words by each inner word, with where they stand: a later mention
    /// may use a first surname alone (`Rosa Quispe Huamán` -> `Quispe`).
    inner: FastMap<String, Vec<(usize, String)>>,
    /// How often each capitalized word ends a run: who the article is about, when nothing else
    /// tells whom a pronoun means.
    counts: FastMap<&'t str, usize>,
    /// What the article tells of each full name: gender and title, wherever it says so.
    facts: FastMap<String, (Gender, Option<String>)>,
    /// The article's sentences, which the follow-up policy walks back over.
    sentences: &'t [Sentence],
    /// What the outer quotations hold: no subject of the narrative stands inside.
    quoted: Vec<Span>,
    /// Names the entities stage cut short (`Winnie Lau Suet` of `Winnie Lau Suet-ying`, where
    /// a hyphen stopped it), with the full name found at the same place.
    longer: FastMap<String, String>,
    /// Names of three or four words by their first two, with where they stand: a later mention
    /// may use the given names alone (`Ahmad Faizal` for `Ahmad Faizal bin Yusof`).
    heads: FastMap<String, Vec<(usize, String)>>,
    /// Where the entities stage names an organization, with its canonical name, in text order:
    /// kept apart from `people`, where a name of a person's shape that speaks may have become
    /// a person (`Minera Andina del Sur, the unit of …, said`).
    orgs: Vec<(usize, String)>,
    /// The tokens of each window [`Known::sentence_subject`] has read, by its span: the
    /// follow-up policy asks of the same earlier sentences for every pronoun after them.
    subject_toks: RefCell<FastMap<(usize, usize), Rc<Toks<'t>>>>,
}

/// Keeps the more telling of what is known of a name.
fn add_fact(
    facts: &mut FastMap<String, (Gender, Option<String>)>,
    name: &str,
    gender: Gender,
    title: &Option<String>,
) {
    let fact = facts.entry(name.to_string()).or_insert((Gender::Any, None));
    if fact.0 == Gender::Any {
        fact.0 = gender;
    }
    if fact.1.is_none() {
        fact.1.clone_from(title);
    }
}

/// True when `, NN,` follows `end`: an age of one to three digits set off by commas.
fn age_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with(',')
}

/// The gender a description of an unnamed speaker tells by its head noun: the last word before
/// any `for`, `of`, `at`, `who` (`a spokeswoman for the council` -> female).
fn description_gender(d: &str) -> Gender {
    let head = d
        .split(' ')
        .take_while(|w| !PREPOSITIONS.contains(w) && !matches!(*w, "who" | "whose" | "that"))
        .last()
        .unwrap_or_default();
    NOUN_GENDER
        .get(&*lexicon::lower(bare_str(head)))
        .copied()
        .unwrap_or(Gender::Any)
}

/// The cue verb whose subject is a name ending at `end`: right after it, or after an apposition
/// or relative clause between commas, past adverbs (`Kaya said`, `Ana Ruiz, 34, said`, `Ana
/// Ruiz, whose firm ran the shows, quickly said`). The tokens read and the cue's index.
fn cue_after_name(text: &str, end: usize) -> Option<(Toks<'_>, usize)> {
    let hi = floor_boundary(text, end + 160).max(end);
    // Most names are followed by none of a comma, an adverb or a cue word: the first token
    // tells, before the window is read.
    let first = match Lexer::new(text, Span::new(end, hi)).next_tok() {
        None => return None,
        Some((span, false, _)) => span.slice(text) == ",",
        Some((span, true, _)) => lexicon::with_lower(span.slice(text), |low| {
            ADVERBS.contains(low) || CUES.contains_key(low)
        }),
    };
    if !first {
        return None;
    }
    // The window's tokens are read only as far as they are asked for: the apposition, the
    // adverbs, the cue and the word or two after it (see [`cue_pronoun_gender`]).
    let mut r = Reader::new(text, Span::new(end, hi), true);
    let mut i = 0;
    if r.fill(0) && r.toks.punct(0) == Some(',') {
        // The apposition's closing comma within 23 tokens and before any stop, read a token
        // at a time: most appositions are short, and a stop ends the search early.
        let mut k = 1;
        i = loop {
            if k >= 24 || !r.fill(k) {
                return None;
            }
            match r.toks.punct(k) {
                Some(',') => break k + 1,
                Some(c) if ".;:!?".contains(c) => return None,
                _ => k += 1,
            }
        };
    }
    while r.fill(i) && r.toks.is_word(i) && ADVERBS.contains(r.toks.low(i)) {
        i += 1;
    }
    // Every cue phrase from `i`, and `that` and the pronoun after it.
    r.fill(i + *LONGEST_CUE + 1);
    let t = r.toks;
    (i < t.len() && t.cue_at(i).is_some()).then_some((t, i))
}

/// Whether a cue verb follows a name ending at `end` ([`cue_after_name`]), and if so the gender
/// a pronoun right after it tells ([`cue_pronoun_gender`]; `Any` when none does): `Kaya said
/// he…`, `Ana Ruiz, 34, said her…`. What [`Known::gather`] asks of a name.
fn cue_after_name_gender(text: &str, end: usize) -> Option<Gender> {
    cue_after_name(text, end).map(|(t, i)| cue_pronoun_gender(&t, i))
}

/// The gender the pronoun right after the cue verb at token `cue` tells of its subject: `said
/// he`, `said that she`, `said his`; not `told her`, where `her` is the one addressed.
fn cue_pronoun_gender(t: &Toks, cue: usize) -> Gender {
    let n = t.len();
    let mut j = cue + t.cue_at(cue).unwrap_or(1);
    if j < n && t.low(j) == "that" {
        j += 1;
    }
    if j >= n || !t.is_word(j) {
        return Gender::Any;
    }
    let possessive = || {
        (!ADDRESSING_CUES.contains(t.low(cue)))
            .then(|| POSSESSIVES.get(t.low(j)))
            .flatten()
    };
    match PRONOUNS.get(t.low(j)).or_else(possessive) {
        Some(&g @ (Gender::Male | Gender::Female)) => g,
        _ => Gender::Any,
    }
}

/// The gender a noun in apposition after a name at `end` tells (`Ana Ruiz, a mother of two,`,
/// `Tama Rawiri, 47, a fisherman,`): the head of the phrase between the commas, the last word
/// before a preposition or relative word.
fn appositive_gender(text: &str, end: usize) -> Gender {
    let Some(mut rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return Gender::Any;
    };
    if age_after(text, end) {
        rest = rest.split_once(", ").map_or("", |(_, after)| after);
    }
    let phrase = rest
        .get(..rest.len().min(80))
        .or_else(|| rest.get(..floor_boundary(rest, 80)))
        .unwrap_or_default();
    let clause = phrase
        .split([',', '.', ';', ':', '(', ')'])
        .next()
        .unwrap_or_default();
    // Only a lower-case phrase that opens with a determiner is an apposition.
    let mut words = clause.split(' ');
    if !words
        .next()
        .is_some_and(|w| matches!(w, "a" | "an" | "the" | "his" | "her"))
    {
        return Gender::Any;
    }
    description_gender(clause)
}

/// `name` without the title words it opens with, when a name of two words or more is left
/// (`Grower Sina Vaai` -> `Sina Vaai`, `Lieutenant Colonel Ana Rossi` -> `Ana Rossi`); a given
/// name that is also a title (`Dean Walsh`) stays.
fn untitled(name: &str) -> &str {
    let mut name = name;
    loop {
        let rest = untitled_once(name);
        if rest.len() == name.len() {
            return name;
        }
        name = rest;
    }
}

/// `name` without one title word it opens with (see [`untitled`]).
fn untitled_once(name: &str) -> &str {
    let rest = uncourteous(name);
    if rest.len() < name.len() {
        return rest;
    }
    match name.split_once(' ') {
        Some((first, rest))
            if rest.contains(' ')
                && first.chars().next().is_some_and(char::is_uppercase)
                && TITLES.contains_lower(first)
                && given_name(&first.to_lowercase()).is_none() =>
        {
            rest
        }
        Some((_, rest)) if name_title(name) => rest,
        _ => name,
    }
}

/// `name` without a courtesy title it opens with before a given name and a surname (`Madam
/// Rosalind Pereira` -> `Rosalind Pereira`); `Mrs Pereira` keeps it, or no name is left.
fn uncourteous(name: &str) -> &str {
    match name.split_once(' ') {
        Some((first, rest))
            if rest.contains(' ')
                && rest.chars().next().is_some_and(char::is_uppercase)
                && COURTESY_TITLES.contains_lower(first.trim_end_matches('.')) =>
        {
            rest
        }
        _ => name,
    }
}

/// True when `name` opens with a word of the entities stage's title list (`Sheikh Tamal
/// Rashidi`) before two capitalized words or more, which are no organization's name (`General
/// Motors Corp`) and open with no title of their own; a given name (`Major Lee`) is no title.
fn name_title(name: &str) -> bool {
    let mut words = name.split(' ');
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let rest = &name[first.len() + 1..];
    first.chars().next().is_some_and(char::is_uppercase)
        && second.chars().next().is_some_and(char::is_uppercase)
        && words.next().is_some()
        && entities::is_name_title(&lexicon::lower(first))
        && given_name(&first.to_lowercase()).is_none()
        && !TITLES.contains_lower(second)
        && !org_like(rest)
        && !entities::is_known_org(name)
}

/// True when `canonical` is `name` after one title word (`Cr Lin Zhang`, `Lin Zhang`), a title
/// word after a place's name of one or two words (`Konawe Regent`), or a job noun
/// (`Greengrocer Sukru Yildirim`).
fn titled_form(canonical: &str, name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or_default().to_lowercase();
    canonical
        .strip_suffix(name)
        .and_then(|rest| rest.strip_suffix(' '))
        .is_some_and(|w| {
            let w = w.to_lowercase();
            if let Some((place, title)) = w.rsplit_once(' ') {
                // `Konawe Regent Yusran Tamburaka`: a title after the place it governs.
                return place.split(' ').count() <= 2 && TITLES.contains(title);
            }
            TITLES.contains(&w) || job_before_name(&w, &first)
        })
}

/// True when a capitalized word `word` (lower case) before the given name `next` (lower case)
/// is a job written before the name (`Greengrocer Sukru Yildirim`, `Pharmacist Ana Ruiz`): it
/// has a job noun's ending, is no given name itself, and `next` is one. A word that is a given
/// name (`Oliver James Smith`) stays part of the name.
fn job_before_name(word: &str, next: &str) -> bool {
    word.chars().count() >= 5
        && word.chars().all(char::is_alphabetic)
        && JOB_SUFFIXES.iter().any(|s| word.ends_with(s.as_str()))
        && given_name(word).is_none()
        && given_name(next).is_some()
}

/// The legal form written right after a name ending at `end` (`Skilift Brana d.o.o.,`), as
/// written, when a word's end follows it.
fn legal_form_after(text: &str, end: usize) -> Option<&'static str> {
    let rest = text.get(end..)?.strip_prefix(' ')?;
    // Most names are followed by a word no legal form starts with: the forms are not tried.
    if !LEGAL_FORM_STARTS[usize::from(*rest.as_bytes().first()?)] {
        return None;
    }
    LEGAL_FORMS.iter().copied().find(|f| {
        rest.strip_prefix(f).is_some_and(|after| {
            // `Inc.` ends a sentence as `Inc` does; a word going on (`SAfety`) is no form.
            !after.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '/')
        })
    })
}

/// True when an organization is named by a word such as `Airlines` or `Group`, or ends with a
/// legal form (`d.o.o.`).
fn org_like(name: &str) -> bool {
    // Most names end in a byte no legal form ends in: the forms are not tried one by one.
    if name
        .as_bytes()
        .last()
        .is_some_and(|&b| LEGAL_FORM_ENDS[usize::from(b)])
        && LEGAL_FORMS
            .iter()
            .any(|f| strip_form(name, f).is_some_and(|head| head.ends_with(' ')))
    {
        return true;
    }
    // The last word, found from the end rather than by reading every word.
    name.split_whitespace().next_back().is_some_and(|w| {
        lexicon::with_lower(w.trim_end_matches('.'), |w| {
            ORG_NOUNS.contains(w)
                || ORG_SUFFIXES.contains(w)
                || w.strip_suffix('s').is_some_and(|s| ORG_NOUNS.contains(s))
        })
    })
}

/// `name` less the legal form `form` it ends with. Most names end in none of the forms, and
/// the last byte rules nearly all of them out before the whole form is compared (names are
/// asked about tens of thousands of times a MB, against some 36 forms each).
fn strip_form<'n>(name: &'n str, form: &str) -> Option<&'n str> {
    if let (Some(a), Some(b)) = (name.as_bytes().last(), form.as_bytes().last()) {
        if a != b {
            return None;
        }
    }
    name.strip_suffix(form)
}

/// The word a name is looked up by: its last, before a suffix (`Robert T. Hale Jr.` -> `Hale`).
fn surname_key(name: &str) -> &str {
    let mut words = name.split(' ').rev().map(bare_str);
    let last = words.next().unwrap_or_default();
    if is_suffix(last) {
        words.next().unwrap_or(last)
    } else {
        last
    }
}

fn is_suffix(w: &str) -> bool {
    NAME_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// A word without a final stop or possessive, as written.
fn bare_str(w: &str) -> &str {
    let w = w.trim_end_matches('.');
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// Two to four capitalized words of letters only: the shape of a personal name.
fn name_like(name: &str) -> bool {
    // Counted and lowered without a vector or a string per word: asked of every run. The
    // words are counted by their spaces, a byte search.
    (2..=4).contains(&(name.bytes().filter(|&b| b == b' ').count() + 1))
        && name
            .split(' ')
            .all(|w| name_word(w) && !TITLES.contains_lower(w))
}

/// A word of letters, hyphens, apostrophes and stops only, as [`name_like`] wants each word.
fn name_word(w: &str) -> bool {
    // Most names are written in ASCII: their bytes are checked without decoding characters.
    if w.is_ascii() {
        w.bytes()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'\'' | b'.'))
    } else {
        w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
    }
}

/// `Han Ji-woo`: a family name written first ([`family_first`]) marks no gender, though the
/// lists know `Han` as a man's given name elsewhere; the given name written as one word may
/// (`Jiwoo`). None for a name of another shape.
fn family_first_gender(name: &str) -> Option<Gender> {
    // The given name of that shape holds a hyphen: most names hold none.
    if !name.as_bytes().contains(&b'-') {
        return None;
    }
    let mut words = name.split_whitespace();
    let (family, given) = (words.next()?, words.next());
    family_first(family, given)
        .then(|| name_gender(&given.unwrap_or_default().replace('-', "").to_lowercase()))
}

/// The gender the given name opening `name` marks, unless [`mixed_names`] says otherwise.
fn given_gender(name: &str) -> Gender {
    if let Some(g) = family_first_gender(name) {
        return g;
    }
    let Some(first) = name.split_whitespace().next() else {
        return Gender::Any;
    };
    mixed_names(name, name_gender(&first.to_lowercase()))
}

/// True when `first` is a family name written first and `next` a hyphenated given name after
/// it (`Han Ji-woo`, `Kim Min-jae`): the first word is no given name, whatever the lists say.
fn family_first(first: &str, next: Option<&str>) -> bool {
    next.is_some_and(|n| {
        // Most words hold no hyphen: a byte search turns them away before any split.
        let Some(h) = n.bytes().position(|b| b == b'-') else {
            return false;
        };
        // Two parts, each of letters only (so no second hyphen).
        let letters = |p: &str| !p.is_empty() && p.chars().all(char::is_alphabetic);
        n.chars().next().is_some_and(char::is_uppercase) && letters(&n[..h]) && letters(&n[h + 1..])
    }) && FAMILY_FIRST.contains_lower(first)
}

/// `g` (the gender of the first word of `name`), or `Any` when a middle word of a name of three
/// words or more is a given name of the other gender: `Rana Tariq Mehmood` opens with a name
/// the lists give women (Arabic) but that men bear as a clan name (Punjab), and `Tariq` is a
/// man's, so the name tells nothing. The last word is left out: a surname may be spelt like a
/// given name (`Ana Paul`).
fn mixed_names(name: &str, g: Gender) -> Gender {
    let other = match g {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
        _ => return g,
    };
    let mut words = name.split_whitespace().skip(1).take(5).peekable();
    while let Some(w) = words.next() {
        // A middle word: one more follows it.
        if words.peek().is_some() && given_name(&lexicon::lower(w)) == Some(other) {
            return Gender::Any;
        }
    }
    g
}

/// The gender a lower-case given name marks, also written with accents (`siobhán`).
fn name_gender(w: &str) -> Gender {
    given_name(w).unwrap_or(Gender::Any)
}

/// The gender a lower-case word marks when it is a known given name (`Any` for one given to
/// both), also written with accents; `None` when it is no known given name.
fn given_name(w: &str) -> Option<Gender> {
    if let Some(&g) = GIVEN_NAMES.get(w) {
        return Some(g);
    }
    if w.is_ascii() {
        return None;
    }
    // A capital `İ` lowers to `i` and a combining dot above, which no list spells.
    let folded: String = w
        .chars()
        .filter(|&c| c != '\u{307}')
        .map(lexicon::fold_letter)
        .collect();
    GIVEN_NAMES.get(&folded).copied()
}

impl<'t> Known<'t> {
    /// Reads the people of `text` up to byte `reach`.
    fn gather(
        text: &'t str,
        reach: usize,
        raws: &[Raw],
        mentions: &[Mention],
        sentences: &'t [Sentence],
    ) -> Known<'t> {
        // People named inside quotations are not the ones a pronoun after them refers to.
        let inside: Vec<Span> = raws
            .iter()
            .filter(|r| r.depth == 0)
            .map(|r| r.content)
            .collect();
        let in_quote = |pos: usize| {
            let i = inside.partition_point(|s| s.end <= pos);
            i < inside.len() && inside[i].start <= pos
        };
        let runs = capitalized_runs(&text[..reach]);
        // Sized once (a person at most a run or a mention, a word counted for every run):
        // regrowing copies the people and rehashes the counts.
        let mut people = Vec::with_capacity(runs.len() + mentions.len());
        let mut surnames: FastMap<String, Vec<(usize, String)>> = FastMap::default();
        let mut inner: FastMap<String, Vec<(usize, String)>> = FastMap::default();
        let mut heads: FastMap<String, Vec<(usize, String)>> = FastMap::default();
        let mut counts: FastMap<&str, usize> =
            FastMap::with_capacity_and_hasher(runs.len(), Default::default());
        let mut singles: Vec<(usize, &str)> = Vec::with_capacity(runs.len());
        // Names the entities stage found without the legal form written after them, and the
        // company's full name.
        let mut legal: Vec<(String, String)> = Vec::new();
        // A title run (`Meta Chief Product Officer`) waiting for the name after its comma.
        let mut pending_title: Option<(usize, String)> = None;
        // One run's tokens at a time, in buffers kept from run to run.
        let mut run_toks = Toks::new(text, Span::new(0, 0));
        for run in runs {
            let m = run.slice(text);
            let last = m.rsplit(' ').next().unwrap_or_default();
            *counts.entry(bare_str(last)).or_default() += 1;
            if in_quote(run.start) {
                continue;
            }
            // One capitalized word alone is a person only as the surname of one named in full.
            if !m.contains(' ') {
                // ... or when a title or relation introduces it: `her daughter, Aoife, 17,`.
                if let Some(title) = before_title(text, run.start, run.end) {
                    let head = title.rsplit(' ').next().unwrap_or_default();
                    let gender = match NOUN_GENDER.get(head) {
                        Some(&g) => g,
                        None => name_gender(&m.to_lowercase()),
                    };
                    people.push(Person {
                        name: m.to_string(),
                        title: Some(title),
                        gender,
                        pos: run.start,
                        org: false,
                        weak: false,
                    });
                    continue;
                }
                singles.push((run.start, bare_str(m)));
                continue;
            }
            // A run inside a longer body's name (`the Office of the Chief Government
            // Statistician`) names the body, not a person a pronoun could refer to.
            if within_body(mentions, run) {
                continue;
            }
            // `Mines Senait Habte` after `Minister of Energy and`: a run going on from a
            // title's field, the person the entities stage found at its end is the name.
            let run = person_ending(text, mentions, run).unwrap_or(run);
            // `Mayor of Bresk Ivana Kovačić`, no mention of the bare name: the place goes.
            let run = if after_title_field(text, run.start) {
                let body = run.slice(text).trim_end_matches(['.', ',']);
                Span::new(run.start + body.len() - field_cut(body).len(), run.end)
            } else {
                run
            };
            run_toks.retokenize(run);
            let t = &run_toks;
            if t.len() == 0 {
                continue;
            }
            let carried = pending_title
                .take()
                .filter(|(end, _)| text.get(*end..run.start) == Some(", "))
                .map(|(_, title)| title);
            // A sentence's final stop is matched with its last word; it is no part of a name.
            let n = (0..t.len())
                .rposition(|i| t.is_word(i))
                .map_or(0, |i| i + 1);
            if n == 0 {
                continue;
            }
            if let Some(title) = title_of_run(t, 0, n) {
                pending_title = Some((run.end, title));
                continue;
            }
            let honorific = (0..n).any(|i| t.is_honorific(i));
            let Some(attr) = name_attr(t, 0, n) else {
                continue;
            };
            // `The Colombian Association of …`: the run less its article is still inside the
            // body's name.
            if attr.span.start > run.start && within_body(mentions, attr.span) {
                continue;
            }
            let Who::Name { name, gender } = attr.who else {
                continue;
            };
            let title = attr
                .title
                .or(carried)
                .or_else(|| after_title(text, run.end))
                .or_else(|| before_title(text, run.start, run.end))
                .or_else(|| premodifier_title(text, run.start));
            // A road (`Spencer Highway`, though `Spencer` is a given name) is a place, never a
            // speaker.
            if !honorific && STREET_WORDS.contains_lower(bare_str(last)) {
                continue;
            }
            // What the article calls them tells their gender, when the name does not: a
            // title (`chairwoman`), a noun in apposition (`Ana Ruiz, a mother of two,`).
            let gender = match gender {
                Gender::Any => match title.as_deref().map(description_gender) {
                    Some(g @ (Gender::Male | Gender::Female)) => g,
                    _ => appositive_gender(text, run.end),
                },
                g => g,
            };
            // A name with an age after it between commas (`Amaka Eze, 38, said`) is a person.
            // A given name opening an organization's name (`Wayne State University`) makes no
            // person of it: only a title, an honorific or an age does then.
            let person = honorific
                || title.is_some()
                || (gender != Gender::Any && !org_like(&name))
                || age_after(text, run.end);
            let org = !person && org_like(&name);
            let weak = !person && !org && name_like(&name);
            if name.contains(' ') {
                surnames
                    .entry(surname_key(&name).to_string())
                    .or_default()
                    .push((attr.span.start, name.clone()));
            }
            let words = name.split(' ').count();
            // `Oh Min-jae` ... `Oh said`: a family name written first is the word a later
            // mention keeps, as a first surname is.
            if (person || weak) && words == 2 {
                if let Some((family, given)) = name.split_once(' ') {
                    if family_first(family, Some(given)) {
                        inner
                            .entry(family.to_string())
                            .or_default()
                            .push((attr.span.start, name.clone()));
                    }
                }
            }
            // `Juan Ignacio Garza de la Fuente` ... `Garza said`: a surname's particles are
            // counted as no words of their own.
            let capitalized = name
                .split(' ')
                .filter(|w| w.starts_with(char::is_uppercase))
                .count();
            if (person || weak) && (3..=4).contains(&capitalized) {
                // `Ahmad Faizal bin Yusof` ... `Ahmad Faizal said`: given names alone.
                let mut two = name.splitn(3, ' ');
                if let (Some(a), Some(b)) = (two.next(), two.next()) {
                    heads
                        .entry(format!("{a} {b}"))
                        .or_default()
                        .push((attr.span.start, name.clone()));
                }
                let inside = name
                    .split(' ')
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .skip(1)
                    .take(capitalized - 2);
                for w in inside {
                    let w = bare_str(w);
                    if w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1 {
                        inner
                            .entry(w.to_string())
                            .or_default()
                            .push((attr.span.start, name.clone()));
                    }
                }
            }
            // `Naviera Tres Islas SA`, named without its form later.
            if org {
                if let Some(short) = LEGAL_FORMS.iter().find_map(|f| {
                    strip_form(&name, f)
                        .and_then(|head| head.strip_suffix(' '))
                        .filter(|head| head.contains(' '))
                }) {
                    legal.push((short.to_string(), name.clone()));
                }
            }
            if person || org || weak {
                people.push(Person {
                    name,
                    title,
                    gender,
                    pos: attr.span.start,
                    org,
                    weak,
                });
            }
        }
        // `Achebe-Morrow owns her building`: a later mention of a person named in full.
        let full: FastMap<&str, usize> = people
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.org && !p.weak)
            .map(|(i, p)| (p.name.as_str(), i))
            .collect();
        let mut again = Vec::new();
        for (pos, word) in singles {
            let person = surnames.get(word).and_then(|names| {
                let i = names.partition_point(|(p, _)| *p < pos);
                names[..i]
                    .iter()
                    .rev()
                    .take(8)
                    .find_map(|(_, n)| full.get(n.as_str()))
            });
            if let Some(&i) = person {
                again.push(Person {
                    pos,
                    ..people[i].clone()
                });
            }
        }
        people.extend(again);
        // A person is mentioned again and again under one canonical name: its gender is
        // worked out once.
        let mut genders: FastMap<&str, Gender> = FastMap::default();
        for m in mentions {
            if in_quote(m.start) {
                continue;
            }
            // `Skilift Brana d.o.o., which runs the lifts,`: a company, though the entities
            // stage took the name for a person's or left the form out.
            if matches!(m.kind.as_str(), "PERSON" | "ORG") && m.canonical == m.text {
                if let Some(form) = legal_form_after(text, m.end) {
                    let full = format!("{} {form}", m.canonical);
                    legal.push((m.canonical.clone(), full.clone()));
                    people.push(Person::body(full, m.start));
                    continue;
                }
            }
            if let Some((_, full)) = legal.iter().find(|(short, _)| *short == m.canonical) {
                people.push(Person::body(full.clone(), m.start));
                continue;
            }
            match m.kind.as_str() {
                "PERSON" => people.push(Person {
                    name: if m.canonical == m.text && after_title_field(text, m.start) {
                        field_cut(&m.canonical).to_string()
                    } else {
                        // `Madam Rosalind Pereira`, as the entities stage may keep her.
                        uncourteous(&m.canonical).to_string()
                    },
                    title: None,
                    gender: *genders
                        .entry(m.canonical.as_str())
                        .or_insert_with(|| given_gender(&m.canonical)),
                    pos: m.start,
                    org: false,
                    weak: false,
                }),
                "ORG" => people.push(Person::body(m.canonical.clone(), m.start)),
                _ => {}
            }
        }
        people.sort_by_key(|p| p.pos);
        // One person found twice at one place, cut short once (`Nurul Aisyah` of `Nurul Aisyah
        // binti Hamzah`, where a particle stopped the entities stage): the longer name stays.
        // Each cut name and the full one it stands for, for the mentions that carry it.
        let mut longer: FastMap<String, String> = FastMap::default();
        people.dedup_by(|b, a| {
            let (long, short) = if b.name.len() > a.name.len() {
                (&b.name, &a.name)
            } else {
                (&a.name, &b.name)
            };
            let same = a.pos == b.pos
                && !a.org
                && !b.org
                && long
                    .strip_prefix(short.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', '-']));
            if same {
                longer.insert(short.clone(), long.clone());
            }
            if same && b.name.len() > a.name.len() {
                let gender = if b.gender == Gender::Any {
                    a.gender
                } else {
                    b.gender
                };
                let title = b.title.take().or_else(|| a.title.take());
                std::mem::swap(a, b);
                a.gender = gender;
                a.title = title;
            }
            same
        });
        // `Naviera Insular del Pacífico said`: the company by its full name.
        longer.extend(legal);
        // What follows a name ending at a byte, asked of every person the loops below look at:
        // one person is often found twice at one place (a run and a mention of one name), and
        // the window after them is read once. `None` when no cue verb follows, else the gender
        // the pronoun after the cue tells.
        let mut after_name: FastMap<usize, Option<Gender>> = FastMap::default();
        let mut cue_gender = |end: usize| {
            *after_name
                .entry(end)
                .or_insert_with(|| cue_after_name_gender(text, end))
        };
        // `Gunawardena, a picker for 22 years, said her wage…`: a pronoun right after the
        // person's cue verb tells their gender; with it, a name the entities stage took for an
        // organization is a person.
        // Whether an organization's name has a person's shape and no body's word: both loops
        // below ask it of one person (some half of those they look at are organizations), and
        // it is worked out once.
        let mut shaped: Vec<Option<bool>> = vec![None; people.len()];
        let mut person_shaped = |i: usize, name: &str| {
            *shaped[i].get_or_insert_with(|| name_like(name) && !org_like(name))
        };
        for (i, p) in people
            .iter_mut()
            .enumerate()
            .filter(|(_, p)| p.gender == Gender::Any)
        {
            let at = text.get(p.pos..).unwrap_or_default();
            let written = if at.starts_with(p.name.as_str()) {
                p.name.as_str()
            } else {
                surname_key(&p.name)
            };
            if written.is_empty() || !at.starts_with(written) {
                continue;
            }
            // An organization without a person's shape stays one whatever the cue tells: the
            // window after it is not read.
            if p.org && !person_shaped(i, &p.name) {
                continue;
            }
            let g = cue_gender(p.pos + written.len()).unwrap_or(Gender::Any);
            if g != Gender::Any {
                p.gender = g;
                p.org = false;
                p.weak = false;
            }
        }
        // `Trần Bích Ngọc, whose firm ran the shows, said…`: a name the entities stage took for
        // an organization speaks as a person when it is the subject of a cue verb, has a
        // person's shape and neither names a body (`Ministry`, `Inc`) nor is a known company.
        for (i, p) in people.iter_mut().enumerate().filter(|(_, p)| p.org) {
            let at = text.get(p.pos..).unwrap_or_default();
            if at.starts_with(p.name.as_str())
                && person_shaped(i, &p.name)
                && !entities::is_known_org(&p.name)
                && cue_gender(p.pos + p.name.len()).is_some()
            {
                p.org = false;
                p.weak = false;
            }
        }
        let mut orgs: Vec<(usize, String)> = mentions
            .iter()
            .filter(|m| m.kind == "ORG" && !in_quote(m.start))
            .map(|m| (m.start, m.canonical.clone()))
            .collect();
        orgs.sort_unstable();
        let mut facts = FastMap::default();
        for p in people.iter().filter(|p| !p.weak && !p.org) {
            add_fact(&mut facts, &p.name, p.gender, &p.title);
        }
        let mut known = Known {
            text,
            people,
            speakers: Vec::new(),
            surnames,
            inner,
            counts,
            facts,
            sentences,
            quoted: inside,
            longer,
            heads,
            orgs,
            subject_toks: RefCell::default(),
        };
        // A particle-led surname taken for an organization (`Van der Berg smiled`), or left
        // unlinked (`Ó Súilleabháin said`), is the person the article named in full with it.
        let relinked: Vec<(usize, Person)> = known
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| particle_led(&p.name))
            .filter_map(|(i, p)| {
                let full = known
                    .link(&p.name, p.pos)
                    .filter(|f| !org_like(&f.name) && (p.org || f.pos < p.pos))?;
                Some((i, Person { pos: p.pos, ..full }))
            })
            .collect();
        for (i, p) in relinked {
            known.people[i] = p;
        }
        // A surname alone that the entities stage linked to a namesake named only later is the
        // one named before it (`Tavita Faleolo` ... `Faleolo` ... `Losa Faleolo`).
        let namesakes: Vec<(usize, String)> = known
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.org && p.name.contains(' '))
            .filter_map(|(i, p)| {
                let key = surname_key(&p.name);
                let at = text.get(p.pos..)?;
                let alone = at.starts_with(key)
                    && !at[key.len()..].starts_with(|c: char| c.is_alphanumeric());
                alone
                    .then(|| known.earlier_namesake(key, &p.name, p.pos))
                    .flatten()
                    .map(|n| (i, untitled(&n).to_string()))
            })
            .collect();
        for (i, name) in namesakes {
            let p = &mut known.people[i];
            p.gender = given_gender(&name);
            p.name = name;
            p.title = None;
        }
        known
    }

    /// The candidates named before `pos`, latest first: speakers, then the others.
    fn before(&self, pos: usize) -> impl Iterator<Item = &Person> {
        let i = self.people.partition_point(|p| p.pos < pos);
        let people = self.people[..i].iter().rev().take(LOOKBACK);
        let j = self.speakers.partition_point(|p| p.pos < pos);
        let speakers = self.speakers[..j].iter().rev().take(LOOKBACK);
        // Merge the two latest-first lists by position.
        let mut a = people.peekable();
        let mut b = speakers.peekable();
        std::iter::from_fn(move || match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => {
                if x.pos >= y.pos {
                    a.next()
                } else {
                    b.next()
                }
            }
            (Some(_), None) => a.next(),
            (None, _) => b.next(),
        })
    }

    /// The latest name before `pos` whose last word is `noun` (`the observatory` -> `Alpine Ice
    /// Observatory`).
    fn headed(&self, noun: &str, pos: usize) -> Option<Person> {
        // Names are filed by their last word as written: `Observatory`.
        let mut chars = bare_str(noun).chars();
        let key: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        let names = self.surnames.get(&key)?;
        let i = names.partition_point(|(p, _)| *p < pos);
        let (at, name) = names[..i].last()?;
        Some(Person::body(name.clone(), *at))
    }

    /// The full name before `pos` that ends with the surname `name` and has another given name
    /// than `canonical` (the full name the entities stage linked it to), when `canonical` is
    /// first named only after `pos`: a namesake, such as a relative.
    fn earlier_namesake(&self, name: &str, canonical: &str, pos: usize) -> Option<String> {
        let names = self.surnames.get(name)?;
        let first = names.iter().find(|(_, n)| n == canonical).map(|(p, _)| *p);
        if first.map_or(true, |p| p < pos) {
            return None;
        }
        // Another person: another given name (`Elena Voss` is `Elena Margarethe Voss`).
        let given = |n: &str| {
            untitled(n)
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let other = given(canonical);
        let i = names.partition_point(|(p, _)| *p < pos);
        names[..i]
            .iter()
            .rev()
            .find(|(_, n)| n.ends_with(&format!(" {name}")) && given(n) != other)
            .map(|(_, n)| n.clone())
    }

    /// The longer name a two-word `name` at `pos` opens, named before it: `Ahmad Faizal` ->
    /// `Ahmad Faizal bin Yusof`. A name of three words or more is full already.
    fn fuller(&self, name: &str, pos: usize) -> Option<String> {
        if name.split(' ').count() != 2 {
            return None;
        }
        let names = self.heads.get(name)?;
        let i = names.partition_point(|(p, _)| *p < pos);
        names[..i].last().map(|(_, n)| n.clone())
    }

    /// The full name a shorter one refers to (`Cox` -> `Chris Cox`, `Van der Sloot` -> `Pieter
    /// van der Sloot`): the latest before `pos`, else the first after.
    fn link(&self, name: &str, pos: usize) -> Option<Person> {
        let key = surname_key(name);
        let lower = name.to_lowercase();
        let fits = |full: &str| {
            if full.len() <= name.len() {
                return false;
            }
            let f = full.to_lowercase();
            // `Hale` in `Robert T. Hale Jr.`: the name without its suffix ends with it.
            let f = match f.rsplit_once(' ') {
                Some((head, last)) if is_suffix(bare_str(last)) => head.to_string(),
                _ => f,
            };
            f.len() > lower.len()
                && f.ends_with(&lower)
                && f[..f.len() - lower.len()].ends_with(' ')
        };
        let nearest = |names: &'_ [(usize, String)], ok: &dyn Fn(&str) -> bool| {
            let i = names.partition_point(|(p, _)| *p < pos);
            names[..i]
                .iter()
                .rev()
                .take(LOOKBACK)
                .chain(names[i..].iter().take(LOOKBACK))
                .find(|(_, n)| ok(n))
                .cloned()
        };
        let full = self
            .surnames
            .get(key)
            .and_then(|names| nearest(names, &fits))
            .or_else(|| {
                // One word that stands inside a longer name: a first surname.
                if name.contains(' ') {
                    return None;
                }
                nearest(self.inner.get(bare_str(name))?, &|_| true)
            })?;
        // What else the article says about that person: gender, title.
        let (gender, title) = self
            .facts
            .get(&full.1)
            .cloned()
            .unwrap_or((given_gender(&full.1), None));
        Some(Person {
            name: full.1.clone(),
            title,
            gender,
            pos: full.0,
            org: false,
            weak: false,
        })
    }

    /// Turns a speaker phrase into a canonical speaker and its title, and remembers it.
    fn resolve(&mut self, attr: &Attr, mentions: &[Mention]) -> (String, Option<String>) {
        let pos = attr.span.start;
        let mention = mention_at(self.text, mentions, attr.span);
        // The organization a phrase names when it is all the phrase names, its article aside.
        let whole_org = mention.filter(|m| {
            m.kind == "ORG"
                && m.end == attr.span.end
                && self
                    .text
                    .get(attr.span.start..m.start)
                    .is_some_and(|lead| lead.is_empty() || lead.eq_ignore_ascii_case("the "))
        });
        let (name, title, gender, org) = match (&attr.who, mention) {
            // A description stays one even when it names an organization (`a spokesperson for
            // the FDA`).
            // ... unless the organization is all it names: `the Department for Education said`,
            // `The Court of Justice of the European Union ruled` (`Justice` reads as a title).
            (Who::Description(_) | Who::Title { .. }, Some(m)) if whole_org.is_some() => {
                (m.canonical.clone(), None, Gender::Any, true)
            }
            (Who::Pronoun(_), _)
            | (Who::Title { .. }, _)
            | (Who::Org { .. }, _)
            | (Who::Someone { .. }, _) => {
                let (name, title) = self.resolve_reference(attr);
                return (regnal_canonical(&name, mentions).unwrap_or(name), title);
            }
            // `Marsh, 67, a mother of three,` ... `the mother of three said`: the person the
            // article described so.
            // `The opposition Alliance for the Union of Romanians called`: a lower-case word or
            // two only describe the organization the name that ends the phrase names.
            (Who::Description(d), _) if described_name(d).is_some() => {
                let name = described_name(d).expect("checked in the guard");
                let at = attr.span.end - name.len();
                let name = mentions_over(mentions, Span::new(at, attr.span.end))
                    .find(|m| m.kind == "ORG" && m.start == at && m.end == attr.span.end)
                    .map_or_else(|| name.to_string(), |m| m.canonical.clone());
                (name, None, Gender::Any, true)
            }
            (Who::Description(d), _) if self.described_as(d, pos).is_some() => {
                let p = self.described_as(d, pos).expect("checked in the guard");
                let title = p
                    .title
                    .or_else(|| self.facts.get(&p.name).and_then(|f| f.1.clone()));
                (p.name, title, p.gender, false)
            }
            (Who::Description(d), _) => {
                // Remembered as a weak speaker, so that a pronoun in the same paragraph can
                // refer back to it (`a council spokesman said: "…" He added`), though never a
                // later `the 23-year-old`.
                let gender = description_gender(d);
                let at = self.speakers.partition_point(|p| p.pos <= pos);
                self.speakers.insert(
                    at,
                    Person {
                        name: d.clone(),
                        title: None,
                        gender,
                        pos,
                        org: false,
                        weak: true,
                    },
                );
                return (d.clone(), None);
            }
            // One word the entities stage took for a name of its own, though the article named
            // a person in full with it (`Nguyen Van Tran` ... `Tran said`).
            // So too a title the entities stage kept in the name (`Cr Adams`).
            // A surname led by a particle (`Van der Berg` for `Joris van der Berg`) is one too.
            // So too the last two words of a longer name named before (`Te Whata` for `Rangi
            // Te Whata`).
            (Who::Name { name, gender }, Some(m))
                if (!name.contains(' ')
                    || particle_led(name)
                    || self.link(name, pos).is_some_and(|p| p.pos < pos))
                    && (m.canonical == *name || titled_form(&m.canonical, name))
                    && self.link(name, pos).is_some_and(|p| !org_like(&p.name)) =>
            {
                let p = self.link(name, pos).expect("checked in the guard");
                let gender = if *gender == Gender::Any {
                    p.gender
                } else {
                    *gender
                };
                (p.name, attr.title.clone().or(p.title), gender, false)
            }
            // `Tavita Faleolo` ... `Faleolo, 61, said` ... `Losa Faleolo`: a surname alone is
            // the namesake named before it, not one the entities stage linked it to from later.
            (Who::Name { name, .. }, Some(m))
                if !name.contains(' ')
                    && self.earlier_namesake(name, &m.canonical, pos).is_some() =>
            {
                let full = self
                    .earlier_namesake(name, &m.canonical, pos)
                    .expect("checked");
                let full = untitled(&full).to_string();
                let (gender, title) = self
                    .facts
                    .get(&full)
                    .cloned()
                    .unwrap_or((given_gender(&full), None));
                (full, attr.title.clone().or(title), gender, false)
            }
            // `Mayor of Bresk Ivana Kovačić`: the name without the place the entities stage
            // kept in it.
            (Who::Name { name, gender }, Some(m))
                if m.kind == "PERSON"
                    && m.canonical == m.text
                    && m.start < attr.span.start
                    && after_title_field(self.text, m.start)
                    && field_cut(&m.canonical) == name =>
            {
                (name.clone(), attr.title.clone(), *gender, false)
            }
            // `Cr Lin Zhang`: the name without the title the entities stage kept in it.
            (Who::Name { name, gender }, Some(m)) if titled_form(&m.canonical, name) => {
                (name.clone(), attr.title.clone(), *gender, false)
            }
            // `Scottish Labour said`: a demonym before an organization's name makes another
            // organization, though the mention found holds the name alone.
            (Who::Name { name, .. }, Some(m))
                if m.kind == "ORG"
                    && m.canonical == m.text
                    && name.len() > m.text.len()
                    && name.strip_suffix(m.text.as_str()).is_some_and(|head| {
                        head.ends_with(' ')
                            && head
                                .split_whitespace()
                                .all(|w| NATIONALITIES.contains_lower(w))
                    }) =>
            {
                (name.clone(), None, Gender::Any, true)
            }
            // `Emir Hodžić, 43,`: a given name the entities stage took for a title before a
            // surname (one word, no given name) stays in the name; so does one before a
            // particle (`Rhodri ap Gwilym`, where it kept `Gwilym` alone).
            (Who::Name { name, gender }, Some(m))
                if !m.canonical.contains(' ')
                    && name.split_once(' ').is_some_and(|(first, rest)| {
                        let (middle, last) = rest.rsplit_once(' ').unwrap_or(("", rest));
                        last == m.canonical
                            && (m.kind == "PERSON" || !middle.is_empty())
                            && middle
                                .split_whitespace()
                                .all(|w| NAME_PARTICLES.contains_lower(w))
                            && (!middle.is_empty() || given_name(&first.to_lowercase()).is_some())
                            && given_name(&last.to_lowercase()).is_none()
                    })
                    && !org_like(name)
                    && !entities::is_known_org(name) =>
            {
                (name.clone(), attr.title.clone(), *gender, false)
            }
            (_, Some(m)) => {
                let canonical = self.longer.get(&m.canonical).unwrap_or(&m.canonical);
                let canonical = &self
                    .fuller(canonical, pos)
                    .unwrap_or_else(|| canonical.clone());
                // `Grower Sina Vaai`: a job word the entities stage kept before the name.
                let canonical = &if org_like(canonical) {
                    canonical.clone()
                } else {
                    untitled(canonical).to_string()
                };
                let linked_title = self.facts.get(canonical).and_then(|f| f.1.clone());
                let gender = match &attr.who {
                    Who::Name { gender, .. } if *gender != Gender::Any => *gender,
                    _ => given_gender(canonical),
                };
                // An organization to the entities stage, a person to the article (`Ana Ruiz
                // said her…`).
                let person = self
                    .facts
                    .get(canonical)
                    .is_some_and(|f| f.0 != Gender::Any);
                let gender = match gender {
                    Gender::Any if person => self.facts[canonical].0,
                    g => g,
                };
                (
                    canonical.clone(),
                    attr.title.clone().or(linked_title),
                    gender,
                    m.kind == "ORG" && !person,
                )
            }
            (Who::Name { name, gender }, None) => {
                let linked = self.link(name, pos);
                match linked {
                    Some(p) => (
                        p.name,
                        attr.title.clone().or(p.title),
                        if *gender == Gender::Any {
                            p.gender
                        } else {
                            *gender
                        },
                        false,
                    ),
                    None => {
                        let name = &self.fuller(name, pos).unwrap_or_else(|| name.clone());
                        let earlier_title = self.facts.get(name).and_then(|f| f.1.clone());
                        (
                            name.clone(),
                            attr.title.clone().or(earlier_title),
                            *gender,
                            org_like(name),
                        )
                    }
                }
            }
        };
        // `Pope Leo XIV`: a regnal name keeps the title the entities stage named it with.
        let name = if org {
            name
        } else {
            regnal_canonical(&name, mentions).unwrap_or(name)
        };
        self.remember(&name, title.clone(), gender, pos, org);
        (name, title)
    }

    fn remember(
        &mut self,
        name: &str,
        title: Option<String>,
        gender: Gender,
        pos: usize,
        org: bool,
    ) {
        add_fact(&mut self.facts, name, gender, &title);
        // Speakers are resolved in text order; a nested quotation's may come slightly earlier.
        let at = self.speakers.partition_point(|p| p.pos <= pos);
        self.speakers.insert(
            at,
            Person {
                name: name.to_string(),
                title,
                gender,
                pos,
                org,
                weak: false,
            },
        );
    }

    /// The speaker of the quotation just before, in an earlier paragraph, when a pronoun at
    /// `pos` follows with nobody else named between: `"…," said Deniz Kaya.` then
    /// `"…," she added.` The article has not told the speaker's gender; the pronoun does.
    fn previous_speaker(&self, pos: usize) -> Option<Person> {
        let p = self.speakers.iter().rev().find(|p| p.pos < pos)?;
        if p.org || p.gender != Gender::Any || pos - p.pos > PREVIOUS_REACH {
            return None;
        }
        let named_since = self
            .before(pos)
            .take_while(|q| q.pos > p.pos)
            .any(|q| !q.org && !q.weak && q.name != p.name);
        (!named_since).then(|| p.clone())
    }

    /// The latest unnamed person introduced with an indefinite article and the head noun `head`
    /// in the stretch of text before `pos` (`A senior finance ministry official, who ...`), as
    /// the description a later `the official` refers back to. A description that is a named
    /// person's appositive or predicate (`Kaya, a former official,`, `Kaya was an official`) or
    /// is followed by the name (`an official, Ali Kaya,`) introduces nobody unnamed.
    fn described_head(&self, head: &str, pos: usize) -> Option<Person> {
        let lo = ceil_boundary(self.text, pos.saturating_sub(DESCRIBED_REACH));
        let hay = &self.text[lo..floor_boundary(self.text, pos)];
        hay.rmatch_indices(head)
            .filter(|&(i, _)| {
                let before = hay[..i].chars().next_back();
                let after = hay[i + head.len()..].chars().next();
                before.is_some_and(|c| !c.is_alphanumeric())
                    && after.map_or(true, |c| !c.is_alphanumeric())
            })
            .take(4)
            .find_map(|(i, _)| self.description_at(lo + i, head.len(), pos))
    }

    /// The indefinite description whose head noun stands at byte `at` (`len` bytes), for
    /// [`Known::described_head`].
    fn description_at(&self, at: usize, len: usize, pos: usize) -> Option<Person> {
        let window = Span::new(
            ceil_boundary(self.text, at.saturating_sub(120)),
            floor_boundary(self.text, (at + len + 60).min(pos)),
        );
        let t = Toks::new(self.text, window);
        let h = (0..t.len()).find(|&k| t.toks[k].span.start == at)?;
        // Back over lower-case modifiers (`finance ministry`) to `a` or `an`.
        let a = (h.saturating_sub(MAX_ROLE_WORDS + 1)..h)
            .rev()
            // `A Welsh Government spokesperson`: capitalized modifiers too.
            .take_while(|&k| t.is_word(k))
            .find(|&k| matches!(t.low(k), "a" | "an"))?;
        if (a + 1..h).any(|k| t.is_stopword(k) || FINITE_VERBS.contains(t.low(k))) {
            return None;
        }
        let appositive = a > 0
            && (t.punct(a - 1) == Some(',')
                || t.is_word(a - 1)
                    && (FINITE_VERBS.contains(t.low(a - 1)) || t.low(a - 1) == "as"));
        let named = h + 1 < t.len()
            && (t.is_cap(h + 1)
                || t.punct(h + 1) == Some(',') && h + 2 < t.len() && t.is_cap(h + 2));
        // The word after must let `official` be a noun, not a modifier (`an official visit`).
        let noun = h + 1 >= t.len()
            || !t.is_word(h + 1)
            || PREPOSITIONS.contains(&t.low(h + 1))
            || FINITE_VERBS.contains(t.low(h + 1))
            || matches!(t.low(h + 1), "who" | "whose" | "that" | "and")
            || t.cue_at(h + 1).is_some()
            // `a source familiar with the talks`, `a person close to the company`.
            || h + 2 < t.len()
                && !t.is_cap(h + 1)
                && t.is_word(h + 2)
                && PREPOSITIONS.contains(&t.low(h + 2));
        if appositive || named || !noun {
            return None;
        }
        described_person(classify_phrase(&t, a, h + 1))
    }

    /// True when `noun` (`ministry`) stands in lower case after a lower-case modifier and before
    /// a cue within the stretch of text before `pos` (`the agriculture ministry said`): a
    /// speaking organization the article left unnamed.
    fn unnamed_before(&self, noun: &str, pos: usize) -> bool {
        let lo = ceil_boundary(self.text, pos.saturating_sub(3000));
        let hay = &self.text[lo..floor_boundary(self.text, pos)];
        let bytes = hay.as_bytes();
        let mut from = 0;
        while let Some(i) = hay[from..].find(noun).map(|i| i + from) {
            from = i + noun.len();
            let after = bytes.get(from).copied().unwrap_or(b' ');
            if after.is_ascii_alphanumeric() || i < 2 || bytes[i - 1] != b' ' {
                continue;
            }
            // The word before: lower case and no determiner (`the agriculture ministry`); the
            // word after: a cue, as it spoke then too (`the agriculture ministry said`).
            let before = hay[..i - 1].rsplit(' ').next().unwrap_or_default();
            let rest = hay[from..].trim_start_matches(' ');
            let next = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            // The whole cue phrase, not its first word alone: `the treatment group were
            // judged` is no `were quoted as saying`.
            let cue = CUES.get(next).is_some_and(|phrases| {
                phrases.iter().any(|p| {
                    let mut words = rest
                        .split(|c: char| !c.is_alphabetic())
                        .filter(|w| !w.is_empty());
                    p.iter()
                        .all(|w| words.next().is_some_and(|x| x.eq_ignore_ascii_case(w)))
                })
            });
            if cue
                && before.chars().next().is_some_and(char::is_lowercase)
                && before.chars().all(char::is_alphabetic)
                && !DETERMINERS.contains(&before)
                && !PREPOSITIONS.contains(&before)
            {
                return true;
            }
        }
        false
    }

    /// The person a title alone (`the minister`) refers back to: the latest named with that
    /// title (or a kin title, `the minister` -> `Transport Secretary`), unless an unnamed person
    /// described with it was introduced since; else the first named with it after `pos`.
    fn titled(&self, head: &str, phrase: &str, pos: usize) -> Option<Person> {
        let kin = TITLE_KIN.get(head).copied();
        // A kin title is an office only when capitalized (`Transport Secretary` is a
        // minister; a union's `secretary` is not).
        let fits = |p: &&Person| {
            p.title.as_deref().is_some_and(|t| {
                t.split_whitespace().any(|w| {
                    let low = w.to_lowercase();
                    low == head
                        || (Some(low.as_str()) == kin
                            && w.chars().next().is_some_and(char::is_uppercase))
                })
            })
        };
        // `the director general said`: one titled with the whole phrase (`director general`)
        // before one whose title only shares its head (`secretary general`).
        let words = phrase
            .split(' ')
            .filter(|w| !DETERMINERS.contains(w))
            .count();
        let whole = (words >= 2)
            .then(|| {
                let phrase = phrase.to_lowercase();
                let phrase = phrase.strip_prefix("the ").unwrap_or(&phrase).to_string();
                self.before(pos).find(|p| {
                    p.title.as_deref().is_some_and(|t| {
                        let t = t.to_lowercase();
                        t.match_indices(phrase.as_str()).any(|(i, m)| {
                            let open = t[..i].chars().next_back().map_or(true, |c| c == ' ');
                            let close = t[i + m.len()..].chars().next().map_or(true, |c| c == ' ');
                            open && close
                        })
                    })
                })
            })
            .flatten();
        let titled = whole.or_else(|| self.before(pos).find(fits));
        // `A finance ministry official, who asked not to be named, ... "…," the
        // official said`: the unnamed person introduced since is the one meant.
        match self.described_head(head, pos) {
            Some(d) if titled.map_or(true, |p| p.pos < d.pos) => Some(d),
            _ => titled
                .or_else(|| {
                    let i = self.people.partition_point(|p| p.pos < pos);
                    self.people[i..].iter().take(LOOKBACK).find(fits)
                })
                .cloned(),
        }
    }

    /// The gender known of `p`: as this mention tells it, else as the article told it anywhere.
    fn gender_of(&self, p: &Person) -> Gender {
        match p.gender {
            Gender::Any => self.facts.get(&p.name).map_or(Gender::Any, |f| f.0),
            g => g,
        }
    }

    /// The one follow-up policy for a pronoun of gender `g` at `pos` (`"…," she said`).
    ///
    /// The sentences before `pos` are read latest first, back to the paragraph before the
    /// previous one. In each, the *subject* comes first: the speaker of a quotation in it, else
    /// the subject of its first cue verb outside quotations (`Chan replied that Tsang had…`, `A
    /// spokeswoman … declined to comment, but said…`, `the minister said…`), else a person
    /// named at its start (`Papadopoulos, at 22, was pleased`). A subject that fits `g`
    /// (agrees in gender, or its gender is untold) is the one meant. A subject that is itself a
    /// pronoun of gender `g` means someone named before it, so the search goes on to the
    /// sentence before. Otherwise the latest other person the sentence names who fits is meant
    /// (`The court heard from Ana Ruiz, a neighbour.`), except the one a question verb
    /// addresses when the quotation asks (and the asker when it answers: `Lee asked Chan why…`
    /// then `"…," he said` is Chan's). `None` when no sentence in reach names anyone fitting.
    fn follow_up(&self, g: Gender, pos: usize, asks: bool) -> Option<Person> {
        let reach = ceil_boundary(self.text, pos.saturating_sub(PARAGRAPH_REACH));
        let si = self.sentences.partition_point(|s| s.span.start <= pos);
        let fits = |p: &Person| {
            !p.org && {
                let h = self.gender_of(p);
                h == g || h == Gender::Any || g == Gender::Any
            }
        };
        for s in self.sentences[..si].iter().rev().take(FOLLOW_SENTENCES) {
            if s.span.end <= reach {
                break;
            }
            // Within reach, however long the sentence (a text without stops is one).
            let lo = s.span.start.max(reach);
            let hi = s.span.end.min(pos);
            if hi <= lo {
                continue;
            }
            // Everyone named in the sentence outside quotations, latest first.
            let named: Vec<&Person> = self
                .before(hi)
                .take_while(|p| p.pos >= lo)
                .filter(|p| !p.org && (!p.weak || self.is_speaker(p)))
                .collect();
            let subject = self.sentence_subject(Span::new(lo, hi), &named);
            // A subject that does not fit is no one else of the sentence either (its gender may
            // have been told only here: `Kaya said his shop…`).
            let mut unfit: Option<String> = None;
            match subject {
                Subject::Person(p, questioned) => {
                    // `Lee asked Chan why…`: an answer is the questioned one's, a question the
                    // asker's.
                    let answerer = questioned.filter(|q| fits(q) && !asks);
                    if let Some(q) = answerer {
                        return Some(q);
                    }
                    if fits(&p) {
                        return Some(p);
                    }
                    unfit = Some(p.name);
                }
                Subject::Pronoun(h) if h == g => continue,
                _ => {}
            }
            let other = |p: &&&Person| unfit.as_deref() != Some(p.name.as_str());
            if let Some(p) = named.iter().filter(other).find(|p| fits(p) && !p.weak) {
                return Some((*p).clone());
            }
            // `In Itigi, Zuhura Mwakyusa sells dried fish…` then `"…," she said`: a name of a
            // person's shape the entities stage typed ORG, opening a sentence that names nobody
            // else, is the person meant by a personal pronoun.
            if named.is_empty() && matches!(g, Gender::Male | Gender::Female) {
                if let Some(p) = self.person_shaped_opener(Span::new(lo, hi)) {
                    return Some(p);
                }
            }
        }
        None
    }

    /// `Ana Owusu said her younger brother had gone into the pit. "He told me, '…'," she
    /// said`: a pronoun inside a quotation at `pos` (the subject of a quotation nested in it)
    /// is someone the one quoted speaks of, not the one quoted: the relation of its gender
    /// (`her younger brother`, up to two words between the owner and the noun) that the two
    /// sentences before the quotation name, latest first, back to any quotation before.
    fn relation_before_quotation(&self, g: Gender, pos: usize) -> Option<Person> {
        if !matches!(g, Gender::Male | Gender::Female) {
            return None;
        }
        let i = self.quoted.partition_point(|q| q.end <= pos);
        let q = self.quoted.get(i).filter(|q| q.start <= pos)?;
        let si = self.sentences.partition_point(|s| s.span.end <= q.start);
        let s = self.sentences[..si]
            .iter()
            .rev()
            .nth(1)
            .or(self.sentences[..si].last())?;
        let open = floor_boundary(self.text, q.start.saturating_sub(1));
        let lo = s
            .span
            .start
            .max(ceil_boundary(self.text, open.saturating_sub(400)));
        let t = Toks::new(self.text, Span::new(lo, open));
        let from = (0..t.len())
            .rev()
            .find(|&k| t.punct(k).is_some_and(is_quote_char))
            .map_or(0, |k| k + 1);
        (from..t.len()).rev().find_map(|n| {
            let owner = (n.saturating_sub(3)..n)
                .rev()
                .find(|&o| t.is_word(o) && matches!(t.low(o), "his" | "her" | "their"))?;
            let fits = t.is_word(n)
                && NOUN_GENDER.get(t.bare(n)) == Some(&g)
                && (owner + 1..=n).all(|w| t.is_word(w) && !t.is_cap(w));
            fits.then(|| Person {
                name: t.text_of(owner, n).to_string(),
                title: None,
                gender: g,
                pos: t.toks[owner].span.start,
                org: false,
                weak: true,
            })
        })
    }

    /// For `the statement` (a document noun), the organization that issued it: the subject
    /// right after a fronted phrase naming the document with `a` or `its` (`In a statement,
    /// Saguaro Ridge said…`, `In a judgment published on Wednesday, the Rotterdam District
    /// Court found…`), in the latest of the few sentences before it that has one.
    fn document_issuer(&self, attr: &Attr) -> Option<String> {
        let Who::Org { phrase, .. } = &attr.who else {
            return None;
        };
        let noun = phrase.strip_prefix("the ")?;
        if !DOCUMENT_NOUNS.contains(noun) {
            return None;
        }
        let pos = attr.span.start;
        let reach = pos.saturating_sub(PARAGRAPH_REACH);
        let si = self.sentences.partition_point(|s| s.span.start < pos);
        self.sentences[..si]
            .iter()
            .rev()
            .take(FOLLOW_SENTENCES)
            .take_while(|s| s.span.end > reach)
            .find_map(|s| {
                let body = s.span.slice(self.text);
                let rest = body.strip_prefix("In ")?;
                let (fronted, _) = rest.split_once(", ")?;
                // `a statement`, `a written statement`, `its brief joint statement`.
                let words: Vec<&str> = fronted.split(' ').collect();
                let names = words.iter().enumerate().any(|(k, w)| {
                    matches!(*w, "a" | "an" | "its")
                        && words[k + 1..].iter().take(3).any(|v| *v == noun)
                });
                if !names {
                    return None;
                }
                let mut at = s.span.start + "In ".len() + fronted.len() + ", ".len();
                if self.text[at..].starts_with("the ") {
                    at += "the ".len();
                }
                let name = self.org_at(at).map(|n| self.full_org(n));
                // `In a written statement, chief executive Ana Ruiz said`: a person, after
                // lower-case role words at most, wrote it.
                let name = name.or_else(|| {
                    let i = self.people.partition_point(|p| p.pos < at);
                    self.people[i..]
                        .iter()
                        .take_while(|p| p.pos < s.span.end)
                        .find(|p| !p.org && !p.weak)
                        .filter(|p| {
                            let between = &self.text[at..p.pos];
                            between.split_whitespace().count() <= MAX_ROLE_WORDS + 1
                                && between
                                    .chars()
                                    .all(|c| c.is_lowercase() || c == ' ' || c == '-')
                        })
                        .map(|p| p.name.clone())
                });
                let name = name.or_else(|| {
                    // A short form the entities stage did not type ORG (`Saguaro Ridge`): the
                    // organization named before whose name it opens.
                    let run = capitalized_runs(&self.text[at..s.span.end])
                        .into_iter()
                        .next()?;
                    let short = Span::new(at + run.start, at + run.end).slice(self.text);
                    (run.start == 0 && short.contains(' '))
                        .then(|| {
                            let head = format!("{short} ");
                            self.orgs
                                .iter()
                                .rev()
                                .filter(|(p, _)| *p < at)
                                .find(|(_, n)| n.starts_with(&head))
                                .map(|(_, n)| n.clone())
                        })
                        .flatten()
                })?;
                Some(name)
            })
    }

    /// For `the report` (a work noun), the owner the text before gave it as an organization
    /// noun: `the consortium's environmental report` (up to two words between), as `the
    /// consortium`; found in the paragraph reach before it, latest first.
    fn work_owner(&self, attr: &Attr) -> Option<Attr> {
        let Who::Org { phrase, .. } = &attr.who else {
            return None;
        };
        let noun = phrase.strip_prefix("the ")?;
        if !WORK_NOUNS.contains(noun) {
            return None;
        }
        let pos = attr.span.start;
        let lo = ceil_boundary(self.text, pos.saturating_sub(PARAGRAPH_REACH));
        let t = Toks::new(self.text, Span::new(lo, pos));
        (2..t.len()).rev().find_map(|n| {
            if !(t.is_word(n) && t.low(n) == noun) {
                return None;
            }
            let o = (n.saturating_sub(3)..n)
                .rev()
                .find(|&o| possessive(&t, o))?;
            let owned = (o + 1..n).all(|i| t.is_word(i) && !t.is_cap(i));
            let owner = t.bare(o);
            (owned && o >= 1 && t.low(o - 1) == "the" && ORG_NOUNS.contains(owner)).then(|| Attr {
                who: Who::Org {
                    phrase: format!("the {owner}"),
                    any_org: true,
                },
                span: t.span_of(o - 1, o),
                title: None,
            })
        })
    }

    /// `The consortium, Kharas Green Molecules (KGM), plans…` … `the consortium said`: the
    /// organization named in apposition right after `the` and `noun`, latest before `pos`.
    fn appositive_org(&self, noun: &str, pos: usize) -> Option<Person> {
        let lo = ceil_boundary(self.text, pos.saturating_sub(LOOKBACK * 20));
        let hay = &self.text[lo..floor_boundary(self.text, pos)];
        let pattern = format!("{noun}, ");
        hay.rmatch_indices(&pattern).find_map(|(i, _)| {
            let the = hay
                .get(i.saturating_sub(4)..i)
                .is_some_and(|w| w.eq_ignore_ascii_case("the "));
            if !the {
                return None;
            }
            let at = lo + i + pattern.len();
            let k = self.orgs.partition_point(|(p, _)| *p < at);
            let (p, name) = self.orgs.get(k).filter(|(p, _)| *p == at)?;
            Some(Person::body(name.clone(), *p))
        })
    }

    /// The ORG-typed name of a person's shape (`Zuhura Mwakyusa`, not `Acme Mining` nor a known
    /// company) that opens the sentence `span`, at its start or after a fronted phrase and its
    /// comma, owning nothing: as a person of untold gender.
    fn person_shaped_opener(&self, span: Span) -> Option<Person> {
        let i = self.orgs.partition_point(|(p, _)| *p < span.start);
        let (at, name) = self.orgs.get(i).filter(|(p, _)| *p < span.end)?;
        let before = self.text.get(span.start..*at)?.trim_end();
        // `A Paris-based sales company, Films du Levant, has…`: a description whose head is an
        // organization's noun, in apposition, says the name is the organization's.
        let org_described = before
            .strip_suffix(',')
            .and_then(|b| b.rsplit(' ').next())
            .is_some_and(|w| ORG_NOUNS.contains_lower(w));
        let opens = before.is_empty() || (before.ends_with(',') && !org_described);
        (opens
            && name_like(name)
            && !org_like(name)
            && !entities::is_known_org(name)
            && !self.owner_at(*at, span.end))
        .then(|| Person {
            name: name.clone(),
            title: None,
            gender: Gender::Any,
            pos: *at,
            org: false,
            weak: false,
        })
    }

    /// The person `the 26-year-old` or `the Ukrainian` (`phrase`) at `pos` refers back to: for a
    /// demonym, the latest person introduced with it or with their country's name (`Ukraine's
    /// Oksana Petrenko`, `Brazilian rider Tiago Lima`: a word sharing its first letters before
    /// the name); else, or when none was, the latest person named.
    fn someone(&self, phrase: &str, pos: usize) -> Option<Person> {
        let people = || self.before(pos).filter(|p| !p.org && !p.weak);
        let demonym = phrase
            .rsplit(' ')
            .next()
            .map(str::to_lowercase)
            .filter(|w| NATIONALITIES.contains(w))
            .unwrap_or_default();
        let stem: String = demonym.chars().take(4).collect();
        // `Dane` and `Denmark`: a country whose name starts otherwise is listed.
        let country = DEMONYM_COUNTRIES.get(&demonym);
        let introduced = |p: &&Person| {
            let lo = ceil_boundary(self.text, p.pos.saturating_sub(40));
            self.text[lo..p.pos]
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| {
                    let low = w.to_lowercase();
                    w.chars().next().is_some_and(char::is_uppercase)
                        && (low.starts_with(&stem)
                            || country.is_some_and(|c| c.iter().any(|c| low.starts_with(c))))
                })
        };
        let by_demonym = (stem.chars().count() == 4)
            .then(|| people().take(LOOKBACK).find(introduced))
            .flatten();
        // `the 26-year-old`: the person given that age (`Ana Ruiz, 26,`, `26-year-old Ana Ruiz`).
        let age = phrase
            .split(' ')
            .find_map(|w| w.strip_suffix("-year-old"))
            .filter(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()));
        let aged = |p: &&Person| {
            let Some(a) = age else { return false };
            let lo = ceil_boundary(self.text, p.pos.saturating_sub(24));
            let before = self.text[lo..p.pos].trim_end();
            let after = self.text.get(p.pos..).unwrap_or_default();
            let after = after.get(..after.len().min(80)).unwrap_or(after);
            before.ends_with(&format!("{a}-year-old"))
                || after.split_once(", ").is_some_and(|(name, rest)| {
                    !name.contains(['.', ','])
                        && rest.strip_prefix(a).is_some_and(|r| r.starts_with(','))
                })
        };
        let by_age = age.and_then(|_| people().take(LOOKBACK).find(aged));
        let p = by_demonym.or(by_age).or_else(|| people().next())?;
        Some(self.in_full(p.clone()))
    }

    /// `p` under the full name the article named them with before, when it last named them by
    /// surname alone (`Mokoena-van Wyk` -> `Thabo Mokoena-van Wyk`).
    fn in_full(&self, mut p: Person) -> Person {
        let last = bare_str(p.name.rsplit(' ').next().unwrap_or_default());
        let tail = format!(" {}", p.name);
        let full = self.surnames.get(last).and_then(|names| {
            let i = names.partition_point(|(at, _)| *at <= p.pos);
            names[..i]
                .iter()
                .rev()
                .find(|(_, n)| n.ends_with(&tail))
                .map(|(_, n)| n.clone())
        });
        if let Some(full) = full {
            p.name = full;
        }
        p
    }

    /// The person a definite description at `pos` (`the mother of three`) refers back to: the
    /// one named right before the same words with `a` or `an` in apposition (`Marsh, 67, a
    /// mother of three,`), within the stretch before `pos`.
    fn described_as(&self, d: &str, pos: usize) -> Option<Person> {
        let rest = d.strip_prefix("the ")?;
        if !rest.contains(' ') {
            return None;
        }
        let lo = ceil_boundary(self.text, pos.saturating_sub(PARAGRAPH_REACH));
        let hay = &self.text[lo..floor_boundary(self.text, pos)];
        let at = ["a ", "an "].iter().find_map(|det| {
            hay.rmatch_indices(rest)
                .find(|&(i, _)| hay[..i].ends_with(det) && hay[..i - det.len()].ends_with(", "))
                .map(|(i, _)| lo + i - det.len() - 2)
        })?;
        // The name ends at the comma, or before an age between commas.
        self.before(at + 1)
            .take(3)
            .find(|p| !p.org && !p.weak && at - p.pos < 60)
            .cloned()
    }

    /// True when the word at `end` (after a pronoun) is a question cue: `"…?" he asked`.
    fn asks_at(&self, end: usize) -> bool {
        let rest = self.text.get(end..).unwrap_or_default().trim_start();
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        QUESTION_CUES.contains(word)
    }

    /// True when `p` is a speaker resolved so far (an unnamed one is kept as a candidate).
    fn is_speaker(&self, p: &Person) -> bool {
        let i = self.speakers.partition_point(|s| s.pos < p.pos);
        self.speakers
            .get(i)
            .is_some_and(|s| s.pos == p.pos && s.name == p.name)
    }

    /// The tokens of `span`, lexed once for the article: [`Toks::new`] of it.
    fn window_toks(&self, span: Span) -> Rc<Toks<'t>> {
        let key = (span.start, span.end);
        if let Some(t) = self.subject_toks.borrow().get(&key) {
            return Rc::clone(t);
        }
        let t = Rc::new(Toks::new(self.text, span));
        self.subject_toks.borrow_mut().insert(key, Rc::clone(&t));
        t
    }

    /// The subject of the sentence `span` (cut at the pronoun being resolved), for
    /// [`Known::follow_up`]; `named` holds who it names, latest first.
    fn sentence_subject(&self, span: Span, named: &[&Person]) -> Subject {
        // The speaker of a quotation in the sentence.
        if let Some(p) = named.iter().find(|p| self.is_speaker(p)) {
            return Subject::Person((*p).clone(), None);
        }
        let t = self.window_toks(span);
        let t = &*t;
        let outside = |k: usize| {
            let at = t.toks[k].span.start;
            let i = self.quoted.partition_point(|q| q.end <= at);
            !(i < self.quoted.len() && self.quoted[i].start <= at)
        };
        // The clause a cue verb ends: back to the last quote mark before it.
        let cues = (0..t.len())
            .filter(|&k| t.is_word(k) && outside(k) && t.cue_at(k).is_some())
            .take(3);
        for cue in cues {
            // `The exposed lists could reveal treatment …, said Eva Lind, a lawyer`: a cue
            // after a comma with a name after it (a title between at most) is inverted; the
            // clause before is what was said, the name its subject.
            if let Some(p) = self.inverted_subject(t, cue, named) {
                return Subject::Person(p.clone(), None);
            }
            let lo = (0..cue)
                .rev()
                .find(|&k| t.punct(k).is_some_and(is_quote_char))
                .map_or(0, |k| k + 1);
            let Some((attr, _)) = backward_np(t, lo, cue) else {
                continue;
            };
            let at = attr.span;
            // `Achebe-Morrow owns her building, which she said…`: the cue's subject stands in a
            // clause after the person the sentence opens with, who is its subject.
            if let Some(p) = self.opener(span, named).filter(|p| p.pos < at.start) {
                return Subject::Person(p.clone(), None);
            }
            let person = match &attr.who {
                Who::Pronoun(h @ (Gender::Male | Gender::Female)) => return Subject::Pronoun(*h),
                Who::Pronoun(_) => return Subject::Other,
                Who::Name { name, gender } => named
                    .iter()
                    .find(|p| (at.start..at.end).contains(&p.pos) || p.name == *name)
                    .map(|p| (*p).clone())
                    .or_else(|| self.link(name, at.start))
                    .or_else(|| {
                        // `A mother of five, who gave only her first name, Fadumo, said`: a
                        // name known from nowhere else, unless it names an organization.
                        let i = self.people.partition_point(|p| p.pos < at.start);
                        let org = self.people[i..]
                            .iter()
                            .take_while(|p| p.pos < at.end)
                            .any(|p| p.org);
                        (!org && !org_like(name) && !entities::is_known_org(name)).then(|| Person {
                            name: name.clone(),
                            title: attr.title.clone(),
                            gender: *gender,
                            pos: at.start,
                            org: false,
                            weak: false,
                        })
                    }),
                // `a boy group, provisionally called Project S`: an adverb before the verb is
                // nobody.
                Who::Description(d) if adverb_alone(d) => continue,
                Who::Description(d) => self.described_as(d, at.start).or(Some(Person {
                    name: d.clone(),
                    title: None,
                    gender: description_gender(d),
                    pos: at.start,
                    org: false,
                    weak: true,
                })),
                // A title nobody holds is an unnamed person of its own (`Holm's spokeswoman
                // said`), not the owner the phrase names.
                Who::Title { head, phrase } => {
                    self.titled(head, phrase, at.start).or(Some(Person {
                        name: phrase.clone(),
                        title: None,
                        gender: description_gender(phrase),
                        pos: at.start,
                        org: false,
                        weak: true,
                    }))
                }
                Who::Someone { phrase } => self.someone(phrase, at.start),
                Who::Org { .. } => return Subject::Other,
            };
            let Some(mut p) = person else {
                return Subject::Other;
            };
            // `Naidoo … said he had sent home six workers`: the pronoun after the cue tells
            // the subject's gender.
            let after = cue + t.cue_at(cue).unwrap_or(1);
            if p.gender == Gender::Any {
                p.gender = cue_pronoun_gender(t, cue);
            }
            // A question verb with a person after it: `Lee asked Chan why…`.
            let questioned = (QUESTION_CUES.contains(t.low(cue)) && after < t.len())
                .then(|| {
                    named
                        .iter()
                        .find(|q| q.pos == t.toks[after].span.start && q.name != p.name)
                        .map(|q| (*q).clone())
                })
                .flatten();
            return Subject::Person(p, questioned);
        }
        // No cue: `The Ukrainian, who…`, `The 26-year-old` opening the sentence.
        let refers_back = |w: &str| {
            NATIONALITIES.contains(w) || w.ends_with("-year-old") || PERSON_NOUNS.contains(w)
        };
        if t.len() > 2 && t.low(0) == "the" && t.is_word(1) && refers_back(t.bare(1)) {
            if let Some(p) = self.someone(&t.text_of(0, 1).to_lowercase(), span.start) {
                return Subject::Person(p, None);
            }
        }
        match self.opener(span, named) {
            Some(p) => Subject::Person(p.clone(), None),
            None => described_opener(t).map_or(Subject::Other, |p| Subject::Person(p, None)),
        }
    }

    /// The person named right after the cue at `cue` when it follows a comma: `…, said Eva
    /// Lind`, `…, said union lawyer Eva Lind` (lower-case role words between, no punctuation).
    fn inverted_subject<'p>(
        &self,
        t: &Toks,
        cue: usize,
        named: &[&'p Person],
    ) -> Option<&'p Person> {
        if cue == 0 || t.punct(cue - 1) != Some(',') {
            return None;
        }
        let after = cue + t.cue_at(cue)?;
        let start = t.toks.get(after)?.span.start;
        let end = t.toks[lower_titles_forward(t, after, t.len()).min(t.len() - 1)]
            .span
            .start;
        let last = t.toks.last()?.span.end;
        named
            .iter()
            .copied()
            .find(|p| p.pos >= start && p.pos <= end)
            .filter(|p| !self.owner_at(p.pos, last))
    }

    /// The person the sentence `span` opens with, at its start or after a fronted phrase and
    /// its comma (`Asked whether he could hold on, Van der Berg smiled.`), not as an owner
    /// (`Kell's manager`); `named` holds who it names, latest first.
    fn opener<'p>(&self, span: Span, named: &[&'p Person]) -> Option<&'p Person> {
        let p = *named.last()?;
        let before = self.text.get(span.start..p.pos)?.trim_end();
        ((before.is_empty() || before.ends_with(',')) && !self.owner_at(p.pos, span.end))
            .then_some(p)
    }

    /// True when the name at `pos` owns what follows (`Van der Berg's`, `Kestrel Mining's
    /// chief`): its words, up to the first lower-case word that is no particle, end in `'s`.
    fn owner_at(&self, pos: usize, end: usize) -> bool {
        self.text.get(pos..end).is_some_and(|rest| {
            rest.split(' ')
                .take(6)
                .take_while(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        || NAME_PARTICLES.contains_lower(w)
                })
                .any(|w| w.ends_with("’s") || w.ends_with("'s"))
        })
    }

    /// The organization named at `pos`: by the entities stage, or a name of an organization's
    /// shape.
    /// A company's full name, with the legal form it was first named with (`Naviera Tres
    /// Islas` -> `Naviera Tres Islas SA`).
    fn full_org(&self, name: &str) -> String {
        self.longer
            .get(name)
            .filter(|full| org_like(full))
            .map_or(name, String::as_str)
            .to_string()
    }

    fn org_at(&self, pos: usize) -> Option<&str> {
        let i = self.orgs.partition_point(|(p, _)| *p < pos);
        if let Some((_, name)) = self.orgs.get(i).filter(|(p, _)| *p == pos) {
            return Some(name);
        }
        let i = self.people.partition_point(|p| p.pos < pos);
        self.people[i..]
            .iter()
            .take_while(|p| p.pos == pos)
            .find(|p| p.org)
            .map(|p| p.name.as_str())
    }

    /// The organization the sentence `span` opens with, as its subject (`Kestrel Mining, the
    /// unit of Arvo Metals that runs the mine, said…`, `The Society of Mines was blunter.`),
    /// when the entities stage typed it ORG and it owns nothing (`Kestrel's chief said`).
    fn org_opener(&self, span: Span) -> Option<(usize, &str)> {
        let body = self.text.get(span.start..span.end)?;
        let mut at = span.start + (body.len() - body.trim_start().len());
        if self.text[at..span.end].starts_with("The ") {
            at += "The ".len();
        }
        let name = self.org_at(at)?;
        (!self.owner_at(at, span.end)).then_some((at, name))
    }

    /// The organization the sentences just before `pos` are about, for `it said`: the
    /// subject of the first cue verb outside quotations in the latest sentence that has one,
    /// when that is an organization noun (`The port authority said…`) or a name the entities
    /// stage typed ORG; `None` when it is anyone else or no sentence in reach has a cue.
    fn org_subject(&self, pos: usize) -> Option<Attr> {
        let reach = ceil_boundary(self.text, pos.saturating_sub(DESCRIBED_REACH));
        let si = self.sentences.partition_point(|s| s.span.start <= pos);
        for s in self.sentences[..si].iter().rev().take(3) {
            let (lo, hi) = (s.span.start.max(reach), s.span.end.min(pos));
            if s.span.end <= reach {
                break;
            }
            // `It said in a statement:` opens its sentence: nothing before it to read.
            if hi <= lo {
                continue;
            }
            // A sentence that opens with an organization is about it, whatever clause or
            // apposition stands between it and the verb (`The Society of Mines (SOM), the
            // industry lobby, was blunter.`).
            if let Some((at, name)) = self.org_opener(s.span).filter(|&(at, _)| at < hi) {
                return Some(Attr {
                    who: Who::Name {
                        name: name.to_string(),
                        gender: Gender::Thing,
                    },
                    span: Span::new(at, at + name.len()),
                    title: None,
                });
            }
            let t = Toks::new(self.text, Span::new(lo, hi));
            let outside = |k: usize| {
                let at = t.toks[k].span.start;
                let i = self.quoted.partition_point(|q| q.end <= at);
                !(i < self.quoted.len() && self.quoted[i].start <= at)
            };
            let Some(cue) =
                (0..t.len()).find(|&k| t.is_word(k) && outside(k) && t.cue_at(k).is_some())
            else {
                continue;
            };
            let from = (0..cue)
                .rev()
                .find(|&k| t.punct(k).is_some_and(is_quote_char))
                .map_or(0, |k| k + 1);
            let (attr, _) = backward_np(&t, from, cue)?;
            return match &attr.who {
                Who::Org { .. } => Some(attr),
                // `Acme, which owns 70% of it, said…. It said its plants had shut. "…," the
                // company said`: `it` speaks for the organization a sentence before named.
                Who::Pronoun(Gender::Thing) => continue,
                // `The port authority said`: a description headed by an organization noun, an
                // organization of its own unless one named with that noun is meant.
                // The head is the last word before a complement (`the Chinese embassy in
                // Dakar`).
                Who::Description(d)
                    if d.starts_with("the ")
                        && d.split(' ')
                            .take_while(|w| !PREPOSITIONS.contains(w))
                            .last()
                            .is_some_and(|w| ORG_NOUNS.contains(w)) =>
                {
                    Some(Attr {
                        who: Who::Org {
                            phrase: d.clone(),
                            any_org: false,
                        },
                        ..attr
                    })
                }
                Who::Name { .. }
                    if self
                        .people
                        .iter()
                        .any(|p| p.org && p.pos == attr.span.start) =>
                {
                    Some(attr)
                }
                _ => None,
            };
        }
        None
    }

    /// A pronoun, a title alone or an organization noun: who the article last named that fits.
    fn resolve_reference(&mut self, attr: &Attr) -> (String, Option<String>) {
        let pos = attr.span.start;
        // `… said the consortium's environmental report was thin. "The report says '…'"`: a
        // work speaks for the body that owns it.
        if let Some(owner) = self.work_owner(attr) {
            return self.resolve_reference(&owner);
        }
        if let Some(issuer) = self.document_issuer(attr) {
            self.remember(&issuer, None, Gender::Any, pos, true);
            return (issuer, None);
        }
        // `The port authority said…. "…," it said`: the organization that sentence was about.
        if attr.who == Who::Pronoun(Gender::Thing) {
            if let Some(subject) = self.org_subject(pos) {
                if let Who::Org { .. } = subject.who {
                    return self.resolve_reference(&subject);
                }
                if let Some(name) = self.org_at(subject.span.start).map(|n| self.full_org(n)) {
                    self.remember(&name, None, Gender::Any, pos, true);
                    return (name, None);
                }
            }
        }
        let found: Option<Person> = match &attr.who {
            Who::Pronoun(g @ (Gender::Any | Gender::Thing)) => {
                // `they`: the organization the article has named most lately, the latest of
                // those named as often; `it` means nobody else.
                let orgs: Vec<&Person> = self.before(pos).filter(|p| p.org).take(50).collect();
                let times = |name: &str| orgs.iter().filter(|p| p.name == name).count();
                let mut best: Option<&Person> = None;
                for &p in &orgs {
                    if best.map_or(true, |b| times(&p.name) > times(&b.name)) {
                        best = Some(p);
                    }
                }
                best.or_else(|| self.before(pos).find(|p| !p.weak && *g == Gender::Any))
                    .cloned()
            }
            Who::Pronoun(Gender::Own) => None,
            Who::Pronoun(g) => self
                .relation_before_quotation(*g, pos)
                .or_else(|| self.follow_up(*g, pos, self.asks_at(attr.span.end)))
                .or_else(|| {
                    // Nobody in reach fits: the latest speaker of that gender, else the one
                    // just quoted, of untold gender, when nobody was named since.
                    self.speakers
                        .iter()
                        .rev()
                        .filter(|p| p.pos < pos)
                        .take(LOOKBACK)
                        .find(|p| !p.org && self.gender_of(p) == *g)
                        .cloned()
                        .or_else(|| self.previous_speaker(pos))
                })
                .or_else(|| {
                    // Nobody of that gender: the person the article names most, latest first.
                    let count = |p: &Person| {
                        let last = p.name.rsplit(' ').next().unwrap_or_default();
                        self.counts.get(bare_str(last)).copied().unwrap_or(0)
                    };
                    let mut best: Option<&Person> = None;
                    for p in self
                        .before(pos)
                        .filter(|p| !p.org && p.gender == Gender::Any)
                    {
                        if best.map_or(true, |b| count(p) > count(b)) {
                            best = Some(p);
                        }
                    }
                    best.cloned()
                }),
            // A title nobody was given (`the new chief executive said`): the person the last
            // sentence or two were about.
            // One the article gave another title is meant only when the title is new to them.
            // `Plaid Cymru's health spokesperson, Ana Ruiz, said…. A Welsh Government
            // spokesperson said…. "…," the spokesperson said`: an unnamed holder described
            // after the named one is the one meant.
            Who::Title { head, phrase } => self
                .titled(head, phrase, pos)
                .map(|p| match self.described_head(head, pos) {
                    Some(d) if d.pos > p.pos => d,
                    _ => p,
                })
                .or_else(|| {
                    let g = description_gender(phrase);
                    let new = phrase.split(' ').any(|w| SUCCESSION.contains(w));
                    self.follow_up(g, pos, false).filter(|p| {
                        !p.weak && pos - p.pos < TITLE_FOLLOW_REACH && (new || p.title.is_none())
                    })
                }),
            Who::Someone { phrase } => self.someone(phrase, pos),
            Who::Org { phrase, any_org } => {
                let noun = phrase.rsplit(' ').next().unwrap_or_default();
                self.headed(noun, pos)
                    .or_else(|| self.appositive_org(noun, pos))
                    .or_else(|| {
                        // `the ministry` -> `Ministry of Agriculture`: an organization with the
                        // noun anywhere in its name.
                        self.before(pos)
                            .filter(|p| p.org)
                            .take(50)
                            .find(|p| p.name.split(' ').any(|w| w.eq_ignore_ascii_case(noun)))
                            .cloned()
                    })
                    // `an official, who asked not to be named, ... the official said`: no
                    // organization, but the unnamed person introduced before.
                    .or_else(|| self.described_head(noun, pos))
                    .or_else(|| {
                        // `the agriculture ministry said ... The ministry said`: the article
                        // named it only in lower case, so no organization named lately is meant.
                        if self.unnamed_before(noun, pos) {
                            return None;
                        }
                        // `Kestrel Mining, the unit of Arvo Metals that runs the mine, said….
                        // "…," the company said`: the organization the sentences before are
                        // about, over one named in passing.
                        let subject = any_org.then(|| self.org_subject(pos)).flatten();
                        let named = subject.and_then(|a| {
                            self.org_at(a.span.start)
                                .map(|name| Person::body(self.full_org(name), a.span.start))
                        });
                        // `the company said`: not an organization its name heads with another
                        // body's noun (`National Mining Agency`), when another is at hand.
                        // So too one headed by it before its complement (`Ministry of the
                        // Economy`).
                        let other_body = |p: &Person| {
                            // `the group said`: an association or a union may be called so.
                            if UMBRELLA_ORG_NOUNS.contains(noun) {
                                return false;
                            }
                            let head = p
                                .name
                                .split(" of ")
                                .next()
                                .and_then(|h| h.rsplit(' ').next());
                            let last = p.name.rsplit(' ').next();
                            [head, last].into_iter().flatten().any(|w| {
                                let w = lexicon::lower(w);
                                *w != *noun && ORG_NOUNS.contains(&w)
                            })
                        };
                        // The subject too, when it is another body (`The Ministry of the
                        // Economy said…. The company said`) and a fitting one is at hand.
                        named
                            .clone()
                            .filter(|p| !other_body(p))
                            .or_else(|| {
                                self.before(pos)
                                    .filter(|p| p.org && *any_org)
                                    .take(LOOKBACK)
                                    .find(|p| !other_body(p))
                                    .cloned()
                            })
                            .or(named)
                            .or_else(|| self.before(pos).find(|p| p.org && *any_org).cloned())
                            .or_else(|| {
                                self.before(pos)
                                    .find(|p| {
                                        *any_org
                                            && p.gender == Gender::Any
                                            && p.title.is_none()
                                            && !p.weak
                                    })
                                    .cloned()
                            })
                    })
            }
            _ => None,
        };
        match found {
            Some(mut p) => {
                // A pronoun's speaker keeps the title they were last quoted with.
                if matches!(attr.who, Who::Pronoun(_)) {
                    let quoted = self.speakers.iter().rev().filter(|s| s.pos < pos);
                    if let Some(t) = quoted
                        .take(LOOKBACK)
                        .find(|s| s.name == p.name)
                        .and_then(|s| s.title.clone())
                    {
                        p.title = Some(t);
                    }
                }
                // The title the article gave them, though the mention found may lack it.
                if p.title.is_none() && !p.weak {
                    p.title = self.facts.get(&p.name).and_then(|f| f.1.clone());
                }
                // A pronoun tells the gender of whom it refers to.
                let gender = match (&attr.who, p.gender) {
                    (Who::Pronoun(g @ (Gender::Male | Gender::Female)), Gender::Any) => *g,
                    _ => p.gender,
                };
                self.remember(&p.name, p.title.clone(), gender, pos, p.org);
                if p.weak {
                    // An unnamed speaker stays one: no `the 23-year-old` refers back to them.
                    let at = self.speakers.partition_point(|s| s.pos <= pos);
                    if let Some(s) = at.checked_sub(1).and_then(|i| self.speakers.get_mut(i)) {
                        s.weak = true;
                    }
                }
                (p.name, p.title)
            }
            None => match &attr.who {
                Who::Title { phrase, .. } | Who::Org { phrase, .. } | Who::Someone { phrase } => {
                    (phrase.clone(), None)
                }
                _ => (String::new(), None),
            },
        }
    }
}

/// True when the description `d` is one lower-case adverb (`provisionally`, `reportedly`),
/// which names nobody.
fn adverb_alone(d: &str) -> bool {
    !d.contains(' ')
        && d.chars().all(|c| c.is_ascii_lowercase())
        && (ADVERBS.contains(d)
            || ADVERB_ENDINGS
                .iter()
                .any(|e| d.len() > e.len() + 2 && d.ends_with(e)))
}

/// The name ending the description `d` when all else is `the` and one or two lower-case words
/// that are no preposition (`the opposition Alliance for the Union of Romanians`): a name of
/// two capitalized words or more, joined only by `of`, `for`, `the` and `and`.
fn described_name(d: &str) -> Option<&str> {
    let rest = d.strip_prefix("the ")?;
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let words: Vec<&str> = rest.split(' ').collect();
    let first = words.iter().position(|w| cap(w))?;
    // `the Articulation of Indigenous Peoples of Brazil`: a body's name of the `X of Y` shape
    // right after `the`, which is no part of it.
    let joined = |ws: &[&str]| ws.iter().any(|w| matches!(*w, "of" | "for"));
    let lead_ok = (first == 0 && joined(&words))
        || ((1..=2).contains(&first)
            && words[..first]
                .iter()
                .all(|w| w.chars().all(char::is_lowercase) && !PREPOSITIONS.contains(w)));
    let name = &words[first..];
    let name_ok = name.len() >= 2
        && name.iter().filter(|w| cap(w)).count() >= 2
        && name.last().is_some_and(|w| cap(w))
        && name
            .iter()
            .all(|w| cap(w) || matches!(*w, "of" | "for" | "the" | "and"));
    let skip: usize = words[..first].iter().map(|w| w.len() + 1).sum();
    (lead_ok && name_ok).then(|| &rest[skip..])
}

/// True when a name opens with a name particle written capitalized (`Van der Berg`, `De la
/// Cruz`): a surname alone, not a full name.
fn particle_led(name: &str) -> bool {
    // Asked of every person the article names: most first words are longer than any particle,
    // and the rest are lowered without a string.
    name.split_once(' ').is_some_and(|(first, _)| {
        first.chars().next().is_some_and(char::is_uppercase)
            && !(first.is_ascii() && first.len() > *LONGEST_PARTICLE)
            && NAME_PARTICLES.contains_lower(first)
    })
}

/// The entity mention (person or organization) overlapping `span`. One that stops inside a
/// word of the speaker (`Park Ji` of `Park Ji-hoon`) cut the name and is not used.
/// The mentions that overlap `span`, in order (mentions are sorted and do not overlap).
fn mentions_over(mentions: &[Mention], span: Span) -> impl Iterator<Item = &Mention> {
    let i = mentions.partition_point(|m| m.end <= span.start);
    mentions[i..].iter().take_while(move |m| m.start < span.end)
}

/// The span of a person's mention that ends the run `span`, where the run goes on from a
/// title's field (after `of`, `for` or `and`) and the mention starts after its first word.
fn person_ending(text: &str, mentions: &[Mention], span: Span) -> Option<Span> {
    let before = text[..span.start].trim_end();
    let field = [" of", " for", " and"].iter().any(|w| before.ends_with(w));
    if !field {
        return None;
    }
    mentions_over(mentions, span)
        .find(|m| {
            m.kind == "PERSON"
                && m.start > span.start
                && m.end <= span.end
                && text[m.end..span.end].chars().all(|c| !c.is_alphanumeric())
                && m.text.contains(' ')
                // `Wildlife Cabinet Secretary Mekdes Tesfaye`: a title inside the run is read
                // with the name as before.
                && !text[span.start..m.start]
                    .split_whitespace()
                    .any(|w| entities::is_name_title(&lexicon::lower(w)))
        })
        .map(|m| Span {
            start: m.start,
            end: span.end,
        })
}

/// Whether `span` lies inside a longer mention of a body, place, product or event.
fn within_body(mentions: &[Mention], span: Span) -> bool {
    mentions_over(mentions, span).any(|m| {
        m.start <= span.start
            && m.kind != "PERSON"
            && m.end >= span.end
            && m.end - m.start > span.end - span.start
    })
}

fn mention_at<'m>(text: &str, mentions: &'m [Mention], span: Span) -> Option<&'m Mention> {
    mentions_over(mentions, span)
        .filter(|m| m.kind == "PERSON" || m.kind == "ORG")
        .find(|m| {
            m.end >= span.end
                || !text
                    .get(m.end..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| c == '-' || c.is_alphanumeric())
        })
}

/// A title given in apposition after a name: `Karen Bass, the mayor of Los Angeles,`.
fn after_title(text: &str, from: usize) -> Option<String> {
    let rest = text.get(from..)?;
    if !rest.starts_with(", ") {
        return None;
    }
    let end = floor_boundary(text, from + 120);
    // The window is read only up to the first mark after the comma (most appositions are
    // short), and far enough for a cue phrase at its first word: nothing below looks further.
    let mut r = Reader::new(text, Span::new(from, end), false);
    let mut k = 1;
    let first_mark = loop {
        if !r.fill(k) {
            break None;
        }
        if !r.toks.is_word(k) {
            break Some(k);
        }
        k += 1;
    };
    r.fill(1 + *LONGEST_CUE);
    let t = r.toks;
    // A word the window cuts is left out whole.
    let cut = end < text.len()
        && text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
    // With no mark, the window is read to its end.
    let mut stop = first_mark.unwrap_or(t.len() - usize::from(cut && t.len() > 1));
    // A title the window cuts ends at a word of its own, not `of` or `and`.
    while stop > 2 && TITLE_CUT_ENDERS.contains(t.low(stop - 1)) {
        stop -= 1;
    }
    // `Ana Ruiz, said the manager would…`: a verb after the comma, no apposition.
    if stop <= 1 || t.is_cap(1) && !t.is_title(1) || t.cue_at(1).is_some() {
        return None;
    }
    (1..stop.min(5))
        .any(|i| t.is_title(i))
        .then(|| appositive_title(&t, 1, stop))
        .filter(|s| !s.is_empty())
}

/// A title given in apposition before a name that a comma closes: `The Ribeira president,
/// Armando Vaz, said`. The title words are lower case and end right before `, ` at `start`.
fn before_title(text: &str, start: usize, end: usize) -> Option<String> {
    if !text.get(end..)?.starts_with(',') || !text.get(..start)?.ends_with(", ") {
        return None;
    }
    let comma = start - 2;
    let lo = ceil_boundary(text, comma.saturating_sub(110));
    let t = Toks::new(text, Span::new(lo, comma));
    let n = t.len();
    if n == 0 {
        return None;
    }
    // `The chief executive of the Kenya Ports Authority, Wanjiru Kamau,`: the title's
    // organization stands between it and the comma.
    let mut head = n;
    if t.is_cap(n - 1) {
        let mut r = cap_run_back(&t, 0, n);
        if r > 0 && t.low(r - 1) == "the" {
            r -= 1;
        }
        if r > 1 && matches!(t.low(r - 1), "of" | "for" | "at") {
            head = r - 1;
        }
    }
    // `her husband, Joseph Chebet,`: a relation named after its owner is a title too.
    let relation = head >= 2
        && matches!(t.low(head - 2), "his" | "her" | "their")
        && NOUN_GENDER.contains_key(t.bare(head - 1));
    if !(t.is_title(head - 1) || relation) || t.is_cap(head - 1) {
        return capitalized_title_back(&t).or_else(|| complement_title_back(&t));
    }
    let first = lower_titles_back(&t, 0, head);
    Some(t.text_of(first, n - 1).to_string())
}

/// `The senior minister in the Office of the President with responsibility for finance, Name,`:
/// a lower-case title after `the`, then a complement of words only opening with a preposition
/// (`in`, `of`, `for`, `at`, `with`) up to the name's comma: the title is the title words.
fn complement_title_back(t: &Toks) -> Option<String> {
    let n = t.len();
    // The complement is one phrase: words only, back to the title.
    let mut i = n;
    while i > 0 && n - i < 2 * LONG_NAME_WORDS && t.is_word(i - 1) {
        i -= 1;
        if t.is_title(i) && !t.is_cap(i) && i + 1 < n && PREPOSITIONS.contains(&t.low(i + 1)) {
            let first = lower_titles_back(t, 0, i + 1);
            let the = first > 0 && t.low(first - 1) == "the";
            return the.then(|| t.text_of(first, i).to_string());
        }
    }
    None
}

/// `The Minister of Fisheries and Maritime Infrastructure, Aminata Sarr,`: a capitalized title
/// after `the` or an owner (`Kashmir's Director of Agriculture`), with its portfolio in capitals joined by `of`, `and`, `for` or `the`, ending the
/// tokens `t` (before the name's comma).
fn capitalized_title_back(t: &Toks) -> Option<String> {
    let n = t.len();
    let joined = |i: usize| {
        t.is_word(i) && (t.is_cap(i) || matches!(t.low(i), "of" | "and" | "for" | "the"))
    };
    let mut s = n;
    while s > 0 && n - s < LONG_NAME_WORDS && joined(s - 1) {
        s -= 1;
    }
    let h = (s.max(1)..n).find(|&i| {
        t.is_cap(i) && t.is_title(i) && (t.low(i - 1) == "the" || owner_name(t, i - 1))
    })?;
    (t.is_cap(n - 1) && (h + 1 == n || t.low(h + 1) != "the"))
        .then(|| t.text_of(h, n - 1).to_string())
}

/// A title in lower case right before a name, with no comma (`Zentova chief executive Ivo
/// Brandt said`): the words end at `start` after one space.
fn premodifier_title(text: &str, start: usize) -> Option<String> {
    let before = text.get(..start)?.strip_suffix(' ')?;
    let lo = ceil_boundary(text, before.len().saturating_sub(60));
    // The last word decides, and most names follow no title: read it alone first, from the
    // last white space (never inside a token, so it is the same token the whole window ends
    // with).
    let not_title = |t: &Toks| {
        let n = t.len();
        n == 0 || !t.is_title(n - 1) || t.is_cap(n - 1) || t.toks[n - 1].span.end != before.len()
    };
    let tail = before[lo..]
        .rfind(char::is_whitespace)
        .map_or(lo, |i| lo + i);
    if not_title(&Toks::new(text, Span::new(tail, before.len()))) {
        return None;
    }
    let t = Toks::new(text, Span::new(lo, before.len()));
    let n = t.len();
    let first = lower_titles_back(&t, 0, n);
    Some(t.text_of(first, n - 1).to_string())
}

// ---------------------------------------------------------------------------------------------
// Putting it together.

/// The speaker of a quotation nested in `owner`'s, told by the words `[from, to)` before it
/// when they open with `my` and a person noun, the subject of a cue (`My stablemaster told
/// me,`): `his son` for a family word when the owner's given name tells the gender, else
/// `Kirinoumi's stablemaster`. Returns the description and the words naming the relation.
fn own_relation(text: &str, from: usize, to: usize, owner: &str) -> Option<(String, Span)> {
    let t = Toks::new(text, Span::new(from, to));
    if t.len() < 3 || !t.is_word(0) || t.low(0) != "my" {
        return None;
    }
    let person = |k: usize| {
        let w = t.low(k);
        KIN_NOUNS.contains(w)
            || NOUN_GENDER.contains_key(w)
            || PERSON_NOUNS.contains(w)
            || JOB_SUFFIXES
                .iter()
                .any(|s| w.len() > s.len() + 2 && w.ends_with(s.as_str()))
    };
    let head = (1..t.len().min(3))
        .take_while(|&k| t.is_word(k) && !t.is_cap(k) && t.cue_at(k).is_none())
        .find(|&k| person(k))?;
    (head + 1..t.len()).find(|&k| t.cue_at(k).is_some())?;
    let noun = t.text_of(1, head);
    let name = match given_gender(owner) {
        Gender::Male if KIN_NOUNS.contains(t.low(head)) => format!("his {noun}"),
        Gender::Female if KIN_NOUNS.contains(t.low(head)) => format!("her {noun}"),
        _ => format!("{owner}'s {noun}"),
    };
    Some((name, t.span_of(0, head)))
}

/// The speaker of the previous outer quotation, for the one after it in the same or the next
/// paragraph that names nobody (`"…," she said. "…"`).
struct Previous {
    block: usize,
    /// One past its closing mark.
    end: usize,
    speaker: Option<String>,
    title: Option<String>,
    span: Option<Span>,
}

/// True when a quotation is a sentence of its own, after another sentence: `"…," the governor
/// said. "Especially the elderly."`
fn own_sentence(text: &str, lo: usize, open: usize, quoted: &str) -> bool {
    let before = text.get(lo..open).unwrap_or_default().trim_end();
    let after_stop = before.is_empty() || before.ends_with(['.', '!', '?']);
    after_stop
        && quoted.ends_with(['.', '!', '?'])
        && quoted.chars().next().is_some_and(char::is_uppercase)
}

/// True when `s` holds a quote mark, not counting an apostrophe inside a word or after a plural
/// (`the state's finances`, `the growers' union`).
fn has_quote_mark(s: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_quote_char(c) {
            let next = chars.peek().copied();
            let apostrophe = matches!(c, '\'' | '’')
                && prev.is_some_and(char::is_alphanumeric)
                && (next.is_some_and(char::is_alphanumeric)
                    || (prev == Some('s') && next.map_or(true, char::is_whitespace)));
            if !apostrophe {
                return true;
            }
        }
        prev = Some(c);
    }
    false
}

/// True when quoted words end with a full stop.
fn ends_sentence(s: &str) -> bool {
    s.ends_with('.') && !s.ends_with("...")
}

/// Number of words in a quotation.
fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Written as titles of works are (`Night Drive`, `The Lord of the Rings`): every word
/// capitalized but the short joining ones, the first one always, and no sentence inside.
fn title_case(s: &str) -> bool {
    let mut words = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic));
    let capital = |w: &str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    let Some(first) = words.next() else {
        return false;
    };
    capital(first)
        && !s.contains(". ")
        && words.all(|w| {
            capital(w) || (w.len() <= 3 && NAME_STOPWORDS.contains(w)) || is_short_joiner(w)
        })
}

/// `of`, `the`, `and`: the short words a title leaves in lower case.
fn is_short_joiner(w: &str) -> bool {
    w.len() <= 4
        && (PREPOSITIONS.contains(&w) || DETERMINERS.contains(&w) || w == "and" || w == "or")
}

/// Ends like a sentence or a clause of speech.
fn speech_like(s: &str) -> bool {
    s.trim_end()
        .chars()
        .last()
        .is_some_and(|c| ".!?,…—–-:;".contains(c))
}

/// `Ramon "Bong" Alvarado-Ting`: a nickname inside a name ([`entities::nickname_len`]) is no
/// quotation.
fn nickname(text: &str, raw: &Raw) -> bool {
    !raw.unclosed
        && entities::nickname_len(text, raw.open, |w| given_name(&w.to_lowercase()).is_some())
            == Some(raw.end - raw.open)
}

/// True when a noun naming a work (`memoir`, `film`) stands right before `open`, maybe with a
/// comma: `her memoir, "Small Hearts",` is a title, whoever is said to have written it.
fn after_work_noun(text: &str, open: usize) -> bool {
    let from = ceil_boundary(text, open.saturating_sub(40));
    let t = Toks::new(text, Span::new(from, open));
    let mut n = t.len();
    if n > 0 && matches!(t.punct(n - 1), Some(',' | ':')) {
        n -= 1;
    }
    n > 0 && t.is_word(n - 1) && WORK_NOUNS.contains(t.low(n - 1))
}

/// True when a scare or naming cue (`so-called`, `dubbed`) stands right before `open`.
fn after_scare_cue(text: &str, open: usize) -> bool {
    let from = ceil_boundary(text, open.saturating_sub(40));
    let t = Toks::new(text, Span::new(from, open));
    (t.len().saturating_sub(3)..t.len()).any(|i| {
        t.phrase_at(i, &SCARE_CUES)
            .is_some_and(|len| i + len == t.len())
    })
}

fn attribute(
    text: &str,
    blocks: &[Block],
    groups: &[Group],
    raws: &[Raw],
    mentions: &[Mention],
    mut known: Known,
) -> Vec<Quote> {
    let mut out = Vec::with_capacity(groups.len());
    let mut previous: Option<Previous> = None;
    // Who said each raw quotation, for the quotations nested in it.
    type Said = (Option<String>, Option<String>, Option<Span>);
    let mut said_by: FastMap<usize, Said> = FastMap::default();
    // End of the last outer quotation and its block, where the next one's context starts.
    let mut last_outer_end: Option<(usize, usize)> = None;
    for g in groups {
        let first = &raws[g.parts[0]];
        let last = &raws[*g.parts.last().expect("a group has parts")];
        let block = blocks[first.block].span;
        let (lo, limit) = match g.within {
            Some(w) => (w.start, w.end),
            None => {
                let lo = match last_outer_end {
                    Some((end, b)) if b == first.block => end.max(block.start),
                    _ => block.start,
                };
                (lo, blocks[last.block].span.end)
            }
        };
        let outer = g.within.is_none();
        if g.parts.iter().all(|&i| raws[i].content.is_empty()) {
            // Empty marks: nothing was quoted.
            if outer {
                last_outer_end = Some((last.end, last.block));
            }
            continue;
        }
        let after = if last.unclosed {
            None
        } else if let Some(read) = g.after.clone() {
            read
        } else {
            read_after(
                text,
                last.end,
                limit,
                ends_sentence(last.content.slice(text)),
            )
            .attr
        };
        let mut before = read_before(text, lo, first.open);
        if before.is_none() && outer && first.open == block.start && first.block > 0 {
            // A paragraph ending `Chris Cox said,` introduces the quotation that follows it.
            let prev = blocks[first.block - 1].span;
            let from = match last_outer_end {
                Some((end, b)) if b == first.block - 1 => end.max(prev.start),
                _ => prev.start,
            };
            let ends_intro = text[prev.start..prev.end]
                .trim_end()
                .ends_with([':', ',', '—']);
            if ends_intro {
                before = read_before(text, from, prev.end)
                    .filter(|(_, source)| *source == Source::Intro);
            } else if after.is_none() && g.between.is_none() {
                // `In her memoir she described the night before.` then the quotation as a
                // paragraph of its own: the subject of that last sentence speaks.
                let body = text[prev.start..prev.end].trim_end();
                if body.ends_with('.') && !body.ends_with("...") {
                    let stop = prev.start + body.len() - 1;
                    before = read_before(text, from.min(stop), stop)
                        .filter(|(a, _)| !matches!(a.who, Who::Description(_)));
                }
            }
        }
        if before.is_none() && after.is_none() && g.between.is_none() && outer {
            // `Tanaka urged families to act. "If your child…"`: a quotation opening a sentence
            // after one that names who spoke, in the same paragraph.
            let body = text.get(lo..first.open).unwrap_or_default().trim_end();
            if body.len() > 1 && body.ends_with('.') && !body.ends_with("...") {
                let stop = lo + body.len() - 1;
                before = last_sentence(text, lo, stop).and_then(|(all, start)| {
                    before_in(&all, start)
                        .filter(|(a, _)| !matches!(a.who, Who::Description(_)))
                        .or_else(|| named_subject(&all, start).map(|a| (a, Source::Loose)))
                });
            }
        }
        let found = g
            .between
            .clone()
            .map(|a| (a, Source::Between))
            .or_else(|| before.clone().filter(|(_, s)| *s == Source::Intro))
            .or_else(|| after.map(|a| (a, Source::After)))
            .or(before);
        // `A spokesman for the bureau said the exports were sound. "…," he said.`: the pronoun
        // is the unnamed person the sentence before described, not someone named earlier.
        let found = match found {
            Some((a, Source::After)) if outer => match a.who {
                Who::Pronoun(g @ (Gender::Male | Gender::Female)) => {
                    // The pronoun stays the words that name the speaker.
                    described_before(text, lo, first.open, g)
                        .map(|d| Attr { span: a.span, ..d })
                        .map(|d| (d, Source::After))
                        .or(Some((a, Source::After)))
                }
                _ => Some((a, Source::After)),
            },
            f => f,
        };

        let parts: Vec<Span> = g.parts.iter().map(|&i| raws[i].content).collect();
        let quote_text = parts
            .iter()
            .map(|p| p.slice(text))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if outer {
            last_outer_end = Some((last.end, last.block));
        }
        let words = word_count(&quote_text);
        let adjacent = found.as_ref().is_some_and(|(_, s)| *s != Source::Loose);
        let short = words <= SHORT_QUOTE_WORDS;
        let starts_paragraph = first.open == block.start;
        // `"…," said Mary Byrne. "Never."`: one word that is a sentence of its own, after a
        // quotation in the same paragraph, is speech resumed.
        let resumed = words == 1
            && outer
            && previous.as_ref().is_some_and(|p| p.block == first.block)
            && text
                .get(lo..first.open)
                .is_some_and(|b| !b.trim().is_empty())
            && own_sentence(text, lo, first.open, &quote_text);
        // `Lee said rates were "too high" and that costs would "keep rising"`: a second phrase
        // in the sentence of a quotation someone was named for, with no cue of its own, is
        // theirs too.
        let same_sentence = found.is_none()
            && outer
            && previous
                .as_ref()
                .is_some_and(|p| p.end == lo && p.speaker.is_some())
            && text.get(lo..first.open).is_some_and(|gap| {
                gap.len() <= SAME_SENTENCE_GAP
                    && !gap.contains(['.', '!', '?', ';', ':', '\n'])
                    && !has_quote_mark(gap)
            });
        let scare = words == 0
            || (!adjacent && words <= 1 && !resumed)
            || (words == 1 && g.parts.len() == 1 && nickname(text, first))
            || (!adjacent && short && after_scare_cue(text, first.open))
            || ((!adjacent || after_work_noun(text, first.open))
                && title_case(&quote_text)
                && !resumed)
            || (short
                && found.is_none()
                && !same_sentence
                && !(starts_paragraph && speech_like(&quote_text))
                && !own_sentence(text, lo, first.open, &quote_text));
        if scare {
            continue;
        }
        let (speaker, title, span) = match &found {
            // `I told them, 'Keep the ball'`: the one quoted speaks.
            Some((attr, _)) if attr.who == Who::Pronoun(Gender::Own) => first
                .parent
                .and_then(|p| said_by.get(&p).cloned())
                .unwrap_or((None, None, None)),
            Some((attr, _)) => {
                let (name, title) = known.resolve(attr, mentions);
                let name = (!name.is_empty()).then_some(name);
                (name, title, Some(attr.span))
            }
            None => match &previous {
                Some(p) if outer && first.block <= p.block + 1 => {
                    (p.speaker.clone(), p.title.clone(), p.span)
                }
                _ => (None, None, None),
            },
        };
        // `"My son looked at the numbers and said, 'Dad, …'"`: the quoted one's relation
        // speaks the nested quotation.
        let (speaker, span) = match (speaker, outer) {
            (None, false) => first
                .parent
                .and_then(|p| said_by.get(&p))
                .and_then(|(owner, _, _)| owner.as_deref())
                .and_then(|owner| own_relation(text, lo, first.open, owner))
                .map_or((None, span), |(name, at)| (Some(name), Some(at))),
            (speaker, _) => (speaker, span),
        };
        for &i in &g.parts {
            said_by.insert(i, (speaker.clone(), title.clone(), span));
        }
        if outer {
            previous = Some(Previous {
                block: last.block,
                end: last.end,
                speaker: speaker.clone(),
                title: title.clone(),
                span,
            });
        }
        out.push(Quote {
            text: quote_text,
            speaker,
            speaker_title: title.filter(|t| !t.is_empty()),
            speaker_span: span,
            start: first.open,
            end: last.end,
            parts,
            unclosed: last.unclosed,
        });
    }
    out.sort_by_key(|q| q.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_word_reads_ascii_bytes_as_the_characters_would() {
        let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c));
        for w in [
            "",
            "Ana",
            "O'Neill",
            "Jean-Luc",
            "Jr.",
            "Smith,",
            "R2",
            "Ngọc",
            "O’Brien",
            "a b",
            "Müller-Lüdenscheidt",
            "Ana!",
            "-",
            "İlker",
        ] {
            assert_eq!(name_word(w), plain(w), "{w:?}");
        }
        assert!(name_like("Ana Ruiz") && !name_like("Ana") && !name_like("A B C D E"));
    }
    use crate::segment;

    fn quotes(text: &str) -> Vec<Quote> {
        quotes_with(text, &[])
    }

    /// A mention of `surface` at byte `start`, as the entities stage would hand it over.
    pub(super) fn mention(surface: &str, kind: &str, canonical: &str, start: usize) -> Mention {
        Mention {
            text: surface.into(),
            kind: kind.into(),
            canonical: canonical.into(),
            start,
            end: start + surface.len(),
        }
    }

    fn quotes_with(text: &str, mentions: &[Mention]) -> Vec<Quote> {
        let blocks = segment::blocks(text);
        let sentences = segment::sentences(text, &blocks);
        extract(text, &blocks, &sentences, mentions)
    }

    /// (text, speaker) of every quotation.
    fn pairs(text: &str) -> Vec<(String, Option<String>)> {
        quotes(text)
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    /// Asserts that `text` yields exactly these quotes, in order, each with its speaker.
    #[track_caller]
    fn many(text: &str, expected: &[(&str, Option<&str>)]) {
        let want: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|&(said, by)| (said.to_string(), by.map(str::to_string)))
            .collect();
        assert_eq!(pairs(text), want, "in {text:?}");
    }

    fn one(text: &str, said: &str, by: Option<&str>) {
        assert_eq!(
            pairs(text),
            vec![(said.to_string(), by.map(str::to_string))],
            "in {text:?}"
        );
    }

    /// The anchored forward DFA's runs are the pattern's `find_iter` matches, on texts with
    /// honorifics and initials, particles, accents, a capital as a sentence's last character,
    /// curly apostrophes and lines of capitals.
    #[test]
    fn capitalized_runs_are_the_patterns_matches() {
        let re = regex::Regex::new(&capitalized_run_pattern()).unwrap();
        for text in [
            "Ms. Ana de la Cruz met Dr. J. R. Okonkwo and Luis van der Berg in São Paulo.",
            "ÉCOLE Ñandú O’Neill Mary-Kate said: \"We\" St. Bride’s Hospital, Iñárritu X",
            "the Office of the Chief Government Statistician, Vo Thi Hoa Binh. A",
            "no capitals here at all, only 12 numbers and — dashes",
            "A B C D E F G. H I J K L M N O P Q R S T U V W X Y Z Zz zZ Ωmega Über",
            "",
            "İstanbul’s Mayor Ekrem İmamoğlu and Ğ ß ẞ DŽ ǅ ǆ Ⅻ ⅻ",
        ] {
            let want: Vec<Span> = re
                .find_iter(text)
                .map(|m| Span::new(m.start(), m.end()))
                .collect();
            assert_eq!(capitalized_runs(text), want, "{text}");
        }
    }

    /// The eight-bytes-at-a-time search finds the first byte a test of each byte finds, for
    /// every byte value at every place of a word and past it, among bytes that start no run.
    #[test]
    fn next_run_start_is_the_first_byte_that_may_start_a_run() {
        let plain = |bytes: &[u8], from: usize| {
            (from..bytes.len())
                .find(|&i| may_start_run(bytes[i]))
                .unwrap_or(bytes.len())
        };
        for filler in [b'a', b'@', b'[', 0x80, 0xBF, b' '] {
            for len in [0, 1, 7, 8, 9, 16, 21] {
                for at in 0..len {
                    for b in 0..=u8::MAX {
                        let mut bytes = vec![filler; len];
                        bytes[at] = b;
                        for from in [0, 1, at] {
                            let from = from.min(len);
                            assert_eq!(
                                next_run_start(&bytes, from),
                                plain(&bytes, from),
                                "{bytes:?} from {from}"
                            );
                        }
                    }
                }
            }
        }
        let text = "the Mayor of São Paulo, “Ana”, said É and Z at 12:00 AM";
        assert_eq!(
            next_run_start(text.as_bytes(), 0),
            plain(text.as_bytes(), 0)
        );
    }

    /// The positions `memchr` finds are those a test of every byte finds, in order: marks
    /// of both lists side by side, at the ends, and none at all.
    #[test]
    fn quote_mark_starts_are_the_bytes_tested_one_by_one() {
        for text in [
            "«Oui» “Yes” ‘no’ \"so\" it's 30 °C and ½ — done",
            "»«\"'“",
            "no marks at all",
            "",
            "é à ü © ® “",
        ] {
            let bytes = text.as_bytes();
            let want: Vec<usize> = (0..bytes.len())
                .filter(|&i| matches!(bytes[i], b'"' | b'\'' | 0xE2 | 0xC2))
                .collect();
            assert_eq!(quote_mark_starts(bytes).collect::<Vec<_>>(), want, "{text}");
        }
    }

    #[test]
    fn straight_curly_and_single_marks() {
        one(
            "\"We are ready,\" said Jane Roe.",
            "We are ready,",
            Some("Jane Roe"),
        );
        one(
            "“We are ready,” said Jane Roe.",
            "We are ready,",
            Some("Jane Roe"),
        );
        one(
            "‘We are ready,’ said Jane Roe.",
            "We are ready,",
            Some("Jane Roe"),
        );
        one(
            "'We are ready,' said Jane Roe.",
            "We are ready,",
            Some("Jane Roe"),
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        one(
            "‘We don’t trust the players’ union or Meta’s plans from the ’90s,’ said Jane Roe.",
            "We don’t trust the players’ union or Meta’s plans from the ’90s,",
            Some("Jane Roe"),
        );
        one(
            "‘It was rock ’n’ roll all night long,’ Jane Roe said.",
            "It was rock ’n’ roll all night long,",
            Some("Jane Roe"),
        );
        assert!(quotes("The players’ union met. Don’t worry, it’s the ’90s.").is_empty());
    }

    #[test]
    fn nested_quotation_stays_inside_and_is_a_row_of_its_own() {
        let text = "Mary Stone spoke. “He told me ‘never again, not in this town’,” she said.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].text, "He told me ‘never again, not in this town’,");
        assert_eq!(q[0].speaker.as_deref(), Some("Mary Stone"));
        assert_eq!(q[1].text, "never again, not in this town");
        assert!(q[0].start < q[1].start && q[1].end < q[0].end);
    }

    #[test]
    fn interrupted_quotation_is_one_with_two_parts() {
        let text = "\"We will not wait,\" said Ms. Ruiz, \"for the state to act.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].text, "We will not wait, for the state to act.");
        assert_eq!(q[0].speaker.as_deref(), Some("Ruiz"));
        assert_eq!(q[0].parts.len(), 2);
        assert_eq!(q[0].parts[1].slice(text), "for the state to act.");
        assert_eq!(q[0].start, 0);
        assert_eq!(q[0].end, text.len());
    }

    #[test]
    fn the_cue_after_a_name_is_read_from_the_first_tokens_of_its_window() {
        let cases = [
            ("Ana Ruiz said she would stay.", Gender::Female),
            (
                "Ana Ruiz, a nurse at the clinic, said that he would stay.",
                Gender::Male,
            ),
            (
                "Ana Ruiz, who runs the shop, later told her staff.",
                Gender::Any,
            ),
            ("Ana Ruiz said: \"We stay.\" She left.", Gender::Any),
        ];
        for (text, gender) in cases {
            let end = "Ana Ruiz".len();
            let (t, i) = cue_after_name(text, end).expect(text);
            // The tokens read are the first ones of the whole window.
            let hi = floor_boundary(text, end + 160);
            let all = Toks::tokenize(text, Span::new(end, hi), true);
            assert!(t.len() <= all.len() && i < t.len(), "{text}");
            for k in 0..t.len() {
                assert_eq!(t.toks[k].span, all.toks[k].span, "{text}");
                assert_eq!(t.low(k), all.low(k), "{text}");
            }
            assert_eq!(
                cue_pronoun_gender(&t, i),
                cue_pronoun_gender(&all, i),
                "{text}"
            );
            assert_eq!(cue_after_name_gender(text, end), Some(gender), "{text}");
        }
        let cut = "Ana Ruiz, who runs the shop. She said";
        assert!(cue_after_name(cut, 8).is_none());
        assert_eq!(cue_after_name_gender(cut, 8), None);
    }

    #[test]
    fn the_last_double_quote_end_is_the_plain_char_scans() {
        let plain = |s: &str| {
            s.char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'))
                .map(|(i, c)| i + c.len_utf8())
        };
        for s in [
            "",
            "no marks — here’s one ‘quote’ and é",
            "He said \"yes",
            "“Open and close” then",
            "a „b« c» d — e",
            "«x» and the dash – and \" last",
            "ends with ”",
        ] {
            assert_eq!(last_double_quote_end(s.as_bytes()), plain(s), "{s:?}");
        }
    }

    #[test]
    fn the_last_sentence_read_from_its_chunk_is_the_whole_windows() {
        let texts = [
            "Dr. Ana Ruiz of the U.S. agency said it grew 3.5 percent. The Supporters’ Trust \
             chair, Ms. Lee, said: the growers' union's plan; don’t wait! Or ‘wait’? Inc. \
             J. R. Okonkwo told reporters.",
            "No stop at all in this window, only words and commas, said Ana Ruiz,",
            "A.B. C.D. E.F. G.H. I.J. K.L. M.N. O.P. said’ it’s Mr. O’Neil’s. ‘Yes’. x",
            "“Quoted,” she said. Then he added … ‘that’s it’ and left.\n\nNext one:",
        ];
        for text in texts {
            for to in (1..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for from in [0, to / 3, to.saturating_sub(7)] {
                    let from = ceil_boundary(text, from);
                    let got = last_sentence(text, from, to)
                        .map(|(t, lo)| (lo..t.len()).map(|i| t.toks[i].span).collect::<Vec<_>>());
                    // The whole window read at once, as it was.
                    let mut w = ceil_boundary(text, from.max(to.saturating_sub(WINDOW_BYTES)));
                    let want = (w < to)
                        .then(|| {
                            if let Some((i, c)) = text[w..to]
                                .char_indices()
                                .rev()
                                .find(|&(_, c)| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'))
                            {
                                w += i + c.len_utf8();
                            }
                            let all = Toks::new(text, Span::new(w, to));
                            let lo = last_stop(&all).map_or(0, |i| i + 1);
                            (lo < all.len())
                                .then(|| (lo..all.len()).map(|i| all.toks[i].span).collect())
                        })
                        .flatten();
                    assert_eq!(got, want, "{from}..{to} of {text:?}");
                }
            }
        }
    }

    #[test]
    fn org_like_names_end_in_a_legal_form_or_an_organization_noun() {
        for (name, org) in [
            ("Naviera Tres Islas SA", true),
            ("Kelpco Holdings Ltd", true),
            ("Ana Ruiz", false),
            ("Bank", true),
            ("Coastal Fisheries Ministry", true),
            ("Ruiz Sa", false),
            ("", false),
        ] {
            assert_eq!(org_like(name), org, "{name}");
            // As trying every form would say.
            let by_form = LEGAL_FORMS
                .iter()
                .any(|f| strip_form(name, f).is_some_and(|head| head.ends_with(' ')));
            let by_end = name
                .as_bytes()
                .last()
                .is_some_and(|&b| LEGAL_FORM_ENDS[usize::from(b)]);
            assert!(!by_form || by_end, "{name}");
        }
    }

    #[test]
    fn a_legal_form_after_a_name_is_found_as_written() {
        let text = "Skilift Brana d.o.o., which runs the lifts; Kelpco Ltd said; Ana Ruiz said; \
                    Rio SAfety; Acme Inc.";
        let after = |name: &str| legal_form_after(text, text.find(name).unwrap() + name.len());
        assert_eq!(after("Brana"), Some("d.o.o."));
        assert_eq!(after("Kelpco"), Some("Ltd"));
        assert_eq!(after("Ruiz"), None);
        assert_eq!(after("Rio"), None);
        assert_eq!(after("Acme"), Some("Inc."));
        assert_eq!(legal_form_after(text, text.len()), None);
    }

    #[test]
    fn a_name_is_particle_led_only_by_a_capitalized_particle() {
        for (name, led) in [
            ("Van der Berg", true),
            ("De la Cruz", true),
            ("Ó Súilleabháin", true),
            ("Binti Hamzah", true),
            ("Vanessa Ruiz", false),
            ("Elizabeth Ruiz", false),
            ("de la Cruz", false),
            ("Van", false),
            ("Ñúñez Ruiz", false),
        ] {
            assert_eq!(particle_led(name), led, "{name}");
            // As every first word lowered and looked up would say.
            let reference = name.split_once(' ').is_some_and(|(first, _)| {
                first.chars().next().is_some_and(char::is_uppercase)
                    && NAME_PARTICLES.contains(&first.to_lowercase())
            });
            assert_eq!(particle_led(name), reference, "{name}");
        }
    }

    #[test]
    fn a_part_left_unjoined_keeps_the_attribution_read_after_it() {
        // The first part is not interrupted (the words after it end in a stop): the window
        // after it, read once to decide, is the one `attribute` would read again.
        let text = "\"We will not wait,\" Ana Ruiz said. Then \"the state must act,\" she said.";
        let blocks = segment::blocks(text);
        let raws = pair_marks(text, &blocks);
        let mut groups = group(&raws);
        merge_interruptions(text, &blocks, &raws, &mut groups);
        assert_eq!(groups.len(), 2);
        let first = &raws[groups[0].parts[0]];
        let read = read_after(text, first.end, blocks[first.block].span.end, false).attr;
        assert!(read.is_some());
        assert_eq!(groups[0].after, Some(read));
        assert_eq!(groups[1].after, None);
    }

    #[test]
    fn resuming_after_a_full_stop_is_a_new_quote_with_the_same_speaker() {
        let text = "“The plan works,” said Ana Ruiz. “We will build more of them next year.”";
        many(
            text,
            &[
                ("The plan works,", Some("Ana Ruiz")),
                ("We will build more of them next year.", Some("Ana Ruiz")),
            ],
        );
    }

    #[test]
    fn quotation_over_several_paragraphs_is_one() {
        let text = "Ana Ruiz said: “The first part of what I have to say is long.\n\n“And the second part ends here.”\n\nThe end.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].text,
            "The first part of what I have to say is long. And the second part ends here."
        );
        assert_eq!(q[0].parts.len(), 2);
        assert!(!q[0].unclosed);
        assert_eq!(q[0].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn unclosed_mark_ends_at_its_paragraph() {
        let text = "Ana Ruiz said: “This never closes and goes on a while.\n\nNext paragraph is narration.\n\n“A real quote here,” said Bo Li.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q[0].unclosed);
        assert_eq!(q[0].text, "This never closes and goes on a while.");
        assert_eq!(q[0].end, text.find("\n\n").unwrap());
        assert!(!q[1].unclosed);
        assert_eq!(q[1].speaker.as_deref(), Some("Bo Li"));
    }

    #[test]
    fn a_title_after_a_work_noun_is_no_quote_even_with_a_cue() {
        let text = "In her 2009 memoir, “Small Hearts, Steady Hands,” she described the night.\n\n\
                    “I did not sleep. I walked the corridors until four,” she wrote.";
        let p = pairs(text);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].0.starts_with("I did not sleep."));
    }

    #[test]
    fn a_pronoun_after_a_paragraph_of_reported_speech_is_its_speakers() {
        // The last person the paragraph before named as speaking, over a man quoted earlier.
        let text = "\"We are ready,\" said Marek Nowak, the mayor.\n\n\
                    Shops are closing early. Tavi Oruno, 52, who runs a bakery on Mill Road, \
                    said he had sent two workers home.\n\n\
                    \"I used to bake 400 loaves a day,\" he said.";
        many(
            text,
            &[
                ("We are ready,", Some("Marek Nowak")),
                ("I used to bake 400 loaves a day,", Some("Tavi Oruno")),
            ],
        );
        // Named without speaking, the last person named who fits still takes the pronoun ...
        let text = "\"We are ready,\" said Marek Nowak, the mayor.\n\n\
                    The bakery of Tavi Oruno, 52, on Mill Road closed in May.\n\n\
                    \"We will reopen,\" he said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Tavi Oruno"));
        // ... but not one the article calls a woman: the earlier speaker keeps it.
        let text = "\"We are ready,\" said Marek Nowak, the mayor.\n\n\
                    The bakery of Ms Tavi Oruno, 52, on Mill Road closed in May.\n\n\
                    \"We will reopen,\" he said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Marek Nowak"));
    }

    #[test]
    fn a_paragraph_quotation_after_a_sentence_with_a_cue_is_its_subjects() {
        let text = "Dr. Elena Voss retired in 2001. In her memoir she described the night.\n\n\
                    “I did not sleep. I walked the corridors until four in the morning.”";
        many(
            text,
            &[(
                "I did not sleep. I walked the corridors until four in the morning.",
                Some("Elena Voss"),
            )],
        );
    }

    #[test]
    fn bracketed_short_form_and_overheard_speech() {
        one(
            "The Department for Education (DfE) said tutoring was 'now firmly embedded' in schools.",
            "now firmly embedded",
            // Without `the`: ANNOTATION.md keeps a determiner only when it is part of the name,
            // and the speaker is the body's canonical name (was `the Department for Education`).
            Some("Department for Education"),
        );
        one(
            "\"Pinecrest 418, go around, vehicle on the runway,\" a controller can be heard saying.",
            "Pinecrest 418, go around, vehicle on the runway,",
            Some("a controller"),
        );
    }

    #[test]
    fn the_minister_can_be_a_secretary_named_before() {
        let text = "Schools Minister Catherine Lowe spoke on Monday. Transport Secretary Louise \
                    Haigh visited the site on Tuesday. “It is unacceptable,” the minister said.";
        one(text, "It is unacceptable,", Some("Louise Haigh"));
        let text =
            "Catherine Lowe, the schools minister, visited Leeds. \"We are listening,\" the \
                    Schools Minister said.";
        one(text, "We are listening,", Some("Catherine Lowe"));
    }

    #[test]
    fn scare_quotes_and_titles_are_left_out() {
        assert!(quotes("The firm sold so-called \"green\" bonds to investors.").is_empty());
        assert!(quotes("Her album “Night Drive” sold well in Europe last year.").is_empty());
        assert!(quotes("The “new normal” has arrived for commuters.").is_empty());
        assert!(
            quotes("His film \"The Lord of the Rings: The Return of the King\" opens Friday.")
                .is_empty()
        );
    }

    #[test]
    fn short_phrase_with_a_speaker_is_a_quote() {
        one(
            "Ana Ruiz warned it would “pour petrol on the fire” if passed.",
            "pour petrol on the fire",
            Some("Ana Ruiz"),
        );
    }

    #[test]
    fn a_phrase_after_who_and_a_cue_is_the_antecedents() {
        one(
            "The inquiry was led by Philippa Okafor-Rhys, a former chief midwife, who said a \
             “culture of denial” had allowed the same mistakes.",
            "culture of denial",
            Some("Philippa Okafor-Rhys"),
        );
        one(
            "Police arrested Tom Reyes, who said the money was “a gift from my uncle” and denied \
             theft.",
            "a gift from my uncle",
            Some("Tom Reyes"),
        );
    }

    #[test]
    fn a_noun_after_the_cue_gives_way_to_the_name_in_apposition() {
        one(
            "\"I paid the money two days later,\" said the rider, Brian Kiprono Langat, 27.",
            "I paid the money two days later,",
            Some("Brian Kiprono Langat"),
        );
    }

    #[test]
    fn a_second_verb_in_an_open_relative_clause_is_the_antecedents() {
        one(
            "Germany's best finisher was Marlene Ruiz-Fischer, who was 11th in the women's race \
             and said afterwards she had given up \"somewhere around the square\".",
            "somewhere around the square",
            Some("Marlene Ruiz-Fischer"),
        );
    }

    #[test]
    fn a_fronted_phrase_and_a_title_come_before_a_coordinated_subject() {
        one(
            "In a statement, chief executive Ruth Pauls put the loss at $6 million, and said the \
             total damage was \u{201c}well north of $20 million.\u{201d}",
            "well north of $20 million.",
            Some("Ruth Pauls"),
        );
    }

    #[test]
    fn a_possessive_between_two_phrases_keeps_them_in_one_sentence() {
        many(
            "Minister Lucía Andrade told reporters that the ministry was \"studying all options\" \
             but warned that the state's finances left \"very little room\" for subsidies.",
            &[
                ("studying all options", Some("Lucía Andrade")),
                ("very little room", Some("Lucía Andrade")),
            ],
        );
        assert!(!has_quote_mark(
            "the state's finances and the growers' union"
        ));
        assert!(has_quote_mark("he called it 'fair' and"));
    }

    #[test]
    fn a_demonym_for_one_person_refers_back_to_the_one_from_that_country() {
        many(
            "Haziq beat Denmark's Anders Lind in the final. \"I chased everything,\" Haziq said.\n\n\
             \"He was braver at the net,\" said the Dane, who also lost the final here in 2023.",
            &[
                ("I chased everything,", Some("Haziq")),
                ("He was braver at the net,", Some("Anders Lind")),
            ],
        );
        assert!(singular_demonym("dane") && singular_demonym("australian"));
        assert!(!singular_demonym("danes") && !singular_demonym("british"));
        assert!(!singular_demonym("chinese") && !singular_demonym("french"));
    }

    #[test]
    fn an_apology_quoted_in_a_phrase_is_a_quote() {
        one(
            "The chief executive, Marcus Whitby, apologised “without reservation” to families.",
            "without reservation",
            Some("Marcus Whitby"),
        );
    }

    /// ORG mentions of each of `names` wherever it stands in `text`, as the entities stage
    /// would type them.
    fn orgs_in(text: &str, names: &[&str]) -> Vec<Mention> {
        let mut out: Vec<Mention> = names
            .iter()
            .flat_map(|n| {
                text.match_indices(n)
                    .map(|(at, _)| mention(n, "ORG", n, at))
            })
            .collect();
        out.sort_by_key(|m| m.start);
        out
    }

    #[test]
    fn an_apposition_of_a_relative_clauses_object_is_not_the_subjects() {
        let text = "Marta Velik, who heads the retirees' section of the KUV, the country's \
                    largest union, told pensioners their savings had been \"gambled with\".";
        let mentions = orgs_in(text, &["KUV"]);
        let got = quotes_with(text, &mentions);
        assert_eq!(got[0].speaker.as_deref(), Some("Marta Velik"));
        // The subject's own apposition still describes it.
        one(
            "A spokeswoman for the port, a veteran of the strike, said: \"The strike is over.\"",
            "The strike is over.",
            Some("a spokeswoman for the port"),
        );
    }

    #[test]
    fn a_title_its_field_and_the_holders_name_before_a_colon() {
        let text = "Minister of Energy and Mines Selam Tekeste spoke to workers on the quay: \
                    \"We are sending its minerals to the world.\" Later the minister added: \
                    \"This is only the start.\"";
        let start = text.find("Selam").unwrap();
        let mentions = [mention("Selam Tekeste", "PERSON", "Selam Tekeste", start)];
        let got = quotes_with(text, &mentions);
        assert_eq!(got.len(), 2, "{got:#?}");
        for q in &got {
            assert_eq!(q.speaker.as_deref(), Some("Selam Tekeste"), "{got:#?}");
        }
        assert_eq!(
            got[0].speaker_title.as_deref(),
            Some("Minister of Energy and Mines")
        );
    }

    #[test]
    fn a_modal_before_the_cue_is_no_part_of_the_speaker() {
        one(
            "A spokesman for the port would say only this: \"We are treating the wharf as a \
             crime scene.\"",
            "We are treating the wharf as a crime scene.",
            Some("a spokesman for the port"),
        );
    }

    #[test]
    fn a_title_inside_a_bodys_name_is_no_one_a_pronoun_refers_to() {
        let text = "A spokesman for the Marra Tourism Board said hotels were full. Arrivals \
                    rose 21%, according to the Office of the Chief Government Statistician. \
                    \"Visitors come for the beaches,\" he said.";
        let bodies = [
            "Marra Tourism Board",
            "Office of the Chief Government Statistician",
        ];
        let got = quotes_with(text, &orgs_in(text, &bodies));
        assert_eq!(
            got[0].speaker.as_deref(),
            Some("a spokesman for the Marra Tourism Board")
        );
    }

    #[test]
    fn a_company_noun_means_the_organization_the_sentences_before_are_about() {
        // Not the parent named in passing inside the apposition, though it was named last.
        let text = "Kestrel Mining, the Lima-based unit of Arvo Metals that runs the mine, said \
                    400 trucks were stranded. It has 14,000 tonnes stockpiled. \"We can wait \
                    ten days,\" the company said in a statement.";
        let mentions = orgs_in(text, &["Kestrel Mining", "Arvo Metals"]);
        let got = quotes_with(text, &mentions);
        assert_eq!(got[0].speaker.as_deref(), Some("Kestrel Mining"));
        // A name of a person's shape that the entities stage typed ORG counts as well.
        let text = "Minera Ondal del Sur, the unit of Arvo Metals that runs the mine, said 400 \
                    trucks were stranded. \"We can wait ten days,\" the company said.";
        let mentions = orgs_in(text, &["Minera Ondal del Sur", "Arvo Metals"]);
        let got = quotes_with(text, &mentions);
        assert_eq!(got[0].speaker.as_deref(), Some("Minera Ondal del Sur"));
        // One that owns the subject is not it: the latest organization is still meant.
        let text = "Kestrel Mining's parent, Arvo Metals, said 400 trucks were stranded. \
                    \"We can wait ten days,\" the company said.";
        let mentions = orgs_in(text, &["Kestrel Mining", "Arvo Metals"]);
        let got = quotes_with(text, &mentions);
        assert_eq!(got[0].speaker.as_deref(), Some("Arvo Metals"));
    }

    #[test]
    fn it_opening_a_sentence_is_the_organization_the_sentence_before_opens_with() {
        let text = "Mines reopened on Monday. The Society of Mines (SOM), the industry lobby, \
                    was blunter. It said in a statement: \"We lost a billion dollars.\"";
        let mentions = orgs_in(text, &["Society of Mines", "SOM"]);
        let got = quotes_with(text, &mentions);
        assert_eq!(got[0].speaker.as_deref(), Some("Society of Mines"));
    }

    #[test]
    fn a_subject_behind_a_long_apposition_introduces_the_quotation_after_a_colon() {
        // What the cue verb takes as its object is no speaker.
        let text = "Tomas Rell, 41, a truck driver from Jember who was pulled from the water \
                    by fishermen after nearly four hours, described the ferry’s final \
                    minutes:\n\n“The ship started to lean to the right.”";
        one(
            text,
            "The ship started to lean to the right.",
            Some("Tomas Rell"),
        );
    }

    #[test]
    fn a_description_whose_complement_ends_in_a_name_is_the_speaker() {
        // Common words and a nationality between the complement's article and the name.
        one(
            "A spokesman for the Spanish fishing confederation Corvesca said its members had \
             \"always declared every kilo\" and would appeal.",
            "always declared every kilo",
            Some("a spokesman for the Spanish fishing confederation Corvesca"),
        );
        one(
            "In Jakarta, a spokesman for the state logistics company Perum Dalang said it had \
             \"no reason to panic\".",
            "no reason to panic",
            Some("a spokesman for the state logistics company Perum Dalang"),
        );
    }

    #[test]
    fn an_unnamed_body_with_a_complement_speaks_as_written() {
        // `it had asked X to "…"`: the object of the nearer verb is no speaker, and `it` is the
        // embassy, whose head comes before its complement.
        one(
            "Owners pushed back. The Chinese embassy in Dakar said it had asked Chinese \
             companies to \"respect the laws of Senegal\" and was seeking details.",
            "respect the laws of Senegal",
            Some("the Chinese embassy in Dakar"),
        );
    }

    #[test]
    fn a_description_in_apposition_gives_way_to_the_name_before_it() {
        let text = "Ilsa Varrow, an oceans campaigner for Greenpeace Africa, whose ship tracked \
                    trawlers off the coast last year, called on the government to act:\n\n\
                    \"A factory can process 200 tonnes of fish a day.\"";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Ilsa Varrow"));
        assert_eq!(
            q[0].speaker_title.as_deref(),
            Some("oceans campaigner for Greenpeace Africa")
        );
    }

    #[test]
    fn a_name_before_a_workplace_with_an_of_of_its_own_is_the_subject() {
        let text = "Political scientist Kasia Mrozek of the University of Dorvel, speaking at \
                    the Carpathian Forum in Vlenz, said a third of voters had backed new \
                    parties.\n\n\"The young people are not voting for history,\" she said.";
        // As the entities stage types them.
        let mut mentions = orgs_in(text, &["University of Dorvel", "Carpathian Forum"]);
        let at = text.find("Kasia Mrozek").unwrap();
        mentions.push(mention("Kasia Mrozek", "PERSON", "Kasia Mrozek", at));
        mentions.sort_by_key(|m| m.start);
        let got = quotes_with(text, &mentions);
        assert_eq!(got[0].speaker.as_deref(), Some("Kasia Mrozek"));
    }

    #[test]
    fn a_personal_pronoun_means_a_person_shaped_name_typed_org_that_opens_the_sentence() {
        let text = "Transport Minister Rehma Kitwa, who rode the first train, told a crowd the \
                    line was \"the backbone of the country\".\n\n\
                    In Itigi, in Singida region, Zuhra Mwakyu sells dried fish at a stall.\n\n\
                    \"Before, the fish arrived spoiled,\" she said.";
        let mut mentions = orgs_in(text, &["Zuhra Mwakyu"]);
        let at = text.find("Rehma Kitwa").unwrap();
        mentions.push(mention("Rehma Kitwa", "PERSON", "Rehma Kitwa", at));
        mentions.sort_by_key(|m| m.start);
        let got = quotes_with(text, &mentions);
        assert_eq!(got[0].speaker.as_deref(), Some("Rehma Kitwa"));
        assert_eq!(got[1].speaker.as_deref(), Some("Zuhra Mwakyu"));
        // Not a body's name: `Acme Mining` stays an organization, and no one is meant.
        let text = "In Itigi, Kestrel Mining sells copper.\n\n\"It is fine,\" she said.";
        let got = quotes_with(text, &orgs_in(text, &["Kestrel Mining"]));
        assert_ne!(got[0].speaker.as_deref(), Some("Kestrel Mining"));
    }

    #[test]
    fn a_pronoun_after_a_fronted_participle_introduces_the_next_paragraph() {
        let text = "The head of the cantonal government, Flurin Cadu, travelled from Chur on \
                    Wednesday. Speaking to residents in the gym, he struck a cautious \
                    note:\n\n\"We cannot stop the mountain.\"";
        let got = quotes_with(text, &orgs_in(text, &["Flurin Cadu"]));
        assert_eq!(got[0].speaker.as_deref(), Some("Flurin Cadu"));
    }

    #[test]
    fn a_name_ending_like_a_participle_is_no_fronted_phrase() {
        one(
            "Ahmed Zorlu, the driver, put it bluntly: \"We were lucky.\"",
            "We were lucky.",
            Some("Ahmed Zorlu"),
        );
    }

    #[test]
    fn a_chiefly_title_is_no_part_of_the_name_and_blessing_may_be_a_man() {
        one(
            "\"It is the end of an era,\" said Ratu Josefa Vuniwaqa, the district chief.",
            "It is the end of an era,",
            Some("Josefa Vuniwaqa"),
        );
        let text = "The governor, Farai Chikowore, defended the policy.\n\n\
                    Outside, farmer Blessing Moyo counted his receipts. Moyo said his crop \
                    had fetched $2.20 a kilogram.\n\n\"Last year I bought a cow,\" he said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("Blessing Moyo"));
    }

    #[test]
    fn speaker_before_the_quote() {
        one(
            "Jane Roe said: \"The budget is balanced.\"",
            "The budget is balanced.",
            Some("Jane Roe"),
        );
        one(
            "Jane Roe said, \"The budget is balanced.\"",
            "The budget is balanced.",
            Some("Jane Roe"),
        );
        one(
            "Jane Roe told reporters: \"The budget is balanced.\"",
            "The budget is balanced.",
            Some("Jane Roe"),
        );
        one(
            "According to Jane Roe, \"the budget is balanced.\"",
            "the budget is balanced.",
            Some("Jane Roe"),
        );
    }

    #[test]
    fn a_title_with_a_long_complement_before_the_name() {
        // `the minister` later is the one the long title named.
        let text = "The senior minister in the Office of the Premier with responsibility for \
                    finance, Vikram Persaud, rejected the claim.\n\n\
                    The minister added that the money was spent well. \"We did not wait for \
                    oil,\" he said.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Vikram Persaud"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("senior minister"));
    }

    #[test]
    fn a_rank_of_two_words_and_a_name_either_sex_may_bear() {
        // `Dominique` is a man's name as often as a woman's: `he said` may be his.
        let text = "\"It was arson,\" said Paul Orsini, a lawyer.\n\n\
                    Lieutenant Colonel Dominique Ferrand, who led the response, told the court it \
                    was hard. \"We had nine fronts,\" he said.";
        let q = quotes(text);
        assert_eq!(q[1].speaker.as_deref(), Some("Dominique Ferrand"));
        assert_eq!(q[1].speaker_title.as_deref(), Some("Lieutenant Colonel"));
    }

    #[test]
    fn speaker_ending_the_paragraph_before() {
        let text =
            "Meta Chief Product Officer, Chris Cox said,\n\n“We have thousands of developers.”";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Chris Cox"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("Chief Product Officer"));
        assert_eq!(q[0].speaker_span.unwrap().slice(text), "Chris Cox");
    }

    #[test]
    fn speaker_after_the_quote() {
        let text = "\"Traffic is down,\" said Mayor Karen Bass.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Karen Bass"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("Mayor"));
        one(
            "\"Traffic is down,\" Karen Bass said.",
            "Traffic is down,",
            Some("Karen Bass"),
        );
        let text = "\"Sales rose,\" said John Smith, the chief executive.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("John Smith"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("chief executive"));
        one(
            "\"Sales rose,\" John Smith, the chief executive, said on Monday.",
            "Sales rose,",
            Some("John Smith"),
        );
        one("“Why now?” asked Jane Roe.", "Why now?", Some("Jane Roe"));
    }

    #[test]
    fn description_then_name_then_cue() {
        let text = "'It was terrifying,' another resident, Mark Evans, said.";
        one(text, "It was terrifying,", Some("Mark Evans"));
        let text = "The opposition leader, Kemi Badenoch, said the plan would \"hammer working people\" and called it \"nonsense\".";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("Kemi Badenoch"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("opposition leader"));
    }

    #[test]
    fn an_appositive_title_ends_before_a_relative_clause_or_a_cut_word() {
        let text = "\"We will stay,\" said Ana Ruiz, a farmer who grows maize near Lonor.";
        let q = quotes(text);
        assert_eq!(q[0].speaker_title.as_deref(), Some("farmer"));
        let text = "\"Prices fell,\" said Ana Ruiz, an economist at the Centre for Analysis and \
                    Dissemination of the Economy of the Northern and Eastern Provinces of Lonor.";
        let q = quotes(text);
        let title = q[0].speaker_title.as_deref().unwrap_or_default();
        assert!(title.starts_with("economist at the Centre"), "{title}");
        assert!(
            !title.ends_with(" of") && !title.ends_with(" the"),
            "{title}"
        );
    }

    #[test]
    fn the_office_a_person_was_introduced_with_names_them() {
        let text = "The prefect, Philippe Cazenave, said deliveries would double.\n\n\
                    \"Nobody will be left without water,\" the prefect said.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Philippe Cazenave"));
    }

    #[test]
    fn title_heading_a_field_before_the_name() {
        // `president of basketball operations`: the title's `of` and its field are no
        // description of an organization the name would belong to.
        let text = "\"We needed a shooter,\" Rovers president of football operations Tamsin \
                    Oduya-Blake said in a statement.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Tamsin Oduya-Blake"));
        let text = "Rovers director of scouting Tamsin Oduya-Blake called him \"a rare talent\" \
                    on Monday.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Tamsin Oduya-Blake"));
    }

    #[test]
    fn long_relative_clause_between_name_and_cue() {
        let text = "\"We were not looking for a buyer,\" Oduya-Blake, who remains chief executive \
                    and holds about 31% of the shares, said on a call.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Oduya-Blake"));
    }

    #[test]
    fn a_first_surname_of_a_name_with_particles_is_the_person() {
        let text = "Tomás Ignacio Robles de la Vega, the utility's director, spoke on Monday.\n\n\
                    \"We will not leave anyone without water,\" Robles said.";
        let m = [mention(
            "Tomás Ignacio Robles de la Vega",
            "PERSON",
            "Tomás Ignacio Robles de la Vega",
            0,
        )];
        let q = quotes_with(text, &m);
        assert_eq!(
            q[0].speaker.as_deref(),
            Some("Tomás Ignacio Robles de la Vega")
        );
    }

    #[test]
    fn it_before_the_company_speaks_for_the_organization_named_before() {
        let text = "Fires broke out at a plant run by PT Kersik Jaya.\n\n\
                    Kersik Jaya, which is 30% owned by PT Lembah Raya Abadi, said it would pay \
                    the families. It said two furnaces had been shut.\n\n\
                    \"Our condolences go to the families,\" the company said.";
        let at = |s: &str| text.find(s).unwrap();
        let m = [
            mention("PT Kersik Jaya", "ORG", "PT Kersik Jaya", at("PT Kersik")),
            mention("Kersik Jaya", "ORG", "PT Kersik Jaya", at("Kersik Jaya,")),
            mention(
                "PT Lembah Raya Abadi",
                "ORG",
                "PT Lembah Raya Abadi",
                at("PT Lembah"),
            ),
        ];
        let q = quotes_with(text, &m);
        assert_eq!(q[0].speaker.as_deref(), Some("PT Kersik Jaya"));
    }

    #[test]
    fn an_unnamed_holder_described_after_the_named_one_is_meant() {
        let text = "The Green Party's health spokesperson, Tamsin Oduya-Blake, said patients \
                    were waiting.\n\n\
                    A Lonor Government spokesperson said waits had fallen. \"We expect every \
                    board to treat patients in turn,\" the spokesperson said.";
        let at = |s: &str| text.find(s).unwrap();
        let m = [mention(
            "Tamsin Oduya-Blake",
            "PERSON",
            "Tamsin Oduya-Blake",
            at("Tamsin"),
        )];
        let q = quotes_with(text, &m);
        assert_eq!(
            q[0].speaker.as_deref(),
            Some("a Lonor Government spokesperson")
        );
    }

    #[test]
    fn title_words_between_organization_and_name() {
        let text = "\"We kept it simple,\" said Rovers manager Pieter van der Sloot.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Pieter van der Sloot"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("manager"));
        let text = "Rovers manager Pieter van der Sloot was happy.\n\nVan der Sloot, who has won 19 games, added: \"He is not finished yet, not at all.\"";
        one(
            text,
            "He is not finished yet, not at all.",
            Some("Pieter van der Sloot"),
        );
    }

    #[test]
    fn colon_introduction_without_a_cue_verb() {
        let text = "State Sen. Harold P. Byers spoke. Byers put it bluntly: “The state has left cities holding the bag.”";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Harold P. Byers"));
    }

    #[test]
    fn first_person_inside_a_quotation_is_the_one_quoted() {
        let text = "“At half-time I told them, ‘Keep the ball and they will tire,’ and it worked,” said coach Ana Ruiz.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].text, "Keep the ball and they will tire,");
        assert_eq!(q[1].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_new_sentence_after_a_quotation_is_no_attribution() {
        let text = "Byers said: “The state has left us holding the bag.” A spokesperson for Gov. Alicia Trent said the office was “reviewing all requests” today.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("Byers"));
        assert_eq!(
            q[1].speaker.as_deref(),
            Some("a spokesperson for Gov. Alicia Trent")
        );
    }

    #[test]
    fn short_sentence_resuming_a_quotation_is_kept() {
        let text = "“People need to check on their neighbours,” the governor said. “Especially the elderly.”";
        assert_eq!(quotes(text).len(), 2);
    }

    #[test]
    fn lower_case_roles_before_a_name() {
        let text = "\"Our members have no choice,\" said general secretary Mick Lynch.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Mick Lynch"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("general secretary"));
        one(
            "\"Frankly, it's a mess,\" says commuter Jo Williams, who travels daily.",
            "Frankly, it's a mess,",
            Some("Jo Williams"),
        );
        one(
            "\"I am proud of these players,\" coach Dave Miller told the club's website.",
            "I am proud of these players,",
            Some("Dave Miller"),
        );
    }

    #[test]
    fn name_after_an_owners_role() {
        let text = "'We don't know what happens next,' said Smith's lawyer, Paul Grant.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Paul Grant"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("Smith's lawyer"));
    }

    #[test]
    fn a_described_organization_is_its_name() {
        assert_eq!(
            described_name("the opposition Alliance for the Union of Romanians"),
            Some("Alliance for the Union of Romanians")
        );
        assert_eq!(
            described_name("the spokesman for the Union of Romanians"),
            None
        );
        assert_eq!(described_name("the opposition"), None);
        let text = "The opposition Alliance for the Union of Romanians called the reshuffle \
                    \"musical chairs\" and said it would file a motion.";
        one(
            text,
            "musical chairs",
            Some("Alliance for the Union of Romanians"),
        );
    }

    #[test]
    fn a_document_speaks_for_who_issued_it() {
        let text = "In a judgment published on Wednesday, the Rotterdam District Court found the \
                    operator liable.\n\nJudge Ellen de Vries said the crew failed. \"A ship \
                    that turns without telling anyone accepts a risk,\" the judgment said.";
        let court = "Rotterdam District Court";
        let at = text.find(court).unwrap();
        let q = quotes_with(text, &[mention(court, "ORG", court, at)]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some(court));
        // Not a document the text did not say someone issued.
        let text = "Judge Ellen de Vries said the crew failed. \"A ship that turns without \
                    telling anyone accepts a risk,\" the judgment said.";
        one(
            text,
            "A ship that turns without telling anyone accepts a risk,",
            Some("the judgment"),
        );
    }

    #[test]
    fn an_age_refers_to_the_person_named_before() {
        let text =
            "Sam O'Connor scored twice.\n\nThe 23-year-old added: \"We want to go all the way.\"";
        one(text, "We want to go all the way.", Some("Sam O'Connor"));
        // Where they come from after the age still refers back to them.
        let text = "Thabo Nkosi missed a short putt on the 12th.\n\n\"I'll let it go,\" the \
                    33-year-old from Durban said.";
        one(text, "I'll let it go,", Some("Thabo Nkosi"));
        // ... in full, though the text named them last by surname alone.
        let text = "Thabo Mokoena-van Wyk led by two.\n\nMokoena-van Wyk made three birdies.\n\n\
                    \"I'll let it go,\" the 33-year-old said.";
        one(text, "I'll let it go,", Some("Thabo Mokoena-van Wyk"));
    }

    #[test]
    fn names_with_suffixes_and_sentence_ends() {
        let text = "A judge sentenced Robert T. Hale Jr. on Monday.\n\nHale told the court: “I lied to people who trusted me.”";
        one(
            text,
            "I lied to people who trusted me.",
            Some("Robert T. Hale Jr."),
        );
        // A capitalized word after a sentence's end is no part of the name before it.
        let text = "Ms. Rosalind Achebe-Morrow bakes.\n\nMrs. Teresa Achebe-Lang said, “We raised the price.”\n\nRents rose, said the Business Association. Achebe-Morrow owns her building.\n\n“Ask me again in ten years!” she said.";
        assert_eq!(
            quotes(text)[1].speaker.as_deref(),
            Some("Rosalind Achebe-Morrow")
        );
    }

    #[test]
    fn organizations_named_by_their_head_noun_and_they() {
        let text = "A survey by the Alpine Ice Observatory was published.\n\n\"Most glaciers will be gone,\" the observatory said.";
        one(
            text,
            "Most glaciers will be gone,",
            Some("Alpine Ice Observatory"),
        );
        let text = "Northbridge County Council met.\n\n“They’ve told us the plan is ‘not final’, but it reads as if it is,” said Sophie Tran.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Sophie Tran"));
        assert_eq!(q[1].text, "not final");
        assert_eq!(q[1].speaker.as_deref(), Some("Northbridge County Council"));
    }

    #[test]
    fn colon_after_a_title_and_bare_plurals() {
        let text = "Jalisco Governor Arturo Méndez Salgado spoke. The governor was blunt: “Stay indoors. The danger is not over.”";
        one(
            text,
            "Stay indoors. The danger is not over.",
            Some("Arturo Méndez Salgado"),
        );
        one(
            "‘We were never consulted,’ say parents as the school faces closure",
            "We were never consulted,",
            Some("parents"),
        );
    }

    #[test]
    fn a_finished_sentence_is_not_interrupted() {
        let text = "President Joe Biden said: “Today is a good day.” White House press secretary Karine Jean-Pierre later told reporters, “The president is pleased.”";
        many(
            text,
            &[
                ("Today is a good day.", Some("Joe Biden")),
                ("The president is pleased.", Some("Karine Jean-Pierre")),
            ],
        );
    }

    #[test]
    fn headline_name_and_colon_and_plural_with_complement() {
        one(
            "Musk: “We will land on Mars by 2030”",
            "We will land on Mars by 2030",
            Some("Musk"),
        );
        one(
            "Analysts at Morgan Stanley wrote that the results were “messy but encouraging.”",
            "messy but encouraging.",
            Some("Analysts at Morgan Stanley"),
        );
    }

    #[test]
    fn surname_links_to_the_full_name() {
        let text = "Chris Cox spoke first. \"We are growing fast,\" Cox said.";
        one(text, "We are growing fast,", Some("Chris Cox"));
    }

    #[test]
    fn a_family_name_written_first_alone_links_to_the_full_name() {
        // The family name opens a Korean name; alone later, it is that person, though the
        // last word (`Da-hye`) is what other names are filed by.
        let text = "Director Bae Da-hye won the prize.\n\nAccepting it, Bae, 52, thanked her \
                    cast. \"They are all my neighbours,\" Bae said.";
        one(text, "They are all my neighbours,", Some("Bae Da-hye"));
    }

    #[test]
    fn a_name_given_to_both_sexes_lets_either_pronoun_refer_to_it() {
        // `Andrea` is a man in Italy, a woman in Germany; the `-preet` names of Punjab are
        // borne by both: neither tells which pronoun refers to the person.
        assert_eq!(given_gender("Andrea Vellucci"), Gender::Any);
        assert_eq!(given_gender("Harpreet Gill"), Gender::Any);
        let text = "The Telvar Group said sales rose.\n\nBishop Andrea Vellucci said the \
                    visit had been planned. \"It is a wound that is still open,\" he said.";
        many(
            text,
            &[("It is a wound that is still open,", Some("Andrea Vellucci"))],
        );
        let text = "The Telvar Group said sales rose.\n\nForecaster Harpreet Gill said the \
                    front would pass. \"I would not plan anything strenuous,\" she said.";
        many(
            text,
            &[(
                "I would not plan anything strenuous,",
                Some("Harpreet Gill"),
            )],
        );
    }

    #[test]
    fn a_numbered_owner_before_a_lower_case_title_is_part_of_the_phrase() {
        // `Local 13`, `District 9`: a number closes the owner's name before the title.
        let text = "\"Nobody here is against machines,\" Local 42 president Dorian Vask said \
                    at the hall.";
        one(
            text,
            "Nobody here is against machines,",
            Some("Dorian Vask"),
        );
        let text = "\"Nobody here is against machines,\" said District 9 chair Dorian Vask.";
        one(
            text,
            "Nobody here is against machines,",
            Some("Dorian Vask"),
        );
    }

    #[test]
    fn a_description_with_an_article_before_its_complement_then_the_name() {
        // `The Mayor of the County of Brenn, Cllr Ana Ruiz,`: the article before the
        // complement's name still leaves the name in apposition the speaker.
        let text = "The Mayor of the County of Brenn, Cllr Orla Venn, described the plan as \
                    \"the best news the harbour has had in years\".";
        one(
            text,
            "the best news the harbour has had in years",
            Some("Orla Venn"),
        );
        let text = "A spokeswoman for the Harbour Trust, Orla Venn, said: \"We are very \
                    pleased with the result.\"";
        one(
            text,
            "We are very pleased with the result.",
            Some("Orla Venn"),
        );
    }

    #[test]
    fn a_regnal_name_keeps_the_title_it_was_named_with() {
        let text = "Pope Anselm IX arrived on Friday. In his homily, the pope urged the crowd to \
                    keep \"a door open, even a small one\" to the north.";
        let found = [("Pope Anselm IX", "PERSON")];
        one_with(
            text,
            &found,
            "a door open, even a small one",
            Some("Pope Anselm IX"),
        );
        // A name that is no regnal name is left alone.
        assert_eq!(regnal_canonical("Ana Ruiz", &[]), None);
    }

    #[test]
    fn patronymic_particles_stay_in_the_name() {
        // The entities stage cut the name at `binti`; the longer name at that place stays.
        let text = "Siti Rahayu binti Osman, 41, a nurse from Ipoh, waited all night. \
                    \"Nobody told us anything,\" she said.";
        let m = mention("Siti Rahayu", "PERSON", "Siti Rahayu", 0);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Siti Rahayu binti Osman"));
        // A particle-led surname, even taken for an organization, is the person named in full.
        let text = "Anouk van der Molen, 30, won the stage.\n\n\
                    \"I went early,\" said Van der Molen.";
        let start = text.find("Van der Molen").unwrap();
        let m = mention("Van der Molen", "ORG", "Van der Molen", start);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Anouk van der Molen"));
    }

    #[test]
    fn a_cue_word_that_names_nobody_leaves_the_one_before() {
        // `claims` is a cue word too, but here it is the thing that doubled.
        let text = "\"We lost everything,\" said Oren Dahl, 47, a farmer.\n\n\
                    A spokeswoman for the district council said insurance claims had risen \
                    and that \"some families have waited for years\".";
        assert_eq!(
            pairs(text)[1].1.as_deref(),
            Some("a spokeswoman for the district council")
        );
    }

    #[test]
    fn a_pronouns_speaker_keeps_the_title_given_with_the_name() {
        // The entities stage's mention of the name carries no title; the appositive does.
        let text = "Selin Ardahan, a 67-year-old retired teacher, said she bought less meat. \
                    \"Beef was dear last winter,\" she said.";
        let m = mention("Selin Ardahan", "PERSON", "Selin Ardahan", 0);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Selin Ardahan"));
        assert_eq!(q[0].speaker_title.as_deref(), Some("retired teacher"));
    }

    #[test]
    fn a_colon_after_a_titled_name_between_commas() {
        let text = "The nurses' union said staff numbers had fallen.\n\n\
                    Its general secretary, Maren Holt, made the point in a statement: \
                    \"You cannot ask fewer nurses to do more.\"";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("Maren Holt"));
    }

    #[test]
    fn a_demonym_before_an_organization_is_part_of_the_speaker() {
        let text = "Welsh Labour said the cuts were a \"grave mistake\" for schools.";
        let start = text.find("Labour").unwrap();
        let m = mention("Labour", "ORG", "Labour", start);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Welsh Labour"));
    }

    #[test]
    fn a_particle_surname_taken_for_an_organization_is_still_the_person() {
        let text = "\"We ride for the team,\" said Bram Okafor, 31, the team captain.\n\n\
                    Anouk van der Molen, 30, won the stage.\n\n\
                    Asked about Saturday, Van der Molen smiled. \"Ask me then,\" she said.";
        let start = text.find("Van der Molen").unwrap();
        let m = mention("Van der Molen", "ORG", "Van der Molen", start);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[1].speaker.as_deref(), Some("Anouk van der Molen"));
    }

    #[test]
    fn mentions_give_the_canonical_name() {
        let text = "\"We are growing fast,\" Cox said.";
        let start = text.find("Cox").unwrap();
        let m = mention("Cox", "PERSON", "Chris Cox", start);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Chris Cox"));
        assert_eq!(q[0].speaker_span.unwrap().slice(text), "Cox");
    }

    #[test]
    fn mentions_inside_a_description_leave_it_a_description() {
        let text = "\"We do not comment,\" a spokesperson for the FDA said.";
        let start = text.find("FDA").unwrap();
        let m = mention("FDA", "ORG", "U.S. Food and Drug Administration", start);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("a spokesperson for the FDA"));
    }

    #[test]
    fn organization_mentions_resolve_the_airline() {
        let text = "Delta cancelled flights.\n\n\"Safety comes first,\" the airline said.";
        let m = mention("Delta", "ORG", "Delta Air Lines", 0);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Delta Air Lines"));
    }

    #[test]
    fn pronouns_resolve_to_the_latest_fitting_person() {
        let text = "Mr. Tom Hale met Ms. Ana Ruiz on Monday.\n\n\"It went well,\" she said. \"We agreed on a great deal,\" he added.";
        many(
            text,
            &[
                ("It went well,", Some("Ana Ruiz")),
                ("We agreed on a great deal,", Some("Tom Hale")),
            ],
        );
        let text = "\"The plan works,\" said Kim Park. \"It will be done by spring,\" they wrote.";
        assert_eq!(quotes(text)[1].speaker.as_deref(), Some("Kim Park"));
    }

    #[test]
    fn pronoun_prefers_a_person_named_by_age_in_its_paragraph() {
        // Ifeoluwa's gender is unknown, but her age marks her a person, and the paragraph has
        // moved on from the minister quoted before.
        let text = "Minister Joan Reilly said, \"We will keep talking.\"\n\nIn the harbour district, shopkeeper Ifeoluwa Danjuma, 41, said she backed the strike. \"Prices keep rising,\" she said.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Joan Reilly"));
        assert_eq!(q[1].speaker.as_deref(), Some("Ifeoluwa Danjuma"));
        // In another paragraph too: the paragraph before is about them.
        let text = "Minister Joan Reilly said, \"We will keep talking.\"\n\nShopkeeper Ifeoluwa Danjuma, 41, backed the strike.\n\n\"Prices keep rising,\" she said.";
        assert_eq!(quotes(text)[1].speaker.as_deref(), Some("Ifeoluwa Danjuma"));
        // A pronoun the article used of them tells their gender: `his` makes `she` someone else.
        let text = "Minister Joan Reilly said, \"We will keep talking.\"\n\nShopkeeper Ifeoluwa Danjuma, 41, said his takings had halved.\n\n\"Prices keep rising,\" she said.";
        assert_eq!(quotes(text)[1].speaker.as_deref(), Some("Joan Reilly"));
    }

    #[test]
    fn it_names_an_organization_and_never_a_person() {
        let text = "Jo Park joined Harbor Airlines in May. In a statement, it said: \"Talks will resume.\"";
        assert_eq!(quotes(text)[0].speaker.as_deref(), Some("Harbor Airlines"));
        let text = "Mr. Jo Park met the ministry. In a statement, it said: \"Talks will resume.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn an_occupation_opening_a_sentence_is_no_part_of_the_name() {
        let text = "Farmer Obinna Kalu lost his herd. \"Everything is gone,\" he said.";
        assert_eq!(quotes(text)[0].speaker.as_deref(), Some("Obinna Kalu"));
    }

    #[test]
    fn title_alone_resolves_to_the_person_with_that_title() {
        let text = "Mayor Karen Bass opened the line on Monday.\n\n\"Traffic is down a lot,\" the mayor said.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Karen Bass"));
        assert_eq!(q[0].speaker_span.unwrap().slice(text), "the mayor");
    }

    #[test]
    fn unnamed_speakers_keep_their_description() {
        one(
            "\"Service resumes at noon,\" a spokesperson for the transit agency said.",
            "Service resumes at noon,",
            Some("a spokesperson for the transit agency"),
        );
        one(
            "\"Talks have stalled completely,\" said a senior official.",
            "Talks have stalled completely,",
            Some("a senior official"),
        );
    }

    #[test]
    fn organization_speaker() {
        one(
            "\"Flights will resume on Friday,\" Delta Air Lines said.",
            "Flights will resume on Friday,",
            Some("Delta Air Lines"),
        );
        let text = "Qantas Airways cancelled 300 flights.\n\n\"Safety comes first for us,\" the airline said.";
        one(text, "Safety comes first for us,", Some("Qantas Airways"));
    }

    #[test]
    fn unattributed_quote_has_no_speaker() {
        one(
            "The sign read \"Closed until further notice, sorry for the trouble.\"",
            "Closed until further notice, sorry for the trouble.",
            None,
        );
    }

    /// Random mixes of marks, names, cues, titles and multi-byte letters never panic, and every
    /// span lands on character boundaries inside the text.
    #[test]
    fn random_inputs_keep_spans_valid() {
        let pieces = [
            "\"",
            "“",
            "”",
            "‘",
            "’",
            "'",
            "«",
            "»",
            " ",
            " ",
            "\n\n",
            ", ",
            ". ",
            ": ",
            "said ",
            "Ms. ",
            "Ana ",
            "Ruiz ",
            "the mayor ",
            "she ",
            "é",
            "Ünal ",
            "de la ",
            "Cruz",
            "according to ",
            "—",
            "Jr. ",
            "so-called ",
            "a spokesperson for ",
            "I ",
            "’s ",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let n = (seed >> 58) as usize + 1;
            for _ in 0..n {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            for q in quotes(&text) {
                assert!(q.start <= q.end && q.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
                for p in q.parts.iter().chain(q.speaker_span.iter()) {
                    let _ = p.slice(&text);
                }
            }
        }
    }

    #[test]
    fn never_panics_and_stays_linear() {
        for text in [
            "\"\"\"\"\"\"\"",
            "“”“”‘’‘’'''",
            "\"",
            "’",
            "‘‘‘‘",
            "said \"",
            "\" said",
            "a\u{301}\"é\"ü’",
            "“x” said: “y”",
            "é said, “",
        ] {
            let _ = quotes(text);
        }
        let big = "\"“‘’”' said X, \n\n".repeat(20_000);
        let t = std::time::Instant::now();
        let _ = quotes(&big);
        assert!(t.elapsed().as_secs() < 10);
        let big = "\"".repeat(200_000);
        let _ = quotes(&big);
    }

    #[test]
    fn title_before_its_organization_and_name() {
        let text = "The chief executive of the Ubaru Harbour Board, Nalesi Tomaki, resigned on \
                    Monday.\n\n\"I leave with my head high,\" the chief executive said.";
        one(text, "I leave with my head high,", Some("Nalesi Tomaki"));
    }

    #[test]
    fn judge_refers_back_to_a_justice() {
        let text = "Justice Oyelaran Dapo said the case was closed.\n\n\"Nobody was \
                    harmed,\" the judge said.";
        one(text, "Nobody was harmed,", Some("Oyelaran Dapo"));
    }

    #[test]
    fn pronoun_after_a_described_speaker() {
        let text = "A harbour spokesman said: \"Boats are safe.\" He said the storm would \
                    last \"two more days\".\n\nRenata Kowalczyk, a skipper, said she agreed.";
        let got = pairs(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("a harbour spokesman"));
    }

    #[test]
    fn description_gender_reads_the_head_noun() {
        assert_eq!(
            description_gender("a spokeswoman for the board"),
            Gender::Female
        );
        assert_eq!(description_gender("a council spokesman"), Gender::Male);
        assert_eq!(description_gender("a resident of Man"), Gender::Any);
    }

    #[test]
    fn one_word_mention_links_to_the_full_name() {
        let text = "Le Thi Huong won the final.\n\n\"I stayed calm,\" Huong said.";
        let start = text.rfind("Huong").unwrap();
        let m = mention("Huong", "ORG", "Huong", start);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Le Thi Huong"));
        let text = "Deputy Mayor Petra Voss spoke.\n\n\"We warned them,\" Cr Voss said.";
        let start = text.find("Cr Voss").unwrap();
        let m = mention("Cr Voss", "PERSON", "Cr Voss", start);
        let q = quotes_with(text, &[m]);
        assert_eq!(q[0].speaker.as_deref(), Some("Petra Voss"));
    }

    #[test]
    fn pronoun_after_a_described_subject_of_reported_speech() {
        let text = "Tevita Fifita, 30, was last seen on Friday.\n\nA coastguard spokeswoman said \
                    the search would resume. \"We are hopeful,\" she said.";
        one(text, "We are hopeful,", Some("a coastguard spokeswoman"));
        // A clause before the cue is no subject: the pronoun keeps its usual referent.
        let text = "Dr Amara Obi spoke first.\n\nThe board has promised funds, which officials \
                    say will help. \"It is a start,\" she said.";
        one(text, "It is a start,", Some("Amara Obi"));
    }

    #[test]
    fn relation_named_with_a_single_name() {
        let text = "Outside court, his wife, Adjoa, wept. \"They broke us,\" she said.";
        one(text, "They broke us,", Some("Adjoa"));
        let text = "Her daughter, Mireille, 17, spoke later.\n\n\"It is unfair,\" her \
                    daughter said.";
        one(text, "It is unfair,", Some("Mireille"));
    }

    #[test]
    fn plural_possessive_does_not_cut_the_attribution() {
        let text = "Sione Latu spoke first.\n\nAyşe Demir, who chairs the growers' union, said: \
                    \"We were promised help.\"";
        one(text, "We were promised help.", Some("Ayşe Demir"));
    }

    #[test]
    fn organization_noun_left_unnamed_is_not_the_latest_organization() {
        let text = "Exports rose, the fisheries ministry said.\n\nKelpco Holdings said prices \
                    fell.\n\nThe ministry said that catches \"will stay stable\".";
        one(text, "will stay stable", Some("the ministry"));
        let text = "Kelpco Holdings said prices fell.\n\nThe company said that catches \
                    \"will stay stable\".";
        one(text, "will stay stable", Some("Kelpco Holdings"));
    }

    #[test]
    fn name_of_its_organization_before_the_cue() {
        let text = "Tomás Reyes of Harbourside Council said residents were \"fed up\".";
        one(text, "fed up", Some("Tomás Reyes"));
        let text = "A spokesman for Harbourside Council said it was \"under review\".";
        one(
            text,
            "under review",
            Some("a spokesman for Harbourside Council"),
        );
    }

    #[test]
    fn title_kept_in_a_mention_is_dropped() {
        assert!(titled_form("Cr Lin Zhang", "Lin Zhang"));
        assert!(!titled_form("Lin Zhang", "Lin Zhang"));
        assert!(!titled_form("Boa Lin Zhang", "Lin Zhang"));
    }

    #[test]
    fn particle_joined_surname_ends_a_name() {
        let text = "Samir al-Masri, a grain trader, said he bought \"all we could\" in May.";
        one(text, "all we could", Some("Samir al-Masri"));
    }

    #[test]
    fn one_word_sentence_resumes_speech() {
        let text = "\"I have never seen it,\" said Nora Quigley, 71, a fan. \"Never.\"";
        let got = pairs(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].0, "Never.");
        assert_eq!(got[1].1.as_deref(), Some("Nora Quigley"));
        // A lone word after no quotation stays a scare quote.
        let text = "Nora Quigley, 71, a fan, was there. \"Never.\"";
        assert!(pairs(text).is_empty());
    }

    #[test]
    fn colon_subject_with_a_title_before_the_name() {
        let text = "Club captain Josefa Tuilagi's message was simple: \"Keep going.\"";
        one(text, "Keep going.", Some("Josefa Tuilagi"));
    }

    #[test]
    fn colon_subject_owned_office_or_capitalized_title() {
        let text = "The premier's office released a statement: \"Our thoughts are with them.\"";
        one(
            text,
            "Our thoughts are with them.",
            Some("the premier's office"),
        );
        let text = "The Otago chairman's statement read: \"We back the coach fully.\"";
        one(text, "We back the coach fully.", Some("the Otago chairman"));
    }

    #[test]
    fn person_nouns_and_demonyms_refer_back() {
        let text = "Turkey's Emre Aydın, 24, was gracious.\n\n\"He was better,\" the \
                    Izmir-born golfer said.";
        one(text, "He was better,", Some("Emre Aydın"));
        let text = "Dr Ewan Baird led the team.\n\n\"It is our day,\" the Scot said.";
        one(text, "It is our day,", Some("Ewan Baird"));
        // An unnamed plural stays a description.
        let text = "\"We won,\" the Scots said.";
        assert_ne!(pairs(text)[0].1.as_deref(), Some("Ewan Baird"));
    }

    #[test]
    fn a_pronoun_after_a_quoted_speaker_of_untold_gender_means_them() {
        let text = "\"The plan is late,\" said Avren Tessaly, head of research at Korvath \
                    Securities, \"and costs are rising.\"\n\n\"Rents are the real worry,\" she \
                    added.";
        let got = pairs(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Avren Tessaly"), "{got:?}");
        let text = "The final drew big crowds. Westland Rugby (WRU) chief executive Talo Merrin \
                    said 5,000 tickets had been sold. Merrin said, \"People told us rugby was \
                    dying.\"\n\n\"We have had families here all week,\" she added.";
        let got = pairs(text);
        assert_eq!(got[1].1.as_deref(), Some("Talo Merrin"), "{got:?}");
        // The latest speaker who may be of the pronoun's gender is meant; one the article calls
        // a man is passed over for the woman quoted before.
        let text = "\"We lost,\" said Maria Lopez.\n\n\"We won,\" said Avren Tessaly.\n\n\"It \
                    hurts,\" she added.";
        assert_eq!(pairs(text)[2].1.as_deref(), Some("Avren Tessaly"));
        let text = "\"We lost,\" said Maria Lopez.\n\n\"We won,\" said Mr Avren Tessaly.\n\n\
                    \"It hurts,\" she added.";
        assert_eq!(pairs(text)[2].1.as_deref(), Some("Maria Lopez"));
    }

    #[test]
    fn follow_up_pronoun_is_the_latest_fitting_subject() {
        // The subject of a reporting verb, not the person named in what they reported.
        let text = "\"I signed nothing,\" Okafor told the court.\n\n\
                    Okafor replied that Brennan had kept advising him. \"He rang me every \
                    week,\" he said.";
        assert_eq!(
            pairs(text)[1].1.as_deref(),
            Some("Okafor"),
            "{:?}",
            pairs(text)
        );
        // An unnamed speaker whose sentence opens with her description, over a woman quoted
        // before.
        let text = "Judge Mara Velden asked the defendant to stand.\n\n\
                    A spokeswoman for the Harbour Authority declined to comment on the case, \
                    but said the regulator had fined two banks. \"Banks must do better,\" she \
                    said.";
        assert_eq!(
            pairs(text)[0].1.as_deref(),
            Some("a spokeswoman for the Harbour Authority")
        );
        // The person named last, over a speaker of that gender quoted two paragraphs up.
        let text = "\"We are ready,\" said Joris Valk.\n\n\
                    Team manager Pieter Osterman said the squad would defend the lead.\n\n\
                    \"We have a strong team,\" he said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Pieter Osterman"));
        // A subject opening its sentence after a fronted clause, with no cue verb.
        let text = "\"We are ready,\" said Joris Valk.\n\n\
                    Asked whether he could hold on, Tomas Reuel smiled. \"Ask me on Sunday,\" \
                    he said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Tomas Reuel"));
        // A subject that is itself the pronoun: the one it follows up.
        let text = "\"We lost,\" said Nikos Varga.\n\n\
                    He said Bram Oster had ridden well. \"It hurts,\" he said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Nikos Varga"));
    }

    #[test]
    fn the_questioned_one_answers_and_the_asker_asks() {
        let text = "\"We begin,\" said prosecutor Tom Keller.\n\n\
                    Keller asked Idris Mabuza why he had waited. \"I was afraid,\" he said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Idris Mabuza"));
        let text = "\"We begin,\" said prosecutor Tom Keller.\n\n\
                    Keller turned to Idris Mabuza. \"Why did you wait?\" he asked.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Tom Keller"));
    }

    #[test]
    fn gender_is_learned_from_what_the_article_calls_a_person() {
        // A noun in apposition, then a title, tell a gender no given-name list knows.
        let text = "\"We lost,\" said Avren Tessaly, a mother of two.\n\n\
                    \"We won,\" said Kelo Marand, the club chairman.\n\n\"It hurts,\" she added.";
        assert_eq!(pairs(text)[2].1.as_deref(), Some("Avren Tessaly"));
        let text = "\"We lost,\" said Avren Tessaly, a father of two.\n\n\
                    \"We won,\" said Kelo Marand, the club chairwoman.\n\n\"It hurts,\" he added.";
        assert_eq!(pairs(text)[2].1.as_deref(), Some("Avren Tessaly"));
    }

    #[test]
    fn a_second_verb_after_and_or_but_has_the_sentences_subject() {
        let text = "The lender has repaid the affected customers in full and said it was \
                    \"cooperating fully\" with the police.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("the lender"));
    }

    #[test]
    fn a_possessive_opening_a_colon_introduction_is_its_owner() {
        let text = "\"I lost,\" said Nika Holt.\n\n\
                    Mira Valdez won the final. Her voice cracked as she spoke to the crowd:\n\n\
                    \"This is for my parents.\"";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Mira Valdez"));
    }

    #[test]
    fn a_demonym_refers_back_to_the_person_introduced_with_it() {
        // Not the person named last, but the one the article introduced with that country.
        let text = "Ukraine's Anna Marchyk beat Romanian favourite Maria Popescu in the final. \
                    Popescu collects $80,000.\n\n\
                    The Ukrainian, who lives in Berlin, thanked her parents. \"This is for \
                    them,\" she said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("Anna Marchyk"));
        let text = "Brazilian rider Tiago Lemos finished ahead of Kenji Sato. \"It hurt,\" \
                    the Brazilian said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("Tiago Lemos"));
    }

    #[test]
    fn a_name_the_entities_stage_cut_at_a_hyphen_is_the_full_one() {
        let text = "Prosecutor Mabel Ho Wing-sze questioned him. \"That is not credible,\" Ho \
                    said.";
        let ho = text.rfind("Ho").expect("a surname");
        let mentions = [
            mention("Mabel Ho Wing", "PERSON", "Mabel Ho Wing", 11),
            mention("Ho", "PERSON", "Mabel Ho Wing", ho),
        ];
        let q = quotes_with(text, &mentions);
        assert_eq!(q[0].speaker.as_deref(), Some("Mabel Ho Wing-sze"));
    }

    #[test]
    fn a_nickname_inside_the_name_after_a_quotation_does_not_stop_the_attribution() {
        let text = "\"We have not reached three barangays,\" Cagayan Governor Ramon \"Bong\" \
                    Alvarado-Ting told reporters. \"I expect the numbers to go up.\"";
        // The name as the entities stage hands it over, nickname inside.
        let name = "Ramon \"Bong\" Alvarado-Ting";
        let at = text.find(name).unwrap();
        let q = quotes_with(text, &[mention(name, "PERSON", name, at)]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some(name));
        assert_eq!(q[1].speaker.as_deref(), Some(name));
    }

    #[test]
    fn given_names_alone_refer_to_the_full_name_they_open() {
        let text =
            "Minister Ahmad Faizal bin Yusof said schools had closed. \"Our children cannot \
                    breathe,\" Ahmad Faizal said.";
        assert_eq!(
            pairs(text)[0].1.as_deref(),
            Some("Ahmad Faizal bin Yusof"),
            "{:?}",
            pairs(text)
        );
    }

    #[test]
    fn a_title_word_that_is_a_given_name_before_one_word_is_the_given_name() {
        let text = "His colleague, Dean Walsh, said crews waited. \"It had become normal,\" Walsh \
                    said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("Dean Walsh"));
        let text = "\"Lessons must be learned,\" said Coroner Joanne Pike.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("Joanne Pike"));
    }

    #[test]
    fn a_pronoun_after_a_cue_tells_gender_and_makes_a_person() {
        // `said he had lost`: Ravel is a man, so the later `she` is not his.
        let text = "Estate manager Oren Ravel said he had lost 80 pickers. \"We cannot compete,\" \
                    Ravel said.\n\nTaini Gowra, a picker for 22 years, said her wage was too \
                    low. \"My daughter went abroad,\" she said.";
        // The entities stage took the picker's unfamiliar name for an organization.
        let at = text.find("Taini").expect("a name");
        let mentions = [mention("Taini Gowra", "ORG", "Taini Gowra", at)];
        let q = quotes_with(text, &mentions);
        assert_eq!(q[1].speaker.as_deref(), Some("Taini Gowra"), "{q:?}");
        let text = "Oren Ravel said he had lost 80 pickers.\n\nA drought hit the estate. \
                    \"We cannot compete,\" she said.";
        assert_ne!(pairs(text)[0].1.as_deref(), Some("Oren Ravel"));
    }

    #[test]
    fn the_subject_of_a_cue_is_a_person_though_typed_org() {
        // The entities stage took an unfamiliar name for an organization; as the subject of
        // `said` it is a person, and the later `she` is hers, not the analyst's.
        let text = "\"Sales will slow,\" said analyst Mira Castell.\n\nTrần Bích Ngọc, whose \
                    firm staged both concerts in Da Nang, said the tickets went in minutes. \
                    \"We had a queue of thousands,\" she said.";
        let at = text.find("Trần").expect("a name");
        let org = mention("Trần Bích Ngọc", "ORG", "Trần Bích Ngọc", at);
        let q = quotes_with(text, &[org]);
        assert_eq!(q[1].speaker.as_deref(), Some("Trần Bích Ngọc"), "{q:?}");
        // A body stays one (`Ministry`), and so does a known company, though a cue follows.
        for (name, canonical) in [
            ("Halvard Ministry", "Halvard Ministry"),
            ("Kestrel Hospital", "Kestrel Hospital"),
            ("Brannock GmbH", "Brannock GmbH"),
            ("Morgan Stanley", "Morgan Stanley"),
        ] {
            let text = text.replace("Trần Bích Ngọc", name);
            let at = text.find(name).expect("a name");
            let org = mention(name, "ORG", canonical, at);
            let q = quotes_with(&text, &[org]);
            assert_eq!(q[1].speaker.as_deref(), Some("Mira Castell"), "{q:?}");
        }
    }

    #[test]
    fn a_colon_after_a_second_verb_and_its_tail_quotes_the_subject() {
        // A first verb of no known form, a second one that cues, a prepositional tail.
        for intro in [
            "Castell cut his 12-month target on the stock to 900 won from 950 won and wrote in \
             a note to clients:",
            "Castell set a new target and said in a statement on Tuesday:",
            "She sold her stake in the firm and told investors at a briefing in Oslo:",
        ] {
            let text = format!(
                "Analyst Mira Castell expects a slow year.\n\n{intro} \"The firm is well run.\""
            );
            assert_eq!(
                pairs(&text)[0].1.as_deref(),
                Some("Mira Castell"),
                "in {text:?}"
            );
        }
    }

    #[test]
    fn an_opening_mark_repeated_after_a_sentence_continues_the_quotation() {
        // The closing mark of the first sentence never came: one quotation, not two.
        let text = "Dr Ines Varga described the ward:\n\n\"Beds lined the corridors. Nurses \
                    worked double shifts. \"We ran out of blankets by noon.\"";
        assert_eq!(
            pairs(text),
            vec![(
                "Beds lined the corridors. Nurses worked double shifts. We ran out of blankets \
                 by noon."
                    .to_string(),
                Some("Ines Varga".to_string())
            )]
        );
        // Reopened inside a sentence, it is no continuation.
        let text = "Varga said: \"Beds lined the \"We ran out of blankets by noon,\" she said.";
        assert_eq!(pairs(text).len(), 2, "{:?}", pairs(text));
    }

    #[test]
    fn a_second_phrase_in_an_attributed_sentence_is_the_same_speakers() {
        let text = "Analyst Mira Castell said rivals were \"in a similar bind\" and that prices \
                    would \"keep rising\" this year.";
        many(
            text,
            &[
                ("in a similar bind", Some("Mira Castell")),
                ("keep rising", Some("Mira Castell")),
            ],
        );
        // In the next sentence, with no cue, it is a scare quote again.
        let text = "Analyst Mira Castell said rivals were \"in a similar bind\". Prices may \
                    \"keep rising\" this year.";
        assert_eq!(pairs(text).len(), 1, "{:?}", pairs(text));
    }

    #[test]
    fn it_is_the_organization_the_sentence_before_was_about() {
        // The latest named organization (`Court`) is not meant: the subject of the cue is.
        let text = "A harbour master told the Halvard Court he had seen no invoices.\n\nThe port \
                    authority said in a statement that it was cooperating fully. \"We have \
                    strengthened our controls,\" it said.";
        let at = text.find("Halvard Court").expect("a name");
        let court = mention("Halvard Court", "ORG", "Halvard Court", at);
        let q = quotes_with(text, &[court]);
        assert_eq!(q[0].speaker.as_deref(), Some("the port authority"), "{q:?}");
    }

    #[test]
    fn quoted_as_saying_is_a_cue() {
        one(
            "\"This is only the beginning,\" Dagny Holm was quoted as saying by a newspaper.",
            "This is only the beginning,",
            Some("Dagny Holm"),
        );
    }

    #[test]
    fn an_owners_name_opens_a_description() {
        let earlier = "\"Prices will rise,\" said Mira Castell, an analyst.\n\n";
        for (said, by) in [
            (
                "Norland's farm ministry said: \"We are watching it.\"",
                "Norland's farm ministry",
            ),
            (
                "\"We are watching it,\" South Vell's health minister said.",
                "South Vell's health minister",
            ),
        ] {
            let text = format!("{earlier}{said}");
            assert_eq!(pairs(&text)[1].1.as_deref(), Some(by), "in {text:?}");
        }
        // The title resolves to the person the article gave it.
        let text = "Norland's health minister, Ilse Varga, visited the ward. \"We are watching \
                    it,\" Norland's health minister said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("Ilse Varga"));
    }

    #[test]
    fn the_end_of_a_longer_name_named_before_is_that_person() {
        let text = "Coach Arohanui Te Rangimaru has led the side for six seasons.\n\n\"We \
                    respect them,\" Te Rangimaru said.";
        // The entities stage left the short form unlinked.
        let at = text.rfind("Te Rangimaru").expect("a name");
        let short = mention("Te Rangimaru", "PERSON", "Te Rangimaru", at);
        let q = quotes_with(text, &[short]);
        assert_eq!(
            q[0].speaker.as_deref(),
            Some("Arohanui Te Rangimaru"),
            "{q:?}"
        );
    }

    #[test]
    fn a_cue_word_after_a_determiner_or_passive_names_no_speaker() {
        // `the claims`: a noun; `dismissed … as` is the cue, its subject the spokesperson.
        let text = "\"It just works,\" said Mayor Tomasz Vell.\n\nThe party's transport \
                    spokesperson, Amara Reid, dismissed the claims as \"fantasy economics\" and \
                    said the council had \"learned nothing from the last fiasco\".";
        let q = pairs(text);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[1].1.as_deref(), Some("Amara Reid"), "{q:?}");
        assert_eq!(q[2].1.as_deref(), Some("Amara Reid"), "{q:?}");
        // `was described … as`: the plan is no speaker, and the app's name no quotation.
        let text = "The plan was described in council papers as \"neutral within three years\". \
                    The app has been branded \"Park Easy Now\".";
        assert!(pairs(text)
            .iter()
            .all(|(_, by)| by.as_deref() != Some("the plan")));
        assert!(pairs(text).iter().all(|(q, _)| q != "Park Easy Now"));
    }

    #[test]
    fn a_dash_can_interrupt_a_quotation() {
        one(
            "\"Water vapour is not life,\" said Henrik Aalto — \"not even close.\"",
            "Water vapour is not life, not even close.",
            Some("Henrik Aalto"),
        );
        // A new sentence after the dash is a new quotation.
        assert_eq!(
            pairs("\"Water is not life,\" said Henrik Aalto — \"We need more data.\"").len(),
            2
        );
    }

    #[test]
    fn a_description_ending_in_a_name_then_the_persons_name() {
        let text = "\"We are stuck,\" said Ana Vell, a driver.\n\nThe agency's coordinator for \
                    Norland, George Tamsin-Ibe, said convoys were stuck. \"The roads are \
                    rivers,\" he told reporters.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("George Tamsin-Ibe"));
    }

    #[test]
    fn another_opens_a_description_and_who_is_no_speaker() {
        let text = "\"It is soft,\" said Ravi Menon.\n\nAnother analyst, who asked not to be \
                    named, said the firm had been \"too optimistic for too long\".";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("another analyst"));
    }

    #[test]
    fn a_headline_title_before_a_colon_is_its_holder() {
        let text = "Minister: \"We will not raise taxes\"\n\nFinance minister Kagiso Dube ruled \
                    out tax rises on Friday.";
        many(text, &[("We will not raise taxes", Some("Kagiso Dube"))]);
    }

    #[test]
    fn a_particle_led_surname_is_the_person_named_in_full_before() {
        let text = "Cllr Bríd Ó Ceallaigh visited the branch.\n\nÓ Ceallaigh said the council \
                    would keep the mobile library. \"It reaches the villages,\" she said.";
        let at = text.find("Ó Ceallaigh said").expect("a name");
        let short = mention("Ó Ceallaigh", "PERSON", "Ó Ceallaigh", at);
        let q = quotes_with(text, &[short]);
        assert_eq!(q[0].speaker.as_deref(), Some("Bríd Ó Ceallaigh"), "{q:?}");
    }

    #[test]
    fn a_workplace_described_in_apposition_is_not_the_speaker() {
        let text = "Retail analyst Joanna Byrne at Halden Partners, a consultancy, said: \"Trust \
                    in the bank has collapsed.\"";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Joanna Byrne"), "{q:?}");
        // A verb after the name's comma is no title.
        let text = "Her lawyer, Priya Venkat, said the manager would testify. Her client \"has \
                    nothing to hide\", Venkat said.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Priya Venkat"), "{q:?}");
        assert_eq!(q[0].speaker_title.as_deref(), Some("lawyer"), "{q:?}");
    }

    #[test]
    fn an_owners_spokeswoman_is_not_the_owner() {
        let text = "Deputy minister Rasmus Holm resigned. \"I made mistakes,\" he said.\n\n\
                    Holm's spokeswoman said he would give no interviews. \"He needs time with \
                    his family,\" she said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("Holm's spokeswoman"));
    }

    #[test]
    fn a_description_before_a_relative_clause_speaks() {
        let text = "Passenger Ana Pereira said she heard a bang. \"The cabin went quiet,\" she \
                    said. A second passenger, who did not want to be named, said the crew had \
                    been calm. \"They were brilliant,\" she said.";
        assert_eq!(pairs(text)[1].1.as_deref(), Some("a second passenger"));
    }

    #[test]
    fn a_title_nobody_was_given_is_the_person_just_introduced() {
        let text = "Her successor is finance director Oliver Grant, who joined in 2015. \"Evelyn \
                    built something special,\" the new chief executive said.";
        assert_eq!(
            pairs(text)[0].1.as_deref(),
            Some("Oliver Grant"),
            "{:?}",
            pairs(text)
        );
    }

    #[test]
    fn a_definite_description_refers_to_the_person_described_so() {
        let text = "Evelyn Marsh, 67, a mother of three, opened the shop.\n\nThe mother of \
                    three said she would rest. \"I will still bake,\" she said.\n\n\"It is \
                    time,\" the mother of three said.";
        let got = pairs(text);
        assert_eq!(got[0].1.as_deref(), Some("Evelyn Marsh"), "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Evelyn Marsh"), "{got:?}");
    }

    #[test]
    fn a_title_nobody_was_given_is_not_one_with_another_title() {
        let text = "Residents met officials on Tuesday. Farm manager Oliver Grant complained \
                    about the road. \"It will be fixed,\" the mayor said.";
        assert_eq!(
            pairs(text)[0].1.as_deref(),
            Some("the mayor"),
            "{:?}",
            pairs(text)
        );
    }

    #[test]
    fn the_person_a_sentence_opens_with_is_its_subject_over_a_cue_in_a_clause() {
        // `which she said`: the cue's subject stands in a clause after the sentence's subject.
        let text = "\"We raised prices,\" said Teresa Lang, the owner's daughter.\n\n\
                    Rosa Morrow owns her building, which she said is why she stays. Does she \
                    plan to retire? \"Ask me again in ten years!\" she said.";
        assert_eq!(
            pairs(text)[1].1.as_deref(),
            Some("Rosa Morrow"),
            "{:?}",
            pairs(text)
        );
        // An owner opening the sentence is not its subject: the name after the comma is.
        let text = "\"I went,\" said Joris van der Berg.\n\n\
                    Van der Berg's team manager, Pieter Vos, said the squad was ready. \"We \
                    have a strong team,\" he said.";
        assert_eq!(
            pairs(text)[1].1.as_deref(),
            Some("Pieter Vos"),
            "{:?}",
            pairs(text)
        );
    }

    #[test]
    fn a_job_word_kept_in_a_mention_is_dropped() {
        let text = "Grower Sina Vaai lost her crop. \"What do I tell them?\" Vaai said.";
        let vaai = text.rfind("Vaai").expect("a surname");
        let mentions = [
            mention("Grower Sina Vaai", "PERSON", "Grower Sina Vaai", 0),
            mention("Vaai", "PERSON", "Grower Sina Vaai", vaai),
        ];
        assert_eq!(
            quotes_with(text, &mentions)[0].speaker.as_deref(),
            Some("Sina Vaai")
        );
    }

    #[test]
    fn a_surname_alone_is_the_namesake_named_before_it() {
        // The entities stage linked `Faleo` to the cousin named only later.
        let text = "Grower Tavi Faleo lost 600 trees. Faleo, 61, said it would take years. \
                    \"My grandfather planted these,\" he said.\n\nHis cousin Losa Faleo said \
                    buyers had gone. \"We have nothing,\" she said.";
        let at = |s: &str| text.find(s).expect("in the text");
        let second = text.match_indices("Faleo,").next().expect("a surname").0;
        let mentions = [
            mention("Faleo", "PERSON", "Losa Faleo", second),
            mention("Losa Faleo", "PERSON", "Losa Faleo", at("Losa")),
        ];
        let q = quotes_with(text, &mentions);
        assert_eq!(q[0].speaker.as_deref(), Some("Tavi Faleo"), "{q:?}");
        assert_eq!(q[1].speaker.as_deref(), Some("Losa Faleo"), "{q:?}");
    }

    #[test]
    fn a_pronoun_after_an_addressing_cue_is_the_one_addressed() {
        // `told her`: Ravel addressed a woman; nothing says Ravel is one.
        let text = "Oren Ravel told her the estate was closing.\n\nA drought hit the estate. \
                    \"We cannot compete,\" he said.";
        assert_eq!(
            pairs(text)[0].1.as_deref(),
            Some("Oren Ravel"),
            "{:?}",
            pairs(text)
        );
    }

    #[test]
    fn an_age_alone_refers_back_to_the_person_given_that_age() {
        let text = "Joris Valk, 26, won the stage. Second was Pieter Osterman, 31, who crashed \
                    on Tuesday. Tomas Reuel finished third. \"I was on the limit,\" the \
                    26-year-old said.";
        assert_eq!(
            pairs(text)[0].1.as_deref(),
            Some("Joris Valk"),
            "{:?}",
            pairs(text)
        );
    }

    #[test]
    fn the_title_alone_refers_back_to_an_unnamed_described_person() {
        let text = "A senior transport ministry official, who asked not to be named, was more \
                    cautious. \"If it rains, the plan fails,\" the official said.";
        one(
            text,
            "If it rains, the plan fails,",
            Some("a senior transport ministry official"),
        );
        // A description that is a named person's appositive introduces nobody unnamed.
        let text = "Dara Vell, a former ministry official, said prices would rise. \"It will \
                    be hard,\" the official said.";
        assert_ne!(
            pairs(text)[0].1.as_deref(),
            Some("a former ministry official")
        );
        let text = "A source familiar with the talks said the price was the issue. \"They \
                    are far apart,\" the source said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("a source"));
        // `official` as a modifier introduces nobody.
        let text = "An official visit was cancelled. \"It will be hard,\" the official said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("the official"));
        let text = "An official said on Friday the visit was off. \"It will be hard,\" the \
                    official said.";
        assert_eq!(pairs(text)[0].1.as_deref(), Some("an official"));
    }

    #[test]
    fn a_job_noun_before_a_given_name_is_no_part_of_the_name() {
        let text = "Fishmonger Rui Tavares, 52, said trade was slow. \"Nobody buys cod now,\" \
                    he said.";
        one(text, "Nobody buys cod now,", Some("Rui Tavares"));
        // A given name stays: `Oliver` ends like a job noun; so does one given to both sexes.
        assert!(!job_before_name("taylor", "james"));
        let text = "\"We are ready,\" said Oliver James Hartley.";
        one(text, "We are ready,", Some("Oliver James Hartley"));
        let text = "DJ Kaito Mori, 30, said the crowd was huge. \"It was loud,\" he said.";
        one(text, "It was loud,", Some("Kaito Mori"));
        assert!(job_before_name("greengrocer", "sukru"));
        assert!(!job_before_name("greengrocer", "tavaresson"));
    }

    #[test]
    fn given_names_are_found_through_letters_the_accent_table_leaves() {
        assert_eq!(name_gender("şükrü"), Gender::Male);
        assert_eq!(name_gender("łukasz"), Gender::Male);
        assert_eq!(name_gender(&"İbrahim".to_lowercase()), Gender::Male);
        let text = "Greengrocer Şükrü Yıldırım, 49, said trade was slow. \"People buy less,\" \
                    he said.";
        one(text, "People buy less,", Some("Şükrü Yıldırım"));
    }

    #[test]
    fn company_words_mark_an_organization() {
        assert!(org_like("Korvath Securities"));
        assert!(org_like("Lindqvist Pharmaceuticals"));
        assert!(!org_like("Avren Tessaly"));
    }

    #[test]
    fn a_description_with_a_bare_descriptor_before_the_name_is_the_speaker() {
        // `for shipping group X`: no determiner between the preposition and the name.
        let text = "A spokeswoman for shipping group Tallvik Lines said two of its vessels had \
                    been diverted. \"We cannot wait,\" she said.";
        many(
            text,
            &[(
                "We cannot wait,",
                Some("a spokeswoman for shipping group Tallvik Lines"),
            )],
        );
    }

    #[test]
    fn a_relative_clause_with_a_list_inside_does_not_hide_the_description() {
        // The commas of `Leeds, York and Hull` are the clause's own, not the apposition's.
        let text = "A spokesman for Reelhouse Cinemas, which runs 21 screens in Leeds, York and \
                    Hull, said local titles sold well, calling it \"the best year we have had\".";
        many(
            text,
            &[(
                "the best year we have had",
                Some("a spokesman for Reelhouse Cinemas"),
            )],
        );
    }

    #[test]
    fn an_owned_role_then_the_name_in_apposition_is_the_named_one() {
        let text = "\"We are selling our wind cheaply,\" said the party's energy spokesman, \
                    Tomas Kerrow.";
        many(
            text,
            &[("We are selling our wind cheaply,", Some("Tomas Kerrow"))],
        );
    }

    #[test]
    fn a_pronoun_follows_up_a_surname_subject_of_untold_gender() {
        // `Jānis` is no given name the lists know: the surname subject still fits `he`, over
        // a man named two paragraphs up.
        let text = "\"We move exports on our backs,\" said Jānis Ozoliņš, the union's \
                    chairman.\n\n\
                    Pēteris Liepiņš, 54, a docker, said it was the first time he had \
                    marched.\n\n\
                    Ozoliņš said the union was ready to return to talks.\n\n\
                    \"Nobody wants ships standing in the sea,\" he said.";
        assert_eq!(
            pairs(text)[1].1.as_deref(),
            Some("Jānis Ozoliņš"),
            "{:?}",
            pairs(text)
        );
    }

    #[test]
    fn a_description_ending_in_a_long_name_with_of_and_and_is_the_speaker() {
        let text = "A spokeswoman for the Tenby Association of Small-Scale Fishers and Rock \
                    Lobster Divers said its members had been consulted \"with a slideshow, in a \
                    hotel, and never again\".";
        many(
            text,
            &[(
                "with a slideshow, in a hotel, and never again",
                Some(
                    "a spokeswoman for the Tenby Association of Small-Scale Fishers and Rock \
                     Lobster Divers",
                ),
            )],
        );
    }

    #[test]
    fn a_description_ending_in_a_bodys_fields_listed_with_commas_is_the_speaker() {
        let text = "A spokeswoman for the Chamber of Commerce, Industry, Farming, Mines and \
                    Crafts said the chamber backed direct sales. \"We cannot wait,\" she said.";
        many(
            text,
            &[(
                "We cannot wait,",
                Some("a spokeswoman for the Chamber of Commerce, Industry, Farming, Mines and Crafts"),
            )],
        );
    }

    #[test]
    fn an_owners_title_then_the_name_between_commas_introduces_a_colon_quotation() {
        let text = "Dravec's mayor, Ivo Lantak, put it bluntly at a council meeting: \"Half of \
                    this town works in that plant.\"";
        many(
            text,
            &[("Half of this town works in that plant.", Some("Ivo Lantak"))],
        );
    }

    #[test]
    fn a_description_with_a_descriptor_before_a_relative_clause_speaks() {
        let text = "A spokesman for the exporter Kelani Hills Teas, whose Red Peak brand sells \
                    in 40 countries, said it had raised prices. \"Customers will pay more,\" he \
                    said.";
        many(
            text,
            &[(
                "Customers will pay more,",
                Some("a spokesman for the exporter Kelani Hills Teas"),
            )],
        );
    }

    #[test]
    fn a_name_an_age_and_a_description_in_apposition_before_a_colon() {
        let text = "Gulnara Tashkenova, 38, a primary school teacher in Zarbek, a town north of \
                    Nukus, told Newswire that her director had read out a list: \"He said \
                    nothing.\"";
        many(text, &[("He said nothing.", Some("Gulnara Tashkenova"))]);
    }

    #[test]
    fn an_accusation_quotes_its_accuser() {
        let text = "Senator Mirta Ocaña accused the government of \"negotiating in the dark\".";
        many(text, &[("negotiating in the dark", Some("Mirta Ocaña"))]);
    }

    #[test]
    fn given_names_of_both_genders_in_one_name_tell_none() {
        let text = "Output fell, Imran Qadeer, a trader, said on Monday.\n\nBushra Farhan Lodhi, \
                    head of the growers' union Kisan Varta Sangh, said growers had quit cotton. \
                    \"Ten years ago my district grew cotton everywhere.\n\n\"Today you see cane \
                    to the horizon,\" he said.";
        many(
            text,
            &[(
                "Ten years ago my district grew cotton everywhere. Today you see cane to the \
                 horizon,",
                Some("Bushra Farhan Lodhi"),
            )],
        );
        assert_eq!(given_gender("Bushra Farhan Lodhi"), Gender::Any);
        assert_eq!(given_gender("Bushra Lodhi"), Gender::Female);
        // `Han` opens Korean names as a family name: the given name after it tells.
        assert_eq!(given_gender("Han Ji-woo"), Gender::Female);
        assert_eq!(given_gender("Seo Dong-hyuk"), Gender::Any);
        assert_eq!(given_gender("Han Solberg"), Gender::Male);
        // A surname spelt like a given name tells nothing against the first.
        assert_eq!(given_gender("Bushra Noor Farhan"), Gender::Female);
    }

    #[test]
    fn a_court_that_ruled_is_the_organization_it_names_whole() {
        let text = "The Court of Appeal of the Northern Isles (CANI) ruled in April that the \
                    state had broken the law by selling nationality \"in exchange for fixed \
                    payments.\"";
        let name = "Court of Appeal of the Northern Isles";
        let m = mention(name, "ORG", name, text.find(name).unwrap());
        let q = quotes_with(text, &[m]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "in exchange for fixed payments.");
        assert_eq!(q[0].speaker.as_deref(), Some(name));
    }

    #[test]
    fn a_title_the_entities_stage_drops_is_no_part_of_a_speakers_name() {
        many(
            "Sheikh Tamal Rashidi, the energy minister, called the deal \"the best contract \
             we ever signed.\"\n\nAyatollah Halvard Osk Tenn said: \"It was hard.\"",
            &[
                ("the best contract we ever signed.", Some("Tamal Rashidi")),
                ("It was hard.", Some("Halvard Osk Tenn")),
            ],
        );
        assert_eq!(untitled("Sheikh Tamal Rashidi"), "Tamal Rashidi");
        assert_eq!(untitled("Lieutenant Colonel Ana Rossi"), "Ana Rossi");
        assert!(!name_title("General Motors Corp"));
        assert!(!name_title("Sheikh Rashidi"));
    }

    #[test]
    fn a_described_person_opening_a_sentence_with_no_cue_is_its_subject() {
        let text = "The guilds blamed the quota rules for the losses, Jon Eder said.\n\nA \
                    spokeswoman for the Syndicat Régional des Pêcheurs de Haute-Lande rejected \
                    the accusation. \"Our boats carry observers,\" she said. \"They had a bad \
                    season.\"\n\nA new report published on Monday found more. \"It is \
                    worse,\" she said.";
        let d = "a spokeswoman for the Syndicat Régional des Pêcheurs de Haute-Lande";
        many(
            text,
            &[
                ("Our boats carry observers,", Some(d)),
                ("They had a bad season.", Some(d)),
                ("It is worse,", Some(d)),
            ],
        );
    }

    #[test]
    fn a_capitalized_title_with_its_portfolio_before_the_name_is_the_persons() {
        let text = "The Minister of Lakes and Inland Transport, Marietou Faye Ndour, said the \
                    audit was done. \"Our lakes were sold quietly,\" the minister told \
                    parliament.\n\nIdrissa Sall, secretary general of the boatmen's union, \
                    said, \"We want names.\"";
        many(
            text,
            &[
                ("Our lakes were sold quietly,", Some("Marietou Faye Ndour")),
                ("We want names.", Some("Idrissa Sall")),
            ],
        );
        // A title alone before the comma.
        many(
            "The Minister, Awa Diouf, spoke. \"We act,\" the minister said.",
            &[("We act,", Some("Awa Diouf"))],
        );
    }

    #[test]
    fn a_place_after_a_descriptions_complement_is_no_part_of_it() {
        many(
            "\"Prices will rise,\" a spokeswoman for the FAO in Zomba said. \"Stocks are low,\" \
             a farmer in Kasungu said.",
            &[
                ("Prices will rise,", Some("a spokeswoman for the FAO")),
                ("Stocks are low,", Some("a farmer in Kasungu")),
            ],
        );
    }

    #[test]
    fn a_pronoun_inside_a_quotation_is_the_relation_the_sentence_before_names() {
        let text = "\"We dug all night,\" said Kofi Mensah, a rescue worker.\n\nAma Boateng, \
                    41, said her eldest son had gone into the shaft at dawn. She waited by the \
                    pit all day.\n\n\"He told me, \
                    'One more week and I will buy the van,'\" she said.";
        many(
            text,
            &[
                ("We dug all night,", Some("Kofi Mensah")),
                (
                    "He told me, 'One more week and I will buy the van,'",
                    Some("Ama Boateng"),
                ),
                (
                    "One more week and I will buy the van,",
                    Some("her eldest son"),
                ),
            ],
        );
    }

    #[test]
    fn a_described_person_before_a_colon_introduces_the_quotation() {
        many(
            "The Union of Loom Workers warned of job cuts at Delta Spinning. A spokesman for \
             the union put it plainly: \"Our members did not write these labels.\"",
            &[(
                "Our members did not write these labels.",
                Some("a spokesman for the union"),
            )],
        );
    }

    #[test]
    fn a_kin_title_in_lower_case_is_no_office() {
        let text = "Rail Minister Arjun Pillay told parliament the line would reopen.\n\nMeena \
                    Doss, secretary of the Rail Workers' Union, said members were not \
                    consulted.\n\n\"This is no experiment,\" the minister said.";
        many(text, &[("This is no experiment,", Some("Arjun Pillay"))]);
    }

    #[test]
    fn a_given_name_the_entities_stage_took_for_a_title_stays_in_the_name() {
        let text = "\"We stay down,\" said Emir Kovačić, 43, by telephone.";
        let at = text.find("Kovačić").unwrap();
        let q = quotes_with(text, &[mention("Kovačić", "PERSON", "Kovačić", at)]);
        assert_eq!(q[0].speaker.as_deref(), Some("Emir Kovačić"));
        let text = "Ifan ap Gwyndaf put it bluntly: \"Nobody reaches a million speakers so.\"";
        let at = text.find("Gwyndaf").unwrap();
        let q = quotes_with(text, &[mention("Gwyndaf", "ORG", "Gwyndaf", at)]);
        assert_eq!(q[0].speaker.as_deref(), Some("Ifan ap Gwyndaf"));
    }

    #[test]
    fn no_description_reaches_back_past_a_relative_pronoun() {
        let text = "A spokesman for the police said six men were held. Officers also seized a \
                    van and 40 phones linked to accounts that investigators say paid the \
                    pickers. \"The money left a trail,\" he said.\n\nDistrict Regent Ana \
                    Wati Lestari said the district drew 14% of its revenue from mining, \"but \
                    no budget is worth a child\".";
        many(
            text,
            &[
                (
                    "The money left a trail,",
                    Some("a spokesman for the police"),
                ),
                ("but no budget is worth a child", Some("Ana Wati Lestari")),
            ],
        );
    }

    #[test]
    fn a_title_after_a_place_kept_in_a_mention_is_dropped() {
        let text = "Bantul Regent Ana Wati Lestari said revenue fell, \"but no budget is worth a \
                    child\".";
        let full = "Bantul Regent Ana Wati Lestari";
        let q = quotes_with(text, &[mention(full, "ORG", full, 0)]);
        assert_eq!(q[0].speaker.as_deref(), Some("Ana Wati Lestari"));
    }

    #[test]
    fn a_place_before_a_descriptions_common_noun_keeps_the_description() {
        let d = "a spokeswoman for the Bremen retailer Lindt Haushalt";
        many(
            "A spokeswoman for the Bremen retailer Lindt Haushalt said the company had pulled \
             18 lines \"as a precaution while we wait for the laboratory.\"",
            &[("as a precaution while we wait for the laboratory.", Some(d))],
        );
    }

    #[test]
    fn an_owners_capitalized_title_and_a_description_past_its_relative_clause() {
        let text = "Ladakh's Director of Horticulture, Imtiaz Wani, said wells were drilled. \
                    \"Half were never finished,\" the director said.\n\nSana Mir, 29, said \
                    the season ended early.\n\nAn official at the weather office, who asked \
                    not to be named, offered little comfort: \"The models show dry weather.\"";
        many(
            text,
            &[
                ("Half were never finished,", Some("Imtiaz Wani")),
                (
                    "The models show dry weather.",
                    Some("an official at the weather office"),
                ),
            ],
        );
    }

    #[test]
    fn the_company_is_no_organization_headed_by_another_bodys_noun() {
        let text = "The spoil heaps belong to Verdes del Norte, which holds a concession from the \
                    National Water Agency (NWA). In a statement, the company said it had warned \
                    the town. \"We share the pain of the valley,\" the company said.";
        let m = |name: &str| mention(name, "ORG", name, text.find(name).unwrap());
        let q = quotes_with(text, &[m("Verdes del Norte"), m("National Water Agency")]);
        assert_eq!(q[0].speaker.as_deref(), Some("Verdes del Norte"));
    }

    #[test]
    fn a_description_runs_through_the_commas_of_a_name_that_lists() {
        let d = "a spokesman for the Leather, Rubber, Canvas and Shoe Makers Federation";
        many(
            "A spokesman for the Leather, Rubber, Canvas and Shoe Makers Federation said \
             members held more drills. \"One crime should not punish an entire trade,\" he \
             said.",
            &[("One crime should not punish an entire trade,", Some(d))],
        );
    }

    #[test]
    fn a_report_speaks_for_the_body_that_owns_it() {
        let text = "The consortium, Tarno Green Fuels, plans a plant. The Karoo Fishers Union \
                    objected.\n\nAnna Berg, a biologist, said the consortium's environmental \
                    report was thin. \"The report says 'no harm to marine life', but nobody has \
                    measured the currents,\" Berg said.";
        let m = |name: &str| mention(name, "ORG", name, text.find(name).unwrap());
        let q = quotes_with(text, &[m("Tarno Green Fuels"), m("Karoo Fishers Union")]);
        let nested = q
            .iter()
            .find(|q| q.text == "no harm to marine life")
            .unwrap();
        assert_eq!(nested.speaker.as_deref(), Some("Tarno Green Fuels"));
    }

    #[test]
    fn in_their_words_before_a_colon_is_the_owners_quotation() {
        let text = "Dalia Fenwick, an analyst at Tarrow Water, said prices would rise. But she \
                    warned that bills would follow. In her words: \"Somebody pays for every \
                    litre.\" Officials disagreed. In the words of Omar Castell: \"Nobody \
                    pays.\"";
        many(
            text,
            &[
                ("Somebody pays for every litre.", Some("Dalia Fenwick")),
                ("Nobody pays.", Some("Omar Castell")),
            ],
        );
    }

    /// The one quotation of `text` and its speaker, with the entity mentions `found` given.
    fn one_with(text: &str, found: &[(&str, &str)], said: &str, by: Option<&str>) {
        assert_eq!(
            with_mentions(text, found),
            vec![(said.to_string(), by.map(str::to_string))],
            "in {text:?}"
        );
    }

    /// `text` with a mention of each surface (at its first place), of its kind, as its own
    /// canonical name.
    fn with_mentions(text: &str, found: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        let mut mentions: Vec<Mention> = found
            .iter()
            .map(|&(surface, kind)| {
                let at = text.find(surface).expect("the surface is in the text");
                mention(surface, kind, surface, at)
            })
            .collect();
        mentions.sort_by_key(|m| m.start);
        quotes_with(text, &mentions)
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    #[test]
    fn general_closes_a_title_before_the_name() {
        let text = "KBS Director General Tamu Ngoyi said inspectors spent 11 days there.\n\n\
                    \"They found nothing in the samples,\" the director general said.\n";
        one_with(
            text,
            &[("KBS", "ORG"), ("Tamu Ngoyi", "PERSON")],
            "They found nothing in the samples,",
            Some("Tamu Ngoyi"),
        );
    }

    #[test]
    fn a_place_after_a_title_and_of_is_no_part_of_the_name() {
        let text = "Mayor of Bresk Ivana Kovačić said closure would be \"a disaster for every \
                    shop in this valley\". She said at a meeting:\n\n\"People here do not ski \
                    for fun.\"\n";
        let want = vec![
            (
                "a disaster for every shop in this valley".to_string(),
                Some("Ivana Kovačić".to_string()),
            ),
            (
                "People here do not ski for fun.".to_string(),
                Some("Ivana Kovačić".to_string()),
            ),
        ];
        // Whether the entities stage found the bare name or kept the place in it.
        assert_eq!(
            with_mentions(text, &[("Bresk", "PLACE"), ("Ivana Kovačić", "PERSON")]),
            want
        );
        assert_eq!(
            with_mentions(text, &[("Bresk Ivana Kovačić", "PERSON")]),
            want
        );
        // A title's field that names no place keeps the person's whole name.
        let text = "Minister of Health Ana Ruiz said the plan was \"ready to go\".";
        one_with(
            text,
            &[("Ana Ruiz", "PERSON")],
            "ready to go",
            Some("Ana Ruiz"),
        );
    }

    #[test]
    fn the_lower_case_title_after_a_fronted_phrase_introduces() {
        let text = "The trade minister, Tavita Moana, told reporters the subsidy would stay. \
                    Asked whether the recovery would last, the minister was cautious:\n\n\
                    \"We have had good years before and then three bad ones.\"\n";
        one_with(
            text,
            &[("Tavita Moana", "PERSON")],
            "We have had good years before and then three bad ones.",
            Some("Tavita Moana"),
        );
    }

    #[test]
    fn the_person_a_sentence_is_about_speaks_the_next() {
        let text = "The town earned more, the council said. Arben Dushku, a 58-year-old \
                    fishing guide, watched the ruling on his phone. \"When I was a boy we swam \
                    in the river every summer.\"\n";
        one_with(
            text,
            &[("Arben Dushku", "PERSON")],
            "When I was a boy we swam in the river every summer.",
            Some("Arben Dushku"),
        );
        // A sentence about a thing names nobody.
        one(
            "The dam was cancelled on Monday. \"When I was a boy we swam in the river.\"",
            "When I was a boy we swam in the river.",
            None,
        );
    }

    #[test]
    fn a_body_is_named_whole_after_its_article() {
        let text = "The Ecuadorian Association of Banana Growers said the industry employs \
                    100,000 people.\n\nIn a statement, the association warned: \"Every day \
                    of stoppage puts orders at risk.\"\n";
        one_with(
            text,
            &[("Ecuadorian Association of Banana Growers", "ORG")],
            "Every day of stoppage puts orders at risk.",
            Some("Ecuadorian Association of Banana Growers"),
        );
    }

    #[test]
    fn a_spokesperson_for_a_long_body_stays_a_description() {
        let text = "A spokesperson for the Delegation of the European Union to Malawi and SADC \
                    said in a statement: \"This is a good example of trade.\"";
        one_with(
            text,
            &[("Delegation of the European Union to Malawi and SADC", "ORG")],
            "This is a good example of trade.",
            Some("a spokesperson for the Delegation of the European Union to Malawi and SADC"),
        );
    }

    #[test]
    fn a_legal_form_after_a_name_makes_it_a_company() {
        let text = "Skilift Brana d.o.o., which runs four chairlifts above the village, asked the \
                    court for protection.\n\nThe Ministry of the Economy said it was watching.\n\n\
                    Creditors meet in January. The company said the lifts would run \"if the sky \
                    gives us anything at all\", and that a race was still on.\n";
        let want = vec![(
            "if the sky gives us anything at all".to_string(),
            Some("Skilift Brana d.o.o.".to_string()),
        )];
        // Whether the entities stage took the name for a person's or a company's.
        for kind in ["PERSON", "ORG"] {
            assert_eq!(
                with_mentions(
                    text,
                    &[("Skilift Brana", kind), ("Ministry of the Economy", "ORG")]
                ),
                want
            );
        }
        let text = "Naviera Tres Islas SA, which owns the barge, was fined.\n\n\
                    Naviera Tres Islas said it was investigating. In a statement, the company \
                    said: \"We regret this accident.\"\n";
        // The entities stage found the name only without the form.
        let later = text.rfind("Naviera Tres Islas").expect("named twice");
        assert_eq!(
            quotes_with(
                text,
                &[mention(
                    "Naviera Tres Islas",
                    "ORG",
                    "Naviera Tres Islas",
                    later
                )]
            )
            .into_iter()
            .map(|q| q.speaker)
            .collect::<Vec<_>>(),
            vec![Some("Naviera Tres Islas SA".to_string())]
        );
        let mut mentions = vec![mention(
            "Naviera Tres Islas",
            "ORG",
            "Naviera Tres Islas",
            0,
        )];
        let again = text.rfind("Naviera Tres Islas").expect("named twice");
        mentions.push(mention(
            "Naviera Tres Islas",
            "ORG",
            "Naviera Tres Islas",
            again,
        ));
        assert_eq!(
            quotes_with(text, &mentions)
                .into_iter()
                .map(|q| q.speaker)
                .collect::<Vec<_>>(),
            vec![Some("Naviera Tres Islas SA".to_string())]
        );
    }

    #[test]
    fn fields_listed_after_a_title_are_no_speaker() {
        let text = "In a statement, the Minister of State for Nature, Heritage and Electoral \
                    Reform, Ana Ruiz, said: \"A bog can be destroyed in a summer.\"";
        one_with(
            text,
            &[("Ana Ruiz", "PERSON")],
            "A bog can be destroyed in a summer.",
            Some("Ana Ruiz"),
        );
    }

    #[test]
    fn a_long_name_right_after_for_stays_in_the_description() {
        let text = "A spokeswoman for Marine and Safety Norland (MSN) said boats should keep \
                    away. \"Loose rope can foul a propeller in seconds,\" she said.";
        one_with(
            text,
            &[("Marine and Safety Norland", "ORG")],
            "Loose rope can foul a propeller in seconds,",
            Some("a spokeswoman for Marine and Safety Norland"),
        );
    }

    #[test]
    fn a_title_its_field_and_the_name_after_the_cue() {
        let text = "\"The roof had already collapsed,\" said Assistant Commissioner of Police \
                    Joseph Okello, who heads the fire service. \"Our tender had to climb a road.\"";
        let by = Some("Joseph Okello".to_string());
        assert_eq!(
            with_mentions(text, &[("Joseph Okello", "PERSON")]),
            vec![
                ("The roof had already collapsed,".to_string(), by.clone()),
                ("Our tender had to climb a road.".to_string(), by),
            ]
        );
    }

    #[test]
    fn a_pronoun_after_a_described_speakers_sentence_is_theirs() {
        let text = "Tomas Vira, the society's chairman, said the audit was unfair.\n\n\
                    A spokesman for the Norland Bureau of Standards (NBS), which certifies exports, said \
                    the exports were sound. \"Its licence remains valid,\" he said.\n";
        one_with(
            text,
            &[
                ("Tomas Vira", "PERSON"),
                ("Norland Bureau of Standards", "ORG"),
            ],
            "Its licence remains valid,",
            Some("a spokesman for the Norland Bureau of Standards"),
        );
    }

    #[test]
    fn a_surname_opening_with_its_particle_after_an_honorific_is_the_speaker() {
        // The surname alone here: the person's earlier mention is no quotation's speaker.
        one(
            "\"He does not ask the court to forget,\" Ms de Vries said.",
            "He does not ask the court to forget,",
            Some("de Vries"),
        );
    }

    #[test]
    fn irish_offices_are_titles_not_names() {
        one(
            "Cathaoirleach Declan Mac Giolla Bhríde said the scheme was \"the most important thing in a generation\".",
            "the most important thing in a generation",
            Some("Declan Mac Giolla Bhríde"),
        );
    }

    #[test]
    fn a_bracketed_party_and_relative_clause_after_a_name_leave_the_name_the_speaker() {
        one(
            "But Cllr Aoife Tansey-Burke (Ind), who voted against, said businesses on the quays \
             had been given \"a consultation, not a say\".",
            "a consultation, not a say",
            Some("Aoife Tansey-Burke"),
        );
    }

    #[test]
    fn a_plural_followed_by_a_finite_verb_is_the_reported_subject_not_a_speaker() {
        let q = quotes("Later, said traders had \"no say at all\" in the plan.");
        assert!(
            q.iter().all(|q| q.speaker.as_deref() != Some("traders")),
            "{q:?}"
        );
        one(
            "\"We were not consulted,\" said traders on the quays.",
            "We were not consulted,",
            Some("traders"),
        );
    }

    #[test]
    fn lower_case_titles_open_a_name_with_an_apposition_after_the_quote() {
        one(
            "\"We argued for hours, which is long,\" panel chair Anong Srisuk, the Thai \
             director, told reporters.",
            "We argued for hours, which is long,",
            Some("Anong Srisuk"),
        );
    }

    #[test]
    fn a_relative_clause_after_an_apposition_leaves_the_name_the_speaker() {
        one(
            "\"The walls came down,\" Darius Karimi-Zadeh, the governor of Ravar county, which \
             includes Kuhbanan, told state television.",
            "The walls came down,",
            Some("Darius Karimi-Zadeh"),
        );
    }

    #[test]
    fn body_before_in_place_speaks_not_the_place() {
        let q = quotes(
            "Harlow Boatworks in Port Ellery, which bid for the work, said it was \
             \"deeply disappointed by the outcome\" and would appeal.",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Harlow Boatworks"));
    }

    #[test]
    fn jean_is_a_given_name_of_either_gender() {
        assert_eq!(given_name("jean"), Some(Gender::Any));
        one(
            "The price was good, said Jean Mugabo Karenzi, the station manager.\n\n\
             Karenzi said the station had grown. \"We could not wait,\" he said.",
            "We could not wait,",
            Some("Jean Mugabo Karenzi"),
        );
    }

    #[test]
    fn lower_title_and_title_after_owner_before_the_holder() {
        one(
            "\"These are the routes that matter,\" Northwind Rail president and CEO Oskar \
             Lindqvist-Moe told reporters.",
            "These are the routes that matter,",
            Some("Oskar Lindqvist-Moe"),
        );
    }

    #[test]
    fn title_of_two_fields_before_the_holder() {
        let text = "\"The point is not to punish anyone,\" Minister of Culture and Media Ivka \
                    Perić-Lovrić told the newspaper.";
        let at = text.find("Ivka").unwrap();
        let m = [mention(
            "Ivka Perić-Lovrić",
            "PERSON",
            "Ivka Perić-Lovrić",
            at,
        )];
        let q = quotes_with(text, &m);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Ivka Perić-Lovrić"));
    }

    #[test]
    fn two_titles_joined_by_and_before_the_holder() {
        one(
            "\"The numbers are good,\" President and Chief Executive Officer Ana Lucia Reyes \
             told analysts.",
            "The numbers are good,",
            Some("Ana Lucia Reyes"),
        );
        // Two people joined by `and` are no one speaker.
        let q = quotes("\"We agree,\" Smith and Mayor Ana Lucia Reyes said.");
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref() != Some("Ana Lucia Reyes")),
            "{q:?}"
        );
    }

    #[test]
    fn a_capitalized_title_with_a_portfolio_listed_by_commas_then_the_holder() {
        one(
            "The Minister of Transport, Ports and Civil Aviation, Ruslan Kerimov, said the \
             state would \"not pay twice\" for the line.",
            "not pay twice",
            Some("Ruslan Kerimov"),
        );
    }

    #[test]
    fn a_thousands_separator_is_no_clause_comma() {
        one(
            "The Northern Growers Union, which says it represents some 40,000 farmers, called \
             the offer \"an insult to every grower\" on Monday.",
            "an insult to every grower",
            Some("Northern Growers Union"),
        );
    }

    #[test]
    fn a_description_before_a_second_cue_of_the_sentence_is_the_speaker() {
        one(
            "A Welsh Government spokeswoman said ministers had asked the operator to \"keep \
             the service running\" over winter.",
            "keep the service running",
            Some("a Welsh Government spokeswoman"),
        );
    }

    #[test]
    fn calling_gives_the_quote_to_the_clause_subject() {
        one(
            "Mara Lindqvist reviewed the album, calling it \"the bravest record of the year\".",
            "the bravest record of the year",
            Some("Mara Lindqvist"),
        );
    }

    #[test]
    fn a_name_after_a_relative_word_is_the_subject_of_its_cue() {
        one(
            "Odile Marchand was the coach. Goalkeeper Ines Barros made five saves, including \
             a stop late in the game that Marchand described as \"the moment that saved us\".",
            "the moment that saved us",
            Some("Odile Marchand"),
        );
    }

    #[test]
    fn a_post_nominal_is_no_part_of_the_speaker_name() {
        one(
            "\"He regrets it,\" Siobhan Hart KC said.",
            "He regrets it,",
            Some("Siobhan Hart"),
        );
    }

    #[test]
    fn the_whole_title_phrase_picks_its_holder_over_a_shared_head() {
        let text = "The port's director general, Omar Hassan Farah, set the fees.\n\n\
                    Amina Yusuf Ali, secretary general of the drivers' union, said her members \
                    were owed more.\n\n\
                    \"We will talk in December,\" the director general said.";
        let q = quotes(text);
        assert_eq!(
            q.last().and_then(|q| q.speaker.as_deref()),
            Some("Omar Hassan Farah"),
            "{q:?}"
        );
    }

    #[test]
    fn a_name_described_as_a_company_is_no_person_a_pronoun_means() {
        let text = "Leila Navabi said she did not know when the film would open. A Paris-based \
                    sales company, Films du Sud, has picked up world rights.\n\n\
                    \"I will carry it home if I have to,\" she added.";
        let q = quotes_with(
            text,
            &[
                mention("Leila Navabi", "PERSON", "Leila Navabi", 0),
                mention(
                    "Films du Sud",
                    "ORG",
                    "Films du Sud",
                    text.find("Films").unwrap(),
                ),
            ],
        );
        assert_eq!(
            q.last().and_then(|q| q.speaker.as_deref()),
            Some("Leila Navabi"),
            "{q:?}"
        );
    }

    /// The tokens [`Known::window_toks`] keeps are those [`Toks::new`] reads, on a first ask
    /// and on a second (from the cache).
    #[test]
    fn window_toks_are_the_windows_tokens() {
        let text =
            "Maria Santos said the \"Bong\" plan failed. She told Reuters, \u{201c}No.\u{201d}";
        let blocks = segment::blocks(text);
        let sentences = segment::sentences(text, &blocks);
        let known = Known::gather(text, text.len(), &[], &[], &sentences);
        let toks = |t: &Toks| {
            (0..t.len())
                .map(|i| (t.toks[i].span, t.is_word(i), t.low(i).to_string()))
                .collect::<Vec<_>>()
        };
        for (a, b) in [(0, text.len()), (0, 20), (13, 60), (0, text.len())] {
            let span = Span::new(a, b);
            let plain = Toks::new(text, span);
            assert_eq!(toks(&known.window_toks(span)), toks(&plain));
            assert_eq!(toks(&known.window_toks(span)), toks(&plain));
        }
        assert_eq!(known.subject_toks.borrow().len(), 3);
    }

    /// [`Toks::retokenize`] reads a window into kept buffers as [`Toks::new`] reads it, after a
    /// longer window or a shorter one.
    #[test]
    fn retokenize_reads_as_new() {
        let text = "Dr. Ana RUIZ, 34, said \u{201c}Yes\u{201d}. Governor Ramon \"Bong\" Alvarado-Ting told";
        let toks = |t: &Toks| {
            (0..t.len())
                .map(|i| (t.toks[i].span, t.is_word(i), t.low(i).to_string()))
                .collect::<Vec<_>>()
        };
        let mut kept = Toks::new(text, Span::new(0, 0));
        for (a, b) in [(0, text.len()), (4, 12), (0, 0), (45, text.len()), (0, 20)] {
            kept.retokenize(Span::new(a, b));
            assert_eq!(
                toks(&kept),
                toks(&Toks::new(text, Span::new(a, b))),
                "{a}..{b}"
            );
        }
    }

    /// [`after_title`], reading its window only to the first mark after the comma, answers as
    /// the same reading of the whole window does.
    #[test]
    fn after_title_matches_whole_window() {
        let whole = |text: &str, from: usize| -> Option<String> {
            if !text.get(from..)?.starts_with(", ") {
                return None;
            }
            let end = floor_boundary(text, from + 120);
            let t = Toks::new(text, Span::new(from, end));
            let cut = end < text.len()
                && text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            let mut stop = (1..t.len())
                .find(|&i| !t.is_word(i))
                .unwrap_or(t.len() - usize::from(cut && t.len() > 1));
            while stop > 2 && TITLE_CUT_ENDERS.contains(t.low(stop - 1)) {
                stop -= 1;
            }
            if stop <= 1 || t.is_cap(1) && !t.is_title(1) || t.cue_at(1).is_some() {
                return None;
            }
            (1..stop.min(5))
                .any(|i| t.is_title(i))
                .then(|| appositive_title(&t, 1, stop))
                .filter(|s| !s.is_empty())
        };
        let long = "the chief executive officer and founding president of the \
            regional water and sanitation authority of the northern province of the country";
        for text in [
            "Karen Bass, the mayor of Los Angeles, said",
            "Ana Ruiz, 38, said",
            "Ana Ruiz, said the manager would",
            "Ana Ruiz, told reporters",
            "Ana Ruiz, went on to say",
            "Ana Ruiz, chief executive",
            "Ana Ruiz, a farmer who grows maize.",
            "Ana Ruiz, ",
            "Ana Ruiz,",
            &format!("Ana Ruiz, {long}"),
            &format!("Ana Ruiz, {long}, said"),
        ] {
            assert_eq!(after_title(text, 8), whole(text, 8), "{text}");
        }
    }

    /// [`family_first`] with its hyphen found by a byte search answers as splitting the given
    /// name at each hyphen does.
    #[test]
    fn family_first_matches_splitting() {
        let plain = |first: &str, next: Option<&str>| {
            next.is_some_and(|n| {
                n.chars().next().is_some_and(char::is_uppercase)
                    && n.split('-').count() == 2
                    && n.split('-')
                        .all(|p| p.chars().all(char::is_alphabetic) && !p.is_empty())
            }) && FAMILY_FIRST.contains_lower(first)
        };
        for first in ["Han", "Kim", "Maria"] {
            for next in [
                None,
                Some("Ji-woo"),
                Some("Min-jae"),
                Some("ji-woo"),
                Some("Ji-"),
                Some("-woo"),
                Some("Ji-w-oo"),
                Some("Ji--woo"),
                Some("Jiwoo"),
                Some("Ji-wo3"),
                Some("Éun-ji"),
                Some(""),
            ] {
                assert_eq!(
                    family_first(first, next),
                    plain(first, next),
                    "{first} {next:?}"
                );
            }
        }
        assert!(family_first("Han", Some("Ji-woo")));
    }
}

#[cfg(test)]
mod speaker_reference_tests {
    use super::tests::mention;
    use super::*;
    use crate::segment;

    fn speakers(text: &str, mentions: &[Mention]) -> Vec<Option<String>> {
        let blocks = segment::blocks(text);
        let sentences = segment::sentences(text, &blocks);
        extract(text, &blocks, &sentences, mentions)
            .into_iter()
            .map(|q| q.speaker)
            .collect()
    }

    /// A mention of each surface at its first place in `text`.
    fn found(text: &str, names: &[(&str, &str)]) -> Vec<Mention> {
        names
            .iter()
            .map(|&(s, kind)| mention(s, kind, s, text.find(s).unwrap()))
            .collect()
    }

    #[test]
    fn a_personal_pronoun_never_means_an_organization_with_a_given_name_in_it() {
        let text = "Locals have pushed to match those terms, said Arun Kulkarni-Hayes, who \
                    teaches labor relations at Wayne State University.\n\n\
                    \"Suppliers run on thin margins,\" he said.";
        let m = found(
            text,
            &[
                ("Arun Kulkarni-Hayes", "PERSON"),
                ("Wayne State University", "ORG"),
            ],
        );
        assert_eq!(speakers(text, &m), vec![Some("Arun Kulkarni-Hayes".into())]);
    }

    #[test]
    fn a_family_name_written_first_tells_no_gender() {
        // `Han` is a man's given name elsewhere, a Korean surname here: the gender is the
        // given name's (`Jiwoo`, a woman's), never the family name's.
        assert_eq!(given_gender("Han Ji-woo"), Gender::Female);
        assert_ne!(given_gender("Han Min-jun"), Gender::Female);
        // Not before a hyphenated given name: the lists still tell.
        assert_eq!(given_gender("Han Solo"), given_gender("Han"));
        assert_eq!(given_gender("Wayne Smith"), Gender::Male);
    }

    #[test]
    fn a_family_first_speaker_is_the_antecedent_not_an_adverb() {
        let text = "Analysts cautioned that the agency still depends heavily on a single act.\n\n\
                    The agency plans to debut a five-member boy group, provisionally called \
                    Project S, next year.\n\n\
                    Hwayeon leader Han Ji-woo, speaking to reporters after a fan event at the \
                    company's new headquarters in Seongsu-dong, said the members were already \
                    rehearsing.\n\n\
                    \"Seventy thousand people singing along, it still doesn't feel real,\" she \
                    said, laughing.";
        let m = found(
            text,
            &[
                ("Project S", "PRODUCT"),
                ("Hwayeon", "ORG"),
                ("Han Ji-woo", "PERSON"),
            ],
        );
        assert_eq!(speakers(text, &m), vec![Some("Han Ji-woo".into())]);
    }

    #[test]
    fn one_adverb_is_no_description_of_anyone() {
        assert!(adverb_alone("provisionally"));
        assert!(!adverb_alone("officials"));
        assert!(!adverb_alone("a spokesperson"));
        // A noun ending in `ly` names people.
        assert!(!adverb_alone("family"));
    }

    #[test]
    fn the_group_is_the_organization_the_sentence_before_is_about() {
        let text = "Three deaths in the treatment group were judged possibly related to the \
                    drug. A blood test, developed with the diagnostics group Corvin Labs, would \
                    be available.\n\n\
                    The Alzheimer's Association welcomed the decision. \"Every option matters \
                    to patients,\" the group said in a statement, \"and a treatment at home \
                    could reach people.\"";
        let m = found(
            text,
            &[("Corvin Labs", "ORG"), ("Alzheimer's Association", "ORG")],
        );
        assert_eq!(
            speakers(text, &m),
            vec![Some("Alzheimer's Association".into())]
        );
    }

    #[test]
    fn a_leading_the_is_no_part_of_a_body_named_as_speaker() {
        assert_eq!(
            described_name("the Articulation of Indigenous Peoples of Brazil"),
            Some("Articulation of Indigenous Peoples of Brazil")
        );
        // Two capitalized words alone may be a title: left as they are.
        assert_eq!(described_name("the Prime Minister"), None);
        let text = "The Articulation of Indigenous Peoples of Brazil (Apib) called the judgment \
                    \"a victory that belongs to every people still waiting by the road.\"";
        let m = found(text, &[("Articulation", "PLACE")]);
        assert_eq!(
            speakers(text, &m),
            vec![Some("Articulation of Indigenous Peoples of Brazil".into())]
        );
    }

    #[test]
    fn a_courtesy_title_is_no_part_of_the_speaker() {
        assert_eq!(untitled("Madam Rosalind Pereira"), "Rosalind Pereira");
        assert_eq!(untitled("Mdm Tan Siew Lan"), "Tan Siew Lan");
        // A surname alone after it keeps the title: the name would be cut to one word.
        assert_eq!(untitled("Mrs Pereira"), "Mrs Pereira");
        // A title of rank belongs to the name used.
        assert_eq!(untitled("Sir Keir Starmer"), untitled("Sir Keir Starmer"));
        let text = "Not everyone is pleased. Madam Rosalind Pereira, 78, who bought her unit off \
                    the plan, said she had signed only after her children urged her to. \"I \
                    raised my family here,\" she said, \"and at my age I don't want to move.\"";
        let m = found(text, &[("Madam Rosalind Pereira", "PERSON")]);
        assert_eq!(speakers(text, &m), vec![Some("Rosalind Pereira".into())]);
    }

    #[test]
    fn a_field_and_a_two_word_title_before_the_name_are_one_role() {
        let text = "\"We got lucky last year,\" said levee district executive director \
                    Tobias Quenneville. \"It could have been worse.\"";
        let who = Some("Tobias Quenneville".to_string());
        assert_eq!(speakers(text, &[]), vec![who.clone(), who]);
    }

    #[test]
    fn an_inverted_cue_after_a_comma_makes_the_name_after_it_the_subject() {
        let text = "The leaked lists could reveal treatment for illnesses such as HIV, said \
                    Marta Kell-Varga, a data lawyer.\n\n\"A list of medicines is a medical \
                    history,\" she said.";
        let m = found(text, &[("Marta Kell-Varga", "PERSON")]);
        assert_eq!(speakers(text, &m), vec![Some("Marta Kell-Varga".into())]);
    }

    #[test]
    fn the_person_after_a_fronted_written_statement_wrote_it() {
        let text = "Korvel Plating Co. did not admit liability. In a written statement, chief \
                    executive Dana P. Whitlock said the firm had stopped.\n\n\"We have been \
                    part of this community,\" the statement said.";
        let m = found(
            text,
            &[
                ("Korvel Plating Co.", "ORG"),
                ("Dana P. Whitlock", "PERSON"),
            ],
        );
        assert_eq!(speakers(text, &m), vec![Some("Dana P. Whitlock".into())]);
    }

    #[test]
    fn a_cue_word_after_a_possessive_is_a_noun() {
        // `claims` after `the company's` is no cue: the subject of `said` speaks.
        let text = "\"Rates will fall,\" said Ana Quintero, an economist at Sintesa Partners.\n\n\
                    Joan Larrea said in February that the company's claims on the state \
                    would take \"between three and five years\" to recover.";
        let m = found(
            text,
            &[
                ("Ana Quintero", "PERSON"),
                ("Sintesa Partners", "ORG"),
                ("Joan Larrea", "PERSON"),
            ],
        );
        assert_eq!(
            speakers(text, &m),
            vec![Some("Ana Quintero".into()), Some("Joan Larrea".into())]
        );
    }

    #[test]
    fn a_cue_word_ending_a_name_is_no_cue_and_which_follows_a_body() {
        // `States` in `the United States under …` ends a name; `it` is the company the
        // sentence before was about, whatever its relative clause says.
        for clause in [
            ", whose fruit is sold in Europe and the United States under the Tropa brand,",
            ", which sells fruit in Europe and Asia,",
        ] {
            let text = format!(
                "The court found that Piñas del Norte S.A. had failed to stop runoff.\n\n\
                 The panel also held the Institute of Aqueducts partly responsible.\n\n\
                 The company{clause} said it would appeal. In a statement, it said it had \
                 stopped using the chemical, and that \"there is no evidence linking our \
                 operations to any illness\"."
            );
            let m = found(
                &text,
                &[
                    ("Piñas del Norte S.A.", "ORG"),
                    ("Institute of Aqueducts", "ORG"),
                ],
            );
            assert_eq!(
                speakers(&text, &m),
                vec![Some("Piñas del Norte S.A.".into())],
                "{clause}"
            );
        }
    }

    #[test]
    fn a_relative_clause_after_a_title_apposition_leaves_the_name_the_subject() {
        let text = "Karim Haddad, managing director of the exporter Sahel Oils, which sells \
                    under the Jardins label, said the market was now worth more to his firm.\n\n\
                    \"Five years ago we sent two containers a month. Now it is 14.\"";
        let m = found(text, &[("Karim Haddad", "PERSON"), ("Sahel Oils", "ORG")]);
        assert_eq!(speakers(text, &m), vec![Some("Karim Haddad".into())]);
    }

    #[test]
    fn my_relation_speaks_a_quotation_nested_in_the_owners() {
        let text = "Dale Kowalczyk sold his herd.\n\n\
                    \"My son looked at the numbers and said, 'Dad, I can make more driving a \
                    truck,'\" Kowalczyk said.\n\n\
                    \"My stablemaster told me, 'Do not think, just go forward.' So I went,\" \
                    said Kowalczyk.";
        let m = found(text, &[("Dale Kowalczyk", "PERSON")]);
        let who = Some("Dale Kowalczyk".to_string());
        assert_eq!(
            speakers(text, &m),
            vec![
                who.clone(),
                Some("his son".into()),
                who,
                Some("Dale Kowalczyk's stablemaster".into()),
            ]
        );
        // No person noun after `my`: nobody is told.
        assert_eq!(
            own_relation("My view is that he said, ", 0, 25, "Ana Ruiz"),
            None
        );
    }
}
