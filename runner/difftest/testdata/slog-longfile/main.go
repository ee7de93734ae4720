// difftest: same
package main

import (
	"log"
	"log/slog"
	"os"
	"strings"
)

// pathWriter prints each line with the script's folder left out, which
// differs from checkout to checkout; Llongfile prints the script's
// absolute path, as Go records it.
type pathWriter struct{ dir string }

func (w pathWriter) Write(b []byte) (int, error) {
	return os.Stdout.Write([]byte(strings.ReplaceAll(string(b), w.dir, "DIR")))
}

// handler logs through a logger of its own, made by With from slog's
// default one.
type handler struct{ *slog.Logger }

func main() {
	wd, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	log.SetOutput(pathWriter{wd})
	log.SetFlags(log.Llongfile)
	slog.Info("long", "n", 1)
	h := handler{slog.With("lesson", "echo")}
	h.Info("through an embedded logger")
	slog.InfoContext(nil, "nil context")
	log.SetFlags(0)
	slog.Info("no file now")
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})))
	log.SetFlags(log.Lshortfile)
	slog.Info("a handler of the program's")
	log.Print("log through slog")
}
