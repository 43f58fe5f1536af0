#include "england2013.h"

#include "core/sqlite.h"
#include "csvfile.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace nhsx {

namespace {

const QString kLayer = QStringLiteral("england-2013");
const QString kCcgsOf2011 = QStringLiteral("ccgs");
const QString kCommissioningBoard = QStringLiteral("nhs-commissioning-board");

const QString kCcgFile = QStringLiteral("CCG_APR_2013.csv");
const QString kLookupFile = QStringLiteral("CCG13_NHSAT13_NHSCR13_EW_LU.csv");
const QString kOdsCcgFile = QStringLiteral("eccg.csv");
const QString kPracticeFile = QStringLiteral("epraccur.csv");

/** Columns of the ODS files, which have no header (0-based; the provenance counts from 1). */
enum OdsColumn {
    OdsCode = 0,
    OdsName = 1,
    OdsPostcode = 9,
    OdsOpenDate = 10,
    OdsStatus = 12,
    OdsParent = 14,
    OdsSetting = 25,
};

/** Where a row came from: the source's id and the line in its file. */
struct Citation
{
    QString source;
    int line = 0;
};

struct NewBody
{
    QString id, name, kind, role, code, onsCode, postcode;
    Citation cited;
};

struct NewRelation
{
    QString from, type, to, description;
    Citation cited;
};

class LayerBuilder
{
public:
    LayerBuilder(SqliteDatabase &db, const QString &dir, QString *error)
        : mDb(db), mDir(dir), mError(*error)
    {
    }

    bool build()
    {
        return findSources() && readCcgs() && readLookup() && readPractices() && insertAll();
    }

private:
    bool fail(const QString &file, const QString &problem)
    {
        mError = QStringLiteral("%1: %2").arg(QDir(mDir).filePath(file), problem);
        return false;
    }

    bool findSources()
    {
        SqliteStatement rows(mDb, QStringLiteral("SELECT seed_file, id FROM sources WHERE kind = "
                                                 "'data'"));
        while (rows.next())
            mSourceOf.insert(rows.text(0), rows.text(1));
        for (const QString &file : {kCcgFile, kLookupFile, kOdsCcgFile, kPracticeFile}) {
            if (!mSourceOf.contains(file))
                return fail(file, QStringLiteral("no source of kind 'data' has this seed_file"));
        }
        return true;
    }

    std::optional<QList<CsvRecord>> read(const QString &file, int minFields)
    {
        std::optional<QList<CsvRecord>> records = readCsvFile(QDir(mDir).filePath(file), &mError);
        if (!records)
            return std::nullopt;
        for (const CsvRecord &record : *records) {
            if (record.fields.size() < minFields) {
                fail(file, QStringLiteral("line %1 has %2 fields, not at least %3")
                               .arg(record.line)
                               .arg(record.fields.size())
                               .arg(minFields));
                return std::nullopt;
            }
        }
        return records;
    }

    /** The records after a header that must name these columns, in this order. */
    std::optional<QList<CsvRecord>> readWithHeader(const QString &file, const QStringList &header)
    {
        std::optional<QList<CsvRecord>> records = read(file, int(header.size()));
        if (!records)
            return std::nullopt;
        if (records->isEmpty() || records->first().fields.mid(0, header.size()) != header) {
            fail(file,
                 QStringLiteral("the first line is not the header %1").arg(header.join(u',')));
            return std::nullopt;
        }
        records->removeFirst();
        return records;
    }

    static QString ccgId(const QString &odsCode)
    {
        return QStringLiteral("ccg-") + odsCode.toLower();
    }

