//! `[stances]` and `[[bloc]]`: each member's position, conditions on provisions, and who
//! follows whom (checked for cycles).

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::Checker;
use crate::input::shown;
use crate::model::{Condition, Council, Draft, Position, Stance, Status, Vote, VoteOdds};
use crate::scenario::problem::{Problem, ProblemCode};
use crate::scenario::raw::{RawBloc, RawStance};

/// The provision's index in the draft, or a reported problem.
pub(super) fn provision(
    check: &mut Checker,
    draft: &Draft,
    id: &str,
    span: Range<usize>,
) -> Option<usize> {
    let index = draft.provisions.iter().position(|p| p.id == id);
    if index.is_none() {
        let known: Vec<&str> = draft.provisions.iter().map(|p| p.id.as_str()).collect();
        let help = if known.is_empty() {
            "the draft defines no provisions; add [[draft.provisions]] entries".to_owned()
        } else {
            format!("the draft's provisions are: {}", known.join(", "))
        };
        check.report(
            Problem::new(
                ProblemCode::UnknownProvision,
                Some(span),
                format!("the draft has no provision `{}`", shown(id)),
            )
            .label("unknown provision")
            .help(help),
        );
    }
    index
}

fn conditions(
    check: &mut Checker,
    raw: Option<&BTreeMap<String, Spanned<String>>>,
    present: bool,
    draft: &Draft,
) -> Option<Vec<Condition>> {
    let mut ok = true;
    let mut out = Vec::new();
    for (id, vote) in raw.into_iter().flatten() {
        let provision = provision(check, draft, id, vote.span());
        let vote: Option<Vote> = check.parse(
            vote,
            ProblemCode::InvalidValue,
            "expected yes, no, abstain, absent or not-participating",
        );
        match (provision, vote) {
            (Some(provision), Some(vote)) => out.push(Condition {
                provision,
                present,
                vote,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// One stance; `member` is its own seat (`None` for `default`), to reject following oneself.
fn stance(
    check: &mut Checker,
    raw: &Spanned<RawStance>,
    member: Option<usize>,
    council: &Council,
    draft: &Draft,
    status: Option<Status>,
) -> Option<Stance> {
    let span = raw.span();
    let raw = raw.get_ref();
    let given = [raw.vote.is_some(), raw.p.is_some(), raw.follows.is_some()];
    if given.iter().filter(|&&g| g).count() != 1 {
        check.report(
            Problem::new(ProblemCode::AmbiguousStance, Some(span), "a stance needs exactly one of `vote`, `p` or `follows`")
                .label("this stance")
                .help("vote = \"yes\" for a known vote, p = { yes = 0.7, abstain = 0.3 } for odds, follows = \"MOZ\" to vote as another member"),
        );
        return None;
    }
    if raw.follows.is_some() && (raw.with.is_some() || raw.without.is_some()) {
        check.report(
            Problem::new(
                ProblemCode::AmbiguousStance,
                Some(span),
                "a member that follows another cannot also have conditions",
            )
            .help("put the conditions on the member it follows"),
        );
        return None;
    }
    let position = if let Some(vote) = &raw.vote {
        Position::Fixed(check.parse(
            vote,
            ProblemCode::InvalidValue,
            "expected yes, no, abstain, absent or not-participating",
        )?)
    } else if let Some(p) = &raw.p {
        let odds = p.get_ref();
        match VoteOdds::new([
            odds.yes,
            odds.no,
            odds.abstain,
            odds.absent,
            odds.not_participating,
        ]) {
            Ok(odds) => Position::Odds(odds),
            Err(error) => {
                check.report(
                    Problem::new(ProblemCode::InvalidOdds, Some(p.span()), error.to_string())
                        .help("give probabilities between 0 and 1 for yes, no, abstain, absent and not_participating that sum to 1; missing ones count as 0"),
                );
                return None;
            }
        }
    } else {
        let code = raw.follows.as_ref()?;
        let leader = check.member(council, code)?;
        if Some(leader) == member || member.is_none() {
            check.report(
                Problem::new(
                    ProblemCode::AlignmentCycle,
                    Some(code.span()),
                    "a member cannot follow itself, and `default` cannot follow",
                )
                .help("follow another member"),
            );
            return None;
        }
        Position::Follows(leader)
    };
    let mut conditions = conditions(check, raw.with.as_ref(), true, draft)?;
    conditions.extend(self::conditions(check, raw.without.as_ref(), false, draft)?);
    let source = raw.source.as_ref().and_then(|s| check.source(s));
    if let (Some(reason), None, Some(Status::Historical)) = (&raw.reason, &raw.source, status) {
        check.report(
            Problem::new(
                ProblemCode::MissingSource,
                Some(reason.span()),
                "a stated reason in a historical scenario needs a source",
            )
            .label("unsourced")
            .help("add source = \"S/PV.…\" (the meeting record) or the address of the statement"),
        );
    }
    let reason = raw
        .reason
        .as_ref()
        .map(|r| check.paragraph(r, "the reason"));
    Some(Stance {
        position,
        conditions,
        reason,
        source,
    })
}

/// Every member's stance, in Council order: explicit stances, then bloc members following
/// their lead, then the default.
pub(super) fn stances(
    check: &mut Checker,
    raw: &Spanned<BTreeMap<String, Spanned<RawStance>>>,
    blocs: &[Spanned<RawBloc>],
    council: &Council,
    draft: &Draft,
    status: Option<Status>,
) -> Option<Vec<Stance>> {
    let mut by_member: Vec<Option<Stance>> = vec![None; council.len()];
    let mut spans: Vec<Option<Range<usize>>> = vec![None; council.len()];
    let mut default = None;
    let mut ok = true;
    for (key, value) in raw.get_ref() {
        if key == "default" {
            default = stance(check, value, None, council, draft, status);
            ok &= default.is_some();
        } else if let Some(index) = check.member(council, &Spanned::new(value.span(), key.clone()))
        {
            by_member[index] = stance(check, value, Some(index), council, draft, status);
            spans[index] = Some(value.span());
            ok &= by_member[index].is_some();
        } else {
            ok = false;
        }
    }
    ok &= apply_blocs(check, blocs, council, &mut by_member, &mut spans);
    let missing: Vec<&str> = by_member
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_none())
        .map(|(i, _)| council.member(i).code.as_str())
        .collect();
    if !ok {
        return None;
    }
    if default.is_none() && !missing.is_empty() {
        check.report(
            Problem::new(
                ProblemCode::MissingStance,
                Some(raw.span()),
                format!("no stance for {}", missing.join(", ")),
            )
            .label("in these stances")
            .help("give each member a stance, or add default = { vote = \"…\" } for the rest"),
        );
        return None;
    }
    let stances: Vec<Stance> = by_member
        .into_iter()
        .map(|s| s.or_else(|| default.clone()))
        .collect::<Option<_>>()?;
    no_cycles(check, &stances, &spans, council).then_some(stances)
}

/// Members of each bloc without a stance of their own follow the bloc's lead.
fn apply_blocs(
    check: &mut Checker,
    blocs: &[Spanned<RawBloc>],
    council: &Council,
    by_member: &mut [Option<Stance>],
    spans: &mut [Option<Range<usize>>],
) -> bool {
    let mut ok = true;
    for bloc in blocs {
        let bloc = bloc.get_ref();
        check.text(&bloc.name, "the bloc's name");
        let Some(lead) = check.member(council, &bloc.lead) else {
            ok = false;
            continue;
        };
        for code in &bloc.members {
            let Some(member) = check.member(council, code) else {
                ok = false;
                continue;
            };
            if member != lead && by_member[member].is_none() {
                by_member[member] = Some(Stance {
                    position: Position::Follows(lead),
                    conditions: Vec::new(),
                    reason: None,
                    source: None,
                });
                spans[member] = Some(code.span());
            }
        }
    }
    ok
}

/// Reports each circle of members following one another, once.
fn no_cycles(
    check: &mut Checker,
    stances: &[Stance],
    spans: &[Option<Range<usize>>],
    council: &Council,
) -> bool {
    let leader = |m: usize| match stances[m].position {
        Position::Follows(l) => Some(l),
        _ => None,
    };
    let mut reported = vec![false; stances.len()];
    let mut ok = true;
    for start in 0..stances.len() {
        let mut path = vec![start];
        let mut current = start;
        while let Some(next) = leader(current) {
            if let Some(at) = path.iter().position(|&m| m == next) {
                let cycle = &path[at..];
                if cycle.iter().all(|&m| !reported[m]) {
                    let names: Vec<&str> = cycle
                        .iter()
                        .chain(std::iter::once(&next))
                        .map(|&m| council.member(m).code.as_str())
                        .collect();
                    check.report(
                        Problem::new(
                            ProblemCode::AlignmentCycle,
                            spans[next].clone(),
                            format!(
                                "members follow each other in a circle: {}",
                                names.join(" → ")
                            ),
                        )
                        .label("the circle starts here")
                        .help("give one of them a vote or odds of its own"),
                    );
                    for &m in cycle {
                        reported[m] = true;
                    }
                }
                ok = false;
                break;
            }
            path.push(next);
            current = next;
        }
    }
    ok
}
