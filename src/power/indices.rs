//! The power indices of a game, exact, each computed only when asked for and by the cheaper
//! method: enumeration of coalitions by type composition (few distinct weights) or
//! generating-function tables (few units of weight).

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::Zero;

use crate::power::banzhaf;
use crate::power::exact::{enumerate, factorials};
use crate::power::game::{Game, PowerError};
use crate::power::index::{Index, IndexSet};
use crate::power::minimal::{self, MinimalSums};
use crate::power::plan::{self, BUDGET};
use crate::power::shapley::{self, Shape};
use crate::power::ternary::{TernaryPower, ternary};
use crate::power::types::{Type, types};

/// The measures computed for every player, as exact fractions; `None` for those not asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PowerIndices {
    /// The game measured.
    pub game: Game,
    /// Shapley–Shubik: the share of the `n!` orderings in which the player is pivotal.
    pub shapley_shubik: Option<Vec<BigRational>>,
    /// Banzhaf swings: coalitions in which the player is critical.
    pub banzhaf_swings: Option<Vec<BigUint>>,
    /// Banzhaf, absolute: swings / `2^(n-1)`.
    pub banzhaf_absolute: Option<Vec<BigRational>>,
    /// Banzhaf, normalised to sum to 1.
    pub banzhaf_normalized: Option<Vec<BigRational>>,
    /// Deegan–Packel: each minimal winning coalition shared equally among its members.
    pub deegan_packel: Option<Vec<BigRational>>,
    /// Holler's public good index: minimal winning coalitions containing the player, normalised.
    pub holler: Option<Vec<BigRational>>,
    /// Johnston: each winning coalition shared equally among its critical members, normalised.
    pub johnston: Option<Vec<BigRational>>,
    /// Coleman's power of the collectivity to act: winning coalitions / `2^n`.
    pub power_to_act: Option<BigRational>,
    /// Power when members may abstain.
    pub ternary: Option<TernaryPower>,
    /// Measures a default request left out because they would cost more than [`BUDGET`].
    pub omitted: IndexSet,
}

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

/// Per-type raw values of the yes/no measures asked for.
#[derive(Default)]
struct Raw {
    shapley: Option<Vec<BigUint>>,
    swings: Option<Vec<BigUint>>,
    winning: Option<BigUint>,
    minimal: Option<MinimalSums>,
}

/// The yes/no measures in `wanted`, by the cheaper method able to compute them all.
fn raw(game: &Game, types: &[Type], wanted: IndexSet) -> Result<Raw, PowerError> {
    if wanted.is_empty() {
        return Ok(Raw::default());
    }
    let by_tables: Result<u128, PowerError> =
        wanted.iter().map(|i| plan::tables(game, types, i)).sum();
    let first = wanted.iter().next().unwrap_or(Index::Banzhaf);
    let by_enumeration = plan::enumeration(game, types, first);
    let enumerate_it = match (&by_tables, &by_enumeration) {
        (Ok(tables), Ok(enumeration)) => enumeration < tables,
        (Err(_), Ok(_)) => true,
        (_, Err(_)) => false,
    };
    if enumerate_it {
        let sums = enumerate(game, types);
        return Ok(Raw {
            shapley: Some(sums.shapley),
            swings: Some(sums.swings),
            winning: Some(sums.winning),
            minimal: Some(MinimalSums {
                mwc_containing: sums.mwc_containing,
                mwc_inverse_size: sums.mwc_inverse_size,
                johnston: sums.johnston,
                mwc: sums.mwc,
            }),
        });
    }
    by_tables?;
    let has = |i: Index| wanted.contains(i);
    // Within the limits the plan checked.
    let shape = Shape::of(game, types).filter(|_| has(Index::ShapleyShubik));
    let need = banzhaf::need(game, types).filter(|_| has(Index::Banzhaf) || has(Index::Coleman));
    let ((shapley, swings), minimal) = rayon::join(
        || {
            rayon::join(
                || {
                    shape
                        .as_ref()
                        .map(|shape| shapley::numerators(game, types, shape))
                },
                || need.map(|need| banzhaf::swings(types, need)),
            )
        },
        || {
            (has(Index::DeeganPackel) || has(Index::Holler) || has(Index::Johnston))
                .then(|| minimal::sums(game, types, wanted))
        },
    );
    Ok(Raw {
        shapley,
        winning: swings.as_ref().map(|s| s.winning.clone()),
        swings: swings.map(|s| s.swings),
        minimal,
    })
}

