### NotaWijzer — العربية
### reviewed: no
### direction: rtl
#
# مترجم من nl.ftl (المصدر). لم يراجع هذا النص بعد شخص لغته الأم العربية ويعمل في الرعاية
# الصحية. بعد المراجعة غيّر السطر أعلاه إلى "reviewed: yes". المصطلحات: glossary-ar.md.
# الأسماء التي تبدأ بـ "app-" هي كلمات الصفحة نفسها. الأرقام والمبالغ تكتب بالأرقام اللاتينية
# كما في الفاتورة.

## الوحدات (format.rs)
unit-weeks = { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}
unit-months = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
unit-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
unit-minutes-band = من { $from } إلى { $to } { $count ->
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    }
unit-minutes-or-more = { $from } { $count ->
        [few] دقائق
       *[other] دقيقة
    } أو أكثر

## سطر في فاتورة نظام الخدمات (zorgprestatiemodel) (explain/prestatie.rs)
profession = { $profession ->
    [arts] طبيب
    [specialist] طبيب مختص، مثل طبيب نفسي
    [gz] أخصائي نفسي صحي (gezondheidszorgpsycholoog)
    [klinisch] أخصائي نفسي سريري (klinisch psycholoog)
    [psychotherapeut] معالج نفسي (psychotherapeut)
    [vs] ممرض مختص في الصحة النفسية (verpleegkundig specialist ggz)
    [verpleegkundige] ممرض أو ممرضة
   *[overig] مقدّم رعاية آخر، مثل أخصائي اجتماعي أو معالج بالفنون
}
setting = { $setting ->
    [1] رعاية خارجية، في عيادة (kwaliteitsstatuut sectie II)
    [2] رعاية خارجية، في مؤسسة فيها نوع واحد من المعالجين (kwaliteitsstatuut sectie III, monodisciplinair)
    [3] رعاية خارجية، في مؤسسة فيها فريق من معالجين مختلفين (kwaliteitsstatuut sectie III, multidisciplinair)
    [4] جاء المعالج إليك (outreachend)
    [5] في العيادة الداخلية (إقامة)
    [6] رعاية قضائية أو مؤمّنة، في العيادة الداخلية
    [7] رعاية قضائية أو مؤمّنة، خارج العيادة الداخلية
    [8] رعاية نفسية عالية التخصص (hoogspecialistische ggz)
   *[other] مكان لا يعرفه NotaWijzer
}
prestatie-credit = هذا السطر تصحيح بالخصم (creditering): يخفّض الفاتورة. يُخصم { $amount }. وهو يصحّح هذا السطر السابق:
prestatie-consult = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } { $kind ->
        [diagnostiek] كانت لديك جلسة للفحص (consult, diagnostiek): لمعرفة ما يحدث
        [behandeling] كانت لديك جلسة علاج (consult)
       *[other] كانت لديك جلسة (consult): محادثة
    }{ $who ->
        [none] {""}
       *[other] {" "}مع { $who }
    }.
prestatie-group = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } كانت لديك جلسة جماعية (groepsconsult){ $who ->
        [none] {""}
       *[other] {" "}مع { $who }
    }{ $size ->
        [none] {""}
       *[other] {" "}(عدد المرضى في المجموعة: { $size })
    }. تُدفع الجلسة الجماعية عن كل مريض، لكل فترة من 30 دقيقة.
prestatie-stay = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } كنت مقيمًا في العيادة الداخلية: يوم والليلة التي تليه (verblijfsdag). المحادثات مع معالجك في أسطر منفصلة.
prestatie-surcharge = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } احتسب مقدّم الرعاية رسمًا إضافيًا (toeslag): مبلغ فوق الجلسة، مثلًا لوقت السفر أو لمترجم.
prestatie-surcharge-consult = هذا الرسم الإضافي تابع للجلسة بتاريخ { $date }.
prestatie-surcharge-alone = لا يجد NotaWijzer في هذه الفاتورة جلسة في اليوم نفسه.
prestatie-other = { $date ->
        [none] في يوم غير مذكور في الفاتورة:
       *[other] في { $date }:
    } «{ $description }». هذه خدمة غير المحادثة معك، مثل اجتماع بين المعالجين أو تقرير أو علاج مثل العلاج بالصدمات الكهربائية (ECT).
prestatie-non-insured = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } تلقيت رعاية ليست ضمن الباقة الأساسية (basispakket){ $who ->
        [none] {""}
       *[other] {" "}مع { $who }
    }. تدفعها بنفسك، أو يدفعها تأمينك الإضافي (aanvullende verzekering) إذا كان يغطيها.
prestatie-duration = كانت المحادثة مخططة لمدة { $to ->
        [none] { $from } دقيقة أو أكثر
       *[other] من { $from } إلى { $to } دقيقة
    } («ابتداءً من { $from } دقيقة»). تدفع مقابل الوقت المخطط، إلا إذا كانت المحادثة أقصر أو أطول بأكثر من 15 دقيقة.
prestatie-setting = المكان: { $setting }.
prestatie-cost = التكلفة { $amount }.
prestatie-code = { $code } هو رمز الخدمة (prestatiecode): رمز هيئة الرعاية الصحية الهولندية (NZa) لهذا النوع من الرعاية.
prestatie-tariff = التعرفة القصوى (maximumtarief) لهيئة NZa لهذا الرمز في سنة { $year } هي { $amount } (المصدر: { $source }).
prestatie-tariff-cbb = تنبيه: أمرت المحكمة (CBB، 22 أغسطس 2024) هيئة NZa بتحديد تعرفات 2022 و2023 من جديد. لم يجد NotaWijzer بعد مبالغ جديدة (المصدر: { $url }).
prestatie-tariff-unknown = لا يعرف NotaWijzer التعرفة القصوى للرمز { $code } في سنة { $year }، ولا يخمّنها.
prestatie-tariff-earlier = للعلم: في سنة { $last } كان الحد الأقصى { $amount }. هذا لا يقول شيئًا عن سنة { $year }: لكل سنة حدها الأقصى. تعرفة سنة { $year } موجودة في قرار التعرفات لهيئة NZa ({ $url }).
prestatie-tariff-undated = بدون تاريخ لا يستطيع NotaWijzer البحث عن التعرفة القصوى للرمز { $code }.
prestatie-2026-category = منذ 2026 يقدّم { $role ->
        [orthopedagoog] أخصائي التربية العلاجية العام (orthopedagoog-generalist)
       *[pa] مساعد الطبيب (physician assistant)
    } فواتيره ضمن الفئة المهنية للأخصائي النفسي الصحي (gz-psycholoog): الرموز نفسها والتعرفات القصوى نفسها (المصدر: { $url }).
prestatie-2026-ov0012 = منذ 2026 تُحتسب هذه الرعاية خارج الباقة الأساسية لكل 15 دقيقة، لا لكل جلسة (المصدر: { $url }).
prestatie-quarter-hours = منذ 2026 تظهر هذه الرعاية في الفاتورة لكل 15 دقيقة. في هذا اليوم { $count } × 15 دقيقة، والمدة كلها { $minutes } دقيقة (المصدر: { $url }).

## سطر في فاتورة من قبل 2022 (explain/lines.rs)
line-consult = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } { $kind ->
        [diagnostiek] كانت لديك جلسة للفحص (consult, diagnostiek): يبحث معالجك عمّا يحدث
        [behandeling] كانت لديك جلسة علاج: محادثة مع معالجك
        [farmaco] كانت لديك جلسة عن أدويتك (farmacotherapie)
       *[none] كانت لديك جلسة (consult): محادثة مع معالجك
    }{ $form ->
        [individueel] ، معك وحدك
        [groep] ، في مجموعة مع مرضى آخرين
        [blended] ، جزئيًا عبر الإنترنت وجزئيًا وجهًا لوجه (blended)
        [outreachend] ، جاء فيها المعالج إليك (outreachend)
       *[none] {""}
    }.
line-stay = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } كنت مقيمًا في العيادة الداخلية: يوم والليلة التي تليه (verblijf).
line-day-treatment = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } كنت في العيادة خلال النهار، دون أن تنام هناك (dagbehandeling).
line-activity = { $date ->
        [none] في يوم غير مذكور في الفاتورة:
       *[other] في { $date }:
    } { $activity }.
line-dbc-product = هذا هو منتج DBC لكامل مسار علاجك (behandeltraject): مجموعة التشخيص «{ $group }»، بمدة علاج { $band }.
line-no-show = { $date ->
        [none] في يوم غير مذكور في الفاتورة،
       *[other] في { $date }،
    } كان لديك موعد لم يتم: لم تأتِ، أو ألغيته متأخرًا. هذه ليست رعاية من الباقة الأساسية (ليست خدمة من خدمات NZa). يحتسبها مقدّم الرعاية بنفسه، حسب الاتفاقات في اتفاقية العلاج (behandelovereenkomst). شركة تأمينك الصحي لا تعيد هذا المبلغ أبدًا، ولا يُحسب ضمن مساهمتك الذاتية (eigen risico). هل هذا غير صحيح، مثلًا لأنك ألغيت في الوقت المناسب؟ اسأل مقدّم الرعاية (zorgaanbieder)، واسأل عن قواعد إلغاء المواعيد.
line-fee = { $date ->
        [none] في يوم غير مذكور في الفاتورة:
       *[other] في { $date }:
    } «{ $description }». هذه ليست رعاية، بل تكلفة خاصة بمقدّم الرعاية نفسه (ليست خدمة من خدمات NZa). تسري عليها الاتفاقات في اتفاقية العلاج (behandelovereenkomst). شركة تأمينك الصحي لا تعيد هذا المبلغ أبدًا، ولا يُحسب ضمن مساهمتك الذاتية (eigen risico). ألم تكن تعرف بهذه التكلفة؟ اسأل مقدّم الرعاية أين هي مكتوبة.
line-other = { $date ->
        [none] في يوم غير مذكور في الفاتورة:
       *[other] في { $date }:
    } «{ $description }». لا يعرف NotaWijzer هذا النوع من الأسطر. اسأل مقدّم الرعاية ما هو.
line-cost = التكلفة { $amount }.
line-correction = هذا تصحيح: يُخصم { $amount }.
activity = { $activity ->
    [zorgcoordinatie] تنسيق الرعاية (zorgcoördinatie): نسّق مقدّمو المساعدة رعايتك فيما بينهم
    [mdo] اجتماع معالجيك معًا حول علاجك (MDO، multidisciplinair overleg)؛ عادةً لم تكن حاضرًا
    [verslag] كتابة التقارير (verslaglegging): كتابة تقارير عن علاجك، مثل رسالة إلى طبيب العائلة
    [ect] العلاج بالصدمات الكهربائية (ECT): علاج للدماغ بنبضات كهربائية صغيرة، تحت التخدير
    [dbs] التحفيز العميق للدماغ (DBS): بجهاز صغير يعطي نبضات كهربائية خفيفة
    [rtms] rTMS: علاج بنبضات مغناطيسية على الرأس
    [test] اختبارات نفسية (testdiagnostiek)، مثل الاستبيانات أو المهام
    [somatisch] فحص جسدي (somatisch onderzoek)، مثل قياس ضغط الدم أو سحب الدم
   *[screening] فحص أولي (screening): فحص قصير لمعرفة الرعاية التي تحتاجها
}
stay-period-one = { $kind ->
        [dag] في { $first }: يوم واحد من العلاج النهاري في العيادة (dagbehandeling).
       *[klinisch] في { $first }: يوم واحد من الإقامة في العيادة الداخلية.
    } التكلفة { $total }.
stay-period = { $kind ->
        [dag] من { $first } إلى { $last }: علاج نهاري في العيادة (dagbehandeling)، { $days }.
       *[klinisch] من { $first } إلى { $last }: إقامة في العيادة الداخلية، { $days }.
    } المجموع { $total }.

## ما الذي لم ينجح أثناء القراءة (explain/errors.rs)
position-file = الملف
position = السطر { $line }، العمود { $column }
error-with-place = { $place }: { $message }
error-empty = الملف فارغ.
error-not-a-nota = لا يبدو هذا فاتورة رعاية صحية (zorgnota). بحث NotaWijzer عن أسطر فيها رعاية: تاريخ، ورمز خدمة (مثل CO0497) أو نوع رعاية (مثل جلسة)، ومبلغ. لا توجد مثل هذه الأسطر في هذا الملف. إذن لم يتحقق NotaWijzer من أي شيء. هل هي فاتورتك رغم ذلك؟ افتح ملف PDF الذي تلقيته من مقدّم الرعاية، أو انسخ نص الفاتورة نفسها والصقه في مربع النص.
error-not-text = { $what ->
        [pdf] هذا ملف PDF.{" "}
        [image] هذه صورة.{" "}
        [office] هذا ملف Word أو Excel (أو ملف zip).{" "}
        [rtf] هذا ملف نصي منسّق (RTF).{" "}
       *[other] {""}
    }يقرأ NotaWijzer النص العادي فقط. انسخ نص فاتورتك والصقه في مربع النص.
