//! `nour-bundle import-gift`: Moodle's GIFT question format to Nour assessments.
//!
//! The reading follows Moodle's own importer (`question/format/gift`), question by question:
//! questions are separated by blank lines, `//` lines are comments, `$CATEGORY:` starts a new
//! assessment, `::title::` names a question, `[html]`/`[markdown]`/`[plain]`/`[moodle]` set the
//! text format, and the answer block `{…}` decides the type. Every question that cannot be
//! mapped exactly is reported with its line and left out; nothing is dropped silently.
//!
//! Mapping decisions (the trainer guide repeats them):
//! - `{=a ~b ~%50%c}` → single choice (one `=`; `~%n%` gives partial credit). No `=` but
//!   `~%n%` weights → multiple choice, the positive weights being the right choices; they must
//!   add up to 100 %. Decimal weights (`%33.33333%`) are rounded to whole percents.
//! - `{T}`/`{FALSE}` (any case) → true/false. GIFT's first `#feedback` is for a wrong answer and
//!   the second for a right one, so they land on `feedback_true`/`feedback_false` by the answer.
//! - `{=a =%50%b}` → short text; `{#…}` → numeric (`v:tol`, `min..max`, several `=` answers,
//!   `~#feedback` → the item's `feedback_wrong`); `{=a -> b …}` → matching (at least 3 pairs);
//!   `{}` → open answer with no rubric; `####text` → the item's `explanation`.
//! - Missing word (text after the block): a plain choice block becomes a fill-in-the-blanks gap
//!   with options, a plain short-answer block a gap without options. When the block carries
//!   per-answer feedback or partial credit (which gaps cannot hold), or is of another type, the
//!   question keeps its type and the blank is written into the prompt as `_____`, which is what
//!   Moodle itself shows.
//! - Not mappable, reported: descriptions (no answer block: Nour has no description items),
//!   matching distractors (`= -> extra`), numeric or short answers worth 0 % or less, negative
//!   credit in a single choice, several full-credit answers in a single choice, images, tables,
//!   media and form controls in HTML, raw HTML in `[markdown]` text.
//! - Text: prompts, feedback and explanations are Markdown. `[markdown]` text is kept as is.
//!   `[plain]` text is escaped so it shows literally. `[html]` and `[moodle]` (Moodle's default)
//!   text is converted: `<p>`, `<br>`, `<b>`/`<strong>`, `<i>`/`<em>`, `<code>`, `<pre>`, lists
//!   and safe links become Markdown, entities are decoded, wrappers such as `<span>` or `<u>`
//!   are dropped with a note. Anything that still looks like a tag (`<p>` written as `&lt;p&gt;`)
//!   becomes inline code, so no raw HTML ever reaches a bundle. Choices, matching sides, gap
//!   options and accepted answers are plain text: formatting there is dropped with a note.

use std::collections::{BTreeMap, BTreeSet};

use nour::core::markdown::{self, Block as MdBlock, Inline as MdInline};
use nour::core::model::{
    Assessment, AssessmentKind, Choice, Deferred, Gap, Interaction, Item, LocalizedText,
    NumericAnswer, TextAnswer,
};
use nour::core::validate::{MAX_BODY_BYTES, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, is_id};

/// Entries of a choice list or a matching side, answers of an item (as validation allows).
const MAX_ENTRIES: usize = 50;
/// Stands for the blank of a missing-word question while its text is converted.
const SENTINEL: char = '\u{E000}';
const BLANK_MARKDOWN: &str = "\\_\\_\\_\\_\\_";

// ---------------------------------------------------------------------------------------------
// What an import gives back: assessments and a report, shared with the Aiken importer.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// A question that could not be imported.
    Skipped,
    /// A problem with the file that is not one question.
    Error,
    /// Imported, with a change worth knowing about.
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// 1-based line in the source file.
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.severity {
            Severity::Skipped => write!(f, "error: {} (question not imported)", self.message),
            Severity::Error => write!(f, "error: {}", self.message),
            Severity::Note => write!(f, "note: {}", self.message),
        }
    }
}

pub struct Options {
    /// The language every text is written in.
    pub lang: String,
    pub kind: AssessmentKind,
    /// Id of the assessment for questions before any `$CATEGORY:` (a valid id).
    pub id: String,
    /// Its title.
    pub title: String,
}

pub struct Outcome {
    pub assessments: Vec<Assessment>,
    /// Sorted by line.
    pub reports: Vec<Report>,
    /// Questions imported as items.
    pub imported: usize,
}

impl Outcome {
    /// Questions reported and left out.
    pub fn skipped(&self) -> usize {
        self.reports
            .iter()
            .filter(|r| r.severity == Severity::Skipped)
            .count()
    }

    /// Whether anything was not imported (exit status 1).
    pub fn failed(&self) -> bool {
        self.reports.iter().any(|r| r.severity != Severity::Note)
    }
}

/// A problem that stops one question, at a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

pub fn problem(line: usize, message: impl Into<String>) -> Problem {
    Problem {
        line,
        message: message.into(),
    }
}

/// Gathers items into assessments, gives them ids, and keeps the report.
pub struct Collector<'a> {
    options: &'a Options,
    groups: Vec<Group>,
    current: usize,
    reports: Vec<Report>,
    imported: usize,
    questions: usize,
}

struct Group {
    /// The full `$CATEGORY:` path; `None` for questions before any category.
    category: Option<String>,
    title: String,
    /// Each item with its title's id (when it makes one) and its position.
    items: Vec<(Item, Option<String>, usize)>,
    /// Questions seen in this group, imported or not: `q<n>` ids stay put when one is fixed.
    position: usize,
}

impl<'a> Collector<'a> {
    pub fn new(options: &'a Options) -> Self {
        Collector {
            options,
            groups: vec![Group::new(None, options.title.clone())],
            current: 0,
            reports: Vec::new(),
            imported: 0,
            questions: 0,
        }
    }

    /// Questions that follow go into the assessment of this category (merged when repeated).
    pub fn category(&mut self, line: usize, path: &str) {
        let Some(title) = category_title(path) else {
            self.note(
                line,
                format!(
                    "empty $CATEGORY: the questions that follow go into assessment {:?}",
                    self.options.id
                ),
            );
            self.current = 0;
            return;
        };
        let key = path.trim().to_owned();
        self.current = match self
            .groups
            .iter()
            .position(|g| g.category.as_deref() == Some(key.as_str()))
        {
            Some(index) => index,
            None => {
                self.groups.push(Group::new(Some(key), title));
                self.groups.len() - 1
            }
        };
    }

    /// One question of the current assessment: its item (id not yet set) and notes, or why not.
    pub fn question(
        &mut self,
        line: usize,
        title: Option<&str>,
        result: Result<(Item, Vec<String>), Problem>,
    ) {
        self.questions += 1;
        let group = &mut self.groups[self.current];
        group.position += 1;
        match result {
            Ok((item, notes)) => {
                let titled = title.map(slug).filter(|s| is_id(s));
                group.items.push((item, titled, group.position));
                self.imported += 1;
                for message in notes {
                    self.note(line, message);
                }
            }
            Err(p) => self.reports.push(Report {
                line: p.line,
                severity: Severity::Skipped,
                message: p.message,
            }),
        }
    }

    pub fn note(&mut self, line: usize, message: impl Into<String>) {
        self.reports.push(Report {
            line,
            severity: Severity::Note,
            message: message.into(),
        });
    }

    pub fn finish(mut self) -> Outcome {
        if self.questions == 0 {
            self.reports.push(Report {
                line: 1,
                severity: Severity::Error,
                message: "no question found in the file".into(),
            });
        }
        let lang = &self.options.lang;
        let mut used = BTreeSet::new();
        let mut assessments = Vec::new();
        for (index, group) in self.groups.into_iter().enumerate() {
            if group.items.is_empty() {
                continue;
            }
            let base = match &group.category {
                None => self.options.id.clone(),
                Some(_) => Some(slug(&group.title))
                    .filter(|s| is_id(s))
                    .unwrap_or_else(|| with_suffix(&self.options.id, &format!("-{index}"))),
            };
            let id = unique(&base, &used);
            used.insert(id.clone());
            let mut title = group.title;
            if title.chars().count() > MAX_TITLE_CHARS {
                title = title.chars().take(MAX_TITLE_CHARS - 1).collect::<String>() + "…";
            }
            assessments.push(Assessment {
                id,
                kind: self.options.kind,
                title: text_in(lang, &title),
                intro: LocalizedText::default(),
                mastery: None,
                shuffle: false,
                draw: None,
                items: item_ids(group.items),
            });
        }
        self.reports
            .sort_by_key(|r| (r.line, r.severity != Severity::Skipped));
        Outcome {
            assessments,
            reports: self.reports,
            imported: self.imported,
        }
    }
}

/// Items with their ids: from their titles first, so that a titled question keeps its id
/// whatever the untitled ones around it; then `q<position>`. Made unique with `-2`, `-3`…
fn item_ids(items: Vec<(Item, Option<String>, usize)>) -> Vec<Item> {
    let mut used = BTreeSet::new();
    let mut ids = vec![String::new(); items.len()];
    for (k, (_, titled, _)) in items.iter().enumerate() {
        if let Some(base) = titled {
            ids[k] = unique(base, &used);
            used.insert(ids[k].clone());
        }
    }
    for (k, (_, titled, position)) in items.iter().enumerate() {
        if titled.is_none() {
            ids[k] = unique(&format!("q{position}"), &used);
            used.insert(ids[k].clone());
        }
    }
    items
        .into_iter()
        .zip(ids)
        .map(|((mut item, _, _), id)| {
            item.id = id;
            item
        })
        .collect()
}

