"""How other languages date a version: the data dates.py, stages.py and versions.py read, in one
place, each entry under its language.

Families write their requests in English but keep their own words for time when they do ("4
saal pehle", "hace 3 años", "when I had 15 years", "at wigilia", "on her mundan"). Coverage
is a stated rule, not the phrasings of any one family: the ~35 most spoken home languages of
immigrant households in the US, UK, Canada and Australia (their census home-language tables:
Spanish, Chinese, Tagalog, Vietnamese, Arabic, French, Korean, Russian, Portuguese, Haitian
Creole, Hindi, Urdu, Punjabi, Bengali, Gujarati, Tamil, Telugu, Malayalam, Nepali, German,
Polish, Italian, Persian, Greek, Japanese, Turkish, Ukrainian, Romanian, Dutch, Hebrew, Somali,
Swahili, Amharic, Yoruba, Indonesian/Malay), written as chat types them: romanised, without
diacritics (a spelling with them is kept where chat keeps it too).

- YEARS_AGO: "N years ago" in each language, as (words before the count, the year words, words
  after them); dates.py counts the years back from today.
- YEAR_WORDS: the word for "years" of age in each language; stages.py reads "when I had 15
  years" (the Romance, Arabic, Greek, Persian and Slavic way of saying an age: one "has" years)
  and "at 17 <year word>".
- OCCASIONS: festivals of the calendars of those languages and the life events of their
  cultures (rites of birth, naming, coming of age, schooling, marriage, work), each under one
  English key: every name of an occasion, in any of the languages or in English, is read as its
  key, so a request's "chrzciny" meets a card's "christening" (versions.occasion_terms).
"""

from __future__ import annotations

# language: (words before the count, the year words, words after them): the phrases of a field are
# separated by "|", the year words by spaces; "" where the language puts none
YEARS_AGO: dict[str, tuple[str, str, str]] = {
    "spanish": ("hace", "anos años ano año", ""),
    "portuguese": ("ha|há", "anos ano", "atras|atrás"),
    "french": ("il y a|ya|y a", "ans an annees années", ""),
    "haitian creole": ("sa gen", "an ane lane", "de sa"),
    "italian": ("", "anni anno", "fa"),
    "romanian": ("acum|in urma cu|în urmă cu", "ani an", "in urma|în urmă"),
    "german": ("vor", "jahren jahr", ""),
    "dutch": ("", "jaar", "geleden"),
    "polish": ("", "lat lata rok", "temu"),
    "russian": ("", "let goda god", "nazad"),
    "ukrainian": ("", "rokiv roky rik", "tomu"),
    "greek": ("prin|prin apo", "chronia xronia hronia", ""),
    "turkish": ("", "yil yıl sene", "once|önce"),
    "hindi urdu": ("", "saal sal baras baris", "pehle|pahle|pehele|pehlay"),
    "punjabi": ("", "saal sal", "pehlan|pehla|pehle|pahlan"),
    "bengali": ("", "bochor bochhor bachar bachhar", "age|aage"),
    "gujarati": ("", "varas varsh", "pehla|pahela"),
    "nepali": ("", "barsa barsha", "agadi|pahile"),
    "tamil": ("", "varusham varudam", "munnadi|munbu"),
    "telugu": ("", "samvatsaralu samvatsaram yellu", "kritam|mundu"),
    "malayalam": ("", "varsham kollam", "munpu|mumbu"),
    "persian": ("", "sal saal", "pish|pishe"),
    "arabic": ("min|men|abl|abel|qabl|2abl|2abel", "snin sneen sanawat sana", ""),
    "hebrew": ("lifnei|lifney", "shanim shana", ""),
    "tagalog": ("", "taon", "na ang nakalipas|ang nakalipas|nakaraan|na nakalipas"),
    "vietnamese": ("", "nam năm", "truoc|trước"),
    "chinese": ("", "nian 年", "qian|前"),
    "japanese": ("", "nen 年", "mae|前"),
    "korean": ("", "nyeon nyun 년", "jeon|전"),
    "indonesian malay": ("", "tahun", "lalu|yang lalu|yg lalu"),
    "swahili": ("miaka", "", "iliyopita"),  # "miaka N iliyopita": the year word leads
    "somali": ("", "sano sanadood", "ka hor"),
    "amharic": ("ke", "amet", "befit"),
    "yoruba": ("odun", "", "seyin|sẹyin"),  # "odun N seyin"
}

