//! Compromise search results: text and JSON.

use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{MemberSet, ProvisionSet, Scenario};
use crate::render::json::JSON_SCHEMA_VERSION;
use crate::render::{Report, collect, prose};
use crate::sim::CompromiseReport;

/// The compromises found for a scenario's draft.
#[derive(Clone, Copy, Debug)]
pub struct CompromiseSearch<'a> {
    /// The scenario searched.
    pub scenario: &'a Scenario,
    /// What the search found.
    pub report: &'a CompromiseReport,
}

impl Report for CompromiseSearch<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(compromise_json(self.scenario, self.report))
    }

    fn text(&self) -> Option<String> {
        Some(compromise_text(self.scenario, self.report))
    }
}

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
fn compromise_text(scenario: &Scenario, report: &CompromiseReport) -> String {
    collect(|out| {
        let heading = prose::draft_heading(&scenario.draft, " — ");
        writeln!(out, "Compromise search: {heading}")?;
        let mut scope = if report.exhaustive {
            "every combination of droppable provisions".to_owned()
        } else {
            "bounded: at most two provisions dropped".to_owned()
        };
        if report.win_over > 0 {
            let _ = write!(
                scope,
                ", and each with every choice of up to {} won over",
                prose::plural(report.win_over, "member", "members")
            );
        }
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

/// The JSON form of a compromise search (`unsc compromise --format json`; `docs/json.md`).
#[derive(Serialize)]
struct CompromiseJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// The scenario's id.
    id: &'a str,
    /// P(adopted) of the text as drafted.
    baseline_p_adopted: f64,
    /// Candidate texts (times member sets) evaluated.
    evaluated: u64,
    /// Whether every subset of droppable provisions was tried.
    exhaustive: bool,
    /// The candidates, best first.
    candidates: Vec<CandidateJson<'a>>,
}

/// One candidate compromise.
#[derive(Serialize)]
struct CandidateJson<'a> {
    /// P(adopted) of the candidate.
    p_adopted: f64,
    /// P(vetoed) of the candidate.
    p_vetoed: f64,
    /// The ids of the provisions kept.
    keeps: Vec<&'a str>,
    /// The ids of the provisions dropped.
    drops: Vec<&'a str>,
    /// The codes of the members won over.
    wins_over: Vec<&'a str>,
}

/// The search's JSON form.
fn compromise_json<'a>(scenario: &'a Scenario, report: &CompromiseReport) -> CompromiseJson<'a> {
    CompromiseJson {
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
    }
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::CompromiseSearch;
    use crate::model::ProvisionSet;
    use crate::render::{Format, fixture, render};
    use crate::sim::{CompromiseOptions, compromise};

    #[test]
    fn dropping_the_sanctions_as_text_and_json() {
        let scenario = fixture::scenario();
        let options = CompromiseOptions {
            keep: ProvisionSet::EMPTY,
            win_over: 0,
            top: 3,
        };
        let report = compromise(&scenario, options).unwrap();
        let search = CompromiseSearch {
            scenario: &scenario,
            report: &report,
        };
        assert_data_eq!(
            render(&search, Format::Text).unwrap(),
            str![[r#"
Compromise search: A draft
Exact probabilities; 3 candidate texts evaluated (every combination of droppable provisions).
The text as drafted: P(adopted) = 0.0000
Candidates are hypothetical: they follow the scenario's stance model, not the record.

 #  P(adopted)  P(vetoed)  gives up / wins over
 1  1.0000      0.0000     drops sanctions
 2  0.0000      1.0000     drops nothing
 3  0.0000      1.0000     drops mandate

"#]]
        );
        assert_data_eq!(
            render(&search, Format::Json).unwrap(),
            str![[r#"
{
  "schema_version": 1,
  "id": "test-veto",
  "baseline_p_adopted": 0.0,
  "evaluated": 3,
  "exhaustive": true,
  "candidates": [
    {
      "p_adopted": 1.0,
      "p_vetoed": 0.0,
      "keeps": [
        "mandate"
      ],
      "drops": [
        "sanctions"
      ],
      "wins_over": []
    },
    {
      "p_adopted": 0.0,
      "p_vetoed": 1.0,
      "keeps": [
        "mandate",
        "sanctions"
      ],
      "drops": [],
      "wins_over": []
    },
    {
      "p_adopted": 0.0,
      "p_vetoed": 1.0,
      "keeps": [
        "sanctions"
      ],
      "drops": [
        "mandate"
      ],
      "wins_over": []
    }
  ]
}

"#]]
        );
    }
}
