import os

import anyio
import asperion_async as asp
from asperion_client.api.administrations import list_administrations
from asperion_client.api.debtors import list_debtors
from asperion_client.api.draft_sales_invoices import create_draft_sales_invoice
from asperion_client.models import DraftSalesInvoiceInput


async def main() -> None:
    async with asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=asp.FileTokenStore("~/.config/asperion/token.json"),  # asperion-async login
    ) as client:
        tenants = await client.call(list_administrations)  # the administrations you can reach
        t = client.tenant(tenants.data[0].id)  # every request of `t` goes to this one
        debtors = [d async for d in t.paginate(list_debtors, page_size=100)]  # all pages
        draft = DraftSalesInvoiceInput(debtor_id=debtors[0].id, description="Consultancy, March")
        await t.call(create_draft_sales_invoice, body=draft, validate_only=True)  # check only
        print(f"{tenants.data[0].name}: {len(debtors)} debtors; the draft invoice is valid")


anyio.run(main)
