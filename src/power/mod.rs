//! Voting power: how much each member's vote can matter, by the standard indices.
//!
//! Pure: a [`Game`] in (from a Council and rule set, or from weights), exact fractions out.
//! Few distinct player types (every Council) are enumerated by type composition; large
//! weighted games use generating functions, for every index but the ternary measure.

mod exact;
mod game;
mod generating;
mod indices;
mod minimal;
mod ternary;
mod types;
mod weights;

pub use exact::MAX_COMPOSITIONS;
pub use game::{Game, MAX_PLAYERS, Player, PowerError};
pub use indices::{MAX_TABLE_CELLS, PowerIndices, indices};
pub use ternary::TernaryPower;
pub use weights::{WeightsError, WeightsErrorKind, WeightsErrors, read_weights};
