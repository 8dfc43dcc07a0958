//! Tidy checks on the source tree:
//! - `src/core/` stays a pure core: no browser, no async, no IO, no clock, no `.unwrap()` outside
//!   `#[cfg(test)]`, so all of it runs and is tested natively.
//! - No file in `src/` uses `inner_html`/`innerHTML`: course content must never reach innerHTML.
//!
//! Comments are not code: a doc comment may say "never innerHTML". String literals are code
//! (`Reflect::set(&el, &"innerHTML".into(), …)` is exactly what must not pass).

use std::path::{Path, PathBuf};

/// Tokens `src/core/` must not contain, with the reason shown on failure.
const CORE_FORBIDDEN: [(&str, &str); 16] = [
    ("leptos", "the core knows nothing of the UI framework"),
    ("web_sys", "the core does not touch the browser"),
    ("js_sys", "the core does not touch the browser"),
    ("wasm_bindgen", "the core does not touch the browser"),
    ("gloo", "the core does not touch the browser"),
    ("indexed_db_futures", "the core does not store"),
    ("async fn", "the core never waits"),
    (".await", "the core never waits"),
    ("std::fs", "the core does no IO"),
    ("std::net", "the core does no IO"),
    ("std::process", "the core does no IO"),
    ("std::env", "the core reads no environment"),
    (
        "SystemTime",
        "the core reads no clock: take the time as a parameter",
    ),
    (
        "Instant::now",
        "the core reads no clock: take the time as a parameter",
    ),
    (
        ".unwrap()",
        "the core must not panic on input: return an error or use a default",
    ),
    (
        ".expect(",
        "the core must not panic on input: return an error or use a default",
    ),
];

pub fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Two same-length views of a Rust source (byte offsets and lines line up with the original):
/// `code` has comments blanked; `skeleton` also has string and char literal contents blanked,
/// for counting braces.
struct Views {
    code: Vec<u8>,
    skeleton: Vec<u8>,
}

fn blank(byte: u8) -> u8 {
    if byte == b'\n' { b'\n' } else { b' ' }
}

