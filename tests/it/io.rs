//! The binary against the file system and its pipes: output files written only over regular
//! files and with the expected modes, a closed standard output never a panic.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ID: &str = "2023-08-30-mali-sanctions-russia";

fn unsc() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_unsc"));
    command.env("NO_COLOR", "1");
    command
}

fn report_to(path: &Path, force: bool) -> Output {
    let mut command = unsc();
    command.args(["report", ID, "-o"]).arg(path);
    if force {
        command.arg("--force");
    }
    command.output().expect("run unsc")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn force_never_replaces_a_fifo_a_socket_or_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let socket = dir.path().join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("socket");
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).expect("folder");
    for (path, kind) in [
        (&fifo, "a FIFO"),
        (&socket, "a socket"),
        (&folder, "a folder"),
    ] {
        let output = report_to(path, true);
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        let message = stderr(&output);
        assert!(
            message.contains(kind) && message.contains("not a regular file"),
            "{message}"
        );
    }
    assert!(fs::metadata(&fifo).expect("fifo").file_type().is_fifo());
    assert!(
        fs::metadata(&socket)
            .expect("socket")
            .file_type()
            .is_socket()
    );
    assert!(folder.is_dir());
}

#[test]
fn force_writes_through_a_symlink_to_its_target() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("target.html");
    fs::write(&target, "old").expect("target");
    let link = dir.path().join("link.html");
    symlink(&target, &link).expect("symlink");
    assert_eq!(report_to(&link, false).status.code(), Some(1));
    assert_eq!(fs::read_to_string(&target).expect("target"), "old");
    assert!(report_to(&link, true).status.success());
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&target)
            .expect("target")
            .contains("<html")
    );
    let leftovers: Vec<PathBuf> = fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(leftovers.len(), 2, "{leftovers:?}");
}

#[test]
fn a_dangling_symlink_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let link = dir.path().join("link.html");
    symlink(dir.path().join("missing.html"), &link).expect("symlink");
    let output = report_to(&link, true);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("symbolic link"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("missing.html").exists());
}

/// `unsc ARGS` under a umask, through `sh` (the test process's own umask is left alone).
fn with_umask(umask: &str, args: &str) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" {args}"))
        .arg(env!("CARGO_BIN_EXE_unsc"))
        .output()
        .expect("run sh")
}

#[test]
fn new_files_follow_the_umask_and_replaced_files_keep_their_mode() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().display();
    assert!(
        with_umask("022", &format!("report {ID} -o {d}/a.html"))
            .status
            .success()
    );
    assert_eq!(mode(&dir.path().join("a.html")), 0o644);
    assert!(
        with_umask("027", &format!("new -o {d}/b.toml"))
            .status
            .success()
    );
    assert_eq!(mode(&dir.path().join("b.toml")), 0o640);
    let kept = dir.path().join("c.md");
    fs::write(&kept, "old").expect("c.md");
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o604)).expect("chmod");
    let replaced = with_umask("077", &format!("worksheet {ID} -o {d}/c.md --force"));
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    assert_eq!(mode(&kept), 0o604);
    assert!(fs::read_to_string(&kept).expect("c.md").contains(ID) || mode(&kept) == 0o604);
}

/// Runs `unsc ARGS` with a standard output that is closed before it writes a byte.
fn with_closed_stdout(args: &[&str], stdin: Stdio) -> Output {
    let mut child = unsc()
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn unsc");
    drop(child.stdout.take());
    let mut errors = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut errors)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    Output {
        status,
        stdout: Vec::new(),
        stderr: errors.into_bytes(),
    }
}

#[test]
fn a_closed_stdout_is_a_quiet_exit_for_every_command() {
    let scenario = "scenarios/2023-08-30-mali-sanctions-france-uae.toml";
    let commands: &[&[&str]] = &[
        &[
            "check",
            scenario,
            "scenarios/2023-08-30-mali-sanctions-russia.toml",
        ],
        &["exercise", ID],
        &["exercise", ID, "--mode", "compromise"],
        &["run", ID],
        &["run", ID, "--format", "json"],
        &["list"],
        &["list", "--tags", "--format", "json"],
        &["show", ID],
        &["check", "--format", "json", ID],
        &["record"],
        &["roster", "2023"],
        &["replay", "--undl", "tests/fixtures/undl/mali-2023.csv"],
        &["report", ID, "-o", "-"],
        &["replay", "scenarios"],
        &["whatif", scenario, "--set", "RUS=abstain"],
        &["simulate", "2023-08-30-mali-sanctions-odds"],
        &["compromise", scenario],
        &["power", "--rules", "charter"],
        &["worksheet", ID],
        &["new"],
        &["schema"],
        &["man"],
        &["completions", "bash"],
        &["--help"],
        &["run", "--help"],
        &["--version"],
    ];
    for args in commands {
        let output = with_closed_stdout(args, Stdio::null());
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("panicked"), "{args:?}");
    }
}

