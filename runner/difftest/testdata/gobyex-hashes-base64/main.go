// difftest: same
package main

// Go by Example, SHA256 Hashes and Base64 Encoding, with the other hashes
// and encodings a program checks data with.

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	fmt.Println(h.Size(), h.BlockSize())
	sum := sha256.Sum256([]byte(s))
	fmt.Println(hex.EncodeToString(sum[:]) == fmt.Sprintf("%x", bs))
	fmt.Printf("%x\n", sha1.Sum([]byte(s)))
	fmt.Printf("%X\n", md5.Sum([]byte("The fog is getting thicker!")))

	m := md5.New()
	io.WriteString(m, "The fog is getting thicker!")
	io.Copy(m, strings.NewReader(" And Leon's getting laaarger!"))
	fmt.Printf("%x\n", m.Sum(nil))

	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	f := fnv.New32a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum32())

	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("hi")), base64.StdEncoding.EncodedLen(10))
	_, err := base64.StdEncoding.DecodeString("not base64!")
	fmt.Println(err)

	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("4x")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("socket programming in Go")))
}
