# lines_makefile.py: Python's own idiom for lines, a file over the socket.
import socket
import sys

host, port = sys.argv[1].rsplit(":", 1)
s = socket.socket()
s.connect((host, int(port)))
count = 0
with s.makefile("rb") as f:
    for line in f:
        count += 1
s.close()
print(count)
