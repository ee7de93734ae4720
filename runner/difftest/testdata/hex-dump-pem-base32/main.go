// difftest: same

package main

// encoding/hex's Dump and Dumper, base64's URL and raw encodings, base32
// with and without padding, and a pem block with headers.

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"os"
)

func main() {
	data := []byte("socklab\x00\x01\xff")
	fmt.Println(hex.EncodeToString(data))
	fmt.Print(hex.Dump(data))
	_, err := hex.DecodeString("abz")
	fmt.Println(err)
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("0123456789abcdefXYZ"))
	d.Close()
	fmt.Println(base64.URLEncoding.EncodeToString(data), base64.RawStdEncoding.EncodeToString(data))
	_, err = base64.StdEncoding.DecodeString("a===")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("hi")), base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("hi")))
	b := &pem.Block{Type: "MESSAGE", Headers: map[string]string{"Proc-Type": "4", "A": "b"}, Bytes: data}
	out := pem.EncodeToMemory(b)
	fmt.Print(string(out))
	p, rest := pem.Decode(out)
	fmt.Println(p.Type, p.Headers, len(rest), string(p.Bytes[:7]))
}
