## Multi-threaded Echo Server

import socket
import threading

class echoThread(threading.Thread):
    def __init__(self,client_socket, remote_address ):
        super().__init__()
        self.client_socket = client_socket
        self.remote_address = remote_address

    def run(self):
        print( f"Accepting connection from {self.remote_address[0]}:{self.remote_address[1]}")
        message =b""
        while True:
            chunk = self.client_socket.recv(4096)
            message += chunk
            print(chunk.decode(), end="")
            if chr(0).encode() in chunk:
                break
        message = message.decode()
        self.client_socket.close()

listen_socket = socket.socket() ## ipv4, TCP
listen_socket.bind( ('127.0.0.1', 1234) )
print("Server in listen mode ...")
listen_socket.listen() ## default argument
while True:
    client_socket, remote_address = listen_socket.accept() ## blocks and wait for client connection
    client = echoThread(client_socket, remote_address)    
    client.start()
