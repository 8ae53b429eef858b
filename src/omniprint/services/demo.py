"""The sample workspace: a Valencia bakery's spring leaflet drop, from plan to ROI.

`create_demo` plans the campaign (five zones and a control zone, variants A and B of a DL
leaflet), starts both designs from the templates, issues the codes, then makes what "came back"
from those codes - a Spanish till export, a Shopify orders export and a GA4 report - and imports
them through `imports.import_file`, so every figure of the report has real provenance.

What came back is drawn with a seeded `random.Random` from rates fixed below: the issued codes
differ on each run, but how many responses each drop gets, their dates and amounts do not.
"""

from __future__ import annotations

import contextlib
import os
import random
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from omniprint.domain.errors import ConflictError
from omniprint.domain.i18n import tr
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.services import business, codes, designs, imports, plan, zones
from omniprint.services.demo_results import write_results
from omniprint.services.files import OutputRefused, protected_reason
from omniprint.services.workspace import default_workspace_path
from omniprint.storage import codes as code_store
from omniprint.storage.workspace import SUFFIX, Workspace

CAMPAIGN = "Primavera 2027"
SLUG = "primavera-2027"
PIECE = "folleto-dl"
PREFIX = "PRI"
SEED = 2027

BUSINESS = {
    "name": "Horno de la Plaza",
    "phone": "963 52 14 08",
    "email": "hola@hornodelaplaza.es",
    "web": "hornodelaplaza.es",
    "address": "Carrer de la Mar 14, 46003 València",
}


@dataclass(frozen=True)
class VariantPlan:
    label: str
    template: str
    response_rate: float
    """Responses per piece in an average zone."""
    store_share: float
    """Of the responses, the part redeemed at the till (the rest order online)."""
    copy: dict[str, str]
    """Text of the template's elements, by element id, rewritten for the bakery."""
    sizes: dict[str, float] = field(default_factory=dict)
    """Type sizes in points changed from the template's, by element id."""


VARIANTS = (
    VariantPlan(
        "A",
        "leaflet-dl-restaurant",
        0.014,
        0.9,
        {
            "kicker": "Llega la primavera al horno",
            "headline": "El café corre de nuestra cuenta",
            "benefit": "Pan de masa madre, cocas y bollería recién hecha cada mañana. Enseña tu"
            " código y te invitamos al café con cualquier pieza de bollería.",
            "cta": "Escanea y mira la carta",
            "code-label": "TU CÓDIGO",
            "expiry": "Válido hasta {{expires}}",
            "back-menu-title": "Del obrador a tu mesa",
            "back-menu": "Pan de masa madre de centeno\nCoca de llanda y fartons\n"
            "Croissant de mantequilla\nTarta de queso al horno",
            "back-hours-title": "Horario",
            "back-hours": "Lunes–Viernes   7:30–20:30\nSábado   8:00–14:30\nDomingo   8:00–14:00",
            "back-find-title": "Dónde estamos",
            "back-terms": "Condiciones: un café solo, cortado o con leche gratis por cada pieza"
            " de bollería, en tienda. Un código por persona. Válido hasta {{expires}}. No"
            " acumulable a otras ofertas.",
            "back-book": "Encargos: {{business.phone}}",
        },
    ),
    VariantPlan(
        "B",
        "leaflet-dl",
        0.008,
        0.45,
        {
            "headline": "Pan recién hecho,\na tu puerta",
            "offer": "-10 %",
            "subhead": "en tu primer pedido",
            "benefit": "Masa madre, bollería y tartas del obrador de la plaza. Pide en la web y"
            " recoge en tienda, o te lo llevamos a casa.",
            "phone": "Llama al {{business.phone}}",
            "cta": "Escanea: 10 % dto.\ny pide online",
            "code-label": "TU CÓDIGO",
            "expiry": "Válido hasta {{expires}}. Condiciones al dorso.",
            "back-header-title": "Por qué nos eligen",
            "back-reasons": "•  Masa madre y fermentación lenta\n•  Reparto en {{zone_name}}"
            " cada mañana\n•  Harinas de molinos valencianos\n•  Tartas por encargo en 24 horas\n"
            "•  Sin conservantes ni mejorantes",
            "back-hours-title": "Horario",
            "back-hours-days": "Lun–Vie\nSábado\nDomingo",
            "back-hours-times": "7:30–20:30\n8:00–14:30\n8:00–14:00",
            "back-contact-title": "Contacto",
            "back-terms-title": "Condiciones",
            "back-terms": "10 % de descuento en tu primer pedido, online o en tienda, hasta 10 €."
            " Un código por hogar: escanea el QR o dinos tu código al pedir. Válido hasta"
            " {{expires}}. No acumulable a otras ofertas.",
            "back-quote": "“El mejor pan de masa madre del barrio. Y el croissant, de otro mundo.”",
            "back-quote-by": "Lucía, vecina de {{zone_name}}",
        },
        # The template's 19 pt coupon is sized for codes without a prefix.
        sizes={"coupon": 15},
    ),
)

ZONE_FACTOR = {"46003": 1.2, "46004": 1.5, "46005": 0.9, "46008": 0.8, "46010": 0.5}
"""How each zone answers compared with the average: Russafa, young and close, clearly best."""

MATCHBACK_ORDERS = {"46003": 5, "46004": 11, "46005": 3, "46008": 6, "46010": 4, "46021": 7}
"""Online orders without a code, by the postcode they ship to (46021 is the control zone)."""

