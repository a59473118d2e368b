### NotaWijzer — Nederlands (de bron van alle andere talen)
### reviewed: yes
#
# Elke zin die NotaWijzer toont staat hier, als één bericht met benoemde waarden ({ $bedrag }).
# Namen die beginnen met "app-" zijn de woorden van de pagina zelf (in de eerste download);
# de andere zijn de zinnen over de nota. Zie messages/README.md.

## Eenheden (format.rs)
unit-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weken
}
unit-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}
unit-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
# $from en $to zijn geschreven getallen ("3.000"); $count is $to als cijfers, voor het meervoud
unit-minutes-band = { $count ->
    [one] { $from } tot { $to } minuut
   *[other] { $from } tot { $to } minuten
}
unit-minutes-or-more = { $count ->
    [one] { $from } minuut of meer
   *[other] { $from } minuten of meer
}

## Een regel van het zorgprestatiemodel (explain/prestatie.rs)
# $date is de datum ("dinsdag 1 december 2026") of "none"; $who is een beroep ("een arts") of "none".
profession = { $profession ->
    [arts] een arts
    [specialist] een medisch specialist, zoals een psychiater
    [gz] een gezondheidszorgpsycholoog
    [klinisch] een klinisch psycholoog
    [psychotherapeut] een psychotherapeut
    [vs] een verpleegkundig specialist ggz
    [verpleegkundige] een verpleegkundige
   *[overig] een andere zorgverlener, zoals een ggz-agoog of vaktherapeut
}
setting = { $setting ->
    [1] ambulant, in een praktijk (kwaliteitsstatuut sectie II)
    [2] ambulant, bij een instelling met één soort behandelaar (kwaliteitsstatuut sectie III, monodisciplinair)
    [3] ambulant, bij een instelling met een team van verschillende behandelaars (kwaliteitsstatuut sectie III, multidisciplinair)
    [4] outreachend: de behandelaar kwam naar u toe
    [5] in de kliniek (opname)
    [6] forensische of beveiligde zorg, in de kliniek
    [7] forensische of beveiligde zorg, niet in de kliniek
    [8] hoogspecialistische ggz
   *[other] een setting die NotaWijzer niet kent
}
prestatie-credit = Deze regel is een creditering: een correctie die de nota lager maakt. Er gaat { $amount } af. Hij verbetert deze eerdere regel:
prestatie-consult = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } had u { $kind ->
        [diagnostiek] een consult voor onderzoek (diagnostiek): uitzoeken wat er aan de hand is
        [behandeling] een consult voor uw behandeling
       *[other] een consult: een gesprek
    }{ $who ->
        [none] {""}
       *[other] {" "}met { $who }
    }.
prestatie-group = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } had u een groepsconsult{ $who ->
        [none] {""}
       *[other] {" "}met { $who }
    }{ $size ->
        [none] {""}
       *[other] , in een groep van { $size } patiënten
    }. Een groepsconsult wordt per patiënt betaald, per blok van 30 minuten.
prestatie-stay = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } was u opgenomen in de kliniek: een dag en de nacht erna (verblijfsdag). De gesprekken met uw behandelaar staan op aparte regels.
prestatie-surcharge = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } rekende uw zorgaanbieder een toeslag: een bedrag bovenop een consult, bijvoorbeeld voor reistijd of een tolk.
prestatie-surcharge-consult = Deze toeslag hoort bij het consult van { $date }.
prestatie-surcharge-alone = NotaWijzer vindt op deze nota geen consult op dezelfde dag.
prestatie-other = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    }: „{ $description }”. Dit is een andere prestatie dan een gesprek met u, zoals overleg tussen behandelaars, een verslag of een behandeling als ECT.
prestatie-non-insured = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } kreeg u zorg die niet in het basispakket zit{ $who ->
        [none] {""}
       *[other] {" "}met { $who }
    }. Die betaalt u zelf, of uw aanvullende verzekering als die het vergoedt.
# $from en $to: minuten; $to is "none" voor de langste duur
prestatie-duration = Het gesprek was gepland op { $to ->
        [none] { $from } minuten of langer
       *[other] { $from } tot { $to } minuten
    } („vanaf { $from } minuten”). U betaalt voor de geplande tijd, behalve als het gesprek meer dan 15 minuten korter of langer duurde.
prestatie-setting = Waar: { $setting }.
prestatie-cost = Dit kost { $amount }.
prestatie-code = { $code } is de prestatiecode: de code van de NZa voor deze soort zorg.
prestatie-tariff = Het maximumtarief van de NZa voor deze code in { $year } is { $amount } (bron: { $source }).
prestatie-tariff-cbb = Let op: de rechter (CBB, 22 augustus 2024) heeft de NZa opgedragen de tarieven van 2022 en 2023 opnieuw vast te stellen. NotaWijzer vond nog geen nieuwe bedragen (bron: { $url }).
prestatie-tariff-unknown = NotaWijzer kent het maximumtarief van { $code } in { $year } niet, en gokt er niet naar.
prestatie-tariff-earlier = Ter informatie: in { $last } was het maximum { $amount }. Dat zegt niets over { $year }: elk jaar heeft een eigen maximum. Het tarief van { $year } staat in de tariefbeschikking van de NZa ({ $url }).
prestatie-tariff-undated = Zonder datum kan NotaWijzer het maximumtarief van { $code } niet opzoeken.
prestatie-2026-category = Sinds 2026 declareert { $role ->
        [orthopedagoog] een orthopedagoog-generalist
       *[pa] een physician assistant
    } in de beroepscategorie van de gz-psycholoog: dezelfde codes en maximumtarieven (bron: { $url }).
prestatie-2026-ov0012 = Sinds 2026 wordt deze zorg buiten het basispakket per 15 minuten gedeclareerd, niet meer per consult (bron: { $url }).
prestatie-quarter-hours = Sinds 2026 staat deze zorg per 15 minuten op de nota. Op deze dag zijn het { $count } regels: samen { $count } × 15 minuten = { $minutes } minuten (bron: { $url }).

## Een regel van een nota van vóór 2022 (explain/lines.rs)
line-consult = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } had u { $kind ->
        [diagnostiek] een consult voor onderzoek (diagnostiek): uw behandelaar zoekt uit wat er aan de hand is
        [behandeling] een consult voor uw behandeling: een gesprek met uw behandelaar
        [farmaco] een consult over uw medicijnen (farmacotherapie)
       *[none] een consult: een gesprek met uw behandelaar
    }{ $form ->
        [individueel] , alleen met u
        [groep] , in een groep met andere patiënten
        [blended] , deels online en deels in een gesprek (blended)
        [outreachend] , waarvoor de behandelaar naar u toe kwam (outreachend)
       *[none] {""}
    }.
line-stay = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } was u opgenomen in de kliniek: een dag en de nacht erna (verblijf).
line-day-treatment = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } was u overdag in de kliniek, zonder daar te slapen (dagbehandeling).
line-activity = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    }: { $activity }.
line-dbc-product = Dit is het DBC-product voor uw hele behandeltraject: de diagnosegroep „{ $group }”, met { $band } behandeltijd.
line-no-show = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    } had u een afspraak die niet doorging: u kwam niet, of u zegde te laat af. Dit is geen zorg uit het basispakket (geen prestatie van de NZa). De zorgaanbieder rekent het zelf, volgens de afspraken in uw behandelovereenkomst. Uw zorgverzekeraar betaalt dit nooit terug, en het telt niet mee voor uw eigen risico. Klopt het niet, bijvoorbeeld omdat u wel op tijd afzegde? Vraag het dan aan uw zorgaanbieder, en vraag naar de afspraken over afzeggen.
line-fee = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    }: „{ $description }”. Dit is geen zorg, maar een kostenpost van de zorgaanbieder zelf (geen prestatie van de NZa). Daarvoor gelden de afspraken in uw behandelovereenkomst. Uw zorgverzekeraar betaalt dit nooit terug, en het telt niet mee voor uw eigen risico. Wist u niet van deze kosten? Vraag uw zorgaanbieder waar ze op staan.
line-other = { $date ->
        [none] Op een dag die niet op de nota staat
       *[other] Op { $date }
    }: „{ $description }”. NotaWijzer kent dit soort regel niet. Vraag uw zorgaanbieder wat het is.
line-cost = Dit kost { $amount }.
line-correction = Dit is een correctie: er gaat { $amount } af.
activity = { $activity ->
    [zorgcoordinatie] zorgcoördinatie: uw hulpverleners stemden uw zorg met elkaar af
    [mdo] overleg van uw behandelaars samen over uw behandeling (MDO, multidisciplinair overleg); u was daar meestal niet bij
    [verslag] verslaglegging: het schrijven van verslagen over uw behandeling, zoals een brief aan uw huisarts
    [ect] ECT: een behandeling van de hersenen met kleine stroomstootjes, onder narcose
    [dbs] DBS: diepe hersenstimulatie, met een klein apparaatje dat zachte stroompjes geeft
    [rtms] rTMS: een behandeling met magnetische pulsen op het hoofd
    [test] testdiagnostiek: psychologische tests, zoals vragenlijsten of opdrachten
    [somatisch] somatisch onderzoek: onderzoek van uw lichaam, zoals uw bloeddruk meten of bloed prikken
   *[screening] screening: een korte check om te zien welke zorg u nodig heeft
}
# $kind: klinisch (opname) of dag (dagbehandeling); $days: "3 dagen"
stay-period-one = { $kind ->
        [dag] Op { $first } had u 1 dag dagbehandeling in de kliniek.
       *[klinisch] Op { $first } was u 1 dag opgenomen in de kliniek.
    } Dat kost { $total }.
stay-period = { $kind ->
        [dag] Van { $first } tot en met { $last } had u { $days } dagbehandeling in de kliniek.
       *[klinisch] Van { $first } tot en met { $last } was u { $days } opgenomen in de kliniek.
    } Samen kost dat { $total }.

## Wat er misging bij het lezen (explain/errors.rs)
position-file = Het bestand
position = Regel { $line }, kolom { $column }
error-with-place = { $place }: { $message }
error-empty = Het bestand is leeg.
error-not-a-nota = Dit lijkt geen zorgnota. NotaWijzer zocht regels met zorg: een datum, een prestatiecode (zoals CO0497) of een soort zorg (zoals een consult), en een bedrag. Zulke regels staan niet in dit bestand. NotaWijzer heeft dus niets gecontroleerd. Is het toch uw nota? Open dan de PDF die u van uw zorgaanbieder kreeg, of kopieer de tekst van de nota zelf en plak die in het tekstvak.
error-not-text = { $what ->
        [pdf] Dit is een PDF-bestand.{" "}
        [image] Dit is een afbeelding.{" "}
        [office] Dit is een Word- of Excel-bestand (of een zip).{" "}
        [rtf] Dit is een opgemaakt tekstbestand (RTF).{" "}
       *[other] {""}
    }NotaWijzer kan alleen gewone tekst lezen. Kopieer de tekst van uw nota en plak die in het tekstvak.
