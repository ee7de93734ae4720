package lift

import (
	"bytes"
	"log"
	"runtime"
	"strings"
	"testing"
)

// TestLogSitesPrintAsLog logs one line through a real *log.Logger and the
// same line through the lifted call, given the file and line of the real
// call, for each header layout: the two must print the same bytes.
func TestLogSitesPrintAsLog(t *testing.T) {
	for _, tt := range []struct {
		name   string
		prefix string
		flags  int
	}{
		{"no flags", "", 0},
		{"short file", "", log.Lshortfile},
		{"long file", "", log.Llongfile},
		{"both files: short wins", "", log.Lshortfile | log.Llongfile},
		{"prefix first", "[p] ", log.Lshortfile},
		{"prefix before the message", "[p] ", log.Lshortfile | log.Lmsgprefix},
		{"date", "x ", log.Ldate | log.Llongfile},
		{"date and time in UTC", "x ", log.LstdFlags | log.LUTC | log.Lshortfile | log.Lmsgprefix},
		{"microseconds", "", log.Lmicroseconds | log.Lshortfile},
		{"time with microseconds", "", log.Ltime | log.Lmicroseconds | log.Lshortfile},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// The time in a header may tick over between the two lines:
			// a few tries find both within one second (and microsecond
			// headers are compared without their digits).
			for try := 0; ; try++ {
				var real, lifted bytes.Buffer
				rl := log.New(&real, tt.prefix, tt.flags)
				ll := log.New(&lifted, tt.prefix, tt.flags)
				_, file, line, _ := runtime.Caller(0)
				rl.Printf("%d and %s", 1, "two")
				LogPrintf(ll, file, line+1, "%d and %s", 1, "two")
				_, file, line, _ = runtime.Caller(0)
				rl.Println("three")
				LogPrintln(ll, file, line+1, "three")
				_, file, line, _ = runtime.Caller(0)
				rl.Output(1, "four\n")
				LogOutput(ll, file, line+1, 1, "four\n")
				got, want := lifted.String(), real.String()
				if tt.flags&log.Lmicroseconds != 0 {
					got, want = noMicros(got), noMicros(want)
				}
				if got == want {
					break
				}
				if try == 3 {
					t.Fatalf("lifted:\n%s\nlog:\n%s", got, want)
				}
			}
		})
	}
}

// noMicros blanks the digits after each ".", where a header's
// microseconds are.
func noMicros(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] == '.' {
			for j := i + 1; j < len(b) && j <= i+6 && b[j] >= '0' && b[j] <= '9'; j++ {
				b[j] = '#'
			}
		}
	}
	return string(b)
}

// TestLogSitesPanicAsLog checks that the lifted Panic functions print and
// panic with what log's do.
func TestLogSitesPanicAsLog(t *testing.T) {
	for _, tt := range []struct {
		name         string
		real, lifted func(l *log.Logger)
	}{
		{"Panic", func(l *log.Logger) { l.Panic("a", 1) }, func(l *log.Logger) { LogPanic(l, "/d/m.go", 7, "a", 1) }},
		{"Panicf", func(l *log.Logger) { l.Panicf("%d", 2) }, func(l *log.Logger) { LogPanicf(l, "/d/m.go", 7, "%d", 2) }},
		{"Panicln", func(l *log.Logger) { l.Panicln("b", 3) }, func(l *log.Logger) { LogPanicln(l, "/d/m.go", 7, "b", 3) }},
	} {
		for _, flags := range []int{0, log.Lshortfile} {
			var real, lifted bytes.Buffer
			rp := caught(func() { tt.real(log.New(&real, "p ", flags)) })
			lp := caught(func() { tt.lifted(log.New(&lifted, "p ", flags)) })
			if rp != lp {
				t.Errorf("%s, flags %d: panics with %s, log's with %s", tt.name, flags, lp, rp)
			}
			want := real.String()
			if flags != 0 {
				_, after, _ := strings.Cut(want, ".go:")
				_, msg, _ := strings.Cut(after, ": ")
				want = "p m.go:7: " + msg
			}
			if lifted.String() != want {
				t.Errorf("%s, flags %d: prints %q, want %q", tt.name, flags, lifted.String(), want)
			}
		}
	}
}

// BenchmarkLogSite measures a lifted call with the file flags off, which
// calls the logger's own method, and on.
func BenchmarkLogSite(b *testing.B) {
	for _, bb := range []struct {
		name  string
		flags int
	}{{"off", 0}, {"shortfile", log.Lshortfile}} {
		b.Run(bb.name, func(b *testing.B) {
			var buf bytes.Buffer
			l := log.New(&buf, "", bb.flags)
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				LogPrintln(l, "/d/main.go", 11, "x")
			}
		})
		b.Run(bb.name+"-log", func(b *testing.B) {
			var buf bytes.Buffer
			l := log.New(&buf, "", bb.flags)
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				l.Println("x")
			}
		})
	}
}
