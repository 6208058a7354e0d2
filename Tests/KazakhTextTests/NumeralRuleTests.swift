import BigInt
import Foundation
import Testing
@testable import KazakhText

// MARK: ExactDecimal

@Test func exactDecimalParsesAndPrints() {
    #expect(dec("99999999999999999999999").description == "99999999999999999999999")
    #expect(dec("4,5").description == "4.5")
    #expect(dec("0.86").description == "0.86")
    #expect(dec("-12").description == "-12")
    #expect(dec("0,001").description == "0.001")
    #expect(dec("4,5").multiplied(byPowerOfTen: 6).description == "4500000")
    #expect(dec("4500000").divided(byPowerOfTen: 7).description == "0.45")
    #expect(dec("1.10") == dec("1.1"))
    #expect((dec("0.1") + dec("0.2")).description == "0.3")
    #expect((dec("99999999999999999999999") + .one).description == "100000000000000000000000")
    #expect((dec("2.5") * dec("-0.4")).description == "-1")
    #expect(dec("1.5") < dec("2"))
    #expect(ExactDecimal("1,2,3") == nil)
    #expect(ExactDecimal("4,") == nil)
    #expect(ExactDecimal("abc") == nil)
    #expect(ExactDecimal.exactQuotient(1, 3) == nil)
    #expect(ExactDecimal.exactQuotient(3, 8)?.description == "0.375")
}

// MARK: Lexicon files

@Test func malformedLexiconLineIsRejectedWithFileAndLine() {
    let bad = "# comment\nбір\tcardinal\t1\nекі\tcardinal\n"
    do {
        _ = try NumeralLexicon(tsv: bad, source: "numerals.tsv", letters: sharedLetters)
        Issue.record("accepted a 2-column line")
    } catch let e as LexiconError {
        #expect(e.file == "numerals.tsv")
        #expect(e.line == 3)
        #expect(e.description.hasPrefix("numerals.tsv:3: "))
    } catch {
        Issue.record("wrong error \(error)")
    }
    #expect(throws: LexiconError.self) { try NumeralLexicon(tsv: "бес\tcardinal\tfive", source: "x", letters: sharedLetters) }
    #expect(throws: LexiconError.self) { try NumeralLexicon(tsv: "бес\tnoun\t5", source: "x", letters: sharedLetters) }
    #expect(throws: LexiconError.self) { try NumeralLexicon(tsv: "бес\tcardinal\t15", source: "x", letters: sharedLetters) }
    #expect(throws: LexiconError.self) { try NumeralLexicon(tsv: "астам\tapprox-after\tlots", source: "x", letters: sharedLetters) }
    do {
        _ = try SuffixTable(tsv: "# c\nға\tdative\tback\tvowel\nге\tdative\tfront\tsomething\n", source: "suffixes.tsv", letters: sharedLetters)
        Issue.record("accepted an unknown class")
    } catch let e as LexiconError {
        #expect(e.description.hasPrefix("suffixes.tsv:3: "))
    } catch {
        Issue.record("wrong error \(error)")
    }
}

@Test func shippedLexiconsLoad() {
    #expect(sharedParser.lexicon.entries(for: "миллион").first?.value == dec("1000000"))
    #expect(sharedParser.stripper.table.suffixes.count > 60)
}

// MARK: Suffix stripping

