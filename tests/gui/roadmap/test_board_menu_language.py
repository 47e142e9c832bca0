"""The board's context menus and card tool tips speak the interface language."""

from PySide6.QtCore import QPoint, QPointF

from pmdesk.ui.workspaces.roadmap.board import card_tooltip


def menu_texts(board, pos: QPoint) -> list[str]:
    menu = board.context_menu(QPointF(pos))
    shown: list[str] = []
    for action in menu.actions():
        shown.append(action.text())
        if action.menu() is not None:
            shown.extend(a.text() for a in action.menu().actions())
    menu.deleteLater()
    return [text for text in shown if text]


def a_card_point(board) -> QPoint:
    for y in range(60, 600, 10):
        for x in range(10, 1300, 20):
            if board._card_under(QPointF(x, y)) is not None:
                return QPoint(x, y)
    raise AssertionError("no card on screen")


def test_card_and_lane_menus_in_indonesian(board, speak):
    english = menu_texts(board, a_card_point(board))
    assert "Plan delivery" in english or "Go to linked task" in english
    assert "Delete 1 card" in english
    speak("id")
    on_card = menu_texts(board, a_card_point(board))
    assert "Pindahkan ke" in on_card and "Hapus 1 kartu" in on_card
    assert not set(on_card) & set(english) - {"Sekarang"}  # nothing left in English
    on_lane = menu_texts(board, QPoint(5, 880))
    assert "Tambah lajur" in on_lane


def test_card_tooltip_in_indonesian(board, speak):
    speak("id")
    linked = next(i for i in board.state.items.values() if i.linked_task_id is not None)
    text = card_tooltip(board.state, linked)
    assert "Skor " in text and "Perkiraan penyerahan" in text or "Penyerahan terlambat" in text
    assert "double-click" not in text and "score" not in text
