"""Kinship words: the one parser every module asks what relation a word names.

A kinship word names a relation (`Rel`): a kind (parent, child, sibling, spouse, grandparent,
...), often the relative's gender, and maybe a step-, in-law or great- form or a side of the
family ("nani": the mother's mother). English makes the compound forms by composition
("stepdad", "great-grandma", "sister-in-law", "half-brother" is a brother), so `rel_of` reads a
word as prefixes + base + suffix against one lexicon: the English words (informal ones too) and
a table of the words other languages use for the close family, which families keep using in
English ("oma", "yiayia", "mãe", "lola"). The labels other modules compare ("step+father") and
the synonyms a card's stated relation answers to ("my father" on a card: "dad", "papa", "vati")
are derived from the Rel, never kept as a second list.

Coverage (the rule for what the lexicon holds, so that a word is added because it is in scope,
not because one request used it):
- English: the standard kinship terms of every relation kind below (and their compositions:
  step-, half-, great-, -in-law, and grand- before any parent or child word: "grandbairns"),
  and the informal and regional words of the major varieties of English for them — US (incl.
  Southern and African American usage: "meemaw", "pawpaw", "big mama", "cuz", "unc"), British
  and Irish ("mam", "nan"; "our kid" is left out: a child in most of the world), Scottish
  ("mither", "faither", "bairn", "wean" after "my", "granda"), Australian/New Zealand ("the
  olds", "cuzzie"), South African English (Afrikaans "boet", "ouma" via the table), Indian
  English ("cousin brother"; "co-brother" is left out: no single relation), Caribbean
  ("tanty") and chat forms ("bf", "gf", "hubs"). Two-word idioms after "my"/"our" ("old man",
  "better half", "old dear") are in KIN_IDIOMS; words that are kinship only after "my"/"our"
  ("boy", "man", "mister") in KIN_POINTED; a child by birth order ("eldest", "youngest",
  "firstborn", "lastborn") in BIRTH_ORDER.
- Other languages: the close family — father, mother, grandfather, grandmother, brother,
  sister, son, daughter, uncle, aunt (the ten columns of KIN_BORROWED) — in the ~40 most spoken
  languages (Ethnologue's list by total speakers: Mandarin, Hindi/Urdu, Spanish, French,
  Arabic, Bengali, Portuguese, Russian, Indonesian/Malay, German, Japanese, Marathi, Telugu,
  Turkish, Tamil, Cantonese, Vietnamese, Tagalog, Korean, Persian, Hausa, Swahili, Javanese,
  Italian, Punjabi, Kannada, Gujarati, Thai, Amharic, Yoruba, Igbo, Malayalam, Polish,
  Ukrainian, Romanian, Dutch) and in the languages of large communities that keep their
  family words in English (Greek, Hebrew, Yiddish, Swedish, Welsh, Afrikaans, Zulu, Xhosa,
  Sotho/Tswana, Maori), in their usual Latin spelling (a language written in another script:
  its common romanisation; several: "a/b"). For every one of those languages, also the
  family by marriage and by rite and the children by birth order, where the language has a
  single word: husband, wife (or one word for a spouse: Tagalog "asawa"), child,
  father-/mother-in-law (or one word: "biyenan"), brother-/sister-in-law (with the line
  where the word says it: Hindi "devar" is the husband's brother, "bhabhi" the brother's
  wife), godfather, godmother, and the eldest and youngest child ("panganay", "bunso"; the
  eleven columns of KIN_BORROWED_MORE). Birth order is no relation: it is compared as the
  order itself, as a card's "our youngest" is (birth_order).
- Guards: a borrowed word that is also an everyday English word or a given name (the MiniLM
  vocabulary: "ate", "anne") stays English ("-" in the table where the vocabulary misses such a
  word); a word already English or two languages use for different relations keeps the first
  reading (Hindi "dada" a grandfather, Bengali a brother; "mama" a mother, not an uncle;
  Yiddish "mume" an aunt, not Swahili's husband);
  a borrowed word of fewer than three letters is left out (chance matches). A catalog name
  always wins over a kinship reading (relations.py: a pet called Nana is Nana).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from personalq.embed import vocabulary_words


@dataclass(frozen=True)
class Rel:
    """One relation: its kind, the relative's gender ("m", "f", "": either) and its forms."""

    kind: str
    gender: str = ""
    step: bool = False
    in_law: bool = False
    great: int = 0
    side: str = ""  # "maternal" / "paternal" / "" (not said)
    line: str = ""  # a sibling-in-law: "spouse" (the spouse's sibling), "blood" (the sibling's
    # spouse) or "" (not said): English has one word for both


