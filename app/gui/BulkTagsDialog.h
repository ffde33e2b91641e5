#pragma once

#include "api/ProjectMembers.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fjord {

class AivenClient;
class BulkTagRun;

// "Edit Tags of N Projects": sets or removes one tag on every selected project through
// PATCH /v1/project/{project}/tags, so that no other tag is touched. The form first; then the
// run, a row per project with its result and a progress bar. Cancel stops what has not
// started; when some failed, what failed and why stays listed and Retry sends again to those
// only. Projects whose change went through are never sent again.
class BulkTagsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTagsDialog)

public:
    // `projects`: name -> its tags now (for the key suggestions and the summary).
    BulkTagsDialog(AivenClient* client, const QMap<QString, QMap<QString, QString>>& projects,
                   QWidget* parent = nullptr);
    ~BulkTagsDialog() override;

    BulkTagRun* run() const { return m_run; }
    QLineEdit* keyEdit() const { return m_keyEdit; }
    QLineEdit* valueEdit() const { return m_valueEdit; }
    QComboBox* actionCombo() const { return m_actionCombo; }

    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // The change went through on `project`.
    void projectChanged(const QString& project, const fjord::TagChanges& changes);

private:
    bool isSetting() const; // else removing
    QString validate() const;
    void apply();
    void retry();
    void updateRunState();
    void updateForm();

    QPointer<AivenClient> m_client;
    QMap<QString, QMap<QString, QString>> m_projects;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_introLabel = nullptr;
    QComboBox* m_actionCombo = nullptr;
    QLineEdit* m_keyEdit = nullptr;
    QLineEdit* m_valueEdit = nullptr;
    QLabel* m_formProblem = nullptr;
    QLabel* m_effectLabel = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTableView* m_resultsView = nullptr;
    BulkTagRun* m_run = nullptr;
};

} // namespace fjord
