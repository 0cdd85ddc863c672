//! Balanced assignment of reviewers, as a min-cost flow:
//!
//! ```text
//!   source ──need_e──▶ entry e ──1, c_ej──▶ juror j ──1, m(t)──▶ sink   (t = load_j+1 … cap_j)
//! ```
//!
//! Each entry asks for the reviews it still lacks (its `need`), each eligible pair (no
//! conflict, not already assigned) may carry one review at the caller's cost `c_ej` (a
//! language the juror does not understand costs more), and a juror's `t`-th review costs
//! `m(t) = t · LOAD_STEP`: the marginal cost rises with the load, so the cheapest flow
//! spreads reviews evenly (loads a juror already carries count, so existing assignments
//! are kept and balanced around). The flow is maximal first — every review that can be
//! given is — and of least cost among maximal flows. A juror's `t`-th review is one arc
//! of its own, so a phase of the primal–dual method gives every juror at most one review.

use crate::flow::Network;

/// What the `t`-th review of one juror adds to the cost.
pub const LOAD_STEP: i64 = 2;

/// The marginal cost of a juror's `t`-th review (1-based).
pub fn marginal(t: u32) -> i64 {
    i64::from(t) * LOAD_STEP
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Juror {
    /// Reviews it carries already.
    pub load: u32,
    /// The most it may carry, existing ones included.
    pub cap: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problem {
    /// Per entry, the reviews it still needs.
    pub need: Vec<u32>,
    pub jurors: Vec<Juror>,
    /// (entry, juror, cost) for every pair that may be assigned.
    pub eligible: Vec<(usize, usize, i64)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Solution {
    /// (entry, juror) pairs to assign.
    pub pairs: Vec<(usize, usize)>,
    /// Per entry, the reviews it still lacks after this assignment.
    pub short: Vec<u32>,
    /// The cost of what was added: pair costs and the jurors' marginal costs.
    pub cost: i64,
    pub phases: u32,
}

pub fn solve(p: &Problem) -> Solution {
    let e = p.need.len();
    let j = p.jurors.len();
    let (s, t) = (0, 1);
    let entry = |i: usize| 2 + i;
    let juror = |k: usize| 2 + e + k;
    let mut net = Network::new(2 + e + j);
    for (i, &need) in p.need.iter().enumerate() {
        if need > 0 {
            net.add_arc(s, entry(i), i64::from(need), 0);
        }
    }
    let pair_arcs: Vec<usize> = p
        .eligible
        .iter()
        .map(|&(i, k, cost)| net.add_arc(entry(i), juror(k), 1, cost))
        .collect();
    for (k, jr) in p.jurors.iter().enumerate() {
        for load in jr.load + 1..=jr.cap {
            net.add_arc(juror(k), t, 1, marginal(load));
        }
    }
    let flow = net.min_cost_max_flow(s, t);
    let mut short = p.need.clone();
    let mut pairs = Vec::with_capacity(flow.value as usize);
    for (arc, &(i, k, _)) in pair_arcs.iter().zip(&p.eligible) {
        if net.flow(*arc) > 0 {
            pairs.push((i, k));
            short[i] -= 1;
        }
    }
    Solution {
        pairs,
        short,
        cost: flow.cost,
        phases: flow.phases,
    }
}
