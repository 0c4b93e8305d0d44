//! The questions `unsc exercise` asks on a terminal, one answer at a time, and the hints it
//! gives after an answer it cannot read.

use strum::VariantNames;

use crate::input::one_of;
use crate::model::{Member, OutcomeKind};

/// Asks for one member's vote.
#[must_use]
pub fn vote_prompt(member: &Member) -> String {
    format!("{} {:<34} [y/n/a/x]: ", member.code, member.name)
}

/// After a vote it cannot read.
pub const VOTE_HINT: &str = "  Please answer y (yes), n (no), a (abstain) or x (absent).\n";

/// Asks for the outcome.
#[must_use]
pub fn outcome_prompt() -> String {
    format!("Outcome [{}]: ", OutcomeKind::VARIANTS.join("/"))
}

/// After an outcome it cannot read.
#[must_use]
pub fn outcome_hint() -> String {
    format!("  Please answer {}.\n", one_of::<OutcomeKind>())
}

/// Asks which provisions to drop.
pub const DROP_PROMPT: &str = "Provisions to drop (ids separated by spaces; Enter for none): ";

/// Asks which members to win over.
pub const WIN_PROMPT: &str = "Members to win over (codes separated by spaces): ";
