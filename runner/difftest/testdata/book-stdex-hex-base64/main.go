// difftest: same
package main

// encoding/hex and encoding/base64's examples: Encode, EncodeToString,
// Decode with its errors, Dump and Dumper; base64's StdEncoding,
// URLEncoding, RawStdEncoding, a streaming encoder, and DecodeString's
// CorruptInputError.

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	src := []byte("Hello Gopher!")
	dst := make([]byte, hex.EncodedLen(len(src)))
	hex.Encode(dst, src)
	fmt.Printf("%s\n", dst)
	fmt.Println(hex.EncodeToString([]byte("Hello")))

	dec := make([]byte, hex.DecodedLen(len(dst)))
	n, err := hex.Decode(dec, dst)
	fmt.Printf("%s %d %v\n", dec[:n], n, err)
	_, err = hex.DecodeString("48656c6c6f2")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)

	content := []byte("Go is an open source programming language.")
	fmt.Printf("%s", hex.Dump(content))
	stdoutDumper := hex.Dumper(os.Stdout)
	stdoutDumper.Write([]byte{0, 1, 2, 255})
	stdoutDumper.Write([]byte("abc"))
	stdoutDumper.Close()

	msg := "Hello, 世界"
	encoded := base64.StdEncoding.EncodeToString([]byte(msg))
	fmt.Println(encoded)
	decoded, err := base64.StdEncoding.DecodeString(encoded)
	fmt.Println(string(decoded), err)
	data := []byte("any + old & data???")
	fmt.Println(base64.StdEncoding.EncodeToString(data))
	fmt.Println(base64.URLEncoding.EncodeToString(data))
	fmt.Println(base64.RawStdEncoding.EncodeToString(data))
	fmt.Println(base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff}))

	encoder := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	encoder.Write([]byte("streamed "))
	encoder.Write([]byte("input"))
	encoder.Close()
	fmt.Println()

	_, err = base64.StdEncoding.DecodeString("aGVsbG8@")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("aGVsbG8")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16))
}
