//! A resolved scenario ([`Analysis`]): text (`text.rs`), JSON (`json.rs`), and the document
//! written as Markdown for notes and class handouts.

use crate::engine::Analysis;
use crate::model::{Scenario, Vote};
use crate::render::document::{Block, Document};
use serde::Serialize;

use crate::render::json::{AnalysisJson, analysis_json};
use crate::render::{Report, collect, prose, text};

impl Report for Analysis<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(analysis_json(self))
    }

    fn text(&self) -> Option<String> {
        Some(collect(|out| text::write_report(out, self)))
    }

    fn document(&self) -> Option<Document> {
        Some(document(self))
    }
}

/// An analysis with the sentences its text report writes, for a page that redraws them:
/// `{ "run": <the run object>, "sentences": … }` (`docs/web.md`).
#[derive(Clone, Copy, Debug)]
pub struct Explained<'a>(pub &'a Analysis<'a>);

/// The sentences of an analysis's text report.
#[derive(Serialize)]
struct SentencesJson {
    /// The verdict, e.g. "NOT ADOPTED — VETOED by Russian Federation".
    verdict: String,
    /// Each finding of the rule chain, in words, in the chain's order.
    findings: Vec<String>,
    /// Who was decisive, in words.
    decisive: String,
    /// The smallest change of votes that flips the outcome, in words.
    smallest_flip: String,
}

/// The JSON form of [`Explained`].
#[derive(Serialize)]
struct ExplainedJson<'a> {
    /// The analysis, as `unsc run --format json` prints it.
    run: AnalysisJson<'a>,
    /// Its sentences.
    sentences: SentencesJson,
}

impl Report for Explained<'_> {
    fn json(&self) -> Option<impl Serialize> {
        let a = self.0;
        let council = &a.scenario.council;
        let r = &a.resolution;
        let decisive: Vec<String> = a
            .explanation
            .decisive
            .iter()
            .map(|pivot| prose::pivot(council, pivot, &a.scenario.rules))
            .collect();
        Some(ExplainedJson {
            run: analysis_json(a),
            sentences: SentencesJson {
                verdict: prose::verdict(council, r),
                findings: r
                    .findings
                    .iter()
                    .map(|finding| prose::finding(council, finding, r))
                    .collect(),
                decisive: if decisive.is_empty() {
                    "none — no single member changing its vote would change the outcome.".to_owned()
                } else {
                    decisive.join(" ")
                },
                smallest_flip: a.explanation.smallest_flip.as_ref().map_or_else(
                    || "none — no change of votes could.".to_owned(),
                    |flip| format!("{}.", prose::flip(council, flip, &a.scenario.rules)),
                ),
            },
        })
    }

    fn text(&self) -> Option<String> {
        self.0.text()
    }
}

/// The report: heading, notes, verdict, rule chain, what would have changed it, the votes
/// and the record.
fn document(a: &Analysis<'_>) -> Document {
    Document::new(prose::draft_heading(&a.scenario.draft, ": "), blocks(a, 1))
}

/// The report's blocks, its heading at `level` and its sections one level below (a meeting
/// puts each vote's report under its own heading).
pub(crate) fn blocks(a: &Analysis<'_>, level: u8) -> Vec<Block> {
    let s = a.scenario;
    let council = &s.council;
    let r = &a.resolution;
    let question = s.rules.question;
    let section = level + 1;
    let mut blocks = vec![
        Block::Heading(level, prose::draft_heading(&s.draft, ": ")),
        Block::Note(format!(
            "{} · {} · rules: {}{}, {} question",
            s.meta.date,
            s.meta.status.as_str(),
            s.rules.preset,
            prose::modelled_threshold_note(&s.rules),
            question.as_str()
        )),
    ];
    blocks.extend(notes(s));
    blocks.push(Block::Verdict(prose::verdict(council, r)));
    let vote_taken = prose::vote_taken(r);
    blocks.push(Block::Para(if vote_taken {
        format!(
            "{}.",
            prose::positions_sentence(council, question, &r.ballot)
        )
    } else {
        prose::NO_VOTE_TAKEN.to_owned()
    }));
    blocks.push(Block::Heading(section, "Why".to_owned()));
    blocks.push(Block::Numbered(
        r.findings
            .iter()
            .map(|finding| {
                format!(
                    "`{}` ({}): {}",
                    finding.rule.code(),
                    finding.rule.citation(),
                    prose::finding(council, finding, r)
                )
            })
            .collect(),
    ));
    if vote_taken {
        blocks.extend(counterfactuals_and_votes(a, section));
    }
    if let Some(check) = &a.record {
        let verdict = if check.matches() {
            "matches the record"
        } else {
            "does **not** match the record"
        };
        blocks.push(Block::Para(format!(
            "Recorded outcome: {}; the computed result {verdict}.",
            prose::recorded_outcome(check.recorded)
        )));
    }
    blocks
}

