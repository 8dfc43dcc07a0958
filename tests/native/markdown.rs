use nour::core::markdown::{Block, Inline, links, parse, prose_texts};

use std::time::{Duration, Instant};

fn t(s: &str) -> Inline {
    Inline::Text(s.to_owned())
}

fn para(content: Vec<Inline>) -> Block {
    Block::Paragraph(content)
}

fn code(language: Option<&str>, text: &str) -> Block {
    Block::Code {
        language: language.map(str::to_owned),
        text: text.to_owned(),
    }
}

fn link(href: &str, content: Vec<Inline>) -> Inline {
    Inline::Link {
        href: href.to_owned(),
        content,
    }
}

/// The inlines of a source that must parse to a single paragraph.
fn inl(source: &str) -> Vec<Inline> {
    match parse(source).as_slice() {
        [Block::Paragraph(content)] => content.clone(),
        other => panic!("{source:?} gave {other:?}"),
    }
}

fn check_blocks(cases: &[(&str, Vec<Block>)]) {
    for (source, want) in cases {
        assert_eq!(&parse(source), want, "source: {source:?}");
    }
}

fn check_inlines(cases: &[(&str, Vec<Inline>)]) {
    for (source, want) in cases {
        assert_eq!(&inl(source), want, "source: {source:?}");
    }
}

#[test]
fn headings() {
    let h = |level, text: &str| Block::Heading {
        level,
        content: vec![t(text)],
    };
    check_blocks(&[
        ("# Titre", vec![h(1, "Titre")]),
        ("###### Six", vec![h(6, "Six")]),
        ("####### Sept", vec![para(vec![t("####### Sept")])]),
        ("#NoSpace", vec![para(vec![t("#NoSpace")])]),
        ("## Closed ##", vec![h(2, "Closed")]),
        ("## C#", vec![h(2, "C#")]),
        ("   ### Indented", vec![h(3, "Indented")]),
        (
            "#",
            vec![Block::Heading {
                level: 1,
                content: vec![],
            }],
        ),
        ("Titre\n=====", vec![h(1, "Titre")]),
        ("Sous-titre\n---", vec![h(2, "Sous-titre")]),
        ("a\n\n---", vec![para(vec![t("a")]), Block::Rule]),
        (
            "# *Leçon* 1",
            vec![Block::Heading {
                level: 1,
                content: vec![Inline::Emphasis(vec![t("Leçon")]), t(" 1")],
            }],
        ),
    ]);
}

#[test]
fn paragraphs_join_and_break() {
    check_blocks(&[
        ("un\ndeux\n  trois", vec![para(vec![t("un deux trois")])]),
        (
            "un\n\n\ndeux",
            vec![para(vec![t("un")]), para(vec![t("deux")])],
        ),
        (
            "un  \ndeux",
            vec![para(vec![t("un"), Inline::LineBreak, t("deux")])],
        ),
        (
            "un\\\ndeux",
            vec![para(vec![t("un"), Inline::LineBreak, t("deux")])],
        ),
        ("fin  ", vec![para(vec![t("fin")])]),
        ("fin\\", vec![para(vec![t("fin\\")])]),
        (
            "a\n# b",
            vec![
                para(vec![t("a")]),
                Block::Heading {
                    level: 1,
                    content: vec![t("b")],
                },
            ],
        ),
        ("a\n    b", vec![para(vec![t("a b")])]),
        ("en\n2024. année", vec![para(vec![t("en 2024. année")])]),
        ("", vec![]),
        ("  \n\t\n", vec![]),
    ]);
}

#[test]
fn emphasis_and_strong() {
    use Inline::{Emphasis as Em, Strong};
    check_inlines(&[
        (
            "**bold** and *it*",
            vec![Strong(vec![t("bold")]), t(" and "), Em(vec![t("it")])],
        ),
        (
            "__bold__ _it_",
            vec![Strong(vec![t("bold")]), t(" "), Em(vec![t("it")])],
        ),
        ("***both***", vec![Em(vec![Strong(vec![t("both")])])]),
        (
            "*a **b** c*",
            vec![Em(vec![t("a "), Strong(vec![t("b")]), t(" c")])],
        ),
        (
            "**a *b* c**",
            vec![Strong(vec![t("a "), Em(vec![t("b")]), t(" c")])],
        ),
        ("a * b * c", vec![t("a * b * c")]),
        ("2*3*4", vec![t("2*3*4")]),
        ("snake_case_name", vec![t("snake_case_name")]),
        ("mi*lieu*x", vec![t("mi"), Em(vec![t("lieu")]), t("x")]),
        ("*unclosed", vec![t("*unclosed")]),
        ("**unclosed*", vec![t("*"), Em(vec![t("unclosed")])]),
        ("closed**", vec![t("closed**")]),
        ("*a _b* c_", vec![Em(vec![t("a _b")]), t(" c_")]),
        ("« *mot* »", vec![t("« "), Em(vec![t("mot")]), t(" »")]),
        ("*[lien](x)*", vec![Em(vec![link("x", vec![t("lien")])])]),
        ("[*a](x)*", vec![link("x", vec![t("*a")]), t("*")]),
    ]);
}

