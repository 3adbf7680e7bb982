"""Kinship words of other languages (and the regional English ones the tables in kinship.py do
not compose): the data kinship.py reads, in one place, each entry under its language.

Families keep their own words for their people when they write in English ("my ouma", "lola's
garden", "our bunso", "ba xa"), typed as chat types them: without diacritics, in the common
romanisation. kinship.py reads three tables, in this order (a word keeps its first reading):

- KIN_BORROWED: the close family (ten fixed columns) in the ~40 most spoken languages and the
  languages of large communities that keep their family words in English;
- KIN_BORROWED_MORE: the family by marriage and by rite and the children by birth order
  (eleven fixed columns) in the same languages;
- KIN_WORDS: every other relation, language by language, keyed by the English name of the
  relation ("maternal grandmother", "female cousin", "stepson", "son-in-law", "younger
  sibling", "baby", "youngest"): cousins, nieces and nephews, grandchildren, children-in-law,
  step-relations, godchildren, partners, the sibling words that say elder or younger (read as
  the sibling: seniority is not compared), grandparents and parents' siblings by side, and the
  birth order. A word of two words is written with "-" ("con-gai"): typed open ("con gai") it
  is read as one (kinship.idioms).

Guards (kinship.py applies them, the tables hold the words as people type them): a word of two
letters, or one that is also an everyday English word or given name (the MiniLM vocabulary:
"ate", "lola", "baba", "tito", "me"), is a guarded word: it is kinship only in a kin position
(right after "my"/"our"/a possessive, or as a possessor itself: "Ami's ate", "lola's garden"),
never as an ordinary word of a sentence. A relation the repository does not hold stays none:
the words only say which relation is meant.
"""

from __future__ import annotations

