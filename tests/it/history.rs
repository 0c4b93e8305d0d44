//! The Digital Library importer and `unsc replay` / `unsc import`: small CSV files written
//! for these tests (`tests/fixtures/undl`), good and malformed, read by the library and the
//! binary.

use std::path::Path;

use crate::support::unsc;
use proptest::prelude::*;
use serde::Deserialize;
use unsc::history::{self, Discrepancy, read_votes};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new("tests/fixtures/undl").join(name)).expect("fixture")
}

/// The problems in a fixture, as `LINE: MESSAGE`.
fn problems(name: &str) -> Vec<String> {
    match read_votes(name, &fixture(name)) {
        Ok(votes) => panic!("{name} read as {} votes", votes.len()),
        Err(errors) => lines(&errors),
    }
}

/// Each problem as `LINE: MESSAGE`.
fn lines(errors: &unsc::input::Problems<&'static str>) -> Vec<String> {
    errors
        .problems()
        .iter()
        .map(|p| format!("{}: {}", errors.line(p), p.message))
        .collect()
}

#[test]
fn the_mali_votes_of_2023_replay_as_recorded() {
    let votes = read_votes("mali-2023.csv", &fixture("mali-2023.csv")).expect("valid");
    let summary: Vec<(String, &str, Vec<String>)> = votes
        .iter()
        .map(|vote| {
            let replay = history::replay(vote);
            assert_eq!(replay.discrepancy, None, "{}", vote.symbol());
            let outcome = replay.resolution.expect("a vote").outcome;
            let vetoed_by = outcome
                .vetoed_by()
                .iter()
                .map(|i| vote.council.member(i).code.to_string())
                .collect();
            (vote.symbol().to_owned(), outcome.as_str(), vetoed_by)
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("S/RES/2690(2023)".to_owned(), "adopted", vec![]),
            ("S/2023/638".to_owned(), "vetoed", vec!["RUS".to_owned()]),
            ("S/2023/639".to_owned(), "failed", vec![]),
        ]
    );
    assert!(votes.iter().all(|v| v.council.len() == 15));
    assert_eq!(votes[1].line, 17);
}

#[test]
fn only_the_required_columns_are_needed_and_extra_ones_are_ignored() {
    let votes =
        read_votes("minimal-procedural.csv", &fixture("minimal-procedural.csv")).expect("valid");
    let replay = history::replay(&votes[0]);
    // Two permanent members against, but a procedural question has no veto.
    assert_eq!(replay.outcome_name(), "adopted");
    assert_eq!(replay.discrepancy, None);
}

#[test]
fn votes_before_1966_are_replayed_under_the_1945_rules() {
    let csv = "ms_code,permanent_member,ms_vote,date,resolution\n\
        USA,True,Y,1950-06-25,TEST/1\nGBR,True,Y,1950-06-25,TEST/1\nFRA,True,Y,1950-06-25,TEST/1\n\
        CHN,True,Y,1950-06-25,TEST/1\nSUN,True,X,1950-06-25,TEST/1\nCUB,False,Y,1950-06-25,TEST/1\n\
        ECU,False,Y,1950-06-25,TEST/1\nEGY,False,A,1950-06-25,TEST/1\nIND,False,A,1950-06-25,TEST/1\n\
        NOR,False,Y,1950-06-25,TEST/1\nYUG,False,N,1950-06-25,TEST/1\n";
    let votes = read_votes("test.csv", csv.as_bytes()).expect("valid");
    let replay = history::replay(&votes[0]);
    assert_eq!(replay.rules.preset.as_str(), "charter-1945");
    // Seven of eleven, a permanent member absent: adopted.
    assert_eq!(replay.outcome_name(), "adopted");
}

#[test]
fn malformed_files_name_every_problem_by_line() {
    let cases: [(&str, &[&str]); 9] = [
        (
            "bad-missing-column.csv",
            &["1: the header has no `ms_vote` column"],
        ),
        (
            "bad-vote-code.csv",
            &["4: `Z` is not a vote code; expected Y, N, A or X"],
        ),
        (
            "bad-duplicate-member.csv",
            &["18: CHN is listed twice for S/2023/638 (2023-08-30); first on line 17"],
        ),
        (
            "bad-wrong-count.csv",
            &["17: `total_yes` says 14 for S/2023/638 (2023-08-30), but its rows count 13"],
        ),
        (
            "bad-date.csv",
            &["7: `2023-02-30` is not a date; expected YYYY-MM-DD"],
        ),
        (
            "bad-conflict.csv",
            &[
                "22: `meeting` is `S/PV.9409` for S/2023/638 (2023-08-30), but line 17 says `S/PV.9408`",
            ],
        ),
        (
            "bad-short-row.csv",
            &["9: the row has 10 fields, but the header has 20"],
        ),
        (
            "bad-not-utf8.csv",
            &["2: the row has 2 fields, but the header has 20"],
        ),
        ("empty.csv", &["1: the header has no `ms_code` column"]),
    ];
    for (name, expected) in cases {
        assert_eq!(problems(name), expected, "{name}");
    }
}

