package rewrite_test

import (
	"strings"
	"testing"
)

// logHead is the start of each logsite case: a file that imports log and
// os, whose main function follows.
const logHead = "package main\n\nimport (\n\t\"log\"\n\t\"os\"\n)\n\nvar _ = os.Stdout\n\n"

// TestLogSiteLifts lists calls of log's printing functions and methods
// and what the pass makes of each: a call of lift's (imported as _sl1)
// with the logger and the call's own file and line.
func TestLogSiteLifts(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"a function of log", logHead + "func main() {\n\tlog.Println(\"x\", 1)\n}\n",
			`_sl1.LogPrintln(log.Default(), "main.go", 11, /*line :11:14*/"x", 1)`},
		{"a function of log without arguments", logHead + "func main() {\n\tlog.Print()\n}\n",
			`_sl1.LogPrint(log.Default(), "main.go", 11/*line :11:12*/)`},
		{"a function of log under another name", "package main\n\nimport lg \"log\"\n\nfunc main() {\n\tlg.Fatalf(\"%d\", 1)\n}\n",
			`_sl1.LogFatalf(lg.Default(), "main.go", 6, /*line :6:12*/"%d", 1)`},
		{"a method", logHead + "func main() {\n\tl := log.New(os.Stdout, \"\", log.Lshortfile)\n\tl.Printf(\"%d\", 1)\n}\n",
			`_sl1.LogPrintf(/*line :12:2*/l, "main.go", 12, /*line :12:11*/"%d", 1)`},
		{"Output with calldepth 1", logHead + "func main() {\n\t_ = log.Output(1, \"x\")\n}\n",
			`_sl1.LogOutput(log.Default(), "main.go", 11, /*line :11:17*/1, "x")`},
		{"a promoted method", logHead + "type srv struct{ *log.Logger }\n\nfunc main() {\n\ts := srv{log.Default()}\n\ts.Fatalln(\"x\")\n}\n",
			`_sl1.LogFatalln(/*line :14:2*/s.Logger, "main.go", 14, /*line :14:12*/"x")`},
		{"a method of a field of type log.Logger", logHead + "type hub struct{ l log.Logger }\n\nfunc main() {\n\tvar h hub\n\th.l.Panic(\"x\")\n}\n",
			`_sl1.LogPanic(&/*line :14:2*/h.l, "main.go", 14, /*line :14:12*/"x")`},
		{"a call over several lines", logHead + "func main() {\n\tlog.Printf(\"%d\",\n\t\t1)\n}\n",
			`_sl1.LogPrintf(log.Default(), "main.go", 11, /*line :11:13*/"%d",`},
		{"a deferred call in a function literal", logHead + "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tdefer func() { log.Println(\"x\") }()\n}\n",
			`defer func() { _sl1.LogPrintln(log.Default(), "main.go", 12, /*line :12:29*/"x") }()`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, []string{tt.want}, nil)
		})
	}
}

// slogHead is the start of each slog case: a file that imports log and
// log/slog and sets log's flags to name the file, whose main function
// follows.
const slogHead = "package main\n\nimport (\n\t\"log\"\n\t\"log/slog\"\n)\n\nfunc init() { log.SetFlags(log.Lshortfile) }\n\n"

