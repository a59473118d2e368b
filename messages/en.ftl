### NotaWijzer — English
### reviewed: yes
#
# Translated from nl.ftl (the source). Names starting with "app-" are the page's own words.

## Units (format.rs)
unit-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
unit-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
unit-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
unit-minutes-band = { $count ->
    [one] { $from } to { $to } minute
   *[other] { $from } to { $to } minutes
}
unit-minutes-or-more = { $count ->
    [one] { $from } minute or more
   *[other] { $from } minutes or more
}

## A line of the zorgprestatiemodel (explain/prestatie.rs)
profession = { $profession ->
    [arts] a doctor
    [specialist] a medical specialist, such as a psychiatrist
    [gz] a healthcare psychologist (gezondheidszorgpsycholoog)
    [klinisch] a clinical psychologist
    [psychotherapeut] a psychotherapist
    [vs] a nurse specialist in mental health care
    [verpleegkundige] a nurse
   *[overig] another care professional, such as a social worker or creative therapist
}
setting = { $setting ->
    [1] outpatient, at a practice (kwaliteitsstatuut section II)
    [2] outpatient, at an institution with one kind of practitioner (kwaliteitsstatuut section III, single-discipline)
    [3] outpatient, at an institution with a team of different practitioners (kwaliteitsstatuut section III, multidisciplinary)
    [4] outreach: the practitioner came to you
    [5] in the clinic (admission)
    [6] forensic or secure care, in the clinic
    [7] forensic or secure care, outside the clinic
    [8] highly specialised mental health care
   *[other] a setting NotaWijzer does not know
}
prestatie-credit = This line is a credit: a correction that lowers the bill. { $amount } is taken off. It corrects this earlier line:
prestatie-consult = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you had { $kind ->
        [diagnostiek] a consultation for assessment (diagnostics): finding out what is going on
        [behandeling] a treatment consultation
       *[other] a consultation: a session
    }{ $who ->
        [none] {""}
       *[other] {" "}with { $who }
    }.
prestatie-group = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you had a group consultation{ $who ->
        [none] {""}
       *[other] {" "}with { $who }
    }{ $size ->
        [none] {""}
       *[other] , in a group of { $size } patients
    }. A group consultation is billed per patient, per block of 30 minutes.
prestatie-stay = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you stayed in the clinic: a day and the night after it (a day of stay). The sessions with your practitioner are on separate lines.
prestatie-surcharge = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } your care provider charged a surcharge: an amount on top of a consultation, for example for travel time or an interpreter.
prestatie-surcharge-consult = This surcharge belongs to the consultation of { $date }.
prestatie-surcharge-alone = NotaWijzer finds no consultation on the same day on this statement.
prestatie-other = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    }: “{ $description }”. This is a service other than a session with you, such as a consultation between practitioners, a report, or a treatment such as ECT.
prestatie-non-insured = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you received care that is not in the basic package{ $who ->
        [none] {""}
       *[other] {" "}with { $who }
    }. You pay for it yourself, or your supplementary insurance if it covers it.
prestatie-duration = The session was planned to last { $to ->
        [none] { $from } minutes or longer
       *[other] { $from } to { $to } minutes
    } (“from { $from } minutes”). You pay for the planned time, unless the session was more than 15 minutes shorter or longer.
prestatie-setting = Where: { $setting }.
prestatie-cost = This costs { $amount }.
prestatie-code = { $code } is the prestatie code: the NZa's code for this kind of care.
prestatie-tariff = The NZa maximum tariff for this code in { $year } is { $amount } (source: { $source }).
prestatie-tariff-cbb = Note: the court (CBB, 22 August 2024) ordered the NZa to set the tariffs of 2022 and 2023 anew. NotaWijzer found no new amounts yet (source: { $url }).
prestatie-tariff-unknown = NotaWijzer does not know the maximum tariff of { $code } in { $year }, and does not guess it.
prestatie-tariff-earlier = For information: in { $last } the maximum was { $amount }. That says nothing about { $year }: every year has its own maximum. The tariff of { $year } is in the NZa's tariff decision ({ $url }).
prestatie-tariff-undated = Without a date NotaWijzer cannot look up the maximum tariff of { $code }.
prestatie-2026-category = Since 2026 { $role ->
        [orthopedagoog] an orthopedagoog-generalist
       *[pa] a physician assistant
    } bills in the professional category of the gz-psycholoog: the same codes and maximum tariffs (source: { $url }).
prestatie-2026-ov0012 = Since 2026 this care outside the basic package is billed per 15 minutes, no longer per consult (source: { $url }).
prestatie-quarter-hours = Since 2026 this care is on the statement per 15 minutes. On this day there are { $count } lines: together { $count } × 15 minutes = { $minutes } minutes (source: { $url }).

## A line of a nota from before 2022 (explain/lines.rs)
line-consult = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you had { $kind ->
        [diagnostiek] a consultation for assessment (diagnostics): your practitioner finds out what is going on
        [behandeling] a treatment consultation: a session with your practitioner
        [farmaco] a consultation about your medication (pharmacotherapy)
       *[none] a consultation: a session with your practitioner
    }{ $form ->
        [individueel] , just with you
        [groep] , in a group with other patients
        [blended] , partly online and partly face to face (blended)
        [outreachend] , for which your practitioner came to you (outreach)
       *[none] {""}
    }.
line-stay = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you stayed in the clinic: a day and the night after it (a stay).
line-day-treatment = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you spent the day in the clinic without staying the night (day treatment).
line-activity = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    }: { $activity }.
line-dbc-product = This is the DBC product for your whole course of treatment: the diagnosis group “{ $group }”, with { $band } of treatment time.
line-no-show = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    } you had an appointment that did not take place: you did not come, or cancelled too late. This is not care from the basic package (not an NZa prestatie). The provider charges it under the terms of your treatment agreement (behandelovereenkomst). Your health insurer never pays this back, and it does not count towards your eigen risico (deductible). Does it seem wrong, for example because you did cancel in time? Ask your care provider, and ask for the terms on cancelling.
line-fee = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    }: “{ $description }”. This is not care but a charge of the provider's own (not an NZa prestatie). The terms of your treatment agreement (behandelovereenkomst) apply. Your health insurer never pays this back, and it does not count towards your eigen risico (deductible). Did you not know about this charge? Ask your care provider where it is agreed.
line-other = { $date ->
        [none] On a day the statement does not give
       *[other] On { $date }
    }: “{ $description }”. NotaWijzer does not know this kind of line. Ask your care provider what it is.
line-cost = This costs { $amount }.
line-correction = This is a correction: { $amount } is taken off.
activity = { $activity ->
    [zorgcoordinatie] care coordination: your care providers planned your care together
    [mdo] a meeting of your practitioners about your treatment (MDO, multidisciplinary meeting); usually you were not there
    [verslag] reporting: writing reports about your treatment, such as a letter to your GP
    [ect] ECT: a treatment of the brain with small electric pulses, under anaesthesia
    [dbs] DBS: deep brain stimulation, with a small device that gives gentle electric pulses
    [rtms] rTMS: a treatment with magnetic pulses on the head
    [test] psychological testing, such as questionnaires or tasks
    [somatisch] a physical examination, such as measuring your blood pressure or a blood test
   *[screening] screening: a short check to see what care you need
}
stay-period-one = { $kind ->
        [dag] On { $first } you had 1 day of day treatment in the clinic.
       *[klinisch] On { $first } you stayed in the clinic for 1 day.
    } That costs { $total }.
stay-period = { $kind ->
        [dag] From { $first } to { $last } you had { $days } of day treatment in the clinic.
       *[klinisch] From { $first } to { $last } you stayed in the clinic for { $days }.
    } Together that costs { $total }.

## What went wrong while reading (explain/errors.rs)
position-file = The file
position = Line { $line }, column { $column }
error-with-place = { $place }: { $message }
error-empty = The file is empty.
error-not-a-nota = This does not look like a care bill (zorgnota). NotaWijzer looked for lines of care: a date, a prestatie code (such as CO0497) or a kind of care (such as a consultation), and an amount. This file has no such lines. So NotaWijzer has checked nothing. Is it your bill after all? Then open the PDF your care provider sent you, or copy the text of the bill itself and paste it into the text box.
error-not-text = { $what ->
        [pdf] This is a PDF file.{" "}
        [image] This is an image.{" "}
        [office] This is a Word or Excel file (or a zip).{" "}
        [rtf] This is a formatted text file (RTF).{" "}
       *[other] {""}
    }NotaWijzer can only read plain text. Copy the text of your statement and paste it into the text box.
