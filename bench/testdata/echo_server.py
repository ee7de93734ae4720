# echo_server.py: the echo lesson's seed server, recv(1024) and sendall.
import socket
import sys

host, port = sys.argv[1].rsplit(":", 1)
s = socket.socket()
s.bind((host, int(port)))
s.listen()
print("%s:%d" % s.getsockname(), flush=True)
conn, addr = s.accept()
while True:
    data = conn.recv(1024)
    if not data:
        break
    conn.sendall(data)
conn.close()
