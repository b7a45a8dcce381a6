//! A learned typer for entities that no rule types: a linear model over the name and the
//! context of every mention, trained on the gold corpus (`examples/train_typer.rs`) and shipped
//! as a plain weights file (`src/data/typer_weights.tsv`). It also overrules the rules'
//! evidence where it is sure by a wide margin and cross-validation shows that pays (a person
//! typed from a weak cue: `Stanley Mission`, `South Tarawa`).
//!
//! Hand rules type an entity by the lexicon or by evidence (titles, heads, given names, cues).
//! When an article gives neither, the rules could only guess, and guesses tuned on one batch of
//! articles did not carry over to the next. The model replaces that guess: it weighs the words of
//! the name, their endings and shape, the word lists they are in, and the words around each
//! mention (`in X`, `X's chief`, `X, a farmer`), as learned from annotated articles.
//!
//! The items marked `#[doc(hidden)]` exist for the trainer only: it must compute the very
//! features the library computes, and score the pipeline with a model it trained itself.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::LazyLock;

use super::tokens::Class;
use super::words::{with_lower, Cue, FastMap, FastSet, Pos, WORDS};
use super::{Entity, Finder, Kind, GUESS, LEXICON, PENDING};
use crate::lexicon;

/// The number of entity types the model scores.
const KINDS: usize = 5;

/// The number of classes the model scores: the five types, then NONE, not an entity at all.
const CLASSES: usize = KINDS + 1;

/// The column of NONE in a row of weights.
const NONE: usize = KINDS;

/// How far NONE must outscore the rules' type of a guess-only entity for the model to drop
/// the entity, all its mentions (see [`Drops`]); `f32::INFINITY` never drops. Chosen by the
/// trainer's leave-one-batch-out cross-validation (its table "drop margins by standing"): on
/// 453 articles (74 batches; 247 NONE examples, the guessed or evidence-typed entities that
/// match no gold name), with the shipped retyping margins, dropping guesses at 3 removed 13
/// spurious entities held out for 5 gold matches lost (pooled held-out entity F1 0.9452 ->
/// 0.9456); at 5, 9 for 4; at 8, 4 for 1; at 12 and 20, next to nothing. The smallest margin
/// tried, 3, had the best F1. Retrained on 471 articles (77 batches), it chose 5, 8 spurious
/// removed for 3 gold lost (0.9457 -> 0.9459), over 3, 10 for 6 with the same F1: 3 kept, the
/// same held-out F1 with the most spurious names gone. On 489 (80 batches) it chose 3 itself:
/// 13 removed for 5 lost (0.9451 -> 0.9454); on 543 (89 batches), 3 again: 18 removed for 7
/// lost (0.9418 -> 0.9422); on 597 (98 batches), 3 again: 21 removed for 10 lost (0.9436 ->
/// 0.9439). The NONE
/// column leaves the five types' weights as they were trained without it: the retyping's
/// cross-validation is unchanged.
#[doc(hidden)]
pub const DROP_MARGIN: f32 = 3.0;

/// How far NONE must outscore a type the rules give by evidence to drop the entity, per type
/// of the rules' evidence in the order of [`Kind`]; `f32::INFINITY` never drops. The same
/// cross-validation as [`DROP_MARGIN`] chose the rules' org evidence at 12 (3 spurious entities
/// removed held out, no gold match lost: just `MIN_GAIN`; with guesses, 16 removed for 5 lost,
/// F1 0.9452 -> 0.9457), while person, place, product and event evidence lost gold matches at
/// every margin for as many or fewer removed. Not shipped: scoring every org typed by evidence
/// cost some 5% more instructions a megabyte (callgrind on 150 articles, the typer's share
/// 21 M -> 45 M), for 3 entities in 453 articles.
#[doc(hidden)]
pub const DROP_EVIDENCE_MARGIN: [f32; KINDS] = [f32::INFINITY; KINDS];

/// How far the model's best type must outscore the rules' guess to replace it, chosen by the
/// trainer's cross-validation (`--margin`): a guess the model barely doubts stands.
#[doc(hidden)]
pub const MARGIN: f32 = 3.0;

/// How far the model's best type must outscore a type the rules give by evidence (a head word,
/// a cue, a given name; no lexicon entry, no title before it) to replace it, per type of the
/// rules' evidence in the order of [`Kind`]; `f32::INFINITY` leaves that evidence alone.
/// Chosen by the trainer's leave-one-batch-out cross-validation (its table "evidence margins
/// by rules' type"): on 327 articles, retyping evidence of a person at 8 matched 5 more gold
/// entities held out (5 batches of 53 better, none worse; `Stanley Mission`, `South Tarawa`,
/// `Cairns Taipans`; 5 matched 8, within noise of it, and the trainer takes the largest such
/// margin, the fewest changes), while the rules' org, place, product and event evidence was
/// right more often than the model at nearly every margin. Retrained on 363 articles, the
/// trainer chose 12 (+8 held out, 7 batches of 59 better, none worse; 8 gave +9). On 381 it
/// chose 8 (+9; 12 gave +8, within noise), but 8 let the model retype `Talveno Rusk, a packer
/// at a smaller farm ..., said she` as an org: 12 kept, the fewer changes. On 399, with the
/// context-class features (`X prefilled pens`, `the composer X`), it chose 12 (+8 held out, 7 batches
/// of 65 better, none worse). On 433 it chose 12 again (+8; 8 batches of 71 better, none
/// worse; guess-only CV accuracy 0.820, rules' guesses 0.647). On 471 it chose 8 (+10 held out;
/// 12 gave +8) and the rules' event evidence at 8 (+3, the least gain it takes): 12 kept for
/// persons, the fewer changes, and events left alone, a gain of three within noise. On 489 (80
/// batches; guess-only CV 0.815) it chose 8 (+10; 12 gave +9) and events at 20 (+3): the same.
/// On 543 (89 batches; guess-only CV 0.807) it chose 3 (+15; 8 gave +10, 12 +7), org evidence at
/// 20 (+3) and events at 12 (+4): 12 kept, as a margin of 3 lets a small doubt retype a person
/// the rules found by evidence, the kind of change (`Talveno Rusk ... said she` as an org) that
/// kept 8 out before, and the margins chosen have wandered from 3 to 12 between retrainings.
/// On 597 (98 batches; guess-only CV 0.819, the rules' guesses 0.647) it chose 8 (+14; 3 gave
/// +17, 12 +10), place evidence at 30 (+3) and events at 20 (+3): 12 kept, the same reasons.
#[doc(hidden)]
pub const EVIDENCE_MARGIN: [f32; KINDS] = [
    12.0,
    f32::INFINITY,
    f32::INFINITY,
    f32::INFINITY,
    f32::INFINITY,
];

/// What the rules' type of an entity rests on, which decides whether the model may retype it.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Guesses only: no lexicon entry, no evidence.
    Guess,
    /// Evidence (a head word, a cue, a given name), no lexicon entry.
    Evidence,
    /// A person named just after a title (`Mr. Kelvar`, `President X`): the surest evidence,
    /// and one the model cannot weigh, having seen the rules err on it too seldom to learn it
    /// (trained with it as a feature, it typed guesses worse). Never retyped.
    Titled,
    /// A lexicon entry or a user's fixed name: never retyped.
    Known,
}

/// The margins by which the model's type must beat the rules' to replace it.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    /// For a guess-only type.
    pub guess: f32,
    /// For a type from evidence, by the rules' type; infinite for never.
    pub evidence: [f32; KINDS],
}

impl Margins {
    /// The shipped margins: [`MARGIN`] and [`EVIDENCE_MARGIN`].
    pub const SHIPPED: Margins = Margins {
        guess: MARGIN,
        evidence: EVIDENCE_MARGIN,
    };

    /// Margin `guess` for guess-only types; evidence is never retyped.
    pub fn guesses(guess: f32) -> Margins {
        Margins {
            guess,
            evidence: [f32::INFINITY; KINDS],
        }
    }

    /// The margin for an entity of this standing that the rules type `rule`, or `None` when
    /// the model may not retype it.
    pub fn of(&self, standing: Standing, rule: Kind) -> Option<f32> {
        margin_of(self.guess, &self.evidence, standing, rule)
    }

    /// The type of an entity of this standing with these features that the rules type `rule`:
    /// the model's, where these margins let it retype the entity and it outscores the rules'
    /// type by more than the margin (see [`Model::retype`]), else `rule`. The library and the
    /// trainer's cross-validation both decide by this.
    pub fn retype<S: AsRef<str>>(
        &self,
        model: &Model,
        features: &[S],
        rule: Kind,
        standing: Standing,
    ) -> Kind {
        match self.of(standing, rule) {
            Some(m) => model.retype(features, rule, m),
            None => rule,
        }
    }

    /// [`Margins::retype`] for features `features` scored as they were produced: the same
    /// decision as on their sorted strings.
    fn retype_scored(
        &self,
        model: &Model,
        feats: &mut Feats,
        rule: Kind,
        standing: Standing,
    ) -> Kind {
        match self.of(standing, rule) {
            // As `Model::retype`: a person by a known surname stands.
            Some(_) if rule == Kind::Person && feats.surname_last => rule,
            Some(m) => decide(&model.scores_of(&mut feats.hits), rule, m),
            None => rule,
        }
    }
}

/// The margin of a guess-only entity (`guess`) or of one the rules type `rule` by evidence
/// (`evidence`, by type), or `None` where the model may not act: a titled person or a known
/// name, or an infinite margin. Retyping and dropping decide by the same standings.
fn margin_of(guess: f32, evidence: &[f32; KINDS], standing: Standing, rule: Kind) -> Option<f32> {
    let m = match standing {
        Standing::Guess => guess,
        Standing::Evidence => evidence[rule.index()],
        Standing::Titled | Standing::Known => return None,
    };
    m.is_finite().then_some(m)
}

