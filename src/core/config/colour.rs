//! Colours from the embed configuration, and the contrast they must reach
//! against the white text drawn on them.

/// WCAG 2.1 AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// A contrast ratio as people read it, to two decimals ("4.53:1").
///
/// It is kept as whole hundredths and printed with integer formatting:
/// formatting the `f64` with `{:.2}` would bring Rust's float printing into
/// the bundle for two console warnings, 6.4 KB of brotli (measured).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio {
    hundredths: u32,
}

impl Ratio {
    /// The ratio rounded to hundredths.
    pub fn new(ratio: f64) -> Ratio {
        Ratio { hundredths: (ratio * 100.0).round() as u32 }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:02}:1", self.hundredths / 100, self.hundredths % 100)
    }
}

/// `x` to the power 2.4, for `x` in (0, 1], as `x² · (x²)^⅕` with the fifth
/// root found by Newton's method from above, where it converges without
/// overshooting. `f64::powf` would bring a general `pow` into the bundle
/// (1.4 KB of code) for the luminance of one accent colour; the result
/// agrees with it to within 1e-12 (tested over every 8-bit channel).
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut root = 1.0;
    for _ in 0..40 {
        root = (4.0 * root + a / (root * root * root * root)) / 5.0;
    }
    a * root
}

/// A colour with 8-bit channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2.1 defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Contrast ratio against white.
    pub fn contrast_with_white(self) -> f64 {
        1.05 / (self.luminance() + 0.05)
    }

    /// Parses `#rrggbb` or `rrggbb`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// The same hue darkened in small steps until white text on it reaches
    /// [`MIN_CONTRAST`]; unchanged when it already does.
    pub fn readable_with_white(self) -> Rgb {
        let mut colour = self;
        // Each step keeps 92% of every channel; black always passes, so the
        // loop ends, and 60 steps reach near-black from any colour.
        for _ in 0..60 {
            if colour.contrast_with_white() >= MIN_CONTRAST {
                return colour;
            }
            let darker = |c: u8| (f64::from(c) * 0.92).floor() as u8;
            colour = Rgb(darker(colour.0), darker(colour.1), darker(colour.2));
        }
        Rgb(0, 0, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_agrees_with_powf_for_every_channel() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-12 * std, "{c}: {ours} vs {std}");
        }
    }

    #[test]
    fn contrasts_and_darkened_colours_are_those_powf_gives() {
        let luminance = |rgb: Rgb| {
            let channel = |c: u8| {
                let c = f64::from(c) / 255.0;
                if c <= 0.039_28 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(rgb.0) + 0.7152 * channel(rgb.1) + 0.0722 * channel(rgb.2)
        };
        for r in (0..=255u8).step_by(3) {
            for g in (0..=255u8).step_by(5) {
                for b in (0..=255u8).step_by(7) {
                    let rgb = Rgb(r, g, b);
                    let std = 1.05 / (luminance(rgb) + 0.05);
                    assert_eq!(Ratio::new(rgb.contrast_with_white()), Ratio::new(std), "{rgb:?}");
                    assert_eq!(rgb.contrast_with_white() >= MIN_CONTRAST, std >= MIN_CONTRAST, "{rgb:?}");
                }
            }
        }
    }

    #[test]
    fn ratios_print_with_two_decimals() {
        assert_eq!(Ratio::new(4.5).to_string(), "4.50:1");
        assert_eq!(Ratio::new(21.0).to_string(), "21.00:1");
        assert_eq!(Ratio::new(1.006).to_string(), "1.01:1");
    }
}
