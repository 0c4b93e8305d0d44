//! What the class report is built from, with the simulation settings decided here.

use crate::engine::{Analysis, analyse};
use crate::model::Scenario;
use crate::sim::{self, MethodChoice, SimError, Simulation};

/// A scenario's analysis and, when some vote is uncertain, its simulation: what
/// `unsc report` shows a class.
#[derive(Clone, Debug)]
pub struct ClassResults<'a> {
    /// The scenario's analysis.
    pub analysis: Analysis<'a>,
    /// The simulation of uncertain stances; `None` when every vote is certain.
    pub simulation: Option<Simulation>,
}

/// The analysis, and for a scenario with uncertain votes the simulation with the defaults
/// (`sim::DEFAULT_TRIALS`, `sim::DEFAULT_SEED`, exact when affordable), so every class sees
/// the same numbers.
///
/// # Errors
/// When the simulation fails.
pub fn class_results(scenario: &Scenario) -> Result<ClassResults<'_>, SimError> {
    let simulation = if scenario.is_deterministic() {
        None
    } else {
        Some(sim::simulate(
            scenario,
            MethodChoice::Auto,
            sim::DEFAULT_TRIALS,
            sim::DEFAULT_SEED,
            &|_| {},
        )?)
    };
    Ok(ClassResults {
        analysis: analyse(scenario),
        simulation,
    })
}

#[cfg(test)]
mod tests {
    use super::class_results;
    use crate::scenario::load;

    #[test]
    fn only_uncertain_votes_are_simulated() {
        for b in crate::bundled::ALL.iter().take(6) {
            let scenario = load(b.file_name, b.text).expect("a bundled vote");
            let results = class_results(&scenario).expect("simulated");
            assert_eq!(
                results.simulation.is_some(),
                !scenario.is_deterministic(),
                "{}",
                b.file_name
            );
        }
    }
}
