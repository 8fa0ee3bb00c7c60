//! Times every pathological case of tests/common/pathological.rs at 50 MB and
//! 500 MB and prints a table with the 10× ratio (linear is ≈ 10; the goal is
//! ≤ 12, and no case over 2 s at 50 MB): the best of 5 runs of each size,
//! the sizes taking turns. A report, not a test: run it with `cargo bench
//! --bench pathological` (`-- --small` for 5 MB / 50 MB; `-- --from=N` for
//! N and 10 × N bytes; `-- chrome` for the cases whose name holds "chrome";
//! `-- --list`). It needs about 3 GB of
//! memory at 500 MB. Time here wanders with the machine (by ±30 % for the
//! same binary on this VM); scripts/linearity.sh gives the same ratios in
//! instructions, which do not.
//!
//! The last column is the most heap a parse of the larger input takes, over
//! and above the input itself, as a multiple of the input's size.
//!
//! Why not 5 MB → 50 MB: the smaller size fits in the processor's cache (32
//! MB of L3 here) and glibc hands a freed 5 MB block back on the next run
//! without a page fault, while every 50 MB block is mapped afresh (above
//! malloc's 32 MB mmap threshold) — so the ratio measured the memory system,
//! not the parser. At 50 MB and 500 MB both sizes are past both; and the
//! bench runs itself with glibc's mmap threshold fixed at 128 KB
//! (`MALLOC_MMAP_THRESHOLD_`), so that every run of every size pays for the
//! fresh memory it takes, rather than some runs reusing a freed heap.

#[path = "../tests/common/pathological.rs"]
mod pathological;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes held now and at most, so the
/// table can give each case's peak heap as a multiple of its input.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = HELD.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call goes straight to `System` with the caller's own
// arguments; the counters only watch.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc`, passed on.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc`, passed on.
        unsafe { System.dealloc(ptr, layout) };
        HELD.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc`, passed on.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            HELD.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The time of one parse, and the most heap it took on top of what was held
/// before it (the input).
fn timed(text: &str) -> (Duration, usize) {
    let before = HELD.load(Relaxed);
    PEAK.store(before, Relaxed);
    let t = Instant::now();
    let parsed = transcript_cards::parse(std::hint::black_box(text));
    let d = t.elapsed();
    std::hint::black_box(&parsed);
    (d, PEAK.load(Relaxed) - before)
}

/// The number given as `--name=N`, if any.
fn number_arg(name: &str) -> Option<usize> {
    std::env::args().find_map(|a| a.strip_prefix(name)?.strip_prefix('=')?.parse().ok())
}

/// Runs of each size per case; the best is reported.
const RUNS: usize = 5;

fn main() {
    if std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_none() {
        let me = std::env::current_exe().expect("the bench's own path");
        let status = std::process::Command::new(me)
            .args(std::env::args_os().skip(1))
            .env("MALLOC_MMAP_THRESHOLD_", "131072")
            .status()
            .expect("the bench runs itself again");
        std::process::exit(status.code().unwrap_or(1));
    }
    let small = std::env::args().any(|a| a == "--small");
    // Any other word picks the cases whose name holds it (cargo itself passes `--bench`).
    let only: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let picked =
        || pathological::CASES.iter().filter(|c| only.is_empty() || only.iter().any(|o| c.name.contains(o.as_str())));
    if std::env::args().any(|a| a == "--list") {
        picked().for_each(|c| println!("{}", c.name));
        return;
    }
    // `--once=N`: each case parsed once at N bytes, nothing timed, for
    // scripts/linearity.sh to count the parse's instructions under callgrind.
    if let Some(n) = number_arg("--once") {
        for case in picked() {
            let text = (case.make)(n);
            std::hint::black_box(transcript_cards::parse(std::hint::black_box(&text)));
        }
        return;
    }
    let (a, b) = if small { (5_000_000, 50_000_000) } else { (50_000_000, 500_000_000) };
    // `--from=N`: N bytes and 10 × N instead.
    let (a, b) = number_arg("--from").map_or((a, b), |n| (n, 10 * n));
    println!(
        "{:<40} {:>10} {:>10} {:>10} {:>10} {:>7} {:>7}",
        "case", "size", "time", "size", "time", "ratio", "heap/in"
    );
    let mut worst: f64 = 0.0;
    for case in picked() {
        let (x, y) = ((case.make)(a), (case.make)(b));
        // Runs of both sizes take turns, so that both see the machine in the
        // same states (its speed here wanders by a third from minute to minute).
        let (mut tx, mut ty, mut heap) = (Duration::MAX, Duration::MAX, 0);
        for _ in 0..RUNS {
            tx = tx.min(timed(&x).0);
            let (t, h) = timed(&y);
            (ty, heap) = (ty.min(t), heap.max(h));
        }
        let ratio = ty.as_secs_f64() / tx.as_secs_f64().max(1e-9);
        worst = worst.max(ratio);
        println!(
            "{:<40} {:>8.1}MB {:>8.1}ms {:>8.1}MB {:>8.1}ms {:>7.2} {:>7.2}",
            case.name,
            x.len() as f64 / 1e6,
            tx.as_secs_f64() * 1e3,
            y.len() as f64 / 1e6,
            ty.as_secs_f64() * 1e3,
            ratio,
            heap as f64 / y.len() as f64
        );
    }
    println!("worst 10x ratio: {worst:.2}");
}
