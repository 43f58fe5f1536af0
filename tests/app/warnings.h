#pragma once

#include <QStringList>
#include <QtGlobal>

namespace nhsx::test {

/**
 * Collects Qt's warnings (and worse) while it lives, as well as letting them through. The
 * offscreen platform's notes on what it cannot do (raise a window, pass on size limits) are left
 * out: a real platform would not warn.
 */
class WarningCollector
{
public:
    WarningCollector();
    ~WarningCollector();
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;

    const QStringList &warnings() const;
    void clear();

private:
    QtMessageHandler mPrevious;
};

} // namespace nhsx::test