impl Group {
    fn new(category: Option<String>, title: String) -> Self {
        Group {
            category,
            title,
            items: Vec::new(),
            position: 0,
        }
    }
}

/// The last segment of a Moodle category path (`$course$/top/Quiz 1` → `Quiz 1`); `//` in a
/// path is a slash inside a name.
fn category_title(path: &str) -> Option<String> {
    let protected = path.replace("//", "\u{E001}");
    protected
        .split('/')
        .map(|segment| segment.replace('\u{E001}', "/").trim().to_owned())
        .rfind(|segment| !segment.is_empty())
}

/// `base`, or `base-2`, `base-3`… if taken; always a valid id of at most 64 bytes.
fn unique(base: &str, used: &BTreeSet<String>) -> String {
    if !used.contains(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| with_suffix(base, &format!("-{n}")))
        .find(|id| !used.contains(id))
        .unwrap_or_default()
}

fn with_suffix(base: &str, suffix: &str) -> String {
    let keep = 64 - suffix.len();
    let head = base.get(..keep.min(base.len())).unwrap_or(base);
    format!("{}{suffix}", head.trim_end_matches('-'))
}

/// An id from a title: lowercase ASCII letters and digits, accents folded, other runs of
/// characters as one `-`, at most 64 bytes. May be invalid (too short, Arabic only): check.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(folded) = fold_accent(c) {
            out.push_str(folded);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut slug = out.trim_matches('-').to_owned();
    if slug.len() > 64 {
        slug.truncate(64);
        slug = slug.trim_end_matches('-').to_owned();
    }
    slug
}

fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => "i",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// A text in one language; empty text gives an empty `LocalizedText` (left out of the JSON).
pub fn text_in(lang: &str, text: &str) -> LocalizedText {
    let mut map = BTreeMap::new();
    if !text.trim().is_empty() {
        map.insert(lang.to_owned(), text.to_owned());
    }
    LocalizedText(map)
}

/// The prompt of a fill-in-the-blanks item: the sentence itself is the interaction's text.
fn fill_in_instruction(lang: &str) -> Option<&'static str> {
    match lang {
        "fr" => Some("Complétez le texte."),
        "en" => Some("Fill in the blank."),
        "ar" => Some("أكمل الفراغ."),
        _ => None,
    }
}

pub fn item(prompt: LocalizedText, interaction: Interaction) -> Item {
    Item {
        id: String::new(),
        prompt,
        points: 1,
        interaction: Deferred::new(interaction),
        hints: Vec::new(),
        feedback_wrong: LocalizedText::default(),
        explanation: LocalizedText::default(),
        review_lesson: None,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading a GIFT file into questions.

pub fn import(source: &str, options: &Options) -> Outcome {
    let mut collector = Collector::new(options);
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let source = source.replace("\r\n", "\n").replace('\r', "\n");
    let mut block: Vec<(usize, &str)> = Vec::new();
    for (index, line) in source.split('\n').enumerate() {
        if line.trim().is_empty() {
            read_block(&block, &mut collector, options);
            block.clear();
        } else if !line.trim_start().starts_with("//") {
            block.push((index + 1, line.trim_end()));
        }
    }
    read_block(&block, &mut collector, options);
    collector.finish()
}

/// One run of non-blank lines: questions and `$CATEGORY:` lines. A `$CATEGORY:` line counts
/// even without a blank line around it (Moodle would read it as question text).
fn read_block(block: &[(usize, &str)], collector: &mut Collector, options: &Options) {
    let mut question: Vec<(usize, &str)> = Vec::new();
    for &(line, text) in block {
        if let Some(path) = text.trim_start().strip_prefix("$CATEGORY:") {
            read_question(&question, collector, options);
            question.clear();
            collector.category(line, path);
        } else {
            question.push((line, text));
        }
    }
    read_question(&question, collector, options);
}

fn read_question(lines: &[(usize, &str)], collector: &mut Collector, options: &Options) {
    let Some(&(start, _)) = lines.first() else {
        return;
    };
    let chars = decode(lines);
    let (title, result) = match parse_question(&chars, start) {
        Ok(question) => {
            let title = question.title.clone();
            (title, map_question(&question, &options.lang))
        }
        Err(p) => (None, Err(p)),
    };
    collector.question(start, title.as_deref(), result);
}

/// One character of a question, with whether it was escaped (`\~`) and its line.
#[derive(Clone, Copy, Debug)]
struct Ch {
    c: char,
    esc: bool,
    line: usize,
}

/// Joins a question's lines and reads GIFT's escapes: `\~ \= \# \{ \} \: \\` and `\n`.
fn decode(lines: &[(usize, &str)]) -> Vec<Ch> {
    let mut out = Vec::new();
    for (k, &(line, text)) in lines.iter().enumerate() {
        if k > 0 {
            out.push(Ch {
                c: '\n',
                esc: false,
                line,
            });
        }
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\'
                && let Some(&next) = chars.peek()
            {
                let escaped = match next {
                    '~' | '=' | '#' | '{' | '}' | ':' | '\\' => Some(next),
                    'n' => Some('\n'),
                    _ => None,
                };
                if let Some(e) = escaped {
                    chars.next();
                    out.push(Ch {
                        c: e,
                        esc: true,
                        line,
                    });
                    continue;
                }
            }
            out.push(Ch {
                c: if c == SENTINEL { '\u{FFFD}' } else { c },
                esc: false,
                line,
            });
        }
    }
    out
}

fn is_space(ch: &Ch) -> bool {
    !ch.esc && ch.c.is_whitespace()
}

fn trim(s: &[Ch]) -> &[Ch] {
    let start = s.iter().position(|c| !is_space(c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

/// The first unescaped `c` at or after `from`.
fn find(s: &[Ch], from: usize, c: char) -> Option<usize> {
    (from..s.len()).find(|&i| !s[i].esc && s[i].c == c)
}

fn matches_at(s: &[Ch], i: usize, pat: &str) -> bool {
    let mut k = i;
    for p in pat.chars() {
        match s.get(k) {
            Some(ch) if !ch.esc && ch.c == p => k += 1,
            _ => return false,
        }
    }
    true
}

fn find_str(s: &[Ch], from: usize, pat: &str) -> Option<usize> {
    (from..s.len()).find(|&i| matches_at(s, i, pat))
}

fn rfind_str(s: &[Ch], pat: &str) -> Option<usize> {
    (0..s.len()).rev().find(|&i| matches_at(s, i, pat))
}

fn starts_with(s: &[Ch], pat: &str) -> bool {
    matches_at(s, 0, pat)
}

/// The characters as written after unescaping; an escaped backslash stays doubled in Markdown,
/// where it means one backslash.
fn to_text(s: &[Ch], format: Format) -> String {
    let mut out = String::new();
    for ch in s {
        if ch.esc && ch.c == '\\' && format == Format::Markdown {
            out.push('\\');
        }
        out.push(ch.c);
    }
    out
}

fn line_of(s: &[Ch], default: usize) -> usize {
    s.first().map_or(default, |c| c.line)
}

/// Splits at every unescaped marker: the text before the first one, then each marker with its
/// text.
fn split_at_markers<'s>(s: &'s [Ch], markers: &[char]) -> (&'s [Ch], Vec<(char, &'s [Ch])>) {
    let cuts: Vec<usize> = (0..s.len())
        .filter(|&i| !s[i].esc && markers.contains(&s[i].c))
        .collect();
    let lead = &s[..cuts.first().copied().unwrap_or(s.len())];
    let parts = cuts
        .iter()
        .enumerate()
        .map(|(k, &cut)| {
            let end = cuts.get(k + 1).copied().unwrap_or(s.len());
            (s[cut].c, &s[cut + 1..end])
        })
        .collect();
    (lead, parts)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// Moodle's default: HTML allowed, and a line break is a line break.
    Moodle,
    Html,
    Plain,
    Markdown,
}

fn format_named(name: &str) -> Option<Format> {
    match name.to_ascii_lowercase().as_str() {
        "moodle" => Some(Format::Moodle),
        "html" => Some(Format::Html),
        "plain" => Some(Format::Plain),
        "markdown" => Some(Format::Markdown),
        _ => None,
    }
}

/// A leading `[html]`, `[markdown]`… and the text after it.
fn format_prefix(s: &[Ch]) -> Option<(Format, &[Ch])> {
    if !starts_with(s, "[") {
        return None;
    }
    let close = find(s, 1, ']')?;
    let name: String = s[1..close].iter().map(|c| c.c).collect();
    format_named(&name).map(|format| (format, &s[close + 1..]))
}

/// A question split into its parts; the text is not converted yet.
struct Question<'s> {
    start: usize,
    title: Option<String>,
    format: Format,
    /// The text before the answer block, or the whole text when there is none.
    before: &'s [Ch],
    block: Option<AnswerBlock<'s>>,
    /// The text after the block (missing word when not blank).
    after: &'s [Ch],
}

struct AnswerBlock<'s> {
    line: usize,
    /// Between the braces, without the general feedback, trimmed.
    body: &'s [Ch],
    general: Option<&'s [Ch]>,
}

