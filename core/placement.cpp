#include "placement.h"

#include "sourcereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nhsx {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::Placement)
};

const QString kPractice = QStringLiteral("GP practice");
const QString kCcg = QStringLiteral("clinical commissioning group");
const QString kCcgsOf2011 = QStringLiteral("ccgs");

/**
 * The 2011 layer's relations into the CCG body by which another body advises, scrutinises or can
 * send back a CCG's plans: the answer to "who advises my CCG, who can stop its plans?".
 */
const QStringList kScrutinyTypes{
    QStringLiteral("advises"),
    QStringLiteral("advise on service change"),
    QStringLiteral("comment on intentions of"),
    QStringLiteral("oversees decisions of"),
    QStringLiteral("has a role in authorising"),
    QStringLiteral("may help assess"),
    QStringLiteral("may refer plans back to"),
};

QString compact(const QString &text)
{
    return QString(text).remove(u' ').toUpper();
}

/** The relation of this type from or to the body (upward: from it), if any. */
const Relation *link(const Dataset &dataset, const QString &bodyId, const QString &type,
                     bool fromBody)
{
    for (const Relation *relation : dataset.relationsOf(bodyId)) {
        if (relation->type == type && (fromBody ? relation->from : relation->to) == bodyId)
            return relation;
    }
    return nullptr;
}

bool nameMatches(const Body &body, const QStringList &words)
{
    for (const QString &word : words) {
        if (!body.name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return !words.isEmpty();
}

} // namespace

Placement placementOf(const Dataset &dataset, const QString &bodyId)
{
    Placement placement;
    const Body *body = dataset.body(bodyId);
    if (!body || body->layer == kNationalLayer)
        return placement;
    placement.match = body;
    placement.chain.append(body);
    const Body *ccg = body;
    if (body->kind == kPractice) {
        const Relation *member = link(dataset, body->id, QStringLiteral("is a member of"), true);
        ccg = member ? dataset.body(member->to) : nullptr;
        if (!ccg)
            return placement;
        placement.chainLinks.append(member);
        placement.chain.append(ccg);
    }
    // Up through "includes": area team, region, the Board.
    const Body *current = ccg;
    while (const Relation *above = link(dataset, current->id, QStringLiteral("includes"), false)) {
        const Body *next = dataset.body(above->from);
        if (!next || placement.chain.contains(next))
            break;
        placement.chainLinks.append(above);
        placement.chain.append(next);
        current = next;
    }
    if (link(dataset, ccg->id, QStringLiteral("is one of"), true)) {
        for (const Relation &relation : dataset.relations()) {
            if (relation.to == kCcgsOf2011 && kScrutinyTypes.contains(relation.type))
                placement.scrutiny.append(&relation);
        }
    }
    return placement;
}

QList<Placement> findPlacements(const Dataset &dataset, const QString &text, qsizetype limit,
                                qsizetype *total)
{
    const QString wanted = compact(text);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    QList<Placement> found;
    qsizetype matches = 0;
    for (const QString &kind : {kPractice, kCcg}) {
        for (const Body &body : dataset.bodies()) {
            if (body.kind != kind || body.layer == kNationalLayer)
                continue;
            const QString postcode = compact(body.postcode);
            // The outward part of a postcode is all but its last three characters.
            const bool postcodeMatches =
                !postcode.isEmpty() &&
                (postcode == wanted || (body.postcode.contains(u' ') &&
                                        compact(body.postcode.section(u' ', 0, 0)) == wanted));
            if (compact(body.code) != wanted && !postcodeMatches && !nameMatches(body, words))
                continue;
            if (limit < 0 || matches < limit)
                found.append(placementOf(dataset, body.id));
            ++matches;
        }
    }
    if (total)
        *total = matches;
    return found;
}

QList<Placement> findPlacements(const Dataset &dataset, const QString &text)
{
    return findPlacements(dataset, text, -1, nullptr);
}

QString dataRowReference(const Dataset &dataset, const DataRow &row)
{
    const Source *source = dataset.source(row.source);
    if (!source)
        return {};
    return Text::tr("%1 line %2 (%3)")
        .arg(source->seedFile)
        .arg(row.line)
        .arg(sourceReference(*source));
}

} // namespace nhsx
