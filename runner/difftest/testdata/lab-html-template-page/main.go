// difftest: same
package main

// A web page from html/template: a class list rendered with range, if and
// a function of the program's own, with what students typed escaped as
// HTML. The server renders per request; the client prints the page.

import (
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"strings"
)

type Student struct {
	Name  string
	Score int
	Note  string
}

type Page struct {
	Title    string
	Students []Student
}

var page = template.Must(template.New("class").Funcs(template.FuncMap{
	"grade": func(score int) string {
		switch {
		case score >= 70:
			return "A"
		case score >= 50:
			return "C"
		}
		return "U"
	},
}).Parse(`<h1>{{.Title}}</h1>
<ul>{{range $i, $s := .Students}}
<li>{{$i}}: {{$s.Name}} {{$s.Score}} ({{grade $s.Score}}){{if $s.Note}} <em>{{$s.Note}}</em>{{end}}</li>{{else}}
<li>nobody</li>{{end}}
</ul>
`))

func main() {
	data := Page{"Class 4B & friends", []Student{
		{"Wei", 82, ""},
		{"Siti", 55, "<script>alert('hi')</script>"},
		{"Ravi", 31, `said "later"`},
	}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d := data
		if r.URL.Query().Get("empty") != "" {
			d.Students = nil
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err := page.Execute(w, d); err != nil {
			http.Error(w, err.Error(), 500)
		}
	}))
	for _, q := range []string{"", "?empty=1"} {
		resp, err := http.Get("http://" + ln.Addr().String() + "/" + q)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Header.Get("Content-Type"))
		fmt.Print(strings.TrimSpace(string(b)), "\n")
	}
}
