#include "app/panel/externallink.h"

#include <QDesktopServices>
#include <QMessageBox>

namespace nhsx {

bool openExternalLink(const QUrl &url, QWidget *parent)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return false;
    // Fully encoded, so look-alike characters and hidden direction marks show as what they are.
    const QString address = QString::fromLatin1(url.toEncoded());
    QMessageBox box(QMessageBox::Question, QObject::tr("Open a web address"),
                    QObject::tr("Open this address in your web browser?\n\n%1").arg(address),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Open)
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace nhsx
