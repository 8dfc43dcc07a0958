//! Texts with values in them for sharing a course as one file and importing it (`app::course_file`),
//! kept beside each other so the three languages are read together. The fixed texts are the
//! `Msg` variants of `// section: sharing`.

use super::Locale;

impl Locale {
    /// The export button of a course on the device: "Partager ce cours (fichier, 1,2 Mo)".
    pub fn share_course(self, bytes: u64) -> String {
        let size = self.size(bytes);
        match self {
            Locale::Fr => format!("Partager ce cours (fichier, {size})"),
            Locale::Ar => format!("مشاركة هذه الدورة (ملف، {size})"),
            Locale::En => format!("Share this course (file, {size})"),
        }
    }

    /// A course file cut short: how many bytes are missing, and the file of the course it stops
    /// in (`None`: the course text, its bundle).
    pub fn import_cut(self, missing: u64, path: Option<&str>) -> String {
        match (self, path) {
            (Locale::Fr, Some(path)) => format!(
                "Le fichier est incomplet : il manque {missing} octets (fichier coupé dans « {path} »)."
            ),
            (Locale::Fr, None) => format!(
                "Le fichier est incomplet : il manque {missing} octets (fichier coupé dans le texte du cours)."
            ),
            (Locale::Ar, Some(path)) => {
                format!("الملف ناقص: تنقصه {missing} بايت (انقطع الملف داخل «{path}»).")
            }
            (Locale::Ar, None) => {
                format!("الملف ناقص: تنقصه {missing} بايت (انقطع الملف داخل نص الدورة).")
            }
            (Locale::En, Some(path)) => format!(
                "The file is incomplete: {missing} bytes are missing (the file is cut inside “{path}”)."
            ),
            (Locale::En, None) => format!(
                "The file is incomplete: {missing} bytes are missing (the file is cut inside the course text)."
            ),
        }
    }

    /// A file of the course whose bytes do not match their SHA-256 (`None`: the course text).
    pub fn import_altered(self, path: Option<&str>) -> String {
        match (self, path) {
            (Locale::Fr, Some(path)) => {
                format!("Le fichier est abîmé : « {path} » ne correspond pas à son empreinte.")
            }
            (Locale::Fr, None) => {
                "Le fichier est abîmé : le texte du cours ne correspond pas à son empreinte."
                    .to_owned()
            }
            (Locale::Ar, Some(path)) => format!("الملف تالف: «{path}» لا يطابق بصمته."),
            (Locale::Ar, None) => "الملف تالف: نص الدورة لا يطابق بصمته.".to_owned(),
            (Locale::En, Some(path)) => {
                format!("The file is damaged: “{path}” does not match its fingerprint.")
            }
            (Locale::En, None) => {
                "The file is damaged: the course text does not match its fingerprint.".to_owned()
            }
        }
    }

    /// A course file of a newer format (`found` is its first line, such as `NOUR-COURSE/2`).
    pub fn import_too_new(self, found: &str) -> String {
        match self {
            Locale::Fr => format!(
                "Ce fichier vient d'une version plus récente de Nour ({found}). Mettez l'application à jour, puis réessayez."
            ),
            Locale::Ar => {
                format!("هذا الملف من إصدار أحدث من نور ({found}). حدّث التطبيق ثم أعد المحاولة.")
            }
            Locale::En => format!(
                "This file comes from a newer version of Nour ({found}). Update the app, then try again."
            ),
        }
    }

    /// A course file older than the version on the device, which an import never replaces.
    pub fn import_older(self, file: &str, installed: &str) -> String {
        match self {
            Locale::Fr => format!(
                "Ce fichier contient la version {file} de ce cours, plus ancienne que la version {installed} déjà sur cet appareil : il n'a pas été importé. Pour revenir à l'ancienne version, supprimez d'abord le cours."
            ),
            Locale::Ar => format!(
                "يحتوي هذا الملف على الإصدار {file} من هذه الدورة، وهو أقدم من الإصدار {installed} الموجود على هذا الجهاز: لم يتم استيراده. للرجوع إلى الإصدار الأقدم، احذف الدورة أولاً."
            ),
            Locale::En => format!(
                "This file holds version {file} of this course, older than version {installed} already on this device: it was not imported. To go back to the older version, remove the course first."
            ),
        }
    }
}
