"""Words for a religion's clergy and ministers, in the languages its faithful speak at home.

People name a priest, an imam or a monk by the word of their faith's own language ("the
granthi", "our proboszcz", "the khoury", "the pujari"), which English WordNet mostly lacks.
Coverage rule: the clergy and religious of the major faiths of immigrant households in the
US/UK/Canada/Australia (Catholic, Orthodox and Protestant Christianity, Islam, Judaism, Sikhism,
Hinduism, Buddhism, Shinto, Taoism, Yoruba and Haitian traditions), each role's word in the
~35 most-spoken home languages of those households where the language has its own word. One
group per role: the words of a group name the same kind of person (synonyms.DOMAIN_NAMES reads
them for a card whose class noun or tag is one of them); a word of any group names a role
(ordinary.role_names_someone_else). A word that is also a kinship word ("padre", "abouna",
"madre", "soeur") or a short everyday syllable of another language is left out.
"""

from __future__ import annotations

CLERGY_NAMES: tuple[tuple[str, ...], ...] = (
    # a Catholic or Orthodox priest (and a parish priest)
    ("priest", "parish priest", "ksiadz", "ksiądz", "proboszcz", "wikary", "sacerdote", "cura",
     "parroco", "párroco", "pároco", "prete", "prêtre", "pretre", "curé", "abbé", "abbe",
     "pfarrer", "priester", "pastoor", "pari", "padri", "fada", "khoury", "khouri", "khoori",
     "kahen", "svyashchennik", "svyashchenik", "kněz", "knez", "svecenik", "svećenik", "preot",
     "iereas", "papaz", "shenfu", "sinbu", "kasisi", "kahin"),
    # a Protestant pastor or minister
    ("pastor", "reverend", "vicar", "pasteur", "pastore", "pastorin", "dominee",
     "mchungaji", "moksa", "mushi", "pasito", "predikant", "kaznodzieja"),
    # a Muslim prayer leader or cleric
    ("imam", "mullah", "mulla", "maulvi", "molvi", "moulvi", "maulana", "moulana", "hoca",
     "hodja", "hoja", "alufa", "shehe", "wadaad", "akhund", "ustadh", "ustaz", "kyai",
     "muezzin", "qari"),
    # a Jewish rabbi or cantor
    ("rabbi", "rav", "rebbe", "chazzan", "hazzan", "cantor"),
    # a Sikh granthi or kirtan singer
    ("granthi", "giani", "gyani", "bhai sahib"),
    # a Hindu priest or teacher
    ("pujari", "poojari", "pujaree", "purohit", "purohita", "archaka", "kurukkal", "poosari",
     "pusari", "pandit", "panditji", "pandit ji", "shastri", "acharya", "swami", "sadhu"),
    # a Buddhist monk or nun
    ("monk", "bhikkhu", "bhikshu", "bhante", "lama", "sunim", "seunim", "heshang", "bonsan",
     "obosan", "obōsan", "bhikkhuni", "bhikshuni", "maechi"),
    # a Christian nun or sister of an order
    ("nun", "zakonnica", "monja", "suora", "religieuse", "nonne", "freira", "monahinya"),
    # a Christian monk or friar
    ("friar", "zakonnik", "fraile", "frate", "moine", "mönch", "monge", "monakh"),
    # a bishop
    ("bishop", "biskup", "obispo", "vescovo", "évêque", "eveque", "bischof", "bispo", "episkopos",
     "mutran", "matran", "sayedna"),
    # Shinto, Taoist, Yoruba and Haitian priests
    ("kannushi", "guji", "daoshi", "babalawo", "houngan", "oungan"),
)

# every word of a clergy group, lower case, a group's multi-word names left out
CLERGY_WORDS = frozenset(w for group in CLERGY_NAMES for w in group if " " not in w)
