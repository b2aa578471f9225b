#!/usr/bin/env python3
"""Adds the data steps (Data/Migrations/SessionsKernelData.cs) to a freshly generated SessionsKernel migration.

Run after `dotnet ef migrations add SessionsKernel` for each provider (issue 9): it moves the creation of the
session tables to the front of Up, copies the meetings into them, points meetings, actions and tasks at them before
their new indexes, and in Down restores the meetings' live state before the session tables are dropped."""
import re
import sys


def blocks(body):
    """Splits a method body into its migrationBuilder statements."""
    parts, depth, start = [], 0, None
    i = 0
    while i < len(body):
        if body.startswith("migrationBuilder.", i) and depth == 0 and start is None:
            start = i
        c = body[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == ";" and depth == 0 and start is not None:
            parts.append(body[start:i + 1])
            start = None
        i += 1
    return parts


def method(source, name):
    m = re.search(r"protected override void " + name + r"\(MigrationBuilder migrationBuilder\)\s*\{", source)
    start = m.end()
    depth, i = 1, start
    while depth:
        depth += {"{": 1, "}": -1}.get(source[i], 0)
        i += 1
    return start, i - 1


def is_(block, op, name):
    return block.startswith(f"migrationBuilder.{op}") and f'"{name}"' in block


def transform(source):
    indent = " " * 12
    up_start, up_end = method(source, "Up")
    up = blocks(source[up_start:up_end])
    new_tables = [b for b in up if is_(b, "CreateTable", "LiveSessions") or is_(b, "CreateTable", "SessionParticipants")
                  or (b.startswith("migrationBuilder.CreateIndex") and ('table: "LiveSessions"' in b or 'table: "SessionParticipants"' in b))]
    rest = [b for b in up if b not in new_tables]
    first_index = next(i for i, b in enumerate(rest) if b.startswith("migrationBuilder.CreateIndex"))
    up = (new_tables + ["SessionsKernelData.CopyMeetingsToSessions(migrationBuilder);"] + rest[:first_index]
          + ["SessionsKernelData.PointAtSessions(migrationBuilder);"] + rest[first_index:])

    down_start, down_end = method(source, "Down")
    down = blocks(source[down_start:down_end])
    late = [b for b in down if is_(b, "DropTable", "SessionParticipants") or is_(b, "DropTable", "LiveSessions")
            or (b.startswith("migrationBuilder.DropColumn") and '"SessionId"' in b and 'table: "Meetings"' in b)]
    rest = [b for b in down if b not in late]
    first_fk = max(i for i, b in enumerate(rest) if not b.startswith("migrationBuilder.AddForeignKey")) + 1
    down = (["SessionsKernelData.ForgetOtherOrigins(migrationBuilder);"] + rest[:first_fk]
            + ["SessionsKernelData.CopySessionsToMeetings(migrationBuilder);"] + late + rest[first_fk:])

    def body(statements):
        return "\n" + "\n\n".join(indent + s for s in statements) + "\n        "

    return source[:up_start] + body(up) + source[up_end:down_start] + body(down) + source[down_end:]


for path in sys.argv[1:]:
    text = open(path, encoding="utf-8-sig").read()
    if "SessionsKernelData" in text:
        sys.exit(f"{path}: already has the data steps")
    text = text.replace("using Microsoft.EntityFrameworkCore.Migrations;", "using Microsoft.EntityFrameworkCore.Migrations;\nusing Leerruimte.Data.Migrations;", 1)
    open(path, "w", encoding="utf-8-sig").write(transform(text))
    print(f"{path}: data steps added")