error-file-too-large = Het bestand is te groot ({ $size } MB; het maximum is { $limit } MB). Alleen het begin is gelezen.
error-line-too-long = Deze regel is te lang ({ $chars } tekens; het maximum is { $limit }). De regel is overgeslagen.
error-too-many-lines = Het bestand heeft meer dan { $limit } regels. De regels daarna zijn niet gelezen.
error-too-many-notas = Het bestand heeft meer dan { $limit } nota's. De nota's daarna zijn niet gelezen.
error-too-many-items = Deze nota heeft meer dan { $limit } regels met bedragen. De regels daarna zijn niet gelezen.
error-too-many-files = U kunt tot { $limit } bestanden tegelijk openen. Dit bestand is niet gelezen.
error-too-large-to-add = De bedragen van deze nota zijn samen te groot om precies op te tellen.
error-not-understood = NotaWijzer begrijpt deze regel niet: „{ $text }”. De rest van de nota is wel gelezen.
error-missing-date = Op deze regel staat geen datum. NotaWijzer telt het bedrag mee, maar kan niet zeggen wanneer de zorg was.
error-missing-code = Op deze regel staat een bedrag, maar geen prestatiecode (zoals CO0497). NotaWijzer telt het bedrag mee, maar weet niet wat voor zorg het is. Vraag het uw zorgaanbieder.
error-missing-amount = Hier hoort een bedrag te staan, zoals € 100,00, maar er staat niets.
# De voorbeelden van bedragen zijn Nederlands geschreven, zoals op de nota.
error-bad-amount = NotaWijzer kan het bedrag „{ $text }” niet lezen. { $why ->
        [dot] In het Nederlands scheidt de punt duizendtallen en de komma de centen. Bedoelt u centen? Schrijf dan bijvoorbeeld 100,50.
        [decimals] Na de komma horen hoogstens twee cijfers (de centen).
        [grouping] De punten staan niet op de goede plaats: een punt staat steeds voor drie cijfers, zoals in 1.300.
        [large] Dit bedrag is groter dan een nota kan hebben (meer dan € 99.999.999,99).
       *[other] Schrijf een bedrag zoals € 100 of € 1.300,50.
    }
error-bad-date = { $why ->
        [no-day] De datum „{ $text }” bestaat niet.
        [year] Het jaar in „{ $text }” klopt niet.
        [no-year] Bij „{ $text }” staat geen jaar, en de nota noemt geen maand (zoals „Declaratie februari 2017”) om het jaar uit te halen.
       *[unreadable] NotaWijzer kan de datum „{ $text }” niet lezen. Schrijf bijvoorbeeld 15-2-2017.
    }
error-bad-month = NotaWijzer herkent de maand niet in „{ $text }”. Schrijf bijvoorbeeld: Declaratie februari 2017.
error-bad-sequence = Het volgnummer „{ $text }” is geen heel getal.
error-duplicate-header = „{ $key }” staat twee keer op de nota, met een andere waarde. NotaWijzer gebruikt de eerste.
error-json-ends-early = Dit JSON-bestand houdt te vroeg op: er ontbreekt iets aan het einde, zoals een haakje. NotaWijzer kon het niet lezen.
error-json-syntax = Dit JSON-bestand is niet goed opgebouwd: hier staat een teken dat er niet hoort, of er ontbreekt een komma, haakje of aanhalingsteken. Vanaf hier kon NotaWijzer niets lezen.
error-json-field = Het veld „{ $field }” moet { $what ->
        [amount] een bedrag met een punt en hoogstens twee decimalen, zoals "100.00"
        [date] een datum, zoals "2017-02-15"
        [month] een maand, zoals "2017-02"
        [minutes] een band van minuten, zoals "3000-5999"
        [whole] een heel getal
        [boolean] true of false
        [cluster] een clusternummer of -naam
        [object] een object {"{"} … {"}"}
        [array] een lijst [ … ]
       *[text] tekst
    } zijn. Dit veld is overgeslagen.
error-json-unknown-field = NotaWijzer kent het veld „{ $field }” niet en heeft het overgeslagen.

## Bevindingen (explain/findings.rs); zonder medische details in de brief
finding-cluster-conflict = Het nummer en de naam van het zorgcluster passen niet bij elkaar: cluster { $number } heet „{ $name }”, maar de naam op de nota hoort bij cluster { $other }. NotaWijzer gaat uit van het nummer.
finding-unknown-zvt = NotaWijzer kent het zorgvraagtype „{ $text }” niet. Er zijn 20 zorgvraagtypes, met de nummers 1 tot en met 21 (nummer 9 bestaat niet).
finding-unknown-cluster = NotaWijzer kent het zorgcluster „{ $text }” niet. Er zijn 21 zorgclusters, met de nummers 0 tot en met 21 (nummer 9 bestaat niet).
finding-review-beyond = De reviewdatum op de nota ({ $stated }) is later dan mag. Bij cluster { $cluster } moet de review binnen { $interval } na de start van de zorg. Dat is uiterlijk { $latest }.
finding-total-mismatch = Het totaal op de nota ({ $stated }) is niet gelijk aan de regels bij elkaar opgeteld ({ $lines }). Het verschil is { $difference }.
finding-duplicate = Regel { $line } staat er twee keer op: dezelfde omschrijving, datum en hetzelfde bedrag als regel { $first }. Is dit echt twee keer gebeurd?
finding-outside-month = De datum op regel { $line } ({ $date }) valt niet in { $month }, de maand van deze nota.
finding-before-trajectory = De datum op regel { $line } ({ $date }) ligt vóór de start van uw behandeltraject op { $start }.
finding-after-trajectory = De datum op regel { $line } ({ $date }) ligt na het einde van uw behandeltraject op { $end }.
finding-outside-trajectory = De datum op regel { $line } ({ $date }) valt buiten uw behandeltraject.
# $kind: zvt (zorgvraagtype opnieuw bepalen) of review; $on: de laatste dag van zorg, of "none"
finding-review-overdue = { $kind ->
        [zvt] Uw zorgvraagtype had uiterlijk { $due } opnieuw bepaald moeten worden: dat moet minstens één keer per jaar.
       *[review] Uw zorg had uiterlijk { $due } opnieuw bekeken moeten worden (review).
    } { $on ->
        [none] Die datum is { $days } geleden voorbij.
       *[other] Op de laatste dag van zorg op deze nota ({ $on }) was die datum { $days } voorbij.
    }{ $kind ->
        [zvt] {" "}NotaWijzer kan niet zien of dat gebeurd is. Vraag het uw behandelaar.
       *[review] {""}
    }
finding-review-beyond-letter = De reviewdatum op de nota ({ $stated }) lijkt later dan de regels toestaan: uiterlijk { $latest }.
finding-unclear-zvt = Het zorgvraagtype op de nota is niet duidelijk.
finding-unclear-cluster = Het zorgcluster op de nota is niet duidelijk.
finding-after-invoice = De datum op regel { $line } ({ $date }) ligt na de datum van de nota ({ $invoice }). Zorg die nog niet gegeven was, hoort niet op de nota.
finding-surcharge-alone = { $date ->
        [none] Regel { $line } is een toeslag zonder datum, dus NotaWijzer kan het consult waar die bij hoort niet vinden. Een toeslag hoort altijd bij een consult.
       *[other] Regel { $line } is een toeslag, maar op deze nota staat geen consult op dezelfde dag ({ $date }). Een toeslag hoort altijd bij een consult. Misschien staat dat consult op een andere nota. Vraag het anders na.
    }
finding-non-insured = Regel { $line } is zorg buiten het basispakket ({ $amount }). Dat is geen fout: deze zorg betaalt u zelf, of uw aanvullende verzekering als die het vergoedt. Twijfelt u? Vraag het uw zorgverzekeraar.
finding-quarter-hours = { $count ->
        [one] Regel { $first } ({ $date }) is een kwartier zorg buiten het basispakket (OV0012). Sinds 2026 wordt die per 15 minuten gedeclareerd: 1 × 15 minuten (bron: { $url }).
       *[other] Regels { $first } tot en met { $last } ({ $date }) zijn samen één gesprek: { $count } × 15 minuten = { $minutes } minuten, samen { $amount }. Sinds 2026 wordt zorg buiten het basispakket (OV0012) per 15 minuten gedeclareerd: dezelfde regel staat er dus niet dubbel op. Deze zorg betaalt u zelf, of uw aanvullende verzekering als die het vergoedt (bron: { $url }).
    }
finding-privacy = Op deze nota staan geen diagnose en geen zorgvraagtype, omdat u daarvoor een privacyverklaring heeft getekend. Dat mag. Het zorgvraagtype verandert de prijs niet (bron: { $url }).
finding-code-description = Op regel { $line } past de omschrijving niet bij de code. Code { $code } is { $coded }, maar de omschrijving noemt { $described }. De code bepaalt het tarief. Vraag uw zorgaanbieder welke van de twee klopt.
finding-quantity = Op regel { $line } staat { $quantity } keer { $price }, maar het bedrag is { $amount }. Dat klopt niet. Vraag uw zorgaanbieder welk bedrag juist is.
# "een consult voor behandeling van 45 minuten met een gezondheidszorgpsycholoog"
consult-words = een consult{ $kind ->
        [diagnostiek] {" "}voor onderzoek (diagnostiek)
        [behandeling] {" "}voor behandeling
       *[other] {""}
    }{ $minutes ->
        [none] {""}
       *[other] {" "}van { $minutes } minuten
    }{ $who ->
        [none] {""}
       *[other] {" "}met { $who }
    }
# $code: "CO0497", of "none" in de brief (daar staat de code niet)
finding-above-max-contract = Het bedrag op regel { $line } ({ $amount }) is hoger dan het maximumtarief van de NZa voor { $code ->
        [none] deze code
       *[other] code { $code }
    } in { $year } ({ $max }). Dat mag alleen als uw zorgaanbieder er een schriftelijke afspraak over heeft met uw zorgverzekeraar: dan mag het tot 10% hoger zijn (hier tot { $limit }). Vraag of die afspraak er is.
finding-above-max = Het bedrag op regel { $line } ({ $amount }) is { $percent }% hoger dan het maximumtarief van de NZa voor { $code ->
        [none] deze code
       *[other] code { $code }
    } in { $year } ({ $max }). Ook met een schriftelijke afspraak met uw zorgverzekeraar mag het hoogstens 10% hoger zijn ({ $limit }). Dit lijkt te veel: vraag uw zorgaanbieder of zorgverzekeraar om uitleg.

## De vergelijking met het DBC-model (explain/estimate.rs)
estimate-zpm = Met het zorgprestatiemodel kostte uw behandeltraject tot nu toe { $total }.
estimate-zpm-span = Met het zorgprestatiemodel kostte uw behandeltraject tot nu toe { $total } (zorg van { $first } tot en met { $last }).
estimate-dbc = Met het oude DBC-model zou hetzelfde traject naar schatting { $total } kosten: het product { $product }, tegen het maximumtarief van { $year }.
estimate-difference = { $how ->
        [same] Dat is met beide modellen hetzelfde bedrag.
        [less] Met het zorgprestatiemodel is dat tot nu toe { $difference } minder.
       *[more] Met het zorgprestatiemodel is dat tot nu toe { $difference } meer.
    }
