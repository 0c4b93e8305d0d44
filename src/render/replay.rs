//! Replays as tables and JSON: recorded votes from the Digital Library, and scenario files
//! checked against their `[record]`.

use std::fmt::Write as _;

use serde::Serialize;

use std::collections::BTreeMap;

use crate::engine::{Analysis, RecordCheck};
use crate::history::{Discrepancy, QuestionBasis, RecordedVote, Replay, RosterFinding, Summary};
use crate::model::{MemberCode, MemberSet, OutcomeKind};
use crate::render::collect;
use crate::render::json::{JSON_SCHEMA_VERSION, TallyJson, pretty};
use crate::render::prose::short_tally;

/// Columns padded to their widest cell, two spaces apart.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut text = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let _ = write!(text, "{cell:<w$}  ");
            }
        }
        text.trim_end().to_owned() + "\n"
    };
    let mut out = line(header.to_vec());
    out += &line(
        widths
            .iter()
            .map(|&w| "-".repeat(w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    for row in rows {
        out += &line(row.iter().map(String::as_str).collect());
    }
    out
}

fn vetoed_by(vote: &RecordedVote, replay: &Replay) -> Vec<String> {
    replay.resolution.as_ref().map_or_else(Vec::new, |r| {
        r.outcome
            .vetoed_by()
            .iter()
            .map(|i| vote.council.member(i).code.to_string())
            .collect()
    })
}

fn codes(vote: &RecordedVote, set: MemberSet) -> Vec<String> {
    set.iter()
        .map(|i| vote.council.member(i).code.to_string())
        .collect()
}

/// The notes on a vote: its flag, how it was read as procedural, and any roster finding.
fn notes(vote: &RecordedVote, replay: &Replay) -> String {
    let mut notes = Vec::new();
    if let Some(d) = replay.discrepancy {
        notes.push(format!("FLAG: {}", d.as_str()));
    }
    match vote.question_basis {
        QuestionBasis::BuiltInList => notes.push("procedural (built-in list)".to_owned()),
        QuestionBasis::Override => notes.push("procedural (--procedural)".to_owned()),
        QuestionBasis::Column | QuestionBasis::Default => {}
    }
    if !vote.not_participating.is_empty() {
        notes.push(format!(
            "not participating: {}",
            codes(vote, vote.not_participating).join(" ")
        ));
    }
    if let Some(finding) = &replay.roster {
        notes.push(format!("roster: {}", roster_text(finding)));
    }
    notes.join("; ")
}

fn roster_text(finding: &RosterFinding) -> String {
    let list = |codes: &[MemberCode]| {
        codes
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut parts = Vec::new();
    if finding.expected != finding.found {
        parts.push(format!(
            "{} members, {} expected",
            finding.found, finding.expected
        ));
    }
    if !finding.missing.is_empty() {
        parts.push(format!("missing {}", list(&finding.missing)));
    }
    if !finding.unexpected.is_empty() {
        parts.push(format!("not on the roster {}", list(&finding.unexpected)));
    }
    parts.join(", ")
}

/// The outcomes of recorded votes as a table, with a summary line.
#[must_use]
pub fn undl_replay_text(votes: &[RecordedVote], replays: &[Replay]) -> String {
    let rows: Vec<Vec<String>> = votes
        .iter()
        .zip(replays)
        .map(|(vote, replay)| {
            vec![
                vote.draft.clone().unwrap_or_else(|| "—".to_owned()),
                vote.resolution.clone().unwrap_or_else(|| "—".to_owned()),
                vote.date.to_string(),
                replay.outcome_name().to_owned(),
                replay
                    .resolution
                    .as_ref()
                    .map_or_else(|| "no vote".to_owned(), |r| short_tally(&r.tally)),
                vetoed_by(vote, replay).join(" "),
                notes(vote, replay),
            ]
        })
        .collect();
    let count = |name: &str| replays.iter().filter(|r| r.outcome_name() == name).count();
    let flagged = replays.iter().filter(|r| r.discrepancy.is_some()).count();
    let roster = replays.iter().filter(|r| r.roster.is_some()).count();
    collect(|out| {
        out.write_str(&table(
            &[
                "Draft",
                "Resolution",
                "Date",
                "Outcome",
                "Tally",
                "Vetoed by",
                "Note",
            ],
            &rows,
        ))?;
        writeln!(
            out,
            "\n{} vote{}: {} adopted, {} adopted without a vote, {} vetoed, {} failed; {flagged} flagged; {roster} roster finding{}",
            votes.len(),
            if votes.len() == 1 { "" } else { "s" },
            count("adopted"),
            count(OutcomeKind::AdoptedWithoutVote.as_str()),
            count("vetoed"),
            count("failed"),
            if roster == 1 { "" } else { "s" },
        )
    })
}

#[derive(Serialize)]
struct RosterJson {
    kind: &'static str,
    expected: usize,
    found: usize,
    missing: Vec<String>,
    unexpected: Vec<String>,
}

#[derive(Serialize)]
struct RecordedVoteJson<'a> {
    draft: Option<&'a str>,
    resolution: Option<&'a str>,
    date: String,
    meeting: Option<&'a str>,
    question: &'static str,
    question_basis: &'static str,
    modality: &'static str,
    rules: &'static str,
    outcome: &'static str,
    tally: Option<TallyJson>,
    vetoed_by: Vec<String>,
    not_participating: Vec<String>,
    flag: Option<&'static str>,
    roster: Option<RosterJson>,
    line: u64,
}

#[derive(Serialize)]
struct UndlReplayJson<'a> {
    schema_version: u32,
    votes: Vec<RecordedVoteJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<SummaryJson>,
}

/// The outcomes of recorded votes as one JSON object: `schema_version`, a `votes` list and,
/// when given, the file's `summary`.
#[must_use]
pub fn undl_replay_json(
    votes: &[RecordedVote],
    replays: &[Replay],
    summary: Option<&Summary>,
) -> String {
    let list: Vec<RecordedVoteJson<'_>> = votes
        .iter()
        .zip(replays)
        .map(|(vote, replay)| RecordedVoteJson {
            draft: vote.draft.as_deref(),
            resolution: vote.resolution.as_deref(),
            date: vote.date.to_string(),
            meeting: vote.meeting.as_deref(),
            question: vote.question.as_str(),
            question_basis: vote.question_basis.as_str(),
            modality: vote.modality.as_str(),
            rules: replay.rules.preset.as_str(),
            outcome: replay.outcome_name(),
            tally: replay.resolution.as_ref().map(|r| r.tally.into()),
            vetoed_by: vetoed_by(vote, replay),
            not_participating: codes(vote, vote.not_participating),
            flag: replay.discrepancy.map(Discrepancy::as_str),
            roster: replay.roster.as_ref().map(|f| RosterJson {
                kind: f.kind(),
                expected: f.expected,
                found: f.found,
                missing: f.missing.iter().map(ToString::to_string).collect(),
                unexpected: f.unexpected.iter().map(ToString::to_string).collect(),
            }),
            line: vote.line,
        })
        .collect();
    pretty(&UndlReplayJson {
        schema_version: JSON_SCHEMA_VERSION,
        votes: list,
        summary: summary.map(SummaryJson::from),
    })
}

#[derive(Serialize)]
struct DissentJson {
    code: String,
    no: usize,
    abstain: usize,
    non_voting: usize,
}

#[derive(Serialize)]
struct SummaryJson {
    votes: usize,
    per_year: BTreeMap<String, usize>,
    voted: usize,
    without_vote: usize,
    unanimous: usize,
    unanimity_rate: Option<f64>,
    procedural: usize,
    dissent: Vec<DissentJson>,
    discrepancies: BTreeMap<&'static str, usize>,
    roster_findings: BTreeMap<&'static str, usize>,
}

impl From<&Summary> for SummaryJson {
    fn from(s: &Summary) -> Self {
        Self {
            votes: s.votes,
            per_year: s
                .per_year
                .iter()
                .map(|(y, n)| (y.to_string(), *n))
                .collect(),
            voted: s.voted,
            without_vote: s.without_vote,
            unanimous: s.unanimous,
            unanimity_rate: unanimity_rate(s),
            procedural: s.procedural,
            dissent: s
                .dissent
                .iter()
                .map(|(code, d)| DissentJson {
                    code: code.to_string(),
                    no: d.no,
                    abstain: d.abstain,
                    non_voting: d.non_voting,
                })
                .collect(),
            discrepancies: s
                .discrepancies
                .iter()
                .map(|(d, n)| (d.as_str(), *n))
                .collect(),
            roster_findings: s.roster_findings.iter().copied().collect(),
        }
    }
}

/// Unanimous votes as a share of the texts put to the vote.
#[allow(clippy::cast_precision_loss)] // counts of votes are far below 2^52
fn unanimity_rate(s: &Summary) -> Option<f64> {
    (s.voted > 0).then(|| s.unanimous as f64 / s.voted as f64)
}

/// A file's summary as text: votes per year, unanimity, dissent by member, flags by kind.
#[must_use]
pub fn undl_summary_text(summary: &Summary) -> String {
    collect(|out| {
        writeln!(out, "Summary")?;
        writeln!(
            out,
            "{} votes: {} put to the vote, {} adopted without a vote; {} procedural",
            summary.votes, summary.voted, summary.without_vote, summary.procedural
        )?;
        match unanimity_rate(summary) {
            Some(rate) => writeln!(
                out,
                "Unanimous: {} of {} votes ({:.1}%)",
                summary.unanimous,
                summary.voted,
                rate * 100.0
            )?,
            None => writeln!(out, "Unanimous: no votes")?,
        }
        writeln!(out, "\nVotes per year:")?;
        let years: Vec<Vec<String>> = summary
            .per_year
            .iter()
            .map(|(y, n)| vec![y.to_string(), n.to_string()])
            .collect();
        out.write_str(&table(&["Year", "Votes"], &years))?;
        writeln!(
            out,
            "\nNon-unanimous votes by member (votes not in favour):"
        )?;
        let dissent: Vec<Vec<String>> = summary
            .dissent
            .iter()
            .map(|(code, d)| {
                vec![
                    code.to_string(),
                    d.no.to_string(),
                    d.abstain.to_string(),
                    d.non_voting.to_string(),
                ]
            })
            .collect();
        out.write_str(&table(
            &["Member", "Against", "Abstaining", "Non-voting"],
            &dissent,
        ))?;
        writeln!(out, "\nDisagreements with the record:")?;
        for (d, n) in &summary.discrepancies {
            writeln!(out, "  {}: {n}", d.as_str())?;
        }
        writeln!(out, "Roster findings (data, not the engine):")?;
        if summary.roster_findings.is_empty() {
            writeln!(out, "  none")?;
        }
        for (kind, n) in &summary.roster_findings {
            writeln!(out, "  {kind}: {n}")?;
        }
        Ok(())
    })
}

/// One scenario file's replay.
pub struct ScenarioReplay<'a> {
    /// Where it came from.
    pub file: String,
    /// The analysis; `None` when the file is invalid (its problems are reported elsewhere).
    pub analysis: Option<Analysis<'a>>,
}

