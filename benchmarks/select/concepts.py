"""The hand-written world of the large selection benchmark: concepts, version notes, clarify groups.

Every concept is written by hand: its card description, its tags, and `refs` — ways a user refers
to it WITHOUT its name that fit it and no other concept in the catalog (checked by reading, and by
`build.py`'s name checks). `groups` are the keys of clarification groups (several distinct
families plausible for one phrase). Big families (`big=True`) get 32–48 versions whose cards
differ by date, version, description and tags (a version note drawn from the category's pool).
"""

# fmt: off
# (family, name, category, class_noun, gender, description, tags, groups, refs, big/versions)
# category decides scenes and version-note pools: pet, person, toy, object, vehicle, place, style
C = []


def concept(family, name, cat, cls, gender, desc, tags, groups=(), refs=(), versions=1, big=False,
            base="sd15"):
    C.append(dict(family=family, name=name, cat=cat, cls=cls, gender=gender, desc=desc,
                  tags=list(tags), groups=list(groups), refs=list(refs), versions=versions,
                  big=big, base=base))


# ---------------------------------------------------------------- big families (many versions)
concept("biscuit", "Biscuit", "pet", "dog", "m",
        "Biscuit, our big adult golden retriever with a white blaze on his chest.",
        ["pet", "dog", "golden retriever"], ["golden retriever"],
        ["our grown-up golden retriever", "the golden retriever with the white blaze",
         "the big adult golden retriever"], big=True)
concept("nova", "Nova", "pet", "dog", "f",
        "Nova, a black-and-white border collie with one ear that stands straight up.",
        ["pet", "dog", "border collie"], ["black-and-white dog"],
        ["my border collie", "the collie with one ear sticking up", "our border collie"], big=True)
concept("tofu", "Tofu", "pet", "dog", "m",
        "Tofu, a cream-coloured french bulldog with bat ears and a squashed nose.",
        ["pet", "dog", "french bulldog"], [],
        ["our frenchie", "the cream french bulldog", "the little bat-eared bulldog"], big=True)
concept("pretzel", "Pretzel", "pet", "dog", "m",
        "Pretzel, a long-haired red dachshund with a grey muzzle.",
        ["pet", "dog", "dachshund"], [],
        ["the sausage dog", "our long-haired dachshund", "the wiener dog with the grey muzzle"],
        big=True)
concept("cleo", "Cleo", "pet", "cat", "f",
        "Cleo, a sleek black cat with bright green eyes and a small white star on her chest.",
        ["pet", "cat", "black cat"], ["black cat"],
        ["the black cat with the white star on her chest", "the green-eyed black cat"], big=True)
concept("saffron", "Saffron", "pet", "cat", "m",
        "Saffron, a huge fluffy orange maine coon with tufted ears.",
        ["pet", "cat", "maine coon", "orange"], ["orange cat"],
        ["the maine coon", "our giant maine coon", "the fluffy orange cat with ear tufts"], big=True)
concept("kiwi", "Kiwi", "pet", "parrot", "n",
        "Kiwi, a bright green quaker parrot who likes to ride on shoulders.",
        ["pet", "bird", "parrot", "green"], ["bird"],
        ["the green parrot", "our quaker parrot", "my little green parrot"], big=True)
concept("dana", "Dana", "person", "woman", "f",
        "Portrait model of Dana, my sister: a woman with curly red hair and freckles.",
        ["person", "portrait", "woman", "red hair"], ["sister"],
        ["my sister with the curly red hair", "the freckled redhead", "my red-haired sister"],
        big=True)
concept("theo", "Theo", "person", "man", "m",
        "Portrait model of Theo, my husband: a tall man with dark wavy hair and a crooked smile.",
        ["person", "portrait", "man"], [],
        ["my husband", "the tall guy with dark wavy hair", "my hubby"], big=True)
concept("edith", "Edith", "person", "woman", "f",
        "Portrait model of Edith, my grandmother: short silver hair and pearl earrings.",
        ["person", "portrait", "elderly woman", "grandmother"], ["grandmother"],
        ["grandma with the pearl earrings", "my silver-haired grandmother"], big=True)
concept("barnaby", "Barnaby", "toy", "teddy bear", "m",
        "Barnaby, a worn brown teddy bear with a patched left paw.",
        ["toy", "plush", "teddy bear", "brown"], ["teddy bear"],
        ["the old brown teddy with the patched paw", "my worn-out teddy with the patched paw"],
        big=True)
concept("bolt", "Bolt", "toy", "robot toy", "n",
        "Bolt, a silver tin wind-up robot toy with red buttons and a key in its back.",
        ["toy", "robot", "tin", "vintage"], ["robot toy"],
        ["the tin wind-up robot", "my wind-up robot with the key in its back"], big=True)
concept("clementine", "Clementine", "toy", "rag doll", "f",
        "Clementine, a rag doll with orange yarn hair and a patchwork dress.",
        ["toy", "doll", "rag doll", "handmade"], ["doll"],
        ["the rag doll with orange yarn hair", "my old rag doll"], big=True)
concept("chugs", "Chugs", "toy", "toy train", "n",
        "Chugs, a wooden toy train with a red engine and three painted carriages.",
        ["toy", "train", "wooden"], [],
        ["the wooden toy train", "my red wooden train set"], big=True)
concept("ember", "Ember", "object", "acoustic guitar", "n",
        "Ember, my sunburst acoustic guitar with a cracked pickguard.",
        ["instrument", "guitar", "acoustic", "sunburst"], ["guitar"],
        ["my sunburst acoustic", "the acoustic guitar with the cracked pickguard"], big=True)
concept("bigblue", "Big Blue", "object", "camping mug", "n",
        "Big Blue, my chipped blue enamel camping mug with a white rim.",
        ["kitchen", "mug", "enamel", "blue"], ["blue mug"],
        ["the enamel camping mug", "my chipped camping mug"], big=True)
concept("stardust", "Stardust", "object", "sneakers", "n",
        "Stardust, white high-top sneakers with hand-painted gold stars.",
        ["fashion", "shoes", "sneakers", "white"], ["shoes"],
        ["my hand-painted high-tops", "the white high-tops with the gold stars"], big=True)
concept("marigold", "Marigold", "vehicle", "camper van", "n",
        "Marigold, our orange 1970s VW camper van with a pop-up roof.",
        ["vehicle", "van", "camper", "orange", "vintage"], [],
        ["the orange camper van", "our old VW bus", "the pop-top camper"], big=True)
concept("pistachio", "Pistachio", "vehicle", "scooter", "n",
        "Pistachio, a mint-green vespa scooter with a chrome luggage rack.",
        ["vehicle", "scooter", "vespa", "mint green"], [],
        ["my mint-green vespa", "the little green scooter"], big=True)
