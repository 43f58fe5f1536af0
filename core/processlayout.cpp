#include "processlayout.h"

#include "graphvizlayout.h"
#include "layoutstream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <csignal>
#include <sys/prctl.h>

namespace nhsx {

namespace {

/** First in both directions: anything else on the pipe is not taken for a layout. */
constexpr quint32 kMagic = 0x4E484C50; // "NHLP"
constexpr quint32 kFormat = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
/** How often a helper under way asks whether it is still wanted. */
constexpr int kPollMs = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("nhsx::ProcessLayout", text);
}

LayoutResult failed(const QString &error)
{
    LayoutResult result;
    result.error = error;
    return result;
}

} // namespace

ProcessLayout::ProcessLayout(const Layout &inProcess, QString helper, qsizetype minNodes)
    : mInProcess(inProcess), mHelper(std::move(helper)), mMinNodes(minNodes)
{
}

QString ProcessLayout::cancelledError()
{
    return tr("the layout was cancelled");
}

QString ProcessLayout::helperFor(const QString &programDirectory)
{
    const QDir dir(programDirectory);
    for (const QString &candidate :
         {dir.filePath(QStringLiteral("nhs-explorer-layout")),
          dir.filePath(QStringLiteral("../libexec/nhs-explorer/nhs-explorer-layout"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

LayoutResult ProcessLayout::compute(const LayoutRequest &request) const
{
    return computeUntil(request, [] { return false; });
}

LayoutResult ProcessLayout::computeUntil(const LayoutRequest &request,
                                         const std::function<bool()> &stopRequested) const
{
    if (request.nodes.size() < mMinNodes || mHelper.isEmpty())
        return mInProcess.compute(request);
    if (stopRequested())
        return failed(cancelledError());
    QByteArray input;
    {
        QDataStream out(&input, QIODevice::WriteOnly);
        out.setVersion(kStreamVersion);
        out << kMagic << kFormat;
        writeRequest(out, request);
    }
    QProcess helper;
    // The helper ends with this program, should it crash or be killed first.
    helper.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    helper.start(mHelper, {});
    if (!helper.waitForStarted())
        return mInProcess.compute(request);
    helper.write(input);
    helper.closeWriteChannel();
    while (helper.state() != QProcess::NotRunning && !helper.waitForFinished(kPollMs)) {
        if (stopRequested()) {
            helper.kill();
            helper.waitForFinished();
            return failed(cancelledError());
        }
    }
    if (helper.exitStatus() != QProcess::NormalExit)
        return failed(tr("the layout helper %1 crashed").arg(mHelper));
    if (helper.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(helper.readAllStandardError()).trimmed();
        return failed(tr("the layout helper %1 failed (exit code %2)%3")
                          .arg(mHelper, QString::number(helper.exitCode()),
                               said.isEmpty() ? QString() : QStringLiteral(": ") + said));
    }
    const QByteArray output = helper.readAllStandardOutput();
    QDataStream in(output);
    in.setVersion(kStreamVersion);
    quint32 magic = 0, format = 0;
    bool ok = false;
    in >> magic >> format >> ok;
    if (in.status() == QDataStream::Ok && magic == kMagic && format == kFormat) {
        if (!ok) {
            QString error;
            in >> error;
            if (in.status() == QDataStream::Ok)
                return failed(error);
        } else if (std::optional<LayoutResult> result = readResult(in)) {
            return *result;
        }
    }
    return failed(tr("the layout helper %1 answered with something other than a layout")
                      .arg(mHelper));
}

int runLayoutHelper()
{
    QFile input, output, errors;
    if (!input.open(stdin, QIODevice::ReadOnly) || !output.open(stdout, QIODevice::WriteOnly) ||
        !errors.open(stderr, QIODevice::WriteOnly))
        return 2;
    const QByteArray bytes = input.readAll();
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 magic = 0, format = 0;
    in >> magic >> format;
    std::optional<LayoutRequest> request;
    if (magic == kMagic && format == kFormat)
        request = readRequest(in);
    if (!request || !in.atEnd()) {
        errors.write(tr("nhs-explorer-layout: standard input holds no layout request; this "
                        "program is run by nhs-explorer")
                         .toLocal8Bit() +
                     '\n');
        return 2;
    }
    const LayoutResult result = GraphvizLayout().compute(*request);
    QDataStream out(&output);
    out.setVersion(kStreamVersion);
    out << kMagic << kFormat << result.ok();
    if (result.ok())
        writeResult(out, result);
    else
        out << result.error;
    return out.status() == QDataStream::Ok && output.flush() ? 0 : 2;
}

} // namespace nhsx
