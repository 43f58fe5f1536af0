#include "app/shell/aboutdialog.h"

#include "core/citation.h"

#include <QDialogButtonBox>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace nhsx {

namespace {

/** Writes the dialog's text with insertText() only, so dataset text is never read as markup. */
class AboutWriter
{
public:
    explicit AboutWriter(QTextDocument *document) : mCursor(document) {}

    void title(const QString &words) { paragraph(words, 0, 1.3, true); }
    void heading(const QString &words) { paragraph(words, 0, 1.0, true, 12); }
    void text(const QString &words) { paragraph(words, 0, 1.0, false); }
    void line(const QString &words) { paragraph(words, 16, 1.0, false); }

private:
    void paragraph(const QString &text, qreal indent, qreal scale, bool bold, qreal above = 0)
    {
        QTextBlockFormat block;
        block.setLeftMargin(indent);
        block.setTopMargin(above);
        QTextCharFormat characters;
        characters.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        characters.setFontPointSize(QFont().pointSizeF() * scale);
        if (mFirst)
            mCursor.setBlockFormat(block);
        else
            mCursor.insertBlock(block);
        mFirst = false;
        mCursor.insertText(text, characters);
    }

    QTextCursor mCursor;
    bool mFirst = true;
};

void writeAbout(QTextDocument *document, const Dataset &dataset, const QString &datasetName,
                const QString &sha256)
{
    AboutWriter about(document);
    about.title(AboutDialog::tr("NHS Commissioning Explorer %1").arg(QStringLiteral(NHSX_VERSION)));
    about.text(
        AboutDialog::tr("Who does what in the English NHS commissioning system after the "
                        "2011 reforms, with every claim backed by a verbatim, cited quote."));
    about.heading(AboutDialog::tr("Dataset"));
    about.line(datasetName);
    about.line(AboutDialog::tr("Schema version: %1").arg(dataset.schemaVersion()));
    about.line(AboutDialog::tr("SHA-256: %1")
                   .arg(sha256.isEmpty() ? AboutDialog::tr("not known (the file cannot be read)")
                                         : sha256));
    about.heading(AboutDialog::tr("Sources"));
    for (const Source &source : dataset.sources())
        about.line(sourceReference(source));
    about.heading(AboutDialog::tr("Licences and attributions"));
    about.line(AboutDialog::tr("Qt 6: GNU Lesser General Public License version 3 (LGPLv3); "
                               "Help > About Qt says more."));
    about.line(AboutDialog::tr("Graphviz: Eclipse Public License 1.0 (EPL-1.0)."));
    about.line(AboutDialog::tr("SQLite: public domain."));
    about.line(
        AboutDialog::tr("libpng: the libpng licence (PNG Reference Library License version 2)."));
    about.line(AboutDialog::tr("zlib: the zlib licence."));
    about.line(AboutDialog::tr("The articles above are quoted verbatim, for commentary; their "
                               "text is the copyright of their publishers."));
    for (const Layer &layer : dataset.layers()) {
        if (!layer.attribution.isEmpty())
            about.line(AboutDialog::tr("%1: %2").arg(layer.name, layer.attribution));
    }
}

} // namespace

AboutDialog::AboutDialog(const Dataset &dataset, const QString &datasetName, const QString &sha256,
                         QWidget *parent)
    : QDialog(parent), mText(new QTextEdit(this))
{
    setWindowTitle(tr("About NHS Commissioning Explorer"));
    mText->setReadOnly(true);
    mText->setAcceptRichText(false);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    writeAbout(mText->document(), dataset, datasetName, sha256);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mText);
    layout->addWidget(buttons);
    resize(720, 600);
}

QString AboutDialog::text() const
{
    return mText->toPlainText();
}

} // namespace nhsx
