//! Shorthands for the engine's unit tests.

use crate::model::{Ballot, MemberSet, Preset, QuestionKind, RuleSet, Vote};

/// The Charter rule set, with seats 0–4 as the permanent members (as in the built-in rosters).
pub(crate) fn charter(question: QuestionKind) -> RuleSet {
    let mut rules = RuleSet::new(Preset::Charter, MemberSet::first(5), 15);
    rules.question = question;
    rules
}

/// A ballot from one letter per seat: `y`es, `n`o, `a`bstain, anything else absent.
pub(crate) fn ballot(votes: &str) -> Ballot {
    let votes: Vec<Vote> = votes
        .chars()
        .map(|c| match c {
            'y' => Vote::Yes,
            'n' => Vote::No,
            'a' => Vote::Abstain,
            _ => Vote::Absent,
        })
        .collect();
    Ballot::from_votes(&votes)
}