error-file-too-large = The file is too large ({ $size } MB; the maximum is { $limit } MB). Only the beginning was read.
error-line-too-long = This line is too long ({ $chars } characters; the maximum is { $limit }). The line was skipped.
error-too-many-lines = The file has more than { $limit } lines. The lines after that were not read.
error-too-many-notas = The file holds more than { $limit } statements. The statements after that were not read.
error-too-many-items = This statement has more than { $limit } lines with amounts. The lines after that were not read.
error-too-many-files = You can open up to { $limit } files at once. This file was not read.
error-too-large-to-add = The amounts of this statement are together too large to add up exactly.
error-not-understood = NotaWijzer does not understand this line: “{ $text }”. The rest of the statement was read.
error-missing-date = This line has no date. NotaWijzer counts the amount, but cannot say when the care took place.
error-missing-code = This line has an amount but no prestatie code (such as CO0497). NotaWijzer counts the amount, but does not know what kind of care it is. Ask your care provider.
error-missing-amount = An amount such as € 100,00 belongs here, but there is none.
error-bad-amount = NotaWijzer cannot read the amount “{ $text }”. { $why ->
        [dot] In Dutch the dot separates thousands and the comma the cents. Do you mean cents? Then write, for example, 100,50.
        [decimals] At most two digits (the cents) belong after the comma.
        [grouping] The dots are in the wrong place: a dot always comes before three digits, as in 1.300.
        [large] This amount is larger than a statement can hold (over € 99,999,999.99).
       *[other] Write an amount such as € 100 or € 1.300,50.
    }
error-bad-date = { $why ->
        [no-day] The date “{ $text }” does not exist.
        [year] The year in “{ $text }” is not right.
        [no-year] “{ $text }” has no year, and the statement names no month (such as “Declaratie februari 2017”) to take the year from.
       *[unreadable] NotaWijzer cannot read the date “{ $text }”. Write, for example, 15-2-2017.
    }
error-bad-month = NotaWijzer does not recognise the month in “{ $text }”. Write, for example: Declaratie februari 2017.
error-bad-sequence = The sequence number “{ $text }” is not a whole number.
error-duplicate-header = “{ $key }” is on the statement twice, with a different value. NotaWijzer uses the first one.
error-json-ends-early = This JSON file stops too early: something is missing at the end, such as a bracket. NotaWijzer could not read it.
error-json-syntax = This JSON file is not well formed: a character here does not belong, or a comma, bracket or quotation mark is missing. NotaWijzer could not read anything from here on.
error-json-field = The field “{ $field }” must be { $what ->
        [amount] an amount with a dot and at most two decimals, such as "100.00"
        [date] a date, such as "2017-02-15"
        [month] a month, such as "2017-02"
        [minutes] a band of minutes, such as "3000-5999"
        [whole] a whole number
        [boolean] true or false
        [cluster] a cluster number or name
        [object] an object {"{"} … {"}"}
        [array] a list [ … ]
       *[text] text
    }. This field was skipped.
error-json-unknown-field = NotaWijzer does not know the field “{ $field }” and skipped it.

## Findings (explain/findings.rs); without medical detail in the letter
finding-cluster-conflict = The number and the name of the care cluster do not match: cluster { $number } is called “{ $name }”, but the name on the statement belongs to cluster { $other }. NotaWijzer uses the number.
finding-unknown-zvt = NotaWijzer does not know the zorgvraagtype “{ $text }”. There are 20 zorgvraagtypes, numbered 1 to 21 (there is no number 9).
finding-unknown-cluster = NotaWijzer does not know the care cluster “{ $text }”. There are 21 care clusters, numbered 0 to 21 (there is no number 9).
finding-review-beyond = The review date on the statement ({ $stated }) is later than allowed. For cluster { $cluster } the review must take place within { $interval } of the start of care. That is { $latest } at the latest.
finding-total-mismatch = The total on the statement ({ $stated }) is not the same as the lines added up ({ $lines }). The difference is { $difference }.
finding-duplicate = Line { $line } is on the statement twice: the same description, date and amount as line { $first }. Did this really happen twice?
finding-outside-month = The date on line { $line } ({ $date }) is not in { $month }, the month of this statement.
finding-before-trajectory = The date on line { $line } ({ $date }) is before your course of treatment started on { $start }.
finding-after-trajectory = The date on line { $line } ({ $date }) is after your course of treatment ended on { $end }.
finding-outside-trajectory = The date on line { $line } ({ $date }) is outside your course of treatment.
finding-review-overdue = { $kind ->
        [zvt] Your zorgvraagtype should have been assessed again by { $due } at the latest: this must happen at least once a year.
       *[review] Your care should have been reviewed by { $due } at the latest.
    } { $on ->
        [none] That date passed { $days } ago.
       *[other] On the last day of care on this statement ({ $on }) that date had passed { $days } before.
    }{ $kind ->
        [zvt] {" "}NotaWijzer cannot see whether it happened. Ask your practitioner.
       *[review] {""}
    }
finding-review-beyond-letter = The review date on the statement ({ $stated }) seems later than the rules allow: { $latest } at the latest.
finding-unclear-zvt = The zorgvraagtype on the statement is not clear.
finding-unclear-cluster = The care cluster on the statement is not clear.
finding-after-invoice = The date on line { $line } ({ $date }) is after the date of the statement ({ $invoice }). Care that had not been given yet does not belong on the statement.
finding-surcharge-alone = { $date ->
        [none] Line { $line } is a surcharge without a date, so NotaWijzer cannot find the consultation it belongs to. A surcharge always belongs to a consultation.
       *[other] Line { $line } is a surcharge, but this statement has no consultation on the same day ({ $date }). A surcharge always belongs to a consultation. Perhaps that consultation is on another statement. If not, ask about it.
    }
finding-non-insured = Line { $line } is care outside the basic package ({ $amount }). That is not a mistake: you pay for this care yourself, or your supplementary insurance if it covers it. In doubt? Ask your health insurer.
finding-quarter-hours = { $count ->
        [one] Line { $first } ({ $date }) is a quarter of an hour of care outside the basic package (OV0012). Since 2026 it is billed per 15 minutes: 1 × 15 minutes (source: { $url }).
       *[other] Lines { $first } to { $last } ({ $date }) are together one talk: { $count } × 15 minutes = { $minutes } minutes, { $amount } in all. Since 2026 care outside the basic package (OV0012) is billed per 15 minutes: so the same line is not on the statement twice. You pay for this care yourself, or your supplementary insurance if it covers it (source: { $url }).
    }
finding-privacy = This statement gives no diagnosis and no zorgvraagtype, because you signed a privacy statement (privacyverklaring) for that. That is allowed. The zorgvraagtype does not change the price (source: { $url }).
finding-code-description = On line { $line } the description does not match the code. Code { $code } is { $coded }, but the description names { $described }. The code sets the tariff. Ask your care provider which of the two is right.
finding-quantity = Line { $line } says { $quantity } times { $price }, but the amount is { $amount }. That does not add up. Ask your care provider which amount is right.
consult-words = a consultation{ $kind ->
        [diagnostiek] {" "}for assessment (diagnostiek)
        [behandeling] {" "}for treatment
       *[other] {""}
    }{ $minutes ->
        [none] {""}
       *[other] {" "}of { $minutes } minutes
    }{ $who ->
        [none] {""}
       *[other] {" "}with { $who }
    }
finding-above-max-contract = The amount on line { $line } ({ $amount }) is higher than the NZa maximum tariff for { $code ->
        [none] this code
       *[other] code { $code }
    } in { $year } ({ $max }). That is only allowed if your care provider has a written agreement about it with your health insurer: then it may be up to 10% higher (here up to { $limit }). Ask whether that agreement exists.
finding-above-max = The amount on line { $line } ({ $amount }) is { $percent }% higher than the NZa maximum tariff for { $code ->
        [none] this code
       *[other] code { $code }
    } in { $year } ({ $max }). Even with a written agreement with your health insurer it may be at most 10% higher ({ $limit }). This looks like too much: ask your care provider or health insurer to explain.

