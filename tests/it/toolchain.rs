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

/// The `[[package]]` entries of a `Cargo.lock`.
#[derive(Deserialize)]
struct Lock {
    package: Vec<Locked>,
}

#[derive(Deserialize, PartialEq, Eq, PartialOrd, Ord)]
struct Locked {
    name: String,
    version: String,
}

fn lock(path: &str) -> Vec<Locked> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&path).expect("read a lock file");
    toml::from_str::<Lock>(&text).expect("a lock file").package
}

/// The fuzz targets build the library against the same dependencies as the tests: every
/// package the fuzz lock shares with the main lock is at a version the main lock has. (After
/// a dependency change: copy `Cargo.lock` to `tests/fuzz/Cargo.lock`, run `cargo metadata
/// --manifest-path tests/fuzz/Cargo.toml`, which adds the fuzzing crates and keeps every
/// version already locked, and commit the result.)
#[test]
fn the_fuzz_lock_keeps_the_main_locks_versions() {
    let main = lock("Cargo.lock");
    let drifted: Vec<String> = lock("tests/fuzz/Cargo.lock")
        .into_iter()
        .filter(|p| main.iter().any(|m| m.name == p.name) && !main.contains(p))
        .map(|p| format!("{} {}", p.name, p.version))
        .collect();
    assert!(
        drifted.is_empty(),
        "tests/fuzz/Cargo.lock drifted: {drifted:?}"
    );
}

/// The `[[bin]]` entries of the fuzz crate's manifest: its targets.
#[derive(Deserialize)]
struct FuzzManifest {
    bin: Vec<FuzzTarget>,
}

#[derive(Deserialize)]
struct FuzzTarget {
    name: String,
}

/// Every fuzz target is fuzzed by CI, with seeds, and described in CONTRIBUTING.md.
#[test]
fn ci_fuzzes_every_fuzz_target() {
    let manifest: FuzzManifest =
        toml::from_str(include_str!("../fuzz/Cargo.toml")).expect("the fuzz manifest");
    let ci = include_str!("../../.ci/run");
    let contributing = include_str!("../../CONTRIBUTING.md");
    for target in &manifest.bin {
        let name = &target.name;
        assert!(
            ci.lines()
                .any(|l| l.trim_start().starts_with(&format!("\"{name} "))),
            ".ci/run does not fuzz {name} (a line \"{name} SEEDS…\")"
        );
        assert!(
            contributing.contains(&format!("| `{name}` |")),
            "CONTRIBUTING.md does not describe the fuzz target {name}"
        );
    }
}
