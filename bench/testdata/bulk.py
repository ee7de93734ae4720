# bulk.py: the seeds' receive loop, recv(65536) until the server closes.
import socket
import sys

host, port = sys.argv[1].rsplit(":", 1)
s = socket.socket()
s.connect((host, int(port)))
total = 0
while True:
    data = s.recv(65536)
    if not data:
        break
    total += len(data)
s.close()
print(total)
