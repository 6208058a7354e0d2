#!/usr/bin/env python3
"""Writes news.jsonl: real Latin-script Kazakh news excerpts as their publishers wrote them,
with gold spans annotated BY HAND before the tool was run on them (see README.md). Offsets are
computed here from the annotated strings (label, exact text, occurrence), never from the tool.

Usage: python3 Corpus/latin/real/make-gold.py   (from the package root)
"""
import json, os

NAZ, TOK = "nursultan-nazarbayev", "kassym-jomart-tokayev"
DOCS = []


def doc(id, source, text, spans, date=None, date_approx=None):
    DOCS.append((id, source, text, spans, date, date_approx))


# --- aqshamnews.kz, Latin section (2018 alphabet) ---
doc("aqshamnews.kz/qairat-futbol-kluby#p1-3",
    "https://aqshamnews.kz/latyn/article/qairat-futbol-kluby-kommunaldyq-menshikke-berilmeidi.html",
    "Bul týraly Almaty qalasynyń ákimi Erbolat Dosaev «Almaty qalasynyń áleýmettik-ekonomıkalyq damýy týraly» brıfıńte málimdedi, dep Almaty-akshamy.kz.\n"
    "- «Qaırat» - is júzinde qalanyń ıgiligi. Eldegi eń kóne fýtbol klýby. Ázirge klýb komýnaldyq menshikke berilmeıdi. Basqa sheshimder bolǵan joq. Menshik ıesinen ótinishter túsken joq. Qala tarapynan biz «Qaırat» balalar-jasóspirimder mektebin jyl saıyn qarjylandyrýdamyz. Klýbtyń ózi ómir súrýdi jáne damýdy jalǵastyrýda. Jáne Qazaqstan chempıonatyna qatysady, - dedi ákim.\n"
    "Sondaı-aq, Erbolat Dosaev egerde qarjylandyrýdyń jetispeýshiligi jáne basqa da máseleler bolsa, ony zańnamada belgilengen tártippen qaraıtynyn jetkizdi.",
    [("POSITION", "Almaty qalasynyń ákimi", 0, {}),
     ("PERSON", "Erbolat Dosaev", 0, {}),
     ("QUOTE", "«Qaırat» - is júzinde qalanyń ıgiligi. Eldegi eń kóne fýtbol klýby. Ázirge klýb komýnaldyq menshikke berilmeıdi. Basqa sheshimder bolǵan joq. Menshik ıesinen ótinishter túsken joq. Qala tarapynan biz «Qaırat» balalar-jasóspirimder mektebin jyl saıyn qarjylandyrýdamyz. Klýbtyń ózi ómir súrýdi jáne damýdy jalǵastyrýda. Jáne Qazaqstan chempıonatyna qatysady", 0, {"speaker": ("Erbolat Dosaev", 0)}),
     ("PERSON", "Erbolat Dosaev", 1, {})])

doc("aqshamnews.kz/almatyda-uchaskelerdin-qurylysyna-tyiym#p1-4",
    "https://aqshamnews.kz/latyn/article/almatyda-uchaskelerdin-nuktelik-qurylysyna-tyiym-salyndy.html",
    "Qaladaǵy jer telimderine qurylys júrgizýge tyıym salyndy\n"
    "Turǵyndar kóterip kelgen máseleler aıasynda Almaty qalasynyń ákimdigi Qazaqstan Prezıdenti Q.K. Toqaevtyń 2019 jylǵy 29 qazandaǵy tapsyrmasyna sáıkes, qaladaǵy jer telimderinde qurylys júrgizýge tyıym salyndy, dep habarlaıdy Almaty-akshamy.kz\n"
    "Biraq qoldanystaǵy zańnama men Memleket basshysynyń tapsyrmasyn buzyp jatqan zańsyz áreketter anyqtalyp otyr.\n"
    "Osyǵan baılanysty qala ákimi E.Dosaev barlyq mán-jaı anyqtalǵanǵa deıin belgili nysandarda (19 ýchaske), onyń ishinde \"Samal-3\" shaǵynaýdany men Dostyq, 125 ýchaskeleri ornalasqan aýmaqta júrip jatqan jumystardy toqtatý týraly sheshim qabyldady.",
    [("POSITION", "Qazaqstan Prezıdenti", 0, {"leader": TOK}),
     ("PERSON", "Q.K. Toqaevtyń", 0, {"leader": TOK}),
     ("POSITION", "Memleket basshysynyń", 0, {"leader": TOK}),
     ("POSITION", "qala ákimi", 0, {}),
     ("PERSON", "E.Dosaev", 0, {}),
     ("CARDINAL", "19", 1, {"value": "19"})],
    date_approx="2019-10/2019-12")

