package rewrite_test

import "testing"

// TestMuxSites checks the calls that pass muxsite hands their site, and
// where the mux it hands lift comes from.
func TestMuxSites(t *testing.T) {
	src := "package main\n\nimport \"net/http\"\n\ntype srv struct{ *http.ServeMux }\n\ntype app struct{ srv }\n\nfunc main() {\n\tmux := http.NewServeMux()\n\tvar m http.ServeMux\n\tvar a app\n\th := http.NotFoundHandler()\n\tmux.Handle(\"/a\", h)\n\tm.HandleFunc(\"/b\", h.ServeHTTP)\n\ta.Handle(\"/c\", h)\n\thttp.HandleFunc(\"/d\", h.ServeHTTP)\n}\n"
	liftHolds(t, src, []string{
		`.MuxHandle(/*line :14:2*/mux, "main.go", 14)/*line :14:12*/("/a", h)`,
		`.MuxHandleFunc(&(/*line :15:2*/m), "main.go", 15)/*line :15:14*/("/b", `, // h.ServeHTTP, which pass methodfuncs writes out
		`.MuxHandle((/*line :16:2*/a).srv.ServeMux, "main.go", 16)/*line :16:10*/("/c", h)`,
		`.DefaultHandleFunc("main.go", 17)/*line :17:17*/("/d", `,
	}, nil)
}
