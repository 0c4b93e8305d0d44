//! The docs cannot drift from the program: rule codes, problem codes, README commands.

use strum::IntoEnumIterator;
use unsc::engine::{ElectionRule, RuleId, StrawPollRule};
use unsc::scenario::ProblemCode;

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
    let codes: Vec<&str> = RuleId::ALL
        .iter()
        .map(|r| r.code())
        .chain(ElectionRule::ALL.iter().map(|r| r.code()))
        .chain(StrawPollRule::ALL.iter().map(|r| r.code()))
        .collect();
    assert_eq!(
        headings, codes,
        "docs/rules.md headings must list the rule codes in engine order, then the ICJ election's, then the straw poll's"
    );
    for rule in RuleId::ALL {
        assert!(
            doc.contains(rule.citation()),
            "docs/rules.md lacks the citation of {rule}"
        );
    }
}

#[test]
fn rules_md_gives_each_election_and_straw_poll_rule_under_its_heading_with_its_citation() {
    let doc = read("docs/rules.md");
    let rules = ElectionRule::ALL
        .iter()
        .map(|r| (r.code(), r.citation()))
        .chain(StrawPollRule::ALL.iter().map(|r| (r.code(), r.citation())));
    for (code, citation) in rules {
        let heading = format!("## `{code}`\n\nCitation: {citation}\n");
        assert!(doc.contains(&heading), "docs/rules.md lacks {heading}");
    }
}

