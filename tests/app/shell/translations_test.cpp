// Translations: the program's catalogue is compiled in, and a translation, once loaded, changes
// what the window says, and what core's loader, checker and dates say.
#include "app/controls/timelinebar.h"
#include "app/shell/mainwindow.h"
#include "app/shell/translations.h"
#include "bundled.h"
#include "core/datasetloader.h"
#include "core/displaydate.h"
#include "core/graphvizlayout.h"
#include "core/validation.h"
#include "support/testdatasets.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

/** The test catalogue (French, a few strings), installed while it lives. */
class FrenchInstalled
{
public:
    FrenchInstalled()
    {
        mLoaded = mTranslator.load(QStringLiteral(NHSX_TEST_TRANSLATION)) &&
                  QApplication::installTranslator(&mTranslator);
    }
    ~FrenchInstalled() { QApplication::removeTranslator(&mTranslator); }
    FrenchInstalled(const FrenchInstalled &) = delete;
    FrenchInstalled &operator=(const FrenchInstalled &) = delete;
    bool loaded() const { return mLoaded; }

private:
    QTranslator mTranslator;
    bool mLoaded = false;
};

QStringList problemMessages(const Dataset &dataset)
{
    QStringList messages;
    for (const Problem &problem : validateDataset(dataset))
        messages.append(problem.toString());
    return messages;
}

QStringList toolbarTexts(const MainWindow &window)
{
    QStringList texts;
    for (const QToolBar *toolbar : window.findChildren<QToolBar *>()) {
        for (const QAction *action : toolbar->actions())
            texts.append(action->text());
    }
    return texts;
}

TEST(Translations, TheSourceCatalogueIsCompiledIn)
{
    QTranslator translator;
    EXPECT_TRUE(loadTranslation(translator, QLocale(QStringLiteral("en_GB"))));
    EXPECT_EQ(translator.language(), QStringLiteral("en_GB"));
    QTranslator none;
    EXPECT_FALSE(loadTranslation(none, QLocale(QStringLiteral("ja_JP"))));
}

TEST(Translations, ALoadedTranslationChangesWhatTheWindowSays)
{
    const Dataset dataset = test::bundledDataset();
    const GraphvizLayout layout;
    {
        const MainWindow english(dataset, QStringLiteral("test"), layout);
        EXPECT_TRUE(toolbarTexts(english).contains(QStringLiteral("Zoom in")));
    }
    QTranslator french;
    ASSERT_TRUE(french.load(QStringLiteral(NHSX_TEST_TRANSLATION)));
    ASSERT_TRUE(QApplication::installTranslator(&french));
    const MainWindow window(dataset, QStringLiteral("test"), layout);
    const QStringList texts = toolbarTexts(window);
    QApplication::removeTranslator(&french);
    EXPECT_TRUE(texts.contains(QStringLiteral("Agrandir"))) << texts.join(", ").toStdString();
    EXPECT_FALSE(texts.contains(QStringLiteral("Zoom in")));
    QStringList labels;
    for (const QLabel *label : window.timeline()->findChildren<QLabel *>())
        labels.append(label->text());
    EXPECT_TRUE(labels.contains(QStringLiteral("\u00c0 la date du")))
        << labels.join(", ").toStdString();
}

TEST(Translations, ALoadedTranslationChangesWhatTheLoaderAndTheCheckerSay)
{
    const QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const QString path = dir.filePath(QStringLiteral("no-role.sqlite"));
    test::writeDataset(path, test::validContentSql() +
                                 QStringLiteral("UPDATE bodies SET role = ' ' WHERE id = 'ccgs';"));
    const LoadResult broken = loadDatasetFile(path);
    ASSERT_TRUE(broken.ok()) << broken.error.message().toStdString();
    const QString noRole = QStringLiteral("bodies 'ccgs': has no role");
    EXPECT_EQ(loadDatasetFile(missing).error.problem.toStdString(), "no such file");
    EXPECT_TRUE(problemMessages(*broken.dataset).contains(noRole));

    const FrenchInstalled french;
    ASSERT_TRUE(french.loaded());
    EXPECT_EQ(loadDatasetFile(missing).error.problem.toStdString(), "fichier introuvable");
    const QStringList problems = problemMessages(*broken.dataset);
    EXPECT_TRUE(problems.contains(QStringLiteral("bodies 'ccgs': n'a pas de r\u00f4le")))
        << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(problems.contains(noRole));
}

TEST(Translations, DatesAreWrittenWithTheLoadedTranslationsMonthNames)
{
    const QString day = QStringLiteral("2011-06-20");
    EXPECT_EQ(displayDate(day).toStdString(), "20 June 2011");
    const FrenchInstalled french;
    ASSERT_TRUE(french.loaded());
    EXPECT_EQ(displayDate(day).toStdString(), "20 juin 2011");
    EXPECT_EQ(displayDate(QStringLiteral("2011-09")).toStdString(), "septembre 2011");
}

} // namespace
