//! The stated minimum Rust is the truth: no locked dependency needs a newer one. (Std APIs
//! newer than `rust-version` are caught by clippy's `incompatible_msrv`, in tests too: see
//! `clippy.toml`.)

use serde::Deserialize;

/// The part of `cargo metadata`'s output read here.
#[derive(Deserialize)]
struct Metadata {
    packages: Vec<Package>,
}

#[derive(Deserialize)]
struct Package {
    name: String,
    version: String,
    rust_version: Option<String>,
}

/// `1.88` or `1.88.0` as comparable numbers.
fn version(text: &str) -> Vec<u32> {
    let mut parts: Vec<u32> = text
        .split('.')
        .map(|p| p.parse().expect("a numeric version"))
        .collect();
    parts.resize(3, 0);
    parts
}

#[test]
fn rust_version_covers_every_locked_dependency_and_the_readme_says_it() {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--locked", "--offline", "--format-version", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo metadata");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Metadata = serde_json::from_slice(&output.stdout).expect("metadata JSON");
    let ours = metadata
        .packages
        .iter()
        .find(|p| p.name == "unsc")
        .and_then(|p| p.rust_version.clone())
        .expect("Cargo.toml states rust-version");
    let (needed, by) = metadata
        .packages
        .iter()
        .filter(|p| p.name != "unsc")
        .filter_map(|p| Some((version(p.rust_version.as_deref()?), p)))
        .max_by(|a, b| a.0.cmp(&b.0))
        .expect("dependencies state their rust-version");
    assert!(
        version(&ours) >= needed,
        "rust-version {ours} is older than {} {} needs ({needed:?})",
        by.name,
        by.version
    );
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&format!("Rust toolchain ({ours} or later")),
        "README.md must state Rust {ours}"
    );
}
