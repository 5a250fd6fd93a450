# ruff: noqa: E501  (one figure a line)
"""Write ``mythology.ofn``: an invented scholarly reference ontology of Greek mythology as
Protégé saves it in **OWL 2 functional syntax** (``Prefix(...)``, one ``Ontology(...)``,
declarations first, then each entity's axioms under a ``# Individual: ...`` comment).

A class hierarchy (``Figure`` > ``Deity`` > ``Primordial``, ``Titan``, ``Olympian``,
``ChthonicDeity``, ``MinorDeity``, ``Nymph``; ``Hero``; ``Mortal``; ``Creature`` > ``Monster``;
``RomanDeity``; ``Episode``; ``Place`` > ``Mountain``, ``City``, ``Sanctuary``, ``Island``,
``Region``; ``Country``; ``Domain``; ``Symbol``; ``Animal``; ``Work``; ``Author``;
``Attestation``). Object properties carry ``rdfs:label`` and ``rdfs:comment``; ``hasParent``
and ``hasChild`` are declared inverse (and so are ``participatesIn`` / ``hasParticipant`` and
``romanCounterpart`` / ``greekCounterpart``), ``hasFather`` and ``hasMother`` are
``SubObjectPropertyOf(hasParent)``, ``hasSibling`` and ``hasConsort`` are symmetric.

The mess of a real export: parentage asserted as ``hasFather`` / ``hasMother`` on most children,
as the plain ``hasParent`` on some and only from the parent's side (``hasChild``) on others;
siblings and consorts asserted one way only; labels in English, Ancient Greek (``@grc``) and
Latin (``@la``), a few plain (no language), a few figures with only a Greek label and a few
(``Ladon``, ``Orthrus``, ``Stheno``...) with none, named only by their IRI's fragment; epithets
as ``skos:altLabel``; episodes at opaque ids (``:myth_0007``), one named only in Latin;
Heracles and the Roman Hercules as two individuals joined by ``SameIndividual`` (one fact, the
killing of Cacus, told only of Hercules); ancient sources as anonymous-individual attestation
records (``hasAttestation`` -> ``_:att..`` with ``sourceWork``, ``passage``), a few episodes
with the shortcut ``attestedBy`` instead; typed literals (``xsd:integer``, ``xsd:decimal``,
``xsd:nonNegativeInteger``, ``xsd:boolean``, ``xsd:gYear``, plain strings); Wikidata and TLG
codes as strings.

Run from the repository root: ``python bench/data/own/mythology_make.py``. Deterministic.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent
BASE = "http://purl.mythos-ref.example/onto"

# (IRI fragment, class, English label or "" (none) or "=grc" (Greek only), Greek label,
#  altLabels separated by "|", Wikidata id)
FIGURES = """
Chaos|Primordial|Chaos|Χάος||Q188264
Gaia|Primordial|Gaia|Γαῖα|Ge|Q93172
Uranus|Primordial|Uranus|Οὐρανός|Ouranos|Q131203
Nyx|Primordial|Nyx|Νύξ||Q131169
Erebus|Primordial|Erebus|Ἔρεβος||Q272208
Tartarus|Primordial|Tartarus|Τάρταρος||Q178167
Pontus|Primordial|Pontus|Πόντος||Q841212
Cronus|Titan|Cronus|Κρόνος|Kronos|Q44204
Rhea|Titan|Rhea|Ῥέα||Q160367
Oceanus|Titan|Oceanus|Ὠκεανός|Okeanos|Q201231
Tethys|Titan|Tethys|Τηθύς||Q237543
Hyperion|Titan|Hyperion|Ὑπερίων||Q200564
Theia|Titan|Theia|Θεία||Q244233
Coeus|Titan|Coeus|Κοῖος|Koios|Q311924
Phoebe|Titan|Phoebe|Φοίβη||Q311916
Mnemosyne|Titan|Mnemosyne|Μνημοσύνη||Q187954
Themis|Titan|Themis|Θέμις||Q189029
Iapetus|Titan|Iapetus|Ἰαπετός||Q272215
Crius|Titan|Crius|Κρεῖος||Q319565
Atlas|Titan|Atlas|Ἄτλας||Q131183
Prometheus|Titan|Prometheus|Προμηθεύς||Q133311
Epimetheus|Titan|Epimetheus|Ἐπιμηθεύς||Q310791
Leto|Titan|Leto|Λητώ||Q183213
Helios|Titan|Helios|Ἥλιος||Q134270
Selene|Titan|Selene|Σελήνη||Q173528
Eos|Titan|Eos|Ἠώς||Q178985
Metis|Titan|Metis|Μῆτις||Q241217
Zeus|Olympian|Zeus|Ζεύς|Cloud-gatherer|Olympios|Father of gods and men|Q34201
Hera|Olympian|Hera|Ἥρα|White-armed|Queen of the gods|Q37340
Poseidon|Olympian|Poseidon|Ποσειδῶν|Earth-shaker|Enosichthon|Q41127
Demeter|Olympian|Demeter|Δημήτηρ|Deo|Q40826
Hestia|Olympian|Hestia|Ἑστία||Q131172
Athena|Olympian|Athena|Ἀθηνᾶ|Pallas|Glaukopis|Athene|Q37122
Apollo|Olympian|Apollo|Ἀπόλλων|Phoebus|Loxias|Q37400
Artemis|Olympian|Artemis|Ἄρτεμις|Potnia Theron|Q39503
Ares|Olympian|Ares|Ἄρης|Enyalios|Q40901
Aphrodite|Olympian|Aphrodite|Ἀφροδίτη|Cypris|Kythereia|Q35500
Hephaestus|Olympian|Hephaestus|Ἥφαιστος|Hephaistos|Q38012
Hermes|Olympian|Hermes|Ἑρμῆς|Argeiphontes|Psychopompos|Q41484
Dionysus|Olympian|Dionysus|Διόνυσος|Bacchus|Bromios|Q38740
Hades|ChthonicDeity|Hades|ᾍδης|Plouton|Aidoneus|Q41410
Persephone|ChthonicDeity|Persephone|Περσεφόνη|Kore|Q106197
Hecate|ChthonicDeity|Hecate|Ἑκάτη|Hekate|Q131244
Eros|MinorDeity|Eros|Ἔρως||Q121973
Hebe|MinorDeity|Hebe|Ἥβη||Q243216
Eileithyia|MinorDeity|Eileithyia|Εἰλείθυια||Q335164
Pan|MinorDeity|Pan|Πάν||Q131194
Nike|MinorDeity|Nike|Νίκη||Q165656
Iris|MinorDeity|Iris|Ἶρις||Q190389
Asclepius|MinorDeity|Asclepius|Ἀσκληπιός|Asklepios|Q83416
Dike|MinorDeity|Dike|Δίκη|Astraea|Q632086
Triton|MinorDeity|Triton|Τρίτων||Q179736
Amphitrite|MinorDeity|Amphitrite|Ἀμφιτρίτη||Q244207
Nereus|MinorDeity|Nereus|Νηρεύς|Old Man of the Sea|Q336398
Thetis|MinorDeity|Thetis|Θέτις||Q200635
Calliope|MinorDeity|Calliope|Καλλιόπη||Q186431
Clio|MinorDeity|Clio|Κλειώ||Q188010
Urania|MinorDeity|Urania|Οὐρανία||Q189002
Clotho|MinorDeity|Clotho|Κλωθώ||Q207947
Atropos|MinorDeity|Atropos|Ἄτροπος||Q207965
Phorcys|MinorDeity|Phorcys|Φόρκυς||Q312092
Ceto|MinorDeity|Ceto|Κητώ||Q312089
Harmonia|MinorDeity|Harmonia|Ἁρμονία||Q244124
Psyche|MinorDeity|Psyche|Ψυχή||Q215952
Clymene|Nymph|=grc|Κλυμένη||Q1106612
Maia|Nymph|Maia|Μαῖα||Q166402
Styx|Nymph|Styx|Στύξ||Q185265
Doris|Nymph|=grc|Δωρίς||Q1238318
Eurydice|Nymph|Eurydice|Εὐρυδίκη||Q219495
Heracles|Hero|Heracles|Ἡρακλῆς|Alcides|Herakles|Q122248
Perseus|Hero|Perseus|Περσεύς||Q130832
Theseus|Hero|Theseus|Θησεύς||Q130917
Jason|Hero|Jason|Ἰάσων||Q176758
Achilles|Hero|Achilles|Ἀχιλλεύς|Pelides|Achilleus|Q41746
Odysseus|Hero|Odysseus|Ὀδυσσεύς|Ulysses|Laertiades|Q47231
Bellerophon|Hero|Bellerophon|Βελλεροφῶν|Hipponous|Q208281
Orpheus|Hero|Orpheus|Ὀρφεύς||Q174353
Cadmus|Hero|Cadmus|Κάδμος||Q178498
Atalanta|Hero|Atalanta|Ἀταλάντη||Q244114
Meleager|Hero|Meleager|Μελέαγρος||Q310765
Castor|Hero|Castor|Κάστωρ||Q185287
Pollux|Hero|Pollux|Πολυδεύκης|Polydeuces|Q185268
Peleus|Hero|Peleus|Πηλεύς||Q192932
Hector|Hero|Hector|Ἕκτωρ||Q174962
Aeneas|Hero|Aeneas|Αἰνείας||Q130796
Oedipus|Hero|Oedipus|Οἰδίπους||Q130890
Alcmene|Mortal|Alcmene|Ἀλκμήνη||Q244184
Amphitryon|Mortal|Amphitryon|Ἀμφιτρύων||Q310857
Danae|Mortal|Danaë|Δανάη|Danae|Q207584
Acrisius|Mortal|Acrisius|Ἀκρίσιος||Q338186
Semele|Mortal|Semele|Σεμέλη||Q242984
Leda|Mortal|Leda|Λήδα||Q166489
Tyndareus|Mortal|Tyndareus|Τυνδάρεως||Q336364
Helen|Mortal|Helen of Troy|Ἑλένη|Helen|Helen of Sparta|Q164061
Clytemnestra|Mortal|Clytemnestra|Κλυταιμνήστρα||Q184855
Agamemnon|Mortal|Agamemnon|Ἀγαμέμνων||Q169564
Menelaus|Mortal|Menelaus|Μενέλαος||Q181759
Atreus|Mortal|Atreus|Ἀτρεύς||Q318412
Pelops|Mortal|Pelops|Πέλοψ||Q216413
Tantalus|Mortal|Tantalus|Τάνταλος||Q180269
Paris|Mortal|Paris|Πάρις|Alexandros|Q167646
Priam|Mortal|Priam|Πρίαμος||Q190369
Hecuba|Mortal|Hecuba|Ἑκάβη||Q240862
Penelope|Mortal|Penelope|Πηνελόπη||Q192838
Telemachus|Mortal|Telemachus|Τηλέμαχος||Q213009
Laertes|Mortal|Laertes|Λαέρτης||Q336542
Aegeus|Mortal|Aegeus|Αἰγεύς||Q271870
Aethra|Mortal|Aethra|Αἴθρα||Q309734
Minos|Mortal|Minos|Μίνως||Q190192
Pasiphae|Mortal|Pasiphaë|Πασιφάη|Pasiphae|Q220405
Ariadne|Mortal|Ariadne|Ἀριάδνη||Q192845
Phaedra|Mortal|Phaedra|Φαίδρα||Q244158
Europa|Mortal|Europa|Εὐρώπη||Q151233
Medea|Mortal|Medea|Μήδεια||Q168834
Aeetes|Mortal|Aeëtes|Αἰήτης|Aeetes|Q319470
Pelias|Mortal|Pelias|Πελίας||Q338172
Aeson|Mortal|Aeson|Αἴσων||Q368447
Andromeda|Mortal|Andromeda|Ἀνδρομέδα||Q192311
Cepheus|Mortal|Cepheus|Κηφεύς||Q1052447
Cassiopeia|Mortal|Cassiopeia|Κασσιόπεια||Q1051981
Polydectes|Mortal|Polydectes|Πολυδέκτης||Q1052442
Eurystheus|Mortal|Eurystheus|Εὐρυσθεύς||Q338134
Deianira|Mortal|Deianira|Δηιάνειρα||Q245050
Megara|Mortal|Megara|Μεγάρα||Q1060211
Hippolyta|Mortal|Hippolyta|Ἱππολύτη||Q244179
Laius|Mortal|Laius|Λάϊος||Q337817
Jocasta|Mortal|Jocasta|Ἰοκάστη||Q223063
Antigone|Mortal|Antigone|Ἀντιγόνη||Q179904
Orestes|Mortal|Orestes|Ὀρέστης||Q192858
Electra|Mortal|Electra|Ἠλέκτρα||Q207643
Iphigenia|Mortal|Iphigenia|Ἰφιγένεια||Q207581
Daedalus|Mortal|Daedalus|Δαίδαλος||Q176772
Icarus|Mortal|Icarus|Ἴκαρος||Q184890
Coronis|Mortal|Coronis|Κορωνίς||Q1135920
Anchises|Mortal|Anchises|Ἀγχίσης||Q272192
Neoptolemus|Mortal|Neoptolemus|Νεοπτόλεμος|Pyrrhus|Q272235
Ganymede|Mortal|Ganymede|Γανυμήδης||Q185536
Typhon|Monster|Typhon|Τυφῶν|Typhoeus|Q178549
Echidna|Monster|Echidna|Ἔχιδνα||Q189153
Medusa|Monster|Medusa|Μέδουσα||Q160730
Stheno|Monster||Σθεννώ||Q1056082
Euryale|Monster||Εὐρυάλη||Q1056083
Minotaur|Monster|Minotaur|Μινώταυρος|Asterion|Q129753
Cerberus|Monster|Cerberus|Κέρβερος|Hound of Hades|Q83496
Lernaean_Hydra|Monster|Lernaean Hydra|Λερναία Ὕδρα|Hydra|Q193229
Nemean_Lion|Monster|Nemean lion|Νεμέος λέων||Q208321
Chimera|Monster|Chimera|Χίμαιρα|Chimaera|Q83169
Pegasus|Creature|Pegasus|Πήγασος||Q83370
Chrysaor|Creature|Chrysaor|Χρυσάωρ||Q1077305
Orthrus|Monster||||Q1095386
Ladon|Monster||||Q1130588
Polyphemus|Monster|Polyphemus|Πολύφημος||Q215974
Scylla|Monster|Scylla|Σκύλλα||Q215929
Sphinx|Monster|Sphinx of Thebes|Σφίγξ|Theban Sphinx|Q1058437
Python|Monster|Python|Πύθων||Q188418
Cetus|Monster|Cetus|Κῆτος|Ketos Aithiopios|Q1053622
Erymanthian_Boar|Creature|Erymanthian Boar|Ἐρυμάνθιος κάπρος||Q1351285
Ceryneian_Hind|Creature|Ceryneian Hind|Κερυνῖτις ἔλαφος||Q1367291
Cretan_Bull|Creature|Cretan Bull|Κρὴς ταῦρος||Q1139425
Geryon|Monster|Geryon|Γηρυών||Q273171
Cacus|Monster||||Q1025196
Talos|Creature|Talos|Τάλως||Q217766
Argus_Panoptes|Monster|Argus Panoptes|Ἄργος Πανόπτης|Argos|Q273221
"""

# child: father, mother, how asserted (F = hasFather/hasMother, P = hasParent, C = only the
# parents' hasChild)
PARENTS = """
Gaia|Chaos||P
Nyx|Chaos||P
Erebus|Chaos||P
Uranus||Gaia|F
Pontus||Gaia|F
Cronus|Uranus|Gaia|F
Rhea|Uranus|Gaia|F
Oceanus|Uranus|Gaia|P
Tethys|Uranus|Gaia|C
Hyperion|Uranus|Gaia|F
Theia|Uranus|Gaia|F
Coeus||Gaia|P
Phoebe|Uranus||F
Mnemosyne||Gaia|C
Themis|Uranus|Gaia|C
Iapetus|Uranus|Gaia|F
Crius|Uranus||F
Helios|Hyperion|Theia|F
Selene|Hyperion|Theia|F
Eos|Hyperion|Theia|C
Leto|Coeus|Phoebe|F
Clymene|Oceanus|Tethys|F
Metis|Oceanus|Tethys|F
Styx|Oceanus|Tethys|P
Atlas|Iapetus|Clymene|F
Prometheus|Iapetus|Clymene|F
Epimetheus|Iapetus||C
Maia|Atlas||F
Zeus|Cronus|Rhea|F
Hera|Cronus|Rhea|F
Poseidon|Cronus|Rhea|F
Demeter|Cronus|Rhea|P
Hestia|Cronus|Rhea|C
Hades|Cronus|Rhea|P
Athena|Zeus|Metis|F
Apollo|Zeus|Leto|F
Artemis|Zeus|Leto|F
Ares|Zeus|Hera|F
Hebe|Zeus|Hera|C
Eileithyia|Zeus|Hera|F
Hephaestus||Hera|F
Hermes|Zeus|Maia|F
Dionysus|Zeus|Semele|F
Aphrodite|Uranus||F
Persephone|Zeus|Demeter|F
Calliope|Zeus|Mnemosyne|F
Clio|Zeus|Mnemosyne|C
Urania|Zeus|Mnemosyne|F
Clotho||Nyx|F
Atropos||Nyx|F
Eros|Ares|Aphrodite|F
Pan|Hermes||F
Asclepius|Apollo|Coronis|F
Nike||Styx|F
Dike|Zeus|Themis|F
Triton|Poseidon|Amphitrite|F
Amphitrite|Nereus|Doris|F
Thetis|Nereus|Doris|F
Nereus|Pontus|Gaia|F
Phorcys|Pontus|Gaia|P
Ceto|Pontus|Gaia|P
Harmonia|Ares|Aphrodite|F
Heracles|Zeus|Alcmene|F
Perseus|Zeus|Danae|F
Danae|Acrisius||F
Theseus|Aegeus|Aethra|F
Jason|Aeson||F
Achilles|Peleus|Thetis|F
Odysseus|Laertes||F
Telemachus|Odysseus|Penelope|C
Helen|Zeus|Leda|F
Castor|Tyndareus|Leda|F
Pollux|Zeus|Leda|F
Clytemnestra|Tyndareus|Leda|F
Orpheus||Calliope|F
Minotaur|Cretan_Bull|Pasiphae|F
Ariadne|Minos|Pasiphae|F
Phaedra|Minos|Pasiphae|C
Minos|Zeus|Europa|F
Pasiphae|Helios||F
Aeetes|Helios||F
Medea|Aeetes||F
Hector|Priam|Hecuba|F
Paris|Priam|Hecuba|F
Aeneas|Anchises|Aphrodite|F
Andromeda|Cepheus|Cassiopeia|F
Pegasus|Poseidon|Medusa|F
Chrysaor|Poseidon|Medusa|C
Medusa|Phorcys|Ceto|F
Stheno|Phorcys|Ceto|P
Euryale|Phorcys|Ceto|P
Typhon|Tartarus|Gaia|F
Cerberus|Typhon|Echidna|F
Lernaean_Hydra|Typhon|Echidna|F
Chimera|Typhon|Echidna|C
Orthrus|Typhon|Echidna|F
Ladon|Typhon|Echidna|P
Nemean_Lion|Orthrus|Chimera|F
Polyphemus|Poseidon||F
Oedipus|Laius|Jocasta|F
Antigone|Oedipus|Jocasta|F
Icarus|Daedalus||F
Agamemnon|Atreus||F
Menelaus|Atreus||F
Atreus|Pelops||F
Pelops|Tantalus||F
Tantalus|Zeus||F
Orestes|Agamemnon|Clytemnestra|F
Electra|Agamemnon|Clytemnestra|C
Iphigenia|Agamemnon|Clytemnestra|F
Neoptolemus|Achilles||F
Semele|Cadmus|Harmonia|F
Ganymede||Callirrhoe|X
"""

SIBLINGS = "Zeus Poseidon|Zeus Hades|Hera Demeter|Apollo Artemis|Castor Pollux|Helen Clytemnestra|Atlas Prometheus|Prometheus Epimetheus|Hector Paris|Ariadne Phaedra|Agamemnon Menelaus|Helios Selene|Selene Eos|Medusa Stheno|Euryale Medusa|Orestes Electra|Cerberus Orthrus"
CONSORTS = "Zeus Hera|Amphitrite Poseidon|Hades Persephone|Aphrodite Hephaestus|Cronus Rhea|Uranus Gaia|Oceanus Tethys|Hyperion Theia|Coeus Phoebe|Eros Psyche|Ariadne Dionysus|Odysseus Penelope|Heracles Deianira|Megara Heracles|Perseus Andromeda|Jason Medea|Menelaus Helen|Clytemnestra Agamemnon|Priam Hecuba|Peleus Thetis|Cadmus Harmonia|Orpheus Eurydice|Laius Jocasta|Typhon Echidna|Phorcys Ceto|Zeus Metis|Theseus Hippolyta|Pasiphae Minos|Nereus Doris|Tyndareus Leda|Amphitryon Alcmene"

DOMAINS = """
Zeus|sky;thunder;law and order;kingship
Hera|marriage;women;family
Poseidon|sea;earthquakes;horses
Demeter|agriculture;harvest;fertility
Athena|wisdom;strategic warfare;weaving;crafts
Apollo|music;prophecy;healing;archery;poetry
Artemis|hunting;the moon;wilderness;childbirth
Ares|war;courage
Aphrodite|love;beauty;desire
Hephaestus|fire;metalworking;volcanoes
Hermes|travellers;thieves;commerce;heralds
Dionysus|wine;theatre;ecstasy
Hestia|hearth;home
Hades|the underworld;the dead;riches
Persephone|spring;the underworld
Hecate|magic;crossroads;witchcraft
Helios|the sun
Selene|the moon
Eos|dawn
Nike|victory
Iris|the rainbow
Mnemosyne|memory
Themis|divine law
Dike|justice
Eros|desire;love
Hebe|youth
Eileithyia|childbirth
Pan|shepherds;flocks
Asclepius|medicine;healing
Nyx|night
Gaia|the earth
Uranus|sky
Pontus|sea
Calliope|epic poetry
Clio|history
Urania|astronomy
Clotho|fate
Atropos|fate;death
Nereus|sea
"""

SYMBOLS = """
Zeus|thunderbolt;aegis;oak;sceptre|eagle;bull
Hera|diadem;pomegranate;sceptre|peacock;cow;cuckoo
Poseidon|trident|horse;dolphin;bull
Athena|aegis;olive tree;spear|owl;snake
Apollo|lyre;laurel wreath;silver bow|raven;swan;wolf
Artemis|bow and arrows;quiver|deer;bear
Ares|spear;helmet|dog;vulture;boar
Aphrodite|scallop shell;mirror;myrtle|dove;sparrow;swan
Hephaestus|hammer;tongs;anvil|donkey
Hermes|caduceus;winged sandals;petasos|tortoise;ram
Dionysus|thyrsus;grapevine;kantharos|panther;leopard;bull
Demeter|sheaf of wheat;torch;cornucopia|pig;snake
Hades|bident;helm of darkness|screech owl
Persephone|pomegranate;torch|
Hecate|torch;key|dog
Pan|pan pipes|goat
Asclepius|rod of Asclepius|snake
Nike|palm branch;wreath|
Eros|bow and arrows|
"""

ROMAN = """
Zeus|Jupiter|Iuppiter|Jove
Hera|Juno|Iuno|
Poseidon|Neptune|Neptunus|
Demeter|Ceres|Ceres|
Athena|Minerva|Minerva|
Apollo|Apollo_Rom|Apollo|
Artemis|Diana|Diana|
Ares|Mars|Mars|Mars Gradivus
Aphrodite|Venus|Venus|<
Hephaestus|Vulcan|Vulcanus|Mulciber
Hermes|Mercury|Mercurius|
Dionysus|Bacchus|Bacchus|Liber
Hestia|Vesta|Vesta|<
Hades|Pluto|Pluto|Dis Pater
Persephone|Proserpina|Proserpina|
Cronus|Saturn|Saturnus|
Rhea|Ops|Ops|<
Eros|Cupid|Cupido|Amor
Eos|Aurora|Aurora|
Helios|Sol|Sol|<
Selene|Luna|Luna|
Pan|Faunus|Faunus|
Nike|Victoria|Victoria|<
Asclepius|Aesculapius|Aesculapius|
Gaia|Terra|Terra|Tellus
Leto|Latona|Latona|<
Hebe|Juventas|Iuventas|
Nyx|Nox|Nox|
Heracles|Hercules|Hercules|
"""

# fragment|class|English|Greek|country|pleiades|elevation (typed) or ""|part of
PLACES = """
Mount_Olympus|Mountain|Mount Olympus|Ὄλυμπος|Greece|491677|"2918"^^xsd:integer|
Mount_Ida_Crete|Mountain|Mount Ida (Crete)|Ἴδη|Greece|589872|"2456"^^xsd:integer|Crete
Mount_Ida_Troad|Mountain|Mount Ida (Troad)|Ἴδη|Turkey|550685|"1774"^^xsd:integer|
Mount_Parnassus|Mountain|Mount Parnassus|Παρνασσός|Greece|540938|"2457.0"^^xsd:decimal|
Mount_Cithaeron|Mountain|Mount Cithaeron|Κιθαιρών|Greece|541004||
Mount_Pelion|Mountain|Mount Pelion|Πήλιον|Greece|541137|"1624"^^xsd:integer|
Mount_Othrys|Mountain|||Greece|541103|"1726"^^xsd:integer|
Mount_Cyllene|Mountain|Mount Cyllene|Κυλλήνη|Greece|570410|"2376"^^xsd:integer|
Mount_Etna|Mountain|Mount Etna|Αἴτνη|Italy|462156|"3357"^^xsd:integer|Sicily
Mount_Caucasus|Mountain|Caucasus Mountains|Καύκασος|Georgia|874374|"5642"^^xsd:integer|
Mount_Erymanthos|Mountain|Mount Erymanthos|Ἐρύμανθος|Greece|570228|"2224"^^xsd:integer|
Delphi|Sanctuary|Delphi|Δελφοί|Greece|540726||
Delos|Island|Delos|Δῆλος|Greece|599587||
Olympia|Sanctuary|Olympia|Ὀλυμπία|Greece|570531||
Dodona|Sanctuary|Dodona|Δωδώνη|Greece|530843||
Eleusis|Sanctuary|Eleusis|Ἐλευσίς|Greece|579920||
Epidaurus|Sanctuary|Epidaurus|Ἐπίδαυρος|Greece|570221||
Didyma|Sanctuary|Didyma|Δίδυμα|Turkey|599586||
Cape_Sounion|Sanctuary|Cape Sounion|Σούνιον|Greece|580114||
Athens|City|Athens|Ἀθῆναι|Greece|579885||
Sparta|City|Sparta|Σπάρτη|Greece|570685||
Thebes|City|Thebes|Θῆβαι|Greece|541138||
Argos|City|Argos|Ἄργος|Greece|570106||
Mycenae|City|Mycenae|Μυκῆναι|Greece|570491||
Tiryns|City|Tiryns|Τίρυνς|Greece|570747||
Corinth|City|Corinth|Κόρινθος|Greece|570182||
Nemea|Sanctuary|Nemea|Νεμέα|Greece|570509||
Lerna|Region|Lerna|Λέρνη|Greece|570415||
Troy|City|Troy|Ἴλιον|Turkey|550595||
Ephesus|City|Ephesus|Ἔφεσος|Turkey|599612||
Colchis|Region|Colchis|Κολχίς|Georgia|857195||
Knossos|City|Knossos|Κνωσός||589859||Crete
Crete|Island|Crete|Κρήτη|Greece|589748||
Ithaca|Island|Ithaca|Ἰθάκη|Greece|530872||
Cythera|Island|Cythera|Κύθηρα|Greece|570407||
Paphos|City|Paphos|Πάφος|Cyprus|707498||
Lemnos|Island|Lemnos|Λῆμνος|Greece|550811||
Samos|Island|Samos|Σάμος|Greece|599925||
Seriphos|Island|Seriphos|Σέριφος|Greece|599938||
Iolcus|City|Iolcus|Ἰωλκός|Greece|541031||
Calydon|City|Calydon|Καλυδών|Greece|540816||
Troezen|City|Troezen|Τροιζήν|Greece|570749||
Phthia|Region|Phthia|Φθία|Greece|541152||
Cumae|City|Cumae|Κύμη|Italy|432815||
Sicily|Island|Sicily|Σικελία|Italy|462492||
Lycia|Region|Lycia|Λυκία|Turkey|638945||
Joppa|City|Joppa|Ἰόππη|Israel|687928||
Aventine_Hill|Mountain|Aventine Hill||Italy|423025|"47"^^xsd:integer|
Labyrinth|Region|Labyrinth|Λαβύρινθος||||Knossos
Underworld|Region|Underworld|ᾍδης||||
Garden_of_the_Hesperides|Region|Garden of the Hesperides|Ἑσπερίδων κῆπος||||
Ascra|City|Ascra|Ἄσκρα|Greece|541012||
Sulmo|City|Sulmo||Italy|433167||
Mantua|City|Mantua||Italy|393464||
Alexandria|City|Alexandria|Ἀλεξάνδρεια|Egypt|727070||
Colonus|City|Colonus|Κολωνός|Greece|579910||
Salamis|Island|Salamis|Σαλαμίς|Greece|580087||
Panopolis|City|Panopolis|Πανόπολις|Egypt|786017||
"""

COUNTRIES = "Greece|Ελλάδα|GR;Turkey|Türkiye|TR;Italy|Italia|IT;Georgia|საქართველო|GE;Cyprus|Κύπρος|CY;Israel|ישראל|IL;Egypt|مصر|EG"

# figure|cult sites;...|birthplace|dwells on
PLACES_OF = """
Zeus|Olympia;Dodona|Mount_Ida_Crete|Mount_Olympus
Hera|Argos;Samos||Mount_Olympus
Poseidon|Cape_Sounion;Corinth||
Athena|Athens||Mount_Olympus
Apollo|Delphi;Delos;Didyma|Delos|Mount_Olympus
Artemis|Ephesus|Delos|
Demeter|Eleusis||
Asclepius|Epidaurus||
Aphrodite|Paphos;Cythera|Cythera|Mount_Olympus
Hephaestus|Lemnos||Mount_Olympus
Hermes|Mount_Cyllene|Mount_Cyllene|
Dionysus|Thebes|Thebes|
Hades|||Underworld
Persephone|Eleusis||Underworld
Heracles||Thebes|
Perseus||Argos|
Theseus||Troezen|
Achilles||Phthia|
Odysseus||Ithaca|
Helen||Sparta|
Typhon|||Mount_Etna
Cerberus|||Underworld
Nemean_Lion|||Nemea
Lernaean_Hydra|||Lerna
Minotaur|||Labyrinth
Python|||Delphi
Sphinx|||Thebes
Chimera|||Lycia
Ladon|||Garden_of_the_Hesperides
Erymanthian_Boar|||Mount_Erymanthos
Cacus|||Aventine_Hill
Polyphemus|||Sicily
Talos|||Crete
"""

RULERS = "Minos Knossos|Priam Troy|Agamemnon Mycenae|Menelaus Sparta|Odysseus Ithaca|Aegeus Athens|Theseus Athens|Oedipus Thebes|Aeetes Colchis|Pelias Iolcus|Polydectes Seriphos|Eurystheus Tiryns|Acrisius Argos|Laius Thebes|Tyndareus Sparta|Cepheus Joppa"
KILLED = "Heracles Nemean_Lion|Heracles Lernaean_Hydra|Heracles Ladon|Heracles Geryon|Perseus Medusa|Perseus Cetus|Theseus Minotaur|Bellerophon Chimera|Apollo Python|Achilles Hector|Paris Achilles|Hermes Argus_Panoptes|Hercules Cacus|Meleager Calydonian_Boar_x|Oedipus Laius|Orestes Clytemnestra"

# work|English title|Greek/Latin title|lang|author|TLG or PHI id|books|composed (gYear)
WORKS = """
Theogony|Theogony|Θεογονία|grc|Hesiod|TLG0020.001|1|-0700
Works_and_Days|Works and Days|Ἔργα καὶ Ἡμέραι|grc|Hesiod|TLG0020.002|1|-0700
Iliad|Iliad|Ἰλιάς|grc|Homer|TLG0012.001|24|-0750
Odyssey|Odyssey|Ὀδύσσεια|grc|Homer|TLG0012.002|24|-0725
Hymn_to_Demeter|Homeric Hymn to Demeter|Εἰς Δημήτραν|grc|Homer|TLG0013.002|1|-0600
Hymn_to_Apollo|Homeric Hymn to Apollo|Εἰς Ἀπόλλωνα|grc|Homer|TLG0013.003|1|-0580
Hymn_to_Hermes|Homeric Hymn to Hermes|Εἰς Ἑρμῆν|grc|Homer|TLG0013.004|1|-0520
Bibliotheca|Bibliotheca|Βιβλιοθήκη|grc|Pseudo_Apollodorus|TLG0548.001|3|0100
Argonautica|Argonautica|Ἀργοναυτικά|grc|Apollonius|TLG0001.001|4|-0250
Metamorphoses|Metamorphoses|Metamorphoses|la|Ovid|PHI0959.006|15|0008
Aeneid|Aeneid|Aeneis|la|Virgil|PHI0690.003|12|-0019
Prometheus_Bound|Prometheus Bound|Προμηθεὺς Δεσμώτης|grc|Aeschylus|TLG0085.003|1|-0460
Oresteia|Agamemnon|Ἀγαμέμνων|grc|Aeschylus|TLG0085.005|1|-0458
Oedipus_Rex|Oedipus Rex|Οἰδίπους Τύραννος|grc|Sophocles|TLG0011.004|1|-0429
Medea_play|Medea|Μήδεια|grc|Euripides|TLG0006.003|1|-0431
Pythian_Odes|Pythian Odes|Πυθιονῖκαι|grc|Pindar|TLG0033.002|1|-0470
Description_of_Greece|Description of Greece|Ἑλλάδος Περιήγησις|grc|Pausanias|TLG0525.001|10|0170
Fabulae|Fabulae|Fabulae|la|Hyginus|PHI1263.001|1|0010
Dionysiaca|Dionysiaca|Διονυσιακά|grc|Nonnus|TLG2045.001|48|0450
"""

# author|English|Greek or Latin|birthplace|floruit|TLG
AUTHORS = """
Hesiod|Hesiod|Ἡσίοδος|Ascra|8th–7th century BC|TLG0020
Homer|Homer|Ὅμηρος||8th century BC|TLG0012
Pseudo_Apollodorus|Pseudo-Apollodorus|Ἀπολλόδωρος||1st–2nd century AD|TLG0548
Apollonius|Apollonius of Rhodes|Ἀπολλώνιος Ῥόδιος|Alexandria|3rd century BC|TLG0001
Ovid|Ovid|Publius Ovidius Naso|Sulmo|43 BC – AD 17|PHI0959
Virgil|Virgil|Publius Vergilius Maro|Mantua|70–19 BC|PHI0690
Aeschylus|Aeschylus|Αἰσχύλος|Eleusis|c. 525–456 BC|TLG0085
Sophocles|Sophocles|Σοφοκλῆς|Colonus|c. 497–406 BC|TLG0011
Euripides|Euripides|Εὐριπίδης|Salamis|c. 480–406 BC|TLG0006
Pindar|Pindar|Πίνδαρος||c. 518–438 BC|TLG0033
Pausanias|Pausanias|Παυσανίας||2nd century AD|TLG0525
Hyginus|Hyginus|Gaius Julius Hyginus||1st century BC|PHI1263
Nonnus|Nonnus of Panopolis|Νόννος|Panopolis|5th century AD|TLG2045
"""

# id|English|Greek|place|part of|participants (P = from the figure's side)|attestations
# (work@passage;...; "=" before the list: the shortcut attestedBy)
EPISODES = """
0001|Castration of Uranus|Οὐρανοῦ ἐκτομή||0002|Cronus;Uranus;Gaia|Theogony@154-210
0002|Succession myth|||| Cronus;Zeus;Uranus|Theogony@116-506
0003|Titanomachy|Τιτανομαχία|Mount_Othrys||Zeus;Cronus;P:Atlas;Poseidon;Hades;Prometheus|Theogony@617-735;Bibliotheca@1.2.1
0004|Birth of Zeus|Γοναὶ Διός|Mount_Ida_Crete|0002|Zeus;Rhea;Cronus|Theogony@453-491;Bibliotheca@1.1.6
0005|Birth of Athena|Γένεσις Ἀθηνᾶς||| Athena;Zeus;Metis;Hephaestus|Theogony@886-900;Hymn_to_Apollo@308-330
0006|Birth of Aphrodite|Γένεσις Ἀφροδίτης|Cythera||Aphrodite;Uranus|Theogony@188-206
0007|Typhonomachy|Τυφωνομαχία|Mount_Etna||Zeus;Typhon|Theogony@820-880;Bibliotheca@1.6.3
0008|Theft of fire|Κλοπὴ τοῦ πυρός||| Prometheus;Zeus|Theogony@561-569;Works_and_Days@47-52
0009|Punishment of Prometheus|Δεσμὸς Προμηθέως|Mount_Caucasus||Prometheus;Zeus;Hephaestus;P:Heracles|=Prometheus_Bound;Theogony
0010|Abduction of Persephone|Ἁρπαγὴ τῆς Περσεφόνης|Eleusis||Hades;Persephone;Demeter;Hecate;Helios|Hymn_to_Demeter@1-495;Metamorphoses@5.385-571
0011|Birth of Apollo and Artemis||Delos||Leto;Apollo;Artemis;Hera|Hymn_to_Apollo@30-139
0012|Slaying of Python|Πυθοκτονία|Delphi||Apollo;Python|Hymn_to_Apollo@300-374;Metamorphoses@1.438-451
0013|Theft of Apollo's cattle||Mount_Cyllene||Hermes;Apollo|=Hymn_to_Hermes
0014|Twelve Labours of Heracles|Ἆθλοι Ἡρακλέους|Tiryns||Heracles;Eurystheus;Hera|Bibliotheca@2.5.1-12
0015|Slaying of the Nemean lion||Nemea|0014|Heracles;Nemean_Lion|Bibliotheca@2.5.1;Theogony@327-332
0016|Slaying of the Lernaean Hydra||Lerna|0014|Heracles;Lernaean_Hydra;P:Iolaus_x|Bibliotheca@2.5.2
0017|Capture of the Ceryneian Hind|||0014|Heracles;Ceryneian_Hind;Artemis|Bibliotheca@2.5.3
0018|Capture of the Erymanthian Boar||Mount_Erymanthos|0014|Heracles;Erymanthian_Boar|Bibliotheca@2.5.4
0019|Capture of the Cretan Bull||Crete|0014|Heracles;Cretan_Bull;Minos|Bibliotheca@2.5.7
0020|Cattle of Geryon|||0014|Heracles;Geryon;Orthrus|Bibliotheca@2.5.10
0021|Golden Apples of the Hesperides||Garden_of_the_Hesperides|0014|Heracles;Ladon;Atlas|Bibliotheca@2.5.11
0022|Capture of Cerberus|Κέρβερος|Underworld|0014|Heracles;Cerberus;Hades;Hermes|Bibliotheca@2.5.12;Odyssey@11.623-626
0023|Hercules et Cacus||Aventine_Hill||Hercules;Cacus|Aeneid@8.185-275
0024|Perseus and Medusa|Περσεὺς καὶ Μέδουσα|Seriphos||Perseus;Medusa;Athena;Hermes;Polydectes;P:Stheno;P:Euryale|Bibliotheca@2.4.2-3;Metamorphoses@4.765-786
0025|Rescue of Andromeda||Joppa||Perseus;Andromeda;Cetus;Cepheus;Cassiopeia|Metamorphoses@4.663-752
0026|Theseus and the Minotaur|Θησεὺς καὶ Μινώταυρος|Knossos||Theseus;Minotaur;Ariadne;Minos;Daedalus|Bibliotheca@E.1.7-9;Metamorphoses@8.152-182
0027|Flight of Icarus||Crete||Daedalus;Icarus|=Metamorphoses
0028|Quest for the Golden Fleece|Ἀργοναυτική ἐκστρατεία|Colchis||Jason;Medea;Aeetes;Pelias;P:Orpheus;P:Castor;P:Pollux;P:Heracles;P:Atalanta;P:Peleus|Argonautica@1.1-4.1781;Pythian_Odes@4
0029|Judgement of Paris|Κρίσις τοῦ Πάριδος|Mount_Ida_Troad||Paris;Hera;Athena;Aphrodite;Hermes|Fabulae@92;Bibliotheca@E.3.2
0030|Trojan War|Τρωικὸς πόλεμος|Troy||Achilles;Hector;Agamemnon;Menelaus;Paris;Odysseus;Aeneas;Priam;Helen;Apollo;Athena;Hera;Aphrodite|Iliad@1.1-24.804;Aeneid@2.1-804
0031|Sacrifice of Iphigenia||||Agamemnon;Iphigenia;Artemis|Oresteia@184-247
0032|Blinding of Polyphemus||Sicily|0033|Odysseus;Polyphemus|Odyssey@9.105-566
0033|Wanderings of Odysseus|Ὀδυσσέως πλάνη|||Odysseus;Poseidon;Athena;Scylla;Telemachus|Odyssey@5.1-12.453
0034|Bellerophon and the Chimera||Lycia||Bellerophon;Chimera;Pegasus;Athena|Iliad@6.155-195;Bibliotheca@2.3.2
0035|Oedipus and the Sphinx||Thebes||Oedipus;Sphinx|=Oedipus_Rex;Bibliotheca
0036|Orpheus and Eurydice||Underworld||Orpheus;Eurydice;Hades;Persephone|Metamorphoses@10.1-85
0037|Abduction of Europa||Crete||Zeus;Europa|Metamorphoses@2.833-875
0038|Abduction of Ganymede||Mount_Ida_Troad||Zeus;Ganymede|Iliad@20.231-235
0039|Contest for Athens||Athens||Athena;Poseidon;Cadmus_x|Bibliotheca@3.14.1;Description_of_Greece@1.24.5
0040|Calydonian Boar Hunt|Καλυδώνιος κάπρος|Calydon||Meleager;Atalanta;Artemis;Theseus;Castor;Pollux|
0041|Founding of Thebes||Thebes||Cadmus;Harmonia;Ares;Athena|Bibliotheca@3.4.1-2
0042|Birth of Dionysus||Thebes||Zeus;Semele;Dionysus;Hera|Dionysiaca@8-9;Metamorphoses@3.253-315
0043|Death of Achilles||Troy|0030|Achilles;Paris;Apollo|Fabulae@107
0044|Slaying of Argus||||Hermes;Argus_Panoptes;Hera;Zeus|Metamorphoses@1.668-721
"""


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


class Onto:
    """Axioms gathered per entity, written in Protégé's order."""

    def __init__(self) -> None:
        self.decl: dict[str, str] = {}
        self.by: dict[str, list[str]] = {}
        self.kind: dict[str, str] = {}
        self.other: list[str] = []

    def declare(self, kind: str, e: str) -> None:
        self.decl[e] = kind
        self.kind.setdefault(e, kind)

    def add(self, e: str, axiom: str) -> None:
        self.by.setdefault(e, []).append(axiom)

    def label(self, e: str, text: str, lang: str | None = "en", prop: str = "rdfs:label") -> None:
        tag = f"@{lang}" if lang else ""
        self.add(e, f'AnnotationAssertion({prop} :{e} "{esc(text)}"{tag})')

    def obj(self, p: str, s: str, o: str) -> None:
        self.add(s, f"ObjectPropertyAssertion(:{p} :{s} :{o})")

    def data(self, p: str, s: str, value: str) -> None:
        self.add(s, f"DataPropertyAssertion(:{p} :{s} {value})")

    def text(self) -> str:
        heads = {
            "Class": "Classes",
            "ObjectProperty": "Object Properties",
            "DataProperty": "Data properties",
            "NamedIndividual": "Individuals",
        }
        out = [
            f"Prefix(:=<{BASE}#>)",
            "Prefix(dc:=<http://purl.org/dc/elements/1.1/>)",
            "Prefix(owl:=<http://www.w3.org/2002/07/owl#>)",
            "Prefix(rdf:=<http://www.w3.org/1999/02/22-rdf-syntax-ns#>)",
            "Prefix(xml:=<http://www.w3.org/XML/1998/namespace>)",
            "Prefix(xsd:=<http://www.w3.org/2001/XMLSchema#>)",
            "Prefix(rdfs:=<http://www.w3.org/2000/01/rdf-schema#>)",
            "Prefix(skos:=<http://www.w3.org/2004/02/skos/core#>)",
            "",
            "",
            f"Ontology(<{BASE}>",
            f"<{BASE}/2.3.0>",
            'Annotation(dc:title "MYTHOS-REF: a reference ontology of Greek mythology"@en)',
            'Annotation(rdfs:comment "Figures, genealogies, cults, episodes and their ancient attestations, compiled from standard handbooks."@en)',
            'Annotation(owl:versionInfo "2.3.0")',
            "",
        ]
        out += [
            f"Declaration({k}(:{e}))"
            for e, k in sorted(self.decl.items(), key=lambda x: (x[1], x[0]))
        ]
        out.append("Declaration(AnnotationProperty(skos:altLabel))")
        out.append("Declaration(AnnotationProperty(dc:title))")
        for kind in ("ObjectProperty", "DataProperty", "Class", "NamedIndividual"):
            out += ["", "#" * 36, f"#   {heads[kind]}", "#" * 36, ""]
            for e in sorted(x for x, k in self.kind.items() if k == kind):
                if e not in self.by:
                    continue
                out += [f"# {kind.replace('Named', '')}: :{e} ({e.replace('_', ' ')})", ""]
                out += sorted(set(self.by[e]), key=_protege_order)
                out.append("")
        out += ["", *self.other, ")"]
        return "\n".join(out) + "\n"