PRINT_CPM_CENTS = 3_000  # DL, 4/4 on 135 g gloss, per thousand at this run length


def default_demo_path() -> Path:
    """`sample.omniprint` next to the default workspace, in the user's data folder."""
    return default_workspace_path().with_name(f"sample{SUFFIX}")


def demo_asset(name: str) -> bytes:
    return (resources.files("omniprint") / "assets" / "demo" / name).read_bytes()


def create_demo(
    ws_path: Path | None = None,
    *,
    overwrite: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Path:
    """Write the sample workspace to `ws_path` (default `default_demo_path()`) and return it.

    It is built in a temporary file beside the target and moved into place only when complete,
    so a cancel or a failure leaves nothing behind. An existing file is kept unless `overwrite`.
    """
    target = Path(ws_path or default_demo_path()).expanduser()
    if target.exists() and not overwrite:
        raise ConflictError(
            tr("{file} already exists: choose another file, or replace it (--force)").format(
                file=target
            )
        )
    refused = protected_reason(target, replace_database=True)
    if refused:  # never over a workspace open in this process
        raise OutputRefused(refused)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part")
    _remove_database(part)
    try:
        with (
            Workspace.open(part) as ws,
            tempfile.TemporaryDirectory(prefix="omniprint-demo-") as tmp,
        ):
            _build(ws, Path(tmp), progress, cancel)
        os.replace(part, target)
    except BaseException:
        _remove_database(part)
        raise
    progress(6, 6, tr("Sample ready"))
    return target


def _remove_database(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{extra}").unlink()


def _build(ws: Workspace, tmp: Path, progress: ProgressFn, cancel: CancelToken) -> None:
    progress(0, 6, tr("Planning the campaign"))
    business.set_business(ws, **BUSINESS)
    plan.create_campaign(
        ws,
        CAMPAIGN,
        landing_url="https://hornodelaplaza.es/primavera",
        start_date="2027-03-01",
        end_date="2027-05-31",
        budget_cents=200_000,
        currency="EUR",
        notes="Buzoneo de primavera: A invita al café, B da un 10 % en el primer pedido."
        " Algirós no recibe nada: es la zona de control.",
    )
    zone_file = tmp / "zonas_reparto.csv"
    zone_file.write_bytes(demo_asset("zonas_reparto.csv"))
    zones.import_zones(ws, SLUG, zone_file)
    cancel.check()

    progress(1, 6, tr("Designing variants A and B"))
    for variant in VARIANTS:
        plan.add_piece(
            ws,
            SLUG,
            kind="leaflet",
            size="DL",
            name="Folleto DL",
            variant=variant.label,
            print_cpm_cents=PRINT_CPM_CENTS,
        )
        design = designs.set_template(ws, SLUG, PIECE, variant.label, variant.template)
        for _side, element in design.elements():
            if element.id in variant.copy:
                element.text = variant.copy[element.id]  # type: ignore[attr-defined]
            if element.id in variant.sizes:
                element.size_pt = variant.sizes[element.id]  # type: ignore[attr-defined]
        designs.save_design(ws, SLUG, PIECE, variant.label, design)

    progress(2, 6, tr("Planning the drops"))
    # Each zone gets half A and half B, so the A/B test is not a comparison of neighbourhoods.
    for zone in plan.list_zones(ws, SLUG):
        if zone.is_control:
            continue
        reach = zone.households * zone.coverage_bp // 10_000
        for i, variant in enumerate(VARIANTS):
            quantity = reach // 2 + (reach % 2 if i == 0 else 0)
            plan.add_drop(ws, SLUG, piece=PIECE, variant=variant.label, zone=zone.code,
                          quantity=quantity)  # fmt: skip
    cancel.check()

    progress(3, 6, tr("Issuing codes"))
    codes.generate_codes(ws, SLUG, prefix=PREFIX, cancel=cancel)

    progress(4, 6, tr("Making the sample results"))
    files = write_results(
        ws,
        SLUG,
        tmp,
        random.Random(SEED),
        responses=expected_responses,
        store_share={v.label: v.store_share for v in VARIANTS},
        matchback=MATCHBACK_ORDERS,
    )
    cancel.check()

    progress(5, 6, tr("Importing the results"))
    for path in files:
        imports.import_file(ws, path, cancel=cancel)


def expected_responses(quantity: int, zone: str, variant: str) -> int:
    """How many responses the sample gives a drop (the generator and the tests agree on it)."""
    rate = next(v.response_rate for v in VARIANTS if v.label == variant) * ZONE_FACTOR[zone]
    return round(quantity * rate)


@dataclass(frozen=True)
class DemoInfo:
    """What the sample holds, for the CLI's message and the welcome screen."""

    workspace: Path
    campaign: str
    business: str
    zones: int
    control_zones: int
    variants: list[str]
    codes: int
    imports: list[str]


def describe_demo(path: Path) -> DemoInfo:
    """Say what the sample at `path` holds (nothing is written)."""
    with Workspace.open(path, create=False) as ws:
        summary = plan.plan_summary(ws, SLUG)
        return DemoInfo(
            workspace=path,
            campaign=SLUG,
            business=business.get_business(ws)["name"],
            zones=len(summary.zones),
            control_zones=sum(1 for z in summary.zones if z.is_control),
            variants=[v.label for _, variants in summary.pieces for v in variants],
            codes=code_store.count_codes(ws, summary.campaign.id),
            imports=[i.file_name for i in imports.list_imports(ws)],
        )
