//! The web server in-process (no port): every API endpoint against the CLI's own JSON, bad
//! input answered with a JSON error and a 4xx status, pages escaped and served with
//! security headers.

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use serde_json::Value;
use tower::ServiceExt;
use unsc::web::{AppState, Catalogue, MAX_BODY_BYTES, router};

use crate::support::stdout;

const MALI: &str = "2023-08-30-mali-sanctions-france-uae";
const MEETING: &str = "2023-08-30-mali-sanctions-meeting";
const ELECTION: &str = "2018-06-22-icj-vacancy-iwasawa";
const STRAW_POLL: &str = "2016-10-05-sg-straw-poll-6";

fn app() -> Router {
    router(AppState::new(
        Catalogue::bundled().expect("bundled scenarios load"),
    ))
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body");
    Reply {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("UTF-8"),
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).expect("request")).await
}

async fn post(app: &Router, uri: &str, body: &str) -> Reply {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_owned()))
        .expect("request");
    send(app, request).await
}

/// A 4xx status and `{ "error": { "code", "message" } }` with this code.
fn assert_error(reply: &Reply, status: StatusCode, code: &str) {
    assert_eq!(reply.status, status, "{}", reply.body);
    let json = reply.json();
    assert_eq!(json["error"]["code"], code, "{}", reply.body);
    assert!(
        json["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{}",
        reply.body
    );
}

#[tokio::test]
async fn the_scenario_list_names_every_bundled_scenario() {
    let reply = get(&app(), "/api/scenarios").await;
    assert_eq!(reply.status, StatusCode::OK);
    let json = reply.json();
    assert_eq!(json["schema_version"], 1);
    let scenarios = json["scenarios"].as_array().expect("a list");
    assert_eq!(scenarios.len(), unsc::bundled::ALL.len());
    let mali = scenarios
        .iter()
        .find(|s| s["id"] == MALI)
        .expect("Mali listed");
    assert_eq!(mali["outcome"], "vetoed");
    assert_eq!(mali["date"], "2023-08-30");
    assert!(mali["tags"].as_array().is_some_and(|t| !t.is_empty()));
    assert!(mali["title"].is_string());
}

#[tokio::test]
async fn a_scenario_is_what_unsc_run_prints_byte_for_byte() {
    let app = app();
    for id in [
        MALI,
        "2023-08-30-mali-sanctions-odds",
        "2022-01-11-mali-ecowas-press-statement",
    ] {
        let reply = get(&app, &format!("/api/scenarios/{id}")).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.headers[header::CONTENT_TYPE], "application/json");
        assert_eq!(reply.body, stdout(&["run", id, "--format", "json"]), "{id}");
    }
}

/// The scenario page shows the sentences `unsc run` writes, not the bare verdicts.
#[tokio::test]
async fn the_page_is_explained_in_the_sentences_unsc_run_writes() {
    let app = app();
    let reply = post(&app, &format!("/api/scenarios/{MALI}/explain"), "{}").await;
    assert_eq!(reply.status, StatusCode::OK);
    let json = reply.json();
    let text = stdout(&["run", MALI]);
    for finding in json["sentences"]["findings"].as_array().unwrap() {
        assert!(text.contains(finding.as_str().unwrap()), "{finding}");
    }
    assert_eq!(json["run"]["outcome"], "vetoed");
    let smallest_flip = json["sentences"]["smallest_flip"].as_str().unwrap();
    assert!(text.contains(smallest_flip), "{smallest_flip}");
    let changed = post(
        &app,
        &format!("/api/scenarios/{MALI}/explain"),
        r#"{ "set": { "RUS": "abstain" } }"#,
    )
    .await
    .json();
    assert_eq!(changed["run"]["outcome"], "adopted");
    assert_eq!(changed["sentences"]["verdict"], "ADOPTED");
}

