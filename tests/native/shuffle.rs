//! Seeded shuffles: the same seed gives the same order (a resumed attempt looks the same),
//! different seeds give different orders, the result is always a permutation, draws have the
//! right size, and items to order or match are never shown already solved.

use std::collections::BTreeSet;

use nour::core::model::{Assessment, Item};
use nour::core::shuffle::{display_order, draw, shuffled};
use serde_json::json;

fn is_permutation(order: &[usize], len: usize) -> bool {
    order.len() == len && order.iter().copied().collect::<BTreeSet<_>>() == (0..len).collect()
}

/// An assessment of `items` true/false items "q0", "q1", …
fn pool(shuffle: bool, draw: Option<u16>, items: usize) -> Assessment {
    let items: Vec<_> = (0..items)
        .map(|i| {
            json!({"id": format!("q{i}"), "prompt": {"fr": "?"},
                   "interaction": {"true_false": {"answer": true}}})
        })
        .collect();
    let mut value = json!({"id": "pool", "kind": "practice", "title": {"fr": "Pool"},
                           "shuffle": shuffle, "items": items});
    if let Some(draw) = draw {
        value["draw"] = json!(draw);
    }
    serde_json::from_value(value).expect("an assessment")
}

fn item(interaction: serde_json::Value) -> Item {
    serde_json::from_value(json!({"id": "it", "prompt": {"fr": "?"}, "interaction": interaction}))
        .expect("an item")
}

fn texts(n: usize) -> Vec<serde_json::Value> {
    (0..n).map(|i| json!({"fr": format!("t{i}")})).collect()
}

fn choices(n: usize) -> serde_json::Value {
    let list: Vec<_> = (0..n)
        .map(|i| json!({"text": {"fr": format!("c{i}")}, "correct": i == 0}))
        .collect();
    json!({"single_choice": {"choices": list}})
}

#[test]
fn shuffled_is_a_permutation_that_depends_only_on_seed_and_salt() {
    for len in [0, 1, 2, 3, 7, 50] {
        for seed in [0, 1, 42, u32::MAX] {
            let order = shuffled(len, seed, "salt");
            assert!(is_permutation(&order, len), "{len} {seed}: {order:?}");
            assert_eq!(order, shuffled(len, seed, "salt"), "same seed, same order");
        }
    }
    assert_ne!(
        shuffled(20, 7, "a"),
        shuffled(20, 7, "b"),
        "the salt matters"
    );
    // Pinned: a stored attempt must show the same order after an app update, so the generator
    // may never change.
    assert_eq!(shuffled(8, 12345, "quiz"), [6, 5, 3, 4, 1, 0, 7, 2]);
    assert_eq!(shuffled(8, 0, ""), [5, 1, 3, 6, 4, 7, 0, 2]);
}

#[test]
fn different_seeds_give_different_orders() {
    // 10 entries have 3 628 800 orders: 200 consecutive seeds should nearly all differ.
    let orders: BTreeSet<Vec<usize>> = (0..200).map(|seed| shuffled(10, seed, "quiz")).collect();
    assert!(orders.len() >= 199, "only {} distinct orders", orders.len());
    // Every entry lands in every position now and then: no position is stuck.
    for entry in 0..10 {
        let positions: BTreeSet<usize> = (0..200)
            .map(|seed| {
                shuffled(10, seed, "quiz")
                    .iter()
                    .position(|&e| e == entry)
                    .expect("present")
            })
            .collect();
        assert_eq!(positions.len(), 10, "entry {entry} only at {positions:?}");
    }
    // Three entries: all six orders show up, roughly evenly.
    let mut counts = std::collections::BTreeMap::new();
    for seed in 0..6000 {
        *counts.entry(shuffled(3, seed, "x")).or_insert(0) += 1;
    }
    assert_eq!(counts.len(), 6);
    assert!(
        counts.values().all(|&c| (800..1200).contains(&c)),
        "{counts:?}"
    );
}

