#include "app/shell/mainwindow.h"
#include "app/shell/windowlessexport.h"
#include "bundled.h"
#include "core/graphvizlayout.h"
#include "data/bundleddataset.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(WindowlessExport, DrawsWhatTheWindowExportsWithoutMakingAWindow)
{
    ViewState searched;
    searched.search = QStringLiteral("veto");
    searched.selection = QStringLiteral("clinical-senates");
    ViewState nothingFound;
    nothingFound.search = QStringLiteral("zzzzqqq");
    ViewState presented;
    presented.presenting = true;
    presented.selection = QStringLiteral("ccgs");
    presented.query.asAt = QStringLiteral("2011-06");
    const Dataset bundled = test::bundledDataset();
    const QList<const TourStep *> steps = bundled.stepsOf(QStringLiteral("senates-role-in-2011"));
    ASSERT_GE(steps.size(), 3);
    const ViewState toured =
        stateForTourStep({}, QStringLiteral("senates-role-in-2011"), 3, *steps[2]);

    const GraphvizLayout layout;
    QTemporaryDir dir;
    int n = 0;
    for (const ViewState &state : {ViewState(), searched, nothingFound, presented, toured}) {
        for (const char *suffix : {".png", ".svg"}) {
            SCOPED_TRACE(std::to_string(n) + suffix);
            const QString byWindow = dir.filePath(QString::number(n) + "-window" + suffix);
            const QString alone = dir.filePath(QString::number(n) + "-alone" + suffix);
            MainWindow::Start start;
            start.view = state;
            start.presentFullScreen = false;
            MainWindow window(bundled, bundledDatasetName(), layout, start);
            QString error;
            ASSERT_TRUE(window.exportTo(byWindow, QSize(900, 600), &error)) << error.toStdString();

            const qsizetype widgets = QApplication::allWidgets().size();
            ASSERT_TRUE(exportViewState(bundled, bundledDatasetName(), layout, state, alone,
                                        QSize(900, 600), &error))
                << error.toStdString();
            EXPECT_EQ(QApplication::allWidgets().size(), widgets) << "no widget was made";
            EXPECT_FALSE(contents(alone).isEmpty());
            EXPECT_EQ(contents(alone), contents(byWindow));
        }
        ++n;
    }
}

TEST(WindowlessExport, RefusesAStateTheDatasetCannotShow)
{
    ViewState state;
    state.query.focus = QStringLiteral("no-such-body");
    const GraphvizLayout layout;
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(exportViewState(test::bundledDataset(), bundledDatasetName(), layout, state,
                                 dir.filePath(QStringLiteral("x.png")), QSize(400, 300), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no-such-body"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

} // namespace