concept("comet", "Comet", "vehicle", "road bike", "n",
        "Comet, my red carbon road bike with drop handlebars.",
        ["vehicle", "bicycle", "road bike", "red"], ["red bike"],
        ["my road bike", "the carbon racing bike with drop bars"], big=True)
concept("pinehollow", "Pine Hollow", "place", "log cabin", "n",
        "Pine Hollow, our family's holiday log cabin on the lake with a green tin roof.",
        ["place", "cabin", "lake", "log cabin"], ["holiday home"],
        ["our lake cabin", "the log cabin by the lake", "the cabin with the green tin roof"],
        big=True)
concept("fernhill", "Fernhill", "place", "garden", "n",
        "Fernhill, my backyard cottage garden with a stone birdbath and climbing roses.",
        ["place", "garden", "backyard", "roses"], [],
        ["my backyard garden", "the garden with the stone birdbath"], big=True)
concept("aquarelle", "Aquarelle", "style", "watercolor painting", "n",
        "My loose watercolor style with soft bleeding edges and visible paper grain.",
        ["style", "watercolor", "painting", "soft"], ["painting style"],
        ["in my watercolor style", "in my loose watercolour look", "as one of my watercolors"],
        big=True)
concept("neonnoir", "Neon Noir", "style", "neon night photo", "n",
        "Moody night photography style: rain-slick streets, magenta and cyan neon, deep shadows.",
        ["style", "photography", "neon", "night", "cyberpunk"], [],
        ["in my neon night-photo look", "in the rainy neon cyberpunk style"], big=True)

# ---------------------------------------------------------------- single- and few-version concepts
# dogs
concept("maple", "Maple", "pet", "dog", "f",
        "Maple, our golden retriever puppy, twelve weeks old with oversized paws.",
        ["pet", "dog", "golden retriever", "puppy"], ["golden retriever"],
        ["the golden retriever puppy", "our golden puppy with the huge paws"], versions=3)
concept("otis", "Otis", "pet", "dog", "m",
        "Otis, a fawn pug with a curly tail and a wrinkly black face.",
        ["pet", "dog", "pug"], [], ["the pug", "our wrinkly pug"], versions=2)
concept("juno", "Juno", "pet", "dog", "f",
        "Juno, a pure white siberian husky with ice-blue eyes.",
        ["pet", "dog", "husky", "white"], ["husky"],
        ["the white husky with ice-blue eyes", "the all-white husky"])
concept("atlas", "Atlas", "pet", "dog", "m",
        "Atlas, a big grey-and-black siberian husky with a wolfish face and amber eyes.",
        ["pet", "dog", "husky", "grey"], ["husky"],
        ["the grey husky that looks like a wolf", "the amber-eyed grey husky"])
concept("waffles", "Waffles", "pet", "dog", "m",
        "Waffles, a red and white pembroke welsh corgi with a fluffy bottom.",
        ["pet", "dog", "corgi"], [], ["the corgi", "our stubby-legged corgi"], versions=2)
concept("pepper", "Pepper", "pet", "dog", "f",
        "Pepper, a salt-and-pepper miniature schnauzer with bushy eyebrows.",
        ["pet", "dog", "schnauzer"], [],
        ["the mini schnauzer", "the schnauzer with the bushy eyebrows"])
concept("ziggy", "Ziggy", "pet", "dog", "m",
        "Ziggy, a dalmatian with a black patch over one eye.",
        ["pet", "dog", "dalmatian", "spotted"], ["black-and-white dog"],
        ["the dalmatian", "our spotty dalmatian"])
concept("hazel", "Hazel", "pet", "dog", "f",
        "Hazel, a chocolate labrador with a greying chin.",
        ["pet", "dog", "labrador", "brown"], [], ["the chocolate lab", "our brown labrador"])
concept("duke", "Duke", "pet", "dog", "m",
        "Duke, a black-and-tan german shepherd, a retired police dog.",
        ["pet", "dog", "german shepherd"], [],
        ["the german shepherd", "the retired police dog"], versions=2)
concept("noodle", "Noodle", "pet", "dog", "f",
        "Noodle, a skinny grey greyhound rescued from the racetrack.",
        ["pet", "dog", "greyhound", "rescue"], [], ["the rescue greyhound", "our greyhound"])
# cats
concept("luna-cat", "Luna", "pet", "cat", "f",
        "Luna, a grey british shorthair cat with copper eyes and chubby cheeks.",
        ["pet", "cat", "british shorthair", "grey"], ["grey cat", "name:luna"],
        ["the british shorthair", "the chubby grey cat with copper eyes"], versions=2)
concept("smokey", "Smokey", "pet", "cat", "m",
        "Smokey, a long-haired grey persian cat with a flat face.",
        ["pet", "cat", "persian", "grey"], ["grey cat"],
        ["the persian", "the flat-faced persian cat"])
concept("ginger", "Ginger", "pet", "cat", "m",
        "Ginger, a skinny orange tabby street cat with a torn ear.",
        ["pet", "cat", "tabby", "orange"], ["orange cat"],
        ["the orange tabby with the torn ear", "the scrappy orange street cat"])
concept("oreo", "Oreo", "pet", "cat", "m",
        "Oreo, a black-and-white tuxedo cat with a white moustache marking.",
        ["pet", "cat", "tuxedo cat"], [], ["the tuxedo cat", "our tuxedo kitty"], versions=2)
concept("nimbus", "Nimbus", "pet", "cat", "f",
        "Nimbus, a fluffy white ragdoll cat with blue eyes.",
        ["pet", "cat", "ragdoll", "white"], [], ["the ragdoll", "the fluffy white ragdoll"])
concept("figaro", "Figaro", "pet", "cat", "m",
        "Figaro, a spotted bengal cat with leopard-like rosettes.",
        ["pet", "cat", "bengal"], [], ["the bengal", "the leopard-spotted bengal cat"])
concept("misty", "Misty", "pet", "cat", "f",
        "Misty, a hairless sphynx cat with huge ears and wrinkled skin.",
        ["pet", "cat", "sphynx", "hairless"], [], ["the sphynx", "the hairless cat"])
concept("socks", "Socks", "pet", "cat", "m",
        "Socks, a black cat with four white paws and yellow eyes.",
        ["pet", "cat", "black cat"], ["black cat"],
        ["the black cat with four white feet", "the yellow-eyed black cat with white paws"])
# other pets
concept("basil", "Basil", "pet", "bearded dragon", "m",
        "Basil, a sandy-orange bearded dragon lizard who loves basking under his lamp.",
        ["pet", "reptile", "lizard", "bearded dragon"], [],
        ["the bearded dragon", "our pet lizard"])
