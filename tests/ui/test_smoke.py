from ui.main_window import MainWindow


def test_window_opens(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(clerk)
    with qtbot.waitSignal(window.candidates.results_shown, timeout=5000):
        window.candidates.refresh()
    assert window.candidates.model.total() == 0
