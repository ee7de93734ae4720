// difftest: same
package main

// http1 to http4 of chapter 7 of The Go Programming Language: a database
// of prices (type dollars float32 with a String method, type database
// map[string]dollars) whose methods list and price are handlers, first
// through a ServeMux with http.HandlerFunc conversions, then through
// mux.HandleFunc; a missing item answers 404 with its message.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
)

type dollars float32

func (d dollars) String() string { return fmt.Sprintf("$%.2f", d) }

type database map[string]dollars

func (db database) list(w http.ResponseWriter, req *http.Request) {
	var items []string
	for item := range db {
		items = append(items, item)
	}
	sort.Strings(items)
	for _, item := range items {
		fmt.Fprintf(w, "%s: %s\n", item, db[item])
	}
}

func (db database) price(w http.ResponseWriter, req *http.Request) {
	item := req.URL.Query().Get("item")
	price, ok := db[item]
	if !ok {
		w.WriteHeader(http.StatusNotFound) // 404
		fmt.Fprintf(w, "no such item: %q\n", item)
		return
	}
	fmt.Fprintf(w, "%s\n", price)
}

// ServeHTTP makes the database itself a handler, as http2 does.
func (db database) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	switch req.URL.Path {
	case "/list":
		db.list(w, req)
	case "/price":
		db.price(w, req)
	default:
		msg := fmt.Sprintf("no such page: %s\n", req.URL)
		http.Error(w, msg, http.StatusNotFound) // 404
	}
}

func serve(h http.Handler) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, h)
	return "http://" + ln.Addr().String()
}

func get(url string) {
	resp, err := http.Get(url)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s", resp.StatusCode, b)
}

func main() {
	db := database{"shoes": 50, "socks": 5}
	base := serve(db)
	for _, p := range []string{"/list", "/price?item=socks", "/price?item=hat", "/help"} {
		get(base + p)
	}

	mux := http.NewServeMux()
	mux.Handle("/list", http.HandlerFunc(db.list))
	mux.HandleFunc("/price", db.price)
	base = serve(mux)
	db["hat"] = 12.5
	for _, p := range []string{"/list", "/price?item=hat", "/price?item=shoes", "/nothing"} {
		get(base + p)
	}
	fmt.Println(db["hat"], dollars(0.5), db)
}