error-file-too-large = الملف كبير جدًا ({ $size } ميغابايت؛ الحد الأقصى { $limit } ميغابايت). قُرئت البداية فقط.
error-line-too-long = هذا السطر طويل جدًا ({ $chars } حرفًا؛ الحد الأقصى { $limit }). تم تخطي السطر.
error-too-many-lines = في الملف أكثر من { $limit } سطر. لم تُقرأ الأسطر التي بعدها.
error-too-many-notas = في الملف أكثر من { $limit } فاتورة. لم تُقرأ الفواتير التي بعدها.
error-too-many-items = في هذه الفاتورة أكثر من { $limit } سطر فيه مبلغ. لم تُقرأ الأسطر التي بعدها.
error-too-many-files = يمكنك فتح { $limit } ملفات على الأكثر في وقت واحد. لم يُقرأ هذا الملف.
error-too-large-to-add = مبالغ هذه الفاتورة معًا كبيرة جدًا بحيث لا يمكن جمعها بدقة.
error-not-understood = لا يفهم NotaWijzer هذا السطر: «{ $text }». قُرئت بقية الفاتورة.
error-missing-date = لا يوجد تاريخ في هذا السطر. يحسب NotaWijzer المبلغ، لكنه لا يستطيع أن يقول متى كانت الرعاية.
error-missing-code = في هذا السطر مبلغ، لكن لا يوجد رمز خدمة (prestatiecode، مثل CO0497). يحسب NotaWijzer المبلغ، لكنه لا يعرف نوع الرعاية. اسأل مقدّم الرعاية.
error-missing-amount = يجب أن يكون هنا مبلغ، مثل { "€ 100,00" }، لكن لا يوجد شيء.
# أمثلة المبالغ مكتوبة بالطريقة الهولندية، كما في الفاتورة.
error-bad-amount = لا يستطيع NotaWijzer قراءة المبلغ «{ $text }». { $why ->
        [dot] في الهولندية تفصل النقطة الآلاف وتفصل الفاصلة السنتات. هل تقصد سنتات؟ اكتب مثلًا 100,50.
        [decimals] بعد الفاصلة رقمان على الأكثر (السنتات).
        [grouping] النقاط ليست في مكانها الصحيح: النقطة تأتي دائمًا قبل ثلاثة أرقام، كما في 1.300.
        [large] هذا المبلغ أكبر مما يمكن أن تحتويه فاتورة (أكثر من { "€ 99.999.999,99" }).
       *[other] اكتب مبلغًا مثل { "€ 100" } أو { "€ 1.300,50" }.
    }
error-bad-date = { $why ->
        [no-day] التاريخ «{ $text }» غير موجود.
        [year] السنة في «{ $text }» غير صحيحة.
        [no-year] لا توجد سنة مع «{ $text }»، ولا تذكر الفاتورة شهرًا (مثل «Declaratie februari 2017») يمكن أخذ السنة منه.
       *[unreadable] لا يستطيع NotaWijzer قراءة التاريخ «{ $text }». اكتب مثلًا 15-2-2017.
    }
error-bad-month = لا يتعرّف NotaWijzer على الشهر في «{ $text }». اكتب مثلًا: Declaratie februari 2017.
error-bad-sequence = الرقم التسلسلي «{ $text }» ليس عددًا صحيحًا.
error-duplicate-header = «{ $key }» موجود مرتين في الفاتورة، بقيمة مختلفة. يستخدم NotaWijzer الأولى.
error-json-ends-early = ملف JSON هذا ينتهي مبكرًا جدًا: ينقص شيء في النهاية، مثل قوس. لم يستطع NotaWijzer قراءته.
error-json-syntax = ملف JSON هذا غير مبني بشكل صحيح: هنا حرف لا ينتمي إلى هذا المكان، أو تنقص فاصلة أو قوس أو علامة تنصيص. من هنا لم يستطع NotaWijzer قراءة أي شيء.
error-json-field = يجب أن يحتوي الحقل «{ $field }» على { $what ->
        [amount] مبلغ بنقطة وبرقمين عشريين على الأكثر، مثل "100.00"
        [date] تاريخ، مثل "2017-02-15"
        [month] شهر، مثل "2017-02"
        [minutes] نطاق دقائق، مثل "3000-5999"
        [whole] عدد صحيح
        [boolean] true أو false
        [cluster] رقم مجموعة الرعاية أو اسمها
        [object] كائن {"{"} … {"}"}
        [array] قائمة [ … ]
       *[text] نص
    }. تم تخطي هذا الحقل.
error-json-unknown-field = لا يعرف NotaWijzer الحقل «{ $field }» وقد تخطاه.

## النتائج (explain/findings.rs)؛ في الرسالة دون تفاصيل طبية
finding-cluster-conflict = رقم مجموعة الرعاية (zorgcluster) واسمها لا يتطابقان: المجموعة { $number } اسمها «{ $name }»، لكن الاسم في الفاتورة يخص المجموعة { $other }. يعتمد NotaWijzer على الرقم.
finding-unknown-zvt = لا يعرف NotaWijzer نوع الحاجة إلى الرعاية (zorgvraagtype) «{ $text }». هناك 20 نوعًا، بالأرقام من 1 إلى 21 (الرقم 9 غير موجود).
finding-unknown-cluster = لا يعرف NotaWijzer مجموعة الرعاية (zorgcluster) «{ $text }». هناك 21 مجموعة، بالأرقام من 0 إلى 21 (الرقم 9 غير موجود).
finding-review-beyond = تاريخ إعادة التقييم (review) في الفاتورة ({ $stated }) متأخر أكثر مما يُسمح به. في المجموعة { $cluster } يجب أن تتم إعادة التقييم خلال { $interval } من بداية الرعاية. أي في موعد أقصاه { $latest }.
finding-total-mismatch = المجموع في الفاتورة ({ $stated }) لا يساوي مجموع الأسطر ({ $lines }). الفرق { $difference }.
finding-duplicate = السطر { $line } موجود مرتين: الوصف والتاريخ والمبلغ نفسها كما في السطر { $first }. هل حدث هذا فعلًا مرتين؟
finding-outside-month = التاريخ في السطر { $line } ({ $date }) لا يقع في { $month }، شهر هذه الفاتورة.
finding-before-trajectory = التاريخ في السطر { $line } ({ $date }) يقع قبل بداية مسار علاجك في { $start }.
finding-after-trajectory = التاريخ في السطر { $line } ({ $date }) يقع بعد نهاية مسار علاجك في { $end }.
finding-outside-trajectory = التاريخ في السطر { $line } ({ $date }) يقع خارج مسار علاجك.
finding-review-overdue = { $kind ->
        [zvt] كان يجب إعادة تحديد نوع حاجتك إلى الرعاية (zorgvraagtype) في موعد أقصاه { $due }: يجب أن يحدث ذلك مرة واحدة في السنة على الأقل.
       *[review] كان يجب إعادة تقييم رعايتك (review) في موعد أقصاه { $due }.
    } { $on ->
        [none] مضى على هذا التاريخ { $days }.
       *[other] في آخر يوم رعاية في هذه الفاتورة ({ $on }) كان قد مضى على هذا التاريخ { $days }.
    }{ $kind ->
        [zvt] {" "}لا يستطيع NotaWijzer أن يرى إن كان ذلك قد حدث. اسأل معالجك.
       *[review] {""}
    }
finding-review-beyond-letter = يبدو أن تاريخ إعادة التقييم في الفاتورة ({ $stated }) متأخر أكثر مما تسمح به القواعد: في موعد أقصاه { $latest }.
finding-unclear-zvt = نوع الحاجة إلى الرعاية (zorgvraagtype) في الفاتورة غير واضح.
finding-unclear-cluster = مجموعة الرعاية (zorgcluster) في الفاتورة غير واضحة.
finding-after-invoice = التاريخ في السطر { $line } ({ $date }) يقع بعد تاريخ الفاتورة ({ $invoice }). الرعاية التي لم تُقدَّم بعد لا مكان لها في الفاتورة.
finding-surcharge-alone = { $date ->
        [none] السطر { $line } رسم إضافي (toeslag) بدون تاريخ، لذلك لا يستطيع NotaWijzer أن يجد الجلسة التي يتبعها. الرسم الإضافي يتبع دائمًا جلسة.
       *[other] السطر { $line } رسم إضافي (toeslag)، لكن لا توجد في هذه الفاتورة جلسة في اليوم نفسه ({ $date }). الرسم الإضافي يتبع دائمًا جلسة. ربما تكون هذه الجلسة في فاتورة أخرى. وإلا فاسأل عنها.
    }
finding-non-insured = السطر { $line } رعاية خارج الباقة الأساسية (basispakket) ({ $amount }). هذا ليس خطأ: تدفع هذه الرعاية بنفسك، أو يدفعها تأمينك الإضافي إذا كان يغطيها. هل لديك شك؟ اسأل شركة تأمينك الصحي.
finding-quarter-hours = { $count ->
        [one] السطر { $first } ({ $date }) ربع ساعة من رعاية خارج الباقة الأساسية (OV0012). منذ 2026 تُحتسب هذه الرعاية لكل 15 دقيقة: 1 × 15 دقيقة (المصدر: { $url }).
       *[other] الأسطر من { $first } إلى { $last } ({ $date }) معًا جلسة واحدة: { $count } × 15 دقيقة، والمدة كلها { $minutes } دقيقة، والمبلغ كله { $amount }. منذ 2026 تُحتسب الرعاية خارج الباقة الأساسية (OV0012) لكل 15 دقيقة: إذن السطر نفسه ليس مكررًا في الفاتورة. تدفع هذه الرعاية بنفسك، أو يدفعها تأمينك الإضافي إذا كان يغطيها (المصدر: { $url }).
    }
finding-privacy = لا يوجد في هذه الفاتورة تشخيص ولا نوع الحاجة إلى الرعاية (zorgvraagtype)، لأنك وقّعت لذلك تصريح الخصوصية (privacyverklaring). هذا مسموح. نوع الحاجة إلى الرعاية لا يغيّر السعر (المصدر: { $url }).
finding-code-description = في السطر { $line } لا يتطابق الوصف مع الرمز. الرمز { $code } هو { $coded }، لكن الوصف يذكر { $described }. الرمز هو الذي يحدد التعرفة. اسأل مقدّم الرعاية أيهما الصحيح.
finding-quantity = في السطر { $line } مكتوب { $quantity } مرة { $price }، لكن المبلغ { $amount }. هذا غير صحيح. اسأل مقدّم الرعاية أي مبلغ هو الصحيح.
consult-words = جلسة{ $kind ->
        [diagnostiek] {" "}للفحص (diagnostiek)
        [behandeling] {" "}للعلاج
       *[other] {""}
    }{ $minutes ->
        [none] {""}
       *[other] {" "}مدتها { $minutes } دقيقة
    }{ $who ->
        [none] {""}
       *[other] {" "}مع { $who }
    }
finding-above-max-contract = المبلغ في السطر { $line } ({ $amount }) أعلى من التعرفة القصوى لهيئة NZa { $code ->
        [none] لهذا الرمز
       *[other] للرمز { $code }
    } في سنة { $year } ({ $max }). هذا مسموح فقط إذا كان لدى مقدّم الرعاية اتفاق مكتوب بهذا الشأن مع شركة تأمينك: عندها يمكن أن يكون أعلى بنسبة 10% على الأكثر (هنا حتى { $limit }). اسأل إن كان هذا الاتفاق موجودًا.
finding-above-max = المبلغ في السطر { $line } ({ $amount }) أعلى بنسبة { $percent }% من التعرفة القصوى لهيئة NZa { $code ->
        [none] لهذا الرمز
       *[other] للرمز { $code }
    } في سنة { $year } ({ $max }). حتى مع اتفاق مكتوب مع شركة تأمينك لا يجوز أن يكون أعلى بأكثر من 10% ({ $limit }). يبدو هذا كثيرًا: اطلب توضيحًا من مقدّم الرعاية أو من شركة التأمين.

