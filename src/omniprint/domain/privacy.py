"""What of an imported file is personal, and what matching needs: the rules, with no I/O.

Without ``--keep-personal`` OmniPrint keeps of a till, web-shop or analytics export only what
matching and review need: dates, codes, amounts, order/receipt/transaction ids, postcodes, UTM
values, the store, status columns and the currency. Everything else - names, e-mails, phones,
street addresses, companies, free-text notes (which hold DNI/NIE numbers, e-mails, phones) - is
left out of the records, of the kept text of the file and of the refused rows.

A column is kept when the preset reads it for a field that is not personal (its mapping), or when
its name says it holds one of the values above and nothing personal (the allow-list of words
below). Landing URLs keep only the ``utm_*`` parameters and our own ``code``: a shop's landing URL
can carry ``?email=`` or ``?phone=`` from a newsletter link, and a click id identifies a person as
well as an e-mail does.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = [
    "FREE_TEXT_FIELDS",
    "PERSONAL_FIELDS",
    "URL_FIELDS",
    "column_kept_by_name",
    "is_free_text",
    "keep_note_lines",
    "looks_like_code",
    "looks_like_url",
    "scrub_emails",
    "strip_personal_query",
]

#: Fields of a preset's mapping that hold a person's data (``Response.personal``).
PERSONAL_FIELDS = frozenset(
    {"name", "last_name", "email", "phone", "shipping_name", "shipping_phone", "contacts",
     "customer"}
)  # fmt: skip
#: Free text read for UTM lines only (Shopify's ``Note Attributes``).
FREE_TEXT_FIELDS = frozenset({"notes"})
#: Fields holding a landing URL, whose query is cleaned.
URL_FIELDS = frozenset({"landing_url"})

# Words (of a column name folded to lower-case ASCII words) that say a column holds something
# matching and review need.
_KEEP_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    date fecha time hora created paid cancelled canceled fulfilled refunded timestamp datetime dia
    day month year code codigo coupon coupons cupon cupones discount descuento promo voucher vale
    amount total subtotal importe monto valor tax taxes impuesto impuestos iva price precio net
    sales revenue ingresos ventas refund reembolso reembolsado devuelto shipping duties quantity
    qty cantidad items sold order pedido receipt recibo ticket folio factura invoice id number
    numero no n # transaction transaccion charge paymentintent zip postcode cp postal utm source
    medium campaign content term attribution origin origen fuente atribucion sessions events
    landing url page session entry store tienda location local sucursal shop branch till caja
    ubicacion establecimiento pos status estado financial fulfillment type tipo kind event
    currency moneda divisa formatted formateado discounts descuentos fee fees comision comisiones
    tip tips propina gross bruto brutas brutos netas netos recaudado cobrado cost costo coste
    """,
    )
)
# Words that make a column personal whatever else its name says ("Shipping Name", "Customer ID").
_PERSONAL_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    name names nombre nombres apellido apellidos first last email mail correo phone telefono tel
    movil mobile address address1 address2 direccion domicilio street calle city ciudad company
    empresa note notes nota notas comment comments comentario comentarios customer cliente contact
    contacts contacto dni nif nie passport pasaporte card tarjeta fingerprint last4 pan employee
    empleado cashier cajero staff user usuario ip tags description descripcion details detalles
    birthday nacimiento gender vat cif
    """,
    )
)
_WORD = re.compile(r"[a-z0-9#]+")
_URL_WORDS = frozenset({"url", "landing", "page", "entry"})
_KEPT_PARAMS = ("utm_",)
_KEPT_PARAM_NAMES = frozenset({"code"})
_NOTE_KEYS = frozenset(
    {"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "landing_site",
     "landing_page", "landing_url"}
)  # fmt: skip


def _words(folded: str) -> set[str]:
    return set(_WORD.findall(folded))


def column_kept_by_name(folded: str) -> str | None:
    """How a column not read by the preset is kept, by its folded name (``"billing zip"``):
    ``"keep"``, ``"url"`` (kept with its query cleaned) or None (left out)."""
    words = _words(folded)
    if not words or words & _PERSONAL_WORDS or not words & _KEEP_WORDS:
        return None
    return "url" if words & _URL_WORDS else "keep"


_FREE_TEXT_WORDS = frozenset(
    {"note", "notes", "nota", "notas", "comment", "comments", "comentario", "comentarios",
     "description", "descripcion", "details", "detalles"}
)  # fmt: skip
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{2,39}")
_ID_NUMBER = re.compile(r"[XYZxyz]?\d{7,8}[A-Za-z]|\+?\d{7,}")


def is_free_text(folded: str) -> bool:
    """A column whose name says people write anything in it (``Comment``, ``Notas``)."""
    return bool(_words(folded) & _FREE_TEXT_WORDS)


def looks_like_code(text: str) -> bool:
    """A coupon code as a till's free-text column may hold one (``OTO-3K9D-7QMP-X``): one word of
    letters, digits and ``-._`` with a digit or a hyphen in it (so a name written in a comment is
    not taken for one), and not a phone number, a DNI or an NIE."""
    return (
        bool(_CODE.fullmatch(text))
        and any(c.isdigit() or c == "-" for c in text)
        and not _ID_NUMBER.fullmatch(text.replace("-", "").replace(".", ""))
    )


def looks_like_url(text: str) -> bool:
    """A cell that holds a link with a query (``https://shop.es/?email=...``, ``/p?x=1``)."""
    return "?" in text and "=" in text and ("://" in text or text.lstrip().startswith("/"))


def strip_personal_query(url: str) -> str:
    """``url`` with only its ``utm_*`` and ``code`` parameters left, without user name, password
    or fragment; the parameters kept are left as written (their escapes unchanged)."""
    text = url.strip()
    if not text:
        return text
    head = text.partition("#")[0]
    base, question, query = head.partition("?")
    base = _without_userinfo(base)
    if not question:
        return base
    kept = [part for part in re.split(r"[&;]", query) if _param_kept(part)]
    return f"{base}?{'&'.join(kept)}" if kept else base


def _param_kept(part: str) -> bool:
    name = unquote(part.partition("=")[0]).strip().lower()
    return name.startswith(_KEPT_PARAMS) or name in _KEPT_PARAM_NAMES


def _without_userinfo(base: str) -> str:
    scheme, sep, rest = base.partition("://")
    if not sep:
        return base
    host, slash, path = rest.partition("/")
    if "@" in host:
        host = host.rpartition("@")[2]
    return f"{scheme}://{host}{slash}{path}"


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
LEFT_OUT = "…"
"""What stands in a message where a personal value was."""


def scrub_emails(text: str) -> str:
    """``text`` with every e-mail address replaced by ``…``: a row whose columns slipped (an
    unquoted comma in a name) can bring an address into a kept column, and no code, amount or
    date holds an ``@``."""
    return _EMAIL.sub(LEFT_OUT, text) if "@" in text else text


def keep_note_lines(text: str) -> str:
    """Of free text written as ``key: value`` lines (Shopify's Note Attributes), only the UTM and
    landing-page lines, the landing page with its query cleaned; everything else is dropped."""
    kept = []
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        name = key.strip().lower()
        if sep and name in _NOTE_KEYS:
            if name.startswith("landing"):
                value = " " + strip_personal_query(value)
            kept.append(f"{key}:{value}")
    return "\n".join(kept)
