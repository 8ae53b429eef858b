<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>BrandKitDialog</name>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="32" />
      <source>Brand kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="34" />
      <source>Business details (printed by the business fields)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="44" />
      <source>Colours of this design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="54" />
      <source>No colours yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BudgetBar</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="85" />
      <source>{spent} (no budget set)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="91" />
      <source>{spent} of {budget} ({pct} %)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BusinessDialog</name>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="107" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="103" />
      <source>Business name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="105" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="104" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="116" />
      <source>Printed on your pieces wherever a design shows them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="106" />
      <source>Website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="97" />
      <source>Your business</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="77" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="88" />
      <source>Budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="51" />
      <source>Campaign details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="91" />
      <source>Count sales for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="89" />
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="87" />
      <source>Ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="85" />
      <source>Landing page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="84" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="51" />
      <source>New campaign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="92" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="90" />
      <source>Short links base</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="69" />
      <source>Short links on your own site make smaller QR codes. Leave empty to print the full link.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="56" />
      <source>Spring offer 2027</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="86" />
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="62" />
      <source>for example 1500 or 1500,50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="67" />
      <source>optional, e.g. https://your-shop.com/r/</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CodesBox</name>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="143" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="124" />
      <source>Cancelled: no codes were issued.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="66" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="92" />
      <source>Check a code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="72" />
      <source>Codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="46" />
      <source>Coupon codes and links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="143" />
      <source>Export codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="59" />
      <source>Export codes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="154" />
      <source>Export redirects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="63" />
      <source>Export redirects…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="147" />
      <source>Exporting codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="159" />
      <source>Exporting redirects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="55" />
      <source>Generate codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="129" />
      <source>Generated {count} codes for {drops} drops.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="114" />
      <source>Generating codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="57" />
      <source>Issue a unique code for every planned drop that has none yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="195" />
      <source>Not a valid code: a character is wrong or missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="193" />
      <source>Not issued. Did you mean {code}? ({where})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="73" />
      <source>Prefix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="86" />
      <source>Short links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="80" />
      <source>Till / web shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="194" />
      <source>Well formed, but never issued in this workspace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="168" />
      <source>Wrote {count} rows to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="65" />
      <source>a code a customer brought</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="185" />
      <source>campaign {campaign}, {piece} {variant}, zone {zone}, no. {serial}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="51" />
      <source>one code per drop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="50" />
      <source>one code per printed piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="53" />
      <source>optional, e.g. SPR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="133" />
      <source>{n} drops already had codes and kept them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="192" />
      <source>✔ Valid: {code} ({where})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColorEditor</name>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="126" />
      <source>Brand / design colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="102" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="109" />
      <source>not set</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DesignPage</name>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="108" />
      <source>Add a piece on the Plan page first: then design it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="214" />
      <location filename="src/omniprint/gui/design_page.py" line="235" />
      <source>Design files (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="65" />
      <source>Design of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="233" />
      <source>Export the design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="63" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="214" />
      <source>Import a design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="223" />
      <source>Imported the design from {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="62" />
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="61" />
      <source>Start from template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="116" />
      <source>The design canvas is coming in the next version.

Meanwhile, start the design from a template above, or import a design file; the Print page shows how it prints.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="202" />
      <source>The design now starts from “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="244" />
      <source>Wrote the design to {file}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DesignScene</name>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="229" />
      <source>Move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="241" />
      <source>Nudge</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DesignerWidget</name>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="214" />
      <source>100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="225" />
      <source>5 mm grid; elements snap to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="332" />
      <source>Add %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="278" />
      <source>Add back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="271" />
      <source>Add back side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="525" />
      <source>All changes saved in the workspace.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="455" />
      <source>Arrange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="177" />
      <location filename="src/omniprint/gui/designer/widget.py" line="278" />
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="221" />
      <source>Bleed (red), trim (green) and safe area (blue)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="190" />
      <source>Brand kit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="106" />
      <source>Changes are saved in the workspace as you make them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="440" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="124" />
      <source>Design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="420" />
      <source>Duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="213" />
      <source>Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="176" />
      <source>Front</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="223" />
      <source>Grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="218" />
      <source>Guides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="323" />
      <location filename="src/omniprint/gui/designer/widget.py" line="373" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="135" />
      <source>Layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="522" />
      <source>Not saved: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="415" />
      <source>Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="323" />
      <source>Place an image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="367" />
      <source>Place image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="136" />
      <source>Preflight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="125" />
      <source>Proof</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="580" />
      <source>Ready for press: no problems found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="196" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="373" />
      <location filename="src/omniprint/gui/designer/widget.py" line="383" />
      <source>Replace image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="513" />
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="227" />
      <source>Snap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="231" />
      <source>Snap to guides, page edges and other elements (hold Alt while dragging to not snap)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="186" />
      <source>Templates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="215" />
      <source>True size on this screen (Ctrl+1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="194" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="493" />
      <source>Use template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="213" />
      <source>Whole page (Ctrl+0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="206" />
      <source>Zoom in (Ctrl++)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="206" />
      <source>Zoom out (Ctrl+−)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DropDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="90" />
      <source>Choose a piece and at least one zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="60" />
      <source>Control zones are not listed: they get nothing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="57" />
      <source>Piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="59" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="94" />
      <source>Quantity must be a whole number, or empty for the default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="33" />
      <source>Send a piece to zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="58" />
      <source>Zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="51" />
      <source>households x coverage</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DropsModel</name>
    <message>
      <location filename="src/omniprint/gui/models.py" line="338" />
      <source>quantity must be a whole number (got {text!r})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="243" />
      <source>Add exports to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="97" />
      <source>Add files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="589" />
      <source>Already imported: {files}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="165" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="182" />
      <source>As in the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="180" />
      <source>As it will be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="205" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="416" />
      <source>Change a column and read the file again to check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="164" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="170" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="121" />
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="122" />
      <source>Decimal mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="395" />
      <source>Every date in column “{column}” could be day-first or month-first. Choose the order of the dates above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="101" />
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="202" />
      <location filename="src/omniprint/gui/imports/wizard.py" line="512" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="585" />
      <source>Import cancelled: nothing from {file} was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="87" />
      <source>Import what came back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="512" />
      <source>Import {n} records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="552" />
      <source>Importing {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="559" />
      <source>Importing {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="164" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="118" />
      <source>Layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="164" />
      <location filename="src/omniprint/gui/imports/wizard.py" line="170" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="389" />
      <source>OmniPrint does not know this layout. Say which column holds the date and which the code (or the order or receipt number), then “Read again”. It is remembered for files with the same columns.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="165" />
      <source>Order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="165" />
      <source>Postcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="466" />
      <source>Press “Read again” to check the file with these.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="143" />
      <source>Read again with these columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="310" />
      <source>Reading stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="272" />
      <source>Reading {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="181" />
      <source>Refused rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="444" />
      <source>Refused rows ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="170" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="123" />
      <source>Rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="120" />
      <source>Separator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="165" />
      <source>Store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="119" />
      <source>Text encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="116" />
      <source>What OmniPrint recognised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="164" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="147" />
      <source>Which column is which</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="170" />
      <source>Why it is refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="334" />
      <source>already imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="108" />
      <source>as the file shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="324" />
      <source>cancelled: nothing written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="362" />
      <source>comma (12,50)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="325" />
      <source>failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="335" />
      <source>imported: {n} added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="323" />
      <source>importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="322" />
      <source>needs your help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="363" />
      <source>no decimals seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="356" />
      <source>not recognised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="362" />
      <source>point (12.50)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="321" />
      <source>reading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="520" />
      <source>{files} files ready: {n} records; {bad} rows will be refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="526" />
      <source>{n} need your help and will not be imported as they are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="355" />
      <source>{preset} (your columns)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="328" />
      <source>{preset}: {n} records, {bad} refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="368" />
      <source>{rows} rows: {n} records to import, {bad} refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="408" />
      <source>—</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportsPage</name>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="70" />
      <source>Import files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="127" />
      <source>Import till or web shop exports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="58" />
      <source>Import what came back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="85" />
      <source>Nothing imported yet. Drop your till or web shop exports here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="140" />
      <source>Remove an import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="76" />
      <source>Remove this import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="141" />
      <source>Remove {file} and the {n} records that came from it? The results are worked out again without them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="155" />
      <source>Removed {file} and its {n} records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="149" />
      <source>Removing {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="61" />
      <source>Till and web shop exports (Shopify, WooCommerce, Square, Stripe, Loyverse, GA4, or any list of dates and codes). Drop the files anywhere on this window, or choose them. Importing the same file twice adds nothing; removing an import takes out everything that came from it, and nothing else.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LayersModel</name>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="91" />
      <source>Double-click to rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="134" />
      <source>Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="86" />
      <location filename="src/omniprint/gui/designer/layers.py" line="140" />
      <source>Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="90" />
      <source>Locked: cannot be selected on the canvas or moved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="86" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="143" />
      <source>Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="86" />
      <location filename="src/omniprint/gui/designer/layers.py" line="134" />
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="89" />
      <source>Shown and printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="140" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LayersPanel</name>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="187" />
      <location filename="src/omniprint/gui/designer/layers.py" line="252" />
      <source>Bring forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="197" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="192" />
      <location filename="src/omniprint/gui/designer/layers.py" line="252" />
      <source>Send backward</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="src/omniprint/gui/app.py" line="414" />
      <source>&amp;About OmniPrint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="403" />
      <source>&amp;Actual Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="383" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="386" />
      <source>&amp;Duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="373" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="360" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="412" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="366" />
      <source>&amp;Import Exports…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="361" />
      <source>&amp;New Workspace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="362" />
      <source>&amp;Open Workspace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="384" />
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="370" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="376" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="374" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="398" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="544" />
      <source>&lt;h3&gt;OmniPrint {version}&lt;/h3&gt;&lt;p&gt;Plan, design, print and measure printed marketing, offline.&lt;/p&gt;&lt;p&gt;Your workspace: {path}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="543" />
      <source>About OmniPrint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="320" />
      <source>Already imported before: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="559" />
      <source>An export or an import is still running. Stop it and quit?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="486" />
      <source>Campaign “{name}” created. Next: add a piece and the zones it goes to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="116" />
      <source>Campaigns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="426" />
      <source>Clear the List</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="382" />
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="389" />
      <source>De&amp;lete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="192" />
      <source>Design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="194" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="317" />
      <source>Imported {files} files: {added} records added, {refused} rows refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="367" />
      <source>New &amp;Campaign…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="112" />
      <source>New campaign…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="500" />
      <source>New workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="363" />
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="509" />
      <source>Open a workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="413" />
      <source>Open the &amp;Log Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="191" />
      <source>Plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="193" />
      <source>Print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="196" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="195" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="364" />
      <source>Save a &amp;Copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="527" />
      <source>Save a copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="536" />
      <source>Saved a copy of the workspace as {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="392" />
      <source>Select &amp;All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="406" />
      <source>Show &amp;Guides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="409" />
      <source>Show G&amp;rid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="558" />
      <source>Work in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="101" />
      <source>Workspace: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="368" />
      <source>Your &amp;Business…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="400" />
      <source>Zoom &amp;In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="401" />
      <source>Zoom &amp;Out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="402" />
      <source>Zoom to &amp;Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="100" />
      <source>{name} — OmniPrint</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="42" />
      <source>Hide this message</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Palette</name>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="103" />
      <source>Add a barcode of the coupon code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="101" />
      <source>Add a line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="99" />
      <source>Add a rectangle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="97" />
      <source>Add a text box</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="100" />
      <source>Add an ellipse or circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="102" />
      <source>Add the tracked QR code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="104" />
      <source>Add the unique coupon code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="103" />
      <source>Barcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="99" />
      <source>Box</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="104" />
      <source>Coupon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="100" />
      <source>Ellipse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="98" />
      <source>Image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="101" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="98" />
      <source>Place a PNG or JPEG picture (or drop one here)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="102" />
      <source>QR code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="97" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PieceDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="58" />
      <source>A standard size, or width x height in mm such as 99x210</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="48" />
      <source>Add a piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="48" />
      <source>Add a variant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="72" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="73" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="74" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="76" />
      <source>Unit cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="75" />
      <source>Variant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="55" />
      <source>optional: the kind's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="65" />
      <source>print price per piece, e.g. 0,045</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="348" />
      <source>Add a piece and some zones first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="96" />
      <source>Add piece…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="97" />
      <source>Add variant…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="108" />
      <source>Add zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="98" />
      <source>An A/B version of the selected piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="312" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="254" />
      <source>Control zones: {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="134" />
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="229" />
      <source>Distribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="124" />
      <source>Drops: what goes where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="79" />
      <source>Edit details…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="109" />
      <source>Import CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="312" />
      <source>Import zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="327" />
      <source>Imported {n} zones from {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="88" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="256" />
      <source>No drop yet: {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="241" />
      <source>Over budget by {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="88" />
      <source>Piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="99" />
      <location filename="src/omniprint/gui/plan/page.py" line="227" />
      <source>Pieces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="228" />
      <source>Print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="123" />
      <source>Remove drop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="110" />
      <source>Remove zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="293" />
      <source>Select the piece to add a variant to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="122" />
      <source>Send to zones…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="239" />
      <source>Set a budget in the campaign's details to follow spending.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="88" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="230" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="89" />
      <source>Unit cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="88" />
      <source>Variant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="111" />
      <source>Zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="245" />
      <source>{amount} left</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrintPage</name>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="346" />
      <source> on {sheets} sheets ({n}-up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="134" />
      <source>A zip with the press PDF, a proof, the job ticket and the codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="228" />
      <source>Add a piece on the Plan page to print it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="189" />
      <source>All zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="101" />
      <source>Bleed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="90" />
      <source>CMYK, for the press</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="102" />
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="88" />
      <source>Crop marks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="108" />
      <source>Element</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="238" />
      <source>Error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="122" />
      <source>Export PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="323" />
      <source>Export cancelled: no file was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="93" />
      <source>Export even with preflight errors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="271" />
      <source>Export the print file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="98" />
      <source>File for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="95" />
      <source>How to print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="108" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="350" />
      <source>No codes yet: the proof shows a sample code and link.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="129" />
      <source>Open the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="272" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="302" />
      <source>Packing {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="149" />
      <source>Paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="97" />
      <source>Piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="117" />
      <source>Preflight: what a print shop would reject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="99" />
      <source>Press sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="136" />
      <source>Print file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="100" />
      <source>Print shop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="296" />
      <source>Print-shop package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="132" />
      <source>Print-shop package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="91" />
      <source>RGB, for an office printer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="353" />
      <source>Self-check: {n} QR codes decoded back to the right links.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="130" />
      <source>Show in folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="108" />
      <source>Side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="238" />
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="108" />
      <source>What to fix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="277" />
      <source>Writing {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="366" />
      <source>Wrote the package {file}: {quantity} pieces, {sheets}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="341" />
      <source>Wrote {file}: {pages} pages, {pieces} pieces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="297" />
      <source>Zip (*.zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="103" />
      <source>Zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="86" />
      <source>as the shop asks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="253" />
      <source>{errors} errors, {warnings} warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="249" />
      <source>✔ No problems found.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProofPane</name>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="98" />
      <source>Making the proof…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="119" />
      <source>No proof: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="107" />
      <source>Proof with a sample record: %d page(s). Guides: bleed grey, trim green, safe area cyan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="79" />
      <source>Refresh proof</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="75" />
      <source>The proof is the real print file for a sample record.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PropertiesPanel</name>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="429" />
      <source>%(w)g × %(h)g mm trim, %(b)g mm bleed, %(s)g mm safe margin.
Select an element to change it, or add one from the left.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="438" />
      <source>%d elements selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="355" />
      <source>Across</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="364" />
      <source>Align</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="240" />
      <source>Align text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="247" />
      <source>Align text vertically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="255" />
      <source>Alignment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="342" />
      <source>Arrange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="267" />
      <location filename="src/omniprint/gui/designer/properties.py" line="376" />
      <location filename="src/omniprint/gui/designer/properties.py" line="379" />
      <source>Background</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="304" />
      <source>Barcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="311" />
      <source>Barcode text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="215" />
      <location filename="src/omniprint/gui/designer/properties.py" line="221" />
      <source>Bold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="244" />
      <location filename="src/omniprint/gui/designer/properties.py" line="353" />
      <source>Bottom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="231" />
      <location filename="src/omniprint/gui/designer/properties.py" line="347" />
      <source>Centre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="174" />
      <source>Change %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="289" />
      <source>Change QR content</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="298" />
      <source>Change QR error correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="309" />
      <source>Change barcode content</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="307" />
      <source>Change barcode type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="272" />
      <source>Change colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="211" />
      <source>Change font</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="327" />
      <source>Change image fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="250" />
      <source>Change line spacing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="280" />
      <source>Change outline width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="214" />
      <source>Change text size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="260" />
      <location filename="src/omniprint/gui/designer/properties.py" line="264" />
      <location filename="src/omniprint/gui/designer/properties.py" line="456" />
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="335" />
      <source>Corners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="456" />
      <source>Dark modules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="366" />
      <source>Distribute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="355" />
      <source>Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="195" />
      <source>Edit text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="300" />
      <source>Error correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="293" />
      <source>Error correction: higher survives damage or a logo on top, but makes smaller modules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="265" />
      <source>Fill</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="322" />
      <source>Fill the box (crop)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="330" />
      <source>Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="321" />
      <source>Fit inside the box</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="253" />
      <source>Font</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="318" />
      <source>Image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="201" />
      <source>Insert field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="216" />
      <location filename="src/omniprint/gui/designer/properties.py" line="222" />
      <source>Italic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="230" />
      <location filename="src/omniprint/gui/designer/properties.py" line="346" />
      <source>Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="256" />
      <source>Line spacing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="244" />
      <location filename="src/omniprint/gui/designer/properties.py" line="352" />
      <source>Middle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="266" />
      <source>Outline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="281" />
      <source>Outline width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="370" />
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="427" />
      <source>Page · %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="160" />
      <source>Position and size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="286" />
      <source>QR code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="338" />
      <source>Radius</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="328" />
      <source>Replace image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="232" />
      <location filename="src/omniprint/gui/designer/properties.py" line="348" />
      <source>Right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="176" />
      <source>Rotate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="184" />
      <source>Rotation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="337" />
      <source>Round corners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="310" />
      <source>Show the text under the bars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="299" />
      <location filename="src/omniprint/gui/designer/properties.py" line="313" />
      <source>Shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="254" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="323" />
      <source>Stretch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="188" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="244" />
      <location filename="src/omniprint/gui/designer/properties.py" line="351" />
      <source>Top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="312" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="192" />
      <source>Type here; insert fields with the button</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="183" />
      <source>Width, height</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="182" />
      <source>X, Y</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsCharts</name>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="139" />
      <source>Control zones: orders per 1,000 households</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="191" />
      <source>No A/B test: give a piece a second variant to compare two designs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="153" />
      <source>ROI %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="126" />
      <source>Response rate per zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="131" />
      <source>Responses per 1,000 pieces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="159" />
      <source>Responses since the drop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="150" />
      <source>Return on investment per zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="162" />
      <source>So far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="161" />
      <source>That day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="186" />
      <source>Variant A against B</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="173" />
      <source>days since the drop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="132" />
      <source>per 1,000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="174" />
      <source>responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="209" />
      <source>responses per 1,000 pieces</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="106" />
      <source>A control zone got nothing: its match-back orders show the baseline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="97" />
      <source>control zone</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="141" />
      <source>By zone and variant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="249" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="140" />
      <source>Charts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="144" />
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="143" />
      <source>Export PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="251" />
      <source>Export the results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="128" />
      <source>Filter: a zone, a name, a variant…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="179" />
      <source>Matching what came back…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="249" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="180" />
      <source>Reading the results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="145" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="102" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="131" />
      <source>Select rows and press Ctrl+C to paste them into a spreadsheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="255" />
      <source>Writing {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="270" />
      <source>Wrote {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="109" />
      <source>cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="110" />
      <source>cost per response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="107" />
      <source>responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="111" />
      <source>return on investment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="108" />
      <source>revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="229" />
      <source>{name}: {pieces} pieces, {visits} visits, {matchback} match-back orders</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="src/omniprint/gui/review.py" line="210" />
      <source>Accept the correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="375" />
      <source>Accepted {code} for “{typed}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="214" />
      <source>Assign this code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="376" />
      <source>Assigned the code to “{typed}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="185" />
      <source>Codes typed at the till or online that need a person: accept a suggested correction, assign the right code by hand, or dismiss what is not yours. Every decision is kept and can be undone; the results follow.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="215" />
      <source>Dismiss: not ours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="377" />
      <source>Dismissed “{typed}”: it is left out of the results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="194" />
      <source>Everything to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="346" />
      <source>From {file}, line {line} ({source} {kind} {key}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="289" />
      <source>Nothing waits for a decision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="264" />
      <source>Reading the uses to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="182" />
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="365" />
      <source>Saving your decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="224" />
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="216" />
      <source>Undo the decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="378" />
      <source>Undone: “{typed}” is back as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="287" />
      <source>Waiting for a decision: {parts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="212" />
      <source>a code you issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="351" />
      <source>“{typed}” is one typing error away from {code}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SelectionFrame</name>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="459" />
      <source>Resize</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="454" />
      <source>Rotate</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TaskProgress</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="130" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="159" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemplateGallery</name>
    <message>
      <location filename="src/omniprint/gui/designer/gallery.py" line="80" />
      <source>Start from a template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/gallery.py" line="104" />
      <source>The template is fitted to this piece's size. Your current design is replaced (Undo brings it back).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/gallery.py" line="113" />
      <source>Use template</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="46" />
      <source>&lt;li&gt;&lt;b&gt;Design&lt;/b&gt;: start from a template made for print.&lt;/li&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="43" />
      <source>&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt;: the campaign, its pieces, the zones and how many go to each.&lt;/li&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="47" />
      <source>&lt;li&gt;&lt;b&gt;Print&lt;/b&gt;: a checked, print-ready PDF with unique codes.&lt;/li&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="52" />
      <source>Create your first campaign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="33" />
      <source>Plan where your leaflets, flyers or cards go, design them, and print each one with its own QR link and coupon code, so you can see which street, which design and which offer brought customers in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="30" />
      <source>Printed marketing you can measure</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ZoneImportDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="51" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="63" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="57" />
      <source>Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="55" />
      <source>Cost / 1000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="54" />
      <source>Coverage %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="56" />
      <source>Drop date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="53" />
      <source>Households</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="71" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="45" />
      <source>Import zones from {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="63" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="52" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="73" />
      <source>Read the file again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="63" />
      <source>Why it cannot be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="113" />
      <source>control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="124" />
      <source>{count} rows cannot be imported, so nothing will be imported. Correct them in the file, save it, and read it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="100" />
      <source>{count} zones ready to import ({how}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ZonesModel</name>
    <message>
      <location filename="src/omniprint/gui/models.py" line="168" />
      <source>+ type a postcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="186" />
      <source>A control zone gets nothing, so the results can show the lift.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="195" />
      <source>control</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.crash</name>
    <message>
      <location filename="src/omniprint/gui/crash.py" line="61" />
      <source>OmniPrint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/crash.py" line="67" />
      <source>Something went wrong: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/crash.py" line="69" />
      <source>Your work is saved in the workspace file. The details are in the log:
{path}
If it happens again, send that file to support.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.imports.models</name>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="22" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="23" />
      <source>Already known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="19" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="25" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="20" />
      <source>Read as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="24" />
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="21" />
      <source>Rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="26" />
      <source>SHA-256</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.imports.wizard</name>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="45" />
      <source>comma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="51" />
      <source>day/month/year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="52" />
      <source>month/day/year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="46" />
      <source>semicolon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="47" />
      <source>tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="48" />
      <source>vertical bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="53" />
      <source>year-month-day</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.models</name>
    <message>
      <location filename="src/omniprint/gui/models.py" line="120" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="126" />
      <source>Control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="124" />
      <source>Cost / 1000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="123" />
      <source>Coverage %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="284" />
      <source>Distribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="125" />
      <source>Drop date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="122" />
      <source>Households</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="121" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="279" />
      <source>Piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="283" />
      <source>Print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="282" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="285" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="280" />
      <source>Variant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="281" />
      <source>Zone</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.plan.piece_dialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="25" />
      <source>Business card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="28" />
      <source>Door hanger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="26" />
      <source>Flyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="27" />
      <source>Leaflet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="29" />
      <source>Postcard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.print_page</name>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="44" />
      <source>Europe (3 mm bleed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="46" />
      <source>MOO (2 mm bleed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="40" />
      <source>Pieces: one per page, for online printers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="41" />
      <source>Press: sheets, cut and stack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="39" />
      <source>Proof: a few pieces to check, with guides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="45" />
      <source>US (1/8 inch bleed)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.results.model</name>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="54" />
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="56" />
      <source>Cost per response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="43" />
      <source>In store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="62" />
      <source>Match-back orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="34" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="45" />
      <source>Online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="36" />
      <source>Piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="39" />
      <source>Pieces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="60" />
      <source>ROI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="49" />
      <source>Response rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="47" />
      <source>Responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="52" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="37" />
      <source>Variant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="41" />
      <source>Visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="33" />
      <source>Zone</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>omniprint.gui.review</name>
    <message>
      <location filename="src/omniprint/gui/review.py" line="96" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="44" />
      <source>Assigned by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="93" />
      <source>Code typed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="99" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="45" />
      <source>Dismissed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="98" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="94" />
      <source>Issued code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="40" />
      <source>No code matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="41" />
      <source>One typing error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="43" />
      <source>Outside the dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="97" />
      <source>Store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="42" />
      <source>Used again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="92" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="95" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="48" />
      <source>accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="49" />
      <source>assigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="50" />
      <source>dismissed</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
