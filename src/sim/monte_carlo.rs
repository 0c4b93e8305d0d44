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

use std::ops::{BitAnd, BitOr, BitOrAssign, Not};

use crate::engine::{Outcome, Resolver, decisive_members_of};
use crate::model::{MemberSet, Vote};
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

/// Set bits of each byte: the baseline x86-64 target has no population-count instruction.
const BYTE_COUNTS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        #[allow(clippy::cast_possible_truncation)] // at most 8
        {
            table[byte] = byte.count_ones() as u8;
        }
        byte += 1;
    }
    table
};

/// A member set as the sampling loop keeps it: 64 bits when the Council fits, else 128.
trait Mask:
    Copy + Sync + BitOr<Output = Self> + BitOrAssign + BitAnd<Output = Self> + Not<Output = Self>
{
    const EMPTY: Self;
    /// The set's bits; a Council that fits is required.
    fn of(set: MemberSet) -> Self;
    fn set(self) -> MemberSet;
    /// The set when `hit`, else the empty set, without a branch.
    fn when(self, hit: bool) -> Self;
    /// How many members, counting the first `bytes` bytes.
    fn count(self, bytes: usize) -> usize;
}

impl Mask for u64 {
    const EMPTY: Self = 0;

    fn of(set: MemberSet) -> Self {
        debug_assert!(set.bits() >> 64 == 0);
        #[allow(clippy::cast_possible_truncation)] // the Council has at most 64 seats
        {
            set.bits() as u64
        }
    }

    fn set(self) -> MemberSet {
        MemberSet::from_bits(u128::from(self))
    }

    fn when(self, hit: bool) -> Self {
        self & 0u64.wrapping_sub(u64::from(hit))
    }

    fn count(self, bytes: usize) -> usize {
        self.to_le_bytes()[..bytes]
            .iter()
            .map(|&b| usize::from(BYTE_COUNTS[usize::from(b)]))
            .sum()
    }
}

impl Mask for u128 {
    const EMPTY: Self = 0;

    fn of(set: MemberSet) -> Self {
        set.bits()
    }

    fn set(self) -> MemberSet {
        MemberSet::from_bits(self)
    }

    fn when(self, hit: bool) -> Self {
        self & 0u128.wrapping_sub(u128::from(hit))
    }

    fn count(self, bytes: usize) -> usize {
        self.to_le_bytes()[..bytes]
            .iter()
            .map(|&b| usize::from(BYTE_COUNTS[usize::from(b)]))
            .sum()
    }
}

/// An uncertain group with cumulative thresholds on a 32-bit draw, in [`Vote::ALL`] order: the
/// group casts the first vote whose threshold exceeds the draw (not participating past the last).
struct Sampler<M> {
    members: M,
    thresholds: [u64; 4],
}

fn sampler<M: Mask>(group: &Group) -> Sampler<M> {
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
        members: M::of(group.members),
        thresholds,
    }
}

/// What every trial shares: the rule, the certain votes and the samplers.
struct Plan<M> {
    resolver: Resolver,
    /// For each vote in [`Vote::ALL`] order, the veto players whose casting it blocks.
    blocking: [MemberSet; 5],
    seats: usize,
    /// Bytes of a member set that can hold a member.
    bytes: usize,
    /// Members certain to cast one of the first `k + 1` votes of [`Vote::ALL`], for each `k`.
    within: [M; 4],
    /// Every member.
    all: M,
    samplers: Vec<Sampler<M>>,
}

impl<M: Mask> Plan<M> {
    fn new(resolver: &Resolver, groups: &[Group], seats: usize) -> Self {
        let mut within = [M::EMPTY; 4];
        let mut all = M::EMPTY;
        let mut samplers = Vec::new();
        for group in groups {
            let members = M::of(group.members);
            all |= members;
            if group.odds.is_certain() {
                let rank = Vote::ALL.iter().position(|&v| v == group.odds.modal());
                for slot in within.iter_mut().skip(rank.unwrap_or(Vote::ALL.len())) {
                    *slot |= members;
                }
            } else {
                samplers.push(sampler(group));
            }
        }
        Self {
            resolver: *resolver,
            blocking: resolver.blocking(),
            seats,
            bytes: seats.div_ceil(8),
            within,
            all,
            samplers,
        }
    }

