//! What-ifs: a scenario with some votes set, provisions dropped or the rules changed.

use crate::engine::{Analysis, VoteChange, analyse};
use crate::model::{
    Member, MemberCode, Preset, ProvisionSet, QuestionKind, RuleSet, Scenario, Stance, Status,
    Variant, Vote, name_of,
};

/// What a what-if changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overrides {
    /// Members whose vote is set outright.
    pub set: Vec<(usize, Vote)>,
    /// Seats held by another state (which takes the seat's stance unless `set` says otherwise).
    pub replace: Vec<(usize, Member)>,
    /// Provisions dropped from the text.
    pub drop: ProvisionSet,
    /// A different rule set.
    pub rules: Option<RuleSet>,
}

impl From<&Variant> for Overrides {
    fn from(variant: &Variant) -> Self {
        Self {
            set: variant.set.clone(),
            replace: variant.replace.clone(),
            drop: variant.drop,
            rules: variant.rules,
        }
    }
}

impl Overrides {
    /// These overrides followed by `later` (later settings win).
    #[must_use]
    pub fn then(mut self, later: Self) -> Self {
        self.set.extend(later.set);
        self.replace.extend(later.replace);
        self.drop = self.drop.union(later.drop);
        if later.rules.is_some() {
            self.rules = later.rules;
        }
        self
    }

    /// Whether nothing is changed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
            && self.replace.is_empty()
            && self.drop.is_empty()
            && self.rules.is_none()
    }
}

/// A what-if could not be built from its description.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum WhatIfError {
    /// `--replace` without `SEAT=CODE`.
    #[error("`{0}` is not a replacement; write it as SEAT=CODE, e.g. ECU=BRA")]
    NotAnAssignment(String),
    /// A member code not on this Council.
    #[error("{code} is not a member of this Council{meant} (members: {members})", meant = did_you_mean(.code, .members))]
    UnknownMember {
        /// The code given.
        code: String,
        /// The Council's codes.
        members: String,
    },
    /// A provision the draft does not name.
    #[error("the draft has no provision `{name}` (provisions: {known})")]
    UnknownProvision {
        /// The name given.
        name: String,
        /// The draft's provision ids.
        known: String,
    },
    /// A variant the scenario does not define.
    #[error("the scenario has no variant `{name}` (variants: {known})")]
    UnknownVariant {
        /// The name given.
        name: String,
        /// The scenario's variant names.
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
    #[error("--rules sets a voting rule, and a consensus statement is not voted on")]
    PresetOnStatement,
}

/// `; did you mean USA?` when one of `members` (comma-separated) is like `code`.
fn did_you_mean(code: &str, members: &str) -> String {
    crate::input::closest(code, members.split(", "))
        .map_or_else(String::new, |m| format!("; did you mean {m}?"))
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<&str> = items.collect();
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// The seat of the member with `code` on the scenario's Council.
///
/// # Errors
/// When no member of the Council has that code.
pub fn seat_of(scenario: &Scenario, code: MemberCode) -> Result<usize, WhatIfError> {
    scenario
        .council
        .index_of(code)
        .ok_or_else(|| WhatIfError::UnknownMember {
            code: code.to_string(),
            members: list(scenario.council.members().iter().map(|m| m.code.as_str())),
        })
}

/// Parses `SEAT=NEW` (e.g. `ECU=BRA`): another state holds the seat.
///
/// # Errors
/// When the seat is not on the Council, or the new holder is not a known code or already sits.
pub fn parse_replacement(scenario: &Scenario, text: &str) -> Result<(usize, Member), WhatIfError> {
    let (seat, holder) = text
        .split_once('=')
        .ok_or_else(|| WhatIfError::NotAnAssignment(text.to_owned()))?;
    let index = MemberCode::from_any_case(seat)
        .ok_or_else(|| WhatIfError::UnknownMember {
            code: seat.trim().to_owned(),
            members: list(scenario.council.members().iter().map(|m| m.code.as_str())),
        })
        .and_then(|code| seat_of(scenario, code))?;
    let bad = |reason: &str| WhatIfError::BadReplacement {
        code: holder.trim().to_owned(),
        reason: reason.to_owned(),
    };
    let code = MemberCode::from_any_case(holder).ok_or_else(|| bad("not three letters"))?;
    if scenario.council.index_of(code).is_some() {
        return Err(bad("it already sits on the Council"));
    }
    let name =
        name_of(code).ok_or_else(|| bad("unsc knows no name for it (built-in rosters only)"))?;
    Ok((
        index,
        Member::new(code, name, scenario.council.member(index).seat),
    ))
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

/// A named variant of the scenario.
///
/// # Errors
/// When the scenario defines no variant of that name.
pub fn find_variant<'a>(scenario: &'a Scenario, name: &str) -> Result<&'a Variant, WhatIfError> {
    scenario
        .variants
        .iter()
        .find(|v| v.name == name)
        .ok_or_else(|| WhatIfError::UnknownVariant {
            name: name.to_owned(),
            known: list(scenario.variants.iter().map(|v| v.name.as_str())),
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

/// The scenario with the overrides applied: seats replaced, votes set, provisions dropped,
/// rules changed. The result is hypothetical and has no record.
///
/// # Errors
/// When replacements would seat the same state twice.
pub fn apply(scenario: &Scenario, overrides: &Overrides) -> Result<Scenario, WhatIfError> {
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