# The close family in other languages, as written there (accents kept; a spelling without them
# is found too, unless it is an English word). One row per language, the same columns for each:
# father, mother, grandfather, grandmother, brother, sister, son, daughter, uncle, aunt
# ("-": the language's word is left out because it is an everyday English word or one of the
# columns before; several words: "a/b"). A word that is already English (above) or an English
# vocabulary word or given name ("ate", "anne", "lola") is dropped when the table is read: in an
# English request the English reading wins.
KIN_BORROWED: dict[str, str] = {
    "spanish": "papá/padre mamá/madre abuelo/abuelito abuela/abuelita hermano hermana hijo hija "
               "tío tía",
    "portuguese": "pai/papai mãe/mamãe avô/vovô avó/vovó irmão irmã filho filha tio tia",
    "italian": "babbo/padre madre nonno nonna fratello sorella figlio figlia zio zia",
    "french": "père mère/maman grand-père/papy grand-mère/mamie frère sœur/soeur fils fille "
              "oncle tante",
    "german": "vater/vati mutter/mutti opa/großvater oma/großmutter bruder schwester sohn tochter "
              "onkel tante",
    "dutch": "vader moeder opa oma broer zus zoon dochter oom tante",
    "swedish": "pappa mamma farfar/morfar farmor/mormor bror syster son dotter farbror/morbror "
               "faster/moster",
    "polish": "tata/tatuś mama/mamusia dziadek/dziadzia babcia/babunia brat siostra syn córka "
              "wujek ciocia",
    "russian": "papa mama dedushka/deda babushka brat sestra syn doch dyadya tyotya",
    "greek": "babás/mpampas mamá papou/pappous yiayia/giagia adelfos adelfi gios kori theios "
             "theia",
    "turkish": "baba anne dede nine/babaanne/anneanne abi/ağabey abla oğul kız amca/dayı "
               "teyze/hala",
    "arabic": "baba/abu mama/umm jiddo/jaddi teta/sitti akh ukht ibn bint ammo/khalo amto/khalto",
    "hebrew": "abba/aba ima saba savta - achot - - dod doda",
    "yiddish": "tate mame zayde/zeyde bubbe/bubbie/bobe - - - - feter mume",
    "hindi": "papa/pitaji mummy/mataji dada dadi/nani bhai/bhaiya didi/behen beta beti "
             "chacha/chachu chachi/mausi",
    "tagalog": "tatay/itay nanay/inay lolo lola kuya ate - - tito tita",
    "korean": "appa/abeoji eomma/umma/eomeoni harabeoji halmeoni hyung/oppa noona/unni adeul "
              "ttal samchon gomo",
    "japanese": "otousan/otosan okaasan/okasan ojiichan/jiichan obaachan/baachan oniisan/niisan "
                "oneesan/neesan musuko musume ojisan obasan",
    "chinese": "baba mama yeye/laoye/waigong nainai/laolao/waipo gege jiejie/meimei erzi "
               "nüer/nuer shushu/jiujiu ayi/gugu",
    "afrikaans": "pa ma oupa ouma broer/boet/boetie suster/sussie seun dogter oom tannie",
    "welsh": "tad mam taid/tadcu nain/mamgu brawd chwaer mab - ewythr modryb",
    "zulu": "baba mama mkhulu/umkhulu gogo/ugogo bhuti sisi indodana indodakazi malume anti",
    # the rest of the ~40 most spoken languages, then community languages (module docstring)
    "urdu": "abbu/abbaji ammi/ammijan dada/nana dadi/nani bhai/bhaijan baji/apa beta beti "
            "chacha/mamu chachi/khala/phuppo",
    "bengali": "baba/abba ma/amma dadu/thakurda dida/thakuma/didima dada/bhaiya didi/apu chele "
               "meye kaka/mama kakima/mashi/pishi",
    "indonesian": "ayah/bapak/papa ibu/mama/emak kakek/datuk nenek/nenda abang kakak putra "
                  "putri paman/pakcik bibi/makcik",
    "marathi": "baba/aba aai ajoba aaji bhau tai/tai mulga mulgi kaka/mama kaku/mavshi/atya",
    "telugu": "nanna amma thatha/tatayya ammamma/nanamma anna/tammudu akka/chelli koduku kuthuru "
              "mavayya/babai pinni",
    "tamil": "appa amma thatha/thaatha paati/aachi anna/thambi akka/thangai magan magal "
             "mama/chithappa athai/chithi",
    "cantonese": "baba/loudau mama/loumou yeye/gunggung maamaa gogo/daailou jeje/gaaje "
                 "jai neui sukfu/kaufu aayi/guma",
    "vietnamese": "bố/cha mẹ/má ông bà anh chị - - chú/bác/cậu cô/dì",
    "persian": "baba/pedar maman/madar babajoon/pedarbozorg mamanjoon/madarbozorg baradar "
               "khahar pesar dokhtar amoo/daei ameh/khaleh",
    "hausa": "baba/uba uwa kaka - yaya/kani kanwa - - kawu gwaggo",
    "swahili": "baba mama babu bibi kaka dada mwana binti mjomba shangazi",
    "javanese": "bapak/romo ibu/biyung kakung uti mas mbak - - pakdhe/paklik budhe/bulik",
    "punjabi": "bapu/papaji maa/bebe dadaji/nanaji dadiji/naniji paaji bhain/bhenji - "
               "dhee chacha/taya/mama chachi/bhua/masi",
    "kannada": "appa amma ajja/thatha ajji anna/thamma akka/thangi - magalu mava/chikkappa "
               "atte/chikkamma",
    "gujarati": "pappa/bapuji mummy/ba dada/nana dadi/nani bhai/motabhai ben/behen dikro dikri "
                "kaka/mama kaki/masi/foi",
    "thai": "- mae pu/ta ya/yai - - - - lung pa",
    "amharic": "abat/abbaye enat/emaye ayat - wendim ehit - - agot akist",
    "yoruba": "baba iya babaagba/babanla iyaagba/iyanla - - - - - -",
    "igbo": "nna nne nnanna nnenne - - - - - -",
    "malayalam": "achan amma appooppan/muthachan ammooma/ammachi chettan/aniyan chechi/aniyathi "
                 "makan makal ammavan/valiyachan ammayi/valiyamma",
    "ukrainian": "tato/tatko mama/nenka dido/didus baba/babusya brat sestra syn donka "
                 "dyadko/dyadya titka/titonka",
    "romanian": "tată/tati mamă/mami bunic/bunicu bunică/buni frate soră fiu fiică unchi mătușă",
    "xhosa": "tata mama tatomkhulu makhulu bhuti sisi unyana intombi malume dadobawo",
    "sotho": "ntate - ntatemoholo nkgono abuti ausi mora morali malome rakgadi",
    "maori": "pāpā/matua māmā/whaea koro/koroua kuia/kui tungāne tuahine tama tamāhine - -",
}
# Further relations in the same languages, one row per language with the same columns each:
# husband, wife, child, father-in-law, mother-in-law, brother-in-law, sister-in-law, godfather,
# godmother, eldest child, youngest child ("-": no single word, or one of the guards drops it).
# A word in both columns of a pair names either ("asawa": a spouse; "biyenan": a parent-in-law).
# The last two are birth order, not a relation: they answer "our eldest"/"our youngest" on a card.
KIN_BORROWED_MORE: dict[str, str] = {
    "spanish": "esposo/marido esposa/mujer - suegro suegra cuñado cuñada padrino madrina "
               "primogénito/primogénita benjamín",
    "portuguese": "marido/esposo esposa/mulher - sogro sogra cunhado cunhada padrinho madrinha "
                  "primogênito/primogênita caçula/caçulinha",
    "italian": "marito moglie - suocero suocera cognato cognata padrino madrina "
               "primogenito/primogenita ultimogenito/ultimogenita",
    "french": "mari/époux femme/épouse enfant - - beau-frère belle-sœur/belle-soeur parrain "
              "marraine aîné/aînée -",
    "german": "ehemann/gatte ehefrau/gattin kind schwiegervater schwiegermutter schwager "
              "schwägerin pate/patenonkel patin/patentante älteste/erstgeborene "
              "jüngste/nesthäkchen",
    "dutch": "echtgenoot echtgenote kind schoonvader schoonmoeder zwager schoonzus "
             "peetoom/peetvader peettante/peetmoeder oudste jongste",
    "swedish": "make fru/hustru barn svärfar svärmor svåger svägerska gudfar gudmor äldsta "
               "yngsta",
    "polish": "mąż żona dziecko teść teściowa szwagier szwagierka chrzestny chrzestna "
              "najstarszy/najstarsza najmłodszy/najmłodsza",
    "russian": "muzh zhena rebyonok/rebenok svyokor/svekor tyoshcha/svekrov shurin/dever "
               "zolovka/svoyachenitsa krestnyy krestnaya - -",
    "greek": "syzygos syzygos paidi petheros pethera - kouniada nonos nona - -",
    "turkish": "koca karı/hanım çocuk kayınpeder/kayınbaba kayınvalide/kaynana kayınbirader "
               "görümce/baldız - - - -",
    "arabic": "zawj zawja/zawjati tifl hamu hamat - - - - bikr -",
    "hebrew": "baal isha yeled cham chamot gis gisa sandak - bechor/bechora -",
    "yiddish": "man vayb kind shver shviger shvoger shvegerin kvater kvaterin - "
               "mizinik/mezinke",
    "hindi": "pati/shauhar patni/biwi bachcha/bacha sasur/sasurji saas/sasuma "
             "devar/jeth/sala/saala/jija/jiju bhabhi/bhabi/nanad/saali - - - -",
    "tagalog": "asawa asawa anak biyenan biyenan bayaw hipag ninong ninang panganay bunso",
    "korean": "nampyeon anae jasik siabeoji/jangin sieomeoni/jangmo maebu/maehyeong "
              "hyeongsu/olke - - jangnam/jangnyeo maknae/mangnae",
    "japanese": "otto/danna tsuma/okusan/kanai kodomo shuuto/shuto shuutome/shutome "
                "gikei/gitei gishi/gimai - - chounan/chonan/choujo/chojo suekko",
    "chinese": "zhangfu/laogong qizi/laopo haizi gonggong/yuefu popo/yuemu "
               "jiefu/meifu/xiaoshuzi/xiaojiuzi saozi/dimei/xiaoguzi/xiaoyizi gandie/ganba "
               "ganma laoda laoyao",
    "afrikaans": "eggenoot vrou kind skoonpa skoonma swaer skoonsuster peetpa peetma oudste "
                 "jongste",
    "welsh": "gŵr gwraig plentyn - - - - - - - -",
    "zulu": "umyeni unkosikazi ingane ubabezala umamezala umlamu umlamu - - izibulo -",
    "urdu": "shohar/miyan biwi/begum bachcha sasur saas devar/jeth/sala/behnoi "
            "bhabhi/nand/saali - - - -",
    "bengali": "swami stri/bou bachcha/shontan shoshur shashuri "
               "dulabhai/jamaibabu/shala/debor boudi/nonod/shali - - - -",
    "indonesian": "suami istri/isteri anak mertua mertua ipar ipar - - sulung bungsu/bongsu",
    "marathi": "navra/nawra bayko - sasre sasu mehuna vahini/nanand/mehuni - - - -",
    "telugu": "bharta/mogudu bharya/pellam bidda mamagaru attagaru bava vadina - - - -",
    "tamil": "kanavan/purushan manaivi/pondatti kuzhandhai/kulandai maamanar maamiyar "
             "machan/maithunar anni/nathanar - - - kadaikutti/kadaikutty",
    "cantonese": "lougung loupo - - - - - kaiye kaima - -",
    "vietnamese": "chồng - - - - - - - - - -",
    "persian": "shohar/hamsar zan/hamsar bache/bacheh pedarzan/pedarshohar madarzan/madarshohar "
               "baradarzan/shoharkhahar khaharzan/zanbaradar - - - tahtaghari",
    "hausa": "miji mata - suruki surukuwa - - - - - auta",
    "swahili": "mume mke mtoto mkwe mkwe shemeji shemeji/wifi - - - -",
    "javanese": "bojo bojo anak maratuwa maratuwa ipe ipe - - mbarep ragil",
    "punjabi": "pati/gharwala patni/gharwali bachcha sohra sass/saas jija/sala/deor "
               "bharjai/saali/nanaan - - - -",
    "kannada": "ganda hendathi magu - - bhava/maiduna attige/naadini - - - -",
    "gujarati": "pati/var patni/vahu balak sasra sasu banevi/salo/diyar bhabhi/nanand/sali "
                "- - - -",
    "thai": "phua phanraya - - - - - - - - -",
    "amharic": "bal - lij amat amat - - - - bekur -",
    "yoruba": "oko iyawo omo ana ana - - - - akobi abigbeyin",
    "igbo": "- nwunye nwa ogo ogo - - - - opara -",
    "malayalam": "bharthavu bharya kunju/kutti ammayiachan/ammayippan ammayiamma aliyan "
                 "nathoon/naathoon - - - -",
    "ukrainian": "cholovik druzhyna dytyna svekor teshcha/svekrukha shurin/dever zovytsia "
                 "khresnyi khresna - -",
    "romanian": "soț/bărbat soție/nevastă copil socru soacră cumnat cumnată naș nașă - "
                "mezin/mezină",
    "xhosa": "umyeni umfazi umntwana - umkhwekazi - - - - izibulo -",
    "sotho": "monna mosadi ngwana ratsale mmatsale molamu - - - letsibolo -",
    "maori": "tāne wahine tamaiti hungarei hungarei taokete taokete - - mātāmua pōtiki",
}
# A sibling-in-law word that says which line (relations.fits): the spouse's sibling (Hindi
# devar, the husband's brother) or the sibling's spouse (bhabhi, the brother's wife).
KIN_LINE = {**dict.fromkeys("devar jeth sala saala saali nanad nand deor nanaan shala shali "
                            "debor nonod mehuna mehuni nanand diyar salo sali xiaoshuzi "
                            "xiaojiuzi xiaoguzi xiaoyizi baradarzan khaharzan görümce "
                            "baldız".split(), "spouse"),
            **dict.fromkeys("jija jiju behnoi bhabhi bhabi boudi dulabhai jamaibabu bharjai "
                            "vahini banevi jiefu meifu saozi dimei shoharkhahar zanbaradar "
                            "maebu maehyeong hyeongsu olke".split(), "blood"),
            # the spouse's sibling's spouse: co-sisters-in-law (the wives of brothers) and
            # co-brothers-in-law (the husbands of sisters), where a language has the word
            **dict.fromkeys("jethani devrani darani dewrani derani sadhu saadhu jau sadu "
                            "elti bacanak jari bajenagh yatrovka svoyak jetrva pasanac "
                            "salfeh adeel dongseo donseo zhouli lianjin bhayra "
                            "badzhanak".split(), "co")}
