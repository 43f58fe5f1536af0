#pragma once

#include "core/dataset.h"

namespace nhsx {

/** Where a glossary term occurs in a text: the characters [start, start + length). */
struct AcronymMatch
{
    qsizetype start = 0, length = 0;
    const GlossaryEntry *entry = nullptr;
};

/**
 * The glossary's terms where they occur in the text as whole words, with or without a plural
 * "s" ("CCG" in "CCGs", not in "CCGX"), case as written, left to right and never overlapping (the
 * longer term wins where two start together).
 */
QList<AcronymMatch> findAcronyms(const QString &text, const QList<GlossaryEntry> &glossary);

/** "CCG: clinical commissioning group", or "DH: not spelled out in the sources". */
QString acronymNote(const GlossaryEntry &entry);

/** The note of each glossary term that occurs in the text, each once, in order of occurrence. */
QStringList acronymNotes(const QString &text, const QList<GlossaryEntry> &glossary);

} // namespace nhsx
