//! Every index exactly, by enumerating how many players of each type a coalition holds.
//!
//! A coalition's weight, size, and which of its members are critical depend only on its
//! composition by type, so `Π (count_t + 1)` compositions cover all `2^n` coalitions, each
//! weighted by the number of coalitions it stands for. Arithmetic is in big integers and
//! exact fractions.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Zero};

use crate::power::game::Game;
use crate::power::types::Type;

/// The most compositions enumerated before giving up on this method.
pub const MAX_COMPOSITIONS: u64 = 5_000_000;

/// Per-type sums from the enumeration, for one player of each type.
pub(crate) struct TypeSums {
    /// Swings (coalitions in which the player is critical).
    pub swings: Vec<BigUint>,
    /// Shapley–Shubik numerators over `n!`.
    pub shapley: Vec<BigUint>,
    /// Minimal winning coalitions containing the player.
    pub mwc_containing: Vec<BigUint>,
    /// Σ over those of `1/|S|`.
    pub mwc_inverse_size: Vec<BigRational>,
    /// Johnston scores: Σ over winning coalitions where critical of `1/(critical count)`.
    pub johnston: Vec<BigRational>,
    /// All minimal winning coalitions.
    pub mwc: BigUint,
    /// All winning coalitions.
    pub winning: BigUint,
}

pub(crate) fn binomials(n: usize) -> Vec<Vec<BigUint>> {
    let mut rows: Vec<Vec<BigUint>> = vec![vec![BigUint::one()]];
    for m in 1..=n {
        let prev = &rows[m - 1];
        let row: Vec<BigUint> = (0..=m)
            .map(|k| {
                let left = if k > 0 {
                    prev[k - 1].clone()
                } else {
                    BigUint::zero()
                };
                let right = prev.get(k).cloned().unwrap_or_default();
                left + right
            })
            .collect();
        rows.push(row);
    }
    rows
}

pub(crate) fn factorials(n: usize) -> Vec<BigUint> {
    let mut f = vec![BigUint::one()];
    for i in 1..=n {
        let next = &f[i - 1] * BigUint::from(i);
        f.push(next);
    }
    f
}

/// The number of compositions, saturating.
pub(crate) fn compositions(types: &[Type]) -> u64 {
    types
        .iter()
        .fold(1u64, |acc, t| acc.saturating_mul(t.count() as u64 + 1))
}

/// Enumerates every composition: [`compositions`] of them, which the caller bounds.
pub(crate) fn enumerate(game: &Game, types: &[Type]) -> TypeSums {
    let n = game.players.len();
    let binom = binomials(n);
    let fact = factorials(n);
    let k = types.len();
    let mut sums = TypeSums {
        swings: vec![BigUint::zero(); k],
        shapley: vec![BigUint::zero(); k],
        mwc_containing: vec![BigUint::zero(); k],
        mwc_inverse_size: vec![BigRational::zero(); k],
        johnston: vec![BigRational::zero(); k],
        mwc: BigUint::zero(),
        winning: BigUint::zero(),
    };
    let mut c = vec![0usize; k];
    loop {
        visit(game, types, &c, &binom, &fact, &mut sums);
        // Next composition, mixed radix.
        let mut t = 0;
        loop {
            if t == k {
                return sums;
            }
            if c[t] < types[t].count() {
                c[t] += 1;
                break;
            }
            c[t] = 0;
            t += 1;
        }
    }
}

fn visit(
    game: &Game,
    types: &[Type],
    c: &[usize],
    binom: &[Vec<BigUint>],
    fact: &[BigUint],
    sums: &mut TypeSums,
) {
    let n = game.players.len();
    let weight: u64 = types
        .iter()
        .zip(c)
        .map(|(t, &ct)| t.weight * ct as u64)
        .sum();
    let size: usize = c.iter().sum();
    let all_veto = types
        .iter()
        .zip(c)
        .all(|(t, &ct)| !t.veto || ct == t.count());
    if !all_veto || weight < game.quota {
        return;
    }
    let coalitions: BigUint = types
        .iter()
        .zip(c)
        .map(|(t, &ct)| binom[t.count()][ct].clone())
        .product();
    sums.winning += &coalitions;
    let critical: Vec<bool> = types
        .iter()
        .zip(c)
        .map(|(t, &ct)| ct > 0 && (t.veto || weight - t.weight < game.quota))
        .collect();
    let critical_count: usize = c
        .iter()
        .zip(&critical)
        .filter(|(_, crit)| **crit)
        .map(|(ct, _)| *ct)
        .sum();
    let minimal = c.iter().zip(&critical).all(|(ct, crit)| *ct == 0 || *crit);
    if minimal {
        sums.mwc += &coalitions;
    }
    for (t, ty) in types.iter().enumerate() {
        if c[t] == 0 {
            continue;
        }
        // Coalitions of this composition that contain one given player of type t.
        let others: BigUint = types
            .iter()
            .zip(c)
            .enumerate()
            .filter(|(u, _)| *u != t)
            .map(|(_, (u, &cu))| binom[u.count()][cu].clone())
            .product();
        let containing = others * &binom[ty.count() - 1][c[t] - 1];
        if critical[t] {
            sums.swings[t] += &containing;
            sums.shapley[t] += &containing * &fact[size - 1] * &fact[n - size];
            sums.johnston[t] += BigRational::new(
                BigInt::from(containing.clone()),
                BigInt::from(critical_count),
            );
        }
        if minimal {
            sums.mwc_containing[t] += &containing;
            sums.mwc_inverse_size[t] +=
                BigRational::new(BigInt::from(containing), BigInt::from(size));
        }
    }
}
