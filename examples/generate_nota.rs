//! Writes a generated statement with N item lines (default 20,000) in the text layout, for the
//! browser timing (`.ci/perf`): `cargo run --release --example generate_nota -- 20000 > big.txt`.
fn main() {
    let lines = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(20_000);
    print!("{}", notawijzer::write::generated(lines));
}
