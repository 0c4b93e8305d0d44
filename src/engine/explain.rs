//! Counterfactuals: who was decisive, and the smallest change of votes that flips the outcome.

use crate::engine::article27::Resolver;
use crate::engine::preliminary::as_motion_to_overrule;
use crate::engine::resolution::{Outcome, Tally};
use crate::model::{Ballot, ChallengeVote, MemberSet, PresidentRuling, QuestionKind, Vote};

/// One member changing its vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VoteChange {
    /// The member's seat index.
    pub member: usize,
    /// Its vote on the ballot.
    pub from: Vote,
    /// Its vote in the counterfactual.
    pub to: Vote,
}

/// A member whose vote alone, changed, changes the outcome: adoption, or a failure into a veto
/// and back (only a veto brings GA res. 76/262 into play).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pivot {
    /// The member's seat index.
    pub member: usize,
    /// Its vote on the ballot.
    pub from: Vote,
    /// Each vote that, cast instead, flips the outcome, with the resulting outcome.
    pub flips_to: Vec<(Vote, Outcome)>,
}

/// The smallest set of vote changes that flips the outcome, and where it leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flip {
    /// The changes, in Council order.
    pub changes: Vec<VoteChange>,
    /// The outcome after the changes.
    pub outcome: Outcome,
    /// The tally after the changes.
    pub tally: Tally,
}

/// The counterfactual explanation of one ballot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// Members whose vote alone, changed, changes the outcome, in Council order.
    pub decisive: Vec<Pivot>,
    /// The smallest change that flips adoption; `None` when no change of votes can.
    pub smallest_flip: Option<Flip>,
}

/// Explains `ballot` under `resolver`.
#[must_use]
pub fn explain(resolver: &Resolver, ballot: &Ballot) -> Explanation {
    Explanation {
        decisive: decisive(resolver, ballot),
        smallest_flip: smallest_flip(resolver, ballot),
    }
}

/// Members whose single change of vote changes the outcome (adopted, vetoed, failed or
/// blocked), with each such change.
#[must_use]
pub fn decisive(resolver: &Resolver, ballot: &Ballot) -> Vec<Pivot> {
    let kind = resolver.outcome(ballot).as_str();
    ballot
        .members()
        .iter()
        .filter_map(|member| {
            let from = ballot.vote(member)?;
            let flips_to: Vec<(Vote, Outcome)> = [Vote::Abstain, Vote::Absent, Vote::Yes, Vote::No]
                .into_iter()
                .filter(|&to| to != from)
                .map(|to| (to, resolver.outcome(&ballot.with(member, to))))
                .filter(|(_, outcome)| outcome.as_str() != kind)
                .collect();
            (!flips_to.is_empty()).then_some(Pivot {
                member,
                from,
                flips_to,
            })
        })
        .collect()
}

/// The members whose single change of vote flips adoption, in closed form: the members of
/// [`decisive`] with a change that flips adoption, without trying every alternative, for use
/// in simulations.
#[must_use]
pub fn decisive_members(resolver: &Resolver, ballot: &Ballot) -> MemberSet {
    if ruled(resolver).is_some() {
        // A vote on a ruling counts the votes against it: the general search, not this form.
        return decisive(resolver, ballot)
            .iter()
            .map(|p| p.member)
            .collect();
    }
    let yes = ballot.cast(Vote::Yes);
    decisive_members_of(
        resolver,
        ballot.members(),
        yes,
        yes.len(),
        resolver.blockers(ballot),
    )
}

/// [`decisive_members`] of a ballot from its members, those voting yes (`yes_count` of them)
/// and its [`Resolver::blockers`], for simulations that count without a [`Ballot`]: a vote on a
/// draft or a question, not on a ruling of the President.
#[must_use]
pub fn decisive_members_of(
    resolver: &Resolver,
    members: MemberSet,
    yes: MemberSet,
    yes_count: usize,
    blockers: MemberSet,
) -> MemberSet {
    debug_assert!(ruled(resolver).is_none());
    debug_assert_eq!(yes.len(), yes_count);
    let threshold = resolver.threshold();
    if yes_count >= threshold && blockers.is_empty() {
        // Adopted: any veto-holder can block; at the threshold, any yes can withdraw.
        let mut decisive = resolver.veto_players().intersection(members);
        if yes_count == threshold {
            decisive = decisive.union(yes);
        }
        return decisive;
    }
    if yes_count + 1 < threshold {
        MemberSet::EMPTY
    } else if blockers.is_empty() {
        members.difference(yes)
    } else if blockers.at_most_one() {
        blockers
    } else {
        MemberSet::EMPTY
    }
}

