//! Paths map to the app's pages, and the app's own links map back to the same pages.

use nour::app::router::Route;

#[test]
fn paths_map_to_pages() {
    let lesson = |c: &str, l: &str| Route::Lesson {
        course: c.into(),
        lesson: l.into(),
    };
    let cases = [
        ("/", Route::Catalog),
        ("", Route::Catalog),
        (
            "/course/web-html-css",
            Route::Course {
                course: "web-html-css".into(),
            },
        ),
        (
            "/course/web-html-css/",
            Route::Course {
                course: "web-html-css".into(),
            },
        ),
        ("/course/web/lesson/l01-le-web", lesson("web", "l01-le-web")),
        ("/course", Route::NotFound),
        ("/course/web/lesson", Route::NotFound),
        ("/course/web/lesson/a/b", Route::NotFound),
        ("/settings", Route::Settings),
        ("/settings/x", Route::NotFound),
        ("/import", Route::Import),
        ("/import/x", Route::NotFound),
        ("/portfolio", Route::Portfolio),
        ("/portfolio/profile", Route::ProfileEdit),
        ("/portfolio/entry/new", Route::EntryEdit { entry: None }),
        (
            "/portfolio/entry/e-17",
            Route::EntryEdit {
                entry: Some("e-17".into()),
            },
        ),
        ("/portfolio/entry", Route::NotFound),
        (
            "/portfolio/entry/new?kind=reflection",
            Route::EntryEdit { entry: None },
        ),
        ("/cv", Route::Cv),
        ("/review", Route::Review),
        ("/review/today", Route::NotFound),
        (
            "/course/web/assessment/quiz-1",
            Route::Assessment {
                course: "web".into(),
                assessment: "quiz-1".into(),
            },
        ),
        ("/course/web/assessment", Route::NotFound),
    ];
    for (path, expected) in cases {
        assert_eq!(Route::parse(path), expected, "{path:?}");
    }
}

#[test]
fn links_the_app_writes_lead_back_to_their_page() {
    assert_eq!(
        Route::parse(&Route::course_href("cv")),
        Route::Course {
            course: "cv".into()
        }
    );
    assert_eq!(
        Route::parse(&Route::lesson_href("cv", "l2")),
        Route::Lesson {
            course: "cv".into(),
            lesson: "l2".into()
        }
    );
    assert_eq!(
        Route::parse(&Route::assessment_href("cv", "check")),
        Route::Assessment {
            course: "cv".into(),
            assessment: "check".into()
        }
    );
}
