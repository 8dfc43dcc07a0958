//! The portfolio as one self-contained HTML file, small enough to send over WhatsApp or by
//! email and readable offline, printed, or on a phone.
//!
//! **The file runs nothing and loads nothing.** There is no `<script>`; images, the photo too,
//! are `data:` URIs; every text of the learner or of a course goes through [`escape`]; entry
//! descriptions are rendered from the core Markdown parser's typed blocks, never passed through
//! as HTML, with links kept only for `https://`, `http://` and `mailto:`. A
//! `Content-Security-Policy` allows images from `data:` and the inline style, nothing else, so
//! even a stray script would not run.
//!
//! The style is mobile-first, prints cleanly, and uses CSS logical properties only, so the page
//! mirrors by itself in Arabic; code stays left to right.
//!
//! [`ExportLabels`] carries the words of every export in the learner's language: the core has no
//! i18n, the UI fills it.

use crate::core::achievement::{Achievement, AchievementKind};
use crate::core::markdown::{Block, Inline};
use crate::core::portfolio::{Entry, EntryKind, ImageData, ImageRef, LanguageLevel, Portfolio};
use crate::core::resume::{pick, skill_label, title, utc_date};
use crate::core::skills::skill_evidence;

/// The words the exports need, in the learner's language, filled by the UI from its i18n.
#[derive(Clone, Copy, Debug)]
pub struct ExportLabels<'a> {
    /// Page title after her name: "Portfolio".
    pub portfolio: &'a str,
    pub about: &'a str,
    pub projects: &'a str,
    pub reflections: &'a str,
    pub achievements: &'a str,
    pub skills: &'a str,
    pub languages: &'a str,
    /// Before an entry's role: "Rôle" (the page adds the colon as each language writes it).
    pub role: &'a str,
    /// Link text of an entry's repository: "Code source".
    pub repository: &'a str,
    /// Link text of an entry's live address: "Voir en ligne".
    pub live: &'a str,
    /// Before an achievement's issuer: "Délivré par".
    pub issued_by: &'a str,
    /// "Score", a bare word like `role`; also the name of the score in an Open Badge.
    pub score: &'a str,
    /// What a module achievement is: "Module terminé" (page, and Open Badge descriptions).
    pub module_completed: &'a str,
    /// What a checkpoint achievement is: "Point de contrôle réussi".
    pub checkpoint_passed: &'a str,
    /// The level of a mother tongue, in the page and the résumé: "Langue maternelle".
    pub native: &'a str,
    /// Before the export date in the footer: "Généré par Nour le".
    pub generated: &'a str,
    /// The description of an unsigned Open Badge, for people: "Attestation non signée, exportée
    /// par l'apprenante depuis Nour : l'émetteur ne l'a pas signée."
    pub unsigned: &'a str,
}

/// Raster types a `data:` image may have. SVG is left out: it is a document that can carry
/// scripts and links, and the browser only ever gives us JPEG or WebP.
const IMAGE_TYPES: [&str; 4] = ["image/jpeg", "image/png", "image/webp", "image/gif"];

const STYLE: &str = "\
body{font:16px/1.5 system-ui,sans-serif;color:#1c1c1c;margin:0 auto;max-inline-size:46rem;padding:1rem}\
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}\
h1{margin:0;font-size:1.7rem}h2{font-size:1.25rem;margin-block:2rem .5rem;padding-block-end:.2rem;border-block-end:2px solid #0b6e4f}\
h3{margin-block:0 .25rem;font-size:1.1rem}p{margin-block:.4rem}\
img{max-inline-size:100%;block-size:auto}.photo{inline-size:6rem;block-size:6rem;border-radius:50%;object-fit:cover}\
article,section>ul>li{margin-block-end:1rem;break-inside:avoid}ul.plain{list-style:none;padding:0}\
.meta{color:#555;font-size:.9rem}.k::after{content:\": \"}:lang(fr) .k::after{content:\"\\a0: \"}.about{white-space:pre-line}\
.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}\
.tags li{border:1px solid #0b6e4f;border-radius:1rem;padding-inline:.6rem;font-size:.85rem}\
pre{overflow:auto;background:#f3f3f3;padding:.5rem}code{font-family:ui-monospace,monospace}\
blockquote{margin-inline:0;padding-inline-start:1rem;border-inline-start:3px solid #ccc}\
a{color:#0b57d0}footer{margin-block-start:2rem;color:#555;font-size:.85rem}\
@media print{body{max-inline-size:none}a{color:inherit}}";

