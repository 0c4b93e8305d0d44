//! A Council member and its code.

use std::fmt;
use std::str::FromStr;

/// An ISO 3166 alpha-3 code such as `RUS` (historical 3166-3 codes such as `SUN` included).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MemberCode([u8; 3]);

impl MemberCode {
    /// The code of three upper-case ASCII letters; any other byte becomes `X`.
    #[must_use]
    pub fn from_letters(letters: [u8; 3]) -> Self {
        Self(letters.map(|b| if b.is_ascii_uppercase() { b } else { b'X' }))
    }

    /// A code typed by a person: three ASCII letters in any case, spaces around ignored
    /// (`rus` is `RUS`). Scenario files, by contrast, must spell codes in upper case.
    #[must_use]
    pub fn from_any_case(text: &str) -> Option<Self> {
        text.trim().to_ascii_uppercase().parse().ok()
    }

    /// The code as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // Only ASCII upper-case letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

/// The text is not three upper-case ASCII letters (quoted as messages quote values).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a member code; expected three upper-case letters (ISO 3166 alpha-3), such as RUS"
)]
pub struct InvalidMemberCode(pub String);

impl FromStr for MemberCode {
    type Err = InvalidMemberCode;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Self([a, b, c])),
            _ => Err(InvalidMemberCode(crate::input::shown(text))),
        }
    }
}

impl fmt::Display for MemberCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for MemberCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.as_str())
    }
}

/// Whether a member holds its seat permanently (Art. 23(1)) or for an elected term.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
    strum::VariantNames,
    strum::Display,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Seat {
    /// One of the permanent members named in Article 23(1).
    Permanent,
    /// Elected by the General Assembly for a two-year term.
    Elected,
}

impl Seat {
    /// The stable lower-case name used in scenario files and JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A member of the Council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Its ISO 3166 alpha-3 code.
    pub code: MemberCode,
    /// Its name as the UN writes it ("Russian Federation").
    pub name: String,
    /// Permanent or elected.
    pub seat: Seat,
}

impl Member {
    /// A member with the given code, name and seat.
    #[must_use]
    pub fn new(code: MemberCode, name: impl Into<String>, seat: Seat) -> Self {
        Self {
            code,
            name: name.into(),
            seat,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MemberCode;

    #[test]
    fn accepts_three_upper_case_letters_only() {
        assert_eq!(
            "RUS".parse::<MemberCode>().map(|c| c.to_string()),
            Ok("RUS".to_owned())
        );
        for bad in ["rus", "RU", "RUSS", "R1S", "", "ÉUA"] {
            assert!(bad.parse::<MemberCode>().is_err(), "{bad}");
        }
    }
}
