//! Replaying recorded votes: the engine's outcome beside what the record says.

use crate::engine::{Resolution, Resolver};
use crate::history::undl::RecordedVote;
use crate::model::{Preset, QuestionKind, RuleSet};

/// Where the engine and the record disagree about a vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Discrepancy {
    /// The record names a resolution, but the engine finds the draft not adopted.
    ResolutionNotAdopted,
    /// The engine finds a substantive draft adopted, but the record names no resolution.
    AdoptedWithoutResolution,
}

impl Discrepancy {
    /// The stable name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ResolutionNotAdopted => "resolution-not-adopted",
            Self::AdoptedWithoutResolution => "adopted-without-resolution",
        }
    }
}

/// A recorded vote resolved by the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replay {
    /// The rule set in force on the vote's date.
    pub rules: RuleSet,
    /// Outcome, tally and rule chain.
    pub resolution: Resolution,
    /// Where the engine and the record disagree, if they do.
    pub discrepancy: Option<Discrepancy>,
}

/// The rule set a recorded vote was taken under: the preset in force on its date, the
/// permanent members of its Council holding the veto, and its question kind.
#[must_use]
pub fn rules_for(vote: &RecordedVote) -> RuleSet {
    let mut rules =
        RuleSet::from_preset(Preset::in_force(vote.date.year), vote.council.permanent());
    rules.question = vote.question;
    rules
}

/// Resolves a recorded vote and compares the outcome with the record.
#[must_use]
pub fn replay(vote: &RecordedVote) -> Replay {
    let rules = rules_for(vote);
    let resolution = Resolver::new(&rules).resolve(&vote.ballot);
    let adopted = resolution.outcome.is_adopted();
    let discrepancy = match (vote.resolution.is_some(), adopted) {
        (true, false) => Some(Discrepancy::ResolutionNotAdopted),
        (false, true) if vote.question == QuestionKind::Substantive => {
            Some(Discrepancy::AdoptedWithoutResolution)
        }
        _ => None,
    };
    Replay {
        rules,
        resolution,
        discrepancy,
    }
}
