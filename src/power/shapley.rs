//! Shapley–Shubik for weighted games by generating functions, with per-type deletion.
//!
//! `T[s][u]`, the coalitions of `s` free (non-veto) players weighing `u`, is built one player at
//! a time for the weights a losing coalition can have (`u` below the weight `d` the free players
//! must add). A free player of weight `w` is pivotal after the others' coalitions weighing
//! `[d - w, d)`; dividing `T` by the player's factor `1 + x·y^w` gives them as
//! `N(s) = Σ_k (-1)^k · (T[s - k] summed over [d - (k + 1)·w, d - k·w))`, read from running sums
//! in `O(s · d / w)` steps. A veto player is pivotal after every coalition holding the other
//! veto players and weighing `d` or more. Counts are exact by residues (`residue`): time
//! `O(passes · players · s_max · d)`, memory one table of `(s_max + 1) · d` 8-byte cells per
//! pass in progress, `s_max` the most light players that weigh less than `d` together.

use num_bigint::BigUint;
use rayon::prelude::{IntoParallelIterator, ParallelIterator};

use crate::power::exact::{binomials, factorials};
use crate::power::game::Game;
use crate::power::residue::{Prime, Ring, Wrapping, primes_for, rebuild};
use crate::power::types::{Type, veto_totals};

/// The shape of the table: the free players' weights, the weight they must add, the rows.
pub(crate) struct Shape {
    /// Weights of the free players lighter than `need` (the only ones a losing coalition holds).
    light: Vec<usize>,
    /// Free players in all.
    free: usize,
    /// The weight the free players must add to the veto players'.
    need: usize,
    /// Rows: coalition sizes `0..rows`.
    rows: usize,
}

impl Shape {
    pub(crate) fn of(game: &Game, types: &[Type]) -> Option<Self> {
        let (_, veto_weight) = veto_totals(types);
        let need = usize::try_from(game.quota.saturating_sub(veto_weight)).ok()?;
        let mut light: Vec<usize> = Vec::new();
        let mut free = 0;
        for t in types.iter().filter(|t| !t.veto) {
            free += t.count();
            let w = usize::try_from(t.weight).ok()?;
            if w < need {
                light.extend(std::iter::repeat_n(w, t.count()));
            }
        }
        light.sort_unstable();
        // The most light players that weigh less than `need` together.
        let mut total = 0;
        let rows = if need == 0 {
            0
        } else {
            1 + light
                .iter()
                .take_while(|&&w| {
                    total += w;
                    total < need
                })
                .count()
        };
        Some(Self {
            light,
            free,
            need,
            rows,
        })
    }

    /// Cells in one table.
    pub(crate) fn cells(&self) -> Option<usize> {
        self.rows.checked_mul(self.need)
    }

    /// Passes (moduli) the counts need.
    pub(crate) fn passes(&self) -> usize {
        1 + primes_for(&largest_binomial(self.free)).len()
    }

    /// Estimated word operations.
    pub(crate) fn cost(&self, types: usize) -> u128 {
        let cells = self.rows as u128 * self.need as u128;
        self.passes() as u128 * (cells * (self.light.len() as u128 / 2 + 1))
            + (types * self.rows * self.rows) as u128
    }
}

/// `max_s C(n, s)`: no count here exceeds it.
fn largest_binomial(n: usize) -> BigUint {
    binomials(n)
        .pop()
        .and_then(|row| row.into_iter().max())
        .unwrap_or_default()
}

/// Per-size counts modulo one ring: the losing coalitions, and per type those after which one
/// of its players is pivotal.
struct Residues {
    losing: Vec<u64>,
    pivotal: Vec<Vec<u64>>,
}

