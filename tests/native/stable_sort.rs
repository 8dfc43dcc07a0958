//! The core's insertion sort orders by key and keeps equal keys in their order.

use nour::core::stable_sort::sort_by_key;

/// (key, label) pairs: the label shows which of two equal keys came first.
type Pairs = &'static [(u8, char)];

#[test]
fn sorts_by_key_and_keeps_equal_keys_in_order() {
    let cases: [(Pairs, Pairs); 5] = [
        (&[], &[]),
        (&[(1, 'a')], &[(1, 'a')]),
        (
            &[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')],
            &[(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')],
        ),
        (
            &[(3, 'a'), (2, 'b'), (1, 'c')],
            &[(1, 'c'), (2, 'b'), (3, 'a')],
        ),
        (
            &[(1, 'a'), (1, 'b'), (1, 'c')],
            &[(1, 'a'), (1, 'b'), (1, 'c')],
        ),
    ];
    for (input, expected) in cases {
        let mut items = input.to_vec();
        sort_by_key(&mut items, |&(key, _)| key);
        assert_eq!(items, expected, "{input:?}");
    }
    let mut big: Vec<u32> = (0..500).map(|i| (i * 7919) % 500).collect();
    sort_by_key(&mut big, |&n| n);
    assert!(big.windows(2).all(|w| w[0] <= w[1]));
}
