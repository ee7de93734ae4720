// difftest: same
package main

import (
	"log"
	"log/slog"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	slog.Info("hello", "n", 1)
}
