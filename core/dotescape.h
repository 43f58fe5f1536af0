#pragma once

#include <QByteArray>
#include <QString>

namespace nhsx {

/**
 * Text as a Graphviz label, which interprets backslash sequences (\n, \N, \l...): backslashes are
 * doubled; a line feed becomes \n, which means the same in a label (Graphviz 2.42 reads a string
 * that is one line feed back as empty); NUL, which a C string cannot hold, becomes U+FFFD; "-."
 * becomes "\-.", which a label shows as "-." (see the .cpp).
 */
QByteArray dotLabelText(const QString &text);

/**
 * An id as a Graphviz node or edge name, escaped as a label is (cgraph writes a name's backslashes
 * as they are, so one that ends in a backslash would escape its closing quote in the dot text),
 * and with a backslash before a leading %: cgraph keeps such names for anonymous objects, and
 * reads them back as other names.
 */
QByteArray dotName(const QString &id);

} // namespace nhsx
