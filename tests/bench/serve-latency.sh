#!/usr/bin/env bash
# Edit-to-reload latency of `nassij serve` on a generated site (not a timed
# test): 25 edits (5 association records written in place, 5 association
# records edited with GNU `sed -i`, which writes a temporary file and
# renames it over the record, as vim, JetBrains IDEs and gedit do; 5
# programme records, 5 templates, 5 Fluent files), each measured from the file write to the `reload`
# server-sent event received by a client, and to the `reload` event of the
# settled rebuild (a record edit reloads its own pages first, then settles:
# search index, exports, the pages that show the record; see
# src/serve/engine.rs). Prints the median and the worst per kind of edit.
#
#   bash tests/bench/serve-latency.sh [ASSOCIATIONS]   (default 10000)
#
# Needs cargo and python3; writes only under a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000}"
cargo build --release --quiet
cargo build --release --quiet --locked -p nassij-generate
BIN="$PWD/target/release/nassij"
GEN="$PWD/target/release/nassij-generate"
WORK="$(mktemp -d -t nassij-serve-bench-XXXXXX)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
"$GEN" --associations "$N" --out "$WORK/site" >/dev/null 2>&1
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$BIN" --root "$WORK/site" serve --port "$PORT" --now 2026-11-22 2>"$WORK/serve.log" &
SERVER_PID=$!
python3 - "$WORK/site" "$PORT" "$N" <<'PY'
import json, os, re, socket, statistics, subprocess, sys, time
root, port, n = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def wait_ready(deadline=600):
    end = time.time() + deadline
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=600) as s:
                s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                if s.recv(12).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            time.sleep(0.2)
    sys.exit("the server did not start")

t0 = time.time()
wait_ready()
print(f"initial build and start: {time.time() - t0:.1f} s for {n} associations")
sse = socket.create_connection(("127.0.0.1", port))
sse.sendall(b"GET /__nassij/events HTTP/1.1\r\nHost: x\r\n\r\n")
sse.settimeout(120)
buf = b""

def next_event():
    global buf
    while b"\n\n" not in buf:
        chunk = sse.recv(65536)
        if not chunk:
            sys.exit("event stream closed")
        buf += chunk.replace(b"\r\n", b"\n")
    block, buf = buf.split(b"\n\n", 1)
    name = re.search(rb"event: (\w+)", block)
    return (name.group(1).decode() if name else ""), block

while next_event()[0] != "hello":
    pass

def listing(folder, suffix):
    return sorted(f for f in os.listdir(os.path.join(root, folder)) if f.endswith(suffix) and f.count(".") == 1)

assocs = listing("content/associations", ".md")
progs = listing("content/programmes", ".md")

def edit_assoc(i):
    p = os.path.join(root, "content/associations", assocs[(i * 997) % len(assocs)])
    s = open(p, encoding="utf-8").read()
    return p, re.sub(r'(name: \{ar: ")', rf'\g<1>{i} ', s, count=1)

def edit_sed(i):
    # GNU sed -i: a temporary sedXXXXXX beside the file, renamed over it.
    p = os.path.join(root, "content/associations", assocs[(i * 613 + 5) % len(assocs)])
    return p, ["sed", "-i", f'0,/name: {{ar: "/s//name: {{ar: "S{i} /', p]

def edit_prog(i):
    p = os.path.join(root, "content/programmes", progs[(i * 7) % len(progs)])
    s = open(p, encoding="utf-8").read()
    return p, re.sub(r'(title: \{ar: ")', rf'\g<1>{i} ', s, count=1)

def edit_template(i):
    p = os.path.join(root, "themes/default/templates/base.html")
    s = open(p, encoding="utf-8").read()
    return p, s.replace("</footer>", f"<!-- {i} --></footer>", 1)

def edit_ftl(i):
    p = os.path.join(root, "i18n/fr/main.ftl")
    s = open(p, encoding="utf-8").read()
    return p, s + f"\nbench-message-{i} = Banc {i}\n"

kinds = [("association", edit_assoc), ("sed -i", edit_sed), ("programme", edit_prog), ("template", edit_template), ("fluent", edit_ftl)]
results = {k: [] for k, _ in kinds}
settled = {k: [] for k, _ in kinds}
for round_ in range(5):
    for kind, make in kinds:
        path, text = make(round_ + 1)
        time.sleep(0.3)  # quiet before each edit
        start = time.perf_counter()
        if isinstance(text, list):
            subprocess.run(text, check=True)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        first = None
        while True:
            name, block = next_event()
            if name == "errors":
                sys.exit(f"{kind} edit gave errors: {block[:300]!r}")
            if name != "reload":
                continue
            ms = (time.perf_counter() - start) * 1000
            data = json.loads(re.search(rb'data: (.*)', block).group(1))
            data.pop("paths", None)
            if first is None:
                first = ms
                print(f"  {kind:12} {ms:8.0f} ms  {json.dumps(data, sort_keys=True)}")
            elif data.get("settled"):
                print(f"  {'':12} {ms:8.0f} ms  {json.dumps(data, sort_keys=True)}")
            if data.get("settled", True):
                break
        results[kind].append(first)
        settled[kind].append(ms)
print(f"\nedit-to-reload latency, {n} associations, 3 languages, {os.cpu_count()} cores (ms):")
print(f"{'':12} {'reload':>17} {'settled':>17}")
print(f"{'edit':12} {'median':>8} {'worst':>8} {'median':>8} {'worst':>8}")
every, every_settled = [], []
total = sum(len(v) for v in results.values())
for kind, values in results.items():
    every += values
    every_settled += settled[kind]
    print(f"{kind:12} {statistics.median(values):8.0f} {max(values):8.0f} {statistics.median(settled[kind]):8.0f} {max(settled[kind]):8.0f}")
print(f"{'all ' + str(total):12} {statistics.median(every):8.0f} {max(every):8.0f} {statistics.median(every_settled):8.0f} {max(every_settled):8.0f}")
PY
