//! Deegan–Packel, Holler and Johnston for large weighted games, by generating functions.
//!
//! In a winning coalition the veto players are always critical, and a free (non-veto) member
//! is critical exactly when it weighs more than the coalition's *excess* (its weight minus the
//! quota). Taking the free players' distinct weights from the heaviest, `u_0 > u_1 > …`, an
//! excess in the band `[u_{t+1}, u_t)` makes the members of the `t + 1` heaviest types critical
//! and the others not. So, band by band:
//! - the minimal winning coalitions are the veto players plus a set of the heavy types' players
//!   reaching the quota with that excess: read from `G_t`, the heavy players' coalitions by
//!   (size, weight), built one player at a time;
//! - Johnston's count of critical members is the number of heavy members: read from `H_t`,
//!   every free player's coalitions by (heavy members, weight), derived from `G` by turning the
//!   lightest heavy type back into light ones.
//!
//! One player's share is read by dividing its factor `1 + z·y^w` out of a table, one
//! alternating series per cell read. Arithmetic is modulo `2^64`, `2^128` or `2^256`, the
//! narrowest above `2^n`: exact, because every true count is of sets of the `n` free players. Time `O(n² · W + k · n · W)` for `n` free players, `k` distinct
//! weights and `W` the quota plus the largest weight.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::Zero;
use primitive_types::U256;

use crate::power::game::Game;
use crate::power::index::{Index, IndexSet};
use crate::power::types::{Type, veto_totals};

/// Per-type values for one player of each type, as the enumeration computes them.
pub(crate) struct MinimalSums {
    /// Minimal winning coalitions containing the player (Holler).
    pub mwc_containing: Vec<BigUint>,
    /// Σ over those of `1/|S|` (Deegan–Packel, before dividing by the number of them).
    pub mwc_inverse_size: Vec<BigRational>,
    /// Σ over winning coalitions in which the player is critical of `1/(critical members)`.
    pub johnston: Vec<BigRational>,
    /// All minimal winning coalitions.
    pub mwc: BigUint,
}

/// A counting word: arithmetic modulo `2^BITS`.
trait Word: Copy + Send + Sync {
    /// Free players whose counts always fit.
    const MAX_PLAYERS: usize;
    fn zero() -> Self;
    fn one() -> Self;
    fn plus(self, other: Self) -> Self;
    fn minus(self, other: Self) -> Self;
    fn big(self) -> BigUint;
}

macro_rules! machine_word {
    ($t:ty) => {
        impl Word for $t {
            const MAX_PLAYERS: usize = <$t>::BITS as usize - 1;
            fn zero() -> Self {
                0
            }
            fn one() -> Self {
                1
            }
            #[inline]
            fn plus(self, other: Self) -> Self {
                self.wrapping_add(other)
            }
            #[inline]
            fn minus(self, other: Self) -> Self {
                self.wrapping_sub(other)
            }
            fn big(self) -> BigUint {
                BigUint::from(self)
            }
        }
    };
}

machine_word!(u64);
machine_word!(u128);

/// The 64-bit words in one count of a table for `players` free players: the narrowest exact
/// counting word, as [`sums`] chooses it.
pub(crate) fn cell_words(players: usize) -> u128 {
    if players <= u64::MAX_PLAYERS {
        1
    } else if players <= u128::MAX_PLAYERS {
        2
    } else {
        4
    }
}

impl Word for U256 {
    const MAX_PLAYERS: usize = 255;
    fn zero() -> Self {
        Self::zero()
    }
    fn one() -> Self {
        Self::one()
    }
    #[inline]
    fn plus(self, other: Self) -> Self {
        self.overflowing_add(other).0
    }
    #[inline]
    fn minus(self, other: Self) -> Self {
        self.overflowing_sub(other).0
    }
    fn big(self) -> BigUint {
        BigUint::from_bytes_le(&self.to_little_endian())
    }
}

/// Coalitions by (marked members, weight), weights below `width` only: every operation below
/// is exact on the weights it keeps, since multiplying and dividing by `1 + …·y^w` never moves
/// a weight down. Rows above `marked` (the marked players in the table) are zero and skipped.
struct Table<C> {
    width: usize,
    marked: usize,
    cells: Vec<C>,
}

