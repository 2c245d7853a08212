//! Word lists for generated records: association name words (Arabic,
//! French, Tifinagh and a Latin slug), purposes and activities per domain,
//! sentences for bodies. The text is synthetic: realistic in script, length
//! and shape (bidirectional text, diacritics, Tifinagh), not in meaning.

/// A name word: slug, Arabic, French, Tifinagh.
pub struct NameWord {
    pub slug: &'static str,
    pub ar: &'static str,
    pub fr: &'static str,
    pub zgh: &'static str,
}

macro_rules! words {
    ($(($s:literal, $ar:literal, $fr:literal, $zgh:literal)),* $(,)?) => {
        &[$(NameWord { slug: $s, ar: $ar, fr: $fr, zgh: $zgh }),*]
    };
}

pub const NAME_WORDS: &[NameWord] = words![
    ("annour", "النور", "Annour", "ⴰⵏⵏⵓⵔ"),
    ("amal", "الأمل", "Al Amal", "ⴰⵎⴰⵍ"),
    ("tanmia", "التنمية", "Tanmia", "ⵜⴰⵏⵎⵉⵢⴰ"),
    ("tifawin", "تيفاوين", "Tifawin", "ⵜⵉⴼⴰⵡⵉⵏ"),
    ("assafou", "أسافو", "Assafou", "ⴰⵙⴰⴼⵓ"),
    ("tilelli", "تيليلي", "Tilelli", "ⵜⵉⵍⵍⵉ"),
    ("anou", "أنو", "Anou", "ⴰⵏⵓ"),
    ("azaghar", "أزغار", "Azaghar", "ⴰⵣⴰⵖⴰⵔ"),
    ("almanar", "المنار", "Al Manar", "ⴰⵍⵎⴰⵏⴰⵔ"),
    ("alfajr", "الفجر", "Al Fajr", "ⴰⵍⴼⴰⵊⵔ"),
    ("alwafa", "الوفاء", "Al Wafa", "ⴰⵍⵡⴰⴼⴰ"),
    ("alikhlas", "الإخلاص", "Al Ikhlas", "ⴰⵍⵉⵅⵍⴰⵚ"),
    ("albaraka", "البركة", "Al Baraka", "ⴰⵍⴱⴰⵔⴰⴽⴰ"),
    ("alkhair", "الخير", "Al Khair", "ⴰⵍⵅⵉⵔ"),
    ("alhayat", "الحياة", "Al Hayat", "ⴰⵍⵃⴰⵢⴰⵜ"),
    ("attadamoun", "التضامن", "Attadamoun", "ⴰⵜⵜⴰⴹⴰⵎⵓⵏ"),
    ("almostaqbal", "المستقبل", "Al Mostaqbal", "ⴰⵍⵎⵓⵙⵜⴰⵇⴱⴰⵍ"),
    ("tawada", "توادا", "Tawada", "ⵜⴰⵡⴰⴷⴰ"),
    ("afoud", "أفود", "Afoud", "ⴰⴼⵓⴷ"),
    ("tizi", "تيزي", "Tizi", "ⵜⵉⵣⵉ"),
    ("anzar", "أنزار", "Anzar", "ⴰⵏⵣⴰⵔ"),
    ("tafsut", "تافسوت", "Tafsut", "ⵜⴰⴼⵙⵓⵜ"),
    ("izorane", "إزوران", "Izorane", "ⵉⵣⵓⵔⴰⵏ"),
    ("alirada", "الإرادة", "Al Irada", "ⴰⵍⵉⵔⴰⴷⴰ"),
    ("alamane", "الأمان", "Al Amane", "ⴰⵍⴰⵎⴰⵏ"),
    ("alihsane", "الإحسان", "Al Ihsane", "ⴰⵍⵉⵃⵙⴰⵏ"),
    ("ennahda", "النهضة", "Ennahda", "ⴰⵏⵏⴰⵀⴹⴰ"),
    ("alwahda", "الوحدة", "Al Wahda", "ⴰⵍⵡⴰⵃⴷⴰ"),
    ("tiwizi", "تويزة", "Tiwizi", "ⵜⵉⵡⵉⵣⵉ"),
    ("yadfiyad", "يد في يد", "Yad fi Yad", "ⴼⵓⵙ ⴳ ⵓⴼⵓⵙ"),
    ("raqmiya", "رقمية", "Raqmiya", "ⵔⴰⵇⵎⵉⵢⴰ"),
    ("ajial", "أجيال", "Ajial", "ⴰⵊⵢⴰⵍ"),
    ("assanabil", "السنابل", "Assanabil", "ⴰⵙⵙⴰⵏⴰⴱⵉⵍ"),
    ("achourouq", "الشروق", "Achourouq", "ⴰⵛⵛⵓⵔⵓⵇ"),
    ("amgoun", "أمكون", "Amgoun", "ⴰⵎⴳⵓⵏ"),
    ("tagmat", "تاكمات", "Tagmat", "ⵜⴰⴳⵎⴰⵜ"),
];

