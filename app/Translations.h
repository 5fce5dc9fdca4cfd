#pragma once

class QCoreApplication;

namespace ContactDesk::App {

// Installs the translations for the system's locale: Qt's own (qtbase,
// from the system's Qt) and ContactDesk's (German, Spanish, and the English
// plural forms), both looked up by QLocale's UI languages. Nothing is
// installed for the C locale, so the source texts show.
void installTranslations(QCoreApplication &app);

} // namespace ContactDesk::App
