<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>BrandKitDialog</name>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="81" />
      <source>A save-contact QR (vCard) carries all of these; a card shows the handles with {{business.instagram}} and the like.</source>
      <translation>Un QR para guardar el contacto (vCard) lleva todo esto; una tarjeta muestra los usuarios con {{business.instagram}} y similares.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="159" />
      <source>Add a font</source>
      <translation>Añadir una fuente</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="114" />
      <source>Add font…</source>
      <translation>Añadir fuente…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="172" />
      <source>Added {family} {style}: choose it in any text's font list.</source>
      <translation>{family} {style} añadida: elígela en la lista de fuentes de cualquier texto.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="110" />
      <source>Brand fonts (TrueType .ttf, embedded in every print file)</source>
      <translation>Fuentes de marca (TrueType .ttf, incrustadas en todos los archivos de imprenta)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="66" />
      <source>Brand kit</source>
      <translation>Kit de marca</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="68" />
      <source>Business details (printed by the business fields)</source>
      <translation>Datos del negocio (los imprimen los campos del negocio)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="131" />
      <source>Colours of this design</source>
      <translation>Colores de este diseño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="159" />
      <source>Fonts (*.ttf *.otf)</source>
      <translation>Fuentes (*.ttf *.otf)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="141" />
      <source>No colours yet.</source>
      <translation>Todavía no hay colores.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="153" />
      <source>None yet: the bundled Lato, Roboto Condensed and Vollkorn.</source>
      <translation>Ninguna aún: las incluidas Lato, Roboto Condensed y Vollkorn.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="117" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="69" />
      <source>Social profiles: @handle or the link</source>
      <translation>Redes sociales: @usuario o el enlace</translation>
    </message>
  </context>
  <context>
    <name>BudgetBar</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="146" />
      <source>{spent} (no budget set)</source>
      <translation>{spent} (sin presupuesto)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="152" />
      <source>{spent} of {budget} ({share})</source>
      <translation>{spent} de {budget} ({share})</translation>
    </message>
  </context>
  <context>
    <name>BusinessDialog</name>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="142" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="138" />
      <source>Business name</source>
      <translation>Nombre del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="143" />
      <source>Contact person</source>
      <translation>Persona de contacto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="140" />
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="147" />
      <source>Google Business profile</source>
      <translation>Perfil de Google Business</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="144" />
      <source>Job title</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="145" />
      <source>Mobile</source>
      <translation>Móvil</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="139" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="154" />
      <source>Printed on your pieces wherever a design shows them.</source>
      <translation>Se imprimen en tus piezas donde el diseño los muestre.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="141" />
      <source>Website</source>
      <translation>Sitio web</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="146" />
      <source>WhatsApp</source>
      <translation>WhatsApp</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="132" />
      <source>Your business</source>
      <translation>Tu negocio</translation>
    </message>
  </context>
  <context>
    <name>CampaignDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="78" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="89" />
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="52" />
      <source>Campaign details</source>
      <translation>Datos de la campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="92" />
      <source>Count sales for</source>
      <translation>Contar ventas durante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="90" />
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="88" />
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="86" />
      <source>Landing page</source>
      <translation>Página de destino</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="85" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="52" />
      <source>New campaign</source>
      <translation>Nueva campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="93" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="91" />
      <source>Short links base</source>
      <translation>Base de los enlaces cortos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="70" />
      <source>Short links on your own site make smaller QR codes. Leave empty to print the full link.</source>
      <translation>Los enlaces cortos en tu propia web dan códigos QR más pequeños. Déjalo vacío para imprimir el enlace completo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="57" />
      <source>Spring offer 2027</source>
      <translation>Oferta de primavera 2027</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="87" />
      <source>Starts</source>
      <translation>Empieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="63" />
      <source>for example 1500 or 1500,50</source>
      <translation>por ejemplo 1500 o 1500,50</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="59" />
      <source>https://www.your-shop.com/offer</source>
      <translation>https://www.tu-tienda.com/oferta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/campaign_dialog.py" line="68" />
      <source>optional, e.g. https://your-shop.com/r/</source>
      <translation>opcional, p. ej. https://tu-tienda.com/r/</translation>
    </message>
  </context>
  <context>
    <name>ChannelsPage</name>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="282" />
      <source>(same name: counted)</source>
      <translation>(mismo nombre: contada)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="159" />
      <source>Ad campaigns counted for this campaign</source>
      <translation>Campañas de anuncios contadas para esta campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="226" />
      <source>Adding up the channels…</source>
      <translation>Sumando los canales…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="132" />
      <source>Channels</source>
      <translation>Canales</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="138" />
      <source>Costs with no export: radio, posters, a stand at a fair</source>
      <translation>Costes sin exportación: radio, carteles, un stand en una feria</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="136" />
      <source>Costs…</source>
      <translation>Costes…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="295" />
      <source>Linking ad campaigns</source>
      <translation>Vinculando campañas de anuncios</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="271" />
      <source>Paths that cross channels</source>
      <translation>Recorridos que cruzan canales</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="226" />
      <source>Reading the channels</source>
      <translation>Leyendo los canales</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="134" />
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="163" />
      <source>Tick an ad campaign to count its spend here. Ad campaigns named like the campaign's slug count by themselves.</source>
      <translation>Marca una campaña de anuncios para contar aquí su gasto. Las campañas de anuncios que se llaman como el identificador de la campaña cuentan solas.</translation>
    </message>
  </context>
  <context>
    <name>ChannelsTable</name>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="78" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>CodesBox</name>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="147" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="126" />
      <source>Cancelled: no codes were issued.</source>
      <translation>Cancelado: no se emitió ningún código.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="68" />
      <source>Check</source>
      <translation>Comprobar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="94" />
      <source>Check a code</source>
      <translation>Comprobar un código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="74" />
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="48" />
      <source>Coupon codes and links</source>
      <translation>Códigos de cupón y enlaces</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="147" />
      <source>Export codes</source>
      <translation>Exportar códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="61" />
      <source>Export codes…</source>
      <translation>Exportar códigos…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="158" />
      <source>Export redirects</source>
      <translation>Exportar redirecciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="65" />
      <source>Export redirects…</source>
      <translation>Exportar redirecciones…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="151" />
      <source>Exporting codes</source>
      <translation>Exportando códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="163" />
      <source>Exporting redirects</source>
      <translation>Exportando redirecciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="57" />
      <source>Generate codes</source>
      <translation>Generar códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="116" />
      <source>Generating codes</source>
      <translation>Generando códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="59" />
      <source>Issue a unique code for every planned drop that has none yet.</source>
      <translation>Emite un código único para cada reparto planificado que aún no tenga.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="199" />
      <source>Not a valid code: a character is wrong or missing.</source>
      <translation>No es un código válido: hay un carácter incorrecto o falta uno.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="197" />
      <source>Not issued. Did you mean {code}? ({where})</source>
      <translation>No emitido. ¿Querías decir {code}? ({where})</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="75" />
      <source>Prefix</source>
      <translation>Prefijo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="88" />
      <source>Short links</source>
      <translation>Enlaces cortos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="82" />
      <source>Till / web shop</source>
      <translation>Caja / tienda en línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="198" />
      <source>Well formed, but never issued in this workspace.</source>
      <translation>Bien formado, pero nunca emitido en este espacio de trabajo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="67" />
      <source>a code a customer brought</source>
      <translation>un código que trajo un cliente</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="189" />
      <source>campaign {campaign}, {piece} {variant}, zone {zone}, no. {serial}</source>
      <translation>campaña {campaign}, {piece} {variant}, zona {zone}, n.º {serial}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="53" />
      <source>one code per drop</source>
      <translation>un código por reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="52" />
      <source>one code per printed piece</source>
      <translation>un código por pieza impresa</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="55" />
      <source>optional, e.g. SPR</source>
      <translation>opcional, p. ej. SPR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/codes_box.py" line="196" />
      <source>✔ Valid: {code} ({where})</source>
      <translation>✔ Válido: {code} ({where})</translation>
    </message>
  </context>
  <context>
    <name>ColorEditor</name>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="138" />
      <source>Brand / design colour</source>
      <translation>Color de marca / del diseño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="111" />
      <source>None</source>
      <translation>Ninguno</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="102" />
      <source>{letter} in percent</source>
      <translation>{letter} en porcentaje</translation>
    </message>
  </context>
  <context>
    <name>CostChart</name>
    <message>
      <location filename="src/omniprint/gui/channels/page.py" line="84" />
      <source>Cost per response by channel</source>
      <translation>Coste por respuesta por canal</translation>
    </message>
  </context>
  <context>
    <name>CostsDialog</name>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="106" />
      <source>Add a cost</source>
      <translation>Añadir un coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="102" />
      <source>Add cost</source>
      <translation>Añadir coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="68" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="113" />
      <source>Amount ({currency})</source>
      <translation>Importe ({currency})</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="67" />
      <location filename="src/omniprint/gui/channels/costs.py" line="110" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="228" />
      <source>Choose the cost to remove in the list.</source>
      <translation>Elige en la lista el coste que quieres quitar.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="61" />
      <source>Costs with no export</source>
      <translation>Costes sin exportación</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="70" />
      <location filename="src/omniprint/gui/channels/costs.py" line="117" />
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="90" />
      <source>Fair stand</source>
      <translation>Stand en feria</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="66" />
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="197" />
      <source>Name the channel this cost is for.</source>
      <translation>Indica el canal de este coste.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="82" />
      <source>No costs added yet.</source>
      <translation>Aún no hay costes añadidos.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="71" />
      <location filename="src/omniprint/gui/channels/costs.py" line="118" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="90" />
      <source>Posters</source>
      <translation>Carteles</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="90" />
      <source>Radio</source>
      <translation>Radio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="95" />
      <source>Radio, a piece, google / cpc…</source>
      <translation>Radio, una pieza, google / cpc…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="84" />
      <source>Remove the selected cost</source>
      <translation>Quitar el coste elegido</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="69" />
      <location filename="src/omniprint/gui/channels/costs.py" line="116" />
      <source>Starts</source>
      <translation>Empieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="202" />
      <source>Type the amount.</source>
      <translation>Escribe el importe.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="97" />
      <source>for example 200 or 199,90</source>
      <translation>por ejemplo 200 o 199,90</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/costs.py" line="101" />
      <source>optional</source>
      <translation>opcional</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="170" />
      <source>not set</source>
      <translation>sin fijar</translation>
    </message>
  </context>
  <context>
    <name>DesignPage</name>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="118" />
      <source>Add a piece on the Plan page first: then design it here.</source>
      <translation>Primero añade una pieza en la página Plan; después diséñala aquí.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="250" />
      <location filename="src/omniprint/gui/design_page.py" line="271" />
      <source>Design files (*.json)</source>
      <translation>Archivos de diseño (*.json)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="72" />
      <source>Design of</source>
      <translation>Diseño de</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="269" />
      <source>Export the design</source>
      <translation>Exportar el diseño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="68" />
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="250" />
      <source>Import a design</source>
      <translation>Importar un diseño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="255" />
      <source>Imported the design from {file}.</source>
      <translation>Diseño importado de {file}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="67" />
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="70" />
      <source>One card per person: the people of this piece</source>
      <translation>Una tarjeta por persona: las personas de esta pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="69" />
      <source>People…</source>
      <translation>Personas…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="66" />
      <source>Start from template</source>
      <translation>Empezar con plantilla</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="126" />
      <source>The design canvas is coming in the next version.

