//! Classes: predictions submitted under a class code, aggregated for the teacher. Held in
//! memory only — no accounts, nothing written to disk — and bounded in number and size.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::http::StatusCode;
use serde::Serialize;

use crate::model::OutcomeKind;
use crate::render::JSON_SCHEMA_VERSION;
use crate::web::error::ApiError;

/// The most classes a server holds.
pub const MAX_CLASSES: usize = 64;
/// The most predictions a class holds.
pub const MAX_PREDICTIONS: usize = 2_000;
/// The longest class code.
pub const MAX_CODE_LEN: usize = 24;

/// One student's scored prediction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prediction {
    /// The outcome predicted.
    pub outcome: Option<OutcomeKind>,
    /// The outcome.
    pub actual: OutcomeKind,
    /// Codes of the members whose vote was mispredicted.
    pub wrong: Vec<String>,
    /// Points earned.
    pub points: u32,
}

/// One class's predictions, by scenario id.
type Class = BTreeMap<String, Vec<Prediction>>;

/// Every class's predictions, by class code.
#[derive(Clone, Debug, Default)]
pub struct Classes {
    inner: Arc<Mutex<BTreeMap<String, Class>>>,
}

/// One scenario's predictions in a class.
#[derive(Debug, Serialize)]
pub struct ScenarioSummary {
    id: String,
    submissions: usize,
    actual_outcome: &'static str,
    predicted_outcomes: BTreeMap<&'static str, usize>,
    mean_points: f64,
    wrong_by_member: BTreeMap<String, usize>,
}

/// A class's predictions, aggregated.
#[derive(Debug, Serialize)]
pub struct ClassSummary {
    schema_version: u32,
    code: String,
    scenarios: Vec<ScenarioSummary>,
}

fn check_code(code: &str) -> Result<(), ApiError> {
    let fine = !code.is_empty()
        && code.len() <= MAX_CODE_LEN
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if fine {
        Ok(())
    } else {
        Err(ApiError::bad(
            "bad-class-code",
            format!("a class code is 1 to {MAX_CODE_LEN} letters, digits, - or _"),
        ))
    }
}

fn full(message: String) -> ApiError {
    ApiError {
        status: StatusCode::TOO_MANY_REQUESTS,
        code: "class-full",
        message,
    }
}

impl Classes {
    /// Records a prediction under a class code.
    ///
    /// # Errors
    /// When the code is malformed, or the server or the class is full.
    pub fn record(
        &self,
        code: &str,
        scenario: &str,
        prediction: Prediction,
    ) -> Result<(), ApiError> {
        check_code(code)?;
        let mut classes = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if !classes.contains_key(code) && classes.len() >= MAX_CLASSES {
            return Err(full(format!(
                "the server holds at most {MAX_CLASSES} classes"
            )));
        }
        let class = classes.entry(code.to_owned()).or_default();
        if class.values().map(Vec::len).sum::<usize>() >= MAX_PREDICTIONS {
            return Err(full(format!(
                "a class holds at most {MAX_PREDICTIONS} predictions"
            )));
        }
        class
            .entry(scenario.to_owned())
            .or_default()
            .push(prediction);
        Ok(())
    }

    /// A class's predictions, aggregated per scenario (none yet for a new code).
    ///
    /// # Errors
    /// When the code is malformed.
    pub fn summary(&self, code: &str) -> Result<ClassSummary, ApiError> {
        check_code(code)?;
        let classes = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let scenarios = classes
            .get(code)
            .into_iter()
            .flatten()
            .map(|(id, predictions)| {
                let mut predicted_outcomes = BTreeMap::new();
                let mut wrong_by_member = BTreeMap::new();
                for p in predictions {
                    let key = p.outcome.map_or("none", OutcomeKind::as_str);
                    *predicted_outcomes.entry(key).or_insert(0) += 1;
                    for member in &p.wrong {
                        *wrong_by_member.entry(member.clone()).or_insert(0) += 1;
                    }
                }
                let total: u32 = predictions.iter().map(|p| p.points).sum();
                #[allow(clippy::cast_precision_loss)]
                let mean_points = f64::from(total) / predictions.len().max(1) as f64;
                ScenarioSummary {
                    id: id.clone(),
                    submissions: predictions.len(),
                    actual_outcome: predictions.first().map_or("none", |p| p.actual.as_str()),
                    predicted_outcomes,
                    mean_points,
                    wrong_by_member,
                }
            })
            .collect();
        Ok(ClassSummary {
            schema_version: JSON_SCHEMA_VERSION,
            code: code.to_owned(),
            scenarios,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prediction(outcome: OutcomeKind, wrong: &[&str]) -> Prediction {
        Prediction {
            outcome: Some(outcome),
            actual: OutcomeKind::Vetoed,
            wrong: wrong.iter().map(|w| (*w).to_owned()).collect(),
            points: 10,
        }
    }

    #[test]
    fn predictions_are_counted_per_outcome_and_member() {
        let classes = Classes::default();
        classes
            .record("7B", "s", prediction(OutcomeKind::Vetoed, &["RUS"]))
            .unwrap();
        classes
            .record("7B", "s", prediction(OutcomeKind::Adopted, &["RUS", "CHN"]))
            .unwrap();
        let summary = serde_json::to_value(classes.summary("7B").unwrap()).unwrap();
        let s = &summary["scenarios"][0];
        assert_eq!(s["submissions"], 2);
        assert_eq!(s["predicted_outcomes"]["vetoed"], 1);
        assert_eq!(s["wrong_by_member"]["RUS"], 2);
        assert_eq!(summary["schema_version"], JSON_SCHEMA_VERSION);
    }

    #[test]
    fn codes_are_checked_and_classes_bounded() {
        let classes = Classes::default();
        assert!(classes.summary("../etc").is_err());
        assert!(classes.summary("").is_err());
        for i in 0..MAX_CLASSES {
            classes
                .record(&format!("c{i}"), "s", prediction(OutcomeKind::Vetoed, &[]))
                .unwrap();
        }
        let refused = classes
            .record("one-more", "s", prediction(OutcomeKind::Vetoed, &[]))
            .unwrap_err();
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    }
}