/// Purpose phrases and activity sentences per domain key of domains.yaml
/// (keys not listed here get [`GENERIC_PURPOSE`]).
pub struct Purpose {
    pub domain: &'static str,
    pub ar: &'static str,
    pub fr: &'static str,
    pub activity_ar: &'static str,
    pub activity_fr: &'static str,
}

pub const GENERIC_PURPOSE: Purpose = Purpose {
    domain: "",
    ar: "للتنمية المحلية",
    fr: "pour le développement local",
    activity_ar: "تنفيذ مشاريع للتنمية المحلية بشراكة مع الجماعة والسلطات المحلية",
    activity_fr: "la réalisation de projets de développement local en partenariat avec la commune et les autorités locales",
};

pub const PURPOSES: &[Purpose] = &[
    Purpose {
        domain: "education",
        ar: "للتربية والتعليم",
        fr: "pour l'éducation",
        activity_ar: "تنظيم دروس الدعم ومحاربة الهدر المدرسي وتشجيع القراءة",
        activity_fr: "le soutien scolaire, la lutte contre le décrochage et la promotion de la lecture",
    },
    Purpose {
        domain: "health",
        ar: "للصحة",
        fr: "pour la santé",
        activity_ar: "تنظيم قوافل طبية وحملات للتحسيس بالوقاية الصحية",
        activity_fr: "l'organisation de caravanes médicales et de campagnes de prévention",
    },
    Purpose {
        domain: "womens-rights",
        ar: "لحقوق المرأة",
        fr: "pour les droits des femmes",
        activity_ar: "الإنصات للنساء ضحايا العنف ومواكبتهن وتمكينهن اقتصاديا",
        activity_fr: "l'écoute et l'accompagnement des femmes victimes de violences et leur autonomisation économique",
    },
    Purpose {
        domain: "childhood",
        ar: "لحماية الطفولة",
        fr: "pour la protection de l'enfance",
        activity_ar: "حماية الأطفال في وضعية هشاشة وتنظيم أنشطة ترفيهية وتربوية لفائدتهم",
        activity_fr: "la protection des enfants en situation de vulnérabilité et des activités éducatives et de loisirs",
    },
    Purpose {
        domain: "youth",
        ar: "للشباب",
        fr: "pour la jeunesse",
        activity_ar: "تأطير الشباب في الأنشطة الثقافية والرياضية ومواكبة مشاريعهم",
        activity_fr: "l'encadrement des jeunes dans des activités culturelles et sportives et l'accompagnement de leurs projets",
    },
    Purpose {
        domain: "disability",
        ar: "لدعم الأشخاص في وضعية إعاقة",
        fr: "pour l'inclusion des personnes handicapées",
        activity_ar: "الترويض والإدماج المدرسي والمهني للأشخاص في وضعية إعاقة",
        activity_fr: "la rééducation et l'inclusion scolaire et professionnelle des personnes en situation de handicap",
    },
    Purpose {
        domain: "environment",
        ar: "للبيئة",
        fr: "pour l'environnement",
        activity_ar: "التحسيس البيئي وتشجير المناطق المتدهورة والحفاظ على الموارد المائية",
        activity_fr: "la sensibilisation environnementale, le reboisement et la préservation des ressources en eau",
    },
    Purpose {
        domain: "culture-amazigh",
        ar: "للثقافة الأمازيغية",
        fr: "pour la culture amazighe",
        activity_ar: "تعليم تيفيناغ وتوثيق التراث الشفهي والنهوض بالثقافة الأمازيغية",
        activity_fr: "l'enseignement du tifinagh, la collecte du patrimoine oral et la promotion de la culture amazighe",
    },
    Purpose {
        domain: "rural-development",
        ar: "للتنمية القروية",
        fr: "pour le développement rural",
        activity_ar: "فك العزلة عن الدواوير وتزويدها بالماء الصالح للشرب ودعم التعاونيات",
        activity_fr: "le désenclavement des douars, l'accès à l'eau potable et l'appui aux coopératives",
    },
    Purpose {
        domain: "social-economy",
        ar: "للاقتصاد الاجتماعي والتضامني",
        fr: "pour l'économie sociale et solidaire",
        activity_ar: "مواكبة التعاونيات والأنشطة المدرة للدخل وتسويق المنتوجات المحلية",
        activity_fr: "l'accompagnement des coopératives, les activités génératrices de revenus et la vente des produits locaux",
    },
    Purpose {
        domain: "human-rights",
        ar: "لحقوق الإنسان",
        fr: "pour les droits humains",
        activity_ar: "التربية على حقوق الإنسان والمساعدة القانونية والإدارية",
        activity_fr: "l'éducation aux droits humains et l'aide juridique et administrative",
    },
    Purpose {
        domain: "participatory-democracy",
        ar: "للمواطنة والديمقراطية التشاركية",
        fr: "pour la citoyenneté",
        activity_ar: "تكوين الجمعيات على العرائض والملتمسات والتشاور العمومي",
        activity_fr: "la formation des associations aux pétitions, aux motions et à la consultation publique",
    },
    Purpose {
        domain: "digital",
        ar: "للرقمنة",
        fr: "pour le numérique",
        activity_ar: "تكوين الشباب والجمعيات على الأدوات الرقمية والإدارة الإلكترونية",
        activity_fr: "la formation des jeunes et des associations aux outils numériques et à l'administration en ligne",
    },
    Purpose {
        domain: "sport",
        ar: "للرياضة",
        fr: "pour le sport",
        activity_ar: "تنظيم الدوريات الرياضية وتأطير الفرق المحلية للشباب والنساء",
        activity_fr: "l'organisation de tournois et l'encadrement d'équipes locales de jeunes et de femmes",
    },
];