## المقارنة مع نظام DBC (explain/estimate.rs)
estimate-zpm = مع نظام الخدمات (zorgprestatiemodel) كلّف مسار علاجك حتى الآن { $total }.
estimate-zpm-span = مع نظام الخدمات (zorgprestatiemodel) كلّف مسار علاجك حتى الآن { $total } (رعاية من { $first } إلى { $last }).
estimate-dbc = مع نظام DBC القديم كان المسار نفسه سيكلف تقديرًا { $total }: المنتج { $product }، بالتعرفة القصوى لسنة { $year }.
estimate-difference = { $how ->
        [same] هذا المبلغ نفسه في النظامين.
        [less] مع نظام الخدمات هذا أقل بمقدار { $difference } حتى الآن.
       *[more] مع نظام الخدمات هذا أكثر بمقدار { $difference } حتى الآن.
    }
estimate-monthly = كان نظام DBC يرسل فاتورة واحدة لكامل المسار: في نهايته، أو بعد 365 يومًا. نظام الخدمات يرسل فاتورة كل شهر. لذلك ترى التكاليف الآن أبكر وعلى أجزاء، ويستمر المبلغ أعلاه في الزيادة ما دام علاجك مستمرًا.
estimate-basis-gbggz = تذكر فاتورتك ملف الرعاية الأساسية (basis-ggz) «{ $profile }». في نظام DBC كان يقابله المنتج { $product } (حتى { $max } دقيقة). يستخدم NotaWijzer تعرفة 2021، آخر سنة لنظام DBC (المصدر: psychologenweerdsingel.nl). لو توقفت الرعاية بعد 120 دقيقة على الأكثر، لكان مسار علاج غير مكتمل ({ "228,04 €" } في 2021).
estimate-basis-specialist = في نظام DBC كان السعر يعتمد على مجموعة التشخيص وعلى عدد دقائق العلاج. الجلسات في فواتيرك تستغرق معًا { $minutes } دقيقة: وقت المحادثات نفسها. كان نظام DBC يحسب أيضًا الوقت غير المباشر، مثل التقارير والاجتماعات، لذلك قد يكون المنتج الحقيقي أعلى. التعرفات: التعرفات القصوى لهيئة NZa لعام 2018 (المصدر: cuserhuis.nl)؛ لا يملك NotaWijzer تعرفات أحدث لكل منتج.
estimate-indirect = مع معيار الوقت غير المباشر في نظام الخدمات تُضاف { $minutes } دقيقة. عندها يصبح المنتج { $product }: { $price ->
        [none] مبلغ لا يعرفه NotaWijzer
       *[other] { $price }
    }.
estimate-none-profile = لتقدير مبلغ DBC يلزم ملف الرعاية الأساسية (kort أو middel أو intensief أو chronisch) أو التشخيص الرئيسي. هذه غير موجودة في الفاتورة، مثلًا لأنك وقّعت تصريح الخصوصية (privacyverklaring). لذلك لا يقدّم NotaWijzer تقديرًا.
estimate-none-group = لا يستطيع NotaWijzer ربط التشخيص «{ $diagnosis }» بمجموعة منتجات في نظام DBC. لذلك لا يقدّم NotaWijzer تقديرًا.
estimate-none-insured = الرعاية لـ«{ $diagnosis }» لم تكن ضمن الباقة الأساسية في نظام DBC. لذلك مقارنة المبالغ لا تقول الكثير، ولا يقدّم NotaWijzer تقديرًا.
estimate-none-table = في نظام DBC يقابل هذه الرعاية المنتج { $product }. وهو غير موجود في جدول تعرفات 2018 الذي لدى NotaWijzer (الجدول غير كامل). لا يخترع NotaWijzer مبالغ، لذلك لا يقدّم تقديرًا.
estimate-year-share = { $most ->
        [none] { $year }: يُحسب { $amount }؛ لا يعرف NotaWijzer المساهمة الذاتية (eigen risico) لسنة { $year }.
       *[other] { $year }: يُحسب { $amount }؛ تدفع منه بنفسك { $most } على الأكثر.
    }
estimate-er-zpm = المساهمة الذاتية (eigen risico) في نظام الخدمات: كل خدمة (prestatie) تُحسب ضمن المساهمة الذاتية للسنة التي تلقيت فيها الرعاية ({ "385 €" } في السنة). الرعاية خارج الباقة الأساسية لا تُحسب.
estimate-er-dbc = في نظام DBC كان المسار كله يُحسب مرة واحدة، في السنة التي بدأ فيها ({ $year }): { $amount } على الأكثر.
estimate-er-new-year = مسارك يمتد عبر رأس السنة. لذلك قد تدفع مع نظام الخدمات حتى { $extra } أكثر من المساهمة الذاتية مقارنة بنظام DBC.
estimate-er-one-year = يقع مسارك حتى الآن في سنة واحدة: في النظامين يُحسب ضمن المساهمة الذاتية لتلك السنة.
estimate-er-under-18 = حسب تاريخ الميلاد في الفاتورة كان عمرك أقل من 18 سنة. من عمره أقل من 18 سنة لا يدفع مساهمة ذاتية.
estimate-er-other-care = ما تدفعه فعلًا يعتمد على رعاية أخرى تلقيتها في تلك السنة: قد تكون المساهمة الذاتية قد استُنفدت (جزئيًا). لا يستطيع NotaWijzer رؤية ذلك.

## ماذا تدفع؟ (explain/payment.rs)
payment-reason = { $reason ->
        [no-show] موعد لم يتم
        [fee] تكلفة خاصة بمقدّم الرعاية نفسه
       *[non-insured] رعاية خارج الباقة الأساسية
    }
payment-now = تدفع الآن { $pay }. منها { $insured } رعاية مؤمَّنة.
payment-now-part = تدفع الآن { $pay }. ومن الفاتورة كلها ({ $total }) { $insured } رعاية مؤمَّنة.
payment-now-uninsured = تدفع الآن { $pay }. لا شيء في هذه الفاتورة يغطيه تأمينك الأساسي. عقد مقدّم الرعاية أو النسبة في وثيقة تأمينك لا يغيّران ذلك. ربما يغطيه تأمينك الإضافي أو صاحب عملك: اسألهم.
payment-never = السطر { $line } ({ $amount }) لا تعيده شركة تأمينك الصحي (zorgverzekeraar) أبدًا: هذا { $reason }.
payment-er-unknown = المساهمة الذاتية (eigen risico) لسنة { $year } غير معروفة بعد.
eigen-risico-budget = لسنة { $year } يحسب NotaWijzer بمساهمة ذاتية (eigen risico) قدرها { $amount }: وهو المبلغ الوارد في ميزانية { $year } (Prinsjesdag 2026). لم يرَ NotaWijzer بعد صفحة حكومية تؤكده (المصدر: { $url }).
payment-er-under-18 = كان عمرك أقل من 18 سنة: ليست عليك مساهمة ذاتية (eigen risico) في سنة { $year }.
payment-er-share = { $given ->
        [yes] { $year }: من الرعاية المؤمَّنة في هذه الفاتورة يقع { $amount } ضمن مساهمتك الذاتية (eigen risico). هذا تدفعه بنفسك.
       *[no] { $year }: من الرعاية المؤمَّنة في هذه الفاتورة يقع { $amount } ضمن مساهمتك الذاتية (eigen risico)، إذا لم تدفع أي مساهمة ذاتية هذه السنة بعد. كم دفعت حتى الآن، تراه على موقع شركة تأمينك أو في تطبيقها.
    }
payment-policy = هل ليس لدى مقدّم الرعاية عقد مع شركة تأمينك، وتغطي وثيقتك { $percent } %؟ عندها تعيد لك شركة التأمين { $back } على الأكثر. إذن تدفع بنفسك { $least } على الأقل.
payment-policy-most = هذا هو الحد الأقصى. شركة التأمين لا تدفع أيضًا أكثر من هذه النسبة من متوسط تعرفتها التعاقدية، وهذه التعرفة لا يعرفها NotaWijzer. بعض شركات التأمين تنشر على موقعها أعلى تعويض لكل رمز خدمة.
payment-policy-unknown = لا يستطيع NotaWijzer حساب ما تعيده شركة التأمين: المساهمة الذاتية لسنة في هذه الفاتورة غير معروفة بعد.
payment-policy-ask = هل ليس لدى مقدّم الرعاية عقد مع شركة تأمينك؟ عندها تعيد شركة التأمين جزءًا: النسبة المكتوبة في وثيقتك تحت «الرعاية غير المتعاقد عليها» (niet-gecontracteerde zorg). في 2026 هي في الغالب من 60 % إلى 85 % (المصدر: { $source }). بهذه النسبة يحسب NotaWijzer أقصى ما تسترجعه.
payment-hinderpaal = لا يوجد حد أدنى قانوني لهذه النسبة. القاعدة أن التعويض لا يجوز أن يكون منخفضًا لدرجة تمنعك من الذهاب إلى مقدّم الرعاية هذا (معيار العائق، hinderpaalcriterium، المادة 13 من قانون التأمين الصحي Zorgverzekeringswet؛ المحكمة العليا: { $source }). بعض شركات التأمين تطلب أن تطلب الموافقة مسبقًا.
payment-contracted = هل لدى مقدّم الرعاية عقد مع شركة تأمينك؟ عندها يرسل الفاتورة إلى شركة التأمين، وتدفع أنت مساهمتك الذاتية فقط. إذا وصلتك فاتورة رغم ذلك، فاسأل عن السبب.
letter-never-line = السطر { $line } ({ $amount }: { $reason })
letter-never = هذه الأسطر لا تعيدها شركة تأميني الصحي أبدًا: { $lines }. هل صحيح أنني أدفعها بنفسي؟

## نظرة عامة (explain/overview.rs)
overview-month-total-zpm = تطلب هذه الفاتورة (nota) { $amount }{ $first ->
        [none] {""}
       *[other] {" "}مقابل الرعاية { $last ->
            [none] في { $first }
           *[other] من { $first } إلى { $last }
        }
    }.
overview-month-total = { $kind ->
        [dbc] تطلب فاتورة DBC هذه { $amount } مقابل كامل مسار العلاج.
       *[pilot] تطلب هذه الفاتورة (nota) { $amount }{ $month ->
            [none] {""}
           *[other] {" "}عن { $month }
        }.
    }
overview-still-to-pay = { $paid ->
        [none] المتبقي للدفع { $balance }.
       *[other] المتبقي للدفع { $balance }؛ وقد دُفع { $paid } من قبل.
    }
overview-for-zpm = { $first ->
        [none] الفاتورة { $number }
       *[other] مقابل الرعاية { $last ->
            [none] في { $first }
           *[other] من { $first } إلى { $last }
        }{ $number ->
            [none] {""}
           *[other] {" "}(الفاتورة { $number })
        }
    }
overview-for = { $kind ->
        [dbc] مقابل كامل مسار العلاج (DBC){ $sequence ->
            [none] {""}
           *[other] {" "}(الرقم التسلسلي { $sequence })
        }
       *[pilot] { $month ->
            [none] (الرقم التسلسلي { $sequence })
           *[other] عن { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(الرقم التسلسلي { $sequence })
            }
        }
    }
overview-cumulative = { $until ->
        [none] كلّف مسار علاجك حتى الآن { $total }: { $before } من قبل و{ $now } في هذه الفاتورة.
       *[other] كلّف مسار علاجك حتى { $until } ضمنًا { $total } في المجموع: { $before } من قبل و{ $now } في هذه الفاتورة.
    }
overview-cumulative-unknown = لا تذكر الفاتورة ما فُوتر من قبل لهذا المسار. مع هذه الفاتورة يبلغ المسار حتى الآن { $total } على الأقل.
overview-findings = { $count ->
        [0] لم يجد NotaWijzer شيئًا يبدو غير صحيح.
        [one] وجد NotaWijzer نقطة واحدة للاستفسار عنها.
        [two] وجد NotaWijzer نقطتين للاستفسار عنهما.
        [few] وجد NotaWijzer { $count } نقاط للاستفسار عنها.
        [many] وجد NotaWijzer { $count } نقطة للاستفسار عنها.
       *[other] وجد NotaWijzer { $count } نقطة للاستفسار عنها.
    }

