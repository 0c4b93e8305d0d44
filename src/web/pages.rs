//! The pages: HTML written with maud (every value escaped), one embedded stylesheet and one
//! embedded script, which asks the API for everything it shows after loading.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde::Deserialize;

use crate::engine::analyse;
use crate::model::{Metadata, OutcomeKind, Position, Preset, Scenario, Seat, Vote, roster_years};
use crate::render::{self, Briefing, Report, Seats};
use crate::teach::Exercise;
use crate::web::{AppState, Kind, Reading};

const SCRIPT: &str = include_str!("assets/app.js");
const STYLE: &str = include_str!("assets/style.css");

fn layout(title: &str, page: &str, main: &Markup) -> Html<String> {
    Html(
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " — unsc" }
                    link rel="stylesheet" href="/assets/style.css";
                    script #labels type="application/json" { (PreEscaped(render::page_labels())) }
                    script src="/assets/app.js" defer {}
                }
                body data-page=(page) {
                    header {
                        nav aria-label="Site" {
                            a href="/" { "Scenarios" } " · "
                            a href="/teacher" { "Teacher view" } " · "
                            a href="/power" { "Voting power" }
                        }
                    }
                    main { (main) }
                }
            }
        }
        .into_string(),
    )
}

/// `/assets/{name}`: the embedded stylesheet and script.
pub(crate) async fn asset(Path(name): Path<String>) -> Response {
    let (kind, body) = match name.as_str() {
        "app.js" => ("text/javascript; charset=utf-8", SCRIPT),
        "style.css" => ("text/css; charset=utf-8", STYLE),
        _ => return not_found().await.into_response(),
    };
    ([(CONTENT_TYPE, kind), (CACHE_CONTROL, "no-cache")], body).into_response()
}

/// `/favicon.ico`: none, said without an error.
pub(crate) async fn no_icon() -> StatusCode {
    StatusCode::NO_CONTENT
}

/// Any other page.
pub(crate) async fn not_found() -> (StatusCode, Html<String>) {
    (
        StatusCode::NOT_FOUND,
        layout(
            "Not found",
            "none",
            &html! { h1 { "Not found" } p { a href="/" { "Back to the scenarios" } } },
        ),
    )
}

/// The library's filters.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Filters {
    tag: Option<String>,
    year: Option<String>,
    outcome: Option<String>,
}

