"""Business cards that connect: the save-the-contact QR (decoded back from the PDF and read as a
vCard by a strict reader), social profiles in the business details, and one card per person."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from omniprint.cli.main import main
from omniprint.domain.design import QrElement, dump_design, load_design
from omniprint.domain.errors import InputFileError, RowErrors, ValidationError
from omniprint.domain.social import display_handle, normalise_profile, normalise_whatsapp
from omniprint.domain.vcard import Contact, build_mecard, build_vcard, escape_text
from omniprint.render.pdf import PrintOptions
from omniprint.services import business, codes, designs, people, plan, printing
from omniprint.storage.workspace import Workspace

# Accents, commas, semicolons and a backslash: everything a vCard must escape or carry as UTF-8.
DETAILS = {
    "name": "Horno Sol, S.L.",
    "phone": "963 123 456",
    "email": "hola@hornosol.es",
    "web": "hornosol.es",
    "address": "C/ Sueca 12; 46006 València, España",
    "contact": "Ana García López",
    "title": "Maestra panadera, gerente; socia",
    "mobile": "+34 600 123 456",
    "whatsapp": "0034 600 123 456",
    "instagram": "@horno.sol",
    "facebook": "facebook.com/hornosol/",
    "linkedin": "https://www.linkedin.com/company/horno-sol/about",
    "tiktok": "@hornosol",
    "x": "https://twitter.com/HornoSol",
    "youtube": "@HornoSol",
    "google": "https://g.page/r/CXyz123abc",
}
PROFILES = {
    "instagram": "https://www.instagram.com/horno.sol",
    "facebook": "https://www.facebook.com/hornosol",
    "linkedin": "https://www.linkedin.com/company/horno-sol",
    "tiktok": "https://www.tiktok.com/@hornosol",
    "x": "https://x.com/HornoSol",
    "youtube": "https://www.youtube.com/@HornoSol",
    "google": "https://g.page/r/CXyz123abc",
    "whatsapp": "https://wa.me/34600123456",
}


# -- a strict vCard 3.0 reader (RFC 2426) ---------------------------------------------------------


def _split_unescaped(value: str, sep: str) -> list[str]:
    parts, current, chars = [], "", iter(value)
    for ch in chars:
        if ch == "\\":
            current += ch + next(chars)
        elif ch == sep:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def _unescape(value: str) -> str:
    out, chars = "", iter(value)
    for ch in chars:
        if ch != "\\":
            assert ch not in ",;", f"unescaped {ch!r} in a text value: {value!r}"
            out += ch
            continue
        nxt = next(chars)
        assert nxt in "\\,;nN", f"bad escape \\{nxt} in {value!r}"
        out += "\n" if nxt in "nN" else nxt
    return out


def read_vcard(text: str) -> dict[str, list[tuple[dict[str, str], list[str]]]]:
    """Property name -> [(parameters, unescaped components)], refusing anything malformed."""
    assert text.endswith("\r\n"), "a vCard ends with CRLF"
    lines = text[:-2].split("\r\n")
    unfolded: list[str] = []
    for line in lines:
        assert "\n" not in line and "\r" not in line, f"bare line break in {line!r}"
        if line[:1] in (" ", "\t"):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    assert unfolded[0] == "BEGIN:VCARD" and unfolded[1] == "VERSION:3.0"
    assert unfolded[-1] == "END:VCARD"
    props: dict[str, list[tuple[dict[str, str], list[str]]]] = {}
    for line in unfolded[2:-1]:
        head, sep, value = line.partition(":")
        assert sep, f"no colon in {line!r}"
        name, *params = head.split(";")
        assert name.isupper() and name.replace("-", "").isalpha(), name
        parameters = dict(p.split("=", 1) for p in params)
        if name in ("URL", "X-SOCIALPROFILE"):
            components = [value]  # a URI: not TEXT, not escaped
        elif name in ("N", "ADR", "ORG"):
            components = [_unescape(c) for c in _split_unescaped(value, ";")]
        else:
            components = [_unescape(value)]
        props.setdefault(name, []).append((parameters, components))
    for required in ("N", "FN"):
        assert required in props, f"{required} is required"
    return props


# -- the pieces -----------------------------------------------------------------------------------


def test_escaping_follows_rfc_2426():
    assert escape_text("a\\b,c;d\ne") == "a\\\\b\\,c\\;d\\ne"
    card = build_vcard(Contact(name="Zoë O'Brien-Núñez", org="A; B, C", address="Line 1\nLine 2"))
    props = read_vcard(card)
    assert props["N"][0][1][:2] == ["O'Brien-Núñez", "Zoë"]
    assert props["FN"][0][1] == ["Zoë O'Brien-Núñez"]
    assert props["ORG"][0][1] == ["A; B, C"]
    assert props["ADR"][0][1][2] == "Line 1\nLine 2"


def test_the_strict_reader_can_fail():
    with pytest.raises(AssertionError):
        read_vcard("BEGIN:VCARD\r\nVERSION:3.0\r\nN:a;b;;;\r\nFN:a, b\r\nEND:VCARD\r\n")


@pytest.mark.parametrize(
    ("key", "typed", "stored", "shown"),
    [
        ("instagram", "@horno.sol", "https://www.instagram.com/horno.sol", "@horno.sol"),
        ("instagram", "instagram.com/horno.sol/?hl=es", "https://www.instagram.com/horno.sol",
         "@horno.sol"),
        ("tiktok", "https://www.tiktok.com/@pan.y.sol", "https://www.tiktok.com/@pan.y.sol",
         "@pan.y.sol"),
        ("x", "twitter.com/HornoSol", "https://x.com/HornoSol", "@HornoSol"),
        ("linkedin", "ana-garcia", "https://www.linkedin.com/in/ana-garcia",
         "linkedin.com/in/ana-garcia"),
        ("facebook", "@hornosol", "https://www.facebook.com/hornosol", "facebook.com/hornosol"),
        ("google", "maps.app.goo.gl/AbC123", "https://maps.app.goo.gl/AbC123",
         "maps.app.goo.gl/AbC123"),
    ],
)  # fmt: skip
def test_profiles_are_stored_as_one_canonical_link(key, typed, stored, shown):
    assert normalise_profile(key, typed) == stored
    assert normalise_profile(key, stored) == stored  # idempotent
    assert display_handle(key, stored) == shown


@pytest.mark.parametrize(
    ("key", "typed"),
    [("instagram", "https://facebook.com/hornosol"), ("instagram", "@no spaces"),
     ("google", "https://hornosol.es"), ("x", "@this_handle_is_too_long")],
)  # fmt: skip
def test_bad_profiles_are_refused_naming_the_network(key, typed):
    with pytest.raises(ValidationError, match=typed.split("/")[0].strip("@")[:5]):
        normalise_profile(key, typed)


def test_whatsapp_numbers():
    assert normalise_whatsapp("+34 600 12 34 56") == "+34600123456"
    assert normalise_whatsapp("0034 600-123-456") == "+34600123456"
    assert normalise_whatsapp("https://wa.me/34600123456") == "+34600123456"
    with pytest.raises(ValidationError, match="country code"):
        normalise_whatsapp("600 123 456")


def test_business_set_and_show_on_the_command_line(ws_path: Path, capsys):
    flags = [f"--{k}={v}" for k, v in DETAILS.items()]
    assert main(["--workspace", str(ws_path), "init"]) == 0
    assert main(["--workspace", str(ws_path), "business", "set", *flags]) == 0
    text = capsys.readouterr().out
    assert "instagram  https://www.instagram.com/horno.sol" in text
    assert main(["--workspace", str(ws_path), "--json", "business", "show"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["contact"] == "Ana García López" and shown["whatsapp"] == "+34600123456"
    assert {k: shown[k] for k in PROFILES if k != "whatsapp"} == {
        k: v for k, v in PROFILES.items() if k != "whatsapp"
    }
    assert main(["--workspace", str(ws_path), "business", "set", "--tiktok", "x.com/a"]) == 1
    assert "TikTok" in capsys.readouterr().err
    with Workspace.open(ws_path) as ws:  # a refused value changes nothing
        assert business.get_business(ws)["tiktok"] == PROFILES["tiktok"]


def test_design_fields_and_the_qr_payload_round_trip():
    data = dump_design(designs.load_template("business-card-vcard"))
    back = load_design(data)
    qrs = [el for _, el in back.elements() if isinstance(el, QrElement)]
    assert [q.payload for q in qrs] == ["link", "vcard"]
    bad = json.loads(json.dumps(data))
    bad["sides"][1]["elements"][-2]["payload"] = "wifi"
    with pytest.raises(ValidationError, match="payload"):
        load_design(bad)
    bad["sides"][1]["elements"][-2].update(payload="text", text="{{business.nope}}")
    with pytest.raises(ValidationError, match=r"business\.nope"):
        load_design(bad)


# -- the card, printed and scanned ----------------------------------------------------------------


def _plan_cards(ws: Workspace, template: str, quantity: int = 4) -> None:
    plan.create_campaign(
        ws, "Tarjetas 2027", landing_url="https://hornosol.es/hola", end_date="2027-06-30"
    )
    business.set_business(ws, **DETAILS)
    size = "business-card-us" if template.endswith("-us") else None
    plan.add_piece(ws, "tarjetas-2027", kind="business-card", size=size, name="Tarjeta")
    plan.add_zone(ws, "tarjetas-2027", code="46006", name="Russafa", households=quantity)
    plan.add_drop(ws, "tarjetas-2027", piece="tarjeta", zone="46006")
    codes.generate_codes(ws, "tarjetas-2027", prefix="TAR")
    designs.set_template(ws, "tarjetas-2027", "tarjeta", None, template)


def _scan(path: Path) -> list[list[str]]:
    """The QR texts of every page, read from the rendered PDF."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in pdf:
            image = page.render(scale=300 / 72, grayscale=True).to_pil()
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            pages.append(sorted(hit.text for hit in found))
        return pages
    finally:
        pdf.close()