    bool readCcgs()
    {
        const auto records =
            readWithHeader(kCcgFile, {QStringLiteral("CCG13CD"), QStringLiteral("CCG13CDH"),
                                      QStringLiteral("CCG13NM")});
        if (!records)
            return false;
        for (const CsvRecord &record : *records) {
            const QString &ons = record.fields[0];
            const QString &ods = record.fields[1];
            if (ods.isEmpty() || mCcgByOns.contains(ons) || mCcgIds.contains(ccgId(ods)))
                return fail(kCcgFile,
                            QStringLiteral("line %1 repeats or lacks a CCG code").arg(record.line));
            NewBody ccg{ccgId(ods),
                        record.fields[2],
                        QStringLiteral("clinical commissioning group"),
                        {},
                        ods,
                        ons,
                        {},
                        {mSourceOf[kCcgFile], record.line}};
            mCcgByOns.insert(ons, int(mBodies.size()));
            mCcgIds.insert(ccg.id, int(mBodies.size()));
            mBodies.append(ccg);
            mRelations.append({ccg.id, QStringLiteral("is one of"), kCcgsOf2011,
                               QStringLiteral("%1 is one of the clinical commissioning groups that "
                                              "the 2011 reforms proposed; it was in place on 1 "
                                              "April 2013.")
                                   .arg(ccg.name),
                               ccg.cited});
        }
        return true;
    }

    bool readLookup()
    {
        const auto records =
            readWithHeader(kLookupFile, {QStringLiteral("CCG13CD"), QStringLiteral("CCG13NM"),
                                         QStringLiteral("NHSAT13CD"), QStringLiteral("NHSAT13NM"),
                                         QStringLiteral("NHSCR13CD"), QStringLiteral("NHSCR13NM")});
        if (!records)
            return false;
        for (const CsvRecord &record : *records) {
            const QStringList &f = record.fields;
            const Citation cited{mSourceOf[kLookupFile], record.line};
            const auto ccg = mCcgByOns.constFind(f[0]);
            if (ccg == mCcgByOns.cend())
                return fail(kLookupFile,
                            QStringLiteral("line %1 names CCG %2, which %3 does not have")
                                .arg(record.line)
                                .arg(f[0], kCcgFile));
            if (mAreaTeamOfCcg.contains(f[0]))
                return fail(kLookupFile, QStringLiteral("line %1 places CCG %2 a second time")
                                             .arg(record.line)
                                             .arg(f[0]));
            const QString region = QStringLiteral("region-") + f[4].toLower();
            const QString areaTeam = QStringLiteral("area-team-") + f[2].toLower();
            if (!mRegions.contains(region)) {
                mRegions.insert(region, int(mBodies.size()));
                mBodies.append({region,
                                f[5],
                                QStringLiteral("commissioning region"),
                                {},
                                f[4],
                                f[4],
                                {},
                                cited});
                mRelations.append({kCommissioningBoard, QStringLiteral("includes"), region,
                                   QStringLiteral("%1 is one of the NHS Commissioning Board's "
                                                  "regions in the 2013 lookup.")
                                       .arg(f[5]),
                                   cited});
            }
            if (!mAreaTeams.contains(areaTeam)) {
                mAreaTeams.insert(areaTeam, int(mBodies.size()));
                mRegionOfAreaTeam.insert(areaTeam, region);
                mBodies.append(
                    {areaTeam, f[3], QStringLiteral("area team"), {}, f[2], f[2], {}, cited});
                mRelations.append({region, QStringLiteral("includes"), areaTeam,
                                   QStringLiteral("The 2013 lookup places the %1 area team in the "
                                                  "%2 region.")
                                       .arg(f[3], f[5]),
                                   cited});
            } else if (mRegionOfAreaTeam.value(areaTeam) != region) {
                return fail(kLookupFile,
                            QStringLiteral("line %1 puts area team %2 in a second region")
                                .arg(record.line)
                                .arg(f[2]));
            }
            const NewBody &ccgBody = mBodies[*ccg];
            mAreaTeamOfCcg.insert(f[0], areaTeam);
            mRelations.append({areaTeam, QStringLiteral("includes"), ccgBody.id,
                               QStringLiteral("The 2013 lookup places %1 in the %2 area team.")
                                   .arg(ccgBody.name, f[3]),
                               cited});
        }
        if (mAreaTeamOfCcg.size() != mCcgByOns.size())
            return fail(kLookupFile, QStringLiteral("places %1 of the %2 CCGs in %3")
                                         .arg(mAreaTeamOfCcg.size())
                                         .arg(mCcgByOns.size())
                                         .arg(kCcgFile));
        return true;
    }