/// The margins by which the model's NONE must beat the rules' type to drop an entity that is
/// not one (`Civil Code`, `Station 23`): the entity goes, with all its mentions. Never a
/// person the rules name with two words or more, nor an entity a mention of which stands
/// beside a cue verb (`X said`, `according to X`): a quotation's speaker resolves to it.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drops {
    /// For a guess-only type.
    pub guess: f32,
    /// For a type from evidence, by the rules' type; infinite for never.
    pub evidence: [f32; KINDS],
}

impl Drops {
    /// The shipped margins: [`DROP_MARGIN`] and [`DROP_EVIDENCE_MARGIN`].
    pub const SHIPPED: Drops = Drops {
        guess: DROP_MARGIN,
        evidence: DROP_EVIDENCE_MARGIN,
    };

    /// Never drop.
    pub const NEVER: Drops = Drops {
        guess: f32::INFINITY,
        evidence: [f32::INFINITY; KINDS],
    };

    /// The margin for an entity of this standing that the rules type `rule`, or `None` when
    /// the model may not drop it.
    pub fn of(&self, standing: Standing, rule: Kind) -> Option<f32> {
        margin_of(self.guess, &self.evidence, standing, rule)
    }

    /// True when these margins let the model drop an entity of this standing with these
    /// features that the rules type `rule`: NONE outscores `rule` by more than the margin.
    /// The guards on persons and speakers are the library's, outside.
    pub fn drops<S: AsRef<str>>(
        &self,
        model: &Model,
        features: &[S],
        rule: Kind,
        standing: Standing,
    ) -> bool {
        self.of(standing, rule)
            .is_some_and(|m| none_wins(&model.all_scores(features), rule, m))
    }
}

/// True when NONE outscores `rule` by more than `margin` in `s`.
fn none_wins(s: &[f32; CLASSES], rule: Kind, margin: f32) -> bool {
    s[NONE] - s[rule.index()] > margin
}

/// The shipped weights, built on first use.
static SHIPPED: LazyLock<Model> = LazyLock::new(|| {
    // The shipped file lives as long as the program: its features are keyed in place.
    Model::parse_with(include_str!("../data/typer_weights.tsv"), Cow::Borrowed)
});

/// Words opening a description beside a name (`a`, `its`), skipped to find its head noun.
static OPENERS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("../data/typer_openers.txt")).collect());

/// Pronouns looked for after a name (`he`, `its`).
static PRONOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("../data/typer_pronouns.txt")).collect());

/// Endings of surnames (`-ov`, `-sen`), longest first.
static SURNAME_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&str> =
        lexicon::entries(include_str!("../data/typer_surname_endings.txt")).collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
    v
});

/// Nouns for people by trade or role beyond the titles list (`guide`, `worker`).
static PERSON_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::entries(include_str!("../data/typer_person_nouns.txt")).collect());

/// Common words that tell the type of a name beside them (`pen`, `team`, `bridge`),
/// for the context-class features: by the class, a word no training article had beside a
/// name still counts.
static CONTEXT_WORDS: LazyLock<FastMap<&'static str, Kind>> = LazyLock::new(|| {
    lexicon::rows(include_str!("../data/typer_context_words.tsv"))
        .filter_map(|r| Some((*r.first()?, Kind::parse(r.get(1)?)?)))
        .collect()
});

/// How many words a description beside a name may run before its head noun ends it.
const DESCRIPTION_WORDS: usize = 8;

/// How many tokens after a name the typer looks for a pronoun, before the next name.
const PRONOUN_WINDOW: usize = 30;

/// A multiclass linear model: per feature, one weight per type.
#[doc(hidden)]
#[derive(Clone, Debug, Default)]
pub struct Model {
    /// Each feature's row in `rows`: the shipped model's features borrowed from the file it
    /// is parsed from, others owned.
    index: FastMap<Cow<'static, str>, u32>,
    /// The weights, in the byte order of their features: adding the rows of a set of features
    /// in row order adds them in the order of the sorted features, as [`Model::scores`] does
    /// on the sorted lists `features` gives, so both sums are the same to the bit.
    /// Per row, the five types' weights then NONE's.
    rows: Vec<[f32; CLASSES]>,
}

impl Model {
    /// A model with the given weights, in the type order of [`Kind`] (person, org, place,
    /// product, event).
    pub fn new(weights: impl IntoIterator<Item = (String, [f32; KINDS])>) -> Model {
        Model::from_rows(
            weights
                .into_iter()
                .map(|(f, w)| (Cow::Owned(f), with_none(&w, 0.0)))
                .collect(),
        )
    }

    /// A model with the given weights of the five types and then NONE.
    pub fn with_none(weights: impl IntoIterator<Item = (String, [f32; CLASSES])>) -> Model {
        Model::from_rows(
            weights
                .into_iter()
                .map(|(f, w)| (Cow::Owned(f), w))
                .collect(),
        )
    }

    /// The model with these weights, its rows in the byte order of their features; of a
    /// feature given twice, the later weights win, as they would inserted in a map.
    fn from_rows(mut given: Vec<(Cow<'static, str>, [f32; CLASSES])>) -> Model {
        // Stable, so that a repeated feature's later row stays after its earlier; and in
        // linear time on the shipped file, which the trainer writes sorted.
        given.sort_by(|x, y| x.0.cmp(&y.0));
        let mut index = FastMap::default();
        index.reserve(given.len());
        let mut rows = Vec::with_capacity(given.len());
        let mut given = given.into_iter().peekable();
        while let Some((feature, w)) = given.next() {
            if given.peek().is_some_and(|next| next.0 == feature) {
                continue;
            }
            index.insert(feature, rows.len() as u32);
            rows.push(w);
        }
        Model { index, rows }
    }

    /// Reads a weights file: `feature TAB weight...` (one per type, in the order of [`Kind`],
    /// then optionally NONE's, 0 when left out), `#` comments. Malformed lines are skipped:
    /// the file is ours, built by the trainer.
    pub fn parse(src: &str) -> Model {
        Model::parse_with(src, |f| Cow::Owned(f.to_string()))
    }

    /// [`Model::parse`], each feature made a key by `key`.
    fn parse_with<'a>(src: &'a str, key: impl Fn(&'a str) -> Cow<'static, str>) -> Model {
        let mut weights = Vec::new();
        // The same few thousand numbers fill the shipped file's 52,000 columns (half of them
        // `0.000`): each text is parsed once, then looked up.
        let mut parsed: FastMap<&str, f32> = FastMap::default();
        // The columns of each row as `lexicon::rows` gives them, read in place: some 8,700
        // rows are parsed at start-up.
        for line in lexicon::entries(src) {
            let mut cols = lexicon::fields(line);
            let Some(feature) = cols.next() else {
                continue;
            };
            let mut w = [0f32; CLASSES];
            let mut n = 0;
            let ok = cols.all(|c| {
                let slot = w.get_mut(n);
                n += 1;
                let v = match parsed.get(c) {
                    Some(&v) => Some(v),
                    None => c.parse::<f32>().ok().inspect(|&v| {
                        parsed.insert(c, v);
                    }),
                };
                slot.zip(v).map(|(slot, v)| *slot = v).is_some()
            });
            if ok && (n == KINDS || n == CLASSES) {
                weights.push((key(feature), w));
            }
        }
        Model::from_rows(weights)
    }

    /// The number of features with weights.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True for a model without weights.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The score of each type for an entity with these features.
    pub fn scores<S: AsRef<str>>(&self, features: &[S]) -> [f32; KINDS] {
        types(&self.all_scores(features))
    }

    /// The score of each type, then of NONE, for an entity with these features.
    pub fn all_scores<S: AsRef<str>>(&self, features: &[S]) -> [f32; CLASSES] {
        let mut s = [0f32; CLASSES];
        for f in features {
            if let Some(&i) = self.index.get(f.as_ref()) {
                add_row(&mut s, &self.rows[i as usize]);
            }
        }
        s
    }

    /// The scores of the features whose rows are `hits` (repeats counted once), as
    /// [`Model::scores`] gives them for the sorted features: sorts and dedups `hits`.
    fn scores_of(&self, hits: &mut Vec<u32>) -> [f32; KINDS] {
        types(&self.all_scores_of(hits))
    }

    /// [`Model::scores_of`] with NONE's score last.
    fn all_scores_of(&self, hits: &mut Vec<u32>) -> [f32; CLASSES] {
        hits.sort_unstable();
        hits.dedup();
        let mut s = [0f32; CLASSES];
        for &i in hits.iter() {
            add_row(&mut s, &self.rows[i as usize]);
        }
        s
    }

    /// The type for an entity the rules type `guess` (by a guess or by evidence): the
    /// best-scoring type when it outscores `guess` by more than `margin`, else `guess`.
    pub fn retype<S: AsRef<str>>(&self, features: &[S], guess: Kind, margin: f32) -> Kind {
        // A person the rules guess from a known surname (or a surname's ending) after an
        // unknown word stands on the name's own shape, which the model's context words
        // (`went to X`) must not outvote.
        if guess == Kind::Person && features.iter().any(|f| f.as_ref() == "list=surname_last") {
            return guess;
        }
        // Scored once: the lookups of every feature are most of the cost.
        decide(&self.all_scores(features), guess, margin)
    }

    /// The best-scoring type, or `None` when no feature has a weight or types tie at the top.
    pub fn predict<S: AsRef<str>>(&self, features: &[S]) -> Option<Kind> {
        best(&self.scores(features))
    }
}

/// The row `w` of a five-type model with NONE's weight `none`.
fn with_none(w: &[f32; KINDS], none: f32) -> [f32; CLASSES] {
    let mut r = [none; CLASSES];
    r[..KINDS].copy_from_slice(w);
    r
}

/// The five types' scores of scores with NONE.
fn types(s: &[f32; CLASSES]) -> [f32; KINDS] {
    let mut t = [0f32; KINDS];
    t.copy_from_slice(&s[..KINDS]);
    t
}

/// Adds one feature's weights to the scores.
fn add_row(s: &mut [f32; CLASSES], w: &[f32; CLASSES]) {
    for (acc, x) in s.iter_mut().zip(w) {
        *acc += x;
    }
}

/// The best-scoring type when it outscores `guess` by more than `margin`, else `guess`; NONE
/// is no type.
fn decide(s: &[f32], guess: Kind, margin: f32) -> Kind {
    match best(s) {
        Some(k) if s[k.index()] - s[guess.index()] > margin => k,
        _ => guess,
    }
}

/// The type with the highest score, or `None` when types tie at the top; NONE's score, if
/// given, is no type's.
fn best(s: &[f32]) -> Option<Kind> {
    let mut best = 0;
    for k in 1..KINDS {
        if s[k] > s[best] {
            best = k;
        }
    }
    let tie = (0..KINDS).any(|k| k != best && s[k] == s[best]);
    (!tie).then_some(Kind::ALL[best])
}

/// One entity as the trainer sees it.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct Sample {
    /// The canonical name the record gives it.
    pub name: String,
    /// The type the rules give it, before the model.
    pub rule: Kind,
    /// True when its type rests on guesses only: no lexicon entry, no evidence.
    pub guess_only: bool,
    /// What the rules' type rests on.
    pub standing: Standing,
    /// Its features.
    pub features: Vec<String>,
}

