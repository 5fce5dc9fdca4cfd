<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The credentials were refused</source>
        <translation>Die Zugangsdaten wurden abgelehnt</translation>
    </message>
    <message>
        <source>Not allowed for this team or sender</source>
        <translation>Für dieses Team oder diesen Absender nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests; slowing down</source>
        <translation>Zu viele Anfragen; es wird langsamer gesendet</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Fehler auf dem Server</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Die Antwort des Servers ist nicht lesbar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (Feld %1)</translation>
    </message>
    <message>
        <source> [request %1]</source>
        <translation> [Anfrage %1]</translation>
    </message>
    <message>
        <source>Not sent, to keep the credentials safe</source>
        <translation>Nicht gesendet, um die Zugangsdaten zu schützen</translation>
    </message>
    <message>
        <source> (the server asked to wait %1; trying again in %2)</source>
        <translation> (der Server bat, %1 zu warten; neuer Versuch in %2)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::ApiRequest</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the server at %1 redirected to %2, another server; ContactDesk does not send the key there. If the server has moved, change the Server in Settings.</source>
        <translation>Der Server %1 leitete zu %2 weiter, einem anderen Server; ContactDesk sendet den Schlüssel nicht dorthin. Wenn der Server umgezogen ist, ändern Sie den Server in den Einstellungen.</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>eine Adresse, die er nicht nannte</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB; not read</source>
        <translation>die Antwort ist größer als %1 MiB; nicht gelesen</translation>
    </message>
    <message>
        <source>the answer was not complete after %1 s</source>
        <translation>die Antwort war nach %1 s nicht vollständig</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::BulkDeleteContactsV2Request</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>unerwartete Antwort auf ein Löschen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::ContactPager</name>
    <message>
        <source>cannot step past the cursor %1</source>
        <translation>kann nicht über den Cursor %1 hinaus blättern</translation>
    </message>
    <message>
        <source>More than %1 contacts share the update time %2 and the server offers no way to page through them; some of them may be missing until they change again.</source>
        <translation>Mehr als %1 Kontakte haben dieselbe Änderungszeit %2, und der Server bietet keine Möglichkeit, durch sie zu blättern; einige könnten fehlen, bis sie sich wieder ändern.</translation>
    </message>
    <message>
        <source>%1 answers in a row brought no contact not seen before (at the cursor %2); the server seems to ignore the paging parameters</source>
        <translation>%1 Antworten hintereinander brachten keinen neuen Kontakt (beim Cursor %2); der Server scheint die Seitenparameter zu ignorieren</translation>
    </message>
    <message>
        <source>the server ignores the date cursor: asked for contacts updated at or before %1, it answered with ones updated at %2 again</source>
        <translation>der Server ignoriert den Datumscursor: gefragt nach Kontakten, die bis %1 geändert wurden, antwortete er wieder mit solchen vom %2</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::Credentials</name>
    <message>
        <source>“%1” is not an https:// address: the API key would travel in clear. Use https:// (plain http:// is only for this computer&apos;s own addresses, such as http://127.0.0.1).</source>
        <translation>„%1“ ist keine https://-Adresse: der API-Schlüssel würde im Klartext übertragen. Verwenden Sie https:// (einfaches http:// nur für Adressen dieses Computers, etwa http://127.0.0.1).</translation>
    </message>
    <message>
        <source>“%1” is not a server address such as https://api.heymarket.com.</source>
        <translation>„%1“ ist keine Serveradresse wie https://api.heymarket.com.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteChannelRequest</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>unerwartete Antwort auf ein Löschen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteContactRequest</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>unerwartete Antwort auf ein Löschen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteContactV2Request</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>unerwartete Antwort auf ein Löschen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteListRequest</name>
    <message>
        <source>the server did not delete list %1</source>
        <translation>der Server hat die Liste %1 nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::DeleteTagRequest</name>
    <message>
        <source>unexpected answer to a delete</source>
        <translation>unerwartete Antwort auf ein Löschen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::HeymarketClient</name>
    <message>
        <source>the server address %1 names no host</source>
        <translation>die Serveradresse %1 nennt keinen Host</translation>
    </message>
    <message>
        <source>ContactDesk sends your key only over HTTPS: %1 is not https (plain http is allowed only to this computer)</source>
        <translation>ContactDesk sendet Ihren Schlüssel nur über HTTPS: %1 ist nicht https (einfaches http nur zu diesem Computer)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::SecretVault</name>
    <message>
        <source>No keychain service is running (%1). ContactDesk keeps your Heymarket credentials for this session only; you will be asked again next time.</source>
        <translation>Kein Schlüsselbund-Dienst läuft (%1). ContactDesk behält Ihre Heymarket-Zugangsdaten nur für diese Sitzung; beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Api::SetContactStatusRequest</name>
    <message>
        <source>unexpected answer to set_status</source>
        <translation>unerwartete Antwort auf set_status</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ApiJson</name>
    <message>
        <source>expected a list of %1</source>
        <translation>eine Liste von %1 erwartet</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <translation>%1 [%2]: %3</translation>
    </message>
    <message>
        <source>a channel must be an object</source>
        <translation>ein Kanal muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a channel has no channel_type</source>
        <translation>ein Kanal hat keinen channel_type</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanälen</translation>
    </message>
    <message>
        <source>a contact must be an object</source>
        <translation>ein Kontakt muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a contact has no integer id</source>
        <translation>ein Kontakt hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>contact %1: phone is not a string</source>
        <translation>Kontakt %1: die Telefonnummer ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>contact %1: a tag has no id</source>
        <translation>Kontakt %1: ein Tag hat keine ID</translation>
    </message>
    <message>
        <source>contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakten</translation>
    </message>
    <message>
        <source>a tag must be an object</source>
        <translation>ein Tag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a tag has no integer id</source>
        <translation>ein Tag hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>expected {id, rev, uuid}</source>
        <translation>{id, rev, uuid} erwartet</translation>
    </message>
    <message>
        <source>the answer has no integer id</source>
        <translation>die Antwort hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>expected a contact status object</source>
        <translation>ein Kontaktstatus-Objekt erwartet</translation>
    </message>
    <message>
        <source>a custom field has no integer id</source>
        <translation>ein benutzerdefiniertes Feld hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>benutzerdefinierten Feldern</translation>
    </message>
    <message>
        <source>expected a team object</source>
        <translation>ein Team-Objekt erwartet</translation>
    </message>
    <message>
        <source>a member has no integer id</source>
        <translation>ein Mitglied hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitgliedern</translation>
    </message>
    <message>
        <source>a membership has no integer id</source>
        <translation>eine Mitgliedschaft hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>an inbox has no integer id</source>
        <translation>ein Posteingang hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>inboxes</source>
        <translation>Posteingängen</translation>
    </message>
    <message>
        <source>expected a count</source>
        <translation>eine Anzahl erwartet</translation>
    </message>
    <message>
        <source>expected &quot;ok&quot; or a list of contacts</source>
        <translation>&quot;ok&quot; oder eine Liste von Kontakten erwartet</translation>
    </message>
    <message>
        <source>refused by the server (no reason given)</source>
        <translation>vom Server abgelehnt (ohne Angabe von Gründen)</translation>
    </message>
    <message>
        <source>expected {contacts, failed_contacts}</source>
        <translation>{contacts, failed_contacts} erwartet</translation>
    </message>
    <message>
        <source>a message has no integer id</source>
        <translation>eine Nachricht hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>the send answer has no message id</source>
        <translation>die Antwort auf das Senden hat keine Nachrichten-ID</translation>
    </message>
    <message>
        <source>a template has no integer id</source>
        <translation>eine Vorlage hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>a conversation has no integer id</source>
        <translation>eine Unterhaltung hat keine ganzzahlige ID</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>list_size is not a count</source>
        <translation>list_size ist keine Anzahl</translation>
    </message>
    <message>
        <source>membership %1: role_id is out of range</source>
        <translation>Mitgliedschaft %1: role_id liegt außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>ContactDesk::App::AppContext</name>
    <message>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <source>Resuming an import that was interrupted…</source>
        <translation>Ein unterbrochener Import wird fortgesetzt…</translation>
    </message>
    <message>
        <source>The interrupted import is done.</source>
        <translation>Der unterbrochene Import ist fertig.</translation>
    </message>
    <message>
        <source>The interrupted import stopped: %1</source>
        <translation>Der unterbrochene Import wurde angehalten: %1</translation>
    </message>
    <message>
        <source>The import of %1 is being sent by %2; the window leaves it to that program (and resumes it if that program stops without finishing).</source>
        <translation>Der Import von %1 wird von %2 gesendet; das Fenster überlässt ihn diesem Programm (und setzt ihn fort, falls es aufhört, ohne fertig zu sein).</translation>
    </message>
    <message>
        <source>The import of %1 was stopped.</source>
        <translation>Der Import von %1 wurde angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was stopped with %Ln row(s) not sent yet: File ▸ Resume the stopped import sends them.</source>
        <translation>
            <numerusform>Der Import von %1 wurde angehalten, %Ln Zeile ist noch nicht gesendet: Datei ▸ Angehaltenen Import fortsetzen sendet sie.</numerusform>
            <numerusform>Der Import von %1 wurde angehalten, %Ln Zeilen sind noch nicht gesendet: Datei ▸ Angehaltenen Import fortsetzen sendet sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 that another program was sending is done: %Ln contact(s) created.</source>
        <translation>
            <numerusform>Der Import von %1, den ein anderes Programm gesendet hat, ist fertig: %Ln Kontakt angelegt.</numerusform>
            <numerusform>Der Import von %1, den ein anderes Programm gesendet hat, ist fertig: %Ln Kontakte angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::App::ScreenshotTour</name>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, your order’s ready — see you at the counter!</source>
        <translation>Hallo {{first_name}}, Ihre Bestellung ist fertig – bis gleich an der Theke!</translation>
    </message>
    <message>
        <source>Amara</source>
        <translation>Amara</translation>
    </message>
    <message>
        <source>415 555 01</source>
        <translation>030 1234</translation>
    </message>
