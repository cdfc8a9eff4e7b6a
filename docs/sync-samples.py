#!/usr/bin/env python3
"""Rewrites every ```java fence in docs/*.md and the README that follows <!-- sample: ID --> with the code between
// BEGIN: ID and // END: ID in docs/src/test/java (and the README's readme-usage block from transport-jdk), the
same way DocsSamplesTest reads them: first the file's imports that the region uses (by simple name), a blank line,
then the region. Run after a formatter or an edit changed a sample; DocsSamplesTest then
passes. Usage: python3 docs/sync-samples.py"""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent
docs = root / "docs"


def normalize(lines):
    lines = [l.rstrip() for l in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    indent = min((len(l) - len(l.lstrip()) for l in lines if l), default=0)
    return [l[indent:] if l else l for l in lines]


IMPORT = re.compile(r"^import (?:static )?[\w.]+\.(\w+);$")


def with_imports(region, file_lines):
    """The file's import lines whose simple name the region uses, a blank line, the region."""
    code = "\n".join(region)
    own = {l.strip() for l in region}
    used = [l.strip() for l in file_lines
            if IMPORT.match(l.strip()) and l.strip() not in own
            and re.search(r"\b" + IMPORT.match(l.strip()).group(1) + r"\b", code)]
    return used + [""] + region if used else region


def samples():
    found = {}
    for f in sorted((docs / "src/test/java").rglob("*.java")):
        open_ = {}
        file_lines = f.read_text(encoding="utf-8").split("\n")
        for line in file_lines:
            b = re.match(r"^\s*// BEGIN: (\S+)\s*$", line)
            e = re.match(r"^\s*// END: (\S+)\s*$", line)
            if b:
                open_[b.group(1)] = []
            elif e:
                found[e.group(1)] = with_imports(normalize(open_.pop(e.group(1))), file_lines)
            else:
                for region in open_.values():
                    region.append(line)
    return found


def rewrite(path, found):
    lines = path.read_text(encoding="utf-8").split("\n")
    out, i, changed = [], 0, False
    while i < len(lines):
        line = lines[i]
        out.append(line)
        m = re.match(r"^<!-- sample: (\S+) -->$", line.strip())
        if m and m.group(1) in found and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("```"):
            out.append(lines[i + 1])
            j = i + 2
            while not lines[j].lstrip().startswith("```"):
                j += 1
            new = found[m.group(1)]
            changed |= lines[i + 2 : j] != new
            out.extend(new)
            out.append(lines[j])
            i = j + 1
            continue
        i += 1
    if changed:
        path.write_text("\n".join(out), encoding="utf-8")
        print("updated", path.relative_to(root))


def readme_usage():
    src = root / "transport-jdk/src/test/java/io/github/i3dsession/transport/jdk/ReadmeExampleTest.java"
    text = src.read_text(encoding="utf-8").split("\n")
    start = next(i for i, l in enumerate(text) if "// BEGIN readme-usage" in l)
    end = next(i for i, l in enumerate(text) if "// END readme-usage" in l)
    block = with_imports(normalize(text[start + 1 : end]), text)
    readme = root / "README.md"
    lines = readme.read_text(encoding="utf-8").split("\n")
    b = next(i for i, l in enumerate(lines) if l.startswith("<!-- BEGIN readme-usage"))
    e = next(i for i, l in enumerate(lines) if l.startswith("<!-- END readme-usage"))
    new = lines[: b + 1] + ["```java"] + block + ["```"] + lines[e:]
    if new != lines:
        readme.write_text("\n".join(new), encoding="utf-8")
        print("updated README.md (readme-usage)")


found = samples()
for page in [root / "README.md", *sorted(docs.glob("*.md"))]:
    rewrite(page, found)
readme_usage()
