#include "ProjectEditDialog.h"

#include "CallStatusLine.h"
#include "FormStyle.h"
#include "RegionPickerDialog.h"
#include "ScreenFit.h"
#include "ServiceBlockersNotice.h"
#include "api/AivenClient.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "forms/ProjectValidation.h"
#include "models/CloudCatalog.h"
#include "ui_ProjectEditDialog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

enum Page { FormPage = 0, ConfirmPage = 1 };

// The data of the pickers' entries that are not values: "Loading..." and the account prompt.
const QString loadingData = u"\u0001loading"_s;
const QString chooseAccountData = u"\u0001choose"_s;

void disableItem(QComboBox* combo, int index)
{
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model()))
        model->item(index)->setEnabled(false);
}

QString accountText(const QString& name, const QString& id)
{
    if (name.isEmpty() || name == id)
        return id;
    return ProjectEditDialog::tr("%1 (%2)").arg(name, id);
}

// Selects `selected`, else the first entry. While the list loads, a last entry says so: a
// hint, not a choice.
void finishCombo(QComboBox* combo, const QString& selected, const QString& loadingText)
{
    if (!loadingText.isEmpty()) {
        combo->addItem(loadingText, loadingData);
        disableItem(combo, combo->count() - 1);
    }
    combo->setCurrentIndex(std::max(combo->findData(selected), 0));
}

} // namespace

ProjectEditDialog::ProjectEditDialog(AivenClient* client, CloudCatalog* clouds, Mode mode,
                                     const Project& project,
                                     const QStringList& existingProjectNames, QWidget* parent)
    : ApiDialog(parent)
    , m_ui(std::make_unique<Ui::ProjectEditDialog>())
    , m_client(client)
    , m_clouds(clouds)
    , m_mode(mode)
    , m_project(project)
    , m_existingNames(existingProjectNames)
{
    m_ui->setupUi(this);
    setObjectName(m_mode == Mode::Create ? u"projectCreateDialog"_s : u"projectEditDialog"_s);
    m_okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"okPushButton"_s);
    QPushButton* cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(u"cancelPushButton"_s);
    cancelButton->setAccessibleName(tr("Cancel"));
    m_backButton = m_ui->buttonBox->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_backButton->setObjectName(u"backPushButton"_s);
    m_backButton->setAccessibleName(tr("Back to the form"));
    m_backButton->setAutoDefault(false);
    // Hidden alone, the button box's Back button still took Tab (focus got stuck on it):
    // it is also disabled while the form is shown.
    m_backButton->hide();
    m_backButton->setEnabled(false);

    setUpApply(m_ui->callStatusLine, m_okButton, m_ui->pageStackedWidget);
    setUpFieldTable();
    setUpTexts();
    setUpGeneral();
    setUpContacts();
    setUpBilling();
    clearFieldErrors();
    m_ui->pageStackedWidget->setCurrentIndex(FormPage);
    m_ui->sectionsTabWidget->setCurrentIndex(0);

    connect(m_backButton, &QPushButton::clicked, this, &ProjectEditDialog::showForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProjectEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProjectEditDialog::reject);
    load();
    connectRevalidation();
    m_ui->nameLineEdit->setFocus();
    // As tall as the tallest section needs, no taller (word-wrapped labels make the size hint
    // too tall before the first layout), within the screen.
    screenfit::resizeToFit(this, QSize(600, 470));
    screenfit::fitHeightWhenShown(this, 600);
}

ProjectEditDialog::~ProjectEditDialog() = default;

void ProjectEditDialog::setUpFieldTable()
{
    m_fields = {
        {ProjectField::Name, m_ui->nameLineEdit, m_ui->nameMessageLabel},
        {ProjectField::Account, m_ui->accountComboBox, m_ui->accountErrorLabel},
        {ProjectField::BillingGroup, m_ui->billingGroupComboBox, m_ui->billingGroupErrorLabel},
        {ProjectField::Cloud, m_ui->cloudComboBox, m_ui->cloudErrorLabel},
        {ProjectField::Tags, m_ui->tagTableEditor, nullptr},
        {ProjectField::TechEmails, m_ui->techEmailListEditor, nullptr},
    };
    if (m_mode == Mode::Create) {
        m_fields.append({ProjectField::CopyFrom, m_ui->copyFromComboBox, m_ui->copyFromErrorLabel});
    } else {
        // The parts of the address share one label, which speaks of the address box.
        m_fields.append({
            {ProjectField::BillingEmails, m_ui->billingEmailListEditor, nullptr},
            {ProjectField::BillingAddress, m_ui->billingAddressPlainTextEdit,
             m_ui->addressErrorLabel},
            {ProjectField::Company, m_ui->companyLineEdit, m_ui->addressErrorLabel},
            {ProjectField::City, m_ui->cityLineEdit, m_ui->addressErrorLabel},
            {ProjectField::ZipCode, m_ui->zipCodeLineEdit, m_ui->addressErrorLabel},
            {ProjectField::State, m_ui->stateLineEdit, m_ui->addressErrorLabel},
            {ProjectField::Country, m_ui->countryComboBox, m_ui->countryErrorLabel},
            {ProjectField::VatId, m_ui->vatIdLineEdit, m_ui->vatIdErrorLabel},
            {ProjectField::Currency, m_ui->currencyComboBox, m_ui->currencyErrorLabel},
        });
    }
    QVector<QLabel*> paired;
    for (const FieldWidgets& widgets : std::as_const(m_fields)) {
        if (widgets.label && !paired.contains(widgets.label)) {
            FormStyle::pairErrorLabel(widgets.label, widgets.input);
            paired.append(widgets.label);
        }
    }
}