# Co-sisters- and co-brothers-in-law by language (KIN_LINE "co"), read as a sibling-in-law of
# that gender whose line is neither the spouse's sibling nor the sibling's spouse.
KIN_CO_IN_LAWS = {
    "hindi-urdu-punjabi-gujarati": ("sadhu saadhu", "jethani devrani darani dewrani derani"),
    "marathi": ("sadu", "jau"), "bengali": ("bhayra", "-"), "turkish": ("bacanak", "elti"),
    "persian": ("bajenagh", "jari"), "russian": ("svoyak", "yatrovka"),
    "serbian-croatian": ("pasanac", "jetrva"), "arabic": ("adeel", "salfeh"),
    "korean": ("donseo", "dongseo"), "chinese": ("lianjin", "zhouli"),
    "bulgarian": ("badzhanak", "-"),
}
# Grandparent (and parent's sibling) names that say which side of the family: Hindi/Urdu
# nani (the mother's mother) and dada/dadi (the father's parents; Hindi "nana" is English's
# grandma here), Swedish mor-/far- (mother's /
# father's), Chinese wai- and lao- (the mother's parents).
KIN_SIDE = {"nani": "maternal", "dadi": "paternal", "dada": "paternal",
            "nanaji": "maternal", "naniji": "maternal", "dadaji": "paternal",
            "dadiji": "paternal", "thakurda": "paternal", "thakuma": "paternal",
            "didima": "maternal", "ammamma": "maternal", "nanamma": "paternal",
            "gunggung": "maternal", "maamaa": "paternal",
            "mormor": "maternal", "morfar": "maternal", "farmor": "paternal",
            "farfar": "paternal", "morbror": "maternal", "moster": "maternal",
            "farbror": "paternal", "faster": "paternal", "laolao": "maternal",
            "laoye": "maternal", "waipo": "maternal", "waigong": "maternal",
            "nainai": "paternal", "yeye": "paternal",
            # parents' siblings by side, where the word says it (read for aunts and uncles
            # only: "mama" stays a mother where a table's first reading is a mother); a word
            # also used for an aunt or uncle by marriage of the other side has none
            **dict.fromkeys("ammo amo ammi amto amti amme amca hala amoo amu ameh chacha "
                            "chachu taya tayaji tauji bua bhua phuphi phuppo phupho kaka jethu "
                            "pishi pishimoni fupu atya athai babai foi shushu bobo gugu sukfu "
                            "baakfu guma stryj stryjek shangazi dadobawo ubabekazi rakgadi "
                            "xhaxhi xhaxhai halla adeer eedo sewaa tete babamukuru babamunini "
                            "seta farbror faster chu bac co".split(), "paternal"),
            **dict.fromkeys("khalo khali khalto khalti khala daei dayi dayı teyze daje khaleh "
                            "khale mama mamu mamaji mausi masi mashi mashimoni mavshi jiujiu "
                            "yima kaufu wuj wujek mjomba malume umalume malome daja tezja teze "
                            "abti habaryar wofa mainini maiguru xal eno ujak ujo morbror moster "
                            "cau di".split(), "maternal")}