## مجموعات الرعاية وأنواع الحاجة إلى الرعاية (الأسماء ترجمة NotaWijzer)
cluster-name = { $number ->
    [0] حاجة إلى الرعاية لا يمكن تصنيفها في مجموعة
    [1] اضطراب نفسي خفيف
    [2] اضطراب نفسي خفيف، حاجة أكبر إلى الرعاية
    [3] اضطراب نفسي متوسط
    [4] اضطراب نفسي شديد
    [5] اضطراب نفسي شديد جدًا
    [6] اضطراب مع أفكار مبالغ في قيمتها
    [7] اضطراب مستمر، قيود كبيرة
    [8] اضطراب فوضوي وصعب
    [10] النوبة الذهانية الأولى
    [11] ذهان مستمر أو متكرر، أعراض قليلة
    [12] ذهان مستمر أو متكرر، قيود كبيرة
    [13] ذهان مستمر أو متكرر، أعراض كثيرة وقيود كبيرة
    [14] أزمة ذهانية
    [15] اكتئاب ذهاني شديد
    [16] تشخيص مزدوج (مواد واضطراب نفسي)
    [17] ذهان أو اضطراب وجداني، يصعب إشراكه في العلاج
    [18] قصور إدراكي، حاجة قليلة إلى الرعاية
    [19] قصور إدراكي أو خرف، حاجة متوسطة إلى الرعاية
    [20] قصور إدراكي أو خرف، حاجة كبيرة إلى الرعاية
   *[21] قصور إدراكي أو خرف، حاجة جسدية كبيرة إلى الرعاية
}
cluster-group = { $group ->
    [Ia] خفيف/متوسط/شديد
    [Ib] شديد جدًا/معقد/مستمر
    [IIa] النوبة الأولى
    [IIb] مستمر/متكرر
    [IIc] نوبة حادة
    [IId] نمط حياة غير مستقر
    [IIIa] قصور إدراكي
   *[none] حاجة إلى الرعاية لا يمكن تصنيفها في مجموعة
}
cluster-super = { $numeral ->
    [I] حاجة إلى الرعاية دون أعراض ذهانية مقلقة أو أوهام
    [II] حاجة إلى الرعاية مع أعراض ذهانية مقلقة أو أوهام
    [III] حاجة إلى الرعاية حول مشكلات عصبية إدراكية
   *[none] حاجة إلى الرعاية لا يمكن تصنيفها في مجموعة
}
cluster-sentence = مجموعة رعايتك (zorgcluster) هي { $number }: { $name }. وهي تنتمي إلى الفئة { $group } ({ $groupname })، في المجموعة الكبرى { $numeral } ({ $supername }).
cluster-sentence-apart = مجموعة رعايتك (zorgcluster) هي { $number }: { $name }. هذه المجموعة قائمة بذاتها خارج المجموعات الكبرى الثلاث.
cluster-indicative = المدة التي تستغرقها الرعاية في هذه المجموعة عادةً: { $value }.
cluster-indicative-months = من { $from } إلى { $to } أشهر
cluster-indicative-unknown = غير معروفة (نشرت هيئة NZa ذلك للمجموعة 3 فقط)
cluster-review-interval = يجب إعادة تقييم رعايتك في هذه المجموعة (review) مرة كل { $interval } على الأقل.
cluster-working-names = أسماء المجموعات هنا ترجمة من NotaWijzer؛ الرسمي هو أرقام المجموعات. في الفاتورة يُكتب الاسم الهولندي.
zvt-sentence = نوع حاجتك إلى الرعاية (zorgvraagtype) هو { $number }: «{ $name }». يصف نوع الحاجة إلى الرعاية مدى شدة حاجتك إلى الرعاية وتعقيدها. وهو خلف مجموعة الرعاية (zorgcluster) من تجربة 2017 ويحمل الأرقام نفسها. نوع الحاجة إلى الرعاية لا يحدد السعر: السعر يعتمد على الخدمات (prestaties) في الفاتورة.
zvt-review-note = يعيد معالجك تحديد نوع الحاجة إلى الرعاية مرة واحدة في السنة على الأقل. المدد الرسمية لكل نوع غير منشورة بشكل يستطيع NotaWijzer التحقق منه. لذلك يحسب NotaWijzer سنة واحدة من بداية مسار رعايتك، ثم كل سنة بعد ذلك.
zvt-names-note = الأسماء الهولندية الرسمية لأنواع الحاجة إلى الرعاية غير منشورة بشكل يستطيع NotaWijzer التحقق منه. الأسماء هنا ترجمات من NotaWijzer للأسماء الإنجليزية للنموذج الذي ينحدر منه نوع الحاجة إلى الرعاية.

## إعادة التقييم (explain/overview.rs)
review-none = { $kind ->
        [zvt] لا تذكر الفاتورة تاريخ بدء مسار الرعاية، لذلك لا يستطيع NotaWijzer أن يحسب متى يجب إعادة تحديد نوع الحاجة إلى الرعاية.
       *[review] لا تذكر الفاتورة تاريخ إعادة التقييم، ولا يستطيع NotaWijzer حسابه دون مجموعة رعاية وتاريخ بدء.
    }
review-due = { $kind ->
        [zvt] { $stated ->
            [yes] حسب الفاتورة يُعاد تحديد نوع حاجتك إلى الرعاية في موعد أقصاه { $date }.
           *[no] يجب إعادة تحديد نوع حاجتك إلى الرعاية في موعد أقصاه { $date }.
        }
       *[review] { $stated ->
            [yes] حسب الفاتورة يجب أن تتم إعادة التقييم في موعد أقصاه { $date }.
           *[no] لا تذكر الفاتورة تاريخ إعادة التقييم. حسب قواعد هذه المجموعة هو في موعد أقصاه { $date }.
        }
    }
review-on-ahead = في آخر يوم رعاية في هذه الفاتورة ({ $on }) لم يكن هذا التاريخ قد مضى بعد.
review-on-passed = في آخر يوم رعاية في هذه الفاتورة ({ $on }) كان قد مضى على هذا التاريخ { $days }.
review-today = هذا اليوم.
review-ahead = هذا بعد { $days }.
review-passed = مضى على هذا التاريخ { $days }.
review-not-needed = لم تعد إعادة التقييم لازمة: انتهت رعايتك في { $ended }، قبل ذلك التاريخ.
review-label-in-time = في الوقت المناسب لهذه الفاتورة
review-label-late = متأخر { $days } لهذه الفاتورة
review-label-unknown = غير معروف
review-label-today = اليوم
review-label-left = باقٍ { $days }
review-label-passed = مضى { $days }
review-label-not-needed = لم تعد لازمة

## مقارنة التجربة بفاتورة DBC (explain/overview.rs)
comparison-totals = { $until ->
        [none] مع نظام مجموعات الرعاية كلّف مسار علاجك { $cluster }.
       *[other] مع نظام مجموعات الرعاية كلّف مسار علاجك حتى { $until } ضمنًا { $cluster }.
    } مع نظام DBC القديم يكلف المسار نفسه { $dbc }.
comparison-difference = { $how ->
        [same] هذا المبلغ نفسه تمامًا.
        [less] إذن مع نظام مجموعات الرعاية دفعت شركة تأمينك { $difference } أقل.
       *[more] إذن مع نظام مجموعات الرعاية دفعت شركة تأمينك { $difference } أكثر.
    }
comparison-why = لماذا الفرق؟ في نظام DBC تدفع شركة تأمينك مبلغًا واحدًا لكامل المسار. هذا المبلغ يعتمد على مجموعة التشخيص («{ $group }») وعلى عدد الدقائق التي خُصصت لعلاجك ({ $minutes }). وتُضاف الأيام في العيادة الداخلية. هذه الفاتورة تأتي فقط في نهاية المسار. في نظام مجموعات الرعاية تأتي كل شهر فاتورة لما تم في ذلك الشهر.
comparison-why-short = لماذا الفرق؟ في نظام DBC تدفع شركة تأمينك مبلغًا واحدًا لكامل المسار، إضافة إلى الأيام في العيادة الداخلية، وتأتي هذه الفاتورة في النهاية فقط. في نظام مجموعات الرعاية تأتي فاتورة كل شهر.
comparison-stay = يشمل مبلغ DBC { $days } في العيادة الداخلية ({ $amount }).
comparison-maximum = للمقارنة: كانت التعرفة القصوى لهيئة NZa لعام 2018 لمنتج DBC هذا { $amount }.
comparison-incomplete = تنبيه: فاتورة مجموعة الرعاية لا تصل بعد إلى نهاية مسار DBC. لذلك المقارنة غير مكتملة بعد.
comparison-glance = { $how ->
        [same] المبلغ نفسه كما في نظام DBC ({ $estimate ->
            [yes] تقدير: { $dbc }
           *[no] { $dbc }
        }).
        [less] { $estimate ->
            [yes] حتى الآن { $difference } أقل من نظام DBC (تقدير: { $dbc }).
           *[no] { $difference } أقل من نظام DBC ({ $dbc }).
        }
       *[more] { $estimate ->
            [yes] حتى الآن { $difference } أكثر من نظام DBC (تقدير: { $dbc }).
           *[no] { $difference } أكثر من نظام DBC ({ $dbc }).
        }
    }
comparison-none = للمقارنة مع نظام DBC القديم تلزم أيضًا فاتورة DBC للمسار نفسه. افتحها مع هذه الفاتورة. لا يحسب NotaWijzer مبلغ DBC بدون تلك الفاتورة: التعرفات ليست علنية بالكامل.

## من يمكنك أن تسأل؟ (rijksoverheid.nl، نقطة البلاغات لدى NZa)
ask-insurer = اسأل أولًا شركة تأمينك الصحي (zorgverzekeraar). يمكنها مراجعة الفاتورة وتخبرك بما تم فيها.
ask-provider = هل وصلتك الفاتورة مباشرة من مقدّم الرعاية (zorgaanbieder: العيادة أو المؤسسة)؟ عندها اسأل مقدّم الرعاية أولًا.
ask-nza = ألم تتوصلا إلى حل معًا؟ أبلغ هيئة الرعاية الصحية الهولندية (Nederlandse Zorgautoriteit، NZa): www.nza.nl/contact/meldpunt، أو اتصل بالرقم 088 770 8 770 (أيام العمل من 9 إلى 17؛ باللغة الهولندية).
ask-never-send = لا ترسل أبدًا رقم المواطن (BSN) أو رقم حسابك المصرفي أو بياناتك الطبية عندما تطرح سؤالًا.

## الرسالة إلى شركة التأمين الصحي (تُرسل دائمًا بالهولندية؛ هذه الترجمة بجانبها)
letter-greeting = السادة المحترمون،
letter-question = لدي سؤال عن { $number ->
        [none] { $month ->
            [none] { $sequence ->
                [none] فاتورتي
               *[other] الفاتورة ذات الرقم التسلسلي { $sequence }
            }
           *[other] فاتورة { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(الرقم التسلسلي { $sequence })
            }
        }
       *[other] الفاتورة { $number }
    }{ $dbc ->
        [yes] {" "}(DBC)
       *[no] {""}
    }. الأمر يتعلق بما يلي:
letter-more = و{ $count } نقاط أخرى مثل هذه.
letter-closing =
    هل يمكنكم مراجعة ذلك من أجلي وإبلاغي بما هو صحيح؟

    مع التحية،

## المقارنة مع نظام DBC: الجدول والرسوم البيانية (compare.rs)
compare-er-heading = المساهمة الذاتية (eigen risico)
compare-no-estimate = لا يستطيع NotaWijzer تقدير تكلفة نظام DBC: انظر المقارنة.
compare-er-under-18 = المساهمة الذاتية: تحت 18 سنة لا تدفع مساهمة ذاتية.
compare-er-glance = المساهمة الذاتية: تدفع مقابل ذلك { $zpm } على الأكثر (مع نظام DBC { $dbc } على الأكثر).
compare-er-see = المساهمة الذاتية: انظر المقارنة.
compare-unknown = غير معروف
compare-together = المجموع
compare-table-caption = حسب السنة الميلادية: ما يُحسب وأقصى ما تدفعه
compare-table-year = السنة
compare-table-counts = يُحسب (zorgprestatiemodel)
compare-table-most = تدفع على الأكثر (zorgprestatiemodel)
compare-table-most-dbc = دفعت على الأكثر (نظام DBC)
compare-chart-cost = كم يكلف مسارك
compare-chart-nota = الفاتورة { $number }: { $amount }
compare-chart-zpm = نظام الخدمات (zorgprestatiemodel){ $until ->
        [none] {""}
       *[other] {" "}(حتى { $until })
    }: { $amount }
compare-chart-dbc = نظام DBC، تقدير بتعرفة { $year }: { $amount }
compare-chart-er = المساهمة الذاتية التي تدفعها على الأكثر
compare-chart-er-zpm = نظام الخدمات: { $amount } على الأكثر
compare-chart-er-dbc = نظام DBC: { $amount } على الأكثر
compare-chart-er-dbc-year = نظام DBC { $year }: { $amount }

