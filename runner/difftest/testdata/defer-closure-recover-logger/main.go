// difftest: same
package main

import (
	"fmt"
	"os"
	"strconv"
)

// parse turns a field into a number; a bad field panics, and the deferred
// literal recovers, reporting through a logger closure of the function.
func parse(fields []string) (total int, err error) {
	logger := func(level, msg string, args ...any) {
		fmt.Fprintf(os.Stdout, "[%s] %s\n", level, fmt.Sprintf(msg, args...))
	}
	defer func() {
		if r := recover(); r != nil {
			logger("error", "recovered: %v", r)
			err = fmt.Errorf("bad input: %v", r)
		}
	}()
	for i, f := range fields {
		n, convErr := strconv.Atoi(f)
		if convErr != nil {
			panic(fmt.Sprintf("field %d is %q", i, f))
		}
		logger("info", "field %d = %d", i, n)
		total += n
	}
	return total, nil
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	fmt.Println(parse([]string{"4", "x", "6"}))
	var nums []int
	index := func(i int) int { return nums[i] }
	defer func() {
		fmt.Println("last:", recover())
	}()
	fmt.Println(index(2))
}
