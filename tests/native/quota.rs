//! The room check before a download: what a course needs on the device against what the
//! browser says is left.

use nour::app::persist::Estimate;
use nour::app::quota::{NoRoom, room_for, space_needed};

fn estimate(usage: u64, quota: u64) -> Estimate {
    Estimate { usage, quota }
}

#[test]
fn text_counts_three_times_media_twice_plus_a_fixed_overhead() {
    assert_eq!(space_needed(0, 0), 64 * 1024);
    // The interview sample course: 105 746 bytes of text, no media.
    assert_eq!(space_needed(105_746, 0), 3 * 105_746 + 64 * 1024);
    assert_eq!(space_needed(0, 1_130), 2 * 1_130 + 64 * 1024);
    assert_eq!(
        space_needed(u64::MAX, 1),
        u64::MAX,
        "saturates, never wraps"
    );
    assert_eq!(
        space_needed(1, u64::MAX),
        u64::MAX,
        "saturates, never wraps"
    );
}

#[test]
fn fits_when_the_room_left_covers_what_it_needs() {
    let needed = space_needed(400_000, 800_000);
    assert_eq!(
        room_for(needed, estimate(500_000, 500_000 + needed)),
        Ok(())
    );
    assert_eq!(
        room_for(needed, estimate(500_000, 500_000 + needed - 1)),
        Err(NoRoom {
            needed,
            available: needed - 1
        }),
        "one byte short is refused"
    );
}

#[test]
fn a_quota_below_the_usage_leaves_no_room() {
    // A browser may lower the quota under what is already stored (the disk filled up).
    assert_eq!(
        room_for(10, estimate(3_000_000, 2_000_000)),
        Err(NoRoom {
            needed: 10,
            available: 0
        })
    );
}

#[test]
fn the_size_the_learner_sees_is_not_what_is_checked() {
    // 300 KB left: a 100 KB course of text does not fit (it needs 365 KB on the device), a
    // 100 KB course of images does (265 KB).
    let left = estimate(0, 300_000);
    assert!(room_for(space_needed(100_000, 0), left).is_err());
    assert_eq!(room_for(space_needed(0, 100_000), left), Ok(()));
}