## إشعارات عن جلب الفاتورة أو قراءتها (notices.rs)
notice-src-refused = لا يفتح NotaWijzer فاتورة من { $origin }: هذا الموقع ليس في قائمة شركاء NotaWijzer هذا. نزّل الفاتورة وافتح الملف هنا بنفسك.
notice-src-network = لم يستطع NotaWijzer جلب الفاتورة. هل اتصالك بالإنترنت يعمل؟ حاول لاحقًا، أو نزّل الفاتورة وافتح الملف هنا.
notice-src-unauthorized = لم تسجّل الدخول (أو لم تعد مسجّلًا) في الموقع الذي توجد فيه الفاتورة. سجّل الدخول من جديد ثم افتح الفاتورة مرة أخرى.
notice-src-not-found = لم يُعثر على الفاتورة. ربما انتهت صلاحية الرابط. افتح الفاتورة من جديد من موقع شركة تأمينك.
notice-src-too-large = هذه الفاتورة أكبر مما يستطيع NotaWijzer قراءته (أكثر من 4 ميغابايت). اطلب من شركة تأمينك الفاتورة شهرًا بشهر.
notice-src-http = أعاد الموقع الذي فيه الفاتورة خطأ (الرمز { $code }). حاول مرة أخرى لاحقًا.
notice-pdf-failed = { $name }: { $problem ->
        [scan] لم يجد NotaWijzer نصًا في ملف PDF هذا. نزّل الفاتورة بصيغة PDF من مقدّم الرعاية أو من شركة التأمين، أو صوّر الفاتورة الورقية، أو اكتب الأسطر في «أو الصق نص فاتورتك».
        [password] ملف PDF هذا محمي بكلمة مرور. لا يطلب NotaWijzer كلمات المرور أبدًا. افتح الملف في قارئ PDF، واحفظه بدون كلمة مرور (أو اطبعه إلى PDF) وافتح ذلك الملف هنا.
        [damaged] ملف PDF هذا تالف أو ليس PDF حقيقيًا: لا يستطيع NotaWijzer فتحه. نزّل الفاتورة من جديد وحاول مرة أخرى.
       *[large] ملف PDF هذا أكبر من 10 ميغابايت، أكبر مما يقرأه NotaWijzer. الفاتورة عادةً أصغر بكثير؛ ربما فيها صور. اطلب من مقدّم الرعاية أو من شركة التأمين الفاتورة نفسها.
    }
notice-picture-failed = { $name }: { $problem ->
        [unreadable] لا يستطيع NotaWijzer فتح هذه الصورة. افتح صورة بصيغة JPEG أو PNG أو WebP، أو ملف PDF للفاتورة.
        [heic] هذه صورة HEIC (هكذا يحفظ iPhone الصور)، وهذا المتصفح لا يستطيع فتحها. أرسل الصورة بصيغة JPEG: في iPhone اختر الإعدادات > الكاميرا > التنسيقات > «الأكثر توافقًا» والتقط الصورة من جديد. أو التقط لقطة شاشة للصورة وافتحها هنا.
        [unavailable] لم يتم تحميل خاصية التعرف على النص في NotaWijzer. أعد تحميل الصفحة وافتح الصورة مرة أخرى.
        [large] هذه الصورة أكبر من 10 ميغابايت، أكبر مما يقرأه NotaWijzer. التقط الصورة من جديد بإعدادات الكاميرا العادية، أو التقط لقطة شاشة للصورة وافتحها هنا.
        [dark] الصورة مظلمة جدًا: لا يستطيع NotaWijzer قراءة النص.
        [blurred] الصورة غير واضحة جدًا: لا يستطيع NotaWijzer قراءة النص.
       *[no-text] لم يجد NotaWijzer نصًا في هذه الصورة.
    }
notice-pdf-opening = يفتح NotaWijzer ملف PDF الخاص بك…
notice-pdf-reading = يقرأ NotaWijzer ملف PDF الخاص بك: الصفحة { $page } من { $pages }…
notice-picture = { $step ->
        [0] يجهّز NotaWijzer الصورة للقراءة…
        [1] جارٍ تحميل التعرف على النص… { $done } %
       *[2] جارٍ التعرف على النص… { $done } %
    }{ $pages ->
        [0] {""}
        [1] {""}
       *[other] {" "}(الصفحة { $page } من { $pages })
    }
notice-picture-tips = ما يمكنك تجربته: ضع الفاتورة مسطحة في مكان فيه ضوء كثير (بدون فلاش ينعكس). أمسك الهاتف مستقيمًا فوق الفاتورة، بحيث تظهر الفاتورة كلها في الصورة. المس الشاشة لضبط التركيز وأبقِ الهاتف ثابتًا. هل لديك الفاتورة بصيغة PDF أيضًا؟ افتحها إذن: يقرؤها NotaWijzer بالتأكيد.

## كلمات الصفحة نفسها (labels.rs؛ في التحميل الأول)
app-title = NotaWijzer ggz
app-tagline = افهم فاتورة رعاية الصحة النفسية (ggz) الخاصة بك
app-skip-link = انتقل مباشرة إلى المحتوى
app-lang-switch = اللغة
app-open-heading = افتح فاتورتك (nota)
app-privacy = تبقى فاتورتك على جهازك. لا يرسل NotaWijzer أي شيء ولا يحفظ أي شيء.
app-choose-files = اختر ملفًا واحدًا أو أكثر
app-file-hint = ملف PDF لفاتورتك أو صورة لها (حتى 10 ميغابايت)، أو ملف نصي أو CSV أو JSON (حتى 4 ميغابايت)؛ ويمكن عدة ملفات معًا.
app-take-photo = التقط صورة لفاتورتك
app-drop-here = يمكنك أيضًا سحب الملفات إلى هنا.
app-paste-summary = أو الصق نص فاتورتك
app-paste-label = نص الفاتورة
app-paste-hint = انسخ النص من فاتورتك (مثلًا من بريد إلكتروني أو ملف PDF) والصقه هنا.
app-paste-button = اقرأ هذا النص
app-example-button = شاهد المثال (Meneer Henk)
app-clear-button = ابدأ من جديد
app-print-button = اطبع
app-reading = جارٍ القراءة…
app-open-again = افتح فاتورة أخرى
app-letter-label = نص للإرسال (بدون رقم المواطن BSN أو بيانات طبية)
app-letter-hint = يمكنك نسخ هذا النص ولصقه في بريد إلكتروني أو في نموذج الاتصال لدى شركة تأمينك. النص بالهولندية، لأن شركة تأمينك تقرأ الهولندية.
app-copy-button = انسخ النص
app-copied = تم نسخ النص.
app-copy-failed = لم ينجح النسخ. حدّد النص وانسخه بنفسك.
app-lines-heading = شرح كل الأسطر
app-cluster-heading = مجموعة رعايتك (zorgcluster)
app-comparison-heading = المقارنة مع نظام DBC القديم
app-footer-privacy = يعمل NotaWijzer بالكامل في متصفحك: فاتورتك لا تذهب إلى أي مكان.
app-footer-sources = المصادر: NZa، عرض نظام مجموعات الرعاية (2017)؛ رسالة إلى البرلمان بتاريخ 2 مارس 2020؛ أداة Mental Health Clustering Tool الإنجليزية (المجموعات ومدد إعادة التقييم).
app-footer-disclaimer = يشرح NotaWijzer؛ ولا يقدّم نصيحة. هل لديك شك؟ اسأل شركة تأمينك الصحي.
view-cluster-intro = في نظام مجموعات الرعاية ينتمي كل مريض إلى واحدة من 21 مجموعة رعاية، حسب استبيان (HoNOS+). كل مجموعة تنتمي إلى فئة وإلى مجموعة كبرى، ولها مدة ثابتة يُعاد فيها تقييم الرعاية (review). افتح فاتورتك لترى مجموعتك.
app-engine-loading = جارٍ تحميل NotaWijzer…
app-engine-failed = لم يتم تحميل الجزء من NotaWijzer الذي يقرأ الفواتير. ربما انقطع الاتصال. فاتورتك محفوظة: حاول مرة أخرى.
app-retry-button = حاول مرة أخرى
view-comparison-intro = حتى 2022 كانت رعاية الصحة النفسية في هولندا تُدفع عبر نظام DBC: مبلغ واحد لكامل مسار العلاج، يُختار حسب مجموعة التشخيص ودقائق العلاج، إضافة إلى الأيام في العيادة الداخلية. في نظام مجموعات الرعاية تأتي فاتورة كل شهر.
app-lines-empty = افتح فاتورة أولًا. بعد ذلك يُشرح هنا كل سطر.
app-example-zpm-button = شاهد مثالًا حاليًا (2025)
app-page-ask = هل يبدو شيء غير صحيح؟
app-page-checks = كيف يتحقق NotaWijzer
app-page-privacy = الخصوصية
app-page-accessibility = إمكانية الوصول
app-view-overview = نظرة عامة
app-view-lines = سطرًا بسطر
app-view-zvt = نوع الحاجة إلى الرعاية
app-view-cluster = مجموعة الرعاية
app-view-comparison = المقارنة مع DBC
app-view-sections = الأقسام

## كلمات العروض (labels.rs، ViewLabels)
view-payment-heading = ماذا تدفع؟
view-payment-private = ما تكتبه أدناه يبقى في هذه الصفحة: ليس في الرابط، ولا يُحفظ، ولا يذهب إلى أي مكان. «ابدأ من جديد» يمحوه.
view-no-contract = ليس لدى مقدّم الرعاية الخاص بي عقد مع شركة تأميني الصحي
view-percent-label = ما النسبة التي تغطيها وثيقتك للرعاية بدون عقد؟
view-percent-hint = هذا مكتوب في شروط وثيقتك، تحت «الرعاية غير المتعاقد عليها» (niet-gecontracteerde zorg). رقم من 0 إلى 100.
view-used-hint = تراه على موقع شركة تأمينك الصحي أو في تطبيقها. إذا تركته فارغًا: يحسب NotaWijzer كأنك لم تدفع شيئًا بعد.
view-glance-heading = باختصار
view-how-checked = كيف يتحقق NotaWijzer من هذا (يفتح في علامة تبويب جديدة)
view-asks = تطلب هذه الفاتورة
view-so-far = كلّف المسار حتى الآن
view-findings-heading = ما يبدو غير صحيح
view-notes-heading = من المفيد أن تعرف
view-notes-more = المزيد عن هذا، وكيف يتحقق NotaWijzer منه
view-ask-heading = هل شيء غير صحيح؟
view-pdf-read-note = النص الذي أخذه NotaWijzer من ملف PDF الخاص بك، مع أرقام الأسطر التي تستخدمها الرسائل. هل لا يتطابق مبلغ مع ملف PDF؟ هنا ترى أين حدثت المشكلة.
view-picture-read-note = النص الذي تعرّف عليه NotaWijzer في الصورة، مع أرقام الأسطر التي تستخدمها الرسائل. قراءة الصورة لا تنجح دائمًا: قارن المبالغ والتواريخ والرموز بفاتورتك. في «كل الأسطر» يوجد بجانب كل سطر جزء الصورة الذي جاء منه.
view-picture-correct = هل مكتوب في فاتورتك شيء آخر؟ النص المتعرَّف عليه موجود أيضًا في المربع تحت «أو الصق نص فاتورتك». صحّحه هناك واختر «اقرأ هذا النص».
view-picture-cut = جزء من النص يلامس حافة الصورة. ربما كان جزء من الفاتورة خارج الصورة. التقط الصورة من جديد، بحيث تظهر الفاتورة كلها.
view-strip-alt = جزء الصورة الذي فيه هذا السطر
view-from-picture = مقروء من الصورة
view-unsure = لم يُقرأ بشكل مؤكد، تحقق من هذا في الصورة:
view-stays-heading = الأيام في العيادة الداخلية
view-show-more = اعرض مزيدًا من الأسطر
view-cluster-none = لا تذكر هذه الفاتورة مجموعة رعاية.
view-tree-label = موقع مجموعة رعايتك في نظام مجموعات الرعاية
view-your-cluster = مجموعتك
view-catalogue-summary = اعرض كل مجموعات الرعاية الـ21
view-review-heading = إعادة التقييم (review)
view-review-date = تاريخ إعادة التقييم
view-review-status = الحالة
view-review-interval = إعادة التقييم على الأقل كل
view-review-latest = أقصى موعد حسب القواعد
view-chart-title = تكلفة مسار العلاج: نظام مجموعات الرعاية ونظام DBC جنبًا إلى جنب
view-dbc-model = نظام DBC
view-before = من قبل
view-this-month = هذه الفاتورة
view-product = منتج DBC
view-stays = الإقامة
view-other = أخرى
view-errors-heading = ما لم يستطع NotaWijzer قراءته
view-errors-intro = هذه الأسطر لم تُقرأ (بالكامل). وقُرئت البقية. أدناه نصك أنت، مع مكان المشكلة.
view-source-label = نصك
view-unreadable-file = لم يستطع NotaWijzer قراءة أي شيء من هذا الملف.
view-number = الرقم
view-name = الاسم
view-group = الفئة
view-supercluster = المجموعة الكبرى
view-period = المدة المعتادة للرعاية
view-show-all-findings = اعرض كل النقاط
view-zvt-heading = نوع حاجتك إلى الرعاية (zorgvraagtype)
view-zvt-none = لا تذكر هذه الفاتورة نوع الحاجة إلى الرعاية. مع تصريح الخصوصية (privacyverklaring) هذا مسموح.
view-zvt-uninsured = في هذه الفاتورة رعاية خارج الباقة الأساسية فقط. لذلك لا يقول NotaWijzer شيئًا عن نوع الحاجة إلى الرعاية (zorgvraagtype) أو عن إعادة تحديده.
view-zvt-privacy-short = غير مذكور (تصريح الخصوصية)
view-zvt-tree = موقع نوع حاجتك إلى الرعاية في النموذج
view-zvt-yours = نوع حاجتك إلى الرعاية
view-retype-heading = إعادة التحديد
view-retype-due = إعادة التحديد في موعد أقصاه

