//! Stage 5: tags for facets — canonical outlet and speaker names, and the
//! places and topics each item mentions. (Tables to be filled in.)

use crate::model::{Item, Place};

/// Tags every item in place; returns the places named, in order of first mention.
pub(crate) fn tag(items: &mut [Item]) -> Vec<Place> {
    for item in items.iter_mut() {
        match item {
            Item::Exchange(e) => {
                e.answer.speaker_canonical = e.answer.speaker.as_deref().and_then(canonical_speaker);
            }
            Item::Statement(s) => s.speaker_canonical = s.speaker.as_deref().and_then(canonical_speaker),
            Item::Unparsed(_) => {}
        }
    }
    Vec::new()
}

/// The English name of a known spokesperson.
fn canonical_speaker(name: &str) -> Option<String> {
    crate::names::find(name).map(|s| s.en.to_string())
}
