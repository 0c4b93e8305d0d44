//! Briefings and feedback for the exercises: text only. Both are the exercise's screen —
//! `unsc exercise` prints them and the classroom page shows them as they are (`<pre>`) — so
//! each writes its own compact terminal layout rather than a document, and neither has a
//! JSON form (the web API's exercise answer carries the feedback's text; `docs/web.md`).

use std::fmt::Write as _;

use crate::engine::Analysis;
use crate::model::{Scenario, Seat, Vote};
use crate::render::{Report, collect, prose};
use crate::teach::{CompromiseScore, PenholderScore, PredictionScore, TASK_POINTS};

/// Which exercise a briefing is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exercise {
    /// Predict each vote and the outcome.
    Predict,
    /// Choose provisions to drop so the text passes.
    Compromise,
    /// Choose members to win over so the text passes.
    Penholder,
}

fn write_context(out: &mut String, s: &Scenario) -> std::fmt::Result {
    let heading = prose::draft_heading(&s.draft, " — ");
    writeln!(out, "{heading}")?;
    writeln!(out, "{}", s.meta.date)?;
    if !s.draft.penholders.is_empty() {
        writeln!(
            out,
            "Penholders: {}",
            prose::names(&s.council, s.draft.penholders).join(", ")
        )?;
    }
    if !s.draft.provisions.is_empty() {
        writeln!(out)?;
        writeln!(out, "Provisions of the draft:")?;
        for p in &s.draft.provisions {
            writeln!(out, "  {:<40} {}", p.id, p.text)?;
        }
    }
    writeln!(out)?;
    let veto: Vec<String> = prose::names(&s.council, s.rules.veto_holders);
    writeln!(
        out,
        "The rule: {} affirmative votes of {} needed ({} question){}.",
        s.rules.threshold,
        s.council.len(),
        s.rules.question.as_str(),
        if veto.is_empty() {
            String::new()
        } else {
            format!("; veto: {}", veto.join(", "))
        }
    )?;
    writeln!(out)?;
    writeln!(out, "The Council, and what members said:")?;
    for (i, member) in s.council.members().iter().enumerate() {
        let seat = if member.seat == Seat::Permanent {
            "permanent"
        } else {
            "elected"
        };
        let said = s.stances[i]
            .reason
            .as_deref()
            .map(|r| format!(" — \"{r}\""))
            .unwrap_or_default();
        writeln!(out, "  {} {:<34} {seat}{said}", member.code, member.name)?;
    }
    Ok(())
}

/// An exercise's briefing: the draft and the Council, with the votes and outcome held back —
/// and the scenario's title too, which often names the result.
#[derive(Clone, Copy, Debug)]
pub struct Briefing<'a> {
    /// The scenario of the exercise.
    pub scenario: &'a Scenario,
    /// Which exercise.
    pub exercise: Exercise,
}

impl Report for Briefing<'_> {
    fn text(&self) -> Option<String> {
        Some(briefing(self.scenario, self.exercise))
    }
}

/// Feedback on an answer to an exercise: the score, then what the engine says.
#[derive(Clone, Copy, Debug)]
pub enum Feedback<'a> {
    /// On a prediction: the score, then the engine's explanation of each miss.
    Prediction {
        /// The scenario's analysis.
        analysis: &'a Analysis<'a>,
        /// The prediction's score.
        score: &'a PredictionScore,
    },
    /// On a compromise: what the student's text and the best text would have got.
    Compromise {
        /// The scenario.
        scenario: &'a Scenario,
        /// The compromise's score.
        score: &'a CompromiseScore,
    },
    /// On the penholder exercise: who was won over, and what it did.
    Penholder {
        /// The scenario's analysis, as drafted.
        before: &'a Analysis<'a>,
        /// The score, with the analysis after winning the members over.
        score: &'a PenholderScore<'a>,
    },
}

impl Report for Feedback<'_> {
    fn text(&self) -> Option<String> {
        Some(match *self {
            Self::Prediction { analysis, score } => prediction_feedback(analysis, score),
            Self::Compromise { scenario, score } => compromise_feedback(scenario, score),
            Self::Penholder { before, score } => penholder_feedback(before, score),
        })
    }
}

fn briefing(scenario: &Scenario, exercise: Exercise) -> String {
    collect(|out| {
        write_context(out, scenario)?;
        writeln!(out)?;
        match exercise {
            Exercise::Predict => writeln!(
                out,
                "Your task: predict each member's vote (yes, no, abstain, absent — or y, n, a, x) and the outcome\n(adopted, vetoed or failed). Answers are lines such as `RUS = no` and `outcome = vetoed`."
            ),
            Exercise::Compromise => writeln!(
                out,
                "Your task: as penholder, drop the fewest provisions so that the text is adopted.\nAnswers are lines such as `drop = extend-panel-of-experts` (none for the text as it is)."
            ),
            Exercise::Penholder => writeln!(
                out,
                "Your task: as penholder, win over the fewest members (they will vote yes) so that the text is adopted.\nAnswers are lines such as `win = RUS`."
            ),
        }
    })
}

