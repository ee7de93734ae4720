// difftest: same
package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

type LineHandler struct {
	prefix string
	attrs  []slog.Attr
}

func (h *LineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelInfo }

func (h *LineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(h.prefix + r.Level.String() + " " + r.Message)
	for _, a := range h.attrs {
		b.WriteString(" " + a.String())
	}
	r.Attrs(func(a slog.Attr) bool { b.WriteString(" " + a.Key + "=" + a.Value.String()); return true })
	fmt.Println(b.String())
	return nil
}

func (h *LineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &LineHandler{prefix: h.prefix, attrs: append(append([]slog.Attr{}, h.attrs...), as...)}
}

func (h *LineHandler) WithGroup(name string) slog.Handler {
	return &LineHandler{prefix: h.prefix + name + ".", attrs: h.attrs}
}

func main() {
	l := slog.New(&LineHandler{prefix: "> "})
	l.Info("start", "port", 80)
	l.Debug("hidden")
	l.With("conn", 3).Warn("slow", "ms", 250)
	l.WithGroup("db").Error("down", "err", "refused")
	slog.SetDefault(l)
	slog.Info("via default", "n", 1)
	fmt.Println(l.Enabled(context.Background(), slog.LevelDebug), l.Handler() != nil)
}