/// How the pipeline types entities on this thread.
enum Mode {
    /// The rules' type, no model.
    Rules,
    /// This model, with these margins to retype and to drop.
    Model(Rc<Model>, Margins, Drops),
}

thread_local! {
    /// The trainer's override of the shipped model, for cross-validation.
    static OVERRIDE: RefCell<Option<Mode>> = const { RefCell::new(None) };
    /// The trainer's sample collector.
    static SAMPLES: RefCell<Option<Vec<Sample>>> = const { RefCell::new(None) };
}

/// Runs `f` with `model` typing entities on this thread instead of the shipped model, with its
/// margins (see [`Margins`]), dropping nothing; `None` keeps the rules' types.
#[doc(hidden)]
pub fn with_model<R>(model: Option<(Model, Margins)>, f: impl FnOnce() -> R) -> R {
    with_model_dropping(model.map(|(m, margins)| (m, margins, Drops::NEVER)), f)
}

/// [`with_model`] with margins to drop entities too (see [`Drops`]).
#[doc(hidden)]
pub fn with_model_dropping<R>(model: Option<(Model, Margins, Drops)>, f: impl FnOnce() -> R) -> R {
    let mode = match model {
        Some((m, margin, drops)) => Mode::Model(Rc::new(m), margin, drops),
        None => Mode::Rules,
    };
    let old = OVERRIDE.with(|o| o.borrow_mut().replace(mode));
    let r = f();
    OVERRIDE.with(|o| *o.borrow_mut() = old);
    r
}

/// Runs `f`, returning with its result every entity that extractions on this thread typed, with
/// its features, in order.
#[doc(hidden)]
pub fn collect<R>(f: impl FnOnce() -> R) -> (R, Vec<Sample>) {
    let old = SAMPLES.with(|s| s.borrow_mut().replace(Vec::new()));
    let r = f();
    let samples = SAMPLES.with(|s| std::mem::replace(&mut *s.borrow_mut(), old));
    (r, samples.unwrap_or_default())
}

/// Runs `f` with the model and margins that type entities on this thread: the override's, else
/// the shipped ones; `None` for the rules alone.
fn with_active<R>(f: impl FnOnce(Option<Active>) -> R) -> R {
    OVERRIDE.with(|o| match &*o.borrow() {
        Some(Mode::Rules) => f(None),
        Some(Mode::Model(m, margins, drops)) => f(Some((m, margins, drops))),
        None => f(Some((&SHIPPED, &Margins::SHIPPED, &Drops::SHIPPED))),
    })
}

/// The model typing entities, its margins to retype and to drop.
type Active<'a> = (&'a Model, &'a Margins, &'a Drops);

/// Single cue words of an attribution (`said`, `told`), from the quotations' list: an entity a
/// mention of which stands beside one may be a quotation's speaker, never dropped.
static CUE_VERBS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../data/cue_verbs.txt"))
        .filter(|e| !e.contains(' '))
        .collect()
});

impl Finder<'_> {
    /// Types the entities whose type rests on guesses only (no lexicon entry, no evidence) by
    /// the model, in place of the rules' guess, and those typed by evidence where
    /// [`EVIDENCE_MARGIN`] lets the model overrule it; marks `gone` the entities the model
    /// drops as no entity at all (see [`Drops`]). `assigned` and `dropped` are the entity
    /// of each candidate and whether it is left out; `entities` are voted already. When the
    /// trainer collects samples, records every entity.
    pub(super) fn type_guesses(
        &self,
        assigned: &[Option<usize>],
        dropped: &[bool],
        entities: &mut [Entity],
    ) {
        with_active(|active| self.type_by(active, assigned, dropped, entities));
    }

    /// [`Finder::type_guesses`] with this model and margins, `None` for the rules alone.
    fn type_by(
        &self,
        active: Option<Active>,
        assigned: &[Option<usize>],
        dropped: &[bool],
        entities: &mut [Entity],
    ) {
        let collecting = SAMPLES.with(|s| s.borrow().is_some());
        let mut strength = vec![PENDING; entities.len()];
        for (i, c) in self.cands.iter().enumerate() {
            if let (Some(&Some(id)), Some(false)) = (assigned.get(i), dropped.get(i).copied()) {
                strength[id] = strength[id].max(c.strength);
            }
        }
        // Per entity, whether a mention of its evidence follows a title (`Mr. Kelvar`), and the
        // tokens of its longest mention, the first of the longest, as `features` takes it.
        let mut titled = vec![false; entities.len()];
        let mut longest: Vec<Option<(usize, usize)>> = vec![None; entities.len()];
        for (i, c) in self.cands.iter().enumerate() {
            if let (Some(&Some(id)), Some(false)) = (assigned.get(i), dropped.get(i).copied()) {
                titled[id] |= strength[id] > GUESS
                    && strength[id] < LEXICON
                    && c.a > 0
                    && self.toks[c.a - 1].sentence == self.toks[c.a].sentence
                    && WORDS.is_title(self.word(c.a - 1));
                if !longest[id].is_some_and(|(a, b)| c.b - c.a <= b - a) {
                    longest[id] = Some((c.a, c.b));
                }
            }
        }
        // A person whose longest name ends in a known surname is never retyped (the
        // `list=surname_last` case of `Model::retype`): its features are not worth computing.
        let surnamed = |id: usize| {
            longest[id].is_some_and(|(a, b)| b - a >= 2 && WORDS.is_surname(self.word(b - 1)))
        };
        let standing = |id: usize, e: &Entity| match strength[id] {
            _ if e.fixed.is_some() => Standing::Known,
            s if s <= GUESS => Standing::Guess,
            s if s < LEXICON && titled[id] && e.kind() == Kind::Person => Standing::Titled,
            s if s < LEXICON => Standing::Evidence,
            _ => Standing::Known,
        };
        // A person named by two words or more is never dropped: a speaker, or one the article
        // introduces, must not vanish.
        let full_person = |id: usize, rule: Kind| {
            rule == Kind::Person && longest[id].is_some_and(|(a, b)| b - a >= 2)
        };
        // The entities the model may retype or drop: features are worth computing for them
        // alone.
        let may_drop = |id: usize, e: &Entity| {
            let rule = e.kind();
            active.is_some_and(|(_, _, d)| d.of(standing(id, e), rule).is_some())
                && !full_person(id, rule)
        };
        let open: Vec<bool> = entities
            .iter()
            .enumerate()
            .map(|(id, e)| {
                let rule = e.kind();
                let retype = active.is_some_and(|(_, m, _)| m.of(standing(id, e), rule).is_some())
                    && !(rule == Kind::Person && surnamed(id));
                retype || may_drop(id, e)
            })
            .collect();
        if !collecting && !open.contains(&true) {
            self.type_guessed_lists(assigned, dropped, &strength, entities);
            return;
        }
        let mut mentions: Vec<Vec<usize>> = vec![Vec::new(); entities.len()];
        for (i, _) in self.cands.iter().enumerate() {
            if let (Some(&Some(id)), Some(false)) = (assigned.get(i), dropped.get(i).copied()) {
                if collecting || open[id] {
                    mentions[id].push(i);
                }
            }
        }
        // Names beside each other across one word (`X and Y`, `X, Y`), for the neighbour
        // features: by the token each starts and ends at.
        // A neighbour typed by a guess only tells nothing of its type: `Lyubomir Hristov and
        // Anelia Ruseva` are both guessed bodies.
        let kinds: Vec<Option<Kind>> = entities
            .iter()
            .enumerate()
            .map(|(id, e)| (strength[id] > GUESS || e.fixed.is_some()).then(|| e.kind()))
            .collect();
        let mut near = Near::default();
        for (i, c) in self.cands.iter().enumerate() {
            if let (Some(&Some(id)), Some(false)) = (assigned.get(i), dropped.get(i).copied()) {
                near.by_start.insert(c.a, kinds[id]);
                near.by_end.insert(c.b, kinds[id]);
            }
        }
        let mut feats = Feats::new(active.map(|(m, _, _)| m), collecting);
        for (id, e) in entities.iter_mut().enumerate() {
            let standing = standing(id, e);
            if mentions[id].is_empty() {
                continue;
            }
            let rule = e.kind();
            features(self, &mentions[id], rule, strength[id], &near, &mut feats);
            if collecting {
                let name = e.fixed.as_ref().or(e.canonical.as_ref());
                SAMPLES.with(|s| {
                    if let Some(v) = s.borrow_mut().as_mut() {
                        v.push(Sample {
                            name: name.cloned().unwrap_or_default(),
                            rule,
                            guess_only: standing == Standing::Guess,
                            standing,
                            features: feats.strings.clone().unwrap_or_default(),
                        });
                    }
                });
            }
            if let Some((model, _, drops)) = active.filter(|_| may_drop(id, e)) {
                let m = drops.of(standing, rule).unwrap_or(f32::INFINITY);
                if none_wins(&model.all_scores_of(&mut feats.hits), rule, m)
                    && !self.spoken(&mentions[id])
                {
                    e.gone = true;
                    continue;
                }
            }
            let k = match active {
                Some((model, margins, _)) => {
                    margins.retype_scored(model, &mut feats, rule, standing)
                }
                None => rule,
            };
            if k != rule {
                e.votes = [0; KINDS];
                e.votes[k.index()] = 1;
            }
        }
        self.type_guessed_lists(assigned, dropped, &strength, entities);
    }

    /// True when a mention of `mentions` stands beside a cue verb of an attribution (`X said`,
    /// `said X`, `according to X`): the quotation's speaker may resolve to it.
    fn spoken(&self, mentions: &[usize]) -> bool {
        let same = |i: usize, j: usize| self.toks[i].sentence == self.toks[j].sentence;
        let cue = |i: usize| with_lower(self.word(i), |l| CUE_VERBS.contains(l));
        mentions.iter().any(|&m| {
            let c = &self.cands[m];
            (c.b < self.toks.len() && same(c.a, c.b) && cue(c.b))
                || (c.a > 0 && same(c.a - 1, c.a) && cue(c.a - 1))
                || (c.a > 1
                    && same(c.a - 2, c.a)
                    && self.word(c.a - 2).eq_ignore_ascii_case("according")
                    && self.word(c.a - 1).eq_ignore_ascii_case("to"))
        })
    }

    /// `They beat Ilinca Zorvescu and Tselmeg Brekka`: names listed with `and`/`or` that only
    /// the model typed end with one type, the first name's, as [`Finder::coordinate`] gives
    /// evidence's types to a list before the model runs (a person's only to a name shaped
    /// like one).
    fn type_guessed_lists(
        &self,
        assigned: &[Option<usize>],
        dropped: &[bool],
        strength: &[u8],
        entities: &mut [Entity],
    ) {
        let id_of = |i: usize| match (assigned.get(i), dropped.get(i)) {
            (Some(&Some(id)), Some(false)) => Some(id),
            _ => None,
        };
        let guessed = |id: usize, e: &Entity| strength[id] <= GUESS && e.fixed.is_none() && !e.gone;
        for i in 1..self.cands.len() {
            let (Some(x), Some(y)) = (id_of(i - 1), id_of(i)) else {
                continue;
            };
            if x == y || !guessed(x, &entities[x]) || !guessed(y, &entities[y]) {
                continue;
            }
            let listed = self.list_link(i - 1, i) == Some(true);
            let kind = entities[x].kind();
            if !listed || kind == entities[y].kind() {
                continue;
            }
            if kind != Kind::Person || self.name_shaped(self.cands[i].span) {
                let votes = &mut entities[y].votes;
                *votes = [0; KINDS];
                votes[kind.index()] = 1;
            }
        }
    }
}

