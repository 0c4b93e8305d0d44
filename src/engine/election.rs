//! One round of an ICJ election in the Council (ICJ Statute, Arts. 8, 10-12; provisional rules
//! of procedure, rules 40 and 61): who obtained an absolute majority, and what happens next.
//!
//! No veto: the Council votes "without any distinction between permanent and non-permanent
//! members" (Art. 10(2)), so who is permanent never changes who has a majority; it is read
//! only to point out, with known ballots, a majority won without a permanent member's vote.

use crate::model::{Ballots, Election};

/// A rule of an ICJ election. Codes are stable; `docs/rules.md` has one heading per code.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum ElectionRule {
    /// Statute, Art. 10(1); rule 40: a candidate needs an absolute majority of the Council's
    /// members.
    IcjAbsoluteMajority,
    /// Statute, Art. 10(2): no distinction between permanent and non-permanent members — no
    /// veto. With members' ballots, names the candidates who obtained a majority though a
    /// permanent member did not mark them.
    IcjNoVeto,
    /// Practice under rule 61: more candidates than vacancies obtained a majority, so the round
    /// fills no seat and the Council ballots again.
    IcjTooManyMajorities,
    /// Rule 61 and Statute, Arts. 11-12: seats remain, so the Council ballots again; after a
    /// third meeting, a joint conference may be formed.
    IcjFurtherBallots,
    /// Statute, Art. 10(3): of two nationals of one State elected by both organs, only the
    /// eldest is elected.
    IcjSameNationality,
    /// Statute, Arts. 8 and 10(1): the General Assembly votes independently and concurrently;
    /// a candidate is elected only with an absolute majority in both.
    IcjAssemblyConcurrent,
}

impl ElectionRule {
    /// Every rule, in the order the explanation gives them.
    pub const ALL: [Self; 6] = [
        Self::IcjAbsoluteMajority,
        Self::IcjNoVeto,
        Self::IcjTooManyMajorities,
        Self::IcjFurtherBallots,
        Self::IcjSameNationality,
        Self::IcjAssemblyConcurrent,
    ];

    /// The stable code.
    #[must_use]
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The authority for the rule.
    #[must_use]
    pub fn citation(self) -> &'static str {
        match self {
            Self::IcjAbsoluteMajority => {
                "ICJ Statute, Art. 10(1); Provisional Rules of Procedure of the Security Council, rule 40"
            }
            Self::IcjNoVeto => "ICJ Statute, Art. 10(2)",
            Self::IcjTooManyMajorities => {
                "Provisional Rules of Procedure, rule 61; practice (SC/15485, 9 November 2023)"
            }
            Self::IcjFurtherBallots => {
                "Provisional Rules of Procedure, rule 61; ICJ Statute, Arts. 11 and 12"
            }
            Self::IcjSameNationality => "ICJ Statute, Art. 10(3)",
            Self::IcjAssemblyConcurrent => "ICJ Statute, Arts. 8 and 10(1)",
        }
    }
}

/// What the round decided in the Council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum RoundOutcome {
    /// As many candidates as vacancies obtained an absolute majority.
    Filled,
    /// Fewer candidates than vacancies did; the others' seats stay open.
    Partial,
    /// More candidates than vacancies did: the round fills no seat.
    TooMany,
}

impl RoundOutcome {
    /// The stable name used in JSON: `filled`, `partial` or `too-many`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One rule applied to the round, with the candidates it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElectionFinding {
    /// The rule.
    pub rule: ElectionRule,
    /// The candidates concerned, in candidate order.
    pub candidates: Vec<usize>,
}

