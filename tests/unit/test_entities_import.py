"""Importing the entities package stays cheap: spaCy loads only in setup()."""
import subprocess
import sys


def test_entities_import_does_not_load_spacy():
    code = "import sys, claimgraph.entities; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
