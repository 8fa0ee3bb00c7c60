//! The command-line tool as a user runs it: formats, several files, stdin,
//! and every kind of bad input getting a clear message, a non-zero exit, and
//! no panic, while the other files are still parsed.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_transcript-cards");
const SAMPLE: &str = "tests/fixtures/outlet-and-spokesperson-labels.txt";

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        // A command line refused before the input is read closes the pipe early.
        let _ = child.stdin.take().unwrap().write_all(input);
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("tc-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().to_string()
}

#[test]
fn one_file_gives_one_json_document() {
    let out = run(&["parse", SAMPLE], None);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["items"].as_array().unwrap().len(), 3);
    assert_eq!(v["items"][0]["asker"]["outlet"], "Xinhua News Agency");
}

#[test]
fn several_files_give_one_json_line_each() {
    let out = run(&["parse", SAMPLE, "tests/fixtures/question-without-answer.txt"], None);
    assert!(out.status.success());
    let lines: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 2);
    for l in lines {
        serde_json::from_str::<serde_json::Value>(&l).expect("each line should be a JSON document");
    }
}

#[test]
fn stdin_is_read_for_a_dash() {
    let out = run(&["parse", "-", "--format", "jsonl"], Some(b"Q: Any comment?\n\nA: None.\n"));
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("\"None.\""));
}

#[test]
fn csv_has_a_header_and_a_row_per_item() {
    let out = run(&["parse", SAMPLE, "--format", "csv"], None);
    let csv = text(&out.stdout);
    assert!(csv.starts_with("source,date,title,id,kind,"));
    assert_eq!(csv.lines().filter(|l| l.starts_with("tests/fixtures/")).count(), 3, "{csv}");
}

#[test]
fn markdown_has_a_section_per_card() {
    let out = run(&["parse", SAMPLE, "--format", "markdown"], None);
    let md = text(&out.stdout);
    assert!(md.starts_with("# Foreign Ministry Spokesperson Zhao Lijian"));
    assert_eq!(md.matches("\n## ").count(), 3, "{md}");
}

#[test]
fn bad_input_gets_a_message_and_the_other_files_still_parse() {
    let dir = std::env::temp_dir();
    let cases: Vec<(String, &str)> = vec![
        ("tests/no-such-file.txt".into(), "no such file"),
        (dir.to_string_lossy().to_string(), "is a directory"),
        (temp("latin1.txt", b"Q: caf\xe9?\n"), "is not UTF-8"),
        (temp("binary.bin", b"\x7fELF\x00\x01\x02"), "binary"),
        (temp("empty.txt", b""), "empty"),
    ];
    for (path, message) in cases {
        let out = run(&["parse", &path, SAMPLE], None);
        assert_eq!(out.status.code(), Some(1), "{path}: should exit 1");
        let err = text(&out.stderr);
        assert!(err.contains(message), "{path}: should say '{message}', said: {err}");
        assert!(!err.contains("panicked"), "{path}: should not panic");
        assert_eq!(text(&out.stdout).lines().count(), 1, "{path}: the good file should still be parsed");
    }
}

#[test]
fn usage_errors_exit_2_with_the_usage() {
    for args in [&["parse"][..], &["parse", SAMPLE, "--format", "xml"], &["frobnicate"], &[]] {
        let out = run(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage: transcript-cards parse"), "{args:?}");
    }
}

#[test]
fn help_is_given_for_the_tool_and_each_command() {
    for (args, says) in [
        (&["--help"][..], "commands:"),
        (&["help"][..], "commands:"),
        (&["parse", "--help"][..], "--room ROOM"),
        (&["parse", "-h"][..], "--format F"),
        (&["help", "parse"][..], "--room ROOM"),
        (&["rooms", "--help"][..], "parse --room"),
        (&["help", "rooms"][..], "parse --room"),
    ] {
        let out = run(args, None);
        assert!(out.status.success(), "{args:?} should succeed");
        assert!(text(&out.stdout).contains(says), "{args:?} should print help that mentions {says}");
        assert!(
            text(&out.stdout).contains("exit status") || args.contains(&"rooms"),
            "{args:?} should document the exit status"
        );
    }
}

#[test]
fn rooms_are_listed_and_one_can_be_chosen() {
    let out = run(&["rooms"], None);
    assert!(out.status.success());
    let listed = text(&out.stdout);
    for id in ["cn-mfa", "us-wh", "us-state", "un-noon", "ru-mfa", "jp-mofa", "dialogue"] {
        assert!(listed.lines().any(|l| l.starts_with(&format!("{id}\t"))), "rooms should list {id}:\n{listed}");
    }
    let text_in = b"Q    Any update?\n\nMS. PSAKI: None.\n";
    let detected: serde_json::Value = serde_json::from_slice(&run(&["parse", "-"], Some(text_in)).stdout).unwrap();
    let chosen: serde_json::Value =
        serde_json::from_slice(&run(&["parse", "--room", "us-wh", "-"], Some(text_in)).stdout).unwrap();
    assert_eq!(chosen["source"]["room"], "us-wh");
    assert_eq!(chosen["source"]["detected"], false);
    assert_eq!(detected["source"]["detected"], true);
    assert_eq!(chosen["stats"]["exchanges"], 1, "a bare Q read as the White House's is a question");
    let out = run(&["parse", "--room", "atlantis", "-"], Some(text_in));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown room 'atlantis'"), "{}", text(&out.stderr));
}

#[test]
fn a_reader_that_closes_the_pipe_early_is_not_an_error() {
    // Enough output to fill the pipe: the writer meets the closed end mid-JSON.
    let big = "Q: Any comment on the \"talks\"?\n\nA: We have noted the reports.\n\n".repeat(40_000);
    let file = temp("big.txt", big.as_bytes());
    for format in ["json", "jsonl", "csv", "markdown"] {
        let mut child = Command::new(BIN)
            .args(["parse", "--format", format, &file])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        std::io::Read::read_exact(&mut out, &mut first).unwrap();
        drop(out);
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{format}: exit {:?}", o.status);
        assert_eq!(text(&o.stderr), "", "{format}");
    }
}

#[test]
fn a_large_file_is_mapped_and_parses_as_it_does_from_stdin() {
    // Past the 4 MB from which the CLI maps files instead of reading them.
    let big = "Q: Any comment on the \"talks\"?\n\nA: We have noted the reports.\n\n".repeat(80_000);
    assert!(big.len() > 4 << 20);
    let file = temp("mapped.txt", big.as_bytes());
    let mapped = run(&["parse", &file], None);
    let piped = run(&["parse", "-"], Some(big.as_bytes()));
    assert!(mapped.status.success() && piped.status.success());
    assert!(mapped.stdout == piped.stdout, "mapped and piped parses differ");
    // The checks on what was read apply to a mapped file too.
    let mut bad = big.into_bytes();
    bad[100] = 0;
    let nul = run(&["parse", &temp("mapped-nul.txt", &bad)], None);
    assert_eq!(nul.status.code(), Some(1));
    assert!(text(&nul.stderr).contains("binary"), "{}", text(&nul.stderr));
    bad[100] = 0xFF;
    let latin = run(&["parse", &temp("mapped-latin1.txt", &bad)], None);
    assert!(text(&latin.stderr).contains("offset 100"), "{}", text(&latin.stderr));
}
