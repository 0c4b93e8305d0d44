//! Replays as tables and JSON: recorded votes from the Digital Library, and scenario files
//! checked against their `[record]`.

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::{Analysis, Outcome, RecordCheck};
use crate::history::{Discrepancy, RecordedVote, Replay};
use crate::render::collect;
use crate::render::json::{TallyJson, pretty};
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

fn vetoed_by(vote: &RecordedVote, outcome: Outcome) -> Vec<String> {
    outcome
        .vetoed_by()
        .iter()
        .map(|i| vote.council.member(i).code.to_string())
        .collect()
}

/// The outcomes of recorded votes as a table, with a summary line.
#[must_use]
pub fn undl_replay_text(votes: &[RecordedVote], replays: &[Replay]) -> String {
    let rows: Vec<Vec<String>> = votes
        .iter()
        .zip(replays)
        .map(|(vote, replay)| {
            let outcome = replay.resolution.outcome;
            vec![
                vote.draft.clone().unwrap_or_else(|| "—".to_owned()),
                vote.resolution.clone().unwrap_or_else(|| "—".to_owned()),
                vote.date.to_string(),
                outcome.as_str().to_owned(),
                short_tally(&replay.resolution.tally),
                vetoed_by(vote, outcome).join(" "),
                replay
                    .discrepancy
                    .map_or(String::new(), |d| format!("FLAG: {}", d.as_str())),
            ]
        })
        .collect();
    let count = |name: &str| {
        replays
            .iter()
            .filter(|r| r.resolution.outcome.as_str() == name)
            .count()
    };
    let flagged = replays.iter().filter(|r| r.discrepancy.is_some()).count();
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
            "\n{} vote{}: {} adopted, {} vetoed, {} failed; {flagged} flagged",
            votes.len(),
            if votes.len() == 1 { "" } else { "s" },
            count("adopted"),
            count("vetoed"),
            count("failed"),
        )
    })
}

#[derive(Serialize)]
struct RecordedVoteJson<'a> {
    draft: Option<&'a str>,
    resolution: Option<&'a str>,
    date: String,
    meeting: Option<&'a str>,
    question: &'static str,
    rules: &'static str,
    outcome: &'static str,
    tally: TallyJson,
    vetoed_by: Vec<String>,
    flag: Option<&'static str>,
    line: u64,
}

/// The outcomes of recorded votes as a JSON list, one object per vote.
#[must_use]
pub fn undl_replay_json(votes: &[RecordedVote], replays: &[Replay]) -> String {
    let list: Vec<RecordedVoteJson<'_>> = votes
        .iter()
        .zip(replays)
        .map(|(vote, replay)| RecordedVoteJson {
            draft: vote.draft.as_deref(),
            resolution: vote.resolution.as_deref(),
            date: vote.date.to_string(),
            meeting: vote.meeting.as_deref(),
            question: vote.question.as_str(),
            rules: replay.rules.preset.as_str(),
            outcome: replay.resolution.outcome.as_str(),
            tally: replay.resolution.tally.into(),
            vetoed_by: vetoed_by(vote, replay.resolution.outcome),
            flag: replay.discrepancy.map(Discrepancy::as_str),
            line: vote.line,
        })
        .collect();
    pretty(&list)
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
        Some(check) if check.outcome_matches => (check.recorded.as_str(), "NO: votes differ"),
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

/// Scenario replays as a JSON list.
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
    pretty(&list)
}
