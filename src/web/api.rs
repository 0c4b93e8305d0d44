//! The JSON API. Each handler reads a typed request, makes the library call the matching
//! CLI command makes, and answers with the CLI's own JSON renderer, so `GET
//! /api/scenarios/{id}` is byte for byte `unsc run ID --format json`.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::engine::analyse;
use crate::model::{MemberCode, NewOddsError, Preset, Scenario};
use crate::power::{GameError, GameSpec, IndexSet, Measures, measure};
use crate::render::{self, Feedback, JSON_SCHEMA_VERSION, WhatIfReport};
use crate::sim::{self, MethodChoice};
use crate::teach::{self, Exercise, Scored};
use crate::web::class::Prediction;
use crate::web::error::ApiError;
use crate::web::{AppState, Kind};

/// The most trials a browser may ask for: the CLI's default.
pub const MAX_TRIALS: u64 = sim::DEFAULT_TRIALS;

type Answer = Result<Response, ApiError>;

/// A JSON text from a renderer, sent as it is.
fn json_text(text: String) -> Response {
    ([(CONTENT_TYPE, "application/json")], text).into_response()
}

/// The single vote `id`; a meeting, an election round or a straw poll is refused, each with
/// the code it has always had, and pointed to its explanation.
fn scenario<'a>(state: &'a AppState, id: &str) -> Result<&'a Scenario, ApiError> {
    state.catalogue.get(id).ok_or_else(|| {
        let explained = format!("GET /api/documents/{id} explains it");
        match state.catalogue.reading(id).map(|r| r.kind) {
            Some(Kind::Election) => ApiError::bad(
                "election-not-a-vote",
                format!("`{id}` is an ICJ election, not a vote on a draft; {explained}"),
            ),
            Some(Kind::Meeting) => ApiError::not_found(
                "unknown-scenario",
                format!("`{id}` is a meeting of several votes, not a single vote; {explained}"),
            ),
            Some(Kind::StrawPoll) => ApiError::not_found(
                "unknown-scenario",
                format!("`{id}` is a straw poll, not a vote; {explained}"),
            ),
            None => unknown_scenario(id),
        }
    })
}

fn unknown_scenario(id: &str) -> ApiError {
    ApiError::not_found(
        "unknown-scenario",
        format!("there is no scenario `{id}`; GET /api/scenarios and GET /api/documents list them"),
    )
}

/// One entry of the scenario list.
#[derive(Debug, Serialize)]
struct Entry<'a> {
    id: &'a str,
    title: &'a str,
    date: String,
    outcome: &'static str,
    tags: &'a [String],
}

/// `GET /api/scenarios`.
pub(crate) async fn list(State(state): State<AppState>) -> Response {
    json_text(state.listing.to_string())
}

/// The body of `GET /api/scenarios`, built once.
pub(crate) fn listing(catalogue: &crate::web::Catalogue) -> String {
    let scenarios: Vec<Entry<'_>> = catalogue
        .entries()
        .iter()
        .map(|e| Entry {
            id: &e.scenario.meta.id,
            title: &e.scenario.meta.title,
            date: e.scenario.meta.date.to_string(),
            outcome: e.outcome,
            tags: &e.scenario.meta.tags,
        })
        .collect();
    serde_json::json!({ "schema_version": JSON_SCHEMA_VERSION, "scenarios": scenarios }).to_string()
}

/// One entry of the list of meetings, election rounds and straw polls.
#[derive(Debug, Serialize)]
struct Listed<'a> {
    id: &'a str,
    kind: &'static str,
    title: &'a str,
    date: String,
    outcome: Option<&'static str>,
    outcomes: Vec<&'static str>,
    tags: &'a [String],
}

/// `GET /api/documents`.
pub(crate) async fn documents(State(state): State<AppState>) -> Response {
    let documents: Vec<Listed<'_>> = (state.catalogue.readings().iter())
        .map(|r| Listed {
            id: &r.meta.id,
            kind: r.kind.as_str(),
            title: &r.meta.title,
            date: r.meta.date.to_string(),
            outcome: r.outcome,
            outcomes: r.outcomes.iter().map(|o| o.as_str()).collect(),
            tags: &r.meta.tags,
        })
        .collect();
    json_text(
        serde_json::json!({ "schema_version": JSON_SCHEMA_VERSION, "documents": documents })
            .to_string(),
    )
}