pub fn purpose(domain: &str) -> &'static Purpose {
    PURPOSES
        .iter()
        .find(|p| p.domain == domain)
        .unwrap_or(&GENERIC_PURPOSE)
}

/// General sentences for association bodies: Arabic and French pairs.
pub const SENTENCES: &[(&str, &str)] = &[
    (
        "تعقد الجمعية جمعها العام بانتظام وتنشر تقريريها الأدبي والمالي على أعضائها.",
        "L'association tient régulièrement son assemblée générale et diffuse ses rapports moral et financier à ses membres.",
    ),
    (
        "يعتمد عملها على متطوعين من أبناء المنطقة، وعلى شراكات مع الجماعة والمصالح الخارجية للقطاعات الحكومية.",
        "Son action repose sur des bénévoles de la région et sur des partenariats avec la commune et les services déconcentrés de l'État.",
    ),
    (
        "نظمت الجمعية خلال السنة الماضية أزيد من عشرين نشاطا استفاد منها مئات المواطنين.",
        "Au cours de l'année écoulée, l'association a organisé plus de vingt activités au bénéfice de centaines de citoyens.",
    ),
    (
        "تسعى الجمعية إلى تقوية قدرات أطرها في التدبير الإداري والمالي وإعداد المشاريع.",
        "L'association cherche à renforcer les capacités de ses cadres en gestion administrative et financière et en montage de projets.",
    ),
    (
        "تتوفر الجمعية على مقر صغير تستقبل فيه المستفيدين، وتتنقل إلى الدواوير المجاورة.",
        "L'association dispose d'un petit local où elle accueille les bénéficiaires, et se déplace dans les douars voisins.",
    ),
    (
        "تساهم الجمعية في إعداد برنامج عمل الجماعة عبر هيئة المساواة وتكافؤ الفرص ومقاربة النوع.",
        "L'association contribue au plan d'action de la commune au sein de l'instance de l'équité, de l'égalité des chances et de l'approche genre.",
    ),
    (
        "تعمل الجمعية على إشراك النساء والشباب في هياكلها وفي اتخاذ القرار.",
        "L'association s'attache à associer les femmes et les jeunes à ses instances et à ses décisions.",
    ),
    (
        "تنشر الجمعية تقاريرها وأنشطتها بالعربية والفرنسية والأمازيغية.",
        "L'association publie ses rapports et ses activités en arabe, en français et en amazighe.",
    ),
    (
        "حصلت الجمعية على دعم عمومي في إطار طلبات المشاريع، وقدمت تقارير منتظمة عن استعماله.",
        "L'association a reçu un soutien public dans le cadre d'appels à projets et rend compte régulièrement de son utilisation.",
    ),
    (
        "تطمح الجمعية إلى توسيع أنشطتها لتشمل جماعات أخرى بالإقليم في السنوات المقبلة.",
        "L'association souhaite étendre ses activités à d'autres communes de la province dans les prochaines années.",
    ),
];

