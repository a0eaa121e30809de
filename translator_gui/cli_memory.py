"""`translator-gui memory ...`: the translation memory from the command line.

search (concordance), import / export TMX, add a project's confirmed segments, stats.
Errors (a damaged memory, an unreadable file) print one line and exit 2, like every command.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_CLEAN, EXIT_ERROR = 0, 2


def add_memory_parser(commands: Any) -> None:
    """Add the `memory` command and its subcommands to the main parser's subparsers."""
    memory = commands.add_parser("memory", help="the translation memory: search, import, export, "
                                               "add a project, stats")
    actions = memory.add_subparsers(dest="memory_command", metavar="ACTION", required=True)

    def db(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--db", metavar="PATH",
                         help="the memory file (default: memory.sqlite in your data folder)")

    search = actions.add_parser("search", help="concordance: segments holding these words")
    search.add_argument("text", help="words to find in sources and targets (the last may be a "
                                     "beginning of word)")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--format", choices=("text", "json"), default="text")
    db(search)

    imported = actions.add_parser("import", help="add the units of a TMX file")
    imported.add_argument("file", help="a .tmx file")
    imported.add_argument("--source-language", default="fr", metavar="CODE")
    imported.add_argument("--target-language", default="en", metavar="CODE")
    imported.add_argument("--project", help="project name for its units (default: file name)")
    db(imported)

    exported = actions.add_parser("export", help="write the whole memory as TMX")
    exported.add_argument("file", help="the .tmx file to write")
    db(exported)

    add = actions.add_parser("add", help="remember the confirmed segments of a project")
    add.add_argument("project", help="a project file (.tgp)")
    add.add_argument("--author", default=None, help="who confirmed them (default: your login)")
    db(add)

    stats = actions.add_parser("stats", help="what the memory holds")
    stats.add_argument("--format", choices=("text", "json"), default="text")
    db(stats)


def open_memory(path: str | None) -> Any:
    from translator_gui.core.memory import TranslationMemory

    return TranslationMemory(path)


def cmd_memory(args: argparse.Namespace) -> int:
    handler = {"search": _search, "import": _import, "export": _export, "add": _add,
               "stats": _stats}[args.memory_command]
    memory = open_memory(args.db)
    try:
        return handler(memory, args)
    finally:
        memory.close()


def _search(memory: Any, args: argparse.Namespace) -> int:
    hits = memory.search(args.text, limit=max(1, args.limit))
    if args.format == "json":
        json.dump({"hits": [h.to_json() for h in hits]}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_CLEAN
    for hit in hits:
        segment = hit.segment
        print(_marked(segment.source, hit.source_spans))
        print(f"    {_marked(segment.target, hit.target_spans)}")
        print(f"    {segment.project or '-'} · {segment.date}"
              + (f" · {segment.author}" if segment.author else ""))
    print(f"{len(hits)} hit(s)", file=sys.stderr)
    return EXIT_CLEAN


def _marked(text: str, spans: Any) -> str:
    """The text with the found words in [brackets], for people reading a terminal."""
    out, at = [], 0
    for start, end in spans:
        out.append(text[at:start] + "[" + text[start:end] + "]")
        at = end
    return ("".join(out) + text[at:]).replace("\n", " ")


def _import(memory: Any, args: argparse.Namespace) -> int:
    from translator_gui.core.memory_tmx import import_tmx
    from translator_gui.core.model import InputError

    if not Path(args.file).is_file():
        raise InputError(args.file, "file not found")
    read, changed = import_tmx(memory, args.file, args.source_language, args.target_language,
                               args.project)
    print(f"{read} unit(s) read, {changed} new or changed in {memory.path}", file=sys.stderr)
    return EXIT_CLEAN


def _export(memory: Any, args: argparse.Namespace) -> int:
    from translator_gui.core.memory_tmx import export_tmx

    count = export_tmx(memory, args.file)
    print(f"wrote {count} unit(s) to {args.file}", file=sys.stderr)
    return EXIT_CLEAN


def _add(memory: Any, args: argparse.Namespace) -> int:
    from translator_gui.core.project import load_project

    document = load_project(args.project)
    changed = memory.add_document(document, project=Path(args.project).stem, author=args.author)
    confirmed = sum(1 for s in document.segments if s.status.value == "confirmed")
    print(f"{confirmed} confirmed segment(s), {changed} new or changed in {memory.path}",
          file=sys.stderr)
    return EXIT_CLEAN


def _stats(memory: Any, args: argparse.Namespace) -> int:
    stats = memory.stats()
    if args.format == "json":
        json.dump(stats, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_CLEAN
    print(f"memory: {stats['path']} ({stats['bytes']:,} bytes, format {stats['format']})")
    print(f"segments: {stats['segments']:,} in {stats['projects']} project(s)")
    for pair in stats["language_pairs"]:
        print(f"    {pair['source_language']} → {pair['target_language']}: {pair['segments']:,}")
    print(f"corrections that carry over: {stats['corrections']}")
    if stats["last_change"]:
        print(f"last change: {stats['last_change']}")
    return EXIT_CLEAN


def attach_memory(document: Any, path: str | None) -> None:
    """`check --memory PATH`: the checks read this memory, as they do in the window."""
    if path:
        if not Path(path).is_file():
            from translator_gui.core.model import InputError

            raise InputError(path, "translation memory not found")
        document.memory = open_memory(path)
