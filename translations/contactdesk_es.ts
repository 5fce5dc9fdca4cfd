<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ContactDesk::Api</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::ApiError</name>
    <message>
        <source>no error</source>
        <translation>sin errores</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>No se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>The credentials were refused</source>
        <translation>Las credenciales fueron rechazadas</translation>
    </message>
    <message>
        <source>Not allowed for this team or sender</source>
        <translation>No permitido para este equipo o remitente</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>El servidor rechazó la solicitud</translation>
    </message>
    <message>
        <source>Too many requests; slowing down</source>
        <translation>Demasiadas solicitudes; se envía más despacio</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Error en el servidor</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>No se puede leer la respuesta del servidor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (campo %1)</translation>
    </message>
    <message>
        <source> [request %1]</source>
        <translation> [solicitud %1]</translation>
    </message>
    <message>
        <source>Not sent, to keep the credentials safe</source>
        <translation>No se envió, para proteger las credenciales</translation>
    </message>
    <message>
        <source> (the server asked to wait %1; trying again in %2)</source>
        <translation> (el servidor pidió esperar %1; se reintenta en %2)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::ApiRequest</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la respuesta no es JSON: %1</translation>
    </message>
    <message>
        <source>the server at %1 redirected to %2, another server; ContactDesk does not send the key there. If the server has moved, change the Server in Settings.</source>
        <translation>El servidor %1 redirigió a %2, otro servidor; ContactDesk no envía la clave allí. Si el servidor se ha trasladado, cambie el servidor en Ajustes.</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>una dirección que no indicó</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; not read</source>
        <translation>la respuesta ocupa más de %1 MiB; no se leyó</translation>
    </message>
    <message>
        <source>the answer was not complete after %1 s</source>
        <translation>la respuesta no estaba completa tras %1 s</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::BulkDeleteContactsV2Request</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>respuesta inesperada a una eliminación</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::ContactPager</name>
    <message>
        <source>cannot step past the cursor %1</source>
        <translation>no se puede avanzar más allá del cursor %1</translation>
    </message>
    <message>
        <source>More than %1 contacts share the update time %2 and the server offers no way to page through them; some of them may be missing until they change again.</source>
        <translation>Más de %1 contactos comparten la hora de actualización %2 y el servidor no ofrece forma de paginarlos; puede que falten algunos hasta que vuelvan a cambiar.</translation>
    </message>
    <message>
        <source>%1 answers in a row brought no contact not seen before (at the cursor %2); the server seems to ignore the paging parameters</source>
        <translation>%1 respuestas seguidas no trajeron ningún contacto nuevo (en el cursor %2); el servidor parece ignorar los parámetros de paginación</translation>
    </message>
    <message>
        <source>the server ignores the date cursor: asked for contacts updated at or before %1, it answered with ones updated at %2 again</source>
        <translation>el servidor ignora el cursor de fecha: se pidieron contactos actualizados hasta %1 y respondió de nuevo con otros actualizados el %2</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::Credentials</name>
    <message>
        <source>“%1” is not an https:// address: the API key would travel in clear. Use https:// (plain http:// is only for this computer&apos;s own addresses, such as http://127.0.0.1).</source>
        <translation>«%1» no es una dirección https://: la clave de API viajaría sin cifrar. Use https:// (http:// sin cifrar solo para las direcciones de este ordenador, como http://127.0.0.1).</translation>
    </message>
    <message>
        <source>“%1” is not a server address such as https://api.heymarket.com.</source>
        <translation>«%1» no es una dirección de servidor como https://api.heymarket.com.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteChannelRequest</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>respuesta inesperada a una eliminación</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteContactRequest</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>respuesta inesperada a una eliminación</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteContactV2Request</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>respuesta inesperada a una eliminación</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteListRequest</name>
    <message>
        <source>the server did not delete list %1</source>
        <translation>el servidor no eliminó la lista %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteTagRequest</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>respuesta inesperada a una eliminación</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::HeymarketClient</name>
    <message>
        <source>the server address %1 names no host</source>
        <translation>la dirección del servidor %1 no indica ningún host</translation>
    </message>
    <message>
        <source>ContactDesk sends your key only over HTTPS: %1 is not https (plain http is allowed only to this computer)</source>
        <translation>ContactDesk envía su clave solo por HTTPS: %1 no es https (http sin cifrar solo hacia este ordenador)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::SecretVault</name>
    <message>
        <source>No keychain service is running (%1). ContactDesk keeps your Heymarket credentials for this session only; you will be asked again next time.</source>
        <translation>No hay ningún servicio de llavero en ejecución (%1). ContactDesk guarda sus credenciales de Heymarket solo durante esta sesión; la próxima vez se le volverán a pedir.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::SetContactStatusRequest</name>
    <message>
        <source>unexpected answer to set_status</source>
        <translation>respuesta inesperada a set_status</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ApiJson</name>
    <message>
        <source>expected a list of %1</source>
        <translation>se esperaba una lista de %1</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <translation>%1 [%2]: %3</translation>
    </message>
    <message>
        <source>a channel must be an object</source>
        <translation>un canal debe ser un objeto</translation>
    </message>
    <message>
        <source>a channel has no channel_type</source>
        <translation>un canal no tiene channel_type</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canales</translation>
    </message>
    <message>
        <source>a contact must be an object</source>
        <translation>un contacto debe ser un objeto</translation>
    </message>
    <message>
        <source>a contact has no integer id</source>
        <translation>un contacto no tiene un id entero</translation>
    </message>
    <message>
        <source>contact %1: phone is not a string</source>
        <translation>contacto %1: el teléfono no es una cadena</translation>
    </message>
    <message>
        <source>contact %1: a tag has no id</source>
        <translation>contacto %1: una etiqueta no tiene id</translation>
    </message>
    <message>
        <source>contact %1: %2</source>
        <translation>contacto %1: %2</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>a tag must be an object</source>
        <translation>una etiqueta debe ser un objeto</translation>
    </message>
    <message>
        <source>a tag has no integer id</source>
        <translation>una etiqueta no tiene un id entero</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>expected {id, rev, uuid}</source>
        <translation>se esperaba {id, rev, uuid}</translation>
    </message>
    <message>
        <source>the answer has no integer id</source>
        <translation>la respuesta no tiene un id entero</translation>
    </message>
    <message>
        <source>expected a contact status object</source>
        <translation>se esperaba un objeto de estado de contacto</translation>
    </message>
    <message>
        <source>a custom field has no integer id</source>
        <translation>un campo personalizado no tiene un id entero</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>campos personalizados</translation>
    </message>
    <message>
        <source>expected a team object</source>
        <translation>se esperaba un objeto de equipo</translation>
    </message>
    <message>
        <source>a member has no integer id</source>
        <translation>un miembro no tiene un id entero</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>a membership has no integer id</source>
        <translation>una membresía no tiene un id entero</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>membresías</translation>
    </message>
    <message>
        <source>an inbox has no integer id</source>
        <translation>una bandeja de entrada no tiene un id entero</translation>
    </message>
    <message>
        <source>inboxes</source>
        <translation>bandejas de entrada</translation>
    </message>
    <message>
        <source>expected a count</source>
        <translation>se esperaba un recuento</translation>
    </message>
    <message>
        <source>expected &quot;ok&quot; or a list of contacts</source>
        <translation>se esperaba &quot;ok&quot; o una lista de contactos</translation>
    </message>
    <message>
        <source>refused by the server (no reason given)</source>
        <translation>rechazado por el servidor (sin motivo)</translation>
    </message>
    <message>
        <source>expected {contacts, failed_contacts}</source>
        <translation>se esperaba {contacts, failed_contacts}</translation>
    </message>
    <message>
        <source>a message has no integer id</source>
        <translation>un mensaje no tiene un id entero</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <source>the send answer has no message id</source>
        <translation>la respuesta al envío no tiene id de mensaje</translation>
    </message>
    <message>
        <source>a template has no integer id</source>
        <translation>una plantilla no tiene un id entero</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>plantillas</translation>
    </message>
    <message>
        <source>a conversation has no integer id</source>
        <translation>una conversación no tiene un id entero</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>list_size is not a count</source>
        <translation>list_size no es un número de elementos</translation>
    </message>
    <message>
        <source>membership %1: role_id is out of range</source>
        <translation>pertenencia %1: role_id está fuera de rango</translation>
    </message>
</context>
<context>
    <name>ContactDesk::App::AppContext</name>
    <message>
        <source>not connected to the server</source>
        <translation>sin conexión con el servidor</translation>
    </message>
    <message>
        <source>Resuming an import that was interrupted…</source>
        <translation>Reanudando una importación interrumpida…</translation>
    </message>
    <message>
        <source>The interrupted import is done.</source>
        <translation>La importación interrumpida ha terminado.</translation>
    </message>
    <message>
        <source>The interrupted import stopped: %1</source>
        <translation>La importación interrumpida se detuvo: %1</translation>
    </message>
    <message>
        <source>The import of %1 is being sent by %2; the window leaves it to that program (and resumes it if that program stops without finishing).</source>
        <translation>%2 está enviando la importación de %1; la ventana se la deja a ese programa (y la reanuda si ese programa se detiene sin terminar).</translation>
    </message>
    <message>
        <source>The import of %1 was stopped.</source>
        <translation>La importación de %1 se detuvo.</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was stopped with %Ln row(s) not sent yet: File ▸ Resume the stopped import sends them.</source>
        <translation>
            <numerusform>La importación de %1 se detuvo con %Ln fila sin enviar: Archivo ▸ Reanudar la importación detenida la envía.</numerusform>
            <numerusform>La importación de %1 se detuvo con %Ln filas sin enviar: Archivo ▸ Reanudar la importación detenida las envía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 that another program was sending is done: %Ln contact(s) created.</source>
        <translation>
            <numerusform>La importación de %1 que enviaba otro programa ha terminado: %Ln contacto creado.</numerusform>
            <numerusform>La importación de %1 que enviaba otro programa ha terminado: %Ln contactos creados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::App::ScreenshotTour</name>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>No se pudo crear %1</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, your order’s ready — see you at the counter!</source>
        <translation>Hola {{first_name}}, su pedido está listo: ¡le esperamos en el mostrador!</translation>
    </message>
    <message>
        <source>Amara</source>
        <translation>Amara</translation>
    </message>
    <message>
        <source>415 555 01</source>
        <translation>912 34</translation>
    </message>
