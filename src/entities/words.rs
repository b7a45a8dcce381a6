//! The word lists the entity rules consult, parsed once from `src/data/`.

use std::sync::LazyLock;

use crate::lexicon;

use super::Kind;

pub(crate) use crate::fasthash::{FastMap, FastSet, WordSet};

fn set(src: &'static str) -> WordSet {
    // Sized up front: the gazetteer and surname lists would otherwise grow a dozen times.
    let mut set = WordSet::with_capacity(lexicon::capacity(src));
    set.extend(lexicon::entries(src));
    set
}

fn lower_set(src: &str) -> WordSet<String> {
    lexicon::entries(src).map(str::to_lowercase).collect()
}

/// Where a head word stands in a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pos {
    /// Last word: `Acme Bank`.
    End,
    /// First word, before the rest of the name: `Mount Kenya`.
    Start,
    /// First word, before `of`/`for`/`on`: `Bank of England`.
    Of,
    /// The end of a camel-case word: `LlamaCon`.
    Suffix,
}

/// Where a context word stands relative to the name it types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cue {
    /// The word just before the name.
    Before,
    /// The word just after it.
    After,
    /// A noun after the name's possessive.
    Owner,
    /// A lower-case suffix joined to the name by a hyphen.
    Hyphen,
    /// The word before `by` before the name: `Reporting by X`, `led by X`.
    Credit,
    /// The noun before `of` before the name: `the town of X`, `north of X`.
    Of,
    /// The word just before the name, too weak to type it alone (`at X`: a firm or a port), but
    /// enough to outweigh a speech verb after it (`analysts at X said`).
    Weak,
    /// The verb before `from` before the name: `launched from X`, `fled from X`.
    From,
    /// The noun just before `from` before the name, a person known by a home: `a fisherman
    /// from X`. Unlike `From`, no words may stand between.
    Home,
    /// The noun before `for` before the name: `a spokeswoman for X` speaks for a body.
    For,
    /// The noun before `in the` before the name: `deputies in the X` sit in a body.
    In,
    /// The verb before `the` before the name: `told the X` speaks to a body or an outlet.
    The,
    /// The noun of a description set off by a comma after the name: `X, the railway thriller`,
    /// `X, a fishing town`.
    Appositive,
}

