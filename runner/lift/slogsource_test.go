package lift

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestSlogSourceOptionsKeepOutput holds the options SlogSourceOptions
// makes to what slog's handlers write with the script's own options,
// where no call of the script's is under way: the ReplaceAttr it adds
// changes nothing else.
func TestSlogSourceOptionsKeepOutput(t *testing.T) {
	var pcs [1]uintptr
	runtime.Callers(1, pcs[:])
	r := slog.NewRecord(time.Date(2026, 1, 2, 3, 4, 5, 6e6, time.UTC), slog.LevelWarn, "hello", pcs[0])
	r.Add("n", 1, "peer", "127.0.0.1:9000", slog.Group("g", "a", 2.5, "b", true))
	for _, tt := range []struct {
		name string
		make func(io.Writer, *slog.HandlerOptions) slog.Handler
	}{
		{"text", func(w io.Writer, o *slog.HandlerOptions) slog.Handler { return slog.NewTextHandler(w, o) }},
		{"JSON", func(w io.Writer, o *slog.HandlerOptions) slog.Handler { return slog.NewJSONHandler(w, o) }},
	} {
		var want, got bytes.Buffer
		opts := &slog.HandlerOptions{AddSource: true}
		if err := tt.make(&want, opts).WithAttrs([]slog.Attr{slog.Int("id", 7)}).Handle(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		if err := tt.make(&got, SlogSourceOptions(opts)).WithAttrs([]slog.Attr{slog.Int("id", 7)}).Handle(context.Background(), r); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: got %q, want %q", tt.name, got.String(), want.String())
		}
	}
}

// TestSlogSourceSite checks that a handler of such options names the
// script's file, line and function where a call of lift's logs, and
// leaves a source of its own options alone.
func TestSlogSourceSite(t *testing.T) {
	SlogSourceFuncs("/abs/main.go", []int{12}, []string{"main.(*Server).serve"})
	drop := func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}
	var text, js bytes.Buffer
	SlogLoggerInfo(slog.New(slog.NewTextHandler(&text, SlogSourceOptions(&slog.HandlerOptions{AddSource: true, ReplaceAttr: drop}))), "/abs/main.go", 12, "hi", "n", 1)
	SlogLoggerWarn(slog.New(slog.NewJSONHandler(&js, SlogSourceOptions(&slog.HandlerOptions{AddSource: true, ReplaceAttr: drop}))), "/abs/main.go", 12, "hi")
	if want := "level=INFO source=/abs/main.go:12 msg=hi n=1\n"; text.String() != want {
		t.Errorf("text: got %q, want %q", text.String(), want)
	}
	if want := `{"level":"WARN","source":{"function":"main.(*Server).serve","file":"/abs/main.go","line":12},"msg":"hi"}` + "\n"; js.String() != want {
		t.Errorf("JSON: got %q, want %q", js.String(), want)
	}
	var own bytes.Buffer
	slog.New(slog.NewTextHandler(&own, SlogSourceOptions(&slog.HandlerOptions{AddSource: true, ReplaceAttr: drop}))).Info("own")
	if strings.Contains(own.String(), "main.go") || !strings.Contains(own.String(), "slogsource_test.go") {
		t.Errorf("a call outside lift's: %q", own.String())
	}
}

// BenchmarkSlogSource compares a call of lift's through a text handler
// with AddSource (the script's site noted and put in the source
// attribute) with slog's own call through Go's handler.
func BenchmarkSlogSource(b *testing.B) {
	SlogSourceFuncs("/abs/main.go", []int{12}, []string{"main.main"})
	b.Run("slog", func(b *testing.B) {
		l := slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{AddSource: true}))
		b.ReportAllocs()
		for b.Loop() {
			l.Info("hello", "n", 1)
		}
	})
	b.Run("lifted", func(b *testing.B) {
		l := slog.New(slog.NewTextHandler(io.Discard, SlogSourceOptions(&slog.HandlerOptions{AddSource: true})))
		b.ReportAllocs()
		for b.Loop() {
			SlogLoggerInfo(l, "/abs/main.go", 12, "hello", "n", 1)
		}
	})
}
