"""Render the app's main screens to PNG, offscreen, for the README: docs/screenshots/LANG/*.png.

QT_QPA_PLATFORM=offscreen PYTHONPATH=src python scripts/screenshots.py [--lang en|es] [returns]
    [--size 1920x1080] [--out DIR]

The README's shots are at 1280x800 (a small laptop); `--size 1920x1080 --out /tmp/big` shoots
the same screens on a large screen to look at, without adding them to the repository.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from omniprint.gui.app import MainWindow
from omniprint.gui.i18n import install_translator
from omniprint.gui.settings import AppSettings
from omniprint.services import business, codes, plan
from omniprint.services.printing import prepare_job
from omniprint.services.workspace import open_workspace

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(5):
        app.processEvents()
    window.runner.pool.waitForDone(60_000)
    for _ in range(5):
        app.processEvents()


def _shoot(app: QApplication, window: MainWindow, name: str) -> Path:
    _settle(app, window)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path)
    return path


def _sample_plan(ws) -> None:
    plan.create_campaign(
        ws, "Primavera 2027", landing_url="https://panaderiasol.es/primavera",
        start_date="2027-03-01", end_date="2027-05-31", budget_cents=120_000, currency="EUR",
    )  # fmt: skip
    business.set_business(ws, name="Panadería Sol", phone="963 000 111", web="panaderiasol.es")
    c = "primavera-2027"
    plan.add_piece(ws, c, kind="leaflet", size="DL", variant="A", print_cpm_cents=3800)
    plan.add_piece(ws, c, kind="leaflet", variant="B", print_cpm_cents=3800)
    zones = [
        ("46001", "Ciutat Vella", 6200, 9000, 3200, False),
        ("46004", "Russafa", 8400, 8500, 3200, False),
        ("46005", "Pla del Remei", 5100, 8000, 3500, False),
        ("46010", "Benimaclet", 7300, 9000, 3000, False),
        ("46020", "Algirós", 6900, 10000, 0, True),
    ]
    for code, name, households, coverage, cpm, control in zones:
        plan.add_zone(ws, c, code=code, name=name, households=households, coverage_bp=coverage,
                      cpm_cents=cpm, drop_date="2027-03-08", is_control=control)  # fmt: skip
    plan.add_drop(ws, c, piece="leaflet", variant="A", zone="46001")
    plan.add_drop(ws, c, piece="leaflet", variant="B", zone="46004")
    plan.add_drop(ws, c, piece="leaflet", variant="A", zone="46005")
    plan.add_drop(ws, c, piece="leaflet", variant="B", zone="46010")
    codes.generate_codes(ws, c, prefix="PRI")


def _sample_returns(ws, folder: Path) -> list[Path]:
    """A till export (Spanish, semicolons, cp1252) and a web shop list of an unknown layout,
    with the codes of the sample plan: B does better than A, a few typos, one stranger."""
    rng = random.Random(7)
    c = "primavera-2027"
    till = ["Fecha;Código;Importe;Tienda"]
    web = ["Pedido,Fecha pedido,Cupon usado,Total pagado,CP envio"]
    drop = dt.date(2027, 3, 8)
    for variant, rate in (("A", 0.011), ("B", 0.019)):
        records = prepare_job(ws, c, "leaflet", variant).records
        chosen = rng.sample(range(len(records)), int(len(records) * rate))
        for n, i in enumerate(chosen):
            code = records[i]["code"]
            day = drop + dt.timedelta(days=min(40, int(rng.expovariate(1 / 7))))
            cents = rng.randrange(650, 4800, 50)
            if n % 3 == 0:
                web.append(f"#{5000 + len(web)},{day.isoformat()} 12:00,{code},"
                           f"{cents // 100}.{cents % 100:02d},46004")  # fmt: skip
            else:
                typed = code if n % 17 else code[:-1] + ("0" if code[-1] != "0" else "1")
                till.append(f"{day:%d/%m/%Y};{typed};{cents // 100},{cents % 100:02d} €;Russafa")
    till.append("22/03/2027;PRI-XXXX-0000-1;35,00 €;Obrador")
    till.append("ayer;PRI-XXXX-0000-2;12,00 €;Obrador")
    till_path, web_path = folder / "canjes_tienda_marzo.csv", folder / "pedidos_web.csv"
    till_path.write_bytes(("\n".join(till) + "\n").encode("cp1252"))
    web_path.write_text("\n".join(web) + "\n", encoding="utf-8")
    return [till_path, web_path]


def _shoot_dialog(app: QApplication, window: MainWindow, dialog, name: str) -> Path:
    _settle(app, window)
    path = OUT / f"{name}.png"
    dialog.grab().save(str(path))
    print(path)
    return path


def _shoot_returns(app: QApplication, window: MainWindow, folder: Path) -> None:
    files = _sample_returns(window.ws, folder)
    wizard = window.import_files(files)
    _settle(app, window)
    wizard.select(files[1].name)
    columns = {"order": "Pedido", "date": "Fecha pedido", "code": "Cupon usado",
               "amount": "Total pagado", "shipping_postcode": "CP envio"}  # fmt: skip
    for field, column in columns.items():
        wizard.set_column(field, column)
    wizard.apply_mapping()
    while wizard.task is not None or any(e.state == "reading" for e in wizard.entries):
        _settle(app, window)
    wizard.select(files[0].name)
    wizard.tabs.setCurrentIndex(0)
    _shoot_dialog(app, window, wizard, "import_wizard")
    wizard.start_import()
    for _ in range(200):
        _settle(app, window)
        if window.import_wizard is None:
            break
    window.show_page("review")
    review = window.review_page
    for _ in range(200):
        _settle(app, window)
        if review.task is None and review.model.rowCount():
            break
    corrected = next((i for i in review.model.all_items() if i.rule == "corrected"), None)
    if corrected is not None:
        review.select(corrected.response_id)
    _shoot(app, window, "review")
    window.show_page("results")
    _settle(app, window)
    _shoot(app, window, "results")
    window.results_page.tabs.setCurrentIndex(1)
    _shoot(app, window, "results_table")
    window.show_page("channels")
    _settle(app, window)
    _shoot(app, window, "channels")
    window.show_page("import")
    _shoot(app, window, "imports")


def _option(name: str) -> str | None:
    args = sys.argv[1:]
    return args[args.index(name) + 1] if name in args[:-1] else None


def _shoot_campaign_dialog(app: QApplication, window: MainWindow) -> None:
    """The new campaign dialog as a user first gets it wrong: a landing page without http."""
    dialog = window.new_campaign()
    _settle(app, window)
    dialog.name.setText("Verano 2027")
    dialog.landing_url.setText("panaderiasol.es/verano")
    dialog.accept()
    _shoot_dialog(app, window, dialog, "campaign_dialog")
    dialog.reject()


def main() -> int:
    global OUT, SIZE
    language = "es" if "es" in sys.argv[1:] else "en"
    if _option("--size"):
        width, height = _option("--size").lower().split("x")
        SIZE = (int(width), int(height))
    OUT = Path(_option("--out")) if _option("--out") else OUT / language
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    install_translator(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OMNIPRINT_LOG_DIR"] = str(Path(tmp) / "logs")
        os.environ["OMNIPRINT_CONFIG_DIR"] = str(Path(tmp) / "config")  # not the user's settings
        settings = AppSettings()
        ws = open_workspace(Path(tmp) / "Panadería Sol.omniprint")
        window = MainWindow(ws, settings)
        window.resize(*SIZE)
        window.show()
        # `screenshots.py returns` shoots only the import, review and results screens.
        first_part = "returns" not in sys.argv[1:]
        if first_part:
            _shoot(app, window, "welcome")
            _shoot_campaign_dialog(app, window)
        _sample_plan(window.ws)
        window.refresh_campaigns(select="primavera-2027")
        if first_part:
            window.show_page("plan")
            _shoot(app, window, "plan")
            window.show_page("design")
            _shoot(app, window, "design")
            window.show_page("print")
            _shoot(app, window, "print")
        _shoot_returns(app, window, Path(tmp))
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
