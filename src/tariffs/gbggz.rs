//! The generalistische basis-ggz (GB-ggz) products of the DBC era, with their maximum tariffs
//! 2018–2021 and the most minutes each allowed (`reference.md` §2.4, "Other DBC-era prices").
//!
//! Sources: https://www.spectrum.nu/home/tarieven (2018, 2019); https://psychologenweerdsingel.nl/tarieven/
//! (2020, 2021 and the minute caps). https://www.dt-psychologen.nl/informatie/tarieven-en-nota/
//! gives slightly different 2020 amounts (probably a mid-year revision); NotaWijzer compares with
//! 2021, the last DBC year, where the two agree on the source it uses.

use rust_decimal::Decimal;

use crate::model::Profile;

/// The last year of the DBC model: ZPM care is compared with its tariffs.
pub const LAST_DBC_YEAR: i32 = 2021;
pub const SOURCE_2021: &str = "https://psychologenweerdsingel.nl/tarieven/";

/// One GB-ggz product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Product {
    pub name: &'static str,
    pub code: &'static str,
    /// The most minutes the product allowed.
    pub max_minutes: u32,
    /// Cents, 2018–2021; 0 where the product did not exist.
    cents: [u32; 4],
}

impl Product {
    /// The maximum tariff in `year` (2018–2021).
    pub fn tariff(&self, year: i32) -> Option<Decimal> {
        let i = usize::try_from(year.checked_sub(2018)?).ok()?;
        let cents = *self.cents.get(i)?;
        (cents > 0).then(|| Decimal::new(i64::from(cents), 2))
    }
}

pub const KORT: Product =
    Product { name: "GB-ggz Kort", code: "180001", max_minutes: 294, cents: [48726, 50762, 50347, 52213] };
pub const MIDDEL: Product =
    Product { name: "GB-ggz Middel", code: "180002", max_minutes: 495, cents: [83023, 86492, 85338, 88501] };
pub const INTENSIEF: Product =
    Product { name: "GB-ggz Intensief", code: "180003", max_minutes: 750, cents: [130185, 135625, 138365, 143496] };
pub const CHRONISCH: Product =
    Product { name: "GB-ggz Chronisch", code: "180004", max_minutes: 753, cents: [120150, 125170, 133098, 138049] };
pub const ONVOLLEDIG: Product = Product {
    name: "GB-ggz Onvolledig behandeltraject",
    code: "180005",
    max_minutes: 120,
    cents: [0, 0, 21978, 22804],
};

/// The product of a basis-ggz profile.
pub fn for_profile(profile: Profile) -> &'static Product {
    match profile {
        Profile::Kort => &KORT,
        Profile::Middel => &MIDDEL,
        Profile::Intensief => &INTENSIEF,
        Profile::Chronisch => &CHRONISCH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinned() {
        assert_eq!(MIDDEL.tariff(2021), Some(Decimal::new(88501, 2)));
        assert_eq!(KORT.tariff(2018), Some(Decimal::new(48726, 2)));
        assert_eq!(ONVOLLEDIG.tariff(2019), None);
        assert_eq!(ONVOLLEDIG.tariff(2021), Some(Decimal::new(22804, 2)));
        assert_eq!(MIDDEL.tariff(2022), None);
        assert_eq!(for_profile(Profile::Chronisch).max_minutes, 753);
    }
}
