// difftest: same
package main

import (
	"fmt"
	"log"
	"log/slog"
	"os"
)

// slog logs through log's std logger, and log through slog once
// slog.SetDefault has a handler of its own.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	slog.Info("a", "k", 1)
	slog.Warn("w")
	fmt.Println(log.Writer() == os.Stdout)
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})))
	log.Print("through slog")
	slog.Info("b")
}
