<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ContactDesk::App::AppContext</name>
    <message numerus="yes">
        <source>The import of %1 was stopped with %n row(s) not sent yet: File ▸ Resume the stopped import sends them.</source>
        <translation>
            <numerusform>The import of %1 was stopped with %n row not sent yet: File ▸ Resume the stopped import sends it.</numerusform>
            <numerusform>The import of %1 was stopped with %n rows not sent yet: File ▸ Resume the stopped import sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 that another program was sending is done: %n contact(s) created.</source>
        <translation>
            <numerusform>The import of %1 that another program was sending is done: %n contact created.</numerusform>
            <numerusform>The import of %1 that another program was sending is done: %n contacts created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::ContactLookup</name>
    <message numerus="yes">
        <source>“%1” names %n contact(s); name one by its id:</source>
        <translation>
            <numerusform>“%1” names %n contact; name one by its id:</numerusform>
            <numerusform>“%1” names %n contacts; name one by its id:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::RemoveCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s): %1? [y/N] </source>
        <translation>
            <numerusform>Delete %n contact: %1? [y/N] </numerusform>
            <numerusform>Delete %n contacts: %1? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Deleted %n contact.</numerusform>
            <numerusform>Deleted %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Cli::SendCommand</name>
    <message numerus="yes">
        <source>%1, %n segment(s)</source>
        <translation>
            <numerusform>%1, %n segment</numerusform>
            <numerusform>%1, %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed; they stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>
            <numerusform>%n message failed; it stays in the outbox (the app&apos;s status bar sends it again).</numerusform>
            <numerusform>%n messages failed; they stay in the outbox (the app&apos;s status bar sends them again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n message(s) not sent; they stay in the outbox (the app&apos;s status bar sends them again).</source>
        <translation>
            <numerusform>Stopped: %n message not sent; it stays in the outbox (the app&apos;s status bar sends it again).</numerusform>
            <numerusform>Stopped: %n messages not sent; they stay in the outbox (the app&apos;s status bar sends them again).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n contact(s)</source>
        <translation>
            <numerusform>Edit %n contact</numerusform>
            <numerusform>Edit %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will change.</source>
        <translation>
            <numerusform>%n contact will change.</numerusform>
            <numerusform>%n contacts will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as asked.</source>
        <translation>
            <numerusform>%n already as asked.</numerusform>
            <numerusform>%n already as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) already have five tags and will be left alone: %1</source>
        <translation>
            <numerusform>%n contact already has five tags and will be left alone: %1</numerusform>
            <numerusform>%n contacts already have five tags and will be left alone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) no longer exist.</source>
        <translation>
            <numerusform>%n contact no longer exists.</numerusform>
            <numerusform>%n contacts no longer exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” on %n contact(s)</source>
        <translation>
            <numerusform>%1 “%2” on %n contact</numerusform>
            <numerusform>%1 “%2” on %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ComposeDialog</name>
    <message numerus="yes">
        <source>To: %n contact(s)</source>
        <translation>
            <numerusform>To: %n contact</numerusform>
            <numerusform>To: %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GSM-7 · %n segment(s)</source>
        <translation>
            <numerusform>GSM-7 · %n segment</numerusform>
            <numerusform>GSM-7 · %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UCS-2 (Unicode) · %n segment(s)</source>
        <translation>
            <numerusform>UCS-2 (Unicode) · %n segment</numerusform>
            <numerusform>UCS-2 (Unicode) · %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will receive it</source>
        <translation>
            <numerusform>%n will receive it</numerusform>
            <numerusform>%n will receive it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an empty merge value</source>
        <translation>
            <numerusform>%n with an empty merge value</numerusform>
            <numerusform>%n with an empty merge value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipient(s)?</source>
        <translation>
            <numerusform>Send this message to %n recipient?</numerusform>
            <numerusform>Send this message to %n recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded:</source>
        <translation>
            <numerusform>%n excluded:</numerusform>
            <numerusform>%n excluded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will get a message with an empty merge value.</source>
        <translation>
            <numerusform>%n will get a message with an empty merge value.</numerusform>
            <numerusform>%n will get a message with an empty merge value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n recipient(s)…</source>
        <translation>
            <numerusform>Sending to %n recipient…</numerusform>
            <numerusform>Sending to %n recipients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s)</source>
        <translation>
            <numerusform>Sent to %n recipient</numerusform>
            <numerusform>Sent to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::FilterBar</name>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ImportWizard</name>
    <message numerus="yes">
        <source>%1 — %2, separated by “%3”, %n column(s).</source>
        <translation>
            <numerusform>%1 — %2, separated by “%3”, %n column.</numerusform>
            <numerusform>%1 — %2, separated by “%3”, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n row read: </numerusform>
            <numerusform>%n rows read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n contact</numerusform>
            <numerusform>&amp;Import %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n contact(s)…</source>
        <translation>
            <numerusform>Sending %n contact…</numerusform>
            <numerusform>Sending %n contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) undone.</source>
        <translation>
            <numerusform>%n row undone.</numerusform>
            <numerusform>%n rows undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be undone.</source>
        <translation>
            <numerusform>%n row could not be undone.</numerusform>
            <numerusform>%n rows could not be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) created.</source>
        <translation>
            <numerusform>%n contact created.</numerusform>
            <numerusform>%n contacts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) updated.</source>
        <translation>
            <numerusform>%n contact updated.</numerusform>
            <numerusform>%n contacts updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: save them to see why, correct them and import them again.</source>
        <translation>
            <numerusform>%n row failed: save them to see why, correct them and import them again.</numerusform>
            <numerusform>%n rows failed: save them to see why, correct them and import them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent yet.</source>
        <translation>
            <numerusform>%n row not sent yet.</numerusform>
            <numerusform>%n rows not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MainWindow</name>
    <message numerus="yes">
        <source>Compose a message to %n contacts?</source>
        <translation>
            <numerusform>Compose a message to %n contact?</numerusform>
            <numerusform>Compose a message to %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected</source>
        <translation>
            <numerusform>The selected one</numerusform>
            <numerusform>The %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n shown</source>
        <translation>
            <numerusform>The one shown</numerusform>
            <numerusform>All %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 created %n contact(s) and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</source>
        <translation>
            <numerusform>The import of %1 created %n contact and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</numerusform>
            <numerusform>The import of %1 created %n contacts and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone (%n row(s)).</source>
        <translation>
            <numerusform>The import was undone (%n row).</numerusform>
            <numerusform>The import was undone (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? They are removed from the team on Heymarket too.</source>
        <translation>
            <numerusform>Delete %n contact? It is removed from the team on Heymarket too.</numerusform>
            <numerusform>Delete %n contacts? They are removed from the team on Heymarket too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 is done: %n contact(s) created.</source>
        <translation>
            <numerusform>The import of %1 is done: %n contact created.</numerusform>
            <numerusform>The import of %1 is done: %n contacts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming the import of %1: %n row(s) to send…</source>
        <translation>
            <numerusform>Resuming the import of %1: %n row to send…</numerusform>
            <numerusform>Resuming the import of %1: %n rows to send…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MessageHistoryView</name>
    <message numerus="yes">
        <source>The last %n message(s).</source>
        <translation>
            <numerusform>The last message.</numerusform>
            <numerusform>The last %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStateBanner</name>
    <message numerus="yes">
        <source>%n edit(s) waiting to reach the server.</source>
        <translation>
            <numerusform>%n edit waiting to reach the server.</numerusform>
            <numerusform>%n edits waiting to reach the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStatusBar</name>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n edit waiting</numerusform>
            <numerusform>%n edits waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) failed</source>
        <translation>
            <numerusform>%n edit failed</numerusform>
            <numerusform>%n edits failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) need attention</source>
        <translation>
            <numerusform>%n edit needs attention</numerusform>
            <numerusform>%n edits need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n message not sent</numerusform>
            <numerusform>%n messages not sent</numerusform>
        </translation>
    </message>
</context>
</TS>
