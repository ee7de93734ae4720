# The seed's examples of bytes and encodings, gathered into one file:
# each line the slides show as "expression → value" is printed here.
msg = 'string'.encode()
print(type(msg))
print(msg)
print(len(msg), len('string'))
print(msg.decode())

msg1 = '\u4e2d'
print(type(msg1))
print(len(msg1))
print(msg1)

msg2 = msg1.encode()
print(type(msg2))
print(len(msg2))
print(msg2)

msg3 = msg2.decode()
print(type(msg3))
print(len(msg3))
print(msg3)

print(b"hello world" == "hello world".encode())
