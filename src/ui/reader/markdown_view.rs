use std::sync::Arc;

use leptos::prelude::*;

use crate::core::bundle::Bundle;
use crate::core::markdown::{Block, Inline};
use crate::ui::reader::LessonImage;

/// Renders parsed Markdown through typed elements only: text always lands in text nodes and is
/// never parsed as markup, so a lesson cannot inject HTML whatever it contains.
/// `#` becomes `<h2>`, since the page's `<h1>` is the lesson title.
#[component]
pub fn MarkdownView(blocks: Vec<Block>, bundle: Arc<Bundle>) -> impl IntoView {
    let context = Context {
        course_id: bundle.id().to_owned(),
        bundle,
    };
    view! { <div class="markdown">{blocks_view(&blocks, &context)}</div> }
}

struct Context {
    course_id: String,
    bundle: Arc<Bundle>,
}

fn blocks_view(blocks: &[Block], context: &Context) -> Vec<AnyView> {
    blocks
        .iter()
        .map(|block| block_view(block, context))
        .collect()
}

fn block_view(block: &Block, context: &Context) -> AnyView {
    match block {
        Block::Heading { level, content } => {
            let inner = inlines_view(content, context);
            match level {
                1 => view! { <h2>{inner}</h2> }.into_any(),
                2 => view! { <h3>{inner}</h3> }.into_any(),
                3 => view! { <h4>{inner}</h4> }.into_any(),
                4 => view! { <h5>{inner}</h5> }.into_any(),
                _ => view! { <h6>{inner}</h6> }.into_any(),
            }
        }
        Block::Paragraph(content) => view! { <p>{inlines_view(content, context)}</p> }.into_any(),
        Block::List { ordered, start, items } => {
            let items: Vec<AnyView> =
                items.iter().map(|item| view! { <li>{blocks_view(item, context)}</li> }.into_any()).collect();
            if *ordered {
                view! { <ol start=*start>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        // Code reads left to right whatever the page direction.
        Block::Code { language, text } => view! {
            <pre class="code-block" dir="ltr" lang="zxx" tabindex="0" data-language=language.clone()>
                <code>{text.clone()}</code>
            </pre>
        }
        .into_any(),
        Block::Quote(blocks) => view! { <blockquote>{blocks_view(blocks, context)}</blockquote> }.into_any(),
        Block::Rule => view! { <hr /> }.into_any(),
    }
}

fn inlines_view(inlines: &[Inline], context: &Context) -> Vec<AnyView> {
    inlines
        .iter()
        .map(|inline| inline_view(inline, context))
        .collect()
}

fn inline_view(inline: &Inline, context: &Context) -> AnyView {
    match inline {
        Inline::Text(text) => text.clone().into_any(),
        Inline::Strong(content) => {
            view! { <strong>{inlines_view(content, context)}</strong> }.into_any()
        }
        Inline::Emphasis(content) => view! { <em>{inlines_view(content, context)}</em> }.into_any(),
        Inline::Code(code) => view! { <code dir="ltr">{code.clone()}</code> }.into_any(),
        Inline::LineBreak => view! { <br /> }.into_any(),
        Inline::Link { href, content } => {
            // Validation admits only http(s) and mailto links. Web links leave the app in a new
            // tab without giving that page a handle on ours.
            let external = href.starts_with("http");
            view! {
                <a href=href.clone() target=external.then_some("_blank") rel=external.then_some("noopener noreferrer")>
                    {inlines_view(content, context)}
                    {external.then(|| view! { <span aria-hidden="true">" ↗"</span> })}
                </a>
            }
            .into_any()
        }
        Inline::Image { src, alt } => {
            let asset = context.bundle.asset(src).cloned();
            view! { <LessonImage course_id=context.course_id.clone() path=src.clone() alt=alt.clone() asset /> }.into_any()
        }
    }
}
