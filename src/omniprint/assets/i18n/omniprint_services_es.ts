<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>omniprint.services.business</name>
    <message>
      <location filename="src/omniprint/services/business.py" line="31" />
      <source>business {key} is longer than 200 characters</source>
      <translation>el dato del negocio {key} tiene más de 200 caracteres</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/business.py" line="49" />
      <source>unknown business field {key!r}: use {fields}</source>
      <translation>dato del negocio desconocido {key!r}: usa {fields}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.codes</name>
    <message>
      <location filename="src/omniprint/services/codes.py" line="52" />
      <source>--per must be piece or drop (got {per!r})</source>
      <translation>--per debe ser piece o drop (se recibió {per!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="160" />
      <source>Exporting codes</source>
      <translation>Exportando códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="75" />
      <location filename="src/omniprint/services/codes.py" line="93" />
      <source>Generating codes</source>
      <translation>Generando códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="150" />
      <location filename="src/omniprint/services/codes.py" line="202" />
      <source>campaign {campaign} has no codes yet: run 'omniprint codes generate'</source>
      <translation>la campaña {campaign} aún no tiene códigos: ejecuta 'omniprint codes generate'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="58" />
      <source>campaign {campaign} has no drops yet: plan them with 'omniprint drop add'</source>
      <translation>la campaña {campaign} aún no tiene repartos: planifícalos con 'omniprint drop add'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="194" />
      <source>campaign {campaign} has no redirect base, so its QR codes carry the full link and need no redirects; set one with 'omniprint campaign set CAMPAIGN --redirect-base https://your-domain/r/'</source>
      <translation>la campaña {campaign} no tiene base de redirección, así que sus códigos QR llevan el enlace completo y no necesitan redirecciones; indica una con 'omniprint campaign set CAMPAIGN --redirect-base https://your-domain/r/'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="187" />
      <source>unknown format {format!r}: use one of {formats}</source>
      <translation>formato desconocido {format!r}: usa uno de estos: {formats}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.demo</name>
    <message>
      <location filename="src/omniprint/services/demo.py" line="200" />
      <source>Designing variants A and B</source>
      <translation>Diseñando las variantes A y B</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="246" />
      <source>Importing the results</source>
      <translation>Importando los resultados</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="231" />
      <source>Issuing codes</source>
      <translation>Emitiendo códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="234" />
      <source>Making the sample results</source>
      <translation>Creando los resultados de ejemplo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="182" />
      <source>Planning the campaign</source>
      <translation>Planificando la campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="219" />
      <source>Planning the drops</source>
      <translation>Planificando los repartos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="171" />
      <source>Sample ready</source>
      <translation>Ejemplo listo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="154" />
      <source>{file} already exists: choose another file, or replace it (--force)</source>
      <translation>{file} ya existe: elige otro archivo o sustitúyelo (--force)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.designs</name>
    <message>
      <location filename="src/omniprint/services/designs.py" line="217" />
      <source>cannot be read ({reason})</source>
      <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="130" />
      <source>design uses images that are not in the workspace: {image}</source>
      <translation>el diseño usa imágenes que no están en el espacio de trabajo: {image}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="196" />
      <source>image {asset} does not match its content</source>
      <translation>la imagen {asset} no coincide con su contenido</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="185" />
      <source>is not a design file (not JSON: {error})</source>
      <translation>no es un archivo de diseño (no es JSON: {error})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="181" />
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="79" />
      <source>no template called {name!r} (templates: {names})</source>
      <translation>no hay ninguna plantilla llamada {name!r} (plantillas: {names})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="88" />
      <source>no template for {kind} pieces</source>
      <translation>no hay plantilla para piezas de tipo {kind}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="207" />
      <source>only PNG and JPEG images can be placed in a design</source>
      <translation>en un diseño solo se pueden colocar imágenes PNG y JPEG</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="138" />
      <source>the design is {design_size} but piece {piece} is {piece_size}</source>
      <translation>el diseño mide {design_size}, pero la pieza {piece} mide {piece_size}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.files</name>
    <message>
      <location filename="src/omniprint/services/files.py" line="40" />
      <source>{path} is a folder: give a file name</source>
      <translation>{path} es una carpeta: indica un nombre de archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/files.py" line="42" />
      <source>{path}: no such folder</source>
      <translation>{path}: no existe la carpeta</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.fonts</name>
    <message>
      <location filename="src/omniprint/services/fonts.py" line="43" />
      <source>cannot be read (permission denied)</source>
      <translation>no se puede leer (permiso denegado)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/fonts.py" line="41" />
      <source>is a folder, not a file</source>
      <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/fonts.py" line="25" />
      <source>is larger than 30 MB: not a single font</source>
      <translation>ocupa más de 30 MB: no es una sola fuente</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/fonts.py" line="61" />
      <source>no brand font called {ref!r}; 'omniprint font list' shows them</source>
      <translation>no hay ninguna fuente de marca llamada {ref!r}; 'omniprint font list' las muestra</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/fonts.py" line="39" />
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.imports</name>
    <message>
      <location filename="src/omniprint/services/imports.py" line="67" />
      <source>--map takes field=column pairs separated by commas (got {part!r})</source>
      <translation>--map necesita pares campo=columna separados por comas (se recibió {part!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="73" />
      <source>--map: unknown field {field!r}; fields: {fields}</source>
      <translation>--map: campo desconocido {field!r}; campos: {fields}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="187" />
      <source>Importing records</source>
      <translation>Importando registros</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="94" />
      <source>cannot be read (permission denied)</source>
      <translation>no se puede leer (permiso denegado)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="92" />
      <source>is a folder, not a file</source>
      <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="86" />
      <source>is larger than 2 GB: split it into smaller exports</source>
      <translation>ocupa más de 2 GB: divídelo en exportaciones más pequeñas</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="308" />
      <source>no import with id {import_id}</source>
      <translation>no hay ninguna importación con id {import_id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="299" />
      <source>no imported record with id {id}</source>
      <translation>no hay ningún registro importado con id {id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="90" />
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="318" />
      <source>the text of import {import_id} was not kept (it was imported before OmniPrint kept the files' text)</source>
      <translation>el texto de la importación {import_id} no se guardó (se importó antes de que OmniPrint guardara el texto de los archivos)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.plan</name>
    <message>
      <location filename="src/omniprint/services/plan.py" line="175" />
      <source> (pieces: {names})</source>
      <translation> (piezas: {names})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="177" />
      <source> (the campaign has no pieces yet)</source>
      <translation> (la campaña aún no tiene piezas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="39" />
      <source>attribution window must be between 1 and 730 days</source>
      <translation>el plazo de atribución debe estar entre 1 y 730 días</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="37" />
      <location filename="src/omniprint/services/plan.py" line="76" />
      <source>budget must not be negative</source>
      <translation>el presupuesto no puede ser negativo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="230" />
      <source>cost per thousand</source>
      <translation>el coste por mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="88" />
      <source>name a campaign</source>
      <translation>indica una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="180" />
      <source>no piece {name!r} in campaign {campaign}{known}</source>
      <translation>no hay ninguna pieza {name!r} en la campaña {campaign}{known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="158" />
      <source>piece {name!r} already has a variant {label}</source>
      <translation>la pieza {name!r} ya tiene una variante {label}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="142" />
      <source>piece {name!r} is a {kind}, not a {new_kind}: give the new piece another --name</source>
      <translation>la pieza {name!r} es de tipo {kind}, no {new_kind}: da a la pieza nueva otro --name</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="205" />
      <source>piece {piece} has no variant {label} (variants: {labels})</source>
      <translation>la pieza {piece} no tiene la variante {label} (variantes: {labels})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="195" />
      <source>piece {piece} has variants {labels}: say which with --variant</source>
      <translation>la pieza {piece} tiene las variantes {labels}: indica cuál con --variant</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="327" />
      <location filename="src/omniprint/services/plan.py" line="345" />
      <source>variant {variant} of {piece} does not go to zone {zone}</source>
      <translation>la variante {variant} de {piece} no se reparte en la zona {zone}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="151" />
      <source>variants of {name!r} share its size ({size}): give a piece of another size another --name</source>
      <translation>las variantes de {name!r} comparten su tamaño ({size}): da a una pieza de otro tamaño otro --name</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="264" />
      <source>zone {zone} has drops: a control zone gets nothing</source>
      <translation>la zona {zone} tiene repartos: una zona de control no recibe nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="305" />
      <source>zone {zone} has no households to reach: give --quantity</source>
      <translation>la zona {zone} no tiene hogares a los que llegar: indica --quantity</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="297" />
      <source>zone {zone} is a control zone: it gets nothing, so it can show the lift</source>
      <translation>la zona {zone} es una zona de control: no recibe nada, para poder mostrar el incremento</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="237" />
      <source>{what} must not be negative</source>
      <translation>{what} no puede ser negativo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.printing</name>
    <message>
      <location filename="src/omniprint/services/printing.py" line="117" />
      <source>variant {variant} of {piece} has no codes in zone {zone} yet: run 'omniprint codes generate {campaign}' first</source>
      <translation>la variante {variant} de {piece} aún no tiene códigos en la zona {zone}: ejecuta antes 'omniprint codes generate {campaign}'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/printing.py" line="122" />
      <source>variant {variant} of {piece} has no codes yet: run 'omniprint codes generate {campaign}' first</source>
      <translation>la variante {variant} de {piece} aún no tiene códigos: ejecuta antes 'omniprint codes generate {campaign}'</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.reconcile</name>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="167" />
      <source>Correcting typing errors</source>
      <translation>Corrigiendo errores de tecleo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="164" />
      <source>Matching codes</source>
      <translation>Buscando coincidencias de códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="174" />
      <source>Matching links</source>
      <translation>Buscando coincidencias de enlaces</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="180" />
      <source>Matching postcodes</source>
      <translation>Atribuyendo por código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="177" />
      <source>Matching visits</source>
      <translation>Buscando coincidencias de visitas</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="107" />
      <source>Reconciled</source>
      <translation>Conciliado</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.report</name>
    <message>
      <location filename="src/omniprint/services/report.py" line="155" />
      <source>1 code had one typing error and was matched to the only code it could be.</source>
      <translation>1 código tenía un error de tecleo y se asignó al único código que podía ser.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="141" />
      <source>1 code typed at the till or online matches no code issued (not even with one typing error): review it; it may be a response too.</source>
      <translation>1 código tecleado en caja o en la web no coincide con ningún código emitido (ni siquiera con un error de tecleo): revísalo; también puede ser una respuesta.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="166" />
      <source>1 code was used more than once; it counts once.</source>
      <translation>1 código se usó más de una vez; cuenta una sola vez.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="174" />
      <source>1 use came before the drop or after the {days}-day window and is not counted.</source>
      <translation>1 uso fue anterior al reparto o posterior a la ventana de {days} días y no se cuenta.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="128" />
      <source>Only 1 response so far: cost per response and ROI will move a lot as more come in.</source>
      <translation>Solo 1 respuesta por ahora: el coste por respuesta y el retorno de la inversión cambiarán mucho cuando lleguen más.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="130" />
      <source>Only {count} responses so far: cost per response and ROI will move a lot as more come in.</source>
      <translation>Solo hay {count} respuestas por ahora: el coste por respuesta y el ROI cambiarán mucho a medida que lleguen más.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="183" />
      <source>There is no control zone, so lift cannot be measured.</source>
      <translation>No hay zona de control, así que no se puede medir el incremento.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="156" />
      <source>{count} codes had one typing error and were matched to the only code they could be.</source>
      <translation>{count} códigos tenían un error de tecleo y se asignaron al único código que podían ser.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="145" />
      <source>{count} codes typed at the till or online match no code issued (not even with one typing error): review them; they may be responses too.</source>
      <translation>{count} códigos tecleados en caja o en la web no coinciden con ningún código emitido (ni siquiera con un error de tecleo): revísalos; también pueden ser respuestas.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="167" />
      <source>{count} codes were used more than once; each counts once.</source>
      <translation>{count} códigos se usaron más de una vez; cada uno cuenta una sola vez.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="175" />
      <source>{count} uses came before the drop or after the {days}-day window and are not counted.</source>
      <translation>{count} usos llegaron antes del reparto o después del plazo de {days} días y no se cuentan.</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.review</name>
    <message>
      <location filename="src/omniprint/services/review.py" line="138" />
      <source>decision must be one of {decisions}</source>
      <translation>la decisión debe ser una de estas: {decisions}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/review.py" line="145" />
      <source>give the code to assign</source>
      <translation>indica el código que quieres asignar</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/review.py" line="141" />
      <source>no imported record with id {id}</source>
      <translation>no hay ningún registro importado con id {id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/review.py" line="149" />
      <source>{code} is not a code issued in this workspace</source>
      <translation>{code} no es un código emitido en este espacio de trabajo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.settings</name>
    <message>
      <location filename="src/omniprint/services/settings.py" line="62" />
      <source>setting workspace must be a file path</source>
      <translation>el ajuste workspace debe ser la ruta de un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/settings.py" line="57" />
      <source>setting {name} must be one of {allowed} (got {value!r})</source>
      <translation>el ajuste {name} debe ser uno de estos: {allowed} (se recibió {value!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/settings.py" line="157" />
      <source>unknown setting {name!r}: use {names}</source>
      <translation>ajuste desconocido {name!r}: usa {names}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.workspace</name>
    <message>
      <location filename="src/omniprint/services/workspace.py" line="34" />
      <source>choose another file: a copy cannot replace the workspace itself</source>
      <translation>elige otro archivo: una copia no puede sustituir al propio espacio de trabajo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.zones</name>
    <message>
      <location filename="src/omniprint/services/zones.py" line="50" />
      <source>cannot be read ({reason})</source>
      <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="16" />
      <source>comma-separated</source>
      <translation>separado por comas</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="47" />
      <source>is a folder, not a file</source>
      <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="45" />
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="19" />
      <source>pipe-separated</source>
      <translation>separado por barras verticales</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="17" />
      <source>semicolon-separated</source>
      <translation>separado por punto y coma</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="18" />
      <source>tab-separated</source>
      <translation>separado por tabuladores</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="72" />
      <source>zone {code} is already in this campaign</source>
      <translation>la zona {code} ya está en esta campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/zones.py" line="35" />
      <source>{delimiter}-separated</source>
      <translation>separado por {delimiter}</translation>
    </message>
  </context>
</TS>
