"""A streaming PDF writer: each page goes to the file as soon as it is finished.

reportlab keeps every page in memory until ``save`` and then builds the whole file as one string, so
memory grew by about 5 KB per card. Here a finished page's content stream and page dictionary are
written at once and only their byte offsets are kept (a few bytes per object), so 100,000 cards
need no more memory than 100.

What can only be known at the end is written at the end: the font subsets (which glyphs were used),
the one resource dictionary that every page and form shares (fonts, forms, images, colour spaces,
graphics states, layers), the page tree, the catalog with its OutputIntent, XMP metadata and
layers, the document information, the cross-reference table and the trailer. Pages refer to those
by object numbers reserved when the writer starts.
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image

from omniprint.render.pdffonts import FontUse, pdf_string
from omniprint.render.pdfx import INFO_ENTRIES, PDF_VERSION, Stamp, xmp_packet

Box = tuple[float, float, float, float]


def pdf_box(box: Box) -> str:
    """A rectangle as a PDF array."""
    return "[" + " ".join(f"{v:.3f}" for v in box) + "]"


def pdf_text(text: str) -> str:
    """A PDF text string (document information, layer names): PDFDocEncoding or UTF-16."""
    try:
        return pdf_string(text.encode("latin-1").decode("latin-1"))
    except UnicodeEncodeError:
        return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@dataclass(frozen=True)
class OutputIntent:
    """The printing condition a press file is made for (PDF/X).

    ``identifier`` is a characterization registered with the ICC (``FOGRA39`` for ISO coated
    paper) or ``Custom``; ``info`` names the profile; ``profile`` the ICC profile's bytes,
    embedded as DestOutputProfile when given (PDF/X always gives it).
    """

    identifier: str = "FOGRA39"
    condition: str = "Offset commercial printing, coated paper (ISO 12647-2:2004, PT 1/2)"
    registry: str = "http://www.color.org"
    profile: bytes | None = None
    info: str = ""


@dataclass(frozen=True)
class DocInfo:
    """The document information dictionary and what the catalog declares."""

    title: str = ""
    creator: str = "OmniPrint"
    producer: str = "OmniPrint"
    trapped: bool = False
    output_intent: OutputIntent | None = None


class PdfWriter:
    """Write a PDF object by object to ``stream`` (a binary file opened for writing).

    ``pdfx`` (``"4"``, ``"1a"`` or None) is the PDF/X standard the file declares: it sets the
    header's version, the metadata written at the end, and (X-1a) leaves optional content out.
    """

    def __init__(self, stream: BinaryIO, *, invariant: bool = False, level: int = 6,
                 pdfx: str | None = None) -> None:  # fmt: skip
        self._stream = stream
        self._pos = 0
        # Byte offset of each object by number - 1 (-1: reserved, not yet written): 8 bytes an
        # object, the only thing kept per page.
        self._offsets = array("q")
        self._next_id = 1
        self.invariant = invariant
        self.level = level
        self.pdfx = pdfx
        # Objects written last but referenced from the first page on.
        self.pages_id = self.reserve()
        self.resources_id = self.reserve()
        self._page_ids = array("q")
        self._fonts: dict[str, FontUse] = {}
        self._xobjects: dict[str, int] = {}
        self._colorspaces: dict[str, str] = {}
        self._gstates: dict[str, str] = {}
        self._layers: dict[str, tuple[str, int]] = {}  # title -> (resource name, OCG id)
        self._raw(f"%PDF-{PDF_VERSION[pdfx]}\n".encode("latin-1") + b"%\xe2\xe3\xcf\xd3\n")

    # -- objects ------------------------------------------------------------------------------

    def _raw(self, data: bytes) -> None:
        self._stream.write(data)
        self._pos += len(data)

    def reserve(self) -> int:
        """A new object number, to be written later with `write_object` or `write_stream`."""
        oid = self._next_id
        self._next_id += 1
        self._offsets.append(-1)
        return oid

    def write_object(self, oid: int, body: str) -> None:
        """Write object ``oid`` whose dictionary (or value) is ``body``."""
        self._offsets[oid - 1] = self._pos
        self._raw(f"{oid} 0 obj\n{body}\nendobj\n".encode("latin-1"))

    def write_stream(self, oid: int, data: bytes, extra: str = "", *, compress: bool = True,
                     compressed: bool = False) -> None:  # fmt: skip
        """Write a stream object; ``extra`` holds more dictionary entries.

        ``compressed``: ``data`` is already deflated at this writer's level (by `deflate`).
        """
        if compress and not compressed:
            data = zlib.compress(data, self.level)
        if compress or compressed:
            extra = f"/Filter /FlateDecode {extra}"
        self._offsets[oid - 1] = self._pos
        self._raw(f"{oid} 0 obj\n<< /Length {len(data)} {extra}>>\nstream\n".encode("latin-1"))
        self._raw(data)
        self._raw(b"\nendstream\nendobj\n")

    # -- resources ----------------------------------------------------------------------------

    def font(self, name: str) -> FontUse:
        """The font registered with reportlab as ``name``, as used in this document."""
        use = self._fonts.get(name)
        if use is None:
            use = self._fonts[name] = FontUse(self, name, f"F{len(self._fonts) + 1}")
        return use

    def fonts_in_use(self) -> list[FontUse]:
        """The fonts used so far, in the order they were first used (their resource names)."""
        return list(self._fonts.values())

    def has_xobject(self, name: str) -> bool:
        return name in self._xobjects

    def add_form(self, name: str, bbox: Box, content: str) -> None:
        """A reusable form XObject drawn with ``/name Do``."""
        oid = self.reserve()
        self._xobjects[name] = oid
        self.write_stream(oid, content.encode("latin-1"),
                          f"/Type /XObject /Subtype /Form /BBox {pdf_box(bbox)} "
                          f"/Resources {self.resources_id} 0 R ")  # fmt: skip

    def add_image(self, name: str, image: Image.Image) -> None:
        """An image XObject (RGB, CMYK or greyscale, 8 bits per component)."""
        spaces = {"RGB": "DeviceRGB", "CMYK": "DeviceCMYK", "L": "DeviceGray"}
        oid = self.reserve()
        self._xobjects[name] = oid
        width, height = image.size
        self.write_stream(oid, image.tobytes(),
                          f"/Type /XObject /Subtype /Image /Width {width} /Height {height} "
                          f"/ColorSpace /{spaces[image.mode]} /BitsPerComponent 8 ")  # fmt: skip

    def spot_colour(self, name: str, cmyk: tuple[float, float, float, float]) -> str:
        """A Separation colour space for the spot ink ``name`` (``cmyk``: its look, 0-1)."""
        key = "CS" + "".join(ch for ch in name if ch.isalnum())
        if key not in self._colorspaces:
            c1 = " ".join(f"{v:g}" for v in cmyk)
            tint = f"<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [{c1}] /N 1 >>"
            self._colorspaces[key] = f"[/Separation /{key[2:]} /DeviceCMYK {tint}]"
        return key

    def registration(self) -> str:
        """The registration colour (``/Separation /All``): marks that print on every plate.

        Preflights count it as a mark, not as 400 % ink, and each plate gets it in full.
        """
        key = "CSAll"
        if key not in self._colorspaces:
            tint = "<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [1 1 1 1] /N 1 >>"
            self._colorspaces[key] = f"[/Separation /All /DeviceCMYK {tint}]"
        return key

    def gstate(self, key: str, body: str) -> str:
        """An ExtGState resource (e.g. overprint, transparency) named ``key``."""
        self._gstates.setdefault(key, body)
        return key

    def layer(self, title: str) -> str | None:
        """The property name of an optional content group (a layer) called ``title``.

        None in a PDF/X-1a file, which may have no optional content: draw without the layer.
        """
        if self.pdfx == "1a":
            return None
        if title not in self._layers:
            oid = self.reserve()
            self.write_object(oid, f"<< /Type /OCG /Name {pdf_text(title)} "
                                   "/Intent [/View /Design] >>")  # fmt: skip
            self._layers[title] = (f"OC{len(self._layers) + 1}", oid)
        return self._layers[title][0]

    # -- pages --------------------------------------------------------------------------------

    def add_page(self, content: str | bytes, media: Box, *, trim: Box | None = None,
                 bleed: Box | None = None) -> None:  # fmt: skip
        """Write one page now: its content stream, then its dictionary.

        ``content`` is the page's operators, or (bytes) the same already deflated at this
        writer's level, as worker processes send them.
        """
        stream_id, page_id = self.reserve(), self.reserve()
        if isinstance(content, bytes):
            self.write_stream(stream_id, content, compressed=True)
        else:
            self.write_stream(stream_id, content.encode("latin-1"))
        boxes = f"/MediaBox {pdf_box(media)} "
        if bleed is not None:
            boxes += f"/BleedBox {pdf_box(bleed)} "
        if trim is not None:
            boxes += f"/TrimBox {pdf_box(trim)} "
        self.write_object(page_id, f"<< /Type /Page /Parent {self.pages_id} 0 R {boxes}"
                                   f"/Resources {self.resources_id} 0 R "
                                   f"/Contents {stream_id} 0 R >>")  # fmt: skip
        self._page_ids.append(page_id)

    @property
    def page_count(self) -> int:
        return len(self._page_ids)

    # -- the end ------------------------------------------------------------------------------

    def _write_resources(self) -> None:
        fonts: dict[str, int] = {}
        for use in self._fonts.values():
            fonts.update(use.write_objects(self.reserve))

        def table(entries: dict[str, str]) -> str:
            return "<< " + " ".join(f"/{k} {v}" for k, v in entries.items()) + " >>"

        parts = ["/ProcSet [/PDF /Text /ImageB /ImageC]"]
        for key, entries in (
            ("Font", {k: f"{v} 0 R" for k, v in fonts.items()}),
            ("XObject", {k: f"{v} 0 R" for k, v in self._xobjects.items()}),
            ("ColorSpace", self._colorspaces),
            ("ExtGState", self._gstates),
            ("Properties", {name: f"{oid} 0 R" for name, oid in self._layers.values()}),
        ):
            if entries:
                parts.append(f"/{key} {table(entries)}")
        self.write_object(self.resources_id, "<< " + " ".join(parts) + " >>")

    def _catalog(self, info: DocInfo, stamp: Stamp) -> str:
        entries = [f"/Type /Catalog /Pages {self.pages_id} 0 R"]
        intent = info.output_intent
        if intent is not None:
            profile = ""
            if intent.profile is not None:
                profile_id = self.reserve()
                self.write_stream(profile_id, intent.profile, "/N 4 ")
                profile = f"/DestOutputProfile {profile_id} 0 R "
            intent_id = self.reserve()
            self.write_object(intent_id, (
                f"<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier "
                f"{pdf_text(intent.identifier)} /OutputCondition {pdf_text(intent.condition)} "
                f"/RegistryName {pdf_text(intent.registry)} "
                f"/Info {pdf_text(intent.info or intent.identifier)} {profile}>>"))  # fmt: skip
            entries.append(f"/OutputIntents [{intent_id} 0 R]")
        if self.pdfx == "4":
            # X-4 reads what the file is from XMP (uncompressed, so any tool can find it).
            metadata_id = self.reserve()
            packet = xmp_packet(title=info.title, creator=info.creator, producer=info.producer,
                                trapped=info.trapped, stamp=stamp, pdfx=self.pdfx)  # fmt: skip
            self.write_stream(metadata_id, packet, "/Type /Metadata /Subtype /XML ",
                              compress=False)  # fmt: skip
            entries.append(f"/Metadata {metadata_id} 0 R")
        if self._layers:
            refs = " ".join(f"{oid} 0 R" for _, oid in self._layers.values())
            entries.append(f"/OCProperties << /OCGs [{refs}] /D << /Name (Default) "
                           f"/Order [{refs}] /ON [{refs}] /OFF [] >> >>")  # fmt: skip
        return "<< " + " ".join(entries) + " >>"

    def close(self, info: DocInfo) -> None:
        """Write everything that waited for the last page; the stream stays open."""
        self._write_resources()
        self._offsets[self.pages_id - 1] = self._pos
        self._raw(f"{self.pages_id} 0 obj\n<< /Type /Pages /Count {len(self._page_ids)} "
                  "/Kids [".encode("latin-1"))  # fmt: skip
        for start in range(0, len(self._page_ids), 4096):  # in slices: no 100,000-page string
            chunk = self._page_ids[start : start + 4096]
            self._raw("".join(f"{oid} 0 R " for oid in chunk).encode("latin-1"))
        self._raw(b"] >>\nendobj\n")
        catalog_id, info_id = self.reserve(), self.reserve()
        stamp = Stamp.make(info.title, self.invariant)
        self.write_object(catalog_id, self._catalog(info, stamp))
        now = stamp.pdf_date  # the same instant as the XMP dates, as PDF/X asks
        fields = [
            f"/Title {pdf_text(info.title)}",
            f"/Creator {pdf_text(info.creator)}",
            f"/Producer {pdf_text(info.producer)}",
            f"/CreationDate ({now})",
            f"/ModDate ({now})",
            f"/Trapped /{'True' if info.trapped else 'False'}",
        ]
        if self.pdfx is not None:
            entries = INFO_ENTRIES[self.pdfx]
            fields.extend(f"/{key} {pdf_text(value)}" for key, value in entries.items())
        self.write_object(info_id, "<< " + " ".join(fields) + " >>")
        size = self._next_id
        xref_at = self._pos
        self._raw(f"xref\n0 {size}\n0000000000 65535 f \n".encode("latin-1"))
        for start in range(0, len(self._offsets), 4096):
            # A reserved number that was never written (none should be) is listed as free.
            chunk = self._offsets[start : start + 4096]
            rows = (f"{at:010d} 00000 n \n" if at >= 0 else "0000000000 65535 f \n" for at in chunk)
            self._raw("".join(rows).encode("latin-1"))
        lines = []
        seed = info.title if self.invariant else f"{info.title}{stamp.instance_id}"
        file_id = hashlib.md5(seed.encode("utf-8"), usedforsecurity=False).hexdigest()
        lines.append(f"trailer\n<< /Size {size} /Root {catalog_id} 0 R /Info {info_id} 0 R "
                     f"/ID [<{file_id}> <{file_id}>] >>\n")  # fmt: skip
        lines.append(f"startxref\n{xref_at}\n%%EOF\n")
        self._raw("".join(lines).encode("latin-1"))
