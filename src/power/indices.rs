//! The power indices of a game, exact.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::Zero;

use crate::power::exact::{enumerate, factorials};
use crate::power::game::{Game, PowerError};
use crate::power::generating::counts;
use crate::power::minimal::{self, MinimalSums};
use crate::power::ternary::{TernaryPower, ternary};
use crate::power::types::{Type, types, veto_totals};

/// Every index for every player, as exact fractions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PowerIndices {
    /// The game measured.
    pub game: Game,
    /// Shapley–Shubik: the share of the `n!` orderings in which the player is pivotal.
    pub shapley_shubik: Vec<BigRational>,
    /// Banzhaf swings: coalitions in which the player is critical.
    pub banzhaf_swings: Vec<BigUint>,
    /// Banzhaf, absolute: swings / `2^(n-1)`.
    pub banzhaf_absolute: Vec<BigRational>,
    /// Banzhaf, normalised to sum to 1.
    pub banzhaf_normalized: Vec<BigRational>,
    /// Deegan–Packel: each minimal winning coalition shared equally among its members.
    pub deegan_packel: Vec<BigRational>,
    /// Holler's public good index: minimal winning coalitions containing the player, normalised.
    pub holler: Vec<BigRational>,
    /// Johnston: each winning coalition shared equally among its critical members, normalised.
    pub johnston: Vec<BigRational>,
    /// Coleman's power of the collectivity to act: winning coalitions / `2^n`.
    pub power_to_act: BigRational,
    /// Power when members may abstain; `None` when the profiles were too many to enumerate.
    pub ternary: Option<TernaryPower>,
}

/// The most cells a generating-function table may have (each 32 bytes).
pub const MAX_TABLE_CELLS: usize = 1 << 23;

fn ratio(numerator: &BigUint, denominator: &BigUint) -> BigRational {
    if denominator.is_zero() {
        return BigRational::zero();
    }
    BigRational::new(
        BigInt::from(numerator.clone()),
        BigInt::from(denominator.clone()),
    )
}

fn per_player<T: Clone>(game: &Game, types: &[Type], values: &[T], zero: T) -> Vec<T> {
    let mut out = vec![zero; game.players.len()];
    for (t, value) in types.iter().zip(values) {
        for &m in &t.members {
            out[m] = value.clone();
        }
    }
    out
}

fn normalise(values: Vec<BigRational>) -> Vec<BigRational> {
    let total: BigRational = values.iter().sum();
    if total.is_zero() {
        return values;
    }
    values.into_iter().map(|v| v / &total).collect()
}

/// The cells of the largest generating-function table for `game`: one row per free player
/// and the empty coalition, one column per weight up to the quota left to them plus the
/// heaviest free weight.
fn table_cells(game: &Game, types: &[Type]) -> Option<usize> {
    let (_, veto_weight) = veto_totals(types);
    let free: usize = types.iter().filter(|t| !t.veto).map(Type::count).sum();
    let heaviest = types
        .iter()
        .filter(|t| !t.veto)
        .map(|t| t.weight)
        .max()
        .unwrap_or(0);
    let width = game
        .quota
        .saturating_sub(veto_weight)
        .checked_add(heaviest)?
        .checked_add(1)?;
    usize::try_from(width).ok()?.checked_mul(free + 1)
}

/// Computes every index. Exact enumeration by type when the game has few distinct types;
/// generating functions otherwise. Weights and quota are first divided by the weights'
/// greatest common divisor, which changes no index.
///
/// # Errors
/// [`PowerError::TooLarge`] when the game has too many distinct types to enumerate and its
/// weights are too large for the generating-function tables.
pub fn indices(game: &Game) -> Result<PowerIndices, PowerError> {
    let reduced = game.reduced();
    let types = types(&reduced);
    let n = game.players.len();
    let two = BigUint::from(2u8);
    let all = two.pow(u32::try_from(n).unwrap_or(u32::MAX));
    let half = two.pow(u32::try_from(n - 1).unwrap_or(u32::MAX));
    let fact = factorials(n);
    let (swings_t, shapley_t, winning, minimal) = match enumerate(&reduced, &types) {
        Some(sums) => (
            sums.swings,
            sums.shapley,
            sums.winning,
            MinimalSums {
                mwc_containing: sums.mwc_containing,
                mwc_inverse_size: sums.mwc_inverse_size,
                johnston: sums.johnston,
                mwc: sums.mwc,
            },
        ),
        None => {
            let cells = table_cells(&reduced, &types);
            if cells.is_none_or(|c| c > MAX_TABLE_CELLS) {
                return Err(PowerError::TooLarge {
                    players: n,
                    quota: reduced.quota,
                });
            }
            let (c, minimal) = rayon::join(
                || counts(&reduced, &types),
                || minimal::sums(&reduced, &types),
            );
            (c.swings, c.shapley, c.winning, minimal)
        }
    };
    let swings = per_player(game, &types, &swings_t, BigUint::zero());
    let shapley_shubik = per_player(game, &types, &shapley_t, BigUint::zero())
        .iter()
        .map(|numerator| ratio(numerator, &fact[n]))
        .collect();
    let banzhaf_absolute: Vec<BigRational> = swings.iter().map(|s| ratio(s, &half)).collect();
    let total_swings: BigUint = swings.iter().sum();
    let banzhaf_normalized = swings.iter().map(|s| ratio(s, &total_swings)).collect();
    let mwc = BigRational::from_integer(BigInt::from(minimal.mwc));
    let dp: Vec<BigRational> = minimal
        .mwc_inverse_size
        .iter()
        .map(|v| {
            if mwc.is_zero() {
                BigRational::zero()
            } else {
                v / &mwc
            }
        })
        .collect();
    let holler: Vec<BigRational> = minimal
        .mwc_containing
        .into_iter()
        .map(|c| BigRational::from_integer(BigInt::from(c)))
        .collect();
    Ok(PowerIndices {
        game: game.clone(),
        shapley_shubik,
        banzhaf_swings: swings,
        banzhaf_absolute,
        banzhaf_normalized,
        deegan_packel: per_player(game, &types, &dp, BigRational::zero()),
        holler: normalise(per_player(game, &types, &holler, BigRational::zero())),
        johnston: normalise(per_player(
            game,
            &types,
            &minimal.johnston,
            BigRational::zero(),
        )),
        power_to_act: ratio(&winning, &all),
        ternary: ternary(&reduced, &types),
    })
}