def _check_vcard(text: str, person: dict[str, str]) -> None:
    props = read_vcard(text)
    family, given = person["name"].split(" ", 1)[1], person["name"].split(" ")[0]
    assert props["N"][0][1] == [family, given, "", "", ""]
    assert props["FN"][0][1] == [person["name"]]
    assert props["ORG"][0][1] == ["Horno Sol, S.L."]
    assert props["TITLE"][0][1] == [person["title"]]
    phones = {p["TYPE"]: c[0] for p, c in props["TEL"]}
    assert phones == {"WORK,VOICE": "963 123 456", "CELL": person["mobile"]}
    assert props["EMAIL"][0][1] == [person["email"]]
    assert props["URL"][0][1] == ["https://hornosol.es"]
    assert props["ADR"][0][1] == ["", "", "C/ Sueca 12; 46006 València, España", "", "", "", ""]
    social = {p["TYPE"]: c[0] for p, c in props["X-SOCIALPROFILE"]}
    assert social == PROFILES


@pytest.mark.parametrize("template", ["business-card-vcard", "business-card-vcard-us"])
def test_the_card_carries_the_tracked_link_and_the_contact(ws: Workspace, tmp_path, template):
    _plan_cards(ws, template)
    issues = printing.check_job(ws, "tarjetas-2027", "tarjeta", None, PrintOptions())
    # A long LinkedIn company link may overflow its line; on the smaller US card a vCard with
    # every profile is a little dense (0.38 mm modules): warnings, and it still scans.
    allowed = {"linkedin handle (social-linkedin)", "save-contact QR (vCard) (contact-qr)"}
    assert [i for i in issues if i.element not in allowed or i.level != "warning"] == []
    if template == "business-card-vcard":
        assert [i for i in issues if "QR" in i.element] == []
    out = tmp_path / "cards.pdf"
    result = printing.export_pdf(ws, "tarjetas-2027", "tarjeta", out,
                                 options=PrintOptions(mode="pieces"))  # fmt: skip
    assert result.check is not None and result.check.codes_checked  # the self-check read them
    job = printing.prepare_job(ws, "tarjetas-2027", "tarjeta")
    scanned = _scan(out)
    assert len(scanned) == 8
    owner = {"name": DETAILS["contact"], "title": DETAILS["title"], "mobile": DETAILS["mobile"],
             "email": DETAILS["email"]}  # fmt: skip
    for index in range(4):
        assert scanned[2 * index] == []  # the front has no code
        links = [t for t in scanned[2 * index + 1] if not t.startswith("BEGIN:VCARD")]
        cards = [t for t in scanned[2 * index + 1] if t.startswith("BEGIN:VCARD")]
        assert links == [job.records[index]["url"]]
        assert "code=TAR" in links[0] and "utm_medium=print" in links[0]
        assert len(cards) == 1
        _check_vcard(cards[0], owner)