/// The smallest set of vote changes that flips adoption, chosen canonically: the least
/// concession per member (a veto-holder abstains rather than votes in favour), members who
/// abstained, were absent or did not participate before members who voted against, then
/// Council order.
#[must_use]
pub fn smallest_flip(resolver: &Resolver, ballot: &Ballot) -> Option<Flip> {
    if let Some(ruling) = ruled(resolver) {
        match ruling.challenge {
            // Not challenged: no vote was taken, so no change of votes flips it.
            None => return None,
            Some(ChallengeVote::Ruling) => return flip_ruling(resolver, ruling, ballot),
            // A motion to overrule is a procedural vote, which the general search handles.
            Some(ChallengeVote::Overrule) => {}
        }
    }
    let changes = if resolver.outcome(ballot).is_adopted() {
        changes_to_reject(resolver, ballot)?
    } else {
        changes_to_adopt(resolver, ballot)?
    };
    let flip = flip_of(resolver, ballot, changes);
    debug_assert_ne!(
        flip.outcome.is_adopted(),
        resolver.outcome(ballot).is_adopted()
    );
    Some(flip)
}

/// The President's ruling on a preliminary question, when the scenario records one.
fn ruled(resolver: &Resolver) -> Option<PresidentRuling> {
    let rules = resolver.rules();
    rules
        .ruling
        .filter(|_| rules.question == QuestionKind::Preliminary)
}

/// The smallest flip of a ruling put to the vote: found on the votes read as a motion to
/// overrule (a procedural vote), then read back.
fn flip_ruling(resolver: &Resolver, ruling: PresidentRuling, ballot: &Ballot) -> Option<Flip> {
    let mut motion_rules = *resolver.rules();
    motion_rules.ruling = Some(PresidentRuling {
        challenge: Some(ChallengeVote::Overrule),
        ..ruling
    });
    let motion = Resolver::new(&motion_rules);
    let read_back = |vote| match vote {
        Vote::Yes => Vote::No,
        Vote::No => Vote::Yes,
        other => other,
    };
    let on_motion = smallest_flip(
        &motion,
        &as_motion_to_overrule(ChallengeVote::Ruling, ballot),
    )?;
    let changes = on_motion
        .changes
        .into_iter()
        .map(|c| VoteChange {
            member: c.member,
            from: read_back(c.from),
            to: read_back(c.to),
        })
        .collect();
    Some(flip_of(resolver, ballot, changes))
}

fn flip_of(resolver: &Resolver, ballot: &Ballot, changes: Vec<VoteChange>) -> Flip {
    let flipped = changes.iter().fold(*ballot, |b, c| b.with(c.member, c.to));
    Flip {
        changes,
        outcome: resolver.outcome(&flipped),
        tally: Tally::of(&flipped),
    }
}

/// Every blocking veto-holder must change, and each change adds at most one affirmative
/// vote, so `max(blockers, missing votes)` changes are necessary; this achieves it.
fn changes_to_adopt(resolver: &Resolver, ballot: &Ballot) -> Option<Vec<VoteChange>> {
    let blockers = resolver.blockers(ballot);
    let mut missing = resolver
        .threshold()
        .saturating_sub(ballot.cast(Vote::Yes).len());
    let mut changes = Vec::new();
    for member in blockers.iter() {
        let from = ballot.vote(member)?;
        let to = if missing > 0 {
            missing -= 1;
            Vote::Yes
        } else {
            least_non_blocking_vote(resolver, ballot, member)
        };
        changes.push(VoteChange { member, from, to });
    }
    for from in [
        Vote::Abstain,
        Vote::Absent,
        Vote::NotParticipating,
        Vote::No,
    ] {
        for member in ballot.cast(from).difference(blockers).iter() {
            if missing == 0 {
                break;
            }
            missing -= 1;
            changes.push(VoteChange {
                member,
                from,
                to: Vote::Yes,
            });
        }
    }
    if missing > 0 {
        return None;
    }
    changes.sort_by_key(|c| c.member);
    Some(changes)
}

fn least_non_blocking_vote(resolver: &Resolver, ballot: &Ballot, member: usize) -> Vote {
    [Vote::Abstain, Vote::Absent]
        .into_iter()
        .find(|&vote| {
            resolver.blockers(&ballot.with(member, vote)).len() < resolver.blockers(ballot).len()
        })
        .unwrap_or(Vote::Yes)
}

