// The England 2013 layer drawn aggregated (issue 8), on the real bundled dataset with every layer:
// what is shown for each expanded set, and the counts, checked against counts made here straight
// from the dataset's relations.
#include "core/aggregation.h"
#include "core/datasetloader.h"
#include "core/graphquery.h"
#include "core/timeline.h"

#include <QLocale>
#include <QSet>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

const QString kEngland = QStringLiteral("england-2013");
const QString kAreaTeam = QStringLiteral("area team");
const QString kRegion = QStringLiteral("commissioning region");
const QString kCcg = QStringLiteral("clinical commissioning group");
const QString kPractice = QStringLiteral("GP practice");

class Aggregation : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        LoadResult loaded =
            loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), LayerChoice::Every);
        ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
        sDataset = new Dataset(std::move(*loaded.dataset));
    }
    static void TearDownTestSuite()
    {
        delete sDataset;
        sDataset = nullptr;
    }

    const Dataset &dataset() const { return *sDataset; }

    static GraphQuery aggregated(const QSet<QString> &expanded = {})
    {
        GraphQuery query;
        query.layers = {kEngland};
        query.aggregate = true;
        query.expanded = expanded;
        return query;
    }

    QStringList bodiesOfKind(const QString &kind) const
    {
        QStringList ids;
        for (const Body &body : dataset().bodies()) {
            if (body.layer == kEngland && body.kind == kind)
                ids.append(body.id);
        }
        return ids;
    }

    /** The other ends of the relations of this type from (or to) the body. */
    QStringList ends(const QString &id, const QString &type, bool from) const
    {
        QStringList found;
        for (const Relation &relation : dataset().relations()) {
            if (relation.type == type && (from ? relation.from : relation.to) == id)
                found.append(from ? relation.to : relation.from);
        }
        return found;
    }
    QStringList ccgsOf(const QString &areaTeam) const
    {
        return ends(areaTeam, QStringLiteral("includes"), true);
    }
    QStringList practicesOf(const QString &ccg) const
    {
        return ends(ccg, QStringLiteral("is a member of"), false);
    }

    static QSet<QString> setOf(const QStringList &ids) { return {ids.cbegin(), ids.cend()}; }

private:
    static inline Dataset *sDataset = nullptr;
};

TEST_F(Aggregation, AtFirstShowsTheRegionsAndAreaTeamsUnderTheBoardAndNoPractice)
{
    const VisibleGraph visible = visibleGraph(dataset(), aggregated());
    const QSet<QString> shown = setOf(visible.bodies);
    for (const QString &id : bodiesOfKind(kRegion) + bodiesOfKind(kAreaTeam))
        EXPECT_TRUE(shown.contains(id)) << id.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("nhs-commissioning-board")));
    EXPECT_TRUE(shown.contains(QStringLiteral("ccgs")));
    // A CCG is shown only when no area team includes it (13T, of 2014).
    QSet<QString> underAnAreaTeam;
    for (const QString &team : bodiesOfKind(kAreaTeam))
        underAnAreaTeam.unite(setOf(ccgsOf(team)));
    for (const QString &ccg : bodiesOfKind(kCcg))
        EXPECT_EQ(shown.contains(ccg), !underAnAreaTeam.contains(ccg)) << ccg.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("ccg-13t")));
    for (const QString &practice : bodiesOfKind(kPractice))
        ASSERT_FALSE(shown.contains(practice)) << practice.toStdString();
    // No other body of the 2011 layer comes with it.
    for (const QString &id : visible.bodies) {
        const Body *body = dataset().body(id);
        if (body->layer != kEngland) {
            EXPECT_TRUE(id == u"nhs-commissioning-board" || id == u"ccgs") << id.toStdString();
        }
    }
    // Few enough for Graphviz to lay out at once.
    EXPECT_LT(visible.bodies.size() + visible.relations.size(), 100);
    // The Board includes each region, each region its area teams; the Board's 2011 relations to
    // the CCGs' body come too.
    const QSet<QString> relations = setOf(visible.relations);
    for (const QString &region : bodiesOfKind(kRegion)) {
        for (const QString &team : ends(region, QStringLiteral("includes"), true)) {
            bool drawn = false;
            for (const Relation &relation : dataset().relations()) {
                if (relation.from == region && relation.to == team)
                    drawn = relations.contains(relation.id);
            }
            EXPECT_TRUE(drawn) << region.toStdString() << " " << team.toStdString();
        }
    }
    EXPECT_TRUE(relations.contains(QStringLiteral("nhs-cb-supports-ccgs")));
}

