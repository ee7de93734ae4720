package frame_test

import (
	"bufio"
	"bytes"
	"strconv"
	"testing"

	"github.com/socklab/socklab/stdlib/frame"
)

// lines returns n short lines, as the lines benchmark in bench/ sends.
func lines(n int) []byte {
	var b []byte
	for i := range n {
		b = append(b, "line "...)
		b = strconv.AppendInt(b, int64(i%10000), 10)
		b = append(b, '\n')
	}
	return b
}

// sink keeps each line, as a program that uses it would: a string that
// stays in the loop alone may be converted on the stack.
var sink string

// BenchmarkReadLine reads short lines from memory, next to bufio.Scanner
// taking each as a string, the work RecvLine does.
func BenchmarkReadLine(b *testing.B) {
	data := lines(100_000)
	b.Run("frame.Reader", func(b *testing.B) {
		for range b.N {
			r := frame.NewReader(bytes.NewReader(data))
			for {
				line, err := r.ReadLine()
				if err != nil {
					break
				}
				sink = line
			}
		}
	})
	b.Run("bufio.Scanner", func(b *testing.B) {
		for range b.N {
			sc := bufio.NewScanner(bytes.NewReader(data))
			for sc.Scan() {
				sink = sc.Text()
			}
		}
	})
}
