#!/usr/bin/env python3
"""Maintains the UI texts in src/Leerruimte/Resources/Ui.resx (Dutch) and Ui.en.resx (English).

  scripts/resx.py add KEY "Nederlandse tekst" "English text"   add or replace one key in both files
  scripts/resx.py load FILE.tsv                                 add or replace many: KEY<TAB>nl<TAB>en per line
  scripts/resx.py check                                          both files hold the same keys
Keys are kept sorted so diffs stay small.
"""
import sys, os
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Leerruimte", "Resources")
FILES = {"nl": os.path.join(ROOT, "Ui.resx"), "en": os.path.join(ROOT, "Ui.en.resx")}
HEAD = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def read(lang):
    tree = ET.parse(FILES[lang])
    return {d.get("name"): (d.findtext("value") or "") for d in tree.getroot().findall("data")}

def write(lang, entries):
    body = "".join(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(v)}</value></data>\n' for k, v in sorted(entries.items()))
    with open(FILES[lang], "w", encoding="utf-8") as f:
        f.write(HEAD + body + "</root>\n")

def add(pairs):
    nl, en = read("nl"), read("en")
    for key, vnl, ven in pairs:
        nl[key], en[key] = vnl, ven
    write("nl", nl); write("en", en)

def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "add":
        add([(sys.argv[2], sys.argv[3], sys.argv[4])])
    elif cmd == "load":
        rows = []
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"): continue
                parts = line.split("\t")
                if len(parts) != 3: sys.exit(f"need KEY<TAB>nl<TAB>en: {line!r}")
                rows.append(tuple(p.replace("\\n", "\n") for p in parts))
        add(rows)
    elif cmd == "check":
        nl, en = read("nl"), read("en")
        missing = sorted(set(nl) ^ set(en))
        if missing: sys.exit("keys not in both files: " + ", ".join(missing))
        print(f"{len(nl)} keys in both languages")
    else:
        sys.exit(__doc__)

if __name__ == "__main__":
    main()
