"""Namespaces of CONTRACT.md §3. ORGKG is closed: a misspelt term raises."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
DEFAULT_BASE_IRI = "https://w3id.org/orgkg/id/"


class ORGKG(DefinedNamespace):
    """The project's ontology, ontology/orgkg.ttl."""

    _NS = Namespace("https://w3id.org/orgkg#")
    _fail = True

    # classes
    Event: object
    Conference: object
    Congress: object
    Session: object
    Ceremony: object
    Seminar: object
    WorkingSession: object
    Meeting: object
    VoterMeeting: object
    MembershipStatus: object
    Place: object
    # individuals
    Current: object
    Former: object
    # properties
    status: object
    attestedOn: object
    endedBy: object
    jurisdiction: object
    chair: object
    speaker: object
    presenter: object
    placeLevel: object
    withinPlace: object
    evidence: object
    validUntil: object
    replacedBy: object
    ResolutionDecision: object
    resolvedEntity: object
    reason: object
    block: object


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
