//! ICJ elections end to end: every bundled round pinned and matching its record, the rule
//! codes documented, and every command for votes refusing an election with exit code 1.

use unsc::engine::resolve_election;
use unsc::render::{Format, render};

use crate::support::{assert_pinned, mutations, stderr_of, unsc};

#[test]
fn every_bundled_election_is_pinned_and_matches_its_record() {
    assert!(!unsc::bundled::ELECTIONS.is_empty());
    for bundled in unsc::bundled::ELECTIONS {
        let election =
            unsc::scenario::load_election(bundled.file_name, bundled.text).expect("loads");
        let round = resolve_election(&election);
        assert_eq!(round.matches_record, Some(true), "{}", bundled.stem());
        assert_pinned(
            &round,
            "elections",
            bundled.stem(),
            &[Format::Text, Format::Json, Format::Markdown],
        );
    }
}

#[test]
fn commands_for_votes_refuse_an_election_with_exit_code_1() {
    let id = "2018-06-22-icj-vacancy-iwasawa";
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.html");
    let report = report.to_str().expect("UTF-8");
    let commands: [&[&str]; 6] = [
        &["whatif", id, "--set", "USA=no"],
        &["simulate", id],
        &["compromise", id],
        &["exercise", id],
        &["worksheet", id],
        &["report", id, "--output", report],
    ];
    for args in commands {
        let stderr = stderr_of(args, 1);
        assert!(stderr.contains("election-not-a-vote"), "{args:?}: {stderr}");
    }
}

#[test]
fn power_measures_an_election_as_a_majority_game_without_veto() {
    let text = crate::support::json::<serde_json::Value>(&[
        "power",
        "2018-06-22-icj-vacancy-iwasawa",
        "--format",
        "json",
    ])
    .to_string();
    assert!(
        text.contains("an absolute majority of 8 of 15, no veto"),
        "{text}"
    );
    assert!(!text.contains("\"veto\":true"), "{text}");
    for refused in [["--rules", "charter"], ["--index", "ternary"]] {
        unsc()
            .args(["power", "2018-06-22-icj-vacancy-iwasawa"])
            .args(refused)
            .assert()
            .code(1);
    }
}

#[test]
fn run_and_check_read_an_election() {
    unsc()
        .args(["check", "scenarios/elections"])
        .assert()
        .success();
    unsc()
        .args(["run", "2018-06-22-icj-vacancy-iwasawa", "--format", "json"])
        .assert()
        .success();
}

#[test]
fn the_template_loads_and_its_ballots_are_labelled_hypothetical() {
    let election =
        unsc::scenario::load_election("icj_election.toml", unsc::scenario::templates::ICJ_ELECTION)
            .expect("the template loads");
    let text = render(&resolve_election(&election), Format::Text).expect("text");
    assert!(text.contains("HYPOTHETICAL"));
    assert!(text.contains("hypothetical: the real ballot is secret"));
    assert!(text.contains("leaving a name off is no veto"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Elections cut or spliced anywhere load or report problems; they never panic, and
    /// whatever loads resolves and renders.
    #[test]
    fn mutated_elections_never_panic(
        which in 0usize..4,
        cut in proptest::prelude::any::<proptest::sample::Index>(),
        insert in "\\PC{0,12}",
    ) {
        let texts: Vec<&str> = unsc::bundled::ELECTIONS
            .iter()
            .map(|b| b.text)
            .chain([unsc::scenario::templates::ICJ_ELECTION])
            .collect();
        for candidate in mutations(texts[which % texts.len()], cut, &insert) {
            if let Ok(unsc::scenario::Document::Election(election)) =
                unsc::scenario::load_document("fuzz.toml", &candidate)
            {
                let round = resolve_election(&election);
                for format in [Format::Text, Format::Json, Format::Markdown] {
                    let _ = render(&round, format);
                }
            }
        }
    }
}

/// A strict mirror of the election JSON (docs/json.md, `unsc run ELECTION --format json`).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(
    dead_code,
    reason = "the fields are read to check the contract's shape"
)]
struct ElectionJson {
    schema_version: u32,
    kind: String,
    id: String,
    title: String,
    date: String,
    status: String,
    council_size: usize,
    round: usize,
    vacancies: usize,
    absolute_majority: usize,
    ballots: String,
    candidates: Vec<CandidateJson>,
    outcome: String,
    with_majority: Vec<String>,
    findings: Vec<FindingJson>,
    record_matches: Option<bool>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(
    dead_code,
    reason = "the fields are read to check the contract's shape"
)]
struct CandidateJson {
    name: String,
    nationality: String,
    votes: usize,
    absolute_majority: bool,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(
    dead_code,
    reason = "the fields are read to check the contract's shape"
)]
struct FindingJson {
    rule: String,
    citation: String,
    candidates: Vec<String>,
    detail: String,
}

#[test]
fn the_election_json_reads_back_into_its_documented_shape() {
    let election =
        unsc::scenario::load_election("icj_election.toml", unsc::scenario::templates::ICJ_ELECTION)
            .expect("the template loads");
    let json = render(&resolve_election(&election), Format::Json).expect("JSON");
    let read: ElectionJson = serde_json::from_str(&json).expect("the documented shape");
    assert_eq!(
        (
            read.schema_version,
            read.kind.as_str(),
            read.ballots.as_str()
        ),
        (1, "icj-election", "marked")
    );
    assert_eq!(read.absolute_majority, 8);
    assert_eq!(read.with_majority, ["A. Jurist", "C. Jurist"]);
    assert_eq!(read.outcome, "filled");
    let rules: Vec<&str> = read.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(
        rules,
        [
            "icj-absolute-majority",
            "icj-no-veto",
            "icj-assembly-concurrent"
        ]
    );
    assert_eq!(read.findings[1].candidates, ["C. Jurist"]);
}