## The comparison with the DBC model (explain/estimate.rs)
estimate-zpm = Under the zorgprestatiemodel your course of treatment has cost { $total } so far.
estimate-zpm-span = Under the zorgprestatiemodel your course of treatment has cost { $total } so far (care from { $first } to { $last }).
estimate-dbc = Under the old DBC model the same course would cost an estimated { $total }: the product { $product }, at the maximum tariff of { $year }.
estimate-difference = { $how ->
        [same] That is the same amount under both models.
        [less] Under the zorgprestatiemodel that is { $difference } less so far.
       *[more] Under the zorgprestatiemodel that is { $difference } more so far.
    }
estimate-monthly = The DBC model sent one bill for the whole course: at its end, or after 365 days. The zorgprestatiemodel sends a statement every month. So you see the costs earlier and in parts, and the amount above still grows while your treatment continues.
estimate-basis-gbggz = Your statement names the basis-ggz profile “{ $profile }”. In the DBC model that meant the product { $product } (up to { $max } minutes). NotaWijzer uses the 2021 tariff, the last year of the DBC model (source: psychologenweerdsingel.nl). Had the care stopped after 120 minutes at most, it would have been an incomplete course of treatment (€228.04 in 2021).
estimate-basis-specialist = In the DBC model the price depended on the diagnosis group and the number of minutes of treatment. The consultations on your statements add up to { $minutes } minutes: the time of the sessions themselves. The DBC model also counted indirect time, such as reports and consultation between practitioners, so the real product may be higher. Tariffs: the NZa maximum tariffs of 2018 (source: cuserhuis.nl); NotaWijzer has no later tariffs per product.
estimate-indirect = With the zorgprestatiemodel's norm for indirect time, { $minutes } minutes are added. The product then becomes { $product }: { $price ->
        [none] an amount NotaWijzer does not know
       *[other] { $price }
    }.
estimate-none-profile = An estimate of the DBC amount needs the basis-ggz profile (kort, middel, intensief or chronisch) or the main diagnosis. Neither is on this statement, for example because you signed a privacy statement. So NotaWijzer makes no estimate.
estimate-none-group = NotaWijzer cannot match the diagnosis “{ $diagnosis }” to a product group of the DBC model. So NotaWijzer makes no estimate.
estimate-none-insured = Care for “{ $diagnosis }” was not in the basic package under the DBC model. So a comparison of amounts says little, and NotaWijzer makes no estimate.
estimate-none-table = Under the DBC model this care belongs to the product { $product }. It is not in the 2018 tariff table NotaWijzer has (the table is incomplete). NotaWijzer does not invent an amount, so it makes no estimate.
estimate-year-share = { $most ->
        [none] { $year }: { $amount } counts; NotaWijzer does not know the eigen risico of { $year }.
       *[other] { $year }: { $amount } counts; of that you pay at most { $most } yourself.
    }
estimate-er-zpm = Eigen risico (deductible) under the zorgprestatiemodel: each prestatie counts toward the eigen risico of the year you received the care (€385 a year). Care outside the basic package does not count.
estimate-er-dbc = Under the DBC model the whole course counted once, in the year it started ({ $year }): at most { $amount }.
estimate-er-new-year = Your course runs across New Year. Under the zorgprestatiemodel you may therefore pay up to { $extra } more eigen risico than under the DBC model.
estimate-er-one-year = So far your course falls within one year: under both models it counts toward the eigen risico of that one year.
estimate-er-under-18 = By the birth date on the statement you were under 18. Under-18s pay no eigen risico.
estimate-er-other-care = What you really pay depends on other care you received that year: the eigen risico may already be (partly) used up. NotaWijzer cannot see that.

## What do you pay? (explain/payment.rs)
payment-reason = { $reason ->
        [no-show] an appointment that did not take place
        [fee] a charge of the provider's own
       *[non-insured] care outside the basic package
    }
payment-now = You pay { $pay } now. Of this, { $insured } is insured care.
payment-now-part = You pay { $pay } now. Of the whole statement ({ $total }), { $insured } is insured care.
payment-now-uninsured = You pay { $pay } now. Nothing on this statement is paid by your basic insurance. A contract of your care provider or the percentage in your policy does not change that. Your supplementary insurance or your employer may pay for it: ask them.
payment-never = Your health insurer never pays back line { $line } ({ $amount }): this is { $reason }.
payment-er-unknown = The eigen risico (deductible) of { $year } is not yet known.
eigen-risico-budget = For { $year } NotaWijzer counts with an eigen risico (deductible) of { $amount }: the figure of the { $year } budget (Prinsjesdag 2026). NotaWijzer has not yet seen a government page that confirms it (source: { $url }).
payment-er-under-18 = You were under 18: you have no eigen risico (deductible) in { $year }.
payment-er-share = { $given ->
        [yes] { $year }: { $amount } of the insured care on this statement falls under your eigen risico (deductible). You pay that yourself.
       *[no] { $year }: { $amount } of the insured care on this statement falls under your eigen risico (deductible), if you have paid none of it this year. How much you have paid already is on your health insurer's website or app.
    }
payment-policy = Has your care provider no contract with your health insurer, and does your policy pay { $percent } %? Then your insurer pays you back at most { $back }. So you pay at least { $least } yourself.
payment-policy-most = This is the most. Your insurer also pays no more than that percentage of its own average contracted tariff, which NotaWijzer does not know. Some insurers publish their highest payout per prestatie code on their website.
payment-policy-unknown = NotaWijzer cannot work out what your insurer pays back: the eigen risico (deductible) of a year on this statement is not yet known.
payment-policy-ask = Has your care provider no contract with your health insurer? Then your insurer pays back part of it: the percentage in your policy, under 'non-contracted care'. In 2026 it is mostly 60 % to 85 % (source: { $source }). With that percentage NotaWijzer works out the most you get back.
payment-hinderpaal = There is no legal minimum for that percentage. The rule is that the payout may not be so low that it stops you from going to this provider (the hinderpaal criterion, article 13 of the Zorgverzekeringswet; Supreme Court: { $source }). Some insurers require you to ask for consent in advance.
payment-contracted = Does your care provider have a contract with your insurer? Then it sends the bill to your insurer, and you pay only your eigen risico (deductible). If you still get a bill yourself, ask why.
letter-never-line = line { $line } ({ $amount }: { $reason })
letter-never = My health insurer never pays these lines back: { $lines }. Is it right that I pay them myself?

## The overview (explain/overview.rs)
overview-month-total-zpm = This statement asks { $amount }{ $first ->
        [none] {""}
       *[other] {" "}for care { $last ->
            [none] on { $first }
           *[other] from { $first } to { $last }
        }
    }.
overview-month-total = { $kind ->
        [dbc] This DBC statement asks { $amount } for the whole course of treatment.
       *[pilot] This statement asks { $amount }{ $month ->
            [none] {""}
           *[other] {" "}for { $month }
        }.
    }
overview-still-to-pay = { $paid ->
        [none] Still to pay { $balance }.
       *[other] Still to pay { $balance }; { $paid } has been paid already.
    }
overview-for-zpm = { $first ->
        [none] statement { $number }
       *[other] for care { $last ->
            [none] on { $first }
           *[other] from { $first } to { $last }
        }{ $number ->
            [none] {""}
           *[other] {" "}(statement { $number })
        }
    }
overview-for = { $kind ->
        [dbc] for the whole course of treatment (DBC){ $sequence ->
            [none] {""}
           *[other] {" "}(sequence number { $sequence })
        }
       *[pilot] { $month ->
            [none] (sequence number { $sequence })
           *[other] for { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(sequence number { $sequence })
            }
        }
    }
overview-cumulative = { $until ->
        [none] Your course of treatment has cost { $total } so far: { $before } before and { $now } on this statement.
       *[other] Your course of treatment has cost { $total } in all up to and including { $until }: { $before } before and { $now } on this statement.
    }
overview-cumulative-unknown = The statement does not say what was billed before for this course of treatment. With this statement it comes to at least { $total } so far.
overview-findings = { $count ->
        [0] NotaWijzer found nothing that looks wrong.
        [one] NotaWijzer found { $count } thing to ask about.
       *[other] NotaWijzer found { $count } things to ask about.
    }

