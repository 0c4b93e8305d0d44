//! A what-if asked on the command line, checked as a `[[variant]]` table is: the same code and
//! the same problem codes, without spans.

use std::collections::BTreeMap;

use toml::Spanned;

use crate::model::{MemberCode, Preset, Scenario, Variant, Vote};
use crate::scenario::problem::{Problem, ProblemCode, ScenarioError};
use crate::scenario::raw::{RawRules, RawVariant};
use crate::scenario::validate;

/// A what-if in typed values: a named variant of the scenario, then these changes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WhatIfRequest {
    /// A `[[variant]]` of the scenario to start from.
    pub variant: Option<String>,
    /// Members whose vote is set outright (new holders of replaced seats included).
    pub set: Vec<(MemberCode, Vote)>,
    /// Seats held by another state: the seat's member and its new holder.
    pub replace: Vec<(MemberCode, MemberCode)>,
    /// Provisions dropped from the text, by id.
    pub drop: Vec<String>,
    /// Another rule-set preset.
    pub rules: Option<Preset>,
}

/// A checked what-if, ready to run.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    /// The changes to the scenario.
    pub variant: Variant,
    /// A preset that adds seats to the Council: not a rule for it, but a reform whose outlook
    /// is reported instead of a comparison.
    pub reform: Option<Preset>,
}

/// Where the problems of a what-if are said to be.
const ORIGIN: &str = "the what-if";

/// Checks a what-if against a loaded scenario.
///
/// # Errors
/// Every problem found, with the codes a `[[variant]]` table would get (`unknown-member`,
/// `unknown-provision`, `invalid-value`, …) and no spans.
pub fn what_if(scenario: &Scenario, request: &WhatIfRequest) -> Result<WhatIf, ScenarioError> {
    let fail = |problems| ScenarioError::new(ORIGIN, "", problems);
    let named = match &request.variant {
        Some(name) => Some(named_variant(scenario, name).map_err(|p| fail(vec![p]))?),
        None => None,
    };
    let unspanned = |text: &str| Spanned::new(0..0, text.to_owned());
    let raw = RawVariant {
        name: unspanned(""),
        description: None,
        set: Some(
            request
                .set
                .iter()
                .map(|(code, vote)| (code.to_string(), unspanned(vote.as_str())))
                .collect::<BTreeMap<_, _>>(),
        ),
        replace: Some(
            request
                .replace
                .iter()
                .map(|(seat, holder)| (seat.to_string(), unspanned(holder.as_str())))
                .collect(),
        ),
        drop: request.drop.iter().map(|id| unspanned(id)).collect(),
        rules: request.rules.map(|preset| {
            Spanned::new(
                0..0,
                RawRules {
                    preset: Some(unspanned(preset.as_str())),
                    ..RawRules::default()
                },
            )
        }),
    };
    let (variant, reform) = validate::what_if(scenario, named, &raw).map_err(fail)?;
    Ok(WhatIf { variant, reform })
}

fn named_variant<'a>(scenario: &'a Scenario, name: &str) -> Result<&'a Variant, Problem> {
    scenario
        .variants
        .iter()
        .find(|v| v.name == name)
        .ok_or_else(|| {
            let known: Vec<&str> = scenario.variants.iter().map(|v| v.name.as_str()).collect();
            let help = if known.is_empty() {
                "the scenario defines no variants".to_owned()
            } else {
                let meant = crate::input::closest(name, known.iter().copied())
                    .map_or_else(String::new, |v| format!("did you mean {v}? "));
                format!("{meant}variants are: {}", known.join(", "))
            };
            Problem::new(
                ProblemCode::InvalidValue,
                None,
                format!(
                    "the scenario has no variant `{}`",
                    crate::input::shown(name)
                ),
            )
            .help(help)
        })
}

#[cfg(test)]
mod tests {
    use super::{WhatIfRequest, what_if};
    use crate::model::{ChallengeVote, MemberCode, Preset, PresidentRuling, Ruling, Vote};
    use crate::scenario::ProblemCode;

    fn mali() -> crate::model::Scenario {
        let bundled =
            crate::bundled::find("2023-08-30-mali-sanctions-france-uae").expect("bundled");
        crate::scenario::load(bundled.file_name, bundled.text).expect("loads")
    }

    fn code(text: &str) -> MemberCode {
        text.parse().expect("a code")
    }

    #[test]
    fn reports_every_problem_with_the_codes_of_a_variant_table() {
        let request = WhatIfRequest {
            set: vec![(code("XYZ"), Vote::Yes)],
            drop: vec!["nope".to_owned()],
            ..WhatIfRequest::default()
        };
        let error = what_if(&mali(), &request).expect_err("two problems");
        let codes: Vec<ProblemCode> = error.problems().iter().map(|p| p.code).collect();
        assert_eq!(
            codes,
            [ProblemCode::UnknownMember, ProblemCode::UnknownProvision]
        );
        assert!(error.problems().iter().all(|p| p.span.is_none()));
    }

    #[test]
    fn a_preset_keeps_the_presidents_ruling_and_the_challenge() {
        // Rule 30's ruling is part of the procedure, not of the voting rule a preset sets.
        let scenario = crate::render::fixture::ruling();
        let unchallenged = PresidentRuling {
            ruling: Ruling::Procedural,
            challenge: None,
        };
        assert_eq!(scenario.rules.ruling, Some(unchallenged));
        let charter = WhatIfRequest {
            rules: Some(Preset::NoVeto),
            ..WhatIfRequest::default()
        };
        let checked = what_if(&scenario, &charter).expect("valid");
        assert_eq!(checked.variant.rules.unwrap().ruling, Some(unchallenged));
        // The named variant's challenge survives a preset asked on top of it.
        let challenged = PresidentRuling {
            challenge: Some(ChallengeVote::Ruling),
            ..unchallenged
        };
        assert_eq!(scenario.variants[0].rules.unwrap().ruling, Some(challenged));
        let on_variant = WhatIfRequest {
            variant: Some("challenged".to_owned()),
            ..charter
        };
        let checked = what_if(&scenario, &on_variant).expect("valid");
        let rules = checked.variant.rules.unwrap();
        assert_eq!(
            (rules.preset, rules.ruling),
            (Preset::NoVeto, Some(challenged))
        );
        // Every preset that is a rule for this Council keeps it.
        for preset in <Preset as strum::IntoEnumIterator>::iter() {
            let request = WhatIfRequest {
                rules: Some(preset),
                ..WhatIfRequest::default()
            };
            let checked = what_if(&scenario, &request).expect("valid");
            if checked.reform.is_none() {
                let rules = checked.variant.rules.unwrap();
                assert_eq!(rules.ruling, Some(unchallenged), "{preset}");
            }
        }
    }

    #[test]
    fn a_preset_that_adds_seats_is_a_reform_not_a_rule() {
        let request = WhatIfRequest {
            set: vec![(code("RUS"), Vote::Abstain)],
            rules: Some(Preset::G4),
            ..WhatIfRequest::default()
        };
        let checked = what_if(&mali(), &request).expect("valid");
        assert_eq!(checked.reform, Some(Preset::G4));
        assert_eq!(checked.variant.rules, None);
        let charter = WhatIfRequest {
            rules: Some(Preset::NoVeto),
            ..WhatIfRequest::default()
        };
        let checked = what_if(&mali(), &charter).expect("valid");
        assert_eq!(checked.reform, None);
        assert!(checked.variant.rules.is_some());
    }
}
