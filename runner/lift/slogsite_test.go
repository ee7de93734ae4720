package lift

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"
)

// point is a slog.LogValuer, which the handler resolves.
type point struct{ x, y int }

func (p point) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("x", p.x), slog.Int("y", p.y))
}

// withStd runs fn with log's std logger writing into a buffer with these
// flags and prefix, and returns what it wrote.
func withStd(t *testing.T, prefix string, flags int, fn func()) string {
	t.Helper()
	std := log.Default()
	w, f, p := std.Writer(), std.Flags(), std.Prefix()
	defer func() { std.SetOutput(w); std.SetFlags(f); std.SetPrefix(p) }()
	var buf bytes.Buffer
	std.SetOutput(&buf)
	std.SetFlags(flags)
	std.SetPrefix(prefix)
	fn()
	return buf.String()
}

// TestSlogSitesPrintAsSlog logs through slog's default handler (and the
// handlers With and WithGroup derive from it) with log's std logger
// naming the file, then logs the same through the lifted call, given the
// file and line of the first: the two must print the same bytes.
func TestSlogSitesPrintAsSlog(t *testing.T) {
	ctx := context.Background()
	when := time.Date(2024, 5, 6, 7, 8, 9, 10, time.UTC)
	// Arguments that slog marks !BADKEY, out of vet's sight.
	odd, bad := []any{"a", 1, "b"}, []any{5, "k key", 6}
	for _, tt := range []struct {
		name   string
		real   func()
		lifted func(file string, line int)
	}{
		{"no attributes", func() { slog.Info("hello") }, func(f string, l int) { SlogInfo(f, l, "hello") }},
		{"a message with spaces and a quote", func() { slog.Warn(`say "hi" there`, "n", 1) },
			func(f string, l int) { SlogWarn(f, l, `say "hi" there`, "n", 1) }},
		{"kinds of values", func() {
			slog.Error("kinds", "s", "two words", "e", "", "b", true, "f", 1.5, "u", uint8(7), "d", 1500*time.Millisecond,
				"t", when, "err", errors.New("boom"), "nil", nil, "bytes", []byte("hi"), "ptr", &point{1, 2}, "map", map[string]int{"a": 1},
				"q", "a=b", "nl", "x\ny", "uni", "héllo", "sl", []int{1, 2})
		}, func(f string, l int) {
			SlogError(f, l, "kinds", "s", "two words", "e", "", "b", true, "f", 1.5, "u", uint8(7), "d", 1500*time.Millisecond,
				"t", when, "err", errors.New("boom"), "nil", nil, "bytes", []byte("hi"), "ptr", &point{1, 2}, "map", map[string]int{"a": 1},
				"q", "a=b", "nl", "x\ny", "uni", "héllo", "sl", []int{1, 2})
		}},
		{"attrs, groups and a LogValuer", func() {
			slog.Info("g", slog.Int("a", 1), slog.Group("req", "method", "GET", slog.Group("inner", "k", "v")), slog.Group("empty"), slog.Attr{}, "p", point{3, 4})
		}, func(f string, l int) {
			SlogInfo(f, l, "g", slog.Int("a", 1), slog.Group("req", "method", "GET", slog.Group("inner", "k", "v")), slog.Group("empty"), slog.Attr{}, "p", point{3, 4})
		}},
		{"a key without a value", func() { slog.Info("odd", odd...) }, func(f string, l int) { SlogInfo(f, l, "odd", odd...) }},
		{"a value without a key", func() { slog.Info("bad", bad...) }, func(f string, l int) { SlogInfo(f, l, "bad", bad...) }},
		{"a level of its own", func() { slog.Log(ctx, slog.LevelInfo+2, "custom", "n", 1) },
			func(f string, l int) { SlogLog(f, l, ctx, slog.LevelInfo+2, "custom", "n", 1) }},
		{"LogAttrs", func() {
			slog.LogAttrs(ctx, slog.LevelError, "attrs", slog.String("s", "x y"), slog.Any("d", time.Second))
		},
			func(f string, l int) {
				SlogLogAttrs(f, l, ctx, slog.LevelError, "attrs", slog.String("s", "x y"), slog.Any("d", time.Second))
			}},
		{"a context form", func() { slog.InfoContext(ctx, "ctx", "n", 2) }, func(f string, l int) { SlogInfoContext(f, l, ctx, "ctx", "n", 2) }},
		{"With", func() { slog.With("conn", 7, "peer", "127.0.0.1:9").Info("hi", "n", 1) },
			func(f string, l int) { SlogLoggerInfo(slog.With("conn", 7, "peer", "127.0.0.1:9"), f, l, "hi", "n", 1) }},
		{"WithGroup then With", func() { slog.Default().WithGroup("srv").With("port", 80).Warn("up", "n", 1) },
			func(f string, l int) {
				SlogLoggerWarn(slog.Default().WithGroup("srv").With("port", 80), f, l, "up", "n", 1)
			}},
		{"With then WithGroup", func() { slog.With("a", 1).WithGroup("g").WithGroup("h").Info("x", "b", 2) },
			func(f string, l int) {
				SlogLoggerInfo(slog.With("a", 1).WithGroup("g").WithGroup("h"), f, l, "x", "b", 2)
			}},
		{"a group without attributes", func() { slog.Default().WithGroup("g").Info("x") },
			func(f string, l int) { SlogLoggerInfo(slog.Default().WithGroup("g"), f, l, "x") }},
		{"groups on both sides", func() {
			slog.Default().WithGroup("a").With("x", 1).WithGroup("b").With("y", 2).WithGroup("c").Error("z", "k", "v")
		},
			func(f string, l int) {
				SlogLoggerError(slog.Default().WithGroup("a").With("x", 1).WithGroup("b").With("y", 2).WithGroup("c"), f, l, "z", "k", "v")
			}},
		{"a Logger's LogAttrs", func() { slog.Default().LogAttrs(ctx, slog.LevelWarn, "w", slog.Bool("ok", false)) },
			func(f string, l int) {
				SlogLoggerLogAttrs(slog.Default(), f, l, ctx, slog.LevelWarn, "w", slog.Bool("ok", false))
			}},
	} {
		for _, flags := range []int{log.Llongfile, log.Lshortfile | log.Lmsgprefix} {
			t.Run(tt.name+" "+strconv.Itoa(flags), func(t *testing.T) {
				real := withStd(t, "pre: ", log.Llongfile, tt.real)
				// The real line names its file and line: the lifted call
				// is given those.
				rest, ok := strings.CutPrefix(real, "pre: ")
				i := strings.Index(rest, ": ")
				j := strings.LastIndex(rest[:max(i, 0)], ":")
				if !ok || i < 0 || j < 0 {
					t.Fatalf("slog printed %q", real)
				}
				file := rest[:j]
				line, err := strconv.Atoi(rest[j+1 : i])
				if err != nil {
					t.Fatal(err)
				}
				want := withStd(t, "pre: ", flags, tt.real)
				got := withStd(t, "pre: ", flags, func() { tt.lifted(file, line) })
				if got != want {
					t.Errorf("lifted:\n%s\nslog:\n%s", got, want)
				}
			})
		}
	}
}

