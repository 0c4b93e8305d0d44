//! The members sitting on the Council for one vote.

use crate::model::member::{Member, MemberCode, Seat};
use crate::model::member_set::{MAX_MEMBERS, MemberSet};
use crate::model::rule_set::Enlargement;

/// The Council was not well formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CouncilError {
    /// More members than a [`MemberSet`] can hold.
    #[error("a Council of {0} members is larger than the supported maximum of {MAX_MEMBERS}")]
    TooLarge(usize),
    /// No members at all.
    #[error("a Council needs at least one member")]
    Empty,
    /// The same code twice.
    #[error("{0} sits on the Council twice")]
    Duplicate(MemberCode),
}

/// The members of the Council, in a fixed order; a member's index is its identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Council {
    members: Vec<Member>,
}

impl Council {
    /// A Council of these members, in this order.
    ///
    /// # Errors
    /// When there are no members, too many, or a code appears twice.
    pub fn new(members: Vec<Member>) -> Result<Self, CouncilError> {
        if members.is_empty() {
            return Err(CouncilError::Empty);
        }
        if members.len() > MAX_MEMBERS {
            return Err(CouncilError::TooLarge(members.len()));
        }
        for (i, member) in members.iter().enumerate() {
            if members[..i].iter().any(|m| m.code == member.code) {
                return Err(CouncilError::Duplicate(member.code));
            }
        }
        Ok(Self { members })
    }

    /// The members in Council order.
    #[must_use]
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// How many members sit on the Council.
    #[must_use]
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Always false: a Council has at least one member.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The member at `index`.
    ///
    /// # Panics
    /// When `index` is not a seat of this Council.
    #[must_use]
    pub fn member(&self, index: usize) -> &Member {
        &self.members[index]
    }

    /// The index of the member with this code.
    #[must_use]
    pub fn index_of(&self, code: MemberCode) -> Option<usize> {
        self.members.iter().position(|m| m.code == code)
    }

    /// Every member.
    #[must_use]
    pub fn all(&self) -> MemberSet {
        MemberSet::first(self.members.len())
    }

    /// The same Council with the seat at `index` held by `member` (same seat, same order).
    ///
    /// # Errors
    /// When `member` already sits on the Council.
    ///
    /// # Panics
    /// When `index` is not a seat of this Council.
    pub fn with_replacement(&self, index: usize, member: Member) -> Result<Self, CouncilError> {
        let mut members = self.members.clone();
        members[index] = member;
        Self::new(members)
    }

    /// The Council with a reform's new seats after its members: new permanent seats coded
    /// `XPA`, `XPB`, … and new elected seats `XEA`, `XEB`, … (ISO 3166's user-assigned range,
    /// which no state holds). The seats are unnamed: no draft says who would fill them.
    ///
    /// # Errors
    /// When the Council would be too large, or already holds one of those codes.
    pub fn with_new_seats(&self, seats: Enlargement) -> Result<Self, CouncilError> {
        let new = |prefix: u8, n: usize, seat: Seat, label: &'static str| {
            (0..n).map(move |i| {
                let letter = b'A' + u8::try_from(i % 26).unwrap_or(0);
                let code = MemberCode::from_letters([b'X', prefix, letter]);
                Member::new(code, format!("new {label} seat {}", i + 1), seat)
            })
        };
        let members = self
            .members
            .iter()
            .cloned()
            .chain(new(b'P', seats.permanent, Seat::Permanent, "permanent"))
            .chain(new(b'E', seats.elected, Seat::Elected, "elected"))
            .collect();
        Self::new(members)
    }

    /// The permanent members.
    #[must_use]
    pub fn permanent(&self) -> MemberSet {
        self.members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.seat == Seat::Permanent)
            .map(|(i, _)| i)
            .collect()
    }
}
