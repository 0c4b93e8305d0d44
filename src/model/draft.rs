//! The text put to the vote.

use std::fmt;

use crate::model::member_set::MemberSet;
use crate::model::source::Source;

/// A named item of a draft, such as `extend-panel-of-experts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provision {
    /// Stable kebab-case identifier.
    pub id: String,
    /// What the provision does, in a line.
    pub text: String,
}

/// A draft resolution (or other text) put to the vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The document symbol, such as `S/2023/638`.
    pub symbol: Option<String>,
    /// A short title.
    pub title: String,
    /// Members holding the pen.
    pub penholders: MemberSet,
    /// Other sponsors, by name (sponsors need not sit on the Council).
    pub sponsors: Vec<String>,
    /// The draft's named provisions.
    pub provisions: Vec<Provision>,
    /// Where the facts about the draft come from.
    pub source: Option<Source>,
    /// Whether the draft concerns mass atrocities (genocide, crimes against humanity or war
    /// crimes): the drafts on which the `veto-restraint` model has the veto withheld.
    pub mass_atrocities: bool,
    /// The part of the Charter the draft acts under, when the scenario states it: it decides
    /// whether parties to a dispute must abstain (Art. 27(3), proviso).
    pub basis: Option<Basis>,
}

/// The part of the Charter a draft acts under, as far as Article 27(3) cares.
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
pub enum Basis {
    /// Chapter VI, the pacific settlement of disputes: parties to the dispute abstain.
    ChapterVi,
    /// Chapter VII, action with respect to threats to the peace: no obligatory abstention.
    ChapterVii,
    /// Article 52(3), settlement through regional arrangements: parties to the dispute abstain.
    #[strum(serialize = "article-52-3")]
    Article52Paragraph3,
    /// Anything else: no obligatory abstention.
    Other,
}

impl Basis {
    /// The stable name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the Art. 27(3) proviso binds parties to a dispute on a decision of this basis:
    /// "in decisions under Chapter VI, and under paragraph 3 of Article 52".
    #[must_use]
    pub fn proviso_applies(self) -> bool {
        matches!(self, Self::ChapterVi | Self::Article52Paragraph3)
    }
}

/// The most provisions a draft may name.
pub const MAX_PROVISIONS: usize = 64;

/// Which of a draft's provisions are in the text, by index.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProvisionSet(u64);

impl ProvisionSet {
    /// No provisions.
    pub const EMPTY: Self = Self(0);

    /// The first `n` provisions (`n` at most [`MAX_PROVISIONS`]).
    #[must_use]
    pub fn all(n: usize) -> Self {
        if n >= MAX_PROVISIONS {
            Self(u64::MAX)
        } else {
            Self((1u64 << n) - 1)
        }
    }

    /// Whether provision `index` is in the set.
    #[must_use]
    pub fn contains(self, index: usize) -> bool {
        index < MAX_PROVISIONS && self.0 & (1u64 << index) != 0
    }

    /// The set without provision `index`.
    #[must_use]
    pub fn without(self, index: usize) -> Self {
        Self(self.0 & !(1u64 << index))
    }

    /// The set with provision `index`.
    #[must_use]
    pub fn with(self, index: usize) -> Self {
        Self(self.0 | (1u64 << index))
    }

    /// Provisions in both sets.
    #[must_use]
    pub fn intersection(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }

    /// Provisions in either set.
    #[must_use]
    pub fn union(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// Provisions in `self` but not in `other`.
    #[must_use]
    pub fn difference(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }

    /// How many provisions.
    #[must_use]
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The indices, ascending.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..MAX_PROVISIONS).filter(move |&i| self.contains(i))
    }
}

impl fmt::Debug for ProvisionSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}
