"""The RDF, RDFS, OWL, SKOS and friends' terms that the graph layer treats specially.

A predicate has one *role*: a name, an alias, a description, schema plumbing, OWL structure, or an
ordinary fact. Roles decide what becomes an edge of the graph and what becomes an entity attribute.
"""

from __future__ import annotations

from enum import IntEnum

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
# SKOS-XL: names as resources of their own (``skosxl:prefLabel [ skosxl:literalForm "x" ]``,
# read as plain SKOS names by kgchat.graph.skosxl)
SKOSXL = "http://www.w3.org/2008/05/skos-xl#"
SCHEMA = ("http://schema.org/", "https://schema.org/")
FOAF = "http://xmlns.com/foaf/0.1/"
DC = "http://purl.org/dc/elements/1.1/"
DCT = "http://purl.org/dc/terms/"
OBO = "http://www.geneontology.org/formats/oboInOwl#"
VOID = "http://rdfs.org/ns/void#"
VCARD = "http://www.w3.org/2006/vcard/ns#"
# SHACL: a shapes graph beside the data describes it (kgchat.graph.shapes reads its names)
SH = "http://www.w3.org/ns/shacl#"
# the Wikibase data model (Wikidata's RDF): ``wd:P19 wikibase:directClaim wdt:P19``
WIKIBASE = ("http://wikiba.se/ontology#", "http://wikiba.se/ontology-beta#")
# HL7 FHIR's RDF form (https://hl7.org/fhir/R4/rdf.html): properties named ``Type.element``,
# every primitive wrapped in a node of its own (``fhir:Patient.gender [ fhir:value "male" ]``)
FHIR = "http://hl7.org/fhir/"
# BioPAX Level 3, the exchange format of pathway databases (Reactome, Pathway Commons,
# WikiPathways, PANTHER): names as displayName, standardName and name, never rdfs:label
BIOPAX = "http://www.biopax.org/release/biopax-level3.owl#"

RDF_TYPE = RDF + "type"
RDFS_SUBCLASS = RDFS + "subClassOf"
#: the class hierarchy's edges: walked backwards, they lead from a class down to its instances
HIERARCHY = (RDF_TYPE, RDFS_SUBCLASS)
# a SKOS concept's membership of its concept scheme (a code list: the EU's licences, file
# types, frequencies): what the concept is one of, as an instance is one of its class's
SKOS_MEMBERSHIP = (SKOS + "inScheme", SKOS + "topConceptOf")
#: what a node is one of: its class (``rdf:type``), or its concept scheme (SKOS)
MEMBERSHIP = frozenset((RDF_TYPE, *SKOS_MEMBERSHIP))
# links saying two nodes are one thing (two datasets' names for one film): a hop over one
# reaches the same thing, and says no relation of its own
IDENTITY = (OWL + "sameAs", SKOS + "exactMatch")
# XML Schema's numeric datatypes: a literal of one of these is a number, whatever its form
NUMERIC_TYPES = frozenset(
    XSD + t
    for t in (
        *("integer", "decimal", "float", "double", "int", "long", "short", "byte"),
        *("nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger"),
        *("unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"),
    )
)
RDFS_LABEL = RDFS + "label"
OWL_INVERSE = OWL + "inverseOf"
OWL_EQUIVALENT_CLASS = OWL + "equivalentClass"
RDFS_DOMAIN = RDFS + "domain"
RDFS_RANGE = RDFS + "range"
RDFS_MEMBER = RDFS + "member"


class Role(IntEnum):
    """What a predicate's triples become."""

    FACT = 0  #: an ordinary edge
    LABEL = 1  #: the entity's name (one is chosen by language and priority)
    ALIAS = 2  #: another name of the entity
    DESCRIPTION = 3  #: a description, kept as an attribute
    SCHEMA = 4  #: property/ontology plumbing kept as metadata, not as facts
    STRUCTURE = 5  #: OWL/RDF structure (restrictions, lists): never a fact
    TYPE = 6  #: rdf:type: a fact unless the class is OWL/RDFS vocabulary
    SUBCLASS = 7  #: rdfs:subClassOf: a fact to a named class, a restriction otherwise
    BOOKKEEPING = 8  #: identifiers, keys, legacy numbers: dropped unless asked for
    MEMBER = 9  #: container membership (``rdf:_1``, ``rdfs:member``): read through the container
    REDIRECT = 10  #: the subject is another name of the object: its names are the object's
    DISAMBIGUATION = 11  #: the subject is a name the object shares with others: no entity


