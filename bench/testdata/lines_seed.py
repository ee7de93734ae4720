# lines_seed.py: the seeds' way to read lines, data += recv(1024), then
# split off each complete line.
import socket
import sys

host, port = sys.argv[1].rsplit(":", 1)
s = socket.socket()
s.connect((host, int(port)))
data = b""
count = 0
while True:
    chunk = s.recv(1024)
    if not chunk:
        break
    data += chunk
    while b"\n" in data:
        line, data = data.split(b"\n", 1)
        count += 1
s.close()
print(count)
