//! The command-line tool: `transcript-cards parse FILE... [--format F]`.
//!
//! One file gives one JSON document; several give JSON Lines, one
//! transcript a line. A file that cannot be read (missing, a directory, not
//! UTF-8, binary, empty) gets a message on stderr and makes the exit status
//! 1, and the other files are still parsed. Arguments are few and fixed, so
//! they are read by hand rather than with an argument-parsing crate.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use transcript_cards::{Format, parse, write_csv, write_csv_header, write_markdown};

const USAGE: &str = "\
usage: transcript-cards parse FILE... [--format json|jsonl|csv|markdown] [--pretty|--compact]

Parses press-briefing transcripts into Q&A items. FILE may be - for stdin.
One file gives one JSON document; several give JSON Lines.

options:
  -f, --format F   json (default), jsonl, csv or markdown
      --pretty     indented JSON (the default for one file on a terminal)
      --compact    one-line JSON (the default when the output is a pipe or a file)
  -h, --help       this text
  -V, --version    the version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("transcript-cards: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

struct Options {
    files: Vec<String>,
    format: Format,
    pretty: Option<bool>,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut o = Options { files: Vec::new(), format: Format::Json, pretty: None };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-f" | "--format" => o.format = it.next().ok_or("--format needs a value")?.parse()?,
            "--compact" => o.pretty = Some(false),
            "--pretty" => o.pretty = Some(true),
            s if s.starts_with("--format=") => o.format = s["--format=".len()..].parse()?,
            "-" => o.files.push(a.clone()),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            _ => o.files.push(a.clone()),
        }
    }
    if o.files.is_empty() {
        return Err("no file given (use - for stdin)".into());
    }
    Ok(o)
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return Ok(ExitCode::SUCCESS);
        }
        Some("-V" | "--version") => {
            println!("transcript-cards {}", env!("CARGO_PKG_VERSION"));
            return Ok(ExitCode::SUCCESS);
        }
        Some("parse") => {}
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("no command given".into()),
    }
    let o = options(&args[1..])?;
    let mut out = BufWriter::with_capacity(1 << 16, raw_stdout());
    let mut failed = false;
    let several = o.files.len() > 1;
    let pretty = o.pretty.unwrap_or_else(|| io::stdout().is_terminal()) && !several;
    if o.format == Format::Csv {
        write_csv_header(&mut out).map_err(|e| e.to_string())?;
    }
    for (n, file) in o.files.iter().enumerate() {
        let bytes = read(file);
        let text = match bytes.as_deref().map_err(Clone::clone).and_then(utf8) {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("transcript-cards: {file}: {msg}");
                failed = true;
                continue;
            }
        };
        let t = parse(text);
        let written = match o.format {
            Format::Json if pretty => {
                serde_json::to_writer_pretty(&mut out, &t).map_err(io::Error::from).and_then(|_| writeln!(out))
            }
            Format::Json | Format::Jsonl => transcript_cards::json::to_writer(&mut out, &t).and_then(|_| writeln!(out)),
            Format::Csv => write_csv(&mut out, file, &t),
            Format::Markdown => {
                let sep = if n > 0 { writeln!(out, "\n---\n") } else { Ok(()) };
                sep.and_then(|_| write_markdown(&mut out, &t))
            }
        };
        if let Err(e) = written {
            return quiet_on_broken_pipe(e);
        }
        if n + 1 == o.files.len() {
            // The process is about to exit: freeing a large parse costs more than it saves.
            std::mem::forget((t, bytes));
        }
    }
    if let Err(e) = out.flush() {
        return quiet_on_broken_pipe(e);
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Standard output without std's line buffer, which searches every write
/// for a newline and copies it once more (6 % of `parse --format json`):
/// the CLI buffers its output itself. (Elsewhere than Unix, std's stdout.)
fn raw_stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout().lock())
}

/// A reader that closed the pipe (`| head`) is not an error.
fn quiet_on_broken_pipe(e: io::Error) -> Result<ExitCode, String> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(format!("cannot write the output: {e}"))
    }
}

/// A file's bytes: read into memory, or mapped when large.
enum Input {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Input {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Input::Read(b) => b,
            Input::Mapped(m) => m,
        }
    }
}

/// Files at least this big are mapped rather than read: reading 40 MB into
/// fresh memory costs a page fault per 4 KB and a copy (a tenth of a parse).
const MAP_FROM: u64 = 4 << 20;

/// Reads a file (or stdin for `-`), with a clear message for each way it can fail.
fn read(path: &str) -> Result<Input, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        io::stdin().read_to_end(&mut b).map_err(|e| format!("cannot read stdin: {e}"))?;
        Input::Read(b)
    } else {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => "no such file".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read: {e}"),
        })?;
        if meta.is_dir() {
            return Err("is a directory, not a transcript file".into());
        }
        map(path, &meta)
            .unwrap_or_else(|| std::fs::read(path).map(Input::Read))
            .map_err(|e| format!("cannot read: {e}"))?
    };
    if bytes.is_empty() {
        return Err("the file is empty".into());
    }
    if bytes[..bytes.len().min(8000)].contains(&0) {
        return Err("looks like a binary file (it holds NUL bytes), not a transcript".into());
    }
    Ok(bytes)
}

/// A large regular file, mapped; `None` to read it instead.
fn map(path: &str, meta: &std::fs::Metadata) -> Option<io::Result<Input>> {
    if !meta.is_file() || meta.len() < MAP_FROM {
        return None;
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return Some(Err(e)),
    };
    // SAFETY: the map is only read, and dropped before the next file. As
    // with ripgrep's maps, a file truncated by another program while it is
    // parsed can end the process (SIGBUS); its bytes are otherwise
    // validated as UTF-8 like any read file before they are used.
    let mapped = unsafe { memmap2::Mmap::map(&file) };
    mapped.ok().map(|m| Ok(Input::Mapped(m)))
}

/// The bytes as UTF-8 text (validated with SIMD: std's check was 6 % of a parse).
fn utf8(bytes: &[u8]) -> Result<&str, String> {
    simdutf8::compat::from_utf8(bytes).map_err(|e| {
        format!("is not UTF-8 text (invalid byte at offset {}); convert it first, e.g. with iconv", e.valid_up_to())
    })
}
