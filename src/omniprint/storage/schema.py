"""Forward-only schema migrations. `MIGRATIONS[n]` takes a workspace from version n to n + 1.

Never edit a migration that has shipped: add a new one. Each runs inside the transaction that also
bumps `PRAGMA user_version`, so a failed migration leaves the file at its old version.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

_V1 = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    landing_url TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    budget_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    redirect_base TEXT,
    notes TEXT NOT NULL DEFAULT '',
    attribution_days INTEGER NOT NULL DEFAULT 60 CHECK (attribution_days > 0),
    created_at TEXT NOT NULL
);
CREATE TABLE piece (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('business-card', 'flyer', 'leaflet', 'door-hanger', 'postcard')),
    size_name TEXT NOT NULL DEFAULT '',
    width_mm REAL NOT NULL CHECK (width_mm > 0),
    height_mm REAL NOT NULL CHECK (height_mm > 0),
    UNIQUE (campaign_id, slug)
);
CREATE TABLE variant (
    id INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES piece(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    print_cpm_cents INTEGER NOT NULL DEFAULT 0 CHECK (print_cpm_cents >= 0),
    design_json TEXT,
    UNIQUE (piece_id, label)
);
CREATE TABLE zone (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    households INTEGER NOT NULL CHECK (households >= 0),
    coverage_bp INTEGER NOT NULL DEFAULT 10000 CHECK (coverage_bp BETWEEN 0 AND 10000),
    cpm_cents INTEGER NOT NULL DEFAULT 0 CHECK (cpm_cents >= 0),
    drop_date TEXT,
    is_control INTEGER NOT NULL DEFAULT 0 CHECK (is_control IN (0, 1)),
    UNIQUE (campaign_id, code)
);
CREATE TABLE drops (
    id INTEGER PRIMARY KEY,
    variant_id INTEGER NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    zone_id INTEGER NOT NULL REFERENCES zone(id) ON DELETE CASCADE,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    UNIQUE (variant_id, zone_id)
);
CREATE INDEX drops_zone ON drops(zone_id);
CREATE TABLE code (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    display TEXT NOT NULL,
    drop_id INTEGER NOT NULL REFERENCES drops(id) ON DELETE RESTRICT,
    variant_id INTEGER NOT NULL REFERENCES variant(id) ON DELETE RESTRICT,
    serial INTEGER NOT NULL CHECK (serial > 0),
    copies INTEGER NOT NULL DEFAULT 1 CHECK (copies > 0),
    created_at TEXT NOT NULL,
    UNIQUE (variant_id, serial)
);
CREATE INDEX code_drop ON code(drop_id);
CREATE TABLE asset (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL
);
"""


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";\n") if s.strip()]


def _v1_initial(db: sqlite_utils.Database) -> None:
    # executescript() would commit the open transaction, so run statement by statement.
    for statement in _statements(_V1):
        db.execute(statement)


_V2 = """
CREATE TABLE import_file (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    preset TEXT NOT NULL,
    encoding TEXT NOT NULL DEFAULT '',
    delimiter TEXT NOT NULL DEFAULT '',
    header_key TEXT NOT NULL DEFAULT '',
    date_order TEXT NOT NULL DEFAULT '',
    rows INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    known INTEGER NOT NULL DEFAULT 0,
    refused INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);
CREATE TABLE response (
    -- One record of an export. The columns are what matching reads for every row; the rest
    -- (currency, postcodes, landing URL, utm_*, sessions, key events, personal data) is JSON in
    -- `extra`, read only for the few rows that need it, which keeps a million-row import fast.
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_file(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('redemption', 'order', 'visit')),
    source TEXT NOT NULL,
    natural_key TEXT NOT NULL,
    line INTEGER NOT NULL,
    occurred_at TEXT NOT NULL,
    code_text TEXT NOT NULL DEFAULT '',
    code_key TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER,
    refunded_cents INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0,
    store TEXT,
    extra TEXT,
    UNIQUE (source, kind, natural_key)
);
-- Codes beyond a record's first (which is response.code_key) and codes read from its link.
CREATE TABLE response_code (
    response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code_text TEXT NOT NULL,
    code_key TEXT NOT NULL,
    PRIMARY KEY (response_id, position)
) WITHOUT ROWID;
CREATE INDEX response_code_key ON response_code(code_key);
CREATE TABLE refused_row (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_file(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    column_name TEXT,
    reason TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT ''
);
CREATE TABLE column_mapping (
    header_key TEXT PRIMARY KEY,
    preset TEXT NOT NULL DEFAULT 'generic',
    columns_json TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE TABLE review_decision (
    response_id INTEGER PRIMARY KEY REFERENCES response(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('accept', 'assign', 'dismiss')),
    code_key TEXT,
    decided_at TEXT NOT NULL
);
CREATE TABLE attribution (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    rule TEXT NOT NULL DEFAULT '',
    campaign_id INTEGER REFERENCES campaign(id) ON DELETE CASCADE,
    drop_id INTEGER REFERENCES drops(id) ON DELETE CASCADE,
    zone_id INTEGER REFERENCES zone(id) ON DELETE CASCADE,
    code_id INTEGER REFERENCES code(id) ON DELETE SET NULL,
    typed TEXT NOT NULL DEFAULT '',
    suggestion TEXT,
    revenue_cents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attribution_campaign ON attribution(campaign_id, status);
CREATE INDEX attribution_response ON attribution(response_id);
"""


