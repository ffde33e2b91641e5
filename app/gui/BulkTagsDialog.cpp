#include "BulkTagsDialog.h"

#include "api/AivenClient.h"
#include "models/BulkTagRun.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// Aiven's tag rules: a letter first, then letters, digits, '_' and '-', at most 64, after an
// optional "billing:"; values of at most 64 characters.
bool isTagKey(const QString& key)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"(billing:)?[A-Za-z][A-Za-z0-9_-]{0,63}"_s));
    return pattern.match(key).hasMatch();
}

constexpr int kMaxTagValue = 64;
constexpr int kMaxTags = 10;

} // namespace

BulkTagsDialog::BulkTagsDialog(AivenClient* client,
                               const QMap<QString, QMap<QString, QString>>& projects,
                               QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projects(projects)
{
    setObjectName(u"bulkTagsDialog"_s);
    const int n = int(projects.size());
    setWindowTitle(tr("Edit Tags of %n Project(s)", nullptr, n));

    // ---- the form
    auto* formPage = new QWidget(this);
    m_introLabel = new QLabel(formPage);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    QStringList names = projects.keys();
    const QString listed = names.size() > 6 ? tr("%1 and %n more", nullptr, int(names.size() - 5))
                                                  .arg(names.mid(0, 5).join(u", "_s))
                                            : names.join(u", "_s);
    m_introLabel->setText(
        tr("Change one tag on %n project(s): %1. Other tags stay as they are.", nullptr, n)
            .arg(listed));

    // A combo box rather than two radio buttons: one Tab stop that says what it does.
    m_actionCombo = new QComboBox(formPage);
    m_actionCombo->setObjectName(u"actionComboBox"_s);
    m_actionCombo->setAccessibleName(tr("Action"));
    m_actionCombo->addItem(tr("Add the tag, or change its value"));
    m_actionCombo->addItem(tr("Remove the tag"));

    m_keyEdit = new QLineEdit(formPage);
    m_keyEdit->setObjectName(u"keyLineEdit"_s);
    m_keyEdit->setAccessibleName(tr("Tag key"));
    m_keyEdit->setPlaceholderText(tr("e.g. env or billing:PO"));
    QStringList keys;
    for (const auto& tags : projects) {
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
    }
    keys.sort();
    auto* completer = new QCompleter(keys, m_keyEdit);
    completer->setCaseSensitivity(Qt::CaseSensitive);
    m_keyEdit->setCompleter(completer);
    m_valueEdit = new QLineEdit(formPage);
    m_valueEdit->setObjectName(u"valueLineEdit"_s);
    m_valueEdit->setAccessibleName(tr("Tag value"));
    m_valueEdit->setMaxLength(kMaxTagValue);
    m_formProblem = new QLabel(formPage);
    m_formProblem->setObjectName(u"formProblemLabel"_s);
    m_formProblem->setWordWrap(true);
    m_formProblem->setAccessibleName(tr("Problem"));
    m_effectLabel = new QLabel(formPage);
    m_effectLabel->setObjectName(u"effectLabel"_s);
    m_effectLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* actionLabel = new QLabel(tr("&Action:"), formPage);
    actionLabel->setBuddy(m_actionCombo);
    form->addRow(actionLabel, m_actionCombo);
    auto* keyLabel = new QLabel(tr("&Key:"), formPage);
    keyLabel->setBuddy(m_keyEdit);
    auto* valueLabel = new QLabel(tr("&Value:"), formPage);
    valueLabel->setBuddy(m_valueEdit);
    form->addRow(keyLabel, m_keyEdit);
    form->addRow(valueLabel, m_valueEdit);
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_introLabel);
    formLayout->addLayout(form);
    formLayout->addWidget(m_effectLabel);
    formLayout->addWidget(m_formProblem);
    formLayout->addStretch(1);

    // ---- the run
    auto* runPage = new QWidget(this);
    m_summaryLabel = new QLabel(runPage);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_progress = new QProgressBar(runPage);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%v of %m answered"));
    m_resultsView = new QTableView(runPage);
    m_resultsView->setObjectName(u"resultsTableView"_s);
    m_resultsView->setAccessibleName(tr("Result per project"));
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->setTabKeyNavigation(false);
    m_resultsView->setWordWrap(true);
    auto* runLayout = new QVBoxLayout(runPage);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(m_summaryLabel);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_resultsView, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(formPage);
    m_pages->addWidget(runPage);

    auto* buttons = new QDialogButtonBox(this);
    m_applyButton =
        buttons->addButton(tr("&Apply to %n Project(s)", nullptr, n), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(u"applyPushButton"_s);
    m_applyButton->setDefault(true);
    m_retryButton = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(u"retryPushButton"_s);
    m_retryButton->hide();
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelPushButton"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closePushButton"_s);
    m_closeButton->hide();
    connect(m_applyButton, &QPushButton::clicked, this, &BulkTagsDialog::apply);
    connect(m_retryButton, &QPushButton::clicked, this, &BulkTagsDialog::retry);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkTagsDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &BulkTagsDialog::updateForm);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &BulkTagsDialog::updateForm);
    connect(m_valueEdit, &QLineEdit::textChanged, this, &BulkTagsDialog::updateForm);
    updateForm();
    resize(560, 380);
    m_keyEdit->setFocus();
}

BulkTagsDialog::~BulkTagsDialog() = default;

void BulkTagsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The button box shows every button it lays out: only the form's buttons before a run.
    if (!m_run) {
        m_retryButton->hide();
        m_closeButton->hide();
    }
}

bool BulkTagsDialog::isSetting() const
{
    return m_actionCombo->currentIndex() == 0;
}

QString BulkTagsDialog::validate() const
{
    const QString key = m_keyEdit->text().trimmed();
    if (key.isEmpty())
        return tr("Enter the tag's key.");
    if (!isTagKey(key))
        return tr("A tag key starts with a letter and has only letters, digits, “_” and “-”, "
                  "at most 64 (after an optional “billing:”).");
    return {};
}

void BulkTagsDialog::updateForm()
{
    const bool setting = isSetting();
    m_valueEdit->setEnabled(setting);
    const QString key = m_keyEdit->text().trimmed();
    const QString problem = key.isEmpty() ? QString() : validate();
    m_formProblem->setText(problem);
    m_applyButton->setEnabled(validate().isEmpty());
    if (!problem.isEmpty() || key.isEmpty()) {
        m_effectLabel->clear();
        return;
    }
    // What it will do, counted from the tags the list has.
    int has = 0;
    int full = 0;
    for (const auto& tags : std::as_const(m_projects)) {
        has += tags.contains(key) ? 1 : 0;
        full += !tags.contains(key) && tags.size() >= kMaxTags ? 1 : 0;
    }
    const int n = int(m_projects.size());
    QString effect;
    if (setting) {
        if (has == 0)
            effect = tr("Adds the tag to all %n project(s).", nullptr, n);
        else if (has == n)
            effect = tr("Changes the tag's value on all %n project(s).", nullptr, n);
        else
            effect = tr("Adds the tag to %n project(s)", nullptr, n - has) + u' ' +
                     tr("and changes its value on %n.", nullptr, has);
        if (full > 0)
            effect += u' ' + tr("%n project(s) already have 10 tags and will refuse a new one.",
                                nullptr, full);
    } else {
        effect = tr("Removes the tag from %n project(s) that have it.", nullptr, has);
    }
    m_effectLabel->setText(effect);
}

void BulkTagsDialog::apply()
{
    if (m_run || !validate().isEmpty())
        return;
    TagChanges changes;
    const QString key = m_keyEdit->text().trimmed();
    changes.insert(key, isSetting() ? std::optional<QString>(m_valueEdit->text()) : std::nullopt);
    m_run = new BulkTagRun(m_client, m_projects.keys(), changes, this);
    m_resultsView->setModel(m_run);
    m_resultsView->horizontalHeader()->resizeSection(BulkTagRun::ProjectColumn, 180);
    connect(m_run, &BulkTagRun::progressChanged, this, &BulkTagsDialog::updateRunState);
    connect(m_run, &BulkTagRun::finished, this, &BulkTagsDialog::updateRunState);
    connect(m_run, &BulkTagRun::projectChanged, this,
            [this](const QString& project) { Q_EMIT projectChanged(project, m_run->changes()); });
    m_pages->setCurrentIndex(1);
    m_applyButton->hide();
    m_cancelButton->setFocus();
    m_run->start();
    updateRunState();
}

void BulkTagsDialog::retry()
{
    if (m_run && m_run->retry())
        m_cancelButton->setFocus();
    updateRunState();
}

void BulkTagsDialog::reject()
{
    // While sending, Cancel (and Escape) stop what has not started; the dialog stays so that
    // the user sees what was done. Otherwise it closes.
    if (m_run && m_run->isRunning()) {
        m_run->cancel();
        updateRunState();
        return;
    }
    QDialog::reject();
}

void BulkTagsDialog::updateRunState()
{
    if (!m_run)
        return;
    const int total = m_run->rowCount();
    const int done = m_run->count(BulkTagRun::State::Done);
    const int failed = m_run->count(BulkTagRun::State::Failed);
    const int notSent = m_run->count(BulkTagRun::State::NotSent);
    const bool running = m_run->isRunning();
    m_progress->setRange(0, total);
    m_progress->setValue(done + failed); // answered; what was canceled is not progress
    QString summary;
    if (running && m_run->isCanceling())
        summary = tr("Canceling: the change on its way finishes, no other is sent…");
    else if (running)
        summary =
            tr("Changing %1 of %n project(s)…", nullptr, total).arg(m_run->finishedCount() + 1);
    else if (failed == 0 && notSent == 0)
        summary = tr("Done: the tag was changed on all %n project(s).", nullptr, total);
    else {
        summary = tr("Changed on %n project(s).", nullptr, done);
        if (failed > 0)
            summary += u' ' + tr("Failed on %n: %1.", nullptr, failed)
                                  .arg(m_run->projectsIn(BulkTagRun::State::Failed).join(u", "_s));
        if (notSent > 0)
            summary += u' ' + tr("Not sent to %n (canceled).", nullptr, notSent);
    }
    m_summaryLabel->setText(summary);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_run->isCanceling());
    const int again = failed + notSent;
    m_retryButton->setVisible(!running && again > 0);
    m_retryButton->setText(tr("&Retry %n Not Done", nullptr, again));
    m_closeButton->setVisible(!running);
    if (!running)
        (again > 0 ? m_retryButton : m_closeButton)->setDefault(true);
}

} // namespace fjord
