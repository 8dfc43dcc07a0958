//! Lesson bodies: a small hand-written Markdown parser, a subset of CommonMark, that turns a
//! lesson's text into typed [`Block`]s and [`Inline`]s.
//!
//! This module owns the Markdown syntax Nour accepts, and nothing else: there is no HTML output,
//! the reader renders blocks through typed views, so raw HTML in a lesson is never interpreted.
//! It stays text; validation looks for it with [`prose_texts`] and checks targets with [`links`].
//!
//! Hand-written because the wasm must stay small (no regex, no Unicode tables). A typo in a
//! lesson must never hang or crash the reader, so nothing here panics (no unwrap, no unchecked
//! indexing, slices only at ASCII bytes, always char boundaries in UTF-8 text like Arabic or
//! Tifinagh), and every scan is linear or bounded: quotes and lists nest at most 16 deep (deeper
//! markers are text), emphasis at most 16 deep, images in links at most 4 deep.
//!
//! Supported: ATX and setext headings; paragraphs (a line break is a space, or a hard break
//! after two spaces or a backslash); `-`/`*`/`+` and `1.`/`1)` lists with nested blocks; quotes;
//! lazy continuation lines; fenced and indented code; thematic breaks; `*`/`_` emphasis with
//! CommonMark's flanking rules; code spans; inline links and images (`<...>` destinations and
//! titles accepted, titles dropped); `<http(s)://…>` and `<mailto:…>` autolinks; backslash
//! escapes. Tabs count as 4 columns (tab stops are approximate inside containers).
//! Not supported: reference links, raw HTML (kept as text), tables, entities (`&amp;` stays as
//! written, no decoding table to ship), tight/loose lists. One deliberate deviation: a `*` run
//! between two digits is text, so `2*3*4` stays arithmetic.

/// A block of a lesson body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// `#`..`######` ATX headings (and `===` / `---` setext headings). level 1..=6.
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    /// `-`, `*`, `+` bullets or `1.` / `1)` ordered lists; `start` is the first number (1 for bullets).
    List {
        ordered: bool,
        start: u32,
        items: Vec<Vec<Block>>,
    },
    /// Fenced code block with ``` or ~~~ (info string's first word = language, None if empty).
    /// Also 4-space indented code blocks (language None). Text kept verbatim, no trailing newline.
    Code {
        language: Option<String>,
        text: String,
    },
    Quote(Vec<Block>),
    /// `---`, `***`, `___` thematic break.
    Rule,
}

/// A span of text inside a heading or paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// `**x**` or `__x__`.
    Strong(Vec<Inline>),
    /// `*x*` or `_x_` (underscore only at word boundaries: snake_case stays text).
    Emphasis(Vec<Inline>),
    /// `` `x` `` or ``` ``x with ` inside`` ```, verbatim.
    Code(String),
    /// `[text](href)` and `<https://autolink>`.
    Link {
        href: String,
        content: Vec<Inline>,
    },
    /// `![alt](src)`; the alt is the plain text of the brackets' content.
    Image {
        src: String,
        alt: String,
    },
    /// Two trailing spaces or a backslash at line end inside a paragraph.
    LineBreak,
}

/// How deep quotes and lists may nest: bounds recursion, and copies of the text (see `blocks`).
const MAX_NEST: usize = 16;
/// How deep emphasis and links may nest in a paragraph: the views recurse on them too.
const MAX_INLINE: u8 = 16;
/// How deep images may nest in link text: `[![a](b)](c)` is 2.
const MAX_LINK_NEST: u8 = 4;
/// How many bytes after `]` a link's `(destination "title")` may span. Unbounded, text like
/// `[a](` repeated would rescan the rest of the paragraph at every `]`.
const MAX_TAIL: usize = 4096;

/// Parses a Markdown body into blocks. Never panics; unknown syntax becomes text.
pub fn parse(source: &str) -> Vec<Block> {
    // Handles LF and CRLF; a final newline ends the last line, it does not start an empty one.
    let source = source.strip_suffix('\n').unwrap_or(source);
    let lines: Vec<String> = source
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_owned())
        .collect();
    blocks(&lines, 0)
}

/// Every link href and image src in the blocks (for validation), in document order,
/// with a flag telling whether it is an image.
pub fn links(blocks: &[Block]) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    visit(blocks, &mut |inline| match inline {
        Inline::Link { href, .. } => out.push((href.as_str(), false)),
        Inline::Image { src, .. } => out.push((src.as_str(), true)),
        _ => {}
    });
    out
}

