//! The President's ruling on the preliminary question, and a challenge to it (rule 30).

/// What the President ruled the matter to be.
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
pub enum Ruling {
    /// Procedural (Art. 27(2)): the draft is then voted on with no veto.
    Procedural,
    /// Non-procedural (Art. 27(3)): the draft is then voted on with the veto.
    Substantive,
}

impl Ruling {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The other ruling: what stands when this one is overruled.
    #[must_use]
    pub fn overturned(self) -> Self {
        match self {
            Self::Procedural => Self::Substantive,
            Self::Substantive => Self::Procedural,
        }
    }
}

/// What the members voted on when a ruling was challenged.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum ChallengeVote {
    /// The ruling itself, as rule 30 words it ("submit his ruling … for immediate decision"):
    /// a vote in favour upholds it, a vote against is a vote to overrule.
    #[default]
    Ruling,
    /// A motion to overrule the ruling: a vote in favour is a vote to overrule.
    Overrule,
}

impl ChallengeVote {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The President's ruling on whether a matter is procedural, and whether it was challenged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PresidentRuling {
    /// What the President ruled.
    pub ruling: Ruling,
    /// The question put to the Council when the ruling was challenged; `None` when it was not.
    pub challenge: Option<ChallengeVote>,
}

#[cfg(test)]
mod tests {
    use super::Ruling;

    #[test]
    fn overturning_a_ruling_gives_the_other() {
        assert_eq!(Ruling::Procedural.overturned(), Ruling::Substantive);
        assert_eq!(Ruling::Substantive.overturned(), Ruling::Procedural);
    }
}