# the word for years of age, by language (read after a count: "17 años", "3 saal")
YEAR_WORDS: dict[str, str] = {
    "english": "years yrs year yr",
    "spanish": "anos años anitos añitos",
    "portuguese": "anos aninhos",
    "french": "ans",
    "italian": "anni anno",
    "romanian": "ani",
    "german": "jahre jahren",
    "dutch": "jaar",
    "polish": "lat lata latek",
    "russian ukrainian": "let goda rokiv roky",
    "greek": "chronon chronia xronia xronon",
    "turkish": "yasinda yaşında yas yaş",
    "hindi urdu punjabi persian": "saal sal baras",
    "bengali": "bochor bochhor",
    "tagalog": "taon",
    "vietnamese": "tuoi tuổi",
    "indonesian malay": "tahun",
    "arabic": "snin sneen sana",
    "hebrew": "shanim",
    "swahili": "miaka",
    "somali": "sano",
}

# occasion key: its names (English and other languages; several words are one name). A request
# and a card that name the same occasion in any of these words name one occasion.
OCCASIONS: dict[str, tuple[str, ...]] = {
    # the festivals of the calendars of those languages
    "christmas": ("christmas", "xmas", "christmas eve", "wigilia", "boze narodzenie", "navidad",
                  "nochebuena", "noel", "noël", "natale", "natal", "weihnachten", "heiligabend",
                  "kerstmis", "kerst", "rozhdestvo", "rizdvo", "sviat vechir", "christougenna",
                  "craciun", "crăciun", "pasko", "noche buena", "krismasi", "giang sinh",
                  ),
    "easter": ("easter", "wielkanoc", "swieconka", "pascua", "semana santa", "paques", "pâques",
               "pasqua", "pascoa", "páscoa", "ostern", "pasen", "paskha", "pascha", "velykden",
               "pasxa", "paște", "sham el nessim", "pasko ng pagkabuhay"),
    "diwali": ("diwali", "deepavali", "divali", "dipawali", "deepawali", "tihar", "bandi chhor divas"),
    "eid": ("eid", "eid al fitr", "eid ul fitr", "eid al adha", "eid ul adha", "bakra eid",
            "bakrid", "choti eid", "meethi eid", "hari raya", "lebaran", "bayram", "seker bayrami",
            "kurban bayrami", "eid mubarak", "ciid", "3eid", ),
    "ramadan": ("ramadan", "ramzan", "ramazan", "ramadhan", "iftar", "ramazani"),
    "nowruz": ("nowruz", "norooz", "noruz", "nauryz", "nevruz", "persian new year"),
    "lunar new year": ("lunar new year", "chinese new year", "spring festival", "chunjie",
                       "chun jie", "tet", "tết", "seollal", "sol nal", "losar", "kung hei fat choi"),
    "mid-autumn": ("mid autumn festival", "mid-autumn festival", "moon festival", "zhongqiu",
                   "chuseok", "tet trung thu", "trung thu"),
    "hanukkah": ("hanukkah", "chanukah", "hanukah", "chanukkah"),
    "passover": ("passover", "pesach", "seder"),
    "rosh hashanah": ("rosh hashanah", "rosh hashana", "jewish new year"),
    "yom kippur": ("yom kippur",),
    "purim": ("purim",),
    "vaisakhi": ("vaisakhi", "baisakhi", "visakhi", "vaishakhi", "pohela boishakh", "vishu",
                 "puthandu", "songkran", "bihu"),
    "holi": ("holi", "phagwah", "rang panchami"),
    "navratri": ("navratri", "navaratri", "garba night", "dussehra", "dasara", "durga puja",
                 "pujo", "dashain"),
    "lohri": ("lohri", "makar sankranti", "sankranti", "pongal", "uttarayan"),
    "onam": ("onam",),
    "raksha bandhan": ("raksha bandhan", "rakhi"),
    "karva chauth": ("karva chauth", "karwa chauth", "teej"),
    "gurpurab": ("gurpurab", "gurpurb", "guru nanak jayanti"),
    "ganesh chaturthi": ("ganesh chaturthi", "ganeshotsav", "vinayaka chaturthi"),
    "thanksgiving": ("thanksgiving", "action de grace", "action de grâce"),
    "halloween": ("halloween",),
    "day of the dead": ("day of the dead", "dia de muertos", "día de muertos", "dia de los muertos"),
    "carnival": ("carnival", "carnaval", "karneval", "fasching", "mardi gras", "tlusty czwartek",
                 "fat thursday"),
    "new year": ("new year", "new years", "new year's eve", "nye", "hogmanay", "sylwester",
                 "nochevieja", "reveillon", "réveillon", "capodanno", "silvester", "oud en nieuw",
                 "novy god", "ras al sana", "yilbasi", "yılbaşı", "shogatsu", "oshogatsu"),
    "name day": ("name day", "nameday", "imieniny", "onomastico", "namenstag",
                 "onomastiki", "imenini", "imennyny"),
    "obon": ("obon", "bon festival"),
    "kwanzaa": ("kwanzaa",),
    "independence day": ("independence day", "fourth of july", "4th of july", "canada day",
                         "australia day", "fete nationale", "saint jean baptiste", "st jean"),
    "mothers day": ("mothers day", "mother's day", "mothering sunday", "dzien matki", "dia de las madres",
                    "fete des meres"),
    "fathers day": ("fathers day", "father's day", "dzien ojca", "dia del padre", "fete des peres"),
    # the life events of those cultures: rites of birth and naming
    "christening": ("christening", "baptism", "baptised", "baptized", "chrzciny", "chrzest",
                    "bautizo", "bautismo", "bapteme", "baptême", "battesimo", "batismo", "batizado",
                    "taufe", "doop", "kreshchenie", "khreshchennia", "vaftisi", "vaptisi", "botez",
                    "binyag", "binyagan", "christening day"),
    "naming": ("naming ceremony", "naming day", "naam karan", "naamkaran", "namkaran", "namakarana",
               "aqiqah", "aqeeqah", "akika", "sebou", "soboa", "isomoloruko", "iso omo loruko",
               "brit milah", "bris", "simchat bat", "zeved habat", "doljanchi", "baek-il", "baegil", "mundan", "annaprashan", "annaprasana",
               "chhathi", "aqiqa"),
    # coming of age and religious rites of passage
    "communion": ("first communion", "first holy communion", "komunia", "pierwsza komunia",
                  "primera comunion", "primera comunión", "premiere communion", "première communion",
                  "prima comunione", "primeira comunhao", "primeira comunhão", "erstkommunion",
                  "eerste communie", "confirmation", "bierzmowanie", "confirmacion", "cresima",
                  "firmung", "kumpil"),
    "bar mitzvah": ("bar mitzvah", "bat mitzvah", "bas mitzvah", "b'nai mitzvah", "bnai mitzvah"),
    "quinceanera": ("quinceanera", "quinceañera", "quince", "quinces", "xv anos", "xv años",
                    "fiesta de quince", "festa de debutante", "debut", "debutante", "18th debut",
                    "sweet sixteen", "sweet 16"),
    "turban tying": ("dastar bandi", "dastaar bandi", "dastarbandi", "pagri ceremony",
                     "turban ceremony", "turban tying"),
    "thread ceremony": ("upanayana", "upanayanam", "janeu", "janeu ceremony", "sacred thread ceremony",
                        "thread ceremony", "poonal"),
    "amrit": ("amrit sanchar", "amrit chhakna", "amrit ceremony", "took amrit"),
    "coming of age": ("coming of age", "seijin shiki", "seijinshiki", "seijin no hi",
                      "ritu kala samskara", "half saree ceremony", "langa voni", "ritushuddhi"),
    # schooling
    "graduation": ("graduation", "graduated", "grad", "convocation", "commencement",
                   "remise des diplomes",
                   "remise des diplômes", "graduacion", "graduación", "graduacao", "formatura",
                   "laurea", "diploma day", "abschlussfeier", "abitur", "matura", "pagtatapos", "tot nghiep", "le tot nghiep",
                   "mezuniyet", ),
    "prom": ("prom", "school formal", "bal des finissants", "bal de finissants", "finissants",
             "abiball", "studniowka", "studniówka", "matric dance", "year 12 formal", "leavers ball", "leavers dance",
             "bal de promo", "baile de graduacion", "baile de formatura"),
    "white coat": ("white coat ceremony", "pinning ceremony", "capping ceremony"),
    "first day of school": ("first day of school", "first school day", "rentrée", "rentree",
                            "pierwszy dzien szkoly", "primer dia de clases", "einschulung",
                            "schultuete", "schultüte", "primo giorno di scuola", "vidyarambham",
                            "aksharabhyasam"),
    # marriage
    "engagement": ("engagement", "engaged", "engagement party", "khetbe", "khotbe", "khutbe",
                   "khutba", "khitbe", "kitbeh", "khetbeh", "nishan", "nişan", "nisan", "sagai",
                   "mangni", "roka", "shagun", "chunni ceremony", "kurmai", "zareczyny",
                   "zaręczyny", "compromiso", "pedida", "pedida de mano", "fiancailles",
                   "fiançailles", "fidanzamento", "noivado", "verlobung", "verloving", "arravones", "logodna", "pamamanhikan", "pamanhikan", "dam hoi", "dam ngo",
                   "tena'im", "tenaim", "kitbe", "shirini khori", "baleh boroon"),
    "wedding": ("wedding", "wedding day", "married", "marriage", "wedding reception", "viah", "vyah",
                "biyah", "biye", "byah", "shaadi", "shadi", "nikah", "nikkah", "anand karaj",
                "laavan", "lavan", "pheras", "saat phere", "mehndi", "sangeet", "baraat", "walima",
                "valima", "barat", "kalyanam", "vivah", "vivaha", "boda", "casamiento", "matrimonio",
                "casamento", "mariage", "noces", "nozze", "sposalizio", "hochzeit", "bruiloft",
                "slub", "ślub", "wesele", "svadba", "vesillia", "gamos", "nunta", "nuntă",
                "dugun", "düğün", "zafaf", "3ers", "farah", "aroos", "arusi",
                "aroosi", "kasal", "kasalan", "dam cuoi", "đám cưới", "hunlye", "kekkonshiki",
                "harusi", "chuppah", "huppah", "kiddushin", "lobola", "igbeyawo"),
    "anniversary": ("anniversary", "wedding anniversary", "rocznica", "rocznica slubu", "aniversario",
                    "anniversaire de mariage", "anniversario", "hochzeitstag", "salgirah", "saalgirah"),
    "baby shower": ("baby shower", "godh bharai", "godbharai", "seemantham", "valaikappu",
                    "sadh", "sadhi", ),
    # work and later life
    "retirement": ("retirement", "retired", "emerytura", "jubilacion",
                   "jubilación", "retraite", "pensione", "aposentadoria", "ruhestand", "pensioen", "emeklilik", "pagreretiro", "sevanivrutti"),
    "housewarming": ("housewarming", "house warming", "griha pravesh", "grihapravesh",
                     "parapetowe", "pendaison de cremaillere", "inaugurazione casa"),
    "opening": ("grand opening", "opening day", "soft opening", "inauguration", "inauguracion",
                "udghatan", "muhurat", "otwarcie", "ouverture", ),
    "funeral": ("funeral", "burial", "janaza", "janazah", "antim sanskar", "pogrzeb",
                "velorio", "funerailles", "funérailles", "funerale", "shivah",
                "chehlum", "chaliswan", "barsi", "bhog", "akhand path", "panachida",
                "parastas", "mnimosyno", ),
}
