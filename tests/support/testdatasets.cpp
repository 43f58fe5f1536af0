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
    'Senates should be only advisory not authorising and we must listen. Clinical commissioning groups (CCGs) decide. The government said CCGs should follow their advice.');
INSERT INTO bodies VALUES
    ('senates', 'Clinical senates', NULL, 'advisory network', 'advisory', 'They advise.'),
    ('ccgs', 'Clinical commissioning groups', 'CCGs', 'commissioner', 'statutory', 'They commission.'),
    ('alliance', 'NHS Alliance', NULL, 'membership organisation', 'non-statutory', 'It speaks.');
INSERT INTO people VALUES ('dixon', 'Dr Michael Dixon', 'chair', 'alliance');
INSERT INTO relations VALUES
    ('senates-advise-ccgs', 'senates', 'ccgs', 'advises', 'advisory', 'Senates advise CCGs.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q-advisory', 'alliance', 'dixon', NULL, 'Senates should be only advisory'),
    ('q-ccgs', 'alliance', NULL, 'alliance', 'Clinical commissioning groups (CCGs) decide.'),
    ('q-follow', 'alliance', NULL, NULL, 'The government said CCGs should follow their advice.');
INSERT INTO quote_bodies VALUES ('q-advisory', 'senates'), ('q-advisory', 'ccgs'),
    ('q-ccgs', 'ccgs'), ('q-advisory', 'alliance');
INSERT INTO quote_relations VALUES ('q-advisory', 'senates-advise-ccgs');
INSERT INTO status_evidence VALUES ('senates', 'q-advisory'), ('ccgs', 'q-ccgs'),
    ('alliance', 'q-advisory');
INSERT INTO topics VALUES ('follow-advice', 'Must CCGs follow senates'' advice?', 'senates', NULL);
INSERT INTO positions VALUES
    ('follow-government', 'follow-advice', NULL, 'alliance', 'alliance', '2011-06',
     'inferred: reported in June', 'CCGs should follow the advice.'),
    ('follow-dixon', 'follow-advice', 'dixon', NULL, 'alliance', '2011-06-20',
     'stated: the release is dated', 'Senates should only advise.');
INSERT INTO position_quotes VALUES ('follow-government', 'q-follow'), ('follow-dixon', 'q-advisory');
INSERT INTO events VALUES ('release', 'The NHS Alliance release', '2011-06-20',
    'stated: the release is dated', 'The Alliance spoke.');
INSERT INTO event_quotes VALUES ('release', 'q-advisory');
INSERT INTO glossary VALUES ('CCG', 'clinical commissioning group', 'alliance', 'q-ccgs');
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
