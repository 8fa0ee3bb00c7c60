//! Times every pathological case of tests/common/pathological.rs at 5 MB and
//! 50 MB and prints a table with the 10× ratio (linear is ≈ 10; the goal is
//! ≤ 12, and no case over 2 s at 50 MB). A report, not a test: run it with
//! `cargo bench --bench pathological` (`-- --small` for 0.5 MB / 5 MB).

#[path = "../tests/common/pathological.rs"]
mod pathological;

use std::time::{Duration, Instant};

fn best_of(runs: usize, text: &str) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let parsed = transcript_cards::parse(std::hint::black_box(text));
            let d = t.elapsed();
            std::hint::black_box(&parsed);
            d
        })
        .min()
        .unwrap()
}

fn main() {
    let small = std::env::args().any(|a| a == "--small");
    let (a, b) = if small { (500_000, 5_000_000) } else { (5_000_000, 50_000_000) };
    println!("{:<40} {:>10} {:>10} {:>10} {:>10} {:>7}", "case", "size", "time", "size", "time", "ratio");
    let mut worst: f64 = 0.0;
    for case in pathological::CASES {
        let (x, y) = ((case.make)(a), (case.make)(b));
        let (tx, ty) = (best_of(3, &x), best_of(2, &y));
        let ratio = ty.as_secs_f64() / tx.as_secs_f64().max(1e-9);
        worst = worst.max(ratio);
        println!(
            "{:<40} {:>8.1}MB {:>8.1}ms {:>8.1}MB {:>8.1}ms {:>7.2}",
            case.name,
            x.len() as f64 / 1e6,
            tx.as_secs_f64() * 1e3,
            y.len() as f64 / 1e6,
            ty.as_secs_f64() * 1e3,
            ratio
        );
    }
    println!("worst 10x ratio: {worst:.2}");
}
