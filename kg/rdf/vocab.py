"""Namespaces of CONTRACT.md §3. ORGKG is closed: a misspelt term raises."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
DEFAULT_BASE_IRI = "https://w3id.org/orgkg/id/"


class ORGKG(DefinedNamespace):
    """The project's ontology, ontology/orgkg.ttl."""

    _NS = Namespace("https://w3id.org/orgkg#")
    _fail = True

    # classes
    Event: URIRef
    Conference: URIRef
    Congress: URIRef
    Session: URIRef
    Ceremony: URIRef
    Seminar: URIRef
    WorkingSession: URIRef
    Meeting: URIRef
    VoterMeeting: URIRef
    MembershipStatus: URIRef
    Place: URIRef
    # individuals
    Current: URIRef
    Former: URIRef
    # properties
    status: URIRef
    attestedOn: URIRef
    endedBy: URIRef
    jurisdiction: URIRef
    chair: URIRef
    speaker: URIRef
    presenter: URIRef
    placeLevel: URIRef
    withinPlace: URIRef
    evidence: URIRef
    validUntil: URIRef
    replacedBy: URIRef
    ResolutionDecision: URIRef
    resolvedEntity: URIRef
    reason: URIRef
    block: URIRef


EVENT_CLASS = {
    "conference": ORGKG.Conference,
    "congress": ORGKG.Congress,
    "session": ORGKG.Session,
    "ceremony": ORGKG.Ceremony,
    "seminar": ORGKG.Seminar,
    "working_session": ORGKG.WorkingSession,
    "meeting": ORGKG.Meeting,
    "voter_meeting": ORGKG.VoterMeeting,
}

PREFIXES = {
    "org": ORG, "foaf": FOAF, "skos": SKOS, "schema": SCHEMA, "prov": PROV,
    "time": TIME, "orgkg": ORGKG._NS, "xsd": XSD, "rdf": RDF, "rdfs": RDFS,
}

__all__ = ["FOAF", "ORG", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD", "SCHEMA",
           "ORGKG", "EVENT_CLASS", "PREFIXES", "DEFAULT_BASE_IRI"]