/// The types of the names of an article by the token they start at and the token they end
/// before: `None` for a name whose type is a guess.
#[derive(Default)]
pub(super) struct Near {
    by_start: FastMap<usize, Option<Kind>>,
    by_end: FastMap<usize, Option<Kind>>,
}

/// The features of one entity as `features` produces them: each is built in one buffer and
/// looked up in the model at once, so no string is allocated per feature; the trainer's
/// collector gets them as strings too, sorted and deduplicated.
pub(super) struct Feats<'m> {
    /// The model scoring them, if any.
    model: Option<&'m Model>,
    /// The feature being built.
    buf: String,
    /// The row in `model` of each feature it has weights for, repeats included.
    hits: Vec<u32>,
    /// Every feature, when the trainer collects samples.
    strings: Option<Vec<String>>,
    /// True when `list=surname_last` is among them (see [`Model::retype`]).
    surname_last: bool,
}

impl<'m> Feats<'m> {
    /// An empty set scored by `model`, kept as strings too when `strings`.
    fn new(model: Option<&'m Model>, strings: bool) -> Feats<'m> {
        Feats {
            model,
            buf: String::new(),
            hits: Vec::new(),
            strings: strings.then(Vec::new),
            surname_last: false,
        }
    }

    /// Empties it for the next entity.
    fn clear(&mut self) {
        self.hits.clear();
        if let Some(v) = &mut self.strings {
            v.clear();
        }
        self.surname_last = false;
    }

    /// Starts a feature: the buffer, emptied.
    fn begin(&mut self) -> &mut String {
        self.buf.clear();
        &mut self.buf
    }

    /// Ends the feature in the buffer: looked up, and kept as a string when collecting.
    fn end(&mut self) {
        if let Some(&i) = self.model.and_then(|m| m.index.get(self.buf.as_str())) {
            self.hits.push(i);
        }
        if let Some(v) = &mut self.strings {
            v.push(self.buf.clone());
        }
    }

    /// Adds the feature `feature`.
    fn add(&mut self, feature: &str) {
        self.begin().push_str(feature);
        self.end();
    }

    /// Adds the pieces `parts` joined as one feature: no formatting machinery, which cost
    /// more than the look-up for features this short.
    fn join(&mut self, parts: &[&str]) {
        let s = self.begin();
        for p in parts {
            s.push_str(p);
        }
        self.end();
    }

    /// Adds `prefix` and `word` lower-cased as one feature.
    fn lower(&mut self, prefix: &str, word: &str) {
        let s = self.begin();
        s.push_str(prefix);
        push_lower(s, word);
        self.end();
    }

    /// Adds the feature `prefix` + two words lower-cased, in text order, a space between them.
    fn pair(&mut self, prefix: &str, first: &str, second: &str) {
        let s = self.begin();
        s.push_str(prefix);
        push_lower(s, first);
        s.push(' ');
        push_lower(s, second);
        self.end();
    }

    /// Sorts and dedups the strings, as the trainer takes them.
    fn finish(&mut self) {
        if let Some(v) = &mut self.strings {
            v.sort_unstable();
            v.dedup();
        }
    }
}

/// The digits as text, for the counts in features (`n=2`): all are capped below 10.
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// Appends `word` lower-cased to `s`, as `str::to_lowercase` writes it: an ASCII word is
/// lowered where it lands in `s` (no copy of its own, nor a check of bytes known to be
/// UTF-8).
fn push_lower(s: &mut String, word: &str) {
    if word.is_ascii() {
        let start = s.len();
        s.push_str(word);
        s[start..].make_ascii_lowercase();
    } else {
        s.push_str(&word.to_lowercase());
    }
}

/// The last `n` characters of `w`, lower-cased.
fn suffix(w: &str, n: usize) -> Option<&str> {
    let start = w.char_indices().rev().nth(n - 1)?.0;
    Some(&w[start..])
}

/// Pushes `prefix`, the word `w` joining the name to another (`and`, `,`) and that name's type
/// (`?` when untyped): `prev=and:ORG`.
fn push_joined(out: &mut Feats, prefix: &str, w: &str, kind: Option<Kind>) {
    let s = out.begin();
    s.push_str(prefix);
    push_lower(s, w);
    s.push(':');
    s.push_str(kind.map_or("?", Kind::as_str));
    out.end();
}

/// Pushes the features of a description's head noun `w` under `prefix`: the word, whether it
/// is a title (`guide`, `mayor`), the type the rules' appositive cues give it (`daughter`), and
/// its ending (`-er`, `-ist`), which carry to nouns no list has.
fn push_head(out: &mut Feats, prefix: &str, w: &str) {
    let s = out.begin();
    s.push_str(prefix);
    s.push('=');
    push_lower(s, w);
    out.end();
    if WORDS.is_title(w) || with_lower(w, |l| PERSON_NOUNS.contains(l)) {
        out.join(&[prefix, "_person"]);
    }
    if let Some(k) = WORDS.cue(w, Cue::Appositive) {
        out.join(&[prefix, "_cue=", k.as_str()]);
    }
    with_lower(w, |l| {
        if let Some(s) = suffix(l, 3).filter(|_| l.chars().count() > 4) {
            out.join(&[prefix, "_suf3=", s]);
        }
    });
    push_class(out, prefix, w);
}

/// Pushes the classes of the lower-case context word `w` under `prefix` + `c=`: the type
/// [`CONTEXT_WORDS`] gives it, and `PERSON` for an occupation or a title, `PRODUCT` for a
/// noun of goods or of works (`X pen`, `X, a weekly insulin`, `the composer X`).
fn push_class(out: &mut Feats, prefix: &str, w: &str) {
    if !w.starts_with(|ch: char| ch.is_lowercase()) {
        return;
    }
    let classes_of = |l: &str| {
        (
            CONTEXT_WORDS.get(l).copied(),
            WORDS.occupations.contains(l) || PERSON_NOUNS.contains(l) || WORDS.is_title(l),
            WORDS.works.contains(l) || WORDS.product_nouns.contains(l),
        )
    };
    let (listed, person, product) = with_lower(w, |l| {
        let found = classes_of(l);
        // A plural's singular: `the X prefilled pens`, `X hotels`.
        match l.strip_suffix('s') {
            Some(one) if found == (None, false, false) => classes_of(one),
            _ => found,
        }
    });
    let classes = [
        listed,
        person.then_some(Kind::Person),
        product.then_some(Kind::Product),
    ];
    for (i, k) in classes.into_iter().enumerate() {
        // One feature per type: a word in two lists of one type counts once.
        let Some(k) = k else { continue };
        if classes[..i].contains(&Some(k)) {
            continue;
        }
        out.join(&[prefix, "c=", k.as_str()]);
    }
}

/// The head noun of a description after a name that ends before token `b`: `X, a 67-year-old
/// rafting guide in the town` gives `guide`, the last lower-case word before a function word
/// or a stop. The second value is true when an article or possessive opens it (`a`, `its`):
/// without one (`X, said Y`) the word may be a verb.
fn head_after<'a>(f: &Finder<'a>, b: usize) -> Option<(&'a str, bool)> {
    let sentence = f.toks.get(b.checked_sub(1)?)?.sentence;
    let tok = |k: usize| f.toks.get(k).filter(|t| t.sentence == sentence);
    if tok(b).is_none() || f.word(b) != "," {
        return None;
    }
    let mut k = b + 1;
    let mut opened = false;
    while k < b + 3 && tok(k).is_some() && with_lower(f.word(k), |l| OPENERS.contains(l)) {
        k += 1;
        opened = true;
    }
    let mut head = None;
    for k in k..k + DESCRIPTION_WORDS {
        let Some(t) = tok(k) else { break };
        let w = f.word(k);
        match t.class {
            Class::Number => {}
            Class::Punct => break,
            // `a Sami reindeer herder`: a name inside the description; one after its noun
            // ends it.
            Class::Word if t.cap && !t.initial => {
                if head.is_some() {
                    break;
                }
            }
            Class::Word if WORDS.is_function(w) => break,
            Class::Word => head = Some(w),
        }
    }
    head.map(|h| (h, opened))
}

