#include "app/england/layermenu.h"

#include "app/document/explorerdocument.h"
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

/** Whether the view shows this layer, aggregated or whole as asked. */
bool showing(const ExplorerDocument &document, const QString &layerId, bool aggregated)
{
    const GraphQuery &query = document.state().query;
    return query.layers == QSet<QString>{layerId} &&
           (layerId == kNationalLayer || query.aggregate == aggregated);
}

} // namespace

void addLayerActions(ExplorerDocument &document, QMenu *menu, QWidget *parent, ShowLayer show)
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
    for (const Layer &layer : document.fullDataset().layers()) {
        const QString id = layer.id;
        QAction *shown = add(layer.name, id, true);
        QObject::connect(shown, &QAction::triggered, menu, [show, id] { show(id, true); });
        if (id == kNationalLayer)
            continue;
        QAction *whole = add(Text::tr("%1, every body at once (slow)…").arg(layer.name), id, false);
        QObject::connect(whole, &QAction::triggered, menu, [&document, parent, show, id] {
            if (confirmWholeLayer(parent, document, id))
                show(id, false);
        });
    }
    menu->addSeparator();
    // Checked as the view stands: the command line, a tour or a refused warning change it too.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [&document, entries] {
        for (const auto &[action, entry] : entries)
            action->setChecked(showing(document, entry.first, entry.second));
    });
}

bool confirmWholeLayer(QWidget *parent, ExplorerDocument &document, const QString &layerId)
{
    if (!document.loadLayersOnDemand())
        return false;
    const Layer *layer = document.fullDataset().layer(layerId);
    if (!layer)
        return false;
    GraphQuery whole;
    whole.layers = {layerId};
    const VisibleGraph visible = visibleGraph(document.dataset(), whole);
    QMessageBox box(QMessageBox::Warning, Text::tr("Draw every body?"),
                    Text::tr("Draw all %1 bodies and %2 relations of %3 at once?")
                        .arg(QLocale().toString(visible.bodies.size()),
                             QLocale().toString(visible.relations.size()), layer->name),
                    QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    // Plain text only: the informative text's format is Qt's guess, so no dataset text goes in.
    box.setInformativeText(
        Text::tr("Laying them out takes half a minute or more (a strip under the graph shows "
                 "the work, with Cancel), and so many boxes are too small to read until you "
                 "zoom in. The aggregated view draws the same bodies a part at a time."));
    QPushButton *draw = box.addButton(Text::tr("Draw them all"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == draw;
}

} // namespace nhsx
