use leptos::prelude::*;

use crate::core::markdown::{self, Block, Inline};

/// The learner's own Markdown (an entry's description), through typed elements only: every text
/// lands in a text node, so whatever she types (HTML included) is shown as written and never
/// run. Only web and mail links become links; an image reference has no stored file behind it
/// and shows its text. Headings start at `<h4>`, under the entry's `<h3>`. She may write in
/// any language whatever the UI's: each block takes the direction of its own text.
#[component]
pub fn EntryMarkdown(#[prop(into)] text: String) -> impl IntoView {
    let blocks = markdown::parse(text.trim());
    view! { <div class="markdown entry-markdown">{blocks_view(&blocks)}</div> }
}

fn blocks_view(blocks: &[Block]) -> Vec<AnyView> {
    blocks.iter().map(block_view).collect()
}

fn block_view(block: &Block) -> AnyView {
    match block {
        Block::Heading { level, content } => {
            let inner = inlines_view(content);
            match level {
                1 => view! { <h4 dir="auto">{inner}</h4> }.into_any(),
                2 => view! { <h5 dir="auto">{inner}</h5> }.into_any(),
                _ => view! { <h6 dir="auto">{inner}</h6> }.into_any(),
            }
        }
        Block::Paragraph(content) => view! { <p dir="auto">{inlines_view(content)}</p> }.into_any(),
        Block::List {
            ordered,
            start,
            items,
        } => {
            let items: Vec<AnyView> = items
                .iter()
                // Each item takes its own direction: a list may mix Arabic and French lines.
                .map(|item| view! { <li dir="auto">{blocks_view(item)}</li> }.into_any())
                .collect();
            if *ordered {
                view! { <ol start=*start>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Code { language, text } => view! {
            <pre class="code-block" dir="ltr" lang="zxx" tabindex="0" data-language=language.clone()>
                <code>{text.clone()}</code>
            </pre>
        }
        .into_any(),
        Block::Quote(blocks) => view! { <blockquote dir="auto">{blocks_view(blocks)}</blockquote> }.into_any(),
        Block::Rule => view! { <hr /> }.into_any(),
    }
}

fn inlines_view(inlines: &[Inline]) -> Vec<AnyView> {
    inlines.iter().map(inline_view).collect()
}

fn inline_view(inline: &Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.clone().into_any(),
        Inline::Strong(content) => view! { <strong>{inlines_view(content)}</strong> }.into_any(),
        Inline::Emphasis(content) => view! { <em>{inlines_view(content)}</em> }.into_any(),
        Inline::Code(code) => view! { <code dir="ltr">{code.clone()}</code> }.into_any(),
        Inline::LineBreak => view! { <br /> }.into_any(),
        Inline::Link { href, content } => {
            let href = href.trim();
            let web = (href.starts_with("https://") || href.starts_with("http://"))
                && !href.contains(char::is_whitespace);
            if web || href.starts_with("mailto:") {
                view! {
                    <a href=href.to_owned() target=web.then_some("_blank") rel=web.then_some("noopener noreferrer")>
                        {inlines_view(content)}
                        {web.then(|| view! { <span aria-hidden="true">" ↗"</span> })}
                    </a>
                }
                .into_any()
            } else {
                // `javascript:` and other schemes stay text.
                view! { <span>{inlines_view(content)}</span> }.into_any()
            }
        }
        Inline::Image { alt, .. } => {
            view! { <span class="entry-markdown__image">{alt.clone()}</span> }.into_any()
        }
    }
}
