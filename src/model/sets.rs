//! The closed sets of the content model (statuses, kinds, settings): an
//! enum each, so that a typo in a record is a parse error that names the
//! allowed values, never an empty field.

use serde::{Deserialize, Serialize};

macro_rules! closed_set {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
        pub enum $name {
            $(#[doc = concat!("`", $s, "`")] #[serde(rename = $s)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The value as written in records.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $s),+
                }
            }
        }
    };
}

closed_set!(
    /// An association's `status`.
    AssociationStatus { Active = "active", Inactive = "inactive", Dissolved = "dissolved" }
);

/// An association is active unless its record says otherwise.
impl Default for AssociationStatus {
    fn default() -> Self {
        Self::Active
    }
}
closed_set!(
    /// Whether an association works in a town or in the countryside (`setting`).
    Setting { Urban = "urban", Rural = "rural" }
);
closed_set!(
    /// An association's role in a programme it takes part in.
    Role { Beneficiary = "beneficiary", Partner = "partner", CompetenceHub = "competence-hub", SupportCentre = "support-centre" }
);
closed_set!(
    /// What a programme record describes (`kind`).
    ProgrammeKind { Strategy = "strategy", Programme = "programme", Phase = "phase", Project = "project" }
);
closed_set!(
    /// A programme's stated `status`, checked against its dates.
    ProgrammeStatus { Planned = "planned", Ongoing = "ongoing", Completed = "completed" }
);
closed_set!(
    /// The `status` of a programme's milestone.
    MilestoneStatus { Planned = "planned", InProgress = "in-progress", Done = "done", Late = "late" }
);
closed_set!(
    /// What an offer provides (`kind`).
    OfferKind {
        Funding = "funding",
        Training = "training",
        Equipment = "equipment",
        Premises = "premises",
        TechnicalSupport = "technical-support",
        CallForInterest = "call-for-interest",
    }
);
closed_set!(
    /// What kind of body an institution is (`kind`).
    InstitutionKind {
        Ministry = "ministry",
        Agency = "agency",
        International = "international",
        Ngo = "ngo",
        LocalAuthority = "local-authority",
        Other = "other",
    }
);
closed_set!(
    /// The level of a results indicator (`kind` in indicators.yaml).
    IndicatorKind { Output = "output", Outcome = "outcome", Impact = "impact" }
);
