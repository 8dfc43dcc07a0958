//! Async data for views: the latest result of a future as a signal, `None` until the first one
//! arrives. The future is started again whenever a signal it reads while being built changes;
//! a result that arrives after a newer run has started is dropped, and the previous value stays
//! on screen meanwhile, so a reload does not flash "Loading…". This is all the pages need from
//! `LocalResource` + `<Suspense>`, at a fraction of their wasm size.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

pub fn load<T, Fut>(start: impl Fn() -> Fut + 'static) -> ReadSignal<Option<T>, LocalStorage>
where
    T: 'static,
    Fut: Future<Output = T> + 'static,
{
    let (value, set_value) = signal_local(None);
    let latest = Rc::new(Cell::new(0_u32));
    Effect::new(move || {
        let run = latest.get().wrapping_add(1);
        latest.set(run);
        let future = start();
        let latest = latest.clone();
        spawn_local(async move {
            let result = future.await;
            if latest.get() == run {
                // The page may be gone by now; then there is nobody to tell.
                let _ = set_value.try_set(Some(result));
            }
        });
    });
    value
}
