//! The simulation layer: exact probabilities against brute-force enumeration, Monte Carlo
//! against exact, determinism across runs and thread counts, and the bundled what-ifs.

use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use unsc::bundled;
use unsc::engine::{Outcome, Resolver, Tally, decisive, decisive_members};
use unsc::model::{Ballot, MemberSet, Preset, QuestionKind, RuleSet, Vote, VoteOdds};
use unsc::scenario::load;
use unsc::sim::{self, Group, MethodChoice, exact, monte_carlo};

fn odds() -> impl Strategy<Value = VoteOdds> {
    (
        0u32..4,
        0u32..4,
        0u32..4,
        0u32..4,
        0u32..2,
        any::<bool>(),
        0usize..5,
    )
        .prop_map(|(a, b, c, d, e, certain, which)| {
            if certain {
                VoteOdds::certain(Vote::ALL[which])
            } else {
                let total = f64::from(a + b + c + d + e + 1);
                let p = [
                    f64::from(a + 1) / total,
                    f64::from(b) / total,
                    f64::from(c) / total,
                    f64::from(d) / total,
                    f64::from(e) / total,
                ];
                VoteOdds::new(p).expect("a distribution")
            }
        })
}

#[derive(Debug, Clone)]
struct Case {
    rules: RuleSet,
    groups: Vec<Group>,
    seats: usize,
}

/// Up to 6 seats split into consecutive groups, random rules.
fn case() -> impl Strategy<Value = Case> {
    (1usize..=6)
        .prop_flat_map(|seats| {
            (
                Just(seats),
                prop::collection::vec(any::<bool>(), seats),
                prop::collection::vec(any::<bool>(), seats),
                prop::collection::vec(odds(), seats),
                1..=seats,
                any::<(bool, bool, bool)>(),
                0..=seats,
            )
        })
        .prop_map(
            |(seats, veto, split, odds, threshold, (procedural, abst, absent), dispute)| {
                let mut groups: Vec<Group> = Vec::new();
                for m in 0..seats {
                    match groups.last_mut() {
                        Some(g) if !split[m] => g.members = g.members.with(m),
                        _ => groups.push(Group {
                            members: MemberSet::EMPTY.with(m),
                            odds: odds[m],
                        }),
                    }
                }
                let mut rules = RuleSet::new(Preset::Charter, MemberSet::EMPTY, seats);
                rules.threshold = threshold;
                rules.veto_holders = (0..seats).filter(|&m| veto[m]).collect();
                rules.abstention_blocks = abst;
                rules.absence_blocks = absent;
                rules.question = if procedural {
                    QuestionKind::Procedural
                } else {
                    QuestionKind::Substantive
                };
                if dispute < seats {
                    rules.dispute_parties = MemberSet::EMPTY.with(dispute);
                }
                Case {
                    rules,
                    groups,
                    seats,
                }
            },
        )
}

/// Every combination of group votes, with its probability.
fn enumerate(case: &Case) -> Vec<(Ballot, f64)> {
    let mut out = vec![(Ballot::from_votes(&vec![Vote::Absent; case.seats]), 1.0)];
    for group in &case.groups {
        out = out
            .into_iter()
            .flat_map(|(ballot, p)| {
                Vote::ALL
                    .into_iter()
                    .filter(|&v| group.odds.of(v) > 0.0)
                    .map(move |v| {
                        let b = group.members.iter().fold(ballot, |b, m| b.with(m, v));
                        (b, p * group.odds.of(v))
                    })
            })
            .collect();
    }
    out
}

