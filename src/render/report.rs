//! The self-contained HTML report: the Council's horseshoe table as SVG, the tally and the
//! explanation, and charts for simulations. No scripts, no external assets.

use std::f64::consts::PI;

use maud::{Markup, html};

use num_traits::ToPrimitive;

use crate::engine::Analysis;
use crate::model::{Seat, Vote};
use crate::power::{Game, Index, IndexSet, indices};
use crate::render::document::page;
use crate::render::{Report, prose};
use crate::sim::Simulation;
use crate::teach::ClassResults;

/// Fill colour, letter and word for each vote; the letter and word mean colour is never the
/// only cue.
fn style(vote: Vote) -> (&'static str, &'static str, &'static str) {
    match vote {
        Vote::Yes => ("#1b7837", "Y", "in favour"),
        Vote::No => ("#b2182b", "N", "against"),
        Vote::Abstain => ("#e08214", "A", "abstained"),
        Vote::Absent => ("#8c8c8c", "–", "absent"),
        Vote::NotParticipating => ("#8c8c8c", "P", "did not participate"),
    }
}

/// A point on the horseshoe (an arc open towards the bottom), `outward` beyond the seats.
#[allow(clippy::cast_precision_loss)]
fn seat_position(index: usize, seats: usize, outward: f64) -> (f64, f64) {
    let (centre_x, centre_y, radius_x, radius_y) = (450.0, 300.0, 330.0, 230.0);
    let (start, end) = (PI + 0.35, -0.35);
    let t = if seats <= 1 {
        0.5
    } else {
        index as f64 / (seats - 1) as f64
    };
    let angle = start + (end - start) * t;
    (
        centre_x + (radius_x + outward) * angle.cos(),
        centre_y - (radius_y + outward) * angle.sin(),
    )
}

/// Whether the horseshoe's seats are controls (the web page's) or a picture (the report's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seats {
    /// A picture.
    Static,
    /// Each seat is a button that the page's script cycles through the votes.
    Interactive,
}

/// The horseshoe table as an SVG element, for pages that embed it.
#[must_use]
pub fn horseshoe_svg(analysis: &Analysis<'_>, seats: Seats) -> String {
    horseshoe(analysis, seats).into_string()
}

fn horseshoe(analysis: &Analysis<'_>, seats: Seats) -> Markup {
    let interactive = seats == Seats::Interactive;
    let s = analysis.scenario;
    let r = &analysis.resolution;
    let summary: Vec<String> = s
        .council
        .members()
        .iter()
        .enumerate()
        .filter_map(|(i, m)| Some(format!("{}: {}", m.name, style(r.ballot.vote(i)?).2)))
        .collect();
    let verdict = prose::verdict(&s.council, r);
    html! {
        figure {
            svg id="horseshoe" role=(if interactive { "group" } else { "img" }) aria-labelledby="horseshoe-title horseshoe-desc" viewBox="0 0 900 460" width="100%" xmlns="http://www.w3.org/2000/svg" {
                title id="horseshoe-title" { "The Council's vote, seat by seat" }
                desc id="horseshoe-desc" { (summary.join("; ")) }
                @for (i, member) in s.council.members().iter().enumerate() {
                    @if let Some(vote) = r.ballot.vote(i) {
                        @let (x, y) = seat_position(i, s.council.len(), 0.0);
                        @let (lx, ly) = seat_position(i, s.council.len(), 62.0);
                        @let (fill, letter, word) = style(vote);
                        @let permanent = member.seat == Seat::Permanent;
                        g class=(format!("seat vote-{}", vote.as_str())) data-member=(member.code.as_str()) data-name=(member.name) data-vote=(vote.as_str()) data-permanent=(permanent)
                            tabindex=[interactive.then_some("0")] role=[interactive.then_some("button")]
                            aria-label=[interactive.then(|| format!("{}{}: {}. Press Enter or Space to change the vote.", member.name, if permanent { " (permanent member)" } else { "" }, word))] {
                            title { (member.name) (if permanent { " (permanent member)" } else { "" }) ": " (word) }
                            @if permanent {
                                circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="33" fill="none" stroke="#111" stroke-width="3" stroke-dasharray="6 3" {}
                            }
                            circle class="seat-disc" cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="26" fill=(fill) stroke="#111" stroke-width="1.5" {}
                            text x=(format!("{x:.1}")) y=(format!("{:.1}", y + 8.0)) text-anchor="middle" font-size="24" font-weight="700" fill="#fff" { (letter) }
                            text x=(format!("{lx:.1}")) y=(format!("{:.1}", ly + 6.0)) text-anchor="middle" font-size="17" fill="#111" {
                                (member.code.as_str()) (if permanent { " ★" } else { "" })
                            }
                        }
                    }
                }
                text id="horseshoe-tally" x="450" y="290" text-anchor="middle" font-size="26" font-weight="700" fill="#111" { (prose::short_tally(&r.tally)) }
                text id="horseshoe-outcome" x="450" y="322" text-anchor="middle" font-size="19" fill="#111" { (r.outcome.as_str().to_uppercase()) }
            }
            figcaption {
                @if !s.is_deterministic() { "Each member's most likely vote. " }
                "Seats around the horseshoe table, in Council order. Y = in favour (green), N = against (red), A = abstained (orange), – = absent (grey). "
                "★ and a dashed ring mark permanent members."
                // On the web page the verdict is shown above, and changes with the seats.
                @if !interactive { " " (verdict) "." }
            }
        }
    }
}

