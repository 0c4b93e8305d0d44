//! Exact probabilities by dynamic programming over independent vote groups.
//!
//! Groups vote independently, so the distribution of (affirmative votes, which veto-holding
//! groups block) is built one group at a time: `(n + 1) · 2^k` states for `k` veto-holding
//! groups. No sampling, no randomness.

use std::collections::BTreeMap;

use crate::engine::{Resolver, Tally};
use crate::model::{MemberSet, Vote};
use crate::sim::groups::Group;

/// The most veto-holding groups the exact method handles (`2^k` states per yes count).
pub const MAX_EXACT_VETO_GROUPS: usize = 16;

/// Exact outcome probabilities.
#[derive(Clone, Debug, PartialEq)]
pub struct ExactOutcome {
    /// P(adopted).
    pub adopted: f64,
    /// P(vetoed).
    pub vetoed: f64,
    /// P(failed for want of votes).
    pub failed: f64,
    /// Per seat: P(the draft is vetoed and this member is among the blockers).
    pub veto_by: Vec<f64>,
}

fn holds_veto(resolver: &Resolver, group: &Group) -> bool {
    !group
        .members
        .intersection(resolver.veto_players())
        .is_empty()
}

/// P(adopted), P(vetoed), P(failed) and who vetoes. `None` when more than
/// [`MAX_EXACT_VETO_GROUPS`] groups hold a veto.
#[must_use]
pub fn outcome(resolver: &Resolver, groups: &[Group], seats: usize) -> Option<ExactOutcome> {
    let veto_groups: Vec<usize> = (0..groups.len())
        .filter(|&g| holds_veto(resolver, &groups[g]))
        .collect();
    let k = veto_groups.len();
    if k > MAX_EXACT_VETO_GROUPS {
        return None;
    }
    let width = 1usize << k;
    let mut dist = vec![0.0f64; (seats + 1) * width];
    let mut next = dist.clone();
    dist[0] = 1.0;
    for (g, group) in groups.iter().enumerate() {
        let bit = veto_groups
            .iter()
            .position(|&v| v == g)
            .map(|k| 1usize << k);
        let add = group.members.len();
        next.fill(0.0);
        for (index, &p) in dist.iter().enumerate() {
            if p == 0.0 {
                continue;
            }
            let (yes, mask) = (index / width, index % width);
            for vote in Vote::ALL {
                let q = group.odds.of(vote);
                if q == 0.0 {
                    continue;
                }
                let yes = if vote == Vote::Yes { yes + add } else { yes };
                let mask = match bit {
                    Some(bit) if resolver.vote_blocks(vote) => mask | bit,
                    _ => mask,
                };
                next[yes * width + mask] += p * q;
            }
        }
        std::mem::swap(&mut dist, &mut next);
    }
    let mut result = ExactOutcome {
        adopted: 0.0,
        vetoed: 0.0,
        failed: 0.0,
        veto_by: vec![0.0; seats],
    };
    for (index, &p) in dist.iter().enumerate() {
        let (yes, mask) = (index / width, index % width);
        if yes < resolver.threshold() {
            result.failed += p;
        } else if mask == 0 {
            result.adopted += p;
        } else {
            result.vetoed += p;
            for (k, &g) in veto_groups.iter().enumerate() {
                if mask & (1 << k) != 0 {
                    for m in groups[g]
                        .members
                        .intersection(resolver.veto_players())
                        .iter()
                    {
                        result.veto_by[m] += p;
                    }
                }
            }
        }
    }
    Some(result)
}

