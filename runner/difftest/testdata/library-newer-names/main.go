// difftest: same
package main

import (
	"bytes"
	"crypto/sha3"
	"encoding/binary"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"structs"
	"unicode/utf16"
)

// header is laid out as the platform's C compiler would (Go 1.23).
type header struct {
	_      structs.HostLayout
	Kind   uint8
	Length uint32
}

func main() {
	// crypto/sha3 (Go 1.24): a digest, a hash and an extendable output.
	fmt.Printf("%x\n", sha3.Sum256([]byte("socklab")))
	h := sha3.New512()
	h.Write([]byte("sock"))
	h.Write([]byte("lab"))
	fmt.Printf("%x\n", h.Sum(nil)[:16])
	x := sha3.NewSHAKE128()
	x.Write([]byte("socklab"))
	out := make([]byte, 12)
	x.Read(out)
	fmt.Printf("%x\n", out)

	// encoding/binary (Go 1.23): Append, Encode and Decode.
	msg, err := binary.Append(nil, binary.BigEndian, uint16(513))
	msg, _ = binary.Append(msg, binary.LittleEndian, []uint32{1, 2})
	fmt.Println(msg, err)
	buf := make([]byte, 4)
	n, err := binary.Encode(buf, binary.BigEndian, int32(-2))
	fmt.Println(n, err, buf)
	var back int32
	n, err = binary.Decode(buf, binary.BigEndian, &back)
	fmt.Println(n, err, back)

	// Cookies (Go 1.23).
	cookies, err := http.ParseCookie("session=abc; theme=dark")
	for _, c := range cookies {
		fmt.Println(c.Name, c.Value)
	}
	sc, err := http.ParseSetCookie("id=42; Path=/; HttpOnly")
	fmt.Println(sc.Name, sc.Value, sc.Path, sc.HttpOnly, err)

	// go/ast.Preorder (Go 1.23), an iterator of a compiled package.
	f, _ := parser.ParseFile(token.NewFileSet(), "x.go", "package x\nfunc f() { g(1); h(g(2)) }", 0)
	calls := 0
	for n := range ast.Preorder(f) {
		if _, ok := n.(*ast.CallExpr); ok {
			calls++
		}
	}
	fmt.Println("calls:", calls)

	// Smaller additions.
	fmt.Println(utf16.RuneLen('a'), utf16.RuneLen('😀'), utf16.RuneLen(-1))
	local, err := filepath.Localize("notes/today.txt")
	fmt.Println(local, err)
	_, err = filepath.Localize("../up")
	fmt.Println(err != nil)
	var logged bytes.Buffer
	slog.New(slog.DiscardHandler).Info("never shown")
	slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})).Info("shown", slog.GroupAttrs("req", slog.Int("id", 7)))
	fmt.Print(logged.String())
	hd := header{Kind: 1, Length: 512}
	fmt.Println(hd.Kind, hd.Length, strings.Repeat("-", 3))
}