concept("peaches", "Peaches", "pet", "hamster", "f",
        "Peaches, a golden syrian hamster with stuffed cheeks.",
        ["pet", "hamster", "rodent"], [], ["the hamster", "our little hamster"])
concept("sirhops", "Sir Hops", "pet", "rabbit", "m",
        "Sir Hops, a grey lop-eared rabbit with a white nose.",
        ["pet", "rabbit", "lop"], [], ["the lop-eared bunny", "our grey lop rabbit"], versions=2)
concept("bubbles", "Bubbles", "pet", "goldfish", "n",
        "Bubbles, a fancy fantail goldfish, orange with a flowing white tail.",
        ["pet", "fish", "goldfish"], [], ["the goldfish", "our fantail goldfish"])
concept("gus", "Gus", "pet", "tortoise", "m",
        "Gus, an old russian tortoise with a scratched shell.",
        ["pet", "tortoise", "reptile"], [], ["the tortoise", "our old tortoise"])
concept("mango", "Mango", "pet", "cockatiel", "f",
        "Mango, a yellow cockatiel with orange cheek patches and a tall crest.",
        ["pet", "bird", "cockatiel", "yellow"], ["bird"],
        ["the cockatiel", "the yellow cockatiel"], versions=2)
concept("apollo", "Apollo", "pet", "horse", "m",
        "Apollo, a chestnut quarter horse with a white stripe down his face.",
        ["pet", "horse", "chestnut"], [], ["the chestnut horse", "my horse"], versions=3)
concept("truffle", "Truffle", "pet", "guinea pig", "f",
        "Truffle, a tri-colour abyssinian guinea pig with messy rosettes.",
        ["pet", "guinea pig", "rodent"], [], ["the guinea pig", "our messy-haired guinea pig"])
concept("olive-hedgehog", "Olive", "pet", "hedgehog", "f",
        "Olive, our african pygmy hedgehog with a white face.",
        ["pet", "hedgehog"], ["name:olive"], ["the hedgehog", "our pygmy hedgehog"])
# people
concept("lena", "Lena", "person", "teenage girl", "f",
        "Portrait model of Lena, my younger sister: a teenager with a long blonde ponytail.",
        ["person", "portrait", "teenager", "blonde"], ["sister"],
        ["my little sister with the blonde ponytail", "my teenage sister"], versions=2)
concept("nanalou", "Nana Lou", "person", "elderly woman", "f",
        "Portrait model of Nana Lou, my other grandmother: curly auburn hair and a big laugh.",
        ["person", "portrait", "elderly woman", "grandmother"], ["grandmother"],
        ["my nana with the curly auburn hair"])
concept("priya", "Priya", "person", "woman", "f",
        "Portrait model of my friend Priya: a woman with a sleek black bob and gold hoop earrings.",
        ["person", "portrait", "woman", "friend"], ["friend"],
        ["my friend with the black bob", "the woman with the bob and gold hoops"], versions=2)
concept("marcus", "Marcus", "person", "man", "m",
        "Portrait model of my friend Marcus: a broad-shouldered man with shoulder-length dreadlocks.",
        ["person", "portrait", "man", "friend"], ["friend"],
        ["my friend with the dreadlocks", "the broad-shouldered guy with dreads"])
concept("kenji", "Kenji", "person", "man", "m",
        "Portrait model of my friend Kenji: a slim man with a neat undercut and a denim jacket.",
        ["person", "portrait", "man", "friend"], ["friend"],
        ["my friend with the undercut", "the slim guy in the denim jacket"])
concept("walt", "Grandpa Walt", "person", "elderly man", "m",
        "Portrait model of Grandpa Walt: an old man with a white handlebar moustache and a flat cap.",
        ["person", "portrait", "elderly man", "grandfather"], [],
        ["my grandfather", "grandpa with the handlebar moustache"], versions=2)
concept("sofia", "Sofia", "person", "girl", "f",
        "Portrait model of Sofia, my six-year-old daughter, with brown pigtails and a gap-toothed smile.",
        ["person", "portrait", "child", "girl", "daughter"], ["daughter", "kid"],
        ["my six-year-old", "my youngest girl with the pigtails"], versions=3)
concept("ava", "Ava", "person", "teenage girl", "f",
        "Portrait model of Ava, my fifteen-year-old daughter, with braces and a grey beanie.",
        ["person", "portrait", "teenager", "girl", "daughter"], ["daughter", "kid"],
        ["my teenage daughter", "my eldest with the braces"], versions=2)
concept("leo", "Leo", "person", "boy", "m",
        "Portrait model of Leo, my two-year-old son with curly blond hair.",
        ["person", "portrait", "child", "boy", "son"], ["kid"],
        ["my son", "my toddler", "the little boy with blond curls"], versions=2)
# toys
concept("honey", "Honey", "toy", "teddy bear", "f",
        "Honey, a honey-gold teddy bear with a blue satin bow.",
        ["toy", "plush", "teddy bear", "gold"], ["teddy bear"],
        ["the golden teddy with the blue bow", "the teddy with the satin bow"])
concept("bingo", "Bingo", "toy", "robot toy", "n",
        "Bingo, a chunky plastic toy robot with flashing blue lights and tank treads.",
        ["toy", "robot", "plastic"], ["robot toy"],
        ["the plastic robot with tank treads", "the robot toy with the flashing blue lights"])
concept("lulu", "Lulu", "toy", "porcelain doll", "f",
        "Lulu, an antique porcelain doll with a lace bonnet.",
        ["toy", "doll", "porcelain", "antique"], ["doll"],
        ["the antique porcelain doll", "the doll with the lace bonnet"])
concept("quack", "Captain Quack", "toy", "rubber duck", "m",
        "Captain Quack, a yellow rubber duck wearing a tiny pirate hat.",
        ["toy", "rubber duck", "yellow", "bath"], [],
        ["the rubber duck", "the pirate rubber ducky"])
concept("patches", "Patches", "toy", "elephant plushie", "n",
        "Patches, a patchwork elephant plush sewn from old baby clothes.",
        ["toy", "plush", "elephant"], [], ["the patchwork elephant", "the elephant plushie"])
concept("gizmo", "Gizmo", "toy", "lego spaceship", "n",
        "Gizmo, a lego spaceship I built, grey and blue with yellow wings.",
        ["toy", "lego", "spaceship"], [], ["my lego spaceship", "the brick-built spaceship"])
concept("sergeant", "Sergeant Tin", "toy", "tin soldier", "m",
        "Sergeant Tin, a hand-painted tin soldier in a red coat and tall black hat.",
        ["toy", "tin soldier", "vintage"], [], ["the tin soldier", "the little toy soldier"])