fn parse_question(chars: &[Ch], start: usize) -> Result<Question<'_>, Problem> {
    let mut s = trim(chars);
    let mut title = None;
    if starts_with(s, "::") {
        let Some(end) = find_str(s, 2, "::") else {
            return Err(problem(
                start,
                "the title has no closing '::' (write ::title:: before the question)",
            ));
        };
        title = Some(to_text(trim(&s[2..end]), Format::Plain));
        s = trim(&s[end + 2..]);
    }
    let mut format = Format::Moodle;
    if let Some((named, rest)) = format_prefix(s) {
        format = named;
        s = trim(rest);
    }
    let mut open = None;
    let mut block = None;
    for (i, ch) in s.iter().enumerate() {
        if ch.esc {
            continue;
        }
        match ch.c {
            '{' if block.is_some() => {
                return Err(problem(
                    ch.line,
                    "a second answer block: a GIFT question has one {…} (write a literal brace as \\{)",
                ));
            }
            '{' if open.is_some() => {
                return Err(problem(
                    ch.line,
                    "'{' inside an answer block (write a literal brace as \\{)",
                ));
            }
            '{' => open = Some(i),
            '}' => match open.take() {
                Some(o) => block = Some((o, i)),
                None => {
                    return Err(problem(
                        ch.line,
                        "'}' without an opening '{' (write a literal brace as \\})",
                    ));
                }
            },
            _ => {}
        }
    }
    if let Some(o) = open {
        return Err(problem(
            s[o].line,
            "unclosed '{': the answer block must end with '}' before the next blank line",
        ));
    }
    let Some((o, c)) = block else {
        return Ok(Question {
            start,
            title,
            format,
            before: s,
            block: None,
            after: &[],
        });
    };
    let mut body = trim(&s[o + 1..c]);
    let mut general = None;
    if let Some(g) = rfind_str(body, "####") {
        general = Some(trim(&body[g + 4..]));
        body = trim(&body[..g]);
    }
    Ok(Question {
        start,
        title,
        format,
        before: &s[..o],
        block: Some(AnswerBlock {
            line: s[o].line,
            body,
            general,
        }),
        after: &s[c + 1..],
    })
}

// ---------------------------------------------------------------------------------------------
// Mapping one question to one item.

/// One answer of a choice, short-answer or numerical block.
struct Answer<'s> {
    marker: char,
    weight: Option<f64>,
    text: &'s [Ch],
    feedback: &'s [Ch],
    line: usize,
}

fn answer<'s>(marker: char, part: &'s [Ch], fallback_line: usize) -> Result<Answer<'s>, Problem> {
    let part = trim(part);
    let line = line_of(part, fallback_line);
    let mut rest = part;
    let mut weight = None;
    if starts_with(part, "%") {
        let Some(close) = find(part, 1, '%') else {
            return Err(problem(
                line,
                "a weight has no closing % (write it as %50%)",
            ));
        };
        let written: String = part[1..close].iter().map(|c| c.c).collect();
        let Some(value) = number(&written) else {
            return Err(problem(
                line,
                format!("weight %{written}% is not a number (write it as %50% or %-100%)"),
            ));
        };
        if !(-100.0..=100.0).contains(&value) {
            return Err(problem(
                line,
                format!("weight %{written}% is outside -100 to 100"),
            ));
        }
        weight = Some(value);
        rest = trim(&part[close + 1..]);
    }
    let (text, feedback) = match find(rest, 0, '#') {
        Some(h) => (trim(&rest[..h]), trim(&rest[h + 1..])),
        None => (rest, &rest[rest.len()..]),
    };
    Ok(Answer {
        marker,
        weight,
        text,
        feedback,
        line,
    })
}

/// A GIFT number: digits with an optional sign, point and exponent. Arabic-Indic digits and
/// the Arabic decimal separator are read too.
fn number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            '\u{66b}' => '.',
            '\u{2212}' => '-',
            _ => c,
        })
        .collect();
    let t = t.as_str();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'))
    {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn not_a_number(line: usize, written: &str) -> Problem {
    let hint = if written.contains(',') {
        " (write decimals with a point: 3.5)"
    } else {
        ""
    };
    problem(line, format!("{written:?} is not a number{hint}"))
}

/// Converts texts of one question and gathers what had to change.
struct Conv<'a> {
    format: Format,
    lang: &'a str,
    /// Tags whose formatting was dropped, their text kept.
    dropped: BTreeSet<String>,
    /// Tags dropped with their content (`<script>`, `<style>`).
    removed: BTreeSet<String>,
    notes: BTreeSet<String>,
}

