//! Briefings and feedback for the exercises. Both are the exercise's screen — `unsc
//! exercise` prints them and the classroom page shows them as they are (`<pre>`) — so each
//! writes its own compact terminal layout rather than a document. The feedback's JSON is the
//! web API's answer to an exercise (`docs/web.md`), which carries that text too.

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::Analysis;
use crate::model::{OutcomeKind, Scenario, Seat, Vote};
use crate::render::{JSON_SCHEMA_VERSION, Report, collect, prose};
use crate::teach::{
    CompromiseScore, Exercise, PenholderScore, PredictionScore, Scored, TASK_POINTS,
};

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
    writeln!(out, "{}", prose::rule_sentence(&s.council, &s.rules))?;
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

/// Feedback on an answer to an exercise (`teach::score`): the score, then what the engine
/// says — on a prediction the explanation of each miss, on a compromise what the student's
/// text and the best text would have got, on the penholder exercise who was won over and what
/// it did.
#[derive(Clone, Copy, Debug)]
pub struct Feedback<'a>(pub &'a Scored<'a>);

impl Report for Feedback<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(feedback_json(self.0))
    }

    fn text(&self) -> Option<String> {
        Some(feedback_text(self.0))
    }
}

fn feedback_text(scored: &Scored<'_>) -> String {
    match scored {
        Scored::Prediction { analysis, score } => prediction_feedback(analysis, score),
        Scored::Compromise { scenario, score } => compromise_feedback(scenario, score),
        Scored::Penholder { before, score } => penholder_feedback(before, score),
    }
}

/// An answer scored (`POST /api/scenarios/{id}/exercise`, `docs/web.md`).
#[derive(Serialize)]
struct FeedbackJson<'a> {
    /// [`JSON_SCHEMA_VERSION`].
    schema_version: u32,
    /// `predict`, `compromise` or `penholder`.
    mode: &'static str,
    /// Points earned.
    points: u32,
    /// Points possible.
    max: u32,
    /// The feedback as text, as `unsc exercise` prints it.
    feedback: String,
    /// (predict) Each member's prediction against its vote, in Council order.
    #[serde(skip_serializing_if = "Option::is_none")]
    members: Option<Vec<MemberJson<'a>>>,
    /// (predict) The outcome predicted and the outcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<OutcomeJson>,
}

/// One member's prediction against its vote.
#[derive(Serialize)]
struct MemberJson<'a> {
    /// The member's code.
    member: &'a str,
    /// The vote predicted, if any.
    predicted: Option<&'static str>,
    /// The vote (the most likely one for a probabilistic stance).
    actual: &'static str,
    /// Whether the prediction was right.
    correct: bool,
}

/// The outcome predicted against the outcome.
#[derive(Serialize)]
struct OutcomeJson {
    /// The outcome predicted, if any.
    predicted: Option<&'static str>,
    /// The outcome.
    actual: &'static str,
}

