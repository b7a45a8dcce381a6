//! Integration tests of the entities stage: the LlamaCon bar and `--lexicon` on the command line.

use std::collections::BTreeSet;

use crate::util::{claimex, root};

/// The LlamaCon article names exactly these 11 entities, with these types, and nothing else.
#[test]
fn llamacon_has_exactly_its_eleven_entities() {
    let record = claimex::extract_path(root().join("corpus/llamacon.txt")).unwrap();
    let found: BTreeSet<(String, String)> = record
        .entities
        .iter()
        .map(|m| (m.canonical.clone(), m.kind.clone()))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("Meta", "ORG"),
        ("Llama", "PRODUCT"),
        ("LlamaCon", "EVENT"),
        ("Chris Cox", "PERSON"),
        ("Meta AI", "PRODUCT"),
        ("Alibaba", "ORG"),
        ("Qwen 3", "PRODUCT"),
        ("Mistral", "ORG"),
        ("Anthropic", "ORG"),
        ("OpenAI", "ORG"),
        ("Google", "ORG"),
    ]
    .into_iter()
    .map(|(c, k)| (c.to_string(), k.to_string()))
    .collect();
    assert_eq!(found, expected);
    let text = std::fs::read_to_string(root().join("corpus/llamacon.txt")).unwrap();
    for m in &record.entities {
        assert_eq!(&text[m.start..m.end], m.text, "mention offsets");
        assert!(
            !m.text.ends_with("’s") && !m.text.ends_with("'s"),
            "no possessive"
        );
    }
    // `Llama-powered` is a mention of Llama; `Meta’s` of Meta.
    assert!(record.entities.iter().filter(|m| m.text == "Llama").count() >= 10);
    assert!(record.entities.windows(2).all(|w| w[0].start <= w[1].start));
}

/// A newsroom's own lexicon adds names and overrides the built-in ones.
#[test]
fn lexicon_file_teaches_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("beat.tsv");
    std::fs::write(
        &lexicon,
        "# surface\ttype\tcanonical\nZindle\tPRODUCT\tZindle Pro\nAlibaba\tPERSON\tAli Baba\n",
    )
    .unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Sales of Zindle rose, and Alibaba cheered.").unwrap();
    let out = claimex()
        .arg("extract")
        .arg("--lexicon")
        .arg(&lexicon)
        .arg(&article)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String)> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["text"].as_str().unwrap().to_string(),
                m["type"].as_str().unwrap().to_string(),
                m["canonical"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Zindle".into(), "PRODUCT".into(), "Zindle Pro".into()),
            ("Alibaba".into(), "PERSON".into(), "Ali Baba".into()),
        ]
    );
    // A malformed lexicon fails the run with its line number.
    std::fs::write(&lexicon, "Zindle\n").unwrap();
    let out = claimex()
        .arg("extract")
        .arg("--lexicon")
        .arg(&lexicon)
        .arg(&article)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("beat.tsv:1"));
}

/// The entities of `text` as `(surface, type, canonical)`.
fn mentions(text: &str) -> BTreeSet<(String, String, String)> {
    claimex::extract("test", text)
        .entities
        .into_iter()
        .map(|m| (m.text, m.kind, m.canonical))
        .collect()
}

fn has(found: &BTreeSet<(String, String, String)>, text: &str, kind: &str, canonical: &str) {
    let row = (text.to_string(), kind.to_string(), canonical.to_string());
    assert!(found.contains(&row), "{row:?} not in {found:?}");
}

/// An acronym in brackets links to its expansion even when it is syllabic or keeps a
/// connector's letter in lower case.
#[test]
fn bracketed_acronyms_take_their_expansion() {
    let found = mentions(
        "The Ghana Cocoa Board (COCOBOD) cut its forecast. A loan from the African Development \
         Bank (AfDB) helps. The Department for Education (DfE) said so.\n\nCOCOBOD and the AfDB \
         met, and the DfE agreed.",
    );
    has(&found, "COCOBOD", "ORG", "Ghana Cocoa Board");
    has(&found, "AfDB", "ORG", "African Development Bank");
    has(&found, "DfE", "ORG", "Department for Education");
}

