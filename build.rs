//! Embeds every `scenarios/*.toml` file so the binary carries its bundled scenarios.

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
    for path in CHROMIUM {
        println!("cargo:rerun-if-changed={path}");
    }
    let configured = env::var_os("UNSC_CHROMIUM").is_some_and(|p| Path::new(&p).exists());
    if configured || CHROMIUM.iter().any(|p| Path::new(p).exists()) {
        println!("cargo:rustc-cfg=has_chromium");
    }
    println!("cargo:rerun-if-changed=scenarios");
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("scenarios");
    let mut files: Vec<_> = fs::read_dir(&dir)
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
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
