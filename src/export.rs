//! Output formats besides JSON: CSV (one row an item) and Markdown (one
//! section a card), shared by the CLI and the page.
//!
//! CSV follows RFC 4180 (fields quoted when they hold a comma, quote or line
//! break; quotes doubled). A cell that would start with `=`, `+`, `@` or
//! `-` followed by a non-space is prefixed with `'`, so a spreadsheet never
//! runs a pasted formula. The quoting is a dozen lines; a CSV crate would
//! add more code to the wasm build than it saves here.

use std::io::{self, Write};

use crate::model::{Item, Transcript};

/// An output format of the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON document (several files: JSON Lines).
    Json,
    /// One transcript a line.
    Jsonl,
    /// One row an item.
    Csv,
    /// One section a card.
    Markdown,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "json" => Ok(Format::Json),
            "jsonl" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "markdown" | "md" => Ok(Format::Markdown),
            _ => Err(format!("unknown format '{s}': expected json, jsonl, csv or markdown")),
        }
    }
}

const CSV_HEADER: &str = "source,date,title,id,kind,follow_up,follows,outlet,outlet_canonical,reporter,asker_label,\
question,speaker,speaker_label,answer,places,topics,room,minor,reporter_inferred,speakers";

/// Writes the CSV header row.
pub fn write_csv_header(w: &mut impl Write) -> io::Result<()> {
    writeln!(w, "{CSV_HEADER}")
}

/// Writes one CSV row per item of `t` (no header row; see [`write_csv_header`]).
/// Minor statements (floor management) are rows too, `minor` true; where
/// several officials answered in turn, `speakers` names them all.
pub fn write_csv(w: &mut impl Write, source: &str, t: &Transcript) -> io::Result<()> {
    let date = t.date.as_deref().unwrap_or("");
    let title = t.title.as_deref().unwrap_or("");
    let room = t.source.room.as_str();
    for item in &t.items {
        let (places, topics, speakers);
        let row: [&str; 21] = match item {
            Item::Exchange(e) => [
                source,
                date,
                title,
                &e.id,
                "exchange",
                if e.follow_up { "true" } else { "false" },
                e.follows.as_deref().unwrap_or(""),
                e.asker.outlet.as_deref().unwrap_or(""),
                e.asker.outlet_canonical.as_deref().unwrap_or(""),
                e.asker.name.as_deref().unwrap_or(""),
                e.asker.label.as_deref().unwrap_or(""),
                &e.question.paragraphs.join("\n\n"),
                e.answer.speaker.as_deref().unwrap_or(""),
                e.answer.label.as_deref().unwrap_or(""),
                &e.answer.paragraphs.join("\n\n"),
                {
                    places = e.tags.places.join(";");
                    &places
                },
                {
                    topics = e.tags.topics.join(";");
                    &topics
                },
                room,
                "false",
                if e.asker.inferred { "true" } else { "false" },
                {
                    speakers = e.answer.turns.iter().filter_map(|t| t.speaker.as_deref()).collect::<Vec<_>>().join(";");
                    &speakers
                },
            ],
            Item::Statement(s) => [
                source,
                date,
                title,
                &s.id,
                "statement",
                "false",
                "",
                "",
                "",
                "",
                "",
                "",
                s.speaker.as_deref().unwrap_or(""),
                s.label.as_deref().unwrap_or(""),
                &s.paragraphs.join("\n\n"),
                {
                    places = s.tags.places.join(";");
                    &places
                },
                {
                    topics = s.tags.topics.join(";");
                    &topics
                },
                room,
                if s.minor { "true" } else { "false" },
                "false",
                "",
            ],
            Item::Unparsed(u) => [
                source, date, title, &u.id, "unparsed", "false", "", "", "", "", "", "", "", "", &u.text, "", "", room,
                "false", "false", "",
            ],
        };
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            write_cell(w, cell)?;
        }
        w.write_all(b"\n")?;
    }
    Ok(())
}

fn write_cell(w: &mut impl Write, cell: &str) -> io::Result<()> {
    let mut chars = cell.chars();
    let risky = match chars.next() {
        Some('=' | '+' | '@') => true,
        Some('-') => chars.next().is_some_and(|c| !c.is_whitespace()),
        _ => false,
    };
    let quote = risky || cell.contains([',', '"', '\n', '\r']);
    if !quote {
        return w.write_all(cell.as_bytes());
    }
    w.write_all(b"\"")?;
    if risky {
        w.write_all(b"'")?;
    }
    w.write_all(cell.replace('"', "\"\"").as_bytes())?;
    w.write_all(b"\"")
}

