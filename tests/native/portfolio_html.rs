//! The self-contained HTML portfolio: hostile text stays text, nothing runs or loads, images
//! are inlined, Arabic is right to left, and every section is there.

use nour::core::base64;
use nour::core::markdown;
use nour::core::portfolio::{ContactLink, Portfolio};
use nour::core::portfolio_html::{escape, markdown_html, portfolio_html};

use crate::portfolio_sample::{
    GENERATED_MS, checkpoint_achievement, image_ref, images, labels_ar, labels_fr,
    module_achievement, portfolio,
};

fn page(portfolio: &Portfolio) -> String {
    portfolio_html(
        portfolio,
        &[module_achievement(), checkpoint_achievement()],
        &images(),
        &labels_fr(),
        "fr",
        "ltr",
        GENERATED_MS,
    )
}

/// Every tag name in the page: the `<` that the page itself writes.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| {
            rest.trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .collect()
}

const ALLOWED_TAGS: [&str; 37] = [
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "main",
    "footer",
    "section",
    "article",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "time",
    "span",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "hr",
    "br",
    "figure",
    "figcaption",
    "bdi",
];

/// Every attribute value the page writes (`name="value"`), as (name, value).
fn attributes(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for part in html.split('<').skip(1) {
        let tag = part.split('>').next().unwrap_or("");
        let mut rest = tag;
        while let Some(eq) = rest.find("=\"") {
            let name = rest[..eq].rsplit(' ').next().unwrap_or("").to_owned();
            let after = &rest[eq + 2..];
            let end = after.find('"').expect("closing quote");
            found.push((name, after[..end].to_owned()));
            rest = &after[end + 1..];
        }
    }
    found
}

fn hostile() -> Portfolio {
    let mut portfolio = portfolio();
    portfolio.profile.name = "<script>alert('nom')</script>".to_owned();
    portfolio.profile.headline = "Dev \"full\" stack' onmouseover='x".to_owned();
    portfolio.profile.photo = Some(image_ref("photo-1", "image/jpeg", "\" onerror=\"alert(1)"));
    portfolio.profile.links = vec![
        ContactLink {
            label: "<b>moi</b>".to_owned(),
            url: "javascript:alert(1)".to_owned(),
        },
        ContactLink {
            label: "Site".to_owned(),
            url: "https://ok.example/?a=1&b=\"2\"".to_owned(),
        },
    ];
    let entry = &mut portfolio.entries[0];
    entry.title = "</article><script src=//evil.example></script>".to_owned();
    entry.description = "[clique](javascript:alert(1)) [ici]( JAVASCRIPT:alert(2)) \
        <img src=x onerror=alert(3)> [data](data:text/html,<script>alert(4)</script>) \
        <SCRIPT>alert(5)</SCRIPT>"
        .to_owned();
    entry.live_url = "javascript:alert(6)".to_owned();
    entry.repository = "vbscript:msgbox".to_owned();
    entry.skills = vec!["<i>html</i>".to_owned()];
    portfolio
}

#[test]
fn hostile_text_stays_text() {
    let html = page(&hostile());
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{html}");
    assert!(!lower.contains("javascript:"), "{html}");
    assert!(!lower.contains("vbscript:"), "{html}");
    assert!(!lower.contains("href=\"data:"), "{html}");
    for tag in tags(&html) {
        assert!(
            ALLOWED_TAGS.contains(&tag.as_str()),
            "unexpected <{tag}> in\n{html}"
        );
    }
    for (name, value) in attributes(&html) {
        assert!(
            !name.starts_with("on") && !value.contains('"') && !value.contains('<'),
            "{name}={value:?}"
        );
    }
    assert!(html.contains("<h1>&lt;script&gt;alert(&#39;nom&#39;)&lt;/script&gt;</h1>"));
    assert!(html.contains("Dev &quot;full&quot; stack&#39; onmouseover=&#39;x"));
    assert!(html.contains("alt=\"&quot; onerror=&quot;alert(1)\""));
    assert!(html.contains("&lt;/article&gt;&lt;script src=//evil.example&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
    // Dropped links keep their text; a safe one keeps its escaped address.
    assert!(html.contains("clique") && html.contains("ici"));
    assert!(html.contains("href=\"https://ok.example/?a=1&amp;b=&quot;2&quot;\""));
    assert!(
        !html.contains("&lt;b&gt;moi"),
        "a contact without a safe address is left out"
    );
    assert!(html.contains("<li>&lt;i&gt;html&lt;/i&gt;</li>"));
}

#[test]
fn nothing_runs_and_nothing_loads() {
    let html = page(&portfolio());
    assert!(!html.to_ascii_lowercase().contains("<script"));
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"
    ));
    let csp = html.find("Content-Security-Policy").expect("CSP");
    assert!(
        csp < html.find("<style>").expect("style"),
        "the policy comes first"
    );
    for (name, value) in attributes(&html) {
        if name == "src" {
            assert!(value.starts_with("data:image/"), "{value}");
        }
    }
    assert!(
        !html.contains("<link") && !html.contains("url("),
        "no external resource"
    );
}

