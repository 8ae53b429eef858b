"""Google Analytics 4 reports and explorations downloaded as CSV, in English and in Spanish.

Layout from: real exports quoted in public test suites - a report download (``# ---``,
``# Traffic acquisition: ...``, ``# Account:``, ``# Property:``, ``# All Users``, ``# Start date:
20260101``, ``# End date: 20260923``, a blank line, then the table) and a Free form exploration
(``# Free form-Free form 1``, ``# 20260723-20260922``, a blank line, and a first row
``,,211078,...,Grand total`` whose dimensions are empty) in a GA4 importer's ``ga4.test.js``;
``Key events`` (``Conversions`` before 2024), ``Total revenue``, ``Session manual ad content``.
The Spanish names (``Fuente / medio de la sesión``, ``Campaña de la sesión``, ``Sesiones``,
``Sesiones con interacción``, ``Eventos clave``, ``Ingresos totales``, ``Ingresos por compras``)
come from a public Looker Studio / GA4 field list in Spanish; the Spanish preamble (``# Fecha de
inicio:``) and number style (``1.204``, ``1.820,50``) were not seen in a real file.
"""

from __future__ import annotations

from omniprint.ingest.responses import read_responses
from support import FIXTURES

REAL = FIXTURES / "real"


def read(name: str):
    return read_responses((REAL / name).read_bytes(), file=name)


def fields(visit):
    return (visit.utm_source, visit.utm_medium, visit.utm_campaign, visit.utm_content,
            visit.sessions, visit.key_events, visit.amount_cents)  # fmt: skip


def test_ga4_traffic_acquisition_report() -> None:
    result = read("ga4_traffic_acquisition_en.csv")
    assert (result.preset, result.rows, result.records, result.refused) == ("ga4", 6, 6, 0)
    visits = result.responses
    assert [fields(v) for v in visits] == [
        ("(direct)", None, "(direct)", None, 1204, 40, 182050),
        ("google", "organic", "(organic)", None, 540, 13, 61200),
        ("flyer", "print", "otono-2026", "46001-a", 88, 7, 31540),
        ("flyer", "print", "otono-2026", "46004-b", 63, 4, 16000),
        ("flyer", "print", "otono-2026", None, 3, 0, 0),
        ("l.instagram.com", "referral", "(referral)", None, 44, 1, 3590),
    ]
    assert {v.occurred_at for v in visits} == {"2026-10-01T00:00:00"}  # the start date
    assert visits[2].line == 14 and visits[2].kind == "visit"
    assert visits[2].natural_key == "20261001-20261031|flyer / print|||otono-2026|46001-a||"


def test_ga4_report_in_spanish() -> None:
    result = read("ga4_adquisicion_trafico_es.csv")
    assert (result.preset, result.rows, result.records, result.refused) == ("ga4", 4, 4, 0)
    assert result.decimal == ","
    assert result.mapping["sessions"] == "Sesiones"
    assert result.mapping["key_events"] == "Eventos clave"
    visits = result.responses
    assert [fields(v) for v in visits] == [
        ("(direct)", None, "(direct)", None, 1204, 40, 182050),  # "1.204", "1.820,50"
        ("google", "organic", "(organic)", None, 540, 13, 61200),
        ("flyer", "print", "otono-2026", "46001-a", 88, 7, 31540),
        ("flyer", "print", "otono-2026", "46004-b", 63, 4, 16000),
    ]
    assert visits[0].occurred_at == "2026-10-01T00:00:00"  # "# Fecha de inicio: 20261001"
    assert visits[0].natural_key.startswith("20261001-20261031|")


def test_ga4_free_form_exploration_with_dates_and_totals() -> None:
    result = read("ga4_exploration_free_form.csv")
    assert (result.preset, result.rows, result.records, result.refused) == ("ga4", 5, 4, 0)
    visits = result.responses
    assert [(v.occurred_at, v.utm_content, v.sessions, v.key_events, v.amount_cents)
            for v in visits] == [
        ("2026-10-03T00:00:00", "46001-a", 40, 3, 12000),
        ("2026-10-03T00:00:00", "46004-b", 22, 1, 4550),
        ("2026-10-04T00:00:00", "46001-a", 48, 4, 19540),
        ("2026-10-05T00:00:00", "46004-b", 41, 3, 11450),
    ]  # fmt: skip
    assert visits[0].natural_key == "20261001-20261007||flyer|print|otono-2026|46001-a||20261003"
    assert result.mapping["key_events"] == "Conversions"


