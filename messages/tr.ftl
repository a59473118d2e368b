### NotaWijzer — Türkçe
### reviewed: no
#
# nl.ftl'den (kaynak) çevrildi. Bu metin henüz, dili ana dili olarak konuşan ve sağlık alanında
# çalışan biri tarafından kontrol edilmedi. Kontrol edildiğinde yukarıdaki satırı "reviewed: yes"
# yapın. Terimler: glossary-tr.md. "app-" ile başlayan adlar sayfanın kendi sözcükleridir.

## Birimler (format.rs)
unit-weeks = { $count } hafta
unit-months = { $count } ay
unit-days = { $count } gün
unit-minutes-band = { $from } ile { $to } dakika arası
unit-minutes-or-more = { $from } dakika veya daha fazla

## Zorgprestatiemodel satırı (explain/prestatie.rs)
profession = { $profession ->
    [arts] bir doktor
    [specialist] psikiyatrist gibi bir uzman hekim
    [gz] bir sağlık psikoloğu (gezondheidszorgpsycholoog)
    [klinisch] bir klinik psikolog (klinisch psycholoog)
    [psychotherapeut] bir psikoterapist
    [vs] ruh sağlığında uzman bir hemşire (verpleegkundig specialist ggz)
    [verpleegkundige] bir hemşire
   *[overig] başka bir sağlık çalışanı, örneğin bir sosyal çalışmacı veya sanat terapisti
}
setting = { $setting ->
    [1] ayakta tedavi, bir muayenehanede (kwaliteitsstatuut sectie II)
    [2] ayakta tedavi, tek tür uzmanı olan bir kurumda (kwaliteitsstatuut sectie III, monodisciplinair)
    [3] ayakta tedavi, farklı uzmanlardan oluşan bir ekibi olan bir kurumda (kwaliteitsstatuut sectie III, multidisciplinair)
    [4] evde veya dışarıda: uzman size geldi (outreachend)
    [5] klinikte (yatarak tedavi)
    [6] adli veya güvenlikli bakım, klinikte
    [7] adli veya güvenlikli bakım, klinik dışında
    [8] çok uzmanlaşmış ruh sağlığı hizmeti (hoogspecialistische ggz)
   *[other] NotaWijzer'in tanımadığı bir ortam
}
prestatie-credit = Bu satır bir alacak kaydıdır (creditering): faturayı düşüren bir düzeltme. { $amount } düşülür. Şu önceki satırı düzeltir:
prestatie-consult = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } { $kind ->
        [diagnostiek] muayene için bir görüşmeniz (consult, diagnostiek) oldu: neyin olduğunu anlamak için
        [behandeling] tedaviniz için bir görüşmeniz (consult) oldu
       *[other] bir görüşmeniz (consult) oldu
    }{ $who ->
        [none] {""}
       *[other] {" "}— kiminle: { $who }
    }.
prestatie-group = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } bir grup görüşmeniz (groepsconsult) oldu{ $who ->
        [none] {""}
       *[other] {" "}— kiminle: { $who }
    }{ $size ->
        [none] {""}
       *[other] , { $size } kişilik bir hasta grubunda
    }. Grup görüşmesi hasta başına, 30 dakikalık bloklar hâlinde ödenir.
prestatie-stay = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } klinikte yatıyordunuz: bir gün ve ardından gelen gece (verblijfsdag). Uzmanınızla yaptığınız görüşmeler ayrı satırlardadır.
prestatie-surcharge = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } sağlık hizmeti sağlayıcınız bir ek ücret (toeslag) aldı: bir görüşmenin üzerine eklenen bir tutar, örneğin yol süresi veya tercüman için.
prestatie-surcharge-consult = Bu ek ücret { $date } tarihindeki görüşmeye aittir.
prestatie-surcharge-alone = NotaWijzer bu faturada aynı gün bir görüşme bulamıyor.
prestatie-other = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    }: „{ $description }”. Bu, sizinle yapılan bir görüşmeden farklı bir hizmettir; örneğin uzmanlar arasında bir toplantı, bir rapor veya EKT gibi bir tedavi.
prestatie-non-insured = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } temel pakete (basispakket) girmeyen bir bakım aldınız{ $who ->
        [none] {""}
       *[other] {" "}— kiminle: { $who }
    }. Bunu kendiniz ödersiniz; tamamlayıcı sigortanız (aanvullende verzekering) karşılıyorsa o öder.
prestatie-duration = Görüşme { $to ->
        [none] { $from } dakika veya daha uzun
       *[other] { $from } ile { $to } dakika arası
    } olarak planlanmıştı („{ $from } dakikadan itibaren”). Planlanan süre için ödersiniz; görüşme 15 dakikadan fazla kısa veya uzun sürdüyse durum farklıdır.
prestatie-setting = Nerede: { $setting }.
prestatie-cost = Bunun tutarı { $amount }.
prestatie-code = { $code } hizmet kodudur (prestatiecode): NZa'nın (Hollanda Sağlık Otoritesi) bu tür bakım için belirlediği kod.
prestatie-tariff = NZa'nın bu kod için { $year } yılındaki azami tarifesi (maximumtarief) { $amount } (kaynak: { $source }).
prestatie-tariff-cbb = Dikkat: mahkeme (CBB, 22 Ağustos 2024) NZa'ya 2022 ve 2023 tarifelerini yeniden belirlemesini emretti. NotaWijzer henüz yeni tutarlar bulamadı (kaynak: { $url }).
prestatie-tariff-unknown = NotaWijzer { $code } kodunun { $year } yılındaki azami tarifesini bilmiyor ve tahmin etmiyor.
prestatie-tariff-earlier = Bilgi için: { $last } yılında azami tutar { $amount } idi. Bu, { $year } hakkında bir şey söylemez: her yılın kendi azami tutarı vardır. { $year } tarifesi NZa'nın tarife kararındadır ({ $url }).
prestatie-tariff-undated = Tarih olmadan NotaWijzer { $code } kodunun azami tarifesine bakamaz.
prestatie-2026-category = 2026'dan beri { $role ->
        [orthopedagoog] bir genel ortopedagog (orthopedagoog-generalist)
       *[pa] bir hekim asistanı (physician assistant)
    } sağlık psikoloğunun (gz-psycholoog) meslek kategorisinde fatura keser: aynı kodlar ve aynı azami tarifeler (kaynak: { $url }).
prestatie-2026-ov0012 = 2026'dan beri temel paket dışındaki bu bakım, görüşme başına değil, 15 dakika başına faturalanır (kaynak: { $url }).
prestatie-quarter-hours = 2026'dan beri bu bakım faturada 15 dakika başına yer alır. Bu günde { $count } satır var: birlikte { $count } × 15 dakika = { $minutes } dakika (kaynak: { $url }).

## 2022 öncesi bir faturanın satırı (explain/lines.rs)
line-consult = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } { $kind ->
        [diagnostiek] muayene için bir görüşmeniz (consult, diagnostiek) oldu: uzmanınız neyin olduğunu araştırır
        [behandeling] tedaviniz için bir görüşmeniz (consult) oldu: uzmanınızla bir konuşma
        [farmaco] ilaçlarınız hakkında bir görüşmeniz (farmacotherapie) oldu
       *[none] bir görüşmeniz (consult) oldu: uzmanınızla bir konuşma
    }{ $form ->
        [individueel] , sadece sizinle
        [groep] , başka hastalarla birlikte bir grupta
        [blended] , kısmen çevrim içi, kısmen yüz yüze (blended)
        [outreachend] , uzmanınız size geldi (outreachend)
       *[none] {""}
    }.
