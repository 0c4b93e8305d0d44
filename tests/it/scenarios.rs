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
