// difftest: same

package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func main() {
	var h http.Handler = http.NotFoundHandler()
	mux := http.NewServeMux()
	mux.HandleFunc("/b", h.ServeHTTP)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/b", nil))
	fmt.Println(rec.Code)
	k := h.ServeHTTP
	rec = httptest.NewRecorder()
	k(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rec.Code, rec.Body.String())
}