#[test]
fn inline_code() {
    check_inlines(&[
        ("`x`", vec![Inline::Code("x".into())]),
        ("``a ` b``", vec![Inline::Code("a ` b".into())]),
        ("`` `tick` ``", vec![Inline::Code("`tick`".into())]),
        ("` `", vec![Inline::Code(" ".into())]),
        ("`*pas* \\*`", vec![Inline::Code("*pas* \\*".into())]),
        ("`a\nb`", vec![Inline::Code("a b".into())]),
        ("`unclosed", vec![t("`unclosed")]),
        ("```x``", vec![t("```x``")]),
        ("`<b>`", vec![Inline::Code("<b>".into())]),
    ]);
}

#[test]
fn links_images_autolinks() {
    let img = |src: &str, alt: &str| Inline::Image {
        src: src.into(),
        alt: alt.into(),
    };
    check_inlines(&[
        (
            "[Nour](https://nour.example)",
            vec![link("https://nour.example", vec![t("Nour")])],
        ),
        (
            "[a]( x.html  \"Titre\" )",
            vec![link("x.html", vec![t("a")])],
        ),
        ("[a](x 'Titre')", vec![link("x", vec![t("a")])]),
        (
            "[a](<mon fichier.pdf>)",
            vec![link("mon fichier.pdf", vec![t("a")])],
        ),
        ("[a](f(1).html)", vec![link("f(1).html", vec![t("a")])]),
        ("[a](x\\)y)", vec![link("x)y", vec![t("a")])]),
        ("[a [b] c](x)", vec![link("x", vec![t("a [b] c")])]),
        (
            "[**gras**](x)",
            vec![link("x", vec![Inline::Strong(vec![t("gras")])])],
        ),
        ("![Un chat](chat.png)", vec![img("chat.png", "Un chat")]),
        ("![*x* `y`](i.png)", vec![img("i.png", "x y")]),
        (
            "[![logo](l.png)](/)",
            vec![link("/", vec![img("l.png", "logo")])],
        ),
        ("[a](b", vec![t("[a](b")]),
        ("[a] (b)", vec![t("[a] (b)")]),
        ("[a]", vec![t("[a]")]),
        (
            "[a [b](x) c](y)",
            vec![t("[a "), link("x", vec![t("b")]), t(" c](y)")],
        ),
        (
            "voir <https://a.example/p?q=1>.",
            vec![
                t("voir "),
                link(
                    "https://a.example/p?q=1",
                    vec![t("https://a.example/p?q=1")],
                ),
                t("."),
            ],
        ),
        (
            "<mailto:x@y.org>",
            vec![link("mailto:x@y.org", vec![t("mailto:x@y.org")])],
        ),
        ("<ftp://x>", vec![t("<ftp://x>")]),
        ("<https://a b>", vec![t("<https://a b>")]),
        ("[`]`](x)", vec![link("x", vec![Inline::Code("]".into())])]),
        ("! [a](b)!", vec![t("! "), link("b", vec![t("a")]), t("!")]),
    ]);
}

#[test]
fn links_and_prose_texts_helpers() {
    let blocks = parse(
        "# Titre <b>\n\nVoir [ici](a.html) et ![*chat*](c.png).\n\n- <i>item</i> `<code>`\n\n```\n<pre>\n```\n\n> [x](<q.html>)",
    );
    assert_eq!(
        links(&blocks),
        vec![("a.html", false), ("c.png", true), ("q.html", false)]
    );
    assert_eq!(
        prose_texts(&blocks),
        vec![
            "Titre <b>",
            "Voir ",
            "ici",
            " et ",
            "chat",
            ".",
            "<i>item</i> ",
            "x"
        ]
    );
    assert!(links(&[]).is_empty());
}

