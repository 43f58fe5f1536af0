// Translations: the program's catalogue is compiled in, and a translation, once loaded, changes
// what the window says.
#include "app/mainwindow.h"
#include "app/timelinebar.h"
#include "app/translations.h"
#include "bundled.h"
#include "core/graphvizlayout.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

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

} // namespace