impl Conv<'_> {
    /// A Markdown text (prompt, feedback, explanation).
    fn markdown(&mut self, s: &[Ch], line: usize) -> Result<String, Problem> {
        let (format, s) = self.own_format(s);
        let line = line_of(s, line);
        let text = match format {
            Format::Markdown => {
                let text = to_text(s, format).trim().replace(SENTINEL, BLANK_MARKDOWN);
                check_markdown(&text, line)?;
                text
            }
            Format::Plain => md_blocks(&plain_blocks(&to_text(s, format))),
            Format::Html | Format::Moodle => {
                let nodes = parse_html(&to_text(s, format), format == Format::Moodle)
                    .map_err(|m| problem(line, m))?;
                let mut builder = Builder::new(self);
                builder.nodes(&nodes);
                let blocks = builder.finish().map_err(|m| problem(line, m))?;
                md_blocks(&blocks)
            }
        };
        if text.len() > MAX_BODY_BYTES {
            return Err(problem(
                line,
                format!("the text is over {MAX_BODY_BYTES} bytes"),
            ));
        }
        Ok(text)
    }

    /// A Markdown text in the item's language, empty when there is none.
    fn localized(&mut self, s: &[Ch], line: usize) -> Result<LocalizedText, Problem> {
        let text = self.markdown(s, line)?;
        Ok(text_in(self.lang, &text))
    }

    /// A plain one-line text (choice, matching side, gap option, accepted answer).
    fn plain(&mut self, s: &[Ch], line: usize) -> Result<String, Problem> {
        let (format, s) = self.own_format(s);
        let line = line_of(s, line);
        let raw = to_text(s, format);
        let text = match format {
            Format::Plain => raw,
            Format::Markdown => {
                let blocks = markdown::parse(&raw);
                let mut out = String::new();
                let formatted = md_plain(&blocks, &mut out).map_err(|m| problem(line, m))?;
                if formatted {
                    self.notes.insert(PLAIN_NOTE.into());
                }
                out
            }
            Format::Html | Format::Moodle => {
                let nodes = parse_html(&raw, false).map_err(|m| problem(line, m))?;
                let mut builder = Builder::new(self);
                builder.nodes(&nodes);
                let blocks = builder.finish().map_err(|m| problem(line, m))?;
                let mut out = String::new();
                if plain_of_blocks(&blocks, &mut out) {
                    self.notes.insert(PLAIN_NOTE.into());
                }
                out
            }
        };
        Ok(text
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" "))
    }

    /// A text may start with its own `[format]`, as in Moodle.
    fn own_format<'s>(&self, s: &'s [Ch]) -> (Format, &'s [Ch]) {
        let s = trim(s);
        match format_prefix(s) {
            Some((format, rest)) => (format, trim(rest)),
            None => (self.format, s),
        }
    }

    fn finish(self) -> Vec<String> {
        let mut notes: Vec<String> = self.notes.into_iter().collect();
        let tags = |set: &BTreeSet<String>| {
            set.iter()
                .map(|t| format!("<{t}>"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.dropped.is_empty() {
            notes.push(format!(
                "HTML formatting Nour does not show was dropped, the text kept: {}",
                tags(&self.dropped)
            ));
        }
        if !self.removed.is_empty() {
            notes.push(format!(
                "HTML dropped with its content: {}",
                tags(&self.removed)
            ));
        }
        notes
    }
}

const PLAIN_NOTE: &str =
    "formatting in choices, pairs or accepted answers was dropped: Nour shows them as plain text";

/// Markdown the validator would refuse: raw HTML, images (not assets of any bundle yet) and
/// links other than https, http and mailto.
fn check_markdown(text: &str, line: usize) -> Result<(), Problem> {
    let blocks = markdown::parse(text);
    for prose in markdown::prose_texts(&blocks) {
        if let Some(tag) = tag_like(prose) {
            return Err(problem(
                line,
                format!(
                    "raw HTML in [markdown] text ({tag}): Nour shows no HTML; write Markdown, or put code in `backticks`"
                ),
            ));
        }
    }
    for (target, is_image) in markdown::links(&blocks) {
        if is_image {
            return Err(problem(line, image_message(target)));
        }
        if !is_safe_link(target) {
            return Err(problem(
                line,
                format!("link {target:?}: Nour accepts only https://, http:// and mailto: links"),
            ));
        }
    }
    Ok(())
}

fn image_message(src: &str) -> String {
    format!(
        "an image ({src}) cannot be imported: Nour shows only images that are assets of the bundle; add the file to the bundle and to the question by hand"
    )
}

fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// The first thing a browser would read as a tag: `<` then a letter, `/`, `!` or `?`.
fn tag_like(text: &str) -> Option<String> {
    let start = text.char_indices().find_map(|(i, c)| {
        let next = text[i + c.len_utf8()..].chars().next();
        (c == '<' && next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')))
            .then_some(i)
    })?;
    Some(
        text[start..]
            .chars()
            .take_while(|&c| c != '>')
            .take(40)
            .collect::<String>()
            + ">",
    )
}

fn map_question(q: &Question, lang: &str) -> Result<(Item, Vec<String>), Problem> {
    let Some(block) = &q.block else {
        return Err(problem(
            q.start,
            "no answer block {…}: this is a description, not a question, and Nour has no description items (put the text in a lesson or in the assessment's intro)",
        ));
    };
    let mut conv = Conv {
        format: q.format,
        lang,
        dropped: BTreeSet::new(),
        removed: BTreeSet::new(),
        notes: BTreeSet::new(),
    };
    let missing_word = !trim(q.after).is_empty();
    let body = block.body;
    let mut feedback_wrong = LocalizedText::default();

    let interaction = if body.is_empty() {
        Interaction::Open {
            rubric: Vec::new(),
            portfolio: false,
        }
    } else if starts_with(body, "#") {
        let (interaction, wrong) = numerical(&body[1..], block.line, &mut conv)?;
        feedback_wrong = wrong;
        interaction
    } else if find(body, 0, '~').is_some() {
        if let Some(arrow) = find_str(body, 0, "->") {
            return Err(arrow_outside_matching(body[arrow].line));
        }
        choices(body, block.line, &mut conv)?
    } else if find(body, 0, '=').is_some() && find_str(body, 0, "->").is_some() {
        matching(body, block.line, &mut conv)?
    } else if let Some(interaction) = true_false(body, block.line, &mut conv)? {
        interaction
    } else if let Some(arrow) = find_str(body, 0, "->") {
        return Err(arrow_outside_matching(body[arrow].line));
    } else {
        short_answer(body, block.line, &mut conv)?
    };

    let explanation = match block.general {
        Some(general) => conv.localized(general, block.line)?,
        None => LocalizedText::default(),
    };

    // The question text, with the blank where the block was when there is text after it.
    let mut text: Vec<Ch> = q.before.to_vec();
    if missing_word {
        text.push(Ch {
            c: SENTINEL,
            esc: false,
            line: block.line,
        });
        text.extend_from_slice(q.after);
    }

    let mut result = None;
    if missing_word && let Some(gap) = as_gap(&interaction) {
        let sentence = conv.plain(&text, q.start)?;
        if sentence.contains("[[") {
            return Err(problem(
                q.start,
                "the text contains '[[', which Nour reads as a gap marker",
            ));
        }
        if sentence.chars().count() > MAX_SUMMARY_CHARS {
            return Err(too_long(q.start, "the text", MAX_SUMMARY_CHARS));
        }
        let sentence = sentence.replace(SENTINEL, "[[1]]");
        let prompt = match fill_in_instruction(lang) {
            Some(instruction) => instruction,
            None => {
                conv.notes.insert(format!(
                    "no built-in instruction in {lang:?} for a fill-in-the-blanks item: the prompt is \"…\", write one"
                ));
                "…"
            }
        };
        result = Some(item(
            text_in(lang, prompt),
            Interaction::FillBlanks {
                text: text_in(lang, &sentence),
                gaps: vec![gap],
            },
        ));
    }
    let mut item = match result {
        Some(item) => item,
        None => {
            if missing_word {
                conv.notes.insert(format!(
                    "missing-word question imported as {} with a blank (_____) in the prompt: a Nour gap holds only text answers, with no feedback or partial credit",
                    kind_name(&interaction)
                ));
            }
            let prompt = conv.localized(&text, q.start)?;
            if prompt.is_empty() {
                return Err(problem(q.start, "the question has no text"));
            }
            item(prompt, interaction)
        }
    };
    item.feedback_wrong = feedback_wrong;
    item.explanation = explanation;
    Ok((item, conv.finish()))
}

fn kind_name(interaction: &Interaction) -> &'static str {
    match interaction {
        Interaction::SingleChoice { .. } => "a single choice",
        Interaction::MultipleChoice { .. } => "a multiple choice",
        Interaction::TrueFalse { .. } => "a true/false question",
        Interaction::Numeric { .. } => "a numeric question",
        Interaction::ShortText { .. } => "a short answer",
        Interaction::FillBlanks { .. } => "a fill-in-the-blanks item",
        Interaction::Ordering { .. } => "an ordering",
        Interaction::Matching { .. } => "a matching",
        Interaction::Open { .. } => "an open question",
    }
}

/// The gap a block becomes in a missing-word question, when a gap can hold all of it.
fn as_gap(interaction: &Interaction) -> Option<Gap> {
    match interaction {
        Interaction::SingleChoice { choices }
            if choices
                .iter()
                .all(|c| c.credit.is_none() && c.feedback.is_empty()) =>
        {
            let texts: Vec<String> = choices
                .iter()
                .map(|c| c.text.0.values().next().cloned().unwrap_or_default())
                .collect();
            if texts.iter().any(|t| t.chars().count() > MAX_TITLE_CHARS) {
                return None;
            }
            let answers = choices
                .iter()
                .zip(&texts)
                .filter(|(c, _)| c.correct)
                .map(|(_, t)| t.clone())
                .collect();
            Some(Gap {
                answers,
                options: texts,
            })
        }
        Interaction::ShortText { answers }
            if answers
                .iter()
                .all(|a| a.credit == 100 && a.feedback.is_empty()) =>
        {
            Some(Gap {
                answers: answers.iter().map(|a| a.text.clone()).collect(),
                options: Vec::new(),
            })
        }
        _ => None,
    }
}

fn arrow_outside_matching(line: usize) -> Problem {
    problem(
        line,
        "'->' outside a matching question (a matching question is only pairs: =left -> right); to show an arrow, write -&gt; (or -\\> in [markdown])",
    )
}

fn too_long(line: usize, what: &str, limit: usize) -> Problem {
    problem(line, format!("{what} is over {limit} characters"))
}

fn too_many(line: usize, found: usize) -> Problem {
    problem(
        line,
        format!("{found} answers: Nour takes at most {MAX_ENTRIES}"),
    )
}

/// `{=a ~b ~%50%c}` and `{~%50%a ~%50%b ~c}`.
fn choices(body: &[Ch], line: usize, conv: &mut Conv) -> Result<Interaction, Problem> {
    let (lead, parts) = split_at_markers(body, &['~', '=']);
    if !trim(lead).is_empty() {
        return Err(problem(
            line_of(trim(lead), line),
            "text before the first ~ or = of a multiple-choice block",
        ));
    }
    let answers = parts
        .into_iter()
        .map(|(marker, part)| answer(marker, part, line))
        .collect::<Result<Vec<_>, _>>()?;
    if answers.len() < 2 {
        return Err(problem(
            line,
            "a multiple-choice question needs at least 2 answers",
        ));
    }
    if answers.len() > MAX_ENTRIES {
        return Err(too_many(line, answers.len()));
    }
    if let Some(a) = answers
        .iter()
        .find(|a| a.marker == '=' && a.weight.is_some())
    {
        return Err(problem(
            a.line,
            "'=%n%' in a multiple-choice block: '=' marks the right answer; give partial credit with ~%n%",
        ));
    }
    let mut choices = Vec::new();
    for a in &answers {
        let text = conv.plain(a.text, a.line)?;
        if text.is_empty() {
            return Err(problem(a.line, "an empty answer"));
        }
        if text.chars().count() > MAX_SUMMARY_CHARS {
            return Err(too_long(a.line, "an answer", MAX_SUMMARY_CHARS));
        }
        choices.push(Choice {
            text: text_in(conv.lang, &text),
            correct: false,
            credit: None,
            feedback: conv.localized(a.feedback, a.line)?,
        });
    }
    let rights = answers.iter().filter(|a| a.marker == '=').count();
    let mut rounded = false;
    if rights > 0 {
        if rights > 1 {
            return Err(problem(
                line,
                format!(
                    "{rights} answers marked '=' in a multiple-choice block: Nour's single choice has exactly one right answer (use ~%n% weights for several right answers)"
                ),
            ));
        }
        for (choice, a) in choices.iter_mut().zip(&answers) {
            if a.marker == '=' {
                choice.correct = true;
                continue;
            }
            let Some(weight) = a.weight else { continue };
            if weight < 0.0 {
                return Err(problem(
                    a.line,
                    format!(
                        "negative weight {weight}% next to an '=' answer: Nour's single choice gives 0 to 100 % per choice"
                    ),
                ));
            }
            if weight.round() >= 100.0 {
                return Err(problem(
                    a.line,
                    "a second answer worth 100 % next to the '=' answer: Nour's single choice has exactly one right answer",
                ));
            }
            rounded |= weight.fract() != 0.0;
            let credit = weight.round() as i8;
            choice.credit = (credit != 0).then_some(credit);
        }
        if rounded {
            conv.notes.insert(ROUNDED_NOTE.into());
        }
        return Ok(Interaction::SingleChoice { choices });
    }
    // No '=': the positive weights are the right answers, as in Moodle's multiple-answer mode.
    let weights: Vec<f64> = answers.iter().map(|a| a.weight.unwrap_or(0.0)).collect();
    let positive: f64 = weights.iter().filter(|w| **w > 0.0).sum();
    if positive == 0.0 {
        return Err(problem(
            line,
            "no right answer: mark it with '=' or give the right answers positive weights (~%50%)",
        ));
    }
    if (positive - 100.0).abs() > 0.5 {
        return Err(problem(
            line,
            format!("the positive weights add up to {positive}%: they must add up to 100 %"),
        ));
    }
    let credits = round_to_hundred(&weights);
    rounded = weights.iter().any(|w| w.fract() != 0.0);
    for ((choice, weight), credit) in choices.iter_mut().zip(&weights).zip(credits) {
        choice.correct = *weight > 0.0;
        choice.credit = Some(credit);
    }
    if rounded {
        conv.notes.insert(ROUNDED_NOTE.into());
    }
    Ok(Interaction::MultipleChoice { choices })
}

const ROUNDED_NOTE: &str = "weights rounded to whole percents";

/// Whole percents; the positive ones add up to exactly 100 (largest remainders get the rest).
fn round_to_hundred(weights: &[f64]) -> Vec<i8> {
    let mut credits: Vec<i64> = weights
        .iter()
        .map(|w| {
            if *w > 0.0 {
                w.floor() as i64
            } else {
                w.round() as i64
            }
        })
        .collect();
    let floor_sum: i64 = credits
        .iter()
        .zip(weights)
        .filter(|(_, w)| **w > 0.0)
        .map(|(c, _)| c)
        .sum();
    let mut order: Vec<usize> = (0..weights.len()).filter(|&i| weights[i] > 0.0).collect();
    order.sort_by(|&a, &b| {
        let fa = weights[a] - weights[a].floor();
        let fb = weights[b] - weights[b].floor();
        fb.total_cmp(&fa).then(a.cmp(&b))
    });
    for &i in order
        .iter()
        .take(usize::try_from(100 - floor_sum).unwrap_or(0))
    {
        credits[i] += 1;
    }
    credits
        .into_iter()
        .map(|c| i8::try_from(c.clamp(-100, 100)).unwrap_or(0))
        .collect()
}

/// `{T}`, `{FALSE#feedback for a wrong answer#feedback for a right answer}`.
fn true_false(body: &[Ch], line: usize, conv: &mut Conv) -> Result<Option<Interaction>, Problem> {
    let head_end = find(body, 0, '#').unwrap_or(body.len());
    let head = to_text(trim(&body[..head_end]), Format::Plain).to_uppercase();
    let value = |h: &str| match h {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    };
    let Some(answer) = value(&head) else {
        if let Some(rest) = head.strip_prefix('%')
            && let Some((_, after)) = rest.split_once('%')
            && value(after.trim()).is_some()
        {
            return Err(problem(line, "a true/false answer takes no weight"));
        }
        return Ok(None);
    };
    let rest = &body[(head_end + 1).min(body.len())..];
    let (wrong, right) = match find(rest, 0, '#') {
        Some(h) if head_end < body.len() => (&rest[..h], &rest[h + 1..]),
        _ if head_end < body.len() => (rest, &rest[rest.len()..]),
        _ => (&body[..0], &body[..0]),
    };
    let wrong = conv.localized(wrong, line)?;
    let right = conv.localized(right, line)?;
    let (feedback_true, feedback_false) = if answer {
        (right, wrong)
    } else {
        (wrong, right)
    };
    Ok(Some(Interaction::TrueFalse {
        answer,
        feedback_true,
        feedback_false,
    }))
}

/// `{=a =b}`, `{=%50%a#feedback}`; text before the first `=` is an answer too, as in Moodle.
fn short_answer(body: &[Ch], line: usize, conv: &mut Conv) -> Result<Interaction, Problem> {
    let (lead, parts) = split_at_markers(body, &['=']);
    let mut raw = Vec::new();
    if !trim(lead).is_empty() {
        raw.push(answer('=', lead, line)?);
    }
    for (marker, part) in parts {
        raw.push(answer(marker, part, line)?);
    }
    if raw.is_empty() {
        return Err(problem(line, "no answer in the block"));
    }
    if raw.len() > MAX_ENTRIES {
        return Err(too_many(line, raw.len()));
    }
    let mut answers = Vec::new();
    let mut rounded = false;
    for a in &raw {
        let text = conv.plain(a.text, a.line)?;
        if text.is_empty() {
            return Err(problem(a.line, "an empty answer"));
        }
        if text.chars().count() > MAX_TITLE_CHARS {
            return Err(too_long(a.line, "an answer", MAX_TITLE_CHARS));
        }
        let credit = credit(a, "an answer")?;
        rounded |= a.weight.is_some_and(|w| w.fract() != 0.0);
        answers.push(TextAnswer {
            text: text.replace('\u{a0}', " "),
            credit,
            feedback: conv.localized(a.feedback, a.line)?,
        });
    }
    if !answers.iter().any(|a| a.credit == 100) {
        return Err(problem(
            line,
            "no answer gives full credit (write one as =answer)",
        ));
    }
    if rounded {
        conv.notes.insert(ROUNDED_NOTE.into());
    }
    Ok(Interaction::ShortText { answers })
}

/// A short or numerical answer's weight as Nour's credit: 1 to 100.
fn credit(a: &Answer, what: &str) -> Result<u8, Problem> {
    let Some(weight) = a.weight else {
        return Ok(100);
    };
    let credit = weight.round();
    if credit < 1.0 {
        return Err(problem(
            a.line,
            format!(
                "{what} worth {weight}% cannot be imported: Nour's accepted answers give 1 to 100 % (no feedback for a specific wrong answer)"
            ),
        ));
    }
    Ok(credit as u8)
}

/// `{#2:0.5}`, `{#1..5}`, `{#=1822:0#right =%50%1822:2#close ~#wrong}`.
fn numerical(
    body: &[Ch],
    line: usize,
    conv: &mut Conv,
) -> Result<(Interaction, LocalizedText), Problem> {
    let mut body = trim(body);
    let mut wrong = LocalizedText::default();
    if let Some(t) = find(body, 0, '~') {
        let rest = &body[t + 1..];
        let (head, feedback) = match find(rest, 0, '#') {
            Some(h) => (&rest[..h], &rest[h + 1..]),
            None => (rest, &rest[rest.len()..]),
        };
        if !trim(head).is_empty() {
            return Err(problem(
                body[t].line,
                "in a numerical question '~' only introduces the feedback for any other answer: write ~#feedback",
            ));
        }
        wrong = conv.localized(feedback, body[t].line)?;
        body = trim(&body[..t]);
    }
    let (lead, parts) = split_at_markers(body, &['=']);
    let mut raw = Vec::new();
    if !trim(lead).is_empty() {
        raw.push(answer('=', lead, line)?);
    }
    for (marker, part) in parts {
        raw.push(answer(marker, part, line)?);
    }
    if raw.is_empty() {
        return Err(problem(line, "a numerical question without a number"));
    }
    if raw.len() > MAX_ENTRIES {
        return Err(too_many(line, raw.len()));
    }
    let mut answers = Vec::new();
    let mut rounded = false;
    for a in &raw {
        let written = to_text(a.text, Format::Plain);
        let written = written.trim();
        let mut numeric = NumericAnswer {
            value: None,
            tolerance: None,
            min: None,
            max: None,
            credit: credit(a, "a numerical answer")?,
            feedback: conv.localized(a.feedback, a.line)?,
        };
        rounded |= a.weight.is_some_and(|w| w.fract() != 0.0);
        if let Some((min, max)) = written.split_once("..").filter(|(min, _)| !min.is_empty()) {
            let min_value = number(min).ok_or_else(|| not_a_number(a.line, min.trim()))?;
            let max_value = number(max).ok_or_else(|| not_a_number(a.line, max.trim()))?;
            if min_value > max_value {
                return Err(problem(
                    a.line,
                    format!("the range {written} starts above its end"),
                ));
            }
            numeric.min = Some(min_value);
            numeric.max = Some(max_value);
        } else if let Some((value, tolerance)) = written
            .split_once(':')
            .filter(|(value, _)| !value.is_empty())
        {
            numeric.value = Some(number(value).ok_or_else(|| not_a_number(a.line, value.trim()))?);
            let tolerance =
                number(tolerance).ok_or_else(|| not_a_number(a.line, tolerance.trim()))?;
            if tolerance < 0.0 {
                return Err(problem(a.line, format!("negative tolerance in {written}")));
            }
            numeric.tolerance = (tolerance > 0.0).then_some(tolerance);
        } else {
            numeric.value = Some(number(written).ok_or_else(|| not_a_number(a.line, written))?);
        }
        answers.push(numeric);
    }
    if !answers.iter().any(|a| a.credit == 100) {
        return Err(problem(
            line,
            "no answer gives full credit (write one as =value)",
        ));
    }
    if rounded {
        conv.notes.insert(ROUNDED_NOTE.into());
    }
    Ok((Interaction::Numeric { answers }, wrong))
}

/// `{=left -> right =… }`, at least 3 pairs.
fn matching(body: &[Ch], line: usize, conv: &mut Conv) -> Result<Interaction, Problem> {
    let (lead, parts) = split_at_markers(body, &['=']);
    let mut pairs: Vec<&[Ch]> = Vec::new();
    if !trim(lead).is_empty() {
        pairs.push(lead);
    }
    pairs.extend(parts.into_iter().map(|(_, part)| part));
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for pair in &pairs {
        let pair = trim(pair);
        let pair_line = line_of(pair, line);
        let Some(arrow) = find_str(pair, 0, "->") else {
            return Err(problem(
                pair_line,
                "a matching pair without '->' (write =left -> right)",
            ));
        };
        if let Some(h) = find(pair, 0, '#') {
            return Err(problem(
                pair[h].line,
                "'#' in a matching pair: GIFT matching has no per-pair feedback (write a literal # as \\#)",
            ));
        }
        let (l, r) = (trim(&pair[..arrow]), trim(&pair[arrow + 2..]));
        if l.is_empty() {
            return Err(problem(
                pair_line,
                "a matching distractor (= -> extra, an answer with no question) cannot be imported: every entry on Nour's right side pairs with one on the left",
            ));
        }
        let l_text = conv.plain(l, pair_line)?;
        let r_text = conv.plain(r, pair_line)?;
        if r_text.is_empty() || l_text.is_empty() {
            return Err(problem(pair_line, "a matching pair with an empty side"));
        }
        for t in [&l_text, &r_text] {
            if t.chars().count() > MAX_SUMMARY_CHARS {
                return Err(too_long(pair_line, "a matching entry", MAX_SUMMARY_CHARS));
            }
        }
        left.push(text_in(conv.lang, &l_text));
        right.push(text_in(conv.lang, &r_text));
    }
    if left.len() < 3 {
        return Err(problem(
            line,
            format!(
                "{} matching pairs: GIFT matching needs at least 3",
                left.len()
            ),
        ));
    }
    if left.len() > MAX_ENTRIES {
        return Err(too_many(line, left.len()));
    }
    Ok(Interaction::Matching { left, right })
}

// ---------------------------------------------------------------------------------------------
// Text conversion: HTML or plain text to Markdown, and to plain one-line text.

/// Inline content, before it is written as Markdown or plain text.
#[derive(Clone, Debug)]
enum Inl {
    Text(String),
    Strong(Vec<Inl>),
    Em(Vec<Inl>),
    Code(String),
    Link(String, Vec<Inl>),
    Break,
}

#[derive(Clone, Debug)]
enum Blk {
    Para(Vec<Inl>),
    List { ordered: bool, items: Vec<Vec<Inl>> },
    Pre(String),
}

/// Plain text: every line break kept, a blank line (`\n\n`) starts a paragraph.
fn plain_blocks(text: &str) -> Vec<Blk> {
    let mut blocks = Vec::new();
    let mut para: Vec<Inl> = Vec::new();
    for line in text.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if !para.is_empty() {
                blocks.push(Blk::Para(std::mem::take(&mut para)));
            }
            continue;
        }
        if !para.is_empty() {
            para.push(Inl::Break);
        }
        para.push(Inl::Text(line.to_owned()));
    }
    if !para.is_empty() {
        blocks.push(Blk::Para(para));
    }
    blocks
}

