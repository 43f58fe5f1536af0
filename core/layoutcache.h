#pragma once

#include "core/layout.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

namespace nhsx {

/**
 * A Layout that remembers its results, in memory and in files under a directory (the user's
 * cache), keyed by a SHA-256 of everything in the request and of the engine's identity (e.g. its
 * version). So a second start with the same dataset and view reads the layout instead of waiting
 * for Graphviz. Failures are not kept. A cache file that cannot be read or decoded is ignored
 * and written again; one that cannot be written costs nothing but the next start's time.
 */
class CachedLayout final : public Layout
{
public:
    /** The most files kept: the least recently written go first. */
    static constexpr int kMaxFiles = 200;

    /** directory empty: remember in memory only. */
    CachedLayout(const Layout &engine, QByteArray engineIdentity, QString directory);

    LayoutResult compute(const LayoutRequest &request) const override;
    LayoutResult computeUntil(const LayoutRequest &request,
                              const std::function<bool()> &stopRequested) const override;

    /** The key of a request: a hex SHA-256 of the engine's identity and every field. */
    QString key(const LayoutRequest &request) const;
    /** How many results came from the cache (memory or file) rather than the engine. */
    int hits() const;

private:
    std::optional<LayoutResult> readFile(const QString &key) const;
    void writeFile(const QString &key, const LayoutResult &result) const;

    const Layout &mEngine;
    QByteArray mIdentity;
    QString mDirectory;
    mutable QMutex mMutex;
    mutable QHash<QString, LayoutResult> mMemory;
    mutable int mHits = 0;
};

} // namespace nhsx
