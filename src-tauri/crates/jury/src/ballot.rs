//! Award ballots: each voter names one work per round. In the first `absolute_rounds`
//! rounds a work wins only with an absolute majority — more than half the votes cast;
//! after them, a relative majority — more votes than any other work — decides. A round
//! that decides nothing says which works lead, for the next round.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// (work, votes), most votes first, then by work.
    pub counts: Vec<(i64, u32)>,
    pub cast: u32,
    /// The work that won this round, if one did.
    pub winner: Option<i64>,
    /// Whether this round needed an absolute majority.
    pub absolute: bool,
}

pub fn tally(round: u32, absolute_rounds: u32, votes: &[i64]) -> Tally {
    let mut by: BTreeMap<i64, u32> = BTreeMap::new();
    for w in votes {
        *by.entry(*w).or_default() += 1;
    }
    let mut counts: Vec<(i64, u32)> = by.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let cast = votes.len() as u32;
    let absolute = round <= absolute_rounds;
    let winner = match counts.as_slice() {
        [] => None,
        [(w, n), rest @ ..] => {
            let ahead = rest.first().is_none_or(|(_, m)| n > m);
            let wins = if absolute { 2 * n > cast } else { ahead };
            wins.then_some(*w)
        }
    };
    Tally {
        counts,
        cast,
        winner,
        absolute,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absolute_majority_is_needed_in_the_first_rounds_and_a_relative_one_after() {
        // 9 voters: 4 for work 1, 3 for work 2, 2 for work 3.
        let votes = [1, 1, 1, 1, 2, 2, 2, 3, 3];
        assert_eq!(tally(1, 2, &votes).winner, None);
        assert_eq!(tally(2, 2, &votes).winner, None);
        assert_eq!(tally(3, 2, &votes).winner, Some(1));
        // 5 of 9 is an absolute majority.
        assert_eq!(tally(1, 2, &[1, 1, 1, 1, 1, 2, 2, 3, 3]).winner, Some(1));
        // A tie for the most votes decides nothing, even by relative majority.
        assert_eq!(tally(3, 2, &[1, 1, 2, 2, 3]).winner, None);
    }
}
