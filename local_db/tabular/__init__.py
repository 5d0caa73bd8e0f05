"""Reading and writing the candidate import/export files (CSV and XLSX)."""
