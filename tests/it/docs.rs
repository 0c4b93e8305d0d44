//! The docs cannot drift from the program: rule codes, problem codes, README commands.

use unsc::engine::RuleId;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn rules_md_has_one_heading_per_rule_code_and_no_other() {
    let doc = read("docs/rules.md");
    let headings: Vec<&str> = doc
        .lines()
        .filter_map(|l| l.strip_prefix("## `"))
        .filter_map(|l| l.strip_suffix('`'))
        .collect();
    let codes: Vec<&str> = RuleId::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(
        headings, codes,
        "docs/rules.md headings must list the rule codes in engine order"
    );
    for rule in RuleId::ALL {
        assert!(
            doc.contains(rule.citation()),
            "docs/rules.md lacks the citation of {rule}"
        );
    }
}

#[test]
fn rules_md_gives_every_preset_with_its_sources() {
    let doc = read("docs/rules.md");
    for preset in unsc::model::Preset::ALL {
        assert!(
            doc.contains(&format!("| `{preset}` | {} |", preset.council_size())),
            "docs/rules.md lacks the row of preset {preset}"
        );
        for source in preset.sources() {
            assert!(
                doc.contains(source),
                "docs/rules.md lacks {preset}'s source {source}"
            );
        }
    }
}

#[test]
fn scenario_format_md_documents_every_problem_code() {
    let doc = read("docs/scenario-format.md");
    for code in [
        "toml-syntax",
        "voting-rule-on-statement",
        "dispute-parties-without-proviso",
        "unknown-key",
        "invalid-value",
        "unsupported-format",
        "council-choice",
        "unknown-roster-year",
        "roster-date-mismatch",
        "invalid-member-code",
        "duplicate-member",
        "unknown-member",
        "council-rule-mismatch",
        "invalid-threshold",
        "missing-stance",
        "duplicate-record-vote",
        "incomplete-record",
        "missing-source",
        "invalid-source",
        "invalid-text",
        "duplicate-provision",
        "missing-record",
        "file-too-large",
    ] {
        assert!(
            doc.contains(&format!("`{code}`")),
            "docs/scenario-format.md lacks `{code}`"
        );
    }
}

#[test]
fn readme_commands_are_the_ones_ci_runs() {
    let readme = read("README.md");
    let ci = read(".ci/run");
    assert!(readme.contains(
        "cargo run --release -- run scenarios/2023-08-30-mali-sanctions-france-uae.toml"
    ));
    assert!(readme.contains("cargo test --locked"));
    // A newcomer learns where the built program is before the README switches to `unsc …`.
    let built = readme
        .find("./target/release/unsc")
        .expect("README shows the built binary");
    let first_unsc = readme.find("`unsc ").expect("README uses unsc");
    assert!(
        built < first_unsc,
        "README must show ./target/release/unsc before `unsc …`"
    );
    assert!(
        ci.contains("cargo test --locked"),
        ".ci/run must run the README's test command"
    );
}

#[test]
fn cli_md_examples_run() {
    trycmd::TestCases::new().case("docs/cli.md");
}

#[test]
fn readme_examples_run() {
    trycmd::TestCases::new().case("README.md");
}
