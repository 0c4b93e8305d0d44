//! The scenarios a server offers, looked up by id: ids from a browser are matched against
//! this list and never used as paths. Each scenario's analysis, which never changes, is
//! rendered once, when it is added.

use crate::bundled;
use crate::engine::analyse;
use crate::model::Scenario;
use crate::render;
use crate::scenario::{self, ScenarioError};

/// A scenario with what the server says of it unchanged.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The scenario.
    pub scenario: Scenario,
    /// `adopted`, `vetoed`, `failed` or `blocked`, as the engine resolves it.
    pub outcome: &'static str,
    /// What `unsc run ID --format json` prints.
    pub run_json: String,
}

/// Scenarios by id, in date order.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
}

impl Catalogue {
    /// Every bundled scenario.
    ///
    /// # Errors
    /// When a bundled scenario is invalid (a build that ships one is broken).
    pub fn bundled() -> Result<Self, ScenarioError> {
        let mut catalogue = Self::default();
        for b in bundled::ALL {
            catalogue.insert(scenario::load(b.file_name, b.text)?);
        }
        Ok(catalogue)
    }

    /// Adds a scenario, replacing one with the same id.
    pub fn insert(&mut self, scenario: Scenario) {
        let analysis = analyse(&scenario);
        let outcome = analysis.resolution.outcome.as_str();
        let run_json = render::to_json(&analysis);
        self.entries
            .retain(|e| e.scenario.meta.id != scenario.meta.id);
        self.entries.push(Entry {
            scenario,
            outcome,
            run_json,
        });
        self.entries.sort_by(|a, b| {
            let key = |e: &Entry| (e.scenario.meta.date, e.scenario.meta.id.clone());
            key(a).cmp(&key(b))
        });
    }

    /// The entry of the scenario with this id.
    #[must_use]
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.scenario.meta.id == id)
    }

    /// The scenario with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Scenario> {
        self.entry(id).map(|e| &e.scenario)
    }

    /// Every entry, in date order.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}