/// The text of every Inline::Text node outside code (for validation to look for raw HTML), one
/// entry per node, in document order. Image alts are included: HTML there is the same mistake.
pub fn prose_texts(blocks: &[Block]) -> Vec<&str> {
    let mut out = Vec::new();
    visit(blocks, &mut |inline| match inline {
        Inline::Text(text) => out.push(text.as_str()),
        Inline::Image { alt, .. } if !alt.is_empty() => out.push(alt.as_str()),
        _ => {}
    });
    out
}

/// Calls `f` on every inline, parents first. `dyn` keeps a single copy in the wasm.
fn visit<'a>(blocks: &'a [Block], f: &mut dyn FnMut(&'a Inline)) {
    fn inlines<'a>(list: &'a [Inline], f: &mut dyn FnMut(&'a Inline)) {
        for inline in list {
            f(inline);
            if let Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { content: c, .. } =
                inline
            {
                inlines(c, f);
            }
        }
    }
    for block in blocks {
        match block {
            Block::Heading { content, .. } | Block::Paragraph(content) => inlines(content, f),
            Block::List { items, .. } => items.iter().for_each(|item| visit(item, f)),
            Block::Quote(inner) => visit(inner, f),
            Block::Code { .. } | Block::Rule => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Blocks. A container (quote, list item) is parsed by collecting its lines without the `>` or
// the indentation, then parsing those lines one level deeper: with the nesting cap that is at
// most 16 copies of the text, and much less code than CommonMark's open-block tree.

fn blocks(lines: &[String], depth: usize) -> Vec<Block> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let (ind, rest) = (indent(line), trim(line));
        i += 1;
        if rest.is_empty() {
            // Blank lines only separate blocks.
        } else if ind >= 4 {
            let mut body = vec![strip_cols(line, 4)];
            while let Some(l) = lines.get(i).filter(|l| is_blank(l) || indent(l) >= 4) {
                body.push(strip_cols(l, 4));
                i += 1;
            }
            while body.last().is_some_and(|l| is_blank(l)) {
                body.pop();
            }
            out.push(Block::Code {
                language: None,
                text: body.join("\n"),
            });
        } else if let Some((fence, len, info)) = fence_open(rest) {
            // An unclosed fence runs to the end of its container, as in CommonMark.
            let mut body = Vec::new();
            while let Some(l) = lines.get(i) {
                i += 1;
                if indent(l) < 4 && fence_close(trim(l), fence, len) {
                    break;
                }
                body.push(strip_cols(l, ind));
            }
            let language = info.split_whitespace().next().map(str::to_owned);
            out.push(Block::Code {
                language,
                text: body.join("\n"),
            });
        } else if let Some((level, text)) = atx(rest) {
            out.push(Block::Heading {
                level,
                content: inlines(text),
            });
        } else if is_rule(rest) {
            out.push(Block::Rule);
        } else if depth < MAX_NEST && rest.starts_with('>') {
            let (inner, next) = gather(lines, i - 1, depth, Vec::new(), &unquote);
            out.push(Block::Quote(blocks(&inner, depth + 1)));
            i = next;
        } else if let Some(marker) = marker(line).filter(|_| depth < MAX_NEST) {
            let (list, next) = list(lines, i - 1, marker, depth);
            out.push(list);
            i = next;
        } else {
            // Line breaks stay until the inline pass, which makes them spaces or hard breaks.
            let (mut text, mut level) = (rest.to_owned(), 0);
            while let Some(l) = lines.get(i) {
                let underline = setext(l);
                if underline.is_none() && interrupts(l, depth, false) {
                    break;
                }
                i += 1;
                if let Some(underline) = underline {
                    level = underline;
                    break;
                }
                text.push('\n');
                text.push_str(trim(l));
            }
            let content = inlines(text.trim_end());
            out.push(if level > 0 {
                Block::Heading { level, content }
            } else {
                Block::Paragraph(content)
            });
        }
    }
    out
}

/// Collects a container's lines from `lines[i]` on, after the `inner` it already has: `strip`
/// gives a line's content while the container goes on; otherwise only a lazy line (paragraph
/// continuation without the `>` or indentation) is taken. Returns them and the next index.
fn gather(
    lines: &[String],
    mut i: usize,
    depth: usize,
    mut inner: Vec<String>,
    strip: &dyn Fn(&str) -> Option<String>,
) -> (Vec<String>, usize) {
    let mut fence = None;
    let mut lazy = inner
        .iter()
        .fold(false, |lazy, l| continues(l, &mut fence, lazy));
    while let Some(l) = lines.get(i) {
        let line = match strip(l) {
            Some(line) => line,
            None if lazy && !interrupts(l, depth, true) => lazy_line(trim(l), depth),
            None => break,
        };
        lazy = continues(&line, &mut fence, lazy);
        inner.push(line);
        i += 1;
    }
    while inner.last().is_some_and(|l| is_blank(l)) {
        inner.pop();
    }
    (inner, i)
}

/// A quote line's content, without its `>` and the optional space after it.
fn unquote(line: &str) -> Option<String> {
    let ind = indent(line);
    let after = trim(line).strip_prefix('>').filter(|_| ind < 4)?;
    Some(match after.strip_prefix('\t') {
        // The tab stands for the spaces up to the next tab stop, minus the optional one.
        Some(tail) => " ".repeat(3 - (ind + 1) % 4) + tail,
        None => after.strip_prefix(' ').unwrap_or(after).to_owned(),
    })
}

/// Parses the list whose first item marker is on `lines[i]`; returns it and the next index.
fn list(lines: &[String], mut i: usize, first: Marker<'_>, depth: usize) -> (Block, usize) {
    let (ordered, kind, start) = (first.ordered, first.kind, first.start);
    let mut items = Vec::new();
    let mut item = first;
    loop {
        let width = item.width;
        let strip = |l: &str| {
            if is_blank(l) {
                Some(String::new())
            } else {
                (indent(l) >= width).then(|| strip_cols(l, width))
            }
        };
        let text = " ".repeat(item.pad) + item.text;
        // An item may start with one blank line, not two: "-\n\n  x" is an empty item.
        let (inner, next) = if text.is_empty() && lines.get(i + 1).is_some_and(|l| is_blank(l)) {
            (Vec::new(), i + 1)
        } else {
            gather(lines, i + 1, depth, vec![text], &strip)
        };
        items.push(blocks(&inner, depth + 1));
        i = next;
        while lines.get(i).is_some_and(|l| is_blank(l)) {
            i += 1;
        }
        // The list goes on only with a marker of the same kind (`-` vs `*`, `.` vs `)`).
        match lines
            .get(i)
            .filter(|l| !is_rule(trim(l)))
            .and_then(|l| marker(l))
        {
            Some(next) if next.ordered == ordered && next.kind == kind => item = next,
            _ => break,
        }
    }
    (
        Block::List {
            ordered,
            start,
            items,
        },
        i,
    )
}

/// A list item's marker line.
struct Marker<'a> {
    ordered: bool,
    /// The bullet, or the `.` / `)` after the number.
    kind: u8,
    start: u32,
    /// The column where the content starts: the item's next lines must be indented that much.
    width: usize,
    /// The item's first line: `pad` spaces (indented code) then `text`.
    pad: usize,
    text: &'a str,
}