/// One veto player voting against, or enough affirmative votes withdrawn to fall short. The
/// veto player is chosen by least concession: one that abstained, was absent or did not
/// participate before one that voted in favour (res. 2334 (2016): "had the abstaining United
/// States voted against"), then Council order.
fn changes_to_reject(resolver: &Resolver, ballot: &Ballot) -> Option<Vec<VoteChange>> {
    let veto = [
        Vote::Abstain,
        Vote::Absent,
        Vote::NotParticipating,
        Vote::Yes,
    ]
    .into_iter()
    .flat_map(|from| ballot.cast(from).iter())
    .find(|&m| !resolver.blockers(&ballot.with(m, Vote::No)).is_empty());
    if let Some(member) = veto {
        let from = ballot.vote(member)?;
        return Some(vec![VoteChange {
            member,
            from,
            to: Vote::No,
        }]);
    }
    let withdraw = ballot.cast(Vote::Yes).len() + 1 - resolver.threshold();
    let changes: Vec<VoteChange> = ballot
        .cast(Vote::Yes)
        .iter()
        .take(withdraw)
        .map(|member| VoteChange {
            member,
            from: Vote::Yes,
            to: Vote::Abstain,
        })
        .collect();
    (changes.len() == withdraw).then_some(changes)
}

#[cfg(test)]
mod tests {
    use super::{decisive, smallest_flip};
    use crate::engine::article27::Resolver;
    use crate::engine::resolution::Outcome;
    use crate::engine::test_support::{ballot, charter};
    use crate::model::{QuestionKind, Vote};

    fn resolver(question: QuestionKind) -> Resolver {
        Resolver::new(&charter(question))
    }

    #[test]
    fn the_vetoing_member_is_decisive_and_its_abstention_flips() {
        let r = resolver(QuestionKind::Substantive);
        let b = ballot("aynyyyyyyyyyyyy");
        let pivots = decisive(&r, &b);
        assert_eq!(pivots.iter().map(|p| p.member).collect::<Vec<_>>(), vec![2]);
        let flip = smallest_flip(&r, &b).expect("a flip exists");
        assert_eq!(flip.changes.len(), 1);
        assert_eq!(flip.changes[0].to, Vote::Abstain);
        assert_eq!(flip.outcome, Outcome::Adopted);
        assert_eq!(
            (flip.tally.yes, flip.tally.no, flip.tally.abstain),
            (13, 0, 2)
        );
    }

    #[test]
    fn a_member_whose_vote_turns_a_failure_into_a_veto_is_decisive() {
        // Art. 27(3): 8 in favour and a permanent member against is a failure, not a veto;
        // a ninth vote in favour makes it a veto, which GA res. 76/262 puts before the Assembly.
        let r = resolver(QuestionKind::Substantive);
        let pivots = decisive(&r, &ballot("nyyyyyyyyaaaaaa"));
        let abstainer = pivots.iter().find(|p| p.member == 9).expect("decisive");
        assert!(
            abstainer
                .flips_to
                .iter()
                .any(|&(to, outcome)| to == Vote::Yes && matches!(outcome, Outcome::Vetoed(_)))
        );
    }

    #[test]
    fn a_draft_far_short_of_nine_has_no_single_pivot() {
        let r = resolver(QuestionKind::Substantive);
        // S/2023/639: RUS yes, JPN no, 13 abstentions.
        let b = ballot("aayaaaaaaanaaaa");
        assert!(decisive(&r, &b).is_empty());
        let flip = smallest_flip(&r, &b).expect("a flip exists");
        assert_eq!(flip.changes.len(), 8);
        assert!(flip.changes.iter().all(|c| c.to == Vote::Yes));
    }

    #[test]
    fn every_permanent_member_is_decisive_on_a_unanimous_text() {
        let r = resolver(QuestionKind::Substantive);
        let b = ballot("yyyyyyyyyyyyyyy");
        let pivots: Vec<usize> = decisive(&r, &b).iter().map(|p| p.member).collect();
        assert_eq!(pivots, vec![0, 1, 2, 3, 4]);
        let flip = smallest_flip(&r, &b).expect("a flip exists");
        assert_eq!(flip.changes.len(), 1);
        assert_eq!(flip.changes[0].to, Vote::No);
    }

    #[test]
    fn the_abstaining_permanent_member_is_the_smallest_flip_to_a_veto() {
        // Res. 2334 (2016), 14-0-1 with the United States (seat 4 here) abstaining: had it
        // voted against, the draft would have been vetoed; no member voting in favour need move.
        let r = resolver(QuestionKind::Substantive);
        let flip = smallest_flip(&r, &ballot("yyyyayyyyyyyyyy")).expect("a flip exists");
        assert_eq!(flip.changes.len(), 1);
        assert_eq!((flip.changes[0].member, flip.changes[0].to), (4, Vote::No));
    }

    #[test]
    fn a_procedural_text_flips_by_withdrawing_votes() {
        let r = resolver(QuestionKind::Procedural);
        let b = ballot("nnnyyyyyyyyyyaa");
        let flip = smallest_flip(&r, &b).expect("a flip exists");
        assert_eq!(flip.changes.len(), 2);
        assert_eq!(flip.outcome, Outcome::Failed);
    }
}
