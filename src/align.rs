//! Bilingual pairs: the exchanges of two transcripts of the same briefing
//! (the Chinese original and the English version) aligned one to one, so a
//! reader can read them side by side.
//!
//! Exchanges are compared by what survives translation: the asking outlet
//! (canonical names: 路透社 = Reuters), the places mentioned (ISO codes), the
//! numbers in the text (dates, figures) and the position in the briefing. An
//! order-preserving alignment (Needleman–Wunsch) maximises the summed
//! similarity; pairs too unlike to be the same exchange are left unpaired.

use serde::{Deserialize, Serialize};

use crate::model::{Exchange, Item, Transcript};

/// Exchanges beyond this many on either side are paired by order only, so
/// the quadratic alignment stays small.
const MAX_ALIGNED: usize = 2_000;
/// Below this similarity two exchanges are not taken for the same one.
const MIN_SIMILARITY: f32 = 0.25;

/// One row of an alignment: an exchange of each transcript, or of one only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    /// The exchange's id in the first transcript.
    pub a: Option<String>,
    /// The exchange's id in the second transcript.
    pub b: Option<String>,
    /// How alike the two are, 0 to 1 (0 when one side is missing).
    pub similarity: f32,
}

/// What is compared of one exchange.
struct Features {
    outlet: Option<String>,
    places: Vec<String>,
    numbers: Vec<u64>,
    follow_up: bool,
}

fn features(e: &Exchange) -> Features {
    let mut numbers = Vec::new();
    for p in e.question.paragraphs.iter().chain(&e.answer.paragraphs) {
        let mut n: Option<u64> = None;
        for c in p.chars().chain(std::iter::once(' ')) {
            match c.to_digit(10) {
                Some(d) => n = Some(n.unwrap_or(0).saturating_mul(10).saturating_add(d as u64)),
                // "1,318" is one number; a comma between digits does not end it.
                None if c == ',' && n.is_some() => {}
                None => {
                    if let Some(v) = n.take() {
                        numbers.push(v);
                    }
                }
            }
        }
    }
    crate::order::sort_by(&mut numbers, Ord::cmp);
    numbers.dedup();
    let mut places = e.tags.places.clone();
    crate::order::sort_by(&mut places, Ord::cmp);
    Features { outlet: e.asker.outlet_canonical.clone(), places, numbers, follow_up: e.follow_up }
}

/// Jaccard similarity of two sorted, deduplicated lists (None when both empty).
fn jaccard<T: Ord>(a: &[T], b: &[T]) -> Option<f32> {
    if a.is_empty() && b.is_empty() {
        return None;
    }
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    Some(both as f32 / (a.len() + b.len() - both) as f32)
}

/// Similarity of two exchanges at relative positions `pa`, `pb` (0 to 1).
fn similarity(x: &Features, y: &Features, pa: f32, pb: f32) -> f32 {
    let mut score = 0.0;
    let mut weight = 0.0;
    if let (Some(a), Some(b)) = (&x.outlet, &y.outlet) {
        score += if a == b { 3.0 } else { 0.0 };
        weight += 3.0;
    }
    if let Some(j) = jaccard(&x.places, &y.places) {
        score += 2.0 * j;
        weight += 2.0;
    }
    if let Some(j) = jaccard(&x.numbers, &y.numbers) {
        score += 2.0 * j;
        weight += 2.0;
    }
    score += if x.follow_up == y.follow_up { 0.5 } else { 0.0 };
    weight += 0.5;
    // Near the same place in the briefing: full marks; a quarter of it apart: none.
    score += (1.0 - 4.0 * (pa - pb).abs()).max(0.0);
    weight += 1.0;
    (score / weight).clamp(0.0, 1.0)
}

fn exchanges(t: &Transcript) -> Vec<&Exchange> {
    t.items.iter().filter_map(|i| if let Item::Exchange(e) = i { Some(e) } else { None }).collect()
}

/// Aligns the exchanges of `a` and `b`, in order; every exchange of each
/// appears in exactly one row.
///
/// ```
/// let en = transcript_cards::parse("Reuters: About Japan in 2020?\n\nA: Yes.\n\nAFP: And Iran?\n\nA: No.\n");
/// let zh = transcript_cards::parse("路透社记者：关于2020年日本？\n\n答：是。\n\n法新社记者：伊朗呢？\n\n答：不。\n");
/// let pairs = transcript_cards::align(&en, &zh);
/// assert_eq!(pairs.len(), 2);
/// assert_eq!((pairs[1].a.as_deref(), pairs[1].b.as_deref()), (Some("e2"), Some("e2")));
/// ```
pub fn align(a: &Transcript, b: &Transcript) -> Vec<Pair> {
    let (ea, eb) = (exchanges(a), exchanges(b));
    let (n, m) = (ea.len().min(MAX_ALIGNED), eb.len().min(MAX_ALIGNED));
    let (fa, fb): (Vec<Features>, Vec<Features>) =
        (ea[..n].iter().map(|e| features(e)).collect(), eb[..m].iter().map(|e| features(e)).collect());
    let pos = |i: usize, len: usize| if len <= 1 { 0.5 } else { i as f32 / (len - 1) as f32 };
    let sim: Vec<f32> =
        (0..n * m).map(|k| similarity(&fa[k / m.max(1)], &fb[k % m.max(1)], pos(k / m, n), pos(k % m, m))).collect();
    // best[i][j]: the best total for a[i..] and b[j..].
    let w = m + 1;
    let mut best = vec![0.0f32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let s = sim[i * m + j];
            let pair = if s >= MIN_SIMILARITY { s + best[(i + 1) * w + j + 1] } else { f32::MIN };
            best[i * w + j] = pair.max(best[(i + 1) * w + j]).max(best[i * w + j + 1]);
        }
    }
    let id = |e: &Exchange| Some(e.id.clone());
    let mut out = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        let s = sim[i * m + j];
        if s >= MIN_SIMILARITY && best[i * w + j] == s + best[(i + 1) * w + j + 1] {
            out.push(Pair { a: id(ea[i]), b: id(eb[j]), similarity: s });
            i += 1;
            j += 1;
        } else if best[i * w + j] == best[(i + 1) * w + j] {
            out.push(Pair { a: id(ea[i]), b: None, similarity: 0.0 });
            i += 1;
        } else {
            out.push(Pair { a: None, b: id(eb[j]), similarity: 0.0 });
            j += 1;
        }
    }
    out.extend(ea[i..n].iter().map(|e| Pair { a: id(e), b: None, similarity: 0.0 }));
    out.extend(eb[j..m].iter().map(|e| Pair { a: None, b: id(e), similarity: 0.0 }));
    // Beyond the aligned stretch, pair by order.
    let (ra, rb) = (&ea[n..], &eb[m..]);
    for k in 0..ra.len().max(rb.len()) {
        out.push(Pair { a: ra.get(k).and_then(|e| id(e)), b: rb.get(k).and_then(|e| id(e)), similarity: 0.0 });
    }
    out
}