# Every other relation, by language: relation key (an English relation word, with "maternal"/
# "paternal", "male"/"female", "elder"/"younger" before it where the language's word says so)
# -> the words, as typed in English chat (no diacritics; "/" not used: one word per item).
KIN_WORDS: dict[str, dict[str, str]] = {
    "english": {  # informal and regional English the composed tables of kinship.py lack
        "grandmother": "nanny nanan gran-gran grams gram gigi mimi nonny",
        "grandfather": "grandpapa grandaddy gramp poppy pepaw",
        "mother": "mumsy mumma maw",
        "father": "paw",
        "brother": "bruh brudda broski bubba",
        "sister": "sissy sista sistah",
        "child": "sprog rugrat nipper laaitie laitie", "baby": "bub babby",
        "wife": "wife-to-be mrs", "husband": "husband-to-be ou",
        "stepfather": "stepdaddy", "stepmother": "stepmommy stepmummy",
        "middle": "middle middlest middle-child",
        # the everyday American and Australian "my oldest" (guarded: alone it picks a version)
        "eldest": "oldest",
        # the chat abbreviations of family forums (guarded: kinship only after "my"/"our")
        "father-in-law": "fil", "mother-in-law": "mil", "brother-in-law": "bil",
        "sister-in-law": "sil", "daughter-in-law": "dil", "son": "ds", "daughter": "dd",
    },
    "scots": {
        "brother": "brither", "son": "laddie", "daughter": "lassie",
    },
    "irish": {"grandmother": "mamo", "grandfather": "daideo"},
    "spanish": {
        "father": "papito", "mother": "mamita", "grandparent": "abue", "grandmother": "yaya",
        "partner": "pareja", "boyfriend": "novio", "girlfriend": "novia",
        "son": "mijo hijito", "daughter": "mija hijita", "baby": "bebe bebito bebita",
        "elder brother": "hermanito manito", "sister": "manita",
        "male cousin": "primo primito", "female cousin": "prima primita",
        "nephew": "sobrino", "niece": "sobrina", "grandson": "nieto", "granddaughter": "nieta",
        "grandchild": "nietos", "son-in-law": "yerno", "daughter-in-law": "nuera",
        "stepfather": "padrastro", "stepmother": "madrastra", "stepson": "hijastro",
        "stepdaughter": "hijastra", "godson": "ahijado", "goddaughter": "ahijada",
        "youngest": "xocoyote xocoyota",
        "uncle": "tito", "aunt": "tita",
    },
    "portuguese": {
        "mother": "mainha", "father": "painho", "grandparent": "vo", "partner": "companheiro companheira", "boyfriend": "namorado",
        "girlfriend": "namorada", "baby": "nene bebe", "brother": "mano", "sister": "mana",
        "aunt": "titia", "uncle": "titio", "male cousin": "primo", "female cousin": "prima",
        "nephew": "sobrinho", "niece": "sobrinha", "grandson": "neto", "granddaughter": "neta",
        "son-in-law": "genro", "daughter-in-law": "nora", "stepfather": "padrasto",
        "stepmother": "madrasta", "stepson": "enteado", "stepdaughter": "enteada",
        "godson": "afilhado", "goddaughter": "afilhada",
    },
    "italian": {
        "father": "papa papi", "mother": "mamma mammina", "grandfather": "nonnino",
        "grandmother": "nonnina", "partner": "compagno compagna", "boyfriend": "fidanzato",
        "girlfriend": "fidanzata", "child": "bambino bambina bimbo bimba", "brother": "fratellino",
        "sister": "sorellina", "male cousin": "cugino", "female cousin": "cugina",
        "son-in-law": "genero", "daughter-in-law": "nuora", "stepfather": "patrigno",
        "stepmother": "matrigna", "stepson": "figliastro", "stepdaughter": "figliastra",
        "godson": "figlioccio", "goddaughter": "figlioccia",
    },
    "french": {
        "father": "papa", "mother": "maman", "grandfather": "papi pepe papie",
        "grandmother": "mamie meme mamy", "husband": "mari epoux", "wife": "femme epouse",
        "partner": "conjoint conjointe compagnon compagne", "boyfriend": "copain",
        "girlfriend": "copine", "child": "enfant gamin gamine", "baby": "bebe",
        "brother": "frerot", "sister": "soeurette", "uncle": "tonton", "aunt": "tata tatie tati",
        "male cousin": "cousin", "female cousin": "cousine", "nephew": "neveu",
        "grandson": "petit-fils", "granddaughter": "petite-fille",
        "grandchild": "petits-enfants", "son-in-law": "gendre", "godson": "filleul",
        "goddaughter": "filleule", "youngest": "cadet cadette benjamin benjamine",
    },
    "german": {
        "father": "papi vati", "mother": "mami mutti", "grandfather": "opi grossvater",
        "grandmother": "omi grossmutter", "husband": "mann ehemann", "wife": "frau ehefrau",
        "partner": "lebensgefahrte lebensgefahrtin", "male cousin": "vetter cousin",
        "female cousin": "cousine kusine", "nephew": "neffe", "niece": "nichte",
        "grandson": "enkel", "granddaughter": "enkelin", "grandchild": "enkelkind",
        "son-in-law": "schwiegersohn", "daughter-in-law": "schwiegertochter",
        "sister-in-law": "schwagerin", "stepfather": "stiefvater", "stepmother": "stiefmutter",
        "stepson": "stiefsohn", "stepdaughter": "stieftochter", "godchild": "patenkind",
        "godfather": "patenonkel", "godmother": "patentante", "youngest": "nesthakchen",
    },
    "dutch": {
        "father": "pap papa", "mother": "mam mama", "husband": "man", "wife": "vrouw",
        "sister": "zusje", "brother": "broertje", "grandson": "kleinzoon",
        "granddaughter": "kleindochter", "grandchild": "kleinkind", "son-in-law": "schoonzoon",
        "daughter-in-law": "schoondochter", "stepfather": "stiefvader",
        "stepmother": "stiefmoeder", "stepson": "stiefzoon", "stepdaughter": "stiefdochter",
        "godfather": "peter", "godmother": "meter",
    },
    "polish": {
        "father": "tata tatus ojciec", "mother": "mama mamusia matka",
        "grandfather": "dziadek dziadzia dziadzio dziadus", "grandmother": "babcia babunia babula",
        "husband": "maz mezus", "wife": "zona zonka", "boyfriend": "chlopak",
        "girlfriend": "dziewczyna", "son": "syn synek", "daughter": "corka coreczka",
        "child": "dziecko", "brother": "brat braciszek", "sister": "siostra siostrzyczka",
        "paternal uncle": "stryj stryjek", "maternal uncle": "wuj", "uncle": "wujek",
        "aunt": "ciocia ciotka", "male cousin": "kuzyn", "female cousin": "kuzynka",
        "nephew": "bratanek siostrzeniec", "niece": "bratanica siostrzenica",
        "grandson": "wnuk wnuczek", "granddaughter": "wnuczka", "father-in-law": "tesc",
        "mother-in-law": "tesciowa", "son-in-law": "ziec", "daughter-in-law": "synowa",
        "stepfather": "ojczym", "stepmother": "macocha", "stepson": "pasierb",
        "stepdaughter": "pasierbica", "godfather": "chrzestny", "godmother": "chrzestna",
        "godson": "chrzesniak", "goddaughter": "chrzesniaczka",
        "eldest": "najstarszy najstarsza", "youngest": "najmlodszy najmlodsza",
    },
    "russian": {
        "father": "papa otets batya papka", "mother": "mama mamochka mamulya",
        "grandfather": "dedushka ded deda dedulya", "grandmother": "babushka babulya",
        "husband": "muzh", "wife": "zhena", "son": "syn synok", "daughter": "doch dochka",
        "child": "rebenok rebyonok", "brother": "brat bratik bratishka",
        "sister": "sestra sestrenka sestrichka", "uncle": "dyadya", "aunt": "tyotya tetya",
        "male cousin": "kuzen", "female cousin": "kuzina", "nephew": "plemyannik",
        "niece": "plemyannitsa", "grandson": "vnuk", "granddaughter": "vnuchka",
        "father-in-law": "svekor test", "mother-in-law": "svekrov tyoshcha teshcha",
        "son-in-law": "zyat", "daughter-in-law": "nevestka snokha", "stepfather": "otchim",
        "stepmother": "machekha", "stepson": "pasynok", "stepdaughter": "padcheritsa",
        "godfather": "krestnyy krestny", "godmother": "krestnaya",
    },
    "ukrainian": {
        "father": "tato tatko", "mother": "mama matusya", "grandfather": "dido didus",
        "grandmother": "babusya babtsya", "husband": "cholovik", "wife": "druzhyna",
        "son": "syn synochok", "daughter": "donka donechka", "brother": "brat",
        "sister": "sestra", "uncle": "dyadko", "aunt": "titka", "grandson": "onuk",
        "granddaughter": "onuka", "mother-in-law": "svekrukha teshcha", "son-in-law": "zyat",
        "daughter-in-law": "nevistka",
    },
    "greek": {
        "father": "babas mpampas pateras", "mother": "mitera manoula",
        "grandfather": "pappous papou pappou papous papouli", "grandmother": "yiayia giagia yaya",
        "husband": "andras syzygos", "wife": "gynaika syzygos", "son": "gios yios",
        "daughter": "kori", "child": "paidi", "brother": "adelfos aderfos",
        "sister": "adelfi aderfi", "uncle": "theios thios thio", "aunt": "theia thia",
        "male cousin": "xaderfos ksaderfos", "female cousin": "xaderfi ksaderfi",
        "nephew": "anipsios", "niece": "anipsia", "grandson": "engonos eggonos",
        "granddaughter": "engoni eggoni", "father-in-law": "petheros",
        "mother-in-law": "pethera", "son-in-law": "gambros", "daughter-in-law": "nyfi nifi",
        "godfather": "nonos", "godmother": "nona", "godson": "vaftistikos",
        "goddaughter": "vaftistikia",
    },
    "turkish": {  # with the first person's possessive ending too: "annem" is "my mother"
        "father": "baba babam babacim", "mother": "anne annem anneciğim ana",
        "grandfather": "dede dedem", "paternal grandmother": "babaanne babaannem",
        "maternal grandmother": "anneanne anneannem", "grandmother": "nine ninem",
        "husband": "koca kocam", "wife": "karim hanimim", "partner": "esim",
        "son": "oglum ogul", "daughter": "kizim", "child": "cocuk cocugum", "baby": "bebek bebegim",
        "elder brother": "abi abim agabey", "elder sister": "abla ablam",
        "younger sibling": "kardes kardesim", "paternal uncle": "amca amcam",
        "maternal uncle": "dayi dayim", "paternal aunt": "hala halam",
        "maternal aunt": "teyze teyzem", "cousin": "kuzen kuzenim", "nephew": "yegen yegenim",
        "grandchild": "torun torunum", "father-in-law": "kayinpeder kayinbaba",
        "mother-in-law": "kayinvalide kaynana", "son-in-law": "damat damadim",
        "daughter-in-law": "gelin gelinim", "brother-in-law": "kayinbirader enişte enishte",
        "sister-in-law": "gorumce baldiz yenge", "stepfather": "uvey-baba",
        "stepmother": "uvey-anne",
    },
    "arabic": {  # Levantine, Gulf and Egyptian forms as typed in Latin letters
        "father": "baba abuya abouya yuba bayi", "mother": "mama mamti yumma ummi yamma emm",
        "grandfather": "jiddo sido jaddi geddo jeddo", "grandmother": "teta sitti jadda tayta",
        "husband": "jozi zawji", "wife": "marti mirati zawjti", "son": "ibni ebn",
        "daughter": "binti bent", "brother": "akhoy akhi khayyi khayy",
        "sister": "ukhti ikhti khayti ikht",
        "paternal uncle": "ammo ammi amo", "maternal uncle": "khalo khali",
        "paternal aunt": "amto amti", "maternal aunt": "khalto khalti khala",
        "mother-in-law": "hamati hamaty", "father-in-law": "hamaya hami",
        "parent-in-law": "hama hame hamo hamu", "son-in-law": "nseeb",
    },
    "persian": {
        "father": "baba babayi pedar", "mother": "maman madar", "grandfather": "babajoon babajan",
        "grandmother": "mamanjoon mamanjan mamanbozorg", "husband": "shohar shoharam",
        "wife": "zanam khanoomam", "son": "pesar pesaram", "daughter": "dokhtar dokhtaram",
        "brother": "dadash dadashi baradar", "sister": "abji khahar",
        "paternal uncle": "amoo amu", "maternal uncle": "daei dayi", "paternal aunt": "ameh amme",
        "maternal aunt": "khaleh khale", "cousin": "pesaramoo dokhtaramoo pesarkhaleh "
        "dokhtarkhaleh pesardaei dokhtardaei", "mother-in-law": "madarshohar madarzan",
        "father-in-law": "pedarshohar pedarzan", "son-in-law": "damad",
        "daughter-in-law": "aroos",
    },
    "hebrew": {
        "father": "aba abba abale", "mother": "ima imma imale", "grandfather": "saba",
        "grandmother": "savta", "husband": "baali ishi", "wife": "ishti", "son": "beni",
        "daughter": "biti", "brother": "achi", "sister": "achoti", "uncle": "dod",
        "aunt": "doda", "nephew": "achyan", "niece": "achyanit", "grandson": "neched",
        "granddaughter": "nechda", "mother-in-law": "chamoti", "son-in-law": "chatan",
        "daughter-in-law": "kala",
    },
    "hindi-urdu-punjabi": {
        "mother": "maa mummyji ammiji mataji ammi amma", "father": "papaji abbu abba bauji pitaji",
        "paternal grandfather": "dada dadaji dadu", "paternal grandmother": "dadi dadiji",
        "maternal grandfather": "nana nanaji", "maternal grandmother": "nani naniji",
        "husband": "patidev shauhar miyan gharwala", "wife": "patni biwi begum gharwali",
        "son": "beta munna puttar putt munda", "daughter": "beti bitiya munni kudi dhee",
        "brother": "bhai bhaiya "
        "bhaiyya veer veerji paaji", "sister": "behen didi baji apa bhenji",
        "paternal uncle": "chacha chachu taya tayaji tauji", "maternal uncle": "mama mamu mamaji",
        "paternal aunt": "bua phuphi phuppo phupho", "maternal aunt": "mausi masi khala",
        "aunt": "chachi tai taiji tayi mami mumani maami", "nephew": "bhatija bhanja bhateeja bhanjaa",
        "niece": "bhatiji bhanji bhateeji", "grandson": "pota nati", "granddaughter": "poti natin",
        "son-in-law": "damaad damad jamai", "daughter-in-law": "bahu",
        "brother-in-law": "jija jiju devar jeth saala", "sister-in-law": "bhabhi saali nanad "
        "bharjai", "father-in-law": "sasur sasurji",
        "mother-in-law": "saas sasu",
        "uncle": "phupha phuphaji fufa mausa mausaji", "elder brother": "praji bhaji",
    },
    "bengali": {
        "mother": "ma maa", "father": "baba abba", "husband": "bor swami", "wife": "bou",
        "elder brother": "dada", "elder sister": "didi apu", "brother": "bhai",
        "younger sister": "bon", "paternal uncle": "kaka jethu chacha",
        "maternal uncle": "mama", "paternal aunt": "pishi pishimoni fupu",
        "maternal aunt": "mashi mashimoni khala", "aunt": "kakima jethima mami",
        "nephew": "bhaipo bhagne", "niece": "bhaijhi bhagni", "grandchild": "nati natni",
        "son-in-law": "jamai", "daughter-in-law": "bouma",
    },
    "tamil": {
        "father": "appa", "mother": "amma", "grandfather": "thatha thaatha",
        "grandmother": "paati aachi", "elder brother": "anna annan",
        "younger brother": "thambi", "elder sister": "akka", "younger sister": "thangachi "
        "thangai", "husband": "kanavan purushan", "wife": "manaivi pondatti",
        "son": "magan", "daughter": "magal", "uncle": "mama chithappa periyappa",
        "aunt": "athai chithi periyamma", "male cousin": "machan", "grandson": "peran",
        "granddaughter": "peththi", "father-in-law": "maamanar", "mother-in-law": "maamiyar",
    },
    "chinese": {  # Mandarin pinyin
        "father": "baba", "mother": "mama", "paternal grandfather": "yeye",
        "paternal grandmother": "nainai", "maternal grandfather": "laoye waigong",
        "maternal grandmother": "laolao waipo", "husband": "laogong zhangfu",
        "wife": "laopo qizi taitai", "son": "erzi", "daughter": "nuer", "child": "haizi",
        "baby": "baobao baobei", "elder brother": "gege", "younger brother": "didi",
        "elder sister": "jiejie", "younger sister": "meimei",
        "paternal uncle": "shushu bobo", "maternal uncle": "jiujiu",
        "paternal aunt": "gugu", "maternal aunt": "yima", "aunt": "ayi shenshen",
        "cousin": "biaoge biaodi biaojie biaomei tangge tangdi tangjie tangmei",
        "nephew": "zhizi waisheng", "niece": "zhinu waishengnu", "grandson": "sunzi waisun",
        "granddaughter": "sunnu waisunnu", "son-in-law": "nuxu", "daughter-in-law": "xifu "
        "erxifu", "stepfather": "jifu houdie", "stepmother": "jimu houma",
    },
    "cantonese": {
        "father": "baba lou-dau", "mother": "mama lou-mou", "paternal grandfather": "yeye",
        "paternal grandmother": "maamaa", "maternal grandfather": "gunggung gung-gung",
        "maternal grandmother": "popo", "husband": "lougung", "wife": "loupo",
        "elder brother": "gogo daailou", "elder sister": "jeje gaaje",
        "younger brother": "daidai sailou", "younger sister": "muimui",
        "uncle": "sukfu kaufu baakfu", "aunt": "aayi guma kammou",
    },
    "japanese": {
        "father": "otousan otosan tousan chichi papa", "mother": "okaasan okasan kaasan haha",
        "grandfather": "ojiichan jiichan ojiisan sofu", "grandmother": "obaachan baachan "
        "obaasan sobo", "husband": "otto danna shujin", "wife": "tsuma okusan kanai yome",
        "son": "musuko", "daughter": "musume", "child": "kodomo",
        "elder brother": "oniichan oniisan niichan ani", "elder sister": "oneechan oneesan "
        "neechan ane", "younger brother": "otouto", "younger sister": "imouto",
        "uncle": "ojisan oji", "aunt": "obasan oba", "cousin": "itoko", "nephew": "oi",
        "niece": "mei", "grandchild": "mago",
    },
    "korean": {
        "father": "appa abeoji abba", "mother": "eomma umma omma eomeoni",
        "grandfather": "harabeoji halabeoji", "grandmother": "halmeoni halmoni",
        "husband": "nampyeon", "wife": "anae", "son": "adeul", "daughter": "ttal",
        "elder brother": "oppa hyung hyeong", "elder sister": "unni eonni noona nuna",
        "younger sibling": "dongsaeng", "younger brother": "namdongsaeng",
        "younger sister": "yeodongsaeng", "uncle": "samchon samchun oesamchon",
        "paternal aunt": "gomo", "maternal aunt": "imo", "cousin": "sachon",
        "nephew": "joka", "grandchild": "sonju", "son-in-law": "sawi",
        "daughter-in-law": "myeoneuri", "father-in-law": "jangin siabeoji",
        "mother-in-law": "jangmo sieomeoni", "youngest": "maknae",
    },
    "vietnamese": {
        "father": "ba bo cha tia", "mother": "ma", "grandfather": "ong",
        "grandmother": "ba", "paternal grandparent": "noi", "maternal grandparent": "ngoai",
        "paternal grandfather": "ong-noi", "maternal grandfather": "ong-ngoai",
        "paternal grandmother": "ba-noi", "maternal grandmother": "ba-ngoai",
        "husband": "chong ong-xa", "wife": "vo ba-xa", "child": "con", "son": "con-trai",
        "daughter": "con-gai", "baby": "em-be", "elder brother": "anh anh-hai",
        "elder sister": "chi chi-hai", "younger sibling": "em",
        "paternal uncle": "chu bac", "maternal uncle": "cau", "paternal aunt": "co",
        "maternal aunt": "di", "mother-in-law": "me-chong me-vo",
        "father-in-law": "bo-chong bo-vo", "youngest": "ut con-ut",
    },
    "tagalog": {
        "father": "tatay itay tay papang", "mother": "nanay inay nay mamang",
        "grandfather": "lolo", "grandmother": "lola", "partner": "jowa",
        "husband": "mister", "wife": "misis", "child": "anak", "baby": "bebe",
        "elder brother": "kuya", "elder sister": "ate",
        "sibling": "kapatid", "uncle": "tito tiyo", "aunt": "tita tiya", "cousin": "pinsan",
        "nibling": "pamangkin", "grandchild": "apo", "child-in-law": "manugang",
        "godchild": "inaanak", "youngest": "bunso", "eldest": "panganay",
    },
    "indonesian-malay": {
        "father": "ayah bapak abah bapa papa", "mother": "ibu mama emak mak umi",
        "grandfather": "kakek datuk atuk", "grandmother": "nenek nenda",
        "husband": "suami laki", "wife": "istri isteri bini", "child": "anak",
        "son": "putra", "daughter": "putri", "baby": "bayi dedek", "elder brother": "abang "
        "bang", "elder sister": "mbak kak", "elder sibling": "kakak", "younger sibling": "adik "
        "adek dik", "uncle": "paman om pakcik pakde paklik", "aunt": "bibi tante makcik bude "
        "bulik", "cousin": "sepupu", "nibling": "keponakan ponakan", "grandchild": "cucu",
        "parent-in-law": "mertua", "child-in-law": "menantu", "sibling-in-law": "ipar",
        "eldest": "sulung", "youngest": "bungsu bongsu",
    },
    "yoruba": {
        "father": "baba babami", "mother": "iya mama mummy iyami", "grandfather": "baba-agba "
        "babaagba babanla", "grandmother": "iya-agba iyaagba mama-agba iyanla",
        "husband": "oko okomi", "wife": "iyawo iyawomi", "child": "omo omomi",
        "son": "omokunrin", "daughter": "omobinrin", "elder sibling": "egbon egbonmi",
        "younger sibling": "aburo", "twin": "ibeji", "grandchild": "omo-omo omoomo",
        "parent-in-law": "ana", "eldest": "akobi", "youngest": "abigbeyin",
    },
    "igbo": {
        "father": "nna papa nnam", "mother": "nne mama nnem", "grandfather": "nnanna",
        "grandmother": "nnenne", "husband": "di dim", "wife": "nwunye nwunyem",
        "child": "nwa", "son": "nwa-nwoke", "daughter": "nwa-nwanyi", "sibling": "nwanne",
        "brother": "nwanne-nwoke", "sister": "nwanne-nwanyi", "grandchild": "nwa-nwa",
        "parent-in-law": "ogo", "eldest": "opara ada",
    },
    "swahili": {
        "father": "baba", "mother": "mama", "grandfather": "babu", "grandmother": "bibi",
        "husband": "mume mumewangu", "wife": "mke mkewangu", "child": "mtoto",
        "son": "mwana", "daughter": "binti", "brother": "kaka", "sister": "dada",
        "maternal uncle": "mjomba", "paternal aunt": "shangazi", "cousin": "binamu",
        "nibling": "mpwa", "grandchild": "mjukuu", "parent-in-law": "mkwe",
        "sibling-in-law": "shemeji wifi",
    },
    "zulu-xhosa": {
        "father": "baba ubaba tata utata", "mother": "mama umama", "grandfather": "mkhulu "
        "umkhulu khulu tatomkhulu", "grandmother": "gogo ugogo makhulu", "husband": "umyeni",
        "wife": "umfazi unkosikazi", "child": "ingane umntwana", "son": "indodana unyana",
        "daughter": "indodakazi intombi", "brother": "bhuti ubhuti", "sister": "sisi usisi",
        "maternal uncle": "malume umalume", "paternal aunt": "ubabekazi dadobawo",
        "aunt": "anti", "cousin": "umzala", "grandchild": "umzukulu",
        "son-in-law": "umkhwenyana", "daughter-in-law": "umakoti",
        "father-in-law": "ubabezala", "mother-in-law": "umamezala", "sibling-in-law": "umlamu",
    },
    "afrikaans": {
        "father": "pa pappa pappie", "mother": "ma mamma mammie", "grandfather": "oupa oupie",
        "grandmother": "ouma oumie", "husband": "man eggenoot", "wife": "vrou",
        "son": "seun", "daughter": "dogter", "child": "kind", "brother": "broer boet boetie",
        "sister": "suster sus sussie", "uncle": "oom", "aunt": "tannie tant",
        "grandchild": "kleinkind", "son-in-law": "skoonseun", "daughter-in-law": "skoondogter",
        "father-in-law": "skoonpa", "mother-in-law": "skoonma", "brother-in-law": "swaer",
        "sister-in-law": "skoonsuster", "stepfather": "stiefpa", "stepmother": "stiefma",
        "eldest": "oudste", "youngest": "jongste laatlammetjie",
    },
    "maori": {
        "father": "papa matua", "mother": "mama whaea", "grandfather": "koro koroua",
        "grandmother": "kui kuia", "husband": "tane", "wife": "wahine", "child": "tamaiti",
        "son": "tama", "daughter": "tamahine", "elder sibling": "tuakana",
        "younger sibling": "teina", "brother": "tungane", "sister": "tuahine",
        "grandchild": "mokopuna", "parent-in-law": "hungawai",
        "child-in-law": "hunaonga", "eldest": "matamua", "youngest": "potiki",
    },
    "samoan-tongan": {
        "mother": "tina", "brother": "tuagane", "sister": "tuafafine",
        "son": "atalii", "husband": "toalua", "child": "tamaitiiti", "grandparent": "tupuna",
        "grandchild": "fanau-a-fanau", "aunt": "mehekitanga",
    },
    "hawaiian": {
        "father": "makuakane", "mother": "makuahine", "grandparent": "tutu kupuna",
        "husband": "kane", "wife": "wahine", "child": "keiki", "brother": "kaikunane",
        "sister": "kaikuahine", "grandchild": "moopuna",
    },
    "czech-slovak": {
        "father": "tata tatinek otec", "mother": "mama maminka matka", "grandfather": "deda "
        "dedecek", "grandmother": "babicka", "husband": "manzel", "wife": "manzelka",
        "son": "syn", "daughter": "dcera", "brother": "bratr", "sister": "sestra",
        "uncle": "stryc stryko", "aunt": "teta", "male cousin": "bratranec",
        "female cousin": "sestrenice", "grandson": "vnuk", "granddaughter": "vnucka",
        "father-in-law": "tchan", "mother-in-law": "tchyne",
    },
    "hungarian": {
        "father": "apu apuka", "mother": "anya anyu anyuka", "grandfather": "nagypapa "
        "nagyapa papa", "grandmother": "nagymama nagyi mama", "husband": "ferj ferjem",
        "wife": "feleseg felesegem", "elder brother": "batya batyam", "younger brother": "ocsi "
        "ocsem", "younger sister": "huga hugom", "uncle": "nagybacsi",
        "aunt": "nagyneni", "cousin": "unokatestver", "grandchild": "unoka",
        "mother-in-law": "anyos", "father-in-law": "apos",
    },
    "scandinavian": {
        "father": "far pappa", "mother": "mor mamma", "paternal grandfather": "farfar",
        "maternal grandfather": "morfar", "paternal grandmother": "farmor",
        "maternal grandmother": "mormor", "grandfather": "bestefar", "grandmother": "bestemor",
        "husband": "mann make", "wife": "kone kona", "son": "sonn", "daughter": "datter",
        "brother": "bror", "sister": "soster syster", "male cousin": "fetter",
        "female cousin": "kusine", "grandchild": "barnebarn barnbarn",
    },
    "finnish": {
        "father": "isa iskä isi", "mother": "aiti", "grandfather": "ukki vaari pappa",
        "grandmother": "mummo mummi mummu", "husband": "aviomies mies", "wife": "vaimo",
        "son": "poika", "daughter": "tytar", "brother": "veli", "sister": "sisko sisar",
        "paternal uncle": "seta", "maternal uncle": "eno", "aunt": "tati", "cousin": "serkku",
        "mother-in-law": "anoppi", "father-in-law": "appi",
    },
    "serbian-croatian": {
        "father": "tata otac", "mother": "mama majka", "grandfather": "deda djed dida",
        "grandmother": "baka", "husband": "muz muzh", "wife": "zena", "son": "sin",
        "daughter": "cerka kci", "brother": "brat", "sister": "sestra", "maternal uncle": "ujak "
        "ujo", "paternal uncle": "stric", "aunt": "tetka", "male cousin": "bratic",
        "female cousin": "sestricna", "grandson": "unuk", "granddaughter": "unuka",
        "father-in-law": "svekar tast", "mother-in-law": "svekrva tasta", "godfather": "kum",
        "godmother": "kuma",
    },
    "albanian": {
        "father": "babi baba", "mother": "mami", "grandfather": "gjyshi gjysh",
        "grandmother": "gjyshja gjyshe", "husband": "burri", "wife": "gruaja", "son": "djali",
        "daughter": "vajza", "brother": "vella vellai", "sister": "motra",
        "paternal uncle": "xhaxhi xhaxhai", "maternal uncle": "daja", "paternal aunt": "halla",
        "maternal aunt": "tezja teze", "nephew": "nipi", "niece": "mbesa",
    },
    "armenian": {
        "father": "hayrik papa", "mother": "mayrik mama", "grandfather": "papik",
        "grandmother": "tatik", "husband": "amusin", "son": "tgha", "daughter": "aghjik",
        "brother": "eghbayr aghper", "sister": "kuyr", "uncle": "horeghbayr keri",
        "aunt": "horakuyr morakuyr",
    },
    "nepali": {
        "father": "buwa bua", "mother": "aama ama", "grandfather": "hajurbuwa hajurba",
        "grandmother": "hajuraama hajurama", "son": "chora", "daughter": "chori",
        "elder brother": "dai daju", "younger brother": "bhai", "elder sister": "didi",
        "younger sister": "bahini", "uncle": "kaka mama", "aunt": "kaki maiju fupu",
        "daughter-in-law": "buhari", "son-in-law": "jwai",
    },
    "sinhala": {
        "father": "thaththa appachchi", "mother": "amma ammi", "grandfather": "seeya",
        "grandmother": "aachchi", "son": "putha", "daughter": "duwa", "elder brother": "aiya",
        "younger brother": "malli", "elder sister": "akka", "younger sister": "nangi",
        "uncle": "bappa mama", "aunt": "nanda punchi",
    },
    "somali": {
        "father": "aabe aabo", "mother": "hooyo", "grandfather": "awoowe",
        "grandmother": "ayeeyo", "husband": "ninkeyga", "wife": "xaaskeyga", "son": "wiil",
        "daughter": "gabar", "sibling": "walaal", "paternal uncle": "adeer",
        "maternal uncle": "abti", "paternal aunt": "eedo", "maternal aunt": "habaryar",
    },
    "haitian-creole": {
        "father": "papa", "mother": "manman", "grandfather": "granpapa granpe",
        "grandmother": "granmanman", "husband": "mari", "wife": "madanm",
        "child": "pitit", "brother": "fre", "sister": "se", "uncle": "tonton",
        "aunt": "matant", "male cousin": "kouzen", "female cousin": "kouzin",
        "godfather": "parenn", "godmother": "marenn",
    },
    "jamaican": {
        "mother": "mumma mada", "father": "puppa fada", "brother": "bredda breda",
        "sister": "sistren sista", "child": "pickney pikni", "grandmother": "granny",
    },
    "nigerian pidgin-krio-cameroonian pidgin": {  # round 20
        "mother": "mama", "father": "papa", "child": "pikin", "brother": "broda",
        "sister": "sista", "husband": "oga", "wife": "madam",
    },
    "akan-twi": {
        "father": "agya papa", "mother": "maame", "grandparent": "nana",
        "husband": "kunu", "wife": "yere", "sibling": "onua", "maternal uncle": "wofa",
        "paternal aunt": "sewaa", "grandchild": "nanaba",
    },
    "shona": {
        "father": "baba", "mother": "amai mai", "grandfather": "sekuru",
        "grandmother": "ambuya mbuya gogo", "husband": "murume", "wife": "mukadzi",
        "son": "mwanakomana", "daughter": "mwanasikana", "paternal aunt": "tete",
        "paternal uncle": "babamukuru babamunini", "maternal aunt": "mainini maiguru",
        "grandchild": "muzukuru",
    },
    "thai-lao-khmer": {
        "father": "pho por", "mother": "mae", "elder sibling": "phi pee", "younger sibling": "nong",
        "husband": "sami", "wife": "phanraya", "child": "luk",
    },
    "kurdish": {
        "father": "bavo", "mother": "dayik daye", "grandfather": "bapir", "grandmother": "dapir",
        "daughter": "kec", "brother": "bira", "sister": "xwişk xweshk",
        "maternal uncle": "xal",
    },
}

