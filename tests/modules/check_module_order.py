#!/usr/bin/env python3
"""Fails when a file of a core module includes a header of a module it may not use.

usage: check_module_order.py APP_DIR DEPS_FILE

Each directory under APP_DIR is a module; DEPS_FILE lists, per module, the modules it may include
(the order in app/CMakeLists.txt). Includes are the quoted ones, written from app/ ("model/article.h").
A module missing from DEPS_FILE is an error too, so a new module must take its place in the order.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"', re.M)


def read_deps(path):
    deps = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, _, allowed = line.partition(":")
            deps[name.strip()] = set(allowed.split())
    return deps


def main():
    app, deps_file = sys.argv[1], sys.argv[2]
    deps = read_deps(deps_file)
    problems = []
    modules = sorted(d for d in os.listdir(app) if os.path.isdir(os.path.join(app, d)))
    for module in modules:
        if module not in deps:
            problems.append(f"{module}: not in {deps_file}; give the new module its place in the order")
            continue
        for root, _, files in os.walk(os.path.join(app, module)):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for target in INCLUDE.findall(text):
                    if target == module or target not in modules:
                        continue
                    if target not in deps[module]:
                        rel = os.path.relpath(path, app)
                        problems.append(f"{rel}: includes {target}/, but {module} may use only "
                                        f"{', '.join(sorted(deps[module])) or 'nothing else'}")
    # The table itself must be acyclic.
    state = {}

    def visit(m, stack):
        if state.get(m) == 1:
            problems.append("cycle in the module order: " + " -> ".join(stack + [m]))
            return
        if state.get(m) == 2:
            return
        state[m] = 1
        for d in sorted(deps.get(m, ())):
            visit(d, stack + [m])
        state[m] = 2

    for m in sorted(deps):
        visit(m, [])
    for p in problems:
        print(p)
    print(f"{len(modules)} modules checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
