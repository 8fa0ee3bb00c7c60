//! Any other labelled Q&A ("NAME: text"): the shared reading alone. The
//! title's names answer; role words (`Q:`, `Question:`, `A:`) and outlets ask.

use super::{Probe, Room};

pub(crate) struct Dialogue;

impl Room for Dialogue {
    fn id(&self) -> &'static str {
        "dialogue"
    }

    fn institution(&self) -> Option<&'static str> {
        None
    }

    fn detect(&self, _p: &Probe) -> u32 {
        1
    }

    fn format(&self, p: &Probe) -> &'static str {
        if p.language == "zh" { "dialogue-zh" } else { "dialogue-en" }
    }
}
