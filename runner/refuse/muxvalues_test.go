package refuse_test

import "testing"

// TestMuxValues checks ServeMux's Handle and HandleFunc, and net/http's
// functions, taken as values, and that their calls are not refused.
func TestMuxValues(t *testing.T) {
	script := func(body string) string {
		return "package main\n\nimport \"net/http\"\n\ntype srv struct{ *http.ServeMux }\n\nfunc main() {\n\tmux := http.NewServeMux()\n\t" + body + "\n}\n"
	}
	for _, tt := range []struct{ name, body, want string }{
		{"a method value", "h := mux.HandleFunc\n\t_ = h", "main.go:9:7: mux.HandleFunc taken as a value: where a pattern registered through it conflicts with another, ServeMux's panic would name socklab's file and line for the call instead of the script's: call mux.HandleFunc(pattern, handler) directly"},
		{"a method expression", "(*http.ServeMux).Handle(mux, \"/\", http.NotFoundHandler())", "main.go:9:2: (*http.ServeMux).Handle taken as a value"},
		{"the function", "register := http.Handle\n\tregister(\"/\", http.NotFoundHandler())\n\t_ = mux", "main.go:9:14: http.Handle taken as a value: where a pattern registered through it conflicts with another, ServeMux's panic would name socklab's file and line for the call instead of the script's: call http.Handle(pattern, handler) directly"},
		{"promoted", "s := srv{mux}\n\tf := s.Handle\n\t_ = f", "main.go:10:7: s.Handle taken as a value"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, script(tt.body)), tt.want)
		})
	}
	for _, body := range []string{
		"mux.HandleFunc(\"/\", func(http.ResponseWriter, *http.Request) {})",
		"http.Handle(\"/\", http.NotFoundHandler())\n\t(mux.Handle)(\"/a\", mux)",
		"s := srv{mux}\n\ts.HandleFunc(\"/\", func(http.ResponseWriter, *http.Request) {})",
		"h := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})\n\tmux.Handle(\"/\", h)",
	} {
		for _, got := range checkSource(t, script(body)) {
			t.Errorf("%s: refused: %s", body, got)
		}
	}
}
