<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>omniprint.services.business</name>
    <message>
      <location filename="src/omniprint/services/business.py" line="31" />
      <source>business {key}</source>
      <translation>el dato del negocio {key}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/business.py" line="34" />
      <source>business {key} is longer than 200 characters</source>
      <translation>el dato del negocio {key} tiene más de 200 caracteres</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/business.py" line="52" />
      <source>unknown business field {key!r}: use {fields}</source>
      <translation>dato del negocio desconocido {key!r}: usa {fields}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.channels</name>
    <message>
      <location filename="src/omniprint/services/channels.py" line="127" />
      <source>--channel needs a name</source>
      <translation>--channel necesita un nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="130" />
      <source>a cost cannot be negative (got {amount})</source>
      <translation>un coste no puede ser negativo (se recibió {amount})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="241" />
      <source>all time</source>
      <translation>todo el periodo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="166" />
      <source>campaign {campaign} has no cost with id {id}</source>
      <translation>la campaña {campaign} no tiene ningún coste con id {id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="102" />
      <source>no imported ad report names {names}; known ad campaigns: {known}</source>
      <translation>ningún informe de anuncios importado nombra {names}; campañas de anuncios conocidas: {known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="140" />
      <source>the end date is before the start date</source>
      <translation>la fecha de fin es anterior a la de inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="251" />
      <source>{platform} {ad_campaign}: spend in {currency} left out (the campaign is in {campaign_currency})</source>
      <translation>{platform} {ad_campaign}: gasto en {currency} no contado (la campaña está en {campaign_currency})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="235" />
      <source>{platform} {ad_campaign}: the report for {period} overlaps another one of the same ad campaign and is not counted again</source>
      <translation>{platform} {ad_campaign}: el informe de {period} se solapa con otro de la misma campaña de anuncios y no se cuenta dos veces</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="267" />
      <source>{platform} {ad_campaign}: {cost} spent from {start} to {end}; {inside} of {days} days fall within the campaign, so {counted} is counted</source>
      <translation>{platform} {ad_campaign}: {cost} gastados del {start} al {end}; {inside} de {days} días caen dentro de la campaña, así que se cuentan {counted}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/channels.py" line="137" />
      <source>{value!r} is not a date (YYYY-MM-DD)</source>
      <translation>{value!r} no es una fecha (AAAA-MM-DD)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.codes</name>
    <message>
      <location filename="src/omniprint/services/codes.py" line="58" />
      <source>--per must be piece or drop (got {per!r})</source>
      <translation>--per debe ser piece o drop (se recibió {per!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="175" />
      <source>Exporting codes</source>
      <translation>Exportando códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="83" />
      <location filename="src/omniprint/services/codes.py" line="101" />
      <source>Generating codes</source>
      <translation>Generando códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="148" />
      <source>campaign {campaign} has no codes yet: run 'omniprint codes generate'</source>
      <translation>la campaña {campaign} aún no tiene códigos: ejecuta 'omniprint codes generate'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="64" />
      <source>campaign {campaign} has no drops yet: plan them with 'omniprint drop add'</source>
      <translation>la campaña {campaign} aún no tiene repartos: planifícalos con 'omniprint drop add'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="209" />
      <source>campaign {campaign} has no redirect base, so its QR codes carry the full link and need no redirects; set one with 'omniprint campaign set CAMPAIGN --redirect-base https://your-domain/r/'</source>
      <translation>la campaña {campaign} no tiene base de redirección, así que sus códigos QR llevan el enlace completo y no necesitan redirecciones; indica una con 'omniprint campaign set CAMPAIGN --redirect-base https://your-domain/r/'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/codes.py" line="202" />
      <source>unknown format {format!r}: use one of {formats}</source>
      <translation>formato desconocido {format!r}: usa uno de estos: {formats}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.demo</name>
    <message>
      <location filename="src/omniprint/services/demo.py" line="204" />
      <source>Designing variants A and B</source>
      <translation>Diseñando las variantes A y B</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="250" />
      <source>Importing the results</source>
      <translation>Importando los resultados</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="235" />
      <source>Issuing codes</source>
      <translation>Emitiendo códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="238" />
      <source>Making the sample results</source>
      <translation>Creando los resultados de ejemplo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="186" />
      <source>Planning the campaign</source>
      <translation>Planificando la campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="223" />
      <source>Planning the drops</source>
      <translation>Planificando los repartos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="175" />
      <source>Sample ready</source>
      <translation>Ejemplo listo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/demo.py" line="155" />
      <source>{file} already exists: choose another file, or replace it (--force)</source>
      <translation>{file} ya existe: elige otro archivo o sustitúyelo (--force)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.designs</name>
    <message>
      <location filename="src/omniprint/services/designs.py" line="257" />
      <source>cannot be read ({reason})</source>
      <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="134" />
      <source>design uses images that are not in the workspace: {image}</source>
      <translation>el diseño usa imágenes que no están en el espacio de trabajo: {image}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="219" />
      <source>design: "assets" must map image ids to images</source>
      <translation>diseño: "assets" tiene que asociar identificadores de imagen con imágenes</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="296" />
      <source>image {asset} cannot be used: {reason}</source>
      <translation>la imagen {asset} no se puede usar: {reason}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="233" />
      <source>image {asset} does not match its content</source>
      <translation>la imagen {asset} no coincide con su contenido</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="229" />
      <source>image {asset}: its data must be the image in base64</source>
      <translation>imagen {asset}: sus datos tienen que ser la imagen en base64</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="239" />
      <source>image {asset}: {reason}</source>
      <translation>imagen {asset}: {reason}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="192" />
      <source>is a folder, not a file</source>
      <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="200" />
      <source>is not a design file (nested far deeper than a design can be)</source>
      <translation>no es un archivo de diseño (anidado a mucha más profundidad de la que admite un diseño)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="196" />
      <source>is not a design file (not JSON: {error})</source>
      <translation>no es un archivo de diseño (no es JSON: {error})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="190" />
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="83" />
      <source>no template called {name!r} (templates: {names})</source>
      <translation>no hay ninguna plantilla llamada {name!r} (plantillas: {names})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="92" />
      <source>no template for {kind} pieces</source>
      <translation>no hay plantilla para piezas de tipo {kind}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/designs.py" line="142" />
      <source>the design is {design_size} but piece {piece} is {piece_size}</source>
      <translation>el diseño mide {design_size}, pero la pieza {piece} mide {piece_size}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.faults</name>
    <message>
      <location filename="src/omniprint/services/faults.py" line="81" />
      <source>a file</source>
      <translation>un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="92" />
      <source>permission denied for {path}: choose a file or folder you may write to, or change its permissions.</source>
      <translation>permiso denegado para {path}: elige un archivo o una carpeta en la que puedas escribir, o cambia sus permisos.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="71" />
      <source>reading or writing {path} failed ({error}); nothing was changed. Check the disk (or the network folder) and try again.</source>
      <translation>no se ha podido leer o escribir {path} ({error}); no se ha cambiado nada. Comprueba el disco (o la carpeta de red) y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="33" />
      <source>the computer ran out of memory; nothing was changed. Close other programs and try again.</source>
      <translation>el ordenador se ha quedado sin memoria; no se ha cambiado nada. Cierra otros programas y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="52" />
      <source>the disk holding {path} is full; nothing was changed. Free some space and try again.</source>
      <translation>el disco donde está {path} está lleno; no se ha cambiado nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="83" />
      <source>the disk is full writing {path}; nothing was replaced. Free some space and try again.</source>
      <translation>el disco se ha llenado al escribir {path}; no se ha sustituido nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="27" />
      <source>the workspace</source>
      <translation>el espacio de trabajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="37" />
      <source>unexpected error ({what}); nothing more was done. The details are in the log: {log} (send it to support if it happens again).</source>
      <translation>error inesperado ({what}); no se ha hecho nada más. Los detalles están en el registro: {log} (envíalo a soporte si vuelve a ocurrir).</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="66" />
      <source>{path} cannot be opened ({error}): check that its folder exists and that you may read and write there (SQLite keeps two files beside the workspace).</source>
      <translation>no se puede abrir {path} ({error}): comprueba que su carpeta existe y que puedes leer y escribir en ella (SQLite guarda dos archivos junto al espacio de trabajo).</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="46" />
      <source>{path} cannot be written (the file or its folder is read-only, or the workspace was opened read-only because it is damaged); nothing was changed. Allow writing, or work on a copy.</source>
      <translation>no se puede escribir en {path} (el archivo o su carpeta son de solo lectura, o el espacio de trabajo se abrió en solo lectura porque está dañado); no se ha cambiado nada. Permite la escritura o trabaja sobre una copia.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="87" />
      <source>{path} grew larger than this disk or your account allows; nothing was replaced. Write it to another disk or ask for the limit to be raised.</source>
      <translation>{path} ha superado el tamaño que permiten este disco o tu cuenta; no se ha sustituido nada. Escríbelo en otro disco o pide que se amplíe el límite.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="99" />
      <source>{path} is a folder where a file was expected: give a file name.</source>
      <translation>{path} es una carpeta donde se esperaba un archivo: indica un nombre de archivo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="56" />
      <source>{path} is busy: another program kept it locked for more than {seconds} seconds; nothing was changed. Close the other program (or wait for it) and try again.</source>
      <translation>{path} está ocupado: otro programa lo ha mantenido bloqueado más de {seconds} segundos; no se ha cambiado nada. Cierra el otro programa (o espera a que termine) y vuelve a intentarlo.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="61" />
      <source>{path} is damaged or is not a workspace ({error}); nothing was written to it. Restore it from a backup (name.vN.bak.omniprint beside it, or your own copy).</source>
      <translation>{path} está dañado o no es un espacio de trabajo ({error}); no se ha escrito nada en él. Restáuralo desde una copia de seguridad (nombre.vN.bak.omniprint a su lado, o tu propia copia).</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="97" />
      <source>{path} is on a read-only disk: choose another place.</source>
      <translation>{path} está en un disco de solo lectura: elige otro lugar.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="103" />
      <source>{path}: a part of this path is a file where a folder was expected; check the path.</source>
      <translation>{path}: una parte de esta ruta es un archivo donde se esperaba una carpeta; revisa la ruta.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="107" />
      <source>{path}: no such file or folder; check the path.</source>
      <translation>{path}: no existe ese archivo o carpeta; revisa la ruta.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="75" />
      <source>{path}: the database reported an error ({error}); nothing was changed.</source>
      <translation>{path}: la base de datos ha informado de un error ({error}); no se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/faults.py" line="108" />
      <source>{path}: {error}; nothing more was done.</source>
      <translation>{path}: {error}; no se ha hecho nada más.</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.files</name>
    <message>
      <location filename="src/omniprint/services/files.py" line="164" />
      <source>{path} is a folder: give a file name</source>
      <translation>{path} es una carpeta: indica un nombre de archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/files.py" line="166" />
      <source>{path}: no such folder</source>
      <translation>{path}: no existe la carpeta</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/files.py" line="140" />
      <source>{target} is a backup of the workspace {workspace}: it is kept to restore your work; choose another file name</source>
      <translation>{target} es una copia de seguridad del espacio de trabajo {workspace}: se guarda para poder recuperar tu trabajo; elige otro nombre de archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/files.py" line="145" />
      <source>{target} is a database (an OmniPrint workspace or a backup of one): an export never replaces it; choose another file name</source>
      <translation>{target} es una base de datos (un espacio de trabajo de OmniPrint o una copia de seguridad de uno): una exportación nunca la sustituye; elige otro nombre de archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/files.py" line="126" />
      <source>{target} is another name (a link) for the open workspace {workspace}: writing there would destroy it; choose another file name</source>
      <translation>{target} es otro nombre (un enlace) del espacio de trabajo abierto {workspace}: escribir ahí lo destruiría; elige otro nombre de archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/files.py" line="121" />
      <source>{target} is the open workspace: writing there would destroy it; choose another file name</source>
      <translation>{target} es el espacio de trabajo abierto: escribir ahí lo destruiría; elige otro nombre de archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/files.py" line="132" />
      <source>{target} is the {kind} file SQLite keeps beside the workspace {workspace}: writing there would damage the workspace; choose another file name</source>
      <translation>{target} es el archivo {kind} que SQLite mantiene junto al espacio de trabajo {workspace}: escribir ahí dañaría el espacio de trabajo; elige otro nombre de archivo</translation>
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
    <name>omniprint.services.import_fast</name>
    <message>
      <location filename="src/omniprint/services/import_fast.py" line="80" />
      <source>Importing records</source>
      <translation>Importando registros</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.imports</name>
    <message>
      <location filename="src/omniprint/services/imports.py" line="86" />
      <source>--map takes field=column pairs separated by commas (got {part!r})</source>
      <translation>--map necesita pares campo=columna separados por comas (se recibió {part!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="92" />
      <source>--map: unknown field {field!r}; fields: {fields}</source>
      <translation>--map: campo desconocido {field!r}; campos: {fields}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="261" />
      <source>Importing records</source>
      <translation>Importando registros</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="115" />
      <source>cannot be read (permission denied)</source>
      <translation>no se puede leer (permiso denegado)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="113" />
      <source>is a folder, not a file</source>
      <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="107" />
      <source>is larger than 2 GB: split it into smaller exports</source>
      <translation>ocupa más de 2 GB: divídelo en exportaciones más pequeñas</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="432" />
      <source>no import with id {import_id}</source>
      <translation>no hay ninguna importación con id {import_id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="423" />
      <source>no imported record with id {id}</source>
      <translation>no hay ningún registro importado con id {id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="111" />
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/imports.py" line="438" />
      <source>the text of import {import_id} was not kept (it was imported before OmniPrint kept the files' text)</source>
      <translation>el texto de la importación {import_id} no se guardó (se importó antes de que OmniPrint guardara el texto de los archivos)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.plan</name>
    <message>
      <location filename="src/omniprint/services/plan.py" line="192" />
      <source> (pieces: {names})</source>
      <translation> (piezas: {names})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="192" />
      <source> (the campaign has no pieces yet)</source>
      <translation> (la campaña aún no tiene piezas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="46" />
      <source>attribution window must be between 1 and 730 days</source>
      <translation>el plazo de atribución debe estar entre 1 y 730 días</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="44" />
      <location filename="src/omniprint/services/plan.py" line="83" />
      <source>budget must not be negative</source>
      <translation>el presupuesto no puede ser negativo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="245" />
      <source>cost per thousand</source>
      <translation>el coste por mil</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="95" />
      <source>name a campaign</source>
      <translation>indica una campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="195" />
      <source>no piece {name!r} in campaign {campaign}{known}</source>
      <translation>no hay ninguna pieza {name!r} en la campaña {campaign}{known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="175" />
      <source>piece {name!r} already has a variant {label}</source>
      <translation>la pieza {name!r} ya tiene una variante {label}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="155" />
      <source>piece {name!r} is a {kind}, not a {new_kind}: give the new piece another --name</source>
      <translation>la pieza {name!r} es de tipo {kind}, no {new_kind}: da a la pieza nueva otro --name</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="220" />
      <source>piece {piece} has no variant {label} (variants: {labels})</source>
      <translation>la pieza {piece} no tiene la variante {label} (variantes: {labels})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="210" />
      <source>piece {piece} has variants {labels}: say which with --variant</source>
      <translation>la pieza {piece} tiene las variantes {labels}: indica cuál con --variant</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="362" />
      <source>variant {variant} of {piece} does not go to zone {zone}</source>
      <translation>la variante {variant} de {piece} no se reparte en la zona {zone}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="166" />
      <source>variants of {name!r} share its size ({size}): give a piece of another size another --name</source>
      <translation>las variantes de {name!r} comparten su tamaño ({size}): da a una pieza de otro tamaño otro --name</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="279" />
      <source>zone {zone} has drops: a control zone gets nothing</source>
      <translation>la zona {zone} tiene repartos: una zona de control no recibe nada</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="320" />
      <source>zone {zone} has no households to reach: give --quantity</source>
      <translation>la zona {zone} no tiene hogares a los que llegar: indica --quantity</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="312" />
      <source>zone {zone} is a control zone: it gets nothing, so it can show the lift</source>
      <translation>la zona {zone} es una zona de control: no recibe nada, para poder mostrar el incremento</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="332" />
      <source>{piece} {variant} already goes to zone {zone}: change the quantity of that drop instead</source>
      <translation>{piece} {variant} ya va a la zona {zone}: cambia la cantidad de ese reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/plan.py" line="252" />
      <source>{what} must not be negative</source>
      <translation>{what} no puede ser negativo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.print_ticket</name>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="93" />
      <source>+ die-cut line in spot colour DieCut (not printed)</source>
      <translation>+ línea de troquel en la tinta directa DieCut (no se imprime)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="125" />
      <source>every code, link and serial</source>
      <translation>todos los códigos, enlaces y números de serie</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="64" />
      <source>landscape</source>
      <translation>apaisado</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="123" />
      <source>one piece per page with bleed (front, back)</source>
      <translation>una pieza por página con sangrado (anverso, reverso)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="115" />
      <source>one unique code per piece; serials in cut-and-stack order: cut the stack, then pile 1 on top of pile 2 and so on</source>
      <translation>un código único por pieza; series en orden de corte y apilado: corta la pila y pon la pila 1 sobre la 2, y así sucesivamente</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="64" />
      <source>portrait</source>
      <translation>vertical</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="120" />
      <source>press sheets with crop marks</source>
      <translation>pliegos con marcas de corte</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="122" />
      <source>press sheets without crop marks</source>
      <translation>pliegos sin marcas de corte</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="124" />
      <source>proof of the first pieces</source>
      <translation>prueba de las primeras piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="51" />
      <source>row {row}, column {col}</source>
      <translation>fila {row}, columna {col}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="107" />
      <source>single-sided</source>
      <translation>a una cara</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="94" />
      <source>turn on the long edge</source>
      <translation>volteo por el lado largo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="94" />
      <source>turn on the short edge</source>
      <translation>volteo por el lado corto</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="100" />
      <source>variant {variant}</source>
      <translation>variante {variant}</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="103" />
      <source>{bleed:g} mm each side</source>
      <translation>{bleed:g} mm por lado</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/print_ticket.py" line="65" />
      <source>{sheets} x {sheet} ({w:.0f} x {h:.0f} mm, {orientation}), {n}-up ({cols} x {rows}), cut and stack, {margin:g} mm sheet margin</source>
      <translation>{sheets} x {sheet} ({w:.0f} x {h:.0f} mm, {orientation}), {n} por pliego ({cols} x {rows}), corte y apilado, margen de pliego de {margin:g} mm</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.printing</name>
    <message>
      <location filename="src/omniprint/services/printing.py" line="353" />
      <source>trim to size</source>
      <translation>cortar a medida</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/printing.py" line="351" />
      <source>trim to size, die-cut hanger hole (the spot colour DieCut, its own plate)</source>
      <translation>cortar a medida, troquelar el agujero de colgar (la tinta directa DieCut, en su propia plancha)</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/printing.py" line="354" />
      <source>trim to size; no fold</source>
      <translation>cortar a medida; sin plegar</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/printing.py" line="123" />
      <source>variant {variant} of {piece} has no codes in zone {zone} yet: run 'omniprint codes generate {campaign}' first</source>
      <translation>la variante {variant} de {piece} aún no tiene códigos en la zona {zone}: ejecuta antes 'omniprint codes generate {campaign}'</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/printing.py" line="128" />
      <source>variant {variant} of {piece} has no codes yet: run 'omniprint codes generate {campaign}' first</source>
      <translation>la variante {variant} de {piece} aún no tiene códigos: ejecuta antes 'omniprint codes generate {campaign}'</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.reconcile</name>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="221" />
      <source>Correcting typing errors</source>
      <translation>Corrigiendo errores de tecleo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="214" />
      <source>Matching codes</source>
      <translation>Buscando coincidencias de códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="231" />
      <source>Matching links</source>
      <translation>Buscando coincidencias de enlaces</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="236" />
      <source>Matching postcodes</source>
      <translation>Atribuyendo por código postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="233" />
      <source>Matching visits</source>
      <translation>Buscando coincidencias de visitas</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/reconcile.py" line="135" />
      <source>Reconciled</source>
      <translation>Conciliado</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.report</name>
    <message>
      <location filename="src/omniprint/services/report.py" line="240" />
      <source>Only 1 response so far: cost per response and ROI will move a lot as more come in.</source>
      <translation>Solo 1 respuesta por ahora: el coste por respuesta y el retorno de la inversión cambiarán mucho cuando lleguen más.</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/report.py" line="242" />
      <source>Only {count} responses so far: cost per response and ROI will move a lot as more come in.</source>
      <translation>Solo hay {count} respuestas por ahora: el coste por respuesta y el ROI cambiarán mucho a medida que lleguen más.</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/services/report.py" line="261" />
      <source>{n} codes had one typing error and were matched to the only code they could be.</source>
      <extracomment>singular: {n} code had one typing error and was matched to the only code it could be.</extracomment>
      <translation>
        <numerusform>{n} código tenía un error de tecleo y se asignó al único código que podía ser.</numerusform>
        <numerusform>{n} códigos tenían un error de tecleo y se asignaron al único código que podían ser.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/services/report.py" line="251" />
      <source>{n} codes typed at the till or online match no code issued (not even with one typing error): review them; they may be responses too.</source>
      <extracomment>singular: {n} code typed at the till or online matches no code issued (not even with one typing error): review it; it may be a response too.</extracomment>
      <translation>
        <numerusform>{n} código tecleado en caja o en la web no coincide con ningún código emitido (ni siquiera con un error de tecleo): revísalo; también puede ser una respuesta.</numerusform>
        <numerusform>{n} códigos tecleados en caja o en la web no coinciden con ningún código emitido (ni siquiera con un error de tecleo): revísalos; también pueden ser respuestas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/services/report.py" line="269" />
      <source>{n} codes were used more than once; each counts once.</source>
      <extracomment>singular: {n} code was used more than once; it counts once.</extracomment>
      <translation>
        <numerusform>{n} código se usó más de una vez; cuenta una sola vez.</numerusform>
        <numerusform>{n} códigos se usaron más de una vez; cada uno cuenta una sola vez.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/services/report.py" line="277" />
      <source>{n} uses came before the drop or after the {days}-day window and are not counted.</source>
      <extracomment>singular: {n} use came before the drop or after the {days}-day window and is not counted.</extracomment>
      <translation>
        <numerusform>{n} uso fue anterior al reparto o posterior al plazo de {days} días y no se cuenta.</numerusform>
        <numerusform>{n} usos llegaron antes del reparto o después del plazo de {days} días y no se cuentan.</numerusform>
      </translation>
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
      <location filename="src/omniprint/services/settings.py" line="76" />
      <source>setting recent_workspaces must be a list of file paths</source>
      <translation>el ajuste recent_workspaces debe ser una lista de rutas de archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/settings.py" line="78" />
      <source>setting window_geometry must be base64 text</source>
      <translation>el ajuste window_geometry debe ser texto en base64</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/settings.py" line="73" />
      <source>setting workspace must be a file path</source>
      <translation>el ajuste workspace debe ser la ruta de un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/settings.py" line="68" />
      <source>setting {name} must be one of {allowed} (got {value!r})</source>
      <translation>el ajuste {name} debe ser uno de estos: {allowed} (se recibió {value!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/services/settings.py" line="170" />
      <source>unknown setting {name!r}: use {names}</source>
      <translation>ajuste desconocido {name!r}: usa {names}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.services.workspace</name>
    <message>
      <location filename="src/omniprint/services/workspace.py" line="58" />
      <source>{path} is damaged ({problem}); it was opened read-only and nothing will be written to it. Restore it from a backup (a copy, or name.vN.bak.omniprint beside it), or save a copy of what can still be read.</source>
      <translation>{path} está dañado ({problem}); se ha abierto en solo lectura y no se escribirá nada en él. Restáuralo desde una copia de seguridad (una copia, o nombre.vN.bak.omniprint a su lado), o guarda una copia de lo que aún se puede leer.</translation>
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