/// What `monte_carlo::run` must count, the slow way: the stream read one word per uncertain
/// group, each draw's vote the first whose cumulative probability (scaled to 2^32) exceeds it,
/// and every ballot decided by the resolver and `decisive_members`.
fn replay(case: &Case, trials: u64, seed: u64) -> monte_carlo::Counts {
    let resolver = Resolver::new(&case.rules);
    let side = case.seats + 1;
    let mut counts = monte_carlo::Counts {
        trials,
        adopted: 0,
        vetoed: 0,
        failed: 0,
        veto_by: vec![0; case.seats],
        decisive: vec![0; case.seats],
        tallies: vec![0; side * side * side],
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for _ in 0..trials {
        let mut ballot = Ballot::from_votes(&vec![Vote::Absent; case.seats]);
        for group in &case.groups {
            let vote = if group.odds.is_certain() {
                group.odds.modal()
            } else {
                let draw = f64::from(rng.next_u32());
                let mut cumulative = 0.0;
                Vote::ALL
                    .into_iter()
                    .find(|&v| {
                        cumulative += group.odds.of(v);
                        draw < (cumulative * 2f64.powi(32)).round()
                    })
                    .unwrap_or(Vote::NotParticipating)
            };
            ballot = group.members.iter().fold(ballot, |b, m| b.with(m, vote));
        }
        match resolver.outcome(&ballot) {
            Outcome::Adopted => counts.adopted += 1,
            Outcome::Failed => counts.failed += 1,
            Outcome::Vetoed(by) | Outcome::Blocked(by) => {
                counts.vetoed += 1;
                by.iter().for_each(|m| counts.veto_by[m] += 1);
            }
        }
        decisive_members(&resolver, &ballot)
            .iter()
            .for_each(|m| counts.decisive[m] += 1);
        let t = Tally::of(&ballot);
        counts.tallies[(t.yes * side + t.no) * side + t.abstain] += 1;
    }
    counts
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn exact_probabilities_match_enumeration(case in case()) {
        let resolver = Resolver::new(&case.rules);
        let exact = exact::outcome(&resolver, &case.groups, case.seats).expect("small");
        let decisive_exact = exact::decisive(&resolver, &case.groups, case.seats);
        let tallies = exact::tallies(&case.groups, case.seats);
        let (mut adopted, mut vetoed, mut failed) = (0.0, 0.0, 0.0);
        let mut veto_by = vec![0.0; case.seats];
        let mut decisive_p = vec![0.0; case.seats];
        let mut tally_p: std::collections::BTreeMap<(usize, usize, usize, usize), f64> = std::collections::BTreeMap::new();
        for (ballot, p) in enumerate(&case) {
            match resolver.outcome(&ballot) {
                Outcome::Adopted => adopted += p,
                Outcome::Failed => failed += p,
                Outcome::Vetoed(by) => {
                    vetoed += p;
                    for m in by.iter() { veto_by[m] += p; }
                }
                Outcome::Blocked(_) => prop_assert!(false, "the cases are votes, not statements"),
            }
            let adopted = resolver.outcome(&ballot).is_adopted();
            for pivot in decisive(&resolver, &ballot) {
                if pivot.flips_to.iter().any(|(_, o)| o.is_adopted() != adopted) {
                    decisive_p[pivot.member] += p;
                }
            }
            let t = Tally::of(&ballot);
            // Simulated tallies do not tell absence from non-participation.
            *tally_p.entry((t.yes, t.no, t.abstain, t.absent + t.not_participating)).or_insert(0.0) += p;
        }
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        prop_assert!(close(exact.adopted, adopted) && close(exact.vetoed, vetoed) && close(exact.failed, failed));
        for m in 0..case.seats {
            prop_assert!(close(exact.veto_by[m], veto_by[m]), "veto_by {m}");
            prop_assert!(close(decisive_exact[m], decisive_p[m]), "decisive {m}: {} vs {}", decisive_exact[m], decisive_p[m]);
        }
        for (t, p) in tallies {
            let expected = tally_p.get(&(t.yes, t.no, t.abstain, t.absent)).copied().unwrap_or(0.0);
            prop_assert!(close(p, expected));
        }
    }

    #[test]
    fn the_closed_form_decisive_set_is_the_definition(case in case(), votes in prop::collection::vec(0usize..5, 6)) {
        let resolver = Resolver::new(&case.rules);
        let ballot = Ballot::from_votes(&votes[..case.seats].iter().map(|&v| Vote::ALL[v]).collect::<Vec<_>>());
        let adopted = resolver.outcome(&ballot).is_adopted();
        let slow: MemberSet = decisive(&resolver, &ballot)
            .iter()
            .filter(|p| p.flips_to.iter().any(|(_, o)| o.is_adopted() != adopted))
            .map(|p| p.member)
            .collect();
        prop_assert_eq!(decisive_members(&resolver, &ballot), slow);
    }
}

fn odds_scenario() -> unsc::model::Scenario {
    let b = bundled::find("2023-08-30-mali-sanctions-odds").expect("bundled");
    load(b.file_name, b.text).expect("loads")
}

#[test]
fn monte_carlo_agrees_with_the_exact_answer_within_its_interval() {
    let scenario = odds_scenario();
    let exact = sim::simulate(&scenario, MethodChoice::Exact, 1, 0, &|_| {}).expect("exact");
    let mc = sim::simulate(&scenario, MethodChoice::MonteCarlo, 400_000, 7, &|_| {}).expect("mc");
    for (e, m) in [
        (exact.adopted, mc.adopted),
        (exact.vetoed, mc.vetoed),
        (exact.failed, mc.failed),
    ] {
        let (lo, hi) = m.ci95.expect("Monte Carlo reports intervals");
        assert!(lo <= e.p && e.p <= hi, "{} not in [{lo}, {hi}]", e.p);
    }
    // Many more estimates: each within 4.5 standard errors (a 1-in-150,000 miss each).
    let within = |e: f64, m: f64| (e - m).abs() <= 4.5 * (e * (1.0 - e) / 400_000.0).sqrt() + 1e-12;
    for (e, m) in exact.decisive.iter().zip(&mc.decisive) {
        assert!(within(e.p, m.p), "decisive {} vs {}", e.p, m.p);
    }
    for ((_, e), (_, m)) in exact.veto_by.iter().zip(&mc.veto_by) {
        assert!(within(e.p, m.p), "veto_by {} vs {}", e.p, m.p);
    }
}

#[test]
fn monte_carlo_is_identical_across_runs_and_thread_counts() {
    let scenario = odds_scenario();
    let resolver = Resolver::new(&scenario.rules);
    let groups = sim::groups(&scenario);
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool")
            .install(|| monte_carlo::run(&resolver, &groups, 15, 300_001, 42, &|_| {}))
    };
    let one = run(1);
    assert_eq!(one, run(2));
    assert_eq!(one, run(3));
    assert_eq!(one.trials, 300_001);
    let other_seed = monte_carlo::run(&resolver, &groups, 15, 300_001, 43, &|_| {});
    assert_ne!(one, other_seed);
}

