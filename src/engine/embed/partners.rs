//! The allow-list of partner origins: the only pages that may send NotaWijzer a nota, receive its
//! summary and height, or serve a nota for `?src=`. It comes from the deployment (a
//! `<meta name="notawijzer-partners">` in index.html, written by `deploy/configure.mjs`) and from
//! the build (`NOTAWIJZER_PARTNERS`), never from the embedding page itself.

/// The origins given at build time, space separated (`NOTAWIJZER_PARTNERS="https://a.example"`).
pub const BUILD_TIME: Option<&str> = option_env!("NOTAWIJZER_PARTNERS");

/// A set of exact origins (`https://portal.example`, `http://127.0.0.1:4174`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Partners {
    origins: Vec<String>,
}

impl Partners {
    /// From a list separated by spaces or commas; anything that is not an origin (a path, a
    /// wildcard, `null`, `*`, another scheme) is left out.
    pub fn parse(list: &str) -> Self {
        Self::default().with_all(list.split([' ', ',', '\n', '\t']).filter_map(origin))
    }

    /// Each origin added once, in the order given (no sort: the page carries no sorting code).
    fn with_all(mut self, origins: impl IntoIterator<Item = String>) -> Self {
        for o in origins {
            if !self.origins.contains(&o) {
                self.origins.push(o);
            }
        }
        self
    }

    /// The union of two lists (build time and deployment).
    pub fn with(self, other: Partners) -> Self {
        self.with_all(other.origins)
    }

    /// True when the origin is on the list, exactly.
    pub fn allows(&self, candidate: &str) -> bool {
        origin(candidate).is_some_and(|o| self.origins.contains(&o))
    }

    /// True when the URL is on an allowed origin (for `?src=`).
    pub fn allows_url(&self, url: &str) -> bool {
        url_origin(url).is_some_and(|o| self.allows(&o))
    }

    pub fn origins(&self) -> &[String] {
        &self.origins
    }

    pub fn is_empty(&self) -> bool {
        self.origins.is_empty()
    }
}

/// `scheme://host[:port]` in lower case when the text is exactly an http(s) origin.
fn origin<S: AsRef<str>>(text: S) -> Option<String> {
    let t = text.as_ref().trim().trim_end_matches('/');
    let (scheme, rest) = t.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if !(scheme == "https" || scheme == "http") || rest.is_empty() {
        return None;
    }
    let host_ok = rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if !host_ok || rest.starts_with(['.', ':', '-']) || rest.contains("..") {
        return None;
    }
    if let Some((_, port)) = rest.rsplit_once(':').filter(|_| !rest.ends_with(']'))
        && (port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.len() > 5)
    {
        return None;
    }
    Some(format!("{scheme}://{}", rest.to_ascii_lowercase()))
}

/// The origin of an absolute http(s) URL, without user info.
pub fn url_origin(url: &str) -> Option<String> {
    let t = url.trim();
    let (scheme, rest) = t.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.contains('@') {
        return None;
    }
    origin(format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_origins_only() {
        let p = Partners::parse(
            "https://portal.example, http://127.0.0.1:4174/ *  null https://*.evil.example ftp://x.example https://a.example/path",
        );
        assert_eq!(p.origins(), ["https://portal.example", "http://127.0.0.1:4174"]);
        let twice = Partners::parse("https://portal.example https://portal.example").with(p.clone());
        assert_eq!(twice.origins(), ["https://portal.example", "http://127.0.0.1:4174"]);
        assert!(p.allows("https://portal.example"));
        assert!(p.allows("https://PORTAL.example"));
        assert!(p.allows("http://127.0.0.1:4174"));
        assert!(!p.allows("http://127.0.0.1:4175"));
        assert!(!p.allows("https://portal.example.evil.example"));
        assert!(!p.allows("http://portal.example"));
        assert!(!p.allows("null"));
        assert!(!p.allows("*"));
        assert!(Partners::parse("").is_empty());
    }

    #[test]
    fn urls() {
        let p = Partners::parse("https://portal.example");
        assert!(p.allows_url("https://portal.example/api/nota/12?x=1"));
        assert!(!p.allows_url("https://portal.example.evil.example/api"));
        assert!(!p.allows_url("https://user@portal.example/api"));
        assert!(!p.allows_url("/relative/path"));
        assert!(!p.allows_url("javascript:alert(1)"));
        assert!(!p.allows_url("data:text/plain,Zorgnota"));
    }
}
