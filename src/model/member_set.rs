//! A set of Council members, by seat index, as a bit set.

use std::fmt;

/// The largest Council a [`MemberSet`] can describe.
pub const MAX_MEMBERS: usize = 128;

/// A set of members of one Council, identified by their index in [`crate::model::Council`].
///
/// Copy-cheap and allocation-free, so the engine can try counterfactual ballots in a loop.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct MemberSet(u128);

impl MemberSet {
    /// The empty set.
    pub const EMPTY: Self = Self(0);

    /// The set of the first `n` members (`n` at most [`MAX_MEMBERS`]).
    #[must_use]
    pub fn first(n: usize) -> Self {
        debug_assert!(n <= MAX_MEMBERS);
        if n >= MAX_MEMBERS {
            Self(u128::MAX)
        } else {
            Self((1u128 << n) - 1)
        }
    }

    /// Whether member `index` is in the set.
    #[must_use]
    pub fn contains(self, index: usize) -> bool {
        index < MAX_MEMBERS && self.0 & (1u128 << index) != 0
    }

    /// The set from its bits: member `i` is in it when bit `i` is set.
    #[must_use]
    pub const fn from_bits(bits: u128) -> Self {
        Self(bits)
    }

    /// The set's bits: bit `i` is set when member `i` is in it.
    #[must_use]
    pub const fn bits(self) -> u128 {
        self.0
    }

    /// The set with member `index` added.
    #[must_use]
    pub fn with(self, index: usize) -> Self {
        Self(self.0 | (1u128 << index))
    }

    /// The set with member `index` removed.
    #[must_use]
    pub fn without(self, index: usize) -> Self {
        Self(self.0 & !(1u128 << index))
    }

    /// Members in either set.
    #[must_use]
    pub fn union(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// Members in both sets.
    #[must_use]
    pub fn intersection(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }

    /// Members of `self` that are not in `other`.
    #[must_use]
    pub fn difference(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }

    /// How many members the set holds.
    #[must_use]
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether the set holds at most one member.
    #[must_use]
    pub fn at_most_one(self) -> bool {
        self.0 & self.0.wrapping_sub(1) == 0
    }

    /// The member indices, in ascending (Council) order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            if bits == 0 {
                None
            } else {
                let index = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                Some(index)
            }
        })
    }
}

impl FromIterator<usize> for MemberSet {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        iter.into_iter().fold(Self::EMPTY, Self::with)
    }
}

impl fmt::Debug for MemberSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::MemberSet;

    #[test]
    fn iterates_in_ascending_order() {
        let set: MemberSet = [7, 0, 127, 3].into_iter().collect();
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![0, 3, 7, 127]);
        assert_eq!(set.len(), 4);
    }

    #[test]
    fn first_n_covers_whole_range() {
        assert_eq!(MemberSet::first(0), MemberSet::EMPTY);
        assert_eq!(MemberSet::first(15).len(), 15);
        assert_eq!(MemberSet::first(128).len(), 128);
    }

    #[test]
    fn set_algebra() {
        let a: MemberSet = [1, 2, 3].into_iter().collect();
        let b: MemberSet = [3, 4].into_iter().collect();
        assert_eq!(a.union(b).len(), 4);
        assert_eq!(a.intersection(b).iter().collect::<Vec<_>>(), vec![3]);
        assert_eq!(a.difference(b).iter().collect::<Vec<_>>(), vec![1, 2]);
        assert!(!a.without(1).contains(1));
    }
}