    /**
     * A CCG the practice file names that was not there in April 2013 (Newcastle Gateshead, from
     * a 2015 merger), from the ODS CCG file, so its practices are not dropped.
     */
    std::optional<int> laterCcg(const QString &odsCode)
    {
        if (mOdsCcgs.isEmpty()) {
            const auto records = read(kOdsCcgFile, OdsOpenDate + 1);
            if (!records)
                return std::nullopt;
            for (const CsvRecord &record : *records)
                mOdsCcgs.insert(record.fields[OdsCode], record);
        }
        const auto found = mOdsCcgs.constFind(odsCode);
        if (found == mOdsCcgs.cend())
            return std::nullopt;
        const QStringList &f = found->fields;
        mCcgIds.insert(ccgId(odsCode), int(mBodies.size()));
        mLaterCcgs.insert(ccgId(odsCode), f[OdsOpenDate]);
        mBodies.append({ccgId(odsCode),
                        f[OdsName],
                        QStringLiteral("clinical commissioning group"),
                        {},
                        odsCode,
                        {},
                        f[OdsPostcode],
                        {mSourceOf[kOdsCcgFile], found->line}});
        return int(mBodies.size()) - 1;
    }

    bool readPractices()
    {
        const auto records = read(kPracticeFile, OdsSetting + 1);
        if (!records)
            return false;
        for (const CsvRecord &record : *records) {
            const QStringList &f = record.fields;
            // Active GP practices only: the file also lists closed ones, and prisons, walk-in
            // centres and other prescribing settings.
            if (f[OdsStatus] != u'A' || f[OdsSetting] != u'4')
                continue;
            auto ccg = mCcgIds.constFind(ccgId(f[OdsParent]));
            int ccgIndex = ccg == mCcgIds.cend() ? -1 : *ccg;
            if (ccgIndex < 0) {
                const std::optional<int> later = laterCcg(f[OdsParent]);
                if (!later)
                    return mError.isEmpty()
                               ? fail(kPracticeFile,
                                      QStringLiteral("line %1 names CCG %2, which no file has")
                                          .arg(record.line)
                                          .arg(f[OdsParent]))
                               : false;
                ccgIndex = *later;
            }
            const QString id = QStringLiteral("practice-") + f[OdsCode].toLower();
            if (mPracticeIds.contains(id))
                return fail(
                    kPracticeFile,
                    QStringLiteral("line %1 repeats practice %2").arg(record.line).arg(f[OdsCode]));
            mPracticeIds.insert(id);
            const Citation cited{mSourceOf[kPracticeFile], record.line};
            mPracticeCount[mBodies[ccgIndex].id] += 1;
            mBodies.append({id,
                            f[OdsName],
                            QStringLiteral("GP practice"),
                            {},
                            f[OdsCode],
                            {},
                            f[OdsPostcode],
                            cited});
            mRelations.append({id, QStringLiteral("is a member of"), mBodies[ccgIndex].id,
                               QStringLiteral("The practice file lists %1 as a member of %2.")
                                   .arg(f[OdsName], mBodies[ccgIndex].name),
                               cited});
        }
        return true;
    }

