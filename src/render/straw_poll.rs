//! A straw poll read as a forecast, in text, Markdown, HTML and JSON: each candidate's counts,
//! what they suggest for the formal recommendation, and why — with the reminder that the poll
//! is not a vote.

use std::fmt::Write as _;

use serde::Serialize;

use super::document::{Block, Document};
use super::{JSON_SCHEMA_VERSION, Report, collect};
use crate::engine::{
    CandidateReading, NINE, PermanentSignal, Prospect, StrawPollReading, StrawPollRule,
};
use crate::model::{CouncilOrigin, Papers, Results, Source, Status, StrawPoll};
use crate::render::json::MetaJson;

/// A straw poll's reading: text, JSON, and a document for Markdown and HTML.
impl Report for StrawPollReading<'_> {
    fn json(&self) -> Option<impl Serialize> {
        Some(poll_json(self))
    }

    fn text(&self) -> Option<String> {
        Some(collect(|out| write_text(out, self)))
    }

    fn document(&self) -> Option<Document> {
        Some(document(self))
    }
}

const NOT_A_VOTE: &str = "NOT A VOTE: a straw poll is an informal, anonymous reading of the members' views; the Council keeps no record of it and decides nothing by it.";

fn header(p: &StrawPoll) -> String {
    let council = match p.council_origin {
        CouncilOrigin::Roster(year) => format!("Council of {year}"),
        CouncilOrigin::Explicit => format!("{}-member Council", p.council.len()),
    };
    format!(
        "{} · {} · {council} · Secretary-General selection, straw poll {} · {}",
        p.meta.date,
        p.meta.status,
        p.round,
        papers(p.papers)
    )
}

fn papers(papers: Papers) -> &'static str {
    match papers {
        Papers::ColourCoded => "colour-coded papers",
        Papers::Undifferentiated => "undifferentiated papers",
    }
}

/// The counts of one candidate, with the permanent members' share where the papers show it.
fn counts(poll: &StrawPoll, reading: &CandidateReading) -> String {
    let all = reading.tally;
    let Some(share) = poll.permanent_share(reading.candidate) else {
        return format!(
            "{} encourage, {} discourage, {} no opinion",
            all.encourage, all.discourage, all.no_opinion
        );
    };
    let of =
        |count: Option<usize>| count.map_or_else(|| "not reported".to_owned(), |n| n.to_string());
    format!(
        "{} encourage (permanent: {}), {} discourage (permanent: {}), {} no opinion (permanent: {})",
        all.encourage,
        of(share.encourage),
        all.discourage,
        of(share.discourage),
        all.no_opinion,
        of(share.no_opinion)
    )
}

/// What the reading of one candidate says, in one or two sentences.
fn sentences(r: &CandidateReading) -> String {
    let nine = if r.nine_encourages {
        format!(
            "{} encourages: at least the nine affirmative votes a recommendation needs, if they hold.",
            r.tally.encourage
        )
    } else {
        format!(
            "{} encourages: short of the nine affirmative votes a recommendation needs.",
            r.tally.encourage
        )
    };
    let permanent = match r.permanent {
        PermanentSignal::None => "No permanent member discouraged.".to_owned(),
        PermanentSignal::Discouraged(1) => "One permanent member discouraged: a likely veto of the recommendation.".to_owned(),
        PermanentSignal::Discouraged(n) => format!("{n} permanent members discouraged: a likely veto of the recommendation."),
        PermanentSignal::NotReported => "The permanent members' discourages were not reported, so the reading cannot say whether one signalled a veto.".to_owned(),
        PermanentSignal::NotShown => "The papers were undifferentiated, so the round cannot show whether a discourage came from a permanent member.".to_owned(),
    };
    let next = match r.prospect {
        Prospect::Viable => "A formal recommendation looks within reach.",
        Prospect::LikelyVeto => {
            "Unless the discouraging permanent members change their view, a formal vote would likely fail by veto."
        }
        Prospect::ShortOfNine => "A formal vote would likely fail for want of votes.",
        Prospect::VetoUnknown => {
            "Whether a formal vote would succeed turns on the permanent members, which a colour-coded round would show."
        }
    };
    format!("{nine} {permanent} {next}")
}