line-stay = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } klinikte yatıyordunuz: bir gün ve ardından gelen gece (verblijf).
line-day-treatment = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } gün boyunca klinikteydiniz, gece kalmadan (dagbehandeling).
line-activity = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    }: { $activity }.
line-dbc-product = Bu, tüm tedavi süreciniz (behandeltraject) için DBC ürünüdür: „{ $group }” tanı grubu, { $band } tedavi süresi.
line-no-show = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    } gerçekleşmeyen bir randevunuz vardı: gelmediniz veya çok geç iptal ettiniz. Bu, temel paketten bir bakım değildir (NZa'nın bir hizmet kalemi değil). Sağlık hizmeti sağlayıcısı bunu tedavi sözleşmenizdeki (behandelovereenkomst) kurallara göre kendisi ister. Sağlık sigortanız bunu asla geri ödemez ve zorunlu katılım payınıza (eigen risico) sayılmaz. Doğru değil mi, örneğin zamanında iptal ettiyseniz? O zaman sağlık hizmeti sağlayıcınıza sorun ve iptal kurallarını sorun.
line-fee = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    }: „{ $description }”. Bu bir bakım değil, sağlık hizmeti sağlayıcısının kendi masrafıdır (NZa'nın bir hizmet kalemi değil). Bunun için tedavi sözleşmenizdeki (behandelovereenkomst) kurallar geçerlidir. Sağlık sigortanız bunu asla geri ödemez ve zorunlu katılım payınıza (eigen risico) sayılmaz. Bu masraftan haberiniz yok muydu? Sağlık hizmeti sağlayıcınıza bunun nerede yazdığını sorun.
line-other = { $date ->
        [none] Faturada yazmayan bir günde
       *[other] { $date } tarihinde
    }: „{ $description }”. NotaWijzer bu tür satırı tanımıyor. Ne olduğunu sağlık hizmeti sağlayıcınıza sorun.
line-cost = Bunun tutarı { $amount }.
line-correction = Bu bir düzeltmedir: { $amount } düşülür.
activity = { $activity ->
    [zorgcoordinatie] bakım koordinasyonu (zorgcoördinatie): size yardım edenler bakımınızı birbiriyle uyumlu hâle getirdi
    [mdo] uzmanlarınızın tedaviniz hakkındaki ortak toplantısı (MDO, multidisciplinair overleg); genellikle siz orada değildiniz
    [verslag] raporlama (verslaglegging): tedaviniz hakkında rapor yazmak, örneğin aile hekiminize bir mektup
    [ect] EKT (ECT): beyne küçük elektrik uyarılarıyla, narkoz altında yapılan bir tedavi
    [dbs] DBS: derin beyin uyarımı, hafif elektrik veren küçük bir cihazla
    [rtms] rTMS: başa manyetik uyarılarla yapılan bir tedavi
    [test] psikolojik testler (testdiagnostiek), örneğin anketler veya görevler
    [somatisch] bedensel muayene (somatisch onderzoek), örneğin tansiyon ölçmek veya kan almak
   *[screening] tarama (screening): hangi bakıma ihtiyacınız olduğunu görmek için kısa bir kontrol
}
stay-period-one = { $kind ->
        [dag] { $first } tarihinde klinikte 1 gün gündüz tedavisi (dagbehandeling) gördünüz.
       *[klinisch] { $first } tarihinde 1 gün klinikte yattınız.
    } Bunun tutarı { $total }.
stay-period = { $kind ->
        [dag] { $first } ile { $last } arasında klinikte { $days } gündüz tedavisi (dagbehandeling) gördünüz.
       *[klinisch] { $first } ile { $last } arasında { $days } klinikte yattınız.
    } Toplam tutar { $total }.

## Okurken ne ters gitti (explain/errors.rs)
position-file = Dosya
position = Satır { $line }, sütun { $column }
error-with-place = { $place }: { $message }
error-empty = Dosya boş.
error-not-a-nota = Bu bir sağlık faturası (zorgnota) gibi görünmüyor. NotaWijzer bakım satırları aradı: bir tarih, bir hizmet kodu (CO0497 gibi) veya bir bakım türü (görüşme gibi) ve bir tutar. Bu dosyada böyle satırlar yok. Yani NotaWijzer hiçbir şeyi kontrol etmedi. Yine de sizin faturanız mı? O zaman sağlık hizmeti sağlayıcınızdan aldığınız PDF'i açın veya faturanın metnini kopyalayıp metin kutusuna yapıştırın.
error-not-text = { $what ->
        [pdf] Bu bir PDF dosyası.{" "}
        [image] Bu bir resim.{" "}
        [office] Bu bir Word veya Excel dosyası (veya bir zip).{" "}
        [rtf] Bu biçimlendirilmiş bir metin dosyası (RTF).{" "}
       *[other] {""}
    }NotaWijzer yalnızca düz metin okuyabilir. Faturanızın metnini kopyalayın ve metin kutusuna yapıştırın.
error-file-too-large = Dosya çok büyük ({ $size } MB; en fazla { $limit } MB). Yalnızca başı okundu.
error-line-too-long = Bu satır çok uzun ({ $chars } karakter; en fazla { $limit }). Satır atlandı.
error-too-many-lines = Dosyada { $limit } satırdan fazla var. Sonraki satırlar okunmadı.
error-too-many-notas = Dosyada { $limit } faturadan fazla var. Sonraki faturalar okunmadı.
error-too-many-items = Bu faturada tutarlı { $limit } satırdan fazla var. Sonraki satırlar okunmadı.
error-too-many-files = Aynı anda en fazla { $limit } dosya açabilirsiniz. Bu dosya okunmadı.
error-too-large-to-add = Bu faturanın tutarları toplamda tam olarak toplanamayacak kadar büyük.
error-not-understood = NotaWijzer bu satırı anlamıyor: „{ $text }”. Faturanın geri kalanı okundu.
error-missing-date = Bu satırda tarih yok. NotaWijzer tutarı hesaba katar, ama bakımın ne zaman olduğunu söyleyemez.
error-missing-code = Bu satırda bir tutar var, ama hizmet kodu (prestatiecode, CO0497 gibi) yok. NotaWijzer tutarı hesaba katar, ama bunun ne tür bir bakım olduğunu bilmez. Sağlık hizmeti sağlayıcınıza sorun.
error-missing-amount = Burada € 100,00 gibi bir tutar olmalı, ama hiçbir şey yok.
# Tutar örnekleri faturadaki gibi Hollandaca yazılmıştır.
error-bad-amount = NotaWijzer „{ $text }” tutarını okuyamıyor. { $why ->
        [dot] Hollandacada nokta binleri, virgül kuruşları ayırır. Kuruş mu demek istiyorsunuz? O zaman örneğin 100,50 yazın.
        [decimals] Virgülden sonra en fazla iki rakam (kuruşlar) olur.
        [grouping] Noktalar doğru yerde değil: nokta her zaman üç rakamdan önce gelir, 1.300'deki gibi.
        [large] Bu tutar bir faturanın alabileceğinden büyük (€ 99.999.999,99'dan fazla).
       *[other] € 100 veya € 1.300,50 gibi bir tutar yazın.
    }
error-bad-date = { $why ->
        [no-day] „{ $text }” tarihi yok.
        [year] „{ $text }” içindeki yıl doğru değil.
        [no-year] „{ $text }” için yıl yazmıyor ve fatura, yılın alınabileceği bir ay da belirtmiyor („Declaratie februari 2017” gibi).
       *[unreadable] NotaWijzer „{ $text }” tarihini okuyamıyor. Örneğin 15-2-2017 yazın.
    }
error-bad-month = NotaWijzer „{ $text }” içindeki ayı tanımıyor. Örneğin şöyle yazın: Declaratie februari 2017.
error-bad-sequence = „{ $text }” sıra numarası tam sayı değil.
error-duplicate-header = „{ $key }” faturada iki kez, farklı bir değerle geçiyor. NotaWijzer ilkini kullanır.
error-json-ends-early = Bu JSON dosyası çok erken bitiyor: sonunda parantez gibi bir şey eksik. NotaWijzer onu okuyamadı.
error-json-syntax = Bu JSON dosyası düzgün kurulmamış: burada olmaması gereken bir karakter var veya bir virgül, parantez ya da tırnak işareti eksik. NotaWijzer buradan itibaren hiçbir şey okuyamadı.
error-json-field = „{ $field }” alanı { $what ->
        [amount] nokta ile ve en fazla iki ondalıklı bir tutar olmalı, "100.00" gibi
        [date] bir tarih olmalı, "2017-02-15" gibi
        [month] bir ay olmalı, "2017-02" gibi
        [minutes] bir dakika aralığı olmalı, "3000-5999" gibi
        [whole] bir tam sayı olmalı
        [boolean] true veya false
        [cluster] bir küme numarası veya adı olmalı
        [object] bir nesne {"{"} … {"}"} olmalı
        [array] bir liste [ … ] olmalı
       *[text] metin olmalı
    }. Bu alan atlandı.
error-json-unknown-field = NotaWijzer „{ $field }” alanını tanımıyor ve atladı.

## Bulgular (explain/findings.rs); mektupta tıbbi ayrıntı olmadan
finding-cluster-conflict = Bakım kümesinin (zorgcluster) numarası ile adı birbirine uymuyor: { $number } numaralı kümenin adı „{ $name }”, ama faturadaki ad { $other } numaralı kümeye ait. NotaWijzer numarayı esas alır.
finding-unknown-zvt = NotaWijzer „{ $text }” bakım ihtiyacı türünü (zorgvraagtype) tanımıyor. 1'den 21'e kadar numaralı 20 bakım ihtiyacı türü vardır (9 numara yoktur).
finding-unknown-cluster = NotaWijzer „{ $text }” bakım kümesini (zorgcluster) tanımıyor. 0'dan 21'e kadar numaralı 21 bakım kümesi vardır (9 numara yoktur).
finding-review-beyond = Faturadaki yeniden değerlendirme (review) tarihi ({ $stated }) izin verilenden sonra. { $cluster } numaralı kümede yeniden değerlendirme, bakımın başlangıcından sonraki { $interval } içinde yapılmalıdır. Bu en geç { $latest } demektir.
finding-total-mismatch = Faturadaki toplam ({ $stated }), satırların toplamına ({ $lines }) eşit değil. Fark { $difference }.
finding-duplicate = Satır { $line } iki kez yazılmış: satır { $first } ile aynı açıklama, tarih ve tutar. Bu gerçekten iki kez mi oldu?
finding-outside-month = Satır { $line } üzerindeki tarih ({ $date }), bu faturanın ayı olan { $month } içinde değil.
finding-before-trajectory = Satır { $line } üzerindeki tarih ({ $date }), tedavi sürecinizin { $start } tarihindeki başlangıcından önce.
finding-after-trajectory = Satır { $line } üzerindeki tarih ({ $date }), tedavi sürecinizin { $end } tarihindeki bitişinden sonra.
finding-outside-trajectory = Satır { $line } üzerindeki tarih ({ $date }), tedavi sürecinizin dışında.
finding-review-overdue = { $kind ->
        [zvt] Bakım ihtiyacı türünüz (zorgvraagtype) en geç { $due } tarihinde yeniden belirlenmeliydi: bu, yılda en az bir kez yapılmalıdır.
       *[review] Bakımınız en geç { $due } tarihinde yeniden değerlendirilmeliydi (review).
    } { $on ->
        [none] Bu tarih { $days } önce geçti.
       *[other] Bu faturadaki son bakım gününde ({ $on }) bu tarih { $days } önce geçmişti.
    }{ $kind ->
        [zvt] {" "}NotaWijzer bunun yapılıp yapılmadığını göremez. Uzmanınıza sorun.
       *[review] {""}
    }
finding-review-beyond-letter = Faturadaki yeniden değerlendirme tarihi ({ $stated }), kuralların izin verdiğinden sonra görünüyor: en geç { $latest }.
finding-unclear-zvt = Faturadaki bakım ihtiyacı türü (zorgvraagtype) açık değil.
finding-unclear-cluster = Faturadaki bakım kümesi (zorgcluster) açık değil.
finding-after-invoice = Satır { $line } üzerindeki tarih ({ $date }), faturanın tarihinden ({ $invoice }) sonra. Henüz verilmemiş bakım faturada yer almaz.
finding-surcharge-alone = { $date ->
        [none] Satır { $line } tarihsiz bir ek ücret (toeslag); bu yüzden NotaWijzer ait olduğu görüşmeyi bulamıyor. Bir ek ücret her zaman bir görüşmeye aittir.
       *[other] Satır { $line } bir ek ücret (toeslag), ama bu faturada aynı gün ({ $date }) bir görüşme yok. Bir ek ücret her zaman bir görüşmeye aittir. Belki o görüşme başka bir faturadadır. Değilse sorun.
    }
finding-non-insured = Satır { $line }, temel paket (basispakket) dışında bir bakım ({ $amount }). Bu bir hata değil: bu bakımı kendiniz ödersiniz; tamamlayıcı sigortanız karşılıyorsa o öder. Emin değil misiniz? Sağlık sigortanıza sorun.
finding-quarter-hours = { $count ->
        [one] Satır { $first } ({ $date }), temel paket dışında çeyrek saatlik bir bakımdır (OV0012). 2026'dan beri bu, 15 dakika başına faturalanır: 1 × 15 dakika (kaynak: { $url }).
       *[other] Satır { $first } ile { $last } arası ({ $date }) birlikte tek bir görüşmedir: { $count } × 15 dakika = { $minutes } dakika, toplam { $amount }. 2026'dan beri temel paket dışındaki bakım (OV0012) 15 dakika başına faturalanır: yani aynı satır faturada iki kez yer almıyor. Bu bakımı kendiniz ödersiniz; tamamlayıcı sigortanız karşılıyorsa o öder (kaynak: { $url }).
    }
finding-privacy = Bu faturada tanı ve bakım ihtiyacı türü (zorgvraagtype) yok, çünkü bunun için bir gizlilik beyanı (privacyverklaring) imzaladınız. Buna izin verilir. Bakım ihtiyacı türü fiyatı değiştirmez (kaynak: { $url }).
finding-code-description = Satır { $line } üzerindeki açıklama koda uymuyor. { $code } kodu { $coded }, ama açıklamada { $described } yazıyor. Tarifeyi kod belirler. Hangisinin doğru olduğunu sağlık hizmeti sağlayıcınıza sorun.
finding-quantity = Satır { $line } üzerinde { $quantity } kere { $price } yazıyor, ama tutar { $amount }. Bu tutmuyor. Hangi tutarın doğru olduğunu sağlık hizmeti sağlayıcınıza sorun.
consult-words = { $kind ->
        [diagnostiek] muayene (diagnostiek) için
        [behandeling] tedavi için
       *[other] {""}
    }{ $minutes ->
        [none] {""}
       *[other] {" "}{ $minutes } dakikalık
    } bir görüşme{ $who ->
        [none] {""}
       *[other] {" "}({ $who } ile)
    }
finding-above-max-contract = Satır { $line } üzerindeki tutar ({ $amount }), NZa'nın { $code ->
        [none] bu kod
       *[other] { $code } kodu
    } için { $year } yılındaki azami tarifesinden ({ $max }) yüksek. Bu ancak sağlık hizmeti sağlayıcınızın sağlık sigortanızla yazılı bir anlaşması varsa olabilir: o zaman en fazla %10 daha yüksek olabilir (burada en fazla { $limit }). Böyle bir anlaşma olup olmadığını sorun.
finding-above-max = Satır { $line } üzerindeki tutar ({ $amount }), NZa'nın { $code ->
        [none] bu kod
       *[other] { $code } kodu
    } için { $year } yılındaki azami tarifesinden ({ $max }) %{ $percent } yüksek. Sağlık sigortanızla yazılı bir anlaşma olsa bile en fazla %10 yüksek olabilir ({ $limit }). Bu fazla görünüyor: sağlık hizmeti sağlayıcınızdan veya sağlık sigortanızdan açıklama isteyin.

## DBC modeliyle karşılaştırma (explain/estimate.rs)
estimate-zpm = Zorgprestatiemodel ile tedavi süreciniz şimdiye kadar { $total } tuttu.
estimate-zpm-span = Zorgprestatiemodel ile tedavi süreciniz şimdiye kadar { $total } tuttu ({ $first } ile { $last } arasındaki bakım).
estimate-dbc = Eski DBC modeliyle aynı süreç tahminen { $total } tutardı: { $product } ürünü, { $year } yılının azami tarifesiyle.
estimate-difference = { $how ->
        [same] Bu iki modelde de aynı tutar.
        [less] Zorgprestatiemodel ile bu şimdiye kadar { $difference } daha az.
       *[more] Zorgprestatiemodel ile bu şimdiye kadar { $difference } daha fazla.
    }
