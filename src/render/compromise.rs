//! Compromise search results: text and JSON.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{MemberSet, ProvisionSet, Scenario};
use crate::render::json::{JSON_SCHEMA_VERSION, pretty};
use crate::render::{collect, prose};
use crate::sim::CompromiseReport;

fn provisions(scenario: &Scenario, set: ProvisionSet) -> Vec<&str> {
    set.iter()
        .map(|p| scenario.draft.provisions[p].id.as_str())
        .collect()
}

fn members(scenario: &Scenario, set: MemberSet) -> Vec<&str> {
    set.iter()
        .map(|m| scenario.council.member(m).code.as_str())
        .collect()
}

fn or_nothing(items: &[&str]) -> String {
    if items.is_empty() {
        "nothing".to_owned()
    } else {
        items.join(", ")
    }
}

/// The search's result as text.
#[must_use]
pub fn compromise_text(scenario: &Scenario, report: &CompromiseReport) -> String {
    collect(|out| {
        let heading = prose::draft_heading(&scenario.draft, " — ");
        writeln!(out, "Compromise search: {heading}")?;
        let scope = if report.exhaustive {
            "every combination of droppable provisions"
        } else {
            "bounded: at most two provisions dropped"
        };
        writeln!(
            out,
            "Exact probabilities; {} candidate texts evaluated ({scope}).",
            report.evaluated
        )?;
        writeln!(
            out,
            "The text as drafted: P(adopted) = {:.4}",
            report.baseline
        )?;
        writeln!(
            out,
            "Candidates are hypothetical: they follow the scenario's stance model, not the record."
        )?;
        writeln!(out)?;
        writeln!(out, " #  P(adopted)  P(vetoed)  gives up / wins over")?;
        for (i, c) in report.candidates.iter().enumerate() {
            let dropped = or_nothing(&provisions(scenario, c.dropped));
            let won = members(scenario, c.won_over);
            let won = if won.is_empty() {
                String::new()
            } else {
                format!(" / wins over {}", won.join(", "))
            };
            writeln!(
                out,
                "{:>2}  {:<10.4}  {:<9.4}  drops {dropped}{won}",
                i + 1,
                c.adopted,
                c.vetoed
            )?;
        }
        Ok(())
    })
}

#[derive(Serialize)]
struct CompromiseJson<'a> {
    schema_version: u32,
    id: &'a str,
    baseline_p_adopted: f64,
    evaluated: u64,
    exhaustive: bool,
    candidates: Vec<CandidateJson<'a>>,
}

#[derive(Serialize)]
struct CandidateJson<'a> {
    p_adopted: f64,
    p_vetoed: f64,
    keeps: Vec<&'a str>,
    drops: Vec<&'a str>,
    wins_over: Vec<&'a str>,
}

/// The search's result as JSON.
#[must_use]
pub fn compromise_json(scenario: &Scenario, report: &CompromiseReport) -> String {
    pretty(&CompromiseJson {
        schema_version: JSON_SCHEMA_VERSION,
        id: &scenario.meta.id,
        baseline_p_adopted: report.baseline,
        evaluated: report.evaluated,
        exhaustive: report.exhaustive,
        candidates: report
            .candidates
            .iter()
            .map(|c| CandidateJson {
                p_adopted: c.adopted,
                p_vetoed: c.vetoed,
                keeps: provisions(scenario, c.text),
                drops: provisions(scenario, c.dropped),
                wins_over: members(scenario, c.won_over),
            })
            .collect(),
    })
}
