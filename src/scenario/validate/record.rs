//! `[record]`: what the Council's record says happened.

use toml::Spanned;

use super::Checker;
use crate::model::{Ballot, Council, OutcomeKind, Record, Vote};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::RawRecord;

pub(super) fn record_of(
    check: &mut Checker,
    raw: &Spanned<RawRecord>,
    council: &Council,
) -> Option<Record> {
    let span = raw.span();
    let raw = raw.get_ref();
    let outcome = outcome_of(check, &raw.outcome);
    let source = match &raw.source {
        Some(s) => check.source(s),
        None => {
            check.report(
                Problem::new(
                    ProblemCode::MissingSource,
                    Some(raw.outcome.span()),
                    "the record needs a source",
                )
                .label("recorded without a source")
                .help("add source = \"S/PV.…\", the meeting record"),
            );
            None
        }
    };
    let resolution = raw
        .resolution
        .as_ref()
        .map(|r| check.text(r, "the resolution"));
    if outcome == Some(OutcomeKind::AdoptedWithoutVote) {
        no_tally(check, raw);
        return Some(Record {
            outcome: OutcomeKind::AdoptedWithoutVote,
            ballot: None,
            resolution,
            source: source?,
        });
    }
    let mut votes: Vec<Option<Vote>> = vec![None; council.len()];
    let mut complete = true;
    for (vote, codes) in [
        (Vote::Yes, &raw.yes),
        (Vote::No, &raw.no),
        (Vote::Abstain, &raw.abstain),
        (Vote::Absent, &raw.absent),
        (Vote::NotParticipating, &raw.not_participating),
    ] {
        for code in codes {
            let Some(index) = check.member(council, code) else {
                complete = false;
                continue;
            };
            if let Some(previous) = votes[index] {
                check.report(
                    Problem::new(
                        ProblemCode::DuplicateRecordVote,
                        Some(code.span()),
                        format!(
                            "{} already has a recorded vote ({previous})",
                            council.member(index).code
                        ),
                    )
                    .help("each member votes once"),
                );
                complete = false;
            }
            votes[index] = Some(vote);
        }
    }
    let missing: Vec<&str> = votes
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_none())
        .map(|(i, _)| council.member(i).code.as_str())
        .collect();
    if !missing.is_empty() && complete {
        check.report(
            Problem::new(
                ProblemCode::IncompleteRecord,
                Some(span),
                format!("the record has no vote for {}", missing.join(", ")),
            )
            .label("in this record")
            .help("list every member under yes, no, abstain or absent"),
        );
        return None;
    }
    let votes: Option<Vec<Vote>> = votes.into_iter().collect();
    Some(Record {
        outcome: outcome?,
        ballot: Some(Ballot::from_votes(&votes?)),
        resolution,
        source: source?,
    })
}

/// The recorded outcome, or a report that the word is not one.
fn outcome_of(check: &mut Checker, outcome: &Spanned<String>) -> Option<OutcomeKind> {
    check.word(
        outcome,
        "an outcome",
        format!("expected {}", crate::input::one_of::<OutcomeKind>()),
    )
}

/// Reports vote lists given for a text adopted without a vote, which has no tally.
fn no_tally(check: &mut Checker, raw: &RawRecord) {
    for (key, codes) in [
        ("yes", &raw.yes),
        ("no", &raw.no),
        ("abstain", &raw.abstain),
        ("absent", &raw.absent),
        ("not_participating", &raw.not_participating),
    ] {
        if let Some(first) = codes.first() {
            check.report(
                Problem::new(
                    ProblemCode::TallyWithoutVote,
                    Some(first.span()),
                    format!("`{key}` lists votes, but the record says the text was adopted without a vote"),
                )
                .help("a text adopted without a vote (by consensus or acclamation) has no tally; remove the vote lists, or give the outcome of the vote taken"),
            );
        }
    }
}