/// What would have changed the outcome, and the table of votes, as sections at `section`.
fn counterfactuals_and_votes(a: &Analysis<'_>, section: u8) -> Vec<Block> {
    let s = a.scenario;
    let council = &s.council;
    let r = &a.resolution;
    let mut blocks = Vec::new();
    blocks.push(Block::Heading(
        section,
        "What would have changed it".to_owned(),
    ));
    let mut changes = Vec::new();
    if a.explanation.decisive.is_empty() {
        changes.push("No single member was decisive.".to_owned());
    }
    changes.extend(
        a.explanation
            .decisive
            .iter()
            .map(|pivot| prose::pivot(council, pivot, &s.rules)),
    );
    changes.push(match &a.explanation.smallest_flip {
        Some(flip) => format!("Smallest change: {}.", prose::flip(council, flip, &s.rules)),
        None => "No change of votes could flip the outcome.".to_owned(),
    });
    blocks.push(Block::Bullets(changes));
    blocks.push(Block::Heading(section, "Votes".to_owned()));
    blocks.push(Block::Table(
        ["Member", "Seat", "Vote", "Stated reason"]
            .map(str::to_owned)
            .to_vec(),
        council
            .members()
            .iter()
            .enumerate()
            .map(|(i, member)| {
                let stance = &s.stances[i];
                let reason = match (&stance.reason, &stance.source) {
                    (Some(reason), Some(source)) => format!("{reason} ({source})"),
                    (Some(reason), None) => reason.clone(),
                    _ => String::new(),
                };
                let vote = r.ballot.vote(i).map(Vote::as_str).unwrap_or_default();
                vec![
                    member.name.clone(),
                    member.seat.as_str().to_owned(),
                    vote.to_owned(),
                    reason,
                ]
            })
            .collect(),
    ));
    blocks
}

/// The notes before the result: the 1965 transition, and uncertain votes.
fn notes(s: &Scenario) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(note) = prose::transition_note(s.meta.date) {
        blocks.push(Block::Para(note.to_owned()));
    }
    if !s.is_deterministic() {
        blocks.push(Block::Note(prose::MOST_LIKELY_VOTES.to_owned()));
    }
    blocks
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use crate::engine::analyse;
    use crate::render::{Format, fixture, render};

    #[test]
    fn markdown() {
        let scenario = fixture::scenario();
        let markdown = render(&analyse(&scenario), Format::Markdown).unwrap();
        assert_data_eq!(
            markdown,
            str![[r#"
# A draft

*2026-03-15 · hypothetical · rules: charter, substantive question*

**NOT ADOPTED — VETOED by Russian Federation**

13 in favour to 1 against (Russian Federation), with 1 abstention (China).

## Why

1. `substantive-majority` (UN Charter, Art. 27(3)): 13 affirmative votes; 9 required — met.
2. `permanent-member-veto` (UN Charter, Art. 27(3)): The Russian Federation, a permanent member, voted against — the draft is vetoed.
3. `abstention-is-not-veto` (Council practice; ICJ, Namibia Advisory Opinion, ICJ Reports 1971, p. 16, para. 22): China abstained — the abstention of a permanent member is not a veto.
4. `veto-initiative` (General Assembly resolution 76/262 (26 April 2022), para. 1): Because the Russian Federation cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation.

## What would have changed it

- Russian Federation — had it abstained, been absent or voted in favour, the draft would have been adopted.
- Smallest change: had the Russian Federation abstained, the draft would have been adopted 13-0-2.

## Votes

| Member | Seat | Vote | Stated reason |
| --- | --- | --- | --- |
| China | permanent | abstain |  |
| France | permanent | yes |  |
| Russian Federation | permanent | no | Sanctions do not help. |
| United Kingdom | permanent | yes |  |
| United States | permanent | yes |  |
| Bahrain | elected | yes |  |
| Colombia | elected | yes |  |
| Democratic Republic of the Congo | elected | yes |  |
| Denmark | elected | yes |  |
| Greece | elected | yes |  |
| Latvia | elected | yes |  |
| Liberia | elected | yes |  |
| Pakistan | elected | yes |  |
| Panama | elected | yes |  |
| Somalia | elected | yes |  |

"#]]
        );
    }

    #[test]
    fn text() {
        let scenario = fixture::scenario();
        let text = render(&analyse(&scenario), Format::Text).unwrap();
        assert_data_eq!(
            text,
            str![[r#"
A draft
2026-03-15 · hypothetical · Council of 2026 · rules: charter, substantive question
Penholders: France

NOT ADOPTED — VETOED by Russian Federation

Vote: 13 in favour to 1 against (Russian Federation), with 1 abstention (China).
  In favour: France, United Kingdom, United States, Bahrain, Colombia, Democratic Republic of the Congo, Denmark, Greece, Latvia, Liberia, Pakistan, Panama, Somalia
  Against: Russian Federation
  Abstaining: China

Why:
  1. [substantive-majority] UN Charter, Art. 27(3)
     13 affirmative votes; 9 required — met.
  2. [permanent-member-veto] UN Charter, Art. 27(3)
     The Russian Federation, a permanent member, voted against — the draft is vetoed.
  3. [abstention-is-not-veto] Council practice; ICJ, Namibia Advisory Opinion, ICJ Reports 1971, p. 16, para. 22
     China abstained — the abstention of a permanent member is not a veto.
  4. [veto-initiative] General Assembly resolution 76/262 (26 April 2022), para. 1
     Because the Russian Federation cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation.

Decisive members:
  Russian Federation — had it abstained, been absent or voted in favour, the draft would have been adopted.
Smallest change that flips it (1 vote): had the Russian Federation abstained, the draft would have been adopted 13-0-2.

Stated positions:
  Russian Federation (no): Sanctions do not help.

"#]]
        );
    }
}
