// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

// logf logs the line of its caller, as testing's t.Helper does.
func logf(format string, v ...any) {
	log.Output(2, fmt.Sprintf(format, v...))
}

var conn = log.New(os.Stdout, "conn: ", log.Lshortfile|log.Lmsgprefix)

// connf logs the line of its caller through a logger of its own, and
// reports the error Output returns.
func connf(id int, msg string) error {
	return conn.Output(2, fmt.Sprintf("#%d %s", id, msg))
}

// warn logs through logf, which names warn's line.
func warn(msg string) {
	logf("warn: %s", msg)
}

// report logs the line of its caller's caller: check calls it.
func report(msg string) {
	log.Output(3, msg)
}

func check(ok bool, what string) {
	if !ok {
		report("check failed: " + what)
	}
}

func accept(id int) {
	logf("accepted %d", id)
	if err := connf(id, "open"); err != nil {
		fmt.Println(err)
	}
}

func serve() {
	for id := 1; id <= 2; id++ {
		accept(id)
	}
	func() {
		logf("in a function literal")
	}()
	logf("over %s",
		"two lines")
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	logf("from main: %d", 1)
	serve()
	warn("slow")
	_ = connf(3, "close")
	check(true, "never logged")
	check(false, "port")
}