/// `GET /api/documents/{id}`: what `unsc run ID --format json` prints, whatever the kind.
pub(crate) async fn document(State(state): State<AppState>, Path(id): Path<String>) -> Answer {
    let catalogue = &state.catalogue;
    let json = (catalogue.reading(&id).map(|r| &r.run_json))
        .or_else(|| catalogue.entry(&id).map(|e| &e.run_json))
        .ok_or_else(|| unknown_scenario(&id))?;
    Ok(json_text(json.clone()))
}

/// `GET /api/scenarios/{id}`: what `unsc run ID --format json` prints.
pub(crate) async fn run(State(state): State<AppState>, Path(id): Path<String>) -> Answer {
    scenario(&state, &id)?;
    let entry = state.catalogue.entry(&id).map(|e| e.run_json.clone());
    Ok(json_text(entry.unwrap_or_default()))
}

/// The body of a what-if: the flags of `unsc whatif`, as JSON.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct WhatIfRequest {
    variant: Option<String>,
    set: BTreeMap<String, String>,
    replace: BTreeMap<String, String>,
    drop: Vec<String>,
    rules: Option<String>,
}

/// `POST /api/scenarios/{id}/whatif`: what `unsc whatif ID --set … --format json` prints.
pub(crate) async fn whatif(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Json<WhatIfRequest>, JsonRejection>,
) -> Answer {
    let Json(request) = body?;
    let scenario = scenario(&state, &id)?;
    // The library checks and labels the what-if as `unsc whatif` has it, so the JSON
    // matches byte for byte.
    let run = sim::what_if(scenario, &checked(&request)?)?;
    Ok(json_text(render::to_json(&WhatIfReport::new(&run))?))
}

/// `POST /api/scenarios/{id}/explain`, with the body of a what-if: the what-if's vote (the
/// scenario's, for an empty body) as `unsc run` prints it in JSON and the sentences its text
/// report writes, for the scenario page.
pub(crate) async fn explain(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Json<WhatIfRequest>, JsonRejection>,
) -> Answer {
    let Json(request) = body?;
    let scenario = scenario(&state, &id)?;
    let variant = sim::variant_of(scenario, &checked(&request)?)?;
    Ok(json_text(render::to_json(&render::Explained(&analyse(
        &variant,
    )))?))
}

/// A what-if's body read as `unsc whatif` reads its flags: member codes in any case, votes as
/// words or first letters, each member set once.
fn checked(request: &WhatIfRequest) -> Result<crate::scenario::WhatIfRequest, ApiError> {
    let mut checked = crate::scenario::WhatIfRequest {
        variant: request.variant.clone(),
        ..crate::scenario::WhatIfRequest::default()
    };
    for (seat, holder) in &request.replace {
        let seat = MemberCode::from_any_case(seat).ok_or_else(|| unknown_member(seat))?;
        let holder = MemberCode::from_any_case(holder).ok_or_else(|| {
            ApiError::bad(
                "bad-replacement",
                format!("{} cannot take the seat: not three letters", holder.trim()),
            )
        })?;
        checked.replace.push((seat, holder));
    }
    for (code, vote) in &request.set {
        // As `unsc whatif --set`: codes in any case, votes as words or first letters.
        let code = MemberCode::from_any_case(code).ok_or_else(|| unknown_member(code))?;
        let vote = teach::parse_vote(vote).ok_or_else(|| unknown_vote(vote))?;
        if checked.set.iter().any(|(seen, _)| *seen == code) {
            return Err(ApiError::bad(
                "duplicate-member",
                format!("set names {code} twice; give each member one vote"),
            ));
        }
        checked.set.push((code, vote));
    }
    checked.drop.clone_from(&request.drop);
    checked.rules = request.rules.as_deref().map(preset).transpose()?;
    Ok(checked)
}

/// The options of `unsc simulate`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SimulateQuery {
    trials: Option<u64>,
    seed: Option<u64>,
    method: Option<String>,
}

/// A member's odds, set by a slider.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Odds {
    yes: f64,
    no: f64,
    abstain: f64,
    #[serde(default)]
    absent: f64,
    #[serde(default, rename = "not-participating")]
    not_participating: f64,
}

