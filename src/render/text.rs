//! The plain-text report.

use std::fmt::Write as _;

use crate::engine::{Analysis, same_outcome};
use crate::model::{CouncilOrigin, QuestionKind, Vote};
use crate::render::prose;

/// Writes the whole report.
pub(crate) fn write_report(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    write_header(out, a)?;
    write_vote(out, a)?;
    write_rules(out, a)?;
    if prose::vote_taken(&a.resolution) {
        write_counterfactuals(out, a)?;
    }
    write_positions(out, a)?;
    write_record(out, a)
}

fn write_header(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    let s = a.scenario;
    let heading = prose::draft_heading(&s.draft, " — ");
    writeln!(out, "{heading}")?;
    let origin = match s.council_origin {
        CouncilOrigin::Roster(year) => format!("Council of {year}"),
        CouncilOrigin::Explicit => format!("{}-member Council", s.council.len()),
    };
    let custom = if s.rules.customised() {
        " (customised)"
    } else {
        ""
    };
    writeln!(
        out,
        "{} · {} · {origin} · rules: {}{}{custom}, {} question",
        s.meta.date,
        s.meta.status.as_str(),
        s.rules.preset,
        prose::modelled_threshold_note(&s.rules),
        s.rules.question.as_str()
    )?;
    if let Some(note) = prose::transition_note(s.meta.date) {
        writeln!(out, "{note}")?;
    }
    if !s.draft.penholders.is_empty() {
        writeln!(
            out,
            "Penholders: {}",
            prose::names(&s.council, s.draft.penholders).join(", ")
        )?;
    }
    writeln!(out)
}

fn write_vote(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    let council = &a.scenario.council;
    let r = &a.resolution;
    if !a.scenario.is_deterministic() {
        writeln!(out, "{}", prose::MOST_LIKELY_VOTES)?;
    }
    writeln!(out, "{}", prose::verdict(council, r))?;
    writeln!(out)?;
    if !prose::vote_taken(r) {
        writeln!(out, "{}", prose::NO_VOTE_TAKEN)?;
        return writeln!(out);
    }
    let question = a.scenario.rules.question;
    let label = if question == QuestionKind::Statement {
        "Positions"
    } else {
        "Vote"
    };
    writeln!(
        out,
        "{label}: {}.",
        prose::positions_sentence(council, question, &r.ballot)
    )?;
    if question == QuestionKind::Statement {
        let objected = r.ballot.cast(Vote::No);
        for (label, members) in [
            ("Objected", objected),
            ("Did not object", r.ballot.members().difference(objected)),
        ] {
            if !members.is_empty() {
                writeln!(
                    out,
                    "  {label}: {}",
                    prose::names(council, members).join(", ")
                )?;
            }
        }
        writeln!(out)?;
        return Ok(());
    }
    for vote in Vote::ALL {
        let members = r.ballot.cast(vote);
        if !members.is_empty() {
            let label = match vote {
                Vote::Yes => "In favour",
                Vote::No => "Against",
                Vote::Abstain => "Abstaining",
                Vote::Absent => "Absent",
                Vote::NotParticipating => "Not participating",
            };
            writeln!(
                out,
                "  {label}: {}",
                prose::names(council, members).join(", ")
            )?;
        }
    }
    writeln!(out)
}

fn write_rules(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    let r = &a.resolution;
    writeln!(out, "Why:")?;
    for (n, finding) in r.findings.iter().enumerate() {
        writeln!(
            out,
            "  {}. [{}] {}",
            n + 1,
            finding.rule.code(),
            finding.rule.citation()
        )?;
        writeln!(
            out,
            "     {}",
            prose::finding(&a.scenario.council, finding, r)
        )?;
    }
    writeln!(out)
}

fn write_counterfactuals(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    let council = &a.scenario.council;
    if a.explanation.decisive.is_empty() {
        writeln!(
            out,
            "Decisive members: none — no single member changing its vote would change the outcome."
        )?;
    } else {
        writeln!(out, "Decisive members:")?;
        for pivot in &a.explanation.decisive {
            writeln!(out, "  {}", prose::pivot(council, pivot, &a.scenario.rules))?;
        }
    }
    match &a.explanation.smallest_flip {
        Some(flip) => writeln!(
            out,
            "Smallest change that flips it ({} vote{}): {}.",
            flip.changes.len(),
            if flip.changes.len() == 1 { "" } else { "s" },
            prose::flip(council, flip, &a.scenario.rules)
        ),
        None => writeln!(
            out,
            "Smallest change that flips it: none — no change of votes could."
        ),
    }
}

fn write_positions(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    let s = a.scenario;
    let mut reasons = s
        .stances
        .iter()
        .enumerate()
        .filter(|(_, st)| st.reason.is_some())
        .peekable();
    if reasons.peek().is_none() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "Stated positions:")?;
    for (i, stance) in reasons {
        let source = stance
            .source
            .as_ref()
            .map(|s| format!(" [{s}]"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {} ({}): {}{source}",
            s.council.member(i).name,
            a.ballot.vote(i).map_or("?", Vote::as_str),
            stance.reason.as_deref().unwrap_or_default()
        )?;
    }
    Ok(())
}

fn write_record(out: &mut String, a: &Analysis<'_>) -> std::fmt::Result {
    let (Some(check), Some(record)) = (&a.record, &a.scenario.record) else {
        return Ok(());
    };
    let council = &a.scenario.council;
    writeln!(out)?;
    let verdict = if check.matches() {
        "matches"
    } else {
        "DOES NOT MATCH"
    };
    let resolution = record
        .resolution
        .as_deref()
        .map(|x| format!(", resolution {x}"))
        .unwrap_or_default();
    writeln!(
        out,
        "Record [{}]: {}{resolution} — computed {}: {verdict}.",
        record.source,
        prose::recorded_outcome(check.recorded),
        a.resolution.outcome.as_str()
    )?;
    match &check.recorded_tally {
        Some(recorded) if !check.tally_matches => writeln!(
            out,
            "  Recorded tally {}; computed {}.",
            prose::short_tally(recorded),
            prose::short_tally(&a.resolution.tally)
        )?,
        Some(_) => {}
        None => writeln!(out, "  {}", prose::NO_TALLY)?,
    }
    for mismatch in &check.vote_mismatches {
        writeln!(
            out,
            "  {}: recorded {}, modelled {}",
            council.member(mismatch.member).name,
            mismatch.recorded,
            mismatch.modelled
        )?;
    }
    if let Some(from_votes) = check.outcome_from_recorded_votes
        && !same_outcome(check.recorded, from_votes)
    {
        writeln!(
            out,
            "  The recorded votes themselves resolve to {} under these rules.",
            from_votes.as_str()
        )?;
    }
    Ok(())
}