def _protege_order(axiom: str) -> tuple[int, str]:
    order = (
        "AnnotationAssertion",
        "SubClassOf",
        "SubObjectPropertyOf",
        "InverseObjectProperties",
        "SymmetricObjectProperty",
        "ObjectPropertyDomain",
        "ObjectPropertyRange",
        "DataPropertyDomain",
        "DataPropertyRange",
        "ClassAssertion",
        "ObjectPropertyAssertion",
        "DataPropertyAssertion",
    )
    head = axiom.split("(", 1)[0]
    return (order.index(head) if head in order else 99, axiom)


CLASSES = """
Figure||figure|a being of myth, divine or mortal
Deity|Figure|deity|an immortal god or goddess
Primordial|Deity|primordial deity|the first beings, born of Chaos
Titan|Deity|Titan|the children of Uranus and Gaia and their offspring
Olympian|Deity|Olympian|the twelve gods dwelling on Olympus
ChthonicDeity|Deity|chthonic deity|a god of the earth below and the dead
MinorDeity|Deity|minor deity|
Nymph|MinorDeity|nymph|
Hero|Figure|hero|a mortal of divine descent or great deeds
Mortal|Figure|mortal|
Creature|Figure|creature|
Monster|Creature|monster|
RomanDeity|Deity|Roman deity|a god of the Roman religion identified with a Greek one
Episode|||a myth or an episode of one
Place|||
Mountain|Place|mountain|
City|Place|city|
Sanctuary|Place|sanctuary|a cult site
Island|Place|island|
Region|Place|region|
Country|||a modern state
Domain|||a sphere of life or nature a deity presides over
Symbol|||an attribute by which a figure is recognised in art
Animal|||
Work|||an ancient literary source
Author|||
Attestation|||a record of where a source tells a myth
"""