# English kinship words, informal and family forms included. Kind -> gender -> words; the first
# word of an entry is the relation's label.
KIN_KINDS: dict[str, dict[str, str]] = {
    "parent": {"m": "father dad daddy papa pa pops pop da dadda pappa abba vati papi faither "
                    "pappy",
               "f": "mother mom mum mommy mummy mama mamma momma ma mam mammy amma ammi mutti "
                    "maman mami mither mommie",
               "": "parent"},
    "child": {"m": "son", "f": "daughter", "": "child kiddo bairn"},
    "sibling": {"m": "brother bro bruv bredda", "f": "sister sis", "": "sibling"},
    "twin": {"": "twin"},
    "spouse": {"m": "husband hubby hubs", "f": "wife missus missis wifey",
               "": "spouse partner"},
    "partner": {"m": "boyfriend fiance fiancé bf", "f": "girlfriend fiancee fiancée gf", "": ""},
    "grandparent": {"m": "grandfather grandpa gramps granddad grandad grampa grandpop granpa "
                         "poppa pawpaw papaw granda grandda granddaddy grandpappy grampy "
                         "pop-pop poppop",
                    "f": "grandmother grandma granny gran nana nan nanna grammy gramma grandmom "
                         "grandmum meemaw mamaw memaw mawmaw grandmama grandmommy gammy",
                    "": "grandparent"},
    "grandchild": {"m": "grandson", "f": "granddaughter",
                   "": "grandchild grandkid grandbaby"},
    "pibling": {"m": "uncle unc", "f": "aunt auntie aunty tanty tantie", "": ""},
    "nibling": {"m": "nephew", "f": "niece", "": ""},
    "cousin": {"": "cousin cuz cuzzie cuzzy"},
    "godparent": {"m": "godfather", "f": "godmother", "": "godparent"},
    "godchild": {"m": "godson", "f": "goddaughter", "": "godchild"},
}

# The close family in other languages, as written there (accents kept; a spelling without them
# is found too, unless it is an English word). One row per language, the same columns for each:
# father, mother, grandfather, grandmother, brother, sister, son, daughter, uncle, aunt
# ("-": the language's word is left out because it is an everyday English word or one of the
# columns before; several words: "a/b"). A word that is already English (above) or an English
# vocabulary word or given name ("ate", "anne", "lola") is dropped when the table is read: in an
# English request the English reading wins.
_COLUMNS = (("parent", "m"), ("parent", "f"), ("grandparent", "m"), ("grandparent", "f"),
            ("sibling", "m"), ("sibling", "f"), ("child", "m"), ("child", "f"),
            ("pibling", "m"), ("pibling", "f"))
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
                            "maebu maehyeong hyeongsu olke".split(), "blood")}
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
            "nainai": "paternal", "yeye": "paternal"}
# Words that are kinship only after "my"/"our" (or in a chain: "my cousin's boy"): "a boy on a
# bike" is anyone, "my boy" a son; "my man" is a partner, "a man" anyone.
KIN_POINTED: dict[str, tuple[str, str]] = {
    "boy": ("child", "m"), "lad": ("child", "m"), "girl": ("child", "f"),
    "lass": ("child", "f"), "kid": ("child", ""), "kiddo": ("child", ""),
    "man": ("spouse", "m"), "woman": ("spouse", "f"), "mister": ("spouse", "m"),
    "boo": ("partner", ""),
    "bae": ("partner", ""), "wean": ("child", "")}
# Irregular plurals and words that only exist as plurals ("my folks" are my parents).
KIN_PLURALS = {"children": "child", "folks": "parent", "kids": "kid", "in-laws": "in-law",
               "olds": "parent", "oldies": "parent"}
# Two-word kinship idioms after "my"/"our": "old man" is the father, "better half" the spouse
# ("old lady" is left out: a mother or a wife, as often one as the other).
KIN_IDIOMS = {("old", "man"): "father", ("better", "half"): "spouse",
              ("other", "half"): "spouse", ("old", "dear"): "mother",
              ("old", "fella"): "father", ("auld", "fella"): "father",
              ("oul", "fella"): "father", ("big", "mama"): "grandma",
              ("big", "daddy"): "grandpa", ("cousin", "brother"): "cousin",
              ("cousin", "sister"): "cousin"}
