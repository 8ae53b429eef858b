<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>omniprint.domain.codes</name>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="114" />
      <source>cannot compute a check symbol for an empty code</source>
      <translation>no se puede calcular el símbolo de control de un código vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="184" />
      <source>code length must be between {MIN_BODY_LENGTH} and {MAX_BODY_LENGTH} random characters (got {length!r})</source>
      <translation>la longitud del código tiene que estar entre {MIN_BODY_LENGTH} y {MAX_BODY_LENGTH} caracteres aleatorios (se recibió {length!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="163" />
      <source>code prefix {prefix!r} contains U, which codes never use (it is easily misread as V): choose another letter</source>
      <translation>el prefijo de código {prefix!r} contiene una U, que los códigos nunca usan (se confunde fácilmente con la V): elige otra letra</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="170" />
      <source>code prefix {prefix!r} contains {char!r}: use only letters A-Z and digits 0-9</source>
      <translation>el prefijo de código {prefix!r} contiene {char!r}: usa solo letras A-Z y dígitos 0-9</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="155" />
      <source>code prefix {prefix!r} is too long: use at most {MAX_PREFIX_LENGTH} letters or digits</source>
      <translation>el prefijo de código {prefix!r} es demasiado largo: usa como máximo {MAX_PREFIX_LENGTH} letras o dígitos</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="204" />
      <source>code {key!r} does not start with the prefix {shown_prefix!r}</source>
      <translation>el código {key!r} no empieza por el prefijo {shown_prefix!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="118" />
      <source>code {key_without_check!r} contains {char!r}: codes use only digits and the letters A-Z except U</source>
      <translation>el código {key_without_check!r} contiene {char!r}: los códigos solo usan dígitos y las letras A-Z menos la U</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="317" />
      <source>could not find {missing} more unused codes with prefix {shown_prefix!r}: use a longer code length or another prefix</source>
      <translation>no se han encontrado {missing} códigos libres más con el prefijo {shown_prefix!r}: usa códigos más largos u otro prefijo</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="297" />
      <source>number of codes must be zero or more (got {n!r})</source>
      <translation>el número de códigos tiene que ser cero o más (se recibió {n!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/codes.py" line="304" />
      <source>{n} codes is too many for {length} random characters: use a longer code length</source>
      <translation>{n} códigos son demasiados para {length} caracteres aleatorios: usa códigos más largos</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.design</name>
    <message>
      <location filename="src/omniprint/domain/design.py" line="390" />
      <source>design version {version!r} is newer than this OmniPrint understands ({VERSION})</source>
      <translation>la versión de diseño {version!r} es más nueva de lo que entiende este OmniPrint ({VERSION})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="408" />
      <source>design: "format" must be "{FORMAT}"</source>
      <translation>diseño: "format" tiene que ser "{FORMAT}"</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="412" />
      <source>design: "trim" with width_mm and height_mm is required</source>
      <translation>diseño: hace falta "trim" con width_mm y height_mm</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="406" />
      <source>design: not valid JSON ({exc})</source>
      <translation>diseño: no es un JSON válido ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="433" />
      <source>design: side {number} must be named {expected!r}</source>
      <translation>diseño: la cara {number} tiene que llamarse {expected!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="427" />
      <source>design: sides must list one (front) or two (front, back) sides</source>
      <translation>diseño: sides tiene que tener una cara (front) o dos (front, back)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="416" />
      <source>design: trim width and height must be greater than 0</source>
      <translation>diseño: el ancho y el alto del corte tienen que ser mayores que 0</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="442" />
      <source>element {id!r}: the id is used twice</source>
      <translation>elemento {id!r}: el id está repetido</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="377" />
      <source>{where}.asset: an image needs an asset</source>
      <translation>{where}.asset: una imagen necesita un archivo de imagen</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="364" />
      <source>{where}.role: only a rect, ellipse or line can be a {role!r}</source>
      <translation>{where}.role: solo un rect, ellipse o line puede ser {role!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="370" />
      <source>{where}.size_pt: must be greater than 0</source>
      <translation>{where}.size_pt: tiene que ser mayor que 0</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="374" />
      <source>{where}.text: unknown field {{{{{name}}}}}</source>
      <translation>{where}.text: campo desconocido {{{{{name}}}}}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="260" />
      <source>{where}: a colour is required here</source>
      <translation>{where}: aquí hace falta un color</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="263" />
      <source>{where}: a colour is {{"cmyk": [c, m, y, k], "rgb": "#RRGGBB"}}</source>
      <translation>{where}: un color es {{"cmyk": [c, m, y, k], "rgb": "#RRGGBB"}}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="356" />
      <source>{where}: a line needs a length (w_mm or h_mm not 0)</source>
      <translation>{where}: una línea necesita longitud (w_mm o h_mm distinto de 0)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="316" />
      <source>{where}: an element must be an object</source>
      <translation>{where}: un elemento tiene que ser un objeto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="273" />
      <source>{where}: cmyk must be four numbers from 0 to 100</source>
      <translation>{where}: cmyk tiene que ser cuatro números de 0 a 100</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="319" />
      <source>{where}: every element needs an id</source>
      <translation>{where}: cada elemento necesita un id</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="298" />
      <source>{where}: must be a number, not {value!r}</source>
      <translation>{where}: tiene que ser un número, no {value!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="303" />
      <source>{where}: must be text, not {value!r}</source>
      <translation>{where}: tiene que ser texto, no {value!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="293" />
      <source>{where}: must be true or false</source>
      <translation>{where}: tiene que ser true o false</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="278" />
      <source>{where}: rgb must look like #RRGGBB, not {rgb!r}</source>
      <translation>{where}: rgb tiene que tener la forma #RRGGBB, no {rgb!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="324" />
      <source>{where}: type {kind!r} is not one of {kinds}</source>
      <translation>{where}: el tipo {kind!r} no es uno de estos: {kinds}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="335" />
      <source>{where}: unknown property {key!r} for a {kind} element</source>
      <translation>{where}: propiedad desconocida {key!r} para un elemento {kind}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="360" />
      <source>{where}: w_mm and h_mm must be greater than 0</source>
      <translation>{where}: w_mm y h_mm tienen que ser mayores que 0</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="345" />
      <source>{where}: {key} is required</source>
      <translation>{where}: falta {key}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/design.py" line="307" />
      <source>{where}: {value!r} is not one of {choices}</source>
      <translation>{where}: {value!r} no es uno de estos: {choices}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.errors</name>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="86" />
      <source>  ... and {count} more</source>
      <translation>  ... y {count} más</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="59" />
      <location filename="src/omniprint/domain/errors.py" line="83" />
      <source>, column {column}</source>
      <translation>, columna {column}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="57" />
      <source>, line {line}</source>
      <translation>, línea {line}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="37" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="80" />
      <source>file</source>
      <translation>archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="78" />
      <source>line {line}</source>
      <translation>línea {line}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/errors.py" line="72" />
      <source>{file}: {count} rows cannot be imported, so nothing was imported:</source>
      <translation>{file}: {count} filas no se pueden importar, así que no se ha importado nada:</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.links</name>
    <message>
      <location filename="src/omniprint/domain/links.py" line="35" />
      <source>Campaign</source>
      <translation>La campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="36" />
      <source>Content</source>
      <translation>El contenido</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="34" />
      <source>Medium</source>
      <translation>El medio</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="28" />
      <source>Name</source>
      <translation>El nombre</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="323" />
      <source>Netlify _redirects cannot match {short!r} exactly: there '*' means 'anything' and ':' starts a placeholder. Export the nginx, Apache or CSV table instead</source>
      <translation>Netlify _redirects no puede reconocer {short!r} tal cual: allí '*' significa 'cualquier cosa' y ':' empieza un marcador. Exporta la tabla de nginx, Apache o CSV</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="33" />
      <source>Piece kind</source>
      <translation>El tipo de pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="32" />
      <source>Variant</source>
      <translation>La variante</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="31" />
      <source>Zone code</source>
      <translation>El código de zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="37" />
      <source>full link</source>
      <translation>el enlace completo</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="29" />
      <source>landing URL</source>
      <translation>la URL de la página de destino</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="173" />
      <source>landing URL host {host!r} is not a valid domain name</source>
      <translation>el servidor {host!r} de la URL de la página de destino no es un nombre de dominio válido</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="59" />
      <source>letters, digits and - . _ ~ ! $ * + , ; = : @</source>
      <translation>letras, dígitos y - . _ ~ ! $ * + , ; = : @</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="30" />
      <source>redirect base</source>
      <translation>la base de redirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="140" />
      <source>redirect base must not contain a query (?) or a fragment (#) (got {url!r})</source>
      <translation>la base de redirección no puede tener consulta (?) ni fragmento (#) (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="146" />
      <source>redirect base path may only use {allowed} and / (got {url!r})</source>
      <translation>la ruta de la base de redirección solo puede usar {allowed} y / (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="397" />
      <source>short link {short!r} (row {number}) does not start with the redirect base {base!r}: every short link in one table must share it</source>
      <translation>el enlace corto {short!r} (fila {number}) no empieza por la base de redirección {base!r}: todos los enlaces cortos de una tabla tienen que compartirla</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="406" />
      <source>short link {short!r} appears twice (row {number})</source>
      <translation>el enlace corto {short!r} aparece dos veces (fila {number})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="245" />
      <source>short link {short_url!r} must end with one or more of {allowed} after the redirect base</source>
      <translation>el enlace corto {short_url!r} tiene que terminar con uno o más de estos caracteres después de la base de redirección: {allowed}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="238" />
      <source>the code for a tracked link is empty</source>
      <translation>el código del enlace con seguimiento está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="388" />
      <source>the redirect table is empty and no redirect base was given</source>
      <translation>la tabla de redirecciones está vacía y no se ha indicado una base de redirección</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="375" />
      <source>unknown redirect table format {fmt!r}: choose one of {redirect_formats}</source>
      <translation>formato de tabla de redirecciones desconocido {fmt!r}: elige uno de estos: {redirect_formats}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="118" />
      <source>{what} has an invalid host name (got {url!r})</source>
      <translation>{what} tiene un nombre de servidor no válido (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="112" />
      <source>{what} has no host name after {scheme}:// (got {url!r})</source>
      <translation>{what} no tiene nombre de servidor después de {scheme}:// (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="93" />
      <source>{what} is empty: enter an address that starts with https://</source>
      <translation>Falta {what}: escribe una dirección que empiece por https://</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="100" />
      <source>{what} is not a valid address: {error} (got {url!r})</source>
      <translation>{what} no es una dirección válida: {error} (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="106" />
      <source>{what} must start with http:// or https:// (got {url!r})</source>
      <translation>{what} tiene que empezar por http:// o https:// (se recibió {url!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/links.py" line="78" />
      <source>{what} {text!r} has no letter or digit to use in a link</source>
      <translation>{what} {text!r} no tiene ninguna letra ni dígito que se pueda usar en un enlace</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.metrics</name>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="158" />
      <source>No clear difference from the control zones yet (95 % interval {low} to {high} per 1,000 households).</source>
      <translation>Todavía no hay una diferencia clara con las zonas de control (intervalo del 95 %: de {low} a {high} por cada 1.000 hogares).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="218" />
      <source>No clear winner yet between {a} and {b} (p = {p_value}).</source>
      <translation>Todavía no hay un ganador claro entre {a} y {b} (p = {p_value}).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="143" />
      <source>No control zone: add one (a zone that gets nothing) to measure lift.</source>
      <translation>No hay zona de control: añade una (una zona que no recibe nada) para medir el incremento.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="145" />
      <source>No treated zone has households yet.</source>
      <translation>Ninguna zona que recibe piezas tiene hogares todavía.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="147" />
      <source>Not enough orders yet to tell whether the leaflets made a difference.</source>
      <translation>Todavía no hay pedidos suficientes para saber si los folletos han marcado la diferencia.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="215" />
      <source>Not enough responses yet to tell A from B.</source>
      <translation>Todavía no hay respuestas suficientes para distinguir A de B.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="157" />
      <source>Zones that got the leaflets ordered less than the control zones.</source>
      <translation>Las zonas que recibieron los folletos hicieron menos pedidos que las zonas de control.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="152" />
      <source>Zones that got the leaflets ordered more: {difference} per 1,000 households (95 % interval {low} to {high}).</source>
      <translation>Las zonas que recibieron los folletos hicieron más pedidos: {difference} por cada 1.000 hogares (intervalo del 95 %: de {low} a {high}).</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="213" />
      <source>{variant} has not been dropped yet.</source>
      <translation>{variant} todavía no se ha repartido.</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/metrics.py" line="217" />
      <source>{winner} is better with 95 % confidence.</source>
      <translation>{winner} funciona mejor, con un 95 % de confianza.</translation>
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
      <location filename="src/omniprint/domain/money.py" line="95" />
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
    <name>omniprint.domain.plan</name>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="17" />
      <source>campaign name</source>
      <translation>el nombre de la campaña</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="203" />
      <source>coverage must be between 0 and 100 % (got {value:g} %)</source>
      <translation>la cobertura tiene que estar entre 0 y 100 % (se recibió {value:g} %)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="16" />
      <source>date</source>
      <translation>la fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="22" />
      <source>drop date</source>
      <translation>la fecha de reparto</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="21" />
      <source>end date</source>
      <translation>la fecha de fin</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="235" />
      <source>end date {end} is before start date {start}</source>
      <translation>la fecha de fin {end} es anterior a la fecha de inicio {start}</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="15" />
      <source>households</source>
      <translation>el número de hogares</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="18" />
      <source>piece name</source>
      <translation>el nombre de la pieza</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="210" />
      <source>quantity must be at least 1 (got {value})</source>
      <translation>la cantidad tiene que ser al menos 1 (se recibió {value})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="213" />
      <source>quantity {value} is more than 10 million pieces</source>
      <translation>la cantidad {value} supera los 10 millones de piezas</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="20" />
      <source>start date</source>
      <translation>la fecha de inicio</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="167" />
      <source>variant must be letters or digits such as A or B (got {label!r})</source>
      <translation>la variante tiene que ser letras o dígitos, como A o B (se recibió {label!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="178" />
      <source>zone code must not be empty</source>
      <translation>el código de zona no puede quedar en blanco</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="181" />
      <source>zone code {code!r} is longer than 32 characters</source>
      <translation>el código de zona {code!r} tiene más de 32 caracteres</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="19" />
      <source>zone name</source>
      <translation>el nombre de la zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="158" />
      <source>{what} is longer than 120 characters</source>
      <translation>{what} tiene más de 120 caracteres</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="193" />
      <source>{what} looks wrong: {value} is more than 10 million</source>
      <translation>Revisa {what}: {value} es más de 10 millones</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="226" />
      <source>{what} must be a date such as 2027-03-15 (got {text!r})</source>
      <translation>{what} tiene que ser una fecha como 2027-03-15 (se recibió {text!r})</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="156" />
      <source>{what} must not be empty</source>
      <translation>Falta {what}: no puede quedar en blanco</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/plan.py" line="189" />
      <source>{what} must not be negative (got {value})</source>
      <translation>{what}: no se admiten números negativos (se recibió {value})</translation>
    </message>
  </context>
  <context>
    <name>omniprint.domain.responses</name>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="126" />
      <source>a 'code' column (or an order, receipt or UTM column) is needed</source>
      <translation>hace falta una columna 'code' (o una columna de pedido, recibo o UTM)</translation>
    </message>
    <message>
      <location filename="src/omniprint/domain/responses.py" line="123" />
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
      <location filename="src/omniprint/domain/responses.py" line="121" />
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
    <name>omniprint.ingest.dates</name>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="276" />
      <source>could be day-first or month-first; the order is not known</source>
      <translation>puede llevar el día primero o el mes primero; no se sabe el orden</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="285" />
      <source>has an hour that does not fit am/pm</source>
      <translation>tiene una hora que no encaja con am/pm</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="299" />
      <source>has an impossible time zone offset</source>
      <translation>tiene una diferencia horaria imposible</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="263" />
      <source>has an unknown month name {mon!r}</source>
      <translation>tiene un nombre de mes desconocido {mon!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="158" />
      <source>is month-first, but {day_first!r} in the same column is day-first</source>
      <translation>lleva el mes primero, pero {day_first!r} en la misma columna lleva el día primero</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="50" />
      <source>is not a date</source>
      <translation>no es una fecha</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/dates.py" line="250" />
      <source>is not a valid date or time</source>
      <translation>no es una fecha ni una hora válida</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.numbers</name>
    <message>
      <location filename="src/omniprint/ingest/numbers.py" line="71" />
      <source>has an unbalanced parenthesis</source>
      <translation>tiene un paréntesis sin cerrar o sin abrir</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/numbers.py" line="136" />
      <source>has misplaced thousands separators</source>
      <translation>tiene separadores de miles mal colocados</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/numbers.py" line="74" />
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
    <name>omniprint.ingest.presets.__init__</name>
    <message>
      <location filename="src/omniprint/ingest/presets/__init__.py" line="55" />
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
      <location filename="src/omniprint/ingest/presets/_base.py" line="255" />
      <source>order</source>
      <translation>pedido</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="256" />
      <source>payment</source>
      <translation>pago</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="255" />
      <source>receipt</source>
      <translation>recibo</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="255" />
      <source>record</source>
      <translation>registro</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="255" />
      <source>transaction</source>
      <translation>transacción</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_base.py" line="265" />
      <source>{what} {natural_key} is also on line {first} (an overlapping export?); the first one was kept</source>
      <translation>{what} {natural_key} también está en la línea {first} (¿exportaciones que se solapan?); se ha conservado la primera fila</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets._records</name>
    <message>
      <location filename="src/omniprint/ingest/presets/_records.py" line="114" />
      <source>has {count} fields but the header has {width}</source>
      <translation>tiene {count} campos pero la cabecera tiene {width}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_records.py" line="132" />
      <source>the date is empty</source>
      <translation>la fecha está vacía</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/_records.py" line="120" />
      <location filename="src/omniprint/ingest/presets/_records.py" line="246" />
      <source>the {what} number is empty</source>
      <translation>el número de {what} está vacío</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.ga4</name>
    <message>
      <location filename="src/omniprint/ingest/presets/ga4.py" line="197" />
      <source>a metric is not a number ({exc})</source>
      <translation>una métrica no es un número ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/ga4.py" line="126" />
      <source>no Sessions column</source>
      <translation>no hay columna Sessions</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/ga4.py" line="245" />
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
      <location filename="src/omniprint/ingest/presets/generic.py" line="95" />
      <source>needs a date and a code column</source>
      <translation>necesita una columna de fecha y una de código</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/generic.py" line="139" />
      <source>the code is empty</source>
      <translation>el código está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/generic.py" line="128" />
      <source>the date is empty</source>
      <translation>la fecha está vacía</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.loyverse</name>
    <message>
      <location filename="src/omniprint/ingest/presets/loyverse.py" line="71" />
      <source>no receipt number or date column</source>
      <translation>no hay columna de número de recibo o de fecha</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.shopify</name>
    <message>
      <location filename="src/omniprint/ingest/presets/shopify.py" line="127" />
      <source>order {name} starts here without its order fields (Created at is empty)</source>
      <translation>el pedido {name} empieza aquí sin sus campos de pedido (Created at está vacío)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/presets/shopify.py" line="120" />
      <source>the order name is empty</source>
      <translation>el nombre del pedido está vacío</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.square</name>
    <message>
      <location filename="src/omniprint/ingest/presets/square.py" line="75" />
      <source>no Transaction ID or Date column</source>
      <translation>no hay columna Transaction ID o Date</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.stripe</name>
    <message>
      <location filename="src/omniprint/ingest/presets/stripe.py" line="68" />
      <source>no id, Created (UTC) or Amount column</source>
      <translation>no hay columna id, Created (UTC) o Amount</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.presets.woocommerce</name>
    <message>
      <location filename="src/omniprint/ingest/presets/woocommerce.py" line="117" />
      <source>no order number or order date column</source>
      <translation>no hay columna de número de pedido o de fecha del pedido</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.responses</name>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="198" />
      <source>a column mapping cannot be used with preset {preset}</source>
      <translation>no se puede usar una asignación de columnas con el formato {preset}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="113" />
      <source>cannot be read as {name}: {exc}; the header has: {header}</source>
      <translation>no se puede leer como {name}: {exc}; la cabecera tiene: {header}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="345" />
      <source>every date in this column could be day-first or month-first (such as {sample!r}: no day is over 12). Say which with --dates dmy (day/month/year) or --dates mdy (month/day/year)</source>
      <translation>todas las fechas de esta columna pueden llevar el día primero o el mes primero (como {sample!r}: ningún día pasa de 12). Indica cuál con --dates dmy (día/mes/año) o --dates mdy (mes/día/año)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="206" />
      <source>there is no preset {preset!r}; known presets: {known}</source>
      <translation>no existe el formato {preset!r}; formatos conocidos: {known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/responses.py" line="221" />
      <source>this layout is not one OmniPrint knows. Its columns are: {columns}. Say which column is which once with --map, for example --map {example} (it is remembered for files with this header). A mapping needs 'date' and 'code' (or an order, receipt or UTM column); the fields are: {fields}</source>
      <translation>OmniPrint no conoce este formato. Sus columnas son: {columns}. Indica una vez qué columna es cada cosa con --map, por ejemplo --map {example} (se recuerda para los archivos con esta cabecera). Una asignación necesita 'date' y 'code' (o una columna de pedido, recibo o UTM); los campos son: {fields}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.ingest.table</name>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="588" />
      <source>a field is larger than {limit:,} bytes; this is not a table of records (or a quote is never closed)</source>
      <translation>un campo ocupa más de {limit:,} bytes; esto no es una tabla de registros (o unas comillas no se cierran nunca)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="598" />
      <source>a quoted field is never closed (its opening quote is on this line)</source>
      <translation>un campo entre comillas no se cierra nunca (las comillas de apertura están en esta línea)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="158" />
      <source>cannot be read as a table ({exc})</source>
      <translation>no se puede leer como tabla ({exc})</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="297" />
      <location filename="src/omniprint/ingest/table.py" line="301" />
      <location filename="src/omniprint/ingest/table.py" line="321" />
      <source>does not look like a text table (binary data)</source>
      <translation>no parece una tabla de texto (datos binarios)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="255" />
      <source>is marked as UTF-8 but is not valid UTF-8; save it again</source>
      <translation>está marcado como UTF-8 pero no es UTF-8 válido; vuelve a guardarlo</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="460" />
      <source>no header line found</source>
      <translation>no se ha encontrado la línea de cabecera</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="213" />
      <source>no header line found (only blank or comment lines)</source>
      <translation>no se ha encontrado la línea de cabecera (solo hay líneas en blanco o de comentario)</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="248" />
      <location filename="src/omniprint/ingest/table.py" line="251" />
      <location filename="src/omniprint/ingest/table.py" line="260" />
      <source>the file is empty</source>
      <translation>el archivo está vacío</translation>
    </message>
    <message>
      <location filename="src/omniprint/ingest/table.py" line="227" />
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
    <name>omniprint.render.impose</name>
    <message>
      <location filename="src/omniprint/render/impose.py" line="114" />
      <source>a {trim_w_mm:g} x {trim_h_mm:g} mm piece with {bleed_mm:g} mm bleed does not fit on {sheet} with its margins: choose a bigger sheet</source>
      <translation>una pieza de {trim_w_mm:g} x {trim_h_mm:g} mm con {bleed_mm:g} mm de sangrado no cabe en {sheet} con sus márgenes: elige un pliego más grande</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/impose.py" line="96" />
      <source>unknown press sheet {sheet!r}: use one of {sheets}</source>
      <translation>pliego desconocido {sheet!r}: usa uno de estos: {sheets}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.pages</name>
    <message>
      <location filename="src/omniprint/render/pages.py" line="65" />
      <source>piece {number} of {total}</source>
      <translation>pieza {number} de {total}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="73" />
      <source>pieces written</source>
      <translation>piezas escritas</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="147" />
      <source>press sheets written</source>
      <translation>pliegos escritos</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="98" />
      <source>proof {number} of {count}</source>
      <translation>prueba {number} de {count}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pages.py" line="124" />
      <source>sheet {number} of {sheets}</source>
      <translation>pliego {number} de {sheets}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.pdf</name>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="99" />
      <source>bleed_mm must be between 0 and 10</source>
      <translation>bleed_mm tiene que estar entre 0 y 10</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="160" />
      <source>nothing to print: the run has no records</source>
      <translation>no hay nada que imprimir: la tirada no tiene registros</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="104" />
      <source>output profile {output_profile!r} is not a file</source>
      <translation>el perfil de salida {output_profile!r} no es un archivo</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="168" />
      <source>preflight found errors; fix them or force the export:
{listed}</source>
      <translation>la comprobación previa ha encontrado errores; corrígelos o fuerza la exportación:
{listed}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="101" />
      <source>proof_count must be at least 1</source>
      <translation>proof_count tiene que ser al menos 1</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/pdf.py" line="94" />
      <source>{name} {value!r} is not one of {choices}</source>
      <translation>{name} {value!r} no es uno de estos: {choices}</translation>
    </message>
  </context>
  <context>
    <name>omniprint.render.preflight</name>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="179" />
      <source>QR module of {module:.2f} mm is under {MIN_MODULE_MM} mm: phones may not scan it; make the box bigger or the link shorter</source>
      <translation>El módulo del QR mide {module:.2f} mm, menos de {MIN_MODULE_MM} mm: puede que los móviles no lo lean; haz el recuadro más grande o el enlace más corto</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="82" />
      <source>RGB colour in a CMYK file: converted naively</source>
      <translation>Color RGB en un archivo CMYK: se convierte de forma aproximada</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="93" />
      <source>RGB colour in a CMYK file: converted naively; give a CMYK value</source>
      <translation>Color RGB en un archivo CMYK: se convierte de forma aproximada; indica un valor CMYK</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="154" />
      <source>coloured or reversed text of {size_pt:.3g} pt is under {MIN_COLOURED_TEXT_PT:g} pt: it blurs with registration</source>
      <translation>el texto en color o en negativo de {size_pt:.3g} pt es menor de {MIN_COLOURED_TEXT_PT:g} pt: se verá borroso por el registro</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="38" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="134" />
      <source>font {font!r} is not bundled: {font2} is used instead</source>
      <translation>la fuente {font!r} no está incluida: se usa {font2} en su lugar</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="141" />
      <source>font {font} cannot be embedded (not TrueType)</source>
      <translation>la fuente {font} no se puede incrustar (no es TrueType)</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="162" />
      <source>font {font} has no glyph for {missing!r}</source>
      <translation>la fuente {font} no tiene glifo para {missing!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="196" />
      <source>image at {ppi:.0f} ppi: under {REFUSE_PPI} ppi</source>
      <translation>imagen a {ppi:.0f} ppp: menos de {REFUSE_PPI} ppp</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="203" />
      <source>image at {ppi:.0f} ppi: under {WARN_PPI} ppi, it may look soft</source>
      <translation>imagen a {ppi:.0f} ppp: menos de {WARN_PPI} ppp, puede verse borrosa</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="190" />
      <source>image {asset!r} cannot be found or read</source>
      <translation>no se encuentra o no se puede leer la imagen {asset!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="123" />
      <source>outside the safe area ({safe:g} mm inside the trim): it may be cut</source>
      <translation>fuera de la zona segura ({safe:g} mm dentro del corte): puede quedar cortado</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="149" />
      <source>text of {size_pt:g} pt is under {MIN_TEXT_PT:g} pt: hard to print</source>
      <translation>el texto de {size_pt:g} pt es menor de {MIN_TEXT_PT:g} pt: difícil de imprimir</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="114" />
      <source>the QR box (symbol and quiet zone) extends past the trim: the quiet zone would be cut</source>
      <translation>el recuadro del QR (símbolo y margen de silencio) se sale del corte: el margen de silencio quedaría cortado</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="174" />
      <source>the record has no {field!r} for the QR code</source>
      <translation>el registro no tiene {field!r} para el código QR</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="168" />
      <source>the text overflows its box</source>
      <translation>el texto se sale de su recuadro</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/preflight.py" line="38" />
      <source>warning</source>
      <translation>aviso</translation>
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
    <name>omniprint.render.selfcheck</name>
    <message>
      <location filename="src/omniprint/render/selfcheck.py" line="125" />
      <source>self-check failed on page {page}: expected {expected} QR codes, read {read}; not found: {missing}; unexpected: {extra}. Do not send this file to print.</source>
      <translation>la autocomprobación ha fallado en la página {page}: se esperaban {expected} códigos QR y se han leído {read}; no encontrados: {missing}; inesperados: {extra}. No envíes este archivo a imprimir.</translation>
    </message>
    <message>
      <location filename="src/omniprint/render/selfcheck.py" line="115" />
      <source>self-check: page {page} is not in the file</source>
      <translation>autocomprobación: la página {page} no está en el archivo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.storage.assets</name>
    <message>
      <location filename="src/omniprint/storage/assets.py" line="34" />
      <source>image {key} is not in the workspace</source>
      <translation>la imagen {key} no está en el espacio de trabajo</translation>
    </message>
  </context>
  <context>
    <name>omniprint.storage.plan</name>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="80" />
      <source> (campaigns: {names})</source>
      <translation> (campañas: {names})</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="222" />
      <source> (the campaign has no zones yet)</source>
      <translation> (la campaña todavía no tiene zonas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="82" />
      <source> (there are no campaigns yet)</source>
      <translation> (todavía no hay campañas)</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="220" />
      <source> (zones: {codes})</source>
      <translation> (zonas: {codes})</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="41" />
      <source>a campaign called {slug!r} already exists</source>
      <translation>ya existe una campaña llamada {slug!r}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="85" />
      <source>no campaign called {slug_or_name!r}{known}</source>
      <translation>no hay ninguna campaña llamada {slug_or_name!r}{known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="67" />
      <source>no campaign with id {campaign_id}</source>
      <translation>no hay ninguna campaña con id {campaign_id}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="225" />
      <source>no zone {code!r} in this campaign{known}</source>
      <translation>no hay ninguna zona {code!r} en esta campaña{known}</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="256" />
      <source>this drop has codes already: its quantity is fixed</source>
      <translation>este reparto ya tiene códigos: su cantidad no se puede cambiar</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="263" />
      <source>this drop has codes already: remove its codes first</source>
      <translation>este reparto ya tiene códigos: elimina antes sus códigos</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="245" />
      <source>this variant already goes to this zone</source>
      <translation>esta variante ya va a esta zona</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="236" />
      <source>this zone has codes already: its pieces may be printed</source>
      <translation>esta zona ya tiene códigos: puede que sus piezas ya estén impresas</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="133" />
      <source>variant {label} of this piece already exists</source>
      <translation>la variante {label} de esta pieza ya existe</translation>
    </message>
    <message>
      <location filename="src/omniprint/storage/plan.py" line="186" />
      <source>zone {code} is already in this campaign</source>
      <translation>la zona {code} ya está en esta campaña</translation>
    </message>
  </context>
  <context>
    <name>omniprint.storage.responses</name>
    <message>
      <location filename="src/omniprint/storage/responses.py" line="263" />
      <source>no import with id {import_id}</source>
      <translation>no hay ninguna importación con id {import_id}</translation>
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
