//! Plain sentences, in Dutch (B1 level) and English, for everything NotaWijzer shows: each line,
//! each stay period, each finding, each read error, and the overview around them.
//!
//! Nothing here reads or checks; it only puts into words what `analysis` worked out.

mod errors;
mod estimate;
mod findings;
mod lines;
mod overview;
mod payment;
mod prestatie;

pub use errors::{position, read_error, read_error_with_place};
pub use estimate::{counterfactual, counterfactual_head, eigen_risico, year_share};
pub use findings::{finding, letter_finding};
pub use lines::{activity, line, line_with, stay_period};
pub use overview::{
    care_span, cluster_name, cluster_sentence, comparison, comparison_glance, cumulative, difference_glance,
    findings_count, group_label, indicative_period, indicative_period_value, letter, month_total, month_total_for,
    no_comparison, review_interval, review_sentence, review_status, review_status_label, still_to_pay,
    supercluster_label, supercluster_name, whom_to_ask, working_names_note, zorgvraagtype_names_note,
    zorgvraagtype_review_note, zorgvraagtype_sentence,
};
pub use payment::payment;
pub(crate) use prestatie::NONE;

/// The sources of the payment sentences, shared with the checks page.
pub mod payment_sources {
    /// Where the 2026 range of policy percentages comes from (Consumentenbond).
    pub const RANGE: &str =
        "https://www.consumentenbond.nl/acties-claims/nieuws/2025/ggz-in-de-knel-kiezen-zorgverzekering-is-puzzel";
    /// The Supreme Court's ruling on the hinderpaal criterion (art. 13 Zvw).
    pub const HINDERPAAL: &str = "https://uitspraken.rechtspraak.nl/details?id=ECLI%3ANL%3AHR%3A2022%3A1790";
}
pub use prestatie::{LineContext, contract_limit, percent_above, profession, setting, source_host};
