// difftest: same
package main

import (
	"context"
	"log/slog"
	"os"
)

type Peer struct {
	Addr string
	Port int
}

func (p Peer) LogValue() slog.Value {
	return slog.GroupValue(slog.String("addr", p.Addr), slog.Int("port", p.Port))
}

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	text := slog.New(slog.NewTextHandler(os.Stdout, opts))
	text.Info("listening", "port", 8080, slog.Group("tls", "enabled", false))
	text.With("conn", 7).WithGroup("req").Debug("read", "bytes", 42, "peer", Peer{"127.0.0.1", 9000})
	js := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	js.Warn("slow", slog.Duration("took", 1500000), slog.Any("peers", []string{"a", "b"}))
	js.LogAttrs(context.Background(), slog.LevelError, "failed", slog.String("err", "refused"))
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("hidden")
	quiet.Warn("shown", "level", lv.Level())
	slog.SetDefault(text)
	slog.Info("default now", "ok", true)
	slog.SetLogLoggerLevel(slog.LevelDebug)
	slog.Debug("debug on default")
	_ = slog.DiscardHandler
	slog.New(slog.DiscardHandler).Info("gone")
}