bool ProjectEditDialog::isConfirming() const
{
    return m_ui->pageStackedWidget->currentIndex() == ConfirmPage;
}

bool ProjectEditDialog::isLoading() const
{
    const auto running = [](const QPointer<ApiCall>& call) { return call && !call->isFinished(); };
    return running(m_accountsCall) || running(m_billingGroupsCall) || running(m_projectCloudsCall);
}

void ProjectEditDialog::setUpTexts()
{
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->introLabel->setStyleSheet(FormStyle::hintTextStyleSheet());
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("New Project"));
        m_ui->titleLabel->setText(tr("Create a project"));
        m_ui->introLabel->setText(
            tr("A project holds services together with their default cloud, billing group and "
               "contacts. Only the name is required."));
        m_okButton->setText(tr("&Create Project"));
        m_okButton->setAccessibleName(tr("Create project"));
    } else {
        setWindowTitle(tr("Edit Project \u2013 %1").arg(m_project.name));
        m_ui->titleLabel->setText(tr("Edit \u201c%1\u201d").arg(m_project.name));
        m_ui->introLabel->setText(
            tr("Only the fields you change are sent. You will see a summary before anything is "
               "saved."));
        m_okButton->setText(tr("&Review Changes..."));
        m_okButton->setAccessibleName(tr("Review changes"));
    }
    m_ui->confirmNoteLabel->setStyleSheet(FormStyle::hintTextStyleSheet());
    m_ui->confirmNoteLabel->setText(tr("Nothing else about the project changes."));
    QHeaderView* header = m_ui->summaryTableWidget->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
}

void ProjectEditDialog::setUpGeneral()
{
    m_ui->nameLineEdit->setText(m_project.name);
    m_nameTouched = m_mode == Mode::Edit;
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        updateNameMessage();
    });
    updateNameMessage();
    if (m_mode == Mode::Edit) {
        // Which services keep the project from being renamed, said while the name changes.
        auto* blockers = new ServiceBlockersNotice(m_client, m_project.name,
                                                   ServiceBlockersNotice::Purpose::Rename, this);
        m_ui->nameFieldLayout->addWidget(blockers);
        const auto update = [this, blockers] {
            blockers->setActive(m_ui->nameLineEdit->text().trimmed() != m_project.name);
        };
        connect(m_ui->nameLineEdit, &QLineEdit::textChanged, blockers, update);
        update();
    }

    connect(m_ui->accountComboBox, &QComboBox::currentIndexChanged, this, [this] {
        FormStyle::setErrorText(m_ui->accountErrorLabel, {});
        fillBillingGroups();
        updateAccountPrompt();
    });
    connect(m_ui->accountComboBox, &QComboBox::activated, this,
            [this] { m_accountTouched = true; });
    if (m_mode == Mode::Create)
        m_ui->accountComboBox->setToolTip(
            tr("The organization the project belongs to. \u201cNone\u201d creates a project "
               "outside any organization."));
    else
        m_ui->accountComboBox->setToolTip(
            tr("Moving the project to another organization also needs one of that "
               "organization's billing groups."));
    connect(m_ui->billingGroupComboBox, &QComboBox::currentIndexChanged, this,
            [this] { FormStyle::setErrorText(m_ui->billingGroupErrorLabel, {}); });

    fillClouds();
    if (m_clouds)
        connect(m_clouds, &CloudCatalog::cloudsChanged, this, &ProjectEditDialog::fillClouds);
    connect(m_ui->cloudComboBox, &QComboBox::currentIndexChanged, this,
            [this] { FormStyle::setErrorText(m_ui->cloudErrorLabel, {}); });
    connect(m_ui->pickOnMapPushButton, &QPushButton::clicked, this,
            &ProjectEditDialog::openRegionPicker);
    m_ui->pickOnMapPushButton->setEnabled(m_clouds != nullptr);

    if (m_mode == Mode::Create) {
        m_ui->copyFromComboBox->addItem(tr("Nothing (start empty)"), QString());
        QStringList names = m_existingNames;
        names.sort(Qt::CaseInsensitive);
        for (const QString& name : std::as_const(names))
            m_ui->copyFromComboBox->addItem(name, name);
        m_ui->copyTagsCheckBox->setChecked(true);
        connect(m_ui->copyFromComboBox, &QComboBox::currentIndexChanged, this, [this] {
            FormStyle::setErrorText(m_ui->copyFromErrorLabel, {});
            updateCopyOptions();
        });
        connect(m_ui->useSourceBillingGroupCheckBox, &QCheckBox::toggled, this,
                &ProjectEditDialog::updateCopyOptions);
        updateCopyOptions();
    } else {
        // The combo sits in a nested layout: hide the row by that layout, label and all.
        m_ui->generalFormLayout->setRowVisible(m_ui->copyFromFieldLayout, false);
    }
}

