"""Every number the local reasoner uses, named, in one place.

Strengths say how much a request word matched through one card field says about a family
(1.0: it names the concept). Cosines and margins are MiniLM (all-MiniLM-L6-v2) similarities;
they were measured on the dev, large and probe sets (`personalq bench select`), never chosen
for one request.
"""

from __future__ import annotations

from enum import StrEnum


class Field(StrEnum):
    """The card field a request word matched."""

    NAME = "name"
    CLASS = "class"
    TAG = "tag"
    RELATION = "relation"  # "my father" in a description: the card's relation to the owner
    SYNONYM = "synonym"
    LEXICAL = "lexical"  # another English word for a naming word of the card (lexical.py)
    CATEGORY = "category"
    DESC = "desc"


STRENGTH: dict[str, float] = {Field.NAME: 1.0, Field.CLASS: 1.0, Field.TAG: 0.9,
                              Field.RELATION: 0.9, Field.SYNONYM: 0.85, Field.LEXICAL: 0.85,
                              Field.CATEGORY: 0.7, Field.DESC: 0.6}
NAMING_STRENGTH = STRENGTH[Field.CLASS]  # a word at least this strong names a family (name, class noun)
COMPOUND = 0.8  # a word found inside a compound card word ("boat" in "sailboat")
CLIPPED = 0.8  # a pet form of a card's kind word ("staffy"): names it, below the word itself
CLIPPED_NAME = 0.9  # a given name's clipped form ("dan"): names the person, as a slip does
MIN_NAME_CLIP = 2  # letters of a clipped given name: "Ty", "Jo" (with a vowel, no English word)
NAME_FORM = 0.9  # a name in another spelling, case or pet form ("voytek"): as a clipped name
NAME_FORM_MIN = 4  # letters of such a word: a shorter one is too often another word or name
TRIGGER_WORD_MIN = 4  # letters of a trigger word read bare (trigger_word_typed_bare)
TRIGGER_WORD_VOWELS = 2  # ... and its vowels (y counts): a rare token ("ohwx") or skeleton has fewer
TRIGGER_INNER_WORD = 5  # ... and no English word this long inside it (a run-together phrase)
TRIGGER_PART_MIN = 3  # ... nor two English words of at least this many letters run together
FULL_FORM_MIN_NAME = 4  # letters of a short name found inside a longer full name: a shorter one
#                         ("Ola", "Ade") begins or ends too many unrelated words
FUZZY = 0.9  # a misspelling of a card word
PART = 0.9  # one part of a hyphenated request word
VERSION_ONLY = 0.5  # a word only a minority of a family's versions have
TRIGGER_STEM_MIN_CHARS = 5  # a shorter coded stem ("3d", "sd15") is an ordinary token
SKELETON_MIN_CHARS = 4  # a shorter vowel-less trigger part ("lnr") is likelier an initialism than a name
COINED_WORD_MIN_CHARS = 5  # a shorter unknown word is likelier a typo or clipping than a coinage
ART_NOUN_DEPTH = 5  # hypernym links from a medium noun up to "art" (woodcut -> engraving -> print -> graphic art -> art: 4)
MEDIUM_MIN_NAMING = 2  # naming words (class, one-word tag) a phrase describing a medium needs
NARROWER_DEPTH = 5  # hypernym links from a request's head noun up to a concept's (truck -> vehicle: 4)
NARROWER_REACH = 3  # words before it where the concept's own modifier may stand
STRONG = 0.8  # at least this: the word names the concept (class word, tag, misspelt tag)
DENSE = 0.8  # a request word whose meaning matches a card's naming word (MiniLM)
MIN_STEM_FOR_FUZZY = 4  # shorter words are too often real words to be misspellings
FUZZY_MAX_EDITS = 2  # edits allowed for words of 5+ letters (1 below, 1 across first letters)
RELATION_MAX_WORDS = 2  # "our middle son": an apposition this short states a relation
SPLIT_MIN_LEN = 6  # a card word this long may be a compound of two English words
SPLIT_MIN_PART = 3
CLOSED_NAME_MIN_LEN = 4  # a name typed without its space: "Bo Bo" run together is 4 letters