/// Plain text (Aiken, `[plain]`) as Markdown that shows it literally.
pub fn plain_markdown(text: &str) -> String {
    md_blocks(&plain_blocks(text))
}

fn md_blocks(blocks: &[Blk]) -> String {
    let mut parts = Vec::new();
    for block in blocks {
        let mut out = String::new();
        match block {
            Blk::Para(inlines) => {
                let mut bol = true;
                md_inlines(inlines, &mut out, &mut bol);
            }
            Blk::List { ordered, items } => {
                for (k, item) in items.iter().enumerate() {
                    let mut text = String::new();
                    let mut bol = false;
                    md_inlines(item, &mut text, &mut bol);
                    let text = trim_paragraph(text);
                    if text.is_empty() {
                        continue;
                    }
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    if *ordered {
                        out.push_str(&format!("{}. ", k + 1));
                    } else {
                        out.push_str("- ");
                    }
                    out.push_str(&text);
                }
            }
            Blk::Pre(code) => {
                let code = code.trim_matches('\n');
                if !code.trim().is_empty() {
                    let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
                    out = format!("{fence}\n{code}\n{fence}");
                }
            }
        }
        let out = trim_paragraph(out);
        if !out.is_empty() {
            parts.push(out);
        }
    }
    parts.join("\n\n").replace(SENTINEL, BLANK_MARKDOWN)
}