/// The head noun of a description before a name that starts at token `a`, set off by a comma:
/// `Its local representative in Finnmark, Biret Risten Gaup` gives `representative`, the
/// nearest lower-case word before it that is no function word, over names and prepositions.
fn head_before<'a>(f: &Finder<'a>, a: usize) -> Option<&'a str> {
    let sentence = f.toks.get(a)?.sentence;
    let comma = a.checked_sub(1)?;
    if f.toks[comma].sentence != sentence || f.word(comma) != "," {
        return None;
    }
    let mut k = comma;
    for _ in 0..DESCRIPTION_WORDS {
        k = k.checked_sub(1)?;
        let t = &f.toks[k];
        if t.sentence != sentence || t.class != Class::Word {
            return None;
        }
        let w = f.word(k);
        if !t.cap && !WORDS.is_function(w) {
            return Some(w);
        }
    }
    None
}

/// The first pronoun after a name that ends before token `b`, within its sentence and the
/// next, before the next name: `he`, `she` follow a person, `it` a body.
fn pronoun_after(f: &Finder, b: usize, near: &Near) -> Option<&'static str> {
    let sentence = f.toks.get(b.checked_sub(1)?)?.sentence;
    for k in b..(b + PRONOUN_WINDOW).min(f.toks.len()) {
        let t = &f.toks[k];
        if t.sentence > sentence + 1 || near.by_start.contains_key(&k) {
            break;
        }
        if t.class == Class::Word {
            if let Some(p) = with_lower(f.word(k), |l| PRONOUNS.get(l).copied()) {
                return Some(p);
            }
        }
    }
    None
}