estimate-monthly = Het DBC-model stuurde één rekening voor het hele traject: aan het einde, of na 365 dagen. Het zorgprestatiemodel stuurt elke maand een nota. U ziet de kosten nu dus eerder en in delen, en het bedrag hierboven groeit nog zolang uw behandeling doorgaat.
estimate-basis-gbggz = Uw nota noemt het basis-ggz-profiel „{ $profile }”. In het DBC-model hoorde daarbij het product { $product } (tot { $max } minuten). NotaWijzer gebruikt het tarief van 2021, het laatste jaar van het DBC-model (bron: psychologenweerdsingel.nl). Stopt de zorg na hoogstens 120 minuten, dan was het een onvolledig behandeltraject geweest (€ 228,04 in 2021).
estimate-basis-specialist = In het DBC-model hing de prijs af van de diagnosegroep en van het aantal minuten behandeltijd. De consulten op uw nota's duren samen { $minutes } minuten: de tijd van de gesprekken zelf. Het DBC-model telde ook indirecte tijd mee, zoals verslagen en overleg, dus het echte product kan hoger uitkomen. Tarieven: de maximumtarieven 2018 van de NZa (bron: cuserhuis.nl); latere tarieven per product heeft NotaWijzer niet.
estimate-indirect = Met de normtijd van het zorgprestatiemodel voor indirecte tijd komen er { $minutes } minuten bij. Dan wordt het product { $product }: { $price ->
        [none] een bedrag dat NotaWijzer niet kent
       *[other] { $price }
    }.
estimate-none-profile = Voor een schatting van het DBC-bedrag is het basis-ggz-profiel (kort, middel, intensief of chronisch) of de hoofddiagnose nodig. Die staan niet op deze nota, bijvoorbeeld omdat u een privacyverklaring hebt getekend. Daarom maakt NotaWijzer geen schatting.
estimate-none-group = NotaWijzer kan de diagnose „{ $diagnosis }” niet koppelen aan een productgroep van het DBC-model. Daarom maakt NotaWijzer geen schatting.
estimate-none-insured = Zorg voor „{ $diagnosis }” zat in het DBC-model niet in het basispakket. Een vergelijking van bedragen zegt daarom weinig, en NotaWijzer maakt geen schatting.
estimate-none-table = Bij deze zorg hoort in het DBC-model het product { $product }. Dat staat niet in de tarieventabel van 2018 die NotaWijzer heeft (die is niet volledig). NotaWijzer verzint geen bedrag, en maakt dus geen schatting.
estimate-year-share = { $most ->
        [none] { $year }: { $amount } telt mee; het eigen risico van { $year } kent NotaWijzer niet.
       *[other] { $year }: { $amount } telt mee; daarvan betaalt u zelf hoogstens { $most }.
    }
estimate-er-zpm = Eigen risico met het zorgprestatiemodel: elke prestatie telt mee voor het eigen risico van het jaar waarin u de zorg kreeg (€ 385 per jaar). Zorg buiten het basispakket telt niet mee.
estimate-er-dbc = Met het DBC-model telde het hele traject één keer mee, in het jaar waarin het begon ({ $year }): hoogstens { $amount }.
estimate-er-new-year = Uw traject loopt over de jaarwisseling. Met het zorgprestatiemodel kunt u daardoor tot { $extra } meer eigen risico betalen dan met het DBC-model.
estimate-er-one-year = Uw traject valt tot nu toe in één jaar: met beide modellen telt het mee voor het eigen risico van dat ene jaar.
estimate-er-under-18 = Volgens de geboortedatum op de nota was u jonger dan 18 jaar. Wie jonger is dan 18, betaalt geen eigen risico.
estimate-er-other-care = Hoeveel u echt betaalt, hangt af van andere zorg die u dat jaar kreeg: dan kan het eigen risico al (deels) op zijn. Dat kan NotaWijzer niet zien.

## Wat betaalt u? (explain/payment.rs)
payment-reason = { $reason ->
        [no-show] een afspraak die niet doorging
        [fee] een kostenpost van de zorgaanbieder zelf
       *[non-insured] zorg buiten het basispakket
    }
payment-now = U betaalt nu { $pay }. Daarvan is { $insured } verzekerde zorg.
# als een deel van de nota al betaald is: $pay is wat nog openstaat, $total de hele nota
payment-now-part = U betaalt nu { $pay }. Van de hele nota ({ $total }) is { $insured } verzekerde zorg.
payment-now-uninsured = U betaalt nu { $pay }. Op deze nota staat niets wat uw basisverzekering vergoedt. Een contract van uw zorgaanbieder of het percentage in uw polis verandert daar niets aan. Misschien vergoedt uw aanvullende verzekering of uw werkgever het: vraag het hun.
payment-never = Regel { $line } ({ $amount }) betaalt uw zorgverzekeraar nooit terug: dit is { $reason }.
payment-er-unknown = Het eigen risico van { $year } is nog niet bekend.
eigen-risico-budget = Voor { $year } rekent NotaWijzer met een eigen risico van { $amount }: het bedrag uit de begroting voor { $year } (Prinsjesdag 2026). Een pagina van de overheid die het bevestigt, zag NotaWijzer nog niet (bron: { $url }).
payment-er-under-18 = U was jonger dan 18: u heeft in { $year } geen eigen risico.
# $given: yes als de patiënt invulde hoeveel eigen risico al betaald is
payment-er-share = { $given ->
        [yes] { $year }: van de verzekerde zorg op deze nota valt { $amount } onder uw eigen risico. Dat betaalt u zelf.
       *[no] { $year }: van de verzekerde zorg op deze nota valt { $amount } onder uw eigen risico, als u dit jaar nog geen eigen risico betaalde. Hoeveel u al betaalde, ziet u op de website of in de app van uw zorgverzekeraar.
    }
payment-policy = Heeft uw zorgaanbieder geen contract met uw zorgverzekeraar, en vergoedt uw polis { $percent } %? Dan betaalt uw verzekeraar u hoogstens { $back } terug. U betaalt dus minstens { $least } zelf.
payment-policy-most = Dit is het meeste. Uw verzekeraar betaalt ook niet meer dan dat percentage van zijn eigen gemiddelde tarief met contract, en dat tarief kent NotaWijzer niet. Sommige verzekeraars zetten hun hoogste vergoeding per prestatiecode op hun website.
payment-policy-unknown = NotaWijzer kan niet uitrekenen wat uw verzekeraar terugbetaalt: het eigen risico van een jaar op deze nota is nog niet bekend.
payment-policy-ask = Heeft uw zorgaanbieder geen contract met uw zorgverzekeraar? Dan betaalt uw verzekeraar een deel terug: het percentage dat in uw polis staat, bij 'niet-gecontracteerde zorg'. In 2026 is dat meestal 60 % tot 85 % (bron: { $source }). Met dat percentage rekent NotaWijzer uit wat u hoogstens terugkrijgt.
payment-hinderpaal = Er is geen wettelijk minimum voor dat percentage. De regel is dat de vergoeding niet zo laag mag zijn dat die u tegenhoudt om naar deze zorgaanbieder te gaan (het hinderpaalcriterium, artikel 13 Zorgverzekeringswet; Hoge Raad: { $source }). Sommige verzekeraars willen dat u vooraf toestemming vraagt.
payment-contracted = Heeft uw zorgaanbieder wel een contract met uw verzekeraar? Dan stuurt hij de nota naar uw verzekeraar, en betaalt u alleen uw eigen risico. Krijgt u dan toch zelf een nota, vraag dan waarom.
letter-never-line = regel { $line } ({ $amount }: { $reason })
letter-never = Deze regels betaalt mijn zorgverzekeraar nooit terug: { $lines }. Klopt het dat ik die zelf betaal?

## Het overzicht (explain/overview.rs)
# $first en $last: de eerste en laatste dag van zorg ("none": niet bekend; $last "none": één dag)
overview-month-total-zpm = Deze nota vraagt { $amount }{ $first ->
        [none] {""}
       *[other] {" "}voor zorg { $last ->
            [none] op { $first }
           *[other] van { $first } tot en met { $last }
        }
    }.
# $kind: dbc (de DBC-nota van de proef) of pilot (een maandnota van de proef)
overview-month-total = { $kind ->
        [dbc] Deze DBC-nota vraagt { $amount } voor het hele behandeltraject.
       *[pilot] Deze nota vraagt { $amount }{ $month ->
            [none] {""}
           *[other] {" "}voor { $month }
        }.
    }
overview-still-to-pay = { $paid ->
        [none] Nog te betalen { $balance }.
       *[other] Nog te betalen { $balance }, { $paid } is al betaald.
    }
overview-for-zpm = { $first ->
        [none] nota { $number }
       *[other] voor zorg { $last ->
            [none] op { $first }
           *[other] van { $first } tot en met { $last }
        }{ $number ->
            [none] {""}
           *[other] {" "}(nota { $number })
        }
    }
overview-for = { $kind ->
        [dbc] voor het hele behandeltraject (DBC){ $sequence ->
            [none] {""}
           *[other] {" "}(volgnummer { $sequence })
        }
       *[pilot] { $month ->
            [none] (volgnummer { $sequence })
           *[other] voor { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(volgnummer { $sequence })
            }
        }
    }
overview-cumulative = { $until ->
        [none] Uw behandeltraject heeft tot nu toe { $total } gekost: { $before } eerder en { $now } met deze nota.
       *[other] Uw behandeltraject heeft tot en met { $until } in totaal { $total } gekost: { $before } eerder en { $now } met deze nota.
    }
overview-cumulative-unknown = De nota zegt niet wat er eerder voor dit traject is gedeclareerd. Met deze nota is het traject tot nu toe minstens { $total }.
overview-findings = { $count ->
        [0] NotaWijzer vond niets wat niet lijkt te kloppen.
        [one] NotaWijzer vond { $count } punt om na te vragen.
       *[other] NotaWijzer vond { $count } punten om na te vragen.
    }

