<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ContactDesk::App::AppContext</name>
    <message numerus="yes">
        <source>The import of %1 was stopped with %Ln row(s) not sent yet: File ▸ Resume the stopped import sends them.</source>
        <translation>
            <numerusform>The import of %1 was stopped with %Ln row not sent yet: File ▸ Resume the stopped import sends it.</numerusform>
            <numerusform>The import of %1 was stopped with %Ln rows not sent yet: File ▸ Resume the stopped import sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 that another program was sending is done: %Ln contact(s) created.</source>
        <translation>
            <numerusform>The import of %1 that another program was sending is done: %Ln contact created.</numerusform>
            <numerusform>The import of %1 that another program was sending is done: %Ln contacts created.</numerusform>
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
    <name>ContactDesk::Cli::ImportCommand</name>
    <message numerus="yes">
        <source>Stopped by %1: %2 of %n row(s) sent (%3 created, %4 updated, %5 failed), %6 not sent yet. Run “%7” to resume.</source>
        <translation>
            <numerusform>Stopped by %1: %2 of %n row sent (%3 created, %4 updated, %5 failed), %6 not sent yet. Run “%7” to resume.</numerusform>
            <numerusform>Stopped by %1: %2 of %n rows sent (%3 created, %4 updated, %5 failed), %6 not sent yet. Run “%7” to resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Import %2 was not resumed and nothing was sent; it stays as it was (%n row(s) not sent yet). Put the file back as it was checked to resume it, or import the changed file under another name.</source>
        <translation>
            <numerusform>%1 Import %2 was not resumed and nothing was sent; it stays as it was (%n row not sent yet). Put the file back as it was checked to resume it, or import the changed file under another name.</numerusform>
            <numerusform>%1 Import %2 was not resumed and nothing was sent; it stays as it was (%n rows not sent yet). Put the file back as it was checked to resume it, or import the changed file under another name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming import %1 of %2: %n row(s) still to send.</source>
        <translation>
            <numerusform>Resuming import %1 of %2: %n row still to send.</numerusform>
            <numerusform>Resuming import %1 of %2: %n rows still to send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s): %2 new, %3 to update, %4 unchanged, %5 skipped, %6 invalid.</source>
        <translation>
            <numerusform>%1: %n row: %2 new, %3 to update, %4 unchanged, %5 skipped, %6 invalid.</numerusform>
            <numerusform>%1: %n rows: %2 new, %3 to update, %4 unchanged, %5 skipped, %6 invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): owner not found, will be unassigned.</source>
        <translation>
            <numerusform>%n row: owner not found, will be unassigned.</numerusform>
            <numerusform>%n rows: owner not found, will be unassigned.</numerusform>
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
        <source>%1 on %Ln contact(s)</source>
        <translation>
            <numerusform>%1 on %Ln contact</numerusform>
            <numerusform>%1 on %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln contact(s)</source>
        <translation>
            <numerusform>Edit %Ln contact</numerusform>
            <numerusform>Edit %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) will change.</source>
        <translation>
            <numerusform>%Ln contact will change.</numerusform>
            <numerusform>%Ln contacts will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as asked.</source>
        <translation>
            <numerusform>%Ln already as asked.</numerusform>
            <numerusform>%Ln already as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) already have five tags and will be left alone: %1</source>
        <translation>
            <numerusform>%Ln contact already has five tags and will be left alone: %1</numerusform>
            <numerusform>%Ln contacts already have five tags and will be left alone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) no longer exist.</source>
        <translation>
            <numerusform>%Ln contact no longer exists.</numerusform>
            <numerusform>%Ln contacts no longer exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) on %1</source>
        <translation>
            <numerusform>%Ln change on %1</numerusform>
            <numerusform>%Ln changes on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln contact(s) will change.</source>
        <translation>
            <numerusform>%1: %Ln contact will change.</numerusform>
            <numerusform>%1: %Ln contacts will change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ComposeDialog</name>
    <message numerus="yes">
        <source>To: %Ln contact(s)</source>
        <translation>
            <numerusform>To: %Ln contact</numerusform>
            <numerusform>To: %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GSM-7 · %Ln segment(s)</source>
        <translation>
            <numerusform>GSM-7 · %Ln segment</numerusform>
            <numerusform>GSM-7 · %Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) left</source>
        <translation>
            <numerusform>%Ln character left</numerusform>
            <numerusform>%Ln characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UCS-2 (Unicode) · %Ln segment(s)</source>
        <translation>
            <numerusform>UCS-2 (Unicode) · %Ln segment</numerusform>
            <numerusform>UCS-2 (Unicode) · %Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will receive it</source>
        <translation>
            <numerusform>%Ln will receive it</numerusform>
            <numerusform>%Ln will receive it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluded</numerusform>
            <numerusform>%Ln excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an empty merge value</source>
        <translation>
            <numerusform>%Ln with an empty merge value</numerusform>
            <numerusform>%Ln with an empty merge value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %Ln recipient(s)?</source>
        <translation>
            <numerusform>Send this message to %Ln recipient?</numerusform>
            <numerusform>Send this message to %Ln recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln recipient(s)</source>
        <translation>
            <numerusform>Send to %Ln recipient</numerusform>
            <numerusform>Send to %Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded:</source>
        <translation>
            <numerusform>%Ln excluded:</numerusform>
            <numerusform>%Ln excluded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will get a message with an empty merge value.</source>
        <translation>
            <numerusform>%Ln will get a message with an empty merge value.</numerusform>
            <numerusform>%Ln will get a message with an empty merge value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %Ln recipient(s)…</source>
        <translation>
            <numerusform>Sending to %Ln recipient…</numerusform>
            <numerusform>Sending to %Ln recipients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %Ln recipient(s)</source>
        <translation>
            <numerusform>Sent to %Ln recipient</numerusform>
            <numerusform>Sent to %Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::FilterBar</name>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::ImportWizard</name>
    <message numerus="yes">
        <source>%1 — %2, separated by “%3”, %Ln column(s).</source>
        <translation>
            <numerusform>%1 — %2, separated by “%3”, %Ln column.</numerusform>
            <numerusform>%1 — %2, separated by “%3”, %Ln columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: </source>
        <translation>
            <numerusform>%Ln row read: </numerusform>
            <numerusform>%Ln rows read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln contact(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln contact</numerusform>
            <numerusform>&amp;Import %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln contact(s)…</source>
        <translation>
            <numerusform>Sending %Ln contact…</numerusform>
            <numerusform>Sending %Ln contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The custom field(s) %1 the import created stay: Heymarket&apos;s API cannot delete a field. Remove them in Heymarket if they are not wanted.</source>
        <translation>
            <numerusform>The custom field %1 the import created stays: Heymarket&apos;s API cannot delete a field. Remove it in Heymarket if it is not wanted.</numerusform>
            <numerusform>The custom fields %1 the import created stay: Heymarket&apos;s API cannot delete a field. Remove them in Heymarket if they are not wanted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>About %Ln second left</numerusform>
            <numerusform>About %Ln seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>About %Ln minute left</numerusform>
            <numerusform>About %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) undone.</source>
        <translation>
            <numerusform>%Ln row undone.</numerusform>
            <numerusform>%Ln rows undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be undone.</source>
        <translation>
            <numerusform>%Ln row could not be undone.</numerusform>
            <numerusform>%Ln rows could not be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) created.</source>
        <translation>
            <numerusform>%Ln contact created.</numerusform>
            <numerusform>%Ln contacts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) updated.</source>
        <translation>
            <numerusform>%Ln contact updated.</numerusform>
            <numerusform>%Ln contacts updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) failed: save them to see why, correct them and import them again.</source>
        <translation>
            <numerusform>%Ln row failed: save them to see why, correct them and import them again.</numerusform>
            <numerusform>%Ln rows failed: save them to see why, correct them and import them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not sent yet.</source>
        <translation>
            <numerusform>%Ln row not sent yet.</numerusform>
            <numerusform>%Ln rows not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): owner not found, will be unassigned.</source>
        <translation>
            <numerusform>%Ln row: owner not found, will be unassigned.</numerusform>
            <numerusform>%Ln rows: owner not found, will be unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %1.</source>
        <translation>
            <numerusform>Not imported: %1.</numerusform>
            <numerusform>Not imported: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MainWindow</name>
    <message numerus="yes">
        <source>Compose a message to %Ln contacts?</source>
        <translation>
            <numerusform>Compose a message to %Ln contact?</numerusform>
            <numerusform>Compose a message to %Ln contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected</source>
        <translation>
            <numerusform>The selected one</numerusform>
            <numerusform>The %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln shown</source>
        <translation>
            <numerusform>The one shown</numerusform>
            <numerusform>All %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln contact exported to %1.</numerusform>
            <numerusform>%Ln contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 created %Ln contact(s) and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</source>
        <translation>
            <numerusform>The import of %1 created %Ln contact and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</numerusform>
            <numerusform>The import of %1 created %Ln contacts and updated %2. Undoing it deletes the contacts it created and gives the updated ones their previous values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone (%Ln row(s)).</source>
        <translation>
            <numerusform>The import was undone (%Ln row).</numerusform>
            <numerusform>The import was undone (%Ln rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 is done: %Ln contact(s) created.</source>
        <translation>
            <numerusform>The import of %1 is done: %Ln contact created.</numerusform>
            <numerusform>The import of %1 is done: %Ln contacts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming the import of %1: %Ln row(s) to send…</source>
        <translation>
            <numerusform>Resuming the import of %1: %Ln row to send…</numerusform>
            <numerusform>Resuming the import of %1: %Ln rows to send…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? They are removed from the team on Heymarket too.</source>
        <translation>
            <numerusform>Delete %Ln contact? It is removed from the team on Heymarket too.</numerusform>
            <numerusform>Delete %Ln contacts? They are removed from the team on Heymarket too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::MessageHistoryView</name>
    <message numerus="yes">
        <source>The last %Ln message(s).</source>
        <translation>
            <numerusform>The last message.</numerusform>
            <numerusform>The last %Ln messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStateBanner</name>
    <message numerus="yes">
        <source>%Ln edit(s) waiting to reach the server.</source>
        <translation>
            <numerusform>%Ln edit waiting to reach the server.</numerusform>
            <numerusform>%Ln edits waiting to reach the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::Views::SyncStatusBar</name>
    <message numerus="yes">
        <source>about %Ln second(s) left</source>
        <translation>
            <numerusform>about %Ln second left</numerusform>
            <numerusform>about %Ln seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>about %Ln minute left</numerusform>
            <numerusform>about %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>about %Ln hour left</numerusform>
            <numerusform>about %Ln hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) waiting</source>
        <translation>
            <numerusform>%Ln edit waiting</numerusform>
            <numerusform>%Ln edits waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) failed</source>
        <translation>
            <numerusform>%Ln edit failed</numerusform>
            <numerusform>%Ln edits failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) need attention</source>
        <translation>
            <numerusform>%Ln edit needs attention</numerusform>
            <numerusform>%Ln edits need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) not sent</source>
        <translation>
            <numerusform>%Ln message not sent</numerusform>
            <numerusform>%Ln messages not sent</numerusform>
        </translation>
    </message>
</context>
</TS>
