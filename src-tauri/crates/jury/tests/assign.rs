//! The assignment's flow checked against a linear program solved by `good_lp` with the
//! pure-Rust `microlp` solver: on small instances (every one proptest makes), the flow
//! gives as many reviews as the LP can and its cost equals the LP optimum; and every
//! solution keeps the hard rules — distinct eligible pairs, no entry over its need, no
//! juror over its cap.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_jury::assign::{marginal, solve, Juror, Problem};
use good_lp::{
    constraint, default_solver, variable, Expression, ProblemVariables, Solution, SolverModel,
};
use proptest::prelude::*;

/// The LP optimum of the same problem, unmet reviews priced at `penalty` each.
fn lp_optimum(p: &Problem, penalty: f64) -> f64 {
    let mut vars = ProblemVariables::new();
    let x: Vec<_> = p
        .eligible
        .iter()
        .map(|_| vars.add(variable().min(0).max(1)))
        .collect();
    let y: Vec<Vec<_>> = p
        .jurors
        .iter()
        .map(|j| {
            (j.load + 1..=j.cap)
                .map(|_| vars.add(variable().min(0).max(1)))
                .collect()
        })
        .collect();
    let unmet: Vec<_> = p.need.iter().map(|_| vars.add(variable().min(0))).collect();
    let mut objective = Expression::from(0.0);
    for (v, &(_, _, c)) in x.iter().zip(&p.eligible) {
        objective += c as f64 * *v;
    }
    for (j, ys) in p.jurors.iter().zip(&y) {
        for (t, v) in (j.load + 1..=j.cap).zip(ys) {
            objective += marginal(t) as f64 * *v;
        }
    }
    for u in &unmet {
        objective += penalty * *u;
    }
    let mut model = vars.minimise(objective.clone()).using(default_solver);
    for (e, &need) in p.need.iter().enumerate() {
        let mut given = Expression::from(0.0);
        for (v, &(i, _, _)) in x.iter().zip(&p.eligible) {
            if i == e {
                given += *v;
            }
        }
        model = model.with(constraint!(given + unmet[e] == f64::from(need)));
    }
    for (k, ys) in y.iter().enumerate() {
        let mut taken = Expression::from(0.0);
        for (v, &(_, j, _)) in x.iter().zip(&p.eligible) {
            if j == k {
                taken += *v;
            }
        }
        let mut levels = Expression::from(0.0);
        for v in ys {
            levels += *v;
        }
        model = model.with(constraint!(taken == levels));
    }
    let solution = model.solve().unwrap();
    solution.eval(&objective)
}

fn problem() -> impl Strategy<Value = Problem> {
    (1usize..8, 1usize..6).prop_flat_map(|(entries, jurors)| {
        (
            prop::collection::vec(0u32..4, entries),
            prop::collection::vec((0u32..3, 0u32..6), jurors),
            prop::collection::vec(
                prop::collection::vec(prop::option::of(0i64..2), jurors),
                entries,
            ),
        )
            .prop_map(|(need, jurors, pairs)| {
                let jurors: Vec<Juror> = jurors
                    .into_iter()
                    .map(|(load, extra)| Juror {
                        load,
                        cap: load + extra,
                    })
                    .collect();
                let mut eligible = Vec::new();
                for (e, row) in pairs.iter().enumerate() {
                    for (j, c) in row.iter().enumerate() {
                        if let Some(c) = c {
                            eligible.push((e, j, c * 3));
                        }
                    }
                }
                Problem {
                    need,
                    jurors,
                    eligible,
                }
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn the_flow_costs_what_the_lp_optimum_costs(p in problem()) {
        let s = solve(&p);
        // Hard rules.
        let mut seen = std::collections::BTreeSet::new();
        for &(e, j) in &s.pairs {
            prop_assert!(seen.insert((e, j)), "pair given twice");
            prop_assert!(p.eligible.iter().any(|&(i, k, _)| (i, k) == (e, j)));
        }
        for (e, &need) in p.need.iter().enumerate() {
            let given = s.pairs.iter().filter(|x| x.0 == e).count() as u32;
            prop_assert!(given <= need);
            prop_assert_eq!(given + s.short[e], need);
        }
        for (j, jr) in p.jurors.iter().enumerate() {
            let taken = s.pairs.iter().filter(|x| x.1 == j).count() as u32;
            prop_assert!(jr.load + taken <= jr.cap);
        }
        // Optimal: as many reviews as can be given, then the least cost.
        let penalty = 10_000.0;
        let unmet: u32 = s.short.iter().sum();
        let ours = s.cost as f64 + penalty * f64::from(unmet);
        let lp = lp_optimum(&p, penalty);
        prop_assert!((ours - lp).abs() < 1e-6, "flow {} (cost {}, unmet {}) vs LP {}", ours, s.cost, unmet, lp);
    }
}

#[test]
fn loads_come_out_even_and_existing_ones_are_balanced_around() {
    // 12 entries × 2 reviews over 4 jurors, one of whom carries 3 already.
    let p = Problem {
        need: vec![2; 12],
        jurors: vec![
            Juror { load: 3, cap: 100 },
            Juror { load: 0, cap: 100 },
            Juror { load: 0, cap: 100 },
            Juror { load: 0, cap: 100 },
        ],
        eligible: (0..12)
            .flat_map(|e| (0..4).map(move |j| (e, j, 0)))
            .collect(),
    };
    let s = solve(&p);
    assert!(s.short.iter().all(|&n| n == 0));
    let loads: Vec<usize> = (0..4)
        .map(|j| s.pairs.iter().filter(|x| x.1 == j).count() + if j == 0 { 3 } else { 0 })
        .collect();
    // 24 + 3 = 27 reviews: 6 or 7 each, the busy juror no more than the others.
    assert!(loads.iter().all(|&l| l == 6 || l == 7), "{loads:?}");
}
