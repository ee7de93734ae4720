// difftest: same
// Go by Example, SHA256 Hashes and Base64 Encoding, taken further: md5,
// sha1, sha512, crc32 and fnv, base64 without padding, hex encoding and a
// hex dump.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte(s)))
	fmt.Println(hex.EncodeToString(bs[:4]), h.Size(), h.BlockSize())
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	fmt.Printf("%X\n", sha512.Sum512_256([]byte("abc")))
	h2 := sha256.New()
	io.WriteString(h2, "sha256 ")
	io.WriteString(h2, "this string")
	fmt.Println(hex.EncodeToString(h2.Sum(nil)) == hex.EncodeToString(bs))
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	f := fnv.New32a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum32())
	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	fmt.Println()
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("a")), base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	_, err := base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	hb, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(hb), err)
	_, err = hex.DecodeString("4g")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("hello, gopher world")))
}
