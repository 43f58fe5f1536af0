#pragma once

#include <QUrl>

class QWidget;

namespace nhsx {

/**
 * Opens a web address from a link in the program, only for http and https, and only after the
 * person has seen the address and agreed. Any other scheme (file:, javascript:, ...) is refused
 * without a word. Returns whether the address was handed to the desktop.
 */
bool openExternalLink(const QUrl &url, QWidget *parent);

} // namespace nhsx
