//! Printable worksheets and their answer keys: each a document, so text, Markdown and HTML.

use crate::engine::Analysis;
use crate::model::Seat;
use crate::render::document::{Block, Document};
use crate::render::{Report, prose};

/// The worksheet of a scenario: context, what members said, blanks to fill, questions. No
/// votes, no outcome, and not the scenario's title, which often names the result: only the
/// draft's symbol and title.
#[derive(Clone, Copy, Debug)]
pub struct Worksheet<'a>(pub &'a Analysis<'a>);

impl Report for Worksheet<'_> {
    fn document(&self) -> Option<Document> {
        Some(worksheet(self.0))
    }
}

/// The answer key of a scenario's worksheet: the scenario's title, votes, outcome, the rule
/// chain, decisive members and the smallest flip.
#[derive(Clone, Copy, Debug)]
pub struct AnswerKey<'a>(pub &'a Analysis<'a>);

impl Report for AnswerKey<'_> {
    fn document(&self) -> Option<Document> {
        Some(answer_key(self.0))
    }
}

fn context(a: &Analysis<'_>) -> Vec<Block> {
    let s = a.scenario;
    let mut blocks = vec![Block::Para(format!(
        "{} · {}{}",
        s.meta.date,
        s.draft
            .symbol
            .as_deref()
            .map(|x| format!("{x} · "))
            .unwrap_or_default(),
        s.draft.title
    ))];
    if !s.draft.penholders.is_empty() {
        blocks.push(Block::Para(format!(
            "Penholders: {}.",
            prose::names(&s.council, s.draft.penholders).join(", ")
        )));
    }
    if !s.draft.provisions.is_empty() {
        blocks.push(Block::Heading(2, "The draft".to_owned()));
        blocks.push(Block::Table(
            vec!["Provision".to_owned(), "What it does".to_owned()],
            s.draft
                .provisions
                .iter()
                .map(|p| vec![p.id.clone(), p.text.clone()])
                .collect(),
        ));
    }
    blocks.push(Block::Para(format!(
        "The rule: {} affirmative votes of {}, {} question; veto: {}.",
        s.rules.threshold,
        s.council.len(),
        s.rules.question.as_str(),
        prose::names(&s.council, s.rules.veto_holders).join(", ")
    )));
    blocks
}

fn worksheet(a: &Analysis<'_>) -> Document {
    let s = a.scenario;
    let title = format!(
        "Worksheet: {}",
        s.draft.symbol.as_deref().unwrap_or(&s.draft.title)
    );
    let mut blocks = vec![
        Block::Heading(1, title.clone()),
        Block::Para("Name: ____________________   Date: __________".to_owned()),
    ];
    blocks.extend(context(a));
    blocks.push(Block::Heading(2, "Predict the vote".to_owned()));
    blocks.push(Block::Table(
        vec![
            "Member".to_owned(),
            "Seat".to_owned(),
            "What it said".to_owned(),
            "Your prediction".to_owned(),
        ],
        s.council
            .members()
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let seat = if m.seat == Seat::Permanent {
                    "permanent"
                } else {
                    "elected"
                };
                vec![
                    m.name.clone(),
                    seat.to_owned(),
                    s.stances[i].reason.clone().unwrap_or_default(),
                    String::new(),
                ]
            })
            .collect(),
    ));
    blocks.push(Block::Heading(2, "Questions".to_owned()));
    blocks.push(Block::Numbered(vec![
        "Will the draft be adopted, vetoed, or fail for want of votes? Why?".to_owned(),
        "Which paragraph of Article 27 decides this vote, and why that one?".to_owned(),
        "If a permanent member abstains, does that block the draft? What did the ICJ say in the Namibia advisory opinion (1971)?".to_owned(),
        "Which members are decisive: whose vote alone, changed, would change the outcome?".to_owned(),
        "What is the smallest change of votes that would flip the outcome?".to_owned(),
    ]));
    Document::new(title, blocks)
}

fn answer_key(a: &Analysis<'_>) -> Document {
    let s = a.scenario;
    let council = &s.council;
    let r = &a.resolution;
    let title = format!("Answer key: {}", s.meta.title);
    let mut blocks = vec![Block::Heading(1, title.clone())];
    blocks.extend(context(a));
    blocks.push(Block::Heading(2, "The vote".to_owned()));
    blocks.push(Block::Table(
        vec!["Member".to_owned(), "Vote".to_owned()],
        council
            .members()
            .iter()
            .enumerate()
            .map(|(i, m)| {
                vec![
                    m.name.clone(),
                    r.ballot
                        .vote(i)
                        .map(|v| v.as_str().to_owned())
                        .unwrap_or_default(),
                ]
            })
            .collect(),
    ));
    blocks.push(Block::Para(format!(
        "{}. {}.",
        prose::verdict(council, r),
        prose::tally_sentence(council, &r.ballot)
    )));
    blocks.push(Block::Heading(2, "Answers".to_owned()));
    let rules: Vec<String> = r
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} ({}): {}",
                f.rule.code(),
                f.rule.citation(),
                prose::finding(council, f, r)
            )
        })
        .collect();
    let decisive: Vec<String> = a
        .explanation
        .decisive
        .iter()
        .map(|p| prose::pivot(council, p, &a.scenario.rules))
        .collect();
    blocks.push(Block::Numbered(vec![
        format!("{}.", prose::verdict(council, r)),
        rules.join(" "),
        "No: by the Council's consistent practice, confirmed by the ICJ in the Namibia advisory opinion (1971, para. 22), a permanent member's abstention is not a veto.".to_owned(),
        if decisive.is_empty() { "No single member is decisive.".to_owned() } else { decisive.join(" ") },
        a.explanation
            .smallest_flip
            .as_ref()
            .map_or_else(|| "No change of votes could flip it.".to_owned(), |f| format!("{}.", prose::capitalised(&prose::flip(council, f, &a.scenario.rules)))),
    ]));
    if let Some(record) = &s.record {
        blocks.push(Block::Para(format!(
            "Source of the record: {}.",
            record.source
        )));
    }
    Document::new(title, blocks)
}
