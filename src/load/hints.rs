//! What the loader knows of the fields of records to suggest a fix: an
//! example value for each field, and the French and Arabic words editors
//! write for field names (`région`, `المنطقة`) and for allowed values
//! (`rurale`, `قروي`). Independent of the YAML library: `yaml.rs` asks.

/// Knowledge of the record's fields for hints: example values, and the
/// French and Arabic words editors write for field names and values.
#[derive(Default)]
pub struct Hints {
    /// The record's folder (`associations`, `offers`...), if a record.
    pub folder: Option<&'static str>,
}

impl Hints {
    /// An example value for `key` in this kind of record.
    pub(super) fn example(&self, key: &str) -> Option<&'static str> {
        let by_kind = match (self.folder, key) {
            (Some("programmes"), "kind") => Some("programme"),
            (Some("offers"), "kind") => Some("funding"),
            (Some("institutions"), "kind") => Some("ministry"),
            (Some("programmes"), "status") => Some("ongoing"),
            (Some("associations"), "status") => Some("active"),
            (Some("offers"), "amount") => Some("{min: 20000, max: 80000, total: 2000000}"),
            (Some("offers"), "programme") => Some("nassij-2022-2026"),
            (Some("results"), "programme") => Some("nassij-2022-2026"),
            _ => None,
        };
        by_kind.or_else(|| {
            EXAMPLES
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, example)| *example)
        })
    }

    /// The field an editor meant by `found`, written in French or Arabic
    /// (`région`, `المنطقة`), when it is one of `expected`.
    pub(super) fn field_for(&self, found: &str, expected: &[&'static str]) -> Option<&'static str> {
        synonym(SYNONYMS, found, expected)
    }

    /// The allowed value an editor meant by `found`, written in French or
    /// Arabic (`rurale`, `قروي`), when it is one of `expected`.
    pub(super) fn value_for(&self, found: &str, expected: &[&'static str]) -> Option<&'static str> {
        synonym(VALUE_SYNONYMS, found, expected)
    }
}

/// The word of `table` that `found` is another word for, when allowed.
fn synonym(
    table: &[(&'static str, &[&str])],
    found: &str,
    expected: &[&'static str],
) -> Option<&'static str> {
    let found = fold_word(found);
    table
        .iter()
        .find(|(_, words)| words.iter().any(|w| fold_word(w) == found))
        .map(|(word, _)| *word)
        .filter(|word| expected.contains(word))
}

/// A word as compared for synonyms: lowercase, without accents, the
/// Arabic article and the separators.
fn fold_word(word: &str) -> String {
    let lower = word.trim().to_lowercase();
    let lower = lower.strip_prefix("ال").unwrap_or(&lower);
    lower
        .chars()
        .filter_map(|c| match c {
            'à' | 'â' | 'ä' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'î' | 'ï' => Some('i'),
            'ô' | 'ö' => Some('o'),
            'ù' | 'û' | 'ü' => Some('u'),
            'ç' => Some('c'),
            'أ' | 'إ' | 'آ' => Some('ا'),
            'ة' => Some('ه'),
            ' ' | '_' | '-' | '\'' | '’' | 'ـ' => None,
            c => Some(c),
        })
        .collect()
}

/// Example values, by key (the record kind refines some in
/// [`Hints::example`]).
const EXAMPLES: &[(&str, &str)] = &[
    ("name", "{ar: \"…\", fr: \"…\"}"),
    ("title", "{ar: \"…\", fr: \"…\"}"),
    ("summary", "{ar: \"…\", fr: \"…\"}"),
    ("region", "MA-09"),
    ("province", "MA-TIZ"),
    ("regions", "[MA-09]"),
    ("provinces", "[MA-TIZ]"),
    ("domains", "[education]"),
    ("audiences", "[youth]"),
    ("founded", "2011-03-12"),
    ("published", "2024-01-15"),
    ("opens", "2024-02-01"),
    ("closes", "2024-03-31T16:00"),
    ("start", "2024-01-01"),
    ("end", "2024-12-31"),
    ("date", "2024-06-14"),
    ("updated", "2024-06-14"),
    ("statutes_updated", "2022-05-10"),
    ("last_general_assembly", "2024-04-20"),
    ("issuer", "ads"),
    ("lead", "ads"),
    ("partners", "[ads, ofppt]"),
    ("parent", "nassij-2022-2026"),
    ("programme", "nassij-2022-2026"),
    ("association", "tifawin"),
    ("networks", "[tifawin]"),
    ("year", "2024"),
    ("role", "beneficiary"),
    ("setting", "rural"),
    ("public_utility", "true"),
    ("strategic_plan", "true"),
    ("internal_rules", "true"),
    ("draft", "true"),
    ("acronym", "ATIF"),
    ("registration", "\"123/2011\""),
    ("commune", "{ar: \"…\", fr: \"…\"}"),
    ("email", "contact@association.ma"),
    ("phone", "\"+212 528 00 00 00\""),
    ("website", "https://association.ma"),
    ("url", "https://www.example.ma/appel"),
    ("lat", "29.69"),
    ("lon", "-9.73"),
    ("members", "120"),
    ("volunteers", "35"),
    ("staff", "4"),
    ("amount", "38000"),
    ("min", "20000"),
    ("max", "80000"),
    ("total", "2000000"),
    ("currency", "MAD"),
    ("applications_received", "420"),
    ("period", "{start: 2023-01-01, end: 2023-12-31}"),
    ("source", "{title: \"…\", url: https://…, date: 2024-01-31}"),
    (
        "sources",
        "[{title: \"…\", url: https://…, date: 2024-01-31}]",
    ),
    ("indicator", "associations-trained"),
    ("value", "1200"),
    ("target", "1500"),
    ("baseline", "0"),
    ("scope", "national"),
    ("apply", "{url: https://www.example.ma/candidature}"),
    ("budget", "{amount: 60000000, currency: MAD}"),
    ("menu", "3"),
];

/// The words editors write for field names, in French and Arabic.
const SYNONYMS: &[(&str, &[&str])] = &[
    ("name", &["nom", "اسم", "الاسم", "إسم"]),
    ("title", &["titre", "intitulé", "عنوان", "العنوان"]),
    ("summary", &["résumé", "resume", "ملخص"]),
    ("acronym", &["sigle", "acronyme", "اختصار", "المختصر"]),
    ("region", &["région", "جهة", "منطقة"]),
    ("regions", &["régions", "جهات", "مناطق"]),
    ("province", &["préfecture", "إقليم", "عمالة"]),
    ("provinces", &["préfectures", "أقاليم"]),
    ("commune", &["جماعة"]),
    ("setting", &["milieu", "وسط"]),
    ("domains", &["domaines", "domaine", "مجالات", "مجال"]),
    (
        "audiences",
        &["publics", "public", "cibles", "فئات", "فئة", "المستهدفون"],
    ),
    (
        "founded",
        &[
            "fondation",
            "création",
            "date_de_création",
            "fondée",
            "تأسيس",
            "تاريخ_التأسيس",
        ],
    ),
    ("status", &["statut", "état", "حالة", "وضعية"]),
    ("contact", &["coordonnées", "اتصال"]),
    (
        "email",
        &["courriel", "mail", "e-mail", "بريد", "البريد_الإلكتروني"],
    ),
    ("phone", &["téléphone", "tel", "tél", "هاتف"]),
    ("website", &["site", "site_web", "siteweb", "موقع"]),
    ("address", &["adresse", "عنوان_بريدي"]),
    ("location", &["localisation", "position", "موقع_جغرافي"]),
    ("networks", &["réseaux", "شبكات"]),
    ("programmes", &["برامج"]),
    ("people", &["personnes", "effectifs", "أشخاص"]),
    ("members", &["membres", "أعضاء"]),
    ("volunteers", &["bénévoles", "متطوعون"]),
    ("staff", &["salariés", "personnel", "موظفون"]),
    (
        "issuer",
        &["émetteur", "organisme", "جهة_مانحة", "مصدر_العرض"],
    ),
    ("programme", &["برنامج"]),
    ("kind", &["type", "nature", "genre", "نوع"]),
    (
        "published",
        &[
            "publiée",
            "publication",
            "date_de_publication",
            "نشر",
            "تاريخ_النشر",
        ],
    ),
    ("opens", &["ouverture", "ouvre", "افتتاح", "فتح"]),
    (
        "closes",
        &[
            "clôture",
            "cloture",
            "fermeture",
            "date_limite",
            "إغلاق",
            "آخر_أجل",
        ],
    ),
    (
        "eligibility",
        &["éligibilité", "conditions", "شروط", "أهلية"],
    ),
    ("amount", &["montant", "مبلغ"]),
    (
        "apply",
        &["candidature", "candidater", "postuler", "ترشح", "الترشيح"],
    ),
    (
        "awards",
        &["attributions", "bénéficiaires", "منح", "المستفيدون"],
    ),
    ("start", &["début", "بداية"]),
    ("end", &["fin", "نهاية"]),
    ("budget", &["ميزانية"]),
    ("objectives", &["objectifs", "أهداف"]),
    ("milestones", &["jalons", "étapes", "مراحل"]),
    ("partners", &["partenaires", "شركاء"]),
    (
        "lead",
        &["pilote", "chef_de_file", "porteur", "مشرف", "الجهة_المشرفة"],
    ),
    ("period", &["période", "فترة"]),
    ("scope", &["portée", "périmètre", "نطاق"]),
    ("source", &["مصدر"]),
    ("sources", &["المصادر", "مصادر"]),
    ("values", &["valeurs", "chiffres", "قيم", "أرقام"]),
    ("indicator", &["indicateur", "مؤشر"]),
    ("value", &["valeur", "قيمة"]),
    ("target", &["cible", "objectif", "هدف"]),
    ("baseline", &["référence", "valeur_de_référence", "أساس"]),
    ("draft", &["brouillon", "مسودة"]),
    ("updated", &["mis_à_jour", "mise_à_jour", "تحديث"]),
    ("date", &["تاريخ"]),
];

/// The words editors write for the allowed values, in French and Arabic.
const VALUE_SYNONYMS: &[(&str, &[&str])] = &[
    ("rural", &["rurale", "قروي", "قروية"]),
    ("urban", &["urbain", "urbaine", "حضري", "حضرية"]),
    ("active", &["actif", "active", "نشيطة", "نشطة"]),
    ("inactive", &["inactif", "inactive", "متوقفة"]),
    ("dissolved", &["dissoute", "منحلة"]),
    ("planned", &["prévu", "prévue", "planifié", "مبرمج", "مخطط"]),
    (
        "ongoing",
        &["en_cours", "encours", "جار", "جاري", "قيد_التنفيذ"],
    ),
    ("completed", &["terminé", "achevé", "منتهي", "مكتمل"]),
    (
        "funding",
        &["financement", "subvention", "تمويل", "دعم_مالي"],
    ),
    ("training", &["formation", "تكوين"]),
    ("equipment", &["équipement", "matériel", "تجهيز", "معدات"]),
    ("premises", &["locaux", "local", "مقر"]),
    (
        "technical-support",
        &["appui_technique", "accompagnement", "دعم_تقني", "مواكبة"],
    ),
    (
        "call-for-interest",
        &[
            "appel_à_manifestation_d'intérêt",
            "ami",
            "طلب_إبداء_الاهتمام",
        ],
    ),
    ("beneficiary", &["bénéficiaire", "مستفيدة", "مستفيد"]),
    ("partner", &["partenaire", "شريك"]),
    ("ministry", &["ministère", "وزارة"]),
    ("agency", &["agence", "وكالة"]),
    (
        "local-authority",
        &["collectivité", "collectivité_territoriale", "جماعة_ترابية"],
    ),
    ("done", &["fait", "réalisé", "منجز"]),
    ("late", &["en_retard", "retard", "متأخر"]),
    ("in-progress", &["en_cours", "جار"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_arabic_words_name_the_field_meant() {
        let h = Hints::default();
        let keys = ["name", "region", "province", "status", "founded"];
        assert_eq!(h.field_for("région", &keys), Some("region"));
        assert_eq!(
            h.field_for("Région", &keys),
            Some("region"),
            "capitals folded"
        );
        assert_eq!(h.field_for("المنطقة", &keys), Some("region"));
        assert_eq!(h.field_for("إقليم", &keys), Some("province"));
        assert_eq!(h.field_for("Statut", &keys), Some("status"));
        assert_eq!(h.field_for("date_de_création", &keys), Some("founded"));
        // Only keys allowed where the mistake is.
        assert_eq!(h.field_for("titre", &keys), None);
        assert_eq!(h.value_for("rurale", &["urban", "rural"]), Some("rural"));
        assert_eq!(h.value_for("حضرية", &["urban", "rural"]), Some("urban"));
        assert_eq!(h.value_for("rurale", &["active", "inactive"]), None);
    }

    #[test]
    fn examples_depend_on_the_kind_of_record() {
        let offer = Hints {
            folder: Some("offers"),
        };
        let programme = Hints {
            folder: Some("programmes"),
        };
        assert_eq!(offer.example("kind"), Some("funding"));
        assert_eq!(programme.example("kind"), Some("programme"));
        assert_eq!(offer.example("region"), Some("MA-09"));
        assert_eq!(offer.example("no-such-field"), None);
    }
}
