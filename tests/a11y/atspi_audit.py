#!/usr/bin/python3
"""Walks Fjord's windows through AT-SPI, the interface screen readers use, and drives them
with real key presses on the X server (xdotool).

For the main window and each dialog it checks what a screen-reader user gets:
  * every visible, enabled, focusable control has a role and a name;
  * the details of the selected project expose their values (checked against the project as
    the API serves it, not against what the app shows);
  * a validation error is announced (the status line's name and the field's description);
  * Tab visits every visible control and leaves none of them trapped;
  * a warning box (the profile the settings file could not keep) is an alert whose message,
    and the file it names, are readable.
It prints the counts and exits non-zero when any problem was found.

Usage (see run-atspi-audit.sh): atspi_audit.py API_URL TOKEN FJORD_LOG -- FJORD [ARGS...]
The audit starts fjord itself, after its focus listener is registered: Qt's bridge only sends
focus events to listeners that were registered when it started.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request

import pyatspi
from gi.repository import GLib

API_URL, TOKEN, FJORD_LOG = sys.argv[1], sys.argv[2], sys.argv[3]
FJORD_COMMAND = sys.argv[sys.argv.index("--") + 1:]
problems = []
VERBOSE = bool(os.environ.get("FJORD_AUDIT_VERBOSE"))
counts = {"windows": 0, "controls walked": 0, "unnamed": 0, "values unreadable": 0,
          "tab stops missed": 0, "errors not announced": 0}

# Parts that belong to a container: focus on them counts as focus on the container, and they
# are not separate Tab stops (a table is one stop; arrows move inside it).
CONTAINER_ROLES = {"table", "tree table", "list", "tree", "page tab list", "combo box"}
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
                 "password text", "spin button", "slider", "table", "tree table", "list", "tree",
                 "page tab list", "entry", "canvas", "scroll pane", "link", "filler", "panel"}


def api(path):
    request = urllib.request.Request(API_URL + path,
                                     headers={"Authorization": "aivenv1 " + TOKEN})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.load(reply)


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
    if tracker is not None:
        tracker.pump(0.35)
    else:
        time.sleep(0.35)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
    tracker.pump(0.35)


def state(node, which):
    try:
        return node.getState().contains(which)
    except Exception:
        return False


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ""


def ident(node):
    return node.path


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(200):
        for app in desktop:
            if app is not None and (app.name or "").lower() == "fjord":
                return app
        time.sleep(0.1)
    sys.exit("fjord did not appear on the accessibility bus")


def children(node):
    try:
        return [child for child in node if child is not None]
    except Exception:
        return []


def walk(node, container=None, depth=0):
    """Yields (node, container) for every showing node under node."""
    if depth > 40 or not state(node, pyatspi.STATE_SHOWING):
        return
    yield node, container
    inner = node if role(node) in CONTAINER_ROLES and container is None else container
    for child in children(node):
        yield from walk(child, inner, depth + 1)


def window(app, title_part, timeout=8.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for top in children(app):
            if title_part in (top.name or "") and state(top, pyatspi.STATE_SHOWING):
                return top
        time.sleep(0.1)
    titles = [top.name for top in children(app)]
    raise RuntimeError("no window titled like %r among %r" % (title_part, titles))


def focus_x_window(title_part):
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_part],
                         capture_output=True, text=True).stdout.split()
    if ids:
        subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=False)
        time.sleep(0.2)


class FocusTracker:
    """Follows focus as a screen reader does: through the focus events the application sends.
    (Reading states instead is misleading: Qt marks a view's current cell and a tab widget's
    current tab focused whether or not the view has focus.)"""

    def __init__(self):
        self.last = None

        self.events = 0

        def changed(event):
            if event.detail1:
                self.last = event.source
                self.events += 1

        self._listener = changed  # the registry keeps no strong reference
        pyatspi.Registry.registerEventListener(changed, "object:state-changed:focused")

    def pump(self, seconds):
        context = GLib.MainContext.default()
        deadline = time.time() + seconds
        while time.time() < deadline:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)


tracker = None


def stop_of(node):
    """The Tab stop a focused node belongs to: a cell's table, a tab's tab bar, and so on."""
    walker = node
    for _ in range(6):
        try:
            walker = walker.parent
        except Exception:
            break
        if walker is None:
            break
        if role(walker) in CONTAINER_ROLES:
            return walker
    return node


def focused(top):
    tracker.pump(0.3)
    return stop_of(tracker.last) if tracker.last is not None else None


def controls(top):
    found = {}
    for node, container in walk(top):
        if container is not None:
            continue
        if not (state(node, pyatspi.STATE_FOCUSABLE) and state(node, pyatspi.STATE_ENABLED)):
            continue
        if role(node) in ("page tab", "menu item", "menu", "table cell", "label"):
            continue
        # A tab widget hands its focus to its tab bar, which is the stop.
        if any(role(child) == "page tab list" for child in children(node)):
            continue
        found[ident(node)] = node
    return found


def audit_names(label, top):
    found = controls(top)
    counts["controls walked"] += len(found)
    for node in found.values():
        if not role(node) or role(node) == "unknown":
            problems.append("%s: a control without a role (%r)" % (label, node.name))
            counts["unnamed"] += 1
        elif not (node.name or "").strip():
            problems.append("%s: %s without a name" % (label, role(node)))
            counts["unnamed"] += 1
    return found


def audit_tab(label, top, found):
    visited = set()
    start = focused(top)
    if start is not None:
        visited.add(ident(start))
    for _ in range(2 * len(found) + 6):
        key("Tab")
        now = focused(top)
        if VERBOSE:
            print("  tab:", label, now and role(now), now and now.name)
        if now is not None:
            visited.add(ident(now))
        if visited >= set(found):
            break
    missed = [found[k] for k in found if k not in visited]
    counts["tab stops missed"] += len(missed)
    for node in missed:
        problems.append("%s: Tab never reaches %s %r" % (label, role(node), node.name))


def names_under(top):
    return [(node.name or "") + " " + (node.description or "") for node, _ in walk(top)]


def audit_details(main, project_name):
    project = api("/project/" + project_name)["project"]
    names = names_under(main)
    expected = [project.get("project_name"), project.get("billing_group_name"),
                project.get("account_name"), project.get("default_cloud")]
    expected += [value for value in (project.get("tags") or {}).values()]
    expected += [entry.get("email") for entry in (project.get("tech_emails") or [])]
    for value in filter(None, expected):
        counts["controls walked"] += 1
        if not any(value in name for name in names):
            counts["values unreadable"] += 1
            problems.append("details: the value %r is not readable" % value)
    # A value label named after its caption hides its value.
    captions = {}
    for node, _ in walk(main):
        if role(node) == "label" and node.name:
            captions.setdefault(node.name.rstrip(":").strip(), []).append(node)
    for caption, nodes in captions.items():
        if len(nodes) > 1 and any((n.name or "").endswith(":") for n in nodes):
            counts["values unreadable"] += len(nodes) - 1
            problems.append("details: a value label is named %r, like its caption" % caption)


def audit_window(label, top):
    counts["windows"] += 1
    found = audit_names(label, top)
    audit_tab(label, top, found)


def tab_to(top, name, roles, tries=30):
    """Tabs until the control named `name`, of one of `roles`, has the focus; False if it
    never gets it."""
    for _ in range(tries):
        now = focused(top)
        if now is not None and now.name == name and role(now) in roles:
            return True
        key("Tab")
    return False


def audit_profile_not_saved(app, dialog):
    """Signs in through the sign-in dialog with the settings folder blocked (a regular file
    where the folder should be), so that the profile cannot be saved, and audits the warning
    box that says so: names, Tab, and what it says, as a screen reader reads it."""
    label = "profile not saved box"
    settings_dir = os.path.join(os.environ["XDG_CONFIG_HOME"], "Fjord")
    if os.path.isdir(settings_dir):
        os.rename(settings_dir, settings_dir + ".audit-moved")
    open(settings_dir, "w").close()

    api_url = FJORD_COMMAND[FJORD_COMMAND.index("--api-url") + 1]
    if not tab_to(dialog, "API token", ("password text", "text")):
        problems.append("sign-in dialog: Tab never reaches the API token field")
        return
    type_text(TOKEN)
    if not tab_to(dialog, "API URL", ("text",)):
        problems.append("sign-in dialog: Tab never reaches the API URL field")
        return
    key("ctrl+a")
    type_text(api_url)
    key("Return")
    try:
        box = window(app, "Profile Not Saved", timeout=20.0)
    except RuntimeError as error:
        dialog.clear_cache()
        said = [text.strip() for text in names_under(dialog) if text.strip()]
        problems.append("%s: it did not open (%s); the sign-in dialog says %r"
                        % (label, error, said))
        return
    # Without a keychain on this bus, a second box about the token may open beside it.
    tracker.pump(1.5)
    focus_x_window("Profile Not Saved")
    box.clear_cache()
    if VERBOSE:
        now = focused(box)
        print("  focus:", now and role(now), now and now.name)
        for node, _ in walk(box):
            print("  box:", role(node), repr(node.name), repr(node.description))
    # A screen reader speaks an alert's text when it opens; a plain dialog only its title.
    if role(box) != "alert":
        counts["errors not announced"] += 1
        problems.append("%s: its role is %r, not alert" % (label, role(box)))
    texts = names_under(box)
    counts["controls walked"] += 2
    for what, needle in (("its message", "could not save this profile"),
                         ("the file it could not write", os.environ["XDG_CONFIG_HOME"])):
        if not any(needle in text for text in texts):
            counts["values unreadable"] += 1
            problems.append("%s: %s is not readable (%r)" % (label, what, needle))
    audit_window(label, box)

    def showing():
        return any(top.name == "Profile Not Saved" and state(top, pyatspi.STATE_SHOWING)
                   for top in children(app))

    key("Return")
    deadline = time.time() + 5.0
    while showing() and time.time() < deadline:
        tracker.pump(0.1)
    if showing():
        problems.append("%s: Return does not close it" % label)


def main():
    global tracker
    tracker = FocusTracker()
    len(pyatspi.Registry.getDesktop(0))  # the registry is up and holds the listener
    tracker.pump(1.0)
    with open(FJORD_LOG, "w") as log:
        fjord = subprocess.Popen(FJORD_COMMAND, stdout=log, stderr=subprocess.STDOUT)
    try:
        return audit(fjord)
    finally:
        fjord.terminate()
        try:
            fjord.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fjord.kill()


def audit(fjord):
    app = find_app()
    main_window = window(app, "Fjord")
    focus_x_window("Fjord")

    projects = api("/project")["projects"]
    first = sorted(p["project_name"] for p in projects)[0]

    # The project list, with the first project selected so the details show values.
    key("ctrl+f")
    key("Tab")
    key("Down")
    key("Up")
    time.sleep(1.0)
    audit_details(main_window, first)
    if tracker.events == 0:
        # Without focus events every Tab check below would fail for a reason that is not Tab.
        print("AT-SPI audit: fjord sent no focus events (the keys did not reach it, or its "
              "bridge did not see the listener)")
        return 1
    audit_window("main window (Projects)", main_window)

    key("ctrl+2")
    time.sleep(1.0)
    audit_window("main window (Regions)", main_window)
    key("ctrl+1")

    # Create: an empty name refused must be announced.
    key("ctrl+n")
    dialog = window(app, "New Project")
    focus_x_window("New Project")
    audit_window("create dialog", dialog)
    def name_field():
        return next(n for n, _ in walk(dialog) if role(n) == "text" and n.name == "Project name")

    # Type a name the rules refuse (a digit first) where a keyboard user would: in the field.
    for _ in range(30):
        now = focused(dialog)
        if now is not None and now.name == "Project name":
            break
        key("Tab")
    labels_before = {n.name for n, _ in walk(dialog) if role(n) == "label"}
    description_before = name_field().description
    key("1", "x", "Tab")
    time.sleep(0.5)
    dialog.clear_cache()
    new_labels = {n.name for n, _ in walk(dialog) if role(n) == "label"} - labels_before
    if not new_labels:
        counts["errors not announced"] += 1
        problems.append("create dialog: no status or error line announces the refused name")
    if name_field().description == description_before:
        counts["errors not announced"] += 1
        problems.append("create dialog: the name field's description does not carry its error")
    key("Escape")
    time.sleep(0.5)

    focus_x_window("Fjord")
    key("F2")
    dialog = window(app, "Edit")
    focus_x_window("Edit")
    audit_window("edit dialog", dialog)
    key("Escape")
    time.sleep(0.5)

    focus_x_window("Fjord")
    key("Delete")
    dialog = window(app, "Delete")
    focus_x_window("Delete")
    audit_window("delete dialog", dialog)
    key("Escape")
    time.sleep(0.5)

    # The selected project's members (the list loads), then one tag on several projects.
    focus_x_window("Fjord")
    key("ctrl+shift+m")
    dialog = window(app, "Members")
    focus_x_window("Members")
    time.sleep(1.0)
    dialog.clear_cache()
    audit_window("members dialog", dialog)
    key("Escape")
    time.sleep(0.5)

    focus_x_window("Fjord")
    key("shift+Down")
    key("ctrl+shift+t")
    dialog = window(app, "Edit Tags")
    focus_x_window("Edit Tags")
    audit_window("bulk tags dialog", dialog)
    key("Escape")
    time.sleep(0.5)

    focus_x_window("Fjord")
    key("ctrl+shift+i")
    dialog = window(app, "Sign in")
    focus_x_window("Sign in")
    audit_window("sign-in dialog", dialog)
    audit_profile_not_saved(app, dialog)

    print("AT-SPI audit: " + ", ".join("%s %d" % item for item in counts.items()))
    for problem in problems:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
