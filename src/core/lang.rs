//! Content languages a bundle may be written in, and their writing direction.

/// Codes a bundle may use, in no particular order. `zgh` is Standard Moroccan Amazigh (Tifinagh).
pub const KNOWN_LANGUAGES: [&str; 4] = ["fr", "ar", "en", "zgh"];

/// Whether a text in this language runs right to left.
pub fn is_rtl(code: &str) -> bool {
    code == "ar"
}

/// `dir` attribute value for a text in this language.
pub fn dir(code: &str) -> &'static str {
    if is_rtl(code) { "rtl" } else { "ltr" }
}

/// The order in which a course's texts are looked up for a reader: her language first, then the
/// course's own fallback order.
pub fn fallback_order<'a>(preferred: &'a str, course_languages: &'a [String]) -> Vec<&'a str> {
    let mut order = vec![preferred];
    order.extend(
        course_languages
            .iter()
            .map(String::as_str)
            .filter(|lang| *lang != preferred),
    );
    order
}