/// Every list, parsed.
pub(super) struct Words {
    pub male: WordSet,
    pub female: WordSet,
    /// Family names written before the given name (`Nguyen Thi Lan`).
    pub family_first: WordSet,
    /// Korean family names (`Oh`, `Son`), a name's start only before an `Xx-xx` given name.
    pub korean_surnames: WordSet,
    /// Nationalities of two words (`South African`), as (first, second) pairs.
    pub two_word_nationalities: Vec<(&'static str, &'static str)>,
    /// Honorifics of two words (`Datuk Seri`, `Tan Sri`), as (first, second) pairs: neither
    /// word need be a title alone.
    pub title_pairs: Vec<(&'static str, &'static str)>,
    pub titles: WordSet,
    /// Titles of an area's head: `Mayor`, `Regent`.
    pub area_titles: WordSet,
    /// Area nouns naming a body's unit after its head word: `Police District`.
    pub unit_areas: WordSet,
    /// Services a special-purpose body runs, before its `District`: `Irrigation District`.
    pub district_services: WordSet,
    /// Nouns of one match, before the side it is `against`: `a final against France`.
    pub match_nouns: WordSet,
    /// Possessive determiners: `Our 787s` counts what it owns, no model of a name.
    pub possessive_determiners: WordSet,
    /// Hyphenated endings that keep a title a title: `-in-chief`, `-elect`.
    pub title_suffixes: Vec<&'static str>,
    /// Beginnings a hyphen joins to a title that keep it one: `Vice-Admiral`, `Deputy-Governor`.
    pub title_prefixes: Vec<&'static str>,
    pub title_mods: WordSet,
    /// Titles only when written with a capital (`Administrator`; `an administrator` is a noun).
    pub cap_titles: WordSet,
    /// `titles` and `cap_titles` together: most words `is_title` is asked about are in neither,
    /// which one look-up here settles.
    pub any_titles: WordSet,
    /// Titles written after their portfolio: `Minister`, `Secretary`.
    pub portfolio: WordSet,
    /// Words of a portfolio's field: `Fisheries`, `Mineral Resources`.
    pub portfolio_fields: WordSet,
    pub particles: WordSet,
    /// Particles that stand only inside personal names (`van der`, `binti`): no given name
    /// is needed to read a name holding one as a person's.
    pub person_particles: WordSet,
    pub connectors: WordSet,
    /// Family words (`son`, `wife`): `X, whose son ...` speaks of a person.
    pub kin_nouns: WordSet,
    /// Conjunctions opening a clause whose `he` or `she` may be the name before
    /// (`by X after he watched`).
    pub pronoun_clause_openers: WordSet,
    /// Connecting words of other languages: `nan`, `o`, `de la`.
    pub foreign_connectors: WordSet,
    /// Words after a head that bring in what it heads: `of` and its kin (`de`, `du`).
    pub of_words: WordSet,
    pub calendar: WordSet,
    pub nationalities: WordSet,
    /// Last words of a sports competition's name: `League`, `Cup`.
    pub competition_heads: WordSet,
    /// `Men`, `Women`: a possessive one inside a competition's name (`European Men's
    /// Handball Championship`) is the division's, no owner's.
    pub gender_divisions: WordSet,
    /// Words naming a competition of the world, not of one country: `World`, `Olympic`.
    pub world_words: WordSet,
    pub non_entities: WordSet,
    /// Last words of a law's, a treaty's or an honour's name (`Agreement`, `Prize`).
    pub instrument_nouns: WordSet,
    /// Forms of address standing for a person (`Holy Father`, `Your Excellency`).
    pub forms_of_address: WordSet,
    /// Materials a thing is made of (`steel`, `titanium`), lower case.
    pub materials: WordSet,
    /// Letters after a person's name for an office or honour (`SC`, `KC`, `OBE`).
    pub post_nominals: WordSet,
    /// Letters for a seat in a parliament after a name (`MS`, `MP`): a person's.
    pub member_letters: WordSet,
    pub common: WordSet,
    /// Function words: prepositions, determiners, conjunctions, pronouns.
    pub function: WordSet,
    /// Words that open sentences without naming anything (`Meanwhile`, `Still`).
    pub starters: WordSet,
    pub suffixes: WordSet,
    pub quantity: WordSet,
    /// US state abbreviations (`Mass`, `Calif`), case-sensitive, without their stop.
    pub states: WordSet,
    /// Nouns that announce a quoted title (`memoir`, `album`).
    pub works: WordSet,
    /// Nouns that describe a quoted title from beside it, besides `works` (`co-production`).
    pub work_descriptions: WordSet,
    /// Participles of making a work beside a quoted title (`painted`, `hand-drawn`).
    pub work_verbs: WordSet,
    /// Words right before a quoted title-case span that make it a title (`for`, `titled`).
    pub title_cues: WordSet,
    /// Words that make the body noun after them a ship's (`bulk` of `bulk carrier`).
    pub vessel_mods: WordSet,
    /// Body nouns that those words make a ship's (`carrier`, not `company`).
    pub vessel_nouns: WordSet,
    /// Verbs of selling goods, which make `under the X label` a product's label (`sold`).
    pub sale_verbs: WordSet,
    /// The words around a product's name that say it is one, by part (`label`, `brand`,
    /// `marked`, `trades`, `owner`, `naming`: product_context.tsv).
    pub product_context: FastMap<&'static str, &'static str>,
    /// Prepositions before `the` and a road's number (`on the RN1`).
    pub road_prepositions: WordSet,
    /// Event heads that also close a street's name (`Parade`): a street after `along`.
    pub street_event_heads: WordSet,
    /// Words that close a road's name only after a road's preposition (`on Ponderosa Way`).
    pub road_heads: WordSet,
    /// Nouns of goods that type the name before them only with more context (`its X red rose`).
    pub product_nouns: WordSet,
    /// Makers whose model code or number joins their name in a product's (`Tata LPT 1613`).
    pub vehicle_makes: WordSet,
    /// Nouns of a line that close its name after a hyphenated pair of places (`Railway`).
    pub route_heads: WordSet,
    /// Lower-case transport nouns after two names joined by a dash, which make both places
    /// (`the Halhjem–Sandvikvåg route`).
    pub route_nouns: WordSet,
    /// The words of a land's long form before `of` (`Free State` of `Free State of Saxony`).
    pub polity_heads: WordSet,
    /// Heads of public bodies named after a place (`Authority`, `Chamber`), whose place
    /// alone is no short form of theirs.
    pub institution_heads: WordSet,
    /// The closing words (one or two) of a hospital's, a clinic's or an infirmary's name
    /// (`Hospital`, `Medical Centre`): an institution and a building alike.
    pub institution_sites: WordSet,
    /// Context words telling such an institution from its building, by word and placement
    /// (`taken`/`to`: PLACE; `said`/`after`: ORG; institution_cues.tsv).
    pub institution_cues: FastMap<(&'static str, &'static str), Kind>,
    /// Heads of first-level divisions whose bare name is the division (`Prefecture`).
    pub division_heads: WordSet,
    /// Nouns before a short form in `known by its initials X` (`initials`, `acronym`).
    pub short_form_nouns: WordSet,
    /// Heads of bodies sent somewhere, whose names go on with `to` and the place: `Delegation`.
    pub to_heads: WordSet,
    /// Words that follow a body's head inside its name, titles elsewhere: `Directorate General`.
    pub head_followers: WordSet,
    /// Adjectives of a trade between an opening head and a body's own name: `Grupo Financiero
    /// Banorte` (sector_adjectives.txt).
    pub sector_adjectives: WordSet,
    /// Words of reach that close a body's name after its head (`Thai Airways International`).
    pub head_tails: WordSet,
    /// Endings of plural nouns of trades and members: `Producers`, `Fishermen`.
    pub trade_plural_endings: Vec<&'static str>,
    /// Variant words that close a known product's name (`EV`, `Hybrid`: model_suffixes.txt).
    pub model_suffixes: WordSet,
    /// Endings of generic drug names, the INN stems (`-mab`, `-nib`: inn_stems.txt).
    pub inn_stems: Vec<&'static str>,
    /// Articles of other languages that open a name (`La`, `El`).
    pub name_articles: WordSet,
    /// Words that say someone plays in a work (`role`, `starred`).
    pub roles: WordSet,
    /// Plural nouns for a people's members (`herders`, `clans`): the word before names a people.
    pub people_nouns: WordSet,
    /// Words that make a region of the place after them: `Northern`, `Greater`.
    pub place_mods: WordSet,
    /// Adjectives of other languages that stay in a town's name after it: `Novo` of `Porto Novo`.
    pub place_mods_after: WordSet,
    /// Last parts after a hyphen that make one word a place: the Korean `-gu` of `Dong-gu`.
    pub place_hyphen_suffixes: WordSet,
    /// Lower-case words for a storm that a storm's given name follows: `storm` of `storm Fiona`.
    pub storm_words: WordSet,
    /// Words that open an airline's name: `Air` of `Air Tahiti Nui`.
    pub carrier_openers: WordSet,
    /// Words for a saint whose possessive a place's name keeps: `St` of `St Julian's`.
    pub saints: WordSet,
    /// Endings of adjectives whose lower-case noun stays in the name: `Moravské pivovary`.
    pub adjective_endings: Vec<&'static str>,
    /// Endings of nouns for a person's trade (`physiologist`, `technician`).
    pub person_endings: Vec<&'static str>,
    /// Ordinary occupations and trades (`guide`, `importer`, `beekeeper`): the head noun of a
    /// description after a name's comma that makes a name-shaped name a person's.
    pub occupations: WordSet,
    /// Bare role nouns a sentence opens with before a person's name (`Centre`, `Veteran`).
    pub role_nouns: WordSet,
    /// Words that name a region of the known place right after them: `North-East Atlantic`.
    pub region_prefixes: WordSet,
    /// Prefixes a hyphen joins to an ordinary word in one capitalized word: `Co-operation`.
    pub hyphen_prefixes: WordSet,
    /// Words that join a route's or a range's ends in one hyphenated word: `Odesa-to-Bosphorus`.
    pub range_connectors: WordSet,
    /// Towns and cities of the world (generated from GeoNames by scripts/gazetteer.py): weak
    /// evidence that a name no rule or list explains is a place.
    pub gazetteer: WordSet,
    /// Surnames (generated from the US Census by scripts/names.py): weak evidence that an
    /// unknown two- or three-word name ending in one names a person.
    pub surnames: WordSet,
    /// Endings that mark a surname (`-ová`, `-escu`, `-shvili`), for names no list holds.
    pub surname_endings: Endings<()>,
    /// Scale words after an amount (`million`, `bn`), from the number lists: `R2 million` is
    /// money, not a model `R2`.
    pub scales: WordSet,
    /// Honorifics and abbreviations written with a final stop that belongs to the word.
    pub dotted: WordSet<String>,
    /// Shortened given names whose stop is theirs before more of the sentence (`Ma. Cristina`).
    pub given_dotted: WordSet<String>,
    /// Titles written with a stop before a name (`Col.`, `Gen.`), lower case: at a sentence's
    /// end such a word is a name's last (`the South Col.`) and the stop is the sentence's.
    pub honorifics: WordSet<String>,
    pub heads: FastMap<&'static str, Vec<(Kind, Pos)>>,
    /// Endings of camel-case names, from the heads marked `suffix`.
    pub camel: Endings<Kind>,
    pub cues: FastMap<&'static str, Vec<(Kind, Cue)>>,
    /// Nouns after a place's name that make it a sports team (`Sri Lanka captain`).
    pub team: WordSet,
    /// Verbs of a contest between two sides, each split into its words (`drew with`): a known
    /// country beside one is a national side (`Sweden beat Canada`).
    pub contest: Vec<Vec<&'static str>>,
    /// Verbs of a coming or played match that say so only in a match report (`Brazil meet
    /// Slovenia`, `will play Poland`, `swept Argentina`), split as `contest`.
    pub fixture: Vec<Vec<&'static str>>,
    /// Words only a match report uses (`goalkeeper`, `wickets`): two of them make an article
    /// a sports report.
    pub sport: WordSet,
    /// Names of sports (`Cricket`): a place and one of them is the sport's body, no team.
    pub sport_names: WordSet,
    /// Words right before a known place's name that make it a side in a match report
    /// (`against Bangladesh`, `Colombian side Santa Fe`).
    pub side_cues: WordSet,
    /// Words before a name that place it (`in`, `to`, `from`): a country after one is the
    /// country, whatever a contest verb elsewhere says of its side.
    pub place_prepositions: WordSet,
    /// Plurals closing a party's name (`Social Democrats`, `the Moderates`).
    pub party_plurals: WordSet,
    /// Words saying a sentence speaks of parties (`seats`, `coalition`).
    pub party_cues: WordSet,
    /// Words making a body's head after them a party's or union's (`Freedom Congress`).
    pub party_words: WordSet,
    /// Words opening a street's name that the house number follows (`Rua`, `Calle`).
    pub address: WordSet,
}

