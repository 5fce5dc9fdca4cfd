#include "core/ImportMapping.h"

#include "core/CsvWriter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace ContactDesk::Import {

namespace {

// Letters that NFKD leaves whole (they are letters of their own, not a base
// letter with a mark), written the way a header without them would be.
// Lower case only: the caller lowers first ('ẞ' lowers to 'ß').
QLatin1String spelledOut(char16_t c)
{
    switch (c) {
    case u'ß':
        return QLatin1String("ss");
    case u'æ':
        return QLatin1String("ae");
    case u'œ':
        return QLatin1String("oe");
    case u'ø':
        return QLatin1String("o");
    case u'ł':
        return QLatin1String("l");
    case u'đ':
    case u'ð':
        return QLatin1String("d");
    case u'þ':
        return QLatin1String("th");
    case u'ı':
        return QLatin1String("i");
    case u'ħ':
        return QLatin1String("h");
    case u'ŧ':
        return QLatin1String("t");
    default:
        return {};
    }
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// The key a header is recognised by: its letters and digits, lower-cased,
// without accents or other marks, compatibility forms (ligatures, full-width
// letters) read as their letters: "E-mail 1 - Value" -> "email1value",
// "Téléphone (bureau)" -> "telephonebureau", "Straße" -> "strasse". An ASCII
// header gives what it gave before accents were ignored.
QString normalized(const QString &header)
{
    QString key;
    key.reserve(header.size());
    const QString decomposed =
        isAscii(header) ? header : header.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.isMark() || !c.isLetterOrNumber())
            continue;
        const QChar lower = c.toLower();
        if (const QLatin1String spelled = spelledOut(lower.unicode()); !spelled.isEmpty())
            key.append(spelled);
        else
            key.append(lower);
    }
    return key;
}

