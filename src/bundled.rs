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

/// The bundled scenario whose file stem is `id`.
#[must_use]
pub fn find(id: &str) -> Option<Bundled> {
    ALL.iter().copied().find(|b| b.stem() == id)
}
