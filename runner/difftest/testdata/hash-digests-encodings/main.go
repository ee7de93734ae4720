// difftest: same

// Digests (SHA-256, MD5, CRC-32, FNV) of a string, in one call and
// streamed, base64's encodings and a decode error, hex and its Dump.

package main

import (
	"crypto/md5"
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
	sum := sha256.Sum256([]byte("hello"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Printf("%x\n", md5.Sum([]byte("hello")))
	h := sha256.New()
	io.Copy(h, strings.NewReader("hel"))
	h.Write([]byte("lo"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	f := fnv.New32a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum32())
	enc := base64.StdEncoding.EncodeToString([]byte("hi there!?"))
	fmt.Println(enc, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), base64.RawStdEncoding.EncodeToString([]byte("a")))
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	b, err := hex.DecodeString("48656c6c6fz")
	fmt.Println(b, err)
	fmt.Print(hex.Dump([]byte("socklab rocks 123")))
}
