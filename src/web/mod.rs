//! The classroom on the web: an axum [`Router`] serving pages and a JSON API over the same
//! library calls and renderers as the CLI.
//!
//! No sockets, files or printing here: `unsc serve` binds the address and runs the router.
//! Scenario ids are looked up in a [`Catalogue`], never used as paths; request bodies are
//! bounded; every page and script is embedded; every response carries security headers
//! with a Content-Security-Policy that allows only the server's own assets. Class
//! predictions live in memory only.

mod api;
mod catalogue;
mod class;
mod error;
mod pages;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::HeaderValue;
use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{any, get, post};

pub use catalogue::{Catalogue, Entry};
pub use class::{Classes, MAX_CLASSES, MAX_CODE_LEN, MAX_PREDICTIONS, Prediction};
pub use error::ApiError;

/// The largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

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
}

impl AppState {
    /// A server's state over these scenarios, with no classes yet.
    #[must_use]
    pub fn new(catalogue: Catalogue) -> Self {
        Self {
            listing: api::listing(&catalogue).into(),
            catalogue: Arc::new(catalogue),
            classes: Classes::default(),
        }
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
        .route("/scenarios/{id}/whatif", post(api::whatif))
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
        .route("/exercise/{id}", get(pages::exercise))
        .route("/teacher", get(pages::teacher))
        .route("/power", get(pages::power))
        .route("/assets/{name}", get(pages::asset))
        .route("/favicon.ico", get(pages::no_icon))
        .nest("/api", api)
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}
