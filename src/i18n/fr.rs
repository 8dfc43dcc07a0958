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
    }
}
