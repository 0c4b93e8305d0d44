//! The loader never panics, and reports the right problem for each kind of mistake.

use proptest::prelude::*;
use unsc::bundled;
use unsc::scenario::{ProblemCode, load};

fn codes(text: &str) -> Vec<ProblemCode> {
    match load("test.toml", text) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(|p| p.code).collect(),
    }
}

const MINIMAL: &str = r#"
id = "x"
title = "A hypothetical"
date = 2024-01-15
status = "hypothetical"
council = 2024
[draft]
title = "Text"
[stances]
default = { vote = "yes" }
"#;

#[test]
fn a_minimal_hypothetical_loads() {
    assert_eq!(codes(MINIMAL), Vec::<ProblemCode>::new());
}

#[test]
fn one_line_texts_refuse_line_breaks_and_bidi_overrides() {
    for (from, to) in [
        ("A hypothetical", "A \\u202Ehypothetical"),
        ("A hypothetical", "A \\u2066hypothetical"),
        ("title = \"Text\"", "title = \"Text\\nover two lines\""),
        ("vote = \"yes\"", "vote = \"yes\", reason = \"\\u0007\""),
    ] {
        let text = MINIMAL.replacen(from, to, 1);
        assert_eq!(codes(&text), [ProblemCode::ForbiddenCharacter], "{text}");
    }
    let paragraph = MINIMAL.replacen(
        "vote = \"yes\"",
        "vote = \"yes\", reason = \"Two\\nlines,\\ttabbed\"",
        1,
    );
    assert_eq!(codes(&paragraph), []);
}

#[test]
fn each_mistake_gets_its_code() {
    let cases: &[(&str, &str, ProblemCode)] = &[
        ("", "", ProblemCode::MissingKey),
        ("", "id = \"x\"\n[", ProblemCode::TomlSyntax),
        (
            "council = 2024",
            "council = 1940",
            ProblemCode::UnknownRosterYear,
        ),
        (
            "council = 2024",
            "council = 2023",
            ProblemCode::RosterDateMismatch,
        ),
        (
            "status = \"hypothetical\"",
            "status = \"maybe\"",
            ProblemCode::InvalidValue,
        ),
        (
            "status = \"hypothetical\"",
            "status = \"historical\"",
            ProblemCode::MissingSource,
        ),
        (
            "default = { vote = \"yes\" }",
            "RUS = { vote = \"no\" }",
            ProblemCode::MissingStance,
        ),
        (
            "default = { vote = \"yes\" }",
            "default = { vote = \"yes\" }\nXXX = { vote = \"no\" }",
            ProblemCode::UnknownMember,
        ),
        (
            "default = { vote = \"yes\" }",
            "default = { vote = \"yes\" }\nrus = { vote = \"no\" }",
            ProblemCode::InvalidMemberCode,
        ),
        (
            "title = \"Text\"",
            "title = \"Text\"\npenholders = [\"ZZZ\"]",
            ProblemCode::UnknownMember,
        ),
        (
            "title = \"Text\"",
            "title = \"Text\"\nsource = \"somewhere\"",
            ProblemCode::InvalidSource,
        ),
        (
            "title = \"Text\"",
            "title = \"Text\"\n[[draft.provisions]]\nid = \"a\"\ntext = \"t\"\n[[draft.provisions]]\nid = \"a\"\ntext = \"u\"",
            ProblemCode::DuplicateProvision,
        ),
        ("id = \"x\"", "id = \"X Y\"", ProblemCode::InvalidText),
        (
            "id = \"x\"",
            "format = 2\nid = \"x\"",
            ProblemCode::UnsupportedFormat,
        ),
        (
            "id = \"x\"",
            "id = \"x\"\nwhatever = 1",
            ProblemCode::UnknownKey,
        ),
        (
            "council = 2024",
            "council = 2024\n[rules]\nthreshold = 0",
            ProblemCode::InvalidThreshold,
        ),
        (
            "council = 2024",
            "council = 2024\n[rules]\npreset = \"charter-1945\"",
            ProblemCode::CouncilRuleMismatch,
        ),
        ("council = 2024", "", ProblemCode::CouncilChoice),
        (
            "council = 2024",
            "[[member]]\ncode = \"AAA\"\nname = \"A\"\nseat = \"elected\"\n[rules]\nsize = 1",
            ProblemCode::InvalidThreshold,
        ),
    ];
    for (from, to, expected) in cases {
        let text = if from.is_empty() {
            (*to).to_owned()
        } else {
            MINIMAL.replacen(from, to, 1)
        };
        let found = codes(&text);
        assert!(
            found.contains(expected),
            "{expected:?} not in {found:?} for:\n{text}"
        );
    }
}

