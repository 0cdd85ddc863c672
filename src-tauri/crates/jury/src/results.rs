//! A round's results, exactly as CLI.md states them. For juror *j*, entry *e*, criteria
//! *c* with weights *w_c*, only complete sheets (every criterion scored) count:
//!
//! - total `t_je = Σ w_c·v_jec / Σ w_c`, on the rubric's scale;
//! - `count`, `mean`, `median`, `stddev` (sample, n − 1; 0 when n < 2), `min`, `max` of
//!   the entry's totals;
//! - `weighted_total = Σ w_c · mean_j v_jec`, in rubric points;
//! - `normalized_mean = μ + σ · mean_j z_je`, `z_je = (t_je − μ_j)/σ_j` with μ_j, σ_j the
//!   mean and population standard deviation of juror *j*'s totals (z = 0 when σ_j = 0),
//!   and μ, σ the mean and population standard deviation of all totals;
//! - `schulze_rank`: `d[a][b]` counts jurors who scored both with `t_ja > t_jb`; the
//!   strength of a path is its weakest link, a link `a → b` being `d[a][b]` when
//!   `d[a][b] > d[b][a]`; the rank is 1 + the number of entries whose strongest path to
//!   *a* is stronger than *a*'s to them (ties share a rank);
//! - `borda_score`: over jurors, entries that juror scored strictly lower + ½ × entries
//!   tied with it;
//! - `disagreement`: `stddev > 0.2 ×` the scale's range `Σ w_c(max_c − min_c) / Σ w_c`;
//! - Krippendorff's α with the interval metric, units the entries, coders the jurors,
//!   units with fewer than two values left out (see [`krippendorff_interval`]).

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub key: String,
    pub weight: f64,
    pub min: f64,
    pub max: f64,
}