# Name predicates in priority order: the first with a label in the preferred language wins.
LABEL_PREDICATES: tuple[str, ...] = (
    SKOS + "prefLabel",
    # MADS/RDF's authorised heading: how id.loc.gov (LCSH, LC names, genre terms) names things
    "http://www.loc.gov/mads/rdf/v1#authoritativeLabel",
    RDFS_LABEL,
    *(ns + "name" for ns in SCHEMA),
    FOAF + "name",
    # vCard's formatted name: what a card (a person's, an organisation's, a contact point's
    # as DCAT's ``dcat:contactPoint [ a vcard:Kind ; vcard:fn "..." ]``) is called
    VCARD + "fn",
    "http://dbpedia.org/ontology/name",
    DCT + "title",
    DC + "title",
    # FHIR's names of a code: a Coding's display ("Essential hypertension (disorder)" for
    # SNOMED CT 59621000), a CodeableConcept's text
    FHIR + "Coding.display",
    FHIR + "CodeableConcept.text",
    # a SHACL shape's name (``sh:name`` of a property shape): named on to its ``sh:path``
    SH + "name",
    # BioPAX's short name for display ("HK1", "Glycolysis") and a controlled vocabulary's term
    # ("cytosol" of a CellularLocationVocabulary), then its full "standard" name
    BIOPAX + "displayName",
    BIOPAX + "term",
    BIOPAX + "standardName",
)
ALIAS_PREDICATES: tuple[str, ...] = (
    SKOS + "altLabel",
    SKOS + "hiddenLabel",
    *(ns + "alternateName" for ns in SCHEMA),
    OBO + "hasExactSynonym",
    OBO + "hasRelatedSynonym",
    OBO + "hasNarrowSynonym",
    OBO + "hasBroadSynonym",
    FOAF + "nick",
    # Dublin Core's "Alternative Title": an abbreviation or other title a work is known by
    DCT + "alternative",
    # BioPAX's other names of an entity (synonyms, "HK1 [cytosol]", "Glucokinase")
    BIOPAX + "name",
)
# A page that only sends a reader on to another (DBpedia's dumps of Wikipedia's redirects,
# ``dbr:Monte_Cervino dbo:wikiPageRedirects dbr:Matterhorn``): its title is another name of the
# page it sends to, as an alias is (kgchat.graph.compile folds it into that page)
REDIRECT_PREDICATES: tuple[str, ...] = ("http://dbpedia.org/ontology/wikiPageRedirects",)
# A page that lists the pages its title may mean (DBpedia's ``dbr:Bosch
# dbo:wikiPageDisambiguates dbr:Robert_Bosch, dbr:Robert_Bosch_GmbH``): its title is a name
# each of them goes by, as namesakes share one (kgchat.graph.redirects spreads it to them)
DISAMBIGUATION_PREDICATES: tuple[str, ...] = ("http://dbpedia.org/ontology/wikiPageDisambiguates",)
# A person's name in parts (FOAF, schema.org, vCard): a subject with no label is named by its
# given and family names together ("Alice Moreau"); the parts stay facts.
_VCARD = VCARD
GIVEN_NAME_PREDICATES: tuple[str, ...] = (
    FOAF + "givenName",
    FOAF + "givenname",
    FOAF + "firstName",
    *(ns + "givenName" for ns in SCHEMA),
    _VCARD + "given-name",
    FHIR + "HumanName.given",
)
FAMILY_NAME_PREDICATES: tuple[str, ...] = (
    FOAF + "familyName",
    FOAF + "family_name",
    FOAF + "lastName",
    FOAF + "surname",
    *(ns + "familyName" for ns in SCHEMA),
    _VCARD + "family-name",
    FHIR + "HumanName.family",
)
# A Wikipedia page's own numbers, which DBpedia gives every resource (its page id, revision,
# length in characters, count of links out): the page's records, not the thing's; "How many
# people work at X?" must not answer a page id (dropped unless GraphConfig.bookkeeping)
PAGE_RECORD_PREDICATES: tuple[str, ...] = tuple(
    "http://dbpedia.org/ontology/" + name
    for name in ("wikiPageID", "wikiPageRevisionID", "wikiPageLength", "wikiPageOutDegree")
)
# An OBO file's own filing, as the OBO Foundry's mapping to OWL writes it: each term's
# namespace (``namespace:``, or the header's ``default-namespace`` given to every term) and the
# format's version. A namespace names the file a term is kept in ("growth_stage",
# "plant_structure", GO's "biological_process"), not a relation of the term: read as a fact,
# "At what *growth stage* is X scored?" meets the namespace as a value every stage shares and
# walks from it (dropped unless GraphConfig.bookkeeping)
OBO_FILING_PREDICATES: tuple[str, ...] = tuple(
    OBO + name for name in ("hasOBONamespace", "default-namespace", "hasOBOFormatVersion")
)
DESCRIPTION_PREDICATES: tuple[str, ...] = (
    RDFS + "comment",
    SKOS + "definition",
    DCT + "description",
    DC + "description",
    *(ns + "description" for ns in SCHEMA),
    "http://purl.obolibrary.org/obo/IAO_0000115",
    SH + "description",
)
# Descriptions that define their subject: a thesaurus's or an ontology's definition is asked for
# by name ("How is X defined?", "What is the definition of X?") and cited as any fact, so its
# triples stay facts besides giving the description (kgchat.graph.roles.definition_facts); a
# source's own property named "definition" counts too
DEFINITION_PREDICATES: tuple[str, ...] = (
    SKOS + "definition",
    "http://purl.obolibrary.org/obo/IAO_0000115",
)
SCHEMA_PREDICATES: tuple[str, ...] = (
    RDFS_DOMAIN,
    RDFS_RANGE,
    OWL_INVERSE,
    RDFS + "subPropertyOf",
    RDFS + "isDefinedBy",
    RDFS + "seeAlso",
    # a page's hyperlinks (DBpedia's wikiPageWikiLink: each page its article links to, for
    # whatever reason): where to read on, as rdfs:seeAlso says, no relation of the things;
    # walked as facts, they joined every node to random others one unsaid hop away
    "http://dbpedia.org/ontology/wikiPageWikiLink",
    "http://dbpedia.org/ontology/wikiPageExternalLink",
    OWL + "disjointWith",
    OWL + "propertyDisjointWith",
    OWL + "equivalentProperty",
    OWL + "imports",
    OWL + "versionIRI",
    OWL + "priorVersion",
    OWL + "deprecated",
    # VoID's link from a resource to the dataset that holds it (every Bio2RDF resource has
    # one): where a record is kept, as rdfs:isDefinedBy, not a fact about the thing
    VOID + "inDataset",
    # FHIR RDF's mark on each resource's node (``fhir:nodeRole fhir:treeRoot``): where the
    # converter's tree starts, joining every resource to one node
    FHIR + "nodeRole",
)
STRUCTURE_PREDICATES: tuple[str, ...] = (
    RDF + "first",
    RDF + "rest",
    *(
        OWL + name
        for name in (
            "onProperty",
            "someValuesFrom",
            "allValuesFrom",
            "hasValue",
            "onClass",
            "onDataRange",
            "onDatatype",
            "withRestrictions",
            "cardinality",
            "minCardinality",
            "maxCardinality",
            "qualifiedCardinality",
            "minQualifiedCardinality",
            "maxQualifiedCardinality",
            "unionOf",
            "intersectionOf",
            "complementOf",
            "oneOf",
            "members",
            "distinctMembers",
            "annotatedSource",
            "annotatedProperty",
            "annotatedTarget",
            "propertyChainAxiom",
            "hasKey",
            "disjointUnionOf",
            "sourceIndividual",
            "assertionProperty",
            "targetIndividual",
            "targetValue",
        )
    ),
)
# Blank nodes typed with these are OWL structure, whatever predicates they carry.
STRUCTURE_TYPES: frozenset[str] = frozenset(
    OWL + n
    for n in (
        "Restriction",
        "AllDisjointClasses",
        "AllDisjointProperties",
        "AllDifferent",
        "Axiom",
        "NegativePropertyAssertion",
        "Class",
    )
) | {RDFS + "Datatype", RDF + "List"}

