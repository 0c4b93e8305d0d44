//! **unsc** simulates votes of the UN Security Council and explains them.
//!
//! A scenario (TOML) names the Council, the rule set, the draft and each member's stance.
//! [`scenario::load`] parses and validates it, [`engine::analyse`] applies Article 27 of the
//! Charter and works out who was decisive, and [`render`] writes the result as text, JSON,
//! Markdown or HTML. [`scenario::load_document`] reads the other kinds of file: a meeting of
//! several votes, an ICJ election round and a straw poll.
//!
//! ```
//! let source = unsc::bundled::find("2023-08-30-mali-sanctions-france-uae").unwrap();
//! let scenario = unsc::scenario::load(source.file_name, source.text).unwrap();
//! let analysis = unsc::engine::analyse(&scenario);
//! assert_eq!(analysis.resolution.outcome.as_str(), "vetoed");
//! let text = unsc::render::render(&analysis, unsc::render::Format::Text).unwrap();
//! assert!(text.contains("13 in favour to 1 against (Russian Federation), with 1 abstention (China)"));
//! ```
//!
//! Layers, data flowing one way: [`model`] (domain types) ← [`scenario`] (the only TOML
//! reader) → [`engine`] (pure rules) → [`render`] (the only English). Over the engine:
//! [`sim`] (what-ifs, probabilities, compromises), [`power`] (voting power), [`history`] (the
//! record), [`teach`] (exercises); [`web`] serves the classroom.

#![deny(clippy::print_stdout, clippy::print_stderr, clippy::dbg_macro)]
#![warn(missing_docs)]

pub mod bundled;
pub mod engine;
pub mod history;
pub mod input;
pub mod model;
pub mod power;
pub mod render;
pub mod scenario;
pub mod sim;
pub mod teach;
pub mod web;
