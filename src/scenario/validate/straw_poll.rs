//! A straw poll file into [`StrawPoll`]: the candidates, the kind of ballot paper, and either
//! the reported counts (with the permanent members' share where the papers tell it) or, in a
//! hypothetical poll, each member's opinions.

use std::collections::BTreeMap;

use toml::Spanned;

use super::{Checker, opening, round, unsupported_format};
use crate::input::shown;
use crate::model::{
    Council, Opinion, Papers, PermanentShare, Reported, Results, Status, StrawPoll, Tally,
};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::straw_poll::{
    OPINIONS, PAPERS, RawOpinions, RawPermanentShare, RawStrawPoll, RawStrawPollCandidate,
    RawStrawPollFile, STRAW_POLL_QUESTION,
};

/// Validates a raw straw poll into a [`StrawPoll`], or returns every problem found.
pub(crate) fn straw_poll(raw: &RawStrawPollFile) -> Result<StrawPoll, Vec<Problem>> {
    let mut check = Checker::default();
    if let Some(problem) = unsupported_format(raw.format.as_ref()) {
        check.report(problem);
    }
    let (meta, council) = opening(&mut check, &raw.header());
    let question = &raw.rules.get_ref().question;
    if question.get_ref() != STRAW_POLL_QUESTION {
        check.report(
            Problem::new(
                ProblemCode::VotingRuleOnStrawPoll,
                Some(question.span()),
                format!("a file with [straw_poll] has question = \"{STRAW_POLL_QUESTION}\", not `{}`", shown(question.get_ref())),
            )
            .help(format!("straw polls are held only in the selection of the Secretary-General: set question = \"{STRAW_POLL_QUESTION}\"")),
        );
    }
    let Some((council, origin, _)) = council else {
        return Err(check.problems);
    };
    let table = raw.straw_poll.get_ref();
    let round = round(
        &mut check,
        table.round.as_ref(),
        "a straw poll",
        "count the straw polls of the selection from 1",
    );
    let papers = papers(&mut check, &table.papers);
    let names = names(&mut check, &table.candidates);
    let status = meta.as_ref().map(|m| m.status);
    let results = match (&table.opinions, papers) {
        (Some(opinions), Some(papers)) => {
            marked(&mut check, table, opinions, &council, &names, status)
                .map(|m| (papers, Results::Marked(m)))
        }
        (None, Some(papers)) => reported(&mut check, table, &council, papers, status)
            .map(|r| (papers, Results::Reported(r))),
        (_, None) => None,
    };
    match (meta, round, results) {
        (Some(meta), Some(round), Some((papers, results))) if check.problems.is_empty() => {
            Ok(StrawPoll {
                meta,
                council,
                council_origin: origin,
                round,
                papers,
                candidates: names,
                results,
            })
        }
        _ => Err(check.problems),
    }
}

fn papers(check: &mut Checker, raw: &Spanned<String>) -> Option<Papers> {
    match raw.get_ref().as_str() {
        "undifferentiated" => Some(Papers::Undifferentiated),
        "colour-coded" => Some(Papers::ColourCoded),
        other => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidValue,
                    Some(raw.span()),
                    format!("`{}` is not a kind of ballot paper", shown(other)),
                )
                .help(format!("use one of: {}", PAPERS.join(", "))),
            );
            None
        }
    }
}

fn names(check: &mut Checker, raw: &Spanned<Vec<Spanned<RawStrawPollCandidate>>>) -> Vec<String> {
    if raw.get_ref().is_empty() {
        check.report(Problem::new(
            ProblemCode::InvalidValue,
            Some(raw.span()),
            "a straw poll needs at least one candidate",
        ));
    }
    let mut names: Vec<String> = Vec::new();
    for entry in raw.get_ref() {
        let name = check.text(&entry.get_ref().name, "the candidate's name");
        if names.contains(&name) {
            check.report(Problem::new(
                ProblemCode::DuplicateCandidate,
                Some(entry.get_ref().name.span()),
                format!("{} is listed twice", shown(&name)),
            ));
        }
        names.push(name);
    }
    names
}

