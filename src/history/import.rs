//! Scenario files from recorded votes: one per vote, historical, every fact cited.

use crate::history::replay::Replay;
use crate::history::undl::{Modality, RecordedVote};
use crate::input::one_line;
use crate::model::{OutcomeKind, Source};
use crate::scenario::{Outline, RecordOutline, write};

/// A scenario written out for one recorded vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioFile {
    /// `DATE-SYMBOL.toml`, e.g. `2023-08-30-s-2023-638.toml`.
    pub file_name: String,
    /// The scenario, in format 1.
    pub text: String,
}

/// Why a recorded vote cannot be written as a scenario.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The vote names nothing a scenario may cite.
    #[error("line {line}: {symbol} has neither a meeting record nor a library link to cite")]
    NoSource {
        /// The vote.
        symbol: String,
        /// The line of its first row.
        line: u64,
    },
}

/// The scenario id for a vote: its date and symbol in kebab case.
#[must_use]
pub fn scenario_id(vote: &RecordedVote) -> String {
    let mut id = vote.date.to_string();
    for word in vote
        .symbol()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        id.push('-');
        id.push_str(&word.to_ascii_lowercase());
    }
    id
}

/// Writes the scenario for a recorded vote and its replay. The record states "adopted" when
/// the file names a resolution, so a vote the engine finds not adopted fails its own replay.
/// A text adopted without a vote gets `outcome = "adopted-without-vote"` and no vote lists
/// (its stances keep the file's "Y" for every member).
///
/// # Errors
/// When the vote has no meeting record or link to cite as the record's source.
pub fn scenario_file(vote: &RecordedVote, replay: &Replay) -> Result<ScenarioFile, ImportError> {
    let sources: Vec<String> = [cite(vote.link.as_ref()), cite(vote.meeting.as_ref())]
        .into_iter()
        .flatten()
        .map(str::to_owned)
        .collect();
    let Some(record_source) = cite(vote.meeting.as_ref()).or(cite(vote.link.as_ref())) else {
        return Err(ImportError::NoSource {
            symbol: vote.symbol().to_owned(),
            line: vote.line,
        });
    };
    let id = scenario_id(vote);
    let symbol = vote.symbol();
    let title = match &vote.description {
        Some(d) => format!("{symbol}: {d}"),
        None => symbol.to_owned(),
    };
    let outcome = match (&vote.modality, &vote.resolution, &replay.resolution) {
        (Modality::WithoutVote, _, _) | (_, _, None) => OutcomeKind::AdoptedWithoutVote,
        (Modality::Voted, Some(_), _) => OutcomeKind::Adopted,
        (Modality::Voted, None, Some(resolution)) => resolution.outcome.kind(),
    };
    let summary = [vote.description.as_deref(), vote.agenda.as_deref()]
        .into_iter()
        .flatten()
        .map(one_line)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(". Agenda: ");
    // A summary may not be empty: say so rather than write a file that fails to load.
    let summary = if summary.is_empty() {
        "The Digital Library's file gives no description of this vote.".to_owned()
    } else {
        summary
    };
    let text = write(&Outline {
        comment: vec![
            "Imported by `unsc import` from the UN Digital Library's".to_owned(),
            format!("Security Council voting data (line {}).", vote.line),
        ],
        id: id.clone(),
        title: one_line(&title),
        date: vote.date,
        summary,
        sources,
        tags: vec!["imported".to_owned(), "undl".to_owned()],
        council: &vote.council,
        rules: &replay.rules,
        draft_symbol: vote.draft.as_deref().map(one_line),
        draft_title: one_line(vote.description.as_deref().unwrap_or(symbol)),
        ballot: &vote.ballot,
        record: RecordOutline {
            outcome,
            resolution: vote.resolution.as_deref().map(one_line),
            source: record_source.to_owned(),
        },
    });
    Ok(ScenarioFile {
        file_name: format!("{id}.toml"),
        text,
    })
}

/// The text, if it is a citable source.
fn cite(text: Option<&String>) -> Option<&str> {
    text.map(String::as_str)
        .filter(|s| s.parse::<Source>().is_ok())
}