#[test]
fn rules_md_gives_every_preset_with_its_sources() {
    let doc = read("docs/rules.md");
    for preset in <unsc::model::Preset as strum::IntoEnumIterator>::iter() {
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
    for code in ProblemCode::iter() {
        assert!(
            doc.contains(&format!("`{code}`")),
            "docs/scenario-format.md lacks `{code}`"
        );
    }
}

#[test]
fn rule_all_lists_every_rule_code_once() {
    let mut listed: Vec<RuleId> = RuleId::ALL.to_vec();
    listed.sort_by_key(|r| r.code());
    let mut declared: Vec<RuleId> = RuleId::iter().collect();
    declared.sort_by_key(|r| r.code());
    assert_eq!(listed, declared);
}

/// Every stable code a script may match on, pinned: a renamed or removed code shows up as a
/// diff of `tests/it/snapshots/codes.txt`.
#[test]
fn every_rule_and_problem_code_is_pinned() {
    let rules: Vec<&str> = RuleId::ALL.iter().map(|r| r.code()).collect();
    let problems: Vec<&str> = ProblemCode::iter().map(ProblemCode::as_str).collect();
    let listing = format!(
        "# rule codes, in engine order\n{}\n\n# problem codes\n{}\n",
        rules.join("\n"),
        problems.join("\n")
    );
    snapbox::Assert::new().action_env("SNAPSHOTS").eq(
        listing,
        snapbox::Data::read_from(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/snapshots/codes.txt"),
            None,
        ),
    );
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

/// `docs/cli.md`'s section on `unsc NAME`: from its heading to the next one.
fn cli_md_section<'a>(doc: &'a str, name: &str) -> Option<&'a str> {
    let heading = doc
        .find(&format!("\n## `unsc {name}"))
        .or_else(|| doc.find(&format!("` and `unsc {name}")))?;
    let rest = &doc[heading + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    Some(&rest[..end])
}

#[test]
fn cli_md_documents_every_subcommand_and_flag() {
    let doc = read("docs/cli.md");
    let help = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_unsc"))
            .args(args)
            .output()
            .expect("run unsc");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let top = help(&["--help"]);
    let commands: Vec<&str> = top
        .split("Commands:")
        .nth(1)
        .and_then(|s| s.split("Options:").next())
        .expect("a command list")
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .collect();
    assert!(commands.len() > 15, "{commands:?}");
    for name in commands {
        let section =
            cli_md_section(&doc, name).unwrap_or_else(|| panic!("docs/cli.md lacks `unsc {name}`"));
        for flag in help(&[name, "--help"])
            .split_whitespace()
            .filter_map(|w| w.strip_prefix("--"))
            .map(|w| w.trim_end_matches([',', '.', ')']))
            .filter(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !w.is_empty())
            .filter(|w| !matches!(*w, "help" | "color"))
        {
            // `-o` stands for `--output` in the headings.
            assert!(
                section.contains(&format!("--{flag}"))
                    || (flag == "output" && section.contains("-o ")),
                "docs/cli.md's section on `unsc {name}` does not mention --{flag}"
            );
        }
    }
}

/// The `unsc …` commands a guide shows without running them as trycmd examples: every line of
/// its `sh` blocks, and every inline command naming a bundled scenario (a span may wrap lines).
/// `unsc serve` and commands with `…` in them are left out.
fn guide_commands(doc: &str) -> Vec<String> {
    let mut commands = Vec::new();
    let mut prose = String::new();
    let mut fence: Option<&str> = None;
    for line in doc.lines() {
        match (fence, line.strip_prefix("```")) {
            (None, Some(info)) => fence = Some(info),
            (Some(_), Some(_)) => fence = None,
            (Some("sh"), None) => {
                commands.extend(line.starts_with("unsc ").then(|| line.to_owned()));
            }
            (Some(_), None) => {}
            (None, None) => {
                prose.push_str(line);
                prose.push('\n');
            }
        }
    }
    let spans = prose.split('`').skip(1).step_by(2);
    commands.extend(
        spans
            .map(|span| span.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|span| span.starts_with("unsc "))
            .filter(|span| {
                span.split_whitespace()
                    .any(|word| unsc::bundled::find(word).is_some())
            }),
    );
    commands.retain(|c| !c.starts_with("unsc serve") && !c.contains('…'));
    commands
}

/// The commands a teacher copies from `docs/teaching.md` (and the one of
/// `docs/scenario-format.md`) run, each in an empty folder: a redirect `> FILE` and `-o FILE`
/// write there.
#[test]
fn guide_commands_run() {
    for path in ["docs/teaching.md", "docs/scenario-format.md"] {
        let commands = guide_commands(&read(path));
        assert!(
            commands.len() >= 5 || path != "docs/teaching.md",
            "{path}: too few commands found: {commands:?}"
        );
        for command in commands {
            let folder = tempfile::tempdir().expect("a temporary folder");
            let (args, redirect) = match command.split_once(" > ") {
                Some((args, file)) => (args, Some(file.trim())),
                None => (command.as_str(), None),
            };
            let output = crate::support::unsc()
                .args(args.split_whitespace().skip(1))
                .current_dir(folder.path())
                .stdin("")
                .output()
                .expect("run unsc");
            assert!(
                output.status.success(),
                "{path}: `{command}` failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            if let Some(file) = redirect {
                std::fs::write(folder.path().join(file), &output.stdout).expect("write");
            }
            let wrote_something = !output.stdout.is_empty()
                || std::fs::read_dir(folder.path())
                    .expect("the folder")
                    .next()
                    .is_some();
            assert!(wrote_something, "{path}: `{command}` wrote nothing");
        }
    }
}

/// Every classroom path `docs/teaching.md` sends students to names a bundled file.
#[test]
fn teaching_md_paths_name_bundled_files() {
    let doc = read("docs/teaching.md");
    let mut named = 0;
    for prefix in ["/scenarios/", "/exercise/", "/documents/"] {
        for (at, _) in doc.match_indices(prefix) {
            let id: String = doc[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if id == "ID" {
                continue;
            }
            assert!(
                unsc::bundled::find(&id).is_some(),
                "docs/teaching.md: {prefix}{id} names no bundled file"
            );
            named += 1;
        }
    }
    assert!(named >= 4, "only {named} classroom paths found");
}

/// `docs/json.md`'s abridged example is what `unsc run` prints, field for field.
#[test]
fn json_md_example_is_the_programs_output() {
    let doc = read("docs/json.md");
    let example = doc
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs/json.md has a JSON example");
    let example: serde_json::Value = serde_json::from_str(example).expect("the example is JSON");
    let id = example["id"]
        .as_str()
        .expect("the example names its scenario");
    let output: serde_json::Value =
        serde_json::from_str(&crate::support::stdout(&["run", id, "--format", "json"]))
            .expect("JSON");
    for (field, value) in example.as_object().expect("an object") {
        assert_eq!(&output[field], value, "docs/json.md's example: `{field}`");
    }
}

/// `docs/power.md`'s table of today's Council and its ternary example are `unsc power`'s output.
#[test]
fn power_md_shows_the_programs_output() {
    let doc = read("docs/power.md");
    let table = crate::support::stdout(&["power", "--rules", "charter", "--format", "markdown"]);
    let ternary = crate::support::stdout(&["power", "--rules", "charter", "--index", "ternary"]);
    let ternary_lines: Vec<&str> = ternary.lines().collect();
    let shown = table
        .lines()
        .filter(|line| line.starts_with("| ") || line.starts_with("Power of the collectivity"))
        .chain(ternary_lines[ternary_lines.len() - 5..].iter().copied());
    for line in shown {
        assert!(doc.contains(line), "docs/power.md lacks `{line}`");
    }
}

/// Every TOML example of `docs/scenario-format.md` is valid TOML. The examples are fragments
/// of a scenario: this catches a TOML mistake, not a wrong key.
#[test]
fn scenario_format_md_toml_examples_parse() {
    let doc = read("docs/scenario-format.md");
    let examples: Vec<&str> = doc
        .split("```toml\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .collect();
    assert!(examples.len() >= 5, "only {} TOML examples", examples.len());
    for example in examples {
        if let Err(e) = example.parse::<toml::Table>() {
            panic!("docs/scenario-format.md: {e}\n{example}");
        }
    }
}
