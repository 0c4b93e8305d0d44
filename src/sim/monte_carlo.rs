//! Seeded Monte Carlo over vote groups.
//!
//! Randomness is a named, portable generator (`ChaCha8`) seeded by the caller. Trial `t` reads
//! the generator's stream from word `t · w` (`w` = the number of uncertain groups), so every
//! trial sees the same numbers however the trials are split across threads: results are
//! byte-identical for any thread count. Memory is flat in the number of trials.
//!
//! A group's draw is one 32-bit word, compared with the group's cumulative probabilities scaled
//! to 2^32; the words of a batch of trials are taken from the generator at once. Each ballot is
//! decided by the [`Resolver`], and per-seat counts are kept as tables of 8-seat patterns, one
//! increment a table per trial, summed seat by seat when a chunk ends.

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

/// Trials whose draws are taken from the generator at once.
const BATCH: usize = 256;

/// An uncertain group with cumulative thresholds on a 32-bit draw, in [`Vote::ALL`] order: the
/// group casts the first vote whose threshold exceeds the draw (not participating past the last).
struct Sampler {
    members: u128,
    thresholds: [u64; 4],
}

fn sampler(group: &Group) -> Sampler {
    let scale = f64::from(u32::MAX) + 1.0;
    let mut cumulative = 0.0;
    let mut thresholds = [0u64; 4];
    for (slot, vote) in thresholds.iter_mut().zip(Vote::ALL) {
        cumulative += group.odds.of(vote);
        // Probabilities are in [0, 1], so the product fits in 33 bits.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let threshold = (cumulative * scale).round().min(scale) as u64;
        *slot = threshold;
    }
    Sampler {
        members: group.members.bits(),
        thresholds,
    }
}

/// What every trial shares: the rule, the certain votes and the samplers.
struct Plan {
    resolver: Resolver,
    seats: usize,
    /// Members certain to vote within the first `k + 1` votes of [`Vote::ALL`], for each `k`;
    /// every sampled member is added from `k = thresholds` on.
    within: [u128; 4],
    /// Every member.
    all: u128,
    samplers: Vec<Sampler>,
}

impl Plan {
    fn new(resolver: &Resolver, groups: &[Group], seats: usize) -> Self {
        let mut within = [0u128; 4];
        let mut all = 0u128;
        let mut samplers = Vec::new();
        for group in groups {
            all |= group.members.bits();
            if group.odds.is_certain() {
                let rank = Vote::ALL.iter().position(|&v| v == group.odds.modal());
                for slot in within.iter_mut().skip(rank.unwrap_or(Vote::ALL.len())) {
                    *slot |= group.members.bits();
                }
            } else {
                samplers.push(sampler(group));
            }
        }
        Self {
            resolver: *resolver,
            seats,
            within,
            all,
            samplers,
        }
    }

    /// How many thresholds decide a draw: past them, every sampler's threshold is 2^32.
    fn thresholds(&self) -> usize {
        let scale = u64::from(u32::MAX) + 1;
        self.samplers
            .iter()
            .map(|s| {
                s.thresholds
                    .iter()
                    .rposition(|&t| t < scale)
                    .map_or(0, |k| k + 1)
            })
            .max()
            .unwrap_or(0)
    }

    /// Counts trials `start..end`, which read the stream from word `start · samplers`.
    fn chunk<const K: usize>(&self, seed: u64, start: u64, end: u64) -> Counts {
        let words = self.samplers.len();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_word_pos(u128::from(start) * words as u128);
        let mut within = self.within;
        for slot in within.iter_mut().skip(K) {
            *slot |= self.samplers.iter().fold(0, |set, s| set | s.members);
        }
        let mut tally = ChunkTally::new(self.seats);
        if words == 0 {
            let ballot = self.ballot(within);
            for _ in start..end {
                tally.add(&self.resolver, &ballot);
            }
            return tally.counts(self.seats);
        }
        let mut bytes = vec![0u8; BATCH * words * 4];
        let mut left = end - start;
        while left > 0 {
            let batch = left.min(BATCH as u64);
            left -= batch;
            #[allow(clippy::cast_possible_truncation)] // at most BATCH
            let bytes = &mut bytes[..batch as usize * words * 4];
            rng.fill_bytes(bytes);
            for draws in bytes.chunks_exact(words * 4) {
                let mut cast = within;
                for (s, draw) in self.samplers.iter().zip(draws.chunks_exact(4)) {
                    let draw = u64::from(u32::from_le_bytes([draw[0], draw[1], draw[2], draw[3]]));
                    for (set, &threshold) in cast.iter_mut().zip(&s.thresholds).take(K) {
                        *set |= s.members & 0u128.wrapping_sub(u128::from(draw < threshold));
                    }
                }
                tally.add(&self.resolver, &self.ballot(cast));
            }
        }
        tally.counts(self.seats)
    }

