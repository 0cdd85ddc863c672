//! Minimum-cost maximum flow by the primal–dual method.
//!
//! Each phase runs one Dijkstra from the source over reduced costs
//! `c(u,v) + π(u) − π(v)` (never negative), raises the potentials by the distances found
//! (capped at the sink's, which keeps every residual arc's reduced cost non-negative),
//! and then sends as much flow as the arcs of reduced cost zero carry, by Dinic's
//! blocking flows on that subgraph. Every path used is a shortest augmenting path, so the
//! flow stays of least cost for its value (Ahuja, Magnanti & Orlin, *Network Flows*,
//! §9.8 on the primal–dual algorithm); the number of phases is the number of distinct
//! shortest-path lengths, not the number of units sent, which is what makes thousands of
//! reviews cheap: a phase sends every review that costs the same at once.
//!
//! Costs are non-negative integers on the arcs given; capacities are integers.

/// A flow network. Arcs are collected as added, then laid out by tail node (compressed
/// rows: `to`, `cap`, `cost` and the index of each arc's reverse in flat arrays) when the
/// flow is computed, so each phase walks memory in order.
#[derive(Debug, Clone, Default)]
pub struct Network {
    nodes: usize,
    /// (from, to, cap, cost) as added.
    added: Vec<(u32, u32, i64, i64)>,
    /// Where each added arc landed in the rows, once laid out.
    slot: Vec<u32>,
    first: Vec<u32>,
    to: Vec<u32>,
    cap: Vec<i64>,
    cost: Vec<i64>,
    rev: Vec<u32>,
}

/// What [`Network::min_cost_max_flow`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flow {
    pub value: i64,
    pub cost: i64,
    pub phases: u32,
}

const NONE: u32 = u32::MAX;

impl Network {
    pub fn new(nodes: usize) -> Network {
        Network {
            nodes,
            ..Network::default()
        }
    }

    /// Adds an arc and returns its id, to read its flow afterwards.
    ///
    /// # Panics
    /// On a negative cost or capacity, or a node out of range: the caller's mistake.
    pub fn add_arc(&mut self, from: usize, to: usize, cap: i64, cost: i64) -> usize {
        assert!(
            cap >= 0 && cost >= 0,
            "arcs carry non-negative capacities and costs"
        );
        assert!(from < self.nodes && to < self.nodes, "no such node");
        self.added.push((from as u32, to as u32, cap, cost));
        self.added.len() - 1
    }

    /// The flow on an arc added by [`add_arc`](Self::add_arc), once computed.
    pub fn flow(&self, arc: usize) -> i64 {
        self.slot
            .get(arc)
            .map_or(0, |&s| self.cap[self.rev[s as usize] as usize])
    }

    /// Lays the arcs and their reverses out by tail node.
    fn lay_out(&mut self) {
        let n = self.nodes;
        let mut degree = vec![0u32; n + 1];
        for &(f, t, _, _) in &self.added {
            degree[f as usize] += 1;
            degree[t as usize] += 1;
        }
        let mut first = vec![0u32; n + 1];
        for v in 0..n {
            first[v + 1] = first[v] + degree[v];
        }
        let m = first[n] as usize;
        let mut fill = first.clone();
        let (mut to, mut cap, mut cost, mut rev) =
            (vec![0u32; m], vec![0i64; m], vec![0i64; m], vec![0u32; m]);
        let mut slot = Vec::with_capacity(self.added.len());
        for &(f, t, c, w) in &self.added {
            let a = fill[f as usize];
            fill[f as usize] += 1;
            let b = fill[t as usize];
            fill[t as usize] += 1;
            (
                to[a as usize],
                cap[a as usize],
                cost[a as usize],
                rev[a as usize],
            ) = (t, c, w, b);
            (
                to[b as usize],
                cap[b as usize],
                cost[b as usize],
                rev[b as usize],
            ) = (f, 0, -w, a);
            slot.push(a);
        }
        (
            self.first, self.to, self.cap, self.cost, self.rev, self.slot,
        ) = (first, to, cap, cost, rev, slot);
    }