# Honorifics a language puts AFTER a kinship word (and a name), as a word of their own, hyphenated
# or glued: "dadi ji", "Chachi-ji", "bhabhiji", "sasur sahib", "maman joon", "halmeoni-nim",
# "okaa-san", "amma garu", "teyze hanım". They add respect, not a relation: the word is read
# as the kinship word they follow, in the honorific's own language where that language reads
# it otherwise than the tables' first reading (Hindi "mama" + "ji" is the mother's brother), and a
# glued form a table holds ("mamaji") keeps the table's reading. Coverage: the languages of the
# tables above (KIN_BORROWED's ~40 most spoken and community languages) whose grammar marks
# respect by a particle after the kinship noun or name; languages that put a title before the
# name instead (Tagalog, Yoruba, Swahili, Thai, Indonesian) have none here. Keyed like
# KIN_WORDS (language names joined by "-").
KIN_HONORIFICS_AFTER = {
    "hindi-urdu-punjabi-nepali-gujarati-marathi": "ji jee",
    "hindi-urdu-punjabi": "sahib sahab saab saheb",
    "urdu-persian-armenian": "jaan jan joon jun",
    "telugu": "garu",
    "korean": "nim ssi",
    "japanese": "san chan sama kun",
    "turkish": "hanim bey",
}

