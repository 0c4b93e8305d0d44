//! Commented starting points for new scenarios (`unsc new --template NAME`).

/// An invented vote on a built-in Council, showing each kind of stance and a variant.
pub const HYPOTHETICAL: &str = include_str!("templates/hypothetical.toml");

/// A vote on the record, with the sources and the record left to fill in.
pub const HISTORICAL: &str = include_str!("templates/historical.toml");

/// A Council of one's own members and rule.
pub const CUSTOM_COUNCIL: &str = include_str!("templates/custom_council.toml");

/// One round of an ICJ election, with hypothetical members' ballots.
pub const ICJ_ELECTION: &str = include_str!("templates/icj_election.toml");

/// A meeting of several votes: a draft, an amendment and a separate vote on a paragraph.
pub const MEETING: &str = include_str!("templates/meeting.toml");

/// One straw poll in the selection of the Secretary-General, with hypothetical opinions.
pub const STRAW_POLL: &str = include_str!("templates/straw_poll.toml");
