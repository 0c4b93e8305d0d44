//! The members of a recorded vote checked against the built-in roster for its year.

use crate::history::undl::RecordedVote;
use crate::model::{MemberCode, roster};

/// How a vote's members differ from the built-in roster: a finding about the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterFinding {
    /// Members the roster expects, in roster order.
    pub expected: usize,
    /// Members the file lists for the vote.
    pub found: usize,
    /// Roster members the file does not list.
    pub missing: Vec<MemberCode>,
    /// Members the file lists but the roster does not.
    pub unexpected: Vec<MemberCode>,
}

impl RosterFinding {
    /// The stable kind: `wrong-size` when the number of members differs, else `wrong-member`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        if self.expected == self.found {
            "wrong-member"
        } else {
            "wrong-size"
        }
    }
}

/// The difference between a vote's members and the roster of its year; `None` when they
/// agree or the year has no built-in roster.
#[must_use]
pub fn check_roster(vote: &RecordedVote) -> Option<RosterFinding> {
    let roster = roster(vote.date.year)?;
    let listed = |council: &crate::model::Council| -> Vec<MemberCode> {
        council.members().iter().map(|m| m.code).collect()
    };
    let expected = listed(&roster.council);
    let found = listed(&vote.council);
    let missing: Vec<MemberCode> = expected
        .iter()
        .filter(|c| !found.contains(c))
        .copied()
        .collect();
    let unexpected: Vec<MemberCode> = found
        .iter()
        .filter(|c| !expected.contains(c))
        .copied()
        .collect();
    if missing.is_empty() && unexpected.is_empty() && expected.len() == found.len() {
        return None;
    }
    Some(RosterFinding {
        expected: expected.len(),
        found: found.len(),
        missing,
        unexpected,
    })
}