# name|label|comment|domain|range|(inverse)|(sub of)|(S = symmetric)
OBJECT_PROPS = """
hasParent|has parent|A parent of the figure (mother or father).|Figure|Figure|hasChild||
hasChild|has child|A child of the figure.|Figure|Figure|||
hasFather|has father|The father of the figure.|Figure|Figure||hasParent|
hasMother|has mother|The mother of the figure.|Figure|Figure||hasParent|
hasSibling|has sibling|A brother or sister of the figure.|Figure|Figure|||S
hasConsort|has consort|A spouse, lover or partner of the figure.|Figure|Figure|||S
presidesOver|presides over|A sphere of life or nature the deity is god or goddess of.|Deity|Domain|||
hasSymbol|has symbol|An attribute with which the figure is shown in art.|Figure|Symbol|||
hasSacredAnimal|has sacred animal|An animal sacred to the deity.|Deity|Animal|||
romanCounterpart|Roman counterpart|The Roman deity identified with this Greek one (interpretatio Romana).|Figure|RomanDeity|greekCounterpart||
greekCounterpart|Greek counterpart|The Greek deity identified with this Roman one.|RomanDeity|Figure|||
participatesIn|participates in|An episode in which the figure plays a part.|Figure|Episode|hasParticipant||
hasParticipant|has participant|A figure who plays a part in the episode.|Episode|Figure|||
takesPlaceAt|takes place at|Where the episode happens.|Episode|Place|||
partOf|part of|A larger myth of which this episode is a part.|Episode|Episode|||
killed|killed|A figure this figure slew.|Figure|Figure|||
ruled|ruled|A city or land the figure was king or queen of.|Figure|Place|||
cultSite|cult site|A sanctuary or city where the deity was especially worshipped.|Figure|Place|||
birthplace|birthplace|Where the figure or author was born.||Place|||
dwellsIn|dwells in|Where the figure lives or haunts.|Figure|Place|||
locatedIn|located in|The larger place or the modern country where the place lies.|Place||||
hasAttestation|has attestation|A record of an ancient source telling the episode.|Episode|Attestation|||
sourceWork|source work|The ancient work an attestation cites.|Attestation|Work|||
attestedBy|attested by|An ancient work telling the episode (a shortcut without a passage).|Episode|Work|||
writtenBy|written by|The author of the work.|Work|Author|||
"""