#[test]
fn trials_out_of_range_are_errors() {
    let scenario = odds_scenario();
    assert!(matches!(
        sim::simulate(&scenario, MethodChoice::MonteCarlo, 0, 1, &|_| {}),
        Err(sim::SimError::NoTrials)
    ));
    assert!(matches!(
        sim::simulate(
            &scenario,
            MethodChoice::MonteCarlo,
            sim::MAX_TRIALS + 1,
            1,
            &|_| {}
        ),
        Err(sim::SimError::TooManyTrials { .. })
    ));
}

fn variant_outcome(id: &str, variant: &str) -> (String, Tally, Vec<String>) {
    let b = bundled::find(id).expect("bundled");
    let scenario = load(b.file_name, b.text).expect("loads");
    let v = scenario
        .variants
        .iter()
        .find(|v| v.name == variant)
        .expect("variant");
    let what_if = sim::apply(&scenario, v).expect("a valid variant");
    let cmp = sim::compare(&scenario, &what_if);
    let r = &cmp.variant.resolution;
    let vetoed_by = r
        .outcome
        .vetoed_by()
        .iter()
        .map(|m| scenario.council.member(m).code.to_string())
        .collect();
    (r.outcome.as_str().to_owned(), r.tally, vetoed_by)
}

#[test]
fn the_bundled_variants_answer_their_questions() {
    let france_uae = "2023-08-30-mali-sanctions-france-uae";
    let (outcome, tally, _) = variant_outcome(france_uae, "russia-abstains");
    assert_eq!(
        (outcome.as_str(), tally.yes, tally.no, tally.abstain),
        ("adopted", 13, 0, 2)
    );
    let (outcome, _, by) = variant_outcome(france_uae, "china-joins-the-veto");
    assert_eq!(
        (outcome.as_str(), by),
        ("vetoed", vec!["CHN".to_owned(), "RUS".to_owned()])
    );
    let (outcome, tally, _) = variant_outcome(france_uae, "no-panel-of-experts");
    assert_eq!((outcome.as_str(), tally.yes), ("adopted", 12));
    let (outcome, _, by) = variant_outcome(france_uae, "literal-concurrence");
    assert_eq!(
        (outcome.as_str(), by),
        ("vetoed", vec!["CHN".to_owned(), "RUS".to_owned()])
    );
    let (outcome, _, _) = variant_outcome("2023-08-30-mali-sanctions-russia", "japan-abstains");
    assert_eq!(outcome, "failed");
    let (outcome, _, by) = variant_outcome(
        "2023-06-30-minusma-termination",
        "one-permanent-member-objects",
    );
    assert_eq!((outcome.as_str(), by), ("vetoed", vec!["USA".to_owned()]));
}