/// The round resolved: the counts, the majority, the outcome and its explanation.
#[derive(Clone, Debug)]
pub struct ElectionRound<'a> {
    /// The election resolved.
    pub election: &'a Election,
    /// The votes each candidate obtained, in candidate order.
    pub votes: Vec<usize>,
    /// The absolute majority required.
    pub majority: usize,
    /// The candidates who obtained it, in candidate order.
    pub with_majority: Vec<usize>,
    /// The round's outcome in the Council.
    pub outcome: RoundOutcome,
    /// The rules applied, in order.
    pub findings: Vec<ElectionFinding>,
    /// Whether the computed majorities match the record's, when there is one.
    pub matches_record: Option<bool>,
}

/// Resolves one round of an ICJ election in the Council.
#[must_use]
pub fn resolve_election(election: &Election) -> ElectionRound<'_> {
    let votes = election.votes();
    let majority = election.absolute_majority();
    let with_majority = elected_by_majority(&votes, majority);
    let outcome = match with_majority.len().cmp(&election.vacancies) {
        std::cmp::Ordering::Equal => RoundOutcome::Filled,
        std::cmp::Ordering::Less => RoundOutcome::Partial,
        std::cmp::Ordering::Greater => RoundOutcome::TooMany,
    };
    let mut findings = vec![
        ElectionFinding {
            rule: ElectionRule::IcjAbsoluteMajority,
            candidates: with_majority.clone(),
        },
        ElectionFinding {
            rule: ElectionRule::IcjNoVeto,
            candidates: passed_over_by_a_permanent_member(election, &with_majority),
        },
    ];
    match outcome {
        RoundOutcome::TooMany => findings.push(ElectionFinding {
            rule: ElectionRule::IcjTooManyMajorities,
            candidates: with_majority.clone(),
        }),
        RoundOutcome::Partial => findings.push(ElectionFinding {
            rule: ElectionRule::IcjFurtherBallots,
            candidates: (0..votes.len())
                .filter(|c| !with_majority.contains(c))
                .collect(),
        }),
        RoundOutcome::Filled => {}
    }
    if outcome != RoundOutcome::TooMany {
        for (i, &a) in with_majority.iter().enumerate() {
            let twin = with_majority[i + 1..].iter().find(|&&b| {
                election.candidates[a].nationality == election.candidates[b].nationality
            });
            if let Some(&b) = twin {
                findings.push(ElectionFinding {
                    rule: ElectionRule::IcjSameNationality,
                    candidates: vec![a, b],
                });
            }
        }
    }
    findings.push(ElectionFinding {
        rule: ElectionRule::IcjAssemblyConcurrent,
        candidates: with_majority.clone(),
    });
    let matches_record = election
        .record
        .as_ref()
        .map(|record| record.majority == with_majority);
    ElectionRound {
        election,
        votes,
        majority,
        with_majority,
        outcome,
        findings,
        matches_record,
    }
}

/// Of `candidates`, those some permanent member cast a ballot without (none when the ballots
/// are not known).
fn passed_over_by_a_permanent_member(election: &Election, candidates: &[usize]) -> Vec<usize> {
    let Ballots::Marked(marked) = &election.ballots else {
        return Vec::new();
    };
    let permanent = election.council.permanent();
    candidates
        .iter()
        .copied()
        .filter(|c| permanent.iter().any(|m| !marked[m].contains(c)))
        .collect()
}

