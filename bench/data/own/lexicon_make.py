# ruff: noqa: E501  (one entry a line)
"""Write ``lexicon.ttl``: a small English-French-German dictionary in W3C OntoLex-Lemon, as Turtle.

The shape is what a dictionary publisher releases as linked data (the OntoLex-Lemon report,
https://www.w3.org/2016/05/ontolex/, LexInfo 3.0 for the grammatical categories, the shape of the
Apertium RDF and lexicog releases):

* three ``lime:Lexicon`` nodes (``dct:title``, ``lime:language``, ``dct:language`` a Lexvo IRI,
  ``lime:lexicalEntries`` an ``xsd:integer``, ``lime:entry`` each entry); only the lexicons carry an
  ``rdfs:label``: an entry is named, as the report's examples do, by its canonical form's
  ``ontolex:writtenRep`` (a language-tagged literal) and by its IRI (``en/mouse-n``);
* ``ontolex:LexicalEntry`` nodes, also ``ontolex:Word`` or ``ontolex:MultiwordExpression``, with
  ``lexinfo:partOfSpeech`` (``lexinfo:noun``...), ``lexinfo:gender`` (French and German nouns),
  ``lexinfo:register`` (informal words), ``decomp:subterm`` (a multiword expression's words);
* ``ontolex:canonicalForm`` / ``ontolex:otherForm``: ``ontolex:Form`` nodes with ``writtenRep``,
  ``lexinfo:number``, ``lexinfo:tense``, ``lexinfo:person``, ``lexinfo:verbFormMood``,
  ``lexinfo:degree``, ``lexinfo:gender`` values; ``ontolex:phoneticRep`` (IPA, ``@en-fonipa``) on
  some English forms only;
* ``ontolex:sense``: ``ontolex:LexicalSense`` nodes (no label) with ``skos:definition`` (English
  senses), ``ontolex:reference`` a Global WordNet ILI concept IRI (no label, as published), and
  a few ``lexicog:usageExample`` blank nodes (``rdf:value``);
* sense relations ``lexinfo:synonym`` / ``lexinfo:antonym`` between senses (stated once, from one
  side);
* translations: English-French as reified ``vartrans:Translation`` nodes between senses
  (``vartrans:source``, ``vartrans:target``, ``vartrans:category`` the translation-categories
  ``directEquivalent``) grouped in a ``vartrans:TranslationSet``; English-German as
  ``vartrans:translatableAs`` between entries (a second bilingual set, merged).

No network; stdlib + rdflib. Run from the repository root: ``python bench/data/own/lexicon_make.py``.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

ONTOLEX = Namespace("http://www.w3.org/ns/lemon/ontolex#")
LEXINFO = Namespace("http://www.lexinfo.net/ontology/3.0/lexinfo#")
VARTRANS = Namespace("http://www.w3.org/ns/lemon/vartrans#")
LIME = Namespace("http://www.w3.org/ns/lemon/lime#")
DECOMP = Namespace("http://www.w3.org/ns/lemon/decomp#")
LEXICOG = Namespace("http://www.w3.org/ns/lemon/lexicog#")
TRCAT = Namespace("http://purl.org/net/translation-categories#")
ILI = Namespace("http://ili.globalwordnet.org/ili/")
BASE = "http://lexicon.example.org/"
LEXVO = {
    "en": "http://lexvo.org/id/iso639-3/eng",
    "fr": "http://lexvo.org/id/iso639-3/fra",
    "de": "http://lexvo.org/id/iso639-3/deu",
}
HERE = Path(__file__).parent

# English nouns: lemma, plural (None: no plural form), IPA of the singular, IPA of the plural,
# senses: (definition, French lemma, German lemma, usage example)
EN_NOUNS = [
    (
        "cat",
        "cats",
        "/kæt/",
        None,
        [
            (
                "a small domesticated carnivorous mammal with soft fur",
                "chat",
                "Katze",
                "The cat slept on the windowsill.",
            )
        ],
    ),
    (
        "dog",
        "dogs",
        "/dɒɡ/",
        None,
        [("a domesticated carnivorous mammal kept as a pet or for work", "chien", "Hund", None)],
    ),
    ("puppy", "puppies", None, None, [("a young dog", "chiot", "Welpe", None)]),
    (
        "mouse",
        "mice",
        "/maʊs/",
        "/maɪs/",
        [("a small rodent with a pointed snout and a long thin tail", "souris", "Maus", None)],
    ),
    (
        "house",
        "houses",
        "/haʊs/",
        None,
        [("a building for people to live in", "maison", "Haus", None)],
    ),
    (
        "tree",
        "trees",
        None,
        None,
        [("a woody perennial plant with a trunk and branches", "arbre", "Baum", None)],
    ),
    (
        "child",
        "children",
        "/tʃaɪld/",
        "/ˈtʃɪldrən/",
        [("a young human being below the age of puberty", "enfant", "Kind", None)],
    ),
    ("kid", "kids", None, None, [("a child or young person", None, None, None)]),
    ("man", "men", None, None, [("an adult human male", "homme", "Mann", None)]),
    ("woman", "women", None, None, [("an adult human female", "femme", "Frau", None)]),
    (
        "foot",
        "feet",
        "/fʊt/",
        "/fiːt/",
        [("the lower part of the leg on which a person stands", "pied", "Fuß", None)],
    ),
    (
        "tooth",
        "teeth",
        "/tuːθ/",
        "/tiːθ/",
        [("a hard white structure in the mouth used for biting", "dent", "Zahn", None)],
    ),
    (
        "goose",
        "geese",
        "/ɡuːs/",
        "/ɡiːs/",
        [("a large waterbird with a long neck", "oie", "Gans", None)],
    ),
    ("book", "books", None, None, [("a written work bound between covers", "livre", "Buch", None)]),
    (
        "apple",
        "apples",
        None,
        None,
        [("the round fruit of a tree of the rose family", "pomme", "Apfel", None)],
    ),
    (
        "water",
        None,
        "/ˈwɔːtə/",
        None,
        [("a colourless liquid that forms rain, rivers and seas", "eau", "Wasser", None)],
    ),
    (
        "milk",
        None,
        None,
        None,
        [("a white liquid produced by female mammals to feed their young", "lait", "Milch", None)],
    ),
    (
        "bread",
        "breads",
        "/brɛd/",
        None,
        [("a food made of flour, water and yeast, baked", "pain", "Brot", None)],
    ),
    (
        "cheese",
        "cheeses",
        None,
        None,
        [("a food made from the pressed curds of milk", "fromage", "Käse", None)],
    ),
    ("egg", "eggs", None, None, [("an oval object laid by a female bird", "œuf", "Ei", None)]),
    ("city", "cities", None, None, [("a large town", "ville", "Stadt", None)]),
    (
        "car",
        "cars",
        None,
        None,
        [
            (
                "a road vehicle with an engine and four wheels",
                "voiture",
                "Auto",
                "She drove her car to work.",
            )
        ],
    ),
    ("automobile", "automobiles", None, None, [("a motor car", None, None, None)]),
    (
        "river",
        "rivers",
        None,
        None,
        [("a large natural stream of water flowing to the sea", "rivière", "Fluss", None)],
    ),
    (
        "mountain",
        "mountains",
        None,
        None,
        [("a large natural elevation of the earth's surface", "montagne", "Berg", None)],
    ),
    (
        "bird",
        "birds",
        None,
        None,
        [("a warm-blooded egg-laying animal with feathers and wings", "oiseau", "Vogel", None)],
    ),
    (
        "fish",
        "fish",
        None,
        None,
        [
            (
                "a cold-blooded animal living in water and breathing with gills",
                "poisson",
                "Fisch",
                None,
            )
        ],
    ),
    (
        "horse",
        "horses",
        None,
        None,
        [("a large four-legged animal used for riding", "cheval", "Pferd", None)],
    ),
    (
        "sheep",
        "sheep",
        None,
        None,
        [("a domesticated ruminant kept for its wool", "mouton", "Schaf", None)],
    ),
    (
        "knife",
        "knives",
        "/naɪf/",
        "/naɪvz/",
        [("a tool with a blade used for cutting", "couteau", "Messer", None)],
    ),
    (
        "leaf",
        "leaves",
        "/liːf/",
        "/liːvz/",
        [("a flat green part of a plant growing from a stem", "feuille", "Blatt", None)],
    ),
    (
        "wolf",
        "wolves",
        "/wʊlf/",
        "/wʊlvz/",
        [("a wild carnivorous mammal of the dog family", "loup", "Wolf", None)],
    ),
    ("life", "lives", None, None, [("the existence of a living being", "vie", "Leben", None)]),
    (
        "bank",
        "banks",
        None,
        None,
        [
            (
                "an organization that keeps and lends money",
                "banque",
                "Bank",
                "I need to go to the bank to open an account.",
            ),
            (
                "the land alongside a river",
                "rive",
                "Ufer",
                "They had a picnic on the bank of the river.",
            ),
        ],
    ),
    (
        "spring",
        "springs",
        None,
        None,
        [
            ("the season after winter and before summer", "printemps", "Frühling", None),
            ("a place where water comes up naturally from the ground", "source", "Quelle", None),
            ("an elastic coil of metal that returns to its shape", "ressort", "Feder", None),
        ],
    ),
    (
        "light",
        "lights",
        None,
        None,
        [("the natural agent that makes things visible", "lumière", "Licht", None)],
    ),
    (
        "key",
        "keys",
        "/kiː/",
        None,
        [("a small piece of shaped metal used to open a lock", "clé", "Schlüssel", None)],
    ),
    (
        "door",
        "doors",
        None,
        None,
        [("a movable barrier at the entrance to a building or room", "porte", "Tür", None)],
    ),
    (
        "window",
        "windows",
        None,
        None,
        [("an opening in a wall fitted with glass", "fenêtre", "Fenster", None)],
    ),
    (
        "table",
        "tables",
        None,
        None,
        [("a piece of furniture with a flat top and legs", "table", "Tisch", None)],
    ),
    (
        "chair",
        "chairs",
        None,
        None,
        [("a seat for one person with a back", "chaise", "Stuhl", None)],
    ),
    (
        "sofa",
        "sofas",
        None,
        None,
        [("a long upholstered seat for several people", "canapé", "Sofa", None)],
    ),
    (
        "couch",
        "couches",
        None,
        None,
        [("a long upholstered piece of furniture for sitting", None, None, None)],
    ),
    (
        "friend",
        "friends",
        "/frɛnd/",
        None,
        [("a person one knows and likes", "ami", "Freund", None)],
    ),
    (
        "school",
        "schools",
        None,
        None,
        [("an institution for educating children", "école", "Schule", None)],
    ),
    (
        "teacher",
        "teachers",
        None,
        None,
        [("a person who teaches in a school", "enseignant", "Lehrer", None)],
    ),
    (
        "doctor",
        "doctors",
        None,
        None,
        [("a person qualified to treat the sick", "médecin", "Arzt", None)],
    ),
    (
        "flower",
        "flowers",
        None,
        None,
        [
            (
                "the coloured part of a plant from which the seed or fruit develops",
                "fleur",
                "Blume",
                None,
            )
        ],
    ),
    (
        "sun",
        "suns",
        None,
        None,
        [("the star around which the earth orbits", "soleil", "Sonne", None)],
    ),
    ("moon", "moons", None, None, [("the natural satellite of the earth", "lune", "Mond", None)]),
    ("star", "stars", None, None, [("a luminous point in the night sky", "étoile", "Stern", None)]),
    (
        "sea",
        "seas",
        None,
        None,
        [("the expanse of salt water that covers most of the earth", "mer", "Meer", None)],
    ),
    (
        "island",
        "islands",
        "/ˈaɪlənd/",
        None,
        [("a piece of land surrounded by water", "île", "Insel", None)],
    ),
    (
        "bridge",
        "bridges",
        None,
        None,
        [("a structure carrying a road across a river", "pont", "Brücke", None)],
    ),
    (
        "road",
        "roads",
        None,
        None,
        [("a wide way leading from one place to another", "route", "Straße", None)],
    ),
    (
        "train",
        "trains",
        None,
        None,
        [("a series of railway carriages pulled by an engine", "train", "Zug", None)],
    ),
    (
        "ship",
        "ships",
        None,
        None,
        [("a large boat for carrying people or goods by sea", "navire", "Schiff", None)],
    ),
    (
        "letter",
        "letters",
        None,
        None,
        [("a written message sent by post", "lettre", "Brief", None)],
    ),
    (
        "word",
        "words",
        None,
        None,
        [("a single unit of language that has meaning", "mot", "Wort", None)],
    ),
    (
        "day",
        "days",
        None,
        None,
        [("the time of light between sunrise and sunset", "jour", "Tag", None)],
    ),
    (
        "night",
        "nights",
        None,
        None,
        [("the time of darkness between sunset and sunrise", "nuit", "Nacht", None)],
    ),
    ("year", "years", None, None, [("the period of twelve months", "année", "Jahr", None)]),
    (
        "butterfly",
        "butterflies",
        None,
        None,
        [("an insect with large colourful wings", "papillon", "Schmetterling", None)],
    ),
    ("bark", None, None, None, [("the tough outer covering of a tree", "écorce", "Rinde", None)]),
    ("ice", None, None, None, [("frozen water", "glace", "Eis", None)]),
    ("cream", None, None, None, [("the thick fatty part of milk", "crème", "Sahne", None)]),
    (
        "office",
        "offices",
        None,
        None,
        [("a room or building where people work at desks", "bureau", "Büro", None)],
    ),
]
# two homonymous entries, as a dictionary keeps them (bat-n-1, bat-n-2)
EN_HOMONYMS = [
    ("bat", "bats", 1, [("a flying mammal active at night", "chauve-souris", "Fledermaus", None)]),
    (
        "bat",
        "bats",
        2,
        [("a wooden club used to hit the ball in cricket or baseball", "batte", "Schläger", None)],
    ),
]
FR_NOUNS = {
    "chat": ("masculine", "chats"),
    "chien": ("masculine", "chiens"),
    "chiot": ("masculine", "chiots"),
    "souris": ("feminine", "souris"),
    "maison": ("feminine", "maisons"),
    "arbre": ("masculine", "arbres"),
    "enfant": ("masculine", "enfants"),
    "homme": ("masculine", "hommes"),
    "femme": ("feminine", "femmes"),
    "pied": ("masculine", "pieds"),
    "dent": ("feminine", "dents"),
    "oie": ("feminine", "oies"),
    "livre": ("masculine", "livres"),
    "pomme": ("feminine", "pommes"),
    "eau": ("feminine", "eaux"),
    "lait": ("masculine", None),
    "pain": ("masculine", "pains"),
    "fromage": ("masculine", "fromages"),
    "œuf": ("masculine", "œufs"),
    "ville": ("feminine", "villes"),
    "voiture": ("feminine", "voitures"),
    "rivière": ("feminine", "rivières"),
    "montagne": ("feminine", "montagnes"),
    "oiseau": ("masculine", "oiseaux"),
    "poisson": ("masculine", "poissons"),
    "cheval": ("masculine", "chevaux"),
    "mouton": ("masculine", "moutons"),
    "couteau": ("masculine", "couteaux"),
    "feuille": ("feminine", "feuilles"),
    "loup": ("masculine", "loups"),
    "vie": ("feminine", "vies"),
    "banque": ("feminine", "banques"),
    "rive": ("feminine", "rives"),
    "printemps": ("masculine", "printemps"),
    "source": ("feminine", "sources"),
    "ressort": ("masculine", "ressorts"),
    "lumière": ("feminine", "lumières"),
    "clé": ("feminine", "clés"),
    "porte": ("feminine", "portes"),
    "fenêtre": ("feminine", "fenêtres"),
    "table": ("feminine", "tables"),
    "chaise": ("feminine", "chaises"),
    "canapé": ("masculine", "canapés"),
    "ami": ("masculine", "amis"),
    "école": ("feminine", "écoles"),
    "enseignant": ("masculine", "enseignants"),
    "médecin": ("masculine", "médecins"),
    "fleur": ("feminine", "fleurs"),
    "soleil": ("masculine", "soleils"),
    "lune": ("feminine", "lunes"),
    "étoile": ("feminine", "étoiles"),
    "mer": ("feminine", "mers"),
    "île": ("feminine", "îles"),
    "pont": ("masculine", "ponts"),
    "route": ("feminine", "routes"),
    "train": ("masculine", "trains"),
    "navire": ("masculine", "navires"),
    "lettre": ("feminine", "lettres"),
    "mot": ("masculine", "mots"),
    "jour": ("masculine", "jours"),
    "nuit": ("feminine", "nuits"),
    "année": ("feminine", "années"),
    "papillon": ("masculine", "papillons"),
    "écorce": ("feminine", "écorces"),
    "glace": ("feminine", "glaces"),
    "crème": ("feminine", "crèmes"),
    "bureau": ("masculine", "bureaux"),
    "chauve-souris": ("feminine", "chauves-souris"),
    "batte": ("feminine", "battes"),
    "gare": ("feminine", "gares"),
    "piscine": ("feminine", "piscines"),
    "belle-mère": ("feminine", "belles-mères"),
    "hippocampe": ("masculine", "hippocampes"),
}
DE_NOUNS = {
    "Katze": ("feminine", "Katzen"),
    "Hund": ("masculine", "Hunde"),
    "Welpe": ("masculine", "Welpen"),
    "Maus": ("feminine", "Mäuse"),
    "Haus": ("neuter", "Häuser"),
    "Baum": ("masculine", "Bäume"),
    "Kind": ("neuter", "Kinder"),
    "Mann": ("masculine", "Männer"),
    "Frau": ("feminine", "Frauen"),
    "Fuß": ("masculine", "Füße"),
    "Zahn": ("masculine", "Zähne"),
    "Gans": ("feminine", "Gänse"),
    "Buch": ("neuter", "Bücher"),
    "Apfel": ("masculine", "Äpfel"),
    "Wasser": ("neuter", None),
    "Milch": ("feminine", None),
    "Brot": ("neuter", "Brote"),
    "Käse": ("masculine", "Käse"),
    "Ei": ("neuter", "Eier"),
    "Stadt": ("feminine", "Städte"),
    "Auto": ("neuter", "Autos"),
    "Fluss": ("masculine", "Flüsse"),
    "Berg": ("masculine", "Berge"),
    "Vogel": ("masculine", "Vögel"),
    "Fisch": ("masculine", "Fische"),
    "Pferd": ("neuter", "Pferde"),
    "Schaf": ("neuter", "Schafe"),
    "Messer": ("neuter", "Messer"),
    "Blatt": ("neuter", "Blätter"),
    "Wolf": ("masculine", "Wölfe"),
    "Leben": ("neuter", "Leben"),
    "Bank": ("feminine", "Banken"),
    "Ufer": ("neuter", "Ufer"),
    "Frühling": ("masculine", "Frühlinge"),
    "Quelle": ("feminine", "Quellen"),
    "Feder": ("feminine", "Federn"),
    "Licht": ("neuter", "Lichter"),
    "Schlüssel": ("masculine", "Schlüssel"),
    "Tür": ("feminine", "Türen"),
    "Fenster": ("neuter", "Fenster"),
    "Tisch": ("masculine", "Tische"),
    "Stuhl": ("masculine", "Stühle"),
    "Sofa": ("neuter", "Sofas"),
    "Freund": ("masculine", "Freunde"),
    "Schule": ("feminine", "Schulen"),
    "Lehrer": ("masculine", "Lehrer"),
    "Arzt": ("masculine", "Ärzte"),
    "Blume": ("feminine", "Blumen"),
    "Sonne": ("feminine", "Sonnen"),
    "Mond": ("masculine", "Monde"),
    "Stern": ("masculine", "Sterne"),
    "Meer": ("neuter", "Meere"),
    "Insel": ("feminine", "Inseln"),
    "Brücke": ("feminine", "Brücken"),
    "Straße": ("feminine", "Straßen"),
    "Zug": ("masculine", "Züge"),
    "Schiff": ("neuter", "Schiffe"),
    "Brief": ("masculine", "Briefe"),
    "Wort": ("neuter", "Wörter"),
    "Tag": ("masculine", "Tage"),
    "Nacht": ("feminine", "Nächte"),
    "Jahr": ("neuter", "Jahre"),
    "Schmetterling": ("masculine", "Schmetterlinge"),
    "Rinde": ("feminine", "Rinden"),
    "Eis": ("neuter", None),
    "Sahne": ("feminine", None),
    "Büro": ("neuter", "Büros"),
    "Fledermaus": ("feminine", "Fledermäuse"),
    "Schläger": ("masculine", "Schläger"),
    "Bahnhof": ("masculine", "Bahnhöfe"),
    "Schwimmbad": ("neuter", "Schwimmbäder"),
    "Schwiegermutter": ("feminine", "Schwiegermütter"),
    "Seepferdchen": ("neuter", "Seepferdchen"),
    "Vollmond": ("masculine", "Vollmonde"),
}

# English verbs: lemma, third person singular present, past, past participle, present participle, senses
EN_VERBS = [
    (
        "go",
        "goes",
        "went",
        "gone",
        "going",
        [("to move from one place to another", "aller", "gehen", None)],
    ),
    (
        "run",
        "runs",
        "ran",
        "run",
        "running",
        [("to move swiftly on foot", "courir", "laufen", None)],
    ),
    (
        "eat",
        "eats",
        "ate",
        "eaten",
        "eating",
        [("to take food into the mouth and swallow it", "manger", "essen", None)],
    ),
    (
        "drink",
        "drinks",
        "drank",
        "drunk",
        "drinking",
        [("to take liquid into the mouth and swallow it", "boire", "trinken", None)],
    ),
    (
        "see",
        "sees",
        "saw",
        "seen",
        "seeing",
        [("to perceive with the eyes", "voir", "sehen", None)],
    ),
    (
        "write",
        "writes",
        "wrote",
        "written",
        "writing",
        [("to mark letters or words on a surface", "écrire", "schreiben", None)],
    ),
    (
        "speak",
        "speaks",
        "spoke",
        "spoken",
        "speaking",
        [("to say words aloud", "parler", "sprechen", None)],
    ),
    (
        "swim",
        "swims",
        "swam",
        "swum",
        "swimming",
        [("to move through water using the limbs", "nager", "schwimmen", None)],
    ),
    (
        "sing",
        "sings",
        "sang",
        "sung",
        "singing",
        [("to make musical sounds with the voice", "chanter", "singen", None)],
    ),
    (
        "buy",
        "buys",
        "bought",
        "bought",
        "buying",
        [("to obtain something by paying money for it", "acheter", "kaufen", None)],
    ),
    (
        "purchase",
        "purchases",
        "purchased",
        "purchased",
        "purchasing",
        [("to acquire something by paying for it, formally", None, None, None)],
    ),
    (
        "sell",
        "sells",
        "sold",
        "sold",
        "selling",
        [("to give something in exchange for money", "vendre", "verkaufen", None)],
    ),
    (
        "begin",
        "begins",
        "began",
        "begun",
        "beginning",
        [("to perform the first part of an action", "commencer", "beginnen", None)],
    ),
    (
        "start",
        "starts",
        "started",
        "started",
        "starting",
        [("to cause something to begin", "démarrer", "starten", None)],
    ),
    (
        "finish",
        "finishes",
        "finished",
        "finished",
        "finishing",
        [("to bring an activity to its end", "finir", "beenden", None)],
    ),
    (
        "end",
        "ends",
        "ended",
        "ended",
        "ending",
        [("to come to a final point", "terminer", "enden", None)],
    ),
    (
        "open",
        "opens",
        "opened",
        "opened",
        "opening",
        [
            (
                "to move a door or lid so that it no longer covers an opening",
                "ouvrir",
                "öffnen",
                None,
            )
        ],
    ),
    (
        "close",
        "closes",
        "closed",
        "closed",
        "closing",
        [("to move a door or lid so that it covers an opening", "fermer", "schließen", None)],
    ),
    (
        "teach",
        "teaches",
        "taught",
        "taught",
        "teaching",
        [("to give lessons in a subject", "enseigner", "unterrichten", None)],
    ),
    (
        "learn",
        "learns",
        "learned",
        "learned",
        "learning",
        [("to gain knowledge or skill by study", "apprendre", "lernen", None)],
    ),
    (
        "think",
        "thinks",
        "thought",
        "thought",
        "thinking",
        [("to use the mind to consider something", "penser", "denken", None)],
    ),
    (
        "bring",
        "brings",
        "brought",
        "brought",
        "bringing",
        [("to carry something to a place", "apporter", "bringen", None)],
    ),
    (
        "fly",
        "flies",
        "flew",
        "flown",
        "flying",
        [("to move through the air with wings", "voler", "fliegen", None)],
    ),
    (
        "take",
        "takes",
        "took",
        "taken",
        "taking",
        [("to get hold of something with the hands", "prendre", "nehmen", None)],
    ),
    (
        "give",
        "gives",
        "gave",
        "given",
        "giving",
        [("to hand something to someone", "donner", "geben", None)],
    ),
    (
        "know",
        "knows",
        "knew",
        "known",
        "knowing",
        [("to have information in the mind", "savoir", "wissen", None)],
    ),
    (
        "borrow",
        "borrows",
        "borrowed",
        "borrowed",
        "borrowing",
        [
            (
                "to take something with the promise to return it",
                "emprunter",
                "leihen",
                "Can I borrow your pen for a minute?",
            )
        ],
    ),
    (
        "lend",
        "lends",
        "lent",
        "lent",
        "lending",
        [("to give something on condition that it is returned", "prêter", "leihen", None)],
    ),
    (
        "bark",
        "barks",
        "barked",
        "barked",
        "barking",
        [("to make the sharp cry of a dog", "aboyer", "bellen", None)],
    ),
]
FR_VERBS = {
    "aller": "va",
    "courir": "court",
    "manger": "mange",
    "boire": "boit",
    "voir": "voit",
    "écrire": "écrit",
    "parler": "parle",
    "nager": "nage",
    "chanter": "chante",
    "acheter": "achète",
    "vendre": "vend",
    "commencer": "commence",
    "démarrer": "démarre",
    "finir": "finit",
    "terminer": "termine",
    "ouvrir": "ouvre",
    "fermer": "ferme",
    "enseigner": "enseigne",
    "apprendre": "apprend",
    "penser": "pense",
    "apporter": "apporte",
    "voler": "vole",
    "prendre": "prend",
    "donner": "donne",
    "savoir": "sait",
    "emprunter": "emprunte",
    "prêter": "prête",
    "aboyer": "aboie",
    "décoller": "décolle",
}
DE_VERBS = {
    "gehen": ("geht", "ging"),
    "laufen": ("läuft", "lief"),
    "essen": ("isst", "aß"),
    "trinken": ("trinkt", "trank"),
    "sehen": ("sieht", "sah"),
    "schreiben": ("schreibt", "schrieb"),
    "sprechen": ("spricht", "sprach"),
    "schwimmen": ("schwimmt", "schwamm"),
    "singen": ("singt", "sang"),
    "kaufen": ("kauft", "kaufte"),
    "verkaufen": ("verkauft", "verkaufte"),
    "beginnen": ("beginnt", "begann"),
    "starten": ("startet", "startete"),
    "beenden": ("beendet", "beendete"),
    "enden": ("endet", "endete"),
    "öffnen": ("öffnet", "öffnete"),
    "schließen": ("schließt", "schloss"),
    "unterrichten": ("unterrichtet", "unterrichtete"),
    "lernen": ("lernt", "lernte"),
    "denken": ("denkt", "dachte"),
    "bringen": ("bringt", "brachte"),
    "fliegen": ("fliegt", "flog"),
    "nehmen": ("nimmt", "nahm"),
    "geben": ("gibt", "gab"),
    "wissen": ("weiß", "wusste"),
    "leihen": ("leiht", "lieh"),
    "bellen": ("bellt", "bellte"),
    "abheben": ("hebt ab", "hob ab"),
}

# English adjectives: lemma, comparative, superlative (None: none listed), senses
EN_ADJS = [
    (
        "big",
        "bigger",
        "biggest",
        [("of considerable size", "grand", "groß", "They live in a big house.")],
    ),
    ("large", "larger", "largest", [("of more than average size or extent", None, None, None)]),
    ("huge", "huger", "hugest", [("extremely large", "énorme", "riesig", None)]),
    ("small", "smaller", "smallest", [("of less than normal size", "petit", "klein", None)]),
    ("little", None, None, [("small in size or amount", None, None, None)]),
    ("tiny", "tinier", "tiniest", [("very small", "minuscule", "winzig", None)]),
    ("fast", "faster", "fastest", [("moving at high speed", "rapide", "schnell", None)]),
    ("quick", "quicker", "quickest", [("done with speed", None, None, None)]),
    ("slow", "slower", "slowest", [("moving at low speed", "lent", "langsam", None)]),
    (
        "happy",
        "happier",
        "happiest",
        [("feeling or showing pleasure", "heureux", "glücklich", None)],
    ),
    ("glad", None, None, [("pleased about something", None, None, None)]),
    ("sad", "sadder", "saddest", [("feeling or showing sorrow", "triste", "traurig", None)]),
    ("hot", "hotter", "hottest", [("having a high temperature", "chaud", "heiß", None)]),
    ("cold", "colder", "coldest", [("having a low temperature", "froid", "kalt", None)]),
    ("old", "older", "oldest", [("having lived for a long time", "vieux", "alt", None)]),
    ("young", "younger", "youngest", [("having lived for a short time", "jeune", "jung", None)]),
    ("new", "newer", "newest", [("recently made or created", "nouveau", "neu", None)]),
    ("good", "better", "best", [("of high quality", "bon", "gut", None)]),
    ("bad", "worse", "worst", [("of poor quality", "mauvais", "schlecht", None)]),
    ("rich", "richer", "richest", [("having a great deal of money", "riche", "reich", None)]),
    ("poor", "poorer", "poorest", [("having little money", "pauvre", "arm", None)]),
    ("easy", "easier", "easiest", [("achieved without great effort", "facile", "leicht", None)]),
    (
        "difficult",
        "more difficult",
        "most difficult",
        [("needing much effort or skill", "difficile", "schwierig", None)],
    ),
    (
        "hard",
        "harder",
        "hardest",
        [
            ("firm and not easy to press", "dur", "hart", None),
            ("needing much effort", None, None, None),
        ],
    ),
    ("light", "lighter", "lightest", [("of little weight", "léger", "leicht", None)]),
    ("dark", "darker", "darkest", [("with little or no light", "sombre", "dunkel", None)]),
    (
        "clever",
        "cleverer",
        "cleverest",
        [("quick to understand and learn", "intelligent", "klug", None)],
    ),
    ("smart", "smarter", "smartest", [("intelligent and quick-witted", None, None, None)]),
    (
        "beautiful",
        "more beautiful",
        "most beautiful",
        [("pleasing the senses or the mind", "beau", "schön", None)],
    ),
    ("pretty", "prettier", "prettiest", [("attractive in a delicate way", "joli", "hübsch", None)]),
    (
        "lonely",
        "lonelier",
        "loneliest",
        [("sad because one has no friends or company", "seul", "einsam", None)],
    ),
]
FR_ADJS = {
    "grand": "grande",
    "énorme": "énorme",
    "petit": "petite",
    "minuscule": "minuscule",
    "rapide": "rapide",
    "lent": "lente",
    "heureux": "heureuse",
    "triste": "triste",
    "chaud": "chaude",
    "froid": "froide",
    "vieux": "vieille",
    "jeune": "jeune",
    "nouveau": "nouvelle",
    "bon": "bonne",
    "mauvais": "mauvaise",
    "riche": "riche",
    "pauvre": "pauvre",
    "facile": "facile",
    "difficile": "difficile",
    "dur": "dure",
    "léger": "légère",
    "sombre": "sombre",
    "intelligent": "intelligente",
    "beau": "belle",
    "joli": "jolie",
    "seul": "seule",
}
DE_ADJS = {
    "groß": ("größer", "größte"),
    "riesig": ("riesiger", "riesigste"),
    "klein": ("kleiner", "kleinste"),
    "winzig": ("winziger", "winzigste"),
    "schnell": ("schneller", "schnellste"),
    "langsam": ("langsamer", "langsamste"),
    "glücklich": ("glücklicher", "glücklichste"),
    "traurig": ("trauriger", "traurigste"),
    "heiß": ("heißer", "heißeste"),
    "kalt": ("kälter", "kälteste"),
    "alt": ("älter", "älteste"),
    "jung": ("jünger", "jüngste"),
    "neu": ("neuer", "neueste"),
    "gut": ("besser", "beste"),
    "schlecht": ("schlechter", "schlechteste"),
    "reich": ("reicher", "reichste"),
    "arm": ("ärmer", "ärmste"),
    "leicht": ("leichter", "leichteste"),
    "schwierig": ("schwieriger", "schwierigste"),
    "hart": ("härter", "härteste"),
    "dunkel": ("dunkler", "dunkelste"),
    "klug": ("klüger", "klügste"),
    "schön": ("schöner", "schönste"),
    "hübsch": ("hübscher", "hübscheste"),
    "einsam": ("einsamer", "einsamste"),
}

EN_ADVS = [
    ("swiftly", [("in a quick manner", "rapidement", "rasch", None)]),
    ("quickly", [("at a fast speed", "vite", None, None)]),
    ("slowly", [("at a slow speed", "lentement", "gemächlich", None)]),
    ("often", [("many times", "souvent", "oft", None)]),
    ("never", [("at no time", "jamais", "nie", None)]),
    ("always", [("at all times", "toujours", "immer", None)]),
    ("soon", [("in a short time", "bientôt", "bald", None)]),
    ("happily", [("in a happy way", "joyeusement", "fröhlich", None)]),
    ("here", [("in or at this place", "ici", "hier", None)]),
]
FR_ADVS = [
    "rapidement",
    "vite",
    "lentement",
    "souvent",
    "jamais",
    "toujours",
    "bientôt",
    "joyeusement",
    "ici",
]
DE_ADVS = ["rasch", "gemächlich", "oft", "nie", "immer", "bald", "fröhlich", "hier", "auswendig"]

# English multiword expressions: lemma, part of speech, plural, register, subterm lemmas, senses
EN_MWES = [
    (
        "ice cream",
        "noun",
        "ice creams",
        None,
        ["ice", "cream"],
        [("a sweet frozen food made from milk and cream", "glace", "Eis", None)],
    ),
    (
        "post office",
        "noun",
        "post offices",
        None,
        ["office"],
        [("a place where stamps are sold and letters are sent", None, None, None)],
    ),
    (
        "railway station",
        "noun",
        "railway stations",
        None,
        ["train"],
        [("a place where trains stop for passengers", "gare", "Bahnhof", None)],
    ),
    (
        "swimming pool",
        "noun",
        "swimming pools",
        None,
        ["swim"],
        [("an artificial pool for swimming in", "piscine", "Schwimmbad", None)],
    ),
    (
        "mother-in-law",
        "noun",
        "mothers-in-law",
        None,
        [],
        [("the mother of one's husband or wife", "belle-mère", "Schwiegermutter", None)],
    ),
    (
        "sea horse",
        "noun",
        "sea horses",
        None,
        ["sea", "horse"],
        [
            (
                "a small fish that swims upright with a head like a horse's",
                "hippocampe",
                "Seepferdchen",
                None,
            )
        ],
    ),
    (
        "full moon",
        "noun",
        "full moons",
        None,
        ["moon"],
        [("the moon seen as a complete circle", "pleine lune", "Vollmond", None)],
    ),
    (
        "take off",
        "verb",
        None,
        None,
        ["take"],
        [("to leave the ground and begin to fly", "décoller", "abheben", None)],
    ),
    ("kick the bucket", "verb", None, "informalRegister", [], [("to die", None, None, None)]),
    ("by heart", "adverb", None, None, [], [("from memory", "par cœur", "auswendig", None)]),
]
FR_MWES = {"pleine lune": ("noun", "feminine", "pleines lunes"), "par cœur": ("adverb", None, None)}
INFORMAL = {"kid"}

# sense relations, between the first senses of English entries (key: lemma-pos)
SYNONYMS = [
    ("big-adj", "large-adj"),
    ("small-adj", "little-adj"),
    ("fast-adj", "quick-adj"),
    ("happy-adj", "glad-adj"),
    ("begin-v", "start-v"),
    ("finish-v", "end-v"),
    ("buy-v", "purchase-v"),
    ("clever-adj", "smart-adj"),
    ("car-n", "automobile-n"),
    ("child-n", "kid-n"),
    ("sofa-n", "couch-n"),
    ("swiftly-adv", "quickly-adv"),
    ("beautiful-adj", "pretty-adj"),
]
ANTONYMS = [
    ("big-adj", "small-adj"),
    ("fast-adj", "slow-adj"),
    ("happy-adj", "sad-adj"),
    ("hot-adj", "cold-adj"),
    ("old-adj", "young-adj"),
    ("good-adj", "bad-adj"),
    ("rich-adj", "poor-adj"),
    ("easy-adj", "difficult-adj"),
    ("buy-v", "sell-v"),
    ("open-v", "close-v"),
    ("day-n", "night-n"),
    ("light-adj", "dark-adj"),
    ("borrow-v", "lend-v"),
    ("always-adv", "never-adv"),
]
POS_SUFFIX = {"noun": "n", "verb": "v", "adjective": "adj", "adverb": "adv"}

g = Graph()
for p, ns in (
    ("ontolex", ONTOLEX),
    ("lexinfo", LEXINFO),
    ("vartrans", VARTRANS),
    ("lime", LIME),
    ("decomp", DECOMP),
    ("lexicog", LEXICOG),
    ("trcat", TRCAT),
    ("ili", ILI),
    ("skos", SKOS),
    ("dct", DCTERMS),
    ("rdfs", RDFS),
    ("xsd", XSD),
):
    g.bind(p, ns)
for lang in ("en", "fr", "de"):
    g.bind(lang, Namespace(f"{BASE}{lang}/"))

LEXICONS = {
    "en": ("English core lexicon", "Core English vocabulary for learners"),
    "fr": ("Lexique français de base", "Vocabulaire français de base"),
    "de": ("Deutscher Grundwortschatz", "Grundwortschatz des Deutschen"),
}
lexicon = {lang: URIRef(f"{BASE}lexicon/{lang}") for lang in LEXICONS}
entries: dict[tuple[str, str], URIRef] = {}  # (lang, "lemma-pos") -> entry
senses: dict[tuple[str, str], list[URIRef]] = {}  # (lang, "lemma-pos") -> its senses
_ili = iter(range(30101, 99999, 7))
_bnodes = iter(range(1, 1_000_000))


def slug(text: str) -> str:
    return text.replace(" ", "_")


def form(
    entry: URIRef,
    name: str,
    rep: str,
    lang: str,
    canonical: bool = False,
    ipa: str | None = None,
    **feats: str,
) -> None:
    f = URIRef(f"{entry}-{name}")
    g.add((entry, ONTOLEX.canonicalForm if canonical else ONTOLEX.otherForm, f))
    g.add((f, RDF.type, ONTOLEX.Form))
    g.add((f, ONTOLEX.writtenRep, Literal(rep, lang=lang)))
    if ipa:
        g.add((f, ONTOLEX.phoneticRep, Literal(ipa, lang="en-fonipa")))
    for prop, value in feats.items():
        g.add((f, LEXINFO[prop], LEXINFO[value]))


def entry(
    lang: str,
    lemma: str,
    pos: str,
    n: int | None = None,
    multiword: bool = False,
    ipa: str | None = None,
    gender: str | None = None,
) -> URIRef:
    key = f"{lemma}-{POS_SUFFIX[pos]}"
    local = slug(key) + (f"-{n}" if n else "")
    e = URIRef(f"{BASE}{lang}/{local}")
    g.add((e, RDF.type, ONTOLEX.LexicalEntry))
    g.add((e, RDF.type, ONTOLEX.MultiwordExpression if multiword else ONTOLEX.Word))
    g.add((e, LEXINFO.partOfSpeech, LEXINFO[pos]))
    if gender:
        g.add((e, LEXINFO.gender, LEXINFO[gender]))
    g.add((lexicon[lang], LIME.entry, e))
    form(e, "form", lemma, lang, canonical=True, ipa=ipa)
    entries[(lang, key + (f"-{n}" if n else ""))] = e
    return e


def sense(
    lang: str,
    key: str,
    e: URIRef,
    ref: URIRef,
    definition: str | None = None,
    example: str | None = None,
) -> URIRef:
    mine = senses.setdefault((lang, key), [])
    s = URIRef(f"{e}-sense{len(mine) + 1}")
    mine.append(s)
    g.add((e, ONTOLEX.sense, s))
    g.add((s, RDF.type, ONTOLEX.LexicalSense))
    g.add((s, ONTOLEX.reference, ref))
    if definition:
        g.add((s, SKOS.definition, Literal(definition, lang=lang)))
    if example:
        ex = BNode(f"ex{next(_bnodes)}")
        g.add((s, LEXICOG.usageExample, ex))
        g.add((ex, RDF.type, LEXICOG.UsageExample))
        g.add((ex, RDF.value, Literal(example, lang=lang)))
    return s


def fr_entry(lemma: str, pos: str) -> URIRef:
    key = f"{lemma}-{POS_SUFFIX[pos]}"
    if ("fr", key) in entries:
        return entries[("fr", key)]
    if lemma in FR_MWES:
        mpos, gender, plural = FR_MWES[lemma]
        e = entry("fr", lemma, mpos, gender=gender, multiword=True)
        if plural:
            form(e, "form-pl", plural, "fr", number="plural")
    elif pos == "noun":
        gender, plural = FR_NOUNS[lemma]
        e = entry("fr", lemma, pos, gender=gender)
        if plural:
            form(e, "form-pl", plural, "fr", number="plural")
    elif pos == "verb":
        e = entry("fr", lemma, pos)
        form(
            e,
            "form-3sg",
            FR_VERBS[lemma],
            "fr",
            person="thirdPerson",
            number="singular",
            tense="present",
        )
    elif pos == "adjective":
        e = entry("fr", lemma, pos)
        g.add((URIRef(f"{e}-form"), LEXINFO.gender, LEXINFO.masculine))
        form(e, "form-f", FR_ADJS[lemma], "fr", gender="feminine")
    else:
        e = entry("fr", lemma, pos)
    return e


def de_entry(lemma: str, pos: str) -> URIRef:
    key = f"{lemma}-{POS_SUFFIX[pos]}"
    if ("de", key) in entries:
        return entries[("de", key)]
    if pos == "noun":
        gender, plural = DE_NOUNS[lemma]
        e = entry("de", lemma, pos, gender=gender)
        if plural:
            form(e, "form-pl", plural, "de", number="plural")
    elif pos == "verb":
        third, past = DE_VERBS[lemma]
        e = entry("de", lemma, pos)
        form(e, "form-3sg", third, "de", person="thirdPerson", number="singular", tense="present")
        form(e, "form-past", past, "de", tense="past")
    elif pos == "adjective":
        comp, sup = DE_ADJS[lemma]
        e = entry("de", lemma, pos)
        form(e, "form-comp", comp, "de", degree="comparative")
        form(e, "form-sup", sup, "de", degree="superlative")
    else:
        e = entry("de", lemma, pos)
    return e


trans_set = URIRef(f"{BASE}translations/en-fr")
g.add((trans_set, RDF.type, VARTRANS.TranslationSet))
g.add((trans_set, DCTERMS.title, Literal("English-French translations", lang="en")))
g.add((trans_set, LIME.language, Literal("en")))
g.add((trans_set, LIME.language, Literal("fr")))


def english(
    e: URIRef, key: str, pos: str, sense_rows: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """The senses of an English entry, their concepts and their translations."""
    for definition, fr, de, example in sense_rows:
        ref = ILI[f"i{next(_ili)}"]
        s = sense("en", key, e, ref, definition, example)
        if fr:
            # the French entry's part of speech follows the English one's, except phrases
            fpos = FR_MWES[fr][0] if fr in FR_MWES else pos
            fe = fr_entry(fr, fpos)
            ts = sense("fr", f"{fr}-{POS_SUFFIX[fpos]}", fe, ref)
            t = URIRef(f"{BASE}translations/en-fr/{s.split('/')[-1]}--{ts.split('/')[-1]}")
            g.add((t, RDF.type, VARTRANS.Translation))
            g.add((t, VARTRANS.source, s))
            g.add((t, VARTRANS.target, ts))
            g.add((t, VARTRANS.category, TRCAT.directEquivalent))
            g.add((trans_set, VARTRANS.trans, t))
        if de:
            dpos = "adverb" if de == "auswendig" else pos
            de_e = de_entry(de, dpos)
            sense("de", f"{de}-{POS_SUFFIX[dpos]}", de_e, ref)
            g.add((e, VARTRANS.translatableAs, de_e))


for lemma, plural, ipa, ipa_pl, rows in EN_NOUNS:
    e = entry("en", lemma, "noun", ipa=ipa)
    if plural:
        form(e, "form-pl", plural, "en", ipa=ipa_pl, number="plural")
    if lemma in INFORMAL:
        g.add((e, LEXINFO.register, LEXINFO.informalRegister))
    english(e, f"{lemma}-n", "noun", rows)
for lemma, plural, n, rows in EN_HOMONYMS:
    e = entry("en", lemma, "noun", n=n)
    form(e, "form-pl", plural, "en", number="plural")
    english(e, f"{lemma}-n-{n}", "noun", rows)
for lemma, third, past, pp, ing, rows in EN_VERBS:
    e = entry("en", lemma, "verb")
    form(e, "form-3sg", third, "en", person="thirdPerson", number="singular", tense="present")
    form(e, "form-past", past, "en", tense="past")
    form(e, "form-pastpart", pp, "en", tense="past", verbFormMood="participle")
    form(e, "form-prespart", ing, "en", tense="present", verbFormMood="participle")
    english(e, f"{lemma}-v", "verb", rows)
for lemma, comp, sup, rows in EN_ADJS:
    e = entry("en", lemma, "adjective")
    if comp:
        form(e, "form-comp", comp, "en", degree="comparative")
        form(e, "form-sup", sup, "en", degree="superlative")
    english(e, f"{lemma}-adj", "adjective", rows)
for lemma, rows in EN_ADVS:
    e = entry("en", lemma, "adverb")
    english(e, f"{lemma}-adv", "adverb", rows)
for lemma, pos, plural, register, parts, rows in EN_MWES:
    e = entry("en", lemma, pos, multiword=True)
    if plural:
        form(e, "form-pl", plural, "en", number="plural")
    if register:
        g.add((e, LEXINFO.register, LEXINFO[register]))
    for part in parts:
        part_pos = "verb" if ("en", f"{part}-v") in entries else "noun"
        g.add((e, DECOMP.subterm, entries[("en", f"{part}-{POS_SUFFIX[part_pos]}")]))
    english(e, f"{slug(lemma)}-{POS_SUFFIX[pos]}", pos, rows)
# French and German words the English side did not reach (adverbs of their own)
for lemma in FR_ADVS:
    fr_entry(lemma, "adverb")
for lemma in DE_ADVS:
    de_entry(lemma, "adverb")

for relation, pairs in ((LEXINFO.synonym, SYNONYMS), (LEXINFO.antonym, ANTONYMS)):
    for a, b in pairs:
        g.add((senses[("en", a)][0], relation, senses[("en", b)][0]))

for lang, (title, description) in LEXICONS.items():
    lex = lexicon[lang]
    g.add((lex, RDF.type, LIME.Lexicon))
    g.add((lex, RDFS.label, Literal(title, lang=lang)))
    g.add((lex, DCTERMS.title, Literal(title, lang=lang)))
    g.add((lex, DCTERMS.description, Literal(description, lang=lang)))
    g.add((lex, LIME.language, Literal(lang)))
    g.add((lex, DCTERMS.language, URIRef(LEXVO[lang])))
    g.add((lex, LIME.linguisticCatalog, URIRef("http://www.lexinfo.net/ontology/3.0/lexinfo")))
    g.add((lex, DCTERMS.publisher, Literal("Lexicon Example Press")))
    g.add((lex, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    count = sum(1 for _ in g.objects(lex, LIME.entry))
    g.add((lex, LIME.lexicalEntries, Literal(count, datatype=XSD.integer)))

if __name__ == "__main__":
    out = HERE / "lexicon.ttl"
    out.write_text(g.serialize(format="turtle"))
    print(
        out,
        len(g),
        "triples",
        {k: sum(1 for _ in g.objects(v, LIME.entry)) for k, v in lexicon.items()},
    )
