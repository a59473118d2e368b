### NotaWijzer — Polski
### reviewed: no
#
# Przetłumaczone z nl.ftl (źródło). Ten tekst nie został jeszcze sprawdzony przez osobę, dla
# której polski jest językiem ojczystym i która pracuje w opiece zdrowotnej. Po sprawdzeniu
# proszę zmienić wiersz powyżej na "reviewed: yes". Terminy: glossary-pl.md. Nazwy zaczynające
# się od "app-" to słowa samej strony.

## Jednostki (format.rs)
unit-weeks = { $count ->
    [one] { $count } tydzień
    [few] { $count } tygodnie
    [many] { $count } tygodni
   *[other] { $count } tygodnia
}
unit-months = { $count ->
    [one] { $count } miesiąc
    [few] { $count } miesiące
    [many] { $count } miesięcy
   *[other] { $count } miesiąca
}
unit-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
unit-minutes-band = { $count ->
    [one] od { $from } do { $to } minuty
    [few] od { $from } do { $to } minut
    [many] od { $from } do { $to } minut
   *[other] od { $from } do { $to } minuty
}
unit-minutes-or-more = { $count ->
    [one] { $from } minuta lub więcej
    [few] { $from } minuty lub więcej
    [many] { $from } minut lub więcej
   *[other] { $from } minuty lub więcej
}

## Wiersz rachunku w zorgprestatiemodel (explain/prestatie.rs)
profession = { $profession ->
    [arts] lekarz
    [specialist] lekarz specjalista, np. psychiatra
    [gz] psycholog zdrowia (gezondheidszorgpsycholoog)
    [klinisch] psycholog kliniczny (klinisch psycholoog)
    [psychotherapeut] psychoterapeuta
    [vs] pielęgniarka specjalistka w zakresie zdrowia psychicznego (verpleegkundig specialist ggz)
    [verpleegkundige] pielęgniarka lub pielęgniarz
   *[overig] inny pracownik opieki, np. pracownik socjalny lub terapeuta zajęciowy
}
setting = { $setting ->
    [1] ambulatoryjnie, w gabinecie (kwaliteitsstatuut sectie II)
    [2] ambulatoryjnie, w placówce z jednym rodzajem terapeutów (kwaliteitsstatuut sectie III, monodisciplinair)
    [3] ambulatoryjnie, w placówce z zespołem różnych terapeutów (kwaliteitsstatuut sectie III, multidisciplinair)
    [4] terapeuta przyszedł do Państwa (outreachend)
    [5] w klinice (pobyt stacjonarny)
    [6] opieka sądowa lub zabezpieczona, w klinice
    [7] opieka sądowa lub zabezpieczona, poza kliniką
    [8] wysokospecjalistyczna opieka psychiatryczna (hoogspecialistische ggz)
   *[other] miejsce, którego NotaWijzer nie zna
}
prestatie-credit = Ten wiersz to korekta na minus (creditering): zmniejsza rachunek. Odejmuje się { $amount }. Poprawia ona ten wcześniejszy wiersz:
prestatie-consult = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } { $kind ->
        [diagnostiek] mieli Państwo konsultację diagnostyczną (consult, diagnostiek), aby ustalić, co się dzieje
        [behandeling] mieli Państwo konsultację w ramach leczenia (consult)
       *[other] mieli Państwo konsultację (consult): rozmowę
    }{ $who ->
        [none] {""}
       *[other] {" "}– prowadzący: { $who }
    }.
prestatie-group = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } mieli Państwo konsultację grupową (groepsconsult){ $who ->
        [none] {""}
       *[other] {" "}– prowadzący: { $who }
    }{ $size ->
        [none] {""}
       *[other] {" "}(liczba pacjentów w grupie: { $size })
    }. Konsultację grupową opłaca się za każdego pacjenta, za każdy blok 30 minut.
prestatie-stay = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } przebywali Państwo w klinice: dzień i następująca po nim noc (verblijfsdag). Rozmowy z terapeutą są w osobnych wierszach.
prestatie-surcharge = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } świadczeniodawca naliczył dopłatę (toeslag): kwotę doliczaną do konsultacji, np. za czas dojazdu lub tłumacza.
prestatie-surcharge-consult = Ta dopłata należy do konsultacji z dnia { $date }.
prestatie-surcharge-alone = NotaWijzer nie znajduje na tym rachunku konsultacji z tego samego dnia.
prestatie-other = { $date ->
        [none] W dniu, którego nie podano na rachunku:
       *[other] { $date }:
    } „{ $description }”. To świadczenie inne niż rozmowa z Państwem, np. narada terapeutów, sprawozdanie lub zabieg taki jak EW (ECT).
prestatie-non-insured = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } otrzymali Państwo opiekę spoza pakietu podstawowego (basispakket){ $who ->
        [none] {""}
       *[other] {" "}– prowadzący: { $who }
    }. Płacą za nią Państwo sami albo Państwa ubezpieczenie dodatkowe (aanvullende verzekering), jeśli ją pokrywa.
prestatie-duration = Rozmowa była zaplanowana na { $to ->
        [none] { $from } minut lub dłużej
       *[other] od { $from } do { $to } minut
    } („od { $from } minut”). Płacą Państwo za zaplanowany czas, chyba że rozmowa była o ponad 15 minut krótsza lub dłuższa.
prestatie-setting = Gdzie: { $setting }.
prestatie-cost = Kosztuje to { $amount }.
prestatie-code = { $code } to kod świadczenia (prestatiecode): kod NZa (holenderskiego Urzędu ds. Opieki Zdrowotnej) dla tego rodzaju opieki.
prestatie-tariff = Maksymalna stawka (maximumtarief) NZa dla tego kodu w { $year } r. wynosi { $amount } (źródło: { $source }).
prestatie-tariff-cbb = Uwaga: sąd (CBB, 22 sierpnia 2024) nakazał NZa ponownie ustalić stawki na lata 2022 i 2023. NotaWijzer nie znalazł jeszcze nowych kwot (źródło: { $url }).
prestatie-tariff-unknown = NotaWijzer nie zna maksymalnej stawki kodu { $code } w { $year } r. i jej nie zgaduje.
prestatie-tariff-earlier = Dla informacji: w { $last } r. maksimum wynosiło { $amount }. Nie mówi to nic o roku { $year }: każdy rok ma własne maksimum. Stawka na { $year } r. jest w decyzji taryfowej NZa ({ $url }).
prestatie-tariff-undated = Bez daty NotaWijzer nie może sprawdzić maksymalnej stawki kodu { $code }.
prestatie-2026-category = Od 2026 r. { $role ->
        [orthopedagoog] ortopedagog ogólny (orthopedagoog-generalist)
       *[pa] asystent lekarza (physician assistant)
    } rozlicza się w kategorii zawodowej psychologa zdrowia (gz-psycholoog): te same kody i maksymalne stawki (źródło: { $url }).
prestatie-2026-ov0012 = Od 2026 r. ta opieka spoza pakietu podstawowego jest rozliczana za każde 15 minut, a nie za konsultację (źródło: { $url }).
prestatie-quarter-hours = Od 2026 r. ta opieka jest na rachunku za każde 15 minut. Tego dnia jest { $count } × 15 minut, razem { $minutes } minut (źródło: { $url }).

## Wiersz rachunku sprzed 2022 r. (explain/lines.rs)
line-consult = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } { $kind ->
        [diagnostiek] mieli Państwo konsultację diagnostyczną (consult, diagnostiek): terapeuta ustala, co się dzieje
        [behandeling] mieli Państwo konsultację w ramach leczenia: rozmowę z terapeutą
        [farmaco] mieli Państwo konsultację w sprawie leków (farmacotherapie)
       *[none] mieli Państwo konsultację (consult): rozmowę z terapeutą
    }{ $form ->
        [individueel] , tylko z Państwem
        [groep] , w grupie z innymi pacjentami
        [blended] , częściowo online, częściowo na spotkaniu (blended)
        [outreachend] , na którą terapeuta przyszedł do Państwa (outreachend)
       *[none] {""}
    }.
line-stay = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } przebywali Państwo w klinice: dzień i następująca po nim noc (verblijf).
line-day-treatment = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } byli Państwo w klinice w ciągu dnia, bez nocowania (dagbehandeling).
line-activity = { $date ->
        [none] W dniu, którego nie podano na rachunku:
       *[other] { $date }:
    } { $activity }.
line-dbc-product = To produkt DBC dla całego procesu leczenia (behandeltraject): grupa diagnostyczna „{ $group }”, czas leczenia { $band }.
line-no-show = { $date ->
        [none] W dniu, którego nie podano na rachunku,
       *[other] { $date }:
    } mieli Państwo wizytę, która się nie odbyła: nie przyszli Państwo albo odwołali ją za późno. To nie jest opieka z pakietu podstawowego (nie jest to świadczenie NZa). Świadczeniodawca nalicza to sam, zgodnie z ustaleniami w umowie o leczenie (behandelovereenkomst). Ubezpieczyciel zdrowotny nigdy tego nie zwraca i nie wlicza się to do udziału własnego (eigen risico). Coś się nie zgadza, np. odwołali Państwo wizytę na czas? Proszę zapytać świadczeniodawcę (zorgaanbieder) i poprosić o zasady odwoływania wizyt.
line-fee = { $date ->
        [none] W dniu, którego nie podano na rachunku:
       *[other] { $date }:
    } „{ $description }”. To nie jest opieka, tylko własny koszt świadczeniodawcy (nie jest to świadczenie NZa). Obowiązują tu ustalenia z umowy o leczenie (behandelovereenkomst). Ubezpieczyciel zdrowotny nigdy tego nie zwraca i nie wlicza się to do udziału własnego (eigen risico). Nie wiedzieli Państwo o tym koszcie? Proszę zapytać świadczeniodawcę, gdzie jest to zapisane.
line-other = { $date ->
        [none] W dniu, którego nie podano na rachunku:
       *[other] { $date }:
    } „{ $description }”. NotaWijzer nie zna tego rodzaju wiersza. Proszę zapytać świadczeniodawcę, co to jest.
line-cost = Kosztuje to { $amount }.
line-correction = To korekta: odejmuje się { $amount }.
activity = { $activity ->
    [zorgcoordinatie] koordynacja opieki (zorgcoördinatie): osoby udzielające Państwu pomocy uzgodniły ze sobą opiekę
    [mdo] narada terapeutów na temat Państwa leczenia (MDO, multidisciplinair overleg); zwykle nie byli Państwo przy tym obecni
    [verslag] sporządzanie dokumentacji (verslaglegging): pisanie sprawozdań o leczeniu, np. listu do lekarza rodzinnego
    [ect] EW (ECT): leczenie mózgu małymi impulsami elektrycznymi, w znieczuleniu
    [dbs] DBS: głęboka stymulacja mózgu małym urządzeniem, które wysyła łagodne impulsy elektryczne
    [rtms] rTMS: leczenie impulsami magnetycznymi przykładanymi do głowy
    [test] testy psychologiczne (testdiagnostiek), np. kwestionariusze lub zadania
    [somatisch] badanie fizykalne (somatisch onderzoek), np. pomiar ciśnienia lub pobranie krwi
   *[screening] badanie przesiewowe (screening): krótka kontrola, jakiej opieki Państwo potrzebują
}
stay-period-one = { $kind ->
        [dag] { $first }: 1 dzień leczenia dziennego w klinice (dagbehandeling).
       *[klinisch] { $first }: 1 dzień pobytu w klinice.
    } Kosztuje to { $total }.
stay-period = { $kind ->
        [dag] Od { $first } do { $last }: leczenie dzienne w klinice (dagbehandeling), { $days }.
       *[klinisch] Od { $first } do { $last }: pobyt w klinice, { $days }.
    } Razem kosztuje to { $total }.