#[test]
fn the_compromise_is_to_drop_the_panel_of_experts() {
    let b = bundled::find("2023-08-30-mali-sanctions-france-uae").expect("bundled");
    let scenario = load(b.file_name, b.text).expect("loads");
    let options = sim::CompromiseOptions {
        keep: unsc::model::ProvisionSet::EMPTY,
        win_over: 0,
        top: 3,
    };
    let report = sim::compromise(&scenario, options).expect("small search");
    assert!(report.exhaustive);
    // Two provisions: four subsets, less the empty text (every provision dropped), which is
    // no compromise (issue 15).
    assert_eq!(report.evaluated, 3);
    assert!(
        report
            .candidates
            .iter()
            .all(|c| c.text != unsc::model::ProvisionSet::EMPTY)
    );
    assert!(report.baseline.abs() < 1e-12);
    let best = &report.candidates[0];
    assert!((best.adopted - 1.0).abs() < 1e-12);
    let dropped: Vec<&str> = best
        .dropped
        .iter()
        .map(|p| scenario.draft.provisions[p].id.as_str())
        .collect();
    assert_eq!(dropped, ["extend-panel-of-experts"]);
}

#[test]
fn winning_over_members_is_bounded() {
    let scenario = odds_scenario();
    let too_many = sim::CompromiseOptions {
        keep: unsc::model::ProvisionSet::EMPTY,
        win_over: 4,
        top: 3,
    };
    assert!(matches!(
        sim::compromise(&scenario, too_many),
        Err(sim::SimError::WinOverTooLarge)
    ));
    let two = sim::CompromiseOptions {
        win_over: 2,
        ..too_many
    };
    let report = sim::compromise(&scenario, two).expect("bounded search");
    assert!(report.candidates[0].adopted >= report.baseline);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn monte_carlo_counts_what_the_resolver_decides(case in case(), trials in 1u64..1_500, seed in any::<u64>()) {
        let resolver = Resolver::new(&case.rules);
        let counts = monte_carlo::run(&resolver, &case.groups, case.seats, trials, seed, &|_| {});
        prop_assert_eq!(counts, replay(&case, trials, seed));
    }
}

#[test]
fn monte_carlo_across_chunks_counts_what_the_resolver_decides() {
    let odds = |yes: f64| {
        VoteOdds::new([
            yes,
            (1.0 - yes) / 2.0,
            (1.0 - yes) / 4.0,
            (1.0 - yes) / 8.0,
            (1.0 - yes) / 8.0,
        ])
        .expect("a distribution")
    };
    let groups: Vec<Group> = (0..15)
        .map(|m| Group {
            members: MemberSet::EMPTY.with(m),
            odds: odds(0.5 + 0.03 * f64::from(u8::try_from(m).expect("small"))),
        })
        .collect();
    let mut rules = RuleSet::new(Preset::Charter, MemberSet::first(5), 15);
    rules.absence_blocks = true;
    let case = Case {
        rules,
        groups,
        seats: 15,
    };
    let trials = monte_carlo::CHUNK + 17;
    let counts = monte_carlo::run(
        &Resolver::new(&case.rules),
        &case.groups,
        15,
        trials,
        9,
        &|_| {},
    );
    assert_eq!(counts, replay(&case, trials, 9));
}
