use super::Msg;

/// The texts of the first load.
pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTagline => "Vos cours, même sans connexion",
        Msg::SkipToContent => "Aller au contenu",
        Msg::LanguageLabel => "Langue",
        Msg::NavCourses => "Mes cours",
        Msg::Offline => "Hors ligne : vos cours téléchargés restent disponibles.",
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
        Msg::Saving => "Enregistrement…",
        Msg::Installed => "Sur l'appareil",
        Msg::Open => "Ouvrir",
        Msg::Remove => "Supprimer",
        Msg::ConfirmRemove => "Confirmer la suppression",
        Msg::Cancel => "Annuler",
        Msg::Removed => "Cours supprimé de l'appareil. Votre progression est conservée.",
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
        Msg::MoveUp => "Monter",
        Msg::MoveDown => "Descendre",
        Msg::Practice => "Entraînement",
        Msg::Checkpoint => "Point de contrôle",
        Msg::Assessments => "Évaluations",
        Msg::Mastered => "Maîtrisé",
        Msg::ModuleComplete => "Module terminé",
        Msg::Date => "Date",
        Msg::Score => "Score",
        Msg::NavReview => "Révision",
        Msg::ReviewToday => "Révision du jour",
        Msg::TestYourself => "Testez-vous",
        Msg::NavPortfolio => "Portfolio",
        Msg::NavSettings => "Réglages",
        Msg::PortfolioTitle => "Mon portfolio",
        Msg::EditProfile => "Modifier mon profil",
        Msg::LevelNative => "Langue maternelle",
        Msg::LevelC2 => "C2 – maîtrise",
        Msg::LevelC1 => "C1 – autonome",
        Msg::LevelB2 => "B2 – avancé",
        Msg::LevelB1 => "B1 – intermédiaire",
        Msg::LevelA2 => "A2 – élémentaire",
        Msg::LevelA1 => "A1 – débutant",
        Msg::ProblemRequired => "Ce champ est obligatoire.",
        Msg::ProblemNotALink => {
            "Adresse invalide : elle doit commencer par https:// (ou http://) et ne contenir aucune espace."
        }
        Msg::ProblemNotAnEmail => "Adresse e-mail invalide. Exemple : nom@exemple.ma",
        Msg::ProblemNotADate => "Date invalide : choisissez un mois et une année.",
        Msg::ProblemEndBeforeStart => "La fin ne peut pas précéder le début.",
        Msg::CvTitle => "Mon CV",
        Msg::UpdateAvailable => "Une nouvelle version de Nour est prête.",
        Msg::UpdateReload => "Recharger",
        Msg::SettingsTitle => "Réglages",
        Msg::UpdateNoContentChange => "Aucune leçon ni aucun exercice ne change",
        Msg::StorageRemoveMedia => "Supprimer seulement les médias",
        Msg::TextOnlySize => "Texte seul",
        Msg::LessonImageLabel => "Image",
        Msg::ImageNeedsConnection => {
            "Image non téléchargée. Connectez-vous à Internet pour la télécharger."
        }
        Msg::ImageDownloading => "Téléchargement de l'image…",
        Msg::ImageDownloadFailed => {
            "L'image n'a pas pu être téléchargée. Vérifiez la connexion et réessayez."
        }
        Msg::ImageDamaged => {
            "L'image reçue ne correspond pas au cours : elle n'a pas été enregistrée."
        }
        Msg::PartLoading => "Ouverture de la page…",
        Msg::PartMissing => {
            "Cette page n'est pas encore sur l'appareil. Connectez-vous une fois pour l'ouvrir : elle restera ensuite disponible hors ligne."
        }
        Msg::PartRetry => "Réessayer",
        Msg::KeepPartsIntro => {
            "Économie de données : une partie de l'application n'est pas encore sur l'appareil. Sans connexion, ces pages ne s'ouvriront pas :"
        }
        Msg::KeepPartsWorking => "Téléchargement de l'application…",
        Msg::PartIntake => "télécharger, mettre à jour ou partager un cours",
        Msg::PartPractice => "exercices et révision",
        Msg::PartPortfolio => "portfolio et CV",
        Msg::PartSettings => "réglages",
        Msg::PartDashboard => "mon parcours",
        _ => "",
    }
}

