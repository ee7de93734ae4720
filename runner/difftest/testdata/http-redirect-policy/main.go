// difftest: same
package main

// Redirects: the client follows http.Redirect's answers by itself, a
// CheckRedirect of one's own stops after a number of hops with an error,
// and http.ErrUseLastResponse hands back the redirect itself.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "the new page")
	})
	mux.HandleFunc("/loop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		http.Redirect(w, r, "/loop/"+strconv.Itoa(n+1), http.StatusFound)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()

	resp, err := http.Get(base + "/old")
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s %s", resp.StatusCode, resp.Request.URL.Path, b)

	var hops []string
	limited := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		hops = append(hops, req.URL.Path)
		if len(via) >= 3 {
			return fmt.Errorf("stopped after %d redirects", len(via))
		}
		return nil
	}}
	_, err = limited.Get(base + "/loop/0")
	fmt.Println(err)
	fmt.Println(hops)

	manual := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err = manual.Get(base + "/old")
	if err != nil {
		panic(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s %q\n", resp.StatusCode, resp.Header.Get("Location"), b)

	_, err = http.Get(base + "/loop/0")
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
}
