"""PySide6.QtGui for the kiosk bundle: PyInstaller's own hook, minus Qt plugins a kiosk never loads.

Dropping a plugin here (before PyInstaller looks for what each plugin links to) also keeps out the
libraries only it needs: the Qt virtual keyboard alone would bring QtQuick and QtQml (~20 MB), and
the GTK platform theme would bring cairo, pango and friends. The kiosk has its own on-screen keyboard
and draws its own theme. Names are matched without their extension, so the list holds on Windows too.
"""

import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

#: Whole plugin folders the kiosk does not use (eglfs device integration, evdev input for eglfs and
#: linuxfb, desktop platform themes).
DROPPED_FOLDERS = {"egldeviceintegrations", "generic", "platformthemes"}

#: Single plugins left out, by (folder, file name without extension).
DROPPED_PLUGINS = {
    ("platforminputcontexts", "libqtvirtualkeyboardplugin"),
    ("platforminputcontexts", "qtvirtualkeyboardplugin"),
    # Display back-ends other than wayland (cage), xcb (X11), windows, offscreen and minimal.
    ("platforms", "libqeglfs"),
    ("platforms", "libqlinuxfb"),
    ("platforms", "libqminimalegl"),
    ("platforms", "libqvnc"),
    ("platforms", "libqvkkhrdisplay"),
    # Buffer integrations for Qt-based compositors; cage is not one.
    ("wayland-graphics-integration-client", "libdmabuf-server"),
    ("wayland-graphics-integration-client", "libdrm-egl-server"),
    ("wayland-graphics-integration-client", "libshm-emulation-server"),
    ("wayland-graphics-integration-client", "libvulkan-server"),
    # Shells other than xdg-shell, which cage speaks.
    ("wayland-shell-integration", "libivi-shell"),
    ("wayland-shell-integration", "libqt-shell"),
    ("wayland-shell-integration", "libwl-shell-plugin"),
}


def _kept(entry) -> bool:
    source, dest = entry[0], entry[1]
    folder = os.path.basename(os.path.normpath(dest))
    name = os.path.splitext(os.path.basename(source))[0]
    return folder not in DROPPED_FOLDERS and (folder, name) not in DROPPED_PLUGINS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _kept(entry)]
