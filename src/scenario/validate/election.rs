//! An ICJ election file into [`Election`]: the candidates, the vacancies, the votes, the
//! record — and every key of a vote that has no place in an election.

use std::collections::BTreeMap;

use toml::Spanned;

use super::rules::voting_keys;
use super::{Checker, opening, round, unsupported_format};
use crate::input::shown;
use crate::model::{Ballots, Candidate, Council, Election, ElectionRecord, MAX_VACANCIES, Status};
use crate::scenario::election::{
    ELECTION_QUESTION, RawBallot, RawCandidate, RawElection, RawElectionFile, RawElectionRecord,
};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::RawRules;

/// Validates a raw election into an [`Election`], or returns every problem found.
pub(crate) fn election(raw: &RawElectionFile) -> Result<Election, Vec<Problem>> {
    let mut check = Checker::default();
    if let Some(problem) = unsupported_format(raw.format.as_ref()) {
        check.report(problem);
    }
    let (meta, council) = opening(&mut check, &raw.header());
    rules(&mut check, &raw.rules);
    let Some((council, origin, _)) = council else {
        return Err(check.problems);
    };
    let table = raw.election.get_ref();
    let vacancies = vacancies(&mut check, table);
    let round = round(
        &mut check,
        table.round.as_ref(),
        "a round of balloting",
        "count the rounds of the meeting from 1",
    );
    let candidates = candidates(&mut check, &table.candidates);
    let status = meta.as_ref().map(|m| m.status);
    let ballots = ballots(
        &mut check,
        table,
        &raw.election,
        &council,
        &candidates,
        vacancies.unwrap_or(MAX_VACANCIES),
        status,
    );
    let record = raw
        .record
        .as_ref()
        .and_then(|r| record(&mut check, r.get_ref(), &candidates));
    if raw.record.is_none() && status == Some(Status::Historical) {
        check.report(
            Problem::new(
                ProblemCode::MissingRecord,
                Some(raw.status.span()),
                "a historical election needs a [record]",
            )
            .help("add [record] with the candidates who obtained an absolute majority in the Council and the meeting record or press release, or mark the scenario hypothetical"),
        );
    }
    match (meta, vacancies, round, ballots) {
        (Some(meta), Some(vacancies), Some(round), Some(ballots)) if check.problems.is_empty() => {
            Ok(Election {
                meta,
                council,
                council_origin: origin,
                round,
                vacancies,
                candidates,
                ballots,
                record,
            })
        }
        _ => Err(check.problems),
    }
}

/// `[rules]` of an election: only `question = "icj-election"`.
fn rules(check: &mut Checker, raw: &Spanned<RawRules>) {
    let rules = raw.get_ref();
    match &rules.question {
        Some(q) if q.get_ref() == ELECTION_QUESTION => {}
        Some(q) => check.report(
            Problem::new(
                ProblemCode::VotingRuleOnElection,
                Some(q.span()),
                format!("a file with [election] has question = \"{ELECTION_QUESTION}\", not `{}`", shown(q.get_ref())),
            )
            .help(format!("set question = \"{ELECTION_QUESTION}\", or write a vote on a draft with [draft] and [stances] instead of [election]")),
        ),
        None => check.report(
            Problem::new(
                ProblemCode::MissingKey,
                Some(raw.span()),
                "the required key `rules.question` is missing",
            )
            .help(format!("an election says question = \"{ELECTION_QUESTION}\"")),
        ),
    }
    for (key, span) in voting_keys(rules) {
        check.report(
            Problem::new(
                ProblemCode::VotingRuleOnElection,
                Some(span),
                format!("`{key}` does not apply to an ICJ election"),
            )
            .help("the Statute fixes the rule: an absolute majority of the Council's members, without any distinction between permanent and non-permanent members (Art. 10); remove this key"),
        );
    }
}

fn vacancies(check: &mut Checker, raw: &RawElection) -> Option<usize> {
    match usize::try_from(*raw.vacancies.get_ref()) {
        Ok(v) if (1..=MAX_VACANCIES).contains(&v) => Some(v),
        _ => {
            check.report(
                Problem::new(
                    ProblemCode::InvalidVacancies,
                    Some(raw.vacancies.span()),
                    format!("{} vacancies cannot be filled", raw.vacancies.get_ref()),
                )
                .help(format!("the Court has {MAX_VACANCIES} members (Statute, Art. 3): a regular election fills five seats, a casual vacancy one")),
            );
            None
        }
    }
}

fn candidates(check: &mut Checker, raw: &[Spanned<RawCandidate>]) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = Vec::new();
    if raw.is_empty() {
        return candidates;
    }
    for entry in raw {
        let entry = entry.get_ref();
        let name = check.text(&entry.name, "the candidate's name");
        let nationality = check.text(&entry.nationality, "the candidate's nationality");
        if candidates.iter().any(|c| c.name == name) {
            check.report(Problem::new(
                ProblemCode::DuplicateCandidate,
                Some(entry.name.span()),
                format!("{} is listed twice", shown(&name)),
            ));
        }
        candidates.push(Candidate { name, nationality });
    }
    candidates
}

