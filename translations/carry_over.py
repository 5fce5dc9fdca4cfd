#!/usr/bin/env python3
"""Carries translations over when a text moves to another tr() context.

lupdate files a text by its context (the class that calls tr()). When code
moves (a rule moves from the window into sync/, a dialog is split in two),
the same English text appears unfinished in the new context while its
translation lies vanished in the old one. This copies such translations to
the unfinished entries with the same source text (and comment and plural
kind), then drops what is still vanished or obsolete. A text whose count
became "%Ln" (grouped digits) gets the "%n" text's translation with "%Ln".

Run by `cmake --build build --target update_translations` between a lupdate
that keeps vanished entries and one that drops them; by hand:

    translations/carry_over.py translations/contactdesk_*.ts

Prints what it carried over and what is left to translate.
"""

import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment, message.get("numerus") == "yes")


def is_gone(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") in ("vanished", "obsolete")


def is_unfinished(message):
    # lupdate may have filled in a guess from a same-text entry; it stays
    # unfinished until someone (or this script) confirms it.
    translation = message.find("translation")
    return translation is not None and translation.get("type") == "unfinished"


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    gone = {}
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if is_gone(message) and "".join(translation.itertext()).strip():
                gone.setdefault(key(message), translation)
    carried = 0
    left = []
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            if not is_unfinished(message):
                continue
            old = gone.get(key(message))
            localized = None
            if old is None:
                # A count that became "%Ln" (the locale's digit grouping:
                # "185,988"): the translation of the "%n" text, with "%Ln".
                source, comment, numerus = key(message)
                if "%Ln" in source:
                    localized = gone.get((source.replace("%Ln", "%n"), comment, numerus))
                if localized is None:
                    left.append("%s: %s" % (name, key(message)[0]))
                    continue
                old = localized
            fix = (lambda text: text.replace("%n", "%Ln") if text and localized is not None
                   else text)
            translation = message.find("translation")
            translation.clear()
            translation.text = fix(old.text)
            for child in old:
                copy = ET.SubElement(translation, child.tag, child.attrib)
                copy.text = fix(child.text)
                copy.tail = child.tail
            carried += 1
    for context in root.findall("context"):
        for message in context.findall("message"):
            if is_gone(message):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print("%s: %d carried over, %d left to translate" % (path, carried, len(left)))
    for text in left:
        print("    " + text)


def main(paths):
    if not paths:
        print(__doc__.strip())
        return 2
    for path in paths:
        carry(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
