//! The JSON Schemas printed by `unsc schema` (votes, ICJ elections, straw polls) accept every
//! bundled file and template of their kind, and the vote's rejects what the format forbids.

use serde_json::Value;

/// TOML to JSON as an editor's language server sees it: dates become strings.
fn json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(json).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, json(v))).collect())
        }
    }
}

/// A validator for the JSON Schema `schema`.
fn validator_of(schema: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(schema).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn validator() -> jsonschema::Validator {
    validator_of(&unsc::scenario::json_schema())
}

fn document(text: &str) -> Value {
    json(toml::from_str::<toml::Value>(text).expect("TOML"))
}

/// Asserts that `schema` accepts every file in `files` (name and text).
fn assert_accepts<'a>(schema: &str, files: impl IntoIterator<Item = (&'a str, &'a str)>) {
    let validator = validator_of(schema);
    for (name, text) in files {
        let errors: Vec<String> = validator
            .iter_errors(&document(text))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn the_schema_accepts_every_bundled_scenario_and_template() {
    let templates = [
        ("hypothetical", unsc::scenario::templates::HYPOTHETICAL),
        ("historical", unsc::scenario::templates::HISTORICAL),
        ("custom-council", unsc::scenario::templates::CUSTOM_COUNCIL),
        ("meeting", unsc::scenario::templates::MEETING),
    ];
    let bundled = unsc::bundled::ALL
        .iter()
        .chain(unsc::bundled::MEETINGS)
        .map(|b| (b.file_name, b.text));
    assert_accepts(&unsc::scenario::json_schema(), bundled.chain(templates));
}

#[test]
fn the_election_schema_accepts_every_bundled_election_and_the_template() {
    let bundled = unsc::bundled::ELECTIONS
        .iter()
        .map(|b| (b.file_name, b.text));
    let template = ("icj_election.toml", unsc::scenario::templates::ICJ_ELECTION);
    assert_accepts(
        &unsc::scenario::election_json_schema(),
        bundled.chain([template]),
    );
}

#[test]
fn the_straw_poll_schema_accepts_every_bundled_straw_poll_and_the_template() {
    let bundled = unsc::bundled::STRAW_POLLS
        .iter()
        .map(|b| (b.file_name, b.text));
    let template = ("straw_poll.toml", unsc::scenario::templates::STRAW_POLL);
    assert_accepts(
        &unsc::scenario::straw_poll_json_schema(),
        bundled.chain([template]),
    );
}

#[test]
fn the_schema_rejects_unknown_keys_and_words() {
    let validator = validator();
    let base = unsc::bundled::find("2023-08-30-mali-sanctions-russia")
        .expect("bundled")
        .text;
    let mut tried = 0;
    for broken in [
        base.replace(
            "status = \"historical\"",
            "status = \"historical\"\ncolour = \"blue\"",
        ),
        base.replace("status = \"historical\"", "status = \"rumoured\""),
        base.replace("JPN = { vote = \"no\" }", "JPN = { vote = \"veto\" }"),
        base.replace(
            "[stances.JPN]\nvote = \"no\"",
            "[stances.JPN]\nvote = \"veto\"",
        ),
    ] {
        if broken != base {
            tried += 1;
            assert!(
                !validator.is_valid(&document(&broken)),
                "accepted:\n{broken}"
            );
        }
    }
    assert!(tried >= 3, "only {tried} broken documents were tried");
}

#[test]
fn the_schema_names_every_kind_of_question_and_recorded_outcome() {
    let schema: Value =
        serde_json::from_str(&unsc::scenario::json_schema()).expect("the schema is JSON");
    let words = |table: &str, key: &str| -> Vec<String> {
        schema["$defs"][table]["properties"][key]["enum"]
            .as_array()
            .expect("an enum")
            .iter()
            .filter_map(|w| w.as_str().map(str::to_owned))
            .collect()
    };
    let questions: Vec<String> = <unsc::model::QuestionKind as strum::VariantNames>::VARIANTS
        .iter()
        .map(|&q| q.to_owned())
        .collect();
    assert_eq!(words("Rules", "question"), questions);
    let outcomes: Vec<String> = <unsc::model::OutcomeKind as strum::VariantNames>::VARIANTS
        .iter()
        .map(|&o| o.to_owned())
        .collect();
    assert_eq!(words("Record", "outcome"), outcomes);
}
