#include "core/datasetloader.h"
#include "core/jsonexport.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

class JsonExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // As --export reads it: every layer, also those the window reads on demand.
        LoadResult loaded =
            loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), LayerChoice::Every);
        ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
        dataset = std::move(*loaded.dataset);
        QJsonParseError error;
        root = QJsonDocument::fromJson(exportJson(dataset), &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    }

    void expectKeys(const char *array, const QStringList &keys)
    {
        const QJsonArray rows = root.value(QLatin1String(array)).toArray();
        ASSERT_FALSE(rows.isEmpty()) << array;
        for (const QJsonValue &row : rows) {
            for (const QString &key : keys)
                EXPECT_TRUE(row.toObject().contains(key))
                    << array << " lacks " << key.toStdString();
        }
    }

    Dataset dataset;
    QJsonObject root;
};

TEST_F(JsonExport, FollowsTheContract)
{
    EXPECT_EQ(root.value("schema_version").toInt(), kSchemaVersion);
    expectKeys("sources", {"id", "title", "outlet", "author", "date", "date_basis", "seed_file"});
    expectKeys("bodies", {"id", "name", "acronym", "kind", "status", "role"});
    expectKeys("relations", {"id", "from", "to", "type", "status", "description"});
    expectKeys("quotes", {"id", "text", "source", "speaker", "bodies", "relations"});
    expectKeys("people", {"id", "name"});
    expectKeys("events", {"id", "title", "date", "date_basis"});
    expectKeys("positions", {"id", "speaker", "source", "date", "about"});
    expectKeys("glossary", {"term", "expansion", "source"});
    expectKeys("tours", {"id", "title", "steps"});
    expectKeys("status_history", {"id", "about", "status", "date", "date_basis", "quote"});
}

TEST_F(JsonExport, WritesEachTourWithItsStepsInOrder)
{
    const QJsonArray tours = root.value("tours").toArray();
    ASSERT_EQ(tours.size(), dataset.tours().size());
    for (qsizetype i = 0; i < tours.size(); ++i) {
        const QJsonObject tour = tours[i].toObject();
        EXPECT_EQ(tour.value("id").toString(), dataset.tours()[i].id);
        const QList<const TourStep *> steps = dataset.stepsOf(dataset.tours()[i].id);
        const QJsonArray json = tour.value("steps").toArray();
        ASSERT_EQ(json.size(), steps.size());
        for (qsizetype s = 0; s < json.size(); ++s) {
            const QJsonObject step = json[s].toObject();
            EXPECT_EQ(step.value("id").toString(), steps[s]->id);
            EXPECT_EQ(step.value("quote").toString(), steps[s]->quote);
            EXPECT_EQ(step.value("bodies").toArray().size(), steps[s]->bodies.size());
            EXPECT_EQ(step.value("relations").toArray().size(), steps[s]->relations.size());
        }
    }
}

TEST_F(JsonExport, ExportsEveryRow)
{
    EXPECT_EQ(root.value("sources").toArray().size(), dataset.sources().size());
    EXPECT_EQ(root.value("bodies").toArray().size(), dataset.bodies().size());
    EXPECT_EQ(root.value("relations").toArray().size(), dataset.relations().size());
    EXPECT_EQ(root.value("quotes").toArray().size(), dataset.quotes().size());
    EXPECT_EQ(root.value("people").toArray().size(), dataset.people().size());
    EXPECT_EQ(root.value("events").toArray().size(), dataset.events().size());
    EXPECT_EQ(root.value("positions").toArray().size(), dataset.positions().size());
    EXPECT_EQ(root.value("glossary").toArray().size(), dataset.glossary().size());
}

TEST_F(JsonExport, SaysWhoHeldEachPositionAndWhatItIsAbout)
{
    const QJsonArray positions = root.value("positions").toArray();
    ASSERT_EQ(positions.size(), dataset.positions().size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const Position &position = dataset.positions()[i];
        const QJsonObject json = positions[i].toObject();
        const QString holder =
            position.holderPerson.isEmpty() ? position.holderBody : position.holderPerson;
        EXPECT_EQ(json.value("speaker").toString(), holder);
        const Topic *topic = dataset.topic(position.topic);
        ASSERT_NE(topic, nullptr);
        EXPECT_EQ(json.value("about").toString(),
                  topic->body.isEmpty() ? topic->relation : topic->body);
    }
}