#[cfg(test)]
mod tests {
    use num_bigint::BigInt;
    use num_rational::BigRational;
    use num_traits::One;

    use super::indices;
    use crate::power::game::{Game, Player, PowerError};

    fn council(veto: usize, elected: usize, quota: u64) -> Game {
        let players = (0..veto + elected)
            .map(|i| Player {
                label: format!("M{i}"),
                weight: 1,
                veto: i < veto,
            })
            .collect();
        Game::new(players, quota).expect("a valid game")
    }

    fn frac(n: i64, d: i64) -> BigRational {
        BigRational::new(BigInt::from(n), BigInt::from(d))
    }

    #[test]
    fn the_post_1965_council_has_the_published_shapley_shubik_values() {
        let p = indices(&council(5, 10, 9)).expect("the Council");
        assert_eq!(p.shapley_shubik[0], frac(421, 2145));
        assert_eq!(p.shapley_shubik[5], frac(4, 2145));
        let total: BigRational = p.shapley_shubik.iter().sum();
        assert!(total.is_one());
    }

    /// Thirty players of distinct weights, too many to enumerate by type.
    fn distinct(scale: u64, offset: u64) -> Game {
        let players: Vec<Player> = (1..=30)
            .map(|i| Player {
                label: format!("M{i}"),
                weight: i * scale + offset,
                veto: false,
            })
            .collect();
        let total: u64 = players.iter().map(|p| p.weight).sum();
        Game::new(players, total / 2 + 1).expect("a valid game")
    }

    #[test]
    fn a_common_factor_of_the_weights_changes_no_index() {
        let small = indices(&distinct(1, 0)).expect("small weights");
        let scaled = indices(&distinct(1_000_000_007, 0)).expect("reduced to small weights");
        assert_eq!(small.shapley_shubik, scaled.shapley_shubik);
        assert_eq!(small.johnston, scaled.johnston);
        assert_eq!(scaled.game.players[0].weight, 1_000_000_007);
    }

    #[test]
    fn weights_too_large_for_exact_tables_are_an_error_not_a_crash() {
        let error = indices(&distinct(1_000_000_007, 1)).expect_err("too large");
        assert!(matches!(error, PowerError::TooLarge { players: 30, .. }));
    }

    #[test]
    fn normalised_indices_sum_to_one() {
        let p = indices(&council(5, 10, 9)).expect("the Council");
        for index in [
            &p.banzhaf_normalized,
            &p.holler,
            &p.johnston,
            &p.deegan_packel,
        ] {
            let total: BigRational = index.iter().sum();
            assert!(total.is_one());
        }
    }
}

#[cfg(test)]
mod properties {
    use num_bigint::{BigInt, BigUint};
    use num_rational::BigRational;
    use num_traits::Zero;
    use proptest::prelude::*;

    use super::indices;
    use crate::power::exact::factorials;
    use crate::power::game::{Game, Player};
    use crate::power::generating::counts;
    use crate::power::types::types;

    fn game() -> impl Strategy<Value = Game> {
        prop::collection::vec((0u64..6, prop::bool::weighted(0.25)), 1..=7).prop_flat_map(
            |mut spec| {
                // Zero weights (dummies) are allowed, but some weight is needed for a quota.
                if spec.iter().all(|(w, _)| *w == 0) {
                    spec[0].0 = 1;
                }
                let total: u64 = spec.iter().map(|(w, _)| w).sum();
                (Just(spec), 1..=total).prop_map(|(spec, quota)| {
                    let players = spec
                        .into_iter()
                        .enumerate()
                        .map(|(i, (weight, veto))| Player {
                            label: format!("P{i}"),
                            weight,
                            veto,
                        })
                        .collect();
                    Game::new(players, quota).expect("valid by construction")
                })
            },
        )
    }

