"""Every response signed: RFC 9421 HTTP Message Signature over an RFC 9530 Content-Digest.

The signature covers the status, content type, digest and the ``Govgate-*`` decision and
receipt headers (keys.http_signatures.RESPONSE_COMPONENTS), with the response-signing key's
id, so a receiving department can verify a saved response offline:
``govgate verify-response FILE --verifier-key "$(govgate keys export-public --purpose response-signing)"``.
Bodies are buffered to be digested (they are bounded by GOVGATE_MAX_ROWS).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from keys import Signer
from keys.http_signatures import sign_response


class ResponseSigningMiddleware:
    def __init__(self, app: ASGIApp, signer_for: Callable[[Scope], Signer | None]) -> None:
        self.app = app
        self.signer_for = signer_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def buffered(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            assert start is not None
            body = b"".join(chunks)
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in start.get("headers", [])]
            signer = self.signer_for(scope)
            if signer is not None:
                added = sign_response(signer, status=start["status"], headers=headers, body=body,
                                      created=int(time.time()))
                headers = [(k, v) for k, v in headers if k.lower() != "content-length"] + added
                headers.append(("content-length", str(len(body))))
            await send({**start, "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers]})
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, buffered)
