"""What makes a PDF a PDF/X file: its version, the XMP metadata and the Info entries it declares.

- PDF/X-4 (ISO 15930-7): PDF 1.6 at most, an XMP packet in the catalog naming ``PDF/X-4`` with its
  dates, title, trapping and document identifiers; Info and XMP must agree.
- PDF/X-1a:2001 (ISO 15930-4): PDF 1.3, the version and conformance in the Info dictionary, no
  transparency and no optional content (the writer leaves layers out).

Both carry exactly one ``/GTS_PDFX`` OutputIntent with the output profile embedded; the writer adds
it from `omniprint.render.profiles`.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from dataclasses import dataclass
from xml.sax.saxutils import escape

PDFX_VERSIONS = ("4", "1a")
PDF_VERSION = {None: "1.6", "4": "1.6", "1a": "1.3"}
# The Info entries each standard asks for (X-4 reads them from XMP but keeps Info in step).
INFO_ENTRIES = {
    "4": {"GTS_PDFXVersion": "PDF/X-4"},
    "1a": {"GTS_PDFXVersion": "PDF/X-1:2001", "GTS_PDFXConformance": "PDF/X-1a:2001"},
}
INVARIANT_TIME = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0))


@dataclass(frozen=True)
class Stamp:
    """When and what the file is: one time for Info and XMP (they must match), and its ids."""

    when: time.struct_time
    document_id: str
    instance_id: str

    @classmethod
    def make(cls, title: str, invariant: bool) -> Stamp:
        """Now and fresh ids; with ``invariant``, a fixed date and ids derived from the title."""
        if invariant:
            digest = hashlib.md5(title.encode("utf-8"), usedforsecurity=False).digest()
            doc = uuid.UUID(bytes=digest, version=4)
            return cls(INVARIANT_TIME, f"uuid:{doc}", f"uuid:{doc}")
        return cls(time.gmtime(), f"uuid:{uuid.uuid4()}", f"uuid:{uuid.uuid4()}")

    @property
    def pdf_date(self) -> str:
        """The date as a PDF date string (UTC)."""
        return time.strftime("D:%Y%m%d%H%M%S+00'00'", self.when)

    @property
    def xmp_date(self) -> str:
        """The same instant as an XMP (ISO 8601) date."""
        return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", self.when)


def xmp_packet(*, title: str, creator: str, producer: str, trapped: bool, stamp: Stamp,
               pdfx: str | None) -> bytes:  # fmt: skip
    """The XMP metadata packet for the catalog's /Metadata stream (UTF-8)."""
    version = ""
    if pdfx:
        name = INFO_ENTRIES[pdfx]["GTS_PDFXVersion"]
        version = f"<pdfxid:GTS_PDFXVersion>{name}</pdfxid:GTS_PDFXVersion>\n"
    date = stamp.xmp_date
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>
<pdf:Producer>{escape(producer)}</pdf:Producer>
<pdf:Trapped>{"True" if trapped else "False"}</pdf:Trapped>
<xmpMM:DocumentID>{stamp.document_id}</xmpMM:DocumentID>
<xmpMM:InstanceID>{stamp.instance_id}</xmpMM:InstanceID>
<xmpMM:VersionID>1</xmpMM:VersionID>
<xmpMM:RenditionClass>default</xmpMM:RenditionClass>
{version}</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
"""
    # Room to edit the packet in place, as XMP writers leave it.
    return (body + (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>').encode("utf-8")