estimate-monthly = DBC modeli tüm süreç için tek bir fatura gönderirdi: sonunda veya 365 gün sonra. Zorgprestatiemodel her ay bir fatura gönderir. Yani maliyetleri artık daha erken ve parça parça görürsünüz; yukarıdaki tutar tedaviniz sürdükçe artmaya devam eder.
estimate-basis-gbggz = Faturanızda basis-ggz profili „{ $profile }” yazıyor. DBC modelinde buna { $product } ürünü (en fazla { $max } dakika) karşılık geliyordu. NotaWijzer, DBC modelinin son yılı olan 2021 tarifesini kullanır (kaynak: psychologenweerdsingel.nl). Bakım en fazla 120 dakikadan sonra bitseydi, eksik bir tedavi süreci olurdu (2021'de 228,04 €).
estimate-basis-specialist = DBC modelinde fiyat, tanı grubuna ve tedavi dakikası sayısına bağlıydı. Faturalarınızdaki görüşmeler toplam { $minutes } dakika sürüyor: görüşmelerin kendi süresi. DBC modeli raporlar ve toplantılar gibi dolaylı süreyi de sayardı; bu yüzden gerçek ürün daha yüksek çıkabilir. Tarifeler: NZa'nın 2018 azami tarifeleri (kaynak: cuserhuis.nl); NotaWijzer'de ürün başına daha sonraki tarifeler yok.
estimate-indirect = Zorgprestatiemodel'in dolaylı süre normuyla { $minutes } dakika eklenir. O zaman ürün { $product } olur: { $price ->
        [none] NotaWijzer'in bilmediği bir tutar
       *[other] { $price }
    }.
estimate-none-profile = DBC tutarını tahmin etmek için basis-ggz profili (kort, middel, intensief veya chronisch) veya ana tanı gerekir. Bunlar bu faturada yok; örneğin bir gizlilik beyanı (privacyverklaring) imzaladığınız için. Bu yüzden NotaWijzer tahmin yapmaz.
estimate-none-group = NotaWijzer „{ $diagnosis }” tanısını DBC modelinin bir ürün grubuyla eşleştiremiyor. Bu yüzden NotaWijzer tahmin yapmaz.
estimate-none-insured = „{ $diagnosis }” için bakım DBC modelinde temel pakette değildi. Bu yüzden tutarları karşılaştırmak pek bir şey söylemez ve NotaWijzer tahmin yapmaz.
estimate-none-table = DBC modelinde bu bakıma { $product } ürünü karşılık gelir. Bu, NotaWijzer'in elindeki 2018 tarife tablosunda yok (tablo eksik). NotaWijzer tutar uydurmaz; bu yüzden tahmin yapmaz.
estimate-year-share = { $most ->
        [none] { $year }: { $amount } sayılır; NotaWijzer { $year } yılının zorunlu katılım payını (eigen risico) bilmiyor.
       *[other] { $year }: { $amount } sayılır; bunun en fazla { $most } kadarını kendiniz ödersiniz.
    }
estimate-er-zpm = Zorgprestatiemodel ile zorunlu katılım payı (eigen risico): her hizmet kalemi, bakımı aldığınız yılın zorunlu katılım payına sayılır (yılda 385 €). Temel paket dışındaki bakım sayılmaz.
estimate-er-dbc = DBC modelinde tüm süreç bir kez sayılırdı, başladığı yılda ({ $year }): en fazla { $amount }.
estimate-er-new-year = Süreciniz yılbaşını geçiyor. Bu yüzden zorgprestatiemodel ile DBC modeline göre en fazla { $extra } daha fazla zorunlu katılım payı ödeyebilirsiniz.
estimate-er-one-year = Süreciniz şimdiye kadar tek bir yıl içinde: iki modelde de o yılın zorunlu katılım payına sayılır.
estimate-er-under-18 = Faturadaki doğum tarihine göre 18 yaşından küçüktünüz. 18 yaşından küçük olanlar zorunlu katılım payı ödemez.
estimate-er-other-care = Gerçekte ne ödeyeceğiniz, o yıl aldığınız başka bakıma bağlıdır: zorunlu katılım payı (kısmen) dolmuş olabilir. NotaWijzer bunu göremez.

## Ne ödüyorsunuz? (explain/payment.rs)
payment-reason = { $reason ->
        [no-show] gerçekleşmeyen bir randevu
        [fee] sağlık hizmeti sağlayıcısının kendi masrafı
       *[non-insured] temel paket dışındaki bakım
    }
payment-now = Şimdi { $pay } ödüyorsunuz. Bunun { $insured } kadarı sigortalı bakımdır.
payment-now-part = Şimdi { $pay } ödüyorsunuz. Faturanın tamamının ({ $total }) { $insured } kadarı sigortalı bakımdır.
payment-now-uninsured = Şimdi { $pay } ödüyorsunuz. Bu faturadaki hiçbir şeyi temel sigortanız karşılamaz. Sağlık hizmeti sağlayıcınızın sözleşmesi ya da poliçenizdeki yüzde bunu değiştirmez. Belki tamamlayıcı sigortanız veya işvereniniz öder: onlara sorun.
payment-never = Satır { $line } ({ $amount }) sağlık sigortanız (zorgverzekeraar) tarafından asla geri ödenmez: bu { $reason }.
payment-er-unknown = { $year } yılının zorunlu katılım payı (eigen risico) henüz bilinmiyor.
eigen-risico-budget = NotaWijzer { $year } için { $amount } zorunlu katılım payı (eigen risico) ile hesaplar: bu, { $year } bütçesindeki tutardır (Prinsjesdag 2026). NotaWijzer bunu doğrulayan bir hükümet sayfası henüz görmedi (kaynak: { $url }).
payment-er-under-18 = 18 yaşından küçüktünüz: { $year } yılında zorunlu katılım payınız (eigen risico) yok.
payment-er-share = { $given ->
        [yes] { $year }: bu faturadaki sigortalı bakımın { $amount } kadarı zorunlu katılım payınıza (eigen risico) girer. Bunu kendiniz ödersiniz.
       *[no] { $year }: bu yıl henüz zorunlu katılım payı ödemediyseniz, bu faturadaki sigortalı bakımın { $amount } kadarı zorunlu katılım payınıza (eigen risico) girer. Ne kadar ödediğinizi sağlık sigortanızın web sitesinde veya uygulamasında görürsünüz.
    }
payment-policy = Sağlık hizmeti sağlayıcınızın sağlık sigortanızla sözleşmesi yok ve poliçeniz %{ $percent } mi karşılıyor? O zaman sigortanız size en fazla { $back } geri öder. Yani en az { $least } kendiniz ödersiniz.
payment-policy-most = Bu en fazlasıdır. Sigortanız ayrıca, sözleşmeli kendi ortalama tarifesinin o yüzdesinden fazlasını ödemez; bu tarifeyi NotaWijzer bilmiyor. Bazı sigortalar hizmet kodu başına en yüksek ödemelerini web sitelerinde yayımlar.
payment-policy-unknown = NotaWijzer sigortanızın ne geri ödeyeceğini hesaplayamıyor: bu faturadaki bir yılın zorunlu katılım payı henüz bilinmiyor.
payment-policy-ask = Sağlık hizmeti sağlayıcınızın sağlık sigortanızla sözleşmesi yok mu? O zaman sigortanız bir kısmını geri öder: poliçenizde 'sözleşmesiz bakım' (niet-gecontracteerde zorg) altında yazan yüzde. 2026'da bu genellikle %60 ile %85 arasıdır (kaynak: { $source }). NotaWijzer bu yüzdeyle en fazla ne kadar geri alacağınızı hesaplar.
payment-hinderpaal = Bu yüzde için yasal bir alt sınır yok. Kural şudur: ödeme, sizi bu sağlık hizmeti sağlayıcısına gitmekten alıkoyacak kadar düşük olamaz (engel ölçütü, hinderpaalcriterium, Zorgverzekeringswet madde 13; Yüksek Mahkeme: { $source }). Bazı sigortalar önceden izin istemenizi ister.
payment-contracted = Sağlık hizmeti sağlayıcınızın sigortanızla sözleşmesi var mı? O zaman faturayı sigortanıza gönderir ve siz yalnızca zorunlu katılım payınızı ödersiniz. Yine de size bir fatura gelirse nedenini sorun.
letter-never-line = satır { $line } ({ $amount }: { $reason })
letter-never = Sağlık sigortam bu satırları asla geri ödemiyor: { $lines }. Bunları kendim ödemem doğru mu?

## Genel bakış (explain/overview.rs)
overview-month-total-zpm = Bu fatura (nota){ $first ->
        [none] {""}
       *[other] {" "}{ $last ->
            [none] { $first } tarihindeki bakım için
           *[other] { $first } ile { $last } arasındaki bakım için
        }
    } { $amount } istiyor.
overview-month-total = { $kind ->
        [dbc] Bu DBC faturası tüm tedavi süreci için { $amount } istiyor.
       *[pilot] Bu fatura (nota){ $month ->
            [none] {""}
           *[other] {" "}{ $month } için
        } { $amount } istiyor.
    }
overview-still-to-pay = { $paid ->
        [none] Ödenecek kalan: { $balance }.
       *[other] Ödenecek kalan: { $balance }; { $paid } zaten ödendi.
    }
overview-for-zpm = { $first ->
        [none] fatura { $number }
       *[other] { $last ->
            [none] { $first } tarihindeki bakım için
           *[other] { $first } ile { $last } arasındaki bakım için
        }{ $number ->
            [none] {""}
           *[other] {" "}(fatura { $number })
        }
    }
overview-for = { $kind ->
        [dbc] tüm tedavi süreci için (DBC){ $sequence ->
            [none] {""}
           *[other] {" "}(sıra numarası { $sequence })
        }
       *[pilot] { $month ->
            [none] (sıra numarası { $sequence })
           *[other] { $month } için{ $sequence ->
                [none] {""}
               *[other] {" "}(sıra numarası { $sequence })
            }
        }
    }
overview-cumulative = { $until ->
        [none] Tedavi süreciniz şimdiye kadar { $total } tuttu: daha önce { $before }, bu faturayla { $now }.
       *[other] Tedavi süreciniz { $until } dahil toplam { $total } tuttu: daha önce { $before }, bu faturayla { $now }.
    }
overview-cumulative-unknown = Fatura, bu süreç için daha önce ne faturalandığını söylemiyor. Bu faturayla süreç şimdiye kadar en az { $total } tutuyor.
overview-findings = { $count ->
        [0] NotaWijzer yanlış görünen bir şey bulmadı.
       *[other] NotaWijzer sorulacak { $count } nokta buldu.
    }

