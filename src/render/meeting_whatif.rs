//! A what-if of one vote of a meeting, carried into the votes after it: the what-if's own
//! report, then each later vote and what the what-if's result changed in it (its text, its
//! question, its outcome).

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::CarriedChange;
use crate::model::{Meeting, ProvisionSet};
use crate::render::{Report, WhatIfReport, collect};

/// A what-if of vote `vote` of a meeting, and the later votes compared.
pub struct MeetingWhatIf<'a> {
    what_if: WhatIfReport<'a>,
    meeting: &'a Meeting,
    later: Vec<CarriedChange>,
}

impl<'a> MeetingWhatIf<'a> {
    /// The what-if's report and the later votes (`engine::carried_changes`).
    #[must_use]
    pub fn new(what_if: WhatIfReport<'a>, meeting: &'a Meeting, later: Vec<CarriedChange>) -> Self {
        Self {
            what_if,
            meeting,
            later,
        }
    }

    fn ids(&self, vote: usize, set: ProvisionSet) -> Vec<&'a str> {
        let provisions = &self.meeting.votes[vote].scenario.draft.provisions;
        set.iter()
            .filter_map(|i| provisions.get(i))
            .map(|p| p.id.as_str())
            .collect()
    }

    fn text_words(&self, vote: usize, set: ProvisionSet) -> String {
        let ids = self.ids(vote, set);
        if ids.is_empty() {
            "no provisions".to_owned()
        } else {
            ids.iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }

    fn change_line(&self, change: &CarriedChange) -> String {
        let vote = &self.meeting.votes[change.vote];
        let draft = &vote.scenario.draft;
        let name = draft.symbol.as_deref().unwrap_or(&draft.title);
        let mut parts = Vec::new();
        if let Some((before, now)) = change.text {
            parts.push(format!(
                "text now {} (was {})",
                self.text_words(change.vote, now),
                self.text_words(change.vote, before)
            ));
        }
        if let Some((before, now)) = change.question {
            parts.push(format!("voted on as {now} (was {before})"));
        }
        if let Some((before, now)) = change.outcome {
            parts.push(format!("now {now} (was {before})"));
        }
        let what = if parts.is_empty() {
            "unchanged".to_owned()
        } else {
            parts.join("; ")
        };
        format!(
            "Vote `{}` ({name}, {}): {what}.",
            vote.id,
            vote.motion.kind()
        )
    }
}

impl Report for MeetingWhatIf<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(MeetingWhatIfJson {
            what_if: self.what_if.json()?,
            later_votes: self
                .later
                .iter()
                .map(|change| {
                    let vote = &self.meeting.votes[change.vote];
                    LaterVoteJson {
                        id: &vote.id,
                        motion: vote.motion.kind().as_str(),
                        changed: change.changed(),
                        text: change.text.map(|(before, now)| Before {
                            before: self.ids(change.vote, before),
                            now: self.ids(change.vote, now),
                        }),
                        question: change.question.map(|(before, now)| Before {
                            before: before.as_str(),
                            now: now.as_str(),
                        }),
                        outcome: change.outcome.map(|(before, now)| Before {
                            before: before.as_str(),
                            now: now.as_str(),
                        }),
                    }
                })
                .collect(),
        })
    }

    fn text(&self) -> Option<String> {
        let what_if = self.what_if.text()?;
        Some(collect(|out| {
            out.push_str(&what_if);
            writeln!(out)?;
            if self.later.is_empty() {
                return writeln!(out, "No vote of the meeting follows this one.");
            }
            writeln!(
                out,
                "Later votes of the meeting, with this vote's result in the what-if carried into them (each keeps its own votes and rules):"
            )?;
            for change in &self.later {
                writeln!(out, "  {}", self.change_line(change))?;
            }
            Ok(())
        }))
    }
}

/// The what-if's object (`docs/json.md`, `unsc whatif`) with the later votes of the meeting.
#[derive(Serialize)]
struct MeetingWhatIfJson<'a, W: Serialize> {
    #[serde(flatten)]
    what_if: W,
    later_votes: Vec<LaterVoteJson<'a>>,
}

/// A later vote of the meeting and what the what-if changed in it.
#[derive(Serialize)]
struct LaterVoteJson<'a> {
    id: &'a str,
    motion: &'static str,
    changed: bool,
    text: Option<Before<Vec<&'a str>>>,
    question: Option<Before<&'static str>>,
    outcome: Option<Before<&'static str>>,
}

/// A value in the meeting as resolved, and with the what-if carried.
#[derive(Serialize)]
struct Before<T> {
    before: T,
    now: T,
}