/// A count from 0 to `most`, reported under `code` with `what` if out of range.
fn count(
    check: &mut Checker,
    raw: &Spanned<i64>,
    most: usize,
    what: &str,
    code: ProblemCode,
) -> Option<usize> {
    match usize::try_from(*raw.get_ref()) {
        Ok(n) if n <= most => Some(n),
        _ => {
            check.report(
                Problem::new(
                    code,
                    Some(raw.span()),
                    format!(
                        "{} {what}, but there are {most} ballots of this kind",
                        raw.get_ref()
                    ),
                )
                .help("each member marks one opinion on each candidate's paper"),
            );
            None
        }
    }
}

fn reported(
    check: &mut Checker,
    table: &RawStrawPoll,
    council: &Council,
    papers: Papers,
    status: Option<Status>,
) -> Option<Vec<Reported>> {
    let mut results = Vec::new();
    for entry in table.candidates.get_ref() {
        let raw = entry.get_ref();
        let (Some(e), Some(d), Some(n)) = (&raw.encourage, &raw.discourage, &raw.no_opinion) else {
            check.report(
                Problem::new(
                    ProblemCode::StrawPollResultChoice,
                    Some(raw.name.span()),
                    format!("{} has no complete result", shown(raw.name.get_ref())),
                )
                .help("give encourage, discourage and no_opinion for every candidate, or, for a hypothetical poll, each member's [straw_poll.opinions]"),
            );
            continue;
        };
        let members = council.len();
        let all = (
            count(
                check,
                e,
                members,
                "encourages",
                ProblemCode::StrawPollCountMismatch,
            ),
            count(
                check,
                d,
                members,
                "discourages",
                ProblemCode::StrawPollCountMismatch,
            ),
            count(
                check,
                n,
                members,
                "no opinions",
                ProblemCode::StrawPollCountMismatch,
            ),
        );
        let (Some(encourage), Some(discourage), Some(no_opinion)) = all else {
            continue;
        };
        let all = Tally {
            encourage,
            discourage,
            no_opinion,
        };
        if encourage + discourage + no_opinion != members {
            check.report(
                Problem::new(
                    ProblemCode::StrawPollCountMismatch,
                    Some(entry.span()),
                    format!("{}'s counts add up to {}, but the Council has {members} members", shown(raw.name.get_ref()), encourage + discourage + no_opinion),
                )
                .help("every member marks one opinion on each candidate's paper: check the counts against the source"),
            );
        }
        let permanent = raw
            .permanent
            .as_ref()
            .and_then(|p| permanent(check, p, all, council.permanent().len(), papers));
        let sources: Vec<_> = raw.sources.iter().filter_map(|s| check.source(s)).collect();
        if raw.sources.is_empty() && status == Some(Status::Historical) {
            check.report(
                Problem::new(
                    ProblemCode::StrawPollUnsourced,
                    Some(raw.name.span()),
                    format!("{}'s counts have no source", shown(raw.name.get_ref())),
                )
                .help("the Council keeps no record of a straw poll: cite where the counts were reported in `sources`, or mark the scenario hypothetical"),
            );
        }
        results.push(Reported {
            all,
            permanent: match papers {
                Papers::ColourCoded => Some(permanent.unwrap_or_default()),
                Papers::Undifferentiated => None,
            },
            sources,
        });
    }
    (results.len() == table.candidates.get_ref().len() && table.opinions.is_none())
        .then_some(results)
}