TEST_F(Aggregation, EachDatasetHasTheTreeOfItsOwnRows)
{
    const QString region = bodiesOfKind(kRegion).value(0);
    ASSERT_FALSE(region.isEmpty());
    EXPECT_EQ(dataset().memberTree().membersOf(region), MemberTree(dataset()).membersOf(region));
    EXPECT_FALSE(dataset().memberTree().membersOf(region).isEmpty());

    const LoadResult national =
        loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), LayerChoice::AtStart);
    ASSERT_TRUE(national.ok());
    EXPECT_TRUE(national.dataset->memberTree().membersOf(region).isEmpty());
    const QString ccg = ccgsOf(bodiesOfKind(kAreaTeam).value(0)).value(0);
    EXPECT_FALSE(dataset().memberTree().containerOf(ccg).isEmpty());
    const Dataset copy = *national.dataset;
    EXPECT_TRUE(copy.memberTree().containerOf(ccg).isEmpty());
    const Dataset everyCopy = dataset();
    EXPECT_EQ(everyCopy.memberTree().membersOf(region), dataset().memberTree().membersOf(region));
}

TEST_F(Aggregation, CountsEqualThoseOfTheRelations)
{
    const MemberTree &tree = dataset().memberTree();
    const VisibleGraph visible = visibleGraph(dataset(), aggregated());
    int allCcgs = 0;
    for (const QString &team : bodiesOfKind(kAreaTeam)) {
        const QStringList ccgs = ccgsOf(team);
        int practices = 0;
        for (const QString &ccg : ccgs)
            practices += int(practicesOf(ccg).size());
        allCcgs += int(ccgs.size());
        ASSERT_FALSE(ccgs.isEmpty());
        const QList<MemberCount> expected{{kCcg, int(ccgs.size())}, {kPractice, practices}};
        EXPECT_EQ(tree.countsUnder(team), expected) << team.toStdString();
        const QString label = QStringLiteral("\u25B8 %1 — %2 CCGs, %3 practices")
                                  .arg(dataset().body(team)->name, QLocale().toString(ccgs.size()),
                                       QLocale().toString(practices));
        EXPECT_EQ(visible.labels.value(team), label);
    }
    EXPECT_EQ(allCcgs, 211) << "the CCGs of 1 April 2013, each under one area team";
    for (const QString &region : bodiesOfKind(kRegion)) {
        const QStringList teams = ends(region, QStringLiteral("includes"), true);
        int ccgs = 0, practices = 0;
        for (const QString &team : teams) {
            for (const QString &ccg : ccgsOf(team)) {
                ++ccgs;
                practices += int(practicesOf(ccg).size());
            }
        }
        const QList<MemberCount> expected{
            {kAreaTeam, int(teams.size())}, {kCcg, ccgs}, {kPractice, practices}};
        EXPECT_EQ(tree.countsUnder(region), expected) << region.toStdString();
        // Regions are not collapsible: no triangle.
        EXPECT_TRUE(visible.labels.value(region).startsWith(dataset().body(region)->name +
                                                            QStringLiteral(" — ")))
            << visible.labels.value(region).toStdString();
    }
    for (const QString &ccg : bodiesOfKind(kCcg)) {
        const int practices = int(practicesOf(ccg).size());
        const QList<MemberCount> expected =
            practices ? QList<MemberCount>{{kPractice, practices}} : QList<MemberCount>{};
        EXPECT_EQ(tree.countsUnder(ccg), expected) << ccg.toStdString();
    }
    const int practices = int(practicesOf(QStringLiteral("ccg-13t")).size());
    EXPECT_EQ(
        visible.labels.value(QStringLiteral("ccg-13t")),
        QStringLiteral("\u25B8 %1 — %2 practices")
            .arg(dataset().body(QStringLiteral("ccg-13t"))->name, QLocale().toString(practices)));
    EXPECT_FALSE(visible.labels.contains(QStringLiteral("nhs-commissioning-board")))
        << "the 2011 layer's bodies keep their names";
}

