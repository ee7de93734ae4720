// difftest: same
package main

import (
	"encoding/json"
	"expvar"
	"fmt"
	"net"
	"net/http"
)

// Importing expvar adds its page to http.DefaultServeMux, with the
// variables the program publishes; net/http/pprof's pages stay away.
func main() {
	hits := expvar.NewInt("hits")
	http.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprintln(w, "hi")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	base := "http://" + ln.Addr().String()
	for _, path := range []string{"/hello", "/hello", "/debug/pprof/"} {
		resp, err := http.Get(base + path)
		if err != nil {
			fmt.Println(path, err)
			continue
		}
		resp.Body.Close()
		fmt.Println(path, resp.StatusCode)
	}
	resp, err := http.Get(base + "/debug/vars")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var vars map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&vars); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("/debug/vars", resp.StatusCode, "hits:", vars["hits"], "has cmdline:", vars["cmdline"] != nil, "has memstats:", vars["memstats"] != nil)
}
