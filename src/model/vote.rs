//! How one member voted.

use std::fmt;
use std::str::FromStr;

/// A member's vote on a draft, as the UN records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vote {
    /// An affirmative vote ("in favour").
    Yes,
    /// A negative vote ("against").
    No,
    /// A recorded abstention.
    Abstain,
    /// Absent from the meeting.
    Absent,
    /// Present but not participating in the vote ("did not participate in the voting"): not
    /// in favour, not against, not an abstention, and never a veto.
    NotParticipating,
}

impl Vote {
    /// Every vote.
    pub const ALL: [Self; 5] = [
        Self::Yes,
        Self::No,
        Self::Abstain,
        Self::Absent,
        Self::NotParticipating,
    ];

    /// The stable lower-case name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Abstain => "abstain",
            Self::Absent => "absent",
            Self::NotParticipating => "not-participating",
        }
    }
}

impl fmt::Display for Vote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text was not one of `yes`, `no`, `abstain`, `absent`, `not-participating`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a vote; expected one of yes, no, abstain, absent, not-participating")]
pub struct UnknownVote(pub String);

impl FromStr for Vote {
    type Err = UnknownVote;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|vote| vote.as_str() == text)
            .ok_or_else(|| UnknownVote(crate::input::shown(text)))
    }
}

#[cfg(test)]
mod tests {
    use super::Vote;

    #[test]
    fn round_trips_through_text() {
        for vote in Vote::ALL {
            assert_eq!(vote.as_str().parse::<Vote>(), Ok(vote));
        }
        assert!("maybe".parse::<Vote>().is_err());
    }
}