// TestSlogSiteLifts lists calls of slog's logging functions and of
// *slog.Logger's logging methods, where log's flags may name the file,
// and what the pass makes of each: a call of lift's with the call's own
// file and line (and the logger, for a method).
func TestSlogSiteLifts(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a function", "func main() {\n\tslog.Info(\"x\", \"n\", 1)\n}\n",
			`_sl1.SlogInfo("main.go", 11, /*line :11:12*/"x", "n", 1)`},
		{"a context function", "func main() {\n\tslog.WarnContext(nil, \"x\")\n}\n",
			`_sl1.SlogWarnContext("main.go", 11, /*line :11:19*/nil, "x")`},
		{"Log with a level", "func main() {\n\tslog.Log(nil, slog.LevelError, \"x\")\n}\n",
			`_sl1.SlogLog("main.go", 11, /*line :11:11*/nil, slog.LevelError, "x")`},
		{"LogAttrs", "func main() {\n\tslog.LogAttrs(nil, slog.LevelInfo, \"x\", slog.Int(\"n\", 1))\n}\n",
			`_sl1.SlogLogAttrs("main.go", 11, /*line :11:16*/nil, slog.LevelInfo, "x", slog.Int("n", 1))`},
		{"a method of the default logger", "func main() {\n\tslog.Default().Error(\"x\")\n}\n",
			`_sl1.SlogLoggerError(/*line :11:2*/slog.Default(), "main.go", 11, /*line :11:23*/"x")`},
		{"a method of a logger With made", "func main() {\n\tl := slog.With(\"a\", 1)\n\tl.Debug(\"x\", \"b\", 2)\n}\n",
			`_sl1.SlogLoggerDebug(/*line :12:2*/l, "main.go", 12, /*line :12:10*/"x", "b", 2)`},
		{"a promoted method", "type srv struct{ *slog.Logger }\n\nfunc main() {\n\ts := srv{slog.Default()}\n\ts.Info(\"x\")\n}\n",
			`_sl1.SlogLoggerInfo(/*line :14:2*/s.Logger, "main.go", 14, /*line :14:9*/"x")`},
		{"a method of a field of type slog.Logger", "type hub struct{ l slog.Logger }\n\nfunc main() {\n\tvar h hub\n\th.l.Info(\"x\")\n}\n",
			`_sl1.SlogLoggerInfo(&/*line :14:2*/h.l, "main.go", 14, /*line :14:11*/"x")`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, slogHead+tt.body, []string{tt.want}, nil)
		})
	}
}

// helperHead is the start of each case of a helper that logs its
// caller's line: logf, with the flags that name the file; main follows.
const helperHead = logHead + "func init() { log.SetFlags(log.Lshortfile) }\n\nfunc logf(s string) {\n\tlog.Output(2, s)\n}\n\n"

// TestLogSiteHelpers lists helpers that call Output(2, s) and what the
// pass makes of them: parameters of the caller's file and line first,
// which each call passes and Output logs at.
func TestLogSiteHelpers(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"called from main", "func main() {\n\tlogf(\"x\")\n}\n", []string{
			"func logf(_logfile2 string, _logline3 int, /*line :12:11*/s string) {",
			"_sl1.LogOutput(log.Default(), _logfile2, _logline3, /*line :13:13*/2, s)",
			`logf("main.go", 17, /*line :17:7*/"x")`,
		}},
		{"called from two functions and a literal", "func a() { logf(\"a\") }\n\nfunc main() {\n\ta()\n\tfunc() { logf(\"b\") }()\n}\n", []string{
			`func a() { logf("main.go", 16, /*line :16:17*/"a") }`,
			`func() { logf("main.go", 20, /*line :20:16*/"b") }()`,
		}},
		{"a helper without parameters, through a logger", "var l = log.New(os.Stdout, \"\", log.Lshortfile)\n\nfunc mark() { l.Output(2, \"here\") }\n\nfunc main() {\n\tmark()\n}\n", []string{
			`func mark(_logfile4 string, _logline5 int/*line :18:11*/) { _sl1.LogOutput(/*line :18:15*/l, _logfile4, _logline5, /*line :18:24*/2, "here") }`,
			`mark("main.go", 21/*line :21:7*/)`,
		}},
		{"Output(3) in a helper that a helper calls", "func report(s string) {\n\tlog.Output(3, s)\n}\n\nfunc check(s string) { report(s) }\n\nfunc main() {\n\tcheck(\"x\")\n}\n", []string{
			"func report(_logfile4 string, _logline5 int, /*line :16:13*/s string) {",
			"_sl1.LogOutput(log.Default(), _logfile4, _logline5, /*line :17:13*/3, s)",
			"func check(_logfile6 string, _logline7 int, /*line :20:12*/s string) { report(_logfile6, _logline7, /*line :20:31*/s) }",
			`check("main.go", 23, /*line :23:8*/"x")`,
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, helperHead+tt.body, tt.want, nil)
		})
	}
}

// TestLogSiteHelpersRefused lists helpers whose caller's line the pass
// cannot hand them: their Output stays refused.
func TestLogSiteHelpersRefused(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"taken as a value", "func main() {\n\tf := logf\n\tf(\"x\")\n}\n"},
		{"deferred", "func main() {\n\tdefer logf(\"x\")\n}\n"},
		{"started as a goroutine", "func main() {\n\tgo logf(\"x\")\n}\n"},
		{"in parentheses", "func main() {\n\t(logf)(\"x\")\n}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, helperHead+tt.body, "main.go:13:6: log.Output with a calldepth other than 1")
		})
	}
}