/// Tifinagh sentences for the few bodies written in Amazigh.
pub const SENTENCES_ZGH: &[&str] = &[
    "ⵜⴰⵎⵓⵏⵜ ⴰⴷ ⵜⵅⴷⵎ ⴷ ⵉⵎⴷⵏⴰⵏ ⵏ ⵜⵎⴰⵣⵉⵔⵜ.",
    "ⵜⵙⵎⵓⵏ ⵜⴰⵎⵓⵏⵜ ⵉⵎⴷⵓⴽⴽⴰⵍ ⴷ ⵉⵏⴱⵔⴰⵣ ⵏ ⵓⴷⵖⴰⵔ.",
    "ⵜⵙⵙⵏⵜⵉ ⵜⴰⵎⵓⵏⵜ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵙⴳⵎⵉ ⴷ ⵜⴷⵍⵙⴰ.",
    "ⴰⴹⵕⵉⵚ ⴰⴷ ⵉⵍⵍⴰ ⵙ ⵜⵄⵔⴰⴱⵜ ⴷ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ.",
    "ⵜⴰⵎⵓⵏⵜ ⵜⵙⵙⵓⴼⵖ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵏⵏⵙ ⵙ ⵜⵎⴰⵣⵉⵖⵜ.",
];

/// Tifinagh words for the vocabulary of generated Amazigh bodies
/// (`--bodies all`), with the words of [`SENTENCES_ZGH`] and the names.
pub const TIFINAGH_WORDS: &[&str] = &[
    "ⵜⴰⵎⵓⵏⵜ",
    "ⵜⵉⵎⵓⵏⴰ",
    "ⴰⵎⵓⵙⵙⵓ",
    "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "ⵜⴰⵎⴰⵣⵉⵔⵜ",
    "ⴰⴷⵖⴰⵔ",
    "ⵉⴷⵖⴰⵔⵏ",
    "ⵜⴰⵙⴷⵍⵉⵙⵜ",
    "ⵉⵎⴷⵓⴽⴽⴰⵍ",
    "ⴰⵙⴳⵎⵉ",
    "ⵜⵓⵙⵙⵏⴰ",
    "ⴰⵏⴰⵎⵎⴰⵙ",
    "ⵜⴰⴳⵔⴰⵡⵜ",
    "ⴰⵖⵍⴰⵏ",
    "ⵜⴰⵙⵏⵓⵎⵎⵉⵙⵜ",
    "ⵉⵙⵍⵎⴰⴷⵏ",
    "ⵉⵏⵍⵎⴰⴷⵏ",
    "ⵜⵉⴼⵔⵅⵉⵏ",
    "ⵉⵎⵥⵥⵢⴰⵏⵏ",
    "ⵜⵉⵎⵖⴰⵔⵉⵏ",
    "ⵉⵔⴳⴰⵣⵏ",
    "ⴰⵎⴰⵏ",
    "ⵜⴰⴼⵓⴽⵜ",
    "ⴰⴽⴰⵍ",
    "ⵜⴰⵎⴰⵡⴰⵙⵜ",
    "ⴰⵙⵉⵏⴰⴳ",
    "ⵜⴰⵏⴱⴰⴹⵜ",
    "ⵜⴰⵎⵏⴰⴹⵜ",
    "ⵜⴰⵖⵉⵡⴰⵏⵜ",
    "ⴰⵙⴳⴳⵯⴰⵙ",
    "ⴰⵎⵓⵔ",
    "ⵜⴰⵙⵏⴰⴽⵜ",
    "ⴰⵙⵏⵓⵍⴼⵓ",
    "ⵜⴰⵡⵓⵔⵉ",
    "ⴰⵙⵎⵓⵜⵜⴳ",
    "ⵜⴰⵍⵖⴰ",
    "ⵜⴰⵢⵔⵉ",
    "ⴰⵡⴰⵍ",
    "ⵜⵉⵔⵔⴰ",
    "ⵜⴰⵖⴰⵔⴰ",
    "ⴰⵙⵙ",
    "ⵜⴰⴷⵍⵙⴰ",
    "ⵜⵓⵎⴰⵙⵜ",
    "ⵜⴰⵖⵍⵉⵙⵜ",
    "ⴰⵎⵙⵙⵓⴷⵙ",
    "ⵜⴰⵙⵓⵔⵉⴼⵜ",
    "ⴰⵎⵙⴰⵙⴰ",
    "ⴰⴳⵔⴰⵡ",
    "ⵜⵉⵏⵖⵎⵉⵙⵉⵏ",
    "ⴰⵙⵏⴼⵍⵓⵍ",
    "ⵜⴰⵙⵏⵎⵍⵉⵜ",
    "ⵜⴰⴳⵎⵎⵉ",
    "ⵉⵅⴼ",
    "ⵜⴰⵎⵙⵙⵓⵍⵜ",
    "ⴰⵏⵎⵓⴳⴳⴰⵔ",
    "ⴷ",
    "ⵏ",
    "ⴳ",
    "ⵙ",
    "ⵖⵔ",
    "ⵉ",
    "ⴰⴷ",
    "ⵏⵏⵙ",
    "ⵏⵏⵖ",
    "ⵎⴰⵕⵕⴰ",
    "ⴰⵢⵍⵍⵉ",
    "ⵖⴰⵙ",
    "ⵓⵍⴰ",
    "ⵜⵅⴷⵎ",
    "ⵜⵙⵎⵓⵏ",
    "ⵜⵙⵙⵏⵜⵉ",
    "ⵜⵙⵙⵓⴼⵖ",
    "ⵜⵙⵙⵏⵓⵔⵏ",
    "ⵜⵙⵏⵓⴱⴳ",
    "ⵜⵙⵙⵍⵎⴰⴷ",
    "ⵜⵄⵡⵏ",
];