fn views(source: &str) -> Views {
    let bytes = source.as_bytes();
    let mut code = bytes.to_vec();
    let mut skeleton = bytes.to_vec();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if rest.starts_with(b"//") {
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |p| i + p);
            for k in i..end {
                code[k] = b' ';
                skeleton[k] = b' ';
            }
            i = end;
        } else if rest.starts_with(b"/*") {
            let mut depth = 0usize;
            let mut k = i;
            while k < bytes.len() {
                if bytes[k..].starts_with(b"/*") {
                    depth += 1;
                    k += 2;
                } else if bytes[k..].starts_with(b"*/") {
                    depth -= 1;
                    k += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    k += 1;
                }
            }
            for j in i..k.min(bytes.len()) {
                code[j] = blank(bytes[j]);
                skeleton[j] = blank(bytes[j]);
            }
            i = k;
        } else if (rest.starts_with(b"r\"")
            || rest.starts_with(b"r#")
            || rest.starts_with(b"br\"")
            || rest.starts_with(b"br#"))
            && (i == 0 || !is_ident(bytes[i - 1]))
        {
            let start = i + if rest[0] == b'b' { 2 } else { 1 };
            let hashes = bytes[start..].iter().take_while(|&&b| b == b'#').count();
            if bytes.get(start + hashes) != Some(&b'"') {
                i += 1; // an identifier such as `r#type`
                continue;
            }
            let mut closing = vec![b'"'];
            closing.extend(std::iter::repeat_n(b'#', hashes));
            let body = start + hashes + 1;
            let end = bytes[body..]
                .windows(closing.len())
                .position(|w| w == closing.as_slice())
                .map_or(bytes.len(), |p| body + p);
            for j in body..end {
                skeleton[j] = blank(bytes[j]);
            }
            i = (end + closing.len()).min(bytes.len());
        } else if rest[0] == b'"' {
            let mut k = i + 1;
            while k < bytes.len() && bytes[k] != b'"' {
                k += if bytes[k] == b'\\' { 2 } else { 1 };
            }
            for j in i + 1..k.min(bytes.len()) {
                skeleton[j] = blank(bytes[j]);
            }
            i = k + 1;
        } else if rest[0] == b'\'' {
            // A char literal ('x', '\n', '\u{1F600}', 'é'), or a lifetime ('a) left as is.
            let end = if rest.get(1) == Some(&b'\\') {
                rest.iter()
                    .skip(2)
                    .position(|&b| b == b'\'')
                    .map(|p| i + 2 + p)
            } else {
                let width = std::str::from_utf8(&rest[1..rest.len().min(5)])
                    .or_else(|e| std::str::from_utf8(&rest[1..1 + e.valid_up_to()]))
                    .ok()
                    .and_then(|s| s.chars().next())
                    .map_or(1, char::len_utf8);
                (rest.get(1 + width) == Some(&b'\'')).then_some(i + 1 + width)
            };
            match end {
                Some(end) => {
                    skeleton[i + 1..end].fill(b' ');
                    i = end + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    Views { code, skeleton }
}

/// The code of a source without comments and without `#[cfg(test)]` items, as (line, text).
fn code_lines(source: &str, skip_cfg_test: bool) -> Vec<(usize, String)> {
    let Views { mut code, skeleton } = views(source);
    if skip_cfg_test {
        let marker = b"#[cfg(test)]";
        let mut from = 0;
        while let Some(pos) = skeleton[from..]
            .windows(marker.len())
            .position(|w| w == marker)
            .map(|p| from + p)
        {
            // The item ends at its first `;` at depth 0, or with the brace that closes its body.
            let mut depth = 0usize;
            let mut end = skeleton.len();
            for (k, &b) in skeleton.iter().enumerate().skip(pos + marker.len()) {
                match b {
                    b'{' => depth += 1,
                    b'}' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            end = k + 1;
                            break;
                        }
                    }
                    b';' if depth == 0 => {
                        end = k + 1;
                        break;
                    }
                    _ => {}
                }
            }
            for byte in &mut code[pos..end] {
                *byte = blank(*byte);
            }
            from = end;
        }
    }
    String::from_utf8_lossy(&code)
        .lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.to_owned()))
        .collect()
}

