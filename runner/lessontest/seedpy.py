"""Run one of a seed's Python programs inside a socklab lesson test.

usage: python3 $SEEDPY PROGRAM.py [ARGS...]

The program runs as __main__, in its own folder (as socklab runs a Go
script), and its sockets pass through the same address rules as a socklab
script's:

- a host named in SOCKLAB_HOSTMAP ("127.0.0.1=127.42.1.1") is replaced in
  bind(), connect() and connect_ex(), localhost counting as 127.0.0.1; the
  program still sees 127.0.0.1 in accept(), getsockname() and getpeername();
- with SOCKLAB_PORTMAP_DIR set (where only 127.0.0.1 is a usable loopback
  address), a TCP socket bound to a loopback HOST and port P > 0 is bound
  to a free port R instead, recorded as the file port-HOST_P holding
  "R PID" in that folder, as socklab's network gate records it (see
  runner/netgate/portmap.go); connect() and connect_ex() to HOST:P follow
  the record, and are refused when there is none or its process has ended;
  the program still sees P in getsockname() and getpeername();
- each listen() announces its address in SOCKLAB_LISTEN_DIR as the file
  listen-HOST_PORT (the address as the program wrote it), written
  atomically, for the test's "listening" command;
- a TCP socket is bound with SO_REUSEADDR, as Go binds its listeners, so
  that the next server on the same address is not refused while the
  connections of this one linger in TIME_WAIT.

socklab starts Python for this runner without the site module (-S): on
some machines the .pth files of site-packages import whole libraries at
every start (one here imports certifi, and with it typing: two thirds of a
seed's start). The runner then sets up what a program sees of site itself:
site-packages and the user's site-packages on sys.path, and the exit,
quit, help, copyright, credits and license of the interactive prompt; the
.pth files and sitecustomize are not run.

At the end of its input, input() ends the program quietly with status 0,
as console.Input ends a socklab script. Output is line buffered, so a
program stopped at the end of a test has printed every finished line.
"""

import errno
import fcntl
import io
import os
import socket
import sys
import threading
import time
import weakref


def _read_host_map(text):
    pairs = {}
    for pair in text.split(","):
        src, _, dst = pair.partition("=")
        if src and dst:
            pairs[src] = dst
    return pairs


HOST_MAP = _read_host_map(os.environ.get("SOCKLAB_HOSTMAP", ""))
SHOWN = {dst: src for src, dst in HOST_MAP.items() if src != "localhost"}
LISTEN_DIR = os.environ.get("SOCKLAB_LISTEN_DIR", "")
PORT_DIR = os.environ.get("SOCKLAB_PORTMAP_DIR", "")

# The port the program asked for, by the (host, port) a mapped socket
# really uses.
_asked_ports = {}

# The host each socket was bound to, as the program wrote it.
_asked = weakref.WeakKeyDictionary()


def _normal(host):
    return "127.0.0.1" if host == "localhost" else host


def _is_inet(address):
    return isinstance(address, tuple) and len(address) >= 2 and isinstance(address[0], str)


def _mapped(address):
    if _is_inet(address):
        host = HOST_MAP.get(_normal(address[0]))
        if host is not None:
            return (host,) + tuple(address[1:])
    return address


def _shown(address):
    if _is_inet(address):
        port = _asked_ports.get(tuple(address[:2]))
        if port is not None:
            address = (address[0], port) + tuple(address[2:])
        if address[0] in SHOWN:
            return (SHOWN[address[0]],) + tuple(address[1:])
    return address


def _join(host, port):
    return "[%s]:%d" % (host, port) if ":" in host else "%s:%d" % (host, port)


def _file_safe(address):
    return address.replace(":", "_").replace("[", "").replace("]", "")


def _is_loopback(host):
    import ipaddress  # only where ports are mapped: it takes a third of the start

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _port_mapped(sock, address):
    """The host and port under which a TCP socket's address, after the host
    map, is recorded, or None when it is not port mapped."""
    if not PORT_DIR or sock.type != socket.SOCK_STREAM or not _is_inet(address):
        return None
    host, port = _normal(address[0]), address[1]
    if not isinstance(port, int) or port <= 0 or not _is_loopback(host):
        return None
    return host, port


def _record_path(host, port):
    return os.path.join(PORT_DIR, "port-" + _file_safe(_join(host, port)))


def _read_record(path):
    try:
        with open(path) as f:
            real, pid = f.read().split()[:2]
        return int(real), int(pid)
    except (OSError, ValueError):
        return None


def _alive(pid):
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # it runs, but a confined program may not signal it
    except OSError:
        return False
    return True


