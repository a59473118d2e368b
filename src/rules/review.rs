//! The review date of a care cluster: the date the nota states, the latest date the cluster's
//! review interval allows (counted from the start date), and its status on a given day.

use chrono::{Days, Months, NaiveDate};

use crate::rules::clusters::{Cluster, Interval};

/// The latest allowed review date: `start + interval` (weeks as 7 days, months as calendar months;
/// 31 August + 6 months = 28 or 29 February).
pub fn latest_allowed(start: NaiveDate, interval: Interval) -> Option<NaiveDate> {
    match interval {
        Interval::Weeks(w) => start.checked_add_days(Days::new(u64::from(w) * 7)),
        Interval::Months(m) => start.checked_add_months(Months::new(m)),
    }
}

/// Where the review stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The review is still ahead: so many days left (0 = today).
    Ahead { days_left: i64 },
    /// The review date has passed so many days ago, and the care had not ended by then.
    Passed { days_ago: i64 },
    /// The care ended on this day, before the review was due: no review is needed.
    NotNeeded { ended: NaiveDate },
}

/// Everything the app shows about the review.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// The date the nota states ("Review uiterlijk 1 mei"), if any.
    pub stated: Option<NaiveDate>,
    /// The latest date the cluster's interval allows, when start and cluster are known.
    pub latest_allowed: Option<NaiveDate>,
    pub interval: Option<Interval>,
    /// The date that counts: the stated one, else the latest allowed.
    pub due: Option<NaiveDate>,
    /// Where the review stands, judged at the nota's last day of care when that is before today.
    pub status: Option<Status>,
    /// The day `status` was judged on when that is the nota's own date (its last day of care),
    /// not today: whether a review was due is a question about the care on the nota, and for an
    /// old nota today's date is only information. `None` when judged today.
    pub on: Option<NaiveDate>,
}

impl Review {
    /// True when the stated date is later than the cluster's interval allows.
    pub fn beyond_interval(&self) -> bool {
        matches!((self.stated, self.latest_allowed), (Some(s), Some(l)) if s > l)
    }
}

/// The review of a nota: stated date, cluster, start and end of the trajectory, and "today".
pub fn review(
    stated: Option<NaiveDate>,
    cluster: Option<&Cluster>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    today: NaiveDate,
) -> Review {
    let interval = cluster.map(|c| c.review);
    let latest = match (start, interval) {
        (Some(s), Some(i)) => latest_allowed(s, i),
        _ => None,
    };
    let due = stated.or(latest);
    let status = due.map(|due| match end {
        Some(ended) if ended <= due && ended <= today => Status::NotNeeded { ended },
        _ if today <= due => Status::Ahead { days_left: (due - today).num_days() },
        _ => Status::Passed { days_ago: (today - due).num_days() },
    });
    Review { stated, latest_allowed: latest, interval, due, status, on: None }
}

/// The re-assessment of a zorgvraagtype on a ZPM nota: at least once a year (verified,
/// `zpm-reference.md` §1.1; the official per-type review terms are not published in a form
/// NotaWijzer could verify). Due: the stated date, else the start date + 12 months, then yearly —
/// the first such date on or after `last_care` (the latest date of care on the nota).
pub fn zpm_review(
    stated: Option<NaiveDate>,
    start: Option<NaiveDate>,
    last_care: Option<NaiveDate>,
    today: NaiveDate,
) -> Review {
    let yearly = start.and_then(|s| {
        let mut years = 1u32;
        loop {
            let due = s.checked_add_months(Months::new(12 * years))?;
            if last_care.is_none_or(|c| due >= c) || years > 200 {
                return Some(due);
            }
            years += 1;
        }
    });
    let due = stated.or(yearly);
    let status = due.map(|due| {
        if today <= due {
            Status::Ahead { days_left: (due - today).num_days() }
        } else {
            Status::Passed { days_ago: (today - due).num_days() }
        }
    });
    Review { stated, latest_allowed: yearly, interval: Some(Interval::Months(12)), due, status, on: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::clusters::by_number;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn zpm_review_is_yearly_from_the_start() {
        let start = Some(ymd(2024, 3, 5));
        let r = zpm_review(None, start, Some(ymd(2024, 3, 26)), ymd(2024, 4, 2));
        assert_eq!(r.due, Some(ymd(2025, 3, 5)));
        assert_eq!(r.status, Some(Status::Ahead { days_left: 337 }));
        // care in the second year: the next yearly date
        let r = zpm_review(None, start, Some(ymd(2025, 4, 1)), ymd(2025, 4, 2));
        assert_eq!(r.due, Some(ymd(2026, 3, 5)));
        let r = zpm_review(None, Some(ymd(2024, 2, 29)), None, ymd(2025, 3, 2));
        assert_eq!(r.due, Some(ymd(2025, 2, 28)));
        assert_eq!(r.status, Some(Status::Passed { days_ago: 2 }));
        let r = zpm_review(Some(ymd(2024, 9, 1)), start, None, ymd(2024, 4, 2));
        assert_eq!(r.due, Some(ymd(2024, 9, 1)));
        assert_eq!(zpm_review(None, None, None, ymd(2024, 4, 2)).due, None);
    }

    #[test]
    fn the_seed_fits_six_months() {
        assert_eq!(latest_allowed(ymd(2016, 11, 1), Interval::Months(6)), Some(ymd(2017, 5, 1)));
    }

    #[test]
    fn weeks_are_days_and_months_are_calendar_months() {
        assert_eq!(latest_allowed(ymd(2017, 1, 1), Interval::Weeks(12)), Some(ymd(2017, 3, 26)));
        assert_eq!(latest_allowed(ymd(2016, 8, 31), Interval::Months(6)), Some(ymd(2017, 2, 28)));
        assert_eq!(latest_allowed(ymd(2019, 8, 31), Interval::Months(6)), Some(ymd(2020, 2, 29)));
    }

    #[test]
    fn status_on_a_day() {
        let four = by_number(4);
        let start = Some(ymd(2016, 11, 1));
        let stated = Some(ymd(2017, 5, 1));
        let r = review(stated, four, start, None, ymd(2017, 2, 21));
        assert_eq!(r.status, Some(Status::Ahead { days_left: 69 }));
        assert!(!r.beyond_interval());
        let r = review(stated, four, start, None, ymd(2017, 5, 1));
        assert_eq!(r.status, Some(Status::Ahead { days_left: 0 }));
        let r = review(stated, four, start, None, ymd(2017, 5, 11));
        assert_eq!(r.status, Some(Status::Passed { days_ago: 10 }));
        // Henk's care ended on 21 February 2017, before the review was due.
        let r = review(stated, four, start, Some(ymd(2017, 2, 21)), ymd(2026, 11, 24));
        assert_eq!(r.status, Some(Status::NotNeeded { ended: ymd(2017, 2, 21) }));
        // An end date still ahead does not take the review away yet.
        let r = review(stated, four, start, Some(ymd(2017, 6, 1)), ymd(2017, 5, 11));
        assert_eq!(r.status, Some(Status::Passed { days_ago: 10 }));
    }

    #[test]
    fn beyond_the_interval() {
        let r = review(Some(ymd(2017, 6, 1)), by_number(4), Some(ymd(2016, 11, 1)), None, ymd(2017, 2, 1));
        assert!(r.beyond_interval());
        assert_eq!(r.latest_allowed, Some(ymd(2017, 5, 1)));
        let r = review(None, by_number(1), Some(ymd(2017, 1, 1)), None, ymd(2017, 2, 1));
        assert_eq!(r.due, Some(ymd(2017, 3, 26)));
        assert!(!r.beyond_interval());
    }
}
