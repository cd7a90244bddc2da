"""``quotewatch serve``: a read-only web app and JSON API over a quotewatch database.

``create_app(db_path)`` returns the FastAPI app (for tests and other ASGI servers);
``serve(db_path, host, port)`` runs it with uvicorn on loopback by default.
"""

from quotewatch.serve.app import create_app, serve

__all__ = ["create_app", "serve"]