fn prospect(prospect: Prospect) -> &'static str {
    match prospect {
        Prospect::Viable => "viable",
        Prospect::LikelyVeto => "likely-veto",
        Prospect::ShortOfNine => "short-of-nine",
        Prospect::VetoUnknown => "veto-unknown",
    }
}

/// The sentence explaining one rule.
fn rule(rule: StrawPollRule) -> String {
    match rule {
        StrawPollRule::StrawPollInformal => "A straw poll is not a vote. The Charter says only that the General Assembly appoints the Secretary-General on the Council's recommendation (Art. 97); the polls are a practice the Council has used since 1981 to find a candidate it can agree on. Each member marks every candidate's paper encourage, discourage or no opinion expressed; the papers are anonymous and no official record is kept.".to_owned(),
        StrawPollRule::StrawPollNineEncourages => format!("The recommendation is a decision on a matter of substance, taken by at least {NINE} affirmative votes including the concurring votes of the permanent members (Art. 27(3)). An encourage is read as a likely affirmative vote: a candidate with fewer than {NINE} is short of the votes."),
        StrawPollRule::StrawPollPermanentDiscourage => "In a colour-coded round the permanent members cast papers of their own colour, so a discourage from a permanent member can be seen: it signals a likely veto of the recommendation. It is only a signal — the member may change its view, and a permanent member's no opinion, like an abstention in the formal vote, is no veto.".to_owned(),
        StrawPollRule::StrawPollUndifferentiated => "Every member cast the same paper, so a discourage from a permanent member cannot be told from any other: the round cannot show a likely veto. The Council turns to colour-coded papers for that.".to_owned(),
        StrawPollRule::StrawPollRecommendation => "The Council then recommends one candidate by resolution, usually adopted by acclamation at a private meeting, and the General Assembly appoints.".to_owned(),
    }
}

