#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace nhsx {

class MemberTree;

/** The schema version this program reads (PRAGMA user_version). */
inline constexpr int kSchemaVersion = 4;
/** PRAGMA application_id of our dataset files: 'NHSX' in ASCII. */
inline constexpr qint64 kApplicationId = 0x4E485358;

/** The layer of the 2011 articles' bodies, and of any row that names none. */
inline const QString kNationalLayer = QStringLiteral("national-2011");

/** A part of the system drawn together; description says what its sources cannot tell. */
struct Layer
{
    QString id, name, description;
    QString attribution;   // what the sources' licence asks to be shown, or empty
    bool onDemand = false; // read only when asked for (LayerChoice::Every)
    bool loaded = true;    // false: on demand, and this load left out its rows, or some
};

struct Source
{
    QString id, title, outlet, author;
    QString date;      // ISO 8601, empty when undated
    QString dateBasis; // how the date is known
    QString seedFile;
    QString fullText;                         // an article's text; empty for a data file
    QString kind = QStringLiteral("article"); // "article" (quoted) or "data" (cited by line)
    bool isData() const { return kind == u"data"; }
};

/** A data file's row that a body or relation is built from; source is empty for none. */
struct DataRow
{
    QString source;
    int line = 0; // 1-based
};

struct Body
{
    QString id, name, acronym, kind, status;
    QString role;               // the project's own summary, not a quote
    QStringList statusEvidence; // quote ids that support the status
    QString layer = kNationalLayer;
    // Default member initializers: rows written with the older fields only stay warning-free.
    QString code{};    // organisation (ODS) code, else ONS code; empty for the articles' bodies
    QString onsCode{}; // ONS geography code, or empty
    QString postcode{};
    DataRow row{};
};

struct Person
{
    QString id, name, post, organisation;
};

struct Relation
{
    QString id, from, to, type, status, description;
    DataRow row{};
    QString layer = kNationalLayer;
};

struct Quote
{
    QString id, source;
    QString speaker;      // a person's id, or empty
    QString speakingBody; // an institution's id when no person speaks, or empty
    QString text;
    QStringList bodies, relations;
};

/** A question the sources answer differently; question is the project's wording. */
struct Topic
{
    QString id, question;
    QString body, relation; // what it is about: one of them is set
};

/** One answer to a topic, held by a person or a body, said in one source at one time. */
struct Position
{
    QString id, topic;
    QString holderPerson, holderBody;
    QString source;
    QString date, dateBasis;
    QString stance; // the project's summary
    QStringList quotes;
};

struct Event
{
    QString id, title;
    QString date, dateBasis;
    QString description; // the project's summary
    QStringList quotes;
};

/** An acronym the sources use; expansion is empty when the sources never spell it out. */
struct GlossaryEntry
{
    QString term, expansion, source, quote;
};

/**
 * A body's or relation's status as the sources had it on a date (when it was said, which may be
 * before the source that reports it). One of body and relation is set.
 */
struct StatusChange
{
    QString id, body, relation, status;
    QString date, dateBasis;
    QString quote; // the evidence
};

/** One step of a guided tour: what to highlight, where to look, and the quote to show. */
struct TourStep
{
    QString id, tour;
    int ordinal = 0;        // 1, 2, ... within the tour
    QString title, caption; // the caption is the project's own words
    QString focus;          // a body id, or empty for the whole graph
    QString asAt;           // a timeline date, or empty for every source
    QString quote;
    QStringList bodies, relations; // highlighted
};

struct Tour
{
    QString id, title;
};

/**
 * How many bodies of a kind are members of a body in rows a load left out (an outline load
 * leaves out the GP practices): an aggregated view counts them before they are read.
 */
struct UnreadMembers
{
    QString container, kind;
    int count = 0;
};

/** Everything a dataset file holds, as loaded, before any checks. */
struct DatasetContent
{
    int schemaVersion = kSchemaVersion;
    QList<Layer> layers;
    QList<Source> sources;
    QList<Body> bodies;
    QList<Person> people;
    QList<Relation> relations;
    QList<Quote> quotes;
    QList<Topic> topics;
    QList<Position> positions;
    QList<Event> events;
    QList<GlossaryEntry> glossary;
    QList<StatusChange> statusHistory;
    QList<Tour> tours;
    QList<TourStep> tourSteps;
    QList<UnreadMembers> unreadMembers; // empty when every row of the layers read was read
};

