//! Scenario files from recorded votes: one per vote, historical, every fact cited.

use std::fmt::Write as _;

use crate::history::replay::Replay;
use crate::history::undl::{Modality, RecordedVote};
use crate::input::one_line;
use crate::model::{Seat, Source, Vote};

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
    /// The text was adopted without a vote, and a scenario records a vote.
    #[error("line {line}: {symbol} was adopted without a vote; a scenario records a vote")]
    WithoutVote {
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
///
/// # Errors
/// When the vote has no meeting record or link to cite as the record's source, or the text
/// was adopted without a vote.
pub fn scenario_file(vote: &RecordedVote, replay: &Replay) -> Result<ScenarioFile, ImportError> {
    if vote.modality == Modality::WithoutVote {
        return Err(ImportError::WithoutVote {
            symbol: vote.symbol().to_owned(),
            line: vote.line,
        });
    }
    let sources: Vec<&str> = [cite(vote.link.as_ref()), cite(vote.meeting.as_ref())]
        .into_iter()
        .flatten()
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
    let outcome = if vote.resolution.is_some() {
        "adopted"
    } else {
        replay.outcome_name()
    };

    let mut out = String::new();
    let w = &mut out;
    // Writing to a String cannot fail.
    let _ = writeln!(
        w,
        "# Imported by `unsc import` from the UN Digital Library's"
    );
    let _ = writeln!(w, "# Security Council voting data (line {}).", vote.line);
    let _ = writeln!(w, "format = 1");
    let _ = writeln!(w, "id = {}", quote(&id));
    let _ = writeln!(w, "title = {}", quote_line(&title));
    let _ = writeln!(w, "date = {}", vote.date);
    let _ = writeln!(w, "status = \"historical\"");
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
    let _ = writeln!(w, "summary = {}", quote_line(&summary));
    let _ = writeln!(w, "sources = [{}]", list(&sources));
    let _ = writeln!(w, "tags = [\"imported\", \"undl\"]");
    write_members(w, vote);
    let rules = &replay.rules;
    let _ = writeln!(w, "\n[rules]");
    let _ = writeln!(w, "preset = \"{}\"", rules.preset);
    if vote.council.len() != rules.preset.council_size() {
        let _ = writeln!(w, "size = {}", vote.council.len());
        let _ = writeln!(w, "threshold = {}", rules.threshold);
    }
    let _ = writeln!(w, "question = \"{}\"", rules.question.as_str());
    let _ = writeln!(w, "\n[draft]");
    if let Some(draft) = &vote.draft {
        let _ = writeln!(w, "symbol = {}", quote_line(draft));
    }
    let _ = writeln!(
        w,
        "title = {}",
        quote_line(vote.description.as_deref().unwrap_or(symbol))
    );
    let _ = writeln!(w, "\n[stances]");
    for (i, member) in vote.council.members().iter().enumerate() {
        let v = vote.ballot.vote(i).unwrap_or(Vote::Absent);
        let _ = writeln!(w, "{} = {{ vote = \"{}\" }}", member.code, v.as_str());
    }
    let _ = writeln!(w, "\n[record]");
    let _ = writeln!(w, "outcome = \"{outcome}\"");
    if let Some(resolution) = &vote.resolution {
        let _ = writeln!(w, "resolution = {}", quote_line(resolution));
    }
    let _ = writeln!(w, "source = {}", quote(record_source));
    for v in Vote::ALL {
        let codes: Vec<String> = vote
            .ballot
            .cast(v)
            .iter()
            .map(|i| vote.council.member(i).code.to_string())
            .collect();
        if !codes.is_empty() {
            let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
            let _ = writeln!(w, "{} = [{}]", v.as_str(), list(&refs));
        }
    }
    Ok(ScenarioFile {
        file_name: format!("{id}.toml"),
        text: out,
    })
}

/// The vote's members as `[[member]]` tables.
fn write_members(w: &mut String, vote: &RecordedVote) {
    for member in vote.council.members() {
        let _ = writeln!(w, "\n[[member]]");
        let _ = writeln!(w, "code = \"{}\"", member.code);
        let _ = writeln!(w, "name = {}", quote_line(&member.name));
        let seat = match member.seat {
            Seat::Permanent => "permanent",
            Seat::Elected => "elected",
        };
        let _ = writeln!(w, "seat = \"{seat}\"");
    }
}

/// The text, if it is a citable source.
fn cite(text: Option<&String>) -> Option<&str> {
    text.map(String::as_str)
        .filter(|s| s.parse::<Source>().is_ok())
}

/// A TOML basic string, escaped by the toml crate.
/// A TOML string of `text` on one line, as a scenario's one-line fields must be (a
/// description in the file may hold line breaks).
fn quote_line(text: &str) -> String {
    quote(&one_line(text))
}

fn quote(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| quote(s))
        .collect::<Vec<_>>()
        .join(", ")
}