/// The whole portfolio page. `achievements` are those earned (hidden ones are left out here);
/// `images` the stored bytes by id (an image without bytes is skipped); `dir` is `rtl` or `ltr`;
/// `generated_ms` the export time for the footer.
pub fn portfolio_html(
    portfolio: &Portfolio,
    achievements: &[Achievement],
    images: &[ImageData],
    labels: &ExportLabels,
    lang: &str,
    dir: &str,
    generated_ms: u64,
) -> String {
    let profile = &portfolio.profile;
    let dir = if dir == "rtl" { "rtl" } else { "ltr" };
    let shown: Vec<Achievement> = achievements
        .iter()
        .filter(|achievement| !portfolio.is_hidden(&achievement.id))
        .cloned()
        .collect();
    let name = profile.name.trim();
    let page_title = if name.is_empty() {
        labels.portfolio.to_owned()
    } else {
        format!("{name} — {}", labels.portfolio)
    };

    let mut html = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; \
         style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n",
        escape(lang),
        escape(&page_title)
    );

    if let Some(photo) = &profile.photo {
        let alt = if photo.alt.trim().is_empty() {
            name
        } else {
            photo.alt.trim()
        };
        html.push_str(&image(photo, images, alt, "photo"));
    }
    html.push_str("<div>\n");
    push_tag(&mut html, "h1", name);
    push_tag(&mut html, "p", &profile.headline);
    if !profile.city.trim().is_empty() {
        push_tag_class(&mut html, "p", "meta", &profile.city);
    }
    let mut contacts = Vec::new();
    let email = profile.email.trim();
    if !email.is_empty() {
        contacts.push(link(&format!("mailto:{email}"), &escape(email)));
    }
    // Digits and `+` only, so the address needs no check.
    let phone: String = profile
        .phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    if !phone.is_empty() {
        let text = escape(profile.phone.trim());
        contacts.push(format!("<a href=\"tel:{phone}\">{text}</a>"));
    }
    for contact in &profile.links {
        let text = if contact.label.trim().is_empty() {
            &contact.url
        } else {
            &contact.label
        };
        contacts.push(link(&contact.url, &escape(text.trim())));
    }
    contacts.retain(|c| !c.is_empty());
    if !contacts.is_empty() {
        html.push_str("<p class=\"meta\">");
        html.push_str(&contacts.join(" · "));
        html.push_str("</p>\n");
    }
    html.push_str("</div>\n</header>\n<main>\n");

    if !profile.about.trim().is_empty() {
        section_start(&mut html, "about", labels.about);
        push_tag_class(&mut html, "p", "about", &profile.about);
        html.push_str("</section>\n");
    }

    for (kind, id, heading) in [
        (EntryKind::Project, "projects", labels.projects),
        (EntryKind::Reflection, "reflections", labels.reflections),
    ] {
        let entries: Vec<&Entry> = portfolio
            .entries
            .iter()
            .filter(|e| e.kind == kind)
            .collect();
        if entries.is_empty() {
            continue;
        }
        section_start(&mut html, id, heading);
        for entry in entries {
            html.push_str(&entry_html(entry, images, labels));
        }
        html.push_str("</section>\n");
    }

    if !shown.is_empty() {
        section_start(&mut html, "achievements", labels.achievements);
        html.push_str("<ul class=\"plain\">\n");
        for achievement in &shown {
            html.push_str(&achievement_html(achievement, labels, lang));
        }
        html.push_str("</ul>\n</section>\n");
    }

    let skills = skill_evidence(&shown, &portfolio.entries);
    if !skills.is_empty() {
        section_start(&mut html, "skills", labels.skills);
        html.push_str("<ul class=\"tags\">\n");
        for skill in &skills {
            let text = escape(skill_label(&skill.name, lang));
            let item = match skill.esco.as_deref().map(|uri| link(uri, &text)) {
                Some(linked) if !linked.is_empty() => linked,
                _ => text,
            };
            html.push_str(&format!("<li>{item}</li>\n"));
        }
        html.push_str("</ul>\n</section>\n");
    }

    if !profile.languages.is_empty() {
        section_start(&mut html, "languages", labels.languages);
        html.push_str("<ul>\n");
        for spoken in &profile.languages {
            let level = match spoken.level {
                LanguageLevel::Native => labels.native.to_owned(),
                level => level.code().to_ascii_uppercase(),
            };
            html.push_str(&format!(
                "<li>{} — {}</li>\n",
                escape(spoken.language.trim()),
                escape(&level)
            ));
        }
        html.push_str("</ul>\n</section>\n");
    }

    let date = utc_date(generated_ms);
    html.push_str(&format!(
        "</main>\n<footer><p>{} <time datetime=\"{date}\">{date}</time></p></footer>\n</body>\n</html>\n",
        escape(labels.generated)
    ));
    html
}

