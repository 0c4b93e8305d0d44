//! Banzhaf swings and the winning coalitions for weighted games, in `O(n · d)`.
//!
//! `B[u]`, the free (non-veto) players' coalitions weighing `u`, is built for `u` below the
//! weight `d` they must add. A free player of weight `w` swings a coalition of the others
//! weighing `[d - w, d)`; dividing `B` by its factor `1 + y^w` gives their number as
//! `Σ_k (-1)^k · (B summed over [d - (k + 1)·w, d - k·w))`, read from running sums in `d / w`
//! steps. A veto player swings every winning coalition. Counts are 256-bit, exact below
//! `2^255`: memory `32 · d` bytes.

use num_bigint::BigUint;
use primitive_types::U256;

use crate::power::game::Game;
use crate::power::types::{Type, veto_totals};

fn big(value: U256) -> BigUint {
    BigUint::from_bytes_le(&value.to_little_endian())
}

/// Per-type swings, and the winning coalitions.
pub(crate) struct Swings {
    pub swings: Vec<BigUint>,
    pub winning: BigUint,
}

/// The weight the free players must add, if it fits in memory's index type.
pub(crate) fn need(game: &Game, types: &[Type]) -> Option<usize> {
    let (_, veto_weight) = veto_totals(types);
    usize::try_from(game.quota.saturating_sub(veto_weight)).ok()
}

pub(crate) fn swings(types: &[Type], need: usize) -> Swings {
    let free: usize = types.iter().filter(|t| !t.veto).map(Type::count).sum();
    let mut sums = vec![U256::zero(); need];
    if need > 0 {
        sums[0] = U256::one();
    }
    for t in types.iter().filter(|t| !t.veto) {
        let w = usize::try_from(t.weight).unwrap_or(usize::MAX);
        if w >= need {
            continue;
        }
        for _ in 0..t.count() {
            for u in (w..need).rev() {
                sums[u] = sums[u].overflowing_add(sums[u - w]).0;
            }
        }
    }
    // Running sums: cell u becomes the sum over [0, u].
    for u in 1..need {
        sums[u] = sums[u].overflowing_add(sums[u - 1]).0;
    }
    let below = |end: usize| {
        if end == 0 {
            U256::zero()
        } else {
            sums[end - 1]
        }
    };
    let losing = big(below(need));
    let winning = (BigUint::from(1u8) << free) - &losing;
    let swings = types
        .iter()
        .map(|t| {
            if t.veto {
                return winning.clone();
            }
            let w = usize::try_from(t.weight).unwrap_or(usize::MAX);
            if w == 0 {
                return BigUint::default();
            }
            if w >= need {
                return losing.clone();
            }
            let mut sum = U256::zero();
            let mut high = need;
            let mut k = 0;
            loop {
                let low = high.saturating_sub(w);
                let block = below(high).overflowing_sub(below(low)).0;
                sum = if k % 2 == 0 {
                    sum.overflowing_add(block).0
                } else {
                    sum.overflowing_sub(block).0
                };
                if low == 0 {
                    break big(sum);
                }
                high = low;
                k += 1;
            }
        })
        .collect();
    Swings { swings, winning }
}
