#pragma once

#include "core/dataset.h"

#include <QList>
#include <QString>

namespace nhsx {

/**
 * Where a GP practice or a CCG of the England 2013 layer sits: the chain up to the NHS
 * Commissioning Board, and the 2011 layer's relations by which other bodies advise, scrutinise or
 * can send back a CCG's plans. Pointers into the dataset it was found in.
 */
struct Placement
{
    const Body *match = nullptr;
    QList<const Body *> chain;          // the match, then upwards: CCG, area team, region, Board
    QList<const Relation *> chainLinks; // the relation between each body and the next
    QList<const Relation *> scrutiny;   // into the 2011 layer's CCG body, in dataset order
};

/**
 * Practices and CCGs matching text: a practice's or CCG's code exactly, a postcode (spaces and
 * case ignored; a whole postcode, or its outward part such as "LS1"), or words of a practice's or
 * CCG's name (each word found, in any order). Needs the England 2013 layer loaded; in dataset
 * order, practices before CCGs.
 */
QList<Placement> findPlacements(const Dataset &dataset, const QString &text);
/** The same, placing only the first limit matches; total, when given, counts them all. */
QList<Placement> findPlacements(const Dataset &dataset, const QString &text, qsizetype limit,
                                qsizetype *total);

/**
 * The placement of one body of the England 2013 layer by id (a practice, a CCG, an area team or a
 * region: the chain starts at it); match is null for a body of the 2011 layer or none.
 */
Placement placementOf(const Dataset &dataset, const QString &bodyId);

/** Where a data file's row is: "FILE line N (outlet, title, date)"; empty for none. */
QString dataRowReference(const Dataset &dataset, const DataRow &row);

} // namespace nhsx
