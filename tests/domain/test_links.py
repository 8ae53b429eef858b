"""Tracked links, short links and redirect tables."""

from __future__ import annotations

import pytest

from omniprint.domain.errors import ValidationError
from omniprint.domain.links import (
    REDIRECT_FORMATS,
    redirect_table,
    short_link,
    slugify,
    tracked_link,
    utm_content,
    validate_redirect_base,
    validate_url,
)

UTM = "utm_source=leaflet&utm_medium=print&utm_campaign=otono-2026&utm_content=46001-a"


def message(error: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(error.value)


# --- slugs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Otoño 2026", "otono-2026"),
        ("Café & Té", "cafe-te"),
        ("  --Business Card--  ", "business-card"),
        ("46001", "46001"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("Crème brûlée!!", "creme-brulee"),
        ("already-a-slug", "already-a-slug"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("text", ["", "   ", "¿?", "日本"])
def test_slugify_refuses_what_has_no_letters(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        slugify(text, what="Campaign")
    assert message(caught) == f"Campaign {text!r} has no letter or digit to use in a link"


def test_utm_content() -> None:
    assert utm_content("46001", "A") == "46001-a"
    assert utm_content("Russafa Nord", "b") == "russafa-nord-b"
    with pytest.raises(ValidationError, match=r"^Variant '' has no letter or digit"):
        utm_content("46001", "")


# --- URL validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("ftp://x", "landing URL must start with http:// or https:// (got 'ftp://x')"),
        ("brand.es/menu", "landing URL must start with http:// or https:// (got 'brand.es/menu')"),
        ("javascript:alert(1)", "landing URL must start with http:// or https:// "
         "(got 'javascript:alert(1)')"),
        ("https:///menu", "landing URL has no host name after https:// (got 'https:///menu')"),
        ("   ", "landing URL is empty: enter an address that starts with https://"),
        ("https://bra nd.es/", "landing URL has an invalid host name (got 'https://bra nd.es/')"),
        ("https://brand.es:web/", "landing URL is not a valid address: Port could not be cast to "
         "integer value as 'web' (got 'https://brand.es:web/')"),
    ],
)  # fmt: skip
def test_validate_url_messages(url: str, text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_url(url)
    assert message(caught) == text


def test_validate_url_accepts_and_strips() -> None:
    assert validate_url("  https://brand.es/menu?x=1#a \n") == "https://brand.es/menu?x=1#a"
    assert validate_url("HTTP://brand.es") == "HTTP://brand.es"
    with pytest.raises(ValidationError, match=r"^shop URL must start with"):
        validate_url("mailto:a@b.es", what="shop URL")


def test_validate_redirect_base() -> None:
    assert validate_redirect_base("https://brand.es/r") == "https://brand.es/r/"
    assert validate_redirect_base(" https://brand.es/r/ ") == "https://brand.es/r/"
    assert validate_redirect_base("https://brand.es") == "https://brand.es/"
    with pytest.raises(ValidationError) as caught:
        validate_redirect_base("https://brand.es/r?x=1")
    assert message(caught) == (
        "redirect base must not contain a query (?) or a fragment (#) (got 'https://brand.es/r?x=1')"
    )
    with pytest.raises(ValidationError) as caught:
        validate_redirect_base("ftp://brand.es/r/")
    assert message(caught) == (
        "redirect base must start with http:// or https:// (got 'ftp://brand.es/r/')"
    )
    with pytest.raises(ValidationError, match=r"^redirect base path may only use"):
        validate_redirect_base("https://brand.es/mis enlaces/")


# --- tracked links -------------------------------------------------------------------------------


def link(url: str, **extra: str) -> str:
    values = {"source": "Leaflet", "campaign": "Otoño 2026", "content": "46001-a", **extra}
    return tracked_link(url, **values)


def test_tracked_link_adds_utm_in_order() -> None:
    assert link("https://x.es/p") == f"https://x.es/p?{UTM}"
    assert link("https://x.es") == f"https://x.es/?{UTM}"


def test_tracked_link_keeps_query_and_fragment() -> None:
    assert link("https://x.es/p?lang=es#menu") == f"https://x.es/p?lang=es&{UTM}#menu"
    assert link("https://x.es/p?b=2&a=1&flag") == f"https://x.es/p?b=2&a=1&flag&{UTM}"


def test_tracked_link_replaces_old_utm_parameters() -> None:
    url = "https://x.es/p?utm_source=fb&lang=es&UTM_Campaign=old&utm_term=x&page=2#top"
    assert link(url) == f"https://x.es/p?lang=es&page=2&{UTM}#top"


def test_tracked_link_with_code() -> None:
    assert link("https://x.es/p?lang=es#menu", code="K7MQX4PZ7") == (
        f"https://x.es/p?lang=es&{UTM}&code=K7MQX4PZ7#menu"
    )
    # Check symbols $ = * are escaped; an old code parameter is replaced.
    assert link("https://x.es/p?code=OLD&x=1", code="K7MQX4PZ$") == (
        f"https://x.es/p?x=1&{UTM}&code=K7MQX4PZ%24"
    )
    assert link("https://x.es/p?code=KEEP") == f"https://x.es/p?code=KEEP&{UTM}"
    with pytest.raises(ValidationError, match="code for a tracked link is empty"):
        link("https://x.es/p", code=" ")


def test_tracked_link_encodes_spaces_and_accents() -> None:
    got = link("https://café.es/menú del día?plato=paella valenciana#Dónde", source="Business card")
    assert got == (
        "https://xn--caf-dma.es/men%C3%BA%20del%20d%C3%ADa?plato=paella%20valenciana"
        "&utm_source=business-card&utm_medium=print&utm_campaign=otono-2026"
        "&utm_content=46001-a#D%C3%B3nde"
    )
    # Escapes already in the landing URL are kept, not escaped twice.
    assert link("https://x.es/a%20b?q=caf%C3%A9") == f"https://x.es/a%20b?q=caf%C3%A9&{UTM}"


def test_tracked_link_medium_and_bad_landing_url() -> None:
    assert "utm_medium=direct-mail" in link("https://x.es/", medium="Direct Mail")
    with pytest.raises(ValidationError) as caught:
        link("www.x.es")
    assert message(caught) == "landing URL must start with http:// or https:// (got 'www.x.es')"


# --- short links ---------------------------------------------------------------------------------


def test_short_link() -> None:
    assert short_link("https://brand.es/r", "K7MQX4PZ7") == "https://brand.es/r/K7MQX4PZ7"
    assert short_link("https://brand.es/r/", "K7MQX4PZ~") == "https://brand.es/r/K7MQX4PZ~"
    with pytest.raises(ValidationError) as caught:
        short_link("https://brand.es/r/", "a/b")
    assert message(caught) == (
        "short link 'https://brand.es/r/a/b' must end with one or more of letters, digits and "
        "- . _ ~ ! $ * + , ; = : @ after the redirect base"
    )


# --- redirect tables -----------------------------------------------------------------------------

ROWS = [
    (
        "https://brand.es/r/K7MQX4PZ7",
        "https://x.es/p?lang=es&utm_source=leaflet&code=K7MQX4PZ7#menu",
    ),
    ("https://brand.es/r/AB12CD3$", "https://x.es/p?code=AB12CD3%24&n=a b"),
]


def table(fmt: str, rows: list[tuple[str, str]] = ROWS, **kwargs: str) -> str:
    return "".join(redirect_table(rows, fmt, **kwargs))


def test_redirect_csv() -> None:
    assert table("csv") == (
        "short_url,full_url,path\r\n"
        "https://brand.es/r/K7MQX4PZ7,"
        "https://x.es/p?lang=es&utm_source=leaflet&code=K7MQX4PZ7#menu,/r/K7MQX4PZ7\r\n"
        "https://brand.es/r/AB12CD3$,https://x.es/p?code=AB12CD3%24&n=a%20b,/r/AB12CD3$\r\n"
    )
    quoted = table("csv", [("https://b.es/K1", 'https://x.es/?a=1,2&q="x"')])
    assert quoted.splitlines()[1] == 'https://b.es/K1,"https://x.es/?a=1,2&q=%22x%22",/K1'


def test_redirect_nginx() -> None:
    assert table("nginx") == (
        "# OmniPrint short links under https://brand.es/r/\n"
        "# Include this file inside http { }, then add to the server { } of brand.es:\n"
        "#     if ($omniprint_redirect) { return 302 $omniprint_redirect; }\n"
        "# With many links nginx may ask for a bigger hash: map_hash_max_size 2097152;\n"
        "map $uri $omniprint_redirect {\n"
        '    default "";\n'
        '    "/r/K7MQX4PZ7" "https://x.es/p?lang=es&utm_source=leaflet&code=K7MQX4PZ7#menu";\n'
        '    "/r/AB12CD3$" "https://x.es/p?code=AB12CD3%24&n=a%20b";\n'
        "}\n"
    )
    # nginx would read a $ in the value as a variable: it goes out as %24.
    assert '"https://x.es/?p=%24x"' in table("nginx", [("https://b.es/r/K1", "https://x.es/?p=$x")])


def test_redirect_apache() -> None:
    assert table("apache") == (
        "# OmniPrint short links under https://brand.es/r/\n"
        "# Include this file in the <VirtualHost> of brand.es, or save it as .htaccess in the\n"
        "# site's top folder (needs mod_rewrite and AllowOverride FileInfo).\n"
        "RewriteEngine On\n"
        'RewriteRule ^/?r/K7MQX4PZ7$ "https://x.es/p?lang=es&utm_source=leaflet&code=K7MQX4PZ7#menu"'
        " [R=302,L,NE]\n"
        'RewriteRule ^/?r/AB12CD3\\$$ "https://x.es/p?code=AB12CD3\\%24&n=a\\%20b" [R=302,L,NE]\n'
    )
    rows = [("https://b.es/go.to/K*1+", "https://x.es/")]
    assert table("apache", rows).endswith(
        'RewriteRule ^/?go\\.to/K\\*1\\+$ "https://x.es/" [R=302,L,NE]\n'
    )


def test_redirect_netlify() -> None:
    rows = [ROWS[0], ("https://brand.es/r/AB12CD3=", "https://x.es/p?code=AB12CD3%3D")]
    assert table("netlify", rows) == (
        "# OmniPrint short links under https://brand.es/r/: save as _redirects in the published "
        "folder.\n"
        "/r/K7MQX4PZ7  https://x.es/p?lang=es&utm_source=leaflet&code=K7MQX4PZ7#menu  302\n"
        "/r/AB12CD3=  https://x.es/p?code=AB12CD3%3D  302\n"
    )
    with pytest.raises(
        ValidationError, match=r"^Netlify _redirects cannot match 'https://b.es/r/K1\*'"
    ):
        table("netlify", [("https://b.es/r/K1*", "https://x.es/")])


def test_redirect_table_streams() -> None:
    def rows():
        for i in range(3):
            yield f"https://b.es/r/K{i}", f"https://x.es/?code=K{i}"
        raise AssertionError("read past what was asked")

    lines = redirect_table(rows(), "netlify")
    assert next(lines).startswith("# OmniPrint")
    assert next(lines) == "/r/K0  https://x.es/?code=K0  302\n"


def test_redirect_table_formats_and_errors() -> None:
    assert REDIRECT_FORMATS == ("csv", "nginx", "apache", "netlify")
    with pytest.raises(ValidationError) as caught:
        redirect_table(ROWS, "caddy")
    assert message(caught) == (
        "unknown redirect table format 'caddy': choose one of csv, nginx, apache, netlify"
    )
    assert table(" NGINX ") == table("nginx")
    mixed = [ROWS[0], ("https://other.es/r/K1", "https://x.es/")]
    with pytest.raises(ValidationError) as caught:
        table("csv", mixed)
    assert message(caught) == (
        "short link 'https://other.es/r/K1' (row 2) does not start with the redirect base "
        "'https://brand.es/r/': every short link in one table must share it"
    )
    with pytest.raises(ValidationError, match=r"^short link .* \(row 1\) does not start"):
        table("csv", base="https://brand.es/go/")
    with pytest.raises(ValidationError, match=r"appears twice \(row 2\)"):
        table("csv", [ROWS[0], ROWS[0]])
    with pytest.raises(ValidationError, match=r"^full link must start with http"):
        table("csv", [("https://b.es/r/K1", "ftp://x.es/")])
    with pytest.raises(ValidationError, match="empty and no redirect base"):
        table("csv", [])
    assert table("nginx", [], base="https://b.es/r").endswith('default "";\n}\n')