/// `/`: every scenario, filtered by tag, year and outcome.
pub(crate) async fn library(
    State(state): State<AppState>,
    Query(filters): Query<Filters>,
) -> Html<String> {
    let tag = filters.tag.filter(|t| !t.is_empty());
    let year = filters.year.and_then(|y| y.parse::<i32>().ok());
    let outcome = filters.outcome.filter(|o| !o.is_empty());
    let all = state.catalogue.entries();
    let readings = state.catalogue.readings();
    let metas = || (all.iter().map(|e| &e.scenario.meta)).chain(readings.iter().map(|r| &r.meta));
    let mut tags: Vec<&str> = metas()
        .flat_map(|m| m.tags.iter().map(String::as_str))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    let mut years: Vec<i32> = metas().map(|m| m.date.year).collect();
    years.sort_unstable();
    years.dedup();
    let kept = |meta: &Metadata| {
        tag.as_ref().is_none_or(|t| meta.tags.contains(t))
            && year.is_none_or(|y| meta.date.year == y)
    };
    let rows: Vec<(&Scenario, &'static str)> = all
        .iter()
        .map(|e| (&e.scenario, e.outcome))
        .filter(|(s, o)| kept(&s.meta) && outcome.as_deref().is_none_or(|w| w == *o))
        .collect();
    let others: Vec<&Reading> = readings
        .iter()
        .filter(|r| kept(&r.meta) && outcome.as_deref().is_none_or(|w| r.has_outcome(w)))
        .collect();
    layout(
        "Scenarios",
        "library",
        &html! {
            h1 { "Security Council votes" }
            form method="get" action="/" class="filters" {
                label { "Tag " select name="tag" {
                    option value="" { "any" }
                    @for t in &tags { option value=(t) selected[tag.as_deref() == Some(*t)] { (t) } }
                } }
                label { "Year " select name="year" {
                    option value="" { "any" }
                    @for y in &years { option value=(y) selected[year == Some(*y)] { (y) } }
                } }
                label { "Outcome " select name="outcome" {
                    option value="" { "any" }
                    @for o in <OutcomeKind as strum::VariantNames>::VARIANTS.iter().copied() { option value=(o) selected[outcome.as_deref() == Some(o)] { (o) } }
                } }
                button type="submit" { "Filter" }
            }
            h2 { "Votes" }
            p { (rows.len()) " of " (all.len()) " votes." }
            table {
                thead { tr { th scope="col" { "Date" } th scope="col" { "Scenario" } th scope="col" { "Outcome" } th scope="col" { "Tags" } th scope="col" { "For class" } } }
                tbody {
                    @for (s, o) in &rows {
                        tr {
                            td { (s.meta.date) }
                            td { a href=(format!("/scenarios/{}", s.meta.id)) { (s.meta.title) } }
                            td { (o) }
                            td { (s.meta.tags.join(", ")) }
                            td { a href=(format!("/exercise/{}", s.meta.id)) aria-label=(format!("Exercise on {}", s.draft.title)) { "exercise" } }
                        }
                    }
                }
            }
            h2 { "Meetings, ICJ elections and straw polls" }
            p { "To read, not to vote on: a meeting's votes in the order taken, a round of an ICJ election, a straw poll read as a forecast of the formal vote. " (others.len()) " of " (readings.len()) " shown." }
            @if !others.is_empty() {
                table {
                    thead { tr { th scope="col" { "Date" } th scope="col" { "Kind" } th scope="col" { "Title" } th scope="col" { "Outcome" } th scope="col" { "Tags" } } }
                    tbody {
                        @for r in &others {
                            tr {
                                td { (r.meta.date) }
                                td { (kind_label(r.kind)) }
                                td { a href=(format!("/documents/{}", r.meta.id)) { (r.meta.title) } }
                                td { (r.outcome_text()) }
                                td { (r.meta.tags.join(", ")) }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The kind of a reading, for people.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Meeting => "meeting",
        Kind::Election => "ICJ election round",
        Kind::StrawPoll => "straw poll (Secretary-General)",
    }
}

fn unknown_scenario(id: &str) -> Response {
    (
        StatusCode::NOT_FOUND,
        layout(
            "Unknown scenario",
            "none",
            &html! { h1 { "Unknown scenario" } p { "There is no scenario " code { (id) } ". " a href="/" { "See them all." } } },
        ),
    )
        .into_response()
}

/// `/exercise/{id}` for a meeting, an election round or a straw poll: the exercises are for
/// single votes, so the page says so and links to the explanation.
fn no_exercise(reading: &Reading) -> Response {
    (
        StatusCode::NOT_FOUND,
        layout(
            "No exercise",
            "none",
            &html! {
                h1 { "No exercise for this " (kind_label(reading.kind)) }
                p {
                    "The exercises are for single votes. "
                    a href=(format!("/documents/{}", reading.meta.id)) { "Read the explanation of " (reading.meta.title) }
                    ", or " a href="/" { "choose a vote" } "."
                }
            },
        ),
    )
        .into_response()
}

/// `/documents/{id}`: a meeting's, an election round's or a straw poll's explanation, as
/// `unsc run ID --format html` writes it. A single vote's page is `/scenarios/{id}`.
pub(crate) async fn document(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Some(reading) = state.catalogue.reading(&id) else {
        return match state.catalogue.get(&id) {
            Some(s) => Redirect::to(&format!("/scenarios/{}", s.meta.id)).into_response(),
            None => unknown_scenario(&id),
        };
    };
    layout(
        &reading.meta.title,
        "document",
        &html! {
            article { (PreEscaped(&reading.page)) }
            p {
                "The same explanation on the command line: " code { "unsc run " (reading.meta.id) } "; "
                a href=(format!("/api/documents/{}", reading.meta.id)) { "as JSON" } "."
            }
        },
    )
    .into_response()
}

/// `/scenarios/{id}`: the horseshoe, the verdict and its explanation, updated as seats are
/// changed.
pub(crate) async fn scenario(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Some(s) = state.catalogue.get(&id) else {
        return match state.catalogue.reading(&id) {
            Some(r) => Redirect::to(&format!("/documents/{}", r.meta.id)).into_response(),
            None => unknown_scenario(&id),
        };
    };
    let analysis = analyse(s);
    // A text adopted without a vote has no recorded votes to compare with.
    let recorded_ballot = s.record.as_ref().and_then(|r| r.ballot.as_ref());
    let record: Option<String> = recorded_ballot.map(|ballot| {
        let votes: serde_json::Map<String, serde_json::Value> = s
            .council
            .members()
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                Some((m.code.as_str().to_owned(), ballot.vote(i)?.as_str().into()))
            })
            .collect();
        serde_json::Value::Object(votes).to_string()
    });
    let uncertain: Vec<(usize, &crate::model::VoteOdds)> = s
        .stances
        .iter()
        .enumerate()
        .filter_map(|(i, st)| match &st.position {
            Position::Odds(odds) if !odds.is_certain() => Some((i, odds)),
            _ => None,
        })
        .collect();
    let r = &analysis.resolution;
    layout(
        &s.meta.title,
        "scenario",
        &html! {
            h1 { (s.meta.title) }
            p { (s.meta.date) " · " (s.draft.symbol.as_deref().unwrap_or("")) " " (s.draft.title) " · " (s.meta.status.as_str()) }
            div #app data-id=(s.meta.id) data-record=[record.as_deref()] {
                section aria-labelledby="result-heading" {
                    h2 #result-heading { "Result" }
                    p #verdict-line aria-live="polite" {
                        strong #verdict { (r.outcome.as_str().to_uppercase()) }
                        " — tally " span #tally { (format!("{}-{}-{}", r.tally.yes, r.tally.no, r.tally.abstain)) }
                        " " span #vetoed-by {}
                    }
                    p #hypothetical hidden { "Hypothetical: the votes have been changed from the scenario." }
                }
                p .hint { "Click or tap a seat, or focus it with Tab and press Enter or Space, to cycle its vote: yes → no → abstain → absent → not participating." }
                (PreEscaped(render::horseshoe_svg(&analysis, Seats::Interactive)))
                p { button #reset type="button" { "Reset the votes" } }
                @if record.is_some() {
                    p { label { input #compare type="checkbox"; " Compare with the record" } }
                    div #record-diff aria-live="polite" hidden {}
                }
                section aria-labelledby="why-heading" {
                    h2 #why-heading { "Why" }
                    ol #rules {}
                    p { "Decisive members: " span #decisive {} }
                    p { "Smallest change that flips it: " span #flip {} }
                }
                @if !uncertain.is_empty() {
                    section #odds aria-labelledby="odds-heading" {
                        h2 #odds-heading { "Uncertain members" }
                        p { "Move a slider to change a member's odds; the probabilities are recomputed exactly." }
                        @for (i, odds) in &uncertain {
                            @let m = s.council.member(*i);
                            fieldset .member-odds data-member=(m.code.as_str()) {
                                legend { (m.name) }
                                @for vote in Vote::ALL {
                                    @let percent = (odds.of(vote) * 100.0).round();
                                    label {
                                        (vote.as_str()) " "
                                        input type="range" min="0" max="100" step="1" value=(percent) data-vote=(vote.as_str());
                                        " " output { (percent) "%" }
                                    }
                                }
                            }
                        }
                        p #probabilities aria-live="polite" {}
                    }
                }
            }
            p { a href=(format!("/exercise/{}", s.meta.id)) { "Turn this into an exercise" } }
        },
    )
    .into_response()
}

/// The exercise page's options.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ExerciseQuery {
    mode: Option<String>,
    class: Option<String>,
}

/// `/exercise/{id}`: the briefing (no title, no result), a form, and the score.
pub(crate) async fn exercise(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<ExerciseQuery>,
) -> Response {
    let Some(s) = state.catalogue.get(&id) else {
        return match state.catalogue.reading(&id) {
            Some(reading) => no_exercise(reading),
            None => unknown_scenario(&id),
        };
    };
    let kind = (query.mode.as_deref())
        .and_then(|mode| mode.parse().ok())
        .unwrap_or(Exercise::Predict);
    let mode = kind.as_str();
    let heading = s.draft.symbol.as_deref().unwrap_or(&s.draft.title);
    let class = query.class.unwrap_or_default();
    layout(
        &format!("Exercise: {heading}"),
        "exercise",
        &html! {
            h1 { "Exercise: " (heading) }
            nav aria-label="Exercise" {
                @for (m, label) in [("predict", "Predict the vote"), ("compromise", "Find the compromise"), ("penholder", "Be the penholder")] {
                    a href=(format!("/exercise/{}?mode={m}", s.meta.id)) aria-current=[(m == mode).then_some("page")] { (label) } " "
                }
            }
            @if let Some(briefing) = (Briefing { scenario: s, exercise: kind }).text() {
                pre .briefing { (briefing) }
            }
            form #exercise-form data-id=(s.meta.id) data-mode=(mode) {
                @match kind {
                    Exercise::Predict => {
                        fieldset {
                            legend { "Your prediction" }
                            @for m in s.council.members() {
                                label .vote-choice {
                                    span { (m.name) @if m.seat == Seat::Permanent { " (permanent)" } }
                                    select name=(m.code.as_str()) {
                                        option value="" { "—" }
                                        @for v in Vote::ALL { option value=(v.as_str()) { (v.as_str()) } }
                                    }
                                }
                            }
                            label .vote-choice {
                                span { "Outcome" }
                                select name="outcome" {
                                    option value="" { "—" }
                                    @for o in <OutcomeKind as strum::VariantNames>::VARIANTS { option value=(o) { (o) } }
                                }
                            }
                        }
                    }
                    Exercise::Compromise => {
                        fieldset {
                            legend { "Provisions to drop" }
                            @for p in &s.draft.provisions {
                                label .check { input type="checkbox" name="drop" value=(p.id); " " code { (p.id) } " — " (p.text) }
                            }
                        }
                    }
                    Exercise::Penholder => {
                        fieldset {
                            legend { "Members to win over" }
                            @for m in s.council.members() {
                                label .check { input type="checkbox" name="win" value=(m.code.as_str()); " " (m.name) }
                            }
                        }
                    }
                }
                @if kind == Exercise::Predict {
                    label { "Class code (optional) " input name="class" value=(class) maxlength="24" pattern="[A-Za-z0-9_-]{1,24}"; }
                }
                p { button type="submit" { "Submit" } }
            }
            section aria-labelledby="score-heading" {
                h2 #score-heading { "Your score" }
                p #score aria-live="polite" { "Submit your answer to see the score and the explanation." }
                pre #feedback {}
            }
        },
    )
    .into_response()
}

/// The teacher page's class code.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct TeacherQuery {
    code: Option<String>,
}

/// `/teacher`: a class's predictions, refreshed every few seconds.
pub(crate) async fn teacher(Query(query): Query<TeacherQuery>) -> Html<String> {
    let code = query.code.filter(|c| !c.is_empty());
    layout(
        "Teacher view",
        "teacher",
        &html! {
            h1 { "Teacher view" }
            form method="get" action="/teacher" {
                label { "Class code " input name="code" value=(code.as_deref().unwrap_or("")) maxlength="24" pattern="[A-Za-z0-9_-]{1,24}" required; }
                " " button type="submit" { "Show the class" }
            }
            p { "Students enter the same code on an exercise page. Predictions are held in this server's memory only and vanish when it stops." }
            @if let Some(code) = &code {
                div #class data-code=(code) {
                    p #class-status aria-live="polite" { "Waiting for predictions…" }
                    div #class-results {}
                }
            }
        },
    )
}

/// `/power`: Shapley–Shubik and Banzhaf values of a year's Council under a preset.
pub(crate) async fn power() -> Html<String> {
    let years: Vec<i32> = roster_years().collect();
    let latest = years.last().copied().unwrap_or(2023);
    layout(
        "Voting power",
        "power",
        &html! {
            h1 { "Voting power" }
            form #power-form {
                label { "Council of " select name="council" {
                    @for y in years.iter().rev() { option value=(y) selected[*y == latest] { (y) } }
                } }
                " "
                label { "under the rules " select name="rules" {
                    @for p in <Preset as strum::IntoEnumIterator>::iter() { option value=(p.as_str()) { (p.as_str()) } }
                } }
                " " button type="submit" { "Measure" }
            }
            p #power-title aria-live="polite" {}
            div #power-chart {}
            table #power-table {
                caption { "The same values as a table (exact fractions)." }
                thead { tr { th scope="col" { "Member" } th scope="col" { "Veto" } th scope="col" { "Shapley–Shubik" } th scope="col" { "Banzhaf (normalised)" } } }
                tbody {}
            }
        },
    )
}