/// The candidates whose votes reach the majority, in candidate order.
fn elected_by_majority(votes: &[usize], majority: usize) -> Vec<usize> {
    (0..votes.len()).filter(|&c| votes[c] >= majority).collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::{prop, prop_assert_eq, proptest};

    use super::{ElectionRule, RoundOutcome, resolve_election};
    use crate::model::{Ballots, Candidate, Council, Election, Member, MemberCode, Seat};

    fn council(size: usize, permanent: u32) -> Council {
        const LETTERS: &[u8; 26] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let members = (0..size)
            .map(|i| {
                let code: MemberCode = format!("AA{}", char::from(LETTERS[i % 26]))
                    .parse()
                    .expect("a code");
                let seat = if permanent & (1 << i) == 0 {
                    Seat::Elected
                } else {
                    Seat::Permanent
                };
                Member::new(code, code.as_str().to_owned(), seat)
            })
            .collect();
        Council::new(members).expect("a council")
    }

    fn election(council: Council, vacancies: usize, marked: Vec<Vec<usize>>) -> Election {
        let candidates = (0..4)
            .map(|c| Candidate {
                name: format!("C{c}"),
                nationality: format!("N{}", c % 3),
            })
            .collect();
        Election::hypothetical(council, vacancies, candidates, Ballots::Marked(marked))
    }

    fn rules(round: &super::ElectionRound<'_>) -> Vec<ElectionRule> {
        round.findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn more_majorities_than_vacancies_fill_no_seat() {
        // Candidates 0 and 1 each on every ballot, for one vacancy (an invalid ballot in
        // practice; here only the counting matters).
        let e = election(council(15, 0b11111), 1, vec![vec![0, 1]; 15]);
        let round = resolve_election(&e);
        assert_eq!(round.outcome, RoundOutcome::TooMany);
        assert_eq!(
            rules(&round),
            [
                ElectionRule::IcjAbsoluteMajority,
                ElectionRule::IcjNoVeto,
                ElectionRule::IcjTooManyMajorities,
                ElectionRule::IcjAssemblyConcurrent
            ]
        );
    }

    #[test]
    fn two_nationals_of_one_state_with_a_majority_bring_article_10_3() {
        // Candidates 0 and 3 share nationality N0.
        let e = election(council(15, 0b11111), 2, vec![vec![0, 3]; 8]);
        let round = resolve_election(&e);
        assert_eq!(round.outcome, RoundOutcome::Filled);
        let twins = round
            .findings
            .iter()
            .find(|f| f.rule == ElectionRule::IcjSameNationality)
            .expect("the Art. 10(3) finding");
        assert_eq!(twins.candidates, [0, 3]);
    }

    #[test]
    fn seats_left_open_call_for_further_ballots_and_a_permanent_members_omission_is_named() {
        // The five permanent members mark no one; eight elected members mark candidate 2.
        let mut marked = vec![Vec::new(); 5];
        marked.extend(vec![vec![2]; 8]);
        let e = election(council(15, 0b11111), 2, marked);
        let round = resolve_election(&e);
        assert_eq!(round.outcome, RoundOutcome::Partial);
        assert_eq!(round.with_majority, [2]);
        assert!(rules(&round).contains(&ElectionRule::IcjFurtherBallots));
        assert_eq!(round.findings[1].candidates, [2]);
    }

    proptest! {
        /// The naive oracle: a candidate has a majority when more than half of the Council's
        /// members marked it, whoever holds a permanent seat.
        #[test]
        fn majorities_are_counted_without_regard_to_permanent_seats(
            size in 5usize..=15,
            permanent in 0u32..(1 << 15),
            vacancies in 1usize..=3,
            marks in prop::collection::vec(prop::collection::btree_set(0usize..4, 0..=3), 15),
        ) {
            let marked: Vec<Vec<usize>> = marks
                .iter()
                .take(size)
                .map(|m| m.iter().copied().take(vacancies).collect())
                .collect();
            let with = election(council(size, permanent), vacancies, marked.clone());
            let without = election(council(size, 0), vacancies, marked.clone());
            let round = resolve_election(&with);
            let oracle: Vec<usize> = (0..4)
                .filter(|c| 2 * marked.iter().filter(|m| m.contains(c)).count() > size)
                .collect();
            prop_assert_eq!(&round.with_majority, &oracle);
            prop_assert_eq!(&resolve_election(&without).with_majority, &oracle);
            let expected = match oracle.len().cmp(&vacancies) {
                std::cmp::Ordering::Equal => RoundOutcome::Filled,
                std::cmp::Ordering::Less => RoundOutcome::Partial,
                std::cmp::Ordering::Greater => RoundOutcome::TooMany,
            };
            prop_assert_eq!(round.outcome, expected);
        }
    }
}