impl<C: Word> Table<C> {
    /// The empty coalition only, with room for `rows - 1` marked players.
    fn unit(rows: usize, width: usize) -> Self {
        let mut cells = vec![C::zero(); rows * width];
        cells[0] = C::one();
        Self {
            width,
            marked: 0,
            cells,
        }
    }

    /// The rows that may be non-zero.
    fn rows(&self) -> std::ops::Range<usize> {
        0..self.marked + 1
    }

    fn at(&self, marked: usize, weight: usize) -> C {
        self.cells[marked * self.width + weight]
    }

    /// Row `h` (mutable) and row `h - 1`.
    fn row_pair(&mut self, h: usize) -> (&mut [C], &[C]) {
        let (lower, upper) = self.cells.split_at_mut(h * self.width);
        (&mut upper[..self.width], &lower[(h - 1) * self.width..])
    }

    /// Adds a marked player of weight `w`: multiplies by `1 + z·y^w`.
    fn add_marked(&mut self, w: usize) {
        self.marked += 1;
        for h in (1..=self.marked).rev() {
            let (row, below) = self.row_pair(h);
            for (cell, &from) in row.iter_mut().skip(w).zip(below) {
                *cell = cell.plus(from);
            }
        }
    }

    /// Adds an unmarked player of weight `w`: multiplies by `1 + y^w`.
    fn add_plain(&mut self, w: usize) {
        for h in self.rows() {
            let row = &mut self.cells[h * self.width..(h + 1) * self.width];
            for v in (w..row.len()).rev() {
                row[v] = row[v].plus(row[v - w]);
            }
        }
    }

    /// Removes a marked player of weight `w`: divides by `1 + z·y^w`.
    fn remove_marked(&mut self, w: usize) {
        for h in 1..=self.marked {
            let (row, below) = self.row_pair(h);
            for (cell, &prior) in row.iter_mut().skip(w).zip(below) {
                *cell = cell.minus(prior);
            }
        }
        self.marked -= 1;
    }

    /// The cell `(marked, weight)` of this table with one marked player of weight `w` removed:
    /// `Σ_j (-1)^j · self(marked - j, weight - j·w)`.
    fn without_marked(&self, marked: usize, weight: usize, w: usize) -> C {
        let mut sum = C::zero();
        let mut j = 0;
        while j <= marked && j * w <= weight {
            let term = self.at(marked - j, weight - j * w);
            sum = if j % 2 == 0 {
                sum.plus(term)
            } else {
                sum.minus(term)
            };
            j += 1;
        }
        sum
    }
}

/// Adds `count` to `slot` of `tally`.
fn add<C: Word>(tally: &mut [C], slot: usize, count: C) {
    tally[slot] = tally[slot].plus(count);
}

fn bigs<C: Word>(counts: &[C]) -> Vec<BigUint> {
    counts.iter().map(|c| c.big()).collect()
}

/// `Σ_m counts[m] / (offset + m)`, skipping empty coalitions.
fn inverse_sum(counts: &[BigUint], offset: usize) -> BigRational {
    counts
        .iter()
        .enumerate()
        .filter(|(m, c)| offset + m > 0 && !c.is_zero())
        .map(|(m, c)| BigRational::new(BigInt::from(c.clone()), BigInt::from(offset + m)))
        .sum()
}

/// The free players by type, heaviest first, and what they must add to the veto players.
struct Free {
    /// (index in `types`, weight, players), by weight descending.
    types: Vec<(usize, usize, usize)>,
    players: usize,
    /// The weight the free players must add to win.
    need: usize,
}

impl Free {
    /// The excesses for which exactly the `t + 1` heaviest types are critical.
    fn band(&self, t: usize) -> std::ops::Range<usize> {
        let low = self.types.get(t + 1).map_or(0, |f| f.1);
        low..self.types[t].1
    }

