#include "ProjectDetailsWidget.h"

#include "GlyphIcons.h"
#include "forms/ProjectForm.h"
#include "models/CloudCatalog.h"
#include "models/ProjectListModel.h"
#include "ui_ProjectDetailsWidget.h"

#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fjord {

namespace {

// Nested API objects (features, end-of-life extensions, unknown keys) as "key: value" lines.
QString describeObject(const QJsonObject& object)
{
    QStringList lines;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isBool())
            text =
                value.toBool() ? ProjectDetailsWidget::tr("yes") : ProjectDetailsWidget::tr("no");
        else if (value.isDouble())
            text = QLocale().toString(value.toDouble());
        else if (value.isNull() || value.isUndefined())
            text = QStringLiteral("—");
        else if (value.isObject())
            text =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        lines.append(it.key() % QStringLiteral(": ") % text);
    }
    return lines.join(u'\n');
}

QString describeCard(const QJsonObject& card)
{
    if (card.isEmpty())
        return {};
    const QString brand = card.value(QLatin1String("brand")).toString();
    const QString last4 = card.value(QLatin1String("last4")).toString();
    const int month = card.value(QLatin1String("exp_month")).toInt();
    const int year = card.value(QLatin1String("exp_year")).toInt();
    QString text = brand.isEmpty() ? ProjectDetailsWidget::tr("Card") : brand;
    if (!last4.isEmpty())
        text += QStringLiteral(" •••• ") % last4;
    if (month > 0 && year > 0)
        text += ProjectDetailsWidget::tr(", expires %1/%2")
                    .arg(month, 2, 10, QLatin1Char('0'))
                    .arg(year);
    const QString holder = card.value(QLatin1String("name")).toString();
    if (!holder.isEmpty())
        text += QStringLiteral(" (") % holder % u')';
    return text;
}

QString money(const QString& amount, const QString& currency)
{
    if (amount.isEmpty())
        return {};
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok)
        return amount % u' ' % currency;
    return QLocale().toString(value, 'f', currency == QLatin1String("JPY") ? 0 : 2) % u' ' %
           currency;
}

} // namespace

ProjectDetailsWidget::ProjectDetailsWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Project details"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholderLabel = new QLabel(tr("Select a project to see its details."), this);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    QPalette subtle = m_placeholderLabel->palette();
    subtle.setColor(QPalette::WindowText, subtle.color(QPalette::PlaceholderText));
    m_placeholderLabel->setPalette(subtle);
    layout->addWidget(m_placeholderLabel);
}

// The form has some sixty widgets; building it on first use keeps them off the startup path.
void ProjectDetailsWidget::ensureForm()
{
    if (m_ui)
        return;
    m_ui = std::make_unique<Ui::ProjectDetailsWidget>();
    m_form = new QWidget(this);
    m_ui->setupUi(m_form);
    m_form->setObjectName(QStringLiteral("detailsFormWidget"));
    layout()->addWidget(m_form);
    for (QWidget* section : std::as_const(m_sections))
        insertSection(section);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->subtitleLabel->setPalette(m_placeholderLabel->palette());
    m_ui->emptyLabel->setPalette(m_placeholderLabel->palette());

    setUpCopyButton(m_ui->copyNameToolButton, m_ui->nameValueLabel, tr("Project name"));
    setUpCopyButton(m_ui->copyAccountIdToolButton, m_ui->accountIdValueLabel, tr("Account ID"));
    setUpCopyButton(m_ui->copyOrganizationIdToolButton, m_ui->organizationIdValueLabel,
                    tr("Organization ID"));
    setUpCopyButton(m_ui->copyBillingGroupIdToolButton, m_ui->billingGroupIdValueLabel,
                    tr("Billing group ID"));

    // Small and level with the value's first line, so that a row with a copy button is no
    // taller than one without.
    const int side = fontMetrics().height() + 4;
    const std::pair<QHBoxLayout*, QToolButton*> copyRows[] = {
        {m_ui->nameRowLayout, m_ui->copyNameToolButton},
        {m_ui->accountIdRowLayout, m_ui->copyAccountIdToolButton},
        {m_ui->organizationIdRowLayout, m_ui->copyOrganizationIdToolButton},
        {m_ui->billingGroupIdRowLayout, m_ui->copyBillingGroupIdToolButton}};
    for (const auto& [row, button] : copyRows) {
        button->setIconSize(QSize(side - 6, side - 6));
        button->setFixedSize(side, side);
        row->setAlignment(button, Qt::AlignTop);
    }

    // Under the title: what the user may do, and whether the latest details are in.
    m_accessLabel = new QLabel(m_form);
    m_accessLabel->setObjectName(QStringLiteral("accessLabel"));
    m_accessLabel->setWordWrap(true);
    m_accessLabel->hide();
    m_freshnessLabel = new QLabel(m_form);
    m_freshnessLabel->setObjectName(QStringLiteral("freshnessLabel"));
    m_freshnessLabel->setWordWrap(true);
    m_freshnessLabel->setPalette(m_placeholderLabel->palette());
    m_freshnessLabel->hide();
    const int afterSubtitle = m_ui->contentsLayout->indexOf(m_ui->subtitleLabel) + 1;
    m_ui->contentsLayout->insertWidget(afterSubtitle, m_freshnessLabel);
    m_ui->contentsLayout->insertWidget(afterSubtitle, m_accessLabel);

    m_ui->tagsValueLabel->setTextFormat(Qt::RichText);
    // A long name wraps at its hyphens; the title above shows it whole.
    m_ui->nameValueLabel->setWordWrap(true);
    alignSections();
}

