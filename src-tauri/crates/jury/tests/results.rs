//! Results checked against references computed elsewhere: Krippendorff's alpha against
//! the PyPI package `krippendorff` (fixtures/alpha.json, made by fixtures/alpha.py),
//! Schulze's method against the worked example of its Wikipedia article and against a
//! plain Floyd–Warshall, and the per-entry figures against a small sheet done by hand.

// Test code: a panic is how a failure is reported.
#![allow(clippy::unwrap_used)]

use caravan_jury::results::{compute, krippendorff_interval, schulze_ranks, Criterion, Score};
use proptest::prelude::*;

#[test]
fn alpha_matches_the_krippendorff_package_on_every_fixture() {
    let fixtures: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/alpha.json")).unwrap();
    let cases = fixtures["cases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    for case in cases {
        let rows = case["data"].as_array().unwrap();
        let units = rows[0].as_array().unwrap().len();
        let by_unit: Vec<Vec<f64>> = (0..units)
            .map(|u| rows.iter().filter_map(|r| r[u].as_f64()).collect())
            .collect();
        let ours = krippendorff_interval(&by_unit);
        match case["alpha"].as_f64() {
            Some(want) => {
                let got = ours.unwrap_or_else(|| panic!("{}: no alpha", case["name"]));
                assert!(
                    (got - want).abs() < 1e-9,
                    "{}: {got} ≠ {want}",
                    case["name"]
                );
            }
            None => assert!(ours.is_none(), "{}", case["name"]),
        }
    }
}

#[test]
fn alpha_is_undefined_without_variation() {
    assert_eq!(
        krippendorff_interval(&[vec![3.0, 3.0], vec![3.0, 3.0]]),
        None
    );
    assert_eq!(krippendorff_interval(&[vec![3.0]]), None);
}

/// Sheets in which juror j gives entry e the total `-(position in its ranking)`.
fn ballots(groups: &[(usize, &[usize])]) -> Vec<Vec<(usize, f64)>> {
    let mut sheets = Vec::new();
    for (voters, order) in groups {
        for _ in 0..*voters {
            sheets.push(
                order
                    .iter()
                    .enumerate()
                    .map(|(i, &e)| (e, -(i as f64)))
                    .collect(),
            );
        }
    }
    sheets
}

#[test]
fn schulze_gives_the_wikipedia_example_its_published_order() {
    // en.wikipedia.org/wiki/Schulze_method, "Example": 45 voters, candidates A–E (0–4);
    // the winner is E, and the order E > A > C > B > D.
    let (a, b, c, d, e) = (0, 1, 2, 3, 4);
    let sheets = ballots(&[
        (5, &[a, c, b, e, d]),
        (5, &[a, d, e, c, b]),
        (8, &[b, e, d, a, c]),
        (3, &[c, a, b, e, d]),
        (7, &[c, a, e, b, d]),
        (2, &[c, b, a, d, e]),
        (7, &[d, c, e, b, a]),
        (8, &[e, b, a, d, c]),
    ]);
    let ranks = schulze_ranks(5, &sheets);
    assert_eq!(ranks[e], 1);
    assert_eq!(ranks[a], 2);
    assert_eq!(ranks[c], 3);
    assert_eq!(ranks[b], 4);
    assert_eq!(ranks[d], 5);
}

