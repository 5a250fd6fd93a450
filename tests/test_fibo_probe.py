"""The FIBO probe's general causes, on tiny company-ownership graphs in the EDM Council's FIBO:
a company minted by its LEI (``entity/549300UTMGDNFNTAMM65``) and named only by
``fibo-fnd-rel-rel:hasLegalName`` is called by that name, not by the code; an n-ary ownership
keyed by a serial number (``ownership/0001``) joining an owner and a company, with its share,
is walked through, never an answer."""

from __future__ import annotations

from kgchat import KnowledgeGraph

ID = "https://kyc.example/id/"
FIBO = """@prefix rel: <https://spec.edmcouncil.org/fibo/ontology/FND/Relations/Relations/> .
@prefix lp: <https://spec.edmcouncil.org/fibo/ontology/BE/LegalEntities/LegalPersons/> .
@prefix own: <https://spec.edmcouncil.org/fibo/ontology/FND/OwnershipAndControl/Ownership/> .
@prefix ppl: <https://spec.edmcouncil.org/fibo/ontology/FND/AgentsAndPeople/People/> .
@prefix qtu: <https://www.omg.org/spec/Commons/QuantitiesAndUnits/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://kyc.example/id/> .
id:entity\\/549300UTMGDNFNTAMM65 a lp:LegalEntity ; rel:hasLegalName "Halvorsen Holding ASA" .
id:entity\\/5967007LIEEXZX4LPK21 a lp:LegalEntity ; rel:hasLegalName "Halvorsen Shipping AS" .
id:entity\\/213800CDR0Y2RV1C8Y17 a lp:LegalEntity ; rel:hasLegalName "Mercia Water plc" .
id:person\\/erik a ppl:Person ; rdfs:label "Erik Halvorsen" .
id:ownership\\/0001 a own:Ownership ; own:hasOwningParty id:person\\/erik ;
    own:hasOwnedAsset id:entity\\/549300UTMGDNFNTAMM65 ; qtu:hasNumericValue 38.5 .
id:ownership\\/0002 a own:Ownership ; own:hasOwningParty id:entity\\/549300UTMGDNFNTAMM65 ;
    own:hasOwnedAsset id:entity\\/5967007LIEEXZX4LPK21 ; qtu:hasNumericValue 100 .
id:ownership\\/0003 a own:Ownership ; own:hasOwningParty id:entity\\/549300UTMGDNFNTAMM65 ;
    own:hasOwnedAsset id:entity\\/213800CDR0Y2RV1C8Y17 ; qtu:hasNumericValue 45 .
"""


def _load(tmp_path, text=FIBO):
    path = tmp_path / "fibo.ttl"
    path.write_text(text, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_company_minted_by_its_lei_is_named_by_its_legal_name(tmp_path):
    """It used to be called "549300UTMGDNFNTAMM65": a code of capitals and digits was read as
    a name, so the legal name became only an alias."""
    kg = _load(tmp_path)
    assert kg.label(ID + "entity/549300UTMGDNFNTAMM65") == "Halvorsen Holding ASA"
    assert kg.label(ID + "entity/213800CDR0Y2RV1C8Y17") == "Mercia Water plc"


def test_an_ownership_keyed_by_a_serial_is_walked_through(tmp_path):
    """It used to be named "0001" and given as the answer to "Who owns X?"."""
    kg = _load(tmp_path)
    for n in ("0001", "0002", "0003"):
        assert kg.label(ID + f"ownership/{n}") == f"(anonymous {n})"
    assert kg.label(ID + "person/erik") == "Erik Halvorsen"


def test_a_record_keyed_by_letters_and_digits_stays_an_answer(tmp_path):
    """A key with its kind's letters (``SHP-7781600``) is how people ask about a record."""
    text = FIBO.replace("ownership\\/0003", "ownership\\/OWN-0003")
    kg = _load(tmp_path, text)
    assert kg.label(ID + "ownership/0001") == "(anonymous 0001)"
    assert not kg.label(ID + "ownership/OWN-0003").startswith("(anonymous")


IDS = (
    FIBO
    + """@prefix cid: <https://www.omg.org/spec/Commons/Identifiers/> .
@prefix txt: <https://www.omg.org/spec/Commons/TextDatatype/> .
@prefix lei: <https://spec.edmcouncil.org/fibo/ontology/BE/LegalEntities/LEIEntities/> .
@prefix ra: <https://spec.edmcouncil.org/fibo/ontology/FBC/FunctionalEntities/"""
)
IDS += """RegistrationAuthorities/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
lei:LegalEntityIdentifier a owl:Class ; rdfs:label "legal entity identifier" .
ra:RegistrationIdentifier a owl:Class ; rdfs:label "registration identifier" .
lei:LegalEntityIdentifierRegistryEntry a owl:Class ; rdfs:label "LEI registry entry" .
id:rec\\/549300UTMGDNFNTAMM65 a lei:LegalEntityIdentifierRegistryEntry ;
    ra:registers id:lei\\/549300UTMGDNFNTAMM65 ;
    ra:hasInitialRegistrationDate "2014-05-02"^^xsd:date .
id:rec\\/213800CDR0Y2RV1C8Y17 a lei:LegalEntityIdentifierRegistryEntry ;
    ra:registers id:lei\\/213800CDR0Y2RV1C8Y17 ;
    ra:hasInitialRegistrationDate "2015-11-20"^^xsd:date .
id:lei\\/549300UTMGDNFNTAMM65 a lei:LegalEntityIdentifier ;
    cid:identifies id:entity\\/549300UTMGDNFNTAMM65 ; txt:hasTextValue "549300UTMGDNFNTAMM65" .
id:lei\\/213800CDR0Y2RV1C8Y17 a lei:LegalEntityIdentifier ;
    cid:identifies id:entity\\/213800CDR0Y2RV1C8Y17 ; txt:hasTextValue "213800CDR0Y2RV1C8Y17" .
id:reg\\/983411209 a ra:RegistrationIdentifier ;
    cid:identifies id:entity\\/549300UTMGDNFNTAMM65 ; txt:hasTextValue "983 411 209" .
id:reg\\/02366686 a ra:RegistrationIdentifier ;
    cid:identifies id:entity\\/213800CDR0Y2RV1C8Y17 ; txt:hasTextValue "02366686" .
"""


def test_a_class_named_by_its_initials_is_asked_in_its_own_words(tmp_path):
    """ "What is the LEI of X?" links the class "legal entity identifier" by its initials; read
    as "LEI", a word no relation or type of the graph says, the identifier was ranked last and
    the answer abstained."""
    from kgchat.pipeline import make_retriever

    res = make_retriever(_load(tmp_path, IDS)).retrieve("What is the LEI of Mercia Water plc?")
    assert res.question == "What is the LEI of Mercia Water plc?"
    assert res.candidates[0].node == ID + "lei/213800CDR0Y2RV1C8Y17"
    assert not res.abstained