# Fiancés and fiancées in the languages of the tables above that have a word for them (one
# promised in marriage, not a boyfriend): read as a partner of that gender, whose parents and
# siblings are spoken of as in-laws (relations._IN_LAWS_TO_BE).
KIN_FIANCES = {
    "spanish": ("prometido", "prometida"), "portuguese": ("noivo", "noiva"),
    "italian": ("fidanzato", "fidanzata"), "french": ("fiance", "fiancee"),
    "german": ("verlobter", "verlobte"), "dutch": ("verloofde", "verloofde"),
    "swedish": ("fastman", "fastmo"), "polish": ("narzeczony", "narzeczona"),
    "russian": ("zhenikh", "nevesta"), "ukrainian": ("narechenyi", "narechena"),
    "greek": ("arravoniastikos", "arravoniastikia"), "turkish": ("nisanlim", "nisanli"),
    "arabic": ("khatib khateeb", "khatibe khatibeh khateebe khatibti"),
    "hebrew": ("arus", "arusa"), "persian": ("namzad", "namzadam"),
    "hindi-urdu-punjabi": ("mangetar", "mangetar"), "korean": ("yakhonja", "yakhonnyeo"),
    "japanese": ("konyakusha", "iinazuke"), "chinese": ("weihunfu", "weihunqi"),
    "vietnamese": ("hon-phu", "hon-the"), "indonesian-malay": ("tunangan", "tunangan"),
    "swahili": ("mchumba", "mchumba"), "yoruba": ("afesona", "afesona"),
    "romanian": ("logodnic", "logodnica"), "czech-slovak": ("snoubenec", "snoubenka"),
    "serbian-croatian": ("verenik zarucnik", "verenica zarucnica"),
    "hungarian": ("volegeny", "menyasszony"), "tagalog": ("nobyo", "nobya"),
}

