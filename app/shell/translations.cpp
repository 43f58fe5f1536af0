#include "app/shell/translations.h"

#include <QLocale>
#include <QTranslator>

namespace nhsx {

bool loadTranslation(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, QStringLiteral("nhs-explorer"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
}

} // namespace nhsx