fn marker(line: &str) -> Option<Marker<'_>> {
    let (ind, rest) = (indent(line), trim(line));
    let bytes = rest.as_bytes();
    // At most 9 digits, as in CommonMark: the number always fits a u32.
    let digits = bytes
        .iter()
        .take(10)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let (ordered, kind) = match (digits, bytes.get(digits)) {
        (0, Some(&c @ (b'-' | b'*' | b'+'))) => (false, c),
        (1..=9, Some(&c @ (b'.' | b')'))) => (true, c),
        _ => return None,
    };
    let start = if ordered {
        rest.get(..digits)?.parse().ok()?
    } else {
        1
    };
    let after = rest.get(digits + 1..)?;
    if ind >= 4 || !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let (col0, text) = (ind + digits + 1, trim(after));
    let spaces = cols(col0, after) - col0;
    let (width, pad) = match (text.is_empty(), spaces >= 5) {
        (true, _) => (col0 + 1, 0),
        // Five spaces or more: the item starts with indented code, one space is the marker's.
        (false, true) => (col0 + 1, spaces - 1),
        (false, false) => (col0 + spaces, 0),
    };
    Some(Marker {
        ordered,
        kind,
        start,
        width,
        pad,
        text,
    })
}

/// Whether `line` ends a paragraph. A `lazy` line (one without its container's `>` or
/// indentation) continues one only if it starts no block at all; other lines may continue it
/// with an empty item or one not numbered 1, as in CommonMark: "en\n2024. …" is no list.
fn interrupts(line: &str, depth: usize, lazy: bool) -> bool {
    let rest = trim(line);
    if rest.is_empty() || indent(line) >= 4 {
        return rest.is_empty();
    }
    fence_open(rest).is_some()
        || atx(rest).is_some()
        || is_rule(rest)
        || depth < MAX_NEST
            && (rest.starts_with('>')
                || marker(line)
                    .is_some_and(|m| lazy || !m.text.is_empty() && (!m.ordered || m.start == 1)))
}

