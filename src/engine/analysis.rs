//! Everything the engine says about one scenario, ready for a renderer.

use crate::engine::article27::Resolver;
use crate::engine::explain::{Explanation, explain};
use crate::engine::record::{RecordCheck, check};
use crate::engine::resolution::{Finding, Resolution, Verdict};
use crate::engine::rule::RuleId;
use crate::model::{Ballot, Date, MemberSet, Preset, QuestionKind, Scenario, Vote};

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

/// The vetoes that GA res. 76/262 puts before the Assembly: negative votes actually cast by
/// permanent members on a draft, under the Charter's own rules, on or after 26 April 2022 —
/// including a draft recommending admission (debated by the Assembly as GA/12595 records) —
/// not on a preliminary question or a statement, not an abstention that a custom rule set
/// counts as a veto, and not a "veto" of an invented or reformed Council.
fn vetoes_cast(scenario: &Scenario, resolution: &Resolution) -> MemberSet {
    let rules = &scenario.rules;
    let charter = rules.preset == Preset::Charter && !rules.customised();
    if !charter
        || !matches!(
            rules.question,
            QuestionKind::Substantive | QuestionKind::Admission | QuestionKind::SgAppointment
        )
        || scenario.meta.date < VETO_INITIATIVE_SINCE
    {
        return MemberSet::EMPTY;
    }
    resolution
        .outcome
        .vetoed_by()
        .intersection(resolution.ballot.cast(Vote::No))
        .intersection(scenario.council.permanent())
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
    let vetoes_cast = vetoes_cast(scenario, &resolution);
    if !vetoes_cast.is_empty() {
        resolution.findings.push(Finding {
            rule: RuleId::VetoInitiative,
            verdict: Verdict::Applied,
            members: vetoes_cast,
        });
    }
    let explanation = explain(&resolver, &ballot);
    let record = scenario.record.as_ref().map(|record| {
        let from_record = record.ballot.as_ref().map(|b| resolver.outcome(b));
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
