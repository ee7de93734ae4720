// difftest: same
package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
)

type api struct{ hits int }

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.hits++
	fmt.Fprintln(w, "hits:", a.hits)
	w.WriteHeader(http.StatusAccepted) // too late: the header went with the body
}

func fail(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("partial "))
	http.Error(w, "boom", http.StatusInternalServerError)
}

func gone(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusGone)
	http.NotFound(w, r)
}

func moved(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "see elsewhere\n")
	http.Redirect(w, r, "/elsewhere", http.StatusFound)
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/api", &api{})
	mux.HandleFunc("/fail", fail)
	mux.HandleFunc("/gone", gone)
	mux.HandleFunc("/moved", moved)
	mux.HandleFunc("/twice", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		w.WriteHeader(http.StatusOK)
		fmt.Fprintln(w, "created")
	})
	quiet := &http.Server{Handler: mux, ErrorLog: log.New(os.Stdout, "[server] ", 0)}
	go quiet.Serve(ln)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, path := range []string{"/api", "/fail", "/gone", "/moved", "/twice"} {
		resp, err := client.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			log.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %d %q\n", path, resp.StatusCode, body)
	}
	quiet.Close()
}