/**
 * An immutable dataset with lookups by id. References between rows are not trusted: a dataset
 * given with --data may name ids that do not exist, so every lookup may return nullptr.
 */
class Dataset
{
public:
    explicit Dataset(DatasetContent content = {});

    int schemaVersion() const { return mContent.schemaVersion; }
    const QList<Layer> &layers() const { return mContent.layers; }
    const QList<Source> &sources() const { return mContent.sources; }
    const QList<Body> &bodies() const { return mContent.bodies; }
    const QList<Person> &people() const { return mContent.people; }
    const QList<Relation> &relations() const { return mContent.relations; }
    const QList<Quote> &quotes() const { return mContent.quotes; }
    const QList<Topic> &topics() const { return mContent.topics; }
    const QList<Position> &positions() const { return mContent.positions; }
    const QList<Event> &events() const { return mContent.events; }
    const QList<GlossaryEntry> &glossary() const { return mContent.glossary; }
    const QList<StatusChange> &statusHistory() const { return mContent.statusHistory; }
    const QList<Tour> &tours() const { return mContent.tours; }
    const QList<TourStep> &tourSteps() const { return mContent.tourSteps; }
    /** The content itself, for deriving another dataset from this one (the timeline does). */
    const DatasetContent &content() const { return mContent; }
    /** How many bodies a load left out and counted (an outline's practices); 0 for the rest. */
    qsizetype unreadMemberCount() const;

    const Layer *layer(const QString &id) const;
    const Source *source(const QString &id) const;
    const Body *body(const QString &id) const;
    const Person *person(const QString &id) const;
    const Relation *relation(const QString &id) const;
    const Quote *quote(const QString &id) const;
    const Topic *topic(const QString &id) const;

    QList<const Quote *> quotesAboutBody(const QString &bodyId) const;
    QList<const Quote *> quotesAboutRelation(const QString &relationId) const;
    /** Relations in which the body is either end, in dataset order. */
    QList<const Relation *> relationsOf(const QString &bodyId) const;
    /** Topics about this body or relation, in dataset order. */
    QList<const Topic *> topicsAbout(const QString &id) const;
    /** A topic's positions, oldest first; undated ones last, in dataset order. */
    QList<const Position *> positionsOn(const QString &topicId) const;
    /** Who speaks in a quote or holds a position, for people: a person's or a body's name. */
    QString speakerName(const Quote &quote) const;
    QString holderName(const Position &position) const;
    /** A body's or relation's status history, oldest first (dateBefore); empty when it has none.
     */
    QList<const StatusChange *> statusHistoryOf(const QString &id) const;
    /** A tour's steps in order (by ordinal). */
    QList<const TourStep *> stepsOf(const QString &tourId) const;
    /**
     * Who stands under whom in the layers built from data files. Built once with the dataset:
     * the graph, the panel and every selection ask, and at 8,000 bodies building takes ms.
     */
    const MemberTree &memberTree() const { return *mMemberTree; }

private:
    DatasetContent mContent;
    // Each body's relations (either end), by position: the England layer has thousands.
    QHash<QString, QList<qsizetype>> mRelationsByBody;
    QHash<QString, qsizetype> mSourceIndex, mBodyIndex, mPersonIndex, mRelationIndex, mQuoteIndex,
        mTopicIndex;
    // Shared, so a copied dataset shares it: both hold the same content.
    std::shared_ptr<const MemberTree> mMemberTree;
};

/** The statuses a body may have, and a relation (as schema.sql's CHECKs say). */
const QStringList &bodyStatuses();
const QStringList &relationStatuses();

/**
 * Whether a dataset date comes before another. Dates are YYYY, YYYY-MM or YYYY-MM-DD; a year or
 * month counts as its end, since the event is known to have happened by then ("2011-06" comes
 * after "2011-06-20", "2011" after both). Empty (undated) comes after every date.
 */
bool dateBefore(const QString &a, const QString &b);

} // namespace nhsx
