//! Players grouped into types: same weight, same veto status. Players of one type are
//! interchangeable, so every index is computed once per type.

use crate::power::game::Game;

/// A class of interchangeable players.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Type {
    pub weight: u64,
    pub veto: bool,
    /// The players of this type, by index.
    pub members: Vec<usize>,
}

impl Type {
    pub fn count(&self) -> usize {
        self.members.len()
    }
}

/// The game's types, in order of first appearance.
pub(crate) fn types(game: &Game) -> Vec<Type> {
    let mut types: Vec<Type> = Vec::new();
    for (i, p) in game.players.iter().enumerate() {
        match types
            .iter_mut()
            .find(|t| t.weight == p.weight && t.veto == p.veto)
        {
            Some(t) => t.members.push(i),
            None => types.push(Type {
                weight: p.weight,
                veto: p.veto,
                members: vec![i],
            }),
        }
    }
    types
}

/// The veto players' number and total weight.
pub(crate) fn veto_totals(types: &[Type]) -> (usize, u64) {
    types
        .iter()
        .filter(|t| t.veto)
        .fold((0, 0), |(count, weight), t| {
            (count + t.count(), weight + t.weight * t.count() as u64)
        })
}