# English makes further relations by composition: "step-father", "half-sister",
# "great-grandma", "mother-in-law" are the base relation with a prefix or the "in-law" suffix
# (a half-sibling is a sibling).
KIN_PREFIXES = ("great", "step", "half")
_IN_LAW = ("-in-law", "s-in-law", "inlaw")
_MIN_BORROWED = 3  # a shorter borrowed word matches too much by chance
_GRAND = "grand"


def fold(word: str) -> str:
    """The word without accents ("mãe" -> "mae", "sœur" -> "soeur")."""
    word = word.replace("œ", "oe").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# The columns of KIN_BORROWED_MORE: a relation, or a birth order (a string).
_MORE_COLUMNS: tuple[Rel | str, ...] = (
    Rel("spouse", "m"), Rel("spouse", "f"), Rel("child"), Rel("parent", "m", in_law=True),
    Rel("parent", "f", in_law=True), Rel("sibling", "m", in_law=True),
    Rel("sibling", "f", in_law=True), Rel("godparent", "m"), Rel("godparent", "f"),
    "eldest", "youngest")
# Birth order in English: "our youngest", "my eldest" (a child, compared as the order itself:
# cards say "our youngest" far more often than "our youngest son").
BIRTH_ORDER = {"eldest": "eldest", "youngest": "youngest", "firstborn": "eldest",
               "first-born": "eldest", "lastborn": "youngest", "last-born": "youngest"}


def _row_words(row: str, columns, english: frozenset[str]):
    """(column, word) for each word of a table row that the guards let in."""
    for column, cell in zip(columns, row.split()):
        for word in cell.split("/"):
            if word != "-" and len(word) >= _MIN_BORROWED and \
                    not {word, word + "s", word + "es"} & english:
                yield column, word


def _with_folded(lex: dict, english: frozenset[str]) -> dict:
    """The lexicon with each word's spelling without accents too (unless that is a word
    already or an English word)."""
    folded: dict = {}
    for word, value in list(lex.items()):
        plain = fold(word)
        if plain == word or plain in lex or plain in english:
            continue
        # two words that fold alike (Portuguese avô / avó) keep only what they share
        same = folded.get(plain, value) == value
        folded[plain] = value if same or not isinstance(value, Rel) else replace(value, gender="")
    return {**folded, **lex}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Rel]:
    """Every kinship word (lower case, as written and without accents) -> its base relation."""
    lex = {w: Rel(kind, gender, side=KIN_SIDE.get(w, ""))
           for kind, by_gender in KIN_KINDS.items()
           for gender, text in by_gender.items() for w in text.split()}
    english = vocabulary_words()
    for row in KIN_BORROWED.values():
        for (kind, gender), word in _row_words(row, _COLUMNS, english):
            if word not in lex:
                lex[word] = Rel(kind, gender, side=KIN_SIDE.get(word, ""))
    for row in KIN_BORROWED_MORE.values():
        mine: set[str] = set()
        for rel, word in _row_words(row, _MORE_COLUMNS, english):
            if not isinstance(rel, Rel):
                continue
            rel = replace(rel, line=KIN_LINE.get(word, ""))
            if word in mine and lex[word] == replace(rel, gender=lex[word].gender):
                lex[word] = replace(rel, gender="")  # "asawa": husband and wife, a spouse
            elif word not in lex:
                lex[word], _ = rel, mine.add(word)
    return _with_folded(lex, english)


@lru_cache(maxsize=1)
def birth_orders() -> dict[str, str]:
    """Every word for a child by birth order -> "eldest" or "youngest" ("bunso", "maknae")."""
    english = vocabulary_words()
    found = dict(BIRTH_ORDER)
    for row in KIN_BORROWED_MORE.values():
        for order, word in _row_words(row, _MORE_COLUMNS, english):
            if isinstance(order, str) and word not in lexicon():
                found.setdefault(word, order)
    return _with_folded(found, english)


def birth_order(word: str) -> str | None:
    """"eldest" or "youngest" for a word naming a child by birth order, in English or in the
    family's language ("panganay", "nesthäkchen"); None otherwise."""
    w = word.lower()
    return birth_orders().get(w) or birth_orders().get(w[:-1] if w.endswith("s") else "")


def birth_order_forms(order: str) -> frozenset[str]:
    """The words for one birth order ("youngest": "bunso", "maknae", "jongste", ...)."""
    return frozenset(w for w, o in birth_orders().items() if o == order)