def _v2_responses(db: sqlite_utils.Database) -> None:
    for statement in _statements(_V2):
        db.execute(statement)


_V3 = """
-- The text of each imported file, in pieces of whole lines (zlib-compressed UTF-8): what the
-- review shows as "the row it came from", and the original a user can save again.
CREATE TABLE import_text (
    import_id INTEGER NOT NULL REFERENCES import_file(id) ON DELETE CASCADE,
    first_line INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    text BLOB NOT NULL,
    PRIMARY KEY (import_id, first_line)
) WITHOUT ROWID;
"""


def _v3_import_text(db: sqlite_utils.Database) -> None:
    for statement in _statements(_V3):
        db.execute(statement)


_CARDS = """
-- The people a piece is printed for: one card design merged per person (name, title, mobile,
-- e-mail), in the order of the file they came from.
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES piece(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    UNIQUE (piece_id, position)
);
-- The brand's own fonts: the font file itself, so the workspace is the whole business.
CREATE TABLE font (
    id INTEGER PRIMARY KEY,
    family TEXT NOT NULL,
    style TEXT NOT NULL,
    bold INTEGER NOT NULL DEFAULT 0 CHECK (bold IN (0, 1)),
    italic INTEGER NOT NULL DEFAULT 0 CHECK (italic IN (0, 1)),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (family, bold, italic)
);
"""


def _cards_people_and_fonts(db: sqlite_utils.Database) -> None:
    for statement in _statements(_CARDS):
        db.execute(statement)


_CHANNELS = """
-- What ad platforms reported spending (one row per ad campaign or ad set and period; start and
-- end are '' for a report over all time), costs with no export, which ad campaigns belong to
-- which campaign, and the scans of short links read from a web server's access log (no address).
CREATE TABLE ad_spend (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_file(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    platform TEXT NOT NULL,
    ad_campaign TEXT NOT NULL,
    ad_set TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    currency TEXT,
    cost_cents INTEGER NOT NULL,
    impressions INTEGER,
    clicks INTEGER,
    results INTEGER,
    utm_campaign TEXT,
    UNIQUE (platform, ad_campaign, ad_set, start_date, end_date)
);
CREATE TABLE channel_cost (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    start_date TEXT,
    end_date TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE ad_link (
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    ad_campaign TEXT NOT NULL,
    PRIMARY KEY (campaign_id, ad_campaign)
) WITHOUT ROWID;
CREATE TABLE qr_scan (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_file(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    code_key TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    device TEXT NOT NULL,
    natural_key TEXT NOT NULL UNIQUE
);
CREATE INDEX qr_scan_code ON qr_scan(code_key)
"""


def _add_channels(db: sqlite_utils.Database) -> None:
    for statement in _statements(_CHANNELS):
        db.execute(statement)


