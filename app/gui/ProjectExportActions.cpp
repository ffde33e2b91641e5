#include "ProjectExportActions.h"

#include "FileDialogs.h"
#include "export/ProjectExport.h"
#include "util/SafeFile.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <climits>
#include <thread>

namespace fjord {

namespace {

const QLatin1String kLastDirKey("Export/lastDirectory");

bool writeFile(const QString& fileName, const QByteArrayList& pieces, QString* error)
{
    // A full disk or an interrupted export leaves the file as it was, never half of it.
    return writeFileSafely(fileName, pieces, error);
}

} // namespace

ProjectExportActions::ProjectExportActions(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_exportCsv(new QAction(tr("Export as &CSV…"), this))
    , m_exportJson(new QAction(tr("Export as &JSON…"), this))
    , m_copyCurl(new QAction(tr("Copy as c&url"), this))
    , m_copyAvn(new QAction(tr("Copy as &avn Command"), this))
    , m_copyTerraform(new QAction(tr("Copy as &Terraform"), this))
{
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportJson->setObjectName(QStringLiteral("exportJsonAction"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyAvn->setObjectName(QStringLiteral("copyAvnAction"));
    m_copyTerraform->setObjectName(QStringLiteral("copyTerraformAction"));

    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    m_exportCsv->setStatusTip(tr("Save the projects shown in the list as a CSV file"));
    m_exportJson->setStatusTip(
        tr("Save the projects shown in the list as JSON, in the API's shape"));
    m_copyCurl->setStatusTip(
        tr("Copy the API call that would recreate the selected project (token as a placeholder)"));
    m_copyAvn->setStatusTip(tr("Copy the avn command that would recreate the selected project"));
    m_copyTerraform->setStatusTip(
        tr("Copy an aiven_project Terraform resource for the selected project"));

    connect(m_exportCsv, &QAction::triggered, this, [this] { exportInteractively(Format::Csv); });
    connect(m_exportJson, &QAction::triggered, this, [this] { exportInteractively(Format::Json); });
    connect(m_copyCurl, &QAction::triggered, this, [this] {
        if (const auto project = m_current ? m_current() : std::nullopt)
            copyText(ProjectExport::curlCommand(*project, m_baseUrl ? m_baseUrl() : QUrl()),
                     tr("Copied %1 as curl").arg(project->name));
    });
    connect(m_copyAvn, &QAction::triggered, this, [this] {
        if (const auto project = m_current ? m_current() : std::nullopt)
            copyText(ProjectExport::avnCommand(*project, m_baseUrl ? m_baseUrl() : QUrl()),
                     tr("Copied %1 as an avn command").arg(project->name));
    });
    connect(m_copyTerraform, &QAction::triggered, this, [this] {
        if (const auto project = m_current ? m_current() : std::nullopt)
            copyText(ProjectExport::terraformProject(*project),
                     tr("Copied %1 as Terraform").arg(project->name));
    });
    updateEnabled();
}

void ProjectExportActions::setVisibleProjectsProvider(ProjectsProvider provider,
                                                      CountProvider count)
{
    m_projects = std::move(provider);
    m_projectCount = std::move(count);
    updateEnabled();
}

void ProjectExportActions::setCurrentProjectProvider(CurrentProjectProvider provider)
{
    m_current = std::move(provider);
    updateEnabled();
}

void ProjectExportActions::setApiBaseUrlProvider(BaseUrlProvider provider)
{
    m_baseUrl = std::move(provider);
}

void ProjectExportActions::updateEnabled()
{
    // Called on every change of the list: counting 100,000 projects must not copy them.
    const bool hasList = m_projects && m_projectCount && m_projectCount() > 0;
    const bool hasCurrent = m_current && m_current().has_value();
    m_exportCsv->setEnabled(hasList);
    m_exportJson->setEnabled(hasList);
    for (QAction* action : copyActions())
        action->setEnabled(hasCurrent);
}

ProjectExportActions::Outcome ProjectExportActions::writeExport(Format format,
                                                                const QString& fileName,
                                                                const ProjectRecords& projects,
                                                                QString* error)
{
    ProjectExport::Progress progress;
    Outcome outcome = Outcome::Cancelled;
    QEventLoop loop;
    // The thread reads every project from its text, lays them out and writes the file; the
    // window meanwhile paints, and shows how far it has come once that takes a while.
    std::thread worker([&] {
        const QByteArrayList data = format == Format::Csv
                                        ? ProjectExport::csvPieces(projects, &progress)
                                        : ProjectExport::jsonPieces(projects, &progress);
        // Cancel stops the reading; once the file is being written, it is written.
        if (!progress.cancelled)
            outcome = writeFile(fileName, data, error) ? Outcome::Written : Outcome::Failed;
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    const int count = int(std::min<qsizetype>(projects.records.size(), INT_MAX));
    QProgressDialog dialog(tr("Exporting %Ln project(s)…", nullptr, count), tr("Cancel"), 0, count,
                           m_dialogParent);
    dialog.setObjectName(QStringLiteral("exportProgressDialog"));
    dialog.setWindowTitle(tr("Export"));
    // A bar with a name, so that a screen reader says what its value is of.
    auto* bar = new QProgressBar(&dialog);
    bar->setAccessibleName(tr("Export progress"));
    dialog.setBar(bar);
    dialog.setRange(0, count);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    // Cancel, Esc or closing the dialog: Esc reaches the dialog as reject() when it is not
    // the active window yet, which would hide it and let the export go on.
    const auto cancel = [&progress] { progress.cancelled = true; };
    connect(&dialog, &QProgressDialog::canceled, &dialog, cancel);
    connect(&dialog, &QDialog::rejected, &dialog, cancel);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &dialog,
            [&] { dialog.setValue(int(std::min<qsizetype>(progress.done, count))); });
    poll.start(50);
    for (QAction* action : exportActions())
        action->setEnabled(false);
    loop.exec();
    // Also when the application quits meanwhile: the file is finished, or left as it was.
    worker.join();
    updateEnabled();
    return outcome;
}

QString ProjectExportActions::askSaveFileName(const QString& title, const QString& suggested,
                                              const QString& filter)
{
    if (m_nextSaveFileName) {
        const QString answer = *m_nextSaveFileName;
        m_nextSaveFileName.reset();
        return answer;
    }
    const QString dir = FileDialogs::startDirectory(kLastDirKey);
    const QString fileName =
        QFileDialog::getSaveFileName(m_dialogParent, title, QDir(dir).filePath(suggested), filter);
    FileDialogs::rememberDirectory(kLastDirKey, fileName);
    return fileName;
}

void ProjectExportActions::exportInteractively(Format format)
{
    const bool csv = format == Format::Csv;
    const QString fileName =
        csv ? askSaveFileName(tr("Export Projects as CSV"), QStringLiteral("fjord-projects.csv"),
                              tr("CSV files (*.csv);;All files (*)"))
            : askSaveFileName(tr("Export Projects as JSON"), QStringLiteral("fjord-projects.json"),
                              tr("JSON files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const ProjectRecords projects = m_projects ? m_projects() : ProjectRecords();
    QString error;
    const Outcome outcome = writeExport(format, fileName, projects, &error);
    if (outcome == Outcome::Cancelled) {
        Q_EMIT statusMessage(
            tr("Export cancelled; %1 was not changed").arg(QDir::toNativeSeparators(fileName)));
        return;
    }
    if (outcome == Outcome::Failed) {
        QMessageBox::warning(m_dialogParent, tr("Export Failed"),
                             tr("Could not write %1: %2.\n\nThe file was not changed; a file "
                                "that was there before is as it was.")
                                 .arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    const auto count = projects.records.size();
    Q_EMIT statusMessage(tr("Exported %n project(s) to %1", nullptr, int(count))
                             .arg(QDir::toNativeSeparators(fileName)));
}

void ProjectExportActions::copyText(const QString& text, const QString& what)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(what);
}

} // namespace fjord
