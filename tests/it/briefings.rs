//! Nothing a student reads before predicting gives the answer away: over every bundled
//! scenario, no worksheet (Markdown or HTML) and no exercise briefing names the outcome,
//! shows the tally, or prints the scenario's title (which often names the result).

use std::collections::BTreeSet;

use unsc::bundled;
use unsc::engine::{Tally, analyse};
use unsc::model::Scenario;
use unsc::render::{AnswerKey, Briefing, Format, Worksheet, render};
use unsc::scenario::load;
use unsc::teach::Exercise;

/// Words and phrases that state or strongly hint at a result, matched as whole words,
/// case-insensitively. Bare "veto" is not among them: the rule line names who holds one.
/// Nor is "against": a draft is titled "Aggression against Ukraine".
const OUTCOME_WORDS: &[&str] = &[
    "adopted",
    "adoption",
    "unanimous",
    "unanimously",
    "vetoed",
    "vetoes",
    "vetoing",
    "double veto",
    "a veto",
    "its veto",
    "veto by",
    "failed",
    "fails",
    "blocked",
    "rejected",
    "defeated",
    "abstained",
    "abstaining",
    "abstention",
    "abstentions",
    "voted",
    "in favour",
];

/// Passages allowed although they contain an outcome word, each with why it reveals nothing.
const ALLOWED: &[(&str, &str)] = &[
    // What the Russian Federation said before the vote on its own draft: a warning about
    // what would follow *if* the draft failed, not a report that it did.
    (
        "2023-08-30-mali-sanctions-russia",
        "no return to the question if it failed",
    ),
];

fn scenarios() -> Vec<Scenario> {
    bundled::ALL
        .iter()
        .map(|b| load(b.file_name, b.text).expect("bundled scenarios load"))
        .collect()
}

/// Every text a student sees before predicting, by kind.
fn briefings(scenario: &Scenario) -> Vec<(String, String)> {
    let analysis = analyse(scenario);
    let worksheet = Worksheet(&analysis);
    let mut texts: Vec<(String, String)> = [Format::Text, Format::Markdown, Format::Html]
        .into_iter()
        .map(|format| {
            let text = render(&worksheet, format).expect("a worksheet is text, Markdown and HTML");
            (format!("worksheet ({format})"), text)
        })
        .collect();
    for exercise in [Exercise::Predict, Exercise::Compromise, Exercise::Penholder] {
        let briefing = Briefing { scenario, exercise };
        let text = render(&briefing, Format::Text).expect("a briefing is text");
        texts.push((format!("{exercise:?} briefing"), text));
    }
    texts
}

/// Lines, split again at tags so that an HTML page's elements count one by one.
fn fragments(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', '<'])
}

fn contains_word(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(at, _)| {
        !is_word(text[..at].chars().next_back())
            && !is_word(text[at + phrase.len()..].chars().next())
    })
}

/// `13-1-1` as the UN writes a tally, not as part of a longer run of digits and dashes
/// such as a date.
fn contains_tally(text: &str, tally: &Tally) -> bool {
    let forms = [
        format!("{}-{}-{}", tally.yes, tally.no, tally.abstain),
        format!("{} in favour", tally.yes),
        format!("{} votes to", tally.yes),
    ];
    let is_part = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '-');
    forms.iter().any(|form| {
        text.match_indices(form.as_str()).any(|(at, _)| {
            !is_part(text[..at].chars().next_back())
                && !is_part(text[at + form.len()..].chars().next())
        })
    })
}

