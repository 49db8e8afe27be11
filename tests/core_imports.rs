//! Checks that the files of the strict reader and of the two file kinds it
//! serves (`core::strict_json`, `core::file`, `core::team_plan`) import one
//! another without a circle: each file can be read knowing only the files
//! it names, and none of them leans back on a file that leans on it.
//!
//! The imports are read from the source text, outside tests: `super::x` in a
//! submodule names the sibling file `x` (or the parent `mod.rs` for an item
//! defined there), `x::` in a `mod.rs` names its submodule `x`, and
//! `crate::core::<module>::x` names a file of another of the three.

// Native only: the test reads the source tree.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The modules checked, as folders under `src/core`.
const MODULES: [&str; 3] = ["strict_json", "file", "team_plan"];

/// A file, as `module/file.rs`.
type Node = String;

/// The `.rs` files of a module folder, but its tests.
fn files_of(module: &str) -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core").join(module);
    let mut names: Vec<String> = fs::read_dir(&folder)
        .expect("module folder")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".rs") && name != "tests.rs")
        .collect();
    names.sort();
    names
}

/// The source of a file, up to its tests.
fn code_of(module: &str, file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core").join(module).join(file);
    let text = fs::read_to_string(path).expect("source file");
    text.split("#[cfg(test)]").next().unwrap_or_default().to_owned()
}

/// The first identifier of each name after `prefix` in `code`, braces
/// (`prefix{a, b::c}`) included.
fn names_after(code: &str, prefix: &str) -> Vec<String> {
    let ident = |text: &str| text.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut names = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(inner) = rest.strip_prefix('{') {
            let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
            names.extend(inner.split(',').map(ident));
        } else {
            names.push(ident(rest));
        }
    }
    names.retain(|name| !name.is_empty() && name != "self");
    names
}

/// The file of `module` that `name` denotes: its submodule, or `mod.rs`.
fn node(module: &str, name: &str, files: &[String]) -> Node {
    let file = format!("{name}.rs");
    if files.contains(&file) {
        format!("{module}/{file}")
    } else {
        format!("{module}/mod.rs")
    }
}

/// Every file's imports among the three modules.
fn graph() -> BTreeMap<Node, BTreeSet<Node>> {
    let files: BTreeMap<&str, Vec<String>> = MODULES.iter().map(|module| (*module, files_of(module))).collect();
    let mut graph = BTreeMap::new();
    for (module, names) in &files {
        for file in names {
            let code = code_of(module, file);
            let mut edges = BTreeSet::new();
            if file == "mod.rs" {
                for child in names.iter().filter_map(|name| name.strip_suffix(".rs")).filter(|name| *name != "mod") {
                    if !names_after(&code, &format!("{child}::")).is_empty() || code.contains(&format!("{child}::{{")) {
                        edges.insert(format!("{module}/{child}.rs"));
                    }
                }
            } else {
                edges.extend(names_after(&code, "super::").iter().map(|name| node(module, name, names)));
            }
            for (other, other_files) in &files {
                let prefix = format!("crate::core::{other}::");
                edges.extend(names_after(&code, &prefix).iter().map(|name| node(other, name, other_files)));
            }
            edges.remove(&format!("{module}/{file}"));
            graph.insert(format!("{module}/{file}"), edges);
        }
    }
    graph
}

/// A circle through `node`, if the depth-first walk from it finds one.
fn circle(graph: &BTreeMap<Node, BTreeSet<Node>>, node: &Node, path: &mut Vec<Node>, done: &mut BTreeSet<Node>) -> Option<Vec<Node>> {
    if let Some(start) = path.iter().position(|on_path| on_path == node) {
        return Some(path[start..].iter().chain([node]).cloned().collect());
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.clone());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(found) = circle(graph, next, path, done) {
            return Some(found);
        }
    }
    path.pop();
    done.insert(node.clone());
    None
}

#[test]
fn the_file_readers_import_without_a_circle() {
    let graph = graph();
    for (file, imports) in &graph {
        println!("{file} -> {imports:?}");
    }
    // The reading of the imports sees what it should: these edges are known.
    for (from, to) in [
        ("file/wire.rs", "file/leaf.rs"),
        ("file/mod.rs", "file/wire.rs"),
        ("file/error.rs", "strict_json/mod.rs"),
        ("team_plan/wire.rs", "strict_json/mod.rs"),
        ("team_plan/error.rs", "file/mod.rs"),
        ("strict_json/mod.rs", "strict_json/tree.rs"),
    ] {
        assert!(graph.get(from).is_some_and(|edges| edges.contains(to)), "{from} should import {to}");
    }
    let mut done = BTreeSet::new();
    for file in graph.keys() {
        if let Some(found) = circle(&graph, file, &mut Vec::new(), &mut done) {
            panic!("an import circle: {}", found.join(" -> "));
        }
    }
}
