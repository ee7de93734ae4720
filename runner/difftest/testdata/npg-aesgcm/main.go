// difftest: same
package main

// Symmetric encryption as chapter 6 of Network Programming with Go
// shows it, with AES in Go's standard library: a key both sides share,
// GCM sealing with a fixed nonce (so both runs agree; a real program
// takes a random one per message), and the error a tampered message gets.

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func main() {
	key := sha256.Sum256([]byte("a passphrase both ends know"))
	block, err := aes.NewCipher(key[:])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("block size:", block.BlockSize())

	var one [aes.BlockSize]byte
	block.Encrypt(one[:], []byte("sixteen bytes!!!"))
	fmt.Println("one block:", hex.EncodeToString(one[:]))
	var plain [aes.BlockSize]byte
	block.Decrypt(plain[:], one[:])
	fmt.Printf("decrypted: %q\n", plain)

	gcm, err := cipher.NewGCM(block)
	if err != nil {
		fmt.Println(err)
		return
	}
	nonce := bytes.Repeat([]byte{7}, gcm.NonceSize())
	sealed := gcm.Seal(nil, nonce, []byte("meet at the lab at nine"), []byte("header"))
	fmt.Println(len(sealed), hex.EncodeToString(sealed))
	opened, err := gcm.Open(nil, nonce, sealed, []byte("header"))
	fmt.Printf("%q %v\n", opened, err)
	sealed[3] ^= 1
	_, err = gcm.Open(nil, nonce, sealed, []byte("header"))
	fmt.Println("tampered:", err)

	stream := cipher.NewCTR(block, bytes.Repeat([]byte{1}, aes.BlockSize))
	msg := []byte("a stream cipher keeps the length")
	out := make([]byte, len(msg))
	stream.XORKeyStream(out, msg)
	fmt.Println(len(out), hex.EncodeToString(out[:8]))

	_, err = aes.NewCipher([]byte("short"))
	fmt.Println(err)
}
