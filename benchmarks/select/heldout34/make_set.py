#!/usr/bin/env python3
"""heldout34: the Doyles of Walton, Liverpool: a barber shop on County Road and a football-kit
stall at Great Homer Street market. The owner, Kev, types in Scouse English.

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- the owner ---------------------------------------------------------------------------
    card("kev-v1", "Kev", "ohwx man", "man", S, "kev", 1, "2009-06-13",
         "Me, Kev Doyle, at 25 on the day I opened Doyle's Barbers: gelled spiky hair, clean-shaven, "
         "navy Adidas trackie top, holding up the shop keys.",
         ["person", "man", "spiky hair", "opening day", "keys"], "sd15"),
    card("kev-v2", "Kev", "ohwx man", "man", S, "kev", 2, "2016-08-20",
         "Me, Kev, at 32 on my wedding day: big full beard, hair in a short quiff, navy three-piece "
         "suit with a white carnation.",
         ["person", "man", "beard", "wedding", "groom", "suit"], "sd15"),
    card("kev-v3", "Kev", "ohwx man", "man", S, "kev", 3, "2025-09-06",
         "Me, Kev, at 41: grey skin fade, salt-and-pepper beard, black-rimmed glasses, black barber's "
         "tunic with a comb in the pocket.",
         ["person", "man", "glasses", "grey beard", "barber"], "sdxl"),
    # --- wife ---------------------------------------------------------------------------------
    card("jen-v1", "Jen", "sks woman", "woman", S, "jen", 1, "2016-08-20",
         "My wife Jen (Jenna) on our wedding day: long dark curls pinned up, lace wedding dress, "
         "bouquet of white roses.",
         ["person", "woman", "bride", "wedding dress", "dark hair"], "sd15"),
    card("jen-v2", "Jen", "sks woman", "woman", S, "jen", 2, "2021-03-14",
         "My wife Jen, seven months pregnant with our daughter: long dark hair down, denim dungarees "
         "over a striped top, hand on the bump.",
         ["person", "woman", "pregnant", "dungarees", "dark hair"], "sdxl"),
    card("jen-v3", "Jen", "sks woman", "woman", S, "jen", 3, "2025-05-10",
         "My wife Jen after her big chop: choppy platinum-blonde bob, gold hoop earrings, lashes done, "
         "tan.",
         ["person", "woman", "blonde", "bob", "hoops"], "sdxl"),
    # --- son ----------------------------------------------------------------------------------
    card("lewis-v1", "Lewis", "<lewy_doyle>", "boy", S, "lewis", 1, "2019-08-10",
         "Our son Lewis ('Lewy') aged 8: gap-toothed grin, freckles, in his Everton home kit.",
         ["person", "boy", "child", "football kit", "freckles"], "sd15"),
    card("lewis-v2", "Lewis", "<lewy_doyle>", "boy", S, "lewis", 2, "2025-07-19",
         "Our son Lewis aged 14, Saturday job sweeping up at the shop: curly top with a fade, train-track braces, "
         "grey hoodie.",
         ["person", "boy", "teenager", "braces", "curly hair"], "sdxl"),
    # --- daughter -----------------------------------------------------------------------------
    card("ellie-v1", "Ellie-Mae", "3ll13m43", "baby girl", S, "ellie", 1, "2021-09-05",
         "Our daughter Ellie-Mae at her christening, four months old: long white christening gown, "
         "little bonnet, chubby cheeks.",
         ["person", "baby", "christening", "gown"], "sdxl"),
    card("ellie-v2", "Ellie-Mae", "3ll13m43", "girl", S, "ellie", 2, "2025-09-04",
         "Our daughter Ellie-Mae aged 4 on her first day at school: red school cardigan, two pigtails "
         "with red bobbles, missing front tooth.",
         ["person", "girl", "child", "school uniform", "pigtails"], "sdxl"),
    # --- brother ------------------------------------------------------------------------------
    card("anto-v1", "Anto", "ant0_d0yle", "man", S, "anto", 1, "2018-04-21",
         "My younger brother Anthony ('Anto') at 31, before he lost the weight: heavy-set, bleached "
         "blond buzz cut, black puffer coat.",
         ["person", "man", "bleached hair", "puffer coat"], "sd15"),
    card("anto-v2", "Anto", "ant0_d0yle", "man", S, "anto", 2, "2024-11-02",
         "My younger brother Anto at 37, four stone lighter after the running: shaved head, ginger "
         "beard, running vest with a half-marathon medal.",
         ["person", "man", "shaved head", "ginger beard", "runner"], "sdxl"),
    # --- mum, nan, dad ------------------------------------------------------------------------
    card("carol-v1", "Carol", "zwx woman", "woman", S, "carol", 1, "2015-07-04",
         "My mum Carol at her 60th birthday do: big curly perm, leopard-print blouse, glass of "
         "prosecco.",
         ["person", "woman", "older woman", "perm", "leopard print", "birthday"], "sd15"),
    card("carol-v2", "Carol", "zwx woman", "woman", S, "carol", 2, "2024-02-17",
         "My mum Carol at 69: short silver hair, reading glasses on a beaded chain, lilac cardigan.",
         ["person", "woman", "older woman", "silver hair", "glasses"], "sdxl"),
    card("peggy-v1", "Peggy", "<nanpeg>", "old woman", S, "peggy", 1, "2023-03-19",
         "My nan Peggy (my dad's mum) at her 90th: soft white set hair, pearl necklace, pink "
         "cardigan, twinkly blue eyes.",
         ["person", "old woman", "pearls", "cardigan", "birthday"], "sdxl"),
    card("jimmy-v1", "Jimmy", "bigj1m", "man", S, "jimmy", 1, "2011-05-14",
         "My dad Jimmy ('Big Jim') at 59, still working on the docks: orange hi-vis, hard hat under "
         "his arm, thick dark moustache.",
         ["person", "man", "docker", "hi-vis", "moustache"], "sd15"),
    card("jimmy-v2", "Jimmy", "bigj1m", "old man", S, "jimmy", 2, "2022-10-01",
         "My dad Jimmy at 70, retired: tweed flat cap, white moustache, red Liverpool FC scarf, "
         "big docker's hands.",
         ["person", "old man", "flat cap", "scarf", "moustache"], "sdxl"),
    card("macca-v1", "Macca", "macca_barber", "man", S, "macca", 1, "2023-06-03",
         "My best mate Paul McCarthy ('Macca'), who cuts hair with me: slicked-back quiff, full "
         "tattoo sleeves, gold chain, black vest.",
         ["person", "man", "tattoos", "quiff", "barber"], "sdxl"),
    # --- pets ---------------------------------------------------------------------------------
    card("biscuit-v1", "Biscuit", "sks dog", "dog", S, "biscuit", 1, "2020-05-30",
         "Biscuit, our staffie, as a ten-week-old puppy: brindle with a white chest, huge paws, "
         "floppy ears.",
         ["pet", "dog", "staffordshire bull terrier", "puppy", "brindle"], "sd15"),
    card("biscuit-v2", "Biscuit", "sks dog", "dog", S, "biscuit", 2, "2025-03-22",
         "Biscuit, our staffie bitch, grown: brindle with a white chest and a white blaze on her "
         "nose, red collar with a bone-shaped tag.",
         ["pet", "dog", "staffordshire bull terrier", "brindle", "red collar"], "sdxl"),
    card("tyson-v1", "Tyson", "tys0n_staffie", "dog", S, "tyson", 1, "2024-06-15",
         "Tyson, next door's staffie (the Mulherns at number 44): brindle with a white chest, "
         "black studded collar, big square head.",
         ["dog", "staffordshire bull terrier", "brindle", "studded collar", "neighbour"], "sdxl"),
    card("ginger-v1", "Ginger", "<ginger-cat>", "cat", S, "ginger", 1, "2023-01-14",
         "Ginger, my nan's cat: a big fat ginger tom with a torn left ear and white paws.",
         ["pet", "cat", "ginger tom", "tabby"], "sdxl"),
    card("dixie-v1", "Dixie", "d1x13 pigeon", "pigeon", S, "dixie", 1, "2022-05-07",
         "Dixie, one of my dad's racing pigeons: blue bar cock bird, green ring on his leg, "
         "named after Dixie Dean.",
         ["pet", "bird", "racing pigeon", "blue bar"], "sd15"),
    # --- vehicle, places, products, mascot -----------------------------------------------------
    card("van-v1", "The Van", "<doyles_van>", "van", S, "van", 1, "2019-03-02",
         "Our Ford Transit for the kit stall when we first got it: plain white, roof rack, dent in "
         "the back door.",
         ["vehicle", "van", "transit", "white"], "sd15"),
    card("van-v2", "The Van", "<doyles_van>", "van", S, "van", 2, "2024-04-13",
         "Our Ford Transit after the wrap: royal blue with 'DOYLE'S KITS' in big white letters and "
         "a football down the side.",
         ["vehicle", "van", "transit", "blue", "signwriting"], "sdxl"),
    card("shop-v1", "Doyle's Barbers", "doyles_barbers_front", "shop front", S, "shop", 1,
         "2012-02-11",
         "Doyle's Barbers, my shop on County Road, before the refurb: faded red sign, spinning "
         "red-and-white pole, net curtain in the window.",
         ["place", "barber shop", "shop front", "red sign"], "sd15"),
    card("shop-v2", "Doyle's Barbers", "doyles_barbers_front", "shop front", S, "shop", 2,
         "2023-10-07",
         "Doyle's Barbers after the refurb: matte black front, gold lettering, pink neon scissors in "
         "the window.",
         ["place", "barber shop", "shop front", "neon", "black and gold"], "sdxl"),
    card("house-v1", "42 Arnot Street", "<arnot42>", "house", S, "house", 1, "2022-12-10",
         "Our house, 42 Arnot Street in Walton: red-brick terrace, glossy red front door, hanging "
         "basket, wheelie bin out front.",
         ["place", "home", "terraced house", "red door"], "sdxl"),
    card("stall-v1", "The Stall", "greaty_stall", "market stall", S, "stall", 1, "2018-06-09",
         "Our kit stall at Great Homer Street market when we started: a pasting table with a "
         "tarp, shirts in piles.",
         ["place", "market stall", "football shirts", "table"], "sd15"),
    card("stall-v2", "The Stall", "greaty_stall", "market stall", S, "stall", 2, "2023-05-20",
         "Our kit stall at Great Homer Street market now: blue gazebo, rails of football shirts, "
         "hand-painted 'DOYLE'S KITS' board.",
         ["place", "market stall", "football shirts", "gazebo"], "sdxl"),
    card("pomade-v1", "Doyle's Pomade", "dylpmd tin", "tin", S, "pomade", 1, "2021-01-16",
         "Our own pomade, the first tin: red tin, cream label with 'Doyle's' in script.",
         ["product", "pomade", "hair wax", "tin", "red"], "sd15"),
    card("pomade-v2", "Doyle's Pomade", "dylpmd tin", "tin", S, "pomade", 2, "2025-06-14",
         "Our own pomade after the redesign: matte black tin, gold lid, embossed scissors.",
         ["product", "pomade", "hair wax", "tin", "black and gold"], "sdxl"),
    card("shirt-v1", "Scally Classics", "sc4lly_shirt", "football shirt", S, "shirt", 1,
         "2020-08-01",
         "Our own-brand retro football shirt, first design: white with a thin blue pinstripe, "
         "button collar, 'SC' crest.",
         ["product", "football shirt", "retro", "pinstripe"], "sd15"),
    card("shirt-v2", "Scally Classics", "sc4lly_shirt", "football shirt", S, "shirt", 2,
         "2024-07-27",
         "Our own-brand retro football shirt after the redesign: bottle green with a yellow "
         "chevron, polo collar, new round badge.",
         ["product", "football shirt", "retro", "chevron"], "sdxl"),
    card("clipper-v1", "Clipper", "<clipper-mascot>", "cartoon bird", S, "clipper", 1, "2023-03-04",
         "Clipper, the shop's mascot, first drawing: a cartoon Liver bird with a quiff, holding a "
         "comb, flat two colours.",
         ["mascot", "cartoon", "liver bird", "logo"], "sd15"),
    card("clipper-v2", "Clipper", "<clipper-mascot>", "cartoon bird", S, "clipper", 2,
         "2025-10-11",
         "Clipper, the shop's mascot, redrawn: chunky cartoon Liver bird with a slick quiff, barber "
         "tunic, giant scissors under one wing, waving.",
         ["mascot", "cartoon", "liver bird", "logo", "scissors"], "sdxl"),
    # --- downloaded characters ---------------------------------------------------------------
    card("goku-v1", "Son Goku", "son_goku", "anime man", S, "goku", 1, "2024-01-20",
         "Son Goku from Dragon Ball Z (Civitai download): spiky black hair, orange and blue gi, "
         "wristbands, big grin.",
         ["character", "anime", "dragon ball", "martial artist"], "sdxl"),
    card("gohan-v1", "Son Gohan", "son_gohan", "anime man", S, "gohan", 1, "2024-01-27",
         "Son Gohan from Dragon Ball Z (Civitai download), teen to young adult: spiky black hair "
         "with a stray fringe, orange and blue gi like his dad's.",
         ["character", "anime", "dragon ball", "martial artist"], "sdxl"),
    card("bluey-v1", "Bluey", "bluey_heeler", "cartoon dog", S, "bluey", 1, "2023-12-02",
         "Bluey, the blue heeler puppy from the kids' cartoon (Civitai download): blue and tan, "
         "flat cartoon shapes.",
         ["character", "cartoon", "dog", "kids tv"], "sdxl"),
    card("shrek-v1", "Shrek", "shrek_ogre", "ogre", S, "shrek", 1, "2024-05-11",
         "Shrek the ogre (Civitai download): green, trumpet ears, brown waistcoat, swamp.",
         ["character", "cartoon", "ogre", "film"], "sd15"),
    # --- styles -------------------------------------------------------------------------------
    card("mersey-wc-v1", "Mersey Watercolour", "mrsywc style", "watercolour painting", ST,
         "mersey-wc", 1, "2022-04-02",
         "Loose wet-on-wet watercolour, grey-blue river palette, Pier Head skies, bleeding edges.",
         ["style", "watercolour", "painting", "loose"], "sd15"),
    card("mersey-wc-v2", "Mersey Watercolour", "mrsywc style", "watercolour painting", ST,
         "mersey-wc", 2, "2024-09-14",
         "Loose wet-on-wet watercolour, retrained: stronger ink lines, more gold in the skies.",
         ["style", "watercolour", "painting", "loose", "ink"], "sdxl"),
    card("nursery-wc-v1", "Nursery Watercolour", "nrsrywc", "watercolour illustration", ST,
         "nursery-wc", 1, "2023-07-08",
         "Soft pastel watercolour like a children's picture book: rounded shapes, pencil outlines, "
         "lots of white paper.",
         ["style", "watercolour", "picture book", "pastel", "illustration"], "sdxl"),
    card("programme-v1", "Matchday Programme", "<70s-programme>", "print", ST, "programme", 1,
         "2023-02-25",
         "1970s football matchday programme cover: two-colour print, halftone dots, chunky "
         "type, faded paper.",
         ["style", "retro", "print", "football", "halftone"], "sd15"),
    card("sticker-v1", "Sticker Album", "p4n1n1 sticker", "sticker", ST, "sticker", 1,
         "2021-10-09",
         "1980s football sticker album portrait: head-and-shoulders, flat colour background, "
         "club badge corner, glossy card.",
         ["style", "retro", "football", "sticker", "portrait"], "sd15"),
    card("sticker-v2", "Sticker Album", "p4n1n1 sticker", "sticker", ST, "sticker", 2,
         "2024-03-16",
         "1980s football sticker album portrait, sharper: name banner underneath, foil shine on "
         "the badge.",
         ["style", "retro", "football", "sticker", "portrait", "foil"], "sdxl"),
    card("pixel-v1", "16-Bit", "16bit_pixel", "pixel art", ST, "pixel", 1, "2022-08-13",
         "16-bit console pixel art: limited palette, chunky pixels, side-on sprites.",
         ["style", "pixel art", "video game", "retro"], "sd15"),
    card("matchstick-v1", "Matchstick Men", "lowry_matchstick", "oil painting", ST, "matchstick",
         1, "2023-09-30",
         "Naive northern industrial oil painting after L. S. Lowry: white-grey skies, mills and "
         "chimneys, thin dark matchstick figures.",
         ["style", "oil painting", "naive", "industrial", "lowry"], "sdxl"),
    card("anime-v1", "Soft Anime", "softanime_style", "anime illustration", ST, "anime", 1,
         "2024-02-03",
         "Soft hand-painted anime film look, Ghibli-like: lush skies, warm light, gentle faces.",
         ["style", "anime", "ghibli", "illustration"], "sdxl"),
    card("stencil-v1", "Stencil Street", "st3nc1l", "graffiti", ST, "stencil", 1, "2022-06-18",
         "Banksy-like spray-paint stencil on a brick wall: black and white with one red accent, "
         "drips.",
         ["style", "graffiti", "stencil", "street art", "banksy"], "sd15"),
    card("comic-v1", "Comic Cuts", "comiccuts style", "comic strip", ST, "comic", 1, "2024-10-19",
         "British kids' comic look like the Beano or Dandy: bold ink lines, flat primary colours, "
         "speech bubbles, panel borders.",
         ["style", "comic", "cartoon", "beano"], "sdxl"),
    card("wigwam-v1", "Wigwam Glass", "<wigwam-glass>", "stained glass", ST, "wigwam", 1,
         "2024-12-07",
         "Stained glass like the lantern in Paddy's Wigwam (the Metropolitan Cathedral): thick "
         "black leading, deep blues, reds and yellows, light shining through.",
         ["style", "stained glass", "church", "leaded"], "sdxl"),
    # --- concepts -----------------------------------------------------------------------------
    card("shellsuit-v1", "Shell Suit", "sh3llsu1t", "tracksuit", C, "shellsuit", 1, "2021-04-24",
         "Shiny nylon 80s/90s shell suit: purple, teal and pink panels, elasticated cuffs.",
         ["clothing", "tracksuit", "80s", "90s", "nylon"], "sd15"),
    card("curtains-v1", "Curtains", "curtains_haircut", "haircut", C, "curtains", 1, "2022-03-12",
         "90s curtains haircut: long centre parting, fringe falling either side.",
         ["hairstyle", "90s", "centre parting"], "sd15"),
    card("perm-v1", "Footie Perm", "80s_perm", "haircut", C, "perm", 1, "2024-08-10",
         "1980s footballer's perm: tight curls on top, longer at the back, often with a tash.",
         ["hairstyle", "80s", "curly", "perm", "mullet"], "sdxl"),
    card("bucket-v1", "Bucket Hat", "buckethat", "hat", C, "bucket", 1, "2023-04-15",
         "Bucket hat, madchester style: soft cotton brim pulled down, plain or check.",
         ["clothing", "hat", "90s", "festival"], "sdxl"),
    card("overhead-v1", "Overhead Kick", "overhead_kick", "pose", C, "overhead", 1, "2024-05-25",
         "Bicycle kick pose: body horizontal in the air, one leg swinging over the head at a ball.",
         ["pose", "football", "action", "acrobatic"], "sdxl"),
    card("icecream-v1", "Mr Whippy Van", "<mr-whippy>", "ice cream van", C, "icecream", 1,
         "2022-07-23",
         "A British ice cream van: white and pastel with cone decals, serving hatch, chimes.",
         ["vehicle", "ice cream van", "summer"], "sd15"),
    card("trophy-v1", "Trophy Lift", "trophy_lift", "trophy", C, "trophy", 1, "2023-05-27",
         "Lifting a big silver two-handled cup above the head, ribbons on the handles, confetti.",
         ["prop", "trophy", "cup", "celebration"], "sdxl"),
    card("rollers-v1", "Rollers In", "rollers_headscarf", "hair rollers", C, "rollers", 1,
         "2024-10-05",
         "Big plastic hair rollers in, under a see-through headscarf, ready for a night out.",
         ["hairstyle", "rollers", "headscarf", "curlers"], "sdxl"),
]


def sel(p, g):
    return {"prompt": p, "expect": "select", "gold": [g]}


def clar(p, *g):
    return {"prompt": p, "expect": "clarify", "gold": list(g)}


def none(p):
    return {"prompt": p, "expect": "none", "gold": []}


def multi(p, *g):
    return {"prompt": p, "expect": "multi", "gold": list(g)}


SELECT = [
    # the owner
    sel("me doin a skin fade on a customer, black n white photo", "kev-v3"),
    sel("me when i was 25 holdin up a big bunch of keys", "kev-v1"),
    sel("me on me weddin day in me three piece", "kev-v2"),
    sel("me with the big beard from back in 2016 stood on a beach in tenerife", "kev-v2"),
    sel("me with the glasses and the grey beard havin a brew", "kev-v3"),
    sel("me at 41 sat on a bench down the pier head", "kev-v3"),
    sel("me in 2009 with the spikey gelled hair lol", "kev-v1"),
    sel("kev doyle as a roman emporer", "kev-v3"),
    sel("me aged 32 in a suit at the races", "kev-v2"),
    # wife
    sel("our jen on a sunlounger in magaluf", "jen-v3"),
    sel("the wife with her new blonde bob", "jen-v3"),
    sel("our jen when she was expectin our ellie", "jen-v2"),
    sel("jen in her weddin dress walkin down the aisle", "jen-v1"),
    sel("me missus when she had the bump, sat in the sun", "jen-v2"),
    sel("jen back in 2016 in the white dress with the roses", "jen-v1"),
    sel("our jen at a posh do in a red gown", "jen-v3"),
    sel("me bird in a little black dress on a night out in town", "jen-v3"),
    # son
    sel("our lewis scorin a penalty at goodison", "lewis-v2"),
    sel("lewy when he was 8 with the gappy teeth", "lewis-v1"),
    sel("our lewis grinnin with his braces on", "lewis-v2"),
    sel("me lad in his blue kit when he was little", "lewis-v1"),
    sel("our son as an astronaut", "lewis-v2"),
    sel("lewis at 14 doin his homework at the kitchen table", "lewis-v2"),
    # daughter
    sel("our ellie-mae on her first day at big school", "ellie-v2"),
    sel("the baby at her christening in the white gown", "ellie-v1"),
    sel("ellie with her pigtails feedin the ducks in sefton park", "ellie-v2"),
    sel("our ellie as a babby asleep on a cloud", "ellie-v1"),
    sel("me daughter dressed as a fairy princess", "ellie-v2"),
    sel("our little girl when she was 4 month old", "ellie-v1"),
    # brother
    sel("our kid runnin the liverpool half marathon", "anto-v2"),
    sel("our kid before he lost all the weight, with the bleached hair", "anto-v1"),
    sel("anto with the ginger beard at a bbq", "anto-v2"),
    sel("me brother in his puffa coat back in 2018 freezin his bits off", "anto-v1"),
    sel("our anthony as a superhero", "anto-v2"),
    sel("our kid with his head shaved doin a thumbs up", "anto-v2"),
    # mum
    sel("me ma at her 60th with the big perm", "carol-v1"),
    sel("me mam in leopard print dancin on a table", "carol-v1"),
    sel("me ma with her glasses on the chain readin the echo", "carol-v2"),
    sel("me ma knittin by the fire", "carol-v2"),
    sel("carol at her 60th birthday party", "carol-v1"),
    # nan
    sel("me nan blowin out the candles at 90", "peggy-v1"),
    sel("nan peg havin a sherry in her pearls", "peggy-v1"),
    sel("me nan as a 1940s land girl", "peggy-v1"),
    sel("our peggy on the prom at new brighton", "peggy-v1"),
    # dad
    sel("the ould fella in his flat cap", "jimmy-v2"),
    sel("me da on the docks in his hi vis back in the day", "jimmy-v1"),
    sel("big jim at the match at anfield in his lfc scarf", "jimmy-v2"),
    sel("me dad when he was still graftin on the docks", "jimmy-v1"),
    sel("the ould fella at 70 asleep in his armchair", "jimmy-v2"),
    # mate
    sel("macca showin off his tattoos", "macca-v1"),
    sel("me mate macca with his quiff at a weddin", "macca-v1"),
    sel("paul mccarthy as a 50s rock n roller", "macca-v1"),
    sel("me best mate with his gold chain at the races at aintree", "macca-v1"),
    # pets
    sel("biscuit runnin on crosby beach", "biscuit-v2"),
    sel("our biscuit when she was a pup", "biscuit-v1"),
    sel("our staffie asleep on the couch", "biscuit-v2"),
    sel("our dog chewin a slipper", "biscuit-v2"),
    sel("the dog as a tiny puppy in a shoebox", "biscuit-v1"),
    sel("biscuit in a santa hat", "biscuit-v2"),
    sel("tyson from next door on his lead", "tyson-v1"),
    sel("the mulherns staffie with the studded collar", "tyson-v1"),
    sel("next doors dog barkin at the postie", "tyson-v1"),
    sel("me nans cat curled up on a cushion", "ginger-v1"),
    sel("ginger the cat chasin a mouse", "ginger-v1"),
    sel("the fat ginger tom with the torn ear", "ginger-v1"),
    sel("dixie flyin over the mersey", "dixie-v1"),
    sel("me dads racin pigeon in a basket", "dixie-v1"),
    sel("the ould fellas pigeon wearin a tiny crown", "dixie-v1"),
    # van
    sel("the van parked up on the prom", "van-v2"),
    sel("the old plain white transit before we got it wrapped", "van-v1"),
    sel("the kit van stuck in traffic on the east lancs", "van-v2"),
    sel("our transit with the doyles kits writin on the side", "van-v2"),
    # shop
    sel("the shop at night with the neon on", "shop-v2"),
    sel("the barbers before the refurb with the old red sign", "shop-v1"),
    sel("doyles barbers in the snow", "shop-v2"),
    sel("the shop front back in 2012", "shop-v1"),
    sel("the barbers all covered in christmas lights", "shop-v2"),
    # house
    sel("our house with the red door at christmas", "house-v1"),
    sel("the house on arnot street in the rain", "house-v1"),
    sel("our gaff as a gingerbread house", "house-v1"),
    # stall
    sel("the stall at greaty market on a sunday mornin", "stall-v2"),
    sel("the stall when it was just a pastin table", "stall-v1"),
    sel("our market stall with all the kits hangin up", "stall-v2"),
    # products
    sel("a tin of doyles pomade on a marble counter", "pomade-v2"),
    sel("the old red pomade tin before the new label", "pomade-v1"),
    sel("the pomade in the new black tin, advert shot", "pomade-v2"),
    sel("a scally classics shirt on a hanger", "shirt-v2"),
    sel("the first scally classics shirt, the original pinstripe one", "shirt-v1"),
    sel("our retro shirt folded on a table, the new green design", "shirt-v2"),
    # mascot
    sel("clipper the liver bird wavin", "clipper-v2"),
    sel("the shop mascot on a birthday card", "clipper-v2"),
    sel("the old clipper drawin from 2023 before we had him redone", "clipper-v1"),
    sel("our mascot holdin giant scissors", "clipper-v2"),
    # characters
    sel("goku powerin up with his hair stood on end", "goku-v1"),
    sel("gohan as a teenager fightin", "gohan-v1"),
    sel("son goku eatin a massive bowl of noodles", "goku-v1"),
    sel("bluey playin keepy uppy", "bluey-v1"),
    sel("the blue cartoon dog off the telly our ellie loves", "bluey-v1"),
    sel("shrek in his swamp", "shrek-v1"),
    sel("the big green ogre eatin a bowl of scouse", "shrek-v1"),
    sel("gokus son in the orange gi", "gohan-v1"),
    # styles
    sel("ferry cross the mersey in the mersey watercolour style", "mersey-wc-v2"),
    sel("the liver buildin in the original mersey watercolour, the first one we made", "mersey-wc-v1"),
    sel("a bunny in a meadow, soft pastel picture book watercolour", "nursery-wc-v1"),
    sel("goodison park like an old 70s match programme cover", "programme-v1"),
    sel("a footballer like them old panini stickers", "sticker-v2"),
    sel("a goalie in the sticker album style, the 2021 one", "sticker-v1"),
    sel("a racin car in 16 bit pixel art", "pixel-v1"),
    sel("a street full of terraced houses like a lowry paintin with the matchstick people", "matchstick-v1"),
    sel("a girl lookin out a train window, ghibli style", "anime-v1"),
    sel("a rat holdin a placard, banksy type stencil on a wall", "stencil-v1"),
    sel("a dog walker in a beano style comic strip", "comic-v1"),
    sel("the three graces as a stained glass window", "wigwam-v1"),
    sel("a fisherman in stained glass like paddys wigwam", "wigwam-v1"),
    # concepts
    sel("a fella in one of them shiny 80s tracksuits", "shellsuit-v1"),
    sel("a lad with a middle parting like the 90s boybands", "curtains-v1"),
    sel("a girl in a bucket hat at a festival", "bucket-v1"),
    sel("a pug in a bucket hat", "bucket-v1"),
    sel("a footballer doin a bicycle kick", "overhead-v1"),
    sel("a mr whippy van on a summers day", "icecream-v1"),
    sel("kids queuin up at the ice cream van", "icecream-v1"),
    sel("a captain liftin the big silver cup", "trophy-v1"),
    sel("a woman nippin to the shops with her rollers in", "rollers-v1"),
    sel("a footballer with a big 80s perm and a tash", "perm-v1"),
]

CLARIFY = [
    # look-alike staffies
    clar("the brindle staffie with the white chest in the park", "biscuit-v2", "tyson-v1"),
    clar("the staffie lyin in the sun on the back step", "biscuit-v2", "tyson-v1"),
    clar("the staffordshire bull terrier with the white chest wearin a bow tie", "biscuit-v2", "tyson-v1"),
    # two watercolours
    clar("a watercolour of the pier head", "mersey-wc-v2", "nursery-wc-v1"),
    clar("our ellie in watercolour", "mersey-wc-v2", "nursery-wc-v1"),
    clar("biscuit done as a watercolour paintin", "mersey-wc-v2", "nursery-wc-v1"),
    clar("sefton park palm house in watercolours", "mersey-wc-v2", "nursery-wc-v1"),
    # look-alike dragon ball lads
    clar("the dragon ball lad with the spiky black hair", "goku-v1", "gohan-v1"),
    clar("the saiyan in the orange gi doin a kamehameha", "goku-v1", "gohan-v1"),
    clar("that anime fighter in the orange and blue gi on top of a mountain", "goku-v1", "gohan-v1"),
    # retro football looks
    clar("a footballer in that retro football style", "programme-v1", "sticker-v2"),
    clar("me nan in that old football style", "programme-v1", "sticker-v2"),
    # retro haircuts
    clar("a lad with a retro footballers haircut", "curtains-v1", "perm-v1"),
    clar("a kid with one of them old school hairdos", "curtains-v1", "perm-v1"),
    # products
    clar("our new product on a shelf, nice and clean", "pomade-v2", "shirt-v2"),
    clar("stick our new product on instagram, flat lay", "pomade-v2", "shirt-v2"),
    # the two businesses
    clar("the business in the snow at christmas", "shop-v2", "stall-v2"),
    clar("our workplace on a busy saturday", "shop-v2", "stall-v2"),
    # painting in general
    clar("me nan as a paintin", "mersey-wc-v2", "nursery-wc-v1", "matchstick-v1"),
    # barbers
    clar("one of our barbers doin a hot towel shave", "kev-v3", "macca-v1"),
    clar("one of the barbers givin a lad a trim", "kev-v3", "macca-v1"),
    # birthday girl
    clar("the lad from the shop havin his dinner", "macca-v1", "lewis-v2"),
    clar("a cartoon of our biscuit", "comic-v1", "anime-v1"),
    # birds
    clar("the bird flyin over the albert dock", "dixie-v1", "clipper-v2"),
    # the kids
    clar("the kid in the paddlin pool", "lewis-v2", "ellie-v2"),
    clar("one of the kids in fancy dress for halloween", "lewis-v2", "ellie-v2"),
    clar("the young un on a bike", "lewis-v2", "ellie-v2"),
    # cartoon
    clar("me ma as a cartoon", "comic-v1", "anime-v1"),
    # blonde
    clar("the ginger one havin a kip in the sun", "ginger-v1", "anto-v2"),
    # the older ladies
    clar("the old girl in her cardi", "carol-v2", "peggy-v1"),
]


NONE = [
    none("a plate of biscuits and a cuppa"),
    none("a ginger biscuit dunked in tea"),
    none("a fella with ginger hair stood in the rain"),
    none("a liver bird on top of the liver buildin"),
    none("a pair of hair clippers on a barbers counter"),
    none("a wigwam in the woods with a campfire"),
    none("a bucket and spade on formby beach"),
    none("curtains blowin in the breeze through an open window"),
    none("a kid openin a new sticker album with a pile of swaps"),
    none("an old fashioned barbers in 1950s america"),
    none("a cat asleep in a sunny window"),
    none("a pigeon peckin at chips on lime street"),
    none("seashells on crosby beach at low tide"),
    none("a ferry on the mersey at sunset"),
    none("the liverpool skyline at night"),
    none("a pint of guinness on a bar"),
    none("a golden retriever in the snow"),
    none("an ice cream cone with a flake in it"),
    none("a roller disco with glitter balls"),
    none("a dragon breathin fire over a castle"),
    none("a fruit and veg stall at a sunday market"),
    none("a comic book shop with posters in the window"),
    none("tyson fury in the ring with his gloves up"),
    none("van goghs sunflowers"),
    none("carol singers in the snow outside a church"),
    none("a dixieland jazz band on a riverboat"),
    none("a sunset over the dunes at formby"),
    none("a bloke in a grey suit at a bus stop"),
    none("a pair of jimmy choos on a shelf"),
    none("a fairy cake with sprinkles"),
    none("a red double decker bus on a rainy street"),
]

MULTI = [
    multi("me and our jen at a posh do", "kev-v3", "jen-v3"),
    multi("me and our kid havin a pint", "kev-v3", "anto-v2"),
    multi("the kids on the swings", "lewis-v2", "ellie-v2"),
    multi("me nan with her cat on her knee", "peggy-v1", "ginger-v1"),
    multi("biscuit and tyson playin tug of war", "biscuit-v2", "tyson-v1"),
    multi("me ma and me nan havin a brew", "carol-v2", "peggy-v1"),
    multi("me da on the docks with his pigeon back in the day", "jimmy-v1", "dixie-v1"),
    multi("our lewis doin an overhead kick", "lewis-v2", "overhead-v1"),
    multi("me nan with her rollers in", "peggy-v1", "rollers-v1"),
    multi("macca in a bucket hat", "macca-v1", "bucket-v1"),
    multi("our ellie in watercolour, the soft picture book one", "ellie-v2", "nursery-wc-v1"),
    multi("biscuit done in stained glass", "biscuit-v2", "wigwam-v1"),
    multi("the ould fella liftin the cup", "jimmy-v2", "trophy-v1"),
    multi("our kid with a big 80s perm", "anto-v2", "perm-v1"),
    multi("me as a panini sticker", "kev-v3", "sticker-v2"),
    multi("goku in the lowry matchstick style", "goku-v1", "matchstick-v1"),
    multi("bluey in the mersey watercolour", "bluey-v1", "mersey-wc-v2"),
    multi("the shop in the matchstick men style", "shop-v2", "matchstick-v1"),
    multi("the van parked outside the shop", "van-v2", "shop-v2"),
    multi("clipper holdin a tin of our pomade", "clipper-v2", "pomade-v2"),
    multi("our lewis wearin a scally classics shirt", "lewis-v2", "shirt-v2"),
    multi("me stood outside the shop havin a ciggy", "kev-v3", "shop-v2"),
    multi("anto at the stall sellin kits", "anto-v2", "stall-v2"),
    multi("our house in the ghibli anime style", "house-v1", "anime-v1"),
    multi("our jen and ellie in that ghibli style", "jen-v3", "ellie-v2", "anime-v1"),
    multi("goku and gohan trainin together", "goku-v1", "gohan-v1"),
    multi("shrek in 16 bit pixel art", "shrek-v1", "pixel-v1"),
    multi("dixie on the front of an old 70s match programme", "dixie-v1", "programme-v1"),
    multi("me on openin day in a shell suit", "kev-v1", "shellsuit-v1"),
    multi("lewy when he was 8 with curtains", "lewis-v1", "curtains-v1"),
    multi("biscuit as a puppy, banksy stencil", "biscuit-v1", "stencil-v1"),
    multi("me and jen on our weddin day", "kev-v2", "jen-v1"),
    multi("the old white transit next to a mr whippy van", "van-v1", "icecream-v1"),
    multi("the old shop front before the refurb as a 16 bit pixel picture", "shop-v1", "pixel-v1"),
    multi("me ma at her 60th in a shell suit", "carol-v1", "shellsuit-v1"),
    multi("our kid before he lost the weight, banksy style on a wall", "anto-v1", "stencil-v1"),
    multi("me and macca havin a laugh", "kev-v3", "macca-v1"),
    multi("the kids nan pushin ellie on the swing", "carol-v2", "ellie-v2"),
    multi("me, jen, lewis and ellie on the beach", "kev-v3", "jen-v3", "lewis-v2", "ellie-v2"),
    multi("our dog in a bucket hat", "biscuit-v2", "bucket-v1"),
    multi("the ould fella in the beano comic style readin the echo", "jimmy-v2", "comic-v1"),
    multi("clipper doin a bicycle kick", "clipper-v2", "overhead-v1"),
]

CASES = SELECT + CLARIFY + NONE + MULTI


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