#[test]
fn escapes() {
    check_inlines(&[
        ("\\*pas\\*", vec![t("*pas*")]),
        ("\\[a\\](b)", vec![t("[a](b)")]),
        ("\\<script>", vec![t("<script>")]),
        ("a\\\\b", vec![t("a\\b")]),
        ("\\`x\\`", vec![t("`x`")]),
        ("\\a \\é", vec![t("\\a \\é")]),
        ("\\_x_", vec![t("_x_")]),
        ("\\# \\- \\>", vec![t("# - >")]),
    ]);
}

#[test]
fn lists() {
    let item = |s: &str| vec![para(vec![t(s)])];
    let bullets = |items| Block::List {
        ordered: false,
        start: 1,
        items,
    };
    check_blocks(&[
        ("- a\n- b", vec![bullets(vec![item("a"), item("b")])]),
        (
            "* a\n+ b",
            vec![bullets(vec![item("a")]), bullets(vec![item("b")])],
        ),
        ("- a\n\n- b", vec![bullets(vec![item("a"), item("b")])]),
        ("- a\nsuite", vec![bullets(vec![item("a suite")])]),
        (
            "3. trois\n4. quatre",
            vec![Block::List {
                ordered: true,
                start: 3,
                items: vec![item("trois"), item("quatre")],
            }],
        ),
        (
            "1) un\n1. deux",
            vec![
                Block::List {
                    ordered: true,
                    start: 1,
                    items: vec![item("un")],
                },
                Block::List {
                    ordered: true,
                    start: 1,
                    items: vec![item("deux")],
                },
            ],
        ),
        // As in CommonMark, a list not starting at 1 may not interrupt a paragraph, but a line
        // that misses the item's indentation is no paragraph continuation if it starts a block.
        (
            "1) un\n2. deux",
            vec![
                Block::List {
                    ordered: true,
                    start: 1,
                    items: vec![item("un")],
                },
                Block::List {
                    ordered: true,
                    start: 2,
                    items: vec![item("deux")],
                },
            ],
        ),
        (
            "- a\n\n  b\n2. c",
            vec![
                bullets(vec![vec![para(vec![t("a")]), para(vec![t("b")])]]),
                Block::List {
                    ordered: true,
                    start: 2,
                    items: vec![item("c")],
                },
            ],
        ),
        (
            "- a\n  b\n2. c",
            vec![
                bullets(vec![item("a b")]),
                Block::List {
                    ordered: true,
                    start: 2,
                    items: vec![item("c")],
                },
            ],
        ),
        ("-\n\n  x", vec![bullets(vec![vec![]]), para(vec![t("x")])]),
        (
            "- a\n    - b",
            vec![bullets(vec![vec![
                para(vec![t("a")]),
                bullets(vec![item("b")]),
            ]])],
        ),
        (
            "0. zéro",
            vec![Block::List {
                ordered: true,
                start: 0,
                items: vec![item("zéro")],
            }],
        ),
        ("1234567890. trop", vec![para(vec![t("1234567890. trop")])]),
        ("-pas", vec![para(vec![t("-pas")])]),
        (
            "- a\n\n  deux\n\nhors",
            vec![
                bullets(vec![vec![para(vec![t("a")]), para(vec![t("deux")])]]),
                para(vec![t("hors")]),
            ],
        ),
        ("-\tx", vec![bullets(vec![item("x")])]),
        (
            "- a\n* * *\n- b",
            vec![
                bullets(vec![item("a")]),
                Block::Rule,
                bullets(vec![item("b")]),
            ],
        ),
        ("-", vec![bullets(vec![vec![]])]),
    ]);
}

#[test]
fn nested_lists() {
    let item = |s: &str| vec![para(vec![t(s)])];
    let want = vec![Block::List {
        ordered: false,
        start: 1,
        items: vec![
            vec![
                para(vec![t("a")]),
                Block::List {
                    ordered: true,
                    start: 1,
                    items: vec![
                        item("b"),
                        vec![
                            para(vec![t("c")]),
                            Block::List {
                                ordered: false,
                                start: 1,
                                items: vec![item("d")],
                            },
                        ],
                    ],
                },
            ],
            item("e"),
        ],
    }];
    check_blocks(&[
        ("- a\n  1. b\n  2. c\n     - d\n- e", want.clone()),
        ("- a\n\t1. b\n\t2. c\n\t   - d\n- e", want),
    ]);
}