fn write_text(out: &mut String, reading: &StrawPollReading<'_>) -> std::fmt::Result {
    let item = "  ";
    let p = reading.poll;
    writeln!(out, "{}", p.meta.title)?;
    writeln!(out, "{}", header(p))?;
    if p.meta.status == Status::Hypothetical {
        writeln!(
            out,
            "HYPOTHETICAL: not the record; the real ballots are anonymous."
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{NOT_A_VOTE}")?;
    writeln!(out)?;
    writeln!(out, "Candidates:")?;
    for r in &reading.candidates {
        writeln!(out, "{item}{}", p.candidates[r.candidate])?;
        writeln!(out, "{item}  {}", counts(p, r))?;
        writeln!(out, "{item}  {}", reading_of(p, r))?;
    }
    writeln!(out)?;
    writeln!(out, "Why:")?;
    for (i, &rl) in reading.rules.iter().enumerate() {
        writeln!(out, "{item}{}. [{}] {}", i + 1, rl.code(), rl.citation())?;
        writeln!(out, "{item}   {}", rule(rl))?;
    }
    Ok(())
}

/// The reading, with its sources when the counts are reported.
fn reading_of(p: &StrawPoll, r: &CandidateReading) -> String {
    let sources = match &p.results {
        Results::Reported(reported) if !reported[r.candidate].sources.is_empty() => {
            let cited: Vec<&str> = reported[r.candidate]
                .sources
                .iter()
                .map(Source::as_str)
                .collect();
            format!(" [{}]", cited.join("; "))
        }
        _ => String::new(),
    };
    format!("{}{sources}", sentences(r))
}

fn document(reading: &StrawPollReading<'_>) -> Document {
    let p = reading.poll;
    let mut blocks = vec![
        Block::Heading(1, p.meta.title.clone()),
        Block::Para(header(p)),
    ];
    if p.meta.status == Status::Hypothetical {
        blocks.push(Block::Note(
            "Hypothetical: not the record; the real ballots are anonymous.".to_owned(),
        ));
    }
    blocks.push(Block::Verdict(NOT_A_VOTE.to_owned()));
    blocks.push(Block::Table(
        vec![
            "Candidate".to_owned(),
            "Ballots".to_owned(),
            "Reading".to_owned(),
        ],
        reading
            .candidates
            .iter()
            .map(|r| {
                vec![
                    p.candidates[r.candidate].clone(),
                    counts(p, r),
                    reading_of(p, r),
                ]
            })
            .collect(),
    ));
    blocks.push(Block::Heading(2, "Why".to_owned()));
    blocks.push(Block::Numbered(
        reading
            .rules
            .iter()
            .map(|&rl| format!("`{}` ({}): {}", rl.code(), rl.citation(), rule(rl)))
            .collect(),
    ));
    Document::new(p.meta.title.clone(), blocks)
}

#[derive(Serialize)]
struct PollJson<'a> {
    schema_version: u32,
    kind: &'static str,
    #[serde(flatten)]
    meta: MetaJson<'a>,
    council_size: usize,
    round: usize,
    papers: &'static str,
    results: &'static str,
    candidates: Vec<CandidateJson<'a>>,
    rules: Vec<RuleJson>,
}

#[derive(Serialize)]
struct CountsJson {
    encourage: Option<usize>,
    discourage: Option<usize>,
    no_opinion: Option<usize>,
}

#[derive(Serialize)]
struct CandidateJson<'a> {
    name: &'a str,
    encourage: usize,
    discourage: usize,
    no_opinion: usize,
    permanent: Option<CountsJson>,
    nine_encourages: bool,
    permanent_discourage: &'static str,
    prospect: &'static str,
    sources: Vec<&'a str>,
    detail: String,
}

#[derive(Serialize)]
struct RuleJson {
    rule: &'static str,
    citation: &'static str,
    detail: String,
}

fn poll_json<'a>(reading: &'a StrawPollReading<'_>) -> PollJson<'a> {
    let p = reading.poll;
    PollJson {
        schema_version: JSON_SCHEMA_VERSION,
        kind: "straw-poll",
        meta: MetaJson::of(&p.meta),
        council_size: p.council.len(),
        round: p.round,
        papers: match p.papers {
            Papers::ColourCoded => "colour-coded",
            Papers::Undifferentiated => "undifferentiated",
        },
        results: match p.results {
            Results::Reported(_) => "reported",
            Results::Marked(_) => "marked",
        },
        candidates: reading
            .candidates
            .iter()
            .map(|r| CandidateJson {
                name: &p.candidates[r.candidate],
                encourage: r.tally.encourage,
                discourage: r.tally.discourage,
                no_opinion: r.tally.no_opinion,
                permanent: p.permanent_share(r.candidate).map(|share| CountsJson {
                    encourage: share.encourage,
                    discourage: share.discourage,
                    no_opinion: share.no_opinion,
                }),
                nine_encourages: r.nine_encourages,
                permanent_discourage: match r.permanent {
                    PermanentSignal::None => "none",
                    PermanentSignal::Discouraged(_) => "discouraged",
                    PermanentSignal::NotReported => "not-reported",
                    PermanentSignal::NotShown => "not-shown",
                },
                prospect: prospect(r.prospect),
                sources: match &p.results {
                    Results::Reported(reported) => reported[r.candidate]
                        .sources
                        .iter()
                        .map(Source::as_str)
                        .collect(),
                    Results::Marked(_) => Vec::new(),
                },
                detail: sentences(r),
            })
            .collect(),
        rules: reading
            .rules
            .iter()
            .map(|&rl| RuleJson {
                rule: rl.code(),
                citation: rl.citation(),
                detail: rule(rl),
            })
            .collect(),
    }
}