/// The body of a simulation with changed odds.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct SimulateRequest {
    odds: BTreeMap<String, Odds>,
}

async fn simulate_with(scenario: Scenario, query: SimulateQuery) -> Answer {
    let method = match query.method.as_deref() {
        None => MethodChoice::Auto,
        Some(name) => name.parse().map_err(|_| {
            ApiError::bad(
                "unknown-method",
                format!("`{name}` is not a method; expected auto, exact or monte-carlo"),
            )
        })?,
    };
    let trials = query.trials.unwrap_or(MAX_TRIALS);
    if trials > MAX_TRIALS {
        return Err(ApiError::bad(
            "too-many-trials",
            format!("the server runs at most {MAX_TRIALS} trials"),
        ));
    }
    let seed = query.seed.unwrap_or(sim::DEFAULT_SEED);
    // Monte Carlo runs may take a while: off the async workers.
    tokio::task::spawn_blocking(move || {
        let simulation = sim::simulate(&scenario, method, trials, seed, &|_| {})?;
        Ok(json_text(render::to_json(&render::SimulationReport {
            scenario: &scenario,
            simulation: &simulation,
        })?))
    })
    .await
    .unwrap_or_else(|_| Err(ApiError::bad("simulation-failed", "the simulation stopped")))
}

/// `GET /api/scenarios/{id}/simulate`: what `unsc simulate ID --format json` prints.
pub(crate) async fn simulate(
    State(state): State<AppState>,
    Path(id): Path<String>,
    query: Result<Query<SimulateQuery>, QueryRejection>,
) -> Answer {
    let Query(query) = query?;
    simulate_with(scenario(&state, &id)?.clone(), query).await
}

/// `POST /api/scenarios/{id}/simulate`: the same, with some members' odds changed.
pub(crate) async fn simulate_odds(
    State(state): State<AppState>,
    Path(id): Path<String>,
    query: Result<Query<SimulateQuery>, QueryRejection>,
    body: Result<Json<SimulateRequest>, JsonRejection>,
) -> Answer {
    let Query(query) = query?;
    let Json(request) = body?;
    let mut changed = scenario(&state, &id)?.clone();
    for (code, odds) in &request.odds {
        let member = member_index(&changed, code)?;
        let probabilities = [
            odds.yes,
            odds.no,
            odds.abstain,
            odds.absent,
            odds.not_participating,
        ];
        changed.stances[member]
            .set_odds(probabilities)
            .map_err(|error| match error {
                NewOddsError::Odds(e) => ApiError::bad("bad-odds", format!("{code}: {e}")),
                _ => ApiError::bad(
                    "not-uncertain",
                    format!("{code}'s vote is not given as odds in this scenario"),
                ),
            })?;
    }
    simulate_with(changed, query).await
}

fn unknown_member(code: &str) -> ApiError {
    ApiError::bad(
        "unknown-member",
        format!("{code} is not a member of this Council"),
    )
}

fn unknown_vote(vote: &str) -> ApiError {
    ApiError::bad(
        "unknown-vote",
        format!(
            "`{vote}` is not a vote; expected yes, no, abstain, absent or not-participating (or y, n, a, x, p)"
        ),
    )
}

fn preset(name: &str) -> Result<Preset, ApiError> {
    name.parse::<Preset>()
        .map_err(|e| ApiError::bad("unknown-preset", e.to_string()))
}

fn member_index(scenario: &Scenario, code: &str) -> Result<usize, ApiError> {
    MemberCode::from_any_case(code)
        .and_then(|c| scenario.council.index_of(c))
        .ok_or_else(|| unknown_member(code))
}

/// The options of `unsc power --council YEAR --rules PRESET`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PowerQuery {
    council: i32,
    rules: Option<String>,
}