#[test]
fn replay_of_a_folder_follows_no_folder_symlink_and_counts_each_file_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inner = dir.path().join("votes");
    fs::create_dir(&inner).expect("votes");
    let file = inner.join("russia.toml");
    fs::copy(format!("scenarios/{ID}.toml"), &file).expect("copy");
    symlink(dir.path(), inner.join("loop")).expect("loop");
    symlink(&inner, dir.path().join("again")).expect("again");
    symlink(&file, inner.join("same.toml")).expect("same");
    let output = unsc()
        .arg("replay")
        .arg(dir.path())
        .arg(&file)
        .output()
        .expect("run unsc");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(text.matches(ID).count(), 1, "{text}");
    assert!(text.contains("1 scenario,"), "{text}");
}

/// The names of the entries in `dir`, sorted.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn import_writes_all_or_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    fs::create_dir(&out).expect("out");
    // The second of the three files to write is a folder: nothing may be written.
    fs::create_dir(out.join("2023-08-30-s-2023-638.toml")).expect("folder");
    let import = |force: bool| {
        let mut command = unsc();
        command
            .args([
                "import",
                "--undl",
                "tests/fixtures/undl/mali-2023.csv",
                "--out",
            ])
            .arg(&out);
        if force {
            command.arg("--force");
        }
        command.output().expect("run unsc")
    };
    for force in [false, true] {
        let output = import(force);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert_eq!(
            entries(&out),
            ["2023-08-30-s-2023-638.toml"],
            "{}",
            stderr(&output)
        );
    }
    assert!(stderr(&import(true)).contains("not a regular file"));
    // A folder that cannot be created: nothing is left beside it either.
    let blocked = dir.path().join("file");
    fs::write(&blocked, "").expect("file");
    let mut command = unsc();
    command
        .args([
            "import",
            "--undl",
            "tests/fixtures/undl/mali-2023.csv",
            "--out",
        ])
        .arg(blocked.join("out"));
    assert_eq!(command.output().expect("run").status.code(), Some(1));
    assert_eq!(entries(dir.path()), ["file", "out"]);
}

#[test]
fn every_bad_flag_value_is_a_usage_error() {
    let s = "scenarios/2023-08-30-mali-sanctions-france-uae.toml";
    let cases: &[&[&str]] = &[
        &["simulate", s, "--trials", "0"],
        &["simulate", s, "--trials", "abc"],
        &["whatif", s, "--rules", "bogus"],
        &["whatif", s, "--set", "RUS=maybe"],
        &["whatif", s, "--set", "XYZ=no"],
        &["whatif", s, "--set", "RUS=a", "--set", "rus=yes"],
        &["whatif", s, "--drop-provision", "nope"],
        &["compromise", s, "--top", "0"],
        &["compromise", s, "--win-over", "4"],
        &["power", "--rules", "bogus"],
        &["power", "--council", "1900"],
    ];
    for args in cases {
        let output = unsc().args(*args).output().expect("run unsc");
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let twice = unsc()
        .args(["whatif", s, "--set", "RUS=a", "--set", "rus=yes"])
        .output()
        .expect("run unsc");
    assert!(
        stderr(&twice).contains("--set names RUS twice"),
        "{}",
        stderr(&twice)
    );
}

#[test]
fn whatif_reads_member_codes_and_votes_as_the_exercise_does() {
    let s = "scenarios/2023-08-30-mali-sanctions-france-uae.toml";
    let run = |setting: &str| {
        let output = unsc()
            .args(["whatif", s, "--set", setting])
            .output()
            .expect("run unsc");
        assert!(output.status.success(), "{setting}: {}", stderr(&output));
        output.stdout
    };
    assert_eq!(run("rus=a"), run("RUS=abstain"));
    assert_eq!(run(" Rus = Abstain "), run("RUS=abstain"));
}

#[test]
fn simulate_says_what_the_exact_method_ignores() {
    let output = unsc()
        .args([
            "simulate",
            "2023-08-30-mali-sanctions-odds",
            "--seed",
            "7",
            "--trials",
            "10",
        ])
        .output()
        .expect("run unsc");
    assert!(output.status.success());
    assert!(
        stderr(&output).contains("exact, so --trials and --seed are ignored"),
        "{}",
        stderr(&output)
    );
    let quiet = unsc()
        .args(["simulate", "2023-08-30-mali-sanctions-odds"])
        .output()
        .expect("run unsc");
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));
}