DATA_PROPS = """
wikidataId|Wikidata ID|The item's Wikidata identifier.
pleiadesId|Pleiades ID|The place's identifier in the Pleiades gazetteer.
elevation|elevation|Height of the summit above sea level, in metres.
isImmortal|immortal|Whether the figure is immortal.
numberOfHeads|number of heads|How many heads the creature has.
numberOfLabours|number of labours|How many labours the hero performed.
passage|passage|Book and line numbers of the passage in the source work.
composed|date of composition|The approximate year the work was composed (negative: BC).
numberOfBooks|number of books|How many books the work is divided into.
originalLanguage|original language|The language the work was written in (ISO 639 code).
catalogueId|TLG/PHI number|The work's or author's number in the Thesaurus Linguae Graecae or the PHI Latin canon.
floruit|floruit|When the author was active.
isoCode|ISO code|ISO 3166-1 alpha-2 code of the country.
"""


def rows(table: str, n: int = 0) -> list[list[str]]:
    """The table's lines split at "|", each of ``n`` fields where ``n`` is given."""
    out = [line.split("|") for line in table.strip("\n").splitlines()]
    for r in out:
        assert not n or len(r) == n, r
    return out


def schema(o: Onto) -> None:
    for name, sup, label, comment in rows(CLASSES):
        o.declare("Class", name)
        if label:
            o.label(name, label)
        if comment:
            o.label(name, comment, "en", "rdfs:comment")
        if sup:
            o.add(name, f"SubClassOf(:{name} :{sup})")
    for name, label, comment, dom, rng, inv, sub, sym in rows(OBJECT_PROPS, 8):
        o.declare("ObjectProperty", name)
        o.label(name, label)
        o.label(name, comment, "en", "rdfs:comment")
        if dom:
            o.add(name, f"ObjectPropertyDomain(:{name} :{dom})")
        if rng:
            o.add(name, f"ObjectPropertyRange(:{name} :{rng})")
        if inv:
            o.add(name, f"InverseObjectProperties(:{name} :{inv})")
        if sub:
            o.add(name, f"SubObjectPropertyOf(:{name} :{sub})")
        if sym:
            o.add(name, f"SymmetricObjectProperty(:{name})")
    for name, label, comment in rows(DATA_PROPS):
        o.declare("DataProperty", name)
        o.label(name, label)
        o.label(name, comment, "en", "rdfs:comment")


