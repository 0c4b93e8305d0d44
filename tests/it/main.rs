//! Integration tests, in one binary: the CLI end to end, every bundled scenario replayed,
//! the engine's invariants as property tests, and the docs kept in step with the code.

mod briefings;
mod browser;
mod classroom;
mod cli;
mod cmd;
mod docs;
mod election;
mod engine_props;
mod golden;
mod history;
mod io;
mod loader;
mod malformed;
mod meeting;
mod newcomer;
mod power;
mod record;
mod reform;
mod scenarios;
mod schema;
mod sim_props;
mod straw_poll;
mod suggestions;
mod support;
mod toolchain;
mod web;
mod web_browser;
