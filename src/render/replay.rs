//! Replays as tables and JSON: recorded votes from the Digital Library, and scenario files
//! checked against their `[record]`.

use std::fmt::Write as _;

use serde::Serialize;

use std::collections::BTreeMap;

use crate::engine::{Analysis, RecordCheck};
use crate::history::{Discrepancy, QuestionBasis, RecordedVote, Replay, RosterFinding, Summary};
use crate::model::{MemberCode, MemberSet, OutcomeKind};
use crate::render::json::{JSON_SCHEMA_VERSION, TallyJson};
use crate::render::prose::short_tally;
use crate::render::{Report, collect};

/// Recorded votes from a Digital Library file, each replayed under the rules of its date,
/// with the file's summary when asked for.
#[derive(Clone, Copy, Debug)]
pub struct UndlReplay<'a> {
    /// The votes, in file order.
    pub votes: &'a [RecordedVote],
    /// Their replays, one per vote.
    pub replays: &'a [Replay],
    /// The file's summary, if asked for.
    pub summary: Option<&'a Summary>,
}

impl Report for UndlReplay<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(undl_replay_json(self.votes, self.replays, self.summary))
    }

    fn text(&self) -> Option<String> {
        let mut text = undl_replay_text(self.votes, self.replays);
        if let Some(summary) = self.summary {
            text.push('\n');
            text.push_str(&undl_summary_text(summary));
        }
        Some(text)
    }
}

/// Scenario files replayed against their `[record]`.
impl Report for [ScenarioReplay<'_>] {
    fn json(&self) -> Option<impl Serialize> {
        Some(scenario_replay_json(self))
    }

    fn text(&self) -> Option<String> {
        Some(scenario_replay_text(self))
    }
}

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
fn undl_replay_text(votes: &[RecordedVote], replays: &[Replay]) -> String {
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

/// Where a vote's members differ from the built-in roster of its year.
#[derive(Serialize)]
struct RosterJson {
    /// `wrong-size` or `wrong-member`.
    kind: &'static str,
    /// Members the roster has.
    expected: usize,
    /// Members the file names.
    found: usize,
    /// Codes on the roster the file does not name.
    missing: Vec<String>,
    /// Codes the file names that are not on the roster.
    unexpected: Vec<String>,
}

/// One recorded vote, replayed.
#[derive(Serialize)]
struct RecordedVoteJson<'a> {
    /// The draft's symbol, as the file gives it.
    draft: Option<&'a str>,
    /// The resolution's symbol, as the file gives it.
    resolution: Option<&'a str>,
    /// `YYYY-MM-DD`.
    date: String,
    /// The meeting record, e.g. `S/PV.9408`.
    meeting: Option<&'a str>,
    /// The kind of question.
    question: &'static str,
    /// Where the kind of question comes from (`column`, `built-in-list`, `override`,
    /// `default`).
    question_basis: &'static str,
    /// `vote` or `without-vote`.
    modality: &'static str,
    /// The preset in force on the date.
    rules: &'static str,
    /// The outcome computed.
    outcome: &'static str,
    /// The tally; `None` for an adoption without a vote.
    tally: Option<TallyJson>,
    /// The codes of the members whose negative vote vetoed it.
    vetoed_by: Vec<String>,
    /// Non-voting members noted as not participating (counted as absent).
    not_participating: Vec<String>,
    /// A disagreement with the record, if any.
    flag: Option<&'static str>,
    /// Where the members differ from the built-in roster, if they do.
    roster: Option<RosterJson>,
    /// The line of the vote's first row.
    line: u64,
}

/// The JSON form of a Digital Library replay (`unsc replay --undl FILE --format json`;
/// `docs/json.md`).
#[derive(Serialize)]
struct UndlReplayJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// One object per vote, in file order.
    votes: Vec<RecordedVoteJson<'a>>,
    /// The file's summary, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<SummaryJson>,
}

/// The replay's JSON form.
fn undl_replay_json<'a>(
    votes: &'a [RecordedVote],
    replays: &[Replay],
    summary: Option<&Summary>,
) -> UndlReplayJson<'a> {
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
    UndlReplayJson {
        schema_version: JSON_SCHEMA_VERSION,
        votes: list,
        summary: summary.map(SummaryJson::from),
    }
}

/// A member's votes not in favour.
#[derive(Serialize)]
struct DissentJson {
    /// The member's code.
    code: String,
    /// Votes against.
    no: usize,
    /// Abstentions.
    abstain: usize,
    /// Votes it did not cast (absent or not participating).
    non_voting: usize,
}

/// A file's summary.
#[derive(Serialize)]
struct SummaryJson {
    /// Votes in the file.
    votes: usize,
    /// Year → votes.
    per_year: BTreeMap<String, usize>,
    /// Texts put to the vote.
    voted: usize,
    /// Texts adopted without a vote.
    without_vote: usize,
    /// Votes with every member in favour.
    unanimous: usize,
    /// Unanimous ÷ voted; `None` when nothing was voted.
    unanimity_rate: Option<f64>,
    /// Procedural votes.
    procedural: usize,
    /// Per member, its votes not in favour.
    dissent: Vec<DissentJson>,
    /// Flag → count, every flag listed.
    discrepancies: BTreeMap<&'static str, usize>,
    /// Roster finding kind → count.
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
fn undl_summary_text(summary: &Summary) -> String {
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
fn scenario_replay_text(replays: &[ScenarioReplay<'_>]) -> String {
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

/// One scenario file's replay; only `file` for an invalid file.
#[derive(Serialize)]
struct ScenarioReplayJson<'a> {
    /// Where it came from.
    file: &'a str,
    /// The scenario's id.
    id: Option<&'a str>,
    /// The date of the vote, `YYYY-MM-DD`.
    date: Option<String>,
    /// The outcome computed.
    computed: Option<&'static str>,
    /// The outcome recorded, if the scenario has a record.
    recorded: Option<&'static str>,
    /// Whether the file loaded and agrees with its record (if any).
    matches: bool,
    /// The codes of the members whose modelled vote differs from the record.
    mismatched_votes: Vec<&'a str>,
}

/// The JSON form of scenario replays (`unsc replay PATH… --format json`; `docs/json.md`).
#[derive(Serialize)]
struct Scenarios<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// One object per file.
    scenarios: Vec<ScenarioReplayJson<'a>>,
}

/// The replays' JSON form.
fn scenario_replay_json<'a>(replays: &'a [ScenarioReplay<'_>]) -> Scenarios<'a> {
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
    Scenarios {
        schema_version: JSON_SCHEMA_VERSION,
        scenarios: list,
    }
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::ScenarioReplay;
    use crate::engine::analyse;
    use crate::render::{Format, fixture, render};

    /// A scenario without a record, and a file that did not load.
    #[test]
    fn scenario_replays_as_text() {
        let scenario = fixture::scenario();
        let replays = [
            ScenarioReplay {
                file: "test-veto.toml".to_owned(),
                analysis: Some(analyse(&scenario)),
            },
            ScenarioReplay {
                file: "broken.toml".to_owned(),
                analysis: None,
            },
        ];
        assert_data_eq!(
            render(replays.as_slice(), Format::Text).unwrap(),
            str![[r#"
Scenario     Date        Computed  Recorded  Match
-----------  ----------  --------  --------  ----------------
test-veto    2026-03-15  vetoed    —         no record
broken.toml  —           —         —         NO: invalid file

2 scenarios, 0 with a record: 1 mismatch

"#]]
        );
    }
}