#[test]
fn code_blocks() {
    check_blocks(&[
        (
            "```rust\nfn main() {}\n```",
            vec![code(Some("rust"), "fn main() {}")],
        ),
        (
            "~~~ python extra\nx = 1\n\n  y\n~~~",
            vec![code(Some("python"), "x = 1\n\n  y")],
        ),
        ("```\n*pas* <b>\n```", vec![code(None, "*pas* <b>")]),
        ("````\n```\n````", vec![code(None, "```")]),
        ("```\nouvert\n", vec![code(None, "ouvert")]),
        (
            "  ```\n  a\n b\n    c\n  ```",
            vec![code(None, "a\nb\n  c")],
        ),
        (
            "``` a`b\n```",
            vec![para(vec![t("``` a`b")]), code(None, "")],
        ),
        (
            "    code\n      plus\n\n    fin\n\npara",
            vec![code(None, "code\n  plus\n\nfin"), para(vec![t("para")])],
        ),
        ("\tcode\ttab", vec![code(None, "code\ttab")]),
        (
            "texte\n```\nx\n```",
            vec![para(vec![t("texte")]), code(None, "x")],
        ),
        ("```\r\na\r\n```\r\n", vec![code(None, "a")]),
    ]);
}

#[test]
fn code_inside_list_item_and_quote() {
    let want = vec![Block::List {
        ordered: false,
        start: 1,
        items: vec![vec![
            para(vec![t("Exemple :")]),
            code(Some("sh"), "ls -l\n  cd /"),
            code(None, "indenté"),
        ]],
    }];
    check_blocks(&[
        (
            "- Exemple :\n  ```sh\n  ls -l\n    cd /\n  ```\n\n      indenté",
            want,
        ),
        (
            "> ```\n> a\n>   b\n> ```",
            vec![Block::Quote(vec![code(None, "a\n  b")])],
        ),
        (
            "1.     code",
            vec![Block::List {
                ordered: true,
                start: 1,
                items: vec![vec![code(None, "code")]],
            }],
        ),
    ]);
}

#[test]
fn quotes() {
    let q = Block::Quote;
    check_blocks(&[
        ("> a\n> b", vec![q(vec![para(vec![t("a b")])])]),
        ("> a\nb", vec![q(vec![para(vec![t("a b")])])]),
        (
            "> a\n\nb",
            vec![q(vec![para(vec![t("a")])]), para(vec![t("b")])],
        ),
        (
            ">a\n>\n>b",
            vec![q(vec![para(vec![t("a")]), para(vec![t("b")])])],
        ),
        (
            "> > deux\n> un",
            vec![q(vec![q(vec![para(vec![t("deux un")])])])],
        ),
        (
            "> # T\n> - x",
            vec![q(vec![
                Block::Heading {
                    level: 1,
                    content: vec![t("T")],
                },
                Block::List {
                    ordered: false,
                    start: 1,
                    items: vec![vec![para(vec![t("x")])]],
                },
            ])],
        ),
        ("> a\n---", vec![q(vec![para(vec![t("a")])]), Block::Rule]),
        ("> a\n===", vec![q(vec![para(vec![t("a ===")])])]),
        (">\tx", vec![q(vec![para(vec![t("x")])])]),
    ]);
}

#[test]
fn rules() {
    check_blocks(&[
        ("---", vec![Block::Rule]),
        ("***", vec![Block::Rule]),
        ("_ _ _", vec![Block::Rule]),
        ("- - -", vec![Block::Rule]),
        ("--", vec![para(vec![t("--")])]),
        ("---a", vec![para(vec![t("---a")])]),
        (
            "a\n***\nb",
            vec![para(vec![t("a")]), Block::Rule, para(vec![t("b")])],
        ),
    ]);
}

#[test]
fn html_is_kept_as_text() {
    check_blocks(&[
        (
            "<script>alert(1)</script>",
            vec![para(vec![t("<script>alert(1)</script>")])],
        ),
        (
            "a <b>gras</b> &amp; &lt;",
            vec![para(vec![t("a <b>gras</b> &amp; &lt;")])],
        ),
        (
            "<div>\n*x*\n</div>",
            vec![para(vec![
                t("<div> "),
                Inline::Emphasis(vec![t("x")]),
                t(" </div>"),
            ])],
        ),
    ]);
    let blocks = parse("Texte <img src=x onerror=alert(1)>");
    assert!(prose_texts(&blocks).iter().any(|s| s.contains("<img")));
}

