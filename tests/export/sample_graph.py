"""A small invented dataset for the network exports, and the tools that read them back.

The tests import from here; conftest.py turns it into fixtures (a module named
``conftest`` is not importable by name once two test folders each have one).

Names and bodies are made up ("Trần Văn Bình", "Huyện ủy Sơn Hà"); the graph has the
shapes the exporters must handle: two articles (one dated), two persons, a body with an
alias, a parent and a jurisdiction, sub-bodies, places with the 2025 reform, two roles of
one person in one body (one edge with two spells), a former post, a dated event with an
organiser, a chair and an attendee, and text that breaks naive XML writers (a vertical
tab, quotes, ``<``, ``&``, a line break).
"""
from __future__ import annotations

import json
import subprocess
import warnings
from pathlib import Path

from rdflib import Dataset

from kg.store import EmbeddedStore

ID = "https://w3id.org/orgkg/id/"
SHARED = Path(__file__).resolve().parents[3] / "shared"
SCHEMAS = SHARED / "schemas"

A1, A2 = ID + "article/a1", ID + "article/a2"
BINH = ID + "person/trần-văn-bình"
HOA = ID + "person/lê-thị-hoa"
HUYEN_UY = ID + "org/huyện-ủy-sơn-hà"
BTV = ID + "org/ban-thường-vụ-huyện-ủy-sơn-hà"
BTC = ID + "org/ban-tổ-chức-huyện-ủy-sơn-hà"
DANG_BO = ID + "org/đảng-bộ-tỉnh-quảng-an"
UBND = ID + "org/ủy-ban-nhân-dân-huyện-sơn-hà"
SON_HA = ID + "place/quảng-an/huyện-sơn-hà"
QUANG_AN = ID + "place/quảng-an"
BAC_AN = ID + "place/bắc-an"
EVENT = ID + "event/a1/1"
M_BT = ID + "membership/trần-văn-bình/bí-thư/huyện-ủy-sơn-hà"
M_PBT = ID + "membership/trần-văn-bình/phó-bí-thư/huyện-ủy-sơn-hà"
M_HOA = ID + "membership/lê-thị-hoa/chủ-tịch/ủy-ban-nhân-dân-huyện-sơn-hà"
M_TBTC = ID + "membership/lê-thị-hoa/trưởng-ban/ban-tổ-chức-huyện-ủy-sơn-hà"
DERIVED = ID + "graph/derived"

#: a headline with what breaks naive XML writers
TRICKY = 'Sơn Hà: "đổi mới" <mạnh> & bền\x0b vững\nDòng 2'

