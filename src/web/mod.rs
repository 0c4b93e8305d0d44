//! The classroom on the web: an axum [`Router`] serving pages and a JSON API over the same
//! library calls and renderers as the CLI.
//!
//! No sockets, files or printing here: `unsc serve` binds the address and runs the router.
//! Scenario ids are looked up in a [`Catalogue`], never used as paths; request bodies are
//! bounded, and so are the requests in flight and the time each may take; every page and
//! script is embedded; every response carries security headers
//! with a Content-Security-Policy that allows only the server's own assets. Class
//! predictions live in memory only.

mod api;
mod catalogue;
mod class;
mod error;
mod pages;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::State;
use axum::http::HeaderValue;
use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};

pub use catalogue::{Catalogue, Entry, Kind, Reading};
pub use class::{Classes, MAX_CLASSES, MAX_CODE_LEN, MAX_PREDICTIONS, Prediction};
pub use error::ApiError;

/// The largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The most requests served at once; one more is answered 429 (`busy`) at once.
pub const MAX_IN_FLIGHT: usize = 1024;

/// The longest a request may take before it is answered 503 (`timed-out`).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The policy: scripts, styles, images and requests from this server only.
pub const CONTENT_SECURITY_POLICY_VALUE: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// What every handler shares.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The scenarios served.
    pub catalogue: Arc<Catalogue>,
    /// Class predictions, in memory.
    pub classes: Classes,
    /// The body of `GET /api/scenarios`, built once.
    pub listing: Arc<str>,
    /// Permits for the requests in flight, [`MAX_IN_FLIGHT`] of them.
    pub in_flight: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// A server's state over these scenarios, with no classes yet.
    #[must_use]
    pub fn new(catalogue: Catalogue) -> Self {
        Self {
            listing: api::listing(&catalogue).into(),
            catalogue: Arc::new(catalogue),
            classes: Classes::default(),
            in_flight: Arc::new(tokio::sync::Semaphore::new(MAX_IN_FLIGHT)),
        }
    }
}

/// Bounds the requests in flight and the time each may take, so that a flood of requests
/// or a slow computation cannot hold the server.
async fn bounded(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: Next,
) -> Response {
    let Ok(_permit) = state.in_flight.try_acquire() else {
        return ApiError::busy().into_response();
    };
    match tokio::time::timeout(REQUEST_TIMEOUT, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::timed_out().into_response(),
    }
}

async fn security_headers(request: axum::extract::Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY_VALUE),
    );
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// The whole site: pages, embedded assets and the API.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/scenarios", get(api::list))
        .route("/scenarios/{id}", get(api::run))
        .route("/documents", get(api::documents))
        .route("/documents/{id}", get(api::document))
        .route("/scenarios/{id}/whatif", post(api::whatif))
        .route("/scenarios/{id}/explain", post(api::explain))
        .route(
            "/scenarios/{id}/simulate",
            get(api::simulate).post(api::simulate_odds),
        )
        .route("/scenarios/{id}/exercise", post(api::exercise))
        .route("/power", get(api::power))
        .route("/classes/{code}", get(api::class))
        .fallback(any(api::not_found));
    Router::new()
        .route("/", get(pages::library))
        .route("/scenarios/{id}", get(pages::scenario))
        .route("/documents/{id}", get(pages::document))
        .route("/exercise/{id}", get(pages::exercise))
        .route("/teacher", get(pages::teacher))
        .route("/power", get(pages::power))
        .route("/assets/{name}", get(pages::asset))
        .route("/favicon.ico", get(pages::no_icon))
        .nest("/api", api)
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), bounded))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}