/// Writes `t` as Markdown: a heading, then one section a card, with the
/// citation line (title, date) under the heading.
pub fn write_markdown(w: &mut impl Write, t: &Transcript) -> io::Result<()> {
    let title = t.title.as_deref().unwrap_or("Transcript");
    writeln!(w, "# {}\n", escape(title))?;
    let mut meta = Vec::new();
    if let Some(d) = &t.date {
        meta.push(d.clone());
    }
    if !t.spokespersons.is_empty() {
        meta.push(t.spokespersons.join(", "));
    }
    if let Some(i) = &t.source.institution {
        meta.push(i.clone());
    }
    if !meta.is_empty() {
        writeln!(w, "{}\n", escape(&meta.join(" · ")))?;
    }
    for item in &t.items {
        match item {
            Item::Exchange(e) => {
                let who = e.asker.outlet.as_deref().or(e.asker.label.as_deref()).unwrap_or("Question");
                let follow = e.follows.as_deref().map(|f| format!(" (follow-up to {f})")).unwrap_or_default();
                let called = match (&e.asker.name, e.asker.inferred) {
                    (Some(n), true) => format!(" (called on: {n})"),
                    _ => String::new(),
                };
                writeln!(w, "## {}. {}{}{}\n", e.number, escape(who), escape(&called), follow)?;
                let asker = e.asker.label.as_deref().unwrap_or("Q");
                paragraphs(w, asker, &e.question.paragraphs)?;
                if e.answer.turns.is_empty() {
                    let speaker = e.answer.speaker.as_deref().or(e.answer.label.as_deref()).unwrap_or("A");
                    paragraphs(w, speaker, &e.answer.paragraphs)?;
                }
                for turn in &e.answer.turns {
                    let speaker = turn.speaker.as_deref().or(turn.label.as_deref()).unwrap_or("A");
                    let [from, to] = turn.paragraph_range;
                    paragraphs(w, speaker, &e.answer.paragraphs[from..to])?;
                }
            }
            Item::Statement(s) if s.minor => {
                let who = s.speaker.as_deref().or(s.label.as_deref()).unwrap_or("");
                writeln!(w, "> *{}:* {}\n", escape(who), escape(&s.paragraphs.join(" ")))?;
            }
            Item::Statement(s) => {
                let who = s.speaker.as_deref().unwrap_or("Statement");
                writeln!(w, "## Statement\n")?;
                paragraphs(w, who, &s.paragraphs)?;
            }
            Item::Unparsed(u) => {
                writeln!(w, "## Unparsed text ({})\n", escape(&u.reason))?;
                for line in u.text.lines() {
                    writeln!(w, "    {line}")?;
                }
                writeln!(w)?;
            }
        }
    }
    Ok(())
}

fn paragraphs(w: &mut impl Write, who: &str, ps: &[String]) -> io::Result<()> {
    for (i, p) in ps.iter().enumerate() {
        if i == 0 {
            writeln!(w, "**{}:** {}\n", escape(who), escape(p))?;
        } else {
            writeln!(w, "{}\n", escape(p))?;
        }
    }
    Ok(())
}

/// Backslash-escapes the characters Markdown gives meaning to, so pasted
/// text never becomes markup (or HTML) in a Markdown renderer.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> String {
        let mut out = Vec::new();
        write_csv(&mut out, "x.txt", &crate::parse(text)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn should_quote_csv_cells_with_commas_quotes_and_newlines() {
        let row = csv("Q: Yes, \"really\"?\n\nA: No.\n");
        assert!(row.contains("\"Yes, \"\"really\"\"?\""), "{row}");
    }

    #[test]
    fn should_defuse_spreadsheet_formulas() {
        let row = csv("Q: =HYPERLINK(\"x\")\n\nA: No.\n");
        assert!(row.contains("\"'=HYPERLINK"), "{row}");
    }

    #[test]
    fn should_escape_markup_in_markdown() {
        let mut out = Vec::new();
        write_markdown(&mut out, &crate::parse("Q: <img src=x> *bold*?\n\nA: No.\n")).unwrap();
        let md = String::from_utf8(out).unwrap();
        assert!(md.contains("\\<img src=x\\> \\*bold\\*?"), "{md}");
    }
}
