// difftest: same
package main

// os.Exit ends the program at once: the deferred prints of main and of the
// function calling it never run, and buffered output not flushed is lost
// while fmt.Println's direct write is kept. Exit status 3.

import (
	"bufio"
	"fmt"
	"os"
)

func fail(w *bufio.Writer, code int) {
	defer fmt.Println("fail deferred: never printed")
	fmt.Fprintln(w, "buffered: lost")
	fmt.Println("exiting with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main deferred: never printed")
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "buffered first line")
	w.Flush()
	for i := range 3 {
		defer fmt.Println("loop defer", i)
	}
	fail(w, 3)
}
