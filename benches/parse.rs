//! Parse throughput over the real corpus (../shared/corpus, or the fixtures
//! when the corpus is not beside the repository), alone and with JSON
//! output, and at 1×, 10× and 100× the corpus to show time grows linearly.
//!
//! `cargo bench --bench parse` (criterion reports MiB/s per case).

use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn corpus_text() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("../shared/corpus/cn-mfa-en"), root.join("../shared/corpus/cn-mfa-zh")];
    if !dirs[0].is_dir() {
        dirs = vec![root.join("tests/fixtures")];
    }
    let mut files: Vec<_> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(d).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect::<Vec<_>>().join("\n\n")
}

fn throughput(c: &mut Criterion) {
    let text = corpus_text();
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse", |b| b.iter(|| transcript_cards::parse(std::hint::black_box(&text))));
    // The JSON as the CLI writes it (src/json.rs), into a buffer kept between runs.
    let mut out = Vec::with_capacity(text.len() * 2);
    g.bench_function("parse+json", |b| {
        b.iter(|| {
            out.clear();
            transcript_cards::json::to_writer(&mut out, &transcript_cards::parse(std::hint::black_box(&text))).unwrap();
            out.len()
        })
    });
    g.finish();
}

fn linearity(c: &mut Criterion) {
    let text = corpus_text();
    let mut g = c.benchmark_group("linear");
    g.sample_size(10);
    for times in [1usize, 10, 100] {
        let big = text.repeat(times);
        g.throughput(Throughput::Bytes(big.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(format!("{times}x")), &big, |b, t| {
            b.iter(|| transcript_cards::parse(std::hint::black_box(t)))
        });
    }
    g.finish();
}

criterion_group!(benches, throughput, linearity);
criterion_main!(benches);
