// difftest: same
package main

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"fmt"
)

// crypto/rsa links crypto/sha3 alone: a Go build of this program has no
// SHA-256, SHA-512 or SHA-1, and crypto/rsa panics where it asks crypto
// for one, while SHA3-256 signs.
func main() {
	key, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		fmt.Println(err)
		return
	}
	digest := make([]byte, 32)
	try("SignPSS SHA-256", func() error {
		_, err := rsa.SignPSS(rand.Reader, key, crypto.SHA256, digest, nil)
		return err
	})
	try("Sign PSS SHA-512", func() error {
		_, err := key.Sign(rand.Reader, make([]byte, 64), &rsa.PSSOptions{Hash: crypto.SHA512})
		return err
	})
	try("Decrypt OAEP SHA-1", func() error {
		_, err := key.Decrypt(rand.Reader, []byte("not a ciphertext"), &rsa.OAEPOptions{Hash: crypto.SHA1})
		return err
	})
	try("SignPSS SHA3-256", func() error {
		sig, err := rsa.SignPSS(rand.Reader, key, crypto.SHA3_256, digest, nil)
		if err != nil {
			return err
		}
		return rsa.VerifyPSS(&key.PublicKey, crypto.SHA3_256, digest, sig, nil)
	})
	var signer crypto.Signer = key
	try("a Signer's PSS SHA-256", func() error {
		_, err := signer.Sign(rand.Reader, digest, &rsa.PSSOptions{Hash: crypto.SHA256})
		return err
	})
	fmt.Println(crypto.SHA256.Available(), crypto.SHA3_256.Available())
}

// try runs f and says how it ended.
func try(name string, f func() error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+": panic:", r)
		}
	}()
	fmt.Println(name+":", f())
}
