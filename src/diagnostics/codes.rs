//! The registry of every diagnostic code: its severity, and an example of
//! the mistake and of the fix, as short snippets of the files editors
//! write (language-neutral: the words around them are in the catalogues,
//! `src/messages/<lang>/explain.ftl`, ids `explain-CODE` for what the code
//! means and `explain-CODE--short` for a one-line summary).
//!
//! `nassij explain CODE` prints an entry, and the editors' guide
//! (`content/README.md`) carries the table of codes made from it. The
//! tests below fail when the source gives a diagnostic a code that is not
//! here, or when a code here is no longer used.

use super::diagnostic::Severity;

/// One diagnostic code of the registry.
#[derive(Debug)]
pub struct CodeInfo {
    /// The stable kebab-case code, e.g. `unknown-province`.
    pub code: &'static str,
    pub(crate) severity: Severity,
    /// The catalogue id of what the code means (2 to 4 sentences).
    pub meaning_id: &'static str,
    /// The catalogue id of its one-line summary.
    pub short_id: &'static str,
    /// The file the example is taken from, relative to the site's root.
    pub file: &'static str,
    /// The lines of the example with the mistake.
    pub mistake: &'static [&'static str],
    /// The same lines, corrected.
    pub fix: &'static [&'static str],
}

impl CodeInfo {
    /// True for an error, false for a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The entry of `code`, if the registry has it.
pub fn lookup(code: &str) -> Option<&'static CodeInfo> {
    CODES.iter().find(|c| c.code == code)
}

macro_rules! codes {
    ($(
        $code:literal $severity:ident in $file:literal
        mistake [$($mistake:literal),* $(,)?]
        fix [$($fix:literal),* $(,)?]
    )*) => {
        /// Every diagnostic code, sorted by code.
        pub static CODES: &[CodeInfo] = &[$(
            CodeInfo {
                code: $code,
                severity: Severity::$severity,
                meaning_id: concat!("explain-", $code),
                short_id: concat!("explain-", $code, "--short"),
                file: $file,
                mistake: &[$($mistake),*],
                fix: &[$($fix),*],
            },
        )*];
    };
}