/// Schulze's ranks the plain way: d, then strongest paths by Floyd–Warshall.
fn floyd_ranks(n: usize, sheets: &[Vec<(usize, f64)>]) -> Vec<usize> {
    let mut d = vec![vec![0u32; n]; n];
    for s in sheets {
        for &(x, tx) in s {
            for &(y, ty) in s {
                if tx > ty {
                    d[x][y] += 1;
                }
            }
        }
    }
    let mut p = vec![vec![0u32; n]; n];
    for i in 0..n {
        for j in 0..n {
            if i != j && d[i][j] > d[j][i] {
                p[i][j] = d[i][j];
            }
        }
    }
    for k in 0..n {
        for i in 0..n {
            if i == k {
                continue;
            }
            for j in 0..n {
                if j != i && j != k {
                    p[i][j] = p[i][j].max(p[i][k].min(p[k][j]));
                }
            }
        }
    }
    (0..n)
        .map(|a| 1 + (0..n).filter(|&b| b != a && p[b][a] > p[a][b]).count())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn schulze_by_components_agrees_with_floyd_warshall(
        n in 1usize..12,
        sheets in prop::collection::vec(prop::collection::vec((0usize..12, 0u8..5), 0..10), 0..9),
    ) {
        // Each juror scores a set of entries (once each), totals in a few levels so ties come.
        let sheets: Vec<Vec<(usize, f64)>> = sheets
            .into_iter()
            .map(|s| {
                let mut seen = std::collections::BTreeMap::new();
                for (e, t) in s {
                    seen.entry(e % n).or_insert(f64::from(t));
                }
                seen.into_iter().collect()
            })
            .collect();
        prop_assert_eq!(schulze_ranks(n, &sheets), floyd_ranks(n, &sheets));
    }
}

#[test]
fn a_small_section_done_by_hand() {
    // Two criteria, story (weight 2) and craft (weight 1), on 0–10.
    let criteria = vec![
        Criterion {
            key: "story".into(),
            weight: 2.0,
            min: 0.0,
            max: 10.0,
        },
        Criterion {
            key: "craft".into(),
            weight: 1.0,
            min: 0.0,
            max: 10.0,
        },
    ];
    let s = |juror, entry, criterion, value| Score {
        juror,
        entry,
        criterion,
        value,
    };
    // Juror 0: entry 0 (8, 5) → 7, entry 1 (4, 7) → 5. Juror 1: entry 0 (9, 9) → 9,
    // entry 1 (3, 3) → 3. Juror 1's sheet for entry 2 is incomplete: it does not count.
    let scores = vec![
        s(0, 0, 0, 8.0),
        s(0, 0, 1, 5.0),
        s(0, 1, 0, 4.0),
        s(0, 1, 1, 7.0),
        s(1, 0, 0, 9.0),
        s(1, 0, 1, 9.0),
        s(1, 1, 0, 3.0),
        s(1, 1, 1, 3.0),
        s(1, 2, 0, 6.0),
    ];
    let r = compute(&criteria, 3, 2, &scores);
    let e0 = r.entries.iter().find(|e| e.entry == 0).unwrap();
    let e1 = r.entries.iter().find(|e| e.entry == 1).unwrap();
    let e2 = r.entries.iter().find(|e| e.entry == 2).unwrap();
    assert_eq!(r.entries[0].entry, 0);
    assert_eq!((e0.count, e0.mean, e0.median), (2, Some(8.0), Some(8.0)));
    assert!((e0.stddev.unwrap() - 2f64.sqrt()).abs() < 1e-12);
    assert_eq!((e0.min, e0.max), (Some(7.0), Some(9.0)));
    // Σ w_c · mean v: 2 × 8.5 + 1 × 7 = 24.
    assert_eq!(e0.weighted_total, Some(24.0));
    // Totals 7, 5, 9, 3: μ = 6, σ = √5. Juror 0: μ 6, σ 1, z(e0) = 1; juror 1: μ 6,
    // σ 3, z(e0) = 1. normalized = 6 + √5 · 1.
    assert!((e0.normalized_mean.unwrap() - (6.0 + 5f64.sqrt())).abs() < 1e-12);
    assert!((e1.normalized_mean.unwrap() - (6.0 - 5f64.sqrt())).abs() < 1e-12);
    assert_eq!((e0.schulze_rank, e1.schulze_rank), (1, 2));
    assert_eq!((e0.borda_score, e1.borda_score), (2.0, 0.0));
    // Range 10: e1's totals 5 and 3 (stddev √2) are no disagreement; e0's neither.
    assert!(!e0.disagreement && !e1.disagreement);
    assert_eq!((e2.count, e2.mean), (0, None));
    assert_eq!(r.entries.last().unwrap().entry, 2);
    // Units e0 (7, 9) and e1 (5, 3): α from D_o = 4/4... against the formula directly.
    let want = krippendorff_interval(&[vec![7.0, 9.0], vec![5.0, 3.0]]);
    assert_eq!(r.alpha_total, want);
}
