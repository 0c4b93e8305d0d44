//! A what-if in one call: checked against the scenario, applied, and held with the scenario it
//! made, so its assessment can borrow both.

use crate::engine::{CarriedChange, carry_what_if};
use crate::model::{Meeting, Scenario, Variant};
use crate::scenario::{self, ScenarioError, WhatIfRequest};
use crate::sim::reform::{Reformed, outlook, reformed};
use crate::sim::whatif::{Assessment, WhatIfError, apply, compare};

/// A what-if that could not run.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum WhatIfRunError {
    /// The request names what the scenario does not have (a member, a provision, a variant),
    /// with the problem codes a `[[variant]]` table would get.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Request(ScenarioError),
    /// The checked changes could not be applied, or the reform could not be formed.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Changes(#[from] WhatIfError),
}

impl From<ScenarioError> for WhatIfRunError {
    fn from(error: ScenarioError) -> Self {
        Self::Request(error)
    }
}

/// A what-if run on a scenario: the request, the changes it made and the scenario they made.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIfRun<'a> {
    baseline: &'a Scenario,
    request: WhatIfRequest,
    changes: Variant,
    variant: Scenario,
    reformed: Option<Reformed>,
}

impl WhatIfRun<'_> {
    /// The request, as asked.
    #[must_use]
    pub fn request(&self) -> &WhatIfRequest {
        &self.request
    }

    /// The checked changes: the named variant's (with its description), then the request's.
    #[must_use]
    pub fn changes(&self) -> &Variant {
        &self.changes
    }

    /// The vote compared with the scenario's, or, for a preset that adds seats, what the new
    /// seats would have to do.
    #[must_use]
    pub fn assessment(&self) -> Assessment<'_> {
        match &self.reformed {
            Some(reformed) => {
                Assessment::Outlook(outlook(self.baseline, &self.variant, reformed.clone()))
            }
            None => Assessment::Comparison(compare(self.baseline, &self.variant)),
        }
    }

    /// When the scenario is vote `vote` of `meeting` as put: the votes after it, each compared
    /// with the what-if carried into it. `None` for a reform, which seats another Council:
    /// nothing carries into the meeting's votes.
    #[must_use]
    pub fn carried_into(&self, meeting: &Meeting, vote: usize) -> Option<Vec<CarriedChange>> {
        self.reformed
            .is_none()
            .then(|| carry_what_if(meeting, vote, &self.variant))
    }
}

/// The scenario with the what-if applied: checked as a `[[variant]]` table is
/// ([`scenario::what_if`]), then applied ([`apply`]). A preset that adds seats leaves the
/// rules as they are.
///
/// # Errors
/// Every problem of the request, or changes that cannot be applied.
pub fn variant_of(
    scenario: &Scenario,
    request: &WhatIfRequest,
) -> Result<Scenario, WhatIfRunError> {
    let checked = scenario::what_if(scenario, request)?;
    Ok(apply(scenario, &checked.variant)?)
}

/// Runs a what-if: checks it ([`scenario::what_if`]), applies it ([`apply`]) and, for a
/// preset that adds seats, forms the enlarged Council ([`reformed`]).
///
/// # Errors
/// Every problem of the request; changes that cannot be applied; a reform that cannot be
/// formed, or is asked of a consensus statement.
pub fn what_if<'a>(
    scenario: &'a Scenario,
    request: &WhatIfRequest,
) -> Result<WhatIfRun<'a>, WhatIfRunError> {
    let checked = scenario::what_if(scenario, request)?;
    let variant = apply(scenario, &checked.variant)?;
    let reformed = checked
        .reform
        .map(|preset| reformed(&variant, preset))
        .transpose()?;
    Ok(WhatIfRun {
        baseline: scenario,
        request: request.clone(),
        changes: checked.variant,
        variant,
        reformed,
    })
}

#[cfg(test)]
mod tests {
    use super::{WhatIfRunError, variant_of, what_if};
    use crate::model::{MemberCode, Preset, QuestionKind, Vote};
    use crate::render::fixture;
    use crate::scenario::{ProblemCode, WhatIfRequest};
    use crate::sim::{Assessment, WhatIfError};

    #[test]
    fn a_preset_that_adds_seats_is_assessed_as_an_outlook_and_other_changes_as_a_comparison() {
        let scenario = fixture::scenario();
        let reform = WhatIfRequest {
            rules: Some(Preset::G4),
            ..WhatIfRequest::default()
        };
        let run = what_if(&scenario, &reform).expect("runs");
        assert!(matches!(run.assessment(), Assessment::Outlook(_)));
        let abstain = WhatIfRequest {
            set: vec![(MemberCode::from_any_case("RUS").unwrap(), Vote::Abstain)],
            ..WhatIfRequest::default()
        };
        let run = what_if(&scenario, &abstain).expect("runs");
        assert!(matches!(run.assessment(), Assessment::Comparison(_)));
        assert_eq!(
            &variant_of(&scenario, &abstain).expect("applies"),
            &run.variant
        );
    }

    #[test]
    fn the_requests_problems_and_a_reform_that_cannot_be_formed_are_told_apart() {
        let mut scenario = fixture::scenario();
        let unknown = WhatIfRequest {
            drop: vec!["nothing".to_owned()],
            ..WhatIfRequest::default()
        };
        let Err(WhatIfRunError::Request(error)) = what_if(&scenario, &unknown) else {
            panic!("the request names no provision of the draft");
        };
        assert_eq!(error.problems()[0].code, ProblemCode::UnknownProvision);
        scenario.rules.question = QuestionKind::Statement;
        let reform = WhatIfRequest {
            rules: Some(Preset::G4),
            ..WhatIfRequest::default()
        };
        assert!(matches!(
            what_if(&scenario, &reform),
            Err(WhatIfRunError::Changes(WhatIfError::PresetOnStatement))
        ));
    }
}