impl ScenarioReplay<'_> {
    /// Whether the file loaded and, if it has a record, agrees with it.
    #[must_use]
    pub fn is_ok(&self) -> bool {
        self.analysis
            .as_ref()
            .is_some_and(|a| a.record.as_ref().is_none_or(RecordCheck::matches))
    }
}

fn status(analysis: &Analysis<'_>) -> (&'static str, &'static str) {
    match &analysis.record {
        None => ("—", "no record"),
        Some(check) if check.matches() => (check.recorded.as_str(), "yes"),
        Some(check) if check.outcome_matches && check.tally_matches => {
            (check.recorded.as_str(), "NO: votes differ")
        }
        Some(check) if check.outcome_matches => (check.recorded.as_str(), "NO: tally differs"),
        Some(check) => (check.recorded.as_str(), "NO"),
    }
}

/// Scenario replays as a table (id, date, computed and recorded outcome, match) and a summary.
#[must_use]
pub fn scenario_replay_text(replays: &[ScenarioReplay<'_>]) -> String {
    let rows: Vec<Vec<String>> = replays
        .iter()
        .map(|r| match &r.analysis {
            Some(analysis) => {
                let (recorded, matches) = status(analysis);
                vec![
                    analysis.scenario.meta.id.clone(),
                    analysis.scenario.meta.date.to_string(),
                    analysis.resolution.outcome.as_str().to_owned(),
                    recorded.to_owned(),
                    matches.to_owned(),
                ]
            }
            None => {
                let file = &r.file;
                vec![
                    file.clone(),
                    "—".into(),
                    "—".into(),
                    "—".into(),
                    "NO: invalid file".into(),
                ]
            }
        })
        .collect();
    let with_record = replays
        .iter()
        .filter(|r| r.analysis.as_ref().is_some_and(|a| a.record.is_some()))
        .count();
    let failing = replays.iter().filter(|r| !r.is_ok()).count();
    collect(|out| {
        out.write_str(&table(
            &["Scenario", "Date", "Computed", "Recorded", "Match"],
            &rows,
        ))?;
        writeln!(
            out,
            "\n{} scenario{}, {with_record} with a record: {failing} mismatch{}",
            replays.len(),
            if replays.len() == 1 { "" } else { "s" },
            if failing == 1 { "" } else { "es" },
        )
    })
}

#[derive(Serialize)]
struct ScenarioReplayJson<'a> {
    file: &'a str,
    id: Option<&'a str>,
    date: Option<String>,
    computed: Option<&'static str>,
    recorded: Option<&'static str>,
    matches: bool,
    mismatched_votes: Vec<&'a str>,
}

