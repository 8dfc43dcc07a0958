//! `nour-bundle import-aiken`: Moodle's Aiken format to one Nour assessment of single choices.
//!
//! ```text
//! Quelle propriété règle l'espace entre le contenu et la bordure ?
//! A. margin
//! B. padding
//! C) border
//! ANSWER: B
//! ```
//!
//! A question is one or more lines of text, then options `A.` or `A)` (an uppercase letter, a
//! point or a parenthesis, a space), then `ANSWER: <letter>`. Blank lines are ignored. Text is
//! plain: it shows literally. Each problem is reported with its line and the question left out.

use nour::core::model::{Choice, Interaction};

use crate::gift::{Collector, Options, Outcome, Problem, item, plain_markdown, problem, text_in};

/// Options of an Aiken question: at most A to Z, and as many as Nour's choice lists take.
const MAX_OPTIONS: usize = 26;

pub fn import(source: &str, options: &Options) -> Outcome {
    let mut collector = Collector::new(options);
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let source = source.replace("\r\n", "\n").replace('\r', "\n");
    let mut current: Option<Pending> = None;
    for (index, raw) in source.split('\n').enumerate() {
        let line = index + 1;
        let text = raw.trim();
        if text.is_empty() {
            continue;
        }
        if let Some(letter) = answer_line(text) {
            match current.take() {
                Some(pending) => {
                    let result = pending.finish(letter, line, &options.lang);
                    collector.question(pending.start, None, result);
                }
                None => collector.question(
                    line,
                    None,
                    Err(problem(line, "an ANSWER line without a question before it")),
                ),
            }
            continue;
        }
        if let Some((letter, option)) = option_line(text) {
            let pending = current.get_or_insert_with(|| Pending::new(line));
            if pending.text.is_empty() && pending.error.is_none() {
                pending.error = Some(problem(line, "an option without a question before it"));
            }
            if pending.options.iter().any(|(l, _, _)| *l == letter) {
                pending.error.get_or_insert_with(|| {
                    problem(line, format!("option {letter} is listed twice"))
                });
            }
            pending.options.push((letter, option.to_owned(), line));
            continue;
        }
        // Question text: a new question if the previous one already has options.
        if let Some(pending) = current.take_if(|p| !p.options.is_empty()) {
            collector.question(pending.start, None, Err(pending.missing_answer()));
        }
        current
            .get_or_insert_with(|| Pending::new(line))
            .text
            .push(text.to_owned());
    }
    if let Some(pending) = current {
        collector.question(pending.start, None, Err(pending.missing_answer()));
    }
    collector.finish()
}

/// `ANSWER: B` (the keyword in any case) → the letter as written.
fn answer_line(text: &str) -> Option<&str> {
    let (keyword, rest) = text.split_once(':')?;
    keyword
        .trim()
        .eq_ignore_ascii_case("answer")
        .then(|| rest.trim())
}

/// `B. text` or `B) text`.
fn option_line(text: &str) -> Option<(char, &str)> {
    let mut chars = text.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let mark = chars.next().filter(|c| matches!(c, '.' | ')'))?;
    let rest = &text[letter.len_utf8() + mark.len_utf8()..];
    rest.starts_with([' ', '\t']).then(|| (letter, rest.trim()))
}

struct Pending {
    start: usize,
    text: Vec<String>,
    options: Vec<(char, String, usize)>,
    /// The first problem found; the question is still read to its ANSWER line.
    error: Option<Problem>,
}

impl Pending {
    fn new(start: usize) -> Self {
        Pending {
            start,
            text: Vec::new(),
            options: Vec::new(),
            error: None,
        }
    }

    fn missing_answer(&self) -> Problem {
        self.error.clone().unwrap_or_else(|| {
            problem(
                self.start,
                "no ANSWER line: end each question with ANSWER: and the letter of the right option",
            )
        })
    }

    fn finish(
        &self,
        letter: &str,
        line: usize,
        lang: &str,
    ) -> Result<(nour::core::model::Item, Vec<String>), Problem> {
        if let Some(error) = &self.error {
            return Err(error.clone());
        }
        if self.options.len() < 2 {
            return Err(problem(
                self.start,
                format!(
                    "{} option(s): a question needs at least 2 (lines such as \"A. text\")",
                    self.options.len()
                ),
            ));
        }
        if self.options.len() > MAX_OPTIONS {
            return Err(problem(self.start, "more than 26 options"));
        }
        let mut letters = letter.chars();
        let right = match (letters.next(), letters.next()) {
            (Some(c), None) => c.to_ascii_uppercase(),
            _ => {
                return Err(problem(
                    line,
                    format!("ANSWER {letter:?} is not one letter (Aiken has one right answer)"),
                ));
            }
        };
        if !self.options.iter().any(|(l, _, _)| *l == right) {
            let known: Vec<String> = self.options.iter().map(|(l, _, _)| l.to_string()).collect();
            return Err(problem(
                line,
                format!(
                    "ANSWER {right} is not one of the options ({})",
                    known.join(", ")
                ),
            ));
        }
        let mut choices = Vec::new();
        for (l, text, option_line) in &self.options {
            if text.is_empty() {
                return Err(problem(*option_line, format!("option {l} is empty")));
            }
            if text.chars().count() > nour::core::validate::MAX_SUMMARY_CHARS {
                return Err(problem(*option_line, format!("option {l} is too long")));
            }
            choices.push(Choice {
                text: text_in(lang, text),
                correct: *l == right,
                credit: None,
                feedback: Default::default(),
            });
        }
        let prompt = plain_markdown(&self.text.join("\n"));
        Ok((
            item(
                text_in(lang, &prompt),
                Interaction::SingleChoice { choices },
            ),
            Vec::new(),
        ))
    }
}
