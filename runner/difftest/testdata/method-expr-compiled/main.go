// difftest: same
package main

import (
	"bytes"
	"crypto"
	"fmt"
	"io"
	"net"
	"strings"
	"time"
)

// Method expressions of compiled types, which the interpreter refused
// ("too many arguments"), and of crypto.Hash, whose Available answers for
// the Go build of this program (it links no hash).
type S struct{ n int }

func (s S) Get() int { return s.n }

func main() {
	fmt.Println(time.Duration.String(3))
	f := time.Duration.Seconds
	fmt.Println(f(3e9))
	fmt.Println(crypto.Hash.Size(crypto.SHA256))
	g := crypto.Hash.Available
	fmt.Println(g(crypto.SHA1), crypto.Hash.Available(crypto.SHA224))
	var b bytes.Buffer
	w := (*bytes.Buffer).WriteString
	w(&b, "hi")
	fmt.Println((*bytes.Buffer).String(&b))
	r := io.Reader.Read
	buf := make([]byte, 3)
	n, err := r(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf))
	st := fmt.Stringer.String
	fmt.Println(st(time.Second))
	fmt.Println(S.Get(S{4}))
	// context, which its signature names, is not imported here.
	dial := (*net.Dialer).DialContext
	fmt.Printf("%T\n", dial)
}