## Zorgclusters en zorgvraagtypes (de namen: clusters.rs; zie de noot over werkvertalingen)
cluster-name = { $number ->
    [0] Niet te clusteren zorgvraag
    [1] Psychische aandoening licht
    [2] Psychische aandoening licht, grotere zorgbehoefte
    [3] Psychische aandoening matig
    [4] Psychische aandoening ernstig
    [5] Psychische aandoening zeer ernstig
    [6] Aandoening met overwaardige ideeën
    [7] Aanhoudende aandoening, hoge beperkingen
    [8] Chaotische en uitdagende aandoening
    [10] Eerste psychotische episode
    [11] Aanhoudende/terugkerende psychose, weinig symptomen
    [12] Aanhoudende/terugkerende psychose, hoge beperkingen
    [13] Aanhoudende/terugkerende psychose, veel symptomen en hoge beperkingen
    [14] Psychotische crisis
    [15] Ernstige psychotische depressie
    [16] Dubbele diagnose (middelen en psychische aandoening)
    [17] Psychose of affectieve aandoening, moeilijk te betrekken
    [18] Cognitieve beperking, lage zorgbehoefte
    [19] Cognitieve beperking of dementie, matige zorgbehoefte
    [20] Cognitieve beperking of dementie, hoge zorgbehoefte
   *[21] Cognitieve beperking of dementie, hoge lichamelijke zorgbehoefte
}
cluster-group = { $group ->
    [Ia] Licht/matig/ernstig
    [Ib] Zeer ernstig/complex/aanhoudend
    [IIa] Eerste episode
    [IIb] Aanhoudend/terugkerend
    [IIc] Acute episode
    [IId] Instabiele levensstijl
    [IIIa] Cognitieve beperking
   *[none] Niet te clusteren zorgvraag
}
cluster-super = { $numeral ->
    [I] Zorgvraag zonder verontrustende psychotische symptomen of wanen
    [II] Zorgvraag met verontrustende psychotische symptomen of wanen
    [III] Zorgvraag rondom neurocognitieve problematiek
   *[none] Niet te clusteren zorgvraag
}
cluster-sentence = Uw zorgcluster is { $number }: { $name }. Het hoort bij groep { $group } ({ $groupname }), in supercluster { $numeral } ({ $supername }).
cluster-sentence-apart = Uw zorgcluster is { $number }: { $name }. Dit cluster staat apart van de drie superclusters.
cluster-indicative = Hoe lang de zorg in dit cluster meestal duurt: { $value }.
cluster-indicative-months = { $from } tot { $to } maanden
cluster-indicative-unknown = niet bekend (de NZa heeft dit alleen voor cluster 3 gepubliceerd)
# $interval: "6 maanden"
cluster-review-interval = Uw zorg in dit cluster moet minstens elke { $interval } opnieuw bekeken worden (review).
cluster-working-names = Alleen de naam „Psychische aandoening ernstig” (cluster 4) komt uit een nota van de NZa. De andere Nederlandse namen zijn werkvertalingen van NotaWijzer uit de Engelse namen.
zvt-sentence = Uw zorgvraagtype is { $number }: „{ $name }”. Het zorgvraagtype beschrijft hoe zwaar en ingewikkeld uw zorgvraag is. Het is de opvolger van het zorgcluster uit de proef van 2017 en heeft dezelfde nummers. Het zorgvraagtype bepaalt niet de prijs: die hangt af van de prestaties op de nota.
zvt-review-note = Uw behandelaar bepaalt het zorgvraagtype minstens één keer per jaar opnieuw. De officiële termijnen per zorgvraagtype zijn niet openbaar in een vorm die NotaWijzer kan controleren. Daarom rekent NotaWijzer met één jaar na de start van uw zorgtraject, en daarna elk jaar.
zvt-names-note = De officiële Nederlandse namen van de zorgvraagtypes zijn niet openbaar in een vorm die NotaWijzer kan controleren. De namen hier zijn werkvertalingen van NotaWijzer uit de Engelse namen van het model waar het zorgvraagtype van afstamt.

## De review (explain/overview.rs); $kind: zvt (zorgprestatiemodel) of review (proef)
review-none = { $kind ->
        [zvt] De nota noemt geen startdatum van het zorgtraject, dus NotaWijzer kan niet uitrekenen wanneer het zorgvraagtype opnieuw bepaald moet worden.
       *[review] De nota noemt geen reviewdatum, en NotaWijzer kan die niet uitrekenen zonder zorgcluster en startdatum.
    }
# $stated: yes als de datum op de nota staat
review-due = { $kind ->
        [zvt] { $stated ->
            [yes] Volgens de nota wordt uw zorgvraagtype uiterlijk op { $date } opnieuw bepaald.
           *[no] Uw zorgvraagtype moet uiterlijk op { $date } opnieuw bepaald worden.
        }
       *[review] { $stated ->
            [yes] Volgens de nota moet de review uiterlijk op { $date } zijn.
           *[no] De nota noemt geen reviewdatum. Volgens de regels voor dit cluster is dat uiterlijk { $date }.
        }
    }
review-on-ahead = Op de laatste dag van zorg op deze nota ({ $on }) was die datum nog niet voorbij.
review-on-passed = Op de laatste dag van zorg op deze nota ({ $on }) was die datum { $days } voorbij.
review-today = Dat is vandaag.
review-ahead = Dat is over { $days }.
review-passed = Die datum is { $days } geleden voorbij.
review-not-needed = Een review is niet meer nodig: uw zorg stopte op { $ended }, voor die datum.
review-label-in-time = op tijd voor deze nota
review-label-late = { $days } te laat voor deze nota
review-label-unknown = onbekend
review-label-today = vandaag
review-label-left = nog { $days }
review-label-passed = { $days } verlopen
review-label-not-needed = niet meer nodig

## De vergelijking van de proef met de DBC-nota (explain/overview.rs)
comparison-totals = { $until ->
        [none] Met het zorgclustermodel kostte uw behandeltraject { $cluster }.
       *[other] Met het zorgclustermodel kostte uw behandeltraject tot en met { $until } { $cluster }.
    } Met het oude DBC-model kost hetzelfde traject { $dbc }.
comparison-difference = { $how ->
        [same] Dat is precies hetzelfde bedrag.
        [less] Met het zorgclustermodel betaalde uw verzekeraar dus { $difference } minder.
       *[more] Met het zorgclustermodel betaalde uw verzekeraar dus { $difference } meer.
    }
comparison-why = Waarom verschilt dat? Bij het DBC-model betaalt uw verzekeraar één bedrag voor het hele traject. Dat bedrag hangt af van de diagnosegroep („{ $group }”) en van hoeveel minuten er aan uw behandeling is besteed ({ $minutes }). De dagen in de kliniek komen erbij. Die nota komt pas aan het einde van het traject. Bij het zorgclustermodel komt er elke maand een nota voor wat er die maand is gedaan.
comparison-why-short = Waarom verschilt dat? Bij het DBC-model betaalt uw verzekeraar één bedrag voor het hele traject, plus de dagen in de kliniek, en die nota komt pas aan het einde. Bij het zorgclustermodel komt er elke maand een nota.
comparison-stay = In het DBC-bedrag zitten { $days } in de kliniek ({ $amount }).
comparison-maximum = Ter vergelijking: het maximumtarief 2018 van de NZa voor dit DBC-product was { $amount }.
comparison-incomplete = Let op: de zorgclusternota loopt nog niet tot het einde van het DBC-traject. De vergelijking is dus nog niet compleet.
# $estimate: yes voor een schatting (zorgprestatiemodel)
comparison-glance = { $how ->
        [same] Evenveel als met het DBC-model ({ $estimate ->
            [yes] schatting: { $dbc }
           *[no] { $dbc }
        }).
        [less] { $estimate ->
            [yes] Tot nu toe { $difference } minder dan met het DBC-model (schatting: { $dbc }).
           *[no] { $difference } minder dan met het DBC-model ({ $dbc }).
        }
       *[more] { $estimate ->
            [yes] Tot nu toe { $difference } meer dan met het DBC-model (schatting: { $dbc }).
           *[no] { $difference } meer dan met het DBC-model ({ $dbc }).
        }
    }
comparison-none = Voor een vergelijking met het oude DBC-model is ook de DBC-nota van hetzelfde traject nodig. Open die samen met deze nota. NotaWijzer rekent geen DBC-bedrag uit zonder die nota: de tarieven zijn niet volledig openbaar.

## Wie kunt u vragen? (rijksoverheid.nl, NZa-meldpunt)
ask-insurer = Vraag het eerst aan uw zorgverzekeraar. Die kan de nota nakijken en vertelt u wat er mee is gedaan.
ask-provider = Kreeg u de nota rechtstreeks van uw zorgaanbieder (de praktijk of instelling)? Vraag het dan eerst aan uw zorgaanbieder.
ask-nza = Komt u er samen niet uit? Meld het bij de Nederlandse Zorgautoriteit (NZa): www.nza.nl/contact/meldpunt, of bel 088 770 8 770 (op werkdagen van 9 tot 17 uur).
ask-never-send = Stuur nooit uw BSN, rekeningnummer of medische gegevens mee als u een vraag stelt.

## De brief aan de zorgverzekeraar (altijd in het Nederlands verstuurd; de vertaling staat ernaast)
letter-greeting = Geachte heer, mevrouw,
# $number: het notanummer (zorgprestatiemodel); anders $month en $sequence; "none" als het er niet is
letter-question = Ik heb een vraag over { $number ->
        [none] { $month ->
            [none] { $sequence ->
                [none] mijn nota
               *[other] de nota met volgnummer { $sequence }
            }
           *[other] de nota over { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(volgnummer { $sequence })
            }
        }
       *[other] nota { $number }
    }{ $dbc ->
        [yes] {" "}(DBC)
       *[no] {""}
    }. Het gaat om het volgende:
letter-more = en nog { $count } punten zoals deze.
letter-closing =
    Wilt u dit voor mij nakijken en mij laten weten wat er klopt?

    Met vriendelijke groet,

## Vergelijking met het DBC-model: tabel en grafieken (compare.rs)
compare-er-heading = Eigen risico
compare-no-estimate = NotaWijzer kan niet schatten wat het DBC-model zou kosten: zie de vergelijking.
compare-er-under-18 = Eigen risico: onder de 18 betaalt u geen eigen risico.
compare-er-glance = Eigen risico: u betaalt hiervoor hoogstens { $zpm } (met het DBC-model hoogstens { $dbc }).
compare-er-see = Eigen risico: zie de vergelijking.
compare-unknown = onbekend
compare-together = Samen
compare-table-caption = Per kalenderjaar: wat meetelt en wat u hoogstens betaalt
# De zachte afbreekstreepjes (U+00AD) laten een telefoon het lange woord afbreken: zorg-pres-tatie-model.
compare-table-year = Jaar
compare-table-counts = Telt mee (zorg­pres­tatie­model)
compare-table-most = U betaalt hoogstens (zorg­pres­tatie­model)
compare-table-most-dbc = U betaalde hoogstens (DBC-model)
compare-chart-cost = Wat uw traject kost
compare-chart-nota = Nota { $number }: { $amount }
compare-chart-zpm = Zorgprestatiemodel{ $until ->
        [none] {""}
       *[other] {" "}(t/m { $until })
    }: { $amount }
compare-chart-dbc = DBC-model, schatting met het tarief van { $year }: { $amount }
compare-chart-er = Eigen risico dat u hoogstens betaalt
compare-chart-er-zpm = Zorgprestatiemodel: hoogstens { $amount }
compare-chart-er-dbc = DBC-model: hoogstens { $amount }
compare-chart-er-dbc-year = DBC-model { $year }: { $amount }

