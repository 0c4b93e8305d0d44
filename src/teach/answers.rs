//! A student's answers, one per line: `RUS = no`, `outcome = vetoed`, `drop = ID`, `win = CODE`.
//! Every bad line is reported with a stable code (documented in `docs/teaching.md`).

use crate::input::{Problem, Problems, shown};
use crate::model::{MemberCode, MemberSet, OutcomeKind, ProvisionSet, Scenario, Vote};

/// Everything a student answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Predicted votes, in the order given.
    pub votes: Vec<(usize, Vote)>,
    /// The predicted outcome.
    pub outcome: Option<OutcomeKind>,
    /// Provisions the student drops.
    pub drop: ProvisionSet,
    /// Members the student wins over.
    pub win: MemberSet,
}

impl Answers {
    /// The predicted vote of `member`, if any.
    #[must_use]
    pub fn vote_of(&self, member: usize) -> Option<Vote> {
        self.votes
            .iter()
            .find(|(m, _)| *m == member)
            .map(|(_, v)| *v)
    }
}

/// Parses a vote written as a word or its first letter (`x` for absent).
#[must_use]
pub fn parse_vote(text: &str) -> Option<Vote> {
    match text.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(Vote::Yes),
        "n" | "no" => Some(Vote::No),
        "a" | "abstain" => Some(Vote::Abstain),
        "x" | "absent" => Some(Vote::Absent),
        "p" | "not-participating" => Some(Vote::NotParticipating),
        _ => None,
    }
}

/// Parses an outcome word.
#[must_use]
pub fn parse_outcome(text: &str) -> Option<OutcomeKind> {
    text.trim().to_ascii_lowercase().parse::<OutcomeKind>().ok()
}

/// Reads answers against a scenario, reporting every bad line. `file_name` is only used in
/// messages.
///
/// # Errors
/// One problem per line that names an unknown member, vote, outcome or provision, repeats a
/// member, or is not `KEY = VALUE`.
pub fn parse(
    file_name: &str,
    scenario: &Scenario,
    text: &str,
) -> Result<Answers, Problems<&'static str>> {
    let mut answers = Answers::default();
    let mut problems = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let span = start..start + raw.trim_end_matches(['\n', '\r']).len();
        start += raw.len();
        let content = raw.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        let mut fail = |code: &'static str, message: String| {
            problems.push(Problem::new(code, Some(span.clone()), message).label("this line"));
        };
        let Some((key, value)) = content.split_once('=') else {
            fail(
                "not-key-value",
                format!(
                    "`{}` is not KEY = VALUE (e.g. RUS = no, outcome = vetoed)",
                    shown(content)
                ),
            );
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        let (shown_key, shown_value) = (shown(key), shown(value));
        match key.to_ascii_lowercase().as_str() {
            "outcome" => match parse_outcome(value) {
                Some(outcome) => answers.outcome = Some(outcome),
                None => fail(
                    "unknown-outcome",
                    format!(
                        "`{shown_value}` is not an outcome; expected {}",
                        crate::input::one_of::<OutcomeKind>()
                    ),
                ),
            },
            "drop" => match scenario.draft.provisions.iter().position(|p| p.id == value) {
                Some(p) => answers.drop = answers.drop.with(p),
                None => fail(
                    "unknown-provision",
                    format!("the draft has no provision `{shown_value}`"),
                ),
            },
            "win" => match member(scenario, value) {
                Some(m) => answers.win = answers.win.with(m),
                None => fail(
                    "unknown-member",
                    format!("{shown_value} is not a member of this Council"),
                ),
            },
            _ => match (member(scenario, key), parse_vote(value)) {
                (None, _) => fail(
                    "unknown-member",
                    format!(
                        "{shown_key} is not a member of this Council, nor outcome, drop or win"
                    ),
                ),
                (Some(_), None) => fail(
                    "unknown-vote",
                    format!(
                        "`{shown_value}` is not a vote; expected yes, no, abstain, absent or not-participating (or y, n, a, x, p)"
                    ),
                ),
                (Some(m), Some(_)) if answers.vote_of(m).is_some() => {
                    fail("duplicate-answer", format!("{key} is answered twice"));
                }
                (Some(m), Some(vote)) => answers.votes.push((m, vote)),
            },
        }
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(Problems::new(file_name, text, problems))
    }
}

fn member(scenario: &Scenario, code: &str) -> Option<usize> {
    MemberCode::from_any_case(code).and_then(|c| scenario.council.index_of(c))
}