TEST_F(Aggregation, AnOutlineLeavesOutThePracticesAndDrawsTheSameFirstView)
{
    const LoadResult outline =
        loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), LayerChoice::Outline);
    ASSERT_TRUE(outline.ok()) << outline.error.message().toStdString();
    const Dataset &partial = *outline.dataset;
    EXPECT_FALSE(partial.layer(kEngland)->loaded);
    int practicesRead = 0, ccgsRead = 0, unread = 0;
    for (const Body &body : partial.bodies()) {
        practicesRead += body.kind == kPractice;
        ccgsRead += body.layer == kEngland && body.kind == kCcg;
        EXPECT_NE(partial.body(body.id), nullptr);
    }
    for (const Relation &relation : partial.relations()) {
        EXPECT_NE(partial.body(relation.from), nullptr) << relation.id.toStdString();
        EXPECT_NE(partial.body(relation.to), nullptr) << relation.id.toStdString();
    }
    for (const UnreadMembers &members : partial.content().unreadMembers) {
        EXPECT_EQ(members.kind, kPractice);
        EXPECT_EQ(members.count, practicesOf(members.container).size())
            << members.container.toStdString();
        unread += members.count;
    }
    EXPECT_EQ(practicesRead, 0);
    EXPECT_EQ(ccgsRead, bodiesOfKind(kCcg).size());
    EXPECT_EQ(unread, bodiesOfKind(kPractice).size());
    EXPECT_EQ(partial.unreadMemberCount(), unread);
    EXPECT_EQ(dataset().unreadMemberCount(), 0) << "every row read, none counted";
    EXPECT_EQ(partial.bodies().size(), dataset().bodies().size() - unread);
    EXPECT_EQ(partial.quotes().size(), dataset().quotes().size());

    for (const QString &kind : {kRegion, kAreaTeam, kCcg}) {
        for (const QString &id : bodiesOfKind(kind)) {
            EXPECT_EQ(partial.memberTree().countsUnder(id), dataset().memberTree().countsUnder(id))
                << id.toStdString();
            EXPECT_EQ(partial.memberTree().collapsible(id), dataset().memberTree().collapsible(id))
                << id.toStdString();
            EXPECT_EQ(partial.memberTree().hasUnreadMembers(id),
                      kind == kCcg && !practicesOf(id).isEmpty())
                << id.toStdString();
        }
    }
    EXPECT_FALSE(dataset().memberTree().hasUnreadMembers(QStringLiteral("ccg-13t")));
    EXPECT_TRUE(datasetAsAt(partial, QStringLiteral("2011-09")).content().unreadMembers.isEmpty())
        << "no CCG of April 2013 yet, and none of their practices to count";

    const QString team = bodiesOfKind(kAreaTeam).constFirst();
    for (const GraphQuery &query : {aggregated(), aggregated({team})}) {
        const VisibleGraph fromOutline = visibleGraph(partial, query);
        const VisibleGraph fromEvery = visibleGraph(dataset(), query);
        EXPECT_TRUE(fromOutline.bodies == fromEvery.bodies);
        EXPECT_TRUE(fromOutline.relations == fromEvery.relations);
        EXPECT_EQ(fromOutline.labels.size(), fromEvery.labels.size());
        for (auto label = fromEvery.labels.cbegin(); label != fromEvery.labels.cend(); ++label)
            EXPECT_EQ(fromOutline.labels.value(label.key()).toStdString(), label->toStdString());
    }
}

