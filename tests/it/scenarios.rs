//! Every bundled scenario loads, resolves, and matches its record.

use unsc::bundled;
use unsc::engine::{Outcome, analyse};
use unsc::model::Status;
use unsc::scenario::load;

#[test]
fn there_are_bundled_scenarios() {
    assert!(bundled::ALL.len() >= 3);
}

#[test]
fn every_bundled_scenario_loads_and_its_id_is_its_file_name() {
    for b in bundled::ALL {
        let scenario =
            load(b.file_name, b.text).unwrap_or_else(|e| panic!("{}: {e:?}", b.file_name));
        assert_eq!(scenario.meta.id, b.stem());
    }
}

#[test]
fn every_historical_scenario_replays_its_record_exactly() {
    for b in bundled::ALL {
        let scenario = load(b.file_name, b.text).expect("loads");
        let analysis = analyse(&scenario);
        if scenario.meta.status == Status::Historical {
            let check = analysis
                .record
                .as_ref()
                .expect("historical scenarios carry a record");
            assert!(check.matches(), "{}: {check:?}", b.file_name);
        }
    }
}

fn outcome_of(id: &str) -> (Outcome, unsc::engine::Tally) {
    let b = bundled::find(id).expect("bundled");
    let scenario = load(b.file_name, b.text).expect("loads");
    let analysis = analyse(&scenario);
    (analysis.resolution.outcome, analysis.resolution.tally)
}

#[test]
fn the_france_uae_draft_is_vetoed_13_1_1() {
    let (outcome, tally) = outcome_of("2023-08-30-mali-sanctions-france-uae");
    assert_eq!(outcome.as_str(), "vetoed");
    assert_eq!(
        (tally.yes, tally.no, tally.abstain, tally.absent),
        (13, 1, 1, 0)
    );
}

#[test]
fn the_russian_draft_fails_1_1_13_and_is_not_a_veto() {
    let (outcome, tally) = outcome_of("2023-08-30-mali-sanctions-russia");
    assert_eq!(outcome, Outcome::Failed);
    assert_eq!(
        (tally.yes, tally.no, tally.abstain, tally.absent),
        (1, 1, 13, 0)
    );
}

#[test]
fn minusma_is_terminated_unanimously() {
    let (outcome, tally) = outcome_of("2023-06-30-minusma-termination");
    assert_eq!(outcome, Outcome::Adopted);
    assert_eq!(tally.yes, 15);
}

/// A landmark vote as its sources state it: id, outcome, (yes, no, abstain, absent), veto.
type Landmark = (
    &'static str,
    &'static str,
    (usize, usize, usize, usize),
    &'static [&'static str],
);

const LANDMARKS: [Landmark; 17] = [
    (
        "1950-06-27-korea-resolution-83",
        "adopted",
        (7, 1, 0, 1),
        &[],
    ),
    (
        "1990-11-29-iraq-kuwait-resolution-678",
        "adopted",
        (12, 2, 1, 0),
        &[],
    ),
    (
        "2011-03-17-libya-resolution-1973",
        "adopted",
        (10, 0, 5, 0),
        &[],
    ),
    (
        "2011-10-04-syria-double-veto",
        "vetoed",
        (9, 2, 4, 0),
        &["CHN", "RUS"],
    ),
    (
        "2013-04-25-minusma-established",
        "adopted",
        (15, 0, 0, 0),
        &[],
    ),
    ("2014-06-25-minusma-renewal", "adopted", (15, 0, 0, 0), &[]),
    (
        "2014-12-30-palestine-draft-fails",
        "failed",
        (8, 2, 5, 0),
        &[],
    ),
    (
        "2016-12-23-resolution-2334-settlements",
        "adopted",
        (14, 0, 1, 0),
        &[],
    ),
    (
        "2017-02-28-syria-chemical-weapons-sanctions",
        "vetoed",
        (9, 3, 3, 0),
        &["CHN", "RUS"],
    ),
    (
        "2017-09-05-mali-sanctions-established",
        "adopted",
        (15, 0, 0, 0),
        &[],
    ),
    (
        "2022-02-25-ukraine-aggression-veto",
        "vetoed",
        (11, 1, 3, 0),
        &["RUS"],
    ),
    (
        "2022-02-27-ukraine-emergency-special-session",
        "adopted",
        (11, 1, 3, 0),
        &[],
    ),
    ("2022-06-29-minusma-renewal", "adopted", (13, 0, 2, 0), &[]),
    (
        "2022-08-30-mali-sanctions-renewal",
        "adopted",
        (15, 0, 0, 0),
        &[],
    ),
    (
        "2022-09-30-ukraine-referenda-veto",
        "vetoed",
        (10, 1, 4, 0),
        &["RUS"],
    ),
    (
        "2023-12-08-gaza-ceasefire-veto",
        "vetoed",
        (13, 1, 1, 0),
        &["USA"],
    ),
    (
        "2024-03-25-gaza-ceasefire-resolution-2728",
        "adopted",
        (14, 0, 1, 0),
        &[],
    ),
];

