"""Run one of a seed's Python programs inside a socklab lesson test.

usage: python3 $SEEDPY PROGRAM.py [ARGS...]

The program runs as __main__, in its own folder (as socklab runs a Go
script), and its sockets pass through the same address rules as a socklab
script's:

- a host named in SOCKLAB_HOSTMAP ("127.0.0.1=127.42.1.1") is replaced in
  bind(), connect() and connect_ex(), localhost counting as 127.0.0.1; the
  program still sees 127.0.0.1 in accept(), getsockname() and getpeername();
- each listen() announces its address in SOCKLAB_LISTEN_DIR as the file
  listen-HOST_PORT (the address as the program wrote it), written
  atomically, for the test's "listening" command;
- a TCP socket is bound with SO_REUSEADDR, as Go binds its listeners, so
  that the next server on the same address is not refused while the
  connections of this one linger in TIME_WAIT.

At the end of its input, input() ends the program quietly with status 0,
as console.Input ends a socklab script. Output is line buffered, so a
program stopped at the end of a test has printed every finished line.
"""

import os
import runpy
import socket
import sys
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
    if _is_inet(address) and address[0] in SHOWN:
        return (SHOWN[address[0]],) + tuple(address[1:])
    return address


def _join(host, port):
    return "[%s]:%d" % (host, port) if ":" in host else "%s:%d" % (host, port)


_sock = socket.socket
_bind, _connect, _connect_ex = _sock.bind, _sock.connect, _sock.connect_ex
_listen, _accept = _sock.listen, _sock.accept
_getsockname, _getpeername = _sock.getsockname, _sock.getpeername


def _announce(sock):
    if not LISTEN_DIR or sock not in _asked:
        return
    real = _getsockname(sock)
    asked = _join(_normal(_asked[sock]), real[1])
    name = "listen-" + asked.replace(":", "_").replace("[", "").replace("]", "")
    tmp = os.path.join(LISTEN_DIR, "." + name + ".tmp")
    with open(tmp, "w") as f:
        f.write(_join(real[0], real[1]) + "\n")
    os.replace(tmp, os.path.join(LISTEN_DIR, name))


def bind(self, address):
    if _is_inet(address):
        _asked[self] = address[0]
        # As Go's listeners do: a program started after this one on the same
        # address must not fail while old connections linger in TIME_WAIT.
        if self.type == socket.SOCK_STREAM:
            self.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return _bind(self, _mapped(address))


def connect(self, address):
    return _connect(self, _mapped(address))


def connect_ex(self, address):
    return _connect_ex(self, _mapped(address))


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


_sock.bind, _sock.connect, _sock.connect_ex = bind, connect, connect_ex
_sock.listen, _sock.accept = listen, accept
_sock.getsockname, _sock.getpeername = getsockname, getpeername


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: python3 $SEEDPY PROGRAM.py [ARGS...]\n")
        sys.exit(2)
    path = os.path.abspath(sys.argv[1])
    if not os.path.isfile(path):
        sys.stderr.write("%s: no such file\n" % sys.argv[1])
        sys.exit(2)
    sys.argv = sys.argv[1:]
    sys.path[0] = os.path.dirname(path)
    os.chdir(os.path.dirname(path))
    sys.stdout.reconfigure(line_buffering=True)
    try:
        runpy.run_path(path, run_name="__main__")
    except EOFError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
