// difftest: same
package main

// HTTP status codes from a server of the lab: each path answers with
// another code, and the client sorts the answers into classes with a
// switch on resp.StatusCode, printing http.StatusText and the headers that
// matter (Location, Retry-After, Allow).

import (
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "fine") })
	mux.HandleFunc("/created", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "I'm a teapot", http.StatusTeapot)
	})
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("POST /only-post", func(w http.ResponseWriter, r *http.Request) {})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)

	client := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	for _, path := range []string{"/ok", "/created", "/moved", "/teapot", "/busy", "/only-post", "/missing"} {
		resp, err := client.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var class string
		switch code := resp.StatusCode; {
		case code >= 500:
			class = "server error"
		case code >= 400:
			class = "client error"
		case code >= 300:
			class = "redirect"
		case code >= 200:
			class = "success"
		default:
			class = "informational"
		}
		fmt.Printf("%-10s %d %-22q %-13s loc=%q retry=%q allow=%q body=%q\n", path, resp.StatusCode,
			http.StatusText(resp.StatusCode), class, resp.Header.Get("Location"),
			resp.Header.Get("Retry-After"), resp.Header.Get("Allow"), body)
	}
}