## أجزاء العروض (view.rs)
view-nota-title = { $kind ->
        [cluster] فاتورة مجموعة الرعاية
        [dbc] فاتورة DBC
       *[zpm] فاتورة الرعاية
    }{ $number ->
        [none] {""}
       *[other] {" "}{ $number }
    }{ $date ->
        [none] {""}
       *[other] {" "}({ $date })
    }{ $month ->
        [none] {""}
       *[other] {" "}– { $month }
    }{ $sequence ->
        [none] {""}
       *[other] {" "}(الرقم التسلسلي { $sequence })
    }
view-errors-more = … و{ $count } أخرى.
view-glance-review = { $kind ->
        [zvt] إعادة التحديد في موعد أقصاه { $date }
       *[review] إعادة التقييم في موعد أقصاه { $date }
    } · { $status }
view-picture-misread = قُرئت هذه الفاتورة من صورة: ربما تم التعرف على رقم بشكل خاطئ. قارن المبالغ في «كل الأسطر» بجزء الصورة الذي بجانبها، وصحّح النص إذا لزم الأمر.
view-findings-first = هذه أول { $shown } من { $count } نقطة.
view-cluster-unknown-text = { $kind ->
        [zvt] لا يعرف NotaWijzer نوع الحاجة إلى الرعاية هذا: «{ $text }»
       *[cluster] لا يعرف NotaWijzer مجموعة الرعاية هذه: «{ $text }»
    }
view-chart-cluster = نظام مجموعات الرعاية{ $until ->
        [none] {""}
       *[other] {" "}(حتى { $until })
    }: { $amount }
view-input-problem = { $problem ->
        [number] اكتب رقمًا، مثل 75 أو 120,50.
        [percent] اكتب نسبة من 0 إلى 100.
        [amount] اكتب مبلغًا قدره 0 أو أكثر.
       *[year] اكتب سنة، مثل 2025.
    }
view-not-a-nota-heading = لم يُعثر على فاتورة رعاية
view-used-label = المساهمة الذاتية (eigen risico) التي دفعتها بالفعل في { $year } (باليورو)
view-letter-translated-heading = ماذا تقول هذه الرسالة
view-letter-dutch-note = الرسالة بالهولندية، لأن شركة تأمينك الصحي تقرأ الهولندية. أرسل النص الهولندي أعلاه؛ هذه الترجمة لك.
view-read-summary = { $kind ->
        [picture] هكذا قرأ NotaWijzer صورتك
       *[pdf] هكذا قرأ NotaWijzer ملف PDF الخاص بك
    } ({ $name }، { $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
       *[other] { $pages } صفحة
    })
view-patient = لـ: { $patient }
view-line-no = السطر { $line }
view-shown = معروض { $shown } من { $total } سطرًا.
app-crash-title = حدث خطأ ما في NotaWijzer
app-crash-text = لم يستطع NotaWijzer المتابعة. لم تُرسل فاتورتك: بقي كل شيء على جهازك.
app-crash-do = أعد تحميل الصفحة وحاول مرة أخرى. هل حدث الخطأ مجددًا؟ اطلب عندها من شركة تأمينك الصحي شرح الفاتورة.
app-crash-again = ابدأ من جديد
app-crash-details = البيانات التقنية (للمسؤول)

## عمليات التحقق (pages.rs؛ وأيضًا في التطبيق مع كل نقطة)
about-source = { $code ->
    [above_max_tariff] التعرفة القصوى لهيئة NZa لرمز الخدمة هذا في سنة التاريخ (جدول التعرفات أدناه، مع مصدر كل مبلغ).
    [cluster_conflict] قائمة مجموعات الرعاية من تجربة هيئة NZa (2017).
    [date_after_invoice] تاريخ الفاتورة المكتوب في الفاتورة.
    [date_outside_month] الشهر الذي تفوتره الفاتورة (فاتورة مجموعة الرعاية تفوتر شهرًا واحدًا).
    [date_outside_trajectory] تاريخ بداية المسار ونهايته في الفاتورة.
    [duplicate_line] الفاتورة نفسها.
    [non_insured] وصف السطر ورمزه.
    [privacy_statement] الفاتورة نفسها، والـ NZa: مع تصريح الخصوصية لا يظهر التشخيص ولا نوع الحاجة إلى الرعاية في الفاتورة.
    [quarter_hours] قواعد 2026 (Fitz، عن قواعد الـ NZa): تُحتسب الرعاية خارج الباقة الأساسية (OV0012) لكل 15 دقيقة.
    [review_beyond_interval] مدة إعادة التقييم لكل مجموعة رعاية من تجربة هيئة NZa (2017).
    [review_overdue] مدة إعادة التقييم لكل مجموعة رعاية (تجربة NZa، 2017)؛ ولنوع الحاجة إلى الرعاية قاعدة إعادة تحديده مرة واحدة في السنة على الأقل.
    [surcharge_without_consult] الفاتورة نفسها.
    [code_description_mismatch] رموز نظام الخدمات (zorgprestatiemodel): كل رمز جلسة يعني نوعًا واحدًا من الجلسات ومدة واحدة ومهنة واحدة.
    [quantity_mismatch] الفاتورة نفسها: العدد والتعرفة والمبلغ في السطر.
    [total_mismatch] الفاتورة نفسها: المجموع والأسطر.
   *[unknown_cluster] قائمة مجموعات الرعاية (تجربة 2017) وأنواع الحاجة إلى الرعاية من 1 إلى 21 (بدون 9).
}
about-checked = { $code ->
    [above_max_tariff] هل المبلغ أعلى من تلك التعرفة القصوى. حتى 10% أعلى مسموح إذا كان لدى مقدّم الرعاية عقد مع شركة تأمينك؛ ويذكر NotaWijzer ذلك عندها.
    [cluster_conflict] هل رقم مجموعة الرعاية واسمها في الفاتورة يدلّان على المجموعة نفسها.
    [date_after_invoice] هل لسطر تاريخ بعد تاريخ الفاتورة: لا يمكن فوترة الرعاية إلا بعد تقديمها.
    [date_outside_month] هل لكل سطر تاريخ في ذلك الشهر.
    [date_outside_trajectory] هل يقع سطر قبل بداية المسار أو بعد نهايته.
    [duplicate_line] هل السطر نفسه (الوصف أو الرمز نفسه، والتاريخ والمبلغ نفسهما) موجود مرتين في الفاتورة.
    [non_insured] هل السطر رعاية خارج الباقة الأساسية. هذا ليس خطأ: تدفع تلك الرعاية بنفسك.
    [privacy_statement] هل تقول الفاتورة إنك وقّعت تصريح الخصوصية. عندها لا ينقص نوع الحاجة إلى الرعاية: يجب ألا يظهر.
    [quarter_hours] هل أسطر OV0012 في اليوم نفسه أرباع ساعة من جلسة واحدة، وكم استغرقت تلك الجلسة كلها.
    [review_beyond_interval] هل تاريخ إعادة التقييم في الفاتورة متأخر أكثر مما تسمح به مدة المجموعة.
    [review_overdue] هل مضى تاريخ إعادة التقييم بينما استمرت رعايتك.
    [surcharge_without_consult] هل توجد مع الرسم الإضافي (مثل وقت السفر) جلسة في اليوم نفسه في الفاتورة.
    [code_description_mismatch] هل يذكر الوصف في السطر مدة أو نوع جلسة أو مهنة غير ما في الرمز. الرمز هو الذي يحدد التعرفة.
    [quantity_mismatch] هل العدد مضروبًا في التعرفة يعطي مبلغ السطر، بدقة السنت.
    [total_mismatch] هل مجموع الأسطر يعطي المجموع في الفاتورة، بدقة السنت.
   *[unknown_cluster] هل الرقم أو الاسم في الفاتورة موجود في تلك القائمة.
}
about-not-checked = { $code ->
    [above_max_tariff] هل لدى شركة تأمينك عقد مع مقدّم الرعاية، والرموز أو السنوات غير الموجودة في الجدول (ويذكر NotaWijzer ذلك عندها).
    [cluster_conflict] أيّ الاثنين صحيح، وهل المجموعة تناسبك.
    [date_after_invoice] هل تاريخ الفاتورة نفسه صحيح.
    [date_outside_month] هل قُدّمت الرعاية فعلًا في ذلك التاريخ.
    [date_outside_trajectory] هل تاريخا البداية والنهاية نفسهما صحيحان.
    [duplicate_line] هل حدث ذلك فعلًا مرتين: قد تكون محادثتان في يوم واحد صحيحتين.
    [non_insured] هل يغطيها تأمينك الإضافي.
    [privacy_statement] هل وقّعت التصريح فعلًا: هذا يعرفه مقدّم الرعاية.
    [quarter_hours] هل استغرقت الجلسة فعلًا تلك المدة.
    [review_beyond_interval] هل كان لدى معالجك سبب لإعادة تقييم متأخرة.
    [review_overdue] هل تمت إعادة التقييم أو التحديد الجديد: هذا ليس في الفاتورة. اسأل معالجك.
    [surcharge_without_consult] رقم الربط للخدمة (لا يقرؤه NotaWijzer)، والجلسات في فاتورة أخرى.
    [code_description_mismatch] أيّ الاثنين يطابق الرعاية التي تلقيتها.
    [quantity_mismatch] هل العدد يطابق الرعاية التي تلقيتها.
    [total_mismatch] هل الأسطر نفسها تطابق الرعاية التي تلقيتها.
   *[unknown_cluster] هل المجموعة أو نوع الحاجة إلى الرعاية يناسبك.
}
about-title = { $code ->
    [above_max_tariff] أعلى من التعرفة القصوى
    [cluster_conflict] رقم مجموعة الرعاية واسمها مختلفان
    [date_after_invoice] تاريخ بعد تاريخ الفاتورة
    [date_outside_month] تاريخ خارج الشهر المفوتر
    [date_outside_trajectory] تاريخ خارج المسار
    [duplicate_line] السطر نفسه مرتين
    [non_insured] رعاية خارج الباقة الأساسية
    [privacy_statement] تصريح الخصوصية: لا تشخيص ولا نوع الحاجة إلى الرعاية
    [quarter_hours] رعاية خارج الباقة الأساسية لكل 15 دقيقة
    [review_beyond_interval] تاريخ إعادة التقييم أبعد مما يُسمح به
    [review_overdue] إعادة التقييم أو التحديد الجديد متأخر
    [surcharge_without_consult] رسم إضافي بدون جلسة
    [quantity_mismatch] العدد مضروبًا في التعرفة ليس المبلغ
    [code_description_mismatch] الوصف لا يطابق الرمز
    [total_mismatch] المجموع لا يطابق الأسطر
   *[unknown_cluster] مجموعة رعاية أو نوع حاجة إلى الرعاية غير معروف
}