fn feedback_json<'a>(scored: &'a Scored<'a>) -> FeedbackJson<'a> {
    let (points, max, members, outcome) = match scored {
        Scored::Prediction { analysis, score } => {
            let council = &analysis.scenario.council;
            let members = (score.members.iter())
                .map(|m| MemberJson {
                    member: council.member(m.member).code.as_str(),
                    predicted: m.predicted.map(Vote::as_str),
                    actual: m.actual.as_str(),
                    correct: m.correct(),
                })
                .collect();
            let outcome = OutcomeJson {
                predicted: score.outcome_predicted.map(OutcomeKind::as_str),
                actual: score.outcome_actual.as_str(),
            };
            (score.points, score.max, Some(members), Some(outcome))
        }
        Scored::Compromise { score, .. } => (score.points, TASK_POINTS, None, None),
        Scored::Penholder { score, .. } => (score.points, TASK_POINTS, None, None),
    };
    FeedbackJson {
        schema_version: JSON_SCHEMA_VERSION,
        mode: scored.exercise().as_str(),
        points,
        max,
        feedback: feedback_text(scored),
        members,
        outcome,
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

fn penholder_feedback(before: &Analysis<'_>, score: &PenholderScore) -> String {
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
        let r = &score.after;
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

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::{Briefing, Feedback};
    use crate::render::{Format, Unsupported, fixture, render};
    use crate::teach::{self, Exercise};

    #[test]
    fn a_briefing_is_text_only() {
        let scenario = fixture::scenario();
        let briefing = Briefing {
            scenario: &scenario,
            exercise: Exercise::Predict,
        };
        assert_data_eq!(
            render(&briefing, Format::Text).unwrap(),
            str![[r#"
A draft
2026-03-15
Penholders: France

Provisions of the draft:
  mandate                                  Renew the mandate
  sanctions                                Impose sanctions

The rule: 9 affirmative votes of 15 needed (substantive question); veto: China, France, Russian Federation, United Kingdom, United States.

The Council, and what members said:
  CHN China                              permanent
  FRA France                             permanent
  RUS Russian Federation                 permanent — "Sanctions do not help."
  GBR United Kingdom                     permanent
  USA United States                      permanent
  BHR Bahrain                            elected
  COL Colombia                           elected
  COD Democratic Republic of the Congo   elected
  DNK Denmark                            elected
  GRC Greece                             elected
  LVA Latvia                             elected
  LBR Liberia                            elected
  PAK Pakistan                           elected
  PAN Panama                             elected
  SOM Somalia                            elected

Your task: predict each member's vote (yes, no, abstain, absent — or y, n, a, x) and the outcome
(adopted, vetoed or failed). Answers are lines such as `RUS = no` and `outcome = vetoed`.

"#]]
        );
        assert_eq!(
            render(&briefing, Format::Json),
            Err(Unsupported {
                format: Format::Json
            })
        );
    }

    #[test]
    fn feedback_on_a_prediction() {
        let scenario = fixture::scenario();
        let answers = "CHN = a\nFRA = y\nRUS = yes\nGBR = n\noutcome = vetoed";
        let answers = teach::parse("answers", &scenario, answers).unwrap();
        let scored = teach::score(&scenario, Exercise::Predict, &answers).unwrap();
        let feedback = Feedback(&scored);
        assert_data_eq!(
            render(&feedback, Format::Text).unwrap(),
            str![[r#"
Score: 5 of 18

Member                             You       Vote     
China                              abstain   abstain   ✓
France                             yes       yes       ✓
Russian Federation                 yes       no        ✗
United Kingdom                     no        yes       ✗
United States                      —         yes       ✗
Bahrain                            —         yes       ✗
Colombia                           —         yes       ✗
Democratic Republic of the Congo   —         yes       ✗
Denmark                            —         yes       ✗
Greece                             —         yes       ✗
Latvia                             —         yes       ✗
Liberia                            —         yes       ✗
Pakistan                           —         yes       ✗
Panama                             —         yes       ✗
Somalia                            —         yes       ✗
Outcome                            vetoed    vetoed    ✓

Your misses:
  The Russian Federation: you said yes; it voted no. It said: "Sanctions do not help."
  The United Kingdom: you said no; it voted yes.
  The United States: you gave no answer; it voted yes.
  Bahrain: you gave no answer; it voted yes.
  Colombia: you gave no answer; it voted yes.
  The Democratic Republic of the Congo: you gave no answer; it voted yes.
  Denmark: you gave no answer; it voted yes.
  Greece: you gave no answer; it voted yes.
  Latvia: you gave no answer; it voted yes.
  Liberia: you gave no answer; it voted yes.
  Pakistan: you gave no answer; it voted yes.
  Panama: you gave no answer; it voted yes.
  Somalia: you gave no answer; it voted yes.

NOT ADOPTED — VETOED by Russian Federation. 13 in favour to 1 against (Russian Federation), with 1 abstention (China).
Why:
  [substantive-majority] 13 affirmative votes; 9 required — met.
  [permanent-member-veto] The Russian Federation, a permanent member, voted against — the draft is vetoed.
  [abstention-is-not-veto] China abstained — the abstention of a permanent member is not a veto.
  [veto-initiative] Because the Russian Federation cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation.
The smallest change that flips it: had the Russian Federation abstained, the draft would have been adopted 13-0-2.

"#]]
        );
    }

    #[test]
    fn feedback_on_a_compromise() {
        let scenario = fixture::scenario();
        let answers = teach::parse("answers", &scenario, "drop = mandate").unwrap();
        let scored = teach::score(&scenario, Exercise::Compromise, &answers).unwrap();
        let feedback = Feedback(&scored);
        assert_data_eq!(
            render(&feedback, Format::Text).unwrap(),
            str![[r#"
Score: 0 of 10

You dropped mandate: P(adopted) = 0.0000 (as drafted: 0.0000).
The best text drops sanctions: P(adopted) = 1.0000.
These follow the scenario's model of each member's position on each provision — hypothetical, not the record.

"#]]
        );
        // The JSON carries the text; snapbox would show its line breaks as `/n`, so apart.
        let mut json: serde_json::Value =
            serde_json::from_str(&render(&feedback, Format::Json).unwrap()).unwrap();
        let text = json.as_object_mut().unwrap().remove("feedback").unwrap();
        assert_eq!(
            Some(text),
            render(&feedback, Format::Text).ok().map(Into::into)
        );
        assert_data_eq!(
            serde_json::to_string_pretty(&json).unwrap(),
            str![[r#"
{
  "max": 10,
  "mode": "compromise",
  "points": 0,
  "schema_version": 1
}
"#]]
        );
    }

    #[test]
    fn feedback_on_the_penholder_exercise() {
        let scenario = fixture::scenario();
        let answers = teach::parse("answers", &scenario, "win = RUS").unwrap();
        let scored = teach::score(&scenario, Exercise::Penholder, &answers).unwrap();
        let feedback = Feedback(&scored);
        assert_data_eq!(
            render(&feedback, Format::Text).unwrap(),
            str![[r#"
Score: 10 of 10

You won over: Russian Federation.
Result: ADOPTED. 14 in favour to none against, with 1 abstention (China).
The fewest changes that would have done it (1): had the Russian Federation abstained, the draft would have been adopted 13-0-2.

"#]]
        );
    }
}
