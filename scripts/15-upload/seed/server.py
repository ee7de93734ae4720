## Upload Server
## Jayden

from socket import socket

try:
    listen_socket = socket()
    listen_socket.bind(('127.0.0.1', 1234))
    print("Server in listen mode...")
    listen_socket.listen()

    while True:
        client_socket, remote_address = listen_socket.accept()
        print(f"Connection from {remote_address[0]}:{remote_address[1]}")
        
        msg = ""
        while True:
            chunk = client_socket.recv(4096)
            msg += chunk.decode()
            if msg[-2:] == chr(0)*2: # 2 null characters --> EOF
                print("End of file")
                break

        fn, contents = msg[:-2].split(chr(0))
        f = open(f"recv-{fn}","w")
        f.write(contents)
        f.close()

        client_socket.sendall((chr(0).encode())*2)

except KeyboardInterrupt: # Exits
    listen_socket.close()
    print("Closed listen socket")
