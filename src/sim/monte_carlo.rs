//! Seeded Monte Carlo over vote groups.
//!
//! Randomness is a named, portable generator (`ChaCha8`) seeded by the caller. Trial `t` reads
//! the generator's stream from word `t · w` (`w` = the number of uncertain groups), so every
//! trial sees the same numbers however the trials are split across threads: results are
//! byte-identical for any thread count. Memory is flat in the number of trials.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::{IntoParallelIterator, ParallelIterator};

use crate::engine::{Outcome, Resolver, decisive_members};
use crate::model::{Ballot, MemberSet, Vote};
use crate::sim::groups::Group;

/// Trials per unit of parallel work.
pub const CHUNK: u64 = 1 << 16;

/// The largest Council whose tally distribution is counted (dense counters).
pub const MAX_TALLY_SEATS: usize = 24;

/// Integer counts from a run of trials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Trials run.
    pub trials: u64,
    /// Trials adopted.
    pub adopted: u64,
    /// Trials vetoed.
    pub vetoed: u64,
    /// Trials failed.
    pub failed: u64,
    /// Per seat: trials vetoed with this member among the blockers.
    pub veto_by: Vec<u64>,
    /// Per seat: trials in which this member was decisive.
    pub decisive: Vec<u64>,
    /// Trials per tally `(yes, no, abstain)`, indexed `(yes·(n+1) + no)·(n+1) + abstain`;
    /// empty for Councils over [`MAX_TALLY_SEATS`].
    pub tallies: Vec<u64>,
}

impl Counts {
    fn zero(seats: usize) -> Self {
        let side = seats + 1;
        Self {
            trials: 0,
            adopted: 0,
            vetoed: 0,
            failed: 0,
            veto_by: vec![0; seats],
            decisive: vec![0; seats],
            tallies: if seats <= MAX_TALLY_SEATS {
                vec![0; side * side * side]
            } else {
                Vec::new()
            },
        }
    }

    fn merge(mut self, other: Self) -> Self {
        self.trials += other.trials;
        self.adopted += other.adopted;
        self.vetoed += other.vetoed;
        self.failed += other.failed;
        for (a, b) in self.veto_by.iter_mut().zip(other.veto_by) {
            *a += b;
        }
        for (a, b) in self.decisive.iter_mut().zip(other.decisive) {
            *a += b;
        }
        for (a, b) in self.tallies.iter_mut().zip(other.tallies) {
            *a += b;
        }
        self
    }
}

/// An uncertain group with cumulative thresholds on a 32-bit draw.
struct Sampler {
    members: MemberSet,
    thresholds: [u64; 3],
}

fn sampler(group: &Group) -> Sampler {
    let scale = f64::from(u32::MAX) + 1.0;
    let mut cumulative = 0.0;
    let mut thresholds = [0u64; 3];
    for (slot, vote) in thresholds
        .iter_mut()
        .zip([Vote::Yes, Vote::No, Vote::Abstain])
    {
        cumulative += group.odds.of(vote);
        // Probabilities are in [0, 1], so the product fits in 33 bits.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let threshold = (cumulative * scale).round().min(scale) as u64;
        *slot = threshold;
    }
    Sampler {
        members: group.members,
        thresholds,
    }
}

/// Runs `trials` trials from `seed`, calling `progress` with the trials done after each chunk.
#[must_use]
pub fn run(
    resolver: &Resolver,
    groups: &[Group],
    seats: usize,
    trials: u64,
    seed: u64,
    progress: &(dyn Fn(u64) + Sync),
) -> Counts {
    let mut certain = [MemberSet::EMPTY; 4];
    let mut samplers = Vec::new();
    for group in groups {
        if group.odds.is_certain() {
            let vote = group.odds.modal();
            let slot = &mut certain[Vote::ALL.iter().position(|&v| v == vote).unwrap_or(3)];
            *slot = slot.union(group.members);
        } else {
            samplers.push(sampler(group));
        }
    }
    let words_per_trial = samplers.len() as u128;
    let chunks = trials.div_ceil(CHUNK);
    (0..chunks)
        .into_par_iter()
        .map(|chunk| {
            let start = chunk * CHUNK;
            let end = (start + CHUNK).min(trials);
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            rng.set_word_pos(u128::from(start) * words_per_trial);
            let mut counts = Counts::zero(seats);
            for _ in start..end {
                let mut by_vote = certain;
                for group in &samplers {
                    let draw = u64::from(rng.next_u32());
                    // Branch-free: how many cumulative thresholds the draw reaches.
                    let slot = usize::from(draw >= group.thresholds[0])
                        + usize::from(draw >= group.thresholds[1])
                        + usize::from(draw >= group.thresholds[2]);
                    by_vote[slot] = by_vote[slot].union(group.members);
                }
                let ballot = Ballot::from_sets(by_vote[0], by_vote[1], by_vote[2], by_vote[3]);
                tally_trial(resolver, &ballot, seats, &mut counts);
            }
            progress(end - start);
            counts
        })
        .reduce(|| Counts::zero(seats), Counts::merge)
}

fn tally_trial(resolver: &Resolver, ballot: &Ballot, seats: usize, counts: &mut Counts) {
    counts.trials += 1;
    match resolver.outcome(ballot) {
        Outcome::Adopted => counts.adopted += 1,
        Outcome::Failed => counts.failed += 1,
        // Consensus statements are refused before any trial (`SimError::ConsensusStatement`).
        Outcome::Vetoed(by) | Outcome::Blocked(by) => {
            counts.vetoed += 1;
            for m in by.iter() {
                counts.veto_by[m] += 1;
            }
        }
    }
    for m in decisive_members(resolver, ballot).iter() {
        counts.decisive[m] += 1;
    }
    if !counts.tallies.is_empty() {
        let side = seats + 1;
        let index = (ballot.cast(Vote::Yes).len() * side + ballot.cast(Vote::No).len()) * side
            + ballot.cast(Vote::Abstain).len();
        counts.tallies[index] += 1;
    }
}