#[test]
fn each_stance_mistake_gets_its_code() {
    let stance_cases: &[(&str, ProblemCode)] = &[
        (
            "RUS = { p = { yes = 0.5, no = 0.6 } }",
            ProblemCode::InvalidOdds,
        ),
        (
            "RUS = { p = { yes = 1.5, no = -0.5 } }",
            ProblemCode::InvalidOdds,
        ),
        (
            "RUS = { follows = \"CHN\" }\nCHN = { follows = \"RUS\" }",
            ProblemCode::AlignmentCycle,
        ),
        ("RUS = { follows = \"RUS\" }", ProblemCode::AlignmentCycle),
        (
            "RUS = { vote = \"no\", with = { no-such-provision = \"yes\" } }",
            ProblemCode::UnknownProvision,
        ),
        (
            "RUS = { vote = \"no\", follows = \"CHN\" }",
            ProblemCode::AmbiguousStance,
        ),
        (
            "RUS = { reason = \"nothing else\" }",
            ProblemCode::AmbiguousStance,
        ),
    ];
    for (stance, expected) in stance_cases {
        let text = MINIMAL.replace(
            "default = { vote = \"yes\" }",
            &format!("default = {{ vote = \"yes\" }}\n{stance}"),
        );
        let found = codes(&text);
        assert!(
            found.contains(expected),
            "{expected:?} not in {found:?} for:\n{text}"
        );
    }
}

#[test]
fn each_variant_and_bloc_mistake_gets_its_code() {
    let variant_cases: &[(&str, ProblemCode)] = &[
        (
            "[[variant]]\nname = \"a\"\n[[variant]]\nname = \"a\"",
            ProblemCode::DuplicateVariant,
        ),
        (
            "[[variant]]\nname = \"a\"\ndrop = [\"nothing\"]",
            ProblemCode::UnknownProvision,
        ),
        (
            "[[variant]]\nname = \"a\"\nset = { XXX = \"yes\" }",
            ProblemCode::UnknownMember,
        ),
        (
            "[[variant]]\nname = \"a\"\nrules = { threshold = 99 }",
            ProblemCode::InvalidThreshold,
        ),
        (
            "[[bloc]]\nname = \"b\"\nmembers = [\"RUS\", \"ZZZ\"]\nlead = \"RUS\"",
            ProblemCode::UnknownMember,
        ),
    ];
    for (variant, expected) in variant_cases {
        let found = codes(&format!("{MINIMAL}{variant}\n"));
        assert!(
            found.contains(expected),
            "{expected:?} not in {found:?} for:\n{variant}"
        );
    }
}

#[test]
fn a_variant_may_seat_another_state_and_give_it_a_vote() {
    let text = format!(
        "{MINIMAL}[[variant]]\nname = \"latvia\"\nreplace = {{ SVN = \"LVA\" }}\nset = {{ LVA = \"no\" }}\n"
    );
    let scenario = load("t.toml", &text).expect("a valid variant");
    let variant = &scenario.variants[0];
    assert_eq!(variant.replace.len(), 1);
    assert_eq!(variant.replace[0].1.name, "Latvia");
    let what_if = unsc::sim::apply(&scenario, variant).expect("applies");
    let seat = what_if
        .council
        .index_of("LVA".parse().expect("code"))
        .expect("seated");
    assert_eq!(what_if.ballot().vote(seat), Some(unsc::model::Vote::No));
}

#[test]
fn an_explicit_council_with_a_duplicate_member_is_rejected() {
    let text = MINIMAL.replace(
        "council = 2024",
        "[[member]]\ncode = \"AAA\"\nname = \"A\"\nseat = \"permanent\"\n[[member]]\ncode = \"AAA\"\nname = \"A again\"\nseat = \"elected\"\n[rules]\nsize = 2\nthreshold = 1",
    );
    assert!(codes(&text).contains(&ProblemCode::DuplicateMember));
}

#[test]
fn an_explicit_custom_council_loads() {
    let text = MINIMAL.replace(
        "council = 2024",
        "[[member]]\ncode = \"AAA\"\nname = \"A\"\nseat = \"permanent\"\n[[member]]\ncode = \"BBB\"\nname = \"B\"\nseat = \"elected\"\n[[member]]\ncode = \"CCC\"\nname = \"C\"\nseat = \"elected\"\n[rules]\nsize = 3\nthreshold = 2",
    );
    let scenario = load("t.toml", &text).expect("a custom three-member Council loads");
    assert_eq!(scenario.council.len(), 3);
    assert!(scenario.rules.customised());
}

#[test]
fn an_oversized_file_is_refused_without_parsing() {
    let text = "#".repeat(unsc::scenario::MAX_FILE_BYTES + 1);
    assert_eq!(codes(&text), vec![ProblemCode::FileTooLarge]);
}

