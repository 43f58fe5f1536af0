#include "support/testdatasets.h"

#include "core/dataset.h"
#include "core/sqlite.h"

#include <QFile>
#include <stdexcept>

namespace nhsx::test {

QString validContentSql()
{
    return QStringLiteral(R"sql(
INSERT INTO sources VALUES ('alliance', 'A release', 'NHS Alliance', NULL, '2011-06-20',
    'stated: the first line', 'alliance.txt',
    'Senates should be only advisory not authorising and we must listen.');
INSERT INTO bodies VALUES
    ('senates', 'Clinical senates', NULL, 'advisory network', 'advisory', 'They advise.'),
    ('ccgs', 'Clinical commissioning groups', 'CCGs', 'commissioner', 'statutory', 'They commission.');
INSERT INTO relations VALUES
    ('senates-advise-ccgs', 'senates', 'ccgs', 'advises', 'advisory', 'Senates advise CCGs.');
INSERT INTO quotes VALUES ('q-advisory', 'alliance', NULL, 'Senates should be only advisory');
INSERT INTO quote_bodies VALUES ('q-advisory', 'senates'), ('q-advisory', 'ccgs');
INSERT INTO quote_relations VALUES ('q-advisory', 'senates-advise-ccgs');
INSERT INTO status_evidence VALUES ('senates', 'q-advisory'), ('ccgs', 'q-advisory');
)sql");
}

void writeDataset(const QString &path, const QString &contentSql, qint64 applicationId,
                  int schemaVersion)
{
    QFile schemaFile(QStringLiteral(NHSX_SCHEMA_SQL));
    if (!schemaFile.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " NHSX_SCHEMA_SQL);
    QString error;
    auto db = SqliteDatabase::openForWriting(path, &error);
    if (!db || !db->exec(QString::fromUtf8(schemaFile.readAll()), &error) ||
        !db->exec(contentSql, &error) ||
        !db->exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                      .arg(applicationId)
                      .arg(schemaVersion),
                  &error))
        throw std::runtime_error(error.toStdString());
}

void writeDataset(const QString &path, const QString &contentSql)
{
    writeDataset(path, contentSql, kApplicationId, kSchemaVersion);
}

} // namespace nhsx::test