void ProjectEditDialog::setUpContacts()
{
    m_ui->tagTableEditor->setRows(ProjectForm::fromProject(m_project).tags);
    m_ui->techEmailListEditor->setFieldName(tr("Technical emails"));
    m_ui->techEmailListEditor->setEmails(m_project.techEmails);
    m_ui->techEmailListEditor->setToolTip(
        tr("People who get notices about maintenance and incidents in this project."));
}

void ProjectEditDialog::setUpBilling()
{
    if (m_mode == Mode::Create) {
        // New projects take their billing details from the billing group.
        m_ui->sectionsTabWidget->removeTab(m_ui->sectionsTabWidget->indexOf(m_ui->billingTab));
        m_ui->billingTab->hide();
        return;
    }
    m_ui->companyLineEdit->setText(m_project.company);
    m_ui->billingAddressPlainTextEdit->setPlainText(ProjectForm::addressText(m_project));
    m_ui->cityLineEdit->setText(m_project.city);
    m_ui->zipCodeLineEdit->setText(m_project.zipCode);
    m_ui->stateLineEdit->setText(m_project.state);
    if (!m_project.countryCode.isEmpty())
        m_ui->countryComboBox->setCountryCode(m_project.countryCode);
    m_ui->vatIdLineEdit->setText(m_project.vatId);

    // The API cannot unset a currency (its enum has no ""): "(Not set)" is offered only to a
    // project that has none, where keeping it sends nothing.
    if (m_project.billingCurrency.isEmpty())
        m_ui->currencyComboBox->addItem(tr("(Not set)"), QString());
    const QStringList currencies = billingCurrencies();
    for (const QString& code : currencies)
        m_ui->currencyComboBox->addItem(code, code);
    if (!m_project.billingCurrency.isEmpty()) {
        int index = m_ui->currencyComboBox->findData(m_project.billingCurrency);
        if (index < 0) {
            m_ui->currencyComboBox->addItem(m_project.billingCurrency, m_project.billingCurrency);
            index = m_ui->currencyComboBox->count() - 1;
        }
        m_ui->currencyComboBox->setCurrentIndex(index);
    }
    m_ui->billingEmailListEditor->setFieldName(tr("Billing emails"));
    m_ui->billingEmailListEditor->setEmails(m_project.billingEmails);

    connect(m_ui->countryComboBox, &QComboBox::currentIndexChanged, this,
            [this] { FormStyle::setErrorText(m_ui->countryErrorLabel, {}); });
    connect(m_ui->currencyComboBox, &QComboBox::currentIndexChanged, this,
            [this] { FormStyle::setErrorText(m_ui->currencyErrorLabel, {}); });
    connect(m_ui->vatIdLineEdit, &QLineEdit::textEdited, this, [this] {
        FormStyle::setErrorText(m_ui->vatIdErrorLabel, {});
        FormStyle::setFieldInvalid(m_ui->vatIdLineEdit, false);
    });
}

void ProjectEditDialog::load()
{
    loadAccounts();
    loadBillingGroups();
    loadProjectClouds();
}

void ProjectEditDialog::loadAccounts()
{
    fillAccounts();
    if (!m_client)
        return;
    m_accountsCall = adoptCall(m_client->listAccounts());
    ApiCall* call = m_accountsCall;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_accountsLoaded = true;
        if (call->isSuccess()) {
            m_accounts = call->value<QVector<Account>>();
        } else if (call->error().kind() != ApiError::Kind::Canceled) {
            m_accountsError =
                tr("Could not load the accounts: %1").arg(call->error().userMessage());
            FormStyle::setErrorText(m_ui->accountErrorLabel, m_accountsError);
        }
        fillAccounts();
        fillBillingGroups();
    });
}

void ProjectEditDialog::loadBillingGroups()
{
    fillBillingGroups();
    if (!m_client)
        return;
    m_billingGroupsCall = adoptCall(m_client->listBillingGroups());
    ApiCall* call = m_billingGroupsCall;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_billingGroupsLoaded = true;
        if (call->isSuccess()) {
            m_billingGroups = call->value<QVector<BillingGroup>>();
        } else if (call->error().kind() != ApiError::Kind::Canceled) {
            FormStyle::setErrorText(
                m_ui->billingGroupErrorLabel,
                tr("Could not load the billing groups: %1").arg(call->error().userMessage()));
        }
        fillBillingGroups();
    });
}

void ProjectEditDialog::loadProjectClouds()
{
    // A project may use clouds beyond the public list (tenant clouds): ask for its own list.
    if (m_mode != Mode::Edit || !m_client || m_project.name.isEmpty())
        return;
    m_projectClouds = new CloudCatalog(nullptr, this);
    m_projectClouds->setCacheFile(QString());
    m_projectCloudsCall = adoptCall(m_client->listProjectClouds(m_project.name));
    ApiCall* call = m_projectCloudsCall;
    connect(call, &ApiCall::finished, this, [this, call] {
        // On failure the public list stands in; the project's own cloud stays selected.
        if (call->isSuccess())
            m_projectClouds->setClouds(call->value<QVector<Cloud>>());
    });
    connect(m_projectClouds, &CloudCatalog::cloudsChanged, this, &ProjectEditDialog::fillClouds);
}

