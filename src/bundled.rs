//! The scenarios shipped in `scenarios/`, embedded at build time.

/// A bundled scenario file.
#[derive(Clone, Copy, Debug)]
pub struct Bundled {
    /// Its file name, such as `2023-08-30-mali-sanctions-russia.toml`.
    pub file_name: &'static str,
    /// Its contents.
    pub text: &'static str,
}

impl Bundled {
    /// The file name without `.toml`, which is also the scenario's id.
    #[must_use]
    pub fn stem(&self) -> &'static str {
        self.file_name
            .strip_suffix(".toml")
            .unwrap_or(self.file_name)
    }
}

/// Every bundled scenario, sorted by file name.
pub const ALL: &[Bundled] = include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled id most like `id`, for "did you mean …?".
#[must_use]
pub fn closest_id(id: &str) -> Option<&'static str> {
    crate::input::closest(id, ALL.iter().map(Bundled::stem))
}

/// What to suggest when no file and no bundled scenario is named `argument`.
#[must_use]
pub fn not_found_help(argument: &str) -> String {
    match closest_id(argument) {
        Some(id) => format!("did you mean `{id}`? `unsc list` shows every bundled scenario"),
        None => "`unsc list` shows every bundled scenario, each named by its id".to_owned(),
    }
}

/// The bundled scenario whose file stem is `id`.
#[must_use]
pub fn find(id: &str) -> Option<Bundled> {
    ALL.iter().copied().find(|b| b.stem() == id)
}
