package rewrite_test

import "testing"

// TestHTTPSites checks the calls that pass httpsite hands their site, the
// names it gives their functions, and the calls it leaves alone.
func TestHTTPSites(t *testing.T) {
	src := `package main

import "net/http"

type app struct{ http.ResponseWriter }

type srv struct{}

func (s *srv) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(500)
	http.Error(w, "boom", 500)
}

func handler(w http.ResponseWriter, r *http.Request) {
	http.NotFound(w, r)
	http.Redirect(w, r, "/", 302)
	defer w.WriteHeader(1)
	a := app{w}
	a.WriteHeader(2)
}

func later() func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(3) }
}

func main() {
	_ = func() {}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(4)
		_ = func(w http.ResponseWriter) { w.WriteHeader(5) }
	})
	http.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "x", 6) })
}
`
	liftHolds(t, src, []string{
		`.ResponseAt(/*line :10:2*/w, "main.(*srv).ServeHTTP", "main.go", 10)/*line :10:3*/.WriteHeader(500)`,
		`http.Error(_sl1.ResponseAt(/*line :11:13*/w, "main.(*srv).ServeHTTP", "main.go", 11)/*line :11:14*/, "boom", 500)`,
		`http.NotFound(_sl1.ResponseAt(/*line :15:16*/w, "main.handler", "main.go", 15)`,
		`http.Redirect(_sl1.ResponseAt(/*line :16:16*/w, "main.handler", "main.go", 16)`,
		`.ResponseAt(/*line :29:3*/w, "main.main.func2", "main.go", 29)`,
		`.ResponseAt(/*line :32:82*/w, "main.main.func3", "main.go", 32)`,
	}, []string{
		`defer _sl1.ResponseAt`, `"main.go", 19)`, `"main.go", 23)`, `"main.go", 30)`,
	})
}