doc("aqshamnews.kz/nauryzbai-audanynda-9-shaqyrym-aryq#p1-4",
    "https://aqshamnews.kz/latyn/article/nauryzbai-audanynda-9-shaqyrym-aryq-salynady.html",
    "Almatynyń Naýryzbaı aýdanyndaǵy 10 kóshede 2024 jyly 9 shaqyrym aryq salynady\n"
    "Almatyda 2024 jyly Qalqaman, Qaraǵaıly jáne Shuǵyla shaǵyn aýdandarynyń 10 kóshelerinde 9 aryq salý josparlanýda. Bul týraly Almaty ákimi Erbolat Dosaev Naýryzbaı aýdanynyń turǵyndarymen kezdesýde málimdedi.\n"
    "Qala basshysy 2023 jyly \"Alma Sıtı-3\" TK sý basý ýchaskesi joıylǵanyn, 600 metr aryq jelisi salynǵanyn atap ótti. Jalpy Naýryzbaı aýdany boıynsha 5 kóshede 6,6 shaqyrym aryq salyndy.\n"
    "Sonymen qatar, 2023 jyldyń tamyz aıynda jasyl jelekterdi ýaqtyly kútý maqsatynda 4 ýchaskede uzyndyǵy 4 km avtomattandyrylǵan sýarý júıesi salyndy, \"Bıyl taǵy 20 ýchaskeni qamtýdy josparlap otyrmyz\", - dep tolyqtyrdy Erbolat Dosaev.",
    [("CARDINAL", "10", 0, {"value": "10"}),
     ("QUANTITY", "9 shaqyrym", 0, {"value": "9", "unit": "km"}),
     ("CARDINAL", "10", 1, {"value": "10"}),
     ("CARDINAL", "9", 1, {"value": "9"}),
     ("POSITION", "Almaty ákimi", 0, {}),
     ("PERSON", "Erbolat Dosaev", 0, {}),
     ("POSITION", "Qala basshysy", 0, {}),
     ("QUANTITY", "600 metr", 0, {"value": "600", "unit": "m"}),
     ("CARDINAL", "5", 0, {"value": "5"}),
     ("QUANTITY", "6,6 shaqyrym", 0, {"value": "6.6", "unit": "km"}),
     ("CARDINAL", "4", 2, {"value": "4"}),
     ("QUANTITY", "4 km", 0, {"value": "4", "unit": "km"}),
     ("QUOTE", "Bıyl taǵy 20 ýchaskeni qamtýdy josparlap otyrmyz", 0, {"speaker": ("Erbolat Dosaev", 1)}),
     ("CARDINAL", "20", 4, {"value": "20"}),
     ("PERSON", "Erbolat Dosaev", 1, {})])

doc("aqshamnews.kz/biyl-astana-kuninde-otshashu-bolmaidy#p1-3",
    "https://aqshamnews.kz/latyn/article/biyl-astana-kuninde-otshashu-bolmaidy.html",
    "Bul týraly Astana ákimdiginiń baspasóz qyzmetinen habarlady.\n"
    "Elorda ákimdiginde atap ótkendeı, qalanyń 25 jyldyǵyna oraı 100-den astam merekelik is-shara ótkizý josparlanǵan. Onyń 90-ǵa jýyǵy elordanyń barlyq turǵyndary men qonaqtary úshin tegin bolady, dep habarlaıdy Almaty-akshamy.kz.\n"
    "Sonymen qatar mereke kúnderi birqatar áleýmettik nysan ashylady, sonyń ishinde Oqýshylar saraıy, dene shynyqtyrý-saýyqtyrý kesheni, aýlalar, qoǵamdyq oryndar, úleskerlerge páter kiltteri tabys etiledi.",
    [("CARDINAL", "100-den astam", 0, {"value": "100", "approx": "over"}),
     ("CARDINAL", "90-ǵa jýyǵy", 0, {"value": "90", "approx": "about"})],
    date_approx="2023 (Astana's 25th anniversary)")

