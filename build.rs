//! Finds every language folder under `content/` and compiles its files in, so
//! that adding a language is adding a folder of data files, not code.

use std::{env, fs, path::Path};

/// Must match `CONTENT_FILES` in `src/core/content.rs`.
const CONTENT_FILES: [&str; 2] = ["instrument.json", "ui.json"];
/// Must match `TOOLS_FILE` in `src/core/content.rs`.
const TOOLS_FILE: &str = "tools.json";

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<String> = fs::read_dir(&root)
        .expect("the content/ folder exists")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    languages.sort();
    // Two tables, so that the self-check's bundle, which reads only the
    // first, does not carry the tools page's texts.
    let mut out = String::from(
        "/// Every compiled-in language: its code and its self-check content files' names and texts.\n\
         pub static LANGUAGES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    let mut tools = String::from(
        "/// The tools page's extra texts (`tools.json`) of every compiled-in language that has them.\n\
         pub static TOOLS_TEXTS: &[(&str, &str)] = &[\n",
    );
    for language in &languages {
        out.push_str(&format!("    ({language:?}, &[\n"));
        for file in CONTENT_FILES {
            let path = root.join(language).join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            // A missing file is left out here and reported by the content
            // loader with the language and file name, which reads better than
            // a build failure.
            if path.exists() {
                out.push_str(&format!("        ({file:?}, include_str!({:?})),\n", path.display().to_string()));
            }
        }
        out.push_str("    ]),\n");
        let path = root.join(language).join(TOOLS_FILE);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.exists() {
            tools.push_str(&format!("    ({language:?}, include_str!({:?})),\n", path.display().to_string()));
        }
    }
    out.push_str("];\n");
    tools.push_str("];\n");
    out.push_str(&tools);
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("languages.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