CloudCatalog* ProjectEditDialog::cloudSource() const
{
    if (m_projectClouds && !m_projectClouds->clouds().isEmpty())
        return m_projectClouds;
    return m_clouds;
}

QString ProjectEditDialog::rootAccountOf(const QString& accountId) const
{
    for (const Account& account : m_accounts) {
        if (account.id == accountId)
            return account.rootAccountId.isEmpty() ? account.id : account.rootAccountId;
    }
    return accountId;
}

void ProjectEditDialog::fillAccounts()
{
    QComboBox* combo = m_ui->accountComboBox;
    QString selected = combo->count() > 0 ? combo->currentData().toString() : m_project.accountId;
    if (selected.startsWith(u'\u0001'))
        selected.clear();
    const bool loading = !m_accountsLoaded && m_client;
    if (m_mode == Mode::Create && !m_accountTouched) {
        // Nothing is chosen for the user before the list says which organizations there are.
        // Nor when the list could not be read: "None" would be a guess too.
        selected = loading ? loadingData
                   : !m_accountsError.isEmpty()
                       ? chooseAccountData
                       : ProjectForm::initialCreateAccount(m_accounts, m_selectedProjectAccountId)
                             .value_or(chooseAccountData);
    }
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (selected == chooseAccountData) {
        // A prompt, not a choice: once the user has chosen, it cannot be chosen again.
        combo->addItem(tr("Choose an organization\u2026"), chooseAccountData);
        disableItem(combo, 0);
    }
    if (m_mode == Mode::Create)
        combo->addItem(tr("None \u2013 a project outside any organization"), QString());
    bool haveSelected = selected.isEmpty() || selected.startsWith(u'\u0001');
    for (const Account& account : std::as_const(m_accounts)) {
        combo->addItem(accountText(account.name, account.id), account.id);
        haveSelected = haveSelected || account.id == selected;
    }
    if (!haveSelected) {
        // Keep the project's own account even when the list could not be read.
        const QString name = selected == m_project.accountId ? m_project.accountName : QString();
        combo->addItem(accountText(name, selected), selected);
    }
    finishCombo(combo, selected, loading ? tr("Loading accounts...") : QString());
    updateAccountPrompt();
}

void ProjectEditDialog::setSelectedProjectAccount(const QString& accountId)
{
    m_selectedProjectAccountId = accountId;
    if (m_mode == Mode::Create && m_accountsLoaded && !m_accountTouched) {
        fillAccounts();
        fillBillingGroups();
    }
}

void ProjectEditDialog::updateAccountPrompt()
{
    if (m_mode != Mode::Create)
        return;
    const QString account = m_ui->accountComboBox->currentData().toString();
    if (account == chooseAccountData && !m_accountsError.isEmpty()) {
        // Why nothing is chosen; the "None" entry says what choosing it means.
        FormStyle::setErrorText(m_ui->accountErrorLabel, m_accountsError);
        m_ui->accountComboBox->setAccessibleDescription(m_accountsError);
    } else if (account == chooseAccountData) {
        const QString hint = tr("Choose which organization owns the project and pays for it.");
        FormStyle::setHintText(m_ui->accountErrorLabel, hint);
        m_ui->accountComboBox->setAccessibleDescription(hint);
    }
    m_okButton->setEnabled(!isBusy() && values().accountChosen);
}

void ProjectEditDialog::fillBillingGroups()
{
    QComboBox* combo = m_ui->billingGroupComboBox;
    QString selected =
        combo->count() > 0 ? combo->currentData().toString() : m_project.billingGroupId;
    QString account = m_ui->accountComboBox->currentData().toString();
    if (account.startsWith(u'\u0001'))
        account.clear();
    // A project moves to another account together with one of that account's billing groups.
    const bool moving =
        m_mode == Mode::Edit && !account.isEmpty() && account != m_project.accountId;
    const QString root = rootAccountOf(account);
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (m_mode == Mode::Create)
        combo->addItem(tr("Default billing group"), QString());
    if (moving)
        combo->addItem(tr("Choose a billing group of this account"), QString());
    QVector<BillingGroup> groups;
    for (const BillingGroup& group : std::as_const(m_billingGroups)) {
        // A billing group belongs to one account: offer only the chosen account's groups.
        const bool fits = account.isEmpty() || group.accountId.isEmpty() ||
                          group.accountId == account || group.accountId == root ||
                          (!moving && group.id == m_project.billingGroupId);
        if (fits)
            groups.append(group);
    }
    if (m_mode == Mode::Edit && !moving) {
        // Back on the project's own account: its own group, unless another of it is chosen.
        const bool listed = std::any_of(groups.cbegin(), groups.cend(),
                                        [&](const BillingGroup& g) { return g.id == selected; });
        if (selected.isEmpty() || (!listed && selected != m_project.billingGroupId))
            selected = m_project.billingGroupId;
    }
    bool haveSelected = selected.isEmpty();
    for (const BillingGroup& group : std::as_const(groups)) {
        QString text = group.name.isEmpty() ? group.id : group.name;
        if (!group.billingCurrency.isEmpty())
            text = tr("%1 \u2013 %2").arg(text, group.billingCurrency);
        combo->addItem(text, group.id);
        haveSelected = haveSelected || group.id == selected;
    }
    if (!haveSelected && !moving && selected == m_project.billingGroupId)
        combo->addItem(m_project.billingGroupName.isEmpty() ? selected : m_project.billingGroupName,
                       selected);
    finishCombo(combo, selected,
                !m_billingGroupsLoaded && m_client ? tr("Loading billing groups...") : QString());
}

