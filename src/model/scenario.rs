//! A validated scenario: metadata, Council, rule set, draft, stances and the record.

use std::fmt;

use crate::model::ballot::Ballot;
use crate::model::council::Council;
use crate::model::draft::Draft;
use crate::model::rule_set::RuleSet;
use crate::model::source::Source;
use crate::model::vote::Vote;

/// A calendar date (validated by the TOML parser).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, such as 2023.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Whether a scenario records what happened or imagines what might.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Every fact is on the record and sourced.
    Historical,
    /// Invented or altered: never to be read as the record.
    Hypothetical,
}

impl Status {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Historical => "historical",
            Self::Hypothetical => "hypothetical",
        }
    }
}

/// Descriptive facts about a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metadata {
    /// Stable kebab-case identifier, usually the file name without `.toml`.
    pub id: String,
    /// One-line title.
    pub title: String,
    /// Date of the vote.
    pub date: Date,
    /// Historical or hypothetical.
    pub status: Status,
    /// A few sentences of context.
    pub summary: String,
    /// Where the scenario's facts come from.
    pub sources: Vec<Source>,
    /// Free-form tags for filtering.
    pub tags: Vec<String>,
}

/// How the Council in a scenario was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CouncilOrigin {
    /// A built-in roster for that year.
    Roster(i32),
    /// Members listed in the file.
    Explicit,
}

/// One member's position on the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stance {
    /// How it votes.
    pub vote: Vote,
    /// Why, in its own words or a summary of them.
    pub reason: Option<String>,
    /// Where the reason (or the vote) is recorded.
    pub source: Option<Source>,
}

/// What the Council's record says happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The recorded outcome.
    pub outcome: RecordedOutcome,
    /// How each member voted, in Council order.
    pub ballot: Ballot,
    /// The resolution number, when adopted.
    pub resolution: Option<String>,
    /// The meeting record or other source.
    pub source: Source,
}

/// An outcome as the record states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordedOutcome {
    /// Adopted.
    Adopted,
    /// Not adopted owing to the negative vote of a permanent member.
    Vetoed,
    /// Not adopted for want of the required affirmative votes.
    Failed,
}

impl RecordedOutcome {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Adopted => "adopted",
            Self::Vetoed => "vetoed",
            Self::Failed => "failed",
        }
    }
}

/// A complete, validated scenario, ready for the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Descriptive facts.
    pub meta: Metadata,
    /// The members voting.
    pub council: Council,
    /// Where the Council came from.
    pub council_origin: CouncilOrigin,
    /// The rule applied.
    pub rules: RuleSet,
    /// The text voted on.
    pub draft: Draft,
    /// Each member's stance, in Council order.
    pub stances: Vec<Stance>,
    /// The record, for replay.
    pub record: Option<Record>,
}

impl Scenario {
    /// The ballot the stances produce.
    #[must_use]
    pub fn ballot(&self) -> Ballot {
        let votes: Vec<Vote> = self.stances.iter().map(|s| s.vote).collect();
        Ballot::from_votes(&votes)
    }
}