/// A person introduced as first+last and named later with a middle name is one person, under
/// the fullest name.
#[test]
fn a_middle_name_given_later_makes_the_canonical() {
    let found = mentions(
        "Dr. Elena Voss died on Saturday.\n\nElena Margarethe Voss was born in Graz. Voss \
         trained in Boston.",
    );
    has(&found, "Elena Voss", "PERSON", "Elena Margarethe Voss");
    has(&found, "Voss", "PERSON", "Elena Margarethe Voss");
}

/// A title or a credit before a given name outweighs a place word ending the name.
#[test]
fn titles_and_credits_outweigh_place_heads() {
    let found = mentions(
        "Voltaro co-founder and CEO Lena Park spoke on a call.\n\n(Reporting by Ama Owusu; \
         Editing by Peter Hall)",
    );
    has(&found, "Lena Park", "PERSON", "Lena Park");
    has(&found, "Peter Hall", "PERSON", "Peter Hall");
}

/// `Brookline, Mass.`: a state abbreviation after a city keeps its stop and is a place; a
/// day after `of X on` is not part of the name.
#[test]
fn state_abbreviations_and_days_after_names() {
    let found = mentions(
        "She died at her home in Brookline, Mass. She was 88.\n\nThe team reported in the \
         Oxford Review of Education on Thursday.",
    );
    has(&found, "Mass.", "PLACE", "Mass.");
    has(&found, "Brookline", "PLACE", "Brookline");
    has(
        &found,
        "Oxford Review of Education",
        "ORG",
        "Oxford Review of Education",
    );
}

/// A title in quotes beside a noun announcing a work is one PRODUCT, commas and all; a quoted
/// phrase with no such noun is not a title.
#[test]
fn quoted_titles_beside_work_nouns_are_products() {
    let found = mentions(
        "In her 2009 memoir, “Small Hearts, Steady Hands,” she described the night.\n\n\
         “Salt Roads,” the third album by the singer, topped the chart.\n\n\
         He called it “Big Trouble” in a speech.",
    );
    has(
        &found,
        "Small Hearts, Steady Hands",
        "PRODUCT",
        "Small Hearts, Steady Hands",
    );
    has(&found, "Salt Roads", "PRODUCT", "Salt Roads");
    assert!(
        !found
            .iter()
            .any(|(t, k, _)| t == "Big Trouble" && k == "PRODUCT"),
        "{found:?}"
    );
}

/// A place noun or a direction before `of` types an unknown name as a place, and a list after
/// it shares the type; a road is a place with its number; a league is a competition.
#[test]
fn place_nouns_before_of_roads_and_leagues() {
    let found = mentions(
        "Rescuers reached the town of Tolvaca and the provinces of Marandi and Ostrel. The \
         quake struck north of Quellin.\n\nTraffic on Highway 9A was stopped. The Premier \
         League club said it would appeal.",
    );
    has(&found, "Tolvaca", "PLACE", "Tolvaca");
    has(&found, "Marandi", "PLACE", "Marandi");
    has(&found, "Ostrel", "PLACE", "Ostrel");
    has(&found, "Quellin", "PLACE", "Quellin");
    has(&found, "Highway 9A", "PLACE", "Highway 9A");
    has(&found, "Premier League", "EVENT", "Premier League");
    let found = mentions("Rents rose in Dublin 8. He could debut against Mainz 05 next week.");
    has(&found, "Dublin 8", "PLACE", "Dublin 8");
    has(&found, "Mainz 05", "ORG", "Mainz 05");
}

/// A Spanish double surname: the first surname alone names the person later.
#[test]
fn a_first_surname_alone_names_the_person() {
    let found = mentions(
        "Interior Minister Rosa Quispe Huamán flew to the region.\n\n\"Every hour counts,\" \
         Quispe told reporters.",
    );
    has(&found, "Quispe", "PERSON", "Rosa Quispe Huamán");
    let found = mentions(
        "Her lawyer, José Luis García Márquez, said she would appeal. García told reporters \
         the trial was unfair.",
    );
    has(&found, "García", "PERSON", "José Luis García Márquez");
}

/// An acronym of a name translated from another language keeps its initials in another
/// order: it still links to the English name.
#[test]
fn translated_acronyms_take_their_expansion() {
    let found = mentions(
        "The Geophysical Institute of Peru (IGP) measured it. The Portuguese Football \
         Federation (FPF) must register it.\n\nThe IGP and the FPF agreed.",
    );
    has(&found, "IGP", "ORG", "Geophysical Institute of Peru");
    has(&found, "FPF", "ORG", "Portuguese Football Federation");
    let found = mentions(
        "Inflation slowed, Statistics South Africa (Stats SA) said.\n\nStats SA revised it.",
    );
    has(&found, "Stats SA", "ORG", "Statistics South Africa");
}

