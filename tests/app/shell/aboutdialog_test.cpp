// Help > About names the program, the dataset shown with a checksum anyone can recompute, its
// sources and the licences of what is bundled; the program names itself to the desktop.
#include "app/shell/aboutdialog.h"
#include "app/shell/identity.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "data/bundleddataset.h"
#include "support/testdatasets.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

QAction *menuAction(QMainWindow &window, const QString &menuText, const QString &actionText)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text().remove(u'&') != menuText || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == actionText)
                return action;
        }
    }
    return nullptr;
}

/** Opens Help > About in the window and returns the dialog it shows. */
AboutDialog *openAbout(MainWindow &window)
{
    QAction *about = menuAction(window, QStringLiteral("Help"),
                                QStringLiteral("About NHS Commissioning Explorer"));
    if (!about)
        return nullptr;
    about->trigger();
    return window.findChild<AboutDialog *>();
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

TEST(AboutDialog, ShowsTheVersionTheDatasetItsChecksumSourcesAndLicences)
{
    const Dataset dataset = test::bundledDataset();
    GraphvizLayout layout;
    MainWindow window(dataset, bundledDatasetName(), layout);
    AboutDialog *dialog = openAbout(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QString text = dialog->text();

    EXPECT_TRUE(text.contains(QStringLiteral("NHS Commissioning Explorer " NHSX_VERSION)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(bundledDatasetName()));
    EXPECT_TRUE(text.contains(QStringLiteral("Schema version: %1").arg(dataset.schemaVersion())));
    const QString sha256 = sha256Hex(bundledDatasetImage());
    ASSERT_EQ(sha256.size(), 64);
    EXPECT_TRUE(text.contains(QStringLiteral("SHA-256: ") + sha256)) << text.toStdString();
    ASSERT_FALSE(dataset.sources().isEmpty());
    for (const Source &source : dataset.sources()) {
        EXPECT_TRUE(text.contains(source.title)) << source.title.toStdString();
        EXPECT_TRUE(text.contains(source.outlet)) << source.outlet.toStdString();
        if (!source.author.isEmpty()) {
            EXPECT_TRUE(text.contains(source.author)) << source.author.toStdString();
        }
    }
    for (const char *licence : {"LGPLv3", "EPL-1.0", "SQLite: public domain", "libpng licence",
                                "zlib licence", "copyright of their publishers",
                                "England, April 2013: Contains public sector information licensed "
                                "under the Open Government Licence v3.0."})
        EXPECT_TRUE(text.contains(QLatin1String(licence))) << licence;

    // The checksum can be selected and copied.
    auto *shown = dialog->findChild<QTextEdit *>();
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->isReadOnly());
    EXPECT_TRUE(shown->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    EXPECT_TRUE(shown->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
}

TEST(AboutDialog, ShowsADataFilesPathChecksumAndTitlesAsTyped)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("markup.sqlite"));
    test::writeChangedBundledDataset(path, test::markupInEveryTextFieldSql());
    LoadResult loaded = loadDatasetFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    GraphvizLayout layout;
    MainWindow window(*loaded.dataset, path, layout);
    AboutDialog *dialog = openAbout(window);
    ASSERT_NE(dialog, nullptr);
    const QString text = dialog->text();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString sha256 = sha256Hex(file.readAll());
    EXPECT_NE(sha256, sha256Hex(bundledDatasetImage()));
    EXPECT_TRUE(text.contains(path));
    EXPECT_TRUE(text.contains(QStringLiteral("SHA-256: ") + sha256)) << text.toStdString();
    for (const Source &source : loaded.dataset->sources()) {
        ASSERT_TRUE(source.title.contains(test::kMarkup));
        EXPECT_TRUE(text.contains(source.title)) << source.title.toStdString();
    }
}

TEST(AboutDialog, SaysWhenTheChecksumCannotBeKnown)
{
    const Dataset dataset = test::bundledDataset();
    GraphvizLayout layout;
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("gone.sqlite"));
    MainWindow window(dataset, gone, layout);
    AboutDialog *dialog = openAbout(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("SHA-256: not known")))
        << dialog->text().toStdString();
}

TEST(AboutDialog, AboutQtIsInTheHelpMenu)
{
    const Dataset dataset = test::bundledDataset();
    GraphvizLayout layout;
    MainWindow window(dataset, bundledDatasetName(), layout);
    QAction *aboutQt = menuAction(window, QStringLiteral("Help"), QStringLiteral("About Qt"));
    ASSERT_NE(aboutQt, nullptr);
    QString title;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll.stop();
            title = box->windowTitle();
            box->close();
        }
    });
    poll.start(10);
    aboutQt->trigger(); // a modal loop, until the box is closed
    EXPECT_EQ(title, QStringLiteral("About Qt"));
}

TEST(ApplicationIdentity, NamesTheProgramToTheDesktop)
{
    const QString name = QCoreApplication::applicationName();
    const QString organisation = QCoreApplication::organizationName();
    const QString domain = QCoreApplication::organizationDomain();
    const QString version = QCoreApplication::applicationVersion();
    const QString desktop = QGuiApplication::desktopFileName();

    setApplicationIdentity();
    EXPECT_EQ(QGuiApplication::desktopFileName(), QStringLiteral("org.nhsx.NhsExplorer"));
    EXPECT_EQ(QCoreApplication::applicationName(), QStringLiteral("nhs-explorer"));
    EXPECT_EQ(QCoreApplication::applicationVersion(), QStringLiteral(NHSX_VERSION));
    EXPECT_EQ(QCoreApplication::organizationDomain(), QStringLiteral("nhsx.org"));
    EXPECT_EQ(QCoreApplication::organizationName(), QStringLiteral("NHS Commissioning Explorer"));

    // The other tests keep their own settings location.
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setOrganizationDomain(domain);
    QCoreApplication::setApplicationVersion(version);
    QGuiApplication::setDesktopFileName(desktop);
}

} // namespace
