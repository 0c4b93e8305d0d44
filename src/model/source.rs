//! Where a fact comes from.

use std::fmt;
use std::str::FromStr;

/// A citation: a UN document symbol (`S/PV.9408`, `S/RES/2690 (2023)`) or a web address.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// A UN document symbol.
    Symbol(String),
    /// An `http` or `https` address.
    Url(String),
}

impl Source {
    /// The citation as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Symbol(s) | Self::Url(s) => s,
        }
    }
}

/// The text is neither a UN document symbol nor a web address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a source; expected a UN document symbol such as S/PV.9408 or an https:// address"
)]
pub struct InvalidSource(pub String);

impl FromStr for Source {
    type Err = InvalidSource;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let is_url = (text.starts_with("https://") || text.starts_with("http://"))
            && !text.contains(char::is_whitespace)
            && text.len() > "https://".len();
        if is_url {
            return Ok(Self::Url(text.to_owned()));
        }
        // A symbol: an organ prefix of capitals, a slash, then capitals, digits and . / - ( ) space.
        let (organ, rest) = text.split_once('/').unwrap_or(("", ""));
        let organ_ok = !organ.is_empty() && organ.chars().all(|c| c.is_ascii_uppercase());
        let rest_ok = !rest.is_empty()
            && rest.chars().any(|c| c.is_ascii_digit())
            && rest
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "./-() ".contains(c));
        if organ_ok && rest_ok {
            Ok(Self::Symbol(text.to_owned()))
        } else {
            Err(InvalidSource(crate::input::shown(text)))
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Source;

    #[test]
    fn recognises_symbols_and_urls() {
        for ok in [
            "S/PV.9408",
            "S/2023/638",
            "S/RES/2690 (2023)",
            "A/RES/76/262",
            "https://press.un.org/en/2023/sc15341.doc.htm",
        ] {
            assert!(ok.parse::<Source>().is_ok(), "{ok}");
        }
        for bad in [
            "",
            "Al Jazeera",
            "S/",
            "s/pv.9408",
            "https://",
            "ftp://x",
            "https://a b",
        ] {
            assert!(bad.parse::<Source>().is_err(), "{bad}");
        }
    }
}
