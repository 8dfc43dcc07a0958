//! Chunks and update plans (`core::pack`): where a bundle is cut, that the chunks rebuild it
//! byte for byte, that editing one lesson changes one chunk, what an update fetches and reports,
//! and the manifest `nour-bundle pack` publishes for the sample courses.

use std::collections::BTreeSet;

use nour::core::model::BundleDoc;
use nour::core::pack::{self, CHUNK_LIMIT, Chunk, ContentKind, OnDevice, PackManifest};
use sha2::{Digest, Sha256};

use crate::cli::{TempDir, pack_samples};

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn sample_doc() -> BundleDoc {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public/courses/web-html-css/bundle.json"),
    )
    .expect("sample bundle");
    let mut doc = crate::validate::parse_ok(&text, "web-html-css")
        .doc()
        .clone();
    doc.schema = None;
    doc
}

/// The manifest `pack` builds for `doc`, and the packed bundle.
fn manifest_of(doc: &BundleDoc) -> (PackManifest, Vec<u8>) {
    let bytes = serde_json::to_vec(doc).expect("serializes");
    let (manifest, _) = pack::manifest(doc, &bytes, &[], sha);
    (manifest, bytes)
}

fn device<'a>(manifest: Option<&'a PackManifest>, doc: &BundleDoc) -> OnDevice<'a> {
    OnDevice {
        manifest,
        contents: pack::content_pieces(doc)
            .into_iter()
            .map(|(kind, id, _)| (kind, id))
            .collect(),
        asset_hashes: Vec::new(),
    }
}

#[test]
fn cuts_cover_the_file_in_order_and_respect_the_limit() {
    // Hard cuts always; soft ones only to stay within the limit; a fixed cut when none fits.
    assert_eq!(pack::cut_at(10, &[4], &[], 100), vec![0..4, 4..10]);
    assert_eq!(
        pack::cut_at(10, &[], &[3, 6, 8], 5),
        vec![0..3, 3..8, 8..10]
    );
    assert_eq!(pack::cut_at(10, &[], &[], 4), vec![0..4, 4..8, 8..10]);
    assert_eq!(
        pack::cut_at(0, &[], &[], 4),
        Vec::<std::ops::Range<usize>>::new()
    );
    assert_eq!(pack::cut_fixed(600_000, CHUNK_LIMIT).len(), 3);

    let doc = sample_doc();
    let bytes = serde_json::to_vec(&doc).expect("serializes");
    for limit in [CHUNK_LIMIT, 20_000, 4_000, 1_000] {
        let ranges = pack::cut_bundle(&doc, &bytes, limit);
        assert_eq!(ranges.first().map(|r| r.start), Some(0));
        assert_eq!(ranges.last().map(|r| r.end), Some(bytes.len()));
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
        assert!(
            ranges.iter().all(|r| !r.is_empty() && r.len() <= limit),
            "{limit}"
        );
    }
    // At the real limit the sample course is cut once per module, plus the head.
    let ranges = pack::cut_bundle(&doc, &bytes, CHUNK_LIMIT);
    assert_eq!(ranges.len(), doc.modules.len() + 1);
}

#[test]
fn chunks_rebuild_the_bundle_byte_for_byte() {
    let doc = sample_doc();
    let (manifest, bytes) = manifest_of(&doc);
    let ranges = pack::chunk_ranges(&manifest.bundle);
    let rebuilt = pack::assemble(&manifest.bundle, |chunk| {
        let i = manifest.bundle.iter().position(|c| c == chunk)?;
        Some(&bytes[ranges[i].clone()])
    });
    assert_eq!(rebuilt.as_deref(), Some(bytes.as_slice()));
    // A missing chunk is reported, not papered over.
    assert_eq!(pack::assemble(&manifest.bundle, |_| None), None);
}