    fn ballot(&self, within: [u128; 4]) -> Ballot {
        let [yes, no, abstain, absent] = within;
        Ballot::from_sets(
            [
                yes,
                no & !yes,
                abstain & !no,
                absent & !abstain,
                self.all & !absent,
            ]
            .map(MemberSet::from_bits),
        )
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
    let plan = Plan::new(resolver, groups, seats);
    let chunk: fn(&Plan, u64, u64, u64) -> Counts = match plan.thresholds() {
        0..=2 => Plan::chunk::<2>,
        3 => Plan::chunk::<3>,
        _ => Plan::chunk::<4>,
    };
    (0..trials.div_ceil(CHUNK))
        .into_par_iter()
        .map(|c| {
            let start = c * CHUNK;
            let end = (start + CHUNK).min(trials);
            let counts = chunk(&plan, seed, start, end);
            progress(end - start);
            counts
        })
        .reduce(|| Counts::zero(seats), Counts::merge)
}

/// One chunk's counters: per-seat counts as one table of 8-seat patterns for each 8 seats.
struct ChunkTally {
    trials: u64,
    adopted: u64,
    vetoed: u64,
    veto_by: Vec<[u32; 256]>,
    decisive: Vec<[u32; 256]>,
    tallies: Vec<u64>,
    side: usize,
}

impl ChunkTally {
    fn new(seats: usize) -> Self {
        let tables = seats.div_ceil(8);
        Self {
            trials: 0,
            adopted: 0,
            vetoed: 0,
            veto_by: vec![[0; 256]; tables],
            decisive: vec![[0; 256]; tables],
            tallies: Counts::zero(seats).tallies,
            side: seats + 1,
        }
    }

    fn add(&mut self, resolver: &Resolver, ballot: &Ballot) {
        self.trials += 1;
        match resolver.outcome(ballot) {
            Outcome::Adopted => self.adopted += 1,
            Outcome::Failed => {}
            // Consensus statements are refused before any trial (`SimError::ConsensusStatement`).
            Outcome::Vetoed(by) | Outcome::Blocked(by) => {
                self.vetoed += 1;
                add_pattern(&mut self.veto_by, by);
            }
        }
        add_pattern(&mut self.decisive, decisive_members(resolver, ballot));
        if !self.tallies.is_empty() {
            let index = (ballot.cast(Vote::Yes).len() * self.side + ballot.cast(Vote::No).len())
                * self.side
                + ballot.cast(Vote::Abstain).len();
            self.tallies[index] += 1;
        }
    }

    fn counts(self, seats: usize) -> Counts {
        Counts {
            trials: self.trials,
            adopted: self.adopted,
            vetoed: self.vetoed,
            failed: self.trials - self.adopted - self.vetoed,
            veto_by: per_seat(&self.veto_by, seats),
            decisive: per_seat(&self.decisive, seats),
            tallies: self.tallies,
        }
    }
}

fn add_pattern(tables: &mut [[u32; 256]], set: MemberSet) {
    for (table, pattern) in tables.iter_mut().zip(set.bits().to_le_bytes()) {
        table[usize::from(pattern)] += 1;
    }
}

fn per_seat(tables: &[[u32; 256]], seats: usize) -> Vec<u64> {
    (0..seats)
        .map(|seat| {
            let table = &tables[seat / 8];
            (0..256usize)
                .filter(|pattern| pattern >> (seat % 8) & 1 == 1)
                .map(|pattern| u64::from(table[pattern]))
                .sum()
        })
        .collect()
}