## Co poszło nie tak przy czytaniu (explain/errors.rs)
position-file = Plik
position = Wiersz { $line }, kolumna { $column }
error-with-place = { $place }: { $message }
error-empty = Plik jest pusty.
error-not-a-nota = To nie wygląda na rachunek za opiekę zdrowotną (zorgnota). NotaWijzer szukał wierszy z opieką: daty, kodu świadczenia (np. CO0497) lub rodzaju opieki (np. konsultacji) oraz kwoty. W tym pliku nie ma takich wierszy. NotaWijzer niczego więc nie sprawdził. Czy to jednak Państwa rachunek? Proszę otworzyć PDF otrzymany od świadczeniodawcy albo skopiować tekst rachunku i wkleić go w pole tekstowe.
error-not-text = { $what ->
        [pdf] To plik PDF.{" "}
        [image] To obraz.{" "}
        [office] To plik Word lub Excel (albo zip).{" "}
        [rtf] To sformatowany plik tekstowy (RTF).{" "}
       *[other] {""}
    }NotaWijzer czyta tylko zwykły tekst. Proszę skopiować tekst rachunku i wkleić go w pole tekstowe.
error-file-too-large = Plik jest za duży ({ $size } MB; maksimum to { $limit } MB). Przeczytano tylko początek.
error-line-too-long = Ten wiersz jest za długi ({ $chars } znaków; maksimum to { $limit }). Wiersz pominięto.
error-too-many-lines = Plik ma więcej niż { $limit } wierszy. Dalszych wierszy nie przeczytano.
error-too-many-notas = Plik zawiera więcej niż { $limit } rachunków. Dalszych rachunków nie przeczytano.
error-too-many-items = Ten rachunek ma więcej niż { $limit } wierszy z kwotami. Dalszych wierszy nie przeczytano.
error-too-many-files = Można otworzyć najwyżej { $limit } plików naraz. Tego pliku nie przeczytano.
error-too-large-to-add = Kwoty na tym rachunku są razem za duże, aby je dokładnie zsumować.
error-not-understood = NotaWijzer nie rozumie tego wiersza: „{ $text }”. Resztę rachunku przeczytano.
error-missing-date = W tym wierszu nie ma daty. NotaWijzer wlicza kwotę, ale nie może powiedzieć, kiedy była opieka.
error-missing-code = W tym wierszu jest kwota, ale nie ma kodu świadczenia (prestatiecode, np. CO0497). NotaWijzer wlicza kwotę, ale nie wie, jaka to opieka. Proszę zapytać świadczeniodawcę.
error-missing-amount = Tu powinna być kwota, np. € 100,00, ale nic nie ma.
# Przykłady kwot są zapisane po niderlandzku, jak na rachunku.
error-bad-amount = NotaWijzer nie może odczytać kwoty „{ $text }”. { $why ->
        [dot] Po niderlandzku kropka oddziela tysiące, a przecinek grosze (centy). Chodzi o centy? Proszę wtedy napisać np. 100,50.
        [decimals] Po przecinku mogą być najwyżej dwie cyfry (centy).
        [grouping] Kropki są w złym miejscu: kropka stoi zawsze przed trzema cyframi, jak w 1.300.
        [large] Ta kwota jest większa, niż może mieć rachunek (ponad € 99.999.999,99).
       *[other] Proszę wpisać kwotę taką jak € 100 lub € 1.300,50.
    }
error-bad-date = { $why ->
        [no-day] Data „{ $text }” nie istnieje.
        [year] Rok w „{ $text }” jest nieprawidłowy.
        [no-year] Przy „{ $text }” nie ma roku, a rachunek nie podaje miesiąca (np. „Declaratie februari 2017”), z którego można wziąć rok.
       *[unreadable] NotaWijzer nie może odczytać daty „{ $text }”. Proszę napisać np. 15-2-2017.
    }
error-bad-month = NotaWijzer nie rozpoznaje miesiąca w „{ $text }”. Proszę napisać np.: Declaratie februari 2017.
error-bad-sequence = Numer kolejny „{ $text }” nie jest liczbą całkowitą.
error-duplicate-header = „{ $key }” występuje na rachunku dwa razy, z inną wartością. NotaWijzer używa pierwszej.
error-json-ends-early = Ten plik JSON kończy się za wcześnie: na końcu czegoś brakuje, np. nawiasu. NotaWijzer nie mógł go odczytać.
error-json-syntax = Ten plik JSON jest źle zbudowany: jest tu znak, który nie powinien tu być, albo brakuje przecinka, nawiasu lub cudzysłowu. Od tego miejsca NotaWijzer nie mógł nic odczytać.
error-json-field = Pole „{ $field }” musi zawierać { $what ->
        [amount] kwotę z kropką i najwyżej dwoma miejscami po przecinku, np. "100.00"
        [date] datę, np. "2017-02-15"
        [month] miesiąc, np. "2017-02"
        [minutes] przedział minut, np. "3000-5999"
        [whole] liczbę całkowitą
        [boolean] true lub false
        [cluster] numer lub nazwę klastra
        [object] obiekt {"{"} … {"}"}
        [array] listę [ … ]
       *[text] tekst
    }. To pole pominięto.
error-json-unknown-field = NotaWijzer nie zna pola „{ $field }” i je pominął.

## Ustalenia (explain/findings.rs); w liście bez szczegółów medycznych
finding-cluster-conflict = Numer i nazwa klastra opieki (zorgcluster) do siebie nie pasują: klaster { $number } nazywa się „{ $name }”, ale nazwa na rachunku należy do klastra { $other }. NotaWijzer przyjmuje numer.
finding-unknown-zvt = NotaWijzer nie zna typu potrzeby opieki (zorgvraagtype) „{ $text }”. Jest 20 typów potrzeby opieki o numerach od 1 do 21 (numer 9 nie istnieje).
finding-unknown-cluster = NotaWijzer nie zna klastra opieki (zorgcluster) „{ $text }”. Jest 21 klastrów opieki o numerach od 0 do 21 (numer 9 nie istnieje).
finding-review-beyond = Data ponownej oceny (review) na rachunku ({ $stated }) jest późniejsza, niż wolno. W klastrze { $cluster } ponowna ocena musi się odbyć w ciągu { $interval } od początku opieki. To najpóźniej { $latest }.
finding-total-mismatch = Suma na rachunku ({ $stated }) nie jest równa sumie wierszy ({ $lines }). Różnica wynosi { $difference }.
finding-duplicate = Wiersz { $line } występuje dwa razy: ten sam opis, data i kwota co w wierszu { $first }. Czy to naprawdę zdarzyło się dwa razy?
finding-outside-month = Data w wierszu { $line } ({ $date }) nie przypada w miesiącu tego rachunku ({ $month }).
finding-before-trajectory = Data w wierszu { $line } ({ $date }) jest wcześniejsza niż początek procesu leczenia ({ $start }).
finding-after-trajectory = Data w wierszu { $line } ({ $date }) jest późniejsza niż koniec procesu leczenia ({ $end }).
finding-outside-trajectory = Data w wierszu { $line } ({ $date }) wypada poza procesem leczenia.
finding-review-overdue = { $kind ->
        [zvt] Typ potrzeby opieki (zorgvraagtype) powinien był zostać ponownie ustalony najpóźniej { $due }: musi to nastąpić co najmniej raz w roku.
       *[review] Opieka powinna była zostać ponownie oceniona (review) najpóźniej { $due }.
    } { $on ->
        [none] Ten termin minął { $days } temu.
       *[other] W ostatnim dniu opieki na tym rachunku ({ $on }) ten termin minął { $days } wcześniej.
    }{ $kind ->
        [zvt] {" "}NotaWijzer nie widzi, czy to się stało. Proszę zapytać terapeutę.
       *[review] {""}
    }
finding-review-beyond-letter = Data ponownej oceny na rachunku ({ $stated }) wydaje się późniejsza, niż pozwalają zasady: najpóźniej { $latest }.
finding-unclear-zvt = Typ potrzeby opieki (zorgvraagtype) na rachunku jest niejasny.
finding-unclear-cluster = Klaster opieki (zorgcluster) na rachunku jest niejasny.
finding-after-invoice = Data w wierszu { $line } ({ $date }) jest późniejsza niż data rachunku ({ $invoice }). Opieka, której jeszcze nie udzielono, nie powinna być na rachunku.
finding-surcharge-alone = { $date ->
        [none] Wiersz { $line } to dopłata (toeslag) bez daty, więc NotaWijzer nie może znaleźć konsultacji, do której należy. Dopłata zawsze należy do konsultacji.
       *[other] Wiersz { $line } to dopłata (toeslag), ale na tym rachunku nie ma konsultacji z tego samego dnia ({ $date }). Dopłata zawsze należy do konsultacji. Może ta konsultacja jest na innym rachunku. Jeśli nie, proszę o to zapytać.
    }
finding-non-insured = Wiersz { $line } to opieka spoza pakietu podstawowego (basispakket) ({ $amount }). To nie jest błąd: za tę opiekę płacą Państwo sami albo ubezpieczenie dodatkowe, jeśli ją pokrywa. Mają Państwo wątpliwości? Proszę zapytać ubezpieczyciela zdrowotnego.
finding-quarter-hours = { $count ->
        [one] Wiersz { $first } ({ $date }) to kwadrans opieki spoza pakietu podstawowego (OV0012). Od 2026 r. jest ona rozliczana za każde 15 minut: 1 × 15 minut (źródło: { $url }).
       *[other] Wiersze od { $first } do { $last } ({ $date }) to razem jedna rozmowa: { $count } × 15 minut = { $minutes } minut, razem { $amount }. Od 2026 r. opieka spoza pakietu podstawowego (OV0012) jest rozliczana za każde 15 minut: ten sam wiersz nie jest więc na rachunku dwa razy. Za tę opiekę płacą Państwo sami albo ubezpieczenie dodatkowe, jeśli ją pokrywa (źródło: { $url }).
    }
finding-privacy = Na tym rachunku nie ma diagnozy ani typu potrzeby opieki (zorgvraagtype), ponieważ podpisali Państwo w tej sprawie oświadczenie o prywatności (privacyverklaring). Jest to dozwolone. Typ potrzeby opieki nie zmienia ceny (źródło: { $url }).
finding-code-description = W wierszu { $line } opis nie pasuje do kodu. Kod { $code } to { $coded }, ale opis podaje { $described }. Stawkę wyznacza kod. Proszę zapytać świadczeniodawcę, co jest prawidłowe.
finding-quantity = W wierszu { $line } jest { $quantity } razy { $price }, ale kwota wynosi { $amount }. To się nie zgadza. Proszę zapytać świadczeniodawcę, która kwota jest prawidłowa.
consult-words = konsultacja{ $kind ->
        [diagnostiek] {" "}diagnostyczna (diagnostiek)
        [behandeling] {" "}w ramach leczenia
       *[other] {""}
    }{ $minutes ->
        [none] {""}
       *[other] {" "}trwająca { $minutes } min
    }{ $who ->
        [none] {""}
       *[other] {" "}(prowadzący: { $who })
    }
finding-above-max-contract = Kwota w wierszu { $line } ({ $amount }) jest wyższa niż maksymalna stawka NZa dla { $code ->
        [none] tego kodu
       *[other] kodu { $code }
    } w { $year } r. ({ $max }). Jest to dozwolone tylko wtedy, gdy świadczeniodawca ma w tej sprawie pisemną umowę z Państwa ubezpieczycielem: wtedy może być wyższa o najwyżej 10% (tu do { $limit }). Proszę zapytać, czy taka umowa istnieje.
finding-above-max = Kwota w wierszu { $line } ({ $amount }) jest o { $percent }% wyższa niż maksymalna stawka NZa dla { $code ->
        [none] tego kodu
       *[other] kodu { $code }
    } w { $year } r. ({ $max }). Nawet przy pisemnej umowie z ubezpieczycielem może być wyższa najwyżej o 10% ({ $limit }). To wygląda na za dużo: proszę poprosić świadczeniodawcę lub ubezpieczyciela o wyjaśnienie.