/// Drops trailing line breaks and spaces.
fn trim_paragraph(mut text: String) -> String {
    loop {
        let trimmed = text.trim_end_matches([' ', '\t']).len();
        text.truncate(trimmed);
        if text.ends_with("\\\n") {
            text.truncate(text.len() - 2);
        } else {
            return text;
        }
    }
}

fn longest_run(text: &str, c: char) -> usize {
    text.split(|x| x != c).map(str::len).max().unwrap_or(0)
}

/// Writes inlines as Markdown. `bol`: at the beginning of a line, where `#`, `-`, `1.`… would
/// start a block.
fn md_inlines(list: &[Inl], out: &mut String, bol: &mut bool) {
    for inline in list {
        match inline {
            Inl::Text(text) => md_text(text, out, bol),
            Inl::Strong(inner) | Inl::Em(inner) => {
                let marker = if matches!(inline, Inl::Strong(_)) {
                    "**"
                } else {
                    "*"
                };
                let mut tmp = String::new();
                let mut inner_bol = false;
                md_inlines(inner, &mut tmp, &mut inner_bol);
                let trimmed = tmp.trim();
                if trimmed.is_empty() {
                    if !tmp.is_empty() && !*bol {
                        out.push(' ');
                    }
                    continue;
                }
                if tmp.starts_with(char::is_whitespace) && !*bol && !out.ends_with(' ') {
                    out.push(' ');
                }
                out.push_str(marker);
                out.push_str(trimmed);
                out.push_str(marker);
                if tmp.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
                *bol = false;
            }
            Inl::Code(code) => {
                let code = code.split_whitespace().collect::<Vec<_>>().join(" ");
                if !code.is_empty() {
                    out.push_str(&code_span(&code));
                    *bol = false;
                }
            }
            Inl::Link(href, inner) => {
                let mut tmp = String::new();
                let mut inner_bol = false;
                md_inlines(inner, &mut tmp, &mut inner_bol);
                let label = tmp.trim();
                let label = if label.is_empty() {
                    let mut escaped = String::new();
                    md_text(href, &mut escaped, &mut false);
                    escaped
                } else {
                    label.to_owned()
                };
                let target = if href.contains([' ', '(', ')', '<', '>']) {
                    format!("<{}>", href.replace(['<', '>'], ""))
                } else {
                    href.clone()
                };
                out.push_str(&format!("[{label}]({target})"));
                *bol = false;
            }
            Inl::Break => {
                let kept = out.trim_end_matches([' ', '\t']).len();
                out.truncate(kept);
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push_str("\\\n");
                }
                *bol = true;
            }
        }
    }
}

fn code_span(code: &str) -> String {
    let fence = "`".repeat(longest_run(code, '`') + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

/// Literal text as Markdown: syntax characters escaped, tag-like text in code spans.
fn md_text(text: &str, out: &mut String, bol: &mut bool) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if *bol {
            if c == ' ' || c == '\t' {
                i += 1;
                continue;
            }
            *bol = false;
            if "#>+-=~|".contains(c) {
                out.push('\\');
            } else if c.is_ascii_digit() {
                let digits = chars[i..].iter().take_while(|d| d.is_ascii_digit()).count();
                if matches!(chars.get(i + digits), Some('.' | ')')) {
                    out.extend(&chars[i..i + digits]);
                    out.push('\\');
                    i += digits;
                    continue;
                }
            }
        }
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) =>
            {
                let end = chars[i..]
                    .iter()
                    .take(200)
                    .position(|&x| x == '>')
                    .map(|p| i + p);
                let span: String = match end {
                    Some(end) => chars[i..=end].iter().collect(),
                    None => "<".into(),
                };
                out.push_str(&code_span(&span));
                i += span.chars().count();
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
}

/// Plain text of blocks; returns whether formatting was dropped.
fn plain_of_blocks(blocks: &[Blk], out: &mut String) -> bool {
    let mut formatted = false;
    for block in blocks {
        out.push(' ');
        match block {
            Blk::Para(inlines) => formatted |= plain_inlines(inlines, out),
            Blk::List { items, .. } => {
                formatted = true;
                for item in items {
                    out.push(' ');
                    plain_inlines(item, out);
                }
            }
            Blk::Pre(code) => {
                formatted = true;
                out.push_str(code);
            }
        }
    }
    formatted
}

fn plain_inlines(list: &[Inl], out: &mut String) -> bool {
    let mut formatted = false;
    for inline in list {
        match inline {
            Inl::Text(text) => out.push_str(text),
            Inl::Strong(inner) | Inl::Em(inner) | Inl::Link(_, inner) => {
                formatted = true;
                plain_inlines(inner, out);
            }
            Inl::Code(code) => {
                formatted = true;
                out.push_str(code);
            }
            Inl::Break => out.push(' '),
        }
    }
    formatted
}

/// Plain text of Markdown; returns whether formatting was dropped.
fn md_plain(blocks: &[MdBlock], out: &mut String) -> Result<bool, String> {
    fn inlines(list: &[MdInline], out: &mut String) -> Result<bool, String> {
        let mut formatted = false;
        for inline in list {
            match inline {
                MdInline::Text(text) => {
                    if let Some(tag) = tag_like(text) {
                        return Err(format!(
                            "raw HTML in [markdown] text ({tag}): Nour shows no HTML; write the tag in `backticks`"
                        ));
                    }
                    out.push_str(text);
                }
                MdInline::Strong(inner) | MdInline::Emphasis(inner) => {
                    formatted = true;
                    inlines(inner, out)?;
                }
                MdInline::Link { content, .. } => {
                    formatted = true;
                    inlines(content, out)?;
                }
                MdInline::Code(code) => {
                    formatted = true;
                    out.push_str(code);
                }
                MdInline::Image { src, .. } => return Err(image_message(src)),
                MdInline::LineBreak => out.push(' '),
            }
        }
        Ok(formatted)
    }
    let mut formatted = blocks.len() > 1;
    for block in blocks {
        out.push(' ');
        match block {
            MdBlock::Paragraph(list) => formatted |= inlines(list, out)?,
            MdBlock::Heading { content, .. } => {
                formatted = true;
                inlines(content, out)?;
            }
            MdBlock::Code { text, .. } => {
                formatted = true;
                out.push_str(text);
            }
            MdBlock::List { items, .. } => {
                formatted = true;
                for item in items {
                    md_plain(item, out)?;
                }
            }
            MdBlock::Quote(inner) => {
                formatted = true;
                md_plain(inner, out)?;
            }
            MdBlock::Rule => formatted = true,
        }
    }
    Ok(formatted)
}

// --- HTML ------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Node {
    Text(String),
    El {
        name: String,
        attrs: Vec<(String, String)>,
        children: Vec<Node>,
    },
}

