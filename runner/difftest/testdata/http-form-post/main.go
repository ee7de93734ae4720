// difftest: same
package main

// HTML forms: http.PostForm sends url.Values as
// application/x-www-form-urlencoded, the handler reads them with
// ParseForm, r.PostForm and FormValue, beside the query string's values.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
)

func signup(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "content type: %s\n", r.Header.Get("Content-Type"))
	fmt.Fprintf(w, "user=%q langs=%q\n", r.PostForm.Get("user"), r.PostForm["lang"])
	fmt.Fprintf(w, "ref (query)=%q ref (form)=%q\n", r.URL.Query().Get("ref"), r.FormValue("ref"))
	fmt.Fprintf(w, "agree=%q missing=%q\n", r.PostFormValue("agree"), r.FormValue("nothing"))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(signup))
	form := url.Values{}
	form.Set("user", "ada lovelace")
	form.Add("lang", "go")
	form.Add("lang", "c & c++")
	form.Set("agree", "yes")
	resp, err := http.PostForm("http://"+ln.Addr().String()+"/signup?ref=news", form)
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(b))
	fmt.Println(form.Encode())

	resp, err = http.Post("http://"+ln.Addr().String()+"/", "application/x-www-form-urlencoded", strings.NewReader("bad=%zz"))
	if err != nil {
		panic(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %s", resp.StatusCode, b)
}