# --- adyrna.kz, Latin section (a converter's habits: ŋ and ǧ of the January 2021 draft, ı = і) ---
SRC_19288 = "https://www.adyrna.kz/lt/post/19288"
doc("adyrna.kz/lt/post/19288#p1-2", SRC_19288,
    "Aqmola – Astana – Nūr-Sūltan\n"
    "Osydan tura 25 jyl būryn elordany Almatydan būrynǧy Aqmola qalasyna köşıru turaly bastama köterılgen bolatyn. 1994 jyly sol kezdegı memleket basşysy Nūrsūltan Nazarbaev Parlament otyrysynda osy ideiany jariialady. Alaida deputattar ūsynysty bırden qabyldamady. Degenmen, üş jyldan keiın elordany auystyru turaly jarlyqqa qol qoiyldy. Ol kezde qalanyŋ atauyn özgertu jaiynda äŋgıme bolǧan joq. Araǧa bır jyl salyp, 1998 jyly Aqmola qalasynyŋ atauy Astana bolyp özgertıldı. Sol jyly 10 mausymda Astananyŋ halyqaralyq tūsaukeser räsımı öttı.",
    [("POSITION", "memleket basşysy", 0, {"leader": NAZ}),
     ("PERSON", "Nūrsūltan Nazarbaev", 0, {"leader": NAZ})],
    date_approx="2019")
doc("adyrna.kz/lt/post/19288#p3", SRC_19288,
    "8 jyl boiy Astana künı mausymda atalyp keldı. Al 2006 jyldan bastap meiram 6 şıldege - Qazaqstannyŋ tūŋǧyş prezidentı, Elbasy Nūrsūltan Nazarbaevtyŋ tuǧan künıne auystyryldy. Biyl memleket basşysy Qasym-Jomart Toqaevtyŋ jarlyǧymen Astananyŋ atauy Nūr-Sūltan bolyp özgertıldı.",
    [("POSITION", "Qazaqstannyŋ tūŋǧyş prezidentı", 0, {"leader": NAZ}),
     ("POSITION", "Elbasy", 0, {"leader": NAZ}),
     ("PERSON", "Nūrsūltan Nazarbaevtyŋ", 0, {"leader": NAZ}),
     ("POSITION", "memleket basşysy", 0, {"leader": TOK}),
     ("PERSON", "Qasym-Jomart Toqaevtyŋ", 0, {"leader": TOK})],
    date_approx="2019")
doc("adyrna.kz/lt/post/19288#p4-5", SRC_19288,
    "Biyl Astana künın toilauda qandai özgerıs bar?\n"
    "Biyl Astana künıne arnalǧan şaralar üş esege qysqaryp otyr. Qala äkımınıŋ orynbasary Erlan Kanalimovtyŋ aituynşa, osy uaqytqa deiın qala künı aiasynda 300 şara ūiymdastyrylsa, aǧymdaǧy jyly atalǧan körsetkış 100-ge deiın qysqartyldy. Basym bölıgı tegın bolady. Osynyŋ bärıne şamamen 300-400 million teŋge jūmsalmaq. Būl qarajat mädeni-sporttyq şaralardy ūiymdastyruǧa ǧana emes, qalany abattandyruǧa da jıberıledı. \"Astana künı osymen 21 ret toilanyp otyr. Būl kün elordalyqtardyŋ ǧana emes, barşa qazaqstandyqtyŋ süiıktı meiramyna ainaldy. Jazǧy uaqyt, sosyn bırneşe demalys künı bar. Qalaǧa basqa öŋırlerden keletın adamdar köp. Özımızdıŋ 1,1 million tūrǧynymyz bar. Oǧan qosa, şeteldık turister köp keledı\", - dedı Kanalimov ortalyq kommunikasiialar qyzmetınde ötken baspasöz mäslihatynda.Nūr-Sūltanda qandai şaralar ötedı?",
    [("CARDINAL", "üş esege", 0, {"value": "3"}),
     ("POSITION", "Qala äkımınıŋ orynbasary", 0, {}),
     ("PERSON", "Erlan Kanalimovtyŋ", 0, {}),
     ("CARDINAL", "300", 0, {"value": "300"}),
     ("CARDINAL", "100-ge deiın", 0, {"value": "100", "approx": "up_to"}),
     ("MONEY", "şamamen 300-400 million teŋge", 0, {"value": "300000000", "max": "400000000", "approx": "about", "unit": "KZT"}),
     ("QUOTE", "Astana künı osymen 21 ret toilanyp otyr. Būl kün elordalyqtardyŋ ǧana emes, barşa qazaqstandyqtyŋ süiıktı meiramyna ainaldy. Jazǧy uaqyt, sosyn bırneşe demalys künı bar. Qalaǧa basqa öŋırlerden keletın adamdar köp. Özımızdıŋ 1,1 million tūrǧynymyz bar. Oǧan qosa, şeteldık turister köp keledı", 0, {"speaker": ("Kanalimov", 1)}),
     ("CARDINAL", "21", 0, {"value": "21"}),
     ("CARDINAL", "1,1 million", 0, {"value": "1100000"}),
     ("PERSON", "Kanalimov", 1, {})],
    date_approx="2019")
