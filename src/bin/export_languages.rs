//! Writes `lang/<code>.<version>.json` (`language_file::file_name`) for
//! every language but the default one, which the bundles carry: the
//! translations from this native build's compiled-in
//! content, and the pseudo-locales made from the default language. Trunk's
//! post-build hook runs it with the staging folder's `lang/` as its one
//! argument.

use std::{env, fs, path::PathBuf, process};

use partnership_selfcheck::core::content::{self, language_file, pseudo, Language};

fn main() {
    let Some(folder) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: export-languages <folder>");
        process::exit(2);
    };
    if let Err(error) = fs::create_dir_all(&folder) {
        eprintln!("export-languages: cannot create {}: {error}", folder.display());
        process::exit(1);
    }
    let default = content::default_content();
    for language in Language::ALL.into_iter().filter(|language| *language != default.language) {
        let json = match (language.info().pseudo, content::compiled(language)) {
            (Some(kind), _) => language_file::encode(
                language,
                language_file::texts(default).into_iter().map(|text| pseudo::transform(kind, text)).collect(),
            ),
            (None, Some(content)) => language_file::write(content),
            (None, None) => {
                eprintln!("export-languages: {} is not compiled into this build", language.code());
                process::exit(1);
            }
        };
        let path = folder.join(language_file::file_name(language));
        if let Err(error) = fs::write(&path, json) {
            eprintln!("export-languages: cannot write {}: {error}", path.display());
            process::exit(1);
        }
    }
}