// The key layoutKey() has always made of a header (accents kept: "Téléphone"
// -> "téléphone"). Remembered mappings are stored under it, so it does not
// change with what normalized() learns to ignore.
QString layoutPart(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

// Custom fields every team names in its own words: a company, notes, a
// birthday. A column of one lands in the team's field titled with the
// canonical title or with any of the concept's names.
enum class Concept : quint8
{
    None,
    Company,
    Notes,
    Birthday,
};

QLatin1String canonicalTitle(Concept concept)
{
    switch (concept) {
    case Concept::Company:
        return QLatin1String("Company");
    case Concept::Notes:
        return QLatin1String("Notes");
    case Concept::Birthday:
        return QLatin1String("Birthday");
    case Concept::None:
        break;
    }
    return {};
}

struct Known
{
    const char *header; // as exports and people write it (UTF-8); matched by normalized()
    Target target;
    Concept concept = Concept::None; // with Target::CustomField
};

// Headers, written as they appear: Heymarket's importer; the exports of
// Google Contacts, Outlook and HubSpot, in English, German, Spanish, French,
// Italian, Portuguese and Dutch; a vCard reader's column titles; and what
// people type in a spreadsheet. One entry per key: "Telefon (geschäftlich)"
// and "TELEFON GESCHÄFTLICH" are the entry "Telefon geschäftlich". Mobile phones are Target::Phone
// (the primary a texting team wants), work, home and other phones
// ExtraPhone. Numbered columns ("E-Mail 2: Adresse", "Telefon 1 - Wert")
// are matched by pattern below, and the bare name words ("Name", "Nom",
// "Nombre", "Nome", "Naam") by the rule at nameWords below.
constexpr Known knownHeaders[] = {
    // Heymarket's importer
    {"First Name", Target::First},
    {"Last Name", Target::Last},
    {"Phone Number", Target::Phone},
    {"Email", Target::Email},
    {"Opt Out", Target::OptOut},
    {"Owner", Target::Owner},
    {"List", Target::Tags},

    // First name
    {"First", Target::First},
    {"Given Name", Target::First}, // Google
    {"Forename", Target::First},
    {"Vorname", Target::First},        // de
    {"Rufname", Target::First},        // de
    {"Nombre de pila", Target::First}, // es (Google)
    {"Primer nombre", Target::First},  // es
    {"Prénom", Target::First},         // fr
    {"Primeiro nome", Target::First},  // pt
    {"Nome próprio", Target::First},   // pt-PT
    {"Voornaam", Target::First},       // nl
    {"Roepnaam", Target::First},       // nl

    // Last name. Not pt-PT "Apelido": in Brazil it is the nickname.
    {"Last", Target::Last},
    {"Family Name", Target::Last}, // Google
    {"Surname", Target::Last},
    {"Nachname", Target::Last},       // de
    {"Familienname", Target::Last},   // de
    {"Zuname", Target::Last},         // de
    {"Apellido", Target::Last},       // es
    {"Apellidos", Target::Last},      // es (Outlook; "Apellido(s)")
    {"Nom de famille", Target::Last}, // fr (Google)
    {"Cognome", Target::Last},        // it
    {"Sobrenome", Target::Last},      // pt
    {"Último nome", Target::Last},    // pt
    {"Achternaam", Target::Last},     // nl
    {"Familienaam", Target::Last},    // nl (Belgium)

    // The whole name
    {"Full Name", Target::DisplayName}, // also a vCard reader's
    {"Display Name", Target::DisplayName},
    {"Contact Name", Target::DisplayName},
    {"Vollständiger Name", Target::DisplayName},  // de
    {"Anzeigename", Target::DisplayName},         // de
    {"Vor- und Nachname", Target::DisplayName},   // de
    {"Kontaktname", Target::DisplayName},         // de
    {"Nombre completo", Target::DisplayName},     // es
    {"Nombre y apellidos", Target::DisplayName},  // es
    {"Nombre para mostrar", Target::DisplayName}, // es
    {"Nombre en pantalla", Target::DisplayName},  // es
    {"Nom complet", Target::DisplayName},         // fr
    {"Nom et prénom", Target::DisplayName},       // fr
    {"Prénom et nom", Target::DisplayName},       // fr
    {"Nom à afficher", Target::DisplayName},      // fr
    {"Nome completo", Target::DisplayName},       // it, pt
    {"Nome e cognome", Target::DisplayName},      // it
    {"Nome visualizzato", Target::DisplayName},   // it
    {"Nome de exibição", Target::DisplayName},    // pt
    {"Mostrar nome", Target::DisplayName},        // pt (Outlook)
    {"Volledige naam", Target::DisplayName},      // nl
    {"Weergavenaam", Target::DisplayName},        // nl

    // The phone, and the mobile: the preferred primary
    {"Phone", Target::Phone},
    {"Telephone", Target::Phone}, // also fr "Téléphone"
    {"Tel", Target::Phone},       // also fr "Tél."
    {"Telephone Number", Target::Phone},
    {"Mobile", Target::Phone}, // also fr
    {"Mobile Phone", Target::Phone},
    {"Mobile Number", Target::Phone},
    {"Mobile Phone Number", Target::Phone}, // HubSpot
    {"Cell", Target::Phone},
    {"Cell Phone", Target::Phone},
    {"Cell Number", Target::Phone},
    {"Telefon", Target::Phone},             // de
    {"Telefonnummer", Target::Phone},       // de
    {"Mobiltelefon", Target::Phone},        // de (Outlook)
    {"Mobil", Target::Phone},               // de
    {"Mobilnummer", Target::Phone},         // de
    {"Mobiltelefonnummer", Target::Phone},  // de
    {"Mobil-Tel.-Nr.", Target::Phone},      // de
    {"Handy", Target::Phone},               // de
    {"Handynummer", Target::Phone},         // de
    {"Teléfono", Target::Phone},            // es; also it "Telefono"
    {"Número de teléfono", Target::Phone},  // es
    {"Móvil", Target::Phone},               // es (Outlook)
    {"Teléfono móvil", Target::Phone},      // es
    {"Número de móvil", Target::Phone},     // es
    {"Celular", Target::Phone},             // es (Latin America), pt-BR
    {"Teléfono celular", Target::Phone},    // es
    {"Número de celular", Target::Phone},   // es, pt
    {"Numéro de téléphone", Target::Phone}, // fr
    {"Tél. mobile", Target::Phone},         // fr (Outlook)
    {"Téléphone mobile", Target::Phone},    // fr
    {"Portable", Target::Phone},            // fr
    {"Téléphone portable", Target::Phone},  // fr
    {"Numéro de portable", Target::Phone},  // fr
    {"GSM", Target::Phone},                 // fr, nl (Belgium)
    {"Numero di telefono", Target::Phone},  // it
    {"Cellulare", Target::Phone},           // it (Outlook)
    {"Telefono cellulare", Target::Phone},  // it
    {"Numero di cellulare", Target::Phone}, // it
    {"Numero cellulare", Target::Phone},    // it
    {"Telefono mobile", Target::Phone},     // it
    {"Telefone", Target::Phone},            // pt
    {"Fone", Target::Phone},                // pt-BR
    {"Número de telefone", Target::Phone},  // pt
    {"Telefone celular", Target::Phone},    // pt
    {"Telemóvel", Target::Phone},           // pt-PT
    {"Telefoon", Target::Phone},            // nl
    {"Telefoonnummer", Target::Phone},      // nl
    {"Mobiel", Target::Phone},              // nl
    {"Mobiele telefoon", Target::Phone},    // nl (Outlook)
    {"Mobiel nummer", Target::Phone},       // nl

    // Work, home and other phones: channels
    {"Business Phone", Target::ExtraPhone}, // Outlook
    {"Business Phone 2", Target::ExtraPhone},
    {"Home Phone", Target::ExtraPhone},
    {"Home Phone 2", Target::ExtraPhone},
    {"Other Phone", Target::ExtraPhone}, // also ContactDesk's own export
    {"Company Main Phone", Target::ExtraPhone},
    {"Primary Phone", Target::ExtraPhone}, // Outlook's main number, often a landline
    {"Work Phone", Target::ExtraPhone},
    {"Office Phone", Target::ExtraPhone},
    {"Landline", Target::ExtraPhone},
    {"Telefon geschäftlich", Target::ExtraPhone}, // de (Outlook)
    {"Telefon geschäftlich 2", Target::ExtraPhone},
    {"Telefon privat", Target::ExtraPhone},
    {"Telefon privat 2", Target::ExtraPhone},
    {"Weiteres Telefon", Target::ExtraPhone},
    {"Telefon Firma", Target::ExtraPhone},
    {"Haupttelefon", Target::ExtraPhone},
    {"Tel. dienstlich", Target::ExtraPhone},
    {"Telefon dienstlich", Target::ExtraPhone},
    {"Telefon Arbeit", Target::ExtraPhone},
    {"Festnetz", Target::ExtraPhone},
    {"Teléfono del trabajo", Target::ExtraPhone}, // es (Outlook)
    {"Teléfono del trabajo 2", Target::ExtraPhone},
    {"Teléfono de trabajo", Target::ExtraPhone},
    {"Teléfono trabajo", Target::ExtraPhone}, // "Teléfono (Trabajo)"
    {"Particular", Target::ExtraPhone},       // es (Outlook: the home phone)
    {"Teléfono particular", Target::ExtraPhone},
    {"Teléfono particular 2", Target::ExtraPhone},
    {"Teléfono de casa", Target::ExtraPhone},
    {"Otro teléfono", Target::ExtraPhone},
    {"Teléfono principal", Target::ExtraPhone},
    {"Teléfono fijo", Target::ExtraPhone},
    {"Téléphone bureau", Target::ExtraPhone}, // fr (Outlook: "Téléphone (bureau)")
    {"Téléphone 2 bureau", Target::ExtraPhone},
    {"Téléphone domicile", Target::ExtraPhone},
    {"Téléphone 2 domicile", Target::ExtraPhone},
    {"Téléphone autre", Target::ExtraPhone},
    {"Autre téléphone", Target::ExtraPhone},
    {"Téléphone société", Target::ExtraPhone},
    {"Téléphone professionnel", Target::ExtraPhone},
    {"Tél. professionnel", Target::ExtraPhone},
    {"Tél. bureau", Target::ExtraPhone},
    {"Tél. domicile", Target::ExtraPhone},
    {"Téléphone fixe", Target::ExtraPhone},
    {"Telefono ufficio", Target::ExtraPhone}, // it (Outlook)
    {"Telefono ufficio 2", Target::ExtraPhone},
    {"Telefono abitazione", Target::ExtraPhone},
    {"Telefono abitazione 2", Target::ExtraPhone},
    {"Telefono di lavoro", Target::ExtraPhone},
    {"Telefono di lavoro 2", Target::ExtraPhone},
    {"Telefono lavoro", Target::ExtraPhone},
    {"Telefono di casa", Target::ExtraPhone},
    {"Telefono di casa 2", Target::ExtraPhone},
    {"Telefono casa", Target::ExtraPhone},
    {"Altro telefono", Target::ExtraPhone},
    {"Telefono principale", Target::ExtraPhone},
    {"Telefono fisso", Target::ExtraPhone},
    {"Telefone comercial", Target::ExtraPhone}, // pt (Outlook)
    {"Telefone comercial 2", Target::ExtraPhone},
    {"Telefone residencial", Target::ExtraPhone},
    {"Telefone residencial 2", Target::ExtraPhone},
    {"Telefone do trabalho", Target::ExtraPhone},
    {"Telefone de casa", Target::ExtraPhone},
    {"Outro telefone", Target::ExtraPhone},
    {"Telefone principal", Target::ExtraPhone},
    {"Telefone fixo", Target::ExtraPhone},
    {"Fone comercial", Target::ExtraPhone}, // pt-BR (Outlook)
    {"Fone comercial 2", Target::ExtraPhone},
    {"Fone de casa", Target::ExtraPhone},
    {"Fone de casa 2", Target::ExtraPhone},
    {"Fone de trabalho", Target::ExtraPhone},
    {"Outro fone", Target::ExtraPhone},
    {"Telefoon werk", Target::ExtraPhone}, // nl (Outlook)
    {"Telefoon werk 2", Target::ExtraPhone},
    {"Telefoon thuis", Target::ExtraPhone},
    {"Telefoon thuis 2", Target::ExtraPhone},
    {"Andere telefoon", Target::ExtraPhone},
    {"Hoofdtelefoon", Target::ExtraPhone},
    {"Telefoon bedrijf", Target::ExtraPhone},
    {"Vaste telefoon", Target::ExtraPhone},

    // Email
    {"E-mail Address", Target::Email}, // Outlook, HubSpot
    {"Mail", Target::Email},
    {"Primary Email", Target::Email},
    {"E-Mail-Adresse", Target::Email}, // de (Outlook)
    {"Mailadresse", Target::Email},
    {"Primäre E-Mail-Adresse", Target::Email},
    {"Correo", Target::Email},                          // es
    {"Correo electrónico", Target::Email},              // es
    {"Dirección de correo electrónico", Target::Email}, // es (Outlook)
    {"Dirección de correo", Target::Email},             // es
    {"Dirección de email", Target::Email},              // es
    {"Dirección de correo electrónico principal", Target::Email},
    {"Courriel", Target::Email},              // fr (Canada)
    {"Adresse de messagerie", Target::Email}, // fr (Outlook)
    {"Adresse e-mail", Target::Email},        // fr
    {"Adresse mail", Target::Email},          // fr
    {"Adresse électronique", Target::Email},  // fr
    {"Adresse courriel", Target::Email},      // fr
    {"Adresse électronique principale", Target::Email},
    {"Posta elettronica", Target::Email},              // it
    {"Indirizzo posta elettronica", Target::Email},    // it (Outlook)
    {"Indirizzo di posta elettronica", Target::Email}, // it
    {"Indirizzo e-mail", Target::Email},               // it
    {"Email principale", Target::Email},               // it
    {"Endereço de e-mail", Target::Email},             // pt (Outlook)
    {"Endereço eletrônico", Target::Email},            // pt-BR
    {"Endereço electrónico", Target::Email},           // pt-PT
    {"Correio eletrônico", Target::Email},             // pt-BR
    {"Correio electrónico", Target::Email},            // pt-PT
    {"E-mail primário", Target::Email},                // pt
    {"E-mail principal", Target::Email},               // es, fr, pt
    {"E-mailadres", Target::Email},                    // nl (Outlook)

    // Further email addresses: channels
    {"Other Email", Target::ExtraEmail}, // ContactDesk's own export
    {"Secondary Email", Target::ExtraEmail},
    {"Work Email", Target::ExtraEmail},
    {"Home Email", Target::ExtraEmail},
    {"Personal Email", Target::ExtraEmail},
    {"Business Email", Target::ExtraEmail},
    {"Sekundäre E-Mail-Adresse", Target::ExtraEmail}, // de
    {"Weitere E-Mail-Adresse", Target::ExtraEmail},
    {"E-Mail geschäftlich", Target::ExtraEmail},
    {"E-Mail privat", Target::ExtraEmail},
    {"Dirección de correo electrónico secundaria", Target::ExtraEmail}, // es
    {"Otro correo electrónico", Target::ExtraEmail},
    {"Otro correo", Target::ExtraEmail},
    {"Adresse électronique secondaire", Target::ExtraEmail}, // fr
    {"Autre adresse e-mail", Target::ExtraEmail},
    {"Autre e-mail", Target::ExtraEmail},
    {"Email secondaria", Target::ExtraEmail}, // it
    {"Altra email", Target::ExtraEmail},
    {"Altro indirizzo e-mail", Target::ExtraEmail},
    {"E-mail secundário", Target::ExtraEmail}, // pt
    {"Outro e-mail", Target::ExtraEmail},
    {"Ander e-mailadres", Target::ExtraEmail}, // nl
    {"Andere e-mail", Target::ExtraEmail},

    // Tags
    {"Tags", Target::Tags},
    {"Tag", Target::Tags},
    {"Labels", Target::Tags},           // Google; also de, nl
    {"Group Membership", Target::Tags}, // Google
    {"Categories", Target::Tags},       // Outlook, a vCard reader; also fr "Catégories"
    {"Category", Target::Tags},
    {"Groups", Target::Tags},
    {"Lists", Target::Tags},
    {"Kategorien", Target::Tags}, // de (Outlook)
    {"Kategorie", Target::Tags},
    {"Gruppen", Target::Tags},
    {"Gruppenmitgliedschaft", Target::Tags},
    {"Schlagwörter", Target::Tags},
    {"Listen", Target::Tags},
    {"Categorías", Target::Tags}, // es (Outlook); also pt "Categorias"
    {"Categoría", Target::Tags},  // also it, pt "Categoria"
    {"Etiquetas", Target::Tags},  // es, pt
    {"Grupos", Target::Tags},     // es, pt
    {"Listas", Target::Tags},     // es, pt
    {"Lista", Target::Tags},      // es, it, pt
    {"Libellés", Target::Tags},   // fr (Google)
    {"Étiquettes", Target::Tags},
    {"Groupes", Target::Tags},
    {"Listes", Target::Tags},
    {"Liste", Target::Tags}, // fr, de, it
    {"Mots-clés", Target::Tags},
    {"Categorie", Target::Tags}, // it (Outlook), nl; also fr "Catégorie"
    {"Etichette", Target::Tags}, // it
    {"Gruppi", Target::Tags},
    {"Marcadores", Target::Tags}, // pt (Google)
    {"Rótulos", Target::Tags},
    {"Categorieën", Target::Tags}, // nl (Outlook)
    {"Groepen", Target::Tags},
    {"Lijsten", Target::Tags},
    {"Etiketten", Target::Tags}, // nl, de

    // Opted out
    {"Opted Out", Target::OptOut},
    {"Unsubscribed", Target::OptOut},
    {"Unsubscribe", Target::OptOut},
    {"Do Not Contact", Target::OptOut},
    {"Do Not Text", Target::OptOut},
    {"SMS Opt Out", Target::OptOut},
    {"Abgemeldet", Target::OptOut}, // de
    {"Abbestellt", Target::OptOut},
    {"Abmeldung", Target::OptOut},
    {"Nicht kontaktieren", Target::OptOut},
    {"Dado de baja", Target::OptOut}, // es
    {"De baja", Target::OptOut},
    {"Suscripción cancelada", Target::OptOut},
    {"Desuscrito", Target::OptOut},
    {"No contactar", Target::OptOut},
    {"Désabonné", Target::OptOut}, // fr
    {"Désinscrit", Target::OptOut},
    {"Désabonné(e)", Target::OptOut},
    {"Désinscrit(e)", Target::OptOut},
    {"Désinscription", Target::OptOut},
    {"Désabonnement", Target::OptOut},
    {"Ne pas contacter", Target::OptOut},
    {"Disiscritto", Target::OptOut}, // it
    {"Disiscrizione", Target::OptOut},
    {"Non contattare", Target::OptOut},
    {"Descadastrado", Target::OptOut}, // pt
    {"Inscrição cancelada", Target::OptOut},
    {"Não contatar", Target::OptOut},
    {"Não contactar", Target::OptOut},
    {"Afgemeld", Target::OptOut}, // nl
    {"Uitgeschreven", Target::OptOut},
    {"Afmelding", Target::OptOut},
    {"Niet benaderen", Target::OptOut},

    // The owner: a team member. Not "Inhaber"/"Titolare": in a contact
    // list they are as often the owner of the contact's business.
    {"Contact Owner", Target::Owner}, // HubSpot
    {"HubSpot Owner", Target::Owner},
    {"Account Owner", Target::Owner},
    {"Assigned To", Target::Owner},
    {"Besitzer", Target::Owner}, // de
    {"Kontaktbesitzer", Target::Owner},
    {"Kontaktinhaber", Target::Owner},
    {"Zuständig", Target::Owner},
    {"Verantwortlich", Target::Owner},
    {"Betreuer", Target::Owner},
    {"Zugewiesen an", Target::Owner},
    {"Propietario", Target::Owner}, // es
    {"Responsable", Target::Owner}, // es, fr
    {"Propietario del contacto", Target::Owner},
    {"Asignado a", Target::Owner},
    {"Propriétaire", Target::Owner}, // fr
    {"Propriétaire du contact", Target::Owner},
    {"Attribué à", Target::Owner},
    {"Assigné à", Target::Owner},
    {"Proprietario", Target::Owner}, // it; also pt "Proprietário"
    {"Responsabile", Target::Owner},
    {"Proprietario del contatto", Target::Owner},
    {"Assegnato a", Target::Owner},
    {"Responsável", Target::Owner}, // pt
    {"Proprietário do contato", Target::Owner},
    {"Atribuído a", Target::Owner},
    {"Eigenaar", Target::Owner}, // nl
    {"Contacteigenaar", Target::Owner},
    {"Verantwoordelijke", Target::Owner},
    {"Toegewezen aan", Target::Owner},

    // Custom fields by concept. Company:
    {"Company", Target::CustomField, Concept::Company}, // Outlook
    {"Company Name", Target::CustomField, Concept::Company},
    {"Organization", Target::CustomField, Concept::Company},          // a vCard reader's
    {"Organisation", Target::CustomField, Concept::Company},          // also de, fr
    {"Organization Name", Target::CustomField, Concept::Company},     // Google
    {"Organization 1 - Name", Target::CustomField, Concept::Company}, // Google (older)
    {"Firma", Target::CustomField, Concept::Company}, // de (Outlook), also it, nl, pl
    {"Firmenname", Target::CustomField, Concept::Company},
    {"Unternehmen", Target::CustomField, Concept::Company},
    {"Empresa", Target::CustomField, Concept::Company}, // es, pt
    {"Compañía", Target::CustomField, Concept::Company},
    {"Organización", Target::CustomField, Concept::Company}, // es (Outlook)
    {"Nombre de la empresa", Target::CustomField, Concept::Company},
    {"Société", Target::CustomField, Concept::Company}, // fr (Outlook); also it "Società"
    {"Entreprise", Target::CustomField, Concept::Company},
    {"Nom de l'entreprise", Target::CustomField, Concept::Company},
    {"Azienda", Target::CustomField, Concept::Company}, // it
    {"Organizzazione", Target::CustomField, Concept::Company},
    {"Nome azienda", Target::CustomField, Concept::Company},
    {"Organização", Target::CustomField, Concept::Company}, // pt
    {"Nome da empresa", Target::CustomField, Concept::Company},
    {"Bedrijf", Target::CustomField, Concept::Company}, // nl (Outlook)
    {"Bedrijfsnaam", Target::CustomField, Concept::Company},
    {"Organisatie", Target::CustomField, Concept::Company},
    // Notes:
    {"Notes", Target::CustomField, Concept::Notes}, // Outlook, Google; also fr
    {"Note", Target::CustomField, Concept::Notes},  // a vCard reader's; also it (Outlook)
    {"Comments", Target::CustomField, Concept::Notes},
    {"Notizen", Target::CustomField, Concept::Notes}, // de (Outlook)
    {"Notiz", Target::CustomField, Concept::Notes},
    {"Anmerkungen", Target::CustomField, Concept::Notes},
    {"Bemerkungen", Target::CustomField, Concept::Notes},
    {"Kommentar", Target::CustomField, Concept::Notes},
    {"Notas", Target::CustomField, Concept::Notes}, // es, pt (Outlook)
    {"Nota", Target::CustomField, Concept::Notes},  // es, it, pt
    {"Observaciones", Target::CustomField, Concept::Notes},
    {"Comentarios", Target::CustomField, Concept::Notes}, // es; also pt "Comentários"
    {"Remarques", Target::CustomField, Concept::Notes},   // fr
    {"Commentaires", Target::CustomField, Concept::Notes},
    {"Commenti", Target::CustomField, Concept::Notes},    // it
    {"Observações", Target::CustomField, Concept::Notes}, // pt
    {"Notities", Target::CustomField, Concept::Notes},    // nl (Outlook)
    {"Notitie", Target::CustomField, Concept::Notes},
    {"Opmerkingen", Target::CustomField, Concept::Notes},
    // Birthday. Not "Aniversário" (pt-BR's birthday): "Aniversario" is
    // Spanish Outlook's anniversary.
    {"Birthday", Target::CustomField, Concept::Birthday}, // Outlook, Google, a vCard reader
    {"Date of Birth", Target::CustomField, Concept::Birthday},
    {"Birth Date", Target::CustomField, Concept::Birthday},
    {"Geburtstag", Target::CustomField, Concept::Birthday}, // de (Outlook)
    {"Geburtsdatum", Target::CustomField, Concept::Birthday},
    {"Cumpleaños", Target::CustomField, Concept::Birthday}, // es
    {"Fecha de nacimiento", Target::CustomField, Concept::Birthday},
    {"Anniversaire", Target::CustomField, Concept::Birthday}, // fr (Outlook)
    {"Date de naissance", Target::CustomField, Concept::Birthday},
    {"Compleanno", Target::CustomField, Concept::Birthday}, // it
    {"Data di nascita", Target::CustomField, Concept::Birthday},
    {"Data de nascimento", Target::CustomField, Concept::Birthday}, // pt
    {"Verjaardag", Target::CustomField, Concept::Birthday},         // nl
    {"Geboortedatum", Target::CustomField, Concept::Birthday},
};

// Words that are the whole name alone and one part of it beside the other
// part. "Nom" (fr), "Name" (de, en) and "Naam" (nl) beside a first-name
// column and no last-name column are the last name ("Prénom;Nom",
// "Name;Vorname"); "Nombre" (es) and "Nome" (it, pt) beside a last-name
// column and no first-name column are the first name ("Nome;Cognome",
// Outlook's "Nombre;Segundo nombre;Apellidos"). Otherwise (alone, or beside
// both parts, as Google's "Name;Given Name;Family Name") they are the
// display name.
struct NameWord
{
    const char *header;
    Target part; // what it is beside the other part
};

constexpr NameWord nameWords[] = {
    {"Name", Target::Last},    {"Nom", Target::Last},   {"Naam", Target::Last},
    {"Nombre", Target::First}, {"Nome", Target::First},
};

struct KnownEntry
{
    Target target = Target::Ignore;
    Concept concept = Concept::None;
};

const QHash<QString, KnownEntry> &knownByKey()
{
    static const QHash<QString, KnownEntry> table = [] {
        QHash<QString, KnownEntry> byKey;
        for (const Known &entry : knownHeaders)
            byKey.insert(normalized(QString::fromUtf8(entry.header)),
                         {entry.target, entry.concept});
        return byKey;
    }();
    return table;
}

const QHash<QString, Target> &nameWordsByKey()
{
    static const QHash<QString, Target> table = [] {
        QHash<QString, Target> byKey;
        for (const NameWord &word : nameWords)
            byKey.insert(normalized(QString::fromUtf8(word.header)), word.part);
        return byKey;
    }();
    return table;
}

// Columns of an export that carry no contact data worth keeping.
const QSet<QString> &ignoredHeaders()
{
    static const QSet<QString> ignored{
        QStringLiteral("phone1type"),       QStringLiteral("phone2type"),
        QStringLiteral("phone3type"),       QStringLiteral("email1type"),
        QStringLiteral("email2type"),       QStringLiteral("email3type"),
        QStringLiteral("recordid"),         QStringLiteral("emailtype"),
        QStringLiteral("emaildisplayname"),
    };
    return ignored;
}

// The words of numbered and channel columns, as normalized() leaves them.
#define CD_PHONE_WORD                                                                              \
    "(?:phone|telephone|telefon|telefono|telefone|telefoon|tel|fone|mobile|mobil|mobiltelefon|"    \
    "movil|celular|cellulare|mobiel|handy)"
#define CD_EMAIL_WORD                                                                              \
    "(?:e?mail|correo(?:electronico)?|courriel|messagerie|postaelettronica|"                       \
    "correio(?:eletronico|electronico)?)"
#define CD_ADDRESS_OF "(?:adresse(?:de)?|direcciond(?:e|el)|indirizzo(?:di)?|endereco(?:de|do)?)"
#define CD_VALUE_WORD "(?:value|wert|valor|valeur|valore|waarde)"

// Numbered phone and email columns. Phones: Google's "Phone 1 - Value" in
// each language ("Telefon 1 - Wert", "Teléfono 1 - Valor", "Téléphone 1 -
// Valeur", "Telefono 1 - Valore", "Telefone 1 - Valor", "Telefoon 1 -
// Waarde") and "Phone 2", "Mobil 2". Emails: Google's "E-mail 1 - Value"
// likewise; Outlook's "E-mail 2 Address", "E-Mail 2: Adresse", "Dirección
// de correo electrónico 2", "Adresse de messagerie 2", "Indirizzo posta
// elettronica 2", "Endereço de e-mail 2", "E-mailadres 2"; and "E-Mail 2",
// "Correo electrónico 2", "Courriel 2".
Target patternTarget(const QString &key)
{
    static const QRegularExpression phone(
        QStringLiteral("^" CD_PHONE_WORD "(?:number|nummer|numero)?\\d+" CD_VALUE_WORD "?$"));
    static const QRegularExpression email(
        QStringLiteral("^" CD_ADDRESS_OF "?" CD_EMAIL_WORD "(?:address|adresse|adres)?\\d+"
                       "(?:address|adresse|adres|" CD_VALUE_WORD ")?$"));
    if (phone.match(key).hasMatch())
        return Target::ExtraPhone; // the primary is chosen by guessMapping
    if (email.match(key).hasMatch())
        return Target::ExtraEmail;
    return Target::Ignore;
}

// A column about its phone or email neighbour, not a value of its own:
// Google's "Phone 1 - Type" and "E-mail 1 - Label" ("Telefon 1 - Label",
// "Correo electrónico 1 - Etiqueta", "E-mail 1 - Libellé"), Outlook's
// "E-mail Type" and "E-mail Display Name" ("E-Mail-Typ", "E-Mail 2:
// angezeigter Name", "Type de messagerie", "Nom complet de l'adresse de
// messagerie", "Tipo de correo electrónico"); "Work Email Type". The email
// word may follow any word (as it could before), a phone word only a kind
// of phone: "Mobilitätstyp" and "Hotel type" are fields of their own.
bool isAboutAChannel(const QString &key)
{
    static const QRegularExpression after(QStringLiteral(
        "^" CD_ADDRESS_OF "?(?:[a-z]*" CD_EMAIL_WORD
        "|(?:work|home|other|business|mobile|cell|main|primary|office)?" CD_PHONE_WORD ")"
        "(?:address|adresse|adres)?\\d*"
        "(?:type|typ|tipo|label|etiqueta|libelle|etichetta|etiket|rotulo|displayname|"
        "angezeigtername|anzeigename|weergavenaam)$"));
    static const QRegularExpression before(QStringLiteral(
        "^(?:type|typ|tipo|nomcomplet|nombredepantalla|nombreparamostrar|nomevisualizzato|"
        "nomedeexibicao|weergavenaam)(?:de|del|di|da|do)?l?" CD_ADDRESS_OF "?"
        "(?:" CD_PHONE_WORD "|" CD_EMAIL_WORD ")\\d*$"));
    return after.match(key).hasMatch() || before.match(key).hasMatch();
}

#undef CD_PHONE_WORD
#undef CD_EMAIL_WORD
#undef CD_ADDRESS_OF
#undef CD_VALUE_WORD

QString detectLayout(const QSet<QString> &keys)
{
    if (keys.contains(QStringLiteral("phone1value")) ||
        keys.contains(QStringLiteral("givenname")) ||
        keys.contains(QStringLiteral("groupmembership")) || keys.contains(QStringLiteral("labels")))
        return QStringLiteral("Google Contacts");
    if (keys.contains(QStringLiteral("emailaddress")) &&
        (keys.contains(QStringLiteral("mobilephone")) ||
         keys.contains(QStringLiteral("categories"))))
        return QStringLiteral("Outlook");
    if (keys.contains(QStringLiteral("contactowner")) ||
        keys.contains(QStringLiteral("recordid")) ||
        keys.contains(QStringLiteral("lifecyclestage")))
        return QStringLiteral("HubSpot");
    if (keys.contains(QStringLiteral("phonenumber")) && keys.contains(QStringLiteral("optout")))
        return QStringLiteral("Heymarket");
    return {};
}

// The team's custom fields, by the keys a column may find them under.
class TeamFields
{
public:
    explicit TeamFields(const QList<CustomField> &fields)
    {
        for (const CustomField &field : fields) {
            const QString key = normalized(field.title);
            m_byTitle.insert(key, &field);
            const Concept concept = knownByKey().value(key).concept;
            if (concept != Concept::None && !m_byConcept[index(concept)])
                m_byConcept[index(concept)] = &field;
        }
    }

    // The field a column titled `key` lands in, or nullptr: the one titled
    // as the column; for a concept's column, else the one with its canonical
    // title ("Company"), else the first titled with any of its names
    // ("Firma", "Société"...).
    const CustomField *find(const QString &key, Concept concept) const
    {
        if (const CustomField *field = m_byTitle.value(key))
            return field;
        if (concept == Concept::None)
            return nullptr;
        if (const CustomField *field = m_byTitle.value(normalized(canonicalTitle(concept))))
            return field;
        return m_byConcept[index(concept)];
    }

private:
    static std::size_t index(Concept concept) { return std::size_t(concept); }

    QHash<QString, const CustomField *> m_byTitle; // the last of equal titles, as before
    std::array<const CustomField *, std::size_t(Concept::Birthday) + 1> m_byConcept{};
};

// The first phone (email) column is the primary, the others channels; a
// column named as the phone or the mobile (Target::Phone) goes first, so
// Outlook's "Mobile Phone" is the primary after its "Business Phone".
void choosePrimary(QList<ColumnMapping> &columns, Target primary, Target extra)
{
    auto chosen = std::find_if(columns.begin(), columns.end(),
                               [primary](const ColumnMapping &c) { return c.target == primary; });
    if (chosen == columns.end())
        chosen = std::find_if(columns.begin(), columns.end(),
                              [extra](const ColumnMapping &c) { return c.target == extra; });
    for (auto it = columns.begin(); it != columns.end(); ++it)
        if (it->target == primary || it->target == extra)
            it->target = it == chosen ? primary : extra;
}

} // namespace

