//! Replay: does the engine's result agree with the Council's record?

use crate::engine::resolution::{Outcome, Tally};
use crate::model::{Ballot, OutcomeKind, Record, Vote};

/// A member whose modelled vote differs from the recorded one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VoteMismatch {
    /// The member's seat index.
    pub member: usize,
    /// The vote on the record.
    pub recorded: Vote,
    /// The vote in the scenario's stances.
    pub modelled: Vote,
}

/// How a resolved vote compares with the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordCheck {
    /// The outcome on the record.
    pub recorded: OutcomeKind,
    /// Whether the computed outcome is the recorded one.
    pub outcome_matches: bool,
    /// The tally on the record.
    pub recorded_tally: Tally,
    /// Whether the computed tally is the recorded one, count by count.
    pub tally_matches: bool,
    /// The outcome the engine computes from the recorded votes themselves.
    pub outcome_from_recorded_votes: Outcome,
    /// Members whose stance differs from their recorded vote.
    pub vote_mismatches: Vec<VoteMismatch>,
}

impl RecordCheck {
    /// Whether outcome, tally and every vote match.
    #[must_use]
    pub fn matches(&self) -> bool {
        self.outcome_matches && self.tally_matches && self.vote_mismatches.is_empty()
    }
}

/// Compares a computed outcome and ballot with the record.
#[must_use]
pub fn check(
    record: &Record,
    outcome: Outcome,
    modelled: &Ballot,
    outcome_from_recorded_votes: Outcome,
) -> RecordCheck {
    let vote_mismatches = record
        .ballot
        .members()
        .iter()
        .filter_map(|member| {
            let recorded = record.ballot.vote(member)?;
            let modelled = modelled.vote(member)?;
            (recorded != modelled).then_some(VoteMismatch {
                member,
                recorded,
                modelled,
            })
        })
        .collect();
    let recorded_tally = Tally::of(&record.ballot);
    RecordCheck {
        recorded: record.outcome,
        outcome_matches: record.outcome == outcome.kind(),
        recorded_tally,
        tally_matches: recorded_tally == Tally::of(modelled),
        outcome_from_recorded_votes,
        vote_mismatches,
    }
}
