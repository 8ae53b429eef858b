"""Design documents to PDF: QR and barcode geometry, imposition, marks, reports (reportlab,
segno, zxing-cpp)."""
