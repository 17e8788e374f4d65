"""Helpers for layouts a page rebuilds on refresh."""


def clear_layout(layout) -> None:
    """Remove and delete everything in ``layout`` (rows a page rebuilds on refresh)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
