//! The HTML report in a real browser: headless Chromium renders it, the rendered DOM is
//! checked, the console must stay silent, and a screenshot is saved for people to look at.

use std::path::Path;
use std::process::Command;

use crate::support::headless_chromium;

/// Headless Chromium logging the page's console to standard error.
fn headless(profile: &Path) -> Command {
    let mut command = headless_chromium(profile);
    command.args(["--enable-logging=stderr", "--v=0"]);
    command
}

#[test]
#[cfg_attr(
    not(has_chromium),
    ignore = "Chromium is not installed; .ci/run installs Debian's chromium and runs this test"
)]
fn the_report_renders_in_chromium() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_unsc"))
        .args(["report", "2023-08-30-mali-sanctions-odds", "-o"])
        .arg(&report)
        .status()
        .expect("unsc runs");
    assert!(status.success());
    let url = format!("file://{}", report.display());

    let dom = headless(&dir.path().join("profile-dom"))
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(
        dom.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&dom.stderr)
    );
    let html = String::from_utf8_lossy(&dom.stdout);
    assert_eq!(
        html.matches("class=\"seat vote-").count(),
        15,
        "fifteen seats rendered"
    );
    for (vote, colour) in [
        ("yes", "#1b7837"),
        ("no", "#b2182b"),
        ("abstain", "#e08214"),
    ] {
        assert!(
            html.contains(&format!("data-vote=\"{vote}\"")),
            "a {vote} seat"
        );
        assert!(
            html.contains(&format!("fill=\"{colour}\"")),
            "{vote} seats are coloured {colour}"
        );
    }
    assert_eq!(
        html.matches("data-permanent=\"true\"").count(),
        5,
        "five permanent seats marked"
    );
    assert!(
        html.contains("NOT ADOPTED — VETOED by Russian Federation"),
        "verdict shown"
    );
    assert!(
        html.contains("id=\"outcome-chart\"") && html.contains("id=\"tally-chart\""),
        "simulation charts"
    );
    let console = String::from_utf8_lossy(&dom.stderr);
    let errors: Vec<&str> = console
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect();
    assert!(errors.is_empty(), "console messages: {errors:?}");

    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-screenshot.png");
    let screenshot = headless(&dir.path().join("profile-shot"))
        .arg("--window-size=1100,1900")
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(screenshot.status.success());
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.len() > 10_000 && png.starts_with(b"\x89PNG"),
        "a real screenshot at {}",
        shot.display()
    );
}
