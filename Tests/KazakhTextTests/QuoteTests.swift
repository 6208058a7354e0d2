import Foundation
import Testing
@testable import KazakhText

@Suite struct QuoteTests {
    func quotes(_ text: String) throws -> (quotes: [Span], warnings: [DocumentWarning], text: [Unicode.Scalar]) {
        let result = try Fixtures.extractor.extract(Document(id: "q", text: text))
        return (result.spans.filter { $0.label == .QUOTE }, result.warnings, Array(text.unicodeScalars))
    }

    func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }

    /// The seed's ten paragraph quotes `..., – деді Мемлекет басшысы.`: exact, with speaker and leader.
    @Test func seedQuotesExactWithSpeakers() throws {
        let gold = try AnnotationReader.read(path: Fixtures.root.appendingPathComponent("Corpus/quotes/seed.jsonl").path)[0]
        let predicted = try Fixtures.extractor.extract(gold.document).spans.filter { $0.label == .QUOTE }.map(GoldSpan.init)
        let expected = gold.spans.filter { $0.label == "QUOTE" }
        #expect(expected.count == 10)
        #expect(predicted.map { [$0.start, $0.end] } == expected.map { [$0.start, $0.end] })
        #expect(predicted.map(\.speaker) == expected.map(\.speaker))
        #expect(predicted.map(\.leader) == expected.map(\.leader))
    }

    @Test func layouts() throws {
        let (q1, _, s1) = try quotes("«Біз бүгін құрылтай жұмысының бағдарын айқындадық», деді Президент.")
        #expect(q1.map { string(s1, $0.start..<$0.end) } == ["Біз бүгін құрылтай жұмысының бағдарын айқындадық"])
        #expect(q1.first?.speaker.map { string(s1, $0) } == "Президент")
        let (q2, _, s2) = try quotes("Мұрат Нұртілеу айтты.\n\"Күн тәртібінде мұндай мәселе жоқ\", - деді Қасым-Жомарт Тоқаев.")
        #expect(q2.map { string(s2, $0.start..<$0.end) } == ["Күн тәртібінде мұндай мәселе жоқ"])
        #expect(q2.first?.leader == "kassym-jomart-tokayev")
        let (q3, _, s3) = try quotes("Сенат Төрағасы Қасым-Жомарт Тоқаев:\n«Болды ма?» деп сұрады.")
        #expect(q3.map { string(s3, $0.start..<$0.end) } == ["Болды ма?"])
        #expect(q3.first?.speaker.map { string(s3, $0) } == "Қасым-Жомарт Тоқаев")
        let (q4, _, s4) = try quotes("Тоқаев теміржол саласына тоқталды.\n– Отандық теміржол саласын дамыту керек, – деді Мемлекет басшысы.")
        #expect(q4.map { string(s4, $0.start..<$0.end) } == ["Отандық теміржол саласын дамыту керек"])
        #expect(q4.first?.speaker.map { string(s4, $0) } == "Мемлекет басшысы")
    }

    /// `«` never closed, a stray `»`: the quote ends with its paragraph, and the document gets a warning.
    @Test func unbalancedMarks() throws {
        let text = "Тоқаев: «Біз бұл мәселені шешеміз.\nЕкінші абзац жай баяндау. Ол «жасыл» энергия туралы айтты.\nҮшінші абзац» бітті."
        let (q, warnings, s) = try quotes(text)
        #expect(q.map { string(s, $0.start..<$0.end) } == ["Біз бұл мәселені шешеміз."])
        #expect(q.first?.speaker.map { string(s, $0) } == "Тоқаев")
        #expect(warnings.contains { $0.message.contains("never closed") && s[$0.start] == "«" })
        #expect(warnings.contains { s[$0.start] == "»" })
        // Nothing is swallowed: an unclosed mark at the end of a document.
        let (q2, w2, _) = try quotes("Ол «жасыл энергия туралы айтты")
        #expect(q2.isEmpty)
        #expect(w2.count == 1)
    }

    /// The marks come from `quote-marks.tsv`: a pair added in a user file (`‹…›`) opens quotes,
    /// keeps its sentence whole and is warned about when stray, with no code change.
    @Test func userLexiconAddsAQuotationMark() throws {
        let dir = try Fixtures.lexiconFolder(["quote-marks-user.tsv": "# opener <TAB> closers <TAB> kind\n‹\t›\tguillemet\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "‹Біз келдік. Бәрі жақсы›, – деді Қасым-Жомарт Тоқаев."
        let s = Array(text.unicodeScalars)
        // The bundled marks do not know ‹›: the paragraph layout takes the marks into the quote.
        #expect(try quotes(text).quotes.map { string(s, $0.start..<$0.end) } == ["‹Біз келдік. Бәрі жақсы›"])
        #expect(try Fixtures.tokenizer.tokenize(Document(id: "m", text: text)).sentences.count == 2)
        let extractor = try Extractor(store: Fixtures.store.adding(userPaths: [dir.path]))
        let result = try extractor.extract(Document(id: "m", text: text))
        let found = result.spans.filter { $0.label == .QUOTE }
        #expect(found.map { string(s, $0.start..<$0.end) } == ["Біз келдік. Бәрі жақсы"])
        #expect(found.first?.leader == "kassym-jomart-tokayev")
        #expect(result.tokenized.sentences.count == 1)
        let stray = try extractor.extract(Document(id: "n", text: "Бәрі жақсы› болды."))
        #expect(stray.warnings.map(\.message) == ["closing › with no opening ‹"])
    }

    /// The byte pre-check that lets most texts skip the quote passes: every layout needs a mark, a
    /// dash (not a hyphen inside a word) or a colon.
    @Test func preCheckSkipsOnlyTextsWithNoMarkDashOrColon() throws {
        let q = Fixtures.extractor.quotes
        #expect(!q.mayHoldQuote("Қасым-Жомарт Тоқаев 1-інші сессияны ашты, 5-6 заң қабылданды."))
        #expect(!q.mayHoldQuote(""))
        for text in ["Бәрі жақсы, – деді Тоқаев.", "Бәрі жақсы, - деді Тоқаев.", "- Бәрі жақсы", "Тоқаев: бәрі жақсы",
                     "Ол «жақсы» деді.", "Ол \"жақсы\" деді.", "жақсы» деді", "Бәрі — жақсы"] {
            #expect(q.mayHoldQuote(text), "\(text)")
        }
    }

    /// Turn dashes come from `dashes.tsv`: a user file adds the two-em dash `⸺` with no code change.
    @Test func userLexiconAddsADash() throws {
        let dir = try Fixtures.lexiconFolder(["dashes-user.tsv": "# dash <TAB> uses\n⸺\tturn sentence\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Тоқаев сөз сөйледі.\n⸺ Біз бұл мәселені шешеміз, ⸺ деді Мемлекет басшысы."
        let s = Array(text.unicodeScalars)
        #expect(try quotes(text).quotes.isEmpty)
        let extractor = try Extractor(store: Fixtures.store.adding(userPaths: [dir.path]))
        let found = try extractor.extract(Document(id: "d", text: text)).spans.filter { $0.label == .QUOTE }
        #expect(found.map { string(s, $0.start..<$0.end) } == ["Біз бұл мәселені шешеміз"])
        #expect(found.first?.speaker.map { string(s, $0) } == "Мемлекет басшысы")
        let bad = try TSVTable.rows("–\tturn dialogue\n", file: "dashes.tsv", minColumns: 2)
        #expect(throws: LexiconError(file: "dashes.tsv", line: 1, message: "unknown use 'dialogue' (turn or sentence)")) {
            _ = try Dashes(rows: bad)
        }
    }

    @Test func malformedQuoteMarkLineIsRejectedWithFileAndLine() throws {
        let rows = try TSVTable.rows("# marks\n«\t»\tguillemet\n<<\t>>\tguillemet\n", file: "quote-marks.tsv", minColumns: 3)
        #expect(throws: LexiconError(file: "quote-marks.tsv", line: 3, message: "'>>' is not one character")) {
            _ = try QuoteMarks(rows: rows)
        }
        let kind = try TSVTable.rows("«\t»\tangle\n", file: "quote-marks.tsv", minColumns: 3)
        #expect(throws: LexiconError(file: "quote-marks.tsv", line: 1, message: "unknown kind 'angle' (guillemet, low, curly or straight)")) {
            _ = try QuoteMarks(rows: kind)
        }
    }

    /// Names and terms in guillemets, copula dashes and indirect speech are not quotes.
    @Test func namesInGuillemetsAreNotQuotes() throws {
        for text in ["Елімізде «жасыл» энергия дамып келеді.",
                     "«Қазақстан темір жолы» АҚ басшысы жауапқа тартылды.",
                     "Ердоғанға «Достық» орденін тапсырды.",
                     "Екі елдің тамыры – бір, тарихы – ортақ.",
                     "Мұнай Баку – Тбилиси – Жейхан бағдары бойынша тасымалданады.",
                     "Тоқаев брифинг өткізді, деп хабарлайды BAQ.KZ Ақордаға сілтеме жасап.",
                     "Енді «Цифрлы Қазақстан» деген бағдарлама бар.",
                     "Қарттарға құрмет: «Хабар» арнасының ұжымы қонақта болды.",
                     "\"Turkistan\" газетінің тілшісі «2024-2026 жылдарға арналған бюджет туралы» заңды талқылады."] {
            let (q, w, _) = try quotes(text)
            #expect(q.isEmpty, "\(text)")
            #expect(w.isEmpty, "\(text)")
        }
    }

    func speakers(_ text: String) throws -> [(quote: String, speaker: String?)] {
        let (q, _, s) = try quotes(text)
        return q.map { (string(s, $0.start..<$0.end), $0.speaker.map { string(s, $0) }) }
    }

    /// Interview layout: a paragraph addressing someone (`Құрметті X, Сіз ...`) before a dash turn is the
    /// interviewer's question (named when the lead gives the interview to a person in the dative); the
    /// addressee is never its speaker, and answers the turn that follows.
    @Test func interviewQuestionParagraph() throws {
        let a = try speakers("Мемлекет басшысы Қасым-Жомарт Тоқаев «Егемен Қазақстан» газетіне сұхбат берді.\n"
                             + "Құрметті Қасым-Жомарт Кемелұлы, Сіз биыл көп сапар жасадыңыз. Олардың нәтижесі қандай?\n"
                             + "– Сапарлардың нәтижесі жақсы болды.")
        #expect(a.map(\.quote) == ["Құрметті Қасым-Жомарт Кемелұлы, Сіз биыл көп сапар жасадыңыз. Олардың нәтижесі қандай?",
                                   "Сапарлардың нәтижесі жақсы болды."])
        #expect(a.map(\.speaker) == [nil, "Қасым-Жомарт Тоқаев"])
        let b = try speakers("Президент Қасым-Жомарт Тоқаев газет тілшісі Бауыржан Бабажанұлына сұхбат берді.\n"
                             + "Құрметті Президент мырза, Сіз биыл көп сапар жасадыңыз.\n– Иә, сапарлар көп болды.")
        #expect(b.map(\.speaker) == ["Бауыржан Бабажанұлына", "Қасым-Жомарт Тоқаев"])
        // An addressed name outside any quote is not the subject a later quote inherits.
        #expect(try speakers("Тоқаев жиынға келді.\nҚұрметті Ерлан Қарин, жоба сәтті болады.\n«Біз бәрін бірге жасаймыз», – деді ол.")
                .map(\.speaker) == ["Тоқаев"])
        // Narrative before a dash turn is no question.
        #expect(try speakers("Тоқаев, сонымен қатар, теміржолға тоқталды.\n– Жол салу керек, – деді ол.").map(\.quote)
                == ["Жол салу керек"])
    }

    /// A dash turn opened by a name and a comma speaks to that person: an unnamed interviewer's question,
    /// with no speaker; the answers are the interviewee's, and later questions (`...?`) the interviewer's.
    @Test func vocativeDashTurnIsAQuestion() throws {
        let a = try speakers("Асқар ЖҰМАДІЛДАЕВ: Ірі істер кішкентай қадамнан басталады\n\n– Асқар Серқұлұлы, ғылымға қалай келдіңіз?"
                             + "\n\n– Бұл әріден басталды.\n\n– Қазір немен айналысасыз?\n\n– Ғылыммен айналысамын.")
        #expect(a.map(\.speaker) == ["Асқар ЖҰМАДІЛДАЕВ", nil, "Асқар ЖҰМАДІЛДАЕВ", nil, "Асқар ЖҰМАДІЛДАЕВ"])
        // Only the turn right after the question answers it; after an attributed quote a turn goes on with that speaker.
        let c = try speakers("Асқар ЖҰМАДІЛДАЕВ: Ірі істер кішкентай қадамнан басталады\n\n– Асқар Серқұлұлы, ғылымға қалай келдіңіз?"
                             + "\n\n«Бұл әріден басталды», – деді Ерлан Қарин.\n\n– Иә, солай болды.")
        #expect(c.map(\.speaker) == ["Асқар ЖҰМАДІЛДАЕВ", nil, "Ерлан Қарин", "Ерлан Қарин"])
        // A name with a title after its comma is in apposition, not addressed.
        let b = try speakers("«Біз бәрін шешеміз», – деді Тоқаев.\n– Тоқаев, Мемлекет басшысы, бұл туралы бұрын да айтқан.")
        #expect(b.map(\.speaker) == ["Тоқаев", "Тоқаев"])
    }

    /// A non-person reporter as the subject (`Баспасөз қызметі ... «...» деп мәлімдеді`): no speaker.
    @Test func reporterSubjectHasNoSpeaker() throws {
        let a = try speakers("Баспасөз қызметі Президент Тоқаев «сапар жақын арада өтеді» деп мәлімдеді.")
        #expect(a.map(\.quote) == ["сапар жақын арада өтеді"])
        #expect(a.map(\.speaker) == [nil])
        #expect(try speakers("Тоқаевтың баспасөз қызметі «сапар жақын арада өтеді» деп мәлімдеді.").map(\.speaker) == [nil])
        // After the speaker, `баспасөз қызметі арқылы` is no subject.
        #expect(try speakers("Тоқаев баспасөз қызметі арқылы «сапар жақын арада өтеді» деп мәлімдеді.").map(\.speaker) == ["Тоқаев"])
    }

    /// Two persons joined by `мен`/`және` are no single speaker.
    @Test func coordinatedSubjectHasNoSpeaker() throws {
        let a = try speakers("Тоқаев пен Мирзиёев «екі ел достығы нығая береді» деп мәлімдеді.")
        #expect(a.map(\.quote) == ["екі ел достығы нығая береді"])
        #expect(a.map(\.speaker) == [nil])
    }

    /// `– деді ресми өкіл`: the speaker is the nearest earlier name with that role noun (the person after
    /// the title), not the previous speaker.
    @Test func roleNounAfterSpeechVerb() throws {
        let a = try speakers("Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров брифинг өткізді. "
                             + "Мәжіліс депутаты Ерлан Қошанов сұрақ қойды.\n«Келіссөз қашан өтеді?» деп сұрады Қошанов.\n"
                             + "«Жақын арада», – деді ресми өкіл.")
        #expect(a.map(\.speaker) == ["Қошанов", "Айбек Смадияров"])
        // A name right after the role noun is the speaker.
        let b = try speakers("Министр Мұрат Нұртілеу келді.\n«Біз дайынбыз», – деді ресми өкіл Айбек Смадияров.")
        #expect(b.map(\.speaker) == ["Айбек Смадияров"])
    }

    /// The previous speaker is named by his nearest mention, a shorter form of the name included
    /// (`Айбек Смадияров` … `А. Смадияров`).
    @Test func surnameNamesTheSamePerson() throws {
        let a = try speakers("Ресми өкіл Айбек Смадияров брифинг өткізді.\n«Сауда жақсы дамып келеді», – деді Айбек Смадияров.\n"
                             + "Брифингте А. Смадияров сапар туралы да айтты.\n– Кездесу маңызды, – деді ол.")
        #expect(a.map(\.speaker) == ["Айбек Смадияров", "А. Смадияров"])
    }

    /// A headline quote with no speaker, repeated in a quote below, is that quote's speaker's.
    @Test func headlineRepeatedBelow() throws {
        let a = try speakers("«Достық – біздің ең басты байлығымыз»\nТоқаев Бішкекке барды.\n"
                             + "– Бұл сапар маңызды. Достық – біздің ең басты байлығымыз, – деді Мемлекет басшысы.")
        #expect(a.map(\.speaker) == ["Мемлекет басшысы", "Мемлекет басшысы"])
    }

    /// A surname met earlier opens a sentence (`Әлмағамбетовтің сөзінше, ...`): a PERSON, the nearest
    /// mention for `– деді ол`.
    @Test func knownSurnameOpensSentence() throws {
        let a = try speakers("Компанияның басшысы Қанат Әлмағамбетов қарыздың себебін түсіндірді.\n\n"
                             + "Әлмағамбетовтің сөзінше, компания жаңа вагондар алады.\n\n"
                             + "Біз вагондарды отандық өндірістен аламыз, – деді ол.")
        #expect(a.map(\.speaker) == ["Әлмағамбетовтің"])
    }
}
