//! Meetings of several votes: a meeting of one draft rules exactly as the single vote does,
//! and a draft whose question a preliminary vote settled exactly as the single vote of that
//! question (property tests), `whatif --vote` asks of one vote, and every command that takes a single
//! vote refuses a meeting with exit code 1 and a clear message.

use std::fmt::Write as _;

use proptest::prelude::*;
use snapbox::cmd::{Command, cargo_bin};
use unsc::engine::{
    analyse, carried_changes, carry_what_if, resolve_meeting, resolve_meeting_with, vote_as_put,
};
use unsc::model::{Vote, roster};
use unsc::scenario::{Document, load, load_document};

const MALI: &str = "scenarios/meetings/2023-08-30-mali-sanctions-meeting.toml";
const UNCHALLENGED: &str = "tests/fixtures/meetings/unchallenged-ruling.toml";

fn unsc() -> Command {
    Command::new(cargo_bin!("unsc"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
}

fn vote() -> impl Strategy<Value = Vote> {
    prop_oneof![
        Just(Vote::Yes),
        Just(Vote::No),
        Just(Vote::Abstain),
        Just(Vote::Absent)
    ]
}

const HEAD: &str = "format = 1\nid = \"p\"\ntitle = \"T\"\ndate = 2024-01-15\nstatus = \"hypothetical\"\ncouncil = 2024\n[rules]\nquestion = \"QUESTION\"\n";

proptest! {
    #[test]
    fn a_meeting_of_one_draft_rules_as_the_single_vote(
        votes in proptest::collection::vec(vote(), 15),
        procedural in any::<bool>(),
    ) {
        let council = roster(2024).expect("the 2024 roster").council;
        let mut stances = String::new();
        for (member, vote) in council.members().iter().zip(&votes) {
            writeln!(stances, "{} = {{ vote = \"{vote}\" }}", member.code).expect("a String");
        }
        let question = if procedural { "procedural" } else { "substantive" };
        let head = HEAD.replace("QUESTION", question);
        let single = format!("{head}[draft]\ntitle = \"D\"\n[stances]\n{stances}");
        let meeting = format!(
            "{head}[stances]\n[[vote]]\nid = \"only\"\n[vote.draft]\ntitle = \"D\"\n[vote.stances]\n{stances}"
        );
        let single = load("s.toml", &single).expect("valid");
        let Document::Meeting(meeting) = load_document("m.toml", &meeting).expect("valid") else {
            panic!("a meeting");
        };
        let steps = resolve_meeting(&meeting);
        prop_assert_eq!(steps.len(), 1);
        let alone = analyse(&single);
        let in_meeting = analyse(&steps[0].scenario);
        prop_assert_eq!(steps[0].outcome, alone.resolution.outcome.kind());
        prop_assert_eq!(in_meeting.resolution, alone.resolution);
        prop_assert_eq!(in_meeting.explanation, alone.explanation);
    }
}

fn stance_lines(votes: &[Vote]) -> String {
    let council = roster(2024).expect("the 2024 roster").council;
    let mut stances = String::new();
    for (member, vote) in council.members().iter().zip(votes) {
        writeln!(stances, "{} = {{ vote = \"{vote}\" }}", member.code).expect("a String");
    }
    stances
}

/// How the preliminary question is put: the Council votes on it, or on a President's ruling
/// (rule 30), challenged by a vote on the ruling or on a motion to overrule it.
const SETTLEMENTS: [&str; 4] = [
    "",
    "ruling = \"procedural\"\n",
    "ruling = \"procedural\"\nchallenged = true\nchallenge_vote = \"ruling\"\n",
    "ruling = \"substantive\"\nchallenged = true\nchallenge_vote = \"overrule\"\n",
];

proptest! {
    /// Rule 30 and Art. 27(2)/(3): once the preliminary vote has settled the question, the
    /// draft is ruled exactly as a single vote on a procedural (or substantive) question, and
    /// the settlement is the one the single-vote preliminary question gives.
    #[test]
    fn a_draft_settled_by_a_preliminary_vote_rules_as_the_single_vote_of_that_question(
        first in proptest::collection::vec(vote(), 15),
        then in proptest::collection::vec(vote(), 15),
        settlement in 0..SETTLEMENTS.len(),
        meeting_question in prop_oneof![Just("substantive"), Just("procedural")],
    ) {
        let ruling = SETTLEMENTS[settlement];
        let (first, then) = (stance_lines(&first), stance_lines(&then));
        let head = HEAD.replace("QUESTION", meeting_question);
        let meeting = format!(
            "{head}[stances]\n[[vote]]\nid = \"q\"\nkind = \"preliminary\"\nconcerns = \"d\"\n\
             [vote.rules]\n{ruling}[vote.draft]\ntitle = \"Q\"\n[vote.stances]\n{first}\n\
             [[vote]]\nid = \"d\"\n[vote.draft]\ntitle = \"D\"\n[vote.stances]\n{then}"
        );
        let Document::Meeting(meeting) = load_document("m.toml", &meeting).expect("valid") else {
            panic!("a meeting");
        };
        let steps = resolve_meeting(&meeting);
        prop_assert_eq!(steps.len(), 2);
        let question = HEAD.replace("QUESTION", "preliminary");
        let alone = load(
            "q.toml",
            &format!("{question}{ruling}[draft]\ntitle = \"Q\"\n[stances]\n{first}"),
        )
        .expect("valid");
        let settled = analyse(&alone).resolution.settlement.expect("a preliminary question");
        let found = steps[1].settled.expect("the draft's question settled");
        prop_assert_eq!(found.voted_as, settled.draft_voted_as);
        prop_assert_eq!(steps[0].settled, Some(found));
        let single = load(
            "d.toml",
            &format!(
                "{}[draft]\ntitle = \"D\"\n[stances]\n{then}",
                HEAD.replace("QUESTION", settled.draft_voted_as.as_str())
            ),
        )
        .expect("valid");
        let alone = analyse(&single);
        let in_meeting = analyse(&steps[1].scenario);
        prop_assert_eq!(steps[1].outcome, alone.resolution.outcome.kind());
        prop_assert_eq!(in_meeting.resolution, alone.resolution);
        prop_assert_eq!(in_meeting.explanation, alone.explanation);
    }
}

/// A meeting of a draft whose first member votes against `p1` if it stays in the text, and an
/// amendment replacing `p1` by `p1-amended`, voted as `amendment`.
fn amended_meeting(amendment: &str, draft: &str) -> unsc::model::Meeting {
    let head = HEAD.replace("QUESTION", "substantive");
    let text = format!(
        "{head}[stances]\n[[vote]]\nid = \"d\"\n[vote.draft]\ntitle = \"D\"\n\
         [[vote.draft.provisions]]\nid = \"p1\"\ntext = \"One\"\n\
         [[vote.draft.provisions]]\nid = \"p1-amended\"\ntext = \"One, amended\"\n\
         [vote.stances]\n{draft}\n\
         [[vote]]\nid = \"a\"\nkind = \"amendment\"\namends = \"d\"\ndeletes = [\"p1\"]\n\
         inserts = [\"p1-amended\"]\n[vote.draft]\ntitle = \"A\"\n[vote.stances]\n{amendment}"
    );
    let Document::Meeting(meeting) = load_document("m.toml", &text).expect("valid") else {
        panic!("a meeting");
    };
    *meeting
}

proptest! {
    /// Rule 33, item 6: a what-if of an amendment's votes, carried into the meeting, rules
    /// every later vote exactly as the meeting in which the amendment had those votes.
    #[test]
    fn a_what_if_carried_from_an_amendment_rules_as_the_meeting_with_those_votes(
        recorded in proptest::collection::vec(vote(), 15),
        what_if in proptest::collection::vec(vote(), 15),
        draft in proptest::collection::vec(vote(), 15),
        first_objects in any::<bool>(),
    ) {
        let mut draft = stance_lines(&draft);
        if first_objects {
            let first = draft.lines().next().expect("a member").to_owned();
            let code = first.split_whitespace().next().expect("a code").to_owned();
            draft = draft.replacen(
                &first,
                &format!("{code} = {{ vote = \"yes\", with = {{ p1 = \"no\" }} }}"),
                1,
            );
        }
        let baseline_meeting = amended_meeting(&stance_lines(&recorded), &draft);
        let what_if_meeting = amended_meeting(&stance_lines(&what_if), &draft);
        let put = vote_as_put(&what_if_meeting, "a").expect("the amendment");
        let baseline = resolve_meeting(&baseline_meeting);
        let carried = resolve_meeting_with(&baseline_meeting, 1, &put);
        prop_assert_eq!(&carried, &resolve_meeting(&what_if_meeting));
        let later = carried_changes(&baseline, &carried, 1);
        prop_assert_eq!(&later, &carry_what_if(&baseline_meeting, 1, &put));
        prop_assert_eq!(later.len(), 1);
        prop_assert_eq!(
            later[0].changed(),
            baseline[1].scenario.text != carried[1].scenario.text
                || baseline[1].outcome != carried[1].outcome
        );
    }
}

#[test]
fn commands_that_take_one_vote_refuse_a_meeting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("r.html");
    let html = html.to_str().expect("UTF-8 path");
    for args in [
        &["simulate", MALI][..],
        &["compromise", MALI],
        &["power", MALI],
        &["exercise", MALI, "--answers", MALI],
        &["worksheet", MALI],
        &["report", MALI, "-o", html],
    ] {
        let output = unsc().args(args).assert().code(1).get_output().clone();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("meeting-not-supported") && stderr.contains("meeting of 2 votes"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn whatif_asks_of_one_vote_of_a_meeting() {
    let output = unsc()
        .args([
            "whatif",
            MALI,
            "--vote",
            "france-uae-draft",
            "--set",
            "RUS=abstain",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("S/2023/638") && stdout.contains("ADOPTED"),
        "{stdout}"
    );
    // The drafts are independent: the Russian draft, voted next, is unchanged.
    assert!(
        stdout.contains("Vote `russia-draft` (S/2023/639, draft): unchanged."),
        "{stdout}"
    );
    let output = unsc()
        .args(["whatif", MALI, "--set", "RUS=abstain"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--vote ID (france-uae-draft, russia-draft)"),
        "{stderr}"
    );
}

#[test]
fn a_reform_of_one_vote_of_a_meeting_carries_nothing_into_the_later_votes() {
    // A preset that adds seats seats another Council: the outlook is reported alone.
    let args = [
        "whatif",
        MALI,
        "--vote",
        "france-uae-draft",
        "--rules",
        "g4",
    ];
    let output = unsc().args(args).assert().success().get_output().clone();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("The g4 reform") && !stdout.contains("Later votes of the meeting"),
        "{stdout}"
    );
    let output = unsc()
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert!(json.get("later_votes").is_none(), "{json}");
}

#[test]
fn a_meetings_document_says_each_settlement_once_in_its_place() {
    // The preliminary vote's effect closes its own section; the draft's section says, under
    // its heading, how its question was settled: the two notes are labelled as the text labels
    // them, never one after the other.
    for format in ["markdown", "html"] {
        let output = unsc()
            .args(["run", "scenarios/meetings/1959-09-07-laos-meeting.toml"])
            .args(["--format", format])
            .assert()
            .success()
            .get_output()
            .clone();
        let page = String::from_utf8_lossy(&output.stdout);
        let effect = page.find("Effect: [preliminary-question]").expect(format);
        let heading = page.find("S/4216: Appointment").expect(format);
        let question = page.find("Question: [preliminary-question]").expect(format);
        assert!(effect < heading && heading < question, "{format}: {page}");
        assert_eq!(
            page.matches("settled the preliminary question").count(),
            2,
            "{format}"
        );
    }
}

#[test]
fn a_what_if_of_an_unchallenged_ruling_says_that_no_vote_was_taken() {
    // Rule 30: the ruling was not challenged, so it stands without a vote, and the what-if's
    // votes are not counted: no tally, no decisive members, and a what-if that changes votes
    // changes nothing. A preset keeps the ruling: it changes the voting rule, not the procedure.
    let args = [
        "whatif",
        UNCHALLENGED,
        "--vote",
        "ruling",
        "--set",
        "RUS=abstain",
    ];
    let output = unsc().args(args).assert().success().get_output().clone();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Tally      no vote taken")
            && stdout.contains("the changed votes change nothing")
            && !stdout.contains("14-1-0"),
        "{stdout}"
    );
    let output = unsc()
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    for side in ["baseline", "variant"] {
        let settled = &json[side]["preliminary"];
        assert_eq!(settled["vote_taken"], false, "{side}: {settled}");
    }
    let output = unsc()
        .args([
            "whatif",
            UNCHALLENGED,
            "--vote",
            "ruling",
            "--rules",
            "no-veto",
        ])
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let settled = &json["variant"]["preliminary"];
    assert_eq!(settled["ruling"], "procedural", "{settled}");
    assert_eq!(settled["vote_taken"], false, "{settled}");
}

#[test]
fn a_what_if_of_an_amendment_is_carried_into_the_draft_in_json() {
    // SC/15641: the Russian oral amendment failed 3-1-11. Had it been adopted, the draft
    // voted next would have said "permanent" ceasefire (rule 33, item 6).
    let mut args = vec![
        "whatif",
        "2024-03-25-gaza-ceasefire-amendment-meeting",
        "--vote",
        "russian-oral-amendment",
        "--format",
        "json",
    ];
    let sets: Vec<String> = ["USA", "FRA", "GBR", "ECU", "GUY", "JPN"]
        .iter()
        .map(|c| format!("{c}=yes"))
        .collect();
    for set in &sets {
        args.extend(["--set", set.as_str()]);
    }
    let output = unsc().args(&args).assert().success().get_output().clone();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["variant"]["outcome"], "adopted");
    let later = json["later_votes"].as_array().expect("later votes");
    assert_eq!(later.len(), 1);
    let draft = &later[0];
    assert_eq!(
        (&draft["id"], &draft["motion"], &draft["changed"]),
        (
            &serde_json::json!("elected-members-draft"),
            &serde_json::json!("draft"),
            &serde_json::json!(true)
        )
    );
    assert_eq!(
        draft["text"],
        serde_json::json!({
            "before": ["op1-lasting-sustainable-ceasefire"],
            "now": ["op1-permanent-ceasefire"]
        })
    );
    assert!(draft["question"].is_null() && draft["outcome"].is_null());
}

#[test]
fn a_bundled_meeting_runs_by_its_id() {
    unsc()
        .args([
            "run",
            "2023-08-30-mali-sanctions-meeting",
            "--format",
            "json",
        ])
        .assert()
        .success();
}

#[test]
fn the_meeting_template_runs_an_amendment_a_separate_vote_and_the_draft() {
    let Document::Meeting(meeting) =
        load_document("meeting.toml", unsc::scenario::templates::MEETING).expect("valid")
    else {
        panic!("a meeting");
    };
    let order: Vec<(&str, &str)> = resolve_meeting(&meeting)
        .iter()
        .map(|s| (meeting.votes[s.vote].id.as_str(), s.outcome.as_str()))
        .collect();
    assert_eq!(
        order,
        [
            ("amendment-1", "adopted"),
            ("paragraph-5", "vetoed"),
            ("main-draft", "adopted")
        ]
    );
}

/// A strict mirror of a meeting's JSON (docs/json.md, "unsc run MEETING --format json").
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingJson {
    schema_version: u32,
    kind: String,
    id: String,
    title: String,
    date: String,
    status: String,
    order_decided_by_council: bool,
    adopted: Vec<String>,
    record_matches: Option<bool>,
    votes: Vec<StepJson>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct StepJson {
    position: usize,
    id: String,
    motion: String,
    target: Option<String>,
    order: RuleJson,
    text: Vec<String>,
    changes: Vec<ChangeJson>,
    effect: Option<ChangeJson>,
    #[serde(default)]
    question_settled: Option<SettledJson>,
    vote_taken: bool,
    outcome: String,
    analysis: crate::cli::Report,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SettledJson {
    by: String,
    rule: String,
    citation: String,
    vote_taken: bool,
    draft_voted_as: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleJson {
    rule: String,
    citation: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeJson {
    by: String,
    rule: String,
    citation: String,
    inserted: Vec<String>,
    removed: Vec<String>,
}

#[test]
fn a_meetings_json_reads_back_into_its_strict_mirror() {
    for file in [MALI, "src/scenario/templates/meeting.toml", UNCHALLENGED] {
        let output = unsc()
            .args(["run", file, "--format", "json"])
            .assert()
            .success()
            .get_output()
            .clone();
        let json: MeetingJson = serde_json::from_slice(&output.stdout).expect("the contract");
        assert_eq!((json.schema_version, json.kind.as_str()), (1, "meeting"));
        assert!(!json.id.is_empty() && !json.title.is_empty() && !json.status.is_empty());
        assert_eq!(json.date.len(), 10);
        assert!(!json.order_decided_by_council);
        for (n, step) in json.votes.iter().enumerate() {
            assert_eq!(step.position, n + 1);
            assert!(step.analysis.id.ends_with(&format!("/{}", step.id)));
            assert_eq!(step.outcome, step.analysis.outcome);
            assert!(!step.order.citation.is_empty());
            assert_eq!(step.target.is_none(), step.motion == "draft");
            for change in step.changes.iter().chain(&step.effect) {
                assert!(["text-amended", "part-removed"].contains(&change.rule.as_str()));
                assert!(!change.by.is_empty() && !change.citation.is_empty());
                assert!(!change.inserted.is_empty() || !change.removed.is_empty());
            }
        }
        for step in &json.votes {
            let unchallenged = step
                .analysis
                .preliminary
                .as_ref()
                .is_some_and(|p| p.ruling.is_some() && !p.challenged);
            assert_eq!(step.vote_taken, !unchallenged, "{}", step.id);
            if let Some(settled) = &step.question_settled {
                assert!(!settled.by.is_empty() && !settled.citation.is_empty());
                assert!(["procedural", "substantive"].contains(&settled.draft_voted_as.as_str()));
            }
        }
        if file == UNCHALLENGED {
            // Rule 30: the ruling was not challenged, so no vote was taken on it; the draft
            // is then voted on as procedural, and the Russian Federation's "no" is no veto.
            assert_eq!(json.adopted, ["invitation"]);
            let [ruling, draft] = &json.votes[..] else {
                panic!("two steps");
            };
            assert!(!ruling.vote_taken && draft.vote_taken);
            for step in [ruling, draft] {
                let settled = step.question_settled.as_ref().expect("settled");
                assert_eq!(
                    (
                        settled.by.as_str(),
                        settled.rule.as_str(),
                        settled.vote_taken
                    ),
                    ("ruling", "president-ruling", false)
                );
                assert_eq!(settled.draft_voted_as, "procedural");
            }
        } else if file == MALI {
            assert!(json.adopted.is_empty());
            assert_eq!(json.record_matches, Some(true));
            let order: Vec<&str> = json.votes.iter().map(|v| v.order.rule.as_str()).collect();
            assert_eq!(order, ["order-of-submission", "order-of-submission"]);
        } else {
            assert_eq!(json.adopted, ["main-draft"]);
            assert_eq!(json.record_matches, None);
            let main = &json.votes[2];
            assert_eq!(main.text, ["para-2-amended"]);
            assert_eq!(main.changes.len(), 2);
        }
    }
}
