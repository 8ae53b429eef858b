"""The results report PDF: what a shop owner hands to a partner, checked on the real file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import set_translations
from omniprint.domain.lift import Lift, lift_headline
from omniprint.domain.metrics import CampaignReport, RateComparison, ResultRow, Tally, VariantTest
from omniprint.domain.plan import Campaign
from omniprint.render import charts
from omniprint.render.report import Numbers, write_report
from omniprint.services.i18n import load_catalogue

CAVEATS = [
    "Only 9 responses so far in one zone: cost per response and ROI will move a lot.",
    "3 codes typed at the till or online match no code issued (not even with one typing"
    " error): review them; they may be responses too.",
]


def _tally(pieces: int, store: int, online: int, revenue: int, cost: int, **kw: int) -> Tally:
    return Tally(households=kw.pop("households", pieces), pieces=pieces, visits=kw.pop("visits", 0),
                 store_redemptions=store, online_orders=online, revenue_cents=revenue,
                 cost_cents=cost, **kw)  # fmt: skip


def make_report(*, rows: bool = True) -> CampaignReport:
    campaign = Campaign(
        id=1, slug="spring-2027", name="Panadería Sol – Spring leaflets",
        landing_url="https://example.com", start_date="2027-03-01", end_date="2027-04-30",
        budget_cents=150_000, currency="EUR",
    )  # fmt: skip
    result_rows = [
        ResultRow("leaflet-dl", "A", "28001", "Centro", False,
                  _tally(4000, 30, 12, 98_050, 36_000, visits=140, matchback_orders=3)),
        ResultRow("leaflet-dl", "B", "28001", "Centro", False,
                  _tally(4000, 18, 9, 51_025, 36_000, visits=96)),
        ResultRow("leaflet-dl", "A", "28004", "Malasaña y Universidad", False,
                  _tally(3000, 4, 2, 9_990, 27_000, visits=31, matchback_orders=1)),
        ResultRow("", "", "28009", "Retiro", True,
                  Tally(households=5000, matchback_orders=6, matchback_revenue_cents=14_400)),
    ] if rows else []  # fmt: skip
    totals = sum((r.tally for r in result_rows), Tally())
    return CampaignReport(
        campaign=campaign,
        rows=result_rows,
        totals=totals,
        matchback=RateComparison(4, 11000, 6, 5000) if rows else RateComparison(0, 0, 0, 0),
        responses=RateComparison(79, 11000, 6, 5000) if rows else RateComparison(0, 0, 0, 0),
        variant_tests=[VariantTest("leaflet-dl", "A", "B", 7000, 48, 4000, 27)] if rows else [],
        counts={"response": 75, "unmatched": 3, "duplicate": 2} if rows else {},
        timeline=[(0, 2), (1, 9), (2, 14), (4, 11), (7, 20), (12, 13), (20, 6)] if rows else [],
        caveats=list(CAVEATS) if rows else [],
        lift=Lift(79, 11000, 6, 5000, 200_000, 14_400, 99_000, 120, 52)
        if rows
        else Lift(0, 0, 0, 0),
    )


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    """Extracted text with line breaks folded, so wrapped sentences compare whole."""
    return " ".join(text.split())


def _embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor and "/FontFile2" in descriptor.get_object():
                    names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    write_report(make_report(), path, generated="2027-05-02", invariant=True)
    return path


def test_report_has_pages_title_and_embedded_fonts(report_pdf: Path) -> None:
    reader = PdfReader(report_pdf)
    assert len(reader.pages) >= 2
    assert reader.metadata.title == "Panadería Sol – Spring leaflets – Results report"
    fonts = _embedded_fonts(report_pdf)
    assert {"Lato-Regular", "Lato-Bold", "Vollkorn-Bold", "RobotoCondensed-Regular"} <= fonts


def test_report_text_holds_the_figures_verdicts_and_caveats(report_pdf: Path) -> None:
    report = make_report()
    text = _flat(_text(report_pdf))
    assert "Panadería Sol – Spring leaflets" in text
    assert "Generated May 2, 2027" in text
    assert fmt.money(report.totals.revenue_cents, "EUR") in text
    assert "€1,590.65" in text  # CLDR's en_US
    for zone in ("28001", "28004", "28009"):
        assert zone in text
    assert lift_headline(report.lift) in text
    assert report.variant_tests[0].verdict in text
    for caveat in CAVEATS:
        assert caveat in text
    assert "(control)" in text
    assert "Results per zone" in text and "Response rate per zone" in text


def test_first_page_is_the_summary(report_pdf: Path) -> None:
    first = _flat(PdfReader(report_pdf).pages[0].extract_text())
    assert "Cost per response" in first and "ROAS" in first
    assert "Before you trust the numbers" in first
    assert "Results per zone" not in first


@pytest.fixture
def spanish():
    set_translations("es", load_catalogue("es"))
    yield
    set_translations("en")


def test_spanish_report_uses_spanish_labels_and_decimal_commas(tmp_path: Path, spanish) -> None:
    path = tmp_path / "informe.pdf"
    report = make_report()
    write_report(report, path, generated="2027-05-02", invariant=True)
    text = _flat(_text(path))
    assert "Generado el 2 may 2027" in text  # dates the reader's way
    assert "Informe de resultados" in text
    assert "Coste por respuesta" in text and "Resultados por zona" in text
    assert "Tasa de respuesta por zona" in text and "Respuestas en el tiempo" in text
    assert _flat(fmt.money(report.totals.revenue_cents, "EUR")) in text
    assert "1.590,65 €" in text
    assert "0,69 %" in text  # the total response rate, 75 of 11,000
    assert lift_headline(report.lift) in text
    assert lift_headline(report.lift).startswith(
        "Las zonas que recibieron los folletos hicieron más"
    )
    assert report.variant_tests[0].verdict in text
    assert "Cost per response" not in text


def test_numbers_in_both_languages() -> None:
    numbers = Numbers("EUR")
    assert numbers.int(12345) == "12,345" and numbers.pct(0.3512, 1, sign=True) == "+35.1%"
    assert numbers.money(123450) == "€1,234.50" and numbers.amount(-123450) == "-1,234.50"
    set_translations("es", load_catalogue("es"))
    try:
        assert numbers.int(12345) == "12.345" and numbers.pct(0.3512, 1) == "35,1\xa0%"
        assert numbers.money(123450) == "1.234,50\xa0€" and numbers.amount(None) == "—"
    finally:
        set_translations("en")


def test_empty_report_still_renders(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    write_report(make_report(rows=False), path, invariant=True)
    text = _flat(_text(path))
    assert len(PdfReader(path).pages) >= 1
    assert "No drops are planned yet" in text
    assert "No responses have come back yet." in text
    assert "No zone has pieces delivered yet" in text


def test_report_bytes_are_stable_when_invariant(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_report(make_report(), first, generated="2027-05-02", invariant=True)
    write_report(make_report(), second, generated="2027-05-02", invariant=True)
    assert first.read_bytes() == second.read_bytes()


def test_long_table_repeats_its_header(tmp_path: Path) -> None:
    report = make_report()
    many = [
        ResultRow("leaflet-dl", "A", f"{28100 + i}", f"Zone {i}", False,
                  _tally(1000, i % 7, 1, 2_500 * (i % 5), 9_000))
        for i in range(70)
    ]  # fmt: skip
    report.rows = many + report.rows
    path = tmp_path / "long.pdf"
    write_report(report, path, invariant=True)
    pages = [_flat(page.extract_text()) for page in PdfReader(path).pages]
    with_header = [text for text in pages if "Match-back Responses Rate" in text]
    assert len(with_header) >= 2
    assert "The chart shows the first 30 zones" in " ".join(pages)


def test_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_report(make_report(), target, invariant=True)
    assert list(tmp_path.iterdir()) == []


def test_failed_render_keeps_the_previous_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous")

    class Exploding(Flowable):
        """A chart that fails while the page is drawn, after the temporary file is open."""

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return 10, 10

        def draw(self) -> None:
            raise RuntimeError("chart failed")

    monkeypatch.setattr(charts, "timeline_chart", lambda *args: Exploding())
    with pytest.raises(RuntimeError, match="chart failed"):
        write_report(make_report(), target, invariant=True)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_cumulative_timeline_is_a_running_total() -> None:
    assert charts.cumulative([(2, 3), (0, 1)]) == [(0, 0), (0, 0), (0, 1), (2, 1), (2, 4)]
    assert charts.cumulative([]) == []


def test_zone_figures_sum_drops_per_zone_and_give_the_control_rate() -> None:
    zones = charts.zone_figures(make_report().rows)
    assert [(z.code, z.control) for z in zones] == [
        ("28001", False), ("28004", False), ("28009", True),
    ]  # fmt: skip
    assert zones[0].tally.pieces == 8000 and zones[0].tally.responses == 69
    assert charts.control_matchback_rate(zones) == pytest.approx(0.12)
    assert charts.control_matchback_rate(zones[:2]) is None


def test_charts_are_vectors_not_images(report_pdf: Path) -> None:
    page = PdfReader(report_pdf).pages[1]
    assert "/XObject" not in page["/Resources"]
    assert "Response rate per zone" in page.extract_text()
