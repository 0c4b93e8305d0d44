//! Shapley–Shubik, Banzhaf and the power to act for large weighted games, by generating
//! functions: the number of coalitions of each size and (capped) weight is built one player
//! at a time, and each type's contribution removed by polynomial division. `O(types · n · q)`
//! additions of 256-bit integers.

use num_bigint::BigUint;
use primitive_types::U256;

use crate::power::exact::factorials;
use crate::power::game::Game;
use crate::power::types::{Type, veto_totals};

fn big(value: U256) -> BigUint {
    BigUint::from_bytes_le(&value.to_little_endian())
}

/// Per-type swings and Shapley–Shubik numerators (over `n!`), and the winning coalitions.
pub(crate) struct Counts {
    pub swings: Vec<BigUint>,
    pub shapley: Vec<BigUint>,
    pub winning: BigUint,
}

/// Coalitions of the non-veto players by (size, weight), weight capped at `cap` (the last
/// column counts weights `>= cap`).
struct Table {
    cap: usize,
    cells: Vec<U256>,
}

impl Table {
    fn at(&self, size: usize, weight: usize) -> U256 {
        self.cells[size * (self.cap + 1) + weight]
    }
}

pub(crate) fn counts(game: &Game, types: &[Type]) -> Counts {
    let n = game.players.len();
    let (veto_count, veto_weight) = veto_totals(types);
    let free: Vec<&Type> = types.iter().filter(|t| !t.veto).collect();
    let free_count: usize = free.iter().map(|t| t.count()).sum();
    // The weight the non-veto players must add; 0 when the veto players win alone.
    let need = usize::try_from(game.quota.saturating_sub(veto_weight)).unwrap_or(usize::MAX);
    let cap = need;
    let width = cap + 1;
    let clamp = |w: usize| w.min(cap);
    // Build the full table.
    let mut full = Table {
        cap,
        cells: vec![U256::zero(); (free_count + 1) * width],
    };
    full.cells[0] = U256::one();
    let mut added = 0;
    for t in &free {
        let w = usize::try_from(t.weight).unwrap_or(usize::MAX);
        for _ in 0..t.count() {
            added += 1;
            for size in (1..=added).rev() {
                // Add the player to every coalition of size - 1.
                let mut row: Vec<U256> = vec![U256::zero(); width];
                for from in 0..width {
                    let v = full.at(size - 1, from);
                    if !v.is_zero() {
                        let to = clamp(from.saturating_add(w));
                        row[to] += v;
                    }
                }
                for (weight, value) in row.into_iter().enumerate() {
                    let cell = &mut full.cells[size * width + weight];
                    *cell += value;
                }
            }
        }
    }
    let fact = factorials(n);
    let winning: BigUint = (0..=free_count).map(|s| big(full.at(s, cap))).sum();
    let mut swings = vec![BigUint::default(); types.len()];
    let mut shapley = vec![BigUint::default(); types.len()];
    for (index, t) in types.iter().enumerate() {
        if t.veto {
            // A veto player is critical in every coalition that holds the other veto players
            // and enough weight: |S| = size + veto_count - 1 without it.
            for size in 0..=free_count {
                let c = big(full.at(size, cap));
                let s = size + veto_count - 1;
                shapley[index] += &c * &fact[s] * &fact[n - s - 1];
                swings[index] += c;
            }
            continue;
        }
        // Remove one player of this type: divide by (1 + x·y^w).
        let w = usize::try_from(t.weight).unwrap_or(usize::MAX);
        let mut without = Table {
            cap,
            cells: vec![U256::zero(); free_count * width],
        };
        for size in 0..free_count {
            for weight in 0..width {
                let mut value = full.at(size, weight);
                if size > 0 {
                    if weight < cap {
                        if weight >= w {
                            value -= without.at(size - 1, weight - w);
                        }
                    } else {
                        // The capped column receives every smaller coalition that w pushes over.
                        let from = cap.saturating_sub(w);
                        for prior in from..=cap {
                            value -= without.at(size - 1, prior);
                        }
                    }
                }
                without.cells[size * width + weight] = value;
            }
        }
        // Critical: the others (all veto players plus T) weigh in [need - w, need).
        let low = need.saturating_sub(w);
        for size in 0..free_count {
            let c: BigUint = (low..need)
                .map(|weight| big(without.at(size, weight)))
                .sum();
            if c == BigUint::default() {
                continue;
            }
            let s = size + veto_count;
            shapley[index] += &c * &fact[s] * &fact[n - s - 1];
            swings[index] += c;
        }
    }
    Counts {
        swings,
        shapley,
        winning,
    }
}