// TestLogSiteValues lists variables that hold a logging function and
// what the pass makes of their calls: the call of lift's that the
// function's own call becomes, with the variable's call's line.
func TestLogSiteValues(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		want       []string
	}{
		{"declared with :=", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tsay := log.Println\n\tsay(\"x\")\n\tsay()\n}\n", []string{
			"say := log.Println",
			`_sl1.LogPrintln(log.Default(), "main.go", 13, /*line :13:6*/"x")`,
			`_sl1.LogPrintln(log.Default(), "main.go", 14/*line :14:6*/)`,
		}},
		{"declared with var, called in a literal", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tvar f = log.Fatalf\n\tfunc() { f(\"%d\", 1) }()\n}\n", []string{
			`func() { _sl1.LogFatalf(log.Default(), "main.go", 13, /*line :13:13*/"%d", 1) }()`,
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, logHead+tt.body, tt.want, nil)
		})
	}
	liftHolds(t, slogHead+"func main() {\n\tinfo := slog.Info\n\tinfo(\"x\", \"n\", 1)\n}\n",
		[]string{`_sl1.SlogInfo("main.go", 12, /*line :12:7*/"x", "n", 1)`}, nil)
	liftHolds(t, slogHead+"type srv struct{ log *slog.Logger }\n\nfunc main() {\n\ts := srv{slog.Default()}\n\twarn := s.log.Warn\n\twarn(\"x\")\n}\n", []string{
		"warn, _logger2/*line :14:6*/ := s.log.Warn, s.log/*line :14:20*/",
		`_sl1.SlogLoggerWarn(_logger2, "main.go", 15, /*line :15:7*/"x")`,
	}, nil)
	liftHolds(t, logHead+"type hub struct{ l log.Logger }\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tvar h hub\n\tn, say := 1, h.l.Println\n\tsay(n)\n}\n", []string{
		"n, say, _logger2/*line :15:8*/ := 1, h.l.Println, &h.l/*line :15:26*/",
		`_sl1.LogPrintln(_logger2, "main.go", 16, /*line :16:6*/n)`,
	}, nil)
}

// TestLogSiteValuesRefused lists variables of a logging function whose
// calls the pass cannot lift: the function taken as a value stays
// refused.
func TestLogSiteValuesRefused(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"assigned again", "\tsay = log.Print\n\tsay(\"x\")\n"},
		{"passed on", "\tfunc(f func(...any)) {}(say)\n"},
		{"its address taken", "\tp := &say\n\t(*p)(\"x\")\n"},
		{"deferred", "\tdefer say(\"x\")\n"},
		{"started as a goroutine", "\tgo say(\"x\")\n"},
		{"in parentheses", "\t(say)(\"x\")\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, logHead+"func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tsay := log.Println\n"+tt.body+"}\n",
				"main.go:12:13: log.Println taken as a value")
		})
	}
	refuses(t, logHead+"var say = log.Println\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tsay(\"x\")\n}\n",
		"main.go:10:15: log.Println taken as a value")
	for _, tt := range []struct{ name, body, want string }{
		{"a method value of a call's logger", "\tf := log.New(os.Stdout, \"\", log.Llongfile).Printf\n\tf(\"x\")\n",
			`main.go:11:45: log.New(os.Stdout, "", log.Llongfile).Printf taken as a value`},
		{"a method value declared with its type", "\tlog.SetFlags(log.Lshortfile)\n\tl := log.Default()\n\tvar f func(string, ...any) = l.Printf\n\tf(\"x\")\n",
			"main.go:13:33: l.Printf taken as a value"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, logHead+"func main() {\n"+tt.body+"}\n", tt.want)
		})
	}
}