## Porównanie z modelem DBC (explain/estimate.rs)
estimate-zpm = W zorgprestatiemodel Państwa proces leczenia kosztował dotąd { $total }.
estimate-zpm-span = W zorgprestatiemodel Państwa proces leczenia kosztował dotąd { $total } (opieka od { $first } do { $last }).
estimate-dbc = W starym modelu DBC ten sam proces kosztowałby szacunkowo { $total }: produkt { $product }, według maksymalnej stawki z { $year } r.
estimate-difference = { $how ->
        [same] W obu modelach to ta sama kwota.
        [less] W zorgprestatiemodel to dotąd o { $difference } mniej.
       *[more] W zorgprestatiemodel to dotąd o { $difference } więcej.
    }
estimate-monthly = Model DBC wysyłał jeden rachunek za cały proces: na koniec albo po 365 dniach. Zorgprestatiemodel wysyła rachunek co miesiąc. Widzą więc Państwo koszty wcześniej i w częściach, a powyższa kwota rośnie, dopóki leczenie trwa.
estimate-basis-gbggz = Na rachunku jest profil basis-ggz „{ $profile }”. W modelu DBC odpowiadał mu produkt { $product } (do { $max } minut). NotaWijzer stosuje stawkę z 2021 r., ostatniego roku modelu DBC (źródło: psychologenweerdsingel.nl). Gdyby opieka skończyła się po najwyżej 120 minutach, byłby to niepełny proces leczenia (228,04 € w 2021 r.).
estimate-basis-specialist = W modelu DBC cena zależała od grupy diagnostycznej i liczby minut leczenia. Konsultacje na Państwa rachunkach trwają razem { $minutes } minut: to czas samych rozmów. Model DBC liczył też czas pośredni, np. sprawozdania i narady, więc prawdziwy produkt może być wyższy. Stawki: maksymalne stawki NZa z 2018 r. (źródło: cuserhuis.nl); późniejszych stawek za produkt NotaWijzer nie ma.
estimate-indirect = Według normy czasu pośredniego zorgprestatiemodel dochodzi { $minutes } minut. Produkt staje się wtedy { $product }: { $price ->
        [none] kwota, której NotaWijzer nie zna
       *[other] { $price }
    }.
estimate-none-profile = Do oszacowania kwoty DBC potrzebny jest profil basis-ggz (kort, middel, intensief lub chronisch) albo główna diagnoza. Nie ma ich na tym rachunku, np. dlatego, że podpisali Państwo oświadczenie o prywatności (privacyverklaring). Dlatego NotaWijzer nie robi szacunku.
estimate-none-group = NotaWijzer nie może przypisać diagnozy „{ $diagnosis }” do grupy produktów modelu DBC. Dlatego NotaWijzer nie robi szacunku.
estimate-none-insured = Opieka w związku z „{ $diagnosis }” nie należała w modelu DBC do pakietu podstawowego. Porównanie kwot niewiele więc mówi i NotaWijzer nie robi szacunku.
estimate-none-table = W modelu DBC tej opiece odpowiada produkt { $product }. Nie ma go w tabeli stawek z 2018 r., którą ma NotaWijzer (tabela jest niepełna). NotaWijzer nie wymyśla kwot, więc nie robi szacunku.
estimate-year-share = { $most ->
        [none] { $year }: liczy się { $amount }; NotaWijzer nie zna udziału własnego (eigen risico) na { $year } r.
       *[other] { $year }: liczy się { $amount }; z tego płacą Państwo sami najwyżej { $most }.
    }
estimate-er-zpm = Udział własny (eigen risico) w zorgprestatiemodel: każde świadczenie (prestatie) liczy się do udziału własnego roku, w którym otrzymali Państwo opiekę (385 € rocznie). Opieka spoza pakietu podstawowego się nie liczy.
estimate-er-dbc = W modelu DBC cały proces liczył się raz, w roku, w którym się zaczął ({ $year }): najwyżej { $amount }.
estimate-er-new-year = Państwa proces trwa na przełomie roku. W zorgprestatiemodel mogą Państwo przez to zapłacić do { $extra } więcej udziału własnego niż w modelu DBC.
estimate-er-one-year = Państwa proces mieści się dotąd w jednym roku: w obu modelach liczy się do udziału własnego tego jednego roku.
estimate-er-under-18 = Według daty urodzenia na rachunku mieli Państwo mniej niż 18 lat. Osoby poniżej 18 lat nie płacą udziału własnego.
estimate-er-other-care = Ile naprawdę Państwo zapłacą, zależy od innej opieki w tym roku: udział własny mógł się już (częściowo) wyczerpać. NotaWijzer tego nie widzi.

## Ile Państwo płacą? (explain/payment.rs)
payment-reason = { $reason ->
        [no-show] wizyta, która się nie odbyła
        [fee] własny koszt świadczeniodawcy
       *[non-insured] opieka spoza pakietu podstawowego
    }
payment-now = Płacą Państwo teraz { $pay }. Z tego { $insured } to opieka ubezpieczona.
payment-now-part = Płacą Państwo teraz { $pay }. Z całego rachunku ({ $total }) { $insured } to opieka ubezpieczona.
payment-now-uninsured = Płacą Państwo teraz { $pay }. Nic na tym rachunku nie jest pokrywane przez ubezpieczenie podstawowe. Umowa świadczeniodawcy ani procent w polisie tego nie zmieniają. Może to pokryć ubezpieczenie dodatkowe lub pracodawca: proszę ich zapytać.
payment-never = Wiersza { $line } ({ $amount }) ubezpieczyciel zdrowotny (zorgverzekeraar) nigdy nie zwraca: to { $reason }.
payment-er-unknown = Udział własny (eigen risico) na { $year } r. nie jest jeszcze znany.
eigen-risico-budget = Na { $year } r. NotaWijzer liczy udział własny (eigen risico) w wysokości { $amount }: to kwota z budżetu na { $year } r. (Prinsjesdag 2026). NotaWijzer nie widział jeszcze strony rządowej, która to potwierdza (źródło: { $url }).
payment-er-under-18 = Mieli Państwo mniej niż 18 lat: w { $year } r. nie mają Państwo udziału własnego (eigen risico).
payment-er-share = { $given ->
        [yes] { $year }: z opieki ubezpieczonej na tym rachunku { $amount } wchodzi w Państwa udział własny (eigen risico). To płacą Państwo sami.
       *[no] { $year }: z opieki ubezpieczonej na tym rachunku { $amount } wchodzi w Państwa udział własny (eigen risico), jeśli w tym roku nie zapłacili Państwo jeszcze żadnego udziału własnego. Ile już Państwo zapłacili, widać na stronie lub w aplikacji ubezpieczyciela.
    }
payment-policy = Świadczeniodawca nie ma umowy z Państwa ubezpieczycielem, a polisa pokrywa { $percent } %? Wtedy ubezpieczyciel zwróci Państwu najwyżej { $back }. Zapłacą więc Państwo sami co najmniej { $least }.
payment-policy-most = To jest maksimum. Ubezpieczyciel nie płaci też więcej niż ten procent własnej średniej stawki umownej, a tej stawki NotaWijzer nie zna. Niektórzy ubezpieczyciele publikują na swojej stronie najwyższy zwrot za kod świadczenia.
payment-policy-unknown = NotaWijzer nie może obliczyć, ile zwróci ubezpieczyciel: udział własny jednego z lat na tym rachunku nie jest jeszcze znany.
payment-policy-ask = Świadczeniodawca nie ma umowy z Państwa ubezpieczycielem? Wtedy ubezpieczyciel zwraca część: procent podany w polisie przy „opiece bez umowy” (niet-gecontracteerde zorg). W 2026 r. to zwykle od 60 % do 85 % (źródło: { $source }). Z tym procentem NotaWijzer oblicza, ile najwyżej Państwo odzyskają.
payment-hinderpaal = Nie ma ustawowego minimum tego procentu. Zasada jest taka, że zwrot nie może być tak niski, że zniechęca Państwa do pójścia do tego świadczeniodawcy (kryterium przeszkody, hinderpaalcriterium, art. 13 Zorgverzekeringswet; Sąd Najwyższy: { $source }). Niektórzy ubezpieczyciele wymagają wcześniejszej zgody.
payment-contracted = Świadczeniodawca ma umowę z Państwa ubezpieczycielem? Wtedy wysyła rachunek do ubezpieczyciela, a Państwo płacą tylko udział własny. Jeśli mimo to dostaną Państwo rachunek, proszę zapytać dlaczego.
letter-never-line = wiersz { $line } ({ $amount }: { $reason })
letter-never = Tych wierszy mój ubezpieczyciel nigdy nie zwraca: { $lines }. Czy to prawda, że płacę je sam(a)?

## Przegląd (explain/overview.rs)
overview-month-total-zpm = Ten rachunek (nota) żąda { $amount }{ $first ->
        [none] {""}
       *[other] {" "}za opiekę { $last ->
            [none] w dniu { $first }
           *[other] od { $first } do { $last }
        }
    }.
overview-month-total = { $kind ->
        [dbc] Ten rachunek DBC żąda { $amount } za cały proces leczenia.
       *[pilot] Ten rachunek (nota) żąda { $amount }{ $month ->
            [none] {""}
           *[other] {" "}za okres: { $month }
        }.
    }
overview-still-to-pay = { $paid ->
        [none] Do zapłaty zostało { $balance }.
       *[other] Do zapłaty zostało { $balance }; { $paid } już zapłacono.
    }
overview-for-zpm = { $first ->
        [none] rachunek { $number }
       *[other] za opiekę { $last ->
            [none] w dniu { $first }
           *[other] od { $first } do { $last }
        }{ $number ->
            [none] {""}
           *[other] {" "}(rachunek { $number })
        }
    }
overview-for = { $kind ->
        [dbc] za cały proces leczenia (DBC){ $sequence ->
            [none] {""}
           *[other] {" "}(numer kolejny { $sequence })
        }
       *[pilot] { $month ->
            [none] (numer kolejny { $sequence })
           *[other] za okres: { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(numer kolejny { $sequence })
            }
        }
    }
overview-cumulative = { $until ->
        [none] Państwa proces leczenia kosztował dotąd { $total }: { $before } wcześniej i { $now } na tym rachunku.
       *[other] Państwa proces leczenia kosztował łącznie { $total } do okresu { $until } włącznie: { $before } wcześniej i { $now } na tym rachunku.
    }
overview-cumulative-unknown = Rachunek nie podaje, co wcześniej rozliczono za ten proces. Z tym rachunkiem proces kosztuje dotąd co najmniej { $total }.
overview-findings = { $count ->
        [0] NotaWijzer nie znalazł niczego, co wygląda na błąd.
        [one] NotaWijzer znalazł { $count } sprawę do wyjaśnienia.
        [few] NotaWijzer znalazł { $count } sprawy do wyjaśnienia.
       *[many] NotaWijzer znalazł { $count } spraw do wyjaśnienia.
    }

