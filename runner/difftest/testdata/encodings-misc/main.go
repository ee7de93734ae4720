// difftest: same
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

func main() {
	msg := []byte("hello, socket")
	e := base64.StdEncoding.EncodeToString(msg)
	d, err := base64.StdEncoding.DecodeString(e)
	fmt.Println(e, string(d), err)
	fmt.Println(base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	_, err = base64.StdEncoding.DecodeString("!!")
	fmt.Println(err)
	sum := sha256.Sum256(msg)
	fmt.Println(hex.EncodeToString(sum[:8]))
	fmt.Printf("%x\n", sum[:4])
	r := csv.NewReader(strings.NewReader("name,age\nann,30\n\"b, c\",41\n"))
	recs, err := r.ReadAll()
	fmt.Println(len(recs), recs[2][0], err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"x", "y,z", `q"uote`})
	w.Flush()
	var buf bytes.Buffer
	buf.WriteString("abc")
	buf.WriteByte('-')
	fmt.Fprintf(&buf, "%03d", 7)
	fmt.Println(buf.String(), buf.Len(), bytes.Contains(buf.Bytes(), []byte("c-")))
	fmt.Println(bytes.Split([]byte("a b c"), []byte(" ")), bytes.Equal([]byte("a"), []byte("a")))
}
