//! The title of a measured game, as `unsc power` and `GET /api/power` print it.

use crate::model::Preset;
use crate::power::GameSubject;

/// "the Council of 2023 — rules charter", "a 15-member Council — rules charter", …
#[must_use]
pub fn game_title(subject: &GameSubject) -> String {
    match subject {
        GameSubject::Scenario {
            id,
            preset,
            new_seats: true,
        } => format!("{id} — rules {preset}, with its new seats"),
        GameSubject::Scenario { id, preset, .. } => format!("{id} — rules {preset}"),
        GameSubject::Election {
            id,
            majority,
            seats,
        } => format!("{id} — ICJ election: an absolute majority of {majority} of {seats}, no veto"),
        GameSubject::Roster { year, preset } => format!(
            "the Council of {year} — rules {preset}{}",
            restraint_note(*preset)
        ),
        GameSubject::Generic(preset) => format!(
            "a {}-member Council — rules {preset}{}",
            preset.council_size(),
            restraint_note(*preset)
        ),
        GameSubject::Weights { name, quota } => format!("{name} (quota {quota})"),
    }
}

/// A title's note on what `veto-restraint` measures.
fn restraint_note(preset: Preset) -> &'static str {
    if preset == Preset::VetoRestraint {
        " (drafts concerning mass atrocities; on other drafts, as charter)"
    } else {
        ""
    }
}