OWL_ANNOTATION_PROPERTY = OWL + "AnnotationProperty"
# Wikidata states classes with its own properties, "instance of" (P31) and "subclass of"
# (P279), where RDF says rdf:type and rdfs:subClassOf: their direct claims are read as those
# (the loaded triples keep their predicates; the facts are the class hierarchy's)
WIKIDATA_DIRECT = "http://www.wikidata.org/prop/direct/"
CLASS_PREDICATES: dict[str, str] = {
    WIKIDATA_DIRECT + "P31": RDF + "type",
    WIKIDATA_DIRECT + "P279": RDFS + "subClassOf",
}
# Wikibase links a property's entity (``wd:P19``, which carries its label, aliases and
# description) to the predicates its statements are written with (``wdt:P19`` for the direct
# claim, ``p:``/``ps:``/``pq:``... for statement nodes): the predicates take its names
PROPERTY_LINKS: tuple[str, ...] = tuple(
    ns + name
    for ns in WIKIBASE
    for name in (
        "directClaim",
        "directClaimNormalized",
        "claim",
        "statementProperty",
        "statementValue",
        "statementValueNormalized",
        "qualifier",
        "qualifierValue",
        "qualifierValueNormalized",
        "reference",
        "referenceValue",
        "referenceValueNormalized",
        "novalue",
    )
)

# SHACL ties a shape to what it describes: a property shape to its property (``sh:path``), a
# node shape to its class (``sh:targetClass``). Neither has a name of its own in most shapes
# graphs (an enterprise graph's properties are often named only there, ``sh:name "payment
# terms"`` for ``ex:zterm``): they take their shape's names, as a Wikibase predicate takes its
# property entity's (kgchat.graph.wikibase.named_through)
SHAPE_LINKS: tuple[str, ...] = (SH + "path", SH + "targetClass")

# RDF containers: nodes typed so, or carrying ``rdf:_1``, ``rdf:_2``..., stand for their members.
CONTAINER_TYPES: frozenset[str] = frozenset(
    {RDF + "Seq", RDF + "Bag", RDF + "Alt", RDFS + "Container"}
)

LABEL_PRIORITY: dict[str, int] = {p: i for i, p in enumerate(LABEL_PREDICATES)}
