"""The registration form: fields, pickers, live checks and the receipt."""
