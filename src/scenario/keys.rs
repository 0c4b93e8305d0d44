//! Which keys the format allows where, read from the JSON Schema of the serde mirror (so it
//! cannot drift from it). A walk over the parsed file finds every unknown key and every
//! missing required key at once, where serde would stop at the first failing table.

use std::ops::Range;

use serde_json::Value;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::input::{closest, shown};
use crate::scenario::problem::{Problem, ProblemCode};

/// The scenario format's keys, table by table.
pub(crate) struct Keys {
    schema: Value,
}

impl Keys {
    /// The keys of the mirror `T`, such as an election's.
    pub(crate) fn of<T: schemars::JsonSchema>() -> Self {
        let schema = schemars::schema_for!(T);
        Self {
            schema: schema.to_value(),
        }
    }

    /// A node with its reference followed and its optional wrapper (`anyOf` with null) removed.
    fn resolve<'a>(&'a self, mut node: &'a Value) -> &'a Value {
        loop {
            if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
                let name = reference.trim_start_matches("#/$defs/");
                match self.schema.get("$defs").and_then(|d| d.get(name)) {
                    Some(target) => node = target,
                    None => return node,
                }
            } else if let Some(first) = node
                .get("anyOf")
                .and_then(Value::as_array)
                .and_then(|a| a.iter().find(|n| n.get("type") != Some(&"null".into())))
            {
                node = first;
            } else {
                return node;
            }
        }
    }

    /// The schema of what a key (or an array index) holds, inside `node`.
    fn child<'a>(&'a self, node: &'a Value, key: &str) -> Option<&'a Value> {
        let node = self.resolve(node);
        if let Some(property) = node.get("properties").and_then(|p| p.get(key)) {
            return Some(property);
        }
        if key.parse::<usize>().is_ok()
            && let Some(items) = node.get("items")
        {
            return Some(items);
        }
        node.get("additionalProperties").filter(|a| a.is_object())
    }

    /// A problem for every unknown key (pointing at the key, with the key likely meant) and
    /// every missing required key (pointing at the table that lacks it; the file's start for a
    /// top-level key).
    pub(crate) fn problems(&self, root: &DeTable<'_>) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.walk_table(&self.schema, root, 0..0, "", &mut problems);
        problems
    }

    fn walk_table(
        &self,
        node: &Value,
        table: &DeTable<'_>,
        span: Range<usize>,
        path: &str,
        problems: &mut Vec<Problem>,
    ) {
        let node = self.resolve(node);
        let required = node.get("required").and_then(Value::as_array);
        for key in required.into_iter().flatten().filter_map(Value::as_str) {
            // A file needs a [draft] unless it is a meeting, whose drafts are [[vote]] tables.
            if path.is_empty()
                && key == "stances"
                && table.get("draft").is_none()
                && table.get("vote").is_none()
            {
                problems.push(missing_key(path, "draft", span.clone()));
            }
            if table.get(key).is_none() {
                problems.push(missing_key(path, key, span.clone()));
            }
        }
        for (key, value) in table {
            let name: &str = key.get_ref();
            let inner = join(path, name);
            match self.child(node, name) {
                Some(child) => self.walk_value(child, value, &inner, problems),
                None => problems.push(self.unknown_key(node, &inner, name, key.span())),
            }
        }
    }

    fn walk_value(
        &self,
        node: &Value,
        value: &Spanned<DeValue<'_>>,
        path: &str,
        problems: &mut Vec<Problem>,
    ) {
        match value.get_ref() {
            DeValue::Table(table) => self.walk_table(node, table, value.span(), path, problems),
            DeValue::Array(items) => {
                if let Some(item) = self.child(node, "0") {
                    for (i, entry) in items.iter().enumerate() {
                        self.walk_value(item, entry, &join(path, &i.to_string()), problems);
                    }
                }
            }
            _ => {}
        }
    }

    fn unknown_key(&self, table: &Value, path: &str, name: &str, span: Range<usize>) -> Problem {
        if MEETING_KEYS.contains(&name) {
            return meeting_key(path, name, span);
        }
        let allowed = self
            .resolve(table)
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|p| p.keys().map(String::as_str));
        let help = match closest(name, allowed) {
            Some(meant) => {
                format!("did you mean `{meant}`? see docs/scenario-format.md for every key")
            }
            None => "see docs/scenario-format.md for every key; check the spelling".to_owned(),
        };
        Problem::new(
            ProblemCode::UnknownKey,
            Some(span),
            format!("unknown key `{}`", shown(path)),
        )
        .label(format!(
            "`{}` is not part of the scenario format",
            shown(name)
        ))
        .help(help)
    }
}