def individual(o: Onto, e: str, cls: str) -> None:
    o.declare("NamedIndividual", e)
    o.add(e, f"ClassAssertion(:{cls} :{e})")


def figures(o: Onto) -> None:
    for i, (frag, cls, en, grc, *alts) in enumerate(rows(FIGURES)):
        wd = alts.pop()
        individual(o, frag, cls)
        if en and en != "=grc":
            # an older import wrote English labels with no language tag
            o.label(frag, en, None if i % 9 == 4 else "en")
        if grc:
            o.label(frag, grc, "grc")
        for alt in alts:
            if alt:
                o.label(frag, alt, "en", "skos:altLabel")
        o.data("wikidataId", frag, f'"{wd}"')
        if cls in ("Primordial", "Titan", "Olympian", "ChthonicDeity", "MinorDeity", "Nymph"):
            o.data("isImmortal", frag, '"true"^^xsd:boolean')
        elif cls in ("Hero", "Mortal") and i % 3 == 0:
            o.data("isImmortal", frag, '"false"^^xsd:boolean')
    individual(o, "Callirrhoe", "Nymph")  # only an IRI
    for name, heads, dt in (
        ("Cerberus", 3, "nonNegativeInteger"),
        ("Lernaean_Hydra", 9, "integer"),
        ("Chimera", 3, "integer"),
        ("Typhon", 100, "nonNegativeInteger"),
        ("Geryon", 3, "integer"),
        ("Orthrus", 2, "integer"),
    ):
        o.data("numberOfHeads", name, f'"{heads}"^^xsd:{dt}')
    o.data("numberOfLabours", "Heracles", '"12"^^xsd:integer')
    o.add("Heracles", "SameIndividual(:Heracles :Hercules)")


