//! A meeting: several votes taken in turn — drafts, amendments to them and separate votes on
//! their parts — each a complete single-vote [`Scenario`].

use crate::model::council::Council;
use crate::model::draft::ProvisionSet;
use crate::model::scenario::{CouncilOrigin, Metadata, Scenario};
use crate::model::source::Source;

/// What a vote of a meeting decides.
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
pub enum MotionKind {
    /// A draft resolution (or other principal motion), voted as a whole.
    Draft,
    /// An amendment to a draft of the meeting (rule 33, item 6).
    Amendment,
    /// A separate vote on a part of a draft of the meeting (rule 32, second paragraph).
    SeparateVote,
    /// The preliminary question on a draft of the meeting: whether it is procedural (rule 30).
    Preliminary,
}

impl MotionKind {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A vote's motion, with what it acts on. Drafts are named by their index in
/// [`Meeting::votes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motion {
    /// A draft voted as a whole.
    Draft,
    /// An amendment: if adopted, `inserts` enter the draft's text and `deletes` leave it.
    Amendment {
        /// The draft amended.
        draft: usize,
        /// Provisions of the draft that the amendment would add.
        inserts: ProvisionSet,
        /// Provisions of the draft that the amendment would strike.
        deletes: ProvisionSet,
    },
    /// A separate vote on one provision: if not adopted, the provision leaves the draft.
    SeparateVote {
        /// The draft the provision belongs to.
        draft: usize,
        /// The provision's index in that draft.
        provision: usize,
    },
    /// The preliminary question: its settlement says whether the draft is then voted on as a
    /// procedural or a substantive matter.
    Preliminary {
        /// The draft the question concerns.
        draft: usize,
    },
}

impl Motion {
    /// Its kind.
    #[must_use]
    pub fn kind(self) -> MotionKind {
        match self {
            Self::Draft => MotionKind::Draft,
            Self::Amendment { .. } => MotionKind::Amendment,
            Self::SeparateVote { .. } => MotionKind::SeparateVote,
            Self::Preliminary { .. } => MotionKind::Preliminary,
        }
    }

    /// The draft it acts on, if it is not a draft itself.
    #[must_use]
    pub fn target(self) -> Option<usize> {
        match self {
            Self::Draft => None,
            Self::Amendment { draft, .. }
            | Self::SeparateVote { draft, .. }
            | Self::Preliminary { draft } => Some(draft),
        }
    }
}

/// One vote of a meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct MeetingVote {
    /// Stable kebab-case id, unique in the meeting.
    pub id: String,
    /// What the vote decides.
    pub motion: Motion,
    /// The vote as a single-vote scenario: its draft (a draft's text before any amendment or
    /// separate vote), rules, stances (the meeting's, with the vote's own overrides) and record.
    pub scenario: Scenario,
}

/// An order of the drafts that the Council decided, instead of the order of submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecidedOrder {
    /// The drafts, by index in [`Meeting::votes`], in the order decided.
    pub drafts: Vec<usize>,
    /// Where the decision is recorded.
    pub source: Option<Source>,
}

/// A validated meeting, ready for the engine.
#[derive(Clone, Debug, PartialEq)]
pub struct Meeting {
    /// Descriptive facts about the meeting.
    pub meta: Metadata,
    /// The members voting.
    pub council: Council,
    /// Where the Council came from.
    pub council_origin: CouncilOrigin,
    /// The votes, in file order: drafts in the order of their submission; amendments to one
    /// draft in the order they were voted.
    pub votes: Vec<MeetingVote>,
    /// The order of the drafts, when the Council decided one.
    pub decided_order: Option<DecidedOrder>,
}
