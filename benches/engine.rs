//! Speed of the engine and the simulation layer. Run with `cargo bench`; numbers and method
//! are recorded in `docs/performance.md`.

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use unsc::engine::Resolver;
use unsc::model::{Ballot, MemberSet, Preset, RuleSet, Vote, VoteOdds};
use unsc::sim::{Group, exact, monte_carlo};

fn main() {
    divan::main();
}

/// The Charter, with seats 0–4 as the permanent members.
fn charter() -> RuleSet {
    RuleSet::new(Preset::Charter, MemberSet::first(5), 15)
}

/// Fifteen independent members, every one uncertain.
fn fifteen_uncertain() -> Vec<Group> {
    (0..15)
        .map(|m| {
            let yes = 0.5 + 0.03 * f64::from(u8::try_from(m).expect("small"));
            let odds = VoteOdds::new([yes, (1.0 - yes) / 2.0, (1.0 - yes) / 2.0, 0.0, 0.0])
                .expect("a distribution");
            Group {
                members: MemberSet::EMPTY.with(m),
                odds,
            }
        })
        .collect()
}

/// S/2023/638: China abstains, the Russian Federation votes against, 13 in favour.
fn veto_ballot() -> Ballot {
    let mut votes = vec![Vote::Yes; 15];
    votes[0] = Vote::Abstain;
    votes[2] = Vote::No;
    Ballot::from_votes(&votes)
}

#[divan::bench]
fn resolve_outcome(bencher: Bencher) {
    let resolver = Resolver::new(&charter());
    let ballot = veto_ballot();
    bencher.bench(|| black_box(&resolver).outcome(black_box(&ballot)));
}

#[divan::bench]
fn resolve_with_rule_chain(bencher: Bencher) {
    let resolver = Resolver::new(&charter());
    let ballot = veto_ballot();
    bencher.bench(|| black_box(&resolver).resolve(black_box(&ballot)));
}

#[divan::bench]
fn exact_outcome_15_independent(bencher: Bencher) {
    let resolver = Resolver::new(&charter());
    let groups = fifteen_uncertain();
    bencher.bench(|| exact::outcome(black_box(&resolver), black_box(&groups), 15));
}

#[divan::bench]
fn exact_decisive_15_independent(bencher: Bencher) {
    let resolver = Resolver::new(&charter());
    let groups = fifteen_uncertain();
    bencher.bench(|| exact::decisive(black_box(&resolver), black_box(&groups), 15));
}

const TRIALS: u64 = 10_000_000;

#[divan::bench(sample_count = 10, sample_size = 1)]
fn monte_carlo_10m_trials(bencher: Bencher) {
    let resolver = Resolver::new(&charter());
    let groups = fifteen_uncertain();
    bencher
        .counter(ItemsCount::new(TRIALS))
        .bench(|| monte_carlo::run(&resolver, &groups, 15, TRIALS, 2023, &|_| {}));
}

/// A Digital Library voting-data file the size of the official one: 2,729 votes of 15
/// members (40,935 rows), each row with every official column filled.
fn undl_file() -> String {
    use std::fmt::Write as _;
    let codes = [
        "CHN", "FRA", "RUS", "GBR", "USA", "AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH",
        "III", "JJJ",
    ];
    let mut text = String::from(
        "undl_id,ms_code,ms_name,permanent_member,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,vote_note,modality,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n",
    );
    for vote in 0..2729 {
        for (seat, code) in codes.iter().enumerate() {
            let (cast, yes, abstain) = if vote % 7 == 0 {
                (if seat == 14 { "A" } else { "Y" }, 14, 1)
            } else {
                ("Y", 15, 0)
            };
            writeln!(
                text,
                "{vote},{code},Member {code},{},{cast},2000-01-01,S/RES/{vote}(2000),S/2000/{vote},S/PV.{vote},A short description of the topic,The situation in a region,SUBJECT,,Voting,{yes},0,{abstain},0,15,https://digitallibrary.un.org/record/{vote}",
                if seat < 5 { "True" } else { "False" }
            )
            .expect("writing to a String");
        }
    }
    text
}

#[divan::bench(sample_count = 10)]
fn undl_replay_41k_rows(bencher: Bencher) {
    let text = undl_file();
    bencher.counter(ItemsCount::new(2729_usize * 15)).bench(|| {
        let votes =
            unsc::history::read_votes("bench.csv", black_box(text.as_bytes())).expect("valid");
        votes.iter().map(unsc::history::replay).count()
    });
}
