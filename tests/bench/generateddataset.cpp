#include "generateddataset.h"

#include <QSet>
#include <QStringList>
#include <array>
#include <random>
#include <vector>

namespace nhsx::bench {

namespace {

/**
 * English words as they come in commissioning texts, most frequent first; picked with Zipf
 * frequencies (the n-th about 1/n as often as the first).
 */
const char *const kVocabulary =
    "the of and to in a for that is be will on by with as commissioning groups GPs it are not "
    "board patients have would care services from local this health should they clinical which "
    "has NHS was but an their or can all plans may government more reforms practices national "
    "bill said there new role advice been public very what also who decisions secretary "
    "consortia budgets were power consult about networks senates specialists one others its them "
    "hospital change support other if any how authorisation members than views area could forum "
    "need accountable each between system doctors some must we those primary such only into over "
    "time nurses make expert funding under place providers competition veto pause listening work "
    "do these regional teams through evidence quality assessment value being hosted independent "
    "out when our governing bodies say wellbeing structure members' trusts agreed concerns fear "
    "monitor regulator powers whether proposals various given both where still response lansley "
    "clinicians input early well therefore year consultation duty voluntary because sector "
    "rather making contracts tied interests own does vote many pathways cancer stroke maternity "
    "mental children's no yet vetted guidance assurances help set version next open leads refer "
    "back scrutiny overview authorities councils vetting versus vested verbatim vehicle vital "
    "visible vision level across";

constexpr std::array kPlaceStarts = {
    "Ash", "Brad", "Car", "Dun", "Eas", "Fen",   "Glen", "Har", "Ink",  "Kel",  "Lang", "Mar",
    "Nor", "Oak",  "Pen", "Ro",  "Sal", "Thorn", "Up",   "Wey", "Whit", "York", "Bel",  "Cress"};
constexpr std::array kPlaceEnds = {"ford",  "ham",   "ley",     "ton",    "bury",  "wick",
                                   "field", "mouth", "by",      "stead",  "worth", "bridge",
                                   "combe", "dale",  "minster", "borough"};
constexpr std::array kQualifiers = {"",      "North ",   "South ",  "East ",
                                    "West ", "Central ", "Greater "};
constexpr std::array kConditions = {"Cancer",        "Cardiac",    "Stroke", "Maternity",
                                    "Mental Health", "Children's", "Renal",  "Trauma"};
constexpr std::array kPracticeKinds = {"Surgery", "Medical Centre", "Health Centre",
                                       "Family Practice", "Group Practice"};
constexpr std::array kFirstNames = {"Andrew",   "Clare", "David", "Helen", "Michael", "Sarah",
                                    "James",    "Ruth",  "Peter", "Anne",  "Steve",   "Kailash",
                                    "Laurence", "Mark",  "Jane",  "Paul"};
constexpr std::array kLastNames = {"Smith", "Jones",  "Taylor",    "Brown", "Dixon", "Gerada",
                                   "Field", "Chand",  "Nicholson", "Ham",   "Baker", "Walker",
                                   "Patel", "Hughes", "Evans",     "Wright"};
constexpr std::array kCrossTypes = {"advises",
                                    "supports",
                                    "may refer plans back to",
                                    "comment on intentions of",
                                    "oversees decisions of",
                                    "may help assess",
                                    "provide leads to",
                                    "recommends",
                                    "urges",
                                    "builds capacity in",
                                    "set up and consult",
                                    "has a role in authorising"};

/** std::mt19937's output is fixed by the standard; the distributions are not, so none is used. */
class Random
{
public:
    explicit Random(std::uint32_t seed) : mEngine(seed) {}
    int below(int n) { return int(mEngine() % std::uint32_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename Array> const char *pick(const Array &items)
    {
        return items[std::size_t(below(int(items.size())))];
    }
    /** A vocabulary word with Zipf frequencies. */
    QString word()
    {
        if (mZipf.empty()) {
            mWords = QString::fromUtf8(kVocabulary).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            double sum = 0;
            for (qsizetype i = 0; i < mWords.size(); ++i) {
                sum += 1.0 / double(i + 1);
                mZipf.push_back(sum);
            }
        }
        const double r = double(mEngine()) / 4294967296.0 * mZipf.back();
        std::size_t i = 0;
        while (i + 1 < mZipf.size() && mZipf[i] < r)
            ++i;
        return mWords[qsizetype(i)];
    }
    /** Sentences of words between min and max, capitalised, with full stops. */
    QString text(int min, int max)
    {
        const int count = min + below(max - min + 1);
        QString result;
        bool sentenceStart = true;
        for (int i = 0; i < count; ++i) {
            QString next = word();
            if (sentenceStart)
                next[0] = next[0].toUpper();
            if (!result.isEmpty())
                result += QLatin1Char(' ');
            result += next;
            sentenceStart = i + 1 < count && chance(8);
            if (sentenceStart)
                result += QLatin1Char('.');
        }
        return result + QLatin1Char('.');
    }

private:
    std::mt19937 mEngine;
    QStringList mWords;
    std::vector<double> mZipf;
};

/** A relation status, about as often as in the bundled dataset (a third are proposals). */
QString relationStatus(Random &random)
{
    const int r = random.below(100);
    if (r < 35)
        return QStringLiteral("proposed");
    if (r < 55)
        return QStringLiteral("advisory");
    if (r < 72)
        return QStringLiteral("statutory");
    if (r < 78)
        return QStringLiteral("binding");
    if (r < 94)
        return QStringLiteral("unstated");
    if (r < 98)
        return QStringLiteral("disputed");
    return QStringLiteral("historical");
}

QString slug(QString name)
{
    name = name.toLower();
    QString result;
    for (const QChar c : std::as_const(name)) {
        if (c.isLetterOrNumber())
            result += c;
        else if (!result.endsWith(QLatin1Char('-')))
            result += QLatin1Char('-');
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

QString acronymOf(const QString &name)
{
    QString acronym;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().isUpper())
            acronym += word.front();
    }
    return acronym;
}

class Generator
{
public:
    Generator(const GeneratedSize &size, std::uint32_t seed) : mSize(size), mRandom(seed) {}

    DatasetContent run()
    {
        addBodies();
        addStructure();
        addCrossRelations();
        addPeopleAndQuotes();
        return std::move(mContent);
    }

private:
    /** A place name not used yet. */
    QString place()
    {
        for (;;) {
            const QString name = QString::fromUtf8(mRandom.pick(kQualifiers)) +
                                 QString::fromUtf8(mRandom.pick(kPlaceStarts)) +
                                 QString::fromUtf8(mRandom.pick(kPlaceEnds));
            if (!mPlaces.contains(name)) {
                mPlaces.insert(name);
                return name;
            }
        }
    }

    int addBody(const QString &name, const QString &kind, const QString &status, bool acronym)
    {
        QString id = slug(name);
        for (int n = 2; mBodyIds.contains(id); ++n)
            id = slug(name) + QLatin1Char('-') + QString::number(n);
        mBodyIds.insert(id);
        Body body;
        body.id = id;
        body.name = name;
        body.acronym = acronym ? acronymOf(name) : QString();
        body.kind = kind;
        body.status = status;
        body.role = mRandom.text(12, 30);
        mContent.bodies.append(body);
        mEnds.push_back(int(mContent.bodies.size() - 1)); // every body may be picked once
        return int(mContent.bodies.size() - 1);
    }

    /** Adds the relation unless the pair is already related or it would be a loop. */
    bool addRelation(int from, int to, const QString &type, const QString &status)
    {
        if (from == to || int(mContent.relations.size()) >= mSize.relations)
            return false;
        const qint64 key = qint64(from) * 100000 + to;
        if (mPairs.contains(key))
            return false;
        mPairs.insert(key);
        Relation relation;
        relation.id =
            QStringLiteral("r%1").arg(mContent.relations.size() + 1, 4, 10, QLatin1Char('0'));
        relation.from = mContent.bodies[from].id;
        relation.to = mContent.bodies[to].id;
        relation.type = type;
        relation.status = status;
        relation.description = mRandom.text(8, 20);
        mContent.relations.append(relation);
        mEnds.push_back(from);
        mEnds.push_back(to);
        return true;
    }

    std::vector<int> range(int first, int count)
    {
        std::vector<int> ids;
        for (int i = 0; i < count; ++i)
            ids.push_back(first + i);
        return ids;
    }

    int pickFrom(const std::vector<int> &ids)
    {
        return ids[std::size_t(mRandom.below(int(ids.size())))];
    }

    void addBodies()
    {
        const QString statutory = QStringLiteral("statutory");
        mDepartment = addBody(QStringLiteral("Department of Health"),
                              QStringLiteral("government department"), statutory, true);
        mBoard = addBody(QStringLiteral("NHS Commissioning Board"), QStringLiteral("national body"),
                         statutory, true);
        Q_ASSERT(mContent.bodies[mBoard].id == QLatin1String(kGeneratedHub));
        const std::array<std::array<const char *, 3>, 8> nationals = {{
            {"Monitor", "regulator", "statutory"},
            {"Care Quality Commission", "regulator", "statutory"},
            {"National Institute for Health and Clinical Excellence", "national body", "statutory"},
            {"Public Health England", "national body", "proposed"},
            {"HealthWatch England", "national body", "proposed"},
            {"NHS Future Forum", "expert panel", "advisory"},
            {"NHS Alliance", "membership organisation", "non-statutory"},
            {"Royal College of General Practitioners", "membership organisation", "unstated"},
        }};
        for (const auto &[name, kind, status] : nationals)
            mNationals.push_back(addBody(QString::fromUtf8(name), QString::fromUtf8(kind),
                                         QString::fromUtf8(status), true));

        const int fixed = 4 + 27 + 12 + 24 + 50 + 10 + 212 + 150;
        const int practices = std::max(0, mSize.bodies - int(mContent.bodies.size()) - fixed);
        for (const char *region : {"North", "Midlands and East", "London", "South"})
            mRegions.push_back(addBody(
                QStringLiteral("NHS Commissioning Board %1").arg(QString::fromUtf8(region)),
                QStringLiteral("regional NHS organisation"), QStringLiteral("proposed"), false));
        for (int i = 0; i < 27; ++i)
            mAreaTeams.push_back(addBody(QStringLiteral("%1 Area Team").arg(place()),
                                         QStringLiteral("local area team"),
                                         QStringLiteral("proposed"), false));
        for (int i = 0; i < 12; ++i)
            mSenates.push_back(addBody(QStringLiteral("%1 Clinical Senate").arg(place()),
                                       QStringLiteral("advisory network"),
                                       QStringLiteral("advisory"), false));
        for (int i = 0; i < 24; ++i)
            mNetworks.push_back(addBody(
                QStringLiteral("%1 %2 Network")
                    .arg(place(), QString::fromUtf8(mRandom.pick(kConditions))),
                QStringLiteral("condition-specific clinical network"),
                mRandom.chance(50) ? QStringLiteral("unstated") : QStringLiteral("proposed"),
                false));
        for (int i = 0; i < 10; ++i)
            mClusters.push_back(addBody(QStringLiteral("%1 PCT Cluster").arg(place()),
                                        QStringLiteral("cluster of PCTs"),
                                        QStringLiteral("historical"), false));
        for (int i = 0; i < 50; ++i)
            mPcts.push_back(addBody(QStringLiteral("NHS %1").arg(place()), QStringLiteral("PCT"),
                                    QStringLiteral("historical"), false));
        for (int i = 0; i < 212; ++i)
            mGroups.push_back(
                addBody(QStringLiteral("%1 Clinical Commissioning Group").arg(place()),
                        QStringLiteral("commissioning group"),
                        mRandom.chance(70) ? QStringLiteral("proposed") : statutory, true));
        for (int i = 0; i < 150; ++i)
            mLocalBoards.push_back(
                addBody(QStringLiteral("%1 Health and Wellbeing Board").arg(place()),
                        QStringLiteral("board"), statutory, false));
        for (int i = 0; i < practices; ++i)
            mPractices.push_back(
                addBody(QStringLiteral("%1 %2").arg(
                            place(), QString::fromUtf8(mRandom.pick(kPracticeKinds))),
                        QStringLiteral("general practice"), QStringLiteral("unstated"), false));
    }

    void addStructure()
    {
        for (int national : mNationals)
            addRelation(mDepartment, national, QStringLiteral("holds to account"),
                        QStringLiteral("statutory"));
        addRelation(mDepartment, mBoard, QStringLiteral("holds to account"),
                    QStringLiteral("statutory"));
        for (int region : mRegions)
            addRelation(mBoard, region, QStringLiteral("hosts"), QStringLiteral("proposed"));
        for (int team : mAreaTeams)
            addRelation(pickFrom(mRegions), team, QStringLiteral("oversees"),
                        QStringLiteral("proposed"));
        for (std::size_t i = 0; i < mGroups.size(); ++i) {
            const int group = mGroups[i];
            addRelation(mBoard, group, QStringLiteral("authorises"), QStringLiteral("statutory"));
            addRelation(mAreaTeams[i % mAreaTeams.size()], group,
                        QStringLiteral("holds to account"), QStringLiteral("proposed"));
            addRelation(mSenates[i % mSenates.size()], group, QStringLiteral("advises"),
                        QStringLiteral("advisory"));
            addRelation(pickFrom(mNetworks), group, QStringLiteral("supports"),
                        QStringLiteral("advisory"));
        }
        for (std::size_t i = 0; i < mPractices.size(); ++i)
            addRelation(mGroups[i % mGroups.size()], mPractices[i],
                        QStringLiteral("brings together"), QStringLiteral("statutory"));
        for (int board : mLocalBoards) {
            addRelation(board, pickFrom(mGroups), QStringLiteral("comment on intentions of"),
                        QStringLiteral("proposed"));
            if (mRandom.chance(50))
                addRelation(board, pickFrom(mGroups), QStringLiteral("comment on intentions of"),
                            QStringLiteral("proposed"));
        }
        for (std::size_t i = 0; i < mPcts.size(); ++i) {
            addRelation(mClusters[i % mClusters.size()], mPcts[i],
                        QStringLiteral("brings together"), QStringLiteral("historical"));
            addRelation(mPcts[i], pickFrom(mGroups), QStringLiteral("preceded"),
                        QStringLiteral("historical"));
            if (mRandom.chance(60))
                addRelation(mPcts[i], pickFrom(mGroups), QStringLiteral("preceded"),
                            QStringLiteral("historical"));
        }
    }

    /** The rest: either end picked in proportion to the relations a body already has. */
    void addCrossRelations()
    {
        int attempts = 0;
        while (int(mContent.relations.size()) < mSize.relations &&
               ++attempts < mSize.relations * 20) {
            const int from = mEnds[std::size_t(mRandom.below(int(mEnds.size())))];
            const int to = mEnds[std::size_t(mRandom.below(int(mEnds.size())))];
            addRelation(from, to, QString::fromUtf8(mRandom.pick(kCrossTypes)),
                        relationStatus(mRandom));
        }
    }

    void addPeopleAndQuotes()
    {
        for (int i = 0; i < 20; ++i) {
            Source source;
            source.id = QStringLiteral("source-%1").arg(i + 1);
            source.title = mRandom.text(5, 10);
            source.outlet = QStringLiteral("Pulse");
            source.date = QStringLiteral("2011-%1").arg(1 + i % 12, 2, 10, QLatin1Char('0'));
            source.dateBasis = QStringLiteral("published");
            mContent.sources.append(source);
        }
        for (int i = 0; i < mSize.people; ++i) {
            Person person;
            person.id = QStringLiteral("person-%1").arg(i + 1);
            person.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(mRandom.pick(kFirstNames)),
                                                      QString::fromUtf8(mRandom.pick(kLastNames)));
            person.post = QStringLiteral("chair");
            person.organisation =
                mContent.bodies[mEnds[std::size_t(mRandom.below(int(mEnds.size())))]].id;
            mContent.people.append(person);
        }
        for (int i = 0; i < mSize.quotes; ++i) {
            Quote quote;
            quote.id = QStringLiteral("q%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            quote.source = mContent.sources[mRandom.below(int(mContent.sources.size()))].id;
            if (!mRandom.chance(30))
                quote.speaker = mContent.people[mRandom.below(int(mContent.people.size()))].id;
            quote.text = mRandom.text(15, 60);
            // Quotes are about the bodies much talked of: picked like the cross relations' ends.
            quote.bodies.append(
                mContent.bodies[mEnds[std::size_t(mRandom.below(int(mEnds.size())))]].id);
            if (mRandom.chance(40) && !mContent.relations.isEmpty())
                quote.relations.append(
                    mContent.relations[mRandom.below(int(mContent.relations.size()))].id);
            mContent.quotes.append(quote);
        }
    }

    GeneratedSize mSize;
    Random mRandom;
    DatasetContent mContent;
    QSet<QString> mPlaces, mBodyIds;
    QSet<qint64> mPairs;
    std::vector<int> mEnds;
    int mDepartment = -1, mBoard = -1;
    std::vector<int> mNationals, mRegions, mAreaTeams, mSenates, mNetworks, mClusters, mPcts,
        mGroups, mLocalBoards, mPractices;
};

} // namespace

DatasetContent generatedDatasetContent(const GeneratedSize &size, std::uint32_t seed)
{
    return Generator(size, seed).run();
}

} // namespace nhsx::bench