_SOURCES = """
-- The name a user gave to the shop or account of a file (import --source), by the shape of its
-- header, so that the next file of that shape comes from the same source without asking.
CREATE TABLE IF NOT EXISTS import_source (
    header_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""


def _import_sources(db: sqlite_utils.Database) -> None:
    """Sources tell two shops apart: Shopify's and WooCommerce's order numbers restart in every
    shop, so their orders' source now carries the order's currency ("shopify:EUR"); orders
    imported before get it too, so that importing an overlapping export again adds nothing."""
    for statement in _statements(_SOURCES):
        db.execute(statement)
    db.execute(
        "UPDATE response SET source = source || ':' || json_extract(extra, '$.currency')"
        " WHERE source IN ('shopify', 'woocommerce') AND kind = 'order'"
        " AND json_extract(extra, '$.currency') IS NOT NULL"
    )


def _import_personal_left_out(db: sqlite_utils.Database) -> None:
    # 1 when the file was imported without --keep-personal: its kept text and refused rows have
    # the personal columns blanked. Files imported before kept everything (0).
    db.execute("ALTER TABLE import_file ADD COLUMN personal_left_out INTEGER NOT NULL DEFAULT 0")


_RECONCILE_STATE = """
-- What the last reconcile saw (storage.reconcile_state): the plan's fingerprint, so that an
-- import redoes only what it touches while the plan is unchanged, and totals kept up to date.
CREATE TABLE reconcile_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    plan TEXT NOT NULL,
    records TEXT NOT NULL,
    prefixes TEXT NOT NULL,
    lengths TEXT NOT NULL,
    counts TEXT NOT NULL
)
"""


def _reconcile_state(db: sqlite_utils.Database) -> None:
    db.execute(_RECONCILE_STATE)


_RESPONSE_TABLE = """
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_file(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('redemption', 'order', 'visit')),
    source TEXT NOT NULL,
    natural_key TEXT NOT NULL,
    line INTEGER NOT NULL,
    occurred_at TEXT NOT NULL,
    code_text TEXT NOT NULL DEFAULT '',
    code_key TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER,
    refunded_cents INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0,
    store TEXT,
    extra TEXT
"""
#: A record's key: one record per source, kind and number. An index of its own (not a constraint
#: of the table) so that a bulk import may build it once after the rows (``storage.staging``).
RESPONSE_KEY = "CREATE UNIQUE INDEX response_key ON response(source, kind, natural_key)"

_ATTRIBUTION_TABLE = """
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    rule TEXT NOT NULL DEFAULT '',
    campaign_id INTEGER,
    drop_id INTEGER,
    zone_id INTEGER,
    code_id INTEGER,
    typed TEXT NOT NULL DEFAULT '',
    suggestion TEXT,
    revenue_cents INTEGER NOT NULL DEFAULT 0
"""
# What the attribution's foreign keys did when what it points at goes (it is only ever written
# by a reconcile, from rows that exist, so there is nothing to check when it is written).
_ATTRIBUTION_FOLLOWS = tuple(
    f"CREATE TRIGGER attribution_of_{parent} AFTER DELETE ON {parent} BEGIN {action}; END"
    for parent, action in (
        ("response", "DELETE FROM attribution WHERE response_id = old.id"),
        ("campaign", "DELETE FROM attribution WHERE campaign_id = old.id"),
        ("drops", "DELETE FROM attribution WHERE drop_id = old.id"),
        ("zone", "DELETE FROM attribution WHERE zone_id = old.id"),
        ("code", "UPDATE attribution SET code_id = NULL WHERE code_id = old.id"),
    )
)
_ATTRIBUTION_INDEXES = (
    "CREATE INDEX attribution_campaign ON attribution(campaign_id, status)",
    "CREATE INDEX attribution_response ON attribution(response_id)",
    "CREATE INDEX attribution_code ON attribution(code_id) WHERE code_id IS NOT NULL",
)


def _rebuilt(db: sqlite_utils.Database, table: str, columns: str) -> None:
    """Make ``table`` again with ``columns`` (the same names), keeping its rows and their ids."""
    names = ", ".join(c.strip().split()[0] for c in columns.strip().splitlines())
    db.execute(f"CREATE TABLE {table}_rebuilt ({columns})")
    db.execute(f"INSERT INTO {table}_rebuilt ({names}) SELECT {names} FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {table}_rebuilt RENAME TO {table}")


def _written_in_bulk(db: sqlite_utils.Database) -> None:
    """Two tables that a million-row import writes become faster to write, with the same rows:

    - a record's unique key (source, kind, natural key) becomes an index instead of a constraint
      of the table, which a bulk import builds once after the rows (sorting the keys once
      instead of inserting each into the index);
    - the attribution (derived: a reconcile writes it from the records and the plan) no longer
      checks five foreign keys for each row it writes (about 0.6 s a million); triggers do what
      their ON DELETE did.

    SQLite cannot drop a constraint, so both tables are rebuilt with the same ids (what points at
    records still does); `_migrate` runs it with foreign keys off, so that dropping the old
    tables cascades to nothing."""
    _rebuilt(db, "response", _RESPONSE_TABLE)
    db.execute(RESPONSE_KEY)
    _rebuilt(db, "attribution", _ATTRIBUTION_TABLE)
    for statement in (*_ATTRIBUTION_FOLLOWS, *_ATTRIBUTION_INDEXES):
        db.execute(statement)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_initial,
    _v2_responses,
    _v3_import_text,
    _cards_people_and_fonts,
    _add_channels,
    _import_sources,
    _import_personal_left_out,
    _reconcile_state,
    _written_in_bulk,
]