pub(super) static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut heads: FastMap<&'static str, Vec<(Kind, Pos)>> = FastMap::default();
    for (src, kind) in [
        (include_str!("../data/org_heads.tsv"), Kind::Org),
        (include_str!("../data/foreign_org_words.tsv"), Kind::Org),
        (include_str!("../data/event_heads.tsv"), Kind::Event),
        (include_str!("../data/place_heads.tsv"), Kind::Place),
        (include_str!("../data/product_heads.tsv"), Kind::Product),
    ] {
        for row in lexicon::rows(src) {
            let pos = match row.get(1).copied() {
                Some("start") => Pos::Start,
                Some("of") => Pos::Of,
                Some("suffix") => Pos::Suffix,
                _ => Pos::End,
            };
            heads.entry(row[0]).or_default().push((kind, pos));
        }
    }
    let camel = Endings::new(
        heads
            .iter()
            .flat_map(|(w, roles)| {
                roles
                    .iter()
                    .filter(|(_, p)| *p == Pos::Suffix)
                    .map(move |(k, _)| (*w, *k))
            })
            .collect(),
    );
    let mut cues: FastMap<&'static str, Vec<(Kind, Cue)>> = FastMap::default();
    for row in lexicon::rows(include_str!("../data/cues.tsv")) {
        if row.len() < 3 {
            continue;
        }
        let Some(kind) = Kind::parse(row[1]) else {
            continue;
        };
        let cue = match row[2] {
            "before" => Cue::Before,
            "after" => Cue::After,
            "owner" => Cue::Owner,
            "credit" => Cue::Credit,
            "of" => Cue::Of,
            "weak" => Cue::Weak,
            "from" => Cue::From,
            "home" => Cue::Home,
            "for" => Cue::For,
            "in" => Cue::In,
            "the" => Cue::The,
            "appositive" => Cue::Appositive,
            _ => Cue::Hyphen,
        };
        cues.entry(row[0]).or_default().push((kind, cue));
    }
    let honorifics = lower_set(include_str!("../data/honorifics.txt"));
    let mut dotted = honorifics.clone();
    // A legal form's stop is its own only where the form is shortened (`Corp.`, `Ltd.`): a
    // whole word (`Corporation`, `Limited`, `banka`) closing a sentence leaves the stop to it.
    dotted.extend(
        lower_set(include_str!("../data/org_suffixes.txt"))
            .into_iter()
            .filter(|w| w.chars().count() <= 4),
    );
    dotted.extend(["jr", "sr", "st", "mt", "ft", "bros", "messrs", "no"].map(String::from));
    let titles = set(include_str!("../data/titles.txt"));
    let cap_titles = set(include_str!("../data/capitalized_titles.txt"));
    let any_titles = titles.iter().chain(cap_titles.iter()).copied().collect();
    Words {
        honorifics,
        titles,
        cap_titles,
        any_titles,
        male: set(include_str!("../data/given_names_male.txt")),
        female: set(include_str!("../data/given_names_female.txt")),
        family_first: set(include_str!("../data/family_first.txt")),
        korean_surnames: set(include_str!("../data/korean_surnames.txt")),
        two_word_nationalities: include_str!("../data/two_word_nationalities.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.trim().split_once(' '))
            .collect(),
        title_pairs: include_str!("../data/title_pairs.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.trim().split_once(' '))
            .collect(),
        area_titles: set(include_str!("../data/area_titles.txt")),
        unit_areas: set(include_str!("../data/unit_areas.txt")),
        district_services: set(include_str!("../data/district_services.txt")),
        match_nouns: set(include_str!("../data/match_nouns.txt")),
        possessive_determiners: set(include_str!("../data/possessive_determiners.txt")),
        title_suffixes: lexicon::entries(include_str!("../data/title_suffixes.txt")).collect(),
        title_prefixes: lexicon::entries(include_str!("../data/title_prefixes.txt")).collect(),
        title_mods: set(include_str!("../data/title_modifiers.txt")),
        portfolio: set(include_str!("../data/portfolio_titles.txt")),
        portfolio_fields: set(include_str!("../data/portfolio_fields.txt")),
        particles: set(include_str!("../data/name_particles.txt")),
        person_particles: set(include_str!("../data/person_particles.txt")),
        connectors: set(include_str!("../data/name_connectors.txt")),
        kin_nouns: set(include_str!("../data/kin_nouns.txt")),
        pronoun_clause_openers: set(include_str!("../data/pronoun_clause_openers.txt")),
        foreign_connectors: set(include_str!("../data/foreign_connectors.txt")),
        of_words: set(include_str!("../data/of_words.txt")),
        calendar: set(include_str!("../data/calendar.txt")),
        nationalities: set(include_str!("../data/nationalities.txt")),
        competition_heads: set(include_str!("../data/competition_heads.txt")),
        gender_divisions: set(include_str!("../data/gender_divisions.txt")),
        world_words: set(include_str!("../data/world_words.txt")),
        non_entities: set(include_str!("../data/non_entities.txt")),
        instrument_nouns: set(include_str!("../data/instrument_nouns.txt")),
        forms_of_address: set(include_str!("../data/forms_of_address.txt")),
        materials: set(include_str!("../data/materials.txt")),
        post_nominals: set(include_str!("../data/post_nominals.txt")),
        member_letters: set(include_str!("../data/member_post_nominals.txt")),
        common: set(include_str!("../data/common_words.txt")),
        function: set(include_str!("../data/function_words.txt")),
        starters: set(include_str!("../data/sentence_starters.txt")),
        suffixes: set(include_str!("../data/org_suffixes.txt")),
        quantity: set(include_str!("../data/quantity_words.txt")),
        states: set(include_str!("../data/state_abbreviations.txt")),
        works: set(include_str!("../data/work_nouns.txt")),
        work_descriptions: set(include_str!("../data/work_descriptions.txt")),
        work_verbs: set(include_str!("../data/work_verbs.txt")),
        title_cues: set(include_str!("../data/title_cues.txt")),
        vessel_mods: set(include_str!("../data/vessel_modifiers.txt")),
        vessel_nouns: set(include_str!("../data/vessel_nouns.txt")),
        sale_verbs: set(include_str!("../data/sale_verbs.txt")),
        product_context: lexicon::rows(include_str!("../data/product_context.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1]))
            .collect(),
        road_prepositions: set(include_str!("../data/road_prepositions.txt")),
        street_event_heads: set(include_str!("../data/street_event_heads.txt")),
        road_heads: set(include_str!("../data/road_heads.txt")),
        product_nouns: set(include_str!("../data/product_nouns.txt")),
        vehicle_makes: set(include_str!("../data/vehicle_makes.txt")),
        route_heads: set(include_str!("../data/route_heads.txt")),
        route_nouns: set(include_str!("../data/route_nouns.txt")),
        polity_heads: set(include_str!("../data/polity_heads.txt")),
        institution_heads: set(include_str!("../data/institution_heads.txt")),
        institution_sites: set(include_str!("../data/institution_sites.txt")),
        institution_cues: lexicon::rows(include_str!("../data/institution_cues.tsv"))
            .filter(|r| r.len() >= 3)
            .filter_map(|r| Some(((r[0], r[2]), Kind::parse(r[1])?)))
            .collect(),
        to_heads: set(include_str!("../data/to_heads.txt")),
        short_form_nouns: set(include_str!("../data/short_form_nouns.txt")),
        division_heads: set(include_str!("../data/division_heads.txt")),
        head_followers: set(include_str!("../data/head_followers.txt")),
        sector_adjectives: set(include_str!("../data/sector_adjectives.txt")),
        head_tails: set(include_str!("../data/head_tails.txt")),
        model_suffixes: set(include_str!("../data/model_suffixes.txt")),
        inn_stems: lexicon::entries(include_str!("../data/inn_stems.txt")).collect(),
        trade_plural_endings: lexicon::entries(include_str!("../data/trade_plural_endings.txt"))
            .collect(),
        name_articles: set(include_str!("../data/name_articles.txt")),
        roles: set(include_str!("../data/role_words.txt")),
        people_nouns: set(include_str!("../data/people_nouns.txt")),
        place_mods: set(include_str!("../data/place_modifiers.txt")),
        place_mods_after: set(include_str!("../data/place_modifiers_after.txt")),
        place_hyphen_suffixes: set(include_str!("../data/place_hyphen_suffixes.txt")),
        storm_words: set(include_str!("../data/storm_words.txt")),
        carrier_openers: set(include_str!("../data/carrier_openers.txt")),
        saints: set(include_str!("../data/saint_words.txt")),
        adjective_endings: lexicon::entries(include_str!("../data/adjective_endings.txt"))
            .collect(),
        person_endings: lexicon::entries(include_str!("../data/person_noun_endings.txt")).collect(),
        occupations: set(include_str!("../data/occupations.txt")),
        role_nouns: set(include_str!("../data/role_nouns.txt")),
        region_prefixes: set(include_str!("../data/region_prefixes.txt")),
        hyphen_prefixes: set(include_str!("../data/hyphen_prefixes.txt")),
        range_connectors: set(include_str!("../data/range_connectors.txt")),
        gazetteer: set(include_str!("../data/gazetteer.txt")),
        surnames: set(include_str!("../data/surnames.txt")),
        surname_endings: Endings::new(
            lexicon::entries(include_str!("../data/surname_endings.txt"))
                .map(|e| (e, ()))
                .collect(),
        ),
        scales: lexicon::rows(include_str!("../data/number_words.tsv"))
            .filter(|r| r.get(2) == Some(&"scale"))
            .chain(
                lexicon::rows(include_str!("../data/scale_words.tsv"))
                    .filter(|r| r.get(2) == Some(&"any")),
            )
            .map(|r| r[0])
            .collect(),
        dotted,
        given_dotted: lower_set(include_str!("../data/given_name_abbreviations.txt")),
        heads,
        camel,
        cues,
        team: set(include_str!("../data/team_nouns.txt")),
        contest: lexicon::entries(include_str!("../data/contest_verbs.txt"))
            .map(|e| e.split(' ').collect())
            .collect(),
        fixture: lexicon::entries(include_str!("../data/fixture_verbs.txt"))
            .map(|e| e.split(' ').collect())
            .collect(),
        sport: set(include_str!("../data/sport_words.txt")),
        sport_names: set(include_str!("../data/sport_names.txt")),
        side_cues: set(include_str!("../data/side_cues.txt")),
        place_prepositions: set(include_str!("../data/place_prepositions.txt")),
        party_plurals: set(include_str!("../data/party_plurals.txt")),
        party_cues: set(include_str!("../data/party_cues.txt")),
        party_words: set(include_str!("../data/party_name_words.txt")),
        address: set(include_str!("../data/address_prefixes.txt")),
    }
});

/// Calls `f` with `word` in lower case, without allocating for short ASCII words.
pub(super) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    lexicon::with_lower(word, f)
}

/// `FY26`, `FY2026`: a fiscal year's code is a date, not a name.
fn fiscal_year(w: &str) -> bool {
    w.strip_prefix("FY")
        .is_some_and(|y| matches!(y.len(), 2 | 4) && y.bytes().all(|b| b.is_ascii_digit()))
}

/// `X-ray`, `T-shirts`, `U-turn`: one capital letter joined by a hyphen to a lower-case word
/// is a common noun named for the letter's shape or sound, never a name (`T-Mobile` and
/// `A-League` keep a capital after the hyphen).
fn letter_noun(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b[0].is_ascii_uppercase()
        && b[1] == b'-'
        && b[2..].iter().all(|c| c.is_ascii_lowercase())
}

impl Words {
    /// True for a given name in either list, accents aside (`Lucía` is `Lucia`).
    pub fn is_given(&self, w: &str) -> bool {
        if self.male.contains(w) || self.female.contains(w) {
            return true;
        }
        if w.is_ascii() {
            return false;
        }
        let folded: String = w.chars().map(lexicon::fold_accent).collect();
        self.male.contains(folded.as_str()) || self.female.contains(folded.as_str())
    }

    /// True for a known surname, or a word with a surname's ending (`Nováková`, `Ionescu`).
    pub fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
            || self
                .surname_endings
                .of(w)
                .any(|(e, _)| w.len() >= e.len() + 3)
    }

    /// `male`, `female` or `None` for a given name.
    pub fn gender(&self, w: &str) -> Option<&'static str> {
        match (self.male.contains(w), self.female.contains(w)) {
            (true, false) => Some("male"),
            (false, true) => Some("female"),
            _ => None,
        }
    }

    /// A word that is never a name on its own: a day, month, nationality, or a listed acronym,
    /// a fiscal year's code or a letter-shaped noun.
    pub fn is_non_entity(&self, w: &str) -> bool {
        // `Mozambicans`: the plural of a listed nationality, too; `Saturdays`: of a day.
        self.calendar.contains(w)
            || self.nationalities.contains(w)
            || self.non_entities.contains(w)
            || fiscal_year(w)
            || letter_noun(w)
            || w.strip_suffix('s').is_some_and(|one| {
                one.len() > 3 && (self.nationalities.contains(one) || self.calendar.contains(one))
            })
    }

    /// A generic drug's name: one lower-case word ending in an INN stem with a few letters
    /// before it (`telzanumab`, `empagliflozin`), not a short word that merely ends so
    /// (`habitat`, `cab`).
    pub fn is_generic_drug(&self, w: &str) -> bool {
        w.len() >= 7
            && w.bytes().all(|c| c.is_ascii_lowercase())
            && self
                .inn_stems
                .iter()
                .any(|s| w.len() >= s.len() + 4 && w.ends_with(s))
    }

    /// A function word (`In`, `After`, `Across`), whatever its case.
    pub fn is_function(&self, w: &str) -> bool {
        self.function.contains_lower(w)
    }

    /// A word a portfolio's field may be named in (`Fisheries`, or a common word such as
    /// `Business`), whatever its case.
    pub fn is_field(&self, w: &str) -> bool {
        self.portfolio_fields.contains_lower(w) || self.common.contains_lower(w)
    }

    /// A common English word, whatever its case.
    pub fn is_common(&self, w: &str) -> bool {
        self.common.contains_lower(w)
    }

    /// A title or honorific word (`Dr.`, `Chief`, `coach`), whatever its case and final stop.
    pub fn is_title(&self, w: &str) -> bool {
        let orig_len = w.len();
        let w = w.strip_suffix('.').unwrap_or(w);
        // A word without a hyphen is a title only if one of the two lists holds it.
        let hyphen = w.contains('-');
        if !hyphen && !self.any_titles.contains_lower(w) {
            return false;
        }
        // `the MS Saimaa Star`: in capitals, a ship's prefix, not `Ms`.
        let prefix = w.len() >= 2
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && self.head(w).iter().any(|(_, p)| *p == Pos::Start);
        // `patron-in-chief`, `governor-elect`, `Auditor-General`: a title with an ending that
        // keeps it one; `Vice-Admiral`, `Acting-Director`: with such a beginning.
        let title = |l: &str| {
            let core = |l: &str| {
                self.titles.contains(l)
                    || self
                        .title_suffixes
                        .iter()
                        .any(|s| l.strip_suffix(s).is_some_and(|t| self.titles.contains(t)))
            };
            core(l)
                || self
                    .title_prefixes
                    .iter()
                    .any(|p| l.strip_prefix(p).is_some_and(core))
        };
        // `the broadcaster DR`: an honorific's abbreviation in capitals without its stop is an
        // acronym (Danmarks Radio), not `Dr`.
        let acronym = w.len() <= 3
            && w.len() == orig_len
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && self.honorifics.contains_lower(w);
        let capitalized = || {
            w.chars().next().is_some_and(char::is_uppercase) && self.cap_titles.contains_lower(w)
        };
        // Every ending and beginning holds a hyphen (the `title_affixes_hold_a_hyphen` test), so
        // a word without one is a title only as itself: most words asked about skip the sixteen
        // affix comparisons, and are looked up in lower case without a copy.
        let listed = if hyphen {
            with_lower(w, title)
        } else {
            self.titles.contains_lower(w)
        };
        !prefix && !acronym && (listed || capitalized())
    }

    /// Whether `a b` is an honorific of two words (`Datuk Seri`, `Tan Sri`; title_pairs.txt).
    pub fn is_title_pair(&self, a: &str, b: &str) -> bool {
        self.title_pairs.iter().any(|&(x, y)| x == a && y == b)
    }

    /// A word that may stand inside a title (`Product` in `Chief Product Officer`).
    pub fn is_title_mod(&self, w: &str) -> bool {
        let w = w.strip_suffix('.').unwrap_or(w);
        self.title_mods.contains_lower(w)
    }

    /// The head roles of a capitalized word.
    pub fn head(&self, w: &str) -> &[(Kind, Pos)] {
        let w = w.strip_suffix('.').unwrap_or(w);
        self.heads.get(w).map_or(&[], Vec::as_slice)
    }

    /// Whether the capitalized word `w` heads a name of `kind` at `pos` (`Bank` ends a body's
    /// name, `Mount` opens a place's).
    pub fn has_head(&self, w: &str, kind: Kind, pos: Pos) -> bool {
        self.head(w).iter().any(|&(k, p)| k == kind && p == pos)
    }

    /// A closing head that opens a name before `of`/`for`/`on` where it is the name's first
    /// word (`Inspectorate of Spas`, `Syndicate of Growers`, `Cup of Quality`, not `Acwa Power
    /// of Saudi Arabia`): every `end` head of a body or an event may, so no head waits for an
    /// `of` row. A word that heads other kinds too keeps its own roles; a place's head does
    /// not (`Region of Sicily` is its government).
    pub fn opens_of(&self, w: &str) -> bool {
        let roles = self.head(w);
        roles.contains(&(Kind::Org, Pos::Of))
            || roles.iter().any(|&(k, p)| {
                p == Pos::End
                    && matches!(k, Kind::Org | Kind::Event)
                    && roles.iter().all(|&(o, _)| o == k)
            })
    }

    /// The kind a camel-case word's ending gives it: `LlamaCon`, `NimbusDay`.
    pub fn camel_suffix(&self, w: &str) -> Option<Kind> {
        self.camel.of(w).find_map(|(suffix, kind)| {
            let stem = w.strip_suffix(suffix)?;
            stem.chars()
                .last()
                .is_some_and(char::is_lowercase)
                .then_some(*kind)
        })
    }

    /// A legal-form suffix (`Inc.`, `Ltd`).
    pub fn is_suffix(&self, w: &str) -> bool {
        self.suffixes.contains(w.strip_suffix('.').unwrap_or(w))
    }

    /// The type the word `w` just before a name gives it, `prev` the word before `w`: a
    /// vessel's modifier turns a body's noun into a ship's (`the bulk carrier X`).
    pub fn cue_before(&self, prev: &str, w: &str) -> Option<Kind> {
        let k = self.cue(w, Cue::Before)?;
        let vessel = k == Kind::Org
            && self.vessel_nouns.contains_lower(w)
            && self.vessel_mods.contains_lower(prev);
        Some(if vessel { Kind::Product } else { k })
    }

    /// The cues a context word gives, of one placement.
    pub fn cue(&self, w: &str, place: Cue) -> Option<Kind> {
        with_lower(w, |l| {
            self.cues
                .get(l)
                .and_then(|v| v.iter().find(|(_, c)| *c == place).map(|(k, _)| *k))
        })
    }
}

