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

# the stages of school of other countries' systems, by the name families keep for them (ages in
# years, wide enough for the systems that use the name); read as the English stages are
# (stages._SCHOOL_STAGE_RE): "in primaire", "at cegep", "revising for her gcses", "in liceum"
SCHOOL_STAGES: dict[str, tuple[float, float]] = {
    # UK and Ireland exams
    "gcse": (14.0, 16.5), "gcses": (14.0, 16.5), "a level": (16.0, 18.5), "a levels": (16.0, 18.5),
    "a-levels": (16.0, 18.5), "highers": (15.0, 17.5), "junior cert": (14.0, 15.5),
    "leaving cert": (17.0, 18.5), "11 plus": (10.0, 11.5), "eleven plus": (10.0, 11.5),
    # French (France, Quebec, Haiti, West Africa)
    "creche": (0.3, 3.0), "garderie": (0.5, 5.0), "maternelle": (3.0, 6.0), "primaire": (6.0, 12.0),
    "ecole primaire": (6.0, 12.0), "secondaire": (12.0, 17.0), "lycee": (15.0, 18.0), "lycée": (15.0, 18.0),
    "cegep": (17.0, 19.5), "brevet": (14.0, 15.5),
    # Spanish and Portuguese
    "guarderia": (0.5, 3.0), "jardin de infantes": (3.0, 6.0), "kinder garden": (3.0, 6.0),
    "primaria": (6.0, 12.0), "secundaria": (12.0, 15.5), "prepa": (15.0, 18.0), "preparatoria": (15.0, 18.0),
    "bachillerato": (16.0, 18.0), "creche escola": (0.5, 4.0), "ensino fundamental": (6.0, 14.5),
    "ensino medio": (15.0, 17.5), "ensino médio": (15.0, 17.5), "vestibular": (17.0, 18.5),
    # Italian, German, Dutch
    "scuola materna": (3.0, 6.0), "elementari": (6.0, 11.0),
    "scuola elementare": (6.0, 11.0), "scuola media": (11.0, 14.0), "liceo": (14.0, 19.0),
    "grundschule": (6.0, 10.0), "gymnasium": (10.0, 18.5), "realschule": (10.0, 16.0),
    "abitur": (17.0, 19.0), "basisschool": (4.0, 12.0), "middelbare school": (12.0, 18.0),
    # Polish, Russian, Ukrainian, Romanian, Greek, Turkish
    "zlobek": (0.5, 3.0), "żłobek": (0.5, 3.0), "przedszkole": (3.0, 6.5), "zerowka": (6.0, 7.0),
    "zerówka": (6.0, 7.0), "podstawowka": (7.0, 15.0), "podstawówka": (7.0, 15.0), "liceum": (15.0, 19.0),
    "technikum": (15.0, 20.0), "matura": (18.0, 19.5), "detsky sad": (3.0, 7.0), "detsad": (3.0, 7.0),
    "dytsadok": (3.0, 6.0), "gradinita": (3.0, 6.0), "grădiniță": (3.0, 6.0), "nipiagogeio": (4.0, 6.0),
    "dimotiko": (6.0, 12.0), "gymnasio": (12.0, 15.0), "lykeio": (15.0, 18.0), "ilkokul": (6.0, 10.0),
    "ortaokul": (10.0, 14.0), "anaokulu": (3.0, 6.0),
    # South Asia
    "anganwadi": (3.0, 6.0), "balwadi": (3.0, 6.0), "lkg": (3.5, 4.5), "ukg": (4.5, 5.5),
    "playgroup": (2.0, 4.0), "play school": (2.0, 4.0), "playschool": (2.0, 4.0), "plus two": (16.0, 18.0), "class 10 boards": (15.0, 16.0), "board exams": (15.0, 18.0),
    "inter college": (16.0, 18.0), "madrasa": (5.0, 16.0), "madrassa": (5.0, 16.0),
    # East and Southeast Asia
    "yochien": (3.0, 6.0), "hoikuen": (0.5, 6.0), "shogakko": (6.0, 12.0), "chugakko": (12.0, 15.0),
    "eorinijip": (1.0, 5.0), "yuchiwon": (3.0, 6.0), "chodeunghakgyo": (6.0, 12.0),
    "junghakgyo": (12.0, 15.0), "godeunghakgyo": (15.0, 18.0), "suneung": (17.0, 18.5),
    "youeryuan": (3.0, 6.0), "xiaoxue": (6.0, 12.0), "chuzhong": (12.0, 15.0), "gaozhong": (15.0, 18.0),
    "gaokao": (17.0, 18.5), "mau giao": (3.0, 6.0), "tieu hoc": (6.0, 11.0), "elementarya": (6.0, 12.0), "hayskul": (12.0, 18.0),
    "tadika": (4.0, 6.0), "sekolah rendah": (7.0, 12.0), "sekolah menengah": (13.0, 17.0),
    # Hebrew, Arabic, Persian, Swahili
    "gan yeladim": (3.0, 6.0), "tichon": (15.0, 18.0), "bagrut": (17.0, 18.5),
    "rawda": (3.0, 6.0), "ibtidai": (6.0, 12.0), "ibtida2i": (6.0, 12.0), "thanawi": (15.0, 18.0),
    "tawjihi": (17.0, 18.5), "brevet libanais": (14.0, 15.5), "dabestan": (6.0, 12.0),
    "dabirestan": (12.0, 18.0), "konkur": (17.0, 18.5), "shule ya msingi": (6.0, 13.0),
    "sekondari": (13.0, 18.0),
}