#[allow(clippy::cast_possible_truncation)]
fn bar_chart(id: &str, caption: &str, bars: &[(String, f64)]) -> Markup {
    let height = 40 * bars.len() + 20;
    html! {
        figure {
            svg id=(id) role="img" aria-label=(caption) viewBox=(format!("0 0 900 {height}")) width="100%" xmlns="http://www.w3.org/2000/svg" {
                @for (i, (label, p)) in bars.iter().enumerate() {
                    @let y = 10 + 40 * i;
                    g class="bar" data-label=(label) data-p=(format!("{p:.6}")) {
                        text x="190" y=(y + 24) text-anchor="end" font-size="18" fill="#111" { (label) }
                        rect x="200" y=(y) width=(format!("{:.1}", 600.0 * p.clamp(0.0, 1.0))) height="30" fill="#2c5aa0" {}
                        text x=(format!("{:.1}", 210.0 + 600.0 * p.clamp(0.0, 1.0))) y=(y + 22) font-size="17" fill="#111" { (format!("{p:.4}")) }
                    }
                }
            }
            figcaption { (caption) }
        }
    }
}

fn simulation_section(sim: &Simulation) -> Markup {
    let outcomes = vec![
        ("Adopted".to_owned(), sim.adopted.p),
        ("Vetoed".to_owned(), sim.vetoed.p),
        ("Failed".to_owned(), sim.failed.p),
    ];
    let tallies: Vec<(String, f64)> = sim
        .tallies
        .iter()
        .take(8)
        .map(|(t, e)| (prose::short_tally(t), e.p))
        .collect();
    let method = match sim.method {
        crate::sim::Method::Exact => "Exact probabilities.".to_owned(),
        crate::sim::Method::MonteCarlo { trials, seed } => {
            format!("Monte Carlo, {trials} trials, seed {seed}.")
        }
    };
    html! {
        h2 { "How likely was each outcome?" }
        p class="note" { "The members' stances are probabilities in this scenario. " (method) }
        (bar_chart("outcome-chart", "Probability of each outcome", &outcomes))
        (bar_chart("tally-chart", "The most likely tallies (in favour-against-abstaining) and their probabilities", &tallies))
    }
}

fn power_section(a: &Analysis<'_>) -> Markup {
    let s = a.scenario;
    // A Council's game has at most two kinds of seat, so it is always small enough to measure.
    let game = Game::from_council(&s.council, &s.rules);
    let Ok(power) = indices(&game, IndexSet::EMPTY.with(Index::ShapleyShubik)) else {
        return html! {};
    };
    let bars: Vec<(String, f64)> = power
        .game
        .players
        .iter()
        .zip(power.shapley_shubik.iter().flatten())
        .map(|(p, v)| (p.label.clone(), v.to_f64().unwrap_or(0.0)))
        .collect();
    html! {
        h2 { "Who holds the power?" }
        p class="note" {
            "The Shapley–Shubik index of each seat under these rules: the share of the orders of joining "
            "a coalition in which the member's vote is the one that carries the text. See docs/power.md."
        }
        (bar_chart("power-chart", "Voting power of each member (Shapley–Shubik index)", &bars))
    }
}

/// The class report (`unsc report`): one self-contained HTML page with the horseshoe table,
/// the explanation, the voting power and, for uncertain stances, the probability charts. HTML
/// only: its figures are SVG, which the document model does not hold, and the same content
/// as text or JSON is `unsc run`'s.
/// Built from `teach::class_results`: the simulation of uncertain stances adds the
/// probability charts.
#[derive(Clone, Copy, Debug)]
pub struct ClassReport<'a>(pub &'a ClassResults<'a>);

impl Report for ClassReport<'_> {
    fn html(&self) -> Option<String> {
        Some(report_html(&self.0.analysis, self.0.simulation.as_ref()))
    }
}

