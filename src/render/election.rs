//! An ICJ election round in text, Markdown, HTML and JSON: the Council's counts, who obtained an
//! absolute majority, why, and what happens next.

use std::fmt::Write as _;

use serde::Serialize;

use super::document::{Block, Document};
use super::prose::plural;
use super::{JSON_SCHEMA_VERSION, Report, collect};
use crate::engine::{ElectionFinding, ElectionRound, ElectionRule, RoundOutcome};
use crate::model::{Ballots, CouncilOrigin, Election, Status};
use crate::render::json::MetaJson;

/// An election round: text, JSON, and a document for Markdown and HTML.
impl Report for ElectionRound<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(election_json(self))
    }

    fn text(&self) -> Option<String> {
        Some(collect(|out| write_text(out, self)))
    }

    fn document(&self) -> Option<Document> {
        Some(document(self))
    }
}

fn names(e: &Election, candidates: &[usize]) -> String {
    let names: Vec<&str> = candidates
        .iter()
        .map(|&c| e.candidates[c].name.as_str())
        .collect();
    match names.as_slice() {
        [] => "none".to_owned(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The verdict line: what the round decided in the Council.
fn verdict(round: &ElectionRound<'_>) -> String {
    let e = round.election;
    let got = names(e, &round.with_majority);
    let seats = plural(e.vacancies, "vacancy", "vacancies");
    match round.outcome {
        RoundOutcome::Filled => {
            format!("IN THE COUNCIL: an absolute majority for {got} ({seats} to fill)")
        }
        RoundOutcome::Partial if round.with_majority.is_empty() => {
            format!("IN THE COUNCIL: no candidate obtained an absolute majority ({seats} to fill)")
        }
        RoundOutcome::Partial => {
            format!("IN THE COUNCIL: an absolute majority for {got} only ({seats} to fill)")
        }
        RoundOutcome::TooMany => format!(
            "IN THE COUNCIL: no seat filled — {} obtained an absolute majority for {seats}",
            plural(round.with_majority.len(), "candidate", "candidates")
        ),
    }
}

/// The sentence explaining one finding.
fn finding(round: &ElectionRound<'_>, f: &ElectionFinding) -> String {
    let e = round.election;
    let who = names(e, &f.candidates);
    match f.rule {
        ElectionRule::IcjAbsoluteMajority => format!(
            "A candidate needs an absolute majority of the Council's {} members: {} votes. {}.",
            e.council.len(),
            round.majority,
            if f.candidates.is_empty() {
                "No candidate obtained it".to_owned()
            } else {
                format!("Obtained by {who}")
            }
        ),
        ElectionRule::IcjNoVeto if f.candidates.is_empty() => "The votes are counted without any distinction between permanent and non-permanent members: no member has a veto, and a permanent member's vote counts as any other's.".to_owned(),
        ElectionRule::IcjNoVeto => format!(
            "The votes are counted without any distinction between permanent and non-permanent members: no member has a veto. {who} obtained a majority although a permanent member did not mark {}: leaving a name off is no veto.",
            if f.candidates.len() == 1 { "the name" } else { "their names" }
        ),
        ElectionRule::IcjTooManyMajorities => format!(
            "{} obtained an absolute majority for {}: more than the seats to fill, so the round elects no one and the Council ballots again on all the candidates, as many rounds as it takes until no more candidates than vacancies obtain one.",
            who,
            plural(e.vacancies, "vacancy", "vacancies")
        ),
        ElectionRule::IcjFurtherBallots => format!(
            "{} still open: the meeting continues, ballot after ballot, until as many candidates as seats have an absolute majority (rule 61). Seats still open after the first meeting go to a second and, if necessary, a third meeting (Art. 11); after the third, a joint conference of six members (three from each organ) may be formed to propose one name per seat (Art. 12). Candidates without a majority this round: {who}.",
            plural(e.vacancies - round.with_majority.len().min(e.vacancies), "seat is", "seats are")
        ),
        ElectionRule::IcjSameNationality => format!(
            "{who} are nationals of the same State ({}): if both also obtain an absolute majority in the General Assembly, only the elder is elected. The file gives no ages, so unsc does not say which.",
            e.candidates[f.candidates[0]].nationality
        ),
        ElectionRule::IcjAssemblyConcurrent => "The General Assembly votes at the same time, independently of the Council, with an absolute majority of all Member States required. A candidate is elected only with an absolute majority in both organs; where the two disagree, both ballot again.".to_owned(),
    }
}

fn header(e: &Election) -> String {
    let council = match e.council_origin {
        CouncilOrigin::Roster(year) => format!("Council of {year}"),
        CouncilOrigin::Explicit => format!("{}-member Council", e.council.len()),
    };
    format!(
        "{} · {} · {council} · ICJ election, round {} · {}",
        e.meta.date,
        e.meta.status,
        e.round,
        plural(e.vacancies, "vacancy", "vacancies")
    )
}

fn write_text(out: &mut String, round: &ElectionRound<'_>) -> std::fmt::Result {
    let item = "  ";
    let e = round.election;
    writeln!(out, "{}", e.meta.title)?;
    writeln!(out, "{}", header(e))?;
    if e.meta.status == Status::Hypothetical {
        writeln!(out, "HYPOTHETICAL: not the record.")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", verdict(round))?;
    writeln!(out)?;
    writeln!(
        out,
        "Votes in the Council (absolute majority: {} of {}):",
        round.majority,
        e.council.len()
    )?;
    let width = e
        .candidates
        .iter()
        .map(|c| c.name.chars().count() + c.nationality.chars().count() + 3)
        .max()
        .unwrap_or(0);
    for (c, candidate) in e.candidates.iter().enumerate() {
        let label = format!("{} ({})", candidate.name, candidate.nationality);
        let mark = if round.with_majority.contains(&c) {
            "  absolute majority"
        } else {
            ""
        };
        writeln!(out, "{item}{label:<width$} {:>2}{mark}", round.votes[c])?;
    }
    if let Ballots::Marked(marked) = &e.ballots {
        writeln!(out)?;
        writeln!(
            out,
            "Each member's ballot (hypothetical: the real ballot is secret):"
        )?;
        for (m, ballot) in marked.iter().enumerate() {
            let member = e.council.member(m);
            let names = if ballot.is_empty() {
                "no name marked".to_owned()
            } else {
                names(e, ballot)
            };
            writeln!(out, "{item}{}: {names}", member.name)?;
        }
    }
    writeln!(out)?;
    writeln!(out, "Why:")?;
    for (i, f) in round.findings.iter().enumerate() {
        writeln!(
            out,
            "{item}{}. [{}] {}",
            i + 1,
            f.rule.code(),
            f.rule.citation()
        )?;
        writeln!(out, "{item}   {}", finding(round, f))?;
    }
    write_record(out, round)
}

fn write_record(out: &mut String, round: &ElectionRound<'_>) -> std::fmt::Result {
    if let Some(record) = record(round) {
        writeln!(out)?;
        writeln!(out, "{record}")?;
    }
    Ok(())
}

/// The record and whether the computed round matches it.
fn record(round: &ElectionRound<'_>) -> Option<String> {
    let e = round.election;
    let (record, matches) = e.record.as_ref().zip(round.matches_record)?;
    Some(format!(
        "Record [{}]: absolute majority for {} — computed: {}.",
        record.source,
        names(e, &record.majority),
        if matches { "matches" } else { "DIFFERS" }
    ))
}

/// The handout: the verdict, the counts, the members' ballots where the file marks them, the
/// rules and the record.
fn document(round: &ElectionRound<'_>) -> Document {
    let e = round.election;
    let mut blocks = vec![
        Block::Heading(1, e.meta.title.clone()),
        Block::Para(header(e)),
    ];
    if e.meta.status == Status::Hypothetical {
        blocks.push(Block::Verdict("HYPOTHETICAL: not the record.".to_owned()));
    }
    blocks.push(Block::Verdict(verdict(round)));
    blocks.push(Block::Table(
        vec![
            "Candidate".to_owned(),
            format!(
                "Votes (absolute majority: {} of {})",
                round.majority,
                e.council.len()
            ),
            "Absolute majority".to_owned(),
        ],
        e.candidates
            .iter()
            .enumerate()
            .map(|(c, candidate)| {
                let majority = if round.with_majority.contains(&c) {
                    "yes"
                } else {
                    "no"
                };
                vec![
                    format!("{} ({})", candidate.name, candidate.nationality),
                    round.votes[c].to_string(),
                    majority.to_owned(),
                ]
            })
            .collect(),
    ));
    if let Ballots::Marked(marked) = &e.ballots {
        blocks.push(Block::Para(
            "Each member's ballot (hypothetical: the real ballot is secret):".to_owned(),
        ));
        blocks.push(Block::Bullets(
            marked
                .iter()
                .enumerate()
                .map(|(m, ballot)| {
                    let names = if ballot.is_empty() {
                        "no name marked".to_owned()
                    } else {
                        names(e, ballot)
                    };
                    format!("{}: {names}", e.council.member(m).name)
                })
                .collect(),
        ));
    }
    blocks.push(Block::Heading(2, "Why".to_owned()));
    blocks.push(Block::Numbered(
        round
            .findings
            .iter()
            .map(|f| {
                format!(
                    "`{}` ({}): {}",
                    f.rule.code(),
                    f.rule.citation(),
                    finding(round, f)
                )
            })
            .collect(),
    ));
    blocks.extend(record(round).map(Block::Para));
    Document::new(e.meta.title.clone(), blocks)
}

#[derive(Serialize)]
struct ElectionJson<'a> {
    schema_version: u32,
    kind: &'static str,
    #[serde(flatten)]
    meta: MetaJson<'a>,
    council_size: usize,
    round: usize,
    vacancies: usize,
    absolute_majority: usize,
    ballots: &'static str,
    candidates: Vec<CandidateJson<'a>>,
    outcome: &'static str,
    with_majority: Vec<&'a str>,
    findings: Vec<FindingJson>,
    record_matches: Option<bool>,
}

#[derive(Serialize)]
struct CandidateJson<'a> {
    name: &'a str,
    nationality: &'a str,
    votes: usize,
    absolute_majority: bool,
}

#[derive(Serialize)]
struct FindingJson {
    rule: &'static str,
    citation: &'static str,
    candidates: Vec<String>,
    detail: String,
}

fn election_json<'a>(round: &'a ElectionRound<'_>) -> ElectionJson<'a> {
    let e = round.election;
    ElectionJson {
        schema_version: JSON_SCHEMA_VERSION,
        kind: "icj-election",
        meta: MetaJson::of(&e.meta),
        council_size: e.council.len(),
        round: e.round,
        vacancies: e.vacancies,
        absolute_majority: round.majority,
        ballots: match e.ballots {
            Ballots::Counted(_) => "counted",
            Ballots::Marked(_) => "marked",
        },
        candidates: e
            .candidates
            .iter()
            .enumerate()
            .map(|(c, candidate)| CandidateJson {
                name: &candidate.name,
                nationality: &candidate.nationality,
                votes: round.votes[c],
                absolute_majority: round.with_majority.contains(&c),
            })
            .collect(),
        outcome: round.outcome.as_str(),
        with_majority: round
            .with_majority
            .iter()
            .map(|&c| e.candidates[c].name.as_str())
            .collect(),
        findings: round
            .findings
            .iter()
            .map(|f| FindingJson {
                rule: f.rule.code(),
                citation: f.rule.citation(),
                candidates: f
                    .candidates
                    .iter()
                    .map(|&c| e.candidates[c].name.clone())
                    .collect(),
                detail: finding(round, f),
            })
            .collect(),
        record_matches: round.matches_record,
    }
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use crate::engine::resolve_election;
    use crate::render::{Format, render};
    use crate::scenario::{load_election, templates};

    /// The template's marked ballots: labelled hypothetical, listed member by member.
    #[test]
    fn markdown_of_marked_ballots() {
        let election = load_election("icj.toml", templates::ICJ_ELECTION).expect("the template");
        let markdown = render(&resolve_election(&election), Format::Markdown).unwrap();
        assert_data_eq!(
            markdown,
            str![[r#"
# A hypothetical ICJ election: two seats, three candidates

2024-11-01 · hypothetical · Council of 2024 · ICJ election, round 1 · 2 vacancies

**HYPOTHETICAL: not the record.**

**IN THE COUNCIL: an absolute majority for A. Jurist and C. Jurist (2 vacancies to fill)**

| Candidate | Votes (absolute majority: 8 of 15) | Absolute majority |
| --- | --- | --- |
| A. Jurist (Ruritania) | 10 | yes |
| B. Jurist (Freedonia) | 7 | no |
| C. Jurist (Grand Fenwick) | 9 | yes |

Each member's ballot (hypothetical: the real ballot is secret):

- China: A. Jurist and B. Jurist
- France: A. Jurist and B. Jurist
- Russian Federation: A. Jurist and B. Jurist
- United Kingdom: A. Jurist and B. Jurist
- United States: A. Jurist and B. Jurist
- Algeria: C. Jurist and A. Jurist
- Ecuador: C. Jurist and A. Jurist
- Guyana: C. Jurist and A. Jurist
- Japan: C. Jurist and B. Jurist
- Malta: C. Jurist
- Mozambique: C. Jurist and A. Jurist
- Republic of Korea: C. Jurist and B. Jurist
- Sierra Leone: C. Jurist and A. Jurist
- Slovenia: C. Jurist
- Switzerland: no name marked

## Why

1. `icj-absolute-majority` (ICJ Statute, Art. 10(1); Provisional Rules of Procedure of the Security Council, rule 40): A candidate needs an absolute majority of the Council's 15 members: 8 votes. Obtained by A. Jurist and C. Jurist.
2. `icj-no-veto` (ICJ Statute, Art. 10(2)): The votes are counted without any distinction between permanent and non-permanent members: no member has a veto. C. Jurist obtained a majority although a permanent member did not mark the name: leaving a name off is no veto.
3. `icj-assembly-concurrent` (ICJ Statute, Arts. 8 and 10(1)): The General Assembly votes at the same time, independently of the Council, with an absolute majority of all Member States required. A candidate is elected only with an absolute majority in both organs; where the two disagree, both ballot again.

"#]]
        );
    }
}