doc("adyrna.kz/lt/post/162338#p1-2", "https://www.adyrna.kz/lt/post/162338",
    "Bügın - Astana künı. Būl mereke būryn Prezident Nūrsūltan Nazarbaevtyŋ 1998 jyldyŋ 6 mamyryndaǧy jarlyǧymen Aqmola qalasynyŋ atauy Astana bolyp özgertıluıne bailanysty 10 mausymda atalyp ötetın.\n"
    "Al 2008 jyldan berı mereke Nūrsūltan Nazarbaevtyŋ tuǧan künıne – şıldenıŋ 6-syna auystyrylyp,\n"
    "Qazaqstanda memlekettık mereke bolyp jariialandy. Osylaişa «Merekeler turaly» zaŋǧa engızılgen tüzetulerden soŋ 2009 jyldan bastap şıldenıŋ 6-sy memlekettık mereke retınde atalyp ötıp keledı.",
    [("POSITION", "Prezident", 0, {"leader": NAZ}),
     ("PERSON", "Nūrsūltan Nazarbaevtyŋ", 0, {"leader": NAZ}),
     ("PERSON", "Nūrsūltan Nazarbaevtyŋ", 1, {"leader": NAZ})],
    date_approx="a 6 July (Astana Day)")

# --- qamshy.kz, Latin section (2018 alphabet) ---
SRC_Q = "https://qamshy.kz/latyn/article/30741-akhmet-baytursynulynynh-dayekshesi-men-apostrofty-shatastyrmayyq"
doc("qamshy.kz/latyn/article/30741#p1-2", SRC_Q,
    "Ahmet Baıtursynulynyń dáıekshesi men apostrofty shatastyrmaıyq\n"
    "Elbasy N.Á. Nazarbaev 2017 jyldyń aıaǵyna deıin ǵalymdardyń kómegimen, barsha qoǵam ókilderimen aqyldasa otyryp, qazaq álipbıiniń jańa grafıkadaǵy biryńǵaı standartty nusqasyn qabyldaýdy Úkimetke tapsyrǵaly beri qyzý jumystar júrgizilýde.",
    [("PERSON", "Ahmet Baıtursynulynyń", 0, {}),
     ("POSITION", "Elbasy", 0, {"leader": NAZ}),
     ("PERSON", "N.Á. Nazarbaev", 0, {"leader": NAZ})],
    date_approx="2017-10 (thumbnail 20171025)")