def test_preflight_says_when_a_contact_qr_is_too_dense(ws: Workspace):
    _plan_cards(ws, "business-card-vcard")
    design = designs.get_design(ws, "tarjetas-2027", "tarjeta")
    qr = next(el for _, el in design.elements() if getattr(el, "payload", "") == "vcard")
    qr.w_mm = qr.h_mm = 26
    designs.save_design(ws, "tarjetas-2027", "tarjeta", None, design)
    issues = printing.check_job(ws, "tarjetas-2027", "tarjeta", None, PrintOptions())
    [issue] = [i for i in issues if "contact QR" in str(i)]
    assert issue.level == "error" and "MECARD" in str(issue) and "vCard" in str(issue)
    qr.payload = "mecard"
    designs.save_design(ws, "tarjetas-2027", "tarjeta", None, design)
    issues = printing.check_job(ws, "tarjetas-2027", "tarjeta", None, PrintOptions())
    assert not [i for i in issues if "QR" in str(i)]
    mecard = build_mecard(Contact(name="Ana García", org="Horno; Sol", mobile="600"))
    assert mecard == "MECARD:N:García,Ana;ORG:Horno\\; Sol;TEL:600;;"


# -- one card per person --------------------------------------------------------------------------

TEAM_CSV = (
    "Nombre;Cargo;Móvil;Correo electrónico\r\n"
    "Ana García López;Maestra panadera, gerente;+34 600 111 222;ana@hornosol.es\r\n"
    'Joan Martí Puig;"Repostero; obrador, turno ""noche""";+34 600 333 444;joan@hornosol.es\r\n'
    "Lucía Núñez;Dependienta;+34 600 555 666;lucia@hornosol.es\r\n"
)