@Test func stripperFollowsHarmonyAndFinalSound() {
    let s = sharedParser.stripper
    func has(_ w: String, _ stem: String, _ suf: [String]) -> Bool {
        s.analyses(of: w).contains { $0.stem == stem && $0.suffixes.map(\.text) == suf }
    }
    #expect(has("миллиардқа", "миллиард", ["қа"]))
    #expect(has("мыңнан", "мың", ["нан"]))
    #expect(has("тоннаны", "тонна", ["ны"]))
    #expect(has("Президентіне", "президент", ["і", "не"]))   // н rule after px3
    #expect(has("бесеуі", "бесеу", ["і"]))
    #expect(has("жылдары", "жыл", ["дар", "ы"]))
    #expect(has("қырығыншы", "қырық", ["ыншы"]))             // ғ → қ before a vowel
    #expect(!has("мыңға", "мың", ["ге"]))
    #expect(!has("мыңге", "мың", ["ге"]))                    // front suffix on a back stem
    #expect(!has("мыңыға", "мың", ["ы", "ға"]))              // px3 takes the н form
    #expect(!s.analyses(of: "жүзеге").contains { $0.stem == "жүз" })
    #expect(!s.analyses(of: "Мыңбаев").contains { $0.stem == "мың" })
}

// MARK: Parser rules

@Test func bigExactValues() {
    #expect(parseAll("99999999999999999999999")?.value.description == "99999999999999999999999")
    let w = "тоғыз жүз тоқсан тоғыз квадриллион тоғыз жүз тоқсан тоғыз триллион тоғыз жүз тоқсан тоғыз миллиард тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз"
    #expect(parseAll(w)?.value.description == "999999999999999999")
    #expect(parseAll("бес триллион сегіз миллиард")?.value == dec("5008000000000"))
}

@Test func digitsWithScaleWords() {
    let m = sharedParser.parse(["4,5", "миллион", "тоннаны"], from: 0)
    #expect(m?.value.description == "4500000")
    #expect(m?.tokenCount == 2)
    #expect(parseAll("2 млн 492 мың")?.value == dec("2492000"))
    #expect(parseAll("3,1 млн")?.value == dec("3100000"))
    #expect(parseAll("2 миллиард 300 миллион")?.value == dec("2300000000"))
    let dotted = sharedParser.parse(["1,648", "млн.", "км²"], from: 0)
    #expect(dotted?.value == dec("1648000") && dotted?.tokenCount == 2)
    #expect(parseAll("4,3 мыңнан астам")?.approximation == .over)
    #expect(parseAll("2 миллиард 300")?.tokenCount == 3)     // 300 after a scale: fine with digits
    #expect(parseAll("екі миллиард 300")?.tokenCount == 2)   // words then digits: not one number
}

@Test func halvesAndQuarters() {
    let m = sharedParser.parse(["бір", "жарым", "миллион", "тоннаға"], from: 0)
    #expect(m?.value.description == "1500000")
    #expect(m?.tokenCount == 3)
    #expect(parseAll("екі жарым")?.value == dec("2.5"))
    #expect(parseAll("жарты миллион")?.value == dec("500000"))
    #expect(parseAll("жартысы")?.value == dec("0.5"))
    #expect(parseAll("екі мың жарым")?.value == dec("2500"))
    #expect(parseAll("жарым") == nil)                         // only after a number
}

@Test func trapsAreNotNumbers() {
    for w in ["оны", "онда", "ондай", "бірге", "бірден", "жүзеге", "Мыңбаев", "аса", "кем", "жүзі", "біреу", "пайыз"] {
        #expect(sharedParser.parse([w], from: 0) == nil, "\(w)")
    }
    #expect(parseAll("екі жүзі")?.value == dec("200"))       // after a number word it is one
    #expect(parseAll("екі мың онда")?.value == dec("2010"))
    #expect(sharedParser.parse(["бір-бірімен"], from: 0) == nil)
    #expect(sharedParser.parse(["жүзеге", "асыру"], from: 0) == nil)
}

@Test func spokenDecimals() {
    #expect(parseAll("бір бүтін оннан сегіз")?.value == dec("1.8"))
    #expect(parseAll("нөл бүтін жүзден сексен алты")?.value == dec("0.86"))
    #expect(parseAll("бір бүтін он мыңнан бір")?.value == dec("1.0001"))
    #expect(parseAll("отыз төрт бүтін бес миллиард")?.value == dec("34500000000"))
    #expect(parseAll("екі бүтін оннан бес миллионға")?.value == dec("2500000"))
    #expect(parseAll("отыз бес бүтін елу үш")?.value == dec("35.53"))
}

