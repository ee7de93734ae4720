// difftest: same
package main

// Go by Example, Exit: os.Exit ends the program at once with its status;
// deferred calls do not run, and buffered output not flushed is lost.

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type config struct {
	retries int
}

func parse(args []string) (config, error) {
	c := config{retries: 3}
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return c, fmt.Errorf("bad retry count %q: %w", a, err)
		}
		c.retries = n
	}
	return c, nil
}

func run() int {
	defer fmt.Println("run's deferred call runs: run returned")
	c, err := parse([]string{"5", "many"})
	if err != nil {
		fmt.Println("error:", err)
		return 3
	}
	fmt.Println(c.retries)
	return 0
}

func main() {
	defer fmt.Println("!")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered, never flushed")
	fmt.Println("printed straight away")
	code := run()
	fmt.Println("exiting with", code)
	os.Stdout.Sync()
	os.Exit(code)
}