Mapping guessMapping(const QStringList &header, const QList<CustomField> &teamFields)
{
    const TeamFields fields(teamFields);
    Mapping mapping;
    QSet<QString> keys;
    QStringList titles;
    QStringList columnKeys;
    QList<Concept> concepts;
    for (const QString &cell : header) {
        // A title guarded against formulas (a custom field "=total" in an
        // export for Excel) is its value.
        QStringView unquoted;
        const QString title = Csv::unguarded(cell, &unquoted) ? unquoted.toString() : cell;
        const QString key = normalized(title);
        keys.insert(key);
        titles.append(title);
        columnKeys.append(key);
        ColumnMapping column;
        Concept concept = Concept::None;
        if (key.isEmpty() || ignoredHeaders().contains(key)) {
            column.target = Target::Ignore;
        } else if (const auto it = knownByKey().constFind(key); it != knownByKey().cend()) {
            column.target = it->target;
            concept = it->concept;
        } else if (nameWordsByKey().contains(key)) {
            column.target = Target::DisplayName; // or a part: see below
        } else if (const Target target = patternTarget(key); target != Target::Ignore) {
            column.target = target;
        } else if (isAboutAChannel(key)) {
            column.target = Target::Ignore;
        } else {
            column.target = Target::CustomField;
        }
        mapping.columns.append(column);
        concepts.append(concept);
    }

    // A name word is the part the file lacks beside the other part
    // (nameWords above).
    const auto has = [&mapping](Target target) {
        return std::any_of(mapping.columns.cbegin(), mapping.columns.cend(),
                           [target](const ColumnMapping &c) { return c.target == target; });
    };
    const bool haveFirst = has(Target::First);
    const bool haveLast = has(Target::Last);
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        const auto word = nameWordsByKey().constFind(columnKeys.at(i));
        if (word == nameWordsByKey().cend() || mapping.columns.at(i).target != Target::DisplayName)
            continue;
        const bool partMissing =
            *word == Target::Last ? haveFirst && !haveLast : haveLast && !haveFirst;
        if (partMissing)
            mapping.columns[i].target = *word;
    }

    choosePrimary(mapping.columns, Target::Phone, Target::ExtraPhone);
    choosePrimary(mapping.columns, Target::Email, Target::ExtraEmail);

    // Custom fields: the team's field the column names (for a company,
    // notes or a birthday, in any of the languages above: a "Firma" column
    // lands in the team's "Company"), titled as the team titled it; else a
    // new field titled with the header as the file writes it ("Firma", not
    // "Company": what the user reads in the file and in the wizard).
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        ColumnMapping &column = mapping.columns[i];
        if (column.target != Target::CustomField)
            continue;
        if (const CustomField *field = fields.find(columnKeys.at(i), concepts.at(i))) {
            column.customFieldId = field->id;
            column.customTitle = field->title;
        } else {
            column.customTitle = titles.at(i).trimmed();
        }
    }
    mapping.layout = detectLayout(keys);
    return mapping;
}