## Care clusters and zorgvraagtypes (the names: clusters.rs)
cluster-name = { $number ->
    [0] Variance
    [1] Common mental health problems (low severity)
    [2] Common mental health problems (low severity with greater need)
    [3] Non-psychotic (moderate severity)
    [4] Non-psychotic (severe)
    [5] Non-psychotic (very severe)
    [6] Non-psychotic disorders of overvalued ideas
    [7] Enduring non-psychotic disorders (high disability)
    [8] Non-psychotic chaotic and challenging disorders
    [10] First episode in psychosis
    [11] Ongoing recurrent psychosis (low symptoms)
    [12] Ongoing or recurrent psychosis (high disability)
    [13] Ongoing or recurrent psychosis (high symptom and disability)
    [14] Psychotic crisis
    [15] Severe psychotic depression
    [16] Dual diagnosis (substance abuse and mental illness)
    [17] Psychosis and affective disorder difficult to engage
    [18] Cognitive impairment (low need)
    [19] Cognitive impairment or dementia (moderate need)
    [20] Cognitive impairment or dementia (high need)
   *[21] Cognitive impairment or dementia (high physical need or engagement)
}
cluster-group = { $group ->
    [Ia] Mild/moderate/severe
    [Ib] Very severe/complex/enduring
    [IIa] First episode
    [IIb] Enduring/recurrent
    [IIc] Acute episode
    [IId] Unstable lifestyle
    [IIIa] Cognitive impairment
   *[none] Care need that cannot be clustered
}
cluster-super = { $numeral ->
    [I] Care need without troubling psychotic symptoms or delusions
    [II] Care need with troubling psychotic symptoms or delusions
    [III] Care need around neurocognitive problems
   *[none] Care need that cannot be clustered
}
cluster-sentence = Your care cluster is { $number }: { $name }. It belongs to group { $group } ({ $groupname }), in supercluster { $numeral } ({ $supername }).
cluster-sentence-apart = Your care cluster is { $number }: { $name }. This cluster stands apart from the three superclusters.
cluster-indicative = How long care in this cluster usually takes: { $value }.
cluster-indicative-months = { $from } to { $to } months
cluster-indicative-unknown = not known (the NZa published it only for cluster 3)
cluster-review-interval = Your care in this cluster must be looked at again (reviewed) at least every { $interval }.
cluster-working-names = Only the Dutch name “Psychische aandoening ernstig” (cluster 4) comes from an NZa statement. The other Dutch names are NotaWijzer's working translations of the English names.
zvt-sentence = Your zorgvraagtype (care-need type) is { $number }: “{ $name }”. It describes how heavy and complex your need for care is. It succeeds the care cluster of the 2017 pilot and uses the same numbers. The zorgvraagtype does not set the price: that depends on the prestaties on the statement.
zvt-review-note = Your practitioner assesses the zorgvraagtype again at least once a year. The official terms per zorgvraagtype are not published in a form NotaWijzer can verify. So NotaWijzer counts one year from the start of your course of care, and every year after that.
zvt-names-note = The official Dutch names of the zorgvraagtypes are not published in a form NotaWijzer can verify. The names here are NotaWijzer's working translations of the English names of the model the zorgvraagtype derives from.

## The review (explain/overview.rs)
review-none = { $kind ->
        [zvt] The statement gives no start date of the course of care, so NotaWijzer cannot work out when the zorgvraagtype must be assessed again.
       *[review] The statement gives no review date, and NotaWijzer cannot work it out without a care cluster and start date.
    }
review-due = { $kind ->
        [zvt] { $stated ->
            [yes] According to the statement, your zorgvraagtype will be assessed again by { $date }.
           *[no] Your zorgvraagtype must be assessed again by { $date } at the latest.
        }
       *[review] { $stated ->
            [yes] According to the statement, the review must take place by { $date } at the latest.
           *[no] The statement gives no review date. By the rules for this cluster it is { $date } at the latest.
        }
    }
review-on-ahead = On the last day of care on this statement ({ $on }) that date had not yet passed.
review-on-passed = On the last day of care on this statement ({ $on }) that date had passed { $days } before.
review-today = That is today.
review-ahead = That is in { $days }.
review-passed = That date passed { $days } ago.
review-not-needed = A review is no longer needed: your care ended on { $ended }, before that date.
review-label-in-time = in time for this statement
review-label-late = { $days } late for this statement
review-label-unknown = unknown
review-label-today = today
review-label-left = { $days } left
review-label-passed = passed { $days } ago
review-label-not-needed = no longer needed

## The pilot's comparison with the DBC statement (explain/overview.rs)
comparison-totals = { $until ->
        [none] Under the care cluster model your course of treatment cost { $cluster }.
       *[other] Under the care cluster model your course of treatment cost { $cluster } up to and including { $until }.
    } Under the old DBC model the same course costs { $dbc }.
comparison-difference = { $how ->
        [same] That is exactly the same amount.
        [less] So under the care cluster model your insurer paid { $difference } less.
       *[more] So under the care cluster model your insurer paid { $difference } more.
    }
comparison-why = Why the difference? Under the DBC model your insurer pays one amount for the whole course of treatment. That amount depends on the diagnosis group (“{ $group }”) and on how many minutes were spent on your treatment ({ $minutes }). The days in the clinic are added. That bill only comes at the end of the course. Under the care cluster model a statement comes every month for what was done that month.
comparison-why-short = Why the difference? Under the DBC model your insurer pays one amount for the whole course, plus the days in the clinic, and that bill only comes at the end. Under the care cluster model a statement comes every month.
comparison-stay = The DBC amount includes { $days } in the clinic ({ $amount }).
comparison-maximum = For comparison: the NZa maximum tariff 2018 for this DBC product was { $amount }.
comparison-incomplete = Note: the care cluster statement does not yet reach the end of the DBC course. So the comparison is not complete yet.
comparison-glance = { $how ->
        [same] The same as under the DBC model ({ $estimate ->
            [yes] estimate: { $dbc }
           *[no] { $dbc }
        }).
        [less] { $estimate ->
            [yes] So far { $difference } less than under the DBC model (estimate: { $dbc }).
           *[no] { $difference } less than under the DBC model ({ $dbc }).
        }
       *[more] { $estimate ->
            [yes] So far { $difference } more than under the DBC model (estimate: { $dbc }).
           *[no] { $difference } more than under the DBC model ({ $dbc }).
        }
    }
comparison-none = A comparison with the old DBC model needs the DBC statement of the same course of treatment as well. Open it together with this statement. NotaWijzer does not work out a DBC amount without it: the tariffs are not fully public.

## Whom to ask (rijksoverheid.nl, NZa meldpunt)
ask-insurer = Ask your health insurer first. They can check the statement and tell you what they did.
ask-provider = Did the statement come straight from your care provider (the practice or institution)? Then ask your care provider first.
ask-nza = Can't sort it out together? Report it to the Dutch Healthcare Authority (NZa): www.nza.nl/contact/meldpunt, or call 088 770 8 770 (working days, 9:00 to 17:00).
ask-never-send = Never send your citizen service number (BSN), bank account number or medical details when you ask a question.

## The letter to the health insurer (always sent in Dutch; this translation is shown beside it)
letter-greeting = Dear Sir or Madam,
letter-question = I have a question about { $number ->
        [none] { $month ->
            [none] { $sequence ->
                [none] my statement
               *[other] the statement with sequence number { $sequence }
            }
           *[other] the statement for { $month }{ $sequence ->
                [none] {""}
               *[other] {" "}(sequence number { $sequence })
            }
        }
       *[other] statement { $number }
    }{ $dbc ->
        [yes] {" "}(DBC)
       *[no] {""}
    }. It is about the following:
letter-more = and { $count } more points like these.
letter-closing =
    Could you please check this and let me know what is correct?

    Kind regards,

## Comparison with the DBC model: table and charts (compare.rs)
compare-er-heading = Eigen risico (deductible)
compare-no-estimate = NotaWijzer cannot estimate what the DBC model would cost: see the comparison.
compare-er-under-18 = Eigen risico: under 18 you pay none.
compare-er-glance = Eigen risico: you pay at most { $zpm } for this (under the DBC model at most { $dbc }).
compare-er-see = Eigen risico: see the comparison.
compare-unknown = unknown
compare-together = Together
compare-table-caption = Per calendar year: what counts and the most you pay
compare-table-year = Year
compare-table-counts = Counts (zorg­pres­tatie­model)
compare-table-most = You pay at most (zorg­pres­tatie­model)
compare-table-most-dbc = You paid at most (DBC model)
compare-chart-cost = What your course of treatment costs
compare-chart-nota = Statement { $number }: { $amount }
compare-chart-zpm = Zorgprestatiemodel{ $until ->
        [none] {""}
       *[other] {" "}(to { $until })
    }: { $amount }