def test_a_per_person_run_gives_one_card_per_person(ws: Workspace, ws_path: Path, tmp_path,
                                                   capsys):  # fmt: skip
    _plan_cards(ws, "business-card-vcard", quantity=3)
    team = tmp_path / "equipo.csv"
    team.write_text(TEAM_CSV, encoding="cp1252")  # Excel in Spanish: semicolons, Windows-1252
    assert main(["--workspace", str(ws_path), "--json", "people", "import", "tarjetas-2027",
                 "tarjeta", str(team)]) == 0  # fmt: skip
    imported = json.loads(capsys.readouterr().out)
    assert imported["imported"] == 3
    assert imported["people"][1]["title"] == 'Repostero; obrador, turno "noche"'
    listed = people.list_people(ws, "tarjetas-2027", "tarjeta")
    assert [p["name"] for p in listed] == ["Ana García López", "Joan Martí Puig", "Lucía Núñez"]
    out = tmp_path / "team.pdf"
    printing.export_pdf(ws, "tarjetas-2027", "tarjeta", out, options=PrintOptions(mode="pieces"))
    scanned = _scan(out)
    assert len(scanned) == 6  # three cards, front and back
    for index, person in enumerate(listed):
        [card] = [t for t in scanned[2 * index + 1] if t.startswith("BEGIN:VCARD")]
        _check_vcard(card, person)
    pdf = pdfium.PdfDocument(str(out))
    try:
        fronts = [pdf[2 * i].get_textpage().get_text_range() for i in range(3)]
    finally:
        pdf.close()
    for front, person in zip(fronts, listed, strict=True):
        assert person["name"] in front and person["mobile"] in front


def test_a_proof_before_codes_shows_every_person(ws: Workspace, tmp_path):
    plan.create_campaign(ws, "Equipo", landing_url="https://hornosol.es/", end_date="2027-06-30")
    business.set_business(ws, **DETAILS)
    plan.add_piece(ws, "equipo", kind="business-card", name="Tarjeta")
    designs.set_template(ws, "equipo", "tarjeta", None, "business-card-vcard")
    team = tmp_path / "team.csv"
    team.write_text("name,job title,mobile,e-mail\nAna García,Owner,+34 1,ana@x.es\n"
                    "Bo Li,Baker,+34 2,bo@x.es\n", encoding="utf-8")  # fmt: skip
    people.import_people(ws, "equipo", "tarjeta", team)
    out = tmp_path / "proof.pdf"
    result = printing.export_pdf(ws, "equipo", "tarjeta", out, options=PrintOptions(mode="proof"))
    assert result.sample and result.render.records == 2
    pdf = pdfium.PdfDocument(str(out))
    try:
        fronts = [pdf[i].get_textpage().get_text_range() for i in (0, 2)]
    finally:
        pdf.close()
    assert "Ana García" in fronts[0] and "Bo Li" in fronts[1]


def test_bad_people_files_say_where(ws: Workspace, tmp_path):
    _plan_cards(ws, "business-card-vcard")
    bad = tmp_path / "bad.csv"
    bad.write_text("nombre,email\nAna,ana@x.es\n,b@x.es\nCarla,not-an-email\n", encoding="utf-8")
    with pytest.raises(RowErrors) as caught:
        people.import_people(ws, "tarjetas-2027", "tarjeta", bad)
    text = str(caught.value) + " ".join(str(p) for p in caught.value.problems)
    assert "line 3" in text and "line 4" in text and "not-an-email" in text
    assert people.list_people(ws, "tarjetas-2027", "tarjeta") == []  # nothing half-imported
    bad.write_text("puesto,correo\nOwner,a@x.es\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="name"):
        people.import_people(ws, "tarjetas-2027", "tarjeta", bad)
