//! The `unsc` binary end to end: output pinned as snapshots, JSON read back into strict
//! mirror structs, exit codes checked. Bless new output with `SNAPSHOTS=overwrite cargo test`
//! and review the diff.

use std::collections::BTreeMap;

use crate::support::{json, stdout, unsc};
use serde::Deserialize;

/// A strict mirror of the JSON contract, `schema_version` 1 (docs/json.md).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Report {
    schema_version: u32,
    pub(crate) id: String,
    title: String,
    date: String,
    status: String,
    draft_symbol: Option<String>,
    #[serde(default)]
    draft_basis: Option<String>,
    question: String,
    most_likely_votes: bool,
    rule_set: RuleSet,
    pub(crate) outcome: String,
    tally: Tally,
    required_yes: usize,
    vetoed_by: Vec<String>,
    votes: BTreeMap<String, String>,
    decisive: Vec<String>,
    findings: Vec<Finding>,
    #[serde(default)]
    if_parties_abstained: Option<String>,
    #[serde(default)]
    pub(crate) preliminary: Option<Preliminary>,
    smallest_flip: Option<Flip>,
    record_matches: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Preliminary {
    pub(crate) ruling: Option<String>,
    pub(crate) challenged: bool,
    pub(crate) vote_taken: bool,
    #[serde(default)]
    challenge_vote: Option<String>,
    votes_to_overrule: usize,
    overruled: bool,
    draft_voted_as: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSet {
    preset: String,
    customised: bool,
    threshold: usize,
    veto_holders: Vec<String>,
    abstention_blocks: bool,
    absence_blocks: bool,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Tally {
    yes: usize,
    no: usize,
    abstain: usize,
    absent: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Finding {
    rule: String,
    citation: String,
    verdict: String,
    members: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Flip {
    changes: Vec<Change>,
    outcome: String,
    tally: Tally,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Change {
    member: String,
    from: String,
    to: String,
}

fn json_of(scenario: &str) -> Report {
    json(&["run", scenario, "--format", "json"])
}

#[test]
fn json_of_a_preliminary_question_says_how_the_draft_is_then_voted_on() {
    // Laos, S/PV.848: the Council found the draft procedural 10-1, with no ruling before the
    // vote; the draft was then voted on as a procedural matter (FRUS 1958-60, vol. XVI, 261).
    let report = json_of("scenarios/1959-09-07-laos-preliminary-question.toml");
    let settled = report.preliminary.expect("a preliminary question");
    assert_eq!(settled.ruling, None);
    assert!(!settled.challenged);
    assert!(settled.vote_taken);
    assert_eq!(settled.challenge_vote, None);
    assert_eq!(settled.votes_to_overrule, 0);
    assert!(!settled.overruled);
    assert_eq!(settled.draft_voted_as, "procedural");
    assert!(
        json_of("scenarios/2023-08-30-mali-sanctions-russia.toml")
            .preliminary
            .is_none()
    );
}

#[test]
fn json_of_the_russian_draft_follows_the_contract() {
    let report = json_of("scenarios/2023-08-30-mali-sanctions-russia.toml");
    assert_eq!(report.schema_version, 1);
    assert_eq!(report.id, "2023-08-30-mali-sanctions-russia");
    assert_eq!(report.date, "2023-08-30");
    assert_eq!(report.status, "historical");
    assert!(!report.title.is_empty());
    assert_eq!(report.draft_symbol.as_deref(), Some("S/2023/639"));
    assert_eq!(report.draft_basis, None);
    assert!(!report.most_likely_votes);
    assert_eq!(report.if_parties_abstained, None);
    assert_eq!(report.question, "substantive");
    assert_eq!(report.outcome, "failed");
    assert_eq!(
        report.tally,
        Tally {
            yes: 1,
            no: 1,
            abstain: 13,
            absent: 0
        }
    );
    assert_eq!(report.required_yes, 9);
    assert!(report.vetoed_by.is_empty());
    assert_eq!(report.votes.len(), 15);
    assert_eq!(report.votes["RUS"], "yes");
    assert_eq!(report.votes["JPN"], "no");
    assert!(report.decisive.is_empty());
    assert_eq!(report.record_matches, Some(true));
    assert_eq!(report.rule_set.preset, "charter");
    assert_eq!(report.rule_set.threshold, 9);
    assert_eq!(
        report.rule_set.veto_holders,
        ["CHN", "FRA", "RUS", "GBR", "USA"]
    );
    assert!(
        !report.rule_set.customised
            && !report.rule_set.abstention_blocks
            && !report.rule_set.absence_blocks
    );
    assert_eq!(report.findings[0].rule, "substantive-majority");
    assert_eq!(report.findings[0].verdict, "not-met");
    assert!(report.findings.iter().all(|f| !f.citation.is_empty()));
    let flip = report
        .smallest_flip
        .expect("eight more votes would adopt it");
    assert_eq!(flip.changes.len(), 8);
    assert!(
        flip.changes
            .iter()
            .all(|c| c.from == "abstain" && c.to == "yes" && !c.member.is_empty())
    );
    assert_eq!(flip.outcome, "adopted");
    assert_eq!(
        flip.tally,
        Tally {
            yes: 9,
            no: 1,
            abstain: 5,
            absent: 0
        }
    );
}

#[test]
fn json_of_the_veto_names_the_vetoing_member() {
    let report = json_of("scenarios/2023-08-30-mali-sanctions-france-uae.toml");
    assert_eq!(report.outcome, "vetoed");
    assert_eq!(report.vetoed_by, ["RUS"]);
    assert_eq!(report.decisive, ["RUS"]);
    assert_eq!(
        report.tally,
        Tally {
            yes: 13,
            no: 1,
            abstain: 1,
            absent: 0
        }
    );
    let veto = report
        .findings
        .iter()
        .find(|f| f.rule == "permanent-member-veto")
        .expect("veto finding");
    assert_eq!(
        (veto.verdict.as_str(), veto.members.as_slice()),
        ("blocks", &["RUS".to_owned()][..])
    );
}

#[test]
fn binary_junk_is_rejected_cleanly() {
    let dir = std::env::temp_dir().join(format!("unsc-junk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("junk.toml");
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x41]).expect("write junk");
    unsc().arg("check").arg(&path).assert().code(1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn whatif_errors_are_clear() {
    let id = "2023-08-30-mali-sanctions-france-uae";
    let mistakes: [&[&str]; 7] = [
        &["--set", "RUS=maybe"],
        &["--variant", "nope"],
        &["--drop-provision", "nope"],
        &["--rules", "nope"],
        &["--replace", "ECU=BRA"],
        &["--replace", "ECU=XYZ"],
        // Nothing to change is a usage error.
        &[],
    ];
    for mistake in mistakes {
        unsc().args(["whatif", id]).args(mistake).assert().code(2);
    }
}

/// A strict mirror of the simulation JSON (docs/json.md).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SimulationJson {
    schema_version: u32,
    id: String,
    method: String,
    trials: Option<u64>,
    seed: Option<u64>,
    independent: bool,
    p_adopted: f64,
    p_vetoed: f64,
    p_failed: f64,
    p_veto_by: BTreeMap<String, f64>,
    p_decisive: BTreeMap<String, f64>,
    ci95: Option<Intervals>,
    tallies: Vec<TallyP>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Intervals {
    adopted: (f64, f64),
    vetoed: (f64, f64),
    failed: (f64, f64),
    veto_by: BTreeMap<String, (f64, f64)>,
    decisive: BTreeMap<String, (f64, f64)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TallyP {
    yes: usize,
    no: usize,
    abstain: usize,
    absent: usize,
    p: f64,
    ci95: Option<(f64, f64)>,
}

fn simulation(args: &[&str]) -> SimulationJson {
    json(args)
}

#[test]
fn simulate_is_exact_when_it_can_be_and_says_so() {
    let s = simulation(&[
        "simulate",
        "2023-08-30-mali-sanctions-odds",
        "--format",
        "json",
    ]);
    assert_eq!(
        (s.schema_version, s.id.as_str(), s.method.as_str()),
        (1, "2023-08-30-mali-sanctions-odds", "exact")
    );
    assert_eq!((s.trials, s.seed), (None, None));
    assert!(!s.independent, "the A3 bloc votes as one");
    assert!(s.ci95.is_none());
    assert!((s.p_adopted + s.p_vetoed + s.p_failed - 1.0).abs() < 1e-9);
    assert!((s.p_veto_by["RUS"] - 0.8).abs() < 1e-9);
    assert_eq!(s.p_decisive.len(), 15);
    let total: f64 = s.tallies.iter().map(|t| t.p).sum();
    assert!((total - 1.0).abs() < 1e-9);
    assert!(
        s.tallies
            .iter()
            .all(|t| t.yes + t.no + t.abstain + t.absent == 15 && t.ci95.is_none())
    );
}

#[test]
fn simulate_by_monte_carlo_reports_seed_trials_and_intervals() {
    let s = simulation(&[
        "simulate",
        "2023-08-30-mali-sanctions-odds",
        "--method",
        "monte-carlo",
        "--trials",
        "100000",
        "--seed",
        "9",
        "--format",
        "json",
    ]);
    assert_eq!(
        (s.method.as_str(), s.trials, s.seed),
        ("monte-carlo", Some(100_000), Some(9))
    );
    let ci = s.ci95.expect("intervals");
    assert!(ci.adopted.0 <= s.p_adopted && s.p_adopted <= ci.adopted.1);
    assert!(ci.vetoed.0 <= s.p_vetoed && ci.failed.1 >= s.p_failed);
    assert_eq!(ci.decisive.len(), 15);
    assert!(ci.veto_by.contains_key("RUS"));
    // Same seed, same bytes.
    let run = || {
        unsc()
            .args([
                "simulate",
                "2023-08-30-mali-sanctions-odds",
                "--method",
                "monte-carlo",
                "--trials",
                "100000",
                "--seed",
                "9",
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    assert_eq!(run(), run());
}

#[test]
fn simulate_rejects_absurd_trial_counts() {
    unsc()
        .args([
            "simulate",
            "2023-08-30-mali-sanctions-odds",
            "--method",
            "monte-carlo",
            "--trials",
            "0",
        ])
        .assert()
        .code(2);
    unsc()
        .args([
            "simulate",
            "2023-08-30-mali-sanctions-odds",
            "--trials",
            "99999999999999",
        ])
        .assert()
        .code(2);
    unsc()
        .args([
            "simulate",
            "2023-08-30-mali-sanctions-odds",
            "--trials",
            "-5",
        ])
        .assert()
        .code(2);
}

#[test]
fn compromise_finds_what_the_penholders_would_have_had_to_drop() {
    unsc()
        .args([
            "compromise",
            "2023-08-30-mali-sanctions-france-uae",
            "--win-over",
            "9",
        ])
        .assert()
        .code(2);
}

#[test]
fn templates_are_valid_or_say_what_is_missing() {
    use unsc::scenario::{ProblemCode, load, templates};
    assert!(load("hypothetical.toml", templates::HYPOTHETICAL).is_ok());
    assert!(load("custom.toml", templates::CUSTOM_COUNCIL).is_ok());
    let problems = load("historical.toml", templates::HISTORICAL).expect_err("to be filled in");
    let codes: Vec<ProblemCode> = problems.problems().iter().map(|p| p.code).collect();
    assert!(
        codes.contains(&ProblemCode::MissingSource)
            && codes.contains(&ProblemCode::IncompleteRecord),
        "{codes:?}"
    );
}

/// The templates `unsc new --help` lists, in its order.
fn template_names() -> Vec<String> {
    let help = unsc()
        .args(["new", "--help"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(help).expect("UTF-8");
    let (_, listed) = help
        .split_once("Possible values:")
        .expect("the templates are listed");
    listed
        .lines()
        .skip(1)
        .map_while(|line| line.trim().strip_prefix("- "))
        .filter_map(|line| line.split_once(':').map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn every_template_is_listed_in_docs_and_checks_clean_and_hypothetical() {
    let names = template_names();
    assert_eq!(
        names,
        [
            "historical",
            "hypothetical",
            "custom-council",
            "icj-election",
            "meeting",
            "straw-poll"
        ]
    );
    let docs = std::fs::read_to_string("docs/cli.md").expect("docs/cli.md");
    assert!(
        docs.contains(&format!("## `unsc new [--template {}]", {
            let mut shown = names.clone();
            shown.swap(0, 1); // the docs lead with the default
            shown.join("|")
        })),
        "docs/cli.md does not list {names:?}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    for name in names.iter().filter(|n| *n != "historical") {
        let path = dir.path().join(format!("{name}.toml"));
        unsc()
            .args(["new", "--template", name, "-o"])
            .arg(&path)
            .assert()
            .success();
        let text = std::fs::read_to_string(&path).expect("written");
        assert!(text.contains("status = \"hypothetical\""), "{name}");
        unsc().arg("check").arg(&path).assert().success();
        unsc().arg("run").arg(&path).assert().success();
    }
}

#[test]
fn new_writes_a_template_without_clobbering() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.toml");
    unsc()
        .args(["new", "--template", "hypothetical", "-o"])
        .arg(&path)
        .assert()
        .success();
    unsc().arg("check").arg(&path).assert().success();
    unsc().args(["new", "-o"]).arg(&path).assert().code(1);
    unsc()
        .args(["new", "--force", "-o"])
        .arg(&path)
        .assert()
        .success();
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let text = stdout(&["completions", shell]);
        assert!(
            text.contains("unsc") && text.contains("COMPLETE"),
            "{shell}"
        );
    }
    // The script calls unsc back; unsc completes bundled ids (and files) and presets.
    let complete = |words: &[&str]| {
        let out = unsc()
            .env("COMPLETE", "fish")
            .args(["--", "unsc"])
            .args(words)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8_lossy(&out).into_owned()
    };
    let ids = complete(&["run", "2023-08-30-mali-sanctions-r"]);
    assert_eq!(ids.trim(), "2023-08-30-mali-sanctions-russia");
    let files = complete(&["check", "scenarios/2023-08-30-mali-sanctions-r"]);
    assert!(
        files.contains("scenarios/2023-08-30-mali-sanctions-russia.toml"),
        "{files}"
    );
    let presets = complete(&["power", "--rules", "charter"]);
    assert_eq!(
        presets.split_whitespace().collect::<Vec<_>>(),
        ["charter", "charter-1945"]
    );
    let shown = complete(&["show", "1950"]);
    assert!(
        shown.lines().all(|l| l.starts_with("1950")) && !shown.is_empty(),
        "{shown}"
    );
    let man = unsc()
        .arg("man")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let man = String::from_utf8_lossy(&man);
    assert!(man.contains(".TH unsc") && man.contains("simulate"));
    assert!(man.contains(".SH \"EXIT STATUS\""));
    // Every page unsc(1) refers to is written by `unsc man --dir`, with options and exit codes.
    let parent = tempfile::tempdir().expect("temp dir");
    let dir = parent.path().join("man").join("man1");
    // A missing folder is built.
    unsc().args(["man", "--dir"]).arg(&dir).assert().success();
    // Pages that exist are replaced only with --force, and then none is written.
    unsc().args(["man", "--dir"]).arg(&dir).assert().code(1);
    let referenced: Vec<&str> = man
        .lines()
        .filter_map(|l| l.strip_suffix("(1)"))
        .filter(|l| l.starts_with("unsc\\-"))
        .collect();
    assert!(referenced.len() >= 15, "{referenced:?}");
    for name in referenced {
        let file = dir.join(format!("{}.1", name.replace("\\-", "-")));
        let page = std::fs::read_to_string(&file).expect("a page for every reference");
        assert!(
            page.contains(".SH \"EXIT STATUS\"") && page.contains(".SH OPTIONS"),
            "{name}"
        );
    }
    let simulate = std::fs::read_to_string(dir.join("unsc-simulate.1")).expect("page");
    assert!(simulate.contains("\\-\\-trials") && simulate.contains("\\-\\-seed"));
    unsc().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let plain = unsc()
        .args(["check", "tests/fixtures/invalid/many-problems.toml"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(
        !plain.contains(&0x1b),
        "NO_COLOR and a pipe: no escape codes"
    );
    let coloured = unsc()
        .args([
            "--color",
            "always",
            "check",
            "tests/fixtures/invalid/many-problems.toml",
        ])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(coloured.contains(&0x1b), "--color always: escape codes");
}

#[test]
fn whatif_can_seat_another_state() {
    let out = unsc()
        .args([
            "whatif",
            "2023-08-30-mali-sanctions-france-uae",
            "--replace",
            "ECU=DZA",
            "--set",
            "DZA=no",
            "--format",
            "json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(json["variant"]["votes"]["DZA"], "no");
    assert!(json["variant"]["votes"].get("ECU").is_none());
    assert_eq!(json["variant"]["tally"]["no"], 2);
    assert_eq!(json["changed"][0]["member"], "DZA");
}

/// Another state in a permanent member's seat holds the seat's veto only by a custom rule (the
/// Charter, Art. 23 and 27(3), names the five): the Rules row says "customised", and the
/// smallest flip names the state in the seat.
#[test]
fn whatif_replace_names_the_new_holder_and_marks_the_rules_customised() {
    let output = unsc()
        .args([
            "whatif",
            "2023-08-30-mali-sanctions-france-uae",
            "--replace",
            "RUS=IND",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).expect("UTF-8");
    assert!(text.contains("charter (9 votes, customised)"), "{text}");
    assert!(text.contains("had India abstained"), "{text}");
    assert!(
        !text.contains("had the Russian Federation abstained"),
        "{text}"
    );
}
