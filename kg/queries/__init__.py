"""Named SPARQL queries shipped as package data (``kg/queries/NAME.rq``)."""
from __future__ import annotations

from importlib.resources import files


def load(name: str) -> str:
    """The text of ``kg/queries/<name>.rq``; KeyError naming the known ones if missing."""
    resource = files(__name__).joinpath(f"{name}.rq")
    if not resource.is_file():
        raise KeyError(f"no query named {name!r}; known: {', '.join(names())}")
    return resource.read_text(encoding="utf-8")


def names() -> list[str]:
    """Names of the shipped queries, sorted."""
    return sorted(
        r.name[: -len(".rq")] for r in files(__name__).iterdir() if r.name.endswith(".rq")
    )
