#!/usr/bin/env python3
"""Times unsc against Python peers on the same problems and prints ratios.

Each problem is run by both sides in turn (peer, unsc, peer, unsc, ...); the ratio
peer / unsc is taken pair by pair and its median printed, so that a drift in the
machine's speed during the run affects both sides alike. unsc is timed as a whole
process (start-up and output included); the peers in-process (import excluded), which
favours the peers.

    python3 -m venv .venv && .venv/bin/pip install -r benches/compare/requirements.txt
    cargo build --release
    .venv/bin/python benches/compare/compare.py [--unsc target/release/unsc] [--rounds 5] [--only TEXT]
"""

import argparse
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import powerindex

P5 = ["CHN", "FRA", "RUS", "GBR", "USA"]
ELECTED = ["ALB", "BRA", "GAB", "GHA", "ARE", "ECU", "JPN", "MLT", "MOZ", "CHE"]


def lcg_weights(n, top):
    """The same pseudo-random weights as benches/power.rs."""
    state, out = 2023, []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out.append(1 + (state >> 33) % top)
    return out


def shares_193():
    """The hypothetical assessment-like scale of benches/power.rs (total 100,000)."""
    raw = [1 / i**1.6 for i in range(1, 194)]
    total = sum(raw)
    shares = [max(1, math.floor(r / total * 100_000)) for r in raw]
    shares[0] += 100_000 - sum(shares)
    return shares


def majority(weights):
    return sum(weights) // 2 + 1


def odds(m):
    """Member m's (yes, no, abstain), as in benches/engine.rs."""
    yes = 0.5 + 0.03 * m
    return yes, (1 - yes) / 2, (1 - yes) / 2


def scenario_text():
    lines = [
        "format = 1",
        'id = "bench-fifteen-uncertain"',
        'title = "Fifteen uncertain members (benchmark)"',
        "date = 2023-01-01",
        'status = "hypothetical"',
        'summary = "Benchmark: every member uncertain."',
        "council = 2023",
        "[draft]",
        'title = "A benchmark draft"',
        "[stances]",
    ]
    for m, code in enumerate(P5 + ELECTED):
        yes, no, abstain = odds(m)
        lines.append(f"{code} = {{ p = {{ yes = {yes!r}, no = {no!r}, abstain = {abstain!r} }} }}")
    return "\n".join(lines) + "\n"


def numpy_monte_carlo(trials, seed, batch=1_000_000):
    """The counts unsc's Monte Carlo reports: outcomes, vetoes by member, decisive members,
    tallies; Article 27(3) with seats 0-4 permanent."""
    rng = np.random.default_rng(seed)
    cum = np.array([np.cumsum(odds(m)) for m in range(15)])
    adopted = vetoed = failed = 0
    veto_by = np.zeros(5, dtype=np.int64)
    decisive = np.zeros(15, dtype=np.int64)
    tallies = np.zeros(16**3, dtype=np.int64)
    done = 0
    while done < trials:
        n = min(batch, trials - done)
        u = rng.random((n, 15))
        vote = (u >= cum[:, 0]).astype(np.int8) + (u >= cum[:, 1])  # 0 yes, 1 no, 2 abstain
        yes = vote == 0
        ycount = yes.sum(axis=1)
        pno = vote[:, :5] == 1
        blockers = pno.sum(axis=1)
        ok = ycount >= 9
        adopt = ok & (blockers == 0)
        veto = ok & (blockers > 0)
        adopted += int(adopt.sum())
        vetoed += int(veto.sum())
        failed += int((~ok).sum())
        veto_by += (pno & veto[:, None]).sum(axis=0)
        dec = np.zeros((n, 15), dtype=bool)
        dec[:, :5] |= adopt[:, None]
        dec |= yes & (adopt & (ycount == 9))[:, None]
        near = ~adopt & (ycount + 1 >= 9)
        dec |= ~yes & (near & (blockers == 0))[:, None]
        dec[:, :5] |= pno & (near & (blockers == 1))[:, None]
        decisive += dec.sum(axis=0)
        nos = (vote == 1).sum(axis=1)
        abst = (vote == 2).sum(axis=1)
        tallies += np.bincount((ycount * 16 + nos) * 16 + abst, minlength=16**3)
        done += n
    return adopted, vetoed, failed


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unsc", default="target/release/unsc")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", default="", help="run only the problems whose name contains this")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="unsc-compare-"))

    def weights_file(name, weights):
        path = tmp / f"{name}.csv"
        path.write_text("member,weight\n" + "".join(f"M{i},{w}\n" for i, w in enumerate(weights)))
        return str(path)

    def power(weights, quota, index, name):
        f = weights_file(name, weights)
        return lambda: run([args.unsc, "power", "--weights", f, "--quota", str(quota),
                            "--index", index, "--format", "csv"])

    def peer(weights, quota, method):
        return lambda: getattr(powerindex.Game(quota, weights=weights), method)()

    problems = []
    for name, weights, quota in [
        ("14 players, weights 1..14, quota 53", list(range(1, 15)), 53),
        ("22 players, weights 1..22, quota 127", list(range(1, 23)), 127),
        ("25 players, weights 1-40", lcg_weights(25, 40), majority(lcg_weights(25, 40))),
    ]:
        f = weights_file(name.split(",")[0].replace(" ", "_"), weights)
        problems.append((f"Banzhaf + Shapley-Shubik, {name}",
                         lambda w=weights, q=quota: (peer(w, q, "calc_banzhaf")(), peer(w, q, "calc_shapley_shubik")()),
                         lambda f=f, q=quota: run([args.unsc, "power", "--weights", f, "--quota", str(q),
                                                   "--index", "banzhaf,shapley-shubik", "--format", "csv"])))
    for top in (100, 1000):
        w = lcg_weights(193, top)
        problems.append((f"Banzhaf, 193 players, weights 1-{top}", peer(w, majority(w), "calc_banzhaf"),
                         power(w, majority(w), "banzhaf", f"b{top}")))
    w = lcg_weights(100, 100)
    problems.append(("Shapley-Shubik, 100 players, weights 1-100", peer(w, majority(w), "calc_shapley_shubik"),
                     power(w, majority(w), "shapley-shubik", "s100")))
    w = shares_193()
    problems.append(("Banzhaf, 193 members at 0.001% (quota 50,001)", peer(w, 50_001, "calc_banzhaf"),
                     power(w, 50_001, "banzhaf", "shares")))
    scenario = tmp / "fifteen.toml"
    scenario.write_text(scenario_text())
    trials = 10_000_000
    problems.append(("Monte Carlo, 10^7 trials, 15 uncertain members (numpy)",
                     lambda: numpy_monte_carlo(trials, 2023),
                     lambda: run([args.unsc, "simulate", str(scenario), "--method", "monte-carlo",
                                  "--trials", str(trials), "--seed", "2023", "--format", "json"])))

    print(f"{'problem':<62} {'peer s':>9} {'unsc s':>9} {'peer/unsc':>10} (min-max)")
    for name, peer_fn, unsc_fn in problems:
        if args.only not in name:
            continue
        peer_times, unsc_times = [], []
        for _ in range(args.rounds):
            peer_times.append(timed(peer_fn))
            unsc_times.append(timed(unsc_fn))
        ratios = [p / u for p, u in zip(peer_times, unsc_times)]
        print(f"{name:<62} {statistics.median(peer_times):>9.3f} {statistics.median(unsc_times):>9.3f} "
              f"{statistics.median(ratios):>10.1f} ({min(ratios):.1f}-{max(ratios):.1f})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