# The first-person possessive a language glues to the end of a kinship noun ("my" as a
# suffix): Levantine Arabic "khayye" (my brother), "khatibi" (my fiancé), "hamaye" (my
# mother-in-law); Turkish "dayım"; Persian "madaram"; Malay "ibuku"; Amharic "enate"; Finnish
# "äitini". A word of the tables less the ending, in that language, is "my <the word>"
# (kinship._with_possessive_ending). Coverage: the languages of the tables whose first-person
# possessive is a suffix.
KIN_POSSESSIVE_ENDINGS = {
    "arabic": "i e ye ya ti te",
    "turkish": "m im um",
    "persian": "am",
    "indonesian-malay": "ku",
    "amharic": "e",
    "finnish": "ni",
    "hungarian": "m em am om",
}

# The prefix a language puts before a grandparent or grandchild word for one generation more
# (English great-): Slavic pra- ("prababcia", "pradziadek", "prababushka"), Romance bis-
# ("bisabuela", "bisnonno", "bisavó"), German ur- ("Uroma"), Dutch over- ("overgrootmoeder"),
# Hindi/Urdu/Punjabi par- ("pardadi", "parnana"), Greek pro- ("propappous"), Romanian stră-,
# Hungarian déd-, Japanese hii- ("hiiobaachan"), Korean jeung- ("jeunghalmeoni"), Chinese
# zeng- ("zengzumu"), Welsh hen- ("hen nain", "hen-daid", "hen dad-cu": written spaced or
# hyphenated, text.join_open_kinship; round 20). Coverage: the languages of the tables that
# make the word so.
KIN_GREAT_PREFIXES = {
    "polish-czech-slovak-russian-ukrainian-serbian-croatian": "pra",
    "spanish-portuguese-italian": "bis tatara",
    "german": "ur", "dutch": "over", "hindi-urdu-punjabi": "par", "greek": "pro",
    "romanian": "stra", "hungarian": "ded", "japanese": "hii", "korean": "jeung",
    "chinese": "zeng tai", "welsh": "hen",
}

# Words that are kinship only in a kin position whatever their length or English status: chat
# abbreviations ("mrs" before a surname, "imo": in my opinion), and kinship words that are also
# a word English borrowed for something else, which the vocabulary check misses (a "bhaji" to
# eat, a golf "putt", "jari" embroidery thread, the Munda people, the Syrian city Hama).
KIN_GUARDED = frozenset("mrs imo bhaji putt jari munda hama hame hamo hamu".split())

# The first-person possessives ("my", "our") that a language puts AFTER the kinship noun, typed
# as a word of their own ("<mother> <my>"), by language (the table names above, split at "-"):
# read as "my <kin>" (chat.possessive_after_the_kin_word). Glued forms ("-mi", "-ku",
# "-wangu") are words of the tables themselves.
KIN_POSSESSIVE_AFTER = {
    "yoruba": "mi wa",
    "igbo": "m anyi",
    "tagalog": "ko namin natin",
    "indonesian-malay": "saya aku ku kami kita",
    "swahili": "yangu wangu changu langu zangu yetu wetu",
    "shona": "wangu wedu",
    "zulu-xhosa": "wami wam wethu",
    "italian": "mio mia miei mie nostro nostra nostri nostre",
    "spanish": "mío mía míos mías nuestro nuestra",
    "portuguese": "meu minha nosso nossa",
    "romanian": "meu mea mei mele nostru noastră",
    "greek": "mou mas",
    "albanian": "im ime",
    "vietnamese": "tôi mình",
    "thai-lao-khmer": "chan phom",
    "hebrew": "sheli shelanu",
    "polish": "mój moj moja moje moi nasz nasza nasze nasi",
    "russian-ukrainian": "moy moya moyo miy nash nasha",
    "czech-slovak": "můj muj môj náš",
    "serbian-croatian": "moj moja moje naš naša",
    "haitian-creole": "mwen m nou",
}

