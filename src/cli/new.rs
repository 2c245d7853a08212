//! `nassij new KIND SLUG`: writes a record with every field of SPEC.md,
//! each commented in French and Arabic. Required fields are left empty so
//! that `check` points at each until it is filled; optional ones are null.

use super::exit::{EXIT_CONTENT, EXIT_OK, EXIT_USAGE};
use crate::messages::{EditorLang, Msg};
use crate::model::Kind;
use crate::model::ids::{is_valid_slug, suggest_slug};
use crate::msg;
use std::path::Path;

/// Prints lines to stderr in the run's language.
fn say(lang: EditorLang, lines: &[Msg]) {
    for m in lines {
        eprintln!("{}", m.terminal(lang));
    }
}

fn kind_of(name: &str) -> Option<Kind> {
    let folder = match name {
        "association" => "associations",
        "programme" | "program" => "programmes",
        "offer" => "offers",
        "result" => "results",
        "institution" => "institutions",
        "page" => "pages",
        other => other,
    };
    Kind::from_folder(folder)
}

pub(super) fn run(root: &Path, kind: &str, slug: &str, lang: EditorLang) -> i32 {
    let typed = kind;
    let Some(kind) = kind_of(kind) else {
        say(
            lang,
            &[
                msg!("new-unknown-kind", kind = typed),
                Msg::plain("new-unknown-kind--help"),
            ],
        );
        return EXIT_USAGE;
    };
    if !is_valid_slug(slug) {
        say(
            lang,
            &[
                msg!("new-bad-slug", slug = slug),
                msg!(
                    "new-bad-slug--help",
                    suggestion = suggest_slug(slug),
                    kind = typed
                ),
            ],
        );
        return EXIT_USAGE;
    }
    let ext = if kind.is_markdown() { "md" } else { "yaml" };
    let rel = Path::new(crate::load::CONTENT_DIR)
        .join(kind.folder())
        .join(format!("{slug}.{ext}"));
    let path = root.join(&rel);
    if path.exists() {
        say(
            lang,
            &[
                msg!("new-exists", file = &rel),
                Msg::plain("new-exists--help"),
            ],
        );
        return EXIT_CONTENT;
    }
    if let Some(parent) = path.parent() {
        if let Err(e) = std::fs::create_dir_all(parent) {
            say(
                lang,
                &[msg!(
                    "new-cannot-create-folder",
                    folder = parent,
                    reason = e.to_string()
                )],
            );
            return EXIT_USAGE;
        }
    }
    if let Err(e) = std::fs::write(&path, template(kind)) {
        say(
            lang,
            &[msg!(
                "new-cannot-write",
                file = &rel,
                reason = e.to_string()
            )],
        );
        return EXIT_USAGE;
    }
    // The path alone on stdout, for scripts; the sentence on stderr.
    println!("{}", rel.display());
    say(lang, &[msg!("new-created", file = &rel)]);
    EXIT_OK
}

pub(super) fn template(kind: Kind) -> &'static str {
    match kind {
        Kind::Associations => ASSOCIATION,
        Kind::Programmes => PROGRAMME,
        Kind::Offers => OFFER,
        Kind::Results => RESULTS,
        Kind::Institutions => INSTITUTION,
        Kind::News => NEWS,
        Kind::Pages => PAGE,
    }
}

const ASSOCIATION: &str = r#"---
# Nom de l'association (obligatoire) · اسم الجمعية (إلزامي)
name: {ar: "", fr: ""}
# Sigle · الاختصار
acronym:
# Une ou deux phrases, montrées dans les listes et la recherche · جملة أو جملتان تظهران في القوائم والبحث
summary: {ar: "", fr: ""}
# Date de création AAAA-MM-JJ · تاريخ التأسيس
founded:
# Numéro du récépissé de dépôt · رقم وصل الإيداع
registration:
# active | inactive | dissolved · نشيطة | غير نشيطة | منحلة
status: active
# Reconnue d'utilité publique (true/false) · ذات منفعة عامة
public_utility: false
# Code de la région (obligatoire), voir content/taxonomies/territories.yaml · رمز الجهة (إلزامي)
region: ""
# Code de la province ou préfecture de cette région (obligatoire) · رمز الإقليم أو العمالة (إلزامي)
province: ""
# Commune · الجماعة
commune:
# urban | rural · حضري | قروي
setting:
# Au moins un domaine de content/taxonomies/domains.yaml · مجال واحد على الأقل
domains: []
# Publics, de content/taxonomies/audiences.yaml · الفئات المستهدفة
audiences: []
# Coordonnées de l'association (jamais de données personnelles) · معطيات الاتصال بالجمعية (دون معطيات شخصية)
contact:
  email:
  phone:
  website:
  address:
# Coordonnées géographiques, au Maroc · الإحداثيات الجغرافية
location:
# Réseaux : noms de fichier d'autres associations, sans .md · الشبكات (أسماء ملفات جمعيات أخرى)
networks: []
# Programmes : - {programme: nom-du-fichier, year: 2024, role: beneficiary|partner|competence-hub|support-centre} · البرامج
programmes: []
# Effectifs · الأعضاء والمتطوعون والأجراء
people: {members: , volunteers: , staff: }
# Gouvernance (dates AAAA-MM-JJ) · الحكامة
governance: {statutes_updated: , last_general_assembly: , strategic_plan: , internal_rules: }
# Brouillon : non publié tant que true · مسودة
draft: false
updated:
# Sources : - {title: {ar: "…", fr: "…"}, url: https://…, date: AAAA-MM-JJ} · المصادر
sources: []
---
Présentation de l'association en arabe ici ; la version française va dans un fichier du même nom terminé par .fr.md.
"#;