Meanwhile, start the design from a template above, or import a design file; the Print page shows how it prints.</source>
      <translation>El lienzo de diseño llega en la próxima versión.

Mientras tanto, empieza el diseño con una plantilla de arriba o importa un archivo de diseño; la página Impresión muestra cómo se imprime.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="236" />
      <source>The design now starts from “{name}”.</source>
      <translation>El diseño ahora parte de «{name}».</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/design_page.py" line="276" />
      <source>Wrote the design to {file}.</source>
      <translation>Diseño guardado en {file}.</translation>
    </message>
  </context>
  <context>
    <name>DesignScene</name>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="229" />
      <source>Move</source>
      <translation>Mover</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="241" />
      <source>Nudge</source>
      <translation>Desplazar</translation>
    </message>
  </context>
  <context>
    <name>Designer</name>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="78" />
      <source>(screen {rgb})</source>
      <translation>(pantalla {rgb})</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/items.py" line="306" />
      <source>Image missing</source>
      <translation>Falta la imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/items.py" line="269" />
      <source>QR: no data</source>
      <translation>QR: sin datos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="75" />
      <source>RGB {rgb} (no CMYK: converted for press)</source>
      <translation>RGB {rgb} (sin CMYK: se convierte para imprenta)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="313" />
      <source>Rotate (Shift: steps of 15°)</source>
      <translation>Girar (Mayús: pasos de 15°)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/items.py" line="249" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="73" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/items.py" line="282" />
      <source>{symbology}: cannot encode</source>
      <translation>{symbology}: no se puede codificar</translation>
    </message>
  </context>
  <context>
    <name>DesignerWidget</name>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="227" />
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="238" />
      <source>5 mm grid; elements snap to it</source>
      <translation>Cuadrícula de 5 mm; los elementos se ajustan a ella</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="345" />
      <source>Add %s</source>
      <translation>Añadir %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="291" />
      <source>Add back</source>
      <translation>Añadir dorso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="284" />
      <source>Add back side</source>
      <translation>Añadir el dorso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="545" />
      <source>All changes saved in the workspace.</source>
      <translation>Todos los cambios guardados en el espacio de trabajo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="468" />
      <source>Arrange</source>
      <translation>Organizar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="190" />
      <location filename="src/omniprint/gui/designer/widget.py" line="291" />
      <source>Back</source>
      <translation>Dorso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="234" />
      <source>Bleed (red), trim (green) and safe area (blue)</source>
      <translation>Sangrado (rojo), corte (verde) y zona segura (azul)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="203" />
      <source>Brand kit…</source>
      <translation>Kit de marca…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="119" />
      <source>Changes are saved in the workspace as you make them.</source>
      <translation>Los cambios se guardan en el espacio de trabajo a medida que los haces.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="453" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="137" />
      <source>Design</source>
      <translation>Diseño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="433" />
      <source>Duplicate</source>
      <translation>Duplicar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="226" />
      <source>Fit</source>
      <translation>Encajar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="189" />
      <source>Front</source>
      <translation>Anverso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="236" />
      <source>Grid</source>
      <translation>Cuadrícula</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="231" />
      <source>Guides</source>
      <translation>Guías</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="336" />
      <location filename="src/omniprint/gui/designer/widget.py" line="386" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="148" />
      <source>Layers</source>
      <translation>Capas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="542" />
      <source>Not saved: %s</source>
      <translation>No guardado: %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="428" />
      <source>Paste</source>
      <translation>Pegar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="336" />
      <source>Place an image</source>
      <translation>Colocar una imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="380" />
      <source>Place image</source>
      <translation>Colocar imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="149" />
      <source>Preflight</source>
      <translation>Comprobación previa</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="138" />
      <source>Proof</source>
      <translation>Prueba</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="599" />
      <source>Ready for press: no problems found.</source>
      <translation>Listo para imprenta: no se encontraron problemas.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="209" />
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="386" />
      <location filename="src/omniprint/gui/designer/widget.py" line="396" />
      <source>Replace image</source>
      <translation>Sustituir la imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="533" />
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="240" />
      <source>Snap</source>
      <translation>Ajustar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="244" />
      <source>Snap to guides, page edges and other elements (hold Alt while dragging to not snap)</source>
      <translation>Ajustar a guías, bordes de la página y otros elementos (mantén Alt al arrastrar para no ajustar)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="199" />
      <source>Templates…</source>
      <translation>Plantillas…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="228" />
      <source>True size on this screen (Ctrl+1)</source>
      <translation>Tamaño real en esta pantalla (Ctrl+1)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="207" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="512" />
      <source>Use template</source>
      <translation>Usar plantilla</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="226" />
      <source>Whole page (Ctrl+0)</source>
      <translation>Página entera (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="219" />
      <source>Zoom in (Ctrl++)</source>
      <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/widget.py" line="219" />
      <source>Zoom out (Ctrl+−)</source>
      <translation>Alejar (Ctrl+−)</translation>
    </message>
  </context>
  <context>
    <name>DropDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="80" />
      <source>Choose a piece and at least one zone.</source>
      <translation>Elige una pieza y al menos una zona.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="59" />
      <source>Control zones are not listed: they get nothing.</source>
      <translation>Las zonas de control no aparecen: no reciben nada.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="55" />
      <source>Piece</source>
      <translation>Pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="57" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="34" />
      <source>Send a piece to zones</source>
      <translation>Enviar una pieza a zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="56" />
      <source>Zones</source>
      <translation>Zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="52" />
      <source>households x coverage</source>
      <translation>hogares x cobertura</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/drop_dialog.py" line="88" />
      <source>{problem}, or empty for the default.</source>
      <translation>{problem}, o déjelo vacío para usar el valor por defecto.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="63" />
      <source>There is already a piece called {name} of another kind or size: give the new piece another name.</source>
      <translation>Ya hay una pieza llamada {name} de otro tipo o tamaño: ponle otro nombre a la nueva pieza.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="53" />
      <source>This campaign has no codes yet: press Generate codes on its Plan page first.</source>
      <translation>Esta campaña aún no tiene códigos: pulsa antes Generar códigos en su página Plan.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="47" />
      <source>This campaign sends nothing anywhere yet: add a drop with Send to zones… (under Drops: what goes where), then generate its codes.</source>
      <translation>Esta campaña aún no envía nada a ningún sitio: añade un reparto con Enviar a zonas… (en Repartos: qué va a cada sitio) y luego genera sus códigos.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="57" />
      <source>This campaign's QR codes carry the full link, so there are no redirects to export; to use short links, set a Short links base with Edit details…</source>
      <translation>Los códigos QR de esta campaña llevan el enlace completo, así que no hay redirecciones que exportar; para usar enlaces cortos, pon una Base de los enlaces cortos con Editar datos…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="69" />
      <source>Zone {zone} has no households to reach: type the quantity to send there.</source>
      <translation>La zona {zone} no tiene hogares a los que llegar: escribe la cantidad que enviar allí.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="472" />
      <source>A first guess from the column names and values is filled in: check it.</source>
      <translation>Se ha rellenado una primera propuesta a partir de los nombres y los valores de las columnas: revísala.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="261" />
      <source>Add exports to import</source>
      <translation>Añade exportaciones para importar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="93" />
      <source>Add files…</source>
      <translation>Añadir archivos…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="680" />
      <source>Already imported: {files}.</source>
      <translation>Ya importados: {files}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="176" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="196" />
      <source>As in the file</source>
      <translation>Como en el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="194" />
      <source>As it will be imported</source>
      <translation>Como se importará</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="219" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="507" />
      <source>Change a column and read the file again to check it.</source>
      <translation>Cambia una columna y vuelve a leer el archivo para comprobarlo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="175" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="181" />
      <source>Column</source>
      <translation>Columna</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="129" />
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="130" />
      <source>Decimal mark</source>
      <translation>Separador decimal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="484" />
      <source>Every date in column “{column}” could be day-first or month-first. Choose the order of the dates above.</source>
      <translation>Todas las fechas de la columna «{column}» pueden ser con el día primero o con el mes primero. Elige arriba el orden de las fechas.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="97" />
      <source>Files</source>
      <translation>Archivos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="216" />
      <location filename="src/omniprint/gui/imports/wizard.py" line="610" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="676" />
      <source>Import cancelled: nothing from {file} was written.</source>
      <translation>Importación cancelada: no se guardó nada de {file}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="81" />
      <source>Import what came back</source>
      <translation>Importar lo que ha vuelto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="641" />
      <source>Importing {file}</source>
      <translation>Importando {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="650" />
      <source>Importing {file}…</source>
      <translation>Importando {file}…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="175" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="126" />
      <source>Layout</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="175" />
      <location filename="src/omniprint/gui/imports/wizard.py" line="181" />
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="117" />
      <source>Name the shop or account this file comes from when you import exports of two shops or accounts: their orders never mix. Remembered for files with the same columns.</source>
      <translation>Ponga nombre a la tienda o cuenta de la que viene este archivo cuando importe exportaciones de dos tiendas o cuentas: sus pedidos nunca se mezclan. Se recuerda para los archivos con las mismas columnas.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="478" />
      <source>No column looks like a coupon code, an order or receipt number or a UTM value: is it the right export?</source>
      <translation>Ninguna columna parece un código de cupón, un número de pedido o de recibo ni un valor UTM: ¿es la exportación correcta?</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="465" />
      <source>OmniPrint does not know this layout. Say which column holds the date and which the code (or the order or receipt number), then “Read again”. It is remembered for files with the same columns.</source>
      <translation>OmniPrint no conoce este formato. Indica qué columna tiene la fecha y cuál el código (o el número de pedido o de ticket) y pulsa «Volver a leer». Se recordará para los archivos con las mismas columnas.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="176" />
      <source>Order</source>
      <translation>Pedido</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="176" />
      <source>Postcode</source>
      <translation>Código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="562" />
      <source>Press “Read again” to check the file with these.</source>
      <translation>Pulsa «Volver a leer» para comprobar el archivo con estos ajustes.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="153" />
      <source>Read again with these columns</source>
      <translation>Volver a leer con estas columnas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="334" />
      <source>Reading stopped.</source>
      <translation>Lectura detenida.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="296" />
      <source>Reading {file}</source>
      <translation>Leyendo {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="195" />
      <source>Refused rows</source>
      <translation>Filas rechazadas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="539" />
      <source>Refused rows ({n})</source>
      <translation>Filas rechazadas ({n})</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="535" />
      <source>Refused rows ({n}; the first {shown} shown)</source>
      <translation>Filas rechazadas ({n}; se muestran las {shown} primeras)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="181" />
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="131" />
      <source>Rows</source>
      <translation>Filas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="128" />
      <source>Separator</source>
      <translation>Separador</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="132" />
      <source>Shop or account</source>
      <translation>Tienda o cuenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="176" />
      <source>Store</source>
      <translation>Tienda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="127" />
      <source>Text encoding</source>
      <translation>Codificación del texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="124" />
      <source>What OmniPrint recognised</source>
      <translation>Lo que OmniPrint ha reconocido</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="175" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="157" />
      <source>Which column is which</source>
      <translation>Qué columna es cada cosa</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="181" />
      <source>Why it is refused</source>
      <translation>Por qué se rechaza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="359" />
      <source>already imported</source>
      <translation>ya importado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="104" />
      <source>as the file shows</source>
      <translation>como lo muestra el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="348" />
      <source>cancelled: nothing written</source>
      <translation>cancelado: no se escribió nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="391" />
      <source>comma (12,50)</source>
      <translation>coma (12,50)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="349" />
      <source>failed</source>
      <translation>falló</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="360" />
      <source>imported: {n} added</source>
      <translation>importado: {n} añadidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="347" />
      <source>importing…</source>
      <translation>importando…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="452" />
      <source>left empty, {name} is used (remembered for these columns)</source>
      <translation>si se deja vacío, se usa {name} (recordado para estas columnas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="346" />
      <source>needs your help</source>
      <translation>necesita tu ayuda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="392" />
      <source>no decimals seen</source>
      <translation>no se vieron decimales</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="383" />
      <source>not recognised</source>
      <translation>no reconocido</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="115" />
      <location filename="src/omniprint/gui/imports/wizard.py" line="456" />
      <source>optional: a name for this shop or account</source>
      <translation>opcional: un nombre para esta tienda o cuenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="391" />
      <source>point (12.50)</source>
      <translation>punto (12.50)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="345" />
      <source>reading…</source>
      <translation>leyendo…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="382" />
      <source>{preset} (your columns)</source>
      <translation>{preset} (tus columnas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="352" />
      <source>{preset}: {records}; refused: {bad}</source>
      <translation>{preset}: {records}; rechazadas: {bad}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/wizard.py" line="499" />
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>ImportsPage</name>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="165" />
      <source>Exports (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>Exportaciones (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="54" />
      <source>Import files…</source>
      <translation>Importar archivos…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="114" />
      <source>Import till or web shop exports</source>
      <translation>Importar exportaciones de la caja o de la tienda en línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="45" />
      <source>Import what came back</source>
      <translation>Importar lo que ha vuelto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="68" />
      <source>Nothing imported yet. Drop your till or web shop exports here.</source>
      <translation>Todavía no se ha importado nada. Suelta aquí las exportaciones de tu caja o tienda en línea.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="127" />
      <source>Remove an import</source>
      <translation>Quitar una importación</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="60" />
      <source>Remove this import…</source>
      <translation>Quitar esta importación…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="139" />
      <source>Removing {file}</source>
      <translation>Quitando {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="164" />
      <source>Save the original file</source>
      <translation>Guardar el archivo original</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="61" />
      <source>Save the original…</source>
      <translation>Guardar el original…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="179" />
      <source>Saved {file} as it was imported.</source>
      <translation>{file} guardado tal como se importó.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="170" />
      <source>Saving {file}</source>
      <translation>Guardando {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="47" />
      <source>Till and web shop exports (Shopify, WooCommerce, Square, Stripe, Loyverse, GA4, or any list of dates and codes). Drop the files anywhere on this window, or choose them. Importing the same file twice adds nothing; removing an import takes out everything that came from it, and nothing else.</source>
      <translation>Exportaciones de la caja y de la tienda en línea (Shopify, WooCommerce, Square, Stripe, Loyverse, GA4 o cualquier lista de fechas y códigos). Suelta los archivos en cualquier parte de esta ventana, o elígelos. Importar dos veces el mismo archivo no añade nada; quitar una importación elimina todo lo que vino de ella, y nada más.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/page.py" line="63" />
      <source>Write the file as it was imported (UTF-8), to check a row or import it again</source>
      <translation>Escribe el archivo tal como se importó (UTF-8), para revisar una fila o importarlo de nuevo</translation>
    </message>
  </context>
  <context>
    <name>LayersModel</name>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="106" />
      <source>Double-click to rename</source>
      <translation>Doble clic para cambiar el nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="149" />
      <source>Hide</source>
      <translation>Ocultar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="101" />
      <location filename="src/omniprint/gui/designer/layers.py" line="155" />
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="105" />
      <source>Locked: cannot be selected on the canvas or moved</source>
      <translation>Bloqueado: no se puede seleccionar en el lienzo ni mover</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="101" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="158" />
      <source>Rename</source>
      <translation>Cambiar nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="101" />
      <location filename="src/omniprint/gui/designer/layers.py" line="149" />
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="104" />
      <source>Shown and printed</source>
      <translation>Se muestra y se imprime</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="155" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
  </context>
  <context>
    <name>LayersPanel</name>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="202" />
      <location filename="src/omniprint/gui/designer/layers.py" line="267" />
      <source>Bring forward</source>
      <translation>Traer adelante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="212" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="207" />
      <location filename="src/omniprint/gui/designer/layers.py" line="267" />
      <source>Send backward</source>
      <translation>Enviar atrás</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="src/omniprint/gui/app.py" line="463" />
      <source>&amp;About OmniPrint</source>
      <translation>&amp;Acerca de OmniPrint</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="452" />
      <source>&amp;Actual Size</source>
      <translation>&amp;Tamaño real</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="427" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="430" />
      <source>&amp;Duplicate</source>
      <translation>D&amp;uplicar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="417" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="403" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="461" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="409" />
      <source>&amp;Import Exports…</source>
      <translation>&amp;Importar exportaciones…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="404" />
      <source>&amp;New Workspace…</source>
      <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="405" />
      <source>&amp;Open Workspace…</source>
      <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="428" />
      <source>&amp;Paste</source>
      <translation>&amp;Pegar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="414" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="420" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="418" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="447" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="622" />
      <source>&lt;h3&gt;OmniPrint {version}&lt;/h3&gt;&lt;p&gt;Plan, design, print and measure printed marketing, offline.&lt;/p&gt;&lt;p&gt;Your workspace: {path}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;OmniPrint {version}&lt;/h3&gt;&lt;p&gt;Planifica, diseña, imprime y mide tu publicidad impresa, sin conexión.&lt;/p&gt;&lt;p&gt;Tu espacio de trabajo: {path}&lt;/p&gt;&lt;p&gt;Registros: {logs}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="621" />
      <source>About OmniPrint</source>
      <translation>Acerca de OmniPrint</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="355" />
      <source>Already imported before: {names}.</source>
      <translation>Ya se importaron antes: {names}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="637" />
      <source>An export or an import is still running. Stop it and quit?</source>
      <translation>Todavía hay una exportación o una importación en curso. ¿Detenerla y salir?</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="535" />
      <source>Campaign “{name}” created. Next: add a piece and the zones it goes to.</source>
      <translation>Campaña «{name}» creada. Ahora: añade una pieza y las zonas a las que va.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="140" />
      <source>Campaigns</source>
      <translation>Campañas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="225" />
      <source>Channels</source>
      <translation>Canales</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="475" />
      <source>Clear the List</source>
      <translation>Vaciar la lista</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="426" />
      <source>Cu&amp;t</source>
      <translation>Cor&amp;tar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="433" />
      <source>De&amp;lete</source>
      <translation>E&amp;liminar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="220" />
      <source>Design</source>
      <translation>Diseño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="222" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="565" />
      <source>Making the sample workspace</source>
      <translation>Creando el espacio de trabajo de ejemplo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="410" />
      <source>New &amp;Campaign…</source>
      <translation>Nueva ca&amp;mpaña…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="136" />
      <source>New campaign…</source>
      <translation>Nueva campaña…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="549" />
      <source>New workspace</source>
      <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="406" />
      <source>Open &amp;Recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="587" />
      <source>Open a workspace</source>
      <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="462" />
      <source>Open the &amp;Log Folder</source>
      <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="412" />
      <source>Open the &amp;Sample</source>
      <translation>Abrir el &amp;ejemplo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="219" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="441" />
      <source>Pre&amp;ferences…</source>
      <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="221" />
      <source>Print</source>
      <translation>Impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="224" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="223" />
      <source>Review</source>
      <translation>Revisar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="407" />
      <source>Save a &amp;Copy…</source>
      <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="605" />
      <source>Save a copy</source>
      <translation>Guardar una copia</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="614" />
      <source>Saved a copy of the workspace as {path}</source>
      <translation>Copia del espacio de trabajo guardada como {path}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="436" />
      <source>Select &amp;All</source>
      <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="455" />
      <source>Show &amp;Guides</source>
      <translation>Mostrar &amp;guías</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="458" />
      <source>Show G&amp;rid</source>
      <translation>Mostrar c&amp;uadrícula</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="636" />
      <source>Work in progress</source>
      <translation>En preparación</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="116" />
      <source>Workspace: {path}</source>
      <translation>Espacio de trabajo: {path}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="411" />
      <source>Your &amp;Business…</source>
      <translation>Tu ne&amp;gocio…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="449" />
      <source>Zoom &amp;In</source>
      <translation>&amp;Acercar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="450" />
      <source>Zoom &amp;Out</source>
      <translation>A&amp;lejar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="451" />
      <source>Zoom to &amp;Fit</source>
      <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="115" />
      <source>{name} — OmniPrint</source>
      <translation>{name} — OmniPrint</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/app.py" line="361" />
      <source>{n} of them match no campaign, so they show in no campaign's results: check that the file's code column holds the codes you printed (or its links your campaign's links) and that those codes were generated in this workspace.</source>
      <translation>{n} de ellos no coinciden con ninguna campaña, así que no salen en los resultados de ninguna: comprueba que la columna del código del archivo tenga los códigos que imprimiste (o sus enlaces, los de tu campaña) y que esos códigos se generaran en este espacio de trabajo.</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="97" />
      <source>Hide this message</source>
      <translation>Ocultar este mensaje</translation>
    </message>
  </context>
  <context>
    <name>Palette</name>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="103" />
      <source>Add a barcode of the coupon code</source>
      <translation>Añadir un código de barras del código de cupón</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="101" />
      <source>Add a line</source>
      <translation>Añadir una línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="99" />
      <source>Add a rectangle</source>
      <translation>Añadir un rectángulo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="97" />
      <source>Add a text box</source>
      <translation>Añadir un cuadro de texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="100" />
      <source>Add an ellipse or circle</source>
      <translation>Añadir una elipse o un círculo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="102" />
      <source>Add the tracked QR code</source>
      <translation>Añadir el código QR con seguimiento</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="104" />
      <source>Add the unique coupon code</source>
      <translation>Añadir el código de cupón único</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="103" />
      <source>Barcode</source>
      <translation>Código de barras</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="99" />
      <source>Box</source>
      <translation>Rectángulo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="104" />
      <source>Coupon</source>
      <translation>Cupón</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="100" />
      <source>Ellipse</source>
      <translation>Elipse</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="98" />
      <source>Image</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="101" />
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="98" />
      <source>Place a PNG or JPEG picture (or drop one here)</source>
      <translation>Coloca una imagen PNG o JPEG (o suéltala aquí)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="102" />
      <source>QR code</source>
      <translation>Código QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/palette.py" line="97" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="59" />
      <source>A CSV with the columns name, title, mobile and e-mail (or nombre, cargo, móvil, correo): one card design merged per person, the print run shared out among them. Without people, the card is the business contact's.</source>
      <translation>Un CSV con las columnas nombre, cargo, móvil y correo (o name, title, mobile, e-mail): un mismo diseño de tarjeta por persona, con la tirada repartida entre ellas. Sin personas, la tarjeta es la del contacto del negocio.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="127" />
      <source>CSV files (*.csv *.txt)</source>
      <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="70" />
      <source>Clear the list</source>
      <translation>Vaciar la lista</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="53" />
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="68" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="69" />
      <source>Keep the list</source>
      <translation>Mantener la lista</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="53" />
      <source>Mobile</source>
      <translation>Móvil</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="53" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="118" />
      <source>No people: the card prints the business contact.</source>
      <translation>Sin personas: la tarjeta lleva el contacto del negocio.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="127" />
      <source>People for the cards</source>
      <translation>Personas para las tarjetas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="48" />
      <source>People on the cards</source>
      <translation>Personas de las tarjetas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="67" />
      <source>Read a CSV…</source>
      <translation>Leer un CSV…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="53" />
      <source>Title</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/people_dialog.py" line="142" />
      <source>{file}: {count} rows cannot be imported, so nothing will be imported. Correct them in the file, save it, and read it again.</source>
      <translation>{file}: {count} filas no se pueden importar, así que no se importará nada. Corrígelas en el archivo, guárdalo y vuelve a leerlo.</translation>
    </message>
  </context>
  <context>
    <name>PieceDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="66" />
      <source>A standard size, or width x height in mm such as 99x210</source>
      <translation>Un tamaño estándar, o ancho x alto en mm, como 99x210</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="56" />
      <source>Add a piece</source>
      <translation>Añadir una pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="56" />
      <source>Add a variant</source>
      <translation>Añadir una variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="77" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="78" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="124" />
      <source>Press OK again to keep this size.</source>
      <translation>Pulsa OK otra vez para mantener este tamaño.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="79" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="81" />
      <source>Unit cost</source>
      <translation>Coste unitario</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="80" />
      <source>Variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="63" />
      <source>optional: the kind's name</source>
      <translation>opcional: el nombre del tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="73" />
      <source>print price per piece, e.g. 0,045</source>
      <translation>precio de impresión por pieza, p. ej. 0,045</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="391" />
      <source>Add a piece and some zones first.</source>
      <translation>Primero añade una pieza y algunas zonas.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="95" />
      <source>Add piece…</source>
      <translation>Añadir pieza…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="96" />
      <source>Add variant…</source>
      <translation>Añadir variante…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="107" />
      <source>Add zone</source>
      <translation>Añadir zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="97" />
      <source>An A/B version of the selected piece</source>
      <translation>Una versión A/B de la pieza seleccionada</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="353" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="295" />
      <source>Control zones: {codes}</source>
      <translation>Zonas de control: {codes}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="133" />
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="270" />
      <source>Distribution</source>
      <translation>Reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="123" />
      <source>Drops: what goes where</source>
      <translation>Repartos: qué va a cada sitio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="78" />
      <source>Edit details…</source>
      <translation>Editar datos…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="108" />
      <source>Import CSV…</source>
      <translation>Importar CSV…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="353" />
      <source>Import zones</source>
      <translation>Importar zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="87" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="297" />
      <source>No drop yet: {codes}</source>
      <translation>Todavía sin reparto: {codes}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="282" />
      <source>Over budget by {amount}</source>
      <translation>Por encima del presupuesto en {amount}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="87" />
      <source>Piece</source>
      <translation>Pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="98" />
      <location filename="src/omniprint/gui/plan/page.py" line="268" />
      <source>Pieces</source>
      <translation>Piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="269" />
      <source>Print</source>
      <translation>Impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="122" />
      <source>Remove drop</source>
      <translation>Quitar reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="109" />
      <source>Remove zone</source>
      <translation>Quitar zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="334" />
      <source>Select the piece to add a variant to.</source>
      <translation>Selecciona la pieza a la que añadir una variante.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="121" />
      <source>Send to zones…</source>
      <translation>Enviar a zonas…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="280" />
      <source>Set a budget in the campaign's details to follow spending.</source>
      <translation>Pon un presupuesto en los datos de la campaña para seguir el gasto.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="87" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="271" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="88" />
      <source>Unit cost</source>
      <translation>Coste unitario</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="87" />
      <source>Variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="110" />
      <source>Zones</source>
      <translation>Zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/page.py" line="286" />
      <source>{amount} left</source>
      <translation>Quedan {amount}</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="58" />
      <source>A new language is used from the next start of OmniPrint.</source>
      <translation>El nuevo idioma se usa a partir del próximo inicio de OmniPrint.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="31" />
      <source>As the system</source>
      <translation>Como el sistema</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="42" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="37" />
      <source>Europe: 3 mm bleed</source>
      <translation>Europa: 3 mm de sangrado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="35" />
      <source>Inches</source>
      <translation>Pulgadas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="54" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="39" />
      <source>MOO: 2 mm bleed</source>
      <translation>MOO: 2 mm de sangrado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="34" />
      <source>Millimetres</source>
      <translation>Milímetros</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="67" />
      <source>OmniPrint workspaces (*.omniprint)</source>
      <translation>Espacios de trabajo de OmniPrint (*.omniprint)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="27" />
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="38" />
      <source>United States: 1/8 in bleed</source>
      <translation>Estados Unidos: 1/8 in de sangrado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="55" />
      <source>Units</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="56" />
      <source>Usual print shop</source>
      <translation>Imprenta habitual</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="57" />
      <location filename="src/omniprint/gui/preferences.py" line="66" />
      <source>Workspace on start</source>
      <translation>Espacio de trabajo al iniciar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preferences.py" line="41" />
      <source>the last one used</source>
      <translation>el último usado</translation>
    </message>
  </context>
  <context>
    <name>PreviewTable</name>
    <message>
      <location filename="src/omniprint/gui/preview_table.py" line="26" />
      <source>Column</source>
      <translation>Columna</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preview_table.py" line="26" />
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/preview_table.py" line="26" />
      <source>Why it cannot be imported</source>
      <translation>Por qué no se puede importar</translation>
    </message>
  </context>
  <context>
    <name>PrintPage</name>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="159" />
      <source>A zip with the press PDF, a proof, the job ticket and the codes</source>
      <translation>Un zip con el PDF para imprenta, una prueba, la hoja de trabajo y los códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="275" />
      <source>Add a piece on the Plan page to print it.</source>
      <translation>Añade una pieza en la página Plan para imprimirla.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="217" />
      <source>All zones</source>
      <translation>Todas las zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="288" />
      <source>Back</source>
      <translation>Dorso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="289" />
      <source>Background</source>
      <translation>Fondo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="119" />
      <source>Bleed</source>
      <translation>Sangrado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="107" />
      <source>CMYK, for the press</source>
      <translation>CMYK, para imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="120" />
      <source>Colour</source>
      <translation>Color</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="93" />
      <source>Crop marks</source>
      <translation>Marcas de corte</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="95" />
      <source>Cut lines outside the bleed, in the registration colour</source>
      <translation>Líneas de corte fuera del sangrado, en color de registro</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="128" />
      <source>Element</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="285" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="146" />
      <source>Export PDF…</source>
      <translation>Exportar PDF…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="387" />
      <source>Export cancelled: no file was written.</source>
      <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="110" />
      <source>Export even with preflight errors</source>
      <translation>Exportar aunque la comprobación previa tenga errores</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="331" />
      <source>Export the print file</source>
      <translation>Exportar el archivo de impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="115" />
      <source>File for</source>
      <translation>Archivo para</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="287" />
      <source>Front</source>
      <translation>Anverso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="112" />
      <source>How to print</source>
      <translation>Cómo imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="128" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="418" />
      <source>No codes yet: the proof shows a sample code and link.</source>
      <translation>Todavía no hay códigos: la prueba muestra un código y un enlace de ejemplo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="153" />
      <source>Open the file</source>
      <translation>Abrir el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="122" />
      <source>Output profile</source>
      <translation>Perfil de salida</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="332" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="121" />
      <source>PDF standard</source>
      <translation>Estándar PDF</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="98" />
      <source>PDF/X-1a:2001 (older workflows)</source>
      <translation>PDF/X-1a:2001 (flujos antiguos)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="97" />
      <source>PDF/X-4 (what most shops ask for)</source>
      <translation>PDF/X-4 (lo que piden casi todas las imprentas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="353" />
      <source>Packing {name}</source>
      <translation>Empaquetando {name}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="174" />
      <source>Paper</source>
      <translation>Papel</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="114" />
      <source>Piece</source>
      <translation>Pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="141" />
      <source>Preflight: what a print shop would reject</source>
      <translation>Comprobación previa: lo que una imprenta rechazaría</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="116" />
      <source>Press sheet</source>
      <translation>Pliego</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="161" />
      <source>Print file</source>
      <translation>Archivo de impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="118" />
      <source>Print shop</source>
      <translation>Imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="347" />
      <source>Print-shop package</source>
      <translation>Paquete para la imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="157" />
      <source>Print-shop package…</source>
      <translation>Paquete para la imprenta…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="108" />
      <source>RGB, for an office printer</source>
      <translation>RGB, para una impresora de oficina</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="117" />
      <source>Sheet margin</source>
      <translation>Margen del pliego</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="154" />
      <source>Show in folder</source>
      <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="128" />
      <source>Side</source>
      <translation>Cara</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="105" />
      <source>The edge of the sheet the press cannot print</source>
      <translation>El borde del pliego que la máquina no puede imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="285" />
      <source>Warning</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="128" />
      <source>What to fix</source>
      <translation>Qué corregir</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="337" />
      <source>Writing {name}</source>
      <translation>Escribiendo {name}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="436" />
      <source>Wrote the package {file}: {quantity} pieces, {sheets}</source>
      <translation>Paquete {file} guardado: {quantity} piezas, {sheets}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="407" />
      <source>Wrote {file}: {pages}, {pieces}</source>
      <translation>Guardado {file}: {pages}, {pieces}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="348" />
      <source>Zip (*.zip)</source>
      <translation>Zip (*.zip)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="123" />
      <source>Zones</source>
      <translation>Zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="91" />
      <source>as the shop asks</source>
      <translation>lo que pida la imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="156" />
      <source>the usual paper for the piece kind</source>
      <translation>el papel habitual para el tipo de pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="313" />
      <source>{errors} errors, {warnings} warnings</source>
      <translation>{errors} errores, {warnings} avisos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="309" />
      <source>✔ No problems found.</source>
      <translation>✔ No se encontraron problemas.</translation>
    </message>
  </context>
  <context>
    <name>ProfileChooser</name>
    <message>
      <location filename="src/omniprint/gui/print_profile.py" line="53" />
      <source>ICC profiles (*.icc *.icm)</source>
      <translation>Perfiles ICC (*.icc *.icm)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_profile.py" line="26" />
      <source>Shop's profile…</source>
      <translation>Perfil de la imprenta…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_profile.py" line="52" />
      <source>The print shop's output profile</source>
      <translation>El perfil de salida de la imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_profile.py" line="28" />
      <source>Use the CMYK output profile (.icc) your print shop sent you</source>
      <translation>Usa el perfil de salida CMYK (.icc) que te envió la imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_profile.py" line="30" />
      <source>Use the preset's</source>
      <translation>Usar el del preajuste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_profile.py" line="74" />
      <source>{name} ({file})</source>
      <translation>{name} ({file})</translation>
    </message>
  </context>
  <context>
    <name>ProofPane</name>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="101" />
      <source>Making the proof…</source>
      <translation>Preparando la prueba…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="122" />
      <source>No proof: %s</source>
      <translation>Sin prueba: %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="110" />
      <source>Proof with a sample record: %d page(s). Guides: bleed grey, trim green, safe area cyan.</source>
      <translation>Prueba con un registro de ejemplo: %d página(s). Guías: sangrado en gris, corte en verde, zona segura en cian.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="82" />
      <source>Refresh proof</source>
      <translation>Actualizar la prueba</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/proof.py" line="76" />
      <source>The proof is the real print file for a sample record.</source>
      <translation>La prueba es el archivo de impresión real para un registro de ejemplo.</translation>
    </message>
  </context>
  <context>
    <name>PropertiesPanel</name>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="548" />
      <source>%(size)s trim, %(bleed)s bleed, %(safe)s safe margin.
Select an element to change it, or add one from the left.</source>
      <translation>%(size)s de corte, %(bleed)s de sangrado, %(safe)s de margen seguro.
Selecciona un elemento para cambiarlo, o añade uno desde la izquierda.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="561" />
      <source>%d elements selected</source>
      <translation>%d elementos seleccionados</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="468" />
      <source>Across</source>
      <translation>En horizontal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="477" />
      <source>Align</source>
      <translation>Alinear</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="320" />
      <source>Align text</source>
      <translation>Alinear el texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="327" />
      <source>Align text vertically</source>
      <translation>Alinear el texto en vertical</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="336" />
      <source>Alignment</source>
      <translation>Alineación</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="455" />
      <source>Arrange</source>
      <translation>Organizar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="348" />
      <location filename="src/omniprint/gui/designer/properties.py" line="489" />
      <location filename="src/omniprint/gui/designer/properties.py" line="492" />
      <source>Background</source>
      <translation>Fondo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="412" />
      <source>Barcode</source>
      <translation>Código de barras</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="423" />
      <source>Barcode text</source>
      <translation>Texto del código de barras</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="295" />
      <location filename="src/omniprint/gui/designer/properties.py" line="301" />
      <source>Bold</source>
      <translation>Negrita</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="325" />
      <location filename="src/omniprint/gui/designer/properties.py" line="466" />
      <source>Bottom</source>
      <translation>Abajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="405" />
      <source>Carries</source>
      <translation>Contiene</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="311" />
      <location filename="src/omniprint/gui/designer/properties.py" line="460" />
      <source>Centre</source>
      <translation>Centro</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="254" />
      <source>Change %s</source>
      <translation>Cambiar %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="372" />
      <source>Change QR content</source>
      <translation>Cambiar el contenido del QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="378" />
      <source>Change QR error correction</source>
      <translation>Cambiar la corrección de errores del QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="398" />
      <source>Change QR text</source>
      <translation>Cambiar el texto del QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="420" />
      <source>Change barcode content</source>
      <translation>Cambiar el contenido del código de barras</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="417" />
      <source>Change barcode type</source>
      <translation>Cambiar el tipo de código de barras</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="353" />
      <source>Change colour</source>
      <translation>Cambiar el color</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="290" />
      <source>Change font</source>
      <translation>Cambiar la fuente</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="439" />
      <source>Change image fit</source>
      <translation>Cambiar el ajuste de la imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="331" />
      <source>Change line spacing</source>
      <translation>Cambiar el interlineado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="361" />
      <source>Change outline width</source>
      <translation>Cambiar el grosor del contorno</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="294" />
      <source>Change text size</source>
      <translation>Cambiar el tamaño del texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="388" />
      <source>Change what the QR carries</source>
      <translation>Cambiar lo que contiene el QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="341" />
      <location filename="src/omniprint/gui/designer/properties.py" line="345" />
      <location filename="src/omniprint/gui/designer/properties.py" line="580" />
      <source>Colour</source>
      <translation>Color</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="448" />
      <source>Corners</source>
      <translation>Esquinas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="580" />
      <source>Dark modules</source>
      <translation>Módulos oscuros</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="479" />
      <source>Distribute</source>
      <translation>Distribuir</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="468" />
      <source>Down</source>
      <translation>En vertical</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="275" />
      <source>Edit text</source>
      <translation>Editar el texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="408" />
      <source>Error correction</source>
      <translation>Corrección de errores</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="379" />
      <source>Error correction: higher survives damage or a logo on top, but makes smaller modules</source>
      <translation>Corrección de errores: cuanto más alta, mejor resiste daños o un logotipo encima, pero los módulos son más pequeños</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="346" />
      <source>Fill</source>
      <translation>Relleno</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="435" />
      <source>Fill the box (crop)</source>
      <translation>Llenar el recuadro (recortar)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="443" />
      <source>Fit</source>
      <translation>Encajar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="434" />
      <source>Fit inside the box</source>
      <translation>Encajar dentro del recuadro</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="334" />
      <source>Font</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="430" />
      <source>Image</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="281" />
      <source>Insert field</source>
      <translation>Insertar campo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="296" />
      <location filename="src/omniprint/gui/designer/properties.py" line="302" />
      <source>Italic</source>
      <translation>Cursiva</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="310" />
      <location filename="src/omniprint/gui/designer/properties.py" line="459" />
      <source>Left</source>
      <translation>Izquierda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="337" />
      <source>Line spacing</source>
      <translation>Interlineado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="325" />
      <location filename="src/omniprint/gui/designer/properties.py" line="465" />
      <source>Middle</source>
      <translation>En medio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="347" />
      <source>Outline</source>
      <translation>Contorno</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="362" />
      <source>Outline width</source>
      <translation>Grosor del contorno</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="483" />
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="546" />
      <source>Page · %s</source>
      <translation>Página · %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="240" />
      <source>Position and size</source>
      <translation>Posición y tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="367" />
      <source>QR code</source>
      <translation>Código QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="451" />
      <source>Radius</source>
      <translation>Radio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="441" />
      <source>Replace image…</source>
      <translation>Sustituir la imagen…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="312" />
      <location filename="src/omniprint/gui/designer/properties.py" line="461" />
      <source>Right</source>
      <translation>Derecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="256" />
      <source>Rotate</source>
      <translation>Girar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="264" />
      <source>Rotation</source>
      <translation>Giro</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="450" />
      <source>Round corners</source>
      <translation>Redondear esquinas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="422" />
      <source>Show the text under the bars</source>
      <translation>Mostrar el texto bajo las barras</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="403" />
      <location filename="src/omniprint/gui/designer/properties.py" line="425" />
      <source>Shows</source>
      <translation>Muestra</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="335" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="436" />
      <source>Stretch</source>
      <translation>Estirar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="268" />
      <location filename="src/omniprint/gui/designer/properties.py" line="404" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="396" />
      <source>Text or link; fields such as {{business.web}}</source>
      <translation>Texto o enlace; campos como {{business.web}}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="325" />
      <location filename="src/omniprint/gui/designer/properties.py" line="464" />
      <source>Top</source>
      <translation>Arriba</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="424" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="272" />
      <source>Type here; insert fields with the button</source>
      <translation>Escribe aquí; inserta campos con el botón</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="389" />
      <source>What a phone gets: the tracked link, the person's contact card to save (name, title, phones, e-mail, web, address, social profiles), or your text</source>
      <translation>Lo que recibe el móvil: el enlace con seguimiento, la tarjeta de contacto de la persona para guardarla (nombre, cargo, teléfonos, correo, web, dirección, redes sociales) o tu texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="263" />
      <source>Width, height</source>
      <translation>Ancho, alto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="262" />
      <source>X, Y</source>
      <translation>X, Y</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="224" />
      <source>{font} (not bundled)</source>
      <translation>{font} (no incluida)</translation>
    </message>
  </context>
  <context>
    <name>ResultsCharts</name>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="195" />
      <source>Control zones: {rate} per 1,000 households</source>
      <translation>Zonas de control: {rate} por cada 1.000 hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="293" />
      <source>No A/B test: give a piece a second variant to compare two designs.</source>
      <translation>Sin prueba A/B: dale a una pieza una segunda variante para comparar dos diseños.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="164" />
      <source>Orders per 1,000 households</source>
      <translation>Pedidos por cada 1.000 hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="230" />
      <source>ROI %</source>
      <translation>ROI %</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="258" />
      <source>Responses since the drop</source>
      <translation>Respuestas desde el reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="216" />
      <source>Return on investment per zone</source>
      <translation>Retorno de la inversión por zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="261" />
      <source>So far</source>
      <translation>Acumulado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="260" />
      <source>That day</source>
      <translation>Ese día</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="288" />
      <source>Variant A against B</source>
      <translation>Variante A frente a B</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="160" />
      <source>Web-shop orders per 1,000 households</source>
      <translation>Pedidos online por cada 1.000 hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="209" />
      <source>Web-shop orders per 1,000 households (dashed: control, {rate})</source>
      <translation>Pedidos online por cada 1.000 hogares (discontinua: control, {rate})</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="273" />
      <source>days since the drop</source>
      <translation>días desde el reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="330" />
      <source>per 1,000</source>
      <translation>por 1.000</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="184" />
      <source>per 1,000 households</source>
      <translation>por cada 1.000 hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="274" />
      <location filename="src/omniprint/gui/results/charts.py" line="302" />
      <source>responses</source>
      <translation>respuestas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="298" />
      <source>revenue ({currency})</source>
      <translation>ingresos ({currency})</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/charts.py" line="333" />
      <source>{currency} / 1,000</source>
      <translation>{currency} / 1.000</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="87" />
      <source>A control zone got nothing: its match-back orders show the baseline.</source>
      <translation>Una zona de control no recibió nada: sus pedidos por atribución por código postal muestran la base de referencia.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="77" />
      <source>all variants</source>
      <translation>todas las variantes</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="75" />
      <source>control zone</source>
      <translation>zona de control</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="126" />
      <source>By zone and variant</source>
      <translation>Por zona y variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="229" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="125" />
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="129" />
      <source>Export CSV…</source>
      <translation>Exportar CSV…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="128" />
      <source>Export PDF report…</source>
      <translation>Exportar informe PDF…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="231" />
      <source>Export the results</source>
      <translation>Exportar los resultados</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="114" />
      <source>Filter: a zone, a name, a variant…</source>
      <translation>Filtrar: una zona, un nombre, una variante…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="159" />
      <source>Matching what came back…</source>
      <translation>Relacionando lo que ha vuelto…</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="229" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="159" />
      <source>Reading the results</source>
      <translation>Leyendo los resultados</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="130" />
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="93" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="117" />
      <source>Select rows and press Ctrl+C to paste them into a spreadsheet.</source>
      <translation>Selecciona filas y pulsa Ctrl+C para pegarlas en una hoja de cálculo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="235" />
      <source>Writing {name}</source>
      <translation>Escribiendo {name}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="250" />
      <source>Wrote {path}</source>
      <translation>Guardado {path}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="100" />
      <source>cost</source>
      <translation>coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="101" />
      <source>cost per response</source>
      <translation>coste por respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="98" />
      <source>responses</source>
      <translation>respuestas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="102" />
      <source>return on investment</source>
      <translation>retorno de la inversión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="99" />
      <source>revenue</source>
      <translation>ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/page.py" line="192" />
      <source>{name}: {pieces}, {visits}, {matchback}</source>
      <translation>{name}: {pieces}, {visits}, {matchback}</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="188" />
      <source>{file}, line {line}</source>
      <translation>{file}, línea {line}</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="src/omniprint/gui/review.py" line="255" />
      <source>(the text of this file was not kept)</source>
      <translation>(el texto de este archivo no se guardó)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="75" />
      <source>Accept the correction</source>
      <translation>Aceptar la corrección</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="294" />
      <source>Accepted {code} for “{typed}”.</source>
      <translation>Aceptado {code} para «{typed}».</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="85" />
      <source>Assign this code</source>
      <translation>Asignar este código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="295" />
      <source>Assigned the code to “{typed}”.</source>
      <translation>Código asignado a «{typed}».</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="97" />
      <source>Choose a use to see the row it came from.</source>
      <translation>Elige un uso para ver la fila de la que vino.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="53" />
      <source>Codes typed at the till or online that need a person: accept a suggested correction, assign the right code by hand, or dismiss what is not yours. Every decision is kept and can be undone; the results follow.</source>
      <translation>Códigos escritos en caja o en línea que necesitan a una persona: acepta una corrección sugerida, asigna a mano el código correcto o descarta lo que no es tuyo. Cada decisión se guarda y se puede deshacer; los resultados se actualizan.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="86" />
      <source>Dismiss: not ours</source>
      <translation>Descartar: no es nuestro</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="296" />
      <source>Dismissed “{typed}”: it is left out of the results.</source>
      <translation>«{typed}» descartado: queda fuera de los resultados.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="60" />
      <source>Everything to review</source>
      <translation>Todo lo que hay que revisar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="262" />
      <source>From {file}, line {line} ({key}):</source>
      <translation>De {file}, línea {line} ({key}):</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="260" />
      <source>From {file}, line {line}:</source>
      <translation>De {file}, línea {line}:</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="197" />
      <source>Nothing waits for a decision.</source>
      <translation>Nada espera una decisión.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="156" />
      <source>Reading the uses to review</source>
      <translation>Leyendo los usos que hay que revisar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="51" />
      <source>Review</source>
      <translation>Revisar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="279" />
      <source>Saving your decision</source>
      <translation>Guardando tu decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="103" />
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="87" />
      <source>Undo the decision</source>
      <translation>Deshacer la decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="297" />
      <source>Undone: “{typed}” is back as it was.</source>
      <translation>Deshecho: «{typed}» vuelve a estar como antes.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="195" />
      <source>Waiting for a decision: {parts}</source>
      <translation>Esperando una decisión: {parts}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="77" />
      <source>a code you issued</source>
      <translation>un código que emitiste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review.py" line="265" />
      <source>“{typed}” is one typing error away from {code}.</source>
      <translation>«{typed}» está a un error de escritura de {code}.</translation>
    </message>
  </context>
  <context>
    <name>SelectionFrame</name>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="459" />
      <source>Resize</source>
      <translation>Cambiar tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/canvas.py" line="454" />
      <source>Rotate</source>
      <translation>Girar</translation>
    </message>
  </context>
  <context>
    <name>TaskProgress</name>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="191" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/widgets.py" line="222" />
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
  </context>
  <context>
    <name>TemplateGallery</name>
    <message>
      <location filename="src/omniprint/gui/designer/gallery.py" line="84" />
      <source>Start from a template</source>
      <translation>Empezar con una plantilla</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/gallery.py" line="111" />
      <source>The template is fitted to this piece's size. Your current design is replaced (Undo brings it back).</source>
      <translation>La plantilla se adapta al tamaño de esta pieza. Tu diseño actual se sustituye (Deshacer lo recupera).</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/gallery.py" line="118" />
      <source>Use template</source>
      <translation>Usar plantilla</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="51" />
      <source>&lt;b&gt;Design&lt;/b&gt;: start from a template made for print.</source>
      <translation>&lt;b&gt;Diseño&lt;/b&gt;: empieza con una plantilla pensada para imprimir.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="53" />
      <source>&lt;b&gt;Import&lt;/b&gt;: drop the till's and the web shop's exports on the window.</source>
      <translation>&lt;b&gt;Importar&lt;/b&gt;: suelta en la ventana las exportaciones de la caja y de la tienda en línea.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="50" />
      <source>&lt;b&gt;Plan&lt;/b&gt;: the campaign, its pieces, the zones and how many go to each.</source>
      <translation>&lt;b&gt;Plan&lt;/b&gt;: la campaña, sus piezas, las zonas y cuántas van a cada una.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="52" />
      <source>&lt;b&gt;Print&lt;/b&gt;: a checked, print-ready PDF with unique codes.</source>
      <translation>&lt;b&gt;Impresión&lt;/b&gt;: un PDF comprobado y listo para imprimir, con códigos únicos.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="57" />
      <source>&lt;b&gt;Results&lt;/b&gt;: responses, revenue, cost per response and ROI per zone, and whether the leaflets beat the control zones.</source>
      <translation>&lt;b&gt;Resultados&lt;/b&gt;: respuestas, ingresos, coste por respuesta y ROI por zona, y si los folletos superan a las zonas de control.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="54" />
      <source>&lt;b&gt;Review&lt;/b&gt;: the few codes a person must look at, such as a typo at the till.</source>
      <translation>&lt;b&gt;Revisar&lt;/b&gt;: los pocos códigos que necesitan a una persona, como una errata en la caja.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="93" />
      <source>A bakery's spring leaflet drop with two variants, five zones and a control zone, designed, printed and with its results imported: the whole loop at once.</source>
      <translation>El reparto de folletos de primavera de una panadería, con dos variantes, cinco zonas y una zona de control, ya diseñado, impreso y con sus resultados importados: todo el ciclo de una vez.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="82" />
      <source>Create your first campaign</source>
      <translation>Crea tu primera campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="90" />
      <source>Open the sample</source>
      <translation>Abrir el ejemplo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="39" />
      <source>Plan where your leaflets, flyers or cards go, design them, and print each one with its own QR link and coupon code, so you can see which street, which design and which offer brought customers in.</source>
      <translation>Planifica adónde van tus folletos, flyers o tarjetas, diséñalos e imprime cada uno con su propio enlace QR y código de cupón, para ver qué calle, qué diseño y qué oferta te trajeron clientes.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/pages.py" line="36" />
      <source>Printed marketing you can measure</source>
      <translation>Publicidad impresa que puedes medir</translation>
    </message>
  </context>
  <context>
    <name>ZoneImportDialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="117" />
      <source>1 row cannot be imported, so nothing will be imported. Correct it in the file, save it, and read it again.</source>
      <translation>1 fila no se puede importar, así que no se importará nada. Corrígela en el archivo, guárdalo y vuelve a leerlo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="48" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="54" />
      <source>Control</source>
      <translation>Control</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="52" />
      <source>Cost / 1000</source>
      <translation>Coste / 1000</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="51" />
      <source>Coverage %</source>
      <translation>Cobertura %</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="53" />
      <source>Drop date</source>
      <translation>Fecha de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="50" />
      <source>Households</source>
      <translation>Hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="62" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="42" />
      <source>Import zones from {name}</source>
      <translation>Importar zonas de {name}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="49" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="64" />
      <source>Read the file again</source>
      <translation>Volver a leer el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="105" />
      <source>control</source>
      <translation>control</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/zone_import.py" line="122" />
      <source>{count} rows cannot be imported, so nothing will be imported. Correct them in the file, save it, and read it again.</source>
      <translation>{count} filas no se pueden importar, así que no se importará nada. Corrígelas en el archivo, guárdalo y vuelve a leerlo.</translation>
    </message>
  </context>
  <context>
    <name>ZonesModel</name>
    <message>
      <location filename="src/omniprint/gui/models.py" line="204" />
      <source>+ type a postcode</source>
      <translation>+ escribe un código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="222" />
      <source>A control zone gets nothing, so the results can show the lift.</source>
      <translation>Una zona de control no recibe nada, así los resultados pueden mostrar el incremento.</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="231" />
      <source>control</source>
      <translation>control</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.app</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/app.py" line="346" />
      <source>Imported {n} files: {records}, {refused}.</source>
      <extracomment>singular: Imported {n} file: {records}, {refused}.</extracomment>
      <translation>
        <numerusform>Importado {n} archivo: {records}, {refused}.</numerusform>
        <numerusform>Importados {n} archivos: {records}, {refused}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/app.py" line="351" />
      <source>{n} records added</source>
      <extracomment>singular: {n} record added</extracomment>
      <translation>
        <numerusform>{n} registro añadido</numerusform>
        <numerusform>{n} registros añadidos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/app.py" line="352" />
      <source>{n} rows refused</source>
      <extracomment>singular: {n} row refused</extracomment>
      <translation>
        <numerusform>{n} fila rechazada</numerusform>
        <numerusform>{n} filas rechazadas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.channels.model</name>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="42" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="47" />
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="55" />
      <source>Cost per response</source>
      <translation>Coste por respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="44" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="58" />
      <source>ROAS</source>
      <translation>ROAS</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="51" />
      <source>Responses</source>
      <translation>Respuestas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="53" />
      <source>Revenue</source>
      <translation>Ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="20" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="49" />
      <source>Visits</source>
      <translation>Visitas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="17" />
      <source>ads</source>
      <translation>anuncios</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="19" />
      <source>organic</source>
      <translation>orgánico</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="18" />
      <source>other</source>
      <translation>otro</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/channels/model.py" line="16" />
      <source>print</source>
      <translation>impreso</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.channels.page</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/channels/page.py" line="249" />
      <source>{name}: {cost} spent on {n} channels, {responses}</source>
      <extracomment>singular: {name}: {cost} spent on {n} channel, {responses}</extracomment>
      <translation>
        <numerusform>{name}: {cost} invertidos en {n} canal, {responses}</numerusform>
        <numerusform>{name}: {cost} invertidos en {n} canales, {responses}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/channels/page.py" line="258" />
      <source>{n} responses</source>
      <extracomment>singular: {n} response</extracomment>
      <translation>
        <numerusform>{n} respuesta</numerusform>
        <numerusform>{n} respuestas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.codes_box</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/codes_box.py" line="131" />
      <source>Generated {n} codes for {drops}.</source>
      <extracomment>singular: Generated {n} code for {drops}.</extracomment>
      <translation>
        <numerusform>Generado {n} código para {drops}.</numerusform>
        <numerusform>Generados {n} códigos para {drops}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/codes_box.py" line="172" />
      <source>Wrote {n} rows to {path}</source>
      <extracomment>singular: Wrote {n} row to {path}</extracomment>
      <translation>
        <numerusform>{n} fila guardada en {path}</numerusform>
        <numerusform>{n} filas guardadas en {path}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/codes_box.py" line="133" />
      <source>{n} drops</source>
      <extracomment>singular: {n} drop</extracomment>
      <translation>
        <numerusform>{n} reparto</numerusform>
        <numerusform>{n} repartos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/codes_box.py" line="135" />
      <source>{n} drops already had codes and kept them.</source>
      <extracomment>singular: {n} drop already had codes and kept them.</extracomment>
      <translation>
        <numerusform>{n} reparto ya tenía códigos y los conserva.</numerusform>
        <numerusform>{n} repartos ya tenían códigos y los conservan.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.crash</name>
    <message>
      <location filename="src/omniprint/gui/crash.py" line="59" />
      <source>OmniPrint</source>
      <translation>OmniPrint</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/crash.py" line="69" />
      <source>What you did before this is in the workspace file; the action that failed may not have been completed. The details are in the log:
{path}
If it happens again, send that file to support.</source>
      <translation>Lo que hiciste antes de esto está en el archivo del espacio de trabajo; la acción que ha fallado puede no haberse completado. Los detalles están en el registro:
{path}
Si vuelve a ocurrir, envía ese archivo a soporte.</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.designer.brandkit</name>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="41" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="42" />
      <source>Contact person</source>
      <translation>Persona de contacto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="39" />
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="52" />
      <source>Google Business</source>
      <translation>Google Business</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="43" />
      <source>Job title</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="44" />
      <source>Mobile</source>
      <translation>Móvil</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="37" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="38" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="40" />
      <source>Web</source>
      <translation>Web</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/brandkit.py" line="45" />
      <source>WhatsApp</source>
      <translation>WhatsApp</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.designer.colors</name>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="31" />
      <source>Black (100 K, for text)</source>
      <translation>Negro (100 K, para texto)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="45" />
      <source>Blue</source>
      <translation>Azul</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="39" />
      <source>Cyan</source>
      <translation>Cian</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="44" />
      <source>Green</source>
      <translation>Verde</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="37" />
      <source>Grey 50 % K</source>
      <translation>Gris 50 % K</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="38" />
      <source>Light grey 15 % K</source>
      <translation>Gris claro 15 % K</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="40" />
      <source>Magenta</source>
      <translation>Magenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="43" />
      <source>Orange</source>
      <translation>Naranja</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="42" />
      <source>Red</source>
      <translation>Rojo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="33" />
      <source>Rich black 60/40/40/100 (large areas)</source>
      <translation>Negro enriquecido 60/40/40/100 (áreas grandes)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="36" />
      <source>White (paper)</source>
      <translation>Blanco (papel)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/colors.py" line="41" />
      <source>Yellow</source>
      <translation>Amarillo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.designer.element_names</name>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="14" />
      <source>QR code</source>
      <translation>Código QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="15" />
      <source>accent bar</source>
      <translation>barra de acento</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="16" />
      <source>address</source>
      <translation>dirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="17" />
      <source>address line {n}</source>
      <translation>línea de dirección {n}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="18" />
      <source>back phone</source>
      <translation>teléfono del dorso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="93" />
      <source>background</source>
      <translation>fondo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="19" />
      <source>badge</source>
      <translation>distintivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="20" />
      <source>badge text</source>
      <translation>texto del distintivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="21" />
      <source>band</source>
      <translation>banda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="22" />
      <source>band cta</source>
      <translation>llamada de la banda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="23" />
      <source>benefit</source>
      <translation>ventaja</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="24" />
      <source>book</source>
      <translation>reserva</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="25" />
      <source>bottom band</source>
      <translation>banda inferior</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="26" />
      <source>bottom strip</source>
      <translation>franja inferior</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="27" />
      <source>business name</source>
      <translation>nombre del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="28" />
      <source>code label</source>
      <translation>etiqueta del código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="29" />
      <source>code panel</source>
      <translation>panel del código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="30" />
      <source>contact</source>
      <translation>contacto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="31" />
      <source>contact title</source>
      <translation>título de contacto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="32" />
      <source>coupon</source>
      <translation>cupón</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="33" />
      <source>cta</source>
      <translation>llamada a la acción</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="34" />
      <source>cta sub</source>
      <translation>subtítulo de la llamada</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="35" />
      <source>date</source>
      <translation>fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="36" />
      <source>die-cut</source>
      <translation>troquel</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="37" />
      <source>divider</source>
      <translation>separador</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="38" />
      <source>divider {n}</source>
      <translation>separador {n}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="39" />
      <source>email web</source>
      <translation>correo y web</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="40" />
      <source>expiry</source>
      <translation>caducidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="41" />
      <source>find</source>
      <translation>dónde estamos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="42" />
      <source>find title</source>
      <translation>título de dónde estamos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="43" />
      <source>footer</source>
      <translation>pie</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="44" />
      <source>footer address</source>
      <translation>dirección del pie</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="45" />
      <source>footer contact</source>
      <translation>contacto del pie</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="46" />
      <source>footer name</source>
      <translation>nombre del pie</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="47" />
      <source>footer phone</source>
      <translation>teléfono del pie</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="48" />
      <source>footer web</source>
      <translation>web del pie</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="49" />
      <source>header</source>
      <translation>cabecera</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="50" />
      <source>header title</source>
      <translation>título de la cabecera</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="51" />
      <source>headline</source>
      <translation>titular</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="52" />
      <source>hours</source>
      <translation>horario</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="53" />
      <source>hours days</source>
      <translation>días del horario</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="54" />
      <source>hours times</source>
      <translation>horas del horario</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="55" />
      <source>hours title</source>
      <translation>título del horario</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="56" />
      <source>kicker</source>
      <translation>antetítulo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="57" />
      <source>menu</source>
      <translation>menú</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="58" />
      <source>menu title</source>
      <translation>título del menú</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="59" />
      <source>message</source>
      <translation>mensaje</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="60" />
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="61" />
      <source>offer</source>
      <translation>oferta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="62" />
      <source>offer block</source>
      <translation>bloque de la oferta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="63" />
      <source>offer panel</source>
      <translation>panel de la oferta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="64" />
      <source>ornament</source>
      <translation>adorno</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="65" />
      <source>ornament {n}</source>
      <translation>adorno {n}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="66" />
      <source>person name</source>
      <translation>nombre de la persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="67" />
      <source>person title</source>
      <translation>cargo de la persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="68" />
      <source>phone</source>
      <translation>teléfono</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="69" />
      <source>quote</source>
      <translation>cita</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="70" />
      <source>quote by</source>
      <translation>autor de la cita</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="71" />
      <source>reasons</source>
      <translation>motivos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="72" />
      <source>rule</source>
      <translation>filete</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="73" />
      <source>sender</source>
      <translation>remitente</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="74" />
      <source>services</source>
      <translation>servicios</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="115" />
      <source>side: back</source>
      <translation>reverso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="114" />
      <source>side: front</source>
      <translation>anverso</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="75" />
      <source>stamp box</source>
      <translation>recuadro del sello</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="76" />
      <source>stamp label</source>
      <translation>etiqueta del sello</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="77" />
      <source>step numbers</source>
      <translation>números de los pasos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="78" />
      <source>steps</source>
      <translation>pasos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="79" />
      <source>subhead</source>
      <translation>subtítulo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="80" />
      <source>tagline</source>
      <translation>eslogan</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="81" />
      <source>terms</source>
      <translation>condiciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="82" />
      <source>terms panel</source>
      <translation>panel de condiciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="83" />
      <source>terms title</source>
      <translation>título de condiciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="84" />
      <source>tick {n}</source>
      <translation>casilla {n}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="85" />
      <source>tick {n} label</source>
      <translation>etiqueta de la casilla {n}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="86" />
      <source>title</source>
      <translation>título</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="87" />
      <source>top band</source>
      <translation>banda superior</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="88" />
      <source>top block</source>
      <translation>bloque superior</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="89" />
      <source>write label</source>
      <translation>etiqueta para escribir</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="90" />
      <source>write line {n}</source>
      <translation>línea para escribir {n}</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="91" />
      <source>write title</source>
      <translation>título para escribir</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/element_names.py" line="92" />
      <source>zone ref</source>
      <translation>ref. de zona</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.designer.factory</name>
    <message>
      <location filename="src/omniprint/gui/designer/factory.py" line="25" />
      <source>Your text here</source>
      <translation>Tu texto aquí</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.designer.layers</name>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="42" />
      <source>Barcode</source>
      <translation>Código de barras</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="38" />
      <source>Box</source>
      <translation>Rectángulo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="36" />
      <source>Coupon code</source>
      <translation>Código de cupón</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="39" />
      <source>Ellipse</source>
      <translation>Elipse</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="37" />
      <source>Image</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="40" />
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="41" />
      <source>QR code</source>
      <translation>Código QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/layers.py" line="35" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.designer.properties</name>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="54" />
      <source>Business address</source>
      <translation>Dirección del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="52" />
      <source>Business e-mail</source>
      <translation>Correo del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="57" />
      <source>Business mobile</source>
      <translation>Móvil del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="50" />
      <source>Business name</source>
      <translation>Nombre del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="51" />
      <source>Business phone</source>
      <translation>Teléfono del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="53" />
      <source>Business web</source>
      <translation>Web del negocio</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="46" />
      <source>Campaign</source>
      <translation>Campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="55" />
      <source>Contact person</source>
      <translation>Persona de contacto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="56" />
      <source>Contact's job title</source>
      <translation>Cargo del contacto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="41" />
      <source>Coupon code</source>
      <translation>Código de cupón</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="67" />
      <source>Facebook link</source>
      <translation>Enlace de Facebook</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="60" />
      <source>Facebook page</source>
      <translation>Página de Facebook</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="72" />
      <source>Google Business link</source>
      <translation>Enlace de Google Business</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="65" />
      <source>Google Business profile</source>
      <translation>Perfil de Google Business</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="89" />
      <source>H · 30 % (logo on top)</source>
      <translation>H · 30 % (logotipo encima)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="59" />
      <source>Instagram handle</source>
      <translation>Usuario de Instagram</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="66" />
      <source>Instagram link</source>
      <translation>Enlace de Instagram</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="86" />
      <source>L · 7 %</source>
      <translation>L · 7 %</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="80" />
      <source>Link (tracked, default)</source>
      <translation>Enlace (con seguimiento, por defecto)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="68" />
      <source>LinkedIn link</source>
      <translation>Enlace de LinkedIn</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="61" />
      <source>LinkedIn profile</source>
      <translation>Perfil de LinkedIn</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="87" />
      <source>M · 15 % (default)</source>
      <translation>M · 15 % (predeterminado)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="49" />
      <source>Offer ends</source>
      <translation>Fin de la oferta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="77" />
      <source>Person's e-mail</source>
      <translation>Correo de la persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="75" />
      <source>Person's job title</source>
      <translation>Cargo de la persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="76" />
      <source>Person's mobile</source>
      <translation>Móvil de la persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="74" />
      <source>Person's name</source>
      <translation>Nombre de la persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="47" />
      <source>Piece</source>
      <translation>Pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="88" />
      <source>Q · 25 %</source>
      <translation>Q · 25 %</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="81" />
      <source>Save the contact (vCard)</source>
      <translation>Guardar el contacto (vCard)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="82" />
      <source>Save the contact, short (MECARD)</source>
      <translation>Guardar el contacto, corto (MECARD)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="43" />
      <source>Serial number</source>
      <translation>Número de serie</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="83" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="62" />
      <source>TikTok handle</source>
      <translation>Usuario de TikTok</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="69" />
      <source>TikTok link</source>
      <translation>Enlace de TikTok</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="42" />
      <source>Tracked link (QR)</source>
      <translation>Enlace con seguimiento (QR)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="48" />
      <source>Variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="73" />
      <source>WhatsApp chat link</source>
      <translation>Enlace de chat de WhatsApp</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="58" />
      <source>WhatsApp number</source>
      <translation>Número de WhatsApp</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="63" />
      <source>X handle</source>
      <translation>Usuario de X</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="70" />
      <source>X link</source>
      <translation>Enlace de X</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="64" />
      <source>YouTube channel</source>
      <translation>Canal de YouTube</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="71" />
      <source>YouTube link</source>
      <translation>Enlace de YouTube</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="44" />
      <source>Zone code</source>
      <translation>Código de zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/designer/properties.py" line="45" />
      <source>Zone name</source>
      <translation>Nombre de la zona</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.i18n</name>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="65" />
      <source>Google Analytics 4</source>
      <translation>Google Analytics 4</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="71" />
      <source>Loyverse</source>
      <translation>Loyverse</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="66" />
      <source>Shopify</source>
      <translation>Shopify</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="69" />
      <source>Square: items</source>
      <translation>Square: artículos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="68" />
      <source>Square: transactions</source>
      <translation>Square: transacciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="70" />
      <source>Stripe</source>
      <translation>Stripe</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="67" />
      <source>WooCommerce</source>
      <translation>WooCommerce</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/i18n.py" line="64" />
      <source>generic layout</source>
      <translation>formato genérico</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.imports.models</name>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="25" />
      <source>Added</source>
      <translation>Añadidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="26" />
      <source>Already known</source>
      <translation>Ya conocidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="22" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="28" />
      <source>Imported</source>
      <translation>Importado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="23" />
      <source>Read as</source>
      <translation>Leído como</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="27" />
      <source>Refused</source>
      <translation>Rechazadas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="24" />
      <source>Rows</source>
      <translation>Filas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/models.py" line="29" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.imports.page</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/page.py" line="128" />
      <source>Remove {file} and the {n} records that came from it? The results are worked out again without them.</source>
      <extracomment>singular: Remove {file} and the {n} record that came from it? The results are worked out again without it.</extracomment>
      <translation>
        <numerusform>¿Quitar {file} y su {n} registro? Los resultados se vuelven a calcular sin él.</numerusform>
        <numerusform>¿Quitar {file} y los {n} registros que vinieron de él? Los resultados se vuelven a calcular sin ellos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/page.py" line="148" />
      <source>Removed {file} and its {n} records.</source>
      <extracomment>singular: Removed {file} and its {n} record.</extracomment>
      <translation>
        <numerusform>Quitado {file} y su {n} registro.</numerusform>
        <numerusform>Quitado {file} y sus {n} registros.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.imports.wizard</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/wizard.py" line="363" />
      <source>; {n} match no campaign</source>
      <extracomment>singular: ; {n} matches no campaign</extracomment>
      <translation>
        <numerusform>; {n} no coincide con ninguna campaña</numerusform>
        <numerusform>; {n} no coinciden con ninguna campaña</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/wizard.py" line="609" />
      <source>Import {n} records</source>
      <extracomment>singular: Import {n} record</extracomment>
      <translation>
        <numerusform>Importar {n} registro</numerusform>
        <numerusform>Importar {n} registros</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/wizard.py" line="400" />
      <source>{n} rows: {records} to import; refused: {bad}</source>
      <extracomment>singular: {n} row: {records} to import; refused: {bad}</extracomment>
      <translation>
        <numerusform>{n} fila: {records} para importar; rechazadas: {bad}</numerusform>
        <numerusform>{n} filas: {records} para importar; rechazadas: {bad}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.imports.words</name>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="30" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="29" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="32" />
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="27" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="45" />
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="39" />
      <source>Landing page</source>
      <translation>Página de destino</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="44" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="34" />
      <source>Order number</source>
      <translation>Nº de pedido</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="46" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="37" />
      <source>Postcode</source>
      <translation>Código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="35" />
      <source>Receipt number</source>
      <translation>Nº de ticket</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="31" />
      <source>Refunded</source>
      <translation>Reembolsado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="38" />
      <source>Shipping postcode</source>
      <translation>CP de envío</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="36" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="33" />
      <source>Store</source>
      <translation>Tienda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="28" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="16" />
      <source>comma</source>
      <translation>coma</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="22" />
      <source>day/month/year</source>
      <translation>día/mes/año</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="23" />
      <source>month/day/year</source>
      <translation>mes/día/año</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="50" />
      <source>order</source>
      <translation>pedido</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="49" />
      <source>redemption</source>
      <translation>canje</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="17" />
      <source>semicolon</source>
      <translation>punto y coma</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="18" />
      <source>tab</source>
      <translation>tabulador</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="19" />
      <source>vertical bar</source>
      <translation>barra vertical</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="51" />
      <source>visit</source>
      <translation>visita</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/imports/words.py" line="24" />
      <source>year-month-day</source>
      <translation>año-mes-día</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/words.py" line="96" />
      <source>{n} files need your help and will not be imported as they are.</source>
      <extracomment>singular: {n} file needs your help and will not be imported as it is.</extracomment>
      <translation>
        <numerusform>{n} archivo necesita tu ayuda y no se importará tal como está.</numerusform>
        <numerusform>{n} archivos necesitan tu ayuda y no se importarán tal como están.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/words.py" line="85" />
      <source>{n} files ready: {records}.</source>
      <extracomment>singular: {n} file ready: {records}.</extracomment>
      <translation>
        <numerusform>{n} archivo listo: {records}.</numerusform>
        <numerusform>{n} archivos listos: {records}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/words.py" line="87" />
      <source>{n} files ready: {records}; refused rows: {bad}.</source>
      <extracomment>singular: {n} file ready: {records}; refused rows: {bad}.</extracomment>
      <translation>
        <numerusform>{n} archivo listo: {records}; filas rechazadas: {bad}.</numerusform>
        <numerusform>{n} archivos listos: {records}; filas rechazadas: {bad}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/imports/words.py" line="80" />
      <source>{n} records</source>
      <extracomment>singular: {n} record</extracomment>
      <translation>
        <numerusform>{n} registro</numerusform>
        <numerusform>{n} registros</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.models</name>
    <message>
      <location filename="src/omniprint/gui/models.py" line="156" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="162" />
      <source>Control</source>
      <translation>Control</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="160" />
      <source>Cost / 1000</source>
      <translation>Coste / 1000</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="159" />
      <source>Coverage %</source>
      <translation>Cobertura %</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="316" />
      <source>Distribution</source>
      <translation>Reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="161" />
      <source>Drop date</source>
      <translation>Fecha de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="158" />
      <source>Households</source>
      <translation>Hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="157" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="311" />
      <source>Piece</source>
      <translation>Pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="315" />
      <source>Print</source>
      <translation>Impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="314" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="317" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="312" />
      <source>Variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/models.py" line="313" />
      <source>Zone</source>
      <translation>Zona</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.people_dialog</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/people_dialog.py" line="156" />
      <source>{file}: {n} people ready to import; they replace the list.</source>
      <extracomment>singular: {file}: {n} person ready to import; it replaces the list.</extracomment>
      <translation>
        <numerusform>{file}: {n} persona lista para importar; sustituye a la lista.</numerusform>
        <numerusform>{file}: {n} personas listas para importar; sustituyen a la lista.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/people_dialog.py" line="112" />
      <source>{n} people: one card design each.</source>
      <extracomment>singular: {n} person: one card design.</extracomment>
      <translation>
        <numerusform>{n} persona: un diseño de tarjeta.</numerusform>
        <numerusform>{n} personas: un diseño de tarjeta para cada una.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.plan.page</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/plan/page.py" line="368" />
      <source>Imported {n} zones from {file}.</source>
      <extracomment>singular: Imported {n} zone from {file}.</extracomment>
      <translation>
        <numerusform>Importada {n} zona de {file}.</numerusform>
        <numerusform>Importadas {n} zonas de {file}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.plan.piece_dialog</name>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="24" />
      <source>Business card</source>
      <translation>Tarjeta de visita</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="27" />
      <source>Door hanger</source>
      <translation>Colgador de puerta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="25" />
      <source>Flyer</source>
      <translation>Flyer</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="26" />
      <source>Leaflet</source>
      <translation>Folleto</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/plan/piece_dialog.py" line="28" />
      <source>Postcard</source>
      <translation>Postal</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.plan.zone_import</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/plan/zone_import.py" line="90" />
      <source>{n} zones ready to import ({how}).</source>
      <extracomment>singular: {n} zone ready to import ({how}).</extracomment>
      <translation>
        <numerusform>{n} zona lista para importar ({how}).</numerusform>
        <numerusform>{n} zonas listas para importar ({how}).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.print_page</name>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="52" />
      <source>Europe (3 mm bleed)</source>
      <translation>Europa (3 mm de sangrado)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="54" />
      <source>MOO (2 mm bleed)</source>
      <translation>MOO (2 mm de sangrado)</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="48" />
      <source>Pieces: one per page, for online printers</source>
      <translation>Piezas: una por página, para imprentas en línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="49" />
      <source>Press: sheets, cut and stack</source>
      <translation>Imprenta: pliegos, para cortar y apilar</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="47" />
      <source>Proof: a few pieces to check, with guides</source>
      <translation>Prueba: unas pocas piezas para revisar, con guías</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/print_page.py" line="421" />
      <source>Self-check: {n} QR codes decoded back to the right links.</source>
      <extracomment>singular: Self-check: {n} QR code decoded back to the right link.</extracomment>
      <translation>
        <numerusform>Autocomprobación: {n} código QR leído de vuelta con el enlace correcto.</numerusform>
        <numerusform>Autocomprobación: {n} códigos QR leídos de vuelta con los enlaces correctos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/print_page.py" line="53" />
      <source>US (1/8 inch bleed)</source>
      <translation>EE. UU. (1/8 de pulgada de sangrado)</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/print_page.py" line="414" />
      <source>on {n} sheets ({per_sheet}-up)</source>
      <extracomment>singular: on {n} sheet ({per_sheet}-up)</extracomment>
      <translation>
        <numerusform>en {n} pliego ({per_sheet} por pliego)</numerusform>
        <numerusform>en {n} pliegos ({per_sheet} por pliego)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/print_page.py" line="409" />
      <source>{n} pages</source>
      <extracomment>singular: {n} page</extracomment>
      <translation>
        <numerusform>{n} página</numerusform>
        <numerusform>{n} páginas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/print_page.py" line="410" />
      <source>{n} pieces</source>
      <extracomment>singular: {n} piece</extracomment>
      <translation>
        <numerusform>{n} pieza</numerusform>
        <numerusform>{n} piezas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.results.model</name>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="45" />
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="47" />
      <source>Cost per response</source>
      <translation>Coste por respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="34" />
      <source>In store</source>
      <translation>En tienda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="54" />
      <source>Match-back orders</source>
      <translation>Pedidos por atribución por código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="24" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="36" />
      <source>Online</source>
      <translation>En línea</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="26" />
      <source>Piece</source>
      <translation>Pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="30" />
      <source>Pieces</source>
      <translation>Piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="51" />
      <source>ROI</source>
      <translation>ROI</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="40" />
      <source>Response rate</source>
      <translation>Tasa de respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="38" />
      <source>Responses</source>
      <translation>Respuestas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="43" />
      <source>Revenue</source>
      <translation>Ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="28" />
      <source>Variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="32" />
      <source>Visits</source>
      <translation>Visitas</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/results/model.py" line="23" />
      <source>Zone</source>
      <translation>Zona</translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.results.page</name>
    <message numerus="yes">
      <location filename="src/omniprint/gui/results/page.py" line="196" />
      <source>{n} match-back orders</source>
      <extracomment>singular: {n} match-back order</extracomment>
      <translation>
        <numerusform>{n} pedido atribuido por código postal</numerusform>
        <numerusform>{n} pedidos atribuidos por código postal</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/results/page.py" line="194" />
      <source>{n} pieces</source>
      <extracomment>singular: {n} piece</extracomment>
      <translation>
        <numerusform>{n} pieza</numerusform>
        <numerusform>{n} piezas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/gui/results/page.py" line="195" />
      <source>{n} visits</source>
      <extracomment>singular: {n} visit</extracomment>
      <translation>
        <numerusform>{n} visita</numerusform>
        <numerusform>{n} visitas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.gui.review_model</name>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="97" />
      <source>Amount</source>
      <translation>Importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="31" />
      <source>Assigned by hand</source>
      <translation>Asignado a mano</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="94" />
      <source>Code typed</source>
      <translation>Código escrito</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="100" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="32" />
      <source>Dismissed</source>
      <translation>Descartado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="99" />
      <source>From</source>
      <translation>Origen</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="95" />
      <source>Issued code</source>
      <translation>Código emitido</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="27" />
      <source>No code matches</source>
      <translation>Ningún código coincide</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="28" />
      <source>One typing error</source>
      <translation>Un error de escritura</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="30" />
      <source>Outside the dates</source>
      <translation>Fuera de plazo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="98" />
      <source>Store</source>
      <translation>Tienda</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="29" />
      <source>Used again</source>
      <translation>Usado otra vez</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="93" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="96" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="35" />
      <source>accepted</source>
      <translation>aceptado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="36" />
      <source>assigned</source>
      <translation>asignado</translation>
    </message>
    <message>
      <location filename="src/omniprint/gui/review_model.py" line="37" />
      <source>dismissed</source>
      <translation>descartado</translation>
    </message>
  </context>
</TS>
