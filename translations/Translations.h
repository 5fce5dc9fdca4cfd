#pragma once

class QCoreApplication;

namespace ContactDesk::Translations {

// Installs the translations for the system's locale: Qt's own (qtbase,
// from the system's Qt) and ContactDesk's (German, Spanish, and the English
// plural forms), both looked up by QLocale's UI languages. Nothing is
// installed for the C locale, so the source texts show.
void install(QCoreApplication &app);

} // namespace ContactDesk::Translations
