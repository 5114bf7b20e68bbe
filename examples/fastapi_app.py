"""A FastAPI app that keeps one AsperionClient for its whole life and serves tenant data.

The client is made in the app's lifespan and closed when the app stops: one connection
pool, one token and one set of limits for every request the app handles, however many
administrations they touch. Run it with

    ASPERION_CLIENT_ID=... ASPERION_CLIENT_SECRET=... uvicorn examples.fastapi_app:app

after `asperion-async login` has saved a token.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

import asperion_async as asp
from asperion_client.types import UNSET
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse


def client_from_environment() -> asp.AsperionClient:
    return asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=asp.FileTokenStore(
            os.environ.get("ASPERION_TOKEN_FILE", "~/.config/asperion/token.json")
        ),
        environment=os.environ.get("ASPERION_ENVIRONMENT", "sandbox"),
    )


def asperion(request: Request) -> asp.AsperionClient:
    """The app's one client (made in the lifespan), for any endpoint that declares it."""
    client: asp.AsperionClient = request.app.state.asperion
    return client


Asperion = Annotated[asp.AsperionClient, Depends(asperion)]


def tenant(tenant_id: int, client: Asperion) -> asp.TenantClient:
    """The administration named in the path: a cheap view of the one client."""
    if tenant_id < 1:
        raise HTTPException(422, "tenant ids are positive integers")
    return client.tenant(tenant_id)


Tenant = Annotated[asp.TenantClient, Depends(tenant)]


def create_app(make_client: Callable[[], asp.AsperionClient] = client_from_environment) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with make_client() as client:
            app.state.asperion = client
            yield

    app = FastAPI(title="Asperion administrations", lifespan=lifespan)

    @app.exception_handler(asp.ApiError)
    async def api_error(request: Request, exc: asp.ApiError) -> JSONResponse:
        # Asperion's own status for "not found" and "not yours"; any other failure upstream
        # is the gateway's problem. The message never holds a token.
        status = exc.status_code if exc.status_code in (403, 404) else 502
        return JSONResponse({"detail": exc.title or str(exc.status_code)}, status_code=status)

    @app.get("/tenants")
    async def tenants(client: Asperion) -> list[dict[str, Any]]:
        return [
            {"id": administration.id, "name": administration.name}
            async for administration in client.administrations.iter()
        ]

    @app.get("/tenants/{tenant_id}/debtors")
    async def debtors(
        t: Tenant,
        city: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        page_size = min(limit, 100)
        pages_needed = -(-limit // page_size)  # prefetch no further than the answer needs
        items = t.debtors.iter(
            page_size=page_size,
            prefetch=min(pages_needed, 4),
            city=UNSET if city is None else city,  # UNSET: no filter
        )
        async for debtor in items:
            found.append(debtor.to_dict())
            if len(found) == limit:
                break  # leaving early is fine: nothing keeps running behind the loop
        return found

    @app.get("/tenants/{tenant_id}/debtors/{debtor_id}")
    async def debtor(t: Tenant, debtor_id: int) -> dict[str, Any]:
        found = await t.debtors.get(debtor_id)
        result: dict[str, Any] = found.to_dict()
        return result

    return app


app = create_app()
