//! Every UI text key the shell asks for exists, non-empty, in every language.
//! The keys are read from the shell's source, so a new `ui("…")` call without
//! its text fails here by name instead of showing "[key]" to a user. Keys
//! asked for outside the tools page's sources must be in `ui.json`, because
//! the self-check's bundle does not carry `tools.json`.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use partnership_selfcheck::core::content::{language_codes, load, load_for_tools, Content};

/// The keys passed to `ui("…")` and `ui_with("…", …)` in one source text.
fn keys_in(source: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for marker in ["ui(\"", "ui_with(\""] {
        for piece in source.split(marker).skip(1) {
            if let Some(end) = piece.find('"') {
                keys.insert(piece[..end].to_owned());
            }
        }
    }
    keys
}

/// The sources compiled only into the facilitator's tools page, relative
/// to `src/`; their texts may live in `tools.json`.
const TOOLS_ONLY_SOURCES: [&str; 5] = ["app/compare.rs", "app/team.rs", "app/tools.rs", "bin/tools.rs", "core/team/mod.rs"];

/// Every Rust source under `dir`: its path relative to `src/` and its text.
fn shell_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            shell_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path.strip_prefix(&src).expect("under src/").to_string_lossy().replace('\\', "/");
            out.push((name, fs::read_to_string(&path).expect("a source file is readable")));
        }
    }
}

/// The keys of `used` that `content` lacks, as messages.
fn missing_from(content: &Content, used: &BTreeSet<String>, files: &str) -> Vec<String> {
    let present: BTreeSet<&str> = content.ui_keys().collect();
    used.iter()
        .filter(|key| !present.contains(key.as_str()))
        .map(|key| format!("{}/{files} lacks \"{key}\"", content.language))
        .collect()
}

#[test]
fn every_key_the_shell_uses_exists_in_every_language() {
    let mut sources = Vec::new();
    shell_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut sources);
    assert!(
        TOOLS_ONLY_SOURCES.iter().all(|name| sources.iter().any(|(path, _)| path == name)),
        "every file of TOOLS_ONLY_SOURCES exists"
    );
    let used: BTreeSet<String> = sources.iter().flat_map(|(_, s)| keys_in(s)).collect();
    let self_check_uses: BTreeSet<String> = sources
        .iter()
        .filter(|(path, _)| !TOOLS_ONLY_SOURCES.contains(&path.as_str()))
        .flat_map(|(_, s)| keys_in(s))
        .collect();
    assert!(used.len() > 40, "the scan found the shell's keys ({} found)", used.len());
    assert!(self_check_uses.len() > 40 && self_check_uses.len() < used.len(), "the scan tells the pages apart");
    let mut missing = Vec::new();
    for code in language_codes() {
        let self_check = load(code).expect("listed").expect("parses");
        missing.extend(missing_from(&self_check, &self_check_uses, "ui.json"));
        let tools = load_for_tools(code).expect("listed").expect("parses");
        missing.extend(missing_from(&tools, &used, "ui.json + tools.json"));
    }
    assert!(missing.is_empty(), "missing UI texts:\n{}", missing.join("\n"));
    println!(
        "{} UI keys used by the shell ({} by the self-check), all present in every language",
        used.len(),
        self_check_uses.len()
    );
}

#[test]
fn the_scan_finds_keys_in_both_call_forms() {
    let keys = keys_in(r#"text.ui("a_key"); text.ui_with("b_key", &[("x", "1")]);"#);
    assert_eq!(keys.into_iter().collect::<Vec<_>>(), vec!["a_key", "b_key"]);
}