#[test]
fn deeply_nested_input_does_not_overflow_the_stack() {
    let text = format!("x = {}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(!codes(&text).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = load("fuzz.toml", &text);
    }

    /// Any bundled scenario (the index ranges over all of them), with text inserted or cut.
    #[test]
    fn mutated_bundled_scenarios_never_panic(which in 0..bundled::ALL.len(), cut in any::<prop::sample::Index>(), insert in "\\PC{0,12}") {
        let b = bundled::ALL[which];
        for text in crate::support::mutations(b.text, cut, &insert) {
            let _ = load(b.file_name, &text);
        }
    }
}

/// A hypothetical Council of 2024 on a draft in a dispute to which the United Kingdom is a
/// party: it votes against, everyone else in favour.
fn dispute_scenario(basis: &str) -> String {
    format!(
        r#"
id = "x"
title = "A hypothetical"
date = 2024-01-15
status = "hypothetical"
council = 2024
[rules]
dispute_parties = ["GBR"]
[draft]
title = "Text"
basis = "{basis}"
[stances]
default = {{ vote = "yes" }}
GBR = {{ vote = "no" }}
"#
    )
}

#[test]
fn a_permanent_partys_cast_negative_vote_stands_with_a_finding() {
    // Art. 27(3), proviso; practice: France's and the UK's negative votes on S/3710 (Suez,
    // 30 October 1956) stood. The votes count as cast; the finding says what abstaining would
    // have done.
    let scenario = load("test.toml", &dispute_scenario("chapter-vi")).expect("loads");
    let analysis = unsc::engine::analyse(&scenario);
    assert_eq!(analysis.resolution.outcome.as_str(), "vetoed");
    assert_eq!(
        analysis
            .resolution
            .if_parties_abstained
            .map(unsc::engine::Outcome::as_str),
        Some("adopted")
    );
    let text =
        unsc::render::render(&analysis, unsc::render::Format::Text).expect("an analysis has text");
    assert!(
        text.contains("Had it abstained, the draft would have been adopted."),
        "{text}"
    );
    assert!(
        unsc::render::to_json(&analysis)
            .unwrap()
            .contains("\"if_parties_abstained\": \"adopted\"")
    );
}

#[test]
fn under_chapter_vii_a_permanent_party_vetoes_without_a_finding() {
    // Art. 27(3): the proviso reaches decisions under Chapter VI and Art. 52(3) only.
    let scenario = load("test.toml", &dispute_scenario("chapter-vii")).expect("loads");
    let analysis = unsc::engine::analyse(&scenario);
    assert_eq!(analysis.resolution.outcome.as_str(), "vetoed");
    assert_eq!(analysis.resolution.if_parties_abstained, None);
    assert!(
        analysis
            .resolution
            .findings
            .iter()
            .all(|f| f.rule.code() != "obligatory-abstention")
    );
}

#[test]
fn dispute_parties_on_a_procedural_question_or_statement_are_a_problem() {
    // Art. 27(2) has no proviso, and a statement is agreed by consensus, not decided.
    for question in ["procedural", "statement", "preliminary"] {
        let text = MINIMAL.replace(
            "[draft]",
            &format!("[rules]\nquestion = \"{question}\"\ndispute_parties = [\"GBR\"]\n[draft]"),
        );
        assert_eq!(
            codes(&text),
            vec![ProblemCode::DisputePartiesWithoutProviso]
        );
    }
}

#[test]
fn the_veto_initiative_follows_only_a_veto_cast_on_a_draft() {
    // GA res. 76/262 (26 April 2022), para. 1: the Assembly meets after "a veto cast by one or
    // more permanent members"; not after a preliminary question or a custom rule set's block.
    let with_rules = |rules: &str| {
        MINIMAL
            .replace("[draft]", &format!("[rules]\n{rules}\n[draft]"))
            .replace(
                "default = { vote = \"yes\" }",
                "default = { vote = \"yes\" }\nRUS = { vote = \"no\" }",
            )
    };
    let initiative = |text: &str| {
        let scenario = load("test.toml", text).expect("loads");
        let analysis = unsc::engine::analyse(&scenario);
        assert_eq!(analysis.resolution.outcome.as_str(), "vetoed");
        analysis
            .resolution
            .findings
            .iter()
            .any(|f| f.rule.code() == "veto-initiative")
    };
    assert!(initiative(&with_rules("question = \"substantive\"")));
    assert!(!initiative(&with_rules(
        "question = \"preliminary\"\npreliminary = \"san-francisco-1945\""
    )));
    assert!(!initiative(&with_rules("veto = [\"RUS\", \"DZA\"]")));
}
