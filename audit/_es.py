"""The Elasticsearch client, and what differs when the server is OpenSearch-compatible (osmem).

The official ``elasticsearch`` client (8.x, pinned) is the only client.  Two things
differ on an OpenSearch-compatible server such as osmem-server (tests) — both are
recorded in docs/audit.md:

* Media types.  The client sends ``Accept``/``Content-Type:
  application/vnd.elasticsearch+json; compatible-with=8`` (9.x: ``=9``), which
  Elasticsearch 8 and 9 accept and OpenSearch/osmem reject with 406.  With
  ``flavor="opensearch"`` the client is built with :class:`PlainMediaTypeNode`, a
  transport node (the client's own extension point, ``node_class``) that sends plain
  ``application/json`` / ``application/x-ndjson`` instead; nothing else changes.
* Features.  osmem has no ILM, no data streams and no rollover (see
  :mod:`audit.es_setup`, which detects them and falls back to a plain index).

``flavor="auto"`` (the default) asks ``GET /`` — which works with either media type —
and picks by ``version.distribution``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from audit.errors import AuditError

if TYPE_CHECKING:  # the client is imported when a connection is made: `govgate audit verify` never needs it
    from elasticsearch import Elasticsearch

Flavor = Literal["auto", "elasticsearch", "opensearch"]
DEFAULT_TARGET = "logs-govgate.audit-default"  # data stream naming: type-dataset-namespace
_VERSIONED = re.compile(r"application/vnd\.elasticsearch\+([a-z-]+)\s*;\s*compatible-with=\d+")


class SearchBackendError(AuditError):
    """Elasticsearch is unreachable or refused a request."""


@cache
def plain_media_type_node() -> type:
    """A transport node that sends ``application/json`` where the client would send its
    versioned media type (built on first use, with the client)."""
    from elastic_transport import Urllib3HttpNode  # noqa: PLC0415

    class PlainMediaTypeNode(Urllib3HttpNode):
        def perform_request(self, method: str, target: str, body: bytes | None = None,
                            headers: Any = None, **kwargs: Any) -> Any:
            if headers:
                headers = headers.copy()
                for name in ("accept", "content-type"):
                    value = headers.get(name)
                    if value:
                        headers[name] = _VERSIONED.sub(r"application/\1", value)
            return super().perform_request(method, target, body=body, headers=headers, **kwargs)

    return PlainMediaTypeNode


@dataclass(frozen=True)
class EsConfig:
    url: str
    target: str = DEFAULT_TARGET  # the data stream (or, without data streams, the index)
    flavor: Flavor = "auto"
    request_timeout: float = 10.0
    api_key: str | None = None


def connect(config: EsConfig) -> tuple[Elasticsearch, str]:
    """A client for ``config.url`` and the flavor in use (``elasticsearch`` or ``opensearch``)."""
    from elasticsearch import Elasticsearch  # noqa: PLC0415 - see the import at the top

    flavor = config.flavor
    common: dict[str, Any] = {"request_timeout": config.request_timeout, "max_retries": 0,
                              "retry_on_timeout": False}
    if config.api_key:
        common["api_key"] = config.api_key
    if flavor == "auto":
        probe = Elasticsearch(config.url, **common)
        try:
            info = probe.info()
        except Exception as exc:  # noqa: BLE001 - any transport or API failure: unreachable
            raise SearchBackendError(f"cannot reach {config.url}: {exc.__class__.__name__}") from exc
        finally:
            probe.close()
        distribution = str(info.get("version", {}).get("distribution", "elasticsearch"))
        flavor = "opensearch" if distribution == "opensearch" else "elasticsearch"
    if flavor == "opensearch":
        return Elasticsearch(config.url, node_class=plain_media_type_node(), **common), flavor
    return Elasticsearch(config.url, **common), flavor
