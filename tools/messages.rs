//! Writes the message tables the page fetches when a patient chooses another language than Dutch:
//! `<out>/app.<lang>.txt` (the page's own words) and `<out>/<lang>.txt` (the engine's sentences).
//! The loader fetches both and gives the engine the page's words too (its views use them), joined
//! by [`ftl::GS`] (`assets/boot.js`), so no word is fetched twice.
//! Trunk runs it after each build (Trunk.toml): `messages <messages dir> <out dir>`. Dutch is in
//! the programs themselves. A file with a problem stops the build with the problem named.

#[path = "../src/words/messages/ftl.rs"]
mod ftl;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: messages <messages dir> <out dir>");
        std::process::exit(2);
    };
    let read = |lang: &str| {
        let name = format!("{lang}.ftl");
        let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        ftl::parse(&name, &text).unwrap_or_else(|e| fail(&e))
    };
    let source = read("nl");
    std::fs::create_dir_all(out).unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    for lang in &ftl::LANGS[1..] {
        let file = read(lang);
        let problems = ftl::check(lang, &file, &source);
        if !problems.is_empty() {
            fail(&problems.join("\n"));
        }
        let table = |shell| ftl::compile(&file, &source, shell).unwrap_or_else(|e| fail(&format!("{lang}.ftl: {e}")));
        for (name, text) in [(format!("app.{lang}.txt"), table(true)), (format!("{lang}.txt"), table(false))] {
            std::fs::write(format!("{out}/{name}"), text).unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        }
    }
}

fn fail(what: &str) -> ! {
    eprintln!("messages: {what}");
    std::process::exit(1);
}