// TestLogSiteLeaves lists what the pass leaves as it is: calls through
// which log prints no file, where no flag can make it.
func TestLogSiteLeaves(t *testing.T) {
	for _, tt := range []struct{ name, body, kept string }{
		{"a method value, no file flags", "func main() {\n\tf := log.Println\n\tf(\"x\")\n}\n", "f := log.Println"},
		{"Output with calldepth 2, constant flags without a file", "func main() {\n\tlog.SetFlags(log.LstdFlags)\n\tlog.Output(2, \"x\")\n}\n", "log.Output(2, \"x\")"},
		{"a deferred call, no file flags", "func main() {\n\tdefer log.Println(\"x\")\n}\n", "defer log.Println(\"x\")"},
		{"other functions of log", "func main() {\n\tlog.SetFlags(0)\n\t_ = log.Writer()\n}\n", "log.SetFlags(0)"},
		{"an interface's method that no logger has", "type sayer interface {\n\tPrintln(v ...any)\n\tSay()\n}\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tvar s sayer\n\tif s != nil {\n\t\ts.Println(\"x\")\n\t}\n}\n", "s.Println(\"x\")"},
		{"slog, no file flags", "func main() {\n\tlog.SetFlags(log.LstdFlags)\n\tslog.Info(\"x\")\n\tf := slog.Warn\n\tf(\"y\")\n\tslog.NewLogLogger(slog.Default().Handler(), slog.LevelWarn).Print(\"z\")\n}\n", "slog.Info(\"x\")"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := logHead + tt.body
			if strings.Contains(tt.body, "slog.") { // one line more
				src = strings.Replace(src, "\t\"log\"\n", "\t\"log\"\n\t\"log/slog\"\n", 1)
			}
			liftHolds(t, src, []string{tt.kept}, nil)
		})
	}
}

