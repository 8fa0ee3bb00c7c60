//! The place tables' row type, and the small syntax of their match forms.
//!
//! A row is one country, territory, region or organisation: its code, its
//! names and every way the text writes it. English forms match whole words
//! (an acronym written in capitals matches only as written: "US" but not
//! "us"; a name with a capital matches as written or in capitals; a form in
//! lower case matches in any case). Chinese forms match as substrings,
//! longest first, and may carry conditions:
//!
//! - `~` before the form: *weak* — a compound of abbreviations ("中美",
//!   "访华") that gives way when a full name starts inside it and runs past
//!   its end ("其中美国" is 美国, not 中美 + 国);
//! - `<chars` after the form: not when the character before is one of these
//!   ("可以方便" is not 以方 = Israel);
//! - `>chars` after the form: not when the character after is one of these
//!   ("其中越来越" is not 中越 = China–Vietnam).
//!
//! Forms ending in 方 ("the … side": 中方, 美方, 法方) are also not taken
//! before 式, 案, 向, 针, 便, 法, … or 面 (unless 面临/面对): "执法方面" is
//! not France.

/// One country, territory, region or organisation.
#[derive(Debug)]
pub(crate) struct Row {
    /// ISO 3166 alpha-2 for countries and territories ("CN", "HK"); a short
    /// id for regions ("SOUTH-CHINA-SEA") and organisations ("UN", "WHO").
    pub code: &'static str,
    /// The English name.
    pub name: &'static str,
    /// The Chinese name.
    pub name_zh: &'static str,
    /// `"country"`, `"region"` or `"organization"`.
    pub kind: &'static str,
    /// English forms (names, short forms, adjectives, capitals).
    pub en: &'static [&'static str],
    /// Chinese forms, with the conditions described above.
    pub zh: &'static [&'static str],
}

/// A form matching several places at once ("中美" = CN + US), or none (a
/// stop form such as "发展中国家" that hides the names inside it).
#[derive(Debug)]
pub(crate) struct Compound {
    /// The form, in the syntax above (English or Chinese).
    pub form: &'static str,
    /// The codes it names, in order; empty for a stop form.
    pub codes: &'static [&'static str],
}

/// Builds a `&[Row]` from compact lines:
/// `"CODE" "Name" "中文名" [english forms] [chinese forms];`
macro_rules! rows {
    ($kind:literal: $($code:literal $name:literal $zh:literal [$($en:literal),* $(,)?] [$($zf:literal),* $(,)?];)*) => {
        &[$($crate::tags::places::Row {
            code: $code, name: $name, name_zh: $zh, kind: $kind, en: &[$($en),*], zh: &[$($zf),*],
        }),*]
    };
}

/// Builds a `&[Compound]` from lines `"form" [codes];`.
macro_rules! compounds {
    ($($form:literal [$($code:literal),* $(,)?];)*) => {
        &[$($crate::tags::places::Compound { form: $form, codes: &[$($code),*] }),*]
    };
}

pub(crate) use {compounds, rows};

/// A Chinese form split into its text and conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Form {
    /// The text to find.
    pub text: &'static str,
    /// Gives way to a full name starting inside it and running past its end.
    pub weak: bool,
    /// Not after any of these characters.
    pub not_before: &'static str,
    /// Not before any of these characters.
    pub not_after: &'static str,
}

/// Reads the syntax of a form: `~text<before>after`.
pub(crate) fn form(spec: &'static str) -> Form {
    let (weak, rest) = match spec.strip_prefix('~') {
        Some(r) => (true, r),
        None => (false, spec),
    };
    let text_end = rest.find(['<', '>']).unwrap_or(rest.len());
    let (text, mut conds) = rest.split_at(text_end);
    let (mut not_before, mut not_after) = ("", "");
    while let Some(c) = conds.chars().next() {
        let body = &conds[1..];
        let end = body.find(['<', '>']).unwrap_or(body.len());
        if c == '<' {
            not_before = &body[..end];
        } else {
            not_after = &body[..end];
        }
        conds = &body[end..];
    }
    Form { text, weak, not_before, not_after }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_the_form_syntax() {
        assert_eq!(form("美国"), Form { text: "美国", weak: false, not_before: "", not_after: "" });
        assert_eq!(form("~中越>来过"), Form { text: "中越", weak: true, not_before: "", not_after: "来过" });
        assert_eq!(form("~来华<以未>x"), Form { text: "来华", weak: true, not_before: "以未", not_after: "x" });
        assert_eq!(form("U.S."), Form { text: "U.S.", weak: false, not_before: "", not_after: "" });
    }
}
