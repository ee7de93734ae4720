// difftest: same
package main

// hash/crc32, hash/adler32, hash/fnv and crypto/sha256's examples: the
// IEEE checksum, a Koopman table, Update over pieces, sha256.Sum256,
// New with Write and io.WriteString, and HMAC-SHA256 of a message.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
)

func main() {
	data := []byte("Hello, world!")
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	crc32q := crc32.MakeTable(0xD5828281)
	fmt.Printf("%08x\n", crc32.Checksum([]byte("Hello world"), crc32q))
	koop := crc32.MakeTable(crc32.Koopman)
	fmt.Printf("%08x\n", crc32.Checksum(data, koop))
	c := crc32.Update(0, crc32.IEEETable, []byte("Hello, "))
	c = crc32.Update(c, crc32.IEEETable, []byte("world!"))
	fmt.Println(c == crc32.ChecksumIEEE(data))
	h32 := crc32.NewIEEE()
	h32.Write(data)
	fmt.Printf("%x %d\n", h32.Sum(nil), h32.Sum32())

	fmt.Printf("%08x\n", adler32.Checksum(data))
	f := fnv.New64a()
	f.Write(data)
	fmt.Printf("%x\n", f.Sum64())

	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x\n", sum)
	h := sha256.New()
	h.Write([]byte("hello world\n"))
	fmt.Printf("%x\n", h.Sum(nil))
	h.Reset()
	io.WriteString(h, "The fog is getting thicker!")
	io.WriteString(h, "And Leon's getting laaarger!")
	fmt.Printf("%x\n", h.Sum(nil))
	s224 := sha256.Sum224([]byte("x"))
	fmt.Println(s224[:4])

	key := []byte("secret-key")
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte("message"))
	tag := mac.Sum(nil)
	fmt.Println(hex.EncodeToString(tag))
	check := hmac.New(sha256.New, key)
	check.Write([]byte("message"))
	fmt.Println(hmac.Equal(tag, check.Sum(nil)), hmac.Equal(tag, sum[:]))
}