def family(o: Onto) -> None:
    for child, father, mother, how in rows(PARENTS, 4):
        for parent, sub in ((father, "hasFather"), (mother, "hasMother")):
            if not parent:
                continue
            if how == "F":
                o.obj(sub, child, parent)
            elif how == "P":
                o.obj("hasParent", child, parent)
            elif how in ("C", "X"):
                o.obj("hasChild", parent, child)
    for pair in SIBLINGS.split("|"):
        a, b = pair.split()
        o.obj("hasSibling", a, b)
    for pair in CONSORTS.split("|"):
        a, b = pair.split()
        o.obj("hasConsort", a, b)


def attributes(o: Onto) -> None:
    made: set[str] = set()

    def thing(cls: str, text: str, prefix: str) -> str:
        e = prefix + "_" + "_".join(text.replace("the ", "").split())
        if e not in made:
            made.add(e)
            individual(o, e, cls)
            o.label(e, text)
        return e

    for deity, domains in rows(DOMAINS):
        for d in domains.split(";"):
            o.obj("presidesOver", deity, thing("Domain", d, "domain"))
    for deity, symbols, animals in rows(SYMBOLS):
        for s in filter(None, symbols.split(";")):
            o.obj("hasSymbol", deity, thing("Symbol", s, "symbol"))
        for a in filter(None, animals.split(";")):
            o.obj("hasSacredAnimal", deity, thing("Animal", a, "animal"))
    for greek, roman, latin, alt in rows(ROMAN):
        if roman != "Hercules":
            individual(o, roman, "RomanDeity")
            o.label(roman, "Apollo" if roman == "Apollo_Rom" else roman)
            o.label(roman, latin, "la")
        else:
            individual(o, roman, "Hero")
            o.label(roman, "Hercules", "la")
            o.label(roman, "Hercules")
        if alt and alt != "<":
            o.label(roman, alt, "la", "skos:altLabel")
        if alt == "<":
            o.obj("greekCounterpart", roman, greek)
        else:
            o.obj("romanCounterpart", greek, roman)


