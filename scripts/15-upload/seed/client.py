## Upload Client
## Jayden

from socket import socket
fn = input("Enter file: ")

f = open(fn)
s = socket()
s.connect(('127.0.0.1',1234))

contents = f.read()
f.close()

s.sendall(fn.encode())
s.sendall(chr(0).encode()) # Delimiter
s.sendall(contents.encode())
s.sendall(chr(0).encode()*2) # EOF
print("Sent file")

while True:
    rec_msg = s.recv(1024)
    if rec_msg == chr(0).encode()*2:
        s.close()
        break
print("Received acknowledgement")