/// A short list of word endings with a value each, filed by the byte they end in: a word is
/// compared only with the endings that end in its last byte (most words end in a byte no
/// ending ends in; the camel-case endings are asked of nearly every capitalized word, the
/// surname endings of every last word of a name).
pub struct Endings<T> {
    list: Vec<(&'static str, T)>,
    /// `by_last[b]`: the places in `list` of the endings that end in byte `b` or are empty,
    /// in the list's order.
    by_last: Vec<Vec<u16>>,
    /// The places of the empty endings, all an empty word ends with.
    empty: Vec<u16>,
}

impl<T> Endings<T> {
    /// The endings in the order given.
    pub fn new(list: Vec<(&'static str, T)>) -> Endings<T> {
        let mut by_last = vec![Vec::new(); 256];
        let mut empty = Vec::new();
        for (i, (e, _)) in list.iter().enumerate() {
            let i = u16::try_from(i).expect("a short list of endings");
            match e.as_bytes().last() {
                Some(&b) => by_last[usize::from(b)].push(i),
                // An empty ending: every word ends with it, whatever its last byte.
                None => {
                    empty.push(i);
                    by_last.iter_mut().for_each(|v| v.push(i));
                }
            }
        }
        Endings {
            list,
            by_last,
            empty,
        }
    }

    /// The endings `w` ends with, with their values, in the list's order.
    pub fn of<'a>(&'a self, w: &'a str) -> impl Iterator<Item = &'a (&'static str, T)> + 'a {
        let places = match w.as_bytes().last() {
            Some(&b) => &self.by_last[usize::from(b)],
            None => &self.empty,
        };
        places
            .iter()
            .map(|&i| &self.list[usize::from(i)])
            .filter(move |(e, _)| w.ends_with(e))
    }

    /// Every ending with its value, in the list's order.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, T)> {
        self.list.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::{fiscal_year, letter_noun, with_lower, Endings, Kind, WORDS};
    use crate::lexicon;

    /// Every row of institution_cues.tsv is kept: a known type, a placement the rules read,
    /// no word listed twice for one placement.
    #[test]
    fn institution_cues_parse_whole() {
        let rows = lexicon::rows(include_str!("../data/institution_cues.tsv")).count();
        assert_eq!(WORDS.institution_cues.len(), rows);
        assert!(WORDS
            .institution_cues
            .keys()
            .all(|(_, p)| matches!(*p, "before" | "to" | "at" | "after" | "owned")));
        assert_eq!(
            WORDS.institution_cues.get(&("taken", "to")),
            Some(&Kind::Place)
        );
        assert_eq!(
            WORDS.institution_cues.get(&("said", "after")),
            Some(&Kind::Org)
        );
        assert!(WORDS.institution_sites.contains("Medical Centre"));
    }

    /// A generic drug's name ends in an INN stem after a few letters of its own; short or
    /// capitalized words that end so are not.
    #[test]
    fn generic_drug_names_end_in_inn_stems() {
        for w in [
            "telzanumab",
            "empagliflozin",
            "zelvocitinib",
            "atorvastatin",
            "semaglutide",
        ] {
            assert!(WORDS.is_generic_drug(w), "{w}");
        }
        // (A long word that ends so, `thermostat`, passes: the brackets after a brand name
        // that the rule asks for keep it from misfiring.)
        for w in [
            "habitat",
            "concept",
            "Telzanumab",
            "mab",
            "nib",
            "april",
            "rebuttal",
        ] {
            assert!(!WORDS.is_generic_drug(w), "{w}");
        }
    }

    /// The lists asked in lower case answer as a look-up of the word lowered by `with_lower`
    /// would, for listed words in every case and for words no list holds.
    #[test]
    fn lower_case_look_ups_agree_with_lowering_first() {
        let mut words: Vec<String> = Vec::new();
        for w in WORDS.titles.iter().chain(WORDS.common.iter().take(500)) {
            let title: String = w.chars().take(1).flat_map(char::to_uppercase).collect();
            let title = title
                + w.get(w.chars().next().map_or(0, char::len_utf8)..)
                    .unwrap_or("");
            words.extend([w.to_string(), w.to_uppercase(), title, format!("{w}s")]);
        }
        words.extend(
            [
                "Ärzte",
                "İstanbul",
                "MINISTER-ELECT",
                "Vice-Admiral",
                "",
                "ß",
            ]
            .map(String::from),
        );
        for w in &words {
            let lowered = |set: &super::WordSet| with_lower(w, |l| set.contains(l));
            assert_eq!(WORDS.is_common(w), lowered(&WORDS.common), "{w}");
            assert_eq!(WORDS.is_function(w), lowered(&WORDS.function), "{w}");
            assert_eq!(
                WORDS.titles.contains_lower(w),
                lowered(&WORDS.titles),
                "{w}"
            );
            let bare = w.strip_suffix('.').unwrap_or(w);
            let mods = with_lower(bare, |l| WORDS.title_mods.contains(l));
            assert_eq!(WORDS.is_title_mod(w), mods, "{w}");
        }
    }

    /// `is_title`'s first look-up lets through every word of both title lists.
    #[test]
    fn any_titles_holds_both_title_lists() {
        for w in WORDS.titles.iter().chain(WORDS.cap_titles.iter()) {
            assert!(WORDS.any_titles.contains(w), "{w}");
        }
        assert_eq!(WORDS.any_titles.len(), {
            let mut all: Vec<&str> = WORDS
                .titles
                .iter()
                .chain(WORDS.cap_titles.iter())
                .copied()
                .collect();
            all.sort_unstable();
            all.dedup();
            all.len()
        });
        assert!(WORDS.is_title("Minister") && WORDS.is_title("Dr.") && !WORDS.is_title("Tuesday"));
    }

    /// `Words::is_title` looks a word without a hyphen up as itself only: an ending or
    /// beginning without one would need that shortcut gone.
    #[test]
    fn fiscal_years_and_letter_nouns_are_no_names() {
        for w in ["FY26", "FY2026", "X-ray", "T-shirts", "U-turn"] {
            assert!(WORDS.is_non_entity(w), "{w}");
        }
        for w in [
            "FY", "FYI", "FY202", "T-Mobile", "A-League", "X-5", "Ex-ray",
        ] {
            assert!(!fiscal_year(w) && !letter_noun(w), "{w}");
        }
    }

    #[test]
    fn title_affixes_hold_a_hyphen() {
        for affix in WORDS.title_suffixes.iter().chain(&WORDS.title_prefixes) {
            assert!(affix.contains('-'), "{affix}");
        }
    }
    /// `Endings::of` gives the endings a word ends with, in order, as comparing each would:
    /// for the camel-case and surname endings, on words ending in each ending's last byte and
    /// others, and for a list holding an empty ending.
    #[test]
    fn endings_by_last_byte_agree_with_comparing_each() {
        let mut words: Vec<String> = vec![String::new(), "a".into(), "é".into(), "Con".into()];
        for (e, _) in WORDS.camel.iter() {
            words.extend([
                format!("Llama{e}"),
                format!("LLAMA{e}"),
                e.to_string(),
                format!("{e}x"),
                format!("x{e}"),
            ]);
        }
        for (e, _) in WORDS.surname_endings.iter() {
            words.extend([
                format!("Nov{e}"),
                e.to_string(),
                format!("Ab{e}"),
                format!("{e}a"),
            ]);
        }
        words.extend(
            [
                "Kowalska", "Popescu", "Beridze", "LlamaCon", "Nowak", "Novák",
            ]
            .map(String::from),
        );
        for w in &words {
            let want: Vec<&str> = WORDS
                .camel
                .iter()
                .filter(|(e, _)| w.ends_with(e))
                .map(|(e, _)| *e)
                .collect();
            let got: Vec<&str> = WORDS.camel.of(w).map(|(e, _)| *e).collect();
            assert_eq!(got, want, "{w:?}");
            let want: Vec<&str> = WORDS
                .surname_endings
                .iter()
                .filter(|(e, _)| w.ends_with(e))
                .map(|(e, _)| *e)
                .collect();
            let got: Vec<&str> = WORDS.surname_endings.of(w).map(|(e, _)| *e).collect();
            assert_eq!(got, want, "{w:?}");
        }
        assert_eq!(WORDS.camel_suffix("LlamaCon"), Some(Kind::Event));
        assert_eq!(WORDS.camel_suffix("Con"), None);
        let with_empty = Endings::new(vec![("", 1), ("ová", 2)]);
        let got: Vec<i32> = with_empty.of("").map(|&(_, v)| v).collect();
        assert_eq!(got, [1]);
        let got: Vec<i32> = with_empty.of("Nováková").map(|&(_, v)| v).collect();
        assert_eq!(got, [1, 2]);
        let empty_last = Endings::new(vec![("ová", 2), ("", 1), ("ov", 3)]);
        let got: Vec<i32> = empty_last.of("Nováková").map(|&(_, v)| v).collect();
        assert_eq!(got, [2, 1]);
        let got: Vec<i32> = empty_last.of("Petrov").map(|&(_, v)| v).collect();
        assert_eq!(got, [1, 3]);
        let got: Vec<i32> = empty_last.of("").map(|&(_, v)| v).collect();
        assert_eq!(got, [1]);
    }
}