#[test]
fn images_are_inlined_as_data_uris() {
    let html = page(&portfolio());
    let photo = format!(
        "<img class=\"photo\" src=\"data:image/jpeg;base64,{}\" alt=\"Amina Benali\"",
        base64::encode(&[0xFF, 0xD8, 0xFF, 0xE0])
    );
    assert!(
        html.contains(&photo),
        "the photo, named by her name:\n{html}"
    );
    let shot = format!(
        "src=\"data:image/webp;base64,{}\" alt=\"Page d&#39;accueil\" width=\"640\" height=\"480\"",
        base64::encode(b"RIFFxxxxWEBP")
    );
    assert!(html.contains(&shot), "{html}");
    assert!(
        !html.contains("Perdue"),
        "an image without bytes is skipped"
    );
    assert_eq!(html.matches("<img").count(), 2);

    let mut svg = portfolio();
    svg.entries[0].images = vec![image_ref("vector", "image/svg+xml", "Logo")];
    let html = page(&svg);
    assert!(!html.contains("svg"), "only raster images are inlined");
}

#[test]
fn every_section_is_there_in_order() {
    let html = page(&portfolio());
    let order = [
        "<header>",
        "<h1>Amina Benali</h1>",
        "<p>Développeuse web junior</p>",
        "<p class=\"meta\">Smara</p>",
        "<a href=\"mailto:amina@example.org\" rel=\"noopener noreferrer\">amina@example.org</a>",
        "<a href=\"tel:+212612345678\">+212 6 12 34 56 78</a>",
        "<a href=\"https://github.example/amina\" rel=\"noopener noreferrer\">GitHub</a>",
        "<section id=\"about\">\n<h2>À propos</h2>",
        "<section id=\"projects\">\n<h2>Projets</h2>",
        "<h3>Site de la coopérative</h3>",
        "<span class=\"k\">Rôle</span>Intégration et tests, en équipe de trois",
        "<time datetime=\"2026-01\">2026-01</time> – <time datetime=\"2026-02-15\">2026-02-15</time>",
        "<a href=\"https://git.example/amina/coop\" rel=\"noopener noreferrer\">Code source</a>",
        "<a href=\"https://coop.example\" rel=\"noopener noreferrer\">Voir en ligne</a>",
        "<ul class=\"tags\"><li>html</li><li>Figma</li></ul>",
        "<section id=\"reflections\">\n<h2>Réflexions</h2>",
        "<h3>Ce que Flexbox m&#39;a appris</h3>",
        "<section id=\"achievements\">\n<h2>Réussites</h2>",
        "<h3>Structurer une page</h3>\n<p>Web : HTML et CSS</p>",
        "Module terminé · <time datetime=\"2026-03-04\">2026-03-04</time> · Délivré par \
         <a href=\"https://smara.example.org/école\" rel=\"noopener noreferrer\">École numérique de Smara</a> \
         · <span class=\"k\">Score</span>90\u{a0}%",
        "Lire les 4 leçons et réussir le point de contrôle.",
        "<h3>Quiz : les balises</h3>",
        "Délivré par JobInTech Smara · <span class=\"k\">Score</span>85\u{a0}%",
        "<section id=\"skills\">\n<h2>Compétences</h2>",
        "<a href=\"http://data.europa.eu/esco/skill/",
        ">HTML</a>",
        "<li>Balisage sémantique</li>",
        "<li>CSS</li>",
        "<section id=\"languages\">\n<h2>Langues</h2>",
        "<li>Arabe — Langue maternelle</li>\n<li>Français — C1</li>\n<li>English — B1</li>",
        "<footer><p>Généré par Nour le <time datetime=\"2026-03-10\">2026-03-10</time></p></footer>",
    ];
    let mut at = 0;
    for piece in order {
        let found = html[at..].find(piece).map(|i| at + i);
        assert!(
            found.is_some(),
            "{piece:?} missing after byte {at} in\n{html}"
        );
        at = found.unwrap_or(at);
    }
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\" dir=\"ltr\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(html.contains("<title>Amina Benali — Portfolio</title>"));
}