/// Amounts in a currency written with a letter (`R17.92`) are no products, and neither are
/// other figures with the same letter; a word before a country names its agency.
#[test]
fn letter_currencies_and_agencies_named_after_countries() {
    let found = mentions(
        "The rand firmed to R17.92. A R2 million bond will save R330 a month, Statistics \
         South Africa said. A spokesperson for Health Canada agreed.",
    );
    assert!(
        !found
            .iter()
            .any(|(t, _, _)| t.starts_with('R') && t.len() <= 6),
        "{found:?}"
    );
    has(
        &found,
        "Statistics South Africa",
        "ORG",
        "Statistics South Africa",
    );
    has(&found, "Health Canada", "ORG", "Health Canada");
    let found = mentions(
        "Cocoa on ICE Futures Europe rose. It is twice as fast as its predecessor, the Swift 2.",
    );
    has(&found, "ICE Futures Europe", "ORG", "ICE Futures Europe");
    has(&found, "Swift 2", "PRODUCT", "Swift 2");
    let found = mentions(
        "He took $4.2 million from Petrobras Nigeria. The naira traded at N1,540 to the dollar.",
    );
    has(&found, "Petrobras Nigeria", "ORG", "Petrobras Nigeria");
    assert!(
        !found.iter().any(|(t, _, _)| t.starts_with("N1")),
        "{found:?}"
    );
    let found = mentions("The shilling traded at KSh129. The levy would raise KSh50 billion.");
    assert!(
        !found.iter().any(|(t, _, _)| t.starts_with("KSh")),
        "{found:?}"
    );
}

/// A club's form before its name (`CD`, `FC`) makes an organization whose name alone is its
/// short form; a region's adjective is no name; a built-in name starting a sentence is an
/// ordinary word when the article writes it in lower case too.
#[test]
fn club_forms_region_adjectives_and_words_written_lower() {
    let found = mentions(
        "Northbridge agreed a fee with CD Ravela for the striker. Ravela will also receive 10% \
         of any profit.\n\nFamilies in the Andean highlands lost their adobe homes. \"Adobe \
         homes are the problem,\" he said.",
    );
    has(&found, "Ravela", "ORG", "CD Ravela");
    let found = mentions(
        "Manchester City beat Aston Villa 3-0 on Saturday. Pep Guardiola was pleased. Villa \
         manager Unai Emery said his side lacked energy.",
    );
    has(&found, "Villa", "ORG", "Aston Villa");
    assert!(
        !found.iter().any(|(t, _, _)| t == "Andean" || t == "Adobe"),
        "{found:?}"
    );
}

/// The stop ending a sentence after a web address is not part of the name; a landform head
/// types an unknown place.
#[test]
fn web_addresses_keep_no_final_stop_and_landforms_are_places() {
    let found = mentions(
        "Prices rose, said the property website MyHome.ie. An infant from Grande Prairie was \
         treated.",
    );
    has(&found, "MyHome.ie", "ORG", "MyHome.ie");
    has(&found, "Grande Prairie", "PLACE", "Grande Prairie");
}

/// A brand's name before a product's, each also named alone, is a product of that brand: the
/// product alone links to it, the brand alone stays the company, and the product line with a
/// model word is a product too.
#[test]
fn brand_and_product_names_split() {
    let found = mentions(
        "The Zentaro Glide is here.\n\nZentaro just pulled the wraps off the Glide. The Glide \
         starts at $2,499, with a long-range Glide Max at $3,199. Dealers say Zentaro sold 18,000 \
         bikes.",
    );
    has(&found, "Zentaro Glide", "PRODUCT", "Zentaro Glide");
    has(&found, "Glide", "PRODUCT", "Zentaro Glide");
    has(&found, "Zentaro", "ORG", "Zentaro");
    has(&found, "Glide Max", "PRODUCT", "Glide Max");
}