## Meldingen over het ophalen of lezen van een nota (notices.rs)
notice-src-refused = NotaWijzer opent geen nota van { $origin }: die website staat niet op de lijst van partners van deze NotaWijzer. Download de nota en open het bestand hier zelf.
notice-src-network = NotaWijzer kon de nota niet ophalen. Is uw internetverbinding in orde? Probeer het later opnieuw, of download de nota en open het bestand hier.
notice-src-unauthorized = U bent niet (meer) ingelogd bij de website waar de nota staat. Log opnieuw in en open de nota dan nog eens.
notice-src-not-found = De nota is niet gevonden. Misschien is de link verlopen. Open de nota opnieuw vanaf de website van uw verzekeraar.
notice-src-too-large = Deze nota is groter dan NotaWijzer kan lezen (meer dan 4 MB). Vraag uw verzekeraar om de nota per maand.
notice-src-http = De website met de nota gaf een fout (code { $code }). Probeer het later opnieuw.
# $name: de naam van het bestand
notice-pdf-failed = { $name }: { $problem ->
        [scan] NotaWijzer vond geen tekst in deze PDF. Download de nota als PDF bij uw zorgaanbieder of verzekeraar, maak een foto van de papieren nota, of typ de regels over bij „Of plak de tekst van uw nota”.
        [password] deze PDF is beveiligd met een wachtwoord. NotaWijzer vraagt nooit om wachtwoorden. Open de PDF in uw PDF-lezer, sla hem op zonder wachtwoord (of druk hem af als PDF) en open dat bestand hier.
        [damaged] deze PDF is beschadigd of geen echte PDF: NotaWijzer kan hem niet openen. Download de nota opnieuw en probeer het nog eens.
       *[large] deze PDF is groter dan 10 MB, groter dan NotaWijzer leest. Een nota is meestal veel kleiner; misschien zitten er foto's in. Vraag uw zorgaanbieder of verzekeraar om de nota zelf.
    }
