"""Common nouns of other languages for the kinds of things a household owns: the data synonyms.py
reads (rule `common_noun_of_the_home_language`), in one place, each entry under its language.

Why: a family that speaks another language at home keeps its everyday nouns for its own things
when it writes in English ("our <house word>", "the <shop word>", "<pet word> on the sofa"), as
it keeps its kinship words (kinwords.py). A card names the thing in English ("house", "bakery",
"van", "box"), so the request's word reaches it only through a table of the languages' nouns.

Coverage is a stated rule, not the words any one household used: the ~35 most spoken home
languages of immigrant households in the US, the UK, Canada and Australia (Spanish, Mandarin,
Cantonese, Tagalog, Vietnamese, Arabic, French, Korean, Russian, Ukrainian, Portuguese, Italian,
German, Polish, Romanian, Greek, Turkish, Persian, Hebrew, Hindi, Urdu, Punjabi, Bengali,
Gujarati, Tamil, Nepali, Japanese, Malay/Indonesian, Haitian Creole, Somali, Amharic, Swahili,
Yoruba, Igbo), and Dutch and Afrikaans, spoken beside English by Dutch emigrant and South
African households, whose English keeps their nouns as it keeps their kinship words (kinwords.py
holds both), each for the same kinds: a house or home, a shop, a bakery, a market stall or
booth, a car, a van, a truck, a box, a tin, a jar, a dog, a cat (and the dachshund, a breed many
languages have a household word for). Words are written as chat types them: in the common
romanisation, without diacritics (an accented spelling beside it where the language has one).

Guards (synonyms.py applies them): a word English reads as another kind of thing (French
"chat", Italian "cane", Polish "pies") is not read at all; one that is an English word with no
other reading ("casa", "dom") names the kind only as the head of its phrase.
"""

from __future__ import annotations

# kind -> (the English words a card names the kind by, that pick the row) ; the words of other
# languages for that kind, "language: word word ..." (several spellings of one word side by side)
NOUN_KEYS: dict[str, tuple[str, ...]] = {
    "house": ("house", "home", "bungalow", "cottage", "homestead", "townhouse"),
    "shop": ("shop", "store", "storefront", "shopfront", "corner shop", "grocery"),
    "bakery": ("bakery", "bakehouse"),
    "stall": ("booth", "stall", "market stall", "kiosk"),
    "car": ("car", "sedan", "saloon", "hatchback", "automobile"),
    "van": ("van", "minivan"),
    "truck": ("truck", "pickup", "lorry"),
    "box": ("box", "gift box", "carton", "package", "packet"),
    "tin": ("tin", "can", "canister"),
    "jar": ("jar",),
    "dog": ("dog", "puppy"),
    "cat": ("cat", "kitten"),
    "dachshund": ("dachshund",),
    "restaurant": ("restaurant", "diner", "eatery", "takeaway"),
    "farm": ("farm", "farmhouse", "smallholding", "ranch"),
    "boat": ("boat", "fishing boat", "rowboat", "dinghy"),
    "bicycle": ("bicycle", "bike"),
    "motorbike": ("motorbike", "motorcycle"),
    "rabbit": ("rabbit", "bunny"),
    "parrot": ("parrot", "budgie", "budgerigar", "parakeet", "cockatiel"),
    "horse": ("horse", "pony", "mare"),
    "chicken": ("chicken", "hen", "rooster"),
    "guinea pig": ("guinea pig",),
    "tortoise": ("tortoise", "turtle"),
}

