package refuse_test

import (
	"strings"
	"testing"
)

// callersHead starts each callers case: a main.go that imports what the
// cases use; main follows on line 13.
const callersHead = "package main\n\nimport (\n\t\"fmt\"\n\t\"log/slog\"\n\t\"os\"\n\t\"runtime\"\n\t\"runtime/debug\"\n)\n\nvar _, _, _, _, _ = fmt.Sprint, slog.Info, os.Exit, runtime.GC, debug.FreeOSMemory\n\n"

// TestRefusesCallers lists what asks the runtime where the script runs,
// which sees the interpreter's frames or socklab's binary.
func TestRefusesCallers(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"runtime.Caller of the caller", "func where() { _, f, l, ok := runtime.Caller(1); fmt.Println(f, l, ok) }\n\nfunc main() { where() }", "main.go:13:31: runtime.Caller sees the interpreter's frames"},
		{"runtime.Caller(1) in a main the script calls", "func main() {\n\t_, f, l, ok := runtime.Caller(1)\n\tfmt.Println(f, l, ok)\n\tif len(os.Args) > 5 {\n\t\tmain()\n\t}\n}", "main.go:14:17: runtime.Caller sees"},
		{"runtime.Caller(1) in a function literal called at once", "func main() { func() { _, f, l, ok := runtime.Caller(1); fmt.Println(f, l, ok) }() }", "main.go:13:39: runtime.Caller sees"},
		{"runtime.Caller(1) in a function literal that main defers", "func main() { defer func() { _, f, l, ok := runtime.Caller(1); fmt.Println(f, l, ok) }() }", "main.go:13:45: runtime.Caller sees"},
		{"runtime.Caller(2) in main", "func main() { _, f, l, ok := runtime.Caller(2); fmt.Println(f, l, ok) }", "main.go:13:30: runtime.Caller sees"},
		{"runtime.Caller(0) with its pc", "func main() { pc, f, l, ok := runtime.Caller(0); fmt.Println(pc, f, l, ok) }", "main.go:13:31: runtime.Caller sees"},
		{"runtime.Caller(0) in a var declaration", "var _, f, l, ok = runtime.Caller(0)\n\nfunc main() {}", "main.go:13:19: runtime.Caller sees"},
		{"runtime.Caller as a value", "func main() { c := runtime.Caller; _ = c }", "main.go:13:20: runtime.Caller sees"},
		{"runtime.Callers", "func main() { pcs := make([]uintptr, 4); _ = runtime.Callers(0, pcs) }", "main.go:13:46: runtime.Callers sees the interpreter's frames"},
		{"runtime.CallersFrames", "func main() { _ = runtime.CallersFrames(nil) }", "main.go:13:19: runtime.CallersFrames sees"},
		{"runtime.FuncForPC", "func main() { _ = runtime.FuncForPC(0) }", "main.go:13:19: runtime.FuncForPC names the interpreter's functions"},
		{"runtime.Stack", "func main() { b := make([]byte, 64); _ = runtime.Stack(b, true) }", "main.go:13:42: runtime.Stack holds the interpreter's frames"},
		{"debug.Stack", "func main() { fmt.Println(string(debug.Stack())) }", "main.go:13:34: debug.Stack holds the interpreter's frames"},
		{"debug.PrintStack", "func main() { debug.PrintStack() }", "main.go:13:15: debug.PrintStack prints the interpreter's frames"},
		{"os.Executable", "func main() { exe, _ := os.Executable(); fmt.Println(exe) }", "main.go:13:25: os.Executable names socklab's binary under socklab, as a script has none of its own: use os.Args[0]"},
		{"debug.ReadBuildInfo", "func main() { _, _ = debug.ReadBuildInfo() }", "main.go:13:22: debug.ReadBuildInfo returns socklab's own build information"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, callersHead+tt.body), tt.want)
		})
	}
}

// TestAcceptsCallers lists what runs as Go runs it: runtime.Caller(0)
// with its pc left out, and runtime.Caller(1) so in main or a function a
// go statement starts, which the rewrite lifts, and the rest of runtime,
// debug, os and slog.
func TestAcceptsCallers(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"runtime.Caller(0) with its pc left out", "func main() { _, f, l, ok := runtime.Caller(0); fmt.Println(f, l, ok) }"},
		{"runtime.Caller(1) in main", "func main() { _, f, l, ok := runtime.Caller(1); fmt.Println(f, l, ok) }"},
		{"runtime.Caller(1) in a function a go statement starts", "func main() { go func() { _, f, l, ok := runtime.Caller(1); fmt.Println(f, l, ok) }() }"},
		{"runtime.Caller(0) assigned", "func main() {\n\tvar f string\n\tvar l int\n\t_, f, l, _ = runtime.Caller(0)\n\tfmt.Println(f, l)\n}"},
		{"the rest of runtime and debug", "func main() { fmt.Println(runtime.NumCPU(), runtime.GOOS); debug.SetGCPercent(100) }"},
		{"os.Args", "func main() { fmt.Println(os.Args[0]) }"},
		{"slog's AddSource, which the rewrite lifts", "func main() { _ = slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: true}) }"},
		{"slog without AddSource", "func main() { _ = slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, AddSource: false}) }"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkSource(t, callersHead+tt.body); len(got) > 0 {
				t.Errorf("refused:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