## Klastry opieki i typy potrzeby opieki (nazwy to tłumaczenia NotaWijzer)
cluster-name = { $number ->
    [0] Potrzeba opieki, której nie da się przypisać do klastra
    [1] Lekkie zaburzenie psychiczne
    [2] Lekkie zaburzenie psychiczne, większa potrzeba opieki
    [3] Umiarkowane zaburzenie psychiczne
    [4] Ciężkie zaburzenie psychiczne
    [5] Bardzo ciężkie zaburzenie psychiczne
    [6] Zaburzenie z myślami nadwartościowymi
    [7] Przewlekłe zaburzenie, duże ograniczenia
    [8] Chaotyczne i trudne zaburzenie
    [10] Pierwszy epizod psychotyczny
    [11] Przewlekła/nawracająca psychoza, mało objawów
    [12] Przewlekła/nawracająca psychoza, duże ograniczenia
    [13] Przewlekła/nawracająca psychoza, dużo objawów i duże ograniczenia
    [14] Kryzys psychotyczny
    [15] Ciężka depresja psychotyczna
    [16] Podwójna diagnoza (substancje i zaburzenie psychiczne)
    [17] Psychoza lub zaburzenie afektywne, trudne do zaangażowania w leczenie
    [18] Ograniczenie poznawcze, mała potrzeba opieki
    [19] Ograniczenie poznawcze lub demencja, umiarkowana potrzeba opieki
    [20] Ograniczenie poznawcze lub demencja, duża potrzeba opieki
   *[21] Ograniczenie poznawcze lub demencja, duża potrzeba opieki fizycznej
}
cluster-group = { $group ->
    [Ia] Lekkie/umiarkowane/ciężkie
    [Ib] Bardzo ciężkie/złożone/przewlekłe
    [IIa] Pierwszy epizod
    [IIb] Przewlekłe/nawracające
    [IIc] Epizod ostry
    [IId] Niestabilny tryb życia
    [IIIa] Ograniczenie poznawcze
   *[none] Potrzeba opieki, której nie da się przypisać do klastra
}
cluster-super = { $numeral ->
    [I] Potrzeba opieki bez niepokojących objawów psychotycznych lub urojeń
    [II] Potrzeba opieki z niepokojącymi objawami psychotycznymi lub urojeniami
    [III] Potrzeba opieki związana z problemami neuropoznawczymi
   *[none] Potrzeba opieki, której nie da się przypisać do klastra
}
cluster-sentence = Państwa klaster opieki (zorgcluster) to { $number }: { $name }. Należy do grupy { $group } ({ $groupname }), w superklastrze { $numeral } ({ $supername }).
cluster-sentence-apart = Państwa klaster opieki (zorgcluster) to { $number }: { $name }. Ten klaster stoi poza trzema superklastrami.
cluster-indicative = Jak długo zwykle trwa opieka w tym klastrze: { $value }.
cluster-indicative-months = od { $from } do { $to } miesięcy
cluster-indicative-unknown = nieznane (NZa opublikowała to tylko dla klastra 3)
cluster-review-interval = Opieka w tym klastrze musi być ponownie oceniana (review) co najmniej co { $interval }.
cluster-working-names = Nazwy klastrów to tłumaczenia NotaWijzer; oficjalne są numery klastrów. Na rachunku jest nazwa niderlandzka.
zvt-sentence = Państwa typ potrzeby opieki (zorgvraagtype) to { $number }: „{ $name }”. Typ potrzeby opieki opisuje, jak ciężka i złożona jest Państwa potrzeba opieki. Jest następcą klastra opieki z pilotażu z 2017 r. i ma te same numery. Typ potrzeby opieki nie wyznacza ceny: zależy ona od świadczeń (prestaties) na rachunku.
zvt-review-note = Terapeuta ustala typ potrzeby opieki ponownie co najmniej raz w roku. Oficjalne terminy dla każdego typu nie są opublikowane w formie, którą NotaWijzer może sprawdzić. Dlatego NotaWijzer liczy rok od początku Państwa procesu opieki, a potem każdy kolejny rok.
zvt-names-note = Oficjalne niderlandzkie nazwy typów potrzeby opieki nie są opublikowane w formie, którą NotaWijzer może sprawdzić. Nazwy tutaj to tłumaczenia NotaWijzer z angielskich nazw modelu, z którego wywodzi się typ potrzeby opieki.

## Ponowna ocena (explain/overview.rs)
review-none = { $kind ->
        [zvt] Rachunek nie podaje daty rozpoczęcia procesu opieki, więc NotaWijzer nie może obliczyć, kiedy trzeba ponownie ustalić typ potrzeby opieki.
       *[review] Rachunek nie podaje daty ponownej oceny, a NotaWijzer nie może jej obliczyć bez klastra opieki i daty rozpoczęcia.
    }
review-due = { $kind ->
        [zvt] { $stated ->
            [yes] Według rachunku typ potrzeby opieki zostanie ponownie ustalony najpóźniej: { $date }.
           *[no] Typ potrzeby opieki musi zostać ponownie ustalony najpóźniej: { $date }.
        }
       *[review] { $stated ->
            [yes] Według rachunku ponowna ocena musi się odbyć najpóźniej: { $date }.
           *[no] Rachunek nie podaje daty ponownej oceny. Według zasad dla tego klastra jest to najpóźniej: { $date }.
        }
    }
review-on-ahead = W ostatnim dniu opieki na tym rachunku ({ $on }) ten termin jeszcze nie minął.
review-on-passed = W ostatnim dniu opieki na tym rachunku ({ $on }) ten termin minął { $days } wcześniej.
review-today = To dzisiaj.
review-ahead = To za { $days }.
review-passed = Ten termin minął { $days } temu.
review-not-needed = Ponowna ocena nie jest już potrzebna: opieka zakończyła się { $ended }, przed tym terminem.
review-label-in-time = na czas dla tego rachunku
review-label-late = { $days } za późno dla tego rachunku
review-label-unknown = nieznany
review-label-today = dzisiaj
review-label-left = zostało: { $days }
review-label-passed = minęło { $days } temu
review-label-not-needed = już niepotrzebna

## Porównanie pilotażu z rachunkiem DBC (explain/overview.rs)
comparison-totals = { $until ->
        [none] W modelu klastrów opieki Państwa proces leczenia kosztował { $cluster }.
       *[other] W modelu klastrów opieki Państwa proces leczenia kosztował { $cluster } do okresu { $until } włącznie.
    } W starym modelu DBC ten sam proces kosztuje { $dbc }.
comparison-difference = { $how ->
        [same] To dokładnie ta sama kwota.
        [less] W modelu klastrów opieki ubezpieczyciel zapłacił więc o { $difference } mniej.
       *[more] W modelu klastrów opieki ubezpieczyciel zapłacił więc o { $difference } więcej.
    }
comparison-why = Skąd różnica? W modelu DBC ubezpieczyciel płaci jedną kwotę za cały proces. Ta kwota zależy od grupy diagnostycznej („{ $group }”) i od liczby minut poświęconych na leczenie ({ $minutes }). Dochodzą do tego dni w klinice. Ten rachunek przychodzi dopiero na koniec procesu. W modelu klastrów opieki co miesiąc przychodzi rachunek za to, co zrobiono w tym miesiącu.
comparison-why-short = Skąd różnica? W modelu DBC ubezpieczyciel płaci jedną kwotę za cały proces, plus dni w klinice, a rachunek przychodzi dopiero na koniec. W modelu klastrów opieki rachunek przychodzi co miesiąc.
comparison-stay = Kwota DBC obejmuje { $days } w klinice ({ $amount }).
comparison-maximum = Dla porównania: maksymalna stawka NZa z 2018 r. dla tego produktu DBC wynosiła { $amount }.
comparison-incomplete = Uwaga: rachunek w modelu klastrów nie sięga jeszcze końca procesu DBC. Porównanie nie jest więc jeszcze pełne.
comparison-glance = { $how ->
        [same] Tyle samo co w modelu DBC ({ $estimate ->
            [yes] szacunek: { $dbc }
           *[no] { $dbc }
        }).
        [less] { $estimate ->
            [yes] Dotąd o { $difference } mniej niż w modelu DBC (szacunek: { $dbc }).
           *[no] O { $difference } mniej niż w modelu DBC ({ $dbc }).
        }
       *[more] { $estimate ->
            [yes] Dotąd o { $difference } więcej niż w modelu DBC (szacunek: { $dbc }).
           *[no] O { $difference } więcej niż w modelu DBC ({ $dbc }).
        }
    }
comparison-none = Do porównania ze starym modelem DBC potrzebny jest też rachunek DBC za ten sam proces. Proszę go otworzyć razem z tym rachunkiem. Bez niego NotaWijzer nie oblicza kwoty DBC: stawki nie są w pełni jawne.

## Kogo można zapytać? (rijksoverheid.nl, punkt zgłoszeń NZa)
ask-insurer = Najpierw proszę zapytać ubezpieczyciela zdrowotnego (zorgverzekeraar). Może on sprawdzić rachunek i powie, co z nim zrobiono.
ask-provider = Rachunek przyszedł bezpośrednio od świadczeniodawcy (zorgaanbieder: gabinetu lub placówki)? Wtedy najpierw proszę zapytać świadczeniodawcę.
ask-nza = Nie udaje się tego wspólnie wyjaśnić? Proszę zgłosić sprawę do holenderskiego Urzędu ds. Opieki Zdrowotnej (Nederlandse Zorgautoriteit, NZa): www.nza.nl/contact/meldpunt lub pod numerem 088 770 8 770 (w dni robocze od 9 do 17; po niderlandzku).
ask-never-send = Zadając pytanie, nigdy nie wysyłają Państwo numeru BSN, numeru konta ani danych medycznych.

## List do ubezpieczyciela (zawsze wysyłany po niderlandzku; to tłumaczenie jest obok)
letter-greeting = Szanowni Państwo,
letter-question = Mam pytanie dotyczące { $number ->
        [none] { $month ->
            [none] { $sequence ->
                [none] mojego rachunku
               *[other] rachunku o numerze kolejnym { $sequence }
            }
           *[other] rachunku za okres: { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(numer kolejny { $sequence })
            }
        }
       *[other] rachunku { $number }
    }{ $dbc ->
        [yes] {" "}(DBC)
       *[no] {""}
    }. Chodzi o następujące sprawy:
letter-more = oraz jeszcze { $count } podobnych spraw.
letter-closing =
    Czy mogą Państwo to dla mnie sprawdzić i poinformować mnie, co jest prawidłowe?

    Z poważaniem,

## Porównanie z modelem DBC: tabela i wykresy (compare.rs)
compare-er-heading = Udział własny (eigen risico)
compare-no-estimate = NotaWijzer nie może oszacować, ile kosztowałby model DBC: proszę zobaczyć porównanie.
compare-er-under-18 = Udział własny: poniżej 18 lat nie płacą Państwo udziału własnego.
compare-er-glance = Udział własny: płacą Państwo za to najwyżej { $zpm } (w modelu DBC najwyżej { $dbc }).
compare-er-see = Udział własny: proszę zobaczyć porównanie.
compare-unknown = nieznane
compare-together = Razem
compare-table-caption = Według roku kalendarzowego: co się liczy i ile najwyżej Państwo płacą
compare-table-year = Rok
compare-table-counts = Liczy się (zorgprestatiemodel)
compare-table-most = Płacą Państwo najwyżej (zorgprestatiemodel)
compare-table-most-dbc = Płacili Państwo najwyżej (model DBC)
compare-chart-cost = Ile kosztuje Państwa proces
compare-chart-nota = Rachunek { $number }: { $amount }
compare-chart-zpm = Zorgprestatiemodel{ $until ->
        [none] {""}
       *[other] {" "}(do { $until })
    }: { $amount }
compare-chart-dbc = Model DBC, szacunek według stawki z { $year } r.: { $amount }
compare-chart-er = Udział własny, który płacą Państwo najwyżej
compare-chart-er-zpm = Zorgprestatiemodel: najwyżej { $amount }
compare-chart-er-dbc = Model DBC: najwyżej { $amount }
compare-chart-er-dbc-year = Model DBC { $year }: { $amount }

