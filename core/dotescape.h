#pragma once

#include <QByteArray>
#include <QString>

namespace nhsx {

/** Escapes text for a Graphviz label, where backslash sequences like \n and \N are interpreted. */
QByteArray dotLabelText(const QString &text);

} // namespace nhsx