/// Street-like address words: Arabic, French.
pub const QUARTERS: &[(&str, &str)] = &[
    ("حي السلام", "Quartier Essalam"),
    ("حي الأمل", "Quartier Al Amal"),
    ("حي النهضة", "Quartier Ennahda"),
    ("دوار أيت علي", "Douar Aït Ali"),
    ("دوار تيزي", "Douar Tizi"),
    ("شارع محمد الخامس", "Avenue Mohammed V"),
    ("شارع الحسن الثاني", "Boulevard Hassan II"),
    ("زنقة الأطلس", "Rue de l'Atlas"),
    ("المركز الجماعي", "Centre communal"),
    ("حي الرياض", "Quartier Riad"),
];

/// Programme themes: slug part, Arabic, French.
pub const PROGRAMME_THEMES: &[(&str, &str, &str)] = &[
    (
        "renforcement-capacites",
        "تقوية قدرات الجمعيات",
        "Renforcement des capacités des associations",
    ),
    (
        "formation-numerique",
        "التكوين الرقمي لفائدة الجمعيات",
        "Formation numérique des associations",
    ),
    (
        "appui-cooperatives",
        "دعم التعاونيات والأنشطة المدرة للدخل",
        "Appui aux coopératives et aux activités génératrices de revenus",
    ),
    (
        "inclusion-handicap",
        "الإدماج الاجتماعي للأشخاص في وضعية إعاقة",
        "Inclusion sociale des personnes en situation de handicap",
    ),
    (
        "education-non-formelle",
        "التربية غير النظامية",
        "Éducation non formelle",
    ),
    ("eau-oasis", "الماء والواحات", "Eau et oasis"),
    (
        "democratie-participative",
        "الديمقراطية التشاركية",
        "Démocratie participative",
    ),
    ("jeunesse-emploi", "الشباب والتشغيل", "Jeunesse et emploi"),
];

