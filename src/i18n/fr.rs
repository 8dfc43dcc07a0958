use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTagline => "Vos cours, même sans connexion",
        Msg::SkipToContent => "Aller au contenu",
        Msg::LanguageLabel => "Langue",
        Msg::NavCourses => "Mes cours",
        Msg::Offline => "Hors ligne : vos cours téléchargés restent disponibles.",
        Msg::ErrIncomplete => {
            "Le fichier reçu est incomplet (téléchargement interrompu). Rien n'a été enregistré : réessayez."
        }
        Msg::Loading => "Chargement…",
        Msg::OnDevice => "Sur cet appareil",
        Msg::NothingOnDevice => {
            "Aucun cours téléchargé pour l'instant. Choisissez-en un ci-dessous : une fois téléchargé, il reste disponible sans connexion."
        }
        Msg::Available => "Cours disponibles",
        Msg::CatalogUnavailable => {
            "Le catalogue n'est pas joignable. Reconnectez-vous pour voir les cours à télécharger."
        }
        Msg::CatalogInvalid => "Le catalogue reçu est invalide. Prévenez votre formateur.",
        Msg::CatalogEmpty => "Le catalogue ne propose aucun cours pour l'instant.",
        Msg::Languages => "Langues",
        Msg::DownloadSize => "Taille du téléchargement",
        Msg::Download => "Télécharger",
        Msg::Update => "Mettre à jour",
        Msg::Downloading => "Téléchargement",
        Msg::Verifying => "Vérification…",
        Msg::Saving => "Enregistrement…",
        Msg::Installed => "Sur l'appareil",
        Msg::InstalledNow => "Cours téléchargé : il est disponible hors ligne.",
        Msg::Open => "Ouvrir",
        Msg::Remove => "Supprimer",
        Msg::ConfirmRemove => "Confirmer la suppression",
        Msg::Cancel => "Annuler",
        Msg::Removed => "Cours supprimé de l'appareil. Votre progression est conservée.",
        Msg::ErrNetwork => {
            "Le téléchargement a échoué : la connexion a été perdue. Réessayez une fois en ligne."
        }
        Msg::ErrIntegrity => {
            "Le fichier reçu ne correspond pas au catalogue (empreinte SHA-256 différente). Il a été refusé et rien n'a été enregistré."
        }
        Msg::ErrInvalid => {
            "Ce cours contient des erreurs et a été refusé. Rien n'a été enregistré."
        }
        Msg::ErrMismatch => {
            "Le fichier reçu n'est pas le cours annoncé par le catalogue. Il a été refusé."
        }
        Msg::ErrQuota => {
            "L'espace de stockage est plein. Supprimez un cours puis réessayez. Rien n'a été modifié."
        }
        Msg::ErrStorage => "L'enregistrement a échoué. Rien n'a été modifié.",
        Msg::StorageUnavailable => {
            "Le stockage du navigateur est indisponible (navigation privée ?) : les cours ne peuvent pas être enregistrés."
        }
        Msg::CourseNotOnDevice => "Ce cours n'est pas sur cet appareil.",
        Msg::LessonNotFound => "Cette leçon n'existe pas dans ce cours.",
        Msg::BackToCourses => "Retour à mes cours",
        Msg::Continue => "Reprendre",
        Msg::Start => "Commencer",
        Msg::Modules => "Modules",
        Msg::Authors => "Auteurs",
        Msg::Publisher => "Éditeur",
        Msg::License => "Licence",
        Msg::Completed => "terminée",
        Msg::MarkDone => "Leçon terminée",
        Msg::PreviousLesson => "Leçon précédente",
        Msg::NextLesson => "Leçon suivante",
        Msg::BackToCourse => "Sommaire du cours",
        Msg::LessonNav => "Navigation entre les leçons",
        Msg::CourseDone => "Bravo, vous avez terminé toutes les leçons de ce cours !",
        Msg::ImageMissing => "Image indisponible",
        Msg::NotFound => "Cette page n'existe pas.",
        Msg::LangFr => "français",
        Msg::LangAr => "arabe",
        Msg::LangEn => "anglais",
        Msg::LangZgh => "amazighe",
        Msg::LangOther => "autre langue",
        Msg::True => "Vrai",
        Msg::False => "Faux",
        Msg::YourAnswer => "Votre réponse",
        Msg::YourNumber => "Votre réponse (un nombre)",
        Msg::SelfCheck => "Vérifiez vous-même : votre réponse…",
        Msg::MoveUp => "Monter",
        Msg::MoveDown => "Descendre",
        Msg::Right => "Bonne réponse !",
        Msg::NotQuite => "Pas tout à fait.",
        Msg::Wrong => "Réponse fausse",
        Msg::NotAnswered => "Sans réponse",
        Msg::Explanation => "Explication",
        Msg::TryAgain => "Modifiez votre réponse et vérifiez de nouveau, ou passez à la suite.",
        Msg::ReadAgain => "Relire la leçon :",
        Msg::AnswerFirst => "Répondez d'abord à la question.",
        Msg::Check => "Vérifier",
        Msg::SubmitAnswer => "Valider et continuer",
        Msg::NextQuestion => "Question suivante",
        Msg::SeeResults => "Voir le résultat",
        Msg::Skip => "Passer",
        Msg::AssessmentNotFound => "Cette évaluation n'existe pas dans ce cours.",
        Msg::StartAssessment => "Commencer",
        Msg::Resumed => "Reprise de votre tentative là où vous l'aviez laissée.",
        Msg::AnswerNotSaved => "Votre réponse n'a pas pu être enregistrée sur cet appareil.",
        Msg::Practice => "Entraînement",
        Msg::Checkpoint => "Point de contrôle",
        Msg::Assessments => "Évaluations",
        Msg::Results => "Résultat",
        Msg::Passed => "Réussi.",
        Msg::NotYetPassed => "Pas encore réussi.",
        Msg::Mastered => "Maîtrisé",
        Msg::ModuleComplete => "Module terminé",
        Msg::Retry => "Recommencer",
        Msg::ItemReview => "Question par question",
        Msg::RightAnswer => "Bonne réponse",
        Msg::AttemptHistory => "Vos tentatives",
        Msg::Date => "Date",
        Msg::Score => "Score",
        Msg::Result => "Résultat",
        Msg::NavReview => "Révision",
        Msg::ReviewToday => "Révision du jour",
        Msg::ReviewIntro => {
            "Les questions manquées reviennent vite, les autres plus rarement : chaque bonne réponse espace la prochaine révision (1, 3, 7 puis 21 jours)."
        }
        Msg::ReviewNothing => {
            "Rien à réviser aujourd'hui. Répondez à des évaluations : les questions manquées reviendront ici."
        }
        Msg::ReviewStart => "Commencer la révision",
        Msg::ReviewDone => "Révision terminée pour aujourd'hui.",
        Msg::AddToPortfolio => "Garder cette réponse pour mon portfolio",
        Msg::TestYourself => "Testez-vous",
    }
}
