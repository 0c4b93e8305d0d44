//! Property tests: the engine against a deliberately naive restatement of Article 27, and
//! the invariants any correct engine keeps.

use num_bigint::BigInt;
use num_rational::BigRational;
use proptest::prelude::*;
use unsc::engine::{Outcome, Resolver, decisive, smallest_flip};
use unsc::model::{
    Ballot, Basis, ChallengeVote, MemberSet, PreliminaryReading, Preset, PresidentRuling,
    QuestionKind, RuleSet, Ruling, Vote,
};
use unsc::power::{Game, Index, IndexSet, indices};

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
        let mut rules = RuleSet::new(Preset::Charter, MemberSet::EMPTY, self.votes.len());
        rules.threshold = self.threshold;
        rules.veto_holders = self
            .permanent
            .iter()
            .enumerate()
            .filter(|(_, p)| **p)
            .map(|(i, _)| i)
            .collect();
        rules.question = if self.procedural {
            QuestionKind::Procedural
        } else {
            QuestionKind::Substantive
        };
        rules
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
fn brute_force_flip(resolver: &Resolver, ballot: &Ballot, n: usize) -> Option<usize> {
    let adopted = resolver.outcome(ballot).is_adopted();
    let mut best: Option<usize> = None;
    let total = 4usize.pow(u32::try_from(n).expect("small council"));
    for code in 0..total {
        let mut candidate = *ballot;
        let mut changes = 0;
        let mut rest = code;
        for member in 0..n {
            let vote = Vote::ALL[rest % 4];
            rest /= 4;
            if Some(vote) != ballot.vote(member) {
                changes += 1;
                candidate = candidate.with(member, vote);
            }
        }
        if resolver.outcome(&candidate).is_adopted() != adopted {
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
        // A party to a dispute votes as cast (the proviso's finding changes no outcome), so
        // its vote may be part of the smallest flip.
        let n = case.votes.len();
        let mut rules = case.rules();
        rules.abstention_blocks = abstention_blocks;
        rules.absence_blocks = absence_blocks;
        if dispute < n {
            rules.dispute_parties = MemberSet::EMPTY.with(dispute);
        }
        let resolver = Resolver::new(&rules);
        let ballot = case.ballot();
        let expected = brute_force_flip(&resolver, &ballot, n);
        let flip = smallest_flip(&resolver, &ballot);
        prop_assert_eq!(flip.as_ref().map(|f| f.changes.len()), expected);
        if let Some(flip) = flip {
            let flipped = flip.changes.iter().fold(ballot, |b, c| b.with(c.member, c.to));
            prop_assert_ne!(resolver.outcome(&flipped).is_adopted(), resolver.outcome(&ballot).is_adopted());
        }
        // A member is decisive for adoption exactly when a one-vote flip through it exists.
        let adopted = resolver.outcome(&ballot).is_adopted();
        let pivots = decisive(&resolver, &ballot);
        let flips = pivots.iter().any(|p| p.flips_to.iter().any(|(_, o)| o.is_adopted() != adopted));
        prop_assert_eq!(flips, expected == Some(1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The preliminary question is decided as a procedural one under rule 30, and as a
    /// substantive one (the veto applies) under the 1945 San Francisco reading.
    #[test]
    fn a_preliminary_question_is_decided_by_its_reading(case in case(20)) {
        let mut rules = case.rules();
        rules.question = QuestionKind::Substantive;
        let substantive = Resolver::new(&rules).outcome(&case.ballot());
        rules.question = QuestionKind::Procedural;
        let procedural = Resolver::new(&rules).outcome(&case.ballot());
        rules.question = QuestionKind::Preliminary;
        prop_assert_eq!(Resolver::new(&rules).outcome(&case.ballot()), procedural);
        rules.preliminary = PreliminaryReading::SanFrancisco1945;
        prop_assert_eq!(Resolver::new(&rules).outcome(&case.ballot()), substantive);
    }

    /// A consensus statement is agreed exactly when no member objects; the objectors, elected
    /// or permanent, are the blockers; and it is never "vetoed" or "failed".
    #[test]
    fn a_statement_is_blocked_exactly_by_its_objectors(case in case(20)) {
        let rules = case.rules().consensus();
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

    /// The explanation of a statement holds too: the smallest flip is truly smallest. Up to
    /// five members (4^5 ballots each) keep it to about a second: a statement's rule counts
    /// objectors only, which five seats already cover from none to all.
    #[test]
    fn a_statements_smallest_flip_is_truly_smallest(case in case(5)) {
        let n = case.votes.len();
        let rules = case.rules().consensus();
        let resolver = Resolver::new(&rules);
        let ballot = case.ballot();
        let expected = brute_force_flip(&resolver, &ballot, n);
        let flip = smallest_flip(&resolver, &ballot);
        prop_assert_eq!(flip.as_ref().map(|f| f.changes.len()), expected);
        let adopted = resolver.outcome(&ballot).is_adopted();
        let pivots = decisive(&resolver, &ballot);
        let flips = pivots.iter().any(|p| p.flips_to.iter().any(|(_, o)| o.is_adopted() != adopted));
        prop_assert_eq!(flips, expected == Some(1));
    }
}

fn question() -> impl Strategy<Value = QuestionKind> {
    prop::sample::select(<QuestionKind as strum::IntoEnumIterator>::iter().collect::<Vec<_>>())
}

fn basis() -> impl Strategy<Value = Option<Basis>> {
    prop::option::of(prop::sample::select(
        <Basis as strum::IntoEnumIterator>::iter().collect::<Vec<_>>(),
    ))
}

/// A random rule set for `case`: any question, dispute parties and basis, and perhaps the
/// `veto-restraint` pledge on a draft concerning mass atrocities.
fn any_rules(
    case: &Case,
    question: QuestionKind,
    parties: MemberSet,
    basis: Option<Basis>,
    pledge: bool,
) -> RuleSet {
    let mut rules = case.rules();
    rules.question = question;
    rules.dispute_parties = parties.intersection(MemberSet::first(case.votes.len()));
    rules.basis = basis;
    if pledge {
        rules.preset = Preset::VetoRestraint;
        rules.mass_atrocities = true;
    }
    if question == QuestionKind::Statement {
        rules = rules.consensus();
    }
    rules
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Issue 16, item 1: the power room and the engine read one definition of who holds a
    /// veto. A coalition wins the power game exactly when the engine adopts the draft with the
    /// coalition voting yes and everyone else against (a pledged member abstaining instead,
    /// as its pledge moves its stance).
    #[test]
    fn the_power_game_wins_exactly_when_the_engine_adopts(
        case in case(10),
        coalition in prop::collection::vec(any::<bool>(), 10),
        question in question(),
        parties in any::<u16>(),
        basis in basis(),
        pledge in any::<bool>(),
    ) {
        let n = case.votes.len();
        let parties: MemberSet = (0..n).filter(|&i| parties & (1 << i) != 0).collect();
        let rules = any_rules(&case, question, parties, basis, pledge);
        let game = Game::from_rules((0..n).map(|i| format!("M{i}")), &rules);
        let pledged = rules.pledged();
        let votes: Vec<Vote> = (0..n)
            .map(|i| match (coalition[i], pledged.contains(i)) {
                (true, _) => Vote::Yes,
                (false, true) => Vote::Abstain,
                (false, false) => Vote::No,
            })
            .collect();
        let adopted = Resolver::new(&rules).outcome(&Ballot::from_votes(&votes)).is_adopted();
        prop_assert_eq!(game.wins(&coalition[..n]), adopted);
    }
}

/// Each member's probability of being decisive over every yes/no/abstain profile, by the
/// engine: the ternary measure's oracle.
fn decisive_by_engine(resolver: &Resolver, n: usize) -> Vec<BigRational> {
    let ternary = [Vote::Yes, Vote::No, Vote::Abstain];
    let total = 3usize.pow(u32::try_from(n).expect("small council"));
    let mut counts = vec![0usize; n];
    for code in 0..total {
        let mut rest = code;
        let votes: Vec<Vote> = (0..n)
            .map(|_| {
                let vote = ternary[rest % 3];
                rest /= 3;
                vote
            })
            .collect();
        let ballot = Ballot::from_votes(&votes);
        let adopted = resolver.outcome(&ballot).is_adopted();
        for (member, count) in counts.iter_mut().enumerate() {
            let flips = ternary
                .into_iter()
                .filter(|&v| v != votes[member])
                .any(|v| resolver.outcome(&ballot.with(member, v)).is_adopted() != adopted);
            *count += usize::from(flips);
        }
    }
    counts
        .into_iter()
        .map(|c| BigRational::new(BigInt::from(c), BigInt::from(total)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    /// Issue 16, item 1: the ternary measure (Felsenthal and Machover 1997) agrees with the
    /// engine, under Council practice (abstention is not a veto; ICJ, Namibia, 1971, para. 22)
    /// and under the literal reading (a veto-holder's abstention blocks). Votes only: a
    /// statement is not a weighted game.
    #[test]
    fn the_ternary_measure_agrees_with_the_engine(
        case in case(6),
        question in prop::sample::select(vec![QuestionKind::Substantive, QuestionKind::Procedural, QuestionKind::Preliminary]),
        parties in any::<u8>(),
        basis in basis(),
    ) {
        let n = case.votes.len();
        let parties: MemberSet = (0..n).filter(|&i| parties & (1 << i) != 0).collect();
        let mut rules = any_rules(&case, question, parties, basis, false);
        let game = Game::from_rules((0..n).map(|i| format!("M{i}")), &rules);
        let ternary = indices(&game, IndexSet::EMPTY.with(Index::Ternary))
            .expect("a small game")
            .ternary
            .expect("asked for");
        prop_assert_eq!(ternary.practice, decisive_by_engine(&Resolver::new(&rules), n));
        rules.abstention_blocks = true;
        prop_assert_eq!(ternary.literal, decisive_by_engine(&Resolver::new(&rules), n));
    }
}

/// Rule 30 as a student would read it: a challenged ruling stands unless the votes to
/// overrule it — against the ruling, or for a motion to overrule — reach the threshold.
fn naive_ruling_stands(votes: &[Vote], challenge: ChallengeVote, threshold: usize) -> bool {
    let to_overrule = match challenge {
        ChallengeVote::Ruling => Vote::No,
        ChallengeVote::Overrule => Vote::Yes,
    };
    votes.iter().filter(|&&v| v == to_overrule).count() < threshold
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_challenged_ruling_follows_rule_30_and_its_smallest_flip_is_truly_smallest(
        case in case(7),
        on_ruling in any::<bool>(),
        procedural in any::<bool>(),
    ) {
        let challenge = if on_ruling { ChallengeVote::Ruling } else { ChallengeVote::Overrule };
        let ruling = if procedural { Ruling::Procedural } else { Ruling::Substantive };
        let n = case.votes.len();
        let mut rules = case.rules();
        rules.question = QuestionKind::Preliminary;
        rules.ruling = Some(PresidentRuling { ruling, challenge: Some(challenge) });
        let resolver = Resolver::new(&rules);
        let ballot = case.ballot();
        let stands = naive_ruling_stands(&case.votes, challenge, case.threshold);
        let carried = resolver.outcome(&ballot).is_adopted();
        // The outcome is that of the question put; no permanent member's vote is a veto.
        prop_assert_eq!(carried, stands == on_ruling);
        prop_assert!(resolver.veto_players().is_empty());
        let settled = resolver.settlement(&ballot).expect("a preliminary question");
        prop_assert_eq!(settled.overruled, !stands);
        prop_assert_eq!(settled.draft_voted_as, if stands { ruling } else { ruling.overturned() });
        let flip = smallest_flip(&resolver, &ballot);
        prop_assert_eq!(flip.map(|f| f.changes.len()), brute_force_flip(&resolver, &ballot, n));
    }
}