#[tokio::test]
async fn a_whatif_is_what_unsc_whatif_prints() {
    let app = app();
    let reply = post(
        &app,
        &format!("/api/scenarios/{MALI}/whatif"),
        r#"{ "set": { "RUS": "abstain" }, "drop": [], "replace": {}, "rules": null }"#,
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.body,
        stdout(&["whatif", MALI, "--set", "RUS=abstain", "--format", "json"])
    );
    assert_eq!(reply.json()["variant"]["outcome"], "adopted");
    let dropped = post(
        &app,
        &format!("/api/scenarios/{MALI}/whatif"),
        r#"{ "drop": ["extend-panel-of-experts"], "rules": "no-veto" }"#,
    )
    .await;
    assert_eq!(
        dropped.body,
        stdout(&[
            "whatif",
            MALI,
            "--drop-provision",
            "extend-panel-of-experts",
            "--rules",
            "no-veto",
            "--format",
            "json"
        ])
    );
    let enlarged = post(
        &app,
        &format!("/api/scenarios/{MALI}/whatif"),
        r#"{ "rules": "g4" }"#,
    )
    .await;
    assert_eq!(
        enlarged.body,
        stdout(&["whatif", MALI, "--rules", "g4", "--format", "json"])
    );
}

#[tokio::test]
async fn a_simulation_is_what_unsc_simulate_prints() {
    let app = app();
    let id = "2023-08-30-mali-sanctions-odds";
    let reply = get(&app, &format!("/api/scenarios/{id}/simulate")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, stdout(&["simulate", id, "--format", "json"]));
    let sampled = get(
        &app,
        &format!("/api/scenarios/{id}/simulate?method=monte-carlo&trials=1000&seed=7"),
    )
    .await;
    assert_eq!(
        sampled.body,
        stdout(&[
            "simulate",
            id,
            "--method",
            "monte-carlo",
            "--trials",
            "1000",
            "--seed",
            "7",
            "--format",
            "json"
        ])
    );
}

#[tokio::test]
async fn changed_odds_change_the_exact_probabilities() {
    let app = app();
    let id = "2023-08-30-mali-sanctions-odds";
    let baseline = get(&app, &format!("/api/scenarios/{id}/simulate"))
        .await
        .json();
    let certain_yes = post(
        &app,
        &format!("/api/scenarios/{id}/simulate"),
        r#"{ "odds": { "RUS": { "yes": 1, "no": 0, "abstain": 0 }, "CHN": { "yes": 0, "no": 0, "abstain": 1 } } }"#,
    )
    .await;
    assert_eq!(certain_yes.status, StatusCode::OK, "{}", certain_yes.body);
    let json = certain_yes.json();
    assert_eq!(json["p_vetoed"], 0.0);
    assert_ne!(json["p_adopted"], baseline["p_adopted"]);
    let fixed = post(
        &app,
        &format!("/api/scenarios/{MALI}/simulate"),
        r#"{ "odds": { "RUS": { "yes": 1, "no": 0, "abstain": 0 } } }"#,
    )
    .await;
    assert_error(&fixed, StatusCode::BAD_REQUEST, "not-uncertain");
    let bad = post(
        &app,
        &format!("/api/scenarios/{id}/simulate"),
        r#"{ "odds": { "RUS": { "yes": 0.9, "no": 0.9, "abstain": 0 } } }"#,
    )
    .await;
    assert_error(&bad, StatusCode::BAD_REQUEST, "bad-odds");
}