    /** The project's own summary of a row, worked out from the files (editorial, like role). */
    QString roleOf(const NewBody &body) const
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        if (body.kind == u"commissioning region") {
            const int teams =
                int(std::count(mRegionOfAreaTeam.cbegin(), mRegionOfAreaTeam.cend(), body.id));
            return QStringLiteral("One of the NHS Commissioning Board's commissioning regions on 1 "
                                  "April 2013, over %1 of the lookup's area teams.")
                .arg(teams);
        }
        if (body.kind == u"area team") {
            const QString region = mBodies[mRegions.value(mRegionOfAreaTeam.value(body.id))].name;
            const int ccgs =
                int(std::count(mAreaTeamOfCcg.cbegin(), mAreaTeamOfCcg.cend(), body.id));
            QString role =
                QStringLiteral("An NHS Commissioning Board area team on 1 April 2013, in "
                               "the %1 region, over %2 CCGs.")
                    .arg(region)
                    .arg(ccgs);
            if (body.name == u"London")
                role += QStringLiteral(" The lookup file has London as one area team code; the "
                                       "Board's London area teams are not told apart in it.");
            return role;
        }
        if (body.kind == u"clinical commissioning group") {
            const int practices = mPracticeCount.value(body.id);
            if (mLaterCcgs.contains(body.id))
                return QStringLiteral(
                           "A CCG opened on %1, after April 2013, by the ODS CCG file of "
                           "2016. The 2015 practice file lists %2 practices as its "
                           "members; the files do not say in which April 2013 CCG each "
                           "was, so it is not placed under an area team.")
                    .arg(english.toString(
                        QDate::fromString(mLaterCcgs.value(body.id), QStringLiteral("yyyyMMdd")),
                        QStringLiteral("d MMMM yyyy")))
                    .arg(practices);
            return QStringLiteral("A clinical commissioning group on 1 April 2013. The practice "
                                  "file of 2015 lists %1 GP practices as its members.")
                .arg(practices);
        }
        return QStringLiteral(
                   "An active GP practice in the ODS practice file of 2015, postcode %1.")
            .arg(body.postcode);
    }

    bool insertAll()
    {
        for (const NewBody &body : std::as_const(mBodies)) {
            SqliteStatement insert(
                mDb,
                QStringLiteral("INSERT INTO bodies (id, name, kind, status, role, layer, code, "
                               "ons_code, postcode, source, source_line) VALUES (?1, ?2, ?3, "
                               "'unstated', ?4, ?5, NULLIF(?6, ''), NULLIF(?7, ''), "
                               "NULLIF(?8, ''), ?9, CAST(?10 AS INTEGER))"));
            const QStringList values{body.id,
                                     body.name,
                                     body.kind,
                                     roleOf(body),
                                     kLayer,
                                     body.code,
                                     body.onsCode,
                                     body.postcode,
                                     body.cited.source,
                                     QString::number(body.cited.line)};
            if (!run(insert, values, body.id))
                return false;
        }
        for (const NewRelation &relation : std::as_const(mRelations)) {
            SqliteStatement insert(
                mDb, QStringLiteral("INSERT INTO relations (id, from_body, to_body, type, status, "
                                    "description, source, source_line, layer) VALUES (?1, ?2, ?3, "
                                    "?4, 'unstated', ?5, ?6, CAST(?7 AS INTEGER), ?8)"));
            const QString id = relation.from + u'-' + QString(relation.type).replace(u' ', u'-') +
                               u'-' + relation.to;
            const QStringList values{id,
                                     relation.from,
                                     relation.to,
                                     relation.type,
                                     relation.description,
                                     relation.cited.source,
                                     QString::number(relation.cited.line),
                                     kLayer};
            if (!run(insert, values, id))
                return false;
        }
        return true;
    }

    bool run(SqliteStatement &insert, const QStringList &values, const QString &id)
    {
        for (int i = 0; i < values.size(); ++i)
            insert.bind(i + 1, values[i]);
        insert.next();
        if (insert.error().isEmpty())
            return true;
        mError = QStringLiteral("England 2013 layer, row '%1': %2").arg(id, insert.error());
        return false;
    }

    SqliteDatabase &mDb;
    QString mDir;
    QString &mError;
    QHash<QString, QString> mSourceOf; // seed file -> source id
    QList<NewBody> mBodies;
    QList<NewRelation> mRelations;
    QHash<QString, int> mCcgByOns, mCcgIds, mRegions, mAreaTeams; // -> index in mBodies
    QMap<QString, QString> mRegionOfAreaTeam, mAreaTeamOfCcg;
    QHash<QString, QString> mLaterCcgs; // id -> open date
    QHash<QString, CsvRecord> mOdsCcgs;
    QSet<QString> mPracticeIds;
    QHash<QString, int> mPracticeCount;
};

} // namespace

bool addEngland2013Layer(SqliteDatabase &db, const QString &dir, QString *error)
{
    error->clear();
    return LayerBuilder(db, dir, error).build();
}

} // namespace nhsx
