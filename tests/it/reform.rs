//! Reform presets end to end: what-ifs that seat new members, and veto restraint.

use crate::support::{json, stdout, unsc};
use serde_json::Value;

const MALI: &str = "2023-08-30-mali-sanctions-france-uae";
const ATROCITY: &str = "tests/fixtures/reform/atrocity-draft.toml";
const G4_COUNCIL: &str = "tests/fixtures/reform/g4-council.toml";

fn whatif_json(args: &[&str]) -> Value {
    json::<Value>(&[["whatif"].as_slice(), args, &["--format", "json"]].concat())
}

#[test]
fn the_russian_veto_survives_every_enlargement() {
    for preset in ["g4", "uniting-for-consensus", "ezulwini"] {
        let report = whatif_json(&[MALI, "--rules", preset]);
        assert_eq!(report["reach"]["kind"], "impossible", "{preset}");
        assert_eq!(report["reach"]["outcome"], "vetoed", "{preset}");
        assert_eq!(report["reach"]["blocked_by"][0], "RUS", "{preset}");
        assert_eq!(report["threshold_modelled"], true, "{preset}");
        assert!(!report["sources"].as_array().expect("sources").is_empty());
    }
}

#[test]
fn other_changes_apply_before_the_new_seats_are_counted() {
    // With Russia abstaining, 13 votes: two of the new seats would carry it under the G4
    // model (15 of 25).
    let report = whatif_json(&[MALI, "--set", "RUS=abstain", "--rules", "g4"]);
    assert_eq!(report["reach"]["kind"], "needs");
    assert_eq!(report["reach"]["new_seats_in_favour"], 2);
    assert_eq!(report["reach"]["new_vetoes_must_not_vote_no"], false);
    assert_eq!(report["seats"], 25);
    assert_eq!(report["required_yes"], 15);
}

#[test]
fn under_ezulwini_a_unanimous_council_still_needs_the_new_seats() {
    // Resolution 2690 (2023) passed 15-0-0; 26 seats need 16, and six new members would hold
    // a veto.
    let report = whatif_json(&["2023-06-30-minusma-termination", "--rules", "ezulwini"]);
    assert_eq!(report["reach"]["kind"], "needs");
    assert_eq!(report["reach"]["new_seats_in_favour"], 1);
    assert_eq!(report["reach"]["new_vetoes_must_not_vote_no"], true);
    let g4 = whatif_json(&["2023-06-30-minusma-termination", "--rules", "g4"]);
    assert_eq!(g4["reach"]["kind"], "assured");
}

#[test]
fn veto_restraint_lifts_the_veto_only_on_drafts_about_mass_atrocities() {
    let restrained: Value = json(&["run", ATROCITY, "--format", "json"]);
    assert_eq!(restrained["outcome"], "adopted");
    let charter = whatif_json(&[ATROCITY, "--variant", "charter"]);
    assert_eq!(charter["variant"]["outcome"], "vetoed");
    // The Mali sanctions draft is not about mass atrocities: the veto stands.
    let mali = whatif_json(&[MALI, "--rules", "veto-restraint"]);
    assert_eq!(mali["variant"]["outcome"], "vetoed");
}

#[test]
fn unknown_presets_list_every_preset() {
    let out = unsc()
        .args(["whatif", MALI, "--rules", "g5"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    // The report wraps long lines: compare without the wrapping.
    let text: String = String::from_utf8(out)
        .expect("utf-8")
        .split(|c: char| c.is_whitespace() || c == '|')
        .collect();
    for preset in ["g4", "uniting-for-consensus", "ezulwini", "veto-restraint"] {
        assert!(text.contains(preset), "{text}");
    }
}

#[test]
fn a_scenario_may_seat_the_enlarged_council_itself() {
    let text = stdout(&["run", G4_COUNCIL]);
    assert!(
        text.contains("rules: g4 (threshold 15 modelled: 60% of the seats)"),
        "{text}"
    );
    // A new permanent member without the veto votes against: it is not a veto.
    assert!(text.contains("ADOPTED"), "{text}");
    let report: Value = json(&["simulate", G4_COUNCIL, "--format", "json"]);
    assert_eq!(report["method"], "exact", "{report}");
}

#[test]
fn power_of_a_draft_on_mass_atrocities_under_restraint_has_no_veto() {
    let report: Value = json(&["power", ATROCITY, "--format", "json"]);
    let members = report["members"].as_array().expect("members");
    assert_eq!(members.len(), 15);
    assert!(members.iter().all(|m| m["veto"] == false), "{report}");
}
