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
    /// The tally on the record; `None` when the text was adopted without a vote.
    pub recorded_tally: Option<Tally>,
    /// Whether the computed tally is the recorded one, count by count (trivially, when the
    /// record has no tally).
    pub tally_matches: bool,
    /// The outcome the engine computes from the recorded votes themselves, when there were any.
    pub outcome_from_recorded_votes: Option<Outcome>,
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

/// Compares a computed outcome and ballot with the record. A text adopted without a vote is
/// compared by its outcome alone: no tally is invented for it.
#[must_use]
pub fn check(
    record: &Record,
    outcome: Outcome,
    modelled: &Ballot,
    outcome_from_recorded_votes: Option<Outcome>,
) -> RecordCheck {
    let vote_mismatches = record
        .ballot
        .as_ref()
        .map(|recorded_ballot| mismatches(recorded_ballot, modelled))
        .unwrap_or_default();
    let recorded_tally = record.ballot.as_ref().map(Tally::of);
    RecordCheck {
        recorded: record.outcome,
        outcome_matches: same_outcome(record.outcome, outcome),
        recorded_tally,
        tally_matches: recorded_tally.is_none_or(|tally| tally == Tally::of(modelled)),
        outcome_from_recorded_votes,
        vote_mismatches,
    }
}

/// Members whose modelled vote differs from the recorded one.
fn mismatches(recorded_ballot: &Ballot, modelled: &Ballot) -> Vec<VoteMismatch> {
    recorded_ballot
        .members()
        .iter()
        .filter_map(|member| {
            let recorded = recorded_ballot.vote(member)?;
            let modelled = modelled.vote(member)?;
            (recorded != modelled).then_some(VoteMismatch {
                member,
                recorded,
                modelled,
            })
        })
        .collect()
}

/// Whether a computed outcome is the one the record states.
#[must_use]
pub fn same_outcome(recorded: OutcomeKind, computed: Outcome) -> bool {
    matches!(
        (recorded, computed),
        (
            OutcomeKind::Adopted | OutcomeKind::AdoptedWithoutVote,
            Outcome::Adopted
        ) | (OutcomeKind::Vetoed, Outcome::Vetoed(_))
            | (OutcomeKind::Failed, Outcome::Failed)
            | (OutcomeKind::Blocked, Outcome::Blocked(_))
    )
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::engine::resolution::Outcome;
    use crate::engine::test_support::ballot;
    use crate::model::{OutcomeKind, Record, Source};

    #[test]
    fn a_text_adopted_without_a_vote_is_compared_by_its_outcome_alone() {
        // Res. 2580 (2021), adopted by acclamation: no tally on the record, none invented.
        let record = Record {
            outcome: OutcomeKind::AdoptedWithoutVote,
            ballot: None,
            resolution: Some("2580 (2021)".to_owned()),
            source: Source::Symbol("S/RES/2580 (2021)".to_owned()),
        };
        let modelled = ballot("yyyyyyyyyyyyyyy");
        let adopted = check(&record, Outcome::Adopted, &modelled, None);
        assert!(adopted.matches());
        assert_eq!(adopted.recorded_tally, None);
        assert!(!check(&record, Outcome::Failed, &modelled, None).matches());
    }
}