/// `GET /api/power?council=YEAR&rules=PRESET`: what `unsc power --council YEAR --rules
/// PRESET --format json` prints.
pub(crate) async fn power(query: Result<Query<PowerQuery>, QueryRejection>) -> Answer {
    let Query(PowerQuery {
        council: year,
        rules,
    }) = query?;
    let preset = rules.as_deref().map(preset).transpose()?;
    // As `unsc power --council YEAR --rules PRESET`: one library call.
    let spec = GameSpec::Roster { year, preset };
    let measured =
        tokio::task::spawn_blocking(move || measure(spec, Measures::Affordable(IndexSet::all())))
            .await
            .map_err(|_| ApiError::bad("bad-game", "the measurement stopped"))?
            .map_err(|error| match error {
                GameError::UnknownRosterYear { .. } => {
                    ApiError::not_found("unknown-year", error.to_string())
                }
                GameError::Power(e) => ApiError::from(e),
                other => ApiError::bad("bad-game", other.to_string()),
            })?;
    let title = render::game_title(&measured.subject);
    Ok(json_text(render::to_json(&render::PowerReport {
        title: &title,
        indices: &measured.indices,
    })?))
}

/// The body of an exercise answer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExerciseRequest {
    mode: String,
    #[serde(default)]
    votes: BTreeMap<String, String>,
    #[serde(default)]
    outcome: Option<String>,
    #[serde(default)]
    drop: Vec<String>,
    #[serde(default)]
    win: Vec<String>,
    /// A class code: the prediction is counted in the teacher's view.
    #[serde(default)]
    class: Option<String>,
}

/// The answers in a request, read as `unsc exercise` reads its answer lines.
fn answers(scenario: &Scenario, request: &ExerciseRequest) -> Result<teach::Answers, ApiError> {
    let mut answers = teach::Answers::default();
    for (code, vote) in &request.votes {
        let member = member_index(scenario, code)?;
        let vote = teach::parse_vote(vote).ok_or_else(|| unknown_vote(vote))?;
        answers.votes.push((member, vote));
    }
    if let Some(outcome) = &request.outcome {
        answers.outcome = Some(teach::parse_outcome(outcome).ok_or_else(|| {
            ApiError::bad(
                "unknown-outcome",
                format!(
                    "`{outcome}` is not an outcome; expected adopted, vetoed, failed or blocked"
                ),
            )
        })?);
    }
    for name in &request.drop {
        answers.drop = answers.drop.with(sim::find_provision(scenario, name)?);
    }
    for code in &request.win {
        answers.win = answers.win.with(member_index(scenario, code)?);
    }
    Ok(answers)
}

/// Counts a scored prediction in the class with this code.
fn count_in_class(
    state: &AppState,
    scenario: &Scenario,
    score: &teach::PredictionScore,
    code: &str,
) -> Result<(), ApiError> {
    let wrong = score
        .members
        .iter()
        .filter(|m| !m.correct())
        .map(|m| scenario.council.member(m.member).code.as_str().to_owned())
        .collect();
    state.classes.record(
        code,
        &scenario.meta.id,
        Prediction {
            outcome: score.outcome_predicted,
            actual: score.outcome_actual,
            wrong,
            points: score.points,
        },
    )?;
    Ok(())
}

/// `POST /api/scenarios/{id}/exercise`: scores an answer as `unsc exercise` does.
pub(crate) async fn exercise(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Json<ExerciseRequest>, JsonRejection>,
) -> Answer {
    let Json(request) = body?;
    let scenario = scenario(&state, &id)?;
    let answers = answers(scenario, &request)?;
    let exercise = request.mode.parse::<Exercise>().map_err(|_| {
        ApiError::bad(
            "unknown-mode",
            format!(
                "`{}` is not an exercise; expected predict, compromise or penholder",
                request.mode
            ),
        )
    })?;
    let scored = teach::score(scenario, exercise, &answers)?;
    if let (Scored::Prediction { score, .. }, Some(code)) = (&scored, request.class.as_deref()) {
        count_in_class(&state, scenario, score, code)?;
    }
    Ok(json_text(render::to_json(&Feedback(&scored))?))
}

/// `GET /api/classes/{code}`: the class's predictions, aggregated.
pub(crate) async fn class(State(state): State<AppState>, Path(code): Path<String>) -> Answer {
    let summary = state.classes.summary(&code)?;
    Ok(Json(summary).into_response())
}

/// Any other path under `/api/`.
pub(crate) async fn not_found() -> ApiError {
    ApiError::not_found(
        "no-such-endpoint",
        "there is no such API endpoint; see docs/web.md",
    )
}
