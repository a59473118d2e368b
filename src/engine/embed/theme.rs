//! Theming without a rebuild: an accent colour and a font, from URL parameters. Only safe values
//! get through: a colour must be a hex colour dark enough for white text (WCAG AA, 4.5:1), a font
//! one of a short list. Anything else is ignored, never injected.

/// A colour as `#rrggbb`, when the text is `#rgb`, `#rrggbb`, `rgb`, `rrggbb` (the `#` may be
/// written `%23`) and white text on it has a contrast of at least 4.5:1.
pub fn accent(text: &str) -> Option<String> {
    let t = text.trim();
    let hex = t.strip_prefix('#').or_else(|| t.strip_prefix("%23")).unwrap_or(t);
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    if !full.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).ok();
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    (contrast_with_white(r, g, b) >= 4.5).then(|| format!("#{}", full.to_ascii_lowercase()))
}

/// WCAG 2.1 contrast ratio of white against the colour.
pub fn contrast_with_white(r: u8, g: u8, b: u8) -> f64 {
    let linear = |c: u8| {
        let s = f64::from(c) / 255.0;
        if s <= 0.039_28 { s / 12.92 } else { pow_2_4((s + 0.055) / 1.055) }
    };
    let l = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    1.05 / (l + 0.05)
}

/// `x^2.4` for `x` in (0, 1]: `x² · x^0.4`, the fifth root of `x²` by Newton's method (the page
/// carries no general `powf`: 1.4 KB of WebAssembly for one exponent).
fn pow_2_4(x: f64) -> f64 {
    let x2 = x * x;
    // x^0.4 lies between x and 1; start from its square root's square root's neighbour, above it
    let mut y = x.sqrt().sqrt().max(x2);
    for _ in 0..40 {
        let y4 = y * y * y * y;
        let next = y - (y4 * y - x2) / (5.0 * y4);
        if (next - y).abs() <= f64::EPSILON * y {
            break;
        }
        y = next;
    }
    x2 * y
}

/// The fonts a partner may pick, by name, with the CSS font stack each means.
pub const FONTS: [(&str, &str); 5] = [
    ("system", "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif"),
    ("sans", "Arial, \"Helvetica Neue\", Helvetica, sans-serif"),
    ("serif", "Georgia, \"Times New Roman\", serif"),
    ("verdana", "Verdana, Geneva, sans-serif"),
    ("atkinson", "\"Atkinson Hyperlegible\", Verdana, sans-serif"),
];

/// The font stack for a name on the list.
pub fn font(name: &str) -> Option<&'static str> {
    let wanted = name.trim().to_ascii_lowercase();
    FONTS.iter().find(|(n, _)| *n == wanted).map(|(_, stack)| *stack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_is_powf_to_the_last_bits() {
        for i in 1..=1000 {
            let x = f64::from(i) / 1000.0;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 4.0 * f64::EPSILON * std, "{x}: {ours} vs {std}");
        }
    }

    #[test]
    fn colours() {
        assert_eq!(accent("#1d4e89").as_deref(), Some("#1d4e89"));
        assert_eq!(accent("%23006400").as_deref(), Some("#006400"));
        assert_eq!(accent("00F").as_deref(), Some("#0000ff"));
        assert_eq!(accent("#1D4E89").as_deref(), Some("#1d4e89"));
        // too light for white text
        assert_eq!(accent("#ffff00"), None);
        assert_eq!(accent("#777777"), None, "4.48:1 is just under AA");
        assert_eq!(accent("#767676").as_deref(), Some("#767676"), "4.54:1 passes");
        // not colours, or attempts to inject
        for bad in ["red", "#12345", "#1234567", "#gggggg", "#000;background:url(x)", "expression(alert(1))", "", "#"] {
            assert_eq!(accent(bad), None, "{bad}");
        }
    }

    #[test]
    fn fonts() {
        assert!(font("serif").unwrap().contains("Georgia"));
        assert!(font("SERIF").is_some());
        assert_eq!(font("Comic Sans; } body { display:none"), None);
        assert_eq!(font("url(evil.woff)"), None);
    }
}
