//! The Council's record: the UN Digital Library's voting data, replayed and imported.
//!
//! [`undl::read_votes`] reads the library's CSV at the edge into [`RecordedVote`]s;
//! [`classify`] marks the procedural ones (the file's `question` column, the built-in list of
//! procedural resolutions, the user's overrides); [`replay::replay`] resolves each under the
//! rules in force on its date, flags any disagreement with the record and checks its members
//! against the roster; [`Summary`] sums a file up; [`import::scenario_file`] outlines a scenario
//! per vote for `scenario::write`. [`mod@veto_record`] is the embedded record of vetoed and failed drafts since 1946,
//! and [`replay_row`] replays its rows.

pub mod import;
pub mod procedural;
pub mod record_replay;
pub mod replay;
pub mod roster_check;
pub mod summary;
pub mod undl;
pub mod veto_record;

pub use import::{ImportError, ScenarioFile, scenario_file, scenario_id};
pub use procedural::{
    PROCEDURAL_RESOLUTIONS, ProceduralResolution, QuestionBasis, classify, procedural_resolution,
};
pub use record_replay::{NotReplayable, ReplayBasis, RowReplay, replay_row};
pub use replay::{Discrepancy, Replay, replay, rules_for};
pub use roster_check::{RosterFinding, check_roster};
pub use summary::{Dissent, Summary};
pub use undl::{Modality, RecordedVote, read_votes};
pub use veto_record::{
    COUNT_CHECKED_TO, LIBRARY_COPY, LIBRARY_COPY_SPAN, LIBRARY_LIST, RecordFilter, RecordOutcome,
    RecordRow, RecordTally, row_ids, veto_record, vetoes_by_decade,
};