</context>
<context>
    <name>ContactDesk::App::SingleInstance</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 belongs to another user (uid %2)</source>
        <translation>der Ordner %1 gehört einem anderen Benutzer (uid %2)</translation>
    </message>
    <message>
        <source>the folder %1 can be entered by other users (mode %2)</source>
        <translation>der Ordner %1 ist für andere Benutzer zugänglich (Modus %2)</translation>
    </message>
    <message>
        <source>there is no private folder for the socket</source>
        <translation>es gibt keinen privaten Ordner für den Socket</translation>
    </message>
    <message>
        <source>%1 is not this user&apos;s socket; it is left alone</source>
        <translation>%1 ist nicht der Socket dieses Benutzers; er bleibt unberührt</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::AddCommand</name>
    <message>
        <source>Add a contact.</source>
        <translation>Einen Kontakt hinzufügen.</translation>
    </message>
    <message>
        <source>add needs --phone or --email</source>
        <translation>add braucht --phone oder --email</translation>
    </message>
    <message>
        <source>The server refused the new contact: %1</source>
        <translation>Der Server hat den neuen Kontakt abgelehnt: %1</translation>
    </message>
    <message>
        <source>The contact is saved here but not on the server yet (%1); it goes with the next command or the app.</source>
        <translation>Der Kontakt ist hier gespeichert, aber noch nicht auf dem Server (%1); er geht mit dem nächsten Befehl oder der App hinüber.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Command</name>
    <message>
        <source>The app profile whose account to use (its folder).</source>
        <translation>Das App-Profil, dessen Konto verwendet wird (sein Ordner).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Use this Heymarket-compatible server instead of the profile&apos;s account.</source>
        <translation>Diesen Heymarket-kompatiblen Server statt des Kontos des Profils verwenden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only contacts with this tag (repeat it for several: contacts with all of them).</source>
        <translation>Nur Kontakte mit diesem Tag (mehrfach angeben für mehrere: Kontakte mit allen davon).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The contact: its phone number (as people write it), email address, id or UUID.</source>
        <translation>Der Kontakt: seine Telefonnummer (wie man sie schreibt), E-Mail-Adresse, ID oder UUID.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>“contactdesk-cli help %1” lists its options.</source>
        <translation>„contactdesk-cli help %1“ listet seine Optionen auf.</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>API-Schlüssel (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Read the server&apos;s API key from FILE (its first line; the file must not be readable by other users).</source>
        <translation>Den API-Schlüssel des Servers aus DATEI lesen (ihre erste Zeile; andere Benutzer dürfen die Datei nicht lesen können).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the server&apos;s API key from standard input (its first line).</source>
        <translation>Den API-Schlüssel des Servers von der Standardeingabe lesen (ihre erste Zeile).</translation>
    </message>
    <message>
        <source>The server&apos;s API key. Other users of this computer can see a command line: prefer CONTACTDESK_API_KEY, --api-key-file or --api-key-stdin.</source>
        <translation>Der API-Schlüssel des Servers. Andere Benutzer dieses Computers können eine Befehlszeile sehen: besser CONTACTDESK_API_KEY, --api-key-file oder --api-key-stdin.</translation>
    </message>
    <message>
        <source>give the API key one way: --api-key, --api-key-file or --api-key-stdin</source>
        <translation>geben Sie den API-Schlüssel auf einem Weg an: --api-key, --api-key-file oder --api-key-stdin</translation>
    </message>
    <message>
        <source>--api-url: “%1” is not a server address such as https://api.heymarket.com</source>
        <translation>--api-url: „%1“ ist keine Serveradresse wie https://api.heymarket.com</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>Warning: --api-key puts the key on the command line, where other users of this computer can read it (ps, /proc). Use CONTACTDESK_API_KEY, --api-key-file FILE or --api-key-stdin instead.</source>
        <translation>Warnung: --api-key setzt den Schlüssel in die Befehlszeile, wo andere Benutzer dieses Computers ihn lesen können (ps, /proc). Verwenden Sie stattdessen CONTACTDESK_API_KEY, --api-key-file DATEI oder --api-key-stdin.</translation>
    </message>
    <message>
        <source>--api-key-file: cannot read %1: %2</source>
        <translation>--api-key-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--api-key-file: %1 can be read by other users of this computer (mode %2); make it private first: chmod 600 %1</source>
        <translation>--api-key-file: %1 kann von anderen Benutzern dieses Computers gelesen werden (Modus %2); machen Sie die Datei zuerst privat: chmod 600 %1</translation>
    </message>
    <message>
        <source>--api-key-file: %1 is larger than a key (more than %2 bytes)</source>
        <translation>--api-key-file: %1 ist größer als ein Schlüssel (mehr als %2 Bytes)</translation>
    </message>
    <message>
        <source>--api-key-file: %1 holds no key</source>
        <translation>--api-key-file: %1 enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>--api-key-file: %1 holds more than one line; the key is its only line</source>
        <translation>--api-key-file: %1 enthält mehr als eine Zeile; der Schlüssel ist ihre einzige Zeile</translation>
    </message>
    <message>
        <source>--api-key-stdin: the first line is longer than a key (more than %1 bytes)</source>
        <translation>--api-key-stdin: die erste Zeile ist länger als ein Schlüssel (mehr als %1 Bytes)</translation>
    </message>
    <message>
        <source>--api-key-stdin: standard input holds no key</source>
        <translation>--api-key-stdin: die Standardeingabe enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>--api-url needs an API key: CONTACTDESK_API_KEY, --api-key-file FILE or --api-key-stdin</source>
        <translation>--api-url braucht einen API-Schlüssel: CONTACTDESK_API_KEY, --api-key-file DATEI oder --api-key-stdin</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ContactChanges</name>
    <message>
        <source>The first name.</source>
        <translation>Der Vorname.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The last name.</source>
        <translation>Der Nachname.</translation>
    </message>
    <message>
        <source>The name shown for the contact.</source>
        <translation>Der Name, unter dem der Kontakt angezeigt wird.</translation>
    </message>
    <message>
        <source>The phone number, as people write it (without a country code: in the profile&apos;s region).</source>
        <translation>Die Telefonnummer, wie man sie schreibt (ohne Ländervorwahl: in der Region des Profils).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The email address (an empty one clears it).</source>
        <translation>Die E-Mail-Adresse (eine leere löscht sie).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>The owner: a member of the team, by name or id.</source>
        <translation>Die zuständige Person: ein Mitglied des Teams, nach Name oder ID.</translation>
    </message>
    <message>
        <source>The owner: a member of the team, by name or id, or none.</source>
        <translation>Die zuständige Person: ein Mitglied des Teams, nach Name oder ID, oder none.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <source>A tag (repeat it for several, at most five); a tag the team lacks is created.</source>
        <translation>Ein Tag (mehrfach angeben für mehrere, höchstens fünf); ein Tag, den das Team nicht hat, wird angelegt.</translation>
    </message>
    <message>
        <source>+NAME adds a tag, -NAME removes one (repeat it for several; at most five tags); a tag the team lacks is created.</source>
        <translation>+NAME fügt einen Tag hinzu, -NAME entfernt einen (mehrfach angeben für mehrere; höchstens fünf Tags); ein Tag, den das Team nicht hat, wird angelegt.</translation>
    </message>
    <message>
        <source>+NAME|-NAME</source>
        <translation>+NAME|-NAME</translation>
    </message>
    <message>
        <source>A custom field&apos;s value, by the field&apos;s title (TITLE= clears it; repeat it for several).</source>
        <translation>Der Wert eines benutzerdefinierten Felds, nach dem Titel des Felds (TITEL= löscht ihn; mehrfach angeben für mehrere).</translation>
    </message>
    <message>
        <source>TITLE=VALUE</source>
        <translation>TITEL=WERT</translation>
    </message>
    <message>
        <source>--field takes TITLE=VALUE, not “%1”</source>
        <translation>--field nimmt TITEL=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>--tag needs a tag&apos;s name, not “%1”</source>
        <translation>--tag braucht den Namen eines Tags, nicht „%1“</translation>
    </message>
    <message>
        <source>--tag %1: a new contact has no tags to remove</source>
        <translation>--tag %1: ein neuer Kontakt hat keine Tags zum Entfernen</translation>
    </message>
    <message>
        <source>--phone: a contact needs a phone number; it cannot be cleared</source>
        <translation>--phone: ein Kontakt braucht eine Telefonnummer; sie kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>--phone %1: %2</source>
        <translation>--phone %1: %2</translation>
    </message>
    <message>
        <source>%1 already belongs to a contact: %2</source>
        <translation>%1 gehört schon zu einem Kontakt: %2</translation>
    </message>
    <message>
        <source>--email %1: %2</source>
        <translation>--email %1: %2</translation>
    </message>
    <message>
        <source>add needs --phone or --email</source>
        <translation>add braucht --phone oder --email</translation>
    </message>
    <message>
        <source>--owner: the team has no member “%1”</source>
        <translation>--owner: das Team hat kein Mitglied „%1“</translation>
    </message>
    <message>
        <source>--owner: several members are called “%1”; give the id (%2)</source>
        <translation>--owner: mehrere Mitglieder heißen „%1“; geben Sie die ID an (%2)</translation>
    </message>
    <message>
        <source>--field: the team has no custom field “%1” (it has none)</source>
        <translation>--field: das Team hat kein benutzerdefiniertes Feld „%1“ (es hat keine)</translation>
    </message>
    <message>
        <source>--field: the team has no custom field “%1” (it has: %2)</source>
        <translation>--field: das Team hat kein benutzerdefiniertes Feld „%1“ (es hat: %2)</translation>
    </message>
    <message>
        <source>--tag %1: the team has no tag “%2”</source>
        <translation>--tag %1: das Team hat keinen Tag „%2“</translation>
    </message>
    <message>
        <source>A contact can have at most five tags; “%1” would be its sixth (--tag -NAME removes one).</source>
        <translation>Ein Kontakt kann höchstens fünf Tags haben; „%1“ wäre sein sechster (--tag -NAME entfernt einen).</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created: %2</source>
        <translation>Der Tag „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Created the tag “%1”.</source>
        <translation>Der Tag „%1“ wurde angelegt.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ContactLookup</name>
    <message>
        <source>--tag: the team has no tag “%1”</source>
        <translation>--tag: Das Team hat kein Schlagwort „%1“</translation>
    </message>
    <message>
        <source>The contact %1 could not be looked up: %2</source>
        <translation>Der Kontakt %1 konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>No contact is “%1”.</source>
        <translation>Kein Kontakt ist „%1“.</translation>
    </message>
    <message>
        <source>No contact is “%1”: it is no contact&apos;s id, and not a phone number (%2).</source>
        <translation>Kein Kontakt ist „%1“: es ist keine Kontakt-ID und keine Telefonnummer (%2).</translation>
    </message>
    <message>
        <source>“%1” names no contact: it is neither a phone number, an email address, an id nor a UUID.</source>
        <translation>„%1“ bezeichnet keinen Kontakt: es ist weder eine Telefonnummer noch eine E-Mail-Adresse, eine ID oder eine UUID.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n contact(s); name one by its id:</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Kontakt; nennen Sie einen mit seiner ID:</numerusform>
            <numerusform>„%1“ bezeichnet %n Kontakte; nennen Sie einen mit seiner ID:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ContactView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
    <message>
        <source>blocked and opted out</source>
        <translation>gesperrt und abbestellt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>abbestellt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet darauf, gesendet zu werden</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>in conflict with a change on the server</source>
        <translation>im Konflikt mit einer Änderung auf dem Server</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::EditCommand</name>
    <message>
        <source>The messaging status: active (neither blocked nor opted out), blocked, unblocked, opted-out or subscribed.</source>
        <translation>Der Nachrichtenstatus: active (weder gesperrt noch abbestellt), blocked, unblocked, opted-out oder subscribed.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Change a contact: only what is given.</source>
        <translation>Einen Kontakt ändern: nur das Angegebene.</translation>
    </message>
    <message>
        <source>edit needs something to change</source>
        <translation>edit braucht etwas zum Ändern</translation>
    </message>
    <message>
        <source>--status takes %1, not “%2”</source>
        <translation>--status nimmt %1, nicht „%2“</translation>
    </message>
    <message>
        <source>An earlier change of %1 waits for a decision (%2): retry or discard it in the app first.</source>
        <translation>Eine frühere Änderung von %1 wartet auf eine Entscheidung (%2): wiederholen oder verwerfen Sie sie zuerst in der App.</translation>
    </message>
    <message>
        <source>%1 has all of that already.</source>
        <translation>%1 hat das alles schon.</translation>
    </message>
    <message>
        <source>The server refused the change of %1: %2. What it refused is taken back.</source>
        <translation>Der Server hat die Änderung von %1 abgelehnt: %2. Was er abgelehnt hat, wird zurückgenommen.</translation>
    </message>
    <message>
        <source>The change is saved here but not on the server yet (%1); it goes with the next command or the app.</source>
        <translation>Die Änderung ist hier gespeichert, aber noch nicht auf dem Server (%1); sie geht mit dem nächsten Befehl oder der App hinüber.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ExportCommand</name>
    <message>
        <source>Only the contacts the window&apos;s search box finds for this text.</source>
        <translation>Nur die Kontakte, die das Suchfeld des Fensters für diesen Text findet.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>No contact matches; nothing exported.</source>
        <translation>Kein Kontakt passt; nichts exportiert.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 contacts written to %2.</source>
        <translation>%1 Kontakte in %2 geschrieben.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Stopped at once; %1 was not written.</source>
        <translation>Sofort angehalten; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Stopped; %1 was not written.</source>
        <translation>Angehalten; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>For Excel: start the file with a UTF-8 byte order mark, and write cells that a spreadsheet would run as a formula (= + - @) with a quote in front.</source>
        <translation>Für Excel: die Datei mit einer UTF-8-Bytereihenfolgemarke beginnen und Zellen, die eine Tabellenkalkulation als Formel ausführen würde (= + - @), mit einem vorangestellten Apostroph schreiben.</translation>
    </message>
    <message>
        <source>csv, or vcf for vCard 3.0 (default: from FILE&apos;s suffix, .vcf or .vcard for vCard, else CSV).</source>
        <translation>csv, oder vcf für vCard 3.0 (Standard: nach der Endung von FILE, .vcf oder .vcard für vCard, sonst CSV).</translation>
    </message>
    <message>
        <source>csv|vcf</source>
        <translation>csv|vcf</translation>
    </message>
    <message>
        <source>The CSV or vCard file to write.</source>
        <translation>Die zu schreibende CSV- oder vCard-Datei.</translation>
    </message>
    <message>
        <source>Write contacts to a CSV or vCard file that imports back unchanged.</source>
        <translation>Kontakte in eine CSV- oder vCard-Datei schreiben, die sich unverändert wieder importieren lässt.</translation>
    </message>
    <message>
        <source>--format takes csv or vcf, not “%1”</source>
        <translation>--format nimmt csv oder vcf, nicht „%1“</translation>
    </message>
    <message>
        <source>--bom is for CSV files opened in Excel, not vCard</source>
        <translation>--bom gilt für CSV-Dateien für Excel, nicht für vCard</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ImportCommand</name>
    <message>
        <source>Check every row and report; send nothing.</source>
        <translation>Jede Zeile prüfen und berichten; nichts senden.</translation>
    </message>
    <message>
        <source>The region of phone numbers without a country code (default: the profile&apos;s).</source>
        <translation>Die Region von Telefonnummern ohne Ländervorwahl (Standard: die des Profils).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>A row whose phone number the team has: skip it (default) or update the contact.</source>
        <translation>Eine Zeile, deren Telefonnummer das Team schon hat: überspringen (Standard) oder den Kontakt aktualisieren.</translation>
    </message>
    <message>
        <source>skip|update</source>
        <translation>skip|update</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update, not “%1”</source>
        <translation>--on-duplicate nimmt skip oder update, nicht „%1“</translation>
    </message>
    <message>
        <source>--region: “%1” is not a region code such as US or GB</source>
        <translation>--region: „%1“ ist kein Regionscode wie US oder DE</translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3.</source>
        <translation>Angelegt %1, aktualisiert %2, fehlgeschlagen %3.</translation>
    </message>
    <message>
        <source>Import %1: created %2, updated %3, failed %4.</source>
        <translation>Import %1: angelegt %2, aktualisiert %3, fehlgeschlagen %4.</translation>
    </message>
    <message>
        <source>The upload stopped; run the same command to resume.</source>
        <translation>Das Hochladen wurde angehalten; führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 The rows checked then are kept in the journal: they are sent from there.</source>
        <translation>%1 Die damals geprüften Zeilen sind im Journal gespeichert: Sie werden von dort gesendet.</translation>
    </message>
    <message>
        <source>%1 is sending an import to this account; run this again when it is done.</source>
        <translation>%1 sendet gerade einen Import an dieses Konto; führen Sie dies erneut aus, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent; run the command again to check it as it is now.</source>
        <translation>%1 Nichts wurde gesendet; führen Sie den Befehl erneut aus, um die Datei so zu prüfen, wie sie jetzt ist.</translation>
    </message>
    <message>
        <source>With --on-duplicate update: the file&apos;s values replace the contact&apos;s (without it they only fill what the contact lacks). Empty cells, and columns the file does not have, never change a contact.</source>
        <translation>Mit --on-duplicate update: Die Werte der Datei ersetzen die des Kontakts (ohne diese Option füllen sie nur, was dem Kontakt fehlt). Leere Zellen und Spalten, die die Datei nicht hat, ändern nie einen Kontakt.</translation>
    </message>
    <message>
        <source>What a column is, over the guess from its header (repeatable): first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore, or custom:TITLE for a custom field.</source>
        <translation>Was eine Spalte ist, statt der Vermutung aus ihrer Überschrift (wiederholbar): first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore oder custom:TITEL für ein benutzerdefiniertes Feld.</translation>
    </message>
    <message>
        <source>HEADER=TARGET</source>
        <translation>ÜBERSCHRIFT=ZIEL</translation>
    </message>
    <message>
        <source>The phone columns in the order they are tried for the contact&apos;s phone (the first value found; the others become channels).</source>
        <translation>Die Telefonspalten in der Reihenfolge, in der sie für die Telefonnummer des Kontakts versucht werden (der erste gefundene Wert; die anderen werden Kanäle).</translation>
    </message>
    <message>
        <source>HEADER,HEADER</source>
        <translation>ÜBERSCHRIFT,ÜBERSCHRIFT</translation>
    </message>
    <message>
        <source>The same for the email columns.</source>
        <translation>Dasselbe für die E-Mail-Spalten.</translation>
    </message>
    <message>
        <source>Create a team custom field for each column that is not one of the team&apos;s (without it such columns are ignored, and named).</source>
        <translation>Für jede Spalte, die kein Feld des Teams ist, ein benutzerdefiniertes Feld des Teams anlegen (ohne diese Option werden solche Spalten übergangen und genannt).</translation>
    </message>
    <message>
        <source>The CSV or vCard (.vcf) file.</source>
        <translation>Die CSV- oder vCard-Datei (.vcf).</translation>
    </message>
    <message>
        <source>Check a CSV or vCard file row by row and import it.</source>
        <translation>Eine CSV- oder vCard-Datei Zeile für Zeile prüfen und importieren.</translation>
    </message>
    <message>
        <source>--map takes HEADER=TARGET (for example “Telefon=phone”), not “%1”</source>
        <translation>--map nimmt ÜBERSCHRIFT=ZIEL (zum Beispiel „Telefon=phone“), nicht „%1“</translation>
    </message>
    <message>
        <source>--map %1: “%2” is not a target; use first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore or custom:TITLE</source>
        <translation>--map %1: „%2“ ist kein Ziel; möglich sind first, last, name, phone, other-phone, email, other-email, tags, owner, opt-out, ignore oder custom:TITEL</translation>
    </message>
    <message>
        <source>--map %1: the file has no column “%2” (its columns: %3)</source>
        <translation>--map %1: Die Datei hat keine Spalte „%2“ (ihre Spalten: %3)</translation>
    </message>
    <message>
        <source>--%1: the file has no column “%2” (its columns: %3)</source>
        <translation>--%1: Die Datei hat keine Spalte „%2“ (ihre Spalten: %3)</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Spalten: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Übergangene Spalten: %1.</translation>
    </message>
    <message>
        <source>(--create-fields makes team custom fields of the unknown ones; --map HEADER=TARGET says what a column is.)</source>
        <translation>(--create-fields macht aus den unbekannten Spalten benutzerdefinierte Felder des Teams; --map ÜBERSCHRIFT=ZIEL sagt, was eine Spalte ist.)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>A channel was refused: %1</source>
        <translation>Ein Kanal wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Further phones and emails are waiting to be added (%1); the next command or the app sends them.</source>
        <translation>Weitere Telefonnummern und E-Mail-Adressen warten darauf, hinzugefügt zu werden (%1); der nächste Befehl oder die App sendet sie.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped by %1: %2 of %n row(s) sent (%3 created, %4 updated, %5 failed), %6 not sent yet. Run “%7” to resume.</source>
        <translation>
            <numerusform>Angehalten durch %1: %2 von %n Zeile gesendet (%3 angelegt, %4 aktualisiert, %5 fehlgeschlagen), %6 noch nicht gesendet. „%7“ setzt den Import fort.</numerusform>
            <numerusform>Angehalten durch %1: %2 von %n Zeilen gesendet (%3 angelegt, %4 aktualisiert, %5 fehlgeschlagen), %6 noch nicht gesendet. „%7“ setzt den Import fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Import %2 was not resumed and nothing was sent; it stays as it was (%n row(s) not sent yet). Put the file back as it was checked to resume it, or import the changed file under another name.</source>
        <translation>
            <numerusform>%1 Import %2 wurde nicht fortgesetzt und nichts wurde gesendet; er bleibt, wie er war (%n Zeile noch nicht gesendet). Stellen Sie die Datei so wieder her, wie sie geprüft wurde, um ihn fortzusetzen, oder importieren Sie die geänderte Datei unter einem anderen Namen.</numerusform>
            <numerusform>%1 Import %2 wurde nicht fortgesetzt und nichts wurde gesendet; er bleibt, wie er war (%n Zeilen noch nicht gesendet). Stellen Sie die Datei so wieder her, wie sie geprüft wurde, um ihn fortzusetzen, oder importieren Sie die geänderte Datei unter einem anderen Namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming import %1 of %2: %n row(s) still to send.</source>
        <translation>
            <numerusform>Import %1 von %2 wird fortgesetzt: noch %n Zeile zu senden.</numerusform>
            <numerusform>Import %1 von %2 wird fortgesetzt: noch %n Zeilen zu senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s): %2 new, %3 to update, %4 unchanged, %5 skipped, %6 invalid.</source>
        <translation>
            <numerusform>%1: %n Zeile: %2 neu, %3 zu aktualisieren, %4 unverändert, %5 übersprungen, %6 ungültig.</numerusform>
            <numerusform>%1: %n Zeilen: %2 neu, %3 zu aktualisieren, %4 unverändert, %5 übersprungen, %6 ungültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): owner not found, will be unassigned.</source>
        <translation>
            <numerusform>%n Zeile: Besitzer nicht gefunden, wird niemandem zugewiesen.</numerusform>
            <numerusform>%n Zeilen: Besitzer nicht gefunden, werden niemandem zugewiesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ImportUpload</name>
    <message>
        <source>%1 of %2 rows sent, about %3 s left</source>
        <translation>%1 von %2 Zeilen gesendet, noch etwa %3 s</translation>
    </message>
    <message>
        <source>%1 of %2 rows sent</source>
        <translation>%1 von %2 Zeilen gesendet</translation>
    </message>
    <message>
        <source>Stopped at once; run the same command to finish.</source>
        <translation>Sofort angehalten; derselbe Befehl macht es fertig.</translation>
    </message>
    <message>
        <source>Stopped at once; nothing is lost: “%1” resumes the import.</source>
        <translation>Sofort angehalten; nichts geht verloren: „%1“ setzt den Import fort.</translation>
    </message>
    <message>
        <source>Stopping after the batch on its way (again to stop at once)…</source>
        <translation>Halte nach dem Stapel an, der unterwegs ist (noch einmal, um sofort anzuhalten)…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ListCommand</name>
    <message>
        <source>List the contacts: id, name, phone and email.</source>
        <translation>Die Kontakte auflisten: ID, Name, Telefon und E-Mail.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Words that must all occur (names, email, custom values), or digits of a phone number.</source>
        <translation>Wörter, die alle vorkommen müssen (Namen, E-Mail, benutzerdefinierte Werte), oder Ziffern einer Telefonnummer.</translation>
    </message>
    <message>
        <source>List the contacts the window&apos;s search box finds.</source>
        <translation>Die Kontakte auflisten, die das Suchfeld des Fensters findet.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Output</name>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Program</name>
    <message>
        <source>ContactDesk on the command line: the contacts of the app&apos;s account (or of any Heymarket-compatible server), on the same engine as the window.</source>
        <translation>ContactDesk auf der Kommandozeile: die Kontakte des Kontos der App (oder eines beliebigen Heymarket-kompatiblen Servers), mit derselben Engine wie das Fenster.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der Befehle unten.</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Usage: contactdesk-cli [account options] COMMAND [options]; “contactdesk-cli help” lists the commands.</source>
        <translation>Aufruf: contactdesk-cli [Kontooptionen] BEFEHL [Optionen]; „contactdesk-cli help“ listet die Befehle auf.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>“contactdesk-cli help COMMAND” (or “contactdesk-cli COMMAND --help”) shows a command&apos;s options. The account options work before or after the command. Exit codes: 0 done; 1 rejected (a row, a recipient, a contact not found, a server refusal); 2 bad usage or an unreadable file (or one changed since it was checked); 3 no connection to the server or the local store; 130 or 143 stopped by Ctrl+C or SIGTERM (an import resumes with the same command).</source>
        <translation>„contactdesk-cli help BEFEHL“ (oder „contactdesk-cli BEFEHL --help“) zeigt die Optionen eines Befehls. Die Kontooptionen gelten vor oder nach dem Befehl. Exit-Codes: 0 erledigt; 1 abgelehnt (eine Zeile, ein Empfänger, ein nicht gefundener Kontakt, eine Ablehnung durch den Server); 2 falscher Aufruf oder eine unlesbare Datei (oder eine, die sich seit der Prüfung geändert hat); 3 keine Verbindung zum Server oder zum lokalen Speicher; 130 oder 143 angehalten durch Strg+C oder SIGTERM (ein Import wird mit demselben Befehl fortgesetzt).</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::RemoveCommand</name>
    <message>
        <source>Delete without asking.</source>
        <translation>Ohne Nachfrage löschen.</translation>
    </message>
    <message>
        <source>CONTACT...</source>
        <translation>KONTAKT...</translation>
    </message>
    <message>
        <source>Delete contacts (on the server too).</source>
        <translation>Kontakte löschen (auch auf dem Server).</translation>
    </message>
    <message>
        <source>rm asks before it deletes, and there is no terminal to ask on: pass --yes to delete without asking</source>
        <translation>rm fragt vor dem Löschen, und es gibt kein Terminal zum Fragen: geben Sie --yes an, um ohne Nachfrage zu löschen</translation>
    </message>
    <message>
        <source>An earlier change of %1 waits for a decision (%2): retry or discard it in the app first.</source>
        <translation>Eine frühere Änderung von %1 wartet auf eine Entscheidung (%2): wiederholen oder verwerfen Sie sie zuerst in der App.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s): %1? [y/N] </source>
        <translation>
            <numerusform>%n Kontakt löschen: %1? [j/N] </numerusform>
            <numerusform>%n Kontakte löschen: %1? [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message>
        <source>The server refused to delete %1: %2; it is kept.</source>
        <translation>Der Server hat das Löschen von %1 abgelehnt: %2; der Kontakt bleibt.</translation>
    </message>
    <message>
        <source>The deletion is saved here but not on the server yet (%1); it goes with the next command or the app.</source>
        <translation>Das Löschen ist hier gespeichert, aber noch nicht auf dem Server (%1); es geht mit dem nächsten Befehl oder der App hinüber.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt gelöscht.</numerusform>
            <numerusform>%n Kontakte gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::SendCommand</name>
    <message>
        <source>A recipient: a phone number or email address (repeat it for several).</source>
        <translation>Ein Empfänger: eine Telefonnummer oder E-Mail-Adresse (mehrfach angeben für mehrere).</translation>
    </message>
    <message>
        <source>PHONE|EMAIL</source>
        <translation>TELEFON|E-MAIL</translation>
    </message>
    <message>
        <source>The recipients: the contacts the window&apos;s search box finds for this text.</source>
        <translation>Die Empfänger: die Kontakte, die das Suchfeld des Fensters für diesen Text findet.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The message, with merge fields such as {{first_name}}.</source>
        <translation>Die Nachricht, mit Seriendruckfeldern wie {{first_name}}.</translation>
    </message>
    <message>
        <source>The message: this template of the team&apos;s.</source>
        <translation>Die Nachricht: diese Vorlage des Teams.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>Send email rather than SMS.</source>
        <translation>E-Mail statt SMS senden.</translation>
    </message>
    <message>
        <source>The sender: a member of the inbox.</source>
        <translation>Der Absender: ein Mitglied des Posteingangs.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <source>The email&apos;s subject.</source>
        <translation>Der Betreff der E-Mail.</translation>
    </message>
    <message>
        <source>A picture to send with it (MMS).</source>
        <translation>Ein Bild, das mitgesendet wird (MMS).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Show each rendering, its encoding, segments and verdict; send nothing.</source>
        <translation>Jede Ausgabe mit Kodierung, Segmenten und Urteil zeigen; nichts senden.</translation>
    </message>
    <message>
        <source>Send a text message or email to contacts, each their own.</source>
        <translation>Kontakten eine SMS oder E-Mail senden, jedem seine eigene.</translation>
    </message>
    <message>
        <source>--to %1: %2</source>
        <translation>--to %1: %2</translation>
    </message>
    <message>
        <source>--inbox: the team has no inbox “%1”</source>
        <translation>--inbox: das Team hat keinen Posteingang „%1“</translation>
    </message>
    <message>
        <source>The team has no SMS inbox.</source>
        <translation>Das Team hat keinen SMS-Posteingang.</translation>
    </message>
    <message>
        <source>Nobody on the team is a member of inbox %1.</source>
        <translation>Niemand im Team ist Mitglied des Posteingangs %1.</translation>
    </message>
    <message>
        <source>--from: “%1” is not a member of inbox %2</source>
        <translation>--from: „%1“ ist kein Mitglied des Posteingangs %2</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <source>excluded (%1)</source>
        <translation>ausgeschlossen (%1)</translation>
    </message>
    <message>
        <source>will receive it</source>
        <translation>erhält sie</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n segment(s)</source>
        <translation>
            <numerusform>%1, %n Segment</numerusform>
            <numerusform>%1, %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source> (UCS-2 because of %1)</source>
        <translation> (UCS-2 wegen %1)</translation>
    </message>
    <message>
        <source>%1 will receive it, %2 excluded.</source>
        <translation>%1 erhalten sie, %2 ausgeschlossen.</translation>
    </message>
    <message>
        <source>Nobody can receive it; nothing sent.</source>
        <translation>Niemand kann sie erhalten; nichts gesendet.</translation>
    </message>
    <message>
        <source>The messages could not be sent.</source>
        <translation>Die Nachrichten konnten nicht gesendet werden.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed; they stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>
            <numerusform>%n Nachricht fehlgeschlagen; sie bleibt im Postausgang (die Statusleiste der App sendet sie erneut).</numerusform>
            <numerusform>%n Nachrichten fehlgeschlagen; sie bleiben im Postausgang (die Statusleiste der App sendet sie erneut).</numerusform>
        </translation>
    </message>
    <message>
        <source>send needs --to (one or more) or --search and/or --tag, and --text or --template</source>
        <translation>send braucht --to (einmal oder öfter) oder --search und/oder --tag, und --text oder --template</translation>
    </message>
    <message>
        <source>No contact matches; nothing sent.</source>
        <translation>Kein Kontakt passt; nichts gesendet.</translation>
    </message>
    <message>
        <source>The inbox to send from (one without a phone number sends email).</source>
        <translation>Das Postfach, aus dem gesendet wird (eines ohne Telefonnummer sendet E-Mail).</translation>
    </message>
    <message>
        <source>The team has no inbox.</source>
        <translation>Das Team hat kein Postfach.</translation>
    </message>
    <message>
        <source>--inbox: inbox %1 has no phone number to send SMS from</source>
        <translation>--inbox: Postfach %1 hat keine Telefonnummer, von der SMS gesendet werden können</translation>
    </message>
    <message>
        <source>The recipients&apos; messaging status could not be checked: %1</source>
        <translation>Der Nachrichtenstatus der Empfänger konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Stopped at once; the messages not sent yet stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>Sofort angehalten; die noch nicht gesendeten Nachrichten bleiben im Postausgang (die Statusleiste der App sendet sie erneut).</translation>
    </message>
    <message>
        <source>Stopping after the messages on their way (again to stop at once)…</source>
        <translation>Halte nach den Nachrichten an, die unterwegs sind (noch einmal, um sofort anzuhalten)…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n message(s) not sent; they stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>
            <numerusform>Angehalten: %n Nachricht nicht gesendet; sie bleibt im Postausgang (die Statusleiste der App sendet sie erneut).</numerusform>
            <numerusform>Angehalten: %n Nachrichten nicht gesendet; sie bleiben im Postausgang (die Statusleiste der App sendet sie erneut).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::Session</name>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>it was changed on the server meanwhile (%1)</source>
        <translation>er wurde inzwischen auf dem Server geändert (%1)</translation>
    </message>
    <message>
        <source>Waiting for %1, which is syncing this profile…</source>
        <translation>Warte auf %1, das dieses Profil gerade synchronisiert…</translation>
    </message>
    <message>
        <source>%1 is still syncing this profile: working on the local copy as it is.</source>
        <translation>%1 synchronisiert dieses Profil noch: Es wird mit der lokalen Kopie gearbeitet, wie sie ist.</translation>
    </message>
    <message>
        <source>%1 is syncing this profile and has not sent it yet</source>
        <translation>%1 synchronisiert dieses Profil und hat es noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1; asking again for up to %2 s…</source>
        <translation>%1; erneute Anfrage bis zu %2 s lang…</translation>
    </message>
    <message>
        <source>%1 answered: %2; asking again for up to %3 s…</source>
        <translation>%1 antwortete: %2; erneute Anfrage bis zu %3 s lang…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ShowCommand</name>
    <message>
        <source>Show one contact.</source>
        <translation>Einen Kontakt anzeigen.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::TemplateCommand</name>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The team has no template “%1”.</source>
        <translation>Das Team hat keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>%1 templates are titled “%2”: name one by its id (%3).</source>
        <translation>%1 Vorlagen heißen „%2“: Nennen Sie eine mit ihrer ID (%3).</translation>
    </message>
    <message>
        <source>The template&apos;s new title.</source>
        <translation>Der neue Titel der Vorlage.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>The template&apos;s text, with merge tokens ({{first_name}}, a custom field&apos;s title).</source>
        <translation>Der Text der Vorlage, mit Platzhaltern ({{first_name}}, der Titel eines benutzerdefinierten Felds).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Ohne Nachfrage löschen.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>The template: its id or its title.</source>
        <translation>Die Vorlage: ihre ID oder ihr Titel.</translation>
    </message>
    <message>
        <source>The new template&apos;s title.</source>
        <translation>Der Titel der neuen Vorlage.</translation>
    </message>
    <message>
        <source>List the team&apos;s message templates: id, title and text.</source>
        <translation>Die Nachrichtenvorlagen des Teams auflisten: ID, Titel und Text.</translation>
    </message>
    <message>
        <source>Create a message template.</source>
        <translation>Eine Nachrichtenvorlage anlegen.</translation>
    </message>
    <message>
        <source>Change a message template&apos;s title or text.</source>
        <translation>Titel oder Text einer Nachrichtenvorlage ändern.</translation>
    </message>
    <message>
        <source>Delete a message template.</source>
        <translation>Eine Nachrichtenvorlage löschen.</translation>
    </message>
    <message>
        <source>the template needs a title</source>
        <translation>die Vorlage braucht einen Titel</translation>
    </message>
    <message>
        <source>the template needs a text: --text TEXT</source>
        <translation>die Vorlage braucht einen Text: --text TEXT</translation>
    </message>
    <message>
        <source>say what changes: --title TITLE, --text TEXT or both</source>
        <translation>geben Sie an, was sich ändert: --title TITEL, --text TEXT oder beides</translation>
    </message>
    <message>
        <source>--title: a template needs a title</source>
        <translation>--title: Eine Vorlage braucht einen Titel</translation>
    </message>
    <message>
        <source>--text: a template needs a text</source>
        <translation>--text: Eine Vorlage braucht einen Text</translation>
    </message>
    <message>
        <source>template-rm asks before it deletes, and there is no terminal to ask on: pass --yes to delete without asking</source>
        <translation>template-rm fragt vor dem Löschen, und es gibt kein Terminal für die Frage: Mit --yes wird ohne Nachfrage gelöscht</translation>
    </message>
    <message>
        <source>The team has no templates.</source>
        <translation>Das Team hat keine Vorlagen.</translation>
    </message>
    <message>
        <source>The template was not created: %1</source>
        <translation>Die Vorlage wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Template %1 “%2” created.</source>
        <translation>Vorlage %1 „%2“ angelegt.</translation>
    </message>
    <message>
        <source>Template %1 is already so; nothing changed.</source>
        <translation>Vorlage %1 ist bereits so; nichts geändert.</translation>
    </message>
    <message>
        <source>Template %1 was not changed: %2</source>
        <translation>Vorlage %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Template %1 “%2” changed.</source>
        <translation>Vorlage %1 „%2“ geändert.</translation>
    </message>
    <message>
        <source>Delete the template %1 “%2”? Messages sent with it stay. [y/N] </source>
        <translation>Vorlage %1 „%2“ löschen? Damit gesendete Nachrichten bleiben. [j/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message>
        <source>Template %1 was not deleted: %2</source>
        <translation>Vorlage %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Template %1 “%2” deleted.</source>
        <translation>Vorlage %1 „%2“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::UndoImportCommand</name>
    <message>
        <source>The import to undo (default: the last one).</source>
        <translation>Der rückgängig zu machende Import (Standard: der letzte).</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>Take an import back: delete what it created, restore what it changed.</source>
        <translation>Einen Import zurücknehmen: löschen, was er angelegt hat, wiederherstellen, was er geändert hat.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 rows taken back, %3 could not be.</source>
        <translation>Import %1 rückgängig gemacht: %2 Zeilen zurückgenommen, %3 nicht möglich.</translation>
    </message>
    <message>
        <source>Stopped: %1 rows taken back so far; run “contactdesk-cli undo-import %2” to finish.</source>
        <translation>Angehalten: bisher %1 Zeilen zurückgenommen; „contactdesk-cli undo-import %2“ macht es fertig.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Compose</name>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>opted out of messages</source>
        <translation>hat Nachrichten abbestellt</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Csv</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>The reading was stopped.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Csv::Reader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data (byte %1).</source>
        <translation>Dies ist keine Textdatei: sie enthält Binärdaten (Byte %1).</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation>Dies ist keine Textdatei: sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3 (too few)</source>
        <translation>Zeile %1: %2 Felder, wo die Kopfzeile %3 hat (zu wenige)</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3 (too many)</source>
        <translation>Zeile %1: %2 Felder, wo die Kopfzeile %3 hat (zu viele)</translation>
    </message>
    <message>
        <source>a quoted field that starts here is never closed</source>
        <translation>ein hier beginnendes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (%1): the file may be in Windows-1252; choose that encoding</source>
        <translation>Bytes, die kein UTF-8 sind (%1): die Datei ist vielleicht in Windows-1252; wählen Sie diese Kodierung</translation>
    </message>
    <message>
        <source>text that is not %1 (a lone surrogate): choose the file&apos;s encoding</source>
        <translation>Text, der kein %1 ist (ein einzelnes Surrogat): wählen Sie die Kodierung der Datei</translation>
    </message>
    <message>
        <source>line %1: the file ends inside a character (its last bytes are not a whole %2 character): the end of this row is lost, shown as “�”</source>
        <translation>Zeile %1: die Datei endet mitten in einem Zeichen (ihre letzten Bytes sind kein ganzes %2-Zeichen): das Ende dieser Zeile fehlt, angezeigt als „�“</translation>
    </message>
    <message>
        <source>a field longer than %L1 characters (the most one field may hold); the file is not read further</source>
        <translation>ein Feld mit mehr als %L1 Zeichen (das Höchste, was ein Feld fassen darf); die Datei wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>a row longer than %L1 characters (the most one row may hold); the file is not read further</source>
        <translation>eine Zeile mit mehr als %L1 Zeichen (das Höchste, was eine Zeile fassen darf); die Datei wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>more than %L1 columns (the most a row may have); the file is not read further</source>
        <translation>mehr als %L1 Spalten (das Höchste, was eine Zeile haben darf); die Datei wird nicht weiter gelesen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Email</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>longer than 254 characters</source>
        <translation>länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>has no &apos;@&apos;</source>
        <translation>hat kein „@“</translation>
    </message>
    <message>
        <source>has more than one &apos;@&apos;</source>
        <translation>hat mehr als ein „@“</translation>
    </message>
    <message>
        <source>nothing before the &apos;@&apos;</source>
        <translation>nichts vor dem „@“</translation>
    </message>
    <message>
        <source>the part before the &apos;@&apos; is longer than 64 characters</source>
        <translation>der Teil vor dem „@“ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>misplaced &apos;.&apos; before the &apos;@&apos;</source>
        <translation>falsch gesetzter „.“ vor dem „@“</translation>
    </message>
    <message>
        <source>nothing after the &apos;@&apos;</source>
        <translation>nichts nach dem „@“</translation>
    </message>
    <message>
        <source>the domain has no &apos;.&apos;</source>
        <translation>die Domain hat keinen „.“</translation>
    </message>
    <message>
        <source>the domain &apos;%1&apos; is not valid</source>
        <translation>die Domain „%1“ ist ungültig</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Field</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Import::Validator</name>
    <message>
        <source>a phone number is required</source>
        <translation>eine Telefonnummer ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (%2)</source>
        <translation>„%1“ ist keine gültige Telefonnummer (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address (%2)</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse (%2)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>%1 tags where a contact can have at most five</source>
        <translation>%1 Tags, wo ein Kontakt höchstens fünf haben kann</translation>
    </message>
    <message>
        <source>no column holds the phone number</source>
        <translation>keine Spalte enthält die Telefonnummer</translation>
    </message>
    <message>
        <source>the same contact as line %1</source>
        <translation>derselbe Kontakt wie Zeile %1</translation>
    </message>
    <message>
        <source>already a contact of the team</source>
        <translation>bereits ein Kontakt des Teams</translation>
    </message>
    <message>
        <source>%1: left out</source>
        <translation>%1: ausgelassen</translation>
    </message>
    <message>
        <source>no team member is called “%1”: the contact will be unassigned</source>
        <translation>kein Teammitglied heißt „%1“: der Kontakt wird niemandem zugewiesen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Jwt</name>
    <message>
        <source>the token is not a compact JWT (header.payload.signature)</source>
        <translation>das Token ist kein kompaktes JWT (header.payload.signature)</translation>
    </message>
    <message>
        <source>the token&apos;s header or payload is not base64url-encoded JSON</source>
        <translation>Header oder Payload des Tokens ist kein base64url-kodiertes JSON</translation>
    </message>
    <message>
        <source>the token must be signed with HS256</source>
        <translation>das Token muss mit HS256 signiert sein</translation>
    </message>
    <message>
        <source>the token has no &quot;iss&quot; claim (the Secret ID)</source>
        <translation>das Token hat keinen „iss“-Claim (die Secret ID)</translation>
    </message>
    <message>
        <source>the token has no integer &quot;iat&quot; claim (Unix seconds)</source>
        <translation>das Token hat keinen ganzzahligen „iat“-Claim (Unix-Sekunden)</translation>
    </message>
    <message>
        <source>the Secret ID in &quot;iss&quot; is not known</source>
        <translation>die Secret ID in „iss“ ist nicht bekannt</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not match</source>
        <translation>die Signatur des Tokens stimmt nicht</translation>
    </message>
    <message>
        <source>the token expired: it was issued %1 s ago and lives %2 s</source>
        <translation>das Token ist abgelaufen: es wurde vor %1 s ausgestellt und gilt %2 s</translation>
    </message>
    <message>
        <source>the token was issued %1 s in the future; check the clock</source>
        <translation>das Token wurde %1 s in der Zukunft ausgestellt; prüfen Sie die Uhr</translation>
    </message>
    <message>
        <source>the token&apos;s &quot;iat&quot; claim %1 is not a time between 1970 and 9999</source>
        <translation>der &quot;iat&quot;-Claim %1 des Tokens ist keine Zeit zwischen 1970 und 9999</translation>
    </message>
    <message>
        <source>the clock reads %1 s, not a time between 1970 and 9999</source>
        <translation>die Uhr zeigt %1 s, keine Zeit zwischen 1970 und 9999</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ChannelListModel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a channel&apos;s phone number or address</comment>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ComposeRecipientModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>Will receive it; %1</source>
        <translation>Erhält sie; %1</translation>
    </message>
    <message>
        <source>Will receive it</source>
        <translation>Erhält sie</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ContactTableModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Blocked, opted out</source>
        <translation>Gesperrt, abbestellt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Opted out</source>
        <comment>messaging status</comment>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>messaging status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Not saved on the server: %1</source>
        <translation>Nicht auf dem Server gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved here; waiting to be sent to the server</source>
        <translation>Hier gespeichert; wartet darauf, an den Server gesendet zu werden</translation>
    </message>
    <message>
        <source>Changed here and on the server: choose which value to keep</source>
        <translation>Hier und auf dem Server geändert: wählen Sie, welcher Wert bleibt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>messaging status column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>column: sync state of a contact</comment>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::CustomFieldModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a custom field&apos;s value</comment>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Double-click to correct this value; the row is checked again.</source>
        <translation>Doppelklicken, um diesen Wert zu korrigieren; die Zeile wird erneut geprüft.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::MessageHistoryModel</name>
    <message>
        <source>[media: %1]</source>
        <translation>[Medien: %1]</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1 from %2 (%3):
%4</source>
        <translation>%1 von %2 (%3):
%4</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::TagModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Contacts</source>
        <comment>how many contacts carry the tag</comment>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::TeamMemberModel</name>
    <message>
        <source>Unassigned</source>
        <comment>no owner</comment>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Models::TemplateListModel</name>
    <message>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Phone</name>
    <message>
        <source>unknown country code</source>
        <translation>unbekannte Landesvorwahl</translation>
    </message>
    <message>
        <source>too short for its country</source>
        <translation>zu kurz für sein Land</translation>
    </message>
    <message>
        <source>wrong length for its country</source>
        <translation>falsche Länge für sein Land</translation>
    </message>
    <message>
        <source>too long for its country</source>
        <translation>zu lang für sein Land</translation>
    </message>
    <message>
        <source>not a possible phone number</source>
        <translation>keine mögliche Telefonnummer</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>must be E.164 digits without a leading &apos;+&apos;</source>
        <translation>müssen E.164-Ziffern ohne führendes „+“ sein</translation>
    </message>
    <message>
        <source>must contain digits only</source>
        <translation>darf nur Ziffern enthalten</translation>
    </message>
    <message>
        <source>must start with a country code, not 0</source>
        <translation>muss mit einer Landesvorwahl beginnen, nicht mit 0</translation>
    </message>
    <message>
        <source>must have 8 to 15 digits</source>
        <translation>muss 8 bis 15 Ziffern haben</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>no country code and no default region to assume</source>
        <translation>keine Landesvorwahl und keine Standardregion, die angenommen werden kann</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>not a valid number for its country</source>
        <translation>keine gültige Nummer für ihr Land</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sandbox::SandboxServer</name>
    <message>
        <source>the folder of the data file %1 does not exist</source>
        <translation>der Ordner der Datendatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open the sandbox database %1: %2</source>
        <translation>die Sandbox-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(im Speicher)</translation>
    </message>
    <message>
        <source>cannot seed the sandbox database: %1</source>
        <translation>die Sandbox-Datenbank kann nicht befüllt werden: %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1; is it in use?</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen; ist der Port belegt?</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1</source>
        <translation>kann nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>missing Authorization header; send &quot;Bearer &lt;API key or JWT&gt;&quot;</source>
        <translation>Authorization-Header fehlt; senden Sie &quot;Bearer &lt;API-Schlüssel oder JWT&gt;&quot;</translation>
    </message>
    <message>
        <source>the API key is not valid for this team</source>
        <translation>der API-Schlüssel ist für dieses Team nicht gültig</translation>
    </message>
    <message>
        <source>the Authorization header must be &quot;Bearer &lt;API key or JWT&gt;&quot;</source>
        <translation>der Authorization-Header muss &quot;Bearer &lt;API-Schlüssel oder JWT&gt;&quot; lauten</translation>
    </message>
    <message>
        <source>invalid JWT: %1</source>
        <translation>ungültiges JWT: %1</translation>
    </message>
    <message>
        <source>the sandbox answers loopback clients only</source>
        <translation>die Sandbox antwortet nur Clients auf diesem Rechner (Loopback)</translation>
    </message>
    <message>
        <source>the body has %1 bytes; the limit is %2</source>
        <translation>der Body hat %1 Bytes; die Grenze ist %2</translation>
    </message>
    <message>
        <source>more than %1 requests in the current minute; retry in %2 s</source>
        <translation>mehr als %1 Anfragen in der laufenden Minute; erneut versuchen in %2 s</translation>
    </message>
    <message>
        <source>injected failure (--fail-rate); nothing was changed</source>
        <translation>eingestreuter Fehler (--fail-rate); nichts wurde geändert</translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation>kein solcher Endpunkt</translation>
    </message>
    <message>
        <source>the sandbox database %1 holds the team %2, not %3; use another data file</source>
        <translation>die Sandbox-Datenbank %1 enthält das Team %2, nicht %3; verwenden Sie eine andere Datendatei</translation>
    </message>
    <message>
        <source>injected rate limit (--too-many-rate); nothing was changed</source>
        <translation>eingespeiste Ratenbegrenzung (--too-many-rate); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Store::Profile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Store::RescueReport</name>
    <message>
        <source>The local copy of your contacts was damaged: it is kept as %1, and a new copy is being filled from the server; %2 unsent changes and %3 unsent messages were carried over</source>
        <translation>Die lokale Kopie Ihrer Kontakte war beschädigt: Sie wird als %1 aufbewahrt, und eine neue Kopie wird vom Server gefüllt; %2 nicht gesendete Änderungen und %3 nicht gesendete Nachrichten wurden übernommen</translation>
    </message>
    <message>
        <source>%1, %2 could not be read, and the file may hold more that could not be read.</source>
        <translation>%1, %2 konnten nicht gelesen werden, und die Datei enthält vielleicht noch mehr, das nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1, and %2 could not be read.</source>
        <translation>%1, und %2 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Store::StoreError</name>
    <message>
        <source>The local copy of your contacts (%1) cannot be written: the file or its folder is read-only. Make it writable; ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>Die lokale Kopie Ihrer Kontakte (%1) kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Machen Sie sie beschreibbar; ContactDesk behält Ihre Änderungen und speichert sie, sobald es kann.</translation>
    </message>
    <message>
        <source>The local copy of your contacts (%1) cannot be opened. Check that its folder exists and that you may write to it.</source>
        <translation>Die lokale Kopie Ihrer Kontakte (%1) kann nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Something went wrong with the local copy of your contacts (%1); the details are in the log.</source>
        <translation>Mit der lokalen Kopie Ihrer Kontakte (%1) ist etwas schiefgegangen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The system would not read or write the local copy of your contacts (%1): check that the disk is there and that you may write to its folder. ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>Das System hat die lokale Kopie Ihrer Kontakte (%1) nicht gelesen oder geschrieben: Prüfen Sie, ob der Datenträger vorhanden ist und Sie in seinem Ordner schreiben dürfen. ContactDesk behält Ihre Änderungen und speichert sie, sobald es kann.</translation>
    </message>
    <message>
        <source>The disk that holds your contacts is full. Free some space on the disk of %1; ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>Der Datenträger mit Ihren Kontakten ist voll. Geben Sie auf dem Datenträger von %1 Speicherplatz frei; ContactDesk behält Ihre Änderungen und speichert sie, sobald es kann.</translation>
    </message>
    <message>
        <source>Another program holds the local copy of your contacts (%1) locked. Close the other program that holds it; ContactDesk keeps your changes and saves them as soon as it can.</source>
        <translation>Ein anderes Programm hält die lokale Kopie Ihrer Kontakte (%1) gesperrt. Schließen Sie das andere Programm, das sie hält; ContactDesk behält Ihre Änderungen und speichert sie, sobald es kann.</translation>
    </message>
    <message>
        <source>The local copy of your contacts (%1) is damaged. Quit ContactDesk (the window and any contactdesk-cli using this profile) and start it again: it sets the damaged file aside, keeps the changes it can read and fetches your contacts again from the server.</source>
        <translation>Die lokale Kopie Ihrer Kontakte (%1) ist beschädigt. Beenden Sie ContactDesk (das Fenster und jedes contactdesk-cli mit diesem Profil) und starten Sie es erneut: Es legt die beschädigte Datei beiseite, behält die Änderungen, die es lesen kann, und holt Ihre Kontakte erneut vom Server.</translation>
    </message>
    <message>
        <source>The local copy of your contacts (%1) was written by a newer ContactDesk; nothing in it was changed. Update ContactDesk, or move that file elsewhere to start a new copy from the server.</source>
        <translation>Die lokale Kopie Ihrer Kontakte (%1) wurde von einem neueren ContactDesk geschrieben; nichts darin wurde geändert. Aktualisieren Sie ContactDesk, oder verschieben Sie diese Datei an einen anderen Ort, um eine neue Kopie vom Server zu beginnen.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::ContactExport</name>
    <message>
        <source>the file could not be written: %1</source>
        <translation>die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::ImportSession</name>
    <message>
        <source>Owner emails could not be looked up: %1</source>
        <translation>E-Mail-Adressen der Zuständigen konnten nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>the rows could not be written: %1</source>
        <translation>die Zeilen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is no longer there (it was checked at %2 bytes).</source>
        <translation>%1 ist nicht mehr da (geprüft wurde sie mit %2 Bytes).</translation>
    </message>
    <message>
        <source>%1 can no longer be read.</source>
        <translation>%1 kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>its size went from %1 to %2 bytes</source>
        <translation>ihre Größe änderte sich von %1 auf %2 Bytes</translation>
    </message>
    <message>
        <source>its modification time went from %1 to %2</source>
        <translation>ihr Änderungszeitpunkt änderte sich von %1 auf %2</translation>
    </message>
    <message>
        <source>its content is different (SHA-256 %1… was %2…)</source>
        <translation>ihr Inhalt ist anders (SHA-256 %1… war %2…)</translation>
    </message>
    <message>
        <source>%1 changed after it was checked: %2.</source>
        <translation>%1 hat sich nach der Prüfung geändert: %2.</translation>
    </message>
    <message>
        <source>%1 Check it again once it is written.</source>
        <translation>%1 Prüfen Sie sie erneut, sobald sie fertig geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::ImportUploader</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created: %2</source>
        <translation>Der Tag „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>List: the tag “%1” could not be created: %2</source>
        <translation>List: der Tag „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The new custom fields could not be created: %1</source>
        <translation>Die neuen benutzerdefinierten Felder konnten nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1: the custom field does not exist</source>
        <translation>%1: das benutzerdefinierte Feld existiert nicht</translation>
    </message>
    <message>
        <source>List: the tag “%1” does not exist</source>
        <translation>List: der Tag „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Phone Number: another contact (id %1) already has this number</source>
        <translation>Phone Number: ein anderer Kontakt (ID %1) hat diese Nummer bereits</translation>
    </message>
    <message>
        <source>the created contact&apos;s id is not known</source>
        <translation>die ID des angelegten Kontakts ist nicht bekannt</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Phone Number: no contact has this number on the server any more</source>
        <translation>Telefonnummer: kein Kontakt hat diese Nummer mehr auf dem Server</translation>
    </message>
    <message>
        <source>another ContactDesk program</source>
        <translation>ein anderes ContactDesk-Programm</translation>
    </message>
    <message>
        <source>another ContactDesk program (%1, process %2)</source>
        <translation>ein anderes ContactDesk-Programm (%1, Prozess %2)</translation>
    </message>
    <message>
        <source>%1 is sending an import to this account; this one waits (nothing was sent) and can be resumed when that one is done.</source>
        <translation>%1 sendet gerade einen Import an dieses Konto; dieser wartet (nichts wurde gesendet) und kann fortgesetzt werden, wenn jener fertig ist.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::MessageSender</name>
    <message>
        <source>The messages were not sent: %1</source>
        <translation>Die Nachrichten wurden nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The outbox could not note the result: %1</source>
        <translation>Der Postausgang konnte das Ergebnis nicht vermerken: %1</translation>
    </message>
    <message>
        <source>%1 is sending these messages now.</source>
        <translation>%1 sendet diese Nachrichten gerade.</translation>
    </message>
    <message>
        <source>Another program</source>
        <translation>Ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::OpenedCsv</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::Preview</name>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>Zeile %1: %2 Felder, wo die Kopfzeile %3 hat</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::SyncEngine</name>
    <message>
        <source>the contact was deleted on the server</source>
        <translation>der Kontakt wurde auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>the contact was not found on the server</source>
        <translation>der Kontakt wurde auf dem Server nicht gefunden</translation>
    </message>
    <message>
        <source>the contact&apos;s v2 id is unknown and it has no phone or email to look it up by</source>
        <translation>die v2-ID des Kontakts ist unbekannt, und er hat weder Telefon noch E-Mail, über die sie gefunden werden könnte</translation>
    </message>
    <message>
        <source>%1 is no longer one of the contact&apos;s channels on the server, so nothing was changed</source>
        <translation>%1 ist auf dem Server kein Kanal des Kontakts mehr, daher wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 is not the contact&apos;s primary %2 on the server (that is %3). Heymarket&apos;s API changes and removes a channel only by its type, which takes the primary one, so nothing was sent: change or remove this one in Heymarket&apos;s web app</source>
        <translation>%1 ist auf dem Server nicht der primäre Kanal (%2) des Kontakts (das ist %3). Die API von Heymarket ändert und entfernt einen Kanal nur über seinen Typ, und das trifft den primären, daher wurde nichts gesendet: ändern oder entfernen Sie diesen in der Web-App von Heymarket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The server now answers for the team “%1” (id %2), not for the team “%3” (id %4) this local copy belongs to: nothing was sent to it or taken from it.</source>
        <translation>Der Server antwortet jetzt für das Team „%1“ (ID %2), nicht für das Team „%3“ (ID %4), zu dem diese lokale Kopie gehört: nichts wurde an ihn gesendet oder von ihm übernommen.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>waits until a deleted contact with the same number or address is gone from the server</source>
        <translation>wartet, bis ein gelöschter Kontakt mit derselben Nummer oder Adresse vom Server verschwunden ist</translation>
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
        <translation>ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Sync::Workspace</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Heymarket account “%1”</source>
        <translation>Heymarket-Konto „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a server address</source>
        <translation>„%1“ ist keine Serveradresse</translation>
    </message>
    <message>
        <source>The account settings in %1 are incomplete: account/name and a valid account/baseUrl are needed.</source>
        <translation>Die Kontoeinstellungen in %1 sind unvollständig: account/name und eine gültige account/baseUrl werden benötigt.</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not say which team these credentials belong to: %2</source>
        <translation>%1 hat nicht gesagt, zu welchem Team diese Zugangsdaten gehören: %2</translation>
    </message>
    <message>
        <source>The local copy %1 was filled from the server %2, not from %3, so it is neither shown nor sent there. Give each server an account of its own.</source>
        <translation>Die lokale Kopie %1 wurde vom Server %2 gefüllt, nicht von %3, daher wird sie dort weder angezeigt noch gesendet. Geben Sie jedem Server ein eigenes Konto.</translation>
    </message>
    <message>
        <source>The local copy %1 belongs to the team “%2” (id %3), but these credentials are for the team “%4” (id %5). Nothing of the other team is shown or sent. Give each team an account of its own.</source>
        <translation>Die lokale Kopie %1 gehört zum Team „%2“ (ID %3), aber diese Zugangsdaten gelten für das Team „%4“ (ID %5). Nichts vom anderen Team wird angezeigt oder gesendet. Geben Sie jedem Team ein eigenes Konto.</translation>
    </message>
    <message>
        <source>The local copy %1 was filled for another team than the team “%2” (id %3) these credentials are for. Nothing of it is shown or sent. Give each team an account of its own.</source>
        <translation>Die lokale Kopie %1 wurde für ein anderes Team gefüllt als das Team „%2“ (ID %3), für das diese Zugangsdaten gelten. Nichts davon wird angezeigt oder gesendet. Geben Sie jedem Team ein eigenes Konto.</translation>
    </message>
    <message>
        <source>The local copy %1 belongs to the team “%2” (id %3), but %4 now answers for the team “%5” (id %6). Nothing of the other team is shown or sent. Give each team an account of its own.</source>
        <translation>Die lokale Kopie %1 gehört zum Team „%2“ (ID %3), aber %4 antwortet jetzt für das Team „%5“ (ID %6). Nichts vom anderen Team wird angezeigt oder gesendet. Geben Sie jedem Team ein eigenes Konto.</translation>
    </message>
    <message>
        <source>No credentials for the account “%1” on %2 are stored in this computer&apos;s keychain. Connect the account again in Settings.</source>
        <translation>Für das Konto „%1“ auf %2 sind im Schlüsselbund dieses Computers keine Zugangsdaten gespeichert. Verbinden Sie das Konto in den Einstellungen erneut.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::VCard::Reader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(more warnings, not listed)</source>
        <translation>(weitere Warnungen, nicht aufgeführt)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not UTF-16 text, as its start says (a lone surrogate).</source>
        <translation>Die Datei ist kein UTF-16-Text, wie ihr Anfang sagt (ein einzelnes Surrogat).</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data (byte %1).</source>
        <translation>Das ist keine Textdatei: Sie enthält Binärdaten (Byte %1).</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation>Das ist keine Textdatei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>this is not a vCard file: it does not begin with “BEGIN:VCARD”</source>
        <translation>das ist keine vCard-Datei: sie beginnt nicht mit „BEGIN:VCARD“</translation>
    </message>
    <message>
        <source>text that is not %1 (a lone surrogate)</source>
        <translation>Text, der kein %1 ist (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>the file cannot be read further: %1</source>
        <translation>die Datei kann nicht weiter gelesen werden: %1</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>ein NUL-Byte: das ist keine Textdatei</translation>
    </message>
    <message>
        <source>a line longer than %L1 bytes (the most one line may hold); the file is not read further</source>
        <translation>eine Zeile länger als %L1 Byte (das Höchste, was eine Zeile fassen darf); die Datei wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>a value longer than %L1 characters (the most one value may hold); the file is not read further</source>
        <translation>ein Wert länger als %L1 Zeichen (das Höchste, was ein Wert fassen darf); die Datei wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>the vCard begun on line %1 holds more than %L2 characters (the most one vCard may hold); the file is not read further</source>
        <translation>die in Zeile %1 begonnene vCard enthält mehr als %L2 Zeichen (das Höchste, was eine vCard fassen darf); die Datei wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (%1): %2</source>
        <translation>Bytes, die kein UTF-8 sind (%1): %2</translation>
    </message>
    <message>
        <source>its CHARSET says UTF-8</source>
        <translation>ihr CHARSET sagt UTF-8</translation>
    </message>
    <message>
        <source>text that is not %1, as its CHARSET says</source>
        <translation>Text, der kein %1 ist, wie sein CHARSET sagt</translation>
    </message>
    <message>
        <source>line %1: CHARSET “%2” is not one this reads: the value is read as %3</source>
        <translation>Zeile %1: CHARSET „%2“ wird nicht gelesen: der Wert wird als %3 gelesen</translation>
    </message>
    <message>
        <source>a vCard %1 is UTF-8</source>
        <translation>eine vCard %1 ist UTF-8</translation>
    </message>
    <message>
        <source>line %1: text that is not UTF-8 and has no CHARSET: it is read as Windows-1252, as is the rest of the file&apos;s text without a CHARSET</source>
        <translation>Zeile %1: Text, der kein UTF-8 ist und kein CHARSET hat: er wird als Windows-1252 gelesen, wie der übrige Text der Datei ohne CHARSET</translation>
    </message>
    <message>
        <source>a quoted-printable escape that is not one: “%1”</source>
        <translation>eine Quoted-Printable-Sequenz, die keine ist: „%1“</translation>
    </message>
    <message>
        <source>line %1: the vCard begun here has no VERSION: it is read as vCard 3.0</source>
        <translation>Zeile %1: die hier begonnene vCard hat keine VERSION: sie wird als vCard 3.0 gelesen</translation>
    </message>
    <message>
        <source>the vCard begun here never ends: the file ends before its END:VCARD</source>
        <translation>die hier begonnene vCard endet nie: die Datei endet vor ihrem END:VCARD</translation>
    </message>
    <message>
        <source>a line that is not a property: it has no “:”</source>
        <translation>eine Zeile, die keine Eigenschaft ist: sie hat kein „:“</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD before it</source>
        <translation>END:VCARD ohne ein BEGIN:VCARD davor</translation>
    </message>
    <message>
        <source>text between two vCards (after an END:VCARD, before the next BEGIN:VCARD)</source>
        <translation>Text zwischen zwei vCards (nach einem END:VCARD, vor dem nächsten BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>the vCard begun on line %1 has more than %L2 properties (the most one vCard may have); the file is not read further</source>
        <translation>die in Zeile %1 begonnene vCard hat mehr als %L2 Eigenschaften (das Höchste, was eine vCard haben darf); die Datei wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>a vCard begins before the one begun on line %1 ends</source>
        <translation>eine vCard beginnt, bevor die in Zeile %1 begonnene endet</translation>
    </message>
    <message>
        <source>vCard version “%1” is not one this reads (2.1, 3.0 or 4.0)</source>
        <translation>vCard-Version „%1“ wird nicht gelesen (2.1, 3.0 oder 4.0)</translation>
    </message>
    <message>
        <source>line %1: “%2” is left out: ContactDesk&apos;s own properties are read only from a file that can be read twice, and this one cannot (a pipe)</source>
        <translation>Zeile %1: „%2“ wird ausgelassen: ContactDesks eigene Eigenschaften werden nur aus einer Datei gelesen, die sich zweimal lesen lässt, und diese kann das nicht (eine Pipe)</translation>
    </message>
    <message>
        <source>line %1: “%2” is left out: a file may add at most %L3 columns of its own</source>
        <translation>Zeile %1: „%2“ wird ausgelassen: Eine Datei darf höchstens %L3 eigene Spalten hinzufügen</translation>
    </message>
    <message>
        <source>The file cannot be read again: %1</source>
        <translation>Die Datei kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1: %2 without a “;” between the field&apos;s title and its value: it is left out</source>
        <translation>Zeile %1: %2 ohne „;“ zwischen dem Titel des Felds und seinem Wert: wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::BulkEditDialog</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>Zuständige Person festlegen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status festlegen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Än&amp;derung:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Auf:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Opted out (unsubscribed)</source>
        <translation>Abbestellt (unsubscribed)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln contact(s)</source>
        <translation>
            <numerusform>%1 bei %Ln Kontakt</numerusform>
            <numerusform>%1 bei %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt bearbeiten</numerusform>
            <numerusform>%Ln Kontakte bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add another change</source>
        <translation>Weitere Änderung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Changes to make</source>
        <translation>Vorzunehmende Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) will change.</source>
        <translation>
            <numerusform>%Ln Kontakt wird geändert.</numerusform>
            <numerusform>%Ln Kontakte werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as asked.</source>
        <translation>
            <numerusform>%Ln ist bereits wie gewünscht.</numerusform>
            <numerusform>%Ln sind bereits wie gewünscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) already have five tags and will be left alone: %1</source>
        <translation>
            <numerusform>%Ln Kontakt hat bereits fünf Tags und bleibt unverändert: %1</numerusform>
            <numerusform>%Ln Kontakte haben bereits fünf Tags und bleiben unverändert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) no longer exist.</source>
        <translation>
            <numerusform>%Ln Kontakt existiert nicht mehr.</numerusform>
            <numerusform>%Ln Kontakte existieren nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on %1</source>
        <translation>
            <numerusform>%Ln Änderung bei %1</numerusform>
            <numerusform>%Ln Änderungen bei %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln contact(s) will change.</source>
        <translation>
            <numerusform>%1: %Ln Kontakt wird geändert.</numerusform>
            <numerusform>%1: %Ln Kontakte werden geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>And %1:</source>
        <translation>Und %1:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Set “%1” to “%2”</source>
        <translation>„%1“ auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Set custom field</source>
        <translation>Benutzerdefiniertes Feld setzen</translation>
    </message>
    <message>
        <source>Clear custom field</source>
        <translation>Benutzerdefiniertes Feld leeren</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Type the value to set (“Clear custom field” empties it).</source>
        <translation>Geben Sie den Wert ein („Benutzerdefiniertes Feld leeren“ leert es).</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ChannelCommand</name>
    <message>
        <source>%1 was left as it is: it is not the contact&apos;s primary %2 now, and Heymarket&apos;s API changes and removes only the primary %2.</source>
        <translation>%1 blieb unverändert: es ist jetzt nicht der primäre Kanal (%2) des Kontakts, und die API von Heymarket ändert und entfernt nur den primären (%2).</translation>
    </message>
    <message>
        <source>%1 stays: it is not the contact&apos;s primary %2, and Heymarket&apos;s API removes and changes only the primary %2 (it would take the primary instead). Remove it in Heymarket&apos;s web app.</source>
        <translation>%1 bleibt: es ist nicht der primäre Kanal (%2) des Kontakts, und die API von Heymarket entfernt und ändert nur den primären (%2) (sie würde stattdessen den primären treffen). Entfernen Sie es in der Web-App von Heymarket.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ChannelEditor</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>Kanaltyp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Channel address</source>
        <translation>Kanaladresse</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Nummer oder Adresse</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add or save channel</source>
        <translation>Kanal hinzufügen oder speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>Keine gültige Telefonnummer: %1</translation>
    </message>
    <message>
        <source>Not a valid email address: %1</source>
        <translation>Keine gültige E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Only the primary phone and email are known so far; the other channels are read from Heymarket when the contact is shown.</source>
        <translation>Bisher sind nur das primäre Telefon und die primäre E-Mail bekannt; die anderen Kanäle werden von Heymarket gelesen, wenn der Kontakt angezeigt wird.</translation>
    </message>
    <message>
        <source>%1: %2 (primary)</source>
        <translation>%1: %2 (primär)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not the contact&apos;s primary %1. Heymarket&apos;s API changes and removes a channel only by its type, which always means the primary %1, so ContactDesk cannot change, remove or promote this one without overwriting the primary. Change it in Heymarket&apos;s web app; here you can add another %1.</source>
        <translation>Dies ist nicht der primäre Kanal (%1) des Kontakts. Die API von Heymarket ändert und entfernt einen Kanal nur über seinen Typ, was immer den primären (%1) meint, daher kann ContactDesk diesen weder ändern, entfernen noch zum primären machen, ohne den primären zu überschreiben. Ändern Sie ihn in der Web-App von Heymarket; hier können Sie einen weiteren (%1) hinzufügen.</translation>
    </message>
    <message>
        <source>%1 channels are shown as Heymarket has them; ContactDesk changes only phone and email channels.</source>
        <translation>%1-Kanäle werden so angezeigt, wie Heymarket sie hat; ContactDesk ändert nur Telefon- und E-Mail-Kanäle.</translation>
    </message>
    <message>
        <source>The next %1 becomes the primary one, as Heymarket makes it when the primary goes. Undo brings this one back as another %1.</source>
        <translation>Der nächste (%1) wird zum primären, wie Heymarket es macht, wenn der primäre entfällt. Rückgängig bringt diesen als weiteren (%1) zurück.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ComposeDialog</name>
    <message>
        <source>Compose message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>&amp;Text message (SMS/MMS)</source>
        <translation>&amp;Textnachricht (SMS/MMS)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>None of the recipients has a phone number.</source>
        <translation>Keiner der Empfänger hat eine Telefonnummer.</translation>
    </message>
    <message>
        <source>None of the recipients has an email address.</source>
        <translation>Keiner der Empfänger hat eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Senden als:</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>&amp;Inbox:</source>
        <translation>&amp;Posteingang:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Abse&amp;nder:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Media URL</source>
        <translation>Medien-URL</translation>
    </message>
    <message>
        <source>https://… (an image or video makes it an MMS)</source>
        <translation>https://… (ein Bild oder Video macht daraus eine MMS)</translation>
    </message>
    <message>
        <source>Me&amp;dia URL:</source>
        <translation>Me&amp;dien-URL:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>Nachr&amp;icht:</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>&amp;Feld einfügen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, …</source>
        <translation>Hallo {{first_name}}, …</translation>
    </message>
    <message>
        <source>Plain-te&amp;xt version (optional; made from the message when empty):</source>
        <translation>Reine&amp;r Text (optional; wird aus der Nachricht erzeugt, wenn leer):</translation>
    </message>
    <message>
        <source>Plain-text version</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Use plain &amp;punctuation</source>
        <translation>Einfache Satz&amp;zeichen verwenden</translation>
    </message>
    <message>
        <source>Replaces smart quotes, dashes and ellipses with plain characters, so the message stays GSM-7 and costs fewer segments.</source>
        <translation>Ersetzt typografische Anführungszeichen, Gedankenstriche und Auslassungspunkte durch einfache Zeichen, damit die Nachricht GSM-7 bleibt und weniger Segmente kostet.</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>&amp;Vorschau für:</translation>
    </message>
    <message>
        <source>Preview for recipient</source>
        <translation>Vorschau für Empfänger</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>Senden an&amp;halten</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Er&amp;neut senden</translation>
    </message>
    <message>
        <source>Sends the messages that failed or were not sent yet.</source>
        <translation>Sendet die Nachrichten, die fehlgeschlagen sind oder noch nicht gesendet wurden.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Templates need a connected account.</source>
        <translation>Vorlagen brauchen ein verbundenes Konto.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Vorlagen werden geladen…</translation>
    </message>
    <message>
        <source>Templates could not be loaded: %1</source>
        <translation>Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The team has no templates.</source>
        <translation>Das Team hat keine Vorlagen.</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
    <message>
        <source>Empty message</source>
        <translation>Leere Nachricht</translation>
    </message>
    <message>
        <source>Unicode because of %1</source>
        <translation>Unicode wegen %1</translation>
    </message>
    <message>
        <source>counted on the longest message</source>
        <translation>an der längsten Nachricht gezählt</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Messages can be sent once an account is connected.</source>
        <translation>Nachrichten können gesendet werden, sobald ein Konto verbunden ist.</translation>
    </message>
    <message>
        <source>The team has no SMS inbox.</source>
        <translation>Das Team hat keinen SMS-Posteingang.</translation>
    </message>
    <message>
        <source>Nobody on the team is a member of this inbox.</source>
        <translation>Niemand im Team ist Mitglied dieses Posteingangs.</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>Schreiben Sie eine Nachricht.</translation>
    </message>
    <message>
        <source>The media URL must be a public http:// or https:// address.</source>
        <translation>Die Medien-URL muss eine öffentliche http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>None of the recipients can receive it.</source>
        <translation>Keiner der Empfänger kann sie erhalten.</translation>
    </message>
    <message>
        <source>%1 is not a merge field and would be sent as written.</source>
        <translation>%1 ist kein Seriendruckfeld und würde so gesendet, wie es dasteht.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Nicht an %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>[media: %1]</source>
        <translation>[Medien: %1]</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other messages are still being sent; send these again when they are done. They are kept in the outbox.</source>
        <translation>Andere Nachrichten werden noch gesendet; senden Sie diese erneut, wenn jene fertig sind. Sie bleiben im Postausgang.</translation>
    </message>
    <message>
        <source>The messages that did not go are kept in the outbox: Send again now, or later from the status bar.</source>
        <translation>Die Nachrichten, die nicht rausgingen, bleiben im Postausgang: jetzt erneut senden oder später über die Statusleiste.</translation>
    </message>
    <message>
        <source>%1 (refused email before)</source>
        <translation>%1 (E-Mail zuvor abgelehnt)</translation>
    </message>
    <message>
        <source>The recipients&apos; messaging status could not be checked with Heymarket (%1); it refuses blocked and opted-out contacts itself.</source>
        <translation>Der Nachrichtenstatus der Empfänger konnte bei Heymarket nicht geprüft werden (%1); Heymarket lehnt gesperrte und abgemeldete Kontakte selbst ab.</translation>
    </message>
    <message>
        <source>Checking the recipients&apos; messaging status with Heymarket… %1 of %2</source>
        <translation>Nachrichtenstatus der Empfänger wird bei Heymarket geprüft… %1 von %2</translation>
    </message>
    <message>
        <source>The team has no inbox.</source>
        <translation>Das Team hat kein Postfach.</translation>
    </message>
    <message>
        <source>Checking the recipients&apos; messaging status with Heymarket…</source>
        <translation>Nachrichtenstatus der Empfänger wird bei Heymarket geprüft…</translation>
    </message>
    <message>
        <source>Heymarket refused email from this inbox before: %1</source>
        <translation>Heymarket hat E-Mail aus diesem Postfach zuvor abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>To: %Ln contact(s)</source>
        <translation>
            <numerusform>An: %Ln Kontakt</numerusform>
            <numerusform>An: %Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GSM-7 · %Ln segment(s)</source>
        <translation>
            <numerusform>GSM-7 · %Ln Segment</numerusform>
            <numerusform>GSM-7 · %Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) left</source>
        <translation>
            <numerusform>noch %Ln Zeichen frei</numerusform>
            <numerusform>noch %Ln Zeichen frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UCS-2 (Unicode) · %Ln segment(s)</source>
        <translation>
            <numerusform>UCS-2 (Unicode) · %Ln Segment</numerusform>
            <numerusform>UCS-2 (Unicode) · %Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will receive it</source>
        <translation>
            <numerusform>%Ln erhält sie</numerusform>
            <numerusform>%Ln erhalten sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln ausgeschlossen</numerusform>
            <numerusform>%Ln ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an empty merge value</source>
        <translation>
            <numerusform>%Ln mit einem leeren Seriendruckwert</numerusform>
            <numerusform>%Ln mit einem leeren Seriendruckwert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %Ln recipient(s)?</source>
        <translation>
            <numerusform>Diese Nachricht an %Ln Empfänger senden?</numerusform>
            <numerusform>Diese Nachricht an %Ln Empfänger senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln recipient(s)</source>
        <translation>
            <numerusform>An %Ln Empfänger senden</numerusform>
            <numerusform>An %Ln Empfänger senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded:</source>
        <translation>
            <numerusform>%Ln ausgeschlossen:</numerusform>
            <numerusform>%Ln ausgeschlossen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will get a message with an empty merge value.</source>
        <translation>
            <numerusform>%Ln erhält eine Nachricht mit einem leeren Seriendruckwert.</numerusform>
            <numerusform>%Ln erhalten eine Nachricht mit einem leeren Seriendruckwert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %Ln recipient(s)…</source>
        <translation>
            <numerusform>Wird an %Ln Empfänger gesendet…</numerusform>
            <numerusform>Wird an %Ln Empfänger gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %Ln recipient(s)</source>
        <translation>
            <numerusform>An %Ln Empfänger gesendet</numerusform>
            <numerusform>An %Ln Empfänger gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln nicht gesendet</numerusform>
            <numerusform>%Ln nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ContactDetailPanel</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nachna&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+1 415 555 3434</source>
        <translation>+49 30 123456</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Zu&amp;ständig:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Reachable: messages can be sent and received.</source>
        <translation>Erreichbar: Nachrichten können gesendet und empfangen werden.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Blocked: messages can be neither sent to nor received from the contact.</source>
        <translation>Gesperrt: Nachrichten können an den Kontakt weder gesendet noch von ihm empfangen werden.</translation>
    </message>
    <message>
        <source>Opted out (unsubscribed)</source>
        <translation>Abbestellt (unsubscribed)</translation>
    </message>
    <message>
        <source>Opted out: messages cannot be sent to the contact until they subscribe again (by texting START) or are marked subscribed.</source>
        <translation>Abbestellt: Nachrichten können erst wieder gesendet werden, wenn der Kontakt sie erneut bestellt (per START) oder als angemeldet markiert wird.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>The team has no custom fields.</source>
        <translation>Das Team hat keine benutzerdefinierten Felder.</translation>
    </message>
    <message>
        <source>The contact has also opted out.</source>
        <translation>Der Kontakt hat außerdem abbestellt.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>A contact needs a phone number.</source>
        <translation>Ein Kontakt braucht eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>Keine gültige Telefonnummer: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Not a valid email address: %1</source>
        <translation>Keine gültige E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <source>Block %1? Messages can be neither sent to nor received from a blocked contact.</source>
        <translation>%1 sperren? An einen gesperrten Kontakt können Nachrichten weder gesendet noch von ihm empfangen werden.</translation>
    </message>
    <message>
        <source>Mark %1 as opted out? Messages cannot be sent to an opted-out contact until they subscribe again.</source>
        <translation>%1 als abbestellt markieren? An einen Kontakt, der abbestellt hat, können keine Nachrichten gesendet werden, bis er sie wieder bestellt.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The channels could not be read from Heymarket: %1</source>
        <translation>Die Kanäle konnten nicht von Heymarket gelesen werden: %1</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Em&amp;ail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Mark as opted out</source>
        <translation>Als abgemeldet markieren</translation>
    </message>
    <message>
        <source>Saved as typed, but not a date: expected a date like %1 or %2.</source>
        <translation>So gespeichert, wie eingegeben, aber kein Datum: erwartet wird ein Datum wie %1 oder %2.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::FilterBar</name>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Search names, phone numbers, email, custom values…</source>
        <translation>Namen, Nummern, E-Mail, Werte suchen…</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>Anzahl der Kontakte</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach zuständiger Person filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Not saved (needs attention)</source>
        <translation>Nicht gespeichert (braucht Aufmerksamkeit)</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Jede zuständige Person</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 von %Ln Kontakt</numerusform>
            <numerusform>%1 von %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ImportWizard</name>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Another phone</source>
        <translation>Weitere Telefonnummer</translation>
    </message>
    <message>
        <source>Another email</source>
        <translation>Weitere E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Region of numbers without a country code</source>
        <translation>Region für Nummern ohne Landesvorwahl</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>Nummern ohne Landesvorwahl sind in:</translation>
    </message>
    <message>
        <source>Contacts that already exist</source>
        <translation>Kontakte, die es schon gibt</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update them</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Overwrite values they already have</source>
        <translation>Vorhandene Werte &amp;überschreiben</translation>
    </message>
    <message>
        <source>Off: only empty fields are filled in and tags are added. On: the file&apos;s values replace theirs. An opt-out in the file is always kept.</source>
        <translation>Aus: nur leere Felder werden gefüllt und Tags hinzugefügt. An: die Werte der Datei ersetzen die vorhandenen. Eine Abbestellung in der Datei bleibt immer erhalten.</translation>
    </message>
    <message>
        <source>Contacts that already exist (same phone or email):</source>
        <translation>Kontakte, die es schon gibt (gleiche Telefonnummer oder E-Mail):</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Check rows</source>
        <translation>Zeilen &amp;prüfen</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Column “%1” imports as</source>
        <translation>Spalte „%1“ wird importiert als</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Benutzerdefiniertes Feld „%1“</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Neues benutzerdefiniertes Feld „%1“</translation>
    </message>
    <message>
        <source>No column imports as the phone number: choose the column that holds it (every Heymarket contact has one).</source>
        <translation>Keine Spalte wird als Telefonnummer importiert: wählen Sie die Spalte, die sie enthält (jeder Heymarket-Kontakt hat eine).</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Rows that need attention</source>
        <translation>Zeilen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Ungültige Zeilen</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Save rows with problems…</source>
        <translation>Zeilen mit Problemen speichern…</translation>
    </message>
    <message>
        <source>Checked rows</source>
        <translation>Geprüfte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Only the first %L1 rows that need attention are listed.</source>
        <translation>Nur die ersten %L1 Zeilen, die Aufmerksamkeit brauchen, werden aufgeführt.</translation>
    </message>
    <message>
        <source>Invalid rows are left out; correct a cell to check its row again.</source>
        <translation>Ungültige Zeilen werden ausgelassen; korrigieren Sie eine Zelle, um ihre Zeile erneut zu prüfen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save rows with problems</source>
        <translation>Zeilen mit Problemen speichern</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-probleme</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rows not saved</source>
        <translation>Zeilen nicht gespeichert</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Gesendete Zeilen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Save failed rows…</source>
        <translation>Fehlgeschlagene Zeilen speichern…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Stopping after the rows on their way…</source>
        <translation>Wird nach den Zeilen angehalten, die schon unterwegs sind…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The import could not be prepared: %1</source>
        <translation>Der Import konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Diesen Import rückgängig machen?</translation>
    </message>
    <message>
        <source>The contacts this import created are deleted, and the contacts it updated get their previous values back.</source>
        <translation>Die Kontakte, die dieser Import angelegt hat, werden gelöscht, und die Kontakte, die er aktualisiert hat, erhalten ihre vorherigen Werte zurück.</translation>
    </message>
    <message>
        <source>Taking the import back…</source>
        <translation>Der Import wird zurückgenommen…</translation>
    </message>
    <message>
        <source>The import was taken back.</source>
        <translation>Der Import wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>The import was stopped; the rows not sent yet are kept and go out when you resume it.</source>
        <translation>Der Import wurde angehalten; die noch nicht gesendeten Zeilen bleiben erhalten und gehen raus, wenn Sie ihn fortsetzen.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Der Import ist fertig.</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Not connected to the server: the import is kept and is sent as soon as the account connects.</source>
        <translation>Keine Verbindung zum Server: Der Import bleibt erhalten und wird gesendet, sobald das Konto verbunden ist.</translation>
    </message>
    <message>
        <source>%1 is sending an import to this account; import this file when it is done. Nothing was sent.</source>
        <translation>%1 sendet gerade einen Import an dieses Konto; importieren Sie diese Datei, wenn er fertig ist. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent: go back and check the file again.</source>
        <translation>%1 Nichts wurde gesendet: Gehen Sie zurück und prüfen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the owners of the file…</source>
        <translation>Die Besitzer in der Datei werden gelesen…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Die Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Der Import wird vorbereitet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Die Datei wird gelesen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>Das Lesen der Datei anhalten</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was sent.</source>
        <translation>Die Prüfung wurde abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The import was stopped before anything was sent.</source>
        <translation>Der Import wurde angehalten, bevor etwas gesendet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, separated by “%3”, %Ln column(s).</source>
        <translation>
            <numerusform>%1 — %2, getrennt durch „%3“, %Ln Spalte.</numerusform>
            <numerusform>%1 — %2, getrennt durch „%3“, %Ln Spalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: </source>
        <translation>
            <numerusform>%Ln Zeile gelesen: </numerusform>
            <numerusform>%Ln Zeilen gelesen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt &amp;importieren</numerusform>
            <numerusform>%Ln Kontakte &amp;importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln contact(s)…</source>
        <translation>
            <numerusform>%Ln Kontakt wird gesendet…</numerusform>
            <numerusform>%Ln Kontakte werden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The custom field(s) %1 the import created stay: Heymarket&apos;s API cannot delete a field. Remove them in Heymarket if they are not wanted.</source>
        <translation>
            <numerusform>Das vom Import angelegte benutzerdefinierte Feld %1 bleibt: Die Heymarket-API kann kein Feld löschen. Entfernen Sie es in Heymarket, wenn es nicht gebraucht wird.</numerusform>
            <numerusform>Die vom Import angelegten benutzerdefinierten Felder %1 bleiben: Die Heymarket-API kann kein Feld löschen. Entfernen Sie sie in Heymarket, wenn sie nicht gebraucht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Noch etwa %Ln Sekunde</numerusform>
            <numerusform>Noch etwa %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %Ln Minute</numerusform>
            <numerusform>Noch etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) undone.</source>
        <translation>
            <numerusform>%Ln Zeile rückgängig gemacht.</numerusform>
            <numerusform>%Ln Zeilen rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be undone.</source>
        <translation>
            <numerusform>%Ln Zeile konnte nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Zeilen konnten nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) created.</source>
        <translation>
            <numerusform>%Ln Kontakt angelegt.</numerusform>
            <numerusform>%Ln Kontakte angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) updated.</source>
        <translation>
            <numerusform>%Ln Kontakt aktualisiert.</numerusform>
            <numerusform>%Ln Kontakte aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) failed: save them to see why, correct them and import them again.</source>
        <translation>
            <numerusform>%Ln Zeile fehlgeschlagen: speichern Sie sie, um den Grund zu sehen, korrigieren Sie sie und importieren Sie sie erneut.</numerusform>
            <numerusform>%Ln Zeilen fehlgeschlagen: speichern Sie sie, um die Gründe zu sehen, korrigieren Sie sie und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not sent yet.</source>
        <translation>
            <numerusform>%Ln Zeile noch nicht gesendet.</numerusform>
            <numerusform>%Ln Zeilen noch nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try earlier</source>
        <translation>Früher versuchen</translation>
    </message>
    <message>
        <source>Try later</source>
        <translation>Später versuchen</translation>
    </message>
    <message>
        <source>&amp;Phone columns, in the order they are tried for the contact&apos;s phone (the other numbers are added to the contact):</source>
        <translation>&amp;Telefonspalten, in der Reihenfolge, in der sie für die Telefonnummer des Kontakts versucht werden (die anderen Nummern werden dem Kontakt hinzugefügt):</translation>
    </message>
    <message>
        <source>E&amp;mail columns, in the order they are tried for the contact&apos;s email (the other addresses are added to the contact):</source>
        <translation>E-&amp;Mail-Spalten, in der Reihenfolge, in der sie für die E-Mail-Adresse des Kontakts versucht werden (die anderen Adressen werden dem Kontakt hinzugefügt):</translation>
    </message>
    <message>
        <source>%1 — vCard file (%2).</source>
        <translation>%1 — vCard-Datei (%2).</translation>
    </message>
    <message>
        <source>Rows with a warning</source>
        <translation>Zeilen mit einer Warnung</translation>
    </message>
    <message>
        <source>&amp;Owners no team member answers to: their contacts are imported unassigned, or choose a member for each (remembered for the next import).</source>
        <translation>&amp;Besitzer, die kein Teammitglied sind: ihre Kontakte werden ohne Zuweisung importiert, oder wählen Sie für jeden ein Mitglied (für den nächsten Import gemerkt).</translation>
    </message>
    <message>
        <source>Owners of the file</source>
        <translation>Besitzer in der Datei</translation>
    </message>
    <message>
        <source>Owner in the file</source>
        <translation>Besitzer in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>%L1 new, %L2 to update, %L3 unchanged, %L4 skipped, %L5 invalid.</source>
        <translation>%L1 neu, %L2 zu aktualisieren, %L3 unverändert, %L4 übersprungen, %L5 ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): owner not found, will be unassigned.</source>
        <translation>
            <numerusform>%Ln Zeile: Besitzer nicht gefunden, wird niemandem zugewiesen.</numerusform>
            <numerusform>%Ln Zeilen: Besitzer nicht gefunden, werden niemandem zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts owned by “%1” go to</source>
        <translation>Kontakte von „%1“ gehen an</translation>
    </message>
    <message>
        <source>Nobody (warn on each row)</source>
        <translation>Niemand (bei jeder Zeile warnen)</translation>
    </message>
    <message>
        <source>Nobody: leave them unassigned</source>
        <translation>Niemand: ohne Zuweisung lassen</translation>
    </message>
    <message>
        <source>A column that matches no field of the team is not imported; choose “New custom field” to make a team field of it (Heymarket cannot delete a field again).</source>
        <translation>Eine Spalte, die zu keinem Feld des Teams passt, wird nicht importiert; wählen Sie „Neues benutzerdefiniertes Feld“, um ein Teamfeld daraus zu machen (Heymarket kann ein Feld nicht wieder löschen).</translation>
    </message>
    <message>
        <source>The file could not be read to its end (see above), so nothing is imported from it: correct the file and check it again.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden (siehe oben), daher wird nichts daraus importiert: Korrigieren Sie die Datei und prüfen Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %1.</source>
        <translation>
            <numerusform>Nicht importiert: %1.</numerusform>
            <numerusform>Nicht importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the import sent before this one to end…</source>
        <translation>Warten, bis der zuvor gesendete Import endet…</translation>
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
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Select the contacts to message first.</source>
        <translation>Wählen Sie zuerst die Kontakte aus, denen Sie schreiben möchten.</translation>
    </message>
    <message>
        <source>Compose message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Each one gets its own message; preparing the preview may take a moment.</source>
        <translation>Jeder erhält eine eigene Nachricht; die Vorschau vorzubereiten kann einen Moment dauern.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>no contacts are open</source>
        <translation>keine Kontakte geöffnet</translation>
    </message>
    <message>
        <source>there are no contacts to export</source>
        <translation>es gibt keine Kontakte zum Exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>kontakte.csv</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Imports can be undone while connected and when no other import is running.</source>
        <translation>Importe können rückgängig gemacht werden, solange eine Verbindung besteht und kein anderer Import läuft.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Undo the last import?</source>
        <translation>Den letzten Import rückgängig machen?</translation>
    </message>
    <message>
        <source>Undoing the import stopped: %1</source>
        <translation>Das Rückgängigmachen des Imports wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>Der Import von %1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Delete %1? The contact is removed from the team on Heymarket too.</source>
        <translation>%1 löschen? Der Kontakt wird auch bei Heymarket aus dem Team entfernt.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Neuer Kontakt %1</translation>
    </message>
    <message>
        <source>A stopped import can be resumed while connected and when no other import is running.</source>
        <translation>Ein angehaltener Import kann fortgesetzt werden, solange eine Verbindung besteht und kein anderer Import läuft.</translation>
    </message>
    <message>
        <source>There is no stopped import to resume.</source>
        <translation>Es gibt keinen angehaltenen Import zum Fortsetzen.</translation>
    </message>
    <message>
        <source>The import of %1 stopped: %2</source>
        <translation>Der Import von %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <source>The import of %1 was stopped.</source>
        <translation>Der Import von %1 wurde angehalten.</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Compose a message to %Ln contacts?</source>
        <translation>
            <numerusform>Eine Nachricht an %Ln Kontakt verfassen?</numerusform>
            <numerusform>Eine Nachricht an %Ln Kontakte verfassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected</source>
        <translation>
            <numerusform>Den ausgewählten</numerusform>
            <numerusform>Die %Ln ausgewählten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown</source>
        <translation>
            <numerusform>Den angezeigten</numerusform>
            <numerusform>Alle %Ln angezeigten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%Ln Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 created %Ln contact(s) and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</source>
        <translation>
            <numerusform>Der Import von %1 hat %Ln Kontakt angelegt und %2 aktualisiert. Das Rückgängigmachen löscht die angelegten Kontakte und gibt den aktualisierten ihre vorherigen Werte zurück.</numerusform>
            <numerusform>Der Import von %1 hat %Ln Kontakte angelegt und %2 aktualisiert. Das Rückgängigmachen löscht die angelegten Kontakte und gibt den aktualisierten ihre vorherigen Werte zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone (%Ln row(s)).</source>
        <translation>
            <numerusform>Der Import wurde rückgängig gemacht (%Ln Zeile).</numerusform>
            <numerusform>Der Import wurde rückgängig gemacht (%Ln Zeilen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 is done: %Ln contact(s) created.</source>
        <translation>
            <numerusform>Der Import von %1 ist fertig: %Ln Kontakt angelegt.</numerusform>
            <numerusform>Der Import von %1 ist fertig: %Ln Kontakte angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming the import of %1: %Ln row(s) to send…</source>
        <translation>
            <numerusform>Der Import von %1 wird fortgesetzt: %Ln Zeile zu senden…</numerusform>
            <numerusform>Der Import von %1 wird fortgesetzt: %Ln Zeilen zu senden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? They are removed from the team on Heymarket too.</source>
        <translation>
            <numerusform>%Ln Kontakt löschen? Er wird auch bei Heymarket aus dem Team entfernt.</numerusform>
            <numerusform>%Ln Kontakte löschen? Sie werden auch bei Heymarket aus dem Team entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt löschen</numerusform>
            <numerusform>%Ln Kontakte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;Spreadsheets as CSV (*.csv *.tsv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.tsv *.txt *.vcf *.vcard);;Tabellen als CSV (*.csv *.tsv *.txt);;vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Which contacts do you want to export?</source>
        <translation>Welche Kontakte möchten Sie exportieren?</translation>
    </message>
    <message>
        <source>CSV for Excel (a byte order mark, so accents read right)</source>
        <translation>CSV für Excel (mit Byte-Order-Mark, damit Umlaute richtig gelesen werden)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;vCard files (*.vcf)</source>
        <translation>CSV-Dateien (*.csv);;vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>%1 opens in the import as soon as the workspace is ready.</source>
        <translation>%1 wird im Import geöffnet, sobald der Arbeitsbereich bereit ist.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MainWindowActions</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (or drop one on the window)</source>
        <translation>Kontakte aus einer CSV-Datei importieren (oder eine Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation>Kontakte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Undo the &amp;last import…</source>
        <translation>&amp;Letzten Import rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>&amp;Massenbearbeitung…</translation>
    </message>
    <message>
        <source>&amp;Delete contacts…</source>
        <translation>Kontakte &amp;löschen…</translation>
    </message>
    <message>
        <source>Message the &amp;selected contacts…</source>
        <translation>Den &amp;ausgewählten Kontakten schreiben…</translation>
    </message>
    <message>
        <source>Message &amp;everyone shown…</source>
        <translation>&amp;Allen angezeigten schreiben…</translation>
    </message>
    <message>
        <source>Send &amp;unsent messages again</source>
        <translation>&amp;Nicht gesendete Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Resume the stopped import</source>
        <translation>Angehaltenen Import &amp;fortsetzen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MessageHistoryView</name>
    <message>
        <source>Recent messages</source>
        <translation>Letzte Nachrichten</translation>
    </message>
    <message>
        <source>Messages show once an account is connected.</source>
        <translation>Nachrichten erscheinen, sobald ein Konto verbunden ist.</translation>
    </message>
    <message>
        <source>No phone number: no text messages.</source>
        <translation>Keine Telefonnummer: keine Textnachrichten.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Se&amp;nd a message…</source>
        <translation>Nachr&amp;icht senden…</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln message(s).</source>
        <translation>
            <numerusform>Die letzte Nachricht.</numerusform>
            <numerusform>Die letzten %Ln Nachrichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Fi&amp;rst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Em&amp;ail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>A contact needs a phone number or an email address.</source>
        <translation>Ein Kontakt braucht eine Telefonnummer oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>Keine gültige Telefonnummer: %1</translation>
    </message>
    <message>
        <source>%1 already belongs to a contact.</source>
        <translation>%1 gehört bereits zu einem Kontakt.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Not a valid email address: %1</source>
        <translation>Keine gültige E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>e.g. (415) 555-0134</source>
        <translation>z. B. 030 1234567</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Local sandbox workspace (demo data on this computer)</source>
        <translation>&amp;Lokaler Sandbox-Arbeitsbereich (Demodaten auf diesem Computer)</translation>
    </message>
    <message>
        <source>&amp;Heymarket account</source>
        <translation>&amp;Heymarket-Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>For example: Support team</source>
        <translation>Zum Beispiel: Support-Team</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Team API &amp;key</source>
        <translation>&amp;API-Schlüssel des Teams</translation>
    </message>
    <message>
        <source>Secret &amp;ID and Secret Key</source>
        <translation>Secret &amp;ID und Secret Key</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
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
        <translation>API-&amp;Schlüssel:</translation>
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
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Standard&amp;region für Telefonnummern:</translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation>Synchronisierungsintervall</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Enter the team API key.</source>
        <translation>Geben Sie den API-Schlüssel des Teams ein.</translation>
    </message>
    <message>
        <source>Enter both the Secret ID and the Secret Key.</source>
        <translation>Geben Sie sowohl die Secret ID als auch den Secret Key ein.</translation>
    </message>
    <message>
        <source>Enter the Secret ID and the Secret Key.</source>
        <translation>Geben Sie die Secret ID und den Secret Key ein.</translation>
    </message>
    <message>
        <source>Enter the credentials to test them.</source>
        <translation>Geben Sie die Zugangsdaten ein, um sie zu testen.</translation>
    </message>
    <message>
        <source>Testing is not available here.</source>
        <translation>Testen ist hier nicht möglich.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected: the server accepted the credentials.</source>
        <translation>Verbunden: der Server hat die Zugangsdaten angenommen.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s keychain, never in the settings file, each for its own account and server. Leave them empty to keep the ones already stored.</source>
        <translation>Schlüssel werden im Schlüsselbund dieses Computers aufbewahrt, nie in der Einstellungsdatei, jeder für sein Konto und seinen Server. Lassen Sie die Felder leer, um die gespeicherten zu behalten.</translation>
    </message>
    <message>
        <source>The server or the name changed: enter the key for it. A stored key is only sent to the server it was saved for.</source>
        <translation>Der Server oder der Name hat sich geändert: geben Sie den Schlüssel dafür ein. Ein gespeicherter Schlüssel wird nur an den Server gesendet, für den er gespeichert wurde.</translation>
    </message>
    <message>
        <source>The server address must be an https address such as https://api.heymarket.com.</source>
        <translation>Die Serveradresse muss eine https-Adresse sein, etwa https://api.heymarket.com.</translation>
    </message>
    <message>
        <source>The server address “%1” is not https://: the key would travel in clear. Use https:// (plain http:// is only for this computer&apos;s own addresses, such as http://127.0.0.1).</source>
        <translation>Die Serveradresse „%1“ ist nicht https://: der Schlüssel würde im Klartext übertragen. Verwenden Sie https:// (einfaches http:// nur für Adressen dieses Computers, etwa http://127.0.0.1).</translation>
    </message>
    <message>
        <source>The server or the name changed: enter the team API key for it (the stored key is only sent to the server it was saved for).</source>
        <translation>Der Server oder der Name hat sich geändert: geben Sie den API-Schlüssel des Teams dafür ein (der gespeicherte Schlüssel wird nur an den Server gesendet, für den er gespeichert wurde).</translation>
    </message>
    <message>
        <source>The server or the name changed: enter the Secret ID and the Secret Key for it (the stored secret is only sent to the server it was saved for).</source>
        <translation>Der Server oder der Name hat sich geändert: geben Sie Secret ID und Secret Key dafür ein (das gespeicherte Geheimnis wird nur an den Server gesendet, für den es gespeichert wurde).</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ContactDesk will keep trying this server and show what it answers. Save these settings anyway?</source>
        <translation>ContactDesk versucht es weiter mit diesem Server und zeigt, was er antwortet. Die Einstellungen trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStateBanner</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Saved on the server.</source>
        <translation>Auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>“%1” was changed on the server too.</source>
        <translation>„%1“ wurde auch auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Meinen behalten: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Den des Servers nehmen: %1</translation>
    </message>
    <message>
        <source>Some edits need your decision.</source>
        <translation>Einige Änderungen brauchen Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Tags</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) waiting to reach the server.</source>
        <translation>
            <numerusform>%Ln Änderung wartet darauf, den Server zu erreichen.</numerusform>
            <numerusform>%Ln Änderungen warten darauf, den Server zu erreichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStatusBar</name>
    <message>
        <source>Edits that need attention</source>
        <translation>Änderungen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Show the next contact whose edit the server refused</source>
        <translation>Den nächsten Kontakt zeigen, dessen Änderung der Server abgelehnt hat</translation>
    </message>
    <message>
        <source>Messages not sent</source>
        <translation>Nicht gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Send the messages that failed or were not sent again</source>
        <translation>Die fehlgeschlagenen oder noch nicht gesendeten Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>Offline; edits are kept and sent when the server is back</source>
        <translation>Offline; Änderungen werden aufbewahrt und gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 contacts</source>
        <translation>Synchronisiere: %1 von %2 Kontakten</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>%1 is syncing this profile; this window syncs when it is done</source>
        <translation>%1 synchronisiert dieses Profil; dieses Fenster synchronisiert, wenn es fertig ist</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln second(s) left</source>
        <translation>
            <numerusform>noch etwa %Ln Sekunde</numerusform>
            <numerusform>noch etwa %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>noch etwa %Ln Minute</numerusform>
            <numerusform>noch etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>noch etwa %Ln Stunde</numerusform>
            <numerusform>noch etwa %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox startet…</translation>
    </message>
    <message>
        <source>Preparing the demo team: %1 of %2 contacts</source>
        <translation>Das Demo-Team wird angelegt: %1 von %2 Kontakten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) waiting</source>
        <translation>
            <numerusform>%Ln Änderung wartet</numerusform>
            <numerusform>%Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) failed</source>
        <translation>
            <numerusform>%Ln Änderung fehlgeschlagen</numerusform>
            <numerusform>%Ln Änderungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) need attention</source>
        <translation>
            <numerusform>%Ln Änderung braucht Aufmerksamkeit</numerusform>
            <numerusform>%Ln Änderungen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not sent</source>
        <translation>
            <numerusform>%Ln Nachricht nicht gesendet</numerusform>
            <numerusform>%Ln Nachrichten nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::TagChipEditor</name>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Den Tag „%1“ entfernen</translation>
    </message>
    <message>
        <source>A contact can have at most five tags; remove one before adding “%1”.</source>
        <translation>Ein Kontakt kann höchstens fünf Tags haben; entfernen Sie einen, bevor Sie „%1“ hinzufügen.</translation>
    </message>
    <message>
        <source>The team has no tag called “%1”. Pick one of the suggested tags.</source>
        <translation>Das Team hat keinen Tag namens „%1“. Wählen Sie einen der vorgeschlagenen Tags.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <source>The team has no tag called “%1”. Create it?</source>
        <translation>Das Team hat keinen Tag namens „%1“. Anlegen?</translation>
    </message>
    <message>
        <source>Creating the tag “%1”…</source>
        <translation>Der Tag „%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created: %2</source>
        <translation>Der Tag „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The contact already has the tag “%1”.</source>
        <translation>Der Kontakt hat den Tag „%1“ bereits.</translation>
    </message>
    <message>
        <source>Create the tag</source>
        <translation>Tag anlegen</translation>
    </message>
    <message>
        <source>Five tags: remove one first</source>
        <translation>Fünf Tags: erst einen entfernen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ContactDesk manages and messages your team&apos;s Heymarket contacts. With no account configured it opens a local sandbox workspace with demo data.</source>
        <translation>ContactDesk verwaltet die Heymarket-Kontakte Ihres Teams und schreibt ihnen. Ohne eingerichtetes Konto öffnet es einen lokalen Sandbox-Arbeitsbereich mit Demodaten.</translation>
    </message>
    <message>
        <source>Keep every setting and data file under DIR instead of the usual places.</source>
        <translation>Alle Einstellungen und Datendateien unter DIR statt an den üblichen Orten ablegen.</translation>
    </message>
    <message>
        <source>Size of the demo team seeded when the sandbox workspace is first created.</source>
        <translation>Größe des Demoteams, das beim ersten Anlegen des Sandbox-Arbeitsbereichs erzeugt wird.</translation>
    </message>
    <message>
        <source>After the first sync, save pictures of the window and dialogs to DIR, then quit (used by scripts/screenshots).</source>
        <translation>Nach der ersten Synchronisierung Bilder des Fensters und der Dialoge in DIR speichern, dann beenden (für scripts/screenshots).</translation>
    </message>
    <message>
        <source>CSV files to import (each opens the import wizard).</source>
        <translation>Zu importierende CSV-Dateien (jede öffnet den Importassistenten).</translation>
    </message>
    <message>
        <source>--sandbox-contacts takes a number (0 or more)</source>
        <translation>--sandbox-contacts nimmt eine Zahl (0 oder mehr)</translation>
    </message>
    <message>
        <source>Other launches will open a second window: %1</source>
        <translation>Weitere Starts öffnen ein zweites Fenster: %1</translation>
    </message>
    <message>
        <source>ContactDesk cannot start</source>
        <translation>ContactDesk kann nicht starten</translation>
    </message>
    <message>
        <source>A local server with the same paths, bodies and limits as the Heymarket REST API (contacts v1/v2, channels, custom fields, tags, team, users, inboxes), for ContactDesk and its tests. Listens on 127.0.0.1 only.</source>
        <translation>Ein lokaler Server mit denselben Pfaden, Bodies und Grenzen wie die Heymarket-REST-API (Kontakte v1/v2, Kanäle, benutzerdefinierte Felder, Tags, Team, Benutzer, Posteingänge) für ContactDesk und seine Tests. Lauscht nur auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP port; 0 picks a free one. The address is printed as &quot;listening on http://127.0.0.1:PORT&quot;.</source>
        <translation>TCP-Port; 0 wählt einen freien. Die Adresse wird als &quot;listening on http://127.0.0.1:PORT&quot; ausgegeben.</translation>
    </message>
    <message>
        <source>SQLite data file (created when missing). Without it the data lives in memory and is gone at exit.</source>
        <translation>SQLite-Datendatei (wird angelegt, wenn sie fehlt). Ohne sie liegen die Daten im Speicher und sind beim Beenden weg.</translation>
    </message>
    <message>
        <source>Team API key accepted as &quot;Authorization: Bearer KEY&quot;. Repeat for several. Default when no credential is given: &quot;sandbox&quot;.</source>
        <translation>Team-API-Schlüssel, angenommen als &quot;Authorization: Bearer KEY&quot;. Für mehrere wiederholen. Standard ohne Zugangsdaten: &quot;sandbox&quot;.</translation>
    </message>
    <message>
        <source>API Secret ID for HS256 JWTs (with --secret-key; repeat the pair for a second secret).</source>
        <translation>API Secret ID für HS256-JWTs (mit --secret-key; das Paar für ein zweites Secret wiederholen).</translation>
    </message>
    <message>
        <source>API Secret Key that goes with the --secret-id in the same position.</source>
        <translation>API Secret Key zur --secret-id an derselben Position.</translation>
    </message>
    <message>
        <source>On an empty database, create a deterministic demo team with N contacts.</source>
        <translation>Bei einer leeren Datenbank ein deterministisches Demoteam mit N Kontakten anlegen.</translation>
    </message>
    <message>
        <source>Requests per rolling minute per credential before 429 (0 = unlimited).</source>
        <translation>Anfragen pro gleitender Minute und Zugangsdaten vor 429 (0 = unbegrenzt).</translation>
    </message>
    <message>
        <source>Delay every answer by N milliseconds.</source>
        <translation>Jede Antwort um N Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>Share (0..1) of requests answered 500 without doing anything.</source>
        <translation>Anteil (0..1) der Anfragen, die mit 500 beantwortet werden, ohne etwas zu tun.</translation>
    </message>
    <message>
        <source>Share (0..1) of requests whose connection is closed without an answer, after the work is done.</source>
        <translation>Anteil (0..1) der Anfragen, deren Verbindung nach getaner Arbeit ohne Antwort geschlossen wird.</translation>
    </message>
    <message>
        <source>Largest accepted request body in bytes; larger ones get 413.</source>
        <translation>Größter angenommener Request-Body in Bytes; größere erhalten 413.</translation>
    </message>
    <message>
        <source>Do not log one line per request on stderr.</source>
        <translation>Nicht eine Zeile pro Anfrage auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>How the sandbox workspace reads the points the Heymarket docs leave open: &quot;strict&quot; (the default: the reading hardest for ContactDesk, so what works here works on any real account) or &quot;lenient&quot;.</source>
        <translation>Wie der Sandbox-Arbeitsbereich die Punkte liest, die die Heymarket-Dokumentation offen lässt: &quot;strict&quot; (Standard: die für ContactDesk schwierigste Lesart, damit, was hier funktioniert, auf jedem echten Konto funktioniert) oder &quot;lenient&quot;.</translation>
    </message>
    <message>
        <source>--reading takes &quot;strict&quot; or &quot;lenient&quot;</source>
        <translation>--reading erwartet &quot;strict&quot; oder &quot;lenient&quot;</translation>
    </message>
    <message>
        <source>The team&apos;s id (GET /v1/team) for a new database; default 7. A data file of another team is refused.</source>
        <translation>Die ID des Teams (GET /v1/team) für eine neue Datenbank; Standard 7. Eine Datendatei eines anderen Teams wird abgelehnt.</translation>
    </message>
    <message>
        <source>The team&apos;s name (GET /v1/team).</source>
        <translation>Der Name des Teams (GET /v1/team).</translation>
    </message>
    <message>
        <source>How to read the points the Heymarket docs leave open: &quot;lenient&quot; (the default: kind to a client) or &quot;strict&quot; (hardest for a client: omitted fields cleared on update, no Retry-After, plain-text errors, ...). See sandbox/README.md.</source>
        <translation>Wie die Punkte gelesen werden, die die Heymarket-Dokumentation offen lässt: &quot;lenient&quot; (Standard: freundlich zum Client) oder &quot;strict&quot; (am schwierigsten für einen Client: ausgelassene Felder werden beim Aktualisieren geleert, kein Retry-After, Fehler als Klartext, ...). Siehe sandbox/README.md.</translation>
    </message>
    <message>
        <source>Delay every answer by a further random 0..N milliseconds (seeded dice).</source>
        <translation>Jede Antwort um zusätzliche zufällige 0..N Millisekunden verzögern (gesäter Zufall).</translation>
    </message>
    <message>
        <source>Share (0..1) of requests answered 429 without doing anything (Retry-After in the lenient reading only).</source>
        <translation>Anteil (0..1) der Anfragen, die ohne jede Wirkung mit 429 beantwortet werden (Retry-After nur in der nachsichtigen Lesart).</translation>
    </message>
    <message>
        <source>Share (0..1) of requests whose connection is closed without an answer, before anything is done.</source>
        <translation>Anteil (0..1) der Anfragen, deren Verbindung ohne Antwort geschlossen wird, bevor etwas getan ist.</translation>
    </message>
    <message>
        <source>Seed of the fault-injection dice.</source>
        <translation>Startwert des Zufalls für eingespeiste Fehler.</translation>
    </message>
    <message>
        <source>The palette of the pictures --screenshots takes.</source>
        <translation>Die Farbpalette der Bilder, die --screenshots aufnimmt.</translation>
    </message>
</context>
</TS>