## Komunikaty o pobieraniu lub czytaniu rachunku (notices.rs)
notice-src-refused = NotaWijzer nie otwiera rachunku z { $origin }: tej strony nie ma na liście partnerów tego NotaWijzer. Proszę pobrać rachunek i samodzielnie otworzyć plik tutaj.
notice-src-network = NotaWijzer nie mógł pobrać rachunku. Czy połączenie z internetem działa? Proszę spróbować później albo pobrać rachunek i otworzyć plik tutaj.
notice-src-unauthorized = Nie są Państwo (już) zalogowani na stronie, na której jest rachunek. Proszę zalogować się ponownie i otworzyć rachunek jeszcze raz.
notice-src-not-found = Nie znaleziono rachunku. Może link wygasł. Proszę otworzyć rachunek ponownie ze strony ubezpieczyciela.
notice-src-too-large = Ten rachunek jest większy, niż NotaWijzer może przeczytać (ponad 4 MB). Proszę poprosić ubezpieczyciela o rachunek za każdy miesiąc osobno.
notice-src-http = Strona z rachunkiem zwróciła błąd (kod { $code }). Proszę spróbować później.
notice-pdf-failed = { $name }: { $problem ->
        [scan] NotaWijzer nie znalazł tekstu w tym PDF. Proszę pobrać rachunek jako PDF od świadczeniodawcy lub ubezpieczyciela, zrobić zdjęcie papierowego rachunku albo przepisać wiersze w polu „Albo wklej tekst rachunku”.
        [password] ten PDF jest chroniony hasłem. NotaWijzer nigdy nie prosi o hasła. Proszę otworzyć PDF w czytniku PDF, zapisać go bez hasła (albo wydrukować do PDF) i otworzyć ten plik tutaj.
        [damaged] ten PDF jest uszkodzony albo nie jest prawdziwym PDF: NotaWijzer nie może go otworzyć. Proszę pobrać rachunek ponownie i spróbować jeszcze raz.
       *[large] ten PDF ma ponad 10 MB, więcej niż czyta NotaWijzer. Rachunek jest zwykle dużo mniejszy; może zawiera zdjęcia. Proszę poprosić świadczeniodawcę lub ubezpieczyciela o sam rachunek.
    }
notice-picture-failed = { $name }: { $problem ->
        [unreadable] NotaWijzer nie może otworzyć tego obrazu. Proszę otworzyć zdjęcie jako JPEG, PNG lub WebP albo PDF rachunku.
        [heic] to zdjęcie HEIC (tak zapisuje zdjęcia iPhone) i ta przeglądarka nie może go otworzyć. Proszę wysłać zdjęcie jako JPEG: na iPhonie wybrać Ustawienia > Aparat > Formaty > „Najbardziej zgodne” i zrobić zdjęcie ponownie. Albo zrobić zrzut ekranu zdjęcia i otworzyć go tutaj.
        [unavailable] rozpoznawanie tekstu w NotaWijzer się nie załadowało. Proszę odświeżyć stronę i otworzyć zdjęcie jeszcze raz.
        [large] to zdjęcie ma ponad 10 MB, więcej niż czyta NotaWijzer. Proszę zrobić zdjęcie ponownie ze zwykłymi ustawieniami aparatu albo zrobić zrzut ekranu zdjęcia i otworzyć go tutaj.
        [dark] zdjęcie jest za ciemne: NotaWijzer nie może odczytać tekstu.
        [blurred] zdjęcie jest za bardzo rozmazane: NotaWijzer nie może odczytać tekstu.
       *[no-text] NotaWijzer nie znalazł tekstu na tym zdjęciu.
    }
notice-pdf-opening = NotaWijzer otwiera Państwa PDF…
notice-pdf-reading = NotaWijzer czyta Państwa PDF: strona { $page } z { $pages }…
notice-picture = { $step ->
        [0] NotaWijzer przygotowuje zdjęcie do odczytu…
        [1] Ładowanie rozpoznawania tekstu… { $done } %
       *[2] Rozpoznawanie tekstu… { $done } %
    }{ $pages ->
        [0] {""}
        [1] {""}
       *[other] {" "}(strona { $page } z { $pages })
    }
notice-picture-tips = Co można spróbować: położyć rachunek płasko w dobrze oświetlonym miejscu (bez odbijającej się lampy błyskowej). Trzymać telefon prosto nad rachunkiem, tak aby cały rachunek był na zdjęciu. Dotknąć ekranu, aby ustawić ostrość, i trzymać telefon nieruchomo. Mają Państwo rachunek także jako PDF? Wtedy proszę otworzyć PDF: NotaWijzer na pewno go odczyta.

## Słowa samej strony (labels.rs; w pierwszym pobraniu)
app-title = NotaWijzer ggz
app-tagline = Zrozum swój rachunek za opiekę psychiatryczną i psychologiczną (ggz)
app-skip-link = Przejdź do treści
app-lang-switch = Język
app-open-heading = Otwórz swój rachunek (nota)
app-privacy = Rachunek zostaje na Państwa urządzeniu. NotaWijzer niczego nie wysyła i niczego nie przechowuje.
app-choose-files = Wybierz jeden lub więcej plików
app-file-hint = PDF rachunku albo jego zdjęcie (do 10 MB) lub plik tekstowy, CSV albo JSON (do 4 MB); także kilka naraz.
app-take-photo = Zrób zdjęcie rachunku
app-drop-here = Pliki można też przeciągnąć tutaj.
app-paste-summary = Albo wklej tekst rachunku
app-paste-label = Tekst rachunku
app-paste-hint = Proszę skopiować tekst rachunku (np. z e-maila lub PDF) i wkleić go tutaj.
app-paste-button = Przeczytaj ten tekst
app-example-button = Zobacz przykład (Meneer Henk)
app-clear-button = Zacznij od nowa
app-print-button = Drukuj
app-reading = Trwa czytanie…
app-open-again = Otwórz inny rachunek
app-letter-label = Tekst do wysłania (bez numeru BSN i danych medycznych)
app-letter-hint = Ten tekst można skopiować i wkleić do e-maila lub formularza kontaktowego ubezpieczyciela. Tekst jest po niderlandzku, bo ubezpieczyciel czyta po niderlandzku.
app-copy-button = Skopiuj tekst
app-copied = Tekst skopiowano.
app-copy-failed = Kopiowanie się nie udało. Proszę zaznaczyć tekst i skopiować go samodzielnie.
app-lines-heading = Wszystkie wiersze wyjaśnione
app-cluster-heading = Państwa klaster opieki (zorgcluster)
app-comparison-heading = Porównanie ze starym modelem DBC
app-footer-privacy = NotaWijzer działa w całości w przeglądarce: rachunek nigdzie nie trafia.
app-footer-sources = Źródła: NZa, prezentacja modelu klastrów opieki (2017); list do parlamentu z 2 marca 2020 r.; angielskie narzędzie Mental Health Clustering Tool (klastry i terminy ponownej oceny).
app-footer-disclaimer = NotaWijzer wyjaśnia; nie doradza. Mają Państwo wątpliwości? Proszę zapytać ubezpieczyciela zdrowotnego.
view-cluster-intro = W modelu klastrów opieki każdy pacjent należy do jednego z 21 klastrów opieki, na podstawie kwestionariusza (HoNOS+). Każdy klaster należy do grupy i superklastra i ma stały termin, w którym opieka jest ponownie oceniana (review). Proszę otworzyć rachunek, aby zobaczyć własny klaster.
app-engine-loading = NotaWijzer się ładuje…
app-engine-failed = Część NotaWijzer, która czyta rachunki, się nie załadowała. Może zerwało się połączenie. Rachunek został zachowany: proszę spróbować ponownie.
app-retry-button = Spróbuj ponownie
view-comparison-intro = Do 2022 r. opiekę psychiatryczną w Holandii opłacano przez DBC: jedną kwotę za cały proces leczenia, wybraną według grupy diagnostycznej i minut leczenia, plus dni w klinice. W modelu klastrów opieki rachunek przychodzi co miesiąc.
app-lines-empty = Najpierw proszę otworzyć rachunek. Wtedy każdy wiersz zostanie tu wyjaśniony.
app-example-zpm-button = Zobacz aktualny przykład (2025)
app-page-ask = Coś się nie zgadza?
app-page-checks = Jak NotaWijzer sprawdza
app-page-privacy = Prywatność
app-page-accessibility = Dostępność
app-view-overview = Przegląd
app-view-lines = Wiersz po wierszu
app-view-zvt = Typ potrzeby opieki
app-view-cluster = Klaster opieki
app-view-comparison = Porównanie z DBC
app-view-sections = Części

## Słowa widoków (labels.rs, ViewLabels)
view-payment-heading = Ile Państwo płacą?
view-payment-private = To, co Państwo wpiszą poniżej, zostaje na tej stronie: nie ma tego w linku, nie jest zapisywane i nigdzie nie trafia. „Zacznij od nowa” to usuwa.
view-no-contract = Mój świadczeniodawca nie ma umowy z moim ubezpieczycielem
view-percent-label = Jaki procent pokrywa Państwa polisa za opiekę bez umowy?
view-percent-hint = Jest to w warunkach polisy, przy „opiece bez umowy” (niet-gecontracteerde zorg). Liczba od 0 do 100.
view-used-hint = Widać to na stronie lub w aplikacji ubezpieczyciela. Puste: NotaWijzer liczy tak, jakby jeszcze nic Państwo nie zapłacili.
view-glance-heading = W skrócie
view-how-checked = Jak NotaWijzer to sprawdza (otwiera się w nowej karcie)
view-asks = Ten rachunek żąda
view-so-far = Proces kosztował dotąd
view-findings-heading = Co wygląda na błąd
view-notes-heading = Warto wiedzieć
view-notes-more = Więcej o tym i jak NotaWijzer to sprawdza
view-ask-heading = Coś się nie zgadza?
view-pdf-read-note = Tekst, który NotaWijzer odczytał z Państwa PDF, z numerami wierszy, których używają komunikaty. Kwota nie zgadza się z PDF? Tu widać, gdzie był problem.
view-picture-read-note = Tekst, który NotaWijzer rozpoznał na zdjęciu, z numerami wierszy, których używają komunikaty. Czytanie zdjęcia nie zawsze się udaje: proszę porównać kwoty, daty i kody z rachunkiem. W „Wszystkie wiersze” przy każdym wierszu jest fragment zdjęcia, z którego pochodzi.
view-picture-correct = Na rachunku jest coś innego? Rozpoznany tekst jest też w polu „Albo wklej tekst rachunku”. Proszę go tam poprawić i wybrać „Przeczytaj ten tekst”.
view-picture-cut = Część tekstu dotyka brzegu zdjęcia. Może część rachunku była poza zdjęciem. Proszę zrobić zdjęcie ponownie, z całym rachunkiem.
view-strip-alt = Fragment zdjęcia z tym wierszem
view-from-picture = Odczytane ze zdjęcia
view-unsure = Odczytane niepewnie, proszę sprawdzić na zdjęciu:
view-stays-heading = Dni w klinice
view-show-more = Pokaż więcej wierszy
view-cluster-none = Ten rachunek nie podaje klastra opieki.
view-tree-label = Miejsce Państwa klastra w modelu klastrów opieki
view-your-cluster = Państwa klaster
view-catalogue-summary = Pokaż wszystkie 21 klastrów opieki
view-review-heading = Ponowna ocena (review)
view-review-date = Data ponownej oceny
view-review-status = Stan
view-review-interval = Ponowna ocena co najmniej co
view-review-latest = Najpóźniej według zasad
view-chart-title = Koszt procesu leczenia: model klastrów opieki i model DBC obok siebie
view-dbc-model = Model DBC
view-before = wcześniej
view-this-month = ten rachunek
view-product = produkt DBC
view-stays = pobyt
view-other = inne
view-errors-heading = Czego NotaWijzer nie mógł odczytać
view-errors-intro = Tych wierszy nie odczytano (w całości). Resztę odczytano. Poniżej jest Państwa tekst z miejscem problemu.
view-source-label = Państwa tekst
view-unreadable-file = NotaWijzer nie mógł nic odczytać z tego pliku.
view-number = Numer
view-name = Nazwa
view-group = Grupa
view-supercluster = Superklaster
view-period = Jak długo zwykle trwa opieka
view-show-all-findings = Pokaż wszystkie sprawy
view-zvt-heading = Państwa typ potrzeby opieki (zorgvraagtype)
view-zvt-none = Ten rachunek nie podaje typu potrzeby opieki. Przy oświadczeniu o prywatności (privacyverklaring) jest to dozwolone.
view-zvt-uninsured = Na tym rachunku jest tylko opieka spoza pakietu podstawowego. Dlatego NotaWijzer nie mówi nic o typie potrzeby opieki (zorgvraagtype) ani o jego ponownym ustaleniu.
view-zvt-privacy-short = Nie podano (oświadczenie o prywatności)
view-zvt-tree = Miejsce Państwa typu potrzeby opieki w modelu
view-zvt-yours = Państwa typ potrzeby opieki
view-retype-heading = Ponowne ustalenie
view-retype-due = Ponowne ustalenie najpóźniej

