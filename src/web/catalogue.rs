//! The scenarios a server offers, looked up by id: ids from a browser are matched against
//! this list and never used as paths.

use crate::bundled;
use crate::model::Scenario;
use crate::scenario::{self, ScenarioError};

/// Scenarios by id, in date order.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    scenarios: Vec<Scenario>,
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
        self.scenarios.retain(|s| s.meta.id != scenario.meta.id);
        self.scenarios.push(scenario);
        self.scenarios
            .sort_by(|a, b| (a.meta.date, &a.meta.id).cmp(&(b.meta.date, &b.meta.id)));
    }

    /// The scenario with this id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.meta.id == id)
    }

    /// Every scenario, in date order.
    #[must_use]
    pub fn all(&self) -> &[Scenario] {
        &self.scenarios
    }
}
