#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fjord {

class AivenClient;
class ServiceCountCache;
class ServiceListModel;

// The Services section of the project details: name, type, plan, state, cloud, node count and
// termination protection of each service, loaded when the project is shown, and the buttons
// that open the project's event log and CA certificate.
class ProjectServicesSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectServicesSection)

public:
    explicit ProjectServicesSection(QWidget* parent = nullptr);
    ~ProjectServicesSection() override;

    void setClient(AivenClient* client);
    // Shares what is loaded with the project list's Services column (and shows what it
    // knows at once).
    void setServiceCounts(ServiceCountCache* counts);

    // Loads the project's services unless they are shown already; `reload` asks again anyway.
    void showProject(const QString& name, bool reload = false);
    void clear();
    QString project() const;

    ServiceListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }

Q_SIGNALS:
    void eventLogRequested(const QString& project);
    void caCertificateRequested(const QString& project);

private:
    void updateStatus();
    void fitTable();

    QPointer<ServiceCountCache> m_counts;
    ServiceListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_status;
    QTableView* m_table;
    QPushButton* m_eventLog;
    QPushButton* m_caCertificate;
};

} // namespace fjord
