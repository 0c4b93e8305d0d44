//! API errors: a 4xx status (503 when a request runs out of time, 500 for the server's own
//! mistake) and
//! `{ "error": { "code", "message" } }`, with a stable kebab-case code.

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::power::PowerError;
use crate::render::Unsupported;
use crate::scenario::{ProblemCode, ScenarioError};
use crate::sim::{SimError, WhatIfError, WhatIfRunError};

/// An error answered to the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status: 4xx, 503 for a request that ran out of time, or 500.
    pub status: StatusCode,
    /// A stable kebab-case code.
    pub code: &'static str,
    /// What went wrong, for people.
    pub message: String,
}

impl ApiError {
    /// A 400 Bad Request.
    pub(crate) fn bad(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            code,
            message: message.into(),
        }
    }

    /// A 500 Internal Server Error: the server's mistake, not the request's.
    pub(crate) fn internal(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code,
            message: message.into(),
        }
    }

    /// A 404 Not Found.
    pub(crate) fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            code,
            message: message.into(),
        }
    }
}

impl ApiError {
    /// A 429: the server is already serving [`super::MAX_IN_FLIGHT`] requests.
    pub(crate) fn busy() -> Self {
        Self {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: "busy",
            message: format!(
                "the server is answering {} requests already; try again in a moment",
                super::MAX_IN_FLIGHT
            ),
        }
    }

    /// A 503: the request took longer than [`super::REQUEST_TIMEOUT`].
    pub(crate) fn timed_out() -> Self {
        Self {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "timed-out",
            message: format!(
                "the request took longer than {} seconds",
                super::REQUEST_TIMEOUT.as_secs()
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "code": self.code, "message": self.message } });
        (self.status, Json(body)).into_response()
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let status = rejection.status();
        let code = match status {
            StatusCode::PAYLOAD_TOO_LARGE => "body-too-large",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "not-json",
            _ => "malformed-json",
        };
        Self {
            status: if status.is_client_error() {
                status
            } else {
                StatusCode::BAD_REQUEST
            },
            code,
            message: rejection.body_text(),
        }
    }
}

impl From<Unsupported> for ApiError {
    fn from(unsupported: Unsupported) -> Self {
        Self::internal("no-such-form", unsupported.to_string())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        Self::bad("bad-query", rejection.body_text())
    }
}

impl From<WhatIfRunError> for ApiError {
    fn from(error: WhatIfRunError) -> Self {
        match error {
            WhatIfRunError::Request(error) => error.into(),
            WhatIfRunError::Changes(error) => error.into(),
        }
    }
}

impl From<WhatIfError> for ApiError {
    fn from(error: WhatIfError) -> Self {
        let code = match &error {
            WhatIfError::UnknownProvision { .. } => "unknown-provision",
            WhatIfError::BadReplacement { .. } => "bad-replacement",
            _ => "bad-what-if",
        };
        Self::bad(code, error.to_string())
    }
}

/// A what-if the library refused, named by its first problem. Votes and presets are read
/// before the library sees them, so the only value it can find invalid is the variant's name.
impl From<ScenarioError> for ApiError {
    fn from(error: ScenarioError) -> Self {
        let Some(first) = error.problems().first() else {
            return Self::bad("bad-what-if", error.to_string());
        };
        let code = match first.code {
            ProblemCode::UnknownMember | ProblemCode::InvalidMemberCode => "unknown-member",
            ProblemCode::UnknownProvision => "unknown-provision",
            ProblemCode::InvalidValue => "unknown-variant",
            ProblemCode::DuplicateMember => "bad-replacement",
            _ => "bad-what-if",
        };
        let message = error
            .problems()
            .iter()
            .map(|p| match &p.help {
                Some(help) => format!("{} ({help})", p.message),
                None => p.message.clone(),
            })
            .collect::<Vec<_>>()
            .join("; ");
        Self::bad(code, message)
    }
}

impl From<SimError> for ApiError {
    fn from(error: SimError) -> Self {
        let code = match &error {
            SimError::ConsensusStatement => "statement-not-simulated",
            SimError::PresidentRuling => "ruling-not-simulated",
            SimError::TooLargeForExact { .. } => "too-large-for-exact",
            _ => "bad-simulation",
        };
        Self::bad(code, error.to_string())
    }
}

impl From<PowerError> for ApiError {
    fn from(error: PowerError) -> Self {
        Self::bad("bad-game", error.to_string())
    }
}
