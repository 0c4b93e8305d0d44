//! Property tests: the engine against a deliberately naive restatement of Article 27, and
//! the invariants any correct engine keeps.

use proptest::prelude::*;
use unsc::engine::{Outcome, Resolver, decisive, smallest_flip};
use unsc::model::{Ballot, MemberSet, Preset, QuestionKind, RuleSet, Vote};

/// Article 27, as a first-year student would write it down.
fn naive(votes: &[Vote], permanent: &[bool], procedural: bool, threshold: usize) -> &'static str {
    let yes = votes.iter().filter(|&&v| v == Vote::Yes).count();
    if yes < threshold {
        return "failed";
    }
    let permanent_no = votes
        .iter()
        .zip(permanent)
        .any(|(&v, &p)| p && v == Vote::No);
    if !procedural && permanent_no {
        return "vetoed";
    }
    "adopted"
}

fn vote() -> impl Strategy<Value = Vote> {
    prop_oneof![
        Just(Vote::Yes),
        Just(Vote::No),
        Just(Vote::Abstain),
        Just(Vote::Absent)
    ]
}

#[derive(Debug, Clone)]
struct Case {
    votes: Vec<Vote>,
    permanent: Vec<bool>,
    procedural: bool,
    threshold: usize,
}

impl Case {
    fn rules(&self) -> RuleSet {
        RuleSet {
            preset: Preset::Charter,
            customised: true,
            restrained: MemberSet::EMPTY,
            threshold: self.threshold,
            veto_holders: self
                .permanent
                .iter()
                .enumerate()
                .filter(|(_, p)| **p)
                .map(|(i, _)| i)
                .collect(),
            abstention_blocks: false,
            absence_blocks: false,
            question: if self.procedural {
                QuestionKind::Procedural
            } else {
                QuestionKind::Substantive
            },
            dispute_parties: MemberSet::EMPTY,
        }
    }

    fn ballot(&self) -> Ballot {
        Ballot::from_votes(&self.votes)
    }
}

fn case(max_members: usize) -> impl Strategy<Value = Case> {
    (1..=max_members)
        .prop_flat_map(|n| {
            (
                prop::collection::vec(vote(), n),
                prop::collection::vec(any::<bool>(), n),
                any::<bool>(),
                1..=n,
            )
        })
        .prop_map(|(votes, permanent, procedural, threshold)| Case {
            votes,
            permanent,
            procedural,
            threshold,
        })
}