#[test]
fn arabic_is_right_to_left_with_code_left_to_right() {
    let html = portfolio_html(
        &portfolio(),
        &[module_achievement()],
        &images(),
        &labels_ar(),
        "ar",
        "rtl",
        GENERATED_MS,
    );
    assert!(
        html.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"),
        "{html}"
    );
    assert!(html.contains("<h2>المشاريع</h2>"));
    assert!(html.contains("<h3>هيكلة صفحة</h3>\n<p>الويب: HTML و CSS</p>"));
    assert!(html.contains(
        "<pre dir=\"ltr\"><code>&lt;p dir=&quot;rtl&quot;&gt;مرحبا&lt;/p&gt;</code></pre>"
    ));
    // No physical left/right in the style: logical properties mirror by themselves.
    let style = &html[html.find("<style>").unwrap_or(0)..html.find("</style>").unwrap_or(0)];
    for physical in [
        "left",
        "right",
        "margin-top",
        "padding-bottom",
        "width:",
        "height:",
    ] {
        assert!(!style.contains(physical), "{physical} in {style}");
    }
    // A direction other than rtl is ltr, never copied as given.
    let odd = portfolio_html(&portfolio(), &[], &[], &labels_fr(), "fr", "\"><b>", 0);
    assert!(odd.starts_with("<!doctype html>\n<html lang=\"fr\" dir=\"ltr\">"));
}

#[test]
fn hidden_achievements_and_empty_sections_are_left_out() {
    let mut hidden = portfolio();
    hidden.set_hidden("web-html-css/module/structure", true);
    let html = page(&hidden);
    assert!(!html.contains("Structurer une page"));
    assert!(html.contains("Quiz : les balises"));
    assert!(
        !html.contains("Balisage sémantique"),
        "its skills go with it"
    );

    let empty = portfolio_html(
        &Portfolio::default(),
        &[],
        &[],
        &labels_fr(),
        "fr",
        "ltr",
        0,
    );
    assert!(!empty.contains("<section"), "{empty}");
    assert!(empty.contains("<title>Portfolio</title>"));
    assert!(empty.contains("1970-01-01"));
}

#[test]
fn markdown_becomes_safe_html() {
    let html = markdown_html(&markdown::parse(
        "# Titre\n\nDu **gras**, de l'*italique*, du `code` et [un lien](https://a.example) \
         ou [un mail](mailto:a@b.example).\n\n1. un\n2. deux\n\n3) trois\n\n> cité\n\n---\n\n\
         ![une image](https://tracker.example/pixel.png)",
    ));
    for piece in [
        "<h4>Titre</h4>",
        "<strong>gras</strong>",
        "<em>italique</em>",
        "<code dir=\"ltr\">code</code>",
        "<a href=\"https://a.example\" rel=\"noopener noreferrer\">un lien</a>",
        "<a href=\"mailto:a@b.example\" rel=\"noopener noreferrer\">un mail</a>",
        "<ol>\n<li><p>un</p>\n</li>",
        "<ol start=\"3\">",
        "<blockquote>\n<p>cité</p>\n</blockquote>",
        "<hr>",
        "une image",
    ] {
        assert!(html.contains(piece), "{piece:?} missing in\n{html}");
    }
    assert!(!html.contains("tracker"), "a Markdown image loads nothing");
    assert!(markdown_html(&markdown::parse("###### six")).contains("<h6>six</h6>"));
}

#[test]
fn escape_covers_text_and_attributes() {
    assert_eq!(
        escape("a<b>&\"c\"'d'"),
        "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;"
    );
    assert_eq!(escape("مرحبا ⵣ"), "مرحبا ⵣ");
}