const PROGRAMME: &str = r#"---
# Intitulé (obligatoire) · عنوان البرنامج (إلزامي)
title: {ar: "", fr: ""}
# Sigle, p. ex. Nassij · الاختصار
acronym:
# strategy | programme | phase | project (obligatoire) · النوع (إلزامي)
kind: programme
# Programme parent : nom du fichier dans content/programmes/, sans .md · البرنامج الأم
parent:
# Institution chef de file : nom du fichier dans content/institutions/, sans .yaml (obligatoire) · المؤسسة الرائدة (إلزامي)
lead: ""
# Institutions partenaires : noms de fichier dans content/institutions/ · الشركاء
partners: []
# Début et fin AAAA-MM-JJ · البداية والنهاية
start:
end:
# planned | ongoing | completed · مبرمج | جار | منجز
status:
# Codes de régions, ou all · الجهات
regions: []
# Codes de provinces, dans les régions listées · الأقاليم
provinces: []
# Budget · الميزانية
budget:
# Objectifs · الأهداف
objectives: []
# Jalons : - {title: {ar: ..., fr: ...}, start: AAAA-MM-JJ, end: AAAA-MM-JJ, status: planned|in-progress|done|late} · المراحل
milestones: []
draft: false
updated:
# Sources : - {title: {ar: "…", fr: "…"}, url: https://…, date: AAAA-MM-JJ} · المصادر
sources: []
---
Description du programme en arabe ici.
"#;

const OFFER: &str = r#"---
# Intitulé de l'offre ou de l'appel (obligatoire) · عنوان العرض (إلزامي)
title: {ar: "", fr: ""}
# Institution émettrice : nom du fichier dans content/institutions/, sans .yaml (obligatoire) · الجهة المصدرة (إلزامي)
issuer: ""
# Programme : nom du fichier dans content/programmes/, sans .md · البرنامج
programme:
# funding | training | equipment | premises | technical-support | call-for-interest (obligatoire) · نوع العرض
kind: funding
# Date de publication (obligatoire ; au premier trimestre de l'année d'ouverture) · تاريخ النشر (إلزامي)
published: ""
# Ouverture (obligatoire) · تاريخ الافتتاح (إلزامي)
opens: ""
# Clôture AAAA-MM-JJ ou AAAA-MM-JJTHH:MM, heure de Casablanca (obligatoire) · آخر أجل (إلزامي)
closes: ""
# Codes de régions, ou all · الجهات
regions: all
# Domaines · المجالات
domains: []
# Conditions d'éligibilité · شروط الأهلية
eligibility: []
# Montants en MAD : min <= max <= total · المبالغ بالدرهم
amount: {min: , max: , total: , currency: MAD}
# Candidater : url ou email (au moins un) · طريقة الترشح
apply: {url: , email: , documents: []}
# Nombre de dossiers reçus · عدد الملفات المتوصل بها
applications_received:
# Attributions : - {association: nom-du-fichier, amount: 50000, date: AAAA-MM-JJ} · المستفيدون
awards: []
draft: false
updated:
# Sources : - {title: {ar: "…", fr: "…"}, url: https://…, date: AAAA-MM-JJ} · المصادر
sources: []
---
Description de l'offre en arabe ici.
"#;

const RESULTS: &str = r#"# Programme : nom du fichier dans content/programmes/, sans .md (obligatoire) · البرنامج (إلزامي)
programme: ""
# Période (obligatoire) · الفترة (إلزامي)
period: {start: "", end: ""}
# national, {region: CODE} ou {province: CODE} · النطاق
scope: national
# Source de chaque chiffre (obligatoire) · المصدر (إلزامي)
source: {title: {ar: "", fr: ""}, url: , date: }
# Valeurs : indicateur de content/taxonomies/indicators.yaml · القيم
values:
  - indicator: ""
    value: 0
    target:
    baseline:
    note:
    breakdown: {}
draft: false
updated:
"#;

const INSTITUTION: &str = r#"# Nom (obligatoire) · الاسم (إلزامي)
name: {ar: "", fr: ""}
# Sigle · الاختصار
acronym:
# ministry | agency | international | ngo | local-authority | other · النوع
kind:
# Site web officiel · الموقع الرسمي
website:
draft: false
updated:
"#;

const NEWS: &str = r#"---
# Titre (obligatoire) · العنوان (إلزامي)
title: {ar: "", fr: ""}
# Date AAAA-MM-JJ (obligatoire) · التاريخ (إلزامي)
date: ""
# Résumé · ملخص
summary:
# Programmes concernés : noms de fichier dans content/programmes/ · البرامج المعنية
programmes: []
# Régions concernées (codes) · الجهات المعنية
regions: []
draft: false
updated:
# Sources : - {title: {ar: "…", fr: "…"}, url: https://…, date: AAAA-MM-JJ} · المصادر
sources: []
---
Texte de l'actualité en arabe ici.
"#;

const PAGE: &str = r#"---
# Titre (obligatoire) · العنوان (إلزامي)
title: {ar: "", fr: ""}
# Ordre dans le menu principal (facultatif) · الترتيب في القائمة
menu:
draft: false
updated:
# Sources : - {title: {ar: "…", fr: "…"}, url: https://…, date: AAAA-MM-JJ} · المصادر
sources: []
---
Texte de la page en arabe ici.
"#;

#[cfg(test)]
mod tests {
    use super::template;
    use crate::model::Kind;
    use crate::validate::PLACEHOLDERS;

    #[test]
    fn every_template_body_is_a_placeholder_that_check_refuses() {
        for kind in Kind::ALL.into_iter().filter(|k| k.is_markdown()) {
            let body = template(kind).rsplit("---\n").next().unwrap_or("").trim();
            assert!(PLACEHOLDERS.contains(&body), "{kind:?}: `{body}`");
        }
    }
}
