//! The document model: a subject writes its report once as [`Block`]s, and the backends here
//! write it as plain text for a terminal, as Markdown or as a self-contained HTML page.

use std::fmt::Write as _;

use maud::{DOCTYPE, Markup, PreEscaped, html};
use unicode_width::UnicodeWidthStr;

/// A report written once, for every prose format: a title (the HTML page's) and its blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    title: String,
    blocks: Vec<Block>,
}

/// A block of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Block {
    /// A heading of level 1 to 3.
    Heading(u8, String),
    /// A paragraph.
    Para(String),
    /// A paragraph set apart as a note (italic).
    Note(String),
    /// A paragraph set apart as the verdict (bold).
    Verdict(String),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A numbered list.
    Numbered(Vec<String>),
    /// A table with a header row.
    Table(Vec<String>, Vec<Vec<String>>),
    /// A table of counts: a header row, then rows whose cells after the first are numbers,
    /// right-aligned.
    Counts(Vec<String>, Vec<Vec<String>>),
}

impl Document {
    /// A document titled `title` (the HTML page's title), made of `blocks`.
    pub(crate) fn new(title: impl Into<String>, blocks: Vec<Block>) -> Self {
        Self {
            title: title.into(),
            blocks,
        }
    }

    /// As plain text for a terminal: blocks separated by a blank line, headings underlined,
    /// tables in columns padded to their widest cell as the terminal shows it. Nothing is
    /// wrapped.
    #[must_use]
    pub fn text(&self) -> String {
        super::collect(|out| {
            for (i, block) in self.blocks.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                write_text(out, block)?;
            }
            Ok(())
        })
    }

    /// As Markdown: blocks separated by a blank line.
    #[must_use]
    pub fn markdown(&self) -> String {
        let mut text = super::collect(|out| write_markdown(out, &self.blocks));
        if text.ends_with("\n\n") {
            text.pop();
        }
        text
    }

    /// As a complete, self-contained HTML page.
    #[must_use]
    pub fn html(&self) -> String {
        html_page(&self.title, &self.blocks)
    }
}

/// Writes one block as text, each line ending in a line break and without trailing spaces.
fn write_text(out: &mut String, block: &Block) -> std::fmt::Result {
    match block {
        Block::Heading(level, text) => {
            let rule = if *level == 1 { "=" } else { "-" };
            writeln!(out, "{text}\n{}", rule.repeat(text.width()))
        }
        Block::Para(text) | Block::Note(text) | Block::Verdict(text) => writeln!(out, "{text}"),
        Block::Bullets(items) => items
            .iter()
            .try_for_each(|item| writeln!(out, "  - {item}")),
        Block::Numbered(items) => {
            let width = items.len().to_string().len();
            (items.iter().enumerate())
                .try_for_each(|(i, item)| writeln!(out, "  {:>width$}. {item}", i + 1))
        }
        Block::Table(head, rows) => write_table(out, head, rows, false),
        Block::Counts(head, rows) => write_table(out, head, rows, true),
    }
}