/// The measures of `shown` that cost at most [`BUDGET`] on `game`. Banzhaf and Coleman (the
/// cheapest) are kept too where no method can compute them, so that a default request fails
/// with the limit they exceed rather than measure nothing; where they can be computed, but
/// only by enumerating millions of coalitions (heavy players of distinct weights), they are
/// left out like the rest.
#[must_use]
pub fn affordable(game: &Game, shown: IndexSet) -> IndexSet {
    let reduced = game.reduced();
    let types = types(&reduced);
    shown
        .iter()
        .filter(|&i| match plan::cheapest(&reduced, &types, i) {
            Ok(cost) => cost <= BUDGET,
            Err(_) => matches!(i, Index::Banzhaf | Index::Coleman),
        })
        .collect()
}

/// The measures of `shown` that are affordable (see [`affordable`]), noting the others as
/// omitted.
///
/// # Errors
/// As [`indices`].
pub fn affordable_indices(game: &Game, shown: IndexSet) -> Result<PowerIndices, PowerError> {
    let wanted = affordable(game, shown);
    let mut p = indices(game, wanted)?;
    p.omitted = shown.iter().filter(|&i| !wanted.contains(i)).collect();
    Ok(p)
}

/// Computes the measures in `wanted`. Weights and quota are first divided by the weights'
/// greatest common divisor, which changes no index.
///
/// # Errors
/// [`PowerError::TooLarge`] when a measure asked for would exceed its memory limit by every
/// method that computes it.
pub fn indices(game: &Game, wanted: IndexSet) -> Result<PowerIndices, PowerError> {
    let reduced = game.reduced();
    let types = types(&reduced);
    let ternary_power = if wanted.contains(Index::Ternary) {
        plan::ternary(&reduced, &types)?;
        ternary(&reduced, &types)
    } else {
        None
    };
    let raw = raw(&reduced, &types, wanted.without(Index::Ternary))?;
    let n = game.players.len();
    let has = |i: Index| wanted.contains(i);
    let shapley_shubik = raw.shapley.filter(|_| has(Index::ShapleyShubik)).map(|t| {
        let all = &factorials(n)[n];
        per_player(game, &types, &t, BigUint::zero())
            .iter()
            .map(|numerator| ratio(numerator, all))
            .collect()
    });
    let swings = raw
        .swings
        .filter(|_| has(Index::Banzhaf))
        .map(|t| per_player(game, &types, &t, BigUint::zero()));
    let half = BigUint::from(1u8) << (n - 1);
    let banzhaf_absolute = swings
        .as_ref()
        .map(|s| s.iter().map(|s| ratio(s, &half)).collect());
    let banzhaf_normalized = swings.as_ref().map(|s| {
        let total: BigUint = s.iter().sum();
        s.iter().map(|s| ratio(s, &total)).collect()
    });
    let (mut deegan_packel, mut holler, mut johnston) = (None, None, None);
    if let Some(minimal) = raw.minimal {
        let mwc = BigRational::from_integer(BigInt::from(minimal.mwc));
        if has(Index::DeeganPackel) {
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
            deegan_packel = Some(per_player(game, &types, &dp, BigRational::zero()));
        }
        if has(Index::Holler) {
            let counts: Vec<BigRational> = minimal
                .mwc_containing
                .into_iter()
                .map(|c| BigRational::from_integer(BigInt::from(c)))
                .collect();
            holler = Some(normalise(per_player(
                game,
                &types,
                &counts,
                BigRational::zero(),
            )));
        }
        if has(Index::Johnston) {
            johnston = Some(normalise(per_player(
                game,
                &types,
                &minimal.johnston,
                BigRational::zero(),
            )));
        }
    }
    Ok(PowerIndices {
        game: game.clone(),
        shapley_shubik,
        banzhaf_swings: swings,
        banzhaf_absolute,
        banzhaf_normalized,
        deegan_packel,
        holler,
        johnston,
        power_to_act: raw
            .winning
            .filter(|_| has(Index::Coleman))
            .map(|w| ratio(&w, &(BigUint::from(1u8) << n))),
        ternary: ternary_power,
        omitted: IndexSet::EMPTY,
    })
}

