//! How one member voted.

/// A member's vote on a draft, as the UN records it.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(
    serialize_all = "kebab-case",
    parse_err_ty = UnknownVote,
    parse_err_fn = unknown_vote
)]
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
        self.into()
    }
}

/// The text was not the name of a vote.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a vote; expected one of {names}",
    names = <Vote as strum::VariantNames>::VARIANTS.join(", ")
)]
pub struct UnknownVote(pub String);

fn unknown_vote(text: &str) -> UnknownVote {
    UnknownVote(crate::input::shown(text))
}

#[cfg(test)]
mod tests {
    use super::Vote;
    use strum::IntoEnumIterator;

    #[test]
    fn all_lists_every_vote_in_declaration_order() {
        assert!(Vote::iter().eq(Vote::ALL));
    }

    #[test]
    fn round_trips_through_text() {
        for vote in Vote::ALL {
            assert_eq!(vote.as_str().parse::<Vote>(), Ok(vote));
        }
        assert!("maybe".parse::<Vote>().is_err());
    }
}