def test_ga4_spanish_exploration_without_dates_uses_its_range_line() -> None:
    text = (
        "# ----------------------------------------\n"
        "# Tostadores Ruzafa\n"
        "# Forma libre-Forma libre 1\n"
        "# 20261001-20261031\n"
        "# ----------------------------------------\n"
        "\n"
        "Campaña de la sesión,Contenido del anuncio manual de la sesión,Sesiones,Conversiones,"
        "Ingresos por compras\n"
        ',,"1.294",27,"1.115,30",Total general\n'
        'otono-2026,46001-a,"1.204",20,"915,30"\n'
        "otono-2026,46004-b,90,7,200\n"
    )
    result = read_responses(text.encode(), file="exploracion.csv")
    assert (result.preset, result.records, result.refused) == ("ga4", 2, 0)
    first, second = result.responses
    assert (first.occurred_at, first.utm_campaign, first.utm_content) == (
        "2026-10-01T00:00:00", "otono-2026", "46001-a",
    )  # fmt: skip
    assert (first.sessions, first.key_events, first.amount_cents) == (1204, 20, 91530)
    assert (second.sessions, second.amount_cents) == (90, 20000)


def test_ga4_key_events_named_after_their_event() -> None:
    # A report filtered to one key event names the metric after it: "Key events (purchase)".
    text = (
        "# Start date: 20261001\n# End date: 20261031\n\n"
        "Session source,Session medium,Session campaign,Sessions,Key events (purchase),"
        "Total revenue\n"
        'flyer,print,otono-2026,"1,204",12,"1,820.50"\n'
    )
    result = read_responses(text.encode(), file="ga4.csv")
    (visit,) = result.responses
    assert (visit.sessions, visit.key_events, visit.amount_cents) == (1204, 12, 182050)
    assert result.mapping["key_events"] == "Key events (purchase)"


def test_ga4_rows_of_a_chart_table_after_the_report_are_not_visits() -> None:
    # Overview downloads put several tables in one file, each after its own "#" lines; the
    # charts' series ("Nth day,...") are not rows of the report that was recognised.
    text = (
        "# Start date: 20261001\n# End date: 20261031\n\n"
        "Session source / medium,Sessions,Key events\n"
        "flyer / print,88,7\n"
        "google / organic,540,13\n"
        "\n"
        "# ----------------------------------------\n"
        "Nth day,flyer / print,google / organic\n"
        "0000,3,20\n"
        "0001,4,18\n"
    )
    result = read_responses(text.encode(), file="ga4.csv")
    assert (result.records, result.refused) == (2, 0)
    sessions = [(v.utm_source, v.sessions) for v in result.responses]
    assert sessions == [("flyer", 88), ("google", 540)]


def test_ga4_report_whose_chart_series_come_first() -> None:
    """A report download may start with the chart's series (Nth day, one column per channel)
    before its table: the table is read, the series are not visits."""
    text = (
        "# ----------------------------------------\n"
        "# Traffic acquisition: Session source / medium\n"
        "# Account: Tostadores\n"
        "# Property: tostadores.es\n"
        "# ----------------------------------------\n"
        "#\n"
        "# All Users\n"
        "# Start date: 20261001\n"
        "# End date: 20261031\n"
        "# ----------------------------------------\n"
        "\n"
        "Nth day,Direct,Organic Search,Referral\n"
        "0000,12,30,4\n"
        "0001,15,28,6\n"
        "\n"
        "Session source / medium,Session manual ad content,Sessions,Key events,Total revenue\n"
        "flyer / print,46001-a,41,5,212.50\n"
        "google / organic,(not set),980,12,640.00\n"
    )
    result = read_responses(text.encode(), file="ga4_chart_first.csv")
    assert result.preset == "ga4" and result.problems == []
    assert [(r.utm_source, r.utm_content, r.sessions) for r in result.responses] == [
        ("flyer", "46001-a", 41),
        ("google", None, 980),
    ]
    assert result.responses[0].occurred_at.startswith("2026-10-01")
