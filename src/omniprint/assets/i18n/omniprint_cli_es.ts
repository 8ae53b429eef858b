<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>omniprint.cli.cards_cmds</name>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="93" />
      <source>Added the font {family} {style}: every text element can use it</source>
      <translation>Fuente {family} {style} añadida: todos los elementos de texto pueden usarla</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="64" />
      <source>Imported {count} people from {file}: one card design merged per person</source>
      <translation>Importadas {count} personas de {file}: un diseño de tarjeta combinado por persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="103" />
      <source>No brand fonts yet: add one with 'omniprint font add FILE.ttf'</source>
      <translation>Aún no hay fuentes de marca: añade una con 'omniprint font add ARCHIVO.ttf'</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="75" />
      <source>No people: the card prints the business's contact.</source>
      <translation>Sin personas: la tarjeta imprime el contacto del negocio.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="127" />
      <source>Removed the font {font}</source>
      <translation>Fuente eliminada: {font}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="81" />
      <source>Removed {count} people</source>
      <translation>Eliminadas {count} personas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="27" />
      <source>a piece's people</source>
      <translation>las personas de una pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="115" />
      <source>column: bytes</source>
      <translation>bytes</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="56" />
      <source>column: e-mail</source>
      <translation>correo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="112" />
      <source>column: family</source>
      <translation>familia</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="114" />
      <source>column: file</source>
      <translation>archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="111" />
      <source>column: id</source>
      <translation>id</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="55" />
      <source>column: mobile</source>
      <translation>móvil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="55" />
      <source>column: name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="113" />
      <source>column: style</source>
      <translation>estilo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="55" />
      <source>column: title</source>
      <translation>título</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="32" />
      <source>forget a piece's people (print the business contact)</source>
      <translation>olvida las personas de una pieza (imprime el contacto del negocio)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="21" />
      <source>read name, title, mobile, e-mail from a CSV: one card per person</source>
      <translation>lee nombre, cargo, móvil y correo de un CSV: una tarjeta por persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="48" />
      <source>remove a family (or one face by id)</source>
      <translation>elimina una familia (o un estilo por su id)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="41" />
      <source>store a .ttf font in the workspace for every design</source>
      <translation>guarda una fuente .ttf en el espacio de trabajo para todos los diseños</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="45" />
      <source>the brand fonts</source>
      <translation>las fuentes de marca</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="38" />
      <source>the brand's own fonts</source>
      <translation>las fuentes propias de la marca</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="16" />
      <source>the people a card is printed for</source>
      <translation>las personas para las que se imprime una tarjeta</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.codes_cmds</name>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="70" />
      <source>({count} drops already had codes and were left as they were)</source>
      <translation>({count} repartos ya tenían códigos y se dejaron como estaban)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="66" />
      <source>Generated {count} codes for {drops} drops of {campaign}</source>
      <translation>Se generaron {count} códigos para {drops} repartos de {campaign}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="88" />
      <source>Wrote {count} codes to {file}</source>
      <translation>Se guardaron {count} códigos en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="129" />
      <source>Wrote {count} redirects ({format}) to {file}</source>
      <translation>Se guardaron {count} redirecciones ({format}) en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="29" />
      <source>a short prefix printed before each code, e.g. SPR</source>
      <translation>un prefijo corto que se imprime antes de cada código, p. ej. SPR</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="105" />
      <source>campaign {campaign}, piece {piece}, variant {variant}, zone {zone}, serial {serial}</source>
      <translation>campaña {campaign}, pieza {piece}, variante {variant}, zona {zone}, número de serie {serial}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="44" />
      <source>check a code someone typed</source>
      <translation>comprobar un código que alguien tecleó</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="48" />
      <source>export the redirect table of short links</source>
      <translation>exportar la tabla de redirecciones de los enlaces cortos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="18" />
      <source>generate, export and check coupon codes</source>
      <translation>generar, exportar y comprobar códigos de cupón</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="20" />
      <source>issue codes for the planned drops</source>
      <translation>emitir códigos para los repartos planificados</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="26" />
      <source>one code per printed piece (default) or one per drop</source>
      <translation>un código por pieza impresa (por defecto) o uno por reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="35" />
      <source>random characters per code (default {length} = 40 bits)</source>
      <translation>caracteres aleatorios por código (por defecto {length} = 40 bits)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="50" />
      <source>write redirects for your web server</source>
      <translation>guardar las redirecciones para tu servidor web</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="40" />
      <source>write the codes as CSV</source>
      <translation>guardar los códigos como CSV</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="114" />
      <source>{typed}: not a valid code (a character is wrong or missing)</source>
      <translation>{typed}: no es un código válido (sobra, falta o está mal un carácter)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="112" />
      <source>{typed}: not issued; did you mean {code}? ({where})</source>
      <translation>{typed}: no se emitió; ¿querías decir {code}? ({where})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="111" />
      <source>{typed}: valid code {code} ({where})</source>
      <translation>{typed}: código válido {code} ({where})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="113" />
      <source>{typed}: well formed but never issued in this workspace</source>
      <translation>{typed}: bien formado, pero nunca se emitió en este espacio de trabajo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.demo_cmds</name>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="50" />
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="43" />
      <source>Sample workspace written: {path}</source>
      <translation>Espacio de trabajo de ejemplo creado: {path}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="58" />
      <source>Try:</source>
      <translation>Prueba:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="25" />
      <source>replace the file if it exists</source>
      <translation>sustituir el archivo si ya existe</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="23" />
      <source>where to write it (default: {path})</source>
      <translation>dónde guardarlo (por defecto: {path})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="17" />
      <source>write a sample workspace to explore, from plan to ROI</source>
      <translation>crear un espacio de trabajo de ejemplo para explorar, del plan al ROI</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="44" />
      <source>{business}: campaign {campaign}, variants {variants} of a DL leaflet, {zones} zones and {controls} control zone, {codes} codes, {imports} imported exports ({files}).</source>
      <translation>{business}: campaña {campaign}, variantes {variants} de un folleto DL, {zones} zonas y {controls} zona de control, {codes} códigos, {imports} exportaciones importadas ({files}).</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.main</name>
    <message>
      <location filename="src/omniprint/cli/main.py" line="38" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="106" />
      <source>Plan, design, print and measure printed marketing. Run with no command to open the desktop app.</source>
      <translation>Planifica, diseña, imprime y mide tu publicidad impresa. Ejecútalo sin comando para abrir la aplicación de escritorio.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="139" />
      <source>Workspace ready: {path} (schema version {version})</source>
      <translation>Espacio de trabajo listo: {path} (versión del esquema {version})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="45" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="39" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="123" />
      <source>create the workspace file (or check an existing one)</source>
      <translation>crear el archivo del espacio de trabajo (o comprobar uno existente)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="44" />
      <source>expected one argument</source>
      <translation>se esperaba un argumento</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="43" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="42" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="96" />
      <source>language of the messages: en or es (default: OMNIPRINT_LANG, the settings, or the system's)</source>
      <translation>idioma de los mensajes: en o es (por defecto: OMNIPRINT_LANG, los ajustes o el del sistema)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="167" />
      <source>omniprint: cancelled: nothing was changed</source>
      <translation>omniprint: cancelado: no se cambió nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="173" />
      <source>omniprint: error: {message}</source>
      <translation>omniprint: error: {message}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="36" />
      <source>options</source>
      <translation>opciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="35" />
      <source>positional arguments</source>
      <translation>argumentos posicionales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="90" />
      <source>print machine-readable JSON (always in English)</source>
      <translation>mostrar JSON legible por máquinas (siempre en inglés)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="115" />
      <source>show the version and exit</source>
      <translation>mostrar la versión y salir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="37" />
      <source>show this help message and exit</source>
      <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="40" />
      <source>the following arguments are required: %s</source>
      <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="41" />
      <source>unrecognized arguments: %s</source>
      <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="34" />
      <source>usage: </source>
      <translation>uso: </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="84" />
      <source>workspace file (default: {path})</source>
      <translation>archivo del espacio de trabajo (por defecto: {path})</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.plan_cmds</name>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="43" />
      <source>A5, DL, business-card-us... or WxH in mm (99x210)</source>
      <translation>A5, DL, business-card-us... o AnchoxAlto en mm (99x210)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="267" />
      <source>Added control zone {code} ({name}), {households} households</source>
      <translation>Zona de control añadida: {code} ({name}), {households} hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="269" />
      <source>Added zone {code} ({name}), {households} households</source>
      <translation>Zona añadida: {code} ({name}), {households} hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="420" />
      <source>Budget:</source>
      <translation>Presupuesto:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="119" />
      <source>Campaign created: {name} (slug: {slug})</source>
      <translation>Campaña creada: {name} (slug: {slug})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="139" />
      <source>Campaign updated: {name} (slug: {slug})</source>
      <translation>Campaña actualizada: {name} (slug: {slug})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="406" />
      <source>Control zones (get nothing): {zones}</source>
      <translation>Zonas de control (no reciben nada): {zones}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="414" />
      <source>Distribution:</source>
      <translation>Distribución:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="338" />
      <source>Drop: {piece} {variant} -&gt; {zone}, {quantity} pieces, {cost}</source>
      <translation>Reparto: {piece} {variant} -&gt; {zone}, {quantity} piezas, {cost}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="280" />
      <source>Imported {count} zones from {file} ({details})</source>
      <translation>Se importaron {count} zonas de {file} ({details})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="165" />
      <source>No campaigns yet. Create one with: omniprint campaign create NAME --landing-url URL</source>
      <translation>Aún no hay campañas. Crea una con: omniprint campaign create NAME --landing-url URL</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="418" />
      <source>OVER BUDGET by {amount}</source>
      <translation>PRESUPUESTO SUPERADO en {amount}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="190" />
      <source>Piece {name} ({slug}), variant {variant}: {kind}, {size}</source>
      <translation>Pieza {name} ({slug}), variante {variant}: {kind}, {size}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="412" />
      <source>Pieces:</source>
      <translation>Piezas:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="413" />
      <source>Print:</source>
      <translation>Impresión:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="415" />
      <source>Total:</source>
      <translation>Total:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="408" />
      <source>Zones with no drop yet: {zones}</source>
      <translation>Zonas aún sin reparto: {zones}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="64" />
      <source>a control zone: gets nothing</source>
      <translation>una zona de control: no recibe nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="36" />
      <source>add a piece, or a variant of one</source>
      <translation>añadir una pieza o una variante de una pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="54" />
      <source>add a zone</source>
      <translation>añadir una zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="34" />
      <source>add printed pieces and their variants</source>
      <translation>añadir piezas impresas y sus variantes</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="52" />
      <source>add, import and list distribution zones</source>
      <translation>añadir, importar y listar zonas de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="101" />
      <source>attribution window (60)</source>
      <translation>plazo de atribución (60)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="111" />
      <location filename="src/omniprint/cli/plan_cmds.py" line="131" />
      <source>budget</source>
      <translation>el presupuesto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="41" />
      <source>business-card, flyer, leaflet, door-hanger, postcard</source>
      <translation>business-card (tarjeta de visita), flyer, leaflet (folleto), door-hanger (colgador de puerta), postcard (postal)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="25" />
      <source>change a campaign's details</source>
      <translation>cambiar los datos de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="160" />
      <source>column: budget</source>
      <translation>presupuesto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="312" />
      <source>column: code</source>
      <translation>código</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="315" />
      <source>column: coverage</source>
      <translation>cobertura</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="316" />
      <source>column: cpm</source>
      <translation>coste/mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="383" />
      <source>column: distribution</source>
      <translation>distribución</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="317" />
      <source>column: drop date</source>
      <translation>fecha de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="159" />
      <source>column: end</source>
      <translation>fin</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="314" />
      <source>column: households</source>
      <translation>hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="236" />
      <source>column: kind</source>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="157" />
      <location filename="src/omniprint/cli/plan_cmds.py" line="313" />
      <source>column: name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="235" />
      <location filename="src/omniprint/cli/plan_cmds.py" line="378" />
      <source>column: piece</source>
      <translation>pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="382" />
      <source>column: print</source>
      <translation>impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="381" />
      <source>column: quantity</source>
      <translation>cantidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="237" />
      <source>column: size</source>
      <translation>tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="156" />
      <source>column: slug</source>
      <translation>slug</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="158" />
      <source>column: start</source>
      <translation>inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="384" />
      <source>column: total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="239" />
      <source>column: unit cost</source>
      <translation>coste unitario</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="238" />
      <location filename="src/omniprint/cli/plan_cmds.py" line="379" />
      <source>column: variant</source>
      <translation>variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="380" />
      <source>column: zone</source>
      <translation>zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="307" />
      <source>control</source>
      <translation>control</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="261" />
      <source>cost per thousand</source>
      <translation>el coste por mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="249" />
      <source>coverage must be a percentage such as 85 (got {text!r})</source>
      <translation>la cobertura debe ser un porcentaje, como 85 (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="19" />
      <source>create and list campaigns</source>
      <translation>crear y listar campañas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="371" />
      <source>dates: {start} to {end}</source>
      <translation>fechas: del {start} al {end}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="81" />
      <source>default: households x coverage</source>
      <translation>por defecto: hogares x cobertura</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="61" />
      <source>distribution cost per thousand</source>
      <translation>coste de reparto por mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="63" />
      <source>drop date (YYYY-MM-DD)</source>
      <translation>fecha de reparto (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="94" />
      <source>end date (YYYY-MM-DD)</source>
      <translation>fecha de fin (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="66" />
      <source>import zones from a CSV file</source>
      <translation>importar zonas de un archivo CSV</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="366" />
      <source>landing page: {url}</source>
      <translation>página de destino: {url}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="48" />
      <source>list a campaign's pieces</source>
      <translation>listar las piezas de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="70" />
      <source>list a campaign's zones</source>
      <translation>listar las zonas de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="30" />
      <source>list campaigns</source>
      <translation>listar campañas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="46" />
      <source>piece name (default: its kind)</source>
      <translation>nombre de la pieza (por defecto: su tipo)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="86" />
      <source>pieces, zones, drops, totals</source>
      <translation>piezas, zonas, repartos y totales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="21" />
      <source>plan a new campaign</source>
      <translation>planificar una campaña nueva</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="56" />
      <source>postcode or sector code</source>
      <translation>código postal o código de sector</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="45" />
      <source>print cost per piece</source>
      <translation>coste de impresión por pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="76" />
      <source>send a piece variant to a zone</source>
      <translation>enviar una variante de pieza a una zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="74" />
      <source>send piece variants to zones</source>
      <translation>enviar variantes de piezas a zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="59" />
      <source>share of households, %%</source>
      <translation>porcentaje de hogares, %%</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="98" />
      <source>short links: https://brand.es/r/</source>
      <translation>enlaces cortos: https://brand.es/r/</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="84" />
      <source>show a campaign's plan and costs</source>
      <translation>mostrar el plan y los costes de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="93" />
      <source>start date (YYYY-MM-DD)</source>
      <translation>fecha de inicio (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="95" />
      <source>total budget, e.g. 1500</source>
      <translation>presupuesto total, p. ej. 1500</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="44" />
      <source>variant label (default A)</source>
      <translation>etiqueta de la variante (por defecto A)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="418" />
      <source>{amount} left</source>
      <translation>Quedan {amount}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.print_cmds</name>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="205" />
      <source>--rgb is for office printing: a press file must be CMYK</source>
      <translation>--rgb es para imprimir en la oficina: un archivo para imprenta debe ser CMYK</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="156" />
      <source>Design of {piece} set from template {template}</source>
      <translation>Diseño de {piece} creado a partir de la plantilla {template}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="76" />
      <source>Google Business profile link</source>
      <translation>enlace al perfil de Google Business</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="174" />
      <source>Imported the design from {file}: {sides} sides, {elements} elements</source>
      <translation>Diseño importado de {file}: {sides} caras, {elements} elementos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="226" />
      <source>No codes yet: the proof shows a sample code and link</source>
      <translation>Aún no hay códigos: la prueba muestra un código y un enlace de ejemplo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="192" />
      <source>Preflight: no problems found</source>
      <translation>Comprobación previa: no se encontraron problemas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="106" />
      <source>RGB for office printing (not press)</source>
      <translation>RGB para imprimir en la oficina (no en imprenta)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="229" />
      <source>Self-check: {count} QR codes on pages {pages} decode to the right links</source>
      <translation>Autocomprobación: {count} códigos QR de las páginas {pages} llevan a los enlaces correctos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="75" />
      <source>WhatsApp number with its country code (+34 600 123 456)</source>
      <translation>número de WhatsApp con su prefijo de país (+34 600 123 456)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="165" />
      <source>Wrote the design to {file}</source>
      <translation>Diseño guardado en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="267" />
      <source>Wrote the print-shop package {file}</source>
      <translation>Paquete para la imprenta guardado en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="217" />
      <source>Wrote {file}: {pages} pages, {pieces} pieces</source>
      <translation>Guardado {file}: {pages} páginas, {pieces} piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="102" />
      <source>bleed and safe area preset</source>
      <translation>sangrado y zona segura predefinidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="42" />
      <source>check a design for print</source>
      <translation>comprobar un diseño antes de imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="144" />
      <source>column: kind</source>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="143" />
      <source>column: name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="145" />
      <source>column: size</source>
      <translation>tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="146" />
      <source>column: title</source>
      <translation>título</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="105" />
      <source>crop marks outside the bleed</source>
      <translation>marcas de corte fuera del sangrado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="104" />
      <source>custom bleed</source>
      <translation>sangrado personalizado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="52" />
      <source>export despite preflight errors</source>
      <translation>exportar aunque la comprobación previa tenga errores</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="23" />
      <source>list the starter templates</source>
      <translation>listar las plantillas de inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="74" />
      <source>mobile phone</source>
      <translation>teléfono móvil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="221" />
      <source>on {sheets} sheets ({per_sheet}-up)</source>
      <translation>en {sheets} pliegos ({per_sheet} por pliego)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="24" />
      <source>only templates for this piece kind</source>
      <translation>solo las plantillas de este tipo de pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="49" />
      <source>only this zone's pieces</source>
      <translation>solo las piezas de esta zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="61" />
      <source>paper, for the job ticket</source>
      <translation>papel, para la hoja de pedido</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="98" />
      <source>press file, proof or office print</source>
      <translation>archivo para imprenta, prueba o impresión en la oficina</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="100" />
      <source>press sheet</source>
      <translation>pliego</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="37" />
      <source>read a design from JSON</source>
      <translation>leer un diseño de un JSON</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="69" />
      <source>set name, phone, email, web, address, contact, phones and social profiles</source>
      <translation>cambia nombre, teléfono, correo, web, dirección, contacto, teléfonos y redes sociales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="27" />
      <source>set, export and import a piece's design</source>
      <translation>definir, exportar e importar el diseño de una pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="85" />
      <source>show them</source>
      <translation>mostrarlos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="29" />
      <source>start a design from a template</source>
      <translation>empezar un diseño a partir de una plantilla</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="21" />
      <source>starter templates</source>
      <translation>plantillas de inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="72" />
      <source>the person on the card (Ana García)</source>
      <translation>la persona de la tarjeta (Ana García)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="73" />
      <source>their job title</source>
      <translation>su cargo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="33" />
      <source>write the design as JSON</source>
      <translation>guardar el diseño como JSON</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="47" />
      <source>write the print-ready PDF</source>
      <translation>guardar el PDF listo para imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="64" />
      <source>your business details, printed on pieces</source>
      <translation>los datos de tu negocio, que se imprimen en las piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="55" />
      <source>zip for the print shop</source>
      <translation>zip para la imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="196" />
      <source>{errors} errors, {warnings} warnings</source>
      <translation>{errors} errores, {warnings} avisos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="80" />
      <source>{network} profile: @handle or link</source>
      <translation>perfil de {network}: @usuario o enlace</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.results_cmds</name>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="483" />
      <source>(the text of this file was not kept)</source>
      <translation>(el texto de este archivo no se guardó)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="384" />
      <source>--out must end in .pdf or .csv (got {name})</source>
      <translation>--out debe terminar en .pdf o .csv (se recibió {name})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="168" />
      <source>... and {count} more refused rows</source>
      <translation>... y {count} filas rechazadas más</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="478" />
      <source>Decision: {decision}</source>
      <translation>Decisión: {decision}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="457" />
      <source>Nothing to review</source>
      <translation>No hay nada que revisar</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="481" />
      <source>Record {id} is not under review</source>
      <translation>El registro {id} no está pendiente de revisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="492" />
      <source>Recorded: {decision} for {response}; results updated</source>
      <translation>Registrado: {decision} para {response}; resultados actualizados</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="228" />
      <source>Removed import {id} and its {count} records</source>
      <translation>Se eliminó la importación {id} y sus {count} registros</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="239" />
      <source>Saved import {id} to {file}</source>
      <translation>Importación {id} guardada en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="482" />
      <source>The row in the file:</source>
      <translation>La fila en el archivo:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="479" />
      <source>The row in {file}:</source>
      <translation>La fila en {file}:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="469" />
      <source>Use {id}: {status} ({rule}), typed {typed!r}, code {code}</source>
      <translation>Uso {id}: {status} ({rule}), tecleado {typed!r}, código {code}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="425" />
      <source>Wrote {file}</source>
      <translation>Guardado {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="100" />
      <source>accept the suggested correction</source>
      <translation>aceptar la corrección propuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="145" />
      <source>already imported: nothing added</source>
      <translation>ya importado: no se añadió nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="107" />
      <source>assign a code by hand</source>
      <translation>asignar un código a mano</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="281" />
      <source>cancelled</source>
      <translation>cancelado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="418" />
      <source>column: ROI</source>
      <translation>ROI</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="214" />
      <source>column: added</source>
      <translation>añadidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="452" />
      <source>column: amount</source>
      <translation>importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="450" />
      <source>column: code</source>
      <translation>código</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="454" />
      <source>column: decision</source>
      <translation>decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="211" />
      <source>column: file</source>
      <translation>archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="453" />
      <source>column: from</source>
      <translation>origen</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="210" />
      <location filename="src/omniprint/cli/results_cmds.py" line="446" />
      <source>column: id</source>
      <translation>id</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="217" />
      <source>column: imported</source>
      <translation>importado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="215" />
      <source>column: known</source>
      <translation>conocidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="419" />
      <source>column: match-back</source>
      <translation>atrib. CP</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="413" />
      <source>column: online</source>
      <translation>online</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="417" />
      <source>column: per resp</source>
      <translation>por resp.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="408" />
      <source>column: piece</source>
      <translation>pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="410" />
      <source>column: pieces</source>
      <translation>piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="212" />
      <source>column: preset</source>
      <translation>formato</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="216" />
      <source>column: refused</source>
      <translation>rechazados</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="414" />
      <source>column: resp</source>
      <translation>resp.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="213" />
      <source>column: rows</source>
      <translation>filas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="448" />
      <source>column: rule</source>
      <translation>regla</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="447" />
      <source>column: status</source>
      <translation>estado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="412" />
      <source>column: store</source>
      <translation>tienda</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="449" />
      <source>column: typed</source>
      <translation>tecleado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="409" />
      <source>column: var</source>
      <translation>var.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="411" />
      <source>column: visits</source>
      <translation>visitas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="451" />
      <source>column: when</source>
      <translation>cuándo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="407" />
      <source>column: zone</source>
      <translation>zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="38" />
      <source>columns of an unknown layout, e.g. code=Cupón,date=Fecha</source>
      <translation>columnas de un formato desconocido, p. ej. code=Cupón,date=Fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="19" />
      <source>comma-separated</source>
      <translation>separado por comas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="404" />
      <source>control</source>
      <translation>control</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="277" />
      <source>corrected</source>
      <translation>corregido</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="416" />
      <source>cost {currency}</source>
      <translation>coste {currency}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="43" />
      <source>day-first or month-first, when the file cannot tell</source>
      <translation>día primero o mes primero, cuando el archivo no lo deja claro</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="282" />
      <source>dismissed</source>
      <translation>descartado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="279" />
      <source>duplicate</source>
      <translation>duplicado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="33" />
      <source>force a layout: shopify, woocommerce, square, stripe, ga4, loyverse, generic</source>
      <translation>forzar un formato: shopify, woocommerce, square, stripe, ga4, loyverse, generic</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="102" />
      <source>forget the decision</source>
      <translation>olvidar la decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="28" />
      <source>import a till, web shop or GA4 export</source>
      <translation>importar una exportación de la caja, la tienda online o GA4</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="53" />
      <source>imported files with provenance</source>
      <translation>archivos importados con su procedencia</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="46" />
      <source>keep names, emails and phones</source>
      <translation>conservar nombres, correos y teléfonos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="160" />
      <source>line {line}</source>
      <translation>línea {line}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="158" />
      <source>line {line}, column {column}</source>
      <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="50" />
      <source>list and remove imported files</source>
      <translation>listar y eliminar archivos importados</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="91" />
      <source>list only the first N (the oldest)</source>
      <translation>listar solo los N primeros (los más antiguos)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="68" />
      <source>match what came back to the plan</source>
      <translation>relacionar con el plan lo que ha vuelto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="275" />
      <source>matchback</source>
      <translation>atrib. por código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="101" />
      <source>not one of ours: leave it out</source>
      <translation>no es nuestro: dejarlo fuera</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="95" />
      <source>one use under review and the row it came from</source>
      <translation>un uso pendiente de revisión y la fila de la que vino</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="280" />
      <source>out of window</source>
      <translation>fuera de plazo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="22" />
      <source>pipe-separated</source>
      <translation>separado por barras verticales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="74" />
      <source>rebuild every attribution (by default only what changed since the last reconcile is done again: everything when the plan changed)</source>
      <translation>reconstruir todas las atribuciones (por defecto solo se rehace lo que cambió desde la última conciliación: todo cuando cambió el plan)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="163" />
      <source>refused {where}: {reason}</source>
      <translation>rechazada {where}: {reason}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="56" />
      <source>remove an import and what came from it</source>
      <translation>eliminar una importación y lo que vino con ella</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="83" />
      <source>report.pdf or results.csv</source>
      <translation>report.pdf o results.csv</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="273" />
      <source>response</source>
      <translation>respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="81" />
      <source>results per zone and variant</source>
      <translation>resultados por zona y variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="415" />
      <source>revenue {currency}</source>
      <translation>ingresos {currency}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="61" />
      <source>save an imported file again, as it was imported</source>
      <translation>guardar de nuevo un archivo importado, tal como se importó</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="20" />
      <source>semicolon-separated</source>
      <translation>separado por punto y coma</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="21" />
      <source>tab-separated</source>
      <translation>separado por tabuladores</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="97" />
      <location filename="src/omniprint/cli/results_cmds.py" line="105" />
      <source>the id shown by 'review list'</source>
      <translation>el id que muestra 'review list'</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="405" />
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="278" />
      <source>unmatched</source>
      <translation>sin coincidencia</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="88" />
      <source>unmatched, corrected, duplicate, late</source>
      <translation>sin coincidencia, corregidos, duplicados, fuera de plazo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="86" />
      <source>uses of codes that need a decision</source>
      <translation>usos de códigos que necesitan una decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="274" />
      <source>utm</source>
      <translation>utm</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="276" />
      <source>visit</source>
      <translation>visita</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="130" />
      <source>{delimiter}-separated</source>
      <translation>separado por {delimiter}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="133" />
      <source>{file}: {preset} ({encoding}, {separated}, dates {dates}, decimal {decimal})</source>
      <translation>{file}: {preset} ({encoding}, {separated}, fechas {dates}, decimal {decimal})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="149" />
      <source>{rows} rows: {added} added, {known} already known, {refused} refused</source>
      <translation>{rows} filas: {added} añadidas, {known} ya conocidas, {refused} rechazadas</translation>
    </message>
  </context>
</TS>
