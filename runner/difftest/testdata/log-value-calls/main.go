// difftest: same
package main

import (
	"log"
	"log/slog"
	"os"
)

// Logging functions kept in variables of main log the line of each call,
// as the functions do.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	say, info := log.Printf, slog.Info
	var warn = log.Println
	say("listening on %s", "127.0.0.1:9000")
	for i := range 2 {
		say("round %d", i)
	}
	func() {
		warn("in a function literal")
	}()
	info("slog too", "n", 1)

	// A method value binds the logger it is taken from, which the
	// variable may change after.
	l := log.New(os.Stdout, "first: ", log.Lshortfile|log.Lmsgprefix)
	p := l.Printf
	l = log.New(os.Stdout, "second: ", log.Lshortfile)
	p("bound to %s", "the first")
	l.Print("the second")
	conn := slog.With("conn", 7)
	slow := conn.Warn
	slow("slow", "ms", 120)
	die := log.Fatalf
	die("bye %d", 2)
}
