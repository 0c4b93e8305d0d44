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
    blocks.push(Block::Para(prose::rule_sentence(&s.council, &s.rules)));
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

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::{AnswerKey, Worksheet};
    use crate::engine::analyse;
    use crate::render::{Format, fixture, render};

    #[test]
    fn worksheet_as_text_and_markdown() {
        let scenario = fixture::scenario();
        let analysis = analyse(&scenario);
        assert_data_eq!(
            render(&Worksheet(&analysis), Format::Text).unwrap(),
            str![[r#"
Worksheet: A draft
==================

Name: ____________________   Date: __________

2026-03-15 · A draft

Penholders: France.

The draft
---------

Provision  What it does
---------  -----------------
mandate    Renew the mandate
sanctions  Impose sanctions

The rule: 9 affirmative votes of 15 needed (substantive question); veto: China, France, Russian Federation, United Kingdom, United States.

Predict the vote
----------------

Member                            Seat       What it said            Your prediction
--------------------------------  ---------  ----------------------  ---------------
China                             permanent
France                            permanent
Russian Federation                permanent  Sanctions do not help.
United Kingdom                    permanent
United States                     permanent
Bahrain                           elected
Colombia                          elected
Democratic Republic of the Congo  elected
Denmark                           elected
Greece                            elected
Latvia                            elected
Liberia                           elected
Pakistan                          elected
Panama                            elected
Somalia                           elected

Questions
---------

  1. Will the draft be adopted, vetoed, or fail for want of votes? Why?
  2. Which paragraph of Article 27 decides this vote, and why that one?
  3. If a permanent member abstains, does that block the draft? What did the ICJ say in the Namibia advisory opinion (1971)?
  4. Which members are decisive: whose vote alone, changed, would change the outcome?
  5. What is the smallest change of votes that would flip the outcome?

"#]]
        );
        assert_data_eq!(
            render(&Worksheet(&analysis), Format::Markdown).unwrap(),
            str![[r#"
# Worksheet: A draft

Name: ____________________   Date: __________

2026-03-15 · A draft

Penholders: France.

## The draft

| Provision | What it does |
| --- | --- |
| mandate | Renew the mandate |
| sanctions | Impose sanctions |

The rule: 9 affirmative votes of 15 needed (substantive question); veto: China, France, Russian Federation, United Kingdom, United States.

## Predict the vote

| Member | Seat | What it said | Your prediction |
| --- | --- | --- | --- |
| China | permanent |  |  |
| France | permanent |  |  |
| Russian Federation | permanent | Sanctions do not help. |  |
| United Kingdom | permanent |  |  |
| United States | permanent |  |  |
| Bahrain | elected |  |  |
| Colombia | elected |  |  |
| Democratic Republic of the Congo | elected |  |  |
| Denmark | elected |  |  |
| Greece | elected |  |  |
| Latvia | elected |  |  |
| Liberia | elected |  |  |
| Pakistan | elected |  |  |
| Panama | elected |  |  |
| Somalia | elected |  |  |

## Questions

1. Will the draft be adopted, vetoed, or fail for want of votes? Why?
2. Which paragraph of Article 27 decides this vote, and why that one?
3. If a permanent member abstains, does that block the draft? What did the ICJ say in the Namibia advisory opinion (1971)?
4. Which members are decisive: whose vote alone, changed, would change the outcome?
5. What is the smallest change of votes that would flip the outcome?

"#]]
        );
        assert!(render(&Worksheet(&analysis), Format::Json).is_err());
    }

    #[test]
    fn answer_key_as_text_and_markdown() {
        let scenario = fixture::scenario();
        let analysis = analyse(&scenario);
        assert_data_eq!(
            render(&AnswerKey(&analysis), Format::Text).unwrap(),
            str![[r#"
Answer key: A test veto
=======================

2026-03-15 · A draft

Penholders: France.

The draft
---------

Provision  What it does
---------  -----------------
mandate    Renew the mandate
sanctions  Impose sanctions

The rule: 9 affirmative votes of 15 needed (substantive question); veto: China, France, Russian Federation, United Kingdom, United States.

The vote
--------

Member                            Vote
--------------------------------  -------
China                             abstain
France                            yes
Russian Federation                no
United Kingdom                    yes
United States                     yes
Bahrain                           yes
Colombia                          yes
Democratic Republic of the Congo  yes
Denmark                           yes
Greece                            yes
Latvia                            yes
Liberia                           yes
Pakistan                          yes
Panama                            yes
Somalia                           yes

NOT ADOPTED — VETOED by Russian Federation. 13 in favour to 1 against (Russian Federation), with 1 abstention (China).

Answers
-------

  1. NOT ADOPTED — VETOED by Russian Federation.
  2. substantive-majority (UN Charter, Art. 27(3)): 13 affirmative votes; 9 required — met. permanent-member-veto (UN Charter, Art. 27(3)): The Russian Federation, a permanent member, voted against — the draft is vetoed. abstention-is-not-veto (Council practice; ICJ, Namibia Advisory Opinion, ICJ Reports 1971, p. 16, para. 22): China abstained — the abstention of a permanent member is not a veto. veto-initiative (General Assembly resolution 76/262 (26 April 2022), para. 1): Because the Russian Federation cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation.
  3. No: by the Council's consistent practice, confirmed by the ICJ in the Namibia advisory opinion (1971, para. 22), a permanent member's abstention is not a veto.
  4. Russian Federation — had it abstained, been absent or voted in favour, the draft would have been adopted.
  5. Had the Russian Federation abstained, the draft would have been adopted 13-0-2.

"#]]
        );
        assert_data_eq!(
            render(&AnswerKey(&analysis), Format::Markdown).unwrap(),
            str![[r#"
# Answer key: A test veto

2026-03-15 · A draft

Penholders: France.

## The draft

| Provision | What it does |
| --- | --- |
| mandate | Renew the mandate |
| sanctions | Impose sanctions |

The rule: 9 affirmative votes of 15 needed (substantive question); veto: China, France, Russian Federation, United Kingdom, United States.

## The vote

| Member | Vote |
| --- | --- |
| China | abstain |
| France | yes |
| Russian Federation | no |
| United Kingdom | yes |
| United States | yes |
| Bahrain | yes |
| Colombia | yes |
| Democratic Republic of the Congo | yes |
| Denmark | yes |
| Greece | yes |
| Latvia | yes |
| Liberia | yes |
| Pakistan | yes |
| Panama | yes |
| Somalia | yes |

NOT ADOPTED — VETOED by Russian Federation. 13 in favour to 1 against (Russian Federation), with 1 abstention (China).

## Answers

1. NOT ADOPTED — VETOED by Russian Federation.
2. substantive-majority (UN Charter, Art. 27(3)): 13 affirmative votes; 9 required — met. permanent-member-veto (UN Charter, Art. 27(3)): The Russian Federation, a permanent member, voted against — the draft is vetoed. abstention-is-not-veto (Council practice; ICJ, Namibia Advisory Opinion, ICJ Reports 1971, p. 16, para. 22): China abstained — the abstention of a permanent member is not a veto. veto-initiative (General Assembly resolution 76/262 (26 April 2022), para. 1): Because the Russian Federation cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation.
3. No: by the Council's consistent practice, confirmed by the ICJ in the Namibia advisory opinion (1971, para. 22), a permanent member's abstention is not a veto.
4. Russian Federation — had it abstained, been absent or voted in favour, the draft would have been adopted.
5. Had the Russian Federation abstained, the draft would have been adopted 13-0-2.

"#]]
        );
    }
}
