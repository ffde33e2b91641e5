#include "FormStyle.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace fjord::FormStyle {

QString errorTextStyleSheet()
{
    return u"color: #c01c28;"_s;
}

QString hintTextStyleSheet()
{
    return u"color: palette(placeholder-text);"_s;
}

void announce(QLabel* label, const QString& text, bool alert)
{
    const bool changed = label->accessibleName() != text;
    label->setAccessibleName(text);
    if (alert && changed && !text.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent event(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void setErrorText(QLabel* label, const QString& text)
{
    if (!label)
        return;
    label->setText(text);
    label->setStyleSheet(errorTextStyleSheet());
    label->setVisible(!text.isEmpty());
    announce(label, text, true);
    const auto field = label->property("fjordErrorFor").value<QPointer<QWidget>>();
    if (field)
        field->setAccessibleDescription(text);
}

void setHintText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setStyleSheet(hintTextStyleSheet());
    label->setVisible(!text.isEmpty());
    announce(label, text, false);
    const auto field = label->property("fjordErrorFor").value<QPointer<QWidget>>();
    if (field)
        field->setAccessibleDescription({});
}

void pairErrorLabel(QLabel* label, QWidget* field)
{
    label->setProperty("fjordErrorFor", QVariant::fromValue(QPointer<QWidget>(field)));
}

void setFieldInvalid(QWidget* field, bool invalid)
{
    // Only line edits get the frame: style sheets on combo boxes and lists lose the
    // platform look, and their error label is enough.
    auto* edit = qobject_cast<QLineEdit*>(field);
    if (!edit || edit->property("fjordInvalid").toBool() == invalid)
        return;
    edit->setProperty("fjordInvalid", invalid);
    edit->setStyleSheet(invalid ? u"QLineEdit { border: 1px solid #c01c28; border-radius: 3px;"
                                  u" padding: 2px 3px; }"_s
                                : QString());
}

} // namespace fjord::FormStyle
