//! Simulation results: text and JSON (`schema_version` 1, `docs/json.md`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::model::Scenario;
use crate::render::json::JSON_SCHEMA_VERSION;
use crate::render::{collect, prose};
use crate::sim::{Estimate, Method, Simulation};

fn interval(e: &Estimate) -> String {
    e.ci95
        .map(|(lo, hi)| format!("  [{lo:.4}, {hi:.4}]"))
        .unwrap_or_default()
}

/// The simulation as text.
#[must_use]
pub fn simulation_text(scenario: &Scenario, sim: &Simulation) -> String {
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

#[derive(Serialize)]
struct SimulationJson<'a> {
    schema_version: u32,
    id: &'a str,
    method: &'static str,
    trials: Option<u64>,
    seed: Option<u64>,
    independent: bool,
    p_adopted: f64,
    p_vetoed: f64,
    p_failed: f64,
    p_veto_by: BTreeMap<&'a str, f64>,
    p_decisive: BTreeMap<&'a str, f64>,
    ci95: Option<Intervals<'a>>,
    tallies: Vec<TallyJson>,
}

#[derive(Serialize)]
struct Intervals<'a> {
    adopted: (f64, f64),
    vetoed: (f64, f64),
    failed: (f64, f64),
    veto_by: BTreeMap<&'a str, (f64, f64)>,
    decisive: BTreeMap<&'a str, (f64, f64)>,
}

#[derive(Serialize)]
struct TallyJson {
    yes: usize,
    no: usize,
    abstain: usize,
    absent: usize,
    p: f64,
    ci95: Option<(f64, f64)>,
}

/// The simulation as JSON.
#[must_use]
pub fn simulation_json(scenario: &Scenario, sim: &Simulation) -> String {
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
    let report = SimulationJson {
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
    };
    super::json::pretty(&report)
}