/// Resolution 83 (1950): "Deux des membres (Egypte, Inde) n'ont pas participé au vote; un des
/// membres (URSS) était absent" (S/RES/83 (1950), note 2): non-participation is recorded apart
/// from absence, and the record check compares the tallies too.
#[test]
fn korea_1950_records_two_members_not_participating() {
    let b = bundled::find("1950-06-27-korea-resolution-83").expect("bundled");
    let scenario = load(b.file_name, b.text).expect("loads");
    let analysis = analyse(&scenario);
    assert_eq!(analysis.resolution.tally.not_participating, 2);
    assert_eq!(analysis.resolution.tally.absent, 1);
    let check = analysis.record.expect("a record");
    assert!(check.tally_matches && check.matches());
    assert_eq!(check.recorded_tally, Some(analysis.resolution.tally));
}

/// The landmark votes as the sources state them: outcome, tally, and who cast the veto.
#[test]
fn the_landmark_votes_keep_their_recorded_tallies() {
    for (id, outcome, counts, vetoed_by) in LANDMARKS {
        let b = bundled::find(id).unwrap_or_else(|| panic!("{id} is bundled"));
        let scenario = load(b.file_name, b.text).expect("loads");
        let analysis = analyse(&scenario);
        let r = &analysis.resolution;
        assert_eq!(r.outcome.as_str(), outcome, "{id}");
        assert_eq!(
            (r.tally.yes, r.tally.no, r.tally.abstain, r.tally.absent),
            counts,
            "{id}"
        );
        let codes: Vec<&str> = r
            .outcome
            .vetoed_by()
            .iter()
            .map(|i| scenario.council.member(i).code.as_str())
            .collect();
        assert_eq!(codes, vetoed_by, "{id}");
    }
}

#[test]
fn there_are_at_least_twenty_historical_scenarios() {
    let historical = bundled::ALL
        .iter()
        .filter(|b| load(b.file_name, b.text).expect("loads").meta.status == Status::Historical)
        .count();
    assert!(historical >= 20, "{historical}");
}

fn analysed(id: &str) -> unsc::model::Scenario {
    let b = bundled::find(id).unwrap_or_else(|| panic!("{id} is bundled"));
    load(b.file_name, b.text).expect("loads")
}

/// A statement blocked by two permanent members is blocked, not vetoed; one objection is
/// enough; and the same positions on a resolution would be a veto.
#[test]
fn the_ecowas_press_statement_is_blocked_not_vetoed() {
    use unsc::sim::apply;
    let scenario = analysed("2022-01-11-mali-ecowas-press-statement");
    let analysis = analyse(&scenario);
    let code = |i: usize| scenario.council.member(i).code.as_str().to_owned();
    let blockers: Vec<String> = analysis
        .resolution
        .outcome
        .blocked_by()
        .iter()
        .map(code)
        .collect();
    assert_eq!(blockers, ["CHN", "RUS"]);
    assert!(analysis.resolution.outcome.vetoed_by().is_empty());
    assert!(analysis.record.as_ref().expect("record").matches());

    let only_russia = apply(
        &scenario,
        scenario
            .variants
            .iter()
            .find(|v| v.name == "china-does-not-object")
            .expect("variant"),
    )
    .expect("applies");
    let outcome = analyse(&only_russia).resolution.outcome;
    assert_eq!(outcome.as_str(), "blocked");
    assert_eq!(
        outcome.blocked_by().iter().map(code).collect::<Vec<_>>(),
        ["RUS"]
    );

    let resolution = apply(
        &scenario,
        scenario
            .variants
            .iter()
            .find(|v| v.name == "if-it-were-a-resolution")
            .expect("variant"),
    )
    .expect("applies");
    assert!(matches!(
        analyse(&resolution).resolution.outcome,
        Outcome::Vetoed(_)
    ));
}

