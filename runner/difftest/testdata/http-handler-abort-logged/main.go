// difftest: same
package main

// A handler that aborts with http.ErrAbortHandler: net/http drops the
// connection and logs nothing, where another panic is logged to the
// server's ErrorLog, which the program reads.

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	var logs strings.Builder
	mux := http.NewServeMux()
	mux.HandleFunc("/abort", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "partial")
		panic(http.ErrAbortHandler)
	})
	mux.HandleFunc("/boom", func(w http.ResponseWriter, r *http.Request) {
		panic("boom")
	})
	ts := httptest.NewUnstartedServer(mux)
	ts.Config.ErrorLog = log.New(&logs, "", 0)
	ts.Start()
	for _, p := range []string{"/abort", "/boom"} {
		_, err := http.Get(ts.URL + p)
		fmt.Println(p, err != nil)
	}
	ts.Close()
	n := 0
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.HasPrefix(l, "http: panic serving") {
			_, after, _ := strings.Cut(l, ": ")
			_, after, _ = strings.Cut(after, ": ")
			fmt.Println("logged:", after)
			n++
		}
	}
	fmt.Println(n, "logged")
}
