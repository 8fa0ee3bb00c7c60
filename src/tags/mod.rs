//! Stage 5: tags for facets — canonical outlet and speaker names, and the
//! places and topics each item mentions.
//!
//! The tables are plain data: `countries.rs` (ISO 3166 countries),
//! `others.rs` (territories, regions, organisations, compounds such as 中美
//! and stop forms), `topics.rs` and `outlets.rs`. `matcher.rs` finds them in
//! a text in one pass over its bytes. Only what was said is tagged — the
//! question, the answer, the statement — never a label or unparsed text.

mod countries;
mod matcher;
mod others;
pub(crate) mod outlets;
pub(crate) mod places;
mod topics;

#[cfg(test)]
mod tests;

use crate::model::{Item, Place, Tags};

pub(crate) use outlets::outlet;
pub(crate) use places::Row;

/// Tags every item in place; returns the places named, in order of first mention.
pub(crate) fn tag(items: &mut [Item], room: &dyn crate::rooms::Room) -> Vec<Place> {
    // A briefing gives the same few speakers again and again: each is looked up once.
    let mut seen: Vec<(String, Option<&'static str>)> = Vec::new();
    let mut canonical_speaker = |name: &str| -> Option<String> {
        if let Some((_, found)) = seen.iter().find(|(n, _)| n == name) {
            return found.map(str::to_string);
        }
        let found = crate::names::find_for(room, name).map(|s| s.en);
        // (Kept short: a text of thousands of speakers is not searched through for each.)
        if seen.len() < 64 {
            seen.push((name.to_string(), found));
        }
        found.map(str::to_string)
    };
    let index = matcher::index();
    let mut item_tags = Found::default();
    let mut all = Found::default();
    for item in items.iter_mut() {
        item_tags.clear();
        let tags = match item {
            Item::Exchange(e) => {
                e.asker.outlet_canonical = e.asker.outlet.as_deref().and_then(outlet).map(str::to_string);
                e.answer.speaker_canonical = e.answer.speaker.as_deref().and_then(&mut canonical_speaker);
                for t in &mut e.answer.turns {
                    t.speaker_canonical = t.speaker.as_deref().and_then(&mut canonical_speaker);
                }
                for p in e.question.paragraphs.iter().chain(&e.answer.paragraphs) {
                    index.scan(p, |entry| item_tags.add(entry.places(), entry.topics()));
                }
                &mut e.tags
            }
            Item::Statement(s) => {
                s.speaker_canonical = s.speaker.as_deref().and_then(&mut canonical_speaker);
                for p in &s.paragraphs {
                    index.scan(p, |entry| item_tags.add(entry.places(), entry.topics()));
                }
                &mut s.tags
            }
            Item::Unparsed(_) => continue,
        };
        *tags = Tags {
            places: item_tags.places.iter().map(|&p| index.rows[p as usize].code.to_string()).collect(),
            topics: item_tags.topics.iter().map(|&t| topics::TOPICS[t as usize].name.to_string()).collect(),
        };
        all.add(&item_tags.places, &[]);
    }
    all.places
        .iter()
        .map(|&p| {
            let r = index.rows[p as usize];
            Place { code: r.code.into(), name: r.name.into(), name_zh: r.name_zh.into(), kind: r.kind.into() }
        })
        .collect()
}

/// Appends to `out` each place `text` mentions that is not in it yet, in
/// order of first mention. (The one-text form of what [`tag`] does for items.)
#[allow(dead_code)]
pub(crate) fn places_in(text: &str, out: &mut Vec<&'static Row>) {
    let index = matcher::index();
    index.scan(text, |entry| {
        for &p in entry.places() {
            let row = index.rows[p as usize];
            if !out.iter().any(|r| std::ptr::eq(*r, row)) {
                out.push(row);
            }
        }
    });
}

/// Appends to `out` each topic `text` mentions that is not in it yet, in
/// order of first mention. (The one-text form of what [`tag`] does for items.)
#[allow(dead_code)]
pub(crate) fn topics_in(text: &str, out: &mut Vec<&'static str>) {
    matcher::index().scan(text, |entry| {
        for &t in entry.topics() {
            let name = topics::TOPICS[t as usize].name;
            if !out.contains(&name) {
                out.push(name);
            }
        }
    });
}

/// Places and topics found so far, distinct, in order of first mention.
#[derive(Default)]
struct Found {
    seen_places: [u64; 8],
    places: Vec<u16>,
    seen_topics: u64,
    topics: Vec<u8>,
}

impl Found {
    fn clear(&mut self) {
        for &p in &self.places {
            self.seen_places[p as usize / 64] = 0;
        }
        self.places.clear();
        self.seen_topics = 0;
        self.topics.clear();
    }

    fn add(&mut self, places: &[u16], topics: &[u8]) {
        for &p in places {
            let (word, bit) = (p as usize / 64, 1u64 << (p % 64));
            if self.seen_places[word] & bit == 0 {
                self.seen_places[word] |= bit;
                self.places.push(p);
            }
        }
        for &t in topics {
            if self.seen_topics & (1 << t) == 0 {
                self.seen_topics |= 1 << t;
                self.topics.push(t);
            }
        }
    }
}
