// difftest: same
// A logger with log.Lshortfile, printing through wrappers that pass the
// format on: the file and line are those of the wrapper's own call of
// Printf, as under Go, and the script's values print with Go's names.
package main

import (
	"log"
	"os"
)

type Session struct {
	User string
	id   int
}

type Event struct {
	Kind string
	s    *Session
}

var logger = log.New(os.Stdout, "chat ", log.Lshortfile)

func infof(format string, v ...any) {
	logger.Printf("INFO "+format, v...)
}

func warnf(format string, v ...any) {
	log.Printf("WARN "+format, v...)
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	s := &Session{"bob", 3}
	infof("login %+v", *s)
	infof("event %+v of %T", Event{"join", s}.Kind, Event{})
	warnf("slow %v %#v", s.User, *s)
	format := "left %T %+v"
	logger.Printf(format, *s, *s)
	log.Printf(format, s, *s)
}
