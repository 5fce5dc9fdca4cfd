// Column mapping guessed from the header layouts teams bring: Heymarket's
// importer, Google Contacts, Outlook and HubSpot exports, a vCard reader's
// titles, in English, German, Spanish, French, Italian, Portuguese and
// Dutch.

#include "core/ImportMapping.h"

#include <QTest>

using namespace ContactDesk;
using Import::Target;

namespace {

QList<Target> targets(const Import::Mapping &mapping)
{
    QList<Target> list;
    for (const Import::ColumnMapping &column : mapping.columns)
        list.append(column.target);
    return list;
}

QString name(Target target)
{
    switch (target) {
    case Target::Ignore:
        return QStringLiteral("Ignore");
    case Target::First:
        return QStringLiteral("First");
    case Target::Last:
        return QStringLiteral("Last");
    case Target::DisplayName:
        return QStringLiteral("Display");
    case Target::Phone:
        return QStringLiteral("Phone");
    case Target::Email:
        return QStringLiteral("Email");
    case Target::ExtraPhone:
        return QStringLiteral("ExtraPhone");
    case Target::ExtraEmail:
        return QStringLiteral("ExtraEmail");
    case Target::Tags:
        return QStringLiteral("Tags");
    case Target::Owner:
        return QStringLiteral("Owner");
    case Target::OptOut:
        return QStringLiteral("OptOut");
    case Target::CustomField:
        return QStringLiteral("Custom");
    }
    return QStringLiteral("?");
}

// "First Last Phone": the targets of a mapping, readable in a failure.
QString names(const Import::Mapping &mapping)
{
    QStringList list;
    for (const Import::ColumnMapping &column : mapping.columns)
        list.append(name(column.target));
    return list.join(QLatin1Char(' '));
}

// A team with a field for each concept guessMapping knows by name.
const QList<CustomField> conceptFields{{11, QStringLiteral("Company"), false},
                                       {12, QStringLiteral("Notes"), false},
                                       {13, QStringLiteral("Birthday"), false}};

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heymarketColumns()
    {
        const QList<CustomField> team{{7, QStringLiteral("Plan"), false}};
        const Import::Mapping m = Import::guessMapping(
            {QStringLiteral("First Name"), QStringLiteral("Last Name"),
             QStringLiteral("Phone Number"), QStringLiteral("Email"), QStringLiteral("Opt Out"),
             QStringLiteral("Owner"), QStringLiteral("List"), QStringLiteral("plan"),
             QStringLiteral("Favourite colour")},
            team);
        QCOMPARE(m.layout, QStringLiteral("Heymarket"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::First, Target::Last, Target::Phone, Target::Email,
                                Target::OptOut, Target::Owner, Target::Tags, Target::CustomField,
                                Target::CustomField}));
        QCOMPARE(m.columns.at(7).customFieldId, 7); // matched to the team's field by title
        QCOMPARE(m.columns.at(8).customFieldId, 0); // a new field
        QCOMPARE(m.columns.at(8).customTitle, QStringLiteral("Favourite colour"));
    }

    // ContactDesk's own export: its further channels come back as channels.
    void contactDeskExport()
    {
        const Import::Mapping m = Import::guessMapping(
            {QStringLiteral("First Name"), QStringLiteral("Phone Number"), QStringLiteral("Email"),
             QStringLiteral("Other Phone"), QStringLiteral("Other Email")},
            {});
        QCOMPARE(targets(m), (QList<Target>{Target::First, Target::Phone, Target::Email,
                                            Target::ExtraPhone, Target::ExtraEmail}));
    }

    void googleContacts()
    {
        const Import::Mapping m = Import::guessMapping(
            {QStringLiteral("Name"), QStringLiteral("Given Name"), QStringLiteral("Family Name"),
             QStringLiteral("Group Membership"), QStringLiteral("E-mail 1 - Type"),
             QStringLiteral("E-mail 1 - Value"), QStringLiteral("E-mail 2 - Value"),
             QStringLiteral("Phone 1 - Type"), QStringLiteral("Phone 1 - Value"),
             QStringLiteral("Phone 2 - Value")},
            {});
        QCOMPARE(m.layout, QStringLiteral("Google Contacts"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::DisplayName, Target::First, Target::Last, Target::Tags,
                                Target::Ignore, Target::Email, Target::ExtraEmail, Target::Ignore,
                                Target::Phone, Target::ExtraPhone}));
    }

    void outlookAndHubspot()
    {
        Import::Mapping m = Import::guessMapping(
            {QStringLiteral("First Name"), QStringLiteral("Last Name"),
             QStringLiteral("E-mail Address"), QStringLiteral("E-mail 2 Address"),
             QStringLiteral("Mobile Phone"), QStringLiteral("Business Phone"),
             QStringLiteral("Categories")},
            {});
        QCOMPARE(m.layout, QStringLiteral("Outlook"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::First, Target::Last, Target::Email, Target::ExtraEmail,
                                Target::Phone, Target::ExtraPhone, Target::Tags}));
        m = Import::guessMapping({QStringLiteral("Record ID"), QStringLiteral("First Name"),
                                  QStringLiteral("Phone Number"),
                                  QStringLiteral("Mobile Phone Number"), QStringLiteral("Email"),
                                  QStringLiteral("Contact owner"),
                                  QStringLiteral("Lifecycle Stage")},
                                 {});
        QCOMPARE(m.layout, QStringLiteral("HubSpot"));
        QCOMPARE(targets(m),
                 (QList<Target>{Target::Ignore, Target::First, Target::Phone, Target::ExtraPhone,
                                Target::Email, Target::Owner, Target::CustomField}));
    }

    // One header in each language for each concept, with accent, case,
    // punctuation and spacing variants. The header comes first, before a
    // "Phone Number" and an "Email", so a further phone or email stays a
    // channel and a mobile or an address is the primary.
    void headerWords_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        QTest::addColumn<qlonglong>("field"); // the team field of a custom column
        const auto row = [](const char *language, const char *header, const char *target,
                            qlonglong field = 0) {
            const QString text = QString::fromUtf8(header);
            QTest::addRow("%s: %s", language, header)
                << text << QString::fromLatin1(target) << field;
        };
        // First and last names; a name word alone is the whole name.
        row("en", "Forename", "First");
        row("de", "Vorname", "First");
        row("es", "Nombre de pila", "First");
        row("fr", "Prénom", "First");
        row("pt", "Primeiro nome", "First");
        row("nl", "Voornaam", "First");
        row("en", "Surname", "Last");
        row("de", "Nachname", "Last");
        row("es", "Apellido(s)", "Last");
        row("fr", "Nom de famille", "Last");
        row("it", "Cognome", "Last");
        row("pt", "Sobrenome", "Last");
        row("nl", "Achternaam", "Last");
        row("en", "Contact Name", "Display");
        row("de", "Vollständiger Name", "Display");
        row("es", "Nombre completo", "Display");
        row("es", "Nombre", "Display");
        row("fr", "Nom complet", "Display");
        row("fr", "Nom", "Display");
        row("it", "Nome e cognome", "Display");
        row("it", "Nome", "Display");
        row("pt", "Nome completo", "Display");
        row("nl", "Volledige naam", "Display");
        row("nl", "Naam", "Display");
        // Phones: the phone and the mobile are the primary...
        row("en", "Telephone", "Phone");
        row("de", "Telefonnummer", "Phone");
        row("es", "Teléfono", "Phone");
        row("fr", "Téléphone", "Phone");
        row("it", "Telefono", "Phone");
        row("pt", "Telefone", "Phone");
        row("nl", "Telefoon", "Phone");
        row("en", "Cell", "Phone");
        row("de", "Handy", "Phone");
        row("de", "Mobiltelefon", "Phone");
        row("es", "Móvil", "Phone");
        row("es", "Celular", "Phone");
        row("fr", "Tél. mobile", "Phone");
        row("fr", "Portable", "Phone");
        row("it", "Cellulare", "Phone");
        row("pt", "Telemóvel", "Phone");
        row("nl", "Mobiel", "Phone");
        row("nl", "Mobiele telefoon", "Phone");
        // ... work, home, other and numbered phones are channels.
        row("en", "Work Phone", "ExtraPhone");
        row("en", "Home Phone 2", "ExtraPhone");
        row("en", "Phone 2", "ExtraPhone");
        row("de", "Telefon geschäftlich", "ExtraPhone");
        row("de", "Telefon privat", "ExtraPhone");
        row("de", "Weiteres Telefon", "ExtraPhone");
        row("de", "Telefon 1 - Wert", "ExtraPhone");
        row("es", "Teléfono del trabajo", "ExtraPhone");
        row("es", "Particular", "ExtraPhone");
        row("es", "Otro teléfono", "ExtraPhone");
        row("es", "Teléfono 1 - Valor", "ExtraPhone");
        row("fr", "Téléphone (bureau)", "ExtraPhone");
        row("fr", "Téléphone domicile", "ExtraPhone");
        row("fr", "Téléphone (autre)", "ExtraPhone");
        row("fr", "Téléphone 1 - Valeur", "ExtraPhone");
        row("it", "Telefono ufficio", "ExtraPhone");
        row("it", "Telefono abitazione", "ExtraPhone");
        row("it", "Altro telefono", "ExtraPhone");
        row("it", "Telefono 1 - Valore", "ExtraPhone");
        row("pt", "Telefone comercial", "ExtraPhone");
        row("pt", "Telefone residencial", "ExtraPhone");
        row("pt", "Outro telefone", "ExtraPhone");
        row("pt", "Telefone 1 - Valor", "ExtraPhone");
        row("nl", "Telefoon werk", "ExtraPhone");
        row("nl", "Telefoon thuis", "ExtraPhone");
        row("nl", "Andere telefoon", "ExtraPhone");
        row("nl", "Telefoon 1 - Waarde", "ExtraPhone");
        // Emails: an address is the primary, numbered ones are channels.
        row("en", "Mail", "Email");
        row("de", "E-Mail-Adresse", "Email");
        row("es", "Correo electrónico", "Email");
        row("es", "Dirección de correo electrónico", "Email");
        row("fr", "Adresse de messagerie", "Email");
        row("fr", "Courriel", "Email");
        row("it", "Indirizzo posta elettronica", "Email");
        row("pt", "Endereço de e-mail", "Email");
        row("nl", "E-mailadres", "Email");
        row("en", "Secondary Email", "ExtraEmail");
        row("de", "E-Mail 2", "ExtraEmail");
        row("de", "E-Mail 2: Adresse", "ExtraEmail");
        row("de", "E-Mail 2 - Wert", "ExtraEmail");
        row("es", "Correo electrónico 2", "ExtraEmail");
        row("es", "Dirección de correo electrónico 2", "ExtraEmail");
        row("es", "Correo electrónico 1 - Valor", "ExtraEmail");
        row("fr", "Courriel 2", "ExtraEmail");
        row("fr", "Adresse de messagerie 2", "ExtraEmail");
        row("fr", "E-mail 1 - Valeur", "ExtraEmail");
        row("it", "E-mail 2", "ExtraEmail");
        row("it", "Indirizzo posta elettronica 2", "ExtraEmail");
        row("it", "E-mail 1 - Valore", "ExtraEmail");
        row("pt", "Endereço de e-mail 2", "ExtraEmail");
        row("pt", "E-mail 1 - Valor", "ExtraEmail");
        row("nl", "E-mailadres 2", "ExtraEmail");
        row("nl", "E-mail 1 - Waarde", "ExtraEmail");
        // What a column says about its phone or email neighbour.
        row("en", "E-mail 1 - Label", "Ignore");
        row("en", "E-mail 2 Display Name", "Ignore");
        row("de", "Telefon 1 - Label", "Ignore");
        row("de", "E-Mail-Typ", "Ignore");
        row("de", "E-Mail: angezeigter Name", "Ignore");
        row("es", "Correo electrónico 1 - Etiqueta", "Ignore");
        row("es", "Tipo de correo electrónico", "Ignore");
        row("fr", "Type de messagerie", "Ignore");
        row("fr", "Nom complet de l'adresse de messagerie", "Ignore");
        row("it", "Tipo posta elettronica", "Ignore");
        row("pt", "Telefone 1 - Rótulo", "Ignore");
        row("nl", "Weergavenaam e-mail", "Ignore");
        row("en", "Work Email Type", "Ignore"); // as before
        row("de", "Mobilitätstyp", "Custom");   // a phone word inside another
        row("en", "Hotel type", "Custom");
        // Tags, opt-out, owner.
        row("en", "Groups", "Tags");
        row("de", "Kategorien", "Tags");
        row("es", "Categorías", "Tags");
        row("es", "Etiquetas", "Tags");
        row("fr", "Catégories", "Tags");
        row("fr", "Libellés", "Tags");
        row("it", "Categorie", "Tags");
        row("pt", "Marcadores", "Tags");
        row("nl", "Categorieën", "Tags");
        row("nl", "Groepen", "Tags");
        row("en", "Do Not Text", "OptOut");
        row("de", "Abgemeldet", "OptOut");
        row("es", "Dado de baja", "OptOut");
        row("fr", "Désabonné", "OptOut");
        row("it", "Disiscritto", "OptOut");
        row("pt", "Descadastrado", "OptOut");
        row("nl", "Afgemeld", "OptOut");
        row("en", "Assigned To", "Owner");
        row("de", "Besitzer", "Owner");
        row("es", "Propietario", "Owner");
        row("es", "Responsable", "Owner");
        row("fr", "Propriétaire", "Owner");
        row("it", "Proprietario", "Owner");
        row("pt", "Responsável", "Owner");
        row("nl", "Eigenaar", "Owner");
        // Company, notes and birthday land in the team's fields.
        row("en", "Organization", "Custom", 11);
        row("en", "Organisation", "Custom", 11);
        row("de", "Firma", "Custom", 11);
        row("es", "Empresa", "Custom", 11);
        row("es", "Organización", "Custom", 11);
        row("fr", "Société", "Custom", 11);
        row("it", "Azienda", "Custom", 11);
        row("pt", "Organização", "Custom", 11);
        row("nl", "Bedrijf", "Custom", 11);
        row("en", "Note", "Custom", 12);
        row("de", "Notizen", "Custom", 12);
        row("es", "Notas", "Custom", 12);
        row("fr", "Remarques", "Custom", 12);
        row("it", "Commenti", "Custom", 12);
        row("pt", "Observações", "Custom", 12);
        row("nl", "Notities", "Custom", 12);
        row("en", "Date of Birth", "Custom", 13);
        row("de", "Geburtstag", "Custom", 13);
        row("es", "Fecha de nacimiento", "Custom", 13);
        row("fr", "Anniversaire", "Custom", 13);
        row("it", "Compleanno", "Custom", 13);
        row("pt", "Data de nascimento", "Custom", 13);
        row("nl", "Verjaardag", "Custom", 13);
        // Accents, case, punctuation and spacing; other forms of a letter.
        row("variant", "E\u2011Mail 2: Adresse", "ExtraEmail"); // a non-breaking hyphen
        row("variant", "E\u2011Mail\u2011Adresse", "Email");
        row("variant", "TÉLÉPHONE", "Phone");
        row("variant", "Te\u0301le\u0301phone", "Phone"); // accents as combining marks
        row("variant", "Telefon (geschäftlich)", "ExtraPhone");
        row("variant", "TELEFON GESCHÄFTLICH", "ExtraPhone");
        row("variant", "  téléphone   PORTABLE ", "Phone");
        row("variant", "teléfono_móvil", "Phone");
        row("variant", "\uFF34\uFF45\uFF4C\uFF45\uFF46\uFF4F\uFF4E", "Phone"); // full-width
        row("variant", "CATÉGORIES", "Tags");
        row("variant", "Désabonné(e)", "OptOut");
    }
    void headerWords()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        QFETCH(qlonglong, field);
        const Import::Mapping m = Import::guessMapping(
            {header, QStringLiteral("Phone Number"), QStringLiteral("Email")}, conceptFields);
        QCOMPARE(name(m.columns.at(0).target), target);
        QCOMPARE(m.columns.at(0).customFieldId, field);
    }

    // "Nom" (fr), "Name" (de, en), "Naam" (nl) beside a first name and no
    // last name are the last name; "Nombre" (es), "Nome" (it, pt) beside a
    // last name and no first name are the first name; else the whole name.
    void nameWordRule_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("targets");
        const auto row = [](const char *tag, const char *header, const char *targets) {
            QTest::newRow(tag) << QString::fromUtf8(header) << QString::fromLatin1(targets);
        };
        row("fr first, last", "Prénom;Nom;Téléphone", "First Last Phone");
        row("fr full", "Nom;Téléphone", "Display Phone");
        row("fr full beside both parts", "Nom;Prénom;Nom de famille", "Display First Last");
        row("de last", "Name;Vorname;Handy", "Last First Phone");
        row("en last", "First Name;Name", "First Last");
        row("nl last", "Voornaam;Naam", "First Last");
        row("nl full", "Naam;Telefoon", "Display Phone");
        row("es first, last", "Nombre;Apellidos;Móvil", "First Last Phone");
        row("es Outlook", "Nombre;Segundo nombre;Apellidos", "First Custom Last");
        row("es full", "Nombre;Teléfono", "Display Phone");
        row("es Google", "Nombre;Nombre de pila;Apellido", "Display First Last");
        row("it first, last", "Nome;Cognome;Cellulare", "First Last Phone");
        row("it full", "Nome;Telefono", "Display Phone");
        row("pt first, last", "Nome;Sobrenome;Celular", "First Last Phone");
        row("pt full", "Nome;Telefone", "Display Phone");
        row("pt full beside a first name", "Nome;Primeiro nome", "Display First");
    }
    void nameWordRule()
    {
        QFETCH(QString, header);
        QFETCH(QString, targets);
        QCOMPARE(names(Import::guessMapping(header.split(QLatin1Char(';')), {})), targets);
    }

    // Whole header rows as the localised exports write them (an excerpt).
    void localisedExports_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("targets");
        const auto row = [](const char *tag, const char *header, const char *targets) {
            QTest::newRow(tag) << QString::fromUtf8(header) << QString::fromLatin1(targets);
        };
        const char *outlook = "First Last Custom ExtraPhone ExtraPhone Phone ExtraPhone Tags "
                              "Email Ignore Ignore ExtraEmail Custom";
        row("Outlook en",
            "First Name,Last Name,Company,Business Phone,Home Phone,Mobile Phone,Other Phone,"
            "Categories,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,Notes",
            outlook);
        row("Outlook de",
            "Vorname,Nachname,Firma,Telefon geschäftlich,Telefon privat,Mobiltelefon,"
            "Weiteres Telefon,Kategorien,E-Mail-Adresse,E-Mail-Typ,E-Mail: angezeigter Name,"
            "E-Mail 2: Adresse,Notizen",
            outlook);
        row("Outlook fr",
            "Prénom,Nom,Société,Téléphone (bureau),Téléphone (domicile),Tél. mobile,"
            "Téléphone (autre),Catégories,Adresse de messagerie,Type de messagerie,"
            "Nom complet de l'adresse de messagerie,Adresse de messagerie 2,Notes",
            outlook);
        row("Outlook es",
            "Nombre,Apellidos,Organización,Teléfono del trabajo,Particular,Móvil,Otro teléfono,"
            "Categorías,Dirección de correo electrónico,Tipo de correo electrónico,"
            "Nombre de pantalla de correo electrónico,Dirección de correo electrónico 2,Notas",
            outlook);
        row("Outlook it",
            "Nome,Cognome,Società,Telefono ufficio,Telefono abitazione,Cellulare,Altro telefono,"
            "Categorie,Indirizzo posta elettronica,Tipo posta elettronica,"
            "Nome visualizzato posta elettronica,Indirizzo posta elettronica 2,Note",
            outlook);
        row("Outlook pt",
            "Nome,Sobrenome,Empresa,Telefone comercial,Telefone residencial,Celular,"
            "Outro telefone,Categorias,Endereço de e-mail,Tipo de e-mail,"
            "Nome de exibição do e-mail,Endereço de e-mail 2,Notas",
            outlook);
        row("Outlook nl",
            "Voornaam,Achternaam,Bedrijf,Telefoon werk,Telefoon thuis,Mobiele telefoon,"
            "Andere telefoon,Categorieën,E-mailadres,E-mailtype,Weergavenaam e-mail,"
            "E-mailadres 2,Notities",
            outlook);
        const char *google = "First Last Custom Custom Tags Ignore Email ExtraEmail Ignore Phone "
                             "ExtraPhone";
        row("Google en",
            "First Name,Last Name,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
            "E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Value",
            google);
        row("Google de",
            "Vorname,Nachname,Geburtstag,Notizen,Labels,E-Mail 1 - Label,E-Mail 1 - Wert,"
            "E-Mail 2 - Wert,Telefon 1 - Label,Telefon 1 - Wert,Telefon 2 - Wert",
            google);
        row("Google es",
            "Nombre,Apellido,Cumpleaños,Notas,Etiquetas,Correo electrónico 1 - Etiqueta,"
            "Correo electrónico 1 - Valor,Correo electrónico 2 - Valor,Teléfono 1 - Etiqueta,"
            "Teléfono 1 - Valor,Teléfono 2 - Valor",
            google);
        row("Google fr",
            "Prénom,Nom de famille,Anniversaire,Notes,Libellés,E-mail 1 - Libellé,"
            "E-mail 1 - Valeur,E-mail 2 - Valeur,Téléphone 1 - Libellé,Téléphone 1 - Valeur,"
            "Téléphone 2 - Valeur",
            google);
        row("Google it",
            "Nome,Cognome,Compleanno,Note,Etichette,E-mail 1 - Etichetta,E-mail 1 - Valore,"
            "E-mail 2 - Valore,Telefono 1 - Etichetta,Telefono 1 - Valore,Telefono 2 - Valore",
            google);
        row("Google pt",
            "Nome,Sobrenome,Data de nascimento,Notas,Marcadores,E-mail 1 - Rótulo,"
            "E-mail 1 - Valor,E-mail 2 - Valor,Telefone 1 - Rótulo,Telefone 1 - Valor,"
            "Telefone 2 - Valor",
            google);
        row("Google nl",
            "Voornaam,Achternaam,Verjaardag,Notities,Labels,E-mail 1 - Label,"
            "E-mail 1 - Waarde,E-mail 2 - Waarde,Telefoon 1 - Label,Telefoon 1 - Waarde,"
            "Telefoon 2 - Waarde",
            google);
    }
    void localisedExports()
    {
        QFETCH(QString, header);
        QFETCH(QString, targets);
        QCOMPARE(names(Import::guessMapping(header.split(QLatin1Char(',')), {})), targets);
    }

    // A column named as the phone or the mobile is the primary wherever it
    // is; with none, the first phone is. Emails likewise.
    void primaryPhoneAndEmail()
    {
        QCOMPARE(names(Import::guessMapping({QStringLiteral("Telefon geschäftlich"),
                                             QStringLiteral("Telefon privat"),
                                             QStringLiteral("Handy"), QStringLiteral("Telefon")},
                                            {})),
                 QStringLiteral("ExtraPhone ExtraPhone Phone ExtraPhone"));
        QCOMPARE(names(Import::guessMapping(
                     {QStringLiteral("Home Phone"), QStringLiteral("Other Phone")}, {})),
                 QStringLiteral("Phone ExtraPhone"));
        QCOMPARE(names(Import::guessMapping({QStringLiteral("Other Email"), QStringLiteral("Email"),
                                             QStringLiteral("E-Mail 3: Adresse")},
                                            {})),
                 QStringLiteral("ExtraEmail Email ExtraEmail"));
    }

    // A company, notes or birthday column lands in the team's field of that
    // concept: the one titled as the column, else the one with the canonical
    // title, else the first with any of the concept's names; with none, a new
    // field titled with the header as the file writes it.
    void teamFieldMatching()
    {
        Import::Mapping m =
            Import::guessMapping({QStringLiteral("Phone"), QStringLiteral("Firma"),
                                  QStringLiteral("Notizen"), QStringLiteral("Geburtstag")},
                                 conceptFields);
        QCOMPARE(names(m), QStringLiteral("Phone Custom Custom Custom"));
        QCOMPARE(m.columns.at(1).customFieldId, 11);
        QCOMPARE(m.columns.at(1).customTitle, QStringLiteral("Company")); // the team's title
        QCOMPARE(m.columns.at(2).customFieldId, 12);
        QCOMPARE(m.columns.at(3).customFieldId, 13);

        // The team titled its fields in German: an English or French file
        // finds them.
        m = Import::guessMapping(
            {QStringLiteral("Company"), QStringLiteral("Notes"), QString::fromUtf8("Société")},
            {{31, QStringLiteral("Firma"), false}, {32, QStringLiteral("Bemerkungen"), false}});
        QCOMPARE(m.columns.at(0).customFieldId, 31);
        QCOMPARE(m.columns.at(0).customTitle, QStringLiteral("Firma"));
        QCOMPARE(m.columns.at(1).customFieldId, 32);
        QCOMPARE(m.columns.at(2).customFieldId, 31);

        // The field titled as the column first, then the canonical title,
        // then the first field with one of the names, in the team's order.
        const QList<CustomField> several{{41, QStringLiteral("Unternehmen"), false},
                                         {42, QStringLiteral("Firma"), false},
                                         {43, QStringLiteral("Company"), false}};
        m = Import::guessMapping({QStringLiteral("FIRMA"), QString::fromUtf8("Société")}, several);
        QCOMPARE(m.columns.at(0).customFieldId, 42);
        QCOMPARE(m.columns.at(1).customFieldId, 43);
        m = Import::guessMapping({QString::fromUtf8("Société")}, several.mid(0, 2));
        QCOMPARE(m.columns.at(0).customFieldId, 41);

        // No such field: a new one, titled as the file writes the header.
        m = Import::guessMapping({QStringLiteral("Phone"), QStringLiteral("Firma"),
                                  QString::fromUtf8(" Société "), QStringLiteral("Organization"),
                                  QStringLiteral("Note"), QStringLiteral("Birthday")},
                                 {{7, QStringLiteral("Plan"), false}});
        for (qsizetype i = 1; i < m.columns.size(); ++i)
            QCOMPARE(m.columns.at(i).customFieldId, 0);
        QCOMPARE(m.columns.at(1).customTitle, QStringLiteral("Firma"));
        QCOMPARE(m.columns.at(2).customTitle, QString::fromUtf8("Société"));
        QCOMPARE(m.columns.at(3).customTitle, QStringLiteral("Organization"));
        QCOMPARE(m.columns.at(4).customTitle, QStringLiteral("Note"));
        QCOMPARE(m.columns.at(5).customTitle, QStringLiteral("Birthday"));

        // Any title matches without its accents and with its letters that
        // do not decompose spelled out (ß, Œ, Ł, Æ, Ø).
        m = Import::guessMapping({QString::fromUtf8("Straße"), QString::fromUtf8("Œuvre"),
                                  QString::fromUtf8("Łódź"), QString::fromUtf8("ÆRØ"),
                                  QStringLiteral("Categorie Client")},
                                 {{61, QStringLiteral("Strasse"), false},
                                  {62, QStringLiteral("Oeuvre"), false},
                                  {63, QStringLiteral("Lodz"), false},
                                  {64, QStringLiteral("Aero"), false},
                                  {65, QString::fromUtf8("Catégorie client"), false}});
        QCOMPARE(m.columns.at(0).customFieldId, 61);
        QCOMPARE(m.columns.at(1).customFieldId, 62);
        QCOMPARE(m.columns.at(2).customFieldId, 63);
        QCOMPARE(m.columns.at(3).customFieldId, 64);
        QCOMPARE(m.columns.at(4).customFieldId, 65);
    }

    // The column titles a vCard reader gives its records.
    void vCardTitles()
    {
        const QStringList header{QStringLiteral("Full Name"),    QStringLiteral("First Name"),
                                 QStringLiteral("Last Name"),    QStringLiteral("Phone"),
                                 QStringLiteral("Email"),        QStringLiteral("Categories"),
                                 QStringLiteral("Organization"), QStringLiteral("Note"),
                                 QStringLiteral("Birthday")};
        const Import::Mapping m = Import::guessMapping(header, conceptFields);
        QCOMPARE(names(m),
                 QStringLiteral("Display First Last Phone Email Tags Custom Custom Custom"));
        QCOMPARE(m.columns.at(6).customFieldId, 11);
        QCOMPARE(m.columns.at(7).customFieldId, 12);
        QCOMPARE(m.columns.at(8).customFieldId, 13);
    }

    // Remembered mappings are stored under these keys: they stay what they
    // were (accents too are kept in the key, as before).
    void layoutKeysUnchanged()
    {
        const QStringList heymarket{QStringLiteral("First Name"), QStringLiteral("Last Name"),
                                    QStringLiteral("Phone Number"),
                                    QStringLiteral("E-mail Address"), QStringLiteral("Opt Out")};
        QCOMPARE(Import::layoutKey(heymarket),
                 QStringLiteral("firstname|lastname|phonenumber|emailaddress|optout"));
        QCOMPARE(Import::mappingSettingsKey(heymarket),
                 QStringLiteral("import/mapping-5cf7d7b2d5fa1fcc"));
        QCOMPARE(Import::layoutKey({QStringLiteral("Phone 1 - Value"),
                                    QStringLiteral("E-mail 2 Address"), QStringLiteral("Record ID"),
                                    QStringLiteral("  first_name ")}),
                 QStringLiteral("phone1value|email2address|recordid|firstname"));
        QCOMPARE(Import::mappingSettingsKey({QStringLiteral("Vorname"), QStringLiteral("Nachname"),
                                             QStringLiteral("Telefon"), QStringLiteral("E-Mail")}),
                 QStringLiteral("import/mapping-60d523e58a0601b7"));
        QCOMPARE(Import::layoutKey({QString::fromUtf8("Téléphone"), QString::fromUtf8("Straße"),
                                    QString::fromUtf8("E\u2011Mail")}),
                 QString::fromUtf8("téléphone|straße|email"));
    }

    void layoutKeyIgnoresCaseAndSpacing()
    {
        QCOMPARE(Import::layoutKey({QStringLiteral("First Name"), QStringLiteral("E-mail")}),
                 Import::layoutKey({QStringLiteral("first_name"), QStringLiteral("EMAIL")}));
        QVERIFY(Import::layoutKey({QStringLiteral("a"), QStringLiteral("b")}) !=
                Import::layoutKey({QStringLiteral("b"), QStringLiteral("a")}));
    }

    void optOutValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("expected"); // -1 = not given
        for (const char *yes : {"yes", "Y", " TRUE ", "t", "1"})
            QTest::newRow(yes) << QString::fromLatin1(yes) << true << 1;
        for (const char *no : {"no", "N", "False", "f", "0"})
            QTest::newRow(no) << QString::fromLatin1(no) << true << 0;
        // The languages whose headers are read (an "Abgemeldet" column says "ja").
        for (const char *yes : {"ja", "Oui", "sí", "SI", "sim", "Wahr", "vrai"})
            QTest::newRow(yes) << QString::fromUtf8(yes) << true << 1;
        for (const char *no : {"nein", "NON", "não", "nao", "nee", "faux", "falso"})
            QTest::newRow(no) << QString::fromUtf8(no) << true << 0;
        QTest::newRow("empty") << QString() << true << -1;
        QTest::newRow("maybe") << QStringLiteral("maybe") << false << -1;
        QTest::newRow("vielleicht") << QStringLiteral("vielleicht") << false << -1;
        QTest::newRow("2") << QStringLiteral("2") << false << -1;
    }
    void optOutValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(int, expected);
        bool parsed = false;
        const std::optional<bool> result = Import::parseOptOut(value, &parsed);
        QCOMPARE(parsed, ok);
        QCOMPARE(result.has_value() ? int(*result) : -1, expected);
    }

    void tagCells()
    {
        QCOMPARE(Import::splitTags(QStringLiteral("VIP; Newsletter,vip , Café regulars")),
                 (QStringList{QStringLiteral("VIP"), QStringLiteral("Newsletter"),
                              QStringLiteral("Café regulars")}));
        QCOMPARE(Import::splitTags(QStringLiteral("* myContacts ::: Friends ::: Work")),
                 (QStringList{QStringLiteral("Friends"), QStringLiteral("Work")}));
        QVERIFY(Import::splitTags(QStringLiteral(" ; , ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_import_mapping.moc"
