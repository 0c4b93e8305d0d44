//! The Markdown report, for notes and class handouts.

use std::fmt::Write as _;

use crate::engine::Analysis;
use crate::model::{Scenario, Vote};
use crate::render::prose;

/// Writes the whole report.
pub(crate) fn write_report(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    let s = a.scenario;
    let council = &s.council;
    let r = &a.resolution;
    let heading = prose::draft_heading(&s.draft, ": ");
    writeln!(out, "# {heading}")?;
    writeln!(out)?;
    writeln!(
        out,
        "*{} · {} · rules: {}{}, {} question*",
        s.meta.date,
        s.meta.status.as_str(),
        s.rules.preset,
        prose::modelled_threshold_note(&s.rules),
        s.rules.question.as_str()
    )?;
    writeln!(out)?;
    write_notes(out, s)?;
    writeln!(out, "**{}**", prose::verdict(council, r))?;
    writeln!(out)?;
    writeln!(
        out,
        "{}.",
        prose::positions_sentence(council, s.rules.question, &r.ballot)
    )?;
    writeln!(out)?;
    writeln!(out, "## Why")?;
    writeln!(out)?;
    for (n, finding) in r.findings.iter().enumerate() {
        writeln!(
            out,
            "{}. `{}` ({}): {}",
            n + 1,
            finding.rule.code(),
            finding.rule.citation(),
            prose::finding(council, finding, r)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "## What would have changed it")?;
    writeln!(out)?;
    if a.explanation.decisive.is_empty() {
        writeln!(out, "- No single member was decisive.")?;
    }
    for pivot in &a.explanation.decisive {
        writeln!(out, "- {}", prose::pivot(council, pivot, &a.scenario.rules))?;
    }
    match &a.explanation.smallest_flip {
        Some(flip) => writeln!(
            out,
            "- Smallest change: {}.",
            prose::flip(council, flip, &s.rules)
        )?,
        None => writeln!(out, "- No change of votes could flip the outcome.")?,
    }
    writeln!(out)?;
    writeln!(out, "## Votes")?;
    writeln!(out)?;
    writeln!(out, "| Member | Seat | Vote | Stated reason |")?;
    writeln!(out, "| --- | --- | --- | --- |")?;
    for (i, member) in council.members().iter().enumerate() {
        let stance = &s.stances[i];
        let reason = match (&stance.reason, &stance.source) {
            (Some(reason), Some(source)) => format!("{reason} ({source})"),
            (Some(reason), None) => reason.clone(),
            _ => String::new(),
        };
        let vote = r.ballot.vote(i).map(Vote::as_str).unwrap_or_default();
        writeln!(
            out,
            "| {} | {} | {vote} | {} |",
            member.name,
            member.seat.as_str(),
            reason.replace('|', "\\|")
        )?;
    }
    if let Some(check) = &a.record {
        writeln!(out)?;
        let verdict = if check.matches() {
            "matches the record"
        } else {
            "does **not** match the record"
        };
        writeln!(
            out,
            "Recorded outcome: {}; the computed result {verdict}.",
            prose::recorded_outcome(check.recorded)
        )?;
    }
    Ok(())
}

/// The notes before the result: the 1965 transition, and uncertain votes.
fn write_notes(out: &mut String, s: &Scenario) -> std::fmt::Result {
    if let Some(note) = prose::transition_note(s.meta.date) {
        writeln!(out, "{note}")?;
        writeln!(out)?;
    }
    if !s.is_deterministic() {
        writeln!(out, "*{}*", prose::MOST_LIKELY_VOTES)?;
        writeln!(out)?;
    }
    Ok(())
}