concept("grumble", "Grumble", "toy", "monster plushie", "n",
        "Grumble, a fuzzy purple monster plush with one big eye.",
        ["toy", "plush", "monster", "purple"], [],
        ["the one-eyed purple monster plushie", "the fuzzy purple monster"])
concept("stella", "Stella", "toy", "unicorn plushie", "f",
        "Stella, a white unicorn plush with a rainbow mane and a silver horn.",
        ["toy", "plush", "unicorn"], [], ["the unicorn plushie", "the rainbow-maned unicorn toy"])
# objects
concept("riff", "Riff", "object", "electric guitar", "n",
        "Riff, a glossy red electric guitar with a white pickguard.",
        ["instrument", "guitar", "electric", "red"], ["guitar"],
        ["my red electric guitar", "the glossy red electric"])
concept("skye", "Skye", "object", "ceramic mug", "n",
        "Skye, a handmade sky-blue ceramic mug with a thumb rest.",
        ["kitchen", "mug", "ceramic", "blue", "handmade"], ["blue mug"],
        ["the handmade ceramic mug with the thumb rest", "the sky-blue pottery mug"])
concept("trailblazer", "Trailblazer", "object", "hiking boots", "n",
        "Trailblazer, my scuffed brown leather hiking boots with red laces.",
        ["fashion", "shoes", "boots", "hiking"], ["shoes"],
        ["my old hiking boots", "the scuffed leather boots with red laces"])
concept("oldfaithful", "Old Faithful", "object", "pocket watch", "n",
        "Old Faithful, grandpa's silver pocket watch with an engraved lid.",
        ["heirloom", "watch", "pocket watch", "silver"], ["watch"],
        ["the engraved silver pocket watch", "the antique pocket watch"])
concept("pulse", "Pulse", "object", "smartwatch", "n",
        "Pulse, my black smartwatch with a cracked corner on the screen.",
        ["gadget", "watch", "smartwatch"], ["watch"],
        ["my smartwatch", "the smartwatch with the cracked screen"])
concept("beatrix", "Beatrix", "object", "typewriter", "n",
        "Beatrix, a mint-green 1950s portable typewriter.",
        ["vintage", "typewriter", "mint green"], [],
        ["the old typewriter", "my 1950s typewriter"])
concept("kazu", "Kazu", "object", "bonsai tree", "n",
        "Kazu, a twisted ficus bonsai in a shallow blue pot.",
        ["plant", "bonsai", "ficus"], ["houseplant"], ["my bonsai", "the little ficus bonsai"])
concept("monty", "Monty", "object", "monstera plant", "n",
        "Monty, a huge monstera plant with split leaves in a woven basket.",
        ["plant", "monstera", "houseplant"], ["houseplant"],
        ["my monstera", "the big split-leaf plant"])
concept("lumen", "Lumen", "object", "desk lamp", "n",
        "Lumen, a brass banker's desk lamp with a green glass shade.",
        ["lamp", "brass", "desk lamp", "vintage"], ["lamp"],
        ["the banker's lamp", "the brass lamp with the green shade"])
concept("blobby", "Blobby", "object", "lava lamp", "n",
        "Blobby, a 70s lava lamp with orange wax in purple liquid.",
        ["lamp", "lava lamp", "retro"], ["lamp"], ["the lava lamp", "my groovy lava lamp"])
concept("koa", "Koa", "object", "ukulele", "n",
        "Koa, a small koa-wood ukulele with a turtle inlay.",
        ["instrument", "ukulele", "wood"], [],
        ["my ukulele", "the uke with the turtle inlay"])
concept("bramble", "Bramble", "object", "patchwork quilt", "n",
        "Bramble, a hand-stitched patchwork quilt in reds and creams, made by my grandmother.",
        ["textile", "quilt", "handmade", "heirloom"], [],
        ["the hand-stitched quilt", "the red and cream patchwork quilt"])
concept("wilhelmina", "Wilhelmina", "object", "cast-iron teapot", "n",
        "Wilhelmina, a black cast-iron teapot with a dragonfly pattern.",
        ["kitchen", "teapot", "cast iron"], [],
        ["the cast-iron teapot", "the teapot with the dragonfly pattern"])
concept("minnie", "Minnie", "object", "film camera", "n",
        "Minnie, a tiny silver 35mm film camera with a brown leather strap.",
        ["camera", "film camera", "vintage", "silver"], [],
        ["my old 35mm camera", "the tiny silver camera"])
concept("shredder", "Shredder", "object", "skateboard", "n",
        "Shredder, my skateboard with a flame graphic and green wheels.",
        ["skateboard", "sports"], [], ["my skateboard", "the board with the flame graphic"],
        versions=2)
concept("sherpa", "Sherpa", "object", "hiking backpack", "n",
        "Sherpa, a big orange hiking backpack covered in embroidered patches.",
        ["backpack", "hiking", "orange"], [], ["my hiking backpack", "the big orange backpack"])
concept("bigben", "Big Ben", "object", "grandfather clock", "n",
        "Big Ben, the tall oak grandfather clock in our hallway.",
        ["clock", "grandfather clock", "oak", "antique"], [],
        ["the grandfather clock", "our tall hallway clock"])
# vehicles
concept("cherry", "Cherry", "vehicle", "kids bicycle", "n",
        "Cherry, my daughter's little red bicycle with training wheels and handlebar streamers.",
        ["vehicle", "bicycle", "kids", "red"], ["red bike"],
        ["the kids' bike with training wheels", "the little bike with the streamers"])
concept("rusty", "Rusty", "vehicle", "pickup truck", "n",
        "Rusty, a faded blue 1978 pickup truck with a dented tailgate.",
        ["vehicle", "truck", "pickup", "blue", "vintage"], [],
        ["the old pickup", "our faded blue pickup truck"], versions=2)
concept("raven", "Raven", "vehicle", "motorcycle", "n",
        "Raven, a matte black cafe-racer motorcycle with a brown leather seat.",
        ["vehicle", "motorcycle", "black"], [], ["my motorbike", "the black cafe racer"])
concept("luna-boat", "Luna", "vehicle", "sailboat", "n",
        "Luna, our little blue-and-white sailboat with a crescent moon on the sail.",
        ["vehicle", "boat", "sailboat"], ["name:luna", "boat"],
        ["our sailboat", "the sailboat with the moon on the sail"], versions=2)
concept("salty", "Salty", "vehicle", "fishing boat", "n",
        "Salty, grandpa's old wooden fishing boat painted red and white.",
        ["vehicle", "boat", "fishing boat", "wooden"], ["boat"],
        ["the old wooden fishing boat", "the red and white fishing boat"])
concept("rosie", "Rosie", "vehicle", "tractor", "n",
        "Rosie, a little red vintage farm tractor.",
        ["vehicle", "tractor", "farm", "red"], [], ["the red tractor", "our vintage tractor"])