QString layoutKey(const QStringList &header)
{
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &title : header)
        keys.append(layoutPart(title));
    return keys.join(QLatin1Char('|'));
}

namespace {

struct TargetName
{
    Target target;
    const char *name;
};

constexpr TargetName targetNames[] = {
    {Target::Ignore, "ignore"},  {Target::First, "first"},
    {Target::Last, "last"},      {Target::DisplayName, "name"},
    {Target::Phone, "phone"},    {Target::ExtraPhone, "other-phone"},
    {Target::Email, "email"},    {Target::ExtraEmail, "other-email"},
    {Target::Tags, "tags"},      {Target::Owner, "owner"},
    {Target::OptOut, "opt-out"},
};

} // namespace

QString targetName(const ColumnMapping &column)
{
    if (column.target == Target::CustomField)
        return QStringLiteral("custom:") + column.customTitle;
    for (const TargetName &entry : targetNames)
        if (entry.target == column.target)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<ColumnMapping> parseTarget(const QString &name, const QList<CustomField> &teamFields)
{
    const QString text = name.trimmed();
    if (text.startsWith(QLatin1String("custom:"), Qt::CaseInsensitive)) {
        ColumnMapping column;
        column.target = Target::CustomField;
        column.customTitle = text.mid(7).trimmed();
        if (column.customTitle.isEmpty())
            return std::nullopt;
        for (const CustomField &field : teamFields) {
            if (field.title.compare(column.customTitle, Qt::CaseInsensitive) == 0) {
                column.customFieldId = field.id;
                column.customTitle = field.title;
            }
        }
        return column;
    }
    for (const TargetName &entry : targetNames)
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return ColumnMapping{entry.target, 0, {}};
    return std::nullopt;
}

int findColumn(const QStringList &header, const QString &title)
{
    const QString wanted = normalized(title);
    for (int column = 0; column < header.size(); ++column)
        if (header.at(column).compare(title, Qt::CaseInsensitive) == 0)
            return column; // exactly as written first (two headers may normalise alike)
    for (int column = 0; column < header.size(); ++column)
        if (!wanted.isEmpty() && normalized(header.at(column)) == wanted)
            return column;
    return -1;
}

QList<int> valueOrder(const Mapping &mapping, bool emails)
{
    const Target primary = emails ? Target::Email : Target::Phone;
    const Target further = emails ? Target::ExtraEmail : Target::ExtraPhone;
    const auto isOfKind = [&](int column) {
        const Target target = mapping.columns.value(column).target;
        return column >= 0 && column < mapping.columns.size() &&
               (target == primary || target == further);
    };
    QList<int> order;
    for (int column : emails ? mapping.emailOrder : mapping.phoneOrder)
        if (isOfKind(column) && !order.contains(column))
            order.append(column);
    for (const Target target : {primary, further})
        for (int column = 0; column < mapping.columns.size(); ++column)
            if (mapping.columns.at(column).target == target && !order.contains(column))
                order.append(column);
    return order;
}

QJsonArray mappingToJson(const Mapping &mapping)
{
    // Each column with its place in the phone (email) order, when it has one.
    QJsonArray columns;
    for (int index = 0; index < mapping.columns.size(); ++index) {
        const ColumnMapping &column = mapping.columns.at(index);
        QJsonObject object{{QStringLiteral("target"), int(column.target)},
                           {QStringLiteral("field"), column.customFieldId},
                           {QStringLiteral("title"), column.customTitle}};
        const QList<int> &order =
            column.target == Target::Email || column.target == Target::ExtraEmail
                ? mapping.emailOrder
                : mapping.phoneOrder;
        if (const qsizetype place = order.indexOf(index); place >= 0)
            object.insert(QStringLiteral("order"), int(place));
        columns.append(object);
    }
    return columns;
}

std::optional<Mapping> mappingFromJson(const QJsonArray &json, qsizetype columns)
{
    if (json.size() != columns)
        return std::nullopt;
    Mapping mapping;
    QMap<int, int> phonePlaces; // place -> column
    QMap<int, int> emailPlaces;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        const int target = object.value(QStringLiteral("target")).toInt(-1);
        if (target < int(Target::Ignore) || target > int(Target::CustomField))
            return std::nullopt;
        const int column = int(mapping.columns.size());
        mapping.columns.append({Target(target), object.value(QStringLiteral("field")).toInteger(),
                                object.value(QStringLiteral("title")).toString()});
        if (const int place = object.value(QStringLiteral("order")).toInt(-1); place >= 0)
            (Target(target) == Target::Email || Target(target) == Target::ExtraEmail ? emailPlaces
                                                                                     : phonePlaces)
                .insert(place, column);
    }
    mapping.phoneOrder = phonePlaces.values();
    mapping.emailOrder = emailPlaces.values();
    return mapping;
}