/// The features of an entity whose counted mentions are the candidates `mentions`, which the
/// rules type `rule` with evidence of `strength`: deduplicated and sorted, into `out`.
///
/// Name: the lower-cased words of its longest mention, the first and the last, 2- to
/// 4-character endings of the last and the 3-character ending of the first, its shape (word
/// count, how many words no list knows, digits, capitals, hyphens, letters beyond ASCII), and the
/// word lists its words are in; how many mentions it has and whether a one-word mention is its
/// last word or its first. Context, over every mention: one and two words before and after
/// (`X said`, `X-based`, a present-tense verb after), a possessive, sentence start, a title word
/// nearby, the noun of an apposition (`X, a farmer`), the head noun of a description after it
/// (`X, a 67-year-old rafting guide in the town`) or before it (`its representative in Y, X`)
/// with whether it names people and its ending, the first pronoun after it (`he`, `its`), the
/// types of names listed with it (`X and Y`; a neighbour's guessed type counts as unknown). The
/// last word's surname ending (`-ov`, `-sen`), if a list has it. And what the rules know: how strong their evidence is, and their guess, alone and with
/// the word before (`in X` guessed a body), which the model learns to trust or not.
pub(super) fn features(
    f: &Finder,
    mentions: &[usize],
    rule: Kind,
    strength: u8,
    near: &Near,
    out: &mut Feats,
) {
    out.clear();
    out.add("bias");
    // What the rules know: trained on every entity, the model learns the prior of each group,
    // and for entities only guessed at, how far to trust the guess.
    out.add(match strength {
        s if s <= GUESS => "src=guess",
        s if s < LEXICON => "src=evidence",
        _ => "src=lexicon",
    });
    if strength <= GUESS {
        out.join(&["guess=", rule.as_str()]);
    }
    // The longest mention names it.
    let Some(&longest) = mentions
        .iter()
        .max_by_key(|&&i| (f.cands[i].b - f.cands[i].a, std::cmp::Reverse(i)))
    else {
        return;
    };
    let c = &f.cands[longest];
    let (a, b) = (c.a, c.b);
    let n = b - a;
    out.join(&["n=", DIGITS[n.min(4)]]);
    // Words no list knows: two of them (`Zuhura Mwakyusa`) look like a person of a language
    // the lists lack, one alone like a place or a brand.
    let mut unknown = 0;
    for k in a..b {
        let w = f.word(k);
        if !(WORDS.gazetteer.contains(w)
            || WORDS.is_common(w)
            || WORDS.is_function(w)
            || WORDS.is_given(w)
            || WORDS.is_surname(w)
            || !WORDS.head(w).is_empty())
        {
            unknown += 1;
        }
        out.lower("w=", w);
        let tok = &f.toks[k];
        if tok.class == Class::Number || w.chars().any(|ch| ch.is_ascii_digit()) {
            out.add("shape=digit");
        }
        if tok.upper {
            out.add("shape=caps");
        }
        if w.contains('-') {
            out.add("shape=hyphen");
        }
        // `FlexDose`, `Velocorp-Halden`: a capital inside a word, after a lower-case letter
        // or a hyphen, is a brand's coinage or a compound's, seldom a person's.
        let inner = w.as_bytes().windows(2).find_map(|p| {
            (p[1].is_ascii_uppercase() && (p[0].is_ascii_lowercase() || p[0] == b'-'))
                .then_some(p[0] == b'-')
        });
        match inner {
            Some(false) => out.add("shape=camel"),
            Some(true) => out.add("shape=hyphcap"),
            None => {}
        }
        if !w.is_ascii() {
            out.add("shape=nonascii");
        }
        if f.is_conn(k) {
            out.lower("conn=", w);
        }
        if WORDS.gazetteer.contains(w) {
            out.add("list=gazetteer");
        }
        if WORDS.is_common(w) {
            out.add("list=common");
        }
        for &(kind, pos) in WORDS.head(w) {
            let at = if pos == Pos::End { "end" } else { "start" };
            out.join(&["head=", kind.as_str(), at]);
        }
        if WORDS.is_suffix(w) {
            out.add("list=suffix");
        }
        if WORDS.nationalities.contains(w) {
            out.add("list=nationality");
        }
    }
    out.join(&["unk=", DIGITS[unknown.min(3)], "/", DIGITS[n.min(3)]]);
    let first = f.word(a);
    let last = f.word(b - 1);
    out.lower("first=", first);
    out.lower("last=", last);
    with_lower(last, |l| {
        for len in [2, 3, 4] {
            if let Some(s) = suffix(l, len).filter(|_| l.chars().count() > len) {
                out.join(&["suf", DIGITS[len], "=", s]);
            }
        }
    });
    // A first word's ending tells given names of a language (`-ina`, `-ovan`) from places'
    // modifiers.
    if n >= 2 {
        with_lower(first, |l| {
            if let Some(s) = suffix(l, 3).filter(|_| l.chars().count() > 3) {
                out.join(&["fsuf3=", s]);
            }
        });
    }
    // Endings that surnames of many languages share (`-ov`, `-sen`), each and as a group:
    // an unseen name with one weighs like the seen.
    if n >= 2 {
        with_lower(last, |l| {
            let len = l.chars().count();
            let ending = SURNAME_ENDINGS
                .iter()
                .find(|e| len > e.chars().count() + 2 && l.ends_with(*e));
            if let Some(e) = ending {
                out.join(&["nl=", e]);
                out.add("nl");
            }
        });
    }
    // How often it is named, and whether a shorter mention keeps its last word (a person by
    // surname) or its first (`Tana` for `Tana River`).
    out.join(&["m=", DIGITS[mentions.len().min(3)]]);
    for &i in mentions {
        let s = &f.cands[i];
        if s.b - s.a == 1 && n >= 2 {
            let w = f.word(s.a);
            if w == last {
                out.add("short=last");
            } else if w == first {
                out.add("short=first");
            }
        }
    }
    if n >= 2 && WORDS.gazetteer.contains(c.span.slice(f.text)) {
        out.add("list=gazetteer_name");
    }
    if WORDS.is_given(first) {
        out.add("list=given_first");
    }
    if n >= 2 && WORDS.is_surname(last) {
        out.add("list=surname_last");
        out.surname_last = true;
    }
    if n == 1 && WORDS.is_surname(first) {
        out.add("list=surname_alone");
    }
    if WORDS.region_prefixes.contains(first) {
        out.add("list=region_prefix");
    }
    if WORDS.place_mods.contains(first) {
        out.add("list=place_mod");
    }
    if f.looks_like_person(a) {
        out.add("list=person_like");
    }
    // Context of each mention, within its sentence.
    for &i in mentions {
        let c = &f.cands[i];
        let sentence = f.toks[c.a].sentence;
        let at = |k: usize| f.toks.get(k).filter(|t| t.sentence == sentence);
        let before = |d: usize| c.a.checked_sub(d).and_then(|k| at(k).map(|_| f.word(k)));
        let after = |d: usize| at(c.b + d - 1).map(|_| f.word(c.b + d - 1));
        match before(1) {
            Some(w1) => {
                out.lower("b1=", w1);
                push_class(out, "b1", w1);
                if let Some(w2) = before(2) {
                    out.pair("b2=", w2, w1);
                }
            }
            None => out.add("b1=<s>"),
        }
        // The words after a mention: `X said`, `X has`, `X, which`, `X-based`.
        match after(1) {
            Some(w1) => {
                if f.toks[c.b - 1].hyphen_next {
                    out.lower("ah=", w1);
                } else {
                    out.lower("a1=", w1);
                    // A verb in the present (`X sells`, `X says`): a subject that acts.
                    let verb = w1.len() > 3
                        && w1.ends_with('s')
                        && !w1.ends_with("ss")
                        && w1.starts_with(|ch: char| ch.is_ascii_lowercase())
                        && !WORDS.is_function(w1);
                    if verb {
                        out.add("a1verb=s");
                    }
                    // `X rode`, `X opened`: a verb in the past.
                    if w1.len() > 4
                        && w1.ends_with("ed")
                        && w1.starts_with(|ch: char| ch.is_ascii_lowercase())
                    {
                        out.add("a1verb=ed");
                    }
                    push_class(out, "a1", w1);
                }
                if let Some(w2) = after(2) {
                    out.pair("a2=", w1, w2);
                    // The noun after a modifier: `X prefilled pens`.
                    if !f.toks[c.b - 1].hyphen_next
                        && w1.starts_with(|ch: char| ch.is_lowercase())
                        && !WORDS.is_function(w1)
                    {
                        push_class(out, "a2", w2);
                    }
                }
            }
            None => out.add("a1=</s>"),
        }
        // The rules' guess with the word before: `in X` weighs differently for a name guessed a
        // place than for one guessed a body.
        if strength <= GUESS {
            let s = out.begin();
            s.push_str("gb1=");
            s.push_str(rule.as_str());
            s.push(':');
            match before(1) {
                Some(w1) => push_lower(s, w1),
                None => s.push_str("<s>"),
            }
            out.end();
        }
        // An apposition: `X, a farmer`, `X, the company`.
        if let (Some(","), Some(w2), Some(w3)) = (after(1), after(2), after(3)) {
            if WORDS.function.contains(w2) && f.toks[c.b + 2].class == Class::Word {
                out.lower("appos=", w3);
            }
        }
        // The head noun of a description beside it: `X, a rafting guide`, `its owner, X`.
        if let Some((h, opened)) = head_after(f, c.b) {
            push_head(out, if opened { "xa" } else { "xn" }, h);
        }
        if let Some(h) = head_before(f, c.a) {
            push_head(out, "xb", h);
        }
        if let Some(p) = pronoun_after(f, c.b, near) {
            out.join(&["pron=", p]);
        }
        // `X and Y`, `X, Y`: the word between and the other name's type.
        if let Some(k) = c.a.checked_sub(1).and_then(|k| near.by_end.get(&k)) {
            if let Some(w) = before(1) {
                push_joined(out, "prev=", w, *k);
            }
        }
        if let (Some(k), Some(w)) = (near.by_start.get(&(c.b + 1)), after(1)) {
            push_joined(out, "next=", w, *k);
        }
        if f.toks[c.b - 1].possessive {
            out.add("poss");
        }
        if f.toks[c.a].initial {
            out.add("initial");
        }
        let near = (c.a.saturating_sub(3)..c.a)
            .chain(c.b..c.b + 3)
            .any(|k| at(k).is_some() && WORDS.is_title(f.word(k)));
        if near {
            out.add("title_near");
        }
    }
    out.finish();
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn kinds(text: &str) -> Vec<(String, &'static str)> {
        let blocks = crate::segment::blocks(text);
        let sentences = crate::segment::sentences(text, &blocks);
        let mut out: Vec<(String, &'static str)> = Vec::new();
        for m in super::super::extract(text, &blocks, &sentences, &super::super::Lexicon::default())
        {
            let kind = Kind::parse(&m.kind).map_or("?", Kind::as_str);
            if !out.iter().any(|(c, _)| *c == m.canonical) {
                out.push((m.canonical, kind));
            }
        }
        out
    }

    fn kind_of(text: &str, name: &str) -> Option<&'static str> {
        kinds(text)
            .into_iter()
            .find(|(c, _)| c == name)
            .map(|(_, k)| k)
    }

    #[test]
    fn shipped_weights_parse() {
        assert!(SHIPPED.len() > 100, "{} features", SHIPPED.len());
        assert!(SHIPPED.index.contains_key("bias"));
    }

    #[test]
    fn shipped_weights_read_as_each_column_parsed_alone() {
        // The plain way: every row's columns split, trimmed and parsed one by one.
        let src = include_str!("../data/typer_weights.tsv");
        let mut plain: Vec<(&str, Vec<u32>)> = lexicon::entries(src)
            .map(|l| {
                let mut cols = l.split('\t').map(str::trim);
                let f = cols.next().unwrap();
                (
                    f,
                    cols.map(|c| c.parse::<f32>().unwrap().to_bits()).collect(),
                )
            })
            .collect();
        plain.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(SHIPPED.len(), plain.len());
        for (f, w) in plain {
            let row = SHIPPED.rows[SHIPPED.index[f] as usize];
            assert_eq!(row.map(f32::to_bits).to_vec(), w, "{f}");
            assert!(matches!(
                SHIPPED.index.get_key_value(f),
                Some((Cow::Borrowed(_), _))
            ));
        }
    }

    #[test]
    fn parse_reads_rows_and_skips_bad_ones() {
        let m = Model::parse(
            "# comment\nbias\t1\t0\t0\t0\t0\nw=x\t0\t2\t0\t0\t0\nbad\t1\t2\nnan\tx\t1\t1\t1\t1\n",
        );
        assert_eq!(m.len(), 2);
        assert_eq!(m.predict(&["bias"]), Some(Kind::Person));
        assert_eq!(m.predict(&["bias", "w=x"]), Some(Kind::Org));
        // A tie at the top is no prediction.
        assert_eq!(Model::default().predict(&["bias"]), None);
    }

    /// `push_lower` appends what `str::to_lowercase` gives, ASCII or not.
    #[test]
    fn push_lower_appends_the_lower_case() {
        for w in [
            "",
            "said",
            "Mr.",
            "McDONALD",
            "Ünal",
            "ΟΔΟΣ",
            "İstanbul",
            "Nováková",
        ] {
            let mut s = String::from("w=");
            push_lower(&mut s, w);
            assert_eq!(s, format!("w={}", w.to_lowercase()), "{w:?}");
        }
    }

    #[test]
    fn joined_pieces_are_the_formatted_feature() {
        let mut f = Feats::new(None, true);
        f.join(&["unk=", DIGITS[2], "/", DIGITS[3]]);
        f.join(&["xa", "c=", Kind::Person.as_str()]);
        assert_eq!(
            f.strings.unwrap_or_default(),
            [
                format!("unk={}/{}", 2, 3),
                format!("xac={}", Kind::Person.as_str())
            ]
        );
        assert!(DIGITS.iter().enumerate().all(|(i, d)| *d == i.to_string()));
    }

    #[test]
    fn suffixes_count_characters() {
        assert_eq!(suffix("ōtorohanga", 3), Some("nga"));
        assert_eq!(suffix("aō", 3), None);
        assert_eq!(suffix("land", 4), Some("land"));
    }

    /// The samples of the entities of `text`, as the trainer sees them.
    fn samples(text: &str) -> Vec<Sample> {
        collect(|| with_model(None, || super::tests::kinds(text))).1
    }

    #[test]
    fn context_nouns_and_inner_capitals_are_features() {
        // The noun after a modifier after the name, by its singular; a coined capital inside.
        let text = "Buyers praised the FlexDose prefilled pens on Monday.\n";
        let s = samples(text)
            .into_iter()
            .find(|s| s.name == "FlexDose")
            .expect("FlexDose found");
        for f in ["a2c=PRODUCT", "shape=camel"] {
            assert!(s.features.iter().any(|x| x == f), "{f}: {:?}", s.features);
        }
        // A description's head noun by its class: `X, a weekly insulin`.
        let text = "Patients switched to Glyvora Once, a weekly insulin, last year.\n";
        let s = samples(text)
            .into_iter()
            .find(|s| s.name == "Glyvora Once")
            .expect("Glyvora Once found");
        assert!(
            s.features.iter().any(|x| x == "xac=PRODUCT"),
            "{:?}",
            s.features
        );
    }

    const LANDS: &str = "Cooperative members from Karrowland to Dunmoorland voted on Tuesday.\n";

    #[test]
    fn invented_lands_from_and_to_are_places() {
        // Nothing but the model types these: no lexicon entry, no evidence.
        for s in samples(LANDS) {
            assert!(s.guess_only, "{s:?}");
            assert_eq!(SHIPPED.predict(&s.features), Some(Kind::Place), "{s:?}");
        }
        assert_eq!(
            kind_of(LANDS, "Karrowland"),
            Some("PLACE"),
            "{:?}",
            kinds(LANDS)
        );
        assert_eq!(
            kind_of(LANDS, "Dunmoorland"),
            Some("PLACE"),
            "{:?}",
            kinds(LANDS)
        );
    }

    #[test]
    fn model_agrees_with_evidence_on_invented_names() {
        // The rules type these by evidence; the model, asked alone, must agree.
        let cases = [
            (
                "Farmers in Xyzland sold more milk this year than last.\n",
                "Xyzland",
                Kind::Place,
            ),
            (
                "\"We cannot wait any longer,\" said Xy Zqwe, a farmer who grows maize.\n",
                "Xy Zqwe",
                Kind::Person,
            ),
            (
                "Residents of Brimlow were told to leave. Brimlow has 4,000 people.\n",
                "Brimlow",
                Kind::Place,
            ),
        ];
        for (text, name, kind) in cases {
            let all = samples(text);
            let s = all.iter().find(|s| s.name == name).expect("sampled");
            assert_eq!(SHIPPED.predict(&s.features), Some(kind), "{s:?}");
            assert_eq!(kind_of(text, name), Some(kind.as_str()));
        }
    }

    #[test]
    fn descriptions_pronouns_and_surname_endings_are_features() {
        let text = "Velko Drashov, a 67-year-old rafting guide in the town, watched. He left.\n\
                    Its local representative in Quorvale, Biret Ante Lusk, wrote.\n";
        let all = samples(text);
        let get = |name: &str| {
            all.iter()
                .find(|s| s.name == name)
                .unwrap_or_else(|| panic!("{name} sampled: {all:?}"))
        };
        let velko = get("Velko Drashov");
        for f in ["xa=guide", "xa_person", "pron=he", "nl=ov", "nl"] {
            assert!(velko.features.iter().any(|x| x == f), "{f}: {velko:?}");
        }
        // Not `rafting` nor `67`: the head is the noun that ends the description.
        assert!(
            !velko.features.iter().any(|x| x == "xa=rafting"),
            "{velko:?}"
        );
        let lusk = get("Biret Ante Lusk");
        for f in ["xb=representative", "xb_person"] {
            assert!(lusk.features.iter().any(|x| x == f), "{f}: {lusk:?}");
        }
        // A description without an opening article is told apart: `X, said Y`.
        let text = "\"It is over,\" Odran Velk, said Mira Tosk.\n";
        if let Some(s) = samples(text).iter().find(|s| s.name == "Odran Velk") {
            assert!(!s.features.iter().any(|x| x.starts_with("xa=")), "{s:?}");
        }
    }

    #[test]
    fn override_replaces_and_restores_the_model() {
        let event = || Model::new([("bias".to_string(), [0.0, 0.0, 0.0, 0.0, 5.0])]);
        assert_eq!(
            with_model(Some((event(), Margins::guesses(0.0))), || kind_of(
                LANDS,
                "Karrowland"
            )),
            Some("EVENT")
        );
        // Evidence keeps its say: the model types guess-only entities alone.
        let text = "Farmers in Xyzland sold more milk this year than last.\n";
        assert_eq!(
            with_model(Some((event(), Margins::guesses(0.0))), || kind_of(
                text, "Xyzland"
            )),
            Some("PLACE")
        );
        assert_ne!(
            with_model(None, || kind_of(LANDS, "Karrowland")),
            Some("EVENT")
        );
        assert_eq!(kind_of(LANDS, "Karrowland"), Some("PLACE"));
    }

    #[test]
    fn margins_open_guesses_and_chosen_evidence_only() {
        let m = Margins {
            guess: 3.0,
            evidence: [8.0, f32::INFINITY, 5.0, f32::INFINITY, f32::INFINITY],
        };
        assert_eq!(m.of(Standing::Guess, Kind::Org), Some(3.0));
        assert_eq!(m.of(Standing::Evidence, Kind::Person), Some(8.0));
        assert_eq!(m.of(Standing::Evidence, Kind::Place), Some(5.0));
        assert_eq!(m.of(Standing::Evidence, Kind::Org), None);
        assert_eq!(m.of(Standing::Known, Kind::Person), None);
        assert_eq!(m.of(Standing::Titled, Kind::Person), None);
        assert_eq!(
            Margins::guesses(2.0).of(Standing::Evidence, Kind::Person),
            None
        );
        // What cross-validation chose: evidence of a person alone, by a wide margin.
        assert_eq!(
            Margins::SHIPPED.of(Standing::Evidence, Kind::Person),
            Some(12.0)
        );
        for k in [Kind::Org, Kind::Place, Kind::Product, Kind::Event] {
            assert_eq!(Margins::SHIPPED.of(Standing::Evidence, k), None);
        }
        // A lexicon entry stands whatever the model says.
        let place = Model::new([("bias".to_string(), [0.0, 0.0, 50.0, 0.0, 0.0])]);
        assert_eq!(
            m.retype(&place, &["bias"], Kind::Org, Standing::Known),
            Kind::Org
        );
        assert_eq!(
            m.retype(&place, &["bias"], Kind::Org, Standing::Evidence),
            Kind::Org
        );
        assert_eq!(
            m.retype(&place, &["bias"], Kind::Person, Standing::Evidence),
            Kind::Place
        );
    }

    #[test]
    fn evidence_is_retyped_only_past_its_margin() {
        let text = "\"We cannot wait any longer,\" said Xy Zqwe, a farmer who grows maize.\n";
        let s = samples(text)
            .into_iter()
            .find(|s| s.name == "Xy Zqwe")
            .expect("sampled");
        assert_eq!((s.rule, s.standing), (Kind::Person, Standing::Evidence));
        // A model that leans to places by 10 over people, whatever the name.
        let place = || Model::new([("bias".to_string(), [0.0, 0.0, 10.0, 0.0, 0.0])]);
        let person_at = |m: f32| Margins {
            guess: MARGIN,
            evidence: [
                m,
                f32::INFINITY,
                f32::INFINITY,
                f32::INFINITY,
                f32::INFINITY,
            ],
        };
        assert_eq!(
            with_model(Some((place(), person_at(8.0))), || kind_of(text, "Xy Zqwe")),
            Some("PLACE")
        );
        assert_eq!(
            with_model(Some((place(), person_at(12.0))), || kind_of(
                text, "Xy Zqwe"
            )),
            Some("PERSON")
        );
        // Evidence of a person is not opened by a margin for another type's evidence.
        let org_only = Margins {
            guess: MARGIN,
            evidence: [
                f32::INFINITY,
                0.0,
                f32::INFINITY,
                f32::INFINITY,
                f32::INFINITY,
            ],
        };
        assert_eq!(
            with_model(Some((place(), org_only)), || kind_of(text, "Xy Zqwe")),
            Some("PERSON")
        );
        assert_eq!(
            with_model(Some((place(), Margins::guesses(0.0))), || kind_of(
                text, "Xy Zqwe"
            )),
            Some("PERSON")
        );
        // A person named after a title stands whatever the model says.
        let text = "Mr. Kelvar arrived. Later Kelvar spoke, and Kelvar left.\n";
        let s = samples(text)
            .into_iter()
            .find(|s| s.name == "Kelvar")
            .expect("sampled");
        assert_eq!((s.rule, s.standing), (Kind::Person, Standing::Titled));
        assert_eq!(
            with_model(Some((place(), person_at(0.0))), || kind_of(text, "Kelvar")),
            Some("PERSON")
        );
    }

    #[test]
    fn repeated_features_keep_their_last_weights() {
        let m = Model::parse("b\t1\t0\t0\t0\t0\na\t2\t0\t0\t0\t0\nb\t3\t0\t0\t0\t0\n");
        assert_eq!(m.len(), 2);
        assert_eq!(m.scores(&["a"]), [2.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(m.scores(&["b"]), [3.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(m.index.get("a"), Some(&0));
        let m = Model::new([
            ("x".to_string(), [1.0; KINDS]),
            ("x".to_string(), [4.0; KINDS]),
        ]);
        assert_eq!((m.len(), m.scores(&["x"])), (1, [4.0; KINDS]));
        // Rows of too few or too many columns, or a weight that is no number, are skipped.
        // (Six columns are the five types and NONE now: too many is seven.)
        let m = Model::parse(
            "# c\na\t1\t2\t3\t4\nb\t1\t2\t3\t4\t5\t6\t7\nc\t1\tx\t3\t4\t5\n d \t 1\t2\t3\t4\t5 \n",
        );
        assert_eq!(m.len(), 1);
        assert_eq!(m.scores(&["d"]), [1.0, 2.0, 3.0, 4.0, 5.0]);
    }

    #[test]
    fn features_scored_as_produced_sum_as_their_sorted_strings() {
        // Added in another order, `1e8 + 1 - 1e8` is 1 or 0 in `f32`: the rows must be added
        // in the order of the sorted features, as `Model::scores` adds them.
        let m = Model::new([
            ("c".to_string(), [-1e8, 0.0, 0.0, 0.0, 0.0]),
            ("a".to_string(), [1e8, 0.0, 0.0, 0.0, 0.0]),
            ("b".to_string(), [1.0, 2.0, 0.0, 0.0, 0.0]),
        ]);
        let mut f = Feats::new(Some(&m), true);
        for x in ["c", "zz", "b", "a", "b"] {
            f.add(x);
        }
        f.join(&["", "a"]);
        f.lower("", "B");
        f.finish();
        let strings = f.strings.clone().unwrap_or_default();
        assert_eq!(strings, ["a", "b", "c", "zz"]);
        let want = m.scores(&strings);
        assert_eq!(want, [0.0, 2.0, 0.0, 0.0, 0.0]);
        assert_eq!(m.scores_of(&mut f.hits), want);
        // Without the collector no strings are kept; the pieces join as one feature.
        let mut f = Feats::new(Some(&m), false);
        f.pair("x=", "Ab", "C");
        assert_eq!((f.buf.as_str(), f.hits.len()), ("x=ab c", 0));
        assert!(f.strings.is_none());
        f.clear();
        f.lower("", "A");
        assert_eq!(m.scores_of(&mut f.hits), [1e8, 0.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn scored_retype_keeps_a_surnamed_person() {
        let m = Model::new([("bias".to_string(), [0.0, 0.0, 5.0, 0.0, 0.0])]);
        let margins = Margins {
            guess: 1.0,
            evidence: [1.0; KINDS],
        };
        let mut f = Feats::new(Some(&m), false);
        f.add("bias");
        let person = (Kind::Person, Standing::Evidence);
        assert_eq!(
            margins.retype_scored(&m, &mut f, person.0, person.1),
            margins.retype(&m, &["bias"], person.0, person.1)
        );
        assert_eq!(
            margins.retype_scored(&m, &mut f, person.0, person.1),
            Kind::Place
        );
        f.add("list=surname_last");
        f.surname_last = true;
        assert_eq!(
            margins.retype_scored(&m, &mut f, person.0, person.1),
            Kind::Person
        );
        assert_eq!(
            margins.retype(&m, &["bias", "list=surname_last"], person.0, person.1),
            Kind::Person
        );
        assert_eq!(
            margins.retype_scored(&m, &mut f, Kind::Org, Standing::Known),
            Kind::Org
        );
    }

    #[test]
    fn collect_records_entities_with_features() {
        let text = "Farmers in Xyzland sold milk to Quorvex Holdings, said Xy Zqwe.\n";
        let all = samples(text);
        let s = all
            .iter()
            .find(|s| s.name == "Xyzland")
            .expect("Xyzland sampled");
        assert!(s.features.iter().any(|f| f == "b1=in"), "{:?}", s.features);
        assert!(s.features.iter().any(|f| f == "w=xyzland"));
        assert!(s.features.iter().any(|f| f == "suf4=land"));
        assert!(s.features.iter().any(|f| f == "src=evidence"));
        // The word after a mention, and the rules' guess with the word before.
        let text = "Quorvex Holdings sold milk to Brasko. Brasko said prices rose. Later, Dana \
                    Orlik spoke. Orlik left.\n";
        let all = samples(text);
        let brasko = all
            .iter()
            .find(|s| s.name == "Brasko")
            .expect("Brasko sampled");
        for f in ["a1=said", "a1=.", "a2=said prices", "m=2"] {
            assert!(brasko.features.iter().any(|x| x == f), "{f}: {brasko:?}");
        }
        if brasko.guess_only {
            let guess = format!("gb1={}:to", brasko.rule.as_str());
            assert!(brasko.features.contains(&guess), "{brasko:?}");
        }
        let orlik = all
            .iter()
            .find(|s| s.name == "Dana Orlik")
            .expect("Orlik sampled");
        assert!(
            orlik.features.iter().any(|x| x == "short=last"),
            "{orlik:?}"
        );
        assert!(orlik.features.iter().any(|x| x == "fsuf3=ana"), "{orlik:?}");
        // Collection stops with the closure.
        let (_, none) = collect(|| ());
        assert!(none.is_empty());
    }

    /// Margins that retype guesses at 3 and drop every droppable entity NONE outscores at all.
    fn dropping_all() -> (Margins, Drops) {
        let d = Drops {
            guess: 0.0,
            evidence: [0.0; KINDS],
        };
        (Margins::guesses(MARGIN), d)
    }

    /// A model that says NONE by 50 whatever the name.
    fn none_model() -> Model {
        Model::with_none([("bias".to_string(), [0.0, 0.0, 0.0, 0.0, 0.0, 50.0])])
    }

    #[test]
    fn rows_with_none_parse_and_none_is_no_type() {
        let m = Model::parse("bias\t1\t0\t0\t0\t0\t9\nw=x\t0\t2\t0\t0\t0\n");
        assert_eq!(m.len(), 2);
        assert_eq!(
            m.all_scores(&["bias", "w=x"]),
            [1.0, 2.0, 0.0, 0.0, 0.0, 9.0]
        );
        assert_eq!(m.scores(&["bias", "w=x"]), [1.0, 2.0, 0.0, 0.0, 0.0]);
        // NONE outscoring every type is still no type to retype to.
        assert_eq!(m.predict(&["bias"]), Some(Kind::Person));
        assert_eq!(m.retype(&["bias"], Kind::Org, 0.0), Kind::Person);
        // NONE beats the rules' type by 8: dropped at a margin under 8 only.
        let at = |g: f32| Drops {
            guess: g,
            ..Drops::NEVER
        };
        assert!(at(5.0).drops(&m, &["bias"], Kind::Person, Standing::Guess));
        assert!(!at(8.0).drops(&m, &["bias"], Kind::Person, Standing::Guess));
        assert!(!at(5.0).drops(&m, &["bias"], Kind::Person, Standing::Evidence));
        assert!(!Drops::NEVER.drops(&m, &["bias"], Kind::Person, Standing::Guess));
    }

    #[test]
    fn a_spurious_guess_is_dropped_with_all_its_mentions() {
        let text = "Cooperative members from Karrowland voted. Karrowland grows maize.\n";
        let s = samples(text);
        let k = s.iter().find(|s| s.name == "Karrowland").expect("sampled");
        assert_eq!(k.standing, Standing::Guess, "{k:?}");
        let (margins, drops) = dropping_all();
        let found = with_model_dropping(Some((none_model(), margins, drops)), || kinds(text));
        assert!(!found.iter().any(|(c, _)| c == "Karrowland"), "{found:?}");
        // Without drop margins the same model keeps it.
        let found = with_model(Some((none_model(), margins)), || kinds(text));
        assert!(found.iter().any(|(c, _)| c == "Karrowland"), "{found:?}");
    }

    #[test]
    fn known_and_titled_entities_are_never_dropped() {
        let (margins, drops) = dropping_all();
        for st in [Standing::Known, Standing::Titled] {
            assert_eq!(drops.of(st, Kind::Org), None);
            assert!(!drops.drops(&none_model(), &["bias"], Kind::Org, st));
        }
        let text = "Microsoft sold milk in Karrowland. Mr. Kelvar arrived.\n";
        let s = samples(text);
        let ms = s.iter().find(|s| s.name == "Microsoft").expect("sampled");
        assert_eq!(ms.standing, Standing::Known, "{ms:?}");
        let found = with_model_dropping(Some((none_model(), margins, drops)), || kinds(text));
        for name in ["Microsoft", "Kelvar"] {
            assert!(found.iter().any(|(c, _)| c == name), "{name}: {found:?}");
        }
        assert!(!found.iter().any(|(c, _)| c == "Karrowland"), "{found:?}");
    }

    #[test]
    fn speakers_and_full_names_are_never_dropped() {
        let (margins, drops) = dropping_all();
        let keep = |text: &str, name: &str| {
            let found = with_model_dropping(Some((none_model(), margins, drops)), || kinds(text));
            assert!(found.iter().any(|(c, _)| c == name), "{name}: {found:?}");
        };
        // A one-word name beside a cue verb: a quotation's speaker resolves to it.
        keep(
            "\"Prices will rise,\" said Brasko, after the vote.\n",
            "Brasko",
        );
        keep(
            "Quorvex Holdings sold milk to Brasko. Brasko said prices rose.\n",
            "Brasko",
        );
        keep(
            "Prices will rise, according to Brasko, after the vote.\n",
            "Brasko",
        );
        // A person introduced by a full name, whatever its standing.
        keep(
            "\"We cannot wait any longer,\" said Xy Zqwe, a farmer who grows maize.\n",
            "Xy Zqwe",
        );
        keep(
            "Velko Drashov watched the river rise all week.\n",
            "Velko Drashov",
        );
        // The same one-word name with no cue verb beside it goes.
        let text = "Prices will rise in Brasko after the vote.\n";
        let found = with_model_dropping(Some((none_model(), margins, drops)), || kinds(text));
        assert!(!found.iter().any(|(c, _)| c == "Brasko"), "{found:?}");
    }

    #[test]
    fn shipped_drops_guesses_only() {
        // What cross-validation chose and speed allowed: guesses at 3, evidence never.
        assert_eq!(Drops::SHIPPED.of(Standing::Guess, Kind::Org), Some(3.0));
        for k in Kind::ALL {
            assert_eq!(Drops::SHIPPED.of(Standing::Evidence, k), None);
        }
    }
}
