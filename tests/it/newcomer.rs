//! What a newcomer reaches for: `-` for standard input and output, `show`, `check` on folders
//! and bundled ids, `list --tags`, and the `list`/`check` JSON read back into strict mirrors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde::Deserialize;

const ID: &str = "2023-08-30-mali-sanctions-russia";

fn unsc(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_unsc"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn unsc");
    // A command that exits without reading its input (a usage error) closes the pipe first.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    child.wait_with_output().expect("wait")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn bundled_text() -> String {
    std::fs::read_to_string(format!("scenarios/{ID}.toml")).expect("bundled file")
}

#[test]
fn a_dash_reads_standard_input_and_writes_standard_output() {
    let text = bundled_text();
    let from_stdin = unsc(&["run", "-"], text.as_bytes());
    assert!(from_stdin.status.success());
    assert_eq!(stdout(&from_stdin), stdout(&unsc(&["run", ID], b"")));
    let checked = unsc(&["check", "-"], text.as_bytes());
    assert!(checked.status.success());
    assert!(
        stdout(&checked).contains("ok: <stdin>"),
        "{}",
        stdout(&checked)
    );
    assert_eq!(
        unsc(&["check", "-"], b"format = 1\n").status.code(),
        Some(1)
    );
    let report = unsc(&["report", ID, "-o", "-"], b"");
    assert!(report.status.success());
    assert!(stdout(&report).starts_with("<!DOCTYPE html>"));
    assert!(!std::path::Path::new("-").exists());
    let exercise = unsc(&["exercise", "-"], text.as_bytes());
    assert_eq!(exercise.status.code(), Some(2));
    let record = unsc(&["record", "--report", "-o", "-"], b"");
    assert!(record.status.success());
    assert!(stdout(&record).starts_with("<!DOCTYPE html>"));
    let worksheet = unsc(&["worksheet", ID, "-o", "-"], b"");
    assert_eq!(stdout(&worksheet), stdout(&unsc(&["worksheet", ID], b"")));
}

#[test]
fn show_prints_a_bundled_scenario_as_shipped() {
    let shown = unsc(&["show", ID], b"");
    assert!(shown.status.success());
    assert_eq!(stdout(&shown), bundled_text());
    assert_eq!(
        unsc(&["show", "no-such-scenario"], b"").status.code(),
        Some(1)
    );
}

#[test]
fn check_takes_folders_and_bundled_ids() {
    let files = unsc::bundled::ALL.len()
        + unsc::bundled::ELECTIONS.len()
        + unsc::bundled::MEETINGS.len()
        + unsc::bundled::STRAW_POLLS.len();
    let folder = unsc(&["check", "scenarios"], b"");
    assert!(folder.status.success());
    assert!(
        stdout(&folder).contains(&format!("{files} files checked, 0 invalid")),
        "{}",
        stdout(&folder)
    );
    let by_id = unsc(&["check", ID], b"");
    assert!(by_id.status.success());
    assert!(stdout(&by_id).contains(&format!("ok: scenarios/{ID}.toml")));
}