    /// Runs every trial with the thresholds that decide a draw: past them, every sampler's
    /// threshold is 2^32.
    fn run(&self, trials: u64, seed: u64, progress: &(dyn Fn(u64) + Sync)) -> Counts {
        let scale = u64::from(u32::MAX) + 1;
        let deciding = self
            .samplers
            .iter()
            .filter_map(|s| s.thresholds.iter().rposition(|&t| t < scale))
            .max()
            .map_or(0, |k| k + 1);
        let chunk: fn(&Self, u64, u64, u64) -> Counts = if deciding <= 2 {
            Self::chunk::<2>
        } else {
            Self::chunk::<4>
        };
        (0..trials.div_ceil(CHUNK))
            .into_par_iter()
            .map(|c| {
                let start = c * CHUNK;
                let end = (start + CHUNK).min(trials);
                let counts = chunk(self, seed, start, end);
                progress(end - start);
                counts
            })
            .reduce(|| Counts::zero(self.seats), Counts::merge)
    }

    /// Counts trials `start..end`, which read the stream from word `start · samplers`, deciding
    /// each draw by the first `K` thresholds.
    fn chunk<const K: usize>(&self, seed: u64, start: u64, end: u64) -> Counts {
        let words = self.samplers.len();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_word_pos(u128::from(start) * words as u128);
        let mut within = self.within;
        for slot in within.iter_mut().skip(K) {
            *slot |= self
                .samplers
                .iter()
                .fold(M::EMPTY, |set, s| set | s.members);
        }
        let mut tally = ChunkTally::new(self.seats, self.resolver.veto_players());
        if words == 0 {
            for _ in start..end {
                self.decide(within, &mut tally);
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
                        *set |= s.members.when(draw < threshold);
                    }
                }
                self.decide(cast, &mut tally);
            }
        }
        tally.counts(self.seats)
    }

    /// Decides one trial from the members casting each of the first `k + 1` votes, and counts it.
    fn decide(&self, within: [M; 4], tally: &mut ChunkTally) {
        let [yes, up_to_no, up_to_abstain, up_to_absent] = within;
        let cast = [
            yes,
            up_to_no & !yes,
            up_to_abstain & !up_to_no,
            up_to_absent & !up_to_abstain,
            self.all & !up_to_absent,
        ];
        let blockers = cast
            .iter()
            .zip(self.blocking)
            .fold(MemberSet::EMPTY, |set, (c, by)| {
                set.union(c.set().intersection(by))
            });
        let yes_count = yes.count(self.bytes);
        let outcome = self.resolver.outcome_of(yes_count, blockers);
        let decisive = decisive_members_of(
            &self.resolver,
            self.all.set(),
            yes.set(),
            yes_count,
            blockers,
        );
        let tallied = (
            yes_count,
            cast[1].count(self.bytes),
            cast[2].count(self.bytes),
        );
        tally.add(outcome, decisive, tallied);
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
    if seats <= 64 {
        Plan::<u64>::new(resolver, groups, seats).run(trials, seed, progress)
    } else {
        Plan::<u128>::new(resolver, groups, seats).run(trials, seed, progress)
    }
}

/// One chunk's counters: per-seat counts as one table of 8-seat patterns for each 8 seats
/// (for vetoes, up to the last veto player's).
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
    fn new(seats: usize, veto_players: MemberSet) -> Self {
        let veto_tables = veto_players.iter().last().map_or(0, |m| m / 8 + 1);
        Self {
            trials: 0,
            adopted: 0,
            vetoed: 0,
            veto_by: vec![[0; 256]; veto_tables],
            decisive: vec![[0; 256]; seats.div_ceil(8)],
            tallies: Counts::zero(seats).tallies,
            side: seats + 1,
        }
    }

    /// Counts a trial: its outcome, decisive members and `(yes, no, abstain)`, each member
    /// casting one vote at most.
    fn add(
        &mut self,
        outcome: Outcome,
        decisive: MemberSet,
        (yes, no, abstain): (usize, usize, usize),
    ) {
        self.trials += 1;
        let (adopted, vetoed_by) = match outcome {
            Outcome::Adopted => (true, MemberSet::EMPTY),
            Outcome::Failed => (false, MemberSet::EMPTY),
            // Consensus statements are refused before any trial (`SimError::ConsensusStatement`).
            Outcome::Vetoed(by) | Outcome::Blocked(by) => (false, by),
        };
        self.adopted += u64::from(adopted);
        self.vetoed += u64::from(!vetoed_by.is_empty());
        add_pattern(&mut self.veto_by, vetoed_by);
        add_pattern(&mut self.decisive, decisive);
        if !self.tallies.is_empty() {
            self.tallies[(yes * self.side + no) * self.side + abstain] += 1;
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

/// Per seat, the sum of the counts of the patterns that hold it (0 past the tables).
fn per_seat(tables: &[[u32; 256]], seats: usize) -> Vec<u64> {
    (0..seats)
        .map(|seat| {
            tables.get(seat / 8).map_or(0, |table| {
                (0..256usize)
                    .filter(|pattern| pattern >> (seat % 8) & 1 == 1)
                    .map(|pattern| u64::from(table[pattern]))
                    .sum()
            })
        })
        .collect()
}