/// Elements that have no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Every HTML element name: anything else after `<` is text (`<nom>`, `a<b`).
const KNOWN: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "math",
    "meta",
    "meter",
    "nav",
    "nobr",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// Tags whose content cannot be shown without loss: the question is not imported.
const REFUSED: &[&str] = &[
    "audio", "button", "canvas", "caption", "col", "colgroup", "datalist", "embed", "fieldset",
    "form", "iframe", "img", "input", "legend", "map", "math", "meter", "object", "optgroup",
    "option", "output", "picture", "progress", "select", "source", "svg", "table", "tbody", "td",
    "textarea", "tfoot", "th", "thead", "tr", "track", "video",
];

/// Tags dropped with their content (with a note).
const DROPPED_WITH_CONTENT: &[&str] = &[
    "head", "link", "meta", "noscript", "script", "style", "template", "title",
];

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "details",
    "dialog",
    "div",
    "dl",
    "dd",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "ul",
];

/// Deeper HTML is refused: the conversion recurses once per level.
const MAX_HTML_DEPTH: usize = 64;

/// An element being read: name, attributes, children so far.
type Open = (String, Vec<(String, String)>, Vec<Node>);

/// Reads HTML into a tree, leniently (stray end tags ignored, open ones closed at the end).
/// `moodle`: Moodle's auto-format, where a line break in the source is a `<br>`.
fn parse_html(source: &str, moodle: bool) -> Result<Vec<Node>, String> {
    // Stack of open elements; index 0 is the root.
    let mut stack: Vec<Open> = vec![(String::new(), Vec::new(), Vec::new())];
    let mut text = String::new();
    fn flush(text: &mut String, stack: &mut [Open]) {
        if !text.is_empty()
            && let Some(top) = stack.last_mut()
        {
            top.2.push(Node::Text(decode_entities(text)));
            text.clear();
        }
    }
    fn close(stack: &mut Vec<Open>) {
        if stack.len() > 1
            && let Some((name, attrs, children)) = stack.pop()
            && let Some(parent) = stack.last_mut()
        {
            parent.2.push(Node::El {
                name,
                attrs,
                children,
            });
        }
    }
    let mut i = 0;
    while i < source.len() {
        let rest = &source[i..];
        let Some(c) = rest.chars().next() else { break };
        if c == '\n' && moodle && !stack.iter().any(|(n, _, _)| n == "pre") {
            flush(&mut text, &mut stack);
            if let Some(top) = stack.last_mut() {
                top.2.push(Node::El {
                    name: "br".into(),
                    attrs: Vec::new(),
                    children: Vec::new(),
                });
            }
            i += 1;
            continue;
        }
        if c == '<' {
            if let Some(comment) = rest.strip_prefix("<!--") {
                flush(&mut text, &mut stack);
                i += 4 + comment.find("-->").map_or(comment.len(), |e| e + 3);
                continue;
            }
            if let Some((tag, len)) = read_tag(rest) {
                flush(&mut text, &mut stack);
                i += len;
                match tag {
                    Tag::Open {
                        name,
                        attrs,
                        closed,
                    } => {
                        if VOID.contains(&name.as_str()) || closed {
                            if let Some(top) = stack.last_mut() {
                                top.2.push(Node::El {
                                    name,
                                    attrs,
                                    children: Vec::new(),
                                });
                            }
                        } else {
                            // A new <p> or <li> ends the open one, as browsers do.
                            if matches!(name.as_str(), "p" | "li")
                                && stack.last().is_some_and(|(n, _, _)| *n == name)
                            {
                                close(&mut stack);
                            }
                            if stack.len() > MAX_HTML_DEPTH {
                                return Err(format!(
                                    "HTML nested more than {MAX_HTML_DEPTH} elements deep"
                                ));
                            }
                            stack.push((name, attrs, Vec::new()));
                        }
                    }
                    Tag::Close(name) => {
                        if let Some(depth) = stack.iter().rposition(|(n, _, _)| *n == name)
                            && depth > 0
                        {
                            while stack.len() > depth {
                                close(&mut stack);
                            }
                        }
                    }
                }
                continue;
            }
        }
        text.push(c);
        i += c.len_utf8();
    }
    flush(&mut text, &mut stack);
    while stack.len() > 1 {
        close(&mut stack);
    }
    Ok(stack
        .pop()
        .map(|(_, _, children)| children)
        .unwrap_or_default())
}

enum Tag {
    Open {
        name: String,
        attrs: Vec<(String, String)>,
        closed: bool,
    },
    Close(String),
}

/// A tag of a known element at the start of `s`, and its length in bytes.
fn read_tag(s: &str) -> Option<(Tag, usize)> {
    let bytes = s.as_bytes();
    let closing = bytes.get(1) == Some(&b'/');
    let name_start = if closing { 2 } else { 1 };
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[name_start..name_start + name_len].to_ascii_lowercase();
    if !KNOWN.contains(&name.as_str()) {
        return None;
    }
    let mut i = name_start + name_len;
    if !matches!(
        bytes.get(i),
        Some(b'>' | b'/') | Some(b' ' | b'\t' | b'\n' | b'\r')
    ) {
        return None;
    }
    let mut attrs = Vec::new();
    let mut closed = false;
    loop {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        match bytes.get(i)? {
            b'>' => {
                i += 1;
                break;
            }
            b'/' => {
                closed = true;
                i += 1;
            }
            _ => {
                let start = i;
                while bytes
                    .get(i)
                    .is_some_and(|b| !b.is_ascii_whitespace() && !b"=>/".contains(b))
                {
                    i += 1;
                }
                let key = s[start..i].to_ascii_lowercase();
                let mut value = String::new();
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    match bytes.get(i) {
                        Some(&q @ (b'"' | b'\'')) => {
                            let end = s[i + 1..].find(q as char)? + i + 1;
                            value = decode_entities(&s[i + 1..end]);
                            i = end + 1;
                        }
                        _ => {
                            let start = i;
                            while bytes
                                .get(i)
                                .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                            {
                                i += 1;
                            }
                            value = decode_entities(&s[start..i]);
                        }
                    }
                }
                if key.is_empty() {
                    i += 1;
                } else {
                    attrs.push((key, value));
                }
            }
        }
    }
    let tag = if closing {
        Tag::Close(name)
    } else {
        Tag::Open {
            name,
            attrs,
            closed,
        }
    };
    Some((tag, i))
}

