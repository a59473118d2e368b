//! Writes a generated statement with N item lines (default 20,000), for the browser timing
//! (`.ci/perf`): in the pilot's text layout, or with `--factoring` as the factoring company prints a
//! zorgprestatiemodel nota. `cargo run --release --example generate_nota -- 20000 [--factoring] > big.txt`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lines = args.iter().find_map(|a| a.parse().ok()).unwrap_or(20_000);
    if args.iter().any(|a| a == "--factoring") {
        print!("{}", notawijzer::engine::write::factoring(lines));
    } else {
        print!("{}", notawijzer::engine::write::generated(lines));
    }
}