compare-chart-dbc = DBC model, estimated at the tariff of { $year }: { $amount }
compare-chart-er = Eigen risico you pay at most
compare-chart-er-zpm = Zorgprestatiemodel: at most { $amount }
compare-chart-er-dbc = DBC model: at most { $amount }
compare-chart-er-dbc-year = DBC model { $year }: { $amount }

## Notices about fetching or reading a nota (notices.rs)
notice-src-refused = NotaWijzer does not open a statement from { $origin }: that website is not on this NotaWijzer's list of partners. Download the statement and open the file here yourself.
notice-src-network = NotaWijzer could not fetch the statement. Is your internet connection working? Try again later, or download the statement and open the file here.
notice-src-unauthorized = You are not (or no longer) logged in to the website that holds the statement. Log in again, then open the statement once more.
notice-src-not-found = The statement was not found. Perhaps the link has expired. Open it again from your insurer's website.
notice-src-too-large = This statement is larger than NotaWijzer can read (over 4 MB). Ask your insurer for the statement month by month.
notice-src-http = The website with the statement returned an error (code { $code }). Please try again later.
notice-pdf-failed = { $name }: { $problem ->
        [scan] NotaWijzer found no text in this PDF. Download the statement as a PDF from your provider or insurer, take a photo of the paper statement, or type the lines under “Or paste the text of your statement”.
        [password] this PDF is protected by a password. NotaWijzer never asks for passwords. Open the PDF in your PDF reader, save it without a password (or print it to PDF) and open that file here.
        [damaged] this PDF is damaged or not a real PDF: NotaWijzer cannot open it. Download the statement again and try once more.
       *[large] this PDF is larger than 10 MB, larger than NotaWijzer reads. A statement is usually much smaller; perhaps it holds photos. Ask your provider or insurer for the statement itself.
    }
notice-picture-failed = { $name }: { $problem ->
        [unreadable] NotaWijzer cannot open this image. Open a photo as JPEG, PNG or WebP, or the statement's PDF.
        [heic] this is a HEIC photo (how an iPhone stores photos), and this browser cannot open it. Send the photo as JPEG: on the iPhone, choose Settings > Camera > Formats > “Most Compatible” and take the photo again. Or take a screenshot of the photo and open that here.
        [unavailable] NotaWijzer's text recognition did not load. Reload the page and open the photo once more.
        [large] this photo is larger than 10 MB, larger than NotaWijzer reads. Take the photo again with an ordinary camera setting, or take a screenshot of the photo and open that here.
        [dark] the photo is too dark: NotaWijzer cannot read the text.
        [blurred] the photo is too blurred: NotaWijzer cannot read the text.
       *[no-text] NotaWijzer found no text in this photo.
    }
notice-pdf-opening = NotaWijzer is opening your PDF…
notice-pdf-reading = NotaWijzer is reading your PDF: page { $page } of { $pages }…
notice-picture = { $step ->
        [0] NotaWijzer is preparing the photo for reading…
        [1] Loading text recognition… { $done } %
       *[2] Recognising text… { $done } %
    }{ $pages ->
        [0] {""}
        [1] {""}
       *[other] {" "}(page { $page } of { $pages })
    }
notice-picture-tips = What you can try: lay the statement flat in a place with plenty of light (no flash that reflects). Hold the phone straight above the statement, so the whole statement is in the photo. Tap the screen to focus and hold the phone still. Do you also have the statement as a PDF? Then open that: NotaWijzer reads it for sure.

## The page's own words (labels.rs; in the first download)
app-title = NotaWijzer ggz
app-tagline = Understand your Dutch mental-health-care statement
app-skip-link = Skip to the content
app-lang-switch = Language
app-open-heading = Open your statement
app-privacy = Your statement stays on your own device. NotaWijzer sends nothing anywhere and keeps nothing.
app-choose-files = Choose one or more files
app-file-hint = The PDF of your statement or a photo of it (up to 10 MB), or a text, CSV or JSON file (up to 4 MB); several at once too.
app-take-photo = Take a photo of your statement
app-drop-here = You can also drag the files here.
app-paste-summary = Or paste the text of your statement
app-paste-label = Text of the statement
app-paste-hint = Copy the text from your statement (for example from an e-mail or PDF) and paste it here.
app-paste-button = Read this text
app-example-button = See the example (Meneer Henk)
app-clear-button = Start again
app-print-button = Print
app-reading = Reading…
app-open-again = Open another statement
app-letter-label = Text to send (without citizen service number or medical details)
app-letter-hint = You can copy this text and paste it into an e-mail or your insurer's contact form.
app-copy-button = Copy the text
app-copied = The text has been copied.
app-copy-failed = Copying did not work. Select the text and copy it yourself.
app-lines-heading = Every line explained
app-cluster-heading = Your care cluster
app-comparison-heading = Comparison with the old DBC model
app-footer-privacy = NotaWijzer works entirely in your browser: your statement goes nowhere.
app-footer-sources = Sources: NZa, care cluster model presentation (2017); letter to parliament of 2 March 2020; the English Mental Health Clustering Tool (clusters and review periods).
app-footer-disclaimer = NotaWijzer explains; it does not advise. In doubt? Ask your health insurer.
view-cluster-intro = In the care cluster model every patient belongs to one of 21 care clusters, based on a questionnaire (HoNOS+). Each cluster belongs to a group and a supercluster, and has a fixed period within which care is looked at again (review). Open your statement to see your own cluster.
app-engine-loading = NotaWijzer is loading…
app-engine-failed = The part of NotaWijzer that reads statements did not load. Perhaps the connection dropped. Your statement has been kept: please try again.
app-retry-button = Try again
view-comparison-intro = Until 2022 mental health care in the Netherlands was paid through DBCs: one amount for the whole course of treatment, chosen by diagnosis group and minutes of treatment, plus the days in the clinic. Under the care cluster model a statement comes every month.
app-lines-empty = Open a statement first. Then every line is explained here.
app-example-zpm-button = See a current example (2025)
app-page-ask = Does something look wrong?
app-page-checks = How NotaWijzer checks
app-page-privacy = Privacy
app-page-accessibility = Accessibility
app-view-overview = Overview
app-view-lines = Line by line
app-view-zvt = Care-need type
app-view-cluster = Care cluster
app-view-comparison = DBC comparison
app-view-sections = Sections

## The words of the views (labels.rs, ViewLabels)
view-payment-heading = What do you pay?
view-payment-private = What you fill in below stays in this page: it is not in the link, not stored and sent nowhere. “Start again” clears it.
view-no-contract = My care provider has no contract with my health insurer
view-percent-label = What percentage does your policy pay for care without a contract?
view-percent-hint = Your policy conditions say so, under ‘non-contracted care’. A number from 0 to 100.
view-used-hint = Your health insurer's website or app shows this. Empty: NotaWijzer counts as if you paid none yet.
view-glance-heading = At a glance
view-how-checked = How NotaWijzer checks this (opens in a new tab)
view-asks = This statement asks
view-so-far = The course of treatment has cost so far
view-findings-heading = What looks wrong
view-notes-heading = Good to know
view-notes-more = More about this, and how NotaWijzer checks it
view-ask-heading = Something not right?
view-pdf-read-note = The text NotaWijzer took from your PDF, with the line numbers messages use. Does an amount not match your PDF? Here you see where it went wrong.
view-picture-read-note = The text NotaWijzer recognised in the photo, with the line numbers messages use. Reading a photo does not always go right: compare the amounts, dates and codes with your statement. Under “All lines”, each line has the strip of the photo it came from beside it.
view-picture-correct = Does your statement say something else? The recognised text is also in the box under “Or paste the text of your statement”. Correct it there and choose “Read this text”.
view-picture-cut = Some of the text touches the edge of the photo. Perhaps part of the statement was outside the photo. Take the photo again, with the whole statement in it.
view-strip-alt = Strip of the photo this line is on
view-from-picture = Read from the photo
view-unsure = Not read with certainty, check this on the photo:
view-stays-heading = Days in the clinic
view-show-more = Show more lines
view-cluster-none = This statement names no care cluster.
view-tree-label = Where your care cluster sits in the care cluster model
view-your-cluster = your cluster
view-catalogue-summary = Show all 21 care clusters
view-review-heading = Review
view-review-date = Review date
view-review-status = Status
view-review-interval = Review at least every
view-review-latest = Latest by the rules
view-chart-title = Cost of the course of treatment: care cluster model and DBC model side by side
view-dbc-model = DBC model
view-before = before
view-this-month = this statement
view-product = DBC product
view-stays = stays
view-other = other
view-errors-heading = What NotaWijzer could not read
view-errors-intro = These lines were not (fully) read. The rest was read. Below is your own text, with the place of the problem.
view-source-label = Your text
view-unreadable-file = NotaWijzer could not read anything from this file.
view-number = Number
view-name = Name
view-group = Group
view-supercluster = Supercluster
view-period = How long care usually takes
view-show-all-findings = Show all points
view-zvt-heading = Your zorgvraagtype (care-need type)
view-zvt-none = This statement gives no zorgvraagtype. With a privacy statement that is allowed.
view-zvt-uninsured = This statement has only care outside the basic package. So NotaWijzer says nothing about a zorgvraagtype or about assessing it again.
view-zvt-privacy-short = Not given (privacy statement)
view-zvt-tree = Place of your zorgvraagtype in the model
view-zvt-yours = your zorgvraagtype
view-retype-heading = Assessed again
view-retype-due = To be assessed again by

