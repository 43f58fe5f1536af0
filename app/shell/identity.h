#pragma once

namespace nhsx {

/**
 * Names the program to Qt and the desktop: its name and version (--version starts with them),
 * its organisation (where its settings are kept) and its desktop file, so the desktop finds the
 * window's icon and entry. Called first in main().
 */
void setApplicationIdentity();

} // namespace nhsx
