#include "app/document/datasetsource.h"

#include "core/validation.h"
#include "data/bundleddataset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>

namespace nhsx {

namespace {

/** Enough problems to see what is wrong without a dialog taller than the screen. */
constexpr qsizetype kProblemsShown = 10;

QString problemsMessage(const QString &name, const QList<Problem> &problems)
{
    QStringList lines{QObject::tr("%1: not a valid dataset, %2 problem(s) found "
                                  "(nhs-explorer --validate lists them all):")
                          .arg(name, QString::number(problems.size()))};
    for (qsizetype i = 0; i < std::min(problems.size(), kProblemsShown); ++i)
        lines.append(name + QStringLiteral(": ") + problems[i].toString());
    if (problems.size() > kProblemsShown)
        lines.append(QObject::tr("%1: and %2 more.")
                         .arg(name, QString::number(problems.size() - kProblemsShown)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DatasetToShow loadDatasetToShow(const QString &dataFile, LayerChoice layers)
{
    if (dataFile.isEmpty()) {
        LoadResult bundled = loadDatasetImage(bundledDatasetImage(), bundledDatasetName(), layers);
        const QString error = bundled.ok() ? QString() : bundled.error.message();
        return {std::move(bundled.dataset), bundledDatasetName(), error};
    }
    LoadResult loaded = loadDatasetFile(dataFile, layers);
    if (!loaded.ok())
        return {std::nullopt, dataFile, loaded.error.message()};
    if (const QList<Problem> problems = validateDataset(*loaded.dataset); !problems.isEmpty())
        return {std::nullopt, dataFile, problemsMessage(dataFile, problems)};
    return {std::move(loaded.dataset), dataFile, {}};
}

QString datasetSha256(const QString &datasetName)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (datasetName == bundledDatasetName()) {
        hash.addData(bundledDatasetImage());
    } else {
        QFile file(datasetName);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace nhsx
