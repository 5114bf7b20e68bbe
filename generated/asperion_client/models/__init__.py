"""Contains all the data models used in inputs/outputs

A model's module is imported the first time its name is used (PEP 562 ``__getattr__``), so
importing one endpoint module loads only the models that endpoint uses. Type checkers see
every name through the ``TYPE_CHECKING`` imports, and not ``__getattr__``, which would make
any misspelt name pass as ``Any``.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .administration import Administration
    from .administration_collection import AdministrationCollection
    from .approval_route import ApprovalRoute
    from .approval_route_collection import ApprovalRouteCollection
    from .article import Article
    from .article_collection import ArticleCollection
    from .article_input import ArticleInput
    from .cost_center import CostCenter
    from .cost_center_collection import CostCenterCollection
    from .cost_unit import CostUnit
    from .cost_unit_collection import CostUnitCollection
    from .country import Country
    from .country_collection import CountryCollection
    from .creditor import Creditor
    from .creditor_collection import CreditorCollection
    from .creditor_input import CreditorInput
    from .creditor_kind import CreditorKind
    from .creditor_kind_collection import CreditorKindCollection
    from .debtor import Debtor
    from .debtor_collection import DebtorCollection
    from .debtor_input import DebtorInput
    from .debtor_kind import DebtorKind
    from .debtor_kind_collection import DebtorKindCollection
    from .draft_sales_invoice import DraftSalesInvoice
    from .draft_sales_invoice_collection import DraftSalesInvoiceCollection
    from .draft_sales_invoice_input import DraftSalesInvoiceInput
    from .draft_sales_invoice_with_lines import DraftSalesInvoiceWithLines
    from .draft_sales_invoice_with_lines_collection import DraftSalesInvoiceWithLinesCollection
    from .draft_sales_invoice_with_lines_input import DraftSalesInvoiceWithLinesInput
    from .file_upload import FileUpload
    from .invoice_line import InvoiceLine
    from .invoice_line_collection import InvoiceLineCollection
    from .invoice_line_input import InvoiceLineInput
    from .invoice_line_input_booking_type import InvoiceLineInputBookingType
    from .invoice_line_input_collection import InvoiceLineInputCollection
    from .item_meta import ItemMeta
    from .journal import Journal
    from .journal_collection import JournalCollection
    from .journal_entry import JournalEntry
    from .journal_entry_collection import JournalEntryCollection
    from .journal_entry_input import JournalEntryInput
    from .journal_entry_line import JournalEntryLine
    from .journal_entry_line_collection import JournalEntryLineCollection
    from .journal_entry_line_input import JournalEntryLineInput
    from .journal_entry_line_input_collection import JournalEntryLineInputCollection
    from .journal_entry_log_item import JournalEntryLogItem
    from .journal_entry_log_item_collection import JournalEntryLogItemCollection
    from .journal_entry_with_lines import JournalEntryWithLines
    from .journal_entry_with_lines_collection import JournalEntryWithLinesCollection
    from .journal_entry_with_lines_input import JournalEntryWithLinesInput
    from .ledger_account import LedgerAccount
    from .ledger_account_classification import LedgerAccountClassification
    from .ledger_account_classification_collection import LedgerAccountClassificationCollection
    from .ledger_account_collection import LedgerAccountCollection
    from .ledger_account_type import LedgerAccountType
    from .ledger_account_type_collection import LedgerAccountTypeCollection
    from .ledger_grouped_item import LedgerGroupedItem
    from .ledger_grouped_item_collection import LedgerGroupedItemCollection
    from .mandate import Mandate
    from .mandate_collection import MandateCollection
    from .mandate_input import MandateInput
    from .meta import Meta
    from .outstanding_invoice import OutstandingInvoice
    from .outstanding_invoice_collection import OutstandingInvoiceCollection
    from .payment_condition import PaymentCondition
    from .payment_condition_collection import PaymentConditionCollection
    from .payment_method import PaymentMethod
    from .payment_method_collection import PaymentMethodCollection
    from .problem_details import ProblemDetails
    from .purchase_invoice import PurchaseInvoice
    from .purchase_invoice_collection import PurchaseInvoiceCollection
    from .purchase_invoice_input import PurchaseInvoiceInput
    from .purchase_invoice_with_lines import PurchaseInvoiceWithLines
    from .purchase_invoice_with_lines_collection import PurchaseInvoiceWithLinesCollection
    from .purchase_invoice_with_lines_input import PurchaseInvoiceWithLinesInput
    from .sales_invoice import SalesInvoice
    from .sales_invoice_collection import SalesInvoiceCollection
    from .sales_invoice_input import SalesInvoiceInput
    from .sales_invoice_with_lines import SalesInvoiceWithLines
    from .sales_invoice_with_lines_collection import SalesInvoiceWithLinesCollection
    from .sales_invoice_with_lines_input import SalesInvoiceWithLinesInput
    from .sales_order_header import SalesOrderHeader
    from .sales_order_header_input import SalesOrderHeaderInput
    from .sales_order_line import SalesOrderLine
    from .sales_order_line_collection import SalesOrderLineCollection
    from .sales_order_line_input import SalesOrderLineInput
    from .sales_order_line_input_booking_type import SalesOrderLineInputBookingType
    from .sales_order_line_input_collection import SalesOrderLineInputCollection
    from .sales_order_with_lines import SalesOrderWithLines
    from .sales_order_with_lines_collection import SalesOrderWithLinesCollection
    from .sales_order_with_lines_input import SalesOrderWithLinesInput
    from .sales_type import SalesType
    from .sales_type_collection import SalesTypeCollection
    from .stored_file import StoredFile
    from .stored_file_collection import StoredFileCollection
    from .string_comparison import StringComparison
    from .validation_problem_details import ValidationProblemDetails
    from .validation_problem_details_errors_type_0 import ValidationProblemDetailsErrorsType0
    from .vat_code import VatCode
    from .vat_code_collection import VatCodeCollection

_MODULES = {
    "Administration": ".administration",
    "AdministrationCollection": ".administration_collection",
    "ApprovalRoute": ".approval_route",
    "ApprovalRouteCollection": ".approval_route_collection",
    "Article": ".article",
    "ArticleCollection": ".article_collection",
    "ArticleInput": ".article_input",
    "CostCenter": ".cost_center",
    "CostCenterCollection": ".cost_center_collection",
    "CostUnit": ".cost_unit",
    "CostUnitCollection": ".cost_unit_collection",
    "Country": ".country",
    "CountryCollection": ".country_collection",
    "Creditor": ".creditor",
    "CreditorCollection": ".creditor_collection",
    "CreditorInput": ".creditor_input",
    "CreditorKind": ".creditor_kind",
    "CreditorKindCollection": ".creditor_kind_collection",
    "Debtor": ".debtor",
    "DebtorCollection": ".debtor_collection",
    "DebtorInput": ".debtor_input",
    "DebtorKind": ".debtor_kind",
    "DebtorKindCollection": ".debtor_kind_collection",
    "DraftSalesInvoice": ".draft_sales_invoice",
    "DraftSalesInvoiceCollection": ".draft_sales_invoice_collection",
    "DraftSalesInvoiceInput": ".draft_sales_invoice_input",
    "DraftSalesInvoiceWithLines": ".draft_sales_invoice_with_lines",
    "DraftSalesInvoiceWithLinesCollection": ".draft_sales_invoice_with_lines_collection",
    "DraftSalesInvoiceWithLinesInput": ".draft_sales_invoice_with_lines_input",
    "FileUpload": ".file_upload",
    "InvoiceLine": ".invoice_line",
    "InvoiceLineCollection": ".invoice_line_collection",
    "InvoiceLineInput": ".invoice_line_input",
    "InvoiceLineInputBookingType": ".invoice_line_input_booking_type",
    "InvoiceLineInputCollection": ".invoice_line_input_collection",
    "ItemMeta": ".item_meta",
    "Journal": ".journal",
    "JournalCollection": ".journal_collection",
    "JournalEntry": ".journal_entry",
    "JournalEntryCollection": ".journal_entry_collection",
    "JournalEntryInput": ".journal_entry_input",
    "JournalEntryLine": ".journal_entry_line",
    "JournalEntryLineCollection": ".journal_entry_line_collection",
    "JournalEntryLineInput": ".journal_entry_line_input",
    "JournalEntryLineInputCollection": ".journal_entry_line_input_collection",
    "JournalEntryLogItem": ".journal_entry_log_item",
    "JournalEntryLogItemCollection": ".journal_entry_log_item_collection",
    "JournalEntryWithLines": ".journal_entry_with_lines",
    "JournalEntryWithLinesCollection": ".journal_entry_with_lines_collection",
    "JournalEntryWithLinesInput": ".journal_entry_with_lines_input",
    "LedgerAccount": ".ledger_account",
    "LedgerAccountClassification": ".ledger_account_classification",
    "LedgerAccountClassificationCollection": ".ledger_account_classification_collection",
    "LedgerAccountCollection": ".ledger_account_collection",
    "LedgerAccountType": ".ledger_account_type",
    "LedgerAccountTypeCollection": ".ledger_account_type_collection",
    "LedgerGroupedItem": ".ledger_grouped_item",
    "LedgerGroupedItemCollection": ".ledger_grouped_item_collection",
    "Mandate": ".mandate",
    "MandateCollection": ".mandate_collection",
    "MandateInput": ".mandate_input",
    "Meta": ".meta",
    "OutstandingInvoice": ".outstanding_invoice",
    "OutstandingInvoiceCollection": ".outstanding_invoice_collection",
    "PaymentCondition": ".payment_condition",
    "PaymentConditionCollection": ".payment_condition_collection",
    "PaymentMethod": ".payment_method",
    "PaymentMethodCollection": ".payment_method_collection",
    "ProblemDetails": ".problem_details",
    "PurchaseInvoice": ".purchase_invoice",
    "PurchaseInvoiceCollection": ".purchase_invoice_collection",
    "PurchaseInvoiceInput": ".purchase_invoice_input",
    "PurchaseInvoiceWithLines": ".purchase_invoice_with_lines",
    "PurchaseInvoiceWithLinesCollection": ".purchase_invoice_with_lines_collection",
    "PurchaseInvoiceWithLinesInput": ".purchase_invoice_with_lines_input",
    "SalesInvoice": ".sales_invoice",
    "SalesInvoiceCollection": ".sales_invoice_collection",
    "SalesInvoiceInput": ".sales_invoice_input",
    "SalesInvoiceWithLines": ".sales_invoice_with_lines",
    "SalesInvoiceWithLinesCollection": ".sales_invoice_with_lines_collection",
    "SalesInvoiceWithLinesInput": ".sales_invoice_with_lines_input",
    "SalesOrderHeader": ".sales_order_header",
    "SalesOrderHeaderInput": ".sales_order_header_input",
    "SalesOrderLine": ".sales_order_line",
    "SalesOrderLineCollection": ".sales_order_line_collection",
    "SalesOrderLineInput": ".sales_order_line_input",
    "SalesOrderLineInputBookingType": ".sales_order_line_input_booking_type",
    "SalesOrderLineInputCollection": ".sales_order_line_input_collection",
    "SalesOrderWithLines": ".sales_order_with_lines",
    "SalesOrderWithLinesCollection": ".sales_order_with_lines_collection",
    "SalesOrderWithLinesInput": ".sales_order_with_lines_input",
    "SalesType": ".sales_type",
    "SalesTypeCollection": ".sales_type_collection",
    "StoredFile": ".stored_file",
    "StoredFileCollection": ".stored_file_collection",
    "StringComparison": ".string_comparison",
    "ValidationProblemDetails": ".validation_problem_details",
    "ValidationProblemDetailsErrorsType0": ".validation_problem_details_errors_type_0",
    "VatCode": ".vat_code",
    "VatCodeCollection": ".vat_code_collection",
}

__all__ = (
    "Administration",
    "AdministrationCollection",
    "ApprovalRoute",
    "ApprovalRouteCollection",
    "Article",
    "ArticleCollection",
    "ArticleInput",
    "CostCenter",
    "CostCenterCollection",
    "CostUnit",
    "CostUnitCollection",
    "Country",
    "CountryCollection",
    "Creditor",
    "CreditorCollection",
    "CreditorInput",
    "CreditorKind",
    "CreditorKindCollection",
    "Debtor",
    "DebtorCollection",
    "DebtorInput",
    "DebtorKind",
    "DebtorKindCollection",
    "DraftSalesInvoice",
    "DraftSalesInvoiceCollection",
    "DraftSalesInvoiceInput",
    "DraftSalesInvoiceWithLines",
    "DraftSalesInvoiceWithLinesCollection",
    "DraftSalesInvoiceWithLinesInput",
    "FileUpload",
    "InvoiceLine",
    "InvoiceLineCollection",
    "InvoiceLineInput",
    "InvoiceLineInputBookingType",
    "InvoiceLineInputCollection",
    "ItemMeta",
    "Journal",
    "JournalCollection",
    "JournalEntry",
    "JournalEntryCollection",
    "JournalEntryInput",
    "JournalEntryLine",
    "JournalEntryLineCollection",
    "JournalEntryLineInput",
    "JournalEntryLineInputCollection",
    "JournalEntryLogItem",
    "JournalEntryLogItemCollection",
    "JournalEntryWithLines",
    "JournalEntryWithLinesCollection",
    "JournalEntryWithLinesInput",
    "LedgerAccount",
    "LedgerAccountClassification",
    "LedgerAccountClassificationCollection",
    "LedgerAccountCollection",
    "LedgerAccountType",
    "LedgerAccountTypeCollection",
    "LedgerGroupedItem",
    "LedgerGroupedItemCollection",
    "Mandate",
    "MandateCollection",
    "MandateInput",
    "Meta",
    "OutstandingInvoice",
    "OutstandingInvoiceCollection",
    "PaymentCondition",
    "PaymentConditionCollection",
    "PaymentMethod",
    "PaymentMethodCollection",
    "ProblemDetails",
    "PurchaseInvoice",
    "PurchaseInvoiceCollection",
    "PurchaseInvoiceInput",
    "PurchaseInvoiceWithLines",
    "PurchaseInvoiceWithLinesCollection",
    "PurchaseInvoiceWithLinesInput",
    "SalesInvoice",
    "SalesInvoiceCollection",
    "SalesInvoiceInput",
    "SalesInvoiceWithLines",
    "SalesInvoiceWithLinesCollection",
    "SalesInvoiceWithLinesInput",
    "SalesOrderHeader",
    "SalesOrderHeaderInput",
    "SalesOrderLine",
    "SalesOrderLineCollection",
    "SalesOrderLineInput",
    "SalesOrderLineInputBookingType",
    "SalesOrderLineInputCollection",
    "SalesOrderWithLines",
    "SalesOrderWithLinesCollection",
    "SalesOrderWithLinesInput",
    "SalesType",
    "SalesTypeCollection",
    "StoredFile",
    "StoredFileCollection",
    "StringComparison",
    "ValidationProblemDetails",
    "ValidationProblemDetailsErrorsType0",
    "VatCode",
    "VatCodeCollection",
)


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        try:
            module = _MODULES[name]
        except KeyError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