#[test]
fn editing_one_lesson_changes_one_chunk_and_the_plan_fetches_only_it() {
    let old_doc = sample_doc();
    let (old, _) = manifest_of(&old_doc);
    let mut new_doc = old_doc.clone();
    new_doc.version = "9.0.0".into();
    let edited = new_doc.modules[1].lessons[0].id.clone();
    for body in new_doc.modules[1].lessons[0].body.0.values_mut() {
        body.push_str("\n\nUn paragraphe de plus.");
    }
    let (new, _) = manifest_of(&new_doc);

    let changed: Vec<&Chunk> = new
        .bundle
        .iter()
        .filter(|chunk| !old.bundle.contains(chunk))
        .collect();
    // The head carries the version, the second module carries the lesson.
    assert_eq!(changed.len(), 2, "{changed:?}");

    let on_device = device(Some(&old), &old_doc);
    let plan = pack::plan(Some(&on_device), &new, &BTreeSet::new(), true);
    assert!(plan.delta);
    assert_eq!(plan.fetch.len(), 2);
    assert_eq!(
        plan.fetch_bytes(),
        changed.iter().map(|c| c.size).sum::<u64>()
    );
    assert!(
        plan.fetch
            .iter()
            .all(|(c, url)| *url == format!("chunks/{}", c.sha256))
    );
    assert_eq!(plan.changes.changed, vec![(ContentKind::Lesson, edited)]);
    assert!(plan.changes.added.is_empty() && plan.changes.removed.is_empty());
}

#[test]
fn added_and_removed_lessons_are_reported_and_staged_chunks_are_not_fetched_again() {
    let old_doc = sample_doc();
    let (old, _) = manifest_of(&old_doc);
    let mut new_doc = old_doc.clone();
    new_doc.version = "9.0.0".into();
    let removed = new_doc.modules[0].lessons.pop().expect("a lesson").id;
    let mut added = new_doc.modules[2].lessons[0].clone();
    added.id = "nouvelle-lecon".into();
    new_doc.modules[2].lessons.push(added);
    let (new, _) = manifest_of(&new_doc);

    let on_device = device(Some(&old), &old_doc);
    let plan = pack::plan(Some(&on_device), &new, &BTreeSet::new(), true);
    assert_eq!(
        plan.changes.added,
        vec![(ContentKind::Lesson, "nouvelle-lecon".into())]
    );
    assert_eq!(plan.changes.removed, vec![(ContentKind::Lesson, removed)]);
    assert_eq!(plan.changes.count(ContentKind::Lesson), (1, 0, 1));

    // A download cut after the first chunk resumes with the others only.
    let staged: BTreeSet<String> = [plan.fetch[0].0.sha256.clone()].into();
    let resumed = pack::plan(Some(&on_device), &new, &staged, true);
    assert_eq!(resumed.fetch.len(), plan.fetch.len() - 1);
    assert!(
        resumed
            .fetch
            .iter()
            .all(|(c, _)| !staged.contains(&c.sha256))
    );
}

#[test]
fn without_a_manifest_on_the_device_everything_is_fetched_and_removals_still_show() {
    let old_doc = sample_doc();
    let mut new_doc = old_doc.clone();
    new_doc.version = "9.0.0".into();
    let removed = new_doc.modules[0].lessons.pop().expect("a lesson").id;
    let (new, _) = manifest_of(&new_doc);

    let on_device = device(None, &old_doc);
    let plan = pack::plan(Some(&on_device), &new, &BTreeSet::new(), true);
    assert!(!plan.delta);
    assert_eq!(plan.fetch.len(), new.bundle.len());
    assert_eq!(plan.changes.removed, vec![(ContentKind::Lesson, removed)]);
    // Nothing can be said to have changed without the old hashes.
    assert!(plan.changes.changed.is_empty());

    // A first download: no changes to report, every chunk fetched.
    let first = pack::plan(None, &new, &BTreeSet::new(), true);
    assert!(first.changes.is_empty());
    assert_eq!(first.fetch.len(), new.bundle.len());
}

