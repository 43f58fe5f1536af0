#include "acronyms.h"

#include <QCoreApplication>
#include <algorithm>

namespace nhsx {

namespace {

bool isWordCharacter(const QString &text, qsizetype at)
{
    return at >= 0 && at < text.size() && text[at].isLetterOrNumber();
}

/** The length of the whole word the term makes at this place, plural "s" included; 0 if none. */
qsizetype wholeWordLength(const QString &text, qsizetype start, const QString &term)
{
    if (isWordCharacter(text, start - 1) && term.front().isLetterOrNumber())
        return 0;
    qsizetype end = start + term.size();
    if (end < text.size() && text[end] == u's' && !isWordCharacter(text, end + 1))
        ++end;
    if (isWordCharacter(text, end) && term.back().isLetterOrNumber())
        return 0;
    return end - start;
}

} // namespace

QList<AcronymMatch> findAcronyms(const QString &text, const QList<GlossaryEntry> &glossary)
{
    QList<AcronymMatch> all;
    for (const GlossaryEntry &entry : glossary) {
        if (entry.term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(entry.term); at >= 0;
             at = text.indexOf(entry.term, at + 1)) {
            if (const qsizetype length = wholeWordLength(text, at, entry.term))
                all.append({at, length, &entry});
        }
    }
    std::sort(all.begin(), all.end(), [](const AcronymMatch &a, const AcronymMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<AcronymMatch> kept;
    for (const AcronymMatch &match : all) {
        if (kept.isEmpty() || match.start >= kept.back().start + kept.back().length)
            kept.append(match);
    }
    return kept;
}

QString acronymNote(const GlossaryEntry &entry)
{
    return QStringLiteral("%1: %2").arg(
        entry.term,
        entry.expansion.isEmpty()
            ? QCoreApplication::translate("nhsx::Acronyms", "not spelled out in the sources")
            : entry.expansion);
}

QStringList acronymNotes(const QString &text, const QList<GlossaryEntry> &glossary)
{
    QStringList notes;
    for (const AcronymMatch &match : findAcronyms(text, glossary)) {
        const QString note = acronymNote(*match.entry);
        if (!notes.contains(note))
            notes.append(note);
    }
    return notes;
}

} // namespace nhsx
