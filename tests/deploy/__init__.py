"""Tests of the production recipe under deploy/."""
