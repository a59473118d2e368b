//! Plain sentences, in Dutch (B1 level) and English, for everything NotaWijzer shows: each line,
//! each stay period, each finding, each read error, and the overview around them.
//!
//! Nothing here reads or checks; it only puts into words what the rules (`crate::rules::analysis`)
//! worked out, and it knows no screen.

mod cluster_names;
mod errors;
mod estimate;
mod findings;
pub mod insurer;
mod lines;
mod overview;
mod payment;
mod prestatie;

pub use cluster_names::{cluster_name, group_label, supercluster_label, supercluster_name};
pub use errors::{position, read_error, read_error_with_place};
pub use estimate::{budget_note, counterfactual, counterfactual_head, eigen_risico, year_share};
pub use findings::{finding, letter_finding};
pub use lines::{activity, line, line_with, stay_period};
pub use overview::{
    care_span, cluster_sentence, comparison, comparison_glance, cumulative, difference_glance, findings_count,
    indicative_period, indicative_period_value, letter, letter_asks, month_total, month_total_for, no_comparison,
    review_interval, review_sentence, review_status, review_status_label, still_to_pay, whom_to_ask,
    working_names_note, zorgvraagtype_names_note, zorgvraagtype_review_note, zorgvraagtype_sentence,
};
pub use payment::{payment, payment_sources};
pub(crate) use prestatie::NONE;

pub use prestatie::{contract_limit, percent_above, profession, setting, source_host};
