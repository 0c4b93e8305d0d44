//! How every member of a Council voted on one draft.

use crate::model::member_set::MemberSet;
use crate::model::vote::Vote;

/// The votes of a whole Council, one per seat. `Copy`, so counterfactuals are free.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ballot {
    yes: MemberSet,
    no: MemberSet,
    abstain: MemberSet,
    absent: MemberSet,
    not_participating: MemberSet,
}

impl Ballot {
    /// A ballot from votes listed in Council order.
    #[must_use]
    pub fn from_votes(votes: &[Vote]) -> Self {
        votes
            .iter()
            .enumerate()
            .fold(Self::empty(), |ballot, (i, &vote)| ballot.with(i, vote))
    }

    /// A ballot from the members casting each vote, in [`Vote::ALL`] order; the sets must not
    /// overlap.
    #[must_use]
    pub fn from_sets(sets: [MemberSet; 5]) -> Self {
        debug_assert_eq!(
            sets.iter().map(|s| s.len()).sum::<usize>(),
            sets.iter().fold(MemberSet::EMPTY, |a, &s| a.union(s)).len()
        );
        let [yes, no, abstain, absent, not_participating] = sets;
        Self {
            yes,
            no,
            abstain,
            absent,
            not_participating,
        }
    }

    fn empty() -> Self {
        Self {
            yes: MemberSet::EMPTY,
            no: MemberSet::EMPTY,
            abstain: MemberSet::EMPTY,
            absent: MemberSet::EMPTY,
            not_participating: MemberSet::EMPTY,
        }
    }

    /// The same ballot with member `index` voting `vote`.
    #[must_use]
    pub fn with(self, index: usize, vote: Vote) -> Self {
        let mut next = Self {
            yes: self.yes.without(index),
            no: self.no.without(index),
            abstain: self.abstain.without(index),
            absent: self.absent.without(index),
            not_participating: self.not_participating.without(index),
        };
        let slot = match vote {
            Vote::Yes => &mut next.yes,
            Vote::No => &mut next.no,
            Vote::Abstain => &mut next.abstain,
            Vote::Absent => &mut next.absent,
            Vote::NotParticipating => &mut next.not_participating,
        };
        *slot = slot.with(index);
        next
    }

    /// The members who cast `vote`.
    #[must_use]
    pub fn cast(&self, vote: Vote) -> MemberSet {
        match vote {
            Vote::Yes => self.yes,
            Vote::No => self.no,
            Vote::Abstain => self.abstain,
            Vote::Absent => self.absent,
            Vote::NotParticipating => self.not_participating,
        }
    }

    /// How member `index` voted, if it is on this ballot.
    #[must_use]
    pub fn vote(&self, index: usize) -> Option<Vote> {
        Vote::ALL
            .into_iter()
            .find(|&v| self.cast(v).contains(index))
    }

    /// Every member on the ballot.
    #[must_use]
    pub fn members(&self) -> MemberSet {
        self.yes
            .union(self.no)
            .union(self.abstain)
            .union(self.absent)
            .union(self.not_participating)
    }
}

#[cfg(test)]
mod tests {
    use super::Ballot;
    use crate::model::vote::Vote;

    #[test]
    fn with_moves_a_member_between_votes() {
        let ballot = Ballot::from_votes(&[Vote::Yes, Vote::No, Vote::Abstain]);
        let changed = ballot.with(1, Vote::Yes);
        assert_eq!(changed.cast(Vote::Yes).len(), 2);
        assert!(changed.cast(Vote::No).is_empty());
        assert_eq!(changed.vote(1), Some(Vote::Yes));
        assert_eq!(changed.members().len(), 3);
    }
}