fn charter_case() -> impl Strategy<Value = Case> {
    (prop::collection::vec(vote(), 15), any::<bool>()).prop_map(|(votes, procedural)| Case {
        votes,
        permanent: (0..15).map(|i| i < 5).collect(),
        procedural,
        threshold: 9,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn agrees_with_the_naive_restatement(case in prop_oneof![case(20), charter_case()]) {
        let outcome = Resolver::new(&case.rules()).outcome(&case.ballot());
        prop_assert_eq!(outcome.as_str(), naive(&case.votes, &case.permanent, case.procedural, case.threshold));
    }

    #[test]
    fn a_new_yes_never_unadopts(case in case(20), member in 0usize..20) {
        let member = member % case.votes.len();
        let resolver = Resolver::new(&case.rules());
        let before = resolver.outcome(&case.ballot());
        let after = resolver.outcome(&case.ballot().with(member, Vote::Yes));
        prop_assert!(!before.is_adopted() || after.is_adopted());
    }

    #[test]
    fn a_procedural_vote_depends_only_on_the_yes_count(mut case in case(20)) {
        case.procedural = true;
        let outcome = Resolver::new(&case.rules()).outcome(&case.ballot());
        let yes = case.votes.iter().filter(|&&v| v == Vote::Yes).count();
        prop_assert_eq!(outcome.is_adopted(), yes >= case.threshold);
        prop_assert!(!matches!(outcome, Outcome::Vetoed(_)));
    }

    #[test]
    fn abstention_or_absence_is_never_a_veto(case in case(20)) {
        let mut case = case;
        for v in &mut case.votes {
            if *v == Vote::No { *v = Vote::Abstain; }
        }
        let outcome = Resolver::new(&case.rules()).outcome(&case.ballot());
        prop_assert!(!matches!(outcome, Outcome::Vetoed(_)));
    }

    #[test]
    fn member_order_never_matters(case in case(20), seed in any::<u64>()) {
        let n = case.votes.len();
        let mut order: Vec<usize> = (0..n).collect();
        // A deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut state = seed;
        for i in (1..n).rev() {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let j = usize::try_from(state >> 33).unwrap_or(0) % (i + 1);
            order.swap(i, j);
        }
        let shuffled = Case {
            votes: order.iter().map(|&i| case.votes[i]).collect(),
            permanent: order.iter().map(|&i| case.permanent[i]).collect(),
            ..case.clone()
        };
        let a = Resolver::new(&case.rules()).outcome(&case.ballot());
        let b = Resolver::new(&shuffled.rules()).outcome(&shuffled.ballot());
        prop_assert_eq!(a.as_str(), b.as_str());
        let vetoed_a: Vec<usize> = a.vetoed_by().iter().collect();
        let mut vetoed_b: Vec<usize> = b.vetoed_by().iter().map(|i| order[i]).collect();
        vetoed_b.sort_unstable();
        prop_assert_eq!(vetoed_a, vetoed_b);
    }
}

/// The smallest number of vote changes that flips adoption, by trying every ballot.
fn brute_force_flip(
    resolver: &Resolver,
    ballot: &Ballot,
    n: usize,
    frozen: MemberSet,
) -> Option<usize> {
    let adopted = resolver.outcome(ballot).is_adopted();
    let mut best: Option<usize> = None;
    let total = 4usize.pow(u32::try_from(n).expect("small council"));
    for code in 0..total {
        let mut candidate = *ballot;
        let mut changes = 0;
        let mut rest = code;
        let mut allowed = true;
        for member in 0..n {
            let vote = Vote::ALL[rest % 4];
            rest /= 4;
            if Some(vote) != ballot.vote(member) {
                if frozen.contains(member) {
                    allowed = false;
                    break;
                }
                changes += 1;
                candidate = candidate.with(member, vote);
            }
        }
        if allowed && resolver.outcome(&candidate).is_adopted() != adopted {
            best = Some(best.map_or(changes, |b| b.min(changes)));
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_smallest_flip_is_truly_smallest(
        case in case(7),
        abstention_blocks in any::<bool>(),
        absence_blocks in any::<bool>(),
        dispute in 0usize..8,
    ) {
        let n = case.votes.len();
        let mut rules = case.rules();
        rules.abstention_blocks = abstention_blocks;
        rules.absence_blocks = absence_blocks;
        if dispute < n {
            rules.dispute_parties = MemberSet::EMPTY.with(dispute);
        }
        let resolver = Resolver::new(&rules);
        let ballot = case.ballot();
        let expected = brute_force_flip(&resolver, &ballot, n, rules.dispute_parties);
        let flip = smallest_flip(&resolver, &ballot);
        prop_assert_eq!(flip.as_ref().map(|f| f.changes.len()), expected);
        if let Some(flip) = flip {
            let flipped = flip.changes.iter().fold(ballot, |b, c| b.with(c.member, c.to));
            prop_assert_ne!(resolver.outcome(&flipped).is_adopted(), resolver.outcome(&ballot).is_adopted());
            prop_assert!(flip.changes.iter().all(|c| !rules.dispute_parties.contains(c.member)));
        }
        // A member is decisive exactly when a one-vote flip through it exists.
        let pivots = decisive(&resolver, &ballot);
        prop_assert_eq!(!pivots.is_empty(), expected == Some(1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The preliminary question is decided exactly as a substantive one: the veto applies.
    #[test]
    fn a_preliminary_question_is_decided_as_a_substantive_one(case in case(20)) {
        let mut rules = case.rules();
        rules.question = QuestionKind::Substantive;
        let substantive = Resolver::new(&rules).outcome(&case.ballot());
        rules.question = QuestionKind::Preliminary;
        prop_assert_eq!(Resolver::new(&rules).outcome(&case.ballot()), substantive);
    }

    /// A consensus statement is agreed exactly when no member objects; the objectors, elected
    /// or permanent, are the blockers; and it is never "vetoed" or "failed".
    #[test]
    fn a_statement_is_blocked_exactly_by_its_objectors(case in case(20)) {
        let n = case.votes.len();
        let rules = case.rules().consensus(MemberSet::first(n));
        let resolver = Resolver::new(&rules);
        let ballot = case.ballot();
        let objectors: MemberSet = case
            .votes
            .iter()
            .enumerate()
            .filter(|(_, v)| **v == Vote::No)
            .map(|(i, _)| i)
            .collect();
        let expected = if objectors.is_empty() { Outcome::Adopted } else { Outcome::Blocked(objectors) };
        prop_assert_eq!(resolver.outcome(&ballot), expected);
    }

    /// The explanation of a statement holds too: the smallest flip is truly smallest.
    #[test]
    fn a_statements_smallest_flip_is_truly_smallest(case in case(7)) {
        let n = case.votes.len();
        let rules = case.rules().consensus(MemberSet::first(n));
        let resolver = Resolver::new(&rules);
        let ballot = case.ballot();
        let expected = brute_force_flip(&resolver, &ballot, n, MemberSet::EMPTY);
        let flip = smallest_flip(&resolver, &ballot);
        prop_assert_eq!(flip.as_ref().map(|f| f.changes.len()), expected);
        let pivots = decisive(&resolver, &ballot);
        prop_assert_eq!(!pivots.is_empty(), expected == Some(1));
    }
}