    /// Adds, for each band, the coalitions of `table` at that band's weights: all of them to
    /// `tally[offset + marked]`, and those containing a player of marked type `r` to
    /// `per_type[r][offset + marked]`. Before the band is read, `step(t)` brings the table to
    /// band `t`'s state; bands are taken in the order given.
    fn read_bands<C: Word>(
        &self,
        order: impl Iterator<Item = usize>,
        table: &mut Table<C>,
        mut step: impl FnMut(usize, &mut Table<C>),
        offset: usize,
        tally: &mut [C],
        per_type: &mut [Vec<C>],
    ) {
        for t in order {
            step(t, table);
            for excess in self.band(t) {
                let v = self.need + excess;
                for h in table.rows() {
                    add(tally, offset + h, table.at(h, v));
                }
                for (r, &(_, w, _)) in self.types.iter().enumerate().take(t + 1) {
                    if w > v {
                        continue;
                    }
                    for h in table.rows().skip(1) {
                        add(
                            &mut per_type[r],
                            offset + h,
                            table.without_marked(h - 1, v - w, w),
                        );
                    }
                }
            }
        }
    }
}

/// Minimal winning coalitions by free size, in all and containing one player of each type:
/// heavy players only, added heaviest first.
fn minimal_by_size<C: Word>(
    free: &Free,
    rows: usize,
    width: usize,
) -> (Vec<BigUint>, Vec<Vec<BigUint>>) {
    let k = free.types.len();
    let mut table = Table::<C>::unit(rows, width);
    let mut all = vec![C::zero(); rows];
    let mut per_type = vec![vec![C::zero(); rows]; k];
    let add_type = |t: usize, table: &mut Table<C>| {
        for _ in 0..free.types[t].2 {
            table.add_marked(free.types[t].1);
        }
    };
    free.read_bands(0..k, &mut table, add_type, 0, &mut all, &mut per_type);
    (bigs(&all), per_type.iter().map(|c| bigs(c)).collect())
}

/// Winning coalitions by number of critical members, for the veto players and for one player
/// of each type, and the free coalitions lighter than `width`. Every free player starts
/// marked; types turn back to unmarked from the lightest, so that in band t only the t + 1
/// heaviest are.
fn johnston_by_critical<C: Word>(
    free: &Free,
    rows: usize,
    width: usize,
    veto_count: usize,
) -> (Vec<BigUint>, Vec<Vec<BigUint>>, BigUint) {
    let k = free.types.len();
    let mut table = Table::<C>::unit(rows, width);
    for &(_, w, count) in &free.types {
        for _ in 0..count {
            table.add_marked(w);
        }
    }
    let mut veto = vec![C::zero(); rows + veto_count];
    let mut per_type = vec![vec![C::zero(); rows + veto_count]; k];
    let unmark = |t: usize, table: &mut Table<C>| {
        if let Some(&(_, w, count)) = free.types.get(t) {
            for _ in 0..count {
                table.remove_marked(w);
                table.add_plain(w);
            }
        }
    };
    let unmark_lighter = |t: usize, table: &mut Table<C>| unmark(t + 1, table);
    free.read_bands(
        (0..k).rev(),
        &mut table,
        unmark_lighter,
        veto_count,
        &mut veto,
        &mut per_type,
    );
    unmark(0, &mut table);
    let below = (0..width).map(|v| table.at(0, v).big()).sum();
    (
        bigs(&veto),
        per_type.iter().map(|c| bigs(c)).collect(),
        below,
    )
}

/// Minimal winning coalitions by size and critical members of winning coalitions by count
/// (see [`minimal_by_size`] and [`johnston_by_critical`]), those wanted, in words of `C`. The
/// two sweeps are independent; each builds its own table.
#[allow(clippy::type_complexity)]
fn sweeps<C: Word>(
    free: &Free,
    width: usize,
    veto_count: usize,
    minimal: bool,
    johnston: bool,
) -> (
    Option<(Vec<BigUint>, Vec<Vec<BigUint>>)>,
    Option<(Vec<BigUint>, Vec<Vec<BigUint>>, BigUint)>,
) {
    let rows = free.players + 1;
    rayon::join(
        || minimal.then(|| minimal_by_size::<C>(free, rows, width)),
        || johnston.then(|| johnston_by_critical::<C>(free, rows, width, veto_count)),
    )
}

