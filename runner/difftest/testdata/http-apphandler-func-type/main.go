// difftest: same
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
)

type apiError struct {
	Status int
	Msg    string
}

func (e *apiError) Error() string { return fmt.Sprintf("%d: %s", e.Status, e.Msg) }

type appHandler func(http.ResponseWriter, *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		if ae, ok := err.(*apiError); ok {
			http.Error(w, ae.Msg, ae.Status)
			return
		}
		http.Error(w, "internal: "+err.Error(), 500)
	}
}

func getUser(w http.ResponseWriter, r *http.Request) error {
	id := r.URL.Query().Get("id")
	switch id {
	case "":
		return &apiError{400, "missing id"}
	case "1":
		fmt.Fprintln(w, "user one")
		return nil
	case "x":
		_, err := net.ResolveTCPAddr("tcp", "bad:port:x")
		return err
	}
	return &apiError{404, "user " + id + " not found"}
}

func main() {
	ts := httptest.NewServer(appHandler(getUser))
	defer ts.Close()
	for _, q := range []string{"", "1", "2", "x"} {
		resp, err := http.Get(ts.URL + "/user?id=" + q)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%q -> %d %s", q, resp.StatusCode, strings.TrimSpace(string(b))+"\n")
	}
}
