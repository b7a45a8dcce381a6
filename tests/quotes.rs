//! Integration tests of the quotes stage: the LlamaCon bar, through the library and the CLI.

use crate::util::{claimex, root};

const LLAMACON_QUOTE: &str = "We have thousands of developers contributing tens of thousands of \
derivative models being downloaded hundreds of thousands of times a month.";

#[test]
fn llamacon_has_one_quote_by_chris_cox() {
    let path = root().join("corpus/llamacon.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let record = claimex::extract_path(&path).unwrap();
    assert_eq!(record.quotes.len(), 1, "{:#?}", record.quotes);
    let q = &record.quotes[0];
    assert_eq!(q.text, LLAMACON_QUOTE);
    assert_eq!(q.speaker.as_deref(), Some("Chris Cox"));
    assert_eq!(q.speaker_title.as_deref(), Some("Chief Product Officer"));
    assert_eq!(q.speaker_span.unwrap().slice(&text), "Chris Cox");
    // The offsets run from the opening to the closing mark.
    assert!(text[q.start..].starts_with('“'));
    assert!(text[..q.end].ends_with('”'));
    assert_eq!(q.parts.len(), 1);
    assert_eq!(q.parts[0].slice(&text), LLAMACON_QUOTE);
    assert!(!q.unclosed);
}

#[test]
fn llamacon_quote_through_the_cli() {
    let out = claimex()
        .args(["extract", "corpus/llamacon.txt"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0]["text"], LLAMACON_QUOTE);
    assert_eq!(quotes[0]["speaker"], "Chris Cox");
    assert_eq!(quotes[0]["speaker_title"], "Chief Product Officer");
    assert!(quotes[0].get("unclosed").is_none(), "false is left out");
}

#[test]
fn interrupted_and_unclosed_quotes_in_a_record() {
    let text = "\"We will not wait,\" said Ms. Ana Ruiz, \"for the state to act.\"\n\n\
                Ruiz added: \"This one never closes.\n\nThe council met later.";
    let record = claimex::extract("-", text);
    assert_eq!(record.quotes.len(), 2, "{:#?}", record.quotes);
    assert_eq!(
        record.quotes[0].text,
        "We will not wait, for the state to act."
    );
    assert_eq!(record.quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(record.quotes[0].parts.len(), 2);
    assert!(record.quotes[1].unclosed);
    assert_eq!(record.quotes[1].speaker.as_deref(), Some("Ana Ruiz"));
    let v = serde_json::to_value(&record).unwrap();
    assert_eq!(v["quotes"][1]["unclosed"], true);
}

#[test]
fn a_file_of_quote_marks_is_fine() {
    let text = "\"“”‘’'".repeat(50_000);
    let record = claimex::extract("-", &text);
    assert!(record.quotes.len() < 10);
}

#[test]
fn organization_named_in_full_with_a_short_form_speaks_by_its_canonical_name() {
    let text = "The Department for Education (DfE) said tutoring was 'now firmly embedded' in \
                schools.";
    let record = claimex::extract("-", text);
    assert_eq!(record.quotes.len(), 1, "{:#?}", record.quotes);
    assert_eq!(record.quotes[0].text, "now firmly embedded");
    assert_eq!(
        record.quotes[0].speaker.as_deref(),
        Some("Department for Education")
    );
}

/// The speaker of each quotation in `text`, in order.
fn speakers(text: &str) -> Vec<Option<String>> {
    claimex::extract("-", text)
        .quotes
        .into_iter()
        .map(|q| q.speaker)
        .collect()
}

#[test]
fn a_title_alone_refers_to_whom_the_article_gave_it_before_the_name() {
    let text = "The union secretary, Dorota Wilk, said talks had stalled. \"We are not moving,\" \
                the secretary said.";
    assert_eq!(speakers(text), [Some("Dorota Wilk".to_string())]);
}

#[test]
fn a_first_surname_alone_is_the_person_named_in_full() {
    let text = "Health Minister Carmen Vargas Ledesma visited the clinic on Friday.\n\n\
                \"We need more nurses,\" Vargas told reporters.";
    assert_eq!(speakers(text), [Some("Carmen Vargas Ledesma".to_string())]);
}

#[test]
fn a_clause_after_the_cue_is_no_speaker_and_an_age_does_not_hide_the_name() {
    let text = "Tomas Brandt, 52, whose shop flooded twice last winter, said the week had been \
                \"the hardest of my career.\"";
    assert_eq!(speakers(text), [Some("Tomas Brandt".to_string())]);
    let text = "Neighbours said the night was \"long and loud.\"";
    assert_ne!(speakers(text), [Some("the night was".to_string())]);
}

#[test]
fn a_quotation_after_a_sentence_naming_someone_is_theirs_not_the_last_speakers() {
    let text = "\"It was chaos,\" said Greta Olsen, a nurse.\n\n\
                Mayor Paul Ricci said the city would help. Ricci urged residents to stay calm. \
                \"Help is on the way, and the shelters are open tonight.\"";
    assert_eq!(
        speakers(text),
        [
            Some("Greta Olsen".to_string()),
            Some("Paul Ricci".to_string())
        ]
    );
}

#[test]
fn she_means_the_woman_named_last_even_with_an_accent_or_a_rarer_given_name() {
    let text = "\"Supply is the problem,\" said Niamh Keane, an analyst at Ardmore.\n\n\
                Inés Morales, 31, a teacher, has lost four bids since May. \"It wears you down,\" \
                she said.\n\n\
                Keane said rents would keep rising. \"If I had to guess,\" she said, \"higher.\"";
    assert_eq!(
        speakers(text),
        [
            Some("Niamh Keane".to_string()),
            Some("Inés Morales".to_string()),
            Some("Niamh Keane".to_string())
        ]
    );
}

#[test]
fn a_spokesman_for_an_organization_with_a_possessive_in_its_name_is_the_speaker() {
    let text = "A spokeswoman for the Riverside Tenants' Union said members were \"angry, and \
                ready to march if nothing changes.\"";
    assert_eq!(
        speakers(text),
        [Some(
            "a spokeswoman for the Riverside Tenants' Union".to_string()
        )]
    );
}

#[test]
fn a_title_before_a_name_without_a_comma_is_given_to_that_name() {
    let text = "Zentova chief executive Ivo Brandt said sales rose. \
\"We are busy,\" the chief executive said, \"and we are hiring.\"\n";
    assert_eq!(speakers(text), [Some("Ivo Brandt".to_string())]);
}

#[test]
fn a_role_then_a_name_in_apposition_after_the_cue_is_that_name() {
    let text = "The driver denies the charge. \"My client is innocent,\" said his lawyer, \
Teodor Vasko, \"and we will show it.\"\n";
    assert_eq!(speakers(text), [Some("Teodor Vasko".to_string())]);
}

#[test]
fn a_road_is_never_the_speaker_a_pronoun_means() {
    let text = "Dae-ho Kwon, who runs a bakery on Bernard Highway, said sales fell. \
\"We were robbed twice,\" he said.\n";
    assert_eq!(speakers(text), [Some("Dae-ho Kwon".to_string())]);
}

#[test]
fn a_short_aside_in_parentheses_does_not_split_an_interrupted_quotation() {
    let text = "\"The yard is full,\" said Mira Tallis, head of the Dockers Guild (DG), \
\"and the lorries wait.\"\n";
    let record = claimex::extract("-", text);
    assert_eq!(record.quotes.len(), 1, "{:#?}", record.quotes);
    assert_eq!(record.quotes[0].speaker.as_deref(), Some("Mira Tallis"));
}

#[test]
fn a_description_naming_an_organization_stays_one_past_an_apposition() {
    let text = "A spokesman for Velmora, the older rail operator, said its depots were \
\"nearly full\".\n";
    assert_eq!(
        speakers(text),
        [Some("a spokesman for Velmora".to_string())]
    );
}

/// Back-references through the whole pipeline (entities included), on an invented wire story:
/// a title before its organization, a relation named with one word, a described speaker a
/// pronoun refers to, a one-word surname of a name the entities stage may type otherwise.
#[test]
fn back_references_resolve_through_the_pipeline() {
    let text = "Port chief quits\n\n\
MOMBASA, Nov 26 (Newswire) - The chief executive of the Pwani Harbour Board, Wanjiru Kamau, \
resigned on Tuesday.\n\n\
\"I served with honour,\" the chief executive said.\n\n\
A harbour spokesman said the board would meet. \"We will name a successor,\" he said.\n\n\
Outside the court, her husband, Baraka, wept. \"They broke her,\" he said.\n\n\
Nguyen Van Tran, a shipping agent, was unmoved. \"Business goes on,\" Tran said.\n";
    let record = claimex::extract("-", text);
    let got: Vec<(&str, Option<&str>)> = record
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("I served with honour,", Some("Wanjiru Kamau")),
            ("We will name a successor,", Some("a harbour spokesman")),
            ("They broke her,", Some("Baraka")),
            ("Business goes on,", Some("Nguyen Van Tran")),
        ]
    );
}

