#include "app/england/wheretext.h"

#include "app/theme/style.h"
#include "core/citation.h"

namespace nhsx {

QStringList whereLines(const Dataset &dataset, const Placement &placement)
{
    QStringList lines;
    const Body &match = *placement.match;
    const QString code = match.postcode.isEmpty()
                             ? match.code
                             : QStringLiteral("%1, %2").arg(match.code, match.postcode);
    lines << QStringLiteral("%1 (%2 %3)").arg(match.name, match.kind, code);
    for (qsizetype i = 0; i < placement.chainLinks.size(); ++i) {
        const Relation &link = *placement.chainLinks[i];
        const Body &next = *placement.chain[i + 1];
        const QString code = next.code.isEmpty() ? QString() : QStringLiteral(" %1").arg(next.code);
        const QString where = link.from == next.id ? WhereText::tr("in") : link.type;
        lines << QStringLiteral("  %1 %2 (%3%4)").arg(where, next.name, next.kind, code);
    }
    // A CCG the files place under no area team says why in its role.
    const Body *ccg = placement.chain.size() > 1 ? placement.chain[1] : placement.chain[0];
    if (match.kind != u"GP practice")
        ccg = &match;
    if (placement.chain.last()->id != u"nhs-commissioning-board")
        lines << QStringLiteral("  (%1)").arg(ccg->role);
    if (!placement.scrutiny.isEmpty())
        lines << WhereText::tr("  Who may advise it or refer its plans back, as the 2011 sources "
                               "describe CCGs:");
    for (const Relation *relation : placement.scrutiny) {
        const Body *from = dataset.body(relation->from);
        const Body *to = dataset.body(relation->to);
        lines << QStringLiteral("    %1 — %2 — %3 (%4)")
                     .arg(from ? from->name : relation->from, relation->type,
                          to ? to->name : relation->to, statusLabel(relation->status));
        const QList<const Quote *> quotes = dataset.quotesAboutRelation(relation->id);
        if (!quotes.isEmpty()) {
            const Citation cited = citeQuote(dataset, *quotes.constFirst());
            for (const QString &line : cited.plainText.split(u'\n'))
                lines << QStringLiteral("      ") + line;
        }
    }
    QStringList rows{dataRowReference(dataset, match.row)};
    for (const Relation *link : placement.chainLinks)
        rows << dataRowReference(dataset, link->row);
    rows.removeDuplicates();
    lines << WhereText::tr("  Sources: %1").arg(rows.join(QStringLiteral("; ")));
    return lines;
}

} // namespace nhsx