@Test func converterDecimalsAndGrouping() {
    #expect(sharedParser.parse(["74", ",", "9"], from: 0)?.value == dec("74.9"))
    let converter = sharedParser.parse(["3", ",", "5", "жыл"], from: 0)
    #expect(converter?.value == dec("3.5") && converter?.tokenCount == 3)
    #expect(sharedParser.parse(["4", "500", "000"], from: 0)?.value == dec("4500000"))
    #expect(sharedParser.parse(["4\u{00A0}500\u{00A0}000"], from: 0)?.value == dec("4500000"))
    #expect(sharedParser.parse(["4\u{202F}500\u{202F}000-ға"], from: 0)?.suffix == "ға")
    #expect(sharedParser.parse(["1", "234", "567,891"], from: 0)?.value == dec("1234567.891"))
    #expect(sharedParser.parse(["4", "50"], from: 0)?.tokenCount == 1)   // not a 3-digit group
}

@Test func fractions() {
    let m = parseAll("үштен бір")
    #expect(m?.kind == .fraction && m?.numerator == 1 && m?.denominator == 3)
    #expect(m?.value.description == "0." + String(repeating: "3", count: 30))
    #expect(parseAll("төрттен үш")?.value == dec("0.75"))
    #expect(parseAll("төрттен бірі")?.denominator == 4)
    #expect(parseAll("жүзден астам")?.approximation == .over)   // ablative + астам is no fraction
}

@Test func ordinals() {
    for (w, v) in [("үшінші", 3), ("жиырмасыншы", 20), ("қырқыншы", 40), ("қырықыншы", 40), ("қырығыншы", 40),
                   ("елуінші", 50), ("1-інші", 1), ("20-шы", 20), ("55-ші", 55), ("2020-сыншы", 2020),
                   ("екі мың жиырма бесінші", 2025), ("жүз жиырмасыншы", 120), ("1-іншіден", 1)] {
        let m = parseAll(w)
        #expect(m?.kind == .ordinal && m?.value == ExactDecimal(v), "\(w)")
    }
    let year = sharedParser.parse(["2018-жылы"], from: 0)
    #expect(year?.kind == .ordinal && year?.attachedNoun == "жылы" && year?.suffix == nil)
    #expect(parseAll("55-ші")?.suffix == "ші")
}

@Test func collectivesManyMinus() {
    #expect(parseAll("бесеуі")?.kind == .collective)
    #expect(parseAll("екеуіміз")?.value == dec("2"))
    #expect(parseAll("екеуміз")?.kind == .collective)
    let minus = parseAll("минус он екі")
    #expect(minus?.value == dec("-12") && minus?.isNegative == true)
    #expect(parseAll("жүздеген")?.kind == .many)
    #expect(parseAll("жүздеген мың")?.value == dec("100000"))
    #expect(parseAll("мыңдаған")?.value == dec("1000"))
}

@Test func percentages() {
    let m = sharedParser.parse(["62%-ға"], from: 0)
    #expect(m?.value == dec("62") && m?.hasPercentSign == true && m?.suffix == "ға" && m?.grammaticalCase == .dative)
    #expect(sharedParser.parse(["90%-ына"], from: 0)?.suffix == "ына")
    #expect(sharedParser.parse(["62", "%"], from: 0)?.hasPercentSign == true)
    #expect(parseAll("62 пайызға")?.hasPercentWord == true)
    #expect(parseAll("62 пайызға")?.tokenCount == 2)
    #expect(parseAll("62%-дан астам")?.approximation == .over)
}

