import os

import anyio
import asperion_async as asp
from asperion_client.models import DraftSalesInvoiceInput


async def main() -> None:
    async with asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=asp.FileTokenStore("~/.config/asperion/token.json"),  # asperion-async login
    ) as client:
        tenants = await client.administrations.list()  # an asp.Page[Administration]
        t = client.tenant(tenants.items[0].id)  # every request of `t` goes to this one
        debtors = [d async for d in t.debtors.iter(page_size=100)]  # all pages, fetched ahead
        draft = DraftSalesInvoiceInput(debtor_id=debtors[0].id, description="Consultancy, March")
        await t.draft_sales_invoices.create(draft, validate_only=True)  # checked, not saved
        print(f"{tenants.items[0].name}: {len(debtors)} debtors; the draft invoice is valid")


anyio.run(main)