/// Objectives: Arabic, French.
pub const OBJECTIVES: &[(&str, &str)] = &[
    (
        "تكوين الجمعيات المحلية في التدبير والحكامة",
        "Former les associations locales à la gestion et à la gouvernance",
    ),
    (
        "مواكبة الجمعيات في إعداد مخططاتها الاستراتيجية",
        "Accompagner les associations dans l'élaboration de leurs plans stratégiques",
    ),
    (
        "تحسين ولوج الجمعيات إلى التمويل العمومي",
        "Améliorer l'accès des associations au financement public",
    ),
    (
        "تشجيع الشراكات بين الجمعيات والجماعات الترابية",
        "Encourager les partenariats entre associations et collectivités territoriales",
    ),
    (
        "تعزيز الشفافية في تدبير الدعم العمومي",
        "Renforcer la transparence de la gestion du soutien public",
    ),
];

/// Milestone titles: Arabic, French.
pub const MILESTONES: &[(&str, &str)] = &[
    ("انطلاق البرنامج", "Lancement du programme"),
    (
        "تشخيص حاجيات الجمعيات",
        "Diagnostic des besoins des associations",
    ),
    (
        "تنظيم الدورات التكوينية",
        "Organisation des sessions de formation",
    ),
    (
        "زيارات ميدانية للمواكبة",
        "Visites de terrain d'accompagnement",
    ),
    ("تقييم منتصف المرحلة", "Évaluation à mi-parcours"),
    (
        "التقييم النهائي ونشر النتائج",
        "Évaluation finale et publication des résultats",
    ),
];

/// Eligibility conditions: Arabic, French.
pub const ELIGIBILITY: &[(&str, &str)] = &[
    (
        "جمعية مؤسسة بصفة قانونية منذ سنتين على الأقل",
        "Association légalement constituée depuis au moins deux ans",
    ),
    (
        "جمعية متوفرة على وصل إيداع نهائي",
        "Association disposant d'un récépissé définitif",
    ),
    (
        "تقديم التقريرين الأدبي والمالي للسنة الماضية",
        "Présentation des rapports moral et financier de l'année précédente",
    ),
    (
        "مشروع يستهدف ساكنة الجهة",
        "Projet destiné à la population de la région",
    ),
];

/// Documents to apply: Arabic, French.
pub const DOCUMENTS: &[(&str, &str)] = &[
    ("نسخة من وصل الإيداع", "Copie du récépissé de dépôt"),
    ("النظام الأساسي للجمعية", "Statuts de l'association"),
    ("بطاقة تقنية للمشروع", "Fiche technique du projet"),
    ("الميزانية التقديرية", "Budget prévisionnel"),
];

/// News headlines: Arabic and French prefixes.
pub const NEWS_KINDS: &[(&str, &str, &str)] = &[
    ("lancement", "انطلاق", "Lancement de"),
    ("bilan", "حصيلة", "Bilan de"),
    ("rencontre", "لقاء تواصلي حول", "Rencontre sur"),
    (
        "appel",
        "فتح باب الترشيح في إطار",
        "Ouverture des candidatures dans le cadre de",
    ),
];
