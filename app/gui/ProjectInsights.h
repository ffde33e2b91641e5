#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QTimer;

namespace fjord {

class AivenClient;
class CaCertificateDialog;
class MainWindow;
class ProjectEventLogDialog;
class ProjectServicesSection;
class ServiceCountCache;

// What a project holds, put into the main window without the window knowing the details:
// the Services column of the project list (counts loaded for the rows on screen only), the
// Services section of the details, and View > Event Log / CA Certificate for the selected
// project (also behind the section's buttons).
class ProjectInsights final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectInsights)

public:
    explicit ProjectInsights(MainWindow* window);
    ~ProjectInsights() override;

    // Another profile (or none): forgets every count and the services shown.
    void setClient(AivenClient* client);

    ServiceCountCache* serviceCounts() const { return m_counts; }
    ProjectServicesSection* servicesSection() const { return m_section; }
    QAction* eventLogAction() const { return m_eventLogAction; }
    QAction* caCertificateAction() const { return m_caAction; }
    // The dialogs once opened (they stay open beside the list), else null.
    ProjectEventLogDialog* eventLogDialog() const;
    CaCertificateDialog* caCertificateDialog() const;

public Q_SLOTS:
    void showEventLog(const QString& project = {});
    void showCaCertificate(const QString& project = {});
    // Asks for the service counts of the rows on screen (soon, once: scrolling is coalesced).
    void requestVisibleCounts();

private:
    void selectionChanged();
    void loadVisibleCounts();
    void updateActions();

    MainWindow* m_window;
    ServiceCountCache* m_counts;
    ProjectServicesSection* m_section;
    QAction* m_eventLogAction;
    QAction* m_caAction;
    QTimer* m_visibleTimer;
    QPointer<ProjectEventLogDialog> m_eventLog;
    QPointer<CaCertificateDialog> m_caDialog;
};

} // namespace fjord