def places(o: Onto) -> None:
    for name, grc, iso in (c.split("|") for c in COUNTRIES.split(";")):
        individual(o, name, "Country")
        o.label(name, name)
        o.label(name, grc, None)
        o.data("isoCode", name, f'"{iso}"')
    for frag, cls, en, grc, country, pleiades, elev, within in rows(PLACES, 8):
        individual(o, frag, cls)
        if en:
            o.label(frag, en)
        if grc:
            o.label(frag, grc, "grc")
        if country:
            o.obj("locatedIn", frag, country)
        if within:
            o.obj("locatedIn", frag, within)
        if pleiades:
            o.data("pleiadesId", frag, f'"{pleiades}"')
        if elev:
            o.data("elevation", frag, elev)
    for fig, cults, born, dwells in rows(PLACES_OF, 4):
        for c in filter(None, cults.split(";")):
            o.obj("cultSite", fig, c)
        if born:
            o.obj("birthplace", fig, born)
        if dwells:
            o.obj("dwellsIn", fig, dwells)
    for pair in RULERS.split("|"):
        a, b = pair.split()
        o.obj("ruled", a, b)
    for pair in KILLED.split("|"):
        a, b = pair.split()
        if not b.endswith("_x"):
            o.obj("killed", a, b)


def sources(o: Onto) -> None:
    for frag, en, orig, lang, author, cat, books, year in rows(WORKS, 8):
        individual(o, frag, "Work")
        o.label(frag, en)
        o.label(frag, orig, lang)
        o.obj("writtenBy", frag, author)
        o.data("catalogueId", frag, f'"{cat}"')
        o.data("numberOfBooks", frag, f'"{books}"^^xsd:nonNegativeInteger')
        o.data("composed", frag, f'"{year}"^^xsd:gYear')
        o.data("originalLanguage", frag, f'"{lang}"^^xsd:language')
    for frag, en, orig, born, floruit, cat in rows(AUTHORS, 6):
        individual(o, frag, "Author")
        o.label(frag, en)
        o.label(frag, orig, "la" if orig.startswith(("Publius", "Gaius")) else "grc")
        if born:
            o.obj("birthplace", frag, born)
        o.data("floruit", frag, f'"{floruit}"')
        o.data("catalogueId", frag, f'"{cat}"')


