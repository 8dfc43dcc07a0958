//! Reading what learners type. A short answer is compared after folding away what a learner
//! cannot be blamed for on a phone keyboard: case, accents, Arabic diacritics and tatweel, the
//! many alef and ya forms, Arabic-Indic digits, extra spaces and a final full stop. A number is
//! read whether it was typed `3,5`, `3.5`, `٣٫٥` or `1 000,5`.
//!
//! Written by hand with a few `match` ranges instead of Unicode normalization tables: those
//! tables would weigh more in the wasm than the whole of this module.

/// The form in which two short answers are compared.
pub fn normalize_text(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut space = false;
    for c in input.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let folded = match c {
            // Combining accents, Arabic harakat, superscript alef, Quranic marks, tatweel.
            '\u{300}'..='\u{36F}'
            | '\u{64B}'..='\u{65F}'
            | '\u{670}'
            | '\u{6D6}'..='\u{6ED}'
            | '\u{640}' => continue,
            'à'..='å' | 'ā' => 'a',
            'ç' => 'c',
            'è'..='ë' | 'ē' => 'e',
            'ì'..='ï' | 'ī' => 'i',
            'ñ' => 'n',
            'ò'..='ö' | 'ø' | 'ō' => 'o',
            'ù'..='ü' | 'ū' => 'u',
            'ý' | 'ÿ' => 'y',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' => 'ي',
            _ => match digit(c) {
                Some(d) => d,
                None => c,
            },
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match folded {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => out.push(folded),
        }
    }
    // "Paris." and "Paris !" (French puts a space before "!") are "paris".
    let kept = out.trim_end_matches(['.', '!', '?', '؟', '…', ' ']).len();
    out.truncate(kept);
    out
}

/// An ASCII, Arabic-Indic (U+0660…) or Eastern Arabic-Indic (U+06F0…) digit, as ASCII.
fn digit(c: char) -> Option<char> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{660}'..='\u{669}' => '\u{660}',
        '\u{6F0}'..='\u{6F9}' => '\u{6F0}',
        _ => return None,
    };
    char::from_digit(u32::from(c) - u32::from(zero), 10)
}

/// A number as a learner types it: ASCII or Arabic-Indic digits, an optional sign (`+`, `-` or
/// `−`), `.`, `,` or `٫` before the decimals, and spaces or `٬` between groups of three digits
/// ("1 000,5"). `,` is always a decimal separator, as in French and Arabic: "1,000" is 1.
/// Anything else (letters, exponents, two separators, empty input) is `None`.
pub fn parse_number(input: &str) -> Option<f64> {
    let text = input.trim();
    let (negative, body) = match text.chars().next()? {
        sign @ ('-' | '\u{2212}') => (true, &text[sign.len_utf8()..]),
        '+' => (false, &text[1..]),
        _ => (false, text),
    };
    let mut ascii = String::with_capacity(body.len() + 1);
    if negative {
        ascii.push('-');
    }
    let mut fraction = false;
    // Digits since the last thousands separator, once there has been one.
    let mut group: Option<u8> = None;
    for c in body.trim_start().chars() {
        let whole_group = group.is_none_or(|g| g == 3);
        if let Some(d) = digit(c) {
            ascii.push(d);
            group = group.map(|g| g.saturating_add(1));
        } else if matches!(c, '.' | ',' | '\u{66B}') && !fraction && whole_group {
            ascii.push('.');
            fraction = true;
            group = None;
        } else if (c == '\u{66C}' || c.is_whitespace())
            && !fraction
            && whole_group
            && ascii.ends_with(|last: char| last.is_ascii_digit())
        {
            group = Some(0);
        } else {
            return None;
        }
    }
    if group.is_some_and(|g| g != 3) {
        return None;
    }
    // Digits over a power of ten rather than `str::parse::<f64>`, whose exact algorithm ships a
    // 10 KB table in the wasm. Both are exact integers up to 15 digits, so the one division is
    // correctly rounded: "0.1" and "3.14159" read exactly as `parse` reads them.
    let (mut digits, mut scale, mut any) = (0.0_f64, 1.0_f64, false);
    let mut decimals = false;
    for b in ascii.bytes() {
        match b {
            b'.' => decimals = true,
            b'0'..=b'9' => {
                any = true;
                digits = digits * 10.0 + f64::from(b - b'0');
                if decimals {
                    scale *= 10.0;
                }
            }
            _ => {}
        }
    }
    let value = digits / scale;
    let value = if negative { -value } else { value };
    (any && value.is_finite()).then_some(value)
}
