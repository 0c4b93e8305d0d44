//! Values quoted in messages: bounded in length and unable to steer the terminal.

/// The most characters of a value a message quotes; longer values are cut with an ellipsis.
pub(crate) const SHOWN_CHARS: usize = 80;

/// `value` as a message quotes it: its first [`SHOWN_CHARS`] characters, then `…` if it is
/// longer, with control and bidirectional-formatting characters escaped (`\n`, `\u{202e}`).
#[must_use]
pub(crate) fn shown(value: &str) -> String {
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == SHOWN_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() || is_bidi_control(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` made fit for a one-line field: bidirectional-formatting characters dropped, control
/// characters (line breaks, tabs) turned into spaces, and runs of spaces collapsed.
#[must_use]
pub(crate) fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The invisible characters that reorder text on screen (embeddings, overrides, isolates and
/// marks, Unicode's bidirectional formatting characters), and the line and paragraph
/// separators.
#[must_use]
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_are_quoted_as_they_are() {
        assert_eq!(shown("S/2023/638"), "S/2023/638");
    }

    #[test]
    fn long_values_are_cut_at_a_character_boundary() {
        let long = "é".repeat(1_000_000);
        let quoted = shown(&long);
        assert_eq!(quoted.chars().count(), SHOWN_CHARS + 1);
        assert!(quoted.ends_with("é…"));
    }

    #[test]
    fn one_line_texts_lose_line_breaks_and_bidi_characters() {
        assert_eq!(
            one_line("Mali:\r\n  sanctions\u{202e}\trenewed"),
            "Mali: sanctions renewed"
        );
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(shown("a\nb\u{202e}c"), "a\\nb\\u{202e}c");
    }
}