/// The texts of the intake part, which it hands over when it loads.
pub(super) fn intake(msg: Msg) -> &'static str {
    match msg {
        Msg::ErrIncomplete => {
            "Le fichier reçu est incomplet (téléchargement interrompu). Rien n'a été enregistré : réessayez."
        }
        Msg::Downloading => "Téléchargement",
        Msg::Verifying => "Vérification…",
        Msg::InstalledNow => "Cours téléchargé : il est disponible hors ligne.",
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
        Msg::UpdateFullDownload => "Téléchargement complet nécessaire",
        Msg::UpdateToDownload => "À télécharger",
        Msg::UpdateRemovedIntro => {
            "Retiré dans cette version (votre progression y reste enregistrée) :"
        }
        Msg::DownloadInterrupted => "Téléchargement interrompu",
        Msg::ResumeDownload => "Reprendre",
        Msg::InstallQuotaFull => {
            "Pas assez de place : le stockage du navigateur s'est rempli pendant l'enregistrement. Le cours n'a pas été installé ; vos autres cours et votre progression sont intacts."
        }
        Msg::FreeSpaceLink => "Libérer de la place : Réglages › Stockage",
        Msg::ShareWorking => "Préparation du fichier…",
        Msg::ShareSaved => {
            "Fichier du cours enregistré dans vos téléchargements. Envoyez-le par WhatsApp, Bluetooth, clé USB ou carte SD : il s'importe sans connexion."
        }
        Msg::ShareFailed => "Le fichier du cours n'a pas pu être créé. Rien n'a changé.",
        Msg::ShareMissingMedia => {
            "Des images de ce cours ne sont pas sur cet appareil : téléchargez-les avant de partager le cours."
        }
        Msg::ImportTitle => "Un cours reçu en fichier",
        Msg::ImportIntro => {
            "Un cours partagé en fichier .nour (WhatsApp, Bluetooth, clé USB, carte SD) s'installe ici sans connexion. Chaque octet est vérifié avant l'enregistrement."
        }
        Msg::ImportFile => "Importer un cours depuis un fichier",
        Msg::ImportReading => "Lecture du fichier…",
        Msg::ImportDone => "Cours importé : il est sur cet appareil et se lit sans connexion.",
        Msg::ImportOpen => "Ouvrir le cours",
        Msg::ImportNothingStored => "Rien n'a été enregistré.",
        Msg::ImportNotNour => "Ce fichier n'est pas un cours Nour (fichier .nour).",
        Msg::ImportUnreadable => "Ce fichier n'a pas pu être lu.",
        Msg::ImportHeaderCut => {
            "Le fichier est incomplet : il s'arrête avant la liste de son contenu."
        }
        Msg::ImportDamaged => {
            "Le fichier est abîmé : son contenu ne correspond pas à ce qu'il annonce."
        }
        Msg::ImportInvalid => "Le cours de ce fichier contient des erreurs : il a été refusé.",
        Msg::ImportDetails => "Détails pour le formateur",
        _ => "",
    }
}

