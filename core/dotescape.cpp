#include "dotescape.h"

namespace nhsx {

QByteArray dotLabelText(const QString &text)
{
    return text.toUtf8().replace('\\', "\\\\");
}

} // namespace nhsx
