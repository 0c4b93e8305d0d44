//! What resolving a ballot produces: the outcome, the tally and the rule chain.

use crate::engine::preliminary::Settlement;
use crate::engine::rule::RuleId;
use crate::model::{Ballot, MemberSet, OutcomeKind, Vote};

/// The result of a vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The draft is adopted.
    Adopted,
    /// Enough affirmative votes, but blocked by these veto-holders.
    Vetoed(MemberSet),
    /// Not enough affirmative votes (whatever the permanent members did).
    Failed,
    /// A consensus statement that these members objected to: not agreed, and not a veto.
    Blocked(MemberSet),
}

impl Outcome {
    /// Whether the draft was adopted.
    #[must_use]
    pub fn is_adopted(self) -> bool {
        matches!(self, Self::Adopted)
    }

    /// The kind of outcome, without the members who caused it: the one named outcome shared
    /// by the engine, the record, the command line and the exercises.
    #[must_use]
    pub fn kind(self) -> OutcomeKind {
        match self {
            Self::Adopted => OutcomeKind::Adopted,
            Self::Vetoed(_) => OutcomeKind::Vetoed,
            Self::Failed => OutcomeKind::Failed,
            Self::Blocked(_) => OutcomeKind::Blocked,
        }
    }

    /// The stable name used in JSON: `adopted`, `vetoed`, `failed` or `blocked`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.kind().as_str()
    }

    /// The members whose veto blocked the draft (empty unless vetoed).
    #[must_use]
    pub fn vetoed_by(self) -> MemberSet {
        match self {
            Self::Vetoed(by) => by,
            Self::Adopted | Self::Failed | Self::Blocked(_) => MemberSet::EMPTY,
        }
    }

    /// The members whose objection blocked a consensus statement (empty unless blocked).
    #[must_use]
    pub fn blocked_by(self) -> MemberSet {
        match self {
            Self::Blocked(by) => by,
            Self::Adopted | Self::Failed | Self::Vetoed(_) => MemberSet::EMPTY,
        }
    }
}

/// Votes counted by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tally {
    /// In favour.
    pub yes: usize,
    /// Against.
    pub no: usize,
    /// Abstentions.
    pub abstain: usize,
    /// Absent.
    pub absent: usize,
    /// Present but not participating.
    pub not_participating: usize,
}

impl Tally {
    /// A tally of `seats` members from the yes, no and abstain counts; the rest were absent
    /// (simulations do not tell absence from non-participation).
    #[must_use]
    pub fn from_counts(yes: usize, no: usize, abstain: usize, seats: usize) -> Self {
        Self {
            yes,
            no,
            abstain,
            absent: seats.saturating_sub(yes + no + abstain),
            not_participating: 0,
        }
    }

    /// The tally of a ballot.
    #[must_use]
    pub fn of(ballot: &Ballot) -> Self {
        Self {
            yes: ballot.cast(Vote::Yes).len(),
            no: ballot.cast(Vote::No).len(),
            abstain: ballot.cast(Vote::Abstain).len(),
            absent: ballot.cast(Vote::Absent).len(),
            not_participating: ballot.cast(Vote::NotParticipating).len(),
        }
    }
}

/// What a rule did in this vote.
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
pub enum Verdict {
    /// A requirement was met (e.g. enough affirmative votes; every veto-holder concurred).
    Met,
    /// A requirement was not met.
    NotMet,
    /// The rule blocked adoption.
    Blocks,
    /// The rule would block, but the draft had already failed for want of votes.
    Moot,
    /// The rule applied and, by it, these members' votes did not block.
    DoesNotBlock,
    /// The rule changed how votes were counted.
    Applied,
}

impl Verdict {
    /// The stable name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One step of the rule chain: which rule, what it did, and to whom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    /// The rule.
    pub rule: RuleId,
    /// What it did.
    pub verdict: Verdict,
    /// The members it concerns.
    pub members: MemberSet,
}

/// A resolved vote: outcome, the votes as counted, and the rule chain that decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The outcome.
    pub outcome: Outcome,
    /// The votes as cast: the President announces them, and they decide.
    pub ballot: Ballot,
    /// Their tally.
    pub tally: Tally,
    /// Affirmative votes required.
    pub required_yes: usize,
    /// The rules applied, in order.
    pub findings: Vec<Finding>,
    /// When a party obliged to abstain (Art. 27(3), proviso) voted instead: the outcome had
    /// the parties abstained. The outcome itself follows the votes as cast.
    pub if_parties_abstained: Option<Outcome>,
    /// On a preliminary question: the ruling, the challenge, and what the draft is then
    /// voted on as.
    pub settlement: Option<Settlement>,
}