void ProjectEditDialog::fillClouds()
{
    SearchableComboBox* combo = m_ui->cloudComboBox;
    const QString selected = combo->count() > 0 ? combo->currentValue() : m_project.defaultCloud;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (m_mode == Mode::Create)
        // Without a default cloud the API leaves the project's empty, and each service is
        // given its own cloud when it is created.
        combo->addItem(tr("No default (each service chooses its cloud)"), QString());
    else if (m_project.defaultCloud.isEmpty())
        // The API cannot unset a default cloud, but a project may have none: keep it so.
        combo->addItem(tr("Not set (each service chooses its cloud)"), QString());
    QVector<Cloud> clouds;
    if (CloudCatalog* source = cloudSource())
        clouds = source->clouds();
    std::sort(clouds.begin(), clouds.end(), [](const Cloud& a, const Cloud& b) {
        const QString left = a.description.isEmpty() ? a.name : a.description;
        const QString right = b.description.isEmpty() ? b.name : b.description;
        return left.compare(right, Qt::CaseInsensitive) < 0;
    });
    bool haveSelected = selected.isEmpty();
    for (const Cloud& cloud : std::as_const(clouds)) {
        const QString text = cloud.description.isEmpty()
                                 ? cloud.name
                                 : tr("%1 (%2)").arg(cloud.description, cloud.name);
        combo->addItem(text, cloud.name);
        combo->setItemData(combo->count() - 1, cloud.name, Qt::ToolTipRole);
        haveSelected = haveSelected || cloud.name == selected;
    }
    // A cloud the lists do not name (a tenant or private cloud) is shown and kept as it is.
    if (!haveSelected) {
        combo->addItem(tr("%1 (not in the cloud list)").arg(selected), selected);
        combo->setItemData(combo->count() - 1, selected, Qt::ToolTipRole);
    }
    combo->setCurrentValue(selected);
    combo->lineEdit()->setCursorPosition(0);
}

void ProjectEditDialog::selectCloud(const QString& cloudName)
{
    if (cloudName.isEmpty())
        return;
    if (!m_ui->cloudComboBox->setCurrentValue(cloudName)) {
        CloudCatalog* source = cloudSource();
        m_ui->cloudComboBox->addItem(source ? source->describe(cloudName) : cloudName, cloudName);
        m_ui->cloudComboBox->setCurrentValue(cloudName);
    }
}

void ProjectEditDialog::openRegionPicker()
{
    CloudCatalog* source = cloudSource();
    if (!source)
        return;
    RegionPickerDialog picker(source, m_ui->cloudComboBox->currentValue(), this);
    picker.setObjectName(u"regionPickerDialog"_s);
    if (picker.exec() == QDialog::Accepted)
        selectCloud(picker.selectedCloudName());
}

void ProjectEditDialog::updateCopyOptions()
{
    const bool copying = !m_ui->copyFromComboBox->currentData().toString().isEmpty();
    m_ui->copyTagsCheckBox->setEnabled(copying);
    m_ui->useSourceBillingGroupCheckBox->setEnabled(copying);
    // The source's billing group replaces the picker's choice, so say so by disabling it.
    m_ui->billingGroupComboBox->setEnabled(
        !(copying && m_ui->useSourceBillingGroupCheckBox->isChecked()));
}

void ProjectEditDialog::updateNameMessage()
{
    QStringList taken = m_existingNames;
    if (m_mode == Mode::Edit)
        taken.removeAll(m_project.name);
    const QString name = m_ui->nameLineEdit->text();
    const QString error = ProjectValidation::projectNameError(name, taken);
    QLabel* label = m_ui->nameMessageLabel;
    if (!error.isEmpty() && m_nameTouched) {
        FormStyle::setErrorText(label, error);
        FormStyle::setFieldInvalid(m_ui->nameLineEdit, true);
        return;
    }
    FormStyle::setFieldInvalid(m_ui->nameLineEdit, false);
    FormStyle::setHintText(label, m_mode == Mode::Edit && name != m_project.name
                                      ? tr("Renaming works only while every service in the "
                                           "project is powered off.")
                                      : ProjectValidation::projectNameHint());
}

