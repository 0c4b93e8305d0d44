//! The classroom commands end to end: scripted exercises through piped standard input,
//! worksheets, and report files written atomically and never clobbered.

use crate::support::{stdout, unsc};

#[test]
fn a_perfect_prediction_scores_full_marks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = dir.path().join("answers.txt");
    std::fs::write(&answers, "RUS = no\nJPN = no\noutcome = failed\n# everyone else abstained\nCHN=a\nFRA=a\nGBR=a\nUSA=a\nALB=a\nBRA=a\nECU=a\nGAB=a\nGHA=a\nMLT=a\nMOZ=a\nCHE=a\nARE=a\n").expect("write");
    let output = unsc()
        .args(["exercise", "2023-08-30-mali-sanctions-russia", "--answers"])
        .arg(&answers)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&output);
    // RUS voted yes, not no: one miss, explained.
    assert!(text.contains("Score: 17 of 18"), "{text}");
    assert!(
        text.contains("The Russian Federation: you said no; it voted yes."),
        "{text}"
    );
}

#[test]
fn the_compromise_and_penholder_exercises_score_the_choice() {
    let output = unsc()
        .args([
            "exercise",
            "2023-08-30-mali-sanctions-france-uae",
            "--mode",
            "penholder",
        ])
        .stdin("win = RUS\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&output);
    assert!(
        text.contains("Score: 10 of 10") && text.contains("Result: ADOPTED"),
        "{text}"
    );
}

#[test]
fn no_answers_never_block_and_score_zero() {
    let output = unsc()
        .args(["exercise", "2023-08-30-mali-sanctions-france-uae"])
        .stdin("")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&output).contains("Score: 0 of 18"));
}

/// A huge or control-laden answer is quoted short and escaped, never echoed whole.
#[test]
fn a_huge_answer_is_quoted_short() {
    let answer = format!("RUS = {}\u{1b}[31m\n", "m".repeat(1_000_000));
    let output = unsc()
        .args(["exercise", "2023-08-30-mali-sanctions-france-uae"])
        .stdin(answer)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.len() < 2_000, "{} bytes", stderr.len());
    assert!(
        stderr.contains(&format!("`{}…`", "m".repeat(80))),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'));
}

#[test]
fn worksheet_and_answer_key() {
    let html = stdout(&[
        "worksheet",
        "2023-08-30-mali-sanctions-france-uae",
        "--format",
        "html",
    ]);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<td class=\"blank\">"));
    assert!(
        !html.contains("http://") && !html.contains("<script") && !html.contains("<link"),
        "self-contained"
    );
}

/// `-o FILE` writes the worksheet there and says so, as `unsc report` and `unsc new` do.
#[test]
fn a_worksheet_written_to_a_file_says_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("worksheet.md");
    let output = unsc()
        .args(["worksheet", "2023-08-30-mali-sanctions-france-uae", "-o"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .clone();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.starts_with("wrote ") && said.contains("worksheet.md"),
        "{said}"
    );
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&file).expect("the worksheet is written");
    assert!(written.starts_with("# Worksheet"), "{written}");
}

#[test]
fn the_worksheet_never_reveals_the_votes() {
    let text = stdout(&["worksheet", "2023-08-30-mali-sanctions-france-uae"]);
    assert!(
        !text.contains("VETOED") && !text.contains("13 in favour"),
        "{text}"
    );
}

#[test]
fn report_files_are_written_atomically_and_never_clobbered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("report.html");
    unsc()
        .args(["report", "2023-06-30-minusma-termination", "-o"])
        .arg(&path)
        .assert()
        .success();
    let first = std::fs::read_to_string(&path).expect("written");
    assert!(first.contains("ADOPTED unanimously") && first.contains("<svg"));
    assert!(
        !first.contains("<script") && !first.contains("<link") && !first.contains("src=\"http"),
        "self-contained"
    );
    std::fs::write(&path, "precious").expect("overwrite by hand");
    unsc()
        .args(["report", "2023-06-30-minusma-termination", "-o"])
        .arg(&path)
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), "precious");
    unsc()
        .args(["report", "2023-06-30-minusma-termination", "--force", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&path).expect("replaced"), first);
    let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(leftovers, 1, "no temporary files left behind");
}
