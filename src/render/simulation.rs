//! Simulation results: text and JSON (`schema_version` 1, `docs/json.md`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::model::Scenario;
use crate::render::json::JSON_SCHEMA_VERSION;
use crate::render::{Report, collect, prose};
use crate::sim::{Estimate, Method, Simulation};

/// A simulation of a scenario's vote.
#[derive(Clone, Copy, Debug)]
pub struct SimulationReport<'a> {
    /// The scenario simulated.
    pub scenario: &'a Scenario,
    /// The result.
    pub simulation: &'a Simulation,
}

impl Report for SimulationReport<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(simulation_json(self.scenario, self.simulation))
    }

    fn text(&self) -> Option<String> {
        Some(simulation_text(self.scenario, self.simulation))
    }
}

fn interval(e: &Estimate) -> String {
    e.ci95
        .map(|(lo, hi)| format!("  [{lo:.4}, {hi:.4}]"))
        .unwrap_or_default()
}

/// The simulation as text.
fn simulation_text(scenario: &Scenario, sim: &Simulation) -> String {
    collect(|out| {
        let heading = prose::draft_heading(&scenario.draft, " — ");
        writeln!(out, "Simulation: {heading}")?;
        match sim.method {
            Method::Exact if sim.independent => writeln!(
                out,
                "Method: exact — members vote independently; no sampling."
            )?,
            Method::Exact => writeln!(
                out,
                "Method: exact — aligned members vote as one; groups are independent; no sampling."
            )?,
            Method::MonteCarlo { trials, seed } => writeln!(
                out,
                "Method: Monte Carlo — {trials} trials, seed {seed} (ChaCha8); 95% Wilson intervals in brackets."
            )?,
        }
        writeln!(out)?;
        writeln!(
            out,
            "P(adopted)  {:.4}{}",
            sim.adopted.p,
            interval(&sim.adopted)
        )?;
        writeln!(
            out,
            "P(vetoed)   {:.4}{}",
            sim.vetoed.p,
            interval(&sim.vetoed)
        )?;
        writeln!(
            out,
            "P(failed)   {:.4}{}",
            sim.failed.p,
            interval(&sim.failed)
        )?;
        if !sim.veto_by.is_empty() {
            writeln!(out)?;
            writeln!(
                out,
                "Veto cast by (probability the draft is vetoed with this member among the blockers):"
            )?;
            for (member, e) in &sim.veto_by {
                writeln!(
                    out,
                    "  {:<36} {:.4}{}",
                    scenario.council.member(*member).name,
                    e.p,
                    interval(e)
                )?;
            }
        }
        writeln!(out)?;
        writeln!(
            out,
            "Decisive (probability the member's vote alone, changed, would flip adoption):"
        )?;
        let mut ranked: Vec<(usize, &Estimate)> = sim.decisive.iter().enumerate().collect();
        ranked.sort_by(|a, b| b.1.p.total_cmp(&a.1.p).then(a.0.cmp(&b.0)));
        for (member, e) in ranked.into_iter().filter(|(_, e)| e.p > 0.0) {
            writeln!(
                out,
                "  {:<36} {:.4}{}",
                scenario.council.member(member).name,
                e.p,
                interval(e)
            )?;
        }
        if !sim.tallies.is_empty() {
            writeln!(out)?;
            writeln!(out, "Most likely tallies (yes-no-abstain):")?;
            for (tally, e) in sim.tallies.iter().take(10) {
                writeln!(
                    out,
                    "  {:<16} {:.4}{}",
                    prose::short_tally(tally),
                    e.p,
                    interval(e)
                )?;
            }
        }
        Ok(())
    })
}

/// The JSON form of a simulation (`unsc simulate --format json`; `docs/json.md`).
#[derive(Serialize)]
struct SimulationJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// The scenario's id.
    id: &'a str,
    /// `exact` or `monte-carlo`.
    method: &'static str,
    /// Monte Carlo trials; `None` when exact.
    trials: Option<u64>,
    /// The Monte Carlo seed; `None` when exact.
    seed: Option<u64>,
    /// Whether every member votes independently (no alignment).
    independent: bool,
    /// P(adopted).
    p_adopted: f64,
    /// P(vetoed).
    p_vetoed: f64,
    /// P(failed).
    p_failed: f64,
    /// Veto-holder code → P(vetoed with it among the blockers).
    p_veto_by: BTreeMap<&'a str, f64>,
    /// Member code → P(its vote alone, changed, flips adoption).
    p_decisive: BTreeMap<&'a str, f64>,
    /// Wilson 95% intervals; `None` when exact.
    ci95: Option<Intervals<'a>>,
    /// The tallies, most likely first.
    tallies: Vec<TallyJson>,
}

