"""The per-article time limit in a thread other than the main one (a Dask worker runs
its tasks in one): a watchdog thread interrupts a runaway extraction, and nothing lands
in the thread once the article is done."""
from __future__ import annotations

import threading
import time

import pytest

import kg.build as kg_build
from kg.errors import ArticleError
from kg.models import Article, Facts


def test_a_runaway_article_is_stopped_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    def extract(article: Article) -> Facts:
        while article.id == "runaway":
            sum(range(100))
        return Facts(article=article)

    monkeypatch.setattr(kg_build, "extract", extract)
    monkeypatch.setattr(kg_build, "ARTICLE_SECONDS", 0.3)
    kg_build._init_worker("https://example.org/id/")
    out: dict[str, object] = {}

    def task() -> None:
        out["runaway"] = kg_build._process(Article(id="runaway", text="…"))
        out["next"] = kg_build._process(Article(id="next", text="…"))
        try:                            # longer than the watchdog's repeat: no stray alarm
            deadline = time.monotonic() + 1.5
            while time.monotonic() < deadline:
                sum(range(100))
            out["after"] = "quiet"
        except BaseException as e:      # noqa: BLE001 - what we look for
            out["after"] = e

    started = time.monotonic()
    thread = threading.Thread(target=task)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert isinstance(out["runaway"], ArticleError)
    assert "took more than 0.3 s" in out["runaway"].message
    assert not isinstance(out["next"], ArticleError)
    assert out["after"] == "quiet"
    assert time.monotonic() - started < 10