## Bakım kümeleri ve bakım ihtiyacı türleri (adlar NotaWijzer'in çevirisidir)
cluster-name = { $number ->
    [0] Kümelenemeyen bakım ihtiyacı
    [1] Hafif ruhsal rahatsızlık
    [2] Hafif ruhsal rahatsızlık, daha büyük bakım ihtiyacı
    [3] Orta düzeyde ruhsal rahatsızlık
    [4] Ağır ruhsal rahatsızlık
    [5] Çok ağır ruhsal rahatsızlık
    [6] Aşırı değerli düşüncelerle giden rahatsızlık
    [7] Süregelen rahatsızlık, yüksek kısıtlılık
    [8] Kaotik ve zorlayıcı rahatsızlık
    [10] İlk psikotik dönem
    [11] Süregelen/tekrarlayan psikoz, az belirti
    [12] Süregelen/tekrarlayan psikoz, yüksek kısıtlılık
    [13] Süregelen/tekrarlayan psikoz, çok belirti ve yüksek kısıtlılık
    [14] Psikotik kriz
    [15] Ağır psikotik depresyon
    [16] Çifte tanı (madde kullanımı ve ruhsal rahatsızlık)
    [17] Tedaviye katılımı zor psikoz veya duygudurum bozukluğu
    [18] Bilişsel kısıtlılık, düşük bakım ihtiyacı
    [19] Bilişsel kısıtlılık veya demans, orta bakım ihtiyacı
    [20] Bilişsel kısıtlılık veya demans, yüksek bakım ihtiyacı
   *[21] Bilişsel kısıtlılık veya demans, yüksek bedensel bakım ihtiyacı
}
cluster-group = { $group ->
    [Ia] Hafif/orta/ağır
    [Ib] Çok ağır/karmaşık/süregelen
    [IIa] İlk dönem
    [IIb] Süregelen/tekrarlayan
    [IIc] Akut dönem
    [IId] Dengesiz yaşam tarzı
    [IIIa] Bilişsel kısıtlılık
   *[none] Kümelenemeyen bakım ihtiyacı
}
cluster-super = { $numeral ->
    [I] Rahatsız edici psikotik belirtiler veya sanrılar olmadan bakım ihtiyacı
    [II] Rahatsız edici psikotik belirtiler veya sanrılarla bakım ihtiyacı
    [III] Nörobilişsel sorunlar etrafında bakım ihtiyacı
   *[none] Kümelenemeyen bakım ihtiyacı
}
cluster-sentence = Bakım kümeniz (zorgcluster) { $number }: { $name }. { $group } grubuna ({ $groupname }), { $numeral } üst kümesine ({ $supername }) aittir.
cluster-sentence-apart = Bakım kümeniz (zorgcluster) { $number }: { $name }. Bu küme üç üst kümenin dışında durur.
cluster-indicative = Bu kümedeki bakımın genellikle ne kadar sürdüğü: { $value }.
cluster-indicative-months = { $from } ile { $to } ay
cluster-indicative-unknown = bilinmiyor (NZa bunu yalnızca küme 3 için yayımladı)
cluster-review-interval = Bu kümedeki bakımınız en az her { $interval } yeniden değerlendirilmelidir (review).
cluster-working-names = Buradaki küme adları NotaWijzer'in çevirileridir; resmî olan, küme numaralarıdır. Faturada Hollandaca ad yazar.
zvt-sentence = Bakım ihtiyacı türünüz (zorgvraagtype) { $number }: „{ $name }”. Bakım ihtiyacı türü, bakım ihtiyacınızın ne kadar ağır ve karmaşık olduğunu anlatır. 2017 denemesindeki bakım kümesinin (zorgcluster) devamıdır ve aynı numaraları kullanır. Bakım ihtiyacı türü fiyatı belirlemez: fiyat faturadaki hizmet kalemlerine (prestaties) bağlıdır.
zvt-review-note = Uzmanınız bakım ihtiyacı türünü yılda en az bir kez yeniden belirler. Her bakım ihtiyacı türü için resmî süreler, NotaWijzer'in kontrol edebileceği bir biçimde yayımlanmamıştır. Bu yüzden NotaWijzer bakım sürecinizin başlangıcından bir yıl sonrasını ve sonra her yılı esas alır.
zvt-names-note = Bakım ihtiyacı türlerinin resmî Hollandaca adları, NotaWijzer'in kontrol edebileceği bir biçimde yayımlanmamıştır. Buradaki adlar NotaWijzer'in, bakım ihtiyacı türünün dayandığı modelin İngilizce adlarından yaptığı çevirilerdir.

## Yeniden değerlendirme (explain/overview.rs)
review-none = { $kind ->
        [zvt] Fatura bakım sürecinin başlangıç tarihini vermiyor; bu yüzden NotaWijzer bakım ihtiyacı türünün ne zaman yeniden belirlenmesi gerektiğini hesaplayamıyor.
       *[review] Fatura bir yeniden değerlendirme tarihi vermiyor ve NotaWijzer bunu bakım kümesi ve başlangıç tarihi olmadan hesaplayamıyor.
    }
review-due = { $kind ->
        [zvt] { $stated ->
            [yes] Faturaya göre bakım ihtiyacı türünüz en geç { $date } tarihinde yeniden belirlenecek.
           *[no] Bakım ihtiyacı türünüz en geç { $date } tarihinde yeniden belirlenmelidir.
        }
       *[review] { $stated ->
            [yes] Faturaya göre yeniden değerlendirme en geç { $date } tarihinde yapılmalıdır.
           *[no] Fatura bir yeniden değerlendirme tarihi vermiyor. Bu kümenin kurallarına göre bu en geç { $date }.
        }
    }
review-on-ahead = Bu faturadaki son bakım gününde ({ $on }) bu tarih henüz geçmemişti.
review-on-passed = Bu faturadaki son bakım gününde ({ $on }) bu tarih { $days } önce geçmişti.
review-today = Bu bugün.
review-ahead = Bu { $days } sonra.
review-passed = Bu tarih { $days } önce geçti.
review-not-needed = Yeniden değerlendirme artık gerekmiyor: bakımınız bu tarihten önce, { $ended } tarihinde sona erdi.
review-label-in-time = bu fatura için zamanında
review-label-late = bu fatura için { $days } geç
review-label-unknown = bilinmiyor
review-label-today = bugün
review-label-left = { $days } kaldı
review-label-passed = { $days } önce geçti
review-label-not-needed = artık gerekmiyor

## Denemenin DBC faturasıyla karşılaştırması (explain/overview.rs)
comparison-totals = { $until ->
        [none] Bakım kümesi modeliyle tedavi süreciniz { $cluster } tuttu.
       *[other] Bakım kümesi modeliyle tedavi süreciniz { $until } dahil { $cluster } tuttu.
    } Eski DBC modeliyle aynı süreç { $dbc } tutuyor.
comparison-difference = { $how ->
        [same] Bu tam olarak aynı tutar.
        [less] Yani bakım kümesi modeliyle sigortanız { $difference } daha az ödedi.
       *[more] Yani bakım kümesi modeliyle sigortanız { $difference } daha fazla ödedi.
    }
comparison-why = Fark neden? DBC modelinde sigortanız tüm süreç için tek bir tutar öder. Bu tutar tanı grubuna („{ $group }”) ve tedavinize kaç dakika harcandığına ({ $minutes }) bağlıdır. Klinikteki günler eklenir. Bu fatura ancak sürecin sonunda gelir. Bakım kümesi modelinde her ay, o ay yapılanlar için bir fatura gelir.
comparison-why-short = Fark neden? DBC modelinde sigortanız tüm süreç için tek bir tutar, artı klinikteki günleri öder ve bu fatura ancak sonunda gelir. Bakım kümesi modelinde her ay bir fatura gelir.
comparison-stay = DBC tutarında klinikte { $days } var ({ $amount }).
comparison-maximum = Karşılaştırma için: NZa'nın bu DBC ürünü için 2018 azami tarifesi { $amount } idi.
comparison-incomplete = Dikkat: bakım kümesi faturası henüz DBC sürecinin sonuna kadar gitmiyor. Yani karşılaştırma henüz tam değil.
comparison-glance = { $how ->
        [same] DBC modeliyle aynı ({ $estimate ->
            [yes] tahmin: { $dbc }
           *[no] { $dbc }
        }).
        [less] { $estimate ->
            [yes] Şimdiye kadar DBC modeline göre { $difference } daha az (tahmin: { $dbc }).
           *[no] DBC modeline göre { $difference } daha az ({ $dbc }).
        }
       *[more] { $estimate ->
            [yes] Şimdiye kadar DBC modeline göre { $difference } daha fazla (tahmin: { $dbc }).
           *[no] DBC modeline göre { $difference } daha fazla ({ $dbc }).
        }
    }
comparison-none = Eski DBC modeliyle karşılaştırma için aynı sürecin DBC faturası da gerekir. Onu bu faturayla birlikte açın. NotaWijzer o fatura olmadan DBC tutarı hesaplamaz: tarifeler tamamen açık değildir.

## Kime sorabilirsiniz? (rijksoverheid.nl, NZa ihbar noktası)
ask-insurer = Önce sağlık sigortanıza (zorgverzekeraar) sorun. Sigortanız faturayı inceleyebilir ve onunla ne yapıldığını size söyler.
ask-provider = Faturayı doğrudan sağlık hizmeti sağlayıcınızdan (zorgaanbieder: muayenehane veya kurum) mı aldınız? O zaman önce sağlık hizmeti sağlayıcınıza sorun.
ask-nza = Birlikte çözemiyor musunuz? Hollanda Sağlık Otoritesi'ne (Nederlandse Zorgautoriteit, NZa) bildirin: www.nza.nl/contact/meldpunt veya 088 770 8 770 numarasını arayın (iş günleri 9.00–17.00; Hollandaca).
ask-never-send = Soru sorarken BSN numaranızı, banka hesap numaranızı veya tıbbi bilgilerinizi asla göndermeyin.

## Sağlık sigortasına mektup (her zaman Hollandaca gönderilir; bu çeviri yanında gösterilir)
letter-greeting = Sayın yetkili,
letter-question = { $number ->
        [none] { $month ->
            [none] { $sequence ->
                [none] Faturam
               *[other] { $sequence } sıra numaralı fatura
            }
           *[other] { $month } faturası{ $sequence ->
                [none] {""}
               *[other] {" "}(sıra numarası { $sequence })
            }
        }
       *[other] { $number } numaralı fatura
    }{ $dbc ->
        [yes] {" "}(DBC)
       *[no] {""}
    } hakkında bir sorum var. Konu şudur:
letter-more = ve bunlar gibi { $count } nokta daha.
letter-closing =
    Bunu benim için kontrol edip neyin doğru olduğunu bana bildirir misiniz?

    Saygılarımla,

## DBC modeliyle karşılaştırma: tablo ve grafikler (compare.rs)
compare-er-heading = Zorunlu katılım payı (eigen risico)
compare-no-estimate = NotaWijzer DBC modelinin ne tutacağını tahmin edemiyor: karşılaştırmaya bakın.
compare-er-under-18 = Zorunlu katılım payı: 18 yaşın altında zorunlu katılım payı ödemezsiniz.
compare-er-glance = Zorunlu katılım payı: bunun için en fazla { $zpm } ödersiniz (DBC modeliyle en fazla { $dbc }).
compare-er-see = Zorunlu katılım payı: karşılaştırmaya bakın.
compare-unknown = bilinmiyor
compare-together = Toplam
compare-table-caption = Takvim yılına göre: ne sayılır ve en fazla ne ödersiniz
compare-table-year = Yıl
compare-table-counts = Sayılan (zorgprestatiemodel)
compare-table-most = En fazla ödediğiniz (zorgprestatiemodel)
compare-table-most-dbc = En fazla ödediğiniz (DBC modeli)
compare-chart-cost = Süreciniz ne tutuyor
compare-chart-nota = Fatura { $number }: { $amount }
compare-chart-zpm = Zorgprestatiemodel{ $until ->
        [none] {""}
       *[other] {" "}({ $until } dahil)
    }: { $amount }
compare-chart-dbc = DBC modeli, { $year } tarifesiyle tahmin: { $amount }
compare-chart-er = En fazla ödediğiniz zorunlu katılım payı
compare-chart-er-zpm = Zorgprestatiemodel: en fazla { $amount }
compare-chart-er-dbc = DBC modeli: en fazla { $amount }
compare-chart-er-dbc-year = DBC modeli { $year }: { $amount }

