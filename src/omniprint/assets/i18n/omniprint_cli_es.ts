<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>omniprint.cli.cards_cmds</name>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="84" />
      <source>Added the font {family} {style}: every text element can use it</source>
      <translation>Fuente {family} {style} añadida: todos los elementos de texto pueden usarla</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/cards_cmds.py" line="53" />
      <source>Imported {n} people from {file}: one card design merged per person</source>
      <extracomment>singular: Imported {n} person from {file}: one card design merged per person</extracomment>
      <translation>
        <numerusform>Importada {n} persona de {file}: un diseño de tarjeta combinado por persona</numerusform>
        <numerusform>Importadas {n} personas de {file}: un diseño de tarjeta combinado por persona</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="94" />
      <source>No brand fonts yet: add one with 'omniprint font add FILE.ttf'</source>
      <translation>Aún no hay fuentes de marca: añade una con 'omniprint font add ARCHIVO.ttf'</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="66" />
      <source>No people: the card prints the business's contact.</source>
      <translation>Sin personas: la tarjeta imprime el contacto del negocio.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="118" />
      <source>Removed the font {font}</source>
      <translation>Fuente eliminada: {font}</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/cards_cmds.py" line="72" />
      <source>Removed {n} people</source>
      <extracomment>singular: Removed {n} person</extracomment>
      <translation>
        <numerusform>Eliminada {n} persona</numerusform>
        <numerusform>Eliminadas {n} personas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="28" />
      <source>a piece's people</source>
      <translation>las personas de una pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="106" />
      <source>bytes</source>
      <comment>column</comment>
      <translation>bytes</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="45" />
      <source>e-mail</source>
      <comment>column</comment>
      <translation>correo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="103" />
      <source>family</source>
      <comment>column</comment>
      <translation>familia</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="105" />
      <source>file</source>
      <comment>column</comment>
      <translation>archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="29" />
      <source>forget a piece's people (print the business contact)</source>
      <translation>olvida las personas de una pieza (imprime el contacto del negocio)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="102" />
      <source>id</source>
      <comment>column</comment>
      <translation>id</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="44" />
      <source>mobile</source>
      <comment>column</comment>
      <translation>móvil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="44" />
      <source>name</source>
      <comment>column</comment>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="22" />
      <source>read name, title, mobile, e-mail from a CSV: one card per person</source>
      <translation>lee nombre, cargo, móvil y correo de un CSV: una tarjeta por persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="38" />
      <source>remove a family (or one face by id)</source>
      <translation>elimina una familia (o un estilo por su id)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="34" />
      <source>store a .ttf font in the workspace for every design</source>
      <translation>guarda una fuente .ttf en el espacio de trabajo para todos los diseños</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="104" />
      <source>style</source>
      <comment>column</comment>
      <translation>estilo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="37" />
      <source>the brand fonts</source>
      <translation>las fuentes de marca</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="32" />
      <source>the brand's own fonts</source>
      <translation>las fuentes propias de la marca</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="17" />
      <source>the people a card is printed for</source>
      <translation>las personas para las que se imprime una tarjeta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/cards_cmds.py" line="44" />
      <source>title</source>
      <comment>column</comment>
      <translation>título</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.channels_cmds</name>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="63" />
      <source>Cost {id} added to {channel}</source>
      <translation>Coste {id} añadido a {channel}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="92" />
      <source>Cost {id} removed</source>
      <translation>Coste {id} eliminado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="121" />
      <source>No ad reports imported.</source>
      <translation>No hay informes de anuncios importados.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="87" />
      <source>No costs added.</source>
      <translation>No hay costes añadidos.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="192" />
      <source>No order carries both a printed code and an online source.</source>
      <translation>Ningún pedido lleva a la vez un código impreso y un origen online.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="168" />
      <source>Note: {note}</source>
      <translation>Nota: {note}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="160" />
      <source>ROAS</source>
      <comment>column</comment>
      <translation>ROAS</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="161" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="115" />
      <source>ad campaign</source>
      <comment>column</comment>
      <translation>campaña de anuncios</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="34" />
      <source>ad campaigns that belong to a campaign</source>
      <translation>campañas de anuncios que pertenecen a una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="23" />
      <source>add a cost to a campaign's channel</source>
      <translation>añadir un coste a un canal de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="81" />
      <source>amount</source>
      <comment>column</comment>
      <translation>importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="81" />
      <location filename="src/omniprint/cli/channels_cmds.py" line="158" />
      <source>channel</source>
      <comment>column</comment>
      <translation>canal</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="115" />
      <location filename="src/omniprint/cli/channels_cmds.py" line="158" />
      <source>cost</source>
      <comment>column</comment>
      <translation>coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="160" />
      <source>cost/response</source>
      <comment>column</comment>
      <translation>coste/respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="21" />
      <source>costs with no export (radio, posters, a fair)</source>
      <translation>costes sin exportación (radio, carteles, una feria)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="36" />
      <source>count these ad campaigns' spend for the campaign</source>
      <translation>contar el gasto de estas campañas de anuncios para la campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="116" />
      <source>counted</source>
      <comment>column</comment>
      <translation>contada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="82" />
      <source>from</source>
      <comment>column</comment>
      <translation>origen</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="81" />
      <source>id</source>
      <comment>column</comment>
      <translation>id</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="42" />
      <source>imported ad campaigns and whether they count</source>
      <translation>campañas de anuncios importadas y si cuentan</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="158" />
      <source>kind</source>
      <comment>column</comment>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="118" />
      <source>linked</source>
      <translation>vinculada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="82" />
      <source>note</source>
      <comment>column</comment>
      <translation>nota</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="187" />
      <source>orders</source>
      <comment>column</comment>
      <translation>pedidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="187" />
      <source>path</source>
      <comment>column</comment>
      <translation>recorrido</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="47" />
      <source>paths of orders that cross channels</source>
      <translation>recorridos de pedidos que cruzan canales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="223" />
      <source>piece</source>
      <comment>column</comment>
      <translation>pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="224" />
      <source>pieces</source>
      <comment>column</comment>
      <translation>piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="48" />
      <source>pieces, scans, visits, responses and revenue</source>
      <translation>piezas, escaneos, visitas, respuestas e ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="115" />
      <source>platform</source>
      <comment>column</comment>
      <translation>plataforma</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="46" />
      <source>print and online channels side by side</source>
      <translation>canales impresos y online lado a lado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="31" />
      <source>remove a cost</source>
      <translation>eliminar un coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="159" />
      <location filename="src/omniprint/cli/channels_cmds.py" line="225" />
      <source>responses</source>
      <comment>column</comment>
      <translation>respuestas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="159" />
      <location filename="src/omniprint/cli/channels_cmds.py" line="187" />
      <location filename="src/omniprint/cli/channels_cmds.py" line="225" />
      <source>revenue</source>
      <comment>column</comment>
      <translation>ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="118" />
      <source>same name</source>
      <translation>mismo nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="224" />
      <source>scans</source>
      <comment>column</comment>
      <translation>escaneos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="37" />
      <source>stop counting these ad campaigns for the campaign</source>
      <translation>dejar de contar estas campañas de anuncios para la campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="30" />
      <source>the costs added to a campaign</source>
      <translation>los costes añadidos a una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="32" />
      <source>the id shown by 'cost list'</source>
      <translation>el id que muestra 'cost list'</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="82" />
      <source>to</source>
      <comment>column</comment>
      <translation>hasta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="223" />
      <source>variant</source>
      <comment>column</comment>
      <translation>variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="159" />
      <location filename="src/omniprint/cli/channels_cmds.py" line="224" />
      <source>visits</source>
      <comment>column</comment>
      <translation>visitas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="223" />
      <source>zone</source>
      <comment>column</comment>
      <translation>zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="97" />
      <source>{count} ad campaigns linked</source>
      <translation>{count} campañas de anuncios vinculadas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/channels_cmds.py" line="97" />
      <source>{count} ad campaigns unlinked</source>
      <translation>{count} campañas de anuncios desvinculadas</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.codes_cmds</name>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="74" />
      <source>({count} drops already had codes and were left as they were)</source>
      <translation>({count} repartos ya tenían códigos y se dejaron como estaban)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="70" />
      <source>Generated {count} codes for {drops} drops of {campaign}</source>
      <translation>Se generaron {count} códigos para {drops} repartos de {campaign}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="92" />
      <source>Wrote {count} codes to {file}</source>
      <translation>Se guardaron {count} códigos en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="134" />
      <source>Wrote {count} redirects ({format}) to {file}</source>
      <translation>Se guardaron {count} redirecciones ({format}) en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="32" />
      <source>a short prefix printed before each code, e.g. SPR</source>
      <translation>un prefijo corto que se imprime antes de cada código, p. ej. SPR</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="109" />
      <source>campaign {campaign}, piece {piece}, variant {variant}, zone {zone}, serial {serial}</source>
      <translation>campaña {campaign}, pieza {piece}, variante {variant}, zona {zone}, número de serie {serial}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="48" />
      <source>check a code someone typed (exit status 1 when it is not a valid issued code)</source>
      <translation>comprobar un código que alguien escribió (sale con estado 1 si no es un código válido emitido)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="53" />
      <source>export the redirect table of short links</source>
      <translation>exportar la tabla de redirecciones de los enlaces cortos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="21" />
      <source>generate, export and check coupon codes</source>
      <translation>generar, exportar y comprobar códigos de cupón</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="23" />
      <source>issue codes for the planned drops</source>
      <translation>emitir códigos para los repartos planificados</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="29" />
      <source>one code per printed piece (default) or one per drop</source>
      <translation>un código por pieza impresa (por defecto) o uno por reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="38" />
      <source>random characters per code (default {length} = 40 bits)</source>
      <translation>caracteres aleatorios por código (por defecto {length} = 40 bits)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="55" />
      <source>write redirects for your web server</source>
      <translation>guardar las redirecciones para tu servidor web</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="42" />
      <source>write the codes as CSV</source>
      <translation>guardar los códigos como CSV</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="118" />
      <source>{typed}: not a valid code (a character is wrong or missing)</source>
      <translation>{typed}: no es un código válido (sobra, falta o está mal un carácter)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="116" />
      <source>{typed}: not issued; did you mean {code}? ({where})</source>
      <translation>{typed}: no se emitió; ¿querías decir {code}? ({where})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="115" />
      <source>{typed}: valid code {code} ({where})</source>
      <translation>{typed}: código válido {code} ({where})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/codes_cmds.py" line="117" />
      <source>{typed}: well formed but never issued in this workspace</source>
      <translation>{typed}: bien formado, pero nunca se emitió en este espacio de trabajo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.demo_cmds</name>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="58" />
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="51" />
      <source>Sample workspace written: {path}</source>
      <translation>Espacio de trabajo de ejemplo creado: {path}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="66" />
      <source>Try:</source>
      <translation>Prueba:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="26" />
      <source>replace the file if it exists</source>
      <translation>sustituir el archivo si ya existe</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="24" />
      <source>where to write it (default: {path})</source>
      <translation>dónde guardarlo (por defecto: {path})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="18" />
      <source>write a sample workspace to explore, from plan to ROI</source>
      <translation>crear un espacio de trabajo de ejemplo para explorar, del plan al ROI</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/demo_cmds.py" line="52" />
      <source>{business}: campaign {campaign}, variants {variants} of a DL leaflet, {zones} zones and {controls} control zone, {codes} codes, {imports} imported exports ({files}).</source>
      <translation>{business}: campaña {campaign}, variantes {variants} de un folleto DL, {zones} zonas y {controls} zona de control, {codes} códigos, {imports} exportaciones importadas ({files}).</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.main</name>
    <message>
      <location filename="src/omniprint/cli/main.py" line="64" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="132" />
      <source>Plan, design, print and measure printed marketing. Run with no command to open the desktop app.</source>
      <translation>Planifica, diseña, imprime y mide tu publicidad impresa. Ejecútalo sin comando para abrir la aplicación de escritorio.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="166" />
      <source>Workspace ready: {path} (schema version {version})</source>
      <translation>Espacio de trabajo listo: {path} (versión del esquema {version})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="71" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="65" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="149" />
      <source>create the workspace file (or check an existing one)</source>
      <translation>crear el archivo del espacio de trabajo (o comprobar uno existente)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="70" />
      <source>expected one argument</source>
      <translation>se esperaba un argumento</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="69" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="68" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="122" />
      <source>language of the messages: en or es (default: OMNIPRINT_LANG, the settings, or the system's)</source>
      <translation>idioma de los mensajes: en o es (por defecto: OMNIPRINT_LANG, los ajustes o el del sistema)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="199" />
      <source>omniprint: cancelled: nothing was changed</source>
      <translation>omniprint: cancelado: no se cambió nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="208" />
      <location filename="src/omniprint/cli/main.py" line="216" />
      <source>omniprint: error: {message}</source>
      <translation>omniprint: error: {message}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="196" />
      <location filename="src/omniprint/cli/main.py" line="203" />
      <source>omniprint: stopped: nothing was changed</source>
      <translation>omniprint: detenido: no se ha cambiado nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="237" />
      <source>omniprint: warning: {message}</source>
      <translation>omniprint: aviso: {message}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="62" />
      <source>options</source>
      <translation>opciones</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="61" />
      <source>positional arguments</source>
      <translation>argumentos posicionales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="116" />
      <source>print machine-readable JSON (always in English)</source>
      <translation>mostrar JSON legible por máquinas (siempre en inglés)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="141" />
      <source>show the version and exit</source>
      <translation>mostrar la versión y salir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="63" />
      <source>show this help message and exit</source>
      <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="66" />
      <source>the following arguments are required: %s</source>
      <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="67" />
      <source>unrecognized arguments: %s</source>
      <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="60" />
      <source>usage: </source>
      <translation>uso: </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/main.py" line="110" />
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
      <location filename="src/omniprint/cli/plan_cmds.py" line="259" />
      <source>Added control zone {code} ({name}), {households} households</source>
      <translation>Zona de control añadida: {code} ({name}), {households} hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="261" />
      <source>Added zone {code} ({name}), {households} households</source>
      <translation>Zona añadida: {code} ({name}), {households} hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="412" />
      <source>Budget:</source>
      <translation>Presupuesto:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="122" />
      <source>Campaign created: {name} (slug: {slug})</source>
      <translation>Campaña creada: {name} (slug: {slug})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="130" />
      <source>Campaign updated: {name} (slug: {slug})</source>
      <translation>Campaña actualizada: {name} (slug: {slug})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="398" />
      <source>Control zones (get nothing): {zones}</source>
      <translation>Zonas de control (no reciben nada): {zones}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="406" />
      <source>Distribution:</source>
      <translation>Distribución:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="330" />
      <source>Drop: {piece} {variant} -&gt; {zone}, {quantity} pieces, {cost}</source>
      <translation>Reparto: {piece} {variant} -&gt; {zone}, {quantity} piezas, {cost}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="272" />
      <source>Imported {count} zones from {file} ({details})</source>
      <translation>Se importaron {count} zonas de {file} ({details})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="156" />
      <source>No campaigns yet. Create one with: omniprint campaign create NAME --landing-url URL</source>
      <translation>Aún no hay campañas. Crea una con: omniprint campaign create NAME --landing-url URL</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="410" />
      <source>OVER BUDGET by {amount}</source>
      <translation>PRESUPUESTO SUPERADO en {amount}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="191" />
      <source>Piece {name} ({slug}), variant {variant}: {kind}, {size}</source>
      <translation>Pieza {name} ({slug}), variante {variant}: {kind}, {size}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="404" />
      <source>Pieces:</source>
      <translation>Piezas:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="405" />
      <source>Print:</source>
      <translation>Impresión:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="407" />
      <source>Total:</source>
      <translation>Total:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="400" />
      <source>Zones with no drop yet: {zones}</source>
      <translation>Zonas aún sin reparto: {zones}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="64" />
      <source>a control zone: gets nothing</source>
      <translation>una zona de control: no recibe nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="37" />
      <source>add a piece, or a variant of one</source>
      <translation>añadir una pieza o una variante de una pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="55" />
      <source>add a zone</source>
      <translation>añadir una zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="36" />
      <source>add printed pieces and their variants</source>
      <translation>añadir piezas impresas y sus variantes</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="54" />
      <source>add, import and list distribution zones</source>
      <translation>añadir, importar y listar zonas de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="92" />
      <source>attribution window (60)</source>
      <translation>plazo de atribución (60)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="98" />
      <source>budget</source>
      <translation>el presupuesto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="151" />
      <source>budget</source>
      <comment>column</comment>
      <translation>presupuesto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="41" />
      <source>business-card, flyer, leaflet, door-hanger, postcard</source>
      <translation>business-card (tarjeta de visita), flyer, leaflet (folleto), door-hanger (colgador de puerta), postcard (postal)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="30" />
      <source>change a campaign's details</source>
      <translation>cambiar los datos de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="304" />
      <source>code</source>
      <comment>column</comment>
      <translation>código</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="299" />
      <source>control</source>
      <translation>control</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="253" />
      <source>cost per thousand</source>
      <translation>el coste por mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="252" />
      <source>coverage</source>
      <translation>cobertura</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="307" />
      <source>coverage</source>
      <comment>column</comment>
      <translation>cobertura</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="308" />
      <source>cpm</source>
      <comment>column</comment>
      <translation>coste/mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="26" />
      <source>create and list campaigns</source>
      <translation>crear y listar campañas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="363" />
      <source>dates: {start} to {end}</source>
      <translation>fechas: del {start} al {end}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="76" />
      <source>default: households x coverage</source>
      <translation>por defecto: hogares x cobertura</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="375" />
      <source>distribution</source>
      <comment>column</comment>
      <translation>distribución</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="61" />
      <source>distribution cost per thousand</source>
      <translation>coste de reparto por mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="309" />
      <source>drop date</source>
      <comment>column</comment>
      <translation>fecha de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="63" />
      <source>drop date (YYYY-MM-DD)</source>
      <translation>fecha de reparto (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="150" />
      <source>end</source>
      <comment>column</comment>
      <translation>fin</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="85" />
      <source>end date (YYYY-MM-DD)</source>
      <translation>fecha de fin (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="251" />
      <source>households</source>
      <translation>hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="306" />
      <source>households</source>
      <comment>column</comment>
      <translation>hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="66" />
      <source>import zones from a CSV file</source>
      <translation>importar zonas de un archivo CSV</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="50" />
      <source>keep a custom size that looks like a typo (a side under 30 mm)</source>
      <translation>mantener un tamaño a medida que parece una errata (un lado de menos de 30 mm)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="237" />
      <source>kind</source>
      <comment>column</comment>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="358" />
      <source>landing page: {url}</source>
      <translation>página de destino: {url}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="52" />
      <source>list a campaign's pieces</source>
      <translation>listar las piezas de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="69" />
      <source>list a campaign's zones</source>
      <translation>listar las zonas de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="34" />
      <source>list campaigns</source>
      <translation>listar campañas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="148" />
      <location filename="src/omniprint/cli/plan_cmds.py" line="305" />
      <source>name</source>
      <comment>column</comment>
      <translation>nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="236" />
      <location filename="src/omniprint/cli/plan_cmds.py" line="370" />
      <source>piece</source>
      <comment>column</comment>
      <translation>pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="46" />
      <source>piece name (default: its kind)</source>
      <translation>nombre de la pieza (por defecto: su tipo)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="79" />
      <source>pieces, zones, drops, totals</source>
      <translation>piezas, zonas, repartos y totales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="27" />
      <source>plan a new campaign</source>
      <translation>planificar una campaña nueva</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="56" />
      <source>postcode or sector code</source>
      <translation>código postal o código de sector</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="374" />
      <source>print</source>
      <comment>column</comment>
      <translation>impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="45" />
      <source>print cost per piece</source>
      <translation>coste de impresión por pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="324" />
      <source>quantity</source>
      <translation>cantidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="373" />
      <source>quantity</source>
      <comment>column</comment>
      <translation>cantidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="72" />
      <source>send a piece variant to a zone</source>
      <translation>enviar una variante de pieza a una zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="71" />
      <source>send piece variants to zones</source>
      <translation>enviar variantes de piezas a zonas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="59" />
      <source>share of households, %%</source>
      <translation>porcentaje de hogares, %%</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="89" />
      <source>short links: https://brand.es/r/</source>
      <translation>enlaces cortos: https://brand.es/r/</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="78" />
      <source>show a campaign's plan and costs</source>
      <translation>mostrar el plan y los costes de una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="238" />
      <source>size</source>
      <comment>column</comment>
      <translation>tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="147" />
      <source>slug</source>
      <comment>column</comment>
      <translation>slug</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="149" />
      <source>start</source>
      <comment>column</comment>
      <translation>inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="84" />
      <source>start date (YYYY-MM-DD)</source>
      <translation>fecha de inicio (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="376" />
      <source>total</source>
      <comment>column</comment>
      <translation>total</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="86" />
      <source>total budget, e.g. 1500</source>
      <translation>presupuesto total, p. ej. 1500</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="240" />
      <source>unit cost</source>
      <comment>column</comment>
      <translation>coste unitario</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="239" />
      <location filename="src/omniprint/cli/plan_cmds.py" line="371" />
      <source>variant</source>
      <comment>column</comment>
      <translation>variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="44" />
      <source>variant label (default A)</source>
      <translation>etiqueta de la variante (por defecto A)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="372" />
      <source>zone</source>
      <comment>column</comment>
      <translation>zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="410" />
      <source>{amount} left</source>
      <translation>Quedan {amount}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/plan_cmds.py" line="180" />
      <source>{problem} Nothing was added; to keep this size, run the command again with --yes.</source>
      <translation>{problem} No se añadió nada; para mantener este tamaño, repite la orden con --yes.</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.print_cmds</name>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="275" />
      <source>--rgb is for office printing: a press file must be CMYK</source>
      <translation>--rgb es para imprimir en la oficina: un archivo para imprenta debe ser CMYK</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="221" />
      <source>Design of {piece} set from template {template}</source>
      <translation>Diseño de {piece} creado a partir de la plantilla {template}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="77" />
      <source>Google Business profile link</source>
      <translation>enlace al perfil de Google Business</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="239" />
      <source>Imported the design from {file}: {sides} sides, {elements} elements</source>
      <translation>Diseño importado de {file}: {sides} caras, {elements} elementos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="312" />
      <source>No codes yet: the proof shows a sample code and link</source>
      <translation>Aún no hay códigos: la prueba muestra un código y un enlace de ejemplo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="141" />
      <source>PDF/X-4 (default) or PDF/X-1a</source>
      <translation>PDF/X-4 (por defecto) o PDF/X-1a</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="257" />
      <source>Preflight: no problems found</source>
      <translation>Comprobación previa: no se encontraron problemas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="108" />
      <source>RGB for office printing (not press)</source>
      <translation>RGB para imprimir en la oficina (no en imprenta)</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/print_cmds.py" line="315" />
      <source>Self-check: {n} QR codes on pages {pages} decode to the right links</source>
      <extracomment>singular: Self-check: {n} QR code on pages {pages} decodes to the right link</extracomment>
      <translation>
        <numerusform>Autocomprobación: {n} código QR de las páginas {pages} lleva al enlace correcto</numerusform>
        <numerusform>Autocomprobación: {n} códigos QR de las páginas {pages} llevan a los enlaces correctos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="76" />
      <source>WhatsApp number with its country code (+34 600 123 456)</source>
      <translation>número de WhatsApp con su prefijo de país (+34 600 123 456)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="230" />
      <source>Wrote the design to {file}</source>
      <translation>Diseño guardado en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="376" />
      <source>Wrote the print-shop package {file}</source>
      <translation>Paquete para la imprenta guardado en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="288" />
      <source>Wrote {file}: {pages}, {pieces}</source>
      <translation>Guardado {file}: {pages}, {pieces}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="104" />
      <source>bleed and safe area preset</source>
      <translation>sangrado y zona segura predefinidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="43" />
      <source>check a design for print</source>
      <translation>comprobar un diseño antes de imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="138" />
      <source>crop marks outside the bleed (default: on press sheets, off on single pieces)</source>
      <translation>marcas de corte fuera del sangrado (por defecto: sí en pliegos, no en piezas sueltas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="106" />
      <source>custom bleed</source>
      <translation>sangrado personalizado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="50" />
      <source>export despite preflight errors</source>
      <translation>exportar aunque la comprobación previa tenga errores</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="156" />
      <source>how the sheet turns for backs</source>
      <translation>cómo se voltea el pliego para los reversos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="209" />
      <source>kind</source>
      <comment>column</comment>
      <translation>tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="27" />
      <source>landscape</source>
      <translation>apaisado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="32" />
      <source>list the starter templates</source>
      <translation>listar las plantillas de inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="75" />
      <source>mobile phone</source>
      <translation>teléfono móvil</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="208" />
      <source>name</source>
      <comment>column</comment>
      <translation>nombre</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/print_cmds.py" line="294" />
      <source>on {n} sheets ({per_sheet}-up)</source>
      <extracomment>singular: on {n} sheet ({per_sheet}-up)</extracomment>
      <translation>
        <numerusform>en {n} pliego ({per_sheet} por pliego)</numerusform>
        <numerusform>en {n} pliegos ({per_sheet} por pliego)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="33" />
      <source>only templates for this piece kind</source>
      <translation>solo las plantillas de este tipo de pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="47" />
      <source>only this zone's pieces</source>
      <translation>solo las piezas de esta zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="60" />
      <source>paper, for the job ticket (default: the usual one for the piece kind)</source>
      <translation>papel, para la orden de trabajo (por defecto: el habitual para el tipo de pieza)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="27" />
      <source>portrait</source>
      <translation>vertical</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="100" />
      <source>press file, proof or office print</source>
      <translation>archivo para imprenta, prueba o impresión en la oficina</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="102" />
      <source>press sheet</source>
      <translation>pliego</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="129" />
      <source>processes drawing the pages (default 0: every core); the file is the same</source>
      <translation>procesos que dibujan las páginas (por defecto 0: todos los núcleos); el archivo es el mismo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="40" />
      <source>read a design from JSON</source>
      <translation>leer un diseño de un JSON</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="69" />
      <source>set name, phone, email, web, address, contact, phones and social profiles</source>
      <translation>cambia nombre, teléfono, correo, web, dirección, contacto, teléfonos y redes sociales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="35" />
      <source>set, export and import a piece's design</source>
      <translation>definir, exportar e importar el diseño de una pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="85" />
      <source>show them</source>
      <translation>mostrarlos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="210" />
      <source>size</source>
      <comment>column</comment>
      <translation>tamaño</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="36" />
      <source>start a design from a template</source>
      <translation>empezar un diseño a partir de una plantilla</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="31" />
      <source>starter templates</source>
      <translation>plantillas de inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="73" />
      <source>the person on the card (Ana García)</source>
      <translation>la persona de la tarjeta (Ana García)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="153" />
      <source>the press sheet's unprintable edge (default 5 mm)</source>
      <translation>el borde no imprimible del pliego (por defecto 5 mm)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="147" />
      <source>the print shop's CMYK output profile (default: the shop preset's)</source>
      <translation>el perfil de salida CMYK de la imprenta (por defecto: el del preajuste)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="74" />
      <source>their job title</source>
      <translation>su cargo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="211" />
      <source>title</source>
      <comment>column</comment>
      <translation>título</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="38" />
      <source>write the design as JSON</source>
      <translation>guardar el diseño como JSON</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="46" />
      <source>write the print-ready PDF</source>
      <translation>guardar el PDF listo para imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="64" />
      <source>your business details, printed on pieces</source>
      <translation>los datos de tu negocio, que se imprimen en las piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="53" />
      <source>zip for the print shop</source>
      <translation>zip para la imprenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="306" />
      <source>{cols} x {rows} on each {sheet} sheet ({orientation})</source>
      <translation>{cols} x {rows} en cada pliego {sheet} ({orientation})</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="261" />
      <source>{errors} errors, {warnings} warnings</source>
      <translation>{errors} errores, {warnings} avisos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="81" />
      <source>{network} profile: @handle or link</source>
      <translation>perfil de {network}: @usuario o enlace</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/print_cmds.py" line="290" />
      <source>{n} pages</source>
      <extracomment>singular: {n} page</extracomment>
      <translation>
        <numerusform>{n} página</numerusform>
        <numerusform>{n} páginas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/print_cmds.py" line="291" />
      <source>{n} pieces</source>
      <extracomment>singular: {n} piece</extracomment>
      <translation>
        <numerusform>{n} pieza</numerusform>
        <numerusform>{n} piezas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="300" />
      <source>{pdfx} for the printing condition {condition}</source>
      <translation>{pdfx} para la condición de impresión {condition}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/print_cmds.py" line="118" />
      <source>{value!r} is not a number of processes (0: every core)</source>
      <translation>{value!r} no es un número de procesos (0: todos los núcleos)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.cli.results_cmds</name>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="477" />
      <source>(the text of this file was not kept)</source>
      <translation>(el texto de este archivo no se guardó)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="360" />
      <source>--out must end in .pdf or .csv (got {name})</source>
      <translation>--out debe terminar en .pdf o .csv (se recibió {name})</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/results_cmds.py" line="204" />
      <source>... and {n} more refused rows</source>
      <extracomment>singular: ... and {n} more refused row</extracomment>
      <translation>
        <numerusform>... y {n} fila rechazada más</numerusform>
        <numerusform>... y {n} filas rechazadas más</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="409" />
      <source>A/B test: {piece}</source>
      <translation>Prueba A/B: {piece}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="414" />
      <source>Before you trust the numbers</source>
      <translation>Antes de fiarse de los números</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="472" />
      <source>Decision: {decision}</source>
      <translation>Decisión: {decision}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="406" />
      <source>Lift against control zones</source>
      <translation>Efecto frente a las zonas de control</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="446" />
      <source>Nothing to review</source>
      <translation>No hay nada que revisar</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="401" />
      <source>ROI</source>
      <comment>column</comment>
      <translation>ROI</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="475" />
      <source>Record {id} is not under review</source>
      <translation>El registro {id} no está pendiente de revisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="488" />
      <source>Recorded: {decision} for {response}; results updated</source>
      <translation>Registrado: {decision} para {response}; resultados actualizados</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/results_cmds.py" line="266" />
      <source>Removed import {id} and its {n} records</source>
      <extracomment>singular: Removed import {id} and its {n} record</extracomment>
      <translation>
        <numerusform>Se eliminó la importación {id} y su {n} registro</numerusform>
        <numerusform>Se eliminó la importación {id} y sus {n} registros</numerusform>
      </translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="277" />
      <source>Saved import {id} to {file}</source>
      <translation>Importación {id} guardada en {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="476" />
      <source>The row in the file:</source>
      <translation>La fila en el archivo:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="473" />
      <source>The row in {file}:</source>
      <translation>La fila en {file}:</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="463" />
      <source>Use {id}: {status} ({rule}), typed {typed!r}, code {code}</source>
      <translation>Uso {id}: {status} ({rule}), tecleado {typed!r}, código {code}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="363" />
      <source>Wrote {file}</source>
      <translation>Guardado {file}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="100" />
      <source>accept the suggested correction</source>
      <translation>aceptar la corrección propuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="252" />
      <source>added</source>
      <comment>column</comment>
      <translation>añadidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="385" />
      <source>all variants</source>
      <translation>todas las variantes</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="175" />
      <source>already imported: nothing added</source>
      <translation>ya importado: no se añadió nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="441" />
      <source>amount</source>
      <comment>column</comment>
      <translation>importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="107" />
      <source>assign a code by hand</source>
      <translation>asignar un código a mano</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="329" />
      <source>cancelled</source>
      <translation>cancelado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="439" />
      <source>code</source>
      <comment>column</comment>
      <translation>código</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="46" />
      <source>columns of an unknown layout, e.g. code=Cupón,date=Fecha</source>
      <translation>columnas de un formato desconocido, p. ej. code=Cupón,date=Fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="22" />
      <source>comma-separated</source>
      <translation>separado por comas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="384" />
      <source>control</source>
      <translation>control</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="325" />
      <source>corrected</source>
      <translation>corregido</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="399" />
      <source>cost {currency}</source>
      <translation>coste {currency}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="51" />
      <source>day-first or month-first, when the file cannot tell</source>
      <translation>día primero o mes primero, cuando el archivo no lo deja claro</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="443" />
      <source>decision</source>
      <comment>column</comment>
      <translation>decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="330" />
      <source>dismissed</source>
      <translation>descartado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="327" />
      <source>duplicate</source>
      <translation>duplicado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="249" />
      <source>file</source>
      <comment>column</comment>
      <translation>archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="41" />
      <source>force a layout: {names}</source>
      <translation>forzar un formato: {names}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="102" />
      <source>forget the decision</source>
      <translation>olvidar la decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="442" />
      <source>from</source>
      <comment>column</comment>
      <translation>origen</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="248" />
      <location filename="src/omniprint/cli/results_cmds.py" line="435" />
      <source>id</source>
      <comment>column</comment>
      <translation>id</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="35" />
      <source>import a till, web shop, GA4 or ad export, or an access log</source>
      <translation>importar una exportación de caja, tienda web, GA4 o anuncios, o un registro de accesos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="255" />
      <source>imported</source>
      <comment>column</comment>
      <translation>importado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="66" />
      <source>imported files with provenance</source>
      <translation>archivos importados con su procedencia</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="54" />
      <source>keep names, emails and phones</source>
      <translation>conservar nombres, correos y teléfonos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="253" />
      <source>known</source>
      <comment>column</comment>
      <translation>conocidos</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="196" />
      <source>line {line}</source>
      <translation>línea {line}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="194" />
      <source>line {line}, column {column}</source>
      <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="65" />
      <source>list and remove imported files</source>
      <translation>listar y eliminar archivos importados</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="94" />
      <source>list only the first N (the oldest)</source>
      <translation>listar solo los N primeros (los más antiguos)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="74" />
      <source>match what came back to the plan</source>
      <translation>relacionar con el plan lo que ha vuelto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="402" />
      <source>match-back</source>
      <comment>column</comment>
      <translation>atrib. CP</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="323" />
      <source>matchback</source>
      <translation>atrib. por código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="101" />
      <source>not one of ours: leave it out</source>
      <translation>no es nuestro: dejarlo fuera</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="96" />
      <source>one use under review and the row it came from</source>
      <translation>un uso pendiente de revisión y la fila de la que vino</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="396" />
      <source>online</source>
      <comment>column</comment>
      <translation>online</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="328" />
      <source>out of window</source>
      <translation>fuera de plazo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="400" />
      <source>per resp</source>
      <comment>column</comment>
      <translation>por resp.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="285" />
      <source>personal columns left out: imported without --keep-personal, so only dates, codes, amounts, ids, postcodes, UTM values, store, status and currency were kept</source>
      <translation>columnas personales omitidas: se importó sin --keep-personal, así que solo se guardaron fechas, códigos, importes, identificadores, códigos postales, valores UTM, tienda, estado y moneda</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="391" />
      <source>piece</source>
      <comment>column</comment>
      <translation>pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="393" />
      <source>pieces</source>
      <comment>column</comment>
      <translation>piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="25" />
      <source>pipe-separated</source>
      <translation>separado por barras verticales</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="250" />
      <source>preset</source>
      <comment>column</comment>
      <translation>formato</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="140" />
      <source>readable, but not imported: another file could not be read</source>
      <translation>legible, pero no importado: otro archivo no se pudo leer</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="79" />
      <source>rebuild every attribution (by default only what changed since the last reconcile is done again: everything when the plan changed)</source>
      <translation>reconstruir todas las atribuciones (por defecto solo se rehace lo que cambió desde la última conciliación: todo cuando cambió el plan)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="254" />
      <source>refused</source>
      <comment>column</comment>
      <translation>rechazados</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="199" />
      <source>refused {where}: {reason}</source>
      <translation>rechazada {where}: {reason}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="67" />
      <source>remove an import and what came from it</source>
      <translation>eliminar una importación y lo que vino con ella</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="88" />
      <source>report.pdf or results.csv</source>
      <translation>report.pdf o results.csv</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="397" />
      <source>resp</source>
      <comment>column</comment>
      <translation>resp.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="321" />
      <source>response</source>
      <translation>respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="86" />
      <source>results per zone and variant</source>
      <translation>resultados por zona y variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="398" />
      <source>revenue {currency}</source>
      <translation>ingresos {currency}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="251" />
      <source>rows</source>
      <comment>column</comment>
      <translation>filas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="437" />
      <source>rule</source>
      <comment>column</comment>
      <translation>regla</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="335" />
      <source>rule: corrected</source>
      <translation>corregido</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="334" />
      <source>rule: exact</source>
      <translation>exacto</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="337" />
      <source>rule: link</source>
      <translation>enlace</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="336" />
      <source>rule: manual</source>
      <translation>manual</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="340" />
      <source>rule: postcode</source>
      <translation>código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="338" />
      <source>rule: utm</source>
      <translation>utm</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="339" />
      <source>rule: visit</source>
      <translation>visita</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="69" />
      <source>save an imported file again, as it was imported</source>
      <translation>guardar de nuevo un archivo importado, tal como se importó</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="23" />
      <source>semicolon-separated</source>
      <translation>separado por punto y coma</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="190" />
      <source>source: {source}</source>
      <translation>origen: {source}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="26" />
      <source>space-separated</source>
      <translation>separado por espacios</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="436" />
      <source>status</source>
      <comment>column</comment>
      <translation>estado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="395" />
      <source>store</source>
      <comment>column</comment>
      <translation>tienda</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="24" />
      <source>tab-separated</source>
      <translation>separado por tabuladores</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="98" />
      <location filename="src/omniprint/cli/results_cmds.py" line="105" />
      <source>the id shown by 'review list'</source>
      <translation>el id que muestra 'review list'</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="59" />
      <source>the shop or account the file comes from, when you have several (remembered for files with the same columns)</source>
      <translation>la tienda o cuenta de la que viene el archivo, cuando tienes varias (se recuerda para archivos con las mismas columnas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="388" />
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="438" />
      <source>typed</source>
      <comment>column</comment>
      <translation>tecleado</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="326" />
      <source>unmatched</source>
      <translation>sin coincidencia</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="91" />
      <source>unmatched, corrected, duplicate, late</source>
      <translation>sin coincidencia, corregidos, duplicados, fuera de plazo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="90" />
      <source>uses of codes that need a decision</source>
      <translation>usos de códigos que necesitan una decisión</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="322" />
      <source>utm</source>
      <translation>utm</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="392" />
      <source>var</source>
      <comment>column</comment>
      <translation>var.</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="324" />
      <source>visit</source>
      <translation>visita</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="394" />
      <source>visits</source>
      <comment>column</comment>
      <translation>visitas</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="440" />
      <source>when</source>
      <comment>column</comment>
      <translation>cuándo</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="390" />
      <source>zone</source>
      <comment>column</comment>
      <translation>zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="162" />
      <source>{delimiter}-separated</source>
      <translation>separado por {delimiter}</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="144" />
      <source>{error} (not imported)</source>
      <translation>{error} (no importado)</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="149" />
      <source>{failed} of {count} files could not be read: nothing was imported. Fix or leave out those files and run the import again</source>
      <translation>{failed} de {count} archivos no se pudieron leer: no se importó nada. Corrige o quita esos archivos y vuelve a importar</translation>
    </message>
    <message>
      <location filename="src/omniprint/cli/results_cmds.py" line="165" />
      <source>{file}: {preset} ({encoding}, {separated}, dates {dates}, decimal {decimal})</source>
      <translation>{file}: {preset} ({encoding}, {separated}, fechas {dates}, decimal {decimal})</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/cli/results_cmds.py" line="179" />
      <source>{n} rows: {added} added, {known} already known, {refused} refused</source>
      <extracomment>singular: {n} row: {added} added, {known} already known, {refused} refused</extracomment>
      <translation>
        <numerusform>{n} fila: {added} añadidas, {known} ya conocidas, {refused} rechazadas</numerusform>
        <numerusform>{n} filas: {added} añadidas, {known} ya conocidas, {refused} rechazadas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.launch</name>
    <message>
      <location filename="src/omniprint/launch.py" line="60" />
      <source>The desktop app needs the libxcb-cursor library to open a window on X11; install it with {commands}, then start OmniPrint again.</source>
      <translation>La aplicación de escritorio necesita la biblioteca libxcb-cursor para abrir una ventana en X11; instálala con {commands} y vuelve a abrir OmniPrint.</translation>
    </message>
    <message>
      <location filename="src/omniprint/launch.py" line="52" />
      <source>There is no display to show the app on (neither DISPLAY nor WAYLAND_DISPLAY is set): use the command line (omniprint --help), or start the app with QT_QPA_PLATFORM=offscreen to run it without a window.</source>
      <translation>No hay pantalla donde mostrar la aplicación (no están definidas DISPLAY ni WAYLAND_DISPLAY): usa la línea de órdenes (omniprint --help) o abre la aplicación con QT_QPA_PLATFORM=offscreen para usarla sin ventana.</translation>
    </message>
  </context>
</TS>
