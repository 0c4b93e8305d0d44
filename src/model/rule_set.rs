//! The voting rule a Council applies: thresholds, who holds a veto, what blocks.

use std::fmt;
use std::str::FromStr;

use crate::model::member_set::MemberSet;

/// A named starting point for a [`RuleSet`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The Charter as amended in force since 31 August 1965: 15 members, 9 votes, P5 veto.
    Charter,
    /// The Charter as signed in 1945: 11 members, 7 votes, P5 veto.
    Charter1945,
    /// A reform model: today's Council and threshold, with no veto at all.
    NoVeto,
}

impl Preset {
    /// Every preset.
    pub const ALL: [Self; 3] = [Self::Charter, Self::Charter1945, Self::NoVeto];

    /// The stable name used in scenario files.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Charter => "charter",
            Self::Charter1945 => "charter-1945",
            Self::NoVeto => "no-veto",
        }
    }

    /// The Council size the preset expects.
    #[must_use]
    pub fn council_size(self) -> usize {
        match self {
            Self::Charter | Self::NoVeto => 15,
            Self::Charter1945 => 11,
        }
    }

    /// Whether the permanent members hold a veto under this preset.
    #[must_use]
    pub fn has_veto(self) -> bool {
        !matches!(self, Self::NoVeto)
    }

    /// The affirmative votes Article 27(2) and 27(3) require.
    #[must_use]
    pub fn threshold(self) -> usize {
        match self {
            Self::Charter | Self::NoVeto => 9,
            Self::Charter1945 => 7,
        }
    }

    /// The preset the Council voted under in a year: `charter-1945` until the end of 1965.
    ///
    /// The amendments to Articles 23 and 27 entered into force on 31 August 1965, but the
    /// Council kept its eleven members until the four added seats were filled on
    /// 1 January 1966; the preset follows the membership.
    #[must_use]
    pub fn in_force(year: i32) -> Self {
        if year < 1966 {
            Self::Charter1945
        } else {
            Self::Charter
        }
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text did not name a preset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a rule-set preset; expected charter, charter-1945 or no-veto")]
pub struct UnknownPreset(pub String);

impl FromStr for Preset {
    type Err = UnknownPreset;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| UnknownPreset(text.to_owned()))
    }
}

/// The kind of decision put to the Council, which decides how it is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// A procedural matter (Art. 27(2)): affirmative votes only, no veto.
    Procedural,
    /// Any other matter (Art. 27(3)): affirmative votes including the concurring votes of the
    /// permanent members.
    Substantive,
    /// The preliminary vote on whether a matter is procedural. By the San Francisco statement
    /// of the four sponsoring governments (7 June 1945) it is itself non-procedural, so a
    /// permanent member can veto it and then veto the matter: the "double veto".
    Preliminary,
    /// A presidential or press statement, agreed by consensus without a vote: any one
    /// member's objection blocks it; an abstention or absence does not.
    Statement,
}

impl QuestionKind {
    /// Every kind.
    pub const ALL: [Self; 4] = [
        Self::Substantive,
        Self::Procedural,
        Self::Preliminary,
        Self::Statement,
    ];

    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Procedural => "procedural",
            Self::Substantive => "substantive",
            Self::Preliminary => "preliminary",
            Self::Statement => "statement",
        }
    }

    /// The kind with this stable name, if any.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// Whether a veto-holder's vote can block: every kind but a procedural matter.
    #[must_use]
    pub fn veto_applies(self) -> bool {
        !matches!(self, Self::Procedural)
    }
}

/// The complete rule one vote is decided under, resolved against one Council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleSet {
    /// The preset it started from.
    pub preset: Preset,
    /// Whether any switch departs from the preset.
    pub customised: bool,
    /// Affirmative votes required.
    pub threshold: usize,
    /// Members whose negative vote can block adoption: the veto-holders, or, for a
    /// consensus statement, every member (see [`RuleSet::consensus`]).
    pub veto_holders: MemberSet,
    /// Whether a veto-holder's abstention blocks adoption (not Charter practice).
    pub abstention_blocks: bool,
    /// Whether a veto-holder's absence blocks adoption (not Charter practice).
    pub absence_blocks: bool,
    /// The kind of decision.
    pub question: QuestionKind,
    /// Parties to a dispute who must abstain under Art. 27(3) (Chapter VI decisions).
    pub dispute_parties: MemberSet,
}

impl RuleSet {
    /// A preset's rule set on a substantive question; `permanent` hold the veto when the
    /// preset has one.
    #[must_use]
    pub fn from_preset(preset: Preset, permanent: MemberSet) -> Self {
        Self {
            preset,
            customised: false,
            threshold: preset.threshold(),
            veto_holders: if preset.has_veto() {
                permanent
            } else {
                MemberSet::EMPTY
            },
            abstention_blocks: false,
            absence_blocks: false,
            question: QuestionKind::Substantive,
            dispute_parties: MemberSet::EMPTY,
        }
    }

    /// The rule for a consensus statement among `members`: no affirmative votes required,
    /// and any member's objection blocks; abstention and absence never do.
    #[must_use]
    pub fn consensus(self, members: MemberSet) -> Self {
        Self {
            threshold: 0,
            veto_holders: members,
            abstention_blocks: false,
            absence_blocks: false,
            question: QuestionKind::Statement,
            ..self
        }
    }
}