def episodes(o: Onto) -> None:
    n = 0
    for eid, en, grc, place, part, people, atts in rows(EPISODES, 7):
        e = f"myth_{eid}"
        individual(o, e, "Episode")
        if eid == "0023":
            o.label(e, en, "la")
        elif en:
            o.label(e, en)
        if grc:
            o.label(e, grc, "grc")
        if place:
            o.obj("takesPlaceAt", e, place)
        if part:
            o.obj("partOf", e, f"myth_{part}")
        for who in people.strip().split(";"):
            if who.endswith("_x"):
                continue
            if who.startswith("P:"):
                o.obj("participatesIn", who[2:], e)
            else:
                o.obj("hasParticipant", e, who)
        if atts.startswith("="):
            for w in atts[1:].split(";"):
                o.obj("attestedBy", e, w)
            continue
        for att in filter(None, atts.split(";")):
            work, _, passage = att.partition("@")
            n += 1
            a = f"_:att{n:03d}"
            o.add(e, f"ObjectPropertyAssertion(:hasAttestation :{e} {a})")
            o.other.append(f"ClassAssertion(:Attestation {a})")
            o.other.append(f"ObjectPropertyAssertion(:sourceWork {a} :{work})")
            o.other.append(f'DataPropertyAssertion(:passage {a} "{passage}")')


def main() -> None:
    o = Onto()
    schema(o)
    figures(o)
    family(o)
    attributes(o)
    places(o)
    sources(o)
    episodes(o)
    text = o.text()
    used = set(re.findall(r"Assertion\(:\w+ :(\w+) :(\w+)\)", text))
    missing = {e for pair in used for e in pair} - set(o.decl)
    assert not missing, missing
    (HERE / "mythology.ofn").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
