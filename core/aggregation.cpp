#include "aggregation.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace nhsx {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::Aggregation)
};

/** The kinds drawn in place of their members: an area team's CCGs, a CCG's practices. */
const QStringList kCollapsibleKinds{QStringLiteral("area team"),
                                    QStringLiteral("clinical commissioning group")};

} // namespace

MemberTree::MemberTree(const Dataset &dataset)
{
    for (const Relation &relation : dataset.relations()) {
        if (relation.layer == kNationalLayer)
            continue;
        QString container, member;
        if (relation.type == u"includes") {
            container = relation.from;
            member = relation.to;
        } else if (relation.type == u"is a member of") {
            container = relation.to;
            member = relation.from;
        } else {
            continue;
        }
        if (container == member || mContainer.contains(member))
            continue; // one container each: the first row that names one
        mContainer.insert(member, container);
        mMembers[container].append(member);
    }
    for (const UnreadMembers &unread : dataset.content().unreadMembers)
        mUnread[unread.container].append({unread.kind, unread.count});
    for (const Body &body : dataset.bodies()) {
        if (mContainer.contains(body.id) || mMembers.contains(body.id) ||
            mUnread.contains(body.id))
            mKind.insert(body.id, body.kind);
    }
}

bool MemberTree::collapsible(const QString &id) const
{
    return (mMembers.contains(id) || mUnread.contains(id)) &&
           kCollapsibleKinds.contains(mKind.value(id));
}

QList<MemberCount> MemberTree::countsUnder(const QString &id) const
{
    QList<MemberCount> counts;
    const auto add = [&counts](const QString &kind, int n) {
        auto count = std::find_if(counts.begin(), counts.end(),
                                  [&](const MemberCount &c) { return c.kind == kind; });
        if (count == counts.end())
            counts.append({kind, n});
        else
            count->count += n;
    };
    for (const MemberCount &unread : mUnread.value(id))
        add(unread.kind, unread.count);
    QSet<QString> seen{id};
    QStringList level = membersOf(id);
    while (!level.isEmpty()) {
        QStringList next;
        for (const QString &member : std::as_const(level)) {
            if (seen.contains(member))
                continue;
            seen.insert(member);
            add(mKind.value(member), 1);
            for (const MemberCount &unread : mUnread.value(member))
                add(unread.kind, unread.count);
            next.append(membersOf(member));
        }
        level = next;
    }
    return counts;
}

QStringList MemberTree::collapsedAbove(const QString &id, const QSet<QString> &expanded) const
{
    QStringList collapsed;
    QSet<QString> seen{id};
    for (QString above = containerOf(id); !above.isEmpty() && !seen.contains(above);
         above = containerOf(above)) {
        seen.insert(above);
        if (collapsible(above) && !expanded.contains(above))
            collapsed.prepend(above);
    }
    return collapsed;
}

bool MemberTree::shown(const QString &id, const QSet<QString> &expanded) const
{
    // Asked of every body the graph may show (8,000): walks up without making a list. A cycle
    // in a file's rows ends the walk after as many steps as there are members.
    qsizetype steps = 0;
    for (auto above = mContainer.constFind(id);
         above != mContainer.cend() && steps <= mContainer.size();
         above = mContainer.constFind(*above), ++steps) {
        if (collapsible(*above) && !expanded.contains(*above))
            return false;
    }
    return true;
}

bool pointsUpward(const Relation &relation)
{
    return relation.type == u"is a member of" || relation.type == u"is one of";
}

QString countPhrase(const MemberCount &count)
{
    const QString n = QLocale().toString(count.count);
    const bool one = count.count == 1;
    if (count.kind == u"commissioning region")
        return one ? Text::tr("%1 region").arg(n) : Text::tr("%1 regions").arg(n);
    if (count.kind == u"area team")
        return one ? Text::tr("%1 area team").arg(n) : Text::tr("%1 area teams").arg(n);
    if (count.kind == u"clinical commissioning group")
        return one ? Text::tr("%1 CCG").arg(n) : Text::tr("%1 CCGs").arg(n);
    if (count.kind == u"GP practice")
        return one ? Text::tr("%1 practice").arg(n) : Text::tr("%1 practices").arg(n);
    return Text::tr("%1 of kind %2").arg(n, count.kind);
}

QString aggregateLabel(const QString &name, const QList<MemberCount> &counts, bool collapsible,
                       bool expanded)
{
    if (counts.isEmpty())
        return name;
    QStringList phrases;
    for (const MemberCount &count : counts)
        phrases.append(countPhrase(count));
    const QString label =
        Text::tr("%1 — %2").arg(name, phrases.join(Text::tr(", ", "between counts")));
    if (!collapsible)
        return label;
    return (expanded ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 ")) + label;
}

} // namespace nhsx