/// The three indices' raw sums, per type of `types`; the sweep for Deegan–Packel and Holler, or
/// for Johnston, only when `wanted` holds them (the other fields then stay zero). The caller
/// checks that the tables (the free players plus one, by the quota they must reach plus their
/// largest weight) fit.
pub(crate) fn sums(game: &Game, types: &[Type], wanted: IndexSet) -> MinimalSums {
    let (veto_count, veto_weight) = veto_totals(types);
    let mut free_types: Vec<(usize, usize, usize)> = types
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.veto)
        .map(|(i, t)| (i, to_usize(t.weight), t.count()))
        .collect();
    free_types.sort_by_key(|f| std::cmp::Reverse(f.1));
    let players: usize = free_types.iter().map(|f| f.2).sum();
    let every = BigUint::from(2u8).pow(u32::try_from(players).unwrap_or(u32::MAX));
    let veto_types: Vec<usize> = (0..types.len()).filter(|&i| types[i].veto).collect();
    let mut out = MinimalSums {
        mwc_containing: vec![BigUint::zero(); types.len()],
        mwc_inverse_size: vec![BigRational::zero(); types.len()],
        johnston: vec![BigRational::zero(); types.len()],
        mwc: BigUint::zero(),
    };
    if game.quota <= veto_weight {
        // The veto players win alone: theirs is the only minimal winning coalition, and no
        // free player is ever critical.
        out.mwc = BigUint::from(1u8);
        for &i in &veto_types {
            out.mwc_containing[i] = BigUint::from(1u8);
            out.mwc_inverse_size[i] = BigRational::new(1.into(), BigInt::from(veto_count));
            out.johnston[i] =
                BigRational::new(BigInt::from(every.clone()), BigInt::from(veto_count));
        }
        return out;
    }
    let free = Free {
        need: to_usize(game.quota - veto_weight),
        types: free_types,
        players,
    };
    let width = free.need + free.types[0].1;
    let minimal = wanted.contains(Index::DeeganPackel) || wanted.contains(Index::Holler);
    let johnston = wanted.contains(Index::Johnston);
    let (by_size, by_critical) = if free.players <= u64::MAX_PLAYERS {
        sweeps::<u64>(&free, width, veto_count, minimal, johnston)
    } else if free.players <= u128::MAX_PLAYERS {
        sweeps::<u128>(&free, width, veto_count, minimal, johnston)
    } else {
        sweeps::<U256>(&free, width, veto_count, minimal, johnston)
    };
    if let Some((mwc_by_size, holler_by_size)) = by_size {
        out.mwc = mwc_by_size.iter().sum();
        let veto_dp = inverse_sum(&mwc_by_size, veto_count);
        for &i in &veto_types {
            out.mwc_containing[i].clone_from(&out.mwc);
            out.mwc_inverse_size[i].clone_from(&veto_dp);
        }
        for (r, &(i, _, _)) in free.types.iter().enumerate() {
            out.mwc_containing[i] = holler_by_size[r].iter().sum();
            out.mwc_inverse_size[i] = inverse_sum(&holler_by_size[r], veto_count);
        }
    }
    if let Some((veto_by_critical, johnston_by_critical, below)) = by_critical {
        let mut veto_johnston = inverse_sum(&veto_by_critical, 0);
        if veto_count > 0 {
            veto_johnston +=
                BigRational::new(BigInt::from(every - below), BigInt::from(veto_count));
        }
        for &i in &veto_types {
            out.johnston[i].clone_from(&veto_johnston);
        }
        for (r, &(i, _, _)) in free.types.iter().enumerate() {
            out.johnston[i] = inverse_sum(&johnston_by_critical[r], 0);
        }
    }
    out
}

fn to_usize(value: u64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::cell_words;

    #[test]
    fn a_count_is_as_wide_as_the_free_players_need() {
        assert_eq!(cell_words(63), 1);
        assert_eq!(cell_words(64), 2);
        assert_eq!(cell_words(127), 2);
        assert_eq!(cell_words(128), 4);
    }
}
