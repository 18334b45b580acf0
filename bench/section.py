"""Puts one section into BENCHMARKS.md: the section whose heading starts the same way is replaced, at the end."""


def put(path, heading, text):
    old = open(path).read()
    start = old.find(heading)
    if start >= 0:
        end = old.find("\n## ", start + 5)
        old = old[:start] + (old[end + 1:] if end >= 0 else "")
    open(path, "w").write(old.rstrip() + "\n\n" + text)