/// `bytes` with every line ending written as CRLF, as Windows, Excel and Python write CSV.
fn crlf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
    for &b in bytes {
        if b == b'\n' {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}

#[test]
fn crlf_files_name_the_same_lines() {
    for name in [
        "bad-vote-code.csv",
        "bad-duplicate-member.csv",
        "bad-conflict.csv",
        "bad-short-row.csv",
        "bad-date.csv",
    ] {
        let crlf_problems: Vec<String> = match read_votes(name, &crlf(&fixture(name))) {
            Ok(_) => panic!("{name} read"),
            Err(errors) => lines(&errors),
        };
        assert_eq!(crlf_problems, problems(name), "{name}");
    }
    let votes = read_votes("mali-2023.csv", &crlf(&fixture("mali-2023.csv"))).expect("valid");
    assert_eq!(votes[1].line, 17);
}

#[test]
fn crlf_lines_reach_the_json_and_the_messages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("mali-crlf.csv");
    std::fs::write(&good, crlf(&fixture("mali-2023.csv"))).expect("write");
    let output = unsc()
        .args(["replay", "--format", "json", "--undl"])
        .arg(&good)
        .output()
        .expect("runs");
    let json: ReplayJson = serde_json::from_slice(&output.stdout).expect("a JSON object");
    assert_eq!(json.votes[1].line, 17);
    let bad = dir.path().join("bad-crlf.csv");
    std::fs::write(&bad, crlf(&fixture("bad-vote-code.csv"))).expect("write");
    let stderr = unsc()
        .args(["replay", "--undl"])
        .arg(&bad)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8_lossy(&stderr);
    assert!(
        stderr.contains("bad-crlf.csv:4:1]") && stderr.contains("`Z` is not a vote code"),
        "{stderr}"
    );
}

#[test]
fn a_huge_field_is_quoted_short() {
    let mut text = fixture("bad-vote-code.csv");
    let at = text
        .windows(3)
        .position(|w| w == b",Z,")
        .expect("the bad vote")
        + 1;
    text.splice(at..=at, std::iter::repeat_n(b'Z', 5_000_000));
    let problems: Vec<String> = match read_votes("huge.csv", &text) {
        Ok(_) => panic!("read"),
        Err(errors) => errors
            .problems()
            .iter()
            .map(|p| p.message.clone())
            .collect(),
    };
    assert_eq!(problems.len(), 1);
    assert!(problems[0].len() < 200, "{} bytes", problems[0].len());
    assert!(
        problems[0].starts_with(&format!("`{}…`", "Z".repeat(80))),
        "{}",
        problems[0]
    );
}

