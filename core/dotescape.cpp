#include "dotescape.h"

namespace nhsx {

QByteArray dotLabelText(const QString &text)
{
    QString copy = text;
    const QByteArray escaped = copy.replace(QChar(0), QChar::ReplacementCharacter)
                                   .toUtf8()
                                   .replace('\\', "\\\\")
                                   .replace('\n', "\\n");
    // cgraph 2.42 takes "-." for a number and writes it unquoted, which it then cannot read; a
    // backslash before it makes cgraph quote it, and a label shows "\-" as "-".
    return escaped == "-." ? QByteArrayLiteral("\\-.") : escaped;
}

QByteArray dotName(const QString &id)
{
    const QByteArray name = dotLabelText(id);
    return name.startsWith('%') ? '\\' + name : name;
}

} // namespace nhsx
