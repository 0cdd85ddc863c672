//! The juries' figures, in-process (no store): the assignment of 5,000 entries × 40
//! jurors × 3 reviews (goal ≤ 1 s), and results over 50,000 scores (goal ≤ 200 ms), in a
//! large section (4,167 entries, 3 reviews each, 4 criteria) and a dense one (500
//! entries all scored by 20 jurors, 5 criteria). Median of 5 runs each.
//!
//!     cargo run --release -p caravan-jury --example jury_bench

use caravan_jury::assign::{solve, Juror, Problem};
use caravan_jury::results::{compute, Criterion, Score};
use std::time::Instant;

/// A small deterministic generator (xorshift), so every run measures the same instance.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn median_ms(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

fn main() {
    let mut rng = Rng(0x5eed_2026);
    // 5,000 entries, 40 jurors; each juror understands the entry's language 60% of the
    // time (else a review costs 6 more); 2% of pairs are conflicted.
    let (entries, jurors, k) = (5000usize, 40usize, 3u32);
    let mut eligible = Vec::new();
    for e in 0..entries {
        for j in 0..jurors {
            if rng.below(100) < 2 {
                continue;
            }
            let cost = if rng.below(100) < 60 { 0 } else { 6 };
            eligible.push((e, j, cost));
        }
    }
    let problem = Problem {
        need: vec![k; entries],
        jurors: vec![Juror { load: 0, cap: 420 }; jurors],
        eligible,
    };
    let mut runs = Vec::new();
    let mut last = None;
    for _ in 0..5 {
        let t = Instant::now();
        let s = solve(&problem);
        runs.push(t.elapsed().as_secs_f64() * 1000.0);
        last = Some(s);
    }
    let s = last.unwrap_or_default();
    let mut loads = vec![0u32; jurors];
    for &(_, j) in &s.pairs {
        loads[j] += 1;
    }
    println!(
        "assignment 5,000 entries × 40 jurors × 3 reviews: {:.1} ms (goal ≤ 1,000 ms); {} reviews, {} uncovered, loads {}–{}, cost {}, {} phases",
        median_ms(runs),
        s.pairs.len(),
        s.short.iter().sum::<u32>(),
        loads.iter().min().unwrap_or(&0),
        loads.iter().max().unwrap_or(&0),
        s.cost,
        s.phases
    );

    for (label, entries, jurors, reviews, ncrit) in [
        (
            "large section: 4,167 entries × 3 reviews × 4 criteria",
            4167usize,
            40usize,
            3usize,
            4usize,
        ),
        (
            "dense jury: 500 entries × 20 jurors × 5 criteria",
            500,
            20,
            20,
            5,
        ),
    ] {
        let criteria: Vec<Criterion> = (0..ncrit)
            .map(|c| Criterion {
                key: format!("c{c}"),
                weight: 1.0 + c as f64,
                min: 0.0,
                max: 10.0,
            })
            .collect();
        let harshness: Vec<f64> = (0..jurors).map(|_| rng.below(5) as f64 - 2.0).collect();
        let mut scores = Vec::new();
        for e in 0..entries {
            let quality = rng.below(11) as f64;
            let mut chosen: Vec<usize> = Vec::new();
            while chosen.len() < reviews {
                let j = rng.below(jurors as u64) as usize;
                if !chosen.contains(&j) {
                    chosen.push(j);
                }
            }
            for j in chosen {
                for c in 0..ncrit {
                    let noise = rng.below(5) as f64 - 2.0;
                    let value = (quality + harshness[j] + noise).clamp(0.0, 10.0);
                    scores.push(Score {
                        juror: j,
                        entry: e,
                        criterion: c,
                        value,
                    });
                }
            }
        }
        let mut runs = Vec::new();
        let mut alpha = None;
        for _ in 0..5 {
            let t = Instant::now();
            let r = compute(&criteria, entries, jurors, &scores);
            runs.push(t.elapsed().as_secs_f64() * 1000.0);
            alpha = r.alpha_total;
        }
        println!(
            "results over {} scores, {label}: {:.1} ms (goal ≤ 200 ms); α {:.3}",
            scores.len(),
            median_ms(runs),
            alpha.unwrap_or(f64::NAN)
        );
    }
}