/// One score: juror, entry and criterion are indexes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub juror: usize,
    pub entry: usize,
    pub criterion: usize,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EntryResult {
    pub entry: usize,
    pub count: usize,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub stddev: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub normalized_mean: Option<f64>,
    pub weighted_total: Option<f64>,
    pub schulze_rank: usize,
    pub borda_score: f64,
    pub disagreement: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// By `normalized_mean`, highest first; entries with no complete sheet last.
    pub entries: Vec<EntryResult>,
    pub alpha_total: Option<f64>,
    /// Per criterion key.
    pub alpha_criteria: BTreeMap<String, Option<f64>>,
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

/// Population standard deviation.
fn pstd(v: &[f64]) -> f64 {
    let m = mean(v);
    (v.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / v.len() as f64).sqrt()
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Krippendorff's α for interval data. `units[u]` holds the values the coders gave unit
/// *u*; units with fewer than two values are not pairable and are left out. With *n* the
/// number of pairable values, per unit *m_u* values, and δ²(c, k) = (c − k)²:
///
/// `D_o = (1/n) Σ_u Σ_{i≠j} (v_i − v_j)² / (m_u − 1)`,
/// `D_e = (1/(n(n − 1))) Σ_{c≠k over all pairable values} (v_c − v_k)²`,
/// `α = 1 − D_o / D_e`,
///
/// the sums over ordered pairs computed as `2(m Σv² − (Σv)²)` (Krippendorff, *Computing
/// Krippendorff's Alpha-Reliability*, 2011). `None` when there is no variation (D_e = 0)
/// or fewer than two pairable values.
pub fn krippendorff_interval(units: &[Vec<f64>]) -> Option<f64> {
    let pair_sum = |s1: f64, s2: f64, m: f64| 2.0 * (m * s2 - s1 * s1);
    let (mut n, mut s1, mut s2, mut observed) = (0f64, 0f64, 0f64, 0f64);
    for u in units.iter().filter(|u| u.len() >= 2) {
        let m = u.len() as f64;
        let u1: f64 = u.iter().sum();
        let u2: f64 = u.iter().map(|x| x * x).sum();
        observed += pair_sum(u1, u2, m) / (m - 1.0);
        n += m;
        s1 += u1;
        s2 += u2;
    }
    if n < 2.0 {
        return None;
    }
    let d_o = observed / n;
    let d_e = pair_sum(s1, s2, n) / (n * (n - 1.0));
    if d_e <= f64::EPSILON * s2.max(1.0) {
        return None;
    }
    Some(1.0 - d_o / d_e)
}

/// Schulze ranks from each juror's totals (`sheets[j]` = (entry, total) pairs).
///
/// The strongest path from *b* to *a* is stronger than *a*'s to *b* exactly when, for
/// some strength *k*, *b* reaches *a* over links of strength ≥ *k* and *a* does not reach
/// *b* — when *b*'s component strictly precedes *a*'s in that graph's condensation. So for
/// each strength present the strongly connected components are found (Tarjan) and the
/// entries that strictly precede each one are collected as bit sets along the
/// condensation's topological order; an entry's rank is one more than the number of
/// entries collected for it at any strength. This gives Floyd–Warshall's answer without
/// its n³ steps on a large section where each juror scores a few hundred entries.
pub fn schulze_ranks(n: usize, sheets: &[Vec<(usize, f64)>]) -> Vec<usize> {
    // d[a][b] and d[b][a] for every pair a juror scored both of, from sorted pair keys.
    let mut outcomes: Vec<(u64, u8)> = Vec::new();
    for sheet in sheets {
        for (i, &(a, ta)) in sheet.iter().enumerate() {
            for &(b, tb) in &sheet[i + 1..] {
                let (lo, hi, t_lo, t_hi) = if a < b {
                    (a, b, ta, tb)
                } else {
                    (b, a, tb, ta)
                };
                let outcome = match t_lo.total_cmp(&t_hi) {
                    std::cmp::Ordering::Greater => 0,
                    std::cmp::Ordering::Less => 1,
                    std::cmp::Ordering::Equal => 2,
                };
                outcomes.push((((lo as u64) << 32) | hi as u64, outcome));
            }
        }
    }
    outcomes.sort_unstable_by_key(|o| o.0);
    // Links: (from, to, strength).
    let mut links: Vec<(u32, u32, u32)> = Vec::new();
    let mut i = 0;
    while i < outcomes.len() {
        let key = outcomes[i].0;
        let (mut lo_wins, mut hi_wins) = (0u32, 0u32);
        while i < outcomes.len() && outcomes[i].0 == key {
            match outcomes[i].1 {
                0 => lo_wins += 1,
                1 => hi_wins += 1,
                _ => {}
            }
            i += 1;
        }
        let (lo, hi) = ((key >> 32) as u32, key as u32);
        if lo_wins > hi_wins {
            links.push((lo, hi, lo_wins));
        } else if hi_wins > lo_wins {
            links.push((hi, lo, hi_wins));
        }
    }
    let mut strengths: Vec<u32> = links.iter().map(|l| l.2).collect();
    strengths.sort_unstable();
    strengths.dedup();
    let words = n.div_ceil(64);
    let mut beaten_by = vec![0u64; n * words];
    for &k in &strengths {
        let mut adj: Vec<Vec<u32>> = vec![Vec::new(); n];
        for &(a, b, w) in &links {
            if w >= k {
                adj[a as usize].push(b);
            }
        }
        let (comp, count) = tarjan(&adj);
        // Tarjan numbers components in reverse topological order: a component's
        // successors have smaller numbers, so walking from the highest number down visits
        // every predecessor before its successors.
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
        for (v, &c) in comp.iter().enumerate() {
            members[c].push(v);
        }
        let mut ahead = vec![0u64; count * words];
        for c in (0..count).rev() {
            // What precedes c, plus c itself, flows on to each successor.
            let mut carry = ahead[c * words..(c + 1) * words].to_vec();
            for &v in &members[c] {
                carry[v / 64] |= 1 << (v % 64);
            }
            let mut next: Vec<usize> = members[c]
                .iter()
                .flat_map(|&v| adj[v].iter().map(|&b| comp[b as usize]))
                .filter(|&d| d != c)
                .collect();
            next.sort_unstable();
            next.dedup();
            for d in next {
                for (w, bits) in ahead[d * words..(d + 1) * words].iter_mut().zip(&carry) {
                    *w |= bits;
                }
            }
        }
        for (v, &c) in comp.iter().enumerate() {
            let row = &mut beaten_by[v * words..(v + 1) * words];
            for (w, bits) in row.iter_mut().zip(&ahead[c * words..(c + 1) * words]) {
                *w |= bits;
            }
        }
    }
    (0..n)
        .map(|v| {
            1 + beaten_by[v * words..(v + 1) * words]
                .iter()
                .map(|w| w.count_ones() as usize)
                .sum::<usize>()
        })
        .collect()
}

/// Strongly connected components (Tarjan's algorithm, iteratively): each node's
/// component, numbered in reverse topological order, and how many there are.
fn tarjan(adj: &[Vec<u32>]) -> (Vec<usize>, usize) {
    let n = adj.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![usize::MAX; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut next_index = 0;
    let mut count = 0;
    let mut work: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        work.push((root, 0));
        while let Some(&(v, edge)) = work.last() {
            if edge == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = adj[v].get(edge) {
                if let Some(top) = work.last_mut() {
                    top.1 += 1;
                }
                let w = w as usize;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = count;
                    if w == v {
                        break;
                    }
                }
                count += 1;
            }
        }
    }
    (comp, count)
}

/// The round's results from its rubric and scores, for entries `0..entries` and jurors
/// `0..jurors`.
pub fn compute(criteria: &[Criterion], entries: usize, jurors: usize, scores: &[Score]) -> Results {
    let nc = criteria.len();
    let wsum: f64 = criteria.iter().map(|c| c.weight).sum();
    // Each (juror, entry) sheet's values, criterion by criterion.
    let mut sheets: BTreeMap<(usize, usize), Vec<Option<f64>>> = BTreeMap::new();
    for s in scores {
        if s.criterion < nc && s.entry < entries && s.juror < jurors {
            sheets
                .entry((s.juror, s.entry))
                .or_insert_with(|| vec![None; nc])[s.criterion] = Some(s.value);
        }
    }
    // Complete sheets only, with their totals.
    let complete: Vec<(usize, usize, Vec<f64>, f64)> = sheets
        .into_iter()
        .filter_map(|((j, e), v)| {
            let v: Option<Vec<f64>> = v.into_iter().collect();
            v.map(|v| {
                let t = v
                    .iter()
                    .zip(criteria)
                    .map(|(x, c)| c.weight * x)
                    .sum::<f64>()
                    / wsum;
                (j, e, v, t)
            })
        })
        .collect();
    let mut by_juror: Vec<Vec<(usize, f64)>> = vec![Vec::new(); jurors];
    let mut by_entry: Vec<Vec<(usize, f64)>> = vec![Vec::new(); entries];
    for (j, e, _, t) in &complete {
        by_juror[*j].push((*e, *t));
        by_entry[*e].push((*j, *t));
    }
    let all: Vec<f64> = complete.iter().map(|c| c.3).collect();
    let (mu, sigma) = if all.is_empty() {
        (0.0, 0.0)
    } else {
        (mean(&all), pstd(&all))
    };
    let juror_stats: Vec<(f64, f64)> = by_juror
        .iter()
        .map(|s| {
            let t: Vec<f64> = s.iter().map(|x| x.1).collect();
            if t.is_empty() {
                (0.0, 0.0)
            } else {
                (mean(&t), pstd(&t))
            }
        })
        .collect();
    let schulze = schulze_ranks(entries, &by_juror);
    let mut borda = vec![0f64; entries];
    for sheet in &by_juror {
        let mut totals: Vec<f64> = sheet.iter().map(|x| x.1).collect();
        totals.sort_by(f64::total_cmp);
        for &(e, t) in sheet {
            let lower = totals.partition_point(|x| *x < t);
            let upto = totals.partition_point(|x| *x <= t);
            borda[e] += lower as f64 + 0.5 * (upto - lower - 1) as f64;
        }
    }
    let range = criteria
        .iter()
        .map(|c| c.weight * (c.max - c.min))
        .sum::<f64>()
        / wsum;
    // Per entry, per criterion, the values its complete sheets give.
    let mut values: Vec<Vec<Vec<f64>>> = vec![vec![Vec::new(); nc]; entries];
    for (_, e, v, _) in &complete {
        for (c, x) in v.iter().enumerate() {
            values[*e][c].push(*x);
        }
    }
    let mut out: Vec<EntryResult> = (0..entries)
        .map(|e| {
            let totals: Vec<f64> = by_entry[e].iter().map(|x| x.1).collect();
            let count = totals.len();
            if count == 0 {
                return EntryResult {
                    entry: e,
                    count,
                    mean: None,
                    median: None,
                    stddev: None,
                    min: None,
                    max: None,
                    normalized_mean: None,
                    weighted_total: None,
                    schulze_rank: schulze[e],
                    borda_score: borda[e],
                    disagreement: false,
                };
            }
            let m = mean(&totals);
            let sd = if count < 2 {
                0.0
            } else {
                (totals.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (count - 1) as f64).sqrt()
            };
            let z = by_entry[e]
                .iter()
                .map(|&(j, t)| {
                    let (mj, sj) = juror_stats[j];
                    if sj == 0.0 {
                        0.0
                    } else {
                        (t - mj) / sj
                    }
                })
                .sum::<f64>()
                / count as f64;
            let weighted = criteria
                .iter()
                .enumerate()
                .map(|(c, cr)| cr.weight * mean(&values[e][c]))
                .sum::<f64>();
            EntryResult {
                entry: e,
                count,
                mean: Some(m),
                median: Some(median(&mut totals.clone())),
                stddev: Some(sd),
                min: totals.iter().copied().reduce(f64::min),
                max: totals.iter().copied().reduce(f64::max),
                normalized_mean: Some(mu + sigma * z),
                weighted_total: Some(weighted),
                schulze_rank: schulze[e],
                borda_score: borda[e],
                disagreement: sd > 0.2 * range,
            }
        })
        .collect();
    out.sort_by(|a, b| match (a.normalized_mean, b.normalized_mean) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(a.entry.cmp(&b.entry)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.entry.cmp(&b.entry),
    });
    let alpha_total = krippendorff_interval(
        &by_entry
            .iter()
            .map(|s| s.iter().map(|x| x.1).collect())
            .collect::<Vec<_>>(),
    );
    let alpha_criteria = criteria
        .iter()
        .enumerate()
        .map(|(c, cr)| {
            let units: Vec<Vec<f64>> = values.iter().map(|v| v[c].clone()).collect();
            (cr.key.clone(), krippendorff_interval(&units))
        })
        .collect();
    Results {
        entries: out,
        alpha_total,
        alpha_criteria,
    }
}
