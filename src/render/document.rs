//! A small document model, written once and rendered as Markdown or as HTML, so printable
//! material has one source.

use std::fmt::Write as _;

use maud::{DOCTYPE, Markup, PreEscaped, html};

/// A block of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Block {
    /// A heading of level 1 to 3.
    Heading(u8, String),
    /// A paragraph.
    Para(String),
    /// A numbered list.
    Numbered(Vec<String>),
    /// A table with a header row.
    Table(Vec<String>, Vec<Vec<String>>),
}

/// As Markdown.
pub(crate) fn markdown(blocks: &[Block]) -> String {
    super::collect(|out| write_markdown(out, blocks))
}

fn write_markdown(out: &mut String, blocks: &[Block]) -> std::fmt::Result {
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from(*level)));
                out.push(' ');
                out.push_str(text);
                out.push('\n');
            }
            Block::Para(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (i, item) in items.iter().enumerate() {
                    writeln!(out, "{}. {item}", i + 1)?;
                }
            }
            Block::Table(head, rows) => {
                let row = |cells: &[String]| {
                    cells
                        .iter()
                        .map(|c| c.replace('|', "\\|"))
                        .collect::<Vec<_>>()
                        .join(" | ")
                };
                writeln!(out, "| {} |", row(head))?;
                writeln!(out, "|{}", " --- |".repeat(head.len()))?;
                for cells in rows {
                    writeln!(out, "| {} |", row(cells))?;
                }
            }
        }
        out.push('\n');
    }
    Ok(())
}

/// The print style shared by every HTML page.
pub(crate) const STYLE: &str = "
body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.45; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #333; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #555; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
td.blank { min-width: 8rem; }
.verdict { font-size: 1.4rem; font-weight: 700; padding: .5rem .8rem; border: 3px solid #111; display: inline-block; }
.note { color: #333; font-style: italic; }
figure { margin: 1rem 0; } figcaption { font-size: .95rem; }
@media print { body { font-size: 12pt; margin: 0; max-width: none; } h2 { page-break-after: avoid; } table, figure { page-break-inside: avoid; } }
";

/// As a complete, self-contained HTML page.
pub(crate) fn html_page(title: &str, blocks: &[Block]) -> String {
    page(
        title,
        &html! {
            @for block in blocks {
                @match block {
                    Block::Heading(1, text) => h1 { (text) },
                    Block::Heading(2, text) => h2 { (text) },
                    Block::Heading(_, text) => h3 { (text) },
                    Block::Para(text) => p { (text) },
                    Block::Numbered(items) => ol { @for item in items { li { (item) } } },
                    Block::Table(head, rows) => table {
                        thead { tr { @for h in head { th scope="col" { (h) } } } }
                        tbody { @for row in rows { tr { @for c in row { @if c.is_empty() { td class="blank" {} } @else { td { (c) } } } } } }
                    },
                }
            }
        },
    )
}

/// A complete page around `body`, with the shared style inlined: no external assets.
pub(crate) fn page(title: &str, body: &Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { (*body) }
        }
    }
    .into_string()
}
