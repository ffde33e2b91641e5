#!/usr/bin/env python3
"""Storage faults and connection floods against a real fjord-sandbox process, with counts.

    python3 tests/bench/sandbox_faults.py BINARY diskfull|readonly|twoprocs|idle|all

BINARY is a built fjord-sandbox. Every scenario runs the program as a child on 127.0.0.1 with a
data file in a fresh temporary folder, makes real changes over HTTP, and counts the answers and
what a restarted sandbox still has ("lost" = acknowledged with 200 but gone after a restart).
Not part of CTest: the same faults are asserted by tests/sandbox/tst_sandboxstorage and
tst_sandboxlimits; this prints the before/after figures.
"""

import json
import os
import resource
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

TOKEN = "fjord-sandbox-token"
# The sandbox gets the usual desktop limit on open files (soft 1024), whatever this script's is.
NOFILE = (min(1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1]),
          resource.getrlimit(resource.RLIMIT_NOFILE)[1])


def start(binary, data, limit_bytes=None, user=None, extra=()):
    def prepare():
        resource.setrlimit(resource.RLIMIT_NOFILE, NOFILE)
        if limit_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, hard))
        if user is not None:
            os.setgroups([])
            os.setgid(user)
            os.setuid(user)

    args = [binary, "--port", "0"] + (["--data", data] if data else []) + list(extra)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=prepare, text=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            line = proc.stdout.readline()
            if line.startswith("Listening on "):
                return proc, line.split()[-1]
            if not line:
                break
        if proc.poll() is not None:
            break
    proc.wait(timeout=5)
    return proc, None


def call(url, method, path, body=None, timeout=10):
    request = urllib.request.Request(url + "/v1" + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "aivenv1 " + TOKEN)
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as error:
        text = error.read()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, {"raw": text[:200].decode(errors="replace")}
    except (urllib.error.URLError, OSError) as error:
        return 0, {"error": str(error)}


def names(url):
    status, body = call(url, "GET", "/project")
    return status, {p["project_name"] for p in body.get("projects", [])}


def stop(proc):
    proc.kill()  # changes are saved before they are answered: a kill loses nothing
    proc.wait(timeout=5)
    proc.stdout.close()
    proc.stderr.close()


def after_restart(binary, data):
    proc, url = start(binary, data)
    if not url:
        return None
    _, listed = names(url)
    stop(proc)
    return listed


def diskfull(binary):
    folder = tempfile.mkdtemp()
    data = os.path.join(folder, "sandbox.json")
    proc, url = start(binary, data)  # the seed is written without a limit
    stop(proc)
    size = os.path.getsize(data)
    proc, url = start(binary, data, limit_bytes=size + 8192)
    acknowledged, failed, bodies = [], [], []
    for i in range(60):
        name = "disk-full-%02d" % i
        status, body = call(url, "POST", "/project", {"project": name})
        (acknowledged if status == 200 else failed).append(name)
        if status != 200 and len(bodies) < 1:
            bodies.append((status, body))
    _, listed_now = names(url)
    stop(proc)
    listed = after_restart(binary, data) or set()
    aside = [f for f in os.listdir(folder) if ".corrupt-" in f]
    lost = [n for n in acknowledged if n not in listed]
    print("disk full (RLIMIT_FSIZE = data file + 8 KiB, SIGXFSZ ignored):")
    print("  requests %d, acknowledged %d, refused %d, first refusal %s" %
          (60, len(acknowledged), len(failed), bodies[0] if bodies else "-"))
    print("  listed before restart: %d of ours; refused ones listed: %d" %
          (len([n for n in listed_now if n.startswith("disk-full-")]),
           len([n for n in failed if n in listed_now])))
    print("  after restart: %d projects listed, data file moved aside: %s, lost: %d" %
          (len(listed), "yes" if aside else "no", len(lost)))


