from socket import *
from random import *
my_socket = socket()
my_socket.bind(('127.0.0.1', 12345))
my_socket.listen()

def game(guess):
    if guess == 'H' or guess == 'T':
        if guess == choice(['H', 'T']):
            return 'You are right!'
        else:
            return 'Sorry, you are wrong.'
    elif guess == 'Q':
        return 'Thanks for playing the game. Bye!'
    else:
        return 'Please enter head (H), tail (T) \
or Q to quit'

print('Type Ctrl-F6 or close the shell to \
terminate the server.')
new_socket, addr = my_socket.accept()
print('Connected to: ' + str(addr))

while True:
    new_socket.sendall(b'I will toss a coin, \
guess if it is a head (H) or tail (T) : ')

    client_guess = b''
    while b'\n' not in client_guess:
        client_guess += new_socket.recv(1024)
    client_guess = client_guess.decode() [-2]

    new_socket.sendall(game(client_guess) \
                        .encode() + b'\n')

    if client_guess == 'Q':
        break

new_socket.close()
my_socket.close()
