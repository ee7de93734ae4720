## Echo Server, unknown size of received message

import socket

listen_socket = socket.socket() ## ipv4, TCP
listen_socket.bind( ('127.0.0.1', 1234) )
print("Server in listen mode ...")
listen_socket.listen() ## default argument
while True:
    client_socket, remote_address = listen_socket.accept() ## blocks and wait for client connection
    print( f"Accepting connection from {remote_address[0]}:{remote_address[1]}")
    #message = client_socket.recv(4096) ## how big ?? 2, 4, 8,..1024,
    #message = message.decode()

    message =b""
    while True:
        chunk = client_socket.recv(4096)
        message += chunk
        #print(chunk.decode(), end="")
        if chr(0).encode() in chunk:
            break
    message = message.decode()
    print(message)

    ## Terminate Server
    if message[:-1] == "bye":
        break
listen_socket.close()
print("Closing listen socket")
