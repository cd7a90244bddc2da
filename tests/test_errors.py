"""Errors name their input, and survive the trip between worker processes."""

from __future__ import annotations

import pickle

from quotewatch.errors import EmptyPage, QuotewatchError, UnreadableSource


def test_error_message_names_the_input_and_the_reason():
    assert str(UnreadableSource("pages/a.txt", "binary data")) == "pages/a.txt: binary data"


def test_errors_survive_pickling_between_processes():
    for error in (QuotewatchError("a", "b"), UnreadableSource("c", "d"), EmptyPage("e", "f")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and (copy.path, copy.reason) == (error.path, error.reason)