## Części widoków (view.rs)
view-nota-title = { $kind ->
        [cluster] Rachunek w modelu klastrów
        [dbc] Rachunek DBC
       *[zpm] Rachunek za opiekę
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
       *[other] {" "}(numer kolejny { $sequence })
    }
view-errors-more = … i jeszcze { $count }.
view-glance-review = { $kind ->
        [zvt] Ponowne ustalenie najpóźniej { $date }
       *[review] Ponowna ocena najpóźniej { $date }
    } · { $status }
view-picture-misread = Ten rachunek odczytano ze zdjęcia: może jakaś cyfra została źle rozpoznana. Proszę porównać kwoty w „Wszystkie wiersze” z fragmentem zdjęcia obok i w razie potrzeby poprawić tekst.
view-findings-first = To pierwsze { $shown } z { $count } spraw.
view-cluster-unknown-text = { $kind ->
        [zvt] NotaWijzer nie zna tego typu potrzeby opieki: „{ $text }”
       *[cluster] NotaWijzer nie zna tego klastra opieki: „{ $text }”
    }
view-chart-cluster = Model klastrów opieki{ $until ->
        [none] {""}
       *[other] {" "}(do { $until })
    }: { $amount }
view-input-problem = { $problem ->
        [number] Proszę wpisać liczbę, np. 75 lub 120,50.
        [percent] Proszę wpisać procent od 0 do 100.
        [amount] Proszę wpisać kwotę 0 lub większą.
       *[year] Proszę wpisać rok, np. 2025.
    }
view-not-a-nota-heading = Nie znaleziono rachunku za opiekę
view-used-label = Udział własny (eigen risico) zapłacony już w { $year } r. (w euro)
view-letter-translated-heading = Co mówi ten list
view-letter-dutch-note = List jest po niderlandzku, bo ubezpieczyciel czyta po niderlandzku. Proszę wysłać tekst niderlandzki powyżej; to tłumaczenie jest dla Państwa.
view-read-summary = { $kind ->
        [picture] Tak NotaWijzer odczytał Państwa zdjęcie
       *[pdf] Tak NotaWijzer odczytał Państwa PDF
    } ({ $name }, { $pages ->
        [one] { $pages } strona
        [few] { $pages } strony
       *[many] { $pages } stron
    })
view-patient = Dla: { $patient }
view-line-no = Wiersz { $line }
view-shown = Pokazano { $shown } z { $total } wierszy.
app-crash-title = Coś poszło nie tak w NotaWijzer
app-crash-text = NotaWijzer nie mógł kontynuować. Rachunek nie został nigdzie wysłany: wszystko zostało na Państwa urządzeniu.
app-crash-do = Proszę odświeżyć stronę i spróbować ponownie. Znowu się nie udaje? Wtedy proszę poprosić ubezpieczyciela o wyjaśnienie rachunku.
app-crash-again = Zacznij od nowa
app-crash-details = Dane techniczne (dla administratora)

## Kontrole (pages.rs; także w aplikacji przy każdej sprawie)
about-source = { $code ->
    [above_max_tariff] maksymalna stawka NZa dla tego kodu świadczenia w roku daty (tabela stawek poniżej, ze źródłem każdej kwoty).
    [cluster_conflict] lista klastrów opieki z pilotażu NZa (2017).
    [date_after_invoice] data wystawienia na rachunku.
    [date_outside_month] miesiąc, za który wystawiono rachunek (rachunek w modelu klastrów obejmuje jeden miesiąc).
    [date_outside_trajectory] data rozpoczęcia i zakończenia procesu na rachunku.
    [duplicate_line] sam rachunek.
    [non_insured] opis i kod wiersza.
    [privacy_statement] sam rachunek oraz NZa: przy oświadczeniu o prywatności diagnozy i typu potrzeby opieki nie ma na rachunku.
    [quarter_hours] zasady na 2026 r. (Fitz, o zasadach NZa): opieka spoza pakietu podstawowego (OV0012) jest rozliczana za każde 15 minut.
    [review_beyond_interval] termin ponownej oceny dla każdego klastra z pilotażu NZa (2017).
    [review_overdue] termin ponownej oceny dla każdego klastra (pilotaż NZa, 2017); dla typu potrzeby opieki zasada, że ustala się go ponownie co najmniej raz w roku.
    [surcharge_without_consult] sam rachunek.
    [code_description_mismatch] kody zorgprestatiemodel: każdy kod konsultacji oznacza jeden rodzaj konsultacji, jeden czas trwania i jeden zawód.
    [quantity_mismatch] sam rachunek: liczba, stawka i kwota w wierszu.
    [total_mismatch] sam rachunek: suma i wiersze.
   *[unknown_cluster] lista klastrów opieki (pilotaż 2017) i typy potrzeby opieki od 1 do 21 (bez 9).
}
about-checked = { $code ->
    [above_max_tariff] czy kwota jest wyższa niż ta maksymalna stawka. Do 10% więcej wolno, gdy świadczeniodawca ma umowę z ubezpieczycielem; NotaWijzer wtedy o tym mówi.
    [cluster_conflict] czy numer i nazwa klastra na rachunku wskazują ten sam klaster.
    [date_after_invoice] czy wiersz ma datę późniejszą niż data rachunku: opiekę można rozliczyć dopiero po jej udzieleniu.
    [date_outside_month] czy każdy wiersz ma datę w tym miesiącu.
    [date_outside_trajectory] czy wiersz wypada przed początkiem lub po końcu procesu.
    [duplicate_line] czy ten sam wiersz (ten sam opis lub kod, data i kwota) jest na rachunku dwa razy.
    [non_insured] czy wiersz to opieka spoza pakietu podstawowego. To nie jest błąd: za tę opiekę płacą Państwo sami.
    [privacy_statement] czy rachunek mówi, że podpisali Państwo oświadczenie o prywatności. Wtedy nie brakuje typu potrzeby opieki: nie powinno go tam być.
    [quarter_hours] czy wiersze z OV0012 tego samego dnia to kwadranse jednej rozmowy i jak długo ta rozmowa trwała łącznie.
    [review_beyond_interval] czy data ponownej oceny na rachunku jest późniejsza, niż pozwala termin klastra.
    [review_overdue] czy termin ponownej oceny minął, gdy opieka trwała dalej.
    [surcharge_without_consult] czy przy dopłacie (np. za czas dojazdu) jest na rachunku konsultacja z tego samego dnia.
    [code_description_mismatch] czy opis w wierszu podaje inny czas trwania, rodzaj konsultacji lub zawód niż kod. Stawkę wyznacza kod.
    [quantity_mismatch] czy liczba razy stawka daje, co do centa, kwotę wiersza.
    [total_mismatch] czy suma wierszy daje, co do centa, sumę na rachunku.
   *[unknown_cluster] czy numer lub nazwa na rachunku jest na tej liście.
}
about-not-checked = { $code ->
    [above_max_tariff] czy ubezpieczyciel ma umowę ze świadczeniodawcą oraz kody lub lata, których nie ma w tabeli (NotaWijzer wtedy o tym mówi).
    [cluster_conflict] które z dwojga jest prawidłowe i czy klaster do Państwa pasuje.
    [date_after_invoice] czy sama data rachunku jest prawidłowa.
    [date_outside_month] czy opieki naprawdę udzielono w tym dniu.
    [date_outside_trajectory] czy same daty rozpoczęcia i zakończenia są prawidłowe.
    [duplicate_line] czy to naprawdę zdarzyło się dwa razy: dwie rozmowy w jednym dniu mogą być prawidłowe.
    [non_insured] czy ubezpieczenie dodatkowe to pokrywa.
    [privacy_statement] czy naprawdę podpisali Państwo oświadczenie: wie to świadczeniodawca.
    [quarter_hours] czy rozmowa naprawdę trwała tak długo.
    [review_beyond_interval] czy terapeuta miał powód do późniejszej ponownej oceny.
    [review_overdue] czy ponowna ocena lub nowe ustalenie się odbyły: tego nie ma na rachunku. Proszę zapytać terapeutę.
    [surcharge_without_consult] numer powiązania świadczenia (NotaWijzer go nie czyta) i konsultacje na innym rachunku.
    [code_description_mismatch] które z dwojga zgadza się z opieką, którą Państwo otrzymali.
    [quantity_mismatch] czy liczba zgadza się z opieką, którą Państwo otrzymali.
    [total_mismatch] czy same wiersze zgadzają się z opieką, którą Państwo otrzymali.
   *[unknown_cluster] czy klaster lub typ potrzeby opieki do Państwa pasuje.
}
about-title = { $code ->
    [above_max_tariff] Powyżej maksymalnej stawki
    [cluster_conflict] Numer i nazwa klastra opieki się różnią
    [date_after_invoice] Data po dacie rachunku
    [date_outside_month] Data poza rozliczanym miesiącem
    [date_outside_trajectory] Data poza procesem leczenia
    [duplicate_line] Ten sam wiersz dwa razy
    [non_insured] Opieka spoza pakietu podstawowego
    [privacy_statement] Oświadczenie o prywatności: brak diagnozy i typu potrzeby opieki
    [quarter_hours] Opieka spoza pakietu podstawowego za każde 15 minut
    [review_beyond_interval] Data ponownej oceny później, niż wolno
    [review_overdue] Ponowna ocena lub nowe ustalenie spóźnione
    [surcharge_without_consult] Dopłata bez konsultacji
    [quantity_mismatch] Liczba razy stawka to nie kwota
    [code_description_mismatch] Opis nie pasuje do kodu
    [total_mismatch] Suma nie zgadza się z wierszami
   *[unknown_cluster] Nieznany klaster opieki lub typ potrzeby opieki
}