doc("qamshy.kz/latyn/article/30741#p3", SRC_Q,
    "Osy ýaqytqa deıin eki joba usynylsa, ekeýi de túımetaqtadaǵy 26 tańba negizinde jasalǵan. Birinshi usynylǵan joba qazaqtyń (daýysty, daýyssyz) tól dybystaryn  dıgraftar arqyly tańbalaýǵa negizdeldi. Alaıda bul joba halyq arasynda qoldaý tappaǵan soń tól dybystarymyzdy apostrof arqyly tańbalaýǵa negizdelgen ekinshi joba tanystyryldy. Bul jobany usynýshylar ult janashyry A.Baıtursynulynyń: «Tól dybystardy bergen jaǵdaıda dáıeksheni paıdalanǵan jón», – degen sózin alǵa tartty. Túımetaqtadaǵy 26 tańbaǵa laıyqtalyp jasalǵan bul jobanyń da kemshiligi jeterlik. Onyń basty sebebi joba avtorlarynyń A.Baıtursynuly dáıekshesi men túımetaqtadaǵy apostroftyń tabıǵatyn baǵamdaı almaýynda bolsa kerek. Bile bilsek tóte jazýdaǵy dáıekshe men apostroftyń aıyrmashylyǵy jer men kókteı.",
    [("CARDINAL", "eki", 0, {"value": "2"}),
     ("CARDINAL", "ekeýi", 0, {"value": "2"}),
     ("CARDINAL", "26", 0, {"value": "26"}),
     ("ORDINAL", "Birinshi", 0, {"value": "1"}),
     ("ORDINAL", "ekinshi", 0, {"value": "2"}),
     ("PERSON", "A.Baıtursynulynyń", 0, {}),
     ("QUOTE", "Tól dybystardy bergen jaǵdaıda dáıeksheni paıdalanǵan jón", 0, {"speaker": ("A.Baıtursynulynyń", 0)}),
     ("CARDINAL", "26", 1, {"value": "26"}),
     ("PERSON", "A.Baıtursynuly", 1, {})],
    date_approx="2017-10 (thumbnail 20171025)")

# --- smartnews.kz (not reserved): 2018 alphabet with Cyrillic і (U+0456) inside Latin words ---
doc("smartnews.kz/qz/news/10091#p1-4",
    "https://smartnews.kz/qz/news/10091-prezident-oblystar-men-kalalardyn-akimderine-aumaktardy-abattandyru-bojynsha-birkatar-tapsyrma-berdi",
    "Memleket basshysy cý tasqynyna ushyramaǵan oblystar men qalalardyń ákіmderіne kóshelerdі tazartý, kógaldandyrý jáne eldі mekenderdіń aýmaqtaryn abattandyrý naýqanyn bastaýdy tapsyrdy. Sonymen qatar joldardy retke keltіrý mіndetі júkteldі.\n"
    "Qasym-Jomart Toqaev bul jumystarǵa turǵyndar men erіktіlerdі turaqty túrde tartý mańyzdy ekenіn atap óttі.\n"
    "Prezıdenttіń aıtýynsha, eldі mekender men qoǵamdyq demalys oryndaryn kútіp-baptaý ákіmder qyzmetіn baǵalaýdyń taǵy bіr ólshemі bolmaq.\n"
    "Jalpy, óńіrlerdіń basshylary qalalardy laıyqty jáne tartymdy jaǵdaıda ustaý mádenıetіn engіzýі kerek.",
    [("POSITION", "Memleket basshysy", 0, {"leader": TOK}),
     ("PERSON", "Qasym-Jomart Toqaev", 0, {"leader": TOK}),
     ("POSITION", "Prezıdenttіń", 0, {"leader": TOK})],
    date_approx="2024 (spring floods)")


def find(text, s, n):
    at = -1
    for _ in range(n + 1):
        at = text.index(s, at + 1)
    return at


def build():
    out = []
    for id, source, text, spans, date, date_approx in DOCS:
        gold = []
        for label, s, n, extra in spans:
            start = find(text, s, n)
            span = {"start": start, "end": start + len(s), "label": label, "text": s}
            for k, v in extra.items():
                if k == "speaker":
                    sp = find(text, v[0], v[1])
                    span["speaker"] = [sp, sp + len(v[0])]
                    leader = next((e.get("leader") for l, t, m, e in spans if t == v[0] and m == v[1]), None)
                    if leader:
                        span["leader"] = leader
                else:
                    span[k] = v
            gold.append(span)
        gold.sort(key=lambda s: (s["start"], -s["end"]))
        d = {"id": id, "source": source}
        if date:
            d["date"] = date
        if date_approx:
            d["date_approx"] = date_approx
        d["text"] = text
        d["spans"] = gold
        out.append(d)
    path = os.path.join(os.path.dirname(__file__), "news.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents, {sum(len(d['spans']) for d in out)} spans -> {path}")


build()