PREFIXES = """
@prefix org: <http://www.w3.org/ns/org#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix time: <http://www.w3.org/2006/time#> .
@prefix orgkg: <https://w3id.org/orgkg#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

TRIG = PREFIXES + f"""
<{A1}> {{
  <{A1}> a schema:NewsArticle ; schema:identifier "a1" ; schema:headline "HEADLINE" ;
      schema:datePublished "2020-08-08"^^xsd:date ; schema:url <https://example.vn/tin/a1> ;
      schema:publisher "example.vn" .
  <{BINH}> a foaf:Person ; foaf:name "Trần Văn Bình" .
  <{HOA}> a foaf:Person ; foaf:name "Lê Thị Hoa" .
  <{HUYEN_UY}> a org:Organization ; skos:prefLabel "Huyện ủy Sơn Hà"@vi ;
      skos:altLabel "HU Sơn Hà"@vi ; org:subOrganizationOf <{DANG_BO}> ;
      orgkg:jurisdiction <{SON_HA}> .
  <{DANG_BO}> a org:Organization ; skos:prefLabel "Đảng bộ tỉnh Quảng An"@vi ;
      orgkg:jurisdiction <{QUANG_AN}> .
  <{BTV}> a org:Organization ; skos:prefLabel "Ban Thường vụ Huyện ủy Sơn Hà"@vi ;
      org:subOrganizationOf <{HUYEN_UY}> .
  <{BTC}> a org:Organization ; skos:prefLabel "Ban Tổ chức Huyện ủy Sơn Hà"@vi ;
      org:subOrganizationOf <{HUYEN_UY}> .
  <{UBND}> a org:Organization ; skos:prefLabel "Ủy ban nhân dân huyện Sơn Hà"@vi ;
      orgkg:jurisdiction <{SON_HA}> .
  <{SON_HA}> a schema:AdministrativeArea ; skos:prefLabel "Sơn Hà"@vi ;
      orgkg:placeLevel "district" ; orgkg:withinPlace <{QUANG_AN}> .
  <{QUANG_AN}> a schema:AdministrativeArea ; skos:prefLabel "Quảng An"@vi ;
      orgkg:placeLevel "province" ; orgkg:validUntil "2025-07-01"^^xsd:date ;
      orgkg:replacedBy <{BAC_AN}> .
  <{BAC_AN}> a schema:AdministrativeArea ; skos:prefLabel "Bắc An"@vi ;
      orgkg:placeLevel "province" .
  <{ID}role/bí-thư> a org:Role ; skos:prefLabel "Bí thư"@vi .
  <{ID}role/phó-bí-thư> a org:Role ; skos:prefLabel "Phó Bí thư"@vi .
  <{ID}role/chủ-tịch> a org:Role ; skos:prefLabel "Chủ tịch"@vi .
  <{M_BT}> a org:Membership ; org:member <{BINH}> ; org:organization <{HUYEN_UY}> ;
      org:role <{ID}role/bí-thư> ; orgkg:status orgkg:Current ;
      orgkg:attestedOn "2020-08-08"^^xsd:date ; prov:wasDerivedFrom <{A1}> .
  <{M_HOA}> a org:Membership ; org:member <{HOA}> ; org:organization <{UBND}> ;
      org:role <{ID}role/chủ-tịch> ; orgkg:status orgkg:Current ;
      orgkg:attestedOn "2020-08-08"^^xsd:date ; prov:wasDerivedFrom <{A1}> .
  <{EVENT}> a orgkg:Conference ; schema:name "Hội nghị Ban Chấp hành Đảng bộ huyện"@vi ;
      schema:startDate "2020-08-07"^^xsd:date ; schema:organizer <{HUYEN_UY}> ;
      orgkg:chair <{BINH}> ; schema:attendee <{HOA}> ; prov:wasDerivedFrom <{A1}> .
}}
<{A2}> {{
  <{A2}> a schema:NewsArticle ; schema:identifier "a2" .
  <{BINH}> a foaf:Person ; foaf:name "Trần Văn Bình" .
  <{HOA}> a foaf:Person ; foaf:name "Lê Thị Hoa" .
  <{HUYEN_UY}> a org:Organization ; skos:prefLabel "Huyện ủy Sơn Hà"@vi .
  <{BTC}> a org:Organization ; skos:prefLabel "Ban Tổ chức Huyện ủy Sơn Hà"@vi .
  <{ID}role/phó-bí-thư> a org:Role ; skos:prefLabel "Phó Bí thư"@vi .
  <{ID}role/trưởng-ban> a org:Role ; skos:prefLabel "Trưởng ban"@vi .
  <{M_PBT}> a org:Membership ; org:member <{BINH}> ; org:organization <{HUYEN_UY}> ;
      org:role <{ID}role/phó-bí-thư> ; orgkg:status orgkg:Former ;
      orgkg:endedBy "2016-05-01"^^xsd:date ; prov:wasDerivedFrom <{A2}> .
  <{M_TBTC}> a org:Membership ; org:member <{HOA}> ; org:organization <{BTC}> ;
      org:role <{ID}role/trưởng-ban> ; orgkg:status orgkg:Former ;
      prov:wasDerivedFrom <{A2}> .
}}
<{DERIVED}> {{
  <{M_BT}> org:memberDuring <{M_BT}/during> .
  <{M_BT}/during> a time:Interval ; time:hasBeginning <{M_BT}/b> ; time:hasEnd <{M_BT}/e> .
  <{M_BT}/b> a time:Instant ; time:inXSDDate "2020-08-08"^^xsd:date .
  <{M_BT}/e> a time:Instant ; time:inXSDDate "2020-08-08"^^xsd:date .
  <{M_PBT}> org:memberDuring <{M_PBT}/during> ; orgkg:endedBy "2016-05-01"^^xsd:date .
  <{M_PBT}/during> a time:Interval ; time:hasBeginning <{M_PBT}/b> ; time:hasEnd <{M_PBT}/e> .
  <{M_PBT}/b> a time:Instant ; time:inXSDDate "2012-03-01"^^xsd:date .
  <{M_PBT}/e> a time:Instant ; time:inXSDDate "2015-10-20"^^xsd:date .
  <{M_HOA}> org:memberDuring <{M_HOA}/during> .
  <{M_HOA}/during> a time:Interval ; time:hasBeginning <{M_HOA}/b> ; time:hasEnd <{M_HOA}/e> .
  <{M_HOA}/b> a time:Instant ; time:inXSDDate "2019-01-15"^^xsd:date .
  <{M_HOA}/e> a time:Instant ; time:inXSDDate "2020-08-08"^^xsd:date .
}}
"""


def load_store(path: Path, trig: str = TRIG) -> EmbeddedStore:
    ds = Dataset()
    with warnings.catch_warnings():   # rdflib's TriG parser uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data=trig.replace("HEADLINE", json.dumps(TRICKY)[1:-1]), format="trig")
    store = EmbeddedStore(path)
    graphs = {str(g.identifier): g.serialize(format="nt") for g in ds.graphs() if len(g)}
    store.replace_graphs(graphs)
    store.refresh_union()
    return store


# graphology-gexf (npm), which the fixture installs once into a cache folder

GRAPHOLOGY = ("graphology@0.26.0", "graphology-gexf@0.13.2")


def read_with_graphology(modules: Path, gexf: Path) -> dict:  # type: ignore[type-arg]
    script = Path(__file__).with_name("read_gexf.js")
    done = subprocess.run(["node", str(script), str(modules), str(gexf)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]