#[test]
fn draw_sizes_and_orders() {
    // (shuffle, draw, pool size, expected size, kept in bundle order)
    #[rustfmt::skip]
    let cases = [
        (false, None, 5, 5, true),
        (true, None, 5, 5, false),
        (false, Some(3), 5, 3, true),
        (true, Some(3), 5, 3, false),
        (false, Some(5), 5, 5, true),
        (true, Some(9), 5, 5, false),
        (false, Some(9), 5, 5, true),
        (false, Some(0), 5, 0, true),
        (true, None, 1, 1, true),
        (true, None, 0, 0, true),
    ];
    for (shuffle, n, size, expected, in_order) in cases {
        let assessment = pool(shuffle, n, size);
        let mut orders = BTreeSet::new();
        let mut seen = BTreeSet::new();
        for seed in 0..100 {
            let drawn = draw(&assessment, seed);
            let why = format!("shuffle {shuffle}, draw {n:?} of {size}, seed {seed}: {drawn:?}");
            assert_eq!(
                drawn,
                draw(&assessment, seed),
                "{why}: same seed, same draw"
            );
            assert_eq!(drawn.len(), expected, "{why}");
            assert_eq!(
                drawn.iter().collect::<BTreeSet<_>>().len(),
                expected,
                "{why}: distinct"
            );
            assert!(drawn.iter().all(|&i| i < size), "{why}");
            if in_order {
                assert!(
                    drawn.windows(2).all(|w| w[0] < w[1]),
                    "{why}: in bundle order"
                );
            }
            seen.extend(drawn.iter().copied());
            orders.insert(drawn);
        }
        // Over many attempts every item of the pool is drawn.
        if expected > 0 {
            assert_eq!(
                seen.len(),
                size,
                "shuffle {shuffle}, draw {n:?}: items seen {seen:?}"
            );
        }
        // Without shuffle or draw, every attempt is the same; otherwise they vary.
        let varies = (shuffle && size > 1) || (expected > 0 && expected < size);
        assert_eq!(
            orders.len() > 1,
            varies,
            "shuffle {shuffle}, draw {n:?} of {size}"
        );
    }
}

#[test]
fn choices_are_shuffled_only_when_the_assessment_shuffles() {
    let single = item(choices(5));
    let multiple: Item = item(json!({"multiple_choice": {"choices": [
        {"text": {"fr": "a"}, "correct": true}, {"text": {"fr": "b"}},
        {"text": {"fr": "c"}}, {"text": {"fr": "d"}}
    ]}}));
    for it in [&single, &multiple] {
        let len = if it == &single { 5 } else { 4 };
        let fixed = pool(false, None, 1);
        let shuffling = pool(true, None, 1);
        let mut orders = BTreeSet::new();
        for seed in 0..50 {
            assert_eq!(
                display_order(&fixed, it, seed),
                (0..len).collect::<Vec<_>>()
            );
            let order = display_order(&shuffling, it, seed);
            assert!(is_permutation(&order, len), "{order:?}");
            assert_eq!(order, display_order(&shuffling, it, seed));
            orders.insert(order);
        }
        assert!(orders.len() > 10, "{} orders", orders.len());
    }
}

#[test]
fn entries_to_order_or_match_are_never_shown_solved() {
    let fixed = pool(false, None, 1);
    for len in [1, 2, 3, 4, 6] {
        let ordering = item(json!({"ordering": {"entries": texts(len)}}));
        let matching = item(json!({"matching": {"left": texts(len), "right": texts(len)}}));
        for it in [&ordering, &matching] {
            let mut orders = BTreeSet::new();
            for seed in 0..300 {
                let order = display_order(&fixed, it, seed);
                assert!(is_permutation(&order, len), "{len}: {order:?}");
                if len > 1 {
                    assert_ne!(order, (0..len).collect::<Vec<_>>(), "{len}, seed {seed}");
                }
                orders.insert(order);
            }
            // Every order but the solved one shows up (2 entries: only [1, 0]).
            let possible: usize = (1..=len).product();
            let expected = match len {
                1 => 1,
                2..=4 => possible - 1,
                _ => 200,
            };
            assert!(orders.len() >= expected, "{len}: {} orders", orders.len());
        }
    }
}

#[test]
fn other_items_have_no_display_order() {
    let assessment = pool(true, None, 1);
    for interaction in [
        json!({"true_false": {"answer": true}}),
        json!({"numeric": {"answers": [{"value": 1}]}}),
        json!({"short_text": {"answers": [{"text": "a"}]}}),
        json!({"fill_blanks": {"text": {"fr": "[[1]]"},
                               "gaps": [{"answers": ["a"], "options": ["a", "b"]}]}}),
        json!({"open": {"rubric": [{"fr": "a"}, {"fr": "b"}]}}),
    ] {
        assert_eq!(
            display_order(&assessment, &item(interaction.clone()), 3),
            Vec::<usize>::new(),
            "{interaction}"
        );
    }
}
