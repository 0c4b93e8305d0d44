//! What-ifs: a scenario with some votes set, provisions dropped or the rules changed.

use crate::engine::{Analysis, VoteChange, analyse};
use crate::model::{
    Preset, ProvisionSet, QuestionKind, RuleSet, Scenario, Stance, Status, Variant, Vote,
};
use crate::sim::reform::Outlook;

/// A what-if could not be built from its description.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum WhatIfError {
    /// A provision the draft does not name.
    #[error("the draft has no provision `{name}` (provisions: {known})")]
    UnknownProvision {
        /// The name given.
        name: String,
        /// The draft's provision ids.
        known: String,
    },
    /// A replacement holder that cannot take the seat.
    #[error("{code} cannot take the seat: {reason}")]
    BadReplacement {
        /// The code given.
        code: String,
        /// Why not.
        reason: String,
    },
    /// A preset that adds seats, where a rule for the Council as it is was needed.
    #[error(
        "the {0} preset adds seats to the Council; it is a reform outlook, not a rule for this Council"
    )]
    Enlarges(Preset),
    /// A preset that adds no seats, where an enlargement was needed.
    #[error("the {0} preset adds no seats to the Council")]
    NotAnEnlargement(Preset),
    /// The enlarged Council could not be formed.
    #[error("the enlarged Council cannot be formed: {0}")]
    Enlargement(String),
    /// A preset is a voting rule; a consensus statement is not voted on.
    #[error("a rule-set preset is a voting rule, and a consensus statement is not voted on")]
    PresetOnStatement,
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<&str> = items.collect();
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// The index of a provision by id.
///
/// # Errors
/// When the draft has no such provision.
pub fn find_provision(scenario: &Scenario, name: &str) -> Result<usize, WhatIfError> {
    scenario
        .draft
        .provisions
        .iter()
        .position(|p| p.id == name)
        .ok_or_else(|| WhatIfError::UnknownProvision {
            name: name.to_owned(),
            known: list(scenario.draft.provisions.iter().map(|p| p.id.as_str())),
        })
}

/// The scenario's rules with a preset's threshold, veto and blocking switches (the permanent
/// members hold the veto under a preset that has one); the question and dispute parties are kept.
///
/// # Errors
/// When the preset adds seats (see [`reformed`](crate::sim::reformed)), or the scenario is a
/// consensus statement.
pub fn preset_rules(scenario: &Scenario, preset: Preset) -> Result<RuleSet, WhatIfError> {
    if preset.enlargement().seats() > 0 {
        return Err(WhatIfError::Enlarges(preset));
    }
    if scenario.rules.question == QuestionKind::Statement {
        return Err(WhatIfError::PresetOnStatement);
    }
    let mut rules = scenario.rules.with_preset(preset);
    rules.threshold = rules.threshold.min(scenario.council.len());
    Ok(rules)
}

/// The scenario with these votes set and provisions dropped: the part of a what-if that
/// cannot fail. The result is hypothetical and has no record.
#[must_use]
pub fn with_changes(scenario: &Scenario, set: &[(usize, Vote)], drop: ProvisionSet) -> Scenario {
    let mut variant = scenario.clone();
    for &(member, vote) in set {
        variant.stances[member] = Stance::fixed(vote);
    }
    variant.text = variant.text.difference(drop);
    variant.meta.status = Status::Hypothetical;
    variant.record = None;
    variant
}

/// The scenario with a variant applied: seats replaced, votes set, provisions dropped, rules
/// changed. The result is hypothetical and has no record.
///
/// # Errors
/// When replacements would seat the same state twice.
pub fn apply(scenario: &Scenario, overrides: &Variant) -> Result<Scenario, WhatIfError> {
    let mut council = scenario.council.clone();
    for (index, member) in &overrides.replace {
        council = council
            .with_replacement(*index, member.clone())
            .map_err(|e| WhatIfError::BadReplacement {
                code: member.code.to_string(),
                reason: e.to_string(),
            })?;
    }
    let mut variant = with_changes(scenario, &overrides.set, overrides.drop);
    variant.council = council;
    if let Some(rules) = &overrides.rules {
        variant.rules = *rules;
    }
    Ok(variant)
}

/// A baseline and a variant, analysed side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison<'a> {
    /// The scenario as written.
    pub baseline: Analysis<'a>,
    /// The what-if.
    pub variant: Analysis<'a>,
    /// Members whose (most likely) vote differs, in Council order.
    pub changed: Vec<VoteChange>,
    /// Provisions in the baseline text but not the variant's.
    pub dropped: ProvisionSet,
}

/// Analyses both scenarios and lists what changed.
#[must_use]
pub fn compare<'a>(baseline: &'a Scenario, variant: &'a Scenario) -> Comparison<'a> {
    let baseline_analysis = analyse(baseline);
    let variant_analysis = analyse(variant);
    let changed = (0..baseline.council.len())
        .filter_map(|member| {
            let from = baseline_analysis.ballot.vote(member)?;
            let to = variant_analysis.ballot.vote(member)?;
            (from != to).then_some(VoteChange { member, from, to })
        })
        .collect();
    Comparison {
        dropped: baseline.text.difference(variant.text),
        baseline: baseline_analysis,
        variant: variant_analysis,
        changed,
    }
}

/// What a what-if shows: the vote compared with the scenario's, or, for a preset that adds
/// seats, what the new seats would have to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Assessment<'a> {
    /// The Council as it is, under the changed votes, text or rules.
    Comparison(Comparison<'a>),
    /// The enlarged Council of a reform preset.
    Outlook(Outlook<'a>),
}
