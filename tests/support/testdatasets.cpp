#include "support/testdatasets.h"

#include "core/dataset.h"
#include "core/sqlite.h"

#include <QFile>
#include <stdexcept>

namespace nhsx::test {

QString validContentSql()
{
    return QStringLiteral(R"sql(
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file, full_text) VALUES ('alliance', 'A release', 'NHS Alliance', NULL, '2011-06-20',
    'stated: the first line', 'alliance.txt',
    'Senates should be only advisory not authorising and we must listen. Clinical commissioning groups (CCGs) decide. The government said CCGs should follow their advice.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('senates', 'Clinical senates', NULL, 'advisory network', 'advisory', 'They advise.'),
    ('ccgs', 'Clinical commissioning groups', 'CCGs', 'commissioner', 'statutory', 'They commission.'),
    ('alliance', 'NHS Alliance', NULL, 'membership organisation', 'non-statutory', 'It speaks.');
INSERT INTO people VALUES ('dixon', 'Dr Michael Dixon', 'chair', 'alliance');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
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

void writeChangedBundledDataset(const QString &path, const QString &changesSql)
{
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(NHSX_BUNDLED_DATASET), path) ||
        !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        throw std::runtime_error("cannot copy " NHSX_BUNDLED_DATASET);
    QString error;
    auto db = SqliteDatabase::openForWriting(path, &error);
    if (!db || !db->exec(QStringLiteral("PRAGMA foreign_keys = OFF;"), &error) ||
        !db->exec(changesSql, &error))
        throw std::runtime_error(error.toStdString());
}

QString withoutConstraintsSql(const QString &table)
{
    return QStringLiteral("PRAGMA legacy_alter_table = ON; ALTER TABLE %1 RENAME TO %1_old; "
                          "CREATE TABLE %1 AS SELECT * FROM "
                          "%1_old ORDER BY rowid; DROP TABLE %1_old;")
        .arg(table);
}

QString sqlLiteral(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(u'\'', QStringLiteral("''")) +
           QLatin1Char('\'');
}

const QString kMarkup = QStringLiteral(
    " <b>bold</b><script>alert(1)</script><img src=\"file:///etc/hostname\">"
    "<a href=\"file:///etc/passwd\">link</a><a href=\"https://example.org/\">web</a> &amp; %1 %2");

QString markupInEveryTextFieldSql()
{
    // Spliced in with replace(), not arg(): the markup holds %1 and %2 itself.
    return QStringLiteral(
               "UPDATE sources SET title = title || @M, outlet = outlet || @M, "
               "  author = coalesce(author, '') || @M, date_basis = date_basis || @M, "
               "  full_text = full_text || char(10) || @M;"
               "UPDATE bodies SET name = name || @M, acronym = coalesce(acronym, '') || @M, "
               "  kind = kind || @M, role = role || @M;"
               "UPDATE people SET name = name || @M, post = coalesce(post, '') || @M;"
               "UPDATE relations SET type = type || @M, description = description || @M;"
               "UPDATE topics SET question = question || @M;"
               "UPDATE positions SET date_basis = date_basis || @M, stance = stance || @M;"
               "UPDATE events SET title = title || @M, date_basis = date_basis || @M, "
               "  description = description || @M;"
               "UPDATE glossary SET expansion = NULL;"
               "UPDATE status_history SET date_basis = date_basis || @M;"
               "UPDATE tours SET title = title || @M;"
               "UPDATE tour_steps SET title = title || @M, caption = caption || @M;"
               "INSERT INTO quotes VALUES ('q-markup', (SELECT id FROM sources ORDER BY rowid "
               "  LIMIT 1), NULL, NULL, @M);"
               // The quote is about what the window reads at start, not the layers on demand.
               "INSERT INTO quote_bodies SELECT 'q-markup', id FROM bodies "
               "  WHERE layer = 'national-2011';"
               "INSERT INTO quote_relations SELECT 'q-markup', id FROM relations "
               "  WHERE layer = 'national-2011';"
               "INSERT INTO glossary VALUES (@M, NULL, (SELECT source FROM quotes WHERE id = "
               "  'q-markup'), 'q-markup');")
        .replace(QStringLiteral("@M"), sqlLiteral(kMarkup));
}

QSet<QString> everyBodyAndRelationId(const Dataset &dataset)
{
    QSet<QString> ids;
    for (const Body &body : dataset.bodies())
        ids.insert(body.id);
    for (const Relation &relation : dataset.relations())
        ids.insert(relation.id);
    return ids;
}

} // namespace nhsx::test
