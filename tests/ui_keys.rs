//! Every UI text key the shell asks for exists, non-empty, in every language.
//! The keys are read from the shell's source, so a new `ui("…")` call without
//! its text fails here by name instead of showing "[key]" to a user.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use partnership_selfcheck::core::content::{language_codes, load};

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

fn shell_sources(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            shell_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(fs::read_to_string(&path).expect("a source file is readable"));
        }
    }
}

#[test]
fn every_key_the_shell_uses_exists_in_every_language() {
    let mut sources = Vec::new();
    shell_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut sources);
    let used: BTreeSet<String> = sources.iter().flat_map(|s| keys_in(s)).collect();
    assert!(used.len() > 40, "the scan found the shell's keys ({} found)", used.len());
    let mut missing = Vec::new();
    for code in language_codes() {
        let content = load(code).expect("listed").expect("parses");
        let present: BTreeSet<&str> = content.ui_keys().collect();
        for key in &used {
            if !present.contains(key.as_str()) {
                missing.push(format!("{code}/ui.json lacks \"{key}\""));
            }
        }
    }
    assert!(missing.is_empty(), "missing UI texts:\n{}", missing.join("\n"));
    println!("{} UI keys used by the shell, all present in every language", used.len());
}

#[test]
fn the_scan_finds_keys_in_both_call_forms() {
    let keys = keys_in(r#"text.ui("a_key"); text.ui_with("b_key", &[("x", "1")]);"#);
    assert_eq!(keys.into_iter().collect::<Vec<_>>(), vec!["a_key", "b_key"]);
}