## Parts of the views (view.rs)
view-nota-title = { $kind ->
        [cluster] Care cluster statement
        [dbc] DBC statement
       *[zpm] Care statement
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
       *[other] {" "}(sequence number { $sequence })
    }
view-errors-more = … and { $count } more.
view-glance-review = { $kind ->
        [zvt] To be assessed again by { $date }
       *[review] Review by { $date }
    } · { $status }
view-picture-misread = This statement was read from a picture: perhaps a digit was misread. Compare the amounts under “All lines” with the strip of the picture beside them, and correct the text if needed.
view-findings-first = These are the first { $shown } of { $count } points.
view-cluster-unknown-text = { $kind ->
        [zvt] NotaWijzer does not know this zorgvraagtype: “{ $text }”
       *[cluster] NotaWijzer does not know this care cluster: “{ $text }”
    }
view-chart-cluster = Care cluster model{ $until ->
        [none] {""}
       *[other] {" "}(to { $until })
    }: { $amount }
view-input-problem = { $problem ->
        [number] Enter a number, such as 75 or 120.50.
        [percent] Enter a percentage from 0 to 100.
        [amount] Enter an amount of 0 or more.
       *[year] Enter a year, such as 2025.
    }
view-not-a-nota-heading = No care bill found
view-used-label = Eigen risico (deductible) you already paid in { $year } (euros)
view-letter-translated-heading = What this letter says, in English
view-letter-dutch-note = The letter is in Dutch, because your health insurer reads Dutch. Send the Dutch text above; this translation is for you.
app-crash-title = Something went wrong in NotaWijzer
app-crash-text = NotaWijzer could not go on. Your statement was not sent anywhere: everything stayed on your own device.
app-crash-do = Reload the page and try again. If it goes wrong again, ask your health insurer to explain the statement.
app-crash-again = Start again
app-crash-details = Technical details (for the administrator)