/// Tracks, line by line in a container, whether a lazy line after `line` would continue an open
/// paragraph; `before` is the answer for the line before, `fence` the open fence if any.
fn continues(line: &str, fence: &mut Option<(u8, usize)>, before: bool) -> bool {
    if let Some((c, n)) = *fence {
        *fence = fence.filter(|_| indent(line) >= 4 || !fence_close(trim(line), c, n));
        return false;
    }
    if indent(line) >= 4 && !is_blank(line) {
        return before;
    }
    // Look through the markers of containers opened on this line: "- > text" opens a
    // paragraph, "- >" does not.
    let mut line = line;
    for _ in 0..=MAX_NEST {
        let rest = trim(line);
        *fence = fence_open(rest).map(|(c, n, _)| (c, n));
        if rest.is_empty()
            || indent(line) >= 4
            || fence.is_some()
            || atx(rest).is_some()
            || is_rule(rest)
        {
            return false;
        }
        line = match (rest.strip_prefix('>'), marker(line)) {
            (Some(after), _) => after.strip_prefix(' ').unwrap_or(after),
            (None, Some(m)) if m.pad == 0 => m.text,
            (None, Some(_)) => return false, // indented code
            (None, None) => return true,
        };
    }
    true
}

/// A lazy line is paragraph text: if, without its container, it would start a block or
/// underline a setext heading, its marker gets a backslash.
fn lazy_line(rest: &str, depth: usize) -> String {
    if !interrupts(rest, depth, true) && setext(rest).is_none() {
        return rest.to_owned();
    }
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    [rest.get(..n).unwrap_or(""), rest.get(n..).unwrap_or("")].join("\\")
}

fn fence_open(rest: &str) -> Option<(u8, usize, &str)> {
    let Some(&c @ (b'`' | b'~')) = rest.as_bytes().first() else {
        return None;
    };
    let n = rest.bytes().take_while(|&x| x == c).count();
    let info = trim(rest.get(n..)?).trim_end_matches([' ', '\t']);
    // A backtick in the info string would make "```a``` b" an inline code span instead.
    (n >= 3 && !(c == b'`' && info.contains('`'))).then_some((c, n, info))
}

fn fence_close(rest: &str, c: u8, len: usize) -> bool {
    let n = rest.bytes().take_while(|&x| x == c).count();
    n >= len && rest.get(n..).is_some_and(|r| trim(r).is_empty())
}

fn atx(rest: &str) -> Option<(u8, &str)> {
    let level = rest.bytes().take(7).take_while(|&c| c == b'#').count();
    let after = rest.get(level..)?;
    if level == 0 || level > 6 || !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let text = trim(after).trim_end_matches([' ', '\t']);
    // An optional closing run of `#` goes, but only after a space: "C#" keeps its `#`.
    let open = text.trim_end_matches('#');
    let closed = open.is_empty() || open.ends_with([' ', '\t']);
    Some((
        u8::try_from(level).ok()?,
        if closed {
            open.trim_end_matches([' ', '\t'])
        } else {
            text
        },
    ))
}

fn is_rule(rest: &str) -> bool {
    let Some(&c @ (b'-' | b'*' | b'_')) = rest.as_bytes().first() else {
        return false;
    };
    rest.bytes().all(|x| x == c || x == b' ' || x == b'\t')
        && rest.bytes().filter(|&x| x == c).count() >= 3
}

/// The heading level a setext underline (`===` or `---`) gives the paragraph above it.
fn setext(line: &str) -> Option<u8> {
    let rest = trim(line).trim_end_matches([' ', '\t']);
    let Some(&c @ (b'=' | b'-')) = rest.as_bytes().first() else {
        return None;
    };
    (indent(line) < 4 && rest.bytes().all(|x| x == c)).then_some(if c == b'=' { 1 } else { 2 })
}