#[cfg(test)]
mod tests {
    use num_bigint::BigInt;
    use num_rational::BigRational;
    use num_traits::One;

    use super::{affordable, indices};
    use crate::power::game::{Game, Player, PowerError};
    use crate::power::index::{Index, IndexSet};

    fn yes_no() -> IndexSet {
        IndexSet::all().without(Index::Ternary)
    }

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
        let p = indices(&council(5, 10, 9), IndexSet::all()).expect("the Council");
        let shapley = p.shapley_shubik.expect("asked for");
        assert_eq!(shapley[0], frac(421, 2145));
        assert_eq!(shapley[5], frac(4, 2145));
        let total: BigRational = shapley.iter().sum();
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
        let small = indices(&distinct(1, 0), yes_no()).expect("small weights");
        let scaled =
            indices(&distinct(1_000_000_007, 0), yes_no()).expect("reduced to small weights");
        assert_eq!(small.shapley_shubik, scaled.shapley_shubik);
        assert_eq!(small.johnston, scaled.johnston);
        assert_eq!(scaled.game.players[0].weight, 1_000_000_007);
    }

    #[test]
    fn weights_too_large_for_exact_tables_are_an_error_not_a_crash() {
        let error = indices(&distinct(1_000_000_007, 1), yes_no()).expect_err("too large");
        assert!(matches!(error, PowerError::TooLarge { players: 30, .. }));
    }

    /// Found by fuzzing (`power_weights`): 22 players of distinct weights, one of them huge,
    /// under a simple majority. Banzhaf's table would need the weight of 195 million the
    /// others must add, so only enumerating 2^22 coalitions computes it, far past the budget
    /// (half a minute of fuzzing build): a default request leaves it out and names it.
    #[test]
    fn a_default_request_leaves_out_banzhaf_when_only_enumeration_computes_it() {
        let weights: [u64; 22] = [
            3002,
            6003,
            9004,
            12007,
            15006,
            18007,
            21008,
            24009,
            27010,
            30011,
            390_701_014,
            42015,
            45016,
            48017,
            51018,
            54019,
            57020,
            60021,
            63022,
            66023,
            69024,
            72025,
        ];
        let players = (weights.iter().enumerate())
            .map(|(i, &weight)| Player {
                label: format!("M{i}"),
                weight,
                veto: false,
            })
            .collect();
        let total: u64 = weights.iter().sum();
        let game = Game::new(players, total / 2 + 1).expect("a valid game");
        let shown = affordable(&game, IndexSet::all());
        assert!(!shown.contains(Index::Banzhaf) && !shown.contains(Index::Coleman));
        let small = council(5, 10, 9);
        assert_eq!(affordable(&small, IndexSet::all()), IndexSet::all());
    }

    #[test]
    fn normalised_indices_sum_to_one() {
        let p = indices(&council(5, 10, 9), IndexSet::all()).expect("the Council");
        for index in [
            &p.banzhaf_normalized,
            &p.holler,
            &p.johnston,
            &p.deegan_packel,
        ] {
            let total: BigRational = index.as_ref().expect("asked for").iter().sum();
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
    use crate::power::banzhaf;
    use crate::power::exact::factorials;
    use crate::power::game::{Game, Player};
    use crate::power::index::{Index, IndexSet};
    use crate::power::shapley::{self, Shape};
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

    /// Games of `players` with weights 1 and 2, at most two veto players, and a quota of 1% to
    /// 99% of the total weight: large, yet quick to enumerate.
    fn large_game(players: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Game> {
        let spec = prop::collection::vec((1u64..=2, prop::bool::weighted(0.02)), players)
            .prop_filter("few veto players", |s| {
                s.iter().filter(|p| p.1).count() <= 2
            });
        (spec, 1u64..100).prop_map(|(spec, share)| {
            let players: Vec<Player> = spec
                .into_iter()
                .enumerate()
                .map(|(i, (weight, veto))| Player {
                    label: format!("P{i}"),
                    weight,
                    veto,
                })
                .collect();
            let total: u64 = players.iter().map(|p| p.weight).sum();
            Game::new(players, (total * share / 100).max(1)).expect("valid by construction")
        })
    }

    /// The Shapley–Shubik numerators and the Banzhaf swings from generating functions agree
    /// with enumeration.
    fn generating_functions_agree(game: &Game) -> Result<(), TestCaseError> {
        let types = types(game);
        let slow = crate::power::exact::enumerate(game, &types);
        let shape = Shape::of(game, &types).expect("small");
        prop_assert_eq!(shapley::numerators(game, &types, &shape), slow.shapley);
        let fast = banzhaf::swings(&types, banzhaf::need(game, &types).expect("small"));
        prop_assert_eq!(fast.swings, slow.swings);
        prop_assert_eq!(fast.winning, slow.winning);
        Ok(())
    }

    /// The minimal winning coalitions' counts (Deegan–Packel, Holler, Johnston) agree with
    /// enumeration.
    fn minimal_counts_agree(game: &Game) -> Result<(), TestCaseError> {
        let types = types(game);
        let slow = crate::power::exact::enumerate(game, &types);
        let minimal = crate::power::minimal::sums(game, &types, IndexSet::all());
        prop_assert_eq!(minimal.mwc, slow.mwc);
        prop_assert_eq!(minimal.mwc_containing, slow.mwc_containing);
        prop_assert_eq!(minimal.mwc_inverse_size, slow.mwc_inverse_size);
        prop_assert_eq!(minimal.johnston, slow.johnston);
        Ok(())
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
            let p = indices(&game, IndexSet::all().without(Index::Ternary)).expect("small");
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
            prop_assert_eq!(p.power_to_act.as_ref(), Some(&q(winning, 1 << n)));
            let (p_swings, p_shapley) = (p.banzhaf_swings.expect("asked"), p.shapley_shubik.expect("asked"));
            let (p_holler, p_dp, p_johnston) = (p.holler.expect("asked"), p.deegan_packel.expect("asked"), p.johnston.expect("asked"));
            for i in 0..n {
                prop_assert_eq!(&p_swings[i], &BigUint::from(swings[i]));
                prop_assert_eq!(&p_shapley[i], &BigRational::new(BigInt::from(shapley[i].clone()), BigInt::from(fact[n].clone())));
            }
            let holler: Vec<usize> = (0..n).map(|i| minimal.iter().filter(|&&m| m & (1 << i) != 0).count()).collect();
            let holler_total: usize = holler.iter().sum();
            let dp: Vec<BigRational> = (0..n)
                .map(|i| minimal.iter().filter(|&&m| m & (1 << i) != 0).map(|&m| q(1, m.count_ones() as usize)).sum::<BigRational>() / q(minimal.len().max(1), 1))
                .collect();
            let johnston_total: BigRational = johnston.iter().sum();
            for i in 0..n {
                prop_assert_eq!(&p_holler[i], &if holler_total == 0 { BigRational::zero() } else { q(holler[i], holler_total) });
                prop_assert_eq!(&p_dp[i], &dp[i]);
                let expected = if johnston_total.is_zero() { BigRational::zero() } else { &johnston[i] / &johnston_total };
                prop_assert_eq!(&p_johnston[i], &expected);
            }
        }

        #[test]
        fn generating_functions_agree_with_enumeration(game in game()) {
            generating_functions_agree(&game)?;
            minimal_counts_agree(&game)?;
        }

        #[test]
        fn ternary_power_matches_every_profile(game in game().prop_filter("small", |g| g.players.len() <= 5)) {
            let n = game.players.len();
            let t = indices(&game, IndexSet::EMPTY.with(Index::Ternary)).expect("small").ternary.expect("asked for");
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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        /// Beyond 64 free players, counts exceed 64 bits and the tables are rebuilt from residues
        /// modulo primes too; two weights and at most two veto players keep the enumeration small.
        #[test]
        fn residue_passes_agree_with_enumeration(
            game in large_game(65..=140),
        ) {
            generating_functions_agree(&game)?;
        }

        /// Deegan–Packel, Holler and Johnston count in 64-, 128- or 256-bit words by the number
        /// of free players: games on both sides of each boundary, with two weights.
        #[test]
        fn minimal_counts_agree_with_enumeration_in_every_word(
            game in large_game(60..=135),
        ) {
            minimal_counts_agree(&game)?;
        }
    }
}