/// A strict mirror of `unsc list --format json` (docs/json.md).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListJson {
    schema_version: u32,
    scenarios: Vec<ListedJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListedJson {
    id: String,
    kind: String,
    date: String,
    outcome: Option<String>,
    votes: Option<Vec<MeetingVoteJson>>,
    title: String,
    tags: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingVoteJson {
    id: String,
    motion: String,
    outcome: String,
}

/// A strict mirror of `unsc list --tags --format json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TagsJson {
    schema_version: u32,
    tags: Vec<TagJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TagJson {
    tag: String,
    count: usize,
}

#[test]
fn list_as_json_and_the_tags_with_their_counts() {
    let list: ListJson =
        serde_json::from_slice(&unsc(&["list", "--format", "json"], b"").stdout).expect("JSON");
    assert_eq!(list.schema_version, 2);
    let bundled = unsc::bundled::ALL.len()
        + unsc::bundled::MEETINGS.len()
        + unsc::bundled::ELECTIONS.len()
        + unsc::bundled::STRAW_POLLS.len();
    assert_eq!(list.scenarios.len(), bundled);
    let russia = list.scenarios.iter().find(|s| s.id == ID).expect("listed");
    assert_eq!(
        (
            russia.kind.as_str(),
            russia.date.as_str(),
            russia.outcome.as_deref()
        ),
        ("vote", "2023-08-30", Some("failed"))
    );
    assert!(russia.votes.is_none() && !russia.title.is_empty());
    let meeting = (list.scenarios.iter())
        .find(|s| s.id == "2023-08-30-mali-sanctions-meeting")
        .expect("the meeting is listed");
    assert_eq!(
        (meeting.kind.as_str(), meeting.outcome.as_deref()),
        ("meeting", None)
    );
    let votes: Vec<_> = (meeting.votes.iter().flatten())
        .map(|v| (v.id.as_str(), v.motion.as_str(), v.outcome.as_str()))
        .collect();
    assert_eq!(
        votes,
        [
            ("france-uae-draft", "draft", "vetoed"),
            ("russia-draft", "draft", "failed")
        ]
    );
    let election = (list.scenarios.iter())
        .find(|s| s.kind == "election")
        .expect("an election round is listed");
    assert_eq!(election.outcome.as_deref(), Some("filled"));
    let tags: TagsJson =
        serde_json::from_slice(&unsc(&["list", "--tags", "--format", "json"], b"").stdout)
            .expect("JSON");
    assert_eq!(tags.schema_version, 1);
    for tag in &tags.tags {
        let carrying = list.scenarios.iter().filter(|s| s.tags.contains(&tag.tag));
        assert_eq!(carrying.count(), tag.count, "{}", tag.tag);
    }
    let veto = tags
        .tags
        .iter()
        .find(|t| t.tag == "veto")
        .expect("a veto tag");
    let text = stdout(&unsc(&["list", "--tags"], b""));
    assert!(
        text.lines()
            .any(|l| l.starts_with("veto ") && l.ends_with(&format!(" {}", veto.count))),
        "{text}"
    );
}

/// A strict mirror of `unsc check --format json` (docs/json.md).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckJson {
    schema_version: u32,
    checked: usize,
    invalid: usize,
    files: Vec<CheckedJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckedJson {
    file: String,
    valid: bool,
    id: Option<String>,
    error: Option<String>,
    problems: Vec<ProblemJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProblemJson {
    code: String,
    message: String,
    line: Option<usize>,
    column: Option<usize>,
    help: Option<String>,
}

#[test]
fn check_as_json_gives_every_problem_with_its_place() {
    let output = unsc(
        &[
            "check",
            "--format",
            "json",
            ID,
            "tests/fixtures/invalid/many-problems.toml",
            "missing.toml",
        ],
        b"",
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let check: CheckJson = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(
        (check.schema_version, check.checked, check.invalid),
        (1, 3, 2)
    );
    let [ok, bad, missing] = &check.files[..] else {
        panic!("three files");
    };
    assert!(ok.valid && ok.id.as_deref() == Some(ID) && ok.problems.is_empty());
    assert_eq!(bad.file, "tests/fixtures/invalid/many-problems.toml");
    assert!(!bad.valid && bad.error.is_none() && bad.problems.len() > 1);
    let member = bad
        .problems
        .iter()
        .find(|p| p.code == "unknown-member")
        .expect("unknown-member");
    assert_eq!((member.line, member.column), (Some(16), Some(22)));
    assert!(member.message.contains("XYZ") && member.help.is_some());
    assert!(!missing.valid && missing.error.is_some() && missing.problems.is_empty());
}

/// A strict mirror of `unsc replay PATH… --format json` (docs/json.md).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplayJson {
    schema_version: u32,
    scenarios: Vec<ReplayedJson>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplayedJson {
    file: String,
    id: Option<String>,
    date: Option<String>,
    computed: Option<String>,
    recorded: Option<String>,
    matches: bool,
    mismatched_votes: Vec<String>,
}

#[test]
fn replay_as_json_carries_its_schema_version() {
    let output = unsc(
        &[
            "replay",
            &format!("scenarios/{ID}.toml"),
            "--format",
            "json",
        ],
        b"",
    );
    assert!(output.status.success());
    let replay: ReplayJson = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(replay.schema_version, 1);
    let [russia] = &replay.scenarios[..] else {
        panic!("one scenario");
    };
    assert_eq!(russia.file, format!("scenarios/{ID}.toml"));
    assert_eq!(russia.id.as_deref(), Some(ID));
    assert_eq!(russia.date.as_deref(), Some("2023-08-30"));
    assert_eq!(russia.computed.as_deref(), Some("failed"));
    assert_eq!(russia.recorded.as_deref(), Some("failed"));
    assert!(russia.matches && russia.mismatched_votes.is_empty());
}
