//! The line every printed page of the tools page carries (the school's
//! name and the date), as a CSS string for the page's top margin box.

/// `text` as a quoted CSS string: quotes and backslashes escaped, and
/// every control character written as a hexadecimal escape, so whatever a
/// school's name holds it stays one string and never ends the rule.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The running line of a printout: the school's name, when the page has
/// one, and the "Printed on …" sentence, as a CSS string.
pub fn running_header(school: Option<&str>, printed: &str) -> String {
    match school {
        Some(name) => css_string(&format!("{name} · {printed}")),
        None => css_string(printed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_name_stays_one_css_string() {
        assert_eq!(running_header(Some("Lincoln Elementary"), "Printed on May 1, 2026"), "\"Lincoln Elementary · Printed on May 1, 2026\"");
        assert_eq!(running_header(None, "Printed"), "\"Printed\"");
        assert_eq!(css_string(r#"A "quoted" \ name"#), r#""A \"quoted\" \\ name""#);
        assert_eq!(css_string("two\nlines;}"), "\"two\\a lines;}\"");
    }
}