_sock = socket.socket
_bind, _connect, _connect_ex = _sock.bind, _sock.connect, _sock.connect_ex
_listen, _accept = _sock.listen, _sock.accept
_getsockname, _getpeername = _sock.getsockname, _sock.getpeername


def _announce(sock):
    if not LISTEN_DIR or sock not in _asked:
        return
    real = _getsockname(sock)
    asked = _join(_normal(_asked[sock]), _shown(real)[1])
    name = "listen-" + asked.replace(":", "_").replace("[", "").replace("]", "")
    tmp = os.path.join(LISTEN_DIR, "." + name + ".tmp")
    with open(tmp, "w") as f:
        f.write(_join(real[0], real[1]) + "\n")
    os.replace(tmp, os.path.join(LISTEN_DIR, name))


def _bind_mapped(sock, host, port, rest):
    """Bind sock, asked to bind host:port, to a port of its own, as
    netgate.listenMapped does: the recorded port again if it is free, an
    error if its recorded process still runs, else a new free port."""
    with open(os.path.join(PORT_DIR, ".lock"), "a") as lock:
        fcntl.lockf(lock, fcntl.LOCK_EX)  # released as the file closes
        path = _record_path(host, port)
        record = _read_record(path)
        bound = False
        if record is not None:
            try:
                _bind(sock, (host, record[0]) + rest)
                bound = True
            except OSError as e:
                if e.errno != errno.EADDRINUSE or _alive(record[1]):
                    raise
        if not bound:
            _bind(sock, (host, 0) + rest)
        real = _getsockname(sock)[1]
        tmp = os.path.join(PORT_DIR, "." + os.path.basename(path) + ".tmp")
        with open(tmp, "w") as f:
            f.write("%d %d\n" % (real, os.getpid()))
        os.replace(tmp, path)
        _asked_ports[(host, real)] = port


def _target(sock, address):
    """The address to connect to for address, or None when no program of
    the test listens on its mapped port."""
    address = _mapped(address)
    mapped = _port_mapped(sock, address)
    if mapped is None:
        return address
    host, port = mapped
    record = _read_record(_record_path(host, port))
    if record is None or not _alive(record[1]):
        return None
    _asked_ports[(host, record[0])] = port
    return (host, record[0]) + tuple(address[2:])


def bind(self, address):
    if _is_inet(address):
        _asked[self] = address[0]
        # As Go's listeners do: a program started after this one on the same
        # address must not fail while old connections linger in TIME_WAIT.
        if self.type == socket.SOCK_STREAM:
            self.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    address = _mapped(address)
    mapped = _port_mapped(self, address)
    if mapped is not None:
        return _bind_mapped(self, mapped[0], mapped[1], tuple(address[2:]))
    return _bind(self, address)


def connect(self, address):
    target = _target(self, address)
    if target is None:
        raise ConnectionRefusedError(errno.ECONNREFUSED, os.strerror(errno.ECONNREFUSED))
    return _connect(self, target)


def connect_ex(self, address):
    target = _target(self, address)
    if target is None:
        return errno.ECONNREFUSED
    return _connect_ex(self, target)


def listen(self, *backlog):
    _listen(self, *backlog)
    _announce(self)


def accept(self):
    conn, address = _accept(self)
    return conn, _shown(address)


def getsockname(self):
    return _shown(_getsockname(self))


def getpeername(self):
    return _shown(_getpeername(self))


# Stall records (see runner/stall): while a receive has waited a moment,
# the file wait-PID in SOCKLAB_STALL_DIR says what it waits for, so that a
# test whose programs all wait on each other fails at once.
# No lock guards these: a lock taken where Ctrl-C (the test's kill -INT)
# can interrupt it may stay taken, and hang the program's other threads;
# each update is one dictionary or set operation, atomic in CPython.
STALL_DIR = os.environ.get("SOCKLAB_STALL_DIR", "")
_waiting = {}  # socket -> [since, kind]
_eof_recvs = {}  # socket -> receives after the end of the stream
_accepting = [0]
_at_eof = weakref.WeakSet()


def _stall_line(sock, kind):
    try:
        local, remote = _getsockname(sock), _getpeername(sock)
    except OSError:
        return None
    return "%s %s %s\n" % (_join(local[0], local[1]), _join(remote[0], remote[1]), kind)


# A receive is recorded once it has waited _SETTLE seconds (as
# runner/stall's Settle); the loop brings the record up to date twice as
# often, and a receive whose line the record holds takes it away itself as
# it returns, so that the record never says the program waits once it has
# what it waited for.
_SETTLE = 0.05
_written = [""]  # the record as last written
_recorded = [frozenset()]  # the sockets it holds a line for