/// The column after the leading whitespace of `s`, which starts at column `from`; a tab goes to
/// the next multiple of 4.
fn cols(from: usize, s: &str) -> usize {
    let ws = s.bytes().take_while(|&c| c == b' ' || c == b'\t');
    ws.fold(from, |col, c| {
        if c == b'\t' {
            col + 4 - col % 4
        } else {
            col + 1
        }
    })
}

fn indent(line: &str) -> usize {
    cols(0, line)
}

/// `line` without up to `n` columns of leading whitespace; a tab straddling column `n` leaves
/// the spaces it stood for beyond it.
fn strip_cols(line: &str, n: usize) -> String {
    let mut col = 0;
    for (i, c) in line.bytes().enumerate() {
        if col >= n || (c != b' ' && c != b'\t') {
            return line.get(i..).unwrap_or("").to_owned();
        }
        col = cols(col, if c == b' ' { " " } else { "\t" });
        if col > n {
            return " ".repeat(col - n) + line.get(i + 1..).unwrap_or("");
        }
    }
    String::new()
}

fn trim(line: &str) -> &str {
    line.get(
        line.bytes()
            .take_while(|&c| c == b' ' || c == b'\t')
            .count()..,
    )
    .unwrap_or("")
}

fn is_blank(line: &str) -> bool {
    trim(line).is_empty()
}

// ---------------------------------------------------------------------------------------------
// Inlines, in two passes as in CommonMark. `scan` reads the text left to right into tokens:
// finished nodes (text, code spans, autolinks, breaks), `*`/`_` delimiter runs, and links,
// which it resolves when their `]` comes, so that their text cannot pair emphasis with the
// outside. `resolve` then pairs delimiter runs with a stack of openers.

enum Tok {
    /// A finished inline and how deeply nested it is.
    Node(Inline, u8),
    /// A `[` (false) or `![` (true) still waiting for its `]`; text if it never finds one.
    Open(bool),
    /// A run of `n` `*` or `_` still unpaired, out of `orig`, and whether it may open or close.
    Delim {
        ch: u8,
        n: usize,
        orig: usize,
        open: bool,
        close: bool,
    },
    /// A link or image whose content still has its delimiter runs to pair.
    Link {
        href: String,
        image: bool,
        content: Vec<Tok>,
    },
}

fn inlines(text: &str) -> Vec<Inline> {
    resolve(scan(text), MAX_INLINE).0
}

/// An open bracket: where its `Open` token is, and how deep the links inside it nest.
struct Bracket {
    at: usize,
    image: bool,
    inner: u8,
}

