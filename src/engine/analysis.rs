//! Everything the engine says about one scenario, ready for a renderer.

use crate::engine::article27::Resolver;
use crate::engine::explain::{Explanation, explain};
use crate::engine::record::{RecordCheck, check};
use crate::engine::resolution::{Finding, Outcome, Resolution, Verdict};
use crate::engine::rule::RuleId;
use crate::model::{Ballot, Date, Scenario};

/// The day General Assembly resolution 76/262 was adopted: vetoes cast from then on are
/// debated by the Assembly.
pub const VETO_INITIATIVE_SINCE: Date = Date {
    year: 2022,
    month: 4,
    day: 26,
};

/// A scenario resolved and explained.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis<'a> {
    /// The scenario analysed.
    pub scenario: &'a Scenario,
    /// The ballot the stances produce.
    pub ballot: Ballot,
    /// Outcome, tally and rule chain.
    pub resolution: Resolution,
    /// Decisive members and the smallest flip.
    pub explanation: Explanation,
    /// The comparison with the record, when the scenario has one.
    pub record: Option<RecordCheck>,
}

/// Resolves and explains a scenario.
#[must_use]
pub fn analyse(scenario: &Scenario) -> Analysis<'_> {
    let resolver = Resolver::new(&scenario.rules);
    let ballot = scenario.ballot();
    let mut resolution = resolver.resolve(&ballot);
    let held_back = scenario.held_back_by_pledge();
    if !held_back.is_empty() {
        resolution.findings.insert(
            0,
            Finding {
                rule: RuleId::VetoRestraint,
                verdict: Verdict::Applied,
                members: held_back,
            },
        );
    }
    if let Outcome::Vetoed(by) = resolution.outcome
        && scenario.meta.date >= VETO_INITIATIVE_SINCE
    {
        resolution.findings.push(Finding {
            rule: RuleId::VetoInitiative,
            verdict: Verdict::Applied,
            members: by,
        });
    }
    let explanation = explain(&resolver, &ballot);
    let record = scenario.record.as_ref().map(|record| {
        let from_record = resolver.outcome(&record.ballot);
        check(record, resolution.outcome, &ballot, from_record)
    });
    Analysis {
        scenario,
        ballot,
        resolution,
        explanation,
        record,
    }
}