// TestLogSiteRefuses lists what the pass cannot lift where a logger's
// flags may name the file.
func TestLogSiteRefuses(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a function value started as a goroutine", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tf := log.Println\n\tgo f(\"x\")\n}\n",
			"main.go:12:11: log.Println taken as a value"},
		{"a method value passed on", "func main() {\n\tl := log.New(os.Stdout, \"\", log.Llongfile)\n\tf := l.Printf\n\tg := f\n\tg(\"x\")\n}\n",
			"main.go:12:9: l.Printf taken as a value"},
		{"a method in parentheses", "func main() {\n\tlog.SetFlags(16)\n\t(log.Print)(\"x\")\n}\n",
			"main.go:12:7: log.Print taken as a value (or in parentheses)"},
		{"Output with calldepth 2", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tlog.Output(2, \"x\")\n}\n",
			"main.go:12:6: log.Output with a calldepth other than 1"},
		{"Output with calldepth 3 in a helper that main calls", "func logf(s string) {\n\tlog.Output(3, s)\n}\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tlogf(\"x\")\n}\n",
			"main.go:11:6: log.Output with a calldepth other than 1"},
		{"Output with calldepth 3 in a helper called in a function literal", "func logf(s string) {\n\tlog.Output(3, s)\n}\n\nfunc check() { func() { logf(\"x\") }() }\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tcheck()\n}\n",
			"main.go:11:6: log.Output with a calldepth other than 1"},
		{"Output with calldepth 3 where its caller logs with calldepth 3 too", "func logf(s string) {\n\tlog.Output(3, s)\n}\n\nfunc check() {\n\tlog.Output(3, \"c\")\n\tlogf(\"x\")\n}\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tcheck()\n}\n",
			"main.go:11:6: log.Output with a calldepth other than 1"},
		{"a helper passed the results of a call", "func two() (string, int) { return \"x\", 1 }\n\nfunc logn(s string, n int) {\n\tlog.Output(2, s)\n}\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tlogn(two())\n}\n",
			"main.go:13:6: log.Output with a calldepth other than 1"},
		{"Output(2) in a method", "type t struct{}\n\nfunc (t) logf(s string) {\n\tlog.Output(2, s)\n}\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tt{}.logf(\"x\")\n}\n",
			"main.go:13:6: log.Output with a calldepth other than 1"},
		{"Output(2) in a function literal", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tf := func() { log.Output(2, \"x\") }\n\tf()\n}\n",
			"main.go:12:20: log.Output with a calldepth other than 1"},
		{"Output with flags that are not constant", "func main() {\n\tflags := 0\n\tlog.SetFlags(flags)\n\td := 1\n\tlog.Output(d, \"x\")\n}\n",
			"main.go:14:6: log.Output with a calldepth other than 1"},
		{"a deferred call in a function of two returns and named results", "func f(n int) (r int) {\n\tdefer log.Println(\"x\")\n\tif n > 0 {\n\t\treturn 1\n\t}\n\treturn 2\n}\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tf(1)\n}\n",
			"main.go:11:8: defer log.Println(...) logs"},
		{"slog's function taken as a value, passed on", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tf := slog.Info\n\tg := f\n\tg(\"x\")\n}\n",
			"main.go:13:12: slog.Info taken as a value (or in parentheses) logs, through slog's default handler"},
		{"a slog method value", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tf := slog.Default().Warn\n\tf(\"x\")\n}\n",
			"main.go:13:22: slog.Default().Warn taken as a value"},
		{"a deferred slog call beside a deferred function literal", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tdefer slog.Info(\"x\")\n\tdefer func() { recover() }()\n}\n",
			"main.go:13:8: defer slog.Info(...) logs"},
		{"an interface's method that *log.Logger has", "type printer interface{ Println(v ...any) }\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tvar p printer = log.Default()\n\tp.Println(\"x\")\n}\n",
			"main.go:15:4: p.Println calls, through an interface that *log.Logger satisfies"},
		{"a type parameter's method that *slog.Logger has", "func info[L interface{ Info(string, ...any) }](l L) { l.Info(\"x\") }\n\nfunc main() {\n\tlog.SetFlags(log.Lshortfile)\n\tinfo(slog.Default())\n}\n",
			"main.go:11:57: l.Info calls, through an interface that *slog.Logger satisfies"},
		{"slog.NewLogLogger", "func main() {\n\tlog.SetFlags(log.Lshortfile)\n\tl := slog.NewLogLogger(slog.Default().Handler(), slog.LevelWarn)\n\tl.Print(\"x\")\n}\n",
			"main.go:13:12: slog.NewLogLogger makes a *log.Logger that hands its handler the line of each call"},
		{"a go statement", "func main() {\n\tl := log.New(os.Stdout, \"\", log.Lshortfile)\n\tgo l.Print(\"x\")\n}\n",
			"main.go:12:5: go l.Print(...) logs"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := logHead + tt.body
			if strings.Contains(tt.body, "slog.") { // one line more
				src = strings.Replace(src, "\t\"log\"\n", "\t\"log\"\n\t\"log/slog\"\n", 1)
			}
			refuses(t, src, tt.want)
		})
	}
}

// TestCallerSiteLifts checks that runtime.Caller(0) with its pc left out
// becomes lift.Caller with the call's own file and line.
func TestCallerSiteLifts(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"declared", "func main() {\n\t_, f, l, ok := runtime.Caller(0)\n\t_, _, _ = f, l, ok\n}\n",
			`_, f, l, ok := _sl1.Caller(runtime.Caller, "main.go", 6)`},
		{"assigned in a function literal", "func main() {\n\tvar l int\n\tfunc() { _, _, l, _ = runtime.Caller(0) }()\n\t_ = l\n}\n",
			`func() { _, _, l, _ = _sl1.Caller(runtime.Caller, "main.go", 7) }()`},
		{"runtime.Caller(1) in main", "func main() {\n\t_, f, l, ok := runtime.Caller(1)\n\t_, _, _ = f, l, ok\n}\n",
			`_, f, l, ok := _sl1.CallerRoot(runtime.Caller)`},
		{"runtime.Caller(1) in a function a go statement starts", "func main() {\n\tgo func() { _, _, _, _ = runtime.Caller(1) }()\n}\n",
			`go func() { _, _, _, _ = _sl1.CallerRoot(runtime.Caller) }()`},
		{"runtime.Caller(1) in another function, left to runner/refuse", "func where() {\n\t_, _, _, _ = runtime.Caller(1)\n}\n\nfunc main() { where() }\n",
			`_, _, _, _ = runtime.Caller(1)`},
		{"with its pc, left to runner/refuse", "func main() {\n\tpc, _, _, _ := runtime.Caller(0)\n\t_ = pc\n}\n",
			`pc, _, _, _ := runtime.Caller(0)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, "package main\n\nimport \"runtime\"\n\n"+tt.body, []string{tt.want}, nil)
		})
	}
}