fn prediction_feedback(analysis: &Analysis<'_>, score: &PredictionScore) -> String {
    collect(|out| {
        let s = analysis.scenario;
        let council = &s.council;
        writeln!(out, "Score: {} of {}", score.points, score.max)?;
        writeln!(out)?;
        writeln!(out, "{:<34} {:<9} {:<9}", "Member", "You", "Vote")?;
        for m in &score.members {
            let you = m.predicted.map_or("—", Vote::as_str);
            let mark = if m.correct() { "✓" } else { "✗" };
            writeln!(
                out,
                "{:<34} {you:<9} {:<9} {mark}",
                council.member(m.member).name,
                m.actual.as_str()
            )?;
        }
        let r = &analysis.resolution;
        let verdict = prose::verdict(council, r);
        let you = score.outcome_predicted.map_or("—", |o| o.as_str());
        let mark = if score.outcome_predicted == Some(score.outcome_actual) {
            "✓"
        } else {
            "✗"
        };
        writeln!(
            out,
            "{:<34} {you:<9} {:<9} {mark}",
            "Outcome",
            score.outcome_actual.as_str()
        )?;
        let misses: Vec<_> = score.members.iter().filter(|m| !m.correct()).collect();
        if !misses.is_empty() {
            writeln!(out)?;
            writeln!(out, "Your misses:")?;
            for m in misses {
                let name = prose::in_sentence(&council.member(m.member).name);
                let predicted = m
                    .predicted
                    .map_or_else(|| "gave no answer".to_owned(), |v| format!("said {v}"));
                let said = s.stances[m.member]
                    .reason
                    .as_deref()
                    .map(|r| format!(" It said: \"{r}\""))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "  {}: you {predicted}; it voted {}.{said}",
                    prose::capitalised(&name),
                    m.actual
                )?;
            }
        }
        writeln!(out)?;
        writeln!(
            out,
            "{verdict}. {}.",
            prose::tally_sentence(council, &r.ballot)
        )?;
        writeln!(out, "Why:")?;
        for finding in &r.findings {
            writeln!(
                out,
                "  [{}] {}",
                finding.rule.code(),
                prose::finding(council, finding, r)
            )?;
        }
        if let Some(flip) = &analysis.explanation.smallest_flip {
            writeln!(
                out,
                "The smallest change that flips it: {}.",
                prose::flip(council, flip, &analysis.scenario.rules)
            )?;
        }
        Ok(())
    })
}

fn compromise_feedback(scenario: &Scenario, score: &CompromiseScore) -> String {
    collect(|out| {
        let ids = |set: crate::model::ProvisionSet| -> String {
            let ids: Vec<&str> = set
                .iter()
                .map(|p| scenario.draft.provisions[p].id.as_str())
                .collect();
            if ids.is_empty() {
                "nothing".to_owned()
            } else {
                ids.join(", ")
            }
        };
        writeln!(out, "Score: {} of {TASK_POINTS}", score.points)?;
        writeln!(out)?;
        writeln!(
            out,
            "You dropped {}: P(adopted) = {:.4} (as drafted: {:.4}).",
            ids(score.dropped),
            score.adopted,
            score.baseline
        )?;
        writeln!(
            out,
            "The best text drops {}: P(adopted) = {:.4}.",
            ids(score.best.dropped),
            score.best.adopted
        )?;
        writeln!(
            out,
            "These follow the scenario's model of each member's position on each provision — hypothetical, not the record."
        )?;
        Ok(())
    })
}

fn penholder_feedback(before: &Analysis<'_>, score: &PenholderScore<'_>) -> String {
    collect(|out| {
        let council = &before.scenario.council;
        writeln!(out, "Score: {} of {TASK_POINTS}", score.points)?;
        writeln!(out)?;
        let won = prose::names(council, score.won);
        writeln!(
            out,
            "You won over: {}.",
            if won.is_empty() {
                "no one".to_owned()
            } else {
                won.join(", ")
            }
        )?;
        let r = &score.after.resolution;
        writeln!(
            out,
            "Result: {}. {}.",
            prose::verdict(council, r),
            prose::tally_sentence(council, &r.ballot)
        )?;
        match (
            &before.explanation.smallest_flip,
            before.resolution.outcome.is_adopted(),
        ) {
            (_, true) => writeln!(
                out,
                "The text passed as drafted: there was no one to win over."
            )?,
            (Some(flip), false) => writeln!(
                out,
                "The fewest changes that would have done it ({}): {}.",
                flip.changes.len(),
                prose::flip(council, flip, &before.scenario.rules)
            )?,
            (None, false) => writeln!(out, "No change of votes could have passed this text.")?,
        }
        Ok(())
    })
}
