//! Voting power when members may abstain: yes, no or abstain, each profile of the `3^n`
//! equally likely. A member's power is the probability that its vote alone, changed, flips
//! adoption — a Banzhaf-type measure for ternary voting games (Felsenthal & Machover,
//! "Ternary voting games", International Journal of Game Theory 26 (1997) 335–351).
//! Computed twice: under Council practice (a veto-holder's abstention is not a veto) and
//! under the literal reading (it is).

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Zero};

use crate::power::exact::{MAX_COMPOSITIONS, factorials};
use crate::power::game::Game;
use crate::power::types::Type;

/// Probability of being decisive, per player, under both readings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TernaryPower {
    /// Abstention is not a veto (Council practice).
    pub practice: Vec<BigRational>,
    /// A veto player's abstention blocks (literal "concurring votes").
    pub literal: Vec<BigRational>,
}

/// A type's members split into (yes, no, abstain).
type Split = (usize, usize, usize);

fn splits(m: usize) -> Vec<Split> {
    (0..=m)
        .flat_map(|y| (0..=m - y).map(move |no| (y, no, m - y - no)))
        .collect()
}

fn adopted(game: &Game, types: &[Type], profile: &[Split], literal: bool) -> bool {
    let yes: u64 = types
        .iter()
        .zip(profile)
        .map(|(t, s)| t.weight * s.0 as u64)
        .sum();
    let blocked = types
        .iter()
        .zip(profile)
        .any(|(t, s)| t.veto && (s.1 > 0 || (literal && s.2 > 0)));
    yes >= game.quota && !blocked
}

/// `None` when the profiles by type are too many to enumerate.
pub(crate) fn ternary(game: &Game, types: &[Type]) -> Option<TernaryPower> {
    let count: u64 = types.iter().fold(1u64, |acc, t| {
        acc.saturating_mul(((t.count() + 1) * (t.count() + 2) / 2) as u64)
    });
    if count > MAX_COMPOSITIONS {
        return None;
    }
    let n = game.players.len();
    let fact = factorials(n);
    let per_type: Vec<Vec<Split>> = types.iter().map(|t| splits(t.count())).collect();
    let mut practice = vec![BigUint::zero(); types.len()];
    let mut literal = vec![BigUint::zero(); types.len()];
    let mut index = vec![0usize; types.len()];
    loop {
        let profile: Vec<Split> = index.iter().zip(&per_type).map(|(&i, s)| s[i]).collect();
        for (reading, totals) in [(false, &mut practice), (true, &mut literal)] {
            let base = adopted(game, types, &profile, reading);
            for t in 0..types.len() {
                let (y, no, a) = profile[t];
                // The player itself votes v; the rest of its type split as the profile says.
                for (v, count_v) in [(0, y), (1, no), (2, a)] {
                    if count_v == 0 {
                        continue;
                    }
                    let flips = (0..3).filter(|&alt| alt != v).any(|alt| {
                        let mut changed = profile.clone();
                        let slot = |s: &mut Split, k: usize, delta: isize| match k {
                            0 => s.0 = s.0.wrapping_add_signed(delta),
                            1 => s.1 = s.1.wrapping_add_signed(delta),
                            _ => s.2 = s.2.wrapping_add_signed(delta),
                        };
                        slot(&mut changed[t], v, -1);
                        slot(&mut changed[t], alt, 1);
                        adopted(game, types, &changed, reading) != base
                    });
                    if !flips {
                        continue;
                    }
                    // Profiles in which one given player of type t votes v: multinomials of
                    // the other types, and of its type with one fewer v.
                    let mut ways = BigUint::one();
                    for (u, other) in types.iter().enumerate() {
                        let (yy, nn, aa) = profile[u];
                        let (yy, nn, aa) = if u == t {
                            match v {
                                0 => (yy - 1, nn, aa),
                                1 => (yy, nn - 1, aa),
                                _ => (yy, nn, aa - 1),
                            }
                        } else {
                            (yy, nn, aa)
                        };
                        let m = if u == t {
                            other.count() - 1
                        } else {
                            other.count()
                        };
                        ways *= &fact[m] / (&fact[yy] * &fact[nn] * &fact[aa]);
                    }
                    totals[t] += ways;
                }
            }
        }
        // Next profile.
        let mut t = 0;
        loop {
            if t == types.len() {
                let denominator = BigInt::from(3u8).pow(u32::try_from(n).unwrap_or(u32::MAX));
                let per_player = |totals: &[BigUint]| -> Vec<BigRational> {
                    let mut out = vec![BigRational::zero(); n];
                    for (ty, total) in types.iter().zip(totals) {
                        for &m in &ty.members {
                            out[m] =
                                BigRational::new(BigInt::from(total.clone()), denominator.clone());
                        }
                    }
                    out
                };
                return Some(TernaryPower {
                    practice: per_player(&practice),
                    literal: per_player(&literal),
                });
            }
            if index[t] + 1 < per_type[t].len() {
                index[t] += 1;
                break;
            }
            index[t] = 0;
            t += 1;
        }
    }
}