## The checks (pages.rs; also in the app with every finding)
about-source = { $code ->
    [above_max_tariff] the NZa maximum tariff of this prestatie code in the year of its date (the tariff table below, with the source of every amount).
    [cluster_conflict] the list of care clusters of the NZa pilot (2017).
    [date_after_invoice] the invoice date on the statement.
    [date_outside_month] the month the statement bills (a care-cluster statement bills one month).
    [date_outside_trajectory] the start and end date of the course of care on the statement.
    [duplicate_line] the statement itself.
    [non_insured] the line's description and code.
    [privacy_statement] the statement itself, and the NZa: with a privacy statement, diagnosis and zorgvraagtype are not on the statement.
    [quarter_hours] the rules for 2026 (Fitz, on the NZa's rules): care outside the basic package (OV0012) is billed per 15 minutes.
    [review_beyond_interval] the review interval per care cluster of the NZa pilot (2017).
    [review_overdue] the review interval per care cluster (NZa pilot, 2017); for a zorgvraagtype, the rule that it is assessed again at least once a year.
    [surcharge_without_consult] the statement itself.
    [code_description_mismatch] the codes of the zorgprestatiemodel: every consult code stands for one kind of consultation, one duration and one profession.
    [quantity_mismatch] the statement itself: the count, the rate and the amount on a line.
    [total_mismatch] the statement itself: the total and the lines.
   *[unknown_cluster] the list of care clusters (2017 pilot) and the zorgvraagtypen 1 to 21 (without 9).
}
about-checked = { $code ->
    [above_max_tariff] whether the amount is above that maximum tariff. Up to 10% above is allowed when the provider has a contract with your insurer; NotaWijzer then says so.
    [cluster_conflict] whether the care cluster's number and name on the statement point to the same cluster.
    [date_after_invoice] whether a line is dated after the invoice date: care can only be billed once it has been given.
    [date_outside_month] whether every line is dated in that month.
    [date_outside_trajectory] whether a line falls before the start or after the end of the course.
    [duplicate_line] whether the same line (the same description or code, date and amount) is on the statement twice.
    [non_insured] whether a line is care outside the basic package. That is not an error: you pay for that care yourself.
    [privacy_statement] whether the statement says you signed a privacy statement. Then no zorgvraagtype is missing: none should be on it.
    [quarter_hours] whether lines with OV0012 on the same day are the quarters of one talk, and how long that talk was in all.
    [review_beyond_interval] whether the review date on the statement is later than the cluster's interval allows.
    [review_overdue] whether the review date has passed while your care went on.
    [surcharge_without_consult] whether a surcharge (such as travel time) has a consultation on the same day on the statement.
    [code_description_mismatch] whether the line's description names another duration, kind of consultation or profession than its code. The code sets the tariff.
    [quantity_mismatch] whether the count times the rate gives the line's amount, to the cent.
    [total_mismatch] whether the lines add up, to the cent, to the total on the statement.
   *[unknown_cluster] whether the number or name on the statement is on that list.
}
about-not-checked = { $code ->
    [above_max_tariff] whether your insurer has a contract with the provider, and codes or years the table does not hold (NotaWijzer then says so).
    [cluster_conflict] which of the two is right, and whether the cluster fits you.
    [date_after_invoice] whether the invoice date itself is right.
    [date_outside_month] whether the care was really given on that date.
    [date_outside_trajectory] whether the start and end dates themselves are right.
    [duplicate_line] whether it really happened twice: two sessions on one day can be right.
    [non_insured] whether your supplementary insurance pays for it.
    [privacy_statement] whether you really signed the statement: your care provider knows.
    [quarter_hours] whether the talk really lasted that long.
    [review_beyond_interval] whether your practitioner had a reason for a later review.
    [review_overdue] whether the review or the new assessment did take place: that is not on the statement. Ask your practitioner.
    [surcharge_without_consult] the prestatie's link number (NotaWijzer does not read it), and consultations on another statement.
    [code_description_mismatch] which of the two matches the care you received.
    [quantity_mismatch] whether the count matches the care you received.
    [total_mismatch] whether the lines themselves match the care you received.
   *[unknown_cluster] whether the cluster or zorgvraagtype fits you.
}
about-title = { $code ->
    [above_max_tariff] Above the maximum tariff
    [cluster_conflict] The care cluster's number and name differ
    [date_after_invoice] Dated after the invoice date
    [date_outside_month] Dated outside the billed month
    [date_outside_trajectory] Dated outside the course of care
    [duplicate_line] The same line twice
    [non_insured] Care outside the basic package
    [privacy_statement] Privacy statement: no diagnosis and no zorgvraagtype
    [quarter_hours] Care outside the basic package per 15 minutes
    [review_beyond_interval] Review date later than allowed
    [review_overdue] Review or new assessment overdue
    [surcharge_without_consult] Surcharge without a consultation
    [quantity_mismatch] Count times rate is not the amount
    [code_description_mismatch] Description does not match the code
    [total_mismatch] Total does not match the lines
   *[unknown_cluster] Unknown care cluster or zorgvraagtype
}

## The separate pages (pages.rs)
page-back = Back to NotaWijzer
page-languages = This page in another language
page-checks-intro = NotaWijzer explains your statement and looks for anything that does not seem right. For each check below: what NotaWijzer looks at, the source it rests on, and what NotaWijzer cannot check. NotaWijzer gives no verdict: if in doubt, ask.
page-source = Source
page-checked = What NotaWijzer checks
page-not-checked = What not
page-json-code = Code in the JSON output
page-pay-heading = What you pay, and what you get back
page-pay-no-show = An appointment that did not take place (missed, cancelled too late): not an NZa prestatie. The provider charges it under your treatment agreement. Your health insurer never pays it back, and it does not count towards the eigen risico (deductible).
page-pay-fee = Other charges of the provider's own (administration, a report for a third party, a copy of your file): not a prestatie either, never reimbursed.
page-pay-non-insured = Care outside the basic package (OV0012, 'overig product'): you pay it yourself, or your supplementary insurance if it covers it. From 2026, OV0012 is billed per 15 minutes.
page-pay-referral = Care without a valid referral dated before the intake.
page-pay-rule = Does your care provider have a contract with your health insurer? Then it sends the bill to your insurer and you pay only the eigen risico (€ 385 a year in 2016–2026; none under 18; per calendar year of the care; that of 2027 is not yet known). Without a contract your insurer pays per line at most your policy's percentage (in 2026 mostly 60 % to 85 %), and no more than that percentage of its own average contracted tariff; then the eigen risico still open is taken off. NotaWijzer works that out when you give the percentage, and says it is a maximum. There is no legal minimum percentage: the payout may only not be so low that it stops you (the hinderpaal criterion, article 13 of the Zorgverzekeringswet). Some insurers require consent in advance.
page-pay-complain = Is the payout wrong? Ask your health insurer first. If you cannot agree, you can go to the Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ, https://www.skgz.nl). A problem that happens more often can be reported to the NZa (https://www.nza.nl/contact/meldpunt).
page-sources = Sources
page-tables-heading = What NotaWijzer's tables hold
page-tables-intro = NotaWijzer only knows amounts it can back with a source. Where a code or year is not here, NotaWijzer says it does not know the maximum tariff; it never invents an amount.
page-tariffs-caption = Maximum tariffs per prestatie code
page-code = Code
page-tariff-sources = Sources of the tariffs
page-eigen-risico = Eigen risico (deductible) { $first }–{ $last }: { $amount } a year (source: { $source }).
page-gbggz = GB-ggz products, tariff { $year } (source: { $source }): { $list }.
page-specialist = Specialist mental health care under the DBC model: NotaWijzer holds part of the 2018 maximum tariffs. Where a course falls in a product that is not there, NotaWijzer makes no estimate and says why.
page-privacy-title = Privacy: what happens to your statement
page-privacy-intro = Your statement holds details about your health. So this is how NotaWijzer works:
page-privacy-device-lead = Your statement stays on your own device.
page-privacy-device = NotaWijzer reads and checks it in your browser. Nothing goes to a server: not the statement, not the explanation, not what you click.
page-privacy-store-lead = NotaWijzer stores nothing.
page-privacy-store = No cookies, no storage in the browser. Close the page and everything is gone.
page-privacy-counters-lead = No counters, no ads.
page-privacy-counters = NotaWijzer uses no statistics or services of others. Every part, the PDF reader, the text recognition and the languages too, comes from the same website as NotaWijzer itself.
page-privacy-csp-lead = The browser holds NotaWijzer to that promise.
page-privacy-csp = The page has a security rule (Content-Security-Policy) that makes the browser refuse to send anything to, or load anything from, another website.
page-privacy-exception-lead = One exception.
page-privacy-exception = If you open NotaWijzer from your insurer's or patient association's website with a link to your statement, NotaWijzer fetches that one statement from that website. Only websites listed in NotaWijzer as partners may do so.
page-privacy-check-heading = Check it yourself
page-privacy-step-1 = Open NotaWijzer on a computer and press F12 (or choose in the browser's menu: More tools → Developer tools).
page-privacy-step-2 = Choose the Network tab.
page-privacy-step-3 = Open your statement in NotaWijzer.
page-privacy-step-4 = You see only NotaWijzer's own files being fetched, and not a single request that sends your statement.
page-a11y-title = Accessibility statement
page-a11y-intro = NotaWijzer wants everyone to understand their care statement, also those who are visually impaired or blind, use only a keyboard, or read Dutch less well. This statement follows the structure of the Dutch government's model accessibility statement.
page-a11y-standard-heading = Standard
page-a11y-standard = NotaWijzer aims at WCAG 2.2 level AA, the standard behind EN 301 549.
page-a11y-status-heading = Status: partially compliant
page-a11y-status = NotaWijzer has been tested with automated and manual checks (below). There has not yet been an audit by an independent expert, nor a test with people who use a screen reader. Until then we state the status honestly: partially compliant.
page-a11y-tested-heading = How it was tested
page-a11y-tested-axe = Automatically, on every change: axe-core with the rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA (including the minimum target size of 24 by 24 pixels), on every state the tests reach: empty page, examples, own files, PDFs, photos, messages, every tab, in every language of NotaWijzer (Arabic from right to left).
page-a11y-tested-lighthouse = Lighthouse: accessibility 100.
page-a11y-tested-snapshots = Recorded accessibility trees (ARIA snapshots) of every tab, so every change to headings, landmarks and names shows.
page-a11y-tested-hand = By hand: the whole way with the keyboard only (open the example, every tab, the findings, print), with visible focus at every step; screen widths of 320, 375 and 1280 pixels, with screenshots that were looked at.
page-a11y-tested-drag = Dragging is never needed: a file you can drag onto the page you can also choose with the button. Nothing on the page stays fixed on screen, so the focus is never hidden behind anything. Help (“Does something look wrong?”) is in the same place on every page, at the bottom.
page-a11y-not-heading = What does not (yet) comply
page-a11y-not-photo = NotaWijzer reads a photo or scan of a statement with text recognition, and that does not always go right. Beside each line is the strip of the photo it came from, as an image with a description; words NotaWijzer did not read with certainty are marked in the text beside it. Whoever cannot see the photo can read the recognised text and correct it in the text box. Compare the amounts with the statement itself too.
page-a11y-not-charts = The charts in the comparison are images with a text description; the same amounts are in the text and the table. Colour is not the only cue between the parts of a bar, but the colours have not been tested for every kind of colour blindness.
page-a11y-not-readers = Not tested with real users of screen readers (NVDA, JAWS, VoiceOver, TalkBack). The Turkish, Arabic, Polish and Ukrainian texts have not yet been checked by a native speaker who works in care; the page says so in those languages.
page-a11y-contact-heading = Contact
page-a11y-contact = Did you run into something that does not work? Report it to the organisation on whose website you use NotaWijzer (your patient association or health insurer); they pass it on to us. NotaWijzer itself collects no data, and so has no form in the page.
page-a11y-date = This statement was drawn up on 24 November 2026 and updated on 2 December 2026.
app-not-reviewed = This translation has not yet been checked by a native speaker who works in care.

## The command line (src/bin/notawijzer.rs)
cli-pdf = this is a PDF. NotaWijzer reads PDFs in the browser: open the file in the web app (.ci/serve). The command line reads text, CSV and JSON.
cli-picture = this is a photo or image. NotaWijzer reads photos in the browser, with text recognition: open the file in the web app (.ci/serve). The command line reads text, CSV and JSON.
cli-cannot-open = cannot open the file
cli-nota-heading = { $kind ->
        [dbc] DBC statement
        [zpm] Care statement (zorgprestatiemodel)
       *[cluster] Care cluster statement
    } ({ $file }, line { $line })
cli-comparison-heading = Comparison with the DBC model
cli-comparison-totals = Care cluster model: { $cluster }   DBC: { $dbc }
cli-not-read = Not read
cli-today = Today is { $date }

## The page's own notices (app/notice.rs)
app-notice-src-loading = Fetching the statement…
app-notice-pdf-unavailable = NotaWijzer's PDF reader did not load. Reload the page and open the PDF once more.
app-notice-lang-failed = NotaWijzer could not fetch the texts in that language. Is your internet connection working? Then choose the language again.
view-read-summary = { $kind ->
        [picture] How NotaWijzer read your photo
       *[pdf] How NotaWijzer read your PDF
    } ({ $name }, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    })
view-patient = For: { $patient }
view-line-no = Line { $line }
view-shown = { $shown } lines shown of { $total }.

## The insurer's overview: claims, eigen risico bill, final settlement (insurer-overviews.md)
ov-heading = Overview from your health insurer
# $kind: declarations, eigen_risico_bill or settlement
ov-kind = { $kind ->
        [declarations] This is an overview of your claims at your health insurer: what care providers claimed, and what the insurer did with it.
        [eigen_risico_bill] This is a bill from your health insurer, for your deductible (eigen risico) or a personal contribution (eigen bijdrage).
       *[settlement] This is the final settlement (eindafrekening) of the deductible you paid in instalments.
    }
ov-owes = { $last ->
        [none] You have to pay your health insurer { $amount }, for care in { $first }.
       *[other] You have to pay your health insurer { $amount }, for care in { $first } to { $last }.
    }
ov-owes-plain = You have to pay your health insurer { $amount }.
ov-due = Pay by, or direct debit on: { $date }.
ov-refund = Your health insurer pays you back { $amount }.
ov-not-a-bill = This overview is not a bill: you do not have to pay anything for it now. What falls under your deductible ({ $charged } on the rows here), your insurer asks for separately, with a bill or a direct debit.
ov-left = Deductible { $year }: { $used } used, { $left } left of { $amount }.
ov-left-unknown = Deductible { $year }: { $used } used. NotaWijzer does not know the deductible of { $year }, so it cannot say what is left.
ov-minor = { $person } was under 18 in { $year }: no deductible.
ov-person = Insured person { $n }
ov-verdict-fine = { $rows ->
        [one] NotaWijzer read 1 row of this overview and found nothing that looks wrong.
       *[other] NotaWijzer read { $rows } rows of this overview and found nothing that looks wrong.
    }
ov-verdict-points = { $count ->
        [one] NotaWijzer found 1 point to ask about.
       *[other] NotaWijzer found { $count } points to ask about.
    }
ov-no-rows = NotaWijzer found no rows of care on this overview, so it cannot say anything about what was claimed.
ov-rows-heading = What was claimed
ov-years-heading = Your deductible per year
# $col: date, provider, care, declared, reimbursed, eigen-risico, status
ov-col = { $col ->
        [date] Date
        [provider] Care provider
        [care] Care
        [declared] Claimed
        [reimbursed] Reimbursed
        [eigen-risico] Deductible
       *[status] Status
    }
# $status: processed, pending, rejected, to-pay (op deze rekening), paid (al betaald)
ov-status = { $status ->
        [processed] Processed
        [pending] Not processed yet
        [to-pay] On this bill
        [paid] Paid before
       *[rejected] Rejected
    }
ov-other-care = Care other than mental health care: NotaWijzer does not explain it.
ov-ggz-unknown = Mental health care (ggz). The overview does not say which prestatie exactly. You can check it on the nota or with the care provider.
ov-contracted = This amount is below that maximum. With a contract, the insurer and the provider agree on a lower rate: that is normal, not a mistake.
ov-term-direct = "Directe tijd" (direct time) is the time the therapist was in contact with you: a conversation, also by video or phone.
ov-term-multi = "Multidisciplinair" means that therapists of different professions give your care together.
ov-term-setting = The "setting" says where you get care: in a private practice, at an outpatient institution or in a clinic.
# $case: start (at the start of a sentence) or mid
ov-row-ref = { $case ->
        [start] The row of { $date } ({ $provider })
       *[mid] the row of { $date } ({ $provider })
    }
ov-finding-stand = Deductible { $year }: the overview says { $stated } is left. By the overview's own amounts that is { $expected }. Ask your health insurer which amount is right.
ov-finding-rows-above = Deductible { $year }: the rows on this overview charge { $rows } of deductible together, but the balance says { $stated } used. Ask your health insurer which amount is right.
ov-finding-total = This bill asks { $stated }, but its rows add up to { $rows }. Ask your health insurer to explain the difference.
ov-finding-refund = The settlement pays back { $stated }. But what you paid in instalments, minus what your care used, is { $expected }. Ask your health insurer which amount is right.
ov-finding-above-year = In { $year }, { $charged } of deductible was charged: more than that year's deductible ({ $amount }).
ov-finding-verkennend = { $row }: { $amount } of deductible was charged on an exploratory talk (verkennend gesprek). Since 2025 the verkennend gesprek is outside the deductible.
ov-finding-minor = { $row }: { $amount } of deductible for someone under 18. Under 18 there is no deductible.
ov-finding-twice = { $row } is there twice, with the same claim number and amount.
ov-note-earlier-year = This bill is for care from { $year }. Care providers may claim until the end of the next year, so a bill can come late. The deductible of { $year } applies to it.
ov-note-two-years = This bill is for care in { $first } and in { $last }. Each calendar year has its own deductible; the date of the care counts, not the date of the bill.
ov-note-december = Care from December { $year } is on a bill of January or February, but it counts for the deductible of { $year }.
ov-note-settlement = You paid { $paid } in instalments. Your care used { $used } of your deductible. If you paid more, you get the difference back; if you paid less, you pay the rest.
ov-note-pending = { $count ->
        [one] 1 claim has not been processed yet: it may still take deductible.
       *[other] { $count } claims have not been processed yet: they may still take deductible.
    }
ov-note-rejected = { $row } was rejected. The reason your health insurer gives: { $reason } Do you disagree? Ask your health insurer; after that you can go to the SKGZ.
ov-note-rejected-no-reason = { $row } was rejected, with no reason on this overview. Your health insurer must give you the reason in plain words: ask for it.
ov-note-other-care = Deductible { $year }: the balance counts { $amount } more than the rows here. That is care not on this overview (another period, the pharmacy). It is not a mistake.
ov-note-same-day = { $row } looks exactly like { $first }: the same day, provider and amount. If you had two appointments that day, it is right. If not, ask your health insurer.
ov-note-minor = { $person } was under 18: there is no deductible for them.
ov-ask = Ask your health insurer first (phone, chat or your online account). If you cannot agree, you can go to the SKGZ, the ombudsman and disputes committee for health insurance: www.skgz.nl.
letter-ov-question = I have a question about my overview of claims and deductible. It is about the following:
letter-ov-unknown = I do not recognise this row: [fill in the date, the care provider and the amount of the row you do not recognise]. Could you check what care it is for?

## The nota and the insurer's overview together
match-heading = Your nota and your health insurer's overview
match-processed = { $count ->
        [one] Your health insurer has processed 1 row of the nota.
       *[other] Your health insurer has processed { $count } rows of the nota.
    }
match-unprocessed = { $date }: { $amount } on the nota is not on the overview yet. It may still come: a row appears only after the insurer has paid.
match-differs = { $date }: the nota asks { $nota }, { $declared } was claimed at the insurer. Ask your care provider why.
match-without-nota = { $row } is on the overview, but not on a nota you opened. With a contract you get no nota: then that is normal.
match-twice = { $row } is a second claim for the nota row of { $date }. Ask your health insurer whether it was paid twice.
match-paid = For this nota your health insurer paid back { $reimbursed }, and { $er } went to your deductible. The nota is { $total }: so far it costs you { $net }.
match-paid-more = For { $amount } of rows not processed yet, money may still come back.

## A host's tariff lists (issue 29): the checks page and "What do you pay?"
page-loaded-heading = Tariff lists on this site
page-loaded-none = This site has loaded no tariff list of the NZa or of a health insurer. NotaWijzer uses only the table above.
page-loaded-intro = This site has loaded these lists, as the NZa or the health insurer published them. A maximum tariff from an NZa list takes precedence over the table above.
page-loaded-column = { $column ->
        [year] Year
        [kind] Kind of list
        [source] Source
        [decision] Decision
        [imported] Put on this site on
       *[rows] Rows
    }
page-loaded-nza = NZa tariff list (maximum tariffs)
page-loaded-payout = What { $insurer } pays back at most without a contract
page-loaded-differences = Here a loaded NZa list differs from the built-in table. NotaWijzer uses the loaded list.
page-loaded-differs = { $code } in { $year }: built in { $built }, loaded list { $loaded }.
payment-payout = By your health insurer's list, it pays back at most { $back } for this nota (after your eigen risico). So you pay at least { $least } yourself. Source: { $lists }.
payment-payout-line = line { $line } ({ $code })
payment-payout-missing = Not on that list: { $lines }.
payment-payout-missing-percent = For those, NotaWijzer counts with your policy's percentage.
payment-payout-missing-unknown = How much you get back for those, NotaWijzer does not know. If you fill in your policy's percentage, NotaWijzer counts with it. Source: { $lists }.
payment-payout-no-list = This site has no list of { $insurer } for { $year }.
view-insurer-label = Your health insurer
view-insurer-hint = This site has a list of what these insurers pay back at most: { $list }. Empty: NotaWijzer counts with your policy's percentage.
view-insurer-unknown = This site has no list of that insurer. Choose from: { $list }.
view-insurer-portal = Your health insurer passed on: { $insurer }.
