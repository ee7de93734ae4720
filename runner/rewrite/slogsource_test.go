package rewrite_test

import (
	"strings"
	"testing"
)

// sourceHead starts each case of a handler whose options set AddSource:
// main.go imports log/slog and os; the declarations follow from line 8.
const sourceHead = "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\n"

// TestSlogSourceLifts lists what pass slogsource makes of a package that
// may set AddSource: each handler's options go to lift, and the file
// declares the function of each call of slog's logging functions, which
// pass logsite makes a call of lift's with its file and line.
func TestSlogSourceLifts(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"a text handler's options", "func main() {\n\th := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: true})\n\tslog.New(h).Info(\"x\")\n}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, sourceHead+tt.body, []string{
				`slog.NewTextHandler(os.Stdout, _sl1.SlogSourceOptions(&slog.HandlerOptions{AddSource: true}))`,
				`var _ = _sl1.SlogSourceFuncs("main.go", []int{10}, []string{"main.main"})`,
				`_sl1.SlogLoggerInfo(/*line :10:2*/slog.New(h), "main.go", 10, /*line :10:19*/"x")`,
			}, nil)
		})
	}
	t.Run("methods and functions, named as Go names them", func(t *testing.T) {
		src := sourceHead + "var opts = &slog.HandlerOptions{AddSource: len(os.Args) > 1}\n\ntype T struct{ l *slog.Logger }\n\nfunc (t T) a()  { t.l.Warn(\"a\") }\nfunc (t *T) b() { t.l.Warn(\"b\") }\n\nfunc c() { slog.Error(\"c\") }\n\nfunc main() {\n\tt := T{slog.New(slog.NewJSONHandler(os.Stdout, opts))}\n\tt.a()\n\tt.b()\n\tc()\n}\n"
		liftHolds(t, src, []string{
			`[]int{12, 13, 15}, []string{"main.T.a", "main.(*T).b", "main.c"}`,
			`slog.NewJSONHandler(os.Stdout, _sl1.SlogSourceOptions(opts))`,
		}, nil)
	})
	t.Run("AddSource false leaves the package alone", func(t *testing.T) {
		liftHolds(t, sourceHead+"func main() {\n\th := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: false})\n\tslog.New(h).Info(\"x\")\n}\n",
			nil, []string{"SlogSourceOptions", "SlogSourceFuncs", "SlogLoggerInfo"})
	})
}

// TestSlogSourceRefuses lists what a package that may set AddSource
// cannot have lifted, each refused at its line.
func TestSlogSourceRefuses(t *testing.T) {
	const opts = "var opts = &slog.HandlerOptions{AddSource: true}\n\n"
	for _, tt := range []struct{ name, body, want string }{
		{"a call in a function literal", "func main() {\n\tl := slog.New(slog.NewTextHandler(os.Stdout, opts))\n\tfunc() { l.Info(\"x\") }()\n}\n",
			"main.go:12:11: l.Info(...) in a function literal logs, where a handler's AddSource is set, the name of the function"},
		{"a call in a generic function", "func say[T any](l *slog.Logger, v T) { l.Info(\"x\", \"v\", v) }\n\nfunc main() { say(slog.New(slog.NewTextHandler(os.Stdout, opts)), 1) }\n",
			"main.go:10:40: l.Info(...) in a generic function"},
		{"a handler of the script's", "type quiet struct{ slog.Handler }\n\nfunc main() { slog.New(quiet{slog.NewTextHandler(os.Stdout, opts)}).Info(\"x\") }\n",
			"main.go:10:6: quiet is a slog.Handler of the script's"},
		{"a constructor taken as a value", "func main() {\n\tmk := slog.NewJSONHandler\n\tslog.New(mk(os.Stdout, opts)).Info(\"x\")\n}\n",
			"main.go:11:13: slog.NewJSONHandler taken as a value"},
		{"a deferred call", "func main() {\n\tl := slog.New(slog.NewTextHandler(os.Stdout, opts))\n\tdefer l.Info(\"x\")\n}\n",
			"main.go:12:8: defer l.Info(...) logs, with log.Lshortfile or log.Llongfile (or a handler's AddSource)"},
		{"slog.SetDefault where log's flags may name the file", "func main() {\n\tslog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, opts)))\n\tlog.SetFlags(log.Lshortfile)\n\tlog.Print(\"x\")\n}\n",
			"main.go:12:7: slog.SetDefault makes log's functions log through a handler whose AddSource"},
		{"a function taken as a value", "func main() {\n\tslog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, opts)))\n\tsay := slog.Info\n\tg := say\n\tg(\"x\")\n}\n",
			"main.go:12:14: slog.Info taken as a value"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := sourceHead + opts + tt.body
			if strings.Contains(tt.body, "\tlog.") {
				src = strings.Replace(src, "import (\n", "import (\n\t\"log\"\n", 1)
			}
			refuses(t, src, tt.want)
		})
	}
}