fn violations(files: &[PathBuf], forbidden: &[(&str, &str)], skip_cfg_test: bool) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        let source =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (line, text) in code_lines(&source, skip_cfg_test) {
            for (token, why) in forbidden {
                if text.contains(token) {
                    let shown = file
                        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                        .unwrap_or(file);
                    found.push(format!(
                        "{}:{line}: `{token}`: {why}\n    {}",
                        shown.display(),
                        text.trim()
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn the_core_is_pure() {
    let files = rust_files(&src_dir().join("core"));
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    for expected in [
        "bundle.rs",
        "catalog.rs",
        "lang.rs",
        "markdown.rs",
        "model.rs",
        "progress.rs",
        "validate.rs",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "src/core/{expected} not scanned: {names:?}"
        );
    }
    let found = violations(&files, &CORE_FORBIDDEN, true);
    assert!(
        found.is_empty(),
        "src/core must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_source_file_uses_inner_html() {
    let files = rust_files(&src_dir());
    assert!(files.len() >= 20, "only {} files under src/", files.len());
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("ui/reader/markdown_view.rs")),
        "the reader is scanned"
    );
    let forbidden = [
        ("inner_html", "course content must never reach innerHTML"),
        ("innerHTML", "course content must never reach innerHTML"),
        ("outerHTML", "course content must never reach outerHTML"),
        (
            "insertAdjacentHTML",
            "course content must never be parsed as HTML",
        ),
    ];
    let found = violations(&files, &forbidden, false);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

// The scanner itself, so that the checks above cannot pass by scanning nothing.

#[test]
fn the_scanner_ignores_comments_and_test_code_but_not_strings() {
    let source = r####"
//! Never `leptos` here, never .unwrap().
use std::collections::BTreeMap; // not std::fs
/* a block comment with .await and
   /* a nested one with async fn */ still comment: web_sys */
fn real() -> &'static str {
    let _c = '"'; let _d = '\''; let _e = '{'; let _lt: &'static str = "x";
    let _raw = r#"raw "string" with { and // not a comment"#;
    "a string with innerHTML and { brace"
}
#[cfg(test)]
mod tests {
    fn f() { let x: Option<u8> = None; x.unwrap(); let s = "}"; }
    #[test] fn g() { std::fs::read("x").unwrap(); }
}
#[cfg(test)]
use std::time::SystemTime;
fn after() { let _ = Some(1).unwrap(); }
"####;
    let lines = code_lines(source, true);
    let all: String = lines.iter().map(|(_, l)| format!("{l}\n")).collect();
    for gone in [
        "leptos",
        ".await",
        "async fn",
        "web_sys",
        "std::fs",
        "SystemTime",
        "mod tests",
        "not std::fs",
    ] {
        assert!(!all.contains(gone), "{gone:?} should be stripped:\n{all}");
    }
    for kept in [
        "use std::collections::BTreeMap;",
        "innerHTML",
        "// not a comment",
        "fn after()",
        "'\"'",
        "'{'",
    ] {
        assert!(all.contains(kept), "{kept:?} should be kept:\n{all}");
    }
    // Line numbers are the original ones: the one `.unwrap()` left is on the last line.
    let unwraps: Vec<usize> = lines
        .iter()
        .filter(|(_, l)| l.contains(".unwrap()"))
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(unwraps, [source.lines().count()]);
    // Without skipping test code, the test module's unwraps are seen.
    assert_eq!(
        code_lines(source, false)
            .iter()
            .filter(|(_, l)| l.contains(".unwrap()"))
            .count(),
        3
    );
}

#[test]
fn the_scanner_reports_a_violation_with_file_and_line() {
    let dir = std::env::temp_dir().join(format!("nour-arch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let file = dir.join("bad.rs");
    std::fs::write(
        &file,
        "fn ok() {}\npub async fn load() { web_sys::window(); }\n",
    )
    .expect("write");
    let found = violations(std::slice::from_ref(&file), &CORE_FORBIDDEN, true);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].contains("bad.rs:2: `web_sys`") || found[1].contains("bad.rs:2: `web_sys`"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|f| f.contains("bad.rs:2: `async fn`")),
        "{found:?}"
    );
}

/// The views of each part loaded on demand (`src/app/parts.rs`), by folder under `src/ui/`. The
/// code only a part reaches is split out of the first load; `part_of` says which part a source
/// file belongs to (`None`: the first load).
pub const PART_FOLDERS: [(&str, &str); 7] = [
    ("intake", "intake"),
    ("assessment", "practice"),
    ("review", "practice"),
    ("portfolio", "portfolio"),
    ("export", "portfolio"),
    ("settings", "settings"),
    ("dashboard", "dashboard"),
];

pub fn part_of(path: &Path) -> Option<&'static str> {
    let relative = path.strip_prefix(src_dir()).ok()?;
    let mut parts = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy());
    if parts.next()? != "ui" {
        return None;
    }
    let folder = parts.next()?;
    PART_FOLDERS
        .iter()
        .find(|(f, _)| *f == folder)
        .map(|(_, part)| *part)
}

/// The first load never names a part's views, and a part names no other part's: only
/// `app/parts.rs`, the boundary, reaches them. Code that several places use lives in the first
/// load (`ui::common`, `ui::reader`…); a part reaching into another would pull that part's code
/// into a shared chunk, and a page would then wait for two parts.
#[test]
fn the_first_load_and_each_part_stay_apart() {
    let boundary = src_dir().join("app").join("parts.rs");
    let mut found = Vec::new();
    for file in rust_files(&src_dir()) {
        if file == boundary || file.starts_with(src_dir().join("bin")) {
            continue;
        }
        let own = part_of(&file);
        let source = std::fs::read_to_string(&file).expect("source");
        for (line, code) in code_lines(&source, true) {
            for (folder, part) in PART_FOLDERS {
                if code.contains(&format!("ui::{folder}")) && own != Some(part) {
                    found.push(format!(
                        "{}:{line}: names `ui::{folder}` (the {part} part) from {}",
                        file.display(),
                        own.map_or("the first load".to_owned(), |p| format!("the {p} part"))
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