codes! {
    "amount-order" Error in "content/offers/appui-formations-numeriques-2024.md"
    mistake ["amount: {min: 80000, max: 20000, total: 5000000, currency: MAD}"]
    fix ["amount: {min: 20000, max: 80000, total: 5000000, currency: MAD}"]

    "asset" Error in "themes/default/static/css/site.css"
    mistake ["$ ls -l themes/default/static/css/site.css", "-rw------- 1 root root 18244 site.css"]
    fix ["$ chmod a+r themes/default/static/css/site.css", "-rw-r--r-- 1 root root 18244 site.css"]

    "award-above-max" Error in "content/offers/appui-formations-numeriques-2024.md"
    mistake [
        "amount: {min: 20000, max: 80000, total: 5000000, currency: MAD}",
        "awards:",
        "  - {association: tifawin, amount: 380000, date: 2024-06-20}",
    ]
    fix [
        "amount: {min: 20000, max: 80000, total: 5000000, currency: MAD}",
        "awards:",
        "  - {association: tifawin, amount: 38000, date: 2024-06-20}",
    ]

    "award-before-opens" Error in "content/offers/appui-formations-numeriques-2024.md"
    mistake [
        "opens: 2024-02-12",
        "closes: \"2024-03-29T16:00\"",
        "awards:",
        "  - {association: tifawin, amount: 38000, date: 2023-06-20}",
    ]
    fix [
        "opens: 2024-02-12",
        "closes: \"2024-03-29T16:00\"",
        "awards:",
        "  - {association: tifawin, amount: 38000, date: 2024-06-20}",
    ]

    "award-below-min" Error in "content/offers/appui-formations-numeriques-2024.md"
    mistake [
        "amount: {min: 20000, max: 80000, total: 5000000, currency: MAD}",
        "awards:",
        "  - {association: tifawin, amount: 3800, date: 2024-06-20}",
    ]
    fix [
        "amount: {min: 20000, max: 80000, total: 5000000, currency: MAD}",
        "awards:",
        "  - {association: tifawin, amount: 38000, date: 2024-06-20}",
    ]

    "awards-exceed-total" Error in "content/offers/centre-appel-marrakech-safi-2025.md"
    mistake [
        "amount: {max: 80000, total: 100000, currency: MAD}",
        "awards:",
        "  - {association: assafou-marrakech, amount: 60000, date: 2025-05-15}",
        "  - {association: tilelli-chichaoua, amount: 50000, date: 2025-05-15}",
    ]
    fix [
        "amount: {max: 80000, total: 150000, currency: MAD}",
        "awards:",
        "  - {association: assafou-marrakech, amount: 60000, date: 2025-05-15}",
        "  - {association: tilelli-chichaoua, amount: 50000, date: 2025-05-15}",
    ]

    "bad-currency" Error in "content/programmes/nassij-souss-massa.md"
    mistake ["budget: {amount: 12000000, currency: DH}"]
    fix ["budget: {amount: 12000000, currency: MAD}"]

    "bad-default-language" Error in "site.yaml"
    mistake [
        "default_language: arabe",
        "languages:",
        "  - {code: ar, name: \"العربية\", dir: rtl}",
        "  - {code: fr, name: \"Français\", dir: ltr}",
    ]
    fix [
        "default_language: ar",
        "languages:",
        "  - {code: ar, name: \"العربية\", dir: rtl}",
        "  - {code: fr, name: \"Français\", dir: ltr}",
    ]

    "bad-email" Error in "content/associations/tifawin.md"
    mistake ["contact:", "  email: contact.tifawin.example.ma"]
    fix ["contact:", "  email: contact@tifawin.example.ma"]

    "bad-encoding" Error in "content/associations/tifawin.fr.md"
    mistake ["tifawin.fr.md    UTF-16 LE"]
    fix ["tifawin.fr.md    UTF-8"]

    "bad-extension" Error in "content/institutions/ads.yml"
    mistake ["content/institutions/ads.yml"]
    fix ["content/institutions/ads.yaml"]

    "bad-fallback" Error in "site.yaml"
    mistake ["languages:", "  - {code: zgh, name: \"ⵜⴰⵎⴰⵣⵉⵖⵜ\", dir: ltr, fallback: [ar, en]}"]
    fix ["languages:", "  - {code: zgh, name: \"ⵜⴰⵎⴰⵣⵉⵖⵜ\", dir: ltr, fallback: [ar, fr]}"]

    "bad-file-name" Error in "content/associations/Association Tifawin.md"
    mistake ["content/associations/Association Tifawin.md"]
    fix ["content/associations/association-tifawin.md"]

    "bad-key" Error in "content/taxonomies/domains.yaml"
    mistake ["Droits_Femmes:", "  name: {ar: \"حقوق النساء\", fr: \"Droits des femmes\"}"]
    fix ["womens-rights:", "  name: {ar: \"حقوق النساء\", fr: \"Droits des femmes\"}"]

    "bad-language-code" Error in "site.yaml"
    mistake ["languages:", "  - {code: Français, name: \"Français\", dir: ltr}"]
    fix ["languages:", "  - {code: fr, name: \"Français\", dir: ltr}"]

    "bad-phone" Error in "content/associations/tifawin.md"
    mistake ["contact:", "  phone: \"05 28 00 / 06 61 00\""]
    fix ["contact:", "  phone: \"+212 5 28 00 00 01\""]

    "bad-territory-code" Error in "content/taxonomies/territories.yaml"
    mistake ["      - {code: MA-TIZNIT, name: {ar: \"تيزنيت\", fr: \"Tiznit\"}}"]
    fix ["      - {code: MA-TIZ, name: {ar: \"تيزنيت\", fr: \"Tiznit\"}}"]

    "bad-theme" Error in "site.yaml"
    mistake ["theme: themes/default/"]
    fix ["theme: default"]

    "bad-url" Error in "content/associations/tifawin.md"
    mistake ["contact:", "  website: www.tifawin.example.ma"]
    fix ["contact:", "  website: https://www.tifawin.example.ma"]

    "bad-year" Error in "content/associations/tifawin.md"
    mistake ["programmes:", "  - {programme: appui-formations-numeriques, year: 24, role: beneficiary}"]
    fix ["programmes:", "  - {programme: appui-formations-numeriques, year: 2024, role: beneficiary}"]

    "body-too-large" Error in "content/pages/methodology.md"
    mistake [
        "---",
        "title: {ar: \"المنهجية\", fr: \"Méthodologie\"}",
        "---",
        "![](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAB4AAAAQ4CAYAAADo08FDAAAA…)",
    ]
    fix [
        "---",
        "title: {ar: \"المنهجية\", fr: \"Méthodologie\"}",
        "---",
        "[rapport-2025.pdf](https://www.example.ma/documents/rapport-2025.pdf)",
    ]

    "broken-link" Error in "content/news/lancement-nassij-fes-meknes.md"
    mistake ["[جمعية تيفاوين](@/associations/tifawn)"]
    fix ["[جمعية تيفاوين](@/associations/tifawin)"]

    "closes-before-opens" Error in "content/offers/ami-nassij-souss-massa.md"
    mistake ["opens: 2027-03-01", "closes: \"2026-04-15T16:00\""]
    fix ["opens: 2027-03-01", "closes: \"2027-04-15T16:00\""]

    "date-in-future" Error in "content/associations/tifawin.md"
    mistake ["founded: 2110-03-12"]
    fix ["founded: 2011-03-12"]

    "default-language-translation" Error in "content/associations/tifawin.ar.md"
    mistake ["content/associations/tifawin.md", "content/associations/tifawin.ar.md"]
    fix ["content/associations/tifawin.md", "content/associations/tifawin.fr.md"]

    "draft-closing-soon" Warning in "content/offers/ami-nassij-souss-massa.md"
    mistake ["draft: true", "opens: 2026-03-02", "closes: \"2026-11-27T16:00\""]
    fix ["opens: 2026-03-02", "closes: \"2026-11-27T16:00\""]

    "duplicate-key" Error in "content/associations/tifawin.md"
    mistake [
        "name: {ar: \"جمعية تيفاوين\", fr: \"Association Tifawin\"}",
        "acronym: ATIF",
        "name: {ar: \"جمعية تيفاوين للتنمية\"}",
    ]
    fix [
        "name: {ar: \"جمعية تيفاوين للتنمية\", fr: \"Association Tifawin\"}",
        "acronym: ATIF",
    ]

    "duplicate-language" Error in "site.yaml"
    mistake [
        "languages:",
        "  - {code: ar, name: \"العربية\", dir: rtl}",
        "  - {code: fr, name: \"Français\", dir: ltr}",
        "  - {code: fr, name: \"Français\", dir: ltr}",
    ]
    fix [
        "languages:",
        "  - {code: ar, name: \"العربية\", dir: rtl}",
        "  - {code: fr, name: \"Français\", dir: ltr}",
    ]

    "duplicate-slug" Error in "content/associations/tiznit/tifawin.md"
    mistake ["content/associations/chtouka/tifawin.md", "content/associations/tiznit/tifawin.md"]
    fix ["content/associations/chtouka/tifawin.md", "content/associations/tiznit/tifawin-tiznit.md"]

    "duplicate-territory" Error in "content/taxonomies/territories.yaml"
    mistake [
        "  - code: MA-09",
        "    provinces:",
        "      - {code: MA-TIZ, name: {ar: \"تيزنيت\", fr: \"Tiznit\"}}",
        "  - code: MA-10",
        "    provinces:",
        "      - {code: MA-TIZ, name: {ar: \"تيزنيت\", fr: \"Tiznit\"}}",
    ]
    fix [
        "  - code: MA-09",
        "    provinces:",
        "      - {code: MA-TIZ, name: {ar: \"تيزنيت\", fr: \"Tiznit\"}}",
        "  - code: MA-10",
        "    provinces:",
    ]

    "empty-record" Error in "content/pages/about.md"
    mistake ["---", "---", "تنشر هذه البوابة دليل الجمعيات بالمغرب."]
    fix [
        "---",
        "title: {ar: \"حول البوابة\", fr: \"À propos\"}",
        "---",
        "تنشر هذه البوابة دليل الجمعيات بالمغرب.",
    ]

    "empty-text" Error in "content/associations/tifawin.md"
    mistake ["name: {ar: \"جمعية تيفاوين\", fr: \"\"}"]
    fix ["name: {ar: \"جمعية تيفاوين\", fr: \"Association Tifawin\"}"]

    "empty-translation" Warning in "content/associations/tifawin.fr.md"
    mistake ["$ cat content/associations/tifawin.fr.md", "$"]
    fix [
        "$ cat content/associations/tifawin.fr.md",
        "L'association Tifawin agit dans les communes rurales de Chtouka-Aït Baha.",
    ]

    "end-before-start" Error in "content/programmes/nassij-fes-meknes.md"
    mistake ["start: 2023-06-14", "end: 2022-12-31"]
    fix ["start: 2023-06-14", "end: 2025-12-31"]

    "file-too-large" Error in "content/pages/rapport-annuel.md"
    mistake ["content/pages/rapport-annuel.md    12 MB"]
    fix [
        "content/pages/rapport-annuel.md    4 KB",
        "[rapport-annuel-2025.pdf](https://www.example.ma/documents/rapport-annuel-2025.pdf)",
    ]

    "front-matter" Error in "content/news/lancement-nassij-fes-meknes.md"
    mistake [
        "---",
        "title: {ar: \"انطلاق المرحلة الأولى بجهة فاس-مكناس\", fr: \"Lancement à Fès-Meknès\"}",
        "date: 2023-06-14",
        "انطلقت بجهة فاس-مكناس المرحلة الأولى من البرنامج.",
    ]
    fix [
        "---",
        "title: {ar: \"انطلاق المرحلة الأولى بجهة فاس-مكناس\", fr: \"Lancement à Fès-Meknès\"}",
        "date: 2023-06-14",
        "---",
        "انطلقت بجهة فاس-مكناس المرحلة الأولى من البرنامج.",
    ]

    "front-matter-in-translation" Error in "content/associations/tifawin.fr.md"
    mistake [
        "---",
        "name: Association Tifawin",
        "---",
        "L'association Tifawin agit dans les communes rurales de Chtouka-Aït Baha.",
    ]
    fix ["L'association Tifawin agit dans les communes rurales de Chtouka-Aït Baha."]

    "i18n" Error in "i18n/fr/main.ftl"
    mistake ["footer-built = Site mis à jour le { $date"]
    fix ["footer-built = Site mis à jour le { $date }"]

    "invalid-value" Error in "content/associations/tifawin.md"
    mistake ["founded: 12/03/2011", "people: {members: soixante, volunteers: 18}"]
    fix ["founded: 2011-03-12", "people: {members: 60, volunteers: 18}"]

    "location-outside-morocco" Error in "content/associations/tifawin.md"
    mistake ["location: {lat: -9.3710, lon: 30.2150}"]
    fix ["location: {lat: 30.2150, lon: -9.3710}"]

    "missing-content" Error in "site.yaml"
    mistake ["portail/", "  site.yaml", "  associations/", "  offers/"]
    fix ["portail/", "  site.yaml", "  content/", "    associations/", "    offers/"]

    "missing-field" Error in "content/associations/amal-tiznit.md"
    mistake ["name: {ar: \"جمعية الأمل\", fr: \"Association Al Amal\"}", "region: MA-09", "domains: [education]"]
    fix [
        "name: {ar: \"جمعية الأمل\", fr: \"Association Al Amal\"}",
        "region: MA-09",
        "province: MA-TIZ",
        "domains: [education]",
    ]

    "missing-record" Error in "content/associations/tifawin.md"
    mistake ["$ nassij serve", "$ git mv content/associations/tifawin.md content/associations/tifawin-tiznit.md"]
    fix ["$ nassij check", "$ nassij serve"]

    "missing-site-file" Error in "site.yaml"
    mistake ["$ cd portail/content", "$ nassij check"]
    fix ["$ cd portail", "$ nassij check"]

    "missing-taxonomy" Error in "content/taxonomies/indicators.yaml"
    mistake ["content/taxonomies/", "  audiences.yaml", "  domains.yaml", "  territories.yaml"]
    fix [
        "content/taxonomies/",
        "  audiences.yaml",
        "  domains.yaml",
        "  indicators.yaml",
        "  territories.yaml",
    ]

    "missing-theme" Error in "site.yaml"
    mistake ["theme: nassij"]
    fix ["theme: default"]

    "missing-translation" Warning in "content/associations/amal-tiznit.md"
    mistake ["name: {ar: \"جمعية الأمل\"}"]
    fix ["name: {ar: \"جمعية الأمل\", fr: \"Association Al Amal\"}"]

    "negative-amount" Error in "content/programmes/nassij-souss-massa.md"
    mistake ["budget: {amount: -12000000, currency: MAD}"]
    fix ["budget: {amount: 12000000, currency: MAD}"]

    "negative-value" Error in "content/results/nassij-fes-meknes-2025-04.yaml"
    mistake ["values:", "  - {indicator: training-sessions, value: -8}"]
    fix ["values:", "  - {indicator: training-sessions, value: 8}"]

    "no-domain" Error in "content/associations/amal-tiznit.md"
    mistake ["domains: []"]
    fix ["domains: [education, culture-amazigh]"]

    "no-languages" Error in "site.yaml"
    mistake ["default_language: ar", "languages: []"]
    fix [
        "default_language: ar",
        "languages:",
        "  - {code: ar, name: \"العربية\", dir: rtl}",
        "  - {code: fr, name: \"Français\", dir: ltr}",
    ]

    "no-values" Error in "content/results/nassij-fes-meknes-2025-04.yaml"
    mistake ["programme: nassij-fes-meknes", "period: {start: 2023-06-14, end: 2025-04-30}", "values: []"]
    fix [
        "programme: nassij-fes-meknes",
        "period: {start: 2023-06-14, end: 2025-04-30}",
        "values:",
        "  - {indicator: training-sessions, value: 8}",
    ]

    "no-way-to-apply" Error in "content/offers/ami-nassij-souss-massa.md"
    mistake ["opens: 2027-02-01", "closes: \"2027-03-31T16:00\""]
    fix [
        "opens: 2027-02-01",
        "closes: \"2027-03-31T16:00\"",
        "apply: {url: https://candidatures.example.ma/ami-souss-massa, email: candidatures@example.ma}",
    ]

    "orphan-translation" Error in "content/associations/tifawin.fr.md"
    mistake ["content/associations/tifawin-tiznit.md", "content/associations/tifawin.fr.md"]
    fix ["content/associations/tifawin-tiznit.md", "content/associations/tifawin-tiznit.fr.md"]

    "parent-cycle" Error in "content/programmes/renforcement-capacites-associations.md"
    mistake [
        "# content/programmes/nassij-souss-massa.md",
        "parent: renforcement-capacites-associations",
        "# content/programmes/renforcement-capacites-associations.md",
        "parent: nassij-souss-massa",
    ]
    fix [
        "# content/programmes/nassij-souss-massa.md",
        "parent: renforcement-capacites-associations",
        "# content/programmes/renforcement-capacites-associations.md",
        "parent: nassij-2022-2026",
    ]

    "placeholder-text" Error in "content/offers/ami-nassij-souss-massa.md"
    mistake [
        "---",
        "title: {ar: \"طلب إبداء الاهتمام: جهة سوس-ماسة\", fr: \"Appel à manifestation d'intérêt : Souss-Massa\"}",
        "---",
        "Description de l'offre en arabe ici.",
    ]
    fix [
        "---",
        "title: {ar: \"طلب إبداء الاهتمام: جهة سوس-ماسة\", fr: \"Appel à manifestation d'intérêt : Souss-Massa\"}",
        "---",
        "يفتح هذا الطلب أمام جمعيات جهة سوس-ماسة الراغبة في المشاركة في برنامج تقوية القدرات.",
    ]

    "province-outside-region" Error in "content/associations/amal-tiznit.md"
    mistake ["region: MA-10", "province: MA-TIZ"]
    fix ["region: MA-09", "province: MA-TIZ"]

    "published-after-q1" Warning in "content/offers/appui-formations-numeriques-2024.md"
    mistake ["published: 2024-12-02", "opens: 2024-02-12"]
    fix ["published: 2024-02-12", "opens: 2024-02-12"]

    "reserved-slug" Error in "content/pages/data.md"
    mistake ["content/pages/data.md"]
    fix ["content/pages/about-data.md"]

    "self-reference" Error in "content/associations/tifawin.md"
    mistake ["networks: [anou-guelmim, tifawin]"]
    fix ["networks: [anou-guelmim]"]

    "status-disagrees-with-dates" Warning in "content/programmes/nassij-fes-meknes.md"
    mistake ["start: 2023-06-14", "end: 2024-12-31", "status: ongoing"]
    fix ["start: 2023-06-14", "end: 2024-12-31", "status: completed"]

    "stray-file" Error in "content/tifawin.md"
    mistake ["content/tifawin.md"]
    fix ["content/associations/tifawin.md"]

    "symlink" Error in "content/associations/tifawin.md"
    mistake ["content/associations/tifawin.md -> ../../brouillons/tifawin.md"]
    fix ["content/associations/tifawin.md"]

    "template" Error in "themes/default/templates/page.html"
    mistake ["<h1>{{ tx(page.titel) }}</h1>"]
    fix ["<h1>{{ tx(page.title) }}</h1>"]

    "unknown-audience" Error in "content/associations/tifawin.md"
    mistake ["audiences: [femmes, children]"]
    fix ["audiences: [women, children]"]

    "unknown-domain" Error in "content/associations/tifawin.md"
    mistake ["domains: [educaton, culture-amazigh]"]
    fix ["domains: [education, culture-amazigh]"]

    "unknown-field" Error in "content/associations/amal-tiznit.md"
    mistake ["regoin: MA-09", "province: MA-TIZ"]
    fix ["region: MA-09", "province: MA-TIZ"]

    "unknown-folder" Error in "content/association"
    mistake ["content/association/tifawin.md"]
    fix ["content/associations/tifawin.md"]

    "unknown-indicator" Error in "content/results/nassij-fes-meknes-2025-07.yaml"
    mistake ["values:", "  - {indicator: associations-trainned, value: 350}"]
    fix ["values:", "  - {indicator: associations-trained, value: 350}"]

    "unknown-language" Error in "content/associations/tifawin.md"
    mistake ["name: {ar: \"جمعية تيفاوين\", en: \"Tifawin Association\"}"]
    fix ["name: {ar: \"جمعية تيفاوين\", fr: \"Association Tifawin\"}"]

    "unknown-province" Error in "content/associations/amal-tiznit.md"
    mistake ["region: MA-09", "province: Tiznit"]
    fix ["region: MA-09", "province: MA-TIZ"]

    "unknown-reference" Error in "content/programmes/nassij-souss-massa.md"
    mistake ["lead: MRP"]
    fix ["lead: ministere-relations-parlement"]

    "unknown-region" Error in "content/associations/amal-tiznit.md"
    mistake ["region: Souss-Massa", "province: MA-TIZ"]
    fix ["region: MA-09", "province: MA-TIZ"]

    "unknown-taxonomy" Error in "content/taxonomies/domaines.yaml"
    mistake ["content/taxonomies/domaines.yaml"]
    fix ["content/taxonomies/domains.yaml"]

    "unknown-territory" Error in "content/results/appui-formations-numeriques-2025-04.yaml"
    mistake [
        "values:",
        "  - indicator: associations-supported-digital",
        "    value: 95",
        "    breakdown: {MA-O3: 40, MA-07: 30, MA-09: 25}",
    ]
    fix [
        "values:",
        "  - indicator: associations-supported-digital",
        "    value: 95",
        "    breakdown: {MA-03: 40, MA-07: 30, MA-09: 25}",
    ]

    "unknown-value" Error in "content/associations/tifawin.md"
    mistake ["status: actif", "setting: rurale"]
    fix ["status: active", "setting: rural"]

    "unreadable" Error in "content/associations/tifawin.md"
    mistake ["$ ls -l content/associations/tifawin.md", "-rw------- 1 root root 2140 tifawin.md"]
    fix ["$ chmod a+r content/associations/tifawin.md", "-rw-r--r-- 1 root root 2140 tifawin.md"]

    "yaml-aliases" Error in "content/associations/amal-tiznit.md"
    mistake ["domains: [&d education, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, …]"]
    fix ["domains: [education]"]

    "yaml-syntax" Error in "content/associations/tifawin.md"
    mistake ["name: {ar: \"جمعية تيفاوين\", fr: \"Association Tifawin}", "registration: N° : EX-CHT-2011-0042"]
    fix ["name: {ar: \"جمعية تيفاوين\", fr: \"Association Tifawin\"}", "registration: \"N° : EX-CHT-2011-0042\""]

    "yaml-too-large" Error in "content/results/nassij-fes-meknes-2025-07.yaml"
    mistake ["content/results/nassij-fes-meknes-2025-07.yaml    3 MB"]
    fix [
        "content/results/nassij-fes-meknes-2025-04.yaml    2 KB",
        "content/results/nassij-fes-meknes-2025-07.yaml    2 KB",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// Where a code was found, and the severity its constructor gives
    /// (`None` when the code is passed on to a constructor elsewhere).
    type Found = BTreeMap<String, Vec<(String, Option<Severity>)>>;

    fn is_kebab(s: &str) -> bool {
        !s.is_empty()
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && !s.ends_with('-')
            && !s.contains("--")
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    /// The string literal at the start of `rest` (after spaces and line
    /// breaks), if there is one.
    fn literal(rest: &str) -> Option<&str> {
        let rest = rest.trim_start().strip_prefix('"')?;
        rest.find('"').map(|end| &rest[..end])
    }

    /// Every code the source gives a diagnostic, by scanning the text of
    /// src/**/*.rs (test code left out):
    /// * the first argument of `Diagnostic::error(`, `Diagnostic::warning(`,
    ///   `Diagnostic::at_path(`, `.error(` and `.warning(` when it is a
    ///   string literal;
    /// * `code: "…"` (the YAML reader's errors, made diagnostics by load);
    /// * codes chosen by a `match` and passed on: the first item of a
    ///   tuple an arm gives (`=> ("unknown-field", message, help)`), and
    ///   the arms of a `let code = match`.
    fn used_codes() -> (Found, Vec<String>) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Found::new();
        let mut bad = Vec::new();
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs")
                || path.file_name().is_some_and(|n| n == "tests.rs")
                || path == root.join("diagnostics").join("codes.rs")
            {
                continue;
            }
            let full = std::fs::read_to_string(path).unwrap();
            let text = full.split("#[cfg(test)]").next().unwrap_or("");
            let rel = path.strip_prefix(&root).unwrap().display().to_string();
            let mut add = |code: &str, at: usize, severity: Option<Severity>| {
                let line = text[..at].matches('\n').count() + 1;
                found
                    .entry(code.to_string())
                    .or_default()
                    .push((format!("src/{rel}:{line}"), severity));
            };
            let constructors = [
                ("Diagnostic::error(", Some(Severity::Error)),
                ("Diagnostic::warning(", Some(Severity::Warning)),
                ("Diagnostic::at_path(", None),
                (".error(", Some(Severity::Error)),
                (".warning(", Some(Severity::Warning)),
                ("code: ", None),
                ("YamlError::new(", None),
            ];
            for (marker, severity) in constructors {
                for (i, _) in text.match_indices(marker) {
                    if let Some(code) = literal(&text[i + marker.len()..]) {
                        if is_kebab(code) {
                            add(code, i, severity);
                        } else {
                            bad.push(format!("src/{rel}: `{code}` after `{marker}`"));
                        }
                    }
                }
            }
            for (i, _) in text.match_indices("=> (") {
                let rest = &text[i + "=> (".len()..];
                if let Some(code) = literal(rest).filter(|c| is_kebab(c)) {
                    let after = rest.trim_start()[code.len() + 2..].trim_start();
                    if after.starts_with(',') {
                        add(code, i, None);
                    }
                }
            }
            // A (code, message) pair built in a block: `("unknown-field",
            // msg!(…)` or `Msg::plain(…)`, over one line or several.
            for marker in [concat!("msg", "!("), concat!("Msg::plain", "(")] {
                for (i, _) in text.match_indices(marker) {
                    let before = text[..i].trim_end();
                    let Some(before) = before.strip_suffix(',') else {
                        continue;
                    };
                    let before = before.trim_end();
                    let Some(before) = before.strip_suffix('"') else {
                        continue;
                    };
                    let Some(open) = before.rfind('"') else {
                        continue;
                    };
                    let code = &before[open + 1..];
                    if is_kebab(code) && before[..open].trim_end().ends_with('(') {
                        add(code, open, None);
                    }
                }
            }
            for (i, _) in text.match_indices("let code = match") {
                let block = &text[i..];
                let block = &block[..block.find("};").unwrap_or(block.len())];
                for (j, _) in block.match_indices("=>") {
                    if let Some(code) = literal(&block[j + 2..]).filter(|c| is_kebab(c)) {
                        add(code, i + j, None);
                    }
                }
            }
        }
        (found, bad)
    }

    #[test]
    fn the_scan_finds_codes_given_in_each_way() {
        let (found, _) = used_codes();
        // A literal, one on the next line, a YAML error, a tuple of a
        // match arm, a `let code = match`.
        for code in [
            "broken-link",
            "unknown-province",
            "yaml-syntax",
            "unknown-field",
            "unknown-audience",
        ] {
            assert!(found.contains_key(code), "the scan misses `{code}`");
        }
    }

    #[test]
    fn the_registry_has_every_code_the_source_uses_and_no_other() {
        let (found, bad) = used_codes();
        assert!(bad.is_empty(), "codes are kebab-case literals: {bad:#?}");
        let missing: Vec<String> = found
            .iter()
            .filter(|(code, _)| lookup(code).is_none())
            .map(|(code, at)| format!("{code} ({})", at[0].0))
            .collect();
        assert!(
            missing.is_empty(),
            "codes used in src/ but not in src/diagnostics/codes.rs (add each with its \
             severity and example, and its texts to src/messages/*/explain.ftl): {missing:#?}"
        );
        let stale: Vec<&str> = CODES
            .iter()
            .map(|c| c.code)
            .filter(|c| !found.contains_key(*c))
            .collect();
        assert!(
            stale.is_empty(),
            "codes in src/diagnostics/codes.rs that src/ no longer uses (remove them and \
             their texts in src/messages/*/explain.ftl): {stale:?}"
        );
    }

    #[test]
    fn each_code_has_the_severity_of_the_registry() {
        let (found, _) = used_codes();
        let mut wrong = Vec::new();
        for (code, places) in &found {
            let Some(info) = lookup(code) else { continue };
            for (at, severity) in places {
                if severity.is_some_and(|s| s != info.severity) {
                    wrong.push(format!(
                        "{code} is a {} at {at}, a {} in the registry",
                        severity.map_or("?", Severity::as_str),
                        info.severity.as_str()
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn the_registry_is_sorted_and_each_example_shows_a_change() {
        let codes: Vec<&str> = CODES.iter().map(|c| c.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "sort the registry by code, each code once");
        for c in CODES {
            assert!(is_kebab(c.code), "{}", c.code);
            assert!(!c.mistake.is_empty() && !c.fix.is_empty(), "{}", c.code);
            assert_ne!(c.mistake, c.fix, "{}: the fix repeats the mistake", c.code);
            assert!(!c.file.is_empty(), "{}", c.code);
        }
        let set: BTreeSet<&str> = codes.iter().copied().collect();
        for named in [
            "placeholder-text",
            "empty-translation",
            "award-above-max",
            "award-below-min",
            "award-before-opens",
        ] {
            assert!(set.contains(named), "{named}");
        }
    }
}
