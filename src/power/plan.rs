//! What each method would cost on a game, and the limits that keep memory bounded.
//!
//! Costs are estimated word operations (a 64-bit addition is one), so that the cheaper method
//! is chosen and a default request can leave out what would take long.

use crate::power::exact::{MAX_COMPOSITIONS, compositions};
use crate::power::game::{Game, PowerError};
use crate::power::index::Index;
use crate::power::minimal;
use crate::power::shapley::Shape;
use crate::power::types::{Type, veto_totals};

/// The most cells of a Shapley–Shubik table (8 bytes each; one table per pass in progress).
pub const MAX_SHAPLEY_CELLS: usize = 1 << 25;
/// The most weight the free players may need to add, for Banzhaf and Coleman (32 bytes a unit).
pub const MAX_BANZHAF_WEIGHT: usize = 1 << 23;
/// The most cells of a Deegan–Packel, Holler or Johnston table (up to 32 bytes each; two tables).
pub const MAX_TABLE_CELLS: usize = 1 << 23;
/// The most ternary profiles by type enumerated.
pub const MAX_PROFILES: u64 = MAX_COMPOSITIONS;
/// The estimated word operations a default request spends on one measure (about a second).
pub const BUDGET: u128 = 1 << 31;

/// Word operations per composition and type in the big-integer enumeration.
const ENUMERATION_WORK: u128 = 400;
/// Word operations per ternary profile and type.
const TERNARY_WORK: u128 = 600;

/// A measure's cost, or the limit it exceeds.
pub(crate) type Cost = Result<u128, PowerError>;

fn too_large(
    index: Index,
    game: &Game,
    needed: u128,
    limit: usize,
    unit: &'static str,
) -> PowerError {
    PowerError::TooLarge {
        index,
        players: game.players.len(),
        quota: game.quota,
        needed,
        limit: limit as u128,
        unit,
    }
}

/// Every yes/no measure at once, by enumerating coalitions by type composition.
pub(crate) fn enumeration(game: &Game, types: &[Type], index: Index) -> Cost {
    let count = compositions(types);
    if count > MAX_COMPOSITIONS {
        #[allow(clippy::cast_possible_truncation)]
        let limit = MAX_COMPOSITIONS as usize;
        return Err(too_large(
            index,
            game,
            u128::from(count),
            limit,
            "coalition compositions by type",
        ));
    }
    Ok(u128::from(count) * types.len() as u128 * ENUMERATION_WORK)
}

/// The ternary measure, by enumerating profiles by type.
pub(crate) fn ternary(game: &Game, types: &[Type]) -> Cost {
    let count = types.iter().fold(1u64, |acc, t| {
        acc.saturating_mul(((t.count() + 1) * (t.count() + 2) / 2) as u64)
    });
    if count > MAX_PROFILES {
        #[allow(clippy::cast_possible_truncation)]
        let limit = MAX_PROFILES as usize;
        return Err(too_large(
            Index::Ternary,
            game,
            u128::from(count),
            limit,
            "yes/no/abstain profiles by type",
        ));
    }
    Ok(u128::from(count) * types.len() as u128 * TERNARY_WORK)
}

/// Free players, and the weight they must add to the veto players' (saturating).
fn free(game: &Game, types: &[Type]) -> (usize, u128) {
    let (_, veto_weight) = veto_totals(types);
    let players = types.iter().filter(|t| !t.veto).map(Type::count).sum();
    (players, u128::from(game.quota.saturating_sub(veto_weight)))
}

/// One yes/no measure by generating-function tables.
pub(crate) fn tables(game: &Game, types: &[Type], index: Index) -> Cost {
    let (players, need) = free(game, types);
    let n = players as u128 + 1;
    match index {
        Index::ShapleyShubik => {
            let shape = Shape::of(game, types);
            let cells = shape.as_ref().and_then(Shape::cells);
            match (shape, cells) {
                (Some(shape), Some(cells)) if cells <= MAX_SHAPLEY_CELLS => {
                    Ok(shape.cost(types.len()))
                }
                (_, cells) => Err(too_large(
                    index,
                    game,
                    cells.map_or(n * need, |c| c as u128),
                    MAX_SHAPLEY_CELLS,
                    "table cells ((1 + the most free players that weigh less than the weight they must add) × that weight)",
                )),
            }
        }
        Index::Banzhaf | Index::Coleman => {
            if need > MAX_BANZHAF_WEIGHT as u128 {
                return Err(too_large(
                    index,
                    game,
                    need,
                    MAX_BANZHAF_WEIGHT,
                    "table cells (the weight the free players must add)",
                ));
            }
            Ok(4 * need * n + types.len() as u128 * need)
        }
        Index::DeeganPackel | Index::Holler | Index::Johnston => {
            let heaviest = types
                .iter()
                .filter(|t| !t.veto)
                .map(|t| u128::from(t.weight))
                .max()
                .unwrap_or(0);
            let cells = n * (need + heaviest + 1);
            if cells > MAX_TABLE_CELLS as u128 {
                return Err(too_large(
                    index,
                    game,
                    cells,
                    MAX_TABLE_CELLS,
                    "table cells ((free players + 1) × (the weight they must add + the heaviest free weight + 1))",
                ));
            }
            Ok(minimal::cell_words(players) * cells * n)
        }
        Index::Ternary => ternary(game, types),
    }
}

/// The cheaper way to compute a measure.
pub(crate) fn cheapest(game: &Game, types: &[Type], index: Index) -> Cost {
    if index == Index::Ternary {
        return ternary(game, types);
    }
    match (tables(game, types, index), enumeration(game, types, index)) {
        (Ok(a), Ok(b)) => Ok(a.min(b)),
        (Ok(a), Err(_)) | (Err(_), Ok(a)) => Ok(a),
        (Err(e), Err(_)) => Err(e),
    }
}
