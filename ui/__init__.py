"""PySide6 windows, forms, table models, dialogs, translations and the background-task runner."""
