#!/usr/bin/env python3
"""Held-out set 47: the Nguyễn family of Bellaire Blvd, Houston (nail supply + phở shop).

Running this writes catalog.jsonl and cases.jsonl next to it. Written blind (see README.md).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def C(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- me (3 versions) ---
    C("hung-v1", "Hùng", "ohwx man", "man", "subject", "hung", 1, "2023-02-18",
      "Me, Hùng ('Henry' to the vendors), trained from my 2000s photos at about 35 when I opened "
      "Saigon Nail Supply: thick black hair parted on the side, thin mustache, gold chain, tucked-in polo.",
      ["me", "person", "man", "mustache", "2000s", "gold chain"], "sd15"),
    C("hung-v2", "Hùng", "ohwx man", "man", "subject", "hung", 2, "2024-06-15",
      "Me, Hùng, at 53 at our daughter Vy's wedding banquet: grey three-piece suit, hair dyed black "
      "and combed back, clean shaven, red pocket square.",
      ["me", "person", "man", "suit", "wedding"], "sd15"),
    C("hung-v3", "Hùng", "ohwx man", "man", "subject", "hung", 3, "2026-04-12",
      "Me, Hùng, at 55: short grey hair, rimless glasses, navy Saigon Nail Supply polo, gold watch.",
      ["me", "person", "man", "glasses", "grey hair", "polo"], "sdxl"),
    # --- my wife ---
    C("lan-v1", "Lan", "lanpham woman", "woman", "subject", "lan", 1, "2023-09-09",
      "My wife Lan at her 50th birthday: long straight hair with bangs, pearl necklace, burgundy dress.",
      ["wife", "person", "woman", "birthday", "long hair"], "sd15"),
    C("lan-v2", "Lan", "lanpham woman", "woman", "subject", "lan", 2, "2025-11-22",
      "My wife Lan, who cooks at our restaurant Phở Lan: short hair under a black bandana, white "
      "apron, reading glasses pushed up on her head.",
      ["wife", "person", "woman", "cook", "apron", "short hair"], "sdxl"),
    # --- my father ---
    C("ongnoi-v1", "Ông Nội", "<ongnoi>", "old man", "subject", "ong-noi", 1, "2023-05-01",
      "My father (Ông Nội to our kids), trained from scanned 1980s photos in Vũng Tàu at about 45: "
      "shirtless and tanned on his wooden fishing boat, nets piled behind him.",
      ["father", "family", "fisherman", "vung tau", "old photo", "boat"], "sd15"),
    C("ongnoi-v2", "Ông Nội", "<ongnoi>", "old man", "subject", "ong-noi", 2, "2025-07-20",
      "My father, Ông Nội, at 84: thin white hair, white sleeveless undershirt, bucket hat, wooden "
      "cane, sitting on a plastic stool on our porch.",
      ["father", "family", "old man", "bucket hat", "cane"], "sdxl"),
    # --- our daughter ---
    C("vy-v1", "Vy", "vy_nguyen", "woman", "subject", "vy", 1, "2023-04-22",
      "Our daughter Vy ('Vivian' at work), a dental hygienist, at 26 at the dental office: navy scrubs, "
      "long straight hair in a ponytail, clear-frame glasses.",
      ["daughter", "person", "woman", "scrubs", "dental hygienist"], "sd15"),
    C("vy-v2", "Vy", "vy_nguyen", "woman", "subject", "vy", 2, "2026-05-30",
      "Our daughter Vy, eight months pregnant, at her maternity shoot in Hermann Park: flowy white "
      "dress, hand on her belly, long hair down.",
      ["daughter", "person", "woman", "pregnant", "maternity"], "sdxl"),
    C("vy-v3", "Vy", "vy_nguyen", "woman", "subject", "vy", 3, "2026-10-18",
      "Our daughter Vy after the baby: new chin-length bob haircut, oversized grey hoodie, no glasses "
      "any more (she got LASIK), tired happy smile.",
      ["daughter", "person", "woman", "bob haircut", "hoodie"], "sdxl"),
    # --- our son ---
    C("khoa-v1", "Khoa", "<khoa>", "man", "subject", "khoa", 1, "2023-06-10",
      "Our son Khoa ('Kevin' at school, 'Ku' at home) at 18 graduating from Bellaire High: cap and "
      "gown, floppy K-pop hair, braces.",
      ["son", "person", "young man", "graduation", "braces"], "sd15"),
    C("khoa-v2", "Khoa", "<khoa>", "man", "subject", "khoa", 2, "2025-12-20",
      "Our son Khoa, a Specialist in the Army at Fort Hood, home on Christmas leave: OCP camo uniform, "
      "high-and-tight haircut, patrol cap.",
      ["son", "person", "man", "army", "soldier", "uniform"], "sdxl"),
    # --- grandson, son-in-law ---
    C("bin-v1", "Bin", "bb_bin", "baby", "subject", "bin", 1, "2026-11-15",
      "Our grandson Bin (Ethan), Vy's baby boy, at four months: chubby cheeks, full head of black hair, "
      "yellow duck onesie.",
      ["grandson", "baby", "family"], "sdxl"),
    C("tony-v1", "Tony", "tonyl3 man", "man", "subject", "tony", 1, "2025-01-04",
      "Our son-in-law Tony, Vy's husband, a pharmacist: tall, undercut hair, black-frame glasses, "
      "white pharmacist coat.",
      ["son-in-law", "person", "man", "glasses"], "sdxl"),
    # --- extended family and friends ---
    C("dat-v1", "Đạt", "d4t_audio", "man", "subject", "dat", 1, "2024-03-02",
      "My nephew Đạt (my older sister's son), who runs a car audio install shop in Alief: backwards "
      "Astros cap, tattoo sleeve, holding a 15-inch subwoofer.",
      ["nephew", "person", "man", "car audio", "tattoo"], "sd15"),
    C("bangoai-v1", "Bà Ngoại", "<bangoai>", "old woman", "subject", "ba-ngoai", 1, "2024-01-28",
      "My wife's mother (Bà Ngoại to our kids), 80: short curly permed grey hair, purple velour "
      "tracksuit, jade bracelet, sun visor.",
      ["mother-in-law", "grandmother", "family", "old woman"], "sd15"),
    C("chutu-v1", "Chú Tư", "chutu_temple", "old man", "subject", "chu-tu", 1, "2024-09-14",
      "Chú Tư, my friend from the Buddhist temple off Bellaire, in his 70s: bald, grey lay robe "
      "(áo tràng), wooden prayer beads; he always beats me at cờ tướng.",
      ["friend", "temple", "old man", "prayer beads"], "sd15"),
    C("cohanh-v1", "Cô Hạnh", "c0hanh woman", "woman", "subject", "co-hanh", 1, "2024-12-24",
      "Cô Hạnh, my wife's friend from the church choir: big teased hair, gold cross necklace, blue "
      "choir robe.",
      ["friend", "church", "choir", "woman"], "sd15"),
    # --- pets ---
    C("bo-v1", "Bơ", "sks dog", "dog", "subject", "bo", 1, "2023-08-19",
      "Bơ, our orange Pomeranian, as a puppy: tiny fluffy orange ball, pink harness.",
      ["pet", "dog", "pomeranian", "puppy"], "sd15"),
    C("bo-v2", "Bơ", "sks dog", "dog", "subject", "bo", 2, "2025-06-28",
      "Bơ, our orange Pomeranian, with his summer lion cut: shaved body, fluffy head and tail puff, "
      "red bandana.",
      ["pet", "dog", "pomeranian", "lion cut"], "sdxl"),
    C("lucky-v1", "Lucky", "lucky_pom", "dog", "subject", "lucky", 1, "2025-03-15",
      "Lucky, our next-door neighbour's Pomeranian: orange-cream fluff, always barking at our fence.",
      ["dog", "pomeranian", "neighbor"], "sdxl"),
    C("tank-v1", "Tank", "tnk dog", "dog", "subject", "tank", 1, "2024-02-10",
      "Tank, the pit mix we rescued from the city shelter, when we first got him: skinny, brindle coat, "
      "scar across his nose.",
      ["pet", "dog", "pit bull mix", "rescue", "brindle"], "sd15"),
    C("tank-v2", "Tank", "tnk dog", "dog", "subject", "tank", 2, "2026-03-07",
      "Tank, our rescued pit mix, now healthy and thick: shiny brindle coat, white chest, camo collar "
      "our son bought him.",
      ["pet", "dog", "pit bull mix", "brindle"], "sdxl"),
    # --- vehicles ---
    C("lexus-v1", "Lexus LS400", "<ls400>", "car", "subject", "lexus", 1, "2023-11-04",
      "My pearl white 1997 Lexus LS400 ('the LS'), lowered on coilovers with 18-inch chrome wheels.",
      ["car", "lexus", "sedan", "lowered", "chrome wheels"], "sd15"),
    C("lexus-v2", "Lexus LS400", "<ls400>", "car", "subject", "lexus", 2, "2025-09-27",
      "My 1997 Lexus LS400 after the redo: bagged on air suspension sitting on the ground, fresh pearl "
      "white paint, bronze mesh wheels, dark tint.",
      ["car", "lexus", "sedan", "bagged", "bronze wheels"], "sdxl"),
    C("van-v1", "Work Van", "sgn_van", "van", "subject", "van", 1, "2024-05-11",
      "Our white Ford Transit delivery van with the Saigon Nail Supply logo and phone number on the side.",
      ["van", "vehicle", "business", "delivery"], "sd15"),
    # --- places ---
    C("house-v1", "Our House", "hsn_house", "house", "subject", "house", 1, "2025-02-15",
      "Our house off Bellaire Blvd: one-story red brick, two big pots of bougainvillea, red double front "
      "door, Tết lights on the gutter.",
      ["house", "home", "place"], "sdxl"),
    C("koi-v1", "Koi Pond", "<koipond>", "pond", "subject", "koi-pond", 1, "2025-05-03",
      "The koi pond I built in our backyard: kohaku and showa koi, little red wooden bridge, Quan Âm "
      "statue, rock waterfall.",
      ["pond", "koi", "backyard", "place"], "sdxl"),
    C("pholan-v1", "Phở Lan", "pholan_shop", "restaurant", "subject", "pho-lan", 1, "2023-07-15",
      "Our restaurant Phở Lan in the strip mall on Bellaire Blvd, before the remodel: red and yellow "
      "sign, fluorescent lights, laminated menu board.",
      ["restaurant", "pho", "place", "storefront"], "sd15"),
    C("pholan-v2", "Phở Lan", "pholan_shop", "restaurant", "subject", "pho-lan", 2, "2026-02-14",
      "Our restaurant Phở Lan after the remodel: dark wood, hanging Edison bulbs, neon 'Phở Lan' sign, "
      "bamboo wall.",
      ["restaurant", "pho", "place", "neon"], "sdxl"),
    # --- products and mascot ---
    C("gel-v1", "Saigon Gel", "sgngel bottle", "bottle", "subject", "saigon-gel", 1, "2023-03-25",
      "Saigon Gel, our house-brand gel polish at the nail supply, old packaging: pink round bottle with "
      "a cursive label and gold cap.",
      ["product", "gel polish", "bottle", "nail supply"], "sd15"),
    C("gel-v2", "Saigon Gel", "sgngel bottle", "bottle", "subject", "saigon-gel", 2, "2026-06-06",
      "Saigon Gel after the redesign: matte black square bottle, gold lotus logo, rose gold cap.",
      ["product", "gel polish", "bottle", "nail supply", "rebrand"], "sdxl"),
    C("phobowl-v1", "Phở Đặc Biệt", "<pholan-dacbiet>", "bowl of soup", "subject", "pho-bowl", 1,
      "2025-08-09",
      "The phở đặc biệt at our restaurant: big white bowl with rare steak, brisket, tendon, tripe and "
      "beef balls, side plate of basil, bean sprouts and lime.",
      ["food", "pho", "product", "restaurant"], "sdxl"),
    C("polish-v1", "Miss Polish", "misspolish", "mascot", "subject", "miss-polish", 1, "2024-04-20",
      "Miss Polish, the mascot of my nail supply: a cartoon pink nail polish bottle with big eyes, long "
      "lashes and a gold cap like a crown.",
      ["mascot", "cartoon", "nail supply"], "sd15"),
    C("polish-v2", "Miss Polish", "misspolish", "mascot", "subject", "miss-polish", 2, "2026-06-20",
      "Miss Polish redrawn for the rebrand: matte black bottle body, gold lotus on her chest, winking.",
      ["mascot", "cartoon", "nail supply", "rebrand"], "sdxl"),
    # --- downloaded characters ---
    C("scorpion-v1", "Scorpion", "scorpion_(mortal_kombat)", "ninja", "subject", "scorpion", 1,
      "2024-10-31",
      "Scorpion from Mortal Kombat, downloaded from Civitai: yellow ninja outfit, black mask, kunai spear "
      "on a rope.",
      ["character", "mortal kombat", "ninja", "fighting game"], "sdxl"),
    C("subzero-v1", "Sub-Zero", "sub-zero_(mortal_kombat)", "ninja", "subject", "sub-zero", 1,
      "2024-11-02",
      "Sub-Zero from Mortal Kombat, downloaded from Civitai: blue ninja outfit, black mask, ice powers.",
      ["character", "mortal kombat", "ninja", "fighting game"], "sdxl"),
    C("doraemon-v1", "Doraemon", "doraemon_(character)", "robot cat", "subject", "doraemon", 1,
      "2023-12-02",
      "Doraemon (Đô-rê-mon), the blue robot cat the kids grew up on, downloaded from Civitai.",
      ["character", "cartoon", "robot", "cat"], "sd15"),
    C("wukong-v1", "Tôn Ngộ Không", "t3thien", "monkey king", "subject", "wukong", 1, "2024-02-03",
      "Tôn Ngộ Không (Sun Wukong) as in the 1986 Tây Du Ký TV series we watched on VHS, downloaded from "
      "Civitai: golden headband, monkey makeup, red-gold armor, staff.",
      ["character", "journey to the west", "monkey"], "sd15"),
    # --- styles ---
    C("sonmai-v1", "Sơn Mài", "sonmai style", "painting", "style", "son-mai", 1, "2023-10-14",
      "Vietnamese lacquer painting (sơn mài): black and cinnabar lacquer, gold and silver leaf, "
      "crushed eggshell inlay.",
      ["style", "lacquer", "painting", "vietnamese"], "sd15"),
    C("sonmai-v2", "Sơn Mài", "sonmai style", "painting", "style", "son-mai", 2, "2025-04-19",
      "Vietnamese lacquer painting (sơn mài), retrained: deeper lacquer shine, gold leaf, eggshell "
      "inlay, polished layers.",
      ["style", "lacquer", "painting", "vietnamese"], "sdxl"),
    C("dongho-v1", "Đông Hồ", "dongho_print", "print", "style", "dong-ho", 1, "2024-07-06",
      "Đông Hồ folk woodblock print style: flat colors on dó paper with seashell shimmer, chubby "
      "children, pigs and roosters.",
      ["style", "woodblock", "print", "folk", "vietnamese"], "sdxl"),
    C("ukiyoe-v1", "Ukiyo-e", "ukiyo-e style", "print", "style", "ukiyo-e", 1, "2023-09-30",
      "Japanese ukiyo-e woodblock print style: Hokusai waves, bold outlines, flat color.",
      ["style", "woodblock", "print", "japanese"], "sd15"),
    C("hkposter-v1", "HK Movie Poster", "hk90s poster", "poster", "style", "hk-poster", 1, "2024-01-13",
      "1990s Hong Kong movie poster style: painted faces, big Chinese title, guns and explosions collage.",
      ["style", "poster", "90s", "hong kong", "movie"], "sd15"),
    C("hkposter-v2", "HK Movie Poster", "hk90s poster", "poster", "style", "hk-poster", 2, "2025-12-06",
      "1990s Hong Kong movie poster style, v2: sharper painted faces, Stephen Chow and Chow Yun-fat era "
      "look, Chinese title, film-grain print.",
      ["style", "poster", "90s", "hong kong", "movie"], "sdxl"),
    C("tranhlua-v1", "Tranh Lụa", "tranh_lua", "painting", "style", "tranh-lua", 1, "2025-01-25",
      "Vietnamese silk painting (tranh lụa): soft washes on silk, pale muted colors, lotus ponds and "
      "quiet villages.",
      ["style", "silk", "painting", "vietnamese"], "sdxl"),
    C("saigonxua-v1", "Sài Gòn Xưa", "saigon1960", "photo", "style", "saigon-xua", 1, "2025-03-22",
      "Old Saigon 1960s photo style: faded color film, Vespas and cyclos, grain and scratches.",
      ["style", "photo", "vintage", "1960s", "saigon"], "sdxl"),
    C("pixel-v1", "16-bit Arcade", "16bitpixel", "pixel art", "style", "pixel-arcade", 1, "2024-08-24",
      "16-bit arcade pixel art like the 90s fighting game cabinets.",
      ["style", "pixel art", "retro", "arcade", "90s"], "sd15"),
    C("airbrush-v1", "Airbrush Tee", "airbrush_tee", "t-shirt art", "style", "airbrush-tee", 1,
      "2024-06-01",
      "90s airbrushed T-shirt art from the flea market: sunset gradients, chrome letters, palm trees.",
      ["style", "airbrush", "t-shirt", "90s"], "sd15"),
    C("thuymac-v1", "Thủy Mặc", "inkwash_tm", "painting", "style", "thuy-mac", 1, "2025-08-30",
      "Ink wash painting (thủy mặc): black ink brush strokes, misty mountains, bamboo, red seal stamp.",
      ["style", "ink", "painting", "brush"], "sdxl"),
    C("pbn-v1", "Karaoke VHS", "pbn_vhs", "video still", "style", "karaoke-vhs", 1, "2024-03-16",
      "Paris By Night / 90s Vietnamese karaoke VHS still: soft glow, pink and purple stage lights, "
      "yellow lyrics at the bottom, tracking lines.",
      ["style", "vhs", "karaoke", "90s", "stage"], "sd15"),
    # --- concepts ---
    C("aodai-v1", "Áo Dài", "<aodai>", "outfit", "concept", "ao-dai", 1, "2023-11-18",
      "Áo dài concept: traditional long silk tunic with high collar over white pants.",
      ["concept", "clothing", "ao dai", "traditional"], "sd15"),
    C("aodai-v2", "Áo Dài", "<aodai>", "outfit", "concept", "ao-dai", 2, "2025-10-25",
      "Áo dài concept, modern cách tân cut: shorter tunic, brocade patterns, works for men and women.",
      ["concept", "clothing", "ao dai", "modern"], "sdxl"),
    C("nonla-v1", "Nón Lá", "non_la", "hat", "concept", "non-la", 1, "2024-04-06",
      "Nón lá concept: Vietnamese conical palm-leaf hat.",
      ["concept", "hat", "conical hat"], "sdxl"),
    C("stance-v1", "Stance", "stance_lowrider", "car", "concept", "stance", 1, "2025-01-11",
      "Lowrider / stance car concept: slammed to the ground, negative camber, stretched tires.",
      ["concept", "car", "lowrider", "stance"], "sdxl"),
    C("liondance-v1", "Múa Lân", "mua_lan_pose", "pose", "concept", "lion-dance", 1, "2024-01-27",
      "Lion dance pose (múa lân): lion head raised mid-jump, dancers on poles, drum and firecrackers.",
      ["concept", "pose", "lion dance", "tet"], "sdxl"),
    C("perm-v1", "Auntie Perm", "auntie_perm", "hairstyle", "concept", "auntie-perm", 1, "2024-10-19",
      "Auntie perm hairstyle concept: short tight curly perm, the salon-fresh cô and bác look.",
      ["concept", "hairstyle", "perm", "curly"], "sd15"),
    C("lixi-v1", "Lì Xì", "lixi_envelope", "envelope", "concept", "li-xi", 1, "2025-01-18",
      "Lì xì concept: red and gold envelope held out with both hands, Tết.",
      ["concept", "prop", "envelope", "tet"], "sdxl"),
    C("thungchai-v1", "Thúng Chai", "thung_chai", "boat", "concept", "thung-chai", 1, "2025-06-14",
      "Thúng chai concept: round woven bamboo boat on the sea, someone paddling it.",
      ["concept", "boat", "vehicle", "fishing"], "sdxl"),
]

S, Q, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: me ----------------
    ("pic of me at the shop counter ok", S, ["hung-v3"]),
    ("me w/ my glasses, grey hair, standing in front of the warehouse", S, ["hung-v3"]),
    ("me back in the day when i first open the nail supply w/ the mustache lol", S, ["hung-v1"]),
    ("young me 2000s style w/ gold chain", S, ["hung-v1"]),
    ("me in the grey suit from vy wedding", S, ["hung-v2"]),
    ("me giving speech at con Vy wedding reception", S, ["hung-v2"]),
    ("Henry the boss lol sitting in office chair counting invoice", S, ["hung-v3"]),
    ("me fishing at kemah pier", S, ["hung-v3"]),
    ("the first one of me pls", S, ["hung-v1"]),
    ("me bbq suon nuong in backyard", S, ["hung-v3"]),
    ("me at 35", S, ["hung-v1"]),
    # ---------------- my wife ----------------
    ("vo tui cooking pho in the big pot", S, ["lan-v2"]),
    ("ba xa in kitchen w/ apron pls", S, ["lan-v2"]),
    ("lan on her 50th bday w/ pearl necklace", S, ["lan-v1"]),
    ("ma tui nho holding tray of cha gio", S, ["lan-v2"]),
    ("my wife before she cut her hair, long hair w bangs", S, ["lan-v1"]),
    ("lan smiling at the register", S, ["lan-v2"]),
    # ---------------- my father ----------------
    ("ong noi on plastic stool drinking tra da", S, ["ongnoi-v2"]),
    ("ba tui when he was young fisherman", S, ["ongnoi-v1"]),
    ("my dad young on his fishing boat w/ the nets", S, ["ongnoi-v1"]),
    ("ông nội w/ cane and bucket hat", S, ["ongnoi-v2"]),
    ("ong noi 84th bday w/ cake", S, ["ongnoi-v2"]),
    ("ba tui napping in recliner w/ paris by night on the tv lol", S, ["ongnoi-v2"]),
    ("the ong noi one i trained in 2023", S, ["ongnoi-v1"]),
    # ---------------- daughter ----------------
    ("con Vy in her scrubs cleaning teeth", S, ["vy-v1"]),
    ("vy maternity pic white dress hermann park", S, ["vy-v2"]),
    ("Vy w/ new short hair", S, ["vy-v3"]),
    ("con gai tui at the park", S, ["vy-v3"]),
    ("vy when she was pregnant holding belly", S, ["vy-v2"]),
    ("vy w the bob haircut in hoodie", S, ["vy-v3"]),
    ("vivian at the dental office", S, ["vy-v1"]),
    ("vy before the baby, ponytail and glasses", S, ["vy-v1"]),
    ("my daughter at 8 months pregnant", S, ["vy-v2"]),
    # ---------------- son ----------------
    ("khoa in uniform at fort hood", S, ["khoa-v2"]),
    ("thang Khoa graduation cap and gown", S, ["khoa-v1"]),
    ("con trai tui in army camo saluting", S, ["khoa-v2"]),
    ("khoa w/ braces in high school", S, ["khoa-v1"]),
    ("our soldier boy home for christmas", S, ["khoa-v2"]),
    ("khoa playing basketball at the Y", S, ["khoa-v2"]),
    ("Ku at the shooting range", S, ["khoa-v2"]),
    # ---------------- grandson, son-in-law ----------------
    ("baby Bin in duck onesie", S, ["bin-v1"]),
    ("chau ngoai tui sleeping", S, ["bin-v1"]),
    ("the baby taking first bath", S, ["bin-v1"]),
    ("bin smiling, 4 months", S, ["bin-v1"]),
    ("con re tui at pharmacy counter", S, ["tony-v1"]),
    ("tony w/ glasses grilling", S, ["tony-v1"]),
    # ---------------- nephew, in-law, friends ----------------
    ("thang Dat installing subwoofer in a trunk", S, ["dat-v1"]),
    ("my nephew w/ the tattoo sleeve", S, ["dat-v1"]),
    ("dat audio guy lol holding amp", S, ["dat-v1"]),
    ("ba ngoai in purple tracksuit doing tai chi at the park", S, ["bangoai-v1"]),
    ("grandma w jade bracelet and visor", S, ["bangoai-v1"]),
    ("má vợ tui making banh tet", S, ["bangoai-v1"]),
    ("chu Tu playing co tuong under tree", S, ["chutu-v1"]),
    ("my buddy from chua w/ prayer beads", S, ["chutu-v1"]),
    ("co Hanh singing in choir robe", S, ["cohanh-v1"]),
    ("lan's friend from church w/ big hair and gold cross", S, ["cohanh-v1"]),
    # ---------------- pets ----------------
    ("con Bo chasing ball", S, ["bo-v2"]),
    ("bo as puppy in pink harness", S, ["bo-v1"]),
    ("our pom w/ the lion cut", S, ["bo-v2"]),
    ("Bơ sleeping on couch", S, ["bo-v2"]),
    ("bo when he was tiny baby", S, ["bo-v1"]),
    ("our pomeranian in santa outfit", S, ["bo-v2"]),
    ("neighbor dog Lucky barking at fence", S, ["lucky-v1"]),
    ("the pom next door", S, ["lucky-v1"]),
    ("Tank w camo collar at dog park", S, ["tank-v2"]),
    ("tank when we just got him from shelter, so skinny", S, ["tank-v1"]),
    ("our pit mix running in yard", S, ["tank-v2"]),
    ("the rescue dog sleeping on Khoa bed", S, ["tank-v2"]),
    ("tanky giving paw", S, ["tank-v2"]),
    # ---------------- vehicles, places ----------------
    ("my lexus at the car meet", S, ["lexus-v2"]),
    ("the LS on chrome wheels before i bag it", S, ["lexus-v1"]),
    ("my LS400 on air laying frame w bronze wheels", S, ["lexus-v2"]),
    ("my car washed and shiny in the driveway", S, ["lexus-v2"]),
    ("the lexus lora from 2023", S, ["lexus-v1"]),
    ("delivery van w/ our logo", S, ["van-v1"]),
    ("our work van at the loading dock", S, ["van-v1"]),
    ("our house w/ tet lights", S, ["house-v1"]),
    ("nha tui w/ the bougainvillea", S, ["house-v1"]),
    ("koi pond w/ little red bridge", S, ["koi-v1"]),
    ("the backyard pond w/ quan am statue at night", S, ["koi-v1"]),
    ("Pho Lan new look w/ neon sign", S, ["pholan-v2"]),
    ("the restaurant back before remodel, fluorescent lights", S, ["pholan-v1"]),
    ("pho lan storefront", S, ["pholan-v2"]),
    ("inside our restaurant lunch rush", S, ["pholan-v2"]),
    # ---------------- products, mascot ----------------
    ("our dac biet bowl w/ all the meat", S, ["phobowl-v1"]),
    ("pho dac biet from pho lan close up w basil and sprouts", S, ["phobowl-v1"]),
    ("saigon gel bottle the new black one", S, ["gel-v2"]),
    ("old pink saigon gel bottle", S, ["gel-v1"]),
    ("our gel polish product shot on marble", S, ["gel-v2"]),
    ("saigon gel before the rebrand", S, ["gel-v1"]),
    ("miss polish waving", S, ["polish-v2"]),
    ("the old pink mascot", S, ["polish-v1"]),
    ("our nail supply mascot winking", S, ["polish-v2"]),
    # ---------------- characters ----------------
    ("scorpion get over here lol", S, ["scorpion-v1"]),
    ("the yellow ninja from mortal kombat", S, ["scorpion-v1"]),
    ("sub zero freezing somebody", S, ["subzero-v1"]),
    ("blue ninja mk", S, ["subzero-v1"]),
    ("doraemon eating dorayaki", S, ["doraemon-v1"]),
    ("do re mon w/ his magic pocket", S, ["doraemon-v1"]),
    ("ton ngo khong on cloud w/ staff", S, ["wukong-v1"]),
    ("monkey king like the old tay du ky tv show", S, ["wukong-v1"]),
    # ---------------- styles ----------------
    ("a dragon in son mai lacquer", S, ["sonmai-v2"]),
    ("lotus pond, vietnamese lacquer painting w gold leaf and eggshell", S, ["sonmai-v2"]),
    ("cat in lacquer style, the old son mai one", S, ["sonmai-v1"]),
    ("rooster in dong ho print", S, ["dongho-v1"]),
    ("pigs eating, tranh dong ho", S, ["dongho-v1"]),
    ("great wave hokusai style", S, ["ukiyoe-v1"]),
    ("samurai, japanese woodblock", S, ["ukiyoe-v1"]),
    ("poster like 90s chau tinh tri movie", S, ["hkposter-v2"]),
    ("hk movie poster style but the first version", S, ["hkposter-v1"]),
    ("tranh lua of a girl by the lake", S, ["tranhlua-v1"]),
    ("vietnamese silk painting of lotus", S, ["tranhlua-v1"]),
    ("saigon 1960s street w/ vespa", S, ["saigonxua-v1"]),
    ("sai gon xua vibe, cyclo on the street", S, ["saigonxua-v1"]),
    ("16 bit arcade pixel art of a street fight", S, ["pixel-v1"]),
    ("airbrush tshirt design w sunset and palm trees", S, ["airbrush-v1"]),
    ("ink wash mountains in mist", S, ["thuymac-v1"]),
    ("tranh thuy mac bamboo", S, ["thuymac-v1"]),
    ("singer on stage like old paris by night karaoke tape", S, ["pbn-v1"]),
    # ---------------- concepts ----------------
    ("girl in ao dai walking", S, ["aodai-v2"]),
    ("lady in the traditional ao dai, the old one", S, ["aodai-v1"]),
    ("farmer w/ rice hat in the field", S, ["nonla-v1"]),
    ("pointy straw hat on the table", S, ["nonla-v1"]),
    ("honda civic slammed to the ground w camber", S, ["stance-v1"]),
    ("mua lan at hong kong city mall for tet", S, ["liondance-v1"]),
    ("lion dance jumping on the poles", S, ["liondance-v1"]),
    ("old lady w/ tight curly perm", S, ["perm-v1"]),
    ("hands holding red envelope lucky money", S, ["lixi-v1"]),
    ("round basket boat on the beach", S, ["thungchai-v1"]),

    # ---------------- clarify ----------------
    ("carp jumping waterfall, woodblock print", Q, ["dongho-v1", "ukiyoe-v1"]),
    ("tiger in woodblock print style", Q, ["dongho-v1", "ukiyoe-v1"]),
    ("rooster, japanese or vietnamese woodblock idk", Q, ["dongho-v1", "ukiyoe-v1"]),
    ("old asian print style of a fishing village", Q, ["dongho-v1", "ukiyoe-v1"]),
    ("mortal kombat ninja on a rooftop", Q, ["scorpion-v1", "subzero-v1"]),
    ("the ninja guy w mask in fighting pose", Q, ["scorpion-v1", "subzero-v1"]),
    ("mk character doing fatality lol", Q, ["scorpion-v1", "subzero-v1"]),
    ("ninja from the fighting game, the one khoa always pick", Q, ["scorpion-v1", "subzero-v1"]),
    ("orange pom sitting on the grass", Q, ["bo-v2", "lucky-v1"]),
    ("little orange fluffball barking", Q, ["bo-v2", "lucky-v1"]),
    ("the pom in pumpkin costume for halloween", Q, ["bo-v2", "lucky-v1"]),
    ("pic of chau for facebook", Q, ["dat-v1", "bin-v1"]),
    ("chau tui smiling", Q, ["dat-v1", "bin-v1"]),
    ("the dog sleeping in the sun", Q, ["bo-v2", "tank-v2"]),
    ("pup running thru the sprinkler", Q, ["bo-v2", "tank-v2"]),
    ("my kid graduation pic", Q, ["vy-v3", "khoa-v2"]),
    ("con at the beach in galveston", Q, ["vy-v3", "khoa-v2"]),
    ("con in uniform at work", Q, ["vy-v3", "khoa-v2"]),
    ("my boy in camo", Q, ["khoa-v2", "tank-v2"]),
    ("vietnamese traditional painting of a village", Q, ["sonmai-v2", "tranhlua-v1", "dongho-v1"]),
    ("something vietnamese fancy for the restaurant wall, lacquer or silk painting idk", Q,
     ["sonmai-v2", "tranhlua-v1"]),
    ("horse for tet, son mai or dong ho style?", Q, ["sonmai-v2", "dongho-v1"]),
    ("make it look 90s retro for the flyer", Q, ["hkposter-v2", "pbn-v1", "airbrush-v1", "pixel-v1"]),
    ("product pic of our best seller", Q, ["gel-v2", "phobowl-v1"]),
    ("pink bottle w gold cap", Q, ["gel-v2", "polish-v2"]),
    ("black bottle w/ gold lotus", Q, ["gel-v2", "polish-v2"]),
    ("ba ngoai holding baby bin", Q, ["bangoai-v1", "lan-v2"]),
    ("cartoon for kid bday, doraemon or monkey king idk", Q, ["doraemon-v1", "wukong-v1"]),
    ("tet pic w mua lan or li xi, which one better", Q, ["liondance-v1", "lixi-v1"]),
    ("the masked guy from the fighting game", Q, ["scorpion-v1", "subzero-v1"]),

    # ---------------- none ----------------
    ("bowl of bo kho w/ banh mi", N, []),
    ("army tank in the desert", N, []),
    ("fish tank w goldfish and bubbles", N, []),
    ("tank top on mannequin for summer sale", N, []),
    ("trash bin by the curb on trash day", N, []),
    ("bin of crawfish at the crawfish boil", N, []),
    ("lucky cat statue waving by cash register", N, []),
    ("lucky 7 slot machine at casino in lake charles", N, []),
    ("polish sausage kolache", N, []),
    ("shelf of nail lacquer at the beauty supply", N, []),
    ("random pomeranian, not ours, just any pom", N, []),
    ("a pit bull puppy playing w rope", N, []),
    ("new lexus RX350 in the showroom", N, []),
    ("japanese garden koi pond in kyoto", N, []),
    ("koi fish tattoo sleeve design", N, []),
    ("a soldier standing at fort hood gate", N, []),
    ("cute newborn for baby shower card", N, []),
    ("fishing boats in vung tau harbor at sunrise", N, []),
    ("dental office waiting room", N, []),
    ("old man doing tai chi in the park", N, []),
    ("ninja turtles eating pizza", N, []),
    ("street fighter ryu hadouken", N, []),
    ("banh mi thit on cutting board", N, []),
    ("scorpion under a rock in the desert", N, []),
    ("monkey eating banana at houston zoo", N, []),
    ("lion sleeping at the zoo", N, []),
    ("google pixel phone on a table", N, []),
    ("airbrush makeup for the bride", N, []),
    ("modern saigon skyline landmark 81 at night", N, []),
    ("red lanterns hung on the street in hoi an", N, []),
    ("sunset over galveston beach", N, []),
    ("bowl of pho from pho saigon across the street", N, []),

    # ---------------- multi (sdxl) ----------------
    ("me and ong noi drinking tea on the porch", M, ["hung-v3", "ongnoi-v2"]),
    ("ong noi sitting by our koi pond feeding fish", M, ["ongnoi-v2", "koi-v1"]),
    ("lan in ao dai for tet", M, ["lan-v2", "aodai-v2"]),
    ("vy in ao dai holding bin", M, ["vy-v3", "aodai-v2", "bin-v1"]),
    ("me holding baby bin, ong ngoai life lol", M, ["hung-v3", "bin-v1"]),
    ("khoa in uniform w/ tank", M, ["khoa-v2", "tank-v2"]),
    ("my LS w crazy camber stance look", M, ["lexus-v2", "stance-v1"]),
    ("my lexus parked in front of pho lan", M, ["lexus-v2", "pholan-v2"]),
    ("bo and tank on the couch", M, ["bo-v2", "tank-v2"]),
    ("bo and lucky sniffing each other thru the fence", M, ["bo-v2", "lucky-v1"]),
    ("scorpion vs sub zero fight", M, ["scorpion-v1", "subzero-v1"]),
    ("me in son mai painting", M, ["hung-v3", "sonmai-v2"]),
    ("ong noi sitting in round basket boat", M, ["ongnoi-v2", "thungchai-v1"]),
    ("bin in dong ho print w/ a piggy", M, ["bin-v1", "dongho-v1"]),
    ("lan as hong kong movie poster", M, ["lan-v2", "hkposter-v2"]),
    ("khoa as 90s hk action poster w gun", M, ["khoa-v2", "hkposter-v2"]),
    ("vy and tony w baby bin family pic", M, ["vy-v3", "tony-v1", "bin-v1"]),
    ("me w non la on the koi pond bridge", M, ["hung-v3", "nonla-v1", "koi-v1"]),
    ("bo in a non la lol", M, ["bo-v2", "nonla-v1"]),
    ("tank doing lion dance", M, ["tank-v2", "liondance-v1"]),
    ("khoa giving li xi to bin", M, ["khoa-v2", "lixi-v1", "bin-v1"]),
    ("ong noi giving lucky money to baby bin", M, ["ongnoi-v2", "lixi-v1", "bin-v1"]),
    ("our house as tranh lua silk painting", M, ["house-v1", "tranhlua-v1"]),
    ("koi pond in ink wash style", M, ["koi-v1", "thuymac-v1"]),
    ("saigon gel bottle w/ miss polish next to it", M, ["gel-v2", "polish-v2"]),
    ("pho dac biet in saigon 1960s photo style", M, ["phobowl-v1", "saigonxua-v1"]),
    ("lan in sai gon xua photo w/ non la", M, ["lan-v2", "saigonxua-v1", "nonla-v1"]),
    ("me and lan in front of pho lan", M, ["hung-v3", "lan-v2", "pholan-v2"]),
    ("ong noi fishing, thuy mac painting", M, ["ongnoi-v2", "thuymac-v1"]),
    ("tony in ao dai for tet pics", M, ["tony-v1", "aodai-v2"]),
    ("the yellow and blue ninja standing back to back", M, ["scorpion-v1", "subzero-v1"]),
    # ---------------- multi (sd15) ----------------
    ("me from 2000s w mustache as 16 bit arcade fighter", M, ["hung-v1", "pixel-v1"]),
    ("dat in airbrush tshirt style", M, ["dat-v1", "airbrush-v1"]),
    ("doraemon singing paris by night karaoke style", M, ["doraemon-v1", "pbn-v1"]),
    ("ton ngo khong in ukiyo-e", M, ["wukong-v1", "ukiyoe-v1"]),
    ("co Hanh singing in paris by night karaoke style", M, ["cohanh-v1", "pbn-v1"]),
    ("ba ngoai in traditional ao dai", M, ["bangoai-v1", "aodai-v1"]),
    ("lan on her 50th bday w/ auntie perm lol", M, ["lan-v1", "perm-v1"]),
    ("van w miss polish painted on side, the old pink mascot", M, ["van-v1", "polish-v1"]),
    ("dat working on my LS back when it had the chrome wheels", M, ["dat-v1", "lexus-v1"]),
    ("khoa graduation in ukiyo-e", M, ["khoa-v1", "ukiyoe-v1"]),
    ("old pho lan storefront in pixel art", M, ["pholan-v1", "pixel-v1"]),
    ("doraemon and ton ngo khong hanging out", M, ["doraemon-v1", "wukong-v1"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