#[test]
fn assets_on_the_device_are_reused_and_the_data_saver_skips_them() {
    let doc = sample_doc();
    let (mut manifest, _) = manifest_of(&doc);
    let big = pack::PackedAsset {
        path: "img/big.png".into(),
        size: 300_000,
        sha256: "a".repeat(64),
        chunks: vec![
            Chunk {
                sha256: "b".repeat(64),
                size: CHUNK_LIMIT as u64,
            },
            Chunk {
                sha256: "c".repeat(64),
                size: 300_000 - CHUNK_LIMIT as u64,
            },
        ],
    };
    let small = pack::PackedAsset {
        path: "img/small.png".into(),
        size: 1_000,
        sha256: "d".repeat(64),
        chunks: Vec::new(),
    };
    manifest.assets = vec![big, small];

    let first = pack::plan(None, &manifest, &BTreeSet::new(), true);
    let urls: Vec<&str> = first.fetch.iter().map(|(_, url)| url.as_str()).collect();
    assert!(urls.contains(&format!("chunks/{}", "b".repeat(64)).as_str()));
    assert!(urls.contains(&format!("assets/{}", "d".repeat(64)).as_str()));

    let text_only = pack::plan(None, &manifest, &BTreeSet::new(), false);
    assert_eq!(text_only.fetch.len(), manifest.bundle.len());

    let mut on_device = device(Some(&manifest), &doc);
    on_device.asset_hashes = vec!["a".repeat(64), "d".repeat(64)];
    let update = pack::plan(Some(&on_device), &manifest, &BTreeSet::new(), true);
    assert!(update.fetch.is_empty());
    assert!(update.changes.is_empty());
}

#[test]
fn a_manifest_is_parsed_with_every_problem_named() {
    let doc = sample_doc();
    let (manifest, _) = manifest_of(&doc);
    let json = serde_json::to_string(&manifest).expect("serializes");
    assert_eq!(pack::parse(&json).as_ref(), Ok(&manifest));

    let mut bad = manifest.clone();
    bad.format = "nour-pack/9".into();
    bad.bundle[0].sha256 = "xyz".into();
    bad.bundle[1].size = 0;
    bad.assets.push(pack::PackedAsset {
        path: "a.png".into(),
        size: 10,
        sha256: "e".repeat(64),
        chunks: vec![Chunk {
            sha256: "f".repeat(64),
            size: 9,
        }],
    });
    let issues =
        pack::parse(&serde_json::to_string(&bad).expect("serializes")).expect_err("refused");
    let paths: Vec<String> = issues.iter().map(|i| i.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "$.format",
            "$.bundle[0].sha256",
            "$.bundle[1].size",
            "$.assets[0].chunks"
        ]
    );
    assert!(pack::parse("{").is_err());
}

#[test]
fn pack_publishes_a_manifest_whose_chunks_rebuild_each_bundle() {
    let dir = TempDir::new("pack-chunks");
    let out = pack_samples(&dir);
    let catalog: nour::core::catalog::Catalog =
        serde_json::from_slice(&std::fs::read(out.join("catalog.json")).expect("catalog"))
            .expect("catalog parses");
    for entry in &catalog.courses {
        let pack_ref = &entry.pack;
        let manifest_bytes = std::fs::read(out.join(&pack_ref.url)).expect("manifest");
        assert_eq!(manifest_bytes.len() as u64, pack_ref.size);
        assert_eq!(sha(&manifest_bytes), pack_ref.sha256);
        let manifest =
            pack::parse(std::str::from_utf8(&manifest_bytes).expect("utf-8")).expect("valid");
        assert_eq!(
            (manifest.id.as_str(), manifest.version.as_str()),
            (entry.id.as_str(), entry.version.as_str())
        );

        let chunks: Vec<Vec<u8>> = manifest
            .bundle
            .iter()
            .map(|chunk| {
                let bytes = std::fs::read(out.join(pack::chunk_url(chunk))).expect("chunk file");
                assert_eq!(sha(&bytes), chunk.sha256);
                assert!(bytes.len() <= CHUNK_LIMIT);
                bytes
            })
            .collect();
        let bundle = std::fs::read(out.join(&entry.url)).expect("bundle");
        assert_eq!(chunks.concat(), bundle, "{}", entry.id);
        assert_eq!(sha(&bundle), entry.sha256);
        let unique: BTreeSet<_> = manifest.contents.iter().map(|c| (c.kind, &c.id)).collect();
        assert_eq!(unique.len(), manifest.contents.len());
        assert_eq!(
            manifest
                .contents
                .iter()
                .filter(|c| c.kind == ContentKind::Lesson)
                .count() as u32,
            entry.lessons
        );
        for asset in &manifest.assets {
            let listed = entry
                .assets
                .iter()
                .find(|a| a.path == asset.path)
                .expect("listed");
            assert_eq!((listed.size, &listed.sha256), (asset.size, &asset.sha256));
        }
    }
}