concept("dottie", "Dottie", "vehicle", "car", "n",
        "Dottie, a yellow vintage beetle car with white polka-dot decals.",
        ["vehicle", "car", "beetle", "yellow"], ["car"],
        ["the yellow beetle", "the polka-dot beetle"], versions=2)
concept("roxanne", "Roxanne", "vehicle", "car", "n",
        "Roxanne, a bright red mini cooper with a white roof.",
        ["vehicle", "car", "mini", "red"], ["car"],
        ["the red mini with the white roof", "my mini cooper"])
concept("olive-car", "Olive", "vehicle", "car", "n",
        "Olive, my olive-green vintage fiat 500.",
        ["vehicle", "car", "fiat", "green"], ["car", "name:olive"],
        ["the little green fiat", "my fiat 500"])
concept("minnow", "Minnow", "vehicle", "kayak", "n",
        "Minnow, a bright yellow sea kayak.", ["vehicle", "kayak", "yellow"], [],
        ["my kayak", "the yellow sea kayak"])
# places
concept("casaazul", "Casa Azul", "place", "beach house", "n",
        "Casa Azul, our holiday beach house on the cliffs with blue shutters.",
        ["place", "house", "beach house", "sea"], ["holiday home"],
        ["the beach house", "our little house by the sea with blue shutters"], versions=2)
concept("crowsnest", "Crow's Nest", "place", "treehouse", "n",
        "Crow's Nest, the kids' treehouse in the old oak with a rope ladder.",
        ["place", "treehouse", "garden"], [],
        ["the kids' treehouse", "the treehouse with the rope ladder"])
concept("crumb", "Crumb & Co", "place", "bakery", "n",
        "Crumb & Co, our family bakery with a striped green awning.",
        ["place", "bakery", "shop"], [],
        ["our family bakery", "the bakery with the striped awning"])
concept("glasshouse", "Glasshouse", "place", "greenhouse", "n",
        "Glasshouse, our victorian glass greenhouse full of tomato vines.",
        ["place", "greenhouse", "garden"], [], ["the greenhouse", "our victorian greenhouse"])
concept("hearth", "Hearth", "place", "kitchen", "n",
        "Hearth, our farmhouse kitchen with a red range cooker and copper pots.",
        ["place", "kitchen", "farmhouse", "interior"], [],
        ["our farmhouse kitchen", "the kitchen with the red range cooker"])
concept("loft", "The Loft", "place", "loft apartment", "n",
        "The Loft, my converted warehouse apartment with brick walls and huge windows.",
        ["place", "apartment", "interior", "brick"], [],
        ["my brick loft apartment", "my warehouse apartment"])
# styles
concept("impasto", "Impasto", "style", "oil painting", "n",
        "Impasto: my thick oil painting style with heavy palette-knife texture.",
        ["style", "oil painting", "painting", "texture"], ["painting style"],
        ["in my oil painting style", "in the thick palette-knife oil look"], versions=2)
concept("smudge", "Smudge", "style", "charcoal drawing", "n",
        "Smudge: my smudgy charcoal sketch style on rough grey paper.",
        ["style", "charcoal", "sketch", "drawing"], ["sketch style"],
        ["in my charcoal sketch style", "in the smudgy charcoal look"], versions=2)
concept("inkline", "Inkline", "style", "pen and ink drawing", "n",
        "Inkline: fine black pen-and-ink linework with dense cross-hatching.",
        ["style", "ink", "sketch", "drawing", "line art"], ["sketch style"],
        ["in my pen and ink style", "in the cross-hatched ink look"])
concept("seventies", "Seventies", "style", "70s film photo", "n",
        "Seventies: warm faded 1970s film photo look with light leaks.",
        ["style", "photo", "film", "retro"], ["old photo style"],
        ["with my faded 70s film look", "in the warm seventies film style"])
concept("tintype", "Tintype", "style", "tintype photo", "n",
        "Tintype: antique wet-plate tintype photo style, silver-brown and scratched.",
        ["style", "photo", "antique", "wet plate"], ["old photo style"],
        ["as an old wet-plate tintype", "in my wet-plate photo style"])
concept("bitwise", "Bitwise", "style", "8-bit pixel art", "n",
        "Bitwise: chunky 8-bit pixel art with a limited retro palette.",
        ["style", "pixel art", "8-bit", "game"], [],
        ["in my 8-bit style", "as chunky 8-bit pixel art"], versions=2)
concept("clayworks", "Clayworks", "style", "claymation", "n",
        "Clayworks: stop-motion claymation look with fingerprints in the clay.",
        ["style", "claymation", "stop motion", "3d"], [],
        ["in my claymation style", "in the stop-motion clay look"])
concept("kirigami", "Kirigami", "style", "layered paper-cut art", "n",
        "Kirigami: layered paper-cut art with soft drop shadows between the layers.",
        ["style", "paper cut", "paper", "layered"], [],
        ["in the layered paper-cut style", "as my paper-cut art"])
concept("cathedral", "Cathedral", "style", "stained glass", "n",
        "Cathedral: stained glass window style with thick lead lines and glowing colour.",
        ["style", "stained glass", "window"], [],
        ["in my stained-glass style", "as a stained glass window in my style"])
concept("tessera", "Tessera", "style", "mosaic", "n",
        "Tessera: roman mosaic style made of small stone tiles.",
        ["style", "mosaic", "tiles", "ancient"], [],
        ["in the mosaic tile style", "as one of my roman mosaics"])
concept("halftone", "Halftone", "style", "retro comic art", "n",
        "Halftone: vintage comic book style with halftone dots and bold inks.",
        ["style", "comic", "pop art", "retro"], [],
        ["in my retro comic style", "in the halftone comic-book look"], versions=2)
concept("facet", "Facet", "style", "low-poly 3D render", "n",
        "Facet: low-poly 3D render style with flat-shaded triangles.",
        ["style", "low poly", "3d", "render"], [],
        ["in my low-poly style", "as a flat-shaded low-poly render"])
concept("stitchwork", "Stitchwork", "style", "cross-stitch embroidery", "n",
        "Stitchwork: cross-stitch embroidery look on linen fabric.",
        ["style", "embroidery", "cross-stitch", "textile"], [],
        ["in my cross-stitch style", "as embroidery in the stitchwork look"])


# ---------------------------------------------------------------- version notes per category
# (card text, tags, cue phrasings a user would type, keywords that scenes must avoid)
def note(text, tags, cues, kw):
    return dict(text=text, tags=tags, cues=cues, kw=kw)