fn entry_html(entry: &Entry, images: &[ImageData], labels: &ExportLabels) -> String {
    let mut html = String::from("<article>\n");
    push_tag(&mut html, "h3", &entry.title);
    let mut meta = Vec::new();
    if !entry.role.trim().is_empty() {
        meta.push(format!("{}{}", key(labels.role), escape(entry.role.trim())));
    }
    let dates: Vec<String> = [&entry.start, &entry.end]
        .into_iter()
        .map(|date| date.trim())
        .filter(|date| !date.is_empty())
        .map(|date| format!("<time datetime=\"{0}\">{0}</time>", escape(date)))
        .collect();
    if !dates.is_empty() {
        meta.push(dates.join(" – "));
    }
    if !meta.is_empty() {
        html.push_str(&format!("<p class=\"meta\">{}</p>\n", meta.join(" · ")));
    }
    html.push_str(&markdown_html(&crate::core::markdown::parse(
        &entry.description,
    )));
    for picture in &entry.images {
        html.push_str(&image(picture, images, picture.alt.trim(), ""));
    }
    let links: Vec<String> = [
        (&entry.repository, labels.repository),
        (&entry.live_url, labels.live),
    ]
    .into_iter()
    .map(|(url, text)| link(url, &escape(text)))
    .filter(|a| !a.is_empty())
    .collect();
    if !links.is_empty() {
        html.push_str(&format!("<p>{}</p>\n", links.join(" · ")));
    }
    let skills: Vec<String> = entry
        .skills
        .iter()
        .map(|skill| skill.trim())
        .filter(|skill| !skill.is_empty())
        .map(|skill| format!("<li>{}</li>", escape(skill)))
        .collect();
    if !skills.is_empty() {
        html.push_str(&format!("<ul class=\"tags\">{}</ul>\n", skills.concat()));
    }
    html.push_str("</article>\n");
    html
}

fn achievement_html(achievement: &Achievement, labels: &ExportLabels, lang: &str) -> String {
    let kind = match achievement.kind {
        AchievementKind::ModuleCompleted => labels.module_completed,
        AchievementKind::CheckpointPassed => labels.checkpoint_passed,
    };
    let date = utc_date(achievement.earned_ms);
    let mut html = format!(
        "<li><h3>{}</h3>\n<p>{}</p>\n<p class=\"meta\">{} · <time datetime=\"{date}\">{date}</time>",
        escape(&title(achievement, lang)),
        escape(&pick(&achievement.course_title, achievement, lang)),
        escape(kind),
    );
    let issuer = escape(achievement.issuer.name.trim());
    if !issuer.is_empty() {
        let linked = achievement
            .issuer
            .url
            .as_deref()
            .map(|url| link(url, &issuer))
            .filter(|a| !a.is_empty())
            .unwrap_or(issuer);
        html.push_str(&format!(" · {} {linked}", escape(labels.issued_by)));
    }
    if let Some(score) = achievement.score {
        html.push_str(&format!(" · {}{score}\u{a0}%", key(labels.score)));
    }
    html.push_str("</p>\n");
    let criteria = pick(&achievement.criteria, achievement, lang);
    if !criteria.is_empty() {
        push_tag_class(&mut html, "p", "meta", &criteria);
    }
    html.push_str("</li>\n");
    html
}