/// The texts of the practice part, which it hands over when it loads.
pub(super) fn practice(msg: Msg) -> &'static str {
    match msg {
        Msg::True => "Vrai",
        Msg::False => "Faux",
        Msg::YourAnswer => "Votre réponse",
        Msg::YourNumber => "Votre réponse (un nombre)",
        Msg::SelfCheck => "Vérifiez vous-même : votre réponse…",
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
        Msg::Results => "Résultat",
        Msg::Passed => "Réussi.",
        Msg::NotYetPassed => "Pas encore réussi.",
        Msg::Retry => "Recommencer",
        Msg::ItemReview => "Question par question",
        Msg::RightAnswer => "Bonne réponse",
        Msg::AttemptHistory => "Vos tentatives",
        Msg::Result => "Résultat",
        Msg::ReviewIntro => {
            "Les questions manquées reviennent vite, les autres plus rarement : chaque bonne réponse espace la prochaine révision (1, 3, 7 puis 21 jours)."
        }
        Msg::ReviewNothing => {
            "Rien à réviser aujourd'hui. Répondez à des évaluations : les questions manquées reviendront ici."
        }
        Msg::ReviewStart => "Commencer la révision",
        Msg::ReviewDone => "Révision terminée pour aujourd'hui.",
        Msg::AddToPortfolio => "Garder cette réponse pour mon portfolio",
        _ => "",
    }
}