fn pass<R: Ring>(ring: R, shape: &Shape, weights: &[Option<usize>]) -> Residues {
    let (rows, need) = (shape.rows, shape.need);
    let mut table = vec![0u64; rows * need];
    table[0] = 1;
    // Players are added lightest first, so with `added` of them, row s holds weights from the
    // s lightest (`prefix[s]`) to the s last added (`prefix[added] - prefix[added - s]`).
    let prefix: Vec<usize> = std::iter::once(0)
        .chain(shape.light.iter().scan(0, |sum, &w| {
            *sum += w;
            Some(*sum)
        }))
        .collect();
    for (added, &w) in shape.light.iter().enumerate() {
        for s in (1..=(added + 1).min(rows - 1)).rev() {
            let low = prefix[s - 1] + w;
            let high = need.min(prefix[added] - prefix[added + 1 - s] + w + 1);
            if low >= high {
                continue;
            }
            let (lower, upper) = table.split_at_mut(s * need);
            let below = &lower[(s - 1) * need + low - w..(s - 1) * need + high - w];
            for (cell, &from) in upper[low..high].iter_mut().zip(below) {
                *cell = ring.add(*cell, from);
            }
        }
    }
    // Running sums, in place: cell u becomes the sum over [0, u].
    for row in table.chunks_mut(need) {
        for u in 1..need {
            row[u] = ring.add(row[u], row[u - 1]);
        }
    }
    let below = |s: usize, end: usize| {
        if end == 0 {
            0
        } else {
            table[s * need + end - 1]
        }
    };
    let losing = (0..rows).map(|s| below(s, need)).collect();
    let pivotal = weights
        .iter()
        .map(|&w| {
            let Some(w) = w.filter(|&w| w > 0) else {
                return vec![0; rows];
            };
            (0..rows)
                .map(|s| {
                    let mut sum = 0;
                    let mut high = need;
                    for k in 0..=s {
                        let low = high.saturating_sub(w);
                        let block = ring.sub(below(s - k, high), below(s - k, low));
                        sum = if k % 2 == 0 {
                            ring.add(sum, block)
                        } else {
                            ring.sub(sum, block)
                        };
                        if low == 0 {
                            break;
                        }
                        high = low;
                    }
                    sum
                })
                .collect()
        })
        .collect();
    Residues { losing, pivotal }
}

/// Shapley–Shubik numerators over `n!`, per type.
pub(crate) fn numerators(game: &Game, types: &[Type], shape: &Shape) -> Vec<BigUint> {
    let n = game.players.len();
    let (veto_count, _) = veto_totals(types);
    let free = shape.free;
    let fact = factorials(n);
    let binom = binomials(free).pop().unwrap_or_default();
    let mut out = vec![BigUint::default(); types.len()];
    // Free types: their weight when they can be pivotal after a losing coalition.
    let weights: Vec<Option<usize>> = types
        .iter()
        .map(|t| (!t.veto).then(|| usize::try_from(t.weight).unwrap_or(usize::MAX)))
        .collect();
    let (losing, pivotal) = if shape.rows == 0 {
        (Vec::new(), vec![Vec::new(); types.len()])
    } else {
        let primes = primes_for(&largest_binomial(free));
        let passes: Vec<Residues> = (0..=primes.len())
            .into_par_iter()
            .map(|m| match m {
                0 => pass(Wrapping, shape, &weights),
                _ => pass(Prime(primes[m - 1]), shape, &weights),
            })
            .collect();
        let exact = |pick: &dyn Fn(&Residues) -> u64| {
            let residues: Vec<u64> = passes.iter().map(pick).collect();
            rebuild(&residues, primes)
        };
        let losing: Vec<BigUint> = (0..shape.rows).map(|s| exact(&|r| r.losing[s])).collect();
        let pivotal = (0..types.len())
            .map(|t| {
                (0..shape.rows)
                    .map(|s| exact(&|r| r.pivotal[t][s]))
                    .collect()
            })
            .collect();
        (losing, pivotal)
    };
    for (t, ty) in types.iter().enumerate() {
        if ty.veto {
            // Pivotal after the other veto players with free players weighing `need` or more.
            for (s, all) in binom.iter().enumerate() {
                let winning = all - losing.get(s).cloned().unwrap_or_default();
                let size = s + veto_count - 1;
                out[t] += winning * &fact[size] * &fact[n - size - 1];
            }
        } else if usize::try_from(ty.weight).unwrap_or(usize::MAX) >= shape.need {
            // Heavier than what is missing: pivotal after every losing coalition of the others.
            for (s, count) in losing.iter().enumerate() {
                let size = s + veto_count;
                out[t] += count * &fact[size] * &fact[n - size - 1];
            }
        } else {
            for (s, count) in pivotal[t].iter().enumerate() {
                let size = s + veto_count;
                out[t] += count * &fact[size] * &fact[n - size - 1];
            }
        }
    }
    out
}
