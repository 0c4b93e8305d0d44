//! The measures `unsc power` can compute, and sets of them.

use std::fmt;
use std::str::FromStr;

/// One measure of voting power.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Index {
    /// Shapley–Shubik.
    ShapleyShubik,
    /// Banzhaf: swings, absolute and normalised.
    Banzhaf,
    /// Deegan–Packel.
    DeeganPackel,
    /// Holler's public good index.
    Holler,
    /// Johnston.
    Johnston,
    /// Coleman's power of the collectivity to act.
    Coleman,
    /// The ternary (yes, no, abstain) measure under both readings of abstention.
    Ternary,
}

impl Index {
    /// Every measure, in output order.
    pub const ALL: [Self; 7] = [
        Self::ShapleyShubik,
        Self::Banzhaf,
        Self::DeeganPackel,
        Self::Holler,
        Self::Johnston,
        Self::Coleman,
        Self::Ternary,
    ];

    /// The name accepted by `--index` and used in messages.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::ShapleyShubik => "shapley-shubik",
            Self::Banzhaf => "banzhaf",
            Self::DeeganPackel => "deegan-packel",
            Self::Holler => "holler",
            Self::Johnston => "johnston",
            Self::Coleman => "coleman",
            Self::Ternary => "ternary",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a measure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown index `{0}`; expected shapley-shubik, banzhaf, deegan-packel, holler, johnston, coleman or ternary"
)]
pub struct UnknownIndex(pub String);

impl FromStr for Index {
    type Err = UnknownIndex;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|i| i.name() == s)
            .ok_or_else(|| UnknownIndex(s.to_owned()))
    }
}

/// A set of measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IndexSet(u8);

impl IndexSet {
    /// No measure.
    pub const EMPTY: Self = Self(0);

    /// Every measure.
    #[must_use]
    pub fn all() -> Self {
        Index::ALL.into_iter().collect()
    }

    /// Whether `index` is in the set.
    #[must_use]
    pub fn contains(self, index: Index) -> bool {
        self.0 & index.bit() != 0
    }

    /// The set with `index` added.
    #[must_use]
    pub fn with(self, index: Index) -> Self {
        Self(self.0 | index.bit())
    }

    /// The set with `index` removed.
    #[must_use]
    pub fn without(self, index: Index) -> Self {
        Self(self.0 & !index.bit())
    }

    /// Whether the set is empty.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The measures in the set, in output order.
    pub fn iter(self) -> impl Iterator<Item = Index> {
        Index::ALL.into_iter().filter(move |&i| self.contains(i))
    }
}

impl FromIterator<Index> for IndexSet {
    fn from_iter<I: IntoIterator<Item = Index>>(iter: I) -> Self {
        iter.into_iter().fold(Self::EMPTY, Self::with)
    }
}
