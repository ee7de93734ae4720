// difftest: same
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		var keys []string
		for k := range r.Header {
			if strings.HasPrefix(k, "X-") {
				keys = append(keys, k+"="+r.Header.Get(k))
			}
		}
		sort.Strings(keys)
		w.Header().Set("X-Reply", "yes")
		fmt.Fprint(w, strings.Join(keys, ","))
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/headers", http.StatusFound)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, mux)
	client := &http.Client{Timeout: 5 * time.Second}
	req, _ := http.NewRequest("GET", "http://"+ln.Addr().String()+"/redirect", nil)
	req.Header.Set("X-Student", "ann")
	req.Header.Set("X-Lesson", "7")
	resp, err := client.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode, resp.Header.Get("X-Reply"), string(body))
	fmt.Println(resp.Request.URL.Path)
}
