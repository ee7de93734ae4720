package inits

import (
	"flag"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
)

// TestServeMux: the pages of expvar and net/http/pprof are served only
// when the script imports those packages, as their initialisers register
// them only in a Go build that links them.
func TestServeMux(t *testing.T) {
	tests := []struct {
		imports     []string
		old         bool
		vars, pprof int // the status of GET /debug/vars and /debug/pprof/
	}{
		{nil, false, 404, 404},
		{[]string{"net/http", "fmt"}, false, 404, 404},
		{[]string{"expvar"}, false, 200, 404},
		{[]string{"net/http/pprof"}, false, 404, 200},
		{[]string{"expvar", "net/http/pprof"}, true, 200, 200},
	}
	for _, tt := range tests {
		has := map[string]bool{}
		for _, p := range tt.imports {
			has[p] = true
		}
		mux := serveMux(has, tt.old)
		for path, want := range map[string]int{"/debug/vars": tt.vars, "/debug/pprof/": tt.pprof} {
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			if rec.Code != want {
				t.Errorf("imports %v: GET %s: status %d, want %d", tt.imports, path, rec.Code, want)
			}
		}
	}
}

// TestSet replaces the default mux, which expvar's and pprof's
// initialisers filled in this test binary too.
func TestSet(t *testing.T) {
	Set([]string{"net/http"})
	rec := httptest.NewRecorder()
	http.DefaultServeMux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/debug/vars", nil))
	if rec.Code != 404 {
		t.Errorf("GET /debug/vars after Set for a script without expvar: status %d, want 404", rec.Code)
	}
}

func TestOldPatterns(t *testing.T) {
	for godebug, want := range map[string]bool{
		"":                              false,
		"httpmuxgo121=1":                true,
		"httpmuxgo121=0":                false,
		"gctrace=1, httpmuxgo121=1":     true,
		"httpmuxgo121=1,httpmuxgo121=0": false,
		"x509sha1=1,panicnil=1":         false,
	} {
		if got := oldPatterns(godebug); got != want {
			t.Errorf("oldPatterns(%q) = %t, want %t", godebug, got, want)
		}
	}
}

// TestCommandLine: a script's command line has the flags that the
// initialisers of its imports define, the same flags (their values are
// the packages'), and none of the others.
func TestCommandLine(t *testing.T) {
	old := flag.NewFlagSet("socklab", flag.ContinueOnError)
	checks := old.Int("quickchecks", 100, "iterations")
	old.Bool("testwork", false, "")
	tests := []struct {
		imports []string
		want    []string
	}{
		{nil, nil},
		{[]string{"flag", "fmt"}, nil},
		{[]string{"testing/quick"}, []string{"quickchecks"}},
	}
	for _, tt := range tests {
		has := map[string]bool{}
		for _, p := range tt.imports {
			has[p] = true
		}
		fs := commandLine(old, has, "main.go")
		var got []string
		fs.VisitAll(func(f *flag.Flag) { got = append(got, f.Name) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("imports %v: flags %v, want %v", tt.imports, got, tt.want)
		}
		if fs.Lookup("quickchecks") != nil {
			fs.Set("quickchecks", "7")
			if *checks != 7 {
				t.Errorf("imports %v: -quickchecks set %d in the package, want 7", tt.imports, *checks)
			}
		}
	}
}
