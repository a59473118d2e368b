//! Prints the text rebuilt from a recorded recognition (tests/fixtures/picture/*.words.json), to
//! look at while tuning: `cargo run -q --example picture_text -- photo-noorderlicht`.
fn main() {
    for name in std::env::args().skip(1) {
        let path = format!("{}/tests/fixtures/picture/{name}.words.json", env!("CARGO_MANIFEST_DIR"));
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let read = notawijzer::read::picture::from_json(&json).expect("recorded words");
        match notawijzer::read::picture::rebuild(&read) {
            Ok((text, picture)) => {
                for (i, line) in text.lines().enumerate() {
                    let unsure = picture.origin(i + 1).map(|o| o.unsure.join(" | ")).unwrap_or_default();
                    println!(
                        "{:>3} {line}{}",
                        i + 1,
                        if unsure.is_empty() { String::new() } else { format!("   ?? {unsure}") }
                    );
                }
            }
            Err(problem) => println!("{name}: {problem:?}"),
        }
    }
}