## Bir faturayı getirme veya okuma hakkında bildirimler (notices.rs)
notice-src-refused = NotaWijzer { $origin } adresinden fatura açmaz: bu web sitesi bu NotaWijzer'in ortaklar listesinde değil. Faturayı indirin ve dosyayı burada kendiniz açın.
notice-src-network = NotaWijzer faturayı getiremedi. İnternet bağlantınız çalışıyor mu? Daha sonra tekrar deneyin veya faturayı indirip dosyayı burada açın.
notice-src-unauthorized = Faturanın bulunduğu web sitesinde oturumunuz açık değil (veya artık değil). Tekrar oturum açın ve faturayı bir kez daha açın.
notice-src-not-found = Fatura bulunamadı. Belki bağlantının süresi doldu. Faturayı sigortanızın web sitesinden tekrar açın.
notice-src-too-large = Bu fatura NotaWijzer'in okuyabileceğinden büyük (4 MB'tan fazla). Sigortanızdan faturayı ay ay isteyin.
notice-src-http = Faturanın bulunduğu web sitesi bir hata verdi (kod { $code }). Daha sonra tekrar deneyin.
notice-pdf-failed = { $name }: { $problem ->
        [scan] NotaWijzer bu PDF'te metin bulamadı. Faturayı sağlık hizmeti sağlayıcınızdan veya sigortanızdan PDF olarak indirin, kâğıt faturanın fotoğrafını çekin veya satırları „Ya da faturanızın metnini yapıştırın” bölümüne yazın.
        [password] bu PDF bir parolayla korunuyor. NotaWijzer asla parola istemez. PDF'i PDF okuyucunuzda açın, parolasız kaydedin (veya PDF olarak yazdırın) ve o dosyayı burada açın.
        [damaged] bu PDF bozuk veya gerçek bir PDF değil: NotaWijzer onu açamıyor. Faturayı tekrar indirin ve bir kez daha deneyin.
       *[large] bu PDF 10 MB'tan büyük, NotaWijzer'in okuduğundan büyük. Bir fatura genellikle çok daha küçüktür; belki içinde fotoğraflar var. Sağlık hizmeti sağlayıcınızdan veya sigortanızdan faturanın kendisini isteyin.
    }
notice-picture-failed = { $name }: { $problem ->
        [unreadable] NotaWijzer bu resmi açamıyor. Bir fotoğrafı JPEG, PNG veya WebP olarak ya da faturanın PDF'ini açın.
        [heic] bu bir HEIC fotoğrafı (iPhone fotoğrafları böyle kaydeder) ve bu tarayıcı onu açamıyor. Fotoğrafı JPEG olarak gönderin: iPhone'da Ayarlar > Kamera > Biçimler > „En Uyumlu” seçin ve fotoğrafı yeniden çekin. Ya da fotoğrafın ekran görüntüsünü alıp burada açın.
        [unavailable] NotaWijzer'in metin tanıma özelliği yüklenmedi. Sayfayı yeniden yükleyin ve fotoğrafı bir kez daha açın.
        [large] bu fotoğraf 10 MB'tan büyük, NotaWijzer'in okuduğundan büyük. Fotoğrafı normal bir kamera ayarıyla yeniden çekin veya fotoğrafın ekran görüntüsünü alıp burada açın.
        [dark] fotoğraf çok karanlık: NotaWijzer metni okuyamıyor.
        [blurred] fotoğraf çok bulanık: NotaWijzer metni okuyamıyor.
       *[no-text] NotaWijzer bu fotoğrafta metin bulamadı.
    }
notice-pdf-opening = NotaWijzer PDF'inizi açıyor…
notice-pdf-reading = NotaWijzer PDF'inizi okuyor: sayfa { $page } / { $pages }…
notice-picture = { $step ->
        [0] NotaWijzer fotoğrafı okumaya hazırlıyor…
        [1] Metin tanıma yükleniyor… %{ $done }
       *[2] Metin tanınıyor… %{ $done }
    }{ $pages ->
        [0] {""}
        [1] {""}
       *[other] {" "}(sayfa { $page } / { $pages })
    }
notice-picture-tips = Deneyebilecekleriniz: faturayı bol ışıklı bir yere düz koyun (yansıyan flaş olmadan). Telefonu faturanın tam üstünde tutun, böylece tüm fatura fotoğrafta olsun. Netlemek için ekrana dokunun ve telefonu sabit tutun. Faturanız PDF olarak da var mı? O zaman onu açın: NotaWijzer onu kesin okur.