/// Decodes `&amp;`, `&#233;`, `&#xE9;` and the common named entities; others stay as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .char_indices()
            .take(12)
            .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '#')
            .map(|(k, c)| (k + 1, c));
        let decoded = match end {
            Some((semi, ';')) => {
                let name = &rest[1..semi];
                entity(name).map(|c| (c, semi + 1))
            }
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    #[rustfmt::skip]
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''),
        ("nbsp", '\u{a0}'), ("laquo", '«'), ("raquo", '»'), ("lsquo", '‘'), ("rsquo", '’'),
        ("ldquo", '“'), ("rdquo", '”'), ("sbquo", '‚'), ("bdquo", '„'), ("hellip", '…'),
        ("ndash", '–'), ("mdash", '—'), ("euro", '€'), ("copy", '©'), ("reg", '®'),
        ("trade", '™'), ("deg", '°'), ("plusmn", '±'), ("times", '×'), ("divide", '÷'),
        ("middot", '·'), ("bull", '•'), ("para", '¶'), ("sect", '§'), ("cent", '¢'),
        ("pound", '£'), ("yen", '¥'), ("iexcl", '¡'), ("iquest", '¿'), ("frac12", '½'),
        ("frac14", '¼'), ("frac34", '¾'), ("sup2", '²'), ("sup3", '³'), ("micro", 'µ'),
        ("larr", '←'), ("rarr", '→'), ("uarr", '↑'), ("darr", '↓'), ("harr", '↔'),
        ("le", '≤'), ("ge", '≥'), ("ne", '≠'), ("asymp", '≈'), ("infin", '∞'),
        ("minus", '−'), ("thinsp", '\u{2009}'), ("ensp", '\u{2002}'), ("emsp", '\u{2003}'),
        ("lrm", '\u{200e}'), ("rlm", '\u{200f}'), ("zwj", '\u{200d}'), ("zwnj", '\u{200c}'),
        ("agrave", 'à'), ("aacute", 'á'), ("acirc", 'â'), ("atilde", 'ã'), ("auml", 'ä'),
        ("aring", 'å'), ("aelig", 'æ'), ("ccedil", 'ç'), ("egrave", 'è'), ("eacute", 'é'),
        ("ecirc", 'ê'), ("euml", 'ë'), ("igrave", 'ì'), ("iacute", 'í'), ("icirc", 'î'),
        ("iuml", 'ï'), ("ntilde", 'ñ'), ("ograve", 'ò'), ("oacute", 'ó'), ("ocirc", 'ô'),
        ("otilde", 'õ'), ("ouml", 'ö'), ("oslash", 'ø'), ("ugrave", 'ù'), ("uacute", 'ú'),
        ("ucirc", 'û'), ("uuml", 'ü'), ("yacute", 'ý'), ("yuml", 'ÿ'), ("szlig", 'ß'),
        ("oelig", 'œ'), ("Agrave", 'À'), ("Aacute", 'Á'), ("Acirc", 'Â'), ("Auml", 'Ä'),
        ("AElig", 'Æ'), ("Ccedil", 'Ç'), ("Egrave", 'È'), ("Eacute", 'É'), ("Ecirc", 'Ê'),
        ("Euml", 'Ë'), ("Icirc", 'Î'), ("Iuml", 'Ï'), ("Ocirc", 'Ô'), ("Ouml", 'Ö'),
        ("Ugrave", 'Ù'), ("Ucirc", 'Û'), ("Uuml", 'Ü'), ("OElig", 'Œ'),
    ];
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// Turns an HTML tree into blocks of inlines, noting what it drops.
struct Builder<'c, 'a> {
    conv: &'c mut Conv<'a>,
    blocks: Vec<Blk>,
    /// Open inline containers; `[0]` is the current paragraph.
    inlines: Vec<Vec<Inl>>,
    error: Option<String>,
}

impl<'c, 'a> Builder<'c, 'a> {
    fn new(conv: &'c mut Conv<'a>) -> Self {
        Builder {
            conv,
            blocks: Vec::new(),
            inlines: vec![Vec::new()],
            error: None,
        }
    }

    fn finish(mut self) -> Result<Vec<Blk>, String> {
        self.end_paragraph();
        match self.error {
            Some(error) => Err(error),
            None => Ok(self.blocks),
        }
    }

    fn push(&mut self, inline: Inl) {
        if let Some(top) = self.inlines.last_mut() {
            top.push(inline);
        }
    }

    fn end_paragraph(&mut self) {
        if self.inlines.len() == 1 {
            let para = std::mem::take(&mut self.inlines[0]);
            if para.iter().any(|i| !matches!(i, Inl::Break)) && !plain_is_blank(&para) {
                self.blocks.push(Blk::Para(para));
            }
        } else {
            self.push(Inl::Break);
        }
    }

    fn nodes(&mut self, nodes: &[Node]) {
        for node in nodes {
            if self.error.is_some() {
                return;
            }
            self.node(node);
        }
    }

    fn node(&mut self, node: &Node) {
        let (name, attrs, children) = match node {
            Node::Text(text) => {
                let collapsed: String = collapse_spaces(text);
                self.push(Inl::Text(collapsed));
                return;
            }
            Node::El {
                name,
                attrs,
                children,
            } => (name.as_str(), attrs, children),
        };
        if REFUSED.contains(&name) {
            self.error = Some(match name {
                "img" | "picture" => image_message(
                    &attrs
                        .iter()
                        .find(|(k, _)| k == "src")
                        .map_or("<img>".into(), |(_, v)| v.clone()),
                ),
                "table" | "tr" | "td" | "th" | "tbody" | "thead" | "tfoot" | "caption" | "col"
                | "colgroup" => {
                    "an HTML table cannot be imported: Nour has no tables in questions".into()
                }
                _ => format!(
                    "<{name}> cannot be imported: Nour shows no embedded media or form controls in questions"
                ),
            });
            return;
        }
        if DROPPED_WITH_CONTENT.contains(&name) {
            self.conv.removed.insert(name.to_owned());
            return;
        }
        let has_attrs = attrs.iter().any(|(k, v)| meaningful_attribute(k, v));
        match name {
            "br" => self.push(Inl::Break),
            "b" | "strong" | "i" | "em" | "cite" | "dfn" | "var" => {
                self.inlines.push(Vec::new());
                self.nodes(children);
                let inner = self.inlines.pop().unwrap_or_default();
                self.push(if matches!(name, "b" | "strong") {
                    Inl::Strong(inner)
                } else {
                    Inl::Em(inner)
                });
            }
            "code" | "tt" | "kbd" | "samp" => {
                let mut text = String::new();
                text_content(children, &mut text);
                self.push(Inl::Code(text));
            }
            "a" => {
                let href = attrs
                    .iter()
                    .find(|(k, _)| k == "href")
                    .map(|(_, v)| v.trim());
                match href {
                    Some(href) if is_safe_link(href) => {
                        self.inlines.push(Vec::new());
                        self.nodes(children);
                        let inner = self.inlines.pop().unwrap_or_default();
                        self.push(Inl::Link(href.to_owned(), inner));
                    }
                    Some(href) => {
                        self.conv.notes.insert(format!(
                            "link to {href:?} dropped, its text kept: Nour keeps only https://, http:// and mailto: links"
                        ));
                        self.nodes(children);
                    }
                    None => self.nodes(children),
                }
            }
            "pre" => {
                let mut text = String::new();
                text_content(children, &mut text);
                if self.inlines.len() > 1 {
                    self.push(Inl::Code(text));
                } else {
                    self.end_paragraph();
                    self.blocks.push(Blk::Pre(text));
                }
            }
            "ul" | "ol" => {
                if self.inlines.len() > 1 {
                    self.conv.dropped.insert(name.to_owned());
                    self.nodes(children);
                    return;
                }
                self.end_paragraph();
                let mut items = Vec::new();
                for child in children {
                    match child {
                        Node::El {
                            name: li, children, ..
                        } if li == "li" => {
                            let mut sub = Builder::new(self.conv);
                            sub.nodes(children);
                            let error = sub.error.take();
                            let blocks = sub.finish().unwrap_or_default();
                            if let Some(error) = error {
                                self.error = Some(error);
                                return;
                            }
                            items.push(self.flatten(blocks));
                        }
                        Node::Text(text) if text.trim().is_empty() => {}
                        other => {
                            let mut sub = Builder::new(self.conv);
                            sub.node(other);
                            let error = sub.error.take();
                            let blocks = sub.finish().unwrap_or_default();
                            if let Some(error) = error {
                                self.error = Some(error);
                                return;
                            }
                            let flat = self.flatten(blocks);
                            if !flat.is_empty() {
                                items.push(flat);
                            }
                        }
                    }
                }
                if !items.is_empty() {
                    self.blocks.push(Blk::List {
                        ordered: name == "ol",
                        items,
                    });
                }
            }
            _ if BLOCKS.contains(&name) => {
                if matches!(
                    name,
                    "blockquote" | "hr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                ) || (has_attrs && matches!(name, "div" | "p"))
                {
                    self.conv.dropped.insert(name.to_owned());
                }
                self.end_paragraph();
                self.nodes(children);
                self.end_paragraph();
            }
            // html, body, span, font, u, sub, sup… : the content stays, the formatting goes.
            _ => {
                if has_attrs || !matches!(name, "span" | "html" | "body") {
                    self.conv.dropped.insert(name.to_owned());
                }
                self.nodes(children);
            }
        }
    }

    /// A list item's blocks as one line of inlines.
    fn flatten(&mut self, blocks: Vec<Blk>) -> Vec<Inl> {
        let mut out = Vec::new();
        for block in blocks {
            if !out.is_empty() {
                out.push(Inl::Break);
            }
            match block {
                Blk::Para(inlines) => out.extend(inlines),
                Blk::Pre(code) => out.push(Inl::Code(code)),
                Blk::List { items, .. } => {
                    self.conv.notes.insert("a nested list was flattened".into());
                    for (k, item) in items.into_iter().enumerate() {
                        if k > 0 {
                            out.push(Inl::Break);
                        }
                        out.extend(item);
                    }
                }
            }
        }
        out
    }
}

/// Whether dropping an attribute loses something the learner would see. Moodle's editors add
/// `dir`, `class`, `id` and `style="text-align: left;"` everywhere; Nour sets the direction
/// from the language.
fn meaningful_attribute(key: &str, value: &str) -> bool {
    match key {
        "href" | "dir" | "lang" | "class" | "id" | "title" => false,
        "style" => value
            .split(';')
            .map(|d| {
                d.split_whitespace()
                    .collect::<String>()
                    .to_ascii_lowercase()
            })
            .any(|d| {
                !d.is_empty()
                    && !matches!(
                        d.as_str(),
                        "text-align:left" | "text-align:start" | "text-align:right"
                    )
            }),
        _ => true,
    }
}

fn plain_is_blank(list: &[Inl]) -> bool {
    let mut text = String::new();
    plain_inlines(list, &mut text);
    text.trim().is_empty()
}

fn collapse_spaces(text: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// The text of nodes with tags removed and whitespace kept (`<br>` as a line break).
fn text_content(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::El { name, .. } if name == "br" => out.push('\n'),
            Node::El { children, .. } => text_content(children, out),
        }
    }
}