HOME_NOUNS: dict[str, tuple[str, ...]] = {
    "house": (
        "spanish: casa casita hogar", "portuguese: casa lar", "italian: casa",
        "french: maison", "german: haus", "polish: dom domek", "russian: dom", "ukrainian: dim",
        "romanian: casa", "greek: spiti", "turkish: ev", "persian: khaneh khoneh khune",
        "arabic: bayt beit bait dar", "hebrew: bayit", "hindi: ghar makaan makan",
        "urdu: ghar makaan", "punjabi: ghar kothi", "bengali: bari", "gujarati: ghar",
        "tamil: veedu vidu", "nepali: ghar", "mandarin: jia", "cantonese: kei",
        "tagalog: bahay", "vietnamese: nha", "korean: jip", "japanese: uchi",
        "malay: rumah", "haitian creole: kay", "somali: guri", "amharic: bet",
        "swahili: nyumba", "yoruba: ile", "igbo: ulo",
        "afrikaans: huis huisie", "dutch: huis huisje woning",
    ),
    "shop": (
        "spanish: tienda tiendita", "portuguese: loja", "italian: negozio bottega",
        "french: magasin boutique", "german: laden geschaeft geschäft", "polish: sklep sklepik",
        "russian: magazin lavka", "ukrainian: magazyn kramnytsia", "romanian: magazin",
        "greek: magazi", "turkish: dukkan dükkan", "persian: maghazeh maghaze",
        "arabic: dukkan mahal mahall", "hebrew: chanut", "hindi: dukaan dukan",
        "urdu: dukaan dukan", "punjabi: dukaan dukan hatti", "bengali: dokan",
        "gujarati: dukan", "tamil: kadai", "nepali: pasal", "mandarin: shangdian dian",
        "tagalog: tindahan", "vietnamese: cua-hang", "korean: gage",
        "japanese: mise", "malay: kedai toko", "haitian creole: boutik",
        "somali: dukaan", "amharic: suk", "swahili: duka", "yoruba: soobu", "igbo: uloahia",
        "afrikaans: winkel winkeltjie", "dutch: winkel",
    ),
    "bakery": (
        "spanish: panaderia panadería", "portuguese: padaria", "italian: panetteria forno",
        "french: boulangerie", "german: baeckerei bäckerei backerei", "polish: piekarnia",
        "russian: pekarnya bulochnaya", "ukrainian: pekarnia", "romanian: brutarie brutărie",
        "greek: fournos", "turkish: firin fırın", "persian: nanvaei nanvayi",
        "arabic: furn forn makhbaz", "hebrew: maafiya", "hindi: bekari", "urdu: naanbai",
        "tagalog: panaderya", "vietnamese: tiem-banh", "korean: ppangjip",
        "japanese: panya", "malay: kedai-roti", "haitian creole: boulanjri",
        "somali: foorno", "swahili: mkate-duka",
        "afrikaans: bakkery", "dutch: bakkerij",
    ),
    "stall": (
        "spanish: puesto", "portuguese: barraca banca", "italian: bancarella",
        "french: etal étal kiosque", "german: bude marktstand", "polish: budka stragan stoisko",
        "russian: larek palatka", "ukrainian: kiosk", "romanian: taraba",
        "greek: pagkos", "turkish: tezgah", "persian: dakke", "arabic: basta kushk",
        "hindi: khokha gumti thela", "urdu: khokha thela", "punjabi: khokha",
        "bengali: dokan-ghor", "tamil: kadai-stall", "mandarin: tanwei", "tagalog: puwesto",
        "vietnamese: sap-hang", "korean: pojangmacha", "japanese: yatai",
        "malay: gerai", "swahili: kibanda",
        "afrikaans: stalletjie", "dutch: kraam kraampje",
    ),
    "car": (
        "spanish: coche carro", "portuguese: carro", "italian: macchina",
        "french: voiture bagnole", "german: wagen", "polish: samochod samochód",
        "russian: mashina", "ukrainian: mashyna", "romanian: masina mașină",
        "greek: aftokinito", "turkish: araba", "persian: mashin", "arabic: sayyara sayara arabiyeh",
        "hebrew: mechonit", "hindi: gaadi gadi gaari", "urdu: gaari gari",
        "punjabi: gaddi gaadi", "bengali: gari", "gujarati: gaadi", "tamil: vandi",
        "nepali: gaadi", "mandarin: qiche", "cantonese: che", "tagalog: kotse auto",
        "vietnamese: xe-hoi", "korean: chadongcha", "japanese: kuruma",
        "malay: kereta mobil", "haitian creole: machin", "somali: gaari",
        "swahili: gari", "yoruba: oko", "igbo: ugbo-ala",
        "afrikaans: kar karretjie", "dutch: auto autootje",
    ),
    "van": (
        "spanish: furgoneta camioneta", "portuguese: carrinha furgao furgão", "italian: furgone furgoncino",
        "french: camionnette fourgonnette fourgon", "german: transporter kleinbus",
        "polish: furgonetka bus", "russian: furgon", "romanian: duba", "greek: vanaki",
        "turkish: minibus panelvan", "arabic: fan", "hindi: tempo-van", "tagalog: bannette",
        "malay: van-kecil",
        "afrikaans: paneelwa bussie", "dutch: busje bestelbus",
    ),
    "truck": (
        "spanish: camion camión troca troka", "portuguese: caminhao caminhão",
        "italian: camion camioncino", "french: camion pick-up", "german: lastwagen laster",
        "polish: ciezarowka ciężarówka pikap", "russian: gruzovik", "romanian: camion",
        "greek: fortigo", "turkish: kamyon kamyonet", "persian: kamyun vanet",
        "arabic: shahena shahina", "hindi: trak", "tagalog: trak", "vietnamese: xe-tai",
        "malay: lori", "swahili: lori",
        "afrikaans: bakkie vragmotor", "dutch: vrachtwagen vrachtauto",
    ),
    "box": (
        "spanish: caja cajita", "portuguese: caixa caixinha", "italian: scatola scatolina",
        "french: boite boîte", "german: schachtel kiste", "polish: pudelko pudełko pudlo",
        "russian: korobka", "ukrainian: korobka", "romanian: cutie", "greek: kouti",
        "turkish: kutu", "persian: jabeh", "arabic: elbeh 3elbe sanduq", "hebrew: kufsa",
        "hindi: dabba dibba dabbi", "urdu: dabba dibba", "punjabi: dabba dabbi",
        "bengali: baksho", "gujarati: dabbo", "tamil: petti", "nepali: baakas",
        "mandarin: hezi", "tagalog: kahon", "vietnamese: hop-qua", "korean: sangja",
        "japanese: hako", "malay: kotak", "haitian creole: bwat", "swahili: boksi sanduku",
        "afrikaans: boks doos", "dutch: doos doosje",
    ),
    "tin": (
        "spanish: lata", "portuguese: lata", "italian: latta lattina", "french: boite-de-conserve",
        "german: dose", "polish: puszka", "russian: banka", "romanian: cutie-de-tabla",
        "turkish: teneke", "arabic: elbeh tanakeh", "hindi: dabba peepa", "punjabi: dabba peepa",
        "tagalog: lata", "malay: tin-kosong",
        "afrikaans: blik blikkie", "dutch: blik blikje",
    ),
    "jar": (
        "spanish: frasco tarro", "portuguese: pote frasco", "italian: barattolo vasetto",
        "french: bocal", "german: glas einmachglas", "polish: sloik słoik",
        "russian: banka", "turkish: kavanoz", "persian: shisheh", "arabic: martaban",
        "hindi: martbaan barni", "punjabi: martbaan", "tagalog: garapon", "malay: balang",
        "afrikaans: fles flessie", "dutch: potje",
    ),
    "dog": (
        "spanish: perro perrito perrita", "portuguese: cachorro cao cão", "italian: cagnolino",
        "french: chien chienne toutou", "german: hund hundi", "polish: piesek psiak",
        "russian: sobaka sobachka", "ukrainian: sobaka pes", "romanian: caine câine catel cățel",
        "greek: skylos skylaki", "turkish: kopek köpek", "persian: sag sagi",
        "arabic: kalb kelb", "hebrew: kelev", "hindi: kutta kutte kuttaa",
        "urdu: kutta", "punjabi: kutta kutti", "bengali: kukur", "gujarati: kutro",
        "tamil: naai", "nepali: kukur", "mandarin: gou xiaogou", "cantonese: gau",
        "tagalog: aso", "vietnamese: cho", "korean: gae gangaji", "japanese: inu wanchan",
        "malay: anjing", "haitian creole: chen", "somali: eey", "amharic: wusha",
        "swahili: mbwa", "yoruba: aja", "igbo: nkita",
        "afrikaans: hond hondjie", "dutch: hond hondje",
    ),
    "cat": (
        "spanish: gato gatito gata", "portuguese: gato gatinho", "italian: gatto gattino micio",
        "french: minou minet chaton", "german: katze mieze", "polish: kot kotek kicia",
        "russian: koshka kot kotik", "ukrainian: kit kishka", "romanian: pisica pisică",
        "greek: gata gatoula", "turkish: kedi", "persian: gorbeh gorbe", "arabic: bisseh bsayneh "
        "bissa otta qitta outta", "hebrew: chatul", "hindi: billi billa", "urdu: billi",
        "punjabi: billi billa", "bengali: biral", "gujarati: biladi", "tamil: poonai",
        "nepali: biralo", "mandarin: mao maomi", "cantonese: maau", "tagalog: pusa muning",
        "vietnamese: meo", "korean: goyangi", "japanese: neko nyanko", "malay: kucing",
        "haitian creole: chat", "somali: bisad", "amharic: dimet", "swahili: paka",
        "yoruba: ologbo", "igbo: pusi",
        "afrikaans: kat katjie", "dutch: kat katje",
    ),
    "dachshund": (
        "polish: jamnik jamniczek", "italian: bassotto", "spanish: salchicha", "russian: taksa",
        "german: dackel teckel", "french: teckel", "dutch: tekkel taks", "czech: jezevcik",
        "portuguese: salsicha", "turkish: sosis-kopek",
        "afrikaans: worshond",
    ),
    "restaurant": (
        "spanish: restaurante fonda", "portuguese: restaurante", "italian: ristorante trattoria",
        "french: resto", "german: gaststaette gaststätte", "polish: restauracja jadlodajnia",
        "russian: restoran stolovaya", "romanian: restaurant", "greek: estiatorio taverna",
        "turkish: restoran lokanta", "persian: resturan", "arabic: mataam mat3am",
        "hebrew: mis'ada misada", "hindi: dhaba bhojanalaya", "punjabi: dhaba",
        "urdu: dhaba", "tamil: unavagam", "mandarin: canting fanguan", "tagalog: karinderya",
        "vietnamese: nha-hang quan-an", "korean: sikdang", "japanese: shokudo", "malay: warung",
        "swahili: mgahawa hoteli", "yoruba: buka", "somali: makhaayad",
        "afrikaans: eetplek", "dutch: eethuis",
    ),
    "farm": (
        "spanish: granja finca rancho", "portuguese: fazenda quinta sitio", "italian: fattoria",
        "french: ferme", "german: bauernhof hof", "polish: gospodarstwo", "russian: ferma",
        "ukrainian: khutir", "romanian: ferma", "greek: agroktima", "turkish: ciftlik çiftlik",
        "persian: mazraeh", "arabic: mazraa mazra3a", "hebrew: meshek", "hindi: khet",
        "punjabi: khet", "mandarin: nongchang", "tagalog: bukid sakahan",
        "vietnamese: trang-trai", "malay: ladang kebun", "swahili: shamba", "yoruba: oko-oko",
        "afrikaans: plaas plasie", "dutch: boerderij",
    ),
    "boat": (
        "spanish: barco bote lancha", "portuguese: barco", "italian: barca", "french: bateau",
        "german: boot", "polish: lodz łódź lodka łódka", "russian: lodka", "greek: varka kaiki",
        "turkish: tekne sandal", "arabic: qarib markab", "hindi: naav", "tamil: padagu",
        "tagalog: bangka", "vietnamese: thuyen", "malay: perahu bot", "swahili: mashua",
        "somali: doon", "haitian creole: bato",
        "afrikaans: bootjie", "dutch: bootje",
    ),
    "bicycle": (
        "spanish: bicicleta bici", "portuguese: bicicleta", "italian: bicicletta",
        "french: velo vélo", "german: fahrrad", "polish: rower rowerek", "russian: velosiped",
        "romanian: bicicleta", "greek: podilato", "turkish: bisiklet", "persian: docharkhe",
        "arabic: bisklet darraja", "hebrew: ofanayim", "hindi: saikil",
        "tagalog: bisikleta", "vietnamese: xe-dap", "korean: jajeongeo", "japanese: jitensha",
        "malay: basikal", "swahili: baiskeli",
        "afrikaans: fiets", "dutch: fiets",
    ),
    "motorbike": (
        "spanish: motocicleta", "portuguese: motocicleta", "italian: motocicletta",
        "french: becane bécane", "german: motorrad", "polish: motocykl motor", "russian: mototsikl",
        "turkish: motosiklet", "arabic: motosikl", "hindi: phatphati", "tagalog: motorsiklo",
        "vietnamese: xe-may", "malay: motosikal", "swahili: pikipiki", "yoruba: okada",
        "afrikaans: motorfiets", "dutch: motorfiets",
    ),
    "rabbit": (
        "spanish: conejo conejito", "portuguese: coelho coelhinho", "italian: coniglio",
        "french: lapin", "german: kaninchen hase", "polish: krolik królik", "russian: krolik",
        "greek: kouneli", "turkish: tavsan tavşan", "persian: khargoosh", "arabic: arnab",
        "hindi: khargosh", "tagalog: kuneho", "vietnamese: tho", "korean: tokki",
        "japanese: usagi", "malay: arnab", "swahili: sungura",
        "afrikaans: konyn", "dutch: konijn",
    ),
    "parrot": (
        "spanish: loro perico cotorra", "portuguese: papagaio periquito", "italian: pappagallo",
        "french: perroquet perruche", "german: papagei wellensittich", "polish: papuga papuzka",
        "russian: popugay", "greek: papagalos", "turkish: papagan papağan", "persian: tooti",
        "arabic: babagha babbaghaa", "hindi: tota mithu", "punjabi: tota", "tagalog: loro",
        "malay: burung-kakak-tua", "swahili: kasuku",
        "afrikaans: papegaai", "dutch: papegaai parkiet",
    ),
    "horse": (
        "spanish: caballo", "portuguese: cavalo", "italian: cavallo", "french: cheval",
        "german: pferd", "polish: kon koń konik", "russian: loshad", "greek: alogo",
        "turkish: at", "persian: asb", "arabic: hisan hsan", "hindi: ghoda ghodi",
        "punjabi: ghoda", "tagalog: kabayo", "vietnamese: ngua", "japanese: uma",
        "malay: kuda", "swahili: farasi",
        "afrikaans: perd perdjie", "dutch: paard",
    ),
    "chicken": (
        "spanish: gallina pollo", "portuguese: galinha", "italian: gallina",
        "french: poule", "german: huhn henne", "polish: kura kurka", "russian: kuritsa",
        "greek: kota", "turkish: tavuk", "persian: morgh", "arabic: dajaja djeje",
        "hindi: murgi murga", "punjabi: kukkad", "tagalog: manok", "vietnamese: ga",
        "malay: ayam", "swahili: kuku", "yoruba: adie",
        "afrikaans: hoender", "dutch: kippetje",
    ),
    "guinea pig": (
        "spanish: cuy cuyo cobaya", "portuguese: porquinho-da-india", "italian: porcellino-d'india",
        "french: cochon-d'inde", "german: meerschweinchen", "polish: swinka-morska",
        "russian: morskaya-svinka", "turkish: kobay",
        "afrikaans: marmotjie",
    ),
    "tortoise": (
        "spanish: tortuga", "portuguese: tartaruga jabuti", "italian: tartaruga",
        "french: tortue", "german: schildkroete schildkröte", "polish: zolw żółw", "russian: cherepakha",
        "greek: chelona", "turkish: kaplumbaga kaplumbağa", "arabic: sulhafa", "hindi: kachhua",
        "tagalog: pagong", "vietnamese: rua", "malay: kura-kura", "swahili: kobe",
        "afrikaans: skilpad", "dutch: schildpad",
    ),
}


def rows() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """kind -> (English key words, other languages' words): each word once, a two-word
    word ("cua-hang") as typed open too ("cua hang")."""
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for kind, entries in HOME_NOUNS.items():
        words: list[str] = []
        for entry in entries:
            for word in entry.split(":", 1)[1].split():
                for form in (word, word.replace("-", " ")):
                    if form not in words:
                        words.append(form)
        out[kind] = (NOUN_KEYS[kind], tuple(words))
    return out


def languages_of_words() -> dict[str, frozenset[str]]:
    """Each other language's word of the tables -> the languages that use it ("hond": Afrikaans
    and Dutch), as typed open too."""
    out: dict[str, set[str]] = {}
    for entries in HOME_NOUNS.values():
        for entry in entries:
            language, _, words = entry.partition(":")
            for word in words.split():
                for form in (word, word.replace("-", " ")):
                    out.setdefault(form, set()).add(language.strip())
    return {word: frozenset(langs) for word, langs in out.items()}