/// The candidate `name` refers to, reported if there is none.
fn candidate(
    check: &mut Checker,
    candidates: &[Candidate],
    name: &Spanned<String>,
) -> Option<usize> {
    let index = candidates.iter().position(|c| &c.name == name.get_ref());
    if index.is_none() {
        let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();
        let meant = crate::input::closest(name.get_ref(), names.iter().copied())
            .map_or_else(String::new, |m| format!("did you mean {m}? "));
        check.report(
            Problem::new(
                ProblemCode::UnknownCandidate,
                Some(name.span()),
                format!(
                    "{} is not a candidate in this election",
                    shown(name.get_ref())
                ),
            )
            .label("not on the ballot paper")
            .help(format!("{meant}candidates are: {}", names.join(", "))),
        );
    }
    index
}

fn ballots(
    check: &mut Checker,
    raw: &RawElection,
    table: &Spanned<RawElection>,
    council: &Council,
    candidates: &[Candidate],
    vacancies: usize,
    status: Option<Status>,
) -> Option<Ballots> {
    match (&raw.votes, &raw.ballots) {
        (Some(votes), None) => counted(check, votes, council, candidates, vacancies),
        (None, Some(ballots)) => {
            if status == Some(Status::Historical) {
                check.report(
                    Problem::new(
                        ProblemCode::SecretBallot,
                        Some(ballots.span()),
                        "a historical election cannot say how each member voted",
                    )
                    .help("the ballot is secret: the record gives only each candidate's votes; write them as `votes`, or mark the scenario hypothetical"),
                );
            }
            marked(check, ballots.get_ref(), council, candidates, vacancies)
        }
        (Some(votes), Some(_)) => {
            check.report(
                Problem::new(
                    ProblemCode::ElectionTallyChoice,
                    Some(votes.span()),
                    "both `votes` and `ballots` are given",
                )
                .help("give each candidate's votes (`votes`, as the record announces them) or each member's ballot (`ballots`, hypothetical only), not both"),
            );
            None
        }
        (None, None) => {
            check.report(
                Problem::new(
                    ProblemCode::ElectionTallyChoice,
                    Some(table.span()),
                    "the election gives neither `votes` nor `ballots`",
                )
                .help("add votes = { \"Name\" = 8, ... } with each candidate's votes, or, for a hypothetical round, [election.ballots] with each member's ballot"),
            );
            None
        }
    }
}

fn counted(
    check: &mut Checker,
    votes: &Spanned<BTreeMap<Spanned<String>, Spanned<i64>>>,
    council: &Council,
    candidates: &[Candidate],
    vacancies: usize,
) -> Option<Ballots> {
    let mut counts = vec![0; candidates.len()];
    let mut valid = true;
    for (name, count) in votes.get_ref() {
        let Some(index) = candidate(check, candidates, name) else {
            valid = false;
            continue;
        };
        match usize::try_from(*count.get_ref()) {
            Ok(n) if n <= council.len() => counts[index] = n,
            _ => {
                valid = false;
                check.report(
                    Problem::new(
                        ProblemCode::VotesExceedMembership,
                        Some(count.span()),
                        format!("{} votes for {} in a Council of {}", count.get_ref(), shown(name.get_ref()), council.len()),
                    )
                    .help("each member casts one ballot, so a candidate obtains from 0 to as many votes as the Council has members"),
                );
            }
        }
    }
    let total: usize = counts.iter().sum();
    if valid && total > council.len() * vacancies {
        valid = false;
        check.report(
            Problem::new(
                ProblemCode::VotesExceedMembership,
                Some(votes.span()),
                format!(
                    "{total} votes in all, but {} members, each marking at most {}, cast at most {}",
                    council.len(),
                    if vacancies == 1 { "one name".to_owned() } else { format!("{vacancies} names") },
                    council.len() * vacancies
                ),
            )
            .help("check the counts against the record"),
        );
    }
    valid.then_some(Ballots::Counted(counts))
}

fn marked(
    check: &mut Checker,
    ballots: &BTreeMap<Spanned<String>, RawBallot>,
    council: &Council,
    candidates: &[Candidate],
    vacancies: usize,
) -> Option<Ballots> {
    let mut marked = vec![Vec::new(); council.len()];
    let mut valid = true;
    for (code, names) in ballots {
        let Some(member) = check.member(council, code) else {
            valid = false;
            continue;
        };
        if names.get_ref().len() > vacancies {
            valid = false;
            check.report(
                Problem::new(
                    ProblemCode::TooManyNames,
                    Some(names.span()),
                    format!("{} marks {} names for {vacancies} vacanc{}", code.get_ref(), names.get_ref().len(), if vacancies == 1 { "y" } else { "ies" }),
                )
                .help("a member votes for at most as many candidates as there are seats to fill; a ballot with more is invalid"),
            );
            continue;
        }
        for name in names.get_ref() {
            match candidate(check, candidates, name) {
                Some(c) if marked[member].contains(&c) => {
                    valid = false;
                    check.report(Problem::new(
                        ProblemCode::DuplicateCandidate,
                        Some(name.span()),
                        format!("{} marks {} twice", code.get_ref(), shown(name.get_ref())),
                    ));
                }
                Some(c) => marked[member].push(c),
                None => valid = false,
            }
        }
    }
    valid.then_some(Ballots::Marked(marked))
}

fn record(
    check: &mut Checker,
    raw: &RawElectionRecord,
    candidates: &[Candidate],
) -> Option<ElectionRecord> {
    let mut majority: Vec<usize> = raw
        .majority
        .iter()
        .filter_map(|name| candidate(check, candidates, name))
        .collect();
    majority.sort_unstable();
    majority.dedup();
    let source = check.source(&raw.source)?;
    Some(ElectionRecord { majority, source })
}
