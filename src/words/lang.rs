//! The languages NotaWijzer speaks. Their words are in `messages/<code>.ftl` (`crate::words::messages`).

/// Dutch (the default and the source of every message), English, Turkish, Arabic, Polish and
/// Ukrainian.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
    Tr,
    Ar,
    Pl,
    Uk,
}

impl Lang {
    /// Every language, in the order of the language list.
    pub const ALL: [Lang; 6] = [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar, Lang::Pl, Lang::Uk];

    /// From `"nl"`, `"en"`, `"tr"`, `"ar"`, `"pl"` or `"uk"` (any case); `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The BCP 47 code for `lang` attributes and URLs.
    pub fn code(self) -> &'static str {
        ["nl", "en", "tr", "ar", "pl", "uk"][self.index()]
    }

    /// The place in [`Lang::ALL`] (and in the message tables).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The language's own name, as the language list shows it.
    pub fn own_name(self) -> &'static str {
        ["Nederlands", "English", "Türkçe", "العربية", "Polski", "Українська"][self.index()]
    }

    /// Written from right to left (Arabic).
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The `dir` attribute of a page or an element in this language.
    pub fn dir(self) -> &'static str {
        if self.rtl() { "rtl" } else { "ltr" }
    }
}
