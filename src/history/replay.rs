//! Replaying recorded votes: the engine's outcome beside what the record says.

use crate::engine::{Resolution, Resolver};
use crate::history::roster_check::{RosterFinding, check_roster};
use crate::history::undl::{Modality, RecordedVote};
use crate::model::{OutcomeKind, Preset, QuestionKind, RuleSet};

/// Where the engine and the record disagree about a vote.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
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
        self.into()
    }
}

/// A recorded vote resolved by the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replay {
    /// The rule set in force on the vote's date.
    pub rules: RuleSet,
    /// Outcome, tally and rule chain; `None` for a text adopted without a vote, which has no
    /// ballot to resolve.
    pub resolution: Option<Resolution>,
    /// Where the engine and the record disagree, if they do.
    pub discrepancy: Option<Discrepancy>,
    /// Where the members in the file differ from the built-in roster for the vote's year: a
    /// finding about the data, not a disagreement with the engine.
    pub roster: Option<RosterFinding>,
}

impl Replay {
    /// The outcome's stable name: `adopted`, `vetoed`, `failed`, or `adopted-without-vote`.
    #[must_use]
    pub fn outcome_name(&self) -> &'static str {
        self.resolution
            .as_ref()
            .map_or(OutcomeKind::AdoptedWithoutVote.as_str(), |r| {
                r.outcome.as_str()
            })
    }
}

/// The rule set a recorded vote was taken under: the preset in force on its date, the
/// permanent members of its Council holding the veto, and its question kind.
#[must_use]
pub fn rules_for(vote: &RecordedVote) -> RuleSet {
    let mut rules = RuleSet::new(
        Preset::in_force(vote.date.year),
        vote.council.permanent(),
        vote.council.len(),
    );
    rules.question = vote.question;
    rules
}

/// Resolves a recorded vote, compares the outcome with the record, and checks its members
/// against the built-in roster. A text adopted without a vote is not resolved: it agrees with
/// the record when the file names its resolution.
#[must_use]
pub fn replay(vote: &RecordedVote) -> Replay {
    let rules = rules_for(vote);
    let roster = check_roster(vote);
    if vote.modality == Modality::WithoutVote {
        return Replay {
            rules,
            resolution: None,
            discrepancy: None,
            roster,
        };
    }
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
        resolution: Some(resolution),
        discrepancy,
        roster,
    }
}
