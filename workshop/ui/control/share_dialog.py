"""ShareDialog: which network the room share listens on, and which edition it serves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop.share.address import is_loopback, suggested_host
from workshop.ui.control.export_dialog import edition_box


def network_choices() -> list[tuple[str, str]]:
    """(label, IPv4 address) of every interface that is up; the default route's first."""
    suggested = suggested_host()
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.IsUp and flags & QNetworkInterface.IsRunning):
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() != QAbstractSocket.IPv4Protocol:
                continue
            text = address.toString()
            name = interface.humanReadableName() or interface.name()
            if is_loopback(text):
                label = QCoreApplication.translate("ShareDialog", "{0} — this computer only")
            elif text == suggested:
                label = QCoreApplication.translate("ShareDialog", "{0} — {1} (suggested)")
            else:
                label = QCoreApplication.translate("ShareDialog", "{0} — {1}")
            found.append((label.format(text, name), text))
    if not any(address == suggested for _label, address in found):
        found.append((suggested, suggested))
    # The suggested network first, loopback last: phones cannot reach this computer there.
    found.sort(key=lambda pair: (pair[1] != suggested, is_loopback(pair[1])))
    return found


class ShareDialog(QDialog):
    """Start sharing: the network to serve phones on, the edition, and the QR code now or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share in the room"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Phones on the same network can open the summary while the share is on. "
                "The address holds a new secret code each time; nothing else on this "
                "computer can be reached."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.network = QComboBox(self)
        self.network.setAccessibleName(self.tr("Network to share on"))
        for label, address in network_choices():
            self.network.addItem(label, address)
        self.edition = edition_box(self)
        self.show_now = QCheckBox(self.tr("Show the &QR code on the projector now"), self)
        self.show_now.setAccessibleName(self.tr("Show the QR code on the projector now"))
        self.show_now.setChecked(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Warning about the chosen network"))
        self.network.currentIndexChanged.connect(self._warn)
        self._warn()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Start sharing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Network"), self.network)
        form.addRow(self.tr("&Edition"), self.edition)
        form.addRow("", self.show_now)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)

    def _warn(self) -> None:
        """Loopback is only this computer: say so before the room scans a code that fails."""
        loopback = is_loopback(str(self.network.currentData()))
        self.warning.setText(
            self.tr(
                "Phones cannot reach this address: it is this computer's own. Join the "
                "room's Wi-Fi, or turn on this laptop's hotspot, and open this again."
            )
            if loopback
            else ""
        )
        self.warning.setVisible(loopback)

    def choices(self) -> tuple[str, str, bool]:
        """The address to listen on, the edition, and whether to show the QR code now."""
        return (
            str(self.network.currentData()),
            str(self.edition.currentData()),
            self.show_now.isChecked(),
        )