#[test]
fn context_types_unknown_towns_people_and_joined_names() {
    // Invented text: none of these names is in the lexicon.
    let f = mentions(
        "Ruth Penhale, 52, of Trelowen, said the road between Sydney and Carvossa was shut. \
         Later it closed between Dunmere and Carvossa. Crews in Mount Kestrel or Harrowby \
         were told to leave, and one driver fled out of Polgooth. In the Kuramo district of \
         Lagos, baker Tolu Adeyemi, 41, said she stayed. Officers from Dyfed and Powys Police \
         and Bristol City Council searched the house. Results go to the Coastal and Marine \
         Science Conference next year.",
    );
    has(&f, "Ruth Penhale", "PERSON", "Ruth Penhale");
    has(&f, "Trelowen", "PLACE", "Trelowen");
    has(&f, "Dunmere", "PLACE", "Dunmere");
    has(&f, "Mount Kestrel", "PLACE", "Mount Kestrel");
    has(&f, "Harrowby", "PLACE", "Harrowby");
    has(&f, "Polgooth", "PLACE", "Polgooth");
    has(&f, "Kuramo", "PLACE", "Kuramo");
    has(&f, "Tolu Adeyemi", "PERSON", "Tolu Adeyemi");
    has(
        &f,
        "Dyfed and Powys Police",
        "ORG",
        "Dyfed and Powys Police",
    );
    has(&f, "Bristol City Council", "ORG", "Bristol City Council");
    has(
        &f,
        "Coastal and Marine Science Conference",
        "EVENT",
        "Coastal and Marine Science Conference",
    );
}

#[test]
fn unions_model_words_and_hyphenated_towns() {
    // Invented text: `Congress` after a union word, a model word after a known product, a
    // town with a lower-case word inside its hyphens.
    let f = mentions(
        "The Ghana Trades Union Congress called a strike. He bought a Range Rover Velar \
         last year and moved to a flat in Stratford-upon-Avon in May.",
    );
    has(
        &f,
        "Ghana Trades Union Congress",
        "ORG",
        "Ghana Trades Union Congress",
    );
    has(&f, "Range Rover Velar", "PRODUCT", "Range Rover Velar");
    has(&f, "Stratford-upon-Avon", "PLACE", "Stratford-upon-Avon");
}

#[test]
fn portfolios_before_minister_are_no_names() {
    // Invented text: the words before `Minister` name an office, not a body.
    let f = mentions(
        "Water and Sanitation Minister Dara Kelleher visited. Coastal Affairs Secretary \
         Imogen Tate and Kenya Health Minister Ruth Wanjiru spoke.",
    );
    let names: BTreeSet<&str> = f.iter().map(|(t, _, _)| t.as_str()).collect();
    for bad in [
        "Water",
        "Sanitation",
        "Coastal Affairs",
        "Water and Sanitation",
    ] {
        assert!(!names.contains(bad), "{bad} in {names:?}");
    }
    has(&f, "Dara Kelleher", "PERSON", "Dara Kelleher");
    has(&f, "Imogen Tate", "PERSON", "Imogen Tate");
    has(&f, "Kenya", "PLACE", "Kenya");
}

#[test]
fn datelines_link_and_at_yields_to_a_listed_place() {
    // Invented text: a dateline in capitals, then the town in title case; `at` before a name
    // listed with a known place.
    let f = mentions(
        "TREGARVON, England, May 2 (Newswire) - Flooding hit Tregarvon on Monday. Boats at \
         Porthgwidden and Tin Can Island were tied up.",
    );
    has(&f, "TREGARVON", "PLACE", "Tregarvon");
    has(&f, "Tregarvon", "PLACE", "Tregarvon");
    has(&f, "Porthgwidden", "PLACE", "Porthgwidden");
    // `at` still outweighs a speech verb: analysts at a firm.
    let f = mentions("Analysts at Capital Economics said prices would fall.");
    has(&f, "Capital Economics", "ORG", "Capital Economics");
}

#[test]
fn movement_from_a_name_makes_a_place() {
    // Invented text: unknown names after a verb of movement and `from`.
    let f = mentions(
        "The probe was launched from Wenchang Bay last spring. Families fled from Carrowmore \
         overnight, and a spokesman from Zindle declined to comment.",
    );
    has(&f, "Carrowmore", "PLACE", "Carrowmore");
    // `a spokesman from X` is no movement: the rules leave X to their default guess (which the
    // learned typer may then revise: in the corpus a `driver from X` is mostly from a place).
    let rules = claimex::entities::typer::with_model(None, || {
        mentions(
            "Families fled from Carrowmore overnight, and a spokesman from Zindle declined to \
             comment.",
        )
    });
    has(&rules, "Zindle", "ORG", "Zindle");
}