@Test func ranges() {
    func range(_ toks: [String]) -> (String, String, Int)? {
        sharedParser.parse(toks, from: 0).map { ($0.value.description, $0.max?.description ?? "-", $0.tokenCount) }
    }
    #expect(range(["5-6"])! == ("5", "6", 1))
    #expect(range(["5", "-", "6"])! == ("5", "6", 3))
    #expect(range(["2–3"])! == ("2", "3", 1))
    #expect(range(["он-он", "бес"])! == ("10", "15", 2))
    #expect(range(["он", "-", "он", "бес"])! == ("10", "15", 4))
    #expect(range(["10", "–", "15", "мың"])! == ("10000", "15000", 4))
    #expect(range(["бір-екі", "мың"])! == ("1000", "2000", 2))
    #expect(range(["екі-үш", "жүз"])! == ("200", "300", 2))
    #expect(range(["900", "–", "1", "миллион"])! == ("900", "1000000", 4))
    let withCase = sharedParser.parse(["10-15-тен"], from: 0)
    #expect(withCase?.value == dec("10") && withCase?.max == dec("15") && withCase?.grammaticalCase == .ablative)
    #expect(range(["3-2"]) == nil)                 // a score, not a range
    #expect(range(["2008", "-", "2009", "жылдары"])! == ("2008", "2009", 3))
}

@Test func approximators() {
    #expect(parseAll("100000-дайы")?.approximation == .about)
    #expect(parseAll("шамамен екі мың")?.approximation == .about)
    #expect(parseAll("мыңға дейін")?.approximation == .upTo)
    #expect(parseAll("мыңға тарта")?.approximation == .nearly)
    #expect(parseAll("кемінде бес")?.approximation == .atLeast)
    #expect(parseAll("жүз теңге шамасында")?.tokenCount == 1)      // after the noun: the caller's business
    let diff = parseAll("жүз мыңға кем")                            // dative + кем is a difference
    #expect(diff?.tokenCount == 2 && diff?.approximation == nil)
    #expect(parseAll("мыңнан кем")?.approximation == .under)
}

@Test func startsAtIndexAndInflectsAnyWord() {
    let words = ["Биыл", "екі", "мың", "тоғыз", "жүз", "алпыс", "сегізден", "астам", "адам", "келді"]
    let m = sharedParser.parse(words, from: 1)
    #expect(m?.tokenCount == 7 && m?.value == dec("2968") && m?.approximation == .over)
    #expect(sharedParser.parse(words, from: 0) == nil)
    #expect(sharedParser.parse(words, from: 99) == nil)
    for (w, v) in [("мыңынан", "1000"), ("миллионына", "1000000"), ("триллионның", "1000000000000"),
                   ("жетпісіне", "70"), ("сексенінен", "80"), ("қырқы", nil), ("тоғызыншысы", "9")] {
        #expect(parseAll(w)?.value.description == v, "\(w)")
    }
}

@Test func colloquialPointCliticsAndSigns() {
    #expect(parseAll("бес те бес миллиард")?.value == dec("5500000000"))
    #expect(parseAll("төрт те бір")?.value == dec("4.1"))
    #expect(parseAll("он төрт те сегіз")?.value == dec("14.8"))
    #expect(sharedParser.parse(["үш-те", "бес"], from: 0)?.value == dec("3.5"))
    #expect(parseAll("бес да бес")?.tokenCount == 1)           // да does not fit бес
    #expect(parseAll("үште")?.grammaticalCase == .locative)     // written together it is the locative
    #expect(parseAll("үш-ақ")?.value == dec("3"))
    #expect(parseAll("1-еу-ақ")?.kind == .collective)
    #expect(parseAll("плюс бес")?.value == dec("5"))
    #expect(parseAll("кемі алты мың")?.approximation == .atLeast)
    let nearly = parseAll("мыңға жуығы")
    #expect(nearly?.approximation == .nearly && nearly?.tokenCount == 2 && nearly?.grammaticalCase == nil)
    #expect(parseAll("жүзден астамы")?.suffix == "ы")
    for w in ["үшін", "оның", "бірдей", "жетім", "біреуге"] {
        #expect(sharedParser.parse([w], from: 0) == nil, "\(w)")
    }
    #expect(parseAll("жиырма үшін")?.tokenCount == 1)            // 'for twenty'
}

