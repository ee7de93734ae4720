// difftest: same
package main

// Limiting what a client may upload: http.MaxBytesReader stops reading
// after the limit, the handler finds a *http.MaxBytesError with errors.As,
// and answers 413.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func upload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16)
	data, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		http.Error(w, fmt.Sprintf("limit is %d bytes", tooBig.Limit), http.StatusRequestEntityTooLarge)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "stored %d bytes: %q\n", len(data), data)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(upload))
	for _, body := range []string{"small", strings.Repeat("x", 16), strings.Repeat("y", 100)} {
		resp, err := http.Post("http://"+ln.Addr().String()+"/", "text/plain", strings.NewReader(body))
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d bytes: %d %s", len(body), resp.StatusCode, b)
	}
	fmt.Println((&http.MaxBytesError{Limit: 5}).Error())
}