notice-picture-failed = { $name }: { $problem ->
        [unreadable] NotaWijzer kan deze afbeelding niet openen. Open een foto als JPEG, PNG of WebP, of de PDF van de nota.
        [heic] dit is een HEIC-foto (zo slaat een iPhone foto's op), en deze browser kan die niet openen. Stuur de foto als JPEG: op de iPhone kiest u bij Instellingen > Camera > Formaten voor „Meest compatibel” en maakt u de foto opnieuw. Of maak een schermafbeelding van de foto en open die hier.
        [unavailable] de tekstherkenning van NotaWijzer laadde niet. Laad de pagina opnieuw en open de foto nog eens.
        [large] deze foto is groter dan 10 MB, groter dan NotaWijzer leest. Maak de foto nog eens met een gewone camera-instelling, of maak een schermafbeelding van de foto en open die hier.
        [dark] de foto is te donker: NotaWijzer kan de tekst niet lezen.
        [blurred] de foto is te wazig: NotaWijzer kan de tekst niet lezen.
       *[no-text] NotaWijzer vond geen tekst op deze foto.
    }
notice-pdf-opening = NotaWijzer opent uw PDF…
notice-pdf-reading = NotaWijzer leest uw PDF: pagina { $page } van { $pages }…
# $step: 0 de foto klaarmaken, 1 de tekstherkenning laden, 2 tekst herkennen; $done: procent; $pages: pagina's van een scan
notice-picture = { $step ->
        [0] NotaWijzer maakt de foto klaar om te lezen…
        [1] Tekstherkenning laden… { $done } %
       *[2] Tekst herkennen… { $done } %
    }{ $pages ->
        [0] {""}
        [1] {""}
       *[other] {" "}(pagina { $page } van { $pages })
    }
notice-picture-tips = Wat u kunt proberen: leg de nota plat neer op een plek met veel licht (zonder flits die spiegelt). Houd de telefoon recht boven de nota, zodat de hele nota op de foto staat. Tik op het scherm om scherp te stellen en houd de telefoon stil. Heeft u de nota ook als PDF? Open dan die: die leest NotaWijzer zeker.

## De woorden van de pagina zelf (labels.rs; in de eerste download)
app-title = NotaWijzer ggz
app-tagline = Begrijp uw zorgnota voor geestelijke gezondheidszorg
app-skip-link = Ga direct naar de inhoud
app-lang-switch = Taal
app-open-heading = Open uw nota
app-privacy = Uw nota blijft op uw eigen apparaat. NotaWijzer stuurt niets door en bewaart niets.
app-choose-files = Kies een of meer bestanden
app-file-hint = De PDF van uw nota of een foto ervan (tot 10 MB), of een tekst-, CSV- of JSON-bestand (tot 4 MB); ook meer tegelijk.
app-take-photo = Maak een foto van uw nota
app-drop-here = U kunt de bestanden ook hierheen slepen.
app-paste-summary = Of plak de tekst van uw nota
app-paste-label = Tekst van de nota
app-paste-hint = Kopieer de tekst uit uw nota (bijvoorbeeld uit een e-mail of PDF) en plak die hier.
app-paste-button = Lees deze tekst
app-example-button = Bekijk het voorbeeld (Meneer Henk)
app-clear-button = Begin opnieuw
app-print-button = Afdrukken
app-reading = Bezig met lezen…
app-open-again = Andere nota openen
app-letter-label = Tekst om te versturen (zonder BSN of medische gegevens)
app-letter-hint = U kunt deze tekst kopiëren en in een e-mail of op het contactformulier van uw zorgverzekeraar plakken.
app-copy-button = Kopieer de tekst
app-copied = De tekst is gekopieerd.
app-copy-failed = Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.
app-lines-heading = Alle regels uitgelegd
app-cluster-heading = Uw zorgcluster
app-comparison-heading = Vergelijking met het oude DBC-model
app-footer-privacy = NotaWijzer werkt helemaal in uw browser: uw nota gaat nergens heen.
app-footer-sources = Bronnen: NZa, presentatie zorgclustermodel (2017); Kamerbrief 2 maart 2020; de Engelse Mental Health Clustering Tool (clusters en reviewtermijnen).
app-footer-disclaimer = NotaWijzer legt uit; het is geen advies. Twijfelt u? Vraag het uw zorgverzekeraar.
view-cluster-intro = In het zorgclustermodel hoort elke patiënt bij een van 21 zorgclusters, op basis van een vragenlijst (HoNOS+). Elk cluster hoort bij een groep en een supercluster, en heeft een vaste termijn waarbinnen de zorg opnieuw bekeken wordt (review). Open uw nota om uw eigen cluster te zien.
app-engine-loading = NotaWijzer wordt geladen…
app-engine-failed = Het deel van NotaWijzer dat nota's leest, laadde niet. Misschien is de verbinding weggevallen. Uw nota is bewaard: probeer het opnieuw.
app-retry-button = Opnieuw proberen
view-comparison-intro = Tot 2022 werd ggz betaald met DBC's: één bedrag voor het hele behandeltraject, gekozen op de diagnosegroep en het aantal behandelminuten, plus de dagen in de kliniek. In het zorgclustermodel komt er elke maand een nota.
app-lines-empty = Open eerst een nota. Dan staat hier elke regel uitgelegd.
app-example-zpm-button = Bekijk een voorbeeld van nu (2025)
app-page-ask = Klopt er iets niet?
app-page-checks = Hoe NotaWijzer controleert
app-page-privacy = Privacy
app-page-accessibility = Toegankelijkheid
app-view-overview = Overzicht
app-view-lines = Uitleg per regel
app-view-zvt = Zorgvraagtype
app-view-cluster = Zorgcluster
app-view-comparison = Vergelijking DBC
app-view-sections = Onderdelen

## De woorden van de overzichten (labels.rs, ViewLabels)
view-payment-heading = Wat betaalt u?
view-payment-private = Wat u hieronder invult, blijft in deze pagina: het staat niet in de link, wordt niet bewaard en gaat nergens heen. Met „Begin opnieuw” is het weg.
view-no-contract = Mijn zorgaanbieder heeft geen contract met mijn zorgverzekeraar
view-percent-label = Welk percentage vergoedt uw polis bij zorg zonder contract?
view-percent-hint = Dit staat in uw polisvoorwaarden, bij ‘niet-gecontracteerde zorg’. Een getal van 0 tot en met 100.
view-used-hint = Dit ziet u op de website of in de app van uw zorgverzekeraar. Leeg: NotaWijzer rekent alsof u nog niets betaalde.
view-glance-heading = In het kort
view-how-checked = Zo controleert NotaWijzer dit (opent in een nieuw tabblad)
view-asks = Deze nota vraagt
view-so-far = Het traject kostte tot nu toe
view-findings-heading = Wat niet lijkt te kloppen
view-notes-heading = Goed om te weten
view-notes-more = Meer hierover, en hoe NotaWijzer dit nagaat
view-ask-heading = Klopt er iets niet?
view-pdf-read-note = De tekst die NotaWijzer uit uw PDF haalde, met de regelnummers die meldingen noemen. Klopt een bedrag niet met uw PDF? Hier ziet u waar het misging.
view-picture-read-note = De tekst die NotaWijzer op de foto herkende, met de regelnummers die meldingen noemen. Een foto lezen gaat niet altijd goed: vergelijk de bedragen, datums en codes met uw nota. Bij „Alle regels” staat naast elke regel het stukje foto waar hij vandaan komt.
view-picture-correct = Staat er iets anders op uw nota? De herkende tekst staat ook in het vak bij „Of plak de tekst van uw nota”. Verbeter hem daar en kies „Lees deze tekst”.
view-picture-cut = Een deel van de tekst staat tegen de rand van de foto. Misschien viel een deel van de nota buiten de foto. Maak de foto nog eens, met de hele nota erop.
view-strip-alt = Stukje van de foto waar deze regel staat
view-from-picture = Gelezen van de foto
view-unsure = Niet zeker gelezen, kijk dit na op de foto:
view-stays-heading = Dagen in de kliniek
view-show-more = Toon meer regels
view-cluster-none = Deze nota noemt geen zorgcluster.
view-tree-label = Plaats van uw zorgcluster in het zorgclustermodel
view-your-cluster = uw cluster
view-catalogue-summary = Toon alle 21 zorgclusters
view-review-heading = Review
view-review-date = Reviewdatum
view-review-status = Stand
view-review-interval = Review minstens elke
view-review-latest = Uiterlijk volgens de regels
view-chart-title = Kosten van het traject: zorgclustermodel en DBC-model naast elkaar
view-dbc-model = DBC-model
view-before = eerder
view-this-month = deze nota
view-product = DBC-product
view-stays = verblijf
view-other = overig
view-errors-heading = Wat NotaWijzer niet kon lezen
view-errors-intro = Deze regels zijn niet (helemaal) gelezen. De rest is wel gelezen. Hieronder staat uw eigen tekst, met de plaats van het probleem.
view-source-label = Uw tekst
view-unreadable-file = Uit dit bestand kon NotaWijzer niets lezen.
view-number = Nummer
view-name = Naam
view-group = Groep
view-supercluster = Supercluster
view-period = Hoe lang de zorg meestal duurt
view-show-all-findings = Toon alle punten
view-zvt-heading = Uw zorgvraagtype
view-zvt-none = Deze nota noemt geen zorgvraagtype. Met een privacyverklaring mag dat.
view-zvt-uninsured = Op deze nota staat alleen zorg buiten het basispakket. Daarom zegt NotaWijzer niets over een zorgvraagtype of over het opnieuw bepalen daarvan.
view-zvt-privacy-short = Niet vermeld (privacyverklaring)
view-zvt-tree = Plaats van uw zorgvraagtype in het model
view-zvt-yours = uw zorgvraagtype
view-retype-heading = Opnieuw bepalen
view-retype-due = Uiterlijk opnieuw bepalen op

## Onderdelen van de overzichten (view.rs)
# $kind: cluster, dbc of zpm; de andere waarden "none" als ze niet op de nota staan
view-nota-title = { $kind ->
        [cluster] Zorgclusternota
        [dbc] DBC-nota
       *[zpm] Zorgnota
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
       *[other] {" "}(volgnummer { $sequence })
    }
view-errors-more = … en nog { $count } meer.
view-glance-review = { $kind ->
        [zvt] Opnieuw bepalen uiterlijk { $date }
       *[review] Review uiterlijk { $date }
    } · { $status }
view-picture-misread = Deze nota is van een foto gelezen: misschien is een cijfer verkeerd herkend. Vergelijk de bedragen bij „Alle regels” met het stukje foto ernaast, en verbeter zo nodig de tekst.
view-findings-first = Dit zijn de eerste { $shown } van { $count } punten.
view-cluster-unknown-text = { $kind ->
        [zvt] NotaWijzer kent dit zorgvraagtype niet: „{ $text }”
       *[cluster] NotaWijzer kent dit zorgcluster niet: „{ $text }”
    }
view-chart-cluster = Zorgclustermodel{ $until ->
        [none] {""}
       *[other] {" "}(t/m { $until })
    }: { $amount }
view-input-problem = { $problem ->
        [number] Vul een getal in, zoals 75 of 120,50.
        [percent] Vul een percentage in van 0 tot en met 100.
        [amount] Vul een bedrag in van 0 of meer.
       *[year] Vul een jaar in, zoals 2025.
    }
view-not-a-nota-heading = Geen zorgnota gevonden
view-used-label = Eigen risico dat u in { $year } al betaalde (euro)
view-letter-translated-heading = Wat deze brief zegt
view-letter-dutch-note = De brief is in het Nederlands, omdat uw zorgverzekeraar Nederlands leest.
app-crash-title = Er ging iets mis in NotaWijzer
app-crash-text = NotaWijzer kon niet verder. Uw nota is niet verstuurd: alles bleef op uw eigen apparaat.
app-crash-do = Laad de pagina opnieuw en probeer het nog eens. Gaat het weer mis? Vraag dan uw zorgverzekeraar om uitleg bij de nota.
app-crash-again = Opnieuw beginnen
app-crash-details = Technische gegevens (voor de beheerder)

## De controles (pages.rs; ook in de app bij elk punt). $code: de code van de controle in de JSON-uitvoer
about-source = { $code ->
    [above_max_tariff] het maximumtarief van de NZa voor deze prestatiecode in het jaar van de datum (de tarieventabel hieronder, met de bron van elk bedrag).
    [cluster_conflict] de lijst van zorgclusters uit de proef van de NZa (2017).
    [date_after_invoice] de notadatum op de nota.
    [date_outside_month] de maand die de nota declareert (een zorgclusternota declareert één maand).
    [date_outside_trajectory] de start- en einddatum van het traject op de nota.
    [duplicate_line] de nota zelf.
    [non_insured] de omschrijving en de code van de regel.
    [privacy_statement] de nota zelf, en de NZa: met een privacyverklaring staan diagnose en zorgvraagtype niet op de nota.
    [quarter_hours] de regels voor 2026 (Fitz, over de regels van de NZa): zorg buiten het basispakket (OV0012) wordt per 15 minuten gedeclareerd.
    [review_beyond_interval] de reviewtermijn per zorgcluster uit de proef van de NZa (2017).
    [review_overdue] de reviewtermijn per zorgcluster (proef van de NZa, 2017); voor een zorgvraagtype de regel dat het minstens één keer per jaar opnieuw bepaald wordt.
    [surcharge_without_consult] de nota zelf.
    [code_description_mismatch] de codes van het zorgprestatiemodel: elke consultcode hoort bij één soort consult, één duur en één beroep (zpm-reference §2.3, §2.4).
    [quantity_mismatch] de nota zelf: het aantal, het tarief en het bedrag op een regel.
    [total_mismatch] de nota zelf: het totaal en de regels.
   *[unknown_cluster] de lijst van zorgclusters (proef 2017) en de zorgvraagtypen 1 tot en met 21 (zonder 9).
}
about-checked = { $code ->
    [above_max_tariff] of het bedrag boven dat maximumtarief ligt. Tot 10% erboven mag als de zorgaanbieder een contract met uw verzekeraar heeft; NotaWijzer zegt dat er dan bij.
    [cluster_conflict] of het nummer en de naam van het zorgcluster op de nota hetzelfde cluster aanwijzen.
    [date_after_invoice] of een regel een datum na de notadatum heeft: zorg kan pas gedeclareerd worden als die gegeven is.
    [date_outside_month] of elke regel een datum in die maand heeft.
    [date_outside_trajectory] of een regel vóór de start of na het einde van het traject valt.
    [duplicate_line] of dezelfde regel (dezelfde omschrijving of code, datum en bedrag) twee keer op de nota staat.
    [non_insured] of een regel zorg buiten het basispakket is. Dat is geen fout: die zorg betaalt u zelf.
    [privacy_statement] of de nota zegt dat u een privacyverklaring heeft getekend. Dan ontbreekt er geen zorgvraagtype: er hoort er dan geen op te staan.
    [quarter_hours] of regels met OV0012 op dezelfde dag de kwartieren van één gesprek zijn, en hoe lang dat gesprek samen was.
    [review_beyond_interval] of de reviewdatum op de nota later ligt dan de termijn van het cluster toestaat.
    [review_overdue] of de reviewdatum voorbij is terwijl uw zorg doorliep.
    [surcharge_without_consult] of er bij een toeslag (zoals reistijd) een consult op dezelfde dag op de nota staat.
    [code_description_mismatch] of de omschrijving op de regel een andere duur, een ander soort consult of een ander beroep noemt dan de code. De code bepaalt het tarief.
    [quantity_mismatch] of het aantal keer het tarief, tot op de cent, het bedrag van de regel geeft.
    [total_mismatch] of de regels bij elkaar opgeteld, tot op de cent, het totaal op de nota geven.
   *[unknown_cluster] of het nummer of de naam op de nota in die lijst staat.
}
about-not-checked = { $code ->
    [above_max_tariff] of uw verzekeraar een contract met de zorgaanbieder heeft, en codes of jaren die niet in de tabel staan (dat zegt NotaWijzer dan).
    [cluster_conflict] welke van de twee juist is, en of het cluster bij u past.
    [date_after_invoice] of de notadatum zelf klopt.
    [date_outside_month] of de zorg op die datum echt gegeven is.
    [date_outside_trajectory] of de start- en einddatum zelf kloppen.
    [duplicate_line] of het twee keer echt gebeurd is: twee gesprekken op één dag kunnen terecht zijn.
    [non_insured] of uw aanvullende verzekering het vergoedt.
    [privacy_statement] of u de verklaring echt heeft getekend: dat weet uw zorgaanbieder.
    [quarter_hours] of het gesprek echt zo lang duurde.
    [review_beyond_interval] of uw behandelaar een reden had voor een latere review.
    [review_overdue] of de review of de nieuwe bepaling wel gebeurd is: dat staat niet op de nota. Vraag het uw behandelaar.
    [surcharge_without_consult] het koppelnummer van de prestatie (NotaWijzer leest dat niet), en consulten op een andere nota.
    [code_description_mismatch] welke van de twee klopt met de zorg die u kreeg.
    [quantity_mismatch] of het aantal klopt met de zorg die u kreeg.
    [total_mismatch] of de regels zelf kloppen met de zorg die u kreeg.
   *[unknown_cluster] of het cluster of zorgvraagtype bij u past.
}
about-title = { $code ->
    [above_max_tariff] Boven het maximumtarief
    [cluster_conflict] Nummer en naam van het zorgcluster verschillen
    [date_after_invoice] Datum na de notadatum
    [date_outside_month] Datum buiten de gedeclareerde maand
    [date_outside_trajectory] Datum buiten het traject
    [duplicate_line] Dezelfde regel twee keer
    [non_insured] Zorg buiten het basispakket
    [privacy_statement] Privacyverklaring: geen diagnose en geen zorgvraagtype
    [quarter_hours] Zorg buiten het basispakket per 15 minuten
    [review_beyond_interval] Reviewdatum later dan toegestaan
    [review_overdue] Review of nieuwe bepaling te laat
    [surcharge_without_consult] Toeslag zonder consult
    [quantity_mismatch] Aantal keer tarief is niet het bedrag
    [code_description_mismatch] Omschrijving past niet bij de code
    [total_mismatch] Totaal klopt niet met de regels
   *[unknown_cluster] Onbekend zorgcluster of zorgvraagtype
}

## De losse pagina's (pages.rs)
page-back = Terug naar NotaWijzer
page-languages = Deze pagina in een andere taal
page-checks-intro = NotaWijzer legt uw nota uit en kijkt of er iets niet lijkt te kloppen. Hieronder staat per controle waar NotaWijzer op let, op welke bron dat steunt, en wat NotaWijzer niet kan nagaan. NotaWijzer geeft geen oordeel: twijfelt u, vraag het dan na.
page-source = Bron
page-checked = Wat NotaWijzer nagaat
page-not-checked = Wat niet
page-json-code = Code in de JSON-uitvoer
page-pay-heading = Wat u betaalt, en wat u terugkrijgt
page-pay-no-show = Een afspraak die niet doorging (niet nagekomen, te laat afgezegd): geen prestatie van de NZa. De zorgaanbieder rekent het volgens uw behandelovereenkomst. Uw zorgverzekeraar betaalt het nooit terug, en het telt niet mee voor het eigen risico.
page-pay-fee = Andere kosten van de zorgaanbieder zelf (administratie, een verslag voor derden, een kopie van uw dossier): ook geen prestatie, nooit vergoed.
page-pay-non-insured = Zorg buiten het basispakket (OV0012, 'overig product'): die betaalt u zelf, of uw aanvullende verzekering als die het vergoedt. Vanaf 2026 wordt OV0012 per 15 minuten gedeclareerd.
page-pay-referral = Zorg zonder geldige verwijzing van vóór de intake.
page-pay-rule = Heeft uw zorgaanbieder een contract met uw zorgverzekeraar? Dan stuurt hij de nota naar uw verzekeraar en betaalt u alleen eigen risico (€ 385 per jaar in 2016–2026; onder 18 jaar geen; per kalenderjaar van de zorg; dat van 2027 is nog niet bekend). Zonder contract betaalt uw verzekeraar per regel hoogstens het percentage van uw polis (in 2026 meestal 60 % tot 85 %), en niet meer dan dat percentage van zijn eigen gemiddelde tarief met contract; daarna gaat het eigen risico dat nog open staat eraf. NotaWijzer rekent dat uit als u het percentage opgeeft, en zegt dat het een maximum is. Er is geen wettelijk minimum voor het percentage: de vergoeding mag alleen niet zo laag zijn dat die u tegenhoudt (het hinderpaalcriterium, artikel 13 Zorgverzekeringswet). Sommige verzekeraars willen vooraf toestemming.
page-pay-complain = Klopt de vergoeding niet? Vraag het eerst uw zorgverzekeraar. Komt u er samen niet uit, dan kunt u naar de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ, https://www.skgz.nl). Een probleem dat vaker voorkomt, kunt u melden bij de NZa (https://www.nza.nl/contact/meldpunt).
page-sources = Bronnen
page-tables-heading = Wat de tabellen van NotaWijzer bevatten
page-tables-intro = NotaWijzer kent alleen bedragen die het met een bron kan onderbouwen. Staat een code of jaar hier niet, dan zegt NotaWijzer dat het het maximumtarief niet kent; het verzint geen bedrag.
page-tariffs-caption = Maximumtarieven per prestatiecode
page-code = Code
page-tariff-sources = Bronnen van de tarieven
page-eigen-risico = Eigen risico { $first }–{ $last }: { $amount } per jaar (bron: { $source }).
page-gbggz = GB-ggz-producten, tarief { $year } (bron: { $source }): { $list }.
page-specialist = Specialistische ggz in het DBC-model: NotaWijzer heeft een deel van de maximumtarieven van 2018. Valt een traject in een product dat daar niet in staat, dan maakt NotaWijzer geen schatting en zegt het waarom.
page-privacy-title = Privacy: wat er met uw nota gebeurt
page-privacy-intro = Uw nota bevat gegevens over uw gezondheid. Daarom werkt NotaWijzer zo:
page-privacy-device-lead = Uw nota blijft op uw eigen apparaat.
page-privacy-device = NotaWijzer leest en controleert de nota in uw browser. Er gaat niets naar een server: niet de nota, niet de uitleg, niet wat u aanklikt.
page-privacy-store-lead = NotaWijzer bewaart niets.
page-privacy-store = Geen cookies, geen opslag in de browser. Sluit u de pagina, dan is alles weg.
page-privacy-counters-lead = Geen tellers, geen advertenties.
page-privacy-counters = NotaWijzer gebruikt geen statistieken of diensten van anderen. Alle onderdelen, ook de PDF-lezer, de tekstherkenning en de talen, komen van dezelfde website als NotaWijzer zelf.
page-privacy-csp-lead = De browser houdt NotaWijzer aan die belofte.
page-privacy-csp = De pagina heeft een beveiligingsregel (Content-Security-Policy) die de browser laat weigeren om iets naar een andere website te sturen of van een andere website te laden.
page-privacy-exception-lead = Eén uitzondering.
page-privacy-exception = Opent u NotaWijzer vanaf de website van uw verzekeraar of patiëntenvereniging met een link naar uw nota, dan haalt NotaWijzer die ene nota op bij die website. Alleen websites die in NotaWijzer als partner staan, mogen dat.
page-privacy-check-heading = Zelf nagaan
page-privacy-step-1 = Open NotaWijzer op een computer en druk op F12 (of kies in het menu van de browser: Meer hulpprogramma's → Hulpprogramma's voor ontwikkelaars).
page-privacy-step-2 = Kies het tabblad Netwerk.
page-privacy-step-3 = Open uw nota in NotaWijzer.
page-privacy-step-4 = U ziet alleen bestanden van NotaWijzer zelf die worden opgehaald, en geen enkel verzoek dat uw nota verstuurt.
page-a11y-title = Toegankelijkheids­verklaring
page-a11y-intro = NotaWijzer wil dat iedereen zijn zorgnota kan begrijpen, ook wie slechtziend of blind is, alleen een toetsenbord gebruikt, of minder goed Nederlands leest. Deze verklaring volgt de opbouw van het modelformulier voor toegankelijkheidsverklaringen van de Nederlandse overheid.
page-a11y-standard-heading = Standaard
page-a11y-standard = NotaWijzer streeft naar WCAG 2.2 op niveau AA, de norm achter EN 301 549.
page-a11y-status-heading = Status: voldoet gedeeltelijk
page-a11y-status = NotaWijzer is met automatische en handmatige controles getest (hieronder). Er is nog geen onderzoek door een onafhankelijke deskundige en nog geen test met mensen die een schermlezer gebruiken. Tot dat gebeurd is, noemen we de status eerlijk: voldoet gedeeltelijk.
page-a11y-tested-heading = Hoe is getest
page-a11y-tested-axe = Automatisch, bij elke wijziging: axe-core met de regels voor WCAG 2.0, 2.1 en 2.2 op A- en AA-niveau (ook de minimale grootte van 24 bij 24 pixels voor klikdoelen), op elke toestand die de tests bereiken: lege pagina, voorbeelden, eigen bestanden, PDF's, foto's, foutmeldingen, elk tabblad, in elke taal van NotaWijzer (Arabisch van rechts naar links).
page-a11y-tested-lighthouse = Lighthouse: toegankelijkheid 100.
page-a11y-tested-snapshots = Vastgelegde toegankelijkheidsboom (ARIA-snapshots) van elk tabblad, zodat elke verandering in koppen, landmarks en namen zichtbaar wordt.
page-a11y-tested-hand = Handmatig: de hele weg met alleen het toetsenbord (voorbeeld openen, elk tabblad, de punten om na te vragen, afdrukken), met zichtbare focus bij elke stap; schermbreedtes van 320, 375 en 1280 pixels, met schermafbeeldingen die zijn bekeken.
page-a11y-tested-drag = Slepen is nooit nodig: een bestand dat u op de pagina kunt slepen, kunt u ook kiezen met de knop. Niets op de pagina blijft vast in beeld staan, dus de focus verdwijnt nooit achter iets anders. Hulp („Klopt er iets niet?”) staat op elke pagina op dezelfde plek, onderaan.
page-a11y-not-heading = Wat (nog) niet voldoet
page-a11y-not-photo = Een foto of scan van een nota leest NotaWijzer met tekstherkenning, en dat gaat niet altijd goed. Naast elke regel staat het stukje foto waar die regel vandaan komt, als afbeelding met een beschrijving; woorden die NotaWijzer niet zeker las, staan gemarkeerd in de tekst erbij. Wie de foto niet kan zien, kan de herkende tekst lezen en verbeteren in het tekstvak. Vergelijk de bedragen ook met de nota zelf.
page-a11y-not-charts = De grafieken in de vergelijking zijn afbeeldingen met een tekstbeschrijving; dezelfde bedragen staan in de tekst en de tabel. Het kleurverschil tussen de delen van een balk is niet de enige aanwijzing, maar de kleuren zijn niet voor alle vormen van kleurenblindheid getest.
page-a11y-not-readers = Niet getest met echte gebruikers van schermlezers (NVDA, JAWS, VoiceOver, TalkBack). De Turkse, Arabische, Poolse en Oekraïense teksten zijn nog niet nagekeken door iemand die de taal als moedertaal spreekt en in de zorg werkt; de pagina zegt dat er in die talen bij.
page-a11y-contact-heading = Contact
page-a11y-contact = Loopt u tegen iets aan dat niet werkt? Meld het bij de organisatie op wier website u NotaWijzer gebruikt (uw patiëntenvereniging of zorgverzekeraar); zij geven het aan ons door. NotaWijzer zelf verzamelt geen gegevens en heeft daarom geen formulier in de pagina.
page-a11y-date = Deze verklaring is opgesteld op 24 november 2026 en bijgewerkt op 2 december 2026.
app-not-reviewed = Deze vertaling is nog niet nagekeken door iemand die deze taal als moedertaal spreekt en in de zorg werkt.

## De opdrachtregel (src/bin/notawijzer.rs)
cli-pdf = dit is een PDF. PDF's leest NotaWijzer in de browser: open het bestand in de webapp (.ci/serve). De opdrachtregel leest tekst, CSV en JSON.
cli-picture = dit is een foto of afbeelding. Foto's leest NotaWijzer in de browser, met tekstherkenning: open het bestand in de webapp (.ci/serve). De opdrachtregel leest tekst, CSV en JSON.
cli-cannot-open = kan het bestand niet openen
cli-nota-heading = { $kind ->
        [dbc] DBC-nota
        [zpm] Zorgnota (zorgprestatiemodel)
       *[cluster] Zorgclusternota
    } ({ $file }, regel { $line })
cli-comparison-heading = Vergelijking met het DBC-model
cli-comparison-totals = Zorgclustermodel: { $cluster }   DBC: { $dbc }
cli-not-read = Niet gelezen
cli-today = Vandaag is { $date }

## Meldingen van de pagina zelf (app/notice.rs)
app-notice-src-loading = De nota wordt opgehaald…
app-notice-pdf-unavailable = De PDF-lezer van NotaWijzer laadde niet. Laad de pagina opnieuw en open de PDF nog eens.
app-notice-lang-failed = NotaWijzer kon de teksten in deze taal niet ophalen. Is uw internetverbinding in orde? Kies de taal dan nog eens.
view-read-summary = { $kind ->
        [picture] Zo heeft NotaWijzer uw foto gelezen
       *[pdf] Zo heeft NotaWijzer uw PDF gelezen
    } ({ $name }, { $pages ->
        [one] { $pages } pagina
       *[other] { $pages } pagina's
    })
view-patient = Voor: { $patient }
view-line-no = Regel { $line }
view-shown = { $shown } regels getoond van de { $total }.

## Het overzicht van de zorgverzekeraar: declaraties, rekening eigen risico, eindafrekening (insurer-overviews.md)
ov-heading = Overzicht van uw zorgverzekeraar
# $kind: declarations, eigen_risico_bill of settlement
ov-kind = { $kind ->
        [declarations] Dit is een overzicht van uw declaraties bij uw zorgverzekeraar: wat zorgverleners declareerden, en wat de verzekeraar ermee deed.
        [eigen_risico_bill] Dit is een rekening van uw zorgverzekeraar, voor uw eigen risico of een eigen bijdrage.
       *[settlement] Dit is de eindafrekening van het eigen risico dat u in termijnen betaalde.
    }
# $last: "none" bij één jaar
ov-owes = { $last ->
        [none] U moet uw zorgverzekeraar { $amount } betalen, voor zorg in { $first }.
       *[other] U moet uw zorgverzekeraar { $amount } betalen, voor zorg in { $first } tot en met { $last }.
    }
ov-owes-plain = U moet uw zorgverzekeraar { $amount } betalen.
ov-due = Betalen vóór, of afschrijving op: { $date }.
ov-refund = Uw zorgverzekeraar betaalt u { $amount } terug.
ov-not-a-bill = Dit overzicht is geen rekening: hiervoor hoeft u nu niets te betalen. Wat onder uw eigen risico valt ({ $charged } op de regels hier), vraagt uw zorgverzekeraar apart, met een rekening of een afschrijving.
ov-left = Eigen risico { $year }: { $used } gebruikt, nog { $left } over van { $amount }.
ov-left-unknown = Eigen risico { $year }: { $used } gebruikt. Hoe hoog het eigen risico van { $year } is, weet NotaWijzer niet. Wat er over is, kan het daarom niet zeggen.
ov-minor = { $person } was in { $year } jonger dan 18: geen eigen risico.
ov-person = Verzekerde { $n }
ov-verdict-fine = { $rows ->
        [one] NotaWijzer las 1 regel van dit overzicht en vond niets wat niet lijkt te kloppen.
       *[other] NotaWijzer las { $rows } regels van dit overzicht en vond niets wat niet lijkt te kloppen.
    }
ov-verdict-points = { $count ->
        [one] NotaWijzer vond 1 punt om na te vragen.
       *[other] NotaWijzer vond { $count } punten om na te vragen.
    }
ov-no-rows = Op dit overzicht vond NotaWijzer geen regels met zorg. Over wat er is gedeclareerd, kan het daarom niets zeggen.
ov-rows-heading = Wat er is gedeclareerd
ov-years-heading = Uw eigen risico per jaar
# $col: date, provider, care, declared, reimbursed, eigen-risico, status
ov-col = { $col ->
        [date] Datum
        [provider] Zorgverlener
        [care] Zorg
        [declared] Gedeclareerd
        [reimbursed] Vergoed
        [eigen-risico] Eigen risico
       *[status] Status
    }
# $status: processed, pending, rejected, to-pay (op deze rekening), paid (al betaald)
ov-status = { $status ->
        [processed] Verwerkt
        [pending] Nog niet verwerkt
        [to-pay] Op deze rekening
        [paid] Al betaald
       *[rejected] Afgewezen
    }
ov-other-care = Andere zorg dan ggz: NotaWijzer legt die niet uit.
ov-ggz-unknown = Geestelijke gezondheidszorg. Welke prestatie het precies is, staat niet op het overzicht. Op de nota of bij de zorgverlener kunt u het nakijken.
ov-contracted = Dit bedrag ligt onder dat maximum. Met een contract spreken zorgverzekeraar en zorgverlener een lager tarief af: dat is normaal, geen fout.
ov-term-direct = "Directe tijd" is de tijd dat de behandelaar contact met u had: een gesprek, ook via video of telefoon.
ov-term-multi = "Multidisciplinair" betekent dat behandelaars van verschillende beroepen samen uw zorg geven.
ov-term-setting = De "setting" zegt waar u zorg krijgt: in een vrijgevestigde praktijk, bij een ambulante instelling of in een kliniek.
# $case: start (aan het begin van een zin) of mid
ov-row-ref = { $case ->
        [start] De regel van { $date } ({ $provider })
       *[mid] de regel van { $date } ({ $provider })
    }
ov-finding-stand = Eigen risico { $year }: het overzicht zegt dat er nog { $stated } over is. Volgens de bedragen op het overzicht zelf is dat { $expected }. Vraag uw zorgverzekeraar welk bedrag klopt.
ov-finding-rows-above = Eigen risico { $year }: de regels op dit overzicht rekenen samen { $rows } eigen risico, maar de stand noemt { $stated } gebruikt. Vraag uw zorgverzekeraar welk bedrag klopt.
ov-finding-total = Deze rekening vraagt { $stated }, maar de regels erop tellen op tot { $rows }. Vraag uw zorgverzekeraar het verschil uit te leggen.
ov-finding-refund = De eindafrekening betaalt { $stated } terug. Maar wat u in termijnen betaalde, min wat uw zorg gebruikte, is { $expected }. Vraag uw zorgverzekeraar welk bedrag klopt.
ov-finding-above-year = In { $year } is { $charged } eigen risico gerekend: meer dan het eigen risico van dat jaar ({ $amount }).
ov-finding-verkennend = { $row }: op een verkennend gesprek is { $amount } eigen risico gerekend. Sinds 2025 valt het verkennend gesprek buiten het eigen risico.
ov-finding-minor = { $row }: { $amount } eigen risico voor iemand die jonger was dan 18. Onder de 18 is er geen eigen risico.
ov-finding-twice = { $row } staat er twee keer, met hetzelfde declaratienummer en bedrag.
ov-note-earlier-year = Deze rekening is voor zorg uit { $year }. Zorgverleners mogen declareren tot het eind van het jaar erna, dus een rekening kan laat komen. Het eigen risico van { $year } geldt ervoor.
ov-note-two-years = Deze rekening is voor zorg in { $first } en in { $last }. Elk kalenderjaar heeft een eigen risico; de datum van de zorg telt, niet de datum van de rekening.
ov-note-december = Zorg van december { $year } staat op een rekening van januari of februari, maar telt voor het eigen risico van { $year }.
ov-note-settlement = U betaalde { $paid } in termijnen. Uw zorg gebruikte { $used } van uw eigen risico. Betaalde u meer, dan krijgt u het verschil terug; betaalde u minder, dan betaalt u bij.
ov-note-pending = { $count ->
        [one] 1 declaratie is nog niet verwerkt: daarvoor kan nog eigen risico komen.
       *[other] { $count } declaraties zijn nog niet verwerkt: daarvoor kan nog eigen risico komen.
    }
ov-note-rejected = { $row } is afgewezen. De reden volgens uw zorgverzekeraar: { $reason } Bent u het er niet mee eens? Vraag het uw zorgverzekeraar; daarna kunt u naar de SKGZ.
ov-note-rejected-no-reason = { $row } is afgewezen, zonder reden op dit overzicht. Uw zorgverzekeraar moet u de reden in gewone woorden geven: vraag ernaar.
ov-note-other-care = Eigen risico { $year }: de stand telt { $amount } meer gebruik dan de regels hier. Dat is zorg die niet op dit overzicht staat (een andere periode, de apotheek). Dat is geen fout.
ov-note-same-day = { $row } lijkt precies op { $first }: dezelfde dag, zorgverlener en bedrag. Had u die dag twee afspraken, dan klopt het. Zo niet, vraag het uw zorgverzekeraar.
ov-note-minor = { $person } was jonger dan 18: daarvoor geldt geen eigen risico.
ov-ask = Vraag het eerst aan uw zorgverzekeraar (telefoon, chat of uw online omgeving). Komt u er samen niet uit? Dan kunt u naar de SKGZ, de ombudsman en geschillencommissie voor zorgverzekeringen: www.skgz.nl.
letter-ov-question = Ik heb een vraag over mijn overzicht van declaraties en eigen risico. Het gaat om het volgende:
letter-ov-unknown = Ik herken deze regel niet: [vul hier de datum, de zorgverlener en het bedrag in van de regel die u niet herkent]. Wilt u nagaan van welke zorg die is?

## De nota en het overzicht van de zorgverzekeraar samen
match-heading = Uw nota en het overzicht van uw zorgverzekeraar
match-processed = { $count ->
        [one] 1 regel van de nota heeft uw zorgverzekeraar verwerkt.
       *[other] { $count } regels van de nota heeft uw zorgverzekeraar verwerkt.
    }
match-unprocessed = { $date }: { $amount } op de nota staat nog niet op het overzicht. Dat kan nog komen: een regel verschijnt pas nadat de verzekeraar heeft betaald.
match-differs = { $date }: de nota vraagt { $nota }, bij de verzekeraar is { $declared } gedeclareerd. Vraag uw zorgverlener waarom.
match-without-nota = { $row } staat op het overzicht, maar niet op een nota die u opende. Met een contract krijgt u geen nota: dan is dat normaal.
match-twice = { $row } is een tweede declaratie van de nota-regel van { $date }. Vraag uw zorgverzekeraar of die twee keer is betaald.
match-paid = Voor deze nota betaalde uw zorgverzekeraar { $reimbursed } terug, en { $er } ging naar uw eigen risico. De nota is { $total }: tot nu toe kost die u { $net }.
match-paid-more = Voor { $amount } aan regels die nog niet verwerkt zijn, kan nog geld terugkomen.

## Tarievenlijsten van een host (issue 29): de controlepagina en "Wat betaalt u?"
page-loaded-heading = Tarievenlijsten op deze site
page-loaded-none = Deze site heeft geen tarievenlijst van de NZa of van een zorgverzekeraar geladen. NotaWijzer gebruikt alleen de tabel hierboven.
page-loaded-intro = Deze site heeft deze lijsten geladen, zoals de NZa of de zorgverzekeraar ze publiceerde. Een maximumtarief uit een NZa-lijst gaat voor op de tabel hierboven.
page-loaded-column = { $column ->
        [year] Jaar
        [kind] Soort lijst
        [source] Bron
        [decision] Besluit
        [imported] Op deze site gezet op
       *[rows] Regels
    }
page-loaded-nza = NZa-tarievenlijst (maximumtarieven)
page-loaded-payout = Wat { $insurer } hoogstens terugbetaalt zonder contract
page-loaded-differences = Hier verschilt een geladen NZa-lijst van de ingebouwde tabel. NotaWijzer gebruikt de geladen lijst.
page-loaded-differs = { $code } in { $year }: ingebouwd { $built }, geladen lijst { $loaded }.
payment-payout = Volgens de lijst van uw zorgverzekeraar betaalt die voor deze nota hoogstens { $back } terug (na uw eigen risico). U betaalt dus minstens { $least } zelf. Bron: { $lists }.
payment-payout-line = regel { $line } ({ $code })
payment-payout-missing = Niet op die lijst: { $lines }.
payment-payout-missing-percent = Daarvoor rekent NotaWijzer met het percentage van uw polis.
payment-payout-missing-unknown = Hoeveel u daarvoor terugkrijgt, weet NotaWijzer niet. Vult u het percentage van uw polis in, dan rekent NotaWijzer daarmee. Bron: { $lists }.
payment-payout-no-list = Deze site heeft geen lijst van { $insurer } voor { $year }.
view-insurer-label = Uw zorgverzekeraar
view-insurer-hint = Van deze verzekeraars heeft deze site een lijst van wat ze hoogstens terugbetalen: { $list }. Leeg: NotaWijzer rekent met het percentage van uw polis.
view-insurer-unknown = Van die verzekeraar heeft deze site geen lijst. Kies uit: { $list }.
view-insurer-portal = Uw zorgverzekeraar gaf door: { $insurer }.
