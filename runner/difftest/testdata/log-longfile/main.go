// difftest: same
package main

import (
	"log"
	"os"
	"path/filepath"
	"strings"
)

// pathWriter prints each line with the script's folder left out, which
// differs from checkout to checkout; Llongfile prints the script's
// absolute path, as Go records it.
type pathWriter struct{ dir string }

func (w pathWriter) Write(b []byte) (int, error) {
	return os.Stdout.Write([]byte(strings.ReplaceAll(string(b), w.dir, "DIR")))
}

func main() {
	wd, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	w := pathWriter{wd}
	log.SetOutput(w)
	log.SetFlags(log.Llongfile)
	log.Println("long")
	log.Print(filepath.IsAbs(wd))
	l := log.New(w, "pre: ", log.Llongfile|log.Lmsgprefix)
	l.Println("long, prefix after")
	l.SetFlags(log.Llongfile)
	l.Printf("long, prefix %s", "first")
}
