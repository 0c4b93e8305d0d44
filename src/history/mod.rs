//! The Council's record: the UN Digital Library's voting data, replayed and imported.
//!
//! [`undl::read_votes`] reads the library's CSV at the edge into [`RecordedVote`]s;
//! [`replay::replay`] resolves each under the rules in force on its date and flags any
//! disagreement with the record; [`import::scenario_file`] writes a scenario per vote.

pub mod import;
pub mod replay;
pub mod undl;

pub use import::{NoSource, ScenarioFile, scenario_file, scenario_id};
pub use replay::{Discrepancy, Replay, replay, rules_for};
pub use undl::{RecordedVote, UndlError, UndlErrorKind, UndlErrors, read_votes};