CATEGORY_DAMPING = 0.5  # a word that only puts a family in a broad category, beside one that
# literally has the word
SHARE_FOR_DESCRIPTION = 0.5  # a family explained only by description words needs this share
COMMON_TAG_MIN = 3  # a tag on this many families (and COMMON_TAG_SHARE of them) is a broad
COMMON_TAG_SHARE = 0.1  # category ("pet"): it tells no option of a question apart
ANSWER_TIE = 0.9  # a clarification answer that fits two options this closely is unclear

# the English lexicon (WordNet, lexical.py): other words for a card's naming words
LEXICAL_SENSES = 3  # a naming word is read in one of its this many most frequent senses
CONTEXT_HYPERNYM_DEPTH = 6  # what the class noun is a kind of, this far up, tells senses apart
FOOD_SENSES = 3  # a borrowed name word is a food when one of its this many most frequent
# meanings is one (ordinary.py: "cinnamon" is first the tree, then the spice)
HOME_NOUN_MIN_LEN = 3  # a common noun of another language (nounwords.py) shorter than this is
# not read: two letters are too many languages' function words and chat abbreviations
HOME_NOUN_GUARD_LEN = 3  # one this short names the kind only as its phrase's head (synonyms.py)
BREED_NARROWER_MAX = 4  # an animal sense with more narrower kinds than this is no breed whose
# narrower leaf words are its varieties and nicknames (synonyms.py: "sausage dog")
LEXICAL_HYPONYM_MAX = 20  # a sense with more direct kinds than this is a broad category (a
# person, a vehicle): its words name no one card

# word-level meaning (MiniLM) against card naming words; a word no card has
DENSE_MIN_COSINE = 0.62  # "doggo" ~ "dog"; unrelated nouns stay far below
DENSE_MARGIN = 0.06  # ... and clearly closer to one family's naming word than to any other's

# sentence-level MiniLM (select.py)
VERSION_MIN_COSINE = 0.40  # a version's own text vs the request's unexplained describing words
VERSION_MARGIN = 0.07  # ... and clearly ahead of the next version
RESCUE_MIN_COSINE = 0.40  # a possessive phrase no card word explains vs the nearest card
RESCUE_MARGIN = 0.12
NARROW_MIN_COSINE = 0.40  # a question narrowed by what the phrase means vs each family's class
NARROW_MARGIN = 0.12
KIND_MIN_COSINE = 0.45  # "the footwear lora": the kind named vs a LoRA's class noun and tags
KIND_MARGIN = 0.05  # ... every LoRA this close to the best is an option
KIND_CANDIDATES = 8  # LoRAs (by dense retrieval of the phrase) whose class is compared
COMPOSE_MIN_COSINE = 0.40  # the words a certain select left over vs a style/concept LoRA
COMPOSE_MARGIN = 0.12  # ... and clearly closer to it than to any other style or concept

# calibrated decision (calibrated.py): feature scaling; weights and thresholds: calibration.json
CAL_BM25_FLOOR = 1.0  # added to BM25 scores before their ratio: no hit is not infinitely behind
CAL_LEAD_CLIP = 3.0  # |log BM25 ratio| above this (a 20x margin) says nothing more
CAL_CANDIDATES = 8  # retrieval hits whose families are scored (plus the reasoner's)
ORDER_REACH = 3  # "Anouk, our daughter and eldest": a birth order this close after "my"/"our" is theirs
ROLE_AFTER_MY_WORDS = 3  # "our [village] imam", "my [old tennis] coach": a role this close after "my"
KIN_REACH = 2  # "my [youngest] daughter": a kinship word this close after "my"/"our" is theirs
CAL_MAX_OPTIONS = 4  # at most this many options in a question the calibrated model asks

# a generic phrase describing several cards in their own words (lookalikes.py)
LOOKALIKE_MIN_KIND = 2  # families a kind word must name: one alone is no set of look-alikes
FINER_KIND_DEPTH = 4  # hypernym links from a breed word up to its cards' class noun (collie -> dog)
FINER_KIND_SENSES = 2  # meanings of the breed word read (a place name may come first)
LOOKALIKE_MAX_OPTIONS = 8  # a description fitting more families than this picks out no set
LOOKALIKE_WORD_SHARE = 0.5  # the look-alikes are more than this share of the subject families
# knowing a describing word: it is their own word, not an ordinary one
LOOKALIKE_DETAILS = 2  # such describing words that describe the look-alikes without one that
# names their group (a tag, a brand): one ordinary word they share ("glass") is no description

# base models from older to newer: "the version on the earlier base model"
# versions.occasion_terms: an occasion phrase ("at his 66th birthday") is read this many words on
OCCASION_REACH = 4
# versions._by_occasion (event_told_in_other_words): two event verbs tell one event when they
# share a synset among the first this many senses of each (WordNet orders senses by frequency)
EVENT_VERB_SENSES = 6
# versions._clip_forms (clipped_word_is_the_cards_word): the shortest clip read as a card's word
CLIP_MIN = 4
BASE_MODEL_ORDER = ("sd14", "sd15", "sd2", "sd21", "sdxl", "sd3", "flux")

# Candidate narrowing (narrow.py) before the reasoner: below this many cards the whole index is
# walked in a few ms and every feature (word meaning included) sees every family.
NARROW_FROM_CARDS = 5000

# A word this long, one or two letters from a word of a name, is that name misspelt whatever its
# case (few ordinary words sit that close to a long name).
LONG_NAME = 6
LITTLE_MAX_AGE = 12  # a "little one": the youngest person while still a child (years)
NEWBORN_MAX_AGE = 1.0  # "the new bub": a child born at most this long ago (years)
PERSON_DEPTH = 8  # hypernym links up to "person" from a word or a card's class noun ("lass": 3)
PERSON_SENSES = 9  # the senses of a word looked at for a kind of person (every one, in practice)

# a style or concept LoRA described in other words (paraphrase.py): a describing phrase ("in a
# <garment>", "like a <medium>") vs the style/concept cards' own text, MiniLM at phrase level
PARAPHRASE_MIN_COSINE = 0.48  # the phrase means the card this closely
PARAPHRASE_MARGIN = 0.15  # ... and clearly more than any other style or concept card
PARAPHRASE_MAX_WORDS = 6  # a longer run of words is a clause, not one describing phrase
# look_described_by_its_features (paraphrase.py): a request echoing this many of the features a
# style's description lists (its comma-separated parts), in that style's words alone, describes it
LOOK_FEATURES = 2
MEDIUM_SENSES = 3  # a head noun reads as a picture or a medium in one of its this many commonest
# meanings (WordNet; paraphrase.py)
PICTURE_SENSES = 2  # ... and, with no frame word before it, in one of its two commonest ("a silver
# plate" is a dish first)
MEDIUM_DEPTH = 8  # hypernym links from such a meaning up to a kind of picture ("woodcut": 4)
ORDINARY_SENSE_DEPTH = 6  # hypernym links from a word's meaning up to the head noun naming it
# (a kind of fish sits up to six links below "fish"; rule head_names_the_ordinary_sense)

# which version a request means (versions.py)
PERIOD_REACH = 2  # describing words between a possessor and a period noun ("my <a> <b> days")
PERIOD_DEPTH = 2  # hypernym links from a word up to WordNet's "time period"
YOUNG_DEPTH = 4  # hypernym links from a word up to WordNet's young mammal / juvenile

# Sets named generically (partitive.py: "any of our creatures", "any of my haircut loras").
PARTITIVE_HYPERNYM_DEPTH = 10  # hypernym links from a card's kind word up to the set's noun
PARTITIVE_HYPERNYM_MAX = 12  # a noun filing more families than this ("thing") picks out no set
PARTITIVE_HEAD_SENSES = 3  # senses of the user's word for a kind of LoRA that are looked at
PARTITIVE_NARROWER_DEPTH = 2  # ... and how far under the card's kind word it may be filed
TOGETHER_MAX = 2  # a plural relation ("my parents") draws this many people together; more ask which
HOUSEHOLD_CHILDREN_MAX = 4  # "the kids": the owner's own children drawn together, up to this many
# rules.body_word: how many is-a steps up from a word's first sense "body part" may be (a paw
# is an extremity, a limb, ... a body part); deeper links reach senses no body has
BODY_PART_DEPTH = 6
# evidence._coined_name_word: a name word this long at least may stand for the whole name
# (shorter ones are initials and titles: "og", "ba"; a three-letter word English lacks is a
# clipped given name as often as a chat word, and chat words English has stay out by that test)
COINED_NAME_MIN = 3
# evidence._being: hypernym links and senses read from a card's class noun up to "organism"
# (a budgie: 9 links; a horse, an otter)
BEING_DEPTH = 12
BEING_SENSES = 3
AGE_MARGIN = 0.5  # years: the version whose age fits a request's age or stage is this much closer
# than any other (stages.py: "at 9" between "aged 8" and "aged 12" is the 8-year-old)
ANIMAL_YOUNG_YEARS = 1.0  # a puppy, kitten, foal: an animal's first year
WEEKS_A_MONTH = 4.345  # "at 7 weeks" in months
CONJUNCT_MAX_WORDS = 4  # disjunction.py: a side of "or" longer than this is no noun phrase
# naming one thing; also the longest subject phrase read alone before a style frame

# -- relations.role_modifier (rule activity_noun_makes_a_role) ------------------------------------
# A noun before a kinship word ("tennis partner", "work wife") makes it a role in that pursuit
# when one of its ROLE_SENSES most frequent noun meanings is a kind of one of ROLE_CLASSES within
# ROLE_DEPTH hypernym links; ROLE_KIN_CLASSES: a compound that is itself an entry of one of these
# ("househusband") stays kinship.
ROLE_CLASSES = ("act", "activity", "sport", "game", "work", "commerce", "business", "diversion",
                "occupation")
ROLE_SENSES = 3
ROLE_DEPTH = 4
ROLE_KIN_CLASSES = ("relative", "spouse")

# options.options_the_speaker_owns: how many words after "my"/"our" make the phrase it governs.
OWNED_PHRASE_MAX_WORDS = 4

# -- containers.py (rule contents_of_a_container_are_the_product) --------------------------------
# A word before "of" is a container or a measure of stuff ("a crock of", "a wedge of", "a keg of")
# when one of its CONTAINER_SENSES commonest noun meanings is a kind of one of CONTAINER_CLASSES
# within CONTAINER_DEPTH hypernym links (WordNet's "measure" is left out: "end", "pair", "bit").
CONTAINER_CLASSES = ("container", "containerful", "portion")
CONTAINER_SENSES = 6
CONTAINER_DEPTH = 6
# A card is a product one may hold a unit of when its class head, in one of its PRODUCT_SENSES
# commonest meanings, is a container or is filed under food or substance (WordNet's lexicographer
# files), or its cards call it a product; a being (person, organism) never is.
PRODUCT_SENSES = 2
PRODUCT_TAGS = ("product",)
# A product's own name (less its possessor) of at least this many words, typed together in a
# container phrase's contents in any case, names it (containers.whole_name_typed).
MULTIWORD_NAME_MIN = 2
# ... and so does one word of its name English does not have, of at least this many letters
COINED_MIN_CHARS = 4
# A card's closed compound noun of at least this many letters is closed again where typed as
# two words (chat.medium_word_typed_open); shorter ones are too often two words of their own.
CLOSED_NOUN_MIN = 7
# dialect.py (possessive_determiner_of_a_dialect): the most words read after "me"/"wor"/... for the
# possessed noun (modifiers, then the noun: "me new reading glasses").
DIALECT_PHRASE_MAX = 3
DIALECT_NOUN_MIN = 3  # a shorter word there is chat shorthand ("me n <name>", "me w <thing>"), no noun
CONTENTS_REACH = 4  # words between a container's "of" and a word of its contents ("of our old ...")

# ordinary.py, object_of_a_verb_for_things: a verb's meaning is tested in its this many most
# frequent noun senses (the -ing form as a noun: "grilling", "eating") and up to this many
# hypernym links up to the activities whose object is a thing, never a being
THING_VERB_SENSES = 2
THING_VERB_DEPTH = 4
# ordinary.verb_of_a_person: the frequent meanings of a verb read for who does it ("sing": a
# song, to sing; its third meaning, a kettle singing, is rare)
PERSON_VERB_SENSES = 2
THING_ACTIVITIES = ("cooking", "consumption")

# second.py, owned_thing_beside_a_subject: words allowed between "the"/"my" and its noun ("the
# old white <noun>")
OWNED_MODIFIERS = 2

# genitive.py: the possessed noun phrase of a genitive holds at most this many words ("the
# black cat of ..."); a request's genitives are rewritten at most this many times (chains).
GENITIVE_NOUN_MAX_WORDS = 3
GENITIVE_REWRITES_MAX = 6

# reasoner.py (style_thing_in_a_place_phrase): prepositions that place the subject somewhere ("beside
# the lectern", "under the bridge"), unlike "in"/"as"/"like", which may say how it is drawn.
PLACING_PREPOSITIONS = frozenset("""at by near beside behind under below beneath above over outside
    through past against opposite underneath""".split())

# places.py (round 21): a building or establishment word is its PLACE_SENSES most frequent
# noun meanings at most PLACE_DEPTH hypernym links under places.PLACE_ROOTS (shop 4, house 2);
# a modifier names a kind of the card's modifier MODIFIER_KIND_DEPTH links under it in WordNet
# ("vegetable" under "produce"), or means it at MODIFIER_MIN_COSINE (MiniLM words: "fruit" ~
# "produce" 0.60, "flower" 0.33)
PLACE_SENSES = 1
PLACE_DEPTH = 5
MODIFIER_KIND_DEPTH = 3
MODIFIER_MIN_COSINE = 0.5
DESCRIBED_KIND_DEPTH = 6  # hypernym links from a concept description's head noun up to its class
# noun's head (overalls -> work-clothing -> clothing: 2; rule description_says_what_a_concept_is)
DESCRIPTION_LABEL_MAX = 2  # words of a label before a description's colon ("Hairstyle concept:")
DESCRIBED_KIND_SENSES = 2  # ... in one of its two commonest meanings ("dungarees": a fabric first)
COMPARISON_MIN_COSINE = 0.40  # "like a <X>" headed by a style's own word means it this closely
# (rule comparison_headed_by_a_styles_own_word; PARAPHRASE_MIN_COSINE elsewhere)
ENTRY_KIND_DEPTH = 2  # hypernym links from a WordNet entry of two words up to a card's class or tag
# word (rule compound_entry_names_its_kind: a narrow kind, not a broad one such as clothing)
APPOSITION_KIND_DEPTH = 3  # ordinary.kind_said_otherwise: "<name> the <kind>" a card's class noun is of, so many links up

# second_opinion.py (round 22): MiniLM's probabilities over the families (the request vs each
# family's closest card, softmax at OPINION_TEMPERATURE beside "none of them" at OPINION_NONE);
# thresholds swept on the first-contact decisions of heldout2-28 and tested once on heldout29-34
# (benchmarks/select/override_probe.py, whose RESCUE threshold was not shipped)
OPINION_TEMPERATURE = 0.05
OPINION_NONE = 0.45  # the cosine of "none of them"
OPINION_DOUBT = 0.60  # a select asks when meaning gives another family of its role this much ...
OPINION_DOUBTED = 0.20  # ... and the selected one at most this
DESCRIBED_CONCEPT_WORDS = 2  # distinct words of a concept card a phrase needs to say what it shows
OWN_WORD_MAX_FAMILIES = 2  # a word of at most this many families' cards, no subject's, is a LoRA's own