ProjectFormValues ProjectEditDialog::values() const
{
    ProjectFormValues values;
    values.name = m_ui->nameLineEdit->text().trimmed();
    const QString account = m_ui->accountComboBox->currentData().toString();
    values.accountId = account.startsWith(u'\u0001') ? QString() : account;
    values.accountChosen = m_mode == Mode::Edit || !account.startsWith(u'\u0001');
    const QString group = m_ui->billingGroupComboBox->currentData().toString();
    values.billingGroupId = group.startsWith(u'\u0001') ? QString() : group;
    values.cloud = m_ui->cloudComboBox->currentValue();
    values.tags = m_ui->tagTableEditor->rows();
    values.techEmails = m_ui->techEmailListEditor->emails();
    if (m_mode == Mode::Create) {
        values.copyFromProject = m_ui->copyFromComboBox->currentData().toString();
        values.copyTags = m_ui->copyTagsCheckBox->isChecked();
        values.useSourceProjectBillingGroup = m_ui->useSourceBillingGroupCheckBox->isChecked();
        if (!values.copyFromProject.isEmpty() && values.useSourceProjectBillingGroup)
            values.billingGroupId.clear();
        return values;
    }
    values.billingEmails = m_ui->billingEmailListEditor->emails();
    // Text the user left alone is sent back as the API gave it, stray spaces and all.
    values.company = ProjectForm::editedText(m_ui->companyLineEdit->text(), m_project.company);
    values.address = ProjectForm::editedText(m_ui->billingAddressPlainTextEdit->toPlainText(),
                                             ProjectForm::addressText(m_project));
    values.city = ProjectForm::editedText(m_ui->cityLineEdit->text(), m_project.city);
    values.zipCode = ProjectForm::editedText(m_ui->zipCodeLineEdit->text(), m_project.zipCode);
    values.state = ProjectForm::editedText(m_ui->stateLineEdit->text(), m_project.state);
    values.countryCode = m_ui->countryComboBox->countryCode();
    values.vatId = ProjectForm::editedText(m_ui->vatIdLineEdit->text(), m_project.vatId);
    values.billingCurrency = m_ui->currencyComboBox->currentData().toString();
    return values;
}

void ProjectEditDialog::apply()
{
    if (isConfirming() || m_mode == Mode::Create) {
        send();
        return;
    }
    const Project after = afterWithNames(values());
    m_pendingUpdate = ProjectUpdate::between(m_project, after);
    if (m_pendingUpdate.isEmpty()) {
        statusLine()->showMessage(tr("Nothing has changed, so there is nothing to save."));
        return;
    }
    showConfirmation(after);
}

bool ProjectEditDialog::validate()
{
    if (isConfirming()) // checked before the summary was shown
        return true;
    clearFieldErrors();
    m_nameTouched = true;
    updateNameMessage();
    // An address typed but not yet added counts: people expect OK to take it.
    bool ok = m_ui->techEmailListEditor->commitPending();
    if (m_mode == Mode::Edit)
        ok = m_ui->billingEmailListEditor->commitPending() && ok;

    const QVector<ProjectFieldError> errors = formErrors();
    bool focused = false;
    if (!ok) {
        EmailListEditor* editor = !m_ui->techEmailListEditor->errorText().isEmpty()
                                      ? m_ui->techEmailListEditor
                                      : m_ui->billingEmailListEditor;
        m_ui->sectionsTabWidget->setCurrentWidget(
            editor == m_ui->techEmailListEditor ? m_ui->contactsTab : m_ui->billingTab);
        editor->lineEdit()->setFocus();
        focused = true;
    }
    const bool badTags = std::any_of(errors.cbegin(), errors.cend(), [](const auto& error) {
        return error.field == ProjectField::Tags;
    });
    if (badTags)
        m_ui->tagTableEditor->validate(); // selects the offending row
    return showErrors(errors, !focused);
}

bool ProjectEditDialog::showErrors(const QVector<ProjectFieldError>& errors, bool focusFirst)
{
    for (const ProjectFieldError& error : errors) {
        showFieldError(error.field, error.message, focusFirst);
        focusFirst = false;
    }
    m_validationShown = !errors.isEmpty();
    if (errors.isEmpty())
        m_ui->callStatusLine->clear();
    else
        m_ui->callStatusLine->showError(
            tr("Correct the %n field(s) marked in red.", nullptr, int(errors.size())));
    return errors.isEmpty();
}

QVector<ProjectFieldError> ProjectEditDialog::formErrors() const
{
    const ProjectFormValues current = values();
    QVector<ProjectFieldError> errors =
        m_mode == Mode::Create ? ProjectForm::validateCreate(current, m_existingNames)
                               : ProjectForm::validateEdit(current, m_project, m_existingNames);
    auto pending = [&errors](EmailListEditor* editor, ProjectField field) {
        if (!editor->hasPendingText())
            return;
        const QString error = ProjectValidation::emailError(editor->lineEdit()->text());
        const bool listed = std::any_of(errors.cbegin(), errors.cend(),
                                        [field](const auto& e) { return e.field == field; });
        if (!error.isEmpty() && !listed)
            errors.append({field, error});
    };
    pending(m_ui->techEmailListEditor, ProjectField::TechEmails);
    if (m_mode == Mode::Edit)
        pending(m_ui->billingEmailListEditor, ProjectField::BillingEmails);
    return errors;
}

void ProjectEditDialog::revalidate()
{
    if (!m_validationShown || isBusy() || isConfirming())
        return;
    const QVector<ProjectFieldError> errors = formErrors();
    clearFieldErrors();
    showErrors(errors, false);
}