def readonly(binary):
    folder = tempfile.mkdtemp()
    data = os.path.join(folder, "sandbox.json")
    proc, url = start(binary, data)
    stop(proc)
    os.chmod(folder, 0o755)
    os.chmod(data, 0o644)
    # Root writes into any folder: the sandbox runs as nobody, for whom the folder is read-only.
    user = 65534 if os.geteuid() == 0 else None
    if user is None:
        os.chmod(folder, 0o555)
    proc, url = start(binary, data, user=user)
    if not url:
        print("read-only folder: refused to start, exit %s: %s" %
              (proc.returncode, proc.stderr.read().strip()))
        return
    status, _ = call(url, "POST", "/project", {"project": "read-only-1"})
    stop(proc)
    listed = after_restart(binary, data) or set()
    print("read-only folder: started; create answered %d; after restart listed: %s; lost: %d" %
          (status, "read-only-1" in listed, int(status == 200 and "read-only-1" not in listed)))


def twoprocs(binary):
    folder = tempfile.mkdtemp()
    data = os.path.join(folder, "sandbox.json")
    first, url1 = start(binary, data)
    second, url2 = start(binary, data)
    if not url2:
        message = second.stderr.read().strip()
        status, _ = call(url1, "POST", "/project", {"project": "from-first"})
        stop(first)
        listed = after_restart(binary, data) or set()
        print("two processes: the second refused to start (exit %s): %s" %
              (second.returncode, message))
        print("  first acknowledged %d; after restart listed: %s; lost: %d" %
              (status, "from-first" in listed, int(status == 200 and "from-first" not in listed)))
        return
    s2, _ = call(url2, "POST", "/project", {"project": "from-second"})
    s1, _ = call(url1, "POST", "/project", {"project": "from-first"})
    stop(first)
    stop(second)
    listed = after_restart(binary, data) or set()
    acknowledged = [n for n, s in (("from-second", s2), ("from-first", s1)) if s == 200]
    lost = [n for n in acknowledged if n not in listed]
    print("two processes on one file: both started; acknowledged %d; lost %d (%s)" %
          (len(acknowledged), len(lost), ", ".join(lost) or "-"))


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle(binary, extra=(), count=int(os.environ.get("IDLE_CONNECTIONS", "1000"))):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    proc, url = start(binary, None, extra=extra)
    port = int(url.rsplit(":", 1)[1])
    # One after the other, each waiting (briefly) for its handshake, as a flood of clients would.
    sockets, connected, deadline = [], 0, time.monotonic() + 20
    for _ in range(count):
        s = socket.socket()
        s.settimeout(max(0.01, min(0.5, deadline - time.monotonic())))
        try:
            s.connect(("127.0.0.1", port))
            connected += 1
        except OSError:
            pass
        s.setblocking(False)
        sockets.append(s)
    time.sleep(0.5)
    fds = len(os.listdir("/proc/%d/fd" % proc.pid))
    ok, latencies = 0, []
    for _ in range(20):
        began = time.monotonic()
        status, _ = call(url, "GET", "/clouds", timeout=5)
        latencies.append(time.monotonic() - began)
        ok += status == 200
    before = cpu_seconds(proc.pid)
    time.sleep(3.0)
    cpu = (cpu_seconds(proc.pid) - before) / 3.0
    closed = 0
    for s in sockets:
        try:
            closed += s.recv(1) == b""
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
    for s in sockets:
        s.close()
    stop(proc)
    latencies.sort()
    print("%d idle connections (%d connected), then 20 real requests: %d answered 200 (median %.0f ms, "
          "max %.0f ms); server CPU while idle %.0f%%; idle sockets closed by the server after "
          "~4 s: %d; server's open files %d" % (count, connected, ok, 1000 * latencies[len(latencies) // 2], 1000 * latencies[-1],
                        100 * cpu, closed, fds))


if __name__ == "__main__":
    binary, what = sys.argv[1], sys.argv[2]
    for name, run in (("diskfull", diskfull), ("readonly", readonly), ("twoprocs", twoprocs),
                      ("idle", idle)):
        if what in (name, "all"):
            run(binary)