TEST_F(JsonExport, NamesSeedFilesThatExistAndDatesInIsoForm)
{
    const QDir articles(QStringLiteral(NHSX_SOURCES_DIR));
    const QDir dataFiles(QStringLiteral(NHSX_REFERENCE_DATA_DIR));
    for (const QJsonValue &value : root.value("sources").toArray()) {
        const QJsonObject source = value.toObject();
        const QDir &sources = source.value("kind").toString() == u"data" ? dataFiles : articles;
        EXPECT_TRUE(sources.exists(source.value("seed_file").toString()))
            << source.value("seed_file").toString().toStdString();
        const QJsonValue date = source.value("date");
        if (!date.isNull()) {
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"))
                            .match(date.toString())
                            .hasMatch())
                << date.toString().toStdString();
        }
    }
}

TEST_F(JsonExport, NamesWhoSpokeEachQuoteAPersonElseABody)
{
    const QJsonArray quotes = root.value("quotes").toArray();
    ASSERT_EQ(quotes.size(), dataset.quotes().size());
    int byPerson = 0, byBody = 0, narration = 0;
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const Quote &quote = dataset.quotes()[i];
        const QJsonObject json = quotes[i].toObject();
        if (!quote.speaker.isEmpty()) {
            ++byPerson;
            EXPECT_EQ(json.value("speaker").toString(), quote.speaker);
            EXPECT_EQ(json.value("speaker_kind").toString(), QStringLiteral("person"));
        } else if (!quote.speakingBody.isEmpty()) {
            ++byBody;
            EXPECT_EQ(json.value("speaker").toString(), quote.speakingBody);
            EXPECT_EQ(json.value("speaker_kind").toString(), QStringLiteral("body"));
        } else {
            ++narration;
            EXPECT_TRUE(json.value("speaker").isNull()) << quote.id.toStdString();
            EXPECT_TRUE(json.value("speaker_kind").isNull());
        }
    }
    EXPECT_GT(byPerson, 0);
    EXPECT_GT(byBody, 0);
    EXPECT_GT(narration, 0);
}

TEST_F(JsonExport, KeepsQuoteLinks)
{
    const Quote &first = dataset.quotes().front();
    const QJsonObject quote = root.value("quotes").toArray().first().toObject();
    EXPECT_EQ(quote.value("id").toString(), first.id);
    EXPECT_EQ(quote.value("text").toString(), first.text);
    EXPECT_EQ(quote.value("bodies").toVariant().toStringList(), first.bodies);
}

TEST_F(JsonExport, WritesTheLayersAndWhereEachDataRowComesFrom)
{
    QHash<QString, QJsonObject> layers;
    for (const QJsonValue &value : root.value("layers").toArray())
        layers.insert(value.toObject().value("id").toString(), value.toObject());
    ASSERT_TRUE(layers.contains(QStringLiteral("england-2013")));
    EXPECT_TRUE(layers.value(QStringLiteral("england-2013")).value("on_demand").toBool());
    EXPECT_TRUE(layers.value(QStringLiteral("england-2013"))
                    .value("attribution")
                    .toString()
                    .contains(QStringLiteral("Open Government Licence")));
    EXPECT_TRUE(layers.value(QStringLiteral("national-2011")).value("attribution").isNull());

    qsizetype practices = 0;
    for (const QJsonValue &value : root.value("bodies").toArray()) {
        const QJsonObject body = value.toObject();
        const Body *row = dataset.body(body.value("id").toString());
        ASSERT_NE(row, nullptr);
        EXPECT_EQ(body.value("layer").toString(), row->layer);
        if (row->row.source.isEmpty()) {
            EXPECT_TRUE(body.value("data_source").isNull());
            EXPECT_TRUE(body.value("data_line").isNull());
            continue;
        }
        EXPECT_EQ(body.value("data_source").toString(), row->row.source);
        EXPECT_EQ(body.value("data_line").toInt(), row->row.line);
        EXPECT_EQ(body.value("code").toString(), row->code);
        practices += body.value("kind").toString() == u"GP practice" &&
                     !body.value("postcode").toString().isEmpty();
    }
    EXPECT_EQ(practices, 7795) << "every practice with its postcode";
}

} // namespace