/// Wilson 95% intervals `[low, high]` of a Monte Carlo run.
#[derive(Serialize)]
struct Intervals<'a> {
    /// Of P(adopted).
    adopted: (f64, f64),
    /// Of P(vetoed).
    vetoed: (f64, f64),
    /// Of P(failed).
    failed: (f64, f64),
    /// Of each veto-holder's P(vetoed with it among the blockers).
    veto_by: BTreeMap<&'a str, (f64, f64)>,
    /// Of each member's P(decisive).
    decisive: BTreeMap<&'a str, (f64, f64)>,
}

/// A tally and its probability (non-participation counts as absence).
#[derive(Serialize)]
struct TallyJson {
    /// Votes in favour.
    yes: usize,
    /// Votes against.
    no: usize,
    /// Abstentions.
    abstain: usize,
    /// Members absent.
    absent: usize,
    /// Its probability.
    p: f64,
    /// Its Wilson 95% interval; `None` when exact.
    ci95: Option<(f64, f64)>,
}

/// The simulation's JSON form.
fn simulation_json<'a>(scenario: &'a Scenario, sim: &Simulation) -> SimulationJson<'a> {
    let code = |m: usize| scenario.council.member(m).code.as_str();
    let (method, trials, seed) = match sim.method {
        Method::Exact => ("exact", None, None),
        Method::MonteCarlo { trials, seed } => ("monte-carlo", Some(trials), Some(seed)),
    };
    let ci95 = match (sim.adopted.ci95, sim.vetoed.ci95, sim.failed.ci95) {
        (Some(adopted), Some(vetoed), Some(failed)) => Some(Intervals {
            adopted,
            vetoed,
            failed,
            veto_by: sim
                .veto_by
                .iter()
                .filter_map(|(m, e)| Some((code(*m), e.ci95?)))
                .collect(),
            decisive: sim
                .decisive
                .iter()
                .enumerate()
                .filter_map(|(m, e)| Some((code(m), e.ci95?)))
                .collect(),
        }),
        _ => None,
    };
    SimulationJson {
        schema_version: JSON_SCHEMA_VERSION,
        id: &scenario.meta.id,
        method,
        trials,
        seed,
        independent: sim.independent,
        p_adopted: sim.adopted.p,
        p_vetoed: sim.vetoed.p,
        p_failed: sim.failed.p,
        p_veto_by: sim.veto_by.iter().map(|(m, e)| (code(*m), e.p)).collect(),
        p_decisive: sim
            .decisive
            .iter()
            .enumerate()
            .map(|(m, e)| (code(m), e.p))
            .collect(),
        ci95,
        tallies: sim
            .tallies
            .iter()
            .map(|(t, e)| TallyJson {
                yes: t.yes,
                no: t.no,
                abstain: t.abstain,
                absent: t.absent,
                p: e.p,
                ci95: e.ci95,
            })
            .collect(),
    }
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::SimulationReport;
    use crate::render::{Format, fixture, render};
    use crate::sim::{MethodChoice, simulate};

    #[test]
    fn exact_as_text_and_json() {
        let scenario = fixture::scenario();
        let simulation = simulate(&scenario, MethodChoice::Auto, 1, 1, &|_| {}).unwrap();
        let report = SimulationReport {
            scenario: &scenario,
            simulation: &simulation,
        };
        assert_data_eq!(
            render(&report, Format::Text).unwrap(),
            str![[r#"
Simulation: A draft
Method: exact — members vote independently; no sampling.

P(adopted)  0.0000
P(vetoed)   1.0000
P(failed)   0.0000

Veto cast by (probability the draft is vetoed with this member among the blockers):
  China                                0.0000
  France                               0.0000
  Russian Federation                   1.0000
  United Kingdom                       0.0000
  United States                        0.0000

Decisive (probability the member's vote alone, changed, would flip adoption):
  Russian Federation                   1.0000

Most likely tallies (yes-no-abstain):
  13-1-1           1.0000

"#]]
        );
        assert_data_eq!(
            render(&report, Format::Json).unwrap(),
            str![[r#"
{
  "schema_version": 1,
  "id": "test-veto",
  "method": "exact",
  "trials": null,
  "seed": null,
  "independent": true,
  "p_adopted": 0.0,
  "p_vetoed": 1.0,
  "p_failed": 0.0,
  "p_veto_by": {
    "CHN": 0.0,
    "FRA": 0.0,
    "GBR": 0.0,
    "RUS": 1.0,
    "USA": 0.0
  },
  "p_decisive": {
    "BHR": 0.0,
    "CHN": 0.0,
    "COD": 0.0,
    "COL": 0.0,
    "DNK": 0.0,
    "FRA": 0.0,
    "GBR": 0.0,
    "GRC": 0.0,
    "LBR": 0.0,
    "LVA": 0.0,
    "PAK": 0.0,
    "PAN": 0.0,
    "RUS": 1.0,
    "SOM": 0.0,
    "USA": 0.0
  },
  "ci95": null,
  "tallies": [
    {
      "yes": 13,
      "no": 1,
      "abstain": 1,
      "absent": 0,
      "p": 1.0,
      "ci95": null
    }
  ]
}

"#]]
        );
    }
}
