### التمويل: أين ذهب المال (/ar/funding/).

funding-title = أين ذهب المال
funding-intro = الدعم الممنوح للجمعيات في إطار العروض العمومية: كم، ومن منحه، وفي إطار أي برنامج، وأين ومتى.
funding-of-programme = الدعم الممنوح في إطار برنامج { $name }
funding-of-issuer = الدعم الممنوح من طرف { $name }
funding-of-region = الدعم المحصَّل عليه في جهة { $name }
funding-of-province = الدعم المحصَّل عليه في إقليم أو عمالة { $name }
funding-of-year = الدعم الممنوح سنة { $name }
funding-of-domain = الدعم المحصَّل عليه في مجال { $name }
funding-facet-programme = البرنامج
funding-facet-issuer = الجهة المانحة
funding-facet-region = الجهة
funding-facet-province = الإقليم أو العمالة
funding-facet-year = السنة
funding-facet-domain = المجال
funding-figure-awarded = ممنوحة للجمعيات
funding-figure-awards =
    { PLURAL($count) ->
        [zero] دعم ممنوح
        [one] دعم ممنوح
        [two] دعمان ممنوحان
        [few] حالات دعم ممنوحة
        [many] دعمًا ممنوحًا
       *[other] دعم ممنوح
    }
funding-figure-recipients =
    { PLURAL($count) ->
        [zero] جمعية مستفيدة
        [one] جمعية مستفيدة
        [two] جمعيتان مستفيدتان
        [few] جمعيات مستفيدة
        [many] جمعية مستفيدة
       *[other] جمعية مستفيدة
    }
funding-figure-offered = معروضة في طلبات المشاريع (المبلغ الإجمالي للعروض)
funding-by-programme = حسب البرنامج
funding-by-issuer = حسب الجهة المانحة
funding-by-region = حسب جهة الجمعيات المستفيدة
funding-by-province = حسب إقليم أو عمالة الجمعيات المستفيدة
funding-by-year = حسب سنة المنح
funding-by-domain = حسب مجال الجمعيات المستفيدة
funding-domain-note = تُحتسب الجمعية النشيطة في عدة مجالات في كل منها، لذلك لا تُجمع هذه المبالغ.
funding-programme-note = يشمل البرنامج عروضه الخاصة وعروض مراحله.
funding-awards-n =
    { PLURAL($count) ->
        [zero] لا دعم
        [one] دعم واحد
        [two] دعمان
        [few] { $count } حالات دعم
        [many] { $count } دعمًا
       *[other] { $count } دعم
    }
funding-recipients-n =
    { PLURAL($count) ->
        [zero] لا جمعية
        [one] جمعية واحدة
        [two] جمعيتان
        [few] { $count } جمعيات
        [many] { $count } جمعية
       *[other] { $count } جمعية
    }
funding-own-offers = منها عروضه الخاصة:
funding-programme-heading = الميزانية والدعم
funding-offered = المبلغ المعروض في عروضه
funding-awarded-own = الممنوح في إطار عروضه
funding-awarded-with-phases = الممنوح مع مراحله
funding-recipients = الجمعيات المستفيدة
funding-see-awards = الاطلاع على الدعم الممنوح
funding-see-programme = صفحة البرنامج
funding-support-heading = مجموع الدعم المحصَّل عليه
funding-support-awards =
    { PLURAL($count) ->
        [zero] دون دعم
        [one] في دعم واحد
        [two] في دعمين
        [few] في { $count } حالات دعم
        [many] في { $count } دعمًا
       *[other] في { $count } دعم
    }
funding-see-all = أين ذهب المال العمومي
funding-source-note = هذه المجاميع هي المجموع الدقيق للدعم المنشور في البيانات المفتوحة (ملف 360Giving).
funding-open-data = تحميل البيانات
funding-awards-list = لائحة الدعم الممنوح
funding-awards-order =
    { PLURAL($count) ->
        [zero] لا دعم
        [one] دعم واحد، من الأحدث إلى الأقدم
        [two] دعمان، من الأحدث إلى الأقدم
        [few] { $count } حالات دعم، من الأحدث إلى الأقدم
        [many] { $count } دعمًا، من الأحدث إلى الأقدم
       *[other] { $count } دعم، من الأحدث إلى الأقدم
    }
funding-no-awards = لم يُنشر أي دعم.
figure-awarded-label = ممنوحة للجمعيات
# صفحة جهة أو إقليم في الدليل: الدعم الذي تلقته جمعياتها.
funding-place-support = الدعم الذي تلقته هذه الجمعيات:
