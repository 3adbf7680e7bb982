#!/usr/bin/env python3
"""Held-out selection set 48: Gwen's repository (Welsh-born potter and sheep farmer in
rural Canterbury, NZ). Running this writes catalog.jsonl and cases.jsonl next to it."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- me ---
    card("gwen-v1", "Gwen", "ohwx woman", "woman", "subject", "gwen", 1, "2022-07-10",
         "Me, Gwen (Gwenllian), at 34 in 1996, trained from scanned prints from the year before we "
         "emigrated: long dark curly hair with a big fringe, red Wales rugby jersey, on the prom at Mumbles.",
         ["me", "person", "woman", "1990s", "swansea", "young"], "sd15"),
    card("gwen-v2", "Gwen", "ohwx woman", "woman", "subject", "gwen", 2, "2024-03-02",
         "Me, Gwen, at my 60th birthday do in the woolshed in 2022: shoulder-length grey bob, dangly "
         "earrings, green dress, glass of bubbles in hand.",
         ["me", "person", "woman", "birthday", "bob"], "sdxl"),
    card("gwen-v3", "Gwen", "ohwx woman", "woman", "subject", "gwen", 3, "2026-08-19",
         "Me, Gwen, at 64: silver hair grown out into a long plait, round red glasses, clay-smeared "
         "canvas apron, weathered hands. The twins call me Nan.",
         ["me", "person", "woman", "nan", "potter", "glasses"], "sdxl"),
    # --- husband ---
    card("barry-v1", "Barry", "sks man", "man", "subject", "barry", 1, "2022-08-01",
         "My husband Barry ('Baz') from old photos of his 1990s shearing days: black singlet, curly "
         "mullet, big moustache, shearing moccasins, wiry as.",
         ["husband", "person", "man", "1990s", "shearer"], "sd15"),
    card("barry-v2", "Barry", "sks man", "man", "subject", "barry", 2, "2025-05-20",
         "My husband Barry at 66, shearing contractor: short grey beard, bald on top, ruddy face, "
         "faded blue work shirt. The twins call him Tad-cu.",
         ["husband", "person", "man", "beard", "grandad", "contractor"], "sdxl"),
    # --- daughter ---
    card("ffion-v1", "Ffion", "<ffion>", "woman", "subject", "ffion", 1, "2021-11-05",
         "Our daughter Ffion at her vet school graduation at Massey in 2016: black gown and mortarboard, "
         "long dark hair down.",
         ["daughter", "person", "woman", "graduation"], "sd15"),
    card("ffion-v2", "Ffion", "<ffion>", "woman", "subject", "ffion", 2, "2023-06-11",
         "Our daughter Ffion pregnant with the twins in late 2022: big round bump, long hair in a "
         "ponytail, overalls.",
         ["daughter", "person", "woman", "pregnant"], "sd15"),
    card("ffion-v3", "Ffion", "<ffion>", "woman", "subject", "ffion", 3, "2025-10-02",
         "Our daughter Ffion, a vet in Christchurch, with her new short pixie cut: navy vet scrubs, "
         "stethoscope round her neck, small nose ring.",
         ["daughter", "person", "woman", "vet", "short hair"], "sdxl"),
    # --- grandsons (identical twins) ---
    card("rhys-v1", "Rhys", "rh7s_boy", "baby", "subject", "rhys", 1, "2023-09-15",
         "Our grandson Rhys, one of Ffion's identical twins, as a newborn: tiny, wrapped in a cream "
         "knitted shawl, blue knitted hat.",
         ["grandson", "person", "baby", "twin", "newborn"], "sd15"),
    card("rhys-v2", "Rhys", "rh7s_boy", "boy", "subject", "rhys", 2, "2026-04-10",
         "Our grandson Rhys, Ffion's twin, at 3: blond curls, a tiny scar on his chin, nearly always "
         "in his green dinosaur t-shirt.",
         ["grandson", "person", "boy", "twin", "toddler"], "sdxl"),
    card("tomos-v1", "Tomos", "t0m0s_boy", "baby", "subject", "tomos", 1, "2023-09-15",
         "Our grandson Tomos, Rhys's identical twin, as a newborn: tiny, wrapped in a cream knitted "
         "shawl, yellow knitted hat.",
         ["grandson", "person", "baby", "twin", "newborn"], "sd15"),
    card("tomos-v2", "Tomos", "t0m0s_boy", "boy", "subject", "tomos", 2, "2026-04-10",
         "Our grandson Tomos, Rhys's twin, at 3: blond curls, a bit chubbier than his brother, "
         "red fire-engine gumboots on everywhere he goes.",
         ["grandson", "person", "boy", "twin", "toddler"], "sdxl"),
    # --- son ---
    card("jono-v1", "Jono", "jon0_tait", "man", "subject", "jono", 1, "2020-02-14",
         "Our son Jono (Jonathan) at 19 in his Oxford club rugby jersey: clean-shaven, short back and "
         "sides, nose still straight.",
         ["son", "person", "man", "rugby", "young"], "sd15"),
    card("jono-v2", "Jono", "jon0_tait", "man", "subject", "jono", 2, "2025-12-01",
         "Our son Jono at 25, truck driver and prop for Oxford: bushy ginger beard, mullet, hi-vis "
         "vest and stubbies, nose broken from rugby.",
         ["son", "person", "man", "rugby", "truckie", "beard"], "sdxl"),
    # --- sister, mother ---
    card("bethan-v1", "Bethan", "<bethan>", "woman", "subject", "bethan", 1, "2022-05-01",
         "My sister Bethan back home in Swansea at 58: long red hair, freckles, yellow raincoat, "
         "on Mumbles pier.",
         ["sister", "person", "woman", "swansea", "long hair"], "sd15"),
    card("bethan-v2", "Bethan", "<bethan>", "woman", "subject", "bethan", 2, "2025-09-09",
         "My sister Bethan after she shaved her hair off for the cancer charity in 2025: buzz cut, "
         "freckles, big gold hoop earrings.",
         ["sister", "person", "woman", "swansea", "buzz cut"], "sd15"),
    card("mam-v1", "Mam", "mxm_megan", "woman", "subject", "mam", 1, "2022-07-10",
         "Mam (my mother Megan, died 2011) from 1960s photos in Swansea: beehive hair, cat-eye "
         "glasses, flowery housecoat.",
         ["mother", "person", "woman", "1960s", "swansea"], "sd15"),
    # --- animals ---
    card("moss-v1", "Moss", "m0ss_dog", "dog", "subject", "moss", 1, "2020-10-01",
         "Moss, our heading dog, as a pup: fluffy black and white, one ear up and one ear flopped over.",
         ["pet", "dog", "heading dog", "puppy"], "sd15"),
    card("moss-v2", "Moss", "m0ss_dog", "dog", "subject", "moss", 2, "2024-11-11",
         "Moss, our older heading dog (8): black with a white blaze and white chest, short coat, "
         "grey muzzle, leans on your legs.",
         ["pet", "dog", "heading dog", "working dog"], "sdxl"),
    card("nell-v1", "Nell", "sks dog", "dog", "subject", "nell", 1, "2025-02-03",
         "Nell, our young heading dog (2): black with a white blaze and white chest, short coat, the "
         "spit of Moss except no grey and a white tip on her tail.",
         ["pet", "dog", "heading dog", "working dog"], "sdxl"),
    card("pickle-v1", "Pickle", "pickle_lamb", "lamb", "subject", "pickle", 1, "2025-09-20",
         "Pickle, our pet lamb, as a bottle lamb in spring 2025: tiny and knock-kneed, white with a "
         "black spot on her nose, red collar with a bell.",
         ["pet", "lamb", "sheep", "baby"], "sd15"),
    card("pickle-v2", "Pickle", "pickle_lamb", "sheep", "subject", "pickle", 2, "2026-10-15",
         "Pickle, our pet lamb, now a fat woolly hogget at a year old: black spot on her nose, red "
         "collar with a bell, follows me everywhere.",
         ["pet", "lamb", "sheep", "hogget"], "sd15"),
    card("smudge-v1", "Smudge", "smdg cat", "cat", "subject", "smudge", 1, "2024-01-20",
         "Smudge, our woolshed cat: grey tabby tom with a black smudge on his nose and a torn ear, "
         "a good mouser.",
         ["pet", "cat", "tabby"], "sd15"),
    # --- vehicle, places ---
    card("cruiser-v1", "The Cruiser", "lc70_ute", "ute", "subject", "cruiser", 1, "2021-04-04",
         "Our ute, a white 1999 Toyota Land Cruiser 70-series, before Baz put the new deck on: "
         "rusty steel tray, bull bar.",
         ["vehicle", "ute", "land cruiser", "toyota"], "sd15"),
    card("cruiser-v2", "The Cruiser", "lc70_ute", "ute", "subject", "cruiser", 2, "2025-03-30",
         "Our ute, the white Land Cruiser 70-series, with the new alloy deck, dog box and spotlights, "
         "usually muddy.",
         ["vehicle", "ute", "land cruiser", "toyota"], "sdxl"),
    card("woolshed-v1", "The Woolshed", "<woolshed>", "woolshed", "subject", "woolshed", 1, "2021-04-04",
         "Our woolshed at Bryn Awel before the re-roof: rusty red corrugated iron, sagging ridge, "
         "old totara yards.",
         ["place", "farm", "woolshed", "building"], "sd15"),
    card("woolshed-v2", "The Woolshed", "<woolshed>", "woolshed", "subject", "woolshed", 2, "2024-06-15",
         "Our woolshed after the 2024 re-roof: new grey Colorsteel roof, same old timber yards, "
         "shearing board and woolpress inside.",
         ["place", "farm", "woolshed", "building"], "sdxl"),
    card("house-v1", "Bryn Awel", "brynawel_house", "house", "subject", "house", 1, "2021-05-05",
         "Our house, Bryn Awel: an old white weatherboard villa with a red tin roof, veranda and a "
         "lemon tree, the Southern Alps behind.",
         ["place", "home", "house", "farm"], "sd15"),
    card("studio-v1", "The Studio", "<apple-shed-studio>", "pottery studio", "subject", "studio", 1,
         "2023-02-02",
         "My pottery studio in the old apple shed: corrugated iron, big wooden doors, kiln outside, "
         "shelves of bisque ware.",
         ["place", "pottery", "studio", "shed"], "sdxl"),
    card("stall-v1", "The Gate Stall", "gatestall", "farm stall", "subject", "stall", 1, "2024-08-08",
         "Our farm-gate stall at the end of the drive: a little tin-roofed stand with an honesty box, "
         "eggs, mugs and bowls, chalkboard sign.",
         ["place", "business", "stall", "honesty box"], "sdxl"),
    # --- products, mascot ---
    card("mugs-v1", "Gwen's Mugs", "gwen_mug", "mug", "subject", "mugs", 1, "2023-05-05",
         "My handmade mugs before the new glaze: oatmeal speckled glaze, thumb rest, brown clay "
         "showing at the foot.",
         ["product", "pottery", "mug", "ceramics"], "sd15"),
    card("mugs-v2", "Gwen's Mugs", "gwen_mug", "mug", "subject", "mugs", 2, "2025-11-20",
         "My handmade mugs in the new glaze I call 'Gower': drippy sea-green over speckled white, "
         "same thumb rest.",
         ["product", "pottery", "mug", "ceramics"], "sdxl"),
    card("teapot-v1", "Sheep Teapot", "<sheep-teapot>", "teapot", "subject", "teapot", 1, "2026-02-14",
         "My big stoneware teapot that I sell at the stall: round, cane handle, tenmoku brown glaze, "
         "a sheep stamped on the lid.",
         ["product", "pottery", "teapot", "ceramics"], "sdxl"),
    card("dai-v1", "Dai Dafad", "daidafad", "cartoon sheep", "subject", "dai", 1, "2023-03-01",
         "Dai Dafad, the sheep mascot on our stall sign, the first version I painted myself: a woolly "
         "cartoon sheep in a tall black Welsh hat.",
         ["mascot", "logo", "sheep", "cartoon"], "sd15"),
    card("dai-v2", "Dai Dafad", "daidafad", "cartoon sheep", "subject", "dai", 2, "2025-08-01",
         "Dai Dafad, our stall mascot as Ffion redrew him: a rounder cartoon sheep in a tall black "
         "Welsh hat and red scarf, waving.",
         ["mascot", "logo", "sheep", "cartoon"], "sdxl"),
    # --- downloaded characters ---
    card("kevin-v1", "Kevin", "kevin_minion", "minion", "subject", "kevin", 1, "2024-05-05",
         "Kevin from the Despicable Me / Minions films (Civitai character LoRA): tall yellow minion "
         "with two eyes, goggles, blue dungarees, sprout of hair.",
         ["character", "minion", "animation", "despicable me"], "sd15"),
    card("stuart-v1", "Stuart", "stuart_minion", "minion", "subject", "stuart", 1, "2024-05-05",
         "Stuart from the Despicable Me / Minions films (Civitai character LoRA): medium yellow "
         "minion with one eye, goggles, blue dungarees, centre-parted hair.",
         ["character", "minion", "animation", "despicable me"], "sd15"),
    card("shaun-v1", "Shaun the Sheep", "shaunthesheep", "sheep", "subject", "shaun", 1, "2023-01-10",
         "Shaun the Sheep (Aardman), Civitai character LoRA: claymation sheep, white woolly body, "
         "black face and legs.",
         ["character", "sheep", "claymation", "aardman"], "sd15"),
    card("shaun-v2", "Shaun the Sheep", "shaunthesheep", "sheep", "subject", "shaun", 2, "2025-01-10",
         "Shaun the Sheep (Aardman), Civitai character LoRA, SDXL remake: claymation sheep, white "
         "woolly body, black face and legs, tuft on top.",
         ["character", "sheep", "claymation", "aardman"], "sdxl"),
    card("footrot-v1", "Dog (Footrot Flats)", "footrot_dog", "dog", "subject", "footrot", 1, "2024-09-09",
         "The Dog from Murray Ball's Footrot Flats (Civitai character LoRA): scruffy black and white "
         "cartoon farm dog, Wal's dog, heavy grumpy eyebrows.",
         ["character", "dog", "cartoon", "comic"], "sd15"),
    # --- styles ---
    card("nzr-v1", "NZR Travel Poster", "nzr_poster", "poster", "style", "nzr", 1, "2022-01-01",
         "Vintage New Zealand Railways travel poster style: 1930s flat-colour lithograph, bold skies, "
         "art deco lettering.",
         ["style", "poster", "vintage", "lithograph", "travel"], "sd15"),
    card("nzr-v2", "NZR Travel Poster", "nzr_poster", "poster", "style", "nzr", 2, "2025-06-06",
         "Vintage New Zealand Railways travel poster style (XL): 1930s flat-colour lithograph, bold "
         "skies, art deco lettering, crisper shapes.",
         ["style", "poster", "vintage", "lithograph", "travel"], "sdxl"),
    card("slate-v1", "Welsh Slate Engraving", "slate_engraving", "engraving", "style", "slate", 1,
         "2023-10-10",
         "Welsh slate engraving style: fine white incised lines on dark grey slate, like house signs "
         "and memorial plaques back home.",
         ["style", "engraving", "slate", "welsh", "carved"], "sd15"),
    card("botanical-v1", "Botanical Watercolour", "botanical_wc", "watercolour", "style", "botanical",
         1, "2022-03-03",
         "Watercolour botanical illustration style: precise, delicate, white paper, single specimens "
         "like an old plant book.",
         ["style", "watercolour", "botanical", "illustration"], "sd15"),
    card("botanical-v2", "Botanical Watercolour", "botanical_wc", "watercolour", "style", "botanical",
         2, "2025-04-04",
         "Watercolour botanical illustration style (XL): precise, delicate, white paper, single "
         "specimens like an old plant book.",
         ["style", "watercolour", "botanical", "illustration"], "sdxl"),
    card("wetwet-v1", "Wet-in-Wet Watercolour", "wetinwet", "watercolour", "style", "wetwet", 1,
         "2024-02-02",
         "Loose wet-in-wet watercolour landscape style: bleeding washes, soft skies, blooms and runs.",
         ["style", "watercolour", "landscape", "loose"], "sd15"),
    card("kodachrome-v1", "Kodachrome 70s", "k0dachrome", "photo", "style", "kodachrome", 1,
         "2024-12-12",
         "1970s Kodachrome slide photo style: warm saturated colour, fine grain, faded edges.",
         ["style", "photo", "film", "1970s", "retro"], "sdxl"),
    card("storybook-v1", "Storybook Ink & Wash", "storybook ink", "illustration", "style", "storybook",
         1, "2023-07-07",
         "Classic children's picture book style: scratchy pen lines and soft ink washes, like old NZ "
         "picture books.",
         ["style", "illustration", "children's book", "ink"], "sd15"),
    card("tapestry-v1", "Welsh Tapestry", "welsh_tapestry", "pattern", "style", "tapestry", 1,
         "2025-07-07",
         "Welsh tapestry blanket style: double-weave geometric wool patterns in mustard, teal and red.",
         ["style", "pattern", "textile", "welsh", "blanket"], "sdxl"),
    card("linocut-v1", "Linocut", "linocut", "print", "style", "linocut", 1, "2022-09-09",
         "Linocut print style: bold black carved lines, two-colour palette, hand-printed texture.",
         ["style", "print", "linocut", "block print"], "sd15"),
    card("willow-v1", "Willow Pattern", "willow_pattern", "china", "style", "willow", 1, "2024-04-04",
         "Blue-and-white willow pattern china style: cobalt transferware with pagodas, birds and a "
         "little bridge.",
         ["style", "ceramics", "blue and white", "transferware"], "sdxl"),
    card("regional-v1", "Kiwi Regionalism", "kiwi_regionalism", "painting", "style", "regional", 1,
         "2025-09-09",
         "NZ regionalist oil painting style (Rita Angus era): hard-edged Canterbury hills, clear light, "
         "simplified farm buildings.",
         ["style", "painting", "oil", "new zealand", "1930s"], "sdxl"),
    # --- concepts ---
    card("swanndri-v1", "Swanndri", "swanndri", "bush shirt", "concept", "swanndri", 1, "2022-06-06",
         "Swanndri bush shirt: heavy wool hooded bush shirt with a lace-up neck, olive or red-and-black "
         "check.",
         ["concept", "clothing", "wool", "bush shirt"], "sd15"),
    card("swanndri-v2", "Swanndri", "swanndri", "bush shirt", "concept", "swanndri", 2, "2025-06-20",
         "Swanndri bush shirt (XL): heavy wool hooded bush shirt with a lace-up neck, olive or "
         "red-and-black check.",
         ["concept", "clothing", "wool", "bush shirt"], "sdxl"),
    card("gumboots-v1", "Gumboots", "gumb00ts", "boots", "concept", "gumboots", 1, "2024-07-07",
         "Gumboots: black rubber wellington boots, usually muddy.",
         ["concept", "clothing", "footwear", "boots"], "sdxl"),
    card("shearing-v1", "Shearing Pose", "shearing_pose", "pose", "concept", "shearing", 1, "2025-01-25",
         "Shearing pose: shearer bent over a sheep held between the legs on the board, handpiece in "
         "hand, fleece peeling off.",
         ["concept", "pose", "shearing", "sheep"], "sdxl"),
    card("caravan-v1", "Vintage Caravan", "canned_ham_caravan", "caravan", "concept", "caravan", 1,
         "2023-12-12",
         "Vintage caravan: 1960s canned-ham caravan, two-tone cream and turquoise, rounded ends.",
         ["concept", "vehicle", "caravan", "retro"], "sd15"),
    card("mullet-v1", "Mullet", "mullet", "hairstyle", "concept", "mullet", 1, "2025-02-20",
         "Mullet hairstyle: short at the front and sides, long at the back.",
         ["concept", "hairstyle", "hair"], "sdxl"),
    card("wheel-v1", "Potter's Wheel", "potters_wheel", "pose", "concept", "wheel", 1, "2024-10-10",
         "Throwing on a potter's wheel: seated, hands round a spinning clay pot, elbows braced, "
         "slip splatter.",
         ["concept", "pose", "pottery", "prop"], "sdxl"),
    card("welshcostume-v1", "Welsh Costume", "welsh_costume", "costume", "concept", "welshcostume", 1,
         "2023-02-28",
         "Traditional Welsh costume: tall black stovepipe hat, red flannel shawl, white lace cap, "
         "checked apron.",
         ["concept", "clothing", "welsh", "costume", "hat"], "sd15"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: me ----------------
    ("me in the garden with a cuppa, just a nice one for my profile pic, the way i look now with the plait and specs", S, ["gwen-v3"]),
    ("can you do me back in swansea in the 90s with my big curly hair lol, on the prom at mumbles", S, ["gwen-v1"]),
    ("me at my 60th do, green dress and a glass of bubbles", S, ["gwen-v2"]),
    ("picture of me knitting by the log burner, nothing fancy", S, ["gwen-v3"]),
    ("me as a young woman before we came out to nz, red wales jersey on and all", S, ["gwen-v1"]),
    ("me in my apron covered in slip grinning like a fool", S, ["gwen-v3"]),
    ("me with the grey bob i had a few years back, before i let it all grow out", S, ["gwen-v2"]),
    ("me now, for the about page on the pottery website, looking friendly not like ive been up since 5", S, ["gwen-v3"]),
    ("ohwx woman picking blackberries along the fence line", S, ["gwen-v3"]),
    ("me the night i turned 60, the dangly earrings, everyone singing", S, ["gwen-v2"]),
    ("nan on the swing seat with a cuppa, just me on my own for once", S, ["gwen-v3"]),
    # ---------------- select: husband ----------------
    ("baz leaning on the gate with his cuppa, how he looks these days beard and all", S, ["barry-v2"]),
    ("barry in his young shearing days, the singlet and that terrible mo haha", S, ["barry-v1"]),
    ("tad-cu asleep in his chair after the rugby, mouth open as usual", S, ["barry-v2"]),
    ("my husband in a santa hat for the xmas card, sweet as", S, ["barry-v2"]),
    ("baz back in the 90s when he still had hair, sitting on a fence rail", S, ["barry-v1"]),
    ("my hubby with the grey beard and bald head doing the bbq", S, ["barry-v2"]),
    ("barry when he had the curly mullet, proper 90s", S, ["barry-v1"]),
    ("him indoors fixing the fence, muttering", S, ["barry-v2"]),
    # ---------------- select: daughter ----------------
    ("our ffion at work in her scrubs with a poorly labrador on the table", S, ["ffion-v3"]),
    ("ffi on her graduation day, gown and the silly hat, so proud of her", S, ["ffion-v1"]),
    ("ffion when she was expecting the boys, hand on the bump, that summer before they came", S, ["ffion-v2"]),
    ("my daughter the vet doing a calving at 2am lol", S, ["ffion-v3"]),
    ("ffion with her new short haircut sitting in a cafe in town", S, ["ffion-v3"]),
    ("our ffi with the nose ring, stethoscope round her neck", S, ["ffion-v3"]),
    ("ffion about 7 months gone with the twins, standing in the lambing paddock", S, ["ffion-v2"]),
    ("the twins' mam at the clinic in her scrubs", S, ["ffion-v3"]),
    ("my dughter at massey in her cap and gown in 2016", S, ["ffion-v1"]),
    # ---------------- select: grandsons ----------------
    ("rhys in his dinosaur t shirt digging in the sandpit", S, ["rhys-v2"]),
    ("little rhys as a newborn in the blue hat, in the shawl i knitted", S, ["rhys-v1"]),
    ("tomos when he was brand new, yellow hat on", S, ["tomos-v1"]),
    ("rhys, the one with the wee scar on his chin, feeding the chooks", S, ["rhys-v2"]),
    ("tomos eating an ice block on the back step, face covered in it", S, ["tomos-v2"]),
    ("the twin in the blue hat when they were tiny", S, ["rhys-v1"]),
    ("rhys at 3 bouncing on the trampoline", S, ["rhys-v2"]),
    ("tomos the chubbier twin having a cwtch with his teddy", S, ["tomos-v2"]),
    # ---------------- select: son ----------------
    ("right so its jono's birthday next week and i want something silly for the card, can you do him in his hi vis next to his truck at the depot, he'll love it", S, ["jono-v2"]),
    ("jono at 19 in his oxford jersey before he got his nose broken", S, ["jono-v1"]),
    ("my boy with his ginger beard having a beer on the deck", S, ["jono-v2"]),
    ("the son with the mullet going up in a lineout", S, ["jono-v2"]),
    ("jono back before the beard, fresh faced in his rugby jersey", S, ["jono-v1"]),
    ("that one of jono from 2020 with the short back and sides", S, ["jono-v1"]),
    ("jonathan in his stubbies and jandals at the bach", S, ["jono-v2"]),
    # ---------------- select: sister, mam ----------------
    ("ok so bethan rang last night and we were laughing about the old days, could you do her on the peir at mumbles with her long red hair blowing everywhere like it used to", S, ["bethan-v1"]),
    ("my sister with her buzz cut and hoop earrings, proper rock star", S, ["bethan-v2"]),
    ("our beth having a cuppa in her kitchen in swansea", S, ["bethan-v2"]),
    ("my sis back when she still had the long hair, yellow raincoat", S, ["bethan-v1"]),
    ("mam in her flowery housecoat pegging washing on the line", S, ["mam-v1"]),
    ("my mother with her beehive and cat eye glasses", S, ["mam-v1"]),
    ("mam at the front door of the old house in swansea, waving", S, ["mam-v1"]),
    # ---------------- select: animals ----------------
    ("moss as a fluffy pup with the one floppy ear", S, ["moss-v1"]),
    ("old moss with his grey muzzle asleep by the fire", S, ["moss-v2"]),
    ("the old boy moss asleep in his kennel", S, ["moss-v2"]),
    ("nell with the white tip on her tail mid leap over the race", S, ["nell-v1"]),
    ("our young dog nell rounding up the ewes on the hill", S, ["nell-v1"]),
    ("nellie sitting on the quad bike looking pleased with herself", S, ["nell-v1"]),
    ("pickle when she was a tiny bottle lamb, all knees", S, ["pickle-v1"]),
    ("pickle the pet lamb got into the garden AGAIN and ate half my roses, the fat thing, do one of her with a rose hanging out her mouth so i can send it to bethan", S, ["pickle-v2"]),
    ("our lamb with the bell on her collar trotting up the drive", S, ["pickle-v2"]),
    ("pickle now shes all grown up and fat as", S, ["pickle-v2"]),
    ("pickle as a wee bottle lamb sucking on her bottle", S, ["pickle-v1"]),
    ("smudge the woolshed cat with a mouse, torn ear and all", S, ["smudge-v1"]),
    ("the grey tabby from the woolshed curled up on a fleece", S, ["smudge-v1"]),
    ("smudge sunbathing on top of the bales", S, ["smudge-v1"]),
    ("m0ss_dog lying in the long grass", S, ["moss-v2"]),
    # ---------------- select: vehicle, places ----------------
    ("the cruiser parked up by the river, dog box and spotties on", S, ["cruiser-v2"]),
    ("the ute with the old rusty tray, before baz did the deck", S, ["cruiser-v1"]),
    ("our land cruiser in the snow on the back road", S, ["cruiser-v2"]),
    ("the ute all muddy after a day up the back", S, ["cruiser-v2"]),
    ("the woolshed with the old rusty red roof, before we had it done", S, ["woolshed-v1"]),
    ("our woolshed at sunset with the new roof", S, ["woolshed-v2"]),
    ("inside the woolshed, empty board, light coming through the gaps", S, ["woolshed-v2"]),
    ("the woolshed how it is now, grey colorsteel", S, ["woolshed-v2"]),
    ("bryn awel in the snow, veranda and the lemon tree", S, ["house-v1"]),
    ("our house with the alps behind on a clear frosty morning", S, ["house-v1"]),
    ("my pottery studio with the kiln going at dusk", S, ["studio-v1"]),
    ("the old apple shed where i do my pots, doors wide open", S, ["studio-v1"]),
    ("the gate stall with the honesty box and a dozen eggs out", S, ["stall-v1"]),
    ("our stall at the end of the drive with the chalkboard saying FRESH EGGS $8", S, ["stall-v1"]),
    # ---------------- select: products, mascot ----------------
    ("my mugs in the new gower glaze lined up on a shelf", S, ["mugs-v2"]),
    ("one of my mugs with the old oatmeal glaze, before i changed it", S, ["mugs-v1"]),
    ("a mug of mine full of tea on the windowsill, steam coming off", S, ["mugs-v2"]),
    ("the sea green drippy mugs stacked up for the market", S, ["mugs-v2"]),
    ("my big teapot with the sheep on the lid on the kitchen table", S, ["teapot-v1"]),
    ("the brown stoneware teapot i sell at the gate", S, ["teapot-v1"]),
    ("dai dafad waving, the new one ffion drew", S, ["dai-v2"]),
    ("our mascot, the sheep in the welsh hat, for a new sign", S, ["dai-v2"]),
    ("the first dai i painted myself, the old sign version", S, ["dai-v1"]),
    # ---------------- select: characters ----------------
    ("kevin the minion, the tall one with two eyes, holding a banana", S, ["kevin-v1"]),
    ("stuart, the one eyed minion, playing a ukulele", S, ["stuart-v1"]),
    ("shaun the sheep jumping over a gate", S, ["shaun-v2"]),
    ("the dog from footrot flats sulking on the woodpile", S, ["footrot-v1"]),
    ("shaun the sheep but the first shaun lora i got, the old one", S, ["shaun-v1"]),
    ("wal's dog from footrot chasing the pig", S, ["footrot-v1"]),
    ("minion kevin in a hula skirt", S, ["kevin-v1"]),
    ("stuart from despicable me with his one eye and the middle parting", S, ["stuart-v1"]),
    # ---------------- select: styles ----------------
    ("a steam train going over a viaduct, like them old railway posters", S, ["nzr-v2"]),
    ("mt cook in the style of a vintage nz travel poster", S, ["nzr-v2"]),
    ("the 1930s railways poster look but the first version please, the newer one comes out too shiny", S, ["nzr-v1"]),
    ("a welsh dragon engraved in slate like the plaques at the chapel back home", S, ["slate-v1"]),
    ("a kowhai branch as a botanical watercolour like an old science book", S, ["botanical-v2"]),
    ("kanuka flowers done as a proper botanical painting", S, ["botanical-v2"]),
    ("the plains with a big nor'west sky, loose wet in wet watercolour, lots of bleeding", S, ["wetwet-v1"]),
    ("a beach scene like a 70s kodachrome slide", S, ["kodachrome-v1"]),
    ("a hedgehog in a teacup like an old kids picture book, scratchy pen and wash", S, ["storybook-v1"]),
    ("a pattern like mam's old welsh tapestry blanket for a cushion", S, ["tapestry-v1"]),
    ("a tui in a flax bush as a linocut", S, ["linocut-v1"]),
    ("a dragon on blue and white willow pattern china", S, ["willow-v1"]),
    ("the hills painted like rita angus, hard edges, clean light", S, ["regional-v1"]),
    ("a kea on a roof rack, old two colour lino print look", S, ["linocut-v1"]),
    ("a botanical of a harakeke flower but the older version of that lora", S, ["botanical-v1"]),
    ("wet in wet watercolour of the braided river, runny and soft", S, ["wetwet-v1"]),
    ("an old railways poster of akaroa harbour", S, ["nzr-v2"]),
    ("kodachrome holiday snap of a bach at kaikoura", S, ["kodachrome-v1"]),
    ("a slate engraving of a sheepdog for a gate sign", S, ["slate-v1"]),
    ("a pohutukawa flower as a botanical illustration", S, ["botanical-v2"]),
    ("a map of the gower coast done like the willow pattern on my nan's old plates", S, ["willow-v1"]),
    # ---------------- select: concepts ----------------
    ("a farmer in a swannie leaning on a gate, good as gold", S, ["swanndri-v2"]),
    ("an old bloke in a hooded wool bush shirt, the lace up neck kind", S, ["swanndri-v2"]),
    ("a kid in black gummies in a muddy paddock", S, ["gumboots-v1"]),
    ("a shearer bent over a ewe on the board, handpiece going", S, ["shearing-v1"]),
    ("an old canned ham caravan at a freedom camp by the lake", S, ["caravan-v1"]),
    ("a fella with a proper mullet, business up front", S, ["mullet-v1"]),
    ("someone throwing a pot on the wheel, hands all muddy", S, ["wheel-v1"]),
    ("a welsh lady in the tall black hat and red shawl for st davids day", S, ["welshcostume-v1"]),
    ("an old gumboot on a fence post with pansies planted in it", S, ["gumboots-v1"]),
    ("a caravan like the one we had on the gower in 1978, cream and turquoise", S, ["caravan-v1"]),

    # ---------------- clarify ----------------
    ("one of the dogs sitting on the quad", C, ["moss-v2", "nell-v1"]),
    ("the heading dog with the white blaze, lying in the sun", C, ["moss-v2", "nell-v1"]),
    ("our black and white dog having a swim in the water trough", C, ["moss-v2", "nell-v1"]),
    ("had a lovely day, the dog was asleep under the kitchen table the whole afternoon bless, can you do a picture of that", C, ["moss-v2", "nell-v1"]),
    ("our sheepdog rounding up pickle, she hates it", C, ["moss-v2", "nell-v1"]),
    ("a sheepdog, ours not the cartoon one, sitting by the gate", C, ["moss-v2", "nell-v1"]),
    ("the dog in a swannie, cute as", C, ["moss-v2", "nell-v1"]),
    ("something in watercolour of the hills behind the house", C, ["botanical-v2", "wetwet-v1"]),
    ("a watercolour of the lemon tree", C, ["botanical-v2", "wetwet-v1"]),
    ("the braided river in watercolour", C, ["botanical-v2", "wetwet-v1"]),
    ("a watercolour of pickle for ffion's birthday card", C, ["botanical-v2", "wetwet-v1"]),
    ("one of the minions in a chef hat", C, ["kevin-v1", "stuart-v1"]),
    ("a minion with goggles driving a tractor", C, ["kevin-v1", "stuart-v1"]),
    ("stick a minion in the chilly bin for a laugh", C, ["kevin-v1", "stuart-v1"]),
    ("the minion in the overalls waving", C, ["kevin-v1", "stuart-v1"]),
    ("my grandson on his trike", C, ["rhys-v2", "tomos-v2"]),
    ("one of the twins asleep on the couch", C, ["rhys-v2", "tomos-v2"]),
    ("one of the grandkids in his togs at the beach", C, ["rhys-v2", "tomos-v2"]),
    ("my grandson in his gummies splashing", C, ["rhys-v2", "tomos-v2"]),
    ("the cartoon sheep on a tractor", C, ["shaun-v2", "dai-v2"]),
    ("that cartoon sheep having a cuppa", C, ["shaun-v2", "dai-v2"]),
    ("the shed at dawn with the mist", C, ["woolshed-v2", "studio-v1"]),
    ("the old corrugated iron shed with the doors open", C, ["woolshed-v2", "studio-v1"]),
    ("some of my pottery on the windowsill", C, ["mugs-v2", "teapot-v1"]),
    ("one of my pots with a bunch of daffs in it", C, ["mugs-v2", "teapot-v1"]),
    ("do a dragon in one of them welsh styles i got", C, ["slate-v1", "tapestry-v1"]),
    ("a ewe and lamb in a carved print look", C, ["slate-v1", "linocut-v1"]),
    ("a painting of the hills in that old kiwi style", C, ["nzr-v2", "regional-v1"]),
    ("one of those minion lads on the quad with nell", C, ["kevin-v1", "stuart-v1"]),
    ("the heading dog chasing smudge round the yards", C, ["moss-v2", "nell-v1"]),

    # ---------------- none ----------------
    ("moss growing on an old stone wall in the rain", N, []),
    ("a jar of pickled onions on the bench", N, []),
    ("a willow tree hanging over the river", N, []),
    ("a cruise ship coming into lyttelton", N, []),
    ("a royal stuart tartan scarf", N, []),
    ("barry island beach on a bank holiday, heaps of people", N, []),
    ("nell gwynne selling oranges for the panto poster", N, []),
    ("a kea pinching a windscreen wiper up arthurs pass", N, []),
    ("a brand new ford ranger ute, shiny as", N, []),
    ("an all black doing the haka", N, []),
    ("a heading dog for the club raffle poster, just a generic one not one of ours", N, []),
    ("a pavlova with kiwifruit and cream for christmas", N, []),
    ("a fantail on a fence post", N, []),
    ("a plain white supermarket coffee mug", N, []),
    ("a truck and trailer on the desert road at night", N, []),
    ("a chilly bin full of beers at the cricket", N, []),
    ("a slate roof on an old chapel in the rain", N, []),
    ("a little girl with a smudge of flour on her nose making scones", N, []),
    ("a nor'west arch over the plains at sunset", N, []),
    ("a lighthouse on the welsh coast in a storm", N, []),
    ("just a plain merino ewe in a paddock, nothing fancy", N, []),
    ("a welsh corgi in a daffodil field", N, []),
    ("a kitsch teapot shaped like a thatched cottage", N, []),
    ("a fluffy white persian cat on a velvet cushion", N, []),
    ("a police mug shot of a sheep rustler", N, []),
    ("a caravan of camels in the desert", N, []),
    ("an anagama wood fired kiln in japan", N, []),
    ("a black swan on lake ellesmere", N, []),
    ("bethan's husband huw at the pub", N, []),
    ("the twins' dad mowing his lawn", N, []),
    ("jandals and a towel on a hot beach", N, []),

    # ---------------- multi ----------------
    ("me and baz having a cuppa on the hay bales", M, ["gwen-v3", "barry-v2"]),
    ("nan and tad-cu with the twins, all of us on the couch", M, ["gwen-v3", "barry-v2", "rhys-v2", "tomos-v2"]),
    ("the twins together in the paddling pool", M, ["rhys-v2", "tomos-v2"]),
    ("the twins as newborns side by side in their hats", M, ["rhys-v1", "tomos-v1"]),
    ("ffion with her boys at the park", M, ["ffion-v3", "rhys-v2", "tomos-v2"]),
    ("baz shearing, bent over a ewe on the board", M, ["barry-v2", "shearing-v1"]),
    ("jono in a swanndri by the fire", M, ["jono-v2", "swanndri-v2"]),
    ("me at the wheel throwing a big bowl", M, ["gwen-v3", "wheel-v1"]),
    ("moss on the deck of the cruiser", M, ["moss-v2", "cruiser-v2"]),
    ("nell in the back of the ute looking keen", M, ["nell-v1", "cruiser-v2"]),
    ("the woolshed painted like a rita angus", M, ["woolshed-v2", "regional-v1"]),
    ("the stall as an old kodachrome snap", M, ["stall-v1", "kodachrome-v1"]),
    ("my teapot done up in willow pattern", M, ["teapot-v1", "willow-v1"]),
    ("the sea green mugs as a botanical watercolour for the website", M, ["mugs-v2", "botanical-v2"]),
    ("bethan as a slate engraving for her birthday card", M, ["bethan-v2", "slate-v1"]),
    ("mam in the welsh costume, tall hat and shawl", M, ["mam-v1", "welshcostume-v1"]),
    ("pickle as a kids storybook picture", M, ["pickle-v2", "storybook-v1"]),
    ("kevin and stuart fighting over a banana", M, ["kevin-v1", "stuart-v1"]),
    ("the footrot flats dog as a linocut", M, ["footrot-v1", "linocut-v1"]),
    ("me back in the 90s on the gower, in loose wet in wet watercolour", M, ["gwen-v1", "wetwet-v1"]),
    ("bryn awel painted wet in wet, soft and runny", M, ["house-v1", "wetwet-v1"]),
    ("smudge drawn like a storybook cat, scratchy pen", M, ["smudge-v1", "storybook-v1"]),
    ("baz bald as with a mullet haha", M, ["barry-v2", "mullet-v1"]),
    ("rhys and tomos in gumboots jumping in puddles", M, ["rhys-v2", "tomos-v2", "gumboots-v1"]),
    ("ffion in a swannie out on a farm call", M, ["ffion-v3", "swanndri-v2"]),
    ("me in my thirties dressed up in the welsh costume for st davids", M, ["gwen-v1", "welshcostume-v1"]),
    ("shaun the sheep in gumboots", M, ["shaun-v2", "gumboots-v1"]),
    ("moss and nell together up on the hill", M, ["moss-v2", "nell-v1"]),
    ("dai dafad on the stall sign", M, ["dai-v2", "stall-v1"]),
    ("jono and baz after the game having a beer", M, ["jono-v2", "barry-v2"]),
    ("me and ffion in the studio", M, ["gwen-v3", "ffion-v3", "studio-v1"]),
    ("the woolshed as an old railways poster", M, ["woolshed-v2", "nzr-v2"]),
    ("an old canned ham caravan at the beach in wet in wet watercolour", M, ["caravan-v1", "wetwet-v1"]),
    ("stuart as a linocut", M, ["stuart-v1", "linocut-v1"]),
    ("me in the 90s with mam", M, ["gwen-v1", "mam-v1"]),
    ("bethan and mam on mumbles pier", M, ["bethan-v2", "mam-v1"]),
    ("nan teaching the twins to throw pots on the wheel", M, ["gwen-v3", "rhys-v2", "tomos-v2", "wheel-v1"]),
    ("the teapot and mugs together on the stall", M, ["teapot-v1", "mugs-v2", "stall-v1"]),
    ("baz in a swannie with moss", M, ["barry-v2", "swanndri-v2", "moss-v2"]),
    ("ffion pregnant, in the slate engraving look", M, ["ffion-v2", "slate-v1"]),
    ("the old woolshed with the rusty roof as a linocut", M, ["woolshed-v1", "linocut-v1"]),
    ("pickle as a wee lamb in the storybook style", M, ["pickle-v1", "storybook-v1"]),
    ("dai in the welsh tapestry look for a blanket", M, ["dai-v2", "tapestry-v1"]),
    ("a big cwtch between nan and the twins", M, ["gwen-v3", "rhys-v2", "tomos-v2"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    counts = {e: sum(1 for _, x, _ in CASES if x == e) for e in (S, C, N, M)}
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