/// `<img>` with the image's bytes as a `data:` URI; empty when the bytes are missing or the
/// type is not a raster image.
fn image(picture: &ImageRef, images: &[ImageData], alt: &str, class: &str) -> String {
    let media_type = picture.media_type.trim().to_ascii_lowercase();
    let data = images.iter().find(|data| data.id == picture.id);
    let Some(data) = data.filter(|_| IMAGE_TYPES.contains(&media_type.as_str())) else {
        return String::new();
    };
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    format!(
        "<img{class} src=\"data:{media_type};base64,{}\" alt=\"{}\" width=\"{}\" height=\"{}\">\n",
        crate::core::base64::encode(&data.bytes),
        escape(alt),
        picture.width,
        picture.height
    )
}

/// An `<a>` to `href` around already escaped `content`, or empty when `href` is not an
/// `https://`, `http://` or `mailto:` address: `javascript:` and the like are dropped.
fn link(href: &str, content: &str) -> String {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    let safe = ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.len() > scheme.len() && lower.starts_with(scheme));
    if !safe || content.is_empty() {
        return String::new();
    }
    format!(
        "<a href=\"{}\" rel=\"noopener noreferrer\">{content}</a>",
        escape(href)
    )
}

/// A label before its value; the stylesheet adds the colon each language writes.
fn key(label: &str) -> String {
    format!("<span class=\"k\">{}</span>", escape(label))
}

fn section_start(html: &mut String, id: &str, heading: &str) {
    html.push_str(&format!(
        "<section id=\"{id}\">\n<h2>{}</h2>\n",
        escape(heading)
    ));
}

/// `<tag>text</tag>`, unless the text is blank.
fn push_tag(html: &mut String, tag: &str, text: &str) {
    push_tag_class(html, tag, "", text);
}

fn push_tag_class(html: &mut String, tag: &str, class: &str, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    html.push_str(&format!("<{tag}{class}>{}</{tag}>\n", escape(text)));
}

/// `text` safe in HTML text and in quoted attribute values: `&`, `<`, `>`, `"` and `'` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Markdown blocks as HTML. Headings start at `<h4>`, under the entry's `<h3>`; images become
/// their alt text (a portfolio file loads nothing); code stays left to right.
pub fn markdown_html(blocks: &[Block]) -> String {
    let mut html = String::new();
    for block in blocks {
        match block {
            Block::Heading { level, content } => {
                let level = (level + 3).min(6);
                html.push_str(&format!("<h{level}>{}</h{level}>\n", inlines_html(content)));
            }
            Block::Paragraph(content) => {
                html.push_str(&format!("<p>{}</p>\n", inlines_html(content)));
            }
            Block::List {
                ordered,
                start,
                items,
            } => {
                let tag = if *ordered { "ol" } else { "ul" };
                if *ordered && *start != 1 {
                    html.push_str(&format!("<ol start=\"{start}\">\n"));
                } else {
                    html.push_str(&format!("<{tag}>\n"));
                }
                for item in items {
                    html.push_str(&format!("<li>{}</li>\n", markdown_html(item)));
                }
                html.push_str(&format!("</{tag}>\n"));
            }
            Block::Code { text, .. } => {
                html.push_str(&format!(
                    "<pre dir=\"ltr\"><code>{}</code></pre>\n",
                    escape(text)
                ));
            }
            Block::Quote(inner) => {
                html.push_str(&format!(
                    "<blockquote>\n{}</blockquote>\n",
                    markdown_html(inner)
                ));
            }
            Block::Rule => html.push_str("<hr>\n"),
        }
    }
    html
}

fn inlines_html(inlines: &[Inline]) -> String {
    let mut html = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => html.push_str(&escape(text)),
            Inline::Strong(content) => {
                html.push_str(&format!("<strong>{}</strong>", inlines_html(content)));
            }
            Inline::Emphasis(content) => {
                html.push_str(&format!("<em>{}</em>", inlines_html(content)));
            }
            Inline::Code(code) => {
                html.push_str(&format!("<code dir=\"ltr\">{}</code>", escape(code)));
            }
            Inline::Link { href, content } => {
                let content = inlines_html(content);
                match link(href, &content) {
                    linked if linked.is_empty() => html.push_str(&content),
                    linked => html.push_str(&linked),
                }
            }
            Inline::Image { alt, .. } => html.push_str(&escape(alt)),
            Inline::LineBreak => html.push_str("<br>"),
        }
    }
    html
}