QString mappingSettingsKey(const QStringList &header)
{
    const QByteArray digest =
        QCryptographicHash::hash(layoutKey(header).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/mapping-") + QString::fromLatin1(digest.toHex().left(16));
}

bool isNotesTitle(const QString &title)
{
    return knownByKey().value(normalized(title)).concept == Concept::Notes;
}

std::optional<bool> parseOptOut(QStringView value, bool *ok)
{
    const QStringView v = value.trimmed();
    *ok = true;
    if (v.isEmpty())
        return std::nullopt;
    // English, and the words of the languages whose headers are read
    // (German, French, Spanish, Italian, Portuguese, Dutch), accents optional.
    const QString folded = normalized(v.toString());
    const auto isOneOf = [&folded](std::initializer_list<QLatin1String> words) {
        return std::any_of(words.begin(), words.end(),
                           [&folded](QLatin1String word) { return folded == word; });
    };
    if (isOneOf({QLatin1String("yes"), QLatin1String("y"), QLatin1String("true"),
                 QLatin1String("t"), QLatin1String("1"), QLatin1String("ja"), QLatin1String("j"),
                 QLatin1String("wahr"), QLatin1String("oui"), QLatin1String("vrai"),
                 QLatin1String("si"), QLatin1String("s"), QLatin1String("verdadero"),
                 QLatin1String("vero"), QLatin1String("sim"), QLatin1String("verdadeiro"),
                 QLatin1String("waar")}))
        return true;
    if (isOneOf({QLatin1String("no"), QLatin1String("n"), QLatin1String("false"),
                 QLatin1String("f"), QLatin1String("0"), QLatin1String("nein"),
                 QLatin1String("falsch"), QLatin1String("non"), QLatin1String("faux"),
                 QLatin1String("falso"), QLatin1String("nao"), QLatin1String("nee"),
                 QLatin1String("onwaar")}))
        return false;
    *ok = false;
    return std::nullopt;
}

QStringList splitTags(QStringView value)
{
    // Separators: ';', ',' and Google's " ::: ".
    QStringList tags;
    const auto add = [&tags](QStringView name) {
        name = name.trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('*')))
            return; // Google's system labels ("* myContacts", "* starred")
        for (const QString &tag : std::as_const(tags))
            if (name.compare(tag, Qt::CaseInsensitive) == 0)
                return;
        tags.append(name.toString());
    };
    qsizetype start = 0;
    const qsizetype size = value.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char(',')) {
            add(value.mid(start, i - start));
            start = i + 1;
        } else if (c == QLatin1Char(':') && i + 2 < size && value.at(i + 1) == c &&
                   value.at(i + 2) == c) {
            add(value.mid(start, i - start));
            i += 2;
            start = i + 1;
        }
    }
    add(value.mid(start));
    return tags;
}

} // namespace ContactDesk::Import
