from socket import *
my_socket = socket()
my_socket.connect(('127.0.0.1', 12345))

print(my_socket.recv(1024).decode())

my_socket.close()
