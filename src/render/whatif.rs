//! What-if comparisons: baseline and variant side by side, as text or JSON.

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::{Analysis, Finding};
use crate::model::{PresidentRuling, QuestionKind, Scenario};
use crate::render::json::{AnalysisJson, JSON_SCHEMA_VERSION, analysis_json};
use crate::render::{collect, prose};
use crate::sim::Comparison;

fn outcome_line(a: &Analysis<'_>) -> String {
    let r = &a.resolution;
    prose::verdict(&a.scenario.council, r)
}

/// Said in a column for a side that took no vote: an unchallenged ruling (rule 30).
const NO_VOTE: &str = "no vote taken";

fn tally_line(a: &Analysis<'_>) -> String {
    if prose::vote_taken(&a.resolution) {
        prose::short_tally(&a.resolution.tally)
    } else {
        NO_VOTE.to_owned()
    }
}

fn decisive_line(a: &Analysis<'_>) -> String {
    if !prose::vote_taken(&a.resolution) {
        return format!("none ({NO_VOTE})");
    }
    let names: Vec<String> = a
        .explanation
        .decisive
        .iter()
        .map(|p| a.scenario.council.member(p.member).name.clone())
        .collect();
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

/// The rules row: preset and threshold, blocking switches, whether the rules are customised —
/// which they are when another state holds a veto-holder's seat of `baseline` — and the
/// parties to the dispute, by name.
fn rules_line(s: &Scenario, baseline: &Scenario) -> String {
    let parties = s.rules.dispute_parties;
    let parties = if parties.is_empty() {
        String::new()
    } else {
        format!(
            ", dispute parties: {}",
            prose::names(&s.council, parties).join(", ")
        )
    };
    if s.rules.question == QuestionKind::Statement {
        return format!("consensus (no objection{parties})");
    }
    let mut line = format!("{} ({} votes", s.rules.preset, s.rules.threshold);
    if s.rules.abstention_blocks {
        line.push_str(", abstention blocks");
    }
    if s.rules.absence_blocks {
        line.push_str(", absence blocks");
    }
    let veto_seat_changed = s.rules.veto_holders.iter().any(|i| {
        baseline.council.members().get(i).map(|m| m.code) != Some(s.council.member(i).code)
    });
    if s.rules.customised() || veto_seat_changed {
        line.push_str(", customised");
    }
    line.push_str(&parties);
    line.push(')');
    line
}

/// The ruling row, on a preliminary question: the President's ruling and whether it was
/// challenged, or that the Council voted on the question itself.
fn ruling_line(s: &Scenario) -> String {
    match s.rules.ruling {
        Some(PresidentRuling {
            ruling,
            challenge: Some(_),
        }) => format!("{ruling}, challenged"),
        Some(PresidentRuling {
            ruling,
            challenge: None,
        }) => format!("{ruling}, not challenged"),
        None => "none: the Council voted on the question".to_owned(),
    }
}

fn finding_line(a: &Analysis<'_>, f: &Finding) -> String {
    let r = &a.resolution;
    format!(
        "[{}] {}",
        f.rule.code(),
        prose::finding(&a.scenario.council, f, r)
    )
}

/// The table of outcome, tally, rules, ruling and decisive members, side by side.
fn write_table(out: &mut String, base: &Analysis<'_>, var: &Analysis<'_>) -> std::fmt::Result {
    let mut rows = vec![
        ("Outcome", outcome_line(base), outcome_line(var)),
        ("Tally", tally_line(base), tally_line(var)),
        (
            "Rules",
            rules_line(base.scenario, base.scenario),
            rules_line(var.scenario, base.scenario),
        ),
    ];
    if base.scenario.rules.ruling.is_some() || var.scenario.rules.ruling.is_some() {
        rows.push((
            "Ruling",
            ruling_line(base.scenario),
            ruling_line(var.scenario),
        ));
    }
    rows.push(("Decisive", decisive_line(base), decisive_line(var)));
    // At least three spaces between the columns.
    let width = rows
        .iter()
        .map(|(_, left, _)| left.chars().count() + 2)
        .fold(44, usize::max);
    writeln!(out, "{:<10} {:<width$} What-if", "", "Baseline")?;
    for (label, left, right) in rows {
        writeln!(out, "{label:<10} {left:<width$} {right}")?;
    }
    Ok(())
}

/// Said after the changed votes when neither side took a vote.
const UNCOUNTED: &str = "No vote was taken in either: the President's ruling was not challenged, so it stands without a vote (rule 30), and the changed votes change nothing.";

/// The comparison as text.
pub(crate) fn comparison_text(c: &Comparison<'_>, label: &str) -> String {
    collect(|out| {
        let (base, var) = (&c.baseline, &c.variant);
        let council = &base.scenario.council;
        writeln!(out, "What-if: {label}")?;
        writeln!(out, "{}", prose::draft_heading(&base.scenario.draft, " — "))?;
        writeln!(out, "The what-if is HYPOTHETICAL: it is not the record.")?;
        writeln!(out)?;
        write_table(out, base, var)?;
        writeln!(out)?;
        let replaced: Vec<String> = (0..council.len())
            .filter(|&i| council.member(i).code != var.scenario.council.member(i).code)
            .map(|i| {
                format!(
                    "{}'s seat is held by {}",
                    council.member(i).name,
                    var.scenario.council.member(i).name
                )
            })
            .collect();
        if !replaced.is_empty() {
            writeln!(out, "Seats: {}.", replaced.join("; "))?;
        }
        if c.changed.is_empty() {
            writeln!(out, "Changed votes: none")?;
        } else {
            writeln!(out, "Changed votes:")?;
            for change in &c.changed {
                writeln!(
                    out,
                    "  {}: {} → {}",
                    var.scenario.council.member(change.member).name,
                    change.from,
                    change.to
                )?;
            }
        }
        let no_vote = |a: &Analysis<'_>| !prose::vote_taken(&a.resolution);
        if no_vote(base) && no_vote(var) && !c.changed.is_empty() {
            writeln!(out, "{UNCOUNTED}")?;
        }
        if !c.dropped.is_empty() {
            writeln!(out, "Dropped provisions:")?;
            for p in c.dropped.iter() {
                let provision = &base.scenario.draft.provisions[p];
                writeln!(out, "  {} — {}", provision.id, provision.text)?;
            }
        }
        writeln!(out)?;
        let only_base: Vec<&Finding> = base
            .resolution
            .findings
            .iter()
            .filter(|f| !var.resolution.findings.contains(f))
            .collect();
        let only_var: Vec<&Finding> = var
            .resolution
            .findings
            .iter()
            .filter(|f| !base.resolution.findings.contains(f))
            .collect();
        if only_base.is_empty() && only_var.is_empty() {
            writeln!(out, "Why: the same rules decide both, the same way.")?;
        } else {
            writeln!(out, "Why the result differs:")?;
            for f in only_base {
                writeln!(out, "  baseline  {}", finding_line(base, f))?;
            }
            for f in only_var {
                writeln!(out, "  what-if   {}", finding_line(var, f))?;
            }
        }
        if let Some(flip) = &var.explanation.smallest_flip {
            writeln!(out)?;
            writeln!(
                out,
                "In the what-if, the smallest change that flips it: {}.",
                prose::flip(&var.scenario.council, flip, &var.scenario.rules)
            )?;
        }
        Ok(())
    })
}

/// The JSON form of a comparison (`unsc whatif --format json`; `docs/json.md`).
#[derive(Serialize)]
pub(crate) struct ComparisonJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// What the what-if changes, in words.
    label: &'a str,
    /// The analysis of the scenario as written.
    baseline: AnalysisJson<'a>,
    /// The analysis of the what-if.
    variant: AnalysisJson<'a>,
    /// The seats whose (most likely) vote differs.
    changed: Vec<ChangedJson<'a>>,
    /// The ids of the provisions dropped from the text.
    dropped: Vec<&'a str>,
}

/// A seat whose vote the what-if changes.
#[derive(Serialize)]
struct ChangedJson<'a> {
    /// The code of the seat's holder in the what-if.
    member: &'a str,
    /// Its vote in the scenario.
    from: &'static str,
    /// Its vote in the what-if.
    to: &'static str,
}

/// The comparison's JSON form.
pub(crate) fn comparison_json<'a>(c: &'a Comparison<'_>, label: &'a str) -> ComparisonJson<'a> {
    let scenario = c.baseline.scenario;
    ComparisonJson {
        schema_version: JSON_SCHEMA_VERSION,
        label,
        baseline: analysis_json(&c.baseline),
        variant: analysis_json(&c.variant),
        changed: c
            .changed
            .iter()
            .map(|ch| ChangedJson {
                member: c.variant.scenario.council.member(ch.member).code.as_str(),
                from: ch.from.as_str(),
                to: ch.to.as_str(),
            })
            .collect(),
        dropped: c
            .dropped
            .iter()
            .map(|p| scenario.draft.provisions[p].id.as_str())
            .collect(),
    }
}
