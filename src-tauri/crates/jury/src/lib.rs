//! Juries' arithmetic, kept apart from the store so each piece is tested against an
//! independent reference: [`assign`] (every entry gets its reviewers, loads balanced, as a
//! min-cost flow), [`results`] (the formulas of CLI.md, with Schulze's method and
//! Krippendorff's alpha) and [`ballot`] (majority rounds for awards).

pub mod assign;
pub mod ballot;
pub mod flow;
pub mod results;
