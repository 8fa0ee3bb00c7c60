//! The command-line tool: `transcript-cards parse FILE... [--format F]
//! [--room ROOM]`, `transcript-cards rooms`.
//!
//! One file gives one JSON document; several give JSON Lines, one
//! transcript a line. A file that cannot be read (missing, a directory, not
//! UTF-8, binary, empty) gets a message on stderr and makes the exit status
//! 1, and the other files are still parsed. Arguments are read with lexopt.

use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use transcript_cards::{Format, Options, parse_with, rooms, write_csv, write_csv_header, write_markdown};

const USAGE: &str = "\
usage: transcript-cards parse [OPTIONS] FILE...
       transcript-cards rooms
       transcript-cards help [COMMAND]

Turns press-briefing transcripts into Q&A items (exchanges, statements,
and the text it could not place), entirely on this machine.

commands:
  parse    parse transcripts (FILE may be - for standard input)
  rooms    list the briefing rooms a transcript can be read as
  help     this text, or a command's

options:
  -h, --help       help
  -V, --version    the version

exit status: 0 when every file was parsed; 1 when a file could not be read
(the others are still parsed); 2 when the command line is wrong.";

const PARSE_USAGE: &str = "\
usage: transcript-cards parse [OPTIONS] FILE...

Parses each FILE (- for standard input). One file gives one JSON document;
several give JSON Lines, one transcript a line (or CSV rows, or Markdown
sections separated by ---).

options:
  -f, --format F    json (default), jsonl, csv or markdown
  -r, --room ROOM   read every file as this briefing room (see
                    `transcript-cards rooms`); by default each file's room
                    is detected from its title and labels
      --pretty      indented JSON (the default for one file on a terminal)
      --compact     one-line JSON (the default when the output is a pipe or a file)
  -h, --help        this text

exit status: 0 when every file was parsed; 1 when a file could not be read
(missing, a directory, binary, not UTF-8, empty: a message on stderr, and
the other files are still parsed); 2 when the command line is wrong.";

const ROOMS_USAGE: &str = "\
usage: transcript-cards rooms

Lists the briefing rooms, one a line: the id to give to `parse --room`,
then the institution.";

fn main() -> ExitCode {
    match run(std::env::args_os().skip(1).collect()) {
        Ok(code) => code,
        Err(Usage(msg, usage)) => {
            eprintln!("transcript-cards: {msg}\n\n{usage}");
            ExitCode::from(2)
        }
    }
}

/// A wrong command line: what is wrong, and the usage to show with it.
struct Usage(String, &'static str);

impl Usage {
    fn of(usage: &'static str) -> impl Fn(lexopt::Error) -> Usage {
        move |e| Usage(e.to_string(), usage)
    }
}

struct ParseArgs {
    files: Vec<String>,
    format: Format,
    pretty: Option<bool>,
    room: Option<String>,
}

/// What `parse` was given; `None` when it was asked for its help.
fn parse_args(args: Vec<OsString>) -> Result<Option<ParseArgs>, Usage> {
    use lexopt::prelude::*;
    let bad = Usage::of(PARSE_USAGE);
    let mut o = ParseArgs { files: Vec::new(), format: Format::Json, pretty: None, room: None };
    let mut p = lexopt::Parser::from_args(args);
    while let Some(arg) = p.next().map_err(&bad)? {
        match arg {
            Short('f') | Long("format") => {
                let value = p.value().map_err(&bad)?.string().map_err(&bad)?;
                o.format = value.parse().map_err(|e| Usage(e, PARSE_USAGE))?;
            }
            Short('r') | Long("room") => {
                let value = p.value().map_err(&bad)?.string().map_err(&bad)?;
                if !rooms().iter().any(|(id, _)| *id == value) {
                    let ids: Vec<&str> = rooms().iter().map(|(id, _)| *id).collect();
                    return Err(Usage(
                        format!("unknown room '{value}': expected one of {}", ids.join(", ")),
                        PARSE_USAGE,
                    ));
                }
                o.room = Some(value);
            }
            Long("compact") => o.pretty = Some(false),
            Long("pretty") => o.pretty = Some(true),
            Short('h') | Long("help") => return Ok(None),
            Value(file) => o.files.push(file.string().map_err(&bad)?),
            _ => return Err(bad(arg.unexpected())),
        }
    }
    if o.files.is_empty() {
        return Err(Usage("no file given (use - for stdin)".into(), PARSE_USAGE));
    }
    Ok(Some(o))
}

fn run(args: Vec<OsString>) -> Result<ExitCode, Usage> {
    let mut args = args.into_iter();
    let command = args.next().map(|c| c.to_string_lossy().into_owned());
    let rest: Vec<OsString> = args.collect();
    let help_only = |usage: &'static str| {
        if rest.iter().any(|a| a == "-h" || a == "--help") || rest.is_empty() {
            println!("{usage}");
            Ok(ExitCode::SUCCESS)
        } else {
            Err(Usage(format!("unexpected argument '{}'", rest[0].to_string_lossy()), usage))
        }
    };
    match command.as_deref() {
        Some("-h" | "--help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some("help") => match rest.first().map(|a| a.to_string_lossy()).as_deref() {
            None => help_only(USAGE),
            Some("parse") => {
                println!("{PARSE_USAGE}");
                Ok(ExitCode::SUCCESS)
            }
            Some("rooms") => {
                println!("{ROOMS_USAGE}");
                Ok(ExitCode::SUCCESS)
            }
            Some(other) => Err(Usage(format!("unknown command '{other}'"), USAGE)),
        },
        Some("-V" | "--version") => {
            println!("transcript-cards {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        Some("rooms") => {
            if !rest.is_empty() {
                return help_only(ROOMS_USAGE);
            }
            for (id, institution) in rooms() {
                println!("{id}\t{}", institution.unwrap_or("(any labelled Q&A)"));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("parse") => match parse_args(rest)? {
            None => {
                println!("{PARSE_USAGE}");
                Ok(ExitCode::SUCCESS)
            }
            Some(o) => Ok(parse_files(&o)),
        },
        Some(other) => Err(Usage(format!("unknown command '{other}'"), USAGE)),
        None => Err(Usage("no command given".into(), USAGE)),
    }
}

/// Parses and writes every file; the exit status says whether all could be read.
fn parse_files(o: &ParseArgs) -> ExitCode {
    let options = Options { room: o.room.clone() };
    let mut out = BufWriter::with_capacity(1 << 16, raw_stdout());
    let mut failed = false;
    let several = o.files.len() > 1;
    let pretty = o.pretty.unwrap_or_else(|| io::stdout().is_terminal()) && !several;
    if o.format == Format::Csv {
        if let Err(e) = write_csv_header(&mut out) {
            return quiet_on_broken_pipe(e);
        }
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
        let t = parse_with(text, &options);
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
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
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

/// A reader that closed the pipe (`| head`) is not an error; any other
/// failure to write is said, with status 1.
fn quiet_on_broken_pipe(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        eprintln!("transcript-cards: cannot write the output: {e}");
        ExitCode::FAILURE
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
