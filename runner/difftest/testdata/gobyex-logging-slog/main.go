// difftest: same
package main

// Go by Example, Logging: log with flags and prefixes written to standard
// output and to a buffer, and slog's text and JSON handlers with the time
// left out, so that every run prints the same.

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("standard logger")
	log.SetPrefix("app: ")
	log.Printf("with a prefix, %d", 2)
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix after the header")
	fmt.Println(log.Prefix(), log.Flags() == log.Lmsgprefix)

	mylog := log.New(os.Stdout, "my:", 0)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.Println("from mylog")

	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", 0)
	buflog.Println("hello")
	fmt.Print("from buflog:", buf.String())

	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}
	jsonHandler := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime})
	myslog := slog.New(jsonHandler)
	myslog.Info("hi there")
	myslog.Info("hello again", "key", "val", "age", 25)
	myslog.Debug("not shown")

	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: noTime}))
	text.Debug("debugging", "n", 3)
	req := text.With("method", "GET", "path", "/index.html")
	req.Warn("slow request", slog.Duration("took", 1500000000), slog.Group("client", "ip", "127.0.0.1", "port", 5000))
	req.WithGroup("resp").Error("failed", "status", 500, "err", fmt.Errorf("upstream: %w", os.ErrDeadlineExceeded))
	fmt.Println(slog.LevelWarn, slog.LevelError+2, slog.Default().Enabled(nil, slog.LevelDebug))
}