fn permanent(
    check: &mut Checker,
    raw: &Spanned<RawPermanentShare>,
    all: Tally,
    seats: usize,
    papers: Papers,
) -> Option<PermanentShare> {
    if papers == Papers::Undifferentiated {
        check.report(
            Problem::new(
                ProblemCode::StrawPollPermanentShare,
                Some(raw.span()),
                "an undifferentiated straw poll cannot show the permanent members' share",
            )
            .help("every member casts the same paper, so no one can tell whose ballot is whose: remove `permanent`, or set papers = \"colour-coded\""),
        );
        return None;
    }
    let r = raw.get_ref();
    let mut share = |value: &Option<Spanned<i64>>, of: usize, what: &str| {
        value.as_ref().and_then(|v| {
            count(
                check,
                v,
                of.min(seats),
                what,
                ProblemCode::StrawPollPermanentShare,
            )
        })
    };
    let share = PermanentShare {
        encourage: share(
            &r.encourage,
            all.encourage,
            "encourages from permanent members",
        ),
        discourage: share(
            &r.discourage,
            all.discourage,
            "discourages from permanent members",
        ),
        no_opinion: share(
            &r.no_opinion,
            all.no_opinion,
            "no opinions from permanent members",
        ),
    };
    let given = [share.encourage, share.discourage, share.no_opinion];
    let total: usize = given.iter().flatten().sum();
    let complete = given.iter().all(Option::is_some);
    if total > seats || (complete && total != seats) {
        check.report(
            Problem::new(
                ProblemCode::StrawPollPermanentShare,
                Some(raw.span()),
                format!("the permanent members' share adds up to {total}, but there are {seats} permanent members"),
            )
            .help("each permanent member casts one coloured paper per candidate"),
        );
        return None;
    }
    Some(share)
}

fn marked(
    check: &mut Checker,
    table: &RawStrawPoll,
    opinions: &Spanned<BTreeMap<Spanned<String>, RawOpinions>>,
    council: &Council,
    names: &[String],
    status: Option<Status>,
) -> Option<Vec<Vec<Opinion>>> {
    let mut valid = true;
    if status == Some(Status::Historical) {
        valid = false;
        check.report(
            Problem::new(
                ProblemCode::SecretBallot,
                Some(opinions.span()),
                "a historical straw poll cannot say how each member voted",
            )
            .help("the ballots are anonymous: give each candidate's reported counts, or mark the scenario hypothetical"),
        );
    }
    if let Some(counted) = table.candidates.get_ref().iter().find(|c| {
        let c = c.get_ref();
        c.encourage.is_some()
            || c.discourage.is_some()
            || c.no_opinion.is_some()
            || c.permanent.is_some()
    }) {
        valid = false;
        check.report(
            Problem::new(
                ProblemCode::StrawPollResultChoice,
                Some(counted.span()),
                "both counts and members' opinions are given",
            )
            .help("give each candidate's counts (as reported) or each member's opinions (hypothetical only), not both"),
        );
    }
    let mut marked = vec![vec![Opinion::NoOpinion; names.len()]; council.len()];
    for (code, ballots) in opinions.get_ref() {
        let Some(member) = check.member(council, code) else {
            valid = false;
            continue;
        };
        for (name, opinion) in ballots.get_ref() {
            let Some(c) = names.iter().position(|n| n == name.get_ref()) else {
                valid = false;
                check.report(
                    Problem::new(
                        ProblemCode::UnknownCandidate,
                        Some(name.span()),
                        format!(
                            "{} is not a candidate in this straw poll",
                            shown(name.get_ref())
                        ),
                    )
                    .help(format!("candidates are: {}", names.join(", "))),
                );
                continue;
            };
            marked[member][c] = match opinion.get_ref().as_str() {
                "encourage" => Opinion::Encourage,
                "discourage" => Opinion::Discourage,
                "no-opinion" => Opinion::NoOpinion,
                other => {
                    valid = false;
                    check.report(
                        Problem::new(
                            ProblemCode::InvalidValue,
                            Some(opinion.span()),
                            format!("`{}` is not an opinion on a straw-poll paper", shown(other)),
                        )
                        .help(format!("use one of: {}", OPINIONS.join(", "))),
                    );
                    continue;
                }
            };
        }
    }
    valid.then_some(marked)
}
