#pragma once

#include "api/Types.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace fjord {

// The power-user actions around ProjectExport, ready to put into menus: File > Export as
// CSV / JSON (the list as the view shows it, filtered) and Edit > Copy as curl / avn /
// Terraform (the selected project). The window that owns the list supplies the data through
// the providers; the actions enable themselves from what the providers return.
class ProjectExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectExportActions)

public:
    // The visible projects as records, each with its role: cheap to take, read in full by
    // the export's threads.
    using ProjectsProvider = std::function<ProjectRecords()>;
    using CurrentProjectProvider = std::function<std::optional<Project>()>;
    using BaseUrlProvider = std::function<QUrl()>;
    using CountProvider = std::function<qsizetype()>;

    explicit ProjectExportActions(QWidget* dialogParent);

    // The projects are asked for when exporting; their count whenever the list changes.
    void setVisibleProjectsProvider(ProjectsProvider provider, CountProvider count);
    void setCurrentProjectProvider(CurrentProjectProvider provider);
    void setApiBaseUrlProvider(BaseUrlProvider provider);

    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* exportJsonAction() const { return m_exportJson; }
    QAction* copyCurlAction() const { return m_copyCurl; }
    QAction* copyAvnAction() const { return m_copyAvn; }
    QAction* copyTerraformAction() const { return m_copyTerraform; }
    QList<QAction*> exportActions() const { return {m_exportCsv, m_exportJson}; }
    QList<QAction*> copyActions() const { return {m_copyCurl, m_copyAvn, m_copyTerraform}; }

    // Call when the list or the selection changes.
    void updateEnabled();

    // Test seam: the next save dialog answers this name instead of opening
    // (an empty string answers "cancelled").
    void setNextSaveFileName(const QString& fileName) { m_nextSaveFileName = fileName; }

Q_SIGNALS:
    // A one-line result for the status bar ("Copied ... as curl", "Exported 12 projects").
    void statusMessage(const QString& message);

private:
    enum class Format { Csv, Json };
    void exportInteractively(Format format);
    // Writes the export on another thread, with a progress dialog (Cancel) when it takes a
    // while; returns when it is done, with *error when it failed.
    enum class Outcome { Written, Failed, Cancelled };
    Outcome writeExport(Format format, const QString& fileName, const ProjectRecords& projects,
                        QString* error);
    void copyText(const QString& text, const QString& what);
    QString askSaveFileName(const QString& title, const QString& suggested, const QString& filter);

    QWidget* m_dialogParent;
    QAction* m_exportCsv;
    QAction* m_exportJson;
    QAction* m_copyCurl;
    QAction* m_copyAvn;
    QAction* m_copyTerraform;
    ProjectsProvider m_projects;
    CountProvider m_projectCount;
    CurrentProjectProvider m_current;
    BaseUrlProvider m_baseUrl;
    std::optional<QString> m_nextSaveFileName;
};

} // namespace fjord