@lru_cache(maxsize=65536)
def rel_of(word: str, pointed: bool = False) -> tuple[Rel, bool] | None:
    """The relation a word names and whether it is plural: "stepdads" -> (step father, True),
    "parents-in-law" -> (parent in-law, True). pointed: after "my"/"our" (or in a chain), so
    "boy" and "kid" are kinship too."""
    w = word.lower()
    if w in KIN_PLURALS:
        base = rel_of(KIN_PLURALS[w], True)
        return (base[0], True) if base else (Rel("", in_law=True), True)
    in_law = False
    for suffix in _IN_LAW:
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            w, in_law = w[: len(w) - len(suffix)] + ("s" if suffix.startswith("s") else ""), True
            break
    great, step = 0, False
    while True:
        pre = next((p for p in KIN_PREFIXES if w.startswith(p) and len(w) > len(p) + 2), None)
        if pre is None:
            break
        w = w[len(pre):].lstrip("-")
        great, step = great + (pre == "great"), step or pre == "step"
    base, plural = _base(w, pointed) if w in lexicon() or not w.startswith(_GRAND) \
        else _grand(w, pointed)
    if base is None:
        return None
    return replace(base, step=step, in_law=in_law or base.in_law, great=great), plural


def _grand(w: str, pointed: bool) -> tuple[Rel | None, bool]:
    """English makes the second generation with grand- before any word for a parent or a
    child ("grandbabies", "grandbairns"): a grandparent or grandchild of that gender."""
    base, plural = _base(w, pointed)
    if base is not None:
        return base, plural
    rest, rest_plural = _base(w[len(_GRAND):], True)
    kind = {"parent": "grandparent", "child": "grandchild"}.get(rest.kind if rest else "")
    return (Rel(kind, rest.gender), rest_plural) if kind else (None, False)


def _base(w: str, pointed: bool) -> tuple[Rel | None, bool]:
    lex = lexicon()
    forms = [(w, False)] + [(w[:-len(end)], True) for end in ("s", "es") if w.endswith(end)]
    if w.endswith("ies"):
        forms.append((w[:-3] + "y", True))  # "grannies"
    for form, plural in forms:
        if form in lex:
            return lex[form], plural
        if pointed and form in KIN_POINTED:
            return Rel(*KIN_POINTED[form]), plural
        if form in KIN_PLURALS and plural is False:
            return None, False
    return None, False


def base_word(rel: Rel) -> str:
    """The English word for a relation's kind and gender ("father", "aunt", "sibling")."""
    words = KIN_KINDS.get(rel.kind, {}).get(rel.gender, "").split()
    return words[0] if words else (rel.kind or "in-law")


def label(rel: Rel) -> str:
    """A relation as one comparable string: 'step+father', 'great+grandmother',
    'sister+in-law', 'grandmother' (the side of the family is left out: "nani" is a
    grandmother)."""
    parts = ["great"] * rel.great + (["step"] if rel.step else []) + [base_word(rel)]
    return "+".join(parts + (["in-law"] if rel.in_law else []))


def label_of(word: str, pointed: bool = False) -> str | None:
    """The label of the relation a word names ("stepdad" -> 'step+father', "sisters" ->
    'sister'); None: no relation."""
    found = rel_of(word, pointed)
    return label(found[0]) if found else None


@lru_cache(maxsize=1024)
def forms(rel: Rel) -> frozenset[str]:
    """The words for a relation in the lexicon, composed as English composes them: step+father
    -> stepfather, step-dad, stepdad, ...; a grandmother of no stated side -> nani and dadi too,
    a maternal one -> not dadi."""
    lex = lexicon()
    bases = [w for w, r in lex.items() if r.kind == rel.kind and r.gender == rel.gender
             and (not rel.side or not r.side or r.side == rel.side) and not r.in_law]
    prefixes = ["great"] * rel.great + (["step"] if rel.step else [])
    out = set()
    for b in bases:
        for sep in ("", "-"):
            w = sep.join(prefixes + [b]) if prefixes else b
            out.add(w + "-in-law" if rel.in_law else w)
    if rel.in_law and not prefixes:  # the words other languages have for in-laws: "suegra"
        out.update(w for w, r in lex.items() if r.in_law and r.kind == rel.kind and
                   r.gender == rel.gender and (not rel.line or not r.line or r.line == rel.line))
    return frozenset(out)
