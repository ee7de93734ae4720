package rewrite_test

import "testing"

// deferHead is the start of each case of a deferred call of log's: a file
// whose logger names the file; the functions follow, from line 12.
const deferHead = logHead + "func init() { log.SetFlags(log.Lshortfile) }\n\n"

// TestLogDeferLifts lists deferred calls of log's whose line Go names
// does not depend on the return taken, and what the pass makes of each: a
// call of lift's with that line made negative, which marks it deferred.
func TestLogDeferLifts(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a function without a return: its closing brace", "func main() {\n\tdefer log.Println(\"x\")\n\tlog.Print(\"y\")\n}\n",
			`defer _sl1.LogPrintln(log.Default(), "main.go", -15, /*line :13:20*/"x")`},
		{"one return, the last statement", "func f() error {\n\tdefer log.Printf(\"%d\", 1)\n\treturn nil\n}\n\nfunc main() { f() }\n",
			`defer _sl1.LogPrintf(log.Default(), "main.go", -14, /*line :13:19*/"%d", 1)`},
		{"a defer in a loop: the closing brace whatever the return", "func f(n int) int {\n\tfor i := range n {\n\t\tdefer log.Print(\"n \", i)\n\t}\n\tif n > 1 {\n\t\treturn 1\n\t}\n\treturn 0\n}\n\nfunc main() { f(2) }\n",
			`"main.go", -20, `},
		{"more returns times defers than the compiler open-codes: the closing brace", "func f(n int) int {\n\tdefer log.Println(\"x\")\n\tdefer os.Stdout.Sync()\n\tswitch n {\n\tcase 1:\n\t\treturn 1\n\tcase 2:\n\t\treturn 2\n\tcase 3:\n\t\treturn 3\n\tcase 4:\n\t\treturn 4\n\tcase 5:\n\t\treturn 5\n\tcase 6:\n\t\treturn 6\n\tcase 7:\n\t\treturn 7\n\t}\n\treturn 0\n}\n\nfunc main() { f(1) }\n",
			`"main.go", -32, `},
		{"two returns: a variable the returns set, which the call reads where it runs", "func f(n int) int {\n\tdefer log.Println(\"x\")\n\tif n > 0 {\n\t\treturn 1\n\t}\n\treturn 0\n}\n\nfunc main() { f(1) }\n",
			"func f(n int) int { _exit1 := -18; _ = _exit1;\n\tdefer _sl2.LogPrintln(log.Default(), \"main.go\", _exit1, /*line :13:20*/\"x\")\n\tif n > 0 {\n\t\t_exit1 = -15; return 1\n\t}\n\t_exit1 = -17; return 0\n}"},
		{"one return that is not the last statement: the closing brace otherwise", "func f(n int) {\n\tdefer log.Println(\"x\")\n\tif n > 0 {\n\t\treturn\n\t}\n\tlog.Print(n)\n}\n\nfunc main() { f(1) }\n",
			"_exit1 := -18; _ = _exit1;"},
		{"a method of a logger", "func f(l *log.Logger) {\n\tdefer l.Println(\"x\")\n}\n\nfunc main() { f(log.Default()) }\n",
			`defer _sl1.LogPrintln(/*line :13:8*/l, "main.go", -14, /*line :13:18*/"x")`},
		{"beside a deferred Close of a net.Conn the script does not implement", "func f(c interface{ Close() error }) {\n\tdefer c.Close()\n\tdefer log.Println(\"x\")\n}\n\nfunc main() { f(nil) }\n",
			`"main.go", -15, /*line :14:20*/"x")`},
		{"a slog function", "func main() {\n\tdefer slog.Info(\"x\", \"n\", 1)\n}\n",
			`defer _sl1.SlogInfo("main.go", -14, /*line :13:18*/"x", "n", 1)`},
		{"in a frame of deferred calls: wrapped with lift's type", "func main() {\n\tch := make(chan int)\n\tdefer log.Println(\"x\")\n\tdefer close(ch)\n}\n",
			`_defers1.Call(_sl2.LogPrintln).(func(l *log.Logger, file string, line int, v ...any))(log.Default(), "main.go", -16, `},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := deferHead + tt.body
			if tt.name == "a slog function" {
				src = "package main\n\nimport (\n\t\"log\"\n\t\"log/slog\"\n)\n\nvar _ = slog.Info\n\nfunc init() { log.SetFlags(log.Lshortfile) }\n\n" + tt.body
			}
			liftHolds(t, src, []string{tt.want}, nil)
		})
	}
}

// TestLogDeferRefuses lists deferred calls of log's whose line Go names
// depends on the return taken, on how the compiler builds the function,
// or on a recover: each is refused at the call.
func TestLogDeferRefuses(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"two returns and named results", "func f(n int) (err error) {\n\tdefer log.Println(\"x\")\n\tif n > 0 {\n\t\treturn nil\n\t}\n\treturn\n}\n\nfunc main() { f(1) }\n",
			"main.go:13:8: defer log.Println(...) logs"},
		{"named results", "func f() (err error) {\n\tdefer log.Println(\"x\")\n\treturn nil\n}\n\nfunc main() { f() }\n",
			"main.go:13:8: defer log.Println(...) logs"},
		{"a deferred function literal may recover", "func main() {\n\tdefer log.Println(\"x\")\n\tdefer func() { recover() }()\n}\n",
			"main.go:13:8: defer log.Println(...) logs"},
		{"a deferred function of the script's may recover", "func catch() { recover() }\n\nfunc main() {\n\tdefer log.Println(\"x\")\n\tdefer catch()\n}\n",
			"main.go:15:8: defer log.Println(...) logs"},
		{"an interface's method the script's type has", "type conn struct{}\n\nfunc (conn) Close() error { recover(); return nil }\n\nfunc f(c interface{ Close() error }) {\n\tdefer c.Close()\n\tdefer log.Println(\"x\")\n}\n\nfunc main() { f(conn{}) }\n",
			"main.go:18:8: defer log.Println(...) logs"},
		{"a goto", "func main() {\n\ti := 0\nagain:\n\tdefer log.Println(\"i\")\n\tif i++; i < 2 {\n\t\tgoto again\n\t}\n}\n",
			"main.go:15:8: defer log.Println(...) logs"},
		{"a logger's method in a frame of deferred calls", "func f(l *log.Logger, ch chan int) {\n\tdefer l.Println(\"x\")\n\tdefer close(ch)\n}\n\nfunc main() { f(log.Default(), nil) }\n",
			"main.go:13:8: defer l.Println(...) logs"},
		{"a first argument that is not a constant", "func main() {\n\tmsg := \"x\"\n\tdefer log.Println(msg)\n}\n",
			"main.go:14:8: defer log.Println(...) logs"},
		{"Output", "func main() {\n\tdefer log.Output(1, \"x\")\n}\n",
			"main.go:13:8: defer log.Output(...) logs"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, deferHead+tt.body, tt.want)
		})
	}
}