/// Round 16's speaker rules through the whole pipeline (the entities stage's mentions
/// included), on invented text: a described person opening a sentence with no cue, a quotation
/// introduced by `In her words:`, a court that ruled, a relation inside a quotation.
#[test]
fn described_openers_owned_words_rulings_and_relations_in_a_record() {
    let text = "Lake quota row deepens\n\n\
                A spokeswoman for the Syndicat Régional des Pêcheurs de Haute-Lande rejected the \
                accusation. \"Our boats carry observers,\" she said.\n\n\
                Dalia Fenwick, an analyst at Tarrow Water, said prices would rise. In her words: \
                \"Somebody pays for every litre.\"\n\n\
                The Court of Appeal of the Northern Isles ruled in April that the state had \
                broken the law by selling nationality \"in exchange for fixed payments.\"\n\n\
                Ama Boateng, 41, said her eldest son had gone into the shaft at dawn.\n\n\
                \"He told me, 'One more week and I will buy the van,'\" she said.";
    let record = claimex::extract("-", text);
    let speakers: Vec<(&str, Option<&str>)> = record
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    let d = "a spokeswoman for the Syndicat Régional des Pêcheurs de Haute-Lande";
    assert_eq!(
        speakers,
        [
            ("Our boats carry observers,", Some(d)),
            ("Somebody pays for every litre.", Some("Dalia Fenwick")),
            (
                "in exchange for fixed payments.",
                Some("Court of Appeal of the Northern Isles")
            ),
            (
                "He told me, 'One more week and I will buy the van,'",
                Some("Ama Boateng")
            ),
            (
                "One more week and I will buy the van,",
                Some("her eldest son")
            ),
        ]
    );
}