fn scan(src: &str) -> Vec<Tok> {
    let b = src.as_bytes();
    let mut toks = Vec::new();
    let mut brackets: Vec<Bracket> = Vec::new();
    // Brackets below this index cannot make links any more: CommonMark has no links in links.
    let mut inactive = 0;
    let mut no_closer = Vec::new(); // see `code_close`
    let (mut i, mut start) = (0, 0);
    while let Some(&c) = b.get(i) {
        if !matches!(
            c,
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'!' | b'<' | b'\n'
        ) {
            i += 1;
            continue;
        }
        // `i` is at an ASCII byte, so every slice here is on a char boundary. The character at
        // `i` stays pending text unless an arm below makes it syntax and moves `start`.
        push_text(&mut toks, src.get(start..i).unwrap_or(""));
        start = i;
        // Only runs of `` ` ``, `*` and `_` mean something; counting others would be quadratic.
        let run = match c {
            b'`' | b'*' | b'_' => b
                .get(i..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&x| x == c)
                .count(),
            _ => 1,
        };
        match c {
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                toks.push(Tok::Node(Inline::LineBreak, 0));
                i = skip_spaces(b, i + 2);
                start = i;
            }
            // Escaped punctuation is text: it starts the pending text, past its backslash.
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                (i, start) = (i + 2, i + 1)
            }
            b'\n' => {
                // Two trailing spaces make a hard break; other line breaks are a space.
                let hard = match toks.last_mut() {
                    Some(Tok::Node(Inline::Text(t), _)) => {
                        let kept = t.trim_end_matches(' ').len();
                        let hard = t.len() - kept >= 2;
                        t.truncate(kept);
                        hard
                    }
                    _ => false,
                };
                toks.push(Tok::Node(
                    if hard {
                        Inline::LineBreak
                    } else {
                        Inline::Text(" ".into())
                    },
                    0,
                ));
                i = skip_spaces(b, i + 1);
                start = i;
            }
            b'`' => match code_close(b, i + run, run, &mut no_closer) {
                Some(end) => {
                    // One space goes from each side when both have one, so that a span can
                    // start or end with a backtick.
                    let code = src.get(i + run..end).unwrap_or("").replace('\n', " ");
                    let inner = code.strip_prefix(' ').and_then(|c| c.strip_suffix(' '));
                    let inner = inner
                        .filter(|_| code.bytes().any(|x| x != b' '))
                        .map(str::to_owned);
                    toks.push(Tok::Node(Inline::Code(inner.unwrap_or(code)), 0));
                    (i, start) = (end + run, end + run);
                }
                None => i += run,
            },
            b'*' | b'_' => {
                toks.push(delim(src, i, c, run));
                (i, start) = (i + run, i + run);
            }
            b'[' | b'!' if c == b'[' || b.get(i + 1) == Some(&b'[') => {
                let image = c == b'!';
                brackets.push(Bracket {
                    at: toks.len(),
                    image,
                    inner: 0,
                });
                toks.push(Tok::Open(image));
                i += 1 + usize::from(image);
                start = i;
            }
            b']' if let Some(br) = brackets.pop() => {
                let active = br.image || brackets.len() >= inactive;
                inactive = inactive.min(brackets.len());
                let tail = link_tail(src, i + 1).filter(|_| active && br.inner < MAX_LINK_NEST);
                let mut inner = br.inner;
                i += 1;
                if let Some((href, end)) = tail.filter(|_| br.at < toks.len()) {
                    let content = toks.split_off(br.at + 1);
                    toks.truncate(br.at);
                    toks.push(Tok::Link {
                        href,
                        image: br.image,
                        content,
                    });
                    if !br.image {
                        inactive = brackets.len();
                    }
                    (i, start, inner) = (end, end, inner + 1);
                }
                if let Some(top) = brackets.last_mut() {
                    top.inner = top.inner.max(inner);
                }
            }
            b'<' if let Some((url, end)) = autolink(src, i) => {
                let content = vec![Inline::Text(url.to_owned())];
                toks.push(Tok::Node(
                    Inline::Link {
                        href: url.to_owned(),
                        content,
                    },
                    1,
                ));
                (i, start) = (end, end);
            }
            _ => i += 1,
        }
    }
    push_text(&mut toks, src.get(start..).unwrap_or(""));
    toks
}

fn push_text(toks: &mut Vec<Tok>, s: &str) {
    if s.is_empty() {
        return;
    }
    match toks.last_mut() {
        Some(Tok::Node(Inline::Text(t), _)) => t.push_str(s),
        _ => toks.push(Tok::Node(Inline::Text(s.to_owned()), 0)),
    }
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}

/// Where the backtick run of exactly `len` that closes a code span starts, from `from` on.
/// `no_closer` keeps the lengths that have no closing run left, so that "` `` ``` ````…" is
/// not searched again and again, which would be quadratic.
fn code_close(b: &[u8], mut from: usize, len: usize, no_closer: &mut Vec<usize>) -> Option<usize> {
    while !no_closer.contains(&len) {
        let Some(at) = b
            .get(from..)
            .and_then(|r| r.iter().position(|&x| x == b'`'))
        else {
            no_closer.push(len);
            break;
        };
        let n = b
            .get(from + at..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&x| x == b'`')
            .count();
        if n == len {
            return Some(from + at);
        }
        from += at + n;
    }
    None
}

/// The `*` or `_` run of `n` at `i`, with CommonMark's left/right-flanking rules.
fn delim(src: &str, i: usize, ch: u8, n: usize) -> Tok {
    let before = src
        .get(..i)
        .and_then(|s| s.chars().next_back())
        .unwrap_or(' ');
    let after = src
        .get(i + n..)
        .and_then(|s| s.chars().next())
        .unwrap_or(' ');
    let (ws_b, ws_a) = (before.is_whitespace(), after.is_whitespace());
    let (p_b, p_a) = (is_punct(before), is_punct(after));
    let left = !ws_a && (!p_a || ws_b || p_b);
    let right = !ws_b && (!p_b || ws_a || p_a);
    let (open, close) = if ch == b'*' {
        // Between digits a `*` is a multiplication sign, not emphasis.
        let digits = before.is_ascii_digit() && after.is_ascii_digit();
        (left && !digits, right && !digits)
    } else {
        // `_` only opens/closes at word boundaries, so snake_case stays text.
        (left && (!right || p_b), right && (!left || p_a))
    };
    if open || close {
        Tok::Delim {
            ch,
            n,
            orig: n,
            open,
            close,
        }
    } else {
        Tok::Node(Inline::Text(char::from(ch).to_string().repeat(n)), 0)
    }
}