TEST_F(Aggregation, ExpandingAnAreaTeamShowsItsCcgsAndACcgItsPractices)
{
    const QString team = bodiesOfKind(kAreaTeam).constFirst();
    const QStringList ccgs = ccgsOf(team);
    const QString ccg = ccgs.constFirst();
    const QStringList practices = practicesOf(ccg);
    ASSERT_FALSE(practices.isEmpty());
    const QSet<QString> before = setOf(visibleGraph(dataset(), aggregated()).bodies);

    const VisibleGraph teamOpen = visibleGraph(dataset(), aggregated({team}));
    EXPECT_EQ(setOf(teamOpen.bodies), before + setOf(ccgs));
    EXPECT_TRUE(teamOpen.labels.value(team).startsWith(u"\u25BE "));
    for (const QString &shownCcg : ccgs) {
        // Each CCG is drawn under its area team and linked to the 2011 layer's CCG body.
        const QSet<QString> relations = setOf(teamOpen.relations);
        EXPECT_TRUE(relations.contains(shownCcg + QStringLiteral("-is-one-of-ccgs")))
            << shownCcg.toStdString();
        EXPECT_TRUE(teamOpen.labels.value(shownCcg).startsWith(u"\u25B8 "));
    }

    const VisibleGraph ccgOpen = visibleGraph(dataset(), aggregated({team, ccg}));
    EXPECT_EQ(setOf(ccgOpen.bodies), before + setOf(ccgs) + setOf(practices));
    for (const QString &practice : practices)
        EXPECT_FALSE(ccgOpen.labels.contains(practice)) << "a practice has nothing under it";

    // A CCG expanded under a collapsed area team stays hidden, with its practices.
    EXPECT_EQ(setOf(visibleGraph(dataset(), aggregated({ccg})).bodies), before);
}

TEST_F(Aggregation, SaysWhatToExpandToShowABody)
{
    const MemberTree tree(dataset());
    const QString practice = QStringLiteral("practice-a81001");
    const QString ccg = ends(practice, QStringLiteral("is a member of"), true).constFirst();
    const QString team = ends(ccg, QStringLiteral("includes"), false).constFirst();
    EXPECT_EQ(tree.collapsedAbove(practice, {}), (QStringList{team, ccg}));
    EXPECT_EQ(tree.collapsedAbove(practice, {team}), QStringList{ccg});
    EXPECT_TRUE(tree.shown(practice, {team, ccg}));
    EXPECT_TRUE(tree.collapsedAbove(team, {}).isEmpty());
    EXPECT_TRUE(tree.collapsible(team));
    EXPECT_TRUE(tree.collapsible(ccg));
    EXPECT_FALSE(tree.collapsible(tree.containerOf(team))) << "regions stay open";
    EXPECT_FALSE(tree.collapsible(practice));
    EXPECT_TRUE(tree.collapsedAbove(practice, {team, ccg}).isEmpty());
}

TEST_F(Aggregation, TheFullGraphShowsEveryBodyOfTheLayer)
{
    GraphQuery full = aggregated();
    full.aggregate = false;
    const VisibleGraph visible = visibleGraph(dataset(), full);
    qsizetype england = 0;
    for (const Body &body : dataset().bodies())
        england += body.layer == kEngland;
    EXPECT_EQ(visible.bodies.size(), england + 2) << "with the Board and the CCGs' body";
    EXPECT_TRUE(visible.labels.isEmpty());
}

TEST_F(Aggregation, LeavesTheNationalPictureAsItWas)
{
    GraphQuery national;
    const VisibleGraph plain = visibleGraph(dataset(), national);
    national.aggregate = true;
    const VisibleGraph aggregatedNational = visibleGraph(dataset(), national);
    EXPECT_EQ(aggregatedNational.bodies, plain.bodies);
    EXPECT_EQ(aggregatedNational.relations, plain.relations);
    EXPECT_TRUE(aggregatedNational.labels.isEmpty());
}

TEST(AggregateLabel, CountsInTheSingularAndPlural)
{
    EXPECT_EQ(
        aggregateLabel(QStringLiteral("A"), {{QStringLiteral("GP practice"), 1}}, true, false),
        QStringLiteral("\u25B8 A — 1 practice"));
    EXPECT_EQ(aggregateLabel(QStringLiteral("B"),
                             {{QStringLiteral("area team"), 1}, {QStringLiteral("widget"), 3}},
                             false, false),
              QStringLiteral("B — 1 area team, 3 of kind widget"));
    EXPECT_EQ(aggregateLabel(QStringLiteral("C %1"), {}, true, true), QStringLiteral("C %1"));
}

} // namespace