NOTES = {
    "pet": [
        note("trained on photos of {obj} in a red-and-green Christmas sweater", ["christmas", "sweater"],
             ["in the Christmas sweater", "wearing the xmas sweater", "in {poss} festive christmas jumper"],
             ["christmas", "xmas", "sweater", "jumper", "festive"]),
        note("photos of {obj} dressed in a pumpkin Halloween costume", ["halloween", "costume"],
             ["in the pumpkin costume", "dressed up as a pumpkin", "from the halloween shoot"],
             ["pumpkin", "halloween", "costume"]),
        note("photos of {obj} playing in deep snow", ["snow", "winter"],
             ["from the snow photos", "trained on the snowy pictures", "the one from the deep snow"],
             ["snow", "snowy", "winter"]),
        note("photos from a beach trip, sandy paws and salty fur", ["beach", "sand"],
             ["from the beach trip", "trained on the beach pictures", "with the sandy paws"],
             ["beach", "sand", "sandy", "sea", "seaside"]),
        note("wearing a paper birthday hat at {poss} party", ["birthday", "party hat"],
             ["in the birthday hat", "with the little party hat", "from {poss} birthday party"],
             ["birthday", "party", "hat"]),
        note("wearing a yellow polka-dot bandana", ["bandana", "polka dot"],
             ["with the polka-dot bandana", "wearing the yellow bandana", "in the spotty neckerchief"],
             ["bandana", "polka", "neckerchief"]),
        note("in a shiny blue raincoat on a drizzly walk", ["raincoat", "rain"],
             ["in the blue raincoat", "wearing the little raincoat", "from the drizzly walk"],
             ["raincoat", "rain", "rainy", "drizzly"]),
        note("right after a short summer trim at the groomer", ["groomed", "trim"],
             ["after the summer trim", "with the short groomer cut", "freshly groomed"],
             ["groom", "groomed", "groomer", "trim", "haircut"]),
        note("wearing a plastic cone after a vet visit", ["cone", "vet"],
             ["with the cone of shame", "wearing the vet cone", "in the plastic cone"],
             ["cone", "vet"]),
        note("photographed in piles of autumn leaves", ["autumn", "leaves"],
             ["in the autumn leaves", "from the fall leaves shoot", "with the pile of leaves"],
             ["autumn", "fall", "leaves"]),
        note("wearing heart-shaped sunglasses", ["sunglasses"],
             ["with the heart sunglasses", "wearing heart-shaped shades", "in those heart glasses"],
             ["sunglasses", "shades", "glasses"]),
        note("wearing a tiny tartan bow tie", ["bow tie", "tartan"],
             ["with the tartan bow tie", "in the little bowtie", "wearing the plaid bow tie"],
             ["bow", "bowtie", "tartan", "plaid", "tie"]),
        note("with a daisy flower crown", ["flower crown", "spring"],
             ["with the daisy crown", "wearing the flower crown", "in the flower wreath"],
             ["crown", "daisy", "daisies", "flower", "flowers", "wreath", "spring"]),
        note("clean studio shots on a grey backdrop", ["studio"],
             ["from the studio shoot", "the grey-backdrop one", "trained on the studio shots"],
             ["studio", "backdrop"]),
        note("wearing a bright orange hiking harness", ["harness", "hiking"],
             ["with the orange harness", "in the hiking harness", "from the hike with the harness"],
             ["harness", "hike", "hiking", "trail"]),
        note("in a knitted pom-pom beanie", ["beanie", "knitted"],
             ["in the pom-pom beanie", "wearing the knitted hat", "with the bobble hat"],
             ["beanie", "knitted", "hat", "bobble", "pom"]),
        note("low-light photos curled up by the fireplace", ["fireplace", "cozy"],
             ["from the fireplace photos", "the cosy fireplace one", "by the fire"],
             ["fireplace", "fire", "cozy", "cosy"]),
        note("soaking wet right after a bath", ["bath", "wet"],
             ["after the bath", "all wet from the bath", "the soaking-wet one"],
             ["bath", "wet", "soaking", "bathtub"]),
    ],
    "person": [
        note("photos from {poss} wedding day in formal wedding clothes", ["wedding", "formal"],
             ["in {poss} wedding outfit", "from the wedding photos", "dressed for the wedding"],
             ["wedding", "formal", "bride", "groom"]),
        note("in a graduation gown and cap", ["graduation"],
             ["in the graduation gown", "from the graduation photos", "with the mortarboard"],
             ["graduation", "gown", "mortarboard", "cap"]),
        note("with dyed pink hair", ["pink hair"],
             ["with the pink hair", "when {subj} dyed {poss} hair pink", "the pink-haired one"],
             ["pink", "hair", "dyed"]),
        note("with a very short buzz cut", ["buzz cut", "short hair"],
             ["with the buzz cut", "after the buzzcut", "with the shaved head"],
             ["buzz", "buzzcut", "shaved", "haircut"]),
        note("wearing round tortoiseshell glasses", ["glasses"],
             ["with the round glasses", "wearing the tortoiseshell specs", "the one with glasses"],
             ["glasses", "specs", "spectacles"]),
        note("in hiking gear on a mountain trail", ["hiking", "outdoors"],
             ["in the hiking gear", "from the mountain hike", "the hiking one"],
             ["hiking", "hike", "mountain", "trail", "alps"]),
        note("in ski goggles and a puffy snow jacket", ["ski", "winter"],
             ["in the ski goggles", "from the ski trip", "in the puffy snow jacket"],
             ["ski", "skiing", "snow", "goggles", "winter", "jacket"]),
        note("in a white chef's apron in the kitchen", ["apron", "cooking"],
             ["in the chef's apron", "the cooking one with the apron", "wearing the apron"],
             ["apron", "chef", "cooking", "kitchen", "baking"]),
        note("wearing a chunky red Christmas jumper", ["christmas", "jumper"],
             ["in the christmas jumper", "wearing the xmas sweater", "from the christmas photos"],
             ["christmas", "xmas", "jumper", "sweater"]),
        note("with a sunburn after the summer holiday", ["sunburn", "summer"],
             ["with the sunburn", "the sunburnt one", "after the summer holiday"],
             ["sunburn", "sunburnt", "summer", "holiday", "beach"]),
        note("in a yellow football jersey", ["football", "jersey"],
             ["in the football jersey", "wearing the yellow jersey", "the football one"],
             ["football", "jersey", "soccer"]),
        note("wearing a wide straw sun hat", ["straw hat"],
             ["in the straw hat", "with the big sun hat", "wearing the straw sunhat"],
             ["straw", "hat", "sunhat"]),
        note("with {poss} arm in a bright green cast", ["cast"],
             ["with the arm cast", "when {subj} had the cast", "with the green cast"],
             ["cast", "arm", "broken"]),
        note("in a superhero costume with a cape", ["costume", "cape"],
             ["in the superhero costume", "with the cape", "dressed as a superhero"],
             ["superhero", "costume", "cape", "hero"]),
        note("wearing a long striped knitted scarf", ["scarf"],
             ["with the striped scarf", "in the long knitted scarf", "wearing that scarf"],
             ["scarf", "knitted", "striped"]),
        note("with a long braid over one shoulder", ["braid"],
             ["with the long braid", "with {poss} hair in a braid", "the braided one"],
             ["braid", "braided", "plait"]),
    ],
    "toy": [
        note("after the left ear was stitched back on", ["repaired", "stitches"],
             ["after the repair", "with the stitched-up ear", "with the stitches"],
             ["repair", "repaired", "stitched", "stitches", "ear"]),
        note("with a new red ribbon tied around the neck", ["ribbon", "red"],
             ["with the red ribbon", "wearing the new ribbon", "the red-ribbon one"],
             ["ribbon", "red"]),
        note("faded from years on a sunny windowsill", ["faded"],
             ["the faded one", "after it faded in the sun", "with the sun-bleached colours"],
             ["faded", "sun", "bleached", "windowsill"]),
        note("wearing a tiny knitted scarf", ["scarf", "knitted"],
             ["with the tiny scarf", "in the knitted scarf", "wearing the little scarf"],
             ["scarf", "knitted"]),
        note("brand new, straight out of the box", ["new", "mint condition"],
             ["when it was brand new", "straight out of the box", "in mint condition"],
             ["new", "box", "mint", "unboxed"]),
        note("with a missing button eye", ["missing eye"],
             ["with the missing eye", "after it lost a button eye", "with just one button eye"],
             ["eye", "missing", "button"]),
        note("covered in glitter after craft day", ["glitter"],
             ["covered in glitter", "after craft day", "the glittery one"],
             ["glitter", "glittery", "craft", "sparkly"]),
        note("wearing a little santa hat", ["christmas", "santa hat"],
             ["in the santa hat", "the christmas one", "wearing the santa hat"],
             ["santa", "christmas", "xmas", "hat"]),
        note("wearing a tiny golden paper crown", ["crown"],
             ["with the paper crown", "wearing the little crown", "the crowned one"],
             ["crown", "king", "queen", "royal"]),
        note("with a pirate eye patch", ["pirate", "eye patch"],
             ["with the pirate eye patch", "in the pirate patch", "dressed as a pirate"],
             ["pirate", "patch", "eye"]),
        note("mud-stained after a day in the garden", ["muddy"],
             ["the muddy one", "after the garden mud", "all muddy"],
             ["mud", "muddy", "garden", "dirt"]),
        note("photographed on a white tabletop in soft box light", ["product shot"],
             ["from the product shots", "on the white tabletop", "the product-photo one"],
             ["product", "tabletop", "white", "softbox"]),
        note("with a tiny name tag on a string", ["name tag"],
             ["with the name tag", "wearing the little tag", "the tagged one"],
             ["tag", "label"]),
        note("in a doll-sized yellow raincoat", ["raincoat"],
             ["in the yellow raincoat", "wearing the tiny raincoat", "the raincoat one"],
             ["raincoat", "rain", "yellow"]),
    ],
    "object": [
        note("with a new whale sticker on it", ["sticker", "whale"],
             ["with the whale sticker", "the one with the sticker", "after I added the whale sticker"],
             ["sticker", "whale"]),
        note("wrapped with a red Christmas ribbon", ["christmas", "ribbon"],
             ["with the christmas ribbon", "in the christmas wrapping", "wrapped in the red ribbon"],
             ["christmas", "xmas", "ribbon", "red", "gift"]),
        note("covered in frost on a winter morning", ["frost", "winter"],
             ["covered in frost", "the frosty one", "from the frosty morning"],
             ["frost", "frosty", "winter", "ice", "icy", "snow"]),
        note("with a scratch repaired in gold lacquer", ["repaired", "gold"],
             ["with the gold repair", "after the gold-lacquer fix", "with the golden scratch repair"],
             ["gold", "golden", "repair", "repaired", "scratch"]),
        note("shot under warm candlelight", ["candlelight", "warm light"],
             ["in the candlelight", "from the candlelit shoot", "the candlelight one"],
             ["candle", "candlelight", "candlelit", "candles"]),
        note("next to a sprig of holly", ["holly"],
             ["with the holly sprig", "next to the holly", "the one with holly"],
             ["holly", "christmas"]),
        note("in harsh noon sunlight with hard shadows", ["sunlight", "hard shadows"],
             ["in the harsh noon sun", "with the hard shadows", "from the noon sunlight photos"],
             ["noon", "sunlight", "shadows", "sun", "midday"]),
        note("with a brown luggage tag tied on", ["luggage tag", "travel"],
             ["with the luggage tag", "the travel one with the tag", "with the tag tied on"],
             ["luggage", "tag", "travel", "airport"]),
        note("on a red checkered picnic blanket", ["picnic"],
             ["on the picnic blanket", "from the picnic photos", "the picnic one"],
             ["picnic", "blanket", "checkered"]),
        note("after a deep clean and polish", ["polished", "clean"],
             ["after the polish", "the freshly cleaned one", "all polished up"],
             ["polish", "polished", "clean", "cleaned", "shiny"]),
        note("with a coffee ring stain beside it", ["coffee"],
             ["with the coffee stain", "the coffee-ring one", "next to the coffee stain"],
             ["coffee", "stain", "cafe"]),
        note("decorated with a tiny string of fairy lights", ["fairy lights"],
             ["with the fairy lights", "the one wrapped in lights", "with the little string lights"],
             ["fairy", "lights", "string", "glowing"]),
        note("photographed on a rainy windowsill", ["rain", "window"],
             ["on the rainy windowsill", "from the rainy-window photos", "by the rainy window"],
             ["rain", "rainy", "window", "windowsill"]),
    ],
    "vehicle": [
        note("covered in mud after a trip down a dirt track", ["mud", "muddy"],
             ["covered in mud", "the muddy one", "after the dirt-track trip"],
             ["mud", "muddy", "dirt", "track"]),
        note("decorated with strings of fairy lights", ["fairy lights", "lights"],
             ["with the fairy lights", "all lit up with fairy lights", "the lights one"],
             ["fairy", "lights", "string", "glowing", "night"]),
        note("with a big rainbow sticker", ["rainbow", "sticker"],
             ["with the rainbow sticker", "the rainbow one", "after the rainbow decal"],
             ["rainbow", "sticker", "decal", "pride"]),
        note("parked in fresh snow", ["snow", "winter"],
             ["in the snow", "from the snowy photos", "the winter one"],
             ["snow", "snowy", "winter", "ice"]),
        note("freshly polished for a show", ["polished", "show"],
             ["freshly polished", "from the show", "the shiny show one"],
             ["polish", "polished", "show", "shiny"]),
        note("with a dent in the side after a bump", ["dent"],
             ["with the dent", "after the bump", "the dented one"],
             ["dent", "dented", "bump", "crash"]),
        note("with a wicker basket of flowers attached", ["basket", "flowers"],
             ["with the flower basket", "with the wicker basket", "the one with flowers"],
             ["basket", "wicker", "flower", "flowers"]),
        note("with a bunch of helium balloons tied on", ["balloons", "party"],
             ["with the balloons", "the balloon one", "with balloons tied on"],
             ["balloon", "balloons", "party"]),
        note("with a vintage enamel licence plate", ["licence plate", "vintage"],
             ["with the vintage plate", "after the new old licence plate", "with the enamel plate"],
             ["plate", "licence", "license", "enamel"]),
        note("at the seaside with the sea behind", ["seaside", "sea"],
             ["from the seaside trip", "by the sea", "the seaside one"],
             ["sea", "seaside", "beach", "coast", "coastal", "ocean"]),
        note("after a glossy new coat of paint", ["repainted"],
             ["after the respray", "with the new paint job", "the freshly painted one"],
             ["paint", "painted", "respray", "glossy"]),
        note("with a white racing stripe added", ["racing stripe"],
             ["with the racing stripe", "the striped one", "after the racing stripe"],
             ["racing", "stripe", "striped"]),
        note("covered in autumn leaves", ["autumn", "leaves"],
             ["covered in leaves", "the autumn one", "in the fall leaves"],
             ["autumn", "fall", "leaves", "leaf"]),
    ],
    "place": [
        note("in deep snow", ["snow", "winter"],
             ["in the snow", "the snowy one", "from the winter shoot"],
             ["snow", "snowy", "winter", "blizzard", "snowstorm"]),
        note("in full spring bloom", ["spring", "blossom"],
             ["in spring bloom", "the blossom one", "from the springtime photos"],
             ["spring", "bloom", "blossom", "springtime", "flowers"]),
        note("after the renovation, with a new red door", ["renovated", "red door"],
             ["after the renovation", "with the new red door", "the renovated one"],
             ["renovation", "renovated", "door", "red"]),
        note("at night with string lights", ["night", "string lights"],
             ["with the string lights", "the night one with lights", "lit up at night"],
             ["night", "lights", "string", "lit", "dark"]),
        note("in autumn colours", ["autumn"],
             ["in autumn colours", "the fall one", "from the autumn photos"],
             ["autumn", "fall", "leaves", "colours", "colors"]),
        note("during a thunderstorm", ["storm"],
             ["in the thunderstorm", "the stormy one", "from the storm photos"],
             ["storm", "stormy", "thunderstorm", "lightning", "thunder", "rain"]),
        note("decorated for Christmas", ["christmas"],
             ["decorated for christmas", "the christmas one", "with the christmas decorations"],
             ["christmas", "xmas", "decorated", "decorations", "festive"]),
        note("in thick morning fog", ["fog"],
             ["in the fog", "the foggy one", "from the misty morning"],
             ["fog", "foggy", "mist", "misty"]),
        note("at sunset", ["sunset"],
             ["at sunset", "the sunset one", "from the sunset photos"],
             ["sunset", "dusk", "golden hour", "evening"]),
        note("during the summer party with paper lanterns", ["party", "lanterns"],
             ["with the paper lanterns", "from the summer party", "the lantern one"],
             ["party", "lanterns", "lantern", "summer"]),
        note("freshly painted white", ["painted", "white"],
             ["after the white paint", "the freshly painted one", "painted white"],
             ["paint", "painted", "white"]),
        note("overgrown after a wet summer", ["overgrown"],
             ["all overgrown", "the overgrown one", "after the wet summer"],
             ["overgrown", "wild", "weeds", "summer"]),
    ],
    "style": [
        note("brighter, more saturated palette", ["bright", "saturated"],
             ["the bright saturated version", "with the brighter colours", "the vivid one"],
             ["bright", "saturated", "vivid", "colorful", "colourful"]),
        note("heavier texture and grain", ["texture", "grain"],
             ["the grainy one", "with the heavier texture", "the textured version"],
             ["grain", "grainy", "texture", "textured"]),
        note("muted earthy tones", ["muted", "earthy"],
             ["the muted earthy version", "with the earthy tones", "the muted one"],
             ["muted", "earthy", "earth", "brown"]),
        note("trained only on my autumn series", ["autumn"],
             ["the autumn-series one", "trained on the autumn series", "from my autumn set"],
             ["autumn", "fall", "series"]),
        note("trained only on portraits", ["portraits"],
             ["the portrait-trained version", "trained on portraits", "the portraits one"],
             ["portrait", "portraits", "face", "faces"]),
        note("trained only on landscapes", ["landscapes"],
             ["the landscape version", "trained on landscapes", "the landscapes one"],
             ["landscape", "landscapes", "mountain", "mountains", "valley"]),
        note("cool blue palette", ["blue", "cool"],
             ["the cool blue version", "with the blue palette", "the blue-toned one"],
             ["blue", "cool", "cold", "icy"]),
        note("warm sunset palette", ["warm", "sunset"],
             ["the warm sunset version", "with the sunset palette", "the warm-toned one"],
             ["warm", "sunset", "orange", "golden"]),
        note("high-contrast black and white", ["monochrome"],
             ["the black and white version", "the monochrome one", "the high-contrast b&w one"],
             ["black", "white", "monochrome", "contrast"]),
        note("with gold leaf accents", ["gold leaf"],
             ["with the gold leaf", "the gold-leaf version", "the gilded one"],
             ["gold", "golden", "gilded", "leaf"]),
        note("looser and more abstract", ["loose", "abstract"],
             ["the abstract version", "the looser one", "the more abstract one"],
             ["abstract", "loose", "looser"]),
        note("crisp clean outlines", ["outlines", "crisp"],
             ["with the crisp outlines", "the clean-lined version", "the crisp one"],
             ["outline", "outlines", "crisp", "lines"]),
    ],
}

# version notes that do not describe an appearance: they may repeat inside a family
GENERIC_NOTES = [
    "retrained with more steps", "same dataset, lower learning rate", "added twenty more photos",
    "fixed the colour cast", "removed blurry photos from the dataset", "trained at higher resolution",
    "re-captioned the dataset", "experiment with fewer training images", "rank-16 LoRA retrain",
    "longer training run", "sharper details after more steps", "regularisation images added",
    "smaller learning rate, less overfitting", "quick test run", "cleaned-up dataset",
]
