//! Reading + explaining, natively: the Henk sample, a generated 20,000-line nota in the pilot layout,
//! and a 20,000-line nota as a factoring company prints it (letterhead, Aantal | Tarief | Bedrag,
//! summary lines, payment terms: every line through the roles of today's reader).
//! `cargo bench --bench read_explain`; throughput in bytes per second (criterion prints MB/s or
//! GiB/s). The target (README): the 20,000-line nota at 100 MB/s or more.

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use notawijzer::rules::analysis::{Input, analyse};
use notawijzer::{Lang, engine::write, words::explain};

fn read_and_explain(name: &str, bytes: &[u8]) -> usize {
    let today = NaiveDate::from_ymd_opt(2017, 2, 25).unwrap();
    let report = analyse(&[Input::new(name, bytes)], today);
    let mut chars = 0;
    for n in &report.notas {
        for line in &n.nota.lines {
            chars += explain::line(line, Lang::Nl).len();
        }
    }
    chars
}

fn bench(c: &mut Criterion) {
    let henk = concat!(
        include_str!("../tests/fixtures/henk-2017-02-zorgcluster.txt"),
        "\n",
        include_str!("../tests/fixtures/henk-2017-02-dbc.txt")
    );
    let big = write::generated(20_000);
    let real = notawijzer::engine::write::factoring(20_000);
    let mut group = c.benchmark_group("read_explain");
    group.throughput(Throughput::Bytes(henk.len() as u64));
    group.bench_function("henk", |b| b.iter(|| read_and_explain("henk", black_box(henk.as_bytes()))));
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(20);
    group.bench_function("generated_20000_lines", |b| b.iter(|| read_and_explain("big", black_box(big.as_bytes()))));
    group.throughput(Throughput::Bytes(real.len() as u64));
    group.bench_function("factoring_20000_lines", |b| b.iter(|| read_and_explain("real", black_box(real.as_bytes()))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
