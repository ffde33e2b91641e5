#pragma once

// Checks on whole widget trees, shared by the GUI tests (header-only: the core tests that
// link the support library need no Widgets).

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

namespace fjord::test {

// Parts Qt builds inside a combo box, scroll area, tab widget or spin box (their line edit,
// viewport, tab bar...): the outer widget carries the name, so they need none of their own.
inline bool isInternalPart(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* parent = widget->parentWidget(); parent && parent != root;
         parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox*>(parent) ||
            qobject_cast<const QAbstractScrollArea*>(parent) ||
            qobject_cast<const QTabWidget*>(parent) ||
            qobject_cast<const QAbstractSpinBox*>(parent))
            return widget->objectName().isEmpty() ||
                   widget->objectName().startsWith(QLatin1String("qt_"));
    }
    return false;
}

// The name assistive technology announces: the accessibleName property, else what Qt derives
// (a button's or label's text, a buddy label's text).
inline QString announcedName(QWidget* widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Every widget under root that Tab can reach but that lacks an objectName or an
// announced name, as "ClassName objectName" lines; empty when all are named.
inline QStringList unnamedInteractiveWidgets(const QWidget* root)
{
    QStringList problems;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || isInternalPart(widget, root))
            continue;
        if (widget->objectName().isEmpty() || announcedName(widget).isEmpty())
            problems << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                            widget->objectName();
    }
    return problems;
}

} // namespace fjord::test