#[test]
fn arabic_tifinagh_and_crlf() {
    check_blocks(&[
        (
            "الدرس `let x = 1;` **مهم**",
            vec![para(vec![
                t("الدرس "),
                Inline::Code("let x = 1;".into()),
                t(" "),
                Inline::Strong(vec![t("مهم")]),
            ])],
        ),
        (
            "ⵜⴰⵎⴰⵣⵉⵖⵜ *ⴰⵎⵢⴰ*",
            vec![para(vec![
                t("ⵜⴰⵎⴰⵣⵉⵖⵜ "),
                Inline::Emphasis(vec![t("ⴰⵎⵢⴰ")]),
            ])],
        ),
        (
            "ماذا؟*نعم*",
            vec![para(vec![t("ماذا؟"), Inline::Emphasis(vec![t("نعم")])])],
        ),
        (
            "# Titre\r\n\r\nun\r\ndeux  \r\ntrois\r\n",
            vec![
                Block::Heading {
                    level: 1,
                    content: vec![t("Titre")],
                },
                para(vec![t("un deux"), Inline::LineBreak, t("trois")]),
            ],
        ),
        (
            "- a\r\n- b\r\n",
            vec![Block::List {
                ordered: false,
                start: 1,
                items: vec![vec![para(vec![t("a")])], vec![para(vec![t("b")])]],
            }],
        ),
    ]);
}

/// Runs `parse` on `source` and fails if it is slow (debug builds included).
fn quick(source: &str) -> Vec<Block> {
    let start = Instant::now();
    let blocks = parse(source);
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "took {:?}",
        start.elapsed()
    );
    blocks
}

#[test]
fn pathological_inputs_are_fast() {
    let stars = "*".repeat(100_000);
    assert_eq!(quick(&stars), vec![Block::Rule]);
    assert_eq!(
        quick(&format!("a{stars}b")),
        vec![para(vec![t(&format!("a{stars}b"))])]
    );
    assert!(!quick(&"*a ".repeat(30_000)).is_empty());
    assert!(!quick(&"a* ".repeat(30_000)).is_empty());
    assert!(!quick(&"_a *b ".repeat(20_000)).is_empty());
    assert!(!quick(&("*a ".repeat(20_000) + &"b* ".repeat(20_000))).is_empty());
    assert_eq!(
        quick(&"[".repeat(10_000)),
        vec![para(vec![t(&"[".repeat(10_000))])]
    );
    assert!(!quick(&"[a](".repeat(25_000)).is_empty());
    assert!(!quick(&("![".repeat(10_000) + &"](x)".repeat(10_000))).is_empty());
    assert!(!quick(&"<http://a".repeat(20_000)).is_empty());
    let ticks: String = (1..400).map(|n| "`".repeat(n) + "x").collect();
    assert!(!quick(&ticks).is_empty());
    assert!(!quick(&">".repeat(10_000)).is_empty());
    assert!(!quick(&"> ".repeat(5_000)).is_empty());
    assert!(!quick(&format!("{}x", "- ".repeat(5_000))).is_empty());
    assert!(!quick(&format!("{}x", "1. ".repeat(5_000))).is_empty());
    let deep: String = (0..300)
        .map(|n| format!("{}- x\n", "  ".repeat(n)))
        .collect();
    assert!(!quick(&deep).is_empty());
    let quotes: String = (0..1_000)
        .map(|n| format!("{}x\n", "> ".repeat(n)))
        .collect();
    assert!(!quick(&quotes).is_empty());
    assert!(!quick(&"- a\n".repeat(50_000)).is_empty());
    assert!(!quick(&"> a\n".repeat(50_000)).is_empty());
    assert!(!quick(&"a\n".repeat(100_000)).is_empty());
    assert!(!quick(&"```\n".repeat(50_000)).is_empty());
    let line = "Lorem ipsum *dolor* sit [amet](x) `c` ⵣ ".repeat(1 << 20 >> 5);
    assert!(line.len() >= 1 << 20);
    assert_eq!(quick(&line).len(), 1);
    assert!(!quick(&"x".repeat(1 << 20)).is_empty());
}

