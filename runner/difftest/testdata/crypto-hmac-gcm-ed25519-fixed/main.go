// difftest: same

package main

// crypto with fixed keys: HMAC-SHA256, AES-GCM sealing and a tampered
// message's error, a short key's error, ed25519 from a seed, and
// SHA-512/256.

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
)

func main() {
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write([]byte("message"))
	sum := mac.Sum(nil)
	fmt.Println(hex.EncodeToString(sum)[:16], hmac.Equal(sum, sum), len(sum))
	block, _ := aes.NewCipher(make([]byte, 16))
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	ct := gcm.Seal(nil, nonce, []byte("secret"), []byte("hdr"))
	fmt.Printf("%x\n", ct)
	pt, err := gcm.Open(nil, nonce, ct, []byte("hdr"))
	fmt.Println(string(pt), err)
	ct[0] ^= 1
	_, err = gcm.Open(nil, nonce, ct, []byte("hdr"))
	fmt.Println(err)
	_, err = aes.NewCipher([]byte("short"))
	fmt.Println(err)
	priv := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	sig := ed25519.Sign(priv, []byte("hi"))
	fmt.Printf("%x %v\n", sig[:8], ed25519.Verify(priv.Public().(ed25519.PublicKey), []byte("hi"), sig))
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))
}