/// `unsc replay PATH… --format json`.
#[derive(Serialize)]
struct Scenarios<'a> {
    schema_version: u32,
    scenarios: Vec<ScenarioReplayJson<'a>>,
}

/// Scenario replays as JSON: `schema_version` and `scenarios`, one object per file.
#[must_use]
pub fn scenario_replay_json(replays: &[ScenarioReplay<'_>]) -> String {
    let list: Vec<ScenarioReplayJson<'_>> = replays
        .iter()
        .map(|r| match &r.analysis {
            Some(analysis) => ScenarioReplayJson {
                file: &r.file,
                id: Some(&analysis.scenario.meta.id),
                date: Some(analysis.scenario.meta.date.to_string()),
                computed: Some(analysis.resolution.outcome.as_str()),
                recorded: analysis.record.as_ref().map(|c| c.recorded.as_str()),
                matches: r.is_ok(),
                mismatched_votes: analysis.record.as_ref().map_or_else(Vec::new, |c| {
                    c.vote_mismatches
                        .iter()
                        .map(|m| analysis.scenario.council.member(m.member).code.as_str())
                        .collect()
                }),
            },
            None => ScenarioReplayJson {
                file: &r.file,
                id: None,
                date: None,
                computed: None,
                recorded: None,
                matches: false,
                mismatched_votes: Vec::new(),
            },
        })
        .collect();
    pretty(&Scenarios {
        schema_version: JSON_SCHEMA_VERSION,
        scenarios: list,
    })
}
