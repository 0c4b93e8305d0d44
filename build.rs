//! Embeds every `scenarios/*.toml` file so the binary carries its bundled scenarios, and
//! turns the roster data file into a Rust table.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// Where a Chromium for the browser test may be.
const CHROMIUM: [&str; 2] = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

fn main() {
    // The browser test runs only where Chromium is installed (`.ci/run` installs it);
    // elsewhere the test harness lists it as ignored, with the reason.
    println!("cargo::rustc-check-cfg=cfg(has_chromium)");
    println!("cargo:rerun-if-env-changed=UNSC_CHROMIUM");
    for path in CHROMIUM.map(Path::new) {
        // Cargo reruns a build script that watches a missing file on every build, and so
        // rebuilds the crate each time: watch the folder it would be installed in instead.
        let watched = Some(path).filter(|p| p.exists()).or(path.parent());
        if let Some(watched) = watched.filter(|p| p.exists()) {
            println!("cargo:rerun-if-changed={}", watched.display());
        }
    }
    let configured = env::var_os("UNSC_CHROMIUM").is_some_and(|p| Path::new(&p).exists());
    if configured || CHROMIUM.iter().any(|p| Path::new(p).exists()) {
        println!("cargo:rustc-cfg=has_chromium");
    }
    println!("cargo:rerun-if-changed=scenarios");
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("scenarios");
    write_bundled(&dir, "bundled.rs");
    println!("cargo:rerun-if-changed=scenarios/elections");
    write_bundled(&dir.join("elections"), "bundled_elections.rs");
    println!("cargo:rerun-if-changed=scenarios/meetings");
    write_bundled(&dir.join("meetings"), "bundled_meetings.rs");
    println!("cargo:rerun-if-changed=scenarios/straw-polls");
    write_bundled(&dir.join("straw-polls"), "bundled_straw_polls.rs");
    write_rosters();
}

/// Writes the Rust array of every `*.toml` file in `dir` to `OUT_DIR/output`.
fn write_bundled(dir: &Path, output: &str) {
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::from("&[\n");
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("scenario file names are UTF-8");
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "    Bundled {{ file_name: {name:?}, text: include_str!({:?}) }},",
            path.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(output);
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Turns `src/model/data/rosters.txt` into the Rust table `src/model/roster.rs` includes, so
/// the library parses nothing at run time. A malformed line fails the build, naming it.
fn write_rosters() {
    let path = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("src/model/data/rosters.txt");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).expect("src/model/data/rosters.txt is readable");
    let mut out = String::from("&[\n");
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |what: &str| -> ! { panic!("rosters.txt line {}: {what}", i + 1) };
        let fields: Vec<&str> = line.split('|').collect();
        let [first, last, members, sources] = fields[..] else {
            fail("expected FIRST|LAST|MEMBERS|SOURCES")
        };
        let year = |s: &str| -> i32 { s.trim().parse().unwrap_or_else(|_| fail("not a year")) };
        let (first, last) = (year(first), year(last));
        if first > last {
            fail("the first year is after the last");
        }
        let members: Vec<(&str, &str)> = members
            .split(';')
            .map(|m| {
                m.trim()
                    .split_once(' ')
                    .unwrap_or_else(|| fail("expected CODE Name"))
            })
            .collect();
        let sources: Vec<&str> = sources.split(" ; ").map(str::trim).collect();
        if sources.iter().any(|s| s.is_empty()) {
            fail("an empty source");
        }
        writeln!(
            out,
            "    Cohort {{ first_year: {first}, last_year: {last}, members: &{members:?}, sources: &{sources:?} }},"
        )
        .expect("writing to a String cannot fail");
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rosters.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