#[tokio::test]
async fn power_is_what_unsc_power_prints() {
    let app = app();
    for (year, rules) in [
        ("2023", Some("charter")),
        ("1950", None),
        ("2023", Some("g4")),
    ] {
        let uri = match rules {
            Some(r) => format!("/api/power?council={year}&rules={r}"),
            None => format!("/api/power?council={year}"),
        };
        let reply = get(&app, &uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        let mut args = vec!["power", "--council", year, "--format", "json"];
        if let Some(r) = rules {
            args.extend(["--rules", r]);
        }
        assert_eq!(reply.body, stdout(&args), "{uri}");
    }
}

#[tokio::test]
async fn an_exercise_is_scored_as_unsc_exercise_scores_it() {
    let app = app();
    let reply = post(
        &app,
        &format!("/api/scenarios/{MALI}/exercise"),
        r#"{ "mode": "predict", "votes": { "RUS": "no", "CHN": "yes" }, "outcome": "vetoed", "class": "7B" }"#,
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let json = reply.json();
    // Two votes (RUS right, CHN wrong) and the outcome: 1 + 3 of 15 + 3.
    assert_eq!(json["points"], 4);
    assert_eq!(json["max"], 18);
    assert!(
        json["feedback"]
            .as_str()
            .is_some_and(|f| f.starts_with("Score: 4 of 18"))
    );
    let penholder = post(
        &app,
        &format!("/api/scenarios/{MALI}/exercise"),
        r#"{ "mode": "penholder", "win": ["RUS"] }"#,
    )
    .await
    .json();
    assert_eq!(penholder["points"], 10);
    let compromise = post(
        &app,
        &format!("/api/scenarios/{MALI}/exercise"),
        r#"{ "mode": "compromise", "drop": ["extend-panel-of-experts"] }"#,
    )
    .await
    .json();
    assert_eq!(compromise["points"], 10);

    let class = get(&app, "/api/classes/7B").await.json();
    let mali = &class["scenarios"][0];
    assert_eq!(mali["id"], MALI);
    assert_eq!(mali["submissions"], 1);
    assert_eq!(mali["predicted_outcomes"]["vetoed"], 1);
    assert_eq!(mali["wrong_by_member"]["CHN"], 1);
    assert!(mali["wrong_by_member"].get("RUS").is_none());
}

/// A request that must be refused: method and path, body (for POST), status and code.
type Refusal = (&'static str, String, String, StatusCode, &'static str);

#[allow(clippy::too_many_lines)] // a table of cases, one per line before rustfmt
fn refusals() -> Vec<Refusal> {
    let whatif = format!("/api/scenarios/{MALI}/whatif");
    let exercise = format!("/api/scenarios/{MALI}/exercise");
    let simulate = format!("/api/scenarios/{MALI}/simulate");
    let oversized = format!(r#"{{ "drop": ["{}"] }}"#, "x".repeat(MAX_BODY_BYTES));
    let (bad, missing, unprocessable) = (
        StatusCode::BAD_REQUEST,
        StatusCode::NOT_FOUND,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    let get = |uri: &str, status, code| ("GET", uri.to_owned(), String::new(), status, code);
    let post = |uri: &str, body: &str, status, code| {
        ("POST", uri.to_owned(), body.to_owned(), status, code)
    };
    vec![
        get("/api/scenarios/no-such-vote", missing, "unknown-scenario"),
        get(
            "/api/scenarios/2018-06-22-icj-vacancy-iwasawa",
            bad,
            "election-not-a-vote",
        ),
        get(
            "/api/scenarios/..%2F..%2Fetc%2Fpasswd",
            missing,
            "unknown-scenario",
        ),
        post(
            "/api/scenarios/nope/whatif",
            "{}",
            missing,
            "unknown-scenario",
        ),
        post(
            &whatif,
            r#"{ "set": { "XYZ": "no" } }"#,
            bad,
            "unknown-member",
        ),
        post(
            &whatif,
            r#"{ "set": { "RUS": "maybe" } }"#,
            bad,
            "unknown-vote",
        ),
        post(
            &whatif,
            r#"{ "set": { "RUS": "a", "rus": "n" } }"#,
            bad,
            "duplicate-member",
        ),
        post(
            &whatif,
            r#"{ "drop": ["nothing-like-it"] }"#,
            bad,
            "unknown-provision",
        ),
        post(&whatif, r#"{ "rules": "anarchy" }"#, bad, "unknown-preset"),
        post(&whatif, r#"{ "variant": "none" }"#, bad, "unknown-variant"),
        post(&whatif, r#"{ "set": "#, bad, "malformed-json"),
        post(
            &whatif,
            r#"{ "sett": {} }"#,
            unprocessable,
            "malformed-json",
        ),
        post(
            &whatif,
            r#"{ "set": { "RUS": 3 } }"#,
            unprocessable,
            "malformed-json",
        ),
        post(
            &whatif,
            &oversized,
            StatusCode::PAYLOAD_TOO_LARGE,
            "body-too-large",
        ),
        post(&exercise, r#"{ "mode": "guess" }"#, bad, "unknown-mode"),
        post(
            &exercise,
            r#"{ "mode": "predict", "votes": { "RUS": "perhaps" } }"#,
            bad,
            "unknown-vote",
        ),
        post(
            &exercise,
            r#"{ "mode": "predict", "votes": { "ZZZ": "yes" } }"#,
            bad,
            "unknown-member",
        ),
        post(
            &exercise,
            r#"{ "mode": "predict", "outcome": "tabled" }"#,
            bad,
            "unknown-outcome",
        ),
        post(
            &exercise,
            r#"{ "mode": "predict", "class": "../../x" }"#,
            bad,
            "bad-class-code",
        ),
        get("/api/classes/a%20b", bad, "bad-class-code"),
        get(
            &format!("{simulate}?trials=99999999999"),
            bad,
            "too-many-trials",
        ),
        get(&format!("{simulate}?method=guess"), bad, "unknown-method"),
        get(&format!("{simulate}?trials=-1"), bad, "bad-query"),
        post(
            &simulate,
            r#"{ "odds": { "QQQ": { "yes": 1, "no": 0, "abstain": 0 } } }"#,
            bad,
            "unknown-member",
        ),
        get(
            "/api/scenarios/2022-01-11-mali-ecowas-press-statement/simulate",
            bad,
            "statement-not-simulated",
        ),
        get("/api/power?council=1066", missing, "unknown-year"),
        get("/api/power?council=twenty", bad, "bad-query"),
        get("/api/power", bad, "bad-query"),
        get(
            "/api/power?council=2023&rules=anarchy",
            bad,
            "unknown-preset",
        ),
        get("/api/nothing/here", missing, "no-such-endpoint"),
        get(
            "/api/documents/no-such-meeting",
            missing,
            "unknown-scenario",
        ),
        // Meetings, election rounds and straw polls are explained, never voted on.
        post(
            &format!("/api/scenarios/{MEETING}/whatif"),
            r#"{ "set": { "RUS": "abstain" } }"#,
            missing,
            "unknown-scenario",
        ),
        post(
            &format!("/api/scenarios/{MEETING}/exercise"),
            r#"{ "mode": "predict" }"#,
            missing,
            "unknown-scenario",
        ),
        post(
            &format!("/api/scenarios/{ELECTION}/exercise"),
            r#"{ "mode": "predict" }"#,
            bad,
            "election-not-a-vote",
        ),
        post(
            &format!("/api/scenarios/{STRAW_POLL}/whatif"),
            "{}",
            missing,
            "unknown-scenario",
        ),
        get(
            &format!("/api/scenarios/{STRAW_POLL}/simulate"),
            missing,
            "unknown-scenario",
        ),
    ]
}

#[tokio::test]
async fn bad_input_is_a_json_error_with_a_4xx_status() {
    let app = app();
    for (method, uri, body, status, code) in refusals() {
        let reply = if method == "GET" {
            get(&app, &uri).await
        } else {
            post(&app, &uri, &body).await
        };
        assert_error(&reply, status, code);
    }
    let plain = Request::post(format!("/api/scenarios/{MALI}/whatif"))
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("{}"))
        .expect("request");
    assert_error(
        &send(&app, plain).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "not-json",
    );
}

#[tokio::test]
async fn pages_are_escaped_self_contained_and_carry_security_headers() {
    let app = app();
    for uri in [
        "/",
        "/?tag=veto&year=2023&outcome=vetoed",
        &format!("/scenarios/{MALI}"),
        &format!("/exercise/{MALI}"),
        &format!("/exercise/{MALI}?mode=compromise"),
        &format!("/exercise/{MALI}?mode=penholder"),
        "/teacher?code=7B",
        "/power",
        &format!("/documents/{MEETING}"),
        &format!("/documents/{ELECTION}"),
        &format!("/documents/{STRAW_POLL}"),
        "/assets/app.js",
        "/assets/style.css",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        let csp = reply.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("ASCII");
        assert!(
            csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
            "{uri}: {csp}"
        );
        assert_eq!(reply.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        for external in ["src=\"http", "href=\"http", "url(http", "//cdn"] {
            assert!(
                !reply.body.contains(external),
                "{uri}: no external resources"
            );
        }
        assert!(
            !reply.body.contains("<style>") && !reply.body.contains(" style=\""),
            "{uri}: no inline styles"
        );
    }
    let library = get(&app, "/?tag=veto&year=2023&outcome=vetoed").await.body;
    assert!(library.contains(MALI) && !library.contains("2023-08-30-mali-sanctions-russia"));
    let teacher = get(&app, "/teacher?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await
        .body;
    assert!(!teacher.contains("<script>alert"), "escaped");
    assert!(teacher.contains("&lt;script&gt;"), "escaped");
    let unknown = get(&app, "/scenarios/%3Cb%3Ex").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.body.contains("&lt;b&gt;x"));
    assert_eq!(
        get(&app, "/assets/..%2FCargo.toml").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_exercise_page_does_not_give_the_answer_away() {
    let page = get(&app(), &format!("/exercise/{MALI}")).await.body;
    assert!(page.contains("S/2023/638"));
    assert!(
        !page.contains("renewal vetoed") && !page.contains("VETOED") && !page.contains("13-1-1")
    );
}

#[tokio::test]
async fn a_request_past_the_in_flight_limit_is_answered_busy_at_once() {
    let mut state = AppState::new(Catalogue::bundled().expect("bundled scenarios load"));
    // Every permit taken, as if MAX_IN_FLIGHT requests were being answered.
    state.in_flight = std::sync::Arc::new(tokio::sync::Semaphore::new(0));
    let reply = get(&router(state), "/api/scenarios").await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(reply.json()["error"]["code"], "busy");
    assert!(reply.headers.contains_key(header::CONTENT_SECURITY_POLICY));
}

#[test]
fn web_md_documents_every_error_code() {
    let doc = std::fs::read_to_string("docs/web.md").expect("docs/web.md");
    let codes = refusals().into_iter().map(|(.., code)| code);
    for code in codes.chain(["not-json", "class-full", "busy", "timed-out"]) {
        assert!(
            doc.contains(&format!("| `{code}` |")),
            "docs/web.md lacks the error code {code}"
        );
    }
}

#[tokio::test]
async fn a_member_that_did_not_participate_can_be_predicted_and_set() {
    let app = app();
    let id = "1950-06-27-korea-resolution-83";
    let reply = post(
        &app,
        &format!("/api/scenarios/{id}/exercise"),
        r#"{ "mode": "predict", "votes": { "EGY": "not-participating", "IND": "p" } }"#,
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.json()["points"], 2);
    let whatif = post(
        &app,
        &format!("/api/scenarios/{id}/whatif"),
        r#"{ "set": { "EGY": "yes" } }"#,
    )
    .await;
    assert_eq!(whatif.status, StatusCode::OK, "{}", whatif.body);
}

/// Every meeting, election round and straw poll the server has, in date order.
fn every_reading() -> Vec<&'static str> {
    let mut ids: Vec<&str> = (unsc::bundled::MEETINGS.iter())
        .chain(unsc::bundled::ELECTIONS)
        .chain(unsc::bundled::STRAW_POLLS)
        .map(unsc::bundled::Bundled::stem)
        .collect();
    ids.sort_unstable();
    ids
}

#[tokio::test]
async fn meetings_elections_and_straw_polls_are_listed_and_explained_as_unsc_run_prints_them() {
    let app = app();
    let list = get(&app, "/api/documents").await;
    assert_eq!(list.status, StatusCode::OK);
    let json = list.json();
    assert_eq!(json["schema_version"], 1);
    let listed: Vec<&str> = json["documents"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| d["id"].as_str().expect("an id"))
        .collect();
    assert_eq!(listed, every_reading(), "every one, in date order");
    let by_id = |id: &str| {
        json["documents"]
            .as_array()
            .and_then(|all| all.iter().find(|d| d["id"] == id))
            .cloned()
            .expect("listed")
    };
    let meeting = by_id(MEETING);
    assert_eq!(meeting["kind"], "meeting");
    assert_eq!(meeting["outcome"], Value::Null);
    assert_eq!(meeting["outcomes"], serde_json::json!(["vetoed", "failed"]));
    assert_eq!(by_id(ELECTION)["kind"], "election");
    assert_eq!(by_id(ELECTION)["outcome"], "filled");
    assert_eq!(by_id(STRAW_POLL)["kind"], "straw-poll");
    assert_eq!(by_id(STRAW_POLL)["outcome"], Value::Null);

    for id in every_reading().into_iter().chain([MALI]) {
        let reply = get(&app, &format!("/api/documents/{id}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{id}");
        assert_eq!(reply.headers[header::CONTENT_TYPE], "application/json");
        assert_eq!(reply.body, stdout(&["run", id, "--format", "json"]), "{id}");
    }
}

/// The page holds the body of `unsc run ID --format html`, inside the classroom's layout.
#[tokio::test]
async fn a_meeting_election_or_straw_poll_page_is_the_page_unsc_run_writes() {
    let app = app();
    for id in every_reading() {
        let reply = get(&app, &format!("/documents/{id}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{id}");
        let html = stdout(&["run", id, "--format", "html"]);
        let body = html
            .split_once("<body>")
            .and_then(|(_, rest)| rest.rsplit_once("</body>"))
            .map(|(body, _)| body)
            .expect("a body");
        assert!(reply.body.contains(body), "{id}");
        assert_eq!(reply.body.matches("<h1>").count(), 1, "{id}");
        assert!(reply.body.contains("<nav aria-label=\"Site\">"), "{id}");
    }
    let meeting = get(&app, &format!("/documents/{MEETING}")).await.body;
    assert!(meeting.contains("No draft was adopted at this meeting."));
    assert!(meeting.contains("<th scope=\"col\">Outcome</th>"));
}

#[tokio::test]
async fn the_library_lists_meetings_elections_and_straw_polls_by_kind() {
    let app = app();
    let library = get(&app, "/").await.body;
    for id in every_reading() {
        assert!(
            library.contains(&format!("href=\"/documents/{id}\"")),
            "{id}"
        );
        assert!(!library.contains(&format!("/exercise/{id}")), "{id}");
    }
    for kind in [
        "meeting",
        "ICJ election round",
        "straw poll (Secretary-General)",
    ] {
        assert!(library.contains(&format!("<td>{kind}</td>")), "{kind}");
    }
    assert!(library.contains("<td>vetoed, failed</td>"));
    // An outcome keeps a meeting with a vote of that outcome, never an election or a poll.
    let vetoed = get(&app, "/?outcome=vetoed").await.body;
    assert!(vetoed.contains(&format!("/documents/{MEETING}")));
    assert!(!vetoed.contains(&format!("/documents/{ELECTION}")));
    assert!(!vetoed.contains(&format!("/documents/{STRAW_POLL}")));
    assert!(!vetoed.contains("/documents/2024-03-25-gaza-ceasefire-amendment-meeting"));
    let in_2016 = get(&app, "/?year=2016").await.body;
    assert!(in_2016.contains(&format!("/documents/{STRAW_POLL}")));
    assert!(!in_2016.contains(&format!("/documents/{MEETING}")));
}

#[tokio::test]
async fn a_vote_and_a_reading_lead_to_each_others_pages_and_no_exercise() {
    let app = app();
    let to_document = get(&app, &format!("/scenarios/{MEETING}")).await;
    assert_eq!(to_document.status, StatusCode::SEE_OTHER);
    assert_eq!(
        to_document.headers[header::LOCATION],
        format!("/documents/{MEETING}").as_str()
    );
    let to_scenario = get(&app, &format!("/documents/{MALI}")).await;
    assert_eq!(to_scenario.status, StatusCode::SEE_OTHER);
    assert_eq!(
        to_scenario.headers[header::LOCATION],
        format!("/scenarios/{MALI}").as_str()
    );
    let exercise = get(&app, &format!("/exercise/{ELECTION}")).await;
    assert_eq!(exercise.status, StatusCode::NOT_FOUND);
    assert!(
        exercise
            .body
            .contains(&format!("href=\"/documents/{ELECTION}\""))
    );
    assert_eq!(
        get(&app, "/documents/%3Cb%3Ex").await.status,
        StatusCode::NOT_FOUND
    );
}

/// A server run by `unsc serve`, stopped when dropped.
struct Served(std::process::Child);

impl Drop for Served {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

/// The status and body of `GET path` from the server at `address`, over HTTP/1.1.
fn http_get(address: &str, path: &str) -> (String, String) {
    use std::io::{Read as _, Write as _};
    let mut stream = std::net::TcpStream::connect(address).expect("connect to 127.0.0.1");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("read");
    let (head, body) = reply.split_once("\r\n\r\n").expect("a head and a body");
    let status = head.lines().next().unwrap_or_default().to_owned();
    (status, body.to_owned())
}

/// `unsc serve FILE --port 0` on 127.0.0.1: a meeting file given to it is listed, explained
/// and served as JSON beside the bundled scenarios, and refused by the vote endpoints.
#[test]
fn unsc_serve_serves_a_meeting_file_given_to_it() {
    use std::io::BufRead as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("my-meeting.toml");
    std::fs::write(&file, unsc::scenario::templates::MEETING).expect("write the meeting");
    let mut child = std::process::Command::new(snapbox::cmd::cargo_bin!("unsc"))
        .args(["serve", "--port", "0"])
        .arg(&file)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("unsc serve starts");
    let printed = child.stdout.take().expect("stdout");
    let _served = Served(child);
    let mut lines = std::io::BufReader::new(printed).lines();
    let first = lines
        .next()
        .and_then(Result::ok)
        .expect("the server prints its address");
    let address = first
        .split_once("http://")
        .map(|(_, rest)| rest.trim_end_matches('/'))
        .expect("an address");
    assert!(address.starts_with("127.0.0.1:"), "{first}");

    let (status, json) = http_get(address, "/api/documents/my-meeting");
    assert!(status.ends_with("200 OK"), "{status}");
    let path = file.to_str().expect("UTF-8 path");
    assert_eq!(json, stdout(&["run", path, "--format", "json"]));
    let (status, page) = http_get(address, "/documents/my-meeting");
    assert!(status.ends_with("200 OK"), "{status}");
    assert!(page.contains("<h1>Meeting: An invented meeting"), "{page}");
    let (_, library) = http_get(address, "/");
    assert!(library.contains("href=\"/documents/my-meeting\""));
    let (status, refused) = http_get(address, "/api/scenarios/my-meeting/simulate");
    assert!(status.ends_with("404 Not Found"), "{status}");
    assert!(refused.contains("\"unknown-scenario\""), "{refused}");
}

/// A server whose standard output nobody reads (closed before it prints its banner) serves all
/// the same: the banner is not worth dying for.
#[test]
fn unsc_serve_serves_with_its_output_closed() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut child = std::process::Command::new(snapbox::cmd::cargo_bin!("unsc"))
        .args(["serve", "--port", &port.to_string()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("unsc serve starts");
    drop(child.stdout.take());
    let served = Served(child);
    let address = format!("127.0.0.1:{port}");
    let connected = (0..200).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        std::net::TcpStream::connect(&address).is_ok()
    });
    let mut child = served;
    assert_eq!(child.0.try_wait().expect("status"), None, "the server died");
    assert!(connected, "the server never listened on {address}");
    let (status, _) = http_get(&address, "/api/scenarios");
    assert!(status.ends_with("200 OK"), "{status}");
}