/// The preliminary vote of 1948 is decided as non-procedural, so the Soviet Union's negative
/// vote blocks it; taken as procedural, the same votes carry it.
#[test]
fn laos_1959_decides_the_preliminary_question_by_a_procedural_vote() {
    // Rule 30 and S/PV.848 (7 September 1959): the draft was found procedural 10-1 (USSR)
    // and the President upheld the finding; under the 1945 reading the USSR would have vetoed.
    use unsc::sim::apply;
    let scenario = analysed("1959-09-07-laos-preliminary-question");
    let analysis = analyse(&scenario);
    assert!(analysis.resolution.outcome.is_adopted());
    assert!(
        analysis
            .record
            .as_ref()
            .is_some_and(unsc::engine::RecordCheck::matches)
    );
    let read_1945 = apply(
        &scenario,
        scenario
            .variants
            .iter()
            .find(|v| v.name == "san-francisco-reading")
            .expect("variant"),
    )
    .expect("applies");
    assert_eq!(analyse(&read_1945).resolution.outcome.as_str(), "vetoed");
}

#[test]
fn the_1948_preliminary_question_is_subject_to_the_veto() {
    use unsc::sim::apply;
    let scenario = analysed("1948-05-24-czechoslovakia-preliminary-question");
    let analysis = analyse(&scenario);
    let r = &analysis.resolution;
    assert_eq!((r.tally.yes, r.tally.no, r.tally.abstain), (8, 2, 1));
    let vetoers: Vec<&str> = r
        .outcome
        .vetoed_by()
        .iter()
        .map(|i| scenario.council.member(i).code.as_str())
        .collect();
    assert_eq!(vetoers, ["SUN"]);
    assert_eq!(r.findings[0].rule.code(), "preliminary-question-1945");
    let procedural = apply(
        &scenario,
        scenario
            .variants
            .iter()
            .find(|v| v.name == "if-it-were-procedural")
            .expect("variant"),
    )
    .expect("applies");
    assert!(analyse(&procedural).resolution.outcome.is_adopted());
}

/// A statement is agreed or blocked by consensus, not voted (Sievers and Daws, ch. 7): the
/// explanation speaks of objections, never of votes in favour or a tally like 13-0-2.
#[test]
fn a_statement_is_explained_in_the_language_of_consensus() {
    let scenario = analysed("2022-01-11-mali-ecowas-press-statement");
    let text = unsc::render::render(&analyse(&scenario), unsc::render::Format::Text)
        .expect("an analysis has text");
    assert!(
        text.contains("Objected: China, Russian Federation"),
        "{text}"
    );
    assert!(
        text.contains("the statement would have been agreed"),
        "{text}"
    );
    for vote_language in ["In favour:", "Against:", "13-0-2", "adopted"] {
        assert!(!text.contains(vote_language), "{vote_language} in {text}");
    }
}

/// With uncertain votes, `run` shows each member's most likely vote, says so, and points to
/// `simulate` for the probability of the outcome (issue 15: a 50/50 veto is not "adopted").
#[test]
fn a_probabilistic_run_says_it_shows_the_most_likely_votes() {
    let scenario = analysed("2023-08-30-mali-sanctions-odds");
    let analysis = analyse(&scenario);
    let text =
        unsc::render::render(&analysis, unsc::render::Format::Text).expect("an analysis has text");
    assert!(text.starts_with("S/2023/638"), "{text}");
    assert!(
        text.contains("Most likely votes") && text.contains("unsc simulate"),
        "{text}"
    );
    assert!(
        unsc::render::to_json(&analysis)
            .unwrap()
            .contains("\"most_likely_votes\": true")
    );
}