void ProjectEditDialog::connectRevalidation()
{
    const auto again = [this] { revalidate(); };
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->companyLineEdit, m_ui->cityLineEdit,
                            m_ui->zipCodeLineEdit, m_ui->stateLineEdit, m_ui->vatIdLineEdit})
        connect(edit, &QLineEdit::textChanged, this, again);
    connect(m_ui->billingAddressPlainTextEdit, &QPlainTextEdit::textChanged, this, again);
    for (QComboBox* combo :
         {m_ui->accountComboBox, m_ui->billingGroupComboBox,
          static_cast<QComboBox*>(m_ui->cloudComboBox), m_ui->copyFromComboBox,
          static_cast<QComboBox*>(m_ui->countryComboBox), m_ui->currencyComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, again);
    connect(m_ui->tagTableEditor, &TagTableEditor::rowsChanged, this, again);
    for (EmailListEditor* editor : {m_ui->techEmailListEditor, m_ui->billingEmailListEditor}) {
        connect(editor, &EmailListEditor::emailsChanged, this, again);
        connect(editor->lineEdit(), &QLineEdit::textChanged, this, again);
    }
}

Project ProjectEditDialog::afterWithNames(const ProjectFormValues& values) const
{
    Project after = ProjectForm::applyTo(m_project, values);
    for (const Account& account : m_accounts) {
        if (account.id == after.accountId && after.accountName.isEmpty())
            after.accountName = account.name;
    }
    for (const BillingGroup& group : m_billingGroups) {
        if (group.id == after.billingGroupId && after.billingGroupName.isEmpty())
            after.billingGroupName = group.name;
    }
    return after;
}

void ProjectEditDialog::showConfirmation(const Project& after)
{
    CloudCatalog* catalog = m_clouds;
    const QVector<ProjectForm::FieldChange> changes =
        ProjectForm::changes(m_project, after, [catalog](const QString& name) {
            return catalog ? catalog->describe(name) : name;
        });
    const int count = int(changes.size());
    m_ui->confirmTitleLabel->setText(
        tr("%n change(s) will be sent for \u201c%1\u201d:", nullptr, count).arg(m_project.name));
    // Before and after side by side, one field a row, lists one item a line.
    QTableWidget* table = m_ui->summaryTableWidget;
    table->clearContents();
    table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const ProjectForm::FieldChange& change = changes.at(row);
        auto* field = new QTableWidgetItem(change.field);
        QFont bold = field->font();
        bold.setBold(true);
        field->setFont(bold);
        table->setItem(row, 0, field);
        table->setItem(row, 1, new QTableWidgetItem(change.before));
        table->setItem(row, 2, new QTableWidgetItem(change.after));
        for (int column = 0; column < 3; ++column)
            table->item(row, column)->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        // What a screen reader says for a value: the field, which side, and the value.
        table->item(row, 1)->setData(Qt::AccessibleTextRole,
                                     tr("%1 before: %2").arg(change.field, change.before));
        table->item(row, 2)->setData(Qt::AccessibleTextRole,
                                     tr("%1 after: %2").arg(change.field, change.after));
    }
    table->resizeRowsToContents();
    // The intro ("you will see a summary") has been said; the table is the summary.
    m_ui->introLabel->hide();
    m_ui->pageStackedWidget->setCurrentIndex(ConfirmPage);
    m_ui->titleLabel->setText(tr("Review the changes"));
    m_okButton->setText(tr("&Save Changes"));
    m_okButton->setAccessibleName(tr("Save changes"));
    m_backButton->show();
    m_backButton->setEnabled(true);
    m_ui->callStatusLine->clear();
    m_okButton->setFocus();
}

void ProjectEditDialog::showForm()
{
    if (isBusy())
        return;
    m_ui->pageStackedWidget->setCurrentIndex(FormPage);
    m_ui->introLabel->show();
    m_ui->titleLabel->setText(tr("Edit \u201c%1\u201d").arg(m_project.name));
    m_okButton->setText(tr("&Review Changes..."));
    m_okButton->setAccessibleName(tr("Review changes"));
    m_backButton->hide();
    m_backButton->setEnabled(false);
}

void ProjectEditDialog::send()
{
    if (!checkConnected(m_client))
        return;
    if (m_mode == Mode::Create) {
        const ProjectFormValues current = values();
        startCall(m_client->createProject(ProjectForm::createRequest(current)),
                  tr("Creating \u201c%1\u201d...").arg(current.name));
    } else {
        startCall(m_client->updateProject(m_project.name, m_pendingUpdate),
                  tr("Saving the changes to \u201c%1\u201d...").arg(m_project.name));
    }
}

void ProjectEditDialog::applied(ApiCall* call)
{
    Project saved = call->value<Project>();
    if (saved.name.isEmpty()) // the answer lacked the project: report what we asked for
        saved = afterWithNames(values());
    statusLine()->showMessage(tr("Saved."));
    Q_EMIT projectSaved(saved);
    QDialog::accept();
}

void ProjectEditDialog::applyFailed(const ApiError& error)
{
    const ProjectField field = ProjectForm::fieldForError(error);
    if (isConfirming() && field != ProjectField::None)
        showForm();
    const QString lead = m_mode == Mode::Create ? tr("The project was not created.")
                                                : tr("The changes were not saved.");
    if (field != ProjectField::None && showFieldError(field, fieldMessage(error), true)) {
        statusLine()->showError(lead + u' ' + tr("See the field marked in red."), error.details());
        return;
    }
    statusLine()->showError(lead + u' ' + error.userMessage(), error.details());
    m_okButton->setFocus();
}

