"""The English pipeline loads and parses with the network unreachable: nothing is fetched."""

from __future__ import annotations

import socket

import pytest

pytestmark = pytest.mark.model


def test_english_pipeline_loads_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from quotewatch.statements import load_nlp

    nlp = load_nlp()
    doc = nlp("Aleksandr Lukashenko said the talks would go on.")
    assert any(ent.label_ == "PERSON" for ent in doc.ents)
    assert nlp.meta["version"].startswith("3.8")