#[test]
fn no_briefing_reveals_the_outcome_the_tally_or_the_scenario_title() {
    let scenarios = scenarios();
    let all: Vec<Vec<(String, String)>> = scenarios.iter().map(briefings).collect();
    // Lines (or, in HTML, elements) printed identically for every scenario — the task's
    // wording, which lists the possible outcomes as choices — carry no information about any
    // one vote.
    let kinds = all[0].len();
    let shared: Vec<BTreeSet<&str>> = (0..kinds)
        .map(|k| {
            let mut common: BTreeSet<&str> = fragments(&all[0][k].1).collect();
            for texts in &all[1..] {
                let lines: BTreeSet<&str> = fragments(&texts[k].1).collect();
                common.retain(|l| lines.contains(l));
            }
            common
        })
        .collect();
    let mut leaks = Vec::new();
    for (scenario, texts) in scenarios.iter().zip(&all) {
        let id = scenario.meta.id.as_str();
        let analysis = analyse(scenario);
        let mut tallies = vec![analysis.resolution.tally];
        tallies.extend(
            scenario
                .record
                .as_ref()
                .and_then(|r| r.ballot.as_ref())
                .map(Tally::of),
        );
        for (k, (kind, text)) in texts.iter().enumerate() {
            assert!(
                text.contains(&scenario.draft.title),
                "{id}: the {kind} shows the draft's title"
            );
            if scenario.meta.title != scenario.draft.title && text.contains(&scenario.meta.title) {
                leaks.push(format!("{id}: the {kind} prints the scenario title"));
            }
            let mut specific = String::new();
            for line in fragments(text).filter(|l| !shared[k].contains(l)) {
                specific.push_str(line);
                specific.push('\n');
            }
            for (allowed_id, passage) in ALLOWED {
                if *allowed_id == id {
                    specific = specific.replace(passage, "");
                }
            }
            for word in OUTCOME_WORDS {
                if contains_word(&specific, word) {
                    leaks.push(format!("{id}: the {kind} says \"{word}\""));
                }
            }
            for tally in &tallies {
                if contains_tally(&specific, tally) {
                    leaks.push(format!("{id}: the {kind} shows the tally {tally:?}"));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

#[test]
fn the_leak_checks_catch_what_they_look_for() {
    assert!(contains_word("NOT ADOPTED — VETOED by", "vetoed"));
    assert!(!contains_word("Veto: China, France", "vetoed"));
    assert!(contains_tally(
        "adopted 13-0-2.",
        &Tally::from_counts(13, 0, 2, 15)
    ));
    assert!(!contains_tally(
        "2013-0-2 and 113-0-2",
        &Tally::from_counts(13, 0, 2, 15)
    ));
}

#[test]
fn the_answer_key_keeps_the_title_and_the_verdict() {
    let source = bundled::find("2023-08-30-mali-sanctions-france-uae").expect("bundled");
    let scenario = load(source.file_name, source.text).expect("loads");
    let key = render(&AnswerKey(&analyse(&scenario)), Format::Markdown).expect("Markdown");
    assert!(key.contains(&scenario.meta.title), "{key}");
    assert!(
        key.contains("VETOED") && key.contains("13 in favour"),
        "{key}"
    );
}

/// The rule every briefing and worksheet states names as veto-holders exactly the members
/// the resolver gives a veto on the question (none on a procedural one, a uniting-for-peace
/// call or a review conference), and a statement's consensus rather than a vote.
#[test]
fn the_stated_rule_names_the_veto_the_question_has() {
    for scenario in scenarios() {
        let id = &scenario.meta.id;
        let veto = unsc::engine::Resolver::new(&scenario.rules).veto_players();
        for (kind, text) in briefings(&scenario) {
            let rule = text
                .split(['\n', '<', '>'])
                .find(|l| l.starts_with("The rule: "))
                .unwrap_or_else(|| panic!("{id}: the {kind} states no rule"));
            if scenario.rules.question == unsc::model::QuestionKind::Statement {
                assert!(rule.contains("consensus, without a vote"), "{id}: {rule}");
            } else if veto.is_empty() {
                assert!(rule.contains("no veto applies"), "{id}: the {kind}: {rule}");
            } else {
                for member in veto.iter() {
                    let name = &scenario.council.member(member).name;
                    assert!(rule.contains(name.as_str()), "{id}: the {kind}: {rule}");
                }
            }
        }
    }
}