# Words a language puts between a kinship noun and the relative it belongs to ("<mother> ng
# <husband> ko": my husband's mother), where it is not plain juxtaposition as in Yoruba or Malay.
KIN_LINKERS = {
    "tagalog": "ng ni",
    "swahili": "wa ya la cha za",
    "shona": "wa",
    "zulu-xhosa": "ka",
}

# -- possessive grammar of other languages carried into English (genitive.py reads these) ------
# Which languages: the ~35 most spoken home languages of immigrant households in the US, the UK,
# Canada and Australia (census home-language tables: Spanish, the Chinese languages, Tagalog,
# Vietnamese, Arabic, French, Korean, Russian, Ukrainian, Polish, Hindi, Urdu, Punjabi, Bengali,
# Gujarati, Marathi, Nepali, Tamil, Persian, Portuguese, Italian, German, Dutch, Greek, Romanian,
# Serbian/Croatian, Turkish, Hebrew, Japanese, Thai, Swahili, Zulu/Xhosa, Somali, Yoruba), each
# with the words its grammar uses; a language whose genitive or possessive is a suffix (Turkish
# "-in", Arabic "-i", Persian "-am", Somali "-kay") has no separate word here.

# A word linking a noun to its possessor with the possessed noun first: "<noun> <link>
# <possessor>" ("la madre de Ana", "mama wa Juma", "ima shel Dani") is "<possessor>'s <noun>".
GENITIVE_HEAD_FIRST = {
    "english": "of",
    "spanish": "de del",
    "portuguese": "de do da dos das",
    "french": "de du des",
    "italian": "di del della dello dei degli delle",
    "romanian": "lui",
    "greek": "tou tis ton",
    "dutch-afrikaans": "van",
    "german": "von",
    "hebrew": "shel",
    "vietnamese": "của cua",
    "thai": "khong",
    "tagalog": "ng ni nina",
    "swahili": "wa ya la cha za",
    "zulu-xhosa": "ka",
}

# A word linking a possessor to the noun it has, the possessor first: "<possessor> <link>
# <noun>" ("Ravi ka beta", "Ravi da puttar", "Kenji no haha") is "<possessor>'s <noun>".
# Gujarati "na" is left out: Swahili's "na" joins two people ("mama na baba").
GENITIVE_POSSESSOR_FIRST = {
    "hindi-urdu": "ka ki ke",
    "punjabi": "da di de diyan dian",
    "gujarati": "no ni nu",
    "marathi": "cha chi che chya",
    "nepali": "ko ki ka",
    "bengali": "er",
    "japanese": "no",
    "mandarin": "de",
    "cantonese": "ge",
    "korean": "ui",
    "sinhala": "ge",
}

# First-person possessives a language puts before the noun, typed into English as the language's
# word ("mon frère", "mera beta", "moj brat"): singular "my" first, then plural "our" after "/".
KIN_POSSESSIVE_BEFORE = {
    "french": "mon ma mes / notre nos",
    "spanish": "mi mis / nuestro nuestra nuestros nuestras",
    "portuguese": "meu minha meus minhas / nosso nossa nossos nossas",
    "italian": "mio mia miei mie / nostro nostra nostri nostre",
    "german": "mein meine meinen meinem / unser unsere unseren",
    "dutch-afrikaans": "mijn / onze ons",
    "polish": "mój moj moja moje moi / nasz nasza nasze nasi",
    "russian-ukrainian": "moy moya moyo moi miy moya / nash nasha nashi",
    "czech-slovak": "můj muj moje moja môj / náš nas naše nase",
    "serbian-croatian": "moj moja moje / naš nas naša nasa",
    "hindi-urdu": "mera meri mere apna apni apne / hamara hamari hamare",
    "punjabi": "mera meri mere apna apni apne / sada sadi sade",
    "bengali": "amar / amader",
    "gujarati": "maro mari mara / amaro amari",
    "turkish": "benim / bizim",
    "korean": "nae / uri",
    "tagalog": "aking / aming",
    "tamil": "en / engal",
    "malayalam": "ente / njangalude",
    "telugu": "naa",
}

# Words a language joins two people with, "and" or the comitative "with" that it uses for two
# subjects together ("Ana con Luis", "Ewa z Piotrem", "mama na baba"), where the word is no
# English word that could stand between two names ("met", "so", "a", "me", "at" are left out).
PEOPLE_JOINERS = {
    "polish": "i z ze oraz",
    "russian-ukrainian": "i ta",
    "czech-slovak": "se",
    "serbian-croatian": "i sa",
    "french": "et avec",
    "spanish": "y con",
    "italian": "e con",
    "portuguese": "e com",
    "german": "und mit",
    "dutch-afrikaans": "en",
    "scandinavian": "och og med",
    "romanian": "și si cu",
    "greek": "kai",
    "hindi-urdu": "aur",
    "punjabi": "te",
    "turkish": "ve ile",
    "persian": "va",
    "hebrew": "ve",
    "vietnamese": "và",
    "indonesian-malay": "dan",
    "swahili": "na",
}

# Teknonyms: a parent called by the name of a child, the title before the child's name ("Abu
# Karim": Karim's father, "Umm Ali": Ali's mother), in Arabic and the languages that took the
# custom from it (Persian, Urdu, Somali, Hausa, Malay use the Arabic titles). The East African
# and Yoruba custom ("Mama Juma") is left out: "Mama <name>" is also a title of the person.
TEKNONYM_TITLES = {
    "father": "abu abou abo aboo bou",
    "mother": "umm um oum om imm im em",
}

# Words a language says a sibling's seniority with, typed into English as the language's word,
# before or after the sibling word ("ma sœur cadette", "mi hermano menor", "mera chhota bhai",
# "akhi el zghir"): the younger words before "/", the elder words after it. The languages are
# those of KIN_POSSESSIVE_BEFORE and the other most-spoken home languages of immigrant
# households in the US/UK/Canada/Australia whose sibling word does not itself say it (Chinese,
# Japanese, Korean, Vietnamese, Tagalog, Tamil, Yoruba words already do: KIN_WORDS). A word that is
# also another kinship word of the tables is left out ("nani", "gran"); one that is an English word
# too ("grand", "mayor") is read only between a possessive and a sibling word, or right after both.
KIN_SENIORITY = {
    "french": "petit petite petits petites cadet cadette / grand grande aîné aînée aine ainee",
    "spanish": "menor menores pequeño pequeña pequeno pequena chico chica / mayor mayores grande",
    "portuguese": "caçula cacula novo nova / velho velha",
    "italian": "minore minori piccolo piccola / maggiore maggiori",
    "german": "kleiner kleine kleinen jüngerer jüngere juengere jungere / großer große grosser "
              "grosse älterer ältere aelterer aeltere alterer altere",
    "dutch-afrikaans": "kleine jongere jonger / grote oudere ouer",
    "polish": "młodszy mlodszy młodsza mlodsza mały maly mała mala / starszy starsza duży duzy "
              "duża duza",
    "russian-ukrainian": "mladshiy mladshaya mladshij malenkiy molodshyi molodsha / starshiy "
                         "starshaya starshij starshyi starsha",
    "czech-slovak": "mladší mladsi malý maly malá mala / starší starsi velký velky",
    "serbian-croatian": "mlađi mladji mlađa mladja mali / stariji starija veliki velika",
    "romanian": "mic mică mica mezin mezina / mare",
    "greek": "mikros mikri mikrós mikrí / megalos megali megálos megáli",
    "hindi-urdu": "chhota chota chhoti choti / bada bara badi bari",
    "punjabi": "nikka nikki nikke / vadda vaddi wadda waddi",
    "bengali": "chhoto choto / boro",
    "turkish": "küçük kucuk / büyük buyuk",
    "arabic": "saghir sghir zghir zgher zgheer zghire zghireh sghire saghira / kbir kbeer kbire "
              "kbireh kabir kabira",
    "persian": "kuchik koochik kuchak / bozorg",
    "hebrew": "katan ktana / gadol gdola",
    "swahili": "mdogo / mkubwa",
    "haitian-creole": "piti / granmoun",
}

# The plural marker a creole puts after its noun, where English adds -s: Jamaican and the other
# Caribbean English creoles, Gullah, Belizean Kriol, Krio, Nigerian and Cameroonian Pidgin "dem"
# ("di pikin dem": the children), Haitian Creole "yo" ("timoun yo"). Coverage: the creoles of
# the tables whose plural is marked after the noun (round 20; relations.reference).
KIN_PLURAL_AFTER = {
    "jamaican-caribbean english creoles-gullah-belizean kriol-krio-nigerian pidgin": "dem",
    "haitian-creole": "yo",
}