## Sayfanın kendi sözcükleri (labels.rs; ilk indirmede)
app-title = NotaWijzer ggz
app-tagline = Ruh sağlığı hizmetleri (ggz) faturanızı anlayın
app-skip-link = Doğrudan içeriğe geç
app-lang-switch = Dil
app-open-heading = Faturanızı (nota) açın
app-privacy = Faturanız kendi cihazınızda kalır. NotaWijzer hiçbir şey göndermez ve hiçbir şey saklamaz.
app-choose-files = Bir veya daha fazla dosya seçin
app-file-hint = Faturanızın PDF'i veya fotoğrafı (10 MB'a kadar) ya da bir metin, CSV veya JSON dosyası (4 MB'a kadar); aynı anda birden fazla da olur.
app-take-photo = Faturanızın fotoğrafını çekin
app-drop-here = Dosyaları buraya da sürükleyebilirsiniz.
app-paste-summary = Ya da faturanızın metnini yapıştırın
app-paste-label = Faturanın metni
app-paste-hint = Faturanızdaki metni kopyalayın (örneğin bir e-postadan veya PDF'ten) ve buraya yapıştırın.
app-paste-button = Bu metni oku
app-example-button = Örneğe bakın (Meneer Henk)
app-clear-button = Yeniden başla
app-print-button = Yazdır
app-reading = Okunuyor…
app-open-again = Başka bir fatura aç
app-letter-label = Gönderilecek metin (BSN numarası veya tıbbi bilgi olmadan)
app-letter-hint = Bu metni kopyalayıp bir e-postaya veya sağlık sigortanızın iletişim formuna yapıştırabilirsiniz. Metin Hollandacadır, çünkü sigortanız Hollandaca okur.
app-copy-button = Metni kopyala
app-copied = Metin kopyalandı.
app-copy-failed = Kopyalama olmadı. Metni seçin ve kendiniz kopyalayın.
app-lines-heading = Tüm satırların açıklaması
app-cluster-heading = Bakım kümeniz (zorgcluster)
app-comparison-heading = Eski DBC modeliyle karşılaştırma
app-footer-privacy = NotaWijzer tamamen tarayıcınızda çalışır: faturanız hiçbir yere gitmez.
app-footer-sources = Kaynaklar: NZa, bakım kümesi modeli sunumu (2017); 2 Mart 2020 tarihli meclis mektubu; İngiliz Mental Health Clustering Tool (kümeler ve yeniden değerlendirme süreleri).
app-footer-disclaimer = NotaWijzer açıklar; tavsiye vermez. Emin değil misiniz? Sağlık sigortanıza sorun.
view-cluster-intro = Bakım kümesi modelinde her hasta, bir ankete (HoNOS+) göre 21 bakım kümesinden birine aittir. Her küme bir gruba ve bir üst kümeye aittir ve bakımın yeniden değerlendirildiği (review) sabit bir süresi vardır. Kendi kümenizi görmek için faturanızı açın.
app-engine-loading = NotaWijzer yükleniyor…
app-engine-failed = NotaWijzer'in faturaları okuyan bölümü yüklenmedi. Belki bağlantı koptu. Faturanız saklandı: lütfen tekrar deneyin.
app-retry-button = Tekrar dene
view-comparison-intro = 2022'ye kadar Hollanda'da ruh sağlığı hizmetleri DBC'lerle ödenirdi: tanı grubuna ve tedavi dakikalarına göre seçilen, tüm tedavi süreci için tek bir tutar, artı klinikteki günler. Bakım kümesi modelinde her ay bir fatura gelir.
app-lines-empty = Önce bir fatura açın. Sonra her satır burada açıklanır.
app-example-zpm-button = Güncel bir örneğe bakın (2025)
app-page-ask = Bir şey yanlış mı görünüyor?
app-page-checks = NotaWijzer nasıl kontrol eder
app-page-privacy = Gizlilik
app-page-accessibility = Erişilebilirlik
app-view-overview = Genel bakış
app-view-lines = Satır satır
app-view-zvt = Bakım ihtiyacı türü
app-view-cluster = Bakım kümesi
app-view-comparison = DBC karşılaştırması
app-view-sections = Bölümler

## Görünümlerin sözcükleri (labels.rs, ViewLabels)
view-payment-heading = Ne ödüyorsunuz?
view-payment-private = Aşağıya yazdıklarınız bu sayfada kalır: bağlantıda yer almaz, saklanmaz ve hiçbir yere gitmez. „Yeniden başla” ile silinir.
view-no-contract = Sağlık hizmeti sağlayıcımın sağlık sigortamla sözleşmesi yok
view-percent-label = Poliçeniz sözleşmesiz bakım için yüzde kaç karşılıyor?
view-percent-hint = Bu, poliçe koşullarınızda 'sözleşmesiz bakım' (niet-gecontracteerde zorg) altında yazar. 0 ile 100 arasında bir sayı.
view-used-hint = Bunu sağlık sigortanızın web sitesinde veya uygulamasında görürsünüz. Boş: NotaWijzer henüz hiç ödemediğinizi varsayar.
view-glance-heading = Kısaca
view-how-checked = NotaWijzer bunu nasıl kontrol ediyor (yeni sekmede açılır)
view-asks = Bu fatura istiyor
view-so-far = Süreç şimdiye kadar tuttu
view-findings-heading = Doğru görünmeyenler
view-notes-heading = Bilmekte yarar var
view-notes-more = Bununla ilgili daha fazlası ve NotaWijzer'in bunu nasıl kontrol ettiği
view-ask-heading = Bir şey yanlış mı?
view-pdf-read-note = NotaWijzer'in PDF'inizden aldığı metin, bildirimlerin kullandığı satır numaralarıyla. Bir tutar PDF'inizle uyuşmuyor mu? Neyin ters gittiğini burada görürsünüz.
view-picture-read-note = NotaWijzer'in fotoğrafta tanıdığı metin, bildirimlerin kullandığı satır numaralarıyla. Bir fotoğrafı okumak her zaman doğru gitmez: tutarları, tarihleri ve kodları faturanızla karşılaştırın. „Tüm satırlar” bölümünde her satırın yanında geldiği fotoğraf parçası vardır.
view-picture-correct = Faturanızda başka bir şey mi yazıyor? Tanınan metin „Ya da faturanızın metnini yapıştırın” altındaki kutuda da var. Orada düzeltin ve „Bu metni oku”yu seçin.
view-picture-cut = Metnin bir kısmı fotoğrafın kenarına değiyor. Belki faturanın bir kısmı fotoğrafın dışında kaldı. Fotoğrafı, tüm fatura içinde olacak şekilde yeniden çekin.
view-strip-alt = Bu satırın bulunduğu fotoğraf parçası
view-from-picture = Fotoğraftan okundu
view-unsure = Kesin okunmadı, bunu fotoğrafta kontrol edin:
view-stays-heading = Klinikteki günler
view-show-more = Daha fazla satır göster
view-cluster-none = Bu fatura bir bakım kümesi belirtmiyor.
view-tree-label = Bakım kümenizin bakım kümesi modelindeki yeri
view-your-cluster = kümeniz
view-catalogue-summary = 21 bakım kümesinin hepsini göster
view-review-heading = Yeniden değerlendirme (review)
view-review-date = Yeniden değerlendirme tarihi
view-review-status = Durum
view-review-interval = En az şu sıklıkta yeniden değerlendirme
view-review-latest = Kurallara göre en geç
view-chart-title = Tedavi sürecinin maliyeti: bakım kümesi modeli ve DBC modeli yan yana
view-dbc-model = DBC modeli
view-before = daha önce
view-this-month = bu fatura
view-product = DBC ürünü
view-stays = yatış
view-other = diğer
view-errors-heading = NotaWijzer'in okuyamadıkları
view-errors-intro = Bu satırlar (tamamen) okunmadı. Geri kalanı okundu. Aşağıda sorunun yeriyle birlikte kendi metniniz var.
view-source-label = Metniniz
view-unreadable-file = NotaWijzer bu dosyadan hiçbir şey okuyamadı.
view-number = Numara
view-name = Ad
view-group = Grup
view-supercluster = Üst küme
view-period = Bakım genellikle ne kadar sürer
view-show-all-findings = Tüm noktaları göster
view-zvt-heading = Bakım ihtiyacı türünüz (zorgvraagtype)
view-zvt-none = Bu fatura bir bakım ihtiyacı türü vermiyor. Bir gizlilik beyanı (privacyverklaring) varsa buna izin verilir.
view-zvt-uninsured = Bu faturada yalnızca temel paket dışında bakım var. Bu yüzden NotaWijzer bir bakım ihtiyacı türü (zorgvraagtype) veya onun yeniden belirlenmesi hakkında bir şey söylemez.
view-zvt-privacy-short = Belirtilmemiş (gizlilik beyanı)
view-zvt-tree = Bakım ihtiyacı türünüzün modeldeki yeri
view-zvt-yours = bakım ihtiyacı türünüz
view-retype-heading = Yeniden belirleme
view-retype-due = En geç yeniden belirleme tarihi

## Görünümlerin parçaları (view.rs)
view-nota-title = { $kind ->
        [cluster] Bakım kümesi faturası
        [dbc] DBC faturası
       *[zpm] Sağlık faturası
    }{ $number ->
        [none] {""}
       *[other] {" "}{ $number }
    }{ $date ->
        [none] {""}
       *[other] {" "}({ $date })
    }{ $month ->
        [none] {""}
       *[other] {" "}{ $month }
    }{ $sequence ->
        [none] {""}
       *[other] {" "}(sıra numarası { $sequence })
    }
view-errors-more = … ve { $count } tane daha.
view-glance-review = { $kind ->
        [zvt] En geç yeniden belirleme: { $date }
       *[review] En geç yeniden değerlendirme: { $date }
    } · { $status }
view-picture-misread = Bu fatura bir fotoğraftan okundu: belki bir rakam yanlış tanındı. „Tüm satırlar” bölümündeki tutarları yanındaki fotoğraf parçasıyla karşılaştırın ve gerekirse metni düzeltin.
view-findings-first = Bunlar { $count } noktanın ilk { $shown } tanesi.
view-cluster-unknown-text = { $kind ->
        [zvt] NotaWijzer bu bakım ihtiyacı türünü tanımıyor: „{ $text }”
       *[cluster] NotaWijzer bu bakım kümesini tanımıyor: „{ $text }”
    }
view-chart-cluster = Bakım kümesi modeli{ $until ->
        [none] {""}
       *[other] {" "}({ $until } dahil)
    }: { $amount }
view-input-problem = { $problem ->
        [number] 75 veya 120,50 gibi bir sayı yazın.
        [percent] 0 ile 100 arasında bir yüzde yazın.
        [amount] 0 veya daha büyük bir tutar yazın.
       *[year] 2025 gibi bir yıl yazın.
    }
view-not-a-nota-heading = Sağlık faturası bulunamadı
view-used-label = { $year } yılında zaten ödediğiniz zorunlu katılım payı (eigen risico, avro)
view-letter-translated-heading = Bu mektup ne diyor
view-letter-dutch-note = Mektup Hollandacadır, çünkü sağlık sigortanız Hollandaca okur. Yukarıdaki Hollandaca metni gönderin; bu çeviri sizin içindir.
view-read-summary = { $kind ->
        [picture] NotaWijzer fotoğrafınızı böyle okudu
       *[pdf] NotaWijzer PDF'inizi böyle okudu
    } ({ $name }, { $pages } sayfa)
view-patient = Kimin için: { $patient }
view-line-no = Satır { $line }
view-shown = { $total } satırdan { $shown } tanesi gösteriliyor.
app-crash-title = NotaWijzer'de bir şeyler ters gitti
app-crash-text = NotaWijzer devam edemedi. Faturanız gönderilmedi: her şey kendi cihazınızda kaldı.
app-crash-do = Sayfayı yeniden yükleyin ve tekrar deneyin. Yine mi ters gidiyor? O zaman sağlık sigortanızdan faturayı açıklamasını isteyin.
app-crash-again = Yeniden başla
app-crash-details = Teknik bilgiler (yönetici için)

## Kontroller (pages.rs; uygulamada da her noktada)
about-source = { $code ->
    [above_max_tariff] bu hizmet kodu için, tarihin yılında NZa'nın azami tarifesi (aşağıdaki tarife tablosu, her tutarın kaynağıyla).
    [cluster_conflict] NZa denemesinin (2017) bakım kümeleri listesi.
    [date_after_invoice] faturadaki fatura tarihi.
    [date_outside_month] faturanın faturaladığı ay (bir bakım kümesi faturası bir ayı faturalar).
    [date_outside_trajectory] faturadaki sürecin başlangıç ve bitiş tarihi.
    [duplicate_line] faturanın kendisi.
    [non_insured] satırın açıklaması ve kodu.
    [privacy_statement] faturanın kendisi ve NZa: bir gizlilik beyanıyla tanı ve bakım ihtiyacı türü faturada yer almaz.
    [quarter_hours] 2026 kuralları (Fitz, NZa kuralları hakkında): temel paket dışındaki bakım (OV0012) 15 dakika başına faturalanır.
    [review_beyond_interval] NZa denemesinden (2017) bakım kümesi başına yeniden değerlendirme süresi.
    [review_overdue] bakım kümesi başına yeniden değerlendirme süresi (NZa denemesi, 2017); bir bakım ihtiyacı türü için yılda en az bir kez yeniden belirlenme kuralı.
    [surcharge_without_consult] faturanın kendisi.
    [code_description_mismatch] zorgprestatiemodel kodları: her görüşme kodu bir tür görüşmeye, bir süreye ve bir mesleğe aittir.
    [quantity_mismatch] faturanın kendisi: bir satırdaki adet, tarife ve tutar.
    [total_mismatch] faturanın kendisi: toplam ve satırlar.
   *[unknown_cluster] bakım kümeleri listesi (2017 denemesi) ve 1'den 21'e kadar bakım ihtiyacı türleri (9 hariç).
}
about-checked = { $code ->
    [above_max_tariff] tutarın bu azami tarifenin üstünde olup olmadığı. Sağlık hizmeti sağlayıcısının sigortanızla sözleşmesi varsa %10'a kadar fazlası olabilir; NotaWijzer bunu o zaman ayrıca söyler.
    [cluster_conflict] faturadaki bakım kümesinin numarasının ve adının aynı kümeyi gösterip göstermediği.
    [date_after_invoice] bir satırın fatura tarihinden sonraki bir tarihi olup olmadığı: bakım ancak verildikten sonra faturalanabilir.
    [date_outside_month] her satırın o ay içinde bir tarihi olup olmadığı.
    [date_outside_trajectory] bir satırın sürecin başlangıcından önce veya bitişinden sonra olup olmadığı.
    [duplicate_line] aynı satırın (aynı açıklama veya kod, tarih ve tutar) faturada iki kez olup olmadığı.
    [non_insured] bir satırın temel paket dışında bir bakım olup olmadığı. Bu bir hata değil: o bakımı kendiniz ödersiniz.
    [privacy_statement] faturanın bir gizlilik beyanı imzaladığınızı söyleyip söylemediği. O zaman eksik bir bakım ihtiyacı türü yoktur: faturada olmamalıdır.
    [quarter_hours] aynı gündeki OV0012 satırlarının tek bir görüşmenin çeyrek saatleri olup olmadığı ve o görüşmenin toplam ne kadar sürdüğü.
    [review_beyond_interval] faturadaki yeniden değerlendirme tarihinin kümenin süresinin izin verdiğinden sonra olup olmadığı.
    [review_overdue] bakımınız sürerken yeniden değerlendirme tarihinin geçip geçmediği.
    [surcharge_without_consult] bir ek ücret (yol süresi gibi) için faturada aynı gün bir görüşme olup olmadığı.
    [code_description_mismatch] satırdaki açıklamanın koddan farklı bir süre, görüşme türü veya meslek belirtip belirtmediği. Tarifeyi kod belirler.
    [quantity_mismatch] adet çarpı tarifenin, kuruşu kuruşuna, satırın tutarını verip vermediği.
    [total_mismatch] satırların toplamının, kuruşu kuruşuna, faturadaki toplamı verip vermediği.
   *[unknown_cluster] faturadaki numaranın veya adın o listede olup olmadığı.
}
about-not-checked = { $code ->
    [above_max_tariff] sigortanızın sağlık hizmeti sağlayıcısıyla sözleşmesi olup olmadığı ve tabloda olmayan kodlar veya yıllar (NotaWijzer bunu o zaman söyler).
    [cluster_conflict] ikisinden hangisinin doğru olduğu ve kümenin size uyup uymadığı.
    [date_after_invoice] fatura tarihinin kendisinin doğru olup olmadığı.
    [date_outside_month] bakımın o tarihte gerçekten verilip verilmediği.
    [date_outside_trajectory] başlangıç ve bitiş tarihlerinin kendilerinin doğru olup olmadığı.
    [duplicate_line] bunun gerçekten iki kez olup olmadığı: bir günde iki görüşme doğru olabilir.
    [non_insured] tamamlayıcı sigortanızın bunu karşılayıp karşılamadığı.
    [privacy_statement] beyanı gerçekten imzalayıp imzalamadığınız: bunu sağlık hizmeti sağlayıcınız bilir.
    [quarter_hours] görüşmenin gerçekten o kadar sürüp sürmediği.
    [review_beyond_interval] uzmanınızın daha geç bir yeniden değerlendirme için bir nedeni olup olmadığı.
    [review_overdue] yeniden değerlendirmenin veya yeni belirlemenin yapılıp yapılmadığı: bu faturada yazmaz. Uzmanınıza sorun.
    [surcharge_without_consult] hizmet kaleminin bağlantı numarası (NotaWijzer bunu okumaz) ve başka bir faturadaki görüşmeler.
    [code_description_mismatch] ikisinden hangisinin aldığınız bakıma uyduğu.
    [quantity_mismatch] adedin aldığınız bakıma uyup uymadığı.
    [total_mismatch] satırların kendilerinin aldığınız bakıma uyup uymadığı.
   *[unknown_cluster] kümenin veya bakım ihtiyacı türünün size uyup uymadığı.
}
about-title = { $code ->
    [above_max_tariff] Azami tarifenin üstünde
    [cluster_conflict] Bakım kümesinin numarası ve adı farklı
    [date_after_invoice] Fatura tarihinden sonraki tarih
    [date_outside_month] Faturalanan ayın dışındaki tarih
    [date_outside_trajectory] Sürecin dışındaki tarih
    [duplicate_line] Aynı satır iki kez
    [non_insured] Temel paket dışında bakım
    [privacy_statement] Gizlilik beyanı: tanı ve bakım ihtiyacı türü yok
    [quarter_hours] Temel paket dışında bakım, 15 dakika başına
    [review_beyond_interval] İzin verilenden sonraki yeniden değerlendirme tarihi
    [review_overdue] Yeniden değerlendirme veya yeni belirleme gecikmiş
    [surcharge_without_consult] Görüşmesiz ek ücret
    [quantity_mismatch] Adet çarpı tarife, tutar değil
    [code_description_mismatch] Açıklama koda uymuyor
    [total_mismatch] Toplam satırlarla uyuşmuyor
   *[unknown_cluster] Bilinmeyen bakım kümesi veya bakım ihtiyacı türü
}

## Ayrı sayfalar (pages.rs)
page-back = NotaWijzer'e geri dön
page-languages = Bu sayfa başka bir dilde
page-checks-intro = NotaWijzer faturanızı açıklar ve doğru görünmeyen bir şey olup olmadığına bakar. Aşağıda her kontrol için NotaWijzer'in neye baktığı, bunun hangi kaynağa dayandığı ve NotaWijzer'in neyi kontrol edemediği yazıyor. NotaWijzer bir yargıda bulunmaz: emin değilseniz sorun.
page-source = Kaynak
page-checked = NotaWijzer neyi kontrol eder
page-not-checked = Neyi etmez
page-json-code = JSON çıktısındaki kod
page-pay-heading = Ne ödersiniz ve ne geri alırsınız
page-pay-no-show = Gerçekleşmeyen bir randevu (gelinmedi, çok geç iptal edildi): NZa'nın bir hizmet kalemi değildir. Sağlık hizmeti sağlayıcısı bunu tedavi sözleşmenize göre ister. Sağlık sigortanız bunu asla geri ödemez ve zorunlu katılım payına (eigen risico) sayılmaz.
page-pay-fee = Sağlık hizmeti sağlayıcısının kendi diğer masrafları (idari işler, üçüncü kişiler için bir rapor, dosyanızın bir kopyası): bunlar da hizmet kalemi değildir, asla geri ödenmez.
page-pay-non-insured = Temel paket dışındaki bakım (OV0012, 'overig product'): bunu kendiniz ödersiniz; tamamlayıcı sigortanız karşılıyorsa o öder. 2026'dan itibaren OV0012 15 dakika başına faturalanır.
page-pay-referral = Kabul görüşmesinden (intake) önce tarihli geçerli bir sevk (verwijzing) olmadan verilen bakım.
page-pay-rule = Sağlık hizmeti sağlayıcınızın sağlık sigortanızla sözleşmesi var mı? O zaman faturayı sigortanıza gönderir ve siz yalnızca zorunlu katılım payını ödersiniz (2016–2026 arası yılda 385 €; 18 yaşın altında yok; bakımın takvim yılına göre; 2027'ninki henüz bilinmiyor). Sözleşme yoksa sigortanız satır başına en fazla poliçenizin yüzdesini öder (2026'da genellikle %60 ile %85 arası) ve sözleşmeli kendi ortalama tarifesinin o yüzdesinden fazlasını ödemez; ardından henüz açık olan zorunlu katılım payı düşülür. Yüzdeyi girerseniz NotaWijzer bunu hesaplar ve bunun bir üst sınır olduğunu söyler. Yüzde için yasal bir alt sınır yok: ödeme yalnızca sizi alıkoyacak kadar düşük olamaz (engel ölçütü, hinderpaalcriterium, Zorgverzekeringswet madde 13). Bazı sigortalar önceden izin ister.
page-pay-complain = Ödeme doğru değil mi? Önce sağlık sigortanıza sorun. Anlaşamazsanız Sağlık Sigortası Şikâyet ve Uyuşmazlık Vakfı'na (Stichting Klachten en Geschillen Zorgverzekeringen, SKGZ, https://www.skgz.nl) başvurabilirsiniz. Daha sık görülen bir sorunu NZa'ya bildirebilirsiniz (https://www.nza.nl/contact/meldpunt).
page-sources = Kaynaklar
page-tables-heading = NotaWijzer'in tabloları neleri içerir
page-tables-intro = NotaWijzer yalnızca bir kaynakla destekleyebildiği tutarları bilir. Bir kod veya yıl burada yoksa NotaWijzer azami tarifeyi bilmediğini söyler; tutar uydurmaz.
page-tariffs-caption = Hizmet kodu başına azami tarifeler
page-code = Kod
page-tariff-sources = Tarifelerin kaynakları
page-eigen-risico = Zorunlu katılım payı (eigen risico) { $first }–{ $last }: yılda { $amount } (kaynak: { $source }).
page-gbggz = GB-ggz ürünleri, { $year } tarifesi (kaynak: { $source }): { $list }.
page-specialist = DBC modelinde uzman ruh sağlığı hizmetleri: NotaWijzer'de 2018 azami tarifelerinin bir kısmı var. Bir süreç orada olmayan bir ürüne düşerse NotaWijzer tahmin yapmaz ve nedenini söyler.
page-privacy-title = Gizlilik: faturanıza ne olur
page-privacy-intro = Faturanız sağlığınızla ilgili bilgiler içerir. Bu yüzden NotaWijzer şöyle çalışır:
page-privacy-device-lead = Faturanız kendi cihazınızda kalır.
page-privacy-device = NotaWijzer faturayı tarayıcınızda okur ve kontrol eder. Bir sunucuya hiçbir şey gitmez: ne fatura, ne açıklama, ne de tıkladıklarınız.
page-privacy-store-lead = NotaWijzer hiçbir şey saklamaz.
page-privacy-store = Çerez yok, tarayıcıda kayıt yok. Sayfayı kapatırsanız her şey silinir.
page-privacy-counters-lead = Sayaç yok, reklam yok.
page-privacy-counters = NotaWijzer istatistik veya başkalarının hizmetlerini kullanmaz. PDF okuyucu, metin tanıma ve diller dahil tüm parçalar NotaWijzer'in kendisiyle aynı web sitesinden gelir.
page-privacy-csp-lead = Tarayıcı NotaWijzer'i bu söze bağlı tutar.
page-privacy-csp = Sayfanın bir güvenlik kuralı (Content-Security-Policy) vardır; bu kural tarayıcının başka bir web sitesine bir şey göndermesini veya başka bir web sitesinden bir şey yüklemesini reddetmesini sağlar.
page-privacy-exception-lead = Bir istisna.
page-privacy-exception = NotaWijzer'i sigortanızın veya hasta derneğinizin web sitesinden faturanıza giden bir bağlantıyla açarsanız, NotaWijzer o tek faturayı o web sitesinden getirir. Bunu yalnızca NotaWijzer'de ortak olarak kayıtlı web siteleri yapabilir.
page-privacy-check-heading = Kendiniz kontrol edin
page-privacy-step-1 = NotaWijzer'i bir bilgisayarda açın ve F12'ye basın (veya tarayıcının menüsünden: Diğer araçlar → Geliştirici araçları).
page-privacy-step-2 = Ağ (Network) sekmesini seçin.
page-privacy-step-3 = Faturanızı NotaWijzer'de açın.
page-privacy-step-4 = Yalnızca NotaWijzer'in kendi dosyalarının getirildiğini görürsünüz; faturanızı gönderen tek bir istek bile görmezsiniz.
page-a11y-title = Erişilebilirlik beyanı
page-a11y-intro = NotaWijzer, az gören veya görme engelli olanlar, yalnızca klavye kullananlar veya Hollandacayı iyi okuyamayanlar dahil herkesin sağlık faturasını anlayabilmesini ister. Bu beyan, Hollanda hükümetinin erişilebilirlik beyanı örnek formunun yapısını izler.
page-a11y-standard-heading = Standart
page-a11y-standard = NotaWijzer, EN 301 549'un arkasındaki norm olan WCAG 2.2 AA düzeyini hedefler.
page-a11y-status-heading = Durum: kısmen uygun
page-a11y-status = NotaWijzer otomatik ve elle yapılan kontrollerle test edildi (aşağıda). Henüz bağımsız bir uzman incelemesi ve ekran okuyucu kullanan kişilerle bir test yapılmadı. Bu yapılana kadar durumu dürüstçe belirtiyoruz: kısmen uygun.
page-a11y-tested-heading = Nasıl test edildi
page-a11y-tested-axe = Otomatik olarak, her değişiklikte: WCAG 2.0, 2.1 ve 2.2'nin A ve AA düzeyi kurallarıyla axe-core (tıklama hedefleri için en az 24'e 24 piksel boyutu dahil), testlerin ulaştığı her durumda: boş sayfa, örnekler, kendi dosyalar, PDF'ler, fotoğraflar, hata mesajları, her sekme, NotaWijzer'in her dilinde (Arapça sağdan sola).
page-a11y-tested-lighthouse = Lighthouse: erişilebilirlik 100.
page-a11y-tested-snapshots = Her sekmenin kayıtlı erişilebilirlik ağacı (ARIA anlık görüntüleri); böylece başlıklarda, işaret noktalarında ve adlarda her değişiklik görünür.
page-a11y-tested-hand = Elle: yalnızca klavyeyle tüm yol (örneği açma, her sekme, sorulacak noktalar, yazdırma), her adımda görünür odakla; 320, 375 ve 1280 piksel ekran genişlikleri, incelenmiş ekran görüntüleriyle.
page-a11y-tested-drag = Sürüklemek hiçbir zaman gerekmez: sayfaya sürükleyebileceğiniz bir dosyayı düğmeyle de seçebilirsiniz. Sayfada hiçbir şey ekranda sabit durmaz, bu yüzden odak hiçbir zaman başka bir şeyin arkasında kaybolmaz. Yardım („Bir şey yanlış mı görünüyor?”) her sayfada aynı yerde, en alttadır.
page-a11y-not-heading = (Henüz) uygun olmayanlar
page-a11y-not-photo = NotaWijzer bir faturanın fotoğrafını veya taramasını metin tanımayla okur ve bu her zaman doğru gitmez. Her satırın yanında, o satırın geldiği fotoğraf parçası, açıklamalı bir resim olarak bulunur; NotaWijzer'in kesin okuyamadığı sözcükler yanındaki metinde işaretlidir. Fotoğrafı göremeyen kişi tanınan metni okuyabilir ve metin kutusunda düzeltebilir. Tutarları faturanın kendisiyle de karşılaştırın.
page-a11y-not-charts = Karşılaştırmadaki grafikler metin açıklamalı resimlerdir; aynı tutarlar metinde ve tabloda vardır. Bir çubuğun parçaları arasındaki renk farkı tek ipucu değildir, ama renkler her tür renk körlüğü için test edilmedi.
page-a11y-not-readers = Ekran okuyucuların (NVDA, JAWS, VoiceOver, TalkBack) gerçek kullanıcılarıyla test edilmedi. Türkçe, Arapça, Lehçe ve Ukraynaca metinler henüz, dili ana dili olarak konuşan ve sağlık alanında çalışan biri tarafından kontrol edilmedi; sayfa bu dillerde bunu belirtir.
page-a11y-contact-heading = İletişim
page-a11y-contact = Çalışmayan bir şeyle mi karşılaştınız? NotaWijzer'i web sitesinde kullandığınız kuruluşa (hasta derneğiniz veya sağlık sigortanız) bildirin; onlar bize iletir. NotaWijzer'in kendisi veri toplamaz ve bu yüzden sayfada bir formu yoktur.
page-a11y-date = Bu beyan 24 Kasım 2026'da hazırlandı ve 2 Aralık 2026'da güncellendi.
app-not-reviewed = Bu çeviri henüz, dili ana dili olarak konuşan ve sağlık alanında çalışan biri tarafından kontrol edilmedi.

## Komut satırı (src/bin/notawijzer.rs)
cli-pdf = bu bir PDF. NotaWijzer PDF'leri tarayıcıda okur: dosyayı web uygulamasında açın (.ci/serve). Komut satırı metin, CSV ve JSON okur.
cli-picture = bu bir fotoğraf veya resim. NotaWijzer fotoğrafları tarayıcıda, metin tanımayla okur: dosyayı web uygulamasında açın (.ci/serve). Komut satırı metin, CSV ve JSON okur.
cli-cannot-open = dosya açılamıyor
cli-nota-heading = { $kind ->
        [dbc] DBC faturası
        [zpm] Sağlık faturası (zorgprestatiemodel)
       *[cluster] Bakım kümesi faturası
    } ({ $file }, satır { $line })
cli-comparison-heading = DBC modeliyle karşılaştırma
cli-comparison-totals = Bakım kümesi modeli: { $cluster }   DBC: { $dbc }
cli-not-read = Okunmadı
cli-today = Bugün: { $date }

## Sayfanın kendi bildirimleri (app/notice.rs)
app-notice-src-loading = Fatura getiriliyor…
app-notice-pdf-unavailable = NotaWijzer'in PDF okuyucusu yüklenmedi. Sayfayı yeniden yükleyin ve PDF'i bir kez daha açın.
app-notice-lang-failed = NotaWijzer bu dildeki metinleri getiremedi. İnternet bağlantınız çalışıyor mu? O zaman dili bir kez daha seçin.

## Sağlık sigortasının dökümü: beyanlar, zorunlu katılım payı faturası, yıl sonu hesaplaşması
ov-heading = Sağlık sigortanızın dökümü
# $kind: declarations, eigen_risico_bill veya settlement
ov-kind = { $kind ->
        [declarations] Bu, sağlık sigortanızdaki (zorgverzekeraar) beyanlarınızın dökümüdür: sağlık hizmeti sağlayıcılarının neyi beyan ettiği ve sigortanın bununla ne yaptığı.
        [eigen_risico_bill] Bu, sağlık sigortanızın bir faturasıdır: zorunlu katılım payınız (eigen risico) veya bir katkı payı (eigen bijdrage) için.
       *[settlement] Bu, taksitle ödediğiniz zorunlu katılım payının (eigen risico) yıl sonu hesaplaşmasıdır (eindafrekening).
    }
ov-owes = { $last ->
        [none] Sağlık sigortanıza { $amount } ödemeniz gerekiyor; { $first } yılındaki bakım için.
       *[other] Sağlık sigortanıza { $amount } ödemeniz gerekiyor; { $first } ile { $last } arasındaki yıllardaki bakım için.
    }
ov-owes-plain = Sağlık sigortanıza { $amount } ödemeniz gerekiyor.
ov-due = Son ödeme veya otomatik tahsilat tarihi: { $date }.
ov-refund = Sağlık sigortanız size { $amount } geri ödüyor.
ov-not-a-bill = Bu döküm bir fatura değildir: bunun için şimdi hiçbir şey ödemeniz gerekmez. Zorunlu katılım payınıza giren kısmı (buradaki satırlarda { $charged }) sigortanız ayrıca ister: bir fatura veya otomatik tahsilatla.
ov-left = Zorunlu katılım payı { $year }: { $used } kullanıldı, { $amount } tutarından { $left } kaldı.
ov-left-unknown = Zorunlu katılım payı { $year }: { $used } kullanıldı. NotaWijzer { $year } yılının zorunlu katılım payını bilmiyor; bu yüzden ne kaldığını söyleyemez.
ov-minor = { $person } { $year } yılında 18 yaşından küçüktü: zorunlu katılım payı yok.
ov-person = Sigortalı { $n }
ov-verdict-fine = { $rows ->
        [one] NotaWijzer bu dökümün 1 satırını okudu ve yanlış görünen bir şey bulmadı.
       *[other] NotaWijzer bu dökümün { $rows } satırını okudu ve yanlış görünen bir şey bulmadı.
    }
ov-verdict-points = { $count ->
        [one] NotaWijzer sorulacak 1 nokta buldu.
       *[other] NotaWijzer sorulacak { $count } nokta buldu.
    }
ov-no-rows = NotaWijzer bu dökümde bakım satırı bulamadı; bu yüzden neyin beyan edildiği hakkında bir şey söyleyemez.
ov-rows-heading = Neler beyan edildi
ov-years-heading = Yıllara göre zorunlu katılım payınız
# $col: date, provider, care, declared, reimbursed, eigen-risico, status
ov-col = { $col ->
        [date] Tarih
        [provider] Sağlık hizmeti sağlayıcı
        [care] Bakım
        [declared] Beyan edilen
        [reimbursed] Karşılanan
        [eigen-risico] Zorunlu katılım payı
       *[status] Durum
    }
# $status: processed, pending, rejected, to-pay (op deze rekening), paid (al betaald)
ov-status = { $status ->
        [processed] İşlendi
        [pending] Henüz işlenmedi
        [to-pay] Bu faturada
        [paid] Daha önce ödendi
       *[rejected] Reddedildi
    }
ov-other-care = Ruh sağlığı dışındaki bakım: NotaWijzer bunu açıklamaz.
ov-ggz-unknown = Ruh sağlığı hizmeti (ggz). Tam olarak hangi hizmet (prestatie) olduğu dökümde yazmıyor. Faturada veya sağlık hizmeti sağlayıcısında kontrol edebilirsiniz.
ov-contracted = Bu tutar o azami tutarın altındadır. Sözleşmeyle sigorta ve sağlayıcı daha düşük bir ücret üzerinde anlaşır: bu normaldir, hata değildir.
ov-term-direct = "Directe tijd" (doğrudan süre), terapistin sizinle temas halinde olduğu süredir: bir görüşme, görüntülü veya telefonla da olabilir.
ov-term-multi = "Multidisciplinair", farklı mesleklerden terapistlerin bakımınızı birlikte verdiği anlamına gelir.
ov-term-setting = "Setting", bakımı nerede aldığınızı söyler: serbest bir muayenehanede, ayakta tedavi kurumunda veya bir klinikte.
# $case: start veya mid
ov-row-ref = { $case ->
        [start] { $date } tarihli satır ({ $provider })
       *[mid] { $date } tarihli satır ({ $provider })
    }
ov-finding-stand = Zorunlu katılım payı { $year }: döküm { $stated } kaldığını söylüyor. Dökümün kendi tutarlarına göre bu { $expected }. Hangi tutarın doğru olduğunu sağlık sigortanıza sorun.
ov-finding-rows-above = Zorunlu katılım payı { $year }: bu dökümdeki satırlar birlikte { $rows } zorunlu katılım payı hesaplıyor, ama bakiye { $stated } kullanıldığını söylüyor. Hangi tutarın doğru olduğunu sağlık sigortanıza sorun.
ov-finding-total = Bu fatura { $stated } istiyor, ama satırlarının toplamı { $rows }. Farkı açıklamasını sağlık sigortanızdan isteyin.
ov-finding-refund = Hesaplaşma { $stated } geri ödüyor. Ama taksitle ödediğiniz tutar eksi bakımınızın kullandığı tutar { $expected } ediyor. Hangi tutarın doğru olduğunu sağlık sigortanıza sorun.
ov-finding-above-year = { $year } yılında { $charged } zorunlu katılım payı hesaplandı: o yılın zorunlu katılım payından ({ $amount }) fazla.
ov-finding-verkennend = { $row }: bir ön görüşme (verkennend gesprek) için { $amount } zorunlu katılım payı hesaplandı. 2025'ten beri ön görüşme zorunlu katılım payının dışındadır.
ov-finding-minor = { $row }: 18 yaşından küçük biri için { $amount } zorunlu katılım payı. 18 yaşın altında zorunlu katılım payı yoktur.
ov-finding-twice = { $row } aynı beyan numarası ve tutarla iki kez yer alıyor.
ov-note-earlier-year = Bu fatura { $year } yılındaki bakım içindir. Sağlayıcılar bir sonraki yılın sonuna kadar beyanda bulunabilir; bu yüzden bir fatura geç gelebilir. Buna { $year } yılının zorunlu katılım payı uygulanır.
ov-note-two-years = Bu fatura { $first } ve { $last } yıllarındaki bakım içindir. Her takvim yılının kendi zorunlu katılım payı vardır; faturanın değil, bakımın tarihi önemlidir.
ov-note-december = Aralık { $year } tarihli bakım bir ocak veya şubat faturasında, ama { $year } yılının zorunlu katılım payına sayılır.
ov-note-settlement = Taksitle { $paid } ödediniz. Bakımınız zorunlu katılım payınızdan { $used } kullandı. Daha fazla ödediyseniz farkı geri alırsınız; daha az ödediyseniz kalanını ödersiniz.
ov-note-pending = { $count ->
        [one] 1 beyan henüz işlenmedi: bunun için hâlâ zorunlu katılım payı gelebilir.
       *[other] { $count } beyan henüz işlenmedi: bunlar için hâlâ zorunlu katılım payı gelebilir.
    }
ov-note-rejected = { $row } reddedildi. Sağlık sigortanıza göre neden: { $reason } Katılmıyor musunuz? Sağlık sigortanıza sorun; ardından SKGZ'ye başvurabilirsiniz.
ov-note-rejected-no-reason = { $row } reddedildi; bu dökümde bir neden yazmıyor. Sağlık sigortanız nedeni size anlaşılır sözlerle vermek zorundadır: sorun.
ov-note-other-care = Zorunlu katılım payı { $year }: bakiye buradaki satırlardan { $amount } daha fazla kullanım sayıyor. Bu, bu dökümde olmayan bakımdır (başka bir dönem, eczane). Bu bir hata değildir.
ov-note-same-day = { $row } tam olarak { $first } gibi görünüyor: aynı gün, sağlayıcı ve tutar. O gün iki randevunuz olduysa doğrudur. Olmadıysa sağlık sigortanıza sorun.
ov-note-minor = { $person } 18 yaşından küçüktü: bunun için zorunlu katılım payı yoktur.
ov-ask = Önce sağlık sigortanıza sorun (telefon, sohbet veya çevrim içi hesabınız). Birlikte çözemezseniz, sağlık sigortaları için ombudsman ve uyuşmazlık komitesi olan SKGZ'ye başvurabilirsiniz: www.skgz.nl.
letter-ov-question = Beyan ve zorunlu katılım payı dökümüm hakkında bir sorum var. Konu şudur:
letter-ov-unknown = Bu satırı tanımıyorum: [tanımadığınız satırın tarihini, sağlayıcısını ve tutarını buraya yazın]. Hangi bakım için olduğunu kontrol eder misiniz?

## Fatura ve sağlık sigortasının dökümü birlikte
match-heading = Faturanız ve sağlık sigortanızın dökümü
match-processed = { $count ->
        [one] Sağlık sigortanız faturanın 1 satırını işledi.
       *[other] Sağlık sigortanız faturanın { $count } satırını işledi.
    }
match-unprocessed = { $date }: faturadaki { $amount } henüz dökümde yok. Hâlâ gelebilir: bir satır ancak sigorta ödedikten sonra görünür.
match-differs = { $date }: fatura { $nota } istiyor, sigortaya { $declared } beyan edildi. Nedenini sağlık hizmeti sağlayıcınıza sorun.
match-without-nota = { $row } dökümde var ama açtığınız bir faturada yok. Sözleşme varsa fatura almazsınız: o zaman bu normaldir.
match-twice = { $row }, { $date } tarihli fatura satırı için ikinci bir beyandır. İki kez ödenip ödenmediğini sağlık sigortanıza sorun.
match-paid = Bu fatura için sağlık sigortanız { $reimbursed } geri ödedi ve { $er } zorunlu katılım payınıza gitti. Fatura { $total }: şimdiye kadar size maliyeti { $net }.
match-paid-more = Henüz işlenmemiş { $amount } tutarındaki satırlar için hâlâ para geri gelebilir.

## Bir barındırıcının tarife listeleri (issue 29)
page-loaded-heading = Bu sitedeki tarife listeleri
page-loaded-none = Bu site NZa'nın veya bir sağlık sigortacısının tarife listesini yüklemedi. NotaWijzer yalnızca yukarıdaki tabloyu kullanır.
page-loaded-intro = Bu site bu listeleri NZa'nın veya sigortacının yayımladığı gibi yükledi. Bir NZa listesindeki azami tarife, yukarıdaki tablodan önce gelir.
page-loaded-column = { $column ->
        [year] Yıl
        [kind] Liste türü
        [source] Kaynak
        [decision] Karar
        [imported] Bu siteye konduğu tarih
       *[rows] Satır
    }
page-loaded-nza = NZa tarife listesi (azami tarifeler)
page-loaded-payout = { $insurer } sözleşmesiz en fazla ne öder
page-loaded-differences = Burada yüklenen bir NZa listesi yerleşik tablodan farklı. NotaWijzer yüklenen listeyi kullanır.
page-loaded-differs = { $code }, { $year }: yerleşik { $built }, yüklenen liste { $loaded }.
payment-payout = Sağlık sigortacınızın listesine göre bu fatura için en fazla { $back } geri öder (eigen risico'nuzdan sonra). Yani en az { $least } tutarını kendiniz ödersiniz. Kaynak: { $lists }.
payment-payout-line = satır { $line } ({ $code })
payment-payout-missing = O listede yok: { $lines }.
payment-payout-missing-percent = Bunlar için NotaWijzer poliçenizin yüzdesiyle hesaplar.
payment-payout-missing-unknown = Bunlar için ne kadar geri alacağınızı NotaWijzer bilmiyor. Poliçenizin yüzdesini girerseniz NotaWijzer onunla hesaplar. Kaynak: { $lists }.
payment-payout-no-list = Bu sitede { $year } için { $insurer } listesi yok.
view-insurer-label = Sağlık sigortacınız
view-insurer-hint = Bu sitede şu sigortacıların en fazla ne geri ödediğinin listesi var: { $list }. Boş: NotaWijzer poliçenizin yüzdesiyle hesaplar.
view-insurer-unknown = Bu sitede o sigortacının listesi yok. Şunlardan seçin: { $list }.
view-insurer-portal = Sağlık sigortacınızın bildirdiği: { $insurer }.
