//! The plain command/output cases in `tests/cmd/`: each `NAME.toml` gives the arguments, the
//! standard input and the exit status, `NAME.stdout` / `NAME.stderr` the exact output. Bless
//! new output with `TRYCMD=overwrite cargo test --locked` and review the diff.

#[test]
fn command_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