// One label column for every section, as if the pane were one form, with each value beside its
// label however narrow the pane (the pane is kept wide enough, see fitWidth()).
void ProjectDetailsWidget::alignSections()
{
    const auto forms = m_ui->scrollContents->findChildren<QFormLayout*>();
    QList<QWidget*> labels;
    int widest = 0;
    for (QFormLayout* form : forms) {
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                if (auto* label = qobject_cast<QLabel*>(item->widget()))
                    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
                labels.append(item->widget());
                widest = std::max(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(widest);
    // Values start on their caption's line, also beside a copy button taller than the text.
    const auto values = m_ui->scrollContents->findChildren<QLabel*>();
    for (QLabel* value : values) {
        if (value->objectName().endsWith(QLatin1String("ValueLabel")))
            value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
}

// No horizontal scrolling: the pane asks the splitter for the width its widest row needs
// (an ID and its copy button), rather than cut the row at its right edge.
void ProjectDetailsWidget::fitWidth()
{
    QScrollArea* scroll = m_ui->detailsScrollArea;
    const int needed = m_ui->scrollContents->minimumSizeHint().width() +
                       scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth();
    if (needed > scroll->minimumWidth())
        scroll->setMinimumWidth(needed);
    // The splitter reads the pane's own minimum (the form sets one) before its hint.
    const int pane = needed + contentsMargins().left() + contentsMargins().right();
    if (pane > minimumWidth())
        setMinimumWidth(pane);
}

ProjectDetailsWidget::~ProjectDetailsWidget() = default;

void ProjectDetailsWidget::addSection(QWidget* section)
{
    if (!section || m_sections.contains(section))
        return;
    m_sections.append(section);
    if (m_ui)
        insertSection(section);
    else
        section->setParent(this); // hidden with the rest until the form is built
    if (!m_ui)
        section->hide();
}

void ProjectDetailsWidget::insertSection(QWidget* section)
{
    QVBoxLayout* contents = m_ui->contentsLayout;
    int at = contents->indexOf(m_ui->billingGroupBox);
    // After any section added before this one.
    for (QWidget* earlier : std::as_const(m_sections)) {
        if (earlier == section)
            break;
        at = qMax(at, contents->indexOf(earlier) + 1);
    }
    contents->insertWidget(at < 0 ? contents->count() : at, section);
    section->show();
}

void ProjectDetailsWidget::setCloudCatalog(CloudCatalog* clouds)
{
    if (m_clouds)
        disconnect(m_clouds, nullptr, this, nullptr);
    m_clouds = clouds;
    if (m_clouds)
        connect(m_clouds, &CloudCatalog::cloudsChanged, this, [this] {
            if (m_hasProject)
                refill();
        });
}

void ProjectDetailsWidget::setUpCopyButton(QToolButton* button, QLabel* valueLabel,
                                           const QString& what)
{
    // The toolbar's icon set: the theme's where there is one, else the drawn glyph.
    button->setIcon(themedIcon(QStringLiteral("edit-copy"), Glyph::Copy));
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // The status bar says it was copied: the button keeps its size, and the row its layout.
    connect(button, &QToolButton::clicked, this, [this, valueLabel, what] {
        const QString text = valueLabel->property("copyText").toString();
        if (text.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(text);
        Q_EMIT copied(what);
    });
}

void ProjectDetailsWidget::setProject(const Project& project, const ProjectPermissions& permissions)
{
    ensureForm();
    const bool another = !m_hasProject || project.name != m_project.name;
    if (another)
        setDetailsProblem({});
    m_project = project;
    m_permissions = permissions;
    m_hasProject = true;
    refill();
    m_ui->detailsStackedWidget->setCurrentWidget(m_ui->detailsPage);
    m_placeholderLabel->hide();
    m_form->show();
    // Another project's details start at their top; a refresh of the same one stays put.
    if (another)
        m_ui->detailsScrollArea->verticalScrollBar()->setValue(0);
}

void ProjectDetailsWidget::clear()
{
    m_project = {};
    m_permissions = {};
    m_hasProject = false;
    if (m_freshnessLabel)
        setDetailsProblem({});
    if (m_form)
        m_form->hide();
    m_placeholderLabel->show();
}

void ProjectDetailsWidget::setDetailsProblem(const QString& problem)
{
    if (!m_freshnessLabel)
        return;
    // (No "loading" line: it would flash on every selection.)
    const QString text =
        problem.isEmpty()
            ? QString()
            : tr("Could not load the latest details: %1 What is shown may be out of date.")
                  .arg(problem);
    m_freshnessLabel->setText(text);
    m_freshnessLabel->setVisible(!text.isEmpty());
}

void ProjectDetailsWidget::focusDetails()
{
    if (m_hasProject && m_ui)
        m_ui->copyNameToolButton->setFocus(Qt::OtherFocusReason);
}

void ProjectDetailsWidget::setValue(QLabel* label, const QString& text)
{
    // Copy buttons read the raw value, not the placeholder dash.
    label->setProperty("copyText", text);
    // The form names each value label after its field; a screen reader reads that name, so it
    // carries the value too, as a sighted user reads the row.
    QString caption = label->property("fieldName").toString();
    if (caption.isEmpty()) {
        caption = label->accessibleName();
        label->setProperty("fieldName", caption);
    }
    const bool empty = text.trimmed().isEmpty();
    label->setText(empty ? QStringLiteral("—") : text);
    label->setEnabled(!empty);
    label->setAccessibleName(empty ? tr("%1: not set").arg(caption)
                                   : tr("%1: %2").arg(caption, text));
}

void ProjectDetailsWidget::setTags(const QMap<QString, QString>& tags)
{
    QLabel* label = m_ui->tagsValueLabel;
    QStringList spoken;
    QString rows;
    const QColor keyColour = palette().color(QPalette::PlaceholderText);
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        spoken.append(tr("%1 = %2").arg(it.key(), it.value()));
        rows +=
            QStringLiteral("<tr><td style=\"color:%1; padding-right:12px\">%2</td>"
                           "<td>%3</td></tr>")
                .arg(keyColour.name(), it.key().toHtmlEscaped(),
                     it.value().isEmpty() ? QStringLiteral("\u2014") : it.value().toHtmlEscaped());
    }
    // Plain text for the copy and the screen reader, a two-column table on screen.
    setValue(label, spoken.join(u'\n'));
    if (!tags.isEmpty())
        label->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">") + rows +
                       QStringLiteral("</table>"));
    label->setAccessibleName(
        tags.isEmpty() ? tr("Tags: none") : tr("Tags: %1").arg(spoken.join(QStringLiteral("; "))));
}

void ProjectDetailsWidget::refill()
{
    const Project& p = m_project;
    const QString cloudDescription = m_clouds ? m_clouds->describe(p.defaultCloud) : p.defaultCloud;

    m_ui->titleLabel->setText(p.name);
    m_ui->subtitleLabel->setText(p.defaultCloud.isEmpty() ? QString() : cloudDescription);
    m_ui->subtitleLabel->setVisible(!p.defaultCloud.isEmpty());

    setValue(m_ui->nameValueLabel, p.name);
    setValue(m_ui->roleValueLabel, m_permissions.roleText());
    m_ui->roleValueLabel->setToolTip(m_permissions.summary());
    m_accessLabel->setText(m_permissions.summary());
    m_accessLabel->setVisible(!m_accessLabel->text().isEmpty());
    setValue(m_ui->accountNameValueLabel, p.accountName);
    setValue(m_ui->accountIdValueLabel, p.accountId);
    setValue(m_ui->organizationIdValueLabel, p.organizationId);
    setValue(m_ui->tenantIdValueLabel, p.tenantId);
    setValue(m_ui->defaultCloudValueLabel,
             cloudDescription == p.defaultCloud || p.defaultCloud.isEmpty()
                 ? p.defaultCloud
                 : cloudDescription % QStringLiteral(" (") % p.defaultCloud % u')');
    QString trial;
    if (!p.trialExpirationTime.isEmpty()) {
        const QDateTime when = QDateTime::fromString(p.trialExpirationTime, Qt::ISODate);
        trial = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                               : p.trialExpirationTime;
    }
    setValue(m_ui->trialExpirationValueLabel, trial);
    setValue(m_ui->featuresValueLabel, describeObject(p.features));
    setValue(m_ui->endOfLifeValueLabel, describeObject(p.endOfLifeExtension));
    setValue(m_ui->extraValueLabel, describeObject(p.extra));
    m_ui->extraLabel->setVisible(!p.extra.isEmpty());
    m_ui->extraValueLabel->setVisible(!p.extra.isEmpty());

    const QString currency =
        p.billingCurrency.isEmpty() ? QStringLiteral("USD") : p.billingCurrency;
    setValue(m_ui->billingGroupNameValueLabel, p.billingGroupName);
    setValue(m_ui->billingGroupIdValueLabel, p.billingGroupId);
    setValue(m_ui->paymentMethodValueLabel,
             ProjectListModel::describePaymentMethod(p.paymentMethod));
    setValue(m_ui->cardValueLabel, describeCard(p.cardInfo));
    setValue(m_ui->currencyValueLabel, p.billingCurrency);
    setValue(m_ui->balanceLocalValueLabel, money(p.estimatedBalanceLocal, currency));
    setValue(m_ui->balanceUsdValueLabel, money(p.estimatedBalance, QStringLiteral("USD")));
    setValue(m_ui->creditsValueLabel, money(p.availableCredits, QStringLiteral("USD")));
    setValue(m_ui->companyValueLabel, p.company);
    // The address the edit dialog edits (billing_address, else address_lines) on the address
    // row; the lines get their own row only when the project has both.
    setValue(m_ui->billingAddressValueLabel, ProjectForm::addressText(p));
    setValue(m_ui->addressLinesValueLabel, p.addressLines.join(u'\n'));
    const bool bothAddresses = !p.billingAddress.isEmpty() && !p.addressLines.isEmpty();
    m_ui->addressLinesLabel->setVisible(bothAddresses);
    m_ui->addressLinesValueLabel->setVisible(bothAddresses);
    setValue(m_ui->cityValueLabel, p.city);
    setValue(m_ui->zipCodeValueLabel, p.zipCode);
    setValue(m_ui->stateValueLabel, p.state);
    QString country = p.country;
    if (!p.countryCode.isEmpty())
        country = country.isEmpty() ? p.countryCode
                                    : country % QStringLiteral(" (") % p.countryCode % u')';
    setValue(m_ui->countryValueLabel, country);
    setValue(m_ui->vatIdValueLabel, p.vatId);
    setValue(m_ui->billingExtraTextValueLabel, p.billingExtraText);

    setValue(m_ui->billingEmailsValueLabel, p.billingEmails.join(u'\n'));
    setValue(m_ui->techEmailsValueLabel, p.techEmails.join(u'\n'));
    setTags(p.tags);
    fitWidth();
}

} // namespace fjord