def _stall_record():
    now = time.monotonic()
    lines, socks = [], []
    for s, (since, kind) in list(_waiting.items()):
        line = _stall_line(s, kind) if now - since >= _SETTLE else None
        if line:
            lines.append(line)
            socks.append(s)
    lines.sort()
    if _accepting[0] > 0:
        lines.append("- - accept\n")
    _recorded[0] = frozenset(socks)
    return "".join(lines)


def _stall_write(record):
    # Each thread writes through a file of its own: the loop and a receive
    # that returns may write at once.
    path = os.path.join(STALL_DIR, "wait-%d" % os.getpid())
    tmp = os.path.join(STALL_DIR, ".wait-%d-%d.tmp" % (os.getpid(), threading.get_ident()))
    _written[0] = record
    try:
        if record:
            with open(tmp, "w") as f:
                f.write(record)
            os.replace(tmp, path)
        else:
            os.remove(path)
    except OSError:
        pass


def _stall_loop():
    spins = {}
    while True:
        time.sleep(_SETTLE / 2)
        for s, (since, kind) in list(_waiting.items()):
            # Receiving after the end of the stream waits for ever only while
            # it goes on: a program that stopped is elsewhere.
            if kind == "eof":
                n = _eof_recvs.get(s, 0)
                if spins.get(s) == n:
                    _waiting.pop(s, None)
                    spins.pop(s, None)
                else:
                    spins[s] = n
        record = _stall_record()
        if record != _written[0]:
            _stall_write(record)


def _stall_start(program):
    if not STALL_DIR:
        return
    try:
        with open(os.path.join(STALL_DIR, "prog-%d" % os.getpid()), "w") as f:
            f.write(os.path.basename(program) + "\n")
    except OSError:
        return
    threading.Thread(target=_stall_loop, daemon=True).start()


def _watched_recv(original):
    def recv(self, *args, **kwargs):
        if not STALL_DIR or self.gettimeout() is not None:
            return original(self, *args, **kwargs)
        if self in _at_eof:
            # Receiving again after the end of the stream: it waits for what
            # can never come, however fast it spins.
            _eof_recvs[self] = _eof_recvs.get(self, 0) + 1
            _waiting.setdefault(self, [time.monotonic(), "eof"])
        else:
            _waiting[self] = [time.monotonic(), "recv"]
        try:
            data = original(self, *args, **kwargs)
        except BaseException:
            _waiting.pop(self, None)
            raise
        if self not in _at_eof:
            _waiting.pop(self, None)
            if not data:
                _at_eof.add(self)
            if self in _recorded[0]:
                _stall_write(_stall_record())
        return data
    return recv


def _watched_accept(self):
    _accepting[0] += 1  # only the thread that accepts changes it
    try:
        return accept(self)
    finally:
        _accepting[0] -= 1


_sock.bind, _sock.connect, _sock.connect_ex = bind, connect, connect_ex
_sock.listen, _sock.accept = listen, _watched_accept
_sock.recv = _watched_recv(_sock.recv)
_sock.getsockname, _sock.getpeername = getsockname, getpeername


def _site():
    """Put site-packages on sys.path, and exit, quit and the like in
    builtins, as site would, without its .pth files and sitecustomize."""
    import site

    dirs = site.getsitepackages()
    if site.check_enableusersite():
        dirs.append(site.getusersitepackages())
    for d in dirs:
        if os.path.isdir(d) and d not in sys.path:
            sys.path.append(d)
    site.setquit()
    site.setcopyright()
    site.sethelper()


def _run(path):
    """Run the program at path as __main__, as runpy.run_path does for a
    file (without runpy, whose imports cost a tenth of the start)."""
    with io.open_code(path) as f:
        code = compile(f.read(), path, "exec")
    module = type(sys)("__main__")
    module.__file__, module.__cached__, module.__loader__ = path, None, None
    module.__package__, module.__spec__ = "", None
    sys.modules["__main__"] = module
    sys.argv[0] = path
    exec(code, module.__dict__)


def main():
    if sys.flags.no_site:
        _site()
    if len(sys.argv) < 2:
        sys.stderr.write("usage: python3 $SEEDPY PROGRAM.py [ARGS...]\n")
        sys.exit(2)
    path = os.path.abspath(sys.argv[1])
    if not os.path.isfile(path):
        sys.stderr.write("%s: no such file\n" % sys.argv[1])
        sys.exit(2)
    sys.argv = sys.argv[1:]
    _stall_start(path)
    sys.path[0] = os.path.dirname(path)
    os.chdir(os.path.dirname(path))
    sys.stdout.reconfigure(line_buffering=True)
    try:
        _run(path)
    except EOFError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