#[test]
fn residents_of_and_working_people_named_after_their_job() {
    // Invented text: a place noun starting the sentence before `of`; jobs before a name and
    // in an appositive.
    let f = mentions(
        "Residents of Castlecliff and Aramoho were told to leave. Shopkeeper Hemi Walker said \
         the water rose fast. Tevita Fifita, a fisherman, lost his boat.",
    );
    has(&f, "Castlecliff", "PLACE", "Castlecliff");
    has(&f, "Aramoho", "PLACE", "Aramoho");
    has(&f, "Hemi Walker", "PERSON", "Hemi Walker");
    has(&f, "Tevita Fifita", "PERSON", "Tevita Fifita");
}

#[test]
fn who_after_a_name_shaped_pair_makes_a_person() {
    // Invented text: an unfamiliar given name, then `, who`.
    let f = mentions("Oyelaran Bakare, who chairs the committee, disagreed with the plan.");
    has(&f, "Oyelaran Bakare", "PERSON", "Oyelaran Bakare");
}

#[test]
fn a_makers_name_then_a_model_word_is_a_product() {
    // Invented text: a known maker, then an unknown model word; a maker's country unit and
    // its legal name stay organizations.
    let f = mentions(
        "The Toyota Hilux sold best. Unilever Nigeria grew, and Samsung Electronics said \
         profit fell.",
    );
    has(&f, "Toyota Hilux", "PRODUCT", "Toyota Hilux");
    has(&f, "Unilever Nigeria", "ORG", "Unilever Nigeria");
    has(&f, "Samsung Electronics", "ORG", "Samsung Electronics");
}

#[test]
fn and_splits_before_of_inside_each_name() {
    // Invented text: two bodies joined by `and`, the second with an `of` of its own.
    let f =
        mentions("The Kaduna State Government and the Nigerian Union of Teachers met in Zaria.");
    has(
        &f,
        "Kaduna State Government",
        "ORG",
        "Kaduna State Government",
    );
    has(
        &f,
        "Nigerian Union of Teachers",
        "ORG",
        "Nigerian Union of Teachers",
    );
}

#[test]
fn cr_before_a_name_is_a_councillors_title() {
    // Invented text: New Zealand and Australian papers write `Cr` for a councillor.
    let f = mentions("Cr Mereana Tāwhiri-Holt backed the rise. Tāwhiri-Holt said leaks cost more.");
    has(&f, "Mereana Tāwhiri-Holt", "PERSON", "Mereana Tāwhiri-Holt");
}

#[test]
fn a_nickname_in_quote_marks_stays_inside_the_name() {
    // Invented text: a one-word nickname between a given name and the surname.
    let f = mentions(
        "Mayor Eduardo \"Dodong\" Villanueva-Cruz toured the shelters. Villanueva-Cruz said \
         more food was coming.",
    );
    has(
        &f,
        "Eduardo \"Dodong\" Villanueva-Cruz",
        "PERSON",
        "Eduardo \"Dodong\" Villanueva-Cruz",
    );
    // A quoted word after a word no list gives as a given name is left alone.
    let f = mentions("The Harbour \"Lantern\" Festival drew crowds in Galway.");
    assert!(!f.iter().any(|(t, _, _)| t.contains('"')), "{f:?}");
}

#[test]
fn odd_person_name_parts_stay_in_one_name() {
    // Invented text: a Korean family name that is an English word before an `Xx-xx` given name,
    // a description and a two-word nationality before names, a nickname of two words.
    let f = mentions(
        "Writer Oh Ji-hye won. The reigning Most Valuable Player Tomas \"The Hammer\" Ravello \
         scored, as did South African Pieter du Plessis.",
    );
    has(&f, "Oh Ji-hye", "PERSON", "Oh Ji-hye");
    has(
        &f,
        "Tomas \"The Hammer\" Ravello",
        "PERSON",
        "Tomas \"The Hammer\" Ravello",
    );
    has(&f, "Pieter du Plessis", "PERSON", "Pieter du Plessis");
    assert!(
        !f.iter()
            .any(|(t, _, _)| t.contains("Valuable") || t.contains("African")),
        "{f:?}"
    );
}
