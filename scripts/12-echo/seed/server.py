## Echo Server, just print the message from the Client

from socket import socket

listen_socket = socket() ## ipv4, TCP
listen_socket.bind( ('127.0.0.1', 1234) )
print("Server in listen mode ...")
listen_socket.listen() ## default argument
while True:
    client_socket, remote_address = listen_socket.accept() ## blocks and wait for client connection
    print( f"Accepting connection from {remote_address[0]}:{remote_address[1]}")
    message = client_socket.recv(4096) ## max size from client is 4K
    message = message.decode()
    print(message)
    client_socket.send(b"OK")
    client_socket.close()

    if message == "bye":
        break
listen_socket.close()
print("Closing listen socket")