/// A table in columns two spaces apart, the header ruled off with dashes; with `counts`,
/// every column after the first is right-aligned.
fn write_table(
    out: &mut String,
    head: &[String],
    rows: &[Vec<String>],
    counts: bool,
) -> std::fmt::Result {
    let mut widths: Vec<usize> = head.iter().map(|h| h.width()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            match widths.get_mut(i) {
                Some(w) => *w = (*w).max(cell.width()),
                None => widths.push(cell.width()),
            }
        }
    }
    let mut line = |cells: &[String]| {
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(width - cell.width());
            if i > 0 {
                text.push_str("  ");
            }
            if counts && i > 0 {
                text.push_str(&pad);
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.push_str(&pad);
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(head)?;
    line(&rule)?;
    rows.iter().try_for_each(|row| line(row))
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
            Block::Para(text) => writeln!(out, "{text}")?,
            Block::Note(text) => writeln!(out, "*{text}*")?,
            Block::Verdict(text) => writeln!(out, "**{text}**")?,
            Block::Bullets(items) => {
                for item in items {
                    writeln!(out, "- {item}")?;
                }
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
            Block::Counts(head, rows) => {
                writeln!(out, "| {} |", head.join(" | "))?;
                writeln!(
                    out,
                    "| --- |{}",
                    " ---: |".repeat(head.len().saturating_sub(1))
                )?;
                for cells in rows {
                    writeln!(out, "| {} |", cells.join(" | "))?;
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

/// A block's text in HTML: Markdown code spans (`` `permanent-member-veto` ``) become `<code>`,
/// the rest is escaped text. Text with an odd number of backticks has no code spans.
fn inline(text: &str) -> Markup {
    let spans: Vec<&str> = text.split('`').collect();
    if spans.len().is_multiple_of(2) {
        return html! { (text) };
    }
    html! {
        @for (i, span) in spans.iter().enumerate() {
            @if i % 2 == 1 { code { (span) } } @else { (span) }
        }
    }
}

fn html_page(title: &str, blocks: &[Block]) -> String {
    page(
        title,
        &html! {
            @for block in blocks {
                @match block {
                    Block::Heading(1, text) => h1 { (inline(text)) },
                    Block::Heading(2, text) => h2 { (inline(text)) },
                    Block::Heading(_, text) => h3 { (inline(text)) },
                    Block::Para(text) => p { (inline(text)) },
                    Block::Note(text) => p .note { (inline(text)) },
                    Block::Verdict(text) => p .verdict { (inline(text)) },
                    Block::Bullets(items) => ul { @for item in items { li { (inline(item)) } } },
                    Block::Numbered(items) => ol { @for item in items { li { (inline(item)) } } },
                    Block::Table(head, rows) => table {
                        thead { tr { @for h in head { th scope="col" { (inline(h)) } } } }
                        tbody { @for row in rows { tr { @for c in row { @if c.is_empty() { td class="blank" {} } @else { td { (inline(c)) } } } } } }
                    },
                    Block::Counts(head, rows) => table {
                        thead { tr { @for h in head { th scope="col" { (inline(h)) } } } }
                        tbody { @for row in rows { tr { @for (i, c) in row.iter().enumerate() { @if i == 0 { td { (inline(c)) } } @else { td style="text-align:right" { (c) } } } } } }
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

#[cfg(test)]
#[allow(clippy::needless_raw_string_hashes)] // snapbox writes its inline snapshots so
mod tests {
    use snapbox::{assert_data_eq, str};

    use super::{Block, Document};

    fn cells(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn every_block_as_text() {
        let document = Document::new(
            "Title",
            vec![
                Block::Heading(1, "Côte d’Ivoire".to_owned()),
                Block::Para("A paragraph.".to_owned()),
                Block::Note("A note.".to_owned()),
                Block::Verdict("ADOPTED".to_owned()),
                Block::Heading(2, "Lists".to_owned()),
                Block::Bullets(cells(&["one", "two"])),
                Block::Numbered(cells(&["a"; 10])),
                Block::Heading(3, "Tables".to_owned()),
                Block::Table(
                    cells(&["Member", "Said", "Blank"]),
                    vec![
                        cells(&["中国", "yes", ""]),
                        cells(&["Russian Federation", "no", ""]),
                    ],
                ),
                Block::Counts(
                    cells(&["decade", "RUS", "total"]),
                    vec![cells(&["1940s", "12", "100"]), cells(&["2020s", "7", "9"])],
                ),
            ],
        );
        assert_data_eq!(
            document.text(),
            str![[r#"
Côte d’Ivoire
=============

A paragraph.

A note.

ADOPTED

Lists
-----

  - one
  - two

   1. a
   2. a
   3. a
   4. a
   5. a
   6. a
   7. a
   8. a
   9. a
  10. a

Tables
------

Member              Said  Blank
------------------  ----  -----
中国                yes
Russian Federation  no

decade  RUS  total
------  ---  -----
1940s    12    100
2020s     7      9

"#]]
        );
    }

    #[test]
    fn code_spans_are_code_in_html_and_other_text_is_escaped() {
        let document = Document::new(
            "T",
            vec![
                Block::Numbered(vec![
                    "`permanent-member-veto` (Art. 27(3)): <vetoed>".to_owned(),
                ]),
                Block::Para("an odd ` backtick stays".to_owned()),
            ],
        );
        let html = document.html();
        assert!(
            html.contains(
                "<li><code>permanent-member-veto</code> (Art. 27(3)): &lt;vetoed&gt;</li>"
            ),
            "{html}"
        );
        assert!(html.contains("<p>an odd ` backtick stays</p>"), "{html}");
    }
}
