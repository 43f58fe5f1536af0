#pragma once

#include "dataset.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace nhsx {

/** How many bodies of one kind stand under a body, directly or further down. */
struct MemberCount
{
    QString kind;
    int count = 0;

    friend bool operator==(const MemberCount &, const MemberCount &) = default;
};

/**
 * Who stands under whom in the layers built from data files (not the 2011 articles'): a body
 * that "includes" another has it under it, and a CCG has the practices that are members of it.
 * An aggregated view draws an area team or a CCG in place of the bodies under it, with their
 * counts, until it is expanded. Holds ids only, so it outlives no dataset it points into.
 */
class MemberTree
{
public:
    explicit MemberTree(const Dataset &dataset);

    /** The body this one stands directly under, or empty. */
    QString containerOf(const QString &id) const { return mContainer.value(id); }
    /** The bodies standing directly under this one, in dataset order, of those read. */
    QStringList membersOf(const QString &id) const { return mMembers.value(id); }
    /** Whether members of this body were left out of the load (DatasetContent::unreadMembers). */
    bool hasUnreadMembers(const QString &id) const { return mUnread.contains(id); }
    /**
     * Whether an aggregated view draws this body in place of its members until it is expanded:
     * area teams and CCGs that have members. Regions stay open, so their area teams are always
     * drawn.
     */
    bool collapsible(const QString &id) const;
    /** Every body under this one counted by kind, the nearest kinds first; also those unread. */
    QList<MemberCount> countsUnder(const QString &id) const;
    /** Whether no collapsed body stands above this one, with these bodies expanded. */
    bool shown(const QString &id, const QSet<QString> &expanded) const;
    /** The collapsed bodies above this one, nearest last: expanding them all shows it. */
    QStringList collapsedAbove(const QString &id, const QSet<QString> &expanded) const;

private:
    QHash<QString, QString> mContainer;
    QHash<QString, QStringList> mMembers;
    QHash<QString, QString> mKind;
    QHash<QString, QList<MemberCount>> mUnread;
};

/**
 * Whether a relation points from a member up to what it belongs to (a practice "is a member of"
 * its CCG, a CCG "is one of" the 2011 layer's CCGs): the hierarchy draws its head above its tail.
 */
bool pointsUpward(const Relation &relation);

/**
 * A body's label in an aggregated view: its name and what stands under it, e.g.
 * "▸ West Yorkshire — 10 CCGs, 450 practices". A collapsible body starts with ▸ when collapsed
 * and ▾ when expanded; the name alone when nothing stands under it.
 */
QString aggregateLabel(const QString &name, const QList<MemberCount> &counts, bool collapsible,
                       bool expanded);

/** "10 CCGs", "1 practice", "4 regions": a count with the kind's short plural. */
QString countPhrase(const MemberCount &count);

} // namespace nhsx