#[test]
fn a_resolution_the_engine_finds_not_adopted_is_flagged() {
    let votes = read_votes(
        "flag-resolution-not-adopted.csv",
        &fixture("flag-resolution-not-adopted.csv"),
    )
    .expect("valid");
    let flags: Vec<_> = votes
        .iter()
        .map(|v| history::replay(v).discrepancy)
        .collect();
    assert_eq!(flags, [Some(Discrepancy::ResolutionNotAdopted), None, None]);
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VoteJson {
    draft: Option<String>,
    resolution: Option<String>,
    date: String,
    meeting: Option<String>,
    question: String,
    question_basis: String,
    modality: String,
    rules: String,
    outcome: String,
    tally: Option<TallyJson>,
    vetoed_by: Vec<String>,
    not_participating: Vec<String>,
    flag: Option<String>,
    roster: Option<RosterJson>,
    line: u64,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct RosterJson {
    kind: String,
    expected: usize,
    found: usize,
    missing: Vec<String>,
    unexpected: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplayJson {
    schema_version: u32,
    votes: Vec<VoteJson>,
    summary: Option<SummaryJson>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryJson {
    votes: usize,
    per_year: std::collections::BTreeMap<String, usize>,
    voted: usize,
    without_vote: usize,
    unanimous: usize,
    unanimity_rate: Option<f64>,
    procedural: usize,
    dissent: Vec<DissentJson>,
    discrepancies: std::collections::BTreeMap<String, usize>,
    roster_findings: std::collections::BTreeMap<String, usize>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct DissentJson {
    code: String,
    no: usize,
    abstain: usize,
    non_voting: usize,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct TallyJson {
    yes: usize,
    no: usize,
    abstain: usize,
    absent: usize,
}

#[test]
fn replay_undl_prints_a_table_or_a_json_list() {
    let output = unsc()
        .args([
            "replay",
            "--undl",
            "tests/fixtures/undl/mali-2023.csv",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let json: ReplayJson = serde_json::from_slice(&output.stdout).expect("a JSON object");
    assert_eq!(json.schema_version, 1);
    assert!(json.summary.is_none());
    let list = json.votes;
    let veto = &list[1];
    assert_eq!(veto.draft.as_deref(), Some("S/2023/638"));
    assert_eq!(
        (veto.outcome.as_str(), veto.vetoed_by.as_slice()),
        ("vetoed", &["RUS".to_owned()][..])
    );
    assert_eq!(
        veto.tally,
        Some(TallyJson {
            yes: 13,
            no: 1,
            abstain: 1,
            absent: 0
        })
    );
    assert_eq!(
        (veto.date.as_str(), veto.meeting.as_deref(), veto.line),
        ("2023-08-30", Some("S/PV.9408"), 17)
    );
    assert_eq!(
        (
            veto.question.as_str(),
            veto.rules.as_str(),
            veto.flag.as_deref()
        ),
        ("substantive", "charter", None)
    );
    assert_eq!(list[0].resolution.as_deref(), Some("S/RES/2690(2023)"));
    assert_eq!(list[2].outcome, "failed");
}

/// `unsc import` of the Mali fixture into `out`, with extra flags.
fn import_mali(out: &str, flags: &[&str]) -> snapbox::cmd::OutputAssert {
    unsc()
        .args([
            "import",
            "--undl",
            "tests/fixtures/undl/mali-2023.csv",
            "--out",
            out,
        ])
        .args(flags)
        .assert()
}

/// A description with a line break and a right-to-left override (a quoted CSV field may hold
/// both) still imports into scenarios that check: one-line fields are made one line.
#[test]
fn imported_one_line_fields_hold_no_line_break_or_bidi_character() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = String::from_utf8(fixture("mali-2023.csv"))
        .expect("utf-8")
        .replace(
            "Resolution 2690 (2023): termination of the mandate of MINUSMA",
            "\"Resolution 2690 (2023):\r\ntermination \u{202e}of the mandate of MINUSMA\"",
        );
    let input = dir.path().join("mali.csv");
    std::fs::write(&input, csv).expect("write");
    let out = dir.path().join("out");
    unsc()
        .args(["import", "--undl"])
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let file = out.join("2023-06-30-s-res-2690-2023.toml");
    let text = std::fs::read_to_string(&file).expect("imported");
    assert!(
        text.contains("title = \"S/RES/2690(2023): Resolution 2690 (2023): termination of the mandate of MINUSMA\""),
        "{text}"
    );
    unsc().arg("check").arg(&file).assert().success();
}

#[test]
fn import_writes_scenarios_that_replay_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("imported");
    let out_arg = out.to_str().expect("UTF-8 path");
    import_mali(out_arg, &[]).success();
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("written")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "2023-06-30-s-res-2690-2023.toml",
            "2023-08-30-s-2023-638.toml",
            "2023-08-30-s-2023-639.toml"
        ]
    );
    for name in &names {
        let text = std::fs::read_to_string(out.join(name)).expect("readable");
        let scenario = unsc::scenario::load(name, &text).expect("an imported file is valid");
        let analysis = unsc::engine::analyse(&scenario);
        assert!(analysis.record.expect("a record").matches(), "{name}");
    }
    unsc().args(["replay", out_arg]).assert().success();

    let veto = out.join("2023-08-30-s-2023-638.toml");
    std::fs::write(&veto, "edited by hand").expect("writable");
    import_mali(out_arg, &[]).code(1);
    assert_eq!(
        std::fs::read_to_string(&veto).expect("readable"),
        "edited by hand"
    );
    import_mali(out_arg, &["--force"]).success();
    assert!(
        std::fs::read_to_string(&veto)
            .expect("readable")
            .contains("S/2023/638")
    );
}

#[test]
fn replay_paths_exits_3_when_a_scenario_disagrees_with_its_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string("scenarios/2023-06-30-minusma-termination.toml")
        .expect("bundled")
        .replace(
            "default = { vote = \"yes\" }",
            "default = { vote = \"yes\" }\nUSA = { vote = \"no\" }",
        );
    let path = dir.path().join("altered.toml");
    std::fs::write(&path, text).expect("writable");
    unsc()
        .args(["replay", path.to_str().expect("UTF-8 path")])
        .assert()
        .code(3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Arbitrary bytes never panic the reader.
    #[test]
    fn the_reader_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_votes("bytes.csv", &bytes);
    }

    /// A valid file with one byte changed reads, or fails with line-numbered problems.
    #[test]
    fn the_reader_never_panics_on_a_mutated_file(at in 0usize..10_000, byte in any::<u8>()) {
        let mut bytes = fixture("mali-2023.csv");
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Err(errors) = read_votes("mutated.csv", &bytes) {
            prop_assert!(!errors.problems().is_empty());
            prop_assert!(errors.problems().iter().all(|p| p.span.is_some()));
        }
    }
}

#[test]
fn the_official_layout_reads_procedural_votes_adoptions_without_a_vote_and_non_participation() {
    let mut votes =
        read_votes("official-layout.csv", &fixture("official-layout.csv")).expect("valid");
    assert!(history::classify(&mut votes, &[]).is_empty());
    let replays: Vec<history::Replay> = votes.iter().map(history::replay).collect();
    // Resolution 2623 (2022): procedural by the built-in list, so the Russian Federation's
    // negative vote is no veto.
    assert_eq!(votes[0].question_basis.as_str(), "built-in-list");
    assert_eq!(replays[0].outcome_name(), "adopted");
    assert_eq!(replays[0].discrepancy, None);
    // Adopted without a vote: no tally, never 15-0-0.
    assert_eq!(votes[1].modality.as_str(), "without-vote");
    assert_eq!(replays[1].outcome_name(), "adopted-without-vote");
    assert!(replays[1].resolution.is_none());
    // Gabon's note says it did not participate; Kenya's that it was absent.
    let codes: Vec<String> = votes[2]
        .not_participating
        .iter()
        .map(|i| votes[2].council.member(i).code.to_string())
        .collect();
    assert_eq!(codes, ["GAB"]);
    // Fourteen members in 1990: a roster finding, not a mismatch.
    let finding = replays[3].roster.as_ref().expect("a roster finding");
    assert_eq!(
        (finding.kind(), finding.found, finding.expected),
        ("wrong-size", 14, 15)
    );
    assert_eq!(replays[3].discrepancy, None);
    assert!(replays.iter().take(3).all(|r| r.roster.is_none()));
}

#[test]
fn without_the_list_a_procedural_resolution_would_look_vetoed_and_an_override_fixes_any() {
    let csv = String::from_utf8(fixture("official-layout.csv")).expect("UTF-8");
    let substantive = csv.replace("S/RES/2623(2022)", "S/RES/9999(2022)");
    let mut votes = read_votes("test.csv", substantive.as_bytes()).expect("valid");
    history::classify(&mut votes, &[]);
    assert_eq!(
        history::replay(&votes[0]).discrepancy,
        Some(Discrepancy::ResolutionNotAdopted)
    );
    let overrides = ["s/res/9999 (2022)".to_owned(), "S/RES/1(1946)".to_owned()];
    assert_eq!(history::classify(&mut votes, &overrides), ["S/RES/1(1946)"]);
    assert_eq!(votes[0].question_basis.as_str(), "override");
    assert_eq!(history::replay(&votes[0]).discrepancy, None);
}

#[test]
fn replay_undl_summary_in_text_and_json() {
    let output = unsc()
        .args([
            "replay",
            "--undl",
            "tests/fixtures/undl/official-layout.csv",
            "--summary",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let json: ReplayJson = serde_json::from_slice(&output.stdout).expect("a JSON object");
    let summary = json.summary.expect("a summary");
    assert_eq!(
        (
            summary.votes,
            summary.voted,
            summary.without_vote,
            summary.unanimous
        ),
        (4, 3, 1, 1)
    );
    assert_eq!(summary.procedural, 1);
    assert_eq!(summary.per_year.get("2022"), Some(&3));
    assert_eq!(summary.roster_findings.get("wrong-size"), Some(&1));
    assert_eq!(
        summary.discrepancies.get("resolution-not-adopted"),
        Some(&0)
    );
    assert!(
        summary
            .unanimity_rate
            .is_some_and(|r| (r - 1.0 / 3.0).abs() < 1e-9)
    );
    assert!(summary.dissent.contains(&DissentJson {
        code: "RUS".to_owned(),
        no: 1,
        abstain: 0,
        non_voting: 0
    }));
    let without = &json.votes[1];
    assert_eq!(
        (without.outcome.as_str(), without.tally.as_ref()),
        ("adopted-without-vote", None)
    );
    assert_eq!(json.votes[2].not_participating, ["GAB"]);
    assert_eq!(json.votes[0].question_basis, "built-in-list");
    assert_eq!(json.votes[1].modality, "without-vote");
    let roster = json.votes[3].roster.as_ref().expect("a finding");
    assert_eq!(
        (
            roster.kind.as_str(),
            roster.missing.as_slice(),
            roster.unexpected.len()
        ),
        ("wrong-size", &["ZAR".to_owned()][..], 0)
    );
}

#[test]
fn a_vote_with_no_description_or_agenda_imports_as_a_scenario_that_loads() {
    // Found by the fuzzer: an empty summary was written, and the loader refuses one.
    let mut text = String::new();
    for (n, line) in std::fs::read_to_string("tests/fixtures/undl/mali-2023.csv")
        .expect("fixture")
        .lines()
        .enumerate()
    {
        let mut fields: Vec<&str> = line.split(',').collect();
        if n > 0 {
            fields[9] = "";
            fields[10] = "";
        }
        text.push_str(&fields.join(","));
        text.push('\n');
    }
    let votes = unsc::history::read_votes("test.csv", text.as_bytes()).expect("reads");
    assert!(!votes.is_empty());
    for vote in &votes {
        let replay = unsc::history::replay(vote);
        let file = unsc::history::scenario_file(vote, &replay).expect("imports");
        if let Err(e) = unsc::scenario::load(&file.file_name, &file.text) {
            panic!("{e:?}\n{}", file.text);
        }
    }
}

/// A text adopted without a vote imports as `adopted-without-vote` with no tally, and its
/// scenario replays against its record.
#[test]
fn a_text_adopted_without_a_vote_imports_with_no_tally() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    unsc()
        .args([
            "import",
            "--undl",
            "tests/fixtures/undl/official-layout.csv",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let votes = read_votes("official-layout.csv", &fixture("official-layout.csv")).expect("valid");
    let without = &votes[1];
    assert_eq!(without.modality.as_str(), "without-vote");
    let name = format!("{}.toml", history::scenario_id(without));
    let text = std::fs::read_to_string(out.join(&name)).expect("imported");
    assert!(
        text.contains("outcome = \"adopted-without-vote\""),
        "{text}"
    );
    for list in ["yes", "no", "abstain", "absent", "not_participating"] {
        assert!(!text.contains(&format!("\n{list} = [")), "{list} in {text}");
    }
    let scenario = unsc::scenario::load(&name, &text).expect("an imported file is valid");
    let analysis = unsc::engine::analyse(&scenario);
    assert!(analysis.record.expect("a record").matches(), "{text}");
}

#[test]
fn a_control_character_in_a_field_is_a_located_problem_not_an_unloadable_import() {
    // Found by the fuzzer: a member's name holding U+0001 was imported into a scenario the
    // loader refuses (`forbidden-character`).
    let fixture = std::fs::read_to_string("tests/fixtures/undl/mali-2023.csv").expect("fixture");
    let mut lines: Vec<String> = fixture.lines().map(str::to_owned).collect();
    lines[2] = lines[2].replacen(",France,", ",Fr\u{1}ance,", 1);
    let text = lines.join("\n") + "\n";
    let error = unsc::history::read_votes("test.csv", text.as_bytes()).expect_err("refused");
    let problems: Vec<_> = (error.problems().iter())
        .map(|p| (p.code_str(), error.line(p), p.message.clone()))
        .collect();
    assert!(
        problems
            .iter()
            .any(|(code, line, message)| *code == "forbidden-character"
                && *line == 3
                && message.contains("\\u{1}")),
        "{problems:?}"
    );
}
