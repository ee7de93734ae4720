// difftest: same
package main

import (
	"context"
	"errors"
	"log"
	"log/slog"
	"os"
	"time"
)

// slog's default handler prints each record through log's std logger,
// whose flags name the line of the call that logs.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("[srv] ")
	slog.Info("listening", "addr", "127.0.0.1:9000", "backlog", 128, "tls", false)
	slog.Warn("slow peer", "rtt", 1500*time.Millisecond, "ratio", 0.25, "err", errors.New("read: timeout"))
	slog.Error("bad frame", "raw", []byte("hi"), "note", "two words", "quote", `say "x"`, "none", nil)
	slog.Info("request", slog.Group("req", "method", "GET", slog.Group("hdr", "len", 3)), slog.Int("status", 200))
	slog.Info("resolved", "peer", slog.GroupValue(slog.String("host", "::1"), slog.Int("port", 80)), "at", time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC))
	slog.Debug("hidden below Info")
	slog.SetLogLoggerLevel(slog.LevelDebug)
	slog.Debug("shown now", "n", 1)
	slog.Log(context.Background(), slog.LevelWarn+2, "custom level")
	slog.LogAttrs(context.Background(), slog.LevelInfo, "attrs", slog.Uint64("u", 7), slog.Float64("f", 1e21))

	conn := slog.With("conn", 7, "remote", "127.0.0.1:5555")
	conn.Info("accepted")
	conn.WithGroup("frame").Warn("short", "want", 8, "got", 3)
	slog.Default().WithGroup("srv").With("port", 9000).Error("closed", "reason", "eof")
	slog.With("a", 1).Info("with, then a line of its own",
		"b", 2)
}
