//! A stable insertion sort for the core's short, nearly sorted lists: answers and events are
//! appended in time order, so this is linear on them in practice. `slice::sort_by_key` wins on
//! big random input, but each call site instantiates driftsort, about 5 KB of wasm per element
//! type (27 KB for the seven call sites this replaced).

pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        // Strictly greater only: equal keys keep their order.
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