QString ProjectEditDialog::fieldMessage(const ApiError& error)
{
    // A refused value is best told in the server's words; a name taken, in ours.
    const QString server = error.serverMessage().trimmed();
    const bool taken = error.httpStatus() == 409 || error.errorCode() == u"project_already_exists";
    return server.isEmpty() || taken ? error.userMessage() : server;
}

void ProjectEditDialog::busyChanged(bool busy)
{
    m_backButton->setEnabled(!busy && isConfirming());
    updateAccountPrompt();
}

namespace {

// One field's message, where the field shows it; an empty message clears it.
void showOnField(QWidget* input, QLabel* label, const QString& message)
{
    if (auto* tags = qobject_cast<TagTableEditor*>(input)) {
        tags->setError(message);
    } else if (auto* emails = qobject_cast<EmailListEditor*>(input)) {
        emails->setError(message);
    } else {
        FormStyle::setErrorText(label, message);
        FormStyle::setFieldInvalid(input, !message.isEmpty());
    }
}

} // namespace

void ProjectEditDialog::clearFieldErrors()
{
    // The name's label also carries its hint: updateNameMessage() owns it.
    for (const FieldWidgets& widgets : std::as_const(m_fields)) {
        if (widgets.field != ProjectField::Name)
            showOnField(widgets.input, widgets.label, {});
    }
}

bool ProjectEditDialog::showFieldError(ProjectField field, const QString& message, bool focus)
{
    const auto widgets = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                      [field](const FieldWidgets& w) { return w.field == field; });
    if (widgets == m_fields.cend())
        return false;
    // The parts of the address say which part the message is about.
    const bool addressPart = widgets->label && widgets->label == m_ui->addressErrorLabel;
    showOnField(widgets->input, widgets->label,
                addressPart ? tr("%1: %2").arg(ProjectForm::fieldLabel(field), message) : message);
    if (focus) {
        for (int tab = 0; tab < m_ui->sectionsTabWidget->count(); ++tab) {
            if (m_ui->sectionsTabWidget->widget(tab)->isAncestorOf(widgets->input))
                m_ui->sectionsTabWidget->setCurrentIndex(tab);
        }
        widgets->input->setFocus();
    }
    return true;
}

void ProjectEditDialog::setPermissions(const ProjectPermissions& permissions)
{
    if (m_mode != Mode::Edit)
        return;
    using Change = ProjectPermissions::Change;
    const auto lock = [&permissions](Change change, std::initializer_list<QWidget*> widgets) {
        const QString why = permissions.whyNot(change);
        if (why.isEmpty())
            return;
        for (QWidget* widget : widgets) {
            // Text stays selectable and copyable where the widget allows it.
            if (auto* line = qobject_cast<QLineEdit*>(widget))
                line->setReadOnly(true);
            else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
                text->setReadOnly(true);
            else
                widget->setEnabled(false);
            widget->setToolTip(why);
        }
    };
    lock(Change::Rename, {m_ui->nameLineEdit});
    lock(Change::Account, {m_ui->accountComboBox});
    lock(Change::BillingGroup, {m_ui->billingGroupComboBox});
    lock(Change::DefaultCloud, {m_ui->cloudComboBox, m_ui->pickOnMapPushButton});
    lock(Change::Tags, {m_ui->tagTableEditor});
    lock(Change::TechEmails, {m_ui->techEmailListEditor});
    lock(Change::BillingDetails,
         {m_ui->companyLineEdit, m_ui->billingAddressPlainTextEdit, m_ui->cityLineEdit,
          m_ui->zipCodeLineEdit, m_ui->stateLineEdit, m_ui->countryComboBox, m_ui->vatIdLineEdit,
          m_ui->currencyComboBox, m_ui->billingEmailListEditor});
    // The dialog opens on the first field the user may change (an operator: the tags).
    const QPair<Change, QWidget*> firsts[] = {
        {Change::Rename, m_ui->nameLineEdit},
        {Change::Account, m_ui->accountComboBox},
        {Change::BillingGroup, m_ui->billingGroupComboBox},
        {Change::DefaultCloud, m_ui->cloudComboBox},
        {Change::Tags, m_ui->tagTableEditor->table()},
        {Change::TechEmails, m_ui->techEmailListEditor->lineEdit()},
        {Change::BillingDetails, m_ui->companyLineEdit},
    };
    for (const auto& [change, field] : firsts) {
        if (!permissions.allows(change))
            continue;
        for (int tab = 0; tab < m_ui->sectionsTabWidget->count(); ++tab) {
            if (m_ui->sectionsTabWidget->widget(tab)->isAncestorOf(field))
                m_ui->sectionsTabWidget->setCurrentIndex(tab);
        }
        field->setFocus();
        break;
    }
    const QString summary = permissions.summary();
    if (!summary.isEmpty())
        m_ui->introLabel->setText(m_ui->introLabel->text() + u' ' + summary);
}

} // namespace fjord
