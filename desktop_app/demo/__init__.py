"""`loket demo`: a local central service, a demo data folder full of sample records, and the window
signed in as a demo clerk, with a switch that cuts and restores the network (docs/demo.md)."""
