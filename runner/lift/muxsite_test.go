package lift

import (
	"net/http"
	"strings"
	"testing"
)

// TestMuxSites: a conflict's panic names the sites the registrations were
// made at, the first one's recorded, for each mux on its own.
func TestMuxSites(t *testing.T) {
	h := func(http.ResponseWriter, *http.Request) {}
	a, b := http.NewServeMux(), http.NewServeMux()
	MuxHandleFunc(a, "/lab/main.go", 10)("GET /items/{id}", h)
	MuxHandle(b, "/lab/main.go", 11)("GET /items/{id}", http.NotFoundHandler())
	panicText := func(register func()) (text string) {
		defer func() { text = recover().(error).Error() }()
		register()
		return ""
	}
	got := panicText(func() { MuxHandle(a, "/lab/main.go", 12)("GET /items/{name}", http.NotFoundHandler()) })
	want := `pattern "GET /items/{name}" (registered at /lab/main.go:12) conflicts with pattern "GET /items/{id}" (registered at /lab/main.go:10):` + "\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("panic:\n%s\nwant it to start with\n%s", got, want)
	}
	got = panicText(func() { MuxHandleFunc(b, "/lab/main.go", 13)("GET /items/{x}", h) })
	if want := `(registered at /lab/main.go:13) conflicts with pattern "GET /items/{id}" (registered at /lab/main.go:11)`; !strings.Contains(got, want) {
		t.Errorf("panic:\n%s\nwant %s", got, want)
	}
	if got := panicText(func() { MuxHandle(b, "/lab/main.go", 14)("/", nil) }); got != "http: nil handler" {
		t.Errorf("panic: %s, want ServeMux's own", got)
	}
}
