//! transcript-cards turns pasted press-briefing transcripts into structured
//! Q&A: header, statements, exchanges (asker, question, answer), paragraphs
//! rebuilt from broken lines, multi-part questions linked to their answers,
//! and every byte of the input accounted for.
//!
//! The pipeline, one module a stage: text → [`lines`](crate) (classified,
//! with spans) → header and labels → turns → items ([`Transcript`]) → cards
//! (the page in `www/`).
//!
//! ```
//! let t = transcript_cards::parse(
//!     "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 17, 2018\n\n\
//!      Q: Any comment?\n\nA: No comment.\n",
//! );
//! assert_eq!(t.date.as_deref(), Some("2018-05-17"));
//! assert_eq!(t.spokespersons, ["Lu Kang"]);
//! let transcript_cards::Item::Exchange(e) = &t.items[0] else { panic!() };
//! assert_eq!(e.answer.speaker.as_deref(), Some("Lu Kang"));
//! assert_eq!(e.answer.paragraphs, ["No comment."]);
//! ```
#![deny(missing_docs)]

mod align;
mod assemble;
mod export;
mod floor;
mod header;
pub mod json;
mod label;
mod lines;
mod lossless;
mod model;
mod names;
mod order;
mod paragraphs;
mod parse;
mod parts;
mod rooms;
mod tags;
mod text;
mod turns;
#[cfg(feature = "wasm")]
mod wasm;

pub use align::{Pair, align};
pub use export::{Format, write_csv, write_csv_header, write_markdown};
pub use lossless::LossError;
pub use model::{
    Answer, Asker, Diagnostic, Exchange, HeaderLine, Item, Part, PartRef, Place, Question, Source, Span, Statement,
    Stats, Tags, Transcript, Turn, Unparsed,
};
pub use parse::{Options, parse, parse_with};
pub use rooms::rooms;
