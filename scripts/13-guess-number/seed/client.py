## Guess Client Code (Mr Leong), with \n framing: it reads one line at a
## time and ends each guess with \n, as the server does.
import socket, time

s = socket.socket()
s.connect(('127.0.0.1', 9999))
lines = s.makefile('rb') ## reads the stream one line at a time

correct = False
while not correct :
    raw = lines.readline()
    if not raw: ## the server closed the connection
        break
    print(f"Received {raw}")
    code = raw.decode().strip()
    if code == 'Low':
        print('Your guess is too low.')
    elif code== 'High':
        print('Your guess is too high.')
    elif code == 'GUESS':
        guess = input('Enter guess (1-100): ')
        s.sendall((guess + '\n').encode())
    elif code == 'Correct':
        print('You guessed correct!')
        correct = True
        break
s.close()