    fn q(n: usize, d: usize) -> BigRational {
        BigRational::new(BigInt::from(n), BigInt::from(d))
    }

    fn members(mask: usize, n: usize) -> Vec<bool> {
        (0..n).map(|i| mask & (1 << i) != 0).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn every_index_matches_its_definition(game in game()) {
            let n = game.players.len();
            let p = indices(&game).expect("small");
            let fact = factorials(n);
            let wins = |mask: usize| game.wins(&members(mask, n));
            let critical = |mask: usize, i: usize| mask & (1 << i) != 0 && wins(mask) && !wins(mask & !(1 << i));
            let mut swings = vec![0usize; n];
            let mut shapley = vec![BigUint::zero(); n];
            let mut winning = 0usize;
            let mut minimal: Vec<usize> = Vec::new();
            let mut johnston = vec![BigRational::zero(); n];
            for mask in 0..1usize << n {
                if !wins(mask) { continue; }
                winning += 1;
                let crit: Vec<usize> = (0..n).filter(|&i| critical(mask, i)).collect();
                let size = mask.count_ones() as usize;
                for &i in &crit {
                    swings[i] += 1;
                    shapley[i] += &fact[size - 1] * &fact[n - size];
                    johnston[i] += q(1, crit.len());
                }
                if crit.len() == size { minimal.push(mask); }
            }
            prop_assert_eq!(&p.power_to_act, &q(winning, 1 << n));
            for i in 0..n {
                prop_assert_eq!(&p.banzhaf_swings[i], &BigUint::from(swings[i]));
                prop_assert_eq!(&p.shapley_shubik[i], &BigRational::new(BigInt::from(shapley[i].clone()), BigInt::from(fact[n].clone())));
            }
            let holler: Vec<usize> = (0..n).map(|i| minimal.iter().filter(|&&m| m & (1 << i) != 0).count()).collect();
            let holler_total: usize = holler.iter().sum();
            let dp: Vec<BigRational> = (0..n)
                .map(|i| minimal.iter().filter(|&&m| m & (1 << i) != 0).map(|&m| q(1, m.count_ones() as usize)).sum::<BigRational>() / q(minimal.len().max(1), 1))
                .collect();
            let johnston_total: BigRational = johnston.iter().sum();
            for i in 0..n {
                prop_assert_eq!(&p.holler[i], &if holler_total == 0 { BigRational::zero() } else { q(holler[i], holler_total) });
                prop_assert_eq!(&p.deegan_packel[i], &dp[i]);
                let expected = if johnston_total.is_zero() { BigRational::zero() } else { &johnston[i] / &johnston_total };
                prop_assert_eq!(&p.johnston[i], &expected);
            }
        }

        #[test]
        fn generating_functions_agree_with_enumeration(game in game()) {
            let types = types(&game);
            let fast = counts(&game, &types);
            let slow = crate::power::exact::enumerate(&game, &types).expect("small");
            prop_assert_eq!(fast.swings, slow.swings);
            prop_assert_eq!(fast.shapley, slow.shapley);
            prop_assert_eq!(fast.winning, slow.winning);
            let minimal = crate::power::minimal::sums(&game, &types);
            prop_assert_eq!(minimal.mwc, slow.mwc);
            prop_assert_eq!(minimal.mwc_containing, slow.mwc_containing);
            prop_assert_eq!(minimal.mwc_inverse_size, slow.mwc_inverse_size);
            prop_assert_eq!(minimal.johnston, slow.johnston);
        }

        #[test]
        fn ternary_power_matches_every_profile(game in game().prop_filter("small", |g| g.players.len() <= 5)) {
            let n = game.players.len();
            let t = indices(&game).expect("small").ternary.expect("small");
            let profiles = 3usize.pow(u32::try_from(n).expect("small"));
            for (literal, values) in [(false, &t.practice), (true, &t.literal)] {
                let adopted = |votes: &[usize]| {
                    let yes: u64 = game.players.iter().zip(votes).filter(|(_, v)| **v == 0).map(|(p, _)| p.weight).sum();
                    let blocked = game.players.iter().zip(votes).any(|(p, v)| p.veto && (*v == 1 || (literal && *v == 2)));
                    yes >= game.quota && !blocked
                };
                let mut decisive = vec![0usize; n];
                for code in 0..profiles {
                    let votes: Vec<usize> = (0..n).map(|i| code / 3usize.pow(u32::try_from(i).expect("small")) % 3).collect();
                    let base = adopted(&votes);
                    for i in 0..n {
                        let flips = (0..3).filter(|&v| v != votes[i]).any(|v| {
                            let mut changed = votes.clone();
                            changed[i] = v;
                            adopted(&changed) != base
                        });
                        if flips { decisive[i] += 1; }
                    }
                }
                for i in 0..n {
                    prop_assert_eq!(&values[i], &q(decisive[i], profiles));
                }
            }
        }
    }
}