/// ASCII punctuation plus the non-ASCII marks common in French and Arabic lessons (std has no
/// Unicode category table, and we do not want to ship one).
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || "«»‹›…–—‘’‚“”„·¡¿،؛؟٪".contains(c)
}

/// Parses `(destination "optional title")` starting at `i`; returns the destination and the
/// index after the `)`.
fn link_tail(src: &str, i: usize) -> Option<(String, usize)> {
    let b = src.as_bytes();
    if b.get(i) != Some(&b'(') {
        return None;
    }
    let limit = b.len().min(i + MAX_TAIL);
    let ws = |mut j: usize| {
        while j < limit && matches!(b.get(j), Some(b' ' | b'\t' | b'\n')) {
            j += 1;
        }
        j
    };
    let mut j = ws(i + 1);
    let (from, to, next) = if b.get(j) == Some(&b'<') {
        let end = closing(b, j + 1, b'>', limit)?;
        (j + 1, end, end + 1)
    } else {
        // A bare destination ends at whitespace or at the `)` that balances its parentheses.
        let (mut k, mut depth) = (j, 0u8);
        while k < limit {
            match b.get(k).copied().unwrap_or(b' ') {
                b'\\' if b.get(k + 1).is_some_and(u8::is_ascii_punctuation) => k += 1,
                c if c <= b' ' => break,
                b'(' if depth >= 32 => return None,
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                _ => {}
            }
            k += 1;
        }
        (j, k, k)
    };
    let href = unescape(src.get(from..to)?.trim());
    j = ws(next);
    if j > next
        && let Some(&q @ (b'"' | b'\'' | b'(')) = b.get(j)
    {
        // The title is dropped: the views have nowhere to show it.
        j = ws(closing(b, j + 1, if q == b'(' { b')' } else { q }, limit)? + 1);
    }
    (j < limit && b.get(j) == Some(&b')')).then_some((href, j + 1))
}

/// The index of `close` at or after `j` (skipping backslash escapes), before `limit` and on the
/// same paragraph line for `>`.
fn closing(b: &[u8], mut j: usize, close: u8, limit: usize) -> Option<usize> {
    while j < limit {
        match *b.get(j)? {
            c if c == close => return Some(j),
            b'\\' => j += 1,
            b'\n' | b'<' if close == b'>' => return None,
            _ => {}
        }
        j += 1;
    }
    None
}

/// Removes the backslash of escaped ASCII punctuation.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&p) if c == '\\' && p.is_ascii_punctuation() => {}
            _ => out.push(c),
        }
    }
    out
}

/// `<scheme:...>` at `i` for the schemes lessons may link to: the URL and the index after `>`.
fn autolink(src: &str, i: usize) -> Option<(&str, usize)> {
    let rest = src.get(i + 1..)?;
    let known = ["http://", "https://", "mailto:"].iter().any(|s| {
        rest.get(..s.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(s))
    });
    if !known {
        return None;
    }
    let len = rest
        .bytes()
        .position(|c| c == b'>' || c == b'<' || c <= b' ')?;
    (rest.as_bytes().get(len) == Some(&b'>')).then(|| (rest.get(..len).unwrap_or(""), i + len + 2))
}

