<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>omniprint.domain.abtest</name>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="183" />
      <source>Both went to the same zones, so the zones don't explain the difference.</source>
      <translation>Las dos fueron a las mismas zonas, así que las zonas no explican la diferencia.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="174" />
      <source>No clear winner yet between {a} and {b}: neither responses ({p_count}) nor revenue per leaflet ({p_money}) differ clearly.</source>
      <translation>Todavía no hay un ganador claro entre {a} y {b}: ni las respuestas ({p_count}) ni los ingresos por folleto ({p_money}) difieren claramente.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="143" />
      <source>Not enough responses yet to tell A from B.</source>
      <translation>Todavía no hay respuestas suficientes para distinguir A de B.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="216" />
      <source>Responses per piece: two-proportion z-test, {p}.</source>
      <translation>Respuestas por pieza: prueba z de dos proporciones, {p}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="221" />
      <source>Revenue per piece: Welch's t-test, {a} minus {b} {difference} per piece (95 % interval {low} to {high}), {p}.</source>
      <translation>Ingresos por pieza: prueba t de Welch, {a} menos {b} {difference} por pieza (intervalo del 95 % de {low} a {high}), {p}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="185" />
      <source>{a} and {b} went to different zones: part of any difference may come from the zones, not the design, so this is a weaker test.</source>
      <translation>{a} y {b} fueron a zonas distintas: parte de la diferencia puede venir de las zonas y no del diseño, así que la prueba es más débil.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="150" />
      <source>{count} brings more responses; {money} brings more revenue per leaflet: {money} paid better (95 % confidence on both).</source>
      <translation>{count} trae más respuestas; {money} trae más ingresos por folleto: {money} rindió más (95 % de confianza en ambas).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="141" />
      <source>{variant} has not been dropped yet.</source>
      <translation>{variant} todavía no se ha repartido.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="202" />
      <source>{variant}: {rate} responses per piece ({responses} of {pieces}), {revenue} revenue per piece, ROI {roi}.</source>
      <translation>{variant}: {rate} de respuestas por pieza ({responses} de {pieces}), {revenue} de ingresos por pieza, ROI {roi}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="165" />
      <source>{winner} brings more responses (95 % confidence), but revenue per leaflet is not clearly different ({p_money}): check which paid better before choosing.</source>
      <translation>{winner} trae más respuestas (95 % de confianza), pero los ingresos por folleto no difieren claramente ({p_money}): compruebe cuál rindió más antes de elegir.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="170" />
      <source>{winner} brings more revenue per leaflet (95 % confidence); responses are not clearly different ({p_count}): {winner} paid better.</source>
      <translation>{winner} trae más ingresos por folleto (95 % de confianza); las respuestas no difieren claramente ({p_count}): {winner} rindió más.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/abtest.py" line="155" />
      <source>{winner} is better: more responses and more revenue per leaflet (95 % confidence on both).</source>
      <translation>{winner} es mejor: más respuestas y más ingresos por folleto (95 % de confianza en ambas).</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.channels</name>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="27" />
      <source>ads</source>
      <translation>anuncios</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="51" />
      <source>business card</source>
      <translation>tarjeta de visita</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="52" />
      <source>door hanger</source>
      <translation>colgador de puerta</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="50" />
      <source>flyer</source>
      <translation>flyer</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="49" />
      <source>leaflet</source>
      <translation>folleto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="27" />
      <source>organic</source>
      <translation>orgánico</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="27" />
      <source>other</source>
      <translation>otro</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="53" />
      <source>postcard</source>
      <translation>postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="27" />
      <source>print</source>
      <translation>impreso</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="56" />
      <source>till</source>
      <translation>caja</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/channels.py" line="55" />
      <source>web order</source>
      <translation>pedido web</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.codes</name>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="121" />
      <source>cannot compute a check symbol for an empty code</source>
      <translation>no se puede calcular el símbolo de control de un código vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="191" />
      <source>code length must be between {MIN_BODY_LENGTH} and {MAX_BODY_LENGTH} random characters (got {length!r})</source>
      <translation>la longitud del código tiene que estar entre {MIN_BODY_LENGTH} y {MAX_BODY_LENGTH} caracteres aleatorios (se recibió {length!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="170" />
      <source>code prefix {prefix!r} contains U, which codes never use (it is easily misread as V): choose another letter</source>
      <translation>el prefijo de código {prefix!r} contiene una U, que los códigos nunca usan (se confunde fácilmente con la V): elige otra letra</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="177" />
      <source>code prefix {prefix!r} contains {char!r}: use only letters A-Z and digits 0-9</source>
      <translation>el prefijo de código {prefix!r} contiene {char!r}: usa solo letras A-Z y dígitos 0-9</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="162" />
      <source>code prefix {prefix!r} is too long: use at most {MAX_PREFIX_LENGTH} letters or digits</source>
      <translation>el prefijo de código {prefix!r} es demasiado largo: usa como máximo {MAX_PREFIX_LENGTH} letras o dígitos</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="211" />
      <source>code {key!r} does not start with the prefix {shown_prefix!r}</source>
      <translation>el código {key!r} no empieza por el prefijo {shown_prefix!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="125" />
      <source>code {key_without_check!r} contains {char!r}: codes use only digits and the letters A-Z except U</source>
      <translation>el código {key_without_check!r} contiene {char!r}: los códigos solo usan dígitos y las letras A-Z menos la U</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="324" />
      <source>could not find {missing} more unused codes with prefix {shown_prefix!r}: use a longer code length or another prefix</source>
      <translation>no se han encontrado {missing} códigos libres más con el prefijo {shown_prefix!r}: usa códigos más largos u otro prefijo</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="304" />
      <source>number of codes must be zero or more (got {n!r})</source>
      <translation>el número de códigos tiene que ser cero o más (se recibió {n!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="311" />
      <source>{n} codes is too many for {length} random characters: use a longer code length</source>
      <translation>{n} códigos son demasiados para {length} caracteres aleatorios: usa códigos más largos</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.design</name>
    <message>
      <location filename="src/omniprint/domain/design.py" line="431" />
      <source>design version {version!r} is newer than this OmniPrint understands ({VERSION})</source>
      <translation>la versión de diseño {version!r} es más nueva de lo que entiende este OmniPrint ({VERSION})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="449" />
      <source>design: "format" must be "{FORMAT}"</source>
      <translation>diseño: "format" tiene que ser "{FORMAT}"</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="453" />
      <source>design: "trim" with width_mm and height_mm is required</source>
      <translation>diseño: hace falta "trim" con width_mm y height_mm</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="447" />
      <source>design: not valid JSON ({exc})</source>
      <translation>diseño: no es un JSON válido ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="474" />
      <source>design: side {number} must be named {expected!r}</source>
      <translation>diseño: la cara {number} tiene que llamarse {expected!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="468" />
      <source>design: sides must list one (front) or two (front, back) sides</source>
      <translation>diseño: sides tiene que tener una cara (front) o dos (front, back)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="457" />
      <source>design: trim width and height must be greater than 0</source>
      <translation>diseño: el ancho y el alto del corte tienen que ser mayores que 0</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="483" />
      <source>element {id!r}: the id is used twice</source>
      <translation>elemento {id!r}: el id está repetido</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="418" />
      <source>{where}.asset: an image needs an asset</source>
      <translation>{where}.asset: una imagen necesita un archivo de imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="395" />
      <source>{where}.role: only a rect, ellipse or line can be a {role!r}</source>
      <translation>{where}.role: solo un rect, ellipse o line puede ser {role!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="411" />
      <source>{where}.size_pt: must be greater than 0</source>
      <translation>{where}.size_pt: tiene que ser mayor que 0</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="402" />
      <source>{where}.text: a QR with payload "text" needs a text</source>
      <translation>{where}.text: un QR con contenido "text" necesita un texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="407" />
      <location filename="src/omniprint/domain/design.py" line="415" />
      <source>{where}.text: unknown field {{{{{name}}}}}</source>
      <translation>{where}.text: campo desconocido {{{{{name}}}}}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="291" />
      <source>{where}: a colour is required here</source>
      <translation>{where}: aquí hace falta un color</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="294" />
      <source>{where}: a colour is {{"cmyk": [c, m, y, k], "rgb": "#RRGGBB"}}</source>
      <translation>{where}: un color es {{"cmyk": [c, m, y, k], "rgb": "#RRGGBB"}}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="387" />
      <source>{where}: a line needs a length (w_mm or h_mm not 0)</source>
      <translation>{where}: una línea necesita longitud (w_mm o h_mm distinto de 0)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="347" />
      <source>{where}: an element must be an object</source>
      <translation>{where}: un elemento tiene que ser un objeto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="304" />
      <source>{where}: cmyk must be four numbers from 0 to 100</source>
      <translation>{where}: cmyk tiene que ser cuatro números de 0 a 100</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="350" />
      <source>{where}: every element needs an id</source>
      <translation>{where}: cada elemento necesita un id</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="329" />
      <source>{where}: must be a number, not {value!r}</source>
      <translation>{where}: tiene que ser un número, no {value!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="334" />
      <source>{where}: must be text, not {value!r}</source>
      <translation>{where}: tiene que ser texto, no {value!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="324" />
      <source>{where}: must be true or false</source>
      <translation>{where}: tiene que ser true o false</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="309" />
      <source>{where}: rgb must look like #RRGGBB, not {rgb!r}</source>
      <translation>{where}: rgb tiene que tener la forma #RRGGBB, no {rgb!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="355" />
      <source>{where}: type {kind!r} is not one of {kinds}</source>
      <translation>{where}: el tipo {kind!r} no es uno de estos: {kinds}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="366" />
      <source>{where}: unknown property {key!r} for a {kind} element</source>
      <translation>{where}: propiedad desconocida {key!r} para un elemento {kind}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="391" />
      <source>{where}: w_mm and h_mm must be greater than 0</source>
      <translation>{where}: w_mm y h_mm tienen que ser mayores que 0</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="376" />
      <source>{where}: {key} is required</source>
      <translation>{where}: falta {key}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="338" />
      <source>{where}: {value!r} is not one of {choices}</source>
      <translation>{where}: {value!r} no es uno de estos: {choices}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.design_check</name>
    <message>
      <location filename="src/omniprint/domain/design_check.py" line="83" />
      <source>{side} element {number}</source>
      <translation>{side} elemento {number}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design_check.py" line="37" />
      <source>{where}: nested deeper than a design document can be</source>
      <translation>{where}: anidado a más profundidad de la que admite un documento de diseño</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design_check.py" line="49" />
      <source>{where}: {value} is not a number a design can use</source>
      <translation>{where}: {value} no es un número que un diseño pueda usar</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design_check.py" line="60" />
      <source>{where}: {value} mm is more than {limit} m</source>
      <translation>{where}: {value} mm son más de {limit} m</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design_check.py" line="66" />
      <source>{where}: {value} pt is more than {limit} m</source>
      <translation>{where}: {value} pt son más de {limit} m</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.errors</name>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="125" />
      <source>  ... and {count} more</source>
      <translation>  ... y {count} más</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="76" />
      <location filename="src/omniprint/domain/errors.py" line="122" />
      <source>, column {column}</source>
      <translation>, columna {column}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="74" />
      <source>, line {line}</source>
      <translation>, línea {line}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="54" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="119" />
      <source>file</source>
      <translation>archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="117" />
      <source>line {line}</source>
      <translation>línea {line}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="111" />
      <source>{file}: {count} rows cannot be imported, so nothing was imported:</source>
      <translation>{file}: {count} filas no se pueden importar, así que no se ha importado nada:</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.lift</name>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="260" />
      <source>Counted alike on both sides: web-shop orders from the zone's postcodes (shipping, else billing) within its attribution window, with or without a code, cancelled ones left out. 95 % interval: Newcombe's hybrid score method.</source>
      <translation>Contados igual en ambos lados: pedidos de la tienda online desde los códigos postales de la zona (de envío, si no de facturación) dentro de su plazo de atribución, con código o sin él, sin los cancelados. Intervalo del 95 %: método híbrido de puntuación de Newcombe.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="203" />
      <source>Lift can't be measured yet: {reason}.</source>
      <translation>Aún no se puede medir el efecto: {reason}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="220" />
      <source>No clear difference yet between the zones that got the leaflets and the control zones: {difference} web-shop orders per 1,000 households (95 % interval {low} to {high}).</source>
      <translation>Aún no hay una diferencia clara entre las zonas que recibieron los folletos y las zonas de control: {difference} pedidos online por cada 1.000 hogares (intervalo del 95 % de {low} a {high}).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="247" />
      <source>Relative lift {relative}; about {orders} incremental orders and {revenue} incremental revenue; cost per incremental order {per_order}.</source>
      <translation>Efecto relativo {relative}; unos {orders} pedidos adicionales y {revenue} de ingresos adicionales; coste por pedido adicional {per_order}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="268" />
      <source>Till redemptions ({count}) are responses but can't enter lift: a till records no postcode and a control zone has no codes to redeem.</source>
      <translation>Los canjes en caja ({count}) son respuestas pero no pueden entrar en el efecto: la caja no registra el código postal y una zona de control no tiene códigos que canjear.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="231" />
      <source>Web-shop orders per 1,000 households: {treated} in the zones that got leaflets ({treated_orders} orders, {treated_households} households), {control} in the control zones ({control_orders} orders, {control_households} households).</source>
      <translation>Pedidos online por cada 1.000 hogares: {treated} en las zonas que recibieron folletos ({treated_orders} pedidos, {treated_households} hogares), {control} en las zonas de control ({control_orders} pedidos, {control_households} hogares).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="216" />
      <source>Zones that got the leaflets placed fewer web-shop orders than the control zones: {difference} per 1,000 households (95 % interval {low} to {high}).</source>
      <translation>Las zonas que recibieron los folletos hicieron menos pedidos online que las zonas de control: {difference} por cada 1.000 hogares (intervalo del 95 % de {low} a {high}).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="211" />
      <source>Zones that got the leaflets placed more web-shop orders than the control zones: {difference} per 1,000 households (95 % interval {low} to {high}).</source>
      <translation>Las zonas que recibieron los folletos hicieron más pedidos online que las zonas de control: {difference} por cada 1.000 hogares (intervalo del 95 % de {low} a {high}).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="114" />
      <source>no web-shop order carries a postcode, so none can be placed in a zone</source>
      <translation>ningún pedido online lleva código postal, así que ninguno se puede situar en una zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="112" />
      <source>no zone that got leaflets has households</source>
      <translation>ninguna zona que recibió folletos tiene hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="117" />
      <source>only {count} web-shop orders came from the zones so far; at least {needed} are needed</source>
      <translation>solo han llegado {count} pedidos online de las zonas; hacen falta al menos {needed}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/lift.py" line="110" />
      <source>there is no control zone (a zone that gets nothing) to compare with</source>
      <translation>no hay zona de control (una zona que no recibe nada) con la que comparar</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.links</name>
    <message>
      <location filename="src/omniprint/domain/links.py" line="36" />
      <source>Campaign</source>
      <translation>Campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="37" />
      <source>Content</source>
      <translation>El contenido</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="35" />
      <source>Medium</source>
      <translation>El medio</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="29" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="329" />
      <source>Netlify _redirects cannot match {short!r} exactly: there '*' means 'anything' and ':' starts a placeholder. Export the nginx, Apache or CSV table instead</source>
      <translation>Netlify _redirects no puede reconocer {short!r} tal cual: allí '*' significa 'cualquier cosa' y ':' empieza un marcador. Exporta la tabla de nginx, Apache o CSV</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="34" />
      <source>Piece kind</source>
      <translation>El tipo de pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="33" />
      <source>Variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="32" />
      <source>Zone code</source>
      <translation>Código de zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="38" />
      <source>full link</source>
      <translation>el enlace completo</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="30" />
      <source>landing URL</source>
      <translation>la URL de la página de destino</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="179" />
      <source>landing URL host {host!r} is not a valid domain name</source>
      <translation>el servidor {host!r} de la URL de la página de destino no es un nombre de dominio válido</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="60" />
      <source>letters, digits and - . _ ~ ! $ * + , ; = : @</source>
      <translation>letras, dígitos y - . _ ~ ! $ * + , ; = : @</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="31" />
      <source>redirect base</source>
      <translation>la base de redirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="146" />
      <source>redirect base must not contain a query (?) or a fragment (#) (got {url!r})</source>
      <translation>la base de redirección no puede tener consulta (?) ni fragmento (#) (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="152" />
      <source>redirect base path may only use {allowed} and / (got {url!r})</source>
      <translation>la ruta de la base de redirección solo puede usar {allowed} y / (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="413" />
      <source>short link {short!r} (row {number}) does not start with the redirect base {base!r}: every short link in one table must share it</source>
      <translation>el enlace corto {short!r} (fila {number}) no empieza por la base de redirección {base!r}: todos los enlaces cortos de una tabla tienen que compartirla</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="422" />
      <source>short link {short!r} appears twice (row {number})</source>
      <translation>el enlace corto {short!r} aparece dos veces (fila {number})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="251" />
      <source>short link {short_url!r} must end with one or more of {allowed} after the redirect base</source>
      <translation>el enlace corto {short_url!r} tiene que terminar con uno o más de estos caracteres después de la base de redirección: {allowed}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="244" />
      <source>the code for a tracked link is empty</source>
      <translation>el código del enlace con seguimiento está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="404" />
      <source>the redirect table is empty and no redirect base was given</source>
      <translation>la tabla de redirecciones está vacía y no se ha indicado una base de redirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="391" />
      <source>unknown redirect table format {fmt!r}: choose one of {redirect_formats}</source>
      <translation>formato de tabla de redirecciones desconocido {fmt!r}: elige uno de estos: {redirect_formats}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="124" />
      <source>{what} has an invalid host name (got {url!r})</source>
      <translation>{what} tiene un nombre de servidor no válido (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="118" />
      <source>{what} has no host name after {scheme}:// (got {url!r})</source>
      <translation>{what} no tiene nombre de servidor después de {scheme}:// (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="99" />
      <source>{what} is empty: enter an address that starts with https://</source>
      <translation>Falta {what}: escribe una dirección que empiece por https://</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="106" />
      <source>{what} is not a valid address: {error} (got {url!r})</source>
      <translation>{what} no es una dirección válida: {error} (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="112" />
      <source>{what} must start with http:// or https:// (got {url!r})</source>
      <translation>{what} tiene que empezar por http:// o https:// (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="81" />
      <source>{what} {text!r} has no letter or digit to use in a link</source>
      <translation>{what} {text!r} no tiene ninguna letra ni dígito que se pueda usar en un enlace</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.metrics</name>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="157" />
      <source>No clear difference from the control zones yet (95 % interval {low} to {high} per 1,000 households).</source>
      <translation>Todavía no hay una diferencia clara con las zonas de control (intervalo del 95 %: de {low} a {high} por cada 1.000 hogares).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="142" />
      <source>No control zone: add one (a zone that gets nothing) to measure lift.</source>
      <translation>No hay zona de control: añade una (una zona que no recibe nada) para medir el incremento.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="144" />
      <source>No treated zone has households yet.</source>
      <translation>Ninguna zona que recibe piezas tiene hogares todavía.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="146" />
      <source>Not enough orders yet to tell whether the leaflets made a difference.</source>
      <translation>Todavía no hay pedidos suficientes para saber si los folletos han marcado la diferencia.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="156" />
      <source>Zones that got the leaflets ordered less than the control zones.</source>
      <translation>Las zonas que recibieron los folletos hicieron menos pedidos que las zonas de control.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="151" />
      <source>Zones that got the leaflets ordered more: {difference} per 1,000 households (95 % interval {low} to {high}).</source>
      <translation>Las zonas que recibieron los folletos hicieron más pedidos: {difference} por cada 1.000 hogares (intervalo del 95 %: de {low} a {high}).</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.money</name>
    <message>
      <location filename="src/omniprint/domain/money.py" line="17" />
      <source>amount</source>
      <translation>el importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/money.py" line="98" />
      <source>currency must be a three-letter code such as EUR or USD (got {code!r})</source>
      <translation>la moneda tiene que ser un código de tres letras, como EUR o USD (se recibió {code!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/money.py" line="17" />
      <source>unit cost</source>
      <translation>el coste unitario</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/money.py" line="58" />
      <source>{what} has more than {max_places} decimals (got {text!r})</source>
      <translation>{what} tiene más de {max_places} decimales (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/money.py" line="66" />
      <source>{what} is not a number (got {text!r})</source>
      <translation>{what} no es un número (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/money.py" line="51" />
      <source>{what} must be a number such as 1500 or 1500.50 (got {text!r})</source>
      <translation>{what} tiene que ser un número, como 1500 o 1500,50 (se recibió {text!r})</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.parsing</name>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="30" />
      <source>amount</source>
      <translation>el importe</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="27" />
      <source>budget</source>
      <translation>presupuesto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="28" />
      <source>cost per thousand</source>
      <translation>coste por millar</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="26" />
      <source>coverage</source>
      <translation>cobertura</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="24" />
      <source>households</source>
      <translation>el número de hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="25" />
      <source>quantity</source>
      <translation>cantidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="29" />
      <source>unit cost</source>
      <translation>el coste unitario</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="81" />
      <source>{what} has more than {max_places} decimals (got {text!r})</source>
      <translation>{what} tiene más de {max_places} decimales (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="62" />
      <source>{what} must be a number such as {example} (got {text!r})</source>
      <translation>{what} tiene que ser un número, como {example} (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="107" />
      <source>{what} must be a percentage from 0 to 100 (got {text!r})</source>
      <translation>{what} tiene que ser un porcentaje de 0 a 100 (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/parsing.py" line="60" />
      <source>{what} must be a whole number such as {example} (got {text!r})</source>
      <translation>{what} tiene que ser un número entero, como {example} (se recibió {text!r})</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.plan</name>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="18" />
      <source>campaign name</source>
      <translation>el nombre de la campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="206" />
      <source>coverage must be between 0 and 100 % (got {value:g} %)</source>
      <translation>la cobertura tiene que estar entre 0 y 100 % (se recibió {value:g} %)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="17" />
      <source>date</source>
      <translation>fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="23" />
      <source>drop date</source>
      <translation>la fecha de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="22" />
      <source>end date</source>
      <translation>la fecha de fin</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="238" />
      <source>end date {end} is before start date {start}</source>
      <translation>la fecha de fin {end} es anterior a la fecha de inicio {start}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="16" />
      <source>households</source>
      <translation>el número de hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="19" />
      <source>piece name</source>
      <translation>el nombre de la pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="213" />
      <source>quantity must be at least 1 (got {value})</source>
      <translation>la cantidad tiene que ser al menos 1 (se recibió {value})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="216" />
      <source>quantity {value} is more than 10 million pieces</source>
      <translation>la cantidad {value} supera los 10 millones de piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="21" />
      <source>start date</source>
      <translation>la fecha de inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="169" />
      <source>variant must be letters or digits such as A or B (got {label!r})</source>
      <translation>la variante tiene que ser letras o dígitos, como A o B (se recibió {label!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="181" />
      <source>zone code must not be empty</source>
      <translation>el código de zona no puede quedar en blanco</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="184" />
      <source>zone code {code!r} is longer than 32 characters</source>
      <translation>el código de zona {code!r} tiene más de 32 caracteres</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="20" />
      <source>zone name</source>
      <translation>el nombre de la zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="160" />
      <source>{what} is longer than 120 characters</source>
      <translation>{what} tiene más de 120 caracteres</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="196" />
      <source>{what} looks wrong: {value} is more than 10 million</source>
      <translation>Revisa {what}: {value} es más de 10 millones</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="229" />
      <source>{what} must be a date such as 2027-03-15 (got {text!r})</source>
      <translation>{what} tiene que ser una fecha como 2027-03-15 (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="158" />
      <source>{what} must not be empty</source>
      <translation>Falta {what}: no puede quedar en blanco</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="192" />
      <source>{what} must not be negative (got {value})</source>
      <translation>{what}: no se admiten números negativos (se recibió {value})</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.responses</name>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="132" />
      <source>a 'code' column (or an order, receipt or UTM column) is needed</source>
      <translation>hace falta una columna 'code' (o una columna de pedido, recibo o UTM)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="129" />
      <source>a 'date' column is needed</source>
      <translation>hace falta una columna 'date'</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="52" />
      <source>customer email (kept only when asked)</source>
      <translation>correo electrónico del cliente (solo se guarda si lo pides)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="51" />
      <source>customer name (kept only when asked)</source>
      <translation>nombre del cliente (solo se guarda si lo pides)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="53" />
      <source>customer phone (kept only when asked)</source>
      <translation>teléfono del cliente (solo se guarda si lo pides)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="38" />
      <source>the amount given back</source>
      <translation>el importe devuelto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="37" />
      <source>the amount of the sale or order</source>
      <translation>el importe de la venta o del pedido</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="44" />
      <source>the billing or customer postcode</source>
      <translation>el código postal de facturación o del cliente</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="36" />
      <source>the coupon or discount code as written</source>
      <translation>el código de cupón o de descuento tal como está escrito</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="39" />
      <source>the currency code (EUR, USD...)</source>
      <translation>el código de la moneda (EUR, USD...)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="46" />
      <source>the landing page with its query string</source>
      <translation>la página de destino con sus parámetros</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="41" />
      <source>the order number (makes each row an online order)</source>
      <translation>el número de pedido (hace de cada fila un pedido en línea)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="42" />
      <source>the receipt or ticket number</source>
      <translation>el número de recibo o de ticket</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="45" />
      <source>the shipping postcode</source>
      <translation>el código postal de envío</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="40" />
      <source>the shop, till or location</source>
      <translation>la tienda, la caja o el local</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="43" />
      <source>the status (cancelled, voided, failed rows are marked cancelled)</source>
      <translation>el estado (las filas canceladas, anuladas o fallidas se marcan como canceladas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="35" />
      <source>the time, when the file has it in a column of its own</source>
      <translation>la hora, cuando el archivo la tiene en una columna aparte</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="127" />
      <source>unknown field(s): {fields}</source>
      <translation>campo(s) desconocido(s): {fields}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="34" />
      <source>when it happened (date, or date and time)</source>
      <translation>cuándo ocurrió (fecha, o fecha y hora)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.safe_text</name>
    <message>
      <location filename="src/omniprint/domain/safe_text.py" line="21" />
      <source>code prefix</source>
      <translation>el prefijo de código</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/safe_text.py" line="21" />
      <source>zone code</source>
      <translation>el código de zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/safe_text.py" line="56" />
      <source>{what} contains the invisible control character {char} at position {position}: remove it (line breaks, tabs and text-direction marks are not allowed here)</source>
      <translation>{what} contiene el carácter de control invisible {char} en la posición {position}: quítalo (aquí no se admiten saltos de línea, tabuladores ni marcas de dirección del texto)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.size_check</name>
    <message>
      <location filename="src/omniprint/domain/size_check.py" line="55" />
      <source>{size} is far from every standard size and under 30 mm on a side: did you mean {meant}?</source>
      <translation>{size} está lejos de todo tamaño estándar y tiene un lado de menos de 30 mm: ¿querías decir {meant}?</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/size_check.py" line="60" />
      <source>{size} is far from every standard size and under 30 mm on a side: is it a typo?</source>
      <translation>{size} está lejos de todo tamaño estándar y tiene un lado de menos de 30 mm: ¿es una errata?</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.sizes</name>
    <message>
      <location filename="src/omniprint/domain/sizes.py" line="96" />
      <source>size {text!r} is out of range: each side must be between 20 and 1000 mm</source>
      <translation>el tamaño {text!r} está fuera de rango: cada lado tiene que medir entre 20 y 1000 mm</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/sizes.py" line="68" />
      <source>unknown piece kind {kind!r}: use one of {piece_kinds}</source>
      <translation>tipo de pieza desconocido {kind!r}: usa uno de estos: {piece_kinds}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/sizes.py" line="87" />
      <source>unknown size {text!r}: use a standard size ({names}) or WxH in mm such as 99x210</source>
      <translation>tamaño desconocido {text!r}: usa un tamaño estándar ({names}) o AnchoxAlto en mm, como 99x210</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.social</name>
    <message>
      <location filename="src/omniprint/domain/social.py" line="145" />
      <source>WhatsApp: {value!r} is not a phone number with its country code (e.g. +34 600 123 456)</source>
      <translation>WhatsApp: {value!r} no es un número de teléfono con su prefijo de país (p. ej. +34 600 123 456)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/social.py" line="85" />
      <source>{network}: {value!r} is not a Google Business profile link (https://g.page/..., https://maps.app.goo.gl/...)</source>
      <translation>{network}: {value!r} no es un enlace a un perfil de Google Business (https://g.page/..., https://maps.app.goo.gl/...)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/social.py" line="99" />
      <source>{network}: {value!r} is not a link to {network}</source>
      <translation>{network}: {value!r} no es un enlace a {network}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/social.py" line="114" />
      <source>{network}: {value!r} is not a profile: write @handle or paste the link</source>
      <translation>{network}: {value!r} no es un perfil: escribe @usuario o pega el enlace</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.access_log</name>
    <message>
      <location filename="src/omniprint/ingest/access_log.py" line="75" />
      <source>is a damaged gzip file ({exc})</source>
      <translation>es un archivo gzip dañado ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/access_log.py" line="148" />
      <source>not a request of a combined, common or Cloudflare log</source>
      <translation>no es una petición de un registro combined, common o de Cloudflare</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.cell_error</name>
    <message>
      <location filename="src/omniprint/ingest/cell_error.py" line="14" />
      <source>is not a value</source>
      <translation>no es un valor</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.dates</name>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="273" />
      <source>could be day-first or month-first; the order is not known</source>
      <translation>puede llevar el día primero o el mes primero; no se sabe el orden</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="282" />
      <source>has an hour that does not fit am/pm</source>
      <translation>tiene una hora que no encaja con am/pm</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="296" />
      <source>has an impossible time zone offset</source>
      <translation>tiene una diferencia horaria imposible</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="260" />
      <source>has an unknown month name {mon!r}</source>
      <translation>tiene un nombre de mes desconocido {mon!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="155" />
      <source>is month-first, but {day_first!r} in the same column is day-first</source>
      <translation>lleva el mes primero, pero {day_first!r} en la misma columna lleva el día primero</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="50" />
      <source>is not a date</source>
      <translation>no es una fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="247" />
      <source>is not a valid date or time</source>
      <translation>no es una fecha ni una hora válida</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.ga4_tables</name>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="181" />
      <source>For results by campaign, download in GA4 Reports &gt; Acquisition &gt; Traffic acquisition, change the table's dimension to “Session source / medium” (or “Session campaign”), then Share &gt; Download file &gt; CSV</source>
      <translation>Para ver resultados por campaña, descarga en GA4 Informes &gt; Adquisición &gt; Adquisición de tráfico, cambia la dimensión de la tabla a «Fuente / medio de la sesión» (o «Campaña de la sesión») y luego Compartir &gt; Descargar archivo &gt; CSV</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="172" />
      <source>it has no Sessions column</source>
      <translation>no tiene columna de Sesiones</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="170" />
      <source>it is the series of a chart (the same visits by day)</source>
      <translation>es la serie de un gráfico (las mismas visitas por día)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="153" />
      <source>its GA4 tables ({tables}) hold no visits, only totals or empty rows. </source>
      <translation>sus tablas de GA4 ({tables}) no tienen visitas, solo totales o filas vacías. </translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="175" />
      <source>its dimension ({name}) is not one OmniPrint uses</source>
      <translation>su dimensión ({name}) no es una que OmniPrint use</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="190" />
      <source>line {line} ({columns}): {reason}</source>
      <translation>línea {line} ({columns}): {reason}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="196" />
      <source>no table of this GA4 download has Sessions by a dimension OmniPrint uses ({tables}).</source>
      <translation>ninguna tabla de esta descarga de GA4 tiene Sesiones por una dimensión que OmniPrint use ({tables}).</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="197" />
      <source>no tables</source>
      <translation>sin tablas</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="136" />
      <source>the table at line {line} ({columns}) has no rows</source>
      <translation>la tabla de la línea {line} ({columns}) no tiene filas</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="142" />
      <source>the table at line {line} ({columns}) was left out: {reason}</source>
      <translation>la tabla de la línea {line} ({columns}) se ha dejado fuera: {reason}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/ga4_tables.py" line="159" />
      <source>visits were kept by channel only. </source>
      <translation>las visitas se han guardado solo por canal. </translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.guess</name>
    <message>
      <location filename="src/omniprint/ingest/guess.py" line="193" />
      <source>A mapping needs 'date' and 'code' (or an order, receipt or UTM column); the fields are: {fields}</source>
      <translation>Una asignación necesita 'date' y 'code' (o una columna de pedido, recibo o UTM); los campos son: {fields}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/guess.py" line="187" />
      <source>Guessed from the names and values: --map "{mapping}" (check it; it is remembered for files with these columns).</source>
      <translation>Deducido de los nombres y los valores: --map "{mapping}" (revísalo; se recuerda para los archivos con estas columnas).</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/guess.py" line="178" />
      <source>No column looks like a coupon code, an order or receipt number or a UTM value, so nothing in this file can be matched to what was printed (is it the right export?).</source>
      <translation>Ninguna columna parece un código de cupón, un número de pedido o de recibo ni un valor UTM, así que nada de este archivo se puede relacionar con lo impreso (¿es la exportación correcta?).</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/guess.py" line="171" />
      <source>this layout is not one OmniPrint knows. Its columns are: {columns}.</source>
      <translation>OmniPrint no conoce este formato. Sus columnas son: {columns}.</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.number_limits</name>
    <message>
      <location filename="src/omniprint/ingest/number_limits.py" line="65" />
      <source>the number is too large to keep ({digits} digits): check the column holds an amount or a count</source>
      <translation>el número es demasiado grande para guardarlo ({digits} cifras): comprueba que la columna contiene un importe o un recuento</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.numbers</name>
    <message>
      <location filename="src/omniprint/ingest/numbers.py" line="68" />
      <source>has an unbalanced parenthesis</source>
      <translation>tiene un paréntesis sin cerrar o sin abrir</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/numbers.py" line="133" />
      <source>has misplaced thousands separators</source>
      <translation>tiene separadores de miles mal colocados</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/numbers.py" line="71" />
      <source>has more than one sign</source>
      <translation>tiene más de un signo</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/numbers.py" line="27" />
      <source>is not a number</source>
      <translation>no es un número</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.people</name>
    <message>
      <location filename="src/omniprint/ingest/people.py" line="79" />
      <source>has a header but no people</source>
      <translation>tiene cabecera pero ninguna persona</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/people.py" line="83" />
      <source>lists {count} people; at most {limit}</source>
      <translation>tiene {count} personas; como mucho {limit}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/people.py" line="74" />
      <source>longer than 200 characters</source>
      <translation>tiene más de 200 caracteres</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/people.py" line="49" />
      <source>no column for the name (name, nombre); the header has: {header}</source>
      <translation>no hay columna para el nombre (nombre, name); la cabecera tiene: {header}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/people.py" line="69" />
      <source>the name is empty</source>
      <translation>el nombre está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/people.py" line="71" />
      <source>{value!r} is not an e-mail address</source>
      <translation>{value!r} no es una dirección de correo electrónico</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.__init__</name>
    <message>
      <location filename="src/omniprint/ingest/presets/__init__.py" line="68" />
      <source>unknown preset {name!r}; known: {presets}</source>
      <translation>formato desconocido {name!r}; conocidos: {presets}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets._base</name>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="94" />
      <source>column {column!r} (for {fieldname}) is not in the header</source>
      <translation>la columna {column!r} (para {fieldname}) no está en la cabecera</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="221" />
      <source>order</source>
      <translation>pedido</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="222" />
      <source>payment</source>
      <translation>pago</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="221" />
      <source>receipt</source>
      <translation>recibo</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="221" />
      <source>record</source>
      <translation>registro</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="221" />
      <source>transaction</source>
      <translation>transacción</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="231" />
      <source>{what} {natural_key} is also on line {first} (an overlapping export?); the first one was kept</source>
      <translation>{what} {natural_key} también está en la línea {first} (¿exportaciones que se solapan?); se ha conservado la primera fila</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets._records</name>
    <message>
      <location filename="src/omniprint/ingest/presets/_records.py" line="103" />
      <source>has {count} fields but the header has {width}</source>
      <translation>tiene {count} campos pero la cabecera tiene {width}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_records.py" line="127" />
      <source>the date is empty</source>
      <translation>la fecha está vacía</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_records.py" line="117" />
      <source>the {what} number is empty</source>
      <translation>el número de {what} está vacío</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets._typed</name>
    <message>
      <location filename="src/omniprint/ingest/presets/_typed.py" line="79" />
      <source>{count} rows are not sales or refunds ({kinds}); they were left out</source>
      <translation>{count} filas no son ventas ni reembolsos ({kinds}); se han dejado fuera</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.ga4</name>
    <message>
      <location filename="src/omniprint/ingest/presets/ga4.py" line="212" />
      <source>a metric is not a number ({exc})</source>
      <translation>una métrica no es un número ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/ga4.py" line="125" />
      <source>no Sessions column</source>
      <translation>no hay columna Sessions</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/ga4.py" line="253" />
      <source>{text!r} is not a number</source>
      <translation>{text!r} no es un número</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.generic</name>
    <message>
      <location filename="src/omniprint/ingest/presets/generic.py" line="207" />
      <source>has {count} fields but the header has {width}</source>
      <translation>tiene {count} campos pero la cabecera tiene {width}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/generic.py" line="81" />
      <source>needs a date and a code column</source>
      <translation>necesita una columna de fecha y una de código</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/generic.py" line="144" />
      <source>the code is empty</source>
      <translation>el código está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/generic.py" line="133" />
      <source>the date is empty</source>
      <translation>la fecha está vacía</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.google_ads</name>
    <message>
      <location filename="src/omniprint/ingest/presets/google_ads.py" line="140" />
      <source>not a date</source>
      <translation>no es una fecha</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.loyverse</name>
    <message>
      <location filename="src/omniprint/ingest/presets/loyverse.py" line="54" />
      <source>no receipt number or date column</source>
      <translation>no hay columna de número de recibo o de fecha</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.mercadopago</name>
    <message>
      <location filename="src/omniprint/ingest/presets/mercadopago.py" line="60" />
      <source>no SOURCE_ID, TRANSACTION_DATE, TRANSACTION_AMOUNT or type</source>
      <translation>no hay SOURCE_ID, TRANSACTION_DATE, TRANSACTION_AMOUNT o tipo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.meta_ads</name>
    <message>
      <location filename="src/omniprint/ingest/presets/meta_ads.py" line="77" />
      <source>not a date</source>
      <translation>no es una fecha</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.paypal</name>
    <message>
      <location filename="src/omniprint/ingest/presets/paypal.py" line="73" />
      <source>no Transaction ID, Date, Gross or Type column</source>
      <translation>no hay columna de ID de transacción, Fecha, Bruto o Tipo</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/paypal.py" line="122" />
      <source>no date tells day from month; read day-first (the account is outside the US). Say --dates mdy if that is wrong</source>
      <translation>ninguna fecha distingue el día del mes; se han leído con el día primero (la cuenta no es de EE. UU.). Indica --dates mdy si no es así</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/paypal.py" line="117" />
      <source>no date tells day from month; read month-first (the account's time zone, {zone}, is in the US). Say --dates dmy if that is wrong</source>
      <translation>ninguna fecha distingue el día del mes; se han leído con el mes primero (la zona horaria de la cuenta, {zone}, es de EE. UU.). Indica --dates dmy si no es así</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/paypal.py" line="97" />
      <location filename="src/omniprint/ingest/presets/paypal.py" line="99" />
      <source>{type}, sent</source>
      <translation>{type}, enviado</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.prestashop</name>
    <message>
      <location filename="src/omniprint/ingest/presets/prestashop.py" line="57" />
      <source>no ID, Date or Total column</source>
      <translation>no hay columna ID, Fecha o Total</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.shopify</name>
    <message>
      <location filename="src/omniprint/ingest/presets/shopify.py" line="82" />
      <source>no Name, Created at or Total column</source>
      <translation>no hay columna Name, Created at o Total</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/shopify.py" line="145" />
      <source>order {name} starts here without its order fields (Created at is empty)</source>
      <translation>el pedido {name} empieza aquí sin sus campos de pedido (Created at está vacío)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/shopify.py" line="138" />
      <source>the order name is empty</source>
      <translation>el nombre del pedido está vacío</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.square</name>
    <message>
      <location filename="src/omniprint/ingest/presets/square.py" line="68" />
      <source>no Transaction ID or Date column</source>
      <translation>no hay columna Transaction ID o Date</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.stripe</name>
    <message>
      <location filename="src/omniprint/ingest/presets/stripe.py" line="71" />
      <source>no id, Created (UTC) or Amount column</source>
      <translation>no hay columna id, Created (UTC) o Amount</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.stripe_balance</name>
    <message>
      <location filename="src/omniprint/ingest/presets/stripe_balance.py" line="56" />
      <source>no balance_transaction_id, created_utc, gross or category</source>
      <translation>no hay balance_transaction_id, created_utc, gross o categoría</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.sumup</name>
    <message>
      <location filename="src/omniprint/ingest/presets/sumup.py" line="46" />
      <source>no Transaction ID, Date or Total amount column</source>
      <translation>no hay columna de ID de transacción, Fecha o Importe total</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.tiendanube</name>
    <message>
      <location filename="src/omniprint/ingest/presets/tiendanube.py" line="53" />
      <source>no order number, Date or Total column</source>
      <translation>no hay columna de número de orden, Fecha o Total</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.woocommerce</name>
    <message>
      <location filename="src/omniprint/ingest/presets/woocommerce.py" line="116" />
      <source>no order number or order date column</source>
      <translation>no hay columna de número de pedido o de fecha del pedido</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.repair</name>
    <message>
      <location filename="src/omniprint/ingest/repair.py" line="114" />
      <source> and {count} more</source>
      <translation> y {count} más</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.responses</name>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="372" />
      <source>a column mapping cannot be used with preset {preset}</source>
      <translation>no se puede usar una asignación de columnas con el formato {preset}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="142" />
      <source>cannot be read as {name}: {exc}; the header has: {header}</source>
      <translation>no se puede leer como {name}: {exc}; la cabecera tiene: {header}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="523" />
      <source>every date in this column could be day-first or month-first (such as {sample!r}: no day is over 12). Say which with --dates dmy (day/month/year) or --dates mdy (month/day/year)</source>
      <translation>todas las fechas de esta columna pueden llevar el día primero o el mes primero (como {sample!r}: ningún día pasa de 12). Indica cuál con --dates dmy (día/mes/año) o --dates mdy (mes/día/año)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="309" />
      <source>line {line} is a totals row; it was left out</source>
      <translation>la línea {line} es una fila de totales; se ha dejado fuera</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="302" />
      <source>line(s) {lines} have fewer fields than the header ({width}); the missing fields at the end were read as empty</source>
      <translation>la(s) línea(s) {lines} tienen menos campos que la cabecera ({width}); los campos que faltan al final se han leído vacíos</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="380" />
      <source>there is no preset {preset!r}; known presets: {known}</source>
      <translation>no existe el formato {preset!r}; formatos conocidos: {known}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.spend</name>
    <message>
      <location filename="src/omniprint/ingest/spend.py" line="259" />
      <source>is not a {preset} report: its header was not recognised</source>
      <translation>no es un informe de {preset}: no se reconoce su cabecera</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.table</name>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="700" />
      <source>a field is larger than {limit:,} bytes; this is not a table of records (or a quote is never closed)</source>
      <translation>un campo ocupa más de {limit:,} bytes; esto no es una tabla de registros (o unas comillas no se cierran nunca)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="710" />
      <source>a quoted field is never closed (its opening quote is on this line)</source>
      <translation>un campo entre comillas no se cierra nunca (las comillas de apertura están en esta línea)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="188" />
      <source>cannot be read as a table ({exc})</source>
      <translation>no se puede leer como tabla ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="408" />
      <location filename="src/omniprint/ingest/table.py" line="412" />
      <location filename="src/omniprint/ingest/table.py" line="432" />
      <source>does not look like a text table (binary data)</source>
      <translation>no parece una tabla de texto (datos binarios)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="243" />
      <source>each line was wrapped in quotes (a spreadsheet re-save); unwrapped</source>
      <translation>cada línea estaba entre comillas (guardada de nuevo por una hoja de cálculo); se han quitado</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="388" />
      <source>is a PDF document, not a table: a PDF report cannot be imported. Download the same report as CSV (most tools offer “Export” or “Download” as CSV next to PDF)</source>
      <translation>es un documento PDF, no una tabla: un informe en PDF no se puede importar. Descarga el mismo informe en CSV (la mayoría de herramientas ofrecen «Exportar» o «Descargar» en CSV junto a PDF)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="392" />
      <source>is an Excel workbook (.xlsx) or a ZIP archive, not a text table: open it and save it as CSV (“CSV UTF-8”), or unzip it and import the CSV files inside</source>
      <translation>es un libro de Excel (.xlsx) o un archivo ZIP, no una tabla de texto: ábrelo y guárdalo como CSV («CSV UTF-8»), o descomprímelo e importa los CSV que contiene</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="396" />
      <source>is an old Excel workbook (.xls), not a text table: open it and save it as CSV (“CSV UTF-8”)</source>
      <translation>es un libro de Excel antiguo (.xls), no una tabla de texto: ábrelo y guárdalo como CSV («CSV UTF-8»)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="311" />
      <source>is marked as UTF-8 but is not valid UTF-8; save it again</source>
      <translation>está marcado como UTF-8 pero no es UTF-8 válido; vuelve a guardarlo</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="234" />
      <source>line(s) {lines} were not UTF-8 and were read as Windows-1252; the rest as UTF-8</source>
      <translation>la(s) línea(s) {lines} no eran UTF-8 y se han leído como Windows-1252; el resto como UTF-8</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="572" />
      <source>no header line found</source>
      <translation>no se ha encontrado la línea de cabecera</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="266" />
      <source>no header line found (only blank or comment lines)</source>
      <translation>no se ha encontrado la línea de cabecera (solo hay líneas en blanco o de comentario)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="304" />
      <location filename="src/omniprint/ingest/table.py" line="307" />
      <location filename="src/omniprint/ingest/table.py" line="316" />
      <source>the file is empty</source>
      <translation>el archivo está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="282" />
      <source>the header line has no column names</source>
      <translation>la línea de cabecera no tiene nombres de columna</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.zones</name>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="175" />
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="169" />
      <source>code (código, postcode, CP)</source>
      <translation>código (code, código postal, CP)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="245" />
      <source>cost per thousand {text!r} is negative</source>
      <translation>el coste por mil {text!r} es negativo</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="237" />
      <source>coverage {text}% is not between 0 and 100</source>
      <translation>la cobertura {text}% no está entre 0 y 100</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="266" />
      <source>has a header but no zones</source>
      <translation>tiene cabecera pero ninguna zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="210" />
      <source>has {count} fields but the header has {width}</source>
      <translation>tiene {count} campos pero la cabecera tiene {width}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="170" />
      <source>households (hogares, viviendas, buzones)</source>
      <translation>hogares (households, viviendas, buzones)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="174" />
      <source>no column for {fields}; the header has: {header}</source>
      <translation>no hay columna para {fields}; la cabecera tiene: {header}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="219" />
      <source>the zone code is empty</source>
      <translation>el código de zona está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="223" />
      <source>zone {code} is also on line {line}</source>
      <translation>la zona {code} también está en la línea {line}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="158" />
      <source>{text!r} is not a whole number</source>
      <translation>{text!r} no es un número entero</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/zones.py" line="259" />
      <source>{value!r} is not yes/no (sí/no)</source>
      <translation>{value!r} no es sí/no (yes/no)</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.fonts</name>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="208" />
      <source>{file}: a bitmap-only font has no outlines to print</source>
      <translation>{file}: una fuente solo de mapa de bits no tiene contornos que imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="191" />
      <source>{file}: a font collection (.ttc) holds several fonts: add one .ttf</source>
      <translation>{file}: una colección de fuentes (.ttc) contiene varias fuentes: añade un solo .ttf</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="185" />
      <source>{file}: a web font (WOFF) cannot be printed: use the .ttf file</source>
      <translation>{file}: una fuente web (WOFF) no se puede imprimir: usa el archivo .ttf</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="201" />
      <source>{file}: an OpenType font with PostScript (CFF) outlines cannot be embedded by OmniPrint: use the TrueType (.ttf) version of the font, or convert it to TrueType outlines (e.g. with FontForge) first</source>
      <translation>{file}: OmniPrint no puede incrustar una fuente OpenType con contornos PostScript (CFF): usa la versión TrueType (.ttf) de la fuente o conviértela antes a contornos TrueType (p. ej. con FontForge)</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="196" />
      <source>{file}: not a TrueType or OpenType font</source>
      <translation>{file}: no es una fuente TrueType ni OpenType</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="239" />
      <source>{file}: the font cannot be read ({exc})</source>
      <translation>{file}: no se puede leer la fuente ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="224" />
      <source>{file}: the font's licence allows embedding its bitmaps only, not its outlines</source>
      <translation>{file}: la licencia de la fuente solo permite incrustar sus mapas de bits, no sus contornos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="217" />
      <source>{file}: the font's licence forbids embedding it (restricted licence), so it cannot go in a print PDF; ask the foundry for a licence that allows embedding</source>
      <translation>{file}: la licencia de la fuente prohíbe incrustarla (licencia restringida), así que no puede ir en un PDF de imprenta; pide a la fundición una licencia que permita incrustarla</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/fonts.py" line="230" />
      <source>{file}: the font's licence forbids subsetting, and print PDFs embed only the letters they use</source>
      <translation>{file}: la licencia de la fuente prohíbe incrustar un subconjunto, y los PDF de imprenta incrustan solo las letras que usan</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.impose</name>
    <message>
      <location filename="src/omniprint/render/impose.py" line="137" />
      <source>a {trim_w_mm:g} x {trim_h_mm:g} mm piece with {bleed_mm:g} mm bleed does not fit on {sheet} with its margins: choose a bigger sheet</source>
      <translation>una pieza de {trim_w_mm:g} x {trim_h_mm:g} mm con {bleed_mm:g} mm de sangrado no cabe en {sheet} con sus márgenes: elige un pliego más grande</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/impose.py" line="121" />
      <source>unknown press sheet {sheet!r}: use one of {sheets}</source>
      <translation>pliego desconocido {sheet!r}: usa uno de estos: {sheets}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.package</name>
    <message>
      <location filename="src/omniprint/render/package.py" line="41" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="21" />
      <source>Bleed</source>
      <translation>Sangrado</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="23" />
      <source>Colours</source>
      <translation>Colores</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="18" />
      <source>Customer</source>
      <translation>Cliente</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="24" />
      <source>Duplex</source>
      <translation>Dúplex</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="39" />
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="32" />
      <source>Files</source>
      <translation>Archivos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="29" />
      <source>Finishing</source>
      <translation>Acabado</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="66" />
      <source>JOB TICKET</source>
      <translation>ORDEN DE TRABAJO</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="17" />
      <source>Job</source>
      <translation>Trabajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="37" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="25" />
      <source>Output condition</source>
      <translation>Condición de salida</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="27" />
      <source>Per variant</source>
      <translation>Por variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="38" />
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="19" />
      <source>Piece</source>
      <translation>Pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="31" />
      <source>Piles</source>
      <translation>Pilas</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="28" />
      <source>Press sheets</source>
      <translation>Pliegos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="26" />
      <source>Quantity</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="22" />
      <source>Stock</source>
      <translation>Papel</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="20" />
      <source>Trim size</source>
      <translation>Formato final</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="30" />
      <source>Variable data</source>
      <translation>Datos variables</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="40" />
      <source>Web</source>
      <translation>Web</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/package.py" line="53" />
      <source>pile {pile} ({position}): serials {serials}, {pieces}</source>
      <translation>pila {pile} ({position}): series {serials}, {pieces}</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/package.py" line="54" />
      <source>{n} pieces</source>
      <extracomment>singular: {n} piece</extracomment>
      <translation>
        <numerusform>{n} pieza</numerusform>
        <numerusform>{n} piezas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.pages</name>
    <message>
      <location filename="src/omniprint/render/pages.py" line="127" />
      <source>piece {number} of {total} ({percent})</source>
      <translation>pieza {number} de {total} ({percent})</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="133" />
      <source>pieces written</source>
      <translation>piezas escritas</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="201" />
      <source>proof {number} of {count}</source>
      <translation>prueba {number} de {count}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="51" />
      <source>sheet {number} of {sheets} ({percent})</source>
      <translation>pliego {number} de {sheets} ({percent})</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="193" />
      <source>{job} · serial {serial} · {side} · {width} x {height} mm</source>
      <translation>{job} · n.º de serie {serial} · {side} · {width} x {height} mm</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.pdf</name>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="125" />
      <source>bleed_mm must be between 0 and 10</source>
      <translation>bleed_mm tiene que estar entre 0 y 10</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="129" />
      <source>jobs must be 0 (every core) or more</source>
      <translation>jobs debe ser 0 (todos los núcleos) o más</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="193" />
      <source>nothing to print: the run has no records</source>
      <translation>no hay nada que imprimir: la tirada no tiene registros</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="135" />
      <source>output profile {output_profile!r} is not a file</source>
      <translation>el perfil de salida {output_profile!r} no es un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="201" />
      <source>preflight found errors; fix them, or export anyway with --force (Print page: 'Export even with preflight errors'):
{listed}</source>
      <translation>la comprobación previa encontró errores; corrígelos o exporta igualmente con --force (página Imprimir: «Exportar aunque la comprobación previa tenga errores»):
{listed}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="131" />
      <source>proof_count must be at least 1</source>
      <translation>proof_count tiene que ser al menos 1</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="127" />
      <source>the sheet margin must be between 0 and 30 mm</source>
      <translation>el margen del pliego debe estar entre 0 y 30 mm</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="120" />
      <source>{name} {value!r} is not one of {choices}</source>
      <translation>{name} {value!r} no es uno de estos: {choices}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.preflight</name>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="225" />
      <source>QR module of {module:.2f} mm is under {MIN_MODULE_MM} mm: phones may not scan it; make the box bigger or the link shorter</source>
      <translation>El módulo del QR mide {module:.2f} mm, menos de {MIN_MODULE_MM} mm: puede que los móviles no lo lean; haz el recuadro más grande o el enlace más corto</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="111" />
      <source>RGB colour in a CMYK file: converted naively; give a CMYK value</source>
      <translation>Color RGB en un archivo CMYK: se convierte de forma aproximada; indica un valor CMYK</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="93" />
      <source>RGB colour in a CMYK file: converted naively; give the background a CMYK value</source>
      <translation>Color RGB en un archivo CMYK: se convierte de forma aproximada; da al fondo un valor CMYK</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="186" />
      <source>coloured or reversed text of {size_pt:.3g} pt is under {MIN_COLOURED_TEXT_PT:g} pt: it blurs with registration; set it bigger or in 100 % black</source>
      <translation>el texto en color o en negativo de {size_pt:.3g} pt es menor de {MIN_COLOURED_TEXT_PT:g} pt: se verá borroso por el registro; ponlo más grande o en negro 100 %</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="245" />
      <source>contact QR (MECARD) has modules of {module:.2f} mm, under {minimum} mm: make it at least {needed:g} mm or lower its error correction</source>
      <translation>el QR de contacto (MECARD) tiene módulos de {module:.2f} mm, por debajo de {minimum} mm: hazlo de al menos {needed:g} mm o baja su corrección de errores</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="239" />
      <source>contact QR (vCard, {chars} characters) has modules of {module:.2f} mm, under {minimum} mm: make it at least {needed:g} mm, lower its error correction, or use the shorter MECARD payload (it needs {mecard:g} mm)</source>
      <translation>el QR de contacto (vCard, {chars} caracteres) tiene módulos de {module:.2f} mm, por debajo de {minimum} mm: hazlo de al menos {needed:g} mm, baja su corrección de errores o usa el contenido MECARD, más corto (necesita {mecard:g} mm)</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="49" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="159" />
      <source>font {font!r} is not bundled: {font2} is used instead; choose a bundled font</source>
      <translation>la fuente {font!r} no está incluida: se usa {font2} en su lugar; elige una fuente incluida</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="166" />
      <source>font {font} cannot be embedded (not TrueType); choose a bundled font</source>
      <translation>la fuente {font} no se puede incrustar (no es TrueType); elige una fuente incluida</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="194" />
      <source>font {font} has no glyph for {missing!r}; choose another font or take the character out</source>
      <translation>la fuente {font} no tiene glifo para {missing!r}; elige otra fuente o quita el carácter</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="267" />
      <source>image at {ppi:.0f} ppi: under {REFUSE_PPI} ppi; use a bigger image or place it smaller</source>
      <translation>imagen a {ppi:.0f} ppp: menos de {REFUSE_PPI} ppp; usa una imagen mayor o colócala más pequeña</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="275" />
      <source>image at {ppi:.0f} ppi: under {WARN_PPI} ppi, it may look soft; use a bigger image</source>
      <translation>imagen a {ppi:.0f} ppp: menos de {WARN_PPI} ppp, puede verse borrosa; usa una imagen mayor</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="258" />
      <source>image {asset!r} cannot be found or read; place the image again</source>
      <translation>no se encuentra o no se puede leer la imagen {asset!r}; vuelve a colocar la imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="147" />
      <source>outside the safe area ({safe:g} mm inside the trim): it may be cut; move it inward</source>
      <translation>fuera de la zona segura ({safe:g} mm dentro del corte): puede quedar cortado; muévelo hacia dentro</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="181" />
      <source>reversed text of {size_pt:.3g} pt knocked out of a {inks}-colour background: set it {min_pt:g} pt or bigger, bold, or on a one-ink background</source>
      <translation>texto calado de {size_pt:.3g} pt sobre un fondo de {inks} colores: ponlo a {min_pt:g} pt o más, en negrita, o sobre un fondo de una sola tinta</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="176" />
      <source>text of {size_pt:g} pt is under {MIN_TEXT_PT:g} pt: hard to print; set it bigger</source>
      <translation>el texto de {size_pt:g} pt es menor de {MIN_TEXT_PT:g} pt: difícil de imprimir; ponlo más grande</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="138" />
      <source>the QR box (symbol and quiet zone) extends past the trim: the quiet zone would be cut; move it inside the safe area</source>
      <translation>la caja del QR (símbolo y zona de silencio) sobrepasa el corte: la zona de silencio se cortaría; muévela dentro del área segura</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="211" />
      <source>the record has no {field!r} for the QR code; generate the codes or choose another field</source>
      <translation>el registro no tiene {field!r} para el código QR; genera los códigos o elige otro campo</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="203" />
      <source>the text overflows its box; make the box bigger or the text shorter</source>
      <translation>el texto se sale de su recuadro; agranda el recuadro o acorta el texto</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="49" />
      <source>warning</source>
      <translation>aviso</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.preflight_rules</name>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="113" />
      <source>fill in the business {detail} in the business details, or take the words out</source>
      <translation>rellena el dato {detail} en los datos del negocio, o quita esas palabras</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="115" />
      <source>give the records a {field} value, or take the words out</source>
      <translation>da a los registros un valor de {field} o quita esas palabras</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="77" />
      <source>it has no size: give it a width and a height, or delete it</source>
      <translation>no tiene tamaño: dale ancho y alto, o bórralo</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="82" />
      <source>its box ({w:g} x {h:g} mm at {x:g}, {y:g}) is absurd: check its numbers</source>
      <translation>su caja ({w:g} x {h:g} mm en {x:g}, {y:g}) es absurda: revisa sus números</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="67" />
      <source>its position or size is not a number: set x, y, width and height again</source>
      <translation>su posición o tamaño no es un número: vuelve a poner x, y, ancho y alto</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="71" />
      <source>its type size ({size:g} pt) is absurd: set a real size</source>
      <translation>su tamaño de letra ({size:g} pt) es absurdo: pon un tamaño real</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="136" />
      <source>prints {shown!r} because {fields} is empty: {advice}</source>
      <translation>imprime {shown!r} porque {fields} está vacío: {advice}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="109" />
      <source>set the campaign's end date, or take the words out</source>
      <translation>pon la fecha de fin de la campaña o quita esas palabras</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="156" />
      <source>still has the starter template's sample text: write your own words</source>
      <translation>aún tiene el texto de ejemplo de la plantilla: escribe tus propias palabras</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="101" />
      <source>the code is partly outside the trim: it would be cut; move it inside the safe area</source>
      <translation>el código queda en parte fuera del corte: se cortaría; muévelo dentro del área segura</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="97" />
      <source>the code is wholly outside the trim: it would not print; move it in</source>
      <translation>el código queda del todo fuera del corte: no se imprimiría; muévelo dentro</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="170" />
      <source>total ink {total:g} % is over {limit:g} %: use a rich black such as 60/40/40/100 or lighter inks</source>
      <translation>la carga total de tinta del {total:g} % supera el {limit:g} %: usa un negro enriquecido como 60/40/40/100 o tintas más claras</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="139" />
      <source>uses business details that are empty ({fields}): {advice}</source>
      <translation>usa datos del negocio que están vacíos ({fields}): {advice}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight_rules.py" line="142" />
      <source>{fields} is empty, so a line prints blank: {advice}</source>
      <translation>{fields} está vacío, así que una línea sale en blanco: {advice}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.profiles</name>
    <message>
      <location filename="src/omniprint/render/profiles.py" line="105" />
      <source>output profile {file} cannot be read: {error}</source>
      <translation>no se puede leer el perfil de salida {file}: {error}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/profiles.py" line="70" />
      <source>{name} is an ICC version 4 profile: PDF/X-1a needs version 2; choose PDF/X-4 or ask the shop for a version 2 profile</source>
      <translation>{name} es un perfil ICC de versión 4: PDF/X-1a necesita la versión 2; elige PDF/X-4 o pide a la imprenta un perfil de versión 2</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/profiles.py" line="54" />
      <source>{name} is not a CMYK output profile (it is a {space} {device} profile): ask the print shop for its press profile</source>
      <translation>{name} no es un perfil de salida CMYK (es un perfil {space} {device}): pide a la imprenta su perfil de impresión</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/profiles.py" line="50" />
      <source>{name} is not an ICC colour profile</source>
      <translation>{name} no es un perfil de color ICC</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.proof</name>
    <message>
      <location filename="src/omniprint/render/proof.py" line="17" />
      <source>PROOF</source>
      <translation>PRUEBA</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/proof.py" line="16" />
      <source>bleed: grey · trim: green · safe area: cyan dashed · die cut: magenta</source>
      <translation>sangrado: gris · corte: verde · zona segura: cian discontinua · troquel: magenta</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/proof.py" line="18" />
      <source>side: back</source>
      <translation>reverso</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/proof.py" line="18" />
      <source>side: front</source>
      <translation>anverso</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.qr</name>
    <message>
      <location filename="src/omniprint/render/qr.py" line="32" />
      <source>a QR code needs data: the record's field is empty</source>
      <translation>un código QR necesita datos: el campo del registro está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/qr.py" line="112" />
      <source>unknown barcode symbology {symbology!r}</source>
      <translation>simbología de código de barras desconocida {symbology!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/qr.py" line="118" />
      <source>{symbology} cannot encode {data!r}: {exc}</source>
      <translation>{symbology} no puede codificar {data!r}: {exc}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.report</name>
    <message>
      <location filename="src/omniprint/render/report.py" line="121" />
      <source>(revenue - cost) / cost</source>
      <translation>(ingresos - coste) / coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="106" />
      <source>A/B tests</source>
      <translation>Pruebas A/B</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="107" />
      <source>Before you trust the numbers</source>
      <translation>Antes de fiarse de los números</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="104" />
      <source>Budget {budget}.</source>
      <translation>Presupuesto {budget}.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="95" />
      <source>Campaign {start} to {end}</source>
      <translation>Campaña del {start} al {end}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="118" />
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="100" />
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="101" />
      <source>Cost per response</source>
      <translation>Coste por respuesta</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="137" />
      <source>Dashed line: the control zones ({rate} per 1,000 households), what the zones would likely do without leaflets.</source>
      <translation>Línea discontinua: las zonas de control ({rate} por cada 1.000 hogares), lo que harían probablemente las zonas sin folletos.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="105" />
      <source>Did the leaflets make a difference?</source>
      <translation>¿Marcaron la diferencia los folletos?</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="96" />
      <source>Generated {date}</source>
      <translation>Generado el {date}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="110" />
      <source>No drops are planned yet, so there is nothing to report per zone.</source>
      <translation>Aún no hay repartos planificados, así que no hay resultados por zona.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="126" />
      <source>No responses have come back yet.</source>
      <translation>Aún no ha vuelto ninguna respuesta.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="122" />
      <source>No zone has a cost yet, so there is no ROI to chart.</source>
      <translation>Ninguna zona tiene coste aún: no hay ROI que mostrar.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="141" />
      <source>No zone has households yet, so there are no orders per household to chart.</source>
      <translation>Ninguna zona tiene hogares aún: no hay pedidos por hogar que mostrar.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="147" />
      <source>No zone has pieces delivered yet, so there is no response rate to chart.</source>
      <translation>Ninguna zona tiene piezas repartidas aún: no hay tasa de respuesta que mostrar.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="97" />
      <source>Page {n}</source>
      <translation>Página {n}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="103" />
      <source>ROAS (revenue per 1 spent)</source>
      <translation>ROAS (ingresos por 1 invertido)</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="102" />
      <source>ROI (return on cost)</source>
      <translation>ROI (retorno sobre el coste)</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="120" />
      <source>ROI per zone</source>
      <translation>ROI por zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="145" />
      <source>Response rate per zone and variant</source>
      <translation>Tasa de respuesta por zona y variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="98" />
      <source>Responses</source>
      <translation>Respuestas</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="123" />
      <source>Responses over time</source>
      <translation>Respuestas en el tiempo</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="109" />
      <source>Results per zone</source>
      <translation>Resultados por zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="94" />
      <source>Results report</source>
      <translation>Informe de resultados</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="99" />
      <source>Revenue</source>
      <translation>Ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="128" />
      <source>Store: codes redeemed at the till. Online: orders with a code or a tracked link. Responses = store + online. Match-back: orders without a code from the zone's postcodes, on the zone's row (its total row when it got several variants; in control zones, which get nothing, the only measure). Rate: responses per piece delivered. ROI: (revenue - cost) / cost.</source>
      <translation>Tienda: códigos canjeados en caja. Online: pedidos con código o enlace rastreado. Respuestas = tienda + online. Por CP: pedidos sin código de los códigos postales de la zona, en la fila de la zona (su fila total cuando recibió varias variantes; en las zonas de control, que no reciben nada, la única medida). Tasa: respuestas por pieza repartida. ROI: (ingresos - coste) / coste.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="119" />
      <source>The chart shows the first {n} zones; the table lists them all.</source>
      <translation>El gráfico muestra las {n} primeras zonas; la tabla las recoge todas.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="117" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="135" />
      <source>Web-shop orders per 1,000 households, per zone</source>
      <translation>Pedidos de la tienda online por cada 1.000 hogares, por zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="108" />
      <source>What came back:</source>
      <translation>Lo que ha vuelto:</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="111" />
      <source>Zone|Piece · variant|Pieces|Visits|Store|Online|Match-back|Responses|Rate|Revenue ({currency})|Cost ({currency})|Per response|ROI</source>
      <translation>Zona|Pieza · variante|Piezas|Visitas|Tienda|Online|Por CP|Respuestas|Tasa|Ingresos ({currency})|Coste ({currency})|Por respuesta|ROI</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="127" />
      <source>all variants</source>
      <translation>todas las variantes</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="116" />
      <source>control</source>
      <translation>control</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="144" />
      <source>control zones</source>
      <translation>zonas de control</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="124" />
      <source>days since the first drop</source>
      <translation>días desde el primer reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="146" />
      <source>responses per piece delivered</source>
      <translation>respuestas por pieza repartida</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="125" />
      <source>responses, running total</source>
      <translation>respuestas acumuladas</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report.py" line="136" />
      <source>web-shop orders per 1,000 households (coded or not)</source>
      <translation>pedidos online por cada 1.000 hogares (con código o sin él)</translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="355" />
      <source>{n} codes counted</source>
      <extracomment>singular: {n} code counted</extracomment>
      <translation>
        <numerusform>{n} código contado</numerusform>
        <numerusform>{n} códigos contados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="368" />
      <source>{n} codes that match nothing we printed</source>
      <extracomment>singular: {n} code that matches nothing we printed</extracomment>
      <translation>
        <numerusform>{n} código que no coincide con nada de lo impreso</numerusform>
        <numerusform>{n} códigos que no coinciden con nada de lo impreso</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="362" />
      <source>{n} codes used more than once</source>
      <extracomment>singular: {n} code used more than once</extracomment>
      <translation>
        <numerusform>{n} código usado más de una vez</numerusform>
        <numerusform>{n} códigos usados más de una vez</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="359" />
      <source>{n} codes with a typing error corrected</source>
      <extracomment>singular: {n} code with a typing error corrected</extracomment>
      <translation>
        <numerusform>{n} código con un error de tecleo corregido</numerusform>
        <numerusform>{n} códigos con un error de tecleo corregidos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="356" />
      <source>{n} online orders matched by their link</source>
      <extracomment>singular: {n} online order matched by its link</extracomment>
      <translation>
        <numerusform>{n} pedido online atribuido por su enlace</numerusform>
        <numerusform>{n} pedidos online atribuidos por su enlace</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="338" />
      <source>{n} pieces delivered in {zones} · {visits} to the landing page · response rate {rate}.</source>
      <extracomment>singular: {n} piece delivered in {zones} · {visits} to the landing page · response rate {rate}.</extracomment>
      <translation>
        <numerusform>{n} pieza repartida en {zones} · {visits} a la página · tasa de respuesta {rate}.</numerusform>
        <numerusform>{n} piezas repartidas en {zones} · {visits} a la página · tasa de respuesta {rate}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="365" />
      <source>{n} uses outside the attribution window</source>
      <extracomment>singular: {n} use outside the attribution window</extracomment>
      <translation>
        <numerusform>{n} uso fuera del plazo de atribución</numerusform>
        <numerusform>{n} usos fuera del plazo de atribución</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="344" />
      <source>{n} visits</source>
      <extracomment>singular: {n} visit</extracomment>
      <translation>
        <numerusform>{n} visita</numerusform>
        <numerusform>{n} visitas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="src/omniprint/render/report.py" line="343" />
      <source>{n} zones</source>
      <extracomment>singular: {n} zone</extracomment>
      <translation>
        <numerusform>{n} zona</numerusform>
        <numerusform>{n} zonas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.report_channels</name>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="29" />
      <source>Channels: print and online side by side</source>
      <translation>Canales: impreso y online lado a lado</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="35" />
      <source>Channel|Kind|Cost|Visits|Responses|Revenue|Per response|ROAS</source>
      <translation>Canal|Tipo|Coste|Visitas|Respuestas|Ingresos|Por respuesta|ROAS</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="45" />
      <source>Each step's rate is of the step before it: scans per piece delivered, visits per scan, responses per visit.</source>
      <translation>La tasa de cada paso es sobre el anterior: escaneos por pieza repartida, visitas por escaneo, respuestas por visita.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="43" />
      <source>From letterbox to till</source>
      <translation>Del buzón a la caja</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="41" />
      <source>Paths that cross channels</source>
      <translation>Recorridos que cruzan canales</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="42" />
      <source>Path|Orders|Revenue</source>
      <translation>Recorrido|Pedidos|Ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="36" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="30" />
      <source>What each printed piece, ad platform and online source cost and brought to the campaign. Responses are till redemptions and orders; an order with a printed code is counted for the piece, whatever link brought the buyer to the shop.</source>
      <translation>Lo que cada pieza impresa, plataforma de anuncios y origen online costó y trajo a la campaña. Las respuestas son canjes en caja y pedidos; un pedido con un código impreso se cuenta para la pieza, sea cual sea el enlace que trajo al cliente.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="44" />
      <source>Zone · piece · variant|Pieces|Scans|Visits|Responses|Revenue</source>
      <translation>Zona · pieza · variante|Piezas|Escaneos|Visitas|Respuestas|Ingresos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="38" />
      <source>ads</source>
      <translation>anuncios</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="51" />
      <source>business card</source>
      <translation>tarjeta de visita</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="52" />
      <source>door hanger</source>
      <translation>colgador de puerta</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="50" />
      <source>flyer</source>
      <translation>flyer</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="49" />
      <source>leaflet</source>
      <translation>folleto</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="40" />
      <source>organic</source>
      <translation>orgánico</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="39" />
      <source>other</source>
      <translation>otro</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="53" />
      <source>postcard</source>
      <translation>postal</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="37" />
      <source>print</source>
      <translation>impreso</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="55" />
      <source>till</source>
      <translation>caja</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/report_channels.py" line="54" />
      <source>web order</source>
      <translation>pedido web</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.selfcheck</name>
    <message>
      <location filename="src/omniprint/render/selfcheck.py" line="160" />
      <source>self-check failed on page {page}: expected {expected} QR codes, read {read}; not found: {missing}; unexpected: {extra}. Do not send this file to print.</source>
      <translation>la autocomprobación ha fallado en la página {page}: se esperaban {expected} códigos QR y se han leído {read}; no encontrados: {missing}; inesperados: {extra}. No envíes este archivo a imprimir.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/selfcheck.py" line="145" />
      <source>self-check: page {page} is not in the file</source>
      <translation>autocomprobación: la página {page} no está en el archivo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.storage.assets</name>
    <message>
      <location filename="src/omniprint/storage/assets.py" line="86" />
      <source>image {key} is not in the workspace</source>
      <translation>la imagen {key} no está en el espacio de trabajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/assets.py" line="48" />
      <source>not a readable PNG, JPEG or TIFF image ({reason})</source>
      <translation>no es una imagen PNG, JPEG o TIFF legible ({reason})</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/assets.py" line="52" />
      <source>only PNG, JPEG and TIFF images can be placed in a design (this is {kind})</source>
      <translation>solo se pueden colocar imágenes PNG, JPEG y TIFF en un diseño (esta es {kind})</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/assets.py" line="41" />
      <source>the image is too large: at most {megapixels} megapixels</source>
      <translation>la imagen es demasiado grande: como mucho {megapixels} megapíxeles</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/assets.py" line="58" />
      <source>the image is too large: {width} x {height} pixels is more than {megapixels} megapixels</source>
      <translation>la imagen es demasiado grande: {width} x {height} píxeles son más de {megapixels} megapíxeles</translation>
    </message>
  </context>
  <context>
    <name>omniprint.storage.plan</name>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="79" />
      <source> (campaigns: {names})</source>
      <translation> (campañas: {names})</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="211" />
      <source> (the campaign has no zones yet)</source>
      <translation> (la campaña todavía no tiene zonas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="79" />
      <source> (there are no campaigns yet)</source>
      <translation> (todavía no hay campañas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="211" />
      <source> (zones: {names})</source>
      <translation> (zonas: {names})</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="41" />
      <source>a campaign called {slug!r} already exists</source>
      <translation>ya existe una campaña llamada {slug!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="81" />
      <source>no campaign called {slug_or_name!r}{known}</source>
      <translation>no hay ninguna campaña llamada {slug_or_name!r}{known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="67" />
      <source>no campaign with id {campaign_id}</source>
      <translation>no hay ninguna campaña con id {campaign_id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="213" />
      <source>no zone {code!r} in this campaign{known}</source>
      <translation>no hay ninguna zona {code!r} en esta campaña{known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="244" />
      <source>this drop has codes already: its quantity is fixed</source>
      <translation>este reparto ya tiene códigos: su cantidad no se puede cambiar</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="251" />
      <source>this drop has codes already: remove its codes first</source>
      <translation>este reparto ya tiene códigos: elimina antes sus códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="233" />
      <source>this variant already goes to this zone</source>
      <translation>esta variante ya va a esta zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="224" />
      <source>this zone has codes already: its pieces may be printed</source>
      <translation>esta zona ya tiene códigos: puede que sus piezas ya estén impresas</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="129" />
      <source>variant {label} of this piece already exists</source>
      <translation>la variante {label} de esta pieza ya existe</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="178" />
      <source>zone {code} is already in this campaign</source>
      <translation>la zona {code} ya está en esta campaña</translation>
    </message>
  </context>
  <context>
    <name>omniprint.storage.responses</name>
    <message>
      <location filename="src/omniprint/storage/responses.py" line="393" />
      <source>If this file is from another shop or account, import it with --source NAME (a name for that shop): the records of two sources never mix.</source>
      <translation>Si este archivo es de otra tienda o cuenta, impórtalo con --source NOMBRE (un nombre para esa tienda): los registros de dos orígenes nunca se mezclan.</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/responses.py" line="391" />
      <source>Their order ids are the same too: they are this shop's orders again.</source>
      <translation>Sus identificadores de pedido también coinciden: son de nuevo los pedidos de esta misma tienda.</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/responses.py" line="383" />
      <source>import {id} ({file})</source>
      <translation>la importación {id} ({file})</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/responses.py" line="115" />
      <source>line {line}: a number is too large to keep in the workspace</source>
      <translation>línea {line}: un número es demasiado grande para guardarlo en el espacio de trabajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/responses.py" line="329" />
      <source>no import with id {import_id}</source>
      <translation>no hay ninguna importación con id {import_id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/responses.py" line="386" />
      <source>{known} of {records} records were already in the workspace: the same source ({sources}) and numbers came with {imports}.</source>
      <translation>{known} de {records} registros ya estaban en el espacio de trabajo: el mismo origen ({sources}) y los mismos números llegaron con {imports}.</translation>
    </message>
  </context>
  <context>
    <name>omniprint.storage.workspace</name>
    <message>
      <location filename="src/omniprint/storage/workspace.py" line="195" />
      <source>no workspace at {path}; create one with `omniprint init`</source>
      <translation>no hay ningún espacio de trabajo en {path}; crea uno con `omniprint init`</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/workspace.py" line="187" />
      <source>{path} is a folder, not a workspace file: give the workspace's file name</source>
      <translation>{path} es una carpeta, no un archivo de espacio de trabajo: indica el nombre del archivo del espacio de trabajo</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/workspace.py" line="199" />
      <source>{path} is an empty file, not a workspace; it was left untouched (make it a workspace with `omniprint init`)</source>
      <translation>{path} es un archivo vacío, no un espacio de trabajo; no se ha modificado (conviértelo en espacio de trabajo con `omniprint init`)</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/workspace.py" line="275" />
      <source>{path}: this file cannot be read as a workspace ({exc}); it was left untouched</source>
      <translation>{path}: este archivo no se puede leer como espacio de trabajo ({exc}); no se ha modificado</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/workspace.py" line="281" />
      <source>{path}: this is an SQLite database but not an OmniPrint workspace; it was left untouched</source>
      <translation>{path}: es una base de datos SQLite pero no un espacio de trabajo de OmniPrint; no se ha modificado</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/workspace.py" line="260" />
      <source>{path}: this is not an OmniPrint workspace (not an SQLite database); it was left untouched</source>
      <translation>{path}: no es un espacio de trabajo de OmniPrint (no es una base de datos SQLite); no se ha modificado</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/workspace.py" line="288" />
      <source>{path}: this workspace was written by a newer version of OmniPrint (schema {version}; this version reads up to {SCHEMA_VERSION}). Update OmniPrint to open it; the file was left untouched.</source>
      <translation>{path}: este espacio de trabajo lo ha escrito una versión más nueva de OmniPrint (esquema {version}; esta versión lee hasta el {SCHEMA_VERSION}). Actualiza OmniPrint para abrirlo; el archivo no se ha modificado.</translation>
    </message>
  </context>
</TS>