/// Invented text: a participle cue (`saying`) gives a quoted fragment to the clause's subject,
/// even behind a portfolio of two fields joined by `and`; a Kalenjin `arap` and a Dutch `van
/// der` stay inside the speaker's name, the latter also when it opens the attribution after
/// the quotation.
#[test]
fn saying_particles_and_a_particle_after_the_quote() {
    let text = "Trade and Industry Cabinet Secretary Wanjiru Kamau Otieno defended the tariff, \
                saying the treasury could not \"keep paying for other people's mistakes\".\n\n\
                \"We waited long enough,\" said Daniel Kiprop arap Chelimo, the union's \
                chairman.\n\n\
                Pieter van den Broek, who co-founded the firm, spoke next.\n\n\
                \"It is the first one I would sign,\" van den Broek, the chief technology \
                officer, said.";
    assert_eq!(
        speakers(text),
        [
            Some("Wanjiru Kamau Otieno".to_string()),
            Some("Daniel Kiprop arap Chelimo".to_string()),
            Some("Pieter van den Broek".to_string()),
        ]
    );
}

/// Invented text: a capitalized role opening the sentence (`Substitute`, `Grower`, South
/// Africa's `MMC`) is no part of the name, and a Filipino `dela` stays inside it.
#[test]
fn capitalized_roles_before_a_name_and_dela() {
    let text = "Substitute Rafael Ortega-Luna scored late. \"I just ran at the ball,\" \
                Ortega-Luna said.\n\n\
                Finance MMC Nomvula Dube-Khumalo told councillors the budget was tight. \"We do \
                not set the price,\" Dube-Khumalo said.\n\n\
                \"The rest is under water,\" said Ana Marie dela Peña-Ramos, a rice farmer.";
    assert_eq!(
        speakers(text),
        [
            Some("Rafael Ortega-Luna".to_string()),
            Some("Nomvula Dube-Khumalo".to_string()),
            Some("Ana Marie dela Peña-Ramos".to_string()),
        ]
    );
}

/// Invented text: a nickname in quote marks inside a name is no quotation, even right after a
/// quotation's attribution.
#[test]
fn a_nickname_inside_a_name_is_no_quotation() {
    let text = "\"We have not reached the coastal villages,\" Governor Eduardo \"Dodong\" \
                Villanueva-Cruz told reporters in the capital. \"I expect the numbers to rise.\"";
    let record = claimex::extract("-", text);
    let quotes: Vec<&str> = record.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "We have not reached the coastal villages,",
            "I expect the numbers to rise."
        ]
    );
}