/// The texts of the portfolio part, which it hands over when it loads.
pub(super) fn portfolio(msg: Msg) -> &'static str {
    match msg {
        Msg::KeptAnswersHeading => "Réponses gardées pour mon portfolio",
        Msg::MakeReflection => "En faire une réflexion",
        Msg::AddedAsReflection => "Ajoutée à mes réflexions.",
        Msg::PortfolioIntro => {
            "Ce que vous montrez à un employeur : votre profil, vos projets, vos réussites et vos compétences. Tout reste sur cet appareil."
        }
        Msg::PortfolioEmpty => {
            "Votre portfolio est vide pour l'instant. Commencez par votre profil, puis ajoutez un projet réalisé en formation ou une réflexion sur ce que vous avez appris. Les réussites de vos cours s'y ajoutent toutes seules."
        }
        Msg::ProfileHeading => "Mon profil",
        Msg::ProfileEmpty => {
            "Présentez-vous : votre nom, le métier que vous visez, votre ville, vos langues et vos liens (GitHub, LinkedIn…)."
        }
        Msg::CompleteProfile => "Compléter mon profil",
        Msg::EntriesHeading => "Projets et réflexions",
        Msg::EntriesEmpty => {
            "Aucun projet pour l'instant. Ajoutez un projet que vous avez réalisé (un site, une maquette, un exercice) ou une réflexion : ce que vous avez appris, une difficulté surmontée."
        }
        Msg::AddProject => "Ajouter un projet",
        Msg::AddReflection => "Ajouter une réflexion",
        Msg::KindProject => "Projet",
        Msg::KindReflection => "Réflexion",
        Msg::EntryKind => "Type",
        Msg::Role => "Rôle",
        Msg::Skills => "Compétences",
        Msg::Repository => "Code source",
        Msg::LiveSite => "Voir en ligne",
        Msg::Edit => "Modifier",
        Msg::Delete => "Supprimer",
        Msg::Undo => "Annuler",
        Msg::AchievementsHeading => "Mes réussites",
        Msg::AchievementsEmpty => {
            "Vos réussites apparaîtront ici quand vous terminerez un module ou réussirez une évaluation."
        }
        Msg::ShowInPortfolio => "Montrer dans mon portfolio",
        Msg::HiddenFromPortfolio => {
            "Masquée : elle n'apparaît ni dans vos compétences ni dans vos exports."
        }
        Msg::CheckpointPassedKind => "Évaluation réussie",
        Msg::Course => "Cours",
        Msg::Issuer => "Délivrée par",
        Msg::SkillsEmpty => {
            "Vos compétences apparaîtront ici : celles des cours que vous réussissez et celles que vous citez dans vos projets."
        }
        Msg::Evidence => "Preuves",
        Msg::EscoLink => "Fiche ESCO",
        Msg::Name => "Nom et prénom",
        Msg::Headline => "Titre professionnel",
        Msg::HeadlineHint => {
            "Le métier que vous visez, en une ligne. Exemple : Développeuse web junior."
        }
        Msg::City => "Ville",
        Msg::Email => "E-mail",
        Msg::Phone => "Téléphone",
        Msg::About => "À propos de moi",
        Msg::AboutHint => {
            "Quelques phrases : qui vous êtes, ce que vous aimez faire, ce que vous cherchez."
        }
        Msg::SpokenLanguages => "Langues parlées",
        Msg::Language => "Langue",
        Msg::Level => "Niveau",
        Msg::AddLanguage => "Ajouter une langue",
        Msg::RemoveLanguage => "Retirer la langue",
        Msg::Links => "Liens",
        Msg::LinksHint => "GitHub, LinkedIn, site personnel… L'adresse commence par https://.",
        Msg::LinkLabel => "Nom du lien",
        Msg::LinkUrl => "Adresse du lien",
        Msg::AddLink => "Ajouter un lien",
        Msg::RemoveLink => "Retirer le lien",
        Msg::Photo => "Ma photo",
        Msg::ProfilePhoto => "Photo de profil",
        Msg::RemovePhoto => "Retirer la photo",
        Msg::Save => "Enregistrer",
        Msg::Compressing => "Réduction de l'image…",
        Msg::ImageNotAnImage => {
            "Ce fichier n'est pas une image lisible. Choisissez une photo JPEG ou PNG."
        }
        Msg::ImageTooLarge => {
            "Cette image ne peut pas être assez réduite. Choisissez-en une autre."
        }
        Msg::ImageFailed => {
            "Le navigateur n'a pas pu traiter cette image. Réessayez ou choisissez-en une autre."
        }
        Msg::NewProject => "Nouveau projet",
        Msg::NewReflection => "Nouvelle réflexion",
        Msg::EntryTitle => "Titre",
        Msg::Description => "Présentation",
        Msg::DescriptionHint => {
            "Vous pouvez écrire en Markdown : **gras**, *italique*, listes avec « - », liens [texte](https://…)."
        }
        Msg::RoleHint => {
            "Votre part dans le travail. Exemple : intégration et tests, en équipe de trois."
        }
        Msg::PeriodStart => "Début",
        Msg::PeriodEnd => "Fin",
        Msg::RepositoryUrl => "Adresse du code source",
        Msg::LiveUrl => "Adresse du site en ligne",
        Msg::UrlHint => "Elle commence par https://.",
        Msg::SkillsHint => "Séparées par des virgules. Exemple : HTML, CSS, travail en équipe.",
        Msg::SuggestedSkills => "Compétences de vos cours",
        Msg::AddSkill => "Ajouter la compétence",
        Msg::Images => "Images",
        Msg::AddImage => "Ajouter une image",
        Msg::ImageAlt => "Description de l'image",
        Msg::ImageAltHint => "Ce que montre l'image, pour qui ne peut pas la voir.",
        Msg::RemoveImage => "Retirer l'image",
        Msg::EntryMissing => "Projet introuvable",
        Msg::EntryNotFound => {
            "Ce projet ou cette réflexion n'existe pas sur cet appareil. Il a peut-être été supprimé."
        }
        Msg::BackToPortfolio => "Retour à mon portfolio",
        Msg::ExportTitle => "Exporter",
        Msg::ExportIntro => {
            "Des fichiers à garder ou à envoyer à un employeur. Ils sont créés sur cet appareil, même sans connexion."
        }
        Msg::ExportResume => "Télécharger le CV JSON Resume",
        Msg::ExportResumeHelp => {
            "Le format ouvert JSON Resume : des sites d'emploi et des outils de CV savent le lire."
        }
        Msg::ExportBadges => "Télécharger mes badges (Open Badges 3.0, non signés)",
        Msg::ExportBadgesHelp => {
            "Vos réussites dans le format standard des badges numériques. Ils ne sont pas signés : l'école peut les vérifier."
        }
        Msg::ExportNoBadges => {
            "Pas encore de badge : terminez un module ou réussissez une évaluation pour en obtenir un."
        }
        Msg::ExportHtml => "Télécharger ma page portfolio (HTML)",
        Msg::ExportHtmlHelp => {
            "Une seule page, images comprises, à ouvrir dans un navigateur ou à mettre en ligne."
        }
        Msg::ExportCvLink => "Voir et imprimer mon CV",
        Msg::ExportSaved => "Fichier créé : retrouvez-le dans vos téléchargements.",
        Msg::ExportFailed => "Le fichier n'a pas pu être créé. Réessayez.",
        Msg::ExportReflections => "Réflexions",
        Msg::ExportModuleCompleted => "Module terminé",
        Msg::ExportCheckpointPassed => "Évaluation réussie",
        Msg::ExportGenerated => "Généré par Nour le",
        Msg::ExportUnsigned => {
            "Attestation non signée, exportée par l'apprenant depuis Nour : l'émetteur ne l'a pas signée."
        }
        Msg::CvLanguage => "Langue du CV",
        Msg::CvPrint => "Imprimer / enregistrer en PDF",
        Msg::CvPrintHelp => {
            "Pour un fichier PDF, choisissez « Enregistrer au format PDF » comme imprimante."
        }
        Msg::CvEmpty => {
            "Votre CV se construit à partir de votre profil. Commencez par votre nom et votre titre."
        }
        Msg::CvFillProfile => "Remplir mon profil",
        Msg::CvEditProfile => "Modifier mon profil",
        Msg::CvContact => "Coordonnées",
        Msg::CvEmail => "E-mail",
        Msg::CvPhone => "Téléphone",
        Msg::CvCity => "Ville",
        Msg::CvAbout => "Profil",
        Msg::CvProjects => "Projets",
        Msg::CvRole => "Rôle",
        Msg::CvCode => "Code source",
        Msg::CvLive => "En ligne",
        Msg::CvCertifications => "Certifications et réussites",
        Msg::CvCourse => "Formation",
        Msg::CvIssuer => "Délivré par",
        Msg::CvSkills => "Compétences",
        Msg::CvLanguages => "Langues",
        Msg::CvLevelNative => "Langue maternelle",
        _ => "",
    }
}