/// Keys a user might write for a meeting of several votes, an amendment or a separate vote:
/// the format writes each as a `[[vote]]` table, and the help says so.
const MEETING_KEYS: [&str; 10] = [
    "votes",
    "drafts",
    "amendment",
    "amendments",
    "separate_vote",
    "separate_votes",
    "paragraph_vote",
    "paragraph_votes",
    "vote_order",
    "order_of_voting",
];

fn meeting_key(path: &str, name: &str, span: Range<usize>) -> Problem {
    Problem::new(
        ProblemCode::UnknownKey,
        Some(span),
        format!("unknown key `{}`", shown(path)),
    )
    .label(format!("`{}` is not part of the scenario format", shown(name)))
    .help("write each vote of a meeting as a [[vote]] table with its own id and [vote.draft]: kind = \"amendment\" with amends = \"DRAFT-ID\", or kind = \"separate-vote\" with part_of = \"DRAFT-ID\" and provision = \"ID\"; an order the Council decided goes in [meeting] order = [...] (see docs/scenario-format.md, \"A meeting of several votes\")")
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn missing_key(path: &str, key: &str, span: Range<usize>) -> Problem {
    let label = if path.is_empty() {
        "in this file".to_owned()
    } else {
        format!("`{path}` has no `{key}`")
    };
    Problem::new(
        ProblemCode::MissingKey,
        Some(span),
        format!("the required key `{}` is missing", join(path, key)),
    )
    .label(label)
    .help("see docs/scenario-format.md for what each key holds")
}

#[cfg(test)]
mod tests {
    use crate::scenario::{ProblemCode, load};

    fn problems(text: &str) -> Vec<(ProblemCode, String)> {
        let error = load("test.toml", text).expect_err("invalid");
        error
            .problems()
            .iter()
            .map(|p| (p.code, p.message.clone()))
            .collect()
    }

    #[test]
    fn an_empty_file_reports_every_missing_key_at_once() {
        let error = load("empty.toml", "").expect_err("invalid");
        let keys: Vec<&str> = error
            .problems()
            .iter()
            .map(|p| p.message.as_str())
            .collect();
        assert_eq!(keys.len(), 6, "{keys:?}");
        assert!(
            error
                .problems()
                .iter()
                .all(|p| p.code == ProblemCode::MissingKey && p.span == Some(0..0))
        );
    }

    #[test]
    fn unknown_and_missing_keys_in_every_table_are_found_together() {
        let text = "id = \"x\"\ntitel = \"t\"\ndate = 2020-01-01\nstatus = \"hypothetical\"\n\
                    [draft]\nsymbol = \"S/1\"\n[stances]\ndefault = { vot = \"yes\" }\n";
        assert_eq!(
            problems(text),
            [
                (
                    ProblemCode::MissingKey,
                    "the required key `title` is missing".to_owned()
                ),
                (ProblemCode::UnknownKey, "unknown key `titel`".to_owned()),
                (
                    ProblemCode::MissingKey,
                    "the required key `draft.title` is missing".to_owned()
                ),
                (
                    ProblemCode::UnknownKey,
                    "unknown key `stances.default.vot`".to_owned()
                ),
            ]
        );
    }
}
