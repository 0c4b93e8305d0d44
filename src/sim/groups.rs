//! Members who vote together: each leader with everyone who follows it.

use crate::model::{MemberSet, Scenario, VoteOdds};

/// Members bound to cast the same vote, and the odds of that vote.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Group {
    /// The members (a leader and its followers).
    pub members: MemberSet,
    /// The odds of the group's vote.
    pub odds: VoteOdds,
}

/// The scenario's members partitioned into independent groups, leaders in Council order.
/// Different groups vote independently; members of one group vote identically.
#[must_use]
pub fn groups(scenario: &Scenario) -> Vec<Group> {
    let odds = scenario.odds();
    let mut groups: Vec<(usize, Group)> = Vec::new();
    for member in 0..scenario.council.len() {
        let leader = scenario.leader_of(member);
        match groups.iter_mut().find(|(l, _)| *l == leader) {
            Some((_, group)) => group.members = group.members.with(member),
            None => groups.push((
                leader,
                Group {
                    members: MemberSet::EMPTY.with(member),
                    odds: odds[leader],
                },
            )),
        }
    }
    groups.sort_by_key(|(leader, _)| *leader);
    groups.into_iter().map(|(_, g)| g).collect()
}