// TestSlogSitesLeaveOthers checks that a lifted call prints as slog does,
// site and all, where it cannot name the file: with no file flags, with a
// level the handler leaves out, and with a handler of the script's.
func TestSlogSitesLeaveOthers(t *testing.T) {
	var buf bytes.Buffer
	own := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	for _, tt := range []struct {
		name  string
		flags int
		log   func()
		want  string
	}{
		{"no file flags", 0, func() { SlogInfo("main.go", 3, "x", "n", 1) }, "INFO x n=1\n"},
		{"below the level", log.Lshortfile, func() { SlogDebug("main.go", 3, "x") }, ""},
		{"a handler of the script's", log.Lshortfile, func() { SlogLoggerInfo(own, "main.go", 3, "x", "n", 1) }, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			buf.Reset()
			if got := withStd(t, "", tt.flags, tt.log); got != tt.want {
				t.Errorf("std got %q, want %q", got, tt.want)
			}
		})
	}
	if got, want := buf.String(), "level=INFO msg=x n=1\n"; got != want {
		t.Errorf("the script's handler got %q, want %q", got, want)
	}
}

// BenchmarkSlogInfo compares a lifted slog.Info with slog's own, with
// log's std logger naming the file and writing to io.Discard (which log
// and the lifted call both skip once the line is formatted) and to a
// writer of its own, which they write the line with its header to.
func BenchmarkSlogInfo(b *testing.B) {
	std := log.Default()
	w, f := std.Writer(), std.Flags()
	defer func() { std.SetOutput(w); std.SetFlags(f) }()
	std.SetFlags(log.Lshortfile)
	for _, out := range []struct {
		name string
		w    io.Writer
	}{{"discard", io.Discard}, {"writer", nopWriter{}}} {
		std.SetOutput(out.w)
		b.Run(out.name+"/slog", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				slog.Info("hello", "n", 1, "peer", "127.0.0.1:9000")
			}
		})
		b.Run(out.name+"/lifted", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				SlogInfo("/src/main.go", 13, "hello", "n", 1, "peer", "127.0.0.1:9000")
			}
		})
	}
}

// nopWriter writes nowhere, as a writer that is not io.Discard.
type nopWriter struct{}

func (nopWriter) Write(b []byte) (int, error) { return len(b), nil }
