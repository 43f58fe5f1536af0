#include "app/england/layermenu.h"

#include "app/shell/mainwindow.h"
#include "core/graphquery.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace nhsx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::LayerMenu)
};

QString menuText(const QString &text)
{
    return QString(text).replace(u'&', QStringLiteral("&&"));
}

/** Whether the window shows this layer, aggregated or whole as asked. */
bool showing(const MainWindow &window, const QString &layerId, bool aggregated)
{
    const GraphQuery &query = window.query();
    return query.layers == QSet<QString>{layerId} &&
           (layerId == kNationalLayer || query.aggregate == aggregated);
}

} // namespace

void addLayerActions(MainWindow &window, QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    QList<std::pair<QAction *, std::pair<QString, bool>>> entries;
    const auto add = [&](const QString &text, const QString &layerId, bool aggregated) {
        QAction *action = menu->addAction(menuText(text));
        action->setCheckable(true);
        group->addAction(action);
        entries.append({action, {layerId, aggregated}});
        return action;
    };
    for (const Layer &layer : window.fullDataset().layers()) {
        const QString id = layer.id;
        QAction *shown = add(layer.name, id, true);
        QObject::connect(shown, &QAction::triggered, &window,
                         [&window, id] { window.showLayer(id); });
        if (id == kNationalLayer)
            continue;
        QAction *whole = add(Text::tr("%1, every body at once (slow)…").arg(layer.name), id, false);
        QObject::connect(whole, &QAction::triggered, &window,
                         [&window, id] { confirmWholeLayer(window, id); });
    }
    menu->addSeparator();
    // Checked as the window stands: the command line, a tour or a refused warning change it too.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [&window, entries] {
        for (const auto &[action, entry] : entries)
            action->setChecked(showing(window, entry.first, entry.second));
    });
}

bool confirmWholeLayer(MainWindow &window, const QString &layerId)
{
    if (!window.loadLayersOnDemand())
        return false;
    const Layer *layer = window.fullDataset().layer(layerId);
    if (!layer)
        return false;
    GraphQuery whole;
    whole.layers = {layerId};
    const VisibleGraph visible = visibleGraph(window.dataset(), whole);
    QMessageBox box(QMessageBox::Warning, Text::tr("Draw every body?"),
                    Text::tr("Draw all %1 bodies and %2 relations of %3 at once?")
                        .arg(QLocale().toString(visible.bodies.size()),
                             QLocale().toString(visible.relations.size()), layer->name),
                    QMessageBox::Cancel, &window);
    box.setTextFormat(Qt::PlainText);
    // Plain text only: the informative text's format is Qt's guess, so no dataset text goes in.
    box.setInformativeText(
        Text::tr("Laying them out takes half a minute or more (a strip under the graph shows "
                 "the work, with Cancel), and so many boxes are too small to read until you "
                 "zoom in. The aggregated view draws the same bodies a part at a time."));
    QPushButton *draw = box.addButton(Text::tr("Draw them all"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != draw)
        return false;
    return window.showLayer(layerId, false);
}

} // namespace nhsx
