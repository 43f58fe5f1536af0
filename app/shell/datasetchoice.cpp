#include "app/shell/datasetchoice.h"

#include <QMessageBox>
#include <QPushButton>

namespace nhsx {

bool offerBundledDataset(const QString &error, QWidget *parent)
{
    // All in the main text, shown as plain text: the message quotes the file, which may hold
    // markup, and QMessageBox's informative text would interpret it (and open its links).
    QMessageBox box(QMessageBox::Warning, QObject::tr("Cannot open the dataset"),
                    QObject::tr("This dataset cannot be shown.\n\n%1").arg(error),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *bundled =
        box.addButton(QObject::tr("Open the bundled dataset"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(bundled);
    box.exec();
    return box.clickedButton() == bundled;
}

} // namespace nhsx
