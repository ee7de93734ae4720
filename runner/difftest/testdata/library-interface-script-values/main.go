// difftest: same
package main

// A program's own types held as interfaces of Go's library, converted
// explicitly (io.Writer(&counter{}), http.Handler(s), sort.Interface(x))
// and printed through them: fmt sees the value, not a wrapper of it.

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type hits struct{ n int }

func (h *hits) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.n++
	fmt.Fprintf(w, "hit %d on %s", h.n, r.URL.Path)
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	w := io.Writer(&counter{})
	fmt.Fprint(w, "twelve bytes")
	fmt.Println(w, w.(*counter).n)

	h := http.Handler(&hits{})
	for _, path := range []string{"/a", "/b"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		fmt.Println(rec.Body.String())
	}
	fmt.Printf("%v %+v\n", h, h)

	words := sort.Interface(byLen(strings.Fields("socket port listen accept")))
	sort.Stable(words)
	fmt.Println(words.(byLen), words.Len())

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	var out io.Writer = &counter{7}
	log.Println("writer:", out)
	handlers := []http.Handler{h, http.NotFoundHandler()}
	fmt.Println(len(handlers), handlers[0])
}