#[test]
fn nesting_is_capped() {
    fn depth(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|b| match b {
                Block::Quote(inner) => 1 + depth(inner),
                Block::List { items, .. } => 1 + items.iter().map(|i| depth(i)).max().unwrap_or(0),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }
    assert_eq!(depth(&parse(&"> ".repeat(100))), 16);
    assert_eq!(depth(&parse(&format!("{}x", "- ".repeat(100)))), 16);
    assert_eq!(depth(&parse(&format!("{}x", "> - ".repeat(100)))), 16);
    let innermost = parse(&format!("{}x", ">".repeat(20)));
    let mut blocks = &innermost;
    for _ in 0..16 {
        match blocks.as_slice() {
            [Block::Quote(inner)] => blocks = inner,
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(blocks, &vec![para(vec![t(">>>>x")])]);
}

#[test]
fn inline_nesting_is_capped() {
    fn depth(inlines: &[Inline]) -> usize {
        let nested = |i: &Inline| match i {
            Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { content: c, .. } => {
                1 + depth(c)
            }
            _ => 0,
        };
        inlines.iter().map(nested).max().unwrap_or(0)
    }
    let content = inl(&format!("{}b{}", "*a ".repeat(40), " c*".repeat(40)));
    assert!((10..=16).contains(&depth(&content)), "{}", depth(&content));
    assert_eq!(
        depth(&inl(&format!("{}b{}", "*a ".repeat(5), " c*".repeat(5)))),
        5
    );
    let images = format!("{}x{}", "[![".repeat(10), "](i)](l)".repeat(10));
    assert!(depth(&inl(&images)) <= 8);
}

/// Random documents made of Markdown's significant pieces: no panic, and the inlines are
/// well formed (no empty texts, no two texts in a row).
#[test]
fn random_documents_are_well_formed() {
    fn check(inlines: &[Inline], source: &str) {
        for pair in inlines.windows(2) {
            let both_text = matches!(pair, [Inline::Text(_), Inline::Text(_)]);
            assert!(!both_text, "adjacent texts for {source:?}: {inlines:?}");
        }
        for inline in inlines {
            match inline {
                Inline::Text(s) => assert!(!s.is_empty(), "empty text for {source:?}"),
                Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { content: c, .. } => {
                    check(c, source)
                }
                _ => {}
            }
        }
    }
    fn walk(blocks: &[Block], source: &str) {
        for block in blocks {
            match block {
                Block::Heading { content, .. } | Block::Paragraph(content) => {
                    check(content, source)
                }
                Block::List { items, .. } => items.iter().for_each(|item| walk(item, source)),
                Block::Quote(inner) => walk(inner, source),
                Block::Code { .. } | Block::Rule => {}
            }
        }
    }
    let pieces: Vec<&str> =
        "*|_|`|[|]|(|)|](x)|!|<|>|\\|\n|\n\n| |  |\t|- |1. |2) |# |=|~~~|```|    |> \
        |a|é|الدرس|ⵣ|\"|<http://a>|\r\n|---|&amp;"
            .split('|')
            .collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % 1_000_003).unwrap_or(0)
    };
    for _ in 0..3_000 {
        let len = next() % 30;
        let source: String = (0..len).map(|_| pieces[next() % pieces.len()]).collect();
        let blocks = parse(&source);
        walk(&blocks, &source);
        let _ = (links(&blocks), prose_texts(&blocks));
    }
}

#[test]
fn every_prefix_parses() {
    let sample = "# Leçon ⵣ\r\n\n> *Note* : `code` [lien](<a b> \"t\") ![img](i.png)\n> > - élément\n>   1. ال**درس**\n\n\t```rs\n\tfn f() {}\n   ```\n- [ ] tâche \\* _x_ __y__ ***z*** <https://n.example>\n    indenté\n\n---\n<script>é</script>\\\n~~~\nfin";
    let mut count = 0;
    for (i, _) in sample.char_indices().chain([(sample.len(), ' ')]) {
        let prefix = &sample[..i];
        let blocks = parse(prefix);
        let _ = (links(&blocks), prose_texts(&blocks));
        count += 1;
    }
    assert!(count > 200);
    // And every suffix, so parsing starts in the middle of every construct.
    for (i, _) in sample.char_indices() {
        let _ = parse(&sample[i..]);
    }
}