/// Pairs delimiter runs into Strong/Emphasis (CommonMark's "process emphasis", left to right
/// with a stack of openers) and returns the inlines with their nesting depth. Emphasis deeper
/// than `limit` is left as literal delimiters.
fn resolve(toks: Vec<Tok>, limit: u8) -> (Vec<Inline>, u8) {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut stack: Vec<usize> = Vec::new(); // indexes in `out` of runs that may open
    // Per kind of closer, the stack height below which no opener matches it: a closer that found
    // nothing does not search the same openers again, which keeps this linear.
    let mut bottom = [0usize; 12];
    for tok in toks {
        let tok = match tok {
            Tok::Link {
                href,
                image,
                content,
            } => {
                let (node, depth) = link_node(href, image, content, limit);
                Tok::Node(node, depth)
            }
            Tok::Open(image) => Tok::Node(Inline::Text(open_text(image).to_owned()), 0),
            tok => tok,
        };
        let Tok::Delim {
            ch,
            mut n,
            orig,
            open,
            close,
        } = tok
        else {
            out.push(tok);
            continue;
        };
        let key = usize::from(ch == b'_') * 6 + usize::from(open) * 3 + orig % 3;
        while close && n > 0 {
            let floor = bottom.get(key).copied().unwrap_or(0);
            let found = (floor..stack.len()).rev().find_map(|p| {
                let oi = *stack.get(p)?;
                matches!(out.get(oi), Some(&Tok::Delim { ch: c, orig: o, close: both, .. })
                    if c == ch && !((both || open) && (o + orig) % 3 == 0 && (o % 3 != 0 || orig % 3 != 0)))
                .then_some((p, oi))
            });
            let Some((p, oi)) = found else {
                if let Some(b) = bottom.get_mut(key) {
                    *b = stack.len();
                }
                break;
            };
            let depth = out
                .get(oi + 1..)
                .unwrap_or(&[])
                .iter()
                .map(depth_of)
                .max()
                .unwrap_or(0)
                + 1;
            // Runs between the pair can no longer open anything. Too deep: no opener below can
            // pair either, as its content would hold this one's, so all become text.
            stack.truncate(if depth > limit { 0 } else { p + 1 });
            bottom.iter_mut().for_each(|b| *b = (*b).min(stack.len()));
            if depth > limit {
                break;
            }
            let Some(Tok::Delim { n: left, .. }) = out.get_mut(oi) else {
                break;
            };
            // Strong first, so `***x***` is Emphasis(Strong(x)).
            let used = if *left >= 2 && n >= 2 { 2 } else { 1 };
            *left -= used;
            n -= used;
            let emptied = *left == 0;
            let inner = flatten(out.split_off(oi + 1));
            if emptied {
                out.pop();
                stack.pop();
                bottom.iter_mut().for_each(|b| *b = (*b).min(stack.len()));
            }
            out.push(Tok::Node(
                if used == 2 {
                    Inline::Strong(inner)
                } else {
                    Inline::Emphasis(inner)
                },
                depth,
            ));
        }
        if n > 0 {
            if open {
                stack.push(out.len());
            }
            out.push(Tok::Delim {
                ch,
                n,
                orig,
                open,
                close,
            });
        }
    }
    let depth = out.iter().map(depth_of).max().unwrap_or(0);
    (flatten(out), depth)
}

fn link_node(href: String, image: bool, content: Vec<Tok>, limit: u8) -> (Inline, u8) {
    let (content, depth) = resolve(content, limit.saturating_sub(1));
    let node = if image {
        let mut alt = String::new();
        plain(&content, &mut alt);
        Inline::Image { src: href, alt }
    } else {
        Inline::Link { href, content }
    };
    (node, depth.saturating_add(1))
}

fn open_text(image: bool) -> &'static str {
    if image { "![" } else { "[" }
}

fn depth_of(tok: &Tok) -> u8 {
    if let Tok::Node(_, depth) = tok {
        *depth
    } else {
        0
    }
}

/// Resolved tokens as inlines: unmatched delimiters and brackets become text, and adjacent
/// texts merge.
fn flatten(toks: Vec<Tok>) -> Vec<Inline> {
    let mut out = Vec::with_capacity(toks.len());
    for tok in toks {
        let node = match tok {
            Tok::Node(node, _) => node,
            Tok::Delim { ch, n, .. } => Inline::Text(char::from(ch).to_string().repeat(n)),
            Tok::Open(image) => Inline::Text(open_text(image).to_owned()),
            Tok::Link {
                href,
                image,
                content,
            } => link_node(href, image, content, 0).0,
        };
        match (out.last_mut(), node) {
            (_, Inline::Text(s)) if s.is_empty() => {}
            (Some(Inline::Text(t)), Inline::Text(s)) => t.push_str(&s),
            (_, node) => out.push(node),
        }
    }
    out
}

/// The plain text of inlines, for an image's alt.
fn plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(s) | Inline::Code(s) => out.push_str(s),
            Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { content: c, .. } => {
                plain(c, out)
            }
            Inline::Image { alt, .. } => out.push_str(alt),
            Inline::LineBreak => out.push(' '),
        }
    }
}