/// Per seat: the probability that the member's vote alone, changed, would flip adoption.
#[must_use]
pub fn decisive(resolver: &Resolver, groups: &[Group], seats: usize) -> Vec<f64> {
    let mut decisive = vec![0.0; seats];
    let threshold = resolver.threshold();
    for (g, group) in groups.iter().enumerate() {
        // Distribution of (yes, any block) over every other group.
        let mut dist = vec![[0.0f64; 2]; seats + 1];
        let mut next = dist.clone();
        dist[0][0] = 1.0;
        for other in groups
            .iter()
            .enumerate()
            .filter(|(o, _)| *o != g)
            .map(|(_, o)| o)
        {
            let add = other.members.len();
            let vetoes = holds_veto(resolver, other);
            next.fill([0.0; 2]);
            for (yes, row) in dist.iter().enumerate() {
                for (blocked, &p) in row.iter().enumerate() {
                    if p == 0.0 {
                        continue;
                    }
                    for vote in Vote::ALL {
                        let q = other.odds.of(vote);
                        if q > 0.0 {
                            let y = if vote == Vote::Yes { yes + add } else { yes };
                            let b =
                                usize::from(blocked == 1 || (vetoes && resolver.vote_blocks(vote)));
                            next[y][b] += p * q;
                        }
                    }
                }
            }
            std::mem::swap(&mut dist, &mut next);
        }
        let vetoers = group.members.intersection(resolver.veto_players());
        let counts = group.members;
        for vote in Vote::ALL {
            let q = group.odds.of(vote);
            if q == 0.0 {
                continue;
            }
            for member in group.members.iter() {
                let p =
                    probability_decisive(resolver, &dist, vote, member, vetoers, counts, threshold);
                decisive[member] += q * p;
            }
        }
    }
    decisive
}

/// P(`member` is decisive | its group votes `vote`), given the others' distribution.
#[allow(clippy::too_many_arguments)]
fn probability_decisive(
    resolver: &Resolver,
    others: &[[f64; 2]],
    vote: Vote,
    member: usize,
    vetoers: MemberSet,
    counts: MemberSet,
    threshold: usize,
) -> f64 {
    let group_yes = if vote == Vote::Yes { counts.len() } else { 0 };
    let group_blocks = !vetoers.is_empty() && resolver.vote_blocks(vote);
    let rest_block = !vetoers.without(member).is_empty() && resolver.vote_blocks(vote);
    let mut total = 0.0;
    for (yes, row) in others.iter().enumerate() {
        for (blocked, &p) in row.iter().enumerate() {
            if p == 0.0 {
                continue;
            }
            let blocked = blocked == 1;
            let adopted = yes + group_yes >= threshold && !blocked && !group_blocks;
            let flips = Vote::ALL.into_iter().filter(|&alt| alt != vote).any(|alt| {
                let own = |v: Vote| usize::from(v == Vote::Yes && counts.contains(member));
                let y = yes + group_yes - own(vote) + own(alt);
                let b = blocked
                    || rest_block
                    || (vetoers.contains(member) && resolver.vote_blocks(alt));
                (y >= threshold && !b) != adopted
            });
            if flips {
                total += p;
            }
        }
    }
    total
}

/// The distribution of tallies, most likely first.
#[must_use]
pub fn tallies(groups: &[Group], seats: usize) -> Vec<(Tally, f64)> {
    let mut dist: BTreeMap<(usize, usize, usize), f64> = BTreeMap::new();
    dist.insert((0, 0, 0), 1.0);
    for group in groups {
        let counted = group.members.len();
        let mut next = BTreeMap::new();
        for (&(yes, no, abstain), &p) in &dist {
            for vote in Vote::ALL {
                let q = group.odds.of(vote);
                if q == 0.0 {
                    continue;
                }
                let key = match vote {
                    Vote::Yes => (yes + counted, no, abstain),
                    Vote::No => (yes, no + counted, abstain),
                    Vote::Abstain => (yes, no, abstain + counted),
                    Vote::Absent | Vote::NotParticipating => (yes, no, abstain),
                };
                *next.entry(key).or_insert(0.0) += p * q;
            }
        }
        dist = next;
    }
    let mut out: Vec<(Tally, f64)> = dist
        .into_iter()
        .map(|((yes, no, abstain), p)| {
            let tally = Tally::from_counts(yes, no, abstain, seats);
            (tally, p)
        })
        .collect();
    out.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| (b.0.yes, b.0.no).cmp(&(a.0.yes, a.0.no)))
    });
    out
}
