## Guess Server Code (Mr Leong)
import socket
import random

listen_socket = socket.socket()
listen_socket.bind(('127.0.0.1', 9999))
listen_socket.listen()
print("Guess Server listening ...")
s, addr = listen_socket.accept()
answer = random.randint(1, 100)
print(answer)
guessed = False
while not guessed : 
    s.sendall(b'GUESS\n')
    #s.send(b'GUESS')

    data = s.recv(4096)
    guess = int(data)
    print("received", guess)
    if guess < answer:
        s.sendall(b'Low\n')
        #s.send(b'Low')
    elif guess > answer:
        s.sendall(b'High\n')
        #s.send(b'High')
    else:
        guessed = True
        break
if guessed:
    s.sendall(b'Correct\n')
    #s.send(b'Correct')
s.close()
print("Server closed")