/// The texts of the settings part, which it hands over when it loads.
pub(super) fn settings(msg: Msg) -> &'static str {
    match msg {
        Msg::StorageTitle => "Stockage sur cet appareil",
        Msg::StoragePersistent => {
            "Stockage protégé : le navigateur ne supprimera pas vos cours ni vos données pour faire de la place."
        }
        Msg::StorageNotPersistent => {
            "Stockage non protégé : si l'appareil manque de place, le navigateur peut effacer vos données. Faites des sauvegardes."
        }
        Msg::StorageUnknown => {
            "Ce navigateur ne dit pas si vos données sont protégées. Faites des sauvegardes."
        }
        Msg::StorageAsk => "Protéger mes données",
        Msg::StorageRefused => {
            "Le navigateur a refusé pour l'instant. Il accepte souvent après quelques visites, ou quand Nour est installé sur l'écran d'accueil."
        }
        Msg::StorageUsed => "Espace utilisé",
        Msg::BackupTitle => "Sauvegarder mes données",
        Msg::BackupIntro => {
            "Un fichier avec votre progression, vos réponses, votre portfolio et ses images. Gardez-le ailleurs que sur ce téléphone (clé USB, e-mail, ordinateur)."
        }
        Msg::BackupIncludeCourses => "Inclure les fichiers des cours",
        Msg::BackupIncludeHelp => {
            "Pour tout retrouver sans connexion sur un autre appareil. Le fichier est plus lourd."
        }
        Msg::BackupDownload => "Télécharger la sauvegarde",
        Msg::BackupSaved => "Sauvegarde créée : retrouvez-la dans vos téléchargements.",
        Msg::BackupFailed => "La sauvegarde n'a pas pu être créée. Rien n'a changé.",
        Msg::RestoreTitle => "Restaurer une sauvegarde",
        Msg::RestoreIntro => {
            "Choisissez un fichier de sauvegarde Nour. Il est vérifié avant que quoi que ce soit ne change."
        }
        Msg::RestoreFile => "Fichier de sauvegarde (.json)",
        Msg::RestoreChecking => "Vérification du fichier…",
        Msg::RestoreUnreadable => {
            "Ce fichier n'a pas pu être lu (ce n'est pas du texte). Rien n'a changé."
        }
        Msg::RestoreForeign => "Ce fichier n'est pas une sauvegarde Nour. Rien n'a changé.",
        Msg::RestoreInvalid => {
            "Cette sauvegarde est abîmée : des données ne sont pas valides. Rien n'a changé."
        }
        Msg::RestoreCourseInvalid => {
            "Un cours de cette sauvegarde est abîmé (fichier modifié ou incomplet). Rien n'a changé."
        }
        Msg::RestoreProblems => "Problèmes trouvés",
        Msg::RestoreSummary => "Contenu de la sauvegarde",
        Msg::RestoreCreated => "Créée le",
        Msg::RestoreCourses => "Cours suivis",
        Msg::RestoreCourseFiles => "Fichiers de cours inclus",
        Msg::RestoreEntries => "Projets et réflexions",
        Msg::RestoreAnswers => "Réponses",
        Msg::RestoreChoice => "Que faire des données de cet appareil ?",
        Msg::RestoreReplace => "Remplacer mes données",
        Msg::RestoreReplaceHelp => {
            "Tout ce qui est sur cet appareil est remplacé par la sauvegarde."
        }
        Msg::RestoreMerge => "Fusionner",
        Msg::RestoreMergeHelp => "Tout garder et ajouter ce que la sauvegarde contient en plus.",
        Msg::RestoreConfirm => "Restaurer",
        Msg::RestoreWorking => "Restauration…",
        Msg::RestoreDone => "Vos données sont restaurées.",
        Msg::RestoreFailed => "La restauration a échoué. Vos données n'ont pas changé.",
        Msg::StorageCoursesTitle => "Place prise par chaque cours",
        Msg::StorageText => "Texte",
        Msg::StorageMedia => "Médias",
        Msg::StorageTotal => "En tout",
        Msg::StorageNoMedia => "aucun sur l'appareil",
        Msg::StorageRemoveCourse => "Supprimer le cours",
        Msg::StorageConfirmCourse => {
            "Supprimer ce cours de l'appareil ? Votre progression est conservée, et vous pourrez le télécharger à nouveau."
        }
        Msg::StorageConfirmMedia => {
            "Supprimer les images de ce cours ? Le texte reste lisible hors connexion, et chaque leçon pourra retélécharger ses images."
        }
        Msg::DataSaverTitle => "Économiser les données",
        Msg::DataSaverTextOnly => "Texte seulement",
        Msg::DataSaverHelp => {
            "Les prochains cours se téléchargent sans leurs images. Dans une leçon, une image manquante montre sa description et un bouton pour la télécharger, avec sa taille. Les pages de l'application qui ne sont pas encore sur l'appareil attendent que vous les demandiez, ou une connexion Wi-Fi."
        }
        _ => "",
    }
}

/// The texts of the dashboard part, which it hands over when it loads.
pub(super) fn dashboard(msg: Msg) -> &'static str {
    match msg {
        Msg::DashboardTitle => "Mon parcours",
        Msg::ContinueLearning => "Reprendre là où j'en étais",
        Msg::StartLearning => "Commencer le cours",
        Msg::AssessmentsPassedLabel => "Évaluations réussies",
        Msg::SkillsMasteredLabel => "Compétences maîtrisées",
        Msg::WeeklyStreak => "Semaines d'activité d'affilée",
        Msg::RecentAchievements => "Mes dernières réussites",
        Msg::SeePortfolio => "Voir mon portfolio",
        Msg::ProgressByModule => "Progression par module",
        Msg::AllCoursesComplete => {
            "Tous vos cours sont terminés. Bravo ! Ajoutez un projet à votre portfolio."
        }
        _ => "",
    }
}
