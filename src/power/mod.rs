//! Voting power: how much each member's vote can matter, by the standard indices.
//!
//! Pure: a [`Game`] and the measures wanted in, exact fractions out. Each measure is computed
//! only when asked for, by the cheaper of two methods: enumeration by type composition (few
//! distinct player types, as in every Council) or generating-function tables (few units of
//! weight); the ternary measure by enumeration only. Memory limits are constants here.

mod banzhaf;
mod exact;
mod game;
mod index;
mod indices;
mod minimal;
mod plan;
mod request;
mod residue;
mod shapley;
mod ternary;
mod types;

pub use exact::MAX_COMPOSITIONS;
pub use game::{Game, MAX_PLAYERS, Player, PowerError};
pub use index::{Index, IndexSet, UnknownIndex};
pub use indices::{PowerIndices, affordable, affordable_indices, indices};
pub use plan::{BUDGET, MAX_BANZHAF_WEIGHT, MAX_PROFILES, MAX_SHAPLEY_CELLS, MAX_TABLE_CELLS};
pub use request::{GameError, GameSpec, GameSubject, MeasuredGame, Measures, measure};
pub use ternary::TernaryPower;