    /// Sends as much flow as can go from `s` to `t`, at the least cost for that amount.
    pub fn min_cost_max_flow(&mut self, s: usize, t: usize) -> Flow {
        self.lay_out();
        let n = self.nodes;
        let mut pi = vec![0i64; n];
        let mut dist = vec![i64::MAX; n];
        let mut level = vec![NONE; n];
        let mut next = vec![0u32; n];
        let mut queue: Vec<u32> = Vec::with_capacity(n);
        // Dijkstra's queue as buckets by distance: reduced distances are small integers.
        let mut buckets: Vec<Vec<u32>> = Vec::new();
        let mut total = Flow {
            value: 0,
            cost: 0,
            phases: 0,
        };
        loop {
            dist.fill(i64::MAX);
            dist[s] = 0;
            for b in &mut buckets {
                b.clear();
            }
            if buckets.is_empty() {
                buckets.push(Vec::new());
            }
            buckets[0].push(s as u32);
            let mut d = 0usize;
            'search: while d < buckets.len() {
                while let Some(u) = buckets[d].pop() {
                    let u = u as usize;
                    if dist[u] != d as i64 {
                        continue;
                    }
                    if u == t {
                        // Nothing beyond the sink can shorten a path to it.
                        break 'search;
                    }
                    let pu = pi[u];
                    for a in self.first[u] as usize..self.first[u + 1] as usize {
                        if self.cap[a] == 0 {
                            continue;
                        }
                        let v = self.to[a] as usize;
                        let nd = d as i64 + self.cost[a] + pu - pi[v];
                        if nd < dist[v] {
                            dist[v] = nd;
                            let b = nd as usize;
                            if b >= buckets.len() {
                                buckets.resize_with(b + 1, Vec::new);
                            }
                            buckets[b].push(v as u32);
                        }
                    }
                }
                d += 1;
            }
            let dt = dist[t];
            if dt == i64::MAX {
                return total;
            }
            for v in 0..n {
                pi[v] += dist[v].min(dt);
            }
            total.phases += 1;
            // One blocking flow of Dinic on the arcs of reduced cost zero. Were some
            // zero-cost path left after it, the next search finds the sink at distance
            // zero and this phase goes on there: cheaper than a search that finds nothing.
            {
                level.fill(NONE);
                level[s] = 0;
                queue.clear();
                queue.push(s as u32);
                let mut head = 0;
                while head < queue.len() {
                    let u = queue[head] as usize;
                    head += 1;
                    // Paths longer than the shortest to the sink are not in the level graph.
                    if level[t] != NONE && level[u] >= level[t] {
                        break;
                    }
                    for a in self.first[u] as usize..self.first[u + 1] as usize {
                        let v = self.to[a] as usize;
                        if self.cap[a] > 0 && level[v] == NONE && self.cost[a] + pi[u] == pi[v] {
                            level[v] = level[u] + 1;
                            queue.push(v as u32);
                        }
                    }
                }
                if level[t] == NONE {
                    continue;
                }
                next[..n].copy_from_slice(&self.first[..n]);
                loop {
                    let pushed = self.augment(s, t, &mut level, &mut next, &pi);
                    if pushed == 0 {
                        break;
                    }
                    total.value += pushed;
                    total.cost += pushed * (pi[t] - pi[s]);
                }
            }
        }
    }

    /// One augmenting path of the level graph, found depth first with each node's
    /// current arc remembered (iteratively, so long paths cannot overflow the stack).
    fn augment(
        &mut self,
        s: usize,
        t: usize,
        level: &mut [u32],
        next: &mut [u32],
        pi: &[i64],
    ) -> i64 {
        let mut path: Vec<usize> = Vec::new();
        let mut u = s;
        loop {
            if u == t {
                let pushed = path.iter().map(|&a| self.cap[a]).min().unwrap_or(0);
                for &a in &path {
                    self.cap[a] -= pushed;
                    self.cap[self.rev[a] as usize] += pushed;
                }
                return pushed;
            }
            let mut advanced = false;
            while next[u] < self.first[u + 1] {
                let a = next[u] as usize;
                let v = self.to[a] as usize;
                if self.cap[a] > 0 && level[v] == level[u] + 1 && self.cost[a] + pi[u] == pi[v] {
                    path.push(a);
                    u = v;
                    advanced = true;
                    break;
                }
                next[u] += 1;
            }
            if !advanced {
                // A dead end: out of the level graph, so no arc leads to it again, and
                // step back.
                level[u] = NONE;
                match path.pop() {
                    None => return 0,
                    Some(a) => {
                        u = self.to[self.rev[a] as usize] as usize;
                        next[u] += 1;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cheap_path_is_filled_before_a_dear_one() {
        // s → a → t costs 1 per unit (capacity 2), s → b → t costs 5 (capacity 3).
        let mut n = Network::new(4);
        n.add_arc(0, 1, 2, 0);
        n.add_arc(1, 3, 2, 1);
        n.add_arc(0, 2, 3, 0);
        let dear = n.add_arc(2, 3, 3, 5);
        let f = n.min_cost_max_flow(0, 3);
        assert_eq!((f.value, f.cost), (5, 2 + 15));
        assert_eq!(n.flow(dear), 3);
    }

    #[test]
    fn flow_is_rerouted_through_a_reverse_arc_when_that_is_cheaper() {
        // The classic case where the first shortest path must be partly undone.
        let mut n = Network::new(4);
        n.add_arc(0, 1, 1, 1);
        n.add_arc(0, 2, 1, 5);
        n.add_arc(1, 2, 1, 1);
        n.add_arc(1, 3, 1, 5);
        n.add_arc(2, 3, 1, 1);
        let f = n.min_cost_max_flow(0, 3);
        assert_eq!((f.value, f.cost), (2, 12));
    }
}
