//! The closed sets of the content model (statuses, kinds, settings): an
//! enum each, so that a typo in a record is a parse error that names the
//! allowed values, never an empty field.

use serde::{Deserialize, Serialize};

macro_rules! closed_set {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        pub enum $name {
            $(#[serde(rename = $s)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $s),+
                }
            }
        }
    };
}

closed_set!(AssociationStatus { Active = "active", Inactive = "inactive", Dissolved = "dissolved" });

/// An association is active unless its record says otherwise.
impl Default for AssociationStatus {
    fn default() -> Self {
        Self::Active
    }
}
closed_set!(Setting { Urban = "urban", Rural = "rural" });
closed_set!(Role { Beneficiary = "beneficiary", Partner = "partner", CompetenceHub = "competence-hub", SupportCentre = "support-centre" });
closed_set!(ProgrammeKind { Strategy = "strategy", Programme = "programme", Phase = "phase", Project = "project" });
closed_set!(ProgrammeStatus { Planned = "planned", Ongoing = "ongoing", Completed = "completed" });
closed_set!(MilestoneStatus { Planned = "planned", InProgress = "in-progress", Done = "done", Late = "late" });
closed_set!(OfferKind {
    Funding = "funding",
    Training = "training",
    Equipment = "equipment",
    Premises = "premises",
    TechnicalSupport = "technical-support",
    CallForInterest = "call-for-interest",
});
closed_set!(InstitutionKind {
    Ministry = "ministry",
    Agency = "agency",
    International = "international",
    Ngo = "ngo",
    LocalAuthority = "local-authority",
    Other = "other",
});
closed_set!(IndicatorKind { Output = "output", Outcome = "outcome", Impact = "impact" });
