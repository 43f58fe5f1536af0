#pragma once

class QLocale;
class QTranslator;

namespace nhsx {

/**
 * Loads the program's catalogue for a locale (nhs-explorer_<locale>.qm, compiled in under
 * :/i18n) into translator; false when there is none for that language.
 */
bool loadTranslation(QTranslator &translator, const QLocale &locale);

} // namespace nhsx
