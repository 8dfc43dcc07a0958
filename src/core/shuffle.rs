//! Seeded shuffles. Each attempt stores one `seed`; the items drawn and the order of every
//! choice list derive from it, so a resumed attempt shows exactly what it showed before, and two
//! attempts show different orders. Splitmix64 and Fisher–Yates: a few lines, no crate.

use crate::core::model::{Assessment, Interaction, Item};

/// Splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and well mixed even from close seeds.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// FNV-1a over the seed then the salt, so each list of an attempt has its own order.
fn hash(seed: u32, salt: &str) -> u64 {
    seed.to_le_bytes()
        .iter()
        .chain(salt.as_bytes())
        .fold(0xCBF2_9CE4_8422_2325, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01B3)
        })
}

/// A permutation of `0..len` that depends only on `seed` and `salt`.
pub fn shuffled(len: usize, seed: u32, salt: &str) -> Vec<usize> {
    let mut rng = Rng(hash(seed, salt));
    let mut order: Vec<usize> = (0..len).collect();
    for i in (1..len).rev() {
        // The modulo bias is below 2^-50 for any list a course has.
        let j = (rng.next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// The indices of the items one attempt shows, in the order shown: `draw` items (default all),
/// shuffled when the assessment says so, else in bundle order.
pub fn draw(assessment: &Assessment, seed: u32) -> Vec<usize> {
    let pool = assessment.items.len();
    let n = assessment.draw.map_or(pool, |d| usize::from(d).min(pool));
    if !assessment.shuffle && n == pool {
        return (0..pool).collect();
    }
    let mut drawn = shuffled(pool, seed, &assessment.id);
    drawn.truncate(n);
    if !assessment.shuffle {
        crate::core::stable_sort::sort_by_key(&mut drawn, |&i| i);
    }
    drawn
}

/// The order to show an item's parts in, as bundle indices: the choices (shuffled when the
/// assessment shuffles), the entries to order or the right-hand side to match (always shuffled,
/// and never already right, or there would be nothing to do). Empty for other items.
pub fn display_order(assessment: &Assessment, item: &Item, seed: u32) -> Vec<usize> {
    match item.interaction() {
        Interaction::SingleChoice { choices } | Interaction::MultipleChoice { choices } => {
            if assessment.shuffle {
                shuffled(choices.len(), seed, &item.id)
            } else {
                (0..choices.len()).collect()
            }
        }
        Interaction::Ordering { entries: parts } | Interaction::Matching { right: parts, .. } => {
            let mut order = shuffled(parts.len(), seed, &item.id);
            if order.iter().enumerate().all(|(p, i)| p == *i) {
                order.rotate_left(1);
            }
            order
        }
        _ => Vec::new(),
    }
}
