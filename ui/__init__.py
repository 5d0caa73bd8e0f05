"""The PySide6 desktop interface: windows, forms, table models, dialogs, translations, task runner."""
