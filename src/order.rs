//! One sort for the whole crate.
//!
//! Every `sort_by` with its own element type and comparison is its own copy
//! of std's sort in the WebAssembly module, 2–3 KB each; the page ships that
//! module, so the stages sort through this one function instead: it orders
//! positions with a comparison passed as `&dyn Fn`, and the callers move
//! their elements into that order. Stable, like `sort_by`.

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` puts them (stable).
pub(crate) fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

/// Sorts `v` by `cmp` (stable).
pub(crate) fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let idx = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, idx);
}

/// Sorts `v` by a key computed once for each element (stable).
pub(crate) fn sort_by_cached_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let idx = order(v.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(v, idx);
}

/// Puts the elements of `v` in the order of the positions `idx`.
fn permute<T>(v: &mut Vec<T>, idx: Vec<usize>) {
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(idx.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` by the key `key` gives each element (stable).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_sort_stably_like_std() {
        let mut v: Vec<(u8, usize)> = [3u8, 1, 2, 1, 3, 0, 2].iter().copied().zip(0..).collect();
        let mut w = v.clone();
        sort_by_key(&mut v, |p| p.0);
        w.sort_by_key(|p| p.0);
        assert_eq!(v, w);
        let mut e: Vec<u8> = Vec::new();
        sort_by(&mut e, u8::cmp);
        assert!(e.is_empty());
    }
}