// MARK: Letters

/// The sound facts the suffix rules read come from `letters.tsv`.
@Test func letterTableGivesClassesHarmonyAndVoicing() {
    #expect(sharedLetters.soundClass(of: "ң") == .nasal)        // мың + нан
    #expect(sharedLetters.soundClass(of: "у") == .u)            // елу + ге
    #expect(sharedLetters.soundClass(of: "д") == .voiceless)    // миллиард + қа (not listed)
    #expect(sharedLetters.harmony(of: Array("миллиард".unicodeScalars)[...]) == [.back])
    #expect(sharedLetters.harmony(of: Array("мың".unicodeScalars)[...]) == [.back])
    #expect(sharedLetters.harmony(of: Array("бірінші".unicodeScalars)[...]) == [.front])
    #expect(sharedLetters.harmony(of: Array("млн".unicodeScalars)[...]) == [.back, .front])
    #expect(sharedLetters.devoiced("ғ") == "қ")                 // қырығыншы = қырық + ыншы
    #expect(sharedLetters.voiced("қ") == "ғ")
}

@Test func malformedLetterLineIsRejectedWithFileAndLine() {
    do {
        _ = try LetterTable(tsv: "# c\nа\tvowel\tback\nң\tnasal\tsideways\n", source: "letters.tsv")
        Issue.record("accepted an unknown harmony")
    } catch {
        #expect(error.description.hasPrefix("letters.tsv:3: "))
    }
    #expect(throws: LexiconError.self) { try LetterTable(tsv: "аб\tvowel\tback\n", source: "x") }
    #expect(throws: LexiconError.self) { try LetterTable(tsv: "а\tpx3\tback\n", source: "x") }
}

/// The year test reads `Int`s and bytes where it can: the same answers as `integerValue` and
/// `Character.isNumber`.
@Test func yearTestShortcutsAgreeWithTheGeneralForms() {
    for text in ["2017", "1800", "0,5", "4,5", "2,1e3", "99999999999999999999999", "12000000000000000000000000000000"] {
        guard let d = ExactDecimal(text) else { continue }
        #expect(d.smallIntegerValue.map { BigInt($0) } == d.integerValue.flatMap { $0 <= BigInt(Int.max) ? $0 : nil }, "\(text)")
    }
    #expect(ExactDecimal("2017")?.smallIntegerValue == 2017)
    #expect(ExactDecimal("99999999999999999999999")?.smallIntegerValue == nil)
    for word in ["2017", "20a", "", "٣٤", "2017-де", "١٢a", "²", "мың", "½", "٣a", "a٣", "5\u{301}"] {
        #expect(QuantityRecognizer.isAllNumbers(word) == word.allSatisfy(\.isNumber), "\(word)")
    }
}

/// The number rules are handed only words an expression can start at: a word that merely begins
/// with a numeral's letters (`үшін` 'for', `оның` 'his') is no candidate, so a sentence with no
/// other candidate skips the number rules; rate words and degree numbers still are.
@Test func expressionStartsAreNarrowerThanNumeralPrefixes() {
    let q = Fixtures.extractor.quantities
    for word in ["үшін", "оның", "бірақ"] {
        #expect(q.isCandidate(word) && !q.mayStartExpression(word), "\(word)")
    }
    for word in ["үш", "бір", "онға", "62%-ға", "2025", "2°с-тан", "миллион"] {
        #expect(q.mayStartExpression(word), "\(word)")
    }
    #expect(!q.mayStartExpression("адам"))
    #expect(q.context.hasExactly(NumberContext.Role.rate, "сағатына") && q.mayStartExpression("сағатына"))
}