</context>
<context>
    <name>ContactDesk::App::SingleInstance</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2)</source>
        <translation>la carpeta %1 pertenece a otro usuario (uid %2)</translation>
    </message>
    <message>
        <source>the folder %1 can be entered by other users (mode %2)</source>
        <translation>otros usuarios pueden entrar en la carpeta %1 (modo %2)</translation>
    </message>
    <message>
        <source>there is no private folder for the socket</source>
        <translation>no hay ninguna carpeta privada para el socket</translation>
    </message>
    <message>
        <source>%1 is not this user&apos;s socket; it is left alone</source>
        <translation>%1 no es un socket de este usuario; se deja como está</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::AddCommand</name>
    <message>
        <source>Add a contact.</source>
        <translation>Añadir un contacto.</translation>
    </message>
    <message>
        <source>add needs --phone or --email</source>
        <translation>add necesita --phone o --email</translation>
    </message>
    <message>
        <source>The server refused the new contact: %1</source>
        <translation>El servidor rechazó el contacto nuevo: %1</translation>
    </message>
    <message>
        <source>The contact is saved here but not on the server yet (%1); it goes with the next command or the app.</source>
        <translation>El contacto está guardado aquí pero aún no en el servidor (%1); se enviará con el próximo comando o con la aplicación.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Command</name>
    <message>
        <source>The app profile whose account to use (its folder).</source>
        <translation>El perfil de la aplicación cuya cuenta se usa (su carpeta).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Use this Heymarket-compatible server instead of the profile&apos;s account.</source>
        <translation>Usar este servidor compatible con Heymarket en lugar de la cuenta del perfil.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Only contacts with this tag (repeat it for several: contacts with all of them).</source>
        <translation>Solo los contactos con esta etiqueta (repítala para varias: contactos con todas ellas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The contact: its phone number (as people write it), email address, id or UUID.</source>
        <translation>El contacto: su número de teléfono (como se escribe), dirección de correo, id o UUID.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>“contactdesk-cli help %1” lists its options.</source>
        <translation>«contactdesk-cli help %1» muestra sus opciones.</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 necesita %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>Clave de API (no se muestra): </translation>
    </message>
    <message>
        <source>Read the server&apos;s API key from FILE (its first line; the file must not be readable by other users).</source>
        <translation>Leer la clave de API del servidor de ARCHIVO (su primera línea; otros usuarios no deben poder leer el archivo).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Read the server&apos;s API key from standard input (its first line).</source>
        <translation>Leer la clave de API del servidor de la entrada estándar (su primera línea).</translation>
    </message>
    <message>
        <source>The server&apos;s API key. Other users of this computer can see a command line: prefer CONTACTDESK_API_KEY, --api-key-file or --api-key-stdin.</source>
        <translation>La clave de API del servidor. Otros usuarios de este ordenador pueden ver una línea de órdenes: mejor CONTACTDESK_API_KEY, --api-key-file o --api-key-stdin.</translation>
    </message>
    <message>
        <source>give the API key one way: --api-key, --api-key-file or --api-key-stdin</source>
        <translation>indique la clave de API de una sola forma: --api-key, --api-key-file o --api-key-stdin</translation>
    </message>
    <message>
        <source>--api-url: “%1” is not a server address such as https://api.heymarket.com</source>
        <translation>--api-url: «%1» no es una dirección de servidor como https://api.heymarket.com</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>Warning: --api-key puts the key on the command line, where other users of this computer can read it (ps, /proc). Use CONTACTDESK_API_KEY, --api-key-file FILE or --api-key-stdin instead.</source>
        <translation>Aviso: --api-key pone la clave en la línea de órdenes, donde otros usuarios de este ordenador pueden leerla (ps, /proc). Use en su lugar CONTACTDESK_API_KEY, --api-key-file ARCHIVO o --api-key-stdin.</translation>
    </message>
    <message>
        <source>--api-key-file: cannot read %1: %2</source>
        <translation>--api-key-file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--api-key-file: %1 can be read by other users of this computer (mode %2); make it private first: chmod 600 %1</source>
        <translation>--api-key-file: otros usuarios de este ordenador pueden leer %1 (modo %2); hágalo privado primero: chmod 600 %1</translation>
    </message>
    <message>
        <source>--api-key-file: %1 is larger than a key (more than %2 bytes)</source>
        <translation>--api-key-file: %1 es más grande que una clave (más de %2 bytes)</translation>
    </message>
    <message>
        <source>--api-key-file: %1 holds no key</source>
        <translation>--api-key-file: %1 no contiene ninguna clave</translation>
    </message>
    <message>
        <source>--api-key-file: %1 holds more than one line; the key is its only line</source>
        <translation>--api-key-file: %1 tiene más de una línea; la clave debe ser su única línea</translation>
    </message>
    <message>
        <source>--api-key-stdin: the first line is longer than a key (more than %1 bytes)</source>
        <translation>--api-key-stdin: la primera línea es más larga que una clave (más de %1 bytes)</translation>
    </message>
    <message>
        <source>--api-key-stdin: standard input holds no key</source>
        <translation>--api-key-stdin: la entrada estándar no contiene ninguna clave</translation>
    </message>
    <message>
        <source>--api-url needs an API key: CONTACTDESK_API_KEY, --api-key-file FILE or --api-key-stdin</source>
        <translation>--api-url necesita una clave de API: CONTACTDESK_API_KEY, --api-key-file ARCHIVO o --api-key-stdin</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ContactChanges</name>
    <message>
        <source>The first name.</source>
        <translation>El nombre.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The last name.</source>
        <translation>El apellido.</translation>
    </message>
    <message>
        <source>The name shown for the contact.</source>
        <translation>El nombre con el que se muestra el contacto.</translation>
    </message>
    <message>
        <source>The phone number, as people write it (without a country code: in the profile&apos;s region).</source>
        <translation>El número de teléfono, como se escribe (sin código de país: en la región del perfil).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>La dirección de correo.</translation>
    </message>
    <message>
        <source>The email address (an empty one clears it).</source>
        <translation>La dirección de correo (una vacía la borra).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>The owner: a member of the team, by name or id.</source>
        <translation>El responsable: un miembro del equipo, por nombre o id.</translation>
    </message>
    <message>
        <source>The owner: a member of the team, by name or id, or none.</source>
        <translation>El responsable: un miembro del equipo, por nombre o id, o none.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MIEMBRO</translation>
    </message>
    <message>
        <source>A tag (repeat it for several, at most five); a tag the team lacks is created.</source>
        <translation>Una etiqueta (repítala para varias, cinco como máximo); una etiqueta que el equipo no tiene se crea.</translation>
    </message>
    <message>
        <source>+NAME adds a tag, -NAME removes one (repeat it for several; at most five tags); a tag the team lacks is created.</source>
        <translation>+NOMBRE añade una etiqueta, -NOMBRE quita una (repítalo para varias; cinco etiquetas como máximo); una etiqueta que el equipo no tiene se crea.</translation>
    </message>
    <message>
        <source>+NAME|-NAME</source>
        <translation>+NOMBRE|-NOMBRE</translation>
    </message>
    <message>
        <source>A custom field&apos;s value, by the field&apos;s title (TITLE= clears it; repeat it for several).</source>
        <translation>El valor de un campo personalizado, por el título del campo (TÍTULO= lo borra; repítalo para varios).</translation>
    </message>
    <message>
        <source>TITLE=VALUE</source>
        <translation>TÍTULO=VALOR</translation>
    </message>
    <message>
        <source>--field takes TITLE=VALUE, not “%1”</source>
        <translation>--field admite TÍTULO=VALOR, no «%1»</translation>
    </message>
    <message>
        <source>--tag needs a tag&apos;s name, not “%1”</source>
        <translation>--tag necesita el nombre de una etiqueta, no «%1»</translation>
    </message>
    <message>
        <source>--tag %1: a new contact has no tags to remove</source>
        <translation>--tag %1: un contacto nuevo no tiene etiquetas que quitar</translation>
    </message>
    <message>
        <source>--phone: a contact needs a phone number; it cannot be cleared</source>
        <translation>--phone: un contacto necesita un número de teléfono; no se puede borrar</translation>
    </message>
    <message>
        <source>--phone %1: %2</source>
        <translation>--phone %1: %2</translation>
    </message>
    <message>
        <source>%1 already belongs to a contact: %2</source>
        <translation>%1 ya pertenece a un contacto: %2</translation>
    </message>
    <message>
        <source>--email %1: %2</source>
        <translation>--email %1: %2</translation>
    </message>
    <message>
        <source>add needs --phone or --email</source>
        <translation>add necesita --phone o --email</translation>
    </message>
    <message>
        <source>--owner: the team has no member “%1”</source>
        <translation>--owner: el equipo no tiene ningún miembro «%1»</translation>
    </message>
    <message>
        <source>--owner: several members are called “%1”; give the id (%2)</source>
        <translation>--owner: varios miembros se llaman «%1»; indique el id (%2)</translation>
    </message>
    <message>
        <source>--field: the team has no custom field “%1” (it has none)</source>
        <translation>--field: el equipo no tiene el campo personalizado «%1» (no tiene ninguno)</translation>
    </message>
    <message>
        <source>--field: the team has no custom field “%1” (it has: %2)</source>
        <translation>--field: el equipo no tiene el campo personalizado «%1» (tiene: %2)</translation>
    </message>
    <message>
        <source>--tag %1: the team has no tag “%2”</source>
        <translation>--tag %1: el equipo no tiene la etiqueta «%2»</translation>
    </message>
    <message>
        <source>A contact can have at most five tags; “%1” would be its sixth (--tag -NAME removes one).</source>
        <translation>Un contacto puede tener como máximo cinco etiquetas; «%1» sería la sexta (--tag -NOMBRE quita una).</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created: %2</source>
        <translation>No se pudo crear la etiqueta «%1»: %2</translation>
    </message>
    <message>
        <source>Created the tag “%1”.</source>
        <translation>Etiqueta «%1» creada.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ContactLookup</name>
    <message>
        <source>--tag: the team has no tag “%1”</source>
        <translation>--tag: el equipo no tiene la etiqueta «%1»</translation>
    </message>
    <message>
        <source>The contact %1 could not be looked up: %2</source>
        <translation>No se pudo buscar el contacto %1: %2</translation>
    </message>
    <message>
        <source>No contact is “%1”.</source>
        <translation>Ningún contacto es «%1».</translation>
    </message>
    <message>
        <source>No contact is “%1”: it is no contact&apos;s id, and not a phone number (%2).</source>
        <translation>Ningún contacto es «%1»: no es el id de ningún contacto ni un número de teléfono (%2).</translation>
    </message>
    <message>
        <source>“%1” names no contact: it is neither a phone number, an email address, an id nor a UUID.</source>
        <translation>«%1» no designa ningún contacto: no es un número de teléfono, ni una dirección de correo, ni un id, ni un UUID.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n contact(s); name one by its id:</source>
        <translation>
            <numerusform>«%1» designa %n contacto; indique uno por su id:</numerusform>
            <numerusform>«%1» designa %n contactos; indique uno por su id:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ContactView</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
    <message>
        <source>blocked and opted out</source>
        <translation>bloqueado y dado de baja</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>miembro %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>esperando a enviarse</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>in conflict with a change on the server</source>
        <translation>en conflicto con un cambio en el servidor</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::EditCommand</name>
    <message>
        <source>The messaging status: active (neither blocked nor opted out), blocked, unblocked, opted-out or subscribed.</source>
        <translation>El estado de mensajería: active (ni bloqueado ni dado de baja), blocked, unblocked, opted-out o subscribed.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>Change a contact: only what is given.</source>
        <translation>Cambiar un contacto: solo lo indicado.</translation>
    </message>
    <message>
        <source>edit needs something to change</source>
        <translation>edit necesita algo que cambiar</translation>
    </message>
    <message>
        <source>--status takes %1, not “%2”</source>
        <translation>--status admite %1, no «%2»</translation>
    </message>
    <message>
        <source>An earlier change of %1 waits for a decision (%2): retry or discard it in the app first.</source>
        <translation>Un cambio anterior de %1 espera una decisión (%2): reinténtelo o descártelo antes en la aplicación.</translation>
    </message>
    <message>
        <source>%1 has all of that already.</source>
        <translation>%1 ya tiene todo eso.</translation>
    </message>
    <message>
        <source>The server refused the change of %1: %2. What it refused is taken back.</source>
        <translation>El servidor rechazó el cambio de %1: %2. Lo rechazado se deshace.</translation>
    </message>
    <message>
        <source>The change is saved here but not on the server yet (%1); it goes with the next command or the app.</source>
        <translation>El cambio está guardado aquí pero aún no en el servidor (%1); se enviará con el próximo comando o con la aplicación.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ExportCommand</name>
    <message>
        <source>Only the contacts the window&apos;s search box finds for this text.</source>
        <translation>Solo los contactos que el cuadro de búsqueda de la ventana encuentra para este texto.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>No contact matches; nothing exported.</source>
        <translation>Ningún contacto coincide; no se exportó nada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 contacts written to %2.</source>
        <translation>%1 contactos escritos en %2.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>Stopped at once; %1 was not written.</source>
        <translation>Detenido en el acto; %1 no se escribió.</translation>
    </message>
    <message>
        <source>Stopped; %1 was not written.</source>
        <translation>Detenido; %1 no se escribió.</translation>
    </message>
    <message>
        <source>For Excel: start the file with a UTF-8 byte order mark, and write cells that a spreadsheet would run as a formula (= + - @) with a quote in front.</source>
        <translation>Para Excel: empezar el archivo con una marca de orden de bytes UTF-8 y escribir con un apóstrofo delante las celdas que una hoja de cálculo ejecutaría como fórmula (= + - @).</translation>
    </message>
    <message>
        <source>csv, or vcf for vCard 3.0 (default: from FILE&apos;s suffix, .vcf or .vcard for vCard, else CSV).</source>
        <translation>csv, o vcf para vCard 3.0 (por defecto: según la extensión de FILE, .vcf o .vcard para vCard, si no CSV).</translation>
    </message>
    <message>
        <source>csv|vcf</source>
        <translation>csv|vcf</translation>
    </message>
    <message>
        <source>The CSV or vCard file to write.</source>
        <translation>El archivo CSV o vCard que se escribe.</translation>
    </message>
    <message>
        <source>Write contacts to a CSV or vCard file that imports back unchanged.</source>
        <translation>Escribe contactos en un archivo CSV o vCard que se vuelve a importar sin cambios.</translation>
    </message>
    <message>
        <source>--format takes csv or vcf, not “%1”</source>
        <translation>--format admite csv o vcf, no «%1»</translation>
    </message>
    <message>
        <source>--bom is for CSV files opened in Excel, not vCard</source>
        <translation>--bom es para archivos CSV que se abren en Excel, no para vCard</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ImportCommand</name>
    <message>
        <source>Check every row and report; send nothing.</source>
        <translation>Comprobar cada fila e informar; no enviar nada.</translation>
    </message>
    <message>
        <source>The region of phone numbers without a country code (default: the profile&apos;s).</source>
        <translation>La región de los números de teléfono sin código de país (por omisión: la del perfil).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>A row whose phone number the team has: skip it (default) or update the contact.</source>
        <translation>Una fila cuyo número de teléfono ya tiene el equipo: omitirla (por omisión) o actualizar el contacto.</translation>
    </message>
    <message>
        <source>skip|update</source>
        <translation>skip|update</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update, not “%1”</source>
        <translation>--on-duplicate admite skip o update, no «%1»</translation>
    </message>
    <message>
        <source>--region: “%1” is not a region code such as US or GB</source>
        <translation>--region: «%1» no es un código de región como US o ES</translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3.</source>
        <translation>Creados %1, actualizados %2, fallidos %3.</translation>
    </message>
    <message>
        <source>Import %1: created %2, updated %3, failed %4.</source>
        <translation>Importación %1: creados %2, actualizados %3, fallidos %4.</translation>
    </message>
    <message>
        <source>The upload stopped; run the same command to resume.</source>
        <translation>La subida se detuvo; ejecute el mismo comando para reanudarla.</translation>
    </message>
    <message>
        <source>%1 The rows checked then are kept in the journal: they are sent from there.</source>
        <translation>%1 Las filas comprobadas entonces se guardan en el registro: se envían desde allí.</translation>
    </message>
    <message>
        <source>%1 is sending an import to this account; run this again when it is done.</source>
        <translation>%1 está enviando una importación a esta cuenta; ejecute esto de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent; run the command again to check it as it is now.</source>
        <translation>%1 No se envió nada; ejecute el comando de nuevo para comprobarlo tal como está ahora.</translation>
    </message>
    <message>
        <source>With --on-duplicate update: the file&apos;s values replace the contact&apos;s (without it they only fill what the contact lacks). Empty cells, and columns the file does not have, never change a contact.</source>
        <translation>Con --on-duplicate update: los valores del archivo sustituyen a los del contacto (sin esta opción solo rellenan lo que le falta). Las celdas vacías y las columnas que el archivo no tiene nunca cambian un contacto.</translation>
    </message>
    <message>
        <source>What a column is, over the guess from its header (repeatable): first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore, or custom:TITLE for a custom field.</source>
        <translation>Qué es una columna, en lugar de lo que se deduce de su encabezado (repetible): first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore o custom:TÍTULO para un campo personalizado.</translation>
    </message>
    <message>
        <source>HEADER=TARGET</source>
        <translation>ENCABEZADO=DESTINO</translation>
    </message>
    <message>
        <source>The phone columns in the order they are tried for the contact&apos;s phone (the first value found; the others become channels).</source>
        <translation>Las columnas de teléfono en el orden en que se prueban para el teléfono del contacto (el primer valor encontrado; los demás pasan a ser canales).</translation>
    </message>
    <message>
        <source>HEADER,HEADER</source>
        <translation>ENCABEZADO,ENCABEZADO</translation>
    </message>
    <message>
        <source>The same for the email columns.</source>
        <translation>Lo mismo para las columnas de correo.</translation>
    </message>
    <message>
        <source>Create a team custom field for each column that is not one of the team&apos;s (without it such columns are ignored, and named).</source>
        <translation>Crea un campo personalizado del equipo para cada columna que no sea uno de los del equipo (sin esta opción esas columnas se ignoran y se nombran).</translation>
    </message>
    <message>
        <source>The CSV or vCard (.vcf) file.</source>
        <translation>El archivo CSV o vCard (.vcf).</translation>
    </message>
    <message>
        <source>Check a CSV or vCard file row by row and import it.</source>
        <translation>Comprueba un archivo CSV o vCard fila por fila y lo importa.</translation>
    </message>
    <message>
        <source>--map takes HEADER=TARGET (for example “Telefon=phone”), not “%1”</source>
        <translation>--map admite ENCABEZADO=DESTINO (por ejemplo «Teléfono=phone»), no «%1»</translation>
    </message>
    <message>
        <source>--map %1: “%2” is not a target; use first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore or custom:TITLE</source>
        <translation>--map %1: «%2» no es un destino; use first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore o custom:TÍTULO</translation>
    </message>
    <message>
        <source>--map %1: the file has no column “%2” (its columns: %3)</source>
        <translation>--map %1: el archivo no tiene la columna «%2» (sus columnas: %3)</translation>
    </message>
    <message>
        <source>--%1: the file has no column “%2” (its columns: %3)</source>
        <translation>--%1: el archivo no tiene la columna «%2» (sus columnas: %3)</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Columnas: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <source>(--create-fields makes team custom fields of the unknown ones; --map HEADER=TARGET says what a column is.)</source>
        <translation>(--create-fields crea campos personalizados del equipo con las desconocidas; --map ENCABEZADO=DESTINO indica qué es una columna.)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>A channel was refused: %1</source>
        <translation>Se rechazó un canal: %1</translation>
    </message>
    <message>
        <source>Further phones and emails are waiting to be added (%1); the next command or the app sends them.</source>
        <translation>Otros teléfonos y correos esperan a añadirse (%1); el siguiente comando o la aplicación los envían.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped by %1: %2 of %n row(s) sent (%3 created, %4 updated, %5 failed), %6 not sent yet. Run “%7” to resume.</source>
        <translation>
            <numerusform>Detenido por %1: %2 de %n fila enviadas (%3 creadas, %4 actualizadas, %5 fallidas), %6 aún sin enviar. Ejecute «%7» para reanudar.</numerusform>
            <numerusform>Detenido por %1: %2 de %n filas enviadas (%3 creadas, %4 actualizadas, %5 fallidas), %6 aún sin enviar. Ejecute «%7» para reanudar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Import %2 was not resumed and nothing was sent; it stays as it was (%n row(s) not sent yet). Put the file back as it was checked to resume it, or import the changed file under another name.</source>
        <translation>
            <numerusform>%1 La importación %2 no se reanudó y no se envió nada; queda como estaba (%n fila aún sin enviar). Devuelva el archivo al estado en que se comprobó para reanudarla, o importe el archivo cambiado con otro nombre.</numerusform>
            <numerusform>%1 La importación %2 no se reanudó y no se envió nada; queda como estaba (%n filas aún sin enviar). Devuelva el archivo al estado en que se comprobó para reanudarla, o importe el archivo cambiado con otro nombre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming import %1 of %2: %n row(s) still to send.</source>
        <translation>
            <numerusform>Reanudando la importación %1 de %2: queda %n fila por enviar.</numerusform>
            <numerusform>Reanudando la importación %1 de %2: quedan %n filas por enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s): %2 new, %3 to update, %4 unchanged, %5 skipped, %6 invalid.</source>
        <translation>
            <numerusform>%1: %n fila: %2 nuevas, %3 para actualizar, %4 sin cambios, %5 omitidas, %6 no válidas.</numerusform>
            <numerusform>%1: %n filas: %2 nuevas, %3 para actualizar, %4 sin cambios, %5 omitidas, %6 no válidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): owner not found, will be unassigned.</source>
        <translation>
            <numerusform>%n fila: propietario no encontrado, quedará sin asignar.</numerusform>
            <numerusform>%n filas: propietario no encontrado, quedarán sin asignar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ImportUpload</name>
    <message>
        <source>%1 of %2 rows sent, about %3 s left</source>
        <translation>%1 de %2 filas enviadas, faltan unos %3 s</translation>
    </message>
    <message>
        <source>%1 of %2 rows sent</source>
        <translation>%1 de %2 filas enviadas</translation>
    </message>
    <message>
        <source>Stopped at once; run the same command to finish.</source>
        <translation>Detenido en el acto; ejecute el mismo comando para terminar.</translation>
    </message>
    <message>
        <source>Stopped at once; nothing is lost: “%1” resumes the import.</source>
        <translation>Detenido en el acto; no se pierde nada: «%1» reanuda la importación.</translation>
    </message>
    <message>
        <source>Stopping after the batch on its way (again to stop at once)…</source>
        <translation>Deteniendo tras el lote en curso (otra vez para detener en el acto)…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ListCommand</name>
    <message>
        <source>List the contacts: id, name, phone and email.</source>
        <translation>Listar los contactos: id, nombre, teléfono y correo.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Words that must all occur (names, email, custom values), or digits of a phone number.</source>
        <translation>Palabras que deben aparecer todas (nombres, correo, valores personalizados), o cifras de un número de teléfono.</translation>
    </message>
    <message>
        <source>List the contacts the window&apos;s search box finds.</source>
        <translation>Listar los contactos que encuentra el cuadro de búsqueda de la ventana.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Output</name>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Program</name>
    <message>
        <source>ContactDesk on the command line: the contacts of the app&apos;s account (or of any Heymarket-compatible server), on the same engine as the window.</source>
        <translation>ContactDesk en la línea de comandos: los contactos de la cuenta de la aplicación (o de cualquier servidor compatible con Heymarket), con el mismo motor que la ventana.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Uno de los comandos de abajo.</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>COMANDO [opciones]</translation>
    </message>
    <message>
        <source>Usage: contactdesk-cli [account options] COMMAND [options]; “contactdesk-cli help” lists the commands.</source>
        <translation>Uso: contactdesk-cli [opciones de cuenta] COMANDO [opciones]; «contactdesk-cli help» muestra los comandos.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>“contactdesk-cli help COMMAND” (or “contactdesk-cli COMMAND --help”) shows a command&apos;s options. The account options work before or after the command. Exit codes: 0 done; 1 rejected (a row, a recipient, a contact not found, a server refusal); 2 bad usage or an unreadable file (or one changed since it was checked); 3 no connection to the server or the local store; 130 or 143 stopped by Ctrl+C or SIGTERM (an import resumes with the same command).</source>
        <translation>«contactdesk-cli help COMANDO» (o «contactdesk-cli COMANDO --help») muestra las opciones de un comando. Las opciones de cuenta valen antes o después del comando. Códigos de salida: 0 hecho; 1 rechazado (una fila, un destinatario, un contacto no encontrado, un rechazo del servidor); 2 uso incorrecto o un archivo ilegible (o uno que cambió desde que se comprobó); 3 sin conexión con el servidor o con el almacén local; 130 o 143 detenido por Ctrl+C o SIGTERM (una importación se reanuda con el mismo comando).</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::RemoveCommand</name>
    <message>
        <source>Delete without asking.</source>
        <translation>Eliminar sin preguntar.</translation>
    </message>
    <message>
        <source>CONTACT...</source>
        <translation>CONTACTO...</translation>
    </message>
    <message>
        <source>Delete contacts (on the server too).</source>
        <translation>Eliminar contactos (también en el servidor).</translation>
    </message>
    <message>
        <source>rm asks before it deletes, and there is no terminal to ask on: pass --yes to delete without asking</source>
        <translation>rm pregunta antes de eliminar y no hay un terminal en el que preguntar: indique --yes para eliminar sin preguntar</translation>
    </message>
    <message>
        <source>An earlier change of %1 waits for a decision (%2): retry or discard it in the app first.</source>
        <translation>Un cambio anterior de %1 espera una decisión (%2): reinténtelo o descártelo antes en la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s): %1? [y/N] </source>
        <translation>
            <numerusform>¿Eliminar %n contacto: %1? [s/N] </numerusform>
            <numerusform>¿Eliminar %n contactos: %1? [s/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>The server refused to delete %1: %2; it is kept.</source>
        <translation>El servidor se negó a eliminar %1: %2; se conserva.</translation>
    </message>
    <message>
        <source>The deletion is saved here but not on the server yet (%1); it goes with the next command or the app.</source>
        <translation>La eliminación está guardada aquí pero aún no en el servidor (%1); se enviará con el próximo comando o con la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n contacto eliminado.</numerusform>
            <numerusform>%n contactos eliminados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::SendCommand</name>
    <message>
        <source>A recipient: a phone number or email address (repeat it for several).</source>
        <translation>Un destinatario: un número de teléfono o una dirección de correo (repítalo para varios).</translation>
    </message>
    <message>
        <source>PHONE|EMAIL</source>
        <translation>TELÉFONO|CORREO</translation>
    </message>
    <message>
        <source>The recipients: the contacts the window&apos;s search box finds for this text.</source>
        <translation>Los destinatarios: los contactos que el cuadro de búsqueda de la ventana encuentra para este texto.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The message, with merge fields such as {{first_name}}.</source>
        <translation>El mensaje, con campos combinados como {{first_name}}.</translation>
    </message>
    <message>
        <source>The message: this template of the team&apos;s.</source>
        <translation>El mensaje: esta plantilla del equipo.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NOMBRE</translation>
    </message>
    <message>
        <source>Send email rather than SMS.</source>
        <translation>Enviar correo en lugar de SMS.</translation>
    </message>
    <message>
        <source>The sender: a member of the inbox.</source>
        <translation>El remitente: un miembro de la bandeja de entrada.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MIEMBRO</translation>
    </message>
    <message>
        <source>The email&apos;s subject.</source>
        <translation>El asunto del correo.</translation>
    </message>
    <message>
        <source>A picture to send with it (MMS).</source>
        <translation>Una imagen que se envía con él (MMS).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Show each rendering, its encoding, segments and verdict; send nothing.</source>
        <translation>Mostrar cada texto resultante, su codificación, sus segmentos y el veredicto; no enviar nada.</translation>
    </message>
    <message>
        <source>Send a text message or email to contacts, each their own.</source>
        <translation>Enviar un SMS o un correo a contactos, a cada uno el suyo.</translation>
    </message>
    <message>
        <source>--to %1: %2</source>
        <translation>--to %1: %2</translation>
    </message>
    <message>
        <source>--inbox: the team has no inbox “%1”</source>
        <translation>--inbox: el equipo no tiene la bandeja de entrada «%1»</translation>
    </message>
    <message>
        <source>The team has no SMS inbox.</source>
        <translation>El equipo no tiene bandeja de entrada de SMS.</translation>
    </message>
    <message>
        <source>Nobody on the team is a member of inbox %1.</source>
        <translation>Nadie del equipo es miembro de la bandeja de entrada %1.</translation>
    </message>
    <message>
        <source>--from: “%1” is not a member of inbox %2</source>
        <translation>--from: «%1» no es miembro de la bandeja de entrada %2</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>el mensaje está vacío</translation>
    </message>
    <message>
        <source>excluded (%1)</source>
        <translation>excluido (%1)</translation>
    </message>
    <message>
        <source>will receive it</source>
        <translation>lo recibirá</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n segment(s)</source>
        <translation>
            <numerusform>%1, %n segmento</numerusform>
            <numerusform>%1, %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source> (UCS-2 because of %1)</source>
        <translation> (UCS-2 por %1)</translation>
    </message>
    <message>
        <source>%1 will receive it, %2 excluded.</source>
        <translation>%1 lo recibirán, %2 excluidos.</translation>
    </message>
    <message>
        <source>Nobody can receive it; nothing sent.</source>
        <translation>Nadie puede recibirlo; no se envió nada.</translation>
    </message>
    <message>
        <source>The messages could not be sent.</source>
        <translation>No se pudieron enviar los mensajes.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed; they stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>
            <numerusform>%n mensaje fallido; queda en la bandeja de salida (la barra de estado de la aplicación lo vuelve a enviar).</numerusform>
            <numerusform>%n mensajes fallidos; quedan en la bandeja de salida (la barra de estado de la aplicación los vuelve a enviar).</numerusform>
        </translation>
    </message>
    <message>
        <source>send needs --to (one or more) or --search and/or --tag, and --text or --template</source>
        <translation>send necesita --to (una o más veces) o --search y/o --tag, y --text o --template</translation>
    </message>
    <message>
        <source>No contact matches; nothing sent.</source>
        <translation>Ningún contacto coincide; no se envió nada.</translation>
    </message>
    <message>
        <source>The inbox to send from (one without a phone number sends email).</source>
        <translation>La bandeja desde la que se envía (una sin número de teléfono envía correo).</translation>
    </message>
    <message>
        <source>The team has no inbox.</source>
        <translation>El equipo no tiene ninguna bandeja.</translation>
    </message>
    <message>
        <source>--inbox: inbox %1 has no phone number to send SMS from</source>
        <translation>--inbox: la bandeja %1 no tiene número de teléfono desde el que enviar SMS</translation>
    </message>
    <message>
        <source>The recipients&apos; messaging status could not be checked: %1</source>
        <translation>No se pudo comprobar el estado de mensajería de los destinatarios: %1</translation>
    </message>
    <message>
        <source>Stopped at once; the messages not sent yet stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>Detenido en el acto; los mensajes aún sin enviar quedan en la bandeja de salida (la barra de estado de la aplicación los vuelve a enviar).</translation>
    </message>
    <message>
        <source>Stopping after the messages on their way (again to stop at once)…</source>
        <translation>Deteniendo tras los mensajes en curso (otra vez para detener en el acto)…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n message(s) not sent; they stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>
            <numerusform>Detenido: %n mensaje sin enviar; queda en la bandeja de salida (la barra de estado de la aplicación lo vuelve a enviar).</numerusform>
            <numerusform>Detenido: %n mensajes sin enviar; quedan en la bandeja de salida (la barra de estado de la aplicación los vuelve a enviar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Session</name>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>it was changed on the server meanwhile (%1)</source>
        <translation>se cambió en el servidor mientras tanto (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1, which is syncing this profile…</source>
        <translation>Esperando a %1, que está sincronizando este perfil…</translation>
    </message>
    <message>
        <source>%1 is still syncing this profile: working on the local copy as it is.</source>
        <translation>%1 sigue sincronizando este perfil: se trabaja con la copia local tal como está.</translation>
    </message>
    <message>
        <source>%1 is syncing this profile and has not sent it yet</source>
        <translation>%1 está sincronizando este perfil y aún no lo ha enviado</translation>
    </message>
    <message>
        <source>%1; asking again for up to %2 s…</source>
        <translation>%1; se vuelve a preguntar durante hasta %2 s…</translation>
    </message>
    <message>
        <source>%1 answered: %2; asking again for up to %3 s…</source>
        <translation>%1 respondió: %2; se vuelve a preguntar durante hasta %3 s…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ShowCommand</name>
    <message>
        <source>Show one contact.</source>
        <translation>Mostrar un contacto.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::TemplateCommand</name>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
    <message>
        <source>The team has no template “%1”.</source>
        <translation>El equipo no tiene ninguna plantilla «%1».</translation>
    </message>
    <message>
        <source>%1 templates are titled “%2”: name one by its id (%3).</source>
        <translation>%1 plantillas se titulan «%2»: indique una por su id (%3).</translation>
    </message>
    <message>
        <source>The template&apos;s new title.</source>
        <translation>El nuevo título de la plantilla.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>The template&apos;s text, with merge tokens ({{first_name}}, a custom field&apos;s title).</source>
        <translation>El texto de la plantilla, con marcadores ({{first_name}}, el título de un campo personalizado).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Eliminar sin preguntar.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <source>The template: its id or its title.</source>
        <translation>La plantilla: su id o su título.</translation>
    </message>
    <message>
        <source>The new template&apos;s title.</source>
        <translation>El título de la nueva plantilla.</translation>
    </message>
    <message>
        <source>List the team&apos;s message templates: id, title and text.</source>
        <translation>Listar las plantillas de mensajes del equipo: id, título y texto.</translation>
    </message>
    <message>
        <source>Create a message template.</source>
        <translation>Crear una plantilla de mensaje.</translation>
    </message>
    <message>
        <source>Change a message template&apos;s title or text.</source>
        <translation>Cambiar el título o el texto de una plantilla de mensaje.</translation>
    </message>
    <message>
        <source>Delete a message template.</source>
        <translation>Eliminar una plantilla de mensaje.</translation>
    </message>
    <message>
        <source>the template needs a title</source>
        <translation>la plantilla necesita un título</translation>
    </message>
    <message>
        <source>the template needs a text: --text TEXT</source>
        <translation>la plantilla necesita un texto: --text TEXTO</translation>
    </message>
    <message>
        <source>say what changes: --title TITLE, --text TEXT or both</source>
        <translation>indique qué cambia: --title TÍTULO, --text TEXTO o ambos</translation>
    </message>
    <message>
        <source>--title: a template needs a title</source>
        <translation>--title: una plantilla necesita un título</translation>
    </message>
    <message>
        <source>--text: a template needs a text</source>
        <translation>--text: una plantilla necesita un texto</translation>
    </message>
    <message>
        <source>template-rm asks before it deletes, and there is no terminal to ask on: pass --yes to delete without asking</source>
        <translation>template-rm pregunta antes de eliminar y no hay terminal donde preguntar: use --yes para eliminar sin preguntar</translation>
    </message>
    <message>
        <source>The team has no templates.</source>
        <translation>El equipo no tiene plantillas.</translation>
    </message>
    <message>
        <source>The template was not created: %1</source>
        <translation>No se creó la plantilla: %1</translation>
    </message>
    <message>
        <source>Template %1 “%2” created.</source>
        <translation>Plantilla %1 «%2» creada.</translation>
    </message>
    <message>
        <source>Template %1 is already so; nothing changed.</source>
        <translation>La plantilla %1 ya es así; no se cambió nada.</translation>
    </message>
    <message>
        <source>Template %1 was not changed: %2</source>
        <translation>No se cambió la plantilla %1: %2</translation>
    </message>
    <message>
        <source>Template %1 “%2” changed.</source>
        <translation>Plantilla %1 «%2» cambiada.</translation>
    </message>
    <message>
        <source>Delete the template %1 “%2”? Messages sent with it stay. [y/N] </source>
        <translation>¿Eliminar la plantilla %1 «%2»? Los mensajes enviados con ella se conservan. [s/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>Template %1 was not deleted: %2</source>
        <translation>No se eliminó la plantilla %1: %2</translation>
    </message>
    <message>
        <source>Template %1 “%2” deleted.</source>
        <translation>Plantilla %1 «%2» eliminada.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::UndoImportCommand</name>
    <message>
        <source>The import to undo (default: the last one).</source>
        <translation>La importación que se deshace (por omisión: la última).</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>Take an import back: delete what it created, restore what it changed.</source>
        <translation>Deshacer una importación: eliminar lo que creó, restaurar lo que cambió.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 rows taken back, %3 could not be.</source>
        <translation>Importación %1 deshecha: %2 filas revertidas, %3 no se pudieron revertir.</translation>
    </message>
    <message>
        <source>Stopped: %1 rows taken back so far; run “contactdesk-cli undo-import %2” to finish.</source>
        <translation>Detenido: %1 filas deshechas hasta ahora; ejecute «contactdesk-cli undo-import %2» para terminar.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Compose</name>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>opted out of messages</source>
        <translation>se ha dado de baja de los mensajes</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>sin dirección de correo</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>sin valor para %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Csv</name>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>The reading was stopped.</source>
        <translation>Se detuvo la lectura.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Csv::Reader</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data (byte %1).</source>
        <translation>No es un archivo de texto: contiene datos binarios (byte %1).</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation>No es un archivo de texto: contiene datos binarios.</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3 (too few)</source>
        <translation>línea %1: %2 campos donde la cabecera tiene %3 (demasiado pocos)</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3 (too many)</source>
        <translation>línea %1: %2 campos donde la cabecera tiene %3 (demasiados)</translation>
    </message>
    <message>
        <source>a quoted field that starts here is never closed</source>
        <translation>un campo entre comillas que empieza aquí nunca se cierra</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (%1): the file may be in Windows-1252; choose that encoding</source>
        <translation>bytes que no son UTF-8 (%1): el archivo puede estar en Windows-1252; elija esa codificación</translation>
    </message>
    <message>
        <source>text that is not %1 (a lone surrogate): choose the file&apos;s encoding</source>
        <translation>texto que no es %1 (un sustituto suelto): elija la codificación del archivo</translation>
    </message>
    <message>
        <source>line %1: the file ends inside a character (its last bytes are not a whole %2 character): the end of this row is lost, shown as “�”</source>
        <translation>línea %1: el archivo termina dentro de un carácter (sus últimos bytes no son un carácter %2 completo): el final de esta fila se pierde y se muestra como «�»</translation>
    </message>
    <message>
        <source>a field longer than %L1 characters (the most one field may hold); the file is not read further</source>
        <translation>un campo de más de %L1 caracteres (lo máximo que puede tener un campo); el archivo no se sigue leyendo</translation>
    </message>
    <message>
        <source>a row longer than %L1 characters (the most one row may hold); the file is not read further</source>
        <translation>una fila de más de %L1 caracteres (lo máximo que puede tener una fila); el archivo no se sigue leyendo</translation>
    </message>
    <message>
        <source>more than %L1 columns (the most a row may have); the file is not read further</source>
        <translation>más de %L1 columnas (lo máximo que puede tener una fila); el archivo no se sigue leyendo</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Email</name>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>longer than 254 characters</source>
        <translation>más de 254 caracteres</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>contiene un espacio</translation>
    </message>
    <message>
        <source>has no &apos;@&apos;</source>
        <translation>no tiene «@»</translation>
    </message>
    <message>
        <source>has more than one &apos;@&apos;</source>
        <translation>tiene más de una «@»</translation>
    </message>
    <message>
        <source>nothing before the &apos;@&apos;</source>
        <translation>no hay nada antes de la «@»</translation>
    </message>
    <message>
        <source>the part before the &apos;@&apos; is longer than 64 characters</source>
        <translation>la parte anterior a la «@» tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>misplaced &apos;.&apos; before the &apos;@&apos;</source>
        <translation>«.» mal colocado antes de la «@»</translation>
    </message>
    <message>
        <source>nothing after the &apos;@&apos;</source>
        <translation>no hay nada después de la «@»</translation>
    </message>
    <message>
        <source>the domain has no &apos;.&apos;</source>
        <translation>el dominio no tiene «.»</translation>
    </message>
    <message>
        <source>the domain &apos;%1&apos; is not valid</source>
        <translation>el dominio «%1» no es válido</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Field</name>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Import::Validator</name>
    <message>
        <source>a phone number is required</source>
        <translation>se necesita un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (%2)</source>
        <translation>«%1» no es un número de teléfono válido (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address (%2)</source>
        <translation>«%1» no es una dirección de correo válida (%2)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>«%1» no es sí ni no</translation>
    </message>
    <message>
        <source>%1 tags where a contact can have at most five</source>
        <translation>%1 etiquetas cuando un contacto puede tener cinco como máximo</translation>
    </message>
    <message>
        <source>no column holds the phone number</source>
        <translation>ninguna columna contiene el número de teléfono</translation>
    </message>
    <message>
        <source>the same contact as line %1</source>
        <translation>el mismo contacto que la línea %1</translation>
    </message>
    <message>
        <source>already a contact of the team</source>
        <translation>ya es un contacto del equipo</translation>
    </message>
    <message>
        <source>%1: left out</source>
        <translation>%1: se omite</translation>
    </message>
    <message>
        <source>no team member is called “%1”: the contact will be unassigned</source>
        <translation>ningún miembro del equipo se llama «%1»: el contacto quedará sin asignar</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Jwt</name>
    <message>
        <source>the token is not a compact JWT (header.payload.signature)</source>
        <translation>el token no es un JWT compacto (header.payload.signature)</translation>
    </message>
    <message>
        <source>the token&apos;s header or payload is not base64url-encoded JSON</source>
        <translation>la cabecera o el contenido del token no es JSON codificado en base64url</translation>
    </message>
    <message>
        <source>the token must be signed with HS256</source>
        <translation>el token debe estar firmado con HS256</translation>
    </message>
    <message>
        <source>the token has no &quot;iss&quot; claim (the Secret ID)</source>
        <translation>el token no tiene la reclamación «iss» (el Secret ID)</translation>
    </message>
    <message>
        <source>the token has no integer &quot;iat&quot; claim (Unix seconds)</source>
        <translation>el token no tiene una reclamación «iat» entera (segundos Unix)</translation>
    </message>
    <message>
        <source>the Secret ID in &quot;iss&quot; is not known</source>
        <translation>el Secret ID de «iss» no es conocido</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not match</source>
        <translation>la firma del token no coincide</translation>
    </message>
    <message>
        <source>the token expired: it was issued %1 s ago and lives %2 s</source>
        <translation>el token ha caducado: se emitió hace %1 s y dura %2 s</translation>
    </message>
    <message>
        <source>the token was issued %1 s in the future; check the clock</source>
        <translation>el token se emitió %1 s en el futuro; compruebe el reloj</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;iat&quot; claim %1 is not a time between 1970 and 9999</source>
        <translation>la afirmación &quot;iat&quot; %1 del token no es una fecha entre 1970 y 9999</translation>
    </message>
    <message>
        <source>the clock reads %1 s, not a time between 1970 and 9999</source>
        <translation>el reloj marca %1 s, no una fecha entre 1970 y 9999</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ChannelListModel</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a channel&apos;s phone number or address</comment>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ComposeRecipientModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Excluido: %1</translation>
    </message>
    <message>
        <source>Will receive it; %1</source>
        <translation>Lo recibirá; %1</translation>
    </message>
    <message>
        <source>Will receive it</source>
        <translation>Lo recibirá</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ContactTableModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Miembro %1</translation>
    </message>
    <message>
        <source>Blocked, opted out</source>
        <translation>Bloqueado, dado de baja</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Opted out</source>
        <comment>messaging status</comment>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>messaging status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Not saved on the server: %1</source>
        <translation>No guardado en el servidor: %1</translation>
    </message>
    <message>
        <source>Saved here; waiting to be sent to the server</source>
        <translation>Guardado aquí; esperando para enviarse al servidor</translation>
    </message>
    <message>
        <source>Changed here and on the server: choose which value to keep</source>
        <translation>Cambiado aquí y en el servidor: elija qué valor conservar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>messaging status column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>column: sync state of a contact</comment>
        <translation>Sincr.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::CustomFieldModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a custom field&apos;s value</comment>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Double-click to correct this value; the row is checked again.</source>
        <translation>Haga doble clic para corregir este valor; la fila se vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::MessageHistoryModel</name>
    <message>
        <source>[media: %1]</source>
        <translation>[multimedia: %1]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 from %2 (%3):
%4</source>
        <translation>%1 de %2 (%3):
%4</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::TagModel</name>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>how many contacts carry the tag</comment>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::TeamMemberModel</name>
    <message>
        <source>Unassigned</source>
        <comment>no owner</comment>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::TemplateListModel</name>
    <message>
        <source>not connected to the server</source>
        <translation>sin conexión con el servidor</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Phone</name>
    <message>
        <source>unknown country code</source>
        <translation>código de país desconocido</translation>
    </message>
    <message>
        <source>too short for its country</source>
        <translation>demasiado corto para su país</translation>
    </message>
    <message>
        <source>wrong length for its country</source>
        <translation>longitud incorrecta para su país</translation>
    </message>
    <message>
        <source>too long for its country</source>
        <translation>demasiado largo para su país</translation>
    </message>
    <message>
        <source>not a possible phone number</source>
        <translation>no es un número de teléfono posible</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>must be E.164 digits without a leading &apos;+&apos;</source>
        <translation>deben ser dígitos E.164 sin «+» inicial</translation>
    </message>
    <message>
        <source>must contain digits only</source>
        <translation>solo debe contener dígitos</translation>
    </message>
    <message>
        <source>must start with a country code, not 0</source>
        <translation>debe empezar por un código de país, no por 0</translation>
    </message>
    <message>
        <source>must have 8 to 15 digits</source>
        <translation>debe tener de 8 a 15 dígitos</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>no country code and no default region to assume</source>
        <translation>sin código de país ni región predeterminada que suponer</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>not a valid number for its country</source>
        <translation>no es un número válido para su país</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sandbox::SandboxServer</name>
    <message>
        <source>the folder of the data file %1 does not exist</source>
        <translation>la carpeta del archivo de datos %1 no existe</translation>
    </message>
    <message>
        <source>cannot open the sandbox database %1: %2</source>
        <translation>no se puede abrir la base de datos del sandbox %1: %2</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en memoria)</translation>
    </message>
    <message>
        <source>cannot seed the sandbox database: %1</source>
        <translation>no se puede poblar la base de datos del sandbox: %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1; is it in use?</source>
        <translation>no se puede escuchar en 127.0.0.1:%1; ¿está en uso?</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1</source>
        <translation>no se puede escuchar en 127.0.0.1</translation>
    </message>
    <message>
        <source>missing Authorization header; send &quot;Bearer &lt;API key or JWT&gt;&quot;</source>
        <translation>falta la cabecera Authorization; envíe &quot;Bearer &lt;clave de API o JWT&gt;&quot;</translation>
    </message>
    <message>
        <source>the API key is not valid for this team</source>
        <translation>la clave de API no es válida para este equipo</translation>
    </message>
    <message>
        <source>the Authorization header must be &quot;Bearer &lt;API key or JWT&gt;&quot;</source>
        <translation>la cabecera Authorization debe ser &quot;Bearer &lt;clave de API o JWT&gt;&quot;</translation>
    </message>
    <message>
        <source>invalid JWT: %1</source>
        <translation>JWT no válido: %1</translation>
    </message>
    <message>
        <source>the sandbox answers loopback clients only</source>
        <translation>el sandbox solo responde a clientes locales (loopback)</translation>
    </message>
    <message>
        <source>the body has %1 bytes; the limit is %2</source>
        <translation>el cuerpo tiene %1 bytes; el límite es %2</translation>
    </message>
    <message>
        <source>more than %1 requests in the current minute; retry in %2 s</source>
        <translation>más de %1 solicitudes en el minuto actual; reintente en %2 s</translation>
    </message>
    <message>
        <source>injected failure (--fail-rate); nothing was changed</source>
        <translation>fallo inyectado (--fail-rate); no se cambió nada</translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation>no existe ese endpoint</translation>
    </message>
    <message>
        <source>the sandbox database %1 holds the team %2, not %3; use another data file</source>
        <translation>la base de datos de la sandbox %1 contiene el equipo %2, no %3; use otro archivo de datos</translation>
    </message>
    <message>
        <source>injected rate limit (--too-many-rate); nothing was changed</source>
        <translation>límite de frecuencia inyectado (--too-many-rate); no se cambió nada</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Store::Profile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Store::RescueReport</name>
    <message>
        <source>The local copy of your contacts was damaged: it is kept as %1, and a new copy is being filled from the server; %2 unsent changes and %3 unsent messages were carried over</source>
        <translation>La copia local de sus contactos estaba dañada: se guarda como %1 y se está llenando una copia nueva desde el servidor; se trasladaron %2 cambios sin enviar y %3 mensajes sin enviar</translation>
    </message>
    <message>
        <source>%1, %2 could not be read, and the file may hold more that could not be read.</source>
        <translation>%1, %2 no se pudieron leer, y el archivo puede contener más que no se pudo leer.</translation>
    </message>
    <message>
        <source>%1, and %2 could not be read.</source>
        <translation>%1, y %2 no se pudieron leer.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Store::StoreError</name>
    <message>
        <source>The local copy of your contacts (%1) cannot be written: the file or its folder is read-only. Make it writable; ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>No se puede escribir la copia local de sus contactos (%1): el archivo o su carpeta son de solo lectura. Permita la escritura; ContactDesk conserva sus cambios y los guarda en cuanto pueda.</translation>
    </message>
    <message>
        <source>The local copy of your contacts (%1) cannot be opened. Check that its folder exists and that you may write to it.</source>
        <translation>No se puede abrir la copia local de sus contactos (%1). Compruebe que su carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>Something went wrong with the local copy of your contacts (%1); the details are in the log.</source>
        <translation>Algo falló en la copia local de sus contactos (%1); los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The system would not read or write the local copy of your contacts (%1): check that the disk is there and that you may write to its folder. ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>El sistema no leyó ni escribió la copia local de sus contactos (%1): compruebe que el disco está presente y que puede escribir en su carpeta. ContactDesk conserva sus cambios y los guarda en cuanto pueda.</translation>
    </message>
    <message>
        <source>The disk that holds your contacts is full. Free some space on the disk of %1; ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>El disco que guarda sus contactos está lleno. Libere espacio en el disco de %1; ContactDesk conserva sus cambios y los guarda en cuanto pueda.</translation>
    </message>
    <message>
        <source>Another program holds the local copy of your contacts (%1) locked. Close the other program that holds it; ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>Otro programa mantiene bloqueada la copia local de sus contactos (%1). Cierre el otro programa que la tiene; ContactDesk conserva sus cambios y los guarda en cuanto pueda.</translation>
    </message>
    <message>
        <source>The local copy of your contacts (%1) is damaged. Quit ContactDesk (the window and any contactdesk-cli using this profile) and start it again: it sets the damaged file aside, keeps the changes it can read and fetches your contacts again from the server.</source>
        <translation>La copia local de sus contactos (%1) está dañada. Cierre ContactDesk (la ventana y cualquier contactdesk-cli que use este perfil) y vuelva a iniciarlo: aparta el archivo dañado, conserva los cambios que puede leer y vuelve a traer sus contactos del servidor.</translation>
    </message>
    <message>
        <source>The local copy of your contacts (%1) was written by a newer ContactDesk; nothing in it was changed. Update ContactDesk, or move that file elsewhere to start a new copy from the server.</source>
        <translation>La copia local de sus contactos (%1) la escribió un ContactDesk más reciente; no se cambió nada en ella. Actualice ContactDesk, o mueva ese archivo a otro lugar para empezar una copia nueva desde el servidor.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::ContactExport</name>
    <message>
        <source>the file could not be written: %1</source>
        <translation>no se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::ImportSession</name>
    <message>
        <source>Owner emails could not be looked up: %1</source>
        <translation>No se pudieron consultar los correos de los responsables: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>the rows could not be written: %1</source>
        <translation>no se pudieron escribir las filas: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer there (it was checked at %2 bytes).</source>
        <translation>%1 ya no está (se comprobó con %2 bytes).</translation>
    </message>
    <message>
        <source>%1 can no longer be read.</source>
        <translation>%1 ya no se puede leer.</translation>
    </message>
    <message>
        <source>its size went from %1 to %2 bytes</source>
        <translation>su tamaño pasó de %1 a %2 bytes</translation>
    </message>
    <message>
        <source>its modification time went from %1 to %2</source>
        <translation>su fecha de modificación pasó de %1 a %2</translation>
    </message>
    <message>
        <source>its content is different (SHA-256 %1… was %2…)</source>
        <translation>su contenido es distinto (SHA-256 %1… era %2…)</translation>
    </message>
    <message>
        <source>%1 changed after it was checked: %2.</source>
        <translation>%1 cambió después de comprobarse: %2.</translation>
    </message>
    <message>
        <source>%1 Check it again once it is written.</source>
        <translation>%1 Compruébelo de nuevo cuando se haya terminado de escribir.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::ImportUploader</name>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created: %2</source>
        <translation>No se pudo crear la etiqueta «%1»: %2</translation>
    </message>
    <message>
        <source>List: the tag “%1” could not be created: %2</source>
        <translation>List: no se pudo crear la etiqueta «%1»: %2</translation>
    </message>
    <message>
        <source>The new custom fields could not be created: %1</source>
        <translation>No se pudieron crear los nuevos campos personalizados: %1</translation>
    </message>
    <message>
        <source>%1: the custom field does not exist</source>
        <translation>%1: el campo personalizado no existe</translation>
    </message>
    <message>
        <source>List: the tag “%1” does not exist</source>
        <translation>List: la etiqueta «%1» no existe</translation>
    </message>
    <message>
        <source>Phone Number: another contact (id %1) already has this number</source>
        <translation>Phone Number: otro contacto (id %1) ya tiene este número</translation>
    </message>
    <message>
        <source>the created contact&apos;s id is not known</source>
        <translation>no se conoce el id del contacto creado</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
    <message>
        <source>Phone Number: no contact has this number on the server any more</source>
        <translation>Número de teléfono: ningún contacto tiene ya este número en el servidor</translation>
    </message>
    <message>
        <source>another ContactDesk program</source>
        <translation>otro programa de ContactDesk</translation>
    </message>
    <message>
        <source>another ContactDesk program (%1, process %2)</source>
        <translation>otro programa de ContactDesk (%1, proceso %2)</translation>
    </message>
    <message>
        <source>%1 is sending an import to this account; this one waits (nothing was sent) and can be resumed when that one is done.</source>
        <translation>%1 está enviando una importación a esta cuenta; esta espera (no se envió nada) y se puede reanudar cuando aquella termine.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::MessageSender</name>
    <message>
        <source>The messages were not sent: %1</source>
        <translation>Los mensajes no se enviaron: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>The outbox could not note the result: %1</source>
        <translation>La bandeja de salida no pudo anotar el resultado: %1</translation>
    </message>
    <message>
        <source>%1 is sending these messages now.</source>
        <translation>%1 está enviando estos mensajes ahora.</translation>
    </message>
    <message>
        <source>Another program</source>
        <translation>Otro programa</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::OpenedCsv</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::Preview</name>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>línea %1: %2 campos donde la cabecera tiene %3</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::SyncEngine</name>
    <message>
        <source>the contact was deleted on the server</source>
        <translation>el contacto se eliminó en el servidor</translation>
    </message>
    <message>
        <source>the contact was not found on the server</source>
        <translation>no se encontró el contacto en el servidor</translation>
    </message>
    <message>
        <source>the contact&apos;s v2 id is unknown and it has no phone or email to look it up by</source>
        <translation>el id v2 del contacto es desconocido y no tiene teléfono ni correo con los que buscarlo</translation>
    </message>
    <message>
        <source>%1 is no longer one of the contact&apos;s channels on the server, so nothing was changed</source>
        <translation>%1 ya no es uno de los canales del contacto en el servidor, así que no se cambió nada</translation>
    </message>
    <message>
        <source>%1 is not the contact&apos;s primary %2 on the server (that is %3). Heymarket&apos;s API changes and removes a channel only by its type, which takes the primary one, so nothing was sent: change or remove this one in Heymarket&apos;s web app</source>
        <translation>%1 no es el %2 principal del contacto en el servidor (ese es %3). La API de Heymarket cambia y elimina un canal solo por su tipo, lo que afecta al principal, así que no se envió nada: cámbielo o elimínelo en la aplicación web de Heymarket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The server now answers for the team “%1” (id %2), not for the team “%3” (id %4) this local copy belongs to: nothing was sent to it or taken from it.</source>
        <translation>El servidor responde ahora por el equipo «%1» (id %2), no por el equipo «%3» (id %4) al que pertenece esta copia local: no se le envió ni se tomó nada de él.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>waits until a deleted contact with the same number or address is gone from the server</source>
        <translation>espera a que un contacto eliminado con el mismo número o dirección desaparezca del servidor</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::SyncOwner</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::Workspace</name>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Heymarket account “%1”</source>
        <translation>Cuenta de Heymarket «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a server address</source>
        <translation>«%1» no es una dirección de servidor</translation>
    </message>
    <message>
        <source>The account settings in %1 are incomplete: account/name and a valid account/baseUrl are needed.</source>
        <translation>La configuración de la cuenta en %1 está incompleta: se necesitan account/name y una account/baseUrl válida.</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox local: %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 did not say which team these credentials belong to: %2</source>
        <translation>%1 no dijo a qué equipo pertenecen estas credenciales: %2</translation>
    </message>
    <message>
        <source>The local copy %1 was filled from the server %2, not from %3, so it is neither shown nor sent there. Give each server an account of its own.</source>
        <translation>La copia local %1 se llenó desde el servidor %2, no desde %3, así que no se muestra ni se envía allí. Dé a cada servidor una cuenta propia.</translation>
    </message>
    <message>
        <source>The local copy %1 belongs to the team “%2” (id %3), but these credentials are for the team “%4” (id %5). Nothing of the other team is shown or sent. Give each team an account of its own.</source>
        <translation>La copia local %1 pertenece al equipo «%2» (id %3), pero estas credenciales son del equipo «%4» (id %5). No se muestra ni se envía nada del otro equipo. Dé a cada equipo una cuenta propia.</translation>
    </message>
    <message>
        <source>The local copy %1 was filled for another team than the team “%2” (id %3) these credentials are for. Nothing of it is shown or sent. Give each team an account of its own.</source>
        <translation>La copia local %1 se llenó para otro equipo distinto del equipo «%2» (id %3) de estas credenciales. No se muestra ni se envía nada de ella. Dé a cada equipo una cuenta propia.</translation>
    </message>
    <message>
        <source>The local copy %1 belongs to the team “%2” (id %3), but %4 now answers for the team “%5” (id %6). Nothing of the other team is shown or sent. Give each team an account of its own.</source>
        <translation>La copia local %1 pertenece al equipo «%2» (id %3), pero %4 responde ahora por el equipo «%5» (id %6). No se muestra ni se envía nada del otro equipo. Dé a cada equipo una cuenta propia.</translation>
    </message>
    <message>
        <source>No credentials for the account “%1” on %2 are stored in this computer&apos;s keychain. Connect the account again in Settings.</source>
        <translation>No hay credenciales de la cuenta «%1» en %2 guardadas en el llavero de este ordenador. Vuelva a conectar la cuenta en Ajustes.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::VCard::Reader</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(more warnings, not listed)</source>
        <translation>(más avisos, no listados)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not UTF-16 text, as its start says (a lone surrogate).</source>
        <translation>El archivo no es texto UTF-16, como dice su inicio (un sustituto suelto).</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data (byte %1).</source>
        <translation>No es un archivo de texto: contiene datos binarios (byte %1).</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation>No es un archivo de texto: contiene datos binarios.</translation>
    </message>
    <message>
        <source>this is not a vCard file: it does not begin with “BEGIN:VCARD”</source>
        <translation>no es un archivo vCard: no empieza por «BEGIN:VCARD»</translation>
    </message>
    <message>
        <source>text that is not %1 (a lone surrogate)</source>
        <translation>texto que no es %1 (un sustituto suelto)</translation>
    </message>
    <message>
        <source>the file cannot be read further: %1</source>
        <translation>no se puede seguir leyendo el archivo: %1</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>un byte NUL: no es un archivo de texto</translation>
    </message>
    <message>
        <source>a line longer than %L1 bytes (the most one line may hold); the file is not read further</source>
        <translation>una línea de más de %L1 bytes (lo máximo que admite una línea); no se sigue leyendo el archivo</translation>
    </message>
    <message>
        <source>a value longer than %L1 characters (the most one value may hold); the file is not read further</source>
        <translation>un valor de más de %L1 caracteres (lo máximo que admite un valor); no se sigue leyendo el archivo</translation>
    </message>
    <message>
        <source>the vCard begun on line %1 holds more than %L2 characters (the most one vCard may hold); the file is not read further</source>
        <translation>la vCard que empieza en la línea %1 tiene más de %L2 caracteres (lo máximo que admite una vCard); no se sigue leyendo el archivo</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (%1): %2</source>
        <translation>bytes que no son UTF-8 (%1): %2</translation>
    </message>
    <message>
        <source>its CHARSET says UTF-8</source>
        <translation>su CHARSET dice UTF-8</translation>
    </message>
    <message>
        <source>text that is not %1, as its CHARSET says</source>
        <translation>texto que no es %1, como dice su CHARSET</translation>
    </message>
    <message>
        <source>line %1: CHARSET “%2” is not one this reads: the value is read as %3</source>
        <translation>línea %1: el CHARSET «%2» no se lee: el valor se lee como %3</translation>
    </message>
    <message>
        <source>a vCard %1 is UTF-8</source>
        <translation>una vCard %1 es UTF-8</translation>
    </message>
    <message>
        <source>line %1: text that is not UTF-8 and has no CHARSET: it is read as Windows-1252, as is the rest of the file&apos;s text without a CHARSET</source>
        <translation>línea %1: texto que no es UTF-8 y no tiene CHARSET: se lee como Windows-1252, igual que el resto del texto del archivo sin CHARSET</translation>
    </message>
    <message>
        <source>a quoted-printable escape that is not one: “%1”</source>
        <translation>una secuencia quoted-printable que no lo es: «%1»</translation>
    </message>
    <message>
        <source>line %1: the vCard begun here has no VERSION: it is read as vCard 3.0</source>
        <translation>línea %1: la vCard que empieza aquí no tiene VERSION: se lee como vCard 3.0</translation>
    </message>
    <message>
        <source>the vCard begun here never ends: the file ends before its END:VCARD</source>
        <translation>la vCard que empieza aquí nunca termina: el archivo acaba antes de su END:VCARD</translation>
    </message>
    <message>
        <source>a line that is not a property: it has no “:”</source>
        <translation>una línea que no es una propiedad: no tiene «:»</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD before it</source>
        <translation>END:VCARD sin un BEGIN:VCARD antes</translation>
    </message>
    <message>
        <source>text between two vCards (after an END:VCARD, before the next BEGIN:VCARD)</source>
        <translation>texto entre dos vCards (tras un END:VCARD, antes del siguiente BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>the vCard begun on line %1 has more than %L2 properties (the most one vCard may have); the file is not read further</source>
        <translation>la vCard que empieza en la línea %1 tiene más de %L2 propiedades (lo máximo que admite una vCard); no se sigue leyendo el archivo</translation>
    </message>
    <message>
        <source>a vCard begins before the one begun on line %1 ends</source>
        <translation>una vCard empieza antes de que acabe la que empieza en la línea %1</translation>
    </message>
    <message>
        <source>vCard version “%1” is not one this reads (2.1, 3.0 or 4.0)</source>
        <translation>la versión de vCard «%1» no se lee (2.1, 3.0 o 4.0)</translation>
    </message>
    <message>
        <source>line %1: “%2” is left out: ContactDesk&apos;s own properties are read only from a file that can be read twice, and this one cannot (a pipe)</source>
        <translation>línea %1: «%2» se omite: las propiedades propias de ContactDesk solo se leen de un archivo que pueda leerse dos veces, y este no puede (una tubería)</translation>
    </message>
    <message>
        <source>line %1: “%2” is left out: a file may add at most %L3 columns of its own</source>
        <translation>línea %1: «%2» se omite: un archivo puede añadir como mucho %L3 columnas propias</translation>
    </message>
    <message>
        <source>The file cannot be read again: %1</source>
        <translation>El archivo no se puede volver a leer: %1</translation>
    </message>
    <message>
        <source>line %1: %2 without a “;” between the field&apos;s title and its value: it is left out</source>
        <translation>línea %1: %2 sin un «;» entre el título del campo y su valor: se omite</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::BulkEditDialog</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>Asignar responsable</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Establecer estado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Opted out (unsubscribed)</source>
        <translation>Dado de baja (unsubscribed)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln contact(s)</source>
        <translation>
            <numerusform>%1 en %Ln contacto</numerusform>
            <numerusform>%1 en %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln contact(s)</source>
        <translation>
            <numerusform>Editar %Ln contacto</numerusform>
            <numerusform>Editar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add another change</source>
        <translation>Añadir &amp;otro cambio</translation>
    </message>
    <message>
        <source>Changes to make</source>
        <translation>Cambios que hacer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) will change.</source>
        <translation>
            <numerusform>Cambiará %Ln contacto.</numerusform>
            <numerusform>Cambiarán %Ln contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as asked.</source>
        <translation>
            <numerusform>%Ln ya está como se pide.</numerusform>
            <numerusform>%Ln ya están como se pide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) already have five tags and will be left alone: %1</source>
        <translation>
            <numerusform>%Ln contacto ya tiene cinco etiquetas y no se tocará: %1</numerusform>
            <numerusform>%Ln contactos ya tienen cinco etiquetas y no se tocarán: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) no longer exist.</source>
        <translation>
            <numerusform>%Ln contacto ya no existe.</numerusform>
            <numerusform>%Ln contactos ya no existen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on %1</source>
        <translation>
            <numerusform>%Ln cambio en %1</numerusform>
            <numerusform>%Ln cambios en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln contact(s) will change.</source>
        <translation>
            <numerusform>%1: cambiará %Ln contacto.</numerusform>
            <numerusform>%1: cambiarán %Ln contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>And %1:</source>
        <translation>Y %1:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Set “%1” to “%2”</source>
        <translation>Poner «%1» en «%2»</translation>
    </message>
    <message>
        <source>Set custom field</source>
        <translation>Establecer campo personalizado</translation>
    </message>
    <message>
        <source>Clear custom field</source>
        <translation>Vaciar campo personalizado</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Type the value to set (“Clear custom field” empties it).</source>
        <translation>Escriba el valor que poner («Vaciar campo personalizado» lo vacía).</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ChannelCommand</name>
    <message>
        <source>%1 was left as it is: it is not the contact&apos;s primary %2 now, and Heymarket&apos;s API changes and removes only the primary %2.</source>
        <translation>%1 se dejó como estaba: ahora no es el %2 principal del contacto, y la API de Heymarket solo cambia y elimina el %2 principal.</translation>
    </message>
    <message>
        <source>%1 stays: it is not the contact&apos;s primary %2, and Heymarket&apos;s API removes and changes only the primary %2 (it would take the primary instead). Remove it in Heymarket&apos;s web app.</source>
        <translation>%1 se queda: no es el %2 principal del contacto, y la API de Heymarket solo elimina y cambia el %2 principal (afectaría al principal en su lugar). Elimínelo en la aplicación web de Heymarket.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ChannelEditor</name>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>Tipo de canal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Channel address</source>
        <translation>Dirección del canal</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Número o dirección</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add or save channel</source>
        <translation>Añadir o guardar el canal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Quitar el canal</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>No es un número de teléfono válido: %1</translation>
    </message>
    <message>
        <source>Not a valid email address: %1</source>
        <translation>No es una dirección de correo válida: %1</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Cambiar el canal</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Añadir un canal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Only the primary phone and email are known so far; the other channels are read from Heymarket when the contact is shown.</source>
        <translation>Por ahora solo se conocen el teléfono y el correo principales; los demás canales se leen de Heymarket cuando se muestra el contacto.</translation>
    </message>
    <message>
        <source>%1: %2 (primary)</source>
        <translation>%1: %2 (principal)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not the contact&apos;s primary %1. Heymarket&apos;s API changes and removes a channel only by its type, which always means the primary %1, so ContactDesk cannot change, remove or promote this one without overwriting the primary. Change it in Heymarket&apos;s web app; here you can add another %1.</source>
        <translation>Este no es el %1 principal del contacto. La API de Heymarket cambia y elimina un canal solo por su tipo, lo que siempre significa el %1 principal, así que ContactDesk no puede cambiar, eliminar ni promover este sin sobrescribir el principal. Cámbielo en la aplicación web de Heymarket; aquí puede añadir otro %1.</translation>
    </message>
    <message>
        <source>%1 channels are shown as Heymarket has them; ContactDesk changes only phone and email channels.</source>
        <translation>Los canales de %1 se muestran como los tiene Heymarket; ContactDesk solo cambia canales de teléfono y correo.</translation>
    </message>
    <message>
        <source>The next %1 becomes the primary one, as Heymarket makes it when the primary goes. Undo brings this one back as another %1.</source>
        <translation>El siguiente %1 pasa a ser el principal, como hace Heymarket cuando el principal se va. Deshacer devuelve este como otro %1.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ComposeDialog</name>
    <message>
        <source>Compose message</source>
        <translation>Redactar mensaje</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>&amp;Text message (SMS/MMS)</source>
        <translation>Mensaje de &amp;texto (SMS/MMS)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Co&amp;rreo</translation>
    </message>
    <message>
        <source>None of the recipients has a phone number.</source>
        <translation>Ninguno de los destinatarios tiene número de teléfono.</translation>
    </message>
    <message>
        <source>None of the recipients has an email address.</source>
        <translation>Ninguno de los destinatarios tiene dirección de correo.</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Enviar como:</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Inbox:</source>
        <translation>&amp;Bandeja de entrada:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>URL multimedia</translation>
    </message>
    <message>
        <source>https://… (an image or video makes it an MMS)</source>
        <translation>https://… (una imagen o un vídeo lo convierte en MMS)</translation>
    </message>
    <message>
        <source>Me&amp;dia URL:</source>
        <translation>URL multime&amp;dia:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>M&amp;ensaje:</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Insertar &amp;campo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, …</source>
        <translation>Hola {{first_name}}, …</translation>
    </message>
    <message>
        <source>Plain-te&amp;xt version (optional; made from the message when empty):</source>
        <translation>Versión en te&amp;xto plano (opcional; se genera del mensaje si queda vacía):</translation>
    </message>
    <message>
        <source>Plain-text version</source>
        <translation>Versión en texto plano</translation>
    </message>
    <message>
        <source>Use plain &amp;punctuation</source>
        <translation>Usar &amp;puntuación simple</translation>
    </message>
    <message>
        <source>Replaces smart quotes, dashes and ellipses with plain characters, so the message stays GSM-7 and costs fewer segments.</source>
        <translation>Sustituye comillas tipográficas, rayas y puntos suspensivos por caracteres simples, para que el mensaje siga en GSM-7 y cueste menos segmentos.</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>&amp;Vista previa para:</translation>
    </message>
    <message>
        <source>Preview for recipient</source>
        <translation>Vista previa para el destinatario</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>De&amp;tener el envío</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Volver a envia&amp;r</translation>
    </message>
    <message>
        <source>Sends the messages that failed or were not sent yet.</source>
        <translation>Envía los mensajes que fallaron o que aún no se enviaron.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Templates need a connected account.</source>
        <translation>Las plantillas necesitan una cuenta conectada.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Cargando plantillas…</translation>
    </message>
    <message>
        <source>Templates could not be loaded: %1</source>
        <translation>No se pudieron cargar las plantillas: %1</translation>
    </message>
    <message>
        <source>The team has no templates.</source>
        <translation>El equipo no tiene plantillas.</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>sin valor para %1</translation>
    </message>
    <message>
        <source>Empty message</source>
        <translation>Mensaje vacío</translation>
    </message>
    <message>
        <source>Unicode because of %1</source>
        <translation>Unicode por %1</translation>
    </message>
    <message>
        <source>counted on the longest message</source>
        <translation>contado sobre el mensaje más largo</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Messages can be sent once an account is connected.</source>
        <translation>Se pueden enviar mensajes cuando haya una cuenta conectada.</translation>
    </message>
    <message>
        <source>The team has no SMS inbox.</source>
        <translation>El equipo no tiene bandeja de entrada de SMS.</translation>
    </message>
    <message>
        <source>Nobody on the team is a member of this inbox.</source>
        <translation>Nadie del equipo es miembro de esta bandeja de entrada.</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>Escriba un mensaje.</translation>
    </message>
    <message>
        <source>The media URL must be a public http:// or https:// address.</source>
        <translation>La URL multimedia debe ser una dirección pública http:// o https://.</translation>
    </message>
    <message>
        <source>None of the recipients can receive it.</source>
        <translation>Ninguno de los destinatarios puede recibirlo.</translation>
    </message>
    <message>
        <source>%1 is not a merge field and would be sent as written.</source>
        <translation>%1 no es un campo combinado y se enviaría tal cual.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>No se envía a %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>[media: %1]</source>
        <translation>[multimedia: %1]</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other messages are still being sent; send these again when they are done. They are kept in the outbox.</source>
        <translation>Aún se están enviando otros mensajes; vuelva a enviar estos cuando terminen. Se conservan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The messages that did not go are kept in the outbox: Send again now, or later from the status bar.</source>
        <translation>Los mensajes que no salieron se conservan en la bandeja de salida: vuelva a enviarlos ahora o más tarde desde la barra de estado.</translation>
    </message>
    <message>
        <source>%1 (refused email before)</source>
        <translation>%1 (rechazó el correo antes)</translation>
    </message>
    <message>
        <source>The recipients&apos; messaging status could not be checked with Heymarket (%1); it refuses blocked and opted-out contacts itself.</source>
        <translation>No se pudo comprobar con Heymarket el estado de mensajería de los destinatarios (%1); Heymarket rechaza por sí mismo los contactos bloqueados y dados de baja.</translation>
    </message>
    <message>
        <source>Checking the recipients&apos; messaging status with Heymarket… %1 of %2</source>
        <translation>Comprobando con Heymarket el estado de mensajería de los destinatarios… %1 de %2</translation>
    </message>
    <message>
        <source>The team has no inbox.</source>
        <translation>El equipo no tiene ninguna bandeja.</translation>
    </message>
    <message>
        <source>Checking the recipients&apos; messaging status with Heymarket…</source>
        <translation>Comprobando con Heymarket el estado de mensajería de los destinatarios…</translation>
    </message>
    <message>
        <source>Heymarket refused email from this inbox before: %1</source>
        <translation>Heymarket rechazó antes el correo desde esta bandeja: %1</translation>
    </message>
    <message numerus="yes">
        <source>To: %Ln contact(s)</source>
        <translation>
            <numerusform>Para: %Ln contacto</numerusform>
            <numerusform>Para: %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GSM-7 · %Ln segment(s)</source>
        <translation>
            <numerusform>GSM-7 · %Ln segmento</numerusform>
            <numerusform>GSM-7 · %Ln segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) left</source>
        <translation>
            <numerusform>queda %Ln carácter</numerusform>
            <numerusform>quedan %Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UCS-2 (Unicode) · %Ln segment(s)</source>
        <translation>
            <numerusform>UCS-2 (Unicode) · %Ln segmento</numerusform>
            <numerusform>UCS-2 (Unicode) · %Ln segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will receive it</source>
        <translation>
            <numerusform>%Ln lo recibirá</numerusform>
            <numerusform>%Ln lo recibirán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluido</numerusform>
            <numerusform>%Ln excluidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an empty merge value</source>
        <translation>
            <numerusform>%Ln con un campo combinado vacío</numerusform>
            <numerusform>%Ln con un campo combinado vacío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %Ln recipient(s)?</source>
        <translation>
            <numerusform>¿Enviar este mensaje a %Ln destinatario?</numerusform>
            <numerusform>¿Enviar este mensaje a %Ln destinatarios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln recipient(s)</source>
        <translation>
            <numerusform>Enviar a %Ln destinatario</numerusform>
            <numerusform>Enviar a %Ln destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded:</source>
        <translation>
            <numerusform>%Ln excluido:</numerusform>
            <numerusform>%Ln excluidos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will get a message with an empty merge value.</source>
        <translation>
            <numerusform>%Ln recibirá un mensaje con un campo combinado vacío.</numerusform>
            <numerusform>%Ln recibirán un mensaje con un campo combinado vacío.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %Ln recipient(s)…</source>
        <translation>
            <numerusform>Enviando a %Ln destinatario…</numerusform>
            <numerusform>Enviando a %Ln destinatarios…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %Ln recipient(s)</source>
        <translation>
            <numerusform>Enviado a %Ln destinatario</numerusform>
            <numerusform>Enviado a %Ln destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallido</numerusform>
            <numerusform>%Ln fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln no enviado</numerusform>
            <numerusform>%Ln no enviados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ContactDetailPanel</name>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>A&amp;pellido:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom&amp;bre para mostrar:</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nombre para mostrar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+1 415 555 3434</source>
        <translation>+34 912 345 678</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Reachable: messages can be sent and received.</source>
        <translation>Localizable: se pueden enviar y recibir mensajes.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Blocked: messages can be neither sent to nor received from the contact.</source>
        <translation>Bloqueado: no se pueden enviar ni recibir mensajes del contacto.</translation>
    </message>
    <message>
        <source>Opted out (unsubscribed)</source>
        <translation>Dado de baja (unsubscribed)</translation>
    </message>
    <message>
        <source>Opted out: messages cannot be sent to the contact until they subscribe again (by texting START) or are marked subscribed.</source>
        <translation>Dado de baja: no se pueden enviar mensajes al contacto hasta que vuelva a suscribirse (enviando START) o se marque como suscrito.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>The team has no custom fields.</source>
        <translation>El equipo no tiene campos personalizados.</translation>
    </message>
    <message>
        <source>The contact has also opted out.</source>
        <translation>El contacto también se ha dado de baja.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>A contact needs a phone number.</source>
        <translation>Un contacto necesita un número de teléfono.</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>No es un número de teléfono válido: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>Not a valid email address: %1</source>
        <translation>No es una dirección de correo válida: %1</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Block %1? Messages can be neither sent to nor received from a blocked contact.</source>
        <translation>¿Bloquear a %1? No se pueden enviar ni recibir mensajes de un contacto bloqueado.</translation>
    </message>
    <message>
        <source>Mark %1 as opted out? Messages cannot be sent to an opted-out contact until they subscribe again.</source>
        <translation>¿Marcar a %1 como dado de baja? No se pueden enviar mensajes a un contacto dado de baja hasta que vuelva a suscribirse.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Cambiar el estado a %1</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>The channels could not be read from Heymarket: %1</source>
        <translation>No se pudieron leer los canales de Heymarket: %1</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Em&amp;ail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Mark as opted out</source>
        <translation>Marcar como dado de baja</translation>
    </message>
    <message>
        <source>Saved as typed, but not a date: expected a date like %1 or %2.</source>
        <translation>Se guarda tal cual, pero no es una fecha: se espera una fecha como %1 o %2.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::FilterBar</name>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search names, phone numbers, email, custom values…</source>
        <translation>Buscar nombres, teléfonos, correo, valores…</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>Número de contactos</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrar por responsable</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not saved (needs attention)</source>
        <translation>No guardado (requiere atención)</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Esperando sincronización</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 de %Ln contacto</numerusform>
            <numerusform>%1 de %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ImportWizard</name>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Another phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <source>Another email</source>
        <translation>Otro correo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Region of numbers without a country code</source>
        <translation>Región de los números sin código de país</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Los números sin código de país son de:</translation>
    </message>
    <message>
        <source>Contacts that already exist</source>
        <translation>Contactos que ya existen</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Update them</source>
        <translation>Actualizarlos</translation>
    </message>
    <message>
        <source>&amp;Overwrite values they already have</source>
        <translation>S&amp;obrescribir los valores que ya tienen</translation>
    </message>
    <message>
        <source>Off: only empty fields are filled in and tags are added. On: the file&apos;s values replace theirs. An opt-out in the file is always kept.</source>
        <translation>Desactivado: solo se rellenan los campos vacíos y se añaden etiquetas. Activado: los valores del archivo sustituyen a los suyos. Una baja del archivo siempre se conserva.</translation>
    </message>
    <message>
        <source>Contacts that already exist (same phone or email):</source>
        <translation>Contactos que ya existen (mismo teléfono o correo):</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Check rows</source>
        <translation>&amp;Comprobar filas</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Column “%1” imports as</source>
        <translation>La columna «%1» se importa como</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Campo personalizado «%1»</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Nuevo campo personalizado «%1»</translation>
    </message>
    <message>
        <source>No column imports as the phone number: choose the column that holds it (every Heymarket contact has one).</source>
        <translation>Ninguna columna se importa como número de teléfono: elija la columna que lo contiene (todo contacto de Heymarket tiene uno).</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Rows that need attention</source>
        <translation>Filas que requieren atención</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Filas no válidas</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Save rows with problems…</source>
        <translation>Guardar las filas con problemas…</translation>
    </message>
    <message>
        <source>Checked rows</source>
        <translation>Filas comprobadas</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Only the first %L1 rows that need attention are listed.</source>
        <translation>Solo se listan las primeras %L1 filas que requieren atención.</translation>
    </message>
    <message>
        <source>Invalid rows are left out; correct a cell to check its row again.</source>
        <translation>Las filas no válidas se omiten; corrija una celda para volver a comprobar su fila.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Save rows with problems</source>
        <translation>Guardar las filas con problemas</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not saved</source>
        <translation>Filas no guardadas</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Filas enviadas</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Save failed rows…</source>
        <translation>Guardar las filas fallidas…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Stopping after the rows on their way…</source>
        <translation>Deteniendo tras las filas que ya están en camino…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The import could not be prepared: %1</source>
        <translation>No se pudo preparar la importación: %1</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>¿Deshacer esta importación?</translation>
    </message>
    <message>
        <source>The contacts this import created are deleted, and the contacts it updated get their previous values back.</source>
        <translation>Los contactos que creó esta importación se eliminan y los que actualizó recuperan sus valores anteriores.</translation>
    </message>
    <message>
        <source>Taking the import back…</source>
        <translation>Revirtiendo la importación…</translation>
    </message>
    <message>
        <source>The import was taken back.</source>
        <translation>La importación se ha revertido.</translation>
    </message>
    <message>
        <source>The import was stopped; the rows not sent yet are kept and go out when you resume it.</source>
        <translation>La importación se detuvo; las filas aún no enviadas se conservan y saldrán cuando la reanude.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>La importación ha terminado.</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Not connected to the server: the import is kept and is sent as soon as the account connects.</source>
        <translation>Sin conexión con el servidor: la importación se conserva y se envía en cuanto la cuenta se conecte.</translation>
    </message>
    <message>
        <source>%1 is sending an import to this account; import this file when it is done. Nothing was sent.</source>
        <translation>%1 está enviando una importación a esta cuenta; importe este archivo cuando termine. No se envió nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent: go back and check the file again.</source>
        <translation>%1 No se envió nada: vuelva atrás y compruebe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Reading the owners of the file…</source>
        <translation>Leyendo los propietarios del archivo…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Preparando la importación…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Dejar de leer el archivo</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se detuvo la comprobación.</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was sent.</source>
        <translation>Se detuvo la comprobación; no se envió nada.</translation>
    </message>
    <message>
        <source>The import was stopped before anything was sent.</source>
        <translation>La importación se detuvo antes de enviar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, separated by “%3”, %Ln column(s).</source>
        <translation>
            <numerusform>%1 — %2, separado por «%3», %Ln columna.</numerusform>
            <numerusform>%1 — %2, separado por «%3», %Ln columnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: </source>
        <translation>
            <numerusform>%Ln fila leída: </numerusform>
            <numerusform>%Ln filas leídas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln contact(s)</source>
        <translation>
            <numerusform>&amp;Importar %Ln contacto</numerusform>
            <numerusform>&amp;Importar %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln contact(s)…</source>
        <translation>
            <numerusform>Enviando %Ln contacto…</numerusform>
            <numerusform>Enviando %Ln contactos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The custom field(s) %1 the import created stay: Heymarket&apos;s API cannot delete a field. Remove them in Heymarket if they are not wanted.</source>
        <translation>
            <numerusform>El campo personalizado %1 que creó la importación se queda: la API de Heymarket no puede eliminar campos. Elimínelo en Heymarket si no lo quiere.</numerusform>
            <numerusform>Los campos personalizados %1 que creó la importación se quedan: la API de Heymarket no puede eliminar campos. Elimínelos en Heymarket si no los quiere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Queda %Ln segundo aproximadamente</numerusform>
            <numerusform>Quedan unos %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Queda %Ln minuto aproximadamente</numerusform>
            <numerusform>Quedan unos %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) undone.</source>
        <translation>
            <numerusform>%Ln fila deshecha.</numerusform>
            <numerusform>%Ln filas deshechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be undone.</source>
        <translation>
            <numerusform>%Ln fila no se pudo deshacer.</numerusform>
            <numerusform>%Ln filas no se pudieron deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) created.</source>
        <translation>
            <numerusform>%Ln contacto creado.</numerusform>
            <numerusform>%Ln contactos creados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) updated.</source>
        <translation>
            <numerusform>%Ln contacto actualizado.</numerusform>
            <numerusform>%Ln contactos actualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) failed: save them to see why, correct them and import them again.</source>
        <translation>
            <numerusform>%Ln fila fallida: guárdela para ver por qué, corríjala e impórtela de nuevo.</numerusform>
            <numerusform>%Ln filas fallidas: guárdelas para ver por qué, corríjalas e impórtelas de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not sent yet.</source>
        <translation>
            <numerusform>%Ln fila aún no enviada.</numerusform>
            <numerusform>%Ln filas aún no enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try earlier</source>
        <translation>Probar antes</translation>
    </message>
    <message>
        <source>Try later</source>
        <translation>Probar después</translation>
    </message>
    <message>
        <source>&amp;Phone columns, in the order they are tried for the contact&apos;s phone (the other numbers are added to the contact):</source>
        <translation>Columnas de &amp;teléfono, en el orden en que se prueban para el teléfono del contacto (los demás números se añaden al contacto):</translation>
    </message>
    <message>
        <source>E&amp;mail columns, in the order they are tried for the contact&apos;s email (the other addresses are added to the contact):</source>
        <translation>Columnas de &amp;correo, en el orden en que se prueban para el correo del contacto (las demás direcciones se añaden al contacto):</translation>
    </message>
    <message>
        <source>%1 — vCard file (%2).</source>
        <translation>%1 — archivo vCard (%2).</translation>
    </message>
    <message>
        <source>Rows with a warning</source>
        <translation>Filas con un aviso</translation>
    </message>
    <message>
        <source>&amp;Owners no team member answers to: their contacts are imported unassigned, or choose a member for each (remembered for the next import).</source>
        <translation>&amp;Propietarios que no son miembros del equipo: sus contactos se importan sin asignar, o elija un miembro para cada uno (se recuerda para la próxima importación).</translation>
    </message>
    <message>
        <source>Owners of the file</source>
        <translation>Propietarios del archivo</translation>
    </message>
    <message>
        <source>Owner in the file</source>
        <translation>Propietario en el archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>%L1 new, %L2 to update, %L3 unchanged, %L4 skipped, %L5 invalid.</source>
        <translation>%L1 nuevas, %L2 para actualizar, %L3 sin cambios, %L4 omitidas, %L5 no válidas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): owner not found, will be unassigned.</source>
        <translation>
            <numerusform>%Ln fila: propietario no encontrado, quedará sin asignar.</numerusform>
            <numerusform>%Ln filas: propietario no encontrado, quedarán sin asignar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts owned by “%1” go to</source>
        <translation>Los contactos de «%1» pasan a</translation>
    </message>
    <message>
        <source>Nobody (warn on each row)</source>
        <translation>Nadie (avisar en cada fila)</translation>
    </message>
    <message>
        <source>Nobody: leave them unassigned</source>
        <translation>Nadie: dejarlos sin asignar</translation>
    </message>
    <message>
        <source>A column that matches no field of the team is not imported; choose “New custom field” to make a team field of it (Heymarket cannot delete a field again).</source>
        <translation>Una columna que no coincide con ningún campo del equipo no se importa; elija «Nuevo campo personalizado» para crear con ella un campo del equipo (Heymarket no puede volver a eliminar un campo).</translation>
    </message>
    <message>
        <source>The file could not be read to its end (see above), so nothing is imported from it: correct the file and check it again.</source>
        <translation>No se pudo leer el archivo hasta el final (véase arriba), así que no se importa nada de él: corrija el archivo y vuelva a comprobarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %1.</source>
        <translation>
            <numerusform>No se importa: %1.</numerusform>
            <numerusform>No se importan: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the import sent before this one to end…</source>
        <translation>Esperando a que termine la importación enviada antes que esta…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MainWindow</name>
    <message>
        <source>ContactDesk</source>
        <translation>ContactDesk</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Select the contacts to message first.</source>
        <translation>Seleccione primero los contactos a los que escribir.</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>Redactar mensaje</translation>
    </message>
    <message>
        <source>Each one gets its own message; preparing the preview may take a moment.</source>
        <translation>Cada uno recibe su propio mensaje; preparar la vista previa puede tardar un momento.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>no contacts are open</source>
        <translation>no hay contactos abiertos</translation>
    </message>
    <message>
        <source>there are no contacts to export</source>
        <translation>no hay contactos que exportar</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contactos.csv</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>Imports can be undone while connected and when no other import is running.</source>
        <translation>Las importaciones se pueden deshacer con conexión y cuando no hay otra importación en curso.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <source>Undo the last import?</source>
        <translation>¿Deshacer la última importación?</translation>
    </message>
    <message>
        <source>Undoing the import stopped: %1</source>
        <translation>Se detuvo la reversión de la importación: %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>Deshaciendo la importación de %1…</translation>
    </message>
    <message>
        <source>Delete %1? The contact is removed from the team on Heymarket too.</source>
        <translation>¿Eliminar %1? El contacto también se quita del equipo en Heymarket.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Nuevo contacto %1</translation>
    </message>
    <message>
        <source>A stopped import can be resumed while connected and when no other import is running.</source>
        <translation>Una importación detenida se puede reanudar con conexión y cuando no hay otra importación en curso.</translation>
    </message>
    <message>
        <source>There is no stopped import to resume.</source>
        <translation>No hay ninguna importación detenida que reanudar.</translation>
    </message>
    <message>
        <source>The import of %1 stopped: %2</source>
        <translation>La importación de %1 se detuvo: %2</translation>
    </message>
    <message>
        <source>The import of %1 was stopped.</source>
        <translation>La importación de %1 se detuvo.</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Compose a message to %Ln contacts?</source>
        <translation>
            <numerusform>¿Redactar un mensaje para %Ln contacto?</numerusform>
            <numerusform>¿Redactar un mensaje para %Ln contactos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected</source>
        <translation>
            <numerusform>El seleccionado</numerusform>
            <numerusform>Los %Ln seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown</source>
        <translation>
            <numerusform>El mostrado</numerusform>
            <numerusform>Los %Ln mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln contacto exportado a %1.</numerusform>
            <numerusform>%Ln contactos exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 created %Ln contact(s) and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</source>
        <translation>
            <numerusform>La importación de %1 creó %Ln contacto y actualizó %2. Deshacerla elimina los contactos creados y devuelve a los actualizados sus valores anteriores.</numerusform>
            <numerusform>La importación de %1 creó %Ln contactos y actualizó %2. Deshacerla elimina los contactos creados y devuelve a los actualizados sus valores anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone (%Ln row(s)).</source>
        <translation>
            <numerusform>La importación se deshizo (%Ln fila).</numerusform>
            <numerusform>La importación se deshizo (%Ln filas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 is done: %Ln contact(s) created.</source>
        <translation>
            <numerusform>La importación de %1 ha terminado: %Ln contacto creado.</numerusform>
            <numerusform>La importación de %1 ha terminado: %Ln contactos creados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming the import of %1: %Ln row(s) to send…</source>
        <translation>
            <numerusform>Reanudando la importación de %1: %Ln fila por enviar…</numerusform>
            <numerusform>Reanudando la importación de %1: %Ln filas por enviar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? They are removed from the team on Heymarket too.</source>
        <translation>
            <numerusform>¿Eliminar %Ln contacto? También se quita del equipo en Heymarket.</numerusform>
            <numerusform>¿Eliminar %Ln contactos? También se quitan del equipo en Heymarket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Eliminar %Ln contacto</numerusform>
            <numerusform>Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Restablecer columnas</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;Spreadsheets as CSV (*.csv *.tsv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.tsv *.txt *.vcf *.vcard);;Hojas de cálculo en CSV (*.csv *.tsv *.txt);;Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Which contacts do you want to export?</source>
        <translation>¿Qué contactos quiere exportar?</translation>
    </message>
    <message>
        <source>CSV for Excel (a byte order mark, so accents read right)</source>
        <translation>CSV para Excel (con marca de orden de bytes, para que los acentos se lean bien)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>Archivos CSV (*.csv);;Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>%1 opens in the import as soon as the workspace is ready.</source>
        <translation>%1 se abre en la importación en cuanto el espacio de trabajo esté listo.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MainWindowActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (or drop one on the window)</source>
        <translation>Importar contactos de un archivo CSV (o soltar uno sobre la ventana)</translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation>E&amp;xportar contactos…</translation>
    </message>
    <message>
        <source>Undo the &amp;last import…</source>
        <translation>Deshacer la ú&amp;ltima importación…</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>Edición en &amp;bloque…</translation>
    </message>
    <message>
        <source>&amp;Delete contacts…</source>
        <translation>&amp;Eliminar contactos…</translation>
    </message>
    <message>
        <source>Message the &amp;selected contacts…</source>
        <translation>Escribir a los contactos &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Message &amp;everyone shown…</source>
        <translation>Escribir a &amp;todos los mostrados…</translation>
    </message>
    <message>
        <source>Send &amp;unsent messages again</source>
        <translation>Volver a enviar los mensajes &amp;no enviados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>&amp;Resume the stopped import</source>
        <translation>&amp;Reanudar la importación detenida</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>En bloque</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MessageHistoryView</name>
    <message>
        <source>Recent messages</source>
        <translation>Mensajes recientes</translation>
    </message>
    <message>
        <source>Messages show once an account is connected.</source>
        <translation>Los mensajes aparecen cuando hay una cuenta conectada.</translation>
    </message>
    <message>
        <source>No phone number: no text messages.</source>
        <translation>Sin número de teléfono: no hay mensajes de texto.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Cargando mensajes…</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>No se pudieron cargar los mensajes: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <source>Se&amp;nd a message…</source>
        <translation>Env&amp;iar un mensaje…</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln message(s).</source>
        <translation>
            <numerusform>El último mensaje.</numerusform>
            <numerusform>Los últimos %Ln mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Em&amp;ail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>A contact needs a phone number or an email address.</source>
        <translation>Un contacto necesita un número de teléfono o un correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>No es un número de teléfono válido: %1</translation>
    </message>
    <message>
        <source>%1 already belongs to a contact.</source>
        <translation>%1 ya pertenece a un contacto.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Se guarda como %1</translation>
    </message>
    <message>
        <source>Not a valid email address: %1</source>
        <translation>No es un correo electrónico válido: %1</translation>
    </message>
    <message>
        <source>e.g. (415) 555-0134</source>
        <translation>p. ej. 912 345 678</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Local sandbox workspace (demo data on this computer)</source>
        <translation>Espacio de trabajo &amp;local en el sandbox (datos de demostración en este equipo)</translation>
    </message>
    <message>
        <source>&amp;Heymarket account</source>
        <translation>Cuenta de &amp;Heymarket</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>For example: Support team</source>
        <translation>Por ejemplo: Equipo de soporte</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Team API &amp;key</source>
        <translation>&amp;Clave de API del equipo</translation>
    </message>
    <message>
        <source>Secret &amp;ID and Secret Key</source>
        <translation>Secret &amp;ID y Secret Key</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Secret ID</source>
        <translation>Secret ID</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Cla&amp;ve de API:</translation>
    </message>
    <message>
        <source>Secret I&amp;D:</source>
        <translation>Secret I&amp;D:</translation>
    </message>
    <message>
        <source>Secret K&amp;ey:</source>
        <translation>Secret K&amp;ey:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>&amp;Región telefónica predeterminada:</translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation>Intervalo de sincronización</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Sincroni&amp;zar cada:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dé un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>Enter the team API key.</source>
        <translation>Introduzca la clave de API del equipo.</translation>
    </message>
    <message>
        <source>Enter both the Secret ID and the Secret Key.</source>
        <translation>Introduzca tanto el Secret ID como la Secret Key.</translation>
    </message>
    <message>
        <source>Enter the Secret ID and the Secret Key.</source>
        <translation>Introduzca el Secret ID y la Secret Key.</translation>
    </message>
    <message>
        <source>Enter the credentials to test them.</source>
        <translation>Introduzca las credenciales para probarlas.</translation>
    </message>
    <message>
        <source>Testing is not available here.</source>
        <translation>Aquí no se puede probar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: the server accepted the credentials.</source>
        <translation>Conectado: el servidor aceptó las credenciales.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s keychain, never in the settings file, each for its own account and server. Leave them empty to keep the ones already stored.</source>
        <translation>Las claves se guardan en el llavero de este ordenador, nunca en el archivo de ajustes, cada una para su cuenta y su servidor. Déjelas vacías para conservar las ya guardadas.</translation>
    </message>
    <message>
        <source>The server or the name changed: enter the key for it. A stored key is only sent to the server it was saved for.</source>
        <translation>El servidor o el nombre cambió: escriba la clave correspondiente. Una clave guardada solo se envía al servidor para el que se guardó.</translation>
    </message>
    <message>
        <source>The server address must be an https address such as https://api.heymarket.com.</source>
        <translation>La dirección del servidor debe ser https, como https://api.heymarket.com.</translation>
    </message>
    <message>
        <source>The server address “%1” is not https://: the key would travel in clear. Use https:// (plain http:// is only for this computer&apos;s own addresses, such as http://127.0.0.1).</source>
        <translation>La dirección del servidor «%1» no es https://: la clave viajaría sin cifrar. Use https:// (http:// sin cifrar solo para las direcciones de este ordenador, como http://127.0.0.1).</translation>
    </message>
    <message>
        <source>The server or the name changed: enter the team API key for it (the stored key is only sent to the server it was saved for).</source>
        <translation>El servidor o el nombre cambió: escriba la clave de API del equipo correspondiente (la clave guardada solo se envía al servidor para el que se guardó).</translation>
    </message>
    <message>
        <source>The server or the name changed: enter the Secret ID and the Secret Key for it (the stored secret is only sent to the server it was saved for).</source>
        <translation>El servidor o el nombre cambió: escriba el Secret ID y la Secret Key correspondientes (el secreto guardado solo se envía al servidor para el que se guardó).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>La prueba de conexión falló: %1</translation>
    </message>
    <message>
        <source>ContactDesk will keep trying this server and show what it answers. Save these settings anyway?</source>
        <translation>ContactDesk seguirá intentándolo con este servidor y mostrará lo que responda. ¿Guardar la configuración de todos modos?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStateBanner</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>Guardado en el servidor.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>“%1” was changed on the server too.</source>
        <translation>«%1» también se cambió en el servidor.</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Conservar el mío: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Tomar el del servidor: %1</translation>
    </message>
    <message>
        <source>Some edits need your decision.</source>
        <translation>Algunos cambios necesitan su decisión.</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) waiting to reach the server.</source>
        <translation>
            <numerusform>%Ln cambio espera llegar al servidor.</numerusform>
            <numerusform>%Ln cambios esperan llegar al servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStatusBar</name>
    <message>
        <source>Edits that need attention</source>
        <translation>Cambios que requieren atención</translation>
    </message>
    <message>
        <source>Show the next contact whose edit the server refused</source>
        <translation>Mostrar el siguiente contacto cuyo cambio rechazó el servidor</translation>
    </message>
    <message>
        <source>Messages not sent</source>
        <translation>Mensajes no enviados</translation>
    </message>
    <message>
        <source>Send the messages that failed or were not sent again</source>
        <translation>Volver a enviar los mensajes que fallaron o no se enviaron</translation>
    </message>
    <message>
        <source>Offline; edits are kept and sent when the server is back</source>
        <translation>Sin conexión; los cambios se guardan y se envían cuando vuelva el servidor</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 contacts</source>
        <translation>Sincronizando: %1 de %2 contactos</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>%1 is syncing this profile; this window syncs when it is done</source>
        <translation>%1 está sincronizando este perfil; esta ventana sincroniza cuando termine</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln second(s) left</source>
        <translation>
            <numerusform>queda %Ln segundo aprox.</numerusform>
            <numerusform>quedan %Ln segundos aprox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>queda %Ln minuto aprox.</numerusform>
            <numerusform>quedan %Ln minutos aprox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>queda %Ln hora aprox.</numerusform>
            <numerusform>quedan %Ln horas aprox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el sandbox local…</translation>
    </message>
    <message>
        <source>Preparing the demo team: %1 of %2 contacts</source>
        <translation>Preparando el equipo de demostración: %1 de %2 contactos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio en espera</numerusform>
            <numerusform>%Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) failed</source>
        <translation>
            <numerusform>%Ln cambio fallido</numerusform>
            <numerusform>%Ln cambios fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) need attention</source>
        <translation>
            <numerusform>%Ln cambio requiere atención</numerusform>
            <numerusform>%Ln cambios requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not sent</source>
        <translation>
            <numerusform>%Ln mensaje no enviado</numerusform>
            <numerusform>%Ln mensajes no enviados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::TagChipEditor</name>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>A contact can have at most five tags; remove one before adding “%1”.</source>
        <translation>Un contacto puede tener cinco etiquetas como máximo; quite una antes de añadir «%1».</translation>
    </message>
    <message>
        <source>The team has no tag called “%1”. Pick one of the suggested tags.</source>
        <translation>El equipo no tiene ninguna etiqueta llamada «%1». Elija una de las etiquetas sugeridas.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>The team has no tag called “%1”. Create it?</source>
        <translation>El equipo no tiene ninguna etiqueta llamada «%1». ¿Crearla?</translation>
    </message>
    <message>
        <source>Creating the tag “%1”…</source>
        <translation>Creando la etiqueta «%1»…</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created: %2</source>
        <translation>No se pudo crear la etiqueta «%1»: %2</translation>
    </message>
    <message>
        <source>The contact already has the tag “%1”.</source>
        <translation>El contacto ya tiene la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Create the tag</source>
        <translation>Crear la etiqueta</translation>
    </message>
    <message>
        <source>Five tags: remove one first</source>
        <translation>Cinco etiquetas: quite una antes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ContactDesk manages and messages your team&apos;s Heymarket contacts. With no account configured it opens a local sandbox workspace with demo data.</source>
        <translation>ContactDesk gestiona los contactos de Heymarket de su equipo y les escribe. Sin una cuenta configurada abre un espacio de trabajo local en el sandbox con datos de demostración.</translation>
    </message>
    <message>
        <source>Keep every setting and data file under DIR instead of the usual places.</source>
        <translation>Guardar toda la configuración y los archivos de datos en DIR en lugar de los lugares habituales.</translation>
    </message>
    <message>
        <source>Size of the demo team seeded when the sandbox workspace is first created.</source>
        <translation>Tamaño del equipo de demostración que se crea al generar por primera vez el espacio de trabajo del sandbox.</translation>
    </message>
    <message>
        <source>After the first sync, save pictures of the window and dialogs to DIR, then quit (used by scripts/screenshots).</source>
        <translation>Tras la primera sincronización, guardar imágenes de la ventana y los diálogos en DIR y salir (lo usa scripts/screenshots).</translation>
    </message>
    <message>
        <source>CSV files to import (each opens the import wizard).</source>
        <translation>Archivos CSV para importar (cada uno abre el asistente de importación).</translation>
    </message>
    <message>
        <source>--sandbox-contacts takes a number (0 or more)</source>
        <translation>--sandbox-contacts admite un número (0 o más)</translation>
    </message>
    <message>
        <source>Other launches will open a second window: %1</source>
        <translation>Otros inicios abrirán una segunda ventana: %1</translation>
    </message>
    <message>
        <source>ContactDesk cannot start</source>
        <translation>ContactDesk no puede iniciarse</translation>
    </message>
    <message>
        <source>A local server with the same paths, bodies and limits as the Heymarket REST API (contacts v1/v2, channels, custom fields, tags, team, users, inboxes), for ContactDesk and its tests. Listens on 127.0.0.1 only.</source>
        <translation>Un servidor local con las mismas rutas, cuerpos y límites que la API REST de Heymarket (contactos v1/v2, canales, campos personalizados, etiquetas, equipo, usuarios, bandejas de entrada), para ContactDesk y sus pruebas. Escucha solo en 127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP port; 0 picks a free one. The address is printed as &quot;listening on http://127.0.0.1:PORT&quot;.</source>
        <translation>Puerto TCP; 0 elige uno libre. La dirección se imprime como &quot;listening on http://127.0.0.1:PORT&quot;.</translation>
    </message>
    <message>
        <source>SQLite data file (created when missing). Without it the data lives in memory and is gone at exit.</source>
        <translation>Archivo de datos SQLite (se crea si falta). Sin él, los datos viven en memoria y se pierden al salir.</translation>
    </message>
    <message>
        <source>Team API key accepted as &quot;Authorization: Bearer KEY&quot;. Repeat for several. Default when no credential is given: &quot;sandbox&quot;.</source>
        <translation>Clave de API del equipo aceptada como &quot;Authorization: Bearer KEY&quot;. Repítala para varias. Predeterminada si no se da ninguna credencial: &quot;sandbox&quot;.</translation>
    </message>
    <message>
        <source>API Secret ID for HS256 JWTs (with --secret-key; repeat the pair for a second secret).</source>
        <translation>API Secret ID para JWT HS256 (con --secret-key; repita el par para un segundo secreto).</translation>
    </message>
    <message>
        <source>API Secret Key that goes with the --secret-id in the same position.</source>
        <translation>API Secret Key que acompaña al --secret-id en la misma posición.</translation>
    </message>
    <message>
        <source>On an empty database, create a deterministic demo team with N contacts.</source>
        <translation>Con una base de datos vacía, crear un equipo de demostración determinista con N contactos.</translation>
    </message>
    <message>
        <source>Requests per rolling minute per credential before 429 (0 = unlimited).</source>
        <translation>Solicitudes por minuto móvil y credencial antes de 429 (0 = sin límite).</translation>
    </message>
    <message>
        <source>Delay every answer by N milliseconds.</source>
        <translation>Retrasar cada respuesta N milisegundos.</translation>
    </message>
    <message>
        <source>Share (0..1) of requests answered 500 without doing anything.</source>
        <translation>Proporción (0..1) de solicitudes respondidas con 500 sin hacer nada.</translation>
    </message>
    <message>
        <source>Share (0..1) of requests whose connection is closed without an answer, after the work is done.</source>
        <translation>Proporción (0..1) de solicitudes cuya conexión se cierra sin respuesta después de hacer el trabajo.</translation>
    </message>
    <message>
        <source>Largest accepted request body in bytes; larger ones get 413.</source>
        <translation>Mayor cuerpo de solicitud aceptado en bytes; los mayores reciben 413.</translation>
    </message>
    <message>
        <source>Do not log one line per request on stderr.</source>
        <translation>No registrar una línea por solicitud en stderr.</translation>
    </message>
    <message>
        <source>How the sandbox workspace reads the points the Heymarket docs leave open: &quot;strict&quot; (the default: the reading hardest for ContactDesk, so what works here works on any real account) or &quot;lenient&quot;.</source>
        <translation>Cómo lee el espacio de trabajo de la sandbox los puntos que la documentación de Heymarket deja abiertos: &quot;strict&quot; (predeterminado: la lectura más difícil para ContactDesk, así lo que funciona aquí funciona en cualquier cuenta real) o &quot;lenient&quot;.</translation>
    </message>
    <message>
        <source>--reading takes &quot;strict&quot; or &quot;lenient&quot;</source>
        <translation>--reading admite &quot;strict&quot; o &quot;lenient&quot;</translation>
    </message>
    <message>
        <source>The team&apos;s id (GET /v1/team) for a new database; default 7. A data file of another team is refused.</source>
        <translation>El id del equipo (GET /v1/team) para una base de datos nueva; por defecto 7. Se rechaza un archivo de datos de otro equipo.</translation>
    </message>
    <message>
        <source>The team&apos;s name (GET /v1/team).</source>
        <translation>El nombre del equipo (GET /v1/team).</translation>
    </message>
    <message>
        <source>How to read the points the Heymarket docs leave open: &quot;lenient&quot; (the default: kind to a client) or &quot;strict&quot; (hardest for a client: omitted fields cleared on update, no Retry-After, plain-text errors, ...). See sandbox/README.md.</source>
        <translation>Cómo leer los puntos que la documentación de Heymarket deja abiertos: &quot;lenient&quot; (predeterminado: amable con el cliente) o &quot;strict&quot; (lo más difícil para un cliente: los campos omitidos se vacían al actualizar, sin Retry-After, errores en texto plano, ...). Véase sandbox/README.md.</translation>
    </message>
    <message>
        <source>Delay every answer by a further random 0..N milliseconds (seeded dice).</source>
        <translation>Retrasar cada respuesta otros 0..N milisegundos al azar (dados con semilla).</translation>
    </message>
    <message>
        <source>Share (0..1) of requests answered 429 without doing anything (Retry-After in the lenient reading only).</source>
        <translation>Proporción (0..1) de peticiones respondidas con 429 sin hacer nada (Retry-After solo en la lectura indulgente).</translation>
    </message>
    <message>
        <source>Share (0..1) of requests whose connection is closed without an answer, before anything is done.</source>
        <translation>Proporción (0..1) de peticiones cuya conexión se cierra sin respuesta, antes de hacer nada.</translation>
    </message>
    <message>
        <source>Seed of the fault-injection dice.</source>
        <translation>Semilla de los dados de inyección de fallos.</translation>
    </message>
    <message>
        <source>The palette of the pictures --screenshots takes.</source>
        <translation>La paleta de las imágenes que toma --screenshots.</translation>
    </message>
</context>
</TS>
