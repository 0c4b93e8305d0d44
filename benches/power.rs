//! Speed of the voting-power indices: the Council, the games that once fell off a cliff, a
//! sweep over the number of players, and 193-member games. Run with `cargo bench --bench
//! power`; numbers and method are recorded in `docs/performance.md`.

use divan::{Bencher, black_box};
use unsc::power::{Game, Index, IndexSet, Player, affordable_indices, indices};

fn main() {
    divan::main();
}

fn game(weights: &[u64], quota: u64) -> Game {
    let players = weights
        .iter()
        .enumerate()
        .map(|(i, &weight)| Player {
            label: format!("M{i}"),
            weight,
            veto: false,
        })
        .collect();
    Game::new(players, quota).expect("a valid game")
}

/// `n` deterministic pseudo-random weights from 1 to `max`.
fn random_weights(n: usize, max: u64) -> Vec<u64> {
    let mut state: u64 = 2023;
    (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            1 + (state >> 33) % max
        })
        .collect()
}

fn majority(weights: &[u64]) -> u64 {
    weights.iter().sum::<u64>() / 2 + 1
}

/// A hypothetical assessment-like scale: 193 shares at 0.001% resolution (total 100,000), the
/// `i`-th heaviest proportional to `1 / i^1.6`, none below 1 (0.001%).
fn shares_193() -> Vec<u64> {
    let raw: Vec<f64> = (1..=193).map(|i| 1.0 / f64::from(i).powf(1.6)).collect();
    let sum: f64 = raw.iter().sum();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mut shares: Vec<u64> = raw
        .iter()
        .map(|r| ((r / sum * 100_000.0).floor() as u64).max(1))
        .collect();
    let total: u64 = shares.iter().sum();
    shares[0] = shares[0] + 100_000 - total;
    shares
}

/// What `unsc power` computes by default for text output.
fn default_request(game: &Game) {
    affordable_indices(black_box(game), IndexSet::all()).expect("measurable");
}

fn only(index: Index) -> IndexSet {
    IndexSet::EMPTY.with(index)
}

#[divan::bench]
fn council_15(bencher: Bencher) {
    let players = (0..15)
        .map(|i| Player {
            label: format!("M{i}"),
            weight: 1,
            veto: i < 5,
        })
        .collect();
    let game = Game::new(players, 9).expect("the Council");
    bencher.bench(|| indices(black_box(&game), IndexSet::all()).expect("measurable"));
}

/// The games the issue measured at 7–18 s: weights 1…14 (quota 53), 1…22 (quota 127), and 25
/// players with weights 1–40.
#[divan::bench(args = ["1..14 q53", "1..22 q127", "25 of 1-40"], sample_count = 10)]
fn cliff(bencher: Bencher, which: &str) {
    let game = match which {
        "1..14 q53" => game(&(1..=14).collect::<Vec<_>>(), 53),
        "1..22 q127" => game(&(1..=22).collect::<Vec<_>>(), 127),
        _ => {
            let weights = random_weights(25, 40);
            game(&weights, majority(&weights))
        }
    };
    bencher.bench(|| default_request(&game));
}

/// The default request on `n` players of distinct weights 1…n, simple majority.
#[divan::bench(args = [10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30], sample_count = 10)]
fn sweep_distinct(bencher: Bencher, n: u64) {
    let weights: Vec<u64> = (1..=n).collect();
    let game = game(&weights, majority(&weights));
    bencher.bench(|| default_request(&game));
}

/// Every yes/no index for `n` players with weights 1–40.
#[divan::bench(args = [50, 100, 193], sample_count = 10)]
fn weighted_yes_no(bencher: Bencher, n: usize) {
    let weights = random_weights(n, 40);
    let game = game(&weights, majority(&weights));
    let wanted = IndexSet::all().without(Index::Ternary);
    bencher.bench(|| indices(black_box(&game), wanted).expect("measurable"));
}

/// Banzhaf alone, 193 players with weights 1–`max` (EPIC's anchor games: 1–100 and 1–1000).
#[divan::bench(args = [100, 1000], sample_count = 10)]
fn banzhaf_193(bencher: Bencher, max: u64) {
    let weights = random_weights(193, max);
    let game = game(&weights, majority(&weights));
    bencher.bench(|| indices(black_box(&game), only(Index::Banzhaf)).expect("measurable"));
}

/// Shapley–Shubik alone, 193 players with weights 1–`max`.
#[divan::bench(args = [100, 1000], sample_count = 5)]
fn shapley_shubik_193(bencher: Bencher, max: u64) {
    let weights = random_weights(193, max);
    let game = game(&weights, majority(&weights));
    bencher.bench(|| indices(black_box(&game), only(Index::ShapleyShubik)).expect("measurable"));
}

/// The 193-member game at 0.001% resolution (total 100,000, quota 50,001): the default
/// request, Banzhaf alone, Shapley–Shubik alone.
#[divan::bench(args = ["default", "banzhaf", "shapley-shubik"], sample_count = 5)]
fn shares_193_at_0_001_percent(bencher: Bencher, request: &str) {
    let game = game(&shares_193(), 50_001);
    bencher.bench(|| match request {
        "default" => default_request(&game),
        "banzhaf" => {
            indices(black_box(&game), only(Index::Banzhaf)).expect("measurable");
        }
        _ => {
            indices(black_box(&game), only(Index::ShapleyShubik)).expect("measurable");
        }
    });
}

/// Deegan–Packel, Holler and Johnston, each alone, for `n` players with weights 1–40.
#[divan::bench(
    consts = [50, 100, 193],
    args = ["deegan-packel", "holler", "johnston"],
    sample_count = 5
)]
fn minimal_winning<const N: usize>(bencher: Bencher, index: &str) {
    let weights = random_weights(N, 40);
    let game = game(&weights, majority(&weights));
    let index = match index {
        "deegan-packel" => Index::DeeganPackel,
        "holler" => Index::Holler,
        _ => Index::Johnston,
    };
    bencher.bench(|| indices(black_box(&game), only(index)).expect("measurable"));
}