fn report_html(a: &Analysis<'_>, simulation: Option<&Simulation>) -> String {
    let s = a.scenario;
    let council = &s.council;
    let r = &a.resolution;
    let title = prose::draft_heading(&s.draft, " — ");
    let body = html! {
        h1 { (title) }
        p { (s.meta.date.to_string()) " · " (s.meta.title) " · " (s.meta.status.as_str()) }
        @if !s.draft.penholders.is_empty() {
            p { "Penholders: " (prose::names(council, s.draft.penholders).join(", ")) }
        }
        p class="verdict" id="verdict" { (prose::verdict(council, r)) }
        p id="tally" { (prose::positions_sentence(council, s.rules.question, &r.ballot)) "." }
        (horseshoe(a, Seats::Static))
        h2 { "Why" }
        ol id="rules" {
            @for f in &r.findings {
                li { code { (f.rule.code()) } " (" (f.rule.citation()) "): " (prose::finding(council, f, r)) }
            }
        }
        h2 { "What would have changed it" }
        ul {
            @if a.explanation.decisive.is_empty() { li { "No single member was decisive." } }
            @for pivot in &a.explanation.decisive { li { (prose::pivot(council, pivot, &a.scenario.rules)) } }
            @match &a.explanation.smallest_flip {
                Some(flip) => li { "Smallest change: " (prose::flip(council, flip, &a.scenario.rules)) "." },
                None => li { "No change of votes could flip the outcome." },
            }
        }
        @if let Some(sim) = simulation { (simulation_section(sim)) }
        (power_section(a))
        h2 { "The votes" }
        table id="votes" {
            thead { tr { th scope="col" { "Member" } th scope="col" { "Seat" } th scope="col" { "Vote" } th scope="col" { "Stated position" } } }
            tbody {
                @for (i, m) in council.members().iter().enumerate() {
                    tr {
                        td { (m.name) }
                        td { (m.seat.as_str()) }
                        td { (r.ballot.vote(i).map_or("", |v| style(v).2)) }
                        td {
                            @if let Some(reason) = &s.stances[i].reason { (reason) }
                            @if let Some(source) = &s.stances[i].source { " [" (source.as_str()) "]" }
                        }
                    }
                }
            }
        }
        @if let (Some(check), Some(record)) = (&a.record, &s.record) {
            p id="record" {
                "The record (" (record.source.as_str()) ") says " (prose::recorded_outcome(check.recorded)) "; the computed result "
                (if check.matches() { "matches it." } else { "does NOT match it." })
            }
        }
        @if !s.meta.sources.is_empty() {
            h2 { "Sources" }
            ul { @for source in &s.meta.sources { li { (source.as_str()) } } }
        }
        p class="note" { "Generated by unsc " (env!("CARGO_PKG_VERSION")) "." }
    };
    page(&title, &body)
}

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::ClassReport;
    use crate::render::{Format, fixture, render};
    use crate::teach::class_results;

    /// The element of `html` that opens with `open`, up to the first `close` after it.
    fn element<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
        let start = html.find(open).expect("the element is on the page");
        let end = start + html[start..].find(close).expect("it closes") + close.len();
        &html[start..end]
    }

    #[test]
    fn a_class_report_is_one_html_page() {
        let scenario = fixture::scenario();
        let results = class_results(&scenario).unwrap();
        let report = ClassReport(&results);
        for format in [Format::Text, Format::Json, Format::Markdown, Format::Csv] {
            assert!(render(&report, format).is_err(), "{format}");
        }
        let html = render(&report, Format::Html).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("outcome-chart"), "no simulation, no charts");
        assert_data_eq!(
            element(&html, "<p class=\"verdict\"", "</p>"),
            str![[
                r#"<p class="verdict" id="verdict">NOT ADOPTED — VETOED by Russian Federation</p>"#
            ]]
        );
        assert_data_eq!(
            element(&html, "<ol id=\"rules\">", "</ol>"),
            str![[
                r#"<ol id="rules"><li><code>substantive-majority</code> (UN Charter, Art. 27(3)): 13 affirmative votes; 9 required — met.</li><li><code>permanent-member-veto</code> (UN Charter, Art. 27(3)): The Russian Federation, a permanent member, voted against — the draft is vetoed.</li><li><code>abstention-is-not-veto</code> (Council practice; ICJ, Namibia Advisory Opinion, ICJ Reports 1971, p. 16, para. 22): China abstained — the abstention of a permanent member is not a veto.</li><li><code>veto-initiative</code> (General Assembly resolution 76/262 (26 April 2022), para. 1): Because the Russian Federation cast a veto, the President of the General Assembly convenes the Assembly within ten working days to debate it, unless an emergency special session meets on the same situation.</li></ol>"#
            ]]
        );
    }
}