## Osobne strony (pages.rs)
page-back = Wróć do NotaWijzer
page-languages = Ta strona w innym języku
page-checks-intro = NotaWijzer wyjaśnia rachunek i sprawdza, czy coś nie wygląda na błąd. Poniżej dla każdej kontroli: na co NotaWijzer zwraca uwagę, na jakim źródle się opiera i czego NotaWijzer nie może sprawdzić. NotaWijzer nie wydaje ocen: w razie wątpliwości proszę zapytać.
page-source = Źródło
page-checked = Co NotaWijzer sprawdza
page-not-checked = Czego nie
page-json-code = Kod w wyniku JSON
page-pay-heading = Co Państwo płacą i co odzyskują
page-pay-no-show = Wizyta, która się nie odbyła (niestawienie się, odwołanie za późno): nie jest świadczeniem NZa. Świadczeniodawca nalicza ją zgodnie z umową o leczenie. Ubezpieczyciel zdrowotny nigdy jej nie zwraca i nie wlicza się ona do udziału własnego (eigen risico).
page-pay-fee = Inne własne koszty świadczeniodawcy (administracja, sprawozdanie dla osób trzecich, kopia dokumentacji): też nie są świadczeniem, nigdy nie są zwracane.
page-pay-non-insured = Opieka spoza pakietu podstawowego (OV0012, „overig product”): płacą ją Państwo sami albo ubezpieczenie dodatkowe, jeśli ją pokrywa. Od 2026 r. OV0012 rozlicza się za każde 15 minut.
page-pay-referral = Opieka bez ważnego skierowania (verwijzing) z datą sprzed pierwszej wizyty (intake).
page-pay-rule = Świadczeniodawca ma umowę z Państwa ubezpieczycielem? Wtedy wysyła rachunek do ubezpieczyciela, a Państwo płacą tylko udział własny (385 € rocznie w latach 2016–2026; poniżej 18 lat brak; za rok kalendarzowy opieki; kwota na 2027 r. nie jest jeszcze znana). Bez umowy ubezpieczyciel płaci za wiersz najwyżej procent z polisy (w 2026 r. zwykle od 60 % do 85 %) i nie więcej niż ten procent własnej średniej stawki umownej; potem odejmuje się udział własny, który jeszcze pozostał. NotaWijzer oblicza to, gdy podadzą Państwo procent, i mówi, że to maksimum. Nie ma ustawowego minimum procentu: zwrot nie może tylko być tak niski, że Państwa zniechęca (kryterium przeszkody, hinderpaalcriterium, art. 13 Zorgverzekeringswet). Niektórzy ubezpieczyciele wymagają wcześniejszej zgody.
page-pay-complain = Zwrot się nie zgadza? Najpierw proszę zapytać ubezpieczyciela. Jeśli nie dojdą Państwo do porozumienia, można zwrócić się do Fundacji ds. Skarg i Sporów w Ubezpieczeniach Zdrowotnych (Stichting Klachten en Geschillen Zorgverzekeringen, SKGZ, https://www.skgz.nl). Problem, który zdarza się częściej, można zgłosić do NZa (https://www.nza.nl/contact/meldpunt).
page-sources = Źródła
page-tables-heading = Co zawierają tabele NotaWijzer
page-tables-intro = NotaWijzer zna tylko kwoty, które może poprzeć źródłem. Jeśli kodu lub roku tu nie ma, NotaWijzer mówi, że nie zna maksymalnej stawki; nie wymyśla kwoty.
page-tariffs-caption = Maksymalne stawki według kodu świadczenia
page-code = Kod
page-tariff-sources = Źródła stawek
page-eigen-risico = Udział własny (eigen risico) { $first }–{ $last }: { $amount } rocznie (źródło: { $source }).
page-gbggz = Produkty GB-ggz, stawka { $year } (źródło: { $source }): { $list }.
page-specialist = Specjalistyczna opieka psychiatryczna w modelu DBC: NotaWijzer ma część maksymalnych stawek z 2018 r. Jeśli proces przypada na produkt, którego tam nie ma, NotaWijzer nie robi szacunku i mówi dlaczego.
page-privacy-title = Prywatność: co dzieje się z Państwa rachunkiem
page-privacy-intro = Rachunek zawiera dane o Państwa zdrowiu. Dlatego NotaWijzer działa tak:
page-privacy-device-lead = Rachunek zostaje na Państwa urządzeniu.
page-privacy-device = NotaWijzer czyta i sprawdza rachunek w przeglądarce. Nic nie trafia na serwer: ani rachunek, ani wyjaśnienie, ani to, co Państwo klikają.
page-privacy-store-lead = NotaWijzer niczego nie przechowuje.
page-privacy-store = Bez plików cookie, bez zapisu w przeglądarce. Po zamknięciu strony wszystko znika.
page-privacy-counters-lead = Bez liczników, bez reklam.
page-privacy-counters = NotaWijzer nie używa statystyk ani usług innych firm. Wszystkie części, także czytnik PDF, rozpoznawanie tekstu i języki, pochodzą z tej samej strony co sam NotaWijzer.
page-privacy-csp-lead = Przeglądarka pilnuje, aby NotaWijzer dotrzymał tej obietnicy.
page-privacy-csp = Strona ma regułę bezpieczeństwa (Content-Security-Policy), przez którą przeglądarka odmawia wysyłania czegokolwiek do innej strony lub ładowania czegokolwiek z innej strony.
page-privacy-exception-lead = Jeden wyjątek.
page-privacy-exception = Jeśli otworzą Państwo NotaWijzer ze strony ubezpieczyciela lub stowarzyszenia pacjentów z linkiem do rachunku, NotaWijzer pobiera ten jeden rachunek z tej strony. Mogą to robić tylko strony zapisane w NotaWijzer jako partnerzy.
page-privacy-check-heading = Proszę sprawdzić samemu
page-privacy-step-1 = Otworzyć NotaWijzer na komputerze i nacisnąć F12 (albo wybrać w menu przeglądarki: Więcej narzędzi → Narzędzia dla programistów).
page-privacy-step-2 = Wybrać kartę Sieć (Network).
page-privacy-step-3 = Otworzyć rachunek w NotaWijzer.
page-privacy-step-4 = Widać tylko pobierane pliki samego NotaWijzer i ani jednego żądania, które wysyła rachunek.
page-a11y-title = Deklaracja dostępności
page-a11y-intro = NotaWijzer chce, aby każdy mógł zrozumieć swój rachunek za opiekę, także osoby słabowidzące lub niewidome, korzystające tylko z klawiatury albo słabiej czytające po niderlandzku. Ta deklaracja ma układ wzoru deklaracji dostępności rządu Holandii.
page-a11y-standard-heading = Norma
page-a11y-standard = NotaWijzer dąży do WCAG 2.2 na poziomie AA, normy stojącej za EN 301 549.
page-a11y-status-heading = Stan: częściowo zgodna
page-a11y-status = NotaWijzer przetestowano automatycznie i ręcznie (poniżej). Nie było jeszcze badania niezależnego eksperta ani testu z osobami korzystającymi z czytnika ekranu. Do tego czasu uczciwie podajemy stan: częściowo zgodna.
page-a11y-tested-heading = Jak testowano
page-a11y-tested-axe = Automatycznie, przy każdej zmianie: axe-core z regułami WCAG 2.0, 2.1 i 2.2 na poziomie A i AA (także minimalny rozmiar celów kliknięcia 24 na 24 piksele), w każdym stanie, do którego docierają testy: pusta strona, przykłady, własne pliki, PDF, zdjęcia, komunikaty o błędach, każda karta, w każdym języku NotaWijzer (arabski od prawej do lewej).
page-a11y-tested-lighthouse = Lighthouse: dostępność 100.
page-a11y-tested-snapshots = Zapisane drzewo dostępności (migawki ARIA) każdej karty, tak aby każda zmiana nagłówków, punktów orientacyjnych i nazw była widoczna.
page-a11y-tested-hand = Ręcznie: cała droga tylko z klawiaturą (otwarcie przykładu, każda karta, sprawy do wyjaśnienia, drukowanie), z widocznym fokusem na każdym kroku; szerokości ekranu 320, 375 i 1280 pikseli, z obejrzanymi zrzutami ekranu.
page-a11y-tested-drag = Przeciąganie nigdy nie jest potrzebne: plik, który można przeciągnąć na stronę, można też wybrać przyciskiem. Nic na stronie nie jest przyklejone do ekranu, więc fokus nigdy nie znika za czymś innym. Pomoc („Coś się nie zgadza?”) jest na każdej stronie w tym samym miejscu, na dole.
page-a11y-not-heading = Co (jeszcze) nie jest zgodne
page-a11y-not-photo = Zdjęcie lub skan rachunku NotaWijzer czyta rozpoznawaniem tekstu, a to nie zawsze się udaje. Przy każdym wierszu jest fragment zdjęcia, z którego pochodzi, jako obraz z opisem; słowa odczytane niepewnie są zaznaczone w tekście obok. Kto nie widzi zdjęcia, może przeczytać rozpoznany tekst i poprawić go w polu tekstowym. Proszę też porównać kwoty z samym rachunkiem.
page-a11y-not-charts = Wykresy w porównaniu to obrazy z opisem tekstowym; te same kwoty są w tekście i w tabeli. Różnica kolorów między częściami słupka nie jest jedyną wskazówką, ale kolorów nie przetestowano dla wszystkich rodzajów daltonizmu.
page-a11y-not-readers = Nie testowano z prawdziwymi użytkownikami czytników ekranu (NVDA, JAWS, VoiceOver, TalkBack). Teksty turecki, arabski, polski i ukraiński nie zostały jeszcze sprawdzone przez osobę, dla której to język ojczysty i która pracuje w opiece zdrowotnej; strona mówi o tym w tych językach.
page-a11y-contact-heading = Kontakt
page-a11y-contact = Coś nie działa? Proszę to zgłosić organizacji, na której stronie korzystają Państwo z NotaWijzer (stowarzyszeniu pacjentów lub ubezpieczycielowi); przekaże nam to. Sam NotaWijzer nie zbiera danych i dlatego nie ma na stronie formularza.
page-a11y-date = Tę deklarację sporządzono 24 listopada 2026 r. i zaktualizowano 2 grudnia 2026 r.
app-not-reviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym i która pracuje w opiece zdrowotnej.

## Wiersz poleceń (src/bin/notawijzer.rs)
cli-pdf = to jest PDF. PDF-y NotaWijzer czyta w przeglądarce: proszę otworzyć plik w aplikacji internetowej (.ci/serve). Wiersz poleceń czyta tekst, CSV i JSON.
cli-picture = to jest zdjęcie lub obraz. Zdjęcia NotaWijzer czyta w przeglądarce, z rozpoznawaniem tekstu: proszę otworzyć plik w aplikacji internetowej (.ci/serve). Wiersz poleceń czyta tekst, CSV i JSON.
cli-cannot-open = nie można otworzyć pliku
cli-nota-heading = { $kind ->
        [dbc] Rachunek DBC
        [zpm] Rachunek za opiekę (zorgprestatiemodel)
       *[cluster] Rachunek w modelu klastrów
    } ({ $file }, wiersz { $line })
cli-comparison-heading = Porównanie z modelem DBC
cli-comparison-totals = Model klastrów opieki: { $cluster }   DBC: { $dbc }
cli-not-read = Nie odczytano
cli-today = Dzisiaj jest { $date }

## Komunikaty samej strony (app/notice.rs)
app-notice-src-loading = Pobieranie rachunku…
app-notice-pdf-unavailable = Czytnik PDF NotaWijzer się nie załadował. Proszę odświeżyć stronę i otworzyć PDF jeszcze raz.
app-notice-lang-failed = NotaWijzer nie mógł pobrać tekstów w tym języku. Czy połączenie z internetem działa? Proszę wtedy wybrać język jeszcze raz.

## Zestawienie ubezpieczyciela: deklaracje, rachunek za udział własny, rozliczenie roczne
ov-heading = Zestawienie od ubezpieczyciela zdrowotnego
# $kind: declarations, eigen_risico_bill lub settlement
ov-kind = { $kind ->
        [declarations] To zestawienie Państwa deklaracji u ubezpieczyciela zdrowotnego (zorgverzekeraar): co zgłosili świadczeniodawcy i co ubezpieczyciel z tym zrobił.
        [eigen_risico_bill] To rachunek od ubezpieczyciela zdrowotnego: za udział własny (eigen risico) lub dopłatę własną (eigen bijdrage).
       *[settlement] To rozliczenie końcowe (eindafrekening) udziału własnego (eigen risico), który płacili Państwo w ratach.
    }
ov-owes = { $last ->
        [none] Muszą Państwo zapłacić ubezpieczycielowi { $amount } za opiekę w { $first } r.
       *[other] Muszą Państwo zapłacić ubezpieczycielowi { $amount } za opiekę w latach { $first }–{ $last }.
    }
ov-owes-plain = Muszą Państwo zapłacić ubezpieczycielowi { $amount }.
ov-due = Termin płatności lub dzień pobrania: { $date }.
ov-refund = Ubezpieczyciel zwraca Państwu { $amount }.
ov-not-a-bill = To zestawienie nie jest rachunkiem: teraz nie muszą Państwo za nie nic płacić. To, co wchodzi w udział własny ({ $charged } w wierszach tutaj), ubezpieczyciel pobiera osobno: rachunkiem lub poleceniem zapłaty.
ov-left = Udział własny { $year }: wykorzystano { $used }, zostało { $left } z { $amount }.
ov-left-unknown = Udział własny { $year }: wykorzystano { $used }. NotaWijzer nie zna wysokości udziału własnego na { $year } r., więc nie może powiedzieć, ile zostało.
ov-minor = { $person } w { $year } r. nie miał(a) 18 lat: brak udziału własnego.
ov-person = Ubezpieczony { $n }
ov-verdict-fine = { $rows ->
        [one] NotaWijzer przeczytał 1 wiersz tego zestawienia i nie znalazł niczego, co wygląda na błąd.
        [few] NotaWijzer przeczytał { $rows } wiersze tego zestawienia i nie znalazł niczego, co wygląda na błąd.
        [many] NotaWijzer przeczytał { $rows } wierszy tego zestawienia i nie znalazł niczego, co wygląda na błąd.
       *[other] NotaWijzer przeczytał { $rows } wiersza tego zestawienia i nie znalazł niczego, co wygląda na błąd.
    }
ov-verdict-points = { $count ->
        [one] NotaWijzer znalazł 1 punkt do wyjaśnienia.
        [few] NotaWijzer znalazł { $count } punkty do wyjaśnienia.
        [many] NotaWijzer znalazł { $count } punktów do wyjaśnienia.
       *[other] NotaWijzer znalazł { $count } punktu do wyjaśnienia.
    }
ov-no-rows = NotaWijzer nie znalazł w tym zestawieniu wierszy z opieką, więc nie może nic powiedzieć o tym, co zgłoszono.
ov-rows-heading = Co zostało zgłoszone
ov-years-heading = Udział własny w poszczególnych latach
# $col: date, provider, care, declared, reimbursed, eigen-risico, status
ov-col = { $col ->
        [date] Data
        [provider] Świadczeniodawca
        [care] Opieka
        [declared] Zgłoszono
        [reimbursed] Zwrócono
        [eigen-risico] Udział własny
       *[status] Status
    }
# $status: processed, pending, rejected, to-pay (op deze rekening), paid (al betaald)
ov-status = { $status ->
        [processed] Rozpatrzone
        [pending] Jeszcze nierozpatrzone
        [to-pay] Na tym rachunku
        [paid] Zapłacone wcześniej
       *[rejected] Odrzucone
    }
ov-other-care = Opieka inna niż psychiatryczna: NotaWijzer jej nie wyjaśnia.
ov-ggz-unknown = Opieka psychiatryczna i psychologiczna (ggz). Zestawienie nie mówi, o jakie dokładnie świadczenie (prestatie) chodzi. Można to sprawdzić na rachunku lub u świadczeniodawcy.
ov-contracted = Ta kwota jest niższa od tego maksimum. Przy umowie ubezpieczyciel i świadczeniodawca uzgadniają niższą stawkę: to normalne, nie błąd.
ov-term-direct = „Directe tijd” (czas bezpośredni) to czas, w którym terapeuta miał z Państwem kontakt: rozmowa, także przez wideo lub telefon.
ov-term-multi = „Multidisciplinair” oznacza, że terapeuci różnych zawodów prowadzą Państwa opiekę razem.
ov-term-setting = „Setting” mówi, gdzie otrzymują Państwo opiekę: w prywatnym gabinecie, w placówce ambulatoryjnej lub w klinice.
# $case: start lub mid
ov-row-ref = { $case ->
        [start] Wiersz z { $date } ({ $provider })
       *[mid] wiersz z { $date } ({ $provider })
    }
ov-finding-stand = Udział własny { $year }: zestawienie podaje, że zostało { $stated }. Według kwot z samego zestawienia jest to { $expected }. Proszę zapytać ubezpieczyciela, która kwota jest prawidłowa.
ov-finding-rows-above = Udział własny { $year }: wiersze tego zestawienia naliczają razem { $rows } udziału własnego, a stan podaje { $stated } wykorzystane. Proszę zapytać ubezpieczyciela, która kwota jest prawidłowa.
ov-finding-total = Ten rachunek żąda { $stated }, a jego wiersze sumują się do { $rows }. Proszę poprosić ubezpieczyciela o wyjaśnienie różnicy.
ov-finding-refund = Rozliczenie zwraca { $stated }. Ale to, co zapłacili Państwo w ratach, minus to, co wykorzystała Państwa opieka, wynosi { $expected }. Proszę zapytać ubezpieczyciela, która kwota jest prawidłowa.
ov-finding-above-year = W { $year } r. naliczono { $charged } udziału własnego: więcej niż udział własny tego roku ({ $amount }).
ov-finding-verkennend = { $row }: za rozmowę wstępną (verkennend gesprek) naliczono { $amount } udziału własnego. Od 2025 r. rozmowa wstępna nie wchodzi w udział własny.
ov-finding-minor = { $row }: { $amount } udziału własnego dla osoby poniżej 18 lat. Poniżej 18 lat nie ma udziału własnego.
ov-finding-twice = { $row } występuje dwa razy, z tym samym numerem deklaracji i kwotą.
ov-note-earlier-year = Ten rachunek dotyczy opieki z { $year } r. Świadczeniodawcy mogą składać deklaracje do końca następnego roku, więc rachunek może przyjść późno. Obowiązuje udział własny z { $year } r.
ov-note-two-years = Ten rachunek dotyczy opieki w { $first } i w { $last } r. Każdy rok kalendarzowy ma własny udział własny; liczy się data opieki, nie data rachunku.
ov-note-december = Opieka z grudnia { $year } r. jest na rachunku ze stycznia lub lutego, ale liczy się do udziału własnego z { $year } r.
ov-note-settlement = Zapłacili Państwo { $paid } w ratach. Państwa opieka wykorzystała { $used } udziału własnego. Jeśli zapłacili Państwo więcej, różnica wraca do Państwa; jeśli mniej, dopłacają Państwo resztę.
ov-note-pending = { $count ->
        [one] 1 deklaracja nie jest jeszcze rozpatrzona: może jeszcze dojść udział własny.
        [few] { $count } deklaracje nie są jeszcze rozpatrzone: może jeszcze dojść udział własny.
        [many] { $count } deklaracji nie jest jeszcze rozpatrzonych: może jeszcze dojść udział własny.
       *[other] { $count } deklaracji nie jest jeszcze rozpatrzonych: może jeszcze dojść udział własny.
    }
ov-note-rejected = { $row } został odrzucony. Powód według ubezpieczyciela: { $reason } Nie zgadzają się Państwo? Proszę zapytać ubezpieczyciela; potem można zwrócić się do SKGZ.
ov-note-rejected-no-reason = { $row } został odrzucony, bez powodu w tym zestawieniu. Ubezpieczyciel musi podać powód zrozumiałymi słowami: proszę o niego zapytać.
ov-note-other-care = Udział własny { $year }: stan liczy { $amount } więcej niż wiersze tutaj. To opieka, której nie ma w tym zestawieniu (inny okres, apteka). To nie jest błąd.
ov-note-same-day = { $row } wygląda dokładnie jak { $first }: ten sam dzień, świadczeniodawca i kwota. Jeśli mieli Państwo tego dnia dwie wizyty, to się zgadza. Jeśli nie, proszę zapytać ubezpieczyciela.
ov-note-minor = { $person } nie miał(a) 18 lat: nie ma udziału własnego.
ov-ask = Najpierw proszę zapytać ubezpieczyciela zdrowotnego (telefon, czat lub konto online). Jeśli nie dojdą Państwo do porozumienia, można zwrócić się do SKGZ, rzecznika i komisji sporów ubezpieczeń zdrowotnych: www.skgz.nl.
letter-ov-question = Mam pytanie dotyczące mojego zestawienia deklaracji i udziału własnego. Chodzi o następujące sprawy:
letter-ov-unknown = Nie rozpoznaję tego wiersza: [proszę wpisać datę, świadczeniodawcę i kwotę wiersza, którego Państwo nie rozpoznają]. Czy mogą Państwo sprawdzić, jakiej opieki dotyczy?

## Rachunek i zestawienie ubezpieczyciela razem
match-heading = Państwa rachunek i zestawienie ubezpieczyciela
match-processed = { $count ->
        [one] Ubezpieczyciel rozpatrzył 1 wiersz rachunku.
        [few] Ubezpieczyciel rozpatrzył { $count } wiersze rachunku.
        [many] Ubezpieczyciel rozpatrzył { $count } wierszy rachunku.
       *[other] Ubezpieczyciel rozpatrzył { $count } wiersza rachunku.
    }
match-unprocessed = { $date }: { $amount } z rachunku nie ma jeszcze w zestawieniu. Może się jeszcze pojawić: wiersz widać dopiero po zapłacie przez ubezpieczyciela.
match-differs = { $date }: rachunek żąda { $nota }, u ubezpieczyciela zgłoszono { $declared }. Proszę zapytać świadczeniodawcę dlaczego.
match-without-nota = { $row } jest w zestawieniu, ale nie na otwartym rachunku. Przy umowie nie dostają Państwo rachunku: wtedy to normalne.
match-twice = { $row } to druga deklaracja wiersza rachunku z { $date }. Proszę zapytać ubezpieczyciela, czy zapłacono dwa razy.
match-paid = Za ten rachunek ubezpieczyciel zwrócił { $reimbursed }, a { $er } poszło na udział własny. Rachunek wynosi { $total }: do tej pory kosztuje Państwa { $net }.
match-paid-more = Za wiersze jeszcze nierozpatrzone, na kwotę { $amount }, pieniądze mogą jeszcze wrócić.

## Listy stawek hosta (issue 29)
page-loaded-heading = Listy stawek na tej stronie
page-loaded-none = Ta strona nie wczytała listy stawek NZa ani ubezpieczyciela zdrowotnego. NotaWijzer używa tylko tabeli powyżej.
page-loaded-intro = Ta strona wczytała te listy tak, jak opublikowała je NZa lub ubezpieczyciel. Stawka maksymalna z listy NZa ma pierwszeństwo przed tabelą powyżej.
page-loaded-column = { $column ->
        [year] Rok
        [kind] Rodzaj listy
        [source] Źródło
        [decision] Decyzja
        [imported] Umieszczona na tej stronie
       *[rows] Wiersze
    }
page-loaded-nza = Lista stawek NZa (stawki maksymalne)
page-loaded-payout = Ile { $insurer } zwraca najwyżej bez umowy
page-loaded-differences = Tutaj wczytana lista NZa różni się od wbudowanej tabeli. NotaWijzer używa wczytanej listy.
page-loaded-differs = { $code } w { $year }: wbudowana { $built }, wczytana lista { $loaded }.
payment-payout = Według listy Twojego ubezpieczyciela zwraca on za ten rachunek najwyżej { $back } (po Twoim eigen risico). Płacisz więc sam co najmniej { $least }. Źródło: { $lists }.
payment-payout-line = wiersz { $line } ({ $code })
payment-payout-missing = Nie ma na tej liście: { $lines }.
payment-payout-missing-percent = Dla nich NotaWijzer liczy z procentem Twojej polisy.
payment-payout-missing-unknown = Ile za nie odzyskasz, NotaWijzer nie wie. Jeśli wpiszesz procent swojej polisy, NotaWijzer policzy z nim. Źródło: { $lists }.
payment-payout-no-list = Ta strona nie ma listy { $insurer } na rok { $year }.
view-insurer-label = Twój ubezpieczyciel zdrowotny
view-insurer-hint = Ta strona ma listę tego, ile ci ubezpieczyciele zwracają najwyżej: { $list }. Puste: NotaWijzer liczy z procentem Twojej polisy.
view-insurer-unknown = Ta strona nie ma listy tego ubezpieczyciela. Wybierz z: { $list }.
view-insurer-portal = Twój ubezpieczyciel przekazał: { $insurer }.
