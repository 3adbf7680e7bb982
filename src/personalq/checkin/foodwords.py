"""Foods and drinks of the home cuisines of immigrant households, as typed in English.

WordNet knows "bagel", "sushi" and "curry" but few of the dishes, sweets and drinks people name in
their home language ("chai", "pączki", "jollof", "sfouf"). Coverage rule: the everyday dishes,
breads, sweets and drinks of the cuisines of the ~35 most-spoken home languages of immigrant
households in the US/UK/Canada/Australia, each as typed without diacritics and with them, singular
and plural where the language's plural is how the food is named. A word that is also an English word
of another meaning, a kinship word or a common given name is left out. ordinary.py reads a word
of this lexicon as a food where WordNet has no meaning for it.
"""

from __future__ import annotations

FOOD_NAMES = {
    "polish": "pączki paczki pączek paczek pierogi pierog kielbasa kiełbasa bigos gołąbki golabki "
              "barszcz żurek zurek makowiec sernik faworki chruściki chrusciki oscypek kompot "
              "placki rosół rosol kolaczki kołaczki",
    "ukrainian-russian": "borscht borshch varenyky vareniki pelmeni blini syrniki kvass holodets "
                         "pirozhki kasha",
    "punjabi-hindi-urdu": "chai masala-chai lassi paratha parantha roti rotis chapati naan "
                          "pakora pakoras samosa samosas jalebi ladoo laddoo laddu barfi burfi "
                          "gulab-jamun kheer halwa saag makki daal chole "
                          "bhature rajma kulfi biryani nihari haleem korma karahi raita pulao "
                          "rasmalai gajrela panjiri mathri namkeen",
    "bengali": "mishti rosogolla roshogolla sandesh luchi shorshe ilish payesh",
    "gujarati": "dhokla thepla khandvi fafda undhiyu shrikhand",
    "tamil-telugu-malayalam": "dosa dosai idli vada rasam payasam appam puttu "
                              "upma pongal",
    "arabic-levantine": "sfouf maamoul ma'amoul manousheh manakish manaeesh mana2eesh zaatar "
                        "za'atar kibbeh kebbeh tabbouleh tabouli fattoush hummus hommos "
                        "shawarma falafel knefeh kunafa kanafeh baklawa ahweh qahwa atayef "
                        "labneh fatteh mloukhieh mouloukhieh mujaddara shish-taouk "
                        "kaak ka'ak",
    "persian": "tahdig ghormeh fesenjan kashk sholeh-zard doogh ash-reshteh",
    "turkish": "borek börek simit lahmacun gozleme gözleme ayran baklava lokum kofte köfte "
               "menemen pide",
    "greek": "spanakopita tiropita souvlaki gyros moussaka pastitsio loukoumades tzatziki "
             "koulourakia frappe",
    "yoruba-igbo-west-african": "jollof egusi suya puff-puff chin-chin moin-moin moi-moi "
                                "akara ogbono efo amala fufu eba garri kelewele "
                                "kenkey banku zobo",
    "swahili-east-african": "ugali chapati mandazi nyama-choma pilau sukuma githeri injera "
                            "wat",
    "somali-amharic": "canjeero sambusa muufo bariis injera shiro doro-wat",
    "spanish-latin-american": "tamales tamal pozole pupusa pupusas arepa arepas empanada "
                              "empanadas churros horchata tres-leches chilaquiles elote "
                              "enchiladas quesadilla atole champurrado alfajores "
                              "tostones mofongo sancocho",
    "portuguese-brazilian": "pastel-de-nata pasteis feijoada brigadeiro brigadeiros coxinha "
                            "pao-de-queijo acai açaí farofa",
    "italian": "cannoli sfogliatella arancini panettone pizzelle tiramisu gnocchi "
               "focaccia biscotti",
    "french": "croissant croissants pain-au-chocolat galette crêpe crêpes "
              "tourtière tourtiere poutine madeleine",
    "german": "brezel stollen spaetzle spätzle lebkuchen strudel bratwurst",
    "tagalog": "adobo sinigang lumpia pancit halo-halo lechon ube bibingka puto ensaymada "
               "turon kare-kare",
    "vietnamese": "pho bánh banh-mi bun-cha goi-cuon",
    "mandarin-cantonese": "baozi jiaozi dumplings mooncake zongzi congee jook dim-sum "
                          "char-siu siu-mai har-gow tangyuan boba",
    "korean": "kimchi bibimbap bulgogi tteok tteokbokki japchae kimbap soju banchan",
    "japanese": "onigiri mochi ramen udon takoyaki okonomiyaki matcha dango taiyaki",
    "thai-lao": "pad-thai som-tam tom-yum mango-sticky-rice larb khao-soi",
    "haitian-caribbean": "diri akra pikliz roti ackee "
                         "saltfish",
    "hebrew-jewish": "challah latkes sufganiyot rugelach shakshuka kugel hamantaschen",
    "romanian": "sarmale mici cozonac mamaliga mămăligă papanasi",
}

# every word of the lexicon, lower case; a name typed with hyphens is read as one word
FOOD_WORDS = frozenset(w for words in FOOD_NAMES.values() for w in words.split())