## الصفحات المستقلة (pages.rs)
page-back = العودة إلى NotaWijzer
page-languages = هذه الصفحة بلغة أخرى
page-checks-intro = يشرح NotaWijzer فاتورتك وينظر إن كان هناك شيء يبدو غير صحيح. أدناه لكل عملية تحقق: ما الذي ينتبه إليه NotaWijzer، وعلى أي مصدر يستند ذلك، وما الذي لا يستطيع NotaWijzer التحقق منه. لا يصدر NotaWijzer حكمًا: إذا كان لديك شك فاسأل.
page-source = المصدر
page-checked = ما يتحقق منه NotaWijzer
page-not-checked = ما لا يتحقق منه
page-json-code = الرمز في مخرجات JSON
page-pay-heading = ما تدفعه وما تسترجعه
page-pay-no-show = موعد لم يتم (لم تحضر، ألغيته متأخرًا): ليس خدمة من خدمات NZa. يحتسبه مقدّم الرعاية حسب اتفاقية العلاج. شركة تأمينك الصحي لا تعيده أبدًا، ولا يُحسب ضمن المساهمة الذاتية (eigen risico).
page-pay-fee = تكاليف أخرى خاصة بمقدّم الرعاية (الإدارة، تقرير لطرف ثالث، نسخة من ملفك): ليست خدمة أيضًا، ولا تُعاد أبدًا.
page-pay-non-insured = رعاية خارج الباقة الأساسية (OV0012، 'overig product'): تدفعها بنفسك، أو يدفعها تأمينك الإضافي إذا كان يغطيها. ابتداءً من 2026 يُفوتر OV0012 لكل 15 دقيقة.
page-pay-referral = رعاية بدون إحالة (verwijzing) صالحة مؤرخة قبل المقابلة الأولى (intake).
page-pay-rule = هل لدى مقدّم الرعاية عقد مع شركة تأمينك الصحي؟ عندها يرسل الفاتورة إلى شركة التأمين، وتدفع أنت المساهمة الذاتية فقط ({ "385 €" } في السنة في 2016–2026؛ لا شيء تحت 18 سنة؛ حسب السنة الميلادية للرعاية؛ مبلغ 2027 غير معروف بعد). بدون عقد تدفع شركة التأمين عن كل سطر على الأكثر نسبة وثيقتك (في 2026 غالبًا من 60 % إلى 85 %)، ولا أكثر من هذه النسبة من متوسط تعرفتها التعاقدية؛ ثم تُخصم المساهمة الذاتية التي لم تُدفع بعد. يحسب NotaWijzer ذلك إذا أعطيت النسبة، ويقول إنه حد أقصى. لا يوجد حد أدنى قانوني للنسبة: فقط لا يجوز أن يكون التعويض منخفضًا لدرجة تمنعك (معيار العائق، hinderpaalcriterium، المادة 13 من Zorgverzekeringswet). بعض شركات التأمين تطلب موافقة مسبقة.
page-pay-complain = هل التعويض غير صحيح؟ اسأل شركة تأمينك الصحي أولًا. إذا لم تتفقا، يمكنك اللجوء إلى مؤسسة الشكاوى والنزاعات في التأمين الصحي (Stichting Klachten en Geschillen Zorgverzekeringen، SKGZ، https://www.skgz.nl). مشكلة تتكرر كثيرًا يمكنك الإبلاغ عنها لهيئة NZa (https://www.nza.nl/contact/meldpunt).
page-sources = المصادر
page-tables-heading = ما تحتويه جداول NotaWijzer
page-tables-intro = يعرف NotaWijzer فقط المبالغ التي يستطيع دعمها بمصدر. إذا لم يكن رمز أو سنة هنا، يقول NotaWijzer إنه لا يعرف التعرفة القصوى؛ ولا يخترع مبلغًا.
page-tariffs-caption = التعرفات القصوى لكل رمز خدمة
page-code = الرمز
page-tariff-sources = مصادر التعرفات
page-eigen-risico = المساهمة الذاتية (eigen risico) { $first }–{ $last }: { $amount } في السنة (المصدر: { $source }).
page-gbggz = منتجات GB-ggz، تعرفة { $year } (المصدر: { $source }): { $list }.
page-specialist = رعاية الصحة النفسية المتخصصة في نظام DBC: لدى NotaWijzer جزء من التعرفات القصوى لعام 2018. إذا وقع مسار في منتج غير موجود هناك، فلا يقدّم NotaWijzer تقديرًا ويقول السبب.
page-privacy-title = الخصوصية: ماذا يحدث لفاتورتك
page-privacy-intro = تحتوي فاتورتك على بيانات عن صحتك. لذلك يعمل NotaWijzer هكذا:
page-privacy-device-lead = تبقى فاتورتك على جهازك.
page-privacy-device = يقرأ NotaWijzer الفاتورة ويتحقق منها في متصفحك. لا يذهب أي شيء إلى خادم: لا الفاتورة، ولا الشرح، ولا ما تنقر عليه.
page-privacy-store-lead = لا يحفظ NotaWijzer أي شيء.
page-privacy-store = لا ملفات تعريف ارتباط، ولا تخزين في المتصفح. إذا أغلقت الصفحة يختفي كل شيء.
page-privacy-counters-lead = لا عدّادات، ولا إعلانات.
page-privacy-counters = لا يستخدم NotaWijzer إحصاءات أو خدمات من آخرين. كل الأجزاء، ومنها قارئ PDF والتعرف على النص واللغات، تأتي من الموقع نفسه الذي يأتي منه NotaWijzer.
page-privacy-csp-lead = المتصفح يُلزم NotaWijzer بهذا الوعد.
page-privacy-csp = للصفحة قاعدة أمان (Content-Security-Policy) تجعل المتصفح يرفض إرسال أي شيء إلى موقع آخر أو تحميل أي شيء من موقع آخر.
page-privacy-exception-lead = استثناء واحد.
page-privacy-exception = إذا فتحت NotaWijzer من موقع شركة تأمينك أو جمعية المرضى برابط إلى فاتورتك، يجلب NotaWijzer تلك الفاتورة الواحدة من ذلك الموقع. يُسمح بذلك فقط للمواقع المسجلة في NotaWijzer كشركاء.
page-privacy-check-heading = تحقّق بنفسك
page-privacy-step-1 = افتح NotaWijzer على حاسوب واضغط F12 (أو اختر من قائمة المتصفح: أدوات إضافية ← أدوات المطوّرين).
page-privacy-step-2 = اختر علامة التبويب «الشبكة» (Network).
page-privacy-step-3 = افتح فاتورتك في NotaWijzer.
page-privacy-step-4 = ترى فقط ملفات NotaWijzer نفسه التي يتم جلبها، ولا ترى أي طلب يرسل فاتورتك.
page-a11y-title = بيان إمكانية الوصول
page-a11y-intro = يريد NotaWijzer أن يفهم الجميع فاتورة رعايتهم، ومنهم ضعاف البصر أو المكفوفون، ومن يستخدم لوحة المفاتيح فقط، ومن يقرأ الهولندية بصعوبة. يتبع هذا البيان بنية النموذج الحكومي الهولندي لبيانات إمكانية الوصول.
page-a11y-standard-heading = المعيار
page-a11y-standard = يسعى NotaWijzer إلى WCAG 2.2 على المستوى AA، وهو المعيار الذي يستند إليه EN 301 549.
page-a11y-status-heading = الحالة: متوافق جزئيًا
page-a11y-status = اختُبر NotaWijzer بفحوص آلية ويدوية (أدناه). لم يجر بعد فحص من خبير مستقل، ولا اختبار مع أشخاص يستخدمون قارئ الشاشة. إلى أن يحدث ذلك نذكر الحالة بصدق: متوافق جزئيًا.
page-a11y-tested-heading = كيف تم الاختبار
page-a11y-tested-axe = آليًا، مع كل تغيير: axe-core بقواعد WCAG 2.0 و2.1 و2.2 على المستويين A وAA (ومنها الحد الأدنى لحجم أهداف النقر 24 في 24 بكسل)، في كل حالة تصل إليها الاختبارات: الصفحة الفارغة، الأمثلة، الملفات الخاصة، ملفات PDF، الصور، رسائل الأخطاء، كل علامة تبويب، بكل لغة من لغات NotaWijzer (العربية من اليمين إلى اليسار).
page-a11y-tested-lighthouse = Lighthouse: إمكانية الوصول 100.
page-a11y-tested-snapshots = شجرة إمكانية الوصول المسجلة (لقطات ARIA) لكل علامة تبويب، حتى يظهر كل تغيير في العناوين والمعالم والأسماء.
page-a11y-tested-hand = يدويًا: الطريق كله بلوحة المفاتيح فقط (فتح المثال، كل علامة تبويب، النقاط للاستفسار، الطباعة)، مع تركيز ظاهر في كل خطوة؛ عروض شاشة 320 و375 و1280 بكسل، مع لقطات شاشة تمت مشاهدتها.
page-a11y-tested-drag = السحب ليس ضروريًا أبدًا: الملف الذي يمكنك سحبه إلى الصفحة يمكنك أيضًا اختياره بالزر. لا شيء في الصفحة ثابت على الشاشة، لذلك لا يختفي التركيز أبدًا خلف شيء آخر. المساعدة («هل يبدو شيء غير صحيح؟») في المكان نفسه في كل صفحة، في الأسفل.
page-a11y-not-heading = ما لا يتوافق (بعد)
page-a11y-not-photo = يقرأ NotaWijzer صورة الفاتورة أو مسحها الضوئي بالتعرف على النص، وهذا لا ينجح دائمًا. بجانب كل سطر جزء الصورة الذي جاء منه، كصورة مع وصف؛ والكلمات التي لم يقرأها NotaWijzer بشكل مؤكد مُعلَّمة في النص بجانبها. من لا يستطيع رؤية الصورة يمكنه قراءة النص المتعرَّف عليه وتصحيحه في مربع النص. قارن المبالغ أيضًا بالفاتورة نفسها.
page-a11y-not-charts = الرسوم البيانية في المقارنة صور مع وصف نصي؛ المبالغ نفسها موجودة في النص والجدول. فرق اللون بين أجزاء العمود ليس الإشارة الوحيدة، لكن الألوان لم تُختبر لكل أنواع عمى الألوان.
page-a11y-not-readers = لم يُختبر مع مستخدمين حقيقيين لقارئات الشاشة (NVDA وJAWS وVoiceOver وTalkBack). النصوص التركية والعربية والبولندية والأوكرانية لم يراجعها بعد شخص لغته الأم هذه اللغة ويعمل في الرعاية الصحية؛ والصفحة تذكر ذلك بهذه اللغات.
page-a11y-contact-heading = التواصل
page-a11y-contact = هل واجهت شيئًا لا يعمل؟ أبلغ المنظمة التي تستخدم NotaWijzer على موقعها (جمعية المرضى أو شركة التأمين الصحي)؛ وهي تنقله إلينا. NotaWijzer نفسه لا يجمع بيانات، ولذلك ليس فيه نموذج في الصفحة.
page-a11y-date = أُعدّ هذا البيان في 24 نوفمبر 2026 وحُدّث في 2 ديسمبر 2026.
app-not-reviewed = لم يراجع هذه الترجمة بعد شخص لغته الأم العربية ويعمل في الرعاية الصحية.

## سطر الأوامر (src/bin/notawijzer.rs)
cli-pdf = هذا ملف PDF. يقرأ NotaWijzer ملفات PDF في المتصفح: افتح الملف في تطبيق الويب (.ci/serve). سطر الأوامر يقرأ النص وCSV وJSON.
cli-picture = هذه صورة. يقرأ NotaWijzer الصور في المتصفح، بالتعرف على النص: افتح الملف في تطبيق الويب (.ci/serve). سطر الأوامر يقرأ النص وCSV وJSON.
cli-cannot-open = لا يمكن فتح الملف
cli-nota-heading = { $kind ->
        [dbc] فاتورة DBC
        [zpm] فاتورة الرعاية (zorgprestatiemodel)
       *[cluster] فاتورة مجموعة الرعاية
    } ({ $file }، السطر { $line })
cli-comparison-heading = المقارنة مع نظام DBC
cli-comparison-totals = نظام مجموعات الرعاية: { $cluster }   DBC: { $dbc }
cli-not-read = لم يُقرأ
cli-today = اليوم هو { $date }

## إشعارات الصفحة نفسها (app/notice.rs)
app-notice-src-loading = جارٍ جلب الفاتورة…
app-notice-pdf-unavailable = لم يتم تحميل قارئ PDF في NotaWijzer. أعد تحميل الصفحة وافتح ملف PDF مرة أخرى.
app-notice-lang-failed = لم يستطع NotaWijzer جلب النصوص بهذه اللغة. هل اتصالك بالإنترنت يعمل؟ اختر اللغة مرة أخرى عندها.

## كشف شركة التأمين: المطالبات، فاتورة المساهمة الذاتية، التسوية السنوية
ov-heading = كشف من شركة تأمينك الصحي
# $kind: declarations أو eigen_risico_bill أو settlement
ov-kind = { $kind ->
        [declarations] هذا كشف بمطالباتك لدى شركة تأمينك الصحي (zorgverzekeraar): ما طالب به مقدّمو الرعاية، وما فعلته شركة التأمين به.
        [eigen_risico_bill] هذه فاتورة من شركة تأمينك الصحي: لمساهمتك الذاتية (eigen risico) أو لمساهمة خاصة (eigen bijdrage).
       *[settlement] هذه التسوية النهائية (eindafrekening) للمساهمة الذاتية (eigen risico) التي دفعتها على أقساط.
    }
ov-owes = { $last ->
        [none] عليك أن تدفع لشركة تأمينك { $amount }، عن رعاية في سنة { $first }.
       *[other] عليك أن تدفع لشركة تأمينك { $amount }، عن رعاية من سنة { $first } إلى سنة { $last }.
    }
ov-owes-plain = عليك أن تدفع لشركة تأمينك { $amount }.
ov-due = الدفع قبل، أو الخصم في: { $date }.
ov-refund = تعيد لك شركة تأمينك { $amount }.
ov-not-a-bill = هذا الكشف ليس فاتورة: لا يلزمك دفع شيء الآن بسببه. ما يقع ضمن مساهمتك الذاتية ({ $charged } في السطور هنا) تطلبه شركة التأمين على حدة، بفاتورة أو بخصم تلقائي.
ov-left = المساهمة الذاتية { $year }: استُخدم { $used }، وبقي { $left } من { $amount }.
ov-left-unknown = المساهمة الذاتية { $year }: استُخدم { $used }. لا يعرف NotaWijzer مقدار المساهمة الذاتية لسنة { $year }، لذلك لا يستطيع أن يقول كم بقي.
ov-minor = كان عمر { $person } أقل من 18 سنة في { $year }: لا مساهمة ذاتية.
ov-person = المؤمَّن عليه { $n }
ov-verdict-fine = { $rows ->
        [one] قرأ NotaWijzer سطرًا واحدًا من هذا الكشف ولم يجد شيئًا يبدو خطأ.
       *[other] قرأ NotaWijzer { $rows } سطرًا من هذا الكشف ولم يجد شيئًا يبدو خطأ.
    }
ov-verdict-points = { $count ->
        [one] وجد NotaWijzer نقطة واحدة للسؤال عنها.
       *[other] وجد NotaWijzer { $count } نقاط للسؤال عنها.
    }
ov-no-rows = لم يجد NotaWijzer في هذا الكشف سطورًا للرعاية، لذلك لا يستطيع أن يقول شيئًا عمّا طولب به.
ov-rows-heading = ما طولب به
ov-years-heading = مساهمتك الذاتية لكل سنة
# $col: date, provider, care, declared, reimbursed, eigen-risico, status
ov-col = { $col ->
        [date] التاريخ
        [provider] مقدّم الرعاية
        [care] الرعاية
        [declared] المطالَب به
        [reimbursed] المسدَّد
        [eigen-risico] المساهمة الذاتية
       *[status] الحالة
    }
# $status: processed, pending, rejected, to-pay (op deze rekening), paid (al betaald)
ov-status = { $status ->
        [processed] تمت المعالجة
        [pending] لم تُعالج بعد
        [to-pay] في هذه الفاتورة
        [paid] دُفع من قبل
       *[rejected] مرفوضة
    }
ov-other-care = رعاية غير رعاية الصحة النفسية: لا يشرحها NotaWijzer.
ov-ggz-unknown = رعاية الصحة النفسية (ggz). لا يذكر الكشف أي خدمة (prestatie) بالضبط. يمكنك التحقق منها في الفاتورة أو لدى مقدّم الرعاية.
ov-contracted = هذا المبلغ أقل من ذلك الحد الأقصى. مع العقد تتفق شركة التأمين ومقدّم الرعاية على سعر أقل: هذا طبيعي، وليس خطأ.
ov-term-direct = "Directe tijd" (الوقت المباشر) هو الوقت الذي كان فيه المعالج على تواصل معك: محادثة، ولو عبر الفيديو أو الهاتف.
ov-term-multi = "Multidisciplinair" تعني أن معالجين من مهن مختلفة يقدّمون رعايتك معًا.
ov-term-setting = "Setting" تبيّن أين تتلقى الرعاية: في عيادة خاصة، أو في مؤسسة للرعاية الخارجية، أو في مصحة.
# $case: start أو mid
ov-row-ref = { $case ->
        [start] سطر { $date } ({ $provider })
       *[mid] سطر { $date } ({ $provider })
    }
ov-finding-stand = المساهمة الذاتية { $year }: يقول الكشف إنه بقي { $stated }. وبحسب مبالغ الكشف نفسه فهو { $expected }. اسأل شركة تأمينك أي المبلغين صحيح.
ov-finding-rows-above = المساهمة الذاتية { $year }: تحتسب سطور هذا الكشف معًا { $rows } من المساهمة الذاتية، لكن الرصيد يذكر { $stated } مستخدمًا. اسأل شركة تأمينك أي المبلغين صحيح.
ov-finding-total = تطلب هذه الفاتورة { $stated }، لكن مجموع سطورها { $rows }. اطلب من شركة تأمينك أن تشرح الفرق.
ov-finding-refund = تعيد التسوية { $stated }. لكن ما دفعته على أقساط، ناقص ما استخدمته رعايتك، هو { $expected }. اسأل شركة تأمينك أي المبلغين صحيح.
ov-finding-above-year = في { $year } احتُسب { $charged } من المساهمة الذاتية: أكثر من المساهمة الذاتية لتلك السنة ({ $amount }).
ov-finding-verkennend = { $row }: احتُسب { $amount } من المساهمة الذاتية على محادثة استكشافية (verkennend gesprek). منذ 2025 لا تدخل المحادثة الاستكشافية في المساهمة الذاتية.
ov-finding-minor = { $row }: { $amount } من المساهمة الذاتية لشخص عمره أقل من 18 سنة. تحت 18 سنة لا توجد مساهمة ذاتية.
ov-finding-twice = { $row } موجود مرتين، بنفس رقم المطالبة ونفس المبلغ.
ov-note-earlier-year = هذه الفاتورة عن رعاية من سنة { $year }. يجوز لمقدّمي الرعاية المطالبة حتى نهاية السنة التالية، لذلك قد تأتي الفاتورة متأخرة. تنطبق عليها المساهمة الذاتية لسنة { $year }.
ov-note-two-years = هذه الفاتورة عن رعاية في { $first } وفي { $last }. لكل سنة تقويمية مساهمتها الذاتية؛ المهم تاريخ الرعاية، لا تاريخ الفاتورة.
ov-note-december = رعاية من ديسمبر { $year } موجودة على فاتورة يناير أو فبراير، لكنها تُحسب ضمن المساهمة الذاتية لسنة { $year }.
ov-note-settlement = دفعت { $paid } على أقساط. استخدمت رعايتك { $used } من مساهمتك الذاتية. إذا دفعت أكثر، يُعاد إليك الفرق؛ وإذا دفعت أقل، تدفع الباقي.
ov-note-pending = { $count ->
        [one] مطالبة واحدة لم تُعالج بعد: قد تُحتسب عليها مساهمة ذاتية.
       *[other] { $count } مطالبات لم تُعالج بعد: قد تُحتسب عليها مساهمة ذاتية.
    }
ov-note-rejected = رُفض { $row }. السبب بحسب شركة تأمينك: { $reason } ألا توافق؟ اسأل شركة تأمينك؛ وبعد ذلك يمكنك التوجه إلى SKGZ.
ov-note-rejected-no-reason = رُفض { $row }، دون ذكر سبب في هذا الكشف. يجب على شركة تأمينك أن تعطيك السبب بكلمات واضحة: اسأل عنه.
ov-note-other-care = المساهمة الذاتية { $year }: يحسب الرصيد { $amount } أكثر من السطور هنا. هذه رعاية ليست في هذا الكشف (فترة أخرى، الصيدلية). هذا ليس خطأ.
ov-note-same-day = { $row } يشبه تمامًا { $first }: نفس اليوم ونفس مقدّم الرعاية ونفس المبلغ. إذا كان لديك موعدان في ذلك اليوم، فهذا صحيح. وإلا فاسأل شركة تأمينك.
ov-note-minor = كان عمر { $person } أقل من 18 سنة: لا توجد مساهمة ذاتية.
ov-ask = اسأل أولًا شركة تأمينك الصحي (الهاتف أو الدردشة أو حسابك على الإنترنت). إذا لم تتفقا، يمكنك التوجه إلى SKGZ، أمين المظالم ولجنة النزاعات للتأمين الصحي: www.skgz.nl.
letter-ov-question = لدي سؤال عن كشف مطالباتي ومساهمتي الذاتية. الأمر يتعلق بما يلي:
letter-ov-unknown = لا أعرف هذا السطر: [اكتب هنا تاريخ السطر الذي لا تعرفه ومقدّم الرعاية والمبلغ]. هل يمكنكم التحقق من أي رعاية هو؟

## الفاتورة وكشف شركة التأمين معًا
match-heading = فاتورتك وكشف شركة تأمينك
match-processed = { $count ->
        [one] عالجت شركة تأمينك سطرًا واحدًا من الفاتورة.
       *[other] عالجت شركة تأمينك { $count } سطور من الفاتورة.
    }
match-unprocessed = { $date }: المبلغ { $amount } في الفاتورة ليس في الكشف بعد. قد يأتي لاحقًا: لا يظهر السطر إلا بعد أن تدفع شركة التأمين.
match-differs = { $date }: تطلب الفاتورة { $nota }، وطولبت شركة التأمين بـ { $declared }. اسأل مقدّم الرعاية عن السبب.
match-without-nota = { $row } موجود في الكشف، لكن ليس في فاتورة فتحتها. مع العقد لا تصلك فاتورة: عندها هذا طبيعي.
match-twice = { $row } مطالبة ثانية لسطر الفاتورة بتاريخ { $date }. اسأل شركة تأمينك هل دُفع مرتين.
match-paid = عن هذه الفاتورة أعادت شركة تأمينك { $reimbursed }، وذهب { $er } إلى مساهمتك الذاتية. الفاتورة { $total }: حتى الآن تكلّفك { $net }.
match-paid-more = عن سطور بقيمة { $amount } لم تُعالج بعد، قد يعود مال آخر.

## قوائم التعرفة لدى المستضيف (issue 29)
page-loaded-heading = قوائم التعرفة على هذا الموقع
page-loaded-none = لم يحمّل هذا الموقع قائمة تعرفة من NZa أو من شركة تأمين صحي. يستخدم NotaWijzer الجدول أعلاه فقط.
page-loaded-intro = حمّل هذا الموقع هذه القوائم كما نشرتها NZa أو شركة التأمين. التعرفة القصوى من قائمة NZa تتقدّم على الجدول أعلاه.
page-loaded-column = { $column ->
        [year] السنة
        [kind] نوع القائمة
        [source] المصدر
        [decision] القرار
        [imported] وُضعت على هذا الموقع في
       *[rows] الصفوف
    }
page-loaded-nza = قائمة تعرفة NZa (التعرفات القصوى)
page-loaded-payout = ما تعيده { $insurer } على الأكثر دون عقد
page-loaded-differences = هنا تختلف قائمة NZa محمّلة عن الجدول المدمج. يستخدم NotaWijzer القائمة المحمّلة.
page-loaded-differs = { $code } في { $year }: المدمج { $built }، القائمة المحمّلة { $loaded }.
payment-payout = حسب قائمة شركة تأمينك الصحي، تعيد عن هذه الفاتورة { $back } على الأكثر (بعد مساهمتك الذاتية). إذن تدفع بنفسك { $least } على الأقل. المصدر: { $lists }.
payment-payout-line = السطر { $line } ({ $code })
payment-payout-missing = ليس في تلك القائمة: { $lines }.
payment-payout-missing-percent = لهذه يحسب NotaWijzer بنسبة وثيقتك.
payment-payout-missing-unknown = لا يعرف NotaWijzer كم تسترد عن هذه. إذا أدخلت نسبة وثيقتك يحسب NotaWijzer بها. المصدر: { $lists }.
payment-payout-no-list = ليس لدى هذا الموقع قائمة من { $insurer } لسنة { $year }.
view-insurer-label = شركة تأمينك الصحي
view-insurer-hint = لدى هذا الموقع قائمة بما تعيده هذه الشركات على الأكثر: { $list }. فارغ: يحسب NotaWijzer بنسبة وثيقتك.
view-insurer-unknown = ليس لدى هذا الموقع قائمة لتلك الشركة. اختر من: { $list }.
view-insurer-portal = شركة تأمينك الصحي أبلغت: { $insurer }.
