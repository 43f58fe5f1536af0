#pragma once

#include "core/dataset.h"

#include <QDialog>

class QTextEdit;

namespace nhsx {

/**
 * Help > About: the program's version, the dataset shown (its name, schema version and SHA-256),
 * its sources, and the licences and attributions of everything bundled or linked. All of it is
 * plain text, selectable, so the checksum can be copied.
 */
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    /** sha256 is the hex digest of the dataset's bytes, or empty when they cannot be read. */
    AboutDialog(const Dataset &dataset, const QString &datasetName, const QString &sha256,
                QWidget *parent = nullptr);

    /** Everything the dialog says, as shown. */
    QString text() const;

private:
    QTextEdit *mText;
};

} // namespace nhsx
